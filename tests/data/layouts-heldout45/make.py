"""Write the documents of the forty-fifth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout45/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a parish magazine, an estate agent's
property particulars, a household water bill, a village hall's hire agreement and booking form, a
locksmith's quotation and a couple's notes for their house-sitter. The HTML, Markdown and
plain-text documents (a selling app's help centre article, a couple's wedding website, a local
history society's programme of talks, a podcaster's interview preparation notes kept as Markdown
and a community poetry anthology in plain text) are kept here as text and written out unchanged;
manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-fourth set's make.py (which took them from the forty-third, and it from
the forty-second).
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


# ================================================================== shared helpers (taken unchanged from the forty-fourth set, which took them from the forty-third and it from the forty-second)

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


# ================================================================== Word helpers (taken unchanged from the forty-fourth set, which took them from the forty-third and it from the forty-second)


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


# ================================================================== 1. A parish magazine (PDF, A5 booklet)

PM_GREEN = colors.HexColor("#2F4F3A")
PM_STONE = colors.HexColor("#EFEBE0")
PM_RED = colors.HexColor("#8C2F24")
PM_FILE = "the-upper-eden-messenger-parish-magazine-march-2026.pdf"


def _pm_church(canvas, width, height):
    """The cover picture: a fellside church with a west tower, drawn in line."""
    canvas.saveState()
    canvas.setFillColor(PM_STONE)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#C9D3C0"))
    path = canvas.beginPath()
    path.moveTo(0, height * 0.45)
    path.curveTo(width * 0.2, height * 0.85, width * 0.35, height * 0.8, width * 0.5, height * 0.62)
    path.curveTo(width * 0.65, height * 0.9, width * 0.85, height * 0.75, width, height * 0.55)
    path.lineTo(width, 0)
    path.lineTo(0, 0)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#A9B89C"))
    path = canvas.beginPath()
    path.moveTo(0, height * 0.25)
    path.curveTo(width * 0.3, height * 0.42, width * 0.7, height * 0.3, width, height * 0.38)
    path.lineTo(width, 0)
    path.lineTo(0, 0)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    base = height * 0.18
    canvas.setStrokeColor(colors.HexColor("#333333"))
    canvas.setLineWidth(0.9)
    canvas.setFillColor(colors.HexColor("#D8D2C2"))
    tx, tw, th = width * 0.22, width * 0.16, height * 0.5
    canvas.rect(tx, base, tw, th, stroke=1, fill=1)
    for k in range(4):
        canvas.rect(tx + k * tw / 4 + tw / 16, base + th, tw / 8, height * 0.03, stroke=1, fill=1)
    nx, nw, nh = tx + tw, width * 0.44, height * 0.3
    canvas.rect(nx, base, nw, nh, stroke=1, fill=1)
    path = canvas.beginPath()
    path.moveTo(nx - 2, base + nh)
    path.lineTo(nx + nw / 2, base + nh + height * 0.12)
    path.lineTo(nx + nw + 2, base + nh)
    path.close()
    canvas.setFillColor(colors.HexColor("#6E6A62"))
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#4A5A6A"))
    for k in range(3):
        wx = nx + nw * (0.2 + 0.27 * k)
        canvas.rect(wx, base + nh * 0.3, nw * 0.08, nh * 0.35, stroke=0, fill=1)
        canvas.circle(wx + nw * 0.04, base + nh * 0.65, nw * 0.04, stroke=0, fill=1)
    canvas.rect(tx + tw * 0.38, base, tw * 0.24, th * 0.22, stroke=0, fill=1)
    canvas.circle(tx + tw / 2, base + th * 0.8, tw * 0.14, stroke=1, fill=0)
    canvas.setFillColor(colors.HexColor("#555555"))
    for k in range(9):
        gx = width * 0.08 + k * width * 0.1
        if tx - 4 < gx < nx + nw + 4:
            continue
        canvas.roundRect(gx, base - 2, 5, 9, 2, stroke=0, fill=1)
    canvas.restoreState()


def _pm_wordsearch(canvas, width, height):
    """A ten by ten letter grid for the children's page."""
    rows = ["LENTQBWAXP", "KDPALMZRYO", "MOTHERJCUS", "EASTERVRFY", "ZNHUIBREAD", "GKWXPLQSMC",
            "GCROSSJTVE", "YYBDONKEYH", "FRGPLTWNQA", "HUMJCVBXZE"]
    size = min(width, height) / 10.6
    left = (width - size * 10) / 2
    canvas.saveState()
    canvas.setStrokeColor(PM_GREEN)
    canvas.setLineWidth(0.5)
    for r, row in enumerate(rows):
        for c, letter in enumerate(row):
            x, y = left + c * size, height - (r + 1) * size
            canvas.setFillColor(PM_STONE if (r + c) % 2 == 0 else colors.white)
            canvas.rect(x, y, size, size, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("Helvetica-Bold", size * 0.55)
            canvas.drawCentredString(x + size / 2, y + size * 0.3, letter)
    canvas.restoreState()


def _pm_cover(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(PM_GREEN)
    canvas.rect(0, height - 46 * mm, width, 46 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 8)
    canvas.drawCentredString(width / 2, height - 10 * mm, "THE UPPER EDEN")
    canvas.setFont("Times-BoldItalic", 40)
    canvas.drawCentredString(width / 2, height - 25 * mm, "The Messenger")
    canvas.setFont("Times-Italic", 9)
    canvas.drawCentredString(width / 2, height - 33 * mm, "The magazine of the parishes of Brough, Warcop, Great "
                             "Musgrave, Soulby and Crosby Garrett")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width / 2, height - 41 * mm, "MARCH 2026  \u00b7  No. 614  \u00b7  60p")
    canvas.setFillColor(PM_GREEN)
    canvas.rect(0, 0, width, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7)
    canvas.drawCentredString(width / 2, 3.5 * mm, "Free to every household in the benefice that asks \u00b7 "
                             "60p in church and the village shops")
    canvas.restoreState()


def _pm_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setStrokeColor(PM_GREEN)
    canvas.setLineWidth(0.8)
    canvas.line(12 * mm, height - 11 * mm, width - 12 * mm, height - 11 * mm)
    canvas.setFillColor(PM_GREEN)
    canvas.setFont("Times-Italic", 8.5)
    if page % 2 == 0:
        canvas.drawString(12 * mm, height - 9.5 * mm, "The Messenger \u00b7 March 2026")
    else:
        canvas.drawRightString(width - 12 * mm, height - 9.5 * mm, "The Messenger \u00b7 March 2026")
    canvas.setFont("Helvetica-Bold", 8.5)
    if page % 2 == 0:
        canvas.drawString(12 * mm, 7 * mm, str(page))
    else:
        canvas.drawRightString(width - 12 * mm, 7 * mm, str(page))
    canvas.restoreState()


def parish_magazine(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / PM_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=15 * mm, bottomMargin=13 * mm, title="The Messenger, March 2026",
                          author="Upper Eden Benefice", subject="Parish magazine No. 614",
                          creator="The Messenger", invariant=1)
    wide = width - 2 * margin
    gap = 5 * mm
    col = (wide - gap) / 2
    body_h = height - 15 * mm - 13 * mm
    cover = Frame(margin, 11 * mm, wide, height - 48 * mm - 11 * mm, id="cover", leftPadding=0, rightPadding=0)
    one = Frame(margin, 13 * mm, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, 13 * mm, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 13 * mm, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_pm_cover),
                          PageTemplate("one", [one], onPage=_pm_page),
                          PageTemplate("cols", [left, right], onPage=_pm_page)])
    h1 = _style("h1", "Times-Bold", 17, leading=20, color=PM_GREEN, after=4)
    h2 = _style("h2", "Times-Bold", 12, leading=14.5, color=PM_GREEN, before=6, after=2)
    h2.keepWithNext = 1
    village = _style("vil", "Helvetica-Bold", 8.2, leading=10, color=PM_RED, before=7, after=2)
    village.keepWithNext = 1
    body = _style("b", "Times-Roman", 9.6, leading=12.2, after=4)
    just = _style("bj", "Times-Roman", 9.6, leading=12.2, after=4, align=4)
    small = _style("sm", "Helvetica", 7.2, leading=9, after=2)
    italic = _style("it", "Times-Italic", 9.6, leading=12.2, after=4)
    cell = _style("c", "Helvetica", 7.4, leading=9)
    cellb = _style("cb", "Helvetica-Bold", 7.4, leading=9)
    head = _style("hd", "Helvetica-Bold", 7.4, leading=9, color=colors.white)
    advert_t = _style("at", "Times-Bold", 11, leading=13, color=PM_RED, align=1, after=1)
    advert_b = _style("ab", "Helvetica", 7, leading=9, align=1, after=0)

    def table(rows, widths, zebra=PM_STONE):
        return _grid(rows, widths, cell, head_style=head, head_fill=PM_GREEN, line=colors.HexColor("#B7B09C"),
                     zebra=zebra, pad=3)

    inside = _panel([Paragraph("<b>INSIDE THIS MONTH</b>", _style("in", "Helvetica-Bold", 8, leading=10,
                                                                  color=PM_GREEN, after=2)),
                     Paragraph("From the Vicarage \u00b7 Services for March \u00b7 Mothering Sunday \u00b7 News "
                               "from the villages \u00b7 Your local policing team \u00b7 Lent lunches \u00b7 Dates "
                               "for your diary \u00b7 Our advertisers", _style("in2", "Times-Roman", 9.5, leading=12,
                                                                              align=1, after=0))],
                    wide, fill=colors.white, border=PM_GREEN, pad=7)
    story = [
        _Drawing(wide, 104 * mm, _pm_church),
        Paragraph("St Columba\u2019s, Warcop, from the Sandford road. Drawing by Ellen Bousfield, aged 12.",
                  _style("cap", "Times-Italic", 8, leading=10, align=1, before=2, after=8)),
        inside,
        NextPageTemplate("one"),
        PageBreak(),
    ]
    who = [["Who\u2019s who", "", ""],
           ["Vicar", "Revd Canon Helen Thwaite, The Vicarage, Brough", "01632 960 401"],
           ["Reader", "Mr Gordon Ewbank", "01632 960 409"],
           ["Churchwardens, Brough", "Mrs Ann Hutchinson; Mr Colin Teasdale", "01632 960 413"],
           ["Churchwardens, Warcop", "Mrs Margaret Dent; Dr Keith Raine", "01632 960 417"],
           ["Churchwarden, Musgrave", "Mr Alan Bell", "01632 960 422"],
           ["Churchwarden, Soulby", "Mrs Wendy Nelson", "01632 960 425"],
           ["Churchwarden, Crosby Garrett", "Mrs Pauline Slee", "01632 960 428"],
           ["Magazine editor", "Mrs Judith Park (messenger@example.org)", "01632 960 436"],
           ["Magazine distribution", "Mr Derek Park", "01632 960 436"]]
    services = [["March", "Brough", "Warcop", "Musgrave", "Soulby", "Crosby G."],
                ["Sun 1 (Lent 2)", "10.30 HC", "9.00 BCP HC", "\u2013", "6.00 EP", "\u2013"],
                ["Sun 8 (Lent 3)", "10.30 MW", "\u2013", "9.00 HC", "\u2013", "10.30 HC"],
                ["Sun 15 (Mothering Sunday)", "10.30 All-age", "10.30 All-age", "\u2013", "9.00 HC", "\u2013"],
                ["Sun 22 (Lent 5)", "10.30 HC", "9.00 BCP HC", "\u2013", "\u2013", "6.00 EP"],
                ["Sun 29 (Palm Sunday)", "10.30 Benefice HC at Brough with procession", "", "", "", ""]]
    story += [
        Paragraph("Who\u2019s who in the benefice", h1),
        _grid(who[1:], [wide * 0.32, wide * 0.46, wide * 0.22], cell, line=colors.HexColor("#B7B09C"),
              zebra=PM_STONE, pad=3),
        Paragraph("For baptisms, weddings and funerals please ring the Vicar. Helen\u2019s day off is Friday.", small),
        Paragraph("Services in March", h2),
        table(services, [wide * 0.27, wide * 0.16, wide * 0.16, wide * 0.14, wide * 0.14, wide * 0.13]),
        Paragraph("HC Holy Communion \u00b7 BCP Book of Common Prayer \u00b7 MW Morning Worship \u00b7 EP Evening "
                  "Prayer. Wednesday Holy Communion at Brough, 10am. Stations of the Cross at Warcop every Friday "
                  "in Lent, 6.30pm.", small),
        Spacer(1, 4 * mm),
        Paragraph("Registers", h2),
        Paragraph("<b>Funeral:</b> 11 February at Soulby, Thomas (Tommy) Wharton of Bleatarn, aged 91. "
                  "<b>Baptism:</b> 22 February at Brough, Isla Mae Atkinson. We hold both families in our "
                  "prayers.", body),
        PageBreak(),
        Paragraph("From the Vicarage", h1),
        Paragraph("Dear friends,", italic),
        Paragraph("Lent came in this year with snow on Roman Fell and a bitter wind down the valley, and I "
                  "confess that my own Lenten resolutions lasted about as long as the snow did. Perhaps that "
                  "is the point. Lent is not a test we pass or fail; it is forty days to notice what we lean on, "
                  "and to lean a little more on God and on one another.", just),
        Paragraph("I have been struck this winter by how much of that leaning goes on in our five parishes "
                  "without anyone making a fuss about it: the lifts to the surgery in Kirkby Stephen, the "
                  "soup left on a doorstep, the farmer who clears a neighbour\u2019s lane before his own. You "
                  "will read about some of it in these pages. Most of it nobody writes down, and that is "
                  "as it should be.", just),
        Paragraph("On Mothering Sunday (15 March) there will be all-age services at Brough and Warcop, with "
                  "posies for everyone, made as ever by the Sunday club. Please do bring anyone who finds the "
                  "day hard; there is always a quiet seat at the back, and always a cup of tea afterwards.", just),
        Paragraph("Holy Week begins with our benefice service at Brough on Palm Sunday, and I hope as many of us "
                  "as possible will walk together from the market cross to the church. Details of the Easter "
                  "services will be in next month\u2019s Messenger and on the church doors.", just),
        Paragraph("With my love and prayers,", italic),
        Paragraph("<b>Helen</b>", body),
        Spacer(1, 4 * mm),
        _panel([Paragraph("Lent lunches", _style("ll", "Times-Bold", 12, leading=14, color=PM_RED, after=2)),
                Paragraph("Soup, bread and cheese on Wednesdays at 12.30pm, in aid of Christian Aid: 4 March "
                          "Brough Memorial Hall; 11 March Warcop Village Hall; 18 March Soulby Reading Room; "
                          "25 March Crosby Garrett Church Room. Donations in the bowl, not a set price.", body)],
               wide, fill=PM_STONE, border=None, pad=7, bar=PM_RED),
        NextPageTemplate("cols"),
        PageBreak(),
    ]
    story += [
        Paragraph("News from the villages", h1),
        Paragraph("WARCOP", village),
        Paragraph("The Tuesday Table turned four in February, with a cake in the shape of a teapot. Every "
                  "Tuesday a rota of eleven cooks and drivers from St Columba\u2019s and the village serves a "
                  "two-course lunch in Warcop Village Hall for anyone who lives on their own, at \u00a34 "
                  "with pudding and a pot of tea, and the drivers fetch anyone who cannot get there. Since "
                  "it began in February 2022 it has served more than 3,400 lunches. Between 25 and 30 "
                  "people come each week, and two of the regulars told Margaret that it was the only time "
                  "they had been out of the house all winter. New cooks are always welcome, even once a "
                  "month: ring Margaret Dent on 01632 960 417.", body),
        Paragraph("The village hall committee thanks everyone who came to the Burns Night supper, which raised "
                  "\u00a3612 towards the new boiler.", body),
        Paragraph("BROUGH", village),
        Paragraph("Seven volunteers make up Upper Eden Community First Responders, and you may have seen their "
                  "green car outside the Memorial Hall. They are trained and equipped by North West Ambulance "
                  "Service, which sends them to 999 calls in our villages while the ambulance is on its way "
                  "from Penrith or Kendal, and they carry oxygen and a defibrillator. Last year they were sent "
                  "to 214 calls, were first on scene at nine in every ten, and on average reached the patient "
                  "eight minutes before the ambulance. They are now raising \u00a33,200 for a second kit bag "
                  "and defibrillator, so that two of them can be on call at once. Collecting tins are in the "
                  "Co-op and the Castle Hotel.", body),
        Paragraph("GREAT MUSGRAVE", village),
        Paragraph("The bells were rung for the first time since the autumn on 8 February after the new ropes "
                  "were fitted. The ringers practise on Mondays at 7.30pm and would love a learner or two; "
                  "no musical knowledge needed, says Alan, just a sense of humour.", body),
        Paragraph("SOULBY", village),
        Paragraph("Notes from the parish meeting of 17 February: the precept for 2026/27 is set at \u00a36,400, "
                  "up \u00a3200 for the new noticeboard and the grit bins. The pothole at the bridge end has been "
                  "reported to Westmorland and Furness Council for the third time. Residents again raised speeding "
                  "through the village; the clerk has passed the concerns to the police and the council\u2019s "
                  "highways team. Next meeting 21 April, 7.30pm, Reading Room.", body),
        Paragraph("CROSBY GARRETT", village),
        Paragraph("The church roof appeal has reached \u00a318,400 of the \u00a324,000 needed, six years after the "
                  "lead was stolen and replaced with a temporary covering. Thank you to everyone who came to "
                  "the quiz (\u00a3384) and to the anonymous donor of \u00a31,000. The PCC has applied to the "
                  "National Churches Trust for the rest.", body),
        Paragraph("Sunday club", h2),
        Paragraph("The Sunday club meets in the Vicarage kitchen at Brough during the 10.30 service on the first "
                  "and third Sundays, for children from four to eleven. This month we are making the Mothering "
                  "Sunday posies, so expect a little mud. Parents are welcome to stay; two adults with a DBS "
                  "check are always there.", body),
        Paragraph("Mothers\u2019 Union", h2),
        Paragraph("Twenty-two members and friends came to Warcop in February to hear Mr Raymond Alderson talk "
                  "about the building of the Settle to Carlisle line, with slides of the navvies\u2019 camps at "
                  "Ais Gill and a good deal about the weather. The next meeting is on Tuesday 10 March at 2pm at "
                  "Brough Vicarage, when we will pack Easter eggs for the children\u2019s ward in Carlisle. New "
                  "members, men included, are welcome.", body),
        _panel([Paragraph("A hundred years ago", _style("hy", "Times-Bold", 11, leading=13, color=PM_RED, after=2)),
                Paragraph("From the Messenger of March 1926: \u201cThe Constable at Brough wishes it known that "
                          "he has been issued with a bicycle by the County, and that persons riding without a "
                          "light after dark on the Appleby road will find that he is now able to catch them. "
                          "The Vicar reminds parishioners that the Lenten collection for the Church Missionary "
                          "Society stands at \u00a34 11s. 6d., which is less than last year.\u201d", italic)],
               col, fill=PM_STONE, pad=6, bar=PM_RED),
        Paragraph("Nature notes", h2),
        Paragraph("The first curlews were back on the Helbeck allotments on 24 February, a week earlier than "
                  "last year, and there were lapwings tumbling over the Warcop water meadows by the end of the "
                  "month. Snowdrops are over at Musgrave but the churchyard at Soulby is full of them still. "
                  "Please send your sightings to Keith Raine: the first swallow wins a jar of marmalade, as "
                  "ever.", body),
        Paragraph("Thank you", h2),
        Paragraph("Pauline Slee would like to thank everyone for the cards and flowers after her fall in "
                  "January, and the Tuesday Table for the lunches delivered to the door. She is walking to "
                  "church again.", body),
        Paragraph("Letters", h2),
        Paragraph("Dear Editor, may I through your pages thank whoever cleared the footpath from Church Brough "
                  "to the school after the February snow. My grandchildren and I were able to walk to school "
                  "every morning, and we never saw who did it. <i>\u2013 Mrs E. Metcalfe, Church Brough</i>", body),
        Paragraph("Dear Editor, could dog owners please remember that the Warcop playing field is where the "
                  "little ones play? Bags are free from the shop. <i>\u2013 Name and address supplied</i>", body),
        Paragraph("Parish share 2025", h2),
        Paragraph("Each parish\u2019s share of the cost of ministry in the diocese, and what was paid:", body),
        _grid([["Parish", "Asked", "Paid"], ["Brough", "\u00a314,200", "\u00a314,200"],
               ["Warcop", "\u00a39,850", "\u00a39,850"], ["Great Musgrave", "\u00a33,100", "\u00a32,640"],
               ["Soulby", "\u00a34,300", "\u00a34,300"], ["Crosby Garrett", "\u00a33,650", "\u00a33,100"]],
              [col * 0.46, col * 0.27, col * 0.27], cell, head_style=head, head_fill=PM_GREEN,
              line=colors.HexColor("#B7B09C"), zebra=PM_STONE, pad=3),
        Paragraph("Thank you for your giving. The benefice paid 97 per cent of its share, which the treasurer "
                  "says is the best for nine years.", small),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    police_head = Table([[Paragraph("<font color='white'><b>YOUR LOCAL POLICING TEAM</b></font>",
                                    _style("ph", "Helvetica-Bold", 10, leading=12, color=colors.white)),
                          Paragraph("<font color='white'>PC 2317 Sam Hodgson<br/>Eden neighbourhood policing team,"
                                    " Cumbria Constabulary</font>",
                                    _style("ph2", "Helvetica", 7.4, leading=9, color=colors.white, align=2))]],
                        colWidths=[wide * 0.5, wide * 0.5])
    police_head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1D3557")),
                                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [
        police_head,
        Spacer(1, 3 * mm),
        Paragraph("Hello again from the Eden team. February was quiet in Upper Eden by our standards: two "
                  "thefts from farm buildings near Soulby (a chainsaw and a set of power tools), a car broken "
                  "into at the Brough lay-by, and a lot of calls about the snow. If you saw a blue Transit van "
                  "with a trailer on the back lanes near Soulby on the night of 9 February, please ring 101 and "
                  "quote incident 214 of 10 February.", body),
        Paragraph("Mark It, Keep It", h2),
        Paragraph("Mark It, Keep It has now been running for two years. It is our rural crime team\u2019s free "
                  "marking day at Upper Eden Farmers\u2019 Mart in Kirkby Stephen: on sale days we set up in the "
                  "Mart\u2019s yard, which the Mart lets us have for nothing, and mark quad bikes, trailers, "
                  "tools and saddlery with forensic marking, register them on a national database and put on "
                  "stickers that tell a thief they are marked. Since spring 2024 we have held nine days and "
                  "marked 380 items. Thefts of quads and trailers reported in Upper Eden fell from 17 in 2023 "
                  "to 5 in 2025, and two stolen trailers have come home because the marks told us whose they "
                  "were. The next day is Thursday 26 March, 10am to 2pm; bring the logbook if you have one.",
                  body),
        _panel([Paragraph("Scam warning: \u2018this is the police\u2019", _style("sw", "Helvetica-Bold", 9,
                                                                              leading=11, color=PM_RED, after=2)),
                Paragraph("Two people in the valley have had calls this month from a man saying he was a "
                          "detective, asking them to take cash out for \u2018evidence\u2019. The police will never "
                          "ask you to withdraw money, buy gift cards or hand anything to a courier. Put the phone "
                          "down, wait five minutes, and ring 101 from a different phone.", body)],
               wide, fill=colors.HexColor("#F6E7E4"), border=PM_RED, pad=7),
        Spacer(1, 3 * mm),
        Paragraph("How to reach us: in an emergency or if a crime is happening now, always ring 999. Otherwise "
                  "ring 101 or report online on the Cumbria Constabulary website. Our next drop-in is at "
                  "Brough Memorial Hall on Saturday 14 March, 10am to 11.30am.", small),
        Spacer(1, 4 * mm),
        Paragraph("Dates for your diary", h2),
        table([["Date", "What", "Where"],
               ["Wed 4 Mar", "Lent lunch", "Brough Memorial Hall, 12.30pm"],
               ["Sat 14 Mar", "Police drop-in", "Brough Memorial Hall, 10am"],
               ["Sat 14 Mar", "Plant and cake stall", "Warcop Village Hall, 10am"],
               ["Sun 15 Mar", "Mothering Sunday all-age services", "Brough and Warcop, 10.30am"],
               ["Thu 26 Mar", "Mark It, Keep It", "Upper Eden Farmers\u2019 Mart, 10am"],
               ["Fri 27 Mar", "Quiz night (teams of six)", "Castle Hotel, Brough, 7.30pm"],
               ["Sun 29 Mar", "Palm Sunday procession", "Market cross, Brough, 10.15am"]],
              [wide * 0.18, wide * 0.42, wide * 0.40]),
        PageBreak(),
        _panel([Paragraph("Recipe of the month: Westmorland pepper cake", _style("rc", "Times-Bold", 12, leading=14,
                                                                                  color=PM_GREEN, after=3)),
                Paragraph("From Ann Hutchinson, who has made it for every Brough show since 1979.", italic),
                Paragraph("<b>You need:</b> 8 oz plain flour; 4 oz butter; 4 oz soft brown sugar; 4 oz currants; "
                          "4 oz raisins; 2 oz mixed peel; half a teaspoon of ground black pepper; a teaspoon of "
                          "ground ginger; 2 eggs; 4 tablespoons of black treacle; a little milk.", body),
                Paragraph("<b>Method:</b> Rub the butter into the flour, stir in the sugar, fruit, peel and "
                          "spices. Beat the eggs with the treacle, warmed, and mix in with enough milk to make a "
                          "soft dropping mixture. Bake in a lined 7-inch tin at 160\u00b0C (140\u00b0C fan) for "
                          "about an hour and a half, until a skewer comes out clean. Keep it a week in a tin "
                          "before cutting, if you can.", body)],
               wide, fill=colors.white, border=PM_GREEN, pad=8),
        Spacer(1, 4 * mm),
        Paragraph("Sunday club wordsearch", h2),
        Paragraph("Find these eight words, across and down: LENT, PALM, EASTER, POSY, MOTHER, BREAD, CROSS, "
                  "DONKEY. Answers next month.", body),
        _Drawing(wide, 62 * mm, _pm_wordsearch),
        Spacer(1, 6 * mm),
        Paragraph("Copy for the April Messenger to Judith by Friday 20 March, please.", small),
        PageBreak(),
        Paragraph("Our advertisers", h1),
        Paragraph("Please support the businesses who support the Messenger, and tell them where you saw them.",
                  _style("ai", "Times-Italic", 9, leading=11, after=6)),
    ]
    ads = [
        ("EDEN VALLEY FUELS", "Heating oil \u00b7 red diesel \u00b7 lubricants<br/>Weekly round to Upper Eden<br/>"
                              "01632 960 450"),
        ("J. Harker &amp; Son", "Plumbing and heating<br/>Oil boiler servicing<br/>07700 900 631"),
        ("Helbeck Farm Shop", "Our own lamb and beef<br/>Open Thu\u2013Sun<br/>Church Brough"),
        ("FellGuard Security", "CCTV, alarms, gate locks<br/>for farms and homes<br/>07700 900 478"),
        ("Castle Cabs", "Station runs to Penrith<br/>and Appleby, 24 hours<br/>07700 900 350"),
        ("Swaledale Sheepdog Training", "Puppy to trials<br/>One-to-one lessons<br/>07700 900 912"),
    ]
    cells = [_panel([Paragraph(t, advert_t), Paragraph(b, advert_b)], col - 2 * mm, fill=colors.white,
                    border=PM_GREEN if i % 3 else PM_RED, pad=6) for i, (t, b) in enumerate(ads)]
    grid = Table([[cells[0], cells[1]], [cells[2], cells[3]], [cells[4], cells[5]]], colWidths=[col + gap / 2] * 2)
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [
        grid,
        Spacer(1, 3 * mm),
        Paragraph("Advertising in the Messenger costs \u00a360 a year for a box this size (ten issues). Ring "
                  "Judith on 01632 960 436.", small),
        Spacer(1, 6 * mm),
        _panel([Paragraph("The Messenger is published by the Parochial Church Councils of the Upper Eden "
                          "Benefice and printed by Penrith Print Co. Views expressed by contributors are their "
                          "own. We take care with what we print but cannot vouch for our advertisers. Please "
                          "recycle this magazine, or better still pass it on to a neighbour.", small)],
               wide, fill=PM_STONE, pad=6),
    ]
    doc.build(story)



# ================================================================== 2. An estate agent's property particulars (PDF)

PP_INK = colors.HexColor("#22313F")
PP_GOLD = colors.HexColor("#B08D57")
PP_PALE = colors.HexColor("#F4F1EA")
PP_FILE = "ashby-and-rowe-particulars-the-old-police-house-great-easton.pdf"


def _pp_house(canvas, width, height):
    """The front elevation, drawn: a Victorian brick house with a lamp bracket over the door."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#DCE6EE"))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#9DB58A"))
    canvas.rect(0, 0, width, height * 0.14, stroke=0, fill=1)
    hx, hw, hh = width * 0.2, width * 0.6, height * 0.52
    base = height * 0.14
    canvas.setFillColor(colors.HexColor("#B5654A"))
    canvas.setStrokeColor(colors.HexColor("#3A2A22"))
    canvas.setLineWidth(0.8)
    canvas.rect(hx, base, hw, hh, stroke=1, fill=1)
    canvas.setStrokeColor(colors.HexColor("#A05840"))
    canvas.setLineWidth(0.3)
    y = base + 6
    while y < base + hh:
        canvas.line(hx, y, hx + hw, y)
        y += 6
    canvas.setStrokeColor(colors.HexColor("#3A2A22"))
    canvas.setLineWidth(0.8)
    path = canvas.beginPath()
    path.moveTo(hx - 8, base + hh)
    path.lineTo(hx + hw / 2, base + hh + height * 0.22)
    path.lineTo(hx + hw + 8, base + hh)
    path.close()
    canvas.setFillColor(colors.HexColor("#4E5A63"))
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#8A4A38"))
    for cx in (hx + hw * 0.15, hx + hw * 0.85):
        canvas.rect(cx - 7, base + hh + height * 0.08, 14, height * 0.16, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#EEF3F6"))
    for wx in (hx + hw * 0.12, hx + hw * 0.7):
        for wy in (base + hh * 0.12, base + hh * 0.58):
            canvas.rect(wx, wy, hw * 0.18, hh * 0.3, stroke=1, fill=1)
            canvas.line(wx + hw * 0.09, wy, wx + hw * 0.09, wy + hh * 0.3)
            canvas.line(wx, wy + hh * 0.15, wx + hw * 0.18, wy + hh * 0.15)
    canvas.setFillColor(colors.HexColor("#1F3A5F"))
    canvas.rect(hx + hw * 0.43, base, hw * 0.14, hh * 0.42, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#EEF3F6"))
    canvas.rect(hx + hw * 0.44, base + hh * 0.44, hw * 0.12, hh * 0.08, stroke=1, fill=1)
    canvas.setStrokeColor(colors.black)
    canvas.line(hx + hw * 0.5, base + hh * 0.6, hx + hw * 0.5, base + hh * 0.68)
    canvas.line(hx + hw * 0.5, base + hh * 0.68, hx + hw * 0.56, base + hh * 0.68)
    canvas.setFillColor(colors.HexColor("#2B4C7E"))
    canvas.rect(hx + hw * 0.535, base + hh * 0.6, hw * 0.05, hh * 0.07, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#5E8C4A"))
    for k in range(6):
        canvas.circle(width * 0.05 + k * 9, base + 6, 8, stroke=0, fill=1)
        canvas.circle(width * 0.83 + k * 9, base + 6, 8, stroke=0, fill=1)
    canvas.restoreState()


def _pp_plan(canvas, width, height):
    """Floor plans, not to scale: ground floor on the left, first floor on the right."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#333333"))
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(colors.black)
    half = width / 2
    canvas.drawCentredString(half / 2, height - 10, "GROUND FLOOR")
    canvas.drawCentredString(half + half / 2, height - 10, "FIRST FLOOR")

    def rooms(x0, items):
        for (rx, ry, rw, rh, name, size) in items:
            canvas.setLineWidth(2)
            canvas.setFillColor(colors.white)
            canvas.rect(x0 + rx, ry, rw, rh, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("Helvetica-Bold", 7)
            canvas.drawCentredString(x0 + rx + rw / 2, ry + rh / 2 + 2, name)
            canvas.setFont("Helvetica", 6.2)
            canvas.drawCentredString(x0 + rx + rw / 2, ry + rh / 2 - 7, size)

    u = min(half / 12, (height - 20) / 11)
    ground = [(1 * u, 6 * u, 5 * u, 4.5 * u, "Sitting Room", "4.52 x 3.90m"),
              (6 * u, 6 * u, 4.5 * u, 4.5 * u, "Dining Room", "3.88 x 3.65m"),
              (1 * u, 1 * u, 5.5 * u, 5 * u, "Kitchen", "5.10 x 3.42m"),
              (6.5 * u, 3.2 * u, 4 * u, 2.8 * u, "Utility", "2.96 x 2.10m"),
              (6.5 * u, 1 * u, 4 * u, 2.2 * u, "Cloaks/WC", "")]
    first = [(1 * u, 6 * u, 5 * u, 4.5 * u, "Bedroom 1", "4.50 x 3.88m"),
             (6 * u, 6 * u, 4.5 * u, 4.5 * u, "Bedroom 2", "3.86 x 3.60m"),
             (1 * u, 2.5 * u, 4.5 * u, 3.5 * u, "Bedroom 3", "3.40 x 2.95m"),
             (5.5 * u, 2.5 * u, 5 * u, 3.5 * u, "Bathroom", "3.02 x 2.40m"),
             (1 * u, 1 * u, 9.5 * u, 1.5 * u, "Landing", "")]
    rooms(0, ground)
    rooms(half, first)
    canvas.setFont("Helvetica-Oblique", 6.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawCentredString(width / 2, 1, "For illustration only, not to scale. Approximate gross internal "
                             "area 128 sq m (1,378 sq ft).")
    canvas.restoreState()


def _pp_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(PP_INK)
    canvas.rect(0, height - 20 * mm, width, 20 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Roman", 20)
    canvas.drawString(18 * mm, height - 12.5 * mm, "Ashby")
    canvas.setFillColor(PP_GOLD)
    canvas.setFont("Times-Italic", 22)
    canvas.drawString(18 * mm + canvas.stringWidth("Ashby ", "Times-Roman", 20), height - 12.5 * mm, "&")
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Roman", 20)
    canvas.drawString(18 * mm + canvas.stringWidth("Ashby ", "Times-Roman", 20)
                      + canvas.stringWidth("& ", "Times-Italic", 22), height - 12.5 * mm, "Rowe")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(18 * mm, height - 17 * mm, "RESIDENTIAL SALES \u00b7 LETTINGS \u00b7 RURAL")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 18 * mm, height - 10 * mm, "01632 960 590")
    canvas.drawRightString(width - 18 * mm, height - 14.5 * mm, "www.ashbyandrowe.example")
    canvas.setStrokeColor(PP_GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(18 * mm, 15 * mm, width - 18 * mm, 15 * mm)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont("Helvetica", 7)
    canvas.drawString(18 * mm, 10.5 * mm, "Ashby & Rowe, 9 The Square, Market Harborough LE16 7PA \u00b7 "
                      "harborough@ashbyandrowe.example")
    canvas.drawRightString(width - 18 * mm, 10.5 * mm, "Ref AR/GE/2604 \u00b7 page %d of 3" % page)
    canvas.restoreState()


def property_particulars(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(out / PP_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=27 * mm, bottomMargin=20 * mm, title="The Old Police House, Great Easton",
                          author="Ashby & Rowe", subject="Sales particulars", creator="Ashby & Rowe",
                          invariant=1)
    wide = width - 2 * margin
    frame = Frame(margin, 20 * mm, wide, height - 47 * mm, id="one", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_pp_page)])
    title = _style("t", "Times-Roman", 26, leading=30, color=PP_INK, after=1)
    place = _style("pl", "Times-Italic", 13, leading=16, color=colors.HexColor("#555555"), after=6)
    price = _style("pr", "Helvetica-Bold", 15, leading=18, color=PP_GOLD, after=2)
    h2 = _style("h2", "Times-Roman", 15, leading=18, color=PP_INK, before=8, after=4)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 9, leading=12.6, after=5)
    just = _style("bj", "Helvetica", 9, leading=12.6, after=5, align=4)
    small = _style("sm", "Helvetica", 7.2, leading=9.2, after=2)
    room = _style("rm", "Helvetica-Bold", 9, leading=12, color=PP_INK)
    dims = _style("dm", "Helvetica", 8.6, leading=12, align=2, color=colors.HexColor("#444444"))
    feat = _style("ft", "Helvetica", 9, leading=12.4, left=9, first=-9, after=2)
    cell = _style("c", "Helvetica", 8.4, leading=10.6)

    features = _panel([Paragraph("KEY FEATURES", _style("kf", "Helvetica-Bold", 9, leading=11, color=PP_GOLD,
                                                         after=4))] +
                      [Paragraph("\u2022 " + t, feat) for t in [
                          "Detached Victorian house of 1896, built as the village police house",
                          "Three double bedrooms and a family bathroom",
                          "Two reception rooms with open fireplaces",
                          "Kitchen and breakfast room with Aga",
                          "Utility room (once the village lock-up) and cloakroom",
                          "Walled rear garden of about a fifth of an acre",
                          "Gravel driveway for three cars and a timber garage",
                          "Conservation area; no onward chain"]],
                      wide * 0.42, fill=PP_PALE, pad=9)
    intro = [Paragraph("The Old Police House", title),
             Paragraph("21 Main Street, Great Easton, Market Harborough LE16 8SX", place),
             Paragraph("Guide price \u00a3465,000", price),
             Paragraph("Freehold \u00b7 Council tax band E \u00b7 EPC D", _style("ff", "Helvetica", 8.5, leading=11,
                                                                              color=colors.HexColor("#666666"),
                                                                              after=8)),
             Paragraph("A handsome and unusually well-kept Victorian house at the heart of one of south "
                       "Leicestershire\u2019s prettiest villages, built for the county constabulary and still "
                       "wearing its lamp bracket over the front door. It has been a much-loved family home for "
                       "twenty-two years and is offered for sale with no onward chain.", just)]
    top = Table([[intro, features]], colWidths=[wide * 0.58, wide * 0.42])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (0, -1), 8), ("RIGHTPADDING", (1, 0), (1, -1), 0)]))

    def rooms(items):
        rows = []
        for name, size, text in items:
            rows.append([Paragraph(name, room), Paragraph(size, dims)])
            rows.append([Paragraph(text, body), ""])
        table = Table(rows, colWidths=[wide * 0.72, wide * 0.28])
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for r in range(1, len(rows), 2):
            commands.append(("SPAN", (0, r), (1, r)))
            commands.append(("LINEBELOW", (0, r), (1, r), 0.3, colors.HexColor("#CCCCCC")))
        table.setStyle(TableStyle(commands))
        return table

    story = [
        _Drawing(wide, 88 * mm, _pp_house),
        Spacer(1, 5 * mm),
        top,
        Spacer(1, 3 * mm),
        Paragraph("A little history", h2),
        Paragraph("The house was built in 1896 by the Leicestershire Constabulary as the police house "
                  "for Great Easton and the villages round about, and the village constable lived and worked here, "
                  "with an office at the front and a single cell at the back, until it was sold in 1974. The cell "
                  "is now the utility room and keeps its iron-studded door and the little barred window, which the "
                  "present owners\u2019 children used to say was the best place in the house for hide and seek. "
                  "The cast-iron lamp bracket over the front door is original; the blue lamp is a reproduction.",
                  just),
        PageBreak(),
        Paragraph("The accommodation", h2),
        Paragraph("<b>Ground floor</b>", body),
        rooms([("Entrance hall", "", "Original encaustic tiled floor, stairs to the first floor, understairs "
                                     "cupboard and a radiator."),
               ("Sitting room", "4.52m x 3.90m (14\u201910\u201d x 12\u201910\u201d)",
                "A bay window to the front, cast-iron fireplace with a wood-burning stove, picture rail and "
                "built-in shelving either side of the chimney breast. This was the constable\u2019s office."),
               ("Dining room", "3.88m x 3.65m (12\u20197\u201d x 11\u201911\u201d)",
                "Window to the front, open fireplace with a slate hearth, and double doors to the kitchen."),
               ("Kitchen and breakfast room", "5.10m x 3.42m (16\u20198\u201d x 11\u20192\u201d)",
                "Painted shaker units with oak worktops, a Belfast sink, a two-oven oil-fired Aga and a separate "
                "electric oven and hob, room for a table for six, and a stable door to the garden."),
               ("Utility room", "2.96m x 2.10m (9\u20198\u201d x 6\u201911\u201d)",
                "The former cell, with its original door and barred window: plumbing for a washing machine, "
                "space for a tumble dryer and the Aga\u2019s oil boiler."),
               ("Cloakroom", "", "WC and wash basin.")]),
        Paragraph("<b>First floor</b>", _style("ff2", "Helvetica", 9, leading=12.6, before=6, after=5)),
        rooms([("Bedroom one", "4.50m x 3.88m (14\u20197\u201d x 12\u20198\u201d)",
                "Two windows to the front with views over the green, a built-in wardrobe and a small cast-iron "
                "fireplace."),
               ("Bedroom two", "3.86m x 3.60m (12\u20197\u201d x 11\u20198\u201d)",
                "Window to the front and a built-in cupboard."),
               ("Bedroom three", "3.40m x 2.95m (11\u20192\u201d x 9\u20198\u201d)",
                "Window to the rear over the garden and the fields towards Eyebrook."),
               ("Bathroom", "3.02m x 2.40m (9\u201911\u201d x 7\u201911\u201d)",
                "Roll-top bath, separate shower cubicle, basin, WC and a heated towel rail.")]),
        Paragraph("Outside", h2),
        Paragraph("A low brick wall and iron railings enclose the small front garden. To the side a gravel drive "
                  "gives parking for three cars and leads to a timber garage with power and light. The walled rear "
                  "garden, about a fifth of an acre, is mostly lawn with deep borders, an old Bramley apple tree, a "
                  "vegetable patch with raised beds, a greenhouse and a paved terrace facing south-west.", just),
        Paragraph("The village", h2),
        Paragraph("Great Easton sits on the edge of the Welland valley, about six miles from Market Harborough "
                  "and eight from Corby, with a green, a well-regarded Church of England primary school, the "
                  "Sun Inn, a village hall and the parish church of St Andrew. Eyebrook Reservoir, with its "
                  "walks and fishing, is a mile away, and there are trains to London St Pancras from Market "
                  "Harborough in about an hour.", just),
        Paragraph("It is also one of the quietest villages in the district, and not only by luck. The Gateway "
                  "cameras went up in 2024: Great Easton Parish Council paid for number-plate-reading cameras on "
                  "the three roads into the village, and Leicestershire Police\u2019s Harborough rural team "
                  "monitors them and is alerted when a vehicle linked to crime comes through. In the year after "
                  "they were switched on, burglaries and thefts from sheds and outbuildings in the village fell "
                  "from 14 to 3, and officers stopped vehicles on the strength of an alert eleven times. The "
                  "present owners say they have never felt safer.", just),
        PageBreak(),
        Paragraph("Floor plans", h2),
        _Drawing(wide, 80 * mm, _pp_plan),
        Spacer(1, 4 * mm),
    ]
    epc_rows = [["Energy efficiency rating", "Current", "Potential"]]
    bands = [("A", "92+", "#008054"), ("B", "81\u201391", "#19B459"), ("C", "69\u201380", "#8DCE46"),
             ("D", "55\u201368", "#FFD500"), ("E", "39\u201354", "#FCAA65"), ("F", "21\u201338", "#EF8023"),
             ("G", "1\u201320", "#E9153B")]
    for i, (letter, span, colour) in enumerate(bands):
        epc_rows.append(["%s  (%s)" % (letter, span), "58" if letter == "D" else "",
                         "84" if letter == "B" else ""])
    epc = Table(epc_rows, colWidths=[wide * 0.28, wide * 0.09, wide * 0.09])
    commands = [("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("INNERGRID", (1, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("TEXTCOLOR", (0, 1), (0, -1), colors.white)]
    for i, (letter, span, colour) in enumerate(bands, start=1):
        commands.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(colour)))
    commands.append(("BACKGROUND", (1, 4), (1, 4), colors.HexColor("#FFD500")))
    commands.append(("BACKGROUND", (2, 2), (2, 2), colors.HexColor("#19B459")))
    epc.setStyle(TableStyle(commands))
    facts = _grid([["Tenure", "Freehold, with vacant possession"],
                   ["Council tax", "Band E (Harborough District Council)"],
                   ["Services", "Mains water, electricity and drainage; oil-fired central heating through the "
                                "Aga and a separate boiler"],
                   ["Broadband", "Fibre to the cabinet; up to 72 Mbps (Ofcom checker)"],
                   ["Conservation", "Great Easton Conservation Area"],
                   ["Viewing", "Strictly by appointment with Ashby & Rowe, 01632 960 590"]],
                  [wide * 0.18, wide * 0.34], cell, line=colors.HexColor("#CCCCCC"), pad=4, inner=False)
    lower = Table([[[Paragraph("Energy performance", _style("ep", "Times-Roman", 13, leading=16, color=PP_INK,
                                                            after=4)), epc],
                    [Paragraph("The details", _style("dt", "Times-Roman", 13, leading=16, color=PP_INK, after=4)),
                     facts]]], colWidths=[wide * 0.46, wide * 0.54])
    lower.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [
        lower,
        Spacer(1, 5 * mm),
        Paragraph("Directions", h2),
        Paragraph("From Market Harborough take the B664 towards Uppingham. After Medbourne turn right for Great "
                  "Easton; the house is on the left of Main Street facing the green, with our board outside. "
                  "What3words: ///gravel.anthem.orchids.", body),
        Spacer(1, 4 * mm),
        _panel([Paragraph("IMPORTANT NOTICE", _style("in", "Helvetica-Bold", 7.5, leading=9.5, after=2)),
                Paragraph("Ashby & Rowe for themselves and for the vendors give notice that: (1) these particulars "
                          "are a general outline for the guidance of intending purchasers and do not form any part "
                          "of an offer or contract; (2) all descriptions, dimensions, references to condition and "
                          "permissions for use are given in good faith but should not be relied on as statements of "
                          "fact, and purchasers must satisfy themselves by inspection or otherwise; (3) we have not "
                          "tested any services, appliances or fittings; (4) no person in our employment has "
                          "authority to make or give any representation or warranty about this property. "
                          "Measurements are approximate. Particulars prepared March 2026.", small),
                Paragraph("Money laundering regulations: intending purchasers will be asked for identification "
                          "and proof of funds before an offer can be put forward. Ashby & Rowe Ltd, registered in "
                          "England no. 06543219.", small)],
               wide, fill=PP_PALE, border=colors.HexColor("#CCCCCC"), pad=7),
    ]
    doc.build(story)



