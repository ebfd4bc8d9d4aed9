"""Write the binary documents of the fourteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout14/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a fire and rescue
service's statement of assurance extract, a night-time economy accreditation assessment report, a
university's research impact case study, a force chaplaincy's annual letter to supporters, a street
pastors group's volunteer handbook extract and a force's community impact statement. The HTML,
Markdown and plain-text documents beside this script are written by hand; manifest.json lists every
document's intended initiatives.

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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _box(flowables, width, fill, edge, pad=8):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def _table(rows, widths, style, head_fill, head_style=None, grid="#888888", label_fill=None):
    data = []
    for r, row in enumerate(rows):
        cell_style = head_style if (r == 0 and head_style is not None) else style
        data.append([Paragraph(str(cell), cell_style) for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_fill is not None else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(grid)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if label_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (0, -1), label_fill))
    table.setStyle(TableStyle(commands))
    return table


# ------------------ 1. A fire and rescue service's statement of assurance (PDF, two columns)

FR_RED = colors.HexColor("#b3121f")
FR_BODY = ParagraphStyle("frbody", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6,
                         leftIndent=22, firstLineIndent=-22)
FR_PLAIN = ParagraphStyle("frplain", parent=FR_BODY, leftIndent=0, firstLineIndent=0)
FR_TITLE = ParagraphStyle("frtitle", parent=FR_PLAIN, fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=FR_RED, spaceAfter=4)
FR_SUB = ParagraphStyle("frsub", parent=FR_PLAIN, fontName="Helvetica-Bold", fontSize=12, leading=15,
                        textColor=colors.HexColor("#333333"), spaceAfter=6)
FR_INTRO = ParagraphStyle("frintro", parent=FR_PLAIN, fontSize=10, leading=13.5)
FR_H1 = ParagraphStyle("frh1", parent=FR_PLAIN, fontName="Helvetica-Bold", fontSize=12, leading=15,
                       textColor=FR_RED, spaceBefore=4, spaceAfter=5, keepWithNext=1)
FR_H2 = ParagraphStyle("frh2", parent=FR_PLAIN, fontName="Helvetica-BoldOblique", fontSize=9.5, leading=12,
                       spaceAfter=3, keepWithNext=1)
FR_SIGN = ParagraphStyle("frsign", parent=FR_PLAIN, fontSize=8.5, leading=11, spaceAfter=4)


def _fr_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(FR_RED)
    canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(40, height - 19, "Nottinghamshire Fire and Rescue Service")
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(width - 40, height - 19, "Statement of Assurance 2024/25")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(40, 24, "notts-fire.gov.uk")
    canvas.drawRightString(width - 40, 24, f"Page {doc.page + 13}")
    canvas.setStrokeColor(FR_RED)
    canvas.line(40, 36, width - 40, 36)
    canvas.restoreState()


def nottinghamshire_fire_statement_of_assurance(out: Path) -> None:
    """A fire and rescue service's statement of assurance, sections 4 to 7 (one page, two columns
    under a full-width title): running band with the service and document, footer with web address
    and the page number 14; numbered paragraphs with hanging numbers: financial
    assurance (budget and capital figures), operational assurance (inspection grades, incident
    figures), collaboration (the statutory duty and board, then three pieces of work with results:
    drone and search support for the police, a joint arson operation with the police and the city
    council, a falls response car with the ambulance service), looking ahead (future) and a signed
    statement of assurance."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "nottinghamshire-fire-rescue-statement-of-assurance-2024-25-extract.pdf"),
                          pagesize=A4, leftMargin=40, rightMargin=40, topMargin=44, bottomMargin=46,
                          title="Statement of Assurance 2024/25 (extract: sections 4 to 7)",
                          author="Nottinghamshire Fire and Rescue Service", invariant=1)
    gap = 18
    col = (width - 80 - gap) / 2
    top = height - 44
    title_h = 120
    first = [Frame(40, top - title_h, width - 80, title_h, id="title"),
             Frame(40, 46, col, top - title_h - 46, id="c1"),
             Frame(40 + col + gap, 46, col, top - title_h - 46, id="c2")]
    later = [Frame(40, 46, col, top - 46, id="l1"), Frame(40 + col + gap, 46, col, top - 46, id="l2")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_fr_page),
                          PageTemplate("later", frames=later, onPage=_fr_page)])
    p = lambda text, style=FR_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda num, text: Paragraph(f"<b>{num}</b>&nbsp;&nbsp;&nbsp;{text}", FR_BODY)  # noqa: E731
    sign = _box([p("<b>Statement of assurance</b>", FR_SIGN),
                 p("We are satisfied that the Authority's financial, governance and operational "
                   "arrangements were adequate and worked effectively in 2024/25.", FR_SIGN),
                 p("Councillor Dawn Hartley, Chair of the Fire Authority", FR_SIGN),
                 p("Mark Ellery, Chief Fire Officer", FR_SIGN),
                 p("18 September 2025", FR_SIGN)],
                col - 4, colors.HexColor("#f7e7e8"), FR_RED)
    story = [
        NextPageTemplate("later"),
        p("Statement of Assurance 2024/25", FR_TITLE),
        p("Extract: sections 4 to 7", FR_SUB),
        p("Every fire and rescue authority in England must publish a statement of assurance each year "
          "under the Fire and Rescue National Framework for England, setting out how it has met its "
          "financial, governance and operational responsibilities. This extract covers financial and "
          "operational assurance, collaboration with other services and our plans for 2025/26.", FR_INTRO),
        FrameBreak(),
        p("4. Financial assurance", FR_H1),
        n("4.1", "The Fire Authority set a net revenue budget of £51.3 million for 2024/25 and spent "
                 "£50.9 million. Our external auditor, Ridley Thorne LLP, gave an unqualified opinion on "
                 "the accounts for the year."),
        n("4.2", "The capital programme of £6.8 million paid for four new fire engines, replacement "
                 "breathing apparatus and the rebuild of Highfields fire station, which reopened in "
                 "March 2025."),
        p("5. Operational assurance", FR_H1),
        n("5.1", "His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services last "
                 "inspected the Service in spring 2024 and graded it good in seven of its 11 areas, "
                 "with no area graded inadequate."),
        n("5.2", "We attended 10,842 incidents in the year, including 3,116 fires. Our average "
                 "response time to primary fires was 8 minutes 41 seconds, against our standard of "
                 "10 minutes."),
        n("5.3", "All operational staff completed their maintenance of competence training, and "
                 "crews ran 36 exercises at high-risk sites, six of them with other services."),
        p("6. Collaboration", FR_H1),
        n("6.1", "Section 2 of the Policing and Crime Act 2017 places a duty on fire and rescue, "
                 "police and ambulance services to keep collaboration under review. Our Blue Light "
                 "Collaboration Board, with Nottinghamshire Police and East Midlands Ambulance "
                 "Service, met four times in 2024/25 and reports to the Fire Authority's Policy "
                 "and Strategy Committee."),
        p("Searching for missing people", FR_H2),
        n("6.2", "Since May 2024 our drone pilots and Urban Search and Rescue team have supported "
                 "Nottinghamshire Police in searches for high-risk missing people. The force control "
                 "room requests the drone team directly on a shared radio talk group, and a fire "
                 "officer works beside the police search adviser at the scene. The team supported 57 "
                 "searches in 2024/25; in 14 of them the drone found the missing person, and the "
                 "average time from request to drone in the air was 38 minutes."),
        p("Deliberate fires", FR_H2),
        n("6.3", "Our Arson Reduction Team ran Operation Ember with Nottinghamshire Police's "
                 "Bulwell neighbourhood team and Nottingham City Council's community protection "
                 "officers in the six weeks around Bonfire Night 2024. Joint patrols targeted "
                 "hotspots for bin, car and grass fires, the council cleared 84 tonnes of fly-tipped "
                 "waste that could have been set alight, and firefighters and PCSOs spoke to 2,900 "
                 "pupils in 18 schools. Deliberate fires in Bulwell fell by 41% against the same "
                 "weeks in 2023."),
        p("Helping people who have fallen", FR_H2),
        n("6.4", "In January 2024 we started a falls response pilot with East Midlands Ambulance "
                 "Service in Mansfield and Ashfield. Two firefighters trained in falls assessment "
                 "crew a response car from 8am to 8pm, lifting people who have fallen at home and "
                 "are not injured, and carrying out a home fire safety check while they are there. "
                 "The car attended 1,096 falls in its first year; 82% of people stayed safely at "
                 "home without an ambulance, and the average wait for help fell from more than four "
                 "hours to 52 minutes."),
        n("6.5", "We continue to share our headquarters building with Nottinghamshire Police."),
        p("7. Looking ahead", FR_H1),
        n("7.1", "In 2025/26 we will ask the integrated care board to fund a second falls response "
                 "car in Newark and Sherwood, and we will review with the force whether the drone "
                 "team should be available overnight."),
        n("7.2", "We will publish our Community Risk Management Plan for 2026 to 2029 in the spring, "
                 "after public consultation."),
        Spacer(1, 6),
        sign,
    ]
    doc.build(story)


