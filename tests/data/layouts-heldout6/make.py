"""Write the binary documents of the sixth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout6/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter, the readers or the grader, and are not to be tuned
against. The writers here are self-contained (reportlab and python-docx called directly): a force's
"Our year" annual review magazine in two columns with side boxes and a month-by-month timeline, a
community safety partnership's anti-social behaviour case review annual data report (no
initiatives), a tri-fold public leaflet about one scheme, a force's response to a national
consultation, a restorative justice service's impact report with a projects table, and a special
constabulary newsletter with a "Round the regions" column of other forces' work. The HTML, Markdown
and plain-text documents beside this script are written by hand; manifest.json lists every
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
from reportlab.lib.pagesizes import A4, landscape
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


def _box(flowables, width, fill, edge, pad=8):
    box = Table([[flowables]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.8, edge),
                             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


# ------------------------------ 1. A force's "Our year" annual review magazine, two columns (PDF)

HB_NAVY = colors.HexColor("#12284c")
HB_GOLD = colors.HexColor("#c8a24a")
HB_BODY = ParagraphStyle("hbbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
HB_STAND = ParagraphStyle("hbstand", parent=HB_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                          textColor=HB_NAVY)
HB_KICKER = ParagraphStyle("hbkick", parent=HB_BODY, fontName="Helvetica-Bold", fontSize=8, leading=10,
                           textColor=HB_GOLD, spaceAfter=2)
HB_H1 = ParagraphStyle("hbh1", parent=HB_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                       textColor=HB_NAVY, spaceAfter=6)
HB_H2 = ParagraphStyle("hbh2", parent=HB_BODY, fontName="Helvetica-Bold", fontSize=15, leading=18,
                       textColor=HB_NAVY, spaceBefore=4, spaceAfter=5)
HB_QUOTE = ParagraphStyle("hbquote", parent=HB_BODY, fontName="Helvetica-Oblique", fontSize=12, leading=16,
                          textColor=HB_NAVY, leftIndent=6, spaceBefore=4, spaceAfter=8)
HB_BOXH = ParagraphStyle("hbboxh", parent=HB_BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         textColor=colors.white, spaceAfter=4)
HB_BOX = ParagraphStyle("hbbox", parent=HB_BODY, fontSize=8.8, leading=11.6, textColor=colors.white,
                        spaceAfter=4)
HB_TL = ParagraphStyle("hbtl", parent=HB_BODY, fontSize=8.8, leading=11.6, spaceAfter=5)


def _hb_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(HB_NAVY)
    canvas.rect(0, height - 24, width, 24, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(36, height - 16, "OUR YEAR 2024/25")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 36, height - 16, "Humberside Police Annual Review")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(36, 20, "humberside.police.uk  |  Call 101 or 999 in an emergency")
    canvas.drawRightString(width - 36, 20, f"{doc.page + 1}")
    canvas.restoreState()


def humberside_our_year(out: Path) -> None:
    """An annual review magazine: masthead, welcome from the Chief Constable (the force as 'we'),
    features with standfirsts and pull quotes (one running on to the next page), a figures box, a
    month-by-month timeline in which one entry is a piece of work by two forces and the rest are
    news (appointments, awards, a building opening), a volunteers box and a contact page."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "humberside-police-our-year-2024-25-annual-review.pdf"),
                          pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=36,
                          title="Our Year 2024/25: Humberside Police Annual Review",
                          author="Humberside Police", invariant=1)
    inner = width - 72
    gap = 18
    col_w = (inner - gap) / 2
    col_h = height - 40 - 36
    two = [Frame(36, 34, col_w, col_h, id="l"), Frame(36 + col_w + gap, 34, col_w, col_h, id="r")]
    doc.addPageTemplates([PageTemplate("two", frames=two, onPage=_hb_page)])
    p = lambda text, style=HB_BODY: Paragraph(text, style)  # noqa: E731

    figures = _box([
        p("The year in numbers", HB_BOXH),
        p("999 calls answered: 214,300 (91% within 10 seconds)", HB_BOX),
        p("101 and online contacts: 402,118", HB_BOX),
        p("New police officers and PCSOs who joined us: 318", HB_BOX),
        p("Volunteers, including 164 special constables: 402", HB_BOX),
        p("Figures for 1 April 2024 to 31 March 2025.", HB_BOX)],
        col_w, HB_NAVY, HB_NAVY)

    timeline_rows = [
        ("APR", "Chief Superintendent Nadia Okafor takes command of the Hull division."),
        ("MAY", "Our Marine Unit's new boat, the <i>Humber Guardian</i>, is named at Hessle."),
        ("JUL", "Force Control Room call handler Liam Stead wins the Humber Star award for bravery."),
        ("SEP", "Our Rural Crime Team and North Yorkshire Police run Operation Ridgeway on the "
                      "roads across the Wolds, stopping vehicles linked to hare coursing and farm theft "
                      "on both sides of the force border. Over six nights officers from the two forces "
                      "seized 19 vehicles and made 11 arrests, and hare coursing reports to both forces "
                      "fell by a third in the following month."),
        ("NOV", "The new Grimsby custody suite opens on Cromwell Road (DN31 2BB)."),
        ("JAN", "300 people attend our first recruitment open evening at Melton."),
    ]
    timeline = Table([[p(f"<b>{m}</b>", HB_TL), p(t, HB_TL)] for m, t in timeline_rows],
                     colWidths=[40, col_w - 40])
    timeline.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LINEBELOW", (0, 0), (-1, -2), 0.4, HB_GOLD),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2)]))

    volunteers = _box([
        p("Thank you to our volunteers", HB_BOXH),
        p("Our special constables gave 61,200 hours this year, and our police support volunteers helped "
          "at front counters, in the museum and at events. Thinking of volunteering? Visit "
          "humberside.police.uk/volunteer.", HB_BOX)],
        col_w, HB_GOLD, HB_GOLD)

    story = [
        p("OUR YEAR", HB_KICKER),
        p("Our Year 2024/25", HB_H1),
        p("Stories from across Hull, the East Riding, North Lincolnshire and North East Lincolnshire.",
          HB_STAND),
        p("Welcome", HB_H2),
        p("This has been a year of real progress for Humberside Police. We answered more 999 calls more "
          "quickly than ever before, we kept our neighbourhood teams at full strength, and we were "
          "graded outstanding at preventing crime by the inspectorate for the second time."),
        p("None of this happens without the people of our four local authority areas, who report what "
          "they see, join us as volunteers and hold us to account. This review tells some of the stories "
          "behind the numbers. I hope you enjoy reading it. <b>Chief Constable Paul Whitlock</b>"),
        figures,
        Spacer(1, 10),
        p("NEIGHBOURHOODS", HB_KICKER),
        p("A brighter night out", HB_H2),
        p("Late-night trouble in Hull's Fruit Market fell after traders, the council and our officers "
          "changed the way the area works after dark.", HB_STAND),
        p("For years the streets around Humber Street were busy in the evening and tense after midnight. "
          "In June 2024 our Hull Central neighbourhood team set up the Fruit Market Nights partnership "
          "with Hull City Council and the Humber Street traders' association."),
        p("The council fitted brighter street lighting and a taxi marshal point on Humber Dock Street, "
          "door staff from eleven venues joined a shared radio link, and two of our officers and a "
          "council warden patrolled together on Friday and Saturday nights from 10pm to 3am."),
        p("\u201cWe can now see trouble starting and step in early,\u201d said PC Rachel Doyle.", HB_QUOTE),
        p("Between July and December, violent crime in the Fruit Market fell by 28% compared with the "
          "same months of 2023, and no venue had its licence reviewed."),
        FrameBreak(),
        p("MONTH BY MONTH", HB_KICKER),
        p("Our year at a glance", HB_H2),
        timeline,
        Spacer(1, 10),
        p("YOUNG PEOPLE", HB_KICKER),
        p("Off the road and into the workshop", HB_H2),
        p("Young riders who were tearing up parks in Scunthorpe are now learning to fix bikes instead.",
          HB_STAND),
        p("Off-road bikes ridden on footpaths and playing fields were the issue residents raised most "
          "often with our North Lincolnshire teams in 2023. Seizing bikes on its own was not stopping it: "
          "the same young people were back on another bike within weeks."),
        p("So in May 2024 the North Lincolnshire Safer Neighbourhood Team and Trackside Motor Project, a "
          "community interest company in Scunthorpe, opened Throttle Back, a Saturday workshop at the "
          "Trackside unit on Dawes Lane. Young people referred by our officers, schools and the youth "
          "offending service spend ten weeks learning to maintain bikes and ride safely on a private "
          "track, and officers ride alongside them."),
        p("Each Saturday starts with a safety check of the bikes and ends with an hour on the track. "
          "Riders who finish the ten weeks receive a certificate from the Chief Constable, and their "
          "parents are invited to the last session to see what they have learned. Riders whose bikes "
          "were seized can earn a place on the track instead of paying to get the bike back."),
        p("The idea came from the riders themselves. \u201cThey told us they had nowhere legal to ride,\u201d "
          "said Sergeant Dean Harris. \u201cSo we found somewhere.\u201d", HB_QUOTE),
        p("Forty-two young people have completed the course so far. Of those who had a bike seized "
          "before they joined, only four have come to our notice for off-road riding since, and calls "
          "about off-road bikes in Scunthorpe fell from 1,140 in 2023 to 690 in 2024. North "
          "Lincolnshire Council has agreed to fund two more courses in 2025, and three of the first "
          "group now help run the sessions as volunteer mentors."),
        Spacer(1, 8),
        p("SAFEGUARDING", HB_KICKER),
        p("A text that keeps the door open", HB_H2),
        p("Victims of domestic abuse in the East Riding can now stay in touch with their officer on "
          "their own terms.", HB_STAND),
        p("Many victims who call us in a crisis stop answering the phone once the immediate danger has "
          "passed, and some cases are closed because we cannot reach them. Since October 2024 our East "
          "Riding domestic abuse investigators and Beverley Women's Hub have offered every victim the "
          "choice of a Keep in Touch text service: a safe word agreed with the victim, and a text "
          "message at a time they choose instead of a phone call."),
        p("Victims who chose the service were twice as likely to support a prosecution (44% against "
          "22%), and the hub's advocates made contact with 318 victims in the first six months."),
        volunteers,
        Spacer(1, 8),
        p("Contact us", HB_H2),
        p("Non-emergency: 101. Emergency: 999. Textphone: 18001 101. Police Headquarters, Priory Road, "
          "Hull HU5 5SF. This review is available in large print on request."),
    ]
    doc.build(story)