# ================================================================== 3. A household water bill (PDF)

WB_BLUE = colors.HexColor("#005A8C")
WB_AQUA = colors.HexColor("#2BB3C0")
WB_PALE = colors.HexColor("#E8F4F8")
WB_FILE = "brue-valley-water-bill-account-4471-2093-58-march-2026.pdf"


def _wb_drop(canvas, x, y, r, fill):
    canvas.setFillColor(fill)
    path = canvas.beginPath()
    path.moveTo(x, y + r * 1.7)
    path.curveTo(x + r * 0.3, y + r * 1.0, x + r, y + r * 0.6, x + r, y)
    path.curveTo(x + r, y - r * 0.6, x + r * 0.5, y - r, x, y - r)
    path.curveTo(x - r * 0.5, y - r, x - r, y - r * 0.6, x - r, y)
    path.curveTo(x - r, y + r * 0.6, x - r * 0.3, y + r * 1.0, x, y + r * 1.7)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _wb_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    _wb_drop(canvas, 22 * mm, height - 17 * mm, 5 * mm, WB_AQUA)
    _wb_drop(canvas, 24 * mm, height - 18.5 * mm, 3 * mm, WB_BLUE)
    canvas.setFillColor(WB_BLUE)
    canvas.setFont("Helvetica-Bold", 17)
    canvas.drawString(31 * mm, height - 17 * mm, "Brue Valley")
    canvas.setFont("Helvetica", 17)
    canvas.drawString(31 * mm + canvas.stringWidth("Brue Valley ", "Helvetica-Bold", 17), height - 17 * mm, "Water")
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(31 * mm, height - 21.5 * mm, "Clean water for mid Somerset since 1896")
    canvas.setFillColor(WB_BLUE)
    canvas.setFont("Helvetica-Bold", 13)
    canvas.drawRightString(width - 15 * mm, height - 15 * mm, "Your water bill" if page == 1 else
                           "Useful information")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 15 * mm, height - 20 * mm, "Account number 4471 2093 58 \u00b7 Page %d of 2" % page)
    canvas.setStrokeColor(WB_AQUA)
    canvas.setLineWidth(2)
    canvas.line(15 * mm, height - 25 * mm, width - 15 * mm, height - 25 * mm)
    if page == 1:
        _wb_slip(canvas, width)
    else:
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(15 * mm, 10 * mm, "Brue Valley Water Ltd, Riverside House, Bath Road, Highbridge TA9 3ZZ. "
                          "Registered in England and Wales no. 02918876. We are regulated by Ofwat.")
        canvas.drawString(15 * mm, 6.5 * mm, "This bill is available in large print, braille and audio: "
                          "ring 01632 960 700. BVW-B2 (03/26)")
    canvas.restoreState()


