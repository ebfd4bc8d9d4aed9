"""Write the documents of the forty-fourth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout44/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a yarn shop's free knitting pattern, a
village cricket club's fixture card, a weekend magazine's problem page, a school governor's visit
record, a charity sponsorship form filled in by a walker and a letting agent's inventory and
check-in report. The HTML, Markdown and plain-text documents (a borough council's committee meeting
agenda page, a publisher's reading group guide for a crime novel, a bike shop's order confirmation
email, a retired man's month of diary kept as Markdown and a road race's results file) are kept here
as text and written out unchanged; manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-third set's make.py (which took them from the forty-second).
"""

from __future__ import annotations

import calendar
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


# ================================================================== shared helpers (taken unchanged from the forty-third set, which took them from the forty-second)

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


# ================================================================== Word helpers (taken unchanged from the forty-third set, which took them from the forty-second)


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





# ================================================================== 1. A yarn shop's free knitting pattern (PDF)

KP_HEATHER = colors.HexColor("#7B3F61")
KP_PALE = colors.HexColor("#F6EEF2")
KP_NAVY = colors.HexColor("#1F2A44")
KP_SKIN = colors.HexColor("#F2C9A5")
KP_YELLOW = colors.HexColor("#E8D51E")
KP_FILE = "the-wool-loft-ludlow-free-pattern-17-little-bobby-knitted-comfort-doll.pdf"


def _kp_ball(canvas, x, y, r):
    """The shop's mark: a ball of yarn with two needles through it."""
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.circle(x, y, r, stroke=0, fill=1)
    canvas.setStrokeColor(KP_HEATHER)
    canvas.setLineWidth(0.8)
    for k in range(-2, 3):
        canvas.arc(x - r * 1.6 + k * r * 0.35, y - r, x + r * 0.4 + k * r * 0.35, y + r, 60, 80)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(1.4)
    canvas.line(x - r * 1.5, y - r * 1.2, x + r * 1.4, y + r * 1.4)
    canvas.line(x + r * 1.5, y - r * 1.2, x - r * 1.4, y + r * 1.4)
    canvas.circle(x + r * 1.45, y + r * 1.45, r * 0.18, stroke=0, fill=1)
    canvas.circle(x - r * 1.45, y + r * 1.45, r * 0.18, stroke=0, fill=1)
    canvas.restoreState()


def _kp_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(KP_HEATHER)
    canvas.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
    _kp_ball(canvas, 20 * mm, height - 9 * mm, 4 * mm)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-BoldItalic", 19)
    canvas.drawString(29 * mm, height - 11 * mm, "the wool loft")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(29 * mm, height - 15 * mm, "YARN \u00b7 NEEDLES \u00b7 NATTER \u00b7 LUDLOW")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawRightString(width - 15 * mm, height - 9 * mm, "FREE PATTERN No. 17")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 15 * mm, height - 13.5 * mm, "Little Bobby \u00b7 comfort doll")
    canvas.setStrokeColor(KP_HEATHER)
    canvas.setLineWidth(0.6)
    canvas.line(15 * mm, 14 * mm, width - 15 * mm, 14 * mm)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(15 * mm, 10 * mm, "\u00a9 The Wool Loft 2025. Free for personal and charity use: please do not sell this "
                      "pattern, or dolls made from it.")
    canvas.drawString(15 * mm, 6.5 * mm, "The Wool Loft, 14 Broad Street, Ludlow SY8 1NG \u00b7 01632 960 318 \u00b7 "
                      "www.thewoolloft.co.uk \u00b7 Pattern version 3, May 2025")
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(width - 15 * mm, 8 * mm, "%d / 3" % page)
    canvas.restoreState()


def _kp_doll(canvas, width, height):
    """Little Bobby, drawn flat: helmet, face, navy tunic, hi-vis vest, arms and legs."""
    cx = width / 2
    s = height / 100.0
    canvas.saveState()
    canvas.setFillColor(KP_PALE)
    canvas.roundRect(0, 0, width, height, 6, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#333333"))
    canvas.setLineWidth(0.5)
    # legs and shoes
    canvas.setFillColor(KP_NAVY)
    canvas.rect(cx - 9 * s, 10 * s, 7 * s, 22 * s, stroke=1, fill=1)
    canvas.rect(cx + 2 * s, 10 * s, 7 * s, 22 * s, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    canvas.ellipse(cx - 11 * s, 6 * s, cx - 1 * s, 12 * s, stroke=1, fill=1)
    canvas.ellipse(cx + 1 * s, 6 * s, cx + 11 * s, 12 * s, stroke=1, fill=1)
    # arms
    canvas.setFillColor(KP_NAVY)
    canvas.roundRect(cx - 19 * s, 34 * s, 7 * s, 24 * s, 3 * s, stroke=1, fill=1)
    canvas.roundRect(cx + 12 * s, 34 * s, 7 * s, 24 * s, 3 * s, stroke=1, fill=1)
    canvas.setFillColor(KP_SKIN)
    canvas.circle(cx - 15.5 * s, 33 * s, 3.2 * s, stroke=1, fill=1)
    canvas.circle(cx + 15.5 * s, 33 * s, 3.2 * s, stroke=1, fill=1)
    # body and vest
    canvas.setFillColor(KP_NAVY)
    canvas.roundRect(cx - 12 * s, 30 * s, 24 * s, 30 * s, 4 * s, stroke=1, fill=1)
    canvas.setFillColor(KP_YELLOW)
    canvas.rect(cx - 12 * s, 36 * s, 24 * s, 18 * s, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#C8C8C8"))
    canvas.rect(cx - 12 * s, 41 * s, 24 * s, 2 * s, stroke=0, fill=1)
    canvas.rect(cx - 12 * s, 47 * s, 24 * s, 2 * s, stroke=0, fill=1)
    # head
    canvas.setFillColor(KP_SKIN)
    canvas.circle(cx, 69 * s, 10 * s, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    canvas.circle(cx - 3.5 * s, 70 * s, 0.9 * s, stroke=0, fill=1)
    canvas.circle(cx + 3.5 * s, 70 * s, 0.9 * s, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#A0404F"))
    canvas.arc(cx - 3 * s, 63 * s, cx + 3 * s, 67 * s, 200, 140)
    # helmet
    canvas.setStrokeColor(colors.HexColor("#333333"))
    canvas.setFillColor(KP_NAVY)
    path = canvas.beginPath()
    path.moveTo(cx - 11 * s, 73 * s)
    path.curveTo(cx - 11 * s, 88 * s, cx - 6 * s, 95 * s, cx, 95 * s)
    path.curveTo(cx + 6 * s, 95 * s, cx + 11 * s, 88 * s, cx + 11 * s, 73 * s)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.rect(cx - 12.5 * s, 72 * s, 25 * s, 2.2 * s, stroke=1, fill=1)
    canvas.circle(cx, 96 * s, 1.5 * s, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#D9D9D9"))
    star = canvas.beginPath()
    import math
    for k in range(10):
        r = 3.2 * s if k % 2 == 0 else 1.4 * s
        a = math.pi / 2 + k * math.pi / 5
        px, py = cx + r * math.cos(a), 82 * s + r * math.sin(a)
        if k == 0:
            star.moveTo(px, py)
        else:
            star.lineTo(px, py)
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica-Oblique", 7)
    canvas.drawCentredString(cx, 1.5 * s, "Little Bobby, 22 cm, in navy, black and hi-vis yellow")
    canvas.restoreState()


def _kp_chart(canvas, width, height):
    """The helmet badge as an 11 x 11 Swiss-darning chart: grey squares are worked in silver."""
    cells = [
        ".....X.....", ".....X.....", "....XXX....", "XXXXXXXXXXX", ".XXXXXXXXX.", "..XXXXXXX..",
        "..XXXXXXX..", ".XXXX.XXXX.", ".XXX...XXX.", "XX.......XX", "...........",
    ]
    n = 11
    size = min(width - 14 * mm, height - 10 * mm) / n
    x0 = 10 * mm
    y0 = height - 4 * mm
    canvas.saveState()
    canvas.setLineWidth(0.4)
    for r, row in enumerate(cells):
        for c, ch in enumerate(row):
            canvas.setFillColor(colors.HexColor("#B8B8B8") if ch == "X" else KP_NAVY)
            canvas.setStrokeColor(colors.HexColor("#9AA0B4"))
            canvas.rect(x0 + c * size, y0 - (r + 1) * size, size, size, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 6)
    for r in range(n):
        canvas.drawRightString(x0 - 1.5 * mm, y0 - (r + 1) * size + size * 0.3, str(n - r))
    for c in range(n):
        canvas.drawCentredString(x0 + c * size + size / 2, y0 - n * size - 3 * mm, str(c + 1))
    canvas.restoreState()


def knitting_pattern(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / KP_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=24 * mm, bottomMargin=18 * mm, title="Little Bobby: a knitted comfort doll",
                          author="The Wool Loft", subject="Free pattern No. 17", creator="The Wool Loft",
                          invariant=1)
    wide = width - 2 * margin
    gap = 7 * mm
    col = (wide - gap) / 2
    body_h = height - 24 * mm - 18 * mm
    one = Frame(margin, 18 * mm, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, 18 * mm, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 18 * mm, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [one], onPage=_kp_page),
                          PageTemplate("cols", [left, right], onPage=_kp_page)])
    title = _style("t", "Times-Bold", 34, leading=36, color=KP_HEATHER, after=2)
    sub = _style("s", "Times-Italic", 13, leading=16, color=colors.HexColor("#444444"), after=6)
    h2 = _style("h2", "Helvetica-Bold", 10.5, leading=13, color=KP_HEATHER, before=6, after=3)
    h3 = _style("h3", "Helvetica-Bold", 9, leading=11.5, color=KP_NAVY, before=5, after=2)
    body = _style("b", "Helvetica", 8.6, leading=11.6, after=4)
    serif = _style("sf", "Times-Roman", 10.2, leading=13.4, after=5)
    small = _style("sm", "Helvetica", 7.6, leading=9.8, after=2)
    row = _style("row", "Helvetica", 8.4, leading=10.8, left=12 * mm, first=-12 * mm, after=1.2)
    cell = _style("c", "Helvetica", 8, leading=10)
    head = _style("hd", "Helvetica-Bold", 8, leading=10, color=colors.white)

    def rows(items):
        return [Paragraph("<b>%s</b>\u2003%s" % (a, b) if a else b, row) for a, b in items]

    facts = Table([[Paragraph("<b>SKILL LEVEL</b><br/>Improver (level 2 of 4)", small),
                    Paragraph("<b>SIZE</b><br/>22 cm (8\u00be in) tall", small),
                    Paragraph("<b>TIME</b><br/>About 8 hours", small)]], colWidths=[col / 3] * 3)
    facts.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, KP_HEATHER),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, KP_HEATHER),
                               ("BACKGROUND", (0, 0), (-1, -1), KP_PALE)]))
    materials = _panel([
        Paragraph("YOU WILL NEED", h3),
        Paragraph("\u2022 DK yarn in navy, 50 g (about 120 m)<br/>\u2022 DK yarn in black, 20 g<br/>"
                  "\u2022 DK yarn in a skin tone, 15 g<br/>\u2022 DK yarn in bright yellow, 10 g<br/>"
                  "\u2022 An oddment of silver or pale grey DK<br/>\u2022 A pair of 3.25 mm (UK 10, US 3) "
                  "needles<br/>\u2022 About 30 g of washable toy stuffing (BS EN71)<br/>\u2022 A tapestry "
                  "needle and stitch markers", body),
        Paragraph("TENSION", h3),
        Paragraph("26 sts and 36 rows to 10 cm over stocking stitch on 3.25 mm needles. Tension is not "
                  "critical, but a firm fabric stops the stuffing showing through.", body),
        Paragraph("We used Loft Everyday DK, 100% acrylic, machine washable at 40\u00b0C: Navy 214, Jet "
                  "002, Biscuit 118, Sunshine 330, Silver 051. \u00a33.20 a 100 g ball.", small),
    ], col, fill=None, border=KP_HEATHER, pad=7)
    top = Table([[_Drawing(col, 112 * mm, _kp_doll), [facts, Spacer(1, 3 * mm), materials]]],
                colWidths=[col + gap, col])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    why = _panel([
        Paragraph("Why Little Bobby?", _style("wh", "Times-Bold", 15, leading=18, color=KP_HEATHER, after=4)),
        Paragraph("Since 2023 every response car in South Shropshire has carried a bag of Little Bobbies. "
                  "West Mercia Police\u2019s response and safer neighbourhood officers give one to a young "
                  "child they meet at a bad moment: a crash on the A49, a house where someone has been hurt, "
                  "the morning a parent is arrested. The idea came from PC Hannah Crowther at Ludlow, who "
                  "asked our Thursday Knit and Natter group for something small and soft that would wash "
                  "and that a frightened child could hold. The group knits the dolls to this pattern, we "
                  "check and bag them in the shop, and the officers collect them twenty at a time. The "
                  "force tells us 1,140 have gone out so far, and that a doll has got more than one child "
                  "through a long night in the children\u2019s unit at the Royal Shrewsbury Hospital. "
                  "Officers from Hereford and Worcester now ask for them too.", serif),
        Paragraph("Knitting Little Bobbies for the officers? Please read the notes on page 3 first: dolls "
                  "that go out in police cars have to meet some extra rules.",
                  _style("wn", "Times-Italic", 10, leading=13, color=KP_HEATHER, after=0)),
    ], wide, fill=KP_PALE, pad=9)
    story = [
        Paragraph("Little Bobby", title),
        Paragraph("A knitted comfort doll in uniform, worked flat in DK and seamed", sub),
        top, Spacer(1, 5 * mm), why, Spacer(1, 4 * mm),
        Paragraph("This pattern is worked flat in pieces and sewn together. It uses knit, purl, simple "
                  "increases and decreases and a little Swiss darning for the helmet badge. If you have "
                  "knitted a tea cosy or a hat, you can knit Little Bobby. Stuck? Bring your knitting to "
                  "the shop on a Thursday afternoon and someone will help.", body),
        NextPageTemplate("cols"), PageBreak(),
    ]
    abbreviations = [["Abbr.", "Meaning"], ["k", "knit"], ["p", "purl"], ["st(s)", "stitch(es)"],
                     ["st st", "stocking stitch (k on RS rows, p on WS rows)"], ["RS / WS", "right side / wrong side"],
                     ["kfb", "knit into front and back of the same st (1 st increased)"],
                     ["k2tog", "knit 2 sts together (1 st decreased)"],
                     ["ssk", "slip, slip, knit the 2 slipped sts together through the back loops"],
                     ["m1", "make 1: pick up the bar between sts and knit into the back of it"],
                     ["rep", "repeat"], ["beg", "beginning"], ["cont", "continue"]]
    story += [
        Paragraph("Abbreviations", h2),
        _grid(abbreviations, [16 * mm, col - 16 * mm], cell, head_style=head, head_fill=KP_HEATHER,
              line=colors.HexColor("#C9A9BA"), zebra=KP_PALE),
        Paragraph("Pattern notes", h2),
        Paragraph("Slip the first st of every row purlwise for neater seams. Leave a long tail at the start "
                  "and end of each piece for sewing up. Numbers in brackets are the sts you should have at "
                  "the end of the row.", body),
        Paragraph("Legs (make 2)", h2),
    ] + rows([
        ("", "Using black, cast on 14 sts."),
        ("Row 1", "(RS) kfb in every st. (28 sts)"),
        ("Rows 2\u20137", "Beg with a p row, work 6 rows st st."),
        ("Row 8", "k6, (k2tog) 8 times, k6. (20 sts)"),
        ("", "Change to navy."),
        ("Rows 9\u201334", "Work 26 rows st st."),
        ("", "Leave sts on a spare needle. Make a second leg but do not cut the yarn."),
    ]) + [
        Paragraph("Body", h2),
    ] + rows([
        ("Row 1", "(RS) k across the 20 sts of the second leg, then the 20 sts of the first leg. (40 sts)"),
        ("Rows 2\u201314", "Work 13 rows st st."),
        ("", "Change to yellow for the vest."),
        ("Rows 15\u201318", "Work 4 rows st st."),
        ("Row 19", "Using silver, k 1 row. Row 20: using silver, p 1 row."),
        ("Rows 21\u201324", "Using yellow, work 4 rows st st."),
        ("Rows 25\u201326", "Using silver, work 2 rows st st, then 4 rows yellow."),
        ("", "Change to navy."),
        ("Row 31", "(k3, k2tog) 8 times. (32 sts)"),
        ("Rows 32\u201336", "Work 5 rows st st."),
        ("Row 37", "(k2, k2tog) 8 times. (24 sts)"),
        ("Row 38", "p."),
    ]) + [
        Paragraph("Head", h2),
    ] + rows([
        ("", "Change to skin tone."),
        ("Row 39", "(kfb) to end. (48 sts)"),
        ("Rows 40\u201358", "Work 19 rows st st."),
        ("Row 59", "(k4, k2tog) 8 times. (40 sts)"),
        ("Row 60 and every WS row", "p."),
        ("Row 61", "(k3, k2tog) 8 times. (32 sts)"),
        ("Row 63", "(k2, k2tog) 8 times. (24 sts)"),
        ("Row 65", "(k2tog) to end. (12 sts)"),
        ("", "Cut the yarn, thread it through the sts and pull tight."),
    ]) + [
        Paragraph("Helmet", h2),
    ] + rows([
        ("", "Using navy, cast on 52 sts."),
        ("Rows 1\u20134", "k 4 rows (garter stitch brim)."),
        ("Rows 5\u201320", "Beg with a k row, work 16 rows st st."),
        ("Row 21", "(k11, k2tog) 4 times. (48 sts)"),
        ("Row 23", "(k4, k2tog) 8 times. (40 sts)"),
        ("Row 25", "(k3, k2tog) 8 times. (32 sts)"),
        ("Row 27", "(k2, k2tog) 8 times. (24 sts)"),
        ("Row 29", "(k2tog) to end. (12 sts)"),
        ("Row 31", "(k2tog) to end. (6 sts)"),
        ("", "Thread the yarn through and pull tight. The rose on top: cast on 5 sts, k 4 rows, gather "
             "into a ball and sew on."),
    ]) + [
        Paragraph("Arms (make 2)", h2),
    ] + rows([
        ("", "Using skin tone, cast on 6 sts."),
        ("Row 1", "(kfb) to end. (12 sts)"),
        ("Rows 2\u20136", "Work 5 rows st st. Change to navy."),
        ("Rows 7\u201330", "Work 24 rows st st. Cast off."),
    ]) + [
        Paragraph("Making up", h2),
        Paragraph("1. Sew the back seam of the body and head, and the inside leg seams, leaving a gap at the "
                  "back of the head. Stuff firmly, a little at a time, and close the gap.", body),
        Paragraph("2. Wind a length of skin-tone yarn tightly round the neck at the colour change and fasten "
                  "off to shape the head.", body),
        Paragraph("3. Sew the arm seams, stuff lightly and sew the arms to the sides of the body, just below "
                  "the neck.", body),
        Paragraph("4. Swiss darn the badge on the front of the helmet from the chart on page 3, then sew the "
                  "helmet to the head, pulling the brim down over the forehead.", body),
        Paragraph("5. Embroider the eyes with black in satin stitch and the smile in red backstitch. Do not "
                  "use safety eyes or buttons.", body),
        Paragraph("Hair (optional)", h2),
        Paragraph("For curls, work loops of brown or black yarn under the helmet brim at the back and sides. "
                  "For a bun, knit a 10-stitch square in garter stitch, gather it into a ball and sew it on "
                  "below the brim. Keep all hair short and firmly sewn.", body),
        Spacer(1, 3 * mm),
        _panel([Paragraph("<b>Tip from the Thursday table:</b> knit all four navy pieces first, then all the "
                          "skin-tone pieces, so you only change balls twice. A Little Bobby knitted a row at a "
                          "time on the bus still counts.", _style("tip", "Times-Italic", 10, leading=13,
                                                                   color=KP_NAVY, after=0))],
               col, fill=KP_PALE, bar=KP_HEATHER, pad=8),
        NextPageTemplate("cover"), PageBreak(),
    ]
    rules = _panel([
        Paragraph("Dolls for the police: the extra rules", _style("rh", "Helvetica-Bold", 11, leading=14,
                                                               color=colors.white, after=4)),
        Paragraph("\u2022 Knit exactly to this pattern: no buttons, beads, ribbon, wire, bells or safety eyes.<br/>"
                  "\u2022 New acrylic yarn only, machine washable, from a smoke-free and pet-free home.<br/>"
                  "\u2022 Wash the finished doll at 40\u00b0C and let it dry completely.<br/>"
                  "\u2022 Bring it to the shop in a clear bag with a label saying which yarn you used.<br/>"
                  "\u2022 No names, notes or badges of real forces: Little Bobby is nobody\u2019s officer in "
                  "particular.<br/>"
                  "We check every doll before it goes. Sorry, but we cannot pass on dolls that smell of smoke "
                  "or have pet hair on them, however lovely they are.",
                  _style("rb", "Helvetica", 8.6, leading=11.8, color=colors.white, after=0)),
    ], wide * 0.58, fill=KP_NAVY, pad=9)
    chart = [Paragraph("Helmet badge chart", h2),
             Paragraph("Swiss darn over the centre front of the helmet, starting 4 rows above the brim. "
                       "Grey squares: silver. Navy squares: leave as knitted.", small),
             _Drawing(wide * 0.38, 62 * mm, _kp_chart)]
    mid = Table([[rules, chart]], colWidths=[wide * 0.6, wide * 0.4])
    mid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    drop = _grid([["Drop-off at the shop", "Open"],
                  ["Monday to Friday", "9.30am \u2013 5pm"],
                  ["Saturday", "9.30am \u2013 4pm"],
                  ["Knit and Natter (Thursdays)", "2pm \u2013 4pm, upstairs, free, all welcome"]],
                 [55 * mm, wide * 0.5 - 55 * mm], cell, head_style=head, head_fill=KP_HEATHER,
                 line=colors.HexColor("#C9A9BA"))
    twiddle = _panel([
        Paragraph("Knitting for good: twiddlemuffs", _style("th", "Times-Bold", 14, leading=17, color=KP_HEATHER,
                                                           after=4)),
        Paragraph("Twiddlemuffs are our other long-running project. A twiddlemuff is a double-thickness knitted "
                  "tube with buttons, ribbons and pompoms sewn inside and out, for restless hands to fiddle "
                  "with. Since January 2024 the Knit and Natter group has knitted them for Ward 4 at Ludlow "
                  "Community Hospital, where many patients are living with dementia. The group has made and "
                  "delivered 86 so far, each one washed and labelled, and the ward sister tells us they are "
                  "on the ward every day and that patients keep them when they go home. The free pattern is "
                  "No. 18; they take about two evenings.", serif),
        Paragraph("Twiddlemuffs are for adults only and are not suitable for children, so please keep them "
                  "away from the Little Bobby bag.", _style("tn", "Times-Italic", 9.5, leading=12, after=0)),
    ], wide, fill=KP_PALE, border=KP_HEATHER, pad=9)
    more = _grid([["No.", "Free pattern", "Yarn"], ["15", "Sheep tea cosy", "Chunky"],
                  ["16", "Remembrance poppy brooch", "DK"], ["18", "Twiddlemuff", "Chunky or DK held double"],
                  ["19", "Preemie hat (for the neonatal unit)", "4-ply"]],
                 [12 * mm, wide * 0.5 - 42 * mm, 30 * mm], cell, head_style=head, head_fill=KP_NAVY,
                 line=colors.HexColor("#9AA0B4"), zebra=KP_PALE)
    bottom = Table([[[Paragraph("Where to bring them", h2), drop], [Paragraph("More free patterns", h2), more]]],
                   colWidths=[wide * 0.5, wide * 0.5])
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    story += [
        Paragraph("Finishing, safety and where to bring your dolls", _style("p3", "Times-Bold", 20, leading=23,
                                                                           color=KP_HEATHER, after=6)),
        mid, Spacer(1, 5 * mm),
        Paragraph("Safety for every doll", h2),
        Paragraph("Whoever your doll is for, embroider the face and keep every part firmly sewn: small parts "
                  "are a choking risk for children under three. Check the seams after each wash. Little "
                  "Bobby\u2019s custodian helmet is the old style most people draw when they think of a "
                  "British bobby; real officers in West Mercia wear caps and bowlers on patrol, and the "
                  "children do not seem to mind.", body),
        Spacer(1, 3 * mm), twiddle, Spacer(1, 4 * mm), bottom,
    ]
    doc.build(story)


