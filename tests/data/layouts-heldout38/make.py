"""Write the documents of the thirty-eighth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout38/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a school inspection report card, a home
insurer's insurance product information document, a Pride festival's programme booklet, an MP's
reply to a constituent, a boxing club's sponsorship proposal to local businesses and a student's
work placement report. The HTML, Markdown and plain-text documents are kept here as text and written
out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken from the thirty-seventh set)

def _rezip(data: bytes, path: Path) -> None:
    """Write a zip (a .docx) again with one fixed timestamp on every member."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


def _style(name, font="Helvetica", size=9, leading=None, color=colors.black, align=0, before=0, after=4,
           left=0, first=0, right=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, rightIndent=right)


def _panel(flowables, width, fill=None, border=None, pad=6, border_width=0.7, bar=None):
    """A one-cell table used as a boxed panel."""
    table = Table([[flowables]], colWidths=[width])
    commands = [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), border_width, border))
    if bar is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, bar))
    table.setStyle(TableStyle(commands))
    return table


def _grid(rows, widths, cell_style, head_style=None, head_fill=None, line=colors.HexColor("#9A9A9A"),
          zebra=None, pad=3, inner=True):
    data = []
    for r, row in enumerate(rows):
        style = head_style if (r == 0 and head_style is not None) else cell_style
        data.append([Paragraph(v, style) if isinstance(v, str) else v for v in row])
    table = Table(data, colWidths=widths, repeatRows=1 if head_style is not None else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad - 1)]
    if line is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 0.5, line))
        if inner:
            commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, line))
        else:
            commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, line))
    if head_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), head_fill))
    if zebra is not None:
        for r in range(1, len(rows)):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), zebra))
    table.setStyle(TableStyle(commands))
    return table




# ================================================================== 1. A school inspection report card (PDF)

OF_INK = colors.HexColor("#3B1F5C")
OF_FILE = "ofsted-report-card-marlowe-hill-academy-luton-urn-148213.pdf"
OF_PAGES = 2
OF_GRADES = {"Exceptional": "#1F6E43", "Strong standard": "#3E9A5B", "Expected standard": "#7FB8D9",
             "Needs attention": "#F1B434", "Urgent improvement": "#C8102E", "Met": "#3E9A5B"}


def _of_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(OF_INK)
    canvas.setFont("Helvetica-Bold", 20 if page == 1 else 12)
    canvas.drawString(18 * mm, height - (20 if page == 1 else 14) * mm, "Ofsted")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    if page > 1:
        canvas.drawRightString(width - 18 * mm, height - 14 * mm, "Marlowe Hill Academy \u00b7 URN 148213")
    canvas.setStrokeColor(OF_INK)
    canvas.setLineWidth(0.5)
    canvas.line(18 * mm, 16 * mm, width - 18 * mm, 16 * mm)
    canvas.drawString(18 * mm, 11 * mm, "Report card: Marlowe Hill Academy, 13 and 14 January 2026")
    canvas.drawRightString(width - 18 * mm, 11 * mm, "Page %d of %d" % (page, OF_PAGES))
    canvas.restoreState()