# ------------------ 2. A night-time economy accreditation assessment report (PDF, theme table, boxes)

PF_PURPLE = colors.HexColor("#4b2670")
PF_BODY = ParagraphStyle("pfbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
PF_CELL = ParagraphStyle("pfcell", parent=PF_BODY, fontSize=8.8, leading=11.5, spaceAfter=0)
PF_CELLB = ParagraphStyle("pfcellb", parent=PF_CELL, fontName="Helvetica-Bold")
PF_HEADC = ParagraphStyle("pfheadc", parent=PF_CELLB, textColor=colors.white)
PF_TITLE = ParagraphStyle("pftitle", parent=PF_BODY, fontName="Helvetica-Bold", fontSize=21, leading=25,
                          textColor=PF_PURPLE, spaceAfter=3)
PF_SUB = ParagraphStyle("pfsub", parent=PF_BODY, fontSize=12, leading=15, textColor=colors.HexColor("#444444"),
                        spaceAfter=10)
PF_H = ParagraphStyle("pfh", parent=PF_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15.5,
                      textColor=PF_PURPLE, spaceBefore=8, spaceAfter=5, keepWithNext=1)
PF_BOXH = ParagraphStyle("pfboxh", parent=PF_BODY, fontName="Helvetica-Bold", fontSize=10, leading=13,
                         textColor=PF_PURPLE, spaceAfter=3)
PF_REC = ParagraphStyle("pfrec", parent=PF_BODY, leftIndent=26, firstLineIndent=-26)
PF_SMALL = ParagraphStyle("pfsmall", parent=PF_BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555"))


def _pf_page_factory(total):
    def _pf_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(PF_PURPLE)
        canvas.rect(46, height - 40, 12, 12, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(64, height - 38, "Purple Flag")
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(width - 46, height - 38, "Assessment report  |  Shrewsbury  |  2025 renewal")
        canvas.drawString(46, 26, "Report ref PF-2025-114")
        canvas.drawRightString(width - 46, 26, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _pf_page


def _purple_flag_story():
    p = lambda text, style=PF_BODY: Paragraph(text, style)  # noqa: E731
    full = A4[0] - 92 - 16
    cover = _table([["Applicant", "Shrewsbury Town Centre Partnership"],
                    ["Lead partners", "Shropshire Council; West Mercia Police; Shrewsbury Town Council"],
                    ["Assessment area", "Shrewsbury town centre within the river loop, and Frankwell"],
                    ["Night-time visit", "Friday 13 June 2025, 6pm to 3.30am"],
                    ["Assessors", "Helen Marchant (lead assessor) and Dev Raman"],
                    ["Outcome", "Purple Flag renewed until June 2026"]],
                   [120, full - 120], PF_CELL, None, label_fill=colors.HexColor("#ece6f3"))
    themes = _table([["Theme", "Standard", "Assessors' comments"],
                     ["Wellbeing", "Exceeds",
                      "A close working relationship between the police, the council and volunteers; see "
                      "the commendation on the Safe Space. Lighting in parts of Frankwell is still patchy."],
                     ["Movement", "Meets",
                      "Marshalled taxi queues at Castle Street worked well on the night. Late-night bus "
                      "options are limited for people living outside the town."],
                     ["Appeal", "Meets",
                      "A good mix of bars, restaurants and the theatre. There is little to do after 9pm "
                      "for people who do not want to drink."],
                     ["Place", "Meets",
                      "Streets were clean at 2am. Empty shop units on Pride Hill look uncared for after "
                      "dark."],
                     ["Policy envelope", "Exceeds",
                      "A clear evening and night-time economy action plan, reviewed every quarter by the "
                      "Partnership board, with named leads for each action."]],
                    [92, 58, full - 150], PF_CELL, PF_PURPLE, head_style=PF_HEADC)
    fill = colors.HexColor("#f4f0f8")
    story = [
        p("Purple Flag assessment report", PF_TITLE),
        p("Shrewsbury town centre: renewal assessment 2025", PF_SUB),
        cover,
        p("Summary of the assessment", PF_H),
        p("Shrewsbury continues to offer a safe, welcoming and varied evening for residents and "
          "visitors. The Partnership has acted on both recommendations from the 2024 assessment, and "
          "we saw a well-run town centre throughout our visit, including at closing time. We recommend "
          "that Purple Flag status is renewed."),
        p("Scores by theme", PF_H),
        themes,
        Spacer(1, 4),
        p("Commendations", PF_H),
        p("The assessors commend three pieces of partnership work that other Purple Flag towns could "
          "learn from."),
        _box([p("Safe Space in the Square", PF_BOXH),
              p("Every Friday and Saturday night since October 2023, volunteers from Shrewsbury Night "
                "Guardians have run a Safe Space in the Square with West Mercia Police's Shrewsbury "
                "Safer Neighbourhood Team, whose officers share the base and bring people who are "
                "drunk, lost or upset to it. In the year to May 2025 the Safe Space helped 614 people, "
                "and partners estimate that 71 of them would otherwise have gone to A&amp;E. On our "
                "visit a PCSO and two volunteers reunited a young woman with her friends within ten "
                "minutes.")], full, fill, PF_PURPLE),
        Spacer(1, 6),
        _box([p("Taxi marshals at Castle Street", PF_BOXH),
              p("Shropshire Council's licensing team and the Partnership pay for two marshals at the "
                "Castle Street taxi rank from 11pm to 3am on Fridays and Saturdays. Since the marshals "
                "started in April 2024, reported disorder at the rank has fallen from 38 incidents a "
                "year to 9, and in the Partnership's own survey 94% of people in the queue said they "
                "felt safe.")], full, fill, PF_PURPLE),
        Spacer(1, 6),
        _box([p("Vulnerability training for door and bar staff", PF_BOXH),
              p("West Mercia Police's licensing team has trained 286 door and bar staff from 41 venues, "
                "through Shrewsbury Pubwatch, in spotting vulnerability, refusing service safely and "
                "getting help. Venues recorded 163 interventions in 2024/25, up from 52 the year "
                "before, and no venue in the scheme has faced a licence review.")], full, fill, PF_PURPLE),
        p("Recommendations", PF_H),
        p("<b>R1</b>&nbsp;&nbsp;&nbsp;&nbsp;Improve lighting on the Frankwell footbridge and the riverside "
          "path to the car park.", PF_REC),
        p("<b>R2</b>&nbsp;&nbsp;&nbsp;&nbsp;Work with bus operators on a late-night service on Friday and "
          "Saturday to the larger villages.", PF_REC),
        p("<b>R3</b>&nbsp;&nbsp;&nbsp;&nbsp;Offer the door and bar staff training to the venues that "
          "have opened since the last assessment.", PF_REC),
        p("About Purple Flag", PF_H),
        p("Purple Flag is the accreditation for town and city centres that are safe, vibrant and well "
          "managed in the evening and at night. It is run by the Association of Town &amp; City "
          "Management (ATCM). Assessors visit in the evening and late at night and score the centre "
          "against five themes; the findings in this report are theirs.", PF_SMALL),
        p("Association of Town &amp; City Management, Purple Flag team, London SE1 9PG. "
          "purpleflag@atcm.org. Report ref PF-2025-114, issued 4 July 2025.", PF_SMALL),
    ]
    return story


def purple_flag_shrewsbury(out: Path) -> None:
    """A night-time economy accreditation assessment report (two pages): small logo header with the
    report and town, footer with the report reference and 'Page n of m'; title, a labelled cover
    table (applicant, partners, area, visit date and hours, assessors, outcome), summary (not work),
    a scores-by-theme table with prose comment cells, three commendation boxes, each one piece of
    partnership work with results (volunteers with the force's neighbourhood team; the council's
    licensing team with the partnership, no force; the force's licensing team through Pubwatch),
    numbered recommendations (not work) and small print about the scheme."""
    path = out / "purple-flag-shrewsbury-assessment-report-2025.pdf"
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=46, rightMargin=46, topMargin=56,
                              bottomMargin=44, title="Purple Flag assessment report: Shrewsbury 2025",
                              author="Association of Town & City Management", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(46, 44, A4[0] - 92, A4[1] - 100)],
                                           onPage=_pf_page_factory(total))])
        doc.build(_purple_flag_story())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 3. A university's research impact case study (PDF, REF form)

