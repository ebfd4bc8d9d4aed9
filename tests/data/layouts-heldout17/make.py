"""Write the binary documents of the seventeenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout17/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a prison Independent
Monitoring Board's annual report extract, an airport's community safety report, a community rail
partnership's annual report, a council licensing team's newsletter for taxi drivers, a council's
public space CCTV annual report and a music festival's event management plan section on security
and policing. The HTML, Markdown and plain-text documents beside this script are written by hand;
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

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


def _two_pass(path: Path, build_doc, story_fn) -> None:
    """Build twice so that the footer can print 'Page n of m'."""
    total = None
    for _ in range(2):
        sink = io.BytesIO()
        doc = build_doc(sink, total)
        doc.build(story_fn())
        total = doc.page
    path.write_bytes(sink.getvalue())


# ------------------ 1. A prison Independent Monitoring Board's annual report, evidence sections (PDF)

IMB_TEAL = colors.HexColor("#00566b")
IMB_BODY = ParagraphStyle("imbbody", fontName="Helvetica", fontSize=9.6, leading=12.6, spaceAfter=5)
IMB_PARA = ParagraphStyle("imbpara", parent=IMB_BODY, leftIndent=30, bulletIndent=0)
IMB_CELL = ParagraphStyle("imbcell", parent=IMB_BODY, fontSize=8.6, leading=10.6, spaceAfter=0)
IMB_CELLB = ParagraphStyle("imbcellb", parent=IMB_CELL, fontName="Helvetica-Bold", textColor=colors.white)
IMB_TITLE = ParagraphStyle("imbtitle", parent=IMB_BODY, fontName="Helvetica-Bold", fontSize=15, leading=19,
                           textColor=IMB_TEAL, spaceAfter=3)
IMB_NOTE = ParagraphStyle("imbnote", parent=IMB_BODY, fontName="Helvetica-Oblique", fontSize=8.6, leading=11,
                          textColor=colors.HexColor("#444444"), spaceAfter=8)
IMB_H1 = ParagraphStyle("imbh1", parent=IMB_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                        textColor=IMB_TEAL, spaceBefore=6, spaceAfter=4, keepWithNext=1)
IMB_H2 = ParagraphStyle("imbh2", parent=IMB_BODY, fontName="Helvetica-BoldOblique", fontSize=9.8, leading=12.5,
                        spaceBefore=2, spaceAfter=3, keepWithNext=1)


def _imb_page_factory(total):
    def _imb_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(IMB_TEAL)
        canvas.drawString(56, height - 32, "Independent Monitoring Board")
        canvas.drawRightString(width - 56, height - 32, "HMP Fenbury  |  Annual Report 2024\u201325")
        canvas.setStrokeColor(IMB_TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(56, height - 37, width - 56, height - 37)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 26, "Annual report of the IMB at HMP Fenbury for the reporting year "
                                  "1 May 2024 to 30 April 2025")
        canvas.drawRightString(width - 56, 26, f"{doc.page + 8}")
        canvas.restoreState()
    return _imb_page


def _imb_story():
    p = lambda text, style=IMB_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda number, text: Paragraph(text, IMB_PARA, bulletText=number)  # noqa: E731
    safety = _table([["", "2023\u201324", "2024\u201325"],
                     ["Self-harm incidents", "212", "247"],
                     ["Prisoners on ACCT support plans (monthly average)", "19", "23"],
                     ["Assaults on prisoners", "96", "88"],
                     ["Assaults on staff", "41", "37"],
                     ["Finds of drugs and mobile phones", "318", "274"]],
                    [260, 70, 70], IMB_CELL, IMB_TEAL, head_style=IMB_CELLB)
    board = _table([["Board statistics", ""],
                    ["Recommended complement of Board members", "12"],
                    ["Number of Board members at the start of the reporting period", "8"],
                    ["Number of Board members at the end of the reporting period", "9"],
                    ["Total number of visits to the establishment", "214"],
                    ["Total number of segregation reviews attended", "46"]],
                   [320, 80], IMB_CELL, IMB_TEAL, head_style=IMB_CELLB)
    applications = _table([["Subject", "2023\u201324", "2024\u201325"],
                           ["Accommodation, including laundry and clothing", "31", "27"],
                           ["Discipline, including adjudications and segregation", "18", "22"],
                           ["Equality", "6", "9"],
                           ["Health, including mental health and social care", "44", "39"],
                           ["Property", "73", "81"],
                           ["Sentence management, including release on temporary licence", "29", "34"],
                           ["Staff and prisoner concerns, including bullying", "15", "12"],
                           ["Total", "216", "224"]],
                          [280, 60, 60], IMB_CELL, IMB_TEAL, head_style=IMB_CELLB)
    return [
        p("Evidence sections 4 to 8", IMB_TITLE),
        p("This extract contains the evidence sections and the Board's work during the year. The "
          "introductory sections, the Board's main judgements and its questions to the Minister are in "
          "the full report, published on the IMB website.", IMB_NOTE),
        p("4. Safety", IMB_H1),
        n("4.1", "The Board's overall judgement is that the prison is reasonably safe, though self-harm rose "
                 "for the second year running. The figures below are taken from the prison's safety data."),
        safety,
        Spacer(1, 6),
        n("4.2", "Members attended 17 ACCT reviews during the year and found them well run; in three the "
                 "prisoner's key worker was absent. The Board will keep this under review."),
        p("Drones and the perimeter", IMB_H2),
        n("4.3", "Drones carrying drugs and phones were the prison's main security threat at the start of "
                 "the year. In June 2024 the security department and Lincolnshire Police's prison crime "
                 "team began Operation Skylark: a drone detection system was fitted to the perimeter, "
                 "police patrols were sent to the farm tracks east of the prison whenever a drone was "
                 "detected, and packages recovered were examined for fingerprints and DNA."),
        n("4.4", "Drone sightings over the prison fell from 84 to 29 during the year. Eleven people were "
                 "arrested near the perimeter and seven have so far been convicted. Positive random drug "
                 "tests fell from 22% to 13%. The Board welcomes this work."),
        p("5. Fair and humane treatment", IMB_H1),
        n("5.1", "Houseblock 2, built in 1964, remains in poor condition. Showers on two landings were out of "
                 "use for more than six weeks in the winter and members raised this at every rota visit."),
        n("5.2", "The segregation unit was used 143 times. Members attended 46 reviews and were satisfied "
                 "that segregation was justified and properly authorised."),
        p("6. Health and wellbeing", IMB_H1),
        n("6.1", "Healthcare is provided by an NHS trust. Waiting times for the dentist reached 14 weeks in "
                 "January before an extra weekly session was agreed."),
        p("7. Progression and resettlement", IMB_H1),
        p("Release day hub", IMB_H2),
        n("7.1", "About 40 men a month are released from Fenbury, many to Boston and Skegness. Since October "
                 "2024 the prison has run a release day hub in the visits hall with Boston Borough Council's "
                 "housing options team and the charity Fenland Roads, whose mentors meet each man at the "
                 "gate, take him to his first appointments and help with benefits, a bank account and a "
                 "phone."),
        n("7.2", "The share of men leaving without an address fell from 31% to 14%, and of the 212 men "
                 "the hub has seen, 176 kept their first probation appointment. The Board hopes the hub "
                 "will be funded beyond March 2026."),
        n("7.3", "Education and work places were 91% filled at the end of the year. The Board notes that "
                 "the waiting list for the bricklaying workshop was 38 men long in April."),
        p("8. The work of the IMB", IMB_H1),
        n("8.1", "The Board made 214 visits in the year, including rota visits, segregation reviews and "
                 "attendance at incidents. Two new members were appointed in September 2024."),
        board,
        Spacer(1, 8),
        p("Applications to the IMB", IMB_H2),
        applications,
        Spacer(1, 6),
        p("Prisoners can make an application to the Board by putting it in the IMB box on each wing or by "
          "calling the IMB freephone line from their PIN phone.", IMB_NOTE),
    ]


def fenbury_imb_annual_report(out: Path) -> None:
    """A prison Independent Monitoring Board's annual report, evidence sections 4 to 8 (two pages,
    Helvetica, paragraph numbers hung in the margin): teal running header with the board, prison and
    year, a rule, footer with the reporting year and the report's page number; a safety table
    (context), ACCT reviews (the board's monitoring), drones (one piece of work with results: the
    prison's security department with the force's prison crime team), fair and humane treatment and
    health (not work), a release day hub (one piece of work with results: the prison with the borough
    council's housing options team and a charity, no force), education places, the Board's work
    (statistics: not metrics) and an applications table by subject (context)."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=42,
                              title="HMP Fenbury IMB Annual Report 2024-25, evidence sections",
                              author="Independent Monitoring Board at HMP Fenbury", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(56, 40, A4[0] - 112, A4[1] - 90)],
                                           onPage=_imb_page_factory(total))])
        return doc
    _two_pass(out / "hmp-fenbury-imb-annual-report-2024-25-evidence-sections.pdf", build, _imb_story)