def school_report_card(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(out / OF_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=28 * mm, bottomMargin=22 * mm, title="Marlowe Hill Academy - report card",
                          author="Ofsted", subject="School inspection report card", creator="Ofsted", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(margin, 22 * mm, width - 2 * margin, height - 50 * mm, id="f",
                                                   leftPadding=0, rightPadding=0)], onPage=_of_page)])
    wide = width - 2 * margin
    title = _style("t", "Helvetica-Bold", 22, leading=27, color=OF_INK, after=2)
    sub = _style("sub", "Helvetica", 11, leading=14, color=colors.HexColor("#333333"), after=8)
    h2 = _style("h2", "Helvetica-Bold", 13, leading=16, color=OF_INK, before=8, after=4)
    h3 = _style("h3", "Helvetica-Bold", 10.5, leading=13, before=4, after=2)
    body = _style("b", "Helvetica", 9.6, leading=13, after=6)
    cell = _style("c", "Helvetica", 8.6, leading=11)
    label = _style("l", "Helvetica-Bold", 8.6, leading=11)
    white = _style("w", "Helvetica-Bold", 8.6, leading=11, color=colors.white)
    bullet = _style("bu", "Helvetica", 9.6, leading=13, after=3, left=10, first=-8)

    details = _grid([["School", "Marlowe Hill Academy"], ["Address", "Marlowe Road, Luton LU4 9QE"],
                     ["Unique reference number (URN)", "148213"], ["Inspection dates", "13 and 14 January 2026"],
                     ["Type of school", "Secondary academy converter"], ["Age range of pupils", "11 to 16"],
                     ["Number of pupils on roll", "1,184"], ["Trust", "Chiltern Gate Academies Trust"]],
                    [60 * mm, wide - 60 * mm], cell, line=colors.HexColor("#C9C2D6"))
    details.setStyle(TableStyle([("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EFEBF5"))]))
    areas = [("Inclusion", "Strong standard"), ("Curriculum and teaching", "Expected standard"),
             ("Achievement", "Expected standard"), ("Attendance and behaviour", "Strong standard"),
             ("Personal development and well-being", "Strong standard"),
             ("Leadership and governance", "Strong standard"), ("Safeguarding", "Met")]
    rows = [[Paragraph("Evaluation area", white), Paragraph("Grade", white)]]
    for area, grade in areas:
        rows.append([Paragraph(area, label), Paragraph(grade, white)])
    grid = Table(rows, colWidths=[wide - 55 * mm, 55 * mm])
    commands = [("BACKGROUND", (0, 0), (-1, 0), OF_INK), ("BOX", (0, 0), (-1, -1), 0.5, OF_INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#C9C2D6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r, (_, grade) in enumerate(areas, start=1):
        commands.append(("BACKGROUND", (1, r), (1, r), colors.HexColor(OF_GRADES[grade])))
    grid.setStyle(TableStyle(commands))
    key = Drawing(wide, 14)
    x = 0
    for name in ("Exceptional", "Strong standard", "Expected standard", "Needs attention", "Urgent improvement"):
        key.add(Rect(x, 2, 8, 8, fillColor=colors.HexColor(OF_GRADES[name]), strokeColor=None))
        key.add(String(x + 11, 3, name, fontName="Helvetica", fontSize=7))
        x += 33 * mm
    story = [
        Paragraph("Report card", sub),
        Paragraph("Marlowe Hill Academy", title),
        Paragraph("Inspected on 13 and 14 January 2026 under section 5 of the Education Act 2005", sub),
        details,
        Spacer(1, 10),
        Paragraph("How this school is doing", h2),
        grid,
        Spacer(1, 3),
        key,
        Paragraph("What it\u2019s like to be a pupil at this school", h2),
        Paragraph("Marlowe Hill Academy is a large, busy and friendly school on the north-west side of Luton. "
                  "Pupils are proud of their school and told inspectors that they feel safe and that there is "
                  "always an adult they can talk to. Relationships between staff and pupils are warm and "
                  "respectful. Pupils move around the site calmly and arrive punctually to lessons. The school "
                  "has high expectations of pupils\u2019 conduct, and most pupils meet them.", body),
        Paragraph("Pupils take part in a wide range of clubs and trips, including the Duke of Edinburgh\u2019s "
                  "Award, a debating society and sports teams that compete across Bedfordshire. Many pupils "
                  "take on leadership roles as prefects, sports leaders and members of the school council.",
                  body),
        Paragraph("Inclusion", h2),
        Paragraph("The school identifies pupils who need extra help quickly and accurately. Pupils with special "
                  "educational needs and/or disabilities (SEND) are well supported in lessons, and the "
                  "resource base for pupils with autism is a strength. Disadvantaged pupils have equal access "
                  "to clubs, trips and music tuition.", body),
        Paragraph("Curriculum and teaching", h2),
        Paragraph("The curriculum is ambitious and well sequenced in most subjects. In English, history and "
                  "science, teachers check pupils\u2019 understanding carefully and address misconceptions. "
                  "In a small number of subjects, including design and technology, the curriculum does not "
                  "yet set out clearly enough what pupils should learn and when, and pupils\u2019 work in these "
                  "subjects is less secure.", body),
        Paragraph("Achievement", h2),
        Paragraph("Outcomes at the end of key stage 4 in 2025 were broadly in line with national averages. "
                  "Pupils read widely, and those who find reading difficult receive effective help from "
                  "trained staff.", body),
        Paragraph("Attendance and behaviour", h2),
        Paragraph("Attendance has improved and is now above the national average. The school works closely "
                  "with families where attendance is a concern. Suspensions have fallen sharply over the last "
                  "two years as the school\u2019s approach to behaviour has become more consistent.", body),
        Paragraph("Personal development and well-being", h2),
        Paragraph("The personal, social, health and economic education programme is carefully planned. Pupils "
                  "learn about healthy relationships, consent, online safety and the risks of exploitation in "
                  "ways that match their age.", body),
        Paragraph("Project Compass, run with Bedfordshire Police\u2019s Luton schools team, supports pupils "
                  "in Years 8 to 10 whom staff judge to be at risk of criminal exploitation. Two police "
                  "schools officers and the school\u2019s pastoral mentors meet each pupil weekly for a term, "
                  "work through a programme on county lines, grooming and knife crime, and meet their families "
                  "at home. Since the project began in September 2024, 31 pupils have taken part, none has been "
                  "permanently excluded, and leaders\u2019 records show that 27 have had no further behaviour "
                  "incidents involving weapons or drugs.", body),
        Paragraph("The Speak Up ambassador scheme is led by pupils. Ambassadors in every year group are "
                  "trained by the school\u2019s safeguarding team to listen to other pupils\u2019 worries about "
                  "bullying, online abuse and harassment and to pass them on to staff. They run a lunchtime "
                  "drop-in each week and lead assemblies. Pupils told inspectors that they trust the "
                  "ambassadors, and the number of concerns reported to staff by pupils has risen since the "
                  "scheme started in 2023, which leaders see as a sign of that trust.", body),
        Paragraph("Leadership and governance", h2),
        Paragraph("Leaders, governors and the trust have an accurate view of the school\u2019s strengths and "
                  "the areas it needs to improve. Staff, including those at the early stages of their careers, "
                  "say that leaders are considerate of their workload and well-being.", body),
        Paragraph("Safeguarding", h2),
        Paragraph("The arrangements for safeguarding are effective. Safeguarding standards are met.", body),
        Paragraph("What does the school need to do to improve?", h2),
        Paragraph("\u2022 In a small number of subjects, the curriculum does not identify precisely the knowledge "
                  "pupils should learn. The school should make sure that these subjects are planned as well "
                  "as the rest of the curriculum.", bullet),
        Paragraph("\u2022 Some teachers do not check pupils\u2019 understanding well enough before moving on. The "
                  "school should ensure that checks on learning are used consistently.", bullet),
        Paragraph("Information about this inspection", h2),
        Paragraph("Inspectors met the headteacher, senior leaders, staff, pupils, members of the local governing "
                  "body and the chief executive of the trust. They carried out deep dives in English, "
                  "mathematics, science, history and design and technology. Inspectors took account of 212 "
                  "responses to Ofsted Parent View and 74 responses to the staff survey.", body),
        Paragraph("Inspection team: Helen Osei, His Majesty\u2019s Inspector (lead); Mark Tranter, Ofsted "
                  "Inspector; Rupinder Gill, Ofsted Inspector.", body),
        Spacer(1, 10),
        _panel([Paragraph("The Office for Standards in Education, Children\u2019s Services and Skills (Ofsted) "
                          "regulates and inspects to achieve excellence in the care of children and young "
                          "people, and in education and skills for learners of all ages. If you would like a "
                          "copy of this document in a different format, such as large print or Braille, please "
                          "telephone 0300 123 1231. \u00a9 Crown copyright 2026. Reference: 10342876.", cell)],
               wide, fill=colors.HexColor("#EFEBF5")),
    ]
    doc.build(story)


# ================================================================== 2. A home insurer's product information document (PDF)

HW_TEAL = colors.HexColor("#00636B")
HW_FILE = "hartwell-home-plus-insurance-product-information-document-2026.pdf"


def _hw_icon(kind):
    drawing = Drawing(14, 14)
    fill = {"tick": colors.HexColor("#2E8540"), "cross": colors.HexColor("#C8102E"),
            "bang": colors.HexColor("#E08A00"), "info": HW_TEAL}[kind]
    drawing.add(Circle(7, 7, 6.5, fillColor=fill, strokeColor=None))
    drawing.add(String(7, 3.6, {"tick": "\u2713", "cross": "x", "bang": "!", "info": "i"}[kind],
                       fontName="ZapfDingbats" if kind == "tick" else "Helvetica-Bold", fontSize=8,
                       textAnchor="middle", fillColor=colors.white))
    return drawing


def _hw_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(HW_TEAL)
    canvas.rect(0, height - 30 * mm, width, 30 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 15)
    canvas.drawString(14 * mm, height - 13 * mm, "Home Insurance")
    canvas.setFont("Helvetica", 9.5)
    canvas.drawString(14 * mm, height - 19.5 * mm, "Insurance Product Information Document")
    canvas.drawString(14 * mm, height - 25 * mm, "Company: Hartwell Insurance Services Ltd      Product: Hartwell Home Plus")
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawRightString(width - 14 * mm, height - 16 * mm, "hartwell")
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(width - 14 * mm, height - 21 * mm, "home \u00b7 contents \u00b7 cover")
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(14 * mm, 10 * mm, "Hartwell Insurance Services Ltd is authorised and regulated by the Financial "
                      "Conduct Authority, FRN 812304. Registered in England and Wales no. 09981452.")
    canvas.drawString(14 * mm, 6.5 * mm, "Registered office: 3 Castle Wharf, Nottingham NG1 7EH. "
                      "HHP-IPID-0226 v3.1")
    canvas.restoreState()


def insurance_ipid(out: Path) -> None:
    width, height = A4
    margin = 14 * mm
    gap = 6 * mm
    col_w = (width - 2 * margin - gap) / 2
    doc = BaseDocTemplate(str(out / HW_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=34 * mm, bottomMargin=16 * mm, title="Hartwell Home Plus - IPID",
                          author="Hartwell Insurance Services Ltd", subject="Insurance Product Information Document",
                          creator="Hartwell Insurance Services Ltd", invariant=1)
    top = height - 34 * mm
    intro_h = 30 * mm
    doc.addPageTemplates([PageTemplate("p", [
        Frame(margin, top - intro_h, width - 2 * margin, intro_h, id="i", leftPadding=0, rightPadding=0),
        Frame(margin, 16 * mm, col_w, top - intro_h - 16 * mm, id="a", leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gap, 16 * mm, col_w, top - intro_h - 16 * mm, id="b", leftPadding=0,
              rightPadding=0)], onPage=_hw_page)])
    small = _style("s", "Helvetica", 8, leading=10.4, after=3)
    h = _style("h", "Helvetica-Bold", 10.5, leading=13, color=HW_TEAL)
    item = _style("it", "Helvetica", 8, leading=10.2, after=2, left=8, first=-7)

    def box(kind, heading, lines):
        head = Table([[_hw_icon(kind), Paragraph(heading, h)]], colWidths=[18, col_w - 30])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow = [head] + [Paragraph("\u2022 " + line, item) for line in lines]
        return [_panel(flow, col_w, border=HW_TEAL, pad=5), Spacer(1, 5)]

    story = [
        Paragraph("This document provides a summary of the key information relating to this insurance product. "
                  "Complete pre-contractual and contractual information on the product is provided in your policy "
                  "booklet, policy schedule and statement of fact. It does not take into account your own "
                  "needs or circumstances.", small),
        Paragraph("<b>What is this type of insurance?</b> Hartwell Home Plus is a home insurance policy that "
                  "covers your buildings, your contents, or both, against loss or damage caused by events such as "
                  "fire, flood, storm, escape of water and theft. Optional extras can be added for an additional "
                  "premium.", small),
        FrameBreak(),
    ]
    story += box("tick", "What is insured?", [
        "Buildings: loss or damage to the structure of your home, up to \u00a31,000,000.",
        "Contents: loss or damage to household goods and personal possessions in your home, up to \u00a375,000.",
        "Theft or attempted theft, where force and violence has been used to enter or leave the home.",
        "Replacement of locks and keys if your keys are lost or stolen, up to \u00a31,500.",
        "Alternative accommodation if your home cannot be lived in, up to \u00a350,000.",
        "Accidental damage to TVs, computers and glass.",
        "Optional: personal possessions away from the home, home emergency, legal expenses and bicycles "
        "over \u00a31,000."])
    story += box("cross", "What is not insured?", [
        "The excess shown in your schedule (the standard excess is \u00a3250; escape of water \u00a3450).",
        "Theft or malicious damage by you, your family, lodgers or paying guests.",
        "Theft from an unoccupied home where it has been left unoccupied for more than 60 days in a row.",
        "Loss or damage from wear and tear, gradual deterioration, vermin or poor workmanship.",
        "Damage to gates, hedges and fences caused by storm or flood."])
    story += box("bang", "Are there any restrictions on cover?", [
        "Single articles of jewellery, watches or art worth more than \u00a32,500 must be listed on your "
        "schedule.",
        "Cover for theft is only provided if the locks shown in your schedule (five-lever mortice deadlocks to "
        "BS 3621 or multi-point locking on uPVC doors) are in use whenever the home is left empty.",
        "Bicycles are covered at home up to \u00a3500 each unless specified.",
        "Where your schedule says your intruder alarm is a condition of cover, it must be set whenever the home "
        "is empty and maintained under a contract."])
    story += [FrameBreak()]
    story += box("info", "Where am I covered?", [
        "At the home address shown in your schedule, in the United Kingdom. Personal possessions cover, if "
        "chosen, applies anywhere in the world for up to 60 days a year."])
    story += box("bang", "What are my obligations?", [
        "You must answer all our questions honestly and tell us about any changes to the information you have "
        "given us, such as a change of address or occupation, or building work.",
        "You must take reasonable care to protect your property and prevent loss or damage.",
        "You must report any theft, attempted theft, riot or malicious damage to the police as soon as possible "
        "and obtain a crime reference number before making a claim.",
        "You must tell us about a claim as soon as possible by calling 0300 123 0987 or online.",
        "A discount of up to 5% is available if your home is in an area covered by a registered Neighbourhood "
        "Watch scheme or your home was built to Secured by Design standards; you must tell us if this stops "
        "being the case."])
    story += box("info", "When and how do I pay?", [
        "You can pay your premium in full by debit or credit card, or by monthly Direct Debit. Paying monthly "
        "is a credit agreement and costs more; the APR is shown in your credit agreement."])
    story += box("info", "When does the cover start and end?", [
        "Cover starts on the date shown in your schedule and lasts for 12 months. We will write to you at least "
        "21 days before it ends with your renewal terms."])
    story += box("info", "How do I cancel the contract?", [
        "You can cancel within 14 days of receiving your documents, or of the start date if later, and receive "
        "a full refund provided no claim has been made. After that you can cancel at any time and we will "
        "refund the premium for the unexpired period, less a \u00a325 cancellation fee, provided no claim has "
        "been made. Call 0300 123 0988."])
    doc.build(story)


# ================================================================== 3. A Pride festival's programme booklet (PDF)

WP_PINK = colors.HexColor("#D81B7B")
WP_INK = colors.HexColor("#2B1B4A")
WP_RAINBOW = ["#E40303", "#FF8C00", "#FFED00", "#008026", "#004DFF", "#750787"]
WP_FILE = "wensum-pride-2026-official-programme.pdf"


def _wp_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    stripe = 3 * mm if page > 1 else 9 * mm
    for i, colour in enumerate(WP_RAINBOW):
        canvas.setFillColor(colors.HexColor(colour))
        canvas.rect(i * width / 6, height - stripe, width / 6 + 0.5, stripe, stroke=0, fill=1)
    if page == 1:
        canvas.setFillColor(WP_INK)
        canvas.rect(0, 0, width, height - stripe, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 36)
        canvas.drawString(14 * mm, height - 48 * mm, "Wensum")
        canvas.drawString(14 * mm, height - 62 * mm, "Pride 2026")
        canvas.setFont("Helvetica", 13)
        canvas.drawString(14 * mm, height - 74 * mm, "Saturday 25 July \u00b7 Norwich")
        canvas.setFillColor(colors.HexColor("#FFED00"))
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(14 * mm, height - 84 * mm, "Official programme \u00b7 Free")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(14 * mm, 30 * mm, "Parade \u00b7 Chapelfield Gardens \u00b7 Two stages \u00b7 Family Zone")
        canvas.drawString(14 * mm, 24 * mm, "Community Village \u00b7 Quiet Space \u00b7 Youth Tent")
        canvas.setFont("Helvetica", 8)
        canvas.drawString(14 * mm, 12 * mm, "wensumpride.example.org.uk  \u00b7  #WensumPride")
    else:
        canvas.setFillColor(WP_INK)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(12 * mm, 8 * mm, "Wensum Pride 2026 \u00b7 Official programme")
        canvas.drawRightString(width - 12 * mm, 8 * mm, str(page))
    canvas.restoreState()


def pride_programme(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / WP_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=12 * mm, bottomMargin=14 * mm, title="Wensum Pride 2026 - Official programme",
                          author="Wensum Pride CIC", subject="Programme", creator="Wensum Pride CIC", invariant=1)
    frame = Frame(margin, 14 * mm, width - 2 * margin, height - 26 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 14 * mm, width - 2 * margin, 10 * mm, id="c")],
                                       onPage=_wp_page),
                          PageTemplate("inner", [frame], onPage=_wp_page)])
    wide = width - 2 * margin
    h1 = _style("h1", "Helvetica-Bold", 17, leading=21, color=WP_PINK, after=5)
    h3 = _style("h3", "Helvetica-Bold", 10, leading=12.5, color=WP_INK, before=5, after=2)
    body = _style("b", "Helvetica", 8.6, leading=11.4, after=5)
    cell = _style("c", "Helvetica", 8, leading=10)
    head = _style("hd", "Helvetica-Bold", 8, leading=10, color=colors.white)
    sign = _style("sg", "Helvetica-Oblique", 8.6, leading=11.4, after=5)
    story = [Spacer(1, 1), NextPageTemplate("inner"), PageBreak(),
             Paragraph("Welcome", h1),
             Paragraph("Welcome to our ninth Pride! Whether this is your first Pride or your fortieth, whether you "
                       "are marching, dancing, volunteering or just popping into Chapelfield Gardens for an hour, "
                       "we are so glad you are here. Pride began as a protest, and it still is one: this year\u2019s "
                       "theme, <i>Here, Together</i>, is about the people in our region who still cannot be "
                       "themselves at work, at school or at home.", body),
             Paragraph("Wensum Pride is run entirely by volunteers, and it is free because of our sponsors, our "
                       "stallholders and everyone who drops a coin in a bucket. Please be kind to each other, "
                       "drink water, and look after your friends.", body),
             Paragraph("Mo Akande, Chair, Wensum Pride CIC", sign),
             Paragraph("The day at a glance", h1),
             _grid([["Time", "What\u2019s on", "Where"],
                    ["10.30am", "Parade assembles", "Norwich Castle Gardens"],
                    ["12 noon", "Parade sets off", "Castle Meadow to Chapelfield"],
                    ["1pm", "Main Stage opens", "Chapelfield Gardens"],
                    ["1pm to 5pm", "Family Zone and Youth Tent", "Chapelfield Gardens (east lawn)"],
                    ["1pm to 6pm", "Community Village", "Chapelfield Gardens (bandstand)"],
                    ["7.30pm", "Main Stage closes", "Chapelfield Gardens"],
                    ["8pm till late", "After-parties", "Prince of Wales Road venues"]],
                   [18 * mm, 50 * mm, wide - 68 * mm], cell, head_style=head, head_fill=WP_INK,
                   zebra=colors.HexColor("#F6E3EE"), line=colors.HexColor("#C9B8D8")),
             Spacer(1, 5),
             Paragraph("The parade route", h3),
             Paragraph("Castle Meadow, Red Lion Street, Gentleman\u2019s Walk, Haymarket, Rampant Horse Street and "
                       "Theatre Street to Chapelfield Gardens. Roads on the route close from 11.30am to 1.30pm. "
                       "The parade is about 1.2 miles long and step-free throughout; an accessible viewing area "
                       "is outside the Forum.", body),
             PageBreak(),
             Paragraph("Main Stage line-up", h1),
             _grid([["Time", "Act"],
                    ["1.00pm", "Opening: Norwich Pride Choir"], ["1.30pm", "Ellis Vane"],
                    ["2.15pm", "The Glitter Dukes"], ["3.00pm", "Speeches: Here, Together"],
                    ["3.30pm", "Kat Moreno"], ["4.30pm", "Drag cabaret hosted by Miss Tilly Wensum"],
                    ["5.45pm", "Sunny Okafor"], ["6.45pm", "Headliner: Northern Lights"]],
                   [20 * mm, wide - 20 * mm], cell, head_style=head, head_fill=WP_PINK,
                   zebra=colors.HexColor("#F6E3EE"), line=colors.HexColor("#C9B8D8")),
             Spacer(1, 6),
             Paragraph("Community Village", h3),
             Paragraph("More than 40 stalls from charities, support groups, sports clubs and faith groups, including "
                       "the NHS sexual health service with free testing kits, the county\u2019s LGBT+ football "
                       "team and Norwich\u2019s rainbow book club.", body),
             Paragraph("Family Zone and Youth Tent", h3),
             Paragraph("Face painting, crafts and storytelling for under-12s, and an alcohol-free Youth Tent for "
                       "13 to 19 year olds run by youth workers. Children must be with an adult at all times.",
                       body),
             Paragraph("Quiet Space", h3),
             Paragraph("A calm tent with seating, ear defenders to borrow and a BSL interpreter on request, by "
                       "the Chapelfield Road gate.", body),
             PageBreak(),
             Paragraph("Looking after each other", h1),
             Paragraph("Safe to Report at the Community Village", h3),
             Paragraph("Norfolk Constabulary\u2019s LGBT+ liaison officers will again be at their Safe to Report "
                       "stand in the Community Village from 1pm to 6pm. You can report a hate crime or incident "
                       "in confidence, in person, whether it happened today or years ago. The officers also hold a "
                       "monthly Safe to Report drop-in in the city centre, which they began after Pride 2024. "
                       "Since then the number of anti-LGBT+ hate crimes reported to the force in Norwich has "
                       "risen by 38 per cent, which the officers say means more people trust them enough to come "
                       "forward, and 11 cases have led to charges.", body),
             Paragraph("The Welfare Bus", h3),
             Paragraph("Out East, our region\u2019s LGBT+ charity, will park its Welfare Bus on Chapel Field North "
                       "from 2pm until 1am. The charity\u2019s trained volunteers offer water, a phone charge, "
                       "first aid kits, a sit down and help getting home safely, and they walk the after-party "
                       "streets in pairs until closing. Last year the bus helped 214 people, and the volunteers "
                       "got 36 people who were separated from friends or unwell home safely.", body),
             Paragraph("Lost someone?", h3),
             Paragraph("Lost children and vulnerable adults will be taken to the Information Tent by the main "
                       "gate. Agree a meeting point with your group before the parade.", body),
             Paragraph("In an emergency", h3),
             Paragraph("Speak to any steward in a pink tabard or go to the first aid tent, staffed by St John "
                       "Ambulance. In an emergency call 999. To report a crime afterwards call 101.", body),
             Spacer(1, 4),
             _panel([Paragraph("<b>Thank you to our sponsors</b>", cell),
                     Paragraph("Broadland Building Society \u00b7 Norwich Lanes Traders \u00b7 "
                               "Anglian Print Co \u00b7 The Wensum Lodge Hotel \u00b7 Riverside Dental \u00b7 "
                               "and our 312 crowdfunders. Wensum Pride CIC, company no. 11438702.", cell)],
                    wide, fill=colors.HexColor("#F6E3EE"), bar=WP_PINK),
             ]
    doc.build(story)
