"""Write the binary documents of the fifth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout5/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter, the readers or the grader, and are not to be tuned
against. The writers here are self-contained (reportlab and python-docx called directly): a chapter
of an inspectorate's thematic inspection report, a community safety partnership's strategic
assessment in two columns with side boxes, a force's written evidence to a parliamentary committee,
a national portfolio lead's letter to chief constables with an annex table, a neighbourhood team's
ward panel priorities update and a chapter of a force's equality annual report with spotlight
boxes. The HTML, Markdown and plain-text documents beside this script are written by hand;
manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output and the Word files get fixed
core properties and are re-zipped with fixed member timestamps, so running the script twice gives
the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


# ------------------------------------ 1. Inspectorate thematic inspection report, one chapter (PDF)

TH_BODY = ParagraphStyle("thbody", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
TH_NUM = ParagraphStyle("thnum", parent=TH_BODY, leftIndent=34, firstLineIndent=-34)
TH_H1 = ParagraphStyle("thh1", parent=TH_BODY, fontName="Helvetica-Bold", fontSize=20, leading=25,
                       textColor=colors.HexColor("#5a2a6e"), spaceAfter=12)
TH_H2 = ParagraphStyle("thh2", parent=TH_BODY, fontName="Helvetica-Bold", fontSize=13, leading=17,
                       textColor=colors.HexColor("#5a2a6e"), spaceBefore=8, spaceAfter=6)
TH_BOX = ParagraphStyle("thbox", parent=TH_BODY, fontSize=10, leading=13.5, spaceAfter=4)
TH_FOOTNOTE = ParagraphStyle("thfn", parent=TH_BODY, fontSize=8, leading=10, spaceAfter=2)

TH_TITLE = "An inspection of the police response to child criminal exploitation"


def _th_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#5a2a6e"))
    canvas.drawString(56, height - 32, "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawRightString(width - 56, height - 32, "4. Disrupting exploitation")
    canvas.setStrokeColor(colors.HexColor("#5a2a6e"))
    canvas.line(56, height - 38, width - 56, height - 38)
    canvas.drawString(56, 30, TH_TITLE)
    canvas.drawRightString(width - 56, 30, str(40 + doc.page))
    canvas.restoreState()


def _boxed(flowables, width, fill, edge):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return box


def hmicfrs_thematic_chapter(out: Path) -> None:
    """Chapter 4 of a thematic inspection: numbered paragraphs of the inspectors' findings ('we'),
    with three forces' practice described inside the running text without headings of their own,
    one of them running over a page break; a recommendation box and an area for improvement."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "hmicfrs-child-criminal-exploitation-inspection-chapter-4.pdf"),
                          pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=52,
                          title=f"{TH_TITLE}: Chapter 4",
                          author="His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
                          invariant=1)
    inner = width - 112
    doc.addPageTemplates([PageTemplate("page", frames=[Frame(56, 48, inner, height - 48 - 48, id="body")],
                                       onPage=_th_page)])
    p = lambda text, style=TH_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda number, text: Paragraph(f"{number}&nbsp;&nbsp;&nbsp;&nbsp;{text}", TH_NUM)  # noqa: E731

    recommendation = _boxed([
        p("<b>Recommendation 6</b>", TH_BOX),
        p("By 31 March 2026, chief constables should make sure that every child arrested for an offence "
          "linked to exploitation is considered for a referral to the National Referral Mechanism before "
          "they leave custody, and that the decision and its reasons are recorded.", TH_BOX)],
        inner, colors.HexColor("#efe6f3"), colors.HexColor("#5a2a6e"))
    afi = _boxed([
        p("<b>Area for improvement 9</b>", TH_BOX),
        p("Forces should work with schools and local authorities to share information about children who "
          "are excluded or on part-time timetables, so that the risk of exploitation is known early.",
          TH_BOX)],
        inner, colors.HexColor("#f4f4f4"), colors.HexColor("#888888"))

    story = [
        p("4. Disrupting exploitation", TH_H1),
        p("Summary", TH_H2),
        n("4.1", "In this chapter we consider how well forces disrupt the adults who exploit children, and "
                 "whether they treat the children involved as victims as well as suspects. We inspected "
                 "eight forces between September 2024 and February 2025 and reviewed 160 case files."),
        n("4.2", "We found that forces are better at disrupting county lines than they were when we last "
                 "inspected this subject in 2021. But too often a child found with drugs or cash is treated "
                 "only as an offender, and opportunities to find out who is exploiting them are missed."),
        p("Children in police custody", TH_H2),
        n("4.3", "A child arrested in connection with a county line is usually frightened and often hungry "
                 "and tired. In 61 of the 160 files we reviewed, the child had been arrested at least once "
                 "before, and in 23 of these there was no record that anyone had asked who they were "
                 "working for. Custody is a moment when a trusted adult can reach the child, and most forces "
                 "do not use it."),
        n("4.4", "Nottinghamshire Police has placed youth workers from a local charity, Base Line Youth, "
                 "in its custody suites at Mansfield and Nottingham since April 2023. A youth worker sees "
                 "every child arrested for a drugs or weapons offence, while they are still in custody, and "
                 "offers to keep working with them for up to twelve weeks after release. The youth workers "
                 "are not police employees, and children told us that this is why they talked to them. In "
                 "its first eighteen months the scheme saw 412 children; 287 accepted support after release, "
                 "and 74 disclosures about adults exploiting them were passed to the force's exploitation "
                 "team. The force told us that the number of these children arrested again within six "
                 "months fell from 46% to 29%. The scheme is paid for by the Nottinghamshire Violence "
                 "Reduction Unit."),
        n("4.5", "In contrast, in one force we visited, custody staff described children as \"runners\" in "
                 "their records, and we found no referrals to youth services from custody in the files we "
                 "reviewed."),
        n("4.6", "The National Referral Mechanism (NRM) is the framework for identifying victims of "
                 "modern slavery. Referral rates varied widely: from 9% of eligible children in one force "
                 "to 71% in another."),
        recommendation,
        Spacer(1, 8),
        p("Knowing which children are at risk", TH_H2),
        n("4.7", "Forces hold a great deal of information about children at risk of exploitation, but it "
                 "is often held by different teams and is not brought together. Schools and local "
                 "authorities hold more. Exclusion from school is one of the strongest signs that a child "
                 "may be drawn into a county line, and few forces are told when it happens."),
        n("4.8", "Avon and Somerset Police has agreed with Bristol City Council and the city's secondary "
                 "schools that the force is told, every week, about any child who is permanently excluded "
                 "or placed on a part-time timetable. The information goes to a small team of two "
                 "detective constables and a council exploitation worker, which the force calls Project "
                 "Lantern. The team checks each child against police systems and, where there is a concern, "
                 "a neighbourhood officer and the child's school agree a plan with the family within ten "
                 "working days. Since September 2023 the team has reviewed 538 children, agreed plans for "
                 "131 and found 19 who were already being exploited but were not known to children's "
                 "services. Head teachers we spoke to valued being told what happened next; the force "
                 "sends a short outcome note back to the school within a month of every referral."),
        n("4.9", "We found that in most forces the information is shared only when a child is already "
                 "known to be at risk. This is too late."),
        afi,
        Spacer(1, 8),
        p("Disrupting the lines", TH_H2),
        n("4.10", "Forces use a range of tactics to disrupt county lines: closing the phone lines, arresting "
                  "the line holders, and using Slavery and Trafficking Prevention Orders under section 14 "
                  "of the Modern Slavery Act 2015. In the eight forces we inspected, 212 lines were closed "
                  "in the twelve months to September 2024."),
        n("4.11", "Rural forces face a particular problem: children are sent from cities to towns where "
                  "they are not known, and travel on trains and buses across force borders. Dyfed-Powys "
                  "Police has worked with British Transport Police and Transport for Wales since March "
                  "2024 on what it calls Operation Afon. Officers from the two forces and rail staff "
                  "trained by the St Giles Trust watch the stations at Carmarthen, Llanelli and "
                  "Aberystwyth on days when intelligence suggests children will be moved, and a St Giles "
                  "caseworker meets any child who is stopped. Dyfed-Powys Police told us that in the first "
                  "year 37 children were safeguarded at stations, 11 adults were charged with offences under "
                  "the Modern Slavery Act, and 6 lines into the force area were closed. Rail staff now "
                  "report concerns about children travelling alone through a dedicated text number, and "
                  "had sent 140 reports by the end of our fieldwork."),
        n("4.12", "We were told that the operation depends on short-term grant funding, which ends in "
                  "March 2026. We would encourage the force and its partners to evaluate it before then."),
        p("Conclusion", TH_H2),
        n("4.13", "Forces are getting better at disrupting county lines, but the children involved are "
                  "still too often seen as offenders. The practice we describe in this chapter shows that "
                  "it does not have to be this way."),
        Spacer(1, 10),
        p("<sup>17</sup> Home Office (2023) <i>Modern Slavery: statutory guidance for England and Wales</i>, "
          "version 3.2, paragraph 5.12.", TH_FOOTNOTE),
        p("<sup>18</sup> Figures supplied by forces in response to our document request of 2 September 2024.",
          TH_FOOTNOTE),
    ]
    doc.build(story)


