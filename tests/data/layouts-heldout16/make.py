"""Write the binary documents of the sixteenth held-out layout set (PDFs, Word files).

Run from the repository root:  python tests/data/layouts-heldout16/make.py [OUT_DIR]

These documents are held out: they were written from how UK policing and partner publishers lay
out their documents, without reading the project's code, and are not to be tuned against. The
writers here are self-contained (reportlab and python-docx called directly): a road safety
partnership's annual report card, a magistrates' bench annual report, a university security
services annual report, a school's safeguarding report to its governors, a junior football club
welfare officer's report to the AGM and a charity's trustees' annual report. The HTML, Markdown and
plain-text documents beside this script are written by hand; manifest.json lists every document's
intended initiatives.

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


# ------------------ 1. A road safety partnership's annual report card (PDF, landscape, tiles, columns)

RC_GREEN = colors.HexColor("#1b6b3a")
RC_BODY = ParagraphStyle("rcbody", fontName="Helvetica", fontSize=8.4, leading=11, spaceAfter=5)
RC_CELL = ParagraphStyle("rccell", parent=RC_BODY, fontSize=8, leading=10, spaceAfter=0)
RC_HEADC = ParagraphStyle("rcheadc", parent=RC_CELL, fontName="Helvetica-Bold", textColor=colors.white)
RC_TITLE = ParagraphStyle("rctitle", parent=RC_BODY, fontName="Helvetica-Bold", fontSize=22, leading=25,
                          textColor=colors.white, spaceAfter=1)
RC_SUB = ParagraphStyle("rcsub", parent=RC_BODY, fontSize=10, leading=13, textColor=colors.white, spaceAfter=0)
RC_H = ParagraphStyle("rch", parent=RC_BODY, fontName="Helvetica-Bold", fontSize=11, leading=13.5,
                      textColor=RC_GREEN, spaceBefore=3, spaceAfter=4, keepWithNext=1)
RC_ITEMH = ParagraphStyle("rcitemh", parent=RC_BODY, fontName="Helvetica-Bold", fontSize=9, leading=11,
                          spaceAfter=2, keepWithNext=1)
RC_GRADE = ParagraphStyle("rcgrade", parent=RC_BODY, fontName="Helvetica-Bold", fontSize=26, leading=28,
                          alignment=1, spaceAfter=0)
RC_TILE = ParagraphStyle("rctile", parent=RC_BODY, fontSize=8, leading=10, alignment=1, spaceAfter=0)
RC_TILEB = ParagraphStyle("rctileb", parent=RC_TILE, fontName="Helvetica-Bold", fontSize=8.6)
RC_SMALL = ParagraphStyle("rcsmall", parent=RC_BODY, fontSize=7.2, leading=9, textColor=colors.HexColor("#444444"))
RC_GRADE_FILL = {"A": "#2e8b57", "B": "#8cc152", "C": "#f6bb42", "D": "#e9573f"}


def _rc_page(canvas, doc):
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.setFillColor(RC_GREEN)
    canvas.drawString(34, height - 22, "GLOUCESTERSHIRE SAFER ROADS PARTNERSHIP")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(width - 34, height - 22, "Report card 2024  |  Published June 2025")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(34, 18, "Partners: Gloucestershire Constabulary  \u00b7  Gloucestershire County Council  \u00b7  "
                              "Gloucestershire Fire and Rescue Service  \u00b7  National Highways  \u00b7  "
                              "Office of the Police and Crime Commissioner")
    canvas.drawRightString(width - 34, 18, "saferroadsglos.org.uk   1")
    canvas.setStrokeColor(RC_GREEN)
    canvas.setLineWidth(1)
    canvas.line(34, 28, width - 34, 28)
    canvas.restoreState()


def _rc_tile(label, grade, figure, width):
    tile = Table([[Paragraph(label, RC_TILEB)], [Paragraph(grade, RC_GRADE)], [Paragraph(figure, RC_TILE)]],
                 colWidths=[width])
    tile.setStyle(TableStyle([("BACKGROUND", (0, 1), (0, 1), colors.HexColor(RC_GRADE_FILL[grade])),
                              ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#eef5ef")),
                              ("BACKGROUND", (0, 2), (0, 2), colors.HexColor("#eef5ef")),
                              ("BOX", (0, 0), (-1, -1), 0.8, RC_GREEN),
                              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tile


def gloucestershire_road_safety_report_card(out: Path) -> None:
    """A road casualty reduction partnership's annual report card (one page, A4 landscape): running head
    with the partnership and the publication month, footer with the partner list and web address; a
    green title band, five grade tiles (a letter, the road user group, the casualties and last year's
    figure: context), then three columns: how we grade (a baseline, not work), the numbers table
    (context), 'What made a difference' with three pieces of work with results (the force's roads
    policing unit with the county council's road safety team on motorcycle skills days; the force's own
    dashcam footage portal; the fire service's pre-driver sessions, no force), routine enforcement
    figures (not work), next year's targets (future) and the contact line."""
    width, height = landscape(A4)
    doc = BaseDocTemplate(str(out / "gloucestershire-safer-roads-partnership-report-card-2024.pdf"),
                          pagesize=landscape(A4), leftMargin=34, rightMargin=34, topMargin=30, bottomMargin=34,
                          title="Road Safety Report Card 2024", author="Gloucestershire Safer Roads Partnership",
                          invariant=1)
    gap = 14
    full = width - 68
    col = (full - 2 * gap) / 3
    top = height - 30
    head_h = 150
    frames = [Frame(34, top - head_h, full, head_h, id="head", leftPadding=0, rightPadding=0),
              Frame(34, 32, col, top - head_h - 32, id="c1"),
              Frame(34 + col + gap, 32, col, top - head_h - 32, id="c2"),
              Frame(34 + 2 * (col + gap), 32, col, top - head_h - 32, id="c3")]
    doc.addPageTemplates([PageTemplate("card", frames=frames, onPage=_rc_page)])
    p = lambda text, style=RC_BODY: Paragraph(text, style)  # noqa: E731
    band = _box([p("Road Safety Report Card 2024", RC_TITLE),
                 p("How Gloucestershire's roads did in 2024, January to December, graded against our "
                   "2017 to 2019 baseline", RC_SUB)], full, RC_GREEN, RC_GREEN, pad=12)
    tile_w = (full - 4 * 8) / 5
    tiles = Table([[_rc_tile("Killed or seriously injured", "B", "291 (2023: 318)", tile_w),
                    _rc_tile("Children", "A", "22 (2023: 31)", tile_w),
                    _rc_tile("Motorcyclists", "C", "74 (2023: 71)", tile_w),
                    _rc_tile("Young drivers, 17 to 24", "B", "58 (2023: 66)", tile_w),
                    _rc_tile("Pedestrians", "D", "49 (2023: 41)", tile_w)]],
                  colWidths=[tile_w + 8] * 5)
    tiles.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    numbers = _table([["Road user", "2023", "2024", "Change"],
                      ["Car occupants", "118", "104", "-12%"],
                      ["Motorcyclists", "71", "74", "+4%"],
                      ["Pedal cyclists", "47", "39", "-17%"],
                      ["Pedestrians", "41", "49", "+20%"],
                      ["Others", "41", "25", "-39%"],
                      ["All killed or seriously injured", "318", "291", "-8%"]],
                     [col - 150, 45, 45, 50], RC_CELL, RC_GREEN, head_style=RC_HEADC)
    enforcement = _box([p("Enforcement at a glance", RC_ITEMH),
                        p("Routine enforcement carried on through the year: 41,870 speed camera detections "
                          "at 46 fixed, average speed and mobile sites; 1,094 drink or drug driving arrests; "
                          "2,310 seat belt and mobile phone offences.", RC_BODY)],
                       col - 4, colors.HexColor("#eef5ef"), RC_GREEN)
    story = [
        band,
        Spacer(1, 8),
        tiles,
        FrameBreak(),
        p("How we grade", RC_H),
        p("Each group gets a grade by comparing 2024 with the average for 2017 to 2019: <b>A</b> down by "
          "more than 25%, <b>B</b> down by 10% to 25%, <b>C</b> within 10% either way, <b>D</b> up by more "
          "than 10%. Figures are provisional STATS19 police records and may change when the Department "
          "for Transport publishes final data in September 2025."),
        p("The numbers", RC_H),
        p("People killed or seriously injured on Gloucestershire's roads, excluding the M5 and M50."),
        numbers,
        Spacer(1, 6),
        p("Pedestrian casualties rose in Gloucester and Cheltenham town centres, mostly among people aged "
          "over 70. This is the partnership's priority for 2025."),
        FrameBreak(),
        p("What made a difference", RC_H),
        p("Ride Cotswold", RC_ITEMH),
        p("Between April and September Gloucestershire Constabulary's Roads Policing Unit and the county "
          "council's road safety team ran 14 Ride Cotswold skills days for motorcyclists at Kemble "
          "airfield, each ending with a group ride on the A417 and A436 led by an advanced police rider. "
          "412 riders took part. Motorcyclists killed or seriously injured on those two roads fell from "
          "23 to 15, though the county total rose slightly."),
        p("Lens on the Lanes", RC_ITEMH),
        p("Since March 2024 drivers, riders and cyclists have been able to upload dashcam and helmet "
          "camera footage to Gloucestershire Constabulary's Lens on the Lanes portal. The force's Road "
          "Safety Investigation Team reviewed 3,180 submissions in 2024: 1,460 drivers were offered a "
          "course or fixed penalty, 212 were prosecuted and 1,090 were sent warning letters. Fewer than "
          "6% of drivers sent a warning letter were reported again."),
        p("Last Mile", RC_ITEMH),
        p("Gloucestershire Fire and Rescue Service's Last Mile sessions bring a crash scene into school "
          "halls: firefighters cut a car open while a bereaved mother tells her son's story. In the "
          "2023/24 school year 5,460 sixth-formers at 31 schools and colleges took part, and young "
          "drivers killed or seriously injured fell from 66 to 58."),
        FrameBreak(),
        enforcement,
        Spacer(1, 8),
        p("Next year", RC_H),
        p("Our targets for 2025 are fewer than 280 people killed or seriously injured and a grade of C or "
          "better for pedestrians. We will consult on 20mph limits around six town centre shopping "
          "streets and bring Ride Cotswold to the Forest of Dean."),
        p("About the partnership", RC_H),
        p("The partnership brings together the organisations named below to plan road safety education, "
          "engineering and enforcement across the county. It meets every quarter and is chaired by the "
          "Assistant Chief Constable."),
        Spacer(1, 4),
        p("Contact: Gloucestershire Safer Roads Partnership, Shire Hall, Westgate Street, Gloucester GL1 2TG. "
          "Email hello@saferroadsglos.org.uk. To report a road safety concern call 101.", RC_SMALL),
    ]
    doc.build(story)


# ------------------ 2. A magistrates' bench annual report (PDF, Times, numbered sections)

MB_BODY = ParagraphStyle("mbbody", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
MB_CELL = ParagraphStyle("mbcell", parent=MB_BODY, fontSize=10, leading=12.5, spaceAfter=0)
MB_CELLB = ParagraphStyle("mbcellb", parent=MB_CELL, fontName="Times-Bold")
MB_CENTRE = ParagraphStyle("mbcentre", parent=MB_BODY, alignment=1, spaceAfter=2)
MB_CENTREB = ParagraphStyle("mbcentreb", parent=MB_CENTRE, fontName="Times-Bold", fontSize=15, leading=19)
MB_H = ParagraphStyle("mbh", parent=MB_BODY, fontName="Times-Bold", fontSize=12, leading=15, spaceBefore=5,
                      spaceAfter=4, keepWithNext=1)
MB_BULLET = ParagraphStyle("mbbullet", parent=MB_BODY, leftIndent=16, bulletIndent=4, spaceAfter=2)


def _mb_page_factory(total):
    def _mb_page(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        canvas.drawString(62, height - 34, "Central Norfolk Bench  \u00b7  Annual Report 2024\u201325")
        canvas.drawRightString(width - 62, height - 34, "Norwich Magistrates' Court")
        canvas.setLineWidth(0.5)
        canvas.line(62, height - 38, width - 62, height - 38)
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(width / 2, 28, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()
    return _mb_page


def _mb_story():
    p = lambda text, style=MB_BODY: Paragraph(text, style)  # noqa: E731
    b = lambda text: Paragraph(text, MB_BULLET, bulletText="\u2022")  # noqa: E731
    numbers = _table([["", "2023\u201324", "2024\u201325"],
                      ["Magistrates on the bench at 31 March", "151", "156"],
                      ["New magistrates sworn in", "12", "19"],
                      ["Retirements and resignations", "17", "14"],
                      ["Adult court half-day sittings", "2,884", "2,962"],
                      ["Youth court half-day sittings", "212", "204"],
                      ["Family court half-day sittings", "618", "655"],
                      ["Average sittings per magistrate", "29", "31"]],
                     [250, 90, 90], MB_CELL, colors.HexColor("#e6e6e6"), head_style=MB_CELLB)
    return [
        p("CENTRAL NORFOLK BENCH", MB_CENTREB),
        p("Annual Report, 1 April 2024 to 31 March 2025", MB_CENTRE),
        p("Presented to the Bench Annual General Meeting, Wednesday 14 May 2025", MB_CENTRE),
        Spacer(1, 10),
        p("1. Foreword from the Bench Chair", MB_H),
        p("This has been my second and final year as Bench Chair. It has been a year of heavy lists, a new "
          "case management system and, I am glad to say, more new colleagues than we have welcomed for a "
          "decade. I thank every magistrate for the sittings they have given, often at short notice, and "
          "the legal advisers and court staff at Bishopgate without whom none of it would be possible."),
        p("2. The Bench in numbers", MB_H),
        numbers,
        Spacer(1, 6),
        p("Every magistrate is expected to sit at least 13 days (26 half-days) a year. Sitting figures are "
          "taken from the HMCTS rota system and include sittings in Great Yarmouth and King's Lynn."),
        p("3. Recruitment, training and appraisal", MB_H),
        p("Nineteen new magistrates were sworn in at the Crown Court in October 2024 and March 2025; they "
          "are now completing their mentored sittings. The Bench Training and Development Committee ran "
          "11 training sessions, including the new sentencing guideline on the imposition of community "
          "and custodial sentences, and 48 appraisals were completed."),
        p("4. Magistrates in the Community", MB_H),
        p("Our Magistrates in the Community team of 21 magistrates ran \"You be the magistrate\" mock "
          "trials for Year 9 pupils, with Norfolk Constabulary's Safer Schools officers playing the "
          "arresting officer and answering questions about arrest and custody. The team ran 38 sessions "
          "in 19 secondary schools and reached 2,640 pupils. In the schools' own surveys the share of "
          "pupils who said they understood what happens after someone is charged rose from 29% to 74%, "
          "and four schools have booked the sessions again for next year."),
        p("5. Working with partners", MB_H),
        p("Since June 2024 domestic abuse trials at Norwich have been listed together on Tuesdays and "
          "Thursdays, under a pilot agreed by HM Courts &amp; Tribunals Service, Norfolk Constabulary and "
          "the Crown Prosecution Service. The force's Witness Care Unit confirms every victim's attendance "
          "a week before the trial, and an independent domestic violence adviser from Pathway Norfolk is "
          "at court on every trial day. The proportion of domestic abuse trials going ahead on the day "
          "rose from 41% to 63%, and cases dropped because the victim did not attend fell by a third."),
        p("The Bench Chair and Deputy Chairs also attend the Norfolk Criminal Justice Board's court user "
          "group every quarter."),
        p("6. Youth Panel and Family Panel", MB_H),
        p("The Youth Panel has 34 members and the Family Panel 41. Both panels met their sitting "
          "requirements. Youth court lists remain short, and the panel chair has asked the listing office "
          "to combine youth sittings on Mondays from September 2025."),
        p("7. Court estate and technology", MB_H),
        p("Courtroom 3 was closed for eleven weeks for repairs to its roof. The Common Platform system is "
          "now used in every courtroom; magistrates are reminded to bring their eJudiciary laptops to "
          "every sitting. Video links to HMP Norwich were unreliable in the winter and have been replaced."),
        p("8. Retirements", MB_H),
        p("We said goodbye to fourteen colleagues, among them:"),
        b("Mr David Hensby JP, with 26 years' service, a former Deputy Chair"),
        b("Mrs Anita Lowther JP, with 19 years' service on the adult and family panels"),
        b("Dr Samuel Oduya JP, with 11 years' service, who chaired the Training and Development Committee"),
        Spacer(1, 4),
        p("9. Dates for 2025\u201326", MB_H),
        b("Bench meeting: Wednesday 15 October 2025, 5.30pm, Courtroom 1"),
        b("Sentencing exercise evening: Thursday 22 January 2026"),
        b("Annual General Meeting: Wednesday 13 May 2026"),
        Spacer(1, 12),
        p("Gillian Ashworth JP<br/>Bench Chair, Central Norfolk Bench<br/>May 2025"),
        p("Central Norfolk Bench, Norwich Magistrates' Court, Bishopgate, Norwich NR3 1UP. Bench secretary: "
          "benchsecretary.centralnorfolk@justice.gov.uk"),
    ]


def central_norfolk_bench_annual_report(out: Path) -> None:
    """A magistrates' bench annual report (two pages, Times): italic running header with the bench and
    the court, centred 'Page n of m'; centred title, period and AGM line, then nine numbered sections:
    the chair's foreword (not work), a bench-in-numbers table (sittings: not metrics), recruitment and
    training (routine), Magistrates in the Community (one piece of work with results: the bench's mock
    trials with the force's Safer Schools officers), working with partners (one piece of work with
    results: a domestic abuse trial listing pilot by HMCTS, the force and the CPS with a charity's IDVA),
    the court user group (routine), the youth and family panels, the court estate, retirements with
    years of service, dates, signature and address."""
    def build(sink, total):
        doc = BaseDocTemplate(sink, pagesize=A4, leftMargin=62, rightMargin=62, topMargin=52, bottomMargin=46,
                              title="Central Norfolk Bench Annual Report 2024-25",
                              author="Central Norfolk Bench", invariant=1)
        doc.addPageTemplates([PageTemplate("main", frames=[Frame(62, 42, A4[0] - 124, A4[1] - 94)],
                                           onPage=_mb_page_factory(total))])
        return doc
    _two_pass(out / "central-norfolk-bench-annual-report-2024-25.pdf", build, _mb_story)


# ------------------ 3. A university security services annual report (PDF, two columns, boxes)

KU_NAVY = colors.HexColor("#202a5c")
KU_RED = colors.HexColor("#b3123e")
KU_BODY = ParagraphStyle("kubody", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=6)
KU_CELL = ParagraphStyle("kucell", parent=KU_BODY, fontSize=8.4, leading=10.5, spaceAfter=0)
KU_HEADC = ParagraphStyle("kuheadc", parent=KU_CELL, fontName="Helvetica-Bold", textColor=colors.white)
KU_TITLE = ParagraphStyle("kutitle", parent=KU_BODY, fontName="Helvetica-Bold", fontSize=24, leading=28,
                          textColor=KU_NAVY, spaceAfter=2)
KU_SUB = ParagraphStyle("kusub", parent=KU_BODY, fontSize=12, leading=15, textColor=KU_RED)
KU_H = ParagraphStyle("kuh", parent=KU_BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=KU_NAVY, spaceBefore=4, spaceAfter=4, keepWithNext=1)
KU_BOXH = ParagraphStyle("kuboxh", parent=KU_BODY, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=3,
                         textColor=KU_NAVY)
KU_FIG = ParagraphStyle("kufig", parent=KU_BODY, spaceAfter=2, leftIndent=10, bulletIndent=0)
KU_SMALL = ParagraphStyle("kusmall", parent=KU_BODY, fontSize=7.5, leading=9.5)


def _ku_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(KU_NAVY)
    canvas.rect(0, height - 30, width, 30, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(42, height - 19, "KINGSMEAD UNIVERSITY  |  Security Services")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 42, height - 19, "Annual Report 2024\u201325")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(42, 22, "Security Control Room (24 hours): 029 2018 0444  |  Emergency on campus: "
                              "029 2018 0499")
    canvas.drawRightString(width - 42, 22, f"Page {doc.page}")
    canvas.restoreState()


def kingsmead_university_security_annual_report(out: Path) -> None:
    """A university security services annual report (two pages, two columns; a full-width title on the
    first page): navy running band with the university and the report, footer with the control room
    and emergency numbers and the page; the Head of Security's introduction ('we', not work), a year at
    a glance box (routine counts), an incidents table (context), two pieces of work with results under
    headings (secure cycle compounds and bike marking with the force's neighbourhood team; a late-night
    minibus run with the students' union, no force), reporting and training (routine), looking ahead
    (future, with a cost) and a contact box."""
    width, height = A4
    doc = BaseDocTemplate(str(out / "kingsmead-university-security-services-annual-report-2024-25.pdf"),
                          pagesize=A4, leftMargin=42, rightMargin=42, topMargin=44, bottomMargin=40,
                          title="Security Services Annual Report 2024-25", author="Kingsmead University",
                          invariant=1)
    gap = 18
    col = (width - 84 - gap) / 2
    top = height - 44
    title_h = 70
    first = [Frame(42, top - title_h, width - 84, title_h, id="title"),
             Frame(42, 40, col, top - title_h - 40, id="c1"),
             Frame(42 + col + gap, 40, col, top - title_h - 40, id="c2")]
    later = [Frame(42, 40, col, top - 40, id="l1"), Frame(42 + col + gap, 40, col, top - 40, id="l2")]
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=_ku_page),
                          PageTemplate("later", frames=later, onPage=_ku_page)])
    p = lambda text, style=KU_BODY: Paragraph(text, style)  # noqa: E731
    f = lambda text: Paragraph(text, KU_FIG, bulletText="\u25aa")  # noqa: E731
    glance = _box([p("Our year at a glance", KU_BOXH),
                   f("18,420 calls to the Security Control Room"),
                   f("1,146 first aid responses by our officers"),
                   f("612 CCTV cameras monitored around the clock"),
                   f("2,310 items of lost property returned to their owners")],
                  col - 4, colors.HexColor("#e9ecf7"), KU_NAVY)
    incidents = _table([["Reported on campus", "2023\u201324", "2024\u201325"],
                        ["Theft of cycles", "97", "41"],
                        ["Other theft", "188", "171"],
                        ["Criminal damage", "64", "70"],
                        ["Anti-social behaviour", "233", "219"],
                        ["Hate incidents", "19", "24"],
                        ["Fire alarm activations", "402", "377"]],
                       [col - 110, 50, 50], KU_CELL, KU_NAVY, head_style=KU_HEADC)
    contact = _box([p("Contact Security Services", KU_BOXH),
                    p("Security Control Room, Taff Building, Park Place, Cardiff CF10 3QA. Call "
                      "029 2018 0444 (24 hours) or 029 2018 0499 in an emergency on campus, or use the "
                      "Kingsmead Safe app. Off campus, call 999 in an emergency or 101 for South Wales "
                      "Police.")], col - 4, colors.HexColor("#f7e6eb"), KU_RED)
    story = [
        NextPageTemplate("later"),
        p("Security Services Annual Report 2024\u201325", KU_TITLE),
        p("Keeping 27,000 students and staff safe on our Cardiff campuses", KU_SUB),
        FrameBreak(),
        p("Introduction from the Head of Security", KU_H),
        p("Our 46 security officers and control room operators work around the clock, every day of the "
          "year. This report sets out what we did in 2024\u201325, what changed on campus and what we "
          "plan for next year. I want to thank my team, who answered more calls than ever, and our "
          "colleagues in Estates, Residences and Student Support. <i>Gareth Pryce, Head of Security</i>"),
        glance,
        Spacer(1, 6),
        p("Incidents on campus", KU_H),
        p("The table shows incidents reported to Security Services or recorded by our officers. Some "
          "were also reported to the police."),
        incidents,
        Spacer(1, 6),
        p("Hate incidents rose slightly, which we think reflects more reporting through the app rather "
          "than more incidents."),
        p("Locking down cycle theft", KU_H),
        p("Cycle theft was our biggest single crime problem in 2023\u201324. In September 2024 we opened "
          "three secure cycle compounds, with fob entry and CCTV, at Maindy Halls, the Dyffryn "
          "Library and the Sports Village. At freshers' fair and in halls we marked and registered 730 "
          "bikes with South Wales Police's Cathays neighbourhood team, who also ran plain-clothes "
          "patrols of the cycle racks on Park Place with our officers in October and November. "
          "Cycle thefts reported on campus fell from 97 to 41, and two people were charged."),
        p("Homeward", KU_H),
        p("Homeward, our free late-night minibus, is run with Kingsmead Students' Union. It takes "
          "students from the Union and the library to halls and the streets of Cathays and Roath "
          "between 9pm and 3am from Thursday to Saturday during term. In its first full year it carried "
          "11,260 passengers, and in the union's safety survey the share of students who said they felt "
          "unsafe getting home at night fell from 38% to 21%."),
        p("Reporting and training", KU_H),
        p("Students and staff can report incidents, including harassment and hate incidents, through the "
          "Kingsmead Safe app or the university's Report and Support pages. All our officers hold SIA "
          "licences, and this year every officer renewed first aid at work and 20 completed mental "
          "health first aid."),
        p("Looking ahead", KU_H),
        p("In 2025\u201326 we will issue body-worn video to every patrol officer and begin work on a new "
          "Security Control Room in the Taff Building, due to open in summer 2026 at a cost of "
          "\u00a31.2 million. We will also review lighting on the routes between campus and Cathays."),
        contact,
        Spacer(1, 6),
        p("Kingsmead University is a registered charity, number 1143882. Published October 2025.", KU_SMALL),
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


def _bullets(document, items, style="List Bullet"):
    for item in items:
        document.add_paragraph(item, style=style)


def _bold_para(document, text, size=None):
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def _label_para(document, label, text):
    paragraph = document.add_paragraph()
    paragraph.add_run(label + " ").bold = True
    paragraph.add_run(text)
    return paragraph


# ------------------ 4. A school's safeguarding report to its governing body (Word, heading styles)

def ryecroft_academy_governors_safeguarding_report(out: Path) -> None:
    """A school's termly safeguarding report to its local governing body (Word, Title, Heading 1 and
    Heading 2 styles): header with the school and the governing body, footer with the agenda item and
    page number; a labelled cover table (meeting, item, author, link governor, status, period), purpose,
    a safeguarding activity table (counts of concerns, referrals and notifications: context, the
    notifications scheme routine), training and safer recruitment (routine), online safety (routine),
    work with partners (one piece of work with results: after-school supervision at the bus station with
    the force's Safer Neighbourhood Team and a bus operator), attendance (context), next term's
    priorities (future), the recommendation and sign-off lines."""
    import docx

    document = docx.Document()
    _header_footer(document, "Ryecroft Academy, Ilkeston  |  Local Governing Body",
                   "Agenda item 6  |  Safeguarding report, spring term 2025")
    document.add_heading("Safeguarding Report to the Local Governing Body", level=0)
    _grid(document, [["Meeting", "Local Governing Body, Thursday 20 March 2025, 5.30pm"],
                     ["Agenda item", "6"],
                     ["Author", "Mrs Joanne Keal, Designated Safeguarding Lead (DSL)"],
                     ["Link governor", "Mr Imran Siddiq, safeguarding governor"],
                     ["Status", "For information and assurance"],
                     ["Period covered", "2 September 2024 to 7 March 2025"]],
          header_fill="E7E6F2", label_col=True)
    document.add_heading("1. Purpose of the report", level=1)
    document.add_paragraph("This report gives governors an overview of safeguarding at Ryecroft Academy so "
                           "that they can meet their duties under Keeping Children Safe in Education 2024. "
                           "It contains no information that identifies any pupil.")
    document.add_heading("2. Safeguarding activity", level=1)
    _grid(document, [["", "Autumn term", "Spring term (to 7 March)"],
                     ["Concerns logged on CPOMS", "214", "167"],
                     ["Referrals to Derbyshire Children's Services (Starting Point)", "11", "7"],
                     ["Early Help assessments opened", "9", "6"],
                     ["Pupils on child protection plans", "6", "5"],
                     ["Pupils with a Child in Need plan", "14", "12"],
                     ["Operation Encompass notifications", "17", "13"],
                     ["Prevent referrals", "0", "1"]], header_fill="E7E6F2")
    document.add_paragraph("Operation Encompass notifications are sent by the police before 9am when a "
                           "pupil has been present at a domestic abuse incident; a member of the DSL team "
                           "checks in with every pupil concerned that morning. The most common concerns "
                           "logged this year were emotional wellbeing, self-harm and online safety.")
    document.add_heading("3. Training and safer recruitment", level=1)
    _bullets(document, ["All 118 staff completed annual safeguarding training in September 2024; new "
                        "staff complete it during induction.",
                        "The DSL and three deputies renewed their DSL training this year.",
                        "The single central record was checked by the link governor on 4 February 2025; "
                        "no gaps were found.",
                        "Two members of staff and one governor have completed safer recruitment training."])
    document.add_heading("4. Online safety, filtering and monitoring", level=1)
    document.add_paragraph("The academy trust's filtering system blocked 3,412 attempts to reach "
                           "inappropriate sites this term. Monitoring alerts are reviewed daily by the IT "
                           "manager and passed to the DSL team where there is a concern. The annual filtering "
                           "and monitoring review will take place in June.")
    document.add_heading("5. Work with partners", level=1)
    document.add_heading("Safer journeys from Ilkeston bus station", level=2)
    document.add_paragraph("In the autumn term parents and bus drivers reported fights, vaping and "
                           "intimidation of younger pupils at Ilkeston bus station after school. From 6 "
                           "January the academy worked with Derbyshire Constabulary's Erewash Safer "
                           "Neighbourhood Team and Amber Valley Buses. PCSOs and two members of staff now "
                           "supervise the stands from 3.10pm to 3.45pm, drivers radio their depot if they "
                           "see trouble, and pupils agreed a travel charter in tutor time.")
    document.add_paragraph("Incidents at the bus station involving our pupils reported to the academy fell "
                           "from 19 in the autumn term to 4 so far this term, and Amber Valley Buses has "
                           "withdrawn its warning that it might suspend the school service.")
    document.add_heading("Other partnership work", level=2)
    document.add_paragraph("The DSL attends the Erewash schools' safeguarding network each half term, and "
                           "the school nurse holds a weekly drop-in. The PSHE programme includes a session "
                           "on county lines for Year 9 delivered by teachers.")
    document.add_heading("6. Attendance", level=1)
    document.add_paragraph("Attendance this year is 92.6% (national average for secondary schools 91.0%). "
                           "Persistent absence is 19.8%. Four pupils are on part-time timetables, each "
                           "reviewed every six weeks.")
    document.add_heading("7. Priorities for the summer term", level=1)
    _bullets(document, ["Review the child-on-child abuse policy with the student council.",
                        "Deliver refresher training on the new CPOMS categories to all staff in April.",
                        "Complete the annual safeguarding audit for the academy trust by 30 June."])
    document.add_heading("8. Recommendation", level=1)
    document.add_paragraph("Governors are asked to note the report and the priorities for the summer term.")
    document.add_paragraph("Joanne Keal, Designated Safeguarding Lead, 12 March 2025")
    document.add_paragraph("Seen by Imran Siddiq, safeguarding governor, 14 March 2025")
    _save_docx(document, out / "ryecroft-academy-governors-safeguarding-report-spring-2025.docx",
               "Safeguarding Report to the Local Governing Body, spring term 2025", "Ryecroft Academy")


# ------------------ 5. A junior football club welfare officer's report to the AGM (Word, bold run-ins)

def hartcliffe_rangers_welfare_officer_report(out: Path) -> None:
    """A junior football club welfare officer's report to the club's AGM (Word, no heading styles: a
    bold title, bold capitalised labels and bold run-in headings): header with the club and its
    accreditation, footer with the welfare officer and page number; DBS checks and training (counts,
    routine), concerns passed to the county FA (casework counts), a touchline Respect barrier and parent
    marshals (one piece of work with results by the club as 'we', no force), Friday night football with
    the force's neighbourhood team and the city council's youth service (one piece of work with
    results), policies reviewed (not work), next season (future), and contacts with phone numbers."""
    import docx

    document = docx.Document()
    _header_footer(document, "Hartcliffe Rangers Junior Football Club  |  England Football Accredited",
                   "Club Welfare Officer: Donna Fairbrother", align_header="left")
    _bold_para(document, "CLUB WELFARE OFFICER'S REPORT TO THE ANNUAL GENERAL MEETING", size=13)
    _label_para(document, "Season:", "2024/25")
    _label_para(document, "AGM:", "Tuesday 10 June 2025, 7pm, Hartcliffe Community Park Clubhouse")
    _label_para(document, "From:", "Donna Fairbrother, Club Welfare Officer")
    document.add_paragraph("Thank you to everyone who helped keep our 23 teams and 310 players safe and "
                           "enjoying their football this season. Here is my summary for the AGM.")
    _bold_para(document, "CHECKS AND TRAINING")
    _label_para(document, "DBS checks.", "All 64 coaches, managers and team helpers working with under-18s "
                "hold an in-date FA DBS check. Nine checks were renewed this season and 14 new volunteers "
                "were checked before they started.")
    _label_para(document, "Safeguarding training.", "Every head coach has completed the FA's Safeguarding "
                "Children course in the last three years, and 12 coaches completed the Playing Safe "
                "refresher online. I attended the county FA welfare officers' forum in November and "
                "March.")
    _label_para(document, "Concerns.", "I received six welfare concerns this season. Three were passed to "
                "the Gloucestershire FA's Designated Safeguarding Officer and one to Bristol's First "
                "Response children's social care; all have been closed by those agencies.")
    _bold_para(document, "WHAT WE CHANGED THIS SEASON")
    _label_para(document, "Respect on the touchline.", "After a difficult start to last season, we roped off "
                "a Respect barrier two metres back from every touchline at home games and trained 22 parents "
                "as match-day marshals in yellow bibs, who remind spectators of the code and step in early. "
                "Reports of abuse of referees at our home games fell from 17 to 5, no home game was "
                "abandoned (two were last season), and the league gave us its Fair Play award.")
    _label_para(document, "Friday Night Kickabout.", "From October to March, Avon and Somerset Police's "
                "Hartcliffe and Withywood neighbourhood team ran free Friday night football on our 3G pitch "
                "with Bristol City Council's youth service and our coaches. On average 38 young people aged "
                "11 to 17 came each week, 11 of them have since joined our teams, and the neighbourhood "
                "team says anti-social behaviour reports around the park on Friday evenings fell by 40% "
                "compared with the winter before.")
    _bold_para(document, "POLICIES")
    document.add_paragraph("The committee reviewed our safeguarding, photography and social media, and "
                           "anti-bullying policies in January. The photography policy now asks parents "
                           "not to post pictures of other people's children without consent. Copies are "
                           "on the club website and pinned in the clubhouse.")
    _bold_para(document, "NEXT SEASON")
    document.add_paragraph("I would like a second welfare officer for the girls' section, and we will run a "
                           "parents' evening on online safety in September. If you can help, please speak to "
                           "me at the AGM.")
    _bold_para(document, "CONTACTS")
    document.add_paragraph("Club Welfare Officer: Donna Fairbrother, 07700 900482, "
                           "welfare@hartcliffe-rangers.co.uk. Gloucestershire FA Designated Safeguarding "
                           "Officer: 0117 496 0888. NSPCC helpline: 0808 800 5000. If a child is in immediate "
                           "danger, call 999.")
    _save_docx(document, out / "hartcliffe-rangers-jfc-welfare-officer-report-agm-2025.docx",
               "Club Welfare Officer's report to the AGM 2025", "Hartcliffe Rangers Junior Football Club")


# ------------------ 6. A charity's trustees' annual report (Word, heading styles, numbered)

def tamar_safe_at_home_trustees_annual_report(out: Path) -> None:
    """A charity's trustees' annual report for the year, the narrative report of the trustees without the
    accounts (Word, Title, Heading 1 and Heading 2 styles): header with the charity and the report,
    footer with the charity number and page number; reference and administrative details as a labelled
    table (not work), objectives and activities with the public benefit statement (not work),
    achievements and performance with three Heading 2 sub-sections, each one piece of work with
    results (the charity's security fitting for victims referred by the force's neighbourhood teams; a
    scam mail project with the city council's trading standards, no force; joint home visits with the
    fire and rescue service, no force), volunteers (counts, not work), a financial review with income and
    reserves (not metrics), plans for the future (future), structure and governance, the statement of
    trustees' responsibilities and the approval line."""
    import docx

    document = docx.Document()
    _header_footer(document, "Tamar Safe at Home Trust  |  Trustees' Annual Report 2024-25",
                   "Registered charity number 1162847")
    document.add_heading("Trustees' Annual Report for the year ended 31 March 2025", level=0)
    document.add_paragraph("The trustees present their annual report for the year ended 31 March 2025. The "
                           "financial statements are published separately and have been examined by an "
                           "independent examiner.")
    document.add_heading("1. Reference and administrative details", level=1)
    _grid(document, [["Charity name", "Tamar Safe at Home Trust"],
                     ["Registered charity number", "1162847"],
                     ["Principal office", "Unit 4, Faraday Mill Business Park, Cattedown, Plymouth PL4 0ST"],
                     ["Trustees", ["Margaret Polglase (Chair)", "Dr Ifeoma Nwosu (Treasurer)", "Keith Rowse",
                                   "Sarah Penhaligon", "Anil Mistry (appointed 12 September 2024)"]],
                     ["Chief Officer", "Ruth Trebilcock"],
                     ["Independent examiner", "Hext & Co Chartered Accountants, Plymouth"],
                     ["Bankers", "CAF Bank Ltd, West Malling, Kent"]],
          header_fill="DCE9E2", label_col=True)
    document.add_heading("2. Objectives and activities", level=1)
    document.add_paragraph("The charity's object is to relieve the needs of older and disabled people in "
                           "Plymouth and south-west Devon who have been, or are at risk of becoming, victims "
                           "of crime, in particular by improving the security of their homes and by "
                           "providing advice and support.")
    document.add_paragraph("The trustees have had regard to the Charity Commission's guidance on public "
                           "benefit. Our services are free to anyone aged over 60, or disabled, living in "
                           "our area of benefit.")
    document.add_heading("3. Achievements and performance", level=1)
    document.add_heading("Security for victims of crime", level=2)
    document.add_paragraph("Our handypersons fit door chains, locks, door viewers, window locks and "
                           "video doorbells. This year we secured the homes of 318 older people who had "
                           "been burgled or targeted by doorstep criminals, all of them referred to us by "
                           "Devon and Cornwall Police's Plymouth neighbourhood teams, usually within two "
                           "days of the crime. In follow-up calls 96% said they felt safer at home, and "
                           "only 4 of those homes were targeted again during the year.")
    document.add_heading("Stopping scam mail", level=2)
    document.add_paragraph("With Plymouth City Council's Trading Standards service we visited residents "
                           "whose names had been found on lists seized from scam mail operations. Our "
                           "volunteers helped them register with the Mailing Preference Service, redirect "
                           "suspicious post and talk it through with family. We visited 142 residents; "
                           "9,300 items of scam mail were handed over to Trading Standards, and 118 of the "
                           "142 said six months later that they had stopped replying to it.")
    document.add_heading("Safe and Well visits with the fire service", level=2)
    document.add_paragraph("Since October 2024 our handypersons have joined Devon and Somerset Fire and "
                           "Rescue Service's Safe and Well visits in Plymouth, so that one visit covers both "
                           "fire safety and security. In six months there were 190 joint visits, 211 smoke "
                           "alarms were fitted and 164 homes had new locks, and the fire service says the "
                           "joint visits have cut the number of separate appointments each household needs "
                           "from two to one.")
    document.add_heading("Volunteers", level=2)
    document.add_paragraph("Our 64 volunteers gave about 5,200 hours this year, answering the phone line, "
                           "visiting and driving. We thank every one of them.")
    document.add_heading("4. Financial review", level=1)
    document.add_paragraph("Total income for the year was £412,860 (2024: £386,410), of which £198,000 came "
                           "from grants, £121,500 from contracts and £93,360 from donations and legacies. "
                           "Expenditure was £401,275. The trustees' reserves policy is to hold free reserves "
                           "equal to three months' running costs, about £100,000; at 31 March 2025 free "
                           "reserves were £108,920.")
    document.add_heading("5. Plans for future periods", level=1)
    document.add_paragraph("In 2025-26 we plan to extend our service to the South Hams, subject to funding, "
                           "and to train ten more volunteers as scam mail visitors.")
    document.add_heading("6. Structure, governance and management", level=1)
    document.add_paragraph("The charity is a charitable incorporated organisation governed by its "
                           "constitution dated 3 June 2015. Trustees are appointed by the board for terms of "
                           "three years and may serve three terms. The board met six times this year. Day to "
                           "day management is delegated to the Chief Officer.")
    document.add_heading("7. Statement of trustees' responsibilities", level=1)
    document.add_paragraph("The trustees are responsible for preparing a trustees' annual report and "
                           "financial statements in accordance with applicable law and regulations, and for "
                           "keeping proper accounting records which disclose with reasonable accuracy at any "
                           "time the financial position of the charity.")
    document.add_paragraph("Approved by the trustees on 18 September 2025 and signed on their behalf by "
                           "Margaret Polglase, Chair.")
    _save_docx(document, out / "tamar-safe-at-home-trust-trustees-annual-report-2024-25.docx",
               "Trustees' Annual Report 2024-25", "Tamar Safe at Home Trust")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    gloucestershire_road_safety_report_card(out)
    central_norfolk_bench_annual_report(out)
    kingsmead_university_security_annual_report(out)
    ryecroft_academy_governors_safeguarding_report(out)
    hartcliffe_rangers_welfare_officer_report(out)
    tamar_safe_at_home_trustees_annual_report(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