# ================================================================== Word helpers (taken from the thirty-seventh set)


def _save_docx(document, path: Path, title: str, author: str) -> None:
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = props.modified = props.last_printed = datetime(2025, 1, 1)
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip(buffer.getvalue(), path)


def _field(paragraph, code: str, shown: str, size=None, bold=False) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, as Word saves it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run()
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", shown), ("end", None)):
        if kind in ("begin", "separate", "end"):
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _fill(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _p(container, text="", size=None, bold=False, italic=False, colour=None, align=None, after=None, before=None,
       style=None, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = container.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if font:
            run.font.name = font
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                               "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    fmt = paragraph.paragraph_format
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    return paragraph


def _runs(paragraph, parts, size=None, colour=None):
    """Add (text, bold, italic) runs to a paragraph."""
    from docx.shared import Pt, RGBColor

    for text, bold, italic in parts:
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    return paragraph


def _cell(cell, text, bold=False, italic=False, size=None, colour=None, first=True, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _cell_paras(cell, texts, size=None, bold_first=False):
    """Several paragraphs in one cell; a text may be a list of (text, bold, italic) runs."""
    for i, text in enumerate(texts):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(text, list):
            _runs(paragraph, text, size=size)
        else:
            _runs(paragraph, [(text, bold_first and i == 0, False)], size=size)


def _docx_table(document, rows, widths=None, size=9, head_fill=None, head_colour=None, label_fill=None,
                style="Table Grid"):
    from docx.shared import Cm

    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = style
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, value in enumerate(row):
            head = r == 0 and head_fill is not None
            label = c == 0 and label_fill is not None and not head
            if isinstance(value, (list, tuple)):
                _cell_paras(cells[c], list(value), size=size)
            else:
                _cell(cells[c], value, bold=head or label, size=size, colour=head_colour if head else None)
            if head:
                _fill(cells[c], head_fill)
            elif label:
                _fill(cells[c], label_fill)
            if widths:
                cells[c].width = Cm(widths[c])
    return table


def _normal(document, font: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def _page_setup(document, top, bottom, left, right) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)


def _heading_colours(document, colour: str, font: str) -> None:
    from docx.shared import RGBColor

    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        style = document.styles[name]
        style.font.color.rgb = RGBColor.from_string(colour)
        style.font.name = font


def _tabbed(paragraph, width) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    paragraph.paragraph_format.tab_stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _text_width(document):
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def _header_footer(document, left, centre, right, foot_text, pages, size=8, bold_centre=False):
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [(left, False, False), ("\t", False, False), (centre, bold_centre, False),
                 ("\t" + right, False, False)], size=size)
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [(foot_text + "Page ", False, False)], size=size)
    _field(foot, "PAGE", "1", size=size)
    _runs(foot, [(" of ", False, False)], size=size)
    _field(foot, "NUMPAGES", str(pages), size=size)


def _box(document, texts, fill, size=9, width_cm=17.0):
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    _fill(cell, fill)
    for i, text in enumerate(texts):
        _cell(cell, text, bold=(i == 0), size=size, first=(i == 0))
    cell.width = Cm(width_cm)
    _p(document, "", after=2)
    return table


def _qa(document, number, question, answers, guidance=None, fill="DCE6F0", size=9.5, width_cm=17.0):
    """A form question: a shaded question row over an answer row (one paragraph per answer)."""
    from docx.shared import Cm

    table = document.add_table(rows=2, cols=1)
    table.style = "Table Grid"
    top = table.rows[0].cells[0]
    _fill(top, fill)
    paragraph = top.paragraphs[0]
    _runs(paragraph, [(number + "  ", True, False), (question, True, False)], size=size)
    if guidance:
        _runs(paragraph, [(" " + guidance, False, True)], size=size - 1)
    answer = table.rows[1].cells[0]
    for i, text in enumerate(answers):
        _cell(answer, text, size=size, first=(i == 0))
    for row in table.rows:
        row.cells[0].width = Cm(width_cm)
    _p(document, "", after=2)
    return table





# ================================================================== 4. An MP's reply to a constituent (Word letter)

MP_FILE = "ruth-hallam-mp-reply-to-constituent-off-road-bikes-lupset-february-2026.docx"


def mp_letter(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 1.5, 1.8, 2.3, 2.3)
    width = _text_width(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    head = section.first_page_header.paragraphs[0]
    head.alignment = 1
    _runs(head, [("Ruth Hallam MP", True, False)], size=16, colour="006E51")
    line = section.first_page_header.add_paragraph()
    line.alignment = 1
    _runs(line, [("Member of Parliament for Wakefield and Rothwell", False, False)], size=10, colour="006E51")
    line = section.first_page_header.add_paragraph()
    line.alignment = 1
    _runs(line, [("HOUSE OF COMMONS  \u00b7  LONDON  \u00b7  SW1A 0AA", False, False)], size=8, colour="444444")
    later = section.header.paragraphs[0]
    _tabbed(later, width)
    _runs(later, [("Ruth Hallam MP", True, False), ("\t\tOur ref: RH/CAS/26/0412", False, False)], size=8,
          colour="444444")
    for footer in (section.first_page_footer, section.footer):
        foot = footer.paragraphs[0]
        foot.alignment = 1
        _runs(foot, [("Constituency office: 27 Westgate, Wakefield WF1 1JY  \u00b7  01632 960 248  \u00b7  "
                      "ruth.hallam.mp@parliament.example.uk", False, False)], size=7.5, colour="444444")
        note = footer.add_paragraph()
        note.alignment = 1
        _runs(note, [("I use the information you give me only to help with your enquiry. You can read my privacy "
                      "notice at ruthhallam.example.org.uk/privacy. This letter is not paid for from public funds "
                      "except for its postage.", False, True)], size=6.5, colour="666666")

    _p(document, "Our ref: RH/CAS/26/0412", size=9, after=0)
    _p(document, "Your ref: email of 12 January 2026", size=9, after=10)
    for text in ("Mr Graham Pollard", "14 Broadowler Lane", "Lupset", "Wakefield", "WF2 8PN"):
        _p(document, text, after=0)
    _p(document, "", after=6)
    _p(document, "23 February 2026", after=10)
    _p(document, "Dear Mr Pollard", after=8)
    _p(document, "Off-road motorbikes on the Lupset estate and Snapethorpe playing fields", bold=True, after=8)
    _p(document, "Thank you for getting in touch with me about the off-road motorbikes and quad bikes being ridden "
       "on the Lupset estate, along the old railway path and across Snapethorpe playing fields, and for the video "
       "you sent me. I am very sorry to hear that your granddaughter was nearly hit on the path last December. "
       "As I promised when we spoke at my surgery, I took up your concerns with both West Yorkshire Police and "
       "Wakefield Council, and I have now had their replies.", after=8)
    _p(document, "The District Commander for Wakefield, Chief Superintendent Andrea Moss, tells me that since October "
       "2025 the district\u2019s neighbourhood policing teams have run Operation Kickstand against the nuisance "
       "riding of off-road bikes in Lupset, Flanshaw and Thornes. Officers on the force\u2019s own off-road "
       "bikes and with a drone follow riders to where the bikes are kept rather than chasing them on the roads, "
       "and the team uses residents\u2019 reports and videos like yours to find them. She says that in the first "
       "four months 23 bikes were seized, 41 riders were given warnings under section 59 of the Police Reform "
       "Act, and calls about off-road bikes in Lupset fell by about a third compared with the same months a "
       "year earlier.", after=8)
    _p(document, "Wakefield Council\u2019s Service Director for Environment, Mr Kieran Doyle, tells me that the "
       "council\u2019s parks team has fitted new A-frame barriers at all six entrances to Snapethorpe playing "
       "fields and to the old railway path, which let through pushchairs, wheelchairs and mobility scooters but "
       "not motorbikes. The work was finished in January, and the parks team reports that the damage to the "
       "playing field surface since then has been minimal. The council has also put up signs asking people to "
       "report riders to the police.", after=8)
    _p(document, "I know from your letter that you are frustrated that it has taken so long, and I have told both "
       "the Chief Superintendent and Mr Doyle that I will keep pressing them until residents see a lasting "
       "change. I have also written to the Home Office minister responsible for policing to ask that forces be "
       "given the power to destroy seized bikes more quickly, and I will let you know the reply.", after=8)
    _p(document, "Please keep reporting incidents to the police on 101 or online at westyorkshire.police.uk, and "
       "if you have information about where bikes are being kept you can tell Crimestoppers anonymously on "
       "0800 555 111. My next advice surgery in Lupset is on Friday 13 March 2026 at 4pm at Lupset Library, and "
       "you would be very welcome to come along.", after=8)
    _p(document, "Thank you again for raising this with me.", after=10)
    _p(document, "Yours sincerely", after=28)
    _p(document, "Ruth Hallam MP", bold=True, after=0)
    _p(document, "Member of Parliament for Wakefield and Rothwell", after=0)
    _save_docx(document, out / MP_FILE, "Letter to Mr Pollard - off-road motorbikes", "Ruth Hallam MP")


# ================================================================== 5. A boxing club's sponsorship proposal (Word)

WB_FILE = "whitley-abc-reading-sponsorship-proposal-2026-27.docx"


def sponsorship_proposal(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 1.8, 1.8, 2.0, 2.0)
    _heading_colours(document, "B3121F", "Calibri")
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("WHITLEY ABC", True, False), ("\t\tSponsorship proposal 2026\u201327", False, False)], size=8,
          colour="B3121F")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Whitley Amateur Boxing Club \u00b7 affiliated to England Boxing, club no. 6218 \u00b7 "
                  "Whitley Community Hall, Northumberland Avenue, Reading RG2 7PX\t", False, False)], size=7.5,
          colour="555555")
    _field(foot, "PAGE", "1", size=7.5)

    cover = document.add_table(rows=1, cols=1)
    cell = cover.rows[0].cells[0]
    _fill(cell, "1C1C1C")
    _cell(cell, "WHITLEY ABC", bold=True, size=28, colour="FFFFFF")
    _cell(cell, "Sponsorship proposal 2026\u201327", size=15, colour="F2C230", first=False)
    _cell(cell, "Back a club that keeps young people in south Reading fit, focused and off the streets", size=10,
          colour="FFFFFF", first=False)
    _p(document, "", after=4)
    _docx_table(document, [["Prepared for", "Local businesses in Reading and Wokingham"],
                           ["Prepared by", "Tony Marchetti, Head Coach, and Leanne Cole, Club Secretary"],
                           ["Date", "February 2026"],
                           ["Contact", "07700 900 612 \u00b7 sponsors@whitleyabc.example.org.uk"]],
                widths=[4.0, 13.0], size=9.5, label_fill="F2F2F2")
    _p(document, "", after=4)

    document.add_heading("1. Who we are", level=1)
    _p(document, "Whitley ABC has trained boxers in south Reading since 1987. We are a volunteer-run, not-for-profit "
       "club with eleven qualified coaches, and we train five evenings a week in Whitley Community Hall. We "
       "box competitively, but most of our members never step into a ring: they come to get fit, to learn "
       "discipline and to be part of something. Weekly subs are \u00a33 for juniors, and nobody is turned away "
       "because they cannot pay.", after=6)
    document.add_heading("2. What we do beyond the gym", level=1)
    document.add_heading("Corner Club (Friday nights)", level=2)
    _p(document, "Corner Club is a free Friday night session from 7pm to 9.30pm for 11 to 17 year olds who have "
       "been drawn into anti-social behaviour or are at risk of exploitation. We run it with Thames Valley "
       "Police\u2019s Reading South neighbourhood policing team, whose officers refer young people to us and "
       "take part in the sessions in kit, alongside our coaches. Every young person is matched with a coach who "
       "stays in touch with them during the week. Since we started in April 2024, 58 young people have been "
       "referred and 44 still come regularly, and the neighbourhood team tells us that reports of anti-social "
       "behaviour around Whitley Wood shops on Friday nights have halved.", after=6)
    document.add_heading("Ring to Work: into jobs and training", level=2)
    _p(document, "Ring to Work is our employability programme for members aged 16 to 24 who are not in work or "
       "training. With Kennet Valley College we run a ten-week course of CV workshops, mock interviews and a "
       "coaching qualification, and local employers offer work tasters. Of the 27 young people who have "
       "finished the course since 2023, 19 are now in a job, an apprenticeship or college.", after=6)
    document.add_heading("3. Our reach in numbers", level=1)
    _docx_table(document, [["Members", "212 (96 under 18)"], ["Coaches and volunteers", "11 coaches, 15 volunteers"],
                           ["Sessions a week", "9"], ["Girls and women", "38% of members"],
                           ["England Boxing titles", "4 national, 11 regional since 2015"]],
                widths=[6.0, 11.0], size=9.5, label_fill="F2F2F2")
    _p(document, "", after=4)
    document.add_heading("4. Sponsorship packages", level=1)
    _docx_table(document, [["Package", "Price a year", "What you get"],
                           ["Corner sponsor", "\u00a3250", "Name on our sponsors\u2019 board and website; two tickets to "
                            "our annual show"],
                           ["Round sponsor", "\u00a3750", "As above, plus your logo on a gym banner and a social media "
                            "feature"],
                           ["Kit sponsor", "\u00a31,200", "Your logo on the club\u2019s competition vests and tracksuits "
                            "for two seasons"],
                           ["Title sponsor", "\u00a32,000", "Your name on our annual show, a table for ten and a "
                            "team-building boxing session for your staff"]],
                widths=[3.5, 2.8, 10.7], size=9.5, head_fill="B3121F", head_colour="FFFFFF")
    _p(document, "", after=4)
    document.add_heading("5. What your money pays for", level=1)
    for text in ["\u00a3250 pays for a term of Corner Club for one young person, including kit and food.",
                 "\u00a3750 pays for a new set of competition gloves and head guards.",
                 "\u00a32,000 pays the hall rent for Friday nights for a year."]:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("6. Next steps", level=1)
    _p(document, "We would love to show you round. Come and watch a session any weeknight from 6pm, or call Tony on "
       "07700 900 612. We can invoice your business, and as a community amateur sports club we can give you a "
       "receipt for your records.", after=6)
    _save_docx(document, out / WB_FILE, "Whitley ABC sponsorship proposal 2026-27", "Whitley ABC")