def _wb_slip(canvas, width):
    """The bank giro credit slip at the foot of page 1, below a dashed cut line."""
    top = 62 * mm
    canvas.setStrokeColor(colors.HexColor("#777777"))
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 2)
    canvas.line(8 * mm, top, width - 8 * mm, top)
    canvas.setDash()
    canvas.setFillColor(colors.HexColor("#777777"))
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(10 * mm, top + 1.5 * mm, "Cut here and pay at any bank or Post Office")
    canvas.setFillColor(colors.HexColor("#FBEFEF"))
    canvas.rect(15 * mm, 10 * mm, width - 30 * mm, top - 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(18 * mm, top - 9 * mm, "bank giro credit")
    canvas.setFont("Helvetica", 7.5)
    labels = [("Account name", "Brue Valley Water Ltd"), ("Sort code", "60-00-00"),
              ("Account", "11223355"), ("Reference", "4471209358"), ("Customer", "Mrs M Pople")]
    y = top - 15 * mm
    for label, value in labels:
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(18 * mm, y, label)
        canvas.setFont("Helvetica-Bold", 7.5)
        canvas.drawString(45 * mm, y, value)
        y -= 4.6 * mm
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.rect(95 * mm, top - 24 * mm, 40 * mm, 12 * mm, stroke=1, fill=0)
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(96.5 * mm, top - 14.5 * mm, "Cashier\u2019s stamp and initials")
    canvas.rect(140 * mm, top - 24 * mm, 52 * mm, 12 * mm, stroke=1, fill=0)
    canvas.drawString(141.5 * mm, top - 14.5 * mm, "Amount paid")
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(150 * mm, top - 21.5 * mm, "\u00a3")
    canvas.setFont("Helvetica", 6.5)
    canvas.drawString(95 * mm, top - 29 * mm, "Cash [  ]     Cheque [  ]     Number of cheques ____     Date ____________")
    x = 95 * mm
    for k in range(70):
        w = 0.35 + 0.45 * ((k * 7) % 3)
        canvas.setLineWidth(w)
        canvas.line(x, 14 * mm, x, 24 * mm)
        x += 1.38 * mm
    canvas.setFont("Courier", 7.5)
    canvas.drawString(95 * mm, 11 * mm, "4471209358  600000  11223355  0000012742")


def _wb_usage(canvas, width, height):
    """Litres a day on the last four bills, as bars."""
    bills = [("Mar 2025", 232), ("Sep 2025", 241), ("Mar 2026", 210), ("Area average", 270)]
    canvas.saveState()
    canvas.setFillColor(WB_BLUE)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(0, height - 9, "Your water use: litres a day")
    left, bottom, top = 62, 4, height - 18
    scale = (width - left - 40) / 300.0
    bar = (top - bottom) / len(bills)
    for i, (label, value) in enumerate(bills):
        y = top - (i + 1) * bar + 3
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(0, y + bar / 2 - 5, label)
        canvas.setFillColor(colors.HexColor("#BBBBBB") if label == "Area average" else
                            (WB_BLUE if label == "Mar 2026" else WB_AQUA))
        canvas.rect(left, y, value * scale, bar - 6, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(left + value * scale + 4, y + bar / 2 - 5, str(value))
    canvas.restoreState()


def water_bill(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / WB_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=30 * mm, bottomMargin=15 * mm, title="Your water bill",
                          author="Brue Valley Water", subject="Account 4471 2093 58", creator="Brue Valley Water",
                          invariant=1)
    wide = width - 2 * margin
    gap = 8 * mm
    col = (wide - gap) / 2
    first = Frame(margin, 66 * mm, wide, height - 30 * mm - 66 * mm, id="first", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    left = Frame(margin, 15 * mm, col, height - 45 * mm, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 15 * mm, col, height - 45 * mm, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("front", [first], onPage=_wb_page),
                          PageTemplate("back", [left, right], onPage=_wb_page)])
    addr = _style("ad", "Helvetica", 9.5, leading=12)
    cell = _style("c", "Helvetica", 8, leading=10)
    cellr = _style("cr", "Helvetica", 8, leading=10, align=2)
    cellb = _style("cb", "Helvetica-Bold", 8, leading=10)
    cellbr = _style("cbr", "Helvetica-Bold", 8, leading=10, align=2)
    head = _style("hd", "Helvetica-Bold", 8, leading=10, color=colors.white)
    headr = _style("hdr", "Helvetica-Bold", 8, leading=10, color=colors.white, align=2)
    h2 = _style("h2", "Helvetica-Bold", 10.5, leading=13, color=WB_BLUE, before=6, after=3)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.4, leading=11.2, after=4)
    small = _style("sm", "Helvetica", 7, leading=9, after=2)

    address = [Paragraph("MRS M POPLE<br/>8 ORCHARD CLOSE<br/>GLASTONBURY<br/>SOMERSET<br/>BA6 9ZZ", addr)]
    details = _grid([["Bill date", "10 March 2026"], ["Charges from", "2 September 2025"],
                     ["Charges to", "2 March 2026"], ["Property", "8 Orchard Close, Glastonbury"],
                     ["How you pay", "Monthly instalments, paid at the bank"]],
                    [32 * mm, 52 * mm], cell, line=colors.HexColor("#BBD7E3"), pad=3, inner=False)
    top = Table([[address, details]], colWidths=[wide - 86 * mm, 86 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (0, 0), 8)]))
    due = Table([[Paragraph("<font color='white'>Amount to pay</font>", _style("a1", "Helvetica-Bold", 11,
                                                                                   leading=14, color=colors.white)),
                  Paragraph("<font color='white'>\u00a3127.42</font>", _style("a2", "Helvetica-Bold", 22, leading=25,
                                                                               color=colors.white, align=2))],
                 [Paragraph("<font color='white'>Please pay by 31 March 2026, or in three instalments as shown "
                            "below.</font>", _style("a3", "Helvetica", 8.5, leading=11, color=colors.white)),
                  ""]], colWidths=[wide * 0.6, wide * 0.4])
    due.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), WB_BLUE), ("SPAN", (0, 1), (1, 1)),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    charges = [[Paragraph("Your charges", head), Paragraph("Used / days", head), Paragraph("Rate", head),
                Paragraph("\u00a3", headr)],
               [Paragraph("Water supply (metered)", cell), Paragraph("38 m\u00b3", cell),
                Paragraph("\u00a32.1184 per m\u00b3", cell), Paragraph("80.50", cellr)],
               [Paragraph("Water standing charge", cell), Paragraph("181 days", cell),
                Paragraph("\u00a30.0847 a day", cell), Paragraph("15.33", cellr)],
               [Paragraph("Wastewater (95% of water used)", cell), Paragraph("36.1 m\u00b3", cell),
                Paragraph("\u00a32.9731 per m\u00b3", cell), Paragraph("107.33", cellr)],
               [Paragraph("Wastewater standing charge", cell), Paragraph("181 days", cell),
                Paragraph("\u00a30.1123 a day", cell), Paragraph("20.33", cellr)],
               [Paragraph("Surface water drainage", cell), Paragraph("181 days", cell),
                Paragraph("\u00a30.1694 a day", cell), Paragraph("30.66", cellr)],
               [Paragraph("Total charges this bill", cellb), "", "", Paragraph("254.15", cellbr)],
               [Paragraph("Less payments received since your last bill", cell), "", "",
                Paragraph("\u2013126.73", cellr)],
               [Paragraph("Amount to pay", cellb), "", "", Paragraph("127.42", cellbr)]]
    charge_table = Table(charges, colWidths=[wide * 0.46, wide * 0.16, wide * 0.22, wide * 0.16])
    charge_table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), WB_BLUE),
                                      ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBD7E3")),
                                      ("BACKGROUND", (0, 6), (-1, 6), WB_PALE),
                                      ("BACKGROUND", (0, 8), (-1, 8), WB_PALE),
                                      ("SPAN", (0, 6), (2, 6)), ("SPAN", (0, 7), (2, 7)), ("SPAN", (0, 8), (2, 8)),
                                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    meter = _grid([["Meter", "Previous reading", "This reading", "Used"],
                   ["14M 882031", "01482 (actual, 2 Sep 2025)", "01520 (actual, 2 Mar 2026)", "38 m\u00b3"]],
                  [wide * 0.2, wide * 0.3, wide * 0.3, wide * 0.2], cell, head_style=head, head_fill=WB_AQUA,
                  line=colors.HexColor("#BBD7E3"), pad=3)
    plan = _grid([["Your instalments for this bill", "by 31 Mar", "by 30 Apr", "by 31 May", "Total"],
                  ["Amount", "\u00a342.48", "\u00a342.47", "\u00a342.47", "\u00a3127.42"]],
                 [wide * 0.32] + [wide * 0.17] * 4, cell, head_style=head, head_fill=WB_AQUA,
                 line=colors.HexColor("#BBD7E3"), pad=3)
    story = [
        top,
        Spacer(1, 5 * mm),
        due,
        Spacer(1, 4 * mm),
        charge_table,
        Spacer(1, 3 * mm),
        meter,
        Paragraph("You used 38 cubic metres in 181 days: about 210 litres a day. A typical home of two people in "
                  "our area uses about 270 litres a day.", small),
        Spacer(1, 3 * mm),
        _Drawing(wide * 0.6, 30 * mm, _wb_usage),
        Spacer(1, 3 * mm),
        plan,
        Paragraph("Your charges for 2026/27 will be on your next bill. Pay online at "
                  "www.bruevalleywater.example/pay, by phone on 01632 960 711 (24 hours, automated), by bank "
                  "transfer using your account number as the reference, or with the slip below. Switch to "
                  "Direct Debit and we\u2019ll take \u00a35 off your bill.", small),
        NextPageTemplate("back"),
        PageBreak(),
    ]
    guardians = _panel([
        Paragraph("Doorstep Guardians", _style("dg", "Helvetica-Bold", 11, leading=14, color=colors.white,
                                                after=3)),
        Paragraph("Doorstep Guardians is our partnership with Avon and Somerset Police. If someone calls at "
                  "your door saying they are from Brue Valley Water and we didn\u2019t send them, tell us on "
                  "01632 960 700. Our control room passes it straight to the force, and officers from the local "
                  "neighbourhood policing team call on the street the same day to warn neighbours, especially "
                  "older people who live alone. Since we started in January 2025 we have passed on 63 reports "
                  "of bogus callers; officers have knocked on more than 900 doors, and seven people have been "
                  "charged with distraction burglary or fraud.",
                  _style("dgb", "Helvetica", 8.4, leading=11.2, color=colors.white, after=3)),
        Paragraph("If the caller is still there, or you feel in danger, ring 999.",
                  _style("dgs", "Helvetica-Bold", 8.4, leading=11.2, color=colors.white, after=0)),
    ], col, fill=WB_BLUE, pad=8)
    story += [
        Paragraph("Your bill explained", h2),
        Paragraph("<b>Water supply</b> is the cost of collecting, treating and piping clean water to your home, "
                  "charged for each cubic metre (1,000 litres) your meter records. <b>Wastewater</b> is the cost "
                  "of taking away and treating used water; we assume 95% of what you use goes down the drain. "
                  "<b>Surface water drainage</b> pays for rain that runs off your roof and drive into public "
                  "sewers. If none of it does, you may be able to claim a rebate.", body),
        Paragraph("<b>Standing charges</b> cover the cost of your meter, reading it and billing you, and are the "
                  "same whatever you use.", body),
        Paragraph("Struggling to pay?", h2),
        Paragraph("Talk to us before things get on top of you. We can spread payments, pause them for a while "
                  "or check whether you can get a lower bill through our Assist tariff or the WaterSure scheme. "
                  "Ring 01632 960 720, Monday to Friday 8am to 6pm.", body),
        Paragraph("Extra help when you need it", h2),
        Paragraph("Our free Priority Services Register is for anyone who needs a little extra help: if you are "
                  "over 75, have a disability or long-term illness, rely on water for medical reasons, or have "
                  "young children. We\u2019ll give you bottled water in a supply interruption, send bills in the "
                  "format you need and let you choose a password for our visits. Sign up at "
                  "www.bruevalleywater.example/psr or ring 01632 960 700.", body),
        Paragraph("Leak Aid", h2),
        Paragraph("Leak Aid is our own free plumbing service for customers on the Priority Services Register. If "
                  "you have a dripping tap, a running toilet or a leaking pipe inside your home, one of our two "
                  "Leak Aid plumbers will come and fix it for nothing, parts included. Since it began in April "
                  "2023 they have fixed leaks in 1,340 homes, saving on average 110 litres a day in each, and "
                  "customers\u2019 bills have come down by about \u00a390 a year.", body),
        FrameBreak(),
        guardians,
        Spacer(1, 3 * mm),
        Paragraph("How to check a caller is really from us", h2),
        Paragraph("\u2022 Our staff always carry photo ID and never ask for payment at the door.<br/>"
                  "\u2022 Keep the door chain on and ring 01632 960 700 to check: we\u2019ll wait outside.<br/>"
                  "\u2022 If you\u2019re on the Priority Services Register, ask for your password.", body),
        Paragraph("Supply problems and leaks", h2),
        Paragraph("No water, low pressure or a leak in the street? Ring 01632 960 799, 24 hours a day, or see live "
                  "updates at www.bruevalleywater.example/incidents.", body),
        Paragraph("Not happy with our service?", h2),
        Paragraph("Tell us and we\u2019ll try to put it right. If you\u2019re still not happy, the Consumer Council "
                  "for Water can help for free (www.ccw.org.uk), and you can then take it to the Water Redress "
                  "Scheme. Our guaranteed standards of service pay you if we miss an appointment or a deadline.",
                  body),
        Paragraph("Your data", h2),
        Paragraph("We use your information to supply water, bill you and keep you safe. We share it with debt "
                  "advice agencies only with your consent, and with the police only to prevent or detect crime. "
                  "See www.bruevalleywater.example/privacy.", small),
    ]
    doc.build(story)



