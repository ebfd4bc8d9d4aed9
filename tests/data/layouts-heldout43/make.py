"""Write the documents of the forty-third held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout43/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a district council's bin collection
calendar, a choral society's concert programme, a secondary school's leavers' yearbook, a best man's
wedding speech, an interview panel's record of one candidate's interview and a university's
participant information sheet with its consent form. The HTML, Markdown and plain-text documents (a
lost and stolen pets site's listing for a stolen dog, a food blogger's recipe post, an online
marketplace's listing for a collectable, a meetup talk's slides kept as Marp Markdown and a church's
weekly notices for reading out) are kept here as text and written out unchanged; manifest.json
lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-second set's make.py.
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


# ================================================================== shared helpers (taken unchanged from the forty-second set, which took them from the forty-first)

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


# ================================================================== Word helpers (taken unchanged from the forty-second set, which took them from the forty-first)


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




# ================================================================== 1. A district council's bin collection calendar (PDF)

BC_GREEN = colors.HexColor("#00664F")
BC_PALE = colors.HexColor("#E6F2EE")
BC_GREYBIN = colors.HexColor("#4D4D4F")
BC_RECYCLE = colors.HexColor("#2E9E44")
BC_GARDEN = colors.HexColor("#8A5A2B")
BC_RED = colors.HexColor("#D1202F")
BC_FILE = "south-holland-district-council-bin-collection-calendar-2026-27-tuesday-round-3.pdf"
BC_MONTHS = [(2026, m) for m in range(4, 13)] + [(2027, m) for m in range(1, 4)]
# Changed days over Christmas and New Year: the collection due on the first date is made on the second.
BC_MOVED = {(2026, 12, 29): (2026, 12, 30), (2027, 1, 5): (2027, 1, 6)}


def _bc_collections():
    """Day -> list of bins. Tuesdays from 7 April 2026: grey bin one week, green (and brown) the next."""
    from datetime import date, timedelta

    days = {}
    day = date(2026, 4, 7)
    week = 0
    while day <= date(2027, 3, 31):
        if week % 2 == 0:
            bins = ["grey"]
        else:
            bins = ["green"]
            # garden waste: fortnightly with the green bin, none from mid-December to the end of February
            if not (date(2026, 12, 14) <= day <= date(2027, 2, 28)):
                bins.append("brown")
        key = (day.year, day.month, day.day)
        if key in BC_MOVED:
            key = BC_MOVED[key]
            bins = bins + ["moved"]
        days[key] = bins
        day += timedelta(days=7)
        week += 1
    return days


def _bc_logo(canvas, x, y, size):
    """A simple tulip on a stem: the council's mark."""
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(size * 0.08)
    canvas.line(x, y, x, y + size * 0.55)
    path = canvas.beginPath()
    path.moveTo(x - size * 0.28, y + size * 0.95)
    path.lineTo(x - size * 0.28, y + size * 0.6)
    path.curveTo(x - size * 0.28, y + size * 0.45, x + size * 0.28, y + size * 0.45, x + size * 0.28, y + size * 0.6)
    path.lineTo(x + size * 0.28, y + size * 0.95)
    path.lineTo(x + size * 0.14, y + size * 0.8)
    path.lineTo(x, y + size * 1.0)
    path.lineTo(x - size * 0.14, y + size * 0.8)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    leaf = canvas.beginPath()
    leaf.moveTo(x, y + size * 0.1)
    leaf.curveTo(x + size * 0.3, y + size * 0.15, x + size * 0.35, y + size * 0.35, x + size * 0.3, y + size * 0.45)
    leaf.curveTo(x + size * 0.2, y + size * 0.3, x + size * 0.1, y + size * 0.2, x, y + size * 0.1)
    canvas.drawPath(leaf, stroke=0, fill=1)
    canvas.restoreState()


def _bc_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    band = 24 * mm if page == 1 else 13 * mm
    canvas.setFillColor(BC_GREEN)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    if page == 1:
        _bc_logo(canvas, 20 * mm, height - 20 * mm, 13 * mm)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawString(31 * mm, height - 11 * mm, "South Holland")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(31 * mm, height - 16.5 * mm, "District Council")
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawRightString(width - 14 * mm, height - 11 * mm, "www.sholland.gov.uk/bins")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 14 * mm, height - 16.5 * mm, "Keep this calendar somewhere handy")
    else:
        _bc_logo(canvas, 18 * mm, height - 11.5 * mm, 8 * mm)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(25 * mm, height - 8.3 * mm, "South Holland District Council")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 14 * mm, height - 8.3 * mm, "Waste and recycling 2026/27")
    # footer strip
    canvas.setFillColor(BC_PALE)
    canvas.rect(0, 0, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(BC_GREEN)
    canvas.setFont("Helvetica-Bold", 7.6)
    canvas.drawString(14 * mm, 7 * mm, "Missed bin? Report it at www.sholland.gov.uk/missedbin by 5pm the next working day")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(14 * mm, 3.4 * mm, "Customer services 01632 960 440 \u00b7 Council Offices, Priory Road, Spalding PE11 2XE")
    canvas.drawRightString(width - 14 * mm, 3.4 * mm, "Printed on 100%% recycled paper \u00b7 %d of 2" % page)
    canvas.restoreState()


def _bc_calendar(canvas, width, height):
    """Twelve months in a 3 x 4 grid, collection days marked with coloured discs."""
    days = _bc_collections()
    cols, rows = 3, 4
    gap = 4 * mm
    box_w = (width - (cols - 1) * gap) / cols
    box_h = (height - (rows - 1) * gap) / rows
    fills = {"grey": BC_GREYBIN, "green": BC_RECYCLE}
    cal = calendar.Calendar(firstweekday=0)
    for i, (year, month) in enumerate(BC_MONTHS):
        cx = (i % cols) * (box_w + gap)
        cy = height - (i // cols + 1) * box_h - (i // cols) * gap
        canvas.setStrokeColor(colors.HexColor("#B5C9C2"))
        canvas.setLineWidth(0.6)
        canvas.rect(cx, cy, box_w, box_h, stroke=1, fill=0)
        canvas.setFillColor(BC_GREEN)
        canvas.rect(cx, cy + box_h - 6 * mm, box_w, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawCentredString(cx + box_w / 2, cy + box_h - 4.2 * mm, "%s %d" % (calendar.month_name[month], year))
        cell_w = box_w / 7
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont("Helvetica-Bold", 6.5)
        for d, name in enumerate(["M", "T", "W", "T", "F", "S", "S"]):
            canvas.drawCentredString(cx + d * cell_w + cell_w / 2, cy + box_h - 10 * mm, name)
        weeks = cal.monthdayscalendar(year, month)
        line_h = (box_h - 13 * mm) / 6
        for w, week in enumerate(weeks):
            for d, num in enumerate(week):
                if not num:
                    continue
                x = cx + d * cell_w + cell_w / 2
                y = cy + box_h - 14.5 * mm - w * line_h
                bins = days.get((year, month, num))
                if bins:
                    main = "grey" if "grey" in bins else "green"
                    canvas.setFillColor(fills[main])
                    canvas.circle(x, y + 1.1 * mm, 2.5 * mm, stroke=0, fill=1)
                    if "brown" in bins:
                        canvas.setFillColor(BC_GARDEN)
                        canvas.circle(x + 2.2 * mm, y + 2.9 * mm, 0.9 * mm, stroke=0, fill=1)
                    if "moved" in bins:
                        canvas.setStrokeColor(BC_RED)
                        canvas.setLineWidth(1.1)
                        canvas.circle(x, y + 1.1 * mm, 3.0 * mm, stroke=1, fill=0)
                    canvas.setFillColor(colors.white)
                    canvas.setFont("Helvetica-Bold", 7)
                else:
                    canvas.setFillColor(colors.HexColor("#C0392B") if d >= 5 else colors.black)
                    canvas.setFont("Helvetica", 7)
                canvas.drawCentredString(x, y, str(num))


def _bc_key(canvas, width, height):
    items = [(BC_GREYBIN, "Grey bin", "General waste"), (BC_RECYCLE, "Green bin", "Mixed recycling"),
             (BC_GARDEN, "Brown bin", "Garden waste (subscribers)"), (None, "Changed day", "Christmas and New Year")]
    step = width / 4
    for i, (fill, title, text) in enumerate(items):
        x = i * step + 4 * mm
        y = height / 2
        if fill is None:
            canvas.setStrokeColor(BC_RED)
            canvas.setLineWidth(1.3)
            canvas.circle(x, y, 3 * mm, stroke=1, fill=0)
        else:
            canvas.setFillColor(fill)
            canvas.circle(x, y, 3 * mm if fill is not BC_GARDEN else 1.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(x + 5 * mm, y + 0.6 * mm, title)
        canvas.setFont("Helvetica", 7)
        canvas.drawString(x + 5 * mm, y - 3 * mm, text)


def bin_calendar(out: Path) -> None:
    width, height = A4
    margin = 14 * mm
    doc = BaseDocTemplate(str(out / BC_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=28 * mm, bottomMargin=16 * mm, title="Bin collection calendar 2026/27",
                          author="South Holland District Council", subject="Tuesday Round 3 collection days",
                          creator="South Holland District Council", invariant=1)
    wide = width - 2 * margin
    gap = 7 * mm
    col = (wide - gap) / 2
    first = Frame(margin, 14 * mm, wide, height - 28 * mm - 14 * mm, id="p1", leftPadding=0, rightPadding=0)
    top_h = 92 * mm
    back_top = Frame(margin, height - 16 * mm - top_h, wide, top_h, id="t", leftPadding=0, rightPadding=0)
    low_h = height - 16 * mm - top_h - 15 * mm
    back_l = Frame(margin, 15 * mm, col, low_h, id="bl", leftPadding=0, rightPadding=0)
    back_r = Frame(margin + col + gap, 15 * mm, col, low_h, id="br", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("front", [first], onPage=_bc_page),
                          PageTemplate("back", [back_top, back_l, back_r], onPage=_bc_page)])
    title = _style("t", "Helvetica-Bold", 20, leading=23, color=BC_GREEN, after=1)
    sub = _style("s", "Helvetica", 10.5, leading=13, color=colors.HexColor("#333333"), after=4)
    day = _style("d", "Helvetica-Bold", 13, leading=15, color=colors.white, align=1, after=0)
    day_s = _style("ds", "Helvetica", 8, leading=10, color=colors.white, align=1, after=0)
    h2 = _style("h2", "Helvetica-Bold", 11, leading=13.5, color=BC_GREEN, before=4, after=3)
    body = _style("b", "Helvetica", 8.4, leading=11, after=4)
    small = _style("sm", "Helvetica", 7.6, leading=9.6, after=2)
    cell = _style("c", "Helvetica", 7.8, leading=9.8)
    head = _style("hd", "Helvetica-Bold", 8.4, leading=10.4, color=colors.white)
    bullet = _style("bu", "Helvetica", 8.2, leading=10.6, left=8, first=-8, after=2)
    tick, cross = "\u2714", "\u2718"

    your_day = Table([[[Paragraph("Your collection day", day_s), Paragraph("TUESDAY", day),
                        Paragraph("Round 3", day_s)]]], colWidths=[42 * mm])
    your_day.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BC_GREEN),
                                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    heading = Table([[[Paragraph("Your bin collection calendar", title),
                       Paragraph("1 April 2026 to 31 March 2027", sub),
                       Paragraph("Put your bin out by 7am on your collection day, with the lid closed and the "
                                 "handle facing the road. Please take it back in the same day.", small)],
                      your_day]], colWidths=[wide - 46 * mm, 46 * mm])
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [heading, Spacer(1, 3 * mm), _Drawing(wide, 12 * mm, _bc_key), Spacer(1, 2 * mm),
             _Drawing(wide, 176 * mm, _bc_calendar), Spacer(1, 3 * mm),
             _panel([Paragraph("<b>Bank holidays:</b> we collect as normal on every bank holiday except over "
                               "Christmas and New Year. Collections due on Tuesday 29 December are made on "
                               "Wednesday 30 December, and collections due on Tuesday 5 January on Wednesday "
                               "6 January. No garden waste is collected from 14 December to 28 February.", small)],
                    wide, fill=BC_PALE, border=BC_RED, pad=6),
             NextPageTemplate("back"), PageBreak()]

    def head_cell(text, fill):
        t = Table([[Paragraph(text, head)]], colWidths=[(wide - 2 * mm) / 3])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    bins = [
        (BC_GREYBIN, "GREY BIN \u00b7 general waste", [
            tick + " Food waste, wrapped", tick + " Nappies and pet waste, bagged", tick + " Crisp packets and "
            "sweet wrappers", tick + " Polystyrene", tick + " Broken crockery, wrapped",
            cross + " Batteries, vapes or electricals", cross + " Hot ashes", cross + " Building rubble"]),
        (BC_RECYCLE, "GREEN BIN \u00b7 mixed recycling", [
            tick + " Paper, card and cardboard", tick + " Plastic bottles, pots, tubs and trays",
            tick + " Food and drink tins and cans", tick + " Glass bottles and jars", tick + " Foil, clean",
            cross + " Plastic bags and film", cross + " Textiles", cross + " Anything in a bag: please put "
            "recycling in loose"]),
        (BC_GARDEN, "BROWN BIN \u00b7 garden waste", [
            tick + " Grass cuttings and leaves", tick + " Hedge trimmings and small branches",
            tick + " Plants and flowers", tick + " Weeds", cross + " Soil, turf or stones",
            cross + " Food waste", cross + " Animal bedding", cross + " Japanese knotweed"]),
    ]
    columns = []
    for fill, label, items in bins:
        columns.append([head_cell(label, fill)] + [Paragraph(item, bullet) for item in items])
    what = Table([columns], colWidths=[wide / 3] * 3)
    what.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
    story += [
        Paragraph("What goes in which bin", _style("t2", "Helvetica-Bold", 16, leading=19, color=BC_GREEN,
                                                     after=5)),
        what,
        Spacer(1, 4 * mm),
        _grid([["Service", "How", "Cost"],
               ["Garden waste (brown bin)", "Subscribe online for collections from April to mid-December",
                "\u00a348 a year"],
               ["Bulky waste", "Up to 3 large items collected from outside your home", "\u00a335"],
               ["Extra grey bin", "Households of six or more, on request", "Free"],
               ["New or replacement bin", "Order online; delivered in 10 working days", "\u00a325"]],
              [48 * mm, wide - 48 * mm - 26 * mm, 26 * mm], cell, head_style=head, head_fill=BC_GREEN,
              line=colors.HexColor("#B5C9C2"), zebra=BC_PALE),
        FrameBreak(),
        Paragraph("Christmas and New Year", h2),
        Paragraph("Real Christmas trees can go in your brown bin in January if you cut them up, or to the "
                  "Spalding household waste recycling centre on West Marsh Road. Please flatten boxes and put "
                  "extra cardboard, flattened, next to your green bin on your recycling day.", body),
        Paragraph("Batteries and small electricals", h2),
        Paragraph("Put batteries in a clear bag on top of your green bin lid and we will take them away. Small "
                  "electricals and vapes can go to the recycling banks at most supermarkets. Never put "
                  "batteries or vapes in a bin: they start fires in our lorries.", body),
        Paragraph("Assisted collections", h2),
        Paragraph("If nobody in your home can put the bins out, we can collect them from your property and "
                  "return them. Ask us on 01632 960 440.", body),
        Paragraph("Household waste recycling centres", h2),
        _grid([["Centre", "Open"],
               ["Spalding, West Marsh Road", "8am\u20134pm, Thursday to Monday"],
               ["Long Sutton, Bull Lane", "8am\u20134pm, Friday to Monday"]],
              [36 * mm, col - 36 * mm], cell, head_style=head, head_fill=BC_GREEN,
              line=colors.HexColor("#B5C9C2")),
        Paragraph("The centres are run by Lincolnshire County Council. Vans and trailers need a permit.", small),
        Paragraph("Moving house or need a calendar in large print?", h2),
        Paragraph("Check your day at www.sholland.gov.uk/bins. This calendar is available in large print, "
                  "Polish, Lithuanian, Latvian, Portuguese and Romanian.", body),
        FrameBreak(),
        _panel([Paragraph("Fly-tipping: report it, don\u2019t move it",
                          _style("fh", "Helvetica-Bold", 10.5, leading=13, color=colors.white, after=3)),
                Paragraph("Operation Tailgate is Lincolnshire Police and our environmental crime team working "
                          "together against fly-tipping and the rogue waste carriers behind most of it. On set "
                          "days the force\u2019s rural crime team and our enforcement officers stop vans, "
                          "trucks and trailers on the A16, A17 and A151, check that drivers hold a waste "
                          "carrier\u2019s licence and the paperwork for what they are carrying, and seize "
                          "vehicles used to dump waste. Since it began in October 2024 the operation has "
                          "stopped 412 vehicles, seized 19 and led to 37 fixed penalties and six "
                          "prosecutions, and fly-tips on the district\u2019s roads fell by 18% last year.",
                          _style("fb", "Helvetica", 8.2, leading=10.8, color=colors.white, after=4)),
                Paragraph("<b>Before you pay anyone to take your waste away:</b>",
                          _style("fb2", "Helvetica", 8.2, leading=10.8, color=colors.white, after=2)),
                Paragraph("\u2022 ask for their waste carrier registration number and check it online",
                          _style("fbu", "Helvetica", 8, leading=10.4, color=colors.white, left=8, first=-8,
                                 after=1)),
                Paragraph("\u2022 ask where your waste is going and get a receipt",
                          _style("fbu2", "Helvetica", 8, leading=10.4, color=colors.white, left=8, first=-8,
                                 after=1)),
                Paragraph("\u2022 if you see waste being dumped, do not approach; note the registration and "
                          "call 999 if it is happening now, or report it to us online",
                          _style("fbu3", "Helvetica", 8, leading=10.4, color=colors.white, left=8, first=-8,
                                 after=1)),
                Paragraph("You can be fined up to \u00a3600 if your waste is found dumped, even if someone "
                          "else dumped it.", _style("fb3", "Helvetica-Oblique", 7.6, leading=9.8,
                                                     color=colors.white, after=0))],
               col, fill=BC_GREEN, pad=7),
        Spacer(1, 4 * mm),
        _panel([Paragraph("Our crews are looking out for you",
                          _style("eh", "Helvetica-Bold", 10.5, leading=13, color=BC_GREEN, after=3)),
                Paragraph("Eyes on the Round started in 2025. Our bin crews visit every street in the district "
                          "every week, so all 96 of our drivers and loaders have had half a day\u2019s training "
                          "from our safeguarding lead in spotting the signs that someone may need help: a bin "
                          "not put out for weeks, post piling up, an older person who seems confused, a child "
                          "who should be at school. Every cab carries a card with who to call, and concerns go "
                          "straight to our safeguarding team, who follow each one up. In its first year crews "
                          "raised 41 concerns, among them a man in his 80s who had fallen in his garden in "
                          "Holbeach and was found because his bin had not gone out for the first time in "
                          "twenty years.", body),
                Paragraph("In an emergency our crews call 999 like anyone else.", small)],
               col, fill=BC_PALE, border=BC_GREEN, pad=7),
    ]
    doc.build(story)

# ================================================================== 2. A choral society's concert programme (PDF)

CP_WINE = colors.HexColor("#6E1E2E")
CP_CREAM = colors.HexColor("#FBF6EA")
CP_GOLD = colors.HexColor("#B08D3C")
CP_FILE = "knaresborough-choral-society-a-policemans-lot-gilbert-and-sullivan-concert-programme-21-march-2026.pdf"


def _cp_helmet(canvas, cx, base, scale=1.0):
    """A custodian helmet in outline, with a star badge, over a few music notes."""
    s = scale
    canvas.saveState()
    canvas.setStrokeColor(CP_WINE)
    canvas.setFillColor(CP_WINE)
    canvas.setLineWidth(1.4 * s)
    path = canvas.beginPath()
    path.moveTo(cx - 26 * mm * s, base)
    path.curveTo(cx - 20 * mm * s, base + 2 * mm * s, cx - 17 * mm * s, base + 4 * mm * s, cx - 16 * mm * s, base + 8 * mm * s)
    path.curveTo(cx - 16 * mm * s, base + 30 * mm * s, cx - 9 * mm * s, base + 44 * mm * s, cx, base + 46 * mm * s)
    path.curveTo(cx + 9 * mm * s, base + 44 * mm * s, cx + 16 * mm * s, base + 30 * mm * s, cx + 16 * mm * s, base + 8 * mm * s)
    path.curveTo(cx + 17 * mm * s, base + 4 * mm * s, cx + 20 * mm * s, base + 2 * mm * s, cx + 26 * mm * s, base)
    path.close()
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineWidth(2.2 * s)
    canvas.line(cx - 16 * mm * s, base + 8 * mm * s, cx + 16 * mm * s, base + 8 * mm * s)
    canvas.circle(cx, base + 48 * mm * s, 2.2 * mm * s, stroke=0, fill=1)
    # the star badge
    canvas.setFillColor(CP_GOLD)
    star = canvas.beginPath()
    import math
    for i in range(16):
        r = (7 if i % 2 == 0 else 3.5) * mm * s
        a = math.pi / 2 + i * math.pi / 8
        x, y = cx + r * math.cos(a), base + 22 * mm * s + r * math.sin(a)
        if i == 0:
            star.moveTo(x, y)
        else:
            star.lineTo(x, y)
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)
    # notes
    canvas.setFillColor(CP_WINE)
    canvas.setLineWidth(1 * s)
    for nx, ny in ((cx + 34 * mm * s, base + 30 * mm * s), (cx + 42 * mm * s, base + 36 * mm * s),
                   (cx - 40 * mm * s, base + 26 * mm * s)):
        canvas.ellipse(nx - 2.2 * mm * s, ny - 1.5 * mm * s, nx + 2.2 * mm * s, ny + 1.5 * mm * s, stroke=0, fill=1)
        canvas.line(nx + 2.1 * mm * s, ny, nx + 2.1 * mm * s, ny + 11 * mm * s)
    canvas.line(cx + 36.1 * mm * s, base + 41 * mm * s, cx + 44.1 * mm * s, base + 47 * mm * s)
    canvas.restoreState()


def _cp_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    canvas.setFillColor(CP_CREAM)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    if page == 1:
        canvas.setStrokeColor(CP_WINE)
        canvas.setLineWidth(2.5)
        canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm, stroke=1, fill=0)
        canvas.setLineWidth(0.6)
        canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm, stroke=1, fill=0)
        canvas.setFillColor(CP_WINE)
        canvas.setFont("Times-Roman", 11)
        canvas.drawCentredString(width / 2, height - 24 * mm, "KNARESBOROUGH CHORAL SOCIETY")
        canvas.setFont("Times-Italic", 9)
        canvas.drawCentredString(width / 2, height - 29 * mm, "presents")
        canvas.setFont("Times-Bold", 30)
        canvas.drawCentredString(width / 2, height - 44 * mm, "A Policeman\u2019s Lot")
        canvas.setFont("Times-Italic", 13)
        canvas.drawCentredString(width / 2, height - 52 * mm, "An evening of Gilbert & Sullivan")
        _cp_helmet(canvas, width / 2, 88 * mm, 0.95)
        canvas.setFont("Times-Roman", 11)
        canvas.drawCentredString(width / 2, 70 * mm, "Saturday 21 March 2026 at 7.30pm")
        canvas.drawCentredString(width / 2, 64 * mm, "St John\u2019s Parish Church, Knaresborough")
        canvas.setFont("Times-Italic", 10)
        canvas.drawCentredString(width / 2, 52 * mm, "Musical Director: Helen Ackroyd")
        canvas.drawCentredString(width / 2, 46.5 * mm, "Piano: Jonathan Barraclough and Ruth Sanderson")
        canvas.setFont("Times-Bold", 10)
        canvas.drawCentredString(width / 2, 22 * mm, "Programme \u00a33")
    else:
        canvas.setStrokeColor(CP_GOLD)
        canvas.setLineWidth(0.6)
        canvas.line(14 * mm, height - 12 * mm, width - 14 * mm, height - 12 * mm)
        canvas.setFillColor(CP_WINE)
        canvas.setFont("Times-Italic", 7.5)
        canvas.drawString(14 * mm, height - 10.5 * mm, "Knaresborough Choral Society")
        canvas.drawRightString(width - 14 * mm, height - 10.5 * mm, "A Policeman\u2019s Lot \u00b7 21 March 2026")
        canvas.setFont("Times-Roman", 8)
        canvas.drawCentredString(width / 2, 8 * mm, "\u2014 %d \u2014" % page)
    canvas.restoreState()