# ================================================================== 6. A student's work placement report (Word)

PR_FILE = "crm3105-work-placement-report-opcc-dorset-student-2310457.docx"


def placement_report(out: Path) -> None:
    from docx import Document

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 2.0, 2.0, 2.5, 2.5)
    _heading_colours(document, "1F3864", "Arial")
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("CRM3105 Work-Based Learning", False, False), ("\t\tStudent number 2310457", False, False)],
          size=8, colour="555555")
    foot = section.footer.paragraphs[0]
    foot.alignment = 1
    _field(foot, "PAGE", "1", size=8)

    _p(document, "Wessex Coast University", bold=True, size=14, colour="1F3864", align="center", after=2)
    _p(document, "School of Law, Policing and Criminology", align="center", after=12)
    _p(document, "Work Placement Report", bold=True, size=20, align="center", after=12)
    _docx_table(document, [["Student number", "2310457"], ["Programme", "BSc (Hons) Criminology, Level 6"],
                           ["Module", "CRM3105 Work-Based Learning (30 credits)"],
                           ["Placement provider", "Office of the Police and Crime Commissioner for Dorset"],
                           ["Placement dates", "29 September 2025 to 19 December 2025 (two days a week, 24 days)"],
                           ["Workplace supervisor", "Policy and Commissioning Officer"],
                           ["Module tutor", "Dr Imogen Pryce"], ["Word count", "3,012 (excluding references and appendix)"],
                           ["Submission date", "16 January 2026"]],
                widths=[5.0, 11.0], size=9.5, label_fill="DEEAF6")
    _p(document, "", after=4)
    _p(document, "Declaration: I confirm that this report is my own work and that I have acknowledged all sources. "
       "Names of members of the public and of staff below manager level have been removed.", italic=True,
       size=9, after=10)

    document.add_heading("1. Introduction", level=1)
    _p(document, "This report reflects on my twelve-week placement with the Office of the Police and Crime "
       "Commissioner (OPCC) for Dorset. It describes the organisation, my tasks, two pieces of work I contributed "
       "to, and what I learned, using Gibbs\u2019 reflective cycle (Gibbs, 1988).", after=6)
    document.add_heading("2. The placement organisation", level=1)
    _p(document, "The Police and Crime Commissioner is elected to hold the Chief Constable of Dorset Police to "
       "account, set the police and crime plan and the budget, and commission services for victims. The OPCC "
       "has about 30 staff in Winfrith. I was based in the policy and commissioning team.", after=6)
    document.add_heading("3. My role and tasks", level=1)
    for text in ["Taking notes at two meetings of the county\u2019s rural crime partnership.",
                 "Summarising 412 free-text responses to the Commissioner\u2019s precept survey.",
                 "Drafting three case studies for the Commissioner\u2019s annual report.",
                 "Analysing incident data for the evaluation described in section 4.1."]:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("4. Work I contributed to", level=1)
    document.add_heading("4.1 Operation Saltmarsh", level=2)
    _p(document, "Operation Saltmarsh was Dorset Police\u2019s summer operation on Weymouth seafront and at the "
       "harbour, run by the Weymouth and Portland neighbourhood policing team from June to September 2025. "
       "Officers and special constables patrolled the beach, the esplanade and the harbourside on foot and on "
       "bikes every weekend and through the school holidays, with dispersal orders used on the busiest days and "
       "test purchases at shops selling alcohol. My supervisor asked me to compare incident data for the "
       "operation\u2019s area with summer 2024. I found that reported anti-social behaviour fell by 24 per cent "
       "and alcohol-related assaults by 17 per cent, although I noted in my report that weather and visitor "
       "numbers differed between the two summers.", after=6)
    document.add_heading("4.2 Rural Crime Ambassadors", level=2)
    _p(document, "The Rural Crime Ambassadors programme is run by the OPCC itself. Since 2024 the office has "
       "recruited and trained volunteers in farming and village communities, who pass on crime prevention advice, "
       "help neighbours report crime and feed back local concerns to the office. I helped run the autumn training "
       "day for eight new ambassadors. There are now 46 ambassadors across the county, and the OPCC\u2019s "
       "rural survey found that 61 per cent of farmers knew how to report rural crime, up from 44 per cent.",
       after=6)
    document.add_heading("5. Reflection", level=1)
    _p(document, "Description and feelings. At first I found the meetings difficult to follow because of the "
       "acronyms, and I was nervous about speaking. Evaluation and analysis. Keeping a glossary helped, and by "
       "week six I was presenting my data analysis to the team. I learned that evaluation in practice is limited "
       "by the data available, which links to what we studied on realist evaluation (Pawson and Tilley, 1997). "
       "Conclusion and action plan. In future placements I would ask for a clearer brief at the start and book "
       "regular feedback with my supervisor.", after=6)
    document.add_heading("6. Skills developed", level=1)
    _docx_table(document, [["Skill", "Evidence"],
                           ["Data analysis", "Excel pivot tables on incident data (section 4.1)"],
                           ["Writing for the public", "Three case studies for the annual report"],
                           ["Teamwork", "Organising the ambassadors\u2019 training day"]],
                widths=[5.0, 11.0], size=9.5, head_fill="1F3864", head_colour="FFFFFF")
    _p(document, "", after=4)
    document.add_heading("References", level=1)
    for text in ["Gibbs, G. (1988) Learning by Doing: A Guide to Teaching and Learning Methods. Oxford: Further "
                 "Education Unit, Oxford Polytechnic.",
                 "Pawson, R. and Tilley, N. (1997) Realistic Evaluation. London: Sage."]:
        _p(document, text, size=9.5, after=3)
    document.add_heading("Appendix: supervisor\u2019s confirmation", level=1)
    _p(document, "I confirm that the student completed 24 days of placement with this office. Signed: Policy and "
       "Commissioning Officer, OPCC for Dorset, 18 December 2025.", italic=True, size=9.5, after=3)
    _save_docx(document, out / PR_FILE, "CRM3105 work placement report", "2310457")