RF_BODY = ParagraphStyle("rfbody", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6,
                         alignment=4)
RF_CELL = ParagraphStyle("rfcell", parent=RF_BODY, fontSize=10, leading=12.5, spaceAfter=0, alignment=0)
RF_CELLB = ParagraphStyle("rfcellb", parent=RF_CELL, fontName="Times-Bold")
RF_SECT = ParagraphStyle("rfsect", parent=RF_CELL, fontName="Helvetica-Bold", fontSize=10, leading=12.5)
RF_REF = ParagraphStyle("rfref", parent=RF_BODY, fontSize=9.5, leading=12, leftIndent=22, firstLineIndent=-22,
                        alignment=0, spaceAfter=4)


def _rf_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(56, height - 34, "Impact case study (REF3)")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawCentredString(width / 2, 26, f"Page {doc.page}")
    canvas.restoreState()


def _rf_section(text, width):
    bar = Table([[Paragraph(text, RF_SECT)]], colWidths=[width])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9d9d9")),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return bar


def derby_ref_impact_case_study(out: Path) -> None:
    """A university's research impact case study on the REF3 form (two pages): header line with
    the form name, centred page numbers; a labelled cover table (institution, unit of assessment,
    title, periods, staff table), then five grey-barred numbered sections with word guidance:
    summary of the impact (not work), underpinning research (studies, method and findings, not
    initiatives), references with journal volumes, pages and DOIs, details of the impact (two pieces
    of work with results: a force with the county council's trading standards service, a second
    force's contact centre with the university's research team) and a policy citation (not work),
    and numbered sources to corroborate the impact with dates."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "university-of-derby-ref-impact-case-study-doorstep-crime.pdf"),
                          pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=44,
                          title="Impact case study (REF3): doorstep crime against older people",
                          author="University of Derby", invariant=1)
    doc.addPageTemplates([PageTemplate("main", frames=[Frame(56, 44, width - 112, height - 94)],
                                       onPage=_rf_page)])
    full = width - 112 - 12
    p = lambda text, style=RF_BODY: Paragraph(text, style)  # noqa: E731
    cover = _table([["Institution:", "University of Derby"],
                    ["Unit of Assessment:", "20 Social Work and Social Policy"],
                    ["Title of case study:", "Stopping doorstep crime against older people: changing how "
                                             "police and trading standards respond in the Midlands"],
                    ["Period when the underpinning research was undertaken:", "2014 to 2019"],
                    ["Period when the claimed impact occurred:", "2016 to 2020"],
                    ["Is this case study continued from a case study submitted in 2014?", "No"]],
                   [200, full - 200], RF_CELL, None)
    staff = _table([["Name(s):", "Role(s) (e.g. job title):", "Period(s) employed by submitting HEI:"],
                    ["Dr Rachel Amankwah", "Associate Professor of Criminology", "2011 to present"],
                    ["Professor Ian Stocker", "Professor of Social Gerontology", "2008 to present"],
                    ["Dr Megan Vasey", "Research Fellow", "2015 to 2019"]],
                   [full / 3] * 3, RF_CELL, colors.HexColor("#f2f2f2"), head_style=RF_CELLB)
    story = [
        cover,
        Spacer(1, 4),
        p("<b>Details of staff conducting the underpinning research from the submitting unit:</b>", RF_CELL),
        Spacer(1, 3),
        staff,
        Spacer(1, 8),
        _rf_section("1. Summary of the impact (indicative maximum 100 words)", full),
        Spacer(1, 5),
        p("Research at the University of Derby showed that older victims of doorstep crime are often "
          "targeted again within weeks, and that first calls to the police are frequently not "
          "recognised as crime. The findings changed how two police forces and a trading standards "
          "service respond: a joint rapid response in Derbyshire and a new call-handling script in "
          "Staffordshire, which together stopped hundreds of thousands of pounds being paid to rogue "
          "traders. The research was also cited in national guidance."),
        _rf_section("2. Underpinning research (indicative maximum 500 words)", full),
        Spacer(1, 5),
        p("Between 2014 and 2017 Amankwah and Stocker interviewed 64 victims of doorstep crime aged 70 "
          "and over, and their families, across Derbyshire and Staffordshire [R1]. Victims described "
          "being approached by the same traders again, often within a month, and many did not think "
          "of what had happened as a crime until a relative intervened."),
        p("A second study, with Vasey, analysed 1,210 reports of doorstep crime made to the police and "
          "to trading standards between 2015 and 2018 [R2, R3]. It found that 43% of first calls were "
          "logged as civil disputes or concerns for welfare rather than as crime, and that victims "
          "whose first call was logged as crime were far less likely to be targeted again. The "
          "researchers identified five questions that separated doorstep crime from genuine trading "
          "disputes [R3]. A later paper set out a model for joint police and trading standards "
          "attendance [R4]."),
        _rf_section("3. References to the research (indicative maximum of six references)", full),
        Spacer(1, 5),
        p("[R1]&nbsp;&nbsp;Amankwah, R. and Stocker, I. (2016) 'They knew which door to knock: older people's "
          "accounts of doorstep crime', <i>Ageing and Society</i>, 36(9), pp. 1874-1896. "
          "doi:10.1017/S0144686X1500117", RF_REF),
        p("[R2]&nbsp;&nbsp;Vasey, M., Amankwah, R. and Stocker, I. (2018) 'Civil matter or crime? How first "
          "reports of doorstep fraud are recorded', <i>Policing: A Journal of Policy and Practice</i>, "
          "12(3), pp. 311-329.", RF_REF),
        p("[R3]&nbsp;&nbsp;Amankwah, R. and Vasey, M. (2018) <i>Five Questions: recognising doorstep crime "
          "at first contact</i>. Derby: University of Derby. Report, 48 pp.", RF_REF),
        p("[R4]&nbsp;&nbsp;Stocker, I. and Amankwah, R. (2019) 'Knocking together: a model for joint response "
          "to doorstep crime', <i>Journal of Adult Protection</i>, 21(4), pp. 203-215.", RF_REF),
        _rf_section("4. Details of the impact (indicative maximum 750 words)", full),
        Spacer(1, 5),
        p("<b>A joint rapid response in Derbyshire.</b> Using the model in [R4], Derbyshire "
          "Constabulary and Derbyshire County Council's Trading Standards service set up the Doorstep "
          "Crime Rapid Response in October 2017. When a call handler flags a rogue trader at an older "
          "person's home, a police officer and a trading standards officer attend together within two "
          "hours. In its first two years the response attended 418 incidents, stopped &#163;392,000 "
          "being paid to rogue traders and led to 37 prosecutions [S1, S2]. Repeat targeting of the "
          "same victim fell from 31% to 12% [S2]."),
        p("<b>Recognising crime at first contact in Staffordshire.</b> In 2018 Staffordshire Police's "
          "Contact Centre adopted the Five Questions script [R3] for calls about traders at an older "
          "person's door, and the research team trained 240 call handlers and supervisors in using "
          "it. In the following year, calls recorded as doorstep crime rose by 63% while calls logged "
          "as civil disputes fell by half, and the force's economic crime unit was able to link 19 "
          "series of offences to the same groups [S3, S4]."),
        p("<b>National guidance.</b> The Five Questions were cited in the Chartered Trading Standards "
          "Institute's 2019 guidance on doorstep crime [S5] and are quoted in the Home Office's fraud "
          "action plan [S6]."),
        _rf_section("5. Sources to corroborate the impact (indicative maximum of 10 references)", full),
        Spacer(1, 5),
        p("[S1]&nbsp;&nbsp;Letter from the Head of Trading Standards, Derbyshire County Council, 12 March 2020.",
          RF_REF),
        p("[S2]&nbsp;&nbsp;Derbyshire Constabulary, Doorstep Crime Rapid Response: two-year review, "
          "January 2020.", RF_REF),
        p("[S3]&nbsp;&nbsp;Letter from the Head of Contact, Staffordshire Police, 3 February 2020.", RF_REF),
        p("[S4]&nbsp;&nbsp;Staffordshire Police call recording audit, 2018/19 (internal).", RF_REF),
        p("[S5]&nbsp;&nbsp;Chartered Trading Standards Institute (2019) <i>Doorstep crime: guidance for "
          "practitioners</i>, section 3.2.", RF_REF),
        p("[S6]&nbsp;&nbsp;Home Office (2019) fraud action plan, paragraph 4.17.", RF_REF),
    ]
    doc.build(story)


# ------------------ Word helpers

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


def _header_footer(document, header_text: str, footer_text: str, align_header="right") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_header == "right" else WD_ALIGN_PARAGRAPH.LEFT
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, (cell, value) in enumerate(zip(cells, row)):
            values = value if isinstance(value, list) else [value]
            cell.text = ""
            run = cell.paragraphs[0].add_run(values[0])
            for extra in values[1:]:
                cell.add_paragraph(extra)
            if (r == 0 and head_row and not label_col) or (label_col and c == 0):
                run.bold = True
                _shade(cell, header_fill)
    return table


def _callout(document, heading, lines, fill):
    """A shaded one-cell table used as a box."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _shade(cell, fill)
    cell.text = ""
    cell.paragraphs[0].add_run(heading).bold = True
    for line in lines:
        cell.add_paragraph(line)
    return table


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _run_in(document, heading, text):
    """A paragraph that opens with a bold run-in heading."""
    paragraph = document.add_paragraph()
    paragraph.add_run(heading + " ").bold = True
    paragraph.add_run(text)
    return paragraph


