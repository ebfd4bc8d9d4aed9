"""Write the documents of the forty-ninth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout49/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a village's community emergency plan,
a cycling sportive's rider information pack, a rural charity's Christmas card and gift catalogue
with an order form, a peer reviewer's report on a journal manuscript, a parish clerk's report to a
council meeting and a Brownie unit's term programme for parents. The HTML, Markdown and plain-text
documents (a young carers' charity's donate page, a museum's schools and groups page, a makers'
market's 'Meet the makers' page, a freelance journalist's feature pitch kept as Markdown and a
webinar's saved Zoom chat) are kept here as text and written out unchanged; manifest.json lists
every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-eighth set's make.py (which took them from the forty-seventh, and it, by
way of the forty-sixth, the forty-fifth, the forty-fourth and the forty-third, from the
forty-second).
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


# ================================================================== shared helpers (taken unchanged from the forty-eighth set, which took them from the forty-seventh and it, by way of the forty-sixth, the forty-fifth, the forty-fourth and the forty-third, from the forty-second)

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


# ================================================================== Word helpers (taken unchanged from the forty-eighth set, which took them from the forty-seventh and it, by way of the forty-sixth, the forty-fifth, the forty-fourth and the forty-third, from the forty-second)


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


# ================================================================== 1. A village's community emergency plan (PDF)

EP_SLATE = colors.HexColor("#263238")
EP_ORANGE = colors.HexColor("#E8731C")
EP_PALE = colors.HexColor("#FFF1E3")
EP_BLUE = colors.HexColor("#1F5F8B")
EP_RED = colors.HexColor("#B3261E")
EP_GREY = colors.HexColor("#ECEFF1")
EP_FILE = "cragg-vale-community-emergency-plan-v3-2026.pdf"


def _ep_icon(canvas, x, y):
    """A house with waves under it, drawn in white and orange."""
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y + 6 * mm, 16 * mm, 11 * mm, stroke=0, fill=1)
    path = canvas.beginPath()
    path.moveTo(x - 2 * mm, y + 17 * mm)
    path.lineTo(x + 8 * mm, y + 25 * mm)
    path.lineTo(x + 18 * mm, y + 17 * mm)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(EP_SLATE)
    canvas.rect(x + 6.2 * mm, y + 6 * mm, 3.6 * mm, 6 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(EP_ORANGE)
    canvas.setLineWidth(1.6)
    for row in range(2):
        path = canvas.beginPath()
        yy = y + 3.6 * mm - row * 3.2 * mm
        path.moveTo(x - 4 * mm, yy)
        for i in range(6):
            cx = x - 4 * mm + i * 4.4 * mm
            path.curveTo(cx + 1.1 * mm, yy + 1.4 * mm, cx + 3.3 * mm, yy + 1.4 * mm, cx + 4.4 * mm, yy)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _ep_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(EP_ORANGE)
    canvas.setLineWidth(1.2)
    canvas.line(16 * mm, 13 * mm, width - 16 * mm, 13 * mm)
    canvas.setFillColor(colors.HexColor("#455A64"))
    canvas.setFont("Helvetica", 7)
    canvas.drawString(16 * mm, 8.5 * mm, "Cragg Vale Resilience Group \u00b7 craggvaleresilience.example \u00b7 "
                      "Public version: home numbers and the list of residents who may need help are removed")
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.drawRightString(width - 16 * mm, 8.5 * mm, "Page %d of 3" % canvas.getPageNumber())
    canvas.restoreState()


def _ep_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(EP_SLATE)
    canvas.rect(0, height - 46 * mm, width, 46 * mm, stroke=0, fill=1)
    canvas.setFillColor(EP_ORANGE)
    canvas.rect(0, height - 49 * mm, width, 3 * mm, stroke=0, fill=1)
    _ep_icon(canvas, 20 * mm, height - 36 * mm)
    canvas.setFillColor(EP_ORANGE)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(46 * mm, height - 16 * mm, "CRAGG VALE")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 21)
    canvas.drawString(46 * mm, height - 26.5 * mm, "Community Emergency Plan")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(46 * mm, height - 33.5 * mm, "For the households of Cragg Vale, Mytholmroyd,")
    canvas.drawString(46 * mm, height - 38 * mm, "in the Upper Calder Valley")
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(0.8)
    canvas.roundRect(width - 58 * mm, height - 40 * mm, 42 * mm, 27 * mm, 2 * mm, stroke=1, fill=0)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(width - 37 * mm, height - 19.5 * mm, "Version 3")
    canvas.setFont("Helvetica", 7.6)
    canvas.drawCentredString(width - 37 * mm, height - 25 * mm, "Agreed January 2026")
    canvas.drawCentredString(width - 37 * mm, height - 29.5 * mm, "Review by January 2027")
    canvas.setFillColor(EP_ORANGE)
    canvas.setFont("Helvetica-Bold", 7.6)
    canvas.drawCentredString(width - 37 * mm, height - 35.5 * mm, "KEEP THIS BY YOUR PHONE")
    canvas.restoreState()
    _ep_foot(canvas, doc)


def _ep_later(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(EP_SLATE)
    canvas.rect(0, height - 11 * mm, width, 11 * mm, stroke=0, fill=1)
    canvas.setFillColor(EP_ORANGE)
    canvas.rect(0, height - 12.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(16 * mm, height - 7 * mm, "CRAGG VALE COMMUNITY EMERGENCY PLAN")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 16 * mm, height - 7 * mm, "Version 3 \u00b7 January 2026")
    canvas.restoreState()
    _ep_foot(canvas, doc)


def _ep_grab_bag(canvas, width, height):
    """A grab bag checklist with drawn tick boxes in two columns."""
    canvas.saveState()
    items = ["Medicines and repeat prescription slip", "Glasses, hearing aids, chargers",
             "Torch and spare batteries", "Warm clothes and a blanket", "Keys, cash and bank cards",
             "Copies of insurance papers", "Phone numbers on paper", "Baby or pet food if you need it",
             "Bottled water and snacks", "Something to pass the time"]
    half = (width - 4 * mm) / 2
    canvas.setFont("Helvetica", 8.2)
    canvas.setFillColor(EP_SLATE)
    canvas.setStrokeColor(EP_SLATE)
    canvas.setLineWidth(0.6)
    for i, item in enumerate(items):
        x = (i % 2) * (half + 4 * mm)
        y = height - 5 * mm - (i // 2) * 6 * mm
        canvas.rect(x, y - 0.6 * mm, 3.4 * mm, 3.4 * mm, stroke=1, fill=0)
        canvas.drawString(x + 5.5 * mm, y, item)
    canvas.restoreState()


def _ep_map(canvas, width, height):
    """A sketch map of the valley: the road, the brook, places of safety and the wardens' marker posts."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#F4F7F2"))
    canvas.setStrokeColor(colors.HexColor("#B0BEC5"))
    canvas.rect(0, 0, width, height, stroke=1, fill=1)
    canvas.setStrokeColor(colors.HexColor("#5B9BD5"))
    canvas.setLineWidth(2.2)
    brook = canvas.beginPath()
    brook.moveTo(4 * mm, height - 8 * mm)
    brook.curveTo(width * 0.3, height * 0.75, width * 0.35, height * 0.35, width * 0.6, height * 0.4)
    brook.curveTo(width * 0.8, height * 0.45, width * 0.85, height * 0.15, width - 4 * mm, 6 * mm)
    canvas.drawPath(brook, stroke=1, fill=0)
    canvas.setStrokeColor(colors.HexColor("#8D6E63"))
    canvas.setLineWidth(1.4)
    canvas.setDash(4, 2)
    road = canvas.beginPath()
    road.moveTo(4 * mm, height - 15 * mm)
    road.curveTo(width * 0.32, height * 0.68, width * 0.38, height * 0.28, width * 0.62, height * 0.32)
    road.curveTo(width * 0.8, height * 0.36, width * 0.8, height * 0.1, width - 10 * mm, 4 * mm)
    canvas.drawPath(road, stroke=1, fill=0)
    canvas.setDash()
    places = [(width * 0.22, height * 0.7, "Village hall"), (width * 0.44, height * 0.56, "School"),
              (width * 0.66, height * 0.5, "Chapel"), (width * 0.5, height * 0.2, "Mill yard (sandbags)")]
    canvas.setFont("Helvetica-Bold", 6.8)
    for x, y, label in places:
        canvas.setFillColor(EP_ORANGE)
        canvas.rect(x - 1.6 * mm, y - 1.6 * mm, 3.2 * mm, 3.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(EP_SLATE)
        canvas.drawString(x + 2.6 * mm, y - 1 * mm, label)
    canvas.setFillColor(EP_BLUE)
    for fx, fy in ((0.12, 0.84), (0.27, 0.6), (0.36, 0.45), (0.55, 0.4), (0.74, 0.38), (0.86, 0.12)):
        canvas.circle(width * fx, height * fy, 1.3 * mm, stroke=0, fill=1)
    canvas.setFont("Helvetica", 6.4)
    canvas.setFillColor(colors.HexColor("#455A64"))
    canvas.drawString(3 * mm, 3 * mm, "Not to scale. Blue dots: the wardens\u2019 marker posts. Dashed: B6138.")
    canvas.drawString(10 * mm, height - 4.5 * mm, "To Blackstone Edge and Ripponden")
    canvas.drawRightString(width - 3 * mm, height * 0.3, "To Mytholmroyd")
    canvas.restoreState()


def emergency_plan(out: Path) -> None:
    width, height = A4
    margin = 16 * mm
    doc = BaseDocTemplate(str(out / EP_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=18 * mm, title="Cragg Vale Community Emergency Plan",
                          author="Cragg Vale Resilience Group", subject="Community emergency plan, version 3",
                          creator="Cragg Vale Resilience Group", invariant=1)
    wide = width - 2 * margin
    gap = 7 * mm
    col = (wide - gap) / 2
    first = Frame(margin, 18 * mm, wide, height - 49 * mm - 6 * mm - 18 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    top = height - 12.2 * mm - 6 * mm
    left = Frame(margin, 18 * mm, col, top - 18 * mm, id="left", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    right = Frame(margin + col + gap, 18 * mm, col, top - 18 * mm, id="right", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    single = Frame(margin, 18 * mm, wide, top - 18 * mm, id="single", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_ep_first),
                          PageTemplate("cols", [left, right], onPage=_ep_later),
                          PageTemplate("single", [single], onPage=_ep_later)])
    h1 = _style("h1", "Helvetica-Bold", 12.5, leading=15, color=EP_SLATE, before=6, after=4)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 10, leading=12.5, color=EP_BLUE, before=5, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 9, leading=12.2, after=5)
    small = _style("s", "Helvetica", 8.2, leading=10.6, after=3)
    cell = _style("c", "Helvetica", 8.2, leading=10.4)
    cell_b = _style("cb", "Helvetica-Bold", 8.2, leading=10.4)
    head = _style("hc", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white)
    step = _style("st", "Helvetica", 9.4, leading=12.4, color=colors.white, left=12, first=-12, after=3)
    bullet = _style("bu", "Helvetica", 8.6, leading=11.4, left=9, first=-9, after=2)

    emergency = _panel([
        Paragraph("IN AN EMERGENCY", _style("ie", "Helvetica-Bold", 13, color=colors.white, after=5)),
        Paragraph("<b>1.</b>&nbsp;&nbsp;If anyone\u2019s life is at risk, or water is coming into homes, ring "
                  "<b>999</b> first.", step),
        Paragraph("<b>2.</b>&nbsp;&nbsp;Then ring the Emergency Co-ordinator on <b>01632 960 210</b> (or the "
                  "deputy on 01632 960 211). If neither answers, leave a message and try the next name on the "
                  "list.", step),
        Paragraph("<b>3.</b>&nbsp;&nbsp;If it is safe, knock on your neighbours\u2019 doors, especially anyone "
                  "who lives alone.", step),
        Paragraph("<b>4.</b>&nbsp;&nbsp;Keep listening: BBC Radio Leeds, Floodline on 0345 988 1188, and the "
                  "village WhatsApp group for updates from the co-ordinator.", step),
    ], wide, fill=EP_RED, pad=9)

    contacts = _grid([
        ["Who", "Name", "Phone", "Who", "Name", "Phone"],
        ["Emergency Co-ordinator", "Helen Sutcliffe", "01632 960 210", "Village hall keys", "Pete Ackroyd",
         "01632 960 214"],
        ["Deputy co-ordinator", "Arif Mahmood", "01632 960 211", "School keys (term time)", "School office",
         "01632 960 215"],
        ["Flood wardens\u2019 lead", "Dave Greenwood", "01632 960 212", "Snow Buddies rota", "Janet Crowther",
         "01632 960 216"],
        ["Communications", "Lily Barraclough", "01632 960 213", "First aiders (3)", "See the hall noticeboard",
         "\u2013"],
        ["Calderdale Council (out of hours)", "Emergency line", "01632 960 299", "Power cut", "Northern Powergrid",
         "105"],
        ["Police (not an emergency)", "", "101", "NHS advice", "", "111"],
    ], [31 * mm, 25 * mm, 24 * mm, 30 * mm, 26 * mm, wide - 136 * mm], cell, head, head_fill=EP_SLATE,
        zebra=EP_GREY)

    glance = _panel([
        Paragraph("Cragg Vale at a glance", _style("g", "Helvetica-Bold", 10, color=EP_ORANGE, after=3)),
        Paragraph("\u2022&nbsp;About 420 households along 5 miles of the B6138 and the lanes off it", bullet),
        Paragraph("\u2022&nbsp;One road in and out; the climb to Blackstone Edge is closed by snow most winters",
                  bullet),
        Paragraph("\u2022&nbsp;Cragg Brook runs beside the road for most of its length and joins the Calder at "
                  "Mytholmroyd", bullet),
        Paragraph("\u2022&nbsp;A primary school, a village hall, a chapel, a pub and no shop", bullet),
        Paragraph("\u2022&nbsp;Mobile signal is poor above the Robin Hood; the landline still works in a power "
                  "cut if your phone has a cord", bullet),
    ], wide * 0.47, fill=EP_PALE, bar=EP_ORANGE, pad=8)
    about = [
        Paragraph("What this plan is for", h2),
        Paragraph("This plan was written by Cragg Vale Resilience Group, with help from Calderdale Council\u2019s "
                  "emergency planning team, for everyone who lives in the valley. It does not replace the "
                  "emergency services. In a major incident West Yorkshire Police co-ordinate the response and "
                  "West Yorkshire Fire and Rescue Service lead any rescue; the council opens rest centres. What "
                  "this plan does is help us look after each other in the hours before help arrives, and "
                  "afterwards.", body),
        Paragraph("Please read it once now, keep it somewhere you can find it in the dark, and tell us if your "
                  "details change.", body),
    ]
    about_row = Table([[about, glance]], colWidths=[wide * 0.53, wide * 0.47])
    about_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    triggers = _grid([
        ["We start this plan when\u2026", "Who decides"],
        ["The Environment Agency issues a flood warning for Cragg Brook or the Upper Calder", "Flood wardens\u2019 lead"],
        ["The B6138 is closed by snow, a crash or a landslip for more than a few hours", "Co-ordinator or deputy"],
        ["The power has been off for more than 12 hours in winter", "Co-ordinator or deputy"],
        ["The emergency services or the council ask us to open the village hall", "Whoever they ring first"],
    ], [wide * 0.72, wide * 0.28], cell, head, head_fill=EP_BLUE, zebra=EP_GREY)

    story = [emergency, Spacer(1, 5 * mm), Paragraph("Key contacts", h1), contacts,
             Paragraph("Ring 999 first if life is at risk. The co-ordinator is a volunteer, not an emergency "
                       "service.", _style("kc", "Helvetica-Oblique", 7.8, color=colors.HexColor("#555555"),
                                          before=3, after=4)),
             about_row, Paragraph("When we use this plan", h1), triggers,
             NextPageTemplate("cols"), PageBreak()]

    risks = _grid([
        ["Risk", "What happens here"],
        ["Flooding from the brook", "Homes at Clough Foot, the mill yard and Cragg Road lay-by flooded in 2012, "
                                     "2015 and 2020. Water rises fast after heavy rain on the moor."],
        ["Water on the road", "Surface water closes the B6138 below the school two or three times a year."],
        ["Snow and ice", "The road is closed at the top most winters; lanes can be cut off for days."],
        ["Power cuts", "Long cuts in storms; the upper valley is on one overhead line."],
        ["Moorland fire", "Dry springs bring fires on the moor; smoke can drift down the valley."],
    ], [24 * mm, col - 24 * mm], cell, head, head_fill=EP_SLATE, zebra=EP_GREY)
    left_story = [
        Paragraph("Risks in our valley", h1), risks, Spacer(1, 2 * mm),
        Paragraph("Flooding", h2),
        Paragraph("Cragg Vale Flood Wardens are 14 volunteers, one for each stretch of the brook, set up by the "
                  "Resilience Group after the Boxing Day floods of 2015. When the Environment Agency issues a "
                  "flood alert for the Upper Calder, the wardens check the water against the marker posts they "
                  "put in at six points along the brook, ring round the 63 homes on our \u2018at risk\u2019 list "
                  "and help people put up their flood gates. Since 2016 they have acted on nine alerts. In the "
                  "February 2020 storms they moved cars off the lay-by and helped eleven older residents to the "
                  "village hall before the water came in. The wardens also keep the sandbag store in the mill "
                  "yard stocked (300 bags) and check it every October.", body),
        Paragraph("If you live by the brook and are not on the ring-round list, ask Dave Greenwood to add "
                  "you.", small),
        Paragraph("Snow and ice", h2),
        Paragraph("The Snow Buddies are neighbours who, when snow shuts Cragg Road, clear paths and fetch "
                  "prescriptions, shopping and coal for older and disabled people on their own stretch of the "
                  "valley. The village hall committee set them up after the Beast from the East in 2018 and "
                  "still keep the rota, including three farmers with tractors and four drivers with 4x4s. Last "
                  "winter 22 buddies looked after 37 households through eleven days of closures, and the "
                  "tractors cleared the school lane six times so the school could open. Calderdale Council fills "
                  "the grit bins and leaves a tonne of salt at the hall every November.", body),
        Spacer(1, 2 * mm),
        _panel([Paragraph("Get flood warnings yourself", _style("fw", "Helvetica-Bold", 9.5, color=EP_BLUE, after=2)),
                Paragraph("The Environment Agency\u2019s warnings are free. Sign up for Cragg Brook and the Upper "
                          "Calder by ringing Floodline on 0345 988 1188 or online at "
                          "gov.uk/sign-up-for-flood-warnings. Warnings come by phone call, text or email.", small)],
               col, fill=EP_GREY, bar=EP_BLUE, pad=7),
    ]
    places = _grid([
        ["Place", "Holds", "Has"],
        ["Village hall", "120", "Kitchen, accessible toilet, generator socket, first aid kit, defibrillator"],
        ["Primary school", "80", "Kitchen, heating on its own boiler; term time only unless the head agrees"],
        ["The chapel", "60", "Toilets, urn; no heating after 9pm"],
    ], [22 * mm, 12 * mm, col - 34 * mm], cell, head, head_fill=EP_SLATE, zebra=EP_GREY)
    right_story = [
        Paragraph("Places of safety", h1), places, Spacer(1, 2 * mm),
        _Drawing(col, 60 * mm, _ep_map), Spacer(1, 2 * mm),
        Paragraph("The village hall is our first choice. If it is flooded or cut off, the co-ordinator will "
                  "open the school or the chapel. If the council opens a rest centre in Mytholmroyd, we will "
                  "help people get there.", small),
        Paragraph("Equipment we hold", h2),
        Paragraph("\u2022&nbsp;A 3kW generator and 40 litres of fuel (village hall store)", bullet),
        Paragraph("\u2022&nbsp;Six walkie-talkies and two wind-up radios", bullet),
        Paragraph("\u2022&nbsp;Head torches, high-visibility jackets, a megaphone", bullet),
        Paragraph("\u2022&nbsp;Three first aid kits and a defibrillator on the hall wall", bullet),
        Paragraph("\u2022&nbsp;Camp beds and blankets for 30 people", bullet),
        Paragraph("\u2022&nbsp;300 sandbags and 12 loan flood gates (mill yard)", bullet),
        Paragraph("People who may need help", h2),
        Paragraph("We keep a short list of residents who have asked to be checked on in an emergency: people who "
                  "live alone, use oxygen or other equipment that needs power, or cannot walk far. The list is "
                  "held by the co-ordinator and deputy only and is not in this version of the plan. To be added "
                  "or removed, ring Helen Sutcliffe.", body),
        _panel([Paragraph("Power cuts", _style("pc", "Helvetica-Bold", 9.5, color=EP_BLUE, after=2)),
                Paragraph("If you rely on equipment that needs electricity, sign up to Northern Powergrid\u2019s "
                          "Priority Services Register and tell us too. Ring 105 to report a cut.", small)],
               col, fill=EP_GREY, pad=7),
    ]
    roles = _grid([
        ["Role", "What they do"],
        ["Emergency Co-ordinator (deputy if not available)", "Decides to start the plan, keeps the log, talks "
         "to the emergency services and the council, decides when to open a place of safety and when to stand "
         "down."],
        ["Flood wardens", "Watch the brook, ring round, help with flood gates and sandbags, report to the "
         "co-ordinator."],
        ["Snow Buddies", "Check on their households, clear paths, collect prescriptions and shopping."],
        ["Hall team", "Open and run the hall as a place of safety: heating, tea, a list of who is there."],
        ["Communications", "Posts updates on the WhatsApp group and the hall noticeboard; phones people who are "
                           "not online."],
    ], [52 * mm, wide - 52 * mm], cell, head, head_fill=EP_SLATE, zebra=EP_GREY)
    log_rows = [["Date and time", "What happened", "What we did", "Who"]] + [["", "", "", ""] for _ in range(10)]
    log = _grid(log_rows, [28 * mm, 62 * mm, 62 * mm, wide - 152 * mm], cell, head, head_fill=EP_BLUE)
    log.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                             ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]))
    single_story = [
        Paragraph("Who does what", h1), roles,
        Paragraph("If you are asked to leave your home", h1),
        Paragraph("Turn off gas, electricity and water if it is safe to do so, lock up, and go to the place the "
                  "co-ordinator tells you. Take a grab bag:", body),
        _Drawing(wide, 32 * mm, _ep_grab_bag),
        Paragraph("Testing and keeping this plan up to date", h1),
        Paragraph("The plan was last checked at a tabletop exercise in the village hall on 18 October 2025; "
                  "Calderdale Council\u2019s emergency planning officer and a PCSO from West Yorkshire "
                  "Police\u2019s Calder Valley neighbourhood team came along. We review it every January. Next "
                  "year we would like to buy a second defibrillator for the top of the valley and train six more "
                  "first aiders, if the grant we have applied for comes through.", body),
        Paragraph("Incident log", h1),
        Paragraph("The co-ordinator fills this in during an emergency. Write down every call, decision and "
                  "action, with the time.", small),
        log,
        Paragraph("Copies of this plan are held by the co-ordinator and deputy, the flood wardens\u2019 lead, "
                  "the village hall, the school office and Calderdale Council\u2019s emergency planning team. "
                  "The full version, with home numbers, is not published.",
                  _style("cp", "Helvetica-Oblique", 7.8, color=colors.HexColor("#555555"), before=6)),
    ]
    story += left_story + [FrameBreak()] + right_story + [NextPageTemplate("single"), PageBreak()] + single_story
    doc.build(story)


