"""Write the binary documents of the fourth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout4/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing publishers lay out their
documents, without reading the segmenter, the readers or the grader, and are not to be tuned
against. The writers here are self-contained (reportlab and python-docx called directly): the
minutes of a PCC's assurance board, a one-page infographic poster, a two-column university research
briefing, a project closure report laid out as a table of labelled rows, a police and crime plan
delivery tracker and a workforce equality data report. The HTML, Markdown and plain-text documents
beside this script are written by hand; manifest.json lists every document's intended initiatives.

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
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


# ------------------------------------------- 1. Minutes of a PCC's strategic assurance board (PDF)

MIN_BODY = ParagraphStyle("minbody", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
MIN_NUM = ParagraphStyle("minnum", parent=MIN_BODY, leftIndent=36, firstLineIndent=-36)
MIN_ITEM = ParagraphStyle("minitem", parent=MIN_BODY, fontName="Times-Bold", fontSize=11.5, spaceBefore=10,
                          spaceAfter=6, leftIndent=36, firstLineIndent=-36)
MIN_TITLE = ParagraphStyle("mintitle", parent=MIN_BODY, fontName="Times-Bold", fontSize=13, leading=17,
                           alignment=TA_CENTER, spaceAfter=2)
MIN_CELL = ParagraphStyle("mincell", parent=MIN_BODY, fontSize=10, leading=12.5, spaceAfter=0)
MIN_CELL_B = ParagraphStyle("mincellb", parent=MIN_CELL, fontName="Times-Bold")

MIN_FOOTER = "Derbyshire OPCC | Strategic Priorities Assurance Board | Minutes of 14 November 2024"


def _minutes_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(62, height - 34, "Police and Crime Commissioner for Derbyshire")
    canvas.drawRightString(width - 62, height - 34, "NOT PROTECTIVELY MARKED")
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.line(62, height - 40, width - 62, height - 40)
    canvas.line(62, 46, width - 62, 46)
    canvas.drawString(62, 34, MIN_FOOTER)
    canvas.drawRightString(width - 62, 34, f"Page {doc.page}")
    canvas.restoreState()


def derbyshire_board_minutes(out: Path) -> None:
    """Minutes of a PCC's accountability board: attendance table, numbered agenda items with
    numbered paragraphs, RESOLVED lines, an action log table. Three items are pieces of work."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "derbyshire-pcc-strategic-priorities-assurance-board-minutes-2024-11.pdf"),
                          pagesize=A4, leftMargin=62, rightMargin=62, topMargin=56, bottomMargin=58,
                          title="Strategic Priorities Assurance Board - Minutes - 14 November 2024",
                          author="Office of the Police and Crime Commissioner for Derbyshire", invariant=1)
    frame = Frame(62, 56, width - 124, height - 56 - 52, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_minutes_page)])
    p = lambda text, style=MIN_BODY: Paragraph(text, style)  # noqa: E731
    n = lambda number, text: Paragraph(f"{number}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{text}", MIN_NUM)  # noqa: E731
    item = lambda number, text: Paragraph(f"{number}.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{text}", MIN_ITEM)  # noqa: E731
    inner = width - 124

    present = Table([[p(a, MIN_CELL_B), p(b, MIN_CELL)] for a, b in [
        ("Present:", "Helen Marsh, Police and Crime Commissioner (Chair)<br/>"
                     "Simon Achterberg, Chief Executive, OPCC<br/>"
                     "Joanne Price, Chief Finance Officer, OPCC<br/>"
                     "Rhian Doyle, Head of Partnerships and Commissioning, OPCC"),
        ("Derbyshire Constabulary:", "Chief Constable Andrew Pell<br/>Deputy Chief Constable Nadia Kerr<br/>"
                   "Superintendent Carl Brindley (for item 5)<br/>Inspector Priya Gill (for item 6)"),
        ("Minutes:", "Tom Ellery, Governance Officer, OPCC"),
        ("Apologies:", "Assistant Chief Officer Mark Rowe"),
    ]], colWidths=[130, inner - 130])
    present.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))

    actions = Table(
        [[p(c, MIN_CELL_B if r == 0 else MIN_CELL) for c in row] for r, row in enumerate([
            ("Action", "Item", "Action", "Owner", "Due"),
            ("24/41", "4", "Report 101 abandonment by hour of day for the January meeting", "DCC Kerr", "16 Jan 2025"),
            ("24/42", "5", "Share the Operation Drystone alarm loan criteria with the rural panel", "Supt Brindley",
             "13 Dec 2024"),
            ("24/43", "6", "Confirm Market Hall Safe Haven hours for December", "Insp Gill", "29 Nov 2024"),
            ("24/44", "7", "Bring the revised capital programme to the January meeting", "CFO", "16 Jan 2025"),
            ("24/45", "8", "Circulate the ISVA referral pathway to Board members", "R Doyle", "13 Dec 2024"),
        ])], colWidths=[44, 34, inner - 44 - 34 - 78 - 68, 78, 68], repeatRows=1)
    actions.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    story = [
        p("POLICE AND CRIME COMMISSIONER FOR DERBYSHIRE", MIN_TITLE),
        p("STRATEGIC PRIORITIES ASSURANCE BOARD", MIN_TITLE),
        Spacer(1, 6),
        p("Minutes of the meeting held on Thursday 14 November 2024 at 10:00am in the Conference Room, "
          "Police Headquarters, Butterley Hall, Ripley, Derbyshire DE5 3RS"),
        Spacer(1, 4), present, Spacer(1, 6),
        item("1", "WELCOME AND APOLOGIES"),
        n("1.1", "The Chair welcomed everyone to the meeting. Apologies were noted as above."),
        item("2", "DECLARATIONS OF INTEREST"),
        n("2.1", "There were no declarations of interest."),
        item("3", "MINUTES OF THE PREVIOUS MEETING AND ACTION LOG"),
        n("3.1", "The minutes of the meeting held on 12 September 2024 were agreed as a true record."),
        n("3.2", "Action 24/31 (101 call-back option) is closed. Action 24/36 (capital programme) remains "
                 "open and is covered under item 7."),
        item("4", "PERFORMANCE REPORT: QUARTER 2 2024/25"),
        n("4.1", "The Deputy Chief Constable presented the quarterly performance report. Total recorded crime "
                 "was 2.4% lower than in the same quarter last year. 91.2% of 999 calls were answered within "
                 "10 seconds against the national standard of 90%. The average wait on 101 was 4 minutes "
                 "12 seconds, and 14% of 101 callers abandoned the call."),
        n("4.2", "The Chair said that residents raise 101 waiting times with her more than any other subject, "
                 "and asked for abandonment to be reported by hour of day (Action 24/41)."),
        p("<b>RESOLVED</b> that the report be noted."),
        item("5", "RURAL CRIME: OPERATION DRYSTONE"),
        n("5.1", "Superintendent Brindley presented an update on Operation Drystone, which the Force's Rural "
                 "Crime Team has run in the Derbyshire Dales and High Peak since March 2024 with the Peak "
                 "District National Park Authority and Derbyshire Dales District Council."),
        n("5.2", "The team has lent tamper alarms for 210 farm gates and yards, marked 640 items of farm "
                 "machinery and quad bikes with forensic marking, and started a messaging group that now has "
                 "380 farmers and landowners as members. Patrols by the team's two 4x4 vehicles are now "
                 "planned from the alerts that members post."),
        n("5.3", "Thefts of farm machinery and vehicles in the two districts fell from 58 in April to October "
                 "2023 to 31 in the same months of 2024. Two organised groups from outside the county were "
                 "arrested after alarms were triggered at night."),
        n("5.4", "The Chair asked how farmers outside the two districts could take part. Superintendent "
                 "Brindley said the alarm loan would open to Amber Valley and South Derbyshire in the spring, "
                 "subject to funding (Action 24/42)."),
        p("<b>RESOLVED</b> that the Board notes the progress of Operation Drystone."),
        item("6", "NEIGHBOURHOOD POLICING: CHESTERFIELD TOWN CENTRE"),
        n("6.1", "Inspector Gill presented the Chesterfield town centre problem-solving plan, run by the "
                 "Chesterfield Safer Neighbourhood Team with Chesterfield Borough Council and Chesterfield "
                 "Street Pastors."),
        n("6.2", "Since June a Safe Haven has opened in the Market Hall from 10pm to 3am on Friday and "
                 "Saturday nights. Street Pastors staff it and officers can bring people there who are "
                 "vulnerable through drink, instead of leaving them alone or taking them to hospital. "
                 "Licensees in the town's Pubwatch now share photographs of people they have banned through "
                 "a secure app that the Council pays for."),
        n("6.3", "In 22 weekends the Safe Haven has helped 164 people, 41 of whom would otherwise have gone "
                 "to the Emergency Department. Violence with injury in the night-time economy fell by 17%."),
        p("<b>RESOLVED</b> that the Board notes the report."),
        item("7", "FINANCE: REVENUE AND CAPITAL MONITORING"),
        n("7.1", "The Chief Finance Officer presented the monitoring report. The forecast revenue overspend is "
                 "£1.3m (0.6% of the budget), mainly from overtime. The capital programme has slipped by "
                 "£2.1m and a revised programme will come to the next meeting (Action 24/44)."),
        p("<b>RESOLVED</b> that the report be noted."),
        item("8", "VICTIM SERVICES: COMMISSIONED SERVICES UPDATE"),
        n("8.1", "The Head of Partnerships and Commissioning reported on the services the Commissioner funds. "
                 "Since July the OPCC has paid for two Independent Sexual Violence Advisers to be based in "
                 "the Emergency Department at Royal Derby Hospital, employed by Safe Harbour Derbyshire and "
                 "working with University Hospitals of Derby and Burton NHS Foundation Trust."),
        n("8.2", "The advisers see patients in the department on the day they disclose, rather than waiting "
                 "for a referral letter. In the first four months they supported 73 people, and 58 of them "
                 "were still in contact with the service after six weeks."),
        n("8.3", "The Chair asked that the referral pathway be shared with Board members (Action 24/45)."),
        item("9", "ANY OTHER BUSINESS"),
        n("9.1", "The Deputy Chief Constable said the Force's response to its PEEL inspection will come to "
                 "the January meeting."),
        item("10", "DATE OF NEXT MEETING"),
        n("10.1", "Thursday 16 January 2025 at 10:00am, Butterley Hall."),
        Spacer(1, 8),
        KeepTogether([p("<b>ACTION LOG</b>"), actions]),
        Spacer(1, 12),
        p("Signed as a true record: ............................................ (Chair)&nbsp;&nbsp;&nbsp; "
          "Date: ....................."),
    ]
    doc.build(story)


