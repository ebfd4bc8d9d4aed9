"""Write the documents of the forty-sixth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout46/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a festival's e-ticket, a wildlife
charity's guide to leaving a gift in a will, a beer festival's programme and beer list, a dog
walker's client registration form and terms, a resident's completed anti-social behaviour incident
diary and a judo club's welcome pack. The HTML, Markdown and plain-text documents (a primary
school website's online safety page for parents, a pub's what's on page, a trades directory's
profile of a trader with reviews, a grant assessor's notes on applications kept as Markdown and an
open letter from community groups in plain text) are kept here as text and written out unchanged;
manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-fifth set's make.py (which took them from the forty-fourth, and it, by way
of the forty-third, from the forty-second).
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


# ================================================================== shared helpers (taken unchanged from the forty-fifth set, which took them from the forty-fourth and it, by way of the forty-third, from the forty-second)

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


# ================================================================== Word helpers (taken unchanged from the forty-fifth set, which took them from the forty-fourth and it, by way of the forty-third, from the forty-second)


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



# ================================================================== 1. A festival's e-ticket (PDF)

ET_GREEN = colors.HexColor("#1F6F5C")
ET_SUN = colors.HexColor("#F2B705")
ET_INK = colors.HexColor("#1E2A2F")
ET_PALE = colors.HexColor("#F3F8F5")
ET_FILE = "tyne-green-fest-2026-e-ticket-order-tgf-48213.pdf"


def _et_code(canvas, x, y, size, seed):
    """A square scan code: three finder squares and modules from a fixed hash (the same every run)."""
    import hashlib

    n = 25
    cell = size / n
    bits = "".join(format(b, "08b") for b in hashlib.sha256(seed.encode("ascii")).digest() * 3)
    canvas.setFillColor(colors.white)
    canvas.rect(x - 2 * cell, y - 2 * cell, size + 4 * cell, size + 4 * cell, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    finder = [(0, 0), (n - 7, 0), (0, n - 7)]

    def in_finder(r, c):
        return any(fr <= r < fr + 8 and fc <= c < fc + 8 for fr, fc in
                   [(0, 0), (n - 8, 0), (0, n - 8)])

    k = 0
    for r in range(n):
        for c in range(n):
            if in_finder(r, c):
                continue
            if bits[k % len(bits)] == "1":
                canvas.rect(x + c * cell, y + size - (r + 1) * cell, cell, cell, stroke=0, fill=1)
            k += 1
    for fr, fc in finder:
        fx, fy = x + fc * cell, y + size - (fr + 7) * cell
        canvas.rect(fx, fy, 7 * cell, 7 * cell, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.rect(fx + cell, fy + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.rect(fx + 2 * cell, fy + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)


def _et_ticket(kind, holder, number, price, note):
    def paint(canvas, width, height):
        canvas.saveState()
        canvas.setFillColor(ET_PALE)
        canvas.setStrokeColor(ET_GREEN)
        canvas.setLineWidth(1.2)
        canvas.roundRect(0, 0, width, height, 8, stroke=1, fill=1)
        main = width * 0.70
        canvas.setFillColor(ET_GREEN)
        canvas.rect(0.6, height - 15 * mm, main - 0.6, 15 * mm - 0.6, stroke=0, fill=1)
        canvas.setFillColor(ET_SUN)
        for i in range(9):
            canvas.circle(10 * mm + i * 3.2 * mm, height - 7.5 * mm, 0.9 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(42 * mm, height - 9.5 * mm, "TYNE GREEN FEST 2026")
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(main - 5 * mm, height - 9 * mm, "E-TICKET")
        canvas.setFillColor(ET_INK)
        canvas.setFont("Helvetica-Bold", 19)
        canvas.drawString(8 * mm, height - 26 * mm, kind)
        canvas.setFont("Helvetica", 9.5)
        lines = ["Saturday 4 July 2026", "Tyne Green, Hexham, Northumberland NE46 9ZZ",
                 "Gates open 11:00 \u00b7 Last entry 19:00 \u00b7 Music ends 22:30"]
        for i, line in enumerate(lines):
            canvas.drawString(8 * mm, height - (33 + i * 5) * mm, line)
        canvas.setStrokeColor(colors.HexColor("#B9CFC6"))
        canvas.setLineWidth(0.5)
        canvas.line(8 * mm, height - 50 * mm, main - 8 * mm, height - 50 * mm)
        labels = [("TICKET HOLDER", holder), ("ORDER", "TGF-48213"), ("PRICE", price)]
        xs = [8 * mm, 62 * mm, 96 * mm]
        for (label, value), x in zip(labels, xs):
            canvas.setFont("Helvetica", 6.5)
            canvas.setFillColor(colors.HexColor("#5E6B66"))
            canvas.drawString(x, height - 55 * mm, label)
            canvas.setFont("Helvetica-Bold", 9.5)
            canvas.setFillColor(ET_INK)
            canvas.drawString(x, height - 60 * mm, value)
        canvas.setFont("Helvetica-Oblique", 7.5)
        canvas.setFillColor(colors.HexColor("#5E6B66"))
        canvas.drawString(8 * mm, 3.5 * mm, note)
        canvas.setStrokeColor(ET_GREEN)
        canvas.setDash(2, 2)
        canvas.line(main, 3 * mm, main, height - 3 * mm)
        canvas.setDash()
        canvas.setFillColor(colors.white)
        canvas.circle(main, 0, 3 * mm, stroke=0, fill=1)
        canvas.circle(main, height, 3 * mm, stroke=0, fill=1)
        stub = width - main
        code = 32 * mm
        _et_code(canvas, main + (stub - code) / 2, height - 44 * mm, code, number)
        canvas.setFillColor(ET_INK)
        canvas.setFont("Courier-Bold", 8)
        canvas.drawCentredString(main + stub / 2, height - 50 * mm, number)
        canvas.setFont("Helvetica", 7)
        canvas.drawCentredString(main + stub / 2, height - 55 * mm, "Scan at any gate")
        canvas.drawCentredString(main + stub / 2, height - 59 * mm, "Wristband swap at entry")
        canvas.restoreState()
    return paint


def _et_map(canvas, width, height):
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#E4F0E1"))
    canvas.setStrokeColor(colors.HexColor("#9DB8A6"))
    canvas.rect(0, 0, width, height, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#A9D3E8"))
    path = canvas.beginPath()
    path.moveTo(0, height * 0.80)
    path.curveTo(width * 0.3, height * 0.95, width * 0.6, height * 0.72, width, height * 0.86)
    path.lineTo(width, height)
    path.lineTo(0, height)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#3C6E8F"))
    canvas.setFont("Helvetica-Oblique", 7)
    canvas.drawString(width * 0.42, height * 0.91, "River Tyne")

    def block(x, y, w, h, fill, label, text_colour=colors.white):
        canvas.setFillColor(fill)
        canvas.roundRect(x, y, w, h, 3, stroke=0, fill=1)
        canvas.setFillColor(text_colour)
        canvas.setFont("Helvetica-Bold", 6.5)
        canvas.drawCentredString(x + w / 2, y + h / 2 - 2, label)

    block(width * 0.05, height * 0.50, width * 0.30, height * 0.18, ET_GREEN, "MAIN STAGE")
    block(width * 0.62, height * 0.52, width * 0.30, height * 0.14, colors.HexColor("#7A4E9E"), "RIVERSIDE TENT")
    block(width * 0.40, height * 0.30, width * 0.18, height * 0.12, ET_SUN, "BARS", ET_INK)
    block(width * 0.06, height * 0.20, width * 0.20, height * 0.11, colors.HexColor("#C0392B"), "FIRST AID")
    block(width * 0.28, height * 0.20, width * 0.10, height * 0.11, colors.HexColor("#2E86C1"), "HAVEN")
    block(width * 0.64, height * 0.28, width * 0.24, height * 0.12, colors.HexColor("#D35400"), "FOOD COURT")
    block(width * 0.70, height * 0.12, width * 0.14, height * 0.08, colors.HexColor("#7F8C8D"), "WC")
    block(width * 0.40, height * 0.10, width * 0.14, height * 0.08, colors.HexColor("#7F8C8D"), "WC")
    canvas.setFillColor(ET_INK)
    canvas.setFont("Helvetica-Bold", 6.5)
    canvas.drawString(3 * mm, 3 * mm, "\u25b2 MAIN GATE (from Hexham station)")
    canvas.drawRightString(width - 3 * mm, 3 * mm, "ACCESSIBLE GATE \u25b2")
    canvas.restoreState()


def _et_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(ET_INK)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(15 * mm, height - 11 * mm, "Tyne Green Fest")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 15 * mm, height - 11 * mm,
                           "Your tickets \u00b7 Order TGF-48213 \u00b7 Page %d of 2" % page)
    canvas.setStrokeColor(ET_SUN)
    canvas.setLineWidth(2)
    canvas.line(15 * mm, height - 14 * mm, width - 15 * mm, height - 14 * mm)
    canvas.setFillColor(colors.HexColor("#5E6B66"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(15 * mm, 9 * mm, "Tyne Green Fest Ltd, Unit 4, Tanners Yard, Hexham NE46 8ZZ. Registered in "
                      "England and Wales no. 12840337.")
    canvas.drawRightString(width - 15 * mm, 9 * mm, "Issued 12 March 2026 09:41")
    canvas.restoreState()


def festival_ticket(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / ET_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=19 * mm, bottomMargin=15 * mm, title="Tyne Green Fest 2026 \u2013 your tickets",
                          author="Tyne Green Fest", subject="Order TGF-48213", creator="Tyne Green Fest box office",
                          invariant=1)
    wide = width - 2 * margin
    frame = Frame(margin, 14 * mm, wide, height - 33 * mm, id="one", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_et_page)])
    h1 = _style("h1", "Helvetica-Bold", 14, leading=17, color=ET_GREEN, before=2, after=4)
    h2 = _style("h2", "Helvetica-Bold", 9.5, leading=12, color=ET_GREEN, before=5, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.2, leading=10.8, after=3)
    bullet = _style("bl", "Helvetica", 8.2, leading=10.8, after=1.5, left=8, first=-8)
    cell = _style("c", "Helvetica", 8, leading=10)
    head = _style("hc", "Helvetica-Bold", 8, leading=10, color=colors.white)
    small = _style("sm", "Helvetica", 6.6, leading=8.2, after=2, left=7, first=-7)
    boxh = _style("bh", "Helvetica-Bold", 10, leading=12.5, color=colors.white, after=3)
    boxb = _style("bb", "Helvetica", 8.2, leading=10.9, after=4)
    boxb_bold = _style("bbh", "Helvetica-Bold", 8.6, leading=11, color=colors.HexColor("#1B4F72"), after=1.5)
    advert = _style("ad", "Helvetica", 7.4, leading=9.4, align=1)

    col = (wide - 8 * mm) / 2

    def two(left, right):
        table = Table([[left, right]], colWidths=[col + 8 * mm, col])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def bl(text):
        return Paragraph("\u2022 " + text, bullet)

    order = _grid([
        ["Ticket", "Holder", "Qty", "Price", "Booking fee", "Total"],
        ["Adult day ticket", "Rachel Dodds", "1", "\u00a338.00", "\u00a33.50", "\u00a341.50"],
        ["Child day ticket (5\u201315)", "Isla Dodds", "1", "\u00a312.00", "\u00a31.20", "\u00a313.20"],
        ["", "", "", "", "<b>Order total</b>", "<b>\u00a354.70</b>"],
    ], [wide * 0.25, wide * 0.2, wide * 0.08, wide * 0.14, wide * 0.17, wide * 0.16], cell, head, ET_GREEN,
        zebra=ET_PALE)

    left = [
        Paragraph("Getting here", h2),
        Paragraph("Tyne Green is a 15-minute walk from Hexham station along the riverside path; follow the "
                  "yellow signs. Free shuttle buses run from Hexham bus station every 20 minutes from 10:30 and "
                  "back until 23:30.", body),
        bl("There is no public parking on site. Blue Badge parking must be booked by 26 June."),
        bl("Bike racks are at the main gate, by the rugby club. Bring a lock."),
        bl("Taxis drop off and pick up on Tyne Green Road only."),
        Paragraph("Gates and times", h2),
        _grid([["Gates open", "11:00"], ["Last entry", "19:00"], ["Main stage first act", "12:00"],
               ["Bars close", "22:00"], ["Music ends", "22:30"], ["Site clear", "23:15"]],
              [col * 0.6, col * 0.4], cell, zebra=ET_PALE),
        Paragraph("Age policy", h2),
        Paragraph("Under-16s must be with an adult aged 18 or over, no more than four children to one adult. "
                  "Under-5s go free but still need a ticket from the box office. We operate Challenge 25 at every "
                  "bar: bring photo ID.", body),
        Paragraph("Accessibility", h2),
        Paragraph("There is a raised viewing platform by the main stage, accessible toilets at both toilet "
                  "blocks and a quiet area by the Riverside Tent. Every main stage set from 15:00 is interpreted "
                  "in BSL. Free carer tickets: email access@example.org with your booking reference.", body),
    ]
    right = [
        Paragraph("Bags and searches", h2),
        Paragraph("Bags no bigger than A4, please; there is no cloakroom. Everyone is searched at the gate by our "
                  "security team, and Northumbria Police officers will be on site during the day. Anyone found "
                  "with drugs or weapons will be refused entry and may be handed to the police.", body),
        Paragraph("Please don\u2019t bring", h2),
        bl("Glass, cans or your own alcohol"),
        bl("Gazebos, tents or chairs taller than 1m"),
        bl("Disposable barbecues, fireworks or flares"),
        bl("Nitrous oxide, legal highs or any drugs"),
        bl("Drones, professional cameras or laser pens"),
        bl("Dogs, except assistance dogs"),
        Paragraph("Cashless site", h2),
        Paragraph("All bars and food stalls take card and phone payments only. Top up your wristband in the app "
                  "before you come and get any unspent credit back until 31 July.", body),
        Paragraph("Children", h2),
        Paragraph("Every child gets a wristband at the gate: write your mobile number on the back. If you lose "
                  "each other, go to the nearest steward or the Haven (see the map overleaf).", body),
        Paragraph("Weather", h2),
        Paragraph("It\u2019s a riverside field. Bring sun cream, a waterproof and sensible shoes. Free water "
                  "refill points are by the bars and the food court.", body),
    ]

    haven = Table([[Paragraph("Looking after each other", boxh)], [[
        Paragraph("The Haven", boxb_bold),
        Paragraph("The Haven is the welfare tent run by Hexham Street Angels, a local charity, beside the "
                  "first aid point. Its volunteers are there from gates to close with water, sun cream, phone "
                  "chargers, foil blankets and a listening ear, and they walk anyone who needs it to the shuttle "
                  "or a taxi. Last year 26 volunteers looked after 214 people, from lost friends and too much "
                  "sun to too much cider, and reunited 31 children with their grown-ups.", boxb),
        Paragraph("Drink Check", boxb_bold),
        Paragraph("Drink Check is run by Northumbria Police\u2019s Tynedale neighbourhood team with the "
                  "force\u2019s licensing officers. If you think your drink has been spiked, go to the Haven: "
                  "officers there will test it on the spot with a testing kit and take a report, and they patrol "
                  "the bars with our stewards. They started it at our festival in 2024 and have since taken it to "
                  "race days, shows and nights out across Northumberland: 96 drinks tested at 11 events, four "
                  "arrests, and in our survey eight in ten festival-goers said knowing it was there made them "
                  "feel safer.", boxb),
        Paragraph("Lost or found something? Lost property is at the Haven until 23:00, then email "
                  "lost@example.org. In an emergency, tell any steward or ring 999.", boxb),
    ]]], colWidths=[col])
    haven.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#2E86C1")),
                               ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#EAF2F8")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E86C1")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    terms = [Paragraph("Ticket terms (short version)", h2)] + [Paragraph("%d. %s" % (i, t), small) for i, t in
                                                                enumerate([
        "This ticket is issued by Tyne Green Fest Ltd and admits one person on Saturday 4 July 2026 only. "
        "It is valid only with its barcode; the first scan wins, so don\u2019t share it online.",
        "Tickets may be resold only through our official fan-to-fan exchange at face value. Tickets bought "
        "anywhere else may be cancelled without a refund.",
        "Entry and re-entry are at the organiser\u2019s discretion. There is no re-entry after 19:00.",
        "You agree to be searched as a condition of entry. Refusal means no entry and no refund.",
        "Line-ups and times can change. Refunds are given only if the whole event is cancelled; the booking "
        "fee is not refundable.",
        "If severe weather or an emergency stops the event after 17:00, it counts as having taken place.",
        "The event will be filmed and photographed; by coming you agree you may appear in our films and "
        "photographs.",
        "Nothing in these terms affects your statutory rights. Full terms: tynegreenfest.example/terms.",
    ], start=1)]

    adverts = Table([[
        Paragraph("<b>The Abbey Gate Guest House</b><br/>Two minutes from the shuttle. 10% off festival "
                  "weekend with code TGF26.<br/>01632 960 481", advert),
        Paragraph("<b>Tynedale Cabs</b><br/>Pre-book your ride home from the Tyne Green Road rank.<br/>"
                  "01632 960 482", advert),
        Paragraph("<b>Get the app</b><br/>Stage times, maps and your wristband top-ups, all in one "
                  "place. Search \u2018Tyne Green Fest\u2019.", advert),
    ]], colWidths=[wide / 3] * 3)
    adverts.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.6, colors.HexColor("#BBBBBB")),
                                 ("BOX", (1, 0), (1, 0), 0.6, colors.HexColor("#BBBBBB")),
                                 ("BOX", (2, 0), (2, 0), 0.6, ET_SUN),
                                 ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#FFF8E1")),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))

    story = [
        _Drawing(wide, 72 * mm, _et_ticket("ADULT DAY TICKET", "RACHEL DODDS", "TGF26-0048213-01",
                                           "\u00a338.00 + \u00a33.50 fee",
                                           "Print this page or show it on your phone. One scan per ticket.")),
        Spacer(1, 5 * mm),
        Paragraph("Your order", h1),
        order,
        Paragraph("Paid by Visa ending 4417 on 12 March 2026. Keep this email: it is your proof of purchase.",
                  _style("pd", "Helvetica", 7.4, leading=9.4, color=colors.HexColor("#5E6B66"), before=3)),
        Spacer(1, 3 * mm),
        Paragraph("Know before you go", h1),
        two(left, right),
        PageBreak(),
        _Drawing(wide, 72 * mm, _et_ticket("CHILD DAY TICKET (5\u201315)", "ISLA DODDS", "TGF26-0048213-02",
                                           "\u00a312.00 + \u00a31.20 fee",
                                           "Must be with an adult aged 18 or over. One scan per ticket.")),
        Spacer(1, 5 * mm),
        two([Paragraph("Site map", h1), _Drawing(col, 78 * mm, _et_map), Spacer(1, 4 * mm)] + terms,
            [haven]),
        Spacer(1, 5 * mm),
        adverts,
    ]
    doc.build(story)


# ================================================================== 2. A wildlife charity's guide to leaving a gift in a will (PDF, A5)

GW_GREEN = colors.HexColor("#2D4A3E")
GW_OCHRE = colors.HexColor("#C98B2B")
GW_CREAM = colors.HexColor("#F7F3EA")
GW_LEAF = colors.HexColor("#E3EBDD")
GW_FILE = "marches-wildlife-hospital-a-gift-for-the-wild-leaving-a-gift-in-your-will.pdf"


def _gw_owl(canvas, cx, cy, s):
    """A tawny owl on a branch, drawn with circles and curves."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#5B3A1E"))
    canvas.setLineWidth(4 * s)
    canvas.line(cx - 60 * s, cy - 62 * s, cx + 70 * s, cy - 56 * s)
    canvas.setFillColor(colors.HexColor("#8A5A32"))
    canvas.ellipse(cx - 38 * s, cy - 60 * s, cx + 38 * s, cy + 40 * s, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#C79A6B"))
    canvas.ellipse(cx - 24 * s, cy - 55 * s, cx + 24 * s, cy + 10 * s, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#8A5A32"))
    canvas.setLineWidth(1.2 * s)
    for row in range(4):
        for i in range(3):
            x = cx - 12 * s + i * 12 * s
            y = cy - 44 * s + row * 12 * s
            canvas.line(x - 3 * s, y + 3 * s, x, y)
            canvas.line(x, y, x + 3 * s, y + 3 * s)
    canvas.setFillColor(colors.HexColor("#8A5A32"))
    canvas.circle(cx, cy + 40 * s, 34 * s, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#E9D3B4"))
    canvas.circle(cx - 14 * s, cy + 42 * s, 14 * s, stroke=0, fill=1)
    canvas.circle(cx + 14 * s, cy + 42 * s, 14 * s, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#1B1B1B"))
    canvas.circle(cx - 14 * s, cy + 42 * s, 6.5 * s, stroke=0, fill=1)
    canvas.circle(cx + 14 * s, cy + 42 * s, 6.5 * s, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.circle(cx - 12 * s, cy + 44 * s, 1.8 * s, stroke=0, fill=1)
    canvas.circle(cx + 16 * s, cy + 44 * s, 1.8 * s, stroke=0, fill=1)
    canvas.setFillColor(GW_OCHRE)
    path = canvas.beginPath()
    path.moveTo(cx - 4 * s, cy + 34 * s)
    path.lineTo(cx + 4 * s, cy + 34 * s)
    path.lineTo(cx, cy + 24 * s)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#3E2A17"))
    for dx in (-10, -4, 4, 10):
        canvas.circle(cx + dx * s, cy - 60 * s, 2.4 * s, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#6F8F4E"))
    for lx, ly in ((-50, -58), (-42, -66), (55, -52), (63, -60)):
        canvas.ellipse(cx + (lx - 6) * s, cy + (ly - 3) * s, cx + (lx + 6) * s, cy + (ly + 3) * s, stroke=0, fill=1)
    canvas.restoreState()


def _gw_cover(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(GW_CREAM)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(GW_GREEN)
    canvas.rect(0, height - 38 * mm, width, 38 * mm, stroke=0, fill=1)
    canvas.setFillColor(GW_OCHRE)
    canvas.rect(0, height - 40 * mm, width, 2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(14 * mm, height - 14 * mm, "MARCHES WILDLIFE HOSPITAL")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(14 * mm, height - 19 * mm, "Caring for injured and orphaned wildlife in Shropshire and Herefordshire")
    canvas.setFont("Times-Italic", 27)
    canvas.drawString(14 * mm, height - 32 * mm, "A gift for the wild")
    _gw_owl(canvas, width / 2, height / 2 - 2 * mm, 0.95)
    canvas.setFillColor(GW_GREEN)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawCentredString(width / 2, 48 * mm, "Leaving a gift in your will")
    canvas.setFont("Helvetica", 9.5)
    canvas.drawCentredString(width / 2, 42 * mm, "A guide for our supporters and their families")
    canvas.setFillColor(GW_GREEN)
    canvas.rect(0, 0, width, 22 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawCentredString(width / 2, 13 * mm, "Lower House Farm, Clun Road, Aston on Clun SY7 9ZZ \u00b7 01632 960 615")
    canvas.drawCentredString(width / 2, 8.5 * mm, "Registered charity no. 1162758 \u00b7 marcheswildlife.example")
    canvas.restoreState()


def _gw_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(GW_OCHRE)
    canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(GW_GREEN)
    canvas.setLineWidth(0.5)
    canvas.line(14 * mm, 12 * mm, width - 14 * mm, 12 * mm)
    canvas.setFillColor(GW_GREEN)
    canvas.setFont("Helvetica", 7)
    if page % 2 == 0:
        canvas.drawString(14 * mm, 8 * mm, str(page))
        canvas.drawRightString(width - 14 * mm, 8 * mm, "A gift for the wild")
    else:
        canvas.drawString(14 * mm, 8 * mm, "Marches Wildlife Hospital")
        canvas.drawRightString(width - 14 * mm, 8 * mm, str(page))
    canvas.restoreState()


def _gw_hedgehog(canvas, width, height):
    canvas.saveState()
    cx, cy = width / 2, height / 2 - 2
    canvas.setFillColor(colors.HexColor("#6B4B2E"))
    canvas.ellipse(cx - 26, cy - 12, cx + 20, cy + 16, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#4A3320"))
    canvas.setLineWidth(1)
    for i in range(14):
        x = cx - 22 + i * 3
        canvas.line(x, cy + 10, x - 3, cy + 19)
    canvas.setFillColor(colors.HexColor("#D9B98F"))
    canvas.ellipse(cx + 10, cy - 10, cx + 34, cy + 4, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.circle(cx + 34, cy - 4, 2, stroke=0, fill=1)
    canvas.circle(cx + 24, cy - 1, 1.3, stroke=0, fill=1)
    canvas.restoreState()


def gift_in_will_guide(out: Path) -> None:
    width, height = A5
    margin = 14 * mm
    doc = BaseDocTemplate(str(out / GW_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=16 * mm, title="A gift for the wild",
                          author="Marches Wildlife Hospital", subject="Leaving a gift in your will",
                          creator="Marches Wildlife Hospital", invariant=1)
    wide = width - 2 * margin
    frame = Frame(margin, 15 * mm, wide, height - 28 * mm, id="one", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    cover = Frame(margin, 15 * mm, wide, height - 28 * mm, id="cover")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_gw_cover),
                          PageTemplate("page", [frame], onPage=_gw_page)])
    h1 = _style("h1", "Times-Roman", 19, leading=22, color=GW_GREEN, after=6)
    h2 = _style("h2", "Helvetica-Bold", 10.5, leading=13, color=GW_GREEN, before=6, after=3)
    h2.keepWithNext = 1
    kicker = _style("k", "Helvetica-Bold", 7.5, leading=9, color=GW_OCHRE, after=1)
    kicker.keepWithNext = 1
    body = _style("b", "Helvetica", 8.8, leading=12.2, after=5)
    letter = _style("l", "Times-Roman", 10.2, leading=14, after=6)
    sign = _style("sg", "Times-Italic", 12, leading=14, color=GW_GREEN, after=0)
    quote = _style("q", "Times-Italic", 11.5, leading=15, color=GW_GREEN, align=1, after=3)
    quoted = _style("qd", "Helvetica", 7.5, leading=9.5, align=1, color=colors.HexColor("#555555"), after=2)
    cell = _style("c", "Helvetica", 8, leading=10.2)
    boxh = _style("bh", "Helvetica-Bold", 9, leading=11, color=GW_GREEN, after=2)
    boxb = _style("bb", "Helvetica", 8.2, leading=10.8, after=2)
    wording = _style("w", "Times-Italic", 9.5, leading=12.5, after=2)
    form = _style("f", "Helvetica", 8.2, leading=11, after=2)
    faqq = _style("fq", "Helvetica-Bold", 8.8, leading=11.5, color=GW_GREEN, after=1, before=4)
    faqq.keepWithNext = 1

    def story(label, heading, paragraphs, extra=None):
        items = [Paragraph(label, kicker), Paragraph(heading, h2)] + [Paragraph(p, body) for p in paragraphs]
        if extra:
            items += extra
        return items

    inside = _panel([Paragraph("Inside this guide", boxh)] +
                    [Paragraph(t, _style("in", "Helvetica", 8.2, leading=11.4, after=0)) for t in [
                        "What gifts in wills have done \u2026 3",
                        "Ways to leave a gift \u2026 5",
                        "Questions people ask us \u2026 6",
                        "Let us know \u2026 6"]], wide, fill=GW_LEAF, pad=8)

    ways = Table([[
        [Paragraph("A share of what\u2019s left", boxh),
         Paragraph("A <b>residuary gift</b> is a share of your estate, or all of it, once your family and "
                   "friends have been looked after. It keeps its value as prices rise.", boxb)],
        [Paragraph("A fixed sum", boxh),
         Paragraph("A <b>pecuniary gift</b> is a set amount of money. Inflation can make it worth less "
                   "over the years, so you may want to review it.", boxb)],
        [Paragraph("Something you own", boxh),
         Paragraph("A <b>specific gift</b> is an item such as a house, shares or a painting. Please "
                   "talk to us first so that we can make sure we can accept it.", boxb)],
    ]], colWidths=[wide / 3] * 3)
    ways.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), GW_CREAM),
                              ("LINEBEFORE", (1, 0), (2, 0), 2, colors.white),
                              ("LINEABOVE", (0, 0), (-1, 0), 2.5, GW_OCHRE),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))

    wording_box = _panel([
        Paragraph("Wording for your solicitor", boxh),
        Paragraph("\u201cI give [the residue of my estate / __ per cent of the residue of my estate / the sum "
                  "of \u00a3____] to Marches Wildlife Hospital, registered charity no. 1162758, of Lower House Farm, "
                  "Clun Road, Aston on Clun SY7 9ZZ, for its general charitable purposes, and I declare that the "
                  "receipt of its treasurer or other proper officer shall be a full discharge to my "
                  "executors.\u201d", wording),
    ], wide, fill=colors.white, border=GW_OCHRE, pad=8, bar=GW_OCHRE)

    def box_line(label):
        return [Paragraph(label, form), ""]

    def tick_box(canvas, w, h):
        canvas.saveState()
        canvas.setStrokeColor(GW_GREEN)
        canvas.setFillColor(colors.white)
        canvas.rect(0, 1, 8, 8, stroke=1, fill=1)
        canvas.restoreState()

    def tick_row(text):
        row = Table([[_Drawing(12, 10, tick_box), Paragraph(text, form)]], colWidths=[14, wide - 26])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [row, ""]

    reply = Table([
        [Paragraph("<b>Let us know</b> \u2013 cut off and post to Rachel at the address on the front of this "
                   "guide, or ring or email her. Tick any that apply:", form), ""],
        tick_row("I have already left a gift to the hospital in my will"),
        tick_row("I am thinking about it and would like a chat"),
        tick_row("Please send me details of the free will-writing offer"),
        box_line("Name"), box_line("Address"), box_line(""), box_line("Postcode"), box_line("Phone or email"),
    ], colWidths=[wide * 0.32, wide * 0.68])
    commands = [("BOX", (0, 0), (-1, -1), 0.8, GW_GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), GW_LEAF)]
    for r in range(4):
        commands.append(("SPAN", (0, r), (1, r)))
    for r in range(4, 9):
        commands.append(("LINEBELOW", (1, r), (1, r), 0.5, colors.HexColor("#777777")))
        commands.append(("BACKGROUND", (1, r), (1, r), colors.white))
    reply.setStyle(TableStyle(commands))

    def cut_line(canvas, w, h):
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#777777"))
        canvas.setDash(3, 2)
        canvas.line(0, h / 2, w, h / 2)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.setFont("Helvetica", 6)
        canvas.drawRightString(w, h / 2 + 2, "cut here")
        canvas.restoreState()

    story_items = [
        Spacer(1, 1), NextPageTemplate("page"), PageBreak(),
        Paragraph("A message from our founder", h1),
        Paragraph("Dear friend,", letter),
        Paragraph("In the spring of 1998 someone knocked on my door with a shoebox. Inside was a hedgehog that "
                  "had been caught in a strimmer, and my garage became a wildlife hospital that night. Today we "
                  "care for more than 4,000 animals a year, from fox cubs to swifts, with a team of vets, nurses "
                  "and nearly two hundred volunteers, and we still answer the door to shoeboxes.", letter),
        Paragraph("We have never had a penny from the government. Almost everything we do is paid for by people "
                  "like you, and more than a third of it by people who remembered us in their wills. Those gifts "
                  "built our wards, our aviaries and our post-mortem room, and they keep the lights on through "
                  "the long nights of the baby season.", letter),
        Paragraph("I know that making a will is about your family first. But if, once they are looked after, "
                  "you would like to leave something for the wild creatures you love, this little guide tells "
                  "you how, and what your gift could do. Please take your time, and do ring Rachel, our "
                  "gifts in wills officer, if you have any questions at all.", letter),
        Paragraph("With thanks and warm wishes,", letter),
        Paragraph("Si\u00e2n Pritchard", sign),
        Paragraph("Founder and lead veterinary surgeon", _style("sr", "Helvetica", 7.8, leading=10, after=10)),
        inside,
        PageBreak(),
        Paragraph("What gifts in wills have done", h1),
        Paragraph("Every gift we receive is spent carefully and we thank every family. Here are three things "
                  "that could not have happened without them.", body),
        *story("BUILT BY A GIFT", "A place to learn to fly again", [
            "The raptor flight aviary opened in 2021, paid for by a gift in the will of Margaret Beddoes, a "
            "retired teacher from Bishop\u2019s Castle who had brought us an injured barn owl in 1999. At forty "
            "metres long, it is the only aviary in the Marches where a buzzard, a red kite or a barn owl can fly "
            "far enough to build back the muscle it needs to hunt.",
            "Before it was built, fewer than half of the birds of prey we treated could go back to the wild. "
            "Since it opened our team has exercised and released 312 of them, and the release rate has risen to "
            "68 in every hundred."]),
        Spacer(1, 3 * mm),
        _panel([Paragraph("\u201cMum would have loved knowing the owls fly there. She talked about that barn owl "
                          "until the day she died.\u201d", quote),
                Paragraph("Jenny, Margaret\u2019s daughter", quoted)], wide, fill=GW_CREAM, pad=8),
        Spacer(1, 4 * mm),
        Paragraph("Our year in numbers (April 2024 to March 2025)", h2),
        _grid([["Animals admitted", "4,112"], ["Different species", "131"],
               ["Animals released back to the wild", "2,650"], ["Calls to our advice line", "11,800"],
               ["Volunteers", "196"], ["Cost of running the hospital for a day", "\u00a32,340"]],
              [wide * 0.72, wide * 0.28], cell, zebra=GW_CREAM, line=colors.HexColor("#C8C0AE")),
        Paragraph("Around 36p in every pound we spent last year came from gifts in wills.",
                  _style("yr", "Helvetica-Oblique", 7.8, leading=10, before=3, color=colors.HexColor("#555555"))),
        PageBreak(),
        *story("WORKING TOGETHER", "Standing up for birds of prey", [
            "Operation Greyling brings together West Mercia Police\u2019s rural crime team and our vets to tackle "
            "the shooting, trapping and poisoning of birds of prey in Shropshire and Herefordshire. Since 2022, "
            "whenever a bird is found dead or injured in suspicious circumstances, officers bring it straight to "
            "us. Our vets x-ray it for shot, take samples for poison tests and write the reports that officers "
            "need for court, and officers and our staff visit estates together to talk to gamekeepers and "
            "landowners.",
            "In three years 58 birds have been examined, shooting or poisoning has been proved in 11 cases and "
            "three people have been convicted. The force says reports of persecuted birds in the two counties "
            "have fallen from 19 in 2022 to 7 last year. The post-mortem room where this work is done was paid "
            "for by a gift in a will."]),
        Spacer(1, 2 * mm),
        _Drawing(wide, 14 * mm, _gw_hedgehog),
        *story("FOR THE NEXT GENERATION", "A hedgehog in every classroom", [
            "Wild Classroom takes our education officer, and usually a hedgehog called Bramble, into primary "
            "schools across the Marches. Paid for by two gifts in wills, it began in 2023. Since then she has "
            "visited 142 schools and taught 9,300 children how to help wildlife where they live, and families "
            "have cut 610 \u2018hedgehog highways\u2019 through their garden fences, which we map with the "
            "county\u2019s wildlife records centre."]),
        PageBreak(),
        Paragraph("Ways to leave a gift", h1),
        Paragraph("There are three main kinds of gift. Whichever you choose, we recommend that you use a "
                  "solicitor or a will writer who belongs to a professional body.", body),
        ways,
        Spacer(1, 3 * mm),
        Paragraph("Inheritance Tax", h2),
        Paragraph("Gifts to charity are free of Inheritance Tax and are taken off the value of your estate "
                  "before the tax is worked out. If you leave 10% or more of your net estate to charity, the rate "
                  "on the rest of it can fall from 40% to 36%. Your solicitor can tell you whether this applies "
                  "to you.", body),
        wording_box,
        Spacer(1, 2 * mm),
        Paragraph("Free will-writing", h2),
        Paragraph("Corve &amp; Teme Solicitors of Ludlow will write or update a simple will free of charge for "
                  "our supporters aged 55 and over. There is no obligation to leave us anything. Ring them on "
                  "01632 960 640 and mention the hospital.", body),
        PageBreak(),
        Paragraph("Questions people ask us", h1),
        Paragraph("Do I have to tell you?", faqq),
        Paragraph("No, but we would love to thank you, and it helps us plan. We will never ask how much.", body),
        Paragraph("Can I change my mind?", faqq),
        Paragraph("Of course. Your will is yours, and you can change it whenever you like with a codicil or a "
                  "new will.", body),
        Paragraph("Can my gift pay for one thing, like the owls?", faqq),
        Paragraph("Yes, but needs change over the years, so we ask that you also let us use it wherever it "
                  "is needed most if that one thing is no longer possible.", body),
        Paragraph("Will you keep writing to me?", faqq),
        Paragraph("Only if you want us to. We follow the Code of Fundraising Practice and never share or sell "
                  "your details.", body),
        Spacer(1, 2 * mm),
        _Drawing(wide, 6 * mm, cut_line),
        reply,
        Spacer(1, 3 * mm),
        Paragraph("Rachel Onions, gifts in wills officer \u00b7 01632 960 615 \u00b7 legacies@example.org", 
                  _style("ct", "Helvetica-Bold", 7.8, leading=10, color=GW_GREEN, align=1)),
        Paragraph("Marches Wildlife Hospital is a registered charity in England and Wales, no. 1162758. We are "
                  "registered with the Fundraising Regulator. This guide is not legal or financial advice.",
                  _style("ft", "Helvetica", 6.8, leading=8.6, align=1, color=colors.HexColor("#555555"),
                         before=3)),
    ]
    doc.build(story_items)


# ================================================================== 3. A beer festival's programme and beer list (PDF)

BF_BROWN = colors.HexColor("#3B2314")
BF_GOLD = colors.HexColor("#D9A21B")
BF_CREAM = colors.HexColor("#FBF5E6")
BF_HOP = colors.HexColor("#5E7F2E")
BF_FILE = "wisbech-beer-and-cider-festival-2026-programme-and-beer-list.pdf"

BF_BEERS = [
    ("BAR 1 \u00b7 FROM THE FENS", [
        ("Leverington Brewhouse", "Leverington", [
            ("Gull\u2019s Rest", "3.8%", "Golden ale. Pale and crisp with a lemony finish."),
            ("Church End Bitter", "4.2%", "Traditional copper bitter, biscuit malt and a gentle hop bite."),
            ("Fen Tiger", "5.2%", "Strong amber ale with orange peel and toffee. *")]),
        ("Outwell Brewing Co.", "Outwell", [
            ("Well Dressed", "4.0%", "Best bitter. Nutty, rounded, a session favourite. (V)"),
            ("Black Gold", "4.6%", "Oatmeal stout. Coffee, dark chocolate, silky body. (V)")]),
        ("Three Fens Brewery", "March", [
            ("Hereward", "4.3%", "Ruby ale with red berries and a dry finish."),
            ("Drainage Board", "3.5%", "Dark mild. Liquorice and roast, very easy drinking. (V)"),
            ("Skater\u2019s Stout", "6.0%", "Export stout brewed in memory of the fen skating races. *")]),
        ("Black Drove Brewery", "Guyhirn", [
            ("Drove Pale", "3.9%", "Pale ale, citrus and pine, hopped with Cascade. (V, GF)"),
            ("Washland", "4.5%", "Amber, malty, slightly smoky. *")]),
        ("Wash Mill Brewery", "Wisbech", [
            ("Brinks Bitter", "3.7%", "Our home-town ordinary bitter. Dry and hoppy. (V)"),
            ("Clarkson\u2019s Porter", "5.0%", "Named for the abolitionist born in the town. Rich and roasty."),
            ("Octavia", "4.1%", "Blonde ale with elderflower. Brewed for the festival. *")]),
    ]),
    ("BAR 2 \u00b7 FURTHER AFIELD", [
        ("Marshland Ales", "Terrington St Clement, Norfolk", [
            ("Samphire", "4.0%", "Seaside pale with a hint of salt. (V)"),
            ("King\u2019s Lynn Landing", "4.8%", "Premium bitter, marmalade and spice.")]),
        ("Tydd Gote Brewery", "Tydd St Giles", [
            ("Gote Gold", "4.4%", "Golden ale, honey and hay, Fuggle hops."),
            ("Outfall", "7.2%", "Old ale, aged in oak for six months. Dried fruit and port. *")]),
        ("Saltmarsh Beer Co.", "Boston, Lincolnshire", [
            ("Stump", "4.2%", "Best bitter named after the church tower. (V)"),
            ("Haven IPA", "5.6%", "Modern IPA with mango, passion fruit and a firm bitterness. (V, GF)")]),
        ("Crowland Abbey Ales", "Crowland, Lincolnshire", [
            ("Trinity", "3.6%", "Light mild. Soft and malty, brewed with a nod to the three-way bridge."),
            ("Guthlac", "5.5%", "Belgian-style blonde, fruity and dangerously drinkable.")]),
        ("Upwell Tap", "Upwell, Norfolk", [
            ("Well Hopped", "4.7%", "West Coast pale. Grapefruit, resin, bone dry. (V)"),
            ("Barley Wine No. 9", "9.0%", "Festival special served in thirds only. *")]),
    ]),
]

BF_CIDERS = [
    ["Maker", "Cider or perry", "ABV", "Style"],
    ["Emneth Orchards, Emneth", "Bramley Bite", "5.5%", "Dry"],
    ["Emneth Orchards, Emneth", "Fenland Perry", "6.0%", "Medium"],
    ["Walsoken Cider Barn, Walsoken", "Three Apple", "6.5%", "Medium dry"],
    ["Walsoken Cider Barn, Walsoken", "Russet Gold", "5.8%", "Medium sweet"],
    ["Old Wheel Cider, Herefordshire", "Kingston Black", "7.0%", "Dry, single variety"],
    ["Peckover Pressings, Wisbech", "Peckover Pink", "4.5%", "Sweet, with raspberries"],
]


def _bf_mast(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(BF_BROWN)
    canvas.rect(0, height - 58 * mm, width, 58 * mm, stroke=0, fill=1)
    canvas.setFillColor(BF_GOLD)
    canvas.rect(0, height - 60 * mm, width, 2 * mm, stroke=0, fill=1)
    # a drawn pint glass with a head
    x, y = width - 52 * mm, height - 52 * mm
    canvas.setFillColor(colors.HexColor("#C77D1A"))
    path = canvas.beginPath()
    path.moveTo(x, y)
    path.lineTo(x + 24 * mm, y)
    path.lineTo(x + 28 * mm, y + 36 * mm)
    path.lineTo(x - 4 * mm, y + 36 * mm)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#FFF6DA"))
    canvas.roundRect(x - 5 * mm, y + 33 * mm, 34 * mm, 8 * mm, 4 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#F4C15D"))
    for i, (dx, dy) in enumerate(((6, 8), (14, 14), (9, 22), (18, 26), (12, 30))):
        canvas.circle(x + dx * mm, y + dy * mm, (0.8 + 0.2 * (i % 2)) * mm, stroke=0, fill=1)
    # hop cones
    canvas.setFillColor(BF_HOP)
    for cx in (18 * mm, 26 * mm, 34 * mm):
        canvas.ellipse(cx - 2.6 * mm, height - 53 * mm, cx + 2.6 * mm, height - 45 * mm, stroke=0, fill=1)
    canvas.setFillColor(BF_GOLD)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(15 * mm, height - 14 * mm, "FENLAND REAL ALE SOCIETY PRESENTS THE 19th")
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 30)
    canvas.drawString(15 * mm, height - 27 * mm, "Wisbech Beer")
    canvas.drawString(15 * mm, height - 38 * mm, "& Cider Festival")
    canvas.setFont("Helvetica", 10)
    canvas.setFillColor(BF_GOLD)
    canvas.drawString(42 * mm, height - 48 * mm, "Thursday 21 to Saturday 23 May 2026")
    canvas.setFillColor(colors.white)
    canvas.drawString(42 * mm, height - 53.5 * mm, "The Marketplace Rooms, Wisbech \u00b7 Programme and beer list")
    _bf_foot(canvas, doc)
    canvas.restoreState()


def _bf_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(BF_GOLD)
    canvas.setLineWidth(1)
    canvas.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
    canvas.setFillColor(BF_BROWN)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(15 * mm, 8 * mm, "Wisbech Beer & Cider Festival 2026 \u00b7 Please drink responsibly")
    canvas.drawRightString(width - 15 * mm, 8 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()


def _bf_page(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(BF_BROWN)
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 11)
    canvas.drawString(15 * mm, height - 8 * mm, "Wisbech Beer & Cider Festival")
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(BF_GOLD)
    canvas.drawRightString(width - 15 * mm, height - 8 * mm, "21\u201323 May 2026")
    _bf_foot(canvas, doc)
    canvas.restoreState()


def beer_festival(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    gap = 7 * mm
    doc = BaseDocTemplate(str(out / BF_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=18 * mm, bottomMargin=16 * mm, title="Wisbech Beer & Cider Festival 2026",
                          author="Fenland Real Ale Society", subject="Programme and beer list",
                          creator="Fenland Real Ale Society", invariant=1)
    col = (width - 2 * margin - gap) / 2
    top1 = height - 66 * mm
    first = [Frame(margin, 15 * mm, col, top1 - 15 * mm, id="f1", leftPadding=0, rightPadding=0, topPadding=0),
             Frame(margin + col + gap, 15 * mm, col, top1 - 15 * mm, id="f2", leftPadding=0, rightPadding=0,
                   topPadding=0)]
    top2 = height - 17 * mm
    later = [Frame(margin, 15 * mm, col, top2 - 15 * mm, id="l1", leftPadding=0, rightPadding=0, topPadding=0),
             Frame(margin + col + gap, 15 * mm, col, top2 - 15 * mm, id="l2", leftPadding=0, rightPadding=0,
                   topPadding=0)]
    doc.addPageTemplates([PageTemplate("first", first, onPage=_bf_mast),
                          PageTemplate("later", later, onPage=_bf_page)])
    h1 = _style("h1", "Times-Bold", 16, leading=19, color=BF_BROWN, after=4)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 9.5, leading=12, color=BF_BROWN, before=6, after=2)
    h2.keepWithNext = 1
    bar = _style("bar", "Helvetica-Bold", 9, leading=11, color=colors.white)
    body = _style("b", "Helvetica", 8.5, leading=11.6, after=4)
    brewery = _style("br", "Times-Bold", 10.5, leading=12.5, color=BF_BROWN, before=5, after=1)
    brewery.keepWithNext = 1
    beer = _style("bn", "Helvetica", 8.2, leading=10.2)
    abv = _style("abv", "Helvetica-Bold", 8.2, leading=10.2, align=2, color=BF_BROWN)
    cell = _style("c", "Helvetica", 7.8, leading=9.6)
    head = _style("hc", "Helvetica-Bold", 7.8, leading=9.6, color=colors.white)
    boxh = _style("bh", "Helvetica-Bold", 10, leading=12.5, color=BF_HOP, after=3)
    boxb = _style("bb", "Helvetica", 8.3, leading=11.2, after=4)
    small = _style("sm", "Helvetica", 7.4, leading=9.4, after=2)
    advert = _style("ad", "Helvetica", 7.6, leading=9.6, align=1)

    def bar_band(text):
        table = Table([[Paragraph(text, bar)]], colWidths=[col])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BF_HOP),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def brewery_block(name, place, beers):
        rows = [[Paragraph("<b>%s</b> %s<br/><font color='#555555'>%s</font>" % (b, "", note), beer),
                 Paragraph(strength, abv)] for b, strength, note in beers]
        table = Table(rows, colWidths=[col * 0.84, col * 0.16])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#D8CDB4"))]))
        return KeepTogether([Paragraph("%s <font name='Helvetica' size='7.5' color='#777777'>%s</font>"
                                       % (name, place), brewery), table])

    charity = _panel([
        Paragraph("Our festival charity: Fenland Rivers Rescue", boxh),
        Paragraph("Fenland Rivers Rescue is a team of 34 volunteers who patrol the riverside in Wisbech on "
                  "Friday and Saturday nights from 10pm to 3am, looking out for anyone who may be at risk near the "
                  "Nene: people who have had too much to drink, who are lost or upset, or who are in crisis. They "
                  "carry throw lines and first aid kits and are trained in water rescue. Since the patrols began "
                  "in 2021 they have helped 410 people to safety and pulled six people from the water, and they "
                  "have put in 22 throw-line stations along the quays.", boxb),
        Paragraph("Every penny from the tombola and the glass donation bin goes to them this year. Last "
                  "year\u2019s festival raised \u00a33,150 for Wisbech Young Carers.", boxb),
    ], col, fill=colors.HexColor("#EEF3E4"), border=BF_HOP, pad=8)

    responsibly = _panel([
        Paragraph("Please drink responsibly", _style("rh", "Helvetica-Bold", 9.5, leading=12, color=colors.white,
                                                     after=2)),
        Paragraph("Try thirds: you can taste three beers for the price of one pint. Free water is on every bar. "
                  "Strong beers (6% and over) are served in thirds and halves only.",
                  _style("rb", "Helvetica", 8.2, leading=11, color=colors.white, after=0)),
    ], col, fill=BF_BROWN, pad=8)

    adverts = [
        ("<b>The Hare &amp; Hounds</b><br/>North Brink, Wisbech<br/>Six real ales \u00b7 Quiz Tuesdays<br/>"
         "<i>Society Pub of the Year 2026</i>", colors.HexColor("#FFFFFF")),
        ("<b>Fen Cars</b><br/>Wisbech\u2019s 24-hour taxis<br/>Book your lift home<br/>01632 960 744",
         BF_CREAM),
        ("<b>Wash Mill Brewery</b><br/>Brewery shop open Fri and Sat<br/>Mini-kegs and bottles<br/>"
         "Tours by arrangement", colors.HexColor("#FFFFFF")),
        ("<b>Barn Owl Pies</b><br/>Hand-raised pork pies<br/>Find us by Bar 2<br/>barnowlpies.example",
         BF_CREAM),
    ]
    ad_table = Table([[Paragraph(a[0], advert) for a in adverts[:2]], [Paragraph(a[0], advert)
                                                                      for a in adverts[2:]]],
                     colWidths=[col / 2] * 2)
    ad_table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, BF_BROWN),
                                  ("INNERGRID", (0, 0), (-1, -1), 0.6, BF_BROWN),
                                  ("BACKGROUND", (1, 0), (1, 0), BF_CREAM), ("BACKGROUND", (0, 1), (0, 1), BF_CREAM),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))

    vote = Table([
        [Paragraph("Vote for the beer of the festival", _style("vh", "Helvetica-Bold", 9.5, leading=12,
                                                                  color=BF_BROWN))],
        [Paragraph("Tear off and drop in the box at the token desk before 6pm on Saturday. Last year\u2019s "
                   "winner was Three Fens Brewery\u2019s Drainage Board, with 212 of the 1,046 votes.", small)],
        [Paragraph("My favourite beer: ______________________________________", small)],
        [Paragraph("Brewery: ___________________________________________", small)],
        [Paragraph("Because: ___________________________________________", small)],
    ], colWidths=[col])
    vote.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, BF_BROWN), ("BACKGROUND", (0, 0), (-1, -1), BF_CREAM),
                              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    vote.hAlign = "LEFT"

    story = [
        NextPageTemplate("later"),
        Paragraph("Welcome", h1),
        Paragraph("Welcome to the nineteenth Wisbech Beer &amp; Cider Festival. This year our volunteers have "
                  "gathered 23 real ales from 10 breweries, most of them from within 30 miles of the Market "
                  "Place, plus six ciders and perries and a barley wine that you will want to treat with "
                  "respect. Beers marked * are new to the festival.", body),
        Paragraph("Everyone who pulls your pint, washes your glass or takes your money is a volunteer from the "
                  "Fenland Real Ale Society: 85 of us over the three days. If you enjoy yourself, come and join "
                  "us (see the back page).", body),
        Paragraph("Cheers, <b>Colin Thurlow</b>, festival organiser", body),
        Paragraph("Opening times", h2),
        _grid([["Session", "Times", "Entry"],
               ["Thursday 21 May", "5pm to 11pm", "\u00a34 (members free)"],
               ["Friday 22 May", "12 noon to 11pm", "\u00a35 (members \u00a32)"],
               ["Saturday 23 May", "12 noon to 10pm, or until the beer runs out", "\u00a35 (members \u00a32)"]],
              [col * 0.28, col * 0.44, col * 0.28], cell, head, BF_BROWN, zebra=BF_CREAM),
        Paragraph("How it works", h2),
        Paragraph("Pay a \u00a33 deposit for a festival glass at the door; keep it as a souvenir or hand it back "
                  "on the way out. Buy tokens at the token desk (card or cash) and use them at any bar. Beers "
                  "are served in thirds, halves and pints; prices are on the boards behind each bar.", body),
        Paragraph("Key to the list: (V) suitable for vegans \u00b7 (GF) gluten free \u00b7 * new to the festival",
                  small),
        charity,
        Spacer(1, 4 * mm),
        responsibly,
        Spacer(1, 4 * mm),
        Paragraph("The beers", h1),
    ]
    for label, breweries in BF_BEERS:
        story.append(bar_band(label))
        for name, place, beers in breweries:
            story.append(brewery_block(name, place, beers))
        story.append(Spacer(1, 4 * mm))
    story += [
        Paragraph("Ciders and perries", h1),
        Paragraph("At the cider bar by the stage. All served by the half or the pint.", small),
        _grid(BF_CIDERS, [col * 0.36, col * 0.28, col * 0.12, col * 0.24], cell, head, BF_HOP, zebra=BF_CREAM),
        Paragraph("Food", h2),
        Paragraph("Barn Owl Pies (pork pies, sausage rolls, cheese and onion), Tandoor on Wheels (curries and "
                  "naan), and Norfolk Dumpling Co. (Saturday only). Crisps, nuts and pork scratchings at every "
                  "bar.", body),
        Paragraph("Getting home safely", h1),
        Paragraph("Home Safe Wisbech runs on Friday and Saturday nights from a gazebo on the Market Place, a "
                  "minute from the festival. Cambridgeshire Constabulary\u2019s Wisbech neighbourhood team, Fenland "
                  "District Council\u2019s CCTV staff and taxi marshals from the council\u2019s licensing team work "
                  "there together: the marshals keep the taxi queue moving, officers deal with trouble before it "
                  "starts, and anyone who has lost their friends, their phone or their way home can wait in the "
                  "warm. Since it started in October 2024 it has helped 380 people get home, and recorded "
                  "violence in the town centre between 10pm and 4am has fallen by 23 per cent.", body),
        Paragraph("The last bus to March leaves the Horsefair at 22:40. Fen Cars have a rank outside the "
                  "Marketplace Rooms on Friday and Saturday evenings.", body),
        Paragraph("Festival rules", h2),
        Paragraph("\u2022 Challenge 25: if you look under 25, bring photo ID. No under-18s after 8pm.<br/>"
                  "\u2022 We will not serve anyone who is drunk, and we may ask you to leave.<br/>"
                  "\u2022 No glasses beyond the front door. No dogs except assistance dogs.<br/>"
                  "\u2022 Cambridgeshire Constabulary\u2019s licensing officers may visit during the festival. "
                  "Our stewards have the final say.", body),
        Paragraph("Join the society", h2),
        Paragraph("Fenland Real Ale Society has 410 members who like good beer and good pubs. We run this "
                  "festival, choose our Pub of the Year, visit breweries and meet on the second Wednesday of the "
                  "month. Membership is \u00a312 a year (\u00a38 for under-26s) and gets you free entry on "
                  "Thursday. Forms at the token desk.", body),
        Spacer(1, 2 * mm),
        ad_table,
        Spacer(1, 3 * mm),
        Paragraph("Thanks to our sponsors: Wash Mill Brewery, Fen Cars, Nene Print and the Marketplace Rooms. "
                  "Programme printed by Nene Print, Wisbech. Free: please take one home.", small),
        Spacer(1, 4 * mm),
        vote,
    ]
    doc.build(story)


# ================================================================== 4. A dog walker's client registration form and terms (Word)

DW_FILE = "downs-dog-walks-lewes-client-registration-form-and-terms-2026.docx"


def dog_walker_form(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Verdana", 9)
    _page_setup(document, 1.5, 1.5, 1.8, 1.8)
    _header_footer(document, "Downs Dog Walks", "", "Client registration form 2026",
                   "Downs Dog Walks \u00b7 Claire Ashdown \u00b7 Lewes \u00b7 07700 900 318\t\t", 3, size=7.5)
    green = "3C6E47"

    def heading(text):
        paragraph = _p(document, "", before=10, after=3)
        _runs(paragraph, [(text, True, False)], size=11.5, colour=green)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def form(rows, widths=(5.2, 12.2)):
        table = _docx_table(document, [[label, value] for label, value in rows], widths=list(widths), size=8.5,
                            label_fill="E6F0E8")
        for row in table.rows:
            row.height = Cm(0.75)
        _p(document, "", after=1)
        return table

    def bullet(parts):
        paragraph = _p(document, "", style="List Bullet", after=2)
        _runs(paragraph, parts if isinstance(parts, list) else [(parts, False, False)], size=9)
        return paragraph

    title = _p(document, "", after=0)
    _runs(title, [("Downs Dog Walks", True, False)], size=24, colour=green)
    _p(document, "Happy dogs, muddy paws \u00b7 Lewes, Kingston, Iford and Barcombe", italic=True, size=10,
       colour="6B6B6B", after=8)
    _p(document, "Thank you for choosing Downs Dog Walks. Please fill in this form before your dog\u2019s first "
                 "walk and give it to me at our meet and greet, or email it back to claire@example.org. "
                 "Everything you tell me is kept private and used only to look after your dog.", after=6)

    heading("1. About you")
    form([("Your name(s)", ""), ("Address", ""), ("Postcode", ""), ("Mobile", ""), ("Email", ""),
          ("Emergency contact (not living with you)", "")])

    heading("2. About your dog")
    dogs = _docx_table(document, [
        ["", "Dog 1", "Dog 2"],
        ["Name", "", ""], ["Breed", "", ""], ["Age", "", ""], ["Sex / neutered?", "", ""],
        ["Colour and markings", "", ""], ["Microchip number", "", ""], ["Microchip database", "", ""],
        ["Insurer and policy number", "", ""],
    ], widths=[5.2, 6.1, 6.1], size=8.5, head_fill=green, head_colour="FFFFFF", label_fill="E6F0E8")
    for row in dogs.rows[1:]:
        row.height = Cm(0.7)
    _p(document, "Since April 2016 every dog in England must be microchipped and its details kept up to date. "
                 "Please check yours are current: it is the quickest way to get a lost dog home.", size=8,
       italic=True, after=4)

    heading("3. Health and behaviour")
    behaviour = _docx_table(document, [
        ["", "Yes", "No", "Details"],
        ["Can your dog be let off the lead?", "\u2610", "\u2610", ""],
        ["Is your dog happy with other dogs?", "\u2610", "\u2610", ""],
        ["Is your dog happy with children?", "\u2610", "\u2610", ""],
        ["Does your dog chase sheep, deer, cats or bikes?", "\u2610", "\u2610", ""],
        ["Has your dog ever bitten a person or another dog?", "\u2610", "\u2610", ""],
        ["Any medical conditions, allergies or medication?", "\u2610", "\u2610", ""],
        ["Are vaccinations, flea and worm treatments up to date?", "\u2610", "\u2610", ""],
    ], widths=[8.2, 1.2, 1.2, 6.8], size=8.5, head_fill=green, head_colour="FFFFFF")
    for row in behaviour.rows[1:]:
        for c in (1, 2):
            row.cells[c].paragraphs[0].alignment = 1
    _p(document, "", after=1)

    heading("4. Vet and emergencies")
    form([("Vet practice", ""), ("Vet phone number", "")])
    _p(document, "I authorise Downs Dog Walks to get veterinary treatment for my dog if I cannot be reached, up "
                 "to \u00a3300, and I agree to pay the cost.  Initials: ________", size=8.5, after=4)

    heading("5. Keys and access")
    form([("Key, key safe or someone at home?", ""), ("Key safe code (or tell me in person)", ""),
          ("Alarm? Code and where the panel is", ""), ("Anything I should know about the house", "")])
    _p(document, "Keys are labelled with a code number only, never with your name or address, and kept in a "
                 "locked key safe at my home. I never leave keys in the van.", size=8.5, after=4)

    heading("Services and prices")
    _docx_table(document, [
        ["Service", "Details", "Price"],
        ["Group walk", "Up to one hour, no more than four dogs, collected and dropped home", "\u00a316"],
        ["Solo walk", "Up to one hour, just your dog", "\u00a322"],
        ["Puppy visit", "30 minutes at home: toilet break, play, food", "\u00a312"],
        ["Second dog", "Same household, same walk", "+\u00a38"],
        ["Bank holidays", "Christmas Day, Boxing Day and New Year\u2019s Day are not available", "+50%"],
    ], widths=[3.4, 11.2, 2.8], size=8.5, head_fill=green, head_colour="FFFFFF")
    _p(document, "Invoices are sent on the last Friday of the month and are due within 7 days by bank transfer "
                 "(Downs Dog Walks, sort code 60-00-00, account 41773205).", size=8, after=4)

    heading("Keeping your dog safe")
    bullet([("GPS tags. ", True, False), ("Every dog on a group walk wears a GPS tag so I can find them "
                                         "quickly if they go after a rabbit.", False, False)])
    bullet([("Social media. ", True, False), ("I love sharing photos, but only after we\u2019ve left a place, "
                                            "and never your street, your dog\u2019s name tag or your "
                                            "house.", False, False)])
    bullet([("Never left alone. ", True, False), ("Dogs are never tied up outside a shop or left in the van "
                                                "on their own. The van is alarmed, tracked and fitted with "
                                                "locking crates.", False, False)])
    bullet([("Livestock. ", True, False), ("Dogs go on the lead near sheep and cattle, and on the Downs from "
                                         "1 March to 31 July during lambing and ground-nesting season.",
                                         False, False)])
    _p(document, "", after=2)
    eyes = _p(document, "", after=4)
    _runs(eyes, [("A scheme I belong to. ", True, False),
                 ("Eyes on the Downs is Sussex Police\u2019s scheme for people who walk dogs in the countryside, "
                  "and I\u2019m a member. The force\u2019s rural crime team started it in 2023: walkers who sign up "
                  "get a short briefing from an officer on what to look out for (hare coursing, fly-tipping, sheep "
                  "worrying, vehicles hanging around farm gates and stables), a tag for their dog\u2019s collar and "
                  "a number to text, and their reports go straight to the team. There are now more than 900 "
                  "members across Lewes and Wealden, and the team says their reports have led to 27 arrests and "
                  "the return of three stolen dogs and two stolen horseboxes. If you walk your own dog in the "
                  "country, ask me about joining.", False, False)], size=9)
    _box(document, ["If your dog is ever lost or stolen",
                    "If you see it happening, ring 999. Otherwise report a theft to Sussex Police on 101 or "
                    "online and get a crime reference number, tell your microchip database and your vet, and "
                    "share a recent photo. Tell me straight away and I will tell the other dog walkers in the "
                    "area."], "FFF4E0", size=8.5, width_cm=17.4)

    heading("Terms and conditions")
    for i, text in enumerate([
            "Bookings: regular walks are booked by the term (school terms and holidays alike). Extra walks "
            "depend on space.",
            "Cancellations: please give 24 hours\u2019 notice or the walk is charged in full. I will always "
            "give you as much notice as I can if I am ill.",
            "Weather: walks go ahead in rain. In extreme heat (over 25\u00b0C) or storms I may shorten a walk or "
            "make it a play visit instead, at the same price.",
            "Dogs in season are walked on their own, at the solo walk price, and not in groups.",
            "Your dog must be vaccinated, flea and worm treated and wearing a collar with an ID tag, as the law "
            "requires.",
            "Off lead: I will only let your dog off the lead if you have said yes above and after at least three "
            "walks on a long line.",
            "I reserve the right to stop walking a dog that is a danger to people, other dogs or livestock.",
            "I am insured for public liability up to \u00a32 million and for care, custody and control; I hold a "
            "canine first aid certificate and an enhanced DBS check.",
            "Photos: I will only share photos of your dog if you tick the box below.",
            "Your data: I keep your details for as long as I walk your dog and for six years afterwards for my "
            "accounts, and never share them except with a vet or the emergency services in an emergency.",
            "These terms can change with a month\u2019s notice by email."], start=1):
        paragraph = _p(document, "", after=1)
        paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        _runs(paragraph, [("%d.  " % i, True, False), (text, False, False)], size=8)
    _p(document, "", after=4)

    heading("Declaration")
    _p(document, "\u2610  I am happy for photos of my dog to go on Downs Dog Walks\u2019 Facebook and Instagram "
                 "pages.", size=9, after=2)
    _p(document, "I have read and agree to the terms above, and the information I have given is correct.", size=9,
       after=3)
    sig = _docx_table(document, [["Signed", "", "Date", ""], ["Print name", "", "First walk", ""]],
                      widths=[2.6, 6.4, 2.4, 6.0], size=9, label_fill="E6F0E8")
    for row in sig.rows:
        row.height = Cm(0.9)
    _p(document, "", after=4)
    office = _docx_table(document, [["For Claire: meet and greet ____/____/____   Key no. ______   "
                                     "GPS tag no. ______   Added to invoice list \u2610"]], widths=[17.4], size=8)
    _fill(office.rows[0].cells[0], "EEEEEE")
    _save_docx(document, out / DW_FILE, "Downs Dog Walks \u2013 client registration form", "Claire Ashdown")


# ================================================================== 5. A resident's completed anti-social behaviour incident diary (Word)

AD_FILE = "bassetlaw-asb-incident-diary-asb-2026-0417-14-mill-close-worksop.docx"


def asb_diary(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 9)
    _page_setup(document, 1.4, 1.4, 1.6, 1.6)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _header_footer(document, "Bassetlaw District Council", "Anti-social behaviour incident diary",
                   "Case ref: ASB/2026/0417", "ASB-D1 (rev. 09/2025) \u00b7 Please keep this diary somewhere safe"
                   "\t\t", 3, size=7.5, bold_centre=True)
    purple = "5B2C6F"

    title = _p(document, "", after=2)
    _runs(title, [("Noise and anti-social behaviour: incident diary", True, False)], size=16, colour=purple)
    _box(document, [
        "Why we ask you to keep a diary",
        "Your diary helps our Community Safety Officers understand what is happening, how often, and how it "
        "affects you. We use it to decide what action we can take. If the case goes to court, your diary may be "
        "used as evidence and you may be asked to confirm it, so please only write what you saw or heard "
        "yourself.",
        "\u2022 Fill it in as soon as possible after each incident, while it is fresh in your mind.",
        "\u2022 Write down the date, the time it started and stopped, what happened and who was involved, if you "
        "know.",
        "\u2022 Say how it affected you and anyone in your home (for example, kept awake, frightened, could not "
        "use the garden).",
        "\u2022 If you reported it to the police, write down the incident number they gave you.",
        "\u2022 If anyone is in danger or a crime is happening now, ring 999. For other crime and anti-social "
        "behaviour you can ring Nottinghamshire Police on 101.",
        "Send or bring your diary sheets to us every two weeks, or email a photo of them to "
        "asb@example.org."], "EFE6F3", size=8.5, width_cm=26.5)

    _docx_table(document, [
        ["Your name", "Mrs Lorraine Bettison", "Case officer", "Kieran Moss, Community Safety Officer"],
        ["Your address", "14 Mill Close, Worksop S80 9ZZ", "Officer\u2019s phone", "01632 960 902"],
        ["Phone", "07700 900 455", "Date diary started", "12 January 2026"],
        ["Address of the people causing the problem (if known)", "16 Mill Close (the tenants and their visitors)",
         "Other agencies involved", "Nottinghamshire Police; Ryton Valley Homes (landlord of no. 16)"],
    ], widths=[4.6, 8.5, 4.0, 9.4], size=8.5, label_fill="EFE6F3")
    _p(document, "", after=3)

    rows = [
        ["Date", "Time from \u2013 to", "What happened", "Who was involved", "How it affected you",
         "Reported to (and ref.)"],
        ["Sat 10 Jan", "11.40pm \u2013 2.15am", "Very loud music with heavy bass from no. 16, through the wall into "
                                              "our bedroom. Shouting and laughing in their back garden.",
         "Tenant of no. 16 (man, 30s) and about 6 visitors", "Could not sleep. My husband has work at 6am.",
         "Nobody. First time it was this bad."],
        ["Fri 16 Jan", "10.30pm \u2013 1am", "Music again. I knocked and asked them to turn it down. The man "
                                            "swore at me and said it\u2019s Friday.",
         "Tenant of no. 16", "Upset and shaking afterwards. Did not sleep until gone 1.", "Council (phoned "
                                                                                       "Monday)"],
        ["Sun 18 Jan", "3pm \u2013 4.30pm", "A car revving repeatedly outside no. 16 and wheel spinning on the "
                                           "close. Children playing nearby.",
         "Visitor in a silver hatchback", "Worried a child would be hurt.", "Police 101 (incident 0388 of "
                                                                            "18/01/2026)"],
        ["Sat 24 Jan", "midnight \u2013 3.20am", "Music and an argument in the garden. Bottle smashed against our "
                                                "fence.",
         "Tenant and visitors", "Frightened to go out. Grandchildren staying with us were woken.",
         "Police 101; Council noise app recording"],
        ["Wed 28 Jan", "7.50am", "Found broken glass and two cans thrown over into our garden.", "Don\u2019t know",
         "Had to clear it before the dog went out.", "Council (photos emailed)"],
        ["Sat 7 Feb", "11pm \u2013 2.40am", "Music and shouting. Someone kicking the shared gate.",
         "Tenant of no. 16 and visitors", "No sleep. I have started sleeping in the front room.",
         "Police 101 (incident 0612 of 07/02/2026)"],
        ["Fri 13 Feb", "9pm \u2013 11.30pm", "Two men standing by our car, one of them sat on the bonnet, "
                                            "smoking cannabis (strong smell).",
         "Two visitors to no. 16", "Did not feel I could go out to the car.", "Police 101"],
        ["Sat 21 Feb", "1.10am", "Music, then a fight in the close. Police came and spoke to people outside "
                                 "no. 16. Quiet after about 2am.",
         "Several people from no. 16", "Very frightened. Rang 999.", "Police 999 (incident 0054 of "
                                                                     "21/02/2026)"],
        ["Tue 24 Feb", "2pm", "PCSO Hannah Greaves from the Worksop neighbourhood team came round about the "
                              "21st. She took my details and said she would pass it to her sergeant and the "
                              "council.",
         "\u2013", "Felt listened to.", "\u2013"],
        ["Fri 6 Mar", "10.15pm \u2013 12.30am", "Music, not as loud as before but still through the wall.",
         "Tenant of no. 16", "Kept awake until after midnight.", "Council noise app recording"],
        ["Sat 14 Mar", "11.30pm \u2013 2am", "Music and shouting in the garden again. Dog barking for over an "
                                            "hour.",
         "Tenant and visitors", "Could not sleep. Feel like it will never stop.", "Police 101 (incident 0719 of "
                                                                                 "14/03/2026)"],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
    ]
    diary = _docx_table(document, rows, widths=[2.2, 2.9, 8.3, 4.2, 4.8, 4.1], size=8, head_fill=purple,
                        head_colour="FFFFFF")
    for row in diary.rows[-2:]:
        row.height = Cm(1.2)
    _p(document, "", after=4)

    heading = _p(document, "", before=6, after=3)
    _runs(heading, [("Anything else you want us to know", True, False)], size=11, colour=purple)
    for text in [
            "Mr Moss sent me the link to the council\u2019s noise app on 19 January and I have made four "
            "recordings (24 January, 7 February, 6 March and 14 March).",
            "The council offered mediation in February. I said yes but I was told no. 16 did not want to take "
            "part.",
            "Mr Moss told me on 3 March that the council has written to the tenant with a Community Protection "
            "Warning and has told Ryton Valley Homes. It was a bit better for about a week.",
            "PCSO Greaves told me about the ASB case review (what used to be called the Community Trigger) in "
            "case I feel nothing is being done after three complaints in six months. I would like to talk to "
            "someone about that if things don\u2019t improve.",
            "I have not retaliated or had any arguments with them apart from the one on 16 January."]:
        _p(document, "\u2022  " + text, size=8.5, after=2)
    _p(document, "", after=4)

    heading = _p(document, "", before=4, after=3)
    _runs(heading, [("Declaration", True, False)], size=11, colour=purple)
    _p(document, "I confirm that the information in this diary is true to the best of my knowledge and belief. I "
                 "understand that it may be shared with Nottinghamshire Police and the landlord, and that it may be "
                 "used in court.", size=8.5, after=3)
    sig = _docx_table(document, [["Signed", "L. Bettison", "Date", "16 March 2026"]], widths=[3.0, 10.0, 3.0, 10.5],
                      size=9, label_fill="EFE6F3")
    for row in sig.rows:
        row.height = Cm(0.9)
    _p(document, "", after=3)
    office = _docx_table(document, [["Office use only", "Received 17/03/2026 KM \u00b7 Scanned to case file "
                                                        "\u00b7 Copy to Nottinghamshire Police SNT \u00b7 Review "
                                                        "date 31/03/2026"]], widths=[4.0, 22.5], size=8)
    _fill(office.rows[0].cells[0], "DDDDDD")
    _save_docx(document, out / AD_FILE, "ASB incident diary \u2013 ASB/2026/0417", "Lorraine Bettison")


# ================================================================== 6. A judo club's welcome pack for new members (Word)

JW_FILE = "potteries-judo-club-welcome-pack-for-new-members-and-parents-2026.docx"


def judo_welcome_pack(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 1.7, 1.6, 2.0, 2.0)
    _header_footer(document, "Potteries Judo Club", "", "Welcome pack 2026",
                   "British Judo registered club \u00b7 Welfare Officer: Lisa Bould, 07700 900 561\t\t", 4, size=8)
    red = "A61C1C"
    navy = "1F2F4F"

    def heading(text):
        paragraph = _p(document, "", before=12, after=4)
        _runs(paragraph, [(text.upper(), True, False)], size=12, colour=red)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def bullet(parts):
        paragraph = _p(document, "", style="List Bullet", after=2)
        _runs(paragraph, parts if isinstance(parts, list) else [(parts, False, False)])
        return paragraph

    title = _p(document, "", after=0, align="center")
    _runs(title, [("Welcome to Potteries Judo Club", True, False)], size=24, colour=navy)
    _p(document, "Fenton Community Sports Hall \u00b7 training since 1974", italic=True, size=11, colour="666666",
       align="center", after=12)

    _p(document, "Dear new member (and parents),", after=6)
    for text in [
            "Welcome to the club! Whether you are five or fifty-five, have never set foot on a mat or did judo "
            "years ago and fancy getting back into it, you are in the right place. Judo is a sport of respect "
            "as much as throws, and our club is a friendly one: we bow on and off the mat, we look after our "
            "partners, and everyone helps put the mats away at the end.",
            "This pack tells you what you need to know for your first few weeks. Please read it, keep it, and "
            "ask any of the coaches if anything isn\u2019t clear. See you on the mat."]:
        _p(document, text, after=6)
    _p(document, "Dean Whitehurst, Head Coach (4th Dan)", bold=True, colour=navy, after=6)

    heading("The club at a glance")
    _docx_table(document, [
        ["Where", "Fenton Community Sports Hall, Glebedale Road, Fenton, Stoke-on-Trent ST4 9ZZ (free parking at "
                  "the back)"],
        ["Coaches", "Nine qualified British Judo coaches, all with enhanced DBS checks and first aid"],
        ["Members", "About 140, from 5 to 68 years old"],
        ["Contact", "Club secretary Gary Plant, 01632 960 562, hello@example.org"],
    ], widths=[3.0, 14.0], size=9.5, label_fill="E8ECF4")
    _p(document, "", after=2)

    heading("Session times")
    _docx_table(document, [
        ["Day", "Time", "Session", "Ages"],
        ["Monday", "5.30pm \u2013 6.30pm", "Mini Mons (games-based judo)", "5 \u2013 7"],
        ["Monday", "6.30pm \u2013 7.45pm", "Juniors", "8 \u2013 12"],
        ["Wednesday", "6.00pm \u2013 7.15pm", "Juniors", "8 \u2013 12"],
        ["Wednesday", "7.30pm \u2013 9.00pm", "Seniors", "13 and over"],
        ["Friday", "7.00pm \u2013 9.00pm", "Seniors and competition squad (by invitation)", "13 and over"],
        ["Saturday", "10.00am \u2013 11.00am", "Ability Judo (see below)", "All ages"],
    ], widths=[2.6, 3.6, 7.8, 3.0], size=9.5, head_fill=navy, head_colour="FFFFFF")
    _p(document, "", after=2)

    heading("Fees")
    _docx_table(document, [
        ["", "Monthly direct debit", "Pay as you go"],
        ["Junior (up to 12)", "\u00a324", "\u00a36 a session"],
        ["Senior (13 and over)", "\u00a330", "\u00a37 a session"],
        ["Family (up to four members)", "\u00a355", "\u2013"],
        ["Ability Judo", "\u00a310", "\u00a33 a session"],
    ], widths=[6.0, 5.5, 5.5], size=9.5, head_fill=navy, head_colour="FFFFFF", label_fill="E8ECF4")
    _p(document, "", after=2)
    bullet([("Your first two sessions are free. ", True, False), ("After that, please set up your direct debit "
                                                                "with Gary.", False, False)])
    bullet([("British Judo membership. ", True, False), ("Everyone who trains needs a British Judo licence, "
                                                       "which covers insurance and lets you grade and compete. "
                                                       "You buy it online from British Judo; we\u2019ll show you "
                                                       "how.", False, False)])
    bullet([("Judo suit (judogi). ", True, False), ("Wear a tracksuit for the first month. Suits are for sale "
                                                  "from the club shop from \u00a325.", False, False)])
    bullet([("Money worries? ", True, False), ("Talk to Dean in confidence. Nobody is turned away because they "
                                             "can\u2019t pay.", False, False)])

    heading("What to wear and bring")
    for text in ["Bare feet on the mat, flip-flops or sliders to walk to it",
                 "Short, clean nails on fingers and toes (we do check!)",
                 "No jewellery, watches or hair clips: long hair tied back with a soft band",
                 "A water bottle with your name on it",
                 "Any inhaler or medication, with a note to the coach"]:
        bullet(text)

    heading("Your first few weeks")
    _p(document, "You will start by learning how to fall safely (ukemi), how to hold your partner, and simple "
                 "hold-downs, before learning to throw. Nobody will throw you or ask you to fight until the coach "
                 "is sure you are ready. Most people are ready for their first grading after about three "
                 "months.", after=6)

    heading("Gradings")
    _docx_table(document, [
        ["Belt", "Grade", "Usually after"],
        ["Red", "6th kyu", "About 3 months"], ["Yellow", "5th kyu", "About 6 more months"],
        ["Orange", "4th kyu", "About 6 more months"], ["Green", "3rd kyu", "About a year more"],
        ["Blue", "2nd kyu", "About a year more"], ["Brown", "1st kyu", "About a year more"],
        ["Black", "1st Dan", "When you\u2019re ready!"],
    ], widths=[4.0, 4.0, 9.0], size=9.5, head_fill=navy, head_colour="FFFFFF")
    _p(document, "Juniors under 12 grade through the Mon grades on the same colours, with tabs on the belt. "
                 "Gradings are held at the club in March, July and November and cost \u00a312.", size=9,
       italic=True, after=4)

    heading("Our community work")
    _p(document, "We are more than a club that meets three nights a week. Two things we are especially proud "
                 "of:", after=4)
    _box(document, [
        "Judo on the Estate",
        "Judo on the Estate is run by our coaches with Staffordshire Police\u2019s Bentilee neighbourhood "
        "team. Since September 2023, every Thursday evening, two of our coaches and two officers or PCSOs have "
        "run a free session at Bentilee\u2019s community centre for young people aged 10 to 16. The officers "
        "invite young people they meet on the estate, and they train on the mat alongside them. So far 160 "
        "young people have come along, 35 now train at the club on a free first year\u2019s membership and "
        "three have graded to orange belt. The neighbourhood team says calls about anti-social behaviour "
        "around the local shops on Thursday nights have fallen by a third."], "FBEAEA", size=9.5, width_cm=17.0)
    _box(document, [
        "Ability Judo",
        "Ability Judo is our own Saturday morning class for children and adults with disabilities, started in "
        "2022 by coach Amrit Sandhu. Sessions are adapted for wheelchair users, visually impaired players and "
        "players with autism or learning disabilities, with a coach for every three players. Since it began "
        "48 members have taken part, 31 have graded and four have competed at national inclusive events."],
        "E8ECF4", size=9.5, width_cm=17.0)
    _p(document, "Both are paid for by grants, including one from the Staffordshire Commissioner\u2019s "
                 "community fund, and by our Christmas raffle. Thank you to everyone who buys a ticket.", size=9,
       italic=True, after=4)

    heading("Code of conduct")
    _p(document, "Players", bold=True, colour=navy, after=2)
    for i, text in enumerate([
            "Bow when you step on and off the mat and to your partner before and after practice.",
            "Listen to the coach and stop straight away when told to.",
            "Look after your partner: tap (or say \u2018matte\u2019) and they must let go at once.",
            "No bad language, bullying or showing off. Respect everyone, win or lose.",
            "Tell a coach about any injury, however small."], start=1):
        paragraph = _p(document, "", after=1)
        paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        _runs(paragraph, [("%d.  " % i, True, False), (text, False, False)], size=9.5)
    _p(document, "Parents and carers", bold=True, colour=navy, before=6, after=2)
    for text in ["Please bring children to the door of the hall and collect them from inside: don\u2019t wait "
                 "in the car park.",
                 "Watch from the seating area, not the edge of the mat, and leave the coaching to the coaches.",
                 "Let us know if someone else is collecting your child.",
                 "At competitions, cheer for everyone."]:
        bullet(text)

    heading("Safeguarding")
    _box(document, [
        "Keeping children and adults at risk safe",
        "Our Club Welfare Officer is Lisa Bould (07700 900 561, welfare@example.org). Talk to her about "
        "anything that worries you about a child\u2019s or an adult\u2019s safety or wellbeing, at the club or "
        "at home. You can also contact British Judo\u2019s safeguarding team or the NSPCC helpline. If a child "
        "is in immediate danger, ring 999.",
        "All our coaches and helpers have enhanced DBS checks and safeguarding training, and no coach is ever "
        "alone with a child. Our safeguarding, anti-bullying and photography policies are on the noticeboard "
        "and on our website."], "FFF6DC", size=9.5, width_cm=17.0)

    heading("Photos and filming")
    _p(document, "We sometimes take photos at gradings and competitions for our Facebook page. Tick the box on "
                 "your membership form if you are happy for your child to appear; we never use full names with "
                 "photos of children. Parents may film their own child at gradings but please don\u2019t post "
                 "other children online.", after=4)

    heading("Dates for your diary")
    _docx_table(document, [
        ["Friday 24 April", "Club quiz night at Fenton Working Men\u2019s Club, 7.30pm, \u00a35 a head"],
        ["Saturday 18 July", "Summer grading and barbecue"],
        ["Sunday 11 October", "Potteries Open junior competition (volunteers needed!)"],
    ], widths=[4.0, 13.0], size=9.5, label_fill="E8ECF4")
    _p(document, "", after=6)
    _p(document, "Lost property goes in the blue box by the door and goes to the charity shop at the end of each "
                 "term.", size=9, italic=True, colour="666666")
    _save_docx(document, out / JW_FILE, "Potteries Judo Club \u2013 welcome pack 2026", "Gary Plant")


# ================================================================== 7. A primary school website's online safety page for parents (HTML)

SCHOOL_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Online Safety | Escomb Road Primary School</title>
<meta name="description" content="Online safety at Escomb Road Primary School: how we teach it, what we did this year, age ratings and where to get help.">
<link rel="stylesheet" href="/theme/css/site.css?v=3.4.1">
<style>
  body { margin: 0; font-family: "Nunito", Arial, sans-serif; color: #23313f; background: #f6f8fb; }
  .topbar { background: #0b4f8a; color: #fff; font-size: 13px; padding: 6px 24px; text-align: right; }
  .topbar a { color: #fff; margin-left: 18px; }
  header.school-header { background: #fff; display: flex; align-items: center; gap: 18px; padding: 14px 24px; border-bottom: 4px solid #f2a900; }
  .crest { width: 64px; height: 64px; border-radius: 50%; background: #0b4f8a; color: #f2a900; font-weight: 800; font-size: 22px; text-align: center; line-height: 64px; }
  .school-name { font-size: 26px; font-weight: 800; color: #0b4f8a; margin: 0; }
  .motto { font-style: italic; color: #5d6b78; margin: 2px 0 0; }
  nav.main-nav ul { list-style: none; margin: 0; padding: 0 24px; background: #0b4f8a; display: flex; flex-wrap: wrap; }
  nav.main-nav li a { display: block; color: #fff; padding: 12px 16px; text-decoration: none; font-weight: 700; }
  nav.main-nav li.active a { background: #f2a900; color: #0b2d4d; }
  .wrapper { max-width: 1120px; margin: 0 auto; display: flex; gap: 28px; padding: 20px 24px 40px; }
  .breadcrumb { font-size: 13px; color: #5d6b78; padding: 14px 24px 0; max-width: 1120px; margin: 0 auto; }
  aside.subnav { flex: 0 0 230px; }
  aside.subnav h2 { background: #0b4f8a; color: #fff; font-size: 16px; margin: 0; padding: 10px 14px; }
  aside.subnav ul { list-style: none; margin: 0; padding: 0; background: #fff; border: 1px solid #dfe5ec; }
  aside.subnav li a { display: block; padding: 9px 14px; border-bottom: 1px solid #eef1f5; color: #23313f; text-decoration: none; }
  aside.subnav li.current a { font-weight: 800; border-left: 4px solid #f2a900; }
  main.content { flex: 1; background: #fff; padding: 22px 30px; border: 1px solid #dfe5ec; }
  main.content h1 { color: #0b4f8a; margin-top: 0; }
  main.content h2 { color: #0b4f8a; border-bottom: 2px solid #f2a900; padding-bottom: 4px; }
  .intro { font-size: 18px; }
  .staff-card { display: flex; gap: 14px; align-items: center; background: #eef5fb; padding: 12px 14px; border-radius: 6px; }
  .staff-card .initials { width: 48px; height: 48px; border-radius: 50%; background: #f2a900; color: #0b2d4d; font-weight: 800; text-align: center; line-height: 48px; }
  .panel { border-radius: 6px; padding: 14px 18px; margin: 16px 0; }
  .panel--news { background: #fff8e6; border: 1px solid #f2d38a; }
  .panel--help { background: #fdecec; border: 1px solid #f0b3b3; }
  table.ages { border-collapse: collapse; width: 100%; font-size: 15px; }
  table.ages th, table.ages td { border: 1px solid #dfe5ec; padding: 7px 10px; text-align: left; vertical-align: top; }
  table.ages th { background: #0b4f8a; color: #fff; }
  table.ages tr:nth-child(even) td { background: #f6f8fb; }
  ul.downloads li { margin: 6px 0; }
  ul.downloads .filesize { color: #5d6b78; font-size: 13px; }
  footer.school-footer { background: #0b2d4d; color: #cfd9e3; padding: 24px; font-size: 14px; }
  footer.school-footer a { color: #fff; }
  .cookie-bar { position: fixed; bottom: 0; left: 0; right: 0; background: #23313f; color: #fff; padding: 10px 24px; font-size: 14px; }
</style>
</head>
<body>
<div class="cookie-bar" id="cookie-bar" role="region" aria-label="Cookies">
  <p>This website uses cookies to make it work and to count visits. <button type="button">Accept</button> <button type="button">Essential only</button> <a href="/cookies">Cookie policy</a></p>
</div>
<div class="topbar">
  <a href="/search">Search</a>
  <a href="#" id="translate">Translate</a>
  <a href="/login">Staff login</a>
</div>
<header class="school-header">
  <div class="crest" aria-hidden="true">ER</div>
  <div>
    <p class="school-name">Escomb Road Primary School</p>
    <p class="motto">Learning together, growing together</p>
  </div>
</header>
<nav class="main-nav" aria-label="Main">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/about-us">About Us</a></li>
    <li><a href="/key-information">Key Information</a></li>
    <li class="active"><a href="/parents">Parents</a></li>
    <li><a href="/children">Children</a></li>
    <li><a href="/news-and-events">News &amp; Events</a></li>
    <li><a href="/contact">Contact</a></li>
  </ul>
</nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/parents">Parents</a> &gt; Online Safety</div>
<div class="wrapper">
<aside class="subnav">
  <h2>Parents</h2>
  <ul>
    <li><a href="/parents/term-dates">Term Dates</a></li>
    <li><a href="/parents/letters">Letters Home</a></li>
    <li><a href="/parents/school-meals">School Meals</a></li>
    <li><a href="/parents/uniform">Uniform</a></li>
    <li><a href="/parents/attendance">Attendance</a></li>
    <li class="current"><a href="/parents/online-safety" aria-current="page">Online Safety</a></li>
    <li><a href="/parents/clubs">After School Clubs</a></li>
    <li><a href="/parents/ptfa">PTFA</a></li>
  </ul>
</aside>
<main class="content" id="main">
<h1>Online Safety</h1>
<p class="intro">The internet is a brilliant place to learn, play and keep in touch, and we want our children to enjoy it safely. This page explains how we teach online safety in school, what we have done this year, and where you can get help at home.</p>

<div class="staff-card">
  <div class="initials" aria-hidden="true">LR</div>
  <p><strong>Mrs Lindsay Raine</strong><br>Computing Lead and Deputy Designated Safeguarding Lead<br><a href="mailto:onlinesafety@example.org">onlinesafety@example.org</a></p>
</div>

<h2>How we teach online safety</h2>
<p>Online safety is part of our computing and PSHE lessons in every year group, and we come back to it every half term rather than saving it for one week. Children learn:</p>
<ul>
  <li><strong>Early Years and Key Stage 1:</strong> to tell a grown-up if something online makes them feel worried, upset or confused; that not everyone online is who they say they are; and to keep personal information private.</li>
  <li><strong>Years 3 and 4:</strong> how to be kind online, what to do about unkind messages, how adverts and in-game purchases work, and how to make a strong password.</li>
  <li><strong>Years 5 and 6:</strong> how to spot fake news and scams, what a digital footprint is, the risks of sharing pictures, how group chats can go wrong, and how to report and block.</li>
</ul>
<p>Every child signs our Acceptable Use Agreement at the start of the year, and our school network is filtered and monitored.</p>

<h2>This year at Escomb Road</h2>
<div class="panel panel--news">
<h3>Digital Leaders</h3>
<p>Digital Leaders was set up this year by Durham Constabulary's Bishop Auckland neighbourhood team and the force's cyber protect officer, working with our Year 6 teachers. In the autumn term PCSO Carl Tweddle and DC Joanne Heslop trained twelve Year 6 pupils over six weekly sessions on how scams, grooming and online bullying work and how to report them. The Digital Leaders then ran an assembly for every class, made the posters you may have seen in the corridors and ran a stall at February's parents' evening. In our pupil survey, the number of Key Stage 2 children who said they would tell a trusted adult if something online worried them went up from 58% in September to 91% in March, and the officers are now taking the same training to four other schools in Bishop Auckland.</p>
</div>
<div class="panel panel--news">
<h3>Workshops for parents</h3>
<p>Online Together North East, a charity, ran two free evening workshops for parents in our school hall in January, on setting up parental controls and talking to children about what they do online. 64 parents came. Across County Durham the charity has run 120 of these workshops for more than 2,300 parents since 2024, and nine in ten of the parents it follows up say they have since set up controls on their children's devices. Thank you to the PTFA for the refreshments.</p>
</div>
<p>We also took part in Safer Internet Day on Tuesday 10 February with the rest of the country.</p>

<h2>Age ratings of popular apps and games</h2>
<p>Many of the apps our children talk about have a minimum age in their terms. Age ratings are there for a reason: please check before you say yes.</p>
<table class="ages">
  <thead><tr><th scope="col">App or game</th><th scope="col">Minimum age</th><th scope="col">Things to know</th></tr></thead>
  <tbody>
    <tr><td>WhatsApp</td><td>13</td><td>Group chats can add strangers; turn on privacy settings for groups.</td></tr>
    <tr><td>TikTok</td><td>13</td><td>Family Pairing lets you link your account to your child's.</td></tr>
    <tr><td>Snapchat</td><td>13</td><td>Snap Map can show where your child is: switch on Ghost Mode.</td></tr>
    <tr><td>Instagram</td><td>13</td><td>Teen accounts are private by default.</td></tr>
    <tr><td>Roblox</td><td>No minimum, parental controls advised</td><td>Chat with strangers and in-game spending: set limits.</td></tr>
    <tr><td>Fortnite</td><td>PEGI 12</td><td>Voice chat is on by default.</td></tr>
    <tr><td>Minecraft</td><td>PEGI 7</td><td>Safer in single-player or on a private server.</td></tr>
  </tbody>
</table>

<h2>Worried about something?</h2>
<div class="panel panel--help">
<ol>
  <li>Stay calm, listen, and thank your child for telling you.</li>
  <li>Don't delete anything: take screenshots if you can.</li>
  <li>Tell your child's class teacher, Mrs Raine or our Designated Safeguarding Lead, Mr Peter Dowson (Headteacher).</li>
  <li>If you are worried that a child is being groomed or sexually abused online, report it to CEOP at <a href="https://www.ceop.police.uk/">ceop.police.uk</a>.</li>
  <li>If a child is in immediate danger, ring 999. For other crime you can ring Durham Constabulary on 101.</li>
</ol>
</div>

<h2>Policies and documents</h2>
<ul class="downloads">
  <li><a href="/docs/online-safety-policy-2025.pdf">Online Safety Policy 2025</a> <span class="filesize">(PDF, 412 KB)</span></li>
  <li><a href="/docs/aua-ks1.pdf">Acceptable Use Agreement: Key Stage 1</a> <span class="filesize">(PDF, 96 KB)</span></li>
  <li><a href="/docs/aua-ks2.pdf">Acceptable Use Agreement: Key Stage 2</a> <span class="filesize">(PDF, 104 KB)</span></li>
  <li><a href="/docs/parents-guide-gaming.pdf">A parent's guide to online gaming</a> <span class="filesize">(PDF, 1.2 MB)</span></li>
</ul>

<h2>Useful websites</h2>
<ul>
  <li><a href="https://www.nspcc.org.uk/keeping-children-safe/online-safety/">NSPCC: online safety</a></li>
  <li><a href="https://www.internetmatters.org/">Internet Matters</a>: step-by-step guides to parental controls</li>
  <li><a href="https://www.childnet.com/">Childnet</a>: advice and conversation starters</li>
  <li><a href="https://saferinternet.org.uk/">UK Safer Internet Centre</a></li>
</ul>
<p class="updated"><em>Page last updated: 16 March 2026</em></p>
</main>
</div>
<footer class="school-footer">
  <p><strong>Escomb Road Primary School</strong>, Escomb Road, Bishop Auckland, County Durham DL14 9ZZ</p>
  <p>Headteacher: Mr Peter Dowson &middot; Telephone: 01632 960 877 &middot; <a href="mailto:office@example.org">office@example.org</a></p>
  <p>Part of the Wear Valley Learning Trust, a company limited by guarantee registered in England and Wales no. 09877412.</p>
  <p><a href="/privacy">Privacy notice</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/cookies">Cookies</a> &middot; Website by SchoolPages</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A pub's what's on page (HTML)

PUB_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What's On | The Drover's Rest, Witney</title>
<meta name="description" content="Quiz night, folk session, live music, pie night and Sunday roasts at The Drover's Rest, a freehouse on Corn Street, Witney.">
<meta property="og:title" content="What's On at The Drover's Rest">
<meta property="og:type" content="website">
<meta property="og:image" content="https://www.droversrest.example/wp-content/uploads/2025/09/bar-fire.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BarOrPub","name":"The Drover's Rest","address":{"@type":"PostalAddress","streetAddress":"41 Corn Street","addressLocality":"Witney","postalCode":"OX28 9ZZ"},"telephone":"01632 960 618","servesCuisine":"British","acceptsReservations":"True"}</script>
<link rel="stylesheet" href="/wp-content/themes/tavern/style.css?ver=2.1">
<style>
  body { margin: 0; font-family: Georgia, "Times New Roman", serif; color: #2b211b; background: #f5efe6; }
  .notice-bar { background: #1d3a2f; color: #e8dcc3; text-align: center; font-family: Arial, sans-serif; font-size: 13px; padding: 7px; }
  header.site-header { display: flex; justify-content: space-between; align-items: center; padding: 16px 40px; background: #2b211b; }
  .site-logo { color: #e8c27a; font-size: 28px; text-decoration: none; letter-spacing: .02em; }
  .site-logo small { display: block; font-size: 12px; color: #cbb89a; letter-spacing: .2em; text-transform: uppercase; }
  nav.primary a { color: #f5efe6; font-family: Arial, sans-serif; font-size: 14px; text-transform: uppercase; letter-spacing: .08em; margin-left: 22px; text-decoration: none; }
  nav.primary a.current { color: #e8c27a; border-bottom: 2px solid #e8c27a; }
  .btn-book { background: #e8c27a; color: #2b211b !important; padding: 9px 16px; border-radius: 3px; font-weight: bold; }
  .hero { background: linear-gradient(rgba(0,0,0,.45), rgba(0,0,0,.45)), url(/wp-content/uploads/2025/09/bar-fire.jpg) center/cover; color: #fff; text-align: center; padding: 70px 20px; }
  .hero h1 { font-size: 44px; margin: 0; }
  .container { max-width: 1080px; margin: 0 auto; padding: 30px 24px; }
  .week { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; }
  .day-card { background: #fff; border-top: 5px solid #1d3a2f; padding: 16px 18px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  .day-card h3 { margin: 0 0 2px; color: #1d3a2f; }
  .day-card .when { font-family: Arial, sans-serif; font-size: 13px; color: #8a6d45; text-transform: uppercase; letter-spacing: .06em; }
  .events li { list-style: none; display: flex; gap: 18px; background: #fff; margin: 0 0 12px; padding: 14px; }
  .date-badge { flex: 0 0 64px; background: #1d3a2f; color: #fff; text-align: center; font-family: Arial, sans-serif; padding: 6px 0; }
  .date-badge b { display: block; font-size: 24px; }
  .price { font-family: Arial, sans-serif; font-weight: bold; color: #8a6d45; }
  .community { background: #fff; border-left: 6px solid #e8c27a; padding: 18px 22px; margin: 18px 0; }
  .hours { border-collapse: collapse; }
  .hours td { padding: 4px 18px 4px 0; font-family: Arial, sans-serif; font-size: 14px; }
  .newsletter { background: #1d3a2f; color: #fff; padding: 24px; text-align: center; }
  footer.site-footer { background: #2b211b; color: #cbb89a; font-family: Arial, sans-serif; font-size: 13px; padding: 28px 40px; }
  footer.site-footer a { color: #e8c27a; }
  #cookie-law-info-bar { position: fixed; bottom: 0; width: 100%; background: #fff; box-shadow: 0 -2px 6px rgba(0,0,0,.2); padding: 12px 24px; font-family: Arial, sans-serif; font-size: 14px; }
</style>
</head>
<body class="page-template-default page page-id-214">
<div id="cookie-law-info-bar" data-nosnippet="true">
  <span>We use cookies to give you the best experience on our website. <a role="button" class="cli_action_button" id="cookie_action_close_header">ACCEPT</a> <a role="button" id="cookie_action_close_header_reject">REJECT</a> <a href="/privacy-policy/">Read More</a></span>
</div>
<div class="notice-bar">Mother's Day 15 March: fully booked for lunch, tables still free from 5pm. <a href="/book/">Book now</a></div>
<header class="site-header">
  <a class="site-logo" href="/">The Drover's Rest<small>Freehouse &middot; Witney &middot; est. 1782</small></a>
  <nav class="primary" aria-label="Primary">
    <a href="/">Home</a>
    <a href="/food/">Food</a>
    <a href="/drinks/">Drinks</a>
    <a href="/rooms/">Rooms</a>
    <a href="/whats-on/" class="current" aria-current="page">What's On</a>
    <a href="/gift-vouchers/">Gift Vouchers</a>
    <a href="/book/" class="btn-book">Book a Table</a>
  </nav>
</header>
<section class="hero">
  <h1>What's On</h1>
  <p>Quizzes, tunes, pies and good company. Something most nights of the week.</p>
</section>
<main class="container" id="content">

<h2>Every week</h2>
<div class="week">
  <div class="day-card">
    <p class="when">Monday, 8pm</p>
    <h3>The Big Drover's Quiz</h3>
    <p>Teams of up to six, &pound;2 a head, picture round, music round and a jackpot question. Quizmaster Dave takes no bribes (except crisps). The entry money goes to a different local charity each month.</p>
  </div>
  <div class="day-card">
    <p class="when">Tuesday, from 5pm</p>
    <h3>Pie Night</h3>
    <p>Any homemade pie with mash, greens and gravy and a pint of Drover's Bitter for &pound;16.50. Veggie pie always on.</p>
  </div>
  <div class="day-card">
    <p class="when">Wednesday, 8.30pm</p>
    <h3>Folk Session</h3>
    <p>Bring an instrument, a song or just your ears. Musicians get a free half. All welcome, all levels.</p>
  </div>
  <div class="day-card">
    <p class="when">Thursday, from 5pm</p>
    <h3>Steak Night</h3>
    <p>8oz sirloin, chips, peas and a glass of house red for &pound;24. Book ahead: it goes fast.</p>
  </div>
  <div class="day-card">
    <p class="when">Friday, 9pm</p>
    <h3>Live Music</h3>
    <p>Local bands and acoustic acts in the back bar. Free entry. See the list below for who's on.</p>
  </div>
  <div class="day-card">
    <p class="when">Sunday, 12 to 5pm</p>
    <h3>Sunday Roasts</h3>
    <p>Beef, pork or nut roast with all the trimmings, from &pound;17.95; children's roasts &pound;9.95. Booking recommended.</p>
  </div>
</div>

<h2>Coming up</h2>
<ul class="events">
  <li><div class="date-badge">FRI<b>20</b>MAR</div><div><h3>The Windrush Ramblers</h3><p>Bluegrass and old-time from Witney's favourite string band. Free entry.</p></div></li>
  <li><div class="date-badge">SAT<b>4</b>APR</div><div><h3>Beer &amp; Cheese Evening</h3><p>Five local cheeses matched with five beers from Oxfordshire breweries, with the cheesemonger and the brewer. <span class="price">&pound;25, tickets at the bar</span></p></div></li>
  <li><div class="date-badge">FRI<b>17</b>APR</div><div><h3>Open Mic Night</h3><p>Sign up at the bar from 7.30pm. Ten minutes each, any style.</p></div></li>
  <li><div class="date-badge">MON<b>4</b>MAY</div><div><h3>May Day Morris</h3><p>The Witney Morris dance in the garden from midday. Hog roast from 1pm.</p></div></li>
  <li><div class="date-badge">SAT<b>16</b>MAY</div><div><h3>Charity Quiz for Witney Foodbank</h3><p>Our big spring quiz, with a raffle and an auction of promises. <span class="price">&pound;5 a head</span></p></div></li>
</ul>

<h2>In the community</h2>
<p>We've been the local on Corn Street for over two hundred years, and we like to think a pub should be more than somewhere to get a drink. Last year our Monday quiz raised &pound;4,860 for eleven local charities. Here are two things that happen under our roof that we're very proud of, even though the credit belongs to other people.</p>
<div class="community">
  <h3>Repair Caf&eacute;</h3>
  <p>Witney Repair Caf&eacute; is a group of volunteer fixers who meet in our Long Room on the second Saturday of every month, from 10am to 1pm. Bring a broken toaster, a lamp, a bike, a jumper with a hole in it or a wobbly chair, and they'll mend it with you for free (donations welcome). Since the first session here in June 2023 the volunteers have mended 1,150 things that would otherwise have been thrown away, about 2.3 tonnes of it, and they now train new fixers at every session.</p>
</div>
<div class="community">
  <h3>Safer Witney Nights</h3>
  <p>Safer Witney Nights is run by Thames Valley Police's Witney neighbourhood team with Witney Pubwatch, which we belong to along with thirteen other pubs and bars in the town. Since 2024 the officers have trained more than 160 bar staff across the town to spot customers who are vulnerable, drunk or being targeted, given every venue a radio that links to the others and to the town centre CCTV, and patrolled the town with Pubwatch members on Friday and Saturday nights. In its first year, reports of drink spiking in Witney fell from 11 to 3 and incidents of violence around closing time fell by a quarter.</p>
  <p>If you feel unsafe, just ask at the bar for Angela and our staff will help you quietly.</p>
</div>

<h2>Opening hours</h2>
<table class="hours">
  <tr><td>Monday to Thursday</td><td>12 noon &ndash; 11pm</td></tr>
  <tr><td>Friday and Saturday</td><td>12 noon &ndash; midnight</td></tr>
  <tr><td>Sunday</td><td>12 noon &ndash; 10.30pm</td></tr>
  <tr><td>Kitchen</td><td>12 &ndash; 2.30pm and 6 &ndash; 9pm (Sunday 12 &ndash; 5pm)</td></tr>
</table>
<p><small>Dogs welcome in the bar and garden. We operate Challenge 25. Please tell us about any allergies when you order; our full allergen menu is at the bar.</small></p>

<section class="newsletter">
  <h2>Hear it first</h2>
  <p>Monthly news, new beers and event tickets before they go on sale.</p>
  <form action="/subscribe/" method="post">
    <label for="nl-email">Email address</label>
    <input type="email" id="nl-email" name="email" placeholder="you@example.org">
    <button type="submit">Sign up</button>
  </form>
</section>
</main>
<footer class="site-footer">
  <p><strong>The Drover's Rest</strong>, 41 Corn Street, Witney, Oxfordshire OX28 9ZZ &middot; 01632 960 618 &middot; <a href="mailto:hello@example.org">hello@example.org</a></p>
  <p>Follow us on <a href="#">Facebook</a> and <a href="#">Instagram</a></p>
  <p>&copy; 2026 Corn Street Inns Ltd, company no. 10394471. Premises licence holder: Corn Street Inns Ltd; designated premises supervisor: Sarah Wilsdon. <a href="/privacy-policy/">Privacy policy</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A trades directory's profile of a trader, with reviews (HTML)

TRADER_HTML = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Broadland Gutter &amp; Roof Care, Wroxham | Roofers in Norfolk | TrustedLocal</title>
<meta name="description" content="Broadland Gutter &amp; Roof Care: 4.9 out of 5 from 212 reviews. Gutter cleaning, roof repairs and moss removal in Wroxham, Norwich and the Broads.">
<link rel="canonical" href="https://www.trustedlocal.example/norfolk/roofers/broadland-gutter-roof-care-wroxham">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"RoofingContractor","name":"Broadland Gutter & Roof Care","address":{"@type":"PostalAddress","addressLocality":"Wroxham","addressRegion":"Norfolk"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"212"}}</script>
<style>
  :root { --brand: #0f7b6c; --ink: #1c2430; --muted: #667085; --line: #e4e7ec; }
  body { margin: 0; font-family: Inter, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f9fafb; }
  .tl-header { display: flex; align-items: center; gap: 24px; padding: 12px 32px; background: #fff; border-bottom: 1px solid var(--line); }
  .tl-logo { font-weight: 800; font-size: 22px; color: var(--brand); text-decoration: none; }
  .tl-search { display: flex; gap: 8px; flex: 1; }
  .tl-search input { padding: 9px 12px; border: 1px solid var(--line); border-radius: 6px; }
  .tl-search button { background: var(--brand); color: #fff; border: 0; border-radius: 6px; padding: 9px 16px; }
  .tl-header nav a { color: var(--ink); margin-left: 16px; font-size: 14px; text-decoration: none; }
  .crumbs { max-width: 1100px; margin: 14px auto 0; padding: 0 24px; font-size: 13px; color: var(--muted); }
  .crumbs a { color: var(--muted); }
  .profile-head { max-width: 1100px; margin: 12px auto; padding: 20px 24px; background: #fff; border: 1px solid var(--line); border-radius: 10px; display: flex; gap: 20px; }
  .profile-logo { width: 84px; height: 84px; border-radius: 12px; background: #0f7b6c; color: #fff; font-weight: 800; font-size: 28px; display: flex; align-items: center; justify-content: center; }
  .stars { color: #f5a524; letter-spacing: 2px; }
  .badges span { display: inline-block; font-size: 12px; background: #e7f6f3; color: var(--brand); border-radius: 999px; padding: 3px 10px; margin: 6px 6px 0 0; }
  .layout { max-width: 1100px; margin: 0 auto; padding: 0 24px 40px; display: grid; grid-template-columns: 1fr 320px; gap: 24px; }
  .tabs { display: flex; gap: 6px; border-bottom: 1px solid var(--line); margin-bottom: 16px; }
  .tabs a { padding: 10px 14px; color: var(--muted); text-decoration: none; }
  .tabs a[aria-selected="true"] { color: var(--brand); border-bottom: 3px solid var(--brand); font-weight: 600; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin-bottom: 16px; }
  table.prices { width: 100%; border-collapse: collapse; font-size: 14px; }
  table.prices td, table.prices th { padding: 8px; border-bottom: 1px solid var(--line); text-align: left; }
  .review { border-bottom: 1px solid var(--line); padding: 14px 0; }
  .review:last-child { border-bottom: 0; }
  .review .meta { font-size: 13px; color: var(--muted); }
  .reply { background: #f2f4f7; border-radius: 8px; padding: 10px 12px; font-size: 14px; margin-top: 8px; }
  .contact-card .btn { display: block; text-align: center; background: var(--brand); color: #fff; border-radius: 8px; padding: 12px; text-decoration: none; font-weight: 600; margin-bottom: 10px; }
  .safety { background: #fffaeb; border: 1px solid #fedf89; }
  .tl-footer { background: #101828; color: #98a2b3; font-size: 13px; padding: 28px 32px; }
  .tl-footer a { color: #d0d5dd; margin-right: 14px; }
</style>
</head>
<body>
<header class="tl-header">
  <a class="tl-logo" href="/">TrustedLocal</a>
  <form class="tl-search" action="/search" role="search">
    <label class="visually-hidden" for="q">Trade</label>
    <input id="q" name="q" placeholder="What do you need? e.g. roofer">
    <label class="visually-hidden" for="pc">Postcode</label>
    <input id="pc" name="postcode" placeholder="Postcode">
    <button type="submit">Search</button>
  </form>
  <nav aria-label="Account">
    <a href="/post-a-job">Post a job</a>
    <a href="/for-trades">Are you a trade?</a>
    <a href="/login">Log in</a>
  </nav>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/norfolk">Norfolk</a> &rsaquo; <a href="/norfolk/roofers">Roofers</a> &rsaquo; Broadland Gutter &amp; Roof Care</nav>

<section class="profile-head">
  <div class="profile-logo" aria-hidden="true">BG</div>
  <div>
    <h1>Broadland Gutter &amp; Roof Care</h1>
    <p><span class="stars" aria-hidden="true">&#9733;&#9733;&#9733;&#9733;&#9733;</span> <strong>4.9</strong> out of 5 &middot; <a href="#reviews">212 reviews</a> &middot; Wroxham, Norfolk</p>
    <div class="badges"><span>ID checked</span><span>Insurance checked</span><span>Member since 2019</span><span>Replies within a day</span></div>
  </div>
</section>

<div class="layout">
<main>
  <div class="tabs" role="tablist">
    <a href="#about" role="tab" aria-selected="true">About</a>
    <a href="#services" role="tab" aria-selected="false">Services &amp; prices</a>
    <a href="#reviews" role="tab" aria-selected="false">Reviews (212)</a>
    <a href="#photos" role="tab" aria-selected="false">Photos (48)</a>
    <a href="#qa" role="tab" aria-selected="false">Q&amp;A</a>
  </div>

  <section class="card" id="about">
    <h2>About us</h2>
    <p>We're a father-and-son business, Mark and Sam Gotts, based in Wroxham and working across Norwich, the Broads and North Norfolk. We clean and repair gutters, fix slipped and broken tiles, clear moss, repoint ridges and replace fascias and soffits. We don't do full re-roofs, and we'll tell you if you need one and recommend someone who does.</p>
    <p>Every job gets a written quote first, with photos of what we've found, so you can see the problem for yourself. We never ask for money up front and we never knock on doors looking for work: all our jobs come from people who've asked us.</p>
    <p><strong>Areas covered:</strong> Wroxham, Hoveton, Salhouse, Rackheath, Sprowston, Norwich, Aylsham, North Walsham, Stalham and villages in between.</p>
  </section>

  <section class="card" id="services">
    <h2>Services &amp; prices</h2>
    <table class="prices">
      <thead><tr><th>Service</th><th>Typical price</th></tr></thead>
      <tbody>
        <tr><td>Gutter clear and flush, semi-detached house</td><td>from &pound;85</td></tr>
        <tr><td>Gutter clear and flush, detached house</td><td>from &pound;110</td></tr>
        <tr><td>Replace up to 5 slipped or broken tiles</td><td>from &pound;150</td></tr>
        <tr><td>Moss removal and biocide, average roof</td><td>from &pound;450</td></tr>
        <tr><td>Ridge repointing, per metre</td><td>from &pound;45</td></tr>
      </tbody>
    </table>
    <p><small>Prices are a guide and include VAT. Every job is quoted in writing after a free survey.</small></p>
  </section>

  <section class="card" id="reviews">
    <h2>Reviews</h2>
    <p><strong>4.9</strong> from 212 reviews &middot; 198 five-star, 10 four-star, 4 three-star</p>
    <article class="review">
      <p class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
      <h3>Honest and tidy</h3>
      <p>Sam came out the same week, sent me photos from the ladder of exactly what was wrong, and the quote was what I paid. Cleared up every bit of moss from the drive too.</p>
      <p class="meta">Gutter clearing, Hoveton &middot; Reviewed by Pauline M. &middot; February 2026 &middot; Verified job</p>
    </article>
    <article class="review">
      <p class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
      <h3>After being ripped off, what a difference</h3>
      <p>Last year two men knocked on my door, said my roof was about to fall in and took &pound;3,000 in cash for a "repair". The police told me afterwards that nothing had been done at all. My son found Mark on here. He showed me there had been nothing wrong with the roof in the first place except a couple of tiles, which he fixed for &pound;140. I cried. Thank you.</p>
      <p class="meta">Tile repair, Sprowston &middot; Reviewed by Jean W. &middot; January 2026 &middot; Verified job</p>
      <div class="reply"><strong>Reply from Broadland Gutter &amp; Roof Care:</strong> Thank you Jean. We're so sorry that happened to you. Nobody should ever be pressured on the doorstep.</div>
    </article>
    <article class="review">
      <p class="stars" aria-label="5 out of 5">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
      <h3>Fascias and soffits</h3>
      <p>New fascias and soffits on a bungalow. Turned up when they said, finished in two days, no mess.</p>
      <p class="meta">Fascias, Rackheath &middot; Reviewed by Dennis K. &middot; December 2025 &middot; Verified job</p>
    </article>
    <article class="review">
      <p class="stars" aria-label="3 out of 5">&#9733;&#9733;&#9733;&#9734;&#9734;</p>
      <h3>Good work but had to wait</h3>
      <p>The job itself was fine but I waited five weeks in the autumn.</p>
      <p class="meta">Moss removal, Aylsham &middot; Reviewed by Chris T. &middot; November 2025 &middot; Verified job</p>
      <div class="reply"><strong>Reply from Broadland Gutter &amp; Roof Care:</strong> Sorry Chris, autumn is our busiest time with the leaves. We now give a firm date when we quote.</div>
    </article>
    <p><a href="/norfolk/roofers/broadland-gutter-roof-care-wroxham/reviews?page=2">See all 212 reviews</a></p>
  </section>

  <section class="card" id="qa">
    <h2>Questions &amp; answers</h2>
    <p><strong>Do you need paying before you start?</strong><br>No. We only ask for payment when the job is finished and you're happy with it, by bank transfer or card.</p>
    <p><strong>Are you insured?</strong><br>Yes, public liability insurance to &pound;5 million. TrustedLocal checked our certificate in January 2026.</p>
    <p><strong>Do you give a guarantee?</strong><br>Two years on all repairs and ten years on new fascias and soffits.</p>
  </section>
</main>

<aside>
  <div class="card contact-card">
    <h2>Contact Mark and Sam</h2>
    <a class="btn" href="/request-quote?trade=8842">Request a quote</a>
    <p>Phone: 01632 960 583<br>Usually replies within 3 hours</p>
    <p><small>Mention TrustedLocal when you call.</small></p>
  </div>
  <div class="card">
    <h2>How we check trades</h2>
    <p>Every trade on TrustedLocal has had their identity, address and insurance checked by our team, and every review comes from a customer we have matched to a real job. We take down any trade that breaks our rules.</p>
  </div>
  <div class="card safety">
    <h2>Doorstep crime in Norfolk</h2>
    <p>No Cold Calling Zones are set up by Norfolk County Council's Trading Standards team with Norfolk Constabulary in streets where older residents have been targeted by rogue traders. The street gets signs, every home gets a door sticker and a visit from a trading standards officer or a police community support officer, and neighbours are shown how to report cold callers. More than 240 zones have been set up since 2010, and in streets with a zone reports of doorstep crime have fallen by around 70 per cent.</p>
    <p>If someone is at your door and you feel threatened, ring 999. To report a rogue trader, contact the Citizens Advice consumer helpline or Norfolk Constabulary on 101.</p>
  </div>
</aside>
</div>

<footer class="tl-footer">
  <p><a href="/about">About TrustedLocal</a><a href="/for-trades">Join as a trade</a><a href="/review-rules">Review rules</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/contact">Contact us</a></p>
  <p>&copy; 2026 TrustedLocal Ltd. Registered in England and Wales no. 11928460. TrustedLocal is an online directory; we are not responsible for work carried out by trades listed on this site.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A grant assessor's notes on applications (Markdown)

ASSESS_MD = """# Round 7 small grants: my assessment notes (Gwen)

**Fund:** Teifi Valley Community Fund, small grants (up to £8,000)
**Panel:** Wed 22 April 2026, 6pm, Cardigan Guildhall committee room
**My apps:** A7-03, A7-05, A7-08, A7-11 (Huw has the other seven)
**Budget this round:** £40,000 · requests in: £71,350 from 11 applications
**Status:** visits done · scores in the sheet · still to chase A7-11's constitution

---

## Scoring key (from the guidance)

| Score | Meaning |
|---|---|
| 4 | Strong: clear evidence, no concerns |
| 3 | Good: some gaps, nothing serious |
| 2 | Weak: real concerns, would need conditions |
| 1 | Poor: not fundable as it stands |

Four criteria, each scored 1 to 4: **need**, **track record**, **delivery plan**, **value for money**. Max 16.

---

## A7-03 · Llandysul & Pont-Tyweli Community Transport

- **Ask:** £7,500 towards a second-hand wheelchair-accessible car
- **Score:** 15/16 (need 4, track 4, delivery 4, value 3)
- **Recommend:** fund in full

**What they want to do.** Replace the older of their two cars (2014, 160k miles, failed its MOT on corrosion) with a wheelchair-accessible one, so they can take people who can't get into the current cars.

**Track record.** Lifts to Hospital is their volunteer driver scheme: 22 volunteer drivers take people without a car or a bus to hospital and GP appointments at Glangwili, Bronglais and Cardigan, door to door, for a mileage donation. Since it started in 2022 they have done 3,100 journeys for 460 people, and they reckon about one in five of those appointments would otherwise have been missed. Saw the journey log on my visit (13/4), all properly kept.

**Concerns.** Price of the car is from one dealer only. Ask for a second quote as a condition.

**Q for panel:** none really. Strong.

---

## A7-05 · Tregaron & Upper Teifi Farmers' Group

- **Ask:** £6,800 for 12 more trail cameras, signs and forensic marking kits
- **Score:** 14/16 (need 4, track 4, delivery 3, value 3)
- **Recommend:** fund in full, with a condition on data (below)

**What they want to do.** Extend Farm Watch Teifi down the valley to Lampeter and Llanybydder.

**Track record.** Farm Watch Teifi is run by the farmers' group with Dyfed-Powys Police's Rural Crime Team. Since 2023, 180 farms have joined a WhatsApp alert group that the team's officers watch and post to, the officers and group volunteers have forensically marked about 400 quads, trailers and tools at marking days in Tregaron mart, and the force has lent trail cameras for farm gateways. Reported thefts of quads, trailers and tools in the Upper Teifi went from 23 in 2023 to 7 in 2025, and four stolen vehicles have been found and returned. PC Rhodri Evans from the team came to my visit and backed all of this up.

**Concerns.**
- Who holds the camera footage and for how long? Need a simple data policy before payment. PC Evans said the force would help write one.
- Budget has £400 for "refreshments at marking days": fine but query.

**Q for panel:** are we happy funding kit that the police could arguably pay for? (My view: yes, the cameras are the group's and sit on members' land.)

---

## A7-08 · Hwb Bwyd Aberteifi / Cardigan Food Hub

- **Ask:** £8,000 for a refrigerated van (second-hand, converted)
- **Score:** 13/16 (need 4, track 3, delivery 3, value 3)
- **Recommend:** part-fund, £5,000 (see below)

**What they want to do.** Collect surplus chilled food from supermarkets in Aberystwyth and Carmarthen as well as Cardigan, which they can't do now without a fridge van.

**Track record.** Pantri Teifi is their pay-as-you-feel pantry in the old Co-op on Pendre, open three days a week, stocked with surplus food from supermarkets and local growers. Since it opened in 2023 it has saved 26 tonnes of food from going to waste, 410 households have signed up, and members say they save about £15 a week on their shopping. Figures from their annual report; the tonnage comes from their supermarket partners' collection sheets.

**Concerns.**
- Van quote is high for the age of the van. £5,000 plus their own reserves (they have £6,200 unrestricted) would cover it.
- Conflict of interest: I know their treasurer, Eleri, from chapel. **Declared on the form; I'll leave the room for the vote.**

---

## A7-11 · Aberporth Youth Voice

- **Ask:** £4,500 to start a Friday youth club in the village hall (hall hire, two sessional workers, equipment)
- **Score:** 8/16 (need 3, track 1, delivery 2, value 2)
- **Recommend:** don't fund this round; offer development support and invite back for round 8

**What they want to do.** Start a youth club for 11 to 16s on Friday nights, from September. A group of parents and two young people set it up after a petition last summer.

**Track record.** None yet: it's a new group and they haven't run anything. Very keen. The local PCSO has said she would drop in to sessions and the community council will let them use the hall at a reduced rate, but there's no plan yet for who will run sessions, no safeguarding policy and no constitution (promised "next week" on 9 April, still not here).

**Concerns.** Safeguarding, mainly. Also no bank account in the group's name yet.

**Q for panel:** could Huw's contact at CAVO (the county voluntary council) help them get set up?

---

## My totals

| App | Ask | I recommend |
|---|---:|---:|
| A7-03 | £7,500 | £7,500 |
| A7-05 | £6,800 | £6,800 |
| A7-08 | £8,000 | £5,000 |
| A7-11 | £4,500 | £0 |
| **Total** | **£26,800** | **£19,300** |

That leaves £20,700 for Huw's seven, who are asking for £44,550 between them. Tight.

## To do before the panel

- [x] Visits (all four)
- [x] Scores into the shared sheet
- [ ] Chase A7-11 for the constitution (ring Sioned)
- [ ] Ask A7-03 for a second quote on the car
- [ ] Print these notes for the panel (4 copies)
- [ ] Declare the A7-08 conflict at the start of the meeting
"""


# ================================================================== 11. An open letter from community groups (plain text)

LETTER_TXT = """OPEN LETTER

To:      The Leader of Bolton Council
         and the members of the Cabinet
From:    Breightmet Together and 22 other community groups,
         churches, schools and businesses in Breightmet and Tonge Fold
Date:    9 March 2026
Subject: Please keep the Youth Bus on the road

Copied to: the Chief Executive; ward councillors for Breightmet,
Tonge with the Haulgh and Little Lever & Darcy Lever; the Bolton
News; the Mayor of Greater Manchester's office.

------------------------------------------------------------------

Dear Leader and members of the Cabinet,

We are writing about the proposal in the draft budget for 2026/27
(item 14 of the savings schedule, "Youth service: end of mobile
provision, saving £118,000") to take the Youth Bus off the road
from 1 April. We understand how hard this budget is and that every
line in it is somebody's priority. We are asking you to think again
about this one, because we see every week what the bus does, and
what it would cost if it went.

WHAT THE BUS DOES

The Youth Bus is a converted double-decker run by Bolton Council's
youth service together with Greater Manchester Police's Bolton
North neighbourhood team. Since the autumn of 2021 it has parked up
four evenings a week wherever young people are gathering, at spots
the youth workers and the neighbourhood sergeant choose together
each week from what officers, residents and the young people
themselves tell them. Two youth workers run it, with an officer or
PCSO on board on most nights, and upstairs there are games
consoles, a kettle and a quiet corner for anyone who needs to talk.
In four and a half years about 1,900 different young people have
come on board, 240 have been helped into a club, a course or a job,
and the police tell us that on the evenings the bus is out, calls
about anti-social behaviour in Breightmet are down by 38 per cent
on the evenings it is not.

Many of us have watched young people who would never walk into a
youth centre, or talk to a police officer in the street, sit on
the top deck and do both.

WHY IT MATTERS TO US

Our shops have fewer windows broken. Our churches and halls can
hold evening events again without trouble outside. Our schools
hear from the youth workers about young people they are worried
about, and the other way round. Parents tell us the bus is the one
place they know their children are safe on a Friday night. None of
us could do what the bus does; we do not have the staff, the
training or the reach.

Taking it off the road would save £118,000 this year. We do not
believe it will save money for long, once the cost of more damage,
more police time and more young people drawn into trouble is
counted.

WHAT WE ARE ASKING

1. Take item 14 out of the budget for 2026/27, or delay it for a
   year while other ways of paying for the bus are looked at.
2. Meet us, with the youth service and the police, before the
   budget meeting on 25 March.
3. Work with us to look for other money: we know the Police and
   Crime Commissioner's functions now sit with the Mayor, and that
   the Violence Reduction Unit and some of the housing providers
   might be willing to share the cost. Several of us will help
   with bids.

We would be very glad to show any member of the Cabinet the bus at
work on any Tuesday, Wednesday, Thursday or Friday evening.

Yours sincerely,

Breightmet Together, on behalf of the groups below

------------------------------------------------------------------

SIGNED BY

Breightmet Together (community network)
St James' Church, Breightmet
Tonge Fold Methodist Church
Breightmet Community Kitchen
Red Lane Tenants' and Residents' Association
Roading Brook Residents' Group
Breightmet Library Friends
Withins Road Allotment Society
Bolton North Boxing Club
Breightmet Juniors FC
Tonge Fold Youth Football
Holly Fold Primary School (headteacher)
Our Lady of the Moors RC Primary School (headteacher)
Haulgh Brook Primary School (chair of governors)
Breightmet Pharmacy
Milnthorpe Road Post Office
Hargreaves Bakery, Breightmet Fold Lane
Breightmet Men's Shed
Breightmet Pantry
Tonge Fold Listening Post
Breightmet and Tonge Neighbourhood Watch
Tonge Moor Carers' Group
Breightmet Credit Union collection point

------------------------------------------------------------------

Contact: Shirley Haworth, co-ordinator, Breightmet Together
c/o The Community Hub, Breightmet Fold Lane, Bolton BL2 9ZZ
Phone 01632 960 266 · breightmettogether@example.org

This letter is published on our website and Facebook page and has
been sent to every member of the Council. You are welcome to share
it.
"""



# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "escomb-road-primary-school-parents-online-safety.html": lambda: SCHOOL_HTML,
    "the-drovers-rest-witney-whats-on.html": lambda: PUB_HTML,
    "trustedlocal-broadland-gutter-and-roof-care-wroxham-reviews.html": lambda: TRADER_HTML,
    "teifi-valley-community-fund-round-7-assessment-notes-gwen.md": lambda: ASSESS_MD,
    "open-letter-to-bolton-council-keep-the-youth-bus-on-the-road.txt": lambda: LETTER_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    festival_ticket(out)
    gift_in_will_guide(out)
    beer_festival(out)
    dog_walker_form(out)
    asb_diary(out)
    judo_welcome_pack(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