# ================================================================== 2. A cycling sportive's rider information pack (PDF)

SP_TEAL = colors.HexColor("#00695C")
SP_HEATHER = colors.HexColor("#7B4F8E")
SP_LIME = colors.HexColor("#C6D63C")
SP_PALE = colors.HexColor("#EEF5F3")
SP_RED = colors.HexColor("#C62828")
SP_INK = colors.HexColor("#1E2A2A")
SP_FILE = "tweed-valley-100-sportive-rider-information-2026.pdf"


def _sp_hills(canvas, x, y, w, h):
    """Layered hills with a dashed route line over them."""
    canvas.saveState()
    for shade, lift, bumps in ((colors.HexColor("#2E8B7A"), 0.55, 3), (colors.HexColor("#1F7A69"), 0.35, 4),
                               (SP_TEAL, 0.18, 5)):
        canvas.setFillColor(shade)
        path = canvas.beginPath()
        path.moveTo(x, y)
        step = w / bumps
        path.lineTo(x, y + h * lift)
        for i in range(bumps):
            cx = x + i * step
            path.curveTo(cx + step * 0.3, y + h * (lift + 0.28), cx + step * 0.7, y + h * (lift + 0.28),
                         cx + step, y + h * lift)
        path.lineTo(x + w, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(SP_LIME)
    canvas.setLineWidth(1.6)
    canvas.setDash(5, 3)
    path = canvas.beginPath()
    path.moveTo(x + 8 * mm, y + h * 0.12)
    path.curveTo(x + w * 0.3, y + h * 0.7, x + w * 0.55, y + h * 0.05, x + w - 10 * mm, y + h * 0.6)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _sp_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(SP_INK)
    canvas.rect(0, 0, width, 11 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(15 * mm, 4.5 * mm, "Tweed Valley Wheelers \u00b7 a club affiliated to Scottish Cycling \u00b7 "
                      "event control on the day 01632 960 444 \u00b7 tweedvalley100.example")
    canvas.setFillColor(SP_LIME)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(width - 15 * mm, 4.5 * mm, "%d" % canvas.getPageNumber())
    canvas.restoreState()


def _sp_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(SP_HEATHER)
    canvas.rect(0, height - 58 * mm, width, 58 * mm, stroke=0, fill=1)
    _sp_hills(canvas, 0, height - 58 * mm, width, 30 * mm)
    canvas.setFillColor(SP_LIME)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(15 * mm, height - 13 * mm, "RIDER INFORMATION \u00b7 PLEASE READ BEFORE THE DAY")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 30)
    canvas.drawString(15 * mm, height - 26 * mm, "TWEED VALLEY 100")
    canvas.setFont("Helvetica", 10.5)
    canvas.drawString(15 * mm, height - 33 * mm, "Sunday 17 May 2026 \u00b7 Victoria Park, Peebles")
    canvas.setFillColor(SP_LIME)
    canvas.circle(width - 32 * mm, height - 21 * mm, 13 * mm, stroke=0, fill=1)
    canvas.setFillColor(SP_INK)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawCentredString(width - 32 * mm, height - 20 * mm, "11th")
    canvas.setFont("Helvetica", 7)
    canvas.drawCentredString(width - 32 * mm, height - 25 * mm, "edition")
    canvas.restoreState()
    _sp_foot(canvas, doc)


def _sp_later(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(SP_HEATHER)
    canvas.rect(0, height - 10 * mm, width, 10 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(15 * mm, height - 6.5 * mm, "TWEED VALLEY 100 \u00b7 RIDER INFORMATION")
    canvas.setFillColor(SP_LIME)
    canvas.drawRightString(width - 15 * mm, height - 6.5 * mm, "Sunday 17 May 2026")
    canvas.restoreState()
    _sp_foot(canvas, doc)


def _sp_profile(canvas, width, height):
    """The Centurion route's height profile with the climbs and feed stations marked."""
    canvas.saveState()
    points = [(0, 160), (12, 180), (22, 250), (30, 430), (36, 300), (48, 190), (60, 170), (68, 360), (74, 480),
              (80, 260), (92, 150), (104, 120), (116, 70), (128, 60), (136, 110), (142, 300), (148, 390),
              (154, 230), (161, 160)]
    left, bottom = 12 * mm, 8 * mm
    w, h = width - left - 4 * mm, height - bottom - 8 * mm
    canvas.setStrokeColor(colors.HexColor("#C9D6D3"))
    canvas.setLineWidth(0.4)
    canvas.setFont("Helvetica", 6.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    for metres in (0, 100, 200, 300, 400, 500):
        y = bottom + h * metres / 500
        canvas.line(left, y, left + w, y)
        canvas.drawRightString(left - 1.5 * mm, y - 2, "%d m" % metres)
    for km in (0, 20, 40, 60, 80, 100, 120, 140, 160):
        canvas.drawCentredString(left + w * km / 161, bottom - 4.5 * mm, "%d" % km)
    canvas.drawString(left + w - 6 * mm, bottom - 8 * mm + 1, "km")
    path = canvas.beginPath()
    path.moveTo(left, bottom)
    for km, metres in points:
        path.lineTo(left + w * km / 161, bottom + h * metres / 500)
    path.lineTo(left + w, bottom)
    path.close()
    canvas.setFillColor(colors.HexColor("#B8D8D0"))
    canvas.setStrokeColor(SP_TEAL)
    canvas.setLineWidth(1)
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFont("Helvetica-Bold", 6.8)
    for km, metres, name in ((30, 430, "Paddy Slacks"), (74, 480, "Witchie Knowe"), (148, 390, "Glentress")):
        x, y = left + w * km / 161, bottom + h * metres / 500
        canvas.setFillColor(SP_HEATHER)
        canvas.drawCentredString(x, y + 2.2 * mm, name)
    for km, label in ((38, "F1"), (82, "F2"), (122, "F3")):
        x = left + w * km / 161
        canvas.setFillColor(SP_LIME)
        canvas.circle(x, bottom + 3.2 * mm, 2.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(SP_INK)
        canvas.drawCentredString(x, bottom + 2.3 * mm, label)
    canvas.restoreState()


def _sp_kit(canvas, width, height):
    canvas.saveState()
    items = ["Helmet (no helmet, no ride)", "Bar number on the front", "Timing chip on the left fork",
             "Two bottles and some food", "Spare tube, levers and pump", "Lights if you are slow (a long day)",
             "A rain jacket: it is the Borders", "Phone, charged, with event control saved", "Cash or card for the cafe"]
    canvas.setFont("Helvetica", 8.2)
    canvas.setStrokeColor(SP_TEAL)
    canvas.setLineWidth(0.7)
    for i, item in enumerate(items):
        y = height - 4.5 * mm - i * 5.4 * mm
        canvas.rect(0, y - 0.6 * mm, 3.3 * mm, 3.3 * mm, stroke=1, fill=0)
        canvas.setFillColor(SP_INK)
        canvas.drawString(5.5 * mm, y, item)
    canvas.restoreState()


def _sp_hq(canvas, width, height):
    """A plan of the event village in Victoria Park."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#E3EFE0"))
    canvas.setStrokeColor(colors.HexColor("#9FBF98"))
    canvas.roundRect(0, 0, width, height, 3 * mm, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#8EC3E6"))
    canvas.rect(0, 0, width, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#2F5F7F"))
    canvas.setFont("Helvetica-Oblique", 6.8)
    canvas.drawString(3 * mm, 2.4 * mm, "River Tweed")
    blocks = [(4, 40, 30, 12, SP_HEATHER, "Registration marquee"), (38, 40, 22, 12, SP_TEAL, "Food marquee"),
              (4, 24, 18, 10, SP_LIME, "Bike park"), (26, 24, 20, 10, colors.HexColor("#F4EEF7"), "Room to Ride"),
              (50, 24, 14, 10, SP_RED, "First aid"), (62, 40, 13, 12, colors.HexColor("#F3F7D8"), "Charity"),
              (68, 24, 12, 10, colors.HexColor("#CFD8DC"), "WC"), (4, 10, 30, 8, colors.HexColor("#CFD8DC"),
                                                                    "Bike wash")]
    canvas.setFont("Helvetica-Bold", 6.4)
    for x, y, w, h, fill, label in blocks:
        canvas.setFillColor(fill)
        canvas.setStrokeColor(colors.HexColor("#607D8B"))
        canvas.rect(x * mm, y * mm, w * mm, h * mm, stroke=1, fill=1)
        canvas.setFillColor(colors.white if fill in (SP_HEATHER, SP_TEAL, SP_RED) else SP_INK)
        canvas.drawCentredString((x + w / 2) * mm, (y + h / 2) * mm - 2, label)
    canvas.setStrokeColor(SP_INK)
    canvas.setLineWidth(2)
    canvas.line(width - 8 * mm, 12 * mm, width - 8 * mm, height - 6 * mm)
    canvas.setFont("Helvetica-Bold", 6.6)
    canvas.setFillColor(SP_INK)
    canvas.drawRightString(width - 10 * mm, 13 * mm, "START / FINISH")
    canvas.restoreState()


def sportive_pack(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / SP_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=15 * mm, bottomMargin=16 * mm, title="Tweed Valley 100: rider information",
                          author="Tweed Valley Wheelers", subject="Sportive rider information, 17 May 2026",
                          creator="Tweed Valley Wheelers", invariant=1)
    wide = width - 2 * margin
    gap = 7 * mm
    col = (wide - gap) / 2
    first = Frame(margin, 16 * mm, wide, height - 58 * mm - 6 * mm - 16 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, 16 * mm, wide, height - 10 * mm - 6 * mm - 16 * mm, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    top = height - 10 * mm - 6 * mm
    left = Frame(margin, 16 * mm, col, top - 16 * mm, id="l", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    right = Frame(margin + col + gap, 16 * mm, col, top - 16 * mm, id="r", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_sp_first),
                          PageTemplate("later", [later], onPage=_sp_later),
                          PageTemplate("cols", [left, right], onPage=_sp_later)])
    h1 = _style("h1", "Helvetica-Bold", 13, leading=16, color=SP_HEATHER, before=5, after=4)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 10, leading=12.5, color=SP_TEAL, before=4, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 9, leading=12.2, after=5)
    small = _style("s", "Helvetica", 8.2, leading=10.8, after=3)
    cell = _style("c", "Helvetica", 8.2, leading=10.4)
    head = _style("hc", "Helvetica-Bold", 8.2, leading=10.4, color=colors.white)
    bullet = _style("bu", "Helvetica", 8.6, leading=11.4, left=9, first=-9, after=2.5)
    num = _style("nu", "Helvetica", 8.8, leading=11.8, left=12, first=-12, after=3)

    welcome = [
        Paragraph("Welcome", h1),
        Paragraph("Thank you for entering the eleventh Tweed Valley 100. This year 1,140 of you are riding: 420 on "
                  "the Centurion, 560 on the Metric and 160 on the Taster, from 31 clubs and none. Everything "
                  "on the day is run by volunteers from Tweed Valley Wheelers and our friends, about 130 of them, "
                  "so please be patient at registration and say thank you at the feed stations.", body),
        Paragraph("The roads are open to traffic. This is not a race: there are no prizes for being first and the "
                  "Highway Code applies all day. Read the rules on page 2 and the route notes before you "
                  "come.", body),
        Paragraph("Moira Kerr, event director", _style("sig", "Helvetica-Oblique", 9, color=SP_TEAL, after=6)),
        Paragraph("Registration", h2),
        Paragraph("Collect your bar number and timing chip from the marquee in Victoria Park from 6.30am, or on "
                  "Saturday 16 May from 4pm to 7pm. Bring your entry email (on your phone is fine). If someone "
                  "else is riding in your place, you must have transferred your entry by 10 May.", small),
        Paragraph("Parking", h2),
        Paragraph("Park at the Kingsland Square overflow and the high school (signed from the A72), not in the "
                  "park. Please do not park on residents\u2019 streets. Campervans: Crossburn caravan park.", small),
    ]
    routes = _grid([
        ["Route", "Distance", "Climbing", "Starts (am)", "Cut-off"],
        ["Centurion", "161 km / 100 mi", "2,150 m", "7.00\u20137.45", "F2 by 12.30pm"],
        ["Metric", "100 km / 62 mi", "1,350 m", "8.00\u20138.45", "F1 by 11.30am"],
        ["Taster", "50 km / 31 mi", "520 m", "9.15\u20139.30", "\u2013"],
    ], [16 * mm, 23 * mm, 15 * mm, 19 * mm, col - 73 * mm], cell, head, head_fill=SP_TEAL, zebra=SP_PALE)
    day = _grid([
        ["Time", "What happens"],
        ["6.30am", "Registration and bag drop open; coffee van open"],
        ["6.50am", "Rider briefing at the start arch (every wave gets one)"],
        ["7.00am", "Centurion waves of 50 every five minutes"],
        ["8.00am", "Metric waves"],
        ["9.15am", "Taster starts in one group with ride leaders"],
        ["12.30pm", "Hot food in the marquee from now until 6pm"],
        ["6.30pm", "Finish closes; sweep vehicles back"],
    ], [16 * mm, col - 16 * mm], cell, head, head_fill=SP_HEATHER, zebra=SP_PALE)
    glance = [
        Paragraph("Routes and start times", h1), routes,
        Paragraph("Start in the wave on your entry email. Riders who miss a cut-off are moved on to the shorter "
                  "route by the marshals: this is for your safety and theirs.",
                  _style("cf", "Helvetica-Oblique", 7.8, color=colors.HexColor("#555555"), before=3, after=6)),
        Paragraph("On the day", h1), day, Spacer(1, 4 * mm),
        _panel([Paragraph("Bar number and chip", _style("bn", "Helvetica-Bold", 9.5, color=SP_INK, after=2)),
                Paragraph("Fix the bar number to the front of your bars with the ties in the envelope. Write your "
                          "emergency contact and any medical needs on the back. The chip goes on the left fork "
                          "leg; hand it in at the finish or we will charge you \u00a315.", small)],
               col, fill=colors.HexColor("#F3F7D8"), bar=SP_LIME, pad=7),
    ]
    cols = Table([[welcome, glance]], colWidths=[col + gap, col])
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), gap), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    card_s = _style("cs", "Helvetica", 8.2, leading=10.8, after=0)
    card_h = _style("ch", "Helvetica-Bold", 9.5, leading=12, color=SP_TEAL, after=3)
    cards = []
    for title, text in (("Check your bike", "Brakes, tyres and gears the week before, not the night before. "
                                            "Tweed Cycle Works will check bikes free on Saturday afternoon in "
                                            "the park."),
                        ("Eat and drink", "Eat before you are hungry. The Centurion is seven to nine hours for "
                                          "most riders; the feed stations will not carry you on their own."),
                        ("Weather", "We will email all riders on Friday evening with the forecast. We only "
                                    "shorten or cancel for high winds, snow on the tops or flooding.")):
        cards.append(_panel([Paragraph(title, card_h), Paragraph(text, card_s)], (wide - 8 * mm) / 3,
                            fill=SP_PALE, pad=7))
    card_row = Table([cards], colWidths=[(wide - 8 * mm) / 3 + 4 * mm] * 2 + [(wide - 8 * mm) / 3])
    card_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story = [cols, Spacer(1, 6 * mm), Paragraph("Before you come", h1), card_row, NextPageTemplate("later"),
             PageBreak()]

    feeds = _grid([
        ["Feed", "Where", "Centurion", "Metric", "Taster", "Has"],
        ["F1", "Innerleithen, the Memorial Hall", "km 38", "km 38", "km 22", "Water, energy drink, flapjack, "
         "bananas, toilets, mechanic"],
        ["F2", "Selkirk, the rugby club", "km 82", "km 64", "\u2013", "All of F1 plus soup, rolls and a first "
         "aider"],
        ["F3", "Coldstream, the Market Square", "km 122", "\u2013", "\u2013", "Water, cake, gels, toilets"],
    ], [10 * mm, 46 * mm, 19 * mm, 15 * mm, 15 * mm, wide - 105 * mm], cell, head, head_fill=SP_TEAL,
        zebra=SP_PALE)
    notes = [
        Paragraph("\u2022&nbsp;<b>km 9, Cardrona:</b> cattle grid on a bend. Cross it square and slowly.", bullet),
        Paragraph("\u2022&nbsp;<b>km 31\u201333, Paddy Slacks descent:</b> steep, narrow, with gravel at the "
                  "bottom bend. Marshals will slow you down: please listen.", bullet),
        Paragraph("\u2022&nbsp;<b>km 58, the A7 at Selkirk:</b> left turn with a marshal and temporary lights. "
                  "Stop if the lights are red.", bullet),
        Paragraph("\u2022&nbsp;<b>km 104\u2013118, Centurion only:</b> the route crosses the border at Coldstream "
                  "Bridge and runs 14 km in Northumberland before coming back over at Norham. Northumbria Police "
                  "and Northumberland County Council have been told about the event; there is no signal at "
                  "Norham.", bullet),
        Paragraph("\u2022&nbsp;<b>km 150, Glentress:</b> logging lorries on weekdays only, but watch for mud.",
                  bullet),
    ]
    rules = [
        Paragraph("1.&nbsp;&nbsp;Ride no more than two abreast, and single out when drivers need to pass or the "
                  "road narrows.", num),
        Paragraph("2.&nbsp;&nbsp;Stop at red lights, give way signs and where a marshal tells you to. Marshals "
                  "cannot stop traffic for you.", num),
        Paragraph("3.&nbsp;&nbsp;No headphones. No littering: gels and wrappers go back in your pocket or in the "
                  "bins at feed stations.", num),
        Paragraph("4.&nbsp;&nbsp;Call out and point to holes and gravel for the riders behind you.", num),
        Paragraph("5.&nbsp;&nbsp;If you stop, get right off the road, on the verge or in a gateway.", num),
        Paragraph("6.&nbsp;&nbsp;Riders who are dangerous or abusive to drivers, residents or volunteers will be "
                  "removed from the event and banned from future ones.", num),
    ]
    room = _panel([
        Paragraph("Close passes: Room to Ride at the HQ", _style("rr", "Helvetica-Bold", 10.5, color=SP_HEATHER,
                                                                  after=3)),
        Paragraph("Room to Ride is run by Police Scotland\u2019s road policing officers in the Scottish Borders. "
                  "Since spring 2024 officers riding unmarked bikes with cameras on the A72 and the A7 have "
                  "stopped drivers who pass cyclists too closely and shown them, on a mat at the roadside, what "
                  "1.5 metres looks like; drivers who will not listen are reported. In 2025 they stopped 214 "
                  "drivers and reported 19, and officers say most drivers had no idea how close they had "
                  "been.", small),
        Paragraph("The officers will have their mat and bikes next to the registration marquee from 6.30am. Come "
                  "and say hello, and tell them about the close passes you have had.", small),
    ], wide, fill=colors.HexColor("#F4EEF7"), border=SP_HEATHER, pad=8)
    page2 = [
        Paragraph("The Centurion route", h1),
        _Drawing(wide, 50 * mm, _sp_profile),
        Paragraph("The Metric leaves the Centurion after Selkirk and comes home over Witchie Knowe; the Taster "
                  "turns at Innerleithen. Full maps and GPX files: tweedvalley100.example/routes. Routes are "
                  "signed with yellow arrows: C for Centurion, M for Metric, T for Taster.",
                  _style("rn", "Helvetica", 8.2, leading=10.8, after=4)),
        Paragraph("Feed stations", h1), feeds, Spacer(1, 2 * mm),
        Paragraph("Route notes", h1), *notes,
        Paragraph("Rules of the road", h1), *rules, Spacer(1, 3 * mm), room,
        NextPageTemplate("cols"), PageBreak(),
    ]
    story += page2

    trouble = _panel([
        Paragraph("IF SOMETHING GOES WRONG", _style("tw", "Helvetica-Bold", 11, color=colors.white, after=4)),
        Paragraph("If someone is badly hurt, ring <b>999</b>, then ring event control on <b>01632 960 444</b> and "
                  "give your location, the nearest arrow number and the rider\u2019s bar number.",
                  _style("tb", "Helvetica", 8.8, leading=11.8, color=colors.white, after=3)),
        Paragraph("For anything else (a mechanical you cannot fix, you are lost, you want to stop) ring event "
                  "control. Do not ride off the route without telling us: we count everyone home.",
                  _style("tb2", "Helvetica", 8.8, leading=11.8, color=colors.white, after=0)),
    ], col, fill=SP_RED, pad=8)
    left_story = [
        trouble, Spacer(1, 3 * mm),
        Paragraph("Support on the road", h2),
        Paragraph("Three sweep vans follow the last riders on each route, and a mechanic from Tweed Cycle Works "
                  "is at F1 and F2 (parts at cost). First aid on the route is provided by a medical events "
                  "company, with a first aider at F2 and a car covering the Centurion loop.", small),
        Paragraph("What to bring", h2),
        _Drawing(col, 50 * mm, _sp_kit),
        Paragraph("After the ride", h2),
        Paragraph("Hand in your chip and collect your medal and a hot meal (veggie and gluten-free options) in "
                  "the marquee. Massage by students from Borders College, donations welcome. Bike wash by the "
                  "river. Results go online by 9pm; photos from the route by Tuesday.", small),
        Paragraph("Rider welfare", h2),
        Paragraph("If anything happens on the day that makes you feel unsafe, including from another rider, "
                  "tell any volunteer in a purple jacket or the event director. You can also email "
                  "welfare@tweedvalley100.example in confidence.", small),
    ]
    right_story = [
        Paragraph("Our charity partner", h1),
        _panel([
            Paragraph("Eildon Tandems pairs blind and partially sighted people with sighted volunteer pilots so "
                      "that they can ride tandems together, on club runs from Melrose every Saturday and on "
                      "longer tours each summer. The charity owns eleven tandems and keeps them at a lock-up in "
                      "Galashiels; it has 38 stokers (the rider at the back) and 45 pilots, and last year its "
                      "pairs rode more than 26,000 miles between them. Three of its riders have gone on to ride "
                      "Land\u2019s End to John o\u2019 Groats.", small),
            Paragraph("Six Eildon pairs are riding the Metric today: give them a cheer. Every entry includes "
                      "\u00a32 for the charity, and there are collecting buckets at the finish.", small),
        ], col, fill=SP_PALE, bar=SP_TEAL, pad=8),
        Paragraph("Riding with a club?", h2),
        Paragraph("Club groups of up to eight may start together in any wave. Groups larger than eight must "
                  "split, and the second group should leave at least two minutes later.", small),
        Paragraph("Refunds and transfers", h2),
        Paragraph("Entries are not refundable after 1 April but can be transferred until 10 May for a \u00a35 "
                  "fee. If we have to cancel for weather, you will get 80% back or a free place next year.",
                  small),
        Paragraph("Thank you", h2),
        Paragraph("The Tweed Valley 100 is supported by Scottish Borders Council\u2019s events fund, Tweed Cycle "
                  "Works, the Eddleston Water Inn and Priorsford Bakery, and made possible by the farmers and "
                  "villages who put up with us for a day. Please wave and say thanks.", small),
        Paragraph("The event village", h2),
        _Drawing(col, 56 * mm, _sp_hq),
        Spacer(1, 3 * mm),
        _panel([Paragraph("Next year: Sunday 16 May 2027. Entries open 1 November.",
                          _style("ny", "Helvetica-Bold", 9, color=SP_INK, align=1))], col,
               fill=colors.HexColor("#F3F7D8"), pad=7),
    ]
    story += left_story + [FrameBreak()] + right_story
    doc.build(story)


# ================================================================== 3. A rural charity's Christmas card and gift catalogue (PDF)

CC_GREEN = colors.HexColor("#1E4D3A")
CC_CREAM = colors.HexColor("#FBF5E6")
CC_BERRY = colors.HexColor("#B22234")
CC_GOLD = colors.HexColor("#C9A227")
CC_SKY = colors.HexColor("#DCE8F0")
CC_FILE = "lune-and-bowland-rural-support-christmas-cards-and-gifts-2025.pdf"


def _cc_flake(canvas, x, y, r):
    canvas.saveState()
    canvas.translate(x, y)
    for _ in range(6):
        canvas.line(0, 0, 0, r)
        canvas.line(0, r * 0.6, r * 0.22, r * 0.8)
        canvas.line(0, r * 0.6, -r * 0.22, r * 0.8)
        canvas.rotate(60)
    canvas.restoreState()


def _cc_holly(canvas, x, y, s=1.0):
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#2E7D4F"))
    for angle in (20, 160):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(angle)
        canvas.ellipse(0, -2.2 * mm * s, 9 * mm * s, 2.2 * mm * s, stroke=0, fill=1)
        canvas.restoreState()
    canvas.setFillColor(CC_BERRY)
    for dx, dy in ((0, 0), (2.2, 1.2), (-2.0, 1.4)):
        canvas.circle(x + dx * mm * s, y + dy * mm * s, 1.5 * mm * s, stroke=0, fill=1)
    canvas.restoreState()


def _cc_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(CC_GREEN)
    canvas.rect(0, height - 92 * mm, width, 92 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#6F9A86"))
    canvas.setLineWidth(0.8)
    for x, y, r in ((20, 80, 5), (48, 64, 3.5), (150, 84, 4.5), (178, 60, 6), (120, 70, 3), (92, 86, 2.5),
                    (190, 20, 3.5), (14, 30, 4)):
        _cc_flake(canvas, x * mm, height - 92 * mm + y * mm, r * mm)
    canvas.setFillColor(colors.HexColor("#F4F1EA"))
    path = canvas.beginPath()
    path.moveTo(0, height - 92 * mm)
    path.lineTo(0, height - 80 * mm)
    path.curveTo(width * 0.3, height - 70 * mm, width * 0.6, height - 88 * mm, width, height - 74 * mm)
    path.lineTo(width, height - 92 * mm)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(CC_GOLD)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(18 * mm, height - 20 * mm, "LUNE AND BOWLAND RURAL SUPPORT")
    canvas.setFillColor(CC_CREAM)
    canvas.setFont("Times-Bold", 34)
    canvas.drawString(18 * mm, height - 36 * mm, "Christmas Cards")
    canvas.drawString(18 * mm, height - 50 * mm, "& Gifts 2025")
    canvas.setFont("Times-Italic", 13)
    canvas.drawString(18 * mm, height - 60 * mm, "Every card keeps someone talking")
    _cc_holly(canvas, width - 40 * mm, height - 42 * mm, 1.8)
    canvas.restoreState()
    _cc_foot(canvas, doc)


def _cc_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(CC_GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
    canvas.setFillColor(colors.HexColor("#4A4A4A"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(15 * mm, 7.5 * mm, "Lune and Bowland Rural Support \u00b7 The Old Dairy, Station Road, High "
                      "Bentham LA2 7ZZ \u00b7 01632 960 530 \u00b7 Registered charity no. 1176543")
    canvas.setFont("Times-Bold", 9)
    canvas.setFillColor(CC_GREEN)
    canvas.drawRightString(width - 15 * mm, 7.5 * mm, "%d" % canvas.getPageNumber())
    canvas.restoreState()


def _cc_later(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(CC_GREEN)
    canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(colors.HexColor("#6F9A86"))
    canvas.setLineWidth(0.5)
    for i in range(12):
        _cc_flake(canvas, (12 + i * 17) * mm, height - 4.5 * mm, 2.2 * mm)
    canvas.restoreState()
    _cc_foot(canvas, doc)


def _cc_card_art(kind):
    """A painter for one card design, drawn as a small picture inside a card outline."""
    def paint(canvas, width, height):
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(colors.HexColor("#BDB5A1"))
        canvas.rect(0, 0, width, height, stroke=1, fill=1)
        x, y, w, h = 2.5 * mm, 2.5 * mm, width - 5 * mm, height - 5 * mm
        sky = {"mart": colors.HexColor("#9FB7C9"), "robin": colors.HexColor("#E9E2D0"),
               "tractor": colors.HexColor("#1B2A41"), "fell": colors.HexColor("#C9D9E6"),
               "wall": colors.HexColor("#EDE7DA"), "mixed": CC_CREAM}[kind]
        canvas.setFillColor(sky)
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        if kind == "mart":
            canvas.setFillColor(colors.HexColor("#7A4B35"))
            canvas.rect(x + w * 0.15, y + h * 0.2, w * 0.7, h * 0.35, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            path = canvas.beginPath()
            path.moveTo(x + w * 0.1, y + h * 0.55)
            path.lineTo(x + w * 0.5, y + h * 0.78)
            path.lineTo(x + w * 0.9, y + h * 0.55)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.rect(x, y, w, h * 0.2, stroke=0, fill=1)
        elif kind == "robin":
            canvas.setStrokeColor(colors.HexColor("#6D5A45"))
            canvas.setLineWidth(2)
            for i in range(5):
                canvas.line(x + w * 0.1, y + h * (0.2 + i * 0.1), x + w * 0.9, y + h * (0.2 + i * 0.1))
            canvas.setFillColor(colors.HexColor("#8B5E3C"))
            canvas.circle(x + w * 0.5, y + h * 0.72, h * 0.13, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#D9572B"))
            canvas.circle(x + w * 0.47, y + h * 0.68, h * 0.07, stroke=0, fill=1)
        elif kind == "tractor":
            canvas.setFillColor(CC_BERRY)
            canvas.rect(x + w * 0.25, y + h * 0.3, w * 0.4, h * 0.2, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#222222"))
            canvas.circle(x + w * 0.35, y + h * 0.28, h * 0.12, stroke=0, fill=1)
            canvas.circle(x + w * 0.62, y + h * 0.26, h * 0.08, stroke=0, fill=1)
            canvas.setFillColor(CC_GOLD)
            for i in range(9):
                canvas.circle(x + w * (0.12 + i * 0.095), y + h * (0.7 + (i % 2) * 0.05), 1 * mm, stroke=0, fill=1)
        elif kind == "fell":
            canvas.setFillColor(colors.HexColor("#6B7F8E"))
            path = canvas.beginPath()
            path.moveTo(x, y + h * 0.25)
            path.lineTo(x + w * 0.35, y + h * 0.62)
            path.lineTo(x + w * 0.55, y + h * 0.66)
            path.lineTo(x + w, y + h * 0.3)
            path.lineTo(x + w, y)
            path.lineTo(x, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.rect(x + w * 0.3, y + h * 0.56, w * 0.3, h * 0.06, stroke=0, fill=1)
        elif kind == "wall":
            canvas.setFillColor(colors.HexColor("#9E9A8E"))
            for row in range(4):
                for i in range(7):
                    canvas.roundRect(x + w * (0.02 + i * 0.14 + (row % 2) * 0.05), y + h * (0.1 + row * 0.09),
                                     w * 0.12, h * 0.075, 1, stroke=0, fill=1)
            _cc_holly(canvas, x + w * 0.7, y + h * 0.68, 0.9)
        else:
            for i, colour in enumerate(("#9FB7C9", "#E9E2D0", "#1B2A41", "#C9D9E6", "#EDE7DA")):
                canvas.setFillColor(colors.HexColor(colour))
                canvas.rect(x + w * 0.1 + i * w * 0.12, y + h * (0.2 + i * 0.1), w * 0.45, h * 0.45, stroke=1,
                            fill=1)
        canvas.restoreState()
    return paint


def _cc_order(canvas, width, height):
    """The order form below a dashed cutting line: a table of codes with boxes, and the customer's details."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#8A8A8A"))
    canvas.setDash(3, 2)
    canvas.line(0, height - 2 * mm, width, height - 2 * mm)
    canvas.setDash()
    canvas.setFont("ZapfDingbats", 10)
    canvas.setFillColor(colors.HexColor("#8A8A8A"))
    canvas.drawString(width - 6 * mm, height - 3.6 * mm, "\u2702")
    canvas.setFillColor(CC_GREEN)
    canvas.setFont("Times-Bold", 15)
    canvas.drawString(0, height - 10 * mm, "Order form")
    canvas.setFont("Helvetica", 7.6)
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.drawString(30 * mm, height - 10 * mm, "Post to the address at the foot of the page with a cheque payable "
                      "to \u2018Lune and Bowland Rural Support\u2019.")
    rows = [("LB01", "Winter at the Mart", "5.50"), ("LB02", "Robin on the Gate", "5.50"),
            ("LB03", "Lights on the Tractor Run", "5.50"), ("LB04", "Ingleborough in Snow", "5.50"),
            ("LB05", "Wall and Holly", "5.50"), ("LB06", "Mixed pack", "6.00"),
            ("LG01", "Calendar 2026", "9.00"), ("LG02", "Tea towel", "8.00"), ("LG03", "Enamel mug", "10.00")]
    table_w = width * 0.56
    cols = [0, 14 * mm, table_w - 40 * mm, table_w - 22 * mm, table_w]
    top = height - 15 * mm
    row_h = 5.6 * mm
    canvas.setFillColor(CC_GREEN)
    canvas.rect(0, top - row_h, table_w, row_h, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 7.4)
    for text, x in (("Code", cols[0]), ("Item", cols[1]), ("Price \u00a3", cols[2]), ("Qty", cols[3])):
        canvas.drawString(x + 1.5 * mm, top - row_h + 1.8 * mm, text)
    canvas.drawRightString(table_w - 1.5 * mm, top - row_h + 1.8 * mm, "Total \u00a3")
    canvas.setFont("Helvetica", 7.4)
    canvas.setStrokeColor(colors.HexColor("#9A9A9A"))
    canvas.setLineWidth(0.4)
    extra = ["Postage (see table)", "Donation (thank you!)", "TOTAL ENCLOSED"]
    for i, (code, item, price) in enumerate(rows + [("", e, "") for e in extra]):
        y = top - (i + 2) * row_h
        canvas.setFillColor(colors.HexColor("#222222"))
        if code:
            canvas.drawString(cols[0] + 1.5 * mm, y + 1.8 * mm, code)
            canvas.drawString(cols[1] + 1.5 * mm, y + 1.8 * mm, item)
            canvas.drawString(cols[2] + 1.5 * mm, y + 1.8 * mm, price)
        else:
            canvas.setFont("Helvetica-Bold", 7.4)
            canvas.drawRightString(cols[3] - 1.5 * mm, y + 1.8 * mm, item)
            canvas.setFont("Helvetica", 7.4)
        canvas.line(0, y, table_w, y)
    bottom = top - (len(rows) + len(extra) + 1) * row_h
    canvas.rect(0, bottom, table_w, top - bottom, stroke=1, fill=0)
    for x in cols[1:-1]:
        canvas.line(x, bottom + 3 * row_h, x, top)
    canvas.line(cols[3], bottom, cols[3], bottom + 3 * row_h)
    x0 = table_w + 6 * mm
    canvas.setFont("Helvetica-Bold", 7.6)
    canvas.setFillColor(CC_GREEN)
    canvas.drawString(x0, top - 4 * mm, "Your details")
    canvas.setFont("Helvetica", 7.4)
    canvas.setFillColor(colors.HexColor("#222222"))
    for i, label in enumerate(["Name", "Address", "", "Postcode", "Phone", "Email"]):
        y = top - 11 * mm - i * 6.6 * mm
        canvas.drawString(x0, y + 1.5 * mm, label)
        canvas.line(x0 + 15 * mm, y + 1 * mm, width, y + 1 * mm)
    y = top - 11 * mm - 6 * 6.6 * mm
    canvas.rect(x0, y - 1 * mm, 3.2 * mm, 3.2 * mm, stroke=1, fill=0)
    canvas.drawString(x0 + 5 * mm, y, "Gift Aid my donation. I am a UK taxpayer and understand that if I pay")
    canvas.drawString(x0 + 5 * mm, y - 3.4 * mm, "less tax than the Gift Aid claimed, I must pay the difference.")
    canvas.rect(x0, y - 9 * mm, 3.2 * mm, 3.2 * mm, stroke=1, fill=0)
    canvas.drawString(x0 + 5 * mm, y - 8 * mm, "Please send me news of your work (up to four times a year)")
    canvas.drawString(x0, y - 16 * mm, "Signed ______________________________  Date ___________")
    canvas.restoreState()


def card_catalogue(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / CC_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=16 * mm,
                          title="Christmas Cards and Gifts 2025", author="Lune and Bowland Rural Support",
                          subject="Christmas card and gift catalogue with order form",
                          creator="Lune and Bowland Rural Support", invariant=1)
    wide = width - 2 * margin
    first = Frame(margin, 16 * mm, wide, height - 92 * mm - 5 * mm - 16 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, 16 * mm, wide, height - 9 * mm - 6 * mm - 16 * mm, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_cc_first),
                          PageTemplate("later", [later], onPage=_cc_later)])
    serif_h = _style("sh", "Times-Bold", 17, leading=20, color=CC_GREEN, before=2, after=5)
    serif_h.keepWithNext = 1
    h2 = _style("h2", "Times-Bold", 12, leading=14.5, color=CC_BERRY, before=4, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 9, leading=12.4, after=5)
    small = _style("s", "Helvetica", 8.2, leading=10.8, after=3)
    code_s = _style("cd", "Helvetica-Bold", 7.4, leading=9, color=CC_BERRY)
    title_s = _style("ti", "Times-Bold", 11, leading=13, color=CC_GREEN, after=1)
    meta_s = _style("me", "Helvetica", 7.4, leading=9.4, color=colors.HexColor("#555555"), after=2)
    price_s = _style("pr", "Helvetica-Bold", 8.6, leading=10, color=CC_GREEN)
    cell = _style("c", "Helvetica", 8, leading=10.2)
    head = _style("hc", "Helvetica-Bold", 8, leading=10.2, color=colors.white)

    gap = 8 * mm
    left_w = wide * 0.55
    right_w = wide - left_w - gap
    letter = [
        Paragraph("Dear friend,", _style("df", "Times-Italic", 12, color=CC_GREEN, after=5)),
        Paragraph("Farming can be a lonely life, and winter is when it is loneliest: short days, long nights "
                  "lambing or feeding stock, money tight and the nearest neighbour a mile down the lane. Our "
                  "cards have always been a small way of saying \u2018I\u2019m thinking of you\u2019, and every "
                  "pack you buy pays for someone in the fells and dales to have a proper conversation with us "
                  "when they need it.", body),
        Paragraph("Last Christmas you bought 9,800 packs and raised \u00a331,400, more than a tenth of our "
                  "income. This year\u2019s designs were all made by people from our patch: a retired police "
                  "officer who took up watercolours, a nine-year-old who won our schools competition, a "
                  "shepherd with a camera and two of our own volunteers.", body),
        Paragraph("Thank you for choosing our cards, and a very happy Christmas.", body),
        Paragraph("Catherine Mossop", _style("cm", "Times-BoldItalic", 12, color=CC_GREEN, after=0)),
        Paragraph("Chief executive", _style("ce", "Helvetica", 8, color=colors.HexColor("#555555"))),
    ]
    how = _panel([
        Paragraph("How to order", _style("ho", "Times-Bold", 13, color=CC_GREEN, after=4)),
        Paragraph("<b>Online</b> at lunebowland.example/shop, with free postage on orders over \u00a330.", small),
        Paragraph("<b>By phone</b> on 01632 960 530, Monday to Friday, 9am to 3pm.", small),
        Paragraph("<b>By post</b> with the order form on page 3.", small),
        Paragraph("<b>In person</b> at Bentham and Lancaster auction marts on sale days, and at our stall at "
                  "Kirkby Lonsdale\u2019s Christmas market on 6 December.", small),
    ], right_w, fill=CC_CREAM, border=CC_GOLD, pad=8)
    dates = _grid([
        ["Last dates for orders", ""],
        ["By post", "Monday 8 December"],
        ["Online and by phone", "Thursday 11 December"],
        ["Collect from the office", "Friday 19 December"],
    ], [right_w * 0.55, right_w * 0.45], cell, head, head_fill=CC_BERRY, zebra=CC_CREAM)
    cover = Table([[letter, [how, Spacer(1, 4 * mm), dates]]], colWidths=[left_w + gap, right_w])
    cover.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), gap), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    strip = _panel([Paragraph("All our cards are printed in Kendal on recycled card, 15 x 15 cm with envelopes, "
                              "and come in packs of ten (one design) unless marked. Blank inside, or with the "
                              "greeting shown.", _style("st", "Helvetica-Oblique", 8.2, leading=11,
                                                        color=CC_GREEN, align=1))],
                   wide, fill=colors.HexColor("#EEF3EE"), pad=7)
    tile_n = _style("tn", "Times-Bold", 22, leading=25, color=CC_BERRY, align=1, after=2)
    tile_t = _style("tt", "Helvetica", 8.2, leading=10.6, color=CC_GREEN, align=1)
    tiles = []
    for number, text in (("9,800", "packs of cards you bought last Christmas"),
                         ("\u00a331,400", "raised for our work from cards and gifts in 2024"),
                         ("\u00a35.50", "a pack of ten, and about two conversations with someone who needs one")):
        tiles.append(_panel([Paragraph(number, tile_n), Paragraph(text, tile_t)], (wide - 12 * mm) / 3,
                            fill=CC_CREAM, border=CC_GOLD, pad=8))
    tile_row = Table([tiles], colWidths=[(wide - 12 * mm) / 3 + 6 * mm] * 2 + [(wide - 12 * mm) / 3])
    tile_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story = [cover, Spacer(1, 7 * mm), tile_row, Spacer(1, 7 * mm), strip, NextPageTemplate("later"), PageBreak()]

    designs = [
        ("LB01", "Winter at the Mart", "mart", "Watercolour by Margaret Thistlethwaite, who served 30 years as a "
         "police officer with Cumbria Constabulary before taking up painting.", "Season\u2019s Greetings",
         "\u00a35.50 for 10"),
        ("LB02", "Robin on the Gate", "robin", "By Evie, aged 9, winner of our 2025 schools competition.",
         "Happy Christmas", "\u00a35.50 for 10"),
        ("LB03", "Lights on the Tractor Run", "tractor", "Photograph by Tom Procter, who farms at Wennington.",
         "Blank inside", "\u00a35.50 for 10"),
        ("LB04", "Ingleborough in Snow", "fell", "Photograph by Jess Hartley, shepherd and volunteer.",
         "Wishing you peace at Christmas", "\u00a35.50 for 10"),
        ("LB05", "Wall and Holly", "wall", "Linocut by Alan Dobson, one of our Fell Walks volunteers.",
         "Merry Christmas and a Happy New Year", "\u00a35.50 for 10"),
        ("LB06", "Mixed pack", "mixed", "Two each of LB01 to LB05.", "Greetings as above",
         "\u00a36.00 for 10"),
    ]
    card_w = (wide - 2 * 6 * mm) / 3
    cells = []
    for code, name, kind, artist, inside, price in designs:
        cells.append([_Drawing(card_w - 10 * mm, 36 * mm, _cc_card_art(kind)), Spacer(1, 2 * mm),
                      Paragraph(code, code_s), Paragraph(name, title_s), Paragraph(artist, meta_s),
                      Paragraph("Inside: " + inside, meta_s), Paragraph(price, price_s)])
    rows = [cells[0:3], cells[3:6]]
    grid = Table(rows, colWidths=[card_w + 6 * mm, card_w + 6 * mm, card_w])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm), ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                              ("BACKGROUND", (0, 0), (-1, -1), CC_CREAM),
                              ("LINEAFTER", (0, 0), (1, -1), 6 * mm, colors.white),
                              ("LINEBELOW", (0, 0), (-1, 0), 6 * mm, colors.white)]))
    gifts = _grid([
        ["Code", "Gift", "About it", "Price"],
        ["LG01", "Calendar 2026: A Year on the Fells", "Twelve photographs by our supporters, with the sale days "
         "of both marts marked", "\u00a39.00"],
        ["LG02", "Tea towel: Sheep of the Dales", "Cotton, printed with fourteen local breeds", "\u00a38.00"],
        ["LG03", "Enamel mug", "With our logo and \u2018Put the kettle on\u2019", "\u00a310.00"],
        ["LG04", "Gift a breakfast (e-card)", "A card we email to your friend, saying you have paid for ten "
         "bacon rolls at a Mart Monday", "\u00a315.00"],
    ], [14 * mm, 52 * mm, wide - 84 * mm, 18 * mm], cell, head, head_fill=CC_GREEN, zebra=CC_CREAM)
    story += [Paragraph("Our cards for 2025", serif_h), grid, Spacer(1, 5 * mm), Paragraph("Gifts", serif_h), gifts,
              Paragraph("Calendars and mugs are heavy: please see the postage table on page 3.",
                        _style("gn", "Helvetica-Oblique", 7.8, color=colors.HexColor("#555555"), before=3)),
              PageBreak()]

    half = (wide - gap) / 2
    left = [
        Paragraph("Mart Mondays", h2),
        Paragraph("Mart Mondays are our drop-ins at the auction marts in Lancaster and Bentham. On every sale "
                  "day one of our support workers and a volunteer who farms set up a table in the mart caf\u00e9 "
                  "with bacon rolls and time to talk: about money, paperwork, stress, a tenancy coming to an end "
                  "or nothing in particular. Since 2021 there have been more than 3,100 conversations over a "
                  "bacon roll, and 240 people have gone on to one-to-one support with us.", small),
    ]
    right = [
        Paragraph("Fell Walks", h2),
        Paragraph("Fell Walks are free walking groups for anyone in farming or rural work who is finding life "
                  "hard, led by trained volunteers who farm themselves. Groups meet every other week in "
                  "Dentdale, Wray and Slaidburn and walk for about two hours, with a brew at the end. In "
                  "2024\u201325, 92 people came on at least one walk, and nine in ten told us they felt less "
                  "alone.", small),
    ]
    money = Table([[left, right]], colWidths=[half + gap / 2, half + gap / 2])
    money.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, -1), gap / 2),
                               ("RIGHTPADDING", (0, 0), (0, -1), gap / 2), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("LINEAFTER", (0, 0), (0, -1), 0.5, CC_GOLD)]))
    postage = _grid([
        ["Order value", "Postage"],
        ["Up to \u00a315", "\u00a33.20"],
        ["\u00a315.01 to \u00a330", "\u00a34.50"],
        ["Over \u00a330", "Free"],
    ], [32 * mm, 22 * mm], cell, head, head_fill=CC_BERRY, zebra=CC_CREAM)
    thanks = _panel([
        Paragraph("A thank you", _style("ty", "Times-Bold", 12, color=CC_GREEN, after=3)),
        Paragraph("To everyone who sold our cards last year, from the post offices in Dent and Slaidburn to "
                  "the officers of Lancashire Constabulary\u2019s rural task force, who bought 40 packs to send "
                  "to the farms on their patch. And to the marts, who never charge us for the table.", small),
    ], wide - 54 * mm - 6 * mm, fill=CC_CREAM, bar=CC_GOLD, pad=8)
    lower = Table([[thanks, postage]], colWidths=[wide - 54 * mm, 54 * mm])
    lower.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story += [Paragraph("Where your money goes", serif_h),
              Paragraph("Every pack pays for about two conversations. This is some of what your cards paid for "
                        "this year.", body),
              money, Spacer(1, 5 * mm), lower, Spacer(1, 6 * mm), _Drawing(wide, 112 * mm, _cc_order),
              Paragraph("Other ways to help: buy a calendar for the office, ask your village shop to stock our "
                        "cards, or give a regular gift at lunebowland.example/give. We never sell or swap your "
                        "details.", _style("ow", "Helvetica-Oblique", 8, leading=10.6, color=CC_GREEN, before=4))]
    doc.build(story)