def _bold_para(document, text, size=None):
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


# ------------------ 4. A force chaplaincy's annual letter to supporters (Word, letter, run-in headings)

def essex_police_chaplaincy_letter(out: Path) -> None:
    """A force chaplaincy's annual Advent letter to chaplains, churches and supporters (Word, no
    heading styles): header with the chaplaincy, footer with its postal address; a letterhead block,
    date and salutation, a scripture reference, paragraphs with bold run-in headings: the team (numbers
    of chaplains and faiths, routine call-outs, not a scheme), a quiet room by the control room opened
    with the force's wellbeing team (results), bereavement groups run with a local charity (results),
    remembering (memorial day, not work), looking ahead (future), prayer requests, sign-off with a
    mobile number, and a table of dates for the diary."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "Essex Police Chaplaincy",
                   "Essex Police Chaplaincy, Essex Police Headquarters, PO Box 2, Springfield, Chelmsford "
                   "CM2 6DX", align_header="left")
    _bold_para(document, "Essex Police Chaplaincy", size=16)
    document.add_paragraph("Serving officers, staff, volunteers and their families across Essex")
    document.add_paragraph("Advent 2025")
    document.add_paragraph("Dear friends,")
    document.add_paragraph("As another year draws to a close, thank you for your prayers, your gifts and, for "
                           "many of you, your time. Paul tells us to \"rejoice with those who rejoice, and "
                           "weep with those who weep\" (Romans 12:15), and that is as good a description "
                           "of a police chaplain's job as any I know.")
    _run_in(document, "Our team.",
            "We now have 34 volunteer chaplains from 11 faith traditions, and in October the Chief "
            "Constable commissioned three new chaplains at Braintree, Harlow and Southend. Chaplains "
            "continue to visit stations every week and to be on call for officers and staff after "
            "difficult incidents, as they have done for more than 25 years.")
    _run_in(document, "A quiet room by the control room.",
            "Call handlers told us that the hardest calls often come in the late afternoon and evening, "
            "and that there was nowhere to go afterwards. In February, with the force's Wellbeing Team, "
            "we opened a quiet room next to the Force Control Room at headquarters, with a chaplain on "
            "hand every weekday from 2pm to 10pm. Over the year chaplains had 1,340 conversations there, "
            "and in the Wellbeing Team's survey 64% of control room staff said the room had helped them "
            "carry on after a difficult call. Eleven people were referred on for counselling.")
    _run_in(document, "Still Here.",
            "With Stillwater Bereavement Care, a Colchester charity, chaplains ran Still Here, six-week "
            "bereavement groups for officers, staff and their families who have lost someone close. "
            "Three groups met this year, in Colchester, Basildon and Chelmsford; 38 people took part "
            "and 36 completed the course. One member wrote afterwards: \"For the first time since my "
            "husband died I felt the force had noticed.\"")
    _run_in(document, "Remembering.",
            "On National Police Memorial Day, 28 September, we remembered the 79 Essex officers who have "
            "died on duty since the force was formed, and we prayed with families at the force memorial "
            "at headquarters.")
    _run_in(document, "Looking ahead.",
            "In the new year we hope to train chaplains to visit the custody suites, if the force agrees, "
            "and we would love to hear from churches in Tendring and Uttlesford who could offer a "
            "chaplain.")
    _run_in(document, "Please pray",
            "for those who answer our 999 calls, for families waiting for news, and for our new chaplains "
            "as they find their feet.")
    document.add_paragraph("With every blessing for Christmas and the new year,")
    document.add_paragraph("Revd Canon Sarah Oyelaran")
    document.add_paragraph("Force Lead Chaplain, Essex Police (mobile 07700 900482)")
    _bold_para(document, "Dates for your diary")
    table = _grid(document, [["Date", "Event", "Where"],
                             ["Sunday 14 December 2025, 6.30pm", "Blue Light Carol Service", "Chelmsford Cathedral"],
                             ["Saturday 7 March 2026", "Chaplains' quiet day", "Pleshey Retreat House"],
                             ["Thursday 18 June 2026", "Commissioning of new chaplains", "Force Headquarters"]],
                  header_fill="DEEAF6")
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(10)
    document.add_paragraph("Gifts to the chaplaincy fund can be made through the Essex Police Chaplaincy "
                           "Trust, registered charity 1098243.")
    _save_docx(document, out / "essex-police-chaplaincy-advent-letter-2025.docx",
               "Essex Police Chaplaincy: Advent letter 2025", "Essex Police Chaplaincy")


# ------------------ 5. A street pastors group's volunteer handbook extract (Word, numbered headings, boxes)

def kennet_street_pastors_handbook(out: Path) -> None:
    """A street pastors group's volunteer handbook, sections 1 to 7 (Word, heading styles with
    numbered heading text): header with the group and handbook, footer with the edition and a
    volunteers-only line; title, edition line, welcome (not work), who we are (charity number, founding
    year, patrol hours: routine), on patrol (numbered steps and a shaded 'Remember' box), working with
    partners (the radio link and CCTV room: routine; one piece of work with results: a vulnerability hub
    piloted with the force's town centre team and the borough council), safeguarding and reporting
    (phone numbers, a labelled contacts table), kit list (bullets with quantities) and training (hours,
    DBS renewal period)."""
    import docx

    document = docx.Document()
    _header_footer(document, "Kennet Street Pastors | Volunteer Handbook",
                   "Edition 6, March 2025. For volunteers only")
    document.add_heading("Volunteer Handbook", level=0)
    document.add_paragraph("Kennet Street Pastors, Reading. Edition 6, March 2025 (sections 1 to 7)")
    document.add_heading("1. Welcome", level=1)
    document.add_paragraph("Thank you for joining us. This handbook tells you what to expect on a patrol, "
                           "who we work with and what to do if you are worried about someone. Keep it "
                           "with you for your first few months and ask your team leader about anything "
                           "that is not clear.")
    document.add_heading("2. Who we are", level=1)
    document.add_paragraph("Kennet Street Pastors was set up by churches in Reading in 2009 and is a "
                           "registered charity (number 1131284). Teams of four, always at least one man and "
                           "one woman, patrol the town centre every Friday and Saturday from 10pm to 4am. We "
                           "are there to care, listen and help, not to preach.")
    document.add_heading("3. On patrol", level=1)
    _bullets(document, ["Meet at the base at 9.30pm for briefing and prayer.",
                        "Sign out a radio and check in with the CCTV control room.",
                        "Patrol the agreed route in pairs, keeping the other pair in sight.",
                        "Record every contact on the tally sheet before you leave.",
                        "Debrief at the base at 4am; nobody goes home alone."], style="List Number")
    _callout(document, "Remember",
             ["You are not a security guard or a police officer. Never put yourself between people who "
              "are fighting. If in doubt, step back and call for help."], "FFF2CC")
    document.add_heading("4. Working with partners", level=1)
    document.add_heading("4.1 The police and the CCTV control room", level=2)
    document.add_paragraph("Every team carries a Reading Town Centre radio linked to the council's CCTV "
                           "control room and to the police. Use it to ask for help or to report "
                           "something the cameras should watch. Call 999 in an emergency.")
    document.add_heading("4.2 The Vulnerability Hub", level=2)
    document.add_paragraph("In summer 2024 we piloted the Vulnerability Hub with Thames Valley Police's "
                           "Reading town centre neighbourhood team and Reading Borough Council: a heated "
                           "gazebo on Friar Street, staffed by two street pastors, a PCSO and a council "
                           "night-time economy officer from 11pm to 3am on Saturdays. Over 12 weekends the "
                           "hub helped 233 people, 46 of them women on their own; only 5 needed an "
                           "ambulance, and the police estimate it saved 60 hours of officer time. The hub "
                           "now opens every Saturday, and you may be asked to staff it.")
    document.add_heading("5. Safeguarding and reporting", level=1)
    document.add_paragraph("If you think someone is at risk of harm, tell your team leader straight away. "
                           "If a child or young person under 18 is on their own in the town centre after "
                           "midnight, call the police.")
    _grid(document, [["Emergency", "999"],
                     ["Police non-emergency", "101"],
                     ["Kennet Street Pastors Safeguarding Lead", "0118 496 0733"],
                     ["Co-ordinator (rota and kit)", "0118 496 0519"]], header_fill="E2EFDA", label_col=True)
    document.add_heading("6. Kit list", level=1)
    _bullets(document, ["Uniform jacket and cap (issued; return them if you leave)",
                        "Flip-flops: the bag holds 20 pairs",
                        "Foil blankets, water and lollipops",
                        "First aid pouch and gloves",
                        "Tally sheet and pen"])
    document.add_heading("7. Training", level=1)
    document.add_paragraph("Every new volunteer completes 20 hours of training before their first patrol, "
                           "including first aid, safeguarding and drugs awareness, and goes out as a "
                           "fifth team member on three patrols. Your enhanced DBS check is renewed every "
                           "three years.")
    _save_docx(document, out / "kennet-street-pastors-volunteer-handbook-2025-extract.docx",
               "Kennet Street Pastors Volunteer Handbook (extract)", "Kennet Street Pastors")


# ------------------ 6. A force's community impact statement (Word, form with labelled fields)

def devon_cornwall_community_impact_statement(out: Path) -> None:
    """A force's community impact statement for the courts (Word form, no heading styles: bold
    numbered section labels): header with the protective marking, footer with form version and CIS
    reference; form title, a labelled details table (area, offence type, period, author with collar
    number, date, crime references), numbered sections: purpose (not work), the community (population,
    context), how the community has been affected (residents' and traders' words, a business survey:
    findings), what the police and partners have done (one operation with results: the force's
    neighbourhood team with the council's community safety team), the community's views, and a
    labelled declaration and supervisor table."""
    import docx

    document = docx.Document()
    _header_footer(document, "OFFICIAL", "Community Impact Statement form CIS1 v3 | CIS/2025/DC/0147")
    _bold_para(document, "COMMUNITY IMPACT STATEMENT", size=15)
    document.add_paragraph("Devon and Cornwall Police. To be read with the case papers. This statement may be "
                           "put before the court after conviction and before sentence.")
    _grid(document, [["Community or area affected", "Castle Circus and Union Street, Torquay town centre"],
                     ["Type of offending", "Class A drug supply and associated anti-social behaviour"],
                     ["Period covered", "1 October 2024 to 30 September 2025"],
                     ["Prepared by", "PC 4471 Daniel Penrose, Torquay Neighbourhood Team"],
                     ["Date", "3 November 2025"],
                     ["Crime references", "DC-55250187634; DC-55250201199"]],
          header_fill="D9E2F3", label_col=True)
    _bold_para(document, "1. Purpose of this statement")
    document.add_paragraph("This statement describes the effect that the offending set out above has had on "
                           "the people who live and work in the area. It was prepared by the police with "
                           "residents, businesses and partner agencies. It does not relate to any one "
                           "defendant.")
    _bold_para(document, "2. The community")
    document.add_paragraph("About 6,200 people live in the streets around Castle Circus, many of them in "
                           "flats above shops. The area includes the town hall, a primary school, two GP "
                           "surgeries and the main shopping street.")
    _bold_para(document, "3. How the community has been affected")
    document.add_paragraph("Residents describe dealing in doorways and stairwells in daylight, needles left "
                           "in the churchyard, and shouting and fighting late at night. A mother of two "
                           "told officers: \"I walk my kids the long way round to school so they don't "
                           "see it.\" Of 48 businesses the team spoke to in spring 2025, 35 said they had "
                           "seen drug dealing outside their premises and 19 said customers had told them "
                           "they no longer shop in the area.")
    _bold_para(document, "4. What the police and partners have done")
    document.add_paragraph("Devon and Cornwall Police's Torquay Neighbourhood Team and Torbay Council's "
                           "community safety team ran Operation Harbourlight from March 2025. Officers "
                           "carried out 14 drug warrants and arrested 31 people, two flats used for "
                           "dealing were shut under closure orders, the council installed four new CCTV "
                           "cameras and cleared the churchyard, and outreach workers offered treatment to "
                           "people found using drugs. Reports of drug-related anti-social behaviour in the "
                           "area fell by 36% between the first and second halves of the period.")
    _bold_para(document, "5. The community's views")
    document.add_paragraph("People say they are pleased to see officers on foot, but many still feel unsafe "
                           "after dark and worry that dealing will return when the operation ends. Traders "
                           "want to see the people who cause the most harm kept away from the town centre.")
    _bold_para(document, "6. Declaration")
    _grid(document, [["Signature", "D. Penrose"],
                     ["Name and rank", "Daniel Penrose, Police Constable 4471"],
                     ["Supervisor", "Sergeant 2650 Lowenna Tremayne"],
                     ["Date", "3 November 2025"]], header_fill="D9E2F3", label_col=True)
    _save_docx(document, out / "devon-cornwall-police-community-impact-statement-torquay-drugs.docx",
               "Community Impact Statement: Castle Circus, Torquay", "Devon and Cornwall Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nottinghamshire_fire_statement_of_assurance(out)
    purple_flag_shrewsbury(out)
    derby_ref_impact_case_study(out)
    essex_police_chaplaincy_letter(out)
    kennet_street_pastors_handbook(out)
    devon_cornwall_community_impact_statement(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