# ================================================================== 4. A village hall's hire agreement and booking form (Word)

VH_FILE = "longhope-village-hall-hire-agreement-and-booking-form-2026.docx"


def hall_hire(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10)
    _page_setup(document, 1.6, 1.6, 1.9, 1.9)
    _heading_colours(document, "7A3E00", "Calibri")
    _header_footer(document, "Longhope Village Hall", "", "Registered charity no. 1032281",
                   "Hire agreement 2026 (v4, January 2026)\t\t", 4, size=8)

    def part(title):
        paragraph = _p(document, "", before=10, after=4)
        _runs(paragraph, [(title, True, False)], size=12, colour="7A3E00")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def clause(number, text, bold_title=None):
        paragraph = _p(document, "", after=3)
        paragraph.paragraph_format.left_indent = Cm(0.9)
        paragraph.paragraph_format.first_line_indent = Cm(-0.9)
        parts = [(number + "\t", True, False)]
        if bold_title:
            parts.append((bold_title + " ", True, False))
        parts.append((text, False, False))
        _runs(paragraph, parts, size=9.5)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
        return paragraph

    def sub(letter, text):
        paragraph = _p(document, "", after=2)
        paragraph.paragraph_format.left_indent = Cm(1.6)
        paragraph.paragraph_format.first_line_indent = Cm(-0.7)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        _runs(paragraph, [("(%s)\t" % letter, False, False), (text, False, False)], size=9.5)
        return paragraph

    title = _p(document, "", align="center", after=0)
    _runs(title, [("LONGHOPE VILLAGE HALL", True, False)], size=20, colour="7A3E00")
    _p(document, "Church Road, Longhope, Gloucestershire GL17 0ZZ", align="center", size=9.5, colour="595959",
       after=2)
    subtitle = _p(document, "", align="center", after=10)
    _runs(subtitle, [("Hire Agreement and Booking Form", True, False)], size=14)
    _p(document, "Please read the Conditions of Hire in Part 3, fill in Parts 1 and 4, and return this form to the "
                 "Booking Secretary with your deposit. Your booking is not confirmed until you have a signed copy "
                 "back from us. Regular hirers need only sign once a year.", italic=True, size=9, after=8)
    _box(document, ["Where your hire fee goes",
                    "Longhope Village Hall is run by volunteers as a charity for everyone in the parish. Hire fees "
                    "pay for the heating, lighting, cleaning, insurance and upkeep of the building, and they also "
                    "pay for the Wednesday Warm Space.",
                    "The Warm Space is the committee\u2019s own free drop-in: every Wednesday from November to March "
                    "we open the main hall from 10am to 3pm with the heating on, soup and bread at lunchtime, "
                    "Wi-Fi, newspapers, jigsaws and a volunteer to chat to, for anyone who wants to save on their "
                    "own heating or simply wants company. Last winter an average of 38 people came each week, "
                    "and 11 of them told us they had not been inside the hall before. It costs about \u00a3140 a "
                    "week, which comes from hire income and donations in the jar."],
         "FBE9D7", size=9.5)

    part("PART 1: BOOKING DETAILS (to be completed by the hirer)")
    table = _docx_table(document, [
        ["Name of hirer (must be 18 or over)", ""],
        ["Organisation (if any)", ""],
        ["Address and postcode", ""],
        ["Phone and email", ""],
        ["Purpose of hire / type of event", ""],
        ["Date(s) of hire", ""],
        ["Time from (including setting up)", "Time to (including clearing up)"],
        ["Rooms required", "\u2610 Main hall   \u2610 Small meeting room   \u2610 Kitchen   \u2610 Stage"],
        ["Expected number of people", "(maximum 120 in the main hall, 30 in the meeting room)"],
        ["Will children under 18 attend?", "\u2610 Yes   \u2610 No      If yes, see condition 9"],
        ["Will alcohol be sold or supplied?", "\u2610 No   \u2610 Supplied free   \u2610 Sold (see condition 11)"],
        ["Will there be live or recorded music?", "\u2610 Yes   \u2610 No"],
        ["Will you charge for entry or sell tickets?", "\u2610 Yes   \u2610 No"],
    ], widths=[7.0, 10.2], size=9.5, label_fill="F2E3CF")
    for row in table.rows:
        row.height = Cm(0.75)
    _p(document, "", after=2)

    part("PART 2: CHARGES FOR 2026")
    _docx_table(document, [
        ["", "Per hour", "Whole day (9am\u2013midnight)"],
        ["Main hall (with kitchen)", "\u00a318.00", "\u00a3180.00"],
        ["Main hall, parish residents and local groups", "\u00a314.00", "\u00a3140.00"],
        ["Small meeting room", "\u00a310.00", "\u00a375.00"],
        ["Children\u2019s party (Sat/Sun, 3 hours incl. setting up)", "\u2013", "\u00a360.00"],
        ["Damage and cleaning deposit (refundable)", "\u2013", "\u00a3100.00"],
        ["Deposit for events with alcohol sold or music after 11pm", "\u2013", "\u00a3250.00"],
    ], widths=[9.0, 3.2, 5.0], size=9.5, head_fill="7A3E00", head_colour="FFFFFF")
    _p(document, "Charges include heating and lighting. Payment in full is due 14 days before the hire. Cancellations "
                 "more than 28 days ahead are refunded in full; after that the committee may keep half the fee. "
                 "Bank: Longhope Village Hall, sort code 40-11-00, account 71234567, reference: your surname and "
                 "date.", size=8.5, colour="404040", after=6)

    part("PART 3: CONDITIONS OF HIRE")
    _p(document, "In these conditions \u2018the Committee\u2019 means the Management Committee of Longhope Village "
                 "Hall, and \u2018the Hirer\u2019 means the person who signs Part 4. The Hirer is responsible for "
                 "everything below for the whole of the hire.", size=9.5, after=4)
    clause("1.", "The Hirer must be present, or name another responsible adult who will be, for the whole of the "
                 "hire, and must not sub-let or use the hall for any purpose other than the one booked.",
           "Supervision.")
    clause("2.", "The Hirer must not allow more people in than the numbers in Part 1, and must keep every fire exit "
                 "clear and unlocked while the hall is in use.", "Numbers and exits.")
    clause("3.", "Before the event the Hirer must check the fire exits, note the fire extinguishers and the "
                 "assembly point (the car park by the lychgate), and tell guests where they are. In a fire, "
                 "evacuate, then call 999 and give the address: Longhope Village Hall, Church Road, GL17 0ZZ. Do "
                 "not use the equipment unless you have been trained.", "Fire safety.")
    clause("4.", "A first aid kit is in the kitchen and a defibrillator is on the outside wall by the main door "
                 "(code from the 999 operator). Any accident or injury must be written in the accident book in "
                 "the kitchen and reported to the Booking Secretary.", "First aid and accidents.")
    clause("5.", "The Hirer is responsible for any damage to the building, its contents or the grounds, and for "
                 "leaving the hall as it was found: chairs and tables stacked, floors swept, kitchen cleaned and "
                 "all rubbish taken away. The deposit will be returned within 14 days, less any cost of "
                 "damage or extra cleaning.", "Damage and cleaning.")
    clause("6.", "No nails, screws, pins or tape on the walls; use the picture rail hooks. No confetti, glitter, "
                 "smoke machines, candles or naked flames. Bouncy castles by prior agreement only, with the "
                 "operator\u2019s insurance certificate.", "Decorations.")
    clause("7.", "Electrical equipment brought into the hall must be safe and in good repair. The Committee may "
                 "refuse the use of any item.", "Electrical equipment.")
    clause("8.", "The hall has public liability insurance. Hirers running a business, club or regular activity "
                 "must have their own public liability insurance and show the certificate on request.", "Insurance.")
    clause("9.", "Where children or adults at risk attend, the Hirer must have a safeguarding policy and suitable "
                 "checks for those in charge. Organised groups must give the Committee a copy of their policy "
                 "each year. Any safeguarding concern should be reported to the hall\u2019s safeguarding contact "
                 "(see Part 4).", "Safeguarding.")
    clause("10.", "Music must stop at 11.30pm and the hall must be empty by midnight. The Hirer must keep noise "
                  "down on leaving, with respect for the neighbours in Church Road.", "Noise and finishing time.")
    clause("11.", "The hall\u2019s premises licence covers regulated entertainment only. If alcohol is to be sold "
                  "(including in the ticket price or by raffle), the Hirer must give a Temporary Event Notice to "
                  "the Forest of Dean District Council, which sends it to Gloucestershire Constabulary and "
                  "environmental health, at least ten working days before the event, and show the Committee the "
                  "acknowledgement. The Hirer must not sell alcohol to anyone under 18 or anyone drunk.",
           "Licensing and alcohol.")
    clause("12.", "If the police or any other emergency service attend the hall during a hire, the Hirer must tell "
                  "the Booking Secretary the same day and give any incident number. The Committee may refuse "
                  "future bookings after any incident of disorder.", "Incidents.")
    clause("13.", "Smoking and vaping are not allowed anywhere in the building or within five metres of the "
                  "doors. No animals except assistance dogs, unless agreed beforehand.", "Smoking and animals.")
    clause("14.", "The Hirer must lock all doors and windows, switch off lights and appliances (not the fridges) "
                  "and return the key to the key safe, setting the combination back to 0000. If the alarm "
                  "sounds, ring the key holder on the list by the door.", "Locking up.")
    clause("15.", "The Committee may cancel a booking if the hall is needed as a polling station or in an "
                  "emergency, or for any other good reason, and will refund all money paid. It is not liable "
                  "for any other loss.", "Cancellation by the Committee.")
    clause("16.", "The Committee is not responsible for anything left in the hall. Items left are kept for one "
                  "month and then given to charity.", "Lost property.")
    _p(document, "The Committee may add conditions for a particular booking. These are written below and form "
                 "part of this agreement.", size=9.5, after=2)
    sub("a", "Additional condition: ____________________________________________________________")
    sub("b", "Additional condition: ____________________________________________________________")

    part("PART 4: DECLARATION")
    _p(document, "I have read and agree to the Conditions of Hire. I am 18 or over and I will be responsible for "
                 "the hall and for the people attending during my hire.", size=9.5, after=4)
    sig = _docx_table(document, [
        ["Signed (hirer)", "", "Date", ""],
        ["Print name", "", "", ""],
        ["Signed for the Committee", "", "Date", ""],
    ], widths=[4.5, 7.0, 1.8, 3.9], size=9.5, label_fill="F2E3CF")
    for row in sig.rows:
        row.height = Cm(0.9)
    _p(document, "", after=4)
    _docx_table(document, [
        ["Booking Secretary", "Mrs Ruth Ashcroft, 3 Church Road, Longhope \u00b7 01632 960 151 \u00b7 "
                              "bookings@example.org"],
        ["Safeguarding contact", "Mr Keith Morgan \u00b7 07700 900 152"],
        ["Key holders", "Ruth Ashcroft 01632 960 151; Gareth Jones 07700 900 153"],
    ], widths=[4.5, 12.7], size=9, label_fill="F2E3CF")
    _p(document, "", after=4)
    _box(document, ["OFFICE USE ONLY",
                    "Booking no. ________   Fee received \u00a3______ on ______   Deposit received \u00a3______ on "
                    "______   Deposit returned \u00a3______ on ______   Calendar updated \u2610"],
         "EDEDED", size=8.5)
    _save_docx(document, out / VH_FILE, "Longhope Village Hall \u2013 hire agreement and booking form 2026",
               "Ruth Ashcroft")