# ------------------------- 2. Community safety partnership strategic assessment, two columns (PDF)

SA_TEAL = colors.HexColor("#00646e")
SA_BODY = ParagraphStyle("sabody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
SA_H1 = ParagraphStyle("sah1", parent=SA_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                       textColor=SA_TEAL, spaceAfter=8)
SA_H2 = ParagraphStyle("sah2", parent=SA_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                       textColor=SA_TEAL, spaceBefore=6, spaceAfter=4)
SA_BOXH = ParagraphStyle("saboxh", parent=SA_BODY, fontName="Helvetica-Bold", fontSize=9.5, leading=12.5,
                         textColor=colors.white, spaceAfter=0)
SA_BOX = ParagraphStyle("sabox", parent=SA_BODY, fontSize=8.8, leading=11.8, spaceAfter=4)
SA_CELL = ParagraphStyle("sacell", parent=SA_BODY, fontSize=8.5, leading=10.5, spaceAfter=0)


def _sa_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(SA_TEAL)
    canvas.rect(0, height - 26, width, 26, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(40, height - 17, "SAFER STOCKTON PARTNERSHIP")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 40, height - 17, "Strategic Assessment 2025/26  |  Public summary")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 22, "Produced by the Stockton-on-Tees Community Safety Analyst, on behalf of the "
                              "Safer Stockton Partnership. Data to 31 December 2024.")
    canvas.drawRightString(width - 40, 22, f"Page {doc.page + 11}")
    canvas.restoreState()