# ------------------------------------------------------- 2. One-page infographic poster (PDF)

POSTER_NAVY = colors.HexColor("#0b2f5b")
POSTER_GOLD = colors.HexColor("#f2b600")
POSTER_TEXT = ParagraphStyle("postertext", fontName="Helvetica", fontSize=10, leading=13.5,
                             textColor=colors.HexColor("#1a1a1a"))


def _paragraph_at(c, text, style, x, y_top, w):
    para = Paragraph(text, style)
    _, h = para.wrap(w, 1000)
    para.drawOn(c, x, y_top - h)
    return y_top - h


def staffordshire_poster(out: Path) -> None:
    """A one-page A4 poster: banner, big figures in boxes, two short text panels, partner strip and
    footer, drawn straight on the canvas the way a design studio's export comes out."""
    width, height = A4
    c = pdfcanvas.Canvas(str(out / "staffordshire-police-pouch-up-year-in-numbers-poster.pdf"), pagesize=A4,
                         invariant=1)
    c.setTitle("Pouch Up: our year in numbers")
    c.setAuthor("Staffordshire Police")

    c.setFillColor(POSTER_NAVY)
    c.rect(0, height - 170, width, 170, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, height - 40, "STAFFORDSHIRE POLICE")
    c.drawRightString(width - 40, height - 40, "#PouchUp")
    c.setFillColor(POSTER_GOLD)
    c.setFont("Helvetica-Bold", 44)
    c.drawString(40, height - 95, "POUCH UP")
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, height - 124, "Keyless car theft: our year in numbers")
    c.setFont("Helvetica", 11)
    c.drawString(40, height - 148, "Stoke-on-Trent and Newcastle-under-Lyme  |  April 2024 to March 2025")

    figures = [
        ("4,120", "signal-blocking pouches given out free"),
        ("38%", "fewer keyless thefts in the six pilot wards"),
        ("27", "roadshows at supermarkets and car dealers"),
        ("612", "cars checked by officers for relay risk"),
        ("9", "relay devices seized from suspects"),
        ("1.85", "pounds: what each pouch cost us"),
    ]
    box_w, box_h, gap = (width - 80 - 2 * 14) / 3, 112, 14
    top = height - 196
    for i, (big, small) in enumerate(figures):
        col, row = i % 3, i // 3
        x = 40 + col * (box_w + gap)
        y = top - (row + 1) * box_h - row * gap
        c.setFillColor(colors.HexColor("#eef3f9") if (i % 2 == 0) else colors.HexColor("#fff6d6"))
        c.setStrokeColor(POSTER_NAVY)
        c.roundRect(x, y, box_w, box_h, 8, stroke=1, fill=1)
        c.setFillColor(POSTER_NAVY)
        c.setFont("Helvetica-Bold", 34)
        c.drawCentredString(x + box_w / 2, y + box_h - 52, big)
        _paragraph_at(c, small, ParagraphStyle("small", parent=POSTER_TEXT, alignment=TA_CENTER, fontSize=9.5,
                                               leading=12), x + 8, y + 44, box_w - 16)

    y = top - 2 * box_h - gap - 26
    half = (width - 80 - 20) / 2
    c.setFillColor(POSTER_NAVY)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "How it worked")
    c.drawString(40 + half + 20, y, "What our officers say")
    y -= 8
    _paragraph_at(c, "Thieves steal keyless cars by relaying the signal from a key left near the front door. "
                     "Neighbourhood officers and PCSOs went door to door in the six wards with the most "
                     "keyless thefts, gave each household a signal-blocking pouch and showed owners how to "
                     "test it. Stoke-on-Trent City Council and Newcastle-under-Lyme Borough Council paid for "
                     "the pouches from their community safety budgets, and the roadshows ran in supermarket "
                     "car parks every other Saturday.", POSTER_TEXT, 40, y, half)
    _paragraph_at(c, "\"People didn't know their car could be opened from their hallway. Ten minutes on the "
                     "doorstep and a two-pound pouch does more than any leaflet.\"<br/><br/>"
                     "<b>PCSO Leanne Boothby</b>, Hanley and Shelton neighbourhood team", POSTER_TEXT,
                  40 + half + 20, y, half)

    c.setFillColor(POSTER_GOLD)
    c.rect(0, 92, width, 56, stroke=0, fill=1)
    c.setFillColor(POSTER_NAVY)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(width / 2, 126, "Funded by Stoke-on-Trent City Council and Newcastle-under-Lyme Borough Council")
    c.setFont("Helvetica", 10)
    c.drawCentredString(width / 2, 108, "Supported by the Staffordshire Commissioner's Office")

    c.setFillColor(POSTER_NAVY)
    c.rect(0, 0, width, 92, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(width / 2, 62, "Report crime online at staffordshire.police.uk or call 101")
    c.setFont("Helvetica", 10)
    c.drawCentredString(width / 2, 44, "In an emergency always call 999")
    c.setFont("Helvetica", 7)
    c.drawString(40, 16, "Staffordshire Police Corporate Communications  |  Ref CC/0425/118")
    c.drawRightString(width - 40, 16, "Follow us @StaffsPolice")
    c.showPage()
    c.save()


# ------------------------------------------- 3. University research briefing in two columns (PDF)

RB_GREEN = colors.HexColor("#00543c")
RB_BODY = ParagraphStyle("rbbody", fontName="Helvetica", fontSize=10, leading=13.6, spaceAfter=7)
RB_H = ParagraphStyle("rbh", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=11, leading=14,
                      textColor=RB_GREEN, spaceBefore=6, spaceAfter=4)
RB_TITLE = ParagraphStyle("rbtitle", parent=RB_BODY, fontName="Helvetica-Bold", fontSize=17, leading=21,
                          textColor=RB_GREEN, spaceAfter=4)
RB_BULLET = ParagraphStyle("rbbullet", parent=RB_BODY, leftIndent=10, bulletIndent=0, spaceAfter=3)
RB_SMALL = ParagraphStyle("rbsmall", parent=RB_BODY, fontSize=8, leading=10.5, spaceAfter=3)

RB_FOOTER = "Centre for Innovative Ageing, Swansea University  |  Research Briefing 7"


def _rb_page(canvas, doc):
    canvas.saveState()
    width, height = A4
    canvas.setFillColor(RB_GREEN)
    canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(44, height - 19, "RESEARCH BRIEFING")
    canvas.drawRightString(width - 44, height - 19, "No. 7  |  January 2025")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(44, 24, RB_FOOTER)
    canvas.drawRightString(width - 44, 24, f"Page {doc.page} of 2")
    canvas.restoreState()


def swansea_research_briefing(out: Path) -> None:
    """A two-page university research briefing: green band, title and key findings across the top,
    then two columns with background, the pilot, method, findings, implications, a boxed
    'About this briefing' and references."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "swansea-university-herbert-protocol-qr-wristbands-research-briefing.pdf"),
                          pagesize=A4, leftMargin=44, rightMargin=44, topMargin=44, bottomMargin=44,
                          title="QR wristbands and the Herbert Protocol: a pilot in two Welsh police forces",
                          author="Centre for Innovative Ageing, Swansea University", invariant=1)
    inner = width - 88
    col_w = (inner - 18) / 2
    top_h = 250
    first = [Frame(44, height - 44 - top_h, inner, top_h, id="top"),
             Frame(44, 40, col_w, height - 44 - top_h - 40 - 6, id="c1"),
             Frame(44 + col_w + 18, 40, col_w, height - 44 - top_h - 40 - 6, id="c2")]
    later = [Frame(44, 40, col_w, height - 84, id="c1b"), Frame(44 + col_w + 18, 40, col_w, height - 84, id="c2b")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_rb_page),
                          PageTemplate("later", frames=later, onPage=_rb_page)])
    p = lambda text, style=RB_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, RB_BULLET, bulletText="\u2022")  # noqa: E731

    findings = Table([[[p("<b>Key findings</b>", RB_H),
                        b("Families of 212 people living with dementia were given a wristband in six months."),
                        b("When a wearer was reported missing, the median time to find them was 1 hour "
                          "25 minutes, against 3 hours 10 minutes for comparable reports in 2023."),
                        b("Call handlers had the person's details on screen in under two minutes in 17 of "
                          "19 missing episodes."),
                        b("Families valued the wristband; some people living with dementia refused to wear it.")]]],
                     colWidths=[inner])
    findings.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0ea")),
                                  ("BOX", (0, 0), (-1, -1), 0.8, RB_GREEN),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    about = Table([[[p("<b>About this briefing</b>", RB_SMALL),
                     p("This briefing summarises an evaluation funded by Health and Care Research Wales "
                       "(grant HCRW-24-0317). The views are the authors' and not necessarily those of "
                       "the funder or the forces.", RB_SMALL),
                     p("Contact: Dr Gareth Pryce, cia@swansea.ac.uk, 01792 604 000", RB_SMALL)]]],
                  colWidths=[col_w])
    about.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4"))]))

    results = Table([[p(c, RB_SMALL) for c in row] for row in [
        ("", "Pilot (wristband)", "Comparison (2023)"),
        ("Missing episodes", "19", "44"),
        ("Median time to locate", "1 h 25 min", "3 h 10 min"),
        ("Found by a member of the public", "7", "9"),
        ("Taken to hospital", "2", "8"),
    ]], colWidths=[col_w * 0.44, col_w * 0.28, col_w * 0.28])
    results.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbfb0")),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f0ea"))]))

    story = [
        NextPageTemplate("later"),
        p("QR wristbands and the Herbert Protocol: a pilot in two Welsh police forces", RB_TITLE),
        p("Gareth Pryce, Elin Rowlands and Sophie Adeyemi", RB_SMALL),
        Spacer(1, 8),
        findings,
        FrameBreak(),
        p("Why this matters", RB_H),
        p("Going missing is common among people living with dementia, and most are found close to home. "
          "The Herbert Protocol asks families to fill in a form in advance with a photograph, medical needs "
          "and places the person may go, so that the police do not lose time gathering it during a search. "
          "In practice the form is often in a drawer at home when the person goes missing, and the first "
          "hour of a search is spent finding it."),
        p("The pilot", RB_H),
        p("Between May and October 2024, Heddlu Dyfed-Powys and South Wales Police offered families who "
          "registered a Herbert Protocol form a free silicone wristband printed with a QR code. Anyone who "
          "finds a confused person can scan the code to ring the police, and a call handler who enters the "
          "wristband number sees the person's form, photograph and the family's contact details at once."),
        p("In Carmarthenshire the wristbands were given out through Carmarthenshire County Council's "
          "telecare team; in Swansea, Dementia Friendly Swansea handed them out at memory cafes. Both "
          "forces trained 95 call handlers and dispatchers, and neighbourhood officers in the two areas "
          "visited care homes to register residents."),
        p("What we did", RB_H),
        p("We interviewed 31 family carers and 18 officers and call handlers, and compared police records "
          "of the 19 missing episodes involving a wristband wearer with 44 episodes from 2023 involving "
          "people of similar age and diagnosis in the same areas."),
        p("What we found", RB_H),
        p("The median time to locate a wearer was 1 hour 25 minutes, compared with 3 hours 10 minutes. In "
          "seven episodes a member of the public scanned the wristband, and in five of these the person was "
          "home within the hour. Call handlers said the form on screen saved them \"the worst ten minutes of "
          "the call\"."),
        results,
        p("Table 1: Missing episodes, pilot and comparison group", RB_SMALL),
        Spacer(1, 4),
        p("Not everyone would wear the band: 23 families said their relative took it off or refused it, and "
          "officers in both forces noticed that the printed codes faded after a few weeks of washing. A "
          "replacement band was later printed with a stronger ink."),
        p("After the pilot", RB_H),
        p("Both forces have kept the wristbands going since the pilot ended. Heddlu Dyfed-Powys now offers "
          "them in Ceredigion and Powys as well, and South Wales Police has added a wristband number field "
          "to its missing person risk assessment, so that the number is asked for on every call about a "
          "missing person living with dementia."),
        p("Implications for policing", RB_H),
        b("Forces using the Herbert Protocol should make the form reachable from the control room, not only "
          "on paper at home."),
        b("Wristbands should be offered, not pressed on people; a clip-on tag may suit some wearers better."),
        b("A larger study with a longer follow-up is needed before the approach is recommended nationally."),
        Spacer(1, 6),
        about,
        p("References", RB_H),
        p("Bantry, K. and Lewis, M. (2021) <i>Missing episodes among people living with dementia</i>. "
          "Journal of Ageing Studies, 58, 100-112.", RB_SMALL),
        p("Welsh Government (2022) <i>Dementia Action Plan for Wales 2018-2022: final report</i>. Cardiff.",
          RB_SMALL),
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


def _header_footer(document, header_left: str, header_right: str, footer_text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{header_left}\t\t{header_right}"
    footer = section.footer.paragraphs[0]
    footer.text = f"{footer_text}   Page "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer)


def _labelled_table(document, rows, widths=(1.9, 4.6), shade="D9E2F3"):
    from docx.shared import Inches

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = True
        _shade(cells[0], shade)
        values = value if isinstance(value, list) else [value]
        cells[1].text = values[0]
        for extra in values[1:]:
            cells[1].add_paragraph(extra)
    for row in table.rows:
        row.cells[0].width = Inches(widths[0])
        row.cells[1].width = Inches(widths[1])
    return table


def _grid(document, rows, header_fill="D9D9D9", bold_first_row=True):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            if r == 0 and bold_first_row:
                run.bold = True
                _shade(cell, header_fill)
    return table


# ------------------------------------- 4. Project closure report as a table of labelled rows (Word)

def cumbria_closure_report(out: Path) -> None:
    """A force PMO project closure report: title page, document control table, then the whole
    report as a two-column table of labelled rows, then an approvals table. One initiative."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    _header_footer(document, "OFFICIAL", "Project Closure Report: FELLSIGHT",
                   "Cumbria Constabulary Portfolio Management Office | CC-PMO-2023-014 | v1.0")
    for text, size in (("Cumbria Constabulary", 16), ("PROJECT CLOSURE REPORT", 24),
                       ("FELLSIGHT", 20), ("Version 1.0 FINAL, 18 November 2024", 11)):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold = size > 12
        run.font.size = Pt(size)
    document.add_paragraph()
    document.add_paragraph("Document control").runs[0].bold = True
    _grid(document, [("Version", "Date", "Author", "Change"),
                     ("0.1", "30/09/2024", "J. Haworth", "First draft for the project team"),
                     ("0.2", "21/10/2024", "J. Haworth", "Benefits figures added from Performance"),
                     ("1.0", "18/11/2024", "J. Haworth", "Approved by the Change Board")])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading("1. Project summary", level=1)
    _labelled_table(document, [
        ("Project name", "FELLSIGHT: drones for missing person searches in the fells"),
        ("Project reference", "CC-PMO-2023-014"),
        ("Portfolio", "Operational Support Transformation"),
        ("Senior Responsible Owner", "Chief Superintendent Dawn Irving, Head of Operational Support"),
        ("Project Manager", "Jess Haworth, Portfolio Management Office"),
        ("Start date", "3 April 2023"),
        ("Closure date", "31 October 2024"),
        ("Budget", "£186,000 approved; £171,400 spent (capital £132,000, training £39,400)"),
        ("Partners", "Lake District Search and Mountain Rescue Association; Cumbria Fire and Rescue Service"),
        ("Background", "Cumbria has more missing person searches on open fell than any other force area in "
                       "England. Before the project, an aerial search of the fells depended on the national "
                       "police helicopter, which is often committed elsewhere and cannot fly in low cloud."),
        ("Objectives", ["1. Have a drone and a qualified pilot available to any high-risk missing person "
                        "search in the fells within 60 minutes, day or night.",
                        "2. Share live drone footage with mountain rescue team leaders at the search base.",
                        "3. Reduce the time taken to find high-risk missing people in open country."]),
        ("What was delivered", ["Six drones with thermal cameras were bought and based at Penrith, Kendal and "
                                "Workington.",
                                "Fourteen officers qualified as remote pilots and now provide a 24-hour "
                                "rota alongside their normal duties.",
                                "Live footage is streamed to a tablet in each mountain rescue team's control "
                                "vehicle, so that team leaders can direct searchers to heat sources the "
                                "drone finds.",
                                "Joint night search exercises were held every quarter with the mountain "
                                "rescue teams and Cumbria Fire and Rescue Service's water rescue crews."]),
        ("Benefits realised", ["The drone was deployed to 97 missing person searches between April 2023 and "
                               "September 2024 and was on scene within 60 minutes in 88 of them.",
                               "In 23 searches the drone found the missing person first; 11 of them were "
                               "found at night by the thermal camera.",
                               "Median search time for high-risk missing people on open fell fell from "
                               "5.2 hours to 2.9 hours."]),
        ("Benefits not yet realised", "Reduced requests for the national police helicopter: requests fell "
                                      "from 41 to 33, but the target of 25 was not met."),
        ("Lessons learned", ["Pilot numbers: the rota was thin in the first six months because pilots also "
                             "covered response shifts. Fourteen pilots is the minimum.",
                             "Weather: winds over the summits grounded the drones in 12 searches; pilots "
                             "now plan launch sites in the valleys.",
                             "Other forces: a visit to North Wales Police's drone unit early in the project "
                             "helped us to write the operating procedure; we did not need to start from "
                             "nothing."]),
        ("Handover to business as usual", "From 1 November 2024 the drones are run by the Operational "
                                          "Support Unit. Revenue costs (£28,000 a year) are in the base "
                                          "budget from 2025/26."),
        ("Outstanding risks and issues", "R07: batteries reach the end of their life in 2026 (owner: Head "
                                         "of Operational Support)."),
        ("Closure recommendation", "The Change Board is asked to approve the closure of the project."),
    ])
    document.add_paragraph()
    document.add_heading("2. Approval", level=1)
    _grid(document, [("Name", "Role", "Decision", "Date"),
                     ("ACC Paul Metcalfe", "Chair, Change Board", "Closure approved", "18/11/2024"),
                     ("Ch Supt Dawn Irving", "Senior Responsible Owner", "Closure approved", "18/11/2024")])
    document.add_paragraph()
    document.add_paragraph("Template PMO-T07 Project Closure Report (version 3). Retain for seven years after "
                           "closure in line with the Force's retention schedule.").runs[0].italic = True
    _save_docx(document, out / "cumbria-constabulary-fellsight-drone-project-closure-report.docx",
               "Project Closure Report: FELLSIGHT", "Cumbria Constabulary")