# ================================================================== 5. A locksmith's quotation (Word)

LQ_FILE = "teesside-lock-and-key-quotation-q-3318-14-kelvin-grove-middlesbrough.docx"


def locksmith_quote(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 9.5)
    _page_setup(document, 1.5, 1.5, 1.8, 1.8)
    _header_footer(document, "TEESSIDE LOCK & KEY", "", "Quotation Q-3318",
                   "Teesside Lock & Key Ltd \u00b7 registered in England no. 09876543 \u00b7 VAT GB 123 4567 89\t\t",
                   2, size=7.5, bold_centre=False)
    head = _p(document, "", after=0)
    _runs(head, [("TEESSIDE ", True, False), ("LOCK & KEY", True, False)], size=22, colour="C0392B")
    _p(document, "Locksmiths \u00b7 uPVC door repairs \u00b7 safes \u00b7 access control", size=9, colour="595959",
       after=0)
    _p(document, "Unit 6, Cargo Fleet Business Park, Middlesbrough TS3 6ZZ \u00b7 01632 960 880 \u00b7 "
                 "07700 900 881 (24 hours) \u00b7 office@example.co.uk", size=8.5, colour="595959", after=10)
    title = _p(document, "", after=6)
    _runs(title, [("QUOTATION", True, False)], size=16, colour="1F2A44")
    left = ["Ms Dawn Featherstone", "14 Kelvin Grove", "Middlesbrough", "TS3 0ZZ", "", "Tel. 07700 900 882"]
    right = [["Quotation no.", "Q-3318"], ["Date", "9 March 2026"], ["Valid until", "8 April 2026"],
             ["Surveyed by", "Lee Carver"], ["Job type", "Lock Fit referral LF-26-0291"],
             ["Referred by", "Cleveland Police crime prevention"]]
    table = document.add_table(rows=1, cols=2)
    cells = table.rows[0].cells
    _cell_paras(cells[0], left, size=9.5)
    _cell_paras(cells[1], [[(label + ":  ", True, False), (value, False, False)] for label, value in right],
                size=8.5)
    _fill(cells[1], "EEF1F6")
    cells[0].width, cells[1].width = Cm(9.4), Cm(8.0)
    _p(document, "", after=4)
    _p(document, "Dear Ms Featherstone,", after=4)
    _p(document, "Thank you for letting us call on 6 March to survey your home after the break-in on 2 March. "
                 "This quotation is for the work recommended in the police crime prevention survey, which is "
                 "paid for under the Lock Fit scheme, so there is nothing for you to pay for items 1 to 6. We "
                 "have also listed a few optional extras that Lock Fit does not cover, in case you want them.",
       after=4)
    _p(document, "We can fit everything in one visit of about four hours. As Lock Fit is a priority job, we will "
                 "book you in within 48 hours of your go-ahead.", after=8)

    sec = _p(document, "", after=3)
    _runs(sec, [("Survey findings", True, False)], size=11, colour="1F2A44")
    _docx_table(document, [
        ["Location", "What we found", "Recommended"],
        ["Front door (uPVC)", "Standard euro cylinder, snapped in the burglary; multipoint lock worn",
         "Anti-snap cylinder to TS007 3 star; new multipoint gearbox"],
        ["Back door (timber)", "Old two-lever sashlock; bolt loose", "British Standard 5-lever mortice "
                                                                     "sashlock (BS3621); two hinge bolts"],
        ["Kitchen window", "No locking handle; easy to lever", "Locking handle and restrictor"],
        ["Rear ground-floor windows (2)", "Handles lock but no keys", "Two new locking handles"],
        ["Side gate", "No lock; 1.4 m high", "Gate lock with padbolt on the garden side"],
    ], widths=[3.8, 6.8, 6.8], size=8.5, head_fill="1F2A44", head_colour="FFFFFF")
    _p(document, "", after=6)
    sec = _p(document, "", after=3)
    _runs(sec, [("Quotation", True, False)], size=11, colour="1F2A44")
    items = _docx_table(document, [
        ["No.", "Description", "Qty", "Unit \u00a3", "Total \u00a3"],
        ["1", "Supply and fit anti-snap euro cylinder, TS007 3 star, keyed alike with back door, 5 keys", "1",
         "68.00", "68.00"],
        ["2", "Supply and fit replacement multipoint gearbox (centre case) to front door", "1", "85.00", "85.00"],
        ["3", "Supply and fit BS3621 5-lever mortice sashlock to back door, with new keep", "1", "72.00",
         "72.00"],
        ["4", "Supply and fit hinge bolts to back door", "2", "9.50", "19.00"],
        ["5", "Supply and fit locking window handles, one with restrictor", "3", "16.00", "48.00"],
        ["6", "Supply and fit gate lock and padbolt to side gate", "1", "38.00", "38.00"],
        ["", "Labour, 4 hours at \u00a342.00", "", "", "168.00"],
        ["", "Subtotal", "", "", "498.00"],
        ["", "VAT at 20%", "", "", "99.60"],
        ["", "Total", "", "", "597.60"],
        ["", "Paid by Lock Fit (invoiced to the scheme)", "", "", "\u2013597.60"],
        ["", "TO PAY BY YOU FOR ITEMS 1 TO 6", "", "", "0.00"],
    ], widths=[1.0, 10.6, 1.2, 2.2, 2.4], size=8.5, head_fill="1F2A44", head_colour="FFFFFF")
    for r in (8, 9, 10, 11, 12):
        for c in items.rows[r].cells:
            _fill(c, "EEF1F6")
    for row in items.rows[1:]:
        for c in (2, 3, 4):
            row.cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _p(document, "", after=4)
    sec = _p(document, "", after=3)
    _runs(sec, [("Optional extras (not covered by Lock Fit; please tick any you want)", True, False)], size=10,
          colour="1F2A44")
    _docx_table(document, [
        ["", "Item", "Price inc. VAT \u00a3"],
        ["\u2610", "Door viewer (wide angle) to front door", "36.00"],
        ["\u2610", "Letterbox guard (cage) to front door", "42.00"],
        ["\u2610", "Door chain or door limiter to front door", "30.00"],
        ["\u2610", "Security light with sensor over back door (supply only; fit by an electrician)", "48.00"],
    ], widths=[1.0, 12.6, 3.8], size=8.5, head_fill="D9D9D9")
    _p(document, "", after=6)

    sec = _p(document, "", after=3)
    _runs(sec, [("About Lock Fit", True, False)], size=11, colour="1F2A44")
    _p(document, "Lock Fit is run by Cleveland Police\u2019s crime prevention officers, and the force pays the "
                 "fitters. When someone is burgled, or is a victim of domestic abuse "
                 "and an ex-partner still has keys, a crime prevention officer surveys the home and sends the "
                 "job to one of three approved local fitters, who fit to the officer\u2019s specification within "
                 "48 hours at no cost to the victim; the officer then checks the work. We have been one of the "
                 "fitters since the scheme began in April 2023. Across Teesside 1,120 homes have been done, and "
                 "the force tells us only 14 of them have been broken into again since.", after=6)
    _box(document, ["Free Lock Check Wednesdays",
                    "Free Lock Check Wednesdays are our way of giving something back. Every Wednesday afternoon "
                    "one of our fitters visits people aged 70 or over in Middlesbrough and Redcar for a free "
                    "20-minute check of their doors and windows, with no sales pitch and nothing to sign. If "
                    "anything needs doing we write it down, and the customer can get it done by anyone they like. "
                    "Since we started in May 2024 we have checked 260 homes, and about one in three needed "
                    "something, mostly old cylinders that snap. Know someone who would like one? Ring the office."],
         "FDF2E9", size=9, width_cm=17.4)

    _p(document, "Yours sincerely,", after=10)
    _p(document, "Lee Carver", bold=True, after=0)
    _p(document, "Senior fitter, Teesside Lock & Key", size=9, colour="595959", after=8)
    sec = _p(document, "", before=4, after=3)
    _runs(sec, [("Terms and conditions", True, False)], size=10, colour="1F2A44")
    for i, text in enumerate([
            "This quotation is valid for 30 days from the date above. Prices include VAT at 20% where shown.",
            "Items 1 to 6 are invoiced to the Lock Fit scheme once the police have approved the work. Optional "
            "extras are payable by the customer on completion by card, bank transfer or cash.",
            "All locks supplied carry the manufacturer\u2019s guarantee; our workmanship is guaranteed for 12 "
            "months.",
            "Keys: we will hand over all keys on completion and keep no copies. Key cards for registered "
            "cylinders must be kept safe; copies can only be cut on production of the card.",
            "If we find hidden damage once a door or window is opened up (for example rotten timber), we will "
            "stop and agree any extra work with you, and with the scheme, before going on.",
            "Your details are shared with Cleveland Police only for the purposes of the Lock Fit scheme, and "
            "are kept for six years for our accounts.",
            "Cancellation: please give us 24 hours\u2019 notice if you need to change your appointment."], start=1):
        paragraph = _p(document, "", after=1)
        paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        _runs(paragraph, [("%d.  " % i, True, False), (text, False, False)], size=8)
    _p(document, "", after=4)
    _p(document, "Acceptance (please sign and return, or reply by text or email)", bold=True, size=9.5, after=3)
    sig = _docx_table(document, [["I accept quotation Q-3318 and the optional extras ticked above.", ""],
                                 ["Signed", "Date"], ["Best days and times for fitting", ""]],
                      widths=[10.4, 7.0], size=9)
    for row in sig.rows:
        row.height = Cm(0.9)
    _save_docx(document, out / LQ_FILE, "Quotation Q-3318 \u2013 Ms D Featherstone", "Lee Carver")



# ================================================================== 6. A couple's notes for their house-sitter (Word)

HS_FILE = "notes-for-sam-house-and-cat-sitting-12-athelstan-road-faversham-3-24-april-2026.docx"


