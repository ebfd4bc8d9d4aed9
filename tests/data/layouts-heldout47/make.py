"""Write the documents of the forty-seventh held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout47/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a community energy co-operative's share
offer document, an amateur dramatic society's pantomime programme, a youth zine, a community
interest company's end of grant report on a funder's form, a primary academy's pupil premium
strategy statement and a solicitor's draft will sent for approval. The HTML, Markdown and
plain-text documents (a bakery's 'Our story' page, a swimming pool's timetable page, a hospital's
emergency department 'what to expect' page, a council manager's 'working with me' README kept as
Markdown and a magistrates' court's daily court list in plain text) are kept here as text and
written out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-sixth set's make.py (which took them from the forty-fifth, and it, by way
of the forty-fourth and the forty-third, from the forty-second).
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent


# ================================================================== shared helpers (taken unchanged from the forty-sixth set, which took them from the forty-fifth and it, by way of the forty-fourth and the forty-third, from the forty-second)

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




class _Drawing(Flowable):
    """A fixed-size flowable drawn by a function (the activities)."""

    def __init__(self, width, height, painter):
        super().__init__()
        self.width, self.height, self.painter = width, height, painter

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        self.painter(self.canv, self.width, self.height)


# ================================================================== Word helpers (taken unchanged from the forty-sixth set, which took them from the forty-fifth and it, by way of the forty-fourth and the forty-third, from the forty-second)


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





# ================================================================== 1. A community energy co-operative's share offer document (PDF)

CS_TEAL = colors.HexColor("#0E5E6F")
CS_SUN = colors.HexColor("#F4B63F")
CS_HILL = colors.HexColor("#5C8F4A")
CS_PALE = colors.HexColor("#EEF5F3")
CS_RED = colors.HexColor("#B0302A")
CS_FILE = "calder-sunshare-share-offer-2026-solar-for-the-valley.pdf"


def _cs_band(canvas, doc):
    """Page 1: a teal band with a drawn sun over hills and the offer's title."""
    width, height = A4
    canvas.saveState()
    band = 64 * mm
    canvas.setFillColor(CS_TEAL)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(CS_SUN)
    canvas.circle(width - 46 * mm, height - 26 * mm, 13 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(CS_SUN)
    canvas.setLineWidth(1.6)
    import math
    for i in range(12):
        angle = math.radians(i * 30)
        x1 = width - 46 * mm + math.cos(angle) * 16 * mm
        y1 = height - 26 * mm + math.sin(angle) * 16 * mm
        x2 = width - 46 * mm + math.cos(angle) * 21 * mm
        y2 = height - 26 * mm + math.sin(angle) * 21 * mm
        canvas.line(x1, y1, x2, y2)
    for shade, base, peak in ((colors.HexColor("#3F7A3A"), 0, 30), (CS_HILL, 0, 22)):
        canvas.setFillColor(shade)
        path = canvas.beginPath()
        path.moveTo(width * 0.45, height - band)
        path.curveTo(width * 0.58, height - band + peak * mm, width * 0.72, height - band + (peak - 12) * mm,
                     width * 0.82, height - band + (peak - 4) * mm)
        path.curveTo(width * 0.90, height - band + (peak + 2) * mm, width * 0.96, height - band + 8 * mm,
                     width, height - band + 10 * mm)
        path.lineTo(width, height - band)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#1D3F4A"))
    for i in range(4):
        x = width * 0.60 + i * 9 * mm
        canvas.rect(x, height - band + 6 * mm, 7 * mm, 4 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(16 * mm, height - 14 * mm, "CALDER SUNSHARE")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(16 * mm, height - 19 * mm, "Community energy for Hebden Bridge, Mytholmroyd and Todmorden")
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawString(16 * mm, height - 36 * mm, "Share Offer 2026")
    canvas.setFont("Helvetica", 13)
    canvas.drawString(16 * mm, height - 45 * mm, "Solar for the valley: own a share in clean power")
    canvas.setFillColor(CS_SUN)
    canvas.setFont("Helvetica-Bold", 9.5)
    canvas.drawString(16 * mm, height - 55 * mm, "Opens 2 March 2026  \u00b7  Closes 30 April 2026 (or sooner if full)")
    canvas.restoreState()
    _cs_foot(canvas, doc)


def _cs_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(CS_TEAL)
    canvas.setLineWidth(0.8)
    canvas.line(16 * mm, 15 * mm, width - 16 * mm, 15 * mm)
    canvas.setFillColor(colors.HexColor("#4A5A5E"))
    canvas.setFont("Helvetica", 6.6)
    canvas.drawString(16 * mm, 11 * mm, "Calder Sunshare Community Energy Ltd, a community benefit society "
                      "registered with the Financial Conduct Authority, no. 8317.")
    canvas.drawString(16 * mm, 7.5 * mm, "Community shares are not covered by the Financial Services Compensation "
                      "Scheme or the Financial Ombudsman Service.")
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.drawRightString(width - 16 * mm, 7.5 * mm, "Page %d of 3" % canvas.getPageNumber())
    canvas.restoreState()


def _cs_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(CS_TEAL)
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(16 * mm, height - 7.8 * mm, "CALDER SUNSHARE")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 16 * mm, height - 7.8 * mm, "Share Offer 2026 \u00b7 Solar for the valley")
    canvas.restoreState()
    _cs_foot(canvas, doc)


def _cs_boxes(canvas, width, height):
    """Boxes to write in, drawn for the application form."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#7A8B8F"))
    canvas.setLineWidth(0.6)
    labels = ["Full name", "Address", "", "Postcode", "Email", "Phone", "Date of birth (if under 25)",
              "Amount you are applying for (\u00a3)"]
    row = 8.2 * mm
    label_w = 48 * mm
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#1E2A2F"))
    for i, label in enumerate(labels):
        y = height - (i + 1) * row
        canvas.drawString(0, y + 2.6 * mm, label)
        canvas.rect(label_w, y + 0.8 * mm, width - label_w, row - 1.6 * mm, stroke=1, fill=0)
    y = height - (len(labels) + 1) * row - 2 * mm
    for i, text in enumerate(["I want any interest paid to me",
                              "I want to waive interest and leave it in the community fund",
                              "I would like to volunteer (Warm Homes or roof visits)"]):
        canvas.rect(0, y - i * 6 * mm, 3.5 * mm, 3.5 * mm, stroke=1, fill=0)
        canvas.drawString(6 * mm, y - i * 6 * mm + 0.8 * mm, text)
    canvas.restoreState()


def share_offer(out: Path) -> None:
    width, height = A4
    margin = 16 * mm
    doc = BaseDocTemplate(str(out / CS_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=18 * mm, bottomMargin=19 * mm, title="Calder Sunshare Share Offer 2026",
                          author="Calder Sunshare Community Energy Ltd", subject="Solar for the valley",
                          creator="Calder Sunshare", invariant=1)
    wide = width - 2 * margin
    first = Frame(margin, 19 * mm, wide, height - 64 * mm - 25 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, 19 * mm, wide, height - 19 * mm - 18 * mm, id="later", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [first], onPage=_cs_band),
                          PageTemplate("inside", [later], onPage=_cs_page)])
    h1 = _style("h1", "Helvetica-Bold", 12.5, leading=15.5, color=CS_TEAL, before=6, after=3)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 9.6, leading=12, color=colors.HexColor("#2F5D2A"), before=4, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.8, leading=11.8, after=4)
    small = _style("s", "Helvetica", 7.8, leading=10, after=3)
    num = _style("n", "Helvetica", 8.4, leading=11, after=3, left=10, first=-10)
    cell = _style("c", "Helvetica", 8, leading=10)
    cell_r = _style("cr", "Helvetica", 8, leading=10, align=2)
    head = _style("hc", "Helvetica-Bold", 8, leading=10, color=colors.white)
    head_r = _style("hcr", "Helvetica-Bold", 8, leading=10, color=colors.white, align=2)
    fact_l = _style("fl", "Helvetica", 7.8, leading=9.8, color=colors.HexColor("#39494D"))
    fact_v = _style("fv", "Helvetica-Bold", 8.4, leading=10.4)
    box_h = _style("bx", "Helvetica-Bold", 9.2, leading=11.5, color=CS_RED, after=3)
    bl = _style("bl", "Helvetica", 8.8, leading=11.8, after=2, left=9, first=-9)
    quote = _style("q", "Helvetica-Oblique", 9.5, leading=12.5, color=CS_TEAL, after=2)

    left_w = wide * 0.60
    right_w = wide - left_w - 7 * mm

    facts = Table([[Paragraph(a, fact_l), Paragraph(b, fact_v)] for a, b in [
        ("Raising", "\u00a3480,000 (minimum \u00a3320,000)"),
        ("Shares", "\u00a31 each"),
        ("Smallest holding", "\u00a3250 (\u00a350 if you are under 25 or live in a Calder HX7 or OL14 postcode "
                             "and get Universal Credit)"),
        ("Largest holding", "\u00a350,000"),
        ("Target interest", "4% a year from 2028, not guaranteed"),
        ("Getting money back", "Withdrawals from 2030, up to 10% of share capital a year"),
        ("Voting", "One member, one vote, however many shares you hold"),
        ("Tax relief", "Not available for this offer (no EIS or SEIS)"),
    ]], colWidths=[(right_w - 10) * 0.40, (right_w - 10) * 0.60])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.4,
                                                                       colors.HexColor("#B7CFC9")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    facts_box = Table([[Paragraph("Key facts", _style("kf", "Helvetica-Bold", 10, color=colors.white))], [facts]],
                      colWidths=[right_w])
    facts_box.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), CS_TEAL), ("BACKGROUND", (0, 1), (0, 1), CS_PALE),
                                   ("BOX", (0, 0), (-1, -1), 0.8, CS_TEAL),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    risk_box = _panel([
        Paragraph("Please read: the risks", box_h),
        Paragraph("You could lose some or all of the money you put in. Shares can\u2019t be sold or given to "
                  "anyone else, and you can only take money out when the board agrees. Interest depends on the "
                  "sun, the price of electricity and the buildings paying their bills. Only invest money you "
                  "can afford to leave with us for at least five years.", small),
    ], right_w, fill=colors.HexColor("#FCEDEB"), border=CS_RED, border_width=1.2, pad=7)

    left = [
        Paragraph("Dear neighbour,", body),
        Paragraph("Six years ago a few of us met in the back room of the Stubbing Wharf and asked why the roofs of "
                  "our schools and halls were bare while their bills kept climbing. Today Calder Sunshare has 612 "
                  "members, all of them local, and our panels make electricity on nine roofs. This offer will "
                  "let us double that, and we would like you to own a share of it.", body),
        Paragraph("\u2014 Maggie Thwaite, chair", _style("sg", "Helvetica-Oblique", 8.8, after=6)),
        Paragraph("1. Who we are", h1),
        Paragraph("We are a community benefit society: a business owned by its members and run for the good of the "
                  "community, not for shareholders\u2019 profit. Our directors are volunteers elected at the AGM. We "
                  "have one part-time employee, an operations manager, and about forty volunteers.", body),
        Paragraph("2. What we have done so far", h1),
        Paragraph("Roofs for the valley", h2),
        Paragraph("Roofs for the Valley is our first project and still our biggest. Since 2021 we have paid for, "
                  "installed and looked after solar panels on nine community roofs in Hebden Bridge, Mytholmroyd "
                  "and Todmorden: four primary schools, two village halls, a health centre, a sports club and the "
                  "Cragg Vale Methodist church hall. The buildings buy the electricity from us at a fixed price 20% "
                  "below what they used to pay, and anything they don\u2019t use goes to the grid. Between them the "
                  "roofs have 412 kWp of panels and have made 1.6 million kWh so far, saving the buildings "
                  "\u00a374,000 on their bills and about 290 tonnes of carbon dioxide.", body),
        Paragraph("Warm homes", h2),
        Paragraph("Warm Homes Calder sends trained volunteers into people\u2019s homes to help them cut their "
                  "energy bills and stay warm. Our 27 volunteer advisers check tariffs and meters, fit draught "
                  "strip and radiator panels, show people how to use their heating controls and help them apply "
                  "for grants. Since the winter of 2022 they have made 640 home visits; households save about "
                  "\u00a3210 a year on average, and 118 have been helped to get insulation or a new boiler paid for. "
                  "It is paid for from our community fund, which gets a tenth of our surplus every year.", body),
        Paragraph("Why invest?", h2),
        Paragraph("\u2022 A fair return: we aim to pay 4% a year once the new panels are running.", bl),
        Paragraph("\u2022 Your money stays in the valley, on roofs you walk past every day.", bl),
        Paragraph("\u2022 Every member has an equal say at our AGM, whether they hold \u00a350 or \u00a350,000.", bl),
        Paragraph("\u2022 A tenth of our surplus goes to the community fund every year.", bl),
    ]
    right = [facts_box, Spacer(1, 6 * mm), risk_box, Spacer(1, 6 * mm),
             _panel([Paragraph("\u201cThe panels pay for our breakfast club twice over.\u201d", quote),
                     Paragraph("Headteacher, Riverside Junior School", small)], right_w, fill=CS_PALE,
                    bar=CS_SUN, pad=7)]
    page1 = Table([[left, right]], colWidths=[left_w + 7 * mm, right_w])
    page1.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), 7 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))

    sites = _grid([
        [Paragraph("Site", head), Paragraph("What", head), Paragraph("Size (kWp)", head_r),
         Paragraph("Cost", head_r), Paragraph("Ready by", head)],
        ["Todmorden Leisure Centre", "Solar canopy over the car park", Paragraph("180", cell_r),
         Paragraph("\u00a3196,000", cell_r), "Spring 2027"],
        ["Calder High School", "Roof panels on the sports hall and science block", Paragraph("150", cell_r),
         Paragraph("\u00a3142,000", cell_r), "Summer 2026"],
        ["Three primary schools", "Roof panels and one battery each", Paragraph("96", cell_r),
         Paragraph("\u00a3104,000", cell_r), "Summer 2026"],
        ["Offer costs and reserve", "Legal, printing, contingency", "", Paragraph("\u00a338,000", cell_r), ""],
        [Paragraph("<b>Total</b>", cell), "", Paragraph("<b>426</b>", cell_r),
         Paragraph("<b>\u00a3480,000</b>", cell_r), ""],
    ], [wide * 0.26, wide * 0.36, wide * 0.12, wide * 0.12, wide * 0.14], cell, None, None,
        line=colors.HexColor("#9DB8B1"), zebra=CS_PALE)
    sites.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), CS_TEAL)]))

    numbers = _grid([
        [Paragraph("Forecast (\u00a3)", head), Paragraph("2026/27", head_r), Paragraph("2027/28", head_r),
         Paragraph("2028/29", head_r), Paragraph("20 years", head_r)],
        ["Income from electricity", Paragraph("61,200", cell_r), Paragraph("118,400", cell_r),
         Paragraph("121,000", cell_r), Paragraph("2,610,000", cell_r)],
        ["Running costs and insurance", Paragraph("22,900", cell_r), Paragraph("31,700", cell_r),
         Paragraph("32,300", cell_r), Paragraph("712,000", cell_r)],
        ["Interest to members", Paragraph("0", cell_r), Paragraph("0", cell_r), Paragraph("35,800", cell_r),
         Paragraph("590,000", cell_r)],
        ["Share capital paid back", Paragraph("0", cell_r), Paragraph("0", cell_r), Paragraph("0", cell_r),
         Paragraph("892,000", cell_r)],
        ["To the community fund", Paragraph("3,800", cell_r), Paragraph("8,700", cell_r),
         Paragraph("5,300", cell_r), Paragraph("118,000", cell_r)],
    ], [wide * 0.36, wide * 0.16, wide * 0.16, wide * 0.16, wide * 0.16], cell, None, None,
        line=colors.HexColor("#9DB8B1"), zebra=CS_PALE)
    numbers.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), CS_TEAL)]))

    board_col = (wide - 6 * mm) / 2
    bios = [
        ("Maggie Thwaite, chair", "Retired maths teacher from Heptonstall; on the board since 2020."),
        ("Dev Ramsden, treasurer", "Chartered accountant in Halifax; audits two housing co-operatives."),
        ("Ruth Akroyd, secretary", "Runs the Mytholmroyd community caf\u00e9 and sits on the parish council."),
        ("Tom Greenwood", "Electrical engineer with a grid company; leads our technical group."),
        ("Sadia Hussain", "Solicitor specialising in charities and co-operatives, Todmorden."),
        ("Ellis Crabtree", "Sixth former at Calder High; our youngest director, elected in 2025."),
    ]
    bio_paras = [Paragraph("<b>%s.</b> %s" % (name, text), small) for name, text in bios]
    board = Table([[bio_paras[:3], bio_paras[3:]]], colWidths=[board_col + 6 * mm, board_col])
    board.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0)]))

    risks = [
        "Capital at risk. If the society failed, members would be paid only after everyone else it owes money to, "
        "and might get nothing back.",
        "Withdrawals. You cannot sell your shares. The board may refuse or delay withdrawals to protect the "
        "society, and can suspend them altogether.",
        "Generation. Output depends on the weather, the panels and the inverters. Our forecasts assume 850 kWh "
        "per kWp a year, a little below what our roofs have made so far.",
        "Prices. If wholesale electricity prices fall sharply, the price we can charge the buildings may fall too.",
        "Customers. A school could close or move. Our agreements pass the panels to whoever runs the building "
        "next, but we cannot promise they will keep buying the power.",
        "Construction. Costs could rise before the canopy is built. If we raise less than \u00a3480,000 we will "
        "build the school roofs first and the canopy later or not at all.",
    ]

    story = [
        page1,
        NextPageTemplate("inside"),
        PageBreak(),
        Paragraph("3. What your money will pay for", h1),
        Paragraph("The money raised will pay for 426 kWp of new panels on five more sites, chosen because they use "
                  "most of their electricity in the daytime. Work on the school roofs would start in the summer "
                  "holidays.", body),
        sites,
        Spacer(1, 2 * mm),
        Paragraph("4. The numbers", h1),
        Paragraph("A summary of our business plan is below; the full plan and the independent review of it by "
                  "Pennine Co-operative Advisers are on our website. Figures are forecasts, not promises.", body),
        numbers,
        Spacer(1, 2 * mm),
        Paragraph("5. The risks in more detail", h1),
    ] + [Paragraph("%d. %s" % (i, t), num) for i, t in enumerate(risks, start=1)] + [
        Paragraph("6. Your board", h1),
        board,
        PageBreak(),
        Paragraph("7. How to apply", h1),
        Paragraph("Apply online at caldersunshare.example/offer, or fill in the form below and post it with a "
                  "cheque payable to \u2018Calder Sunshare Community Energy Ltd\u2019 to The Old Co-op, Market "
                  "Street, Hebden Bridge HX7 9ZZ. You can also pay by bank transfer (sort code 60-00-00, account "
                  "65471203, reference your surname and postcode). We will send your share certificate within 28 "
                  "days of the offer closing. If the offer is oversubscribed, local applicants and smaller "
                  "applications are accepted first.", body),
        Paragraph("Questions? Come to an open evening at the Hebden Bridge Town Hall on Thursday 12 March or "
                  "Tuesday 14 April, 7pm, or ring Ruth on 01632 960 517.", body),
        Spacer(1, 3 * mm),
        _panel([Paragraph("Application form", _style("af", "Helvetica-Bold", 11, color=CS_TEAL, after=5)),
                _Drawing(wide - 16, 100 * mm, _cs_boxes),
                Paragraph("I have read the share offer document and understand the risks. I agree to become a "
                          "member of Calder Sunshare Community Energy Ltd and to be bound by its rules. I am 16 or "
                          "over.", small),
                Paragraph("Signed ______________________________   Date ____ / ____ / 2026", body)],
               wide, border=CS_TEAL, border_width=1, pad=8),
        Spacer(1, 3 * mm),
        Paragraph("Data protection: we use your details only to run your membership and will never sell them. "
                  "Our privacy notice is at caldersunshare.example/privacy.", small),
    ]
    doc.build(story)


# ================================================================== 2. An amateur dramatic society's pantomime programme (PDF, A5)

PT_PURPLE = colors.HexColor("#3D1F5C")
PT_GOLD = colors.HexColor("#E8B931")
PT_PINK = colors.HexColor("#D94F8A")
PT_LILAC = colors.HexColor("#F1EAF7")
PT_FILE = "weaver-valley-players-cinderella-pantomime-programme-january-2026.pdf"


def _pt_star(canvas, x, y, r, fill):
    import math

    canvas.setFillColor(fill)
    path = canvas.beginPath()
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.42
        angle = math.radians(90 + i * 36)
        px, py = x + radius * math.cos(angle), y + radius * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _pt_cover(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(PT_PURPLE)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    spots = [(18, 190), (40, 176), (120, 196), (132, 170), (100, 184), (24, 120), (130, 110), (60, 200),
             (86, 160), (12, 160), (140, 140), (70, 178)]
    for i, (x, y) in enumerate(spots):
        _pt_star(canvas, x * mm, y * mm, (2.2 if i % 3 else 3.4) * mm, PT_GOLD)
    # the pumpkin coach
    cx, cy = width / 2, 72 * mm
    canvas.setFillColor(colors.HexColor("#E8772E"))
    canvas.ellipse(cx - 30 * mm, cy - 16 * mm, cx + 30 * mm, cy + 20 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#B8521A"))
    canvas.setLineWidth(1.2)
    for dx in (-16, 0, 16):
        canvas.bezier(cx + dx * mm, cy + 20 * mm, cx + (dx - 7) * mm, cy + 6 * mm, cx + (dx - 7) * mm,
                      cy - 4 * mm, cx + dx * mm, cy - 16 * mm)
    canvas.setFillColor(colors.HexColor("#2E7D32"))
    canvas.rect(cx - 1.5 * mm, cy + 19 * mm, 3 * mm, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(PT_GOLD)
    canvas.roundRect(cx - 9 * mm, cy - 2 * mm, 18 * mm, 12 * mm, 3 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(PT_GOLD)
    canvas.setLineWidth(2)
    for wx in (-22, 22):
        canvas.setFillColor(PT_PURPLE)
        canvas.circle(cx + wx * mm, cy - 19 * mm, 8 * mm, stroke=1, fill=1)
        for k in range(6):
            import math
            a = math.radians(k * 60)
            canvas.line(cx + wx * mm, cy - 19 * mm, cx + wx * mm + 7.5 * mm * math.cos(a),
                        cy - 19 * mm + 7.5 * mm * math.sin(a))
    # the glass slipper
    canvas.setFillColor(colors.HexColor("#BFE3F2"))
    path = canvas.beginPath()
    path.moveTo(104 * mm, 30 * mm)
    path.curveTo(112 * mm, 30 * mm, 124 * mm, 31 * mm, 132 * mm, 36 * mm)
    path.lineTo(132 * mm, 48 * mm)
    path.curveTo(126 * mm, 46 * mm, 120 * mm, 40 * mm, 112 * mm, 40 * mm)
    path.curveTo(108 * mm, 40 * mm, 104 * mm, 36 * mm, 104 * mm, 30 * mm)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 18 * mm, "WEAVER VALLEY PLAYERS")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawCentredString(width / 2, height - 23 * mm, "proudly present our 61st family pantomime")
    canvas.setFillColor(PT_GOLD)
    canvas.setFont("Times-BoldItalic", 46)
    canvas.drawCentredString(width / 2, height - 48 * mm, "Cinderella")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 10)
    canvas.drawCentredString(width / 2, height - 58 * mm, "Memorial Court, Northwich")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawCentredString(width / 2, height - 64 * mm, "Friday 23 to Saturday 31 January 2026")
    canvas.setFillColor(PT_PINK)
    canvas.roundRect(14 * mm, 14 * mm, 30 * mm, 11 * mm, 3 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(29 * mm, 18.2 * mm, "Programme \u00a32")
    canvas.restoreState()


def _pt_page(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(PT_PURPLE)
    canvas.rect(0, height - 10 * mm, width, 10 * mm, stroke=0, fill=1)
    canvas.setFillColor(PT_GOLD)
    canvas.rect(0, height - 11.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
    canvas.setFont("Times-BoldItalic", 11)
    canvas.drawString(12 * mm, height - 6.8 * mm, "Cinderella")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(width - 12 * mm, height - 6.5 * mm, "Weaver Valley Players \u00b7 January 2026")
    page = canvas.getPageNumber()
    _pt_star(canvas, width / 2 - 7 * mm, 8.6 * mm, 1.8 * mm, PT_GOLD)
    _pt_star(canvas, width / 2 + 7 * mm, 8.6 * mm, 1.8 * mm, PT_GOLD)
    canvas.setFillColor(PT_PURPLE)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawCentredString(width / 2, 7.6 * mm, str(page))
    canvas.restoreState()


def pantomime_programme(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / PT_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=15 * mm, title="Cinderella \u2013 programme",
                          author="Weaver Valley Players", subject="Pantomime, January 2026",
                          creator="Weaver Valley Players", invariant=1)
    wide = width - 2 * margin
    cover = Frame(margin, 15 * mm, wide, 10 * mm, id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    inside = Frame(margin, 14 * mm, wide, height - 14 * mm - 15 * mm, id="inside", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_pt_cover),
                          PageTemplate("inside", [inside], onPage=_pt_page)])
    h1 = _style("h1", "Times-BoldItalic", 17, leading=20, color=PT_PURPLE, before=2, after=4)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 9, leading=11.5, color=PT_PINK, before=5, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.2, leading=10.8, after=4)
    bio = _style("bio", "Helvetica", 7.6, leading=9.7, after=2.5)
    bio_more = _style("biom", "Helvetica", 7.6, leading=9.7, after=5)
    small = _style("s", "Helvetica", 7.2, leading=9, after=2)
    sign = _style("sg", "Times-Italic", 9.5, leading=12, color=PT_PURPLE, after=6)
    cast_l = _style("cl", "Helvetica", 8.4, leading=11)
    cast_r = _style("cr", "Helvetica-Bold", 8.4, leading=11, align=2)
    scene = _style("sc", "Helvetica", 8, leading=10.4, after=1, left=12, first=-12)
    advert = _style("ad", "Helvetica", 7.2, leading=9, align=1)
    rule_b = _style("rb", "Helvetica", 8, leading=10.4, after=2, left=9, first=-9)

    def cast_table(rows):
        data = []
        for role, name in rows:
            data.append([Paragraph(role, cast_l), Paragraph(name, cast_r)])
        table = Table(data, colWidths=[wide * 0.55, wide * 0.45])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#B9A6CC")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return table

    rules = _panel([
        Paragraph("Panto rules (for grown-ups who have forgotten)", _style("pr", "Helvetica-Bold", 9,
                                                                            color=PT_PINK, after=3)),
        Paragraph("\u2605 Boo the Ugly Sisters. Loudly. They love it (they say they don\u2019t).", rule_b),
        Paragraph("\u2605 When Buttons says \u201cHiya kids!\u201d, you shout \u201cHiya Buttons!\u201d", rule_b),
        Paragraph("\u2605 If you see something behind someone, you know what to shout.", rule_b),
        Paragraph("\u2605 Please no flash photography or filming: it dazzles the cast, and our licence does not "
                  "allow recordings.", rule_b),
        Paragraph("\u2605 Fire exits are at the back of the hall and either side of the stage. In an emergency, "
                  "follow the stewards in the yellow tabards.", rule_b),
    ], wide, fill=PT_LILAC, border=PT_PINK, border_width=1, pad=7)

    col = (wide - 5 * mm) / 2
    left_bios = [
        Paragraph("<b>Lily Fairclough (Cinderella)</b> joined our youth group at eleven and is now studying "
                  "musical theatre at college in Manchester. Her first lead with us, and the slipper fits.", bio),
        Paragraph("<b>Ffion Davies (Prince Charming)</b> keeps up the grand tradition of the principal boy and "
                  "the thigh slap. Ffion teaches Year 4 in Hartford, so she is used to a noisy audience.", bio),
        Paragraph("<b>Danny Moss (Buttons)</b> is in his ninth panto and his fourth as Buttons. When not on stage "
                  "he is a postman in Winsford and knows all your dogs.", bio),
        Paragraph("<b>Sam Ellery (Baron Hardup)</b> is back for his sixth panto and his first as a father, on "
                  "stage at least.", bio),
        Paragraph("By day Sam is a PCSO in Northwich, where he helps run Scam Busters, Cheshire "
                  "Constabulary\u2019s sessions for older people on spotting scams. The neighbourhood team has "
                  "run 96 of them in community centres, churches and sheltered housing since 2023, reaching about "
                  "1,700 people, and the team says at least 30 courier fraud attempts were stopped by people who "
                  "had been to one. Ask him about it in the interval (he will talk for hours).", bio_more),
    ]
    right_bios = [
        Paragraph("<b>Keith Brereton and Martin Cheadle (Euphoria and Dysentery)</b> have been Ugly Sisters "
                  "together since 2009 and between them have worn out eleven wigs. Keith is married to our chair, "
                  "who did not write his jokes.", bio),
        Paragraph("<b>Jean Whitlow (Fairy Godmother)</b> first appeared with the Players in 1974 as a "
                  "snowflake. She has been a dame, a queen and, once, the back half of a cow.", bio),
        Paragraph("<b>Priya Kaur (Dandini)</b> is a pharmacist in Northwich and a new face this year. Welcome, "
                  "Priya!", bio),
        Paragraph("<b>Oliver and Jack Shaw (Grabbit and Legit)</b> are brothers, aged 15 and 13, and the "
                  "Broker\u2019s Men. Any resemblance to their behaviour at home is purely coincidental, says "
                  "their mum.", bio),
        Paragraph("<b>The Tina Lowe School of Dance</b> juniors are our villagers, mice and ballroom guests. "
                  "Thirty-two dancers aged 6 to 12 share the stage across the run in two teams.", bio),
    ]
    bios = Table([[left_bios, right_bios]], colWidths=[col + 5 * mm, col])
    bios.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), 5 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0)]))

    charity = _panel([
        Paragraph("Our charity this season", _style("ch", "Helvetica-Bold", 10, color=PT_PURPLE, after=3)),
        Paragraph("Time Out is run by Vale Royal Young Carers, a small charity for children who look after a "
                  "parent, brother or sister at home. Twice a month it gives them an evening off with young "
                  "people who understand, and in the holidays a day out: bowling, the zoo, the beach at Rhyl. "
                  "Last year 140 young carers aged 8 to 18 came along and went on 38 trips, and nine in ten told "
                  "the charity they felt less on their own.", body),
        Paragraph("Our cast will be holding buckets at the doors after every show. Last year you gave "
                  "\u00a32,316 to the Northwich Foodbank. Thank you!", small),
    ], wide, fill=colors.HexColor("#FFF6DB"), border=PT_GOLD, border_width=1.4, pad=8)

    crew = _grid([
        ["Director", "Hazel Brereton"], ["Script", "Hazel Brereton and Keith Brereton"],
        ["Musical director", "Alan Pickering"], ["Choreography", "Tina Lowe"],
        ["Stage manager", "Rob Tattersall"], ["Set design and build", "Rob Tattersall, Gary Moss and the Tuesday gang"],
        ["Lighting and sound", "Weaver Sound & Light"], ["Costumes", "Pat Oakes and Denise Whitlow"],
        ["Front of house", "Margaret Harding and volunteers"], ["Chaperones", "Sue Shaw, Amanda Fairclough"],
    ], [wide * 0.36, wide * 0.64], _style("cw", "Helvetica", 7.6, leading=9.6), line=colors.HexColor("#C9B8DA"),
        zebra=PT_LILAC, inner=False)

    ads = Table([[Paragraph("<b>THE SALT BARGE</b><br/>Pre-panto pie and a pint. Kids\u2019 meals \u00a35.95 "
                            "with your ticket.<br/>01632 960 734", advert),
                  Paragraph("<b>Hartford Motors</b><br/>MOTs, servicing and repairs since 1982. Proud sponsor of "
                            "the pumpkin coach.<br/>01632 960 735", advert)],
                 [Paragraph("<b>Tina Lowe School of Dance</b><br/>Ballet, tap, jazz and street from age 3. "
                            "Free trial class.<br/>tinalowedance.example", advert),
                  Paragraph("<b>Witton Street Florist</b><br/>Bouquets for your leading lady (or your Ugly "
                            "Sister).<br/>01632 960 736", advert)]],
                colWidths=[wide / 2, wide / 2], rowHeights=[24 * mm, 24 * mm])
    ads.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, PT_PURPLE), ("INNERGRID", (0, 0), (-1, -1), 0.8,
                                                                          PT_PURPLE),
                             ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#FBEFF5")),
                             ("BACKGROUND", (1, 1), (1, 1), colors.HexColor("#FBEFF5")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    story = [
        Spacer(1, 1),
        NextPageTemplate("inside"),
        PageBreak(),
        Paragraph("Welcome", h1),
        Paragraph("Welcome to Memorial Court and to our 61st pantomime! The Players first did Cinderella in 1966, "
                  "in the old Drill Hall, with a coach made from a tin bath. This year\u2019s has lights, and "
                  "(touch wood) wheels that go round.", body),
        Paragraph("We are an amateur society: everyone you see tonight, and everyone you don\u2019t, gives their "
                  "time for nothing. Rehearsals started in September, the set has been built in a barn in "
                  "Whitegate every Tuesday since October, and 214 costumes have been washed, mended or sewn from "
                  "scratch. If that sounds like fun, turn to the back page.", body),
        Paragraph("Thank you for coming, and please boo generously.", body),
        Paragraph("Hazel Brereton, Chair and Director", sign),
        rules,
        Spacer(1, 4 * mm),
        Paragraph("From the director", h2),
        Paragraph("Every panto is the same story and every one is different. Ours has a Baron who can\u2019t pay "
                  "his bills, two sisters who can\u2019t stop spending, a mouse with ambitions and a Prince who "
                  "really should have asked for a phone number. I hope you enjoy it as much as we have enjoyed "
                  "putting it together.", body),
        PageBreak(),
        Paragraph("Cast", h1),
        cast_table([("Cinderella", "Lily Fairclough"), ("Prince Charming", "Ffion Davies"),
                    ("Buttons", "Danny Moss"), ("Baron Hardup", "Sam Ellery"),
                    ("Euphoria, an Ugly Sister", "Keith Brereton"), ("Dysentery, another", "Martin Cheadle"),
                    ("The Fairy Godmother", "Jean Whitlow"), ("Dandini", "Priya Kaur"),
                    ("Grabbit, a Broker\u2019s Man", "Oliver Shaw"), ("Legit, another", "Jack Shaw"),
                    ("Squeak, a mouse", "Poppy Tattersall")]),
        Spacer(1, 2 * mm),
        Paragraph("<b>Villagers, courtiers and ballroom guests:</b> Anne Birtles, Chris Dodd, Gemma Hulse, Kerry "
                  "Lythgoe, Ben Moss, Rachel Oakes, Ian Price, Debbie Stubbs and juniors from the Tina Lowe School "
                  "of Dance.", small),
        Paragraph("Scenes", h1),
        Paragraph("<b>Act One</b>", body),
        Paragraph("1. The village of Little Budworth-on-Weaver", scene),
        Paragraph("2. The kitchen at Hardup Hall", scene),
        Paragraph("3. The royal forest", scene),
        Paragraph("4. Back at Hardup Hall: the invitation", scene),
        Paragraph("5. The kitchen, midnight approaches: the transformation", scene),
        Paragraph("<i>Interval of 20 minutes. Ice creams, drinks and raffle tickets in the foyer.</i>",
                  _style("iv", "Helvetica-Oblique", 8, leading=10.4, before=4, after=4, color=PT_PINK)),
        Paragraph("<b>Act Two</b>", body),
        Paragraph("6. The palace ballroom", scene),
        Paragraph("7. The palace gardens, a quarter to twelve", scene),
        Paragraph("8. The village square: the slipper", scene),
        Paragraph("9. Songsheet (in front of the tabs)", scene),
        Paragraph("10. The wedding walkdown", scene),
        PageBreak(),
        Paragraph("Meet the cast", h1),
        bios,
        PageBreak(),
        charity,
        Spacer(1, 4 * mm),
        Paragraph("Panto on Tour", h1),
        Paragraph("Panto on Tour takes a cut-down show to people who can\u2019t get to us. Every February since "
                  "2019 a team of eight of our cast has packed the best bits of the panto, a keyboard and a "
                  "suitcase of costumes into two cars and played 40-minute shows in care homes, a hospice and "
                  "a day centre around Northwich and Winsford: 54 shows in 31 homes so far, for about 2,000 "
                  "residents. Know somewhere we should visit? Email tour@example.org.", body),
        Paragraph("Behind the scenes", h1),
        crew,
        PageBreak(),
        Paragraph("Thank you", h1),
        Paragraph("To Cheshire West and Chester Council and the staff of Memorial Court; to our sponsors Hartford "
                  "Motors and The Salt Barge; to St Helen\u2019s Church for the loan of the rehearsal room; and "
                  "to the families of everyone in the cast, who have not seen them since September.", body),
        ads,
        Spacer(1, 4 * mm),
        Paragraph("Coming next", h2),
        Paragraph("<b>Blithe Spirit</b> by No\u00ebl Coward, Thursday 14 to Saturday 16 May 2026, The Grange "
                  "Theatre, Hartford. Tickets from 1 March.", body),
        Paragraph("Join us", h2),
        Paragraph("No experience needed, on stage or off. We rehearse on Monday and Thursday evenings and build on "
                  "Tuesdays. Adult membership is \u00a325 a year; juniors (8 to 17) \u00a312. Find us at "
                  "weavervalleyplayers.example or come and say hello at the stage door.", body),
        Paragraph("Performed by arrangement with the authors. Weaver Valley Players is a registered charity, "
                  "no. 503917. Programme printed by Dane Print, Northwich.", small),
    ]
    doc.build(story)


# ================================================================== 3. A youth zine (PDF, A5)

ZN_INK = colors.HexColor("#1B1B1B")
ZN_PINK = colors.HexColor("#FF5FA2")
ZN_TEAL = colors.HexColor("#1FB5A8")
ZN_YELLOW = colors.HexColor("#FFE14D")
ZN_PAPER = colors.HexColor("#F4F1EA")
ZN_FILE = "our-streets-zine-issue-3-spring-2026-hartcliffe-and-withywood.pdf"


def _zn_tape(canvas, x, y, w, angle, fill=colors.HexColor("#E9DDB0")):
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(angle)
    canvas.setFillColor(fill)
    canvas.setFillAlpha(0.85)
    canvas.rect(-w / 2, -3.5 * mm, w, 7 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _zn_letters(canvas, text, x, y, size):
    """Cut-out letters, each on its own tilted scrap of paper."""
    fills = [ZN_YELLOW, colors.white, ZN_PINK, ZN_TEAL, colors.HexColor("#FFB347")]
    fonts = ["Helvetica-Bold", "Times-Bold", "Courier-Bold", "Helvetica-BoldOblique", "Times-BoldItalic"]
    cursor = x
    for i, letter in enumerate(text):
        if letter == " ":
            cursor += size * 0.5
            continue
        canvas.saveState()
        canvas.translate(cursor + size * 0.42, y)
        canvas.rotate([-7, 5, -3, 8, -5, 3, -8, 6][i % 8])
        canvas.setFillColor(fills[i % len(fills)])
        canvas.rect(-size * 0.42, -size * 0.22, size * 0.84, size * 1.05, stroke=0, fill=1)
        canvas.setFillColor(ZN_INK)
        canvas.setFont(fonts[i % len(fonts)], size * 0.8)
        canvas.drawCentredString(0, 0, letter)
        canvas.restoreState()
        cursor += size * 0.92


def _zn_cover(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(ZN_PAPER)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#D8D2C4"))
    canvas.setLineWidth(0.3)
    for i in range(0, 210, 6):
        canvas.line(0, i * mm, width, i * mm)
    _zn_letters(canvas, "OUR", 16 * mm, height - 40 * mm, 19 * mm)
    _zn_letters(canvas, "STREETS", 12 * mm, height - 64 * mm, 16 * mm)
    # a tower block and a bus, in thick felt-pen lines
    canvas.setStrokeColor(ZN_INK)
    canvas.setLineWidth(2.2)
    canvas.setFillColor(colors.white)
    canvas.rect(20 * mm, 40 * mm, 26 * mm, 70 * mm, stroke=1, fill=1)
    for row in range(8):
        for c in range(3):
            canvas.setFillColor(ZN_YELLOW if (row + c) % 3 == 0 else colors.HexColor("#9FD8F5"))
            canvas.rect((23 + c * 7.5) * mm, (44 + row * 8) * mm, 5 * mm, 5 * mm, stroke=1, fill=1)
    canvas.setFillColor(ZN_PINK)
    canvas.roundRect(56 * mm, 40 * mm, 70 * mm, 24 * mm, 4 * mm, stroke=1, fill=1)
    canvas.setFillColor(colors.white)
    for k in range(5):
        canvas.rect((60 + k * 12.5) * mm, 52 * mm, 9 * mm, 8 * mm, stroke=1, fill=1)
    canvas.setFillColor(ZN_INK)
    canvas.circle(68 * mm, 40 * mm, 4.5 * mm, stroke=1, fill=1)
    canvas.circle(112 * mm, 40 * mm, 4.5 * mm, stroke=1, fill=1)
    canvas.setFont("Courier-Bold", 8)
    canvas.drawString(60 * mm, 46 * mm, "76  HENGROVE")
    canvas.line(8 * mm, 35.5 * mm, width - 8 * mm, 35.5 * mm)
    # the FREE sticker
    canvas.translate(118 * mm, 116 * mm)
    canvas.rotate(14)
    canvas.setFillColor(ZN_YELLOW)
    canvas.circle(0, 0, 13 * mm, stroke=0, fill=1)
    canvas.setFillColor(ZN_INK)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawCentredString(0, -1 * mm, "FREE!")
    canvas.setFont("Helvetica", 6)
    canvas.drawCentredString(0, -5.5 * mm, "(take one)")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(ZN_INK)
    canvas.setFont("Courier-Bold", 10)
    canvas.drawString(14 * mm, 26 * mm, "issue 3 // spring 2026")
    canvas.setFont("Courier", 8.5)
    canvas.drawString(14 * mm, 21 * mm, "made by young people in Hartcliffe + Withywood, Bristol")
    canvas.drawString(14 * mm, 16 * mm, "inside: the Youth IAG * bus stop, 10pm * top 5 chippies")
    canvas.drawString(14 * mm, 12 * mm, "        * know your rights * word search")
    _zn_tape(canvas, 24 * mm, 112 * mm, 22 * mm, 35)
    canvas.restoreState()


def _zn_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(ZN_PAPER)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    # photocopier grain: a few fixed specks
    canvas.setFillColor(colors.HexColor("#CFC8B8"))
    for i in range(40):
        x = (i * 37 + page * 11) % 140 + 4
        y = (i * 53 + page * 29) % 200 + 5
        canvas.circle(x * mm, y * mm, 0.35 * mm, stroke=0, fill=1)
    _zn_tape(canvas, 18 * mm, height - 8 * mm, 26 * mm, -12)
    _zn_tape(canvas, width - 18 * mm, height - 8 * mm, 26 * mm, 10)
    canvas.setFillColor(ZN_INK)
    canvas.setFont("Courier-Bold", 8)
    canvas.drawCentredString(width / 2, 7 * mm, "~ %d ~" % page)
    canvas.setFont("Courier", 6.5)
    canvas.drawString(10 * mm, 7 * mm, "OUR STREETS #3")
    canvas.restoreState()


def _zn_comic(canvas, width, height):
    canvas.saveState()
    panel_w = (width - 3 * 3 * mm) / 4
    lines = [("ME: Hartcliffe has the best chips in Bristol.", "cloud"),
             ("KAI: Withywood does.", "cloud"),
             ("(three hours later)", "box"),
             ("MUM: You're both wrong. Tea's ready.", "cloud")]
    for i, (text, kind) in enumerate(lines):
        x = i * (panel_w + 3 * mm)
        canvas.setStrokeColor(ZN_INK)
        canvas.setLineWidth(1.6)
        canvas.setFillColor(colors.white)
        canvas.rect(x, 0, panel_w, height, stroke=1, fill=1)
        canvas.setFillColor(ZN_TEAL if i % 2 == 0 else ZN_PINK)
        canvas.circle(x + panel_w / 2, 9 * mm, 5 * mm, stroke=1, fill=1)
        canvas.line(x + panel_w / 2, 4 * mm, x + panel_w / 2, 0)
        canvas.setFillColor(ZN_INK)
        canvas.setFont("Courier-Bold", 6.2)
        words, line, y = text.split(), "", height - 5 * mm
        for word in words:
            if canvas.stringWidth(line + " " + word, "Courier-Bold", 6.2) > panel_w - 4 * mm:
                canvas.drawString(x + 2 * mm, y, line.strip())
                line, y = word, y - 7.5
            else:
                line += " " + word
        canvas.drawString(x + 2 * mm, y, line.strip())
    canvas.restoreState()


def _zn_wordsearch(canvas, width, height):
    grid = ["BUSSTOPQXK", "ZINEHRLWAE", "CHIPSOATFY", "PARKMEPMRT",
            "DUNDRYZSTV", "YOUTHWOODG", "RIGHTSKLNA", "VOICEQBIKE"]
    canvas.saveState()
    cell = min(width / 10, height / 8)
    canvas.setStrokeColor(ZN_INK)
    canvas.setLineWidth(0.6)
    canvas.setFont("Courier-Bold", 8.5)
    for r, row in enumerate(grid):
        for c, letter in enumerate(row):
            x, y = c * cell, height - (r + 1) * cell
            canvas.setFillColor(colors.white if (r + c) % 2 else colors.HexColor("#FFF7C2"))
            canvas.rect(x, y, cell, cell, stroke=1, fill=1)
            canvas.setFillColor(ZN_INK)
            canvas.drawCentredString(x + cell / 2, y + cell * 0.3, letter)
    canvas.restoreState()


def youth_zine(out: Path) -> None:
    width, height = A5
    margin = 13 * mm
    doc = BaseDocTemplate(str(out / ZN_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=14 * mm, title="OUR STREETS #3",
                          author="Our Streets zine group", subject="A zine by young people in Hartcliffe and "
                          "Withywood", creator="Our Streets", invariant=1)
    wide = width - 2 * margin
    cover = Frame(margin, 14 * mm, wide, 8 * mm, id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    inside = Frame(margin, 13 * mm, wide, height - 13 * mm - 16 * mm, id="inside", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_zn_cover),
                          PageTemplate("inside", [inside], onPage=_zn_page)])
    big = _style("big", "Helvetica-Bold", 18, leading=21, color=ZN_INK, before=2, after=5)
    big.keepWithNext = 1
    head = _style("hd", "Courier-Bold", 11, leading=13.5, color=ZN_INK, before=5, after=3)
    head.keepWithNext = 1
    type_ = _style("ty", "Courier", 8.8, leading=11.4, after=5)
    type_i = _style("tyi", "Courier-Oblique", 8.6, leading=11.2, after=5)
    q = _style("q", "Courier-Bold", 8.8, leading=11.4, after=2, color=colors.HexColor("#B0226A"))
    a = _style("a", "Courier", 8.8, leading=11.4, after=5)
    poem = _style("po", "Times-Italic", 10.5, leading=14, after=0, left=8)
    list_ = _style("li", "Courier", 8.8, leading=11.6, after=1.5, left=10, first=-10)
    small = _style("sm", "Courier", 7.4, leading=9.4, after=2)
    cell = _style("ce", "Courier", 8.2, leading=10.2)
    cell_b = _style("ceb", "Courier-Bold", 8.2, leading=10.2, color=colors.white)

    def paper(flowables, fill=colors.white, border=ZN_INK):
        return _panel(flowables, wide, fill=fill, border=border, border_width=1.4, pad=8)

    editorial = paper([
        Paragraph("hello again", head),
        Paragraph("This is issue three of OUR STREETS, the zine about where we live, made by us. Eleven of us "
                  "wrote, drew, argued and stapled this one over six Thursdays. Nobody paid us to say nice "
                  "things (nobody paid us at all). If you think we got something wrong, good: come and make the "
                  "next one.", type_),
        Paragraph("\u2014 Jade, Kai, Amira, Reece, Tilly, Mo and the rest", type_i),
    ], fill=colors.white)
    love = paper([
        Paragraph("things we love round here", head),
        Paragraph("* the view from Dundry Hill when it isn't raining (so twice a year)", list_),
        Paragraph("* the 76 bus driver who waits when you're running", list_),
        Paragraph("* Saturday football on the rec, rain or shine", list_),
        Paragraph("* Mr Ho's curry sauce (see page 5)", list_),
        Paragraph("* nans who know everyone's business and still feed you", list_),
    ], fill=colors.HexColor("#FFF7C2"))
    contents = [
        Paragraph("in this issue", head),
        Paragraph("p3 . . . . not just here to be told off: the Youth IAG", list_),
        Paragraph("p4 . . . . bus stop, 10pm (a poem) + the great chip debate", list_),
        Paragraph("p5 . . . . top 5 chippies + word search + know your rights", list_),
        Paragraph("p6 . . . . need to talk? + be in issue 4", list_),
    ]

    iag_intro = paper([
        Paragraph("The Youth IAG is a group of young people aged 14 to 21 who tell Avon and Somerset Police what "
                  "it is getting wrong. The force set it up in 2022. Members meet officers once a month, watch "
                  "body-worn video of real stop and searches with the faces blurred and say whether the officer "
                  "was fair, and help train new officers. There are 46 members across Bristol now. They have "
                  "watched more than 300 videos, and what they say is now part of the training every new "
                  "officer in the force gets: about 400 of them last year.", type_),
    ], fill=colors.HexColor("#DFF5F2"), border=ZN_TEAL)
    interview = [
        Paragraph("Q: why did you join?", q),
        Paragraph("A: Honestly? I got stopped coming home from college and I was angry about it for weeks. My "
                  "youth worker said, be angry somewhere useful.", a),
        Paragraph("Q: what's it actually like?", q),
        Paragraph("A: Awkward at first. There's pizza. You watch a video and everyone goes quiet and then someone "
                  "says 'he never even said why he stopped him' and it all kicks off. The inspector writes "
                  "everything down. Sometimes they change stuff, sometimes they don't and they have to tell us "
                  "why.", a),
        Paragraph("Q: do your mates think you're a grass?", q),
        Paragraph("A: Some did. Then I told them we'd got them to explain the grounds properly before a search "
                  "and they shut up.", a),
        Paragraph("Q: would you tell other people to join?", q),
        Paragraph("A: If you've got opinions, yeah. You don't have to like the police. That's kind of the point.",
                  a),
    ]

    chips = _grid([
        [Paragraph("#", cell_b), Paragraph("chippy", cell_b), Paragraph("score", cell_b),
         Paragraph("verdict", cell_b)],
        ["1", "Mr Ho's", "9/10", "curry sauce of the gods"],
        ["2", "The Codfather", "8/10", "best name, big portions"],
        ["3", "Sea Breeze", "7/10", "open late, scraps for free"],
        ["4", "Golden Fry", "6/10", "good, but queue forever"],
        ["5", "Chip Inn", "5/10", "fine if you're desperate"],
    ], [wide * 0.08, wide * 0.32, wide * 0.16, wide * 0.44], cell, None, None, line=ZN_INK, pad=3)
    chips.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), ZN_INK)]))

    rights = paper([
        Paragraph("know your rights: stop and search", head),
        Paragraph("An officer who searches you has to tell you their name and station, why they are searching "
                  "you, what they are looking for and the law they are using. Remember GO WISELY:", small),
        Paragraph("<b>G</b>rounds \u00b7 <b>O</b>bject \u00b7 <b>W</b>arrant card (if not in uniform) \u00b7 "
                  "<b>I</b>dentity \u00b7 <b>S</b>tation \u00b7 <b>E</b>ntitlement to a record \u00b7 <b>L</b>egal "
                  "power \u00b7 <b>Y</b>ou are being detained", small),
        Paragraph("You can ask for a record of the search. If you're not happy with how you were treated, you "
                  "can complain to the force or to the IOPC, or get someone to help you do it.", small),
    ], fill=colors.white, border=ZN_PINK)

    help_ = paper([
        Paragraph("need to talk?", head),
        Paragraph("* Childline: 0800 1111 (free, 24/7, won't show on the bill)", list_),
        Paragraph("* Kooth: free online counselling, kooth.com", list_),
        Paragraph("* Fearless: tell them about crime without giving your name, fearless.org", list_),
        Paragraph("* Police: 999 if it's happening now, 101 if it isn't", list_),
        Paragraph("* Or talk to any youth worker at The Den. That's what they're there for.", list_),
    ], fill=colors.white)

    story = [
        Spacer(1, 1),
        NextPageTemplate("inside"),
        PageBreak(),
        editorial,
        Spacer(1, 5 * mm),
    ] + contents + [
        Spacer(1, 5 * mm),
        love,
        PageBreak(),
        Paragraph("NOT JUST HERE TO BE TOLD OFF", big),
        Paragraph("Amira (17) has been going to the Youth IAG for a year. We asked her what it is and whether "
                  "it's worth it.", type_i),
        iag_intro,
        Spacer(1, 3 * mm),
    ] + interview + [
        PageBreak(),
        Paragraph("bus stop, 10pm", big),
        Paragraph("the shelter glass is cracked like a map", poem),
        Paragraph("of somewhere better,", poem),
        Paragraph("and the timetable lies the way it always lies.", poem),
        Paragraph("a car slows down. it's only a taxi.", poem),
        Paragraph("a car slows down. it's only the police,", poem),
        Paragraph("looking, not stopping, blue on the wet road.", poem),
        Paragraph("my phone says 4 per cent. the 76 says nothing.", poem),
        Paragraph("and then it comes, lit up like a birthday,", poem),
        Paragraph("and I am home before the song ends.", poem),
        Paragraph("\u2014 Tilly, 15", _style("pa", "Courier", 8.5, leading=11, before=4, after=8, left=8)),
        Paragraph("the great chip debate", head),
        _Drawing(wide, 40 * mm, _zn_comic),
        Paragraph("drawn by Reece (he wants you to know he's better at drawing than this)", small),
        PageBreak(),
        Paragraph("top 5 chippies (official, we voted)", head),
        chips,
        Paragraph("22 votes. Sea Breeze demanded a recount. No.", small),
        Spacer(1, 3 * mm),
        Paragraph("word search", head),
        Paragraph("find: BUS STOP, ZINE, CHIPS, PARK, DUNDRY, YOUTH, RIGHTS, VOICE, BIKE", small),
        _Drawing(wide * 0.62, 40 * mm, _zn_wordsearch),
        Spacer(1, 4 * mm),
        rights,
        PageBreak(),
        help_,
        Spacer(1, 6 * mm),
        Paragraph("be in issue 4", big),
        Paragraph("Write something, draw something, rate something, moan about something. Zine club is at The "
                  "Den on Thursdays, 6 to 8pm, for anyone aged 13 to 19. Bring nothing but ideas. Biscuits "
                  "provided (when Jade hasn't eaten them).", type_),
        Spacer(1, 8 * mm),
        Paragraph("OUR STREETS is made by young people at The Den youth club, Hartcliffe. 300 copies printed on "
                  "the risograph at Hartcliffe library. Paid for by a small grant from the Bristol Youth "
                  "Fund. The views in here are ours, not theirs. Copy it, share it, leave it on a bus.", small),
    ]
    doc.build(story)


# ================================================================== 4. A community interest company's end of grant report on a funder's form (Word)

EG_FILE = "pedal-works-cic-end-of-grant-report-to-the-ormesby-trust-ot-24-117.docx"


def end_of_grant_report(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Arial", 9.5)
    _page_setup(document, 1.6, 1.6, 1.9, 1.9)
    _header_footer(document, "The Ormesby Trust", "End of Grant Report", "Form EGR-3 (2024)",
                   "Grant ref. OT/24/117 \u00b7 Pedal Works CIC\t\t", 4, size=7.5, bold_centre=True)
    teal = "13646F"

    def section(text):
        paragraph = _p(document, "", before=10, after=4)
        _runs(paragraph, [(text, True, False)], size=12, colour=teal)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    title = _p(document, "", after=2)
    _runs(title, [("End of Grant Report", True, False)], size=20, colour=teal)
    _p(document, "Small Grants Programme \u00b7 grants of up to \u00a320,000 for one year", size=10, colour="555555",
       after=8)
    _box(document, ["Before you start",
                    "Please complete this form within two months of the end of your grant and email it to "
                    "grants@example.org. Keep your answers short: we read every report, and we would rather "
                    "hear what really happened than what you think we want to hear. Attach your accounts if "
                    "they have been signed off. If something went wrong, tell us; it will not count against "
                    "you in future."], "E3F1F2", size=8.5, width_cm=17.2)

    section("Part 1: About you and your grant")
    table = _docx_table(document, [
        ["Organisation", "Pedal Works CIC"],
        ["Legal form and number", "Community interest company, no. 11928460"],
        ["Address", "Unit 3, Cannon Park Way, Middlesbrough TS1 9ZZ"],
        ["Contact name and role", "Kerry Nixon, director"],
        ["Phone and email", "01632 960 553 \u00b7 kerry@example.org"],
        ["Grant reference", "OT/24/117"],
        ["Amount awarded", "\u00a318,500"],
        ["Grant period", "1 October 2024 to 30 September 2025"],
        ["What the grant was for (from your offer letter)", "Sessional workers, tools and parts for a weekly "
                                                              "bike workshop for young people"],
    ], widths=[6.0, 11.2], size=9, label_fill="E3F1F2")
    for row in table.rows:
        row.height = Cm(0.7)
    _p(document, "", after=2)

    section("Part 2: What happened")
    _qa(document, "2.1", "What did the grant pay for?",
        ["Spoke Club is our weekly bike workshop for young people aged 11 to 17 in North Ormesby and Brambles "
         "Farm, run with Cleveland Police\u2019s neighbourhood team for the area. Every Tuesday from 4 to 6.30pm "
         "two of our mechanics and a youth worker teach the young people to strip, fix and rebuild bikes, and "
         "two officers from the team join the session: they bring unclaimed bikes the force has recovered, "
         "work on the stands alongside everyone, and security-mark the bikes before they leave. Anyone who "
         "comes to eight sessions rebuilds a bike to keep, with a lock and lights.",
         "The young people come through the two secondary schools, the youth justice service and word of "
         "mouth. The grant paid for the sessional mechanic and youth worker, tools, parts, locks and lights, "
         "and the bus fares of anyone who needed them."],
        guidance="(In a few sentences: what you did, where, when and with whom.)", fill="D3E9EB", width_cm=17.2)
    _qa(document, "2.2", "What difference did it make?",
        ["Over the year 64 young people took part, against a target of 50; 41 of them completed eight sessions "
         "and took home a bike they had rebuilt themselves, and 19 passed a Level 1 bike maintenance "
         "certificate. Between them they refurbished 212 bikes. The officers security-marked 350 bikes at the "
         "sessions and at six marking days on the estate, and the neighbourhood team tells us reports of "
         "anti-social behaviour involving bikes in the two wards fell by about a quarter over the year. Six of "
         "the young people now help run the session as volunteers.",
         "See the table below for the outcomes in your offer letter."],
        guidance="(Use numbers where you have them, and tell us how you know.)", fill="D3E9EB", width_cm=17.2)
    _docx_table(document, [
        ["Outcome from offer letter", "Target", "Achieved", "How we know"],
        ["Young people take part regularly", "50", "64", "Session registers"],
        ["Young people complete the course and keep a bike", "30", "41", "Bike handover log"],
        ["Young people gain a qualification", "12", "19", "Certificates issued"],
        ["Young people feel more confident (self-rated)", "70%", "83%", "Start and end questionnaires"],
    ], widths=[7.2, 2.2, 2.4, 5.4], size=8.5, head_fill=teal, head_colour="FFFFFF")
    _p(document, "", after=3)
    _qa(document, "2.3", "What didn\u2019t go so well, and what did you learn?",
        ["We lost six weeks in the winter when the unit\u2019s heating failed and we had to move to the church "
         "hall, where we couldn\u2019t use the stands. Attendance dropped and some of the younger ones never came "
         "back. We now have a back-up room with the landlord\u2019s agreement.",
         "We under-budgeted for parts: donated bikes need more new parts than we thought (chains, cables and "
         "tyres above all)."], fill="D3E9EB", width_cm=17.2)

    _box(document, ["Case study: J, aged 14",
                    "J was referred by his school after two exclusions. For the first three weeks he didn\u2019t "
                    "speak to anyone and left early. In week four he stayed to finish a wheel. By Christmas he was "
                    "showing the new starters how to true a wheel, and in the summer he passed his Level 1. His "
                    "head of year told us his attendance went from 71% to 92%. He says: \u201cIt\u2019s the only "
                    "place nobody shouts at me.\u201d (Shared with J\u2019s and his mum\u2019s permission; not his "
                    "real initial.)"], "FFF3D6", size=8.5, width_cm=17.2)

    _qa(document, "2.4", "Tell us about any other work your organisation does.",
        ["Our Bike Library lends refurbished bikes free of charge to adults who need one to get to work, "
         "training or a job interview. People are referred by the Jobcentre and two housing associations; they "
         "borrow a bike with a lock, lights and a helmet for up to three months, and can buy it for \u00a320 at "
         "the end. Since it started in 2022 we have made 130 loans, and 48 of the people who borrowed a bike "
         "have told us they found work.",
         "We also sell refurbished bikes from the unit on Saturdays, which covers about a fifth of our costs."],
        guidance="(Optional.)", fill="D3E9EB", width_cm=17.2)
    _qa(document, "2.5", "What happens next?",
        ["Spoke Club carries on. The Police and Crime Commissioner for Cleveland has offered us \u00a38,000 "
         "towards 2025/26 and we have applied to the National Lottery Community Fund for three years. We would "
         "like to start a second session for girls only on Thursdays, which several of the girls have asked "
         "for."], fill="D3E9EB", width_cm=17.2)

    section("Part 3: Money")
    money = _docx_table(document, [
        ["Budget line", "Budget (\u00a3)", "Spent (\u00a3)", "Difference (\u00a3)"],
        ["Sessional bike mechanic (48 sessions)", "7,200", "6,300", "900"],
        ["Youth worker (48 sessions)", "5,760", "5,040", "720"],
        ["Tools and workshop stands", "1,400", "1,385", "15"],
        ["Parts, locks and lights", "2,600", "3,880", "\u20131,280"],
        ["Bus fares for young people", "540", "395", "145"],
        ["Certificates and assessment", "1,000", "1,160", "\u2013160"],
        ["Total", "18,500", "18,160", "340"],
    ], widths=[8.2, 3.0, 3.0, 3.0], size=8.5, head_fill=teal, head_colour="FFFFFF")
    for row in money.rows[1:]:
        for c in (1, 2, 3):
            row.cells[c].paragraphs[0].alignment = 2
    for cell in money.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _p(document, "", after=2)
    _p(document, "We asked in June to move the underspend on staff (because of the six lost weeks) to parts; "
                 "the Trust agreed by email on 19 June 2025. We would like to return the remaining \u00a3340 or "
                 "use it for parts in October, whichever the Trust prefers.", size=8.5, after=4)

    section("Part 4: Declaration")
    _p(document, "I confirm that the information in this report is true and that the grant was spent on the "
                 "purposes agreed with The Ormesby Trust.", size=9, after=4)
    sig = _docx_table(document, [["Signed", "K. Nixon", "Date", "14 November 2025"],
                                 ["Name", "Kerry Nixon", "Position", "Director"]],
                      widths=[2.6, 6.4, 2.4, 5.8], size=9, label_fill="E3F1F2")
    for row in sig.rows:
        row.height = Cm(0.8)
    _p(document, "", after=6)
    office = _docx_table(document, [["FOR TRUST USE:  Report received ____/____/____   Read by ______   "
                                     "Monitoring visit \u2610 yes \u2610 no   Underspend: return \u2610 keep \u2610"]],
                         widths=[17.2], size=7.5)
    _fill(office.rows[0].cells[0], "EEEEEE")
    _save_docx(document, out / EG_FILE, "End of Grant Report \u2013 OT/24/117", "Kerry Nixon")


# ================================================================== 5. A primary academy's pupil premium strategy statement (Word)

PP_FILE = "trentside-primary-academy-gainsborough-pupil-premium-strategy-statement-2025-26.docx"


def pupil_premium_statement(out: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.8, 1.8, 1.8, 1.8)
    _heading_colours(document, "104F55", "Arial")
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        document.styles[name].font.size = Pt(size)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _runs(head, [("Trentside Primary Academy \u00b7 part of Lindum Vale Academy Trust", False, False)], size=8,
          colour="6B6B6B")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, _text_width(document))
    _runs(foot, [("Pupil premium strategy statement 2025 to 2026", False, False), ("\t\t", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    grey = "D9D9D9"

    def table(rows, widths, head=True, size=9):
        t = _docx_table(document, rows, widths=widths, size=size, head_fill=grey if head else None,
                        head_colour="000000" if head else None)
        _p(document, "", after=2)
        return t

    def detail(rows, widths=(9.2, 8.2)):
        t = _docx_table(document, [["Detail", "Data"]] + rows, widths=list(widths), size=9, head_fill=grey,
                        head_colour="000000")
        _p(document, "", after=2)
        return t

    document.add_heading("Pupil premium strategy statement \u2013 Trentside Primary Academy", level=1)
    _p(document, "This statement details our school\u2019s use of pupil premium funding to help improve the "
                 "attainment of our disadvantaged pupils.", after=4)
    _p(document, "It outlines our pupil premium strategy, how we intend to spend the funding in this academic "
                 "year and the outcomes for disadvantaged pupils last academic year.", after=6)

    document.add_heading("School overview", level=2)
    detail([
        ["Number of pupils in school", "312"],
        ["Proportion (%) of pupil premium eligible pupils", "41%"],
        ["Academic year/years that our current pupil premium strategy plan covers", "2024 to 2025, 2025 to 2026, "
                                                                                    "2026 to 2027"],
        ["Date this statement was published", "December 2025"],
        ["Date on which it will be reviewed", "December 2026"],
        ["Statement authorised by", "Rachel Fenwick, Headteacher"],
        ["Pupil premium lead", "Liam Osborne, Deputy Headteacher"],
        ["Governor / Trustee lead", "Jo Beckett, Chair of the Local Governing Body"],
    ])

    document.add_heading("Funding overview", level=2)
    detail([
        ["Pupil premium funding allocation this academic year", "\u00a3196,860"],
        ["Pupil premium funding carried forward from previous years (enter \u00a30 if not applicable)", "\u00a30"],
        ["Total budget for this academic year", "\u00a3196,860"],
    ])

    document.add_heading("Part A: Pupil premium strategy plan", level=1)
    document.add_heading("Statement of intent", level=2)
    _p(document, "Our aim is that every pupil at Trentside, whatever their background, leaves us as a confident "
                 "reader, a fluent mathematician and a happy, healthy member of the community. Many of our "
                 "families face real hardship, and we know from our own data that disadvantaged pupils start "
                 "school with less developed speech and language, attend less often and are more likely to "
                 "arrive hungry or late.", after=4)
    _p(document, "High-quality teaching is at the heart of our approach, with targeted support for the pupils who "
                 "need it most and wider strategies that tackle the barriers outside the classroom. Our plan "
                 "is based on evidence from the Education Endowment Foundation and on what has worked here.",
       after=6)

    document.add_heading("Challenges", level=2)
    _p(document, "This details the key challenges to achievement that we have identified among our disadvantaged "
                 "pupils.", after=3)
    table([
        ["Challenge number", "Detail of challenge"],
        ["1", "Low starting points in speech, language and vocabulary on entry to Reception (62% of "
              "disadvantaged pupils below expected levels in 2025)."],
        ["2", "Reading: fewer disadvantaged pupils reach the expected standard in phonics and at the end of "
              "Key Stage 2 than their peers."],
        ["3", "Attendance and punctuality: persistent absence among disadvantaged pupils is 19%, against 9% "
              "for other pupils."],
        ["4", "Social, emotional and mental health needs, including low self-esteem and limited experiences "
              "beyond the home and school."],
    ], [3.2, 14.2])

    document.add_heading("Intended outcomes", level=2)
    _p(document, "This explains the outcomes we are aiming for by the end of our current strategy plan, and how "
                 "we will measure whether they have been achieved.", after=3)
    table([
        ["Intended outcome", "Success criteria"],
        ["Improved oral language and vocabulary in Reception and Key Stage 1", "Assessments and observations "
         "show most disadvantaged pupils at the expected level by the end of Year 1."],
        ["Improved reading attainment for disadvantaged pupils", "KS2 reading outcomes in 2026/27 show 70% or "
         "more of disadvantaged pupils meeting the expected standard."],
        ["Sustained high attendance for all pupils, particularly disadvantaged pupils", "Overall absence for "
         "disadvantaged pupils under 5%; persistent absence under 12%."],
        ["Improved wellbeing and confidence", "Pupil voice surveys and teacher observations; take-up of clubs "
         "and enrichment by disadvantaged pupils at least in line with their peers."],
    ], [7.2, 10.2])

    document.add_heading("Activity in this academic year", level=2)
    _p(document, "This details how we intend to spend our pupil premium this academic year to address the "
                 "challenges listed above.", after=3)
    document.add_heading("Teaching (for example, CPD, recruitment and retention)", level=3)
    _p(document, "Budgeted cost: \u00a358,400", bold=True, after=3)
    table([
        ["Activity", "Evidence that supports this approach", "Challenge number(s) addressed"],
        ["Training for all staff in a new systematic synthetic phonics programme, with half-termly coaching",
         "Phonics approaches have a strong evidence base (EEF Teaching and Learning Toolkit: +5 months).", "2"],
        ["Oral language CPD for Reception and Key Stage 1 staff", "Oral language interventions: +6 months.", "1"],
        ["Maths lead release time to coach teachers in mastery approaches", "EEF guidance on improving "
         "mathematics in Key Stages 2 and 3.", "2"],
    ], [6.2, 8.0, 3.2])
    document.add_heading("Targeted academic support (for example, tutoring, one-to-one support structured "
                         "interventions)", level=3)
    _p(document, "Budgeted cost: \u00a381,260", bold=True, after=3)
    table([
        ["Activity", "Evidence that supports this approach", "Challenge number(s) addressed"],
        ["NELI language programme for Reception pupils, delivered by two trained teaching assistants",
         "Independent trials show around +3 months.", "1"],
        ["Small group tutoring in reading and maths for Years 5 and 6", "Small group tuition: +4 months.", "2"],
        ["Continue reading with trained volunteers three times a week (see Part B)", "Reading comprehension "
         "strategies: +6 months.", "2"],
    ], [6.2, 8.0, 3.2])
    document.add_heading("Wider strategies (for example, related to attendance, behaviour, wellbeing)", level=3)
    _p(document, "Budgeted cost: \u00a357,200", bold=True, after=3)
    table([
        ["Activity", "Evidence that supports this approach", "Challenge number(s) addressed"],
        ["Keep our free breakfast club open to every pupil", "DfE guidance on improving attendance; National "
         "School Breakfast Programme evaluation.", "3"],
        ["Attendance officer (0.6) and family support worker", "Working together to improve school attendance "
         "(DfE, 2024).", "3, 4"],
        ["Subsidised trips, clubs and residentials for disadvantaged pupils", "Arts participation: +3 months; "
         "physical activity: +1 month.", "4"],
        ["Mini Police for Years 5 and 6 (see Part B)", "Social and emotional learning: +4 months.", "4"],
    ], [6.2, 8.0, 3.2])
    _p(document, "Total budgeted cost: \u00a3196,860", bold=True, after=8)

    document.add_heading("Part B: Review of the previous academic year", level=1)
    document.add_heading("Outcomes for disadvantaged pupils", level=2)
    _p(document, "In 2024/25, 58% of disadvantaged pupils met the expected standard in reading, writing and "
                 "maths combined at the end of Key Stage 2 (2024: 44%), against 71% of other pupils. Phonics "
                 "screening check results for disadvantaged pupils rose from 64% to 75%.", after=4)
    paragraph = _p(document, "", after=4)
    _runs(paragraph, [("Attendance. ", True, False),
                      ("Early Birds, our free breakfast club, opens at 7.45am every school day in the hall and "
                       "is run by four of our teaching assistants, with food from the National School Breakfast "
                       "Programme and fruit from the Co-op on Trinity Street. It has been open to every child "
                       "since September 2023 and last year an average of 118 children came each day. Attendance "
                       "of disadvantaged pupils rose from 91.2% to 94.0%, and late arrivals fell by 40%.",
                       False, False)])
    paragraph = _p(document, "", after=4)
    _runs(paragraph, [("Reading. ", True, False),
                      ("Gainsborough Reading Volunteers, a local charity, send trained volunteers into school "
                       "three mornings a week to hear children read one to one and talk with them about their "
                       "books. In 2024/25 eleven volunteers read with 36 pupils in Years 2 to 4, most of them "
                       "disadvantaged; on average their reading age rose by 14 months in nine months, and 30 of "
                       "the 36 now say they read at home for fun.", False, False)])
    paragraph = _p(document, "", after=4)
    _runs(paragraph, [("Wellbeing and confidence. ", True, False),
                      ("Mini Police is run by Lincolnshire Police\u2019s Gainsborough neighbourhood team with our "
                       "Year 5 and 6 pupils. Every Thursday afternoon for a term a PCSO leads a session with the "
                       "children on keeping safe, being a good neighbour and how the police work, and the "
                       "children plan and run their own projects: last year a litter pick along the Trent, "
                       "letters to drivers who park on the zigzags and a speed check with the team on Lea Road. "
                       "24 pupils took part, 18 of them disadvantaged; 22 said they felt more confident "
                       "speaking in front of others, and complaints from neighbours about parking at the school "
                       "gates fell from 14 in the autumn term to 3 in the summer.", False, False)])
    _p(document, "Pupil voice surveys in July 2025 showed 86% of disadvantaged pupils saying they enjoy coming to "
                 "school, up from 74%. Take-up of after-school clubs by disadvantaged pupils was 61%, still "
                 "below that of other pupils (72%), so we have kept subsidised clubs in this year\u2019s plan.",
       after=6)

    document.add_heading("Externally provided programmes", level=2)
    _p(document, "Please include the names of any non-DfE programmes that you used your pupil premium (or "
                 "recovery premium) to fund in the previous academic year.", italic=True, size=9, after=3)
    table([
        ["Programme", "Provider"],
        ["NELI", "Nuffield Foundation / OxEd & Assessment"],
        ["Times Tables Rock Stars", "Maths Circle Ltd"],
        ["Reading volunteers", "Gainsborough Reading Volunteers"],
        ["Mini Police", "Lincolnshire Police"],
    ], [8.7, 8.7])

    document.add_heading("Service pupil premium funding (optional)", level=2)
    table([
        ["Measure", "Details"],
        ["How did you spend your service pupil premium allocation last academic year?", "Not applicable: we have "
                                                                                        "no service children."],
        ["What was the impact of that spending on service pupil premium eligible pupils?", "Not applicable."],
    ], [8.7, 8.7])
    document.add_heading("Further information (optional)", level=2)
    _p(document, "Our pupil premium strategy is reviewed each term by the Local Governing Body\u2019s standards "
                 "committee and each year by the Trust. Parents who think their child may be eligible for free "
                 "school meals can apply in confidence through the school office or online at "
                 "lincolnshire.gov.uk; it takes about ten minutes, and the school receives pupil premium "
                 "funding for every eligible child.", after=4)
    _save_docx(document, out / PP_FILE, "Pupil premium strategy statement 2025 to 2026", "Liam Osborne")


# ================================================================== 6. A solicitor's draft will sent for approval (Word)

WL_FILE = "draft-will-of-margaret-ann-ellwood-for-approval-hobart-and-crane-me-4471.docx"


def draft_will(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Times New Roman", 11.5)
    _page_setup(document, 2.2, 2.0, 2.6, 2.4)
    width = _text_width(document)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("DRAFT 2 \u2013 FOR APPROVAL \u2013 NOT TO BE SIGNED", True, False), ("\t\t", False, False),
                 ("Our ref: ME/4471/2 \u00b7 9 March 2026", False, False)], size=8, colour="B22222")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Hobart & Crane LLP, Solicitors, 14 Tombland, Norwich NR3 9ZZ", False, False),
                 ("\t\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "4", size=8)
    second = section.footer.add_paragraph()
    _runs(second, [("Testatrix\u2019s initials: ______      Witnesses\u2019 initials: ______  ______", False, False)],
          size=8, colour="555555")

    def note(text):
        t = document.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        _fill(cell, "FFF2CC")
        paragraph = cell.paragraphs[0]
        _runs(paragraph, [("Note for Mrs Ellwood: ", True, True), (text, False, True)], size=9.5)
        cell.width = Cm(16.0)
        _p(document, "", after=2)

    def clause(number, title):
        paragraph = _p(document, "", before=8, after=3)
        _runs(paragraph, [("%s.\t%s" % (number, title.upper()), True, False)], size=11.5)
        paragraph.paragraph_format.keep_with_next = True

    def para(number, parts, indent=1.2):
        paragraph = _p(document, "", after=4, align="justify")
        paragraph.paragraph_format.left_indent = Cm(indent)
        paragraph.paragraph_format.first_line_indent = Cm(-1.2 if number else 0)
        runs = [(number + "\t", False, False)] if number else []
        runs += parts if isinstance(parts, list) else [(parts, False, False)]
        _runs(paragraph, runs)
        return paragraph

    _p(document, "LAST WILL AND TESTAMENT", bold=True, size=16, align="center", after=2)
    _p(document, "of", italic=True, align="center", after=2)
    _p(document, "MARGARET ANN ELLWOOD", bold=True, size=14, align="center", after=14)
    intro = _p(document, "", after=8, align="justify")
    _runs(intro, [("THIS IS THE LAST WILL", True, False),
                  (" of me MARGARET ANN ELLWOOD of 7 Holway Close, Sheringham, Norfolk NR26 9ZZ.", False, False)])

    clause("1", "Revocation")
    para("1.1", "I revoke all earlier wills and codicils.")

    clause("2", "Executors and trustees")
    para("2.1", [("I appoint as my executors and trustees my daughter ", False, False),
                 ("Helen Claire Ellwood", True, False),
                 (" of 22 Cromer Road, Aylsham, Norfolk and the partners at the date of my death in the firm of "
                  "Hobart & Crane LLP of 14 Tombland, Norwich or the firm which then carries on its practice. I "
                  "wish one and only one of them to prove my will with my daughter.", False, False)])
    para("2.2", [("In this will the expression ", False, False), ("\u201cmy Trustees\u201d", True, False),
                 (" means my executors and the trustees of any trust arising under this will.", False, False)])
    note("you told us you would prefer Helen and the firm, rather than Helen and David together, because David "
         "lives in Canada. Please confirm.")

    clause("3", "Funeral wishes")
    para("3.1", "I wish my body to be cremated and my ashes scattered at West Runton beach where my husband\u2019s "
                "ashes were scattered. I would like any donations in my memory to go to the Sheringham lifeboat "
                "station of the Royal National Lifeboat Institution.")

    clause("4", "Gifts of personal items")
    para("4.1", [("I give to my grandson ", False, False), ("Thomas James Ellwood", True, False),
                 (" my late husband\u2019s Norfolk Constabulary long service and good conduct medal, his "
                  "warrant card in its frame and his police whistle.", False, False)])
    para("4.2", [("I give to my granddaughter ", False, False), ("Amy Louise Pickering", True, False),
                 (" my engagement ring and my mother\u2019s gold locket.", False, False)])
    para("4.3", "I give the rest of my personal chattels (as defined in section 55(1)(x) of the Administration of "
                "Estates Act 1925) to my children Helen Claire Ellwood and David John Ellwood, to be divided "
                "between them as they agree, and I ask them to have regard to any letter of wishes I may leave.")

    clause("5", "Gifts of money")
    para("5.1", "I give the following sums free of inheritance tax:")
    for letter, text in [
            ("(a)", "\u00a35,000 to the ROYAL NATIONAL LIFEBOAT INSTITUTION (registered charity numbers 209603 "
                    "and SC037736) for the use of its Sheringham station;"),
            ("(b)", "\u00a33,000 to the POLICE DEPENDANTS\u2019 TRUST;"),
            ("(c)", "\u00a32,000 to [SHERINGHAM COMMUNITY LARDER] [registered charity number to be confirmed];"),
            ("(d)", "\u00a31,500 to each of my grandchildren who survive me and reach the age of 18."),
    ]:
        para(letter, text, indent=2.4)
    note("we could not find the community larder on the Register of Charities. It may be part of the church or "
         "of another charity. Please ask them for their full name and charity number, or tell us if you would "
         "rather the gift went to St Peter\u2019s Church, Sheringham instead.")
    note("you asked whether the gift to the Police Dependants\u2019 Trust could be \u201cin memory of Jim\u201d. A "
         "will is not the best place for this, but we can add a letter to go with the gift when the time comes.")
    para("5.2", "The receipt of the treasurer or other proper officer of any charity shall be a complete discharge "
                "to my Trustees. If at my death any charity named in this will has ceased to exist or has joined "
                "with another, my Trustees shall pay the gift to the charity they consider has objects closest "
                "to it.")

    clause("6", "Residuary estate")
    para("6.1", "I give the rest of my estate, after paying my debts, funeral and testamentary expenses and any "
                "inheritance tax on the gifts above, (\u201cmy Residuary Estate\u201d) to my Trustees to hold on "
                "trust to sell or keep it and to divide it equally between such of my children Helen Claire "
                "Ellwood and David John Ellwood as survive me.")
    para("6.2", "If either of my children dies before me leaving children who survive me, those children shall "
                "take equally the share their parent would have taken had he or she survived me.")

    clause("7", "Administrative provisions")
    para("7.1", "The Standard Provisions of the Society of Trust and Estate Practitioners (2nd Edition) shall apply "
                "to this will.")
    para("7.2", "Any of my Trustees who is a solicitor or other professional may charge for work done in that "
                "capacity.")
    para("7.3", "No one shall benefit under this will unless they survive me by 28 days.")

    _p(document, "", after=10)
    attest = _p(document, "", after=10, align="justify")
    _runs(attest, [("IN WITNESS", True, False),
                   (" of which I have signed this will on the date below.", False, False)])
    _p(document, "Date: ______________________ 2026", after=14)
    sig = _docx_table(document, [
        ["SIGNED by the above-named MARGARET ANN ELLWOOD as her last will in our joint presence and then by us "
         "in hers", "Signature:\n\n\n"],
        ["Witness 1\nSignature:\nFull name:\nAddress:\n\nOccupation:", "Witness 2\nSignature:\nFull name:\nAddress:"
                                                                       "\n\nOccupation:"],
    ], widths=[8.0, 8.0], size=10)
    _p(document, "", after=6)

    document.add_page_break()
    _p(document, "Notes for signing (these notes are not part of your will)", bold=True, size=13, after=6)
    for i, text in enumerate([
            "Please do not sign this draft. When you have told us it is right we will send you a clean copy to "
            "sign, or you can sign it at our office with two of our staff as witnesses.",
            "You must sign in front of two witnesses who are both present at the same time. They must then sign "
            "in front of you.",
            "A witness must not be someone who benefits under the will, or the husband, wife or civil partner "
            "of someone who does. If they are, their gift will fail.",
            "Do not staple, pin or clip anything to the will, and do not write on it after it has been signed.",
            "We will keep the signed will in our strongroom free of charge and give you a copy.",
            "Please review your will every five years, or sooner if you marry, divorce, move house or anyone "
            "named in it dies.",
    ], start=1):
        paragraph = _p(document, "", after=4)
        paragraph.paragraph_format.left_indent = Cm(0.8)
        paragraph.paragraph_format.first_line_indent = Cm(-0.8)
        _runs(paragraph, [("%d.\t" % i, True, False), (text, False, False)], size=10.5)
    _p(document, "", after=6)
    _p(document, "Your estimate: our fixed fee for this will is \u00a3420 plus VAT (\u00a3504), as in our letter of "
                 "engagement of 12 February 2026. If you would like us to prepare a lasting power of attorney at "
                 "the same time, we can do both for \u00a3950 plus VAT.", size=10, after=4)
    _p(document, "Any questions? Ring Sarah Crane on 01632 960 870.", size=10, after=4)
    _save_docx(document, out / WL_FILE, "Will of Margaret Ann Ellwood \u2013 draft 2", "Sarah Crane")


# ================================================================== 7. A bakery's 'Our story' page (HTML, a shop theme)

BAKERY_HTML = """<!doctype html>
<html class="no-js" lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#3b2a1a">
<link rel="canonical" href="https://fellsidebakehouse.example/pages/our-story">
<title>Our story &ndash; The Fellside Bakehouse</title>
<meta name="description" content="From a market stall to Finkle Street: the story of The Fellside Bakehouse, Kendal's sourdough bakery, our bakers and what we do in the town.">
<meta property="og:site_name" content="The Fellside Bakehouse">
<meta property="og:url" content="https://fellsidebakehouse.example/pages/our-story">
<meta property="og:title" content="Our story">
<meta property="og:type" content="website">
<meta property="og:image" content="https://fellsidebakehouse.example/cdn/shop/files/ovens.jpg?v=1712">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Bakery", "name": "The Fellside Bakehouse",
 "address": {"@type": "PostalAddress", "streetAddress": "31 Finkle Street", "addressLocality": "Kendal",
 "postalCode": "LA9 9ZZ", "addressCountry": "GB"}, "telephone": "+44 1632 960 391",
 "openingHours": ["Tu-Fr 08:00-16:00", "Sa 08:00-15:00"], "servesCuisine": "Bakery"}