# ================================================================== 2. A village cricket club's fixture card (PDF)

FC_GREEN = colors.HexColor("#1E4D2B")
FC_CREAM = colors.HexColor("#F7F3E3")
FC_MAROON = colors.HexColor("#7A1F2B")
FC_FILE = "cissbury-ring-cricket-club-findon-fixture-card-2026.pdf"


def _fc_saturdays():
    """The Saturdays of the league season, 2 May to 5 September 2026."""
    from datetime import date, timedelta

    day = date(2026, 5, 2)
    days = []
    while day <= date(2026, 9, 5):
        days.append(day)
        day += timedelta(days=7)
    return days


def _fc_date(day):
    return "%s %d %s" % (day.strftime("%a"), day.day, day.strftime("%b"))


def _fc_crest(canvas, cx, cy, r):
    """The club crest: a ring of the Downs with crossed bats and a ball."""
    canvas.saveState()
    canvas.setFillColor(FC_GREEN)
    canvas.setStrokeColor(FC_MAROON)
    canvas.setLineWidth(2)
    path = canvas.beginPath()
    path.moveTo(cx - r, cy + r)
    path.lineTo(cx + r, cy + r)
    path.lineTo(cx + r, cy - r * 0.2)
    path.curveTo(cx + r, cy - r * 0.9, cx + r * 0.3, cy - r * 1.2, cx, cy - r * 1.35)
    path.curveTo(cx - r * 0.3, cy - r * 1.2, cx - r, cy - r * 0.9, cx - r, cy - r * 0.2)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setStrokeColor(FC_CREAM)
    canvas.setLineWidth(1.2)
    canvas.circle(cx, cy + r * 0.1, r * 0.62, stroke=1, fill=0)
    canvas.setFillColor(colors.HexColor("#D8C38A"))
    for sign in (-1, 1):
        canvas.saveState()
        canvas.translate(cx, cy)
        canvas.rotate(sign * 35)
        canvas.roundRect(-r * 0.09, -r * 0.75, r * 0.18, r * 1.0, r * 0.05, stroke=0, fill=1)
        canvas.rect(-r * 0.035, r * 0.25, r * 0.07, r * 0.4, stroke=0, fill=1)
        canvas.restoreState()
    canvas.setFillColor(FC_MAROON)
    canvas.circle(cx, cy + r * 0.62, r * 0.13, stroke=0, fill=1)
    canvas.setFillColor(FC_CREAM)
    canvas.setFont("Times-Bold", r * 0.28)
    canvas.drawCentredString(cx, cy - r * 0.95, "1894")
    canvas.restoreState()