# --------------- 2. Community safety partnership ASB case review annual data report, no initiatives (PDF)

WK_GREEN = colors.HexColor("#2e6b30")
WK_BODY = ParagraphStyle("wkbody", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
WK_H1 = ParagraphStyle("wkh1", parent=WK_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                       textColor=WK_GREEN, spaceAfter=10)
WK_H2 = ParagraphStyle("wkh2", parent=WK_BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                       textColor=WK_GREEN, spaceBefore=6, spaceAfter=5)
WK_CELL = ParagraphStyle("wkcell", parent=WK_BODY, fontSize=9.5, leading=12, spaceAfter=0)


def _wk_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica", 8.5)
    canvas.setFillColor(WK_GREEN)
    canvas.drawString(60, height - 34, "Wakefield District Community Safety Partnership")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawRightString(width - 60, height - 34, "OFFICIAL")
    canvas.setStrokeColor(WK_GREEN)
    canvas.line(60, height - 40, width - 60, height - 40)
    canvas.drawString(60, 30, "Anti-social Behaviour Case Review: annual data 2024/25")
    canvas.drawRightString(width - 60, 30, f"Page {doc.page} of 2")
    canvas.restoreState()


def wakefield_asb_case_review(out: Path) -> None:
    """The statutory yearly publication of anti-social behaviour case review ('community trigger')
    data: what the review is, the threshold, a data table, anonymised review outcomes, lessons and
    what the partnership will change next year, how to apply. No initiatives."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "wakefield-csp-asb-case-review-annual-data-2024-25.pdf"),
                          pagesize=A4, leftMargin=60, rightMargin=60, topMargin=58, bottomMargin=50,
                          title="Anti-social Behaviour Case Review: annual data 2024/25",
                          author="Wakefield District Community Safety Partnership", invariant=1)
    inner = width - 120
    doc.addPageTemplates([PageTemplate("p", frames=[Frame(60, 46, inner, height - 46 - 52, id="b")],
                                       onPage=_wk_page)])
    p = lambda text, style=WK_BODY: Paragraph(text, style)  # noqa: E731

    data = Table([[p(c, WK_CELL) for c in row] for row in [
        ("<b>Measure</b>", "<b>2023/24</b>", "<b>2024/25</b>"),
        ("Applications for an ASB case review received", "31", "38"),
        ("Applications that met the threshold", "17", "22"),
        ("Applications that did not meet the threshold", "14", "16"),
        ("Case reviews carried out", "17", "22"),
        ("Case reviews that led to recommendations", "12", "18"),
        ("Requests for the outcome to be reviewed", "2", "3"),
    ]], colWidths=[inner * 0.62, inner * 0.19, inner * 0.19])
    data.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb89c")),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3efe3"))]))

    bodies = Table([[p(c, WK_CELL) for c in row] for row in [
        ("<b>Agency that received the application</b>", "<b>Number</b>"),
        ("Wakefield Council (online form)", "24"),
        ("West Yorkshire Police", "9"),
        ("Wakefield District Housing", "5"),
    ]], colWidths=[inner * 0.75, inner * 0.25])
    bodies.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb89c")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3efe3"))]))

    story = [
        p("Anti-social Behaviour Case Review: annual data 2024/25", WK_H1),
        p("1. Introduction", WK_H2),
        p("Under section 104 of the Anti-social Behaviour, Crime and Policing Act 2014, the relevant "
          "bodies in each area must publish, every year, the number of applications for an anti-social "
          "behaviour (ASB) case review, the number that met the threshold, and the number that led to "
          "recommendations. This document is that publication for the Wakefield district for the year "
          "1 April 2024 to 31 March 2025."),
        p("2. What is an ASB case review?", WK_H2),
        p("An ASB case review (sometimes called the community trigger) gives victims of persistent "
          "anti-social behaviour the right to ask the agencies involved to review how they have "
          "responded. In the Wakefield district the relevant bodies are Wakefield Council, West "
          "Yorkshire Police, the NHS West Yorkshire Integrated Care Board and the registered housing "
          "providers operating in the district."),
        p("The threshold in Wakefield is three complaints about separate incidents in the previous six "
          "months, reported within one month of each incident. Anyone can apply on behalf of a victim, "
          "with their consent."),
        p("3. The figures", WK_H2),
        data,
        p("Table 1: ASB case review applications, Wakefield district", WK_CELL),
        Spacer(1, 8),
        bodies,
        p("Table 2: 2024/25 applications by the agency that received them", WK_CELL),
        Spacer(1, 8),
        p("4. What the reviews found", WK_H2),
        p("Most applications concerned noise and harassment between neighbours (15), followed by "
          "groups of young people gathering (9) and drug-related activity at an address (6). In 18 of "
          "the 22 reviews the panel recommended further action. Typical recommendations were:"),
        p("\u2022 that the housing provider and the police agree a single lead officer for the victim "
          "and one point of contact;"),
        p("\u2022 that a case be taken to the multi-agency risk management meeting because of the "
          "victim's vulnerability;"),
        p("\u2022 that the council's noise team install recording equipment at the victim's home; and"),
        p("\u2022 that agencies consider a closure order on a premises where drug dealing was reported."),
        p("In four reviews the panel found that the agencies had already done what could reasonably be "
          "expected, and explained this to the applicant in writing."),
        p("5. What we have learned", WK_H2),
        p("The reviews showed that victims are most frustrated when they have to repeat their story to "
          "each agency, and when nobody tells them what is happening. Seven applicants said they did "
          "not know who was dealing with their case."),
        p("6. What will change in 2025/26", WK_H2),
        p("The Partnership Board agreed on 14 May 2025 that from September 2025 every applicant will be "
          "given a named case lead within five working days, and that the review panel will be chaired "
          "by someone independent of the agency most involved. We will report on both in next year's "
          "publication."),
        p("7. How to apply for an ASB case review", WK_H2),
        p("Online: wakefield.gov.uk/asbcasereview. Phone: 0345 850 6506 (Monday to Friday, 8.30am to "
          "5pm). By post: Community Safety Team, Wakefield One, Burton Street, Wakefield WF1 2EB. You "
          "can also ask any officer of West Yorkshire Police or your housing officer to make the "
          "application for you. If you are in danger, call 999."),
    ]
    doc.build(story)


# ------------------------------------- 3. A tri-fold public leaflet about one scheme (PDF, landscape)

NP_BLUE = colors.HexColor("#003c71")
NP_BODY = ParagraphStyle("npbody", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
NP_H = ParagraphStyle("nph", parent=NP_BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                      textColor=NP_BLUE, spaceBefore=2, spaceAfter=5)
NP_COVER = ParagraphStyle("npcover", parent=NP_BODY, fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=NP_BLUE, spaceAfter=10)
NP_SMALL = ParagraphStyle("npsmall", parent=NP_BODY, fontSize=7.5, leading=9.5, spaceAfter=3)
NP_BIG = ParagraphStyle("npbig", parent=NP_BODY, fontName="Helvetica-Bold", fontSize=16, leading=20,
                        textColor=NP_BLUE, spaceAfter=6)


def _np_page(canvas, doc):
    canvas.saveState()
    width, height = landscape(A4)
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.setDash(2, 3)
    canvas.line(width / 3, 10, width / 3, height - 10)
    canvas.line(2 * width / 3, 10, 2 * width / 3, height - 10)
    canvas.setDash()
    canvas.setFillColor(NP_BLUE)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(24, 14, "NP/CP/0425")
    canvas.drawRightString(width - 24, 14, "Northumbria Police  |  Printed April 2025")
    canvas.restoreState()


def northumbria_leaflet(out: Path) -> None:
    """A tri-fold leaflet for the public (A4 landscape, two sides, three panels each): outside is the
    inside flap, the back panel (contact, emergency numbers, print code) and the cover; inside are
    three panels on who can have a check, what happens and what people said. One initiative."""
    width, height = landscape(A4)
    doc = BaseDocTemplate(str(out / "northumbria-police-safer-homes-check-leaflet.pdf"),
                          pagesize=landscape(A4), leftMargin=24, rightMargin=24, topMargin=24,
                          bottomMargin=28, title="Safer Homes Check: free home security visits",
                          author="Northumbria Police", invariant=1)
    panel = width / 3
    frames = [Frame(i * panel + 20, 28, panel - 40, height - 56, id=f"p{i}") for i in range(3)]
    doc.addPageTemplates([PageTemplate("side", frames=frames, onPage=_np_page)])
    p = lambda text, style=NP_BODY: Paragraph(text, style)  # noqa: E731

    story = [
        # outside, panel 1: the inside flap
        p("Did you know?", NP_H),
        p("Most burglars try the back door first. Nearly a third of the burglaries we investigate "
          "happen where a door or window was left unlocked or could be opened easily."),
        p("Simple things make a big difference: a good lock, a light that comes on when someone "
          "approaches, and a neighbour who knows when you are away."),
        p("Bogus callers", NP_H),
        p("Genuine callers will always show identification and will be happy to wait while you check "
          "it. If in doubt, keep them out, and call us."),
        FrameBreak(),
        # outside, panel 2: back panel
        p("Book your free check", NP_H),
        p("Call the Safer Homes line on <b>0191 603 2270</b><br/>Monday to Friday, 9am to 4pm"),
        p("or email saferhomes@northumbria.police.uk"),
        p("Or ask at your local Age Well Tyne centre."),
        Spacer(1, 10),
        p("In an emergency always call 999.<br/>To report a crime call 101 or visit "
          "northumbria.police.uk", NP_BODY),
        Spacer(1, 10),
        p("Northumbria Police, Middle Engine Lane, Wallsend, NE28 9NT", NP_SMALL),
        p("This leaflet is available in large print, Braille, and other languages on request.",
          NP_SMALL),
        FrameBreak(),
        # outside, panel 3: cover
        Spacer(1, 40),
        p("Safer Homes Check", NP_COVER),
        p("A free home security visit for older and vulnerable people in Northumberland and Tyne and Wear",
          NP_H),
        Spacer(1, 30),
        p("Northumbria Police  \u2022  Age Well Tyne  \u2022  Tyne and Wear Fire and Rescue Service",
          NP_SMALL),
        FrameBreak(),
        # inside, panel 1
        p("What is a Safer Homes Check?", NP_H),
        p("A Safer Homes Check is a free visit to your home by a trained Northumbria Police crime "
          "prevention volunteer and a home safety adviser from Age Well Tyne. They look at your doors, "
          "windows, lighting and garden, and talk to you about bogus callers and scams."),
        p("If you need them, they fit door chains, window locks, a spy hole and a timer switch there "
          "and then, free of charge. Tyne and Wear Fire and Rescue Service checks your smoke alarms "
          "on the same visit."),
        FrameBreak(),
        # inside, panel 2
        p("Who can have one?", NP_H),
        p("\u2022 anyone aged 65 or over<br/>\u2022 anyone who has been burgled or targeted by a bogus "
          "caller in the last 12 months<br/>\u2022 disabled people living alone<br/>\u2022 victims of "
          "domestic abuse, referred by a support service"),
        p("The scheme has run across the force area since 2022, paid for by the Northumbria Police "
          "and Crime Commissioner."),
        p("What happens next?", NP_H),
        p("We will phone you to arrange a time, usually within two weeks. Our volunteers will always "
          "carry an ID card and will tell you their name when they book the visit."),
        FrameBreak(),
        # inside, panel 3
        p("Does it work?", NP_H),
        p("1,960", NP_BIG),
        p("homes checked since the scheme started"),
        p("9 out of 10", NP_BIG),
        p("people visited said they felt safer at home afterwards"),
        p("Of the homes we visited after a burglary, fewer than 1 in 50 were burgled again within a "
          "year."),
        p("\u201cThey fitted new locks on the back door the same afternoon. I sleep better now.\u201d "
          "Margaret, 81, Blyth"),
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


def _grid(document, rows, header_fill="D9D9D9", widths=None):
    from docx.shared import Cm

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
            if r == 0:
                run.bold = True
                _shade(cell, header_fill)
            if widths:
                cell.width = Cm(widths[c])
    return table


def _bold_para(document, text: str, size: float | None = None):
    from docx.shared import Pt

    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return para


# ------------------------ 4. A force's response to a national consultation, question by question (Word)

def merseyside_consultation_response(out: Path) -> None:
    """A force's response to a College of Policing consultation, laid out as the consultation's own
    response form: respondent details table, then each question in bold with the tick-box answer and
    a comment. Most comments are the force's views (not initiatives); three give evidence of work:
    two by the force ('we'), one by a neighbouring force named by its abbreviation."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "OFFICIAL",
                   "Merseyside Police response to CoP consultation NP-2025-03")
    title = document.add_paragraph()
    run = title.add_run("Neighbourhood policing guideline: 2025 review")
    run.bold = True
    run.font.size = Pt(18)
    document.add_paragraph("Consultation response form")
    document.add_paragraph("Consultation reference: NP-2025-03. Closing date: 23:59 on 30 May 2025. "
                           "Return completed forms to consultations@college.police.uk.")

    document.add_heading("Section A: About you", level=1)
    _grid(document, [
        ("Question", "Response"),
        ("Name", "Assistant Chief Constable Joanne Maddox"),
        ("Role", "Lead for Local Policing"),
        ("Organisation", "Merseyside Police"),
        ("Are you responding on behalf of an organisation?", "Yes"),
        ("Email", "localpolicing.strategy@merseyside.police.uk"),
        ("Telephone", "0151 777 4310"),
        ("May we publish your response?", "Yes, with my name removed"),
    ], widths=[7, 9])
    document.add_paragraph()

    document.add_heading("Section B: The guideline", level=1)

    def question(number: str, text: str, answer: str | None, comments: list[str]) -> None:
        _bold_para(document, f"Question {number}: {text}")
        if answer is not None:
            document.add_paragraph(f"Your answer: {answer}")
        document.add_paragraph("Comments:")
        for comment in comments:
            document.add_paragraph(comment)

    question("1", "To what extent do you agree that the guideline's eight principles describe good "
                  "neighbourhood policing?", "Agree",
             ["We agree with the principles. Our only concern is that principle 6 (targeting activity) "
              "is read as applying only to crime, when much of what neighbourhood teams deal with is "
              "anti-social behaviour and vulnerability."])
    question("2", "Is the guidance on ring-fencing neighbourhood officers clear?", "No",
             ["Paragraph 4.3 says that neighbourhood officers should \"rarely\" be abstracted. Forces "
              "will read this differently. We suggest a measurable expectation, for example that no "
              "more than 10% of neighbourhood hours are spent on response or events."])
    question("3", "Please give examples of how your force engages with communities that have low "
                  "trust in the police.", None,
             ["Since January 2024 we have placed a PCSO in each of the eight tower blocks that Mersey "
              "Homes Group manages in Everton and Kirkdale, under what we call the Community Connectors "
              "model. The PCSO works from a ground-floor office one day a week, alongside the housing "
              "officer, and tenants can drop in without an appointment. Mersey Homes Group pays for "
              "the office and a tenant liaison worker.",
              "In the first year 1,130 residents spoke to a Connector, reports of anti-social behaviour "
              "from the blocks rose by 34% (which we read as more confidence to report), and repeat "
              "calls about the same addresses fell by 21%. Tenants' trust in local police, measured by "
              "the housing group's annual survey, rose from 38% to 51%."])
    question("4", "Do you agree with the proposed minimum training standard for PCSOs?", "Strongly agree",
             ["No further comments."])
    question("5", "How does your force use problem solving in neighbourhoods? Please give evidence of "
                  "what has worked.", None,
             ["All our neighbourhood officers are trained in the SARA model. The best evidence we have "
              "comes from Knowsley, where in 2024 the neighbourhood inspector ran Operation Beacon, a "
              "series of monthly problem-solving surgeries held in Huyton and Kirkby libraries. Residents "
              "bring a problem; a police officer, a council anti-social behaviour officer and a youth "
              "worker from Knowsley Youth Partnership agree an action with them on the night and report "
              "back at the next surgery.",
              "Over 11 surgeries 214 problems were raised and 163 were resolved. Of the 37 that involved "
              "off-road bikes, 29 led to bikes being seized or riders identified. We would be happy for "
              "Operation Beacon to be used as a case study in the guideline."])
    question("6", "Are there any equality impacts the College should consider?", "Yes",
             ["Online engagement tools do not reach older residents and those without internet access. "
              "The guideline should say that online engagement supplements face-to-face contact and does "
              "not replace it."])
    question("7", "Please tell us about any collaboration with neighbouring forces on neighbourhood "
                  "policing.", None,
             ["We have learned from GMP, whose Salford neighbourhood teams introduced Walk and Talk in "
              "2023: officers walk an agreed route with residents, ward councillors and Salford City "
              "Council street scene staff every fortnight, log problems on a shared app, and publish "
              "what was fixed within 28 days. GMP told us that 71% of the 402 problems logged in the "
              "first year were fixed within that time, and that satisfaction among residents who took "
              "part rose from 49% to 68%. We plan to pilot it in Wirral in the autumn."])
    question("8", "Any other comments?", None,
             ["We welcome the College's engagement with forces during the review and would be pleased to "
              "take part in the working group on performance measures. Response agreed by the Chief "
              "Officer Group on 20 May 2025."])
    _save_docx(document, out / "merseyside-police-neighbourhood-policing-guideline-consultation-response.docx",
               "Merseyside Police: response to NP-2025-03", "Merseyside Police")