# ================================================================== 7. A freedom of information request page (HTML)

FOI_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Operation Tidemark, New Brighton, summer 2025 - a Freedom of Information request to Merseyside Police - WhatDoTheyKnow</title>
<meta name="description" content="A Freedom of Information request to Merseyside Police about Operation Tidemark, New Brighton, summer 2025">
<meta property="og:site_name" content="WhatDoTheyKnow">
<link rel="stylesheet" href="/assets/application-7f3c2a.css">
</head>
<body class="requests show">
<div id="cookie-banner" class="cookie-message" role="region" aria-label="Cookies">
  <p>We use cookies to make the site work and, if you agree, to understand how it is used.
  <a href="/help/privacy#cookies">Find out more</a></p>
  <button class="button" id="cookie-accept">Accept</button> <button class="button button-secondary" id="cookie-reject">Only essential</button>
</div>
<header id="banner">
  <a href="/" class="site-title">WhatDoTheyKnow</a>
  <nav id="topnav">
    <ul>
      <li><a href="/select_authority">Make a request</a></li>
      <li class="selected"><a href="/list/successful">Browse requests</a></li>
      <li><a href="/body/list/all">View authorities</a></li>
      <li><a href="/blog">Read blog</a></li>
      <li><a href="/help/about">Help</a></li>
    </ul>
  </nav>
  <form id="navigation_search" action="/search" method="get"><input type="search" name="query" placeholder="Search"><button type="submit">Search</button></form>
  <a href="/profile/sign_in" class="sign-in">Sign in or sign up</a>