# ------------------ 2. An airport's community safety report (PDF, one page, band, tiles, two columns)

AP_BLUE = colors.HexColor("#0a3d62")
AP_SKY = colors.HexColor("#e3f0fa")
AP_ORANGE = colors.HexColor("#e67e22")
AP_BODY = ParagraphStyle("apbody", fontName="Helvetica", fontSize=8.6, leading=11.4, spaceAfter=5)
AP_CELL = ParagraphStyle("apcell", parent=AP_BODY, fontSize=8, leading=10, spaceAfter=0)
AP_HEADC = ParagraphStyle("apheadc", parent=AP_CELL, fontName="Helvetica-Bold", textColor=colors.white)
AP_TITLE = ParagraphStyle("aptitle", parent=AP_BODY, fontName="Helvetica-Bold", fontSize=20, leading=24,
                          textColor=colors.white, spaceAfter=2)
AP_SUB = ParagraphStyle("apsub", parent=AP_BODY, fontSize=10, leading=13, textColor=colors.white, spaceAfter=0)
AP_H = ParagraphStyle("aph", parent=AP_BODY, fontName="Helvetica-Bold", fontSize=11, leading=13.5,
                      textColor=AP_BLUE, spaceBefore=3, spaceAfter=3, keepWithNext=1)
AP_KICK = ParagraphStyle("apkick", parent=AP_BODY, fontName="Helvetica-Bold", fontSize=7.4, leading=9,
                         textColor=AP_ORANGE, spaceAfter=1, keepWithNext=1)
AP_BIG = ParagraphStyle("apbig", parent=AP_BODY, fontName="Helvetica-Bold", fontSize=16, leading=18,
                        alignment=1, textColor=AP_BLUE, spaceAfter=0)
AP_TILE = ParagraphStyle("aptile", parent=AP_BODY, fontSize=7.6, leading=9.4, alignment=1, spaceAfter=0)
AP_SMALL = ParagraphStyle("apsmall", parent=AP_BODY, fontSize=7.2, leading=9,
                          textColor=colors.HexColor("#444444"))