def _sa_box(title, paragraphs, width):
    rows = [[Paragraph(title, SA_BOXH)], [[Paragraph(t, SA_BOX) for t in paragraphs]]]
    box = Table(rows, colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SA_TEAL),
                             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e6f2f3")),
                             ("BOX", (0, 0), (-1, -1), 0.8, SA_TEAL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]))
    return box


def stockton_strategic_assessment(out: Path) -> None:
    """A council-led community safety partnership's strategic assessment (public summary), section 5:
    two columns of priority themes with crime data (context), and three 'Partnership in action' side
    boxes, each a piece of work by different partners (one naming no force)."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "safer-stockton-partnership-strategic-assessment-2025-26-section-5.pdf"),
                          pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                          title="Safer Stockton Partnership Strategic Assessment 2025/26: Section 5",
                          author="Stockton-on-Tees Borough Council", invariant=1)
    inner = width - 80
    col_w = (inner - 16) / 2
    top_h = 120
    first = [Frame(40, height - 36 - top_h, inner, top_h, id="top"),
             Frame(40, 36, col_w, height - 36 - top_h - 36, id="c1"),
             Frame(40 + col_w + 16, 36, col_w, height - 36 - top_h - 36, id="c2")]
    later = [Frame(40, 36, col_w, height - 76, id="c1b"), Frame(40 + col_w + 16, 36, col_w, height - 76, id="c2b")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_sa_page),
                          PageTemplate("later", frames=later, onPage=_sa_page)])
    p = lambda text, style=SA_BODY: Paragraph(text, style)  # noqa: E731

    table = Table([[p(c, SA_CELL) for c in row] for row in [
        ("<b>Indicator</b>", "<b>2023</b>", "<b>2024</b>", "<b>Change</b>"),
        ("ASB incidents", "7,912", "7,204", "-9%"),
        ("Domestic abuse crimes", "3,318", "3,402", "+3%"),
        ("Drug possession offences", "611", "688", "+13%"),
        ("Shop theft", "2,140", "2,655", "+24%"),
    ]], colWidths=[col_w * 0.46, col_w * 0.18, col_w * 0.18, col_w * 0.18])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7fb2b7")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f2f3"))]))

    story = [
        NextPageTemplate("later"),
        p("5. Priority themes for 2025/26", SA_H1),
        p("This section sets out what the assessment tells us about each of the Partnership's priorities, "
          "and what partners are already doing about them. The Partnership Board agreed the priorities "
          "at its meeting on 11 March 2025. Figures are for calendar years and come from Cleveland Police "
          "recorded crime, the Council's ASB case system and the Tees Valley drug and alcohol service."),
        FrameBreak(),
        p("5.1 Anti-social behaviour", SA_H2),
        p("Anti-social behaviour remains the issue residents raise most often. Incidents fell by 9% in "
          "2024, but remain concentrated: the Stockton Town Centre, Parkfield and Oxbridge, and "
          "Mandale and Victoria wards account for 38% of all reports. Youth-related ASB peaks between "
          "4pm and 9pm and in the school holidays."),
        table,
        p("Table 5.1: Selected indicators, Stockton-on-Tees, 2023 and 2024", SA_CELL),
        Spacer(1, 6),
        _sa_box("Partnership in action: Operation Riverbank", [
            "Cleveland Police's Stockton neighbourhood team and the Council's Community Enforcement "
            "service ran Operation Riverbank along the Riverside and in Thornaby town centre from May to "
            "September 2024. Joint patrols of a PCSO and a civil enforcement officer ran every Friday "
            "and Saturday evening, and 23 young people were referred to the Council's youth outreach "
            "team rather than dispersed. The Council fitted 14 new lights on the riverside path.",
            "Reports of ASB on the Riverside fell from 412 to 266 compared with the same months of "
            "2023, and 9 Acceptable Behaviour Contracts were signed. Contact: "
            "communitysafety@stockton.gov.uk"], col_w),
        Spacer(1, 8),
        p("5.2 Domestic abuse", SA_H2),
        p("Recorded domestic abuse crimes rose by 3%. Repeat victimisation remains high: 41% of victims "
          "referred to the MARAC in 2024 had been referred in the previous twelve months. The assessment "
          "also found that older victims and male victims are under-represented in referrals to "
          "specialist services compared with their share of police-recorded incidents."),
        _sa_box("Partnership in action: Safe at Home Stockton", [
            "The Council's Domestic Abuse Team and the local charity Eden Tees Women's Aid launched Safe "
            "at Home Stockton in January 2024, so that victims who want to stay in their home can do so "
            "safely. A caseworker visits within five working days and the Council's Care and Repair "
            "service fits stronger doors, window locks, video doorbells and letterbox guards free of "
            "charge.",
            "In its first year the scheme made 186 homes safer; 171 of the households were still living "
            "there after six months, and only 12 reported further abuse at the address. Funded by the "
            "Domestic Abuse Act new burdens grant."], col_w),
        Spacer(1, 8),
        p("5.3 Drug-related harm", SA_H2),
        p("Drug possession offences rose by 13%, which mainly reflects more proactive policing rather than "
          "more drug use. Drug-related deaths in Stockton-on-Tees remain above the England average, at "
          "14.1 per 100,000 population (2021-23). Cocaine is now found in 57% of positive tests on "
          "arrest, up from 44%."),
        _sa_box("Partnership in action: Recovery at the point of arrest", [
            "Since June 2024, drug workers from Routeway Recovery have been based in Middlesbrough "
            "custody suite two days a week to see people arrested in Stockton whose offending is "
            "linked to drug use. Cleveland Police refers every adult who tests positive on arrest, and "
            "the worker offers an appointment within 48 hours of release with a lift from a peer "
            "mentor.",
            "Between June and December 2024, 302 people were seen; 118 started treatment and 64 were "
            "still in treatment after twelve weeks, against 19 in the same period of 2023 under the "
            "previous letter-based referral."], col_w),
        Spacer(1, 8),
        p("5.4 Shop theft and business crime", SA_H2),
        p("Shop theft rose by 24%, in line with the national trend. Most offences were in the town centre, "
          "at Teesside Park and at Portrack retail park. Businesses told the consultation that they no "
          "longer report low-value thefts because they do not expect a response."),
        p("5.5 Recommendations to the Partnership Board", SA_H2),
        p("1. Retain anti-social behaviour, domestic abuse and drug-related harm as priorities for "
          "2025/26, and add shop theft and business crime as a new priority."),
        p("2. Commission a problem profile on older victims of domestic abuse by September 2025."),
        p("3. Agree a data-sharing protocol with Teesside Park retailers by the next Board meeting."),
    ]
    doc.build(story)


# --------------------------------------- 3. Written evidence to a parliamentary committee (PDF)

WE_BODY = ParagraphStyle("webody", fontName="Times-Roman", fontSize=11.5, leading=15.5, spaceAfter=8)
WE_NUM = ParagraphStyle("wenum", parent=WE_BODY, leftIndent=28, firstLineIndent=-28)
WE_SUB = ParagraphStyle("wesub", parent=WE_BODY, leftIndent=56, firstLineIndent=-28)
WE_H = ParagraphStyle("weh", parent=WE_BODY, fontName="Times-Bold", fontSize=12, spaceBefore=6, spaceAfter=6)
WE_TITLE = ParagraphStyle("wetitle", parent=WE_BODY, fontName="Times-Bold", fontSize=14, leading=18)


def _we_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Times-Roman", 9)
    canvas.drawString(72, height - 40, "YVK0086")
    canvas.drawRightString(width - 72, height - 40, "Written evidence submitted by West Midlands Police")
    canvas.drawCentredString(width / 2, 34, str(doc.page))
    canvas.restoreState()


def west_midlands_written_evidence(out: Path) -> None:
    """A force's written evidence to a select committee inquiry: the committee's reference header,
    title, numbered paragraphs in sections, two of the force's programmes described in running
    numbered paragraphs, context figures, lettered recommendations to the committee, a date line."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "west-midlands-police-written-evidence-youth-violence-inquiry.pdf"),
                          pagesize=A4, leftMargin=72, rightMargin=72, topMargin=64, bottomMargin=60,
                          title="Written evidence submitted by West Midlands Police (YVK0086)",
                          author="West Midlands Police", invariant=1)
    doc.addPageTemplates([PageTemplate("page", frames=[Frame(72, 56, width - 144, height - 56 - 60, id="b")],
                                       onPage=_we_page)])
    p = lambda text, style=WE_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda number, text: Paragraph(f"{number}.&nbsp;&nbsp;&nbsp;&nbsp;{text}", WE_NUM)  # noqa: E731
    s = lambda letter, text: Paragraph(f"({letter})&nbsp;&nbsp;&nbsp;{text}", WE_SUB)  # noqa: E731

    story = [
        p("Written evidence submitted by West Midlands Police (YVK0086)", WE_TITLE),
        p("Home Affairs Committee inquiry: Youth violence and knife crime", WE_H),
        p("<b>Summary</b>"),
        n("1", "West Midlands Police welcomes the Committee's inquiry. This submission sets out the scale of "
               "knife crime involving young people in the West Midlands, describes two programmes that we "
               "believe are reducing it, and makes four recommendations."),
        n("2", "The submission is made by the Office of the Chief Constable. It has been shared with the "
               "West Midlands Police and Crime Commissioner, who may submit evidence separately."),
        p("<b>About West Midlands Police</b>"),
        n("3", "West Midlands Police serves 2.9 million people in Birmingham, Coventry, Dudley, Sandwell, "
               "Solihull, Walsall and Wolverhampton. It is the second largest force in England and Wales, "
               "with 8,200 officers."),
        p("<b>The scale of the problem</b>"),
        n("4", "In the year to September 2024 the force recorded 3,905 knife crime offences, of which 1,102 "
               "involved a suspect aged under 18. Young people are also disproportionately victims: 31% of "
               "people admitted to hospital with a knife injury in the region were aged 13 to 24."),
        n("5", "Violence is concentrated in a small number of places and among a small number of people. "
               "Around 4% of the region's neighbourhoods account for a quarter of knife crime with injury."),
        p("<b>What is working</b>"),
        n("6", "<i>Reach Out in custody.</i> Since October 2022, youth workers employed by the West Midlands "
               "Violence Reduction Partnership have been based in the force's custody blocks at Perry Barr, "
               "Oldbury and Coventry. They see every young person aged 10 to 25 arrested for a weapons or "
               "violence offence, and offer support that continues for up to six months after release."),
        n("7", "The youth workers have seen 2,640 young people, of whom 1,510 accepted ongoing support. An "
               "independent evaluation by the University of Birmingham found that those supported were 26% "
               "less likely to be arrested again for a violent offence within a year than a matched group "
               "who were not."),
        n("8", "<i>Operation Sentinel Line.</i> Many knives used in violence by young people are bought "
               "online or in local shops. Since March 2023 the force has worked with Birmingham City "
               "Council Trading Standards and Sandwell Council to test whether retailers sell knives to "
               "under-18s. Cadets aged 15 and 16, supervised by officers, attempted 486 test purchases "
               "in shops and from online sellers delivering to the region."),
        n("9", "In the first round, 1 in 4 attempts led to a sale. Retailers who sold were given training "
               "and retested; in the second round the rate fell to 1 in 14. Nine retailers were prosecuted "
               "under the Criminal Justice Act 1988 and two lost their licence to sell age-restricted "
               "goods. The force has shared its test-purchase guidance with other forces through the "
               "National Police Chiefs' Council."),
        p("<b>What would help</b>"),
        n("10", "We recommend that the Committee:"),
        s("a", "urges the Government to give Violence Reduction Units funding settlements of at least "
               "three years;"),
        s("b", "supports age verification on delivery for all bladed articles bought online;"),
        s("c", "asks the Home Office to publish national data on knife crime by age of suspect and victim; "
               "and"),
        s("d", "considers how custody-based youth work could be made available in every force."),
        n("11", "West Midlands Police would be pleased to give oral evidence to the Committee."),
        Spacer(1, 10),
        p("<i>March 2025</i>"),
    ]
    doc.build(story)