def concert_programme(out: Path) -> None:
    width, height = A5
    margin = 14 * mm
    doc = BaseDocTemplate(str(out / CP_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=14 * mm, title="A Policeman's Lot: concert programme",
                          author="Knaresborough Choral Society", subject="Concert programme, 21 March 2026",
                          creator="Knaresborough Choral Society", invariant=1)
    wide = width - 2 * margin
    gap = 6 * mm
    col = (wide - gap) / 2
    body_h = height - 16 * mm - 14 * mm
    one = Frame(margin, 14 * mm, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, 14 * mm, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 14 * mm, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 12 * mm, wide, 5 * mm, id="c")], onPage=_cp_page),
                          PageTemplate("one", [one], onPage=_cp_page),
                          PageTemplate("two", [left, right], onPage=_cp_page)])
    h1 = _style("h1", "Times-Bold", 16, leading=19, color=CP_WINE, align=1, after=6)
    h2 = _style("h2", "Times-Bold", 11, leading=13.5, color=CP_WINE, before=6, after=2)
    part = _style("pt", "Times-Bold", 11.5, leading=14, color=CP_WINE, align=1, before=6, after=4)
    body = _style("b", "Times-Roman", 9.6, leading=12.4, align=4, after=5)
    ital = _style("i", "Times-Italic", 9.2, leading=11.8, align=1, after=4)
    sign = _style("sg", "Times-Italic", 10, leading=12, after=0)
    small = _style("sm", "Times-Roman", 7.8, leading=9.6, after=2)
    cell = _style("c", "Times-Roman", 8.8, leading=10.8)
    cell_i = _style("ci", "Times-Italic", 8.4, leading=10.4, color=colors.HexColor("#555555"))
    lyric = _style("ly", "Times-Roman", 8.8, leading=11, after=0)
    lyric_i = _style("lyi", "Times-Italic", 8.4, leading=10.6, color=CP_WINE, before=4, after=2)
    lyric_head = _style("lyh", "Times-Bold", 10, leading=12.5, color=CP_WINE, before=2, after=1)
    voice = _style("v", "Times-Bold", 9, leading=11, color=CP_WINE, before=5, after=1)
    name = _style("n", "Times-Roman", 8.6, leading=10.6, after=0)
    advert = _style("ad", "Helvetica", 7.6, leading=9.6, align=1, after=1)
    advert_b = _style("adb", "Helvetica-Bold", 9, leading=11, align=1, after=1)

    def running(rows):
        data = []
        for work, item, who in rows:
            data.append([Paragraph(work, cell_i), Paragraph(item, cell), Paragraph(who, cell_i)])
        table = Table(data, colWidths=[25 * mm, wide - 25 * mm - 30 * mm, 30 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#D8CBB0"))]))
        return table

    def ad(lines, fill=colors.white):
        parts = [Paragraph(lines[0], advert_b)] + [Paragraph(t, advert) for t in lines[1:]]
        return _panel(parts, col, fill=fill, border=CP_WINE, pad=5)

    story = [NextPageTemplate("one"), PageBreak()]
    story += [
        Paragraph("Welcome", h1),
        Paragraph("Good evening, and welcome to St John\u2019s for our spring concert. Gilbert and Sullivan have "
                  "been part of this choir\u2019s life since it was founded in 1947, when our first concert in the "
                  "old Town Hall ended, we are told, with the whole audience joining in \u2018He is an "
                  "Englishman\u2019. Tonight we go back to where it all began, with choruses and songs from four "
                  "of the Savoy operas and, after the interval, most of The Pirates of Penzance in concert.", body),
        Paragraph("Those of you who saw our Mikado in 2019 will remember Graham Pickles as a most alarming Lord "
                  "High Executioner. Graham spent thirty years with North Yorkshire Police, and we have finally "
                  "persuaded him to sing the Sergeant of Police, a part he says he has been rehearsing in real "
                  "life since 1975. Our thanks to him, to our soloists, to Helen and to our two pianists, and to "
                  "Revd Canon Philip Marsden and the churchwardens for having us.", body),
        Paragraph("Tonight\u2019s retiring collection is for the Society\u2019s Young Singers\u2019 Bursary, which "
                  "pays for singing lessons for two young people from the district each year. Thank you for "
                  "coming, and please sing along in the finale: the words are on page 5.", body),
        Paragraph("Margaret Dinsdale", sign),
        Paragraph("Chair, Knaresborough Choral Society", small),
        Spacer(1, 8),
        _panel([Paragraph("<b>Before we begin.</b> Please switch off mobile phones. Photography and recording "
                          "are not allowed during the performance. Toilets are in the church hall across the "
                          "path. The fire exits are the west door and the north porch; in an emergency please "
                          "follow the stewards in red lanyards. Refreshments and the raffle are in the church hall "
                          "during the interval.", _style("pn", "Times-Roman", 8.8, leading=11.2))],
               wide, fill=colors.white, border=CP_GOLD, pad=6),
        Spacer(1, 6),
        Paragraph("<b>Parking:</b> there is no parking at the church. Please use the Chapel Street car park and "
                  "do not park on Vicarage Lane, where the double yellow lines are enforced in the evenings.", small),
        PageBreak(),
        Paragraph("Programme", h1),
        Paragraph("Part One", part),
        running([["The Pirates of Penzance", "Overture (arranged for piano duet)", "Piano duet"],
                 ["HMS Pinafore", "We sail the ocean blue", "Chorus"],
                 ["HMS Pinafore", "I am the Captain of the Pinafore", "Richard Ainsley, chorus"],
                 ["The Mikado", "If you want to know who we are", "Tenors and basses"],
                 ["The Mikado", "Three little maids from school", "Eleanor Moss, Sophie Walker, Anna Firth"],
                 ["The Mikado", "A wand\u2019ring minstrel I", "Daniel Kerr"],
                 ["Iolanthe", "Loudly let the trumpet bray", "Chorus"],
                 ["Iolanthe", "When Britain really ruled the waves", "Graham Pickles, chorus"],
                 ["The Gondoliers", "Dance a cachucha", "Chorus"]]),
        Paragraph("Interval (20 minutes)", part),
        Paragraph("Refreshments in the church hall. Raffle tickets \u00a31 a strip; the draw is at the start of "
                  "Part Two.", ital),
        Paragraph("Part Two", part),
        Paragraph("The Pirates of Penzance, or The Slave of Duty \u2014 in concert (abridged)", ital),
        running([["Act I", "Pour, oh pour the pirate sherry", "Basses, chorus"],
                 ["Act I", "Poor wand\u2019ring one", "Eleanor Moss, sopranos"],
                 ["Act I", "I am the very model of a modern Major-General", "Richard Ainsley, chorus"],
                 ["Act II", "When the foeman bares his steel", "Graham Pickles, police, ladies"],
                 ["Act II", "When a felon\u2019s not engaged in his employment", "Graham Pickles, police"],
                 ["Act II", "With cat-like tread", "Pirates, police"],
                 ["Act II", "Finale: Poor wand\u2019ring ones!", "Company"],
                 ["HMS Pinafore", "Encore: He is an Englishman", "Everyone"]]),
        Spacer(1, 6),
        Paragraph("The concert ends at about 9.45pm.", ital),
        PageBreak(),
        Paragraph("Programme notes", h1),
        Paragraph("When The Pirates of Penzance opened, it did so twice. To protect their copyright, Gilbert and "
                  "Sullivan arranged a single scrambled performance at the Royal Bijou Theatre in Paignton on 30 "
                  "December 1879, with the touring company of HMS Pinafore reading from scripts, while the "
                  "proper premi\u00e8re took place in New York the following night. London had to wait until "
                  "April 1880, when the opera began a run of 363 performances at the Opera Comique.", body),
        Paragraph("The plot hangs on a technicality. Frederic, apprenticed by mistake to a band of soft-hearted "
                  "pirates (they never rob an orphan, and as they are all orphans they are always being let "
                  "off), is a \u2018slave of duty\u2019 who must serve until his twenty-first birthday. As he "
                  "was born on 29 February, that will not be until 1940.", body),
        Paragraph("The policemen", h2),
        Paragraph("Gilbert\u2019s police are among his best jokes. In 1879 the Metropolitan Police was fifty years "
                  "old and the county forces younger still, and the Victorian audience knew the constable as a "
                  "figure of solid respectability. Gilbert gives them a Sergeant who is brave only in song: "
                  "his men march off to face the pirates chanting \u2018Tarantara!\u2019 to keep their spirits "
                  "up, and go, as the ladies point out, with every sign of reluctance. The Sergeant\u2019s "
                  "great solo, \u2018When a felon\u2019s not engaged in his employment\u2019, in which he "
                  "reflects that the burglar and the cut-throat have their innocent pleasures like anyone "
                  "else, gave the language a phrase that is still in use: a policeman\u2019s lot is not a "
                  "happy one.", body),
        Paragraph("Sullivan\u2019s music for the police is a march that keeps forgetting to march. Listen for "
                  "the way the chorus sings \u2018Tarantara\u2019 ever more quietly as danger approaches, and for "
                  "\u2018With cat-like tread\u2019, in which the pirates sing at the tops of their voices that "
                  "they are making no noise at all.", body),
        Paragraph("The other operas", h2),
        Paragraph("HMS Pinafore (1878) made its authors\u2019 fortune and is represented tonight by its opening "
                  "chorus and its vain Captain. The Mikado (1885) remains the most performed of the Savoy "
                  "operas; Iolanthe (1882) mocks the House of Lords, and The Gondoliers (1889) was the last of "
                  "their great successes before the famous quarrel over a carpet.", body),
        Paragraph("Notes by Peter Hebden", _style("by", "Times-Italic", 8.6, leading=10.6, align=2)),
        NextPageTemplate("two"), PageBreak(),
        Paragraph("The texts", lyric_head),
        Paragraph("When the foeman bares his steel", lyric_head),
        Paragraph("SERGEANT AND POLICE", lyric_i),
    ]
    for line in ["When the foeman bares his steel,", "Tarantara! tarantara!", "We uncomfortable feel,",
                 "Tarantara!", "And we find the wisest thing,", "Tarantara! tarantara!",
                 "Is to slap our chests and sing,", "Tarantara!", "For when threatened with \u00e9meutes,",
                 "Tarantara! tarantara!", "And your heart is in your boots,", "Tarantara!",
                 "There is nothing brings it round", "Like the trumpet\u2019s martial sound,",
                 "Like the trumpet\u2019s martial sound.", "Tarantara! tarantara!"]:
        story.append(Paragraph(line, lyric))
    story += [Paragraph("LADIES", lyric_i)]
    for line in ["Go, ye heroes, go to glory,", "Though you die in combat gory,", "Ye shall live in song and "
                 "story.", "Go to immortality!"]:
        story.append(Paragraph(line, lyric))
    story += [Paragraph("When a felon\u2019s not engaged in his employment", lyric_head),
              Paragraph("SERGEANT", lyric_i)]
    for i, line in enumerate(["When a felon\u2019s not engaged in his employment,",
                              "Or maturing his felonious little plans,",
                              "His capacity for innocent enjoyment", "Is just as great as any honest man\u2019s.",
                              "Our feelings we with difficulty smother", "When constabulary duty\u2019s to be done.",
                              "Ah, take one consideration with another,", "A policeman\u2019s lot is not a happy "
                              "one.", "", "When the enterprising burglar\u2019s not a-burgling,",
                              "When the cut-throat isn\u2019t occupied in crime,",
                              "He loves to hear the little brook a-gurgling,", "And listen to the merry village "
                              "chime.", "When the coster\u2019s finished jumping on his mother,",
                              "He loves to lie a-basking in the sun.", "Ah, take one consideration with another,",
                              "The policeman\u2019s lot is not a happy one."]):
        story.append(Paragraph(line, lyric) if line else Spacer(1, 5))
    story += [Paragraph("POLICE", lyric_i),
              Paragraph("When constabulary duty\u2019s to be done,", lyric),
              Paragraph("To be done,", lyric),
              Paragraph("The policeman\u2019s lot is not a happy one.", lyric),
              Paragraph("Happy one.", lyric),
              Paragraph("Finale: please join in", lyric_head),
              Paragraph("He is an Englishman!", lyric),
              Paragraph("For he himself has said it,", lyric),
              Paragraph("And it\u2019s greatly to his credit,", lyric),
              Paragraph("That he is an Englishman!", lyric),
              Paragraph("Words by W. S. Gilbert (1836\u20131911).", small),
              NextPageTemplate("one"), PageBreak(),
              Paragraph("Our soloists", h1),
              Paragraph("Graham Pickles <i>bass, Sergeant of Police</i>", h2),
              Paragraph("Graham joined North Yorkshire Police in 1975 and retired thirty years later as a custody "
                        "sergeant in Harrogate, which he insists was the best possible training for Gilbert and "
                        "Sullivan. He has sung bass with the Society since 1988 and has taken most of the patter "
                        "and comic parts in its staged productions, including the Lord Chancellor, Ko-Ko and, "
                        "twice, the Pirate King. The helmets worn tonight are his own, kept from his first and "
                        "last days in uniform.", body),
              Paragraph("Eleanor Moss <i>soprano, Mabel</i>", h2),
              Paragraph("Eleanor studied at the Royal Northern College of Music and sings with Opera North\u2019s "
                        "chorus. She grew up in Scriven and sang her first solo with the Society aged fourteen.",
                        body),
              Paragraph("Daniel Kerr <i>tenor, Frederic</i>", h2),
              Paragraph("Daniel is a lay clerk at Ripon Cathedral and teaches music at a school in Harrogate. "
                        "This is his third concert with us.", body),
              Paragraph("Richard Ainsley <i>baritone, Major-General Stanley</i>", h2),
              Paragraph("Richard, a Society member for twelve years, is a chartered surveyor by day and has sung "
                        "the Major-General\u2019s song at more weddings than he would like to admit.", body),
              Paragraph("Helen Ackroyd <i>musical director</i>", h2),
              Paragraph("Helen has conducted the Society since 2014. She also directs the Nidd Valley Youth Choir "
                        "and teaches singing across the district.", body),
              NextPageTemplate("two"), PageBreak(),
              Paragraph("The choir", lyric_head)]
    parts = {
        "Sopranos": ["Pauline Atkinson", "Jean Brear", "Carol Dent", "Margaret Dinsdale", "Anna Firth",
                     "Kathryn Hirst", "Susan Lund", "Helen Metcalfe", "Judith Precious", "Sophie Walker",
                     "Christine Wray"],
        "Altos": ["Gillian Appleyard", "Rosemary Bell", "Janet Coates", "Frances Dobson", "Linda Garbutt",
                  "Alison Hague", "Wendy Kitching", "Maureen Lister", "Patricia Scaife", "Ann Thackray"],
        "Tenors": ["Michael Binns", "Andrew Cawood", "Peter Hebden", "Stephen Lambert", "David Rushworth"],
        "Basses": ["Richard Ainsley", "John Bramley", "Keith Dunwell", "Alan Fawcett", "Graham Pickles",
                   "Trevor Rymer", "Brian Sowerby", "Colin Whitaker"],
    }
    for voice_name, names in parts.items():
        if voice_name == "Tenors":
            story.append(FrameBreak())
        story.append(Paragraph(voice_name, voice))
        story += [Paragraph(n, name) for n in names]
    story += [Paragraph("Friends of the Society", voice),
              Paragraph("Mr and Mrs D. Barker, Dr E. Calvert, Mrs M. Ingleby, Mr K. Pearson, The Mother Shipton "
                        "Tea Rooms, Mr and Mrs R. Verity. Friends pay \u00a325 a year and have a seat kept for them "
                        "at every concert.", name),
              PageBreak(),
              Paragraph("Future concerts", lyric_head),
              _grid([["Date", "Concert"],
                     ["Sat 11 July 2026, 7.30pm", "Summer Serenade: part songs and madrigals, Holy Trinity"],
                     ["Sat 5 December 2026, 7pm", "Messiah (Part One) with orchestra, St John\u2019s"],
                     ["Sun 20 December 2026, 4pm", "Carols by candlelight, St John\u2019s"]],
                    [24 * mm, col - 24 * mm], _style("fc", "Times-Roman", 8, leading=9.8),
                    head_style=_style("fch", "Times-Bold", 8, leading=9.8, color=colors.white), head_fill=CP_WINE,
                    line=colors.HexColor("#D8CBB0")),
              Spacer(1, 5),
              Paragraph("Come and sing with us", voice),
              Paragraph("We rehearse on Tuesdays at 7.30pm in the Methodist Church hall, Gracious Street. New "
                        "members are always welcome, especially tenors and basses; there is no audition. "
                        "Subscriptions are \u00a312 a month.", name),
              FrameBreak(),
              ad(["Ingleby &amp; Verity Solicitors", "Wills \u00b7 Probate \u00b7 Conveyancing",
                  "14 High Street, Knaresborough \u00b7 01632 960 731"]),
              Spacer(1, 4),
              ad(["The Mother Shipton Tea Rooms", "Afternoon tea by the river \u00b7 10% off with this programme",
                  "Waterside \u00b7 open daily 10am\u20135pm"], fill=CP_CREAM),
              Spacer(1, 4),
              ad(["Nidd Valley Locks &amp; Security", "Locks fitted and changed \u00b7 safes \u00b7 door entry",
                  "24-hour call-out \u00b7 07700 900 462"]),
              Spacer(1, 6),
              Paragraph("Knaresborough Choral Society is a registered charity, no. 517402, and a member of Making "
                        "Music. Programme designed by members of the Society and printed by Castle Print, "
                        "Knaresborough HG5 8AP.", small)]
    doc.build(story)

# ================================================================== 3. A secondary school's leavers' yearbook (PDF)

YB_NAVY = colors.HexColor("#14264A")
YB_TEAL = colors.HexColor("#1BA39C")
YB_YELLOW = colors.HexColor("#F6C445")
YB_PINK = colors.HexColor("#E85A71")
YB_PALE = colors.HexColor("#EEF6F6")
YB_FILE = "harbourside-academy-folkestone-year-11-leavers-yearbook-class-of-2025.pdf"


def _yb_lighthouse(canvas, x, y, scale=1.0):
    s = scale
    canvas.saveState()
    canvas.setFillColor(colors.white)
    path = canvas.beginPath()
    path.moveTo(x - 9 * mm * s, y)
    path.lineTo(x - 5 * mm * s, y + 48 * mm * s)
    path.lineTo(x + 5 * mm * s, y + 48 * mm * s)
    path.lineTo(x + 9 * mm * s, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(YB_PINK)
    for band in (10, 30):
        b = canvas.beginPath()
        y0, y1 = y + band * mm * s, y + (band + 8) * mm * s
        w0 = 9 * mm * s - 4 * mm * s * band / 48
        w1 = 9 * mm * s - 4 * mm * s * (band + 8) / 48
        b.moveTo(x - w0, y0)
        b.lineTo(x - w1, y1)
        b.lineTo(x + w1, y1)
        b.lineTo(x + w0, y0)
        b.close()
        canvas.drawPath(b, stroke=0, fill=1)
    canvas.setFillColor(YB_YELLOW)
    canvas.rect(x - 5 * mm * s, y + 48 * mm * s, 10 * mm * s, 7 * mm * s, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    t = canvas.beginPath()
    t.moveTo(x - 7 * mm * s, y + 55 * mm * s)
    t.lineTo(x, y + 61 * mm * s)
    t.lineTo(x + 7 * mm * s, y + 55 * mm * s)
    t.close()
    canvas.drawPath(t, stroke=0, fill=1)
    # beams
    canvas.setFillColor(colors.Color(0.96, 0.77, 0.27, alpha=0.35))
    for d in (-1, 1):
        beam = canvas.beginPath()
        beam.moveTo(x, y + 51.5 * mm * s)
        beam.lineTo(x + d * 70 * mm * s, y + 62 * mm * s)
        beam.lineTo(x + d * 70 * mm * s, y + 41 * mm * s)
        beam.close()
        canvas.drawPath(beam, stroke=0, fill=1)
    canvas.restoreState()


def _yb_page(canvas, doc):
    width, height = A4
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(YB_NAVY)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        # confetti, placed on a fixed pattern
        palette = [YB_TEAL, YB_YELLOW, YB_PINK, colors.white]
        for i in range(60):
            x = 125 * mm + (i * 37 * mm) % (width - 130 * mm)
            y = height - 20 * mm - ((i * 53) % 90) * mm
            canvas.setFillColor(palette[i % 4])
            canvas.rect(x, y, 3 * mm, 1.4 * mm, stroke=0, fill=1)
        # sea
        canvas.setFillColor(YB_TEAL)
        canvas.rect(0, 0, width, 70 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.2)
        for row in range(3):
            yy = 58 * mm - row * 7 * mm
            p = canvas.beginPath()
            p.moveTo(0, yy)
            xx = 0
            while xx < width:
                p.curveTo(xx + 6 * mm, yy + 3 * mm, xx + 12 * mm, yy - 3 * mm, xx + 18 * mm, yy)
                xx += 18 * mm
            canvas.drawPath(p, stroke=1, fill=0)
        _yb_lighthouse(canvas, width - 45 * mm, 66 * mm, 1.4)
        canvas.setFillColor(YB_YELLOW)
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(20 * mm, height - 40 * mm, "HARBOURSIDE ACADEMY \u00b7 FOLKESTONE")
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 64)
        canvas.drawString(18 * mm, height - 75 * mm, "CLASS")
        canvas.drawString(18 * mm, height - 100 * mm, "OF 2025")
        canvas.setFont("Helvetica", 16)
        canvas.drawString(20 * mm, height - 115 * mm, "Year 11 Leavers\u2019 Yearbook")
        canvas.setFont("Helvetica-Oblique", 11)
        canvas.drawString(20 * mm, 30 * mm, "\u201cWe started on Teams. We finished on the Leas.\u201d")
    else:
        canvas.setFillColor(YB_NAVY)
        canvas.rect(0, height - 10 * mm, width, 10 * mm, stroke=0, fill=1)
        canvas.setFillColor(YB_YELLOW)
        canvas.rect(0, height - 11.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(15 * mm, height - 6.5 * mm, "CLASS OF 2025")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 15 * mm, height - 6.5 * mm, "Harbourside Academy Yearbook")
        canvas.setFillColor(YB_NAVY)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawCentredString(width / 2, 8 * mm, str(page))
    canvas.restoreState()


def _yb_face(canvas, width, height):
    """A photo placeholder: a grey square with a head-and-shoulders silhouette."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#D5DCE4"))
    canvas.roundRect(0, 0, width, height, 2 * mm, stroke=0, fill=1)
    clip = canvas.beginPath()
    clip.roundRect(0, 0, width, height, 2 * mm)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(colors.HexColor("#A7B3C1"))
    canvas.circle(width / 2, height * 0.62, height * 0.17, stroke=0, fill=1)
    canvas.ellipse(width * 0.2, -height * 0.25, width * 0.8, height * 0.4, stroke=0, fill=1)
    canvas.restoreState()


def _yb_photo(canvas, width, height):
    """A year group photo placeholder: rows of small figures on a field."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#CFE3C8"))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#BFD8F0"))
    canvas.rect(0, height * 0.7, width, height * 0.3, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#3A4A6B"))
    for row in range(4):
        y = height * 0.12 + row * height * 0.14
        n = 16 - row
        for i in range(n):
            x = width * 0.06 + i * (width * 0.88) / (n - 1)
            canvas.circle(x, y + 3.2 * mm, 1.1 * mm, stroke=0, fill=1)
            canvas.rect(x - 1.1 * mm, y, 2.2 * mm, 2.3 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(3)
    canvas.rect(0, 0, width, height, stroke=1, fill=0)
    canvas.restoreState()


def _yb_destinations(canvas, width, height):
    rows = [("Sixth form", 58, YB_TEAL), ("College", 27, YB_NAVY), ("Apprenticeship", 11, YB_PINK),
            ("Work or other", 4, YB_YELLOW)]
    bar_h = height / len(rows) - 3 * mm
    for i, (label, pct, fill) in enumerate(rows):
        y = height - (i + 1) * (bar_h + 3 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(0, y + bar_h / 2 - 3, label)
        canvas.setFillColor(fill)
        canvas.rect(30 * mm, y, (width - 45 * mm) * pct / 60, bar_h, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(30 * mm + (width - 45 * mm) * pct / 60 + 2 * mm, y + bar_h / 2 - 3, "%d%%" % pct)


def yearbook(out: Path) -> None:
    width, height = A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(out / YB_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=17 * mm, bottomMargin=15 * mm, title="Class of 2025: Year 11 Leavers' Yearbook",
                          author="Harbourside Academy Yearbook Committee", subject="Leavers' yearbook",
                          creator="Harbourside Academy", invariant=1)
    wide = width - 2 * margin
    gap = 8 * mm
    col = (wide - gap) / 2
    body_h = height - 17 * mm - 15 * mm
    one = Frame(margin, 15 * mm, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, 15 * mm, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 15 * mm, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 12 * mm, wide, 5 * mm, id="c")], onPage=_yb_page),
                          PageTemplate("one", [one], onPage=_yb_page),
                          PageTemplate("two", [left, right], onPage=_yb_page)])
    h1 = _style("h1", "Helvetica-Bold", 22, leading=26, color=YB_NAVY, after=6)
    h2 = _style("h2", "Helvetica-Bold", 12, leading=15, color=YB_TEAL, before=6, after=3)
    body = _style("b", "Helvetica", 9.4, leading=12.6, after=6)
    sign = _style("sg", "Helvetica-Oblique", 9.4, leading=12, after=0)
    small = _style("sm", "Helvetica", 7.6, leading=9.6, color=colors.HexColor("#555555"), after=2)
    month = _style("mo", "Helvetica-Bold", 9.5, leading=11.5, color=colors.white, align=1)
    entry = _style("en", "Helvetica", 8.8, leading=11.6, after=3)
    entry_h = _style("eh", "Helvetica-Bold", 9.2, leading=11.6, color=YB_NAVY, after=2)
    who = _style("who", "Helvetica-Bold", 8.2, leading=10, color=YB_NAVY, align=1, after=0)
    quote = _style("q", "Helvetica-Oblique", 7.4, leading=9.2, align=1, after=0)
    cell = _style("c", "Helvetica", 8.6, leading=10.8)
    cell_b = _style("cb", "Helvetica-Bold", 8.6, leading=10.8, color=YB_NAVY)
    bubble = _style("bb", "Helvetica", 8.6, leading=11.2, after=2)
    bubble_by = _style("bby", "Helvetica-Bold", 8, leading=10, color=YB_TEAL, after=0)

    def timeline(items):
        fills = [YB_TEAL, YB_NAVY, YB_PINK]
        data, commands = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
        for i, (name, title, texts) in enumerate(items):
            data.append([Paragraph(name, month), [Paragraph(title, entry_h)] + [Paragraph(t, entry) for t in texts]])
            commands.append(("BACKGROUND", (0, i), (0, i), fills[i % 3]))
            commands.append(("LINEBELOW", (1, i), (1, i), 0.4, colors.HexColor("#C9D6D6")))
        table = Table(data, colWidths=[24 * mm, wide - 24 * mm])
        table.setStyle(TableStyle(commands))
        return table

    def form_page(form, tutor, pupils):
        cells, row = [], []
        for name, line in pupils:
            row.append([_Drawing(23 * mm, 23 * mm, _yb_face), Spacer(1, 2), Paragraph(name, who),
                        Paragraph(line, quote)])
            if len(row) == 4:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [""] * (4 - len(row)))
        grid = Table(cells, colWidths=[wide / 4] * 4)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [Paragraph(form, h1), Paragraph(tutor, _style("tu", "Helvetica-Oblique", 10, leading=13,
                                                              color=YB_TEAL, after=4)), grid]

    def speech(text, by, fill):
        return _panel([Paragraph(text, bubble), Paragraph(by, bubble_by)], col, fill=fill, pad=8)

    story = [NextPageTemplate("two"), PageBreak()]
    story += [
        Paragraph("From the Principal", h1),
        Paragraph("Dear Class of 2025,", body),
        Paragraph("You were the year group who started secondary school on a laptop. In September 2020 half of "
                  "you met your tutor through a screen, and some of you did not set foot in this building until "
                  "the spring. Look at you now: taller than most of the staff, louder than all of them, and about "
                  "to walk out of that door for the last time as young adults we are enormously proud of.", body),
        Paragraph("Whatever comes next, whether it is our sixth form, college, an apprenticeship or a job, "
                  "remember that you are a Harbourside student for life. Come back and tell us how you are "
                  "getting on. The door is always open (except during exams).", body),
        Paragraph("Mrs Claire Winslow", sign),
        Paragraph("Principal", small),
        Spacer(1, 8),
        Paragraph("From your Head of Year", h2),
        Paragraph("Five years, 1,100 school days, three fire alarms in the middle of mocks and one unforgettable "
                  "trip to Bewl Water. Thank you for the laughs, the stress, the cake sales and the fact that "
                  "not one of you ever handed a form back on time. I will miss every one of you.", body),
        Paragraph("Mr Dev Patel", sign),
        Paragraph("Head of Year 11", small),
        Spacer(1, 10),
        _Drawing(col, 52 * mm, _yb_photo),
        Paragraph("Our first whole-year photo, taken on the field in June 2021, two metres apart.", small),
        FrameBreak(),
        Paragraph("Yearbook committee", h2),
        Paragraph("This yearbook was put together by Amira Hassan, Tom Gurung, Lily-Mae Sutton, Josh Baptiste and "
                  "Ella Morgan, with help from Ms Reid in the library. Photos by the Year 11 photography group. "
                  "Every student in the year was invited to send in a quote; if yours is not here, blame Tom.",
                  body),
        Spacer(1, 6),
        _panel([Paragraph("<b>Class of 2025 in numbers</b>", _style("n1", "Helvetica-Bold", 10, leading=13,
                                                                      color=colors.white, after=3)),
                Paragraph("184 students \u00b7 7 forms \u00b7 2,316 GCSE exams sat \u00b7 1 prom \u00b7 "
                          "0 forms handed in on time", _style("n2", "Helvetica", 9, leading=12,
                                                               color=colors.white))],
               col, fill=YB_NAVY, pad=8),
        Spacer(1, 8),
        Paragraph("Where we\u2019re going next", h2),
        _Drawing(col, 36 * mm, _yb_destinations),
        Paragraph("From the destinations survey in June; 171 of 184 students replied.", small),
        NextPageTemplate("one"), PageBreak(),
        Paragraph("Our year, month by month", h1),
        timeline([
            ("SEP", "Back for the last time", [
                "Twenty-two new prefects and our head students, Amira and Kai, were chosen after speeches in "
                "front of the whole year (Kai\u2019s joke about the canteen is still being talked about)."]),
            ("OCT", "Careers day", [
                "Forty employers, from the port to the hospital to the army, gave us mock interviews in the "
                "sports hall. Half of us wore a tie for the first time."]),
            ("NOV", "Project Crossroads", [
                "Project Crossroads was six weeks of sessions for the whole of Year 11 run by Kent Police\u2019s "
                "Child Centred Policing Team and youth workers from Kent County Council\u2019s youth service. "
                "Every Thursday afternoon PC Danni Okoro and two youth workers took us through county lines, "
                "knife crime, how people get groomed online and how to report something without anyone "
                "knowing it was you, with real stories from young people in Kent and a drama group who acted "
                "out a night that goes wrong. Afterwards nine in ten of us said we knew how to report "
                "something anonymously, and the team says fourteen of us went to them for one-to-one help. "
                "It was meant to be a pilot here and is now going to every school in the district."]),
            ("DEC", "Mocks and jumpers", [
                "Two weeks of mocks in the sports hall, then the Christmas jumper day and the staff panto "
                "(Mr Patel as the Dame will never be forgotten). The cake sale raised \u00a3612."]),
            ("JAN", "Results envelopes", [
                "Mock results day. Enough said."]),
            ("FEB", "Bus Buddies", [
                "Bus Buddies was dreamed up by the prefects. After Year 7s told the school council they were "
                "being picked on on the buses home, twenty prefects started riding the 16 and the 102 every "
                "morning and afternoon in pairs, in blazers and lanyards, sitting near the younger ones and "
                "telling Mr Patel about anything that happened. Reports of trouble on the school buses went "
                "from 31 in the autumn term to 6 in the spring, and in the summer survey the Year 7s voted it "
                "the best thing about the school. Year 10 have promised to keep it going."]),
            ("MAR", "Red Nose Day", [
                "The Year 11 talent show raised \u00a3840 for Comic Relief. The dance group from 11H were robbed."]),
            ("APR", "Bronze DofE", [
                "Thirty-four of us walked the North Downs Way with tents that did not want to go up. Everyone "
                "came back, eventually."]),
            ("MAY", "Exam season", [
                "Toast and juice in the library every morning before an exam, and Mr Hollis\u2019s famous "
                "pencil case check. Good luck messages from the Year 7s covered the sports hall doors."]),
            ("JUN", "Last day, leavers\u2019 assembly and prom", [
                "Shirt signing on the field, the slideshow that made Mrs Winslow cry, and prom at the Leas "
                "Pavilion on 27 June."]),
        ]),
        PageBreak(),
    ]
    story += form_page("11W", "Mr Whitfield\u2019s form \u00b7 Room S14", [
        ("Amira Hassan", "\u201cHead girl, chief organiser, still can\u2019t find my PE kit.\u201d"),
        ("Kai Brennan", "\u201cThe canteen joke was worth it.\u201d"),
        ("Jack Ferris", "\u201cOff to be a police cadet. Behave, all of you.\u201d"),
        ("Sienna Lowe", "\u201cSee you at sixth form, probably in the same seat.\u201d"),
        ("Tom Gurung", "\u201cI did not lose the quotes. They were resting.\u201d"),
        ("Maya Oduya", "\u201cFuture paramedic. Don\u2019t make me use it on you.\u201d"),
        ("Harvey Steel", "\u201cI was here. Mostly.\u201d"),
        ("Lily-Mae Sutton", "\u201cThank you 11W for five years of chaos.\u201d"),
        ("Oscar Nyamadi", "\u201cApprenticeship at the port. Folkestone forever.\u201d"),
        ("Grace Whitmore", "\u201cWe made it!!\u201d"),
        ("Ellis Tran", "\u201cStill waiting for my Bewl Water kayak to be found.\u201d"),
        ("Zara Begum", "\u201cDream big, work hard, nap often.\u201d")])
    story += [Spacer(1, 6)]
    story += form_page("11H", "Miss Harding\u2019s form \u00b7 Room H03", [
        ("Josh Baptiste", "\u201cYearbook committee\u2019s finest.\u201d"),
        ("Ruby Clarke", "\u201cOff to college to do hair and beauty. Book early.\u201d"),
        ("Dylan Forde", "\u201cThe talent show was robbed.\u201d"),
        ("Ella Morgan", "\u201cBus Buddy for life.\u201d"),
        ("Noah Pryce", "\u201cI\u2019ll be famous one day, save this.\u201d"),
        ("Isla Reeve", "\u201cMiss Harding, I finally returned the library book.\u201d"),
        ("Theo Akintola", "\u201cSee you on the pitch.\u201d"),
        ("Freya Dunn", "\u201cFive years went too fast.\u201d"),
        ("Kacper Nowak", "\u201cMaths was fine actually.\u201d"),
        ("Poppy Lambert", "\u201cGoodbye Harbourside, hello sleep.\u201d"),
        ("Rhys Okafor", "\u201cI was told there would be snacks.\u201d"),
        ("Leah Marsh", "\u201cLove you 11H.\u201d")])
    story += [
        Paragraph("11A, 11B, 11K, 11P and 11S sent their pages in after the print deadline (thanks, Tom); they "
                  "are in the online edition.", small),
        NextPageTemplate("two"), PageBreak(),
        Paragraph("Year 11 awards", h1),
        Paragraph("Voted for by you, 412 votes cast, results final and not open to appeal.", small),
        _grid([["Award", "Winner"],
               ["Most likely to be famous", "Noah Pryce"],
               ["Most likely to be Prime Minister", "Amira Hassan"],
               ["Most likely to be late to their own wedding", "Harvey Steel"],
               ["Most likely to join the police", "Jack Ferris"],
               ["Best laugh", "Grace Whitmore"],
               ["Best dressed on non-uniform day", "Ruby Clarke"],
               ["Kindest person in the year", "Ella Morgan"],
               ["Most likely to come back as a teacher", "Tom Gurung"],
               ["Teacher most likely to forget your name", "Mr Hollis (sorry, sir)"],
               ["Best moment of the year", "The staff panto"]],
              [col * 0.58, col * 0.42], cell, head_style=cell_b, head_fill=YB_PALE, line=colors.HexColor("#C9D6D6"),
              zebra=colors.HexColor("#F7FAFA")),
        Spacer(1, 10),
        Paragraph("Autographs", h1),
    ]
    for _ in range(9):
        story += [Spacer(1, 16), Table([[""]], colWidths=[col], style=TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9AA8B6"))]))]
    story += [
        FrameBreak(),
        Paragraph("Goodbyes from staff", h1),
        speech("You arrived as the year that had never had a proper first day. You leave as the year that "
               "organised the best prom committee I have ever seen. Be kind to each other.", "Miss Harding, 11H",
               YB_PALE),
        Spacer(1, 6),
        speech("It\u2019s been a pleasure. I have been in every Wednesday since you were in Year 9 and I know "
               "all your names, so stay safe, stay kind and stay out of trouble.",
               "PC Danni Okoro, school officer", colors.HexColor("#FDF1D6")),
        Spacer(1, 6),
        speech("To 11W: thank you for five years of excuses I had never heard before. You were brilliant.",
               "Mr Whitfield, 11W", YB_PALE),
        Spacer(1, 6),
        speech("Please come back and visit. Please bring your library books.", "Ms Reid, library",
               colors.HexColor("#FDE3E8")),
        Spacer(1, 6),
        speech("Whatever happens on results day, you are more than a number on a piece of paper. Results day "
               "is Thursday 21 August from 9am in the hall.", "Mr Patel, Head of Year 11", YB_PALE),
        Spacer(1, 10),
        Paragraph("Harbourside Academy, Coolinge Lane, Folkestone. Printed for the students of Year 11, July 2025. "
                  "Not for sale. Photos are not to be shared online without the permission of the people in them.",
                  small),
    ]
    doc.build(story)

# ================================================================== 4. A best man's wedding speech (Word)

BM_FILE = "best-man-speech-gethin-and-ffion-wedding-llandudno-4-april-2026-draft-4.docx"


def best_man_speech(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = Document()
    _normal(document, "Calibri", 14)
    _page_setup(document, 2.0, 2.0, 2.5, 2.5)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(head, [("DRAFT 4 \u2013 DO NOT LEAVE LYING AROUND (Geth reads everything)", True, False)], size=9,
          colour="C00000")
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _runs(foot, [("Rhys \u2013 best man speech \u2013 page ", False, False)], size=9)
    _field(foot, "PAGE", "1", size=9)
    _runs(foot, [(" of ", False, False)], size=9)
    _field(foot, "NUMPAGES", "4", size=9)

    def cue(text):
        """A stage direction, in red italics in square brackets, as speakers mark up their scripts."""
        paragraph = _p(document, "", after=6)
        _runs(paragraph, [("[" + text + "]", False, True)], size=12, colour="C00000")
        return paragraph

    def heading(text):
        paragraph = _p(document, "", before=14, after=6)
        _runs(paragraph, [(text, True, False)], size=15, colour="1F3864")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def say(text, after=10):
        paragraph = _p(document, text, after=after)
        paragraph.paragraph_format.line_spacing = 1.4
        return paragraph

    title = _p(document, "", align="center", after=2)
    _runs(title, [("Gethin & Ffion", True, False)], size=24, colour="1F3864")
    _p(document, "Best man\u2019s speech \u2013 Rhys", italic=True, size=13, align="center", after=2)
    _p(document, "Saturday 4 April 2026 \u00b7 Plas y Gogarth Hotel, Llandudno", size=11, align="center",
       colour="595959", after=12)
    _docx_table(document, [["Speeches (from the venue\u2019s running order)", "Who", "Time"],
                           ["1. Father of the bride", "Huw (Ffion\u2019s dad)", "after mains"],
                           ["2. The groom", "Gethin", "after mains"],
                           ["3. Best man", "ME", "before dessert"],
                           ["Cake", "", "9pm, then band"]],
                size=10, head_fill="D9E2F3")
    _p(document, "", after=4)
    note = _p(document, "", after=10)
    _runs(note, [("Target 7 minutes. Timed it in the car at 8 min 40 \u2013 CUT SOMETHING. Speak SLOWLY. "
                  "Don\u2019t swear (Nain is on table 2).", True, False)], size=11, colour="C00000")

    heading("OPENING")
    cue("wait for quiet \u2013 tap glass ONCE, not like last time")
    say("Noswaith dda pawb \u2013 good evening, everyone. For those of you I haven\u2019t met, my name is Rhys, "
        "and I\u2019ve been Gethin\u2019s best friend since we were eleven, which is a sentence that has aged "
        "me more than anything else today.")
    say("Before I start, I\u2019ve been asked to thank Huw for his lovely words, and Gethin for his speech, "
        "which was shorter than I\u2019d feared and longer than we\u2019d agreed.")
    cue("pause for laugh")

    heading("THE NERVES")
    say("I\u2019ll be honest, I\u2019m a bit nervous. I\u2019ve never spoken in front of this many people, and "
        "I\u2019m aware that a fair number of you are police officers, so I\u2019ve had this speech checked by "
        "a solicitor and I\u2019d like to remind everyone that anything I say tonight can\u2019t be used in "
        "evidence.")
    struck = _p(document, "", after=10)
    run = struck.add_run("Gethin asked me to keep this clean. Gethin, you should have picked someone else.")
    run.font.strike = True
    run.font.size = Pt(14)
    cue("cut the line above? Ffion\u2019s mam didn\u2019t laugh when I tried it at the curry")

    heading("HOW I MET GETHIN")
    say("We met on the first day at Eirias High School. He was the small lad with the enormous bag, and I was "
        "the one who told him the sixth form common room was the Year 7 toilets. He forgave me by lunchtime, "
        "which tells you most of what you need to know about him.")
    say("At sixteen he told the careers adviser he wanted to be a police officer. At seventeen he got "
        "stopped by one for riding his bike with no lights down the prom. He says that was research.")
    cue("pause")

    heading("GETHIN THE COPPER")
    say("He joined North Wales Police in 2015, and for the last six years he\u2019s been on the neighbourhood "
        "team here in Llandudno, which means that half this town knows him and the other half are related to "
        "him. If you\u2019ve been to Llandudno on a summer Saturday you\u2019ve probably seen him, in the hat, "
        "being asked for directions to the pier by people standing next to the pier.")
    say("Operation Limestone \u2013 and I\u2019m only going to say this once, Geth \u2013 was the North Wales "
        "Police operation he ran with the rest of the Llandudno team for two summers against the break-ins "
        "at the car parks on the Great Orme and the West Shore. Conwy County Borough Council put in new "
        "cameras and those big yellow signs you\u2019ve all walked past, and Gethin and the team sat in the "
        "car parks in plain clothes every sunny Saturday, eating pasties and waiting. They caught the gang "
        "in the August, and break-ins went from 140 the first summer to 19 the second. He got a "
        "commendation from the Chief Constable. He has mentioned it. Once or twice. A week.")
    cue("point at Geth \u2013 wait for the team\u2019s table to cheer")
    say("I asked the team for a story about him, and they sent me eleven, none of which I can tell you with "
        "Nain in the room.")

    heading("FFION")
    say("And then there\u2019s Ffion. Ffion is a paramedic, which means that between them they have seen "
        "everything, and that nothing Gethin does in the kitchen will ever shock her.")
    say("Heartstart Creuddyn is Ffion\u2019s other baby. Three years ago, after a man collapsed on the "
        "promenade and nobody could find a defibrillator, she and a few friends from the ambulance station "
        "started the group, and they have now put 32 defibrillators in old phone boxes, shop fronts and "
        "chapels from Penrhyn Bay to Deganwy and trained more than 1,100 people in CPR, including most of the "
        "rugby club, which was brave of her. Two people are alive today because of those machines.")
    cue("slow down \u2013 don\u2019t rush this bit")
    say("So if Gethin collapses on the dance floor later, you know who to call. Actually, everyone in this "
        "room now knows how to do it. She made sure of that at the hen do.")

    heading("HOW THEY MET")
    say("They met in 2021 at a crash on the A55. Nobody was badly hurt, thank God. He was directing the "
        "traffic, she was in the back of the ambulance, and he asked for her number through the window in "
        "front of two fire crews and a lorry driver from Warrington. The lorry driver is here tonight. "
        "Table 9, Dave, give us a wave.")
    cue("Dave waves \u2013 if he doesn\u2019t, move on")

    heading("ADVICE")
    say("I asked the married people here for advice for the happy couple. Gethin\u2019s Taid said, \u201cNever "
        "go to bed on an argument.\u201d Ffion\u2019s mam said, \u201cNever let him near the barbecue.\u201d "
        "And the sergeant said, \u201cNever volunteer for anything.\u201d Which may explain why he\u2019s "
        "never been best man.")

    heading("THE TOAST")
    cue("ask everyone to STAND \u2013 wait till they\u2019ve all got a glass")
    say("Gethin, you\u2019re the most loyal, kind, annoyingly organised man I know. Ffion, you\u2019re far "
        "too good for him, and we all know it, and we\u2019re so glad you said yes anyway.")
    say("Ladies and gentlemen, please raise your glasses to the bride and groom. To Gethin and Ffion!")
    toast = _p(document, "", align="center", after=12)
    _runs(toast, [("I Gethin a Ffion!", True, False)], size=18)
    cue("sit down. DRINK WATER.")

    _p(document, "", after=6)
    _p(document, "Thank yous and bits to check", bold=True, size=12, after=4)
    _docx_table(document, [["", "Done?"],
                           ["Bridesmaids (Cerys, Mali, Jess) \u2013 flowers from the ushers", "\u2611"],
                           ["Read card from Auntie Glenys in Perth (Australia, not Scotland)", "\u2610"],
                           ["Venue and staff \u2013 Angharad the coordinator", "\u2611"],
                           ["Photographer \u2013 mention group photo at 8pm on the terrace", "\u2610"],
                           ["Rings back to Geth\u2019s dad for safe keeping after", "\u2610"]],
                size=11, head_fill="D9E2F3")
    _save_docx(document, out / BM_FILE, "Best man speech \u2013 draft 4", "Rhys Parry")


# ================================================================== 5. An interview panel's record of one candidate (Word)

IR_FILE = "wiltshire-council-interview-record-community-safety-partnership-coordinator-candidate-3.docx"


def interview_record(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.5, 1.5, 1.8, 1.8)
    _header_footer(document, "OFFICIAL \u2013 SENSITIVE (PERSONAL) when completed", "", "Wiltshire Council",
                   "Interview record \u00b7 CS0417 \u00b7 Candidate 3 \u00b7 ", 4, size=7.5)

    title = _p(document, "", after=0)
    _runs(title, [("Interview record and scoring sheet", True, False)], size=16, colour="00558C")
    _p(document, "To be completed by each panel member and returned to HR with the agreed scores", italic=True,
       size=9, colour="595959", after=8)
    _docx_table(document, [["Post", "Community Safety Partnership Coordinator", "Post ref.", "CS0417"],
                           ["Service", "Communities and Neighbourhood Services", "Grade", "H"],
                           ["Date", "12 February 2026, 11.30am", "Venue", "County Hall, Trowbridge, room 2.14"],
                           ["Candidate", "Natalie Greaves (candidate 3 of 5)", "Panel", [
                               "Sarah Lindqvist, Head of Community Safety (chair)",
                               "Insp. Mark Trueman, Wiltshire Police",
                               "Priya Shah, HR Business Partner"]]],
                widths=[2.6, 6.6, 2.2, 6.0], size=9, label_fill="DDEBF7")
    for row in document.tables[-1].rows:
        _fill(row.cells[2], "DDEBF7")
        row.cells[2].paragraphs[0].runs[0].bold = True
    _p(document, "", after=2)

    _box(document, ["Notes for the panel",
                    "Record the candidate\u2019s answers as close to verbatim as you can. Score each answer on your "
                    "own before the panel discusses it, then agree a panel score. Notes are kept for 6 months "
                    "and may be disclosed to the candidate on request, so write nothing you would not want "
                    "them to read.",
                    "Minimum of 2 on every essential criterion to be appointable."], "FFF2CC", size=9)
    _docx_table(document, [["Score", "0", "1", "2", "3", "4"],
                           ["Meaning", "No evidence", "Limited evidence", "Acceptable", "Good", "Excellent"]],
                size=8.5, head_fill="00558C", head_colour="FFFFFF")
    _p(document, "", after=4)

    def question(number, text, look_for, notes, scores):
        table = document.add_table(rows=3, cols=2)
        table.style = "Table Grid"
        top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
        _fill(top, "DDEBF7")
        paragraph = top.paragraphs[0]
        _runs(paragraph, [(number + "  ", True, False), (text, True, False)], size=9.5)
        guide = top.add_paragraph()
        _runs(guide, [("Look for: ", True, True), (look_for, False, True)], size=8.5)
        label = table.rows[1].cells[0]
        _cell(label, "Notes", bold=True, size=9)
        body = table.rows[1].cells[1]
        for i, text in enumerate(notes):
            _cell(body, text, size=9, first=(i == 0))
        _cell(table.rows[2].cells[0], "Scores", bold=True, size=9)
        _cell(table.rows[2].cells[1], scores, size=9)
        for row in table.rows:
            row.cells[0].width = Cm(2.2)
            row.cells[-1].width = Cm(15.2)
        _p(document, "", after=3)

    heading = _p(document, "", after=3)
    _runs(heading, [("Part A: Presentation (10 minutes, set in advance)", True, False)], size=11, colour="00558C")
    question("P", "\u201cYour first 100 days: how would you refresh the Wiltshire Community Safety Partnership\u2019s "
             "priorities for 2026\u201327?\u201d",
             "use of the strategic assessment; partners\u2019 statutory duties; quick wins v. long term; "
             "engaging communities and councillors.",
             ["Slides clear, kept to time (9m 40s). Started from the strategic assessment \u2013 knew the top "
              "three priorities and that rural crime and serious violence duty need more weight.",
              "100 days plan: meet every responsible authority one to one in first month; refresh data with "
              "police analysts; one public survey; draft priorities to the partnership board in May.",
              "Weaker on councillors \u2013 did not mention area boards until prompted by SL."],
             "SL 3 \u00b7 MT 3 \u00b7 PS 3 \u00b7 Agreed 3")

    heading = _p(document, "", after=3)
    _runs(heading, [("Part B: Questions", True, False)], size=11, colour="00558C")
    question("Q1", "Why this role, and why Wiltshire?",
             "understanding of the role; motivation; knowledge of the county.",
             ["Grew up in Devizes; wants to work across a whole county not one town. Has followed the "
              "partnership\u2019s work since the knife crime summit in 2024. Sees the job as \u201cmaking other "
              "people\u2019s work join up\u201d. Good, genuine."],
             "SL 3 \u00b7 MT 3 \u00b7 PS 4 \u00b7 Agreed 3")
    question("Q2", "Tell us about a time you brought partners together to solve a problem that no one "
             "organisation could solve alone.",
             "a specific example; her own role; how she handled disagreement; outcomes with evidence.",
             ["NG was the council\u2019s ASB officer on Operation Dovetail, Wiltshire Police\u2019s operation "
              "with Swindon Borough Council (SBC) against cuckooing in council flats in central Swindon, "
              "2023\u201325. Police intelligence on flats taken over by dealers was shared weekly with SBC "
              "housing; neighbourhood officers and SBC tenancy officers visited the vulnerable tenants "
              "together; closure orders on the worst flats, and the tenants moved or given support.",
              "Her part: chaired the fortnightly case meeting, wrote the closure order applications with SBC "
              "legal, kept the tracker. Results: 27 closure orders, 41 tenants moved or supported, and repeat "
              "cuckooing of the same tenants down from about 1 in 3 to 1 in 10.",
              "Clear about what was her work and what was the police\u2019s. Good example of a row over who "
              "pays for lock changes (she got SBC to pay from the housing budget).",
              "MT: results match the force\u2019s own performance report."],
             "SL 4 \u00b7 MT 4 \u00b7 PS 3 \u00b7 Agreed 4")
    question("Q3", "How do you use data to decide where a partnership should put its effort?",
             "sources beyond police data; limits of recorded crime; sharing lawfully; turning data into "
             "decisions.",
             ["Police recorded crime + council ASB cases + fire + health (A&E). Knows recorded crime "
              "under-counts ASB and hate crime. Talked about mapping repeat locations, not just totals.",
              "Less confident on information sharing agreements \u2013 knew they were needed, not how one is "
              "drawn up. Would learn."],
             "SL 2 \u00b7 MT 3 \u00b7 PS 2 \u00b7 Agreed 2")
    question("Q4", "Tell us about a project you set up and led from the start.",
             "a project she set up herself; planning; managing risk; results; what she would do differently.",
             ["Set up and led SBC\u2019s Talk It Through pilot (2024): free mediation for neighbour disputes "
              "offered before they become ASB cases. She trained two council mediators with a national "
              "mediation body\u2019s course, wrote the referral form and persuaded housing officers to use it "
              "first. 112 referrals in the first year, 70% resolved without any enforcement, and complaints to "
              "ward councillors about neighbours roughly halved. Now a permanent part of the ASB team.",
              "Would do differently: involve housing associations from the start (only SBC tenants at "
              "first)."],
             "SL 4 \u00b7 MT 3 \u00b7 PS 4 \u00b7 Agreed 4")
    question("Q5", "A partner tells you about a safeguarding concern in a partnership meeting. What do you do?",
             "safeguarding first; referral routes; recording; not investigating herself.",
             ["Make sure the concern is referred that day through the right route (MASH for a child, adult "
              "safeguarding for an adult), record it, check back it was done. Would not discuss names in the "
              "wider meeting. Correct."],
             "SL 3 \u00b7 MT 3 \u00b7 PS 3 \u00b7 Agreed 3")
    question("Q6", "How would you make sure the partnership hears from communities it does not usually hear from?",
             "specific groups; going to people; accessible methods; feedback.",
             ["Traveller sites, young people, rural areas, people with learning disabilities. Go to existing "
              "groups rather than holding meetings. Easy read survey. \u201cYou said, we did\u201d feedback. "
              "Good."],
             "SL 3 \u00b7 MT 3 \u00b7 PS 4 \u00b7 Agreed 3")

    _p(document, "Candidate\u2019s questions", bold=True, size=10, after=2)
    _p(document, "Asked about hybrid working (2 days in the office expected) and whether the post will be made "
       "permanent after the funding review (HR to confirm). Notice period: one month.", size=9, after=8)

    _p(document, "Score summary", bold=True, size=11, colour="00558C", after=3)
    _docx_table(document, [["Criterion", "Essential?", "Agreed score"],
                           ["Presentation", "Yes", "3"],
                           ["Q1 Motivation", "Yes", "3"],
                           ["Q2 Partnership working", "Yes", "4"],
                           ["Q3 Use of data", "Yes", "2"],
                           ["Q4 Project leadership", "Yes", "4"],
                           ["Q5 Safeguarding", "Yes", "3"],
                           ["Q6 Community engagement", "Yes", "3"],
                           ["Total", "", "22 / 28"]],
                widths=[8.0, 3.0, 3.0], size=9, head_fill="00558C", head_colour="FFFFFF")
    _p(document, "", after=4)
    _box(document, ["Panel decision",
                    "Appointable. Panel\u2019s first choice of the five candidates. Offer subject to two "
                    "satisfactory references, a basic DBS check and vetting by Wiltshire Police for access to "
                    "partnership data. Development need: information sharing (training in first 3 months)."],
         "E2EFDA", size=9)
    _docx_table(document, [["Panel member", "Signature", "Date"],
                           ["Sarah Lindqvist (chair)", "S. Lindqvist", "12/02/2026"],
                           ["Insp. Mark Trueman", "M. Trueman", "12/02/2026"],
                           ["Priya Shah", "P. Shah", "12/02/2026"]],
                widths=[6.0, 6.0, 4.0], size=9, head_fill="DDEBF7")
    _save_docx(document, out / IR_FILE, "Interview record \u2013 CS0417 \u2013 candidate 3", "Sarah Lindqvist")


# ================================================================== 6. A participant information sheet and consent form (Word)

PI_FILE = "university-of-derby-participant-information-sheet-and-consent-form-shop-workers-operation-counterpoint.docx"


def participant_information(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 11)
    _page_setup(document, 1.8, 1.8, 2.2, 2.2)
    _heading_colours(document, "00264D", "Arial")
    _header_footer(document, "University of Derby", "", "College of Business, Law and Social Sciences",
                   "Participant information sheet and consent form \u00b7 version 2.1 \u00b7 9 January 2026 \u00b7 ",
                   4, size=8)

    logo = _p(document, "", after=0)
    _runs(logo, [("UNIVERSITY OF DERBY", True, False)], size=14, colour="00264D")
    _p(document, "Centre for Crime and Justice Research", size=9, colour="595959", after=14)
    title = _p(document, "", after=4)
    _runs(title, [("Participant Information Sheet", True, False)], size=20, colour="00264D")
    study = _p(document, "", after=4)
    _runs(study, [("Behind the counter: shop workers\u2019 experiences of Operation Counterpoint in Derby city "
                   "centre", True, False)], size=13)
    _p(document, "Ethics reference: ETH2526-0114", size=10, colour="595959", after=10)
    _p(document, "You are being invited to take part in a research study. Before you decide whether to take "
       "part, it is important that you understand why the research is being done and what it will involve. "
       "Please take time to read the following information carefully, and talk to others about it if you "
       "wish. Ask us if anything is not clear or if you would like more information. Thank you for reading "
       "this.", after=8)

    sections = [
        ("1. What is the purpose of the study?", [
            "Operation Counterpoint is Derbyshire Constabulary\u2019s operation against shop theft in Derby "
            "city centre, run since March 2025 with Derby City Council. A team of six officers deals only with "
            "shop theft; shops upload their CCTV footage to the force through an online portal instead of "
            "waiting for an officer to call; the council\u2019s city centre rangers patrol the main shopping "
            "streets and its CCTV control room can talk to shops on the retail radio; and people caught "
            "stealing again and again are referred to a drug and alcohol service or, if they carry on, taken "
            "to court for Criminal Behaviour Orders that ban them from the city centre. The force reports that "
            "the number of shop thefts in the city centre that end in a charge has risen by 60% and that 48 "
            "people are now under orders.",
            "Most of what is known about schemes like this comes from police figures. We want to hear from "
            "the people behind the counter: whether they report thefts now that they did not before, whether "
            "they feel safer at work, and what they think could be better. What we learn will be published "
            "and shared with the police, the council and retailers."]),
        ("2. Why have I been invited?", [
            "You have been invited because you work, or have worked in the last year, in a shop in Derby "
            "city centre. We hope to interview about 30 shop workers and managers, from large chains and "
            "small independent shops. You must be 18 or over to take part."]),
        ("3. Do I have to take part?", [
            "No. It is up to you to decide. If you decide to take part you will be asked to sign a consent "
            "form, and you are free to withdraw at any time, without giving a reason, until two weeks after "
            "your interview, when we begin to analyse the interviews. Your employer will not be told whether "
            "or not you took part, and deciding not to take part will not affect your job in any way."]),
        ("4. What will happen to me if I take part?", [
            "A researcher will interview you for 45 minutes to an hour, at a time that suits you, in a quiet "
            "room at the University\u2019s city centre campus, at a caf\u00e9 of your choice or on Microsoft "
            "Teams. We will ask about your experience of theft and abuse at work, whether and how you report "
            "it, and anything you have noticed about the police and council in the city centre. With your "
            "permission the interview will be audio recorded and typed up. You will receive a \u00a320 "
            "shopping voucher to thank you for your time."]),
        ("5. What are the possible disadvantages and risks of taking part?", [
            "Talking about being threatened or abused at work can be upsetting. You do not have to answer any "
            "question you do not want to, and you can take a break or stop at any time. At the end of the "
            "interview we will give you details of organisations that support retail workers, including the "
            "Retail Trust\u2019s free helpline."]),
        ("6. What are the possible benefits of taking part?", [
            "There is no direct benefit to you, but many people find it useful to talk about their experience. "
            "The study will give shop workers a voice in decisions about how shop theft is dealt with in "
            "Derby."]),
        ("7. What will happen to the information I give?", [
            "Everything you tell us will be kept confidential. Recordings will be deleted once they have been "
            "typed up, and names of people and shops will be removed from the typed interviews. We may quote "
            "your words in reports, but never in a way that could identify you or your shop. The University "
            "of Derby is the data controller; the legal basis for using your information is that research is "
            "a task in the public interest. Anonymised interviews will be kept securely for 10 years. The only "
            "exception to confidentiality is if you tell us something that suggests you or someone else is at "
            "serious risk of harm, in which case we may need to tell someone, and we would talk to you first."]),
        ("8. What will happen to the results?", [
            "We will write a report for the study\u2019s advisory group and articles for academic journals. "
            "You can ask for a two-page summary of the findings, which will be ready in early 2027."]),
        ("9. Who is organising and funding the research?", [
            "The study is led by Dr Hannah Okonjo and Dr Marcus Webb of the University of Derby, and is funded "
            "by a grant from the Office of the Police and Crime Commissioner for Derbyshire. Neither the "
            "Commissioner, the police nor the council will know who has taken part or see anything you say "
            "that could identify you."]),
        ("10. Who has reviewed the study?", [
            "The study has been reviewed and given a favourable opinion by the College of Business, Law and "
            "Social Sciences Research Ethics Committee (reference ETH2526-0114)."]),
        ("11. What if there is a problem?", [
            "If you have a concern about any part of the study, please speak to the researchers first. If you "
            "remain unhappy, you can contact the Chair of the Research Ethics Committee at "
            "research.ethics@derby.example.ac.uk, quoting the reference above."]),
    ]
    for head_text, paragraphs in sections:
        document.add_heading(head_text, level=2)
        for text in paragraphs:
            _p(document, text, after=6)
    document.add_heading("12. Contact details", level=2)
    _docx_table(document, [["", "Name", "Contact"],
                           ["Lead researcher", "Dr Hannah Okonjo", "h.okonjo@derby.example.ac.uk \u00b7 01632 960 583"],
                           ["Researcher", "Dr Marcus Webb", "m.webb@derby.example.ac.uk \u00b7 01632 960 584"],
                           ["Ethics committee", "Chair, CBLSS REC", "research.ethics@derby.example.ac.uk"]],
                widths=[3.6, 4.4, 8.6], size=9.5, head_fill="D6E4F0", label_fill="F2F2F2")
    _p(document, "", after=4)
    _p(document, "Thank you for taking the time to read this information sheet. Please keep it for your "
       "records.", italic=True, after=0)

    brk = _p(document, "", after=0)
    brk.add_run().add_break(WD_BREAK.PAGE)
    title = _p(document, "", after=2)
    _runs(title, [("CONSENT FORM", True, False)], size=18, colour="00264D")
    _p(document, "Behind the counter: shop workers\u2019 experiences of Operation Counterpoint in Derby city "
       "centre", bold=True, after=2)
    _p(document, "Participant ID: ______      Ethics reference: ETH2526-0114", size=10, after=8)
    _p(document, "Please initial each box to show that you agree.", italic=True, size=10, after=4)
    statements = [
        "I confirm that I have read the information sheet dated 9 January 2026 (version 2.1) for the above "
        "study. I have had the chance to consider the information, ask questions and have had these answered "
        "to my satisfaction.",
        "I understand that taking part is voluntary and that I am free to withdraw at any time until two weeks "
        "after my interview, without giving a reason and without my job being affected.",
        "I agree to my interview being audio recorded.",
        "I understand that my words may be quoted in reports and publications, but that I will not be "
        "identified.",
        "I understand that what I say will be kept confidential unless I say something that suggests that I "
        "or someone else is at serious risk of harm.",
        "I agree that anonymised interviews may be kept for 10 years and used in future research.",
        "I agree to take part in the above study.",
    ]
    rows = [["", "Statement", "Initials"]] + [[str(i + 1), s, ""] for i, s in enumerate(statements)]
    _docx_table(document, rows, widths=[1.0, 13.0, 2.6], size=9.5, head_fill="D6E4F0")
    _p(document, "", after=8)
    _docx_table(document, [["Name of participant", "Date", "Signature"], ["", "", ""],
                           ["Name of person taking consent", "Date", "Signature"], ["", "", ""]],
                widths=[7.0, 3.5, 6.1], size=9.5)
    for r in (1, 3):
        document.tables[-1].rows[r].height = Cm(1.2)
    _p(document, "", after=4)
    _p(document, "When completed: one copy for the participant, one copy for the researcher\u2019s site file.",
       italic=True, size=9, after=0)
    _save_docx(document, out / PI_FILE, "Participant information sheet and consent form v2.1",
               "Centre for Crime and Justice Research")

# ================================================================== 7. A lost and stolen pets site's listing for a stolen dog (HTML)

PET_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>STOLEN: Bramble, liver and white English Springer Spaniel &ndash; Stanhope, County Durham | PawTrace</title>
<meta name="description" content="Stolen dog: Bramble, female liver and white English Springer Spaniel, taken from a farm near Stanhope, Weardale, on 14 February 2026. Reward offered. Please share.">
<meta property="og:title" content="STOLEN: Bramble &ndash; please share">
<meta property="og:image" content="https://www.pawtrace.co.uk/media/pets/448213/bramble-1.jpg">
<link rel="canonical" href="https://www.pawtrace.co.uk/stolen/dogs/448213-bramble-stanhope">
<style>
  body { margin: 0; font-family: 'Nunito', Arial, sans-serif; color: #263238; background: #f5f7f8; }
  header.site { background: #fff; border-bottom: 1px solid #e0e0e0; display: flex; align-items: center; justify-content: space-between; padding: 10px 24px; }
  header.site .logo { font-weight: 800; font-size: 24px; color: #ff6f3c; text-decoration: none; }
  header.site nav a { margin: 0 10px; color: #263238; text-decoration: none; font-weight: 600; }
  header.site .cta { background: #ff6f3c; color: #fff; padding: 8px 14px; border-radius: 20px; }
  .crumbs { max-width: 1100px; margin: 12px auto 0; font-size: 13px; color: #78909c; padding: 0 16px; }
  .page { max-width: 1100px; margin: 0 auto; display: grid; grid-template-columns: 1fr 320px; gap: 24px; padding: 16px; }
  .card { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 20px; margin-bottom: 18px; }
  .status { display: inline-block; background: #d32f2f; color: #fff; font-weight: 800; letter-spacing: 2px; padding: 4px 12px; border-radius: 4px; }
  h1 { font-size: 30px; margin: 10px 0 4px; }
  .meta { font-size: 13px; color: #78909c; }
  .gallery img.main { width: 100%; border-radius: 8px; }
  .gallery .thumbs img { width: 80px; height: 80px; object-fit: cover; border-radius: 6px; margin-right: 6px; }
  .reward { background: #fff8e1; border: 2px solid #ffb300; border-radius: 8px; padding: 12px 16px; font-weight: 700; }
  table.details { width: 100%; border-collapse: collapse; }
  table.details th { text-align: left; width: 34%; color: #546e7a; font-weight: 600; padding: 7px 8px; border-bottom: 1px solid #eceff1; }
  table.details td { padding: 7px 8px; border-bottom: 1px solid #eceff1; }
  .updates ol { list-style: none; padding: 0; margin: 0; border-left: 3px solid #ff6f3c; }
  .updates li { position: relative; padding: 0 0 18px 18px; }
  .updates li::before { content: ''; position: absolute; left: -8px; top: 4px; width: 13px; height: 13px; border-radius: 50%; background: #ff6f3c; }
  .updates time { font-weight: 700; font-size: 14px; color: #ff6f3c; }
  .sighting { border-top: 1px solid #eceff1; padding: 10px 0; font-size: 14px; }
  .sighting .who { font-weight: 700; }
  .sighting .when { color: #90a4ae; font-size: 12px; }
  form.report label { display: block; font-size: 13px; font-weight: 600; margin-top: 8px; }
  form.report input, form.report textarea { width: 100%; padding: 6px; border: 1px solid #cfd8dc; border-radius: 4px; }
  .share a { display: inline-block; margin: 4px 6px 4px 0; padding: 6px 12px; border-radius: 16px; background: #eceff1; color: #263238; text-decoration: none; font-size: 13px; }
  aside .advice li { margin-bottom: 8px; font-size: 14px; }
  .nearby .pet { display: flex; gap: 10px; margin-bottom: 10px; font-size: 13px; }
  .nearby .pet img { width: 60px; height: 60px; border-radius: 6px; object-fit: cover; }
  .badge-found { background: #2e7d32; color: #fff; font-size: 11px; padding: 1px 6px; border-radius: 3px; }
  footer { background: #263238; color: #cfd8dc; font-size: 13px; padding: 24px; margin-top: 24px; }
  footer a { color: #fff; }
</style>
</head>
<body>
<header class="site">
  <a class="logo" href="/">PawTrace</a>
  <nav aria-label="Main">
    <a href="/lost">Lost pets</a>
    <a href="/found">Found pets</a>
    <a href="/stolen">Stolen pets</a>
    <a href="/advice">Advice</a>
    <a href="/login">Log in</a>
    <a class="cta" href="/report">Report a pet</a>
  </nav>
</header>

<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/stolen/dogs">Stolen dogs</a> &rsaquo; <a href="/stolen/dogs/north-east">North East</a> &rsaquo; <a href="/stolen/dogs/north-east/county-durham">County Durham</a> &rsaquo; Bramble</p>

<div class="page">
<main>
  <div class="card">
    <span class="status">STOLEN</span>
    <h1>Bramble &ndash; English Springer Spaniel</h1>
    <p class="meta">Listed 15 February 2026 by Jo L. &middot; Last updated 3 March 2026 &middot; 2,418 views &middot; 611 shares &middot; Listing no. 448213</p>
    <div class="gallery">
      <img class="main" src="/media/pets/448213/bramble-1.jpg" alt="Bramble, a liver and white springer spaniel, sitting on a quad bike">
      <div class="thumbs">
        <img src="/media/pets/448213/bramble-2.jpg" alt="Bramble's face, showing the white blaze and the torn left ear">
        <img src="/media/pets/448213/bramble-3.jpg" alt="Bramble swimming in the River Wear">
        <img src="/media/pets/448213/bramble-4.jpg" alt="The empty kennel in the yard">
      </div>
    </div>
    <p class="reward">&pound;1,000 reward for information leading to Bramble&rsquo;s safe return. No questions asked about how you came by her.</p>
  </div>

  <div class="card">
    <h2>Details</h2>
    <table class="details">
      <tr><th>Name</th><td>Bramble</td></tr>
      <tr><th>Species</th><td>Dog</td></tr>
      <tr><th>Breed</th><td>English Springer Spaniel (working type)</td></tr>
      <tr><th>Sex</th><td>Female, spayed</td></tr>
      <tr><th>Age</th><td>4 years</td></tr>
      <tr><th>Colour</th><td>Liver and white, ticked legs</td></tr>
      <tr><th>Distinguishing features</th><td>White blaze down her nose, a small tear in her left ear, docked tail. Very nervous of men in hats.</td></tr>
      <tr><th>Microchipped</th><td>Yes &ndash; number given to the police, dog wardens and local vets</td></tr>
      <tr><th>Collar</th><td>None when taken (her green collar was left in the kennel)</td></tr>
      <tr><th>Date</th><td>Saturday 14 February 2026, between 1pm and 4pm</td></tr>
      <tr><th>Where</th><td>Taken from a locked kennel in our farmyard, Bollihope Road, near Stanhope, County Durham DL13</td></tr>
      <tr><th>Police reference</th><td>DHM-14022026-0377</td></tr>
      <tr><th>Contact</th><td>Message through PawTrace, or call Jo on 07700 900 681 any time</td></tr>
    </table>
  </div>

  <div class="card">
    <h2>In the owner&rsquo;s words</h2>
    <p>Bramble is our working spaniel but really she is a family pet. She comes out on the farm every day and sleeps by the Aga every night, except that on the Saturday afternoon we were at our daughter&rsquo;s netball match in Bishop Auckland and she was in her kennel for three hours. When we got back the padlock had been cut and she was gone. The two older dogs in the next run were left behind.</p>
    <p>A neighbour saw a silver or grey van, possibly a Ford Transit, driving fast down towards the A689 at about half past two. If you saw anything that afternoon, or if someone has offered you a springer bitch for sale since, please get in touch. She is four, she is spayed so she is no use to anyone for breeding, and our children are heartbroken.</p>
  </div>

  <div class="card updates">
    <h2>Updates</h2>
    <ol>
      <li>
        <time datetime="2026-03-03">3 March 2026</time>
        <p>Three weeks today. No news yet, but the sightings keep coming in and we are following every one up. Thank you to everyone who has shared, and to the man from Crook who drove an hour to check a dog he had seen in a garden. It wasn&rsquo;t her, but thank you.</p>
      </li>
      <li>
        <time datetime="2026-02-24">24 February 2026</time>
        <p>PC Sam Heslop from the rural crime team rang today with an update. The police have checked the van sighting but have nothing more yet. He explained what they do with stolen dogs, which I didn&rsquo;t know, and said I could share it here.</p>
        <p>Operation Wagtail is Durham Constabulary&rsquo;s rural crime team working with Durham County Council&rsquo;s dog wardens and animal licensing officers against dog theft. They check the microchips of dogs and puppies advertised for sale online and at the markets against the list of stolen dogs, inspect anyone breeding or selling dogs without a licence, and the wardens scan every stray they pick up. Sam says that since it started in 2024 they have got 19 stolen dogs back to their owners and prosecuted three people for illegal breeding, and that the adverts are where most stolen dogs turn up in the end. So if you see a liver and white springer bitch for sale anywhere in the North East, please tell them, quoting our reference.</p>
      </li>
      <li>
        <time datetime="2026-02-18">18 February 2026</time>
        <p>Weardale Dog Search are volunteers from the dale who help look for missing dogs. They search with a drone and a thermal camera at night, put posters up in every shop, pub and farm gate in the area, and keep a map of sightings for each dog. They have found 74 missing dogs since they started in 2020, almost all of them safe and well. They spent two nights on the fell above Bollihope for Bramble in case she had got loose rather than been taken, and wouldn&rsquo;t take a penny. We can&rsquo;t thank them enough. If you can give them a few hours, or a donation, please do.</p>
      </li>
      <li>
        <time datetime="2026-02-16">16 February 2026</time>
        <p>400 shares in a day. Thank you. Posters are now up in Stanhope, Wolsingham, Frosterley and St John&rsquo;s Chapel.</p>
      </li>
      <li>
        <time datetime="2026-02-15">15 February 2026</time>
        <p>Listed. Reported to the police on 101 on Saturday evening.</p>
      </li>
    </ol>
  </div>

  <div class="card">
    <h2>Sightings and comments (5)</h2>
    <form class="report" action="/stolen/dogs/448213/sighting" method="post">
      <p><strong>Seen Bramble?</strong> Your sighting goes straight to her owner. If she is in danger right now, call 999.</p>
      <label for="where">Where did you see her?</label>
      <input id="where" name="where" type="text">
      <label for="when">When?</label>
      <input id="when" name="when" type="datetime-local">
      <label for="what">What did you see?</label>
      <textarea id="what" name="what" rows="3"></textarea>
      <p><button type="submit">Send sighting</button></p>
    </form>
    <div class="sighting"><span class="who">Karen W.</span> <span class="when">1 March 2026</span><p>Liver and white springer in the back of a silver van at the petrol station in Crook about 2pm Sunday. Didn&rsquo;t get the reg, sorry. Have told the police.</p></div>
    <div class="sighting"><span class="who">Dales Dog Walkers</span> <span class="when">22 February 2026</span><p>Shared in our group. Praying she comes home.</p></div>
    <div class="sighting"><span class="who">Mick T.</span> <span class="when">20 February 2026</span><p>There&rsquo;s a springer advertised on a selling site in Darlington for &pound;450, no chip details given. Link sent to Jo.</p></div>
    <div class="sighting"><span class="who">Jo L. (owner)</span> <span class="when">20 February 2026</span><p>Thanks Mick, it&rsquo;s a young dog, not her, but passed to the police anyway.</p></div>
    <div class="sighting"><span class="who">Sandra</span> <span class="when">17 February 2026</span><p>Heartbreaking. Ours was taken from a garden in Consett in 2023 and came home eleven weeks later, so don&rsquo;t give up.</p></div>
  </div>
</main>

<aside>
  <div class="card">
    <h3>Share Bramble&rsquo;s listing</h3>
    <p class="share"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">X</a><a href="#">Email</a><a href="#">Copy link</a></p>
    <p><a href="/stolen/dogs/448213/poster.pdf">Download an A4 poster (PDF)</a></p>
  </div>
  <div class="card advice">
    <h3>If your dog has been stolen</h3>
    <ol>
      <li>Report it to the police straight away on 101 (999 if it is happening now) and ask for a crime reference number.</li>
      <li>Tell your microchip database that your dog has been stolen, so that any scan flags it.</li>
      <li>Contact the dog wardens, vets and rescue centres in your area and the surrounding ones.</li>
      <li>List your dog here and share the listing as widely as you can.</li>
      <li>Be careful of anyone who asks for money before returning a dog.</li>
    </ol>
    <p><a href="/advice/stolen-dogs">Read our full guide</a></p>
  </div>
  <div class="card nearby">
    <h3>Other pets missing near Stanhope</h3>
    <div class="pet"><img src="/media/pets/447990/thumb.jpg" alt=""><div><strong>Pepper</strong>, tabby cat<br>Lost in Wolsingham, 2 Feb</div></div>
    <div class="pet"><img src="/media/pets/446512/thumb.jpg" alt=""><div><strong>Moss</strong>, border collie<br>Lost on Chapel Fell, 21 Jan <span class="badge-found">FOUND</span></div></div>
    <div class="pet"><img src="/media/pets/445870/thumb.jpg" alt=""><div><strong>Biscuit</strong>, cockapoo<br>Stolen in Tow Law, 9 Jan</div></div>
  </div>
</aside>
</div>

<footer>
  <p><strong>PawTrace</strong> helps reunite lost and stolen pets with their families. Listings are written by owners and finders; we do not check every detail. PawTrace is not a rescue and cannot collect animals.</p>
  <p><a href="/about">About us</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
  <p>&copy; 2026 PawTrace Ltd, registered in England and Wales no. 12874410.</p>
</footer>
</body>
</html>
"""
# ================================================================== 8. A food blogger's recipe post (HTML)

RECIPE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Big-Pot Red Lentil Soup for a Crowd (serves 40) - The Tay Kitchen</title>
<meta name="description" content="A thick, cheap, freezable red lentil and carrot soup that feeds forty. The soup I make every Friday for the Safe Bus in Dundee.">
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@type": "Recipe",
  "name": "Big-Pot Red Lentil Soup for a Crowd",
  "author": {"@type": "Person", "name": "Morag Fairweather"},
  "datePublished": "2026-02-06",
  "description": "A thick, cheap, freezable red lentil and carrot soup that feeds forty.",
  "prepTime": "PT25M",
  "cookTime": "PT1H15M",
  "totalTime": "PT1H40M",
  "recipeYield": "40 mugs",
  "recipeCategory": "Soup",
  "recipeCuisine": "Scottish",
  "keywords": "lentil soup, soup for a crowd, batch cooking, vegan soup",
  "nutrition": {"@type": "NutritionInformation", "calories": "142 kcal", "servingSize": "1 mug (300 ml)"},
  "recipeIngredient": ["2 kg red lentils", "3 kg carrots", "1.5 kg onions", "6 sticks celery", "1 bulb garlic", "6 litres vegetable stock", "2 tbsp ground cumin", "2 tbsp smoked paprika", "4 tbsp vegetable oil", "2 lemons", "salt and pepper"],
  "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "ratingCount": "87"}
}
</script>
<style>
  body { margin: 0; font-family: 'Lora', Georgia, serif; color: #2d2a26; background: #fffdf8; }
  .topbar { background: #2f5d50; color: #fff; text-align: center; font: 13px 'Open Sans', Arial, sans-serif; padding: 6px; }
  header.blog { text-align: center; padding: 22px 0 10px; }
  header.blog .name { font: italic 700 42px 'Playfair Display', Georgia, serif; color: #2f5d50; text-decoration: none; }
  header.blog .tagline { font: 14px 'Open Sans', Arial, sans-serif; color: #7a6f63; }
  nav.menu { border-top: 1px solid #e8e0d3; border-bottom: 1px solid #e8e0d3; text-align: center; font: 600 13px 'Open Sans', Arial, sans-serif; text-transform: uppercase; letter-spacing: 1px; padding: 10px; }
  nav.menu a { margin: 0 12px; color: #2d2a26; text-decoration: none; }
  .wrap { max-width: 1080px; margin: 0 auto; display: grid; grid-template-columns: 1fr 300px; gap: 40px; padding: 24px 16px; }
  .cats { font: 600 12px 'Open Sans', Arial, sans-serif; text-transform: uppercase; color: #c2672c; }
  h1 { font-size: 36px; line-height: 1.2; margin: 6px 0 10px; }
  .postmeta { font: 13px 'Open Sans', Arial, sans-serif; color: #7a6f63; }
  .disclosure { font: italic 13px 'Open Sans', Arial, sans-serif; color: #7a6f63; background: #f6f1e8; padding: 8px 12px; }
  .jump { display: inline-block; background: #c2672c; color: #fff; font: 700 14px 'Open Sans', Arial, sans-serif; padding: 10px 18px; border-radius: 4px; text-decoration: none; margin-right: 8px; }
  article p { font-size: 18px; line-height: 1.7; }
  article h2 { font: 700 26px 'Playfair Display', Georgia, serif; color: #2f5d50; margin-top: 34px; }
  figure { margin: 22px 0; }
  figure img { width: 100%; }
  figcaption { font: 13px 'Open Sans', Arial, sans-serif; color: #7a6f63; }
  .ad { background: #f2f2f2; color: #999; font: 11px Arial, sans-serif; text-align: center; padding: 70px 0; margin: 26px 0; }
  .tip { border-left: 5px solid #c2672c; background: #fbf3ea; padding: 10px 16px; }
  .recipe-card { border: 2px solid #2f5d50; border-radius: 6px; padding: 24px; margin: 34px 0; background: #fff; font-family: 'Open Sans', Arial, sans-serif; }
  .recipe-card h2 { margin-top: 0; }
  .recipe-card .buttons a { display: inline-block; border: 1px solid #2f5d50; color: #2f5d50; padding: 6px 14px; border-radius: 3px; text-decoration: none; margin-right: 8px; font-size: 13px; }
  .recipe-card .stars { color: #e0a526; }
  .recipe-card dl.times { display: flex; gap: 26px; border-top: 1px solid #e8e0d3; border-bottom: 1px solid #e8e0d3; padding: 10px 0; }
  .recipe-card dl.times dt { font-size: 11px; text-transform: uppercase; color: #7a6f63; }
  .recipe-card dl.times dd { margin: 0; font-weight: 700; }
  .recipe-card ul.ingredients { list-style: none; padding: 0; }
  .recipe-card ul.ingredients li { padding: 5px 0; border-bottom: 1px dotted #e8e0d3; }
  .recipe-card ol.method li { margin-bottom: 12px; line-height: 1.6; }
  .recipe-card .nutrition { font-size: 12px; color: #7a6f63; }
  .comments .comment { border-top: 1px solid #e8e0d3; padding: 14px 0; font-family: 'Open Sans', Arial, sans-serif; font-size: 15px; }
  .comments .reply { margin-left: 40px; background: #f6f1e8; padding: 10px 14px; }
  .comments .who { font-weight: 700; }
  .comments .when { color: #7a6f63; font-size: 12px; }
  aside .about img { width: 100%; border-radius: 50%; }
  aside h3 { font: 700 18px 'Playfair Display', Georgia, serif; color: #2f5d50; }
  aside ul { padding-left: 18px; font: 14px 'Open Sans', Arial, sans-serif; }
  footer { border-top: 1px solid #e8e0d3; text-align: center; font: 12px 'Open Sans', Arial, sans-serif; color: #7a6f63; padding: 24px; }
</style>
</head>
<body>
<div class="topbar">New: my soup e-book is out &ndash; 30 soups for under a pound a bowl. <a href="/shop" style="color:#fff">Have a look</a></div>
<header class="blog">
  <a class="name" href="/">The Tay Kitchen</a>
  <div class="tagline">Cheap, cheerful, mostly soup. Cooking for a crowd from a wee flat in Dundee.</div>
</header>
<nav class="menu">
  <a href="/">Home</a><a href="/recipes">Recipes</a><a href="/recipes/soups">Soups</a><a href="/recipes/batch-cooking">Batch cooking</a><a href="/about">About</a><a href="/shop">E-book</a>
</nav>

<div class="wrap">
<main>
<article>
  <p class="cats"><a href="/recipes/soups">Soups</a> &middot; <a href="/recipes/batch-cooking">Batch cooking</a> &middot; <a href="/recipes/vegan">Vegan</a></p>
  <h1>Big-Pot Red Lentil Soup for a Crowd (Serves 40)</h1>
  <p class="postmeta">By Morag Fairweather &middot; Published 6 February 2026 &middot; Updated 20 February 2026 &middot; <a href="#comments">23 comments</a></p>
  <p class="disclosure">This post contains affiliate links. If you buy through them I may earn a small commission at no extra cost to you.</p>
  <p><a class="jump" href="#recipe">Jump to Recipe</a> <a class="jump" href="/print/big-pot-lentil-soup">Print Recipe</a></p>

  <p>Every Friday afternoon, from October to the end of March, my kitchen disappears under three kilos of carrots. By six o&rsquo;clock there are two enormous pots of this soup on the hob, the windows are running with steam, and my neighbour downstairs has texted to ask if there&rsquo;s any going spare (there always is, Lorraine). By ten, the soup is on the Safe Bus.</p>
  <p>I get asked about the soup so often at the bus, and in your emails, that it was about time I wrote it down properly. So here it is: the cheapest, most forgiving, freezes-like-a-dream soup I know, scaled up for forty. If you only want to feed four, the recipe card lets you change the servings.</p>

  <figure>
    <img src="/wp-content/uploads/2026/02/lentil-soup-pots.jpg" alt="Two big stock pots of orange lentil soup on a gas hob">
    <figcaption>Friday, 5.30pm. Two pots, forty mugs.</figcaption>
  </figure>

  <h2>Why I make soup for the Safe Bus</h2>
  <p>The Safe Bus is run by Dundee Night Aid, a charity, and it is an old double-decker that parks on the High Street every Friday and Saturday night from 10pm to 3am. Volunteers, a lot of them nurses and first aiders, look after anyone who needs it: people who have had too much to drink, people who have lost their friends or their phone or their shoes, people who have been hurt or frightened, and the odd student who just wants a sit-down and a chat. There are blankets, phone chargers, a first aid room upstairs and, thanks to me, soup. Last year they looked after more than 1,900 people, and the charity reckons about 380 of them would otherwise have ended up at A&amp;E at Ninewells. They started in 2022 with a borrowed minibus and now have forty volunteers.</p>
  <p>I&rsquo;m not a first aider. I&rsquo;m the soup lady. But I&rsquo;ve seen what a hot mug does for someone who is shaking and crying at 1am, and it&rsquo;s the best thing I&rsquo;ve ever cooked for.</p>
  <p>The bus is one part of a bigger effort. Operation Greenmarket is Police Scotland&rsquo;s weekend operation in the city centre with Dundee City Council, started in 2023: extra officers on foot around the High Street, the Nethergate and the clubs on South Ward Road, the council&rsquo;s taxi marshals keeping the queues at the ranks moving after midnight, and the council&rsquo;s CCTV operators, who radio the officers, and the bus, as soon as they spot someone in trouble. The police say serious assaults in the city centre at weekends have gone down by a quarter since it started. One of the sergeants told me the soup is the best-kept secret in Tayside, which I&rsquo;ve decided to take as a compliment.</p>

  <div class="ad">Advertisement</div>

  <h2>What you need</h2>
  <p>Nothing fancy. Red lentils (they cook down to nothing, so no soaking), a lot of carrots, onions, celery, garlic and good stock. Cumin and smoked paprika do the heavy lifting. The lemon at the end is not optional: it wakes the whole thing up. Full quantities are in the recipe card below.</p>
  <p>For forty, you need two big pots of at least 10 litres each. I use <a href="/go/stockpot" rel="sponsored">these aluminium stock pots</a>, which cost less than one fancy casserole.</p>

  <h2>Tips for making soup for a crowd</h2>
  <div class="tip">
    <p><strong>Chop in the food processor.</strong> Three kilos of carrots by hand will take you an hour. The grating disc does it in five minutes.</p>
    <p><strong>Stir the bottom.</strong> Lentils love to stick. Stir right to the bottom of the pot every ten minutes, and turn the heat down if it starts to catch.</p>
    <p><strong>Transport it hot.</strong> I carry mine to the bus in two 20-litre catering flasks. Soup for the public has to be kept above 63&deg;C, so check with your council&rsquo;s food safety team if you&rsquo;re doing this for a group.</p>
  </div>

  <h2>Freezing and reheating</h2>
  <p>This freezes perfectly for up to three months. Cool it quickly (spread it out in shallow tubs), freeze in portions, and reheat until piping hot all the way through. It thickens as it stands, so loosen it with a splash of water.</p>

  <div class="ad">Advertisement</div>

  <div class="recipe-card" id="recipe">
    <h2>Big-Pot Red Lentil Soup for a Crowd</h2>
    <p><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</span> 4.9 from 87 votes</p>
    <p class="buttons"><a href="/print/big-pot-lentil-soup">Print</a><a href="#pin">Pin</a><a href="#rate">Rate</a></p>
    <p>A thick, cheap, freezable red lentil and carrot soup that feeds forty.</p>
    <dl class="times">
      <div><dt>Prep time</dt><dd>25 mins</dd></div>
      <div><dt>Cook time</dt><dd>1 hr 15 mins</dd></div>
      <div><dt>Total time</dt><dd>1 hr 40 mins</dd></div>
      <div><dt>Servings</dt><dd>40 mugs</dd></div>
      <div><dt>Calories</dt><dd>142 kcal</dd></div>
    </dl>
    <h3>Ingredients</h3>
    <ul class="ingredients">
      <li><input type="checkbox"> 2 kg red lentils, rinsed</li>
      <li><input type="checkbox"> 3 kg carrots, grated or chopped small</li>
      <li><input type="checkbox"> 1.5 kg onions, chopped</li>
      <li><input type="checkbox"> 6 sticks celery, chopped</li>
      <li><input type="checkbox"> 1 bulb garlic, crushed</li>
      <li><input type="checkbox"> 6 litres vegetable stock</li>
      <li><input type="checkbox"> 2 tbsp ground cumin</li>
      <li><input type="checkbox"> 2 tbsp smoked paprika</li>
      <li><input type="checkbox"> 4 tbsp vegetable oil</li>
      <li><input type="checkbox"> 2 lemons, juiced</li>
      <li><input type="checkbox"> salt and pepper</li>
    </ul>
    <h3>Instructions</h3>
    <ol class="method">
      <li>Divide everything between two large pots. Heat the oil and soften the onions and celery over a medium heat for 10 minutes without letting them brown.</li>
      <li>Add the garlic, cumin and paprika and stir for a minute until it smells wonderful.</li>
      <li>Add the carrots, the rinsed lentils and the stock. Bring to the boil, then turn down to a gentle simmer.</li>
      <li>Simmer for about an hour, stirring to the bottom every ten minutes, until the lentils have collapsed and the carrots are soft.</li>
      <li>Blend with a stick blender until smooth, or leave it rough if you prefer. Add the lemon juice, then season well. Add hot water if it is too thick.</li>
    </ol>
    <h3>Notes</h3>
    <p>Allergens: contains celery. Check your stock cubes for gluten if you are serving people with coeliac disease.</p>
    <p class="nutrition">Nutrition per mug (300 ml): 142 kcal &middot; carbohydrate 21 g &middot; protein 8 g &middot; fat 3 g &middot; fibre 5 g &middot; salt 0.9 g. Nutrition is estimated and should be used as a guide only.</p>
  </div>

  <section class="comments" id="comments">
    <h2>23 comments</h2>
    <div class="comment"><span class="who">Fiona G.</span> <span class="when">7 February 2026 at 8:14 am</span><p>&#9733;&#9733;&#9733;&#9733;&#9733; Made a quarter of this for our church lunch club and it went in ten minutes. The lemon really is the secret.</p></div>
    <div class="comment reply"><span class="who">Morag</span> <span class="when">7 February 2026 at 9:02 am</span><p>Told you! Thanks Fiona x</p></div>
    <div class="comment"><span class="who">Dave from Lochee</span> <span class="when">9 February 2026 at 10:41 pm</span><p>&#9733;&#9733;&#9733;&#9733;&#9733; I had a mug of this on the bus at two in the morning last October after losing my wallet. Didn&rsquo;t know who made it till now. Best soup I&rsquo;ve ever had, though to be fair the circumstances helped.</p></div>
    <div class="comment"><span class="who">Anya</span> <span class="when">12 February 2026 at 6:30 pm</span><p>&#9733;&#9733;&#9733;&#9733; Can I use green lentils instead? That&rsquo;s all I have.</p></div>
    <div class="comment reply"><span class="who">Morag</span> <span class="when">12 February 2026 at 7:15 pm</span><p>You can, but they won&rsquo;t break down, so you&rsquo;ll need to blend it longer and cook it for an extra 20 minutes.</p></div>
    <div class="comment"><span class="who">Callum R.</span> <span class="when">15 February 2026 at 11:02 am</span><p>My daughter volunteers on the bus and says Friday is soup night and Saturday is &ldquo;whatever&rsquo;s left&rdquo; night. Respect to you.</p></div>
    <p><a href="#more">Load more comments</a></p>
    <form action="/wp-comments-post.php" method="post">
      <p><label for="comment">Leave a comment</label></p>
      <p><textarea id="comment" name="comment" rows="5" cols="60"></textarea></p>
      <p><button type="submit">Post Comment</button></p>
    </form>
  </section>
</article>
</main>

<aside>
  <div class="about">
    <img src="/wp-content/uploads/morag.jpg" alt="Morag in her kitchen">
    <h3>Hello, I&rsquo;m Morag</h3>
    <p>Retired dinner lady, grandmother of five and lover of a big pot. I cook cheap food for lots of people and write it down here.</p>
  </div>
  <div class="ad">Advertisement</div>
  <h3>Popular soups</h3>
  <ul>
    <li><a href="/scotch-broth-for-twenty">Scotch broth for twenty</a></li>
    <li><a href="/cullen-skink">Cullen skink on a budget</a></li>
    <li><a href="/tattie-soup">Proper tattie soup</a></li>
    <li><a href="/leek-and-potato">Leek and potato in the slow cooker</a></li>
  </ul>
</aside>
</div>

<footer>
  <p>&copy; 2026 The Tay Kitchen &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/disclosure">Affiliate disclosure</a> &middot; <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
"""
# ================================================================== 9. An online marketplace's listing for a collectable (HTML)

LISTING_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Obsolete West Riding Constabulary helmet, 1960s, worn by my grandfather, with commendation | TradePost</title>
<meta name="description" content="Find great deals on TradePost for Obsolete West Riding Constabulary helmet 1960s. Shop with confidence.">
<link rel="canonical" href="https://www.tradepost.co.uk/itm/30588417265">
<style>
  body { margin: 0; font-family: 'Helvetica Neue', Arial, sans-serif; color: #111; }
  header.tp { display: flex; align-items: center; gap: 16px; padding: 10px 20px; border-bottom: 1px solid #ddd; }
  header.tp .logo { font-weight: 800; font-size: 28px; color: #0064d2; text-decoration: none; }
  header.tp form { flex: 1; display: flex; }
  header.tp input { flex: 1; padding: 10px; border: 2px solid #111; border-radius: 20px 0 0 20px; }
  header.tp button { background: #0064d2; color: #fff; border: 0; padding: 0 22px; border-radius: 0 20px 20px 0; }
  header.tp .links a { margin-left: 12px; font-size: 13px; color: #111; }
  .crumbs { font-size: 12px; padding: 10px 20px; color: #555; }
  .crumbs a { color: #555; }
  .item { display: grid; grid-template-columns: 1fr 1fr; gap: 30px; padding: 0 20px; max-width: 1200px; }
  .pics img.main { width: 100%; border: 1px solid #eee; }
  .pics .thumbs img { width: 64px; height: 64px; border: 1px solid #ccc; margin: 4px 4px 0 0; }
  h1 { font-size: 22px; line-height: 1.3; }
  .condition { font-size: 14px; }
  .price { font-size: 28px; font-weight: 700; margin: 14px 0 2px; }
  .offer { font-size: 13px; color: #555; }
  .btn { display: block; text-align: center; padding: 12px; border-radius: 24px; margin: 8px 0; font-weight: 700; text-decoration: none; }
  .btn.buy { background: #0064d2; color: #fff; }
  .btn.offer { border: 1px solid #0064d2; color: #0064d2; }
  .btn.watch { border: 1px solid #0064d2; color: #0064d2; }
  .hot { color: #c00; font-weight: 700; font-size: 13px; }
  .ship { font-size: 13px; border-top: 1px solid #eee; padding-top: 10px; }
  .ship dt { font-weight: 700; float: left; width: 90px; }
  .ship dd { margin: 0 0 8px 100px; }
  .seller { border: 1px solid #ddd; border-radius: 8px; padding: 12px; font-size: 13px; margin-top: 14px; }
  section.desc { max-width: 1200px; padding: 10px 20px; }
  section.desc h2 { font-size: 20px; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
  table.specifics { border-collapse: collapse; width: 100%; font-size: 14px; }
  table.specifics td { padding: 6px 10px; vertical-align: top; }
  table.specifics td.label { color: #555; width: 20%; }
  .sellerdesc { font-family: Georgia, serif; font-size: 15px; line-height: 1.6; border: 1px solid #eee; padding: 16px 20px; }
  .qa .q { font-weight: 700; margin-top: 12px; }
  .qa .a { margin-left: 18px; }
  .policy { background: #f7f7f7; font-size: 13px; padding: 12px 16px; border-radius: 6px; }
  .similar { display: flex; gap: 16px; }
  .similar .card { width: 180px; font-size: 13px; }
  .similar .card img { width: 180px; height: 140px; object-fit: cover; background: #eee; }
  footer { font-size: 12px; color: #555; padding: 20px; border-top: 1px solid #ddd; margin-top: 30px; }
</style>
</head>
<body>
<header class="tp">
  <a class="logo" href="/">TradePost</a>
  <form action="/sch" role="search"><input type="search" name="q" value="police helmet" aria-label="Search for anything"><button type="submit">Search</button></form>
  <div class="links"><a href="/signin">Sign in</a><a href="/sell">Sell</a><a href="/watchlist">Watchlist</a><a href="/basket">Basket</a></div>
</header>

<p class="crumbs"><a href="/b/collectables">Collectables</a> &rsaquo; <a href="/b/militaria">Militaria</a> &rsaquo; <a href="/b/police-collectables">Police collectables</a> &rsaquo; <a href="/b/police-helmets-hats">Helmets &amp; hats</a></p>

<div class="item">
  <div class="pics">
    <img class="main" src="https://img.tradepost.co.uk/30588417265/1.jpg" alt="Black custodian helmet with a white metal star badge, side view">
    <div class="thumbs">
      <img src="https://img.tradepost.co.uk/30588417265/2.jpg" alt="Badge close-up">
      <img src="https://img.tradepost.co.uk/30588417265/3.jpg" alt="Inside of the helmet with the maker's label">
      <img src="https://img.tradepost.co.uk/30588417265/4.jpg" alt="Chin strap">
      <img src="https://img.tradepost.co.uk/30588417265/5.jpg" alt="Framed commendation certificate">
      <img src="https://img.tradepost.co.uk/30588417265/6.jpg" alt="Black and white photograph of a constable on a bicycle">
    </div>
  </div>
  <div class="buybox">
    <h1>Obsolete West Riding Constabulary helmet, 1960s, worn by my grandfather, with commendation</h1>
    <p class="condition"><strong>Condition:</strong> Used &ndash; see description and photos</p>
    <p class="price">&pound;185.00</p>
    <p class="offer">or Best Offer</p>
    <p class="hot">7 watchers &middot; 2 offers made</p>
    <a class="btn buy" href="/checkout/30588417265">Buy it now</a>
    <a class="btn offer" href="/offer/30588417265">Make offer</a>
    <a class="btn watch" href="/watch/30588417265">&#9825; Add to Watchlist</a>
    <dl class="ship">
      <dt>Postage:</dt><dd>&pound;9.95 Tracked 48, boxed and insured. Collection in person from Castleford, West Yorkshire.</dd>
      <dt>Delivery:</dt><dd>Estimated between Tue 17 Mar and Thu 19 Mar</dd>
      <dt>Returns:</dt><dd>30 days returns. Buyer pays for return postage.</dd>
      <dt>Payments:</dt><dd>Card, PayPal, Apple Pay, Google Pay</dd>
    </dl>
    <div class="seller">
      <p><strong>yorkshire_relics_1958</strong> (1,204) &middot; 99.8% positive feedback</p>
      <p>Usually dispatches within 1 working day &middot; Member since 2011</p>
      <p><a href="/str/yorkshirerelics">Visit shop</a> &middot; <a href="/contact/yorkshire_relics_1958">Contact seller</a></p>
    </div>
  </div>
</div>

<section class="desc">
  <h2>About this item</h2>
  <p>Seller assumes all responsibility for this listing. Item number: 30588417265. Last updated on 11 Mar 2026 09:42:17 GMT.</p>
  <h3>Item specifics</h3>
  <table class="specifics">
    <tr><td class="label">Condition</td><td>Used</td><td class="label">Force</td><td>West Riding Constabulary</td></tr>
    <tr><td class="label">Type</td><td>Custodian helmet</td><td class="label">Era</td><td>1960s</td></tr>
    <tr><td class="label">Original/Reproduction</td><td>Original</td><td class="label">Country/Region of Manufacture</td><td>United Kingdom</td></tr>
    <tr><td class="label">Size</td><td>7 (approx. 57 cm)</td><td class="label">Colour</td><td>Black</td></tr>
    <tr><td class="label">Badge</td><td>White metal, Brunswick star, with the force crest</td><td class="label">Insignia status</td><td>Obsolete (force abolished 1968)</td></tr>
  </table>

  <h3>Item description from the seller</h3>
  <div class="sellerdesc">
    <p>This helmet belonged to my grandfather, PC 1127 Arthur Hepworth, who walked the beat in Castleford and Normanton for the West Riding Constabulary from 1958 until the force was merged in 1968, and afterwards for the West Yorkshire Constabulary and West Yorkshire Police until he retired in 1988. He kept this helmet, his last one from the old force, on top of the wardrobe for fifty years, and my grandmother would not let anyone throw it away.</p>
    <p>It is in good used condition for its age. The felt is sound with some rubbing at the crown, the comb and the rose top are intact, and the white metal star badge with the old county crest is original to the helmet and has never been off. The leather chin strap is dry and has a small crack near one buckle (see photo 4). The maker&rsquo;s label inside is faded but readable: Christys&rsquo;, London. There is a name tape with his collar number, 1127.</p>
    <p>Included with the helmet is his framed commendation from the Chief Constable of the West Riding for stopping a runaway coal lorry on Carlton Street in 1964 (photo 5), and a copy of a photograph of him on his police bicycle outside the old Castleford police station (photo 6). The original photo is staying in the family.</p>
    <p>Please note: this is an obsolete helmet from a force that no longer exists, sold as a collectable and a piece of family history. I do not sell current-issue police uniform or badges, and I won&rsquo;t post to anyone who tells me they want it for fancy dress on a night out. Wearing police uniform to make people believe you are an officer is a criminal offence.</p>
    <p>Any questions, please ask. I have more of Grandad&rsquo;s things listed, including his whistle and chain and his pocket notebook from 1961 (pages of the notebook photographed, personal details blanked out).</p>
  </div>

  <h3>Questions and answers about this item</h3>
  <div class="qa">
    <p class="q">Q: Is the badge the pre-1953 crown or the later one?</p>
    <p class="a">A: The later St Edward&rsquo;s crown, so it dates from after 1953. He was issued it in about 1962.</p>
    <p class="q">Q: Would you take &pound;120? I collect Yorkshire forces and this would fill a gap.</p>
    <p class="a">A: Sorry, no. I&rsquo;ve turned down &pound;150. Happy to do &pound;170 for a collector.</p>
    <p class="q">Q: Can I wear this to a 1960s themed party?</p>
    <p class="a">A: It&rsquo;s not really for wearing, it&rsquo;s 60 years old and I&rsquo;d rather it went to a collector or a museum. See the note in the description.</p>
    <p class="q">Q: Did your grandad ever talk about the Castleford miners&rsquo; strike days?</p>
    <p class="a">A: He did, but that was 1984, when he was a sergeant with West Yorkshire Police, and those stories are for another listing!</p>
  </div>

  <h3>Selling police items on TradePost</h3>
  <p class="policy">Listings of current-issue police uniform, badges, warrant cards and equipment, or of anything that could be used to impersonate a police officer, are not allowed and will be removed. Obsolete items from forces that no longer exist and clearly historic items may be listed as collectables. <a href="/help/policies/police-items">Read our police and emergency services items policy</a>.</p>

  <h3>Similar items</h3>
  <div class="similar">
    <div class="card"><img src="https://img.tradepost.co.uk/similar/1.jpg" alt=""><p>Obsolete Leeds City Police whistle and chain, 1950s</p><p><strong>&pound;38.00</strong> &middot; 9 bids</p></div>
    <div class="card"><img src="https://img.tradepost.co.uk/similar/2.jpg" alt=""><p>Sheffield City Police cap badge, obsolete</p><p><strong>&pound;24.99</strong> &middot; Buy it now</p></div>
    <div class="card"><img src="https://img.tradepost.co.uk/similar/3.jpg" alt=""><p>Book: The West Riding Constabulary 1857&ndash;1968, a history</p><p><strong>&pound;12.50</strong> &middot; Buy it now</p></div>
    <div class="card"><img src="https://img.tradepost.co.uk/similar/4.jpg" alt=""><p>Police box money box, blue, ceramic</p><p><strong>&pound;8.00</strong> &middot; 2 bids</p></div>
  </div>
</section>

<footer>
  <p><a href="/report/30588417265">Report this item</a> &middot; <a href="/help">Help &amp; contact</a> &middot; <a href="/help/buyer-protection">Money Back Guarantee</a></p>
  <p>Copyright &copy; 2026 TradePost Marketplaces Ltd. All rights reserved. <a href="/terms">User agreement</a>, <a href="/privacy">Privacy</a>, <a href="/cookies">Cookies</a>.</p>
</footer>
</body>
</html>
"""
# ================================================================== 10. A meetup talk's slides kept as Marp Markdown

SLIDES_MD = """---
marp: true
theme: gaia
class: invert
paginate: true
size: 16:9
header: 'Herts Tech Meetup #58'
footer: 'Tom Ashworth \u00b7 @tomashworth@fosstodon.org'
style: |
  section { font-size: 28px; }
  section.lead h1 { font-size: 64px; }
  table { font-size: 22px; }
  .small { font-size: 18px; color: #aaa; }
---

<!-- _class: lead invert -->
<!-- _paginate: false -->
<!-- _header: '' -->

# From a WhatsApp group to a rota app

### What I learned building software for a night-time charity

Tom Ashworth \u00b7 Herts Tech Meetup #58 \u00b7 Hatfield \u00b7 18 March 2026

<!--
Speaker notes: thank the organisers and the pizza sponsor. Ask who has ever
volunteered for anything that used a WhatsApp group as its rota. (Most hands.)
-->

---

## About me

- Backend developer, 12 years, mostly payments
- Lives in St Albans, two kids, one allotment
- Volunteer on Saturday nights since 2022
- Not a designer (you will be able to tell)

![bg right:35%](img/tom-in-hi-vis.jpg)

<!--
Keep this short. 30 seconds max.
-->

---

## Who are City Night Helpers?

City Night Helpers is a St Albans charity: volunteers in blue jackets who walk the city centre from 10pm to 3am on Friday and Saturday nights, looking after anyone who needs it.

- Water, flip-flops, foil blankets, phone charging
- Staying with people who are on their own until a friend or a taxi comes
- First aid, and calling an ambulance when it is needed

Started 2019 \u00b7 70 volunteers \u00b7 **1,400 people helped in 2025**

<!--
Emphasise: they are not the police and not bouncers. Most of what they do is
sitting on a kerb with someone who is crying.
-->

---

## The problem: the rota

- 70 volunteers, 104 shifts a year, at least 4 people a shift
- One WhatsApp group, 900+ messages a month
- \"Can anyone swap Sat 14th?\" \u00d7 forever
- Coordinator spent **6 hours a week** on the rota
- Twice in 2024 a shift went out with only 2 people

![bg right:40% w:420](img/whatsapp-chaos.png)

---

## What they asked for

| Need | Must have? |
|---|---|
| Sign up for shifts on a phone | Yes |
| Swap a shift without the coordinator | Yes |
| Minimum 4 per shift, alert if short | Yes |
| Works for volunteers aged 18 to 79 | Yes |
| Show where the team is during a shift | Nice to have |
| Free to run | Yes (charity budget: \u00a30) |

---

## The stack

```yaml
# deploy/app.yaml
runtime: python3.12
framework: django 5.1
db: postgres 16 (free tier)
push: web push, no native app
auth: magic link by email (nobody remembers passwords)
hosting: a donated VPS, 2 vCPU, 4 GB
```

- Progressive web app: \"Add to home screen\", no app store
- Big buttons, big text, one job per screen

<!--
Someone will ask why not a native app. Answer: app store accounts cost money
and half the volunteers would never update it.
-->

---

## The radio link and the city centre

Operation Holywell is Hertfordshire Constabulary's weekend night-time operation in St Albans city centre, run with St Albans City and District Council since 2023.

- Extra officers on foot on Friday and Saturday nights around St Peter's Street, the Market Place and Holywell Hill
- The council's CCTV control room links the police, the door staff and the Helpers on one radio channel
- Officers and CCTV operators send people who need looking after to the Helpers

Violence with injury in the city centre at night: **down 16% in 2025** (force figures)

<!--
This is why the 'where is the team' feature matters: the control room asked
for it. We show the Helpers' live positions on the council's screen, and
only during a shift.
-->

---

## Where is the team? (the bit I was scared of)

- Live location **only** while a shift is running, **only** to the control room screen
- Volunteers see a banner: \"Location sharing is on\"
- Deleted at 6am, not stored
- Data protection impact assessment written with the charity's trustees

![w:700](img/map-screen.png)

---

## Somebody else picked it up

Safe Home Hatfield is the University of Hertfordshire Students' Union's scheme: student volunteers walk students home from the town centre and the Forum to halls and shared houses, on request, on Wednesday, Friday and Saturday nights.

- Started October 2024 \u00b7 90 student volunteers
- **2,600 walks home** in the first academic year
- Now use a fork of our app for their rota (MIT licence!)

<!--
I did not do anything for this except answer two emails. The SU's own
developer forked it and added term dates.
-->

---

## Numbers after a year

| | Before | After |
|---|---|---|
| Coordinator time on rota | 6 h/week | 40 min/week |
| Shifts under 4 people | 2 | 0 |
| WhatsApp messages a month | 900+ | ~150 |
| Volunteers using the app | \u2013 | 68 of 70 |

<span class=\"small\">The two who don't use it get a phone call. That is a feature.</span>

---

## What I learned

1. **Ask the oldest volunteer first.** If Brenda (79) can swap a shift, anyone can.
2. **Magic links beat passwords**, every time.
3. **Location data is a trust problem, not a tech problem.** Talk to people before you build it.
4. **Boring tech is free tech.** Django + Postgres + a donated box.
5. **Write the handover doc now.** You will not be here for ever.

---

<!-- _class: lead invert -->

# Thank you

Code: `github.com/tomashworth/nightrota`
Volunteer: `citynighthelpers.org.uk/volunteer`

Questions?

<!--
If asked about money: hosting is donated, domain is \u00a312 a year, paid by me.
-->
"""
# ================================================================== 11. A church's weekly notices for reading out (plain text)

NOTICES_TXT = """ST LUKE'S CHURCH, MELTON MOWBRAY
NOTICES FOR SUNDAY 15 MARCH 2026
Fourth Sunday of Lent - Mothering Sunday

To be read at the 9.30am Parish Communion and the 6pm Evensong.
Readers: please read the notices marked * aloud. The others are in the
printed sheet and on the screen. Please do NOT read out the rotas or the
prayer list names without checking the box at the end.

------------------------------------------------------------------------
* 1. WELCOME
------------------------------------------------------------------------
A warm welcome to everyone, and especially to families joining us for
Mothering Sunday. Posies for every mum, gran and carer - and anyone who
would like one - will be handed out at the end of the service by the
Junior Church. Tea, coffee and simnel cake in the hall afterwards.

------------------------------------------------------------------------
* 2. WARM WELCOME WEDNESDAYS
------------------------------------------------------------------------
Warm Welcome Wednesdays is our own free lunch and warm space in the
church hall, every Wednesday from 11.30am to 2pm from October to March.
Anyone is welcome: soup, a hot meal and pudding, newspapers, board
games, phone charging, and someone to talk to. It is run by a team of
thirty volunteers from St Luke's and cooked in our own kitchen, with
food from the supermarkets' surplus schemes. Since it began in November
2023 it has served more than 3,100 lunches, and last winter an average
of 40 people came each week. The last Warm Welcome of this season is on
25 March, and we are looking for two more cooks for next winter: please
speak to Jean Oakley.

------------------------------------------------------------------------
* 3. COLD CALLERS AND DOORSTEP SCAMS - PCSO AT WARM WELCOME
------------------------------------------------------------------------
PCSO Amy Chamberlain will be at Warm Welcome this Wednesday, 18 March,
from 12 noon, to talk about doorstep scams.

Operation Threshold is Leicestershire Police's work with Leicestershire
County Council's Trading Standards against rogue traders and doorstep
crime in the Melton area. PCSOs and trading standards officers visit
older people in streets where rogue traders have been reported, fit
"No Cold Callers" door stickers and set up No Cold Calling Zones where
the residents want them, and the trading standards team follows up
every report of a doorstep trader. There are now eleven zones in and
around Melton, and the police say reports of doorstep crime in the
borough have halved since 2024. Amy will bring stickers.

------------------------------------------------------------------------
  4. MELTON STREET PASTORS
------------------------------------------------------------------------
Melton Street Pastors are volunteers from the churches of the town who
go out in teams of four on Friday and Saturday nights from 10pm to 3am,
in their navy jackets and caps, to listen, care and help people in the
town centre: giving out water and flip-flops, sweeping up broken glass,
and staying with anyone who is vulnerable until they are safe. They
began in 2016 with twelve volunteers and now have thirty-four, from
eleven churches; last year they helped 620 people and picked up more
than 1,500 bottles. St Luke's has sent four pastors over the years, and
they would love more. Training starts in May: leaflets at the back.

------------------------------------------------------------------------
* 5. BANNS OF MARRIAGE
------------------------------------------------------------------------
I publish the banns of marriage between Daniel James Whitby, bachelor,
of this parish, and Hannah Louise Grewal, spinster, of the parish of
St Mary, Melton Mowbray. If any of you know cause or just impediment why
these two persons should not be joined together in holy matrimony, ye
are to declare it. This is the SECOND time of asking.

------------------------------------------------------------------------
  6. THIS WEEK
------------------------------------------------------------------------
  Mon 16  7.30pm   PCC meeting, vestry
  Tue 17  10.00am  Toddler praise, hall
          7.30pm   Lent course week 4, at 12 Dalby Road
  Wed 18  10.00am  Holy Communion (said)
          11.30am  Warm Welcome, hall (PCSO visit 12 noon)
  Thu 19  2.00pm   Funeral of Dennis Blower
          7.30pm   Bell practice
  Sat 21  9.00am   Churchyard working party - bring gloves
  Sun 22  9.30am   Parish Communion (Passion Sunday)
          6.00pm   Evensong

------------------------------------------------------------------------
  7. ROTAS FOR NEXT SUNDAY, 22 MARCH
------------------------------------------------------------------------
  Sidesmen       Mr & Mrs Pawley
  Readers        Gill Chadwick (Ezekiel 37.1-14), Tom Ng (Romans 8.6-11)
  Intercessions  Revd Sue Brightman
  Coffee         Hannah and Daniel (practising for the reception)
  Flowers        NONE - Lent
  Counters       Keith Rowley, Ann Straw

------------------------------------------------------------------------
  8. PRAYER LIST (names read at 9.30am only with permission)
------------------------------------------------------------------------
  The sick: Margaret Evans; baby Oliver; Jim Paterson
  Recently died: Dennis Blower
  Years' mind: Edith Fox; Ronald Sharman
  Also: the people of Ukraine and Gaza; the crew of the Melton air
  ambulance; our local police, fire and ambulance services.

------------------------------------------------------------------------
  9. GENERAL
------------------------------------------------------------------------
- The CAR PARK gate will be locked at 8pm from this week after damage
  to cars; Evensong congregation please park on Burton Road.
- Lost property: a navy umbrella and one child's welly (left foot).
- Gift Aid envelopes for 2026-27 are in the pigeonholes.
- Easter flowers: please give your donations (in memory of ...) to
  Pat Mowbray by 29 March.
- Next week's notices to the parish office by THURSDAY NOON, please:
  office@stlukesmelton.org.uk or 01632 960 277.

========================================================================
 St Luke's Church, Melton Mowbray | Vicar: Revd Canon Sue Brightman
 Parish office open Tue and Thu 9am-12 | Registered charity 1132745
========================================================================
"""


# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "pawtrace-stolen-dog-bramble-springer-spaniel-stanhope-county-durham.html": lambda: PET_HTML,
    "the-tay-kitchen-big-pot-red-lentil-soup-for-a-crowd.html": lambda: RECIPE_HTML,
    "tradepost-listing-obsolete-west-riding-constabulary-helmet-1960s.html": lambda: LISTING_HTML,
    "herts-tech-meetup-58-from-a-whatsapp-group-to-a-rota-app-slides.md": lambda: SLIDES_MD,
    "st-lukes-melton-mowbray-notices-for-sunday-15-march-2026.txt": lambda: NOTICES_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    bin_calendar(out)
    concert_programme(out)
    yearbook(out)
    best_man_speech(out)
    interview_record(out)
    participant_information(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