# --------------------------- 5. A restorative justice service's impact report with a projects table (Word)

def restorative_gloucestershire_impact(out: Path) -> None:
    """A commissioned restorative justice service's yearly impact report: foreword (the service as
    'we'), year in numbers and referral sources tables, then 'Our projects this year', a table whose
    three rows are three pieces of work (one with no police partner), an anonymised case story, a
    volunteers section, next year's plans and contact details."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "Restorative Gloucestershire  |  Impact Report 2024-25",
                   "Commissioned by the Police and Crime Commissioner for Gloucestershire")
    title = document.add_paragraph()
    run = title.add_run("Impact Report 2024-25")
    run.bold = True
    run.font.size = Pt(22)
    document.add_paragraph("Restorative Gloucestershire: bringing together people harmed by crime and "
                           "conflict and those responsible.")

    document.add_heading("Foreword", level=1)
    document.add_paragraph("This has been our busiest year since the service began in 2015. We received "
                           "more referrals than ever, trained 23 new volunteer facilitators, and for the "
                           "first time more than half of the people we worked with were victims who "
                           "asked for restorative justice themselves. Thank you to everyone who trusted "
                           "us with their story.")
    document.add_paragraph("Helen Carver, Service Manager")

    document.add_heading("Our year in numbers", level=1)
    _grid(document, [
        ("", "2023-24", "2024-25"),
        ("Referrals received", "538", "642"),
        ("Cases where a restorative process took place", "201", "247"),
        ("Face-to-face conferences", "74", "96"),
        ("Victims satisfied with the process", "92%", "94%"),
        ("Volunteer facilitators", "41", "52"),
    ], widths=[9, 3.5, 3.5])
    document.add_paragraph()
    document.add_heading("Where our referrals come from", level=2)
    _grid(document, [
        ("Referrer", "Share of referrals"),
        ("Gloucestershire Constabulary", "61%"),
        ("Self-referral by victims", "17%"),
        ("Probation Service", "11%"),
        ("Youth Justice Service", "8%"),
        ("Other", "3%"),
    ], widths=[10, 5])
    document.add_paragraph()

    document.add_heading("Our projects this year", level=1)
    document.add_paragraph("Alongside our core service we ran three projects with partners in 2024-25.")
    _grid(document, [
        ("Project", "Partners", "What we did", "What changed"),
        ("Shop theft circles, Cheltenham",
         "Gloucestershire Constabulary (Cheltenham neighbourhood team); Cheltenham BID",
         "First-time shop theft offenders given a community resolution by the police meet a panel of "
         "shop staff in a restorative circle, instead of a caution. The circles run monthly at the "
         "Cheltenham BID office and each offender agrees a plan with the shop staff.",
         "58 people took part from May 2024 to March 2025. 6 were caught stealing again within six "
         "months, compared with 19 of 60 in the year before. Shop staff said they felt listened to."),
        ("Restorative homes",
         "Gloucestershire County Council children's homes; Gloucestershire Constabulary",
         "We trained staff in the county's nine children's homes to deal with damage and minor "
         "assaults restoratively, so that police are called only when a crime is serious. A force "
         "inspector sits on the project board.",
         "Calls to the police from the homes fell from 212 to 118, and the number of children in care "
         "charged with an offence committed in their home halved (from 22 to 11)."),
        ("Neighbours Talking, Stroud",
         "Severn Vale Homes",
         "Mediation between neighbours in Severn Vale Homes properties in Stroud, offered as soon as "
         "a complaint is made, before it becomes a case of anti-social behaviour.",
         "74 disputes mediated; in 61 the complaints stopped. Severn Vale Homes is now funding the "
         "project across all its properties."),
    ], widths=[3.2, 3.8, 5.5, 4.5])
    document.add_paragraph()

    document.add_heading("Case story: \"I needed him to know\"", level=1)
    document.add_paragraph("Names have been changed. Margaret's car was stolen from outside her home in "
                           "Gloucester and found burned out. She asked to meet the young man responsible. "
                           "After three preparation meetings with our facilitators, they met at a "
                           "community centre in March. \"I needed him to know what it did to me,\" "
                           "she said afterwards. \"I didn't expect to feel sorry for him.\" He wrote her "
                           "a letter of apology and is paying for her new car seat covers from his wages.")

    document.add_heading("Our volunteers", level=1)
    document.add_paragraph("Our 52 volunteers gave more than 3,400 hours this year. Volunteers complete "
                           "our four-day accredited facilitator course and are supervised by a qualified "
                           "practitioner. The next course starts on 9 September 2025.")

    document.add_heading("Looking ahead to 2025-26", level=1)
    for text in ("extend restorative justice to victims of hate crime, working with the county's hate "
                 "crime reporting centres;",
                 "publish an independent evaluation of the shop theft circles with the University of "
                 "Gloucestershire; and",
                 "reach more victims of domestic abuse, where it is safe to do so, following our new "
                 "risk assessment policy."):
        document.add_paragraph(text, style="List Bullet")

    document.add_heading("Contact us", level=1)
    document.add_paragraph("Phone: 01452 754 219 (Monday to Thursday, 9am to 5pm)\n"
                           "Email: restorative@gloucestershire.pcc.police.uk\n"
                           "Post: Restorative Gloucestershire, Imjin Barracks, Gloucester GL3 1HW")
    _save_docx(document, out / "restorative-gloucestershire-impact-report-2024-25.docx",
               "Restorative Gloucestershire Impact Report 2024-25", "Restorative Gloucestershire")


# --------------------------- 6. A special constabulary newsletter with a 'Round the regions' column (Word)

def sussex_special_matters(out: Path) -> None:
    """A force's newsletter for its special constables and volunteers: masthead, welcome from the
    Chief Officer, one feature on the force's own specials, hours and honours (not initiatives), a
    'Round the regions' column of three paragraphs with no sub-headings, each about another force's
    specials (one named in Welsh, two by abbreviation), training dates table, kit notice, referral
    scheme notice and the editor's contact."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "SPECIAL MATTERS  |  Sussex Police Special Constabulary and Volunteers",
                   "Issue 31  |  Winter 2024/25  |  Internal: not for publication")
    mast = document.add_paragraph()
    mast.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = mast.add_run("SPECIAL MATTERS")
    run.bold = True
    run.font.size = Pt(28)
    sub = document.add_paragraph("Issue 31  \u2022  Winter 2024/25  \u2022  For our specials, "
                                 "volunteers and cadet leaders")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER

    document.add_heading("From the Chief Officer", level=1)
    document.add_paragraph("Welcome to the winter edition. Between you, you gave 88,400 hours to Sussex "
                           "this year, more than any year since 2016, and 14 of you have now passed "
                           "independent patrol. Thank you. Please keep sending your stories to the "
                           "editor, and look after yourselves over the festive period: it is our busiest "
                           "time of year. Chief Officer Mark Bellingham, Special Constabulary")

    document.add_heading("Boots on the Downs", level=1)
    document.add_paragraph("Rural thefts and off-road driving on the South Downs Way are hard to tackle "
                           "from a car. Since April our Rural Specials Team has patrolled the Downs "
                           "between Ditchling and Amberley on foot and on three loaned mountain bikes, "
                           "working alongside South Downs National Park Authority rangers on the "
                           "busiest weekends. The team of nine specials also visits farms to mark quad "
                           "bikes and trailers with forensic marking.")
    document.add_paragraph("By November the team had marked 312 pieces of farm kit, reported 46 "
                           "off-road vehicles on restricted byways, and seized two stolen trailers at "
                           "Devil's Dyke. Special Sergeant Amy Pollard said: \"Farmers now ring us "
                           "first.\" If you want to join the team, speak to your section officer.")

    document.add_heading("Hours and honours", level=1)
    document.add_paragraph("Special Inspector Colin Ward received the King's Police Medal in the "
                           "Birthday Honours after 31 years' service. Long service medals were presented "
                           "to 17 specials at Lewes on 12 October. Congratulations to Brighton and Hove "
                           "specials, who gave the most hours of any district (21,300).")

    document.add_heading("Round the regions", level=1)
    document.add_paragraph("Special constables in Heddlu Gwent have taken on the Newport city centre "
                           "night-time economy on Saturday nights since June, staffing a Safe Space bus "
                           "on Cambrian Road with St John Ambulance Cymru volunteers and Newport Street "
                           "Pastors. Vulnerable people are looked after on the bus until a friend or taxi "
                           "arrives. Over 26 nights they cared for 213 people, and ambulance call-outs to "
                           "the city centre on Saturday nights fell by 19%.")
    document.add_paragraph("BTP's Special Constabulary now runs a Rail Watch patrol on every Friday "
                           "evening train between London Victoria and Gatwick Airport, so will be a "
                           "familiar sight to some of you. The specials ride the trains in pairs with "
                           "Southern rail enforcement officers. BTP says reports of sexual harassment on "
                           "the line rose by 40% in the first three months because passengers saw "
                           "someone to tell, and 12 men have been arrested.")
    document.add_paragraph("And in north London, specials from the Met's Haringey and Enfield area have "
                           "been visiting every victim of a burglary within 24 hours to fit a free "
                           "doorbell camera donated by Enfield Council, and to knock on the five doors "
                           "either side. Repeat burglaries on the same streets fell from 31 to 9 over "
                           "the summer, compared with last year.")

    document.add_heading("Training dates", level=1)
    _grid(document, [
        ("Course", "Date", "Time", "Venue"),
        ("Officer safety refresher", "Saturday 18 January 2025", "09:00 to 17:00", "Sussex Police HQ, "
                                                                                  "Lewes BN7 2DZ"),
        ("Driver training (basic)", "25 and 26 January 2025", "08:30 to 16:30", "Haywards Heath RH16 1DJ"),
        ("First aid (ETB)", "Sunday 9 February 2025", "09:30 to 16:00", "Chichester PO19 1AF"),
    ], widths=[5, 4.5, 3, 4.5])
    document.add_paragraph()

    document.add_heading("Kit corner", level=1)
    document.add_paragraph("New body armour covers are now available from the Lewes stores. Please "
                           "return your old cover when you collect the new one (kit order form SC-7).")
    document.add_heading("Refer a friend", level=1)
    document.add_paragraph("Know someone who would make a great special? Refer them through the "
                           "volunteering pages on the intranet. Our next intake starts in April 2025.")
    document.add_paragraph("Editor: Special Constable Priya Nandra, special.matters@sussex.police.uk. "
                           "Copy deadline for the spring issue: 28 February 2025.")
    _save_docx(document, out / "sussex-police-special-matters-newsletter-issue-31.docx",
               "Special Matters, Issue 31, Winter 2024/25", "Sussex Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    humberside_our_year(out)
    wakefield_asb_case_review(out)
    northumbria_leaflet(out)
    merseyside_consultation_response(out)
    restorative_gloucestershire_impact(out)
    sussex_special_matters(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