</script>
<link href="//fellsidebakehouse.example/cdn/shop/t/7/assets/base.css?v=4410" rel="stylesheet" type="text/css" media="all">
<style>
  :root { --ink: #3b2a1a; --flour: #faf6ef; --rye: #b5651d; --sage: #6f8f72; }
  body { margin: 0; font-family: "Lora", Georgia, serif; color: var(--ink); background: var(--flour); }
  .announcement-bar { background: var(--ink); color: #fff; text-align: center; font: 600 13px/1.4 "Work Sans", Arial, sans-serif; padding: 8px; letter-spacing: .04em; }
  .header { display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; padding: 18px 40px; border-bottom: 1px solid #e6dccb; }
  .header__heading { font-size: 28px; margin: 0; text-align: center; letter-spacing: .02em; }
  .header__menu { list-style: none; display: flex; gap: 22px; margin: 0; padding: 0; font: 500 14px "Work Sans", Arial, sans-serif; }
  .header__menu a { color: var(--ink); text-decoration: none; }
  .header__menu a[aria-current] { border-bottom: 2px solid var(--rye); }
  .header__icons { text-align: right; font: 500 14px "Work Sans", Arial, sans-serif; }
  .banner { background: #d9c7a7 url("/cdn/shop/files/ovens.jpg") center/cover; min-height: 320px; display: flex; align-items: flex-end; }
  .banner__box { background: rgba(250,246,239,.92); margin: 0 40px 40px; padding: 22px 28px; max-width: 560px; }
  .banner__heading { font-size: 40px; margin: 0 0 6px; }
  .page-width { max-width: 1100px; margin: 0 auto; padding: 40px; }
  .image-with-text { display: grid; grid-template-columns: 1fr 1fr; gap: 40px; align-items: center; margin: 40px 0; }
  .image-with-text--reverse .image-with-text__media { order: 2; }
  .image-with-text__media { background: #e4d6bd; aspect-ratio: 4/3; }
  .year { font: 700 13px "Work Sans", Arial, sans-serif; color: var(--rye); letter-spacing: .1em; }
  .team { display: grid; grid-template-columns: repeat(4, 1fr); gap: 24px; }
  .team-card img { width: 100%; aspect-ratio: 1; object-fit: cover; border-radius: 50%; }
  .team-card h3 { margin: 10px 0 2px; font-size: 18px; }
  .team-card .role { font: 500 13px "Work Sans", Arial, sans-serif; color: #7a6a58; }
  .values { display: grid; grid-template-columns: repeat(3, 1fr); gap: 28px; text-align: center; background: #f0e7d8; padding: 34px; }
  .values .icon { font-size: 30px; }
  .community { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
  .community-card { background: #fff; border: 1px solid #e6dccb; border-top: 6px solid var(--sage); padding: 24px 26px; }
  .community-card h3 { margin-top: 0; }
  .community-card .badge { display: inline-block; background: var(--sage); color: #fff; font: 600 11px "Work Sans", Arial, sans-serif; padding: 3px 8px; border-radius: 10px; text-transform: uppercase; letter-spacing: .06em; }
  .insta { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6px; }
  .insta img { width: 100%; aspect-ratio: 1; object-fit: cover; }
  .newsletter { background: var(--ink); color: #fff; text-align: center; padding: 40px; }
  .newsletter input { padding: 10px 14px; width: 280px; border: 0; }
  .newsletter button { padding: 10px 18px; border: 0; background: var(--rye); color: #fff; }
  footer.footer { background: #2a1e12; color: #e9dfcf; font: 14px/1.6 "Work Sans", Arial, sans-serif; padding: 40px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 30px; }
  footer.footer a { color: #e9dfcf; }
  .footer__legal { grid-column: 1 / -1; border-top: 1px solid #4a3a28; padding-top: 14px; font-size: 12px; color: #b8a88f; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
  window.Shop = window.Shop || {}; Shop.currency = {"active": "GBP", "rate": "1.0"}; Shop.theme = {"name": "Crumb", "id": 7};</script>
</head>
<body class="template-page">
<a class="skip-to-content-link visually-hidden" href="#MainContent">Skip to content</a>

<div class="announcement-bar" role="region" aria-label="Announcement">
  <p>Hot cross buns are back from Shrove Tuesday &middot; Free local delivery on orders over &pound;25</p>
</div>

<header class="header">
  <nav class="header__inline-menu" aria-label="Main">
    <ul class="header__menu">
      <li><a href="/collections/all">Shop</a></li>
      <li><a href="/pages/our-story" aria-current="page">Our story</a></li>
      <li><a href="/pages/wholesale">Wholesale</a></li>
      <li><a href="/pages/courses">Bread courses</a></li>
      <li><a href="/pages/visit">Visit us</a></li>
    </ul>
  </nav>
  <h1 class="header__heading"><a href="/" style="color:inherit;text-decoration:none">The Fellside Bakehouse</a></h1>
  <div class="header__icons"><a href="/search">Search</a> &nbsp; <a href="/account/login">Account</a> &nbsp; <a href="/cart">Basket (0)</a></div>
</header>

<main id="MainContent" class="content-for-layout" role="main" tabindex="-1">

<section class="banner" aria-label="Our story">
  <div class="banner__box">
    <h2 class="banner__heading">Our story</h2>
    <p>Slow bread, fast friends. Baked by hand in Kendal since 2014.</p>
  </div>
</section>

<div class="page-width">

  <section class="image-with-text">
    <div class="image-with-text__media"><img src="/cdn/shop/files/stall.jpg" alt="Anna and Joe behind a trestle table of loaves at Kendal market, 2014" width="800" height="600" loading="lazy"></div>
    <div class="image-with-text__content">
      <p class="year">2014</p>
      <h2>A trestle table and a borrowed oven</h2>
      <p>Anna had been baking sourdough in her kitchen in Burneside for years, mostly to give away. Joe had just been made redundant. One wet Saturday in March 2014 they took forty loaves to Kendal market on a trestle table and sold out by half past ten. For the next three years they baked through the night in the kitchen of a caf&eacute; that lent them its oven after closing.</p>
    </div>
  </section>

  <section class="image-with-text image-with-text--reverse">
    <div class="image-with-text__media"><img src="/cdn/shop/files/finkle-street.jpg" alt="The shop front on Finkle Street with a queue outside" width="800" height="600" loading="lazy"></div>
    <div class="image-with-text__content">
      <p class="year">2017</p>
      <h2>Finkle Street</h2>
      <p>We opened our own bakery and shop at number 31, in what used to be a shoe shop, with a second-hand deck oven that took six of us to carry in. The queue on the first Saturday went round the corner into Stricklandgate. We still use that oven every day.</p>
    </div>
  </section>

  <section class="image-with-text">
    <div class="image-with-text__media"><img src="/cdn/shop/files/mill.jpg" alt="Sacks of flour stacked at a water mill" width="800" height="600" loading="lazy"></div>
    <div class="image-with-text__content">
      <p class="year">2021 &ndash; now</p>
      <h2>Flour from up the road</h2>
      <p>All our wheat and rye flour now comes from a water mill forty minutes away, stoneground from grain grown in Cumbria and the Borders. Today there are fourteen of us, we bake around 900 loaves a week, and you will find our bread in twenty-two caf&eacute;s, delis and pubs across the South Lakes.</p>
    </div>
  </section>

  <h2 id="team">Meet the bakers</h2>
  <div class="team">
    <div class="team-card"><img src="/cdn/shop/files/anna.jpg" alt="" loading="lazy"><h3>Anna Lowther</h3><p class="role">Co-founder &middot; head baker</p><p>Still starts most days at 3am. Will talk to you about hydration levels until you leave.</p></div>
    <div class="team-card"><img src="/cdn/shop/files/joe.jpg" alt="" loading="lazy"><h3>Joe Lowther</h3><p class="role">Co-founder &middot; the business bit</p><p>Does the books, the deliveries and the bread courses. Makes the best cheese scone in Westmorland (his words).</p></div>
    <div class="team-card"><img src="/cdn/shop/files/marta.jpg" alt="" loading="lazy"><h3>Marta Nowak</h3><p class="role">Pastry</p><p>Joined from a bakery in Krak&oacute;w in 2019. Responsible for the cardamom buns, and therefore for the queue.</p></div>
    <div class="team-card"><img src="/cdn/shop/files/callum.jpg" alt="" loading="lazy"><h3>Callum Bell</h3><p class="role">Apprentice baker</p><p>Came to us on work experience from Kirkbie Kendal School and never left. Level 3 in the summer.</p></div>
  </div>

  <section class="values" aria-label="How we bake">
    <div><div class="icon" aria-hidden="true">&#127806;</div><h3>Just flour, water, salt</h3><p>No improvers, no additives, and at least 24 hours of fermentation for every loaf.</p></div>
    <div><div class="icon" aria-hidden="true">&#9851;</div><h3>Nothing wasted</h3><p>Day-old bread becomes croutons, bread pudding or goes out the door the same evening.</p></div>
    <div><div class="icon" aria-hidden="true">&#128119;</div><h3>Good jobs</h3><p>We pay the Real Living Wage and close on Sundays and Mondays so the bakers get a weekend.</p></div>
  </section>

  <h2 id="community">In the community</h2>
  <div class="community">
    <article class="community-card">
      <span class="badge">Ours</span>
      <h3>Pay it forward</h3>
      <p>Our Pay It Forward board hangs by the till. Add &pound;1 or more to your bill and we pin up a token that anyone can take down and swap for a loaf, a pasty or a hot drink, no questions asked. For every ten tokens you buy, we add one. Whatever is left on the board at closing on Saturday goes to the Kendal food bank as bread. Since we started it in the first lockdown in 2020, 11,600 tokens have been taken from the board.</p>
    </article>
    <article class="community-card">
      <span class="badge">We&rsquo;re part of it</span>
      <h3>Safe Places Kendal</h3>
      <p>Safe Places Kendal is run by Cumbria Constabulary with South Lakes Access Group, a charity run by and for people with learning disabilities. Shops, caf&eacute;s, libraries and the bus station display the green sticker, and anyone who feels lost, frightened or unwell in town can come in and ask for help; staff ring the contact on the card they carry, or the police if they need to. Officers from the town&rsquo;s neighbourhood team trained our staff, as they have at every place in the scheme. There are 58 Safe Places in Kendal now, used 140 times since the scheme began in 2022, and the group&rsquo;s members helped choose every one.</p>
    </article>
  </div>

  <h2>@fellsidebakehouse</h2>
  <div class="insta">
    <img src="/cdn/shop/files/ig1.jpg" alt="Cardamom buns cooling on a rack" loading="lazy">
    <img src="/cdn/shop/files/ig2.jpg" alt="A rye loaf cut open" loading="lazy">
    <img src="/cdn/shop/files/ig3.jpg" alt="Flour on the bench at 4am" loading="lazy">
    <img src="/cdn/shop/files/ig4.jpg" alt="The Saturday queue in the snow" loading="lazy">
    <img src="/cdn/shop/files/ig5.jpg" alt="Callum shaping baguettes" loading="lazy">
    <img src="/cdn/shop/files/ig6.jpg" alt="A box of hot cross buns" loading="lazy">
  </div>
</div>

<section class="newsletter">
  <h2>The Crumb</h2>
  <p>Our monthly email: new bakes, bread course dates and the occasional recipe. No spam, just crumbs.</p>
  <form method="post" action="/contact#newsletter"><label class="visually-hidden" for="NewsletterEmail">Email</label><input id="NewsletterEmail" type="email" name="contact[email]" placeholder="Your email"> <button type="submit">Subscribe</button></form>
</section>

</main>

<footer class="footer">
  <div><h3>Visit us</h3><p>31 Finkle Street<br>Kendal LA9 9ZZ<br>01632 960 391</p></div>
  <div><h3>Opening hours</h3><table><tr><td>Tue&ndash;Fri</td><td>8am&ndash;4pm</td></tr><tr><td>Saturday</td><td>8am&ndash;3pm</td></tr><tr><td>Sun&ndash;Mon</td><td>Closed</td></tr></table></div>
  <div><h3>Help</h3><p><a href="/pages/allergens">Allergens</a><br><a href="/policies/shipping-policy">Delivery</a><br><a href="/policies/refund-policy">Refunds</a><br><a href="/pages/contact">Contact</a></p></div>
  <div><h3>Allergens</h3><p>All our bread is made in a kitchen that handles wheat, rye, spelt, milk, eggs, sesame and nuts. Please ask before you buy.</p></div>
  <div class="footer__legal">&copy; 2026 The Fellside Bakehouse Ltd. Registered in England and Wales, company no. 10682245. VAT no. GB 271 8834 19. Payment methods: Visa, Mastercard, Amex, Apple Pay, Google Pay. Powered by Crumb theme.</div>
</footer>
</body>
</html>
"""


# ================================================================== 8. A swimming pool's timetable page (HTML, a leisure trust's site)

def _pool_day(day, rows, active=False):
    """One day's tab panel: a table of sessions with badges."""
    hidden = "" if active else " hidden"
    lines = ['    <div class="tab-panel" id="day-%s" role="tabpanel" aria-labelledby="tab-%s"%s>' %
             (day.lower(), day.lower(), hidden),
             '      <h3 class="visually-hidden">%s</h3>' % day,
             '      <table class="timetable">',
             '        <thead><tr><th scope="col">Time</th><th scope="col">Main pool (25m)</th>'
             '<th scope="col">Learner pool</th></tr></thead>',
             '        <tbody>']
    for time, main, learner in rows:
        lines.append('          <tr><th scope="row">%s</th><td>%s</td><td>%s</td></tr>' % (time, main, learner))
    lines += ['        </tbody>', '      </table>', '    </div>']
    return "\n".join(lines)


def _pool_badge(kind, text):
    return '<span class="badge badge--%s">%s</span>' % (kind, text)


def _pool_html() -> str:
    b = _pool_badge
    days = [
        ("Monday", [
            ("06:30&ndash;08:30", b("lane", "Lane swim") + " fast / medium / slow", "Closed"),
            ("09:00&ndash;12:00", b("school", "Schools"), b("school", "Schools")),
            ("12:00&ndash;13:30", b("lane", "Lane swim"), b("adult", "Aqua fit") + " 12:15&ndash;13:00"),
            ("15:45&ndash;18:30", b("lessons", "Swim school"), b("lessons", "Swim school")),
            ("18:30&ndash;20:00", b("club", "Nithsdale Amateur Swimming Club"), "Closed"),
            ("20:00&ndash;21:30", b("lane", "Lane swim"), "Closed"),
        ], True),
        ("Tuesday", [
            ("06:30&ndash;08:30", b("lane", "Lane swim"), "Closed"),
            ("09:00&ndash;12:00", b("school", "Schools"), b("school", "Schools")),
            ("13:30&ndash;15:00", b("public", "Over 60s") + " with tea after", b("adult", "Aqua natal")),
            ("15:45&ndash;17:45", b("lessons", "Swim Ready") + " (lanes 1&ndash;3)", b("lessons", "Swim school")),
            ("18:00&ndash;19:30", b("public", "Public swim"), b("family", "Parent and toddler")),
            ("19:45&ndash;21:00", b("women", "Sisters Swim") + " (whole building)", b("women", "Sisters Swim")),
        ], False),
        ("Wednesday", [
            ("06:30&ndash;08:30", b("lane", "Lane swim"), "Closed"),
            ("09:00&ndash;12:00", b("school", "Schools"), b("school", "Schools")),
            ("12:00&ndash;13:30", b("lane", "Lane swim"), b("adult", "Aqua fit") + " 12:15&ndash;13:00"),
            ("15:45&ndash;18:30", b("lessons", "Swim school"), b("lessons", "Swim school")),
            ("18:30&ndash;20:30", b("public", "Public swim") + " inflatable 19:00&ndash;20:00", "Closed"),
        ], False),
        ("Thursday", [
            ("06:30&ndash;08:30", b("lane", "Lane swim"), "Closed"),
            ("09:00&ndash;12:00", b("school", "Schools"), b("school", "Schools")),
            ("13:30&ndash;15:00", b("public", "Quiet swim") + " (no music, low lighting)", "Closed"),
            ("15:45&ndash;17:45", b("lessons", "Swim Ready") + " (lanes 1&ndash;3)", b("lessons", "Swim school")),
            ("18:00&ndash;20:00", b("club", "Nithsdale Amateur Swimming Club"), b("club", "Sub-aqua club")),
        ], False),
        ("Friday", [
            ("06:30&ndash;08:30", b("lane", "Lane swim"), "Closed"),
            ("09:00&ndash;12:00", b("school", "Schools"), b("school", "Schools")),
            ("16:00&ndash;18:00", b("family", "Family fun swim"), b("family", "Family fun swim")),
            ("18:00&ndash;19:30", b("lane", "Lane swim"), "Closed"),
        ], False),
        ("Saturday", [
            ("08:00&ndash;12:00", b("lessons", "Swim school"), b("lessons", "Swim school")),
            ("12:30&ndash;16:00", b("public", "Public swim") + " inflatable 14:00&ndash;15:00",
             b("family", "Family fun swim")),
        ], False),
        ("Sunday", [
            ("09:00&ndash;10:30", b("lane", "Lane swim"), "Closed"),
            ("10:30&ndash;16:00", b("public", "Public swim"), b("family", "Family fun swim")),
        ], False),
    ]
    tabs = "\n".join(
        '      <button class="tab%s" role="tab" id="tab-%s" aria-controls="day-%s" aria-selected="%s">%s</button>'
        % (" is-active" if active else "", d.lower(), d.lower(), "true" if active else "false", d[:3])
        for d, _, active in days)
    panels = "\n".join(_pool_day(d, rows, active) for d, rows, active in days)
    return POOL_HTML.replace("{{TABS}}", tabs).replace("{{PANELS}}", panels)


POOL_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Craigbank Pool timetable | Nithsdale Leisure Trust</title>
<meta name="description" content="Swimming timetable for Craigbank Pool, Dumfries: lane swimming, public swims, lessons, Swim Ready and Sisters Swim. Prices and closures.">
<link rel="stylesheet" href="/assets/css/nlt.min.css?v=2026.02">
<style>
  body { margin: 0; font-family: "Open Sans", Arial, sans-serif; color: #14283a; background: #fff; }
  .cookie { position: fixed; bottom: 0; left: 0; right: 0; background: #14283a; color: #fff; padding: 14px 24px; display: flex; gap: 16px; align-items: center; z-index: 20; }
  .cookie button { background: #00a3ad; color: #fff; border: 0; padding: 8px 14px; font-weight: 700; }
  .util { background: #0b1b29; color: #cfe3ea; font-size: 13px; padding: 6px 24px; display: flex; justify-content: space-between; }
  .util a { color: #cfe3ea; }
  header.site { display: flex; align-items: center; justify-content: space-between; padding: 16px 24px; border-bottom: 3px solid #00a3ad; }
  .logo { font-weight: 800; font-size: 22px; color: #14283a; text-decoration: none; }
  .logo small { display: block; font-weight: 400; font-size: 12px; color: #4d6475; }
  nav.primary ul { list-style: none; display: flex; gap: 20px; margin: 0; padding: 0; font-weight: 600; }
  nav.primary a { color: #14283a; text-decoration: none; }
  .btn-book { background: #ff6b35; color: #fff; padding: 10px 18px; border-radius: 4px; text-decoration: none; font-weight: 700; }
  .crumbs { font-size: 13px; padding: 12px 24px; color: #4d6475; }
  .crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 8px; }
  .crumbs li + li::before { content: "\\203A"; margin-right: 8px; }
  .wrap { max-width: 1140px; margin: 0 auto; padding: 0 24px 40px; }
  .status { display: flex; gap: 14px; flex-wrap: wrap; background: #e6f6f7; border-left: 6px solid #00a3ad; padding: 12px 18px; margin-bottom: 18px; }
  .status strong { color: #007a82; }
  .alert { background: #fff4e5; border: 1px solid #f0b35a; padding: 12px 18px; margin: 0 0 22px; }
  .tabs { display: flex; gap: 4px; border-bottom: 2px solid #14283a; }
  .tab { background: #eef3f6; border: 0; padding: 10px 16px; font-weight: 700; cursor: pointer; }
  .tab.is-active { background: #14283a; color: #fff; }
  table.timetable { width: 100%; border-collapse: collapse; margin: 14px 0 24px; }
  table.timetable th, table.timetable td { border-bottom: 1px solid #d5e0e6; padding: 9px 10px; text-align: left; vertical-align: top; }
  table.timetable thead th { background: #f4f8fa; }
  .badge { display: inline-block; padding: 2px 8px; border-radius: 3px; font-size: 13px; font-weight: 700; color: #fff; }
  .badge--lane { background: #1b6ca8; } .badge--public { background: #00a3ad; } .badge--lessons { background: #7b4fa0; }
  .badge--school { background: #6b7b86; } .badge--club { background: #2f4858; } .badge--adult { background: #c2185b; }
  .badge--family { background: #f39c12; } .badge--women { background: #8e44ad; }
  .key { display: flex; flex-wrap: wrap; gap: 10px; font-size: 14px; margin-bottom: 26px; }
  .cols { display: grid; grid-template-columns: 2fr 1fr; gap: 30px; }
  table.prices { width: 100%; border-collapse: collapse; }
  table.prices td, table.prices th { padding: 7px 8px; border-bottom: 1px solid #e1e8ec; text-align: left; }
  table.prices td.num { text-align: right; }
  .card { border: 1px solid #d5e0e6; border-radius: 6px; padding: 20px 22px; margin-bottom: 18px; }
  .card h3 { margin-top: 0; color: #007a82; }
  .card--women h3 { color: #8e44ad; }
  details { border-bottom: 1px solid #d5e0e6; padding: 10px 0; }
  summary { font-weight: 700; cursor: pointer; }
  footer.site { background: #14283a; color: #dbe7ee; padding: 30px 24px; font-size: 14px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 24px; }
  footer.site a { color: #dbe7ee; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<div class="cookie" role="dialog" aria-label="Cookies">
  <p>We use cookies to make our booking system work and, if you agree, to see how people use the site.</p>
  <button type="button">Accept all</button> <button type="button">Essential only</button>
</div>
<div class="util"><span>Nithsdale Leisure Trust &middot; a charity running sport and leisure for the people of Nithsdale</span><span><a href="/my-account">My account</a> &middot; <a href="/contact">Contact</a></span></div>
<header class="site">
  <a class="logo" href="/">NITHSDALE LEISURE<small>Swim &middot; Gym &middot; Play</small></a>
  <nav class="primary" aria-label="Main">
    <ul>
      <li><a href="/venues">Venues</a></li>
      <li><a href="/swimming" aria-current="page">Swimming</a></li>
      <li><a href="/gym-and-classes">Gym &amp; classes</a></li>
      <li><a href="/kids">Kids</a></li>
      <li><a href="/membership">Membership</a></li>
    </ul>
  </nav>
  <a class="btn-book" href="/book">Book now</a>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/venues">Venues</a></li><li><a href="/venues/craigbank-pool">Craigbank Pool</a></li><li aria-current="page">Timetable</li></ol></nav>

<main class="wrap" id="main">
  <h1>Craigbank Pool timetable</h1>
  <div class="status" aria-live="polite">
    <span><strong>Open today</strong> 06:30&ndash;21:30</span>
    <span>Main pool 25m, 6 lanes, 29&deg;C</span>
    <span>Learner pool 12m, 0.9m deep, 31&deg;C</span>
    <span>Timetable valid from 5 January 2026</span>
  </div>
  <div class="alert" role="status"><strong>Closure:</strong> the learner pool is closed from Monday 6 to Sunday 19 April 2026 for retiling. Swim school lessons move to the main pool that fortnight.</div>

  <h2>This week</h2>
  <div class="tabs" role="tablist" aria-label="Days">
{{TABS}}
  </div>
{{PANELS}}

  <div class="key" aria-label="Key">
    <span class="badge badge--lane">Lane swim</span>
    <span class="badge badge--public">Public</span>
    <span class="badge badge--lessons">Lessons</span>
    <span class="badge badge--family">Family</span>
    <span class="badge badge--adult">Adult classes</span>
    <span class="badge badge--women">Women only</span>
    <span class="badge badge--club">Clubs</span>
    <span class="badge badge--school">Schools</span>
  </div>

  <div class="cols">
    <section aria-labelledby="programmes">
      <h2 id="programmes">Programmes at Craigbank</h2>
      <article class="card">
        <h3>Swim Ready</h3>
        <p>Swim Ready gives free lessons to children in P6 and P7 who can&rsquo;t yet swim 25 metres, so that nobody leaves primary school unable to swim. Our own instructors teach small groups twice a week after school for ten weeks, with goggles and a swimming costume lent if needed, and each school&rsquo;s PE teacher tells us who needs a place. Since it began in 2023 Swim Ready has taught 412 children from 19 primary schools, and three in every four could swim 25 metres unaided by the end of their ten weeks.</p>
        <p><a href="/kids/swim-ready">Ask about a place</a></p>
      </article>
      <article class="card card--women">
        <h3>Sisters Swim</h3>
        <p>Sisters Swim is organised by Dumfries Women&rsquo;s Connect, a community group for women from all backgrounds, on Tuesday evenings. The group books the whole building, covers the windows and brings its own female lifeguards and teachers, whom it has helped to train, and many women who come had never been in a pool before they came to the UK. Since 2022 more than 160 women have taken part, 40 have finished a course of beginners&rsquo; lessons, and four members have qualified as pool lifeguards.</p>
        <p>Booking is through the group, not through us: ring 01632 960 244.</p>
      </article>

      <h2>Questions</h2>
      <details><summary>Do I need to book?</summary><p>Lane swims and public swims can be booked up to seven days ahead online or in the app. Members can book up to ten days ahead. Walk-ins are welcome if there is space.</p></details>
      <details><summary>What are the lane speeds?</summary><p>Fast, medium and slow lanes are marked at the deep end. Please swim clockwise and let faster swimmers pass at the wall.</p></details>
      <details><summary>How many children can one adult bring?</summary><p>Children under 8 must be with someone aged 16 or over in the water: no more than two under-5s or three 5 to 7 year olds for each adult.</p></details>
      <details><summary>Is there a hoist?</summary><p>Yes, a poolside hoist for the main pool and a ramp into the learner pool. There is a changing places toilet beside reception.</p></details>
    </section>

    <aside aria-labelledby="prices">
      <h2 id="prices">Prices</h2>
      <table class="prices">
        <thead><tr><th>Swim</th><th class="num">Price</th></tr></thead>
        <tbody>
          <tr><td>Adult</td><td class="num">&pound;5.10</td></tr>
          <tr><td>Junior (3&ndash;17)</td><td class="num">&pound;2.90</td></tr>
          <tr><td>Under 3</td><td class="num">Free</td></tr>
          <tr><td>Over 60</td><td class="num">&pound;3.40</td></tr>
          <tr><td>Family (2 adults + 2 juniors)</td><td class="num">&pound;13.50</td></tr>
          <tr><td>Aqua fit / aqua natal</td><td class="num">&pound;6.20</td></tr>
          <tr><td>NLT Active membership</td><td class="num">&pound;34.00 a month</td></tr>
        </tbody>
      </table>
      <p>Concessions with a Young Scot or Access card. Carers of a disabled swimmer go free.</p>
      <h2>Find us</h2>
      <p>Craigbank Pool<br>Lochside Road<br>Dumfries DG2 9ZZ<br>01632 960 240</p>
      <p>Free parking for 90 minutes. Bus 3 and 4 stop outside.</p>
    </aside>
  </div>
</main>

<footer class="site">
  <div><strong>Nithsdale Leisure Trust</strong><br>A Scottish charity, SC048812. Company no. SC512207.</div>
  <div><a href="/accessibility">Accessibility</a><br><a href="/privacy">Privacy</a><br><a href="/terms">Terms</a></div>
  <div>Follow us: <a href="#">Facebook</a> &middot; <a href="#">Instagram</a><br>&copy; 2026 Nithsdale Leisure Trust</div>
</footer>
<script src="/assets/js/tabs.js" defer></script>
</body>
</html>
"""


# ================================================================== 9. A hospital's emergency department 'what to expect' page (HTML, an NHS trust's site)

AE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Emergency Department: what to expect - Kingsmead General Hospital - Mersey Vale Hospitals NHS Trust</title>
<meta name="description" content="What happens when you come to the Emergency Department (A&amp;E) at Kingsmead General Hospital, Birkenhead: waiting times, triage, visitors, parking and support in the department.">
<meta name="last-reviewed" content="2026-02-10">
<link rel="stylesheet" href="/static/frontend/css/nhsuk-frontend-8.1.1.min.css">
<style>
  body { margin: 0; font-family: Frutiger W01, Arial, sans-serif; color: #212b32; background: #f0f4f5; }
  .nhsuk-skip-link { position: absolute; left: -9999px; }
  .cookie-banner { background: #fff; border-bottom: 4px solid #005eb8; padding: 16px 24px; }
  .cookie-banner button { background: #007f3b; color: #fff; border: 0; padding: 8px 14px; font-weight: 600; margin-right: 8px; }
  .emergency-bar { background: #d5281b; color: #fff; padding: 10px 24px; font-weight: 600; }
  .emergency-bar a { color: #fff; }
  .nhsuk-header { background: #005eb8; color: #fff; display: flex; align-items: center; justify-content: space-between; padding: 14px 24px; }
  .nhsuk-logo { background: #fff; color: #005eb8; font-weight: 800; font-style: italic; padding: 2px 8px; font-size: 22px; margin-right: 14px; }
  .nhsuk-header__org { font-weight: 700; font-size: 18px; }
  .nhsuk-header__org span { display: block; font-weight: 400; font-size: 13px; }
  .nhsuk-header__search input { padding: 8px; width: 220px; border: 0; }
  .nhsuk-navigation { background: #005eb8; border-top: 1px solid #2a7bc6; }
  .nhsuk-navigation ul { list-style: none; margin: 0; padding: 0 24px; display: flex; gap: 24px; }
  .nhsuk-navigation a { color: #fff; display: block; padding: 12px 0; font-weight: 600; }
  .nhsuk-breadcrumb { padding: 12px 24px; font-size: 14px; }
  .nhsuk-breadcrumb ol { list-style: none; display: flex; gap: 8px; margin: 0; padding: 0; }
  .nhsuk-width-container { max-width: 960px; margin: 0 auto; padding: 0 24px 48px; }
  .nhsuk-lede-text { font-size: 20px; }
  .wait-panel { background: #fff; border-left: 8px solid #ffb81c; padding: 16px 20px; margin: 20px 0; }
  .wait-panel .figure { font-size: 34px; font-weight: 700; }
  .nhsuk-card { background: #fff; border: 1px solid #d8dde0; padding: 20px 24px; margin-bottom: 20px; }
  .nhsuk-card--care { border-top: 6px solid #005eb8; }
  .nhsuk-inset-text { border-left: 8px solid #005eb8; padding: 8px 16px; background: #fff; margin: 16px 0; }
  .nhsuk-warning-callout { border: 1px solid #ffeb3b; background: #fff9c4; padding: 16px 20px; margin: 20px 0; }
  .nhsuk-warning-callout h3 { margin-top: 0; }
  table.triage { border-collapse: collapse; width: 100%; background: #fff; }
  table.triage th, table.triage td { border-bottom: 1px solid #d8dde0; padding: 8px 10px; text-align: left; vertical-align: top; }
  .pill { display: inline-block; width: 14px; height: 14px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
  .contents { background: #fff; padding: 12px 20px; border: 1px solid #d8dde0; }
  .contents li { margin: 4px 0; }
  dl.roles dt { font-weight: 700; margin-top: 10px; }
  dl.roles dd { margin-left: 0; }
  .nhsuk-review-date { color: #4c6272; font-size: 14px; }
  .nhsuk-footer { background: #d8dde0; padding: 24px; font-size: 14px; }
  .nhsuk-footer ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 18px; }
</style>
</head>
<body>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div class="cookie-banner" id="nhsuk-cookie-banner">
  <h2>Cookies on our website</h2>
  <p>We&rsquo;ve put some small files called cookies on your device to make our site work. We&rsquo;d also like to use analytics cookies to understand how you use it.</p>
  <button type="button">I&rsquo;m OK with analytics cookies</button><button type="button">Do not use analytics cookies</button>
</div>
<div class="emergency-bar" role="region" aria-label="Emergency">If it&rsquo;s a life-threatening emergency, call 999. For urgent help that isn&rsquo;t an emergency, use <a href="https://111.nhs.uk">NHS 111 online</a> or call 111.</div>
<header class="nhsuk-header" role="banner">
  <div style="display:flex;align-items:center"><span class="nhsuk-logo" aria-label="NHS">NHS</span><div class="nhsuk-header__org">Mersey Vale Hospitals<span>NHS Trust</span></div></div>
  <form class="nhsuk-header__search" role="search" action="/search"><label class="nhsuk-u-visually-hidden" for="search-field" style="position:absolute;left:-9999px">Search the site</label><input id="search-field" name="q" type="search" placeholder="Search"></form>
</header>
<nav class="nhsuk-navigation" aria-label="Primary navigation">
  <ul>
    <li><a href="/our-hospitals">Our hospitals</a></li>
    <li><a href="/services">Services A to Z</a></li>
    <li><a href="/patients-and-visitors">Patients and visitors</a></li>
    <li><a href="/work-for-us">Work for us</a></li>
    <li><a href="/about-us">About us</a></li>
  </ul>
</nav>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a> &rsaquo;</li><li><a href="/services">Services</a> &rsaquo;</li><li><a href="/services/emergency-department">Emergency Department</a> &rsaquo;</li><li>What to expect</li></ol></nav>

<div class="nhsuk-width-container">
<main id="maincontent" role="main">
  <h1>Emergency Department: what to expect</h1>
  <p class="nhsuk-lede-text">Kingsmead General Hospital&rsquo;s Emergency Department (A&amp;E) in Birkenhead is open 24 hours a day, every day of the year, for adults and children with serious injuries and illnesses.</p>

  <div class="wait-panel" aria-live="polite">
    <p>Estimated wait to see a clinician right now</p>
    <p class="figure">3 hr 40 min</p>
    <p>Updated at 14:05. 52 patients in the department. The most seriously ill are always seen first, so your wait may be longer or shorter.</p>
  </div>

  <nav class="contents" aria-label="Contents">
    <h2>Contents</h2>
    <ol>
      <li><a href="#before">Before you come</a></li>
      <li><a href="#arrive">When you arrive</a></li>
      <li><a href="#triage">How we decide who is seen first</a></li>
      <li><a href="#people">Who you might meet</a></li>
      <li><a href="#support">Support in the department</a></li>
      <li><a href="#visitors">Visitors, children and parking</a></li>
    </ol>
  </nav>

  <h2 id="before">Before you come</h2>
  <p>A&amp;E is for emergencies such as chest pain, breathing difficulties, severe bleeding, serious burns, loss of consciousness, a suspected stroke and serious injuries. For anything else, NHS 111 can tell you where to go and can book you a time at an urgent treatment centre, which may be much quicker.</p>
  <div class="nhsuk-inset-text"><p>The Urgent Treatment Centre at Victoria Central in Wallasey is open 8am to 10pm for minor injuries and illnesses.</p></div>

  <h2 id="arrive">When you arrive</h2>
  <ol>
    <li>Book in at reception, or at the self check-in screens if you can. Ambulances bring patients in through a separate entrance.</li>
    <li>A nurse will see you within about 15 minutes to check how unwell you are (this is called triage). They may take blood, do an ECG or give you pain relief.</li>
    <li>You will then wait to see a doctor, an advanced practitioner or a specialist team. Please tell the staff at reception if you feel worse while you wait.</li>
    <li>After you have been seen, you may go home with advice or a prescription, be referred to a clinic, or be admitted to a ward.</li>
  </ol>

  <h2 id="triage">How we decide who is seen first</h2>
  <table class="triage">
    <caption class="nhsuk-u-visually-hidden" style="text-align:left;font-weight:700;padding:6px 0">Triage categories</caption>
    <thead><tr><th scope="col">Category</th><th scope="col">Examples</th><th scope="col">Aim to be seen within</th></tr></thead>
    <tbody>
      <tr><td><span class="pill" style="background:#d5281b"></span>Immediate</td><td>Cardiac arrest, major trauma</td><td>Straight away</td></tr>
      <tr><td><span class="pill" style="background:#ed8b00"></span>Very urgent</td><td>Chest pain, stroke symptoms</td><td>10 minutes</td></tr>
      <tr><td><span class="pill" style="background:#ffeb3b"></span>Urgent</td><td>Broken bones, high fever in a baby</td><td>1 hour</td></tr>
      <tr><td><span class="pill" style="background:#007f3b"></span>Standard</td><td>Sprains, minor cuts</td><td>2 hours</td></tr>
      <tr><td><span class="pill" style="background:#005eb8"></span>Non-urgent</td><td>Long-standing problems</td><td>4 hours</td></tr>
    </tbody>
  </table>

  <h2 id="people">Who you might meet</h2>
  <dl class="roles">
    <dt>Navy blue tunic</dt><dd>Matrons and senior sisters or charge nurses.</dd>
    <dt>Light blue tunic</dt><dd>Staff nurses.</dd>
    <dt>Green scrubs</dt><dd>Doctors and advanced clinical practitioners.</dd>
    <dt>Grey tunic</dt><dd>Healthcare assistants.</dd>
    <dt>Red lanyard</dt><dd>Volunteers. They can&rsquo;t give medical advice but can help you find your way, get a drink or charge your phone.</dd>
  </dl>

  <h2 id="support">Support in the department</h2>
  <div class="nhsuk-card nhsuk-card--care">
    <h3>Getting home safely</h3>
    <p>Home Safe is a service run by British Red Cross volunteers in our department from 4pm to midnight. If you are older or live alone and are well enough to go home but have no one to take you, the volunteers will drive you home, turn the heating on, make sure you have food and a drink and your medicines, and ring you the next day. Since it started in 2023 they have taken 1,050 people home, most of them aged over 75, and eight in every ten of them have not come back to hospital in the 30 days after.</p>
  </div>
  <div class="nhsuk-card nhsuk-card--care">
    <h3>Police officers in the department</h3>
    <p>Safer ED is a partnership with Merseyside Police: two officers work in the Emergency Department on Friday and Saturday nights alongside our security team. They deal with anyone who is violent or threatening to staff or patients, take reports from people who come in after an assault so that they don&rsquo;t have to go to a police station, and hand over people brought in by the police so that officers can get back on patrol sooner. Since it began in 2023 assaults on our staff on Friday and Saturday nights have fallen by 31 per cent, and the officers have made 96 arrests.</p>
  </div>

  <div class="nhsuk-warning-callout">
    <h3>We will not accept abuse</h3>
    <p>Our staff have the right to work without being abused or attacked. Anyone who is violent or abusive may be asked to leave, and we will always support staff who report a crime to the police. Incidents are recorded on CCTV and by staff body cameras.</p>
  </div>

  <h2 id="visitors">Visitors, children and parking</h2>
  <p>One adult may stay with each patient. Two may come with a child under 16. Children under 16 are treated in our separate children&rsquo;s area with its own waiting room, open 24 hours.</p>
  <p>Parking for the Emergency Department is in car park C, next to the entrance. The first 30 minutes are free; after that it is &pound;2.50 for up to 2 hours and &pound;5 for up to 4 hours. Blue Badge holders park free. Parking is free for parents of children staying overnight.</p>
  <p>A drinks and snacks machine is in the waiting room. The hospital caf&eacute; in the main entrance is open 7am to 7pm.</p>

  <h2>Tell us what you think</h2>
  <p>Please fill in the Friends and Family Test card or scan the QR code on the wall. If you want to raise a concern, contact our Patient Advice and Liaison Service (PALS) on 01632 960 100 or pals@example.org.</p>
  <p class="nhsuk-review-date">Page last reviewed: 10 February 2026<br>Next review due: 10 February 2027</p>
</main>
</div>

<footer class="nhsuk-footer" role="contentinfo">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/contact-us">Contact us</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/freedom-of-information">Freedom of information</a></li>
    <li><a href="/privacy">Privacy</a></li>
  </ul>
  <p>&copy; Mersey Vale Hospitals NHS Trust, Kingsmead General Hospital, Holt Road, Birkenhead CH41 9ZZ. Switchboard 01632 960 000.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A council manager's 'working with me' README (Markdown)

README_MD = """# README: working with me (Priya)

*Community Safety Manager, Swindon Borough Council · last updated 3 February 2026 · v4*

> This is a "manager README": a short guide to how I work, so that you don't have to spend six months
> working it out. It is not a policy and it is not a performance framework. If something here is wrong,
> tell me and I'll change it.

**Contents:** [My job in one paragraph](#my-job-in-one-paragraph) · [How I work](#how-i-work) ·
[Our week](#our-week) · [What the team runs](#what-the-team-runs) · [Not ours](#not-ours-but-people-think-it-is) ·
[Things I'm bad at](#things-im-bad-at) · [Getting hold of me](#getting-hold-of-me) · [Acronyms](#acronyms)

---

## My job in one paragraph

I lead the council's community safety team (seven of us, plus the CCTV control room) and I support the
Community Safety Partnership: the council, Wiltshire Police, the fire service, health, probation and the
voluntary sector, working out together what to do about crime and anti-social behaviour in Swindon. Most of
my week is spent in meetings so that most of yours doesn't have to be.

## How I work

- **I'd rather hear it early and messy than late and polished.** A two-line Teams message saying "this might
  go wrong" is always welcome.
- **I don't expect replies outside your hours.** I sometimes send things at odd times because that's when
  I think of them. Schedule-send exists; I'm trying to use it.
- **Disagree with me in the room.** Especially in front of partners, if I've got a fact wrong. I won't mind.
  I *will* mind finding out afterwards.
- **Write it down.** If we agree something in a corridor, one of us emails the other a line about it.
- **Your development is part of the job.** Everyone gets an hour a month with me that isn't about casework.

## Our week

| Day | What | Who |
|---|---|---|
| Monday 9:30 | Team huddle (15 min, standing, honestly) | Whole team |
| Tuesday 10:00 | ASB case conference | Caseworkers, housing, police |
| Wednesday | No internal meetings before 12 | Everyone |
| Thursday 14:00 | Tasking with the police and CCTV | Me, CCTV supervisor, police inspector |
| Friday | 1:1s (fortnightly) | You and me |

## What the team runs

These are the things that are actually ours, day to day, and that people ask me about most.

### Safer Nights Swindon

Safer Nights Swindon is run by Wiltshire Police's town centre team and our CCTV control room on Friday and
Saturday nights. The control room has a direct radio link to the officers and to door staff at 31 venues,
so operators can send officers to trouble before it starts; officers
brief door staff at 10pm in Regent Circus; and vulnerable people are taken to the safe space in the
Old Town Hall rather than left on the street.

- Started: October 2023
- Violent crime in the town centre on Friday and Saturday nights: down 22% in 2025 on 2023
- 412 people looked after in the safe space in 2025
- Operators spotted 1 in 3 of the incidents officers dealt with before anyone rang 999

*Contact:* Dan in the control room, or the police town centre sergeant.

### Neighbour mediation

Neighbour mediation is delivered by Swindon Mediation Service, a local charity, for council tenants and
private residents who are in a dispute with a neighbour (noise, parking, boundaries, children, pets) before
it turns into an ASB case. Two trained volunteer mediators visit each side separately and then, if both
agree, bring them together on neutral ground. We refer most cases; they do the rest.

- 210 cases in 2025 (up from 164)
- 7 in 10 of those that reached a joint meeting were resolved
- Each case costs about a tenth of what an ASB case does when it reaches the courts

## Not ours (but people think it is)

- **Community Speedwatch** is Wiltshire Police's, with volunteers. I'll pass things on but I can't fix them.
- **Street lighting and CCTV cameras on housing estates** belong to Housing, not us.
- **Licensing reviews** are the Licensing team's; we only comment as a responsible authority.
- **The Safer Streets bid** (round 6, due 17 April) is ours but isn't anything yet. Don't promise anyone
  anything from it.

## Things I'm bad at

1. Saying no to partners. If I've taken on something that lands on you, push back.
2. Noticing when I haven't said thank you. Thank you.
3. Remembering what I said in a meeting four weeks ago. Notes, please.

## Getting hold of me

```
Teams           best for anything quick
Email           anything you need me to keep or decide
Phone           01632 960 615 (urgent only after 6pm)
Calendar        if there's a gap, book it; no need to ask
Status: red     in a meeting I can't leave (e.g. a case review)
Status: amber   busy, but interrupt me if it matters
```

## Acronyms

ASB
: Anti-social behaviour.

CSP
: Community Safety Partnership.

CCTV
: You know this one.

ASB case review
: What used to be called the Community Trigger: a resident's right to ask for a review of how we handled
  repeated reports. I chair these; see me before you reply to one.[^1]

[^1]: We had eleven applications in 2025 and held a review on seven.
"""


# ================================================================== 11. A magistrates' court's daily court list (plain text)

COURT_TXT = """HM COURTS & TRIBUNALS SERVICE
GWASANAETH LLYSOEDD A THRIBIWNLYSOEDD EF

LLANDUDNO MAGISTRATES' COURT / LLYS YNADON LLANDUDNO
Court List / Rhestr y Llys

Date / Dyddiad:        Tuesday 17 March 2026 / Dydd Mawrth 17 Mawrth 2026
Printed / Argraffwyd:  16/03/2026 16:42
Courthouse:            The Court House, Conway Road, Llandudno LL30 9ZZ

------------------------------------------------------------------------
THIS LIST IS SUBJECT TO CHANGE UP TO AND DURING THE SITTING.
Cases may be heard in a different courtroom or at a different time.
Reporting restrictions may apply to some cases; ask the legal adviser.
Youth court cases are not published.
------------------------------------------------------------------------

========================================================================
COURTROOM 1                                   Sitting at 10:00
Bench: Lay justices (3)        Legal adviser: Mrs G. Hughes
========================================================================

 1  ROBERTS, Dylan Wyn                     Age 24   Llandudno Junction
    Case no. 6300000412571
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Assault by beating of an emergency worker
             (Assaults on Emergency Workers (Offences) Act 2018, s.1)
    Hearing: First hearing                          Bail: Unconditional

 2  McCANN, Shannon Leigh                  Age 31   Colwyn Bay
    Case no. 6300000412602
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Theft from a shop (Theft Act 1968, s.1) x 3
    Hearing: Plea and trial preparation             Bail: Conditional

 3  JONES, Gareth Owen                     Age 46   Conwy
    Case no. 6300000409918
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Driving with excess alcohol (Road Traffic Act 1988, s.5(1)(a))
    Hearing: Sentence (adjourned from 24/02/2026 for a pre-sentence report)

 4  KHAN, Imran                            Age 38   Rhyl
    Case no. 6300000413004
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Possession of a bladed article in a public place
             (Criminal Justice Act 1988, s.139(1))
    Hearing: First hearing                          Custody

 5  PRICE, Nathan James                    Age 19   Llandudno
    Case no. 6300000410773
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Criminal damage, value under GBP 5,000
             (Criminal Damage Act 1971, s.1(1))
    Hearing: Trial (estimated 2 hours)              Bail: Unconditional

------------------------------------------------------------------------

========================================================================
COURTROOM 2                                   Sitting at 10:00
Bench: District Judge (Magistrates' Courts) Rees
========================================================================

 6  WILLIAMS, Carys Ann                    Age 52   Penmaenmawr
    Case no. 6300000411250
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Controlling or coercive behaviour in an intimate or
             family relationship (Serious Crime Act 2015, s.76)
    Hearing: Trial (estimated full day)             Bail: Conditional
    NOTE: Special measures direction in place (screens).

 7  [Name withheld]                        Age 17
    Reporting restriction: Children and Young Persons Act 1933, s.45
    Hearing: Application (adult court)

 8  EVANS, Rhodri                          Age 63   Betws-y-Coed
    Case no. 6300000402188
    Prosecutor: North Wales Police
    Offence: Application for a closure order, premises at
             Flat 2, 14 Station Road, Betws-y-Coed
             (Anti-social Behaviour, Crime and Policing Act 2014, s.80)
    Hearing: Closure order hearing (interim order served 13/03/2026)

------------------------------------------------------------------------

========================================================================
COURTROOM 3                                   Sitting at 14:00
Bench: Lay justices (2)        Legal adviser: Mr P. Davies
========================================================================

 9  PARRY, Elin Haf                        Age 29   Deganwy
    Case no. 6300000413311
    Prosecutor: Conwy County Borough Council
    Offence: Failing to comply with a community protection notice
             (Anti-social Behaviour, Crime and Policing Act 2014, s.48)
    Hearing: First hearing

10  HUGHES, Michael Thomas                 Age 41   Old Colwyn
    Case no. 6300000412890
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Breach of a non-molestation order
             (Family Law Act 1996, s.42A)
    Hearing: Sentence                               Bail: Conditional

11  DAVIES, Sian                           Age 35   Llanrwst
    Case no. 6300000408877
    Prosecutor: Driver and Vehicle Licensing Agency
    Offence: Keeping an unlicensed vehicle (Vehicle Excise and
             Registration Act 1994, s.29)
    Hearing: Proof in absence

------------------------------------------------------------------------

SINGLE JUSTICE PROCEDURE CASES / ACHOSION Y WEITHDREFN UN YNAD
Dealt with on the papers by a single magistrate. Not heard in open
court. Results are published on the Single Justice Procedure list.

   Prosecutor                       Cases
   North Wales Police                  38   (speeding, no insurance,
                                             red light offences)
   TV Licensing                        12
   Driver and Vehicle Licensing Agency  9
   Transport for Wales Rail             4   (fare evasion)

------------------------------------------------------------------------

ABBREVIATIONS
   CPS   Crown Prosecution Service
   SJP   Single Justice Procedure
   DJ    District Judge (Magistrates' Courts)

Witness Service (Citizens Advice): ground floor, room G4.
Court enquiries: 01632 960 800  /  enquiries@example.org
Courtroom 1 has a hearing loop. Ask an usher if you need help.

*** END OF LIST / DIWEDD Y RHESTR ***
"""



# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "the-fellside-bakehouse-kendal-our-story.html": lambda: BAKERY_HTML,
    "nithsdale-leisure-craigbank-pool-dumfries-swimming-timetable.html": _pool_html,
    "kingsmead-general-hospital-emergency-department-what-to-expect.html": lambda: AE_HTML,
    "readme-working-with-me-priya-community-safety-manager-swindon.md": lambda: README_MD,
    "llandudno-magistrates-court-list-tuesday-17-march-2026.txt": lambda: COURT_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    share_offer(out)
    pantomime_programme(out)
    youth_zine(out)
    end_of_grant_report(out)
    pupil_premium_statement(out)
    draft_will(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