# ================================================================== 4. A peer reviewer's report on a journal manuscript (Word)

PR_FILE = "jcsp-2025-0418-reviewer-2-report.docx"


def reviewer_report(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 2.0, 1.8, 2.2, 2.2)
    _heading_colours(document, "1F4E5F", "Calibri")
    teal = "1F4E5F"
    _header_footer(document, "Journal of Community Safety Practice", "", "Reviewer report \u00b7 confidential",
                   "JCSP-2025-0418 \u00b7 Reviewer 2\t\t", 3, size=8)

    document.add_heading("Reviewer report", level=1)
    _p(document, "Please complete every section. Comments to the authors are sent to them unchanged and "
                 "anonymously; confidential comments are seen only by the editors.", italic=True, size=9,
       colour="666666", after=8)

    document.add_heading("1. Manuscript", level=2)
    details = _docx_table(document, [
        ["Manuscript ID", "JCSP-2025-0418"],
        ["Title", "Keeping in touch after fraud: a matched comparison of follow-up calls to older victims in "
                  "Nottinghamshire"],
        ["Article type", "Original research (up to 7,000 words)"],
        ["Round", "First submission"],
        ["Handling editor", "Dr Fiona Marsh"],
        ["Invited / due / returned", "2 February 2026 / 2 March 2026 / 26 February 2026"],
        ["Reviewer", "Reviewer 2 (anonymous to the authors)"],
    ], widths=[4.2, 12.4], size=9.5, label_fill="E3EEF1")
    for row in details.rows:
        row.height = Cm(0.6)
    _p(document, "", after=2)

    document.add_heading("2. Recommendation", level=2)
    rec = _docx_table(document, [
        ["Accept", "Minor revision", "Major revision", "Reject and resubmit", "Reject"],
        ["\u2610", "\u2610", "\u2612", "\u2610", "\u2610"],
    ], widths=[3.3, 3.3, 3.3, 3.4, 3.3], size=9.5, head_fill="E3EEF1")
    for cell in rec.rows[1].cells:
        cell.paragraphs[0].alignment = 1
        for run in cell.paragraphs[0].runs:
            run.font.size = Pt(13)
    _p(document, "", after=2)

    document.add_heading("3. Ratings", level=2)
    _p(document, "1 = poor, 5 = excellent", italic=True, size=8.5, colour="666666", after=3)
    ratings = _docx_table(document, [
        ["", "1", "2", "3", "4", "5"],
        ["Relevance to practice", "", "", "", "", "\u25cf"],
        ["Originality", "", "", "\u25cf", "", ""],
        ["Design and methods", "", "\u25cf", "", "", ""],
        ["Analysis and interpretation", "", "", "\u25cf", "", ""],
        ["Clarity of writing", "", "", "", "\u25cf", ""],
    ], widths=[6.6, 2.0, 2.0, 2.0, 2.0, 2.0], size=9.5, head_fill="E3EEF1")
    for row in ratings.rows:
        for cell in row.cells[1:]:
            cell.paragraphs[0].alignment = 1
    _p(document, "", after=2)

    document.add_heading("4. Comments to the authors", level=2)
    document.add_heading("Summary of the submission", level=3)
    _p(document, "Keep in Touch, as the authors describe it, is run by Nottinghamshire Police\u2019s fraud "
                 "safeguarding team with volunteers from Trent Fraud Support, a local charity. Every fraud victim "
                 "aged 65 or over in the county whose report reaches the force from Action Fraud is phoned within "
                 "48 hours by a safeguarding officer, who arranges a call blocker where it is needed; a trained "
                 "volunteer then rings every week for six weeks to talk through any new calls, letters or emails. "
                 "Between April 2022 and March 2024, 612 victims received the scheme. The authors compare them "
                 "with 598 victims matched on age, sex, fraud type and loss from 2019 to 2021, and report repeat "
                 "victimisation within twelve months of 9.5% against 16.1%, falling to 11.2% against 14.0% once "
                 "the pandemic years are adjusted for. Volunteers and victims interviewed (n = 24) valued the "
                 "calls highly.", after=6)
    _p(document, "This is a useful paper on a question that matters to forces, and it is clearly written. The "
                 "scheme is described well enough for others to copy it, which is rare. My concerns are mainly "
                 "about the comparison group and the outcome measure, and I think the conclusions go further "
                 "than the design allows.", after=6)

    document.add_heading("Major comments", level=3)
    majors = [
        ("The comparison group. ", "The matched victims come from 2019\u20132021, so any change in fraud types, "
         "reporting or Action Fraud\u2019s dissemination over those years is confounded with the scheme. The "
         "adjustment for the pandemic helps but cannot deal with this. Is a concurrent comparison possible? The "
         "introduction mentions that neighbouring forces, Leicestershire Police and Lincolnshire Police, did "
         "not have a similar scheme over the period; if their data could be obtained, a difference-in-differences "
         "design would be much stronger."),
        ("The outcome. ", "Repeat victimisation is measured only by further reports. Weekly calls from a "
         "volunteer are likely to make people more willing to report, which would bias the result towards zero, "
         "but they may also make people report attempts rather than losses. Please separate attempted from "
         "completed frauds, and discuss the direction of any bias."),
        ("Who is in the treated group. ", "Victims who declined the first call (the authors say about a fifth, "
         "l. 241) are excluded. This makes the comparison one of people who accept help against everyone. An "
         "intention-to-treat analysis including those who declined is needed, with the per-protocol result as "
         "secondary."),
        ("What works. ", "The scheme combines a call blocker, an officer\u2019s call and six volunteer calls. The "
         "paper cannot say which matters, and the discussion should say so plainly. It would also help to know "
         "how many victims had contact from City of London Police\u2019s national Economic Crime Victim Care Unit "
         "as well, since that is a second service running alongside."),
        ("Costs. ", "There is nothing on cost. Even a simple estimate of officer and volunteer hours per victim "
         "would make the paper far more useful to commissioners."),
        ("Claims. ", "The scheme is called \u2018the first of its kind\u2019 (l. 88) and the abstract says it "
         "\u2018halves\u2019 repeat victimisation. Neither is supported. Please soften both."),
    ]
    for lead, text in majors:
        paragraph = document.add_paragraph(style="List Number")
        _runs(paragraph, [(lead, True, False), (text, False, False)])
        paragraph.paragraph_format.space_after = Pt(4)

    document.add_heading("Minor comments", level=3)
    _docx_table(document, [
        ["Line", "Comment"],
        ["34", "\u2018Older people\u2019 is defined as 65 and over here but 60 and over in Table 1."],
        ["112\u2013130", "The description of the volunteers\u2019 training could be moved to a supplementary file."],
        ["Table 2", "Please give the numbers as well as percentages, and the confidence intervals."],
        ["Figure 1", "The y-axis starts at 5%, which exaggerates the gap."],
        ["301", "Typo: \u2018safegaurding\u2019."],
        ["References", "Several references are to press releases; please replace them with the underlying "
                       "reports where these exist."],
    ], widths=[2.4, 14.2], size=9, head_fill="E3EEF1")
    _p(document, "", after=4)

    document.add_heading("5. Confidential comments to the editor", level=2)
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _fill(cell, "FFF6DB")
    cell.width = Cm(16.6)
    _cell(cell, "Not shared with the authors", bold=True, size=9, colour="7A5B00")
    for text in ["I heard about this scheme at a regional fraud meeting last year but have no connection with "
                 "the authors, the force or the charity.",
                 "The paper is worth publishing if the comparison can be strengthened; if it cannot, it might "
                 "suit the journal\u2019s Practice Notes section better. I would be happy to see a revised "
                 "version."]:
        _cell(cell, text, size=9.5, first=False)
    _p(document, "", after=4)

    document.add_heading("6. Declarations", level=2)
    decl = _docx_table(document, [
        ["", "Declaration"],
        ["\u2612", "I have no competing interests in relation to this manuscript."],
        ["\u2612", "I have not used generative AI tools to write or summarise this report."],
        ["\u2612", "I agree to this report being shared with the other reviewers."],
        ["\u2610", "I wish to sign my report (my name will be shown to the authors)."],
    ], widths=[1.2, 15.4], size=9.5, head_fill="E3EEF1")
    for row in decl.rows[1:]:
        row.cells[0].paragraphs[0].alignment = 1
    _p(document, "", after=2)
    _p(document, "Thank you for reviewing for the Journal of Community Safety Practice. Submit this form through "
                 "the reviewer centre; do not email it to the authors.", italic=True, size=8.5, colour="666666")
    _save_docx(document, out / PR_FILE, "Reviewer report JCSP-2025-0418", "Reviewer 2")