</header>
<main id="wrapper">
<div id="content" class="request-page">
  <h1>Operation Tidemark, New Brighton, summer 2025</h1>
  <p class="request-header__subtitle">Sam Reilly made this <a href="/help/about">Freedom of Information request</a> to
  <a href="/body/merseyside_police">Merseyside Police</a></p>
  <p class="request-status-message request-status-message--successful">This request has been <strong>successful</strong>.</p>
  <div class="request-header__action-bar"><a class="button" href="#follow">Follow</a> <a class="button" href="#actions">Actions</a></div>

  <div class="correspondence box" id="outgoing-2417733">
    <div class="correspondence__header"><span class="correspondence__header__author">Dear Merseyside Police,</span>
    <time datetime="2025-11-03T19:12:44+00:00">3 November 2025</time></div>
    <div class="correspondence_text">
      <p>Dear Merseyside Police,</p>
      <p>Please provide the following information about Operation Tidemark in New Brighton in summer 2025:</p>
      <p>1. A description of the operation, including its dates and which teams and partners took part.<br>
      2. Any evaluation, results or debrief report for the operation.<br>
      3. The cost of the operation, including overtime.<br>
      4. The number of dispersal orders authorised under section 34 of the Anti-social Behaviour, Crime and Policing Act 2014 in New Brighton between 1 May and 30 September 2025.</p>
      <p>Yours faithfully,</p>
      <p>Sam Reilly</p>
    </div>
    <p class="correspondence__footer"><a href="#outgoing-2417733">Link to this</a> <a href="/report">Report</a></p>
  </div>

  <div class="correspondence box" id="incoming-2425190">
    <div class="correspondence__header"><span class="correspondence__header__author">FOI Requests, Merseyside Police</span>
    <time datetime="2025-11-04T09:01:12+00:00">4 November 2025</time></div>
    <div class="correspondence_text">
      <p>Dear Sam Reilly,</p>
      <p>Thank you for your request for information, which was received on 3 November 2025 and has been given the reference FOI/2025/04873. We will respond within 20 working days.</p>
      <p>Information Compliance Unit, Merseyside Police</p>
    </div>
    <p class="correspondence__footer"><a href="#incoming-2425190">Link to this</a> <a href="/report">Report</a></p>
  </div>

  <div class="correspondence box" id="incoming-2438856">
    <div class="correspondence__header"><span class="correspondence__header__author">FOI Requests, Merseyside Police</span>
    <time datetime="2025-11-28T14:37:05+00:00">28 November 2025</time></div>
    <div class="correspondence_text">
      <p>OFFICIAL</p>
      <p>Dear Sam Reilly,</p>
      <p>Freedom of Information Act 2000 &ndash; request reference FOI/2025/04873</p>
      <p>I write in response to your request received on 3 November 2025. Merseyside Police has located the information you requested and it is provided below.</p>
      <p><strong>Question 1 and 2</strong></p>
      <p>Operation Tidemark ran from 24 May to 7 September 2025 and was led by the Wirral local policing unit&rsquo;s New Brighton and Wallasey neighbourhood team. Neighbourhood officers and PCSOs patrolled the promenade, the beach and Victoria Road on Friday and Saturday evenings and on every day of the school summer holidays, working alongside Wirral Council&rsquo;s beach and coastal wardens, who joined evening patrols and removed alcohol from under-18s. The force&rsquo;s drone unit supported the patrols on the eleven hottest days. The internal debrief records that anti-social behaviour incidents reported in the operation area fell from 318 in summer 2024 to 201 in summer 2025, that 214 containers of alcohol were seized from young people and that 9 arrests were made, including 3 for possession of a bladed article.</p>
      <p>The debrief report itself contains personal information and operational detail and is withheld under sections 31(1)(a) and 40(2) of the Act.</p>
      <p><strong>Question 3</strong></p>
      <p>The operation was delivered within existing neighbourhood resources. Overtime costs attributed to Operation Tidemark were &pound;38,412.</p>
      <p><strong>Question 4</strong></p>
      <p>Seventeen dispersal authorisations covering New Brighton were made between 1 May and 30 September 2025.</p>
      <p>If you are dissatisfied with this response you may ask for an internal review within 40 working days by writing to the Information Compliance Unit. If you remain dissatisfied you may complain to the Information Commissioner.</p>
      <p>Yours sincerely,</p>
      <p>Disclosure Officer<br>Information Compliance Unit<br>Merseyside Police, Canning Place, Liverpool L1 8JX</p>
    </div>
    <p class="correspondence__footer"><a href="#incoming-2438856">Link to this</a> <a href="/report">Report</a></p>
  </div>

  <div class="correspondence box annotation" id="comment-118822">
    <div class="correspondence__header"><span class="correspondence__header__author">Dan Wetherby left an annotation</span>
    <time datetime="2025-11-29T10:15:00+00:00">29 November 2025</time></div>
    <div class="correspondence_text"><p>Useful &ndash; I asked Wirral Council a similar question last year (see the related request below). Worth asking for an internal review on the debrief; a redacted copy could be released.</p></div>
  </div>

  <div id="after_actions" class="request-footer">
    <p>Things to do with this request</p>
    <ul>
      <li><a href="/request/operation_tidemark_new_brighton/download">Download a zip of all correspondence</a></li>
      <li><a href="/request/operation_tidemark_new_brighton/followups/new">Send a follow up</a></li>
      <li><a href="/request/operation_tidemark_new_brighton/annotate">Add an annotation</a></li>
    </ul>
  </div>
</div>
<aside id="sidebar">
  <div class="sidebar__section" id="follow"><h2>Follow this request</h2><p>There are 6 people following this request.</p></div>
  <div class="sidebar__section"><h2>Similar requests</h2>
    <ul>
      <li><a href="/request/coastal_wardens_2024">Coastal wardens 2024</a> (Wirral Metropolitan Borough Council)</li>
      <li><a href="/request/dispersal_orders_wallasey">Dispersal orders, Wallasey</a> (Merseyside Police)</li>
      <li><a href="/request/drone_unit_deployments">Drone unit deployments 2024-25</a> (Merseyside Police)</li>
    </ul>
  </div>
  <div class="sidebar__section"><h2>Donate</h2><p>WhatDoTheyKnow is run by mySociety, a registered charity. Help us keep it running.</p></div>