def _ap_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.setFillColor(AP_BLUE)
    canvas.drawString(36, height - 22, "FYLDE COAST AIRPORT")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(width - 36, height - 22, "Community Safety Report 2024  |  Published March 2025")
    canvas.setStrokeColor(AP_ORANGE)
    canvas.setLineWidth(1.2)
    canvas.line(36, 30, width - 36, 30)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(36, 19, "Fylde Coast Airport Ltd, Squires Gate Lane, Blackpool FY4 2QY  \u00b7  "
                              "Registered in England No. 07318842  \u00b7  fyldecoastairport.co.uk")
    canvas.drawRightString(width - 36, 19, "1")
    canvas.restoreState()


def _ap_tile(big, caption, width):
    tile = Table([[Paragraph(big, AP_BIG)], [Paragraph(caption, AP_TILE)]], colWidths=[width])
    tile.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), AP_SKY),
                              ("LINEABOVE", (0, 0), (-1, 0), 2, AP_ORANGE),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tile


def fylde_coast_airport_community_safety_report(out: Path) -> None:
    """An airport's community safety report (one page, A4): running head with the airport in capitals
    and the publication month, footer with the company address, registration and web address; a blue
    title band, four figure tiles (passengers, flights, passholders, airlines: not metrics), then two
    columns: the airport director's introduction ('we', not work), police at the airport (routine), an
    incidents table with two years (context), three kicker-labelled pieces of work with results (the
    airport's own alcohol code with its bars and airlines; the force's airport policing team's
    ANPR car park patrols, the force alone; trafficking awareness training for staff with a charity
    and Border Force, no force), next year's plans with a cost (future) and a contact box."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "fylde-coast-airport-community-safety-report-2024.pdf"),
                          pagesize=A4, leftMargin=36, rightMargin=36, topMargin=30, bottomMargin=36,
                          title="Community Safety Report 2024", author="Fylde Coast Airport", invariant=1)
    gap = 16
    full = width - 72
    col = (full - gap) / 2
    top = height - 30
    head_h = 128
    frames = [Frame(36, top - head_h, full, head_h, id="head", leftPadding=0, rightPadding=0),
              Frame(36, 36, col, top - head_h - 36, id="c1"),
              Frame(36 + col + gap, 36, col, top - head_h - 36, id="c2")]
    doc.addPageTemplates([PageTemplate("page", frames=frames, onPage=_ap_page)])
    p = lambda text, style=AP_BODY: Paragraph(text, style)  # noqa: E731
    band = _box([p("Community Safety Report 2024", AP_TITLE),
                 p("Keeping passengers, staff and our neighbours safe, January to December 2024", AP_SUB)],
                full, AP_BLUE, AP_BLUE, pad=12)
    tile_w = (full - 3 * 8) / 4
    tiles = Table([[_ap_tile("1.12m", "passengers in 2024", tile_w),
                    _ap_tile("9,840", "flights", tile_w),
                    _ap_tile("1,460", "staff holding airport passes", tile_w),
                    _ap_tile("7", "airlines flying to 31 destinations", tile_w)]],
                  colWidths=[tile_w + 8] * 4)
    tiles.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    incidents = _table([["Reported at the airport", "2023", "2024"],
                        ["Disruptive passengers (airline reports)", "58", "31"],
                        ["Theft from and of vehicles", "41", "9"],
                        ["Theft in the terminal", "37", "33"],
                        ["Assaults", "12", "14"],
                        ["Drugs found at security", "26", "29"]],
                       [col - 100, 45, 45], AP_CELL, AP_BLUE, head_style=AP_HEADC)
    contact = _box([p("<b>Contact us</b>", AP_BODY),
                    p("Community Relations Team, Fylde Coast Airport, Squires Gate Lane, Blackpool FY4 2QY. "
                      "Telephone 01632 960184 (9am to 5pm, Monday to Friday) or email "
                      "community@fyldecoastairport.co.uk. To report a crime call 101 or, in an emergency, "
                      "999.", AP_BODY)],
                   col - 4, AP_SKY, AP_BLUE)
    story = [
        band,
        Spacer(1, 8),
        tiles,
        FrameBreak(),
        p("Welcome", AP_H),
        p("2024 was our busiest year since 2019. As passenger numbers grow, so does our duty to keep "
          "people safe in the terminal, on our car parks and in the streets around the airport. This "
          "report sets out what happened, what we did about it and what comes next. <i>Rebecca Holroyd, "
          "Airport Director</i>"),
        p("Police at the airport", AP_H),
        p("Lancashire Constabulary's Airport Policing Team of one sergeant and six constables is based in "
          "the terminal, paid for by the airport under a policing agreement. Officers attend every "
          "diverted flight and every report of a disruptive passenger, and patrol the forecourt at peak "
          "times. Counter terrorism policing at the airport is led nationally and is not covered here."),
        p("What was reported", AP_H),
        incidents,
        Spacer(1, 4),
        p("Figures are incidents recorded by the Airport Policing Team or reported to us by airlines."),
        FrameBreak(),
        p("WHAT WE DID", AP_KICK),
        p("Cabin Calm", AP_H),
        p("In April 2024 we brought in our Cabin Calm code. The three departure lounge bars stopped "
          "serving anyone who was visibly drunk and limited each passenger to two drinks before flights "
          "leaving before 10am, and duty free alcohol was sealed in bags that may not be opened on board. "
          "Disruptive passenger reports from airlines fell from 58 to 31, and no flight was diverted "
          "because of a drunk passenger, against four in 2023."),
        p("WHAT THE POLICE DID", AP_KICK),
        p("Car park patrols", AP_H),
        p("After a run of catalytic converter thefts from the long-stay car park in late 2023, Lancashire "
          "Constabulary's Airport Policing Team began ANPR-led patrols of the car parks at night, checking "
          "vehicles flagged by the cameras on the airport road. Six people were arrested and "
          "vehicle crime on our car parks fell from 41 offences to 9."),
        p("WHAT OUR PARTNERS DID", AP_KICK),
        p("Eyes Open", AP_H),
        p("With the anti-trafficking charity Safe Passage North and Border Force we trained 820 staff, from "
          "check-in and security to cleaners and taxi marshals, to spot the signs of human trafficking "
          "and exploitation and to report them. Staff made 19 reports during the year, and seven people "
          "were referred into the National Referral Mechanism as potential victims."),
        p("Next year", AP_H),
        p("In 2025 we will replace 140 terminal CCTV cameras at a cost of \u00a3380,000 and open a "
          "quiet room for passengers who need a calm space before their flight."),
        contact,
        Spacer(1, 4),
        p("This report covers 1 January to 31 December 2024. Figures for 2023 have been revised.", AP_SMALL),
    ]
    doc.build(story)


# ------------------ 3. A community rail partnership's annual report (PDF, two pages, sidebar then columns)

CR_GREEN = colors.HexColor("#2f6b4f")
CR_PALE = colors.HexColor("#edf4ee")
CR_BODY = ParagraphStyle("crbody", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=6)
CR_SIDE = ParagraphStyle("crside", parent=CR_BODY, fontName="Helvetica", fontSize=8, leading=10.5,
                         spaceAfter=4)
CR_SIDEB = ParagraphStyle("crsideb", parent=CR_SIDE, fontName="Helvetica-Bold", fontSize=14, leading=16,
                          textColor=CR_GREEN, spaceAfter=0)
CR_SIDEH = ParagraphStyle("crsideh", parent=CR_SIDE, fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                          textColor=CR_GREEN, spaceAfter=4)
CR_CELL = ParagraphStyle("crcell", parent=CR_SIDE, fontSize=8, leading=10, spaceAfter=0)
CR_TITLE = ParagraphStyle("crtitle", parent=CR_BODY, fontName="Helvetica-Bold", fontSize=22, leading=26,
                          textColor=CR_GREEN, spaceAfter=2)
CR_STRAP = ParagraphStyle("crstrap", parent=CR_BODY, fontName="Helvetica", fontSize=11, leading=14,
                          textColor=colors.HexColor("#555555"), spaceAfter=8)
CR_H = ParagraphStyle("crh", parent=CR_BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=CR_GREEN, spaceBefore=4, spaceAfter=4, keepWithNext=1)
CR_CAPTION = ParagraphStyle("crcaption", parent=CR_BODY, fontName="Helvetica-Oblique", fontSize=7.6,
                            leading=9.5, textColor=colors.HexColor("#555555"), spaceAfter=8)


def _cr_page_factory(total):
    def _cr_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(CR_GREEN)
        canvas.rect(0, height - 26, width, 26, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(40, height - 17, "Broads Lines Community Rail Partnership")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(width - 40, height - 17, "Annual Report 2024\u201325")
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 20, "Norwich \u2013 Great Yarmouth \u2013 Lowestoft  \u00b7  broadslines.org.uk"
                                  "  \u00b7  Accredited by the Department for Transport")
        canvas.drawRightString(width - 40, 20, f"{doc.page} / {total or '?'}")
        canvas.restoreState()
    return _cr_page


def _cr_photo(caption, width):
    photo = Table([[Paragraph("[Photograph]", CR_CAPTION)]], colWidths=[width], rowHeights=[58])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#d9d9d9")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [photo, Paragraph(caption, CR_CAPTION)]


def _cr_story(side_w, main_w, col_w):
    p = lambda text, style=CR_BODY: Paragraph(text, style)  # noqa: E731
    figure = lambda big, caption: [Paragraph(big, CR_SIDEB), Paragraph(caption, CR_SIDE)]  # noqa: E731
    sidebar = _box([p("Our year in numbers", CR_SIDEH)]
                   + figure("14", "stations on the Wherry and Broads lines")
                   + figure("1.9 million", "passenger journeys, up 6% on 2023\u201324")
                   + figure("58", "volunteers, 33 of them station adopters")
                   + figure("4,120", "volunteer hours")
                   + figure("\u00a3164,500", "income from Broadland Rail, Norfolk County Council and grants"),
                   side_w - 6, CR_PALE, CR_GREEN, pad=7)
    money = _table([["Where our money came from", "\u00a3"],
                    ["Broadland Rail (core grant)", "92,000"],
                    ["Norfolk County Council", "30,000"],
                    ["Community Rail Network small grants", "18,500"],
                    ["Other grants and donations", "24,000"],
                    ["Total", "164,500"]],
                   [col_w - 70, 60], CR_CELL, CR_PALE)
    return [
        p("Annual Report 2024\u201325", CR_TITLE),
        p("Connecting communities along the Wherry and Broads lines", CR_STRAP),
        FrameBreak(),
        sidebar,
        Spacer(1, 8),
        p("Broads Lines Community Rail Partnership brings together the train operator, councils, "
          "station adopters and community groups to make the railway welcoming, safe and well used.",
          CR_SIDE),
        FrameBreak(),
        p("From our Chair", CR_H),
        p("It has been a year of growth on our lines, with more passengers than ever before and more "
          "volunteers too. I thank our station adopters, who turned out in every weather, and our two "
          "members of staff, Kerry and Tom, who have done the work of four. Our partnership board met four "
          "times and welcomed a new representative from Great Yarmouth Borough Council. <i>Alan Gedge, "
          "Chair</i>"),
        p("Track Safe Broads", CR_H),
        p("Trespass and stone-throwing on the line between Brundall and Reedham rose sharply in the summer "
          "of 2023. In response, British Transport Police's Norwich team and our education officer ran "
          "Track Safe Broads sessions for children in the nine primary schools nearest the line from "
          "September 2024. Officers and our education officer explained the dangers of the railway, and "
          "each class walked to its nearest level crossing to practise crossing safely."),
        p("We reached 1,730 pupils in 64 sessions. Trespass incidents on the line fell from 37 in "
          "2023\u201324 to 16 this year, and stone-throwing at trains from 11 reports to 2."),
        *_cr_photo("Pupils from Cantley Primary School practise at the level crossing with BTP officers.",
                   main_w - 30),
        p("Station adoption", CR_H),
        p("Our adopters looked after the planters and notice boards at all 14 stations, and five stations "
          "were commended in the regional It's Your Station awards. Reedham won the best small station "
          "garden for the third year."),
        NextPageTemplate("later"),
        FrameBreak(),
        p("Brundall underpass", CR_H),
        p("The underpass beside Brundall station was the worst spot for graffiti on our lines. Over the "
          "summer holidays we worked with the youth arts charity Loud Shirt Arts and 26 young people from "
          "Brundall and Blofield to design and paint a mural of the Broads along its whole length, and "
          "anti-graffiti coating was applied when it was finished."),
        p("Graffiti reports at the station and underpass fell from 26 in the six months before the "
          "mural to 3 in the six months after, and the parish council reports that litter in the "
          "underpass has also fallen."),
        *_cr_photo("The finished Brundall underpass mural, painted with Loud Shirt Arts.", col_w - 10),
        p("Days out by train", CR_H),
        p("Our Broads by Rail leaflet was reprinted (30,000 copies) and the walks app was downloaded 4,800 "
          "times. The Acle Rail Ale Trail ran on four Saturdays in the summer."),
        FrameBreak(),
        p("Our finances", CR_H),
        money,
        Spacer(1, 4),
        p("Expenditure was \u00a3158,200, mostly staff costs and projects. Full accounts are filed at "
          "Companies House."),
        p("Looking ahead", CR_H),
        p("In 2025\u201326 we will open a community room at Great Yarmouth station, extend Track Safe Broads "
          "to schools near the Lowestoft line, and launch a volunteer welcome host scheme at Norwich on "
          "summer Saturdays."),
        p("Get involved", CR_H),
        p("Volunteers are always welcome. Email hello@broadslines.org.uk or call Kerry Southgate on "
          "01632 960715.", CR_BODY),
        Spacer(1, 6),
        p("Broads Lines Community Rail Partnership CIC. Company number 08730415. Registered office: "
          "Norwich station, Station Approach, Norwich NR1 1EH.", CR_SIDE),
    ]


def broads_lines_crp_annual_report(out: Path) -> None:
    """A community rail partnership's annual report (two pages): green running band with the partnership
    and the year, footer with the lines, web address, accreditation and 'n / m'; a full-width title and
    strapline, then on page one a narrow sidebar box of year-in-numbers figures (not metrics) beside the
    main column, on page two two columns. The chair's welcome (not work), Track Safe Broads (one piece
    of work with results: the transport force's local team with the partnership's education officer in
    primary schools), station adoption awards (routine), the Brundall underpass mural (one piece of
    work with results: the partnership with a youth arts charity, no force), days out leaflets
    (routine), finances as a table (not metrics), plans (future), how to volunteer and the company
    line."""
    width, height = A4
    side_w = 150
    gap = 16
    main_w = width - 80 - side_w - gap
    col_w = (width - 80 - gap) / 2
    top = height - 40
    title_h = 64

    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=36,
                              title="Broads Lines Community Rail Partnership Annual Report 2024-25",
                              author="Broads Lines Community Rail Partnership", invariant=1)
        first = [Frame(40, top - title_h, width - 80, title_h, id="title"),
                 Frame(40, 34, side_w, top - title_h - 34, id="side"),
                 Frame(40 + side_w + gap, 34, main_w, top - title_h - 34, id="main")]
        later = [Frame(40, 34, col_w, top - 34, id="l1"), Frame(40 + col_w + gap, 34, col_w, top - 34, id="l2")]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_cr_page_factory(total)),
                              PageTemplate("later", frames=later, onPage=_cr_page_factory(total))])
        return doc
    _two_pass(out / "broads-lines-community-rail-partnership-annual-report-2024-25.pdf", build,
              lambda: _cr_story(side_w, main_w, col_w))


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


def _grid(document, rows, header_fill="D9D9D9", label_col=False, head_row=True, bold_all=False):
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
            elif bold_all and r == len(rows) - 1:
                run.bold = True
    return table


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _bold_para(document, text, size=None, colour=None):
    from docx.shared import Pt, RGBColor

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return paragraph


def _label_para(document, label, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(label + " ").bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A council licensing team's newsletter for taxi drivers (Word, bold run-ins)

def worcester_on_the_rank_driver_newsletter(out: Path) -> None:
    """A council licensing team's newsletter for hackney carriage and private hire drivers (Word, no
    heading styles: a bold coloured masthead, bold capitalised section labels and bold run-in heads):
    header with the council and the licensing service, footer with the issue and page number; the
    licensing manager's note (not work), new fares from a date as a table (not metrics), reminders
    (licence renewals, medicals, safeguarding refresher deadline: routine), 'Out and about' with two
    run-in items, each one piece of work with results (joint compliance nights by the council's
    licensing enforcement officers with the force's roads policing and city centre officers; the
    council's own in-car CCTV grant, 'we', no force), the drivers' forum date (future) and contacts."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "Worcester City Council  |  Licensing Service",
                   "On the Rank  \u00b7  Issue 14  \u00b7  Autumn 2025", align_header="left")
    _bold_para(document, "ON THE RANK", size=22, colour="7A1F3D")
    intro = document.add_paragraph()
    run = intro.add_run("News for Worcester's hackney carriage and private hire drivers, vehicle owners and "
                        "operators  |  Issue 14  |  Autumn 2025")
    run.italic = True
    run.font.size = Pt(10)
    _bold_para(document, "FROM THE LICENSING MANAGER")
    document.add_paragraph("Welcome to the autumn issue. There are now 612 licensed drivers and 431 licensed "
                           "vehicles in the city, and 38 new drivers were licensed since the spring issue. "
                           "Thank you to everyone who came to the drivers' forum in June; your questions "
                           "about the new fares are answered below. - Sunita Doyle, Licensing Manager")
    _bold_para(document, "NEW HACKNEY CARRIAGE FARES")
    document.add_paragraph("The Licensing Committee approved a new table of fares on 9 September 2025. It "
                           "comes into force on Monday 3 November 2025. Meters must be recalibrated and "
                           "sealed at the council's testing station before that date; book a slot on "
                           "01632 960342.")
    _grid(document, [["", "Tariff 1 (6am to 10pm)", "Tariff 2 (10pm to 6am, Sundays, bank holidays)"],
                     ["For the first 1,100 yards or part", "\u00a34.20", "\u00a36.30"],
                     ["For each further 176 yards or part", "\u00a30.30", "\u00a30.45"],
                     ["Waiting time, each 60 seconds", "\u00a30.30", "\u00a30.45"],
                     ["Soiling charge (maximum)", "\u00a380.00", "\u00a380.00"]],
          header_fill="F2DCE3")
    document.add_paragraph("Christmas Day, Boxing Day and New Year's Day are charged at Tariff 2 plus 50%.")
    _bold_para(document, "REMINDERS")
    _label_para(document, "Renewals.", "Apply for your licence renewal online at least six weeks before it "
                "expires. Paper applications are no longer accepted.")
    _label_para(document, "Medicals.", "Drivers aged 65 and over need a medical every year, and all other "
                "drivers every five years.")
    _label_para(document, "Safeguarding refresher.", "Every driver must complete the council's safeguarding "
                "and equality refresher by 31 March 2026. Sessions are held at the Guildhall on the first "
                "Wednesday of each month.")
    _bold_para(document, "OUT AND ABOUT")
    _label_para(document, "Joint compliance nights.", "On six Friday nights between April and August our "
                "licensing enforcement officers and West Mercia Police's roads policing and city centre "
                "officers checked licensed vehicles at the Foregate Street and Shrub Hill ranks and on "
                "Angel Place. Police vehicle examiners inspected tyres, lights and brakes while our officers "
                "checked badges, door signs and insurance. Of the 214 vehicles checked, 19 were suspended on "
                "the spot and 11 drivers were reported for offences. The share of vehicles with a defect "
                "fell from 21% on the first night to 6% on the last, and we will run more nights this "
                "winter.")
    _label_para(document, "In-car CCTV grant.", "Since January we have paid up to \u00a3250 towards an "
                "approved camera system for any licensed vehicle. 143 vehicles have now been fitted. "
                "Assaults on drivers reported to us fell from 27 in 2024 to 11 so far this year, and "
                "complaints against drivers where footage was available were settled in an average of six "
                "days instead of five weeks. There is still money left: apply on the council website.")
    _bold_para(document, "DRIVERS' FORUM")
    document.add_paragraph("The next forum is on Tuesday 18 November 2025 at 6.30pm in the Guildhall, "
                           "High Street, Worcester WR1 2EY. West Mercia Police's licensing officer will join "
                           "us to talk about the Christmas night-time economy plan.")
    _bold_para(document, "CONTACT THE LICENSING TEAM")
    document.add_paragraph("Email licensing@worcester.gov.uk or call 01632 960340 (Monday to Friday, 9am to "
                           "4pm). Out of hours, report an urgent problem with a licensed vehicle on "
                           "01632 960399. In an emergency always call 999.")
    _save_docx(document, out / "worcester-city-council-on-the-rank-taxi-driver-newsletter-autumn-2025.docx",
               "On the Rank, Issue 14, Autumn 2025", "Worcester City Council Licensing Service")