def _fc_map(canvas, width, height):
    """A sketch map: the A24, Findon village, Nepcote Lane and the ground."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#EEF2E6"))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#C8A84B"))
    canvas.setLineWidth(5)
    canvas.line(width * 0.25, 0, width * 0.32, height)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 6.5)
    canvas.drawString(width * 0.05, height * 0.1, "A24 to Worthing")
    canvas.drawString(width * 0.33, height * 0.92, "A24 to Horsham")
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setLineWidth(2.5)
    canvas.line(width * 0.28, height * 0.55, width * 0.8, height * 0.42)
    canvas.line(width * 0.62, height * 0.46, width * 0.7, height * 0.1)
    canvas.setFont("Helvetica", 6)
    canvas.drawString(width * 0.42, height * 0.56, "Nepcote Lane")
    canvas.drawString(width * 0.71, height * 0.16, "to Cissbury Ring")
    canvas.setFillColor(colors.HexColor("#BBD6A9"))
    canvas.setStrokeColor(FC_GREEN)
    canvas.setLineWidth(1)
    canvas.ellipse(width * 0.72, height * 0.5, width * 0.96, height * 0.8, stroke=1, fill=1)
    canvas.setFillColor(FC_GREEN)
    canvas.setFont("Helvetica-Bold", 6.5)
    canvas.drawCentredString(width * 0.84, height * 0.63, "GROUND")
    canvas.setFillColor(colors.HexColor("#B0B0B0"))
    canvas.rect(width * 0.5, height * 0.25, width * 0.1, height * 0.12, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 5.8)
    canvas.drawCentredString(width * 0.55, height * 0.2, "village hall (P)")
    canvas.setFont("Helvetica-Bold", 7)
    canvas.drawString(width * 0.06, height * 0.62, "FINDON")
    canvas.setFont("Helvetica", 6)
    canvas.drawRightString(width - 2 * mm, 2 * mm, "N \u2191  not to scale")
    canvas.restoreState()


def _fc_page(canvas, doc):
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFillColor(FC_CREAM)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#C9C2A6"))
    canvas.setDash(2, 3)
    canvas.setLineWidth(0.5)
    canvas.line(width / 3, 4 * mm, width / 3, height - 4 * mm)
    canvas.line(2 * width / 3, 4 * mm, 2 * width / 3, height - 4 * mm)
    canvas.restoreState()


def fixture_card(out: Path) -> None:
    width, height = landscape(A4)
    panel = width / 3
    pad = 8 * mm
    doc = BaseDocTemplate(str(out / FC_FILE), pagesize=landscape(A4), leftMargin=0, rightMargin=0,
                          topMargin=0, bottomMargin=0, title="Cissbury Ring Cricket Club: fixtures 2026",
                          author="Cissbury Ring Cricket Club", subject="Fixture card 2026",
                          creator="Cissbury Ring Cricket Club", invariant=1)
    frames = [Frame(i * panel + pad, 7 * mm, panel - 2 * pad, height - 14 * mm, id="f%d" % i, leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]
    doc.addPageTemplates([PageTemplate("card", frames, onPage=_fc_page)])
    inner = panel - 2 * pad
    h2 = _style("h2", "Times-Bold", 14, leading=17, color=FC_GREEN, before=5, after=3)
    h3 = _style("h3", "Helvetica-Bold", 8.8, leading=11, color=FC_MAROON, before=4, after=2)
    body = _style("b", "Helvetica", 8.4, leading=10.8, after=3)
    small = _style("sm", "Helvetica", 7.4, leading=9.4, after=2)
    cell = _style("c", "Helvetica", 7.9, leading=9.6)
    cellb = _style("cb", "Helvetica-Bold", 7.9, leading=9.6)
    head = _style("hd", "Helvetica-Bold", 8, leading=9.8, color=colors.white)
    centre = _style("ce", "Times-Bold", 22, leading=25, color=FC_GREEN, align=1, after=2)
    centre_s = _style("cs", "Times-Italic", 11, leading=14, color=FC_MAROON, align=1, after=2)
    centre_b = _style("cb2", "Helvetica", 8, leading=11, align=1, after=2)
    advert_t = _style("at", "Times-Bold", 12.5, leading=15, color=FC_MAROON, align=1, after=1)
    advert_b = _style("ab", "Helvetica", 7.8, leading=10, align=1, after=0)

    def fixtures(rows, widths, zebra=colors.HexColor("#ECE6CC")):
        return _grid(rows, widths, cell, head_style=head, head_fill=FC_GREEN, line=colors.HexColor("#B9B08C"),
                     zebra=zebra, pad=3)

    officers = [["Role", "Name", "Phone"],
                ["President", "Mrs Pat Goring", ""],
                ["Chairman", "Martin Ede", "07700 900 214"],
                ["Hon. Secretary", "Sue Blaber", "07700 900 355"],
                ["Treasurer", "Nick Harwood", "07700 900 561"],
                ["Fixture Secretary", "Gary Pannett", "07700 900 802"],
                ["1st XI Captain", "Tom Ede", "07700 900 117"],
                ["2nd XI Captain", "Raj Mistry", "07700 900 640"],
                ["Sunday Captain", "Phil Dunstall", "07700 900 938"],
                ["Colts Organiser", "Kerry Lelliott", "07700 900 476"],
                ["Club Welfare Officer", "Jo Rapley", "07700 900 293"],
                ["Groundsman", "Dave Tullett", ""]]
    subs = [["Membership 2026", "\u00a3"], ["Playing (adult)", "95"], ["Playing (student, 18\u201321)", "45"],
            ["Colts (first child)", "60"], ["Colts (each further child)", "40"], ["Social / vice-president", "25"],
            ["Match fee (adult)", "8"], ["Match fee (colts, incl. tea)", "3"]]
    story = [
        Paragraph("Club officers 2026", h2),
        fixtures(officers, [inner * 0.36, inner * 0.36, inner * 0.28]),
        Paragraph("Subscriptions", h2),
        fixtures(subs, [inner * 0.78, inner * 0.22]),
        Paragraph("Subs are due by the first league match (2 May). Pay by bank transfer to Cissbury Ring CC, "
                  "sort code 40-00-00, account 01234567, with your surname as the reference. Nobody who wants to "
                  "play will be turned away for the cost: have a quiet word with Nick.", small),
        Paragraph("Teas", h2),
        Paragraph("Home teas are provided by the team\u2019s rota of volunteers. Your name will appear on the tea "
                  "rota on the pavilion noticeboard; if you cannot do your date, swap it and tell Sue. Visiting "
                  "teams: tea is at the innings break, \u00a35 a head.", body),
        FrameBreak(),
        Paragraph("With thanks to our sponsors", h2),
        _panel([Paragraph("DOWNSVIEW MOTORS", advert_t),
                Paragraph("Servicing \u00b7 MOTs \u00b7 tyres<br/>London Road, Findon \u00b7 01632 960 274<br/>"
                          "Proud main sponsor of the Cissbury Ring 1st XI", advert_b)],
               inner, fill=colors.white, border=FC_MAROON, pad=6),
        Spacer(1, 2.5 * mm),
        Table([[_panel([Paragraph("The Cissbury Arms", advert_t),
                        Paragraph("Real ales, Sunday roasts<br/>Players\u2019 discount after home games", advert_b)],
                       inner / 2 - 2 * mm, fill=colors.white, border=FC_GREEN, pad=5),
                _panel([Paragraph("K. Pelling Locks", advert_t),
                        Paragraph("Locksmith &amp; security, 24 hrs<br/>Sheds, gates, garages<br/>07700 900 505",
                                  advert_b)],
                       inner / 2 - 2 * mm, fill=colors.white, border=FC_GREEN, pad=5)]],
              colWidths=[inner / 2, inner / 2],
              style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Spacer(1, 2.5 * mm),
        _panel([Paragraph("Findon Valley Physio", advert_t),
                Paragraph("Sports injuries and massage \u00b7 10% off for CRCC members", advert_b)],
               inner, fill=colors.white, border=FC_MAROON, pad=5),
        Paragraph("Finding us", h2),
        _Drawing(inner, 62 * mm, _fc_map),
        Paragraph("The Ring Field, Nepcote Lane, Findon BN14 0SE. Turn off the A24 into the village and follow "
                  "Nepcote Lane towards Cissbury Ring; the ground is on the left after the village hall. Park "
                  "on the field by the pavilion, not in the lane. Buses: the 23 stops on the A24.", small),
        FrameBreak(),
        Spacer(1, 10 * mm),
        _Drawing(inner, 52 * mm, lambda c, w, h: _fc_crest(c, w / 2, h * 0.6, 17 * mm)),
        Spacer(1, 4 * mm),
        Paragraph("CISSBURY RING<br/>CRICKET CLUB", centre),
        Paragraph("Findon, West Sussex \u00b7 founded 1894", centre_s),
        Spacer(1, 8 * mm),
        Paragraph("FIXTURES", _style("fx", "Helvetica-Bold", 16, leading=19, color=FC_MAROON, align=1, after=0)),
        Paragraph("2026", _style("yr", "Times-Bold", 40, leading=44, color=FC_GREEN, align=1, after=6)),
        Paragraph("1st and 2nd XIs in the Sussex Cricket League<br/>Sunday friendlies \u00b7 Wednesday T20<br/>"
                  "Colts from Under 9 to Under 15", centre_b),
        Spacer(1, 12 * mm),
        Paragraph("New players of every standard always welcome.<br/>Nets from Tuesday 14 April, 6pm.", centre_b),
        Spacer(1, 6 * mm),
        Paragraph("www.cissburyringcc.co.uk", _style("url", "Helvetica-Bold", 8.5, leading=11, color=FC_GREEN,
                                                      align=1)),
        Paragraph("1st XI sponsored by Downsview Motors", _style("sp", "Helvetica-Oblique", 7, leading=9,
                                                                 align=1)),
        PageBreak(),
    ]
    # inside: league fixtures, 1st and 2nd XI on the same Saturdays (one at home, one away)
    first = ["Ferring", "Ashington", "Slinfold II", "Lancing Manor", "Clymping", "Steyning II", "Rudgwick II",
             "Worthing Dolphins", "Henfield III", "Ferring", "Ashington", "Slinfold II", "Lancing Manor",
             "Clymping", "Steyning II", "Rudgwick II", "Worthing Dolphins", "Henfield III"]
    second = ["Sompting II", "Storrington III", "Partridge Green II", "West Chiltington III", "Goring-by-Sea III",
              "Broadwater II", "Upper Beeding II", "Thakeham Village II", "Southwick III", "Sompting II",
              "Storrington III", "Partridge Green II", "West Chiltington III", "Goring-by-Sea III",
              "Broadwater II", "Upper Beeding II", "Thakeham Village II", "Southwick III"]
    league = [["Date", "1st XI", "", "2nd XI", ""]]
    for i, day in enumerate(_fc_saturdays()):
        home = "H" if i % 2 == 0 else "A"
        away = "A" if home == "H" else "H"
        if i < len(first):
            league.append([_fc_date(day), first[i], home, second[i], away])
        else:
            league.append([_fc_date(day), "Cup final day (if through)*", "", "No fixture", ""])
    story += [
        Paragraph("Saturday league", h2),
        Paragraph("Sussex Cricket League: 1st XI Division 10 West, 2nd XI Division 14 West. Start 1.30pm "
                  "(1pm from 22 August). 45 overs a side.", small),
        fixtures(league, [inner * 0.2, inner * 0.34, inner * 0.06, inner * 0.34, inner * 0.06]),
        Paragraph("* Intermediate Cup: rounds are arranged with opponents. Watch the noticeboard and the "
                  "club WhatsApp.", small),
        Paragraph("Umpires and scorers", h3),
        Paragraph("Each side provides a scorer and, below Division 6, its own umpires. Please do your turn; "
                  "the fixture secretary keeps the list.", body),
        FrameBreak(),
    ]
    sunday = [["Date", "Sunday XI", "", "Start"],
              ["Sun 26 Apr", "President\u2019s XI v Captain\u2019s XI", "H", "1pm"],
              ["Sun 10 May", "Bramber Castle Wanderers", "H", "2pm"],
              ["Sun 24 May", "The Ship Inn, Shoreham", "A", "2pm"],
              ["Sun 7 Jun", "Findon Valley Old Boys", "H", "2pm"],
              ["Sun 21 Jun", "Poynings", "A", "2pm"],
              ["Sun 5 Jul", "Washington", "A", "2pm"],
              ["Sun 12 Jul", "Sussex Police CC", "H", "1.30pm"],
              ["Sun 26 Jul", "Chanctonbury Ramblers", "H", "2pm"],
              ["Sun 9 Aug", "Sheep Fair Sixes (tournament)", "H", "11am"],
              ["Sun 23 Aug", "Wiston Park", "A", "2pm"],
              ["Sun 13 Sep", "Families\u2019 match and end of season BBQ", "H", "12pm"]]
    midweek = [["Date", "Wednesday T20 (Downs Midweek League)", "", "Start"],
               ["Wed 20 May", "Henfield Hurricanes", "A", "6.15pm"],
               ["Wed 3 Jun", "Steyning Strollers", "H", "6.15pm"],
               ["Wed 17 Jun", "Storrington Stags", "A", "6.15pm"],
               ["Wed 1 Jul", "Southwick Swifts", "H", "6.15pm"],
               ["Wed 15 Jul", "Shoreham Seagulls", "A", "6.15pm"],
               ["Wed 29 Jul", "Semi-finals", "", "6pm"]]
    story += [
        Paragraph("Sunday friendlies", h2),
        fixtures(sunday, [inner * 0.24, inner * 0.52, inner * 0.08, inner * 0.16]),
        Paragraph("35 overs a side, or timed. Friendlies are for everyone: tell Phil by Thursday if you can play.",
                  small),
        Paragraph("Wednesday evenings", h2),
        fixtures(midweek, [inner * 0.24, inner * 0.52, inner * 0.08, inner * 0.16]),
        Paragraph("Colts", h2),
        fixtures([["Age group", "Training (Fridays)", "Matches"],
                  ["Under 9 and Under 11 (softball)", "5.30pm \u2013 6.30pm", "Sun mornings"],
                  ["Under 13", "6pm \u2013 7.15pm", "Tue evenings"],
                  ["Under 15", "6pm \u2013 7.30pm", "Mon evenings"]],
                 [inner * 0.44, inner * 0.3, inner * 0.26]),
        Paragraph("Colts training runs from Friday 1 May to Friday 24 July. Every colt needs a signed consent "
                  "form before the first session; helmets must be worn when batting and keeping against a "
                  "hard ball.", small),
        FrameBreak(),
        Paragraph("Club notices", h2),
        Paragraph("Ground and pavilion", h3),
        Paragraph("Please leave the square alone unless Dave says otherwise, and keep dogs on leads and off "
                  "the outfield on match days. The pavilion code is changed every April; ask the captains.", body),
        Paragraph("Car park", h3),
        Paragraph("Two cars were broken into on the field during a home game last August. Please leave nothing "
                  "on show, lock up, and take kit bags into the pavilion. If you see anyone trying car doors, "
                  "call 999; report anything you find afterwards to Sussex Police on 101 or online, and tell a "
                  "committee member.", body),
        Paragraph("Sussex Police CC, 12 July", h3),
        Paragraph("Our old friends are back for their annual visit. Their captain promises a full side this "
                  "year, shifts permitting; last year they arrived with nine and borrowed our 2nd XI wicketkeeper. "
                  "Barbecue after the game.", body),
        Paragraph("Thank you, Dave", h3),
        Paragraph("Our groundsman Dave Tullett begins his 31st season on the Ring Field. If you have a spare "
                  "Saturday morning in April, he would love help rolling the square.", body),
        Paragraph("Dates for the diary", h3),
        fixtures([["When", "What"],
                  ["Sat 28 Mar, 10am", "Working party: pavilion and nets"],
                  ["Fri 17 Apr, 7.30pm", "Quiz night, village hall"],
                  ["Sat 19 Sep, 7pm", "Club dinner and awards, The Cissbury Arms"],
                  ["Thu 5 Nov, 7.30pm", "Annual general meeting, pavilion"]],
                 [inner * 0.34, inner * 0.66]),
        Paragraph("Welfare", h3),
        Paragraph("Cissbury Ring CC follows the ECB\u2019s Safe Hands policy. Any worry about a young person "
                  "at the club goes to Jo Rapley, our welfare officer, or the ECB safeguarding team.", body),
        Paragraph("Key: H home, A away. Fixtures may change: the website is always up to date.", small),
    ]
    doc.build(story)


# ================================================================== 3. A weekend magazine's problem page (PDF)

AM_TEAL = colors.HexColor("#0F6E73")
AM_PINK = colors.HexColor("#D6336C")
AM_PALE = colors.HexColor("#FCEFF3")
AM_GREY = colors.HexColor("#F1F1EE")
AM_FILE = "courier-weekend-magazine-ask-maggie-problem-page-28-february-2026.pdf"


def _am_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(AM_TEAL)
    canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8.5)
    left, right = 12 * mm, width - 12 * mm
    if page == 1:
        canvas.drawString(left, height - 6 * mm, "YOUR LIFE")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(right, height - 6 * mm, "COURIER WEEKEND \u00b7 SATURDAY 28 FEBRUARY 2026")
    else:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(left, height - 6 * mm, "COURIER WEEKEND \u00b7 SATURDAY 28 FEBRUARY 2026")
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawRightString(right, height - 6 * mm, "YOUR LIFE")
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.setFont("Helvetica-Bold", 9)
    number = "34" if page == 1 else "35"
    if page == 1:
        canvas.drawString(left, 7 * mm, number)
    else:
        canvas.drawRightString(right, 7 * mm, number)
    canvas.restoreState()


def _am_portrait(canvas, width, height):
    """A drawn head-and-shoulders of the columnist in a circle."""
    r = min(width, height) / 2 - 1
    cx, cy = width / 2, height / 2
    canvas.saveState()
    canvas.setFillColor(AM_PALE)
    canvas.setStrokeColor(AM_PINK)
    canvas.setLineWidth(2)
    canvas.circle(cx, cy, r, stroke=1, fill=1)
    path = canvas.beginPath()
    path.circle(cx, cy, r - 1)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(colors.HexColor("#8C5A3C"))
    canvas.ellipse(cx - r * 0.48, cy - r * 0.2, cx + r * 0.48, cy + r * 0.72, stroke=0, fill=1)
    canvas.setFillColor(AM_TEAL)
    canvas.ellipse(cx - r * 0.85, cy - r * 1.3, cx + r * 0.85, cy - r * 0.3, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#E9C2A6"))
    canvas.ellipse(cx - r * 0.33, cy - r * 0.12, cx + r * 0.33, cy + r * 0.55, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.circle(cx - r * 0.12, cy + r * 0.25, r * 0.03, stroke=0, fill=1)
    canvas.circle(cx + r * 0.12, cy + r * 0.25, r * 0.03, stroke=0, fill=1)
    canvas.setStrokeColor(AM_PINK)
    canvas.setLineWidth(1)
    canvas.arc(cx - r * 0.12, cy + r * 0.02, cx + r * 0.12, cy + r * 0.14, 200, 140)
    canvas.restoreState()


def _am_photo(canvas, width, height):
    """A stock picture: a hooded teenager on a wall at dusk, phone lit in his hand."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#3B4A5C"))
    canvas.rect(0, 8 * mm, width, height - 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#6E5A70"))
    canvas.rect(0, height * 0.55, width, height * 0.45, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#55575A"))
    canvas.rect(0, 8 * mm, width, height * 0.25, stroke=0, fill=1)
    cx = width * 0.55
    canvas.setFillColor(colors.HexColor("#1C1F24"))
    canvas.ellipse(cx - 13 * mm, height * 0.3, cx + 13 * mm, height * 0.62, stroke=0, fill=1)
    canvas.circle(cx, height * 0.7, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#BFE3FF"))
    canvas.rect(cx - 15 * mm, height * 0.42, 4 * mm, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica-Oblique", 7)
    canvas.drawString(0, 4.5 * mm, "Picture posed by a model. Picture: stock image")
    canvas.restoreState()


def problem_page(out: Path) -> None:
    width, height = A4
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / AM_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=12 * mm, title="Ask Maggie",
                          author="Courier Weekend", subject="Problem page, 28 February 2026",
                          creator="Wearside Courier Ltd", invariant=1)
    wide = width - 2 * margin
    gap = 5 * mm
    col = (wide - 2 * gap) / 3
    top_h = 96 * mm
    bottom = 12 * mm
    col_h = height - 14 * mm - top_h - bottom
    p1 = [Frame(margin, height - 14 * mm - top_h, wide, top_h, id="top", leftPadding=0, rightPadding=0)]
    p1 += [Frame(margin + i * (col + gap), bottom, col, col_h, id="c%d" % i, leftPadding=0, rightPadding=0)
           for i in range(3)]
    full_h = height - 14 * mm - bottom
    p2 = [Frame(margin + i * (col + gap), bottom, col, full_h, id="d%d" % i, leftPadding=0, rightPadding=0)
          for i in range(3)]
    doc.addPageTemplates([PageTemplate("first", p1, onPage=_am_page),
                          PageTemplate("second", p2, onPage=_am_page)])
    mast = _style("m", "Times-BoldItalic", 44, leading=46, color=AM_PINK, after=9)
    intro = _style("i", "Helvetica", 9.5, leading=12.5, color=colors.HexColor("#333333"), after=0)
    headline = _style("h", "Times-Bold", 24, leading=27, color=colors.black, after=4)
    headline2 = _style("h2", "Times-Bold", 17, leading=20, color=colors.black, before=2, after=4)
    letter = _style("l", "Helvetica-Bold", 9, leading=12, color=colors.HexColor("#222222"), after=4)
    sign = _style("sg", "Helvetica-BoldOblique", 8.8, leading=11.5, color=AM_TEAL, align=2, after=2)
    answer = _style("a", "Times-Roman", 10, leading=13.2, align=4, after=5)
    first_para = _style("a1", "Times-Roman", 10, leading=13.2, align=4, after=5)
    label = _style("lb", "Helvetica-Bold", 8, leading=10, color=AM_PINK, after=2)
    quote = _style("q", "Times-BoldItalic", 15, leading=18.5, color=AM_TEAL, align=1, after=0)
    box_h = _style("bh", "Helvetica-Bold", 10, leading=12.5, color=colors.white, after=3)
    box_b = _style("bb", "Helvetica", 8.2, leading=10.6, color=colors.white, after=3)
    side_h = _style("sh", "Helvetica-Bold", 10, leading=12.5, color=AM_TEAL, after=3)
    side_b = _style("sb", "Helvetica", 8.2, leading=10.6, after=3)
    brief_q = _style("bq", "Helvetica-Bold", 8.6, leading=11.2, after=2)

    def maggie(text, drop=False):
        if drop:
            word, rest = text.split(" ", 1)
            return Paragraph('<font name="Times-Bold" color="#D6336C">%s</font> %s' % (word.upper(), rest), answer)
        return Paragraph(text, answer)

    head = Table([[_Drawing(34 * mm, 34 * mm, _am_portrait),
                   [Paragraph("Ask Maggie", mast),
                    Paragraph("Maggie Thorne has been the Courier\u2019s agony aunt for nineteen years. Whatever is "
                              "keeping you awake, she has heard it before, and she will not judge.", intro)]]],
                 colWidths=[40 * mm, wide - 40 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        head,
        Spacer(1, 3 * mm),
        Paragraph("\u201cMy son\u2019s new mates are buying him trainers, and I\u2019m scared\u201d", headline),
        _panel([Paragraph("Dear Maggie, My son is 14 and until last summer he was a homebody who lived for his "
                          "games console. Since September he has been out every night with lads I have never "
                          "met, some of them older, with cars. He has come home with trainers that cost more "
                          "than I earn in a week and a second phone, and when I ask, he says a mate lent them. "
                          "Last week the police picked him up in Middlesbrough, of all places, and he says he "
                          "was \u2018visiting a friend\u2019. His dad isn\u2019t around and it\u2019s just me, "
                          "him and his little sister. I\u2019m frightened to push him in case he goes altogether. "
                          "What do I do?", letter),
                Paragraph("Worried mam, Sunderland", sign)],
               wide, fill=AM_GREY, pad=8),
        FrameBreak(),
        maggie("You are right to be frightened, and right to write. Older friends, money and presents from "
               "nowhere, a second phone, turning up in a town forty miles away: these are the signs that a child "
               "is being groomed to carry drugs for a gang, what the police call county lines. It is not your "
               "fault, and, please hear this, it is not really his either. These gangs choose children "
               "precisely because children can be frightened and bought.", drop=True),
        maggie("Don\u2019t go looking for the older lads, and don\u2019t snatch the phone in a row: the people "
               "who gave it to him will want it back, and that can put him in danger. Do keep talking to him "
               "about anything at all, keep feeding him, and keep the door open. Tell his school what you have "
               "told me; they will have seen this before."),
        maggie("Operation Reedbed was set up for families in just your position. It is run by Northumbria "
               "Police and Sunderland City Council together. You ring a line answered by the council\u2019s "
               "exploitation team, and within a week a detective from the force\u2019s child exploitation "
               "unit and a council youth worker come to your home, together and in ordinary clothes. They "
               "talk to you first and then, if he will let them, to your son. The children are treated as "
               "victims, not suspects, and the whole aim is to get him away from the people using him. Since "
               "it began in April 2024 the team has seen 212 families, and 41 young people have been moved "
               "away from the gangs, the council told me this week; some of the adults who used them are "
               "now in prison."),
        maggie("The line is 01632 960 604, weekdays 9am to 7pm. If he goes missing, or you think he is in "
               "danger, don\u2019t wait: call 999."),
        maggie("And look after yourself. Lean on whoever you can: a sister, a friend, your GP. You cannot pour "
               "from an empty cup, and your daughter needs you too. You have not lost him. You are the one "
               "person who has noticed, and that matters more than you know."),
        Spacer(1, 3 * mm),
        _Drawing(col, 62 * mm, _am_photo),
        FrameBreak(),
        Spacer(1, 4 * mm),
        _panel([Paragraph("\u201cThese gangs choose children precisely because children can be frightened and "
                          "bought\u201d", quote)], col, pad=6),
        Spacer(1, 6 * mm),
        _panel([Paragraph("SIGNS A CHILD MAY BE EXPLOITED", box_h),
                Paragraph("\u2022 New clothes, trainers or phones they can\u2019t explain<br/>\u2022 Going missing, "
                          "or turning up in towns they have no reason to visit<br/>\u2022 Older friends, "
                          "especially with cars<br/>\u2022 Calls and messages at all hours, and panic if they "
                          "miss one<br/>\u2022 Unexplained injuries, or seeming frightened<br/>\u2022 Dropping "
                          "old friends, hobbies and school", box_b)],
               col, fill=AM_TEAL, pad=7),
        Spacer(1, 6 * mm),
        Paragraph("YOUR REPLIES", _style("yr", "Helvetica-Bold", 10, leading=12.5, color=AM_PINK, after=3)),
        maggie("Last month\u2019s letter from \u2018Lonely in Hetton\u2019, who had moved to be near her "
               "grandchildren and knew nobody, brought 63 letters and cards from readers. Every one has been "
               "passed on. One of you has already taken her to the bingo, and another has her knitting for "
               "the hospital. Thank you: this is the best of Wearside."),
        NextPageTemplate("second"), PageBreak(),
        Paragraph("\u201cI was conned out of \u00a34,000 and I feel such a fool\u201d", headline2),
        _panel([Paragraph("Dear Maggie, I\u2019m 78 and I have always been careful. In November a man rang "
                          "saying he was from my bank and my account had been hacked. He knew my name, my "
                          "address and the last thing I had bought. By the time he had finished I had moved "
                          "\u00a34,000 into a \u2018safe account\u2019. The bank has given some of it back, but I "
                          "can\u2019t stop going over it. I haven\u2019t told my daughter because I\u2019m so "
                          "ashamed, and I don\u2019t answer the phone any more.", letter),
                Paragraph("Jean, Gateshead", sign)],
               col, fill=AM_GREY, pad=7),
        Spacer(1, 2 * mm),
        maggie("Jean, you are not a fool. The people who do this are professionals who spend all day, every day, "
               "practising on people cleverer than both of us. They had your details before they rang; that is "
               "how they made you believe them. The shame belongs to them.", drop=True),
        maggie("Please tell your daughter. I promise she will be angry with them, not with you. If you "
               "haven\u2019t already, report it to your bank and to the police; it helps them find the people "
               "behind it. And remember that your bank and the police will never ask you to move money."),
        maggie("Scam Buddies might be just what you need. It is a group run by the Gateshead charity Second "
               "Chance Friends for people who have been scammed, and the volunteers who run it have all been "
               "scammed themselves. They meet every other Tuesday morning at Gateshead Central Library for "
               "tea, a chat and practical help (call blockers, how to check a caller is who they say), and a "
               "volunteer will ring you in between if you\u2019d like. Since it started in 2023, 140 people "
               "have been along, and when the charity asked them last year, nine in ten said they felt less "
               "alone and more confident picking up the phone. Ring Second Chance Friends on 01632 960 377 "
               "and ask for Scam Buddies."),
        maggie("Answer the phone again, Jean. Just hang up the moment anyone asks about money."),
        FrameBreak(),
        Paragraph("\u201cMy husband wants to be a special constable at 52\u201d", headline2),
        _panel([Paragraph("Dear Maggie, My husband has just announced he wants to join the police as a "
                          "volunteer, a special constable. He\u2019s a gas engineer and already works long hours, "
                          "and now the children have left we\u2019d planned to spend more time together. I\u2019m "
                          "proud of him, but I also feel pushed aside, and a bit scared of him going out on a "
                          "Saturday night in a uniform. Am I being selfish?", letter),
                Paragraph("Name withheld, Whitley Bay", sign)],
               col, fill=AM_GREY, pad=7),
        Spacer(1, 2 * mm),
        maggie("No, you are being honest, which is better. Special constables are volunteer officers with the "
               "same powers as regular police; most forces ask for at least sixteen hours a month, and the "
               "training takes several months of evenings and weekends before he goes out on his own. That is "
               "a real commitment, and it will come out of your time together.", drop=True),
        maggie("So say so, kindly, before he signs anything. Ask him why now. Men his age often want to feel "
               "useful in a new way once the children have gone, and that is worth understanding. Then agree "
               "together what is left for the two of you: a night a week, a weekend a month, whatever works. "
               "As for the fear, ask whether you can go along to one of the open evenings with him. Knowing "
               "what he\u2019ll be doing usually helps."),
        maggie("You married a man who wants to help people. That is rather lovely, isn\u2019t it?"),
        Paragraph("IN BRIEF", _style("ib", "Helvetica-Bold", 10, leading=12.5, color=AM_PINK, before=4, after=3)),
        Paragraph("My daughter-in-law won\u2019t let me give the grandchildren sweets.", brief_q),
        maggie("Her children, her rules. Take them to the park instead: they will remember that longer."),
        Paragraph("I\u2019ve been invited to my ex\u2019s wedding. Should I go?", brief_q),
        maggie("Only if you can smile all day and mean it. Otherwise send a card and a kind gift."),
        FrameBreak(),
        _panel([Paragraph("WRITE TO MAGGIE", box_h),
                Paragraph("Ask Maggie, Courier Weekend, Keel Square, Sunderland SR1 3XX, or "
                          "maggie@courierweekend.example. Letters may be edited and names are changed. Maggie "
                          "reads every letter but is sorry she cannot reply to each one personally.", box_b)],
               col, fill=AM_PINK, pad=8),
        Spacer(1, 4 * mm),
        _panel([Paragraph("Where to get help", side_h),
                Paragraph("<b>Emergency:</b> 999. <b>Police, non-emergency:</b> 101.", side_b),
                Paragraph("<b>Fraud:</b> report it to your bank straight away, then to the police.", side_b),
                Paragraph("<b>Young people:</b> Childline, free and confidential, online or by phone.", side_b),
                Paragraph("<b>Feeling low:</b> Samaritans, day or night, every day of the year.", side_b),
                Paragraph("<b>Parents worried about exploitation:</b> talk to your child\u2019s school or "
                          "the council\u2019s children\u2019s services.", side_b)],
               col, fill=AM_PALE, border=AM_TEAL, pad=8),
        Spacer(1, 4 * mm),
        Paragraph("Next week", side_h),
        Paragraph("\u201cMy best friend has stopped speaking to me and I don\u2019t know why\u201d, and your letters "
                  "about caring for parents.", side_b),
        Spacer(1, 6 * mm),
        _panel([Paragraph("ADVERTISEMENT", _style("ad", "Helvetica", 6.5, leading=8, color=colors.HexColor("#777777"),
                                                   align=1, after=3)),
                Paragraph("WEARSIDE WALK-IN BATHS", _style("ad1", "Helvetica-Bold", 13, leading=15, align=1,
                                                            color=AM_TEAL, after=3)),
                Paragraph("Step in, sit down, relax.<br/>Fitted in a day by our own team.<br/>"
                          "<b>Free brochure: 01632 960 955</b>", _style("ad2", "Helvetica", 9, leading=12,
                                                                         align=1, after=0))],
               col, border=colors.HexColor("#999999"), pad=8),
    ]
    doc.build(story)


# ================================================================== 4. A school governor's visit record (Word)

GV_FILE = "healdmoor-primary-school-burnley-governor-visit-record-safeguarding-5-february-2026.docx"


def governor_visit(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.8, 1.8, 2.0, 2.0)
    _heading_colours(document, "1B5E20", "Arial")
    _header_footer(document, "Healdmoor Primary School \u00b7 Governing Board", "",
                   "Governor visit record (form GV1, rev. Sept 2024)",
                   "Visit records go to the full governing board and are kept for six years.\t\t", 3, size=8)

    def label_rows(rows):
        table = _docx_table(document, rows, widths=[5.2, 11.8], size=9.5, label_fill="E2EFDA")
        _p(document, "", after=2)
        return table

    def section(number, title):
        paragraph = _p(document, "", before=10, after=4)
        _runs(paragraph, [("%s  %s" % (number, title), True, False)], size=11.5, colour="1B5E20")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def bullet(text):
        paragraph = _p(document, text, style="List Bullet", after=2)
        return paragraph

    title = _p(document, "", after=2)
    _runs(title, [("Governor Visit Record", True, False)], size=18, colour="1B5E20")
    _p(document, "Please complete within two weeks of the visit, share a draft with the headteacher, then send "
                 "to the clerk for the next full board meeting.", italic=True, size=8.5, colour="595959", after=8)
    label_rows([["Governor(s) visiting", "Mrs Anjali Desai (link governor for safeguarding)"],
                ["Date and time", "Thursday 5 February 2026, 8.15am \u2013 11.45am"],
                ["Focus of visit", "Safeguarding: the start of the school day at the gates, and the new "
                                   "lunchtime arrangements"],
                ["Link to School Development Plan", "Priority 3: pupils feel safe, behave well and attend"],
                ["Met with", "Mr P. Hargreaves (headteacher, designated safeguarding lead); Miss L. Boyle "
                             "(learning mentor, deputy DSL); Mrs K. Shaw (office manager); six pupils from the "
                             "school council (Years 3 to 6)"],
                ["Visit agreed with head beforehand?", "Yes, by email on 27 January, with the focus above"]])

    section("1.", "Purpose of the visit")
    _p(document, "To see for myself how the school day starts at the Moorside Road gate, which parents raised at "
                 "the autumn parents\u2019 forum; to look at the new lunchtime provision started after October "
                 "half term; and to carry out the termly check of the single central record with Mrs Shaw. "
                 "Governors monitor; we do not inspect, and this record is not a judgement on any member of "
                 "staff.", after=6)

    section("2.", "What I did")
    for text in ["Stood at the Moorside Road gate with Mr Hargreaves from 8.15am to 9am.",
                 "Checked the single central record with Mrs Shaw (a sample of 10 of 48 entries) and the "
                 "visitor sign-in system.",
                 "Visited the Nest at lunchtime with Miss Boyle and looked at the lunchtime behaviour log.",
                 "Talked to six school council pupils for 20 minutes in the library (no staff present).",
                 "Met Mr Hargreaves at the end to go through what I had seen."]:
        bullet(text)

    section("3.", "What I saw and heard")
    paragraph = _p(document, "", after=3)
    _runs(paragraph, [("The gate in the morning", True, False)], size=10)
    _p(document, "This was the visit\u2019s main focus. In September parents reported cars stopping on the "
                 "zigzag lines and on the pavement outside the gate, and a Year 1 child was nearly hit by a "
                 "reversing car on 18 September. Mr Hargreaves wrote to parents twice, with little effect.",
       after=5)
    _p(document, "Park Smart runs on two mornings a week this term, never the same two. Lancashire "
                 "Constabulary\u2019s Burnley neighbourhood policing team sends a PCSO and Lancashire County "
                 "Council sends one of its civil enforcement officers, and they stand together at the Moorside "
                 "Road gate from 8.20am to 9am. Drivers on the zigzags or the pavement are spoken to first and "
                 "given a warning letter; anyone seen again gets a penalty charge notice from the council "
                 "officer, and the PCSO deals with dangerous driving and any abuse. Mrs Shaw has counted the "
                 "cars on the zigzags each Monday since September: 23 on a typical morning then, 4 now. Since it "
                 "started in November there have been 31 warning letters and 9 penalty charge notices. On the "
                 "morning I was there the PCSO and the enforcement officer spoke to two drivers, and the road "
                 "was clear by 8.50am. Parents I spoke to at the gate were mostly pleased; one said the "
                 "problem had just moved round the corner to Hurstwood Avenue, which Mr Hargreaves knows about.",
       after=5)
    paragraph = _p(document, "", after=3)
    _runs(paragraph, [("Single central record and visitors", True, False)], size=10)
    _p(document, "All 10 entries I sampled had the right checks recorded, with dates. Two supply staff records "
                 "were waiting for the agency\u2019s confirmation letter, which Mrs Shaw chased while I was "
                 "there. The visitor iPad printed my badge and photo and gave me the safeguarding leaflet with "
                 "the DSL\u2019s name and photo. I was not asked for ID, which I mentioned (see section 5).",
       after=5)
    paragraph = _p(document, "", after=3)
    _runs(paragraph, [("Lunchtimes and the Nest", True, False)], size=10)
    _p(document, "The Nest opened after October half term in the old library. Miss Boyle runs it every "
                 "lunchtime for up to 12 children who find the playground too much: some are new to the "
                 "school, some have just had a hard time at home, and some were being drawn into fallings-out "
                 "at lunchtime again and again. Children eat together at a round table, then play board games, "
                 "draw or build Lego, and two Year 6 helpers come in each day. Places are reviewed every half "
                 "term with the class teacher and parents, and most children go back out to the playground "
                 "within a term. The lunchtime behaviour log shows 46 incidents in the first half of the "
                 "autumn term and 19 in the second half, and there have been no lunchtime exclusions since "
                 "it opened. It was calm and cheerful when I visited, with nine children in.", after=5)
    paragraph = _p(document, "", after=3)
    _runs(paragraph, [("What the pupils told me", True, False)], size=10)
    _p(document, "All six said they felt safe in school and knew which adult they would go to. Two said the road "
                 "outside \u201cused to be scary\u201d. They told me Year 5 have been writing letters to the "
                 "PCSO for their persuasive writing unit, asking for a \u201cproper police car\u201d visit in "
                 "the summer. One Year 3 pupil said the best thing about the school was the Nest \u201cbecause "
                 "it\u2019s quiet and Miss Boyle has biscuits\u201d.", after=5)

    section("4.", "Questions I asked")
    _docx_table(document, [["Question", "Answer"],
                           ["How will we know Park Smart has worked once it stops?",
                            "Mrs Shaw will carry on the Monday count until the summer. Mr Hargreaves has asked "
                            "for it to carry on next year and will report the figures to the board in June."],
                           ["Is the Nest taking children who should be in class?",
                            "No: it is lunchtime only. Places are agreed with the class teacher and reviewed each "
                            "half term."],
                           ["Who covers the Nest when Miss Boyle is off?",
                            "Mrs Ahmed (TA) has covered twice. A second trained adult is needed (see section 5)."],
                           ["How many staff are still to do this year\u2019s safeguarding update?",
                            "Three, all part-time midday staff; booked for 12 February."]],
                widths=[6.0, 11.0], size=9.5, head_fill="1B5E20", head_colour="FFFFFF")
    _p(document, "", after=2)

    section("5.", "Strengths, and things for governors to follow up")
    paragraph = _p(document, "", after=2)
    _runs(paragraph, [("Strengths", True, False)], size=10)
    for text in ["The gate is much safer than in September, and the school is measuring it.",
                 "The Nest is well run and valued by children; the behaviour log supports this.",
                 "The single central record is well kept."]:
        bullet(text)
    paragraph = _p(document, "", before=4, after=2)
    _runs(paragraph, [("To follow up", True, False)], size=10)
    for text in ["Visitors should be asked for photo ID at sign-in (office to start from 9 February).",
                 "A second adult to be trained to run the Nest (head to cost for the resources committee).",
                 "Parking on Hurstwood Avenue: head to raise with the council and the neighbourhood team.",
                 "Governors to receive the gate count and Nest figures in the summer term."]:
        bullet(text)

    section("6.", "Any concerns to report to the chair or the DSL?")
    _p(document, "None. No child protection matter arose during the visit.", after=6)

    section("7.", "Signatures")
    table = _docx_table(document, [["Governor", "Anjali Desai", "Date", "9 February 2026"],
                                   ["Headteacher", "P. Hargreaves", "Date", "11 February 2026"]],
                        widths=[3.2, 6.3, 2.0, 5.5], size=9.5, label_fill="E2EFDA")
    _p(document, "", after=4)
    _box(document, ["Headteacher\u2019s comment",
                    "Thank you, Anjali, for a thorough visit and for giving up a whole morning. I agree with the "
                    "follow-up points. Photo ID at sign-in starts on Monday. \u2013 PH"], "F2F2F2", size=9.5)
    _p(document, "Clerk use only: received 12.02.26 \u00b7 for FGB 10 March 2026, item 7 \u00b7 filed GV/25-26/14",
       size=8, colour="7F7F7F", align="right")
    _save_docx(document, out / GV_FILE, "Governor visit record \u2013 safeguarding \u2013 5 February 2026",
               "Anjali Desai")


# ================================================================== 5. A charity sponsorship form, filled in (Word)

SF_FILE = "find-me-home-cymru-sponsorship-form-jan-pritchard-100-miles-in-march-2026.docx"


def sponsorship_form(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(1.3)
    section.left_margin = section.right_margin = Cm(1.6)
    width = _text_width(document)
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("Find Me Home Cymru", True, False), ("\t", False, False),
                 ("Ffurflen noddi \u00b7 Sponsorship form", True, False),
                 ("\tElusen gofrestredig / Registered charity 1184720", False, False)], size=8.5, colour="00607A")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Please return this form and the money you have collected by 30 April 2026. Never send cash "
                  "by post.\t\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "3", size=8)

    title = _p(document, "", after=0)
    _runs(title, [("SPONSOR ME!", True, False)], size=26, colour="E0592A")
    _p(document, "Every pound helps bring a missing child home, and helps them stay there.", italic=True, size=11,
       colour="00607A", after=6)
    _docx_table(document, [["Your name", "Jan Pritchard", "Event", "100 Miles in March: walking the coast "
                                                                   "from Amroth to Cardigan in stages"],
                           ["Phone", "07700 900 184", "Dates", "1 \u2013 31 March 2026"],
                           ["Fundraising pack no.", "FMH-26-0412", "My target", "\u00a31,000"]],
                widths=[3.6, 6.0, 2.6, 14.3], size=10, label_fill="DDEEF2")
    _p(document, "", after=2)
    why = document.add_table(rows=1, cols=1)
    why.style = "Table Grid"
    cell = why.rows[0].cells[0]
    _fill(cell, "FFF4EC")
    cell.width = Cm(26.5)
    _cell(cell, "Why I\u2019m walking (in my own words)", bold=True, size=11, colour="E0592A")
    for text in [
        "In 2024 my grandson Kai, who was 14, went missing three times in four months. The third time he was "
        "gone for two nights and the police found him in Swansea. I have never been so frightened in my life, "
        "and I don\u2019t think any of us would have got through it without Find Me Home Cymru.",
        "Project Homeward is how Dyfed-Powys Police, Carmarthenshire County Council and Find Me Home Cymru "
        "work together when a child goes missing in the county. The force\u2019s missing persons team tells the "
        "charity as soon as a child is found, and a Find Me Home worker, not a police officer, sees the child "
        "within 72 hours for a proper talk about why they went and what would help. What the child says goes "
        "back to the police and the council\u2019s children\u2019s services, so the next search can start in the "
        "right place, and sometimes so there isn\u2019t a next one. Since it began in 2023 the workers have seen "
        "388 children after they came home, and the number going missing again within three months has fallen "
        "from more than half to about a quarter. Kai\u2019s worker, Sioned, was the first adult he really "
        "talked to.",
        "Text Home is the charity\u2019s own service, and it is the one I want to help pay for. It is a free, "
        "anonymous text line for young people who have run away or are thinking about it, answered by "
        "trained volunteers every evening from 4pm to midnight. They don\u2019t make anyone go home; they help "
        "young people stay safe and, when they are ready, pass a message home. Last year Text Home had 1,900 "
        "conversations, and 160 young people used it to send a message to their family. It costs about "
        "\u00a325 to keep it open for an hour.",
        "Kai is 16 now, doing his A levels and still rolls his eyes at me. Please sponsor me. \u2013 Jan x",
    ]:
        _cell(cell, text, size=10, first=False)
    _p(document, "", after=2)
    _box(document, ["Gift Aid: add 25% at no cost to you",
                    "If you are a UK taxpayer, tick the Gift Aid box and we can claim an extra 25p for every "
                    "\u00a31 you give. To Gift Aid your donation you must give your full name, home address "
                    "and postcode and tick the box. By ticking it you confirm: I want to Gift Aid my donation "
                    "to Find Me Home Cymru. I am a UK taxpayer and understand that if I pay less Income Tax "
                    "and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that "
                    "tax year it is my responsibility to pay any difference.",
                    "Gift Aid cannot be claimed if the fundraiser or their family gets anything in return, or "
                    "if you are paying for someone else. Please don\u2019t tick the box if you are not paying "
                    "UK tax."], "EAF4F6", size=8.5, width_cm=26.5)
    sponsors = [["Full name (first name or initial and surname)", "Home address (only needed for Gift Aid)",
                 "Postcode", "Amount \u00a3", "Date paid", "Gift Aid \u2713"],
                ["Elizabeth Morgan (Auntie Bet)", "3 Heol y Plas, Kidwelly", "SA17 4AB", "50.00", "02/03",
                 "\u2713"],
                ["Gareth & Lowri Pritchard", "12 Parc y Delyn, Carmarthen", "SA31 1TP", "100.00", "02/03",
                 "\u2713"],
                ["Kai Pritchard", "", "", "5.00", "03/03", ""],
                ["Rhodri Evans", "8 Maes y Gof, Llanelli", "SA15 2QR", "20.00", "03/03", "\u2713"],
                ["Carmarthen Bay Ramblers (whip-round)", "", "", "64.50", "05/03", ""],
                ["D. & M. Thomas", "Ty Gwyn, Ferryside", "SA17 5RS", "25.00", "07/03", "\u2713"],
                ["Sgt Huw Rees (Llanelli, with thanks for all you did)", "", "", "20.00", "09/03", ""],
                ["Beryl Watkins", "41 Stryd y Castell, Kidwelly", "SA17 4UU", "10.00", "10/03", "\u2713"],
                ["Friday coffee morning, Capel Sardis", "", "", "87.20", "13/03", ""],
                ["Anon.", "", "", "20.00", "13/03", ""],
                ["Siân & Dafydd Lloyd", "Bryn Awel, Pendine", "SA33 4PA", "30.00", "", "\u2713"],
                ["", "", "", "", "", ""], ["", "", "", "", "", ""], ["", "", "", "", "", ""],
                ["", "", "", "", "", ""], ["", "", "", "", "", ""], ["", "", "", "", "", ""]]
    _docx_table(document, sponsors, widths=[7.2, 8.0, 2.6, 2.6, 2.6, 2.2], size=9.5, head_fill="00607A",
                head_colour="FFFFFF")
    _p(document, "", after=2)
    _docx_table(document, [["Total on this sheet", "\u00a3431.70", "of which Gift Aided", "\u00a3235.00"]],
                widths=[3.8, 2.8, 3.8, 2.8], size=9.5, label_fill="DDEEF2")
    _p(document, "", after=4)
    _box(document, ["Paying in what you\u2019ve raised",
                    "Online at findmehome.cymru/payin with your pack number; by cheque to \u2018Find Me Home "
                    "Cymru\u2019 with your pack number on the back; or at any branch of our bank with the paying-in "
                    "slip in your pack. Send this form (not cash) to Find Me Home Cymru, Uned 4, Parc Busnes "
                    "Tywi, Carmarthen SA31 3XX, so that we can claim Gift Aid. Questions? Call the fundraising "
                    "team on 01632 960 812.",
                    "We keep sponsors\u2019 details only to claim Gift Aid, for six years as HMRC requires. We "
                    "never sell or share them. Find Me Home Cymru is a company limited by guarantee registered "
                    "in Wales, no. 11223344."], "F2F2F2", size=8.5, width_cm=26.5)
    _save_docx(document, out / SF_FILE, "Sponsorship form \u2013 100 Miles in March", "Jan Pritchard")


# ================================================================== 6. A letting agent's inventory and check-in report (Word)

IV_FILE = "tamar-quay-lettings-inventory-and-check-in-report-flat-3-27-alma-road-plymouth.docx"


def inventory_report(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 9.5)
    _page_setup(document, 1.6, 1.6, 1.7, 1.7)
    section = document.sections[0]
    width = _text_width(document)
    head = section.header.paragraphs[0]
    _tabbed(head, width)
    _runs(head, [("TAMAR QUAY LETTINGS", True, False), ("\tInventory and Schedule of Condition", False, False),
                 ("\tRef TQL/INV/26/0318", False, False)], size=8, colour="0B3954")
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("Tenant initials ______   Agent initials ______\t", False, False),
                 ("Flat 3, 27 Alma Road, Plymouth PL4 6HE\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "6", size=8)

    def heading(text):
        paragraph = _p(document, "", before=10, after=4)
        _runs(paragraph, [(text.upper(), True, False)], size=11, colour="0B3954")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def room(title, rows):
        heading(title)
        data = [["Ref", "Item", "Description", "Condition", "Clean", "Photos"]] + rows
        _docx_table(document, data, widths=[1.0, 2.6, 8.4, 2.6, 1.4, 1.6], size=8.5, head_fill="0B3954",
                    head_colour="FFFFFF")
        _p(document, "", after=2)

    title = _p(document, "", after=2, before=6)
    _runs(title, [("INVENTORY AND CHECK-IN REPORT", True, False)], size=20, colour="0B3954")
    _p(document, "Schedule of condition and contents at the start of the tenancy", italic=True, size=11,
       colour="5C6B73", after=10)
    _docx_table(document, [["Property", "Flat 3, 27 Alma Road, Plymouth PL4 6HE (first floor, two bedrooms)"],
                           ["Landlord", "Mr and Mrs R. Penhaligon, c/o Tamar Quay Lettings"],
                           ["Tenant(s)", "Ms Chloe Adeyemi and Mr Tom Vosper"],
                           ["Tenancy start", "Saturday 14 March 2026 (assured shorthold, 12 months)"],
                           ["Inspection date", "Friday 13 March 2026, 10.00am \u2013 12.15pm"],
                           ["Inventory clerk", "Jenna Hext, Tamar Quay Lettings"],
                           ["Furnished", "Part furnished (white goods, beds, sofa, dining table and chairs)"],
                           ["Property at inspection", "Vacant; professionally cleaned 11 March 2026 "
                                                      "(invoice on file); dry, overcast"],
                           ["Photographs", "214 dated photographs in the online report, referenced below"]],
                widths=[4.0, 13.6], size=9.5, label_fill="DCE8EF")
    _p(document, "", after=4)
    heading("About this report")
    for text in [
        "This report records the contents and condition of the property at the start of the tenancy. It will "
        "be used at check-out to compare the condition of the property, allowing for fair wear and tear and the "
        "length of the tenancy. Please read it carefully. If you disagree with anything, tell us in writing "
        "within 7 days of the start of the tenancy, with photographs; after that the report will be taken as "
        "accepted.",
        "The inventory clerk is not a surveyor or a qualified engineer. Nothing here is a statement about the "
        "structure, the safety of appliances or services, or whether items work beyond a simple test. Items "
        "not listed are not included. Where the back of furniture or the underside of items could not be "
        "seen without moving them, they were not inspected."]:
        _p(document, text, after=4, align="justify")
    heading("Key")
    _docx_table(document, [["Condition", "Meaning", "Cleanliness", "Meaning"],
                           ["New", "Unused, in packaging or just fitted", "PC", "Professionally clean"],
                           ["Good", "Sound, minimal signs of use", "C", "Clean: no dust or marks"],
                           ["Fair", "Signs of use: light marks, scuffs, wear", "D", "Domestic clean: light dust"],
                           ["Poor", "Damaged, heavily worn, or not working", "NC", "Needs cleaning"]],
                widths=[2.4, 6.4, 2.4, 6.4], size=8.5, head_fill="0B3954", head_colour="FFFFFF")
    _p(document, "", after=2)

    heading("Meter readings")
    _docx_table(document, [["Meter", "Location", "Serial number", "Reading", "Photo"],
                           ["Electricity (smart)", "Cupboard by front door", "19K0448213", "041827 kWh", "P003"],
                           ["Gas (smart)", "Ground floor communal cupboard, labelled Flat 3", "E6S11983226",
                            "07765.4 m\u00b3", "P004"],
                           ["Water", "Pavement outside no. 27 (shared meter)", "\u2013", "Not read (shared)", "\u2013"]],
                widths=[3.2, 5.6, 3.2, 3.4, 2.2], size=8.5, head_fill="0B3954", head_colour="FFFFFF")
    _p(document, "", after=2)
    heading("Keys and fobs handed over")
    _docx_table(document, [["Key", "Number", "Notes"],
                           ["Communal front door (fob)", "2", "Blue fobs, numbered 3A and 3B"],
                           ["Flat front door (multi-point lock)", "2", "Keys stamped DO NOT COPY"],
                           ["Window lock keys", "1", "Small silver key, fits all window handles"],
                           ["Bike store (communal)", "1", "Padlock key on red tag"],
                           ["Post box", "1", "Brass, on the same ring as the window key"]],
                widths=[6.2, 2.0, 9.4], size=8.5, head_fill="0B3954", head_colour="FFFFFF")
    _p(document, "", after=2)
    heading("Smoke and carbon monoxide alarms")
    _docx_table(document, [["Alarm", "Location", "Type", "Tested at check-in"],
                           ["Smoke", "Hall ceiling", "Mains, battery back-up", "Sounded \u2013 working"],
                           ["Heat", "Kitchen ceiling", "Mains, battery back-up", "Sounded \u2013 working"],
                           ["Carbon monoxide", "Kitchen wall, 1.5 m from boiler", "Sealed battery, expires 2031",
                            "Sounded \u2013 working"]],
                widths=[3.2, 5.4, 4.6, 4.4], size=8.5, head_fill="0B3954", head_colour="FFFFFF")
    _p(document, "Tenants are responsible for testing alarms monthly and reporting any fault to us straight "
                 "away.", size=8.5, italic=True, after=4)

    room("1. Entrance and hallway", [
        ["1.1", "Front door", "Composite door, white outside, oak effect inside, multi-point lock with two "
                              "keys, door viewer, chain, letter plate with internal draught flap. "
                              "Secured by Design sticker on the hinge edge, as fitted.", "Good", "C", "P010\u2013014"],
        ["1.2", "Walls", "Painted magnolia. Two picture hooks by the door. Light scuffs at bicycle height "
                         "along the left wall, about 1 m long.", "Fair", "C", "P015\u2013018"],
        ["1.3", "Ceiling and light", "Painted white. Flush LED ceiling light, working.", "Good", "C", "P019"],
        ["1.4", "Flooring", "Grey laminate. Small chip by the kitchen door threshold (8 mm).", "Good", "PC",
         "P020\u2013022"],
        ["1.5", "Cupboard", "Meter cupboard with shelf, electricity meter and consumer unit (RCD tested by "
                            "landlord\u2019s electrician, report on file).", "Good", "C", "P023"],
        ["1.6", "Intercom", "Handset by door with door release button. Tested with agent at street door: "
                           "working.", "Good", "C", "P024"]])
    room("2. Living room", [
        ["2.1", "Door", "White panel door, chrome handle. Closes cleanly.", "Good", "C", "P030"],
        ["2.2", "Walls", "Painted pale grey. Blu-tack marks above the sofa (4), lightly stained.", "Fair", "C",
         "P031\u2013035"],
        ["2.3", "Window", "uPVC bay, three opening casements, key-locking handles (key 1 above), working. "
                          "Window restrictors fitted to all three.", "Good", "PC", "P036\u2013038"],
        ["2.4", "Blinds", "White roller blinds x3, all working. Small tear, 2 cm, on left blind hem.", "Fair", "C",
         "P039"],
        ["2.5", "Sofa", "Three-seat fabric sofa, charcoal, with fire label. Seat cushions slightly flattened.",
         "Fair", "C", "P040\u2013043"],
        ["2.6", "Dining table", "Oak-effect table and four chairs. Ring mark on table top, 6 cm.", "Fair", "C",
         "P044\u2013046"],
        ["2.7", "Radiator", "Double panel, thermostatic valve, warm when tested.", "Good", "C", "P047"],
        ["2.8", "Sockets", "Four double sockets, one with USB; TV aerial point and broadband point.", "Good", "C",
         "P048"]])
    room("3. Kitchen", [
        ["3.1", "Units", "Gloss white doors (8) and drawers (3), chrome handles. One drawer front slightly out of "
                         "line (noted to landlord).", "Good", "PC", "P060\u2013066"],
        ["3.2", "Worktop", "Laminate, grey stone effect. Knife score 4 cm by the hob.", "Good", "PC", "P067"],
        ["3.3", "Hob and oven", "Four-ring electric hob, single electric oven with two shelves and grill pan. "
                                "Manuals in the drawer.", "Good", "PC", "P068\u2013071"],
        ["3.4", "Fridge freezer", "Freestanding, white, 50/50. Salad drawer cracked at front corner.", "Fair",
         "PC", "P072\u2013074"],
        ["3.5", "Washing machine", "Integrated. Door seal clean; drawer clean.", "Good", "PC", "P075"],
        ["3.6", "Boiler", "Combination boiler in end unit. Gas safety certificate dated 2 March 2026 given to "
                          "tenants.", "Good", "C", "P076"],
        ["3.7", "Extractor", "Cooker hood, light and fan working; filter new.", "New", "PC", "P077"]])
    room("4. Bedroom 1 (rear)", [
        ["4.1", "Window", "uPVC, two casements, key-locking handles, restrictors. Glazing replaced January 2026 "
                          "with laminated glass (see general notes); trims new, paint around frame not yet "
                          "touched up.", "Good", "PC", "P090\u2013093"],
        ["4.2", "Walls", "Painted white. Fresh filler, unpainted, below the window (approx. 20 x 10 cm).",
         "Fair", "C", "P094\u2013096"],
        ["4.3", "Bed", "King-size divan, two drawers, mattress with protector. No stains seen.", "Good", "PC",
         "P097\u2013099"],
        ["4.4", "Wardrobe", "Built-in, double, sliding mirror doors, rail and shelf.", "Good", "C", "P100"],
        ["4.5", "Carpet", "Grey twist pile. Light wear at the doorway.", "Good", "PC", "P101"]])
    room("5. Bedroom 2 (front)", [
        ["5.1", "Window", "uPVC, one casement, key-locking handle, restrictor.", "Good", "PC", "P110"],
        ["5.2", "Bed", "Single bed frame, pine, with mattress and protector.", "Good", "PC", "P111\u2013112"],
        ["5.3", "Walls and ceiling", "Painted white. Hairline crack in ceiling over door, 30 cm.", "Fair", "C",
         "P113\u2013115"],
        ["5.4", "Carpet", "Grey twist pile, as bedroom 1.", "Good", "PC", "P116"]])
    room("6. Bathroom", [
        ["6.1", "Suite", "White bath with glass screen and mixer shower over, basin on pedestal, close-coupled WC, "
                         "soft-close seat.", "Good", "PC", "P130\u2013134"],
        ["6.2", "Tiling and sealant", "White tiles to bath and basin. Sealant along bath edge discoloured at "
                                      "tap end.", "Fair", "C", "P135\u2013136"],
        ["6.3", "Extractor fan", "Ceiling fan on light switch with overrun, working.", "Good", "C", "P137"],
        ["6.4", "Towel rail", "Chrome heated towel rail, warm.", "Good", "PC", "P138"]])
    room("7. Communal areas and outside", [
        ["7.1", "Communal hall", "Managed by the freeholder\u2019s agent; not part of this inventory. A "
                                 "Neighbourhood Watch sticker is in the hall window.", "\u2013", "\u2013", "P150"],
        ["7.2", "Bike store", "Shared timber store at rear, padlocked, ground anchor inside. Door marked "
                              "\u2018Property marked \u2013 Devon & Cornwall Police\u2019 sticker (from a "
                              "previous occupier).", "Fair", "D", "P151\u2013153"],
        ["7.3", "Bins", "Communal bins at rear: general (green lid), recycling (blue lid). Collection Thursday.",
         "\u2013", "\u2013", "P154"]])

    heading("General notes")
    for text in [
        "Rear bedroom window: the landlord reports that there was an attempted break-in through this window on "
        "the night of 28 December 2025 while the flat was empty. Nothing was taken. It was reported to Devon & "
        "Cornwall Police (crime reference given to the landlord) and the glazing and frame trims were replaced "
        "with laminated glass on 12 January 2026. The landlord has agreed to repaint around the frame by 30 "
        "April 2026.",
        "Contents insurance is the tenants\u2019 responsibility. The landlord\u2019s buildings insurance does "
        "not cover tenants\u2019 belongings.",
        "The property was professionally cleaned before the tenancy and is expected to be returned to the same "
        "standard.",
        "No key safe is fitted. Please do not leave keys under mats or in the bike store."]:
        _p(document, text, style="List Bullet", after=3)

    heading("Declaration")
    _p(document, "We confirm that we have received a copy of this report and the keys listed above, and that we "
                 "will notify Tamar Quay Lettings in writing of any amendments within 7 days.", after=6)
    _docx_table(document, [["", "Name", "Signature", "Date"],
                           ["Tenant", "Chloe Adeyemi", "C. Adeyemi (e-signed)", "14/03/2026"],
                           ["Tenant", "Tom Vosper", "T. Vosper (e-signed)", "14/03/2026"],
                           ["For the agent", "Jenna Hext", "J. Hext", "13/03/2026"]],
                widths=[3.0, 5.0, 5.6, 4.0], size=9, head_fill="DCE8EF")
    _p(document, "", after=4)
    _p(document, "Tamar Quay Lettings Ltd, 9 The Parade, Barbican, Plymouth PL1 2JL \u00b7 01632 960 566 \u00b7 "
                 "Member of a government-approved client money protection scheme and redress scheme. "
                 "Registered in England and Wales no. 08812345.", size=7.5, colour="5C6B73", align="center")
    _save_docx(document, out / IV_FILE, "Inventory and check-in report \u2013 Flat 3, 27 Alma Road",
               "Tamar Quay Lettings")


# ================================================================== 7. A borough council's committee meeting agenda page (HTML)

AGENDA_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Safer and Stronger Communities Scrutiny Committee on Tuesday, 10th March, 2026, 6.00 pm - Stockport Council</title>
<meta name="description" content="Agenda, reports and minutes for the meeting of the Safer and Stronger Communities Scrutiny Committee, Tuesday 10 March 2026.">
<link rel="canonical" href="https://democracy.stockport.gov.uk/ieListDocuments.aspx?CId=412&amp;MId=18274">
<style>
  body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #1d1d1b; background: #fff; }
  .skip { position: absolute; left: -9999px; }
  .skip:focus { left: 8px; top: 8px; background: #ffdd00; padding: 6px; }
  header.council { background: #00205b; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
  header.council .logo { font-size: 22px; font-weight: bold; color: #fff; text-decoration: none; }
  header.council form input { padding: 6px; width: 220px; }
  nav.mgTopNav { background: #e6ebf2; padding: 8px 24px; font-size: 14px; }
  nav.mgTopNav a { margin-right: 16px; color: #00205b; }
  .crumbs { padding: 10px 24px; font-size: 13px; color: #505a5f; }
  .crumbs a { color: #00205b; }
  .wrap { display: flex; gap: 28px; padding: 0 24px 40px; max-width: 1180px; }
  main { flex: 3; }
  aside { flex: 1; font-size: 14px; }
  h1 { font-size: 26px; color: #00205b; margin: 8px 0 14px; }
  .mgTabs a { display: inline-block; padding: 8px 14px; border: 1px solid #b1b4b6; border-bottom: none; margin-right: 4px; color: #00205b; text-decoration: none; background: #f3f2f1; }
  .mgTabs a.current { background: #fff; font-weight: bold; }
  .mgMeetingDetails { border: 1px solid #b1b4b6; padding: 14px 18px; margin-bottom: 18px; }
  .mgMeetingDetails p { margin: 4px 0; }
  .mgLabel { font-weight: bold; }
  .mgNotice { background: #fff7bf; border-left: 5px solid #ffdd00; padding: 10px 14px; margin: 14px 0; }
  .mgDocs ul, .mgItemDocs { list-style: none; padding-left: 0; }
  .mgDocs li, .mgItemDocs li { margin: 4px 0; }
  .mgDocs a, .mgItemDocs a { color: #00205b; }
  .pdf { font-size: 12px; color: #505a5f; }
  table.mgItemTable { width: 100%; border-collapse: collapse; margin-top: 12px; }
  table.mgItemTable td { vertical-align: top; padding: 12px 8px; border-top: 1px solid #d8dcdf; }
  td.mgItemNumberCell { width: 40px; font-weight: bold; font-size: 17px; }
  .mgAiTitleTxt { font-weight: bold; font-size: 17px; color: #00205b; margin: 0 0 6px; }
  .mgSubItemTitleTxt { margin: 6px 0; }
  .mgWarning { color: #d4351c; font-weight: bold; }
  aside .box { border-top: 4px solid #00205b; background: #f3f2f1; padding: 12px 14px; margin-bottom: 18px; }
  aside h2 { font-size: 16px; margin: 0 0 8px; color: #00205b; }
  aside ul { padding-left: 18px; margin: 0; }
  footer { background: #00205b; color: #fff; padding: 18px 24px; font-size: 13px; }
  footer a { color: #fff; margin-right: 14px; }
</style>
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header class="council">
  <a class="logo" href="https://www.stockport.gov.uk/">Stockport Council</a>
  <form action="/mgSearchDocuments.aspx" role="search"><label class="skip" for="q">Search</label><input id="q" name="q" type="search" placeholder="Search committee documents"></form>
</header>
<nav class="mgTopNav" aria-label="Democracy">
  <a href="/mgCalendarMonthView.aspx">Calendar</a>
  <a href="/mgListCommittees.aspx">Committees</a>
  <a href="/mgMemberIndex.aspx">Councillors</a>
  <a href="/mgDelegatedDecisions.aspx">Decisions</a>
  <a href="/mgPlansHome.aspx">Forward plans</a>
  <a href="/ieDocHome.aspx">Library</a>
  <a href="/mgRegisterHome.aspx">Subscribe</a>
</nav>
<div class="crumbs"><a href="/">Council and democracy</a> &rsaquo; <a href="/mgListCommittees.aspx">Committees</a> &rsaquo; <a href="/ieListMeetings.aspx?CId=412">Safer and Stronger Communities Scrutiny Committee</a> &rsaquo; Meeting</div>
<div class="wrap">
<main id="content">
<h1>Agenda and draft minutes</h1>
<div class="mgTabs"><a class="current" href="#">Agenda and draft minutes</a><a href="/mgIssueHistoryHome.aspx?MId=18274">Issues</a><a href="/mgMeetingAttendance.aspx?ID=18274">Attendance</a></div>
<div class="mgMeetingDetails">
  <p><span class="mgLabel">Venue:</span> Committee Room 2, Town Hall, Edward Street, Stockport SK1 3XE. <a href="/mgVenueDetails.aspx?VID=3">View directions</a></p>
  <p><span class="mgLabel">Contact:</span> Democratic Services, 01632 960 730 &middot; <a href="mailto:democratic.services@stockport.example">democratic.services@stockport.example</a></p>
  <p><span class="mgLabel">Meeting date:</span> Tuesday, 10th March, 2026, 6.00 pm</p>
</div>
<div class="mgNotice"><strong>Webcast:</strong> this meeting will be broadcast live and the recording kept online for six months. Members of the public who speak at the meeting may be filmed.</div>
<div class="mgDocs">
<h2 style="font-size:18px;color:#00205b;">Media</h2>
<ul>
  <li><a href="/documents/g18274/Agenda%20frontsheet%2010th-Mar-2026.pdf">Agenda frontsheet</a> <span class="pdf">PDF 132 KB</span></li>
  <li><a href="/documents/g18274/Public%20reports%20pack%2010th-Mar-2026.pdf">Public reports pack</a> <span class="pdf">PDF 4 MB</span></li>
  <li><a href="/documents/g18274/Printed%20minutes%2010th-Mar-2026.pdf">Printed draft minutes</a> <span class="pdf">PDF 98 KB</span></li>
</ul>
</div>
<h2 style="font-size:18px;color:#00205b;">Items</h2>
<table class="mgItemTable">
<tr>
<td class="mgItemNumberCell">No.</td>
<td class="mgItemNumberCell" style="width:auto;">Item</td>
</tr>
<tr>
<td class="mgItemNumberCell">1.</td>
<td>
<p class="mgAiTitleTxt">Minutes</p>
<p>To approve as a correct record and sign the Minutes of the meeting held on 27 January 2026.</p>
<ul class="mgItemDocs"><li><a href="/documents/s241880/Minutes%2027-01-26.pdf">Minutes, 27/01/2026, item 1</a> <span class="pdf">PDF 212 KB</span></li></ul>
<p><span class="mgLabel">Minutes:</span> The Minutes (copies of which had been circulated) of the meeting held on 27 January 2026 were approved as a correct record and signed by the Chair.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">2.</td>
<td>
<p class="mgAiTitleTxt">Declarations of Interest</p>
<p>Councillors and officers to declare any interest which they have in any of the items on the agenda for the meeting.</p>
<p><span class="mgLabel">Minutes:</span> Councillor Joanne Sutcliffe declared a non-registrable interest in Agenda Item 8 as a tenant of Stockport Homes. She remained in the meeting.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">3.</td>
<td>
<p class="mgAiTitleTxt">Urgent Decisions</p>
<p>To report any urgent action taken since the last meeting of the Committee.</p>
<p><span class="mgLabel">Minutes:</span> No urgent decisions were reported.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">4.</td>
<td>
<p class="mgAiTitleTxt">Call-In</p>
<p>To consider call-in items (if any).</p>
<p><span class="mgLabel">Minutes:</span> There were no call-in items to consider.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">5.</td>
<td>
<p class="mgAiTitleTxt">Public Question Time</p>
<p>Members of the public are invited to put questions to the Chair about the work of the Committee. Questions must be submitted in writing to Democratic Services by 12 noon on Friday 6 March 2026. The time allowed is 15 minutes.</p>
<p><span class="mgLabel">Minutes:</span> Two questions were received: from a resident of Heaton Mersey about speeding on Didsbury Road, and from a resident of Hazel Grove about street lighting on the Macclesfield Road footpath. The Chair undertook to send written replies.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">6.</td>
<td>
<p class="mgAiTitleTxt">Neighbourhood Policing in Stockport: Annual Report 2025/26</p>
<p>To consider a report of the District Commander, Stockport, Greater Manchester Police.</p>
<p>The report sets out the work of Stockport&rsquo;s neighbourhood policing teams over the past year, with figures for crime and anti-social behaviour by ward and the district&rsquo;s priorities for 2026/27. Among the work it describes:</p>
<p>Operation Larkspur brought together Greater Manchester Police&rsquo;s Stockport District and the Council&rsquo;s Trading Standards and Licensing teams against shops selling illegal vapes and tobacco, often to children, in Edgeley, Reddish, Brinnington and the town centre. Since June 2025 joint visits to 46 shops have seized 61,000 illegal vapes and 180,000 cigarettes; 14 shops have been closed under closure orders granted by Stockport Magistrates&rsquo; Court and three premises licences have been revoked. Test purchases by young volunteers now fail in two shops in ten, down from seven in ten when the operation began.</p>
<p>The Scrutiny Committee is asked to note the report and comment on the district&rsquo;s priorities.</p>
<p><span class="mgLabel">Officer contact:</span> Superintendent Claire Booth, Stockport District, Greater Manchester Police</p>
<ul class="mgItemDocs">
<li><a href="/documents/s241902/Neighbourhood%20Policing%20Annual%20Report.pdf">Neighbourhood Policing Annual Report 2025-26</a> <span class="pdf">PDF 1 MB</span></li>
<li><a href="/documents/s241903/Appendix%201%20Ward%20data.pdf">Appendix 1 &ndash; Ward data</a> <span class="pdf">PDF 420 KB</span></li>
</ul>
<p><span class="mgLabel">Minutes:</span> Superintendent Claire Booth presented the report and answered Members&rsquo; questions about response times in Bramhall and the number of PCSOs in each ward. RESOLVED &ndash; That the report be noted and the Committee&rsquo;s comments on the priorities be passed to the District Commander.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">7.</td>
<td>
<p class="mgAiTitleTxt">Alleygating Programme 2025/26: Progress Report</p>
<p>To consider a report of the Director of Place Management.</p>
<p>The Council&rsquo;s alleygating programme has installed 38 gates across 19 back alleys in Brinnington, Adswood, Offerton and Cheadle Heath this year, in alleys chosen with ward councillors and residents where burglary, fly-tipping and drug dealing were being reported. Every household gets keys, and the Council&rsquo;s Neighbourhood Services team maintains the gates and clears the alleys twice a year. In the gated alleys, reported fly-tipping has fallen by 71%, and burglaries through the rear of properties fell from 23 in the year before gating to 5 in the year after. Residents in 17 of the 19 alleys have set up their own clean-up or planting groups.</p>
<p>The Scrutiny Committee is asked to comment on the report and support the proposal for a further 24 gates in 2026/27, to be funded from the Council&rsquo;s capital programme.</p>
<p><span class="mgLabel">Officer contact:</span> Mark Tennant, Neighbourhood Services Manager, 01632 960 741</p>
<ul class="mgItemDocs">
<li><a href="/documents/s241911/Alleygating%20Progress%20Report.pdf">Alleygating Progress Report</a> <span class="pdf">PDF 760 KB</span></li>
<li><a href="/documents/s241912/Appendix%20A%20Map%20of%20schemes.pdf">Appendix A &ndash; Map of schemes</a> <span class="pdf">PDF 2 MB</span></li>
</ul>
<p><span class="mgLabel">Minutes:</span> Members welcomed the report. Councillor Bashir asked that alleys in Heaton Norris be considered in the next phase. RESOLVED &ndash; That the proposal for a further 24 gates in 2026/27 be supported.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">8.</td>
<td>
<p class="mgAiTitleTxt">Reducing Deliberate Fires in Brinnington and Reddish</p>
<p>To consider a report of the Borough Manager, Stockport, Greater Manchester Fire and Rescue Service.</p>
<p>Greater Manchester Fire and Rescue Service&rsquo;s Stockport crews ran a &lsquo;Safe Season&rsquo; project from September to November 2025 with the Council&rsquo;s Neighbourhood Services team and Stockport Homes. Firefighters gave talks in every secondary school and youth club in the two areas about the cost of deliberate fires, Stockport Homes removed fire-setting material from its blocks and garages, and the Council cleared 212 tonnes of rubbish from alleys and open land ahead of bonfire night. Deliberate fires in Brinnington and Reddish between September and November fell from 118 in 2024 to 64 in 2025, and attacks on fire crews from three to none.</p>
<p>The Scrutiny Committee is asked to note the report.</p>
<p><span class="mgLabel">Officer contact:</span> Borough Manager, Stockport, Greater Manchester Fire and Rescue Service</p>
<ul class="mgItemDocs">
<li><a href="/documents/s241920/Deliberate%20Fires%20Report.pdf">Reducing Deliberate Fires report</a> <span class="pdf">PDF 540 KB</span></li>
</ul>
<p><span class="mgLabel">Minutes:</span> RESOLVED &ndash; That the report be noted and the Committee&rsquo;s thanks be passed to the crews and staff involved.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">9.</td>
<td>
<p class="mgAiTitleTxt">Greater Manchester Police, Fire and Crime Panel: Update</p>
<p>To receive a verbal update from Councillor Graham Oldfield, the Council&rsquo;s representative on the Panel, on the Panel&rsquo;s meeting of 13 February 2026 and the policing precept for 2026/27.</p>
<p><span class="mgLabel">Minutes:</span> Councillor Oldfield reported that the Panel had agreed the proposed precept. RESOLVED &ndash; That the update be noted.</p>
</td>
</tr>
<tr>
<td class="mgItemNumberCell">10.</td>
<td>
<p class="mgAiTitleTxt">Scrutiny Work Programme 2025/26</p>
<p>To consider a report of the Assistant Director, Legal and Democratic Governance.</p>
<p>The report sets out the Committee&rsquo;s work programme for the rest of the municipal year, together with relevant Key Decisions from the Forward Plan. The Committee is asked to review and note the work programme and agree any changes.</p>
<ul class="mgItemDocs">
<li><a href="/documents/s241925/Work%20Programme.pdf">Work Programme 2025-26</a> <span class="pdf">PDF 190 KB</span></li>
</ul>
<p><span class="mgLabel">Minutes:</span> RESOLVED &ndash; That the work programme be noted, with a report on school street closures added for June.</p>
</td>
</tr>
</table>
<p class="mgWarning">Part 2: there are no items on this agenda from which the press and public are likely to be excluded.</p>
</main>
<aside>
<div class="box">
<h2>Meeting information</h2>
<ul>
<li><a href="/mgMeetingAttendance.aspx?ID=18274">Attendance</a></li>
<li><a href="/mgIssueHistoryHome.aspx?MId=18274">Issues considered</a></li>
<li><a href="/mgCommitteeDetails.aspx?ID=412">Committee details</a></li>
<li><a href="https://stockport.public-i.example/core/portal/webcast_interactive/918204">Watch the webcast</a></li>
</ul>
</div>
<div class="box">
<h2>Membership</h2>
<ul>
<li>Councillor Andrew Mellor (Chair)</li>
<li>Councillor Fiona Hadcroft (Vice-Chair)</li>
<li>Councillor Tariq Bashir</li>
<li>Councillor Liz Cordingley</li>
<li>Councillor Sam Greaves</li>
<li>Councillor Graham Oldfield</li>
<li>Councillor Joanne Sutcliffe</li>
<li>Councillor Peter Whitworth</li>
</ul>
<p>Cabinet Member in attendance: Councillor Rebecca Lomax (Communities and Housing).</p>
</div>
<div class="box">
<h2>Next meeting</h2>
<p>Tuesday, 14th April, 2026, 6.00 pm</p>
<p><a href="/mgCalendarMonthView.aspx">Meetings calendar</a></p>
</div>
</aside>
</div>
<footer>
  <p><a href="/accessibility">Accessibility</a><a href="/privacy">Privacy</a><a href="/cookies">Cookies</a><a href="/contact">Contact us</a></p>
  <p>Stockport Metropolitan Borough Council, Town Hall, Edward Street, Stockport SK1 3XE</p>
  <p>Modern.Gov committee management system</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A publisher's reading group guide for a crime novel (HTML)

GUIDE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Lantern Tide by Ruth Ackroyd &ndash; Reading Group Guide | Saltmarsh Press</title>
<meta name="description" content="Reading group guide for The Lantern Tide by Ruth Ackroyd: about the book, a note from the author, questions for discussion and an interview.">
<meta property="og:type" content="article">
<meta property="og:title" content="The Lantern Tide: Reading Group Guide">
<meta property="og:image" content="https://www.saltmarshpress.co.uk/media/covers/lantern-tide-pb.jpg">
<link rel="canonical" href="https://www.saltmarshpress.co.uk/reading-groups/the-lantern-tide">
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #fbf8f3; line-height: 1.6; }
  .bar { background: #17324d; color: #e8dcc4; font-family: Helvetica, Arial, sans-serif; font-size: 13px; text-align: center; padding: 6px; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 18px 40px; border-bottom: 1px solid #ddd2bf; background: #fff; }
  header .brand { font-size: 26px; letter-spacing: 2px; color: #17324d; text-decoration: none; font-variant: small-caps; }
  header nav a { font-family: Helvetica, Arial, sans-serif; font-size: 14px; margin-left: 22px; color: #17324d; text-decoration: none; text-transform: uppercase; letter-spacing: 1px; }
  .crumbs { font-family: Helvetica, Arial, sans-serif; font-size: 12px; color: #777; padding: 12px 40px; }
  .crumbs a { color: #17324d; }
  .hero { display: flex; gap: 40px; padding: 10px 40px 30px; max-width: 1100px; }
  .hero img { width: 230px; height: 352px; box-shadow: 4px 6px 14px rgba(0,0,0,.25); background: #2a4d6e; }
  .hero .kicker { font-family: Helvetica, Arial, sans-serif; text-transform: uppercase; letter-spacing: 2px; font-size: 12px; color: #b5542d; }
  .hero h1 { font-size: 44px; margin: 6px 0 4px; color: #17324d; font-weight: normal; }
  .hero .byline { font-size: 20px; font-style: italic; margin: 0 0 16px; }
  .btn { display: inline-block; font-family: Helvetica, Arial, sans-serif; font-size: 14px; padding: 10px 18px; border-radius: 3px; text-decoration: none; margin: 6px 8px 6px 0; }
  .btn.primary { background: #b5542d; color: #fff; }
  .btn.ghost { border: 1px solid #17324d; color: #17324d; }
  .offer { font-family: Helvetica, Arial, sans-serif; font-size: 13px; background: #efe6d4; padding: 8px 12px; display: inline-block; margin-top: 8px; }
  article { max-width: 760px; padding: 0 40px 40px; }
  article h2 { font-size: 26px; color: #17324d; font-weight: normal; border-bottom: 2px solid #b5542d; padding-bottom: 4px; margin-top: 40px; }
  article blockquote { font-size: 20px; font-style: italic; color: #17324d; border-left: 4px solid #b5542d; margin: 24px 0; padding: 4px 20px; }
  .signature { font-style: italic; text-align: right; }
  ol.questions li { margin-bottom: 12px; }
  .qa dt { font-weight: bold; color: #17324d; margin-top: 16px; }
  .qa dd { margin: 4px 0 0 0; }
  .tips { background: #fff; border: 1px solid #ddd2bf; padding: 14px 20px; font-family: Helvetica, Arial, sans-serif; font-size: 14px; }
  .more { display: flex; gap: 24px; font-family: Helvetica, Arial, sans-serif; font-size: 14px; }
  .more div { width: 160px; }
  .more img { width: 150px; height: 230px; background: #ccc; }
  footer { background: #17324d; color: #e8dcc4; font-family: Helvetica, Arial, sans-serif; font-size: 13px; padding: 28px 40px; }
  footer a { color: #e8dcc4; }
  footer form input { padding: 8px; width: 240px; }
</style>
</head>
<body>
<div class="bar">Free UK delivery on orders over &pound;20 &middot; Reading group discount: 20% off six or more copies</div>
<header>
  <a class="brand" href="/">Saltmarsh Press</a>
  <nav aria-label="Main"><a href="/books">Books</a><a href="/authors">Authors</a><a href="/reading-groups">Reading groups</a><a href="/events">Events</a><a href="/about">About</a><a href="/basket">Basket (0)</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> / <a href="/reading-groups">Reading groups</a> / The Lantern Tide</div>
<section class="hero">
  <img src="/media/covers/lantern-tide-pb.jpg" alt="Cover of The Lantern Tide: a trawler&rsquo;s lights on a dark estuary under a low moon">
  <div>
    <p class="kicker">Reading group guide</p>
    <h1>The Lantern Tide</h1>
    <p class="byline">Ruth Ackroyd</p>
    <p>Paperback &middot; 384 pages &middot; ISBN 978-1-9999-0417-3 &middot; &pound;9.99<br>Shortlisted for the Northern Crime Debut Award 2025</p>
    <a class="btn primary" href="/media/guides/the-lantern-tide-reading-group-guide.pdf">Download the printable guide (PDF)</a>
    <a class="btn ghost" href="/books/the-lantern-tide">Buy the book</a>
    <p class="offer">Ordering for your group? Use code <strong>READTOGETHER</strong> for 20% off six or more copies.</p>
  </div>
</section>
<article>
<h2>About the book</h2>
<p>Grimsby, November. When nineteen-year-old deckhand Tomas Luk&scaron;ys fails to come back from a night out on Freeman Street, nobody on the fish docks seems surprised, and nobody wants to talk. Detective Sergeant Kath Maddox, two years from retirement and only just back at work after her husband&rsquo;s death, gets the case because nobody else wants it.</p>
<p>What she finds in the long shadow of the town&rsquo;s fishing past &ndash; a crew house with eleven men and one key, a car wash that never closes, a boat that puts to sea and comes back without a catch &ndash; draws her into Operation Curlew, an investigation her own bosses would rather she left alone. As the tides turn against her, Kath has to decide how far she will go for a young man she never met, and whether anyone in the town will stand with her.</p>
<blockquote>&ldquo;A hard, humane debut, as bleak and beautiful as the Humber in winter.&rdquo; &ndash; <cite>The Northern Review</cite></blockquote>

<h2>A note from Ruth Ackroyd</h2>
<p>The Lantern Tide is fiction. Tomas, Kath and everyone on Cleethorpe Road came out of my head, and so did Operation Curlew, which would never have got past a real detective inspector. But the world they move through is real, and two pieces of real work shaped it.</p>
<p>Operation Netmender began in 2022, when Humberside Police&rsquo;s modern slavery and exploitation team and North East Lincolnshire Council&rsquo;s licensing, housing and environmental health officers started visiting hand car washes, nail bars, crew houses and houses in multiple occupation in Grimsby and Immingham together, instead of one at a time. They go with interpreters, talk to the people working there away from their bosses, and share what they find. In three years they have made more than 400 visits; 63 people have been referred for help as possible victims of modern slavery, nine people have been charged and four car washes have been closed. I spent two days with them in 2024, and I have borrowed the smell of a wet car wash at six in the morning and not much else.</p>
<p>The Grimsby Seafarers&rsquo; Welcome is the other. Every evening volunteers from the town&rsquo;s churches open a room near the fish docks with hot food, Wi-Fi, SIM cards, warm clothes and a phone home for crews from Ghana, the Philippines, Latvia and everywhere else: no forms, no questions. Last year the Welcome had 2,400 visits from seafarers, and its volunteers helped eleven men who said they had not been paid for months to get back their wages and their passports, with the port chaplain and the seafarers&rsquo; union. Kath&rsquo;s Tuesday night soup comes from there.</p>
<p>If the book leaves you wanting to do something, the Welcome always needs volunteers and winter coats.</p>
<p class="signature">Ruth Ackroyd, Cleethorpes, 2025</p>

<h2>Questions for discussion</h2>
<ol class="questions">
<li>The novel opens with Tomas&rsquo;s mother&rsquo;s voicemail, which we hear again at the end. How did your reading of it change?</li>
<li>Kath is given the case &ldquo;because nobody else wants it&rdquo;. What does the book suggest about who gets looked for, and who doesn&rsquo;t?</li>
<li>Operation Curlew is shut down twice. Were Kath&rsquo;s bosses wrong? What would you have done in DI Harland&rsquo;s place?</li>
<li>The town itself is almost a character. How does Ackroyd use the decline of the fishing industry, and the new port, to tell Tomas&rsquo;s story?</li>
<li>Grief is never far from Kath. How does her husband&rsquo;s death shape the choices she makes?</li>
<li>Why do you think the author gives the chapters from the crew house no names, only times?</li>
<li>Several characters say &ldquo;it&rsquo;s not my business&rdquo;. Which of them change their minds, and why?</li>
<li>How did you feel about Aivars, the gangmaster? Does the book ask us to understand him, or only to judge him?</li>
<li>The soup kitchen scenes are the warmest in the book. What role do ordinary people play in the ending?</li>
<li>Did the ending satisfy you? What do you think happens to Kath after the last page?</li>
<li>The title comes from a fishermen&rsquo;s saying. What do you think it means, and for whom is the lantern lit?</li>
<li>Would you read a second book with Kath Maddox? What would you want it to be about?</li>
</ol>

<h2>In conversation with Ruth Ackroyd</h2>
<dl class="qa">
<dt>Were you ever a police officer?</dt>
<dd>No, I taught English in Grimsby for twenty-six years. But my father was a constable in the old Grimsby Borough Police in the 1960s, before it was merged away, and I grew up on his stories of the docks at night. Kath has his flask.</dd>
<dt>How did you research the police side?</dt>
<dd>Lots of reading, a retired detective friend who corrected my procedure with a red pen, and the two days I mention in my note. Any mistakes left in are mine, and some are deliberate: real investigations are slower and far more careful than Kath.</dd>
<dt>Why write about modern slavery?</dt>
<dd>Because it is happening in towns like mine, a street away from where people buy their fish and chips, and because the people it happens to are so rarely the heroes of their own stories. I wanted Tomas to be more than a victim.</dd>
<dt>What are you writing now?</dt>
<dd>Kath is back, in a book set over one Cleethorpes summer. That is all I am allowed to say.</dd>
</dl>

<h2>Hosting your group</h2>
<div class="tips">
<ul>
<li>Fish finger sandwiches are, we are told, compulsory.</li>
<li>The audiobook, read by Denise Fairburn, is lovely for anyone who would rather listen.</li>
<li>Ruth visits reading groups within an hour of Grimsby, and joins others by video. Ask us at <a href="mailto:events@saltmarshpress.example">events@saltmarshpress.example</a>.</li>
</ul>
</div>

<h2>If your group enjoyed this</h2>
<div class="more">
<div><img src="/media/covers/the-salt-road.jpg" alt=""><p><a href="/books/the-salt-road">The Salt Road</a><br>Megan Pryce</p></div>
<div><img src="/media/covers/low-water.jpg" alt=""><p><a href="/books/low-water">Low Water</a><br>Daniel Okafor</p></div>
<div><img src="/media/covers/the-drowned-parish.jpg" alt=""><p><a href="/books/the-drowned-parish">The Drowned Parish</a><br>Helen Marr</p></div>
</div>
</article>
<footer>
  <form action="/newsletter" method="post"><label for="email">Our reading groups newsletter, once a month:</label><br><input id="email" type="email" placeholder="Your email address"> <button type="submit">Sign up</button></form>
  <p><a href="/contact">Contact</a> &middot; <a href="/submissions">Submissions</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
  <p>&copy; Saltmarsh Press Ltd 2025. Saltmarsh Press, The Old Net Loft, Fish Dock Road, Grimsby DN31 3XX. Registered in England and Wales no. 10987654. This guide may be copied freely for reading groups.</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A bike shop's order confirmation email (HTML)

ORDER_HTML = """<!DOCTYPE html>
<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>Your Chainline order CL-204817 is confirmed</title>
<style>
  body { margin: 0; padding: 0; background: #eceff1; }
  table { border-collapse: collapse; }
  img { border: 0; display: block; }
  a { color: #0a7d4b; }
  @media only screen and (max-width: 620px) { .container { width: 100% !important; } .stack { display: block !important; width: 100% !important; } }
</style>
</head>
<body style="margin:0;padding:0;background:#eceff1;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Thanks, Priya! Order CL-204817 is confirmed: D-lock, lights and marking kit, ready to collect from Mill Road from Thursday.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eceff1;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" style="width:600px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#263238;">
<tr><td style="padding:8px 24px;font-size:11px;color:#78909c;text-align:right;background:#eceff1;">Trouble reading this email? <a href="https://www.chainlinecycles.co.uk/email/view?id=8f2c41" style="color:#78909c;">View it in your browser</a></td></tr>
<tr><td style="background:#102a2a;padding:20px 24px;">
  <table role="presentation" width="100%"><tr>
  <td style="font-size:26px;font-weight:bold;color:#ffffff;letter-spacing:1px;"><img src="https://www.chainlinecycles.co.uk/email/logo-white.png" width="0" height="0" alt="">CHAINLINE <span style="color:#35d07f;">CYCLES</span></td>
  <td align="right" style="font-size:12px;color:#b0bec5;">Mill Road &middot; Cambridge<br>since 1987</td>
  </tr></table>
</td></tr>
<tr><td style="padding:28px 24px 8px;">
  <h1 style="margin:0 0 8px;font-size:24px;color:#102a2a;">Thanks for your order, Priya!</h1>
  <p style="margin:0;font-size:15px;line-height:22px;">We&rsquo;ve got your order and we&rsquo;re getting it ready. We&rsquo;ll email you again when it&rsquo;s waiting for you at the shop.</p>
</td></tr>
<tr><td style="padding:16px 24px;">
  <table role="presentation" width="100%" style="background:#f5f7f8;border:1px solid #dfe4e6;">
  <tr>
  <td class="stack" width="50%" style="padding:12px 16px;font-size:13px;line-height:20px;"><strong>Order number</strong><br>CL-204817<br><strong>Order date</strong><br>Sunday 1 March 2026, 21:14</td>
  <td class="stack" width="50%" style="padding:12px 16px;font-size:13px;line-height:20px;"><strong>Delivery</strong><br>Click &amp; Collect, Mill Road<br><strong>Ready from</strong><br>Thursday 5 March, after 12 noon</td>
  </tr>
  </table>
</td></tr>
<tr><td style="padding:8px 24px;">
  <h2 style="font-size:17px;margin:8px 0;color:#102a2a;">Your items</h2>
  <table role="presentation" width="100%" style="font-size:14px;">
  <tr style="border-bottom:1px solid #dfe4e6;">
    <td width="72" style="padding:10px 0;"><img src="https://www.chainlinecycles.co.uk/media/p/lock-defender16.jpg" width="60" height="60" alt="D-lock"></td>
    <td style="padding:10px 8px;"><strong>Defender 16 mm D-lock with cable</strong><br><span style="color:#78909c;font-size:12px;">Sold Secure Gold &middot; 245 mm &middot; 2 keys &middot; SKU LK-DF16-245</span><br>Qty 1</td>
    <td align="right" style="padding:10px 0;white-space:nowrap;">&pound;54.99</td>
  </tr>
  <tr style="border-bottom:1px solid #dfe4e6;">
    <td style="padding:10px 0;"><img src="https://www.chainlinecycles.co.uk/media/p/light-set-400.jpg" width="60" height="60" alt="Lights"></td>
    <td style="padding:10px 8px;"><strong>Beacon 400 / 60 USB light set</strong><br><span style="color:#78909c;font-size:12px;">Front 400 lumens, rear 60 lumens &middot; SKU LT-BC400</span><br>Qty 1</td>
    <td align="right" style="padding:10px 0;white-space:nowrap;">&pound;39.99</td>
  </tr>
  <tr style="border-bottom:1px solid #dfe4e6;">
    <td style="padding:10px 0;"><img src="https://www.chainlinecycles.co.uk/media/p/marking-kit.jpg" width="60" height="60" alt="Marking kit"></td>
    <td style="padding:10px 8px;"><strong>Frame marking kit with registration</strong><br><span style="color:#78909c;font-size:12px;">Etching stencil, UV pen, tamper-evident labels &middot; SKU SC-MK01</span><br>Qty 1</td>
    <td align="right" style="padding:10px 0;white-space:nowrap;">&pound;19.99</td>
  </tr>
  <tr style="border-bottom:1px solid #dfe4e6;">
    <td style="padding:10px 0;"><img src="https://www.chainlinecycles.co.uk/media/p/inner-tube.jpg" width="60" height="60" alt="Inner tubes"></td>
    <td style="padding:10px 8px;"><strong>Inner tube 700 x 28&ndash;32c, Presta</strong><br><span style="color:#78909c;font-size:12px;">SKU TB-700-28P</span><br>Qty 2</td>
    <td align="right" style="padding:10px 0;white-space:nowrap;">&pound;13.98</td>
  </tr>
  </table>
  <table role="presentation" width="100%" style="font-size:14px;margin-top:8px;">
  <tr><td style="padding:3px 0;">Subtotal</td><td align="right">&pound;128.95</td></tr>
  <tr><td style="padding:3px 0;">Chainline Club discount (10%)</td><td align="right">&minus;&pound;12.90</td></tr>
  <tr><td style="padding:3px 0;">Click &amp; Collect</td><td align="right">Free</td></tr>
  <tr><td style="padding:6px 0;font-size:17px;font-weight:bold;border-top:2px solid #102a2a;">Total paid</td><td align="right" style="font-size:17px;font-weight:bold;border-top:2px solid #102a2a;">&pound;116.05</td></tr>
  <tr><td colspan="2" style="padding:3px 0;font-size:12px;color:#78909c;">Includes VAT of &pound;19.34 &middot; Paid by Visa ending 4417</td></tr>
  </table>
</td></tr>
<tr><td style="padding:16px 24px;">
  <table role="presentation" width="100%"><tr>
  <td class="stack" width="50%" valign="top" style="padding-right:12px;font-size:13px;line-height:20px;">
    <h3 style="font-size:15px;margin:0 0 6px;color:#102a2a;">Collect from</h3>
    Chainline Cycles<br>112 Mill Road<br>Cambridge CB1 3XX<br>Mon&ndash;Sat 9am&ndash;6pm, Sun 10am&ndash;4pm
  </td>
  <td class="stack" width="50%" valign="top" style="font-size:13px;line-height:20px;">
    <h3 style="font-size:15px;margin:0 0 6px;color:#102a2a;">Billing address</h3>
    Priya Raman<br>24 Catharine Street<br>Cambridge CB1 3XX
  </td>
  </tr></table>
</td></tr>
<tr><td style="padding:8px 24px 16px;">
  <h2 style="font-size:17px;margin:8px 0;color:#102a2a;">What happens next</h2>
  <ol style="margin:0;padding-left:20px;font-size:14px;line-height:22px;">
  <li>We pick and check your order in the workshop.</li>
  <li>We email you a collection code when it&rsquo;s ready (usually within 3 working days).</li>
  <li>Bring the code and your card or photo ID to the counter. We keep orders for 14 days.</li>
  </ol>
</td></tr>
<tr><td style="padding:0 24px 16px;">
  <table role="presentation" width="100%" style="background:#e8f7ef;border-left:5px solid #35d07f;">
  <tr><td style="padding:16px 18px;">
    <h2 style="font-size:18px;margin:0 0 8px;color:#102a2a;">Get your bike marked for free</h2>
    <p style="margin:0 0 10px;font-size:14px;line-height:21px;">Every second Saturday of the month, Cambridgeshire Constabulary&rsquo;s cycle crime team sets up in our Mill Road workshop from 10am to 2pm to security-mark bikes for free and register them on the national database the police use to trace owners. We lend them the workshop, the stands and the coffee. Since the sessions started in April 2024 the officers have marked 1,870 bikes, and 23 stolen bikes carrying their marks have found their way back to their owners, six of them this winter.</p>
    <p style="margin:0 0 10px;font-size:14px;line-height:21px;">No need to book: bring your bike and some ID. Next session: <strong>Saturday 14 March</strong>. You&rsquo;ve bought a marking kit, so you can do it yourself too: the instructions are in the box.</p>
    <a href="https://www.chainlinecycles.co.uk/bike-marking" style="display:inline-block;background:#102a2a;color:#ffffff;text-decoration:none;padding:10px 16px;font-size:14px;font-weight:bold;">Find out more</a>
  </td></tr>
  </table>
</td></tr>
<tr><td style="padding:0 24px 16px;">
  <h2 style="font-size:17px;margin:8px 0;color:#102a2a;">Lock it right</h2>
  <table role="presentation" width="100%" style="font-size:13px;line-height:19px;"><tr>
  <td class="stack" width="33%" valign="top" style="padding:6px;"><strong>Frame and wheel</strong><br>Lock the frame and back wheel to something solid, with the D-lock as full as you can make it.</td>
  <td class="stack" width="33%" valign="top" style="padding:6px;"><strong>Two locks</strong><br>Thieves carry one tool. Use the cable for the front wheel.</td>
  <td class="stack" width="33%" valign="top" style="padding:6px;"><strong>Note your frame number</strong><br>It&rsquo;s under the bottom bracket. Photograph it and your bike today.</td>
  </tr></table>
</td></tr>
<tr><td style="padding:16px 24px;background:#f5f7f8;font-size:13px;line-height:20px;">
  <strong>Need help with your order?</strong> Reply to this email or call us on 01632 960 646. Changed your mind? You can return unused items within 30 days. <a href="https://www.chainlinecycles.co.uk/returns">Returns policy</a>
</td></tr>
<tr><td style="padding:18px 24px;background:#102a2a;color:#b0bec5;font-size:11px;line-height:17px;">
  <p style="margin:0 0 8px;"><a href="https://www.instagram.com/chainlinecycles" style="color:#ffffff;">Instagram</a> &middot; <a href="https://www.chainlinecycles.co.uk/club" style="color:#ffffff;">Chainline Club</a> &middot; <a href="https://www.chainlinecycles.co.uk/workshop" style="color:#ffffff;">Book a service</a></p>
  <p style="margin:0 0 8px;">You&rsquo;re receiving this email because you placed an order at chainlinecycles.co.uk. This is a service email, so you&rsquo;ll get it even if you&rsquo;ve unsubscribed from marketing. <a href="https://www.chainlinecycles.co.uk/account/preferences" style="color:#b0bec5;">Email preferences</a></p>
  <p style="margin:0;">Chainline Cycles Ltd, 112 Mill Road, Cambridge CB1 3XX. Registered in England and Wales no. 02114477. VAT no. GB 123 4567 89.</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


# ================================================================== 10. A retired man's month of diary kept as Markdown

JOURNAL_MD = """---
title: "Journal \u2013 February 2026"
author: Ray Holroyd
created: 2026-02-01
tags: [journal, 2026, darfield]
---

# February 2026

> \u201cDo something every day that you don\u2019t want to do.\u201d \u2013 Mam, most mornings

## Sun 1 Feb

Cold and bright. Walked to the paper shop and back the long way round by the church. Barnsley drew 1\u20131 at home, which is about right.

Rang Karen in Leeds. The kids are fine, Jack has a cough. She says I should get a smart speaker \u201cfor company\u201d. I said I have the radio and the cat.

## Tue 3 Feb

PACT meeting at St Mary\u2019s church hall, 7pm. About thirty there, most of them there about the bikes again. Inspector Nadia Khan (new, been here since Christmas) did the talking, with a PCSO I didn\u2019t know and a lass from the council.

Op Kickstand is what they call the bikes work. South Yorkshire Police\u2019s Dearne neighbourhood team and Barnsley Council\u2019s safer neighbourhood officers go out together on Friday and Saturday nights with the force\u2019s off-road bike officers, take the bikes being ridden on the Trans Pennine Trail and the fields behind Snape Hill, and the council serves notices on the houses where the bikes are kept. Since September: 46 bikes seized, 112 warning notices, 20 crushed (she showed a photo of one going in the crusher and got a cheer). Calls about the bikes are down about a third on last winter, she said. Margaret asked why they don\u2019t just chase them. Too dangerous, they follow them home instead.

Priorities voted for the next three months:

1. Off-road bikes
2. Speeding on Snape Hill
3. Parking at the school at home time

Tea was stewed. Home by nine.

## Thu 5 Feb

Repair caf\u00e9 on Saturday. Things to take:

- [x] soldering iron and solder
- [x] multimeter
- [ ] PAT tester (Keith still has it \u2013 ring him)
- [x] bike pump and tyre levers
- [x] Sandra\u2019s spare sewing kit

Dentist moved to the 19th.

## Sat 7 Feb

The Dearne Repair Caf\u00e9 was Sandra\u2019s idea and it\u2019s the best thing I\u2019ve done since I retired. Once a month we take over the back room at Goldthorpe library with eight volunteer fixers (me on electricals and bikes, Sandra on sewing, Dev on laptops and phones), and people bring their broken things and we mend them together, for nothing, tea and biscuits free. The point is they learn how, so next time they don\u2019t need us. Today: 19 things in, 15 fixed \u2013 a toaster, three lamps, a kiddie\u2019s scooter, two pairs of jeans and a lovely old Roberts radio that a woman said was her dad\u2019s. Sandra\u2019s tally since we started in September 2024 is 312 things fixed and, she reckons, 1.4 tonnes kept out of the tip.

Knackered. Fish and chips.

## Tue 10 Feb

Liam sworn in as a special constable at the police HQ in Sheffield. Ten of them in a row saying the oath, families at the back. Our Liam in a uniform! Alison cried, I nearly did. He starts on the Dearne team in March, two shifts a month round his job at the warehouse.

## Wed 11 Feb

First go with the speedwatch, 8\u20139am, Snape Hill by the bus stop. Pauline showed me the gun.

Darfield Community Speedwatch started last April, after speeding on Snape Hill came top at PACT meeting after PACT meeting. It\u2019s volunteers from the village, trained and kitted out by South Yorkshire Police\u2019s roads policing team with a speed device and hi-vis. We stand in threes at the spots the police have approved, log anyone doing 35 or more in the 30, and the force sends the registered keeper a letter; second time, another letter; third time, an officer knocks on the door. Pauline says that since last April we\u2019ve logged 1,106 vehicles, the police have sent 640 letters and three drivers have had the knock, and the average speed on the hill on the council\u2019s counter strip is down from 37 to 32.

Today: one hour, 212 vehicles, 14 over, fastest 49 (a white Transit, of course). Cold hands. Need gloves I can write in.

## Fri 13 Feb

Finished the library book (a Peter Robinson \u2013 Banks solves it in the last ten pages as usual). Next one on the pile is a Kate Atkinson.

That white van is still on the verge on Pinfold Lane, a week now, no tax. Rang 101: they gave me a reference and said abandoned vehicles are the council\u2019s. Reported it to the council online as well. Ref 26/004417.

## Sun 15 Feb

Shopping:

- milk, bread, eggs
- cat food (the pouches, NOT the tins)
- gloves for speedwatch
- birthday card for Alison (22nd)

## Tue 17 Feb

Blood pressure check at the surgery, 138/84. Nurse says better. Walked there and back, 2.3 miles.

## Thu 19 Feb

Dentist. One filling. Never again (until August).

## Sat 21 Feb

Bike ride on the Trans Pennine Trail with Dev, Wombwell to Old Moor and back, 23 miles. Two lads on scrambler bikes came past us near the tip road, no plates, no helmets. Reported it on the police website when I got home with the time and where. Dev says I\u2019ve turned into a curtain-twitcher. Possibly.

| Ride | Miles | Time |
|---|---|---|
| 7 Feb (to library and back) | 6 | 0:40 |
| 21 Feb (TPT with Dev) | 23 | 2:35 |

## Wed 25 Feb

Speedwatch again, 7.30\u20138.30. 188 vehicles, 9 over. The writing gloves work. A lady brought us a flask.

## Fri 27 Feb

Things for March:

- [ ] Repair caf\u00e9 Sat 7th \u2013 get PAT tester back off Keith
- [ ] Liam\u2019s first shift Fri 13th \u2013 text him good luck
- [ ] PACT next meeting Tue 5 May
- [ ] Car MOT by the 20th
- [ ] Ring Karen about Easter
"""


# ================================================================== 11. A road race's results file (plain text)

RESULTS_TXT = """========================================================================
 KELSALL RIDGE 10K 2026 - RESULTS (PROVISIONAL)
 Sunday 8 March 2026, 10.00am start, Kelsall Village Hall, Cheshire
 Organised by Kelsall Ridge Runners. UKA race permit 2026-51877
 Chip timing by ChipSplit Timing - www.chipsplit.example
========================================================================

Finishers: 612 (331 men, 281 women)   Did not finish: 4
Course: 10 km, lanes and sandstone trail, 148 m of climb, measured
Weather: 6C, dry, light north-westerly
Course records: men 32:41 (J. Hulme, 2019), women 34:21 (S. Okonjo, 2023)

These results are PROVISIONAL until Sunday 15 March. Queries to
results@kelsallridgerunners.example with your bib number, please -
not to the timing company.


RACE DIRECTOR'S NOTES
------------------------------------------------------------------------

What a morning. Thank you to every one of you who ran, to our 74
marshals and helpers, to Kelsall Village Hall and the Royal Oak for
the car parks and the loos, to St John Ambulance Cheshire, who
treated two turned ankles and one nosebleed, and to the two PCSOs
who helped the marshals at the Willington Road crossing.
The club will give this year's surplus (about £3,100 when the
bills are in) to Cheshire Search and Rescue and the village school.

SAFER TRAILS
Many of you train on the Whitegate Way, and some of you told us
last year you had stopped running there in the dark. Safer Trails
began in October 2024, after women in our club and others reported
being followed, filmed and shouted at on the trail at dusk. Cheshire
Constabulary's Winsford and Northwich neighbourhood teams and Cheshire
West and Chester Council's countryside rangers now patrol the trail
together on foot and by bike on winter evenings; the council has put
up 22 numbered marker posts so that you can tell 999 exactly where
you are; and the police have a named officer for the trail. Reports
of harassment on the Whitegate Way fell from 27 in the winter of
2023/24 to 6 last winter, the council tells us. Please keep
reporting: every report helps them decide where to patrol.

RUN TOGETHER TUESDAYS
Run Together Tuesdays is the club's own free group for women who
are new to running or nervous about running alone in the dark. We
meet at 7pm at Kelsall Community Centre, run in pairs at an easy
pace with a volunteer leader at the front and another at the back,
and everyone finishes together. 140 women have come along since it
started in January 2025, 38 have joined the club, and 22 of them
ran today. You'll find them in the results below and in the full
list - some of them in their first ever race. Bring a friend on
Tuesday.

PHOTOS
Free photos from the hill and the finish by Dave Lunt Photography,
on the club website from Wednesday.


RESULTS - FIRST 60 FINISHERS
(full results, all 612, at www.chipsplit.example/kelsallridge10k2026)
------------------------------------------------------------------------
 Pos  Bib  Name                   Club                     Cat   CatP   Chip    Gun
---- ----  ---------------------- ------------------------ ----- ----   ------  ------
   1  489  Steve Critchley        Unattached               M40      1   33:05   33:11
   2  157  Owen Shaw              Chester Tri Club         M40      2   33:19   33:23
   3  458  Dan Dutton             Helsby RC                M40      3   33:37   33:38
   4  647  Ben Wood               Vale Royal AC            MSEN     1   33:43   33:44
   5  648  Tom Vernon             Kelsall Ridge Runners    MSEN     2   33:51   33:53
   6  238  Matt Nolan             Tattenhall Runners       M40      4   33:58   33:59
   7  431  Adam Lowe              Unattached               MSEN     3   34:12   34:13
   8  638  Becky Moss             Unattached               FSEN     1   34:33   34:38
   9   30  Adam Grundy            Chester Tri Club         MSEN     4   34:36   34:37
  10  516  Liam Jackson           Unattached               MSEN     5   34:44   34:47
  11  480  Claire Leigh           Vale Royal AC            F35      1   34:59   35:03
  12  255  Kieran Eaton           Unattached               MSEN     6   35:14   35:20
  13  253  Adam Farrell           Tattenhall Runners       MSEN     7   35:33   35:34
  14  520  Owen Wood              Unattached               M40      5   35:38   35:40
  15  267  James Kenyon           Tattenhall Runners       M40      6   35:56   36:02
  16  452  Ben Quayle             Vale Royal AC            MSEN     8   35:59   36:01
  17  412  Kate Nuttall           Vale Royal AC            F55      1   36:16   36:21
  18  421  Paul Barlow            Helsby RC                M40      7   36:37   36:40
  19  390  Dan Tomlinson          Unattached               M40      8   36:46   36:48
  20   22  Tom Whittaker          Vale Royal AC            MSEN     9   37:07   37:11
  21  190  Joe Fearnley           Vale Royal AC            M40      9   37:22   37:28
  22  181  Harry Birch            Northwich Harriers       MSEN    10   37:44   37:50
  23  144  Hannah Davies          Tattenhall Runners       F55      2   37:56   37:57
  24  382  Joe Sutton             Kelsall Ridge Runners    M50      1   38:16   38:22
  25  275  Harry Garside          Cheshire Police AC       M40     10   38:29   38:32
  26  397  Laura Jones            Chester Tri Club         F35      2   38:50   38:52
  27   75  Will Hough             Kelsall Ridge Runners    M40     11   39:11   39:12
  28  601  Laura Nuttall          Winsford Waddlers        F35      3   39:25   39:26
  29  495  Andy Hulme             Kelsall Ridge Runners    MSEN    11   39:31   39:31
  30   88  James Stubbs           Kelsall Ridge Runners    MSEN    12   39:50   39:52
  31  107  Harry Roberts          Tattenhall Runners       M60      1   40:02   40:05
  32   91  Neil Dobson            Chester Tri Club         MSEN    13   40:19   40:21
  33  201  Jess Jones             Unattached               F55      3   40:30   40:31
  34  510  Claire Massey          Kelsall Ridge Runners    F55      4   40:37   40:37
  35   62  Mark Yates             Sandbach Striders        MSEN    14   40:55   40:55
  36    3  Harry Hewitt           Kelsall Ridge Runners    MSEN    15   41:11   41:13
  37  424  Phil Ashworth          Cheshire Police AC       MSEN    16   41:21   41:21
  38  119  Anna Kenyon            Tattenhall Runners       F45      1   41:39   41:41
  39  457  Jack Patel             Winsford Waddlers        MSEN    17   41:55   42:01
  40  576  Jo Nuttall             Kelsall Ridge Runners    F35      4   42:16   42:21
  41  557  Dan Birch              Chester Tri Club         MSEN    18   42:24   42:24
  42  369  Ian Farrell            Helsby RC                MSEN    19   42:46   42:46
  43  270  Zoe Khan               Kelsall Ridge Runners    F35      5   42:57   42:57
  44  414  Matt Yates             Vale Royal AC            M40     12   43:01   43:04
  45  496  Mark Dobson            Chester Tri Club         M40     13   43:23   43:29
  46  163  Hannah Pennington      Helsby RC                FSEN     2   43:45   43:51
  47  268  Joe Ellis              Unattached               M40     14   44:02   44:02
  48  441  Helen Dobson           Unattached               F35      6   44:14   44:14
  49  239  Beth Okafor            Northwich Harriers       F45      2   44:28   44:29
  50  540  Harry Rigby            Vale Royal AC            MSEN    20   44:49   44:54
  51  527  Joe Cartwright         Chester Tri Club         M40     15   45:03   45:05
  52  120  Ben Unsworth           Chester Tri Club         MSEN    21   45:20   45:23
  53  436  Megan Okafor           Vale Royal AC            FSEN     3   45:24   45:24
  54  235  Paul Farrell           Kelsall Ridge Runners    MSEN    22   45:38   45:40
  55  159  Steve Moss             Northwich Harriers       MSEN    23   45:47   45:48
  56  254  Liam Walsh             Vale Royal AC            MSEN    24   46:07   46:08
  57  499  Dan Massey             Northwich Harriers       MSEN    25   46:11   46:15
  58  467  Paul Walsh             Northwich Harriers       M50      2   46:21   46:24
  59  364  Jo Quayle              Helsby RC                FSEN     4   46:33   46:33
  60  493  Ian Massey             Northwich Harriers       MSEN    26   46:46   46:50
------------------------------------------------------------------------
Categories: MSEN men under 40; M40, M50, M60 men by decade of age.
FSEN women under 35; F35, F45, F55 women in ten-year bands.
Finishers are listed in chip-time order. Prizes go on gun time, under
UK Athletics rules.


PRIZES
------------------------------------------------------------------------
 First man           Steve Critchley (Unattached)          33:11
 First woman         Becky Moss (Unattached)               34:38
 Second man          Owen Shaw (Chester Tri Club)          33:23
 Second woman        Claire Leigh (Vale Royal AC)          35:03
 Third man           Dan Dutton (Helsby RC)                33:38
 Third woman         Kate Nuttall (Vale Royal AC)          36:21
 First M40           Matt Nolan (Tattenhall Runners)       33:59
 First M50           Joe Sutton (Kelsall Ridge Runners)    38:22
 First M60           Harry Roberts (Tattenhall Runners)    40:05
 First F35           Laura Jones (Chester Tri Club)        38:52
 First F45           Anna Kenyon (Tattenhall Runners)      41:41
 First F55           Hannah Davies (Tattenhall Runners)    37:57
 No double prizes. Prize-winners: collect your vouchers from the
 club stall at Kelsall parkrun, or we will post them.


TEAM RESULTS
------------------------------------------------------------------------
 Men (first four to score)          Women (first three to score)
  1  Vale Royal AC           61      1  Vale Royal AC            81
  2  Tattenhall Runners      65      2  Kelsall Ridge Runners   117
  3  Chester Tri Club        84      3  Tattenhall Runners      163
  4  Kelsall Ridge Runners   85      4  Helsby RC               171
  5  Northwich Harriers     192      5  Chester Tri Club        205
  6  Cheshire Police AC     311      6  Northwich Harriers      266


========================================================================
 Next year: Sunday 7 March 2027. Entries open 1 November.
 Kelsall Ridge Runners - www.kelsallridgerunners.example
 Club nights Tuesday and Thursday 7pm, Kelsall Community Centre
========================================================================
"""


# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "stockport-council-safer-and-stronger-communities-scrutiny-committee-agenda-10-march-2026.html": lambda: AGENDA_HTML,
    "saltmarsh-press-the-lantern-tide-reading-group-guide.html": lambda: GUIDE_HTML,
    "chainline-cycles-order-confirmation-cl-204817.html": lambda: ORDER_HTML,
    "ray-holroyd-journal-2026-02.md": lambda: JOURNAL_MD,
    "kelsall-ridge-10k-2026-results.txt": lambda: RESULTS_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    knitting_pattern(out)
    fixture_card(out)
    problem_page(out)
    governor_visit(out)
    sponsorship_form(out)
    inventory_report(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