# --------------------------------------------------- Word helpers (python-docx called directly)

def _page_number_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _save_docx(document, path: Path, title: str, author: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.created = properties.modified = datetime(2025, 1, 1)
    properties.last_printed = datetime(2025, 1, 1)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(), path)


def _header_footer(document, header_text: str, footer_text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9"):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            values = value if isinstance(value, list) else [value]
            cell.text = ""
            run = cell.paragraphs[0].add_run(values[0])
            for extra in values[1:]:
                cell.add_paragraph(extra)
            if r == 0:
                run.bold = True
                _shade(cell, header_fill)
    return table


def _numbered(document, number: str, text: str):
    """A hand-numbered paragraph: the number, a tab, the text (as letters from national bodies are)."""
    from docx.shared import Inches

    para = document.add_paragraph(f"{number}\t{text}")
    para.paragraph_format.left_indent = Inches(0.5)
    para.paragraph_format.first_line_indent = Inches(-0.5)
    return para


# ------------------------------- 4. National portfolio lead's letter to chief constables (Word)

def npcc_portfolio_letter(out: Path) -> None:
    """A letter from a national portfolio lead to all chief constables: letterhead, addressee block,
    reference and date, numbered paragraphs (national figures, a contract notice, actions required),
    sign-off, then Annex A: a table whose three rows are three forces' pieces of work."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "OFFICIAL",
                   "National Police Chiefs' Council | Roads Policing Portfolio | NPCC/RP/2025/014")
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = head.add_run("National Police Chiefs' Council")
    run.bold = True
    run.font.size = Pt(16)
    document.add_paragraph("Chief Constable Helen Raynor QPM\nNPCC Lead for Roads Policing\n"
                           "1st Floor, 10 Victoria Street\nLondon SW1H 0NN").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("To:\tAll Chief Constables, England and Wales\n"
                           "Cc:\tPolice and Crime Commissioners; Heads of Roads Policing; College of Policing")
    document.add_paragraph("Our reference: NPCC/RP/2025/014\nDate: 16 June 2025")
    document.add_paragraph("Dear Colleague,")
    subject = document.add_paragraph()
    subject.add_run("Drug driving enforcement: portfolio update and request for action").bold = True

    _numbered(document, "1.", "I am writing to update you on drug driving enforcement since my letter of "
                              "9 December 2024, to draw your attention to changes to the supply of roadside "
                              "drug screening kits, and to ask for your support with three actions.")
    document.add_heading("National picture", level=2)
    _numbered(document, "2.", "Forces in England and Wales carried out 61,400 roadside drug screening tests "
                              "in 2024, an increase of 11% on 2023. 54% of tests were positive. Drug driving "
                              "now features in more fatal collisions than drink driving in eleven forces.")
    _numbered(document, "3.", "The time taken to obtain an evidential blood result remains the main barrier "
                              "to charging. The median time from sample to result was 97 days in the last "
                              "quarter, and 14% of cases were discontinued because a result arrived too late.")
    document.add_heading("Roadside screening kit supply", level=2)
    _numbered(document, "4.", "The national framework contract for roadside drug screening kits ends on "
                              "30 September 2025. A new framework has been awarded from 1 October 2025. "
                              "Forces must place orders for the new kits through the Blue Light Commercial "
                              "portal; existing stock can be used until its expiry date.")
    document.add_heading("Emerging practice", level=2)
    _numbered(document, "5.", "Several forces have found ways to test more drivers or to reduce delays. I "
                              "have set out three examples at Annex A, with contact details, and would "
                              "encourage your roads policing leads to get in touch with them.")
    document.add_heading("Action required", level=2)
    _numbered(document, "6.", "I would be grateful if you would:")
    for text in ("nominate a single point of contact for drug driving by 18 July 2025;",
                 "confirm that your force has moved its kit orders to the new framework by 30 September "
                 "2025; and",
                 "return the quarterly drug driving data return for April to June by 31 July 2025."):
        document.add_paragraph(text, style="List Bullet")
    _numbered(document, "7.", "Queries about this letter can be sent to the portfolio staff officer, "
                              "Inspector Dev Maudsley, at roadspolicing@npcc.police.uk or on 020 7084 8950.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Helen Raynor\nChief Constable\nNPCC Lead for Roads Policing")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("Annex A: Emerging practice from forces", level=1)
    document.add_paragraph("The examples below were submitted by forces to the portfolio between January and "
                           "May 2025. They have not been independently evaluated.")
    _grid(document, [
        ("Force", "What they did", "Results reported", "Contact"),
        ("Humberside Police",
         "Trained 180 response and neighbourhood officers, not only roads policing officers, to carry "
         "out roadside drug screening from February 2024, and put a kit in every marked response "
         "vehicle. Officers test any driver stopped for another reason where there is cause.",
         "Tests rose from 2,130 in 2023 to 4,870 in 2024; 2,510 positive results and 1,680 charges. "
         "Most positive tests came from drivers stopped for no insurance or tax.",
         "Sgt Amy Clough, Humberside Police Roads Policing Unit"),
        ("Sussex Police",
         "Agreed with its forensic provider a priority lane for blood samples from collisions where "
         "someone was injured, and moved sample collection to a single courier run each evening from "
         "all three custody suites.",
         "Median time from sample to result fell from 104 to 38 days for priority cases; no injury "
         "collision case was discontinued for a late result in 2024/25.",
         "DI Tom Ashdown, Sussex Police Collision Investigation Unit"),
        ("North Wales Police",
         ["Ran Operation Gyrru'n Glir on the A55 and the A5 with the North Wales Safety Camera "
          "Partnership (GanBwyll) in summer 2024: intelligence-led drug driving checkpoints at "
          "holiday weekends, with a bilingual campaign aimed at young drivers.",
          "Offenders were offered a place on a drug-driving awareness course as part of sentencing "
          "where the court agreed."],
         "412 drivers tested at checkpoints; 233 positive. Awareness of the campaign among 17-24 year "
         "olds in North Wales rose from 21% to 46%.",
         "PC Rhys Owen, Roads Policing, Heddlu Gogledd Cymru"),
    ])
    document.add_paragraph()
    document.add_paragraph("Annex B (data return template) is sent separately as a spreadsheet.")
    _save_docx(document, out / "npcc-roads-policing-drug-driving-portfolio-letter-2025-06.docx",
               "Drug driving enforcement: portfolio update and request for action",
               "National Police Chiefs' Council")


# --------------------------------- 5. Neighbourhood ward panel priorities update (Word, landscape)

def ward_panel_update(out: Path) -> None:
    """A Safer Neighbourhood Team's ward panel priorities update: team details, a priorities table
    (priority, set at, what we did, result, status) with two worked priorities and one just set, then
    other updates, the team's contacts and the next meeting."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Inches(11.69), Inches(8.27)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Inches(0.7))
    _header_footer(document, "Metropolitan Police  |  South Area BCU  |  Clapham Town Safer Neighbourhood Team",
                   "Ward panel update, May 2025. Do not share personal information about residents")
    title = document.add_paragraph()
    run = title.add_run("Clapham Town Ward Panel: Priorities Update")
    run.bold = True
    run.font.size = Pt(18)
    document.add_paragraph("Meeting of Tuesday 13 May 2025, 7pm, Clapham Library, 91 Clapham High Street, "
                           "London SW4 7DB. Panel chair: Mrs Grace Okafor.")
    document.add_heading("Your Safer Neighbourhood Team", level=2)
    document.add_paragraph("Sgt Luke Brannigan, PC Sara Mendes, PC Jon Whitley, PCSO Amira Haddad and "
                           "PCSO Kieran Lowe. The team is dedicated to Clapham Town ward and is not taken "
                           "away to other duties except in emergencies.")
    document.add_heading("Ward priorities", level=2)
    _grid(document, [
        ("No.", "Priority", "Set at", "What we did", "Result", "Status"),
        ("1", "Drug dealing and anti-social behaviour around the bandstand on Clapham Common North Side",
         "November 2024 panel",
         ["We ran weekly plain-clothes patrols from December to April with Lambeth Council's park "
          "wardens, used a dispersal order on 9 weekends, and worked with the council to cut back "
          "the shrubs beside the bandstand and install two new lights.",
          "Two dealers were charged with possession with intent to supply after residents' "
          "reports through the ward's WhatsApp group led us to them."],
         "14 arrests. Calls about the bandstand fell from 67 (Dec 23 - Apr 24) to 29 (Dec 24 - Apr 25).",
         "Closed: achieved"),
        ("2", "Phone snatches by people on mopeds and e-bikes on Clapham High Street",
         "February 2025 panel",
         ["Since March we have joined the Clapham High Street traders' group on Friday and "
          "Saturday evenings to hand out \"Look up, phone away\" cards, and stickers were put on "
          "the bus stop glass with Transport for London.",
          "Officers from the Met's Roads and Transport Policing Command carried out two tactical "
          "pursuit operations on the High Street and arrested four riders."],
         "Snatches fell from 46 in March-April 2024 to 19 in March-April 2025.",
         "Ongoing: review at next panel"),
        ("3", "Bicycle theft from the stands outside Clapham Common station", "This meeting (May 2025)",
         "New priority set by the panel tonight. The team will report what it has done at the next panel.",
         "-", "New"),
    ])
    document.add_paragraph()
    document.add_heading("Other updates", level=2)
    for text in ("Contact point: the team holds a street briefing outside Sainsbury's, 33 Clapham High Street, "
                 "on the first Saturday of every month from 11am to 12 noon.",
                 "Ward panel membership: the panel has two vacancies. Residents who would like to join should "
                 "email the team.",
                 "Reminder: the team cannot deal with reports of crime by email. Always call 999 in an "
                 "emergency, or report online or on 101."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Contact us", level=2)
    document.add_paragraph("Email: ClaphamTown.SNT@met.police.uk    Mobile: 07800 712 493    "
                           "X (Twitter): @MPSClaphamTown")
    document.add_paragraph("Next ward panel meeting: Tuesday 8 July 2025, 7pm, Clapham Library.")
    _save_docx(document, out / "metropolitan-police-clapham-town-ward-panel-priorities-update-2025-05.docx",
               "Clapham Town Ward Panel: Priorities Update, May 2025", "Metropolitan Police Service")


# ------------------ 6. Force equality annual report, one chapter with spotlight boxes (Word)

def _spotlight(document, title: str, paragraphs: list[str]) -> None:
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _shade(cell, "FCE9D9")
    cell.text = ""
    run = cell.paragraphs[0].add_run(title)
    run.bold = True
    run.font.size = Pt(12)
    for text in paragraphs:
        cell.add_paragraph(text)
    document.add_paragraph()


def northamptonshire_edi_chapter(out: Path) -> None:
    """Chapter 3 of a force's equality, diversity and inclusion annual report: numbered Heading 2
    sections written as 'we' about objectives, data and scrutiny (not initiatives), with three
    'Spotlight' boxes (shaded one-cell tables) each a piece of work, one with a neighbouring force."""
    import docx

    document = docx.Document()
    _header_footer(document, "Northamptonshire Police  |  Equality, Diversity and Inclusion Annual Report 2024/25",
                   "Chapter 3: Serving our communities")
    document.add_heading("Chapter 3: Serving our communities", level=1)
    document.add_paragraph("This chapter reports on our equality objective 2, \"Communities trust us and can "
                           "reach us\", and on how we meet the Public Sector Equality Duty (section 149 of "
                           "the Equality Act 2010) in the service we give the public. Chapter 4 covers our "
                           "workforce.")
    document.add_heading("3.1 Our objective and how we measure it", level=2)
    document.add_paragraph("We measure progress against objective 2 through the confidence questions in our "
                           "quarterly public survey, broken down by age, sex, ethnicity and disability, and "
                           "through the satisfaction of victims of hate crime.")
    _grid(document, [("Measure", "2023/24", "2024/25"),
                      ("Confidence in the force (all respondents)", "71%", "73%"),
                      ("Confidence: respondents from ethnic minority groups", "62%", "66%"),
                      ("Confidence: disabled respondents", "64%", "63%"),
                      ("Hate crime victims satisfied with the service", "68%", "72%")])
    document.add_paragraph("Table 3.1: Objective 2 measures").runs[0].italic = True

    document.add_heading("3.2 Accessible contact", level=2)
    document.add_paragraph("Disabled people told our Independent Advisory Group that contacting us is harder "
                           "for them than it should be. Confidence among disabled respondents did not improve "
                           "this year, and this remains an area where we need to do more.")
    _spotlight(document, "Spotlight: BSL video relay in the Force Control Room", [
        "Since June 2024 Deaf callers can reach our Force Control Room through a British Sign Language "
        "video relay service, with interpreters provided by Signpost Northants, a Deaf-led community "
        "interest company. The caller signs to an interpreter on a video call, who speaks to our call "
        "handler. Signpost also trained 64 call handlers in Deaf awareness.",
        "In the first nine months 212 calls came through the service, 38 of them emergencies. Deaf "
        "residents we surveyed with Signpost said they were more likely to report a crime now (81%, up "
        "from 35%)."])

    document.add_heading("3.3 Hate crime", level=2)
    document.add_paragraph("We recorded 1,184 hate crimes in 2024/25, 6% more than the year before. Race "
                           "remains the most common motivation (64%), followed by sexual orientation (17%). "
                           "We think some of the increase reflects more reporting through third-party "
                           "reporting centres.")
    _spotlight(document, "Spotlight: Hate crime ambassadors in Wellingborough schools", [
        "Our LGBT+ Network and the Wellingborough neighbourhood team trained 46 sixth-form students from "
        "four schools as hate crime ambassadors between September and December 2024. The ambassadors ran "
        "assemblies and a lunchtime drop-in, and younger pupils can report to them in confidence; they "
        "pass reports to the school's safeguarding lead and our schools officer.",
        "Reports of hate incidents from the four schools rose from 7 to 31 in the spring term, and 24 were "
        "resolved through restorative conversations without criminal justice action."])

    document.add_heading("3.4 Stop and search", level=2)
    document.add_paragraph("Black people were 3.1 times more likely to be stopped and searched than white "
                           "people in Northamptonshire in 2024/25, down from 4.0 times in 2023/24. Our "
                           "community scrutiny panel reviews a random sample of body-worn video each month and "
                           "its findings are published on our website.")
    _spotlight(document, "Spotlight: Safer Journeys forum with Cambridgeshire", [
        "Women from Muslim communities in Northampton and Peterborough told both forces that they were "
        "harassed on buses and at stations but did not report it. Since October 2024 we have run the "
        "Safer Journeys forum jointly with Cambridgeshire Constabulary and the Peterborough Women's "
        "Centre: a monthly women-only meeting, held alternately in each city, where women can raise "
        "concerns with female officers from both forces.",
        "Concerns raised at the forum led to targeted patrols on the X4 bus route between the two "
        "cities. 57 women have attended, and 19 incidents have been reported through the forum that "
        "would otherwise not have been reported."])

    document.add_heading("3.5 Looking ahead", level=2)
    document.add_paragraph("In 2025/26 we will review how we record disability in crime reports, publish "
                           "our stop and search data by neighbourhood, and refresh our equality objectives "
                           "with our Independent Advisory Group by March 2026.")
    document.add_paragraph("If you need this report in another format, please email "
                           "equality@northants.police.uk or call 101.")
    _save_docx(document, out / "northamptonshire-police-edi-annual-report-2024-25-chapter-3.docx",
               "Equality, Diversity and Inclusion Annual Report 2024/25: Chapter 3", "Northamptonshire Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    hmicfrs_thematic_chapter(out)
    stockton_strategic_assessment(out)
    west_midlands_written_evidence(out)
    npcc_portfolio_letter(out)
    ward_panel_update(out)
    northamptonshire_edi_chapter(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