# ------------------ 5. A council's public space CCTV annual report (Word, heading styles, tables)

def hastings_cctv_annual_report(out: Path) -> None:
    """A council's public space CCTV annual report (Word, Title, Heading 1 and Heading 2 styles): header
    with the council and the report, footer with the classification and page number; a labelled
    details table (not work), introduction, the service (cameras, staff, hours: not metrics),
    compliance with the Surveillance Camera Code (not work), activity as a table by incident type
    (context), evidence requests and disclosures (routine), working with partners with two Heading 2
    sub-sections, each one piece of work with results (missing person searches with the force's
    district; a traders' radio link with a traders' association, no force), redeployable cameras at
    fly-tipping hot spots (one piece of work with results, the council as 'we'), the budget as a table
    (not metrics), priorities for next year (future) and contact details."""
    import docx

    document = docx.Document()
    _header_footer(document, "Hastings Borough Council  |  Public Space CCTV Annual Report 2024/25",
                   "OFFICIAL  |  Community Safety and CCTV")
    document.add_heading("Public Space CCTV Annual Report 2024/25", level=0)
    _grid(document, [["Report of", "Head of Community Safety and Environmental Services"],
                     ["To", "Community Safety Partnership Board, 15 July 2025"],
                     ["Period", "1 April 2024 to 31 March 2025"],
                     ["Published", "July 2025, in line with the Surveillance Camera Code of Practice"]],
          header_fill="DEEAF1", label_col=True)
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph("This report tells residents and partners how the council's public space CCTV "
                           "system was used in 2024/25, what it cost and whether it is still needed. It is "
                           "published every year as part of our commitment to the Surveillance Camera "
                           "Code of Practice.")
    document.add_heading("2. The service", level=1)
    document.add_paragraph("The control room at Muriel Matters House is staffed 24 hours a day, 365 days a "
                           "year, by nine operators and a supervisor, all holding SIA public space "
                           "surveillance licences. It monitors 128 cameras across the town centre, the "
                           "seafront, St Leonards and the Ore Valley, and has a live radio and video link to "
                           "Sussex Police's Hastings police station.")
    document.add_heading("3. Compliance with the Surveillance Camera Code", level=1)
    document.add_paragraph("We completed the Biometrics and Surveillance Camera Commissioner's self-assessment "
                           "tool in February 2025 and reviewed every camera against the 12 guiding "
                           "principles. Four cameras that no longer met a clear purpose were removed. "
                           "Signage was renewed at 31 sites.")
    document.add_heading("4. What the cameras were used for", level=1)
    document.add_paragraph("Operators record every incident they monitor. The table shows the main types.")
    _grid(document, [["Incident type", "2023/24", "2024/25"],
                     ["Anti-social behaviour", "1,142", "1,087"],
                     ["Violence and public order", "618", "574"],
                     ["Shop theft", "402", "455"],
                     ["Concern for welfare and missing people", "231", "268"],
                     ["Drugs", "96", "81"],
                     ["Road traffic collisions", "44", "52"],
                     ["Total incidents monitored", "2,533", "2,517"]],
          header_fill="DEEAF1", bold_all=True)
    document.add_heading("5. Evidence requests and disclosures", level=1)
    document.add_paragraph("We provided 1,306 pieces of recorded footage to Sussex Police and 74 to other "
                           "bodies such as insurers and solicitors, each under a data sharing agreement or "
                           "a signed request. Footage is kept for 31 days unless it is requested.")
    document.add_heading("6. Working with partners", level=1)
    document.add_heading("Searching for missing people", level=2)
    document.add_paragraph("Since May 2024, when Sussex Police's Hastings district grades a missing person as "
                           "high risk, its officers send a photograph and last known location to the control "
                           "room through a secure messaging channel, and our operators search the seafront, "
                           "the town centre and the railway stations. There were 58 searches in the year; "
                           "in 21 the person was found first on camera, in most cases within an hour, and "
                           "officers were directed to them. Sussex Police estimates this saved around 400 "
                           "officer hours.")
    document.add_heading("Town centre radio link", level=2)
    document.add_paragraph("With the Hastings Old Town Traders' Association we linked 46 shops and pubs in "
                           "George Street and the High Street to the control room by radio, so that a trader "
                           "can ask an operator to follow someone they suspect of stealing and warn other "
                           "members. Members recorded 30% fewer thefts in the second half of the year than "
                           "in the first, and the association's members voted to pay for the radios "
                           "themselves from April 2025.")
    document.add_heading("7. Redeployable cameras", level=1)
    document.add_paragraph("We moved our six redeployable cameras to the six worst fly-tipping hot spots "
                           "named by the council's waste team, with signs warning that the area is "
                           "watched. Fly-tipping at those sites fell from 212 incidents in 2023/24 to 74, "
                           "and 31 fixed penalty notices were issued from the footage.")
    document.add_heading("8. Budget", level=1)
    _grid(document, [["", "2024/25 (\u00a3)"],
                     ["Staff", "412,300"],
                     ["Maintenance and fibre rental", "96,800"],
                     ["Equipment replacement", "38,500"],
                     ["Income from partners", "-61,000"],
                     ["Net cost to the council", "486,600"]],
          header_fill="DEEAF1", bold_all=True)
    document.add_heading("9. Priorities for 2025/26", level=1)
    _bullets(document, ["Replace the 22 oldest analogue cameras on the seafront with high-definition cameras.",
                        "Complete a fresh privacy impact assessment for the redeployable cameras.",
                        "Review the control room's staffing rota with Sussex Police."])
    document.add_heading("Contact", level=1)
    document.add_paragraph("Community Safety and CCTV, Hastings Borough Council, Muriel Matters House, Breeds "
                           "Place, Hastings TN34 3UY. Email cctv@hastings.gov.uk. Requests for your own "
                           "footage (subject access requests) must be made within 31 days.")
    _save_docx(document, out / "hastings-borough-council-public-space-cctv-annual-report-2024-25.docx",
               "Public Space CCTV Annual Report 2024/25", "Hastings Borough Council")