</aside>
</main>
<footer id="footer">
  <ul><li><a href="/help/contact">Contact us</a></li><li><a href="/help/privacy">Privacy and cookies</a></li><li><a href="/help/house_rules">House rules</a></li><li><a href="/help/api">API</a></li></ul>
  <p>Built by <a href="https://www.mysociety.org">mySociety</a>, registered charity number 1076346. Powered by Alaveteli.</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A visitor guide's staying-safe page (HTML)

VISIT_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Staying safe on a night out in Cardiff | Cardiff Insider</title>
<meta name="description" content="Getting home, help points and who to call: our local's guide to a safe night out in Cardiff city centre and Cardiff Bay.">
<meta property="og:title" content="Staying safe on a night out in Cardiff">
<meta property="og:site_name" content="Cardiff Insider">
<link rel="stylesheet" href="/static/css/insider.2026.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Staying safe on a night out in Cardiff","datePublished":"2026-01-14","dateModified":"2026-02-20","author":{"@type":"Person","name":"Ffion Daniels"},"publisher":{"@type":"Organization","name":"Cardiff Insider"}}</script>
</head>
<body>
<div class="cookie-consent" role="dialog" aria-labelledby="cc-title">
  <h2 id="cc-title">Cookies on Cardiff Insider</h2>
  <p>We and our 9 partners use cookies to personalise offers and measure how the guide is used.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <a href="/cookies">Manage preferences</a>
</div>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="logo" href="/">Cardiff <span>Insider</span></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/things-to-do">Things to do</a></li>
      <li><a href="/eat-and-drink">Eat &amp; drink</a></li>
      <li><a href="/whats-on">What&rsquo;s on</a></li>
      <li><a href="/stay">Where to stay</a></li>
      <li class="active"><a href="/plan-your-visit">Plan your visit</a></li>
    </ul>
  </nav>
  <a class="lang" href="/cy/">Cymraeg</a>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/plan-your-visit">Plan your visit</a> &rsaquo; Staying safe</nav>
<main id="main">
<article>
  <p class="kicker">Plan your visit</p>
  <h1>Staying safe on a night out in Cardiff</h1>
  <p class="byline">By Ffion Daniels &middot; Updated 20 February 2026 &middot; 6 min read</p>
  <figure><img src="/media/st-mary-street-night.jpg" alt="St Mary Street lit up at night with people walking"><figcaption>St Mary Street on a Saturday night. Photo: Cardiff Insider</figcaption></figure>
  <p class="lede">Cardiff is one of the UK&rsquo;s best cities for a night out, from the pubs of St Mary Street to the bars of Cardiff Bay, and on big match and concert nights it welcomes tens of thousands of visitors. Here&rsquo;s what&rsquo;s in place to look after you, and what to do if something goes wrong.</p>

  <aside class="callout callout--emergency">
    <h2>Numbers to know</h2>
    <ul>
      <li>Emergency: <strong>999</strong> (or text 999 if you have registered with emergencySMS)</li>
      <li>Non-emergency police: <strong>101</strong></li>
      <li>NHS 111 Wales: <strong>111</strong></li>
    </ul>
  </aside>

  <h2>Who&rsquo;s out and about</h2>

  <h3>Police patrols in Cardiff Bay</h3>
  <p>South Wales Police&rsquo;s Cardiff Bay neighbourhood team runs Operation Goleudy on Friday and Saturday nights from May to September, with officers and PCSOs on foot and on bikes around Mermaid Quay, Roald Dahl Plass and the barrage. The team works with Cardiff Harbour Authority&rsquo;s waterfront rangers, who carry throw lines and lifebelts, to keep people away from the water&rsquo;s edge late at night. Since the operation began in 2023 there have been no late-night water deaths in the Bay, and the force says reports of violence around Mermaid Quay fell by a fifth last summer.</p>

  <h3>The Night Haven on St Mary Street</h3>
  <p>If you or a friend are feeling unwell, have lost your phone or just need a sit down, head to the Night Haven, a welfare centre run by the charity Cathays Street Friends with paramedics from the Welsh Ambulance Service. It opens from 10pm to 4am on Fridays, Saturdays and big event nights. The charity&rsquo;s volunteers also walk the streets with flip-flops, water and space blankets. Last year the Night Haven looked after more than 1,900 people, and the ambulance service estimates it saved around 600 trips to the emergency department.</p>

  <h3>Marshals at the taxi ranks</h3>
  <p>Cardiff Council&rsquo;s taxi marshals manage the queues at the Westgate Street and Greyfriars Road ranks from 11pm to 4am on Friday and Saturday nights, making sure you get into a licensed taxi and stopping queue-jumping and arguments. The council says complaints about disorder at the ranks have dropped by half since marshals were added at Greyfriars Road in 2024.</p>

  <h2>Tips from locals</h2>
  <ul>
    <li>Plan how you&rsquo;ll get home before you go out, and keep some charge on your phone.</li>
    <li>Only get into a taxi that is licensed by Cardiff Council (white with a green bonnet) or one you&rsquo;ve booked.</li>
    <li>On match days, trains from Cardiff Central are busy until late &ndash; check the queueing system outside the station.</li>
    <li>Ask for Angela at participating bars if you feel unsafe on a date.</li>
  </ul>

  <div class="related">
    <h2>You might also like</h2>
    <ul>
      <li><a href="/plan-your-visit/getting-around">Getting around Cardiff</a></li>
      <li><a href="/whats-on/principality-stadium">Principality Stadium: what you need to know</a></li>
      <li><a href="/eat-and-drink/late-night-food">The best late-night food in the city</a></li>
    </ul>
  </div>
</article>
<aside class="sidebar">
  <div class="promo"><h2>Win a night at a Bay hotel</h2><p>Sign up to our newsletter for the chance to win.</p><a class="btn" href="/newsletter">Sign up</a></div>
  <div class="ad" aria-label="Advertisement">Advertisement</div>
</aside>
</main>
<footer class="site-footer">
  <p>Cardiff Insider is an independent visitor guide published by Insider Guides (Wales) Ltd, company no. 12688430, Unit 4, Bute Street Studios, Cardiff CF10 5BZ.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; 2026 Insider Guides (Wales) Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A theatre's show page (HTML)

SHOW_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Long Night Shift | Albany Playhouse, Bolton</title>
<meta name="description" content="A gripping new crime drama from Tideline Theatre. 10 to 14 March 2026 at the Albany Playhouse, Bolton.">
<link rel="stylesheet" href="/css/playhouse.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","name":"The Long Night Shift","startDate":"2026-03-10T19:30","endDate":"2026-03-14T19:30","location":{"@type":"PerformingArtsTheater","name":"Albany Playhouse","address":"Mawdsley Street, Bolton BL1 1LT"},"offers":{"@type":"AggregateOffer","lowPrice":"14.00","highPrice":"28.50","priceCurrency":"GBP"}}</script>
</head>
<body>
<div id="cookie-bar" role="region" aria-label="Cookie notice">
  <p>We use cookies to run our box office and, with your consent, for marketing. <a href="/privacy">Privacy policy</a></p>
  <button id="ck-ok">Accept</button> <button id="ck-no">Decline</button>
</div>
<div class="utility"><a href="/account">My account</a> | <a href="/basket">Basket (0)</a> | Box office 01632 960 580</div>
<header class="masthead">
  <a class="brand" href="/">Albany Playhouse</a>
  <nav><ul>
    <li class="current"><a href="/whats-on">What&rsquo;s on</a></li>
    <li><a href="/your-visit">Your visit</a></li>
    <li><a href="/get-involved">Get involved</a></li>
    <li><a href="/support-us">Support us</a></li>
  </ul></nav>
</header>
<main>
  <section class="show-hero">
    <p class="genre">Drama &middot; Thriller</p>
    <h1>The Long Night Shift</h1>
    <p class="company">Tideline Theatre in association with the Albany Playhouse</p>
    <p class="dates">Tue 10 &ndash; Sat 14 March 2026</p>
    <p class="price">Tickets &pound;14 &ndash; &pound;28.50 &middot; Running time approx. 2 hours 10 minutes including an interval</p>
    <a class="btn btn-book" href="/book/long-night-shift">Book now</a>
  </section>
  <section class="show-about">
    <h2>About the show</h2>
    <p>It&rsquo;s 2am in a seaside town out of season. Detective Inspector Maggie Rourke has twelve hours left before she retires, and a body has just been found under the pier. The last shift of a thirty-year career becomes a race against the tide as Rourke, her rookie partner and a town that would rather forget pull the past back into the light.</p>
    <p>Written by Bolton-born playwright Adele Kinsey and directed by Marcus Obi, <em>The Long Night Shift</em> is a taut, funny and unsettling thriller about loyalty, memory and what it costs to keep a community safe.</p>
    <blockquote>&ldquo;Gripping from the first minute to the last.&rdquo; &ndash; <cite>Stage Northwest</cite> &#9733;&#9733;&#9733;&#9733;</blockquote>
    <blockquote>&ldquo;Line of Duty meets Brief Encounter.&rdquo; &ndash; <cite>Manchester Evening Post</cite> &#9733;&#9733;&#9733;&#9733;</blockquote>
  </section>
  <section class="show-cast">
    <h2>Cast and creative team</h2>
    <ul>
      <li>DI Maggie Rourke &ndash; Julie Hesketh</li>
      <li>DC Ravi Sandhu &ndash; Arjun Mistry</li>
      <li>Eddie Platt &ndash; Graham Lowe</li>
      <li>Writer &ndash; Adele Kinsey &middot; Director &ndash; Marcus Obi &middot; Designer &ndash; Hana Petrov</li>
    </ul>
  </section>
  <section class="show-performances">
    <h2>Performances</h2>
    <table>
      <thead><tr><th>Date</th><th>Time</th><th>Notes</th><th></th></tr></thead>
      <tbody>
        <tr><td>Tue 10 March</td><td>7.30pm</td><td>Preview &ndash; all tickets &pound;14</td><td><a href="/book/long-night-shift?p=1">Book</a></td></tr>
        <tr><td>Wed 11 March</td><td>7.30pm</td><td></td><td><a href="/book/long-night-shift?p=2">Book</a></td></tr>
        <tr><td>Thu 12 March</td><td>2.00pm</td><td>Audio described and relaxed performance</td><td><a href="/book/long-night-shift?p=3">Book</a></td></tr>
        <tr><td>Thu 12 March</td><td>7.30pm</td><td>Post-show talk with the writer and a retired detective</td><td><a href="/book/long-night-shift?p=4">Book</a></td></tr>
        <tr><td>Fri 13 March</td><td>7.30pm</td><td>BSL interpreted</td><td><a href="/book/long-night-shift?p=5">Book</a></td></tr>
        <tr><td>Sat 14 March</td><td>2.30pm and 7.30pm</td><td>Captioned (evening)</td><td><a href="/book/long-night-shift?p=6">Book</a></td></tr>
      </tbody>
    </table>
  </section>
  <section class="show-guidance">
    <h2>Content guidance</h2>
    <p>Recommended for ages 14+. Contains strong language, references to violence, suicide and a death by drowning, the sound of a gunshot, smoke and haze effects and flashing lights. Full content notes are available from the box office.</p>
    <p>If anything in the show affects you, Samaritans can be contacted free, day or night, on 116 123.</p>
  </section>
  <section class="show-access">
    <h2>Access</h2>
    <p>The auditorium is step-free. Essential companion tickets are free. Infrared hearing loops are available from the foyer.</p>
  </section>