# ---------------------------- 5. Police and crime plan delivery tracker, landscape table (Word)

TRACKER = [
    ("Priority 1: Safer communities", None),
    ("1.1", "Increase the visibility of neighbourhood policing", "Chief Constable", "GREEN",
     "On track. All neighbourhood teams are at their funded establishment. Next update at Q4."),
    ("1.2", "Work with business to reduce shop theft", "Chief Constable", "GREEN",
     "Leicestershire Police and Leicester BID launched Shopwatch Connect in July. 64 city-centre shops "
     "share a radio link with the city CCTV control room and with the city-centre beat team, and the team "
     "visits the 20 most targeted shops every week. Shop theft reported in the city centre was 12% lower in "
     "Q3 than in Q3 last year, and 47 prolific offenders have been given Criminal Behaviour Orders."),
    ("1.3", "Reduce harm on the roads", "Chief Constable", "AMBER",
     "Mobile safety camera deployments were reduced while camera operators were recruited. Full deployment "
     "resumed in December."),
    ("Priority 2: Protecting people from harm", None),
    ("2.1", "Make the night-time economy safer for women and girls", "Chief Constable", "GREEN",
     "The Force's licensing team and Leicester City Council have trained 310 door staff, bar staff and taxi "
     "marshals to spot and step in on predatory behaviour. 42 venues have signed the Safer Nights Charter "
     "and agreed to call the police to every report of spiking. Licensing officers visit charter venues "
     "unannounced every month."),
    ("2.2", "Re-commission the victims' service", "OPCC", "AMBER",
     "Procurement is under way. Contract award is expected in April 2025; the current service has been "
     "extended to 30 September 2025."),
    ("2.3", "Divert young people from serious violence", "Violence Reduction Network", "GREEN",
     "The Violence Reduction Network placed two youth workers in the Euston Street custody suite in "
     "September. Leicestershire Police custody staff introduce them to every child and young adult under "
     "25 brought in for a violent or weapons offence, and the youth workers keep in touch after release. "
     "118 young people have been seen and 71 have taken up support."),
    ("Priority 3: Rural communities", None),
    ("3.1", "Tackle rural crime in Rutland and the county", "Chief Constable", "GREEN",
     "Rutland Rural Watch started in October with Rutland County Council: the Rural Crime Team has signed "
     "up 260 farms and rural businesses to a text alert service, and the Council's parish wardens report "
     "suspicious vehicles straight to the team. Thefts from farms in Rutland fell from 19 to 8 in the "
     "quarter."),
    ("3.2", "Improve the 101 service", "Chief Constable", "RED",
     "The average answer time was 9 minutes 40 seconds against a target of 5 minutes. The Commissioner has "
     "asked for a recovery plan by 31 March 2025."),
    ("Priority 4: Confidence and engagement", None),
    ("4.1", "Make it easier to report hate crime", "OPCC", "GREEN",
     "We have trained staff at 18 libraries, mosques, gurdwaras and community centres in Loughborough as "
     "third-party hate crime reporting centres, working with Charnwood Borough Council. Staff help people "
     "make a report online or pass it to the police with the victim's consent. 26 reports have come "
     "through the centres since they opened in June."),
    ("4.2", "Publish the Commissioner's decisions", "OPCC", "GREEN",
     "Complete. All decisions were published within ten working days."),
]