def house_sitter_notes(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 1.6, 1.6, 2.0, 2.0)
    _header_footer(document, "Notes for Sam \u00b7 3\u201324 April", "", "Please leave on the kitchen table!",
                   "Ruth & Dev Malhotra \u00b7 12 Athelstan Road, Faversham\t\t", 3, size=8)

    def heading(text):
        paragraph = _p(document, "", before=10, after=4)
        _runs(paragraph, [(text, True, False)], size=13, colour="2E7D6B")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def bullet(parts):
        paragraph = _p(document, "", style="List Bullet", after=2)
        _runs(paragraph, parts if isinstance(parts, list) else [(parts, False, False)])
        return paragraph

    def tick(text):
        paragraph = _p(document, "", after=2)
        paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraph.paragraph_format.first_line_indent = Cm(-0.6)
        _runs(paragraph, [("\u2610  ", False, False), (text, False, False)])
        return paragraph

    title = _p(document, "", after=2)
    _runs(title, [("Welcome to 12 Athelstan Road, Sam!", True, False)], size=20, colour="2E7D6B")
    _p(document, "Thank you so much for looking after the house and the girls while we\u2019re in New Zealand. "
                 "This is everything we could think of. Please don\u2019t worry about getting it all right: the "
                 "cats are fed, the house is standing and nobody\u2019s flooded the kitchen, that\u2019s a win. "
                 "Text us any time (we\u2019re 11 hours ahead, so don\u2019t expect a quick reply at teatime).",
       after=6)
    _docx_table(document, [
        ["Dates", "We leave Friday 3 April about 6am (you arrive Thursday evening); back Friday 24 April about "
                  "4pm"],
        ["Keys", "Two front door keys and the back door key on the red fob. Spare set with Pat and Geoff at "
                 "no. 14"],
        ["Wi-Fi", "AthelstanHub, password on the bottom of the router in the hall cupboard"],
        ["Alarm", "Code sent to you by text. Please don\u2019t write it down here!"],
    ], widths=[2.6, 14.4], size=9.5, label_fill="DFF0EB")
    _p(document, "", after=2)

    heading("Who to call")
    _docx_table(document, [
        ["Who", "What for", "Number"],
        ["Ruth (WhatsApp is best)", "Anything at all", "07700 900 721"],
        ["Dev", "Boiler, car, techy things", "07700 900 722"],
        ["Pat and Geoff, no. 14", "Spare keys, local knowledge, emergencies", "01632 960 723"],
        ["Abbey Veterinary Centre", "The cats (both registered; notes on file)", "01632 960 724"],
        ["Out-of-hours vet", "Evenings and weekends", "01632 960 725"],
        ["Mike Tanner", "Plumber (knows the house)", "07700 900 726"],
        ["Swale Borough Council", "Missed bins", "01632 960 727"],
        ["Emergency (police, fire, ambulance)", "If anyone is in danger or a crime is happening", "999"],
        ["Police non-emergency", "Reporting something that has already happened", "101"],
        ["NHS", "If you\u2019re unwell and it\u2019s not an emergency", "111"],
    ], widths=[5.2, 8.2, 3.6], size=9, head_fill="2E7D6B", head_colour="FFFFFF")
    _p(document, "", after=2)

    heading("Mango and Pip")
    _p(document, "Mango is the big ginger one who will tell you she hasn\u2019t been fed (she has). Pip is the small "
                 "tabby and is shy for the first day or two; she\u2019ll come round if you sit on the sofa.",
       after=4)
    _docx_table(document, [
        ["When", "Mango", "Pip"],
        ["About 7am", "Half a pouch of wet food (blue box)", "Half a pouch + her tablet hidden in a Dreamie"],
        ["About 5pm", "Half a pouch", "Half a pouch"],
        ["Always", "Dry biscuits in the white bowl, topped up", "Fresh water in both bowls and the fountain"],
        ["Litter", "Scoop the tray in the utility room every day; full change on Sundays (bags in the drawer)",
         ""],
    ], widths=[2.6, 7.2, 7.2], size=9, head_fill="2E7D6B", head_colour="FFFFFF")
    _p(document, "", after=2)
    bullet([("Pip\u2019s tablet ", True, False), ("is for her thyroid and she must have it every morning. "
                                                 "If she spits it out, try again in a bit of ham.", False, False)])
    bullet("They\u2019re indoor cats at night. Cat flap is on \u2018in only\u2019 from 8pm (switch on the left).")
    bullet("Mango sometimes brings in frogs. We\u2019re sorry.")

    heading("The house")
    bullet([("Heating ", True, False), ("comes on 6.30\u20138.30am and 5\u201310pm. Turn the dial in the hall if "
                                       "you\u2019re cold, honestly, don\u2019t be heroic.", False, False)])
    bullet([("Hot water ", True, False), ("is on the same timer. The boost button is on the boiler in the "
                                         "kitchen cupboard.", False, False)])
    bullet([("Stopcock ", True, False), ("is under the kitchen sink behind the bleach. Turn clockwise to switch "
                                        "off.", False, False)])
    bullet([("Fuse box ", True, False), ("is in the cupboard under the stairs. The kitchen sockets trip if the "
                                        "kettle and toaster go on together.", False, False)])
    bullet([("TV ", True, False), ("is the grey remote for everything; log into your own accounts on the "
                                  "streaming apps if you like.", False, False)])
    _docx_table(document, [
        ["If this happens\u2026", "Try this"],
        ["Boiler shows F22", "Pressure\u2019s low: see the laminated sheet on the boiler door, or ring Dev"],
        ["Dishwasher won\u2019t drain", "Clean the filter in the bottom (twist and pull)"],
        ["No Wi-Fi", "Switch the router off at the wall, count to 30, switch on"],
        ["A cat is poorly", "Ring Abbey Vets and mention the pet insurance (details in the blue folder)"],
    ], widths=[5.0, 12.0], size=9, head_fill="DFF0EB")
    _p(document, "", after=2)

    heading("Bins")
    _p(document, "Swale Borough Council collects on Tuesdays. Please put them out on Monday night at the front "
                 "gate and bring them in on Tuesday evening.", after=4)
    _docx_table(document, [
        ["Tuesday", "Food caddy", "Green bin (rubbish)", "Blue bin (recycling)", "Brown bin (garden)"],
        ["7 April", "\u2713", "\u2713", "", "\u2713"],
        ["14 April", "\u2713", "", "\u2713", ""],
        ["21 April", "\u2713", "\u2713", "", "\u2713"],
    ], widths=[2.8, 2.8, 3.8, 3.8, 3.8], size=9, head_fill="2E7D6B", head_colour="FFFFFF")
    _p(document, "", after=2)

    heading("Keeping the place safe")
    bullet("Please lock the front door with the key (not just the latch) when you go out and at night, and lift "
           "the handle on the back door before you turn the key.")
    bullet("The side gate has a bolt at the top on the garden side: keep it bolted. The shed padlock key is on "
           "the hook by the back door.")
    bullet("Two cars were broken into on our road in January. Kent Police came round knocking on doors "
           "afterwards and said to report anything like that on 101 or online, and to ring 999 if it\u2019s "
           "happening there and then. Our crime reference is 46/0118/26 in case anything else turns up. Nothing "
           "was taken from our car but we now don\u2019t leave anything in it.")
    bullet("Pat at no. 14 is the Neighbourhood Watch person for the road (that\u2019s the sticker in the "
           "window). She runs the street WhatsApp group and would happily add you; it\u2019s mostly lost cats "
           "and parcels.")
    bullet("The doorbell has a camera and sends us alerts, so don\u2019t be alarmed if we message to ask who "
           "that was! Please don\u2019t open the door to cold callers. We\u2019re only expecting the veg box "
           "(Fridays) and a parcel from Dev\u2019s mum.")
    bullet("If the alarm goes off by mistake, enter the code and press \u2713. If the alarm company rings, the "
           "password is in the same text as the code.")

    heading("Garden and plants")
    _p(document, "Water the tomatoes and chillies in the greenhouse every other day, and the pots by the back "
                 "door if it doesn\u2019t rain. The houseplants just need a drink on Sundays (not the cactus). "
                 "Please help yourself to anything in the fridge, freezer and veg box, and to the wine rack "
                 "(not the top row, they\u2019re Dev\u2019s).", after=4)

    heading("Before you go on the 24th")
    for text in ["Cats fed and water topped up", "Litter tray scooped", "Bins in, if it was a bin week",
                 "Windows shut and back door locked", "Heating back to the timer",
                 "Keys on the hook in the hall (and door pulled shut, it locks behind you)",
                 "Leave us a note of anything odd, however small!"]:
        tick(text)
    _p(document, "", after=6)
    _p(document, "Thank you again. Have a lovely three weeks, and give the girls a fuss from us.", italic=True,
       after=2)
    _p(document, "Ruth & Dev (and Mango & Pip) x", bold=True, colour="2E7D6B")
    _save_docx(document, out / HS_FILE, "Notes for Sam", "Ruth Malhotra")



# ================================================================== 7. A selling app's help centre article (HTML)

HELP_HTML = """<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meeting up safely to buy or sell – Loftly Help Centre</title>
<meta name="description" content="How to meet a buyer or seller safely, where to meet, how to pay, and what to do if something goes wrong.">
<link rel="canonical" href="https://help.loftly.example/hc/en-gb/articles/4410382716049-Meeting-up-safely-to-buy-or-sell">
<style>
  body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1b1b1f; background: #fff; font-size: 16px; line-height: 1.55; }
  a { color: #5b2bd6; }
  .skip-navigation { position: absolute; left: -9999px; }
  header.header { display: flex; align-items: center; justify-content: space-between; padding: 14px 32px; border-bottom: 1px solid #e6e3ee; }
  .logo a { font-weight: 800; font-size: 22px; color: #5b2bd6; text-decoration: none; }
  .logo span { font-weight: 400; color: #5f5b6b; font-size: 16px; margin-left: 6px; }
  .user-nav a { margin-left: 20px; font-size: 14px; }
  .hero-search { background: #f4f0ff; padding: 18px 32px; }
  .hero-search input { width: 420px; max-width: 90%; padding: 10px 14px; border: 1px solid #c9c0e8; border-radius: 22px; }
  .container { max-width: 1160px; margin: 0 auto; padding: 0 32px 48px; }
  ol.breadcrumbs { list-style: none; padding: 0; margin: 18px 0; font-size: 14px; color: #5f5b6b; }
  ol.breadcrumbs li { display: inline; }
  ol.breadcrumbs li + li::before { content: " › "; }
  .article-container { display: flex; gap: 48px; }
  .article-sidebar { flex: 0 0 260px; font-size: 14px; border-right: 1px solid #eee; padding-right: 24px; }
  .article-sidebar h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #5f5b6b; }
  .article-sidebar ul { list-style: none; padding: 0; }
  .article-sidebar li { margin: 8px 0; }
  .article-sidebar li.current a { font-weight: 700; color: #1b1b1f; text-decoration: none; }
  article.article { flex: 1; max-width: 720px; }
  .article-title { font-size: 32px; line-height: 1.2; margin: 0 0 10px; }
  .article-author { display: flex; gap: 10px; align-items: center; font-size: 13px; color: #5f5b6b; margin-bottom: 22px; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; background: #5b2bd6; color: #fff; text-align: center; line-height: 32px; font-weight: 700; }
  .article-subscribe { margin-left: auto; border: 1px solid #5b2bd6; color: #5b2bd6; background: #fff; border-radius: 16px; padding: 4px 14px; }
  .callout { border-left: 4px solid #5b2bd6; background: #f4f0ff; padding: 12px 16px; margin: 18px 0; }
  .callout--warning { border-left-color: #d9480f; background: #fff4e6; }
  table.spots { border-collapse: collapse; width: 100%; font-size: 14px; margin: 12px 0; }
  table.spots th, table.spots td { border: 1px solid #ddd8ea; padding: 6px 10px; text-align: left; }
  table.spots th { background: #f4f0ff; }
  .article-votes { border-top: 1px solid #eee; margin-top: 32px; padding-top: 18px; text-align: center; }
  .article-votes button { border: 1px solid #5b2bd6; background: #fff; color: #5b2bd6; border-radius: 4px; padding: 6px 22px; margin: 0 6px; }
  .article-votes-count { font-size: 13px; color: #5f5b6b; }
  .article-more-questions { text-align: center; margin: 24px 0; }
  .article-relatives { display: flex; gap: 40px; border-top: 1px solid #eee; padding-top: 18px; }
  .article-relatives h3 { font-size: 16px; }
  .article-relatives ul { padding-left: 18px; font-size: 14px; }
  footer.footer { background: #1b1b1f; color: #c8c5d0; font-size: 13px; padding: 24px 32px; }
  footer.footer a { color: #fff; margin-right: 16px; }
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Meeting up safely to buy or sell","dateModified":"2026-01-14","publisher":{"@type":"Organization","name":"Loftly"}}</script>
</head>
<body>
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header">
  <div class="logo"><a title="Home" href="/hc/en-gb">loftly<span>Help Centre</span></a></div>
  <nav class="user-nav" id="user-nav" aria-label="User navigation">
    <a href="https://www.loftly.example">Back to Loftly</a>
    <a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a>
    <a class="sign-in" rel="nofollow" href="/hc/en-gb/signin">Sign in</a>
  </nav>
</header>
<div class="hero-search">
  <form role="search" class="search" action="/hc/en-gb/search" method="get">
    <input type="search" name="query" id="query" placeholder="Search for answers" aria-label="Search">
  </form>
</div>
<main role="main">
<div class="container" id="main-content">
  <nav aria-label="Breadcrumbs">
    <ol class="breadcrumbs">
      <li title="Loftly Help Centre"><a href="/hc/en-gb">Loftly Help Centre</a></li>
      <li title="Safety and trust"><a href="/hc/en-gb/categories/360001">Safety and trust</a></li>
      <li title="Meeting up"><a href="/hc/en-gb/sections/360014">Meeting up</a></li>
    </ol>
  </nav>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
      <h3 id="section-articles-title">Articles in this section</h3>
      <ul>
        <li class="current"><a href="#">Meeting up safely to buy or sell</a></li>
        <li><a href="/hc/en-gb/articles/4410382716050">Should I let a buyer into my home?</a></li>
        <li><a href="/hc/en-gb/articles/4410382716051">Delivery or collection: which is safer?</a></li>
        <li><a href="/hc/en-gb/articles/4410382716052">What is Loftly Pay and how does it protect me?</a></li>
        <li><a href="/hc/en-gb/articles/4410382716053">Someone didn’t turn up. What now?</a></li>
        <li><a href="/hc/en-gb/articles/4410382716054">Selling a car, van or motorbike</a></li>
      </ul>
      <a href="/hc/en-gb/sections/360014" class="article-sidebar-item">See more</a>
    </aside>
    <article id="main-content-article" class="article">
      <header class="article-header">
        <h1 title="Meeting up safely to buy or sell" class="article-title">Meeting up safely to buy or sell</h1>
        <div class="article-author">
          <div class="avatar" aria-hidden="true">L</div>
          <div class="article-meta">Loftly Support<br><time datetime="2026-01-14T09:12:44Z" title="14 January 2026 09:12">Updated 2 months ago</time></div>
          <button class="article-subscribe" aria-pressed="false">Follow</button>
        </div>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">
<p>Most Loftly trades happen face to face, and almost all of them go without a hitch. A few simple habits make it even safer for you and the person you’re meeting.</p>

<h2 id="h_01">Before you meet</h2>
<ul>
<li>Keep your chat in the Loftly app. If something goes wrong, our team can see what was agreed.</li>
<li>Check the other person’s profile: how long they’ve been on Loftly, their reviews and whether their ID is verified (the purple tick).</li>
<li>Agree the price, the time and the place in the chat before you set off.</li>
<li>Tell a friend where you’re going, and take someone with you if you can, especially for expensive items.</li>
<li>Trust your gut. If a deal feels wrong, you can cancel at any time.</li>
</ul>

<h2 id="h_02">Choosing where to meet</h2>
<p>Meet in a busy public place in daylight, such as a supermarket car park, a shopping centre or a café. Avoid meeting at your home or theirs, and never go somewhere isolated, however convenient it sounds.</p>

<h3 id="h_03">Safe Trade Spots on Merseyside</h3>
<p>Safe Trade Spots are marked bays set up by Merseyside Police with Loftly in the car parks of eight police stations across Merseyside. They’re covered by the stations’ CCTV and lit at night, and anyone can use them to hand over an item and payment, whether or not they use Loftly. Merseyside Police chose the stations and put in the bays; we paid for the signs and show every Spot on the map when you arrange a meet-up in the app. Since the first Spots opened in March 2024, more than 16,000 Loftly trades have taken place at one, and Merseyside Police tell us that not a single robbery or assault has been reported at a Spot. They also say that buyers who won’t meet at a police station are worth being wary of, and we agree.</p>
<table class="spots">
<thead><tr><th scope="col">Area</th><th scope="col">Safe Trade Spot</th><th scope="col">Bays</th></tr></thead>
<tbody>
<tr><td>Liverpool city centre</td><td>City centre police station, visitors’ car park</td><td>4</td></tr>
<tr><td>Liverpool south</td><td>Toxteth police station, front car park</td><td>2</td></tr>
<tr><td>Sefton</td><td>Bootle police station, side car park</td><td>2</td></tr>
<tr><td>Knowsley</td><td>Kirkby police station, front car park</td><td>2</td></tr>
<tr><td>St Helens</td><td>St Helens police station, visitors’ car park</td><td>2</td></tr>
<tr><td>Sefton</td><td>Southport police station, front car park</td><td>2</td></tr>
<tr><td>Wirral</td><td>Wallasey police station, front car park</td><td>2</td></tr>
<tr><td>Wirral</td><td>Birkenhead police station, visitors’ car park</td><td>2</td></tr>
</tbody>
</table>
<p>The bays are open 24 hours, but the front counters are not: there may be nobody inside to help. In an emergency always call 999.</p>
<div class="callout">
<p><strong>Not on Merseyside?</strong> Some other police forces let people meet in station car parks or foyers. Check your local force’s website before you go, and don’t just turn up at a front counter expecting staff to watch a trade.</p>
</div>

<h2 id="h_04">Paying safely</h2>
<ul>
<li>Use <a href="/hc/en-gb/articles/4410382716052">Loftly Pay</a> where you can: the money is held until the buyer confirms they have the item, and you’re covered by our Buyer Protection.</li>
<li>If you pay cash, count it together at the meet-up. Sellers: watch out for notes that feel wrong.</li>
<li>Never pay a deposit by bank transfer to someone you haven’t met, and never move to another app or email to pay.</li>
</ul>
<div class="callout callout--warning">
<p><strong>Loftly will never</strong> ask you to pay outside the app, send you a link to “release” a payment or ask for your card details in a chat.</p>
</div>

<h2 id="h_05">Buying a bike, phone or car?</h2>
<ul>
<li>Ask for the frame number, IMEI or registration before you go, and check it against the national registers for stolen property. Honest sellers won’t mind.</li>
<li>For phones, check the handset isn’t locked to someone else’s account.</li>
<li>For cars and vans, do a history check and meet at the address on the logbook.</li>
</ul>

<h2 id="h_06">If something goes wrong</h2>
<ol>
<li>If you’re in danger or a crime is happening now, call 999.</li>
<li>If you’ve been robbed, threatened or sold something stolen, report it to the police on 101 or through your local force’s website, and keep the chat and any receipts.</li>
<li>Report the user to us from their profile (tap ⋯ then <em>Report</em>). Our Trust and Safety team looks at every report, usually within 24 hours, and will help the police with any investigation.</li>
<li>If you think you’ve been scammed, tell your bank straight away.</li>
</ol>
          </div>
        </div>
        <div class="article-votes">
          <span class="article-votes-question" id="article-votes-label">Was this article helpful?</span>
          <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
            <button type="button" class="article-vote article-vote-up" aria-label="This article was helpful" aria-pressed="false">Yes</button>
            <button type="button" class="article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button>
          </div>
          <small class="article-votes-count"><span class="article-vote-label">1,284 out of 1,402 found this helpful</span></small>
        </div>
        <div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
      </section>
      <footer>
        <section class="article-relatives">
          <div class="recent-articles" role="region" aria-labelledby="recent-articles-title">
            <h3 id="recent-articles-title">Recently viewed articles</h3>
            <ul>
              <li><a href="/hc/en-gb/articles/4410382716052">What is Loftly Pay and how does it protect me?</a></li>
              <li><a href="/hc/en-gb/articles/4410382716060">How to spot a fake buyer</a></li>
            </ul>
          </div>
          <div class="related-articles" role="region" aria-labelledby="related-articles-title">
            <h3 id="related-articles-title">Related articles</h3>
            <ul>
              <li><a href="/hc/en-gb/articles/4410382716050">Should I let a buyer into my home?</a></li>
              <li><a href="/hc/en-gb/articles/4410382716061">Reporting a user or a listing</a></li>
              <li><a href="/hc/en-gb/articles/4410382716062">Buyer Protection explained</a></li>
            </ul>
          </div>
        </section>
      </footer>
    </article>
  </div>
</div>
</main>
<footer class="footer">
  <div class="footer-inner">
    <a href="https://www.loftly.example/terms">Terms</a>
    <a href="https://www.loftly.example/privacy">Privacy</a>
    <a href="https://www.loftly.example/cookies">Cookie settings</a>
    <a href="https://www.loftly.example/safety">Safety centre</a>
    <p>© 2026 Loftly Ltd, 40 Duke Street, Liverpool L1 5ZZ. Registered in England and Wales, company no. 11482093.</p>
  </div>
</footer>
</body>
</html>
"""