</main>
<footer class="site-footer">
  <p>Albany Playhouse, Mawdsley Street, Bolton BL1 1LT &middot; Box office 01632 960 580</p>
  <p>Albany Playhouse Trust is a registered charity no. 1102245. Supported using public funding by Arts Council England.</p>
  <ul><li><a href="/terms">Terms of sale</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
</footer>
</body>
</html>
"""


# ================================================================== 10. A curated GitHub list saved as Markdown

AWESOME_MD = """# Awesome UK Community Safety [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> A curated list of open-source tools, open data and open projects for community safety in the UK, maintained by volunteers of the Open Community Safety Network.

Pull requests are welcome. Please read the [contribution guidelines](CONTRIBUTING.md) first. Entries must be open source or openly licensed and actively maintained.

## Contents

- [Open data](#open-data)
- [Tools built by forces and partners](#tools-built-by-forces-and-partners)
- [Libraries](#libraries)
- [Reading](#reading)
- [Contributing](#contributing)

## Open data

- [data.police.uk](https://data.police.uk) - Street-level crime, outcome and stop and search data for England, Wales and Northern Ireland, with an API. Open Government Licence.
- [Home Office police workforce statistics](https://www.gov.uk/government/collections/police-workforce-england-and-wales) - Twice-yearly officer, staff and PCSO numbers by force.
- [ONS Crime Survey for England and Wales](https://www.ons.gov.uk) - Survey-based estimates of crime and perceptions.

## Tools built by forces and partners

- [**shoplink**](https://github.com/example-leics/shoplink) - Python package that matches shop theft reports across stores by time, description and CCTV stills, written by Leicestershire Police's business crime team with the Leicester Central Business Improvement District. The BID's retailers use it to send linked reports to the force as one package of evidence. In its first year (2025) it linked 1,140 reports into 212 series, and the force charged 37 prolific offenders from those series. MIT licence.
- [**farmwatch-alerts**](https://github.com/example-gwent/farmwatch-alerts) - Messaging bot used by Gwent Police's rural crime team since 2024 to send alerts about stolen machinery, suspicious vehicles and livestock worrying to more than 2,300 farmers and landowners in Monmouthshire and Torfaen, who can reply with sightings. The team credits replies to the bot with the recovery of 14 stolen vehicles and quad bikes worth about £310,000. Apache 2.0.
- [**walk-with-me**](https://github.com/example-saferoutes/walk-with-me) - Open-source walk-home companion app from the charity Safer Routes Collective in Bristol: users share a live route with up to three friends, and volunteers from the charity answer in-app chat from 8pm to 2am on weekends. 9,800 people used it in 2025, and 91 per cent of users surveyed said they felt safer walking home. GPL-3.0.

## Libraries

- [police-api-client](https://github.com/example/police-api-client) - Python client for the data.police.uk API with caching.
- [ukcrime-r](https://github.com/example/ukcrime-r) - R package to download and tidy street-level crime data.
- [lsoa-tools](https://github.com/example/lsoa-tools) - Helpers for joining data to Lower Layer Super Output Areas.

## Reading

- *Crime Science* (journal), open access articles on situational crime prevention.
- College of Policing, *What Works Centre for Crime Reduction* toolkit.

## Contributing

Contributions welcome! Read the [contribution guidelines](CONTRIBUTING.md) first. Add one line per entry in alphabetical order within its section, with the licence at the end.

## License

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)

To the extent possible under law, the Open Community Safety Network has waived all copyright and related rights to this work.
"""


# ================================================================== 11. A council live chat transcript (plain text)

CHAT_TXT = """Your chat transcript from West Northamptonshire Council
=========================================================

Chat reference:  WNC-LC-2026-0217-11842
Date:            Tuesday 17 February 2026
Started:         14:02:09
Ended:           14:21:47
Topic selected:  Anti-social behaviour and community safety

You asked for a copy of this conversation to be emailed to you. Please
keep it for your records and quote the chat reference if you contact us
again about this.

---------------------------------------------------------

[14:02:09] Ava (virtual assistant): Hello, I'm Ava, the council's virtual
assistant. What can I help you with today?

[14:02:31] You: kids on e-scooters and motorbikes in Abington Park again,
every night after school, nearly knocked over my mum on the path by the
lake

[14:02:33] Ava (virtual assistant): I'm sorry to hear that. It sounds
like you want to report anti-social behaviour. If anyone is in danger
right now, please call 999. Would you like to speak to an adviser?

[14:02:40] You: yes please

[14:02:41] Ava (virtual assistant): Please wait while I connect you to an
adviser. You are number 2 in the queue.

[14:05:58] Nadia (Customer Services): Hi, you're through to Nadia in
Customer Services. I've read what you told Ava, I'm sorry your mum was
nearly hurt. Can I take your name and postcode please?

[14:06:30] You: Carol Hughes NN1 5LX

[14:06:52] Nadia (Customer Services): Thanks Carol. I can log this for our
community safety team and I can tell you what's already happening in
the park.

[14:07:44] Nadia (Customer Services): Northamptonshire Police's Northampton
East neighbourhood team has been running Operation Parkside in Abington
Park since the autumn, with our community wardens. Officers and wardens
patrol together after school and in the evenings, stop riders, seize
e-scooters and bikes being ridden illegally and visit the parents of
the young people involved. Our community safety team says the police
have seized 19 e-scooters and 4 motorbikes since October and that
reports about riders in the park have gone down since Christmas.

[14:09:10] You: well it hasn't stopped them

[14:09:35] Nadia (Customer Services): I understand. That's why it's
important you report each time, as the patrols are planned around the
reports. For anything happening now, call 101 or report online to the
police as well as to us.

[14:10:21] You: is there anything else, there used to be a park keeper

[14:11:02] Nadia (Customer Services): We've also started Park Pals, the
council's own volunteer scheme. Local volunteers are trained by our parks
team to do regular walks around Abington Park, report damage and
problems through a phone app and talk to park users. There are 26
volunteers so far and our parks team says faults are now being fixed in
about half the time. You can sign up on our website if you'd like to
get involved.

[14:12:40] You: might do actually. can you log the report

[14:18:05] Nadia (Customer Services): Done. Your reference is
ASB-260217-0933. The community safety team will contact you within 5
working days. Is there anything else I can help with?

[14:21:30] You: no thats all thanks

[14:21:47] Nadia (Customer Services): Thanks Carol, take care. This chat
has now ended.

---------------------------------------------------------

How did we do? Reply to this email with a score from 1 (poor) to 5
(excellent), or complete our short survey:
https://www.westnorthants.example.gov.uk/chat-feedback

West Northamptonshire Council, One Angel Square, Angel Street,
Northampton NN1 1ED. Customer Services 01632 960 433 (Monday to Friday,
9am to 5pm).

This email and any attachments are intended only for the addressee and
may contain information that is confidential. If you have received it
in error please delete it and tell us.
"""


TEXT_DOCUMENTS = {
    "whatdotheyknow-foi-request-operation-tidemark-new-brighton-merseyside-police.html": FOI_HTML,
    "cardiff-insider-staying-safe-on-a-night-out-in-cardiff.html": VISIT_HTML,
    "albany-playhouse-bolton-the-long-night-shift.html": SHOW_HTML,
    "awesome-uk-community-safety-readme.md": AWESOME_MD,
    "west-northamptonshire-council-live-chat-transcript-2026-02-17.txt": CHAT_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    school_report_card(out)
    insurance_ipid(out)
    pride_programme(out)
    mp_letter(out)
    sponsorship_proposal(out)
    placement_report(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