# ------------------ 6. A music festival's event management plan, security section (Word, tables)

def deben_fields_event_management_plan(out: Path) -> None:
    """A music festival's event management plan, section 7 on security, crime and policing (Word, no
    heading styles: bold numbered paragraph labels, several tables): header with the festival and the
    plan, footer with version, protective marking and page number; a document control table, purpose,
    the premises licence conditions (not metrics), security staffing by day as a table, police
    arrangements under a special services agreement (future), search and drugs policy, ejections,
    welfare and safeguarding, crime reporting with last year's figures (context) and the sign-off. All
    plans for the coming event. No initiatives."""
    import docx

    document = docx.Document()
    _header_footer(document, "Deben Fields Festival 2026  |  Event Management Plan",
                   "Version 2.1  |  RESTRICTED: SAG members only")
    _bold_para(document, "Deben Fields Festival 2026", size=18, colour="1F4E79")
    _bold_para(document, "Event Management Plan  -  Section 7: Security, Crime and Policing", size=13)
    _grid(document, [["Document control", ""],
                     ["Event", "Deben Fields Festival, Sutton Hoo Road, near Woodbridge, Suffolk IP12 3DJ"],
                     ["Dates", "Friday 17 July to Sunday 19 July 2026 (site open Thursday 16 July)"],
                     ["Capacity", "14,999 at any one time, including staff and artists"],
                     ["Version", "2.1, for the Safety Advisory Group meeting on 5 March 2026"],
                     ["Author", "Lewis Barnaby, Head of Security, Deben Fields Events Ltd"]],
          header_fill="DDEBF7", label_col=True)
    _bold_para(document, "7.1  Purpose")
    document.add_paragraph("This section sets out how the festival will promote the licensing objective of "
                           "preventing crime and disorder. It should be read with Section 5 (Crowd "
                           "Management) and Section 9 (Medical and Welfare).")
    _bold_para(document, "7.2  Premises licence conditions")
    document.add_paragraph("East Suffolk Council's premises licence for the site includes these conditions "
                           "relevant to this section:")
    _bullets(document, ["Condition 14: a minimum of 180 SIA licensed door supervisors on site during public "
                        "opening hours.",
                        "Condition 17: a search of every person entering the arena.",
                        "Condition 22: a written drugs policy, agreed with Suffolk Constabulary.",
                        "Condition 31: no sale of alcohol after 11.30pm."], style="List Number")
    _bold_para(document, "7.3  Security staffing")
    document.add_paragraph("Security is provided by Anglia Event Security Ltd. Numbers on duty at peak:")
    _grid(document, [["Day", "Gates and search", "Arena and pit", "Campsites", "Response teams", "Total"],
                     ["Thursday 16 July", "40", "0", "62", "12", "114"],
                     ["Friday 17 July", "96", "48", "70", "16", "230"],
                     ["Saturday 18 July", "104", "52", "70", "16", "242"],
                     ["Sunday 19 July", "96", "48", "64", "16", "224"]],
          header_fill="DDEBF7")
    _bold_para(document, "7.4  Police arrangements")
    document.add_paragraph("Suffolk Constabulary will police the event under a special services agreement "
                           "paid for by the organiser. A police Bronze will sit in the event control room "
                           "from 10am to 2am each day, with a team of one sergeant and eight constables on "
                           "site and a roads policing unit on the A12 and B1083. The police command "
                           "structure, deployment and intelligence are set out in Suffolk Constabulary's "
                           "own operational order and are not reproduced here.")
    _bold_para(document, "7.5  Search and entry")
    document.add_paragraph("Every person will be searched at the arena and campsite gates. Search dogs may "
                           "be used by the police at the main gate. Prohibited items include glass, gas "
                           "canisters, laughing gas, fireworks and weapons. Anyone found with a weapon will be "
                           "detained and handed to the police.")
    _bold_para(document, "7.6  Drugs")
    document.add_paragraph("Amnesty bins will be placed at every gate. Anyone found with a small quantity of "
                           "drugs for personal use will have them confiscated and be refused entry or "
                           "ejected; anyone suspected of supplying will be handed to the police. Drugs "
                           "seized will be logged and stored in a safe in the control room for collection by "
                           "Suffolk Constabulary.")
    _bold_para(document, "7.7  Ejections and refusals")
    document.add_paragraph("Ejections will be authorised by a security supervisor and recorded. No one under "
                           "18, and no one who appears vulnerable, will be ejected until the welfare team "
                           "has been consulted and a safe way home arranged.")
    _bold_para(document, "7.8  Welfare and safeguarding")
    document.add_paragraph("A welfare tent run by Suffolk Festival Welfare will be open 24 hours a day from "
                           "Thursday noon. Bar and security staff will be briefed on Ask for Angela and on "
                           "spotting sexual harassment, and a named safeguarding lead will be on duty at all "
                           "times.")
    _bold_para(document, "7.9  Crime reporting")
    document.add_paragraph("Crimes will be reported to the police desk in the event control room or at the "
                           "information point. For planning, in 2025 there were 61 crimes recorded on site "
                           "over the weekend (38 of them thefts from tents) and 14 arrests.")
    _grid(document, [["Sign-off", "Name", "Date"],
                     ["Head of Security", "Lewis Barnaby", "20 February 2026"],
                     ["Event Director", "Hannah Oakes", "23 February 2026"]],
          header_fill="DDEBF7")
    _save_docx(document, out / "deben-fields-festival-2026-event-management-plan-section-7-security.docx",
               "Deben Fields Festival 2026 Event Management Plan, Section 7", "Deben Fields Events Ltd")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fenbury_imb_annual_report(out)
    fylde_coast_airport_community_safety_report(out)
    broads_lines_crp_annual_report(out)
    worcester_on_the_rank_driver_newsletter(out)
    hastings_cctv_annual_report(out)
    deben_fields_event_management_plan(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