RAG_FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}


def leicestershire_plan_tracker(out: Path) -> None:
    """A PCC's police and crime plan delivery tracker for the Panel: landscape, a RAG key, one table
    with priority rows spanning the table and one commitment a row (ref, commitment, lead, status,
    update). Five updates describe work; the others are status lines."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Inches(0.7)
    _header_footer(document, "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                   "Police and Crime Panel, 5 February 2025, Agenda Item 7",
                   "Police and Crime Plan 2024-2029 Delivery Tracker, Quarter 3 2024/25")
    document.add_heading("Police and Crime Plan 2024-2029: Delivery Tracker", level=0)
    document.add_paragraph("Quarter 3 2024/25 (October to December 2024)").runs[0].bold = True
    document.add_paragraph(
        "This tracker reports progress against each commitment in the Police and Crime Plan. It is updated "
        "every quarter by the Office of the Police and Crime Commissioner (OPCC) with information from "
        "Leicestershire Police and partners. Commitments completed in earlier quarters are not repeated.")
    document.add_heading("Status key", level=2)
    key = _grid(document, [("Status", "Meaning"),
                           ("GREEN", "On track to deliver the commitment as planned"),
                           ("AMBER", "Some delay or risk; action in hand"),
                           ("RED", "Off track; the Commissioner has asked for a recovery plan")])
    for r, rag in ((1, "GREEN"), (2, "AMBER"), (3, "RED")):
        _shade(key.rows[r].cells[0], RAG_FILL[rag])
    document.add_paragraph()
    document.add_heading("Delivery against the Plan", level=2)

    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ("Ref", "Commitment", "Lead", "Status", "Update Q3 2024/25")):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
        _shade(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    for row in TRACKER:
        cells = table.add_row().cells
        if row[1] is None:
            merged = cells[0].merge(cells[4])
            merged.text = ""
            merged.paragraphs[0].add_run(row[0]).bold = True
            _shade(merged, "D9E2F3")
            continue
        for cell, value in zip(cells, row):
            cell.text = value
        _shade(cells[3], RAG_FILL[row[3]])
    widths = (0.5, 2.2, 1.4, 0.8, 5.0)
    for tr in table.rows:
        for cell, w in zip(tr.cells, widths):
            cell.width = Inches(w)
    for tr in table.rows:
        for cell in tr.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9.5)
    document.add_paragraph()
    document.add_paragraph("Contact: Policy and Performance Officer, OPCC, 0116 229 8980, "
                           "admin@leics.pcc.pnn.gov.uk")
    _save_docx(document, out / "leicestershire-opcc-police-and-crime-plan-delivery-tracker-q3-2024-25.docx",
               "Police and Crime Plan 2024-2029: Delivery Tracker Q3", "OPCC Leicestershire")


# ------------------------------------------ 6. Workforce equality data report, mostly tables (Word)

def thames_valley_equality_data_report(out: Path) -> None:
    """A force's annual workforce equality data report: numbered Heading 1 sections, mostly tables
    with short commentary, next steps written as future intent. No initiatives."""
    import docx

    document = docx.Document()
    _header_footer(document, "Thames Valley Police", "Workforce Equality Data Report 2025",
                   "OFFICIAL")
    document.add_heading("Workforce Equality Data Report 2025", level=0)
    document.add_paragraph("Data as at 31 March 2025. Published under the Public Sector Equality Duty.")
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph(
        "Section 149 of the Equality Act 2010 requires us to have due regard to the need to eliminate "
        "discrimination, advance equality of opportunity and foster good relations. The Equality Act 2010 "
        "(Specific Duties and Public Authorities) Regulations 2017 require us to publish information on our "
        "workforce every year. This report sets out that information for officers, staff, police community "
        "support officers (PCSOs) and special constables.")
    document.add_heading("2. About the data", level=1)
    document.add_paragraph(
        "The figures come from the HR system and rely on people telling us about themselves. Declaration "
        "rates are shown in Table 1. Percentages are of those who declared, rounded to one decimal place, "
        "and groups of fewer than five people are shown as '*' to protect identities.")
    _grid(document, [("Characteristic", "Officers", "Staff", "PCSOs", "Specials"),
                     ("Ethnicity declared", "97.1%", "95.4%", "98.0%", "91.2%"),
                     ("Disability declared", "81.6%", "79.9%", "84.3%", "70.5%"),
                     ("Sexual orientation declared", "83.0%", "80.2%", "85.7%", "72.8%")])
    document.add_paragraph("Table 1: Declaration rates").runs[0].italic = True
    document.add_heading("3. Workforce profile", level=1)
    _grid(document, [("Group", "Headcount", "Female", "Ethnic minority", "Disabled", "LGB+"),
                     ("Police officers", "5,112", "36.8%", "6.9%", "5.1%", "5.8%"),
                     ("Police staff", "3,486", "61.5%", "9.8%", "8.4%", "4.9%"),
                     ("PCSOs", "402", "52.2%", "8.2%", "6.0%", "5.2%"),
                     ("Special constables", "318", "31.1%", "13.5%", "4.4%", "6.3%")])
    document.add_paragraph("Table 2: Workforce by group. The economically active population of the force "
                           "area is 17.4% ethnic minority (Census 2021).").runs[0].italic = True
    document.add_paragraph(
        "The proportion of officers from an ethnic minority background has risen from 6.1% in 2023 to 6.9%. "
        "Women make up 36.8% of officers, up from 35.9%. Both remain below the population of the force area.")
    document.add_heading("4. Recruitment", level=1)
    _grid(document, [("Stage", "All applicants", "Ethnic minority", "White", "Ethnic minority share"),
                     ("Applications", "3,940", "1,021", "2,812", "25.9%"),
                     ("Passed online assessment", "2,205", "498", "1,671", "22.6%"),
                     ("Passed interview", "1,102", "221", "861", "20.1%"),
                     ("Appointed", "611", "108", "493", "17.7%")])
    document.add_paragraph("Table 3: Police constable recruitment, 1 April 2024 to 31 March 2025").runs[0].italic = True
    document.add_paragraph(
        "Applicants from ethnic minority backgrounds are less likely than white applicants to pass each "
        "stage. The largest drop is at the online assessment. The relative likelihood of appointment is "
        "0.70, below the four-fifths threshold often used to flag adverse impact.")
    document.add_heading("5. Progression", level=1)
    _grid(document, [("Rank", "Promoted", "Female", "Ethnic minority"),
                     ("Sergeant", "142", "40.1%", "7.7%"),
                     ("Inspector", "48", "35.4%", "*"),
                     ("Chief Inspector and above", "19", "31.6%", "*")])
    document.add_paragraph("Table 4: Promotions in 2024/25").runs[0].italic = True
    document.add_heading("6. Leavers", level=1)
    _grid(document, [("Reason", "Officers", "Staff", "Ethnic minority share"),
                     ("Resignation", "231", "318", "11.2%"),
                     ("Retirement", "164", "97", "3.1%"),
                     ("Transfer to another force", "58", "n/a", "8.6%"),
                     ("Dismissal", "11", "6", "*")])
    document.add_paragraph("Table 5: Leavers in 2024/25").runs[0].italic = True
    document.add_heading("7. Gender pay gap", level=1)
    document.add_paragraph(
        "The mean gender pay gap is 11.8% and the median is 9.4% (snapshot date 31 March 2024). The gap is "
        "mainly explained by the higher proportion of men in senior ranks and in shift roles that attract "
        "allowances. The full gender pay gap report is published on the Government's reporting service.")
    document.add_heading("8. What the data tells us", level=1)
    document.add_paragraph(
        "The workforce is slowly becoming more representative, but not quickly enough to reflect the "
        "communities of Berkshire, Buckinghamshire and Oxfordshire within the next ten years. Resignations "
        "among ethnic minority officers with less than five years' service are higher than among their white "
        "colleagues, and we do not yet understand why.")
    document.add_heading("9. Next steps", level=1)
    for text in ("We will analyse the online assessment results by question to find where the gap opens.",
                 "We will ask every officer who resigns within five years for an exit interview with someone "
                 "outside their line management.",
                 "We will report progress to the Force Equality, Diversity and Inclusion Board each quarter "
                 "and publish the next data report by 31 July 2026."):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Contact", level=1)
    document.add_paragraph("Equality, Diversity and Inclusion Team, Thames Valley Police, Oxford Road, "
                           "Kidlington, Oxfordshire OX5 2NX. Email: edi@thamesvalley.police.uk")
    document.add_paragraph("This document is available in other formats on request.")
    _save_docx(document, out / "thames-valley-police-workforce-equality-data-report-2025.docx",
               "Workforce Equality Data Report 2025", "Thames Valley Police")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    derbyshire_board_minutes(out)
    staffordshire_poster(out)
    swansea_research_briefing(out)
    cumbria_closure_report(out)
    leicestershire_plan_tracker(out)
    thames_valley_equality_data_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