# ================================================================== 8. A couple's wedding website (HTML)

WEDDING_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hannah &amp; Tom · 12.09.2026</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Hannah &amp; Tom are getting married!">
<meta property="og:description" content="Saturday 12 September 2026, The Steading at Methven Mill, Perthshire">
<style>
  :root { --sage: #7d9276; --cream: #faf7f1; --ink: #33312c; --blush: #e9c9bd; }
  body { margin: 0; font-family: Georgia, "Times New Roman", serif; color: var(--ink); background: var(--cream); line-height: 1.7; }
  nav.site-nav { position: sticky; top: 0; background: rgba(250,247,241,.95); text-align: center; padding: 12px; border-bottom: 1px solid #e4ddd0; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 13px; letter-spacing: .12em; text-transform: uppercase; }
  nav.site-nav a { color: var(--ink); text-decoration: none; margin: 0 12px; }
  .hero { text-align: center; padding: 90px 20px 70px; background: linear-gradient(#fff0, #fff0), url("images/kinnoull-hill.jpg") center/cover; }
  .hero .names { font-family: "Brush Script MT", cursive; font-size: 64px; color: var(--sage); margin: 0; }
  .hero .date { font-size: 18px; letter-spacing: .2em; text-transform: uppercase; }
  .countdown { display: inline-block; margin-top: 16px; border: 1px solid var(--sage); padding: 6px 18px; font-family: Arial, sans-serif; font-size: 14px; }
  section { max-width: 760px; margin: 0 auto; padding: 48px 24px; border-bottom: 1px solid #e4ddd0; }
  section h2 { font-family: "Brush Script MT", cursive; font-weight: normal; font-size: 44px; color: var(--sage); text-align: center; margin: 0 0 18px; }
  .photo { text-align: center; font-size: 13px; font-style: italic; color: #6b665c; }
  .timeline { list-style: none; padding: 0; }
  .timeline li { display: flex; gap: 18px; padding: 10px 0; border-bottom: 1px dotted #cfc7b8; }
  .timeline .time { flex: 0 0 90px; font-family: Arial, sans-serif; font-weight: bold; color: var(--sage); }
  table.hotels { width: 100%; border-collapse: collapse; font-size: 15px; }
  table.hotels th, table.hotels td { padding: 8px; border-bottom: 1px solid #e4ddd0; text-align: left; vertical-align: top; }
  .gift-card { background: #fff; border: 1px solid var(--blush); padding: 18px 22px; border-radius: 6px; }
  details { border-bottom: 1px solid #e4ddd0; padding: 10px 0; }
  summary { cursor: pointer; font-weight: bold; }
  form.rsvp label { display: block; margin-top: 12px; font-family: Arial, sans-serif; font-size: 14px; }
  form.rsvp input[type=text], form.rsvp textarea { width: 100%; padding: 8px; border: 1px solid #cfc7b8; }
  form.rsvp button { margin-top: 16px; background: var(--sage); color: #fff; border: 0; padding: 10px 28px; font-size: 15px; }
  footer { text-align: center; font-family: Arial, sans-serif; font-size: 12px; color: #8a8475; padding: 30px; }
</style>
</head>
<body>
<nav class="site-nav" aria-label="Wedding website">
  <a href="#home">Home</a><a href="#story">Our story</a><a href="#day">The day</a><a href="#travel">Travel</a><a href="#stay">Where to stay</a><a href="#gifts">Gifts</a><a href="#faqs">FAQs</a><a href="#rsvp">RSVP</a>
</nav>

<header class="hero" id="home">
  <p class="date">We’re getting married</p>
  <h1 class="names">Hannah &amp; Tom</h1>
  <p class="date">Saturday 12 September 2026 · Perthshire</p>
  <div class="countdown" data-target="2026-09-12T14:00:00">187 days to go</div>
</header>

<section id="story">
  <h2>Our story</h2>
  <p>We met on a wet Friday night in March 2022, in the sports hall at North Muirton Community Campus in Perth. Tom was a probationer on the Perth community policing team, about three weeks into the job. Hannah was the youth worker on the door with a clipboard and a tuck shop, and the first thing she ever said to him was that he was standing in the goal.</p>
  <p>If you don’t know the story of how we met, you need to know about Pitch Up. Pitch Up is the Friday-night football that Police Scotland’s Perth community team started with Perth &amp; Kinross Council’s youth services, after months of complaints about teenagers hanging about the shops with nothing to do. Every Friday from 7 to 10pm the hall at North Muirton opens for five-a-side: the officers play in the teams (badly, in Tom’s case), the council’s youth workers run the door, the tuck shop and the quiet chats in the corridor, and anyone aged 12 to 17 can turn up. In the first year about 60 young people came every week, and calls to the police about antisocial behaviour in North Muirton on Friday nights fell by a third. It’s still going, and we both still go when our shifts allow.</p>
  <p class="photo"><img src="images/pitch-up-2022.jpg" alt="Hannah and Tom in the North Muirton sports hall in 2022, Tom in a red bib" width="640" height="420"><br>The only photo of us from that year. Tom’s team lost 9–2.</p>
  <p>It took Tom another four months and a lot of encouragement from the under-15s to ask Hannah out. We moved in together in Craigie in 2023, acquired a dog called Bramble in 2024, and in June 2025 Tom proposed at the top of Kinnoull Hill, in the rain, with the ring in a sandwich bag so it didn’t get wet. Hannah said yes before he’d got it open.</p>
</section>

<section id="day">
  <h2>The day</h2>
  <p>The ceremony and reception are both at <strong>The Steading at Methven Mill</strong>, Methven, Perthshire PH1 3ZZ, so once you’re there, you’re there.</p>
  <ul class="timeline">
    <li><span class="time">1.30pm</span><span>Please arrive and find a seat</span></li>
    <li><span class="time">2.00pm</span><span>Ceremony in the barn (humanist, about 30 minutes)</span></li>
    <li><span class="time">2.45pm</span><span>Drinks, canapés and photos in the courtyard (weather permitting!)</span></li>
    <li><span class="time">5.00pm</span><span>Dinner and speeches</span></li>
    <li><span class="time">8.00pm</span><span>Ceilidh with The Tay Riders, then a DJ</span></li>
    <li><span class="time">9.30pm</span><span>Evening guests arrive; stovies at 10pm</span></li>
    <li><span class="time">12.30am</span><span>Carriages (the shuttle bus back to Perth)</span></li>
  </ul>
  <p><strong>Dress code:</strong> smart, and wear what makes you happy. Kilts very welcome. The barn floor is old, so maybe leave the stilettos at home. It will be September in Scotland: bring a jacket.</p>
</section>

<section id="travel">
  <h2>Travel</h2>
  <p><strong>By train:</strong> Perth station has direct trains from Edinburgh, Glasgow, Dundee and Inverness. We’ve booked a shuttle bus from the station forecourt at 12.45pm and 1.05pm, and back into Perth (station and city centre hotels) at 12.30am.</p>
  <p><strong>By car:</strong> Methven is six miles west of Perth on the A85. There’s parking for about 60 cars at the venue, and you can leave your car overnight and collect it by 11am on Sunday.</p>
  <p><strong>Taxis:</strong> Perth taxis get booked up on Saturday nights, so book ahead. Fair City Cabs: 01632 960 960.</p>
</section>

<section id="stay">
  <h2>Where to stay</h2>
  <table class="hotels">
    <thead><tr><th>Where</th><th>Distance</th><th>Notes</th></tr></thead>
    <tbody>
      <tr><td>The Salutation Hotel, Perth</td><td>6 miles</td><td>We have a block of 15 rooms until 1 June; quote “Kerr–Bryce”</td></tr>
      <tr><td>Parklands Hotel, Perth</td><td>6 miles</td><td>Near the station, on the shuttle route</td></tr>
      <tr><td>Methven Arms (rooms above the pub)</td><td>Walking distance</td><td>Only four rooms, so be quick</td></tr>
      <tr><td>Airbnbs in Crieff and Perth</td><td>6–10 miles</td><td>Lots of choice; the shuttle only goes to Perth</td></tr>
    </tbody>
  </table>
</section>

<section id="gifts">
  <h2>Gifts</h2>
  <p>Honestly, having you there is the present. We’ve lived together for three years and own more mugs than any two people need. If you would like to give something, we’d love you to make a donation to a small Perth charity that means a lot to us.</p>
  <div class="gift-card">
    <p><strong>Open Kitchen Perth</strong></p>
    <p>Open Kitchen Perth cooks a hot Sunday dinner for anyone who wants one, in the church hall on Scott Street: people who are homeless, people on their own, people whose money has run out before the end of the month. Nobody is asked any questions, the food is made from donated and surplus supplies by a rota of volunteer cooks, and there’s always seconds. Hannah’s mum Morag has been on the rota for ten years. They serve about 80 dinners every Sunday, and more than 30,000 since they started in 2016.</p>
    <p><a href="https://www.openkitchenperth.example/donate">Donate to Open Kitchen Perth</a> (please add “Hannah &amp; Tom” in the message so we can say thank you)</p>
  </div>
  <p>If you’d really rather give us something to open, we won’t say no to a contribution to the honeymoon (Skye, and then as far north as the campervan will go).</p>
</section>

<section id="faqs">
  <h2>FAQs</h2>
  <details><summary>Can I bring a plus one?</summary><p>If your invitation has your plus one’s name on it, yes! We’re afraid we can’t stretch to any more than that.</p></details>
  <details><summary>Are children invited?</summary><p>We love your kids, but apart from our nieces and nephews we’ve kept the day grown-ups only. We hope you enjoy the night off.</p></details>
  <details><summary>Will there be lots of police there?</summary><p>About a dozen of Tom’s shift are coming, and yes, they have asked about a guard of honour with their hats. They’ll all be off duty, so please don’t ask them about your parking tickets.</p></details>
  <details><summary>Is there a hashtag?</summary><p>#HannahAndTomTieTheKnot. We’d love to see your photos, but please keep phones away during the ceremony: our photographer, Ailsa, has it covered.</p></details>
  <details><summary>Any dietary needs?</summary><p>Tell us on the RSVP form and the caterers will look after you.</p></details>
  <details><summary>I can’t find the venue!</summary><p>Call Hannah’s brother Callum, our chief usher, on 07700 900 612.</p></details>
</section>

<section id="rsvp">
  <h2>RSVP</h2>
  <p>Please let us know by <strong>30 June 2026</strong>.</p>
  <form class="rsvp" action="https://www.weddingsites.example/forms/hannah-and-tom/rsvp" method="post">
    <label for="rsvp-name">Your name(s)</label>
    <input type="text" id="rsvp-name" name="name">
    <fieldset>
      <legend>Will you be joining us?</legend>
      <label><input type="radio" name="attending" value="yes"> Joyfully accepts</label>
      <label><input type="radio" name="attending" value="no"> Regretfully declines</label>
    </fieldset>
    <label for="rsvp-diet">Dietary requirements</label>
    <input type="text" id="rsvp-diet" name="diet">
    <label for="rsvp-song">Which song will get you on the dance floor?</label>
    <input type="text" id="rsvp-song" name="song">
    <label for="rsvp-note">A note for us (optional)</label>
    <textarea id="rsvp-note" name="note" rows="3"></textarea>
    <button type="submit">Send RSVP</button>
  </form>
</section>

<footer>
  <p>Hannah Kerr &amp; Tom Bryce · 12.09.2026 · Made with love and a free wedding website builder</p>
</footer>
<script>
  (function () {
    var el = document.querySelector('.countdown');
    var days = Math.ceil((new Date(el.dataset.target) - new Date()) / 86400000);
    if (days > 0) { el.textContent = days + ' days to go'; }
  })();
</script>
</body>
</html>
"""



# ================================================================== 9. A local history society's programme of talks (HTML)

TALKS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Talks programme 2025–26 | Kesteven Hundreds Local History Society</title>
<meta name="description" content="Monthly talks on the history of Sleaford and the villages of Kesteven, second Tuesday of the month, 7.30pm.">
<style>
  body { margin: 0; font-family: Verdana, Geneva, sans-serif; font-size: 14px; color: #2a2a2a; background: #f3efe6; }
  #wrapper { max-width: 980px; margin: 0 auto; background: #fff; box-shadow: 0 0 8px rgba(0,0,0,.15); }
  #masthead { background: #5a2d2d; color: #fff; padding: 22px 28px 16px; }
  #masthead .site-title { font-family: Georgia, serif; font-size: 28px; margin: 0; }
  #masthead .site-title a { color: #fff; text-decoration: none; }
  #masthead .tagline { font-style: italic; color: #e8d9c4; margin: 4px 0 0; font-size: 13px; }
  #menu { background: #3f1f1f; padding: 0 20px; }
  #menu a { display: inline-block; color: #f3efe6; text-decoration: none; padding: 10px 12px; font-size: 13px; }
  #menu a.current { background: #f3efe6; color: #5a2d2d; font-weight: bold; }
  #content { display: flex; gap: 26px; padding: 24px 28px; }
  #primary { flex: 3; }
  #secondary { flex: 1; font-size: 13px; }
  h1 { font-family: Georgia, serif; color: #5a2d2d; font-size: 26px; margin-top: 0; }
  .talk { display: flex; gap: 18px; border-top: 1px solid #ddd2c0; padding: 16px 0; }
  .talk .when { flex: 0 0 78px; text-align: center; background: #f3efe6; border: 1px solid #ddd2c0; padding: 6px 0; height: fit-content; }
  .talk .when .day { display: block; font-size: 26px; font-family: Georgia, serif; color: #5a2d2d; }
  .talk .when .month { display: block; text-transform: uppercase; font-size: 11px; letter-spacing: .08em; }
  .talk h2 { font-family: Georgia, serif; font-size: 18px; margin: 0 0 4px; color: #5a2d2d; }
  .talk .speaker { font-style: italic; margin: 0 0 8px; color: #555; }
  .talk.past { opacity: .75; }
  .badge { display: inline-block; font-size: 10px; text-transform: uppercase; letter-spacing: .06em; padding: 1px 6px; border-radius: 3px; background: #ccc; color: #333; margin-left: 6px; vertical-align: middle; }
  .badge.next { background: #c8a24a; color: #fff; }
  .widget { background: #f3efe6; border: 1px solid #ddd2c0; padding: 12px 14px; margin-bottom: 16px; }
  .widget h3 { font-family: Georgia, serif; color: #5a2d2d; margin: 0 0 8px; font-size: 16px; }
  table.visits { border-collapse: collapse; width: 100%; font-size: 13px; }
  table.visits td, table.visits th { border: 1px solid #ddd2c0; padding: 5px 8px; text-align: left; }
  #colophon { background: #3f1f1f; color: #d8c9b4; font-size: 12px; padding: 16px 28px; }
  #colophon a { color: #fff; }
</style>
</head>
<body>
<div id="wrapper">
<header id="masthead">
  <p class="site-title"><a href="/">Kesteven Hundreds Local History Society</a></p>
  <p class="tagline">Sleaford and the villages since 1974 · Registered charity no. 1059882</p>
</header>
<nav id="menu" aria-label="Main menu">
  <a href="/">Home</a><a class="current" href="/talks/">Talks</a><a href="/visits/">Summer visits</a><a href="/publications/">Publications</a><a href="/war-memorials/">War Memorials Record</a><a href="/join/">Join us</a><a href="/contact/">Contact</a>
</nav>
<div id="content">
<main id="primary">
<h1>Talks programme 2025–26</h1>
<p>Our talks are on the second Tuesday of the month from October to May, at 7.30pm in St Denys’ Church Rooms, Sleaford. Members free; visitors very welcome at £4, which includes tea and biscuits. The rooms are step-free and have a hearing loop. Talks last about an hour, with questions after.</p>

<article class="talk past">
  <div class="when"><span class="day">14</span><span class="month">Oct 2025</span></div>
  <div>
    <h2>Barges to Boston: the Sleaford Navigation, 1794–1878 <span class="badge">Past talk</span></h2>
    <p class="speaker">Dr Margaret Hollis</p>
    <p>How a thirteen-mile canal made Sleaford a market town for coal, corn and timber, and why the railway killed it in barely twenty years. With the society’s collection of toll tickets and the lock-keeper’s day book from 1831.</p>
  </div>
</article>

<article class="talk past">
  <div class="when"><span class="day">11</span><span class="month">Nov 2025</span></div>
  <div>
    <h2>Names on the stone: five years of the War Memorials Record <span class="badge">Past talk</span></h2>
    <p class="speaker">Jean Oakes and Peter Marriott, for the society</p>
    <p>For Remembrance, two of the volunteers behind our biggest project tell its story. The War Memorials Record is the society’s own project: since 2021 our members have photographed, transcribed and researched every war memorial in the old Kesteven district, from village crosses to school and chapel plaques, and written a short life for every name. All 64 memorials and 3,112 names are now on our website, and more than 200 families, some from as far away as Canada and New Zealand, have written to us with photographs and letters of their own. The talk was followed by the two-minute silence at the memorial on the Market Place.</p>
  </div>
</article>

<article class="talk past">
  <div class="when"><span class="day">9</span><span class="month">Dec 2025</span></div>
  <div>
    <h2>Christmas social and picture quiz <span class="badge">Past talk</span></h2>
    <p class="speaker">Quizmaster: Brian Ellerby</p>
    <p>Mince pies, mulled wine and forty old photographs of Sleaford to put a date to. The winning table took home the society’s wooden spoon for the third year running.</p>
  </div>
</article>

<article class="talk past">
  <div class="when"><span class="day">13</span><span class="month">Jan 2026</span></div>
  <div>
    <h2>“A sober, steady man”: Lincolnshire’s first county police, 1857–1900 <span class="badge">Past talk</span></h2>
    <p class="speaker">Retired Inspector Graham Todd</p>
    <p>When the county force was formed in 1857, each village constable was expected to walk twenty miles a day and to live above reproach. Drawing on the old conduct books, Graham told the stories of the constables of Kesteven: the drunk, the brave and the one who was dismissed for keeping pigs in the lock-up.</p>
  </div>
</article>

<article class="talk past">
  <div class="when"><span class="day">10</span><span class="month">Feb 2026</span></div>
  <div>
    <h2>Rogues, quacks and swindlers: two centuries of fraud in Lincolnshire <span class="badge">Past talk</span></h2>
    <p class="speaker">Sunita Rai, Lincolnshire Trading Standards</p>
    <p>From the patent medicine sellers at Sleaford market to the lottery letters of the 1990s, Sunita showed that the tricks have hardly changed, only the means. She finished with the scam telephone calls of today, and what is being done about them.</p>
    <p>Since 2020 Lincolnshire County Council’s Trading Standards team has fitted free call blockers in the homes of older people who have been targeted by scam and nuisance callers, often after a neighbour or relative has raised the alarm. More than 1,400 have now been fitted across the county; they stop about 98 per cent of unwanted calls, and the team reckons they have saved people who were being targeted more than £2 million between them.</p>
  </div>
</article>

<article class="talk">
  <div class="when"><span class="day">10</span><span class="month">Mar 2026</span></div>
  <div>
    <h2>Nighthawks: heritage crime in Kesteven today <span class="badge next">Next talk</span></h2>
    <p class="speaker">PC Daniel Mercer, Lincolnshire Police rural crime team</p>
    <p>Lincolnshire has more than 600 scheduled monuments, and they are at risk from thieves who strip lead from church roofs and from “nighthawks”, who dig protected sites at night with metal detectors and sell what they find. Daniel will explain how the police go about catching them.</p>
    <p>Operation Barrowguard is Lincolnshire Police’s answer to nighthawking. Since 2021 the force’s rural crime team has worked with Historic England and landowners to watch the county’s most vulnerable scheduled monuments, with night patrols, hidden cameras lent by Historic England and a network of farmers and responsible detectorists who report anyone digging where they shouldn’t. Offences reported at scheduled monuments in Lincolnshire fell from 31 in 2020 to 9 last year, and 19 people have been prosecuted or cautioned, two of them after finds were traced to online auctions.</p>
  </div>
</article>

<article class="talk">
  <div class="when"><span class="day">14</span><span class="month">Apr 2026</span></div>
  <div>
    <h2>Eight sails and a fantail: Heckington windmill</h2>
    <p class="speaker">Roger Blankley</p>
    <p>The only eight-sailed windmill in Britain still standing on its original site, and the families who worked it.</p>
  </div>
</article>

<article class="talk">
  <div class="when"><span class="day">12</span><span class="month">May 2026</span></div>
  <div>
    <h2>Annual General Meeting, then members’ evening</h2>
    <p class="speaker">Chair: Mrs Ann Wheatley</p>
    <p>The AGM (papers on the website a fortnight before), followed by ten-minute talks from members on anything they have found out this year. Offers to Brian, please.</p>
  </div>
</article>

<h2>Summer visits 2026</h2>
<table class="visits">
  <thead><tr><th>Date</th><th>Visit</th><th>Cost</th></tr></thead>
  <tbody>
    <tr><td>Sat 13 June</td><td>Lincoln Castle and the Victorian prison (guided)</td><td>£18 incl. coach</td></tr>
    <tr><td>Wed 15 July</td><td>Tattershall Castle and Dogdyke pumping station</td><td>£15 incl. coach</td></tr>
    <tr><td>Sun 9 August</td><td>Walk: the lost village of Kirkby Laythorpe</td><td>Free</td></tr>
  </tbody>
</table>
</main>

<aside id="secondary">
  <div class="widget">
    <h3>Next talk</h3>
    <p><strong>Tuesday 10 March, 7.30pm</strong><br>Nighthawks: heritage crime in Kesteven today<br>St Denys’ Church Rooms, Sleaford NG34 7ZZ</p>
  </div>
  <div class="widget">
    <h3>Membership</h3>
    <p>£15 a year single, £25 joint, £5 under-25s. Members get free talks, our journal <em>Hundreds</em> twice a year and first pick of the summer visits.</p>
    <p><a href="/join/">Join online</a></p>
  </div>
  <div class="widget">
    <h3>Contact</h3>
    <p>Programme secretary: Brian Ellerby<br>01632 960 274<br>talks@example.org</p>
  </div>
</aside>
</div>
<footer id="colophon">
  <p>© Kesteven Hundreds Local History Society 2026. We are a member of the Society for Lincolnshire History and Archaeology. <a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility</a></p>
</footer>
</div>
</body>
</html>
"""



# ================================================================== 10. A podcaster's interview preparation notes (Markdown)

PREP_MD = """# EP31 prep: Carys Lloyd (Second Spin Cymru)

**Show:** Small Town Good
**Recording:** Thu 19 March 2026, 10:30, remote (Riverside link sent 12/3)
**Publish:** Tue 7 April (slot moved from 31/3, Easter)
**Status:** prep done · questions sent to Carys 13/3 · release form NOT back yet

---

## Guest

- **Carys Lloyd** (say it KAR-iss, not CARE-iss; she/her)
- Founder and manager, Second Spin Cymru, Newport. Charity since 2021, CIC before that
- Ex-mechanic at Halfords for 11 years, then ran the bike workshop at a youth centre in Pill until the funding went
- Lives in Maindee, two kids, a tandem, "far too many bikes"
- Very good talker, goes on a bit (her words!). Happy to be interrupted
- Welsh speaker: ask her to say the charity's name in Welsh for the intro? (Ail Dro Cymru)

## About Second Spin (from their site + our call on 5 March)

Small workshop under the railway arches off Commercial Road. Three paid staff, about 25 volunteers, a van. They refurbish donated bikes and sell some in the shop to pay the rent, but the point is what the bikes do for people.

Two things to get her to talk about:

1. Pedal On

Pedal On is the partnership with Gwent Police that made their name. The force's property team hands over the recovered bikes that nobody ever claims (it used to auction or scrap them), and the force's youth diversion officers refer young people aged 13 to 17 who have been caught for low-level offences, quite often bike theft, to an eight-week course in the workshop. Each one strips down and rebuilds one of those bikes with a mechanic, one evening a week, and keeps it at the end. Since it started in 2022 the police have handed over about 430 bikes, 96 young people have finished the course and seven are now apprentices or working in bike shops. Gwent Police told her about one in ten of the ones who finished got into trouble again within a year, against about one in three for similar kids who didn't do it.

> "The first week they won't look at you. By week four they're arguing with me about gear ratios." (Carys, on our call)

2. Wheels to Work

Wheels to Work is their own scheme, no police involved: they lend a refurbished bike with a lock, lights and a helmet, free for three months, to anyone starting a job or training who can't get there on the bus (early shifts at the distribution centres, mostly). People are sent by the Jobcentre and the housing associations or just walk in. If you're still in the job after three months you keep the bike. 210 loans since 2023, and 160 people kept theirs.

- Also: Saturday "Dr Bike" sessions, £5, fix anything small. Not a big deal, don't spend time on it
- Funded by: National Lottery Community Fund, a Newport City Council grant, shop sales, the Gwent PCC's community fund (check she's happy to name them all)

## Links for show notes

- secondspin.example.org.uk
- Instagram @secondspincymru
- The BBC Wales piece from last year (ask her if she liked it)

## Run of show

| Time | Segment | Notes |
|---|---|---|
| 00:00 | Cold open | clip from the middle, pick in edit |
| 00:30 | Intro + ad read 1 | Harbour Coffee |
| 02:00 | Carys's story | Halfords to Pill to the arches |
| 10:00 | Pedal On | the police bit; how it started; a young person's story (no names) |
| 22:00 | Wheels to Work | |
| 30:00 | Ad read 2 | Harbour Coffee again (mid-roll) |
| 31:00 | Money and what's next | |
| 38:00 | Quickfire | |
| 42:00 | Outro | plug, thanks, next week's guest |

## Questions

1. Take us back: what was the moment you thought, I could do this myself?
2. What's a bike workshop actually like on a Tuesday night?
3. How did a police force end up giving you bikes? Whose idea was Pedal On?
4. What happens in week one? What happens in week eight?
5. Is there one young person you think about? (no names, nothing identifying)
6. Some people will say, why reward kids who've been in trouble with a free bike. What do you say?
7. Wheels to Work: why bikes and not bus passes?
8. What does it cost to run? What keeps you awake?
9. If someone listening wants to start something like this in their town, where do they start?
10. Quickfire: best bike you've ever fixed / worst puncture / tea or coffee / one thing you'd change about Newport

## Careful / don't ask

- Don't ask about the break-in at the workshop in 2024, she's talked about it enough and the case is still going through court
- Don't name any of the young people, even first names, even if she does (edit out)
- Her ex used to work with the youth centre, skip that part of the story

## Ad read (Harbour Coffee, 60 sec, script from them)

> Small Town Good is supported by Harbour Coffee, roasted by the sea in Penarth. Their new Morning Tide blend is smooth, chocolatey and ethically sourced, and listeners get 20% off their first bag with the code SMALLTOWN at harbourcoffee.example. Harbour Coffee: good coffee, good people.

## After

- [ ] Chase release form (Carys)
- [ ] Ask for 2 photos of the workshop for artwork
- [ ] Pull 3 clips for socials (Pedal On bit will be the one)
- [ ] Send Carys the link on publish day
- [x] Book studio for EP32 (Raj, food bank, 26/3)
"""



# ================================================================== 11. A community poetry anthology (plain text)

POEMS_TXT = """                         WORD ON THE STREET

          Poems by young people from Blakenall and Birchills

                 edited by Marcia Lewis-Grant

                    Black Country Verse, 2026

                  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

   This is the plain-text edition of the pamphlet, made for screen
   readers and for reading aloud. The printed pamphlet has the
   young people's drawings; this one has only the words.


CONTENTS

   Introduction ..................................... Marcia Lewis-Grant
   Postcode .................................................. Kyra, 14
   What my nan says ......................................... Tyrese, 15
   Blue lights on Coalpool Lane ............................... Amira, 13
   Ode to the chip shop on Green Lane .......................... Josh, 16
   The PCSO asked me what I'd change ........................... Leah, 15
   I am not a statistic ...................................... Daniel, 17
   Monday, again ................................................ Sam, 14
   Things I did not say (for the young people) ........... PCSO Dean Hart
   About Black Country Verse
   Thank you


INTRODUCTION

In September a boy of fourteen told me poetry was "for posh kids
and dead people". In November he read a poem about his nan to a
room of a hundred and forty people and got a standing ovation. This
pamphlet is what happened in between.

Word on the Street was ten weeks of poetry workshops that Black
Country Verse ran with West Midlands Police's Walsall neighbourhood
team, on Tuesday and Thursday evenings in two youth clubs in
Blakenall and Birchills, from September to November 2025. The idea
came from the neighbourhood team, who wanted a way to talk with
young people that wasn't a stop or a warning. Two of our poets led
every session, and each week officers and PCSOs from the team sat
at the same tables and did the same exercises as everyone else,
including reading their work out loud, which they found far harder
than the young people did. Forty-eight young people aged 12 to 17
came at least once, and thirty-one came to six sessions or more.
Their poems are in this pamphlet and were read at the New Art
Gallery Walsall on 28 November. The youth club leaders tell us that
since the workshops, young people who used to cross the road to
avoid the police now stop to talk to them, and the neighbourhood
team has been asked back to both clubs for the spring.

The poems are printed as the young people wrote them. We have
corrected spelling where they asked us to and nothing else. Some of
them are angry, some are funny, and one is about chips.

Marcia Lewis-Grant
Poet in residence, Black Country Verse


------------------------------------------------------------------------

POSTCODE
Kyra, 14

   They say you can tell a lot from a postcode.
   Mine says: bus at ten past, if it comes.
   Mine says: Mum on lates at the big Tesco.
   Mine says: three of us in one room and the damp
   drawing maps on the ceiling.
   It doesn't say I can sing.
   It doesn't say I got a seven in maths.
   Postcodes don't say everything.
   Ask me.

------------------------------------------------------------------------

WHAT MY NAN SAYS
Tyrese, 15

   My nan says keep your head down.
   My nan says don't give them a reason.
   My nan says her brother got stopped
   every Friday in 1985
   for walking home.
   My nan says times have changed.
   My nan says it like a question.

------------------------------------------------------------------------

BLUE LIGHTS ON COALPOOL LANE
Amira, 13

   Blue lights on Coalpool Lane again,
   my little brother at the window
   counting them like fireworks.
   One, two, three cars.
   I close the curtains
   and tell him it's nothing,
   the way Mum told me.

------------------------------------------------------------------------

ODE TO THE CHIP SHOP ON GREEN LANE
Josh, 16

   O chip shop, O golden temple of grease,
   open till eleven, home of the large chips
   for a pound fifty if Mr Kaur likes you.
   You were there when I failed my mocks.
   You were there when Ellie dumped me.
   You will be there when I am old,
   probably,
   if the rent doesn't go up again.

------------------------------------------------------------------------

THE PCSO ASKED ME WHAT I'D CHANGE
Leah, 15

   The PCSO asked me what I'd change.
   I said the park, with the lights that don't work.
   I said the bus that doesn't come.
   I said the way people look at my hoodie.
   She wrote it all down.
   I don't know if anything will change.
   But she wrote it all down.

------------------------------------------------------------------------

I AM NOT A STATISTIC
Daniel, 17

   I am not a line on your graph.
   I am not the "youths" in your report.
   I am a brother and a grandson and a Villa fan
   and an apprentice electrician from September,
   and when I wire your house
   you will not know where I'm from,
   only that the lights come on.

------------------------------------------------------------------------

MONDAY, AGAIN
Sam, 14

   Alarm. Snooze. Alarm.
   Cereal, no milk.
   Bus, late. School, loud.
   Detention, for the bus being late.
   Home. Chips. Phone.
   Sleep.
   Monday, again.

------------------------------------------------------------------------

THINGS I DID NOT SAY (FOR THE YOUNG PEOPLE)
PCSO Dean Hart, Walsall neighbourhood team

   I did not say I was nervous too.
   I did not say I grew up four streets away
   and crossed the road from the police myself.
   I did not say your poems were better than mine
   (they were).
   I am saying it now.

------------------------------------------------------------------------


ABOUT BLACK COUNTRY VERSE

Black Country Verse is a small poetry charity based in Walsall. We
run writing workshops in schools, youth clubs, libraries, care homes
and prisons across the Black Country, and we publish a pamphlet of
new writing every year.

Mic Drop is our free open mic for writers and performers under 25,
on the first Thursday of every month at Walsall Central Library,
with a different guest poet each time and a rule that everyone
claps. Since it began in March 2023 we have held 29 nights, and 170
young people have read or performed in public for the first time.
Come along: you can just listen.

Black Country Verse, Registered charity no. 1187734
www.blackcountryverse.example  ·  hello@example.org  ·  01632 960 338


THANK YOU

To the young people of Blakenall and Birchills, for their words and
their patience. To the youth workers at Blakenall Youth Club and the
Birchills Hub, for the rooms, the biscuits and the lifts home. To the
officers and PCSOs of the Walsall neighbourhood team who wrote with
us. To the New Art Gallery Walsall for hosting the reading.

Word on the Street was funded by Arts Council England through
National Lottery Project Grants and by a community grant from the
West Midlands Police and Crime Commissioner.

Poems (c) the poets 2026. Introduction (c) Marcia Lewis-Grant 2026.
Printed by Caldmore Print, Walsall. 500 copies.
Free. Not for resale.

------------------------------------------------------------------------
"""



# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "loftly-help-centre-meeting-up-safely-to-buy-or-sell.html": lambda: HELP_HTML,
    "hannah-and-tom-wedding-website-12-september-2026.html": lambda: WEDDING_HTML,
    "kesteven-hundreds-local-history-society-talks-programme-2025-26.html": lambda: TALKS_HTML,
    "small-town-good-ep31-prep-carys-lloyd-second-spin-cymru.md": lambda: PREP_MD,
    "word-on-the-street-poems-from-blakenall-and-birchills-2026.txt": lambda: POEMS_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    parish_magazine(out)
    property_particulars(out)
    water_bill(out)
    hall_hire(out)
    locksmith_quote(out)
    house_sitter_notes(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