# ================================================================== 5. A parish clerk's report to a council meeting (Word)

CR_FILE = "hutton-rudby-parish-council-clerks-report-10-march-2026.docx"


def clerks_report(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 10.5)
    _page_setup(document, 1.8, 1.8, 2.2, 2.2)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    _runs(head, [("HUTTON RUDBY PARISH COUNCIL", True, False)], size=10)
    head.alignment = 1
    rule = section.header.add_paragraph()
    _runs(rule, [("Parish Council meeting, Tuesday 10 March 2026, 7.30pm, Hutton Rudby Village Hall", False,
                  False)], size=8.5, colour="555555")
    rule.alignment = 1
    foot = section.footer.paragraphs[0]
    _tabbed(foot, _text_width(document))
    _runs(foot, [("Item 6: Clerk\u2019s report \u00b7 published with the agenda\t\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "3", size=8)

    _p(document, "Agenda item 6: Clerk\u2019s report", size=14, bold=True, after=4)
    _p(document, "This report updates councillors on matters since the meeting of 10 February 2026. Items marked "
                 "\u25b6 need a decision at this meeting; the rest are for information.", size=10, after=8)

    def head_line(text):
        paragraph = _p(document, text, size=11, bold=True, before=10, after=4)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def numbered(number, parts, decision=False):
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(1.2)
        fmt.first_line_indent = Cm(-1.2)
        fmt.space_after = Pt(5)
        fmt.tab_stops.add_tab_stop(Cm(1.2))
        runs = [(number + "\t", False, False)]
        if decision:
            runs.append(("\u25b6 ", True, False))
        _runs(paragraph, runs + parts)
        return paragraph

    head_line("6.1  Correspondence")
    _docx_table(document, [
        ["No.", "From", "Subject", "Suggested action"],
        ["1", "North Yorkshire Council", "Consultation on the draft Local Plan: parish briefing on 26 March "
                                         "(online)", "Clerk and one councillor to attend"],
        ["2", "Yorkshire Local Councils Associations", "Subscription for 2026/27 (\u00a3212)", "See payments, 6.5"],
        ["3", "A resident of Enterpen", "Speeding traffic and a request for a Speedwatch group (see 6.2.3)",
         "For information"],
        ["4", "Hutton Rudby Primary School", "Thanks for the council\u2019s grant towards the reading garden",
         "For information"],
        ["5", "North Yorkshire Police, Rural Taskforce", "Summary of the marking day on 14 February (see 6.2.2)",
         "Decision at 6.2.2"],
        ["6", "Village Hall Management Committee", "Hall hire rates from April: \u00a312 an hour", "Note"],
    ], widths=[1.0, 4.6, 7.2, 3.8], size=9, head_fill="D9D9D9")
    _p(document, "", after=2)

    head_line("6.2  Police and community safety")
    numbered("6.2.1", [("PCSO Hannah Coates of the Stokesley and Great Ayton neighbourhood team sends her "
                        "apologies. North Yorkshire Police\u2019s figures for the parish for February show four "
                        "crimes: two thefts from vans on Garbutts Lane, a shed break-in on Hutton Bank and damage "
                        "to the bus shelter on North End. Log numbers are available from the clerk.", False,
                        False)])
    numbered("6.2.2", [("North Yorkshire Police\u2019s Rural Taskforce have sent a summary of the marking day they "
                        "held in the village hall car park on Saturday 14 February. Officers marked 38 quad bikes, "
                        "trailers and ride-on mowers with forensic marking and CESAR tags, registered 61 tools and "
                        "other items on the national property register, and gave out 25 trailer hitch locks paid "
                        "for by the York and North Yorkshire Mayor\u2019s office. The taskforce say that none of the "
                        "machinery they have marked in the Stokesley area since their first marking days in 2024 "
                        "has been stolen. They would like to come back in the autumn.", False, False)])
    numbered("", [("Councillors are asked whether to offer the car park again free of charge.", False, False)],
             decision=True)
    numbered("6.2.3", [("A resident has asked about starting a Community Speedwatch group on Enterpen (letter 3). "
                        "The clerk has sent her the force\u2019s information pack; she will report back if enough "
                        "volunteers come forward.", False, False)])

    head_line("6.3  Highways, footpaths and the lengthsman")
    numbered("6.3.1", [("The parish lengthsman, Colin Readman, has now completed his first full year working for "
                        "the parish under North Yorkshire Council\u2019s lengthsman scheme, for eight hours a week. "
                        "Since March 2025 he has cleared 46 gullies and grips, cut back overgrowth on eleven "
                        "public footpaths, repainted the bus shelter and both benches on the Green, and reported "
                        "19 potholes and two broken streetlights through the council\u2019s website, all but three "
                        "of which have been repaired. The county pays 60% of his hours; the rest comes from the "
                        "precept (\u00a33,140 in 2025/26).", False, False)])
    numbered("6.3.2", [("Councillors are asked to renew Mr Readman\u2019s contract for 2026/27 on the same hours.",
                        False, False)], decision=True)
    numbered("6.3.3", [("North Yorkshire Council has confirmed that Hutton Bank will be resurfaced in the week of "
                        "18 May, with the road closed from 9.30am to 3.30pm each day.", False, False)])

    head_line("6.4  Planning")
    _p(document, "Applications received since the last meeting. Comments must reach North Yorkshire Council by the "
                 "date shown.", size=10, after=4)
    _docx_table(document, [
        ["Reference", "Site", "Proposal", "Comments by"],
        ["ZF26/00412/FUL", "3 South Side", "Single-storey rear extension", "17 March"],
        ["ZF26/00437/TPO", "Rudby Hall grounds", "Crown reduction of one beech (TPO 4/1987)", "20 March"],
        ["ZF26/00455/FUL", "Land off Garbutts Lane", "Change of use of agricultural building to a workshop",
         "27 March"],
    ], widths=[3.4, 3.8, 6.6, 2.8], size=9, head_fill="D9D9D9")
    _p(document, "", after=2)

    head_line("6.5  Finance")
    numbered("6.5.1", [("Payments for approval:", False, False)], decision=True)
    payments = _docx_table(document, [
        ["Payee", "What for", "Amount"],
        ["G. Braithwaite", "Clerk\u2019s salary, February (net)", "\u00a3612.40"],
        ["HMRC", "PAYE and National Insurance, February", "\u00a388.60"],
        ["C. Readman", "Lengthsman, February (32 hours)", "\u00a3268.80"],
        ["Yorkshire Local Councils Associations", "Subscription 2026/27", "\u00a3212.00"],
        ["Greenfield Grounds Ltd", "Grass cutting, March", "\u00a3360.00"],
        ["Village Hall Management Committee", "Room hire, February meeting", "\u00a324.00"],
        ["", "Total", "\u00a31,565.80"],
    ], widths=[5.6, 8.0, 3.0], size=9, head_fill="D9D9D9")
    for row in payments.rows[1:]:
        row.cells[2].paragraphs[0].alignment = 2
    for run in payments.rows[-1].cells[1].paragraphs[0].runs + payments.rows[-1].cells[2].paragraphs[0].runs:
        run.bold = True
    _p(document, "", after=2)
    numbered("6.5.2", [("Bank balances at 28 February 2026, reconciled to the statements: current account "
                        "\u00a314,882.17; reserve account \u00a322,500.00 (of which \u00a36,000 is earmarked for "
                        "the play area).", False, False)])
    numbered("6.5.3", [("The internal auditor will visit on 7 May. The annual return must be approved by 30 "
                        "June.", False, False)])

    head_line("6.6  Actions from previous meetings")
    actions = _docx_table(document, [
        ["Minute", "Action", "Who", "Status"],
        ["25/118", "Defibrillator for North End: get two quotes", "Clerk", "Open: one quote received"],
        ["25/131", "Replace the noticeboard by the shop", "Cllr Hebden", "Open: ordered, due April"],
        ["26/004", "Christmas tree lights: pay invoice", "Clerk", "Closed"],
        ["26/012", "Dog bins on the Green emptied more often", "Clerk", "Closed: weekly from March"],
    ], widths=[2.0, 7.4, 2.6, 4.6], size=9, head_fill="D9D9D9")
    for row in actions.rows[1:]:
        status = row.cells[3]
        _fill(status, "E2EFDA" if status.text.startswith("Closed") else "FFF2CC")
    _p(document, "", after=2)

    head_line("6.7  Dates")
    for text in ["Next meeting of the Parish Council: Tuesday 14 April 2026, 7.30pm",
                 "Annual Parish Meeting (for all residents): Tuesday 21 April 2026, 7pm",
                 "Annual Meeting of the Council: Tuesday 12 May 2026, 7.30pm"]:
        paragraph = _p(document, text, style="List Bullet", after=2)
    _p(document, "", after=6)
    _p(document, "Gillian Braithwaite", bold=True, after=0)
    _p(document, "Clerk and Responsible Financial Officer", after=0)
    _p(document, "clerk@huttonrudbypc.example \u00b7 01632 960 370", size=9.5, colour="555555")
    _save_docx(document, out / CR_FILE, "Clerk's report, 10 March 2026", "Gillian Braithwaite")


# ================================================================== 6. A Brownie unit's term programme for parents (Word)

BR_FILE = "3rd-frodsham-castle-park-brownies-spring-term-2026-programme.docx"


def brownie_programme(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Century Gothic", 10)
    _page_setup(document, 1.6, 1.5, 1.8, 1.8)
    brown = "7B4A1E"
    navy = "161B4E"
    _header_footer(document, "3rd Frodsham (Castle Park) Brownies", "", "Spring term 2026",
                   "Part of Girlguiding \u00b7 Frodsham District \u00b7 registered unit 40817\t\t", 3, size=8)

    title = _p(document, "", after=0)
    _runs(title, [("Spring term programme", True, False)], size=22, colour=brown)
    _p(document, "Wednesdays, 5.30pm to 7pm, at the Guide HQ, Fluin Lane", size=11, colour=navy, after=8)

    _p(document, "Dear parents and carers,", after=4)
    for text in ["Happy new year, and welcome back! A special welcome to our five new Brownies, who will make "
                 "their Promise in February. This term we are working on our Science and Stay Safe skills "
                 "builders, celebrating World Thinking Day with the Rainbows, and on Saturday 21 March we are "
                 "off to the science centre in Widnes (consent slip at the end, please).",
                 "Please read the dates carefully: there is no meeting in half term, and the trip is on a "
                 "Saturday. If your Brownie is going to miss a meeting, a quick text to Brown Owl is really "
                 "helpful.",
                 "Thank you, as always, to the parents who help on the rota. We cannot run without you."]:
        _p(document, text, after=5)
    _p(document, "Sarah Ashworth (Brown Owl) and Priya Desai (Tawny Owl)", italic=True, colour=brown, after=8)

    rows = [
        ["Date", "Theme", "What we\u2019re doing", "Bring or wear"],
        ["7 Jan", "Pow wow", "Planning the term together; new Brownies choose their Six", "Uniform"],
        ["14 Jan", "Science skills builder", "Kitchen science: slime, lava lamps and invisible ink",
         "An old T-shirt"],
        ["21 Jan", "Science skills builder", "Fizzy rockets (outside if dry)", "Warm coat"],
        ["28 Jan", "Thinking Day crafts", "Making our World Thinking Day decorations and learning about Guides in "
                                          "Ghana", "Uniform"],
        ["4 Feb", "Chinese New Year", "Year of the Horse: dumplings, lanterns and a dragon dance",
         "Tell us about allergies"],
        ["11 Feb", "Promise celebration", "New Brownies make their Promise. Parents welcome from 6.40pm",
         "Uniform; family!"],
        ["18 Feb", "HALF TERM", "No meeting", ""],
        ["25 Feb", "World Thinking Day", "Joint games night with 1st Frodsham Rainbows (Thinking Day is on 22 "
                                         "February)", "Uniform; 50p for the Thinking Day Fund"],
        ["4 Mar", "Stay Safe skills builder", "PCSO Dan Whitfield from Cheshire Constabulary\u2019s Frodsham and "
                                              "Helsby neighbourhood team is visiting to talk about road safety and "
                                              "what to do if you get lost", "Questions for PCSO Dan"],
        ["11 Mar", "Stay Safe skills builder", "First aid with a St John Ambulance volunteer: bandages, the "
                                               "recovery position and calling 999", "Uniform"],
        ["18 Mar", "Community action", "Food bank collection and sorting: please bring a tin or packet for "
                                       "Frodsham Foodbank (no glass)", "A tin or packet"],
        ["Sat 21 Mar", "TRIP", "Catalyst Science Discovery Centre, Widnes. Coach from Castle Park at 9.30am, "
                               "back by 3pm", "Packed lunch, coat, consent slip"],
        ["25 Mar", "Easter", "Easter crafts and a bonnet parade", "A bonnet (any hat will do)"],
        ["1 Apr", "End of term party", "Games, badges and certificates", "Party clothes"],
    ]
    table = _docx_table(document, rows, widths=[2.0, 3.6, 8.6, 3.2], size=9, head_fill="7B4A1E",
                        head_colour="FFFFFF")
    for r, row in enumerate(table.rows[1:], start=1):
        theme = rows[r][1]
        if theme in ("HALF TERM", "TRIP"):
            for cell in row.cells:
                _fill(cell, "FFE8A3" if theme == "TRIP" else "E7E6E6")
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif r % 2 == 0:
            for cell in row.cells:
                _fill(cell, "FBF4E8")
    _p(document, "", after=4)

    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _fill(cell, "E8EAF6")
    cell.width = Cm(17.4)
    _cell(cell, "Coming up", bold=True, size=10.5, colour=navy)
    for text in ["Frodsham in Bloom have asked whether our Brownies would like to help them plant bulbs at "
                 "Frodsham station on Saturday 28 March, 10 to 11.30am. This is not a Brownie meeting and is "
                 "optional: parents stay with their Brownie. Let us know by 18 March if you would like to come.",
                 "Summer term starts on Wednesday 15 April. Pack holiday at Tattenhall is 26 to 28 June: letters "
                 "will come home in April."]:
        _cell(cell, text, size=9.5, first=False)
    _p(document, "", after=4)

    head = _p(document, "Subs and payments", bold=True, size=12, colour=brown, before=6, after=3)
    head.paragraph_format.keep_with_next = True
    _docx_table(document, [
        ["What", "Amount", "When"],
        ["Term subs (12 meetings)", "\u00a345 (\u00a335 for a sister)", "By 28 January"],
        ["Catalyst trip, with coach", "\u00a318", "With the consent slip, by 11 March"],
        ["Girlguiding membership", "Included in subs", "\u2013"],
    ], widths=[7.0, 5.2, 5.2], size=9, head_fill="E7E6E6")
    _p(document, "Pay by bank transfer to 3rd Frodsham Brownies, sort code 00-00-00, account 00012345, with your "
                 "Brownie\u2019s name as the reference. If subs are difficult, please have a quiet word: no girl "
                 "misses out.", size=9, after=6, before=3)

    head = _p(document, "Parent helper rota", bold=True, size=12, colour=brown, before=6, after=3)
    head.paragraph_format.keep_with_next = True
    rota = _docx_table(document, [
        ["7 Jan", "14 Jan", "21 Jan", "28 Jan", "4 Feb", "11 Feb", "25 Feb"],
        ["Mrs Okafor", "Mr Lunt", "Ms Byrne", "Could you help?", "Mrs Hale", "Leaders only", "Mr Lunt"],
        ["4 Mar", "11 Mar", "18 Mar", "21 Mar (trip)", "25 Mar", "1 Apr", ""],
        ["Mrs Walsh", "Could you help?", "Ms Byrne", "Two more adults needed", "Mrs Okafor", "Mrs Hale", ""],
    ], widths=[2.48] * 7, size=8.5)
    for r in (0, 2):
        for cell in rota.rows[r].cells:
            _fill(cell, "FBF4E8")
            for run in cell.paragraphs[0].runs:
                run.bold = True
    _p(document, "", after=4)

    head = _p(document, "Things to remember", bold=True, size=12, colour=brown, before=6, after=3)
    head.paragraph_format.keep_with_next = True
    for text in ["Please come to the door to collect your Brownie. She can only walk home on her own if we have "
                 "your permission in writing.",
                 "Tell us about any changes to medical needs, allergies or contact numbers.",
                 "We only share photos in our private parents\u2019 group, and only of girls whose parents have "
                 "said yes.",
                 "Brown Owl: 07700 900 312 \u00b7 Tawny Owl: 07700 900 313 \u00b7 "
                 "3rdfrodshambrownies@example.org"]:
        _p(document, text, style="List Bullet", size=9.5, after=2)
    _p(document, "", after=6)

    cut = _p(document, "\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - "
                       "- - - - - - - - - - -", size=9, colour="888888", after=4)
    _p(document, "Trip consent: Catalyst Science Discovery Centre, Saturday 21 March 2026", bold=True, size=11,
       colour=navy, after=6)
    for text in ["Brownie\u2019s name  ......................................................................",
                 "\u2610  She may go on the trip, travelling by coach with the leaders.",
                 "\u2610  She may be photographed for our private parents\u2019 group.",
                 "\u2610  I enclose \u00a318 / I have paid by bank transfer (please circle).",
                 "Medical needs or allergies  ........................................................",
                 "Emergency contact on the day  ................................  Phone  ......................",
                 "Signed  ..............................................  Date  .............................."]:
        _p(document, text, size=9.5, after=7)
    _save_docx(document, out / BR_FILE, "3rd Frodsham Brownies: spring term 2026", "Sarah Ashworth")


# ================================================================== 7. A young carers' charity's donate page (HTML)

DONATE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Donate | Tame Valley Young Carers</title>
<meta name="description" content="Give once or monthly to Tame Valley Young Carers and help young carers in Tameside get a break, support at school and someone to talk to.">
<meta property="og:title" content="Donate to Tame Valley Young Carers">
<meta property="og:type" content="website">
<meta property="og:url" content="https://www.tamevalleyyoungcarers.example/donate/">
<link rel="canonical" href="https://www.tamevalleyyoungcarers.example/donate/">
<style>
  :root { --teal: #007c89; --sun: #ffb81c; --ink: #1d2b36; --pale: #eef8f9; }
  body { margin: 0; font-family: "Nunito", Arial, sans-serif; color: var(--ink); line-height: 1.55; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px; }
  .topbar { background: var(--ink); color: #fff; font-size: .85rem; padding: 6px 24px; display: flex; justify-content: space-between; }
  .topbar a { color: var(--sun); }
  header.site { display: flex; align-items: center; justify-content: space-between; padding: 14px 24px; border-bottom: 1px solid #dde; }
  .logo { font-weight: 800; font-size: 1.3rem; color: var(--teal); text-decoration: none; }
  .logo span { display: block; font-size: .75rem; color: #555; font-weight: 400; }
  nav.main ul { list-style: none; display: flex; gap: 18px; margin: 0; padding: 0; }
  nav.main a { color: var(--ink); text-decoration: none; font-weight: 700; }
  nav.main a.btn-donate { background: var(--sun); padding: 8px 16px; border-radius: 20px; }
  .hero { background: var(--teal); color: #fff; display: grid; grid-template-columns: 1.1fr 1fr; gap: 32px; padding: 40px 24px; }
  .hero h1 { font-size: 2.4rem; margin: 0 0 12px; }
  .give-card { background: #fff; color: var(--ink); border-radius: 12px; padding: 22px; box-shadow: 0 4px 18px rgba(0,0,0,.2); }
  .give-card fieldset { border: 0; padding: 0; margin: 0 0 14px; }
  .give-card legend { font-weight: 800; margin-bottom: 6px; }
  .toggle label, .amounts label { display: inline-block; border: 2px solid var(--teal); border-radius: 8px; padding: 8px 14px; margin: 0 6px 6px 0; cursor: pointer; }
  .amounts input, .toggle input { position: absolute; opacity: 0; }
  .impact-line { background: var(--pale); border-left: 4px solid var(--sun); padding: 8px 12px; font-size: .95rem; }
  .btn { background: var(--sun); color: var(--ink); border: 0; border-radius: 24px; font-weight: 800; padding: 12px 22px; font-size: 1rem; }
  .secure { font-size: .8rem; color: #555; }
  section.band { padding: 36px 24px; }
  section.band.alt { background: var(--pale); }
  .tiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
  .tiles li { background: #fff; border-radius: 10px; padding: 16px; border-top: 6px solid var(--sun); }
  .tiles strong { display: block; font-size: 1.8rem; color: var(--teal); }
  .two-up { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
  .two-up article { background: #fff; border: 1px solid #cfe3e6; border-radius: 10px; padding: 20px; }
  .two-up .label { text-transform: uppercase; letter-spacing: .06em; font-size: .75rem; color: var(--teal); font-weight: 800; }
  blockquote.story { border-left: 6px solid var(--teal); margin: 24px 0; padding: 8px 20px; font-size: 1.15rem; }
  .split { display: flex; height: 28px; border-radius: 14px; overflow: hidden; margin: 10px 0; }
  .split div { color: #fff; font-size: .8rem; padding: 4px 10px; }
  .ways { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
  .ways .card { border: 1px solid #dde; border-radius: 10px; padding: 16px; }
  details { border-bottom: 1px solid #dde; padding: 10px 0; }
  summary { font-weight: 800; cursor: pointer; }
  footer.site { background: var(--ink); color: #dfe7ea; padding: 30px 24px; font-size: .9rem; }
  footer.site a { color: #fff; }
  .fr-badge { display: inline-block; border: 1px solid #fff; padding: 6px 10px; border-radius: 4px; margin-top: 10px; }
  .cookie { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 3px solid var(--teal); padding: 14px 24px; }
</style>
</head>
<body class="page page-donate">
<a class="skip" href="#main">Skip to main content</a>
<div class="topbar">
  <span>Are you a young carer? <a href="/get-support/">Find out how we can help</a></span>
  <span>Call us on 01632 960 650, Monday to Friday, 9am to 5pm</span>
</div>
<header class="site">
  <a class="logo" href="/">Tame Valley Young Carers<span>Because caring shouldn&rsquo;t mean missing out</span></a>
  <nav class="main" aria-label="Main">
    <ul>
      <li><a href="/about/">About us</a></li>
      <li><a href="/get-support/">Get support</a></li>
      <li><a href="/schools/">For schools</a></li>
      <li><a href="/get-involved/">Get involved</a></li>
      <li><a href="/news/">News</a></li>
      <li><a class="btn-donate" href="/donate/" aria-current="page">Donate</a></li>
    </ul>
  </nav>
</header>

<main id="main">
  <div class="hero">
    <div>
      <h1>A break can change everything</h1>
      <p>There are more than 2,000 young carers in Tameside, some as young as eight, looking after a mum with MS, a dad who drinks, a brother with autism or a grandparent with dementia. They get up early, do the shopping and the meds, and then go to school.</p>
      <p>Your gift gives them a break, help at school and someone on their side.</p>
    </div>
    <form class="give-card" action="https://donate.tamevalleyyoungcarers.example/checkout" method="post">
      <fieldset class="toggle">
        <legend>How often would you like to give?</legend>
        <label><input type="radio" name="frequency" value="once"> Give once</label>
        <label><input type="radio" name="frequency" value="monthly" checked> Give monthly</label>
      </fieldset>
      <fieldset class="amounts">
        <legend>Choose an amount</legend>
        <label><input type="radio" name="amount" value="5"> &pound;5</label>
        <label><input type="radio" name="amount" value="10" checked> &pound;10</label>
        <label><input type="radio" name="amount" value="25"> &pound;25</label>
        <label><input type="radio" name="amount" value="50"> &pound;50</label>
        <label for="other-amount">Other amount &pound;</label>
        <input type="number" id="other-amount" name="other" min="2" step="1" inputmode="numeric">
      </fieldset>
      <p class="impact-line" aria-live="polite">&pound;10 a month could pay for a young carer to come to a Time Out day every other month.</p>
      <p><label><input type="checkbox" name="giftaid" value="yes"> Yes, I am a UK taxpayer and would like Tame Valley Young Carers to claim Gift Aid on this and any future donations. I understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed in a tax year, it is my responsibility to pay the difference.</label></p>
      <button class="btn" type="submit">Continue to payment</button>
      <p class="secure">Payments are taken securely by our payment partner. We never see or store your card details.</p>
    </form>
  </div>

  <section class="band alt" aria-labelledby="what-it-does">
    <h2 id="what-it-does">What your money does</h2>
    <ul class="tiles">
      <li><strong>&pound;5</strong> pays for a hot chocolate and a chat at our Thursday drop-in</li>
      <li><strong>&pound;25</strong> pays for one young carer&rsquo;s place on a Time Out day, with transport</li>
      <li><strong>&pound;60</strong> pays for a training session for the whole staff of a primary school</li>
      <li><strong>&pound;150</strong> pays for a place on our summer residential in the Lake District</li>
    </ul>
  </section>

  <section class="band" aria-labelledby="gift-pays">
    <h2 id="gift-pays">Two things your gift pays for</h2>
    <div class="two-up">
      <article>
        <p class="label">For young carers</p>
        <h3>Time Out</h3>
        <p>Time Out is our programme of Saturday breaks for young carers aged 8 to 18: climbing, cooking, football, trips to the coast, a summer residential in the Lake District, and above all time with other young people who understand. In 2025 we ran 46 Time Out days and two residentials for 212 young carers, and 87% told us they felt less alone afterwards.</p>
        <p><a href="/get-support/time-out/">More about Time Out</a></p>
      </article>
      <article>
        <p class="label">In schools</p>
        <h3>Carers in Class</h3>
        <p>Carers in Class trains school staff in Tameside to spot pupils who are caring at home and to support them in school. Our schools worker runs a session for every member of staff, helps each school choose a young carers lead and sets up a lunchtime group for its young carers. Since 2023, 31 schools have taken part, and the number of young carers those schools know about has risen from 140 to 390. Tameside Council pays for the schools worker&rsquo;s post.</p>
        <p><a href="/schools/">Information for schools</a></p>
      </article>
    </div>
    <blockquote class="story">
      <p>&ldquo;Before Time Out I&rsquo;d never been to the seaside. I&rsquo;d never had a day where I didn&rsquo;t have to think about Mum.&rdquo;</p>
      <footer>Jade, 13, a young carer since she was nine</footer>
    </blockquote>
  </section>

  <section class="band alt" aria-labelledby="every-pound">
    <h2 id="every-pound">Where every &pound;1 goes</h2>
    <div class="split" role="img" aria-label="84p on support for young carers, 11p on raising the next pound, 5p on running the charity">
      <div style="width:84%;background:#007c89">84p support for young carers</div>
      <div style="width:11%;background:#1d2b36">11p</div>
      <div style="width:5%;background:#ffb81c;color:#1d2b36">5p</div>
    </div>
    <p>84p supports young carers, 11p raises the next pound and 5p runs the charity. Figures from our accounts for the year to 31 March 2025.</p>
  </section>

  <section class="band" aria-labelledby="other-ways">
    <h2 id="other-ways">Other ways to give</h2>
    <div class="ways">
      <div class="card">
        <h3>Fundraise for us</h3>
        <p>Run, bake, shave or swim. Last year officers from Greater Manchester Police&rsquo;s Tameside district played the fire service at Hurst Cross and raised &pound;2,140 for Time Out. We&rsquo;ll send you a T-shirt and a collecting tin.</p>
        <p><a href="/get-involved/fundraise/">Start fundraising</a></p>
      </div>
      <div class="card">
        <h3>Give through your pay</h3>
        <p>Payroll Giving comes out of your pay before tax, so &pound;10 costs you &pound;8. Ask your employer or your HR team.</p>
      </div>
      <div class="card">
        <h3>Company support</h3>
        <p>Choose us as your charity of the year, match your staff&rsquo;s fundraising or sponsor a residential. Email partnerships@tamevalleyyoungcarers.example.</p>
      </div>
    </div>
  </section>

  <section class="band alt" aria-labelledby="questions">
    <h2 id="questions">Questions about giving</h2>
    <details>
      <summary>Is my donation secure?</summary>
      <p>Yes. Card and Direct Debit payments are taken by our payment partner, which is regulated and meets the card industry&rsquo;s security standards. We never see your full card number.</p>
    </details>
    <details>
      <summary>How does Gift Aid work?</summary>
      <p>If you pay UK tax, Gift Aid lets us claim an extra 25p from HMRC for every &pound;1 you give, at no cost to you. Just tick the box.</p>
    </details>
    <details>
      <summary>How do I change or cancel my monthly gift?</summary>
      <p>Ring us on 01632 960 650 or email supporters@tamevalleyyoungcarers.example. You can also cancel a Direct Debit with your bank at any time.</p>
    </details>
    <details>
      <summary>Who do you support, and how do they find you?</summary>
      <p>Young people aged 8 to 18 who live in Tameside and help to look after someone at home. Schools, GPs, social workers and families refer young carers to us, and so do the police when they have been called to a home and find a child caring; young people can also refer themselves.</p>
    </details>
  </section>
</main>

<footer class="site">
  <p><strong>Tame Valley Young Carers</strong>, Unit 4, Old Street Mill, Ashton-under-Lyne OL6 9ZZ &middot; 01632 960 650 &middot; hello@tamevalleyyoungcarers.example</p>
  <p>Registered charity no. 1169273 &middot; Company limited by guarantee no. 09914027 (England and Wales)</p>
  <p class="fr-badge">Registered with the Fundraising Regulator</p>
  <p><a href="/privacy/">Privacy notice</a> &middot; <a href="/cookies/">Cookies</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/complaints/">Fundraising complaints</a></p>
  <p>&copy; 2026 Tame Valley Young Carers</p>
</footer>

<div class="cookie" role="dialog" aria-label="Cookies on this site">
  <p>We use essential cookies to make our site and donation form work, and optional analytics cookies to see how people use it.</p>
  <button type="button">Accept all</button> <button type="button">Essential only</button> <a href="/cookies/">Cookie settings</a>
</div>
</body>
</html>
"""


# ================================================================== 8. A museum's schools and groups page (HTML)

MUSEUM_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Schools and groups | Bottle Kiln Yard Museum</title>
<meta name="description" content="Curriculum-linked workshops, prices and booking for school visits to Bottle Kiln Yard Museum, Longton, and our outreach in schools.">
<link rel="canonical" href="https://www.bottlekilnyard.example/learning/schools/">
<style>
  body { margin: 0; font-family: "Source Sans Pro", Helvetica, Arial, sans-serif; color: #2b2118; background: #fff; }
  .skip { position: absolute; left: -9999px; }
  .opening { background: #2b2118; color: #f3e6d4; font-size: .85rem; padding: 6px 28px; }
  header.masthead { display: flex; justify-content: space-between; align-items: center; padding: 16px 28px; border-bottom: 4px solid #b5582b; }
  .brand { font-family: Georgia, serif; font-size: 1.5rem; color: #2b2118; text-decoration: none; }
  .brand small { display: block; font-family: inherit; font-size: .75rem; letter-spacing: .12em; text-transform: uppercase; color: #b5582b; }
  nav.primary ul { list-style: none; display: flex; gap: 20px; margin: 0; padding: 0; }
  nav.primary a { color: #2b2118; text-decoration: none; font-weight: 600; }
  nav.primary a[aria-current] { border-bottom: 3px solid #b5582b; }
  .hero { background: #f3e6d4 url(/media/hero-saggar-house.jpg) right center / 45% auto no-repeat; padding: 42px 28px; }
  .hero h1 { font-family: Georgia, serif; font-size: 2.5rem; margin: 0 0 8px; }
  .breadcrumbs { font-size: .85rem; padding: 10px 28px; }
  .breadcrumbs ol { list-style: none; display: flex; gap: 8px; padding: 0; margin: 0; }
  .breadcrumbs li + li::before { content: "\\203A"; margin-right: 8px; }
  .onpage { background: #2b2118; padding: 0 28px; }
  .onpage a { color: #fff; display: inline-block; padding: 12px 14px; text-decoration: none; }
  .wrap { max-width: 1100px; margin: 0 auto; padding: 24px 28px; }
  .chips button { border: 2px solid #b5582b; background: #fff; border-radius: 18px; padding: 6px 14px; margin: 0 6px 8px 0; }
  .chips button[aria-pressed="true"] { background: #b5582b; color: #fff; }
  .workshops { display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; list-style: none; padding: 0; }
  .workshop { border: 1px solid #e0d2bf; border-radius: 6px; overflow: hidden; }
  .workshop img { width: 100%; height: 150px; object-fit: cover; background: #d8c3a5; }
  .workshop .body { padding: 14px 16px; }
  .ks { display: inline-block; background: #2b2118; color: #fff; font-size: .75rem; padding: 2px 8px; border-radius: 3px; }
  .facts { font-size: .85rem; color: #5d4a3a; margin: 6px 0 0; padding: 0; list-style: none; }
  table.prices { border-collapse: collapse; width: 100%; }
  table.prices th, table.prices td { border: 1px solid #e0d2bf; padding: 8px 10px; text-align: left; }
  table.prices thead th { background: #b5582b; color: #fff; }
  ol.timeline { border-left: 3px solid #b5582b; margin-left: 10px; padding-left: 22px; }
  ol.timeline li { margin-bottom: 10px; }
  .outreach { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
  .outreach article { background: #f9f3ea; border-top: 6px solid #b5582b; padding: 18px 20px; }
  .notice { background: #fff6d6; border: 1px solid #e8c65a; padding: 12px 16px; }
  form.enquiry { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 24px; }
  form.enquiry label { display: block; font-weight: 600; margin-bottom: 4px; }
  form.enquiry .full { grid-column: 1 / -1; }
  details { border-bottom: 1px solid #e0d2bf; padding: 10px 0; }
  summary { font-weight: 700; }
  .funders { display: flex; gap: 18px; align-items: center; }
  footer.site { background: #2b2118; color: #f3e6d4; padding: 28px; font-size: .9rem; }
  footer.site a { color: #fff; }
</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<div class="opening">Open Wednesday to Sunday, 10am to 4pm &middot; Free entry to the yard and caf&eacute; &middot; <a href="/visit/" style="color:#fff">Plan your visit</a></div>
<header class="masthead">
  <a class="brand" href="/"><small>Potteries Heritage Trust</small>Bottle Kiln Yard Museum</a>
  <nav class="primary" aria-label="Main menu">
    <ul>
      <li><a href="/visit/">Visit</a></li>
      <li><a href="/whats-on/">What&rsquo;s on</a></li>
      <li><a href="/learning/" aria-current="true">Schools &amp; learning</a></li>
      <li><a href="/collections/">Collections</a></li>
      <li><a href="/support-us/">Support us</a></li>
      <li><a href="/search/">Search</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/learning/">Schools &amp; learning</a></li>
    <li aria-current="page">Schools and groups</li>
  </ol>
</nav>
<div class="hero">
  <h1>Schools and groups</h1>
  <p>Hands-on workshops in a real Victorian potbank, led by our learning team, for pupils from Reception to Year 11.</p>
</div>
<nav class="onpage" aria-label="On this page">
  <a href="#workshops">Workshops</a><a href="#prices">Prices</a><a href="#your-day">Your day</a><a href="#outreach">Outreach</a><a href="#book">Book a visit</a><a href="#faqs">Questions</a>
</nav>

<main id="content" class="wrap">
  <section id="workshops" aria-labelledby="h-workshops">
    <h2 id="h-workshops">Workshops</h2>
    <p>Every workshop lasts about 90 minutes. Choose one for the morning and add a self-led tour of the yard, kilns and bottle oven in the afternoon.</p>
    <div class="chips" role="group" aria-label="Filter by key stage">
      <button type="button" aria-pressed="true">All</button>
      <button type="button" aria-pressed="false">EYFS and KS1</button>
      <button type="button" aria-pressed="false">KS2</button>
      <button type="button" aria-pressed="false">KS3 and KS4</button>
      <button type="button" aria-pressed="false">SEND</button>
    </div>
    <ul class="workshops">
      <li class="workshop">
        <img src="/media/workshops/clay-detectives.jpg" alt="Children in aprons squashing clay at a long table">
        <div class="body">
          <span class="ks">EYFS and KS1</span>
          <h3>Clay detectives</h3>
          <p>Squeeze, roll and press: pupils find out what clay is, where it comes from and what it turns into, then make a thumb pot to take home.</p>
          <ul class="facts"><li>Up to 32 pupils</li><li>Science: everyday materials</li></ul>
        </div>
      </li>
      <li class="workshop">
        <img src="/media/workshops/potbank-child.jpg" alt="A museum guide in Victorian costume showing pupils a mould">
        <div class="body">
          <span class="ks">KS2</span>
          <h3>A child&rsquo;s day at the potbank</h3>
          <p>Meet Annie, a mould runner aged ten in 1861, and try the jobs children did here, from carrying moulds to wedging clay.</p>
          <ul class="facts"><li>Up to 34 pupils</li><li>History: a local study; Victorians</li></ul>
        </div>
      </li>
      <li class="workshop">
        <img src="/media/workshops/crime-punishment.jpg" alt="Pupils reading copies of old handwritten charge books">
        <div class="body">
          <span class="ks">KS2 and KS3</span>
          <h3>Crime and punishment in the Potteries</h3>
          <p>Who stole the saggars? Pupils weigh up the evidence in a real 1870s theft from this yard, using copies of charge books from the Staffordshire Police archive and the Longton magistrates&rsquo; records, and decide on a sentence.</p>
          <ul class="facts"><li>Up to 32 pupils</li><li>History: crime and punishment through time</li></ul>
        </div>
      </li>
      <li class="workshop">
        <img src="/media/workshops/design-a-plate.jpg" alt="A teenager painting a blue pattern on a plate">
        <div class="body">
          <span class="ks">KS3 and KS4</span>
          <h3>Design a plate</h3>
          <p>From the pattern books in our archive to a transfer-printed plate of their own, fired and posted back to school.</p>
          <ul class="facts"><li>Up to 30 pupils</li><li>Art and design; GCSE coursework</li></ul>
        </div>
      </li>
      <li class="workshop">
        <img src="/media/workshops/sensory-kiln.jpg" alt="A young person with a sensory bag of clay and shards">
        <div class="body">
          <span class="ks">SEND</span>
          <h3>Sensory kiln</h3>
          <p>A calm, multi-sensory session in the kiln, with clay, sounds, smells and light. We can open before the public arrive.</p>
          <ul class="facts"><li>Up to 12 pupils and their staff</li><li>Planned with you in advance</li></ul>
        </div>
      </li>
      <li class="workshop">
        <img src="/media/workshops/home-ed.jpg" alt="Families watching a throwing demonstration">
        <div class="body">
          <span class="ks">Home educators</span>
          <h3>Home education days</h3>
          <p>Termly days for home-educating families, with a workshop for every age and a throwing demonstration.</p>
          <ul class="facts"><li>Book per family</li><li>Dates on our What&rsquo;s on page</li></ul>
        </div>
      </li>
    </ul>
  </section>

  <section id="prices" aria-labelledby="h-prices">
    <h2 id="h-prices">Prices 2025&ndash;26</h2>
    <table class="prices">
      <caption class="visually-hidden">Workshop prices per pupil</caption>
      <thead><tr><th scope="col">What</th><th scope="col">Price</th><th scope="col">Notes</th></tr></thead>
      <tbody>
        <tr><td>One workshop and a self-led tour</td><td>&pound;6.50 per pupil</td><td>Minimum charge &pound;150</td></tr>
        <tr><td>Two workshops</td><td>&pound;10.00 per pupil</td><td>Minimum charge &pound;230</td></tr>
        <tr><td>Self-led visit only</td><td>&pound;2.00 per pupil</td><td>Free for Stoke-on-Trent schools</td></tr>
        <tr><td>Adults</td><td>Free</td><td>One for every 6 pupils at KS1, every 10 at KS2 and above</td></tr>
        <tr><td>Clay Boxes in school</td><td>&pound;120 a session</td><td>See Outreach below</td></tr>
      </tbody>
    </table>
    <p class="notice">Schools where more than a third of pupils get free school meals can apply to our travel fund for help with coach costs.</p>
  </section>

  <section id="your-day" aria-labelledby="h-day">
    <h2 id="h-day">Your day</h2>
    <ol class="timeline">
      <li><strong>9.45am</strong> Coaches drop off on Uttoxeter Road; a member of our team meets you at the gate.</li>
      <li><strong>10am</strong> Welcome, toilets and coats in the Learning Room.</li>
      <li><strong>10.15am</strong> First workshop.</li>
      <li><strong>12 noon</strong> Lunch in the Learning Room (bring packed lunches; the caf&eacute; can do milk and fruit by arrangement).</li>
      <li><strong>12.45pm</strong> Second workshop or a self-led tour with our trail sheets.</li>
      <li><strong>2.15pm</strong> Shop (optional, pocket money prices) and departure.</li>
    </ol>
    <p>Download our <a href="/media/learning/risk-assessment-2025.pdf">risk assessment (PDF, 240KB)</a> and <a href="/media/learning/access-guide.pdf">access guide (PDF, 1.1MB)</a>.</p>
  </section>

  <section id="outreach" aria-labelledby="h-outreach">
    <h2 id="h-outreach">Outreach</h2>
    <div class="outreach">
      <article>
        <h3>Clay Boxes</h3>
        <p>Clay Boxes are our loan boxes of real objects from the collection, such as moulds, saggar fragments, a worker&rsquo;s clogs and a set of tiles, which our learning team brings to your classroom with a 90-minute handling session. Since 2022 the boxes have visited 61 schools and more than 4,300 pupils, most of them in schools too far away for a day trip.</p>
      </article>
      <article>
        <h3>Making Our Mark</h3>
        <p>Making Our Mark is a project for children in care that we run with Stoke-on-Trent City Council&rsquo;s Virtual School: ten weekly after-school clay sessions with our resident ceramicist, ending in a firing in the bottle oven and an exhibition in our gallery. Forty-eight young people have taken part since 2023; their tiles now line the walls of the caf&eacute;.</p>
        <p>Designated teachers can ask about places through the Virtual School.</p>
      </article>
    </div>
  </section>

  <section id="book" aria-labelledby="h-book">
    <h2 id="h-book">Book a visit</h2>
    <p>Tell us what you would like and we will reply within three working days with dates. Nothing is booked until we confirm by email.</p>
    <form class="enquiry" action="/learning/schools/enquiry/" method="post">
      <div><label for="f-name">Your name</label><input id="f-name" name="name" autocomplete="name" required></div>
      <div><label for="f-school">School or group</label><input id="f-school" name="school" required></div>
      <div><label for="f-email">Email</label><input id="f-email" name="email" type="email" autocomplete="email" required></div>
      <div><label for="f-phone">Phone</label><input id="f-phone" name="phone" type="tel"></div>
      <div><label for="f-year">Year group(s)</label><input id="f-year" name="year"></div>
      <div><label for="f-pupils">Number of pupils</label><input id="f-pupils" name="pupils" type="number" min="1"></div>
      <div><label for="f-workshop">Workshop</label>
        <select id="f-workshop" name="workshop">
          <option>Clay detectives</option><option>A child&rsquo;s day at the potbank</option><option>Crime and punishment in the Potteries</option><option>Design a plate</option><option>Sensory kiln</option><option>Clay Boxes (outreach)</option>
        </select></div>
      <div><label for="f-dates">Preferred dates</label><input id="f-dates" name="dates"></div>
      <div class="full"><label for="f-needs">Anything we should know? (access, SEND, medical, dietary)</label><textarea id="f-needs" name="needs" rows="4"></textarea></div>
      <div class="full"><button type="submit">Send enquiry</button></div>
    </form>
    <p>Or ring the learning team on 01632 960 720 (Tuesday to Thursday) or email learning@bottlekilnyard.example.</p>
  </section>

  <section id="faqs" aria-labelledby="h-faqs">
    <h2 id="h-faqs">Questions</h2>
    <details><summary>Is the museum accessible?</summary><p>The yard, Learning Room, caf&eacute; and ground floor galleries are step-free. The bottle oven has a narrow doorway and an uneven floor; we have a video tour for anyone who cannot go in.</p></details>
    <details><summary>Will pupils get dirty?</summary><p>Yes, in the clay workshops. We provide aprons, but send pupils in old clothes.</p></details>
    <details><summary>Do you do pre-visits for teachers?</summary><p>Yes, free, by arrangement. Teachers who book get a free pre-visit and a pack of classroom activities.</p></details>
    <details><summary>Can we cancel?</summary><p>Cancel more than 14 days before and we will not charge you. After that we charge half the price unless we can fill the slot.</p></details>
  </section>

  <section aria-labelledby="h-funders">
    <h2 id="h-funders">Our learning programme is supported by</h2>
    <div class="funders">
      <img src="/media/logos/ace.svg" alt="Arts Council England" width="140">
      <img src="/media/logos/nlhf.svg" alt="National Lottery Heritage Fund" width="140">
      <img src="/media/logos/stoke-cc.svg" alt="Stoke-on-Trent City Council" width="140">
    </div>
  </section>
</main>

<footer class="site">
  <p><strong>Bottle Kiln Yard Museum</strong>, Uttoxeter Road, Longton, Stoke-on-Trent ST3 9ZZ &middot; 01632 960 700</p>
  <p>Run by Potteries Heritage Trust, registered charity no. 1102876. An Accredited Museum.</p>
  <p><a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/safeguarding/">Safeguarding</a> &middot; <a href="/contact/">Contact us</a></p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A makers' market's 'Meet the makers' page (HTML)

MAKERS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meet the makers &mdash; Elm Hill Makers Market</title>
<meta name="description" content="The makers, growers and small producers you will find at Elm Hill Makers Market, Norwich, on the first Saturday of every month.">
<meta property="og:site_name" content="Elm Hill Makers Market">
<meta property="og:title" content="Meet the makers &mdash; Elm Hill Makers Market">
<link rel="canonical" href="https://www.elmhillmakers.example/meet-the-makers">
<style>
  body { margin: 0; font-family: "Work Sans", Helvetica, Arial, sans-serif; color: #222; background: #fbfaf7; }
  .sqs-announcement-bar { background: #3d5a40; color: #fff; text-align: center; padding: 10px; font-size: .9rem; }
  .sqs-announcement-bar a { color: #fff; }
  header.Header { display: flex; justify-content: space-between; align-items: center; padding: 20px 5vw; }
  .Header-branding { font-family: "Playfair Display", Georgia, serif; font-size: 1.6rem; color: #222; text-decoration: none; }
  .Header-nav a { margin-left: 22px; color: #222; text-decoration: none; font-size: .95rem; }
  .Header-nav a.active { border-bottom: 2px solid #c9643b; }
  .Header-nav a.btn { background: #c9643b; color: #fff; padding: 8px 16px; border-radius: 2px; }
  .page-section { padding: 40px 5vw; }
  .page-section.intro { text-align: center; max-width: 760px; margin: 0 auto; }
  h1 { font-family: "Playfair Display", Georgia, serif; font-size: 2.8rem; margin: 0 0 12px; }
  .filters { text-align: center; margin-bottom: 24px; }
  .filters button { background: none; border: 1px solid #999; border-radius: 20px; padding: 6px 14px; margin: 4px; font: inherit; }
  .filters button.is-active { background: #222; color: #fff; border-color: #222; }
  .maker-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 28px; }
  .maker-card { background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
  .maker-card img { width: 100%; aspect-ratio: 4 / 3; object-fit: cover; background: #e8e1d5; display: block; }
  .maker-card .inner { padding: 16px 18px 20px; }
  .maker-card h3 { font-family: "Playfair Display", Georgia, serif; margin: 4px 0 6px; }
  .tag { font-size: .72rem; text-transform: uppercase; letter-spacing: .1em; color: #c9643b; }
  .stall { float: right; font-size: .75rem; background: #f1ece3; padding: 2px 8px; border-radius: 10px; }
  .maker-card .links a { font-size: .85rem; color: #3d5a40; margin-right: 10px; }
  .spotlight { display: grid; grid-template-columns: 1fr 1.3fr; gap: 36px; background: #efe7da; padding: 36px 5vw; }
  .spotlight dt { font-weight: 700; margin-top: 12px; }
  .spotlight dd { margin: 4px 0 0; }
  .cta { background: #3d5a40; color: #fff; text-align: center; padding: 40px 5vw; }
  .cta a.btn { background: #fff; color: #3d5a40; padding: 10px 20px; text-decoration: none; display: inline-block; margin-top: 10px; }
  .newsletter-form { display: flex; gap: 8px; justify-content: center; }
  footer.Footer { padding: 30px 5vw; font-size: .85rem; color: #555; border-top: 1px solid #ddd; display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; }
</style>
</head>
<body id="collection-meet-the-makers" class="view-list">
<div class="sqs-announcement-bar" role="region" aria-label="Announcement">
  <p>Next market: <strong>Saturday 7 March, 10am&ndash;4pm</strong> on Elm Hill and in Britons Arms yard. <a href="/visit">Getting here</a></p>
</div>
<header class="Header" role="banner">
  <a class="Header-branding" href="/">Elm Hill Makers Market</a>
  <nav class="Header-nav" aria-label="Main navigation">
    <a href="/about">About</a>
    <a href="/meet-the-makers" class="active" aria-current="page">Meet the makers</a>
    <a href="/visit">Visit</a>
    <a href="/journal">Journal</a>
    <a href="/apply" class="btn">Apply to trade</a>
  </nav>
</header>

<main class="Main" role="main">
  <section class="page-section intro">
    <h1>Meet the makers</h1>
    <p>Around forty makers, growers and small producers trade on the cobbles of Elm Hill on the first Saturday of every month. Everything is made, grown or baked in Norfolk and Suffolk, by the people behind the stall. Here are some of our regulars; the full list for each market goes up on our Instagram the Thursday before.</p>
  </section>

  <section class="page-section" aria-label="Makers">
    <div class="filters" role="group" aria-label="Filter makers">
      <button type="button" class="is-active">All</button>
      <button type="button">Ceramics</button>
      <button type="button">Textiles</button>
      <button type="button">Wood</button>
      <button type="button">Jewellery</button>
      <button type="button">Print &amp; paper</button>
      <button type="button">Food &amp; drink</button>
    </div>
    <div class="maker-grid">
      <article class="maker-card" data-category="ceramics">
        <img src="/s/kiln-and-key.jpg" alt="Speckled stoneware mugs on a wooden shelf">
        <div class="inner">
          <span class="stall">Stall 4</span>
          <span class="tag">Ceramics</span>
          <h3>Kiln &amp; Key</h3>
          <p>Graham Howlett spent 28 years with Norfolk Constabulary, the last ten as a detective in Great Yarmouth, before a pottery evening class turned into a second career. He throws speckled stoneware mugs, jugs and bowls in a converted garage in Wymondham and glazes them in colours he takes from the Broads.</p>
          <p class="links"><a href="https://instagram.example/kilnandkey">@kilnandkey</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="textiles">
        <img src="/s/threadworks.jpg" alt="Brightly patterned tote bags and aprons hanging on a rail">
        <div class="inner">
          <span class="stall">Stall 11</span>
          <span class="tag">Textiles</span>
          <h3>Threadworks</h3>
          <p>Threadworks is a sewing group for women who have come to Norwich as refugees or to seek asylum, meeting twice a week in a church hall on Colegate with volunteer tutors. Members learn to use industrial machines, cut patterns and price their work, and everything on the stall, from tote bags to aprons and cushion covers made from donated fabric, is made by them; each maker keeps 70% of what her piece sells for. Fifty-eight women have taken part since 2022, and eleven have gone on to paid sewing work.</p>
          <p class="links"><a href="https://threadworks.example">threadworks.example</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="jewellery">
        <img src="/s/saltmarsh-silver.jpg" alt="Silver rings textured like samphire">
        <div class="inner">
          <span class="stall">Stall 2</span>
          <span class="tag">Jewellery</span>
          <h3>Saltmarsh Silver</h3>
          <p>Recycled silver rings, earrings and pendants by Ana Moretti, textured with samphire, sea lavender and shells picked up at Blakeney. Commissions and wedding rings by appointment.</p>
          <p class="links"><a href="https://instagram.example/saltmarshsilver">@saltmarshsilver</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="wood">
        <img src="/s/reclaim.jpg" alt="A bench and planters made from old scaffold boards">
        <div class="inner">
          <span class="stall">Stall 17</span>
          <span class="tag">Wood</span>
          <h3>Reclaim</h3>
          <p>Reclaim is a carpentry workshop for young people aged 16 to 21 who have fallen out of school or work, run by Nelson&rsquo;s Yard Trust, a Norwich youth charity. Each trainee spends twelve weeks turning old pallets and scaffold boards into the benches, planters and chopping boards on this stall, working alongside a joiner and earning a Level 1 qualification. Young people come to Reclaim from schools, the Jobcentre, Norfolk&rsquo;s youth justice service and Norfolk Constabulary&rsquo;s officers in the city. Thirty-four have finished the course since 2023, and 22 of them have gone on to college, an apprenticeship or a job.</p>
          <p class="links"><a href="https://nelsonsyard.example/reclaim">nelsonsyard.example/reclaim</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="print">
        <img src="/s/inkwell-press.jpg" alt="Linocut prints of Norwich Cathedral pegged on a line">
        <div class="inner">
          <span class="stall">Stall 8</span>
          <span class="tag">Print &amp; paper</span>
          <h3>Inkwell Press</h3>
          <p>Hand-pulled linocuts of Norwich streets, cards and wrapping paper by Josh and Mei Lam, printed on a 1950s proofing press in their kitchen.</p>
          <p class="links"><a href="https://instagram.example/inkwellpress">@inkwellpress</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="food">
        <img src="/s/broadland-honey.jpg" alt="Jars of honey with hand-written labels">
        <div class="inner">
          <span class="stall">Stall 21</span>
          <span class="tag">Food &amp; drink</span>
          <h3>Broadland Honey</h3>
          <p>Raw honey from 40 hives on the marshes at Reedham and Halvergate, and beeswax candles. Brian will tell you more about bees than you ever wanted to know.</p>
          <p class="links"><a href="https://broadlandhoney.example">broadlandhoney.example</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="textiles">
        <img src="/s/fen-and-fleece.jpg" alt="Hand-dyed skeins of wool in greens and browns">
        <div class="inner">
          <span class="stall">Stall 14</span>
          <span class="tag">Textiles</span>
          <h3>Fen &amp; Fleece</h3>
          <p>Wool from a small flock of Norfolk Horn sheep near Diss, spun at a mill in Suffolk and dyed with plants from the garden.</p>
          <p class="links"><a href="https://instagram.example/fenandfleece">@fenandfleece</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="food">
        <img src="/s/crumb-and-co.jpg" alt="Sourdough loaves and pastries on a table">
        <div class="inner">
          <span class="stall">Stall 1</span>
          <span class="tag">Food &amp; drink</span>
          <h3>Crumb &amp; Co</h3>
          <p>Sourdough, focaccia and morning buns from a micro-bakery in Thorpe Hamlet. Arrive early: they usually sell out by noon.</p>
          <p class="links"><a href="https://instagram.example/crumbandco">@crumbandco</a></p>
        </div>
      </article>
      <article class="maker-card" data-category="wood">
        <img src="/s/spoon-and-knot.jpg" alt="Carved wooden spoons laid out in a row">
        <div class="inner">
          <span class="stall">Stall 19</span>
          <span class="tag">Wood</span>
          <h3>Spoon &amp; Knot</h3>
          <p>Green-wood spoons, spatulas and bowls carved by hand from storm-felled cherry and sycamore. Ask about the spoon-carving taster sessions.</p>
          <p class="links"><a href="https://instagram.example/spoonandknot">@spoonandknot</a></p>
        </div>
      </article>
    </div>
  </section>

  <section class="spotlight" aria-labelledby="spotlight-title">
    <img src="/s/saltmarsh-silver-bench.jpg" alt="Ana Moretti at her jeweller's bench">
    <div>
      <p class="tag">Maker in the spotlight</p>
      <h2 id="spotlight-title">Five minutes with Ana from Saltmarsh Silver</h2>
      <dl>
        <dt>How did you start?</dt>
        <dd>With a one-day ring-making course as a birthday present. Nine years later I still haven&rsquo;t stopped.</dd>
        <dt>What&rsquo;s the best thing about trading on Elm Hill?</dt>
        <dd>The regulars. People come back every month to show me the ring they bought two years ago.</dd>
        <dt>And the worst?</dt>
        <dd>The cobbles. Never wear heels to set up a gazebo.</dd>
      </dl>
    </div>
  </section>

  <section class="cta">
    <h2>Make something? Trade with us</h2>
    <p>Pitches are &pound;35 for a 3m by 3m space, or &pound;20 for a half pitch. We keep ten free pitches a year for makers aged under 25.</p>
    <a class="btn" href="/apply">Apply to trade</a>
  </section>

  <section class="page-section" aria-labelledby="news-title" style="text-align:center">
    <h2 id="news-title">Get the market list by email</h2>
    <p>Once a month, the Thursday before the market. No spam.</p>
    <form class="newsletter-form" action="/api/newsletter" method="post">
      <label for="nl-email" class="visually-hidden">Email address</label>
      <input id="nl-email" name="email" type="email" placeholder="Email address" required>
      <button type="submit">Sign up</button>
    </form>
  </section>
</main>

<footer class="Footer" role="contentinfo">
  <div><strong>Elm Hill Makers Market</strong><br>First Saturday of the month, 10am&ndash;4pm<br>Elm Hill, Norwich NR3 9ZZ</div>
  <div>hello@elmhillmakers.example<br>01632 960 810 (market days only)</div>
  <div><a href="/privacy">Privacy</a> &middot; <a href="/terms-for-traders">Terms for traders</a><br>Run by volunteers. Elm Hill Makers CIC, company no. 13366120.</div>
</footer>
</body>
</html>
"""


# ================================================================== 10. A freelance journalist's feature pitch kept as Markdown

PITCH_MD = """# PITCH: The knock after the scam

<!-- v2, 19 Feb. Cut the Action Fraud paragraph down; Sian hates stats in pitches. Check Mair is still OK to be named before sending. Don't mention the radio piece. -->

**To:** Siân Pugh, features editor, *Tir a Môr* magazine
**From:** Gethin Rowlands, freelance (gethin.rowlands@example.com, 07700 900 461)
**Length:** 2,500 words, flexible
**Pictures:** yes, I'd suggest Ffion Jenkins (she shot the Tregaron piece for you)
**Exclusive?** Not offered anywhere else

---

## The pitch in a paragraph

Every week in west Wales an older person loses money to a scam: a "bank" on the phone, a grandson who needs bail, a van at the door offering to fix the roof. Most of them never tell anyone, out of shame. This is a piece about two very different answers to that shame, one from a police force and one from a valley's worth of volunteers, both built on the same simple idea: don't send a leaflet, go and sit in the kitchen.

## Why now

Fraud is now the most common crime in England and Wales, and the people who lose the most are the oldest. The Welsh Government's older people's strategy comes up for review this spring, and both schemes below have been approached by other areas that want to copy them: I'm told North Wales Police and Gwent Police have both asked for details. Christmas is the busiest season for doorstep and phone scams, so this would work for your December issue.

## The two stories

### 1. The officers who come to the kitchen

Wyneb yn Wyneb ("face to face") is Dyfed-Powys Police's scheme of sending a fraud officer to visit every fraud victim aged over 75 in person, within a week of the report, instead of a letter. Since it began in 2023 the force's team of four has made more than 1,900 visits across Carmarthenshire, Ceredigion, Pembrokeshire and Powys. They sit with people, go through what happened, fit call blockers supplied by trading standards, and come back a month later. The force says repeat victimisation among the people they have visited has roughly halved.

I've been offered a day out with PC Rhodri Evans, who covers most of Ceredigion, and an interview with the detective inspector who set it up.

### 2. The scam café

Teifi Valley Neighbours, a volunteer group in the Teifi valley, run "Scam Cafés" once a month in Llandysul, Newcastle Emlyn and Cardigan: tea, Welsh cakes, and volunteers, among them a retired bank manager and a former postmistress, going through the letters, emails and texts people aren't sure about. About forty people come to each one. The volunteers reckon they have stopped thirty scams in two years, one of them an £18,000 "investment". Nobody is made to feel stupid, which is the whole point.

Mair Davies, 81, from Llandysul, lost £6,400 to a phone scam in 2023 and now helps run the café in Llandysul. She has agreed to be named and photographed.

## Who I'd talk to

- Mair Davies (see above), and two or three café regulars
- PC Rhodri Evans and DI Sarah Lewis-Pugh, Dyfed-Powys Police
- The founder of Teifi Valley Neighbours, Dewi Harries
- Someone from Age Cymru for the bigger picture
- A trading standards officer on call blockers (Ceredigion have said yes in principle)

## Shape

| Section | Roughly |
|---|---|
| Opening: Mair's story, the call, the shame | 400 words |
| The knock: a day with PC Evans | 800 words |
| The café: a morning in Llandysul | 700 words |
| Why kitchens work and leaflets don't | 400 words |
| Ending: back with Mair, now on the other side of the table | 200 words |

## About me

I've written for *Tir a Môr* before (the Tregaron mart piece, spring 2024) and for the *Guardian*'s Wales pages, *Golwg* and BBC Cymru Fyw. I'm a first-language Welsh speaker, which matters here: most of the café is in Welsh.

## Fee and timing

Your usual rate for a long feature is fine. I can file three weeks after commissioning; the café meets on the first Tuesday of the month, so a commission by 24 February would let me go to the March one.

> **Possible standfirst:** One in three older people who are scammed tell no one. In west Wales, a police officer and a café full of volunteers are trying to change that, one kitchen table at a time.

*Diolch, Siân. Happy to talk it through on the phone.*
"""


# ================================================================== 11. A webinar's saved Zoom chat (plain text)

CHAT_TXT = """19:00:41 From Safer Nights Network (Host) to Everyone:
\tGood evening and welcome to tonight's webinar, "Getting home safely: taxi ranks, night buses and the last mile". Please pop your name, organisation and where you are into the chat. The session is being recorded, and this chat will be shared with everyone who registered.
19:01:10 From Priya Nair to Everyone:
\tPriya Nair, licensing officer, Bath & North East Somerset Council \U0001F44B
19:01:15 From Lee Hutchinson to Everyone:
\tPC Lee Hutchinson, Durham Constabulary, licensing and night-time economy
19:01:22 From Gemma Rowe to Everyone:
\tGemma Rowe, community safety team, Wrexham County Borough Council
19:01:30 From Tom Birch to Everyone:
\tTom Birch, chair of Shrewsbury Pubwatch. Evening all
19:01:45 From Safer Nights Network (Host) to Everyone:
\tSlides for tonight: https://safernights.example/webinars/2026-02-11/slides.pdf
19:02:03 From Aisha Karim to Everyone:
\tAisha Karim, students' union welfare officer, Lincoln
19:02:20 From Lee Hutchinson to Everyone:
\tReacted to "Tom Birch, chair of..." with \U0001F44B
19:03:11 From Daniel Okoye to Everyone:
\tDaniel Okoye, Street Angels volunteer co-ordinator, Halifax. Sorry, on my phone on a bus
19:05:33 From Tom Birch to Safer Nights Network (Host)(Direct Message):
\tMy camera won't switch on, is that you or me?
19:05:58 From Safer Nights Network (Host) to Tom Birch(Direct Message):
\tThat's us, Tom: attendees' cameras are off for webinars. You're fine!
19:09:47 From Gemma Rowe to Everyone:
\tReally useful slide on the rank layout, thank you
19:12:30 From Gemma Rowe to Everyone:
\tQ for the panel: how do you keep taxi marshals going once the Safer Streets money runs out? We're thinking about marshals in Wrexham town centre but we have nothing after March.
19:14:05 From Lee Hutchinson to Everyone:
\tReplying to "Q for the panel: how..."
\tSafe Ride Home in Durham is a joint scheme between Durham Constabulary and Durham County Council's licensing team, running since September 2023. Marshals in hi-vis at the North Road rank on Friday and Saturday nights from 10pm to 4am, a PC and a licensing officer checking drivers' badges and plates, and a "no one leaves alone" rule for students who have lost their mates. 11,800 people helped into licensed taxis so far, and reports of unlicensed pick-ups at the rank went from 26 in 2022-23 to none last term. On funding: the council now pays for the marshals out of taxi licence fees, so it doesn't depend on grants any more.
19:14:40 From Gemma Rowe to Everyone:
\tReacted to "Safe Ride Home in Du..." with \u2764\ufe0f
19:15:02 From Gemma Rowe to Everyone:
\tThat's brilliant. Can I email you?
19:15:31 From Lee Hutchinson to Everyone:
\tYes, my email is on the attendee list the network sends round. Happy to share our evaluation
19:16:12 From Safer Nights Network (Host) to Everyone:
\tA gentle reminder to put questions for the panel in the Q&A box rather than the chat, so we don't miss them \U0001F64F
19:18:40 From Tom Birch to Everyone:
\tIn Shrewsbury our doors all use the radio link to the CCTV room. Would a rank marshal be on the same channel?
19:19:02 From Lee Hutchinson to Everyone:
\tReplying to "In Shrewsbury our do..."
\tYes, ours are on the council CCTV channel
19:22:10 From Priya Nair to Everyone:
\tSlightly different angle, but it might help someone. Eyes Open Bath is B&NES Council's licensing team's free training for bar, door and taxi staff on spotting drink spiking and people who are vulnerable, and what to do about it. Since January 2025 we've trained 210 staff from 48 venues and 35 drivers. Venues that sign up report spiking concerns to us within 24 hours and we follow up every one with the venue. Avon and Somerset Police get the incident reports, but the training is all ours (no budget, just our time!)
19:23:30 From Aisha Karim to Everyone:
\tReplying to "Slightly different a..."
\tWould love your training materials for our SU bar staff, Priya
19:23:58 From Priya Nair to Everyone:
\tReacted to "Would love your train..." with \U0001F44D
19:26:44 From Daniel Okoye to Everyone:
\tSomeone told me Norwich has a night bus for students that drops at halls. Does anyone know who runs it or if it's still going?
19:27:20 From Aisha Karim to Everyone:
\tReplying to "Someone told me Norw..."
\tI think it was the university's but not sure it's still running. Ours in Lincoln stopped in covid
19:31:05 From Safer Nights Network (Host) to Everyone:
\tThe taxi marshal toolkit mentioned by Inspector Kaur from West Midlands Police is here: https://safernights.example/resources/taxi-marshal-toolkit
19:35:48 From Gemma Rowe to Everyone:
\tIs there a template risk assessment for a marshalled rank anywhere? Ours is 3 years old
19:36:30 From Safer Nights Network (Host) to Everyone:
\tReplying to "Is there a template r..."
\tWe'll add one to the members' area after tonight
19:44:12 From Tom Birch to Everyone:
\tHave to dash, doors open at 8. Thanks all, great session
19:47:55 From Safer Nights Network (Host) to Everyone:
\tThank you all for coming and for such a busy chat! The recording and this chat will be in the members' area within a week. Next webinar: Wednesday 11 March, 7pm, "Women's safety at night: what the evidence says". Book at https://safernights.example/events
19:48:20 From Priya Nair to Everyone:
\tThanks everyone \U0001F44F
19:48:31 From Lee Hutchinson to Everyone:
\tCheers all
19:48:40 From Gemma Rowe to Everyone:
\tDiolch! Very helpful
"""


# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "tame-valley-young-carers-donate.html": lambda: DONATE_HTML,
    "bottle-kiln-yard-museum-schools-and-groups.html": lambda: MUSEUM_HTML,
    "elm-hill-makers-market-meet-the-makers.html": lambda: MAKERS_HTML,
    "pitch-the-knock-after-the-scam-v2.md": lambda: PITCH_MD,
    "safer-nights-network-webinar-2026-02-11-meeting-saved-chat.txt": lambda: CHAT_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    emergency_plan(out)
    sportive_pack(out)
    card_catalogue(out)
    reviewer_report(out)
    clerks_report(out)
    brownie_programme(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
