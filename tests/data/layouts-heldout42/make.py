"""Write the documents of the forty-second held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout42/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a seafront hotel's in-room guest
directory, a video doorbell's user manual, a village horticultural society's show schedule, a
secondary school's end-of-year report on a pupil, an employer's character reference for a
sentencing court and a seller's completed property information form. The HTML, Markdown and
plain-text documents (a local newspaper's nostalgia column, a TV guide's listings page for one
evening, a fact-checking charity's fact check, a hillwalker's trip report on her blog and a winter
night shelter's overnight log) are kept here as text and written out unchanged; manifest.json lists
every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-first set's make.py.
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


# ================================================================== shared helpers (taken unchanged from the forty-first set)

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


# ================================================================== Word helpers (taken unchanged from the forty-first set)


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




# ================================================================== 1. A seafront hotel's in-room guest directory (PDF)

GD_TEAL = colors.HexColor("#0E5E6F")
GD_SAND = colors.HexColor("#F4EBD9")
GD_CORAL = colors.HexColor("#E0674B")
GD_GREY = colors.HexColor("#5C6670")
GD_FILE = "claremont-sands-hotel-blackpool-guest-directory-2026.pdf"


def _gd_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(GD_TEAL)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        # waves along the foot of the cover
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.1)
        for row in range(4):
            y = 30 * mm + row * 5 * mm
            path = canvas.beginPath()
            path.moveTo(0, y)
            x = 0
            while x < width:
                path.curveTo(x + 5 * mm, y + 3 * mm, x + 10 * mm, y - 3 * mm, x + 15 * mm, y)
                x += 15 * mm
            canvas.drawPath(path, stroke=1, fill=0)
        # the tower, drawn as a tapering lattice
        cx, base, top = width / 2, 62 * mm, 140 * mm
        canvas.setStrokeColor(GD_SAND)
        canvas.setLineWidth(1.3)
        canvas.line(cx - 14 * mm, base, cx - 2 * mm, top)
        canvas.line(cx + 14 * mm, base, cx + 2 * mm, top)
        for i in range(1, 9):
            y = base + i * (top - base) / 9
            half = 14 * mm - (12 * mm) * i / 9
            canvas.line(cx - half, y, cx + half, y)
        canvas.line(cx, top, cx, top + 12 * mm)
        canvas.setFillColor(GD_CORAL)
        canvas.rect(cx - 16 * mm, base - 4 * mm, 32 * mm, 4 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Times-Italic", 13)
        canvas.drawCentredString(width / 2, height - 22 * mm, "The")
        canvas.setFont("Times-Bold", 26)
        canvas.drawCentredString(width / 2, height - 32 * mm, "CLAREMONT SANDS")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawCentredString(width / 2, height - 39 * mm, "H O T E L   \u00b7   N O R T H   S H O R E")
        canvas.setFont("Helvetica-Bold", 15)
        canvas.drawCentredString(width / 2, 20 * mm, "Guest Directory")
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(width / 2, 14 * mm, "Please leave this directory in your room for the next guest")
    else:
        canvas.setFillColor(GD_TEAL)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Times-Bold", 8.5)
        canvas.drawString(12 * mm, height - 6 * mm, "The Claremont Sands")
        canvas.setFont("Helvetica", 7)
        canvas.drawRightString(width - 12 * mm, height - 6 * mm, "GUEST DIRECTORY")
        canvas.setStrokeColor(GD_CORAL)
        canvas.setLineWidth(0.8)
        canvas.line(12 * mm, 11 * mm, width - 12 * mm, 11 * mm)
        canvas.setFillColor(GD_GREY)
        canvas.setFont("Helvetica", 6.6)
        canvas.drawString(12 * mm, 7 * mm, "Reception: dial 0 from your room, 24 hours")
        canvas.drawRightString(width - 12 * mm, 7 * mm, "%d" % page)
    canvas.restoreState()


def _gd_plan(canvas, width, height):
    """A simplified first floor plan with the fire exits."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#444444"))
    canvas.setLineWidth(1.2)
    canvas.rect(0, 0, width, height, stroke=1, fill=0)
    corridor_y = height / 2 - 5 * mm
    canvas.setFillColor(colors.HexColor("#EAEAEA"))
    canvas.rect(0, corridor_y, width, 10 * mm, stroke=0, fill=1)
    canvas.setLineWidth(0.6)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 5.6)
    rooms_top = ["101", "102", "103", "104", "105", "106"]
    rooms_bottom = ["112", "111", "110", "109", "108", "107"]
    cell = width / 6
    for i, name in enumerate(rooms_top):
        canvas.rect(i * cell, corridor_y + 10 * mm, cell, height - corridor_y - 10 * mm, stroke=1, fill=0)
        canvas.drawCentredString(i * cell + cell / 2, height - 7 * mm, name)
    for i, name in enumerate(rooms_bottom):
        canvas.rect(i * cell, 0, cell, corridor_y, stroke=1, fill=0)
        canvas.drawCentredString(i * cell + cell / 2, 5 * mm, name)
    # exits: green boxes with arrows at both ends of the corridor
    canvas.setFillColor(colors.HexColor("#1E8C45"))
    for x, label, direction in ((2 * mm, "EXIT", -1), (width - 13 * mm, "EXIT", 1)):
        canvas.rect(x, corridor_y + 2 * mm, 11 * mm, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 5.5)
        canvas.drawCentredString(x + 5.5 * mm, corridor_y + 4.2 * mm, label)
        canvas.setFillColor(colors.HexColor("#1E8C45"))
    canvas.setStrokeColor(GD_CORAL)
    canvas.setLineWidth(1.4)
    canvas.line(width / 2 - 20 * mm, corridor_y + 5 * mm, 16 * mm, corridor_y + 5 * mm)
    canvas.line(width / 2 + 20 * mm, corridor_y + 5 * mm, width - 16 * mm, corridor_y + 5 * mm)
    canvas.setFillColor(GD_CORAL)
    canvas.circle(width / 2, corridor_y + 5 * mm, 2.2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 4.6)
    canvas.drawCentredString(width / 2, corridor_y + 4.2 * mm, "YOU")
    canvas.restoreState()


def guest_directory(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / GD_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=15 * mm, title="Guest Directory",
                          author="The Claremont Sands Hotel", subject="In-room guest directory",
                          creator="The Claremont Sands Hotel", invariant=1)
    wide = width - 2 * margin
    gap = 5 * mm
    col = (wide - gap) / 2
    top, bottom = 14 * mm, 14 * mm
    body_h = height - top - bottom
    one = Frame(margin, bottom, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, bottom, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, bottom, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 10 * mm, wide, 6 * mm, id="c")], onPage=_gd_page),
                          PageTemplate("one", [one], onPage=_gd_page),
                          PageTemplate("two", [left, right], onPage=_gd_page)])
    h1 = _style("h1", "Times-Bold", 17, leading=20, color=GD_TEAL, after=6)
    h2 = _style("h2", "Helvetica-Bold", 9, leading=11.5, color=GD_CORAL, before=5, after=2)
    body = _style("b", "Helvetica", 8.4, leading=11.2, after=5)
    az_head = _style("azh", "Helvetica-Bold", 8.2, leading=10.4, color=GD_TEAL, before=4, after=1)
    az = _style("az", "Helvetica", 7.7, leading=10, after=3)
    sign = _style("sg", "Times-Italic", 10, leading=12, after=0)
    small = _style("sm", "Helvetica", 6.9, leading=8.8, color=GD_GREY, after=3)
    cell = _style("c", "Helvetica", 7.6, leading=9.6)
    cell_b = _style("cb", "Helvetica-Bold", 7.6, leading=9.6)
    head = _style("hd", "Helvetica-Bold", 7.4, leading=9.2, color=colors.white)
    letter = _style("az_letter", "Times-Bold", 15, leading=17, color=GD_CORAL, before=4, after=0)
    letter.keepWithNext = az_head.keepWithNext = 1

    def entry(title, *texts):
        parts = [Paragraph(title, az_head)]
        parts += [Paragraph(t, az) for t in texts]
        return parts

    story = [NextPageTemplate("one"), PageBreak()]
    story += [
        Paragraph("Welcome", h1),
        Paragraph("Dear guest,", body),
        Paragraph("Welcome to The Claremont Sands. Whether you are here for the Illuminations, a show at the Winter "
                  "Gardens, a conference or simply the sea air, we are delighted to have you with us. Our family has "
                  "looked after visitors on the North Shore since 1962, and the Claremont has been a hotel for more "
                  "than a hundred years.", body),
        Paragraph("This directory tells you everything you need to know about your stay, from breakfast times to "
                  "what to do if the fire alarm sounds, and has our tips for getting the best out of Blackpool. If "
                  "there is anything else we can do, please dial 0 and ask. Reception is staffed 24 hours a day.",
                  body),
        Paragraph("Enjoy your stay.", body),
        Paragraph("Joanne Whitworth", sign),
        Paragraph("General Manager", small),
        Spacer(1, 6),
        Paragraph("Useful numbers", h2),
        _grid([["From your room", "Dial"],
               ["Reception (24 hours)", "0"],
               ["Restaurant and room service", "220"],
               ["Housekeeping", "230"],
               ["Wake-up call", "Ask reception"],
               ["Outside line", "9, then the number"],
               ["Emergency (fire, police, ambulance)", "9, then 999"],
               ["Police, when it is not an emergency", "9, then 101"],
               ["NHS advice, when it is not an emergency", "9, then 111"]],
              [wide - 32 * mm, 32 * mm], cell, head_style=head, head_fill=GD_TEAL, line=colors.HexColor("#C9C2B2"),
              zebra=GD_SAND),
        Spacer(1, 8),
        _panel([Paragraph("<b>Check-out is by 11am.</b> If you would like a later check-out, please ask reception "
                          "the evening before: it is free until 12 noon if your room is not needed, and "
                          "\u00a315 an hour after that.", _style("pn", "Helvetica", 8, leading=10.4, color=GD_TEAL))],
               wide, fill=GD_SAND, border=GD_TEAL, pad=7),
        NextPageTemplate("two"), PageBreak(),
        Paragraph("A to Z of your stay", h1),
        Paragraph("A", letter),
        *entry("Accessibility", "We have two accessible rooms on the ground floor, a lift to every floor and a "
               "portable hearing loop at reception. Please tell us if you need help leaving the building in an "
               "emergency so that we can make a plan with you."),
        Paragraph("B", letter),
        *entry("Bar", "The Marine Bar is open from 12 noon to midnight for residents and their guests. Last orders "
               "at 11.30pm."),
        *entry("Breakfast", "Served in the Sands Restaurant from 7.30am to 10am (8am to 10.30am on Sundays). A "
               "continental breakfast can be brought to your room: hang the card on your door before 2am."),
        Paragraph("C", letter),
        *entry("Car park", "Our car park behind the hotel has 18 spaces, on a first come, first served basis, at "
               "\u00a38 a day. Please leave your key at reception if you park across another car."),
        *entry("Cots and high chairs", "Free of charge; please ask reception."),
        Paragraph("D", letter),
        *entry("Doctor and chemist", "For urgent medical advice call NHS 111. The nearest pharmacy is on Red Bank "
               "Road, Bispham, 10 minutes\u2019 walk; Blackpool Victoria Hospital is 3 miles away."),
        *entry("Do not disturb", "Hang the sign on your door and housekeeping will not come in. If the sign is "
               "still up at 3pm we will ring to check all is well."),
        Paragraph("F", letter),
        *entry("Fire", "Please read the fire procedure on page 7 and the notice on the back of your door, and find "
               "your nearest exit when you arrive. The alarm is tested every Monday at 11am."),
        Paragraph("I", letter),
        *entry("Illuminations", "The lights are switched on from the end of August to the first week of "
               "January. The best way to see them is from an open-top tram; see Trams."),
        *entry("Iron and ironing board", "In your wardrobe. A trouser press is available on request."),
        Paragraph("L", letter),
        *entry("Late arrival", "The front door is locked from midnight to 6am. Your key card opens it; otherwise "
               "ring the bell and the night porter will let you in."),
        *entry("Lost property", "Handed in items are kept for three months. Please contact reception with a "
               "description and your dates."),
        Paragraph("N", letter),
        *entry("Newspapers", "Order at reception the night before; they are charged to your room."),
        *entry("Nights out", "Blackpool on a Friday or Saturday night is one of the liveliest places in Britain, "
               "and most of our guests come back with nothing but happy memories. A taxi from the town centre "
               "costs about \u00a312; the last tram north leaves North Pier at about 11.15pm.",
               "Operation Promenade is Lancashire Constabulary\u2019s summer operation in the town centre and "
               "along the Golden Mile, now in its third year. Every Friday and Saturday night from May until the "
               "Illuminations end, extra officers patrol on foot between Talbot Square and Central Pier, Blackpool "
               "Council\u2019s CCTV operators watch the streets with them from the council\u2019s control room, and "
               "the council\u2019s Safe Hub in the old tram shelter on Talbot Square, staffed by its town centre "
               "wardens, looks after anyone who is hurt, unwell, lost or separated from their friends until they "
               "can get home safely. The force says violent crime in the town centre on those nights fell by a "
               "fifth last summer and that the Safe Hub looked after more than 900 people.",
               "If you are worried about someone, or about yourself, any officer or warden will help."),
        Paragraph("P", letter),
        *entry("Pets", "Well-behaved dogs are welcome in our ground floor rooms at \u00a315 a night. Please do not "
               "leave your dog alone in the room."),
        Paragraph("R", letter),
        *entry("Room service", "From 12 noon to 10pm; see the menu on your desk. Dial 220."),
        Paragraph("S", letter),
        *entry("Safe", "There is a safe in your wardrobe: the instructions are on the door. The hotel cannot "
               "accept responsibility for valuables not left in the safe or with reception."),
        *entry("Smoking", "All our rooms are non-smoking, including vaping. Smoking in a room incurs a cleaning "
               "charge of \u00a3150. You are welcome to smoke on the front terrace."),
        Paragraph("T", letter),
        *entry("Taxis", "Reception will happily book a licensed taxi for you. Only get into a private hire car "
               "that you have booked."),
        *entry("Trams", "The Bispham tram stop is 2 minutes from the front door. Day tickets are sold on board "
               "and at reception."),
        *entry("TV", "Channel list on the back of this directory. Freeview channel 1 is BBC One."),
        Paragraph("W", letter),
        *entry("Wi-Fi", "Free throughout the hotel. Network: ClaremontGuest. Password: on your key card "
               "wallet."),
        NextPageTemplate("one"), PageBreak(),
        Paragraph("Out and about", h1),
        _grid([["Attraction", "Distance", "Tram stop"],
               ["Blackpool Tower and Ballroom", "2\u00bd miles", "North Pier"],
               ["North Pier", "2\u00bc miles", "North Pier"],
               ["Winter Gardens", "2\u00bd miles", "North Pier"],
               ["Blackpool Zoo", "3 miles", "(bus 20 from Red Bank Road)"],
               ["Pleasure Beach", "5 miles", "Pleasure Beach"],
               ["Fleetwood Market", "5\u00bd miles", "Fleetwood Ferry"]],
              [wide - 56 * mm, 20 * mm, 36 * mm], cell, head_style=head, head_fill=GD_TEAL,
              line=colors.HexColor("#C9C2B2"), zebra=GD_SAND),
        Spacer(1, 6),
        Paragraph("Getting about", h2),
        Paragraph("The tram runs along the seafront from Starr Gate to Fleetwood every 10 to 15 minutes during the "
                  "day. Buses into town go from the stop opposite the hotel. The promenade is flat all the way "
                  "to the Tower: about 50 minutes on foot, with the sea on your right.", body),
        Paragraph("The Sandgrown Night Guardians", h2),
        Paragraph("The Sandgrown Night Guardians are a Blackpool charity whose volunteers, in navy jackets, walk "
                  "the town centre from 10pm to 4am on Friday and Saturday nights. They give out water, flip-flops "
                  "and foil blankets, help people who have had too much to drink, and stay with anyone who is on "
                  "their own until a friend or a taxi arrives. The charity was started in 2019 by people from "
                  "several local churches and now has about 60 volunteers; last year they helped 2,300 people.",
                  body),
        Paragraph("We are proud to support them: the collection box at reception goes to the Guardians, and our "
                  "kitchen sends them soup on the coldest nights.", body),
        Spacer(1, 4),
        _panel([Paragraph("<b>Shows and tickets.</b> Reception can tell you what is on at the Grand Theatre, the "
                          "Winter Gardens and the piers this week, and book tickets for you.", _style(
                              "pn2", "Helvetica", 8, leading=10.4, color=GD_TEAL))],
               wide, fill=GD_SAND, pad=7),
        PageBreak(),
        Paragraph("Fire and your safety", h1),
        Paragraph("If you discover a fire", h2),
        Paragraph("1. Sound the alarm at the nearest red call point. 2. Leave the building by the nearest exit. "
                  "3. Call 999 once you are safe, and tell reception.", body),
        Paragraph("If you hear the alarm", h2),
        Paragraph("A continuous bell means leave now. Do not stop to collect your belongings and do not use the "
                  "lift. Close your door behind you, follow the green signs and go to the assembly point on the "
                  "promenade opposite the front entrance. Do not go back in until a member of staff or the fire "
                  "and rescue service tells you it is safe.", body),
        Paragraph("First floor plan: your nearest exits", h2),
        _Drawing(wide, 42 * mm, _gd_plan),
        Spacer(1, 6),
        Paragraph("Your safety in the hotel", h2),
        Paragraph("For your security, the front door is locked from midnight and can only be opened with a key "
                  "card. CCTV covers the entrances, the car park and the public rooms, and the recordings are kept "
                  "for 30 days. Please do not let anyone you do not know into the building behind you, and do not "
                  "give your room number to anyone over the phone. In an emergency dial 9 and then 999.", body),
        PageBreak(),
        Paragraph("Eat and drink", h1),
        _grid([["Where", "When", "What"],
               ["Sands Restaurant", "Breakfast 7.30am\u201310am; dinner 6pm\u20139pm", "Lancashire dishes, fish "
                "from Fleetwood, a children\u2019s menu"],
               ["Marine Bar", "12 noon\u2013midnight", "Sandwiches, bar meals until 9pm"],
               ["Room service", "12 noon\u201310pm", "Dial 220"],
               ["Afternoon tea", "2pm\u20134.30pm daily", "Book 24 hours ahead: \u00a322.50 a person"]],
              [27 * mm, 42 * mm, wide - 69 * mm], cell, head_style=head, head_fill=GD_TEAL,
              line=colors.HexColor("#C9C2B2"), zebra=GD_SAND),
        Spacer(1, 8),
        Paragraph("TV channels", h2),
        _grid([["1 BBC One", "2 BBC Two", "3 ITV1", "4 Channel 4"],
               ["5 Channel 5", "6 ITV2", "7 BBC Three", "8 BBC Four"],
               ["9 More4", "10 Film4", "11 Dave", "12 Quest"]],
              [wide / 4] * 4, cell, line=colors.HexColor("#C9C2B2")),
        Spacer(1, 10),
        Paragraph("Thank you for staying with us", h2),
        Paragraph("We would love to know how we did. Please leave us a review, or fill in the card on your desk "
                  "and leave it at reception. We hope to see you again soon.", body),
        Spacer(1, 6),
        _panel([Paragraph("The Claremont Sands Hotel, 270 Queens Promenade, Bispham, Blackpool FY2 9HD \u00b7 "
                          "01632 960 512 \u00b7 stay@claremontsands.co.uk", small),
                Paragraph("Claremont Sands Hotels Ltd, registered in England no. 07214563. Prices correct at the "
                          "time of printing (March 2026) and may change.", small)], wide, fill=GD_SAND, pad=6),
    ]
    doc.build(story)


# ================================================================== 2. A video doorbell's user manual (PDF)

UM_INK = colors.HexColor("#1F2328")
UM_BLUE = colors.HexColor("#1769AA")
UM_PALE = colors.HexColor("#EEF3F8")
UM_AMBER = colors.HexColor("#F2A900")
UM_GREY = colors.HexColor("#6A737D")
UM_FILE = "doorwise-dw2-video-doorbell-user-manual-issue-3.pdf"


def _um_doorbell(canvas, x, y, scale=1.0, fill=True):
    """The doorbell seen from the front: a rounded body, a lens and a ring button."""
    w, h = 24 * mm * scale, 62 * mm * scale
    canvas.setLineWidth(1.2 * scale)
    canvas.setStrokeColor(UM_INK)
    canvas.setFillColor(colors.HexColor("#2E3338") if fill else colors.white)
    canvas.roundRect(x, y, w, h, 8 * mm * scale, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#0B0D10") if fill else colors.white)
    canvas.circle(x + w / 2, y + h - 12 * mm * scale, 5 * mm * scale, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#5E7FA3") if fill else colors.white)
    canvas.circle(x + w / 2, y + h - 12 * mm * scale, 2 * mm * scale, stroke=0 if fill else 1, fill=1)
    canvas.setStrokeColor(colors.HexColor("#6FC3FF") if fill else UM_INK)
    canvas.setLineWidth(1.6 * scale)
    canvas.circle(x + w / 2, y + 14 * mm * scale, 6.5 * mm * scale, stroke=1, fill=0)
    canvas.setStrokeColor(UM_INK)


def _um_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setFillColor(UM_INK)
        canvas.setFont("Helvetica-Bold", 22)
        canvas.drawString(14 * mm, height - 26 * mm, "doorwise")
        canvas.setFillColor(UM_BLUE)
        canvas.circle(14 * mm + canvas.stringWidth("doorwise", "Helvetica-Bold", 22) + 2.5 * mm,
                      height - 25.2 * mm, 1.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(UM_INK)
        canvas.setFont("Helvetica", 17)
        canvas.drawString(14 * mm, height - 44 * mm, "DW2 Video Doorbell")
        canvas.setFont("Helvetica", 10)
        canvas.setFillColor(UM_GREY)
        canvas.drawString(14 * mm, height - 51 * mm, "Battery or wired \u00b7 1080p HD \u00b7 Two-way talk")
        _um_doorbell(canvas, width / 2 - 18 * mm, 62 * mm, scale=1.5)
        canvas.setFillColor(UM_INK)
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(14 * mm, 40 * mm, "User Manual")
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(UM_GREY)
        canvas.drawString(14 * mm, 34 * mm, "Model DW2-B \u00b7 Issue 3 \u00b7 January 2026")
        canvas.drawString(14 * mm, 22 * mm, "Read this manual before you install your doorbell,")
        canvas.drawString(14 * mm, 18 * mm, "and keep it for future reference.")
        canvas.setStrokeColor(UM_INK)
        canvas.setLineWidth(0.8)
        canvas.rect(width - 38 * mm, 16 * mm, 24 * mm, 10 * mm, stroke=1, fill=0)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.setFillColor(UM_INK)
        canvas.drawCentredString(width - 26 * mm, 19.5 * mm, "UK CA")
        canvas.setFillColor(UM_BLUE)
        canvas.rect(0, 0, width, 5 * mm, stroke=0, fill=1)
    else:
        canvas.setFillColor(UM_GREY)
        canvas.setFont("Helvetica", 6.8)
        canvas.drawString(12 * mm, height - 9 * mm, "DW2 Video Doorbell \u00b7 User Manual")
        canvas.setStrokeColor(colors.HexColor("#D0D7DE"))
        canvas.setLineWidth(0.5)
        canvas.line(12 * mm, height - 10.5 * mm, width - 12 * mm, height - 10.5 * mm)
        canvas.setFillColor(UM_BLUE)
        canvas.rect(width - 22 * mm, 6 * mm, 10 * mm, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawCentredString(width - 17 * mm, 8 * mm, "%d" % page)
        canvas.setFillColor(UM_GREY)
        canvas.setFont("Helvetica", 6.4)
        canvas.drawString(12 * mm, 8 * mm, "EN")
    canvas.restoreState()


def _um_box_contents(canvas, width, height):
    """What's in the box: seven drawn items with letters."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    items = [("A", 0), ("B", 1), ("C", 2), ("D", 3), ("E", 4), ("F", 5), ("G", 6)]
    cell = width / 7
    for letter, i in items:
        cx = cell * i + cell / 2
        canvas.setStrokeColor(UM_INK)
        canvas.setLineWidth(0.8)
        if letter == "A":
            _um_doorbell(canvas, cx - 5 * mm, 8 * mm, scale=0.42)
        elif letter == "B":
            canvas.roundRect(cx - 5 * mm, 8 * mm, 10 * mm, 26 * mm, 3 * mm, stroke=1, fill=0)
            canvas.circle(cx, 28 * mm, 1 * mm, stroke=1, fill=0)
            canvas.circle(cx, 14 * mm, 1 * mm, stroke=1, fill=0)
        elif letter == "C":
            path = canvas.beginPath()
            path.moveTo(cx - 5 * mm, 8 * mm)
            path.lineTo(cx + 5 * mm, 8 * mm)
            path.lineTo(cx + 5 * mm, 34 * mm)
            path.lineTo(cx - 1 * mm, 34 * mm)
            path.close()
            canvas.drawPath(path, stroke=1, fill=0)
        elif letter == "D":
            for k in range(3):
                canvas.line(cx - 4 * mm + k * 4 * mm, 10 * mm, cx - 4 * mm + k * 4 * mm, 28 * mm)
                canvas.line(cx - 5.5 * mm + k * 4 * mm, 28 * mm, cx - 2.5 * mm + k * 4 * mm, 28 * mm)
        elif letter == "E":
            canvas.roundRect(cx - 7 * mm, 12 * mm, 14 * mm, 18 * mm, 2 * mm, stroke=1, fill=0)
            for k in range(4):
                canvas.line(cx - 4 * mm, 16 * mm + k * 3 * mm, cx + 4 * mm, 16 * mm + k * 3 * mm)
        elif letter == "F":
            path = canvas.beginPath()
            path.moveTo(cx - 2 * mm, 34 * mm)
            path.curveTo(cx - 8 * mm, 24 * mm, cx + 8 * mm, 18 * mm, cx + 2 * mm, 8 * mm)
            canvas.drawPath(path, stroke=1, fill=0)
            canvas.rect(cx - 3 * mm, 32 * mm, 3 * mm, 4 * mm, stroke=1, fill=0)
        else:
            canvas.line(cx, 10 * mm, cx, 30 * mm)
            canvas.rect(cx - 2 * mm, 22 * mm, 4 * mm, 12 * mm, stroke=1, fill=0)
        canvas.setFillColor(UM_BLUE)
        canvas.circle(cx, 2.5 * mm, 2.4 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.drawCentredString(cx, 1.4 * mm, letter)
    canvas.restoreState()


def _um_step_picture(kind):
    def paint(canvas, width, height):
        canvas.saveState()
        canvas.setStrokeColor(UM_INK)
        canvas.setLineWidth(0.8)
        canvas.setFillColor(UM_PALE)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        cx = width / 2
        if kind == "charge":
            _um_doorbell(canvas, cx - 10 * mm, 4 * mm, scale=0.36, fill=False)
            canvas.line(cx - 5.6 * mm, 4 * mm, cx - 5.6 * mm, 1 * mm)
            canvas.line(cx - 5.6 * mm, 1 * mm, cx + 12 * mm, 1 * mm)
            canvas.rect(cx + 12 * mm, 0, 6 * mm, 4 * mm, stroke=1, fill=0)
            canvas.setFillColor(UM_AMBER)
            canvas.circle(cx - 5.6 * mm, 10 * mm, 1 * mm, stroke=0, fill=1)
        elif kind == "height":
            canvas.line(4 * mm, 2 * mm, width - 4 * mm, 2 * mm)
            canvas.rect(cx - 12 * mm, 2 * mm, 10 * mm, height - 6 * mm, stroke=1, fill=0)
            canvas.setStrokeColor(UM_BLUE)
            canvas.line(cx + 6 * mm, 2 * mm, cx + 6 * mm, height - 8 * mm)
            canvas.line(cx + 4 * mm, height - 8 * mm, cx + 8 * mm, height - 8 * mm)
            canvas.setFillColor(UM_BLUE)
            canvas.setFont("Helvetica-Bold", 6.5)
            canvas.drawString(cx + 9 * mm, height / 2, "1.2 m")
            canvas.setFillColor(colors.white)
            canvas.roundRect(cx + 4 * mm, height - 12 * mm, 4 * mm, 8 * mm, 1.5 * mm, stroke=1, fill=1)
        elif kind == "drill":
            canvas.rect(cx - 4 * mm, 3 * mm, 8 * mm, height - 8 * mm, stroke=1, fill=0)
            for y in (8 * mm, height - 10 * mm):
                canvas.circle(cx, y, 1 * mm, stroke=1, fill=0)
                canvas.setStrokeColor(UM_BLUE)
                canvas.line(cx + 3 * mm, y, cx + 14 * mm, y)
                canvas.setStrokeColor(UM_INK)
        elif kind == "attach":
            canvas.rect(cx - 4 * mm, 3 * mm, 8 * mm, height - 8 * mm, stroke=1, fill=0)
            canvas.setStrokeColor(UM_BLUE)
            canvas.line(cx, height - 3 * mm, cx, height - 1 * mm)
            path = canvas.beginPath()
            path.moveTo(cx - 2 * mm, height - 3 * mm)
            path.lineTo(cx, height - 5 * mm)
            path.lineTo(cx + 2 * mm, height - 3 * mm)
            canvas.drawPath(path, stroke=1, fill=0)
        elif kind == "screw":
            canvas.roundRect(cx - 4 * mm, 5 * mm, 8 * mm, height - 10 * mm, 2.5 * mm, stroke=1, fill=0)
            canvas.setStrokeColor(UM_BLUE)
            canvas.line(cx, 1 * mm, cx, 5 * mm)
            canvas.line(cx - 1.5 * mm, 1 * mm, cx + 1.5 * mm, 1 * mm)
        else:
            canvas.roundRect(cx - 8 * mm, 2 * mm, 16 * mm, height - 4 * mm, 2 * mm, stroke=1, fill=0)
            canvas.setFillColor(UM_BLUE)
            canvas.rect(cx - 6 * mm, 6 * mm, 12 * mm, height - 14 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 5)
            canvas.drawCentredString(cx, height / 2, "+ Add device")
        canvas.restoreState()
    return paint


def user_manual(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / UM_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=15 * mm, title="DW2 Video Doorbell \u2013 User Manual",
                          author="Doorwise Technology Ltd", subject="User manual, model DW2-B, issue 3",
                          creator="Doorwise Technology Ltd", invariant=1)
    wide = width - 2 * margin
    frame = Frame(margin, 15 * mm, wide, height - 28 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 8 * mm, wide, 6 * mm, id="c")], onPage=_um_page),
                          PageTemplate("inner", [frame], onPage=_um_page)])
    h1 = _style("h1", "Helvetica-Bold", 14, leading=17, color=UM_INK, after=6)
    h2 = _style("h2", "Helvetica-Bold", 9, leading=11.5, color=UM_BLUE, before=5, after=2)
    body = _style("b", "Helvetica", 8.2, leading=10.8, after=4)
    bullet = _style("bl", "Helvetica", 8.0, leading=10.4, after=2, left=9, first=-7)
    step_no = _style("sn", "Helvetica-Bold", 14, leading=16, color=UM_BLUE)
    step = _style("st", "Helvetica", 8.0, leading=10.4, after=0)
    cell = _style("c", "Helvetica", 7.4, leading=9.3)
    cell_b = _style("cb", "Helvetica-Bold", 7.4, leading=9.3)
    head = _style("hd", "Helvetica-Bold", 7.4, leading=9.2, color=colors.white)
    small = _style("sm", "Helvetica", 6.8, leading=8.7, color=UM_GREY, after=3)
    warn = _style("w", "Helvetica", 7.8, leading=10.2, after=2, left=9, first=-7)
    boxed = _style("bx", "Helvetica", 8.0, leading=10.6, after=4)
    boxed_h = _style("bxh", "Helvetica-Bold", 9.2, leading=11.5, color=UM_BLUE, after=3)

    def steps(rows):
        data = []
        for number, text, kind in rows:
            data.append([Paragraph(str(number), step_no), Paragraph(text, step),
                         _Drawing(36 * mm, 22 * mm, _um_step_picture(kind))])
        table = Table(data, colWidths=[9 * mm, wide - 47 * mm, 38 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#D0D7DE")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    story = [NextPageTemplate("inner"), PageBreak()]
    story += [
        Paragraph("Contents", h1),
        _grid([["In the box", "2"], ["Important safety information", "3"], ["Installing your doorbell", "4"],
               ["Setting up the app", "5"], ["Lights and troubleshooting", "6"],
               ["Sharing a clip with the police", "7"], ["Specifications, warranty and disposal", "8"]],
              [wide - 14 * mm, 14 * mm], cell, line=colors.HexColor("#D0D7DE"), inner=False),
        Spacer(1, 10),
        Paragraph("In the box", h1),
        _Drawing(wide, 38 * mm, _um_box_contents),
        Spacer(1, 4),
        _grid([["A", "DW2 Video Doorbell (battery fitted)", "E", "Plug-in chime"],
               ["B", "Mounting plate", "F", "USB-C charging cable"],
               ["C", "15\u00b0 corner wedge", "G", "Security screwdriver"],
               ["D", "Screws and wall plugs (\u00d74)", "", ""]],
              [7 * mm, wide / 2 - 7 * mm, 7 * mm, wide / 2 - 7 * mm], cell, line=None),
        Spacer(1, 6),
        Paragraph("You will also need a drill with a 6 mm masonry bit (for brick) or a 2 mm wood bit (for a "
                  "wooden frame), a pencil, your home Wi-Fi name and password, and a smartphone with the Doorwise "
                  "app.", body),
        PageBreak(),
        Paragraph("Important safety information", h1),
        _panel([Paragraph("WARNING", _style("wh", "Helvetica-Bold", 9, leading=11, color=UM_INK, after=3)),
                Paragraph("\u2022 This product contains a rechargeable lithium-ion battery. Do not open, crush, "
                          "puncture or heat it, and do not charge it if the case is damaged.", warn),
                Paragraph("\u2022 Charge only with the cable supplied and a USB power adapter marked 5V 2A.", warn),
                Paragraph("\u2022 Connecting the doorbell to existing doorbell wiring (8\u201324V AC) must be done "
                          "by a competent person. Never connect it to mains electricity.", warn),
                Paragraph("\u2022 Keep small parts and the screws away from children under 3.", warn),
                Paragraph("\u2022 Operating temperature -20\u00b0C to +50\u00b0C. The battery charges more slowly "
                          "below 0\u00b0C.", warn)],
               wide, fill=colors.HexColor("#FFF6DA"), border=UM_AMBER, pad=7),
        Spacer(1, 6),
        Paragraph("Your camera and the law", h2),
        Paragraph("If your doorbell records images or sound beyond the boundary of your property, for example "
                  "the pavement, the street or a neighbour\u2019s garden, data protection law may apply to you. You "
                  "should have a good reason for recording, tell people that recording is taking place (a sticker "
                  "is supplied), keep recordings no longer than you need them, and be ready to give a copy to "
                  "anyone who is recorded and asks for it. Use the privacy zones in the app to block out areas "
                  "you do not need to see.", body),
        Paragraph("Radio equipment", h2),
        Paragraph("Hereby, Doorwise Technology Ltd declares that the radio equipment type DW2-B is in compliance "
                  "with the Radio Equipment Regulations 2017. The full text of the UK declaration of conformity is "
                  "available at doorwise.co.uk/doc.", body),
        PageBreak(),
        Paragraph("Installing your doorbell", h1),
        Paragraph("Allow about 30 minutes. If you are replacing a wired doorbell, turn off the power to your "
                  "doorbell transformer before you start.", body),
        steps([(1, "<b>Charge the battery fully</b> before fitting (about 6 hours). The light on the front turns "
                   "solid blue when the battery is full.", "charge"),
               (2, "<b>Choose the position.</b> Hold the doorbell against the wall at about 1.2 m from the ground, "
                   "beside the door handle. Use the corner wedge (C) if the door is set back.", "height"),
               (3, "<b>Mark and drill.</b> Hold the mounting plate (B) level, mark the two holes, drill them and "
                   "push in the wall plugs.", "drill"),
               (4, "<b>Fix the plate</b> with two screws. Do not overtighten.", "attach"),
               (5, "<b>Clip the doorbell on</b> from the top, then fit the security screw in the bottom with the "
                   "screwdriver (G).", "screw"),
               (6, "<b>Plug in the chime</b> (E) in a room where you will hear it, then go to \u2018Setting up "
                   "the app\u2019.", "app")]),
        PageBreak(),
        Paragraph("Setting up the app", h1),
        Paragraph("1. Download the Doorwise app from the App Store or Google Play and create an account.", bullet),
        Paragraph("2. Tap <b>+ Add device</b>, choose <b>DW2 Video Doorbell</b> and scan the QR code on the back "
                  "of the doorbell.", bullet),
        Paragraph("3. Press the button on the doorbell until the light flashes white, then choose your Wi-Fi "
                  "network (2.4 GHz only) and enter the password.", bullet),
        Paragraph("4. Give your doorbell a name (for example, Front door) and press the button to test it.",
                  bullet),
        Spacer(1, 4),
        Paragraph("Motion zones and privacy zones", h2),
        Paragraph("Draw motion zones over the parts of the picture where you want to be told about movement, "
                  "such as your path and drive, and privacy zones over anything you do not want to record, such "
                  "as the pavement or your neighbour\u2019s window. Privacy zones are blacked out in every "
                  "recording.", body),
        Paragraph("Recordings", h2),
        Paragraph("Without a subscription you can watch live and see the last 24 hours of events. Doorwise Plus "
                  "(\u00a32.99 a month) keeps clips for 30 days and lets you download them. Clips are encrypted "
                  "and stored in the UK.", body),
        PageBreak(),
        Paragraph("Lights and troubleshooting", h1),
        _grid([["Light", "What it means"],
               ["Solid blue", "Fully charged, or connected and working"],
               ["Flashing white", "Ready to set up"],
               ["Spinning white", "Connecting to Wi-Fi"],
               ["Flashing amber", "Battery low: charge within 2 days"],
               ["Solid red", "Could not connect: see below"]],
              [28 * mm, wide - 28 * mm], cell, head_style=head, head_fill=UM_INK,
              line=colors.HexColor("#D0D7DE"), zebra=UM_PALE),
        Spacer(1, 8),
        _grid([["Problem", "What to do"],
               ["The app cannot find the doorbell", "Make sure your phone is on a 2.4 GHz network and within 10 m "
                "of the doorbell during set-up. Hold the button for 15 seconds to reset and try again."],
               ["Video is slow or freezes", "Check the Wi-Fi signal in the app (Settings > Device health). "
                "A signal weaker than -70 dBm may need a Wi-Fi extender near the door."],
               ["The battery runs down quickly", "Reduce the motion sensitivity, shrink the motion zones and "
                "turn off \u2018Always record\u2019."],
               ["Too many alerts from passing cars", "Draw a smaller motion zone and turn on person "
                "detection."],
               ["The chime does not ring", "Unplug the chime, plug it back in and press the doorbell button "
                "within 30 seconds to pair it."]],
              [36 * mm, wide - 36 * mm], cell, head_style=head, head_fill=UM_INK,
              line=colors.HexColor("#D0D7DE"), zebra=UM_PALE),
        PageBreak(),
        Paragraph("Sharing a clip with the police", h1),
        Paragraph("If your doorbell records a crime, the police may ask you for the clip. Never post a clip of "
                  "a suspected crime on social media, because it could harm a court case.", body),
        Paragraph("1. In the app, open the event and tap <b>Download</b> (Doorwise Plus).", bullet),
        Paragraph("2. Note the date and time shown on the clip, and check that your doorbell\u2019s clock is "
                  "right.", bullet),
        Paragraph("3. Report the crime online or by calling 101 (999 if a crime is happening now), and give the "
                  "officer the clip in the way they ask: many forces have a secure upload link.", bullet),
        Paragraph("4. Keep the original file until the police tell you they no longer need it.", bullet),
        Spacer(1, 8),
        _panel([Paragraph("Doorwise in your community", boxed_h),
                Paragraph("Project Doorstep is Cleveland Police\u2019s burglary project with Middlesbrough Council "
                          "in North Ormesby and Brambles Farm. After a run of burglaries in 2024, the force\u2019s "
                          "neighbourhood officers and the council\u2019s community safety team knocked on every door "
                          "in fourteen streets, and the council\u2019s handyperson service fitted a free video "
                          "doorbell, a door chain and a light timer for every household that wanted them: 612 "
                          "homes in all. The force says burglaries in those streets fell from 71 in the year "
                          "before to 23 in the year after.", boxed),
                Paragraph("We supplied the DW2 doorbells for the project at cost and trained the council\u2019s "
                          "fitters. Ask your local council or neighbourhood policing team whether there is a "
                          "scheme like it where you live.", boxed)],
               wide, fill=UM_PALE, bar=UM_BLUE, pad=8),
        PageBreak(),
        Paragraph("Specifications", h1),
        _grid([["Video", "1080p HD, 160\u00b0 diagonal field of view, colour night vision"],
               ["Audio", "Two-way talk with noise reduction"],
               ["Power", "Rechargeable 6,000 mAh battery, or 8\u201324V AC doorbell wiring"],
               ["Battery life", "Up to 5 months (about 10 events a day)"],
               ["Wireless", "Wi-Fi 2.4 GHz 802.11 b/g/n; chime 433 MHz"],
               ["Weather", "IP65, -20\u00b0C to +50\u00b0C"],
               ["Size and weight", "130 \u00d7 48 \u00d7 26 mm, 210 g"]],
              [28 * mm, wide - 28 * mm], cell, line=colors.HexColor("#D0D7DE"), zebra=UM_PALE),
        Spacer(1, 6),
        Paragraph("Warranty", h2),
        Paragraph("Your doorbell is guaranteed against faults in materials and workmanship for 2 years from the "
                  "date of purchase. The guarantee does not cover damage from misuse, accidents, incorrect wiring "
                  "or the battery\u2019s normal loss of capacity. It does not affect your statutory rights.", body),
        Paragraph("Disposal", h2),
        Paragraph("The crossed-out wheelie bin means this product and its battery must not be put in household "
                  "waste. Take it to your local recycling centre, or return it to the shop where you bought it.",
                  body),
        Spacer(1, 6),
        Paragraph("Doorwise Technology Ltd, Unit 7, Kiln Farm Court, Milton Keynes MK11 3HA, United Kingdom. "
                  "Support: 01632 960 775 (Monday to Friday, 9am to 5pm) \u00b7 help@doorwise.co.uk. Registered in "
                  "England and Wales no. 10987654. Doorwise is a trade mark of Doorwise Technology Ltd. Apple and "
                  "App Store are trade marks of Apple Inc.; Google Play is a trade mark of Google LLC.", small),
        Paragraph("DW2-B-UM-EN Issue 3", small),
    ]
    doc.build(story)


# ================================================================== 3. A village horticultural society's show schedule (PDF)

SH_GREEN = colors.HexColor("#2F5D34")
SH_LEAF = colors.HexColor("#7FA34A")
SH_CREAM = colors.HexColor("#FBF7EA")
SH_RED = colors.HexColor("#B5282E")
SH_GREY = colors.HexColor("#555555")
SH_FILE = "hartfield-and-district-horticultural-society-summer-show-schedule-2026.pdf"

SH_SECTIONS = [
    ("Section A \u2013 Vegetables", "Judge: Mr K. Tester, RHS qualified judge", [
        (1, "Potatoes, white, 5"), (2, "Potatoes, coloured, 5"), (3, "Onions, 3, dressed"),
        (4, "Shallots, 6, exhibition"), (5, "Runner beans, 6 pods"), (6, "French beans, 6 pods"),
        (7, "Carrots, 3, tops trimmed to 75 mm"), (8, "Beetroot, 3, globe"), (9, "Courgettes, 2, max. 200 mm"),
        (10, "Tomatoes, 5, medium, with calyx"), (11, "Tomatoes, cherry, 10 on a plate"),
        (12, "Cucumber, 1"), (13, "Marrow, 1, heaviest (weighed on the day)"), (14, "Lettuce, 1, any variety"),
        (15, "Any other vegetable, 1 kind"), (16, "Collection of 4 kinds of vegetable, on a tray"),
        (17, "The longest runner bean"), (18, "A vegetable of unusual shape (a photograph of a face is "
                                           "permitted)")]),
    ("Section B \u2013 Fruit", "Judge: Mr K. Tester", [
        (19, "Dessert apples, 3"), (20, "Cooking apples, 3"), (21, "Plums, 5, with stalks"),
        (22, "Blackberries, 10, cultivated"), (23, "Any other fruit, one kind, on a plate")]),
    ("Section C \u2013 Flowers and pot plants", "Judge: Mrs A. Gorringe", [
        (24, "Dahlias, 3 blooms, decorative"), (25, "Dahlias, 3 blooms, cactus or semi-cactus"),
        (26, "Dahlias, 5 blooms, pompon"), (27, "Roses, 1 specimen bloom"), (28, "Roses, 3 stems, floribunda"),
        (29, "Sweet peas, 6 stems"), (30, "Gladioli, 1 spike"), (31, "Asters, 5 stems"),
        (32, "A vase of mixed garden flowers"), (33, "Fuchsia in a pot, max. 180 mm"),
        (34, "Pelargonium in a pot"), (35, "Cactus or succulent in a pot"), (36, "A foliage pot plant")]),
    ("Section D \u2013 Floral art", "Judge: Mrs J. Ellwood, NAFAS. Exhibits may include accessories. Space "
                                    "allowed 60 cm wide unless stated.", [
        (37, "\u2018Summer on the Forest\u2019, an exhibit"), (38, "\u2018Blue Lights\u2019, an exhibit, 45 cm"),
        (39, "A miniature, not to exceed 10 cm in any direction"), (40, "A buttonhole or corsage")]),
    ("Section E \u2013 Domestic", "Judge: Mrs S. Pennington. Exhibits to be covered; labels on the cover.", [
        (41, "Victoria sandwich (recipe below)"), (42, "Six cheese scones"), (43, "A fruit loaf, 1 lb"),
        (44, "Six flapjacks"), (45, "A gentleman\u2019s cake (open to men only)"),
        (46, "A jar of strawberry jam"), (47, "A jar of marmalade, any kind"), (48, "A jar of chutney"),
        (49, "A jar of lemon curd"), (50, "A bottle of wine, any kind, clear glass")]),
    ("Section F \u2013 Handicrafts", "Judge: Mrs P. Hoad. Not previously shown at this show.", [
        (51, "A knitted item"), (52, "A crocheted item"), (53, "An item of patchwork or quilting"),
        (54, "An item of embroidery or cross stitch"), (55, "An article made of wood"),
        (56, "A greetings card, handmade"), (57, "A painting or drawing, any medium")]),
    ("Section G \u2013 Photography", "Judge: Mr D. Beale, ARPS. Prints max. 15 \u00d7 20 cm, unmounted.", [
        (58, "Ashdown Forest"), (59, "Wildlife in the garden"), (60, "Blue lights"),
        (61, "Reflections"), (62, "An old photograph of Hartfield, with a caption (not judged)")]),
    ("Section H \u2013 Children", "Judge: Miss R. Wood. Age on show day. Entry free.", [
        (63, "Under 5: a face on a paper plate"), (64, "Under 5: a decorated biscuit"),
        (65, "5\u20137: a garden on a plate"), (66, "5\u20137: draw a police horse"),
        (67, "8\u201310: a model of a vehicle from junk"), (68, "8\u201310: four decorated fairy cakes"),
        (69, "11\u201315: a photograph, \u2018My village\u2019"), (70, "11\u201315: a poster, \u2018Keep your bike safe\u2019"),
        (71, "Any age: the tallest sunflower (grown at home; measured in the field)")]),
]


def _sh_page(canvas, doc):
    width, height = A5
    page = canvas.getPageNumber()
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(SH_CREAM)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.setStrokeColor(SH_GREEN)
        canvas.setLineWidth(2)
        canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm, stroke=1, fill=0)
        canvas.setLineWidth(0.6)
        canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm, stroke=1, fill=0)
        canvas.setFillColor(SH_GREEN)
        canvas.setFont("Times-Roman", 10)
        canvas.drawCentredString(width / 2, height - 24 * mm, "HARTFIELD & DISTRICT")
        canvas.drawCentredString(width / 2, height - 29 * mm, "HORTICULTURAL SOCIETY")
        canvas.setFont("Times-Italic", 11)
        canvas.drawCentredString(width / 2, height - 38 * mm, "founded 1911")
        canvas.setFont("Times-Bold", 26)
        canvas.drawCentredString(width / 2, height - 56 * mm, "SUMMER SHOW")
        canvas.setFont("Times-Roman", 13)
        canvas.drawCentredString(width / 2, height - 64 * mm, "The 112th Annual Show")
        # a rosette: petals round a disc, with two tails
        cx, cy = width / 2, 92 * mm
        canvas.setFillColor(SH_RED)
        for k in range(2):
            path = canvas.beginPath()
            x0 = cx - 9 * mm + k * 10 * mm
            path.moveTo(x0, cy - 4 * mm)
            path.lineTo(x0 + 8 * mm, cy - 4 * mm)
            path.lineTo(x0 + 8 * mm, cy - 30 * mm)
            path.lineTo(x0 + 4 * mm, cy - 26 * mm)
            path.lineTo(x0, cy - 30 * mm)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#D8474C"))
        canvas.circle(cx, cy, 17 * mm, stroke=0, fill=1)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.6)
        for r in (15, 13, 11):
            canvas.circle(cx, cy, r * mm, stroke=1, fill=0)
        canvas.setFillColor(SH_CREAM)
        canvas.circle(cx, cy, 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(SH_RED)
        canvas.setFont("Times-Bold", 9)
        canvas.drawCentredString(cx, cy + 0.5 * mm, "FIRST")
        canvas.setFont("Times-Roman", 6)
        canvas.drawCentredString(cx, cy - 3 * mm, "PRIZE")
        canvas.setFillColor(SH_GREEN)
        canvas.setFont("Times-Bold", 13)
        canvas.drawCentredString(width / 2, 46 * mm, "Saturday 15 August 2026")
        canvas.setFont("Times-Roman", 10.5)
        canvas.drawCentredString(width / 2, 40 * mm, "Village Hall & Recreation Ground, Hartfield")
        canvas.drawCentredString(width / 2, 34 * mm, "Open to the public 2pm \u00b7 Admission \u00a32, children free")
        canvas.setFont("Times-Bold", 11)
        canvas.drawCentredString(width / 2, 22 * mm, "SCHEDULE OF CLASSES")
        canvas.setFont("Times-Italic", 8.5)
        canvas.drawCentredString(width / 2, 16.5 * mm, "Entries close Thursday 13 August at 6pm")
    else:
        canvas.setFillColor(SH_GREEN)
        canvas.setFont("Times-Italic", 7.5)
        canvas.drawCentredString(width / 2, height - 9 * mm, "Hartfield & District Horticultural Society "
                                 "\u00b7 Summer Show 2026")
        canvas.setStrokeColor(SH_LEAF)
        canvas.setLineWidth(0.6)
        canvas.line(12 * mm, height - 10.5 * mm, width - 12 * mm, height - 10.5 * mm)
        canvas.setFont("Times-Roman", 8)
        canvas.drawCentredString(width / 2, 7 * mm, "\u2013 %d \u2013" % page)
    canvas.restoreState()


def show_schedule(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / SH_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=14 * mm, bottomMargin=13 * mm, title="Summer Show 2026 \u2013 Schedule",
                          author="Hartfield & District Horticultural Society", subject="Show schedule",
                          creator="Hartfield & District Horticultural Society", invariant=1)
    wide = width - 2 * margin
    gap = 5 * mm
    col = (wide - gap) / 2
    body_h = height - 27 * mm
    one = Frame(margin, 12 * mm, wide, body_h, id="one", leftPadding=0, rightPadding=0)
    left = Frame(margin, 12 * mm, col, body_h, id="l", leftPadding=0, rightPadding=0)
    right = Frame(margin + col + gap, 12 * mm, col, body_h, id="r", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(margin, 10 * mm, wide, 6 * mm, id="c")], onPage=_sh_page),
                          PageTemplate("one", [one], onPage=_sh_page),
                          PageTemplate("two", [left, right], onPage=_sh_page)])
    h1 = _style("h1", "Times-Bold", 14, leading=17, color=SH_GREEN, align=1, after=6)
    h2 = _style("h2", "Times-Bold", 10, leading=12.5, color=SH_GREEN, before=6, after=2)
    body = _style("b", "Times-Roman", 9, leading=11.4, after=4)
    centre = _style("ce", "Times-Roman", 9, leading=11.4, align=1, after=2)
    rule = _style("r", "Times-Roman", 8.3, leading=10.4, after=2.5, left=10, first=-10)
    sect = _style("se", "Times-Bold", 9.4, leading=11.4, color=colors.white)
    note = _style("no", "Times-Italic", 7.8, leading=9.6, color=SH_GREY, after=2)
    cell = _style("c", "Times-Roman", 8.2, leading=10)
    cell_b = _style("cb", "Times-Bold", 8.2, leading=10)
    small = _style("sm", "Times-Roman", 7.4, leading=9.2, color=SH_GREY, after=2)
    ad_h = _style("adh", "Helvetica-Bold", 8, leading=9.6, align=1, after=1)
    ad = _style("ad", "Helvetica", 6.8, leading=8.4, align=1, after=0)

    def section(title, judge, classes):
        head = Table([[Paragraph(title, sect)]], colWidths=[col])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SH_GREEN),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        rows = [[Paragraph(str(n), cell_b), Paragraph(text, cell)] for n, text in classes]
        table = Table(rows, colWidths=[8 * mm, col - 8 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9D3B8"))]))
        return [KeepTogether([head, Paragraph(judge, note)]), table, Spacer(1, 6)]

    def form(labels):
        table = Table([[Paragraph(label, cell_b), ""] for label in labels], colWidths=[42 * mm, wide - 42 * mm],
                      rowHeights=[7.5 * mm] * len(labels))
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.HexColor("#8A8A8A"))]))
        return table

    def entries():
        rows = [[Paragraph(t, cell_b) for t in ("Class no.", "Description", "Class no.", "Description")]]
        rows += [["", "", "", ""] for _ in range(9)]
        table = Table(rows, colWidths=[16 * mm, wide / 2 - 16 * mm, 16 * mm, wide / 2 - 16 * mm],
                      rowHeights=[6 * mm] + [7 * mm] * 9)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8A8A8A")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3EBD4")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    def advert(title, lines):
        return _panel([Paragraph(title, ad_h)] + [Paragraph(t, ad) for t in lines], col,
                      border=SH_GREY, border_width=0.5, pad=4)

    story = [NextPageTemplate("one"), PageBreak()]
    story += [
        Paragraph("Officers of the Society", h2),
        _grid([["President", "Mrs Margaret Streeter"],
               ["Chairman", "Mr Colin Funnell"],
               ["Show Secretary", "Mrs Wendy Akehurst, Rose Cottage, Church Street, Hartfield \u00b7 01632 960 208"],
               ["Treasurer", "Mr Neil Pattenden"],
               ["Committee", "Mrs H. Bourne, Mr T. Card, Mrs J. Ellwood, Mr G. Hemsley, Mrs L. Mepham, Miss R. "
                             "Wood"]],
              [26 * mm, wide - 26 * mm], cell, line=None),
        Spacer(1, 6),
        Paragraph("Show day: Saturday 15 August", h2),
        _grid([["7.30 \u2013 10.00am", "Staging of exhibits in the Village Hall"],
               ["10.30am", "Judging. The hall is closed to everyone but the judges and stewards"],
               ["2.00pm", "The show is opened by Chief Inspector Priya Raman, Wealden District Commander, Sussex "
                          "Police"],
               ["2.30pm", "Sussex Police dog display on the recreation ground, with PC Dan Mercer and police dog "
                          "Juno of the Surrey and Sussex dog unit (weather permitting)"],
               ["3.00pm", "Fun dog show (entries on the field, \u00a31 a class)"],
               ["3.30pm", "Teas in the marquee by the Hartfield W.I."],
               ["4.15pm", "Presentation of cups and trophies"],
               ["4.45pm", "Auction of produce, if donated by exhibitors"],
               ["5.00pm", "Removal of exhibits (not before)"]],
              [24 * mm, wide - 24 * mm], cell, line=colors.HexColor("#C9D3B8"), inner=False),
        Spacer(1, 6),
        Paragraph("Also on the day: tombola, plant stall, bric-a-brac, children\u2019s races at 3.15pm, and a raffle "
                  "in aid of Kent, Surrey &amp; Sussex Air Ambulance.", body),
        Paragraph("Car parking in the field off Church Street by kind permission of Mr and Mrs Hemsley, \u00a33 a "
                  "car. Please do not park on the B2110 or in Church Street: the road is narrow and Sussex Police "
                  "have asked us to keep it clear for emergency vehicles.", body),
        PageBreak(),
        Paragraph("Rules", h1),
        Paragraph("1. The show is open to all amateur gardeners and to residents of any parish. Members may enter "
                  "free; non-members pay 50p a class. Children\u2019s classes are free.", rule),
        Paragraph("2. Entries must be made on the form on the back page, or online, and reach the Show "
                  "Secretary by 6pm on Thursday 13 August. Late entries will not be accepted.", rule),
        Paragraph("3. Exhibits in Sections A to C must have been grown by the exhibitor and in his or her "
                  "possession for at least two months.", rule),
        Paragraph("4. Only one entry per class per exhibitor, except in Section H.", rule),
        Paragraph("5. Exhibits must be staged between 7.30 and 10am and may not be removed before 5pm.", rule),
        Paragraph("6. Plates and vases will be provided for Sections A, B and C; exhibitors bring their own for "
                  "other sections.", rule),
        Paragraph("7. The judges\u2019 decision is final. A judge may withhold a prize if an exhibit is not of "
                  "sufficient merit.", rule),
        Paragraph("8. Points: first 3, second 2, third 1. Prize money: first 50p, second 30p, third 20p, paid "
                  "from 4.45pm at the Treasurer\u2019s table.", rule),
        Paragraph("9. Cups are held for one year and must be returned, cleaned, to the Show Secretary by 1 "
                  "August next year. Winners are asked to have them engraved at their own expense.", rule),
        Paragraph("10. The Society will take every care of exhibits but can accept no responsibility for loss "
                  "or damage. Any objection must be made in writing to the Show Secretary before 3pm with a fee of "
                  "\u00a31, returned if the objection is upheld.", rule),
        Paragraph("11. Wine (class 50) may be entered only by exhibitors aged 18 or over.", rule),
        Paragraph("12. All measurements are the maximum allowed unless stated.", rule),
        Spacer(1, 6),
        _panel([Paragraph("<b>Victoria sandwich (class 41).</b> 4 oz each of self-raising flour, caster sugar and "
                          "soft margarine, 2 eggs. Bake in two 7-inch tins at 180\u00b0C for about 20 minutes. "
                          "Sandwich with raspberry jam. Dust the top with caster sugar.", body)],
               wide, fill=SH_CREAM, border=SH_LEAF, pad=7),
        NextPageTemplate("two"), PageBreak(),
    ]
    for title, judge, classes in SH_SECTIONS:
        story += section(title, judge, classes)
    hint = _style("hi", "Times-Roman", 8.3, leading=10.4, after=3)
    story += [
        Paragraph("Hints on showing", h2),
        Paragraph("<b>Vegetables.</b> Choose exhibits that are fresh, clean, of even size and shape, and typical "
                  "of the variety. Size is not everything: the judges prefer matching medium specimens to one "
                  "giant and two small ones.", hint),
        Paragraph("<b>Onions</b> should have their tops tied or whipped with raffia and their roots trimmed; "
                  "stage them on rings of sand or on a collar.", hint),
        Paragraph("<b>Potatoes</b> should be washed with a soft sponge, never scrubbed, and kept in the dark "
                  "until the show.", hint),
        Paragraph("<b>Flowers.</b> Cut the night before, stand them up to their necks in water in a cool place, "
                  "and label the variety if you know it.", hint),
        Paragraph("<b>Domestic.</b> Use plain jars with new lids, fill them to the top and label them with the "
                  "contents and the date made (day, month and year).", hint),
        Paragraph("Membership", h2),
        Paragraph("Membership of the Society costs £5 a year (£8 a household) and gives you free entry "
                  "to the show, 10% off at Hartfield Garden Centre, the spring plant sale and our talks in the "
                  "Village Hall on the second Tuesday of the month from October to March.", hint),
        Paragraph("Dates for your diary", h2),
        _grid([["Sat 9 May", "Spring plant sale, Village Hall, 10am"],
               ["Sat 15 Aug", "Summer Show"],
               ["Tue 13 Oct", "Talk: \u2018Dahlias from tubers\u2019, Mr G. Hemsley"],
               ["Tue 10 Nov", "Talk: \u2018Gardens of the High Weald\u2019, with slides"],
               ["Tue 8 Dec", "Christmas social and wreath-making"],
               ["Tue 9 Feb", "AGM, 7.30pm, followed by cheese and wine"],
               ["Tue 9 Mar", "Seed swap and talk: \u2018No-dig vegetables\u2019"]],
              [19 * mm, col - 19 * mm], cell, line=colors.HexColor("#C9D3B8"), inner=False),
        NextPageTemplate("one"), PageBreak(),
        Paragraph("Cups and trophies", h1),
        _grid([["Trophy", "Awarded for", "Held by (2025)"],
               ["The Streeter Challenge Cup", "Most points in the show", "Mr G. Hemsley"],
               ["The Dunk Memorial Cup", "Best exhibit in Section A. Given by his family in memory of PC Arthur "
                                         "Dunk, Hartfield\u2019s village constable from 1952 to 1979 and "
                                         "Chairman of this Society", "Mr T. Card"],
               ["The Bolebroke Rose Bowl", "Best rose in the show", "Mrs A. Gorringe"],
               ["The Forest Row Salver", "Best exhibit in Section D", "Mrs L. Mepham"],
               ["The W.I. Spoon", "Best Victoria sandwich", "Mrs S. Pennington"],
               ["The Coronation Shield", "Most points in Section E", "Mrs H. Bourne"],
               ["The Pooh Sticks Trophy", "Most points in Section H", "Alfie Hoad (age 9)"],
               ["The Gage Cup", "Best photograph", "Mr D. Beale"],
               ["Blue Riband", "Best exhibit in the show", "Mr G. Hemsley"]],
              [34 * mm, wide - 62 * mm, 28 * mm], cell, head_style=cell_b, head_fill=colors.HexColor("#E3EBD4"),
              line=colors.HexColor("#C9D3B8")),
        Spacer(1, 8),
        Paragraph("Thank you to our advertisers, who help us to keep the show free for children. Please support "
                  "them.", centre),
        Spacer(1, 4),
        Table([[advert("HARTFIELD GARDEN CENTRE", ["Plants \u00b7 Compost \u00b7 Coffee shop",
                                                   "Open 7 days \u00b7 01632 960 441"]),
                advert("R. FUNNELL & SONS", ["Family butchers since 1948", "High Street, Hartfield",
                                             "Sausages made on the premises"])],
               [advert("THE ANCHOR INN", ["Real ales \u00b7 Sunday roasts", "Show day: hog roast from 12"]),
                advert("WEALDEN LOCK & KEY", ["Locks fitted, keys cut, safes opened", "No call-out charge in "
                                                                                  "TN7 \u00b7 07700 900 318"])]],
              colWidths=[col + gap / 2, col + gap / 2],
              style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])),
        PageBreak(),
        Paragraph("Entry form", h1),
        Paragraph("Please complete and return with your fees to the Show Secretary, Rose Cottage, Church Street, "
                  "Hartfield TN7 4AG, by 6pm on Thursday 13 August, or post through her door.", centre),
        Spacer(1, 6),
        form(["Name", "Address", "", "Telephone or email", "Member? (Yes / No)", "Child\u2019s age (Section H)"]),
        Spacer(1, 6),
        entries(),
        Spacer(1, 6),
        _grid([["Number of classes (non-members) ______ \u00d7 50p = \u00a3______", "Paid: cash / cheque / "
                                                                              "bank transfer"]],
              [wide * 0.62, wide * 0.38], cell, line=None),
        Spacer(1, 8),
        Paragraph("The Society keeps your name and address only to run the show and to send you next year\u2019s "
                  "schedule. Winners\u2019 names are published in the Hartfield Parish Magazine.", small),
        Paragraph("Hartfield &amp; District Horticultural Society is affiliated to the Royal Horticultural "
                  "Society. Printed by Forest Print, Crowborough.", small),
    ]
    doc.build(story)


# ================================================================== 4. A secondary school's end-of-year report on a pupil (Word)

SR_FILE = "stirchley-park-academy-telford-year-8-end-of-year-report-maisie-cartwright-2024-25.docx"

SR_SUBJECTS = [
    ("English", "Mrs K. Adeyemi", "1", "Secure", "6", "Maisie\u2019s writing about \u2018Of Mice and Men\u2019 "
     "was thoughtful and well organised. Next step: use quotations more selectively."),
    ("Mathematics", "Mr D. Price", "2", "Developing", "6", "Maisie works hard in lessons but loses marks through "
     "careless arithmetic. Next step: check answers, especially with negative numbers."),
    ("Science", "Dr S. Lowe", "1", "Secure", "6", "An enthusiastic scientist whose practical write-ups are a "
     "model for the class. Next step: learn the key equations for forces."),
    ("History", "Mr J. Bright", "1", "Exceeding", "6", "Maisie\u2019s project on Ironbridge and the Industrial "
     "Revolution was one of the best in the year."),
    ("Geography", "Ms R. Kaur", "2", "Secure", "5", "Good fieldwork in Telford Town Park. Next step: describe "
     "graphs using figures."),
    ("French", "Mme C. Morel", "2", "Developing", "5", "Maisie understands more than she is willing to say aloud. "
     "Next step: have a go at speaking in every lesson."),
    ("Art", "Mr P. Walsh", "1", "Exceeding", "7", "Superb observational drawing; her lino print has been chosen "
     "for the summer exhibition."),
    ("Computing", "Mr A. Shah", "2", "Secure", "6", "Confident with Python loops. Next step: comment her code."),
    ("PE", "Miss H. Rowley", "1", "Secure", "6", "A reliable member of the netball team who always gives her "
     "best."),
    ("Music", "Mrs E. Glynn", "1", "Secure", "6", "Sings with confidence; a committed member of the choir."),
    ("RE and PSHE", "Mr T. Oduya", "2", "Secure", "5", "Contributes sensibly to discussions about online safety "
     "and relationships."),
]


def school_report(out: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 9.5)
    _page_setup(document, 1.6, 1.6, 1.8, 1.8)
    _heading_colours(document, "5B1F69", "Arial")
    _header_footer(document, "Stirchley Park Academy", "", "Year 8 Report \u00b7 Summer 2025",
                   "Maisie Cartwright \u00b7 8RH \u00b7 ", 3, size=7.5)

    title = _p(document, "", after=0)
    _runs(title, [("STIRCHLEY PARK ACADEMY", True, False)], size=18, colour="5B1F69")
    _p(document, "Learning together, achieving together", italic=True, size=9.5, colour="7F7F7F", after=2)
    _p(document, "End of Year Report \u2013 Year 8 \u2013 2024/25", bold=True, size=13, after=8)

    _docx_table(document, [["Pupil", "Maisie Cartwright", "Form", "8RH"],
                           ["Form tutor", "Mr R. Hussain", "Head of Year", "Mrs L. Okafor"],
                           ["Attendance", "96.1%", "Late marks", "2"],
                           ["Achievement points", "214", "Behaviour points", "3"]],
                widths=[3.4, 5.3, 3.4, 5.3], size=9, label_fill="EDE3F0")
    for row in document.tables[-1].rows:
        _fill(row.cells[2], "EDE3F0")
        row.cells[2].paragraphs[0].runs[0].bold = True
    _p(document, "", after=2)

    _box(document, ["How to read this report",
                    "Attitude to Learning (ATL): 1 = excellent, 2 = good, 3 = requires improvement, 4 = a cause "
                    "for concern.",
                    "Working at: where your child is now against our expectations for the end of Year 8 "
                    "(Exceeding, Secure, Developing or Emerging).",
                    "Target: the grade we expect your child to reach by the end of Year 11 (GCSE grades 9 to 1)."],
         "F4F4F4", size=8.5, width_cm=17.4)

    document.add_heading("Subject reports", level=2)
    rows = [["Subject", "Teacher", "ATL", "Working at", "Target", "Comment"]]
    rows += [list(subject) for subject in SR_SUBJECTS]
    table = _docx_table(document, rows, widths=[2.4, 2.6, 1.0, 1.9, 1.3, 8.2], size=8.5, head_fill="5B1F69",
                        head_colour="FFFFFF")
    _p(document, "", after=4)

    document.add_heading("Wider achievements", level=2)
    wider = document.add_table(rows=1, cols=2)
    wider.style = "Table Grid"
    left, right = wider.rows[0].cells
    _fill(left, "F4F4F4")
    _cell_paras(left, [[("Clubs and teams", True, False)], "Netball (Year 8 team)", "Junior choir",
                       "Art club (Thursday)", [("Awards", True, False)], "Head of Year\u2019s award, spring term",
                       "100% homework, summer term", [("Trips", True, False)],
                       "Ironbridge Gorge museums (History)", "Carding Mill Valley (Geography)"], size=8.5)
    _fill(right, "EDE3F0")
    _cell_paras(right, [
        [("Enrichment: Speed Squad", True, False)],
        "Maisie was one of twelve Year 8 pupils chosen for Speed Squad this year.",
        "Speed Squad is West Mercia Police\u2019s road safety project with Telford & Wrekin Council for Year 8 "
        "pupils in Telford schools. Once a week in the spring term, officers from the force\u2019s Safer Roads "
        "team and the council\u2019s road safety officers take a group of pupils out to the roads around their "
        "school with a speed detection device. Drivers caught speeding are stopped and given the choice of a "
        "fine or a talk with the pupils, who have written letters explaining why the road matters to them. "
        "The council has since painted new 20mph markings and put in a speed sign on Stirchley Avenue, and the "
        "force says the average speed outside our gates at home time has fallen from 31mph to 24mph.",
        "Maisie wrote one of the letters and read it to drivers herself. She is now helping to train next "
        "year\u2019s squad."], size=8.5)
    left.width, right.width = Cm(6.2), Cm(11.2)
    _p(document, "", after=4)

    document.add_heading("Form tutor\u2019s comment", level=2)
    _p(document, "Maisie has had an excellent year. She is kind, organised and always on time, and other pupils "
       "trust her. She has grown in confidence, especially since taking part in Speed Squad, and I would love "
       "to see her bring that confidence into her French and maths lessons. She should be very proud of her "
       "achievement points. Well done, Maisie. \u2013 Mr R. Hussain", after=6)
    document.add_heading("Head of Year\u2019s comment", level=2)
    _p(document, "A lovely report that shows Maisie\u2019s hard work across the curriculum. Next year she will "
       "choose her options: I would encourage her to think seriously about Art and History. \u2013 Mrs L. "
       "Okafor", after=6)
    document.add_heading("Principal", level=2)
    _p(document, "Thank you, Maisie, for a year of real effort and kindness. Have a restful summer. \u2013 Mr G. "
       "Brennan, Principal", after=10)

    _p(document, "\u2702 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 "
       "\u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013",
       colour="7F7F7F", after=4)
    _p(document, "Parent / carer reply slip \u2013 please return to your child\u2019s form tutor by Friday 18 July",
       bold=True, after=4)
    _docx_table(document, [["Pupil name", "", "Form", ""],
                           ["I have read this report", "\u2610", "I would like to speak to a teacher", "\u2610"],
                           ["Comments", "", "", ""],
                           ["Signed", "", "Date", ""]],
                widths=[4.2, 4.5, 4.5, 4.2], size=9, label_fill="EDE3F0")
    comments = document.tables[-1].rows[2]
    comments.cells[1].merge(comments.cells[3])
    comments.height = Cm(2.0)
    _p(document, "", after=4)
    _p(document, "Stirchley Park Academy, Grange Avenue, Stirchley, Telford TF3 1FA \u00b7 01632 960 390 \u00b7 "
       "office@stirchleypark.org.uk. Part of the Severn Gorge Learning Trust, a charitable company limited by "
       "guarantee registered in England and Wales no. 08123456.", size=7.5, colour="7F7F7F", after=0)
    _save_docx(document, out / SR_FILE, "Year 8 End of Year Report 2024/25 \u2013 Maisie Cartwright",
               "Stirchley Park Academy")


# ================================================================== 5. An employer's character reference for a sentencing court (Word)

CR_FILE = "bevan-and-daughter-motors-character-reference-kieran-pritchard-newport-magistrates-court.docx"


def character_reference(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    _normal(document, "Calibri", 11)
    _page_setup(document, 1.5, 2.0, 2.5, 2.5)
    section = document.sections[0]

    # the garage's letterhead, in the header as a small business's Word template has it
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _runs(head, [("BEVAN & DAUGHTER MOTORS", True, False)], size=16, colour="B22222")
    line = section.header.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _runs(line, [("MOT Testing \u00b7 Servicing \u00b7 Repairs \u00b7 Tyres", False, False)], size=9, colour="404040")
    address = section.header.add_paragraph()
    address.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _runs(address, [("Unit 4, Docks Way Trading Estate, Newport NP20 2NW \u00b7 01632 960 448 \u00b7 "
                     "carys@bevananddaughter.co.uk", False, False)], size=8.5, colour="404040")
    # a red rule under the letterhead, as a paragraph border
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "4"), ("w:color", "B22222")):
        bottom.set(qn(key), value)
    border.append(bottom)
    address._p.get_or_add_pPr().append(border)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _runs(foot, [("Bevan & Daughter Motors is a trading name of C. Bevan Motors Ltd, registered in Wales no. "
                  "11452870. VAT no. 312 8841 06. DVSA authorised MOT test station.", False, False)], size=7.5,
          colour="7F7F7F")

    _p(document, "", after=6)
    _p(document, "2 March 2026", after=12)
    for text in ("The Legal Adviser", "Newport Magistrates\u2019 Court", "Faulkner Road", "Newport"):
        _p(document, text, after=0)
    _p(document, "", after=6)
    _p(document, "Dear Sir or Madam,", after=10)
    subject = _p(document, "", after=10)
    _runs(subject, [("Re: Kieran Pritchard (date of birth 14 June 2001) \u2013 character reference", True, False)])
    subject.runs[0].underline = True

    paragraphs = [
        "My name is Carys Bevan. I am the owner and manager of Bevan & Daughter Motors, a garage in Newport "
        "which my father started in 1987 and which now employs seven people. I am a DVSA authorised examiner. I "
        "have no criminal convictions. I am writing this reference for the court at Kieran\u2019s request, and I "
        "understand that it will be read by the magistrates.",
        "Kieran has shown me the summary of the case against him and has told me himself what happened. I know "
        "that he has pleaded guilty to affray outside a bar on Cambrian Road on 18 October 2025, and that a "
        "man was hurt. He told me about it the following Monday, before the police had been in touch with him, "
        "and he has never tried to make excuses to me for what he did. I do not write this letter to excuse it "
        "either.",
        "I have known Kieran for just over four years. I first met him in January 2022, when he came to the "
        "garage on a placement through Drive Forward.",
        "Drive Forward is a scheme run by Gwent Police and Newport City Council\u2019s youth service for young "
        "people aged 17 to 24 who have been caught driving without a licence or insurance. Instead of going "
        "straight to court, they are offered a place on a twelve-week course: one evening a week with the "
        "force\u2019s roads policing officers, learning about the law, crashes and what happens to the people "
        "involved, and two days a week on a placement at a local garage, arranged by the council\u2019s youth "
        "workers, who also help them to apply for a provisional licence and pay for their first lessons. Since "
        "it started in 2019 more than 140 young people have been through it, and the force told the garages "
        "that take part last year that fewer than one in ten had been caught driving without a licence again. "
        "We have taken a placement from the scheme every year since it began.",
        "Kieran was the best of them. At the end of his twelve weeks I offered him an apprenticeship, which he "
        "finished in 2024 with a Level 3 qualification in light vehicle maintenance and repair, and he is now "
        "one of my two technicians. In four years he has been late twice and has not had a day off sick that I "
        "did not believe. Customers ask for him by name. He trains our current apprentice, and on Saturday "
        "mornings he services the vans of the Maindee food bank free of charge, which he arranged himself.",
        "The man I know is patient, honest and hard-working, and the behaviour described in court is not the "
        "Kieran I see every day. He has told me that he had been drinking heavily since his grandmother died in "
        "the summer, which I knew nothing about at the time. Since October he has stopped drinking, and with "
        "our agreement he has been leaving early on Thursdays to attend counselling.",
        "If the court felt able to pass a sentence that allowed Kieran to keep working, his job will remain "
        "open to him, and I would be willing to change his hours to fit around any unpaid work or appointments "
        "that the court requires. If it would help the court, I am willing to attend the hearing.",
        "The contents of this letter are true to the best of my knowledge and belief.",
    ]
    for text in paragraphs:
        paragraph = _p(document, text, after=8)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _p(document, "Yours faithfully,", after=30)
    _p(document, "Carys Bevan", bold=True, after=0)
    _p(document, "Owner and Manager, Bevan & Daughter Motors", after=0)
    _p(document, "07700 900 526 (mobile)", after=0)
    _save_docx(document, out / CR_FILE, "Character reference \u2013 Kieran Pritchard", "Carys Bevan")


# ================================================================== 6. A seller's completed property information form (Word)

PF_FILE = "property-information-form-ta6-14-kingfisher-row-sneinton-nottingham.docx"

PF_YES, PF_NO = "\u2612 Yes   \u2610 No", "\u2610 Yes   \u2612 No"

PF_SECTIONS = [
    ("1", "Boundaries", [
        ("1.1", "Looking at the property from the road, who owns or accepts responsibility to maintain or repair "
                "the boundary features?", "Left: seller. Right: neighbour (no. 16). Rear: shared wall with the "
                                          "alley; see 8.1.", None),
        ("1.2", "Have any boundary features been moved in the last 10 years?", "", PF_NO),
    ]),
    ("2", "Disputes and complaints", [
        ("2.1", "Have there been any disputes or complaints regarding this property or a property nearby?",
         ["Yes, about the alley (jitty) that runs behind Kingfisher Row. In 2023 it was used for drug dealing "
          "and people sleeping, there were two fires in the bins, and our back gate was forced. We and our "
          "neighbours complained many times to the council and reported it to the police. This is now "
          "resolved: see 2.2. There have been no disputes with any neighbour."], PF_YES),
        ("2.2", "Is the seller aware of anything which might lead to a dispute about the property or a property "
                "nearby?",
         ["No. For the buyer\u2019s information, this is what was done about the alley:",
          "Operation Kestrel was Nottinghamshire Police\u2019s operation with Nottingham City Council against "
          "drug dealing and anti-social behaviour in the alleys of west Sneinton in 2023 and 2024. The "
          "force\u2019s neighbourhood team and the council\u2019s community protection officers patrolled the "
          "alleys together most evenings, the force closed two houses that were being used for dealing with "
          "closure orders, and the council put lockable gates at both ends of eight alleys, including ours, "
          "with a key for every house. Since the gates went in (April 2024) we have had no trouble at all.",
          "The Jitty Garden is the Kingfisher Row Residents\u2019 Group\u2019s own project in our alley since "
          "it was gated. The residents cleared out the rubbish, laid gravel, built raised beds and benches from "
          "old scaffold boards, and hold a clean-up on the first Sunday of every month followed by tea, with a "
          "street party in the summer. The group keeps the register of gate keys. About thirty of the forty "
          "houses take part. The buyer will be invited to join (optional; \u00a35 a year)."], PF_NO),
    ]),
    ("3", "Notices and proposals", [
        ("3.1", "Have any notices or correspondence been received or sent which affect the property or a "
                "property nearby?",
         ["Yes: Nottingham City Council\u2019s letter of 4 March 2024 about the gating order for the alley, "
          "and its letter of 2 April 2024 with our key. Copies enclosed."], PF_YES),
        ("3.2", "Is the seller aware of any proposals to develop property or land nearby, or of any proposals "
                "to make alterations to buildings nearby?", "", PF_NO),
    ]),
    ("4", "Alterations, planning and building control", [
        ("4.1", "Have any of the following changes been made to the whole or any part of the property?",
         ["Rear single-storey kitchen extension (2018). Building regulations completion certificate "
          "enclosed. Planning permission was not needed (permitted development)."], PF_YES),
        ("4.2", "Have solar panels been installed?", "", PF_NO),
        ("4.3", "Is the property or any part of it a listed building or in a conservation area?", "", PF_NO),
    ]),
    ("5", "Guarantees and warranties", [
        ("5.1", "Does the property benefit from any of the following guarantees or warranties?",
         ["Damp proofing, front wall (Trent Damp Solutions, 2016, 20 years). Boiler (manufacturer\u2019s "
          "guarantee, 2020, 10 years). Copies enclosed."], PF_YES),
    ]),
    ("6", "Insurance", [
        ("6.1", "Does the seller insure the property?", "", PF_YES),
        ("6.2", "Have there been any buildings insurance claims?",
         ["One contents claim, not buildings: August 2023, shed broken into from the alley and two bikes "
          "stolen (\u00a31,150 paid). No buildings claims."], PF_NO),
    ]),
    ("7", "Environmental matters", [
        ("7.1", "Has any part of the property (house, garden or land) ever been flooded?", "", PF_NO),
        ("7.2", "Has a radon test been carried out on the property?", "", PF_NO),
        ("7.3", "Is the property affected by Japanese knotweed?", "", PF_NO),
    ]),
    ("8", "Rights and informal arrangements", [
        ("8.1", "Does ownership of the property carry a responsibility to contribute towards the cost of any "
                "jointly used services?", "The alley: no charge. The council maintains the gates; the residents\u2019 "
                                          "group maintains the garden in it.", PF_NO),
        ("8.2", "Does the property have a right of way over land belonging to someone else?",
         "Yes, over the alley to our back gate (shown on the title plan). Access through the alley gates is by "
         "key, which the council issues to every house; two keys will be handed over on completion.", PF_YES),
    ]),
    ("9", "Parking", [
        ("9.1", "What are the parking arrangements at the property?", "On-street. Sneinton permit zone S2 "
                                                                      "(resident\u2019s permit \u00a345 a year).", None),
    ]),
    ("10", "Other charges", [
        ("10.1", "Does the seller have to pay any charges relating to the property (excluding council tax and "
                 "utility charges)?", "No. (Residents\u2019 group subscription is optional.)", PF_NO),
    ]),
    ("11", "Occupiers", [
        ("11.1", "Does the seller live at the property?", "", PF_YES),
        ("11.2", "Does anyone else, aged 17 or over, live at the property?", "", PF_NO),
    ]),
    ("12", "Services", [
        ("12.1", "Has the whole or any part of the electrical installation been tested by a qualified and "
                 "registered electrician?", "Yes, 2022 (EICR, satisfactory). Copy enclosed.", PF_YES),
        ("12.2", "Does the property have a central heating system?", "Gas boiler, Worcester Bosch, fitted 2020, "
                                                                     "serviced every October.", PF_YES),
        ("12.3", "Is the property connected to mains foul water drainage?", "", PF_YES),
    ]),
]


def property_form(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Arial", 9.5)
    _page_setup(document, 1.8, 1.8, 2.0, 2.0)
    _heading_colours(document, "1F3864", "Arial")
    _header_footer(document, "Property Information Form (TA6)", "", "14 Kingfisher Row, Nottingham NG2 4FQ",
                   "Seller\u2019s initials: ______   ", 5, size=7.5)

    _p(document, "Property Information Form", bold=True, size=20, colour="1F3864", after=0)
    _p(document, "(TA6) \u2013 completed by the seller", size=11, colour="1F3864", after=8)
    _docx_table(document, [["Address of the property", "14 Kingfisher Row, Sneinton, Nottingham NG2 4FQ"],
                           ["Full names of the seller", "Daniel James Okonjo and Rachel Anne Okonjo"],
                           ["Seller\u2019s solicitor", "Hockley Lane Conveyancing LLP, ref. HL/2026/0417/RB"],
                           ["Date", "19 February 2026"]],
                widths=[5.0, 12.0], size=9, label_fill="DEEAF6")
    _p(document, "", after=4)
    _box(document, ["Instructions to the seller and the buyer",
                    "The seller should answer every question as accurately as possible, giving details where "
                    "asked, and attach copies of any documents referred to. If the seller does not know the "
                    "answer to a question, they should say so. The buyer relies on the answers in deciding "
                    "whether to buy the property. If the seller later becomes aware of anything that makes an "
                    "answer incorrect, they must tell their solicitor at once.",
                    "The answers are the seller\u2019s own and are not checked by their solicitor."],
         "F2F2F2", size=8.5, width_cm=17.0)

    for number, title, questions in PF_SECTIONS:
        document.add_heading("%s. %s" % (number, title), level=2)
        table = document.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for qno, question, answer, tick in questions:
            cells = table.add_row().cells
            _cell(cells[0], qno, bold=True, size=9)
            _fill(cells[0], "DEEAF6")
            _cell(cells[1], question, size=9)
            _cell(cells[2], tick or "", size=9)
            for c, w in zip(cells, (1.2, 11.3, 4.5)):
                c.width = Cm(w)
            if answer:
                extra = table.add_row().cells
                merged = extra[0].merge(extra[2])
                texts = answer if isinstance(answer, list) else [answer]
                for i, text in enumerate(texts):
                    _cell(merged, text, size=9, italic=False, first=(i == 0))
                _fill(merged, "FFFFFF")
        _p(document, "", after=2)

    document.add_heading("Signature", level=2)
    _p(document, "Each seller should sign this form. If the property is owned jointly, all owners must sign.",
       size=9, after=4)
    _docx_table(document, [["Signed", "D. J. Okonjo", "Date", "19 February 2026"],
                           ["Signed", "R. A. Okonjo", "Date", "19 February 2026"]],
                widths=[2.5, 7.0, 2.5, 5.0], size=9.5, label_fill="DEEAF6")
    _p(document, "", after=4)
    _p(document, "Enclosures: council letters of 4 March and 2 April 2024; building regulations completion "
       "certificate (2018); damp proofing guarantee; boiler guarantee and service record; EICR (2022).", size=8,
       colour="595959", after=0)
    _save_docx(document, out / PF_FILE, "Property Information Form (TA6) \u2013 14 Kingfisher Row",
               "Daniel Okonjo")


# ================================================================== 7. A local newspaper's nostalgia column (HTML)

BYGONES_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bygones: the Ilfracombe quay battles, a horse in the Taw and the café that kept teenagers off the street | North Devon Sentinel</title>
<meta name="description" content="From the Sentinel's files: 100, 75, 50, 25 and 10 years ago this month in North Devon.">
<meta property="og:type" content="article">
<meta property="article:section" content="Nostalgia">
<link rel="canonical" href="https://www.northdevonsentinel.co.uk/nostalgia/bygones-7-march-2026">
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #222; background: #fff; }
  .topbar { background: #0f2d52; color: #fff; font: 13px Arial, sans-serif; padding: 6px 16px; display: flex; justify-content: space-between; }
  .topbar a { color: #fff; }
  header.masthead { text-align: center; padding: 14px 0 6px; border-bottom: 4px double #0f2d52; }
  header.masthead .name { font-size: 40px; font-weight: bold; letter-spacing: 1px; color: #0f2d52; }
  header.masthead .tag { font: italic 14px Georgia, serif; color: #666; }
  nav.sections { font: bold 13px Arial, sans-serif; text-align: center; padding: 8px; border-bottom: 1px solid #ddd; }
  nav.sections a { color: #0f2d52; margin: 0 8px; text-decoration: none; }
  nav.sections a.current { border-bottom: 3px solid #c8102e; }
  .wrap { max-width: 1080px; margin: 0 auto; display: grid; grid-template-columns: 1fr 300px; gap: 32px; padding: 16px; }
  .crumbs { font: 12px Arial, sans-serif; color: #777; }
  .kicker { font: bold 12px Arial, sans-serif; text-transform: uppercase; color: #c8102e; letter-spacing: 1px; }
  h1 { font-size: 34px; line-height: 1.15; margin: 6px 0 10px; }
  .standfirst { font-size: 19px; color: #444; }
  .byline { font: 13px Arial, sans-serif; color: #555; border-top: 1px solid #eee; border-bottom: 1px solid #eee; padding: 8px 0; margin: 14px 0; }
  .byline img { width: 36px; height: 36px; border-radius: 50%; vertical-align: middle; margin-right: 8px; }
  .era { margin: 26px 0; }
  .era h2 { font: bold 22px Georgia, serif; color: #0f2d52; border-left: 6px solid #c8102e; padding-left: 10px; margin-bottom: 4px; }
  .era .when { font: bold 12px Arial, sans-serif; color: #888; text-transform: uppercase; margin: 0 0 10px 16px; }
  figure { margin: 14px 0; }
  figure img { width: 100%; filter: sepia(40%); }
  figcaption { font: 13px Arial, sans-serif; color: #555; border-bottom: 1px solid #ddd; padding: 6px 0; }
  figcaption .credit { color: #999; }
  .sepia { background: #f6efe2; padding: 14px 18px; border: 1px solid #e2d5bb; }
  .ad { text-align: center; font: 11px Arial, sans-serif; color: #999; margin: 22px 0; }
  .ad .slot { background: #f0f0f0; height: 250px; }
  aside.rail h3 { font: bold 15px Arial, sans-serif; border-bottom: 2px solid #0f2d52; padding-bottom: 4px; }
  aside.rail ol { padding-left: 20px; font: 14px Arial, sans-serif; }
  aside.rail li { margin-bottom: 10px; }
  .help { background: #0f2d52; color: #fff; padding: 16px; font: 14px Arial, sans-serif; }
  .help a { color: #ffd23f; }
  footer { background: #222; color: #bbb; font: 12px Arial, sans-serif; padding: 20px; margin-top: 30px; }
  footer a { color: #ddd; }
</style>
</head>
<body>
<div class="topbar"><span>Saturday 7 March 2026</span><span><a href="/subscribe">Subscribe</a> | <a href="/e-edition">E-edition</a> | <a href="/login">Sign in</a></span></div>
<header class="masthead">
  <div class="name">North Devon Sentinel</div>
  <div class="tag">Serving Barnstaple, Bideford, Ilfracombe and the villages since 1869</div>
</header>
<nav class="sections" aria-label="Sections">
  <a href="/news">News</a><a href="/sport">Sport</a><a href="/whats-on">What's On</a><a href="/nostalgia" class="current">Nostalgia</a><a href="/farming">Farming</a><a href="/announcements">Announcements</a><a href="/jobs">Jobs</a>
</nav>
<div class="wrap">
<main>
<article>
  <div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/nostalgia">Nostalgia</a> &rsaquo; Bygones</div>
  <div class="kicker">Bygones</div>
  <h1>The Ilfracombe quay battles, a horse in the Taw and the caf&eacute; that kept teenagers off the street</h1>
  <p class="standfirst">From the Sentinel's files: what was making the news in North Devon 100, 75, 50, 25 and 10 years ago this month.</p>
  <div class="byline"><img src="/img/authors/roger-lethbridge.jpg" alt=""> By <strong>Roger Lethbridge</strong>, Nostalgia Editor &middot; 7 March 2026 &middot; 6 min read</div>

  <section class="era" id="y1926">
    <h2>100 years ago</h2>
    <p class="when">March 1926</p>
    <p>A carthorse that bolted from Barnstaple cattle market with its cart still attached ran the length of the Strand and plunged into the River Taw at high tide. PC William Huxtable of the Devon Constabulary waded in up to his chest, cut the traces with his pocket knife and led the animal back to the slipway, where, the Sentinel reported, &ldquo;a crowd of some two hundred persons gave three cheers for the constable and a fourth for the horse.&rdquo; The horse, named Captain, was none the worse. PC Huxtable was presented with a silver watch by the market traders the following week.</p>
    <p>Also that month: the Barnstaple Pannier Market was lit by electricity for the first time, and the town council debated for three hours whether to allow mixed bathing at Saunton Sands. It decided not to.</p>
  </section>

  <section class="era" id="y1951">
    <h2>75 years ago</h2>
    <p class="when">March 1951</p>
    <figure>
      <img src="/img/nostalgia/2026/03/ilfracombe-pier-1951.jpg" alt="Workmen painting the pavilion on Ilfracombe pier in 1951">
      <figcaption>Workmen give the pier pavilion at Ilfracombe a fresh coat of paint for the Festival of Britain season, March 1951. <span class="credit">Sentinel archive</span></figcaption>
    </figure>
    <p>Ilfracombe was busy getting ready for the Festival of Britain summer, with the pier pavilion repainted, new deckchairs ordered from Bristol and the Tunnels Beaches reopened after the war. The town's hoteliers forecast &ldquo;the best season since 1939&rdquo;, and were right.</p>
  </section>

  <section class="era" id="y1976">
    <h2>50 years ago</h2>
    <p class="when">March 1976</p>
    <p>Two men who held up the National Westminster Bank in Bideford with a sawn-off shotgun and escaped with &pound;3,200 were jailed for twelve years each at Exeter Crown Court. They had been caught at a roadblock on the Atlantic Highway within an hour of the raid, when a sharp-eyed constable noticed that the getaway car's number plates had been painted on. The judge commended the officer and the bank's cashier, Mrs Joan Heard, who had pressed the alarm.</p>
    <p>Also that month: the first signs of what would become the great drought of 1976, as Wistlandpound reservoir was reported a quarter empty.</p>
  </section>

  <div class="ad"><p>Advertisement</p><div class="slot"></div></div>

  <section class="era" id="y2001">
    <h2>25 years ago</h2>
    <p class="when">March 2001</p>
    <figure>
      <img src="/img/nostalgia/2026/03/ilfracombe-quay-bike-patrol-2001.jpg" alt="Two police officers on mountain bikes on Ilfracombe quay">
      <figcaption>The first police cycle patrol on Ilfracombe quay, summer 2001. <span class="credit">Sentinel archive</span></figcaption>
    </figure>
    <p>Readers of a certain age will remember the summer of 2000, when Ilfracombe's quay became a battleground on Saturday nights, with fights spilling out of the pubs, bottles thrown at the lifeboat crew and visitors leaving early. In March 2001 the Sentinel announced the plan to stop it happening again.</p>
    <p>Operation Yardarm was Devon and Cornwall Police's answer to the summer trouble on Ilfracombe harbour. From June to September that year the force brought in extra officers from Barnstaple and Exeter every Friday and Saturday night, North Devon District Council banned drinking in the street around the harbour and paid for the first CCTV cameras on the quay, and officers on mountain bikes &ndash; a first for the town &ndash; patrolled the promenade and the Capstone. By the end of the summer the Sentinel was able to report that arrests on the quay had halved and that not a single bottle had been thrown at the lifeboat. The operation ran every summer until 2006.</p>
    <p>Also that month: North Devon was in the grip of the foot and mouth outbreak, with footpaths closed across Exmoor and the Barnstaple spring show cancelled.</p>
  </section>

  <section class="era" id="y2016">
    <h2>10 years ago</h2>
    <p class="when">March 2016</p>
    <p>The Lantern was a Friday-night caf&eacute; for teenagers opened in Boutport Street, Barnstaple, by the youth charity Taw Youth Trust in March 2016, after townspeople complained of young people with nowhere to go hanging around the bus station. Staffed by two youth workers and volunteers from local churches, it offered free toast and hot chocolate, pool, music and someone to talk to from 7pm to 11pm. In its first year more than 300 young people came through the door, and the trust says it has since helped dozens of them into college places and jobs. It is still open every Friday, now in the old Methodist hall on Bear Street.</p>
  </section>

  <div class="sepia" id="can-you-help">
    <h2>Can you help?</h2>
    <figure>
      <img src="/img/nostalgia/2026/03/special-constables-barnstaple-fair-1963.jpg" alt="Six special constables in uniform standing by a fairground ride">
      <figcaption>Special constables on duty at Barnstaple Fair, September 1963. Do you know who they are? <span class="credit">Picture sent in by Maureen Chugg</span></figcaption>
    </figure>
    <p>Maureen Chugg of Pilton found this photograph in her late father's papers. He is second from the left. Can anyone name the other five? Email <a href="mailto:bygones@northdevonsentinel.co.uk">bygones@northdevonsentinel.co.uk</a>.</p>
  </div>

  <section id="your-memories">
    <h2>Your memories</h2>
    <blockquote><p>&ldquo;I was one of the lifeboat crew on the quay that summer of 2000 and I can tell you it was no fun being a target. It was a different town the year after.&rdquo; &ndash; <em>Trevor, Ilfracombe</em></p></blockquote>
    <blockquote><p>&ldquo;My grandmother always said she saw PC Huxtable go into the river for that horse. She was eight at the time and talked about it until she was ninety.&rdquo; &ndash; <em>Sue Lovering, Landkey</em></p></blockquote>
  </section>

  <p><em>Have you got old photographs of North Devon you would like to share? Send them to Bygones, North Devon Sentinel, 14 Joy Street, Barnstaple EX31 1BS, or email <a href="mailto:bygones@northdevonsentinel.co.uk">bygones@northdevonsentinel.co.uk</a>. We will return them.</em></p>
</article>
</main>

<aside class="rail">
  <div class="ad"><p>Advertisement</p><div class="slot"></div></div>
  <h3>More Bygones</h3>
  <ol>
    <li><a href="/nostalgia/bygones-28-february-2026">The Lynmouth flood remembered by the people who were there</a></li>
    <li><a href="/nostalgia/bygones-21-february-2026">When the railway came to Ilfracombe</a></li>
    <li><a href="/nostalgia/bygones-14-february-2026">Valentine's Day dances at the Queen's Hall</a></li>
    <li><a href="/nostalgia/bygones-7-february-2026">The great snow of 1978</a></li>
  </ol>
  <div class="help">
    <p><strong>Bygones</strong> appears every Saturday in the Sentinel and online.</p>
    <p>Get it in your inbox: <a href="/newsletters">sign up to our newsletters</a>.</p>
  </div>
</aside>
</div>

<footer>
  <p><a href="/contact">Contact us</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/complaints">Complaints</a></p>
  <p>The North Devon Sentinel is published by Taw &amp; Torridge Newspapers Ltd, 14 Joy Street, Barnstaple EX31 1BS. Registered in England and Wales no. 00156273. We are regulated by IPSO.</p>
  <p>&copy; 2026 Taw &amp; Torridge Newspapers Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A TV guide's listings page for one evening (HTML)

TV_CHANNELS = [
    ("BBC One", [
        ("6:00pm", "BBC News at Six", "", "S HD"),
        ("6:30pm", "Regional News", "", "S HD"),
        ("7:00pm", "The Evening Show", "Live chat and reports from across the UK, with this week's guests from "
                                      "the cast of The Watchers.", "S HD"),
        ("7:30pm", "Crime Desk Live", "Appeals for help with unsolved cases, including a hit-and-run in Leeds and a "
                                      "series of cash machine thefts in Essex. Detectives take your calls in the "
                                      "studio.", "S HD"),
        ("8:00pm", "Harbour Lane", "Kerry-Ann finds out what Dev has been hiding in the lock-up. "
                                   "<span class=\"tag\">New</span>", "S HD AD"),
        ("9:00pm", "The Watchers", "Episode 4 of 6. See our pick.", "S HD AD"),
        ("10:00pm", "BBC News at Ten", "", "S HD"),
        ("10:40pm", "Question Hour", "Political debate from Swindon.", "S HD"),
        ("11:40pm", "Film: Riverside (2019)", "Gentle drama about a widowed lock-keeper. 4 stars.", "S HD"),
    ]),
    ("BBC Two", [
        ("6:00pm", "Antiques on the Move", "Valuers in Ludlow. (Repeat)", "S HD"),
        ("6:30pm", "Bargain Quest", "", "S HD"),
        ("7:00pm", "Great Coastal Railways", "From Whitby to Scarborough.", "S HD"),
        ("8:00pm", "Britain's Hidden Waterways", "Episode 3: Birmingham. See our pick.", "S HD AD"),
        ("9:00pm", "Gardeners' Hour", "Planting potatoes and pruning roses.", "S HD"),
        ("10:00pm", "Nightly News Review", "", "S HD"),
        ("10:30pm", "Late Comedy Club", "Stand-up from Glasgow.", "S HD"),
        ("11:15pm", "Sounds of the Seventies", "(Repeat)", "S HD"),
    ]),
    ("ITV1", [
        ("6:00pm", "Regional News", "", "S HD"),
        ("6:30pm", "ITV Evening News", "", "S HD"),
        ("7:00pm", "Dale Street", "Shannon's wedding plans hit the rocks. <span class=\"tag\">New</span>",
         "S HD AD"),
        ("7:30pm", "The Million Pound Tower", "Quiz with a family from Bolton.", "S HD"),
        ("8:30pm", "Dale Street", "The second episode tonight.", "S HD AD"),
        ("9:00pm", "Holiday Hell: Caught on Camera", "Stag weekends that went wrong. (Repeat)", "S HD"),
        ("10:00pm", "ITV News at Ten", "", "S HD"),
        ("10:45pm", "Regional News", "", "S HD"),
        ("11:00pm", "Late Night Football", "Highlights from the EFL.", "S HD"),
    ]),
    ("Channel 4", [
        ("6:00pm", "Quiz Kings", "", "S HD"),
        ("7:00pm", "Channel 4 News", "", "S HD"),
        ("8:00pm", "Build It Yourself", "A couple turn a water tower in Suffolk into a home.", "S HD"),
        ("9:00pm", "The Undercover Landlord", "A property tycoon lives as a tenant in one of his own flats.",
         "S HD"),
        ("10:00pm", "Film: Night Shift (2022)", "Thriller about a hospital porter who witnesses a robbery. 3 "
                                               "stars.", "S HD"),
        ("11:55pm", "The Late Debate", "", "S HD"),
    ]),
    ("Channel 5", [
        ("6:00pm", "5 News Tonight", "", "S HD"),
        ("6:30pm", "Traffic Stop UK", "Officers chase a stolen van along the M62 and stop a lorry driver "
                                      "using two phones at once. (Repeat)", "S HD"),
        ("7:00pm", "Secret Supermarkets", "", "S HD"),
        ("8:00pm", "Traffic Stop UK", "A learner driver on the motorway, and a car with no wheel nuts.", "S HD"),
        ("9:00pm", "Fen Patrol", "Episode 2 of 4. See our pick.", "S HD"),
        ("10:00pm", "Bodycam: Caught in the Act", "(Repeat)", "S HD"),
        ("11:05pm", "Britain's Worst Drivers", "(Repeat)", "S HD"),
    ]),
]


def _tv_html() -> str:
    columns = []
    for channel, shows in TV_CHANNELS:
        rows = []
        for time, title, blurb, flags in shows:
            desc = "\n        <p class=\"desc\">%s</p>" % blurb if blurb else ""
            rows.append("      <li class=\"prog\">\n        <time>%s</time>\n        <h4>%s</h4>%s\n        "
                        "<span class=\"flags\" title=\"Subtitles, HD, audio description\">%s</span>\n      </li>"
                        % (time, title, desc, flags))
        columns.append("  <section class=\"channel\" aria-label=\"%s\">\n    <h3>%s</h3>\n    <ol>\n%s\n    </ol>\n"
                       "  </section>" % (channel, channel, "\n".join(rows)))
    return TV_TOP + "\n".join(columns) + TV_BOTTOM


TV_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What's on TV tonight: Thursday 12 March 2026 | Screen Week</title>
<meta name="description" content="TV tonight: our picks and the full evening listings for BBC One, BBC Two, ITV1, Channel 4 and Channel 5 on Thursday 12 March 2026.">
<style>
  body { margin: 0; font-family: 'Helvetica Neue', Arial, sans-serif; background: #f3f1ee; color: #1b1b1b; }
  .site { background: #e4002b; color: #fff; padding: 10px 20px; display: flex; align-items: center; gap: 28px; }
  .site .logo { font: 900 28px/1 'Arial Black', Arial, sans-serif; letter-spacing: -1px; }
  .site nav a { color: #fff; text-decoration: none; font-weight: bold; margin-right: 16px; font-size: 14px; }
  .days { display: flex; gap: 4px; padding: 10px 20px; background: #fff; border-bottom: 1px solid #ddd; overflow-x: auto; }
  .days a { padding: 6px 12px; border-radius: 16px; text-decoration: none; color: #333; font-size: 13px; background: #eee; }
  .days a.today { background: #1b1b1b; color: #fff; }
  main { max-width: 1200px; margin: 0 auto; padding: 16px 20px; }
  h1 { font-size: 30px; margin: 10px 0 4px; }
  .intro { color: #555; margin: 0 0 18px; }
  .picks { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; margin-bottom: 28px; }
  .pick { background: #fff; border-radius: 6px; overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  .pick img { width: 100%; height: 170px; object-fit: cover; background: #ccc; }
  .pick .body { padding: 12px 14px 16px; }
  .pick .slot { font-size: 12px; font-weight: bold; color: #e4002b; text-transform: uppercase; }
  .pick h2 { font-size: 20px; margin: 4px 0 6px; }
  .pick .stars { color: #e4002b; letter-spacing: 2px; }
  .pick p { font-size: 14px; line-height: 1.5; }
  .pick .reviewer { font-size: 12px; color: #777; font-style: italic; }
  .grid { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; }
  .channel { background: #fff; border-radius: 4px; }
  .channel h3 { margin: 0; padding: 8px 10px; background: #1b1b1b; color: #fff; font-size: 15px; }
  .channel ol { list-style: none; margin: 0; padding: 0; }
  .prog { padding: 8px 10px; border-bottom: 1px solid #eee; }
  .prog time { font-size: 12px; color: #e4002b; font-weight: bold; }
  .prog h4 { margin: 2px 0; font-size: 14px; }
  .prog .desc { margin: 2px 0; font-size: 12px; color: #555; }
  .prog .flags { font-size: 10px; color: #999; }
  .tag { background: #e4002b; color: #fff; font-size: 10px; padding: 1px 4px; border-radius: 2px; }
  .ad { text-align: center; font-size: 11px; color: #999; margin: 24px 0; }
  .ad div { height: 90px; background: #e6e3de; }
  footer { background: #1b1b1b; color: #aaa; font-size: 12px; padding: 20px; margin-top: 30px; }
  footer a { color: #ddd; }
</style>
</head>
<body>
<header class="site">
  <div class="logo">Screen Week</div>
  <nav aria-label="Main"><a href="/tv-tonight">TV Tonight</a><a href="/streaming">Streaming</a><a href="/soaps">Soaps</a><a href="/films">Films</a><a href="/sport-on-tv">Sport on TV</a><a href="/subscribe">Subscribe to the magazine</a></nav>
</header>
<nav class="days" aria-label="Choose a day">
  <a href="/tv-tonight/2026-03-09">Mon 9</a><a href="/tv-tonight/2026-03-10">Tue 10</a><a href="/tv-tonight/2026-03-11">Wed 11</a><a href="/tv-tonight/2026-03-12" class="today" aria-current="page">Thu 12</a><a href="/tv-tonight/2026-03-13">Fri 13</a><a href="/tv-tonight/2026-03-14">Sat 14</a><a href="/tv-tonight/2026-03-15">Sun 15</a>
</nav>
<main>
<h1>What's on TV tonight: Thursday 12 March 2026</h1>
<p class="intro">Our critics' picks for tonight, followed by the full evening listings from 6pm. Times may vary in your region. Listings last updated at 9:14am.</p>

<div class="picks">
  <article class="pick">
    <img src="/img/2026/03/12/the-watchers-ep4.jpg" alt="A detective watching a warehouse through binoculars from a parked car at night">
    <div class="body">
      <div class="slot">Drama &middot; BBC One &middot; 9:00pm</div>
      <h2>The Watchers</h2>
      <div class="stars" aria-label="4 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9734;</div>
      <p>The best British police drama in years reaches its midpoint, and nobody is safe. DS Lena Marsh (Nadia Okafor) has spent three episodes inside Operation Glasshouse, the surveillance of a car wash chain that the gang uses to launder money, and tonight her cover comes within a whisker of being blown when her sister turns up for a valet. The writing is sharp, the Manchester locations are gloriously grim, and the final five minutes will have you shouting at the screen.</p>
      <p class="reviewer">Reviewed by Tom Ashworth</p>
    </div>
  </article>
  <article class="pick">
    <img src="/img/2026/03/12/fen-patrol-ep2.jpg" alt="Two officers in waders pulling a net from a drainage channel at dawn">
    <div class="body">
      <div class="slot">Documentary &middot; Channel 5 &middot; 9:00pm</div>
      <h2>Fen Patrol</h2>
      <div class="stars" aria-label="3 out of 5 stars">&#9733;&#9733;&#9733;&#9734;&#9734;</div>
      <p>This gentle observational series follows the rural crime officers of Cambridgeshire through a year in the Fens, and tonight's episode is the best so far.</p>
      <p>Operation Tench is Cambridgeshire Constabulary's crackdown on fish poaching in the rivers and drains of the Fens, run with the Environment Agency's fisheries enforcement officers. The force's rural crime action team and the agency's officers patrol the banks together at night, check rod licences, seize illegal nets and set lines, and take poachers to court; since it began in 2024 the force says 63 people have been prosecuted and more than 200 nets seized. The cameras are there at dawn when the team finds 40 metres of net strung across the Forty Foot Drain, with pike and zander already dead in it.</p>
      <p>Elsewhere, a farmer in Chatteris has his quad bike stolen for the third time, and PC Sam Doughty gets his patrol car stuck in a drove. Unshowy, but quietly absorbing.</p>
      <p class="reviewer">Reviewed by Priya Nair</p>
    </div>
  </article>
  <article class="pick">
    <img src="/img/2026/03/12/hidden-waterways-birmingham.jpg" alt="Volunteers in hi-vis vests clearing litter from a canal towpath under a railway bridge">
    <div class="body">
      <div class="slot">Factual &middot; BBC Two &middot; 8:00pm</div>
      <h2>Britain's Hidden Waterways</h2>
      <div class="stars" aria-label="4 out of 5 stars">&#9733;&#9733;&#9733;&#9733;&#9734;</div>
      <p>Ade Bamidele's affectionate tour of the canals reaches Birmingham, which famously has more miles of them than Venice. He takes a narrowboat through the Farmer's Bridge locks, meets a family who have lived afloat for forty years, and spends a Saturday morning with the volunteers who have changed the city's towpaths.</p>
      <p>Towpath Friends is a Birmingham charity whose volunteers clear litter, cut back undergrowth and paint over graffiti along the city's canals every Saturday morning. Since 2023 its Bright Towpaths project has raised &pound;40,000 to put solar-powered lights along two miles of towpath in Ladywood and Aston that people had been afraid to use after dark, and its volunteers fitted them themselves. The charity says the number of people walking and cycling those stretches in the evening has doubled. West Midlands Police tell the programme they are glad of the extra eyes.</p>
      <p>A lovely hour, and a reminder of what a few people with litter pickers can do.</p>
      <p class="reviewer">Reviewed by Claire Hemmings</p>
    </div>
  </article>
</div>

<div class="ad"><p>Advertisement</p><div></div></div>

<h2>Full evening listings</h2>
<div class="grid">
"""

TV_BOTTOM = """
</div>

<p class="intro">S = subtitles &middot; HD = high definition &middot; AD = audio description</p>
<div class="ad"><p>Advertisement</p><div></div></div>
</main>
<footer>
  <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie settings</a> | <a href="/terms">Terms</a></p>
  <p>Screen Week is published by Brightside Magazines Ltd, 40 Great Ancoats Street, Manchester M4 5AB. Registered in England no. 09876321. Listings are supplied by the broadcasters and may change at short notice.</p>
  <p>&copy; 2026 Brightside Magazines Ltd</p>
</footer>
</body>
</html>
"""


# ================================================================== 9. A fact-checking charity's fact check (HTML)

FACTCHECK_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Have Bristol police stopped investigating bike thefts and told victims to buy a tracker? - FactWise</title>
<meta name="description" content="A viral post claims Avon and Somerset Police no longer investigate bike thefts in Bristol. That is misleading.">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2026-02-24",
 "url": "https://factwise.org.uk/fact-checks/bristol-bike-theft-tracker-claim",
 "claimReviewed": "Avon and Somerset Police have stopped investigating bike thefts in Bristol and tell victims to buy a GPS tracker instead.",
 "author": {"@type": "Organization", "name": "FactWise"},
 "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Misleading"}}
</script>
<style>
  body { margin: 0; font-family: 'Source Sans Pro', Arial, sans-serif; color: #202124; background: #fff; }
  header.top { display: flex; justify-content: space-between; align-items: center; padding: 14px 24px; border-bottom: 1px solid #e3e3e3; }
  .logo { font-weight: 800; font-size: 24px; color: #0b4f6c; }
  .logo span { color: #f18f01; }
  header nav a { margin-left: 18px; color: #0b4f6c; text-decoration: none; font-weight: 600; }
  .donate { background: #f18f01; color: #fff !important; padding: 8px 14px; border-radius: 4px; }
  main { max-width: 760px; margin: 0 auto; padding: 20px 24px 40px; }
  .label { font-size: 13px; font-weight: 700; text-transform: uppercase; color: #0b4f6c; letter-spacing: .5px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 8px 0 12px; }
  .meta { font-size: 14px; color: #5f6368; margin-bottom: 20px; }
  .claim-card { display: grid; grid-template-columns: 1fr 1fr; border: 2px solid #0b4f6c; border-radius: 6px; overflow: hidden; margin: 20px 0 28px; }
  .claim-card > div { padding: 16px 18px; }
  .claim-card .what { background: #eef5f8; }
  .claim-card h2 { font-size: 13px; text-transform: uppercase; margin: 0 0 8px; color: #0b4f6c; }
  .claim-card .verdict-word { display: inline-block; background: #f18f01; color: #fff; font-weight: 800; padding: 2px 10px; border-radius: 3px; margin-bottom: 8px; }
  article h2 { font-size: 24px; margin-top: 32px; }
  article p, article li { font-size: 18px; line-height: 1.6; }
  .screenshot { border: 1px solid #ccc; padding: 12px; background: #fafafa; font-size: 15px; }
  .screenshot .stamp { color: #c5221f; font-weight: 800; text-transform: uppercase; font-size: 12px; }
  table { border-collapse: collapse; width: 100%; font-size: 16px; margin: 12px 0; }
  th, td { border-bottom: 1px solid #ddd; padding: 8px; text-align: left; }
  th { background: #eef5f8; }
  td.num { text-align: right; }
  .verdict-box { background: #0b4f6c; color: #fff; padding: 18px 20px; border-radius: 6px; margin: 28px 0; }
  .verdict-box h2 { color: #fff; margin-top: 0; }
  .sources { font-size: 15px; }
  .helpful { border-top: 1px solid #e3e3e3; margin-top: 30px; padding-top: 16px; }
  .helpful button { margin-right: 8px; padding: 6px 16px; }
  .support { background: #fff4e5; border-left: 5px solid #f18f01; padding: 14px 18px; margin-top: 24px; }
  footer { background: #0b4f6c; color: #d7e6ee; padding: 24px; font-size: 13px; }
  footer a { color: #fff; }
</style>
</head>
<body>
<header class="top">
  <div class="logo">Fact<span>Wise</span></div>
  <nav aria-label="Main"><a href="/fact-checks">Fact checks</a><a href="/explainers">Explainers</a><a href="/about">About</a><a href="/corrections">Corrections</a><a class="donate" href="/donate">Donate</a></nav>
</header>
<main>
<article>
  <div class="label">Fact check &middot; Crime</div>
  <h1>Have Bristol police stopped investigating bike thefts and told victims to buy a tracker?</h1>
  <div class="meta">By Hannah Osei &middot; Published 24 February 2026 &middot; Updated 26 February 2026</div>

  <div class="claim-card">
    <div class="what">
      <h2>What was claimed</h2>
      <p>Avon and Somerset Police have stopped investigating bike thefts in Bristol and now tell victims to buy a GPS tracker instead.</p>
    </div>
    <div>
      <h2>Our verdict</h2>
      <span class="verdict-word">Misleading</span>
      <p>The force still investigates bike thefts and is itself using trackers to catch thieves. The advice to buy a tracker comes from a cycling charity's leaflet, not from the police.</p>
    </div>
  </div>

  <h2>Where the claim came from</h2>
  <p>A post on Facebook on 17 February, shared more than 12,000 times, showed a photo of a leaflet headed &ldquo;Protect your bike&rdquo; with the words &ldquo;consider fitting a GPS tracker&rdquo; circled in red, and said: &ldquo;This is what Bristol police gave me when my bike was nicked. They're not even investigating any more. Buy a tracker and catch them yourself, basically.&rdquo;</p>
  <div class="screenshot" role="img" aria-label="Screenshot of the Facebook post">
    <p class="stamp">Misleading</p>
    <p>&ldquo;This is what Bristol police gave me when my bike was nicked. They're not even investigating any more. Buy a tracker and catch them yourself, basically. &#128545;&rdquo;</p>
    <p>12K shares &middot; 3.4K comments</p>
  </div>
  <p>Versions of the post were later shared on X and in several Bristol neighbourhood groups, some adding that the force had &ldquo;officially stopped&rdquo; recording bike thefts. We found no evidence of any such decision.</p>

  <h2>What the police are actually doing</h2>
  <p>Avon and Somerset Police told FactWise that every reported bike theft is recorded and assessed, and that officers follow up where there is CCTV, a tracker signal, a witness or a registered frame number. Like most forces, it does not send an officer to every theft.</p>
  <p>Operation Chainset is Avon and Somerset Constabulary's operation against bike theft in central Bristol, run with Bristol City Council since April 2025. The force leaves decoy bikes fitted with hidden GPS trackers at the racks where most bikes are stolen, and its officers follow the trackers to arrest thieves and find the places where stolen bikes are stored and sold. The council has replaced the racks at the 20 worst locations with stronger ones and brought them into view of its CCTV cameras. The force says the operation had led to 58 arrests by the end of January 2026 and that recorded bike thefts in the city centre fell by 22% in its first nine months.</p>
  <p>So a tracker is part of how the police are investigating bike theft in Bristol, not a replacement for it.</p>

  <h2>Where the leaflet came from</h2>
  <p>We traced the leaflet in the post. It was not produced by the police.</p>
  <p>Mark My Bike is run by Freewheel Bristol, a cycling charity whose volunteers hold free bike marking sessions at supermarkets, universities and workplaces around the city, engraving a code on each frame, registering it on a national bike register and handing out a leaflet of security tips, one of which is to consider a tracker. Since 2022 the charity has marked more than 4,000 bikes. Its coordinator, Jess Ambrose, told us the leaflet is given to everyone who comes to a session and that the charity was &ldquo;surprised and a bit sad&rdquo; to see it presented as police advice.</p>
  <p>The person who shared the post told us that the leaflet had been handed to her at a marking session some months before the theft, and that she had &ldquo;mixed it up&rdquo;. She has since added a note to the post.</p>

  <h2>Is this happening elsewhere?</h2>
  <p>Decoy bikes are not new. Operation Kickstand was Thames Valley Police's decoy bike operation in Oxford city centre in 2024, with Oxford City Council: the force's officers left tracked bikes at racks near the railway station and the colleges and followed them when they were stolen, while the council painted the worst racks with a marking paint and put up signs warning that bikes in the area may be tracked. The force reported 31 arrests over the six months.</p>

  <h2>What the figures show</h2>
  <p>Police-recorded bicycle thefts in the Avon and Somerset force area, year to September:</p>
  <table>
    <thead><tr><th>Year to September</th><th class="num">Bicycle thefts recorded</th><th class="num">Charged or summonsed</th></tr></thead>
    <tbody>
      <tr><td>2022</td><td class="num">4,812</td><td class="num">2.1%</td></tr>
      <tr><td>2023</td><td class="num">5,106</td><td class="num">1.9%</td></tr>
      <tr><td>2024</td><td class="num">5,233</td><td class="num">2.0%</td></tr>
      <tr><td>2025</td><td class="num">4,470</td><td class="num">3.4%</td></tr>
    </tbody>
  </table>
  <p>Fewer than one bike theft in twenty leads to a charge, in Avon and Somerset as across England and Wales, which may explain why many victims feel that nothing is done. But recorded thefts are not the same as investigations, and the numbers do not show the force stopping either.</p>

  <div class="verdict-box">
    <h2>Our verdict: Misleading</h2>
    <p>Avon and Somerset Police have not stopped investigating bike thefts in Bristol. The &ldquo;buy a tracker&rdquo; advice in the viral post comes from a charity's bike marking leaflet, and trackers are in fact one of the tools the force is using to catch thieves.</p>
  </div>

  <h2>How we checked</h2>
  <ul>
    <li>We asked Avon and Somerset Police and Bristol City Council for comment and for details of the operation.</li>
    <li>We spoke to Freewheel Bristol and to the person who shared the original post.</li>
    <li>We checked police-recorded crime figures published by the Home Office and the Office for National Statistics.</li>
  </ul>

  <h2>Sources</h2>
  <ol class="sources">
    <li>Facebook post, 17 February 2026 (archived copy).</li>
    <li>Avon and Somerset Police, statement to FactWise, 20 February 2026.</li>
    <li>Bristol City Council, statement to FactWise, 23 February 2026.</li>
    <li>Freewheel Bristol, &ldquo;Protect your bike&rdquo; leaflet (2024 edition).</li>
    <li>Home Office, police recorded crime open data tables, year ending September 2025.</li>
    <li>Thames Valley Police, news release on the Oxford decoy bike operation, November 2024.</li>
  </ol>

  <p><em>Update, 26 February 2026: we added the comment from the person who shared the post.</em></p>

  <div class="helpful">
    <p><strong>Was this fact check helpful?</strong></p>
    <button type="button">Yes</button><button type="button">No</button>
  </div>

  <div class="support">
    <p><strong>FactWise is independent and relies on donations.</strong> If you found this useful, please <a href="/donate">support our work</a>. Seen something you think needs checking? <a href="/ask">Ask us to check it</a>.</p>
  </div>
</article>
</main>
<footer>
  <p><a href="/about/funding">Who funds us</a> | <a href="/about/principles">Our principles</a> | <a href="/corrections">Corrections policy</a> | <a href="/privacy">Privacy</a></p>
  <p>FactWise is an independent fact-checking charity. Registered charity no. 1190456. Company limited by guarantee, registered in England and Wales no. 12345098. FactWise, 3 Temple Way, Bristol BS1 6QA.</p>
</footer>
</body>
</html>
"""


# ================================================================== 10. A hillwalker's trip report on her blog (Markdown)

TRIP_MD = """---
title: "Scafell Pike from Wasdale (and why I'll never park on the verge again)"
date: 2025-09-16T19:42:00+01:00
draft: false
author: "Gemma Thornton"
categories: ["Trip reports"]
tags: ["lake-district", "scafell-pike", "wasdale", "wainwrights", "solo"]
summary: "England's highest mountain by the Brown Tongue path, a detour to Lingmell, and a word about parking in Wasdale."
cover:
  image: "/images/2025/09/scafell-pike-summit-cairn.jpg"
  alt: "The summit cairn of Scafell Pike in low cloud"
route:
  distance_km: 9.8
  ascent_m: 990
  time: "5h 50m"
  grade: "Hard (rough, steep, cairned)"
  gpx: "/gpx/2025-09-14-scafell-pike-wasdale.gpx"
---

Wainwright number **152 of 214** ticked off, and the big one at last. I've put off Scafell Pike for years because of the
crowds, but a Sunday in mid-September with a forecast of "cloud lifting by midday" seemed worth a go. It was.

| | |
|---|---|
| **Start/finish** | Wasdale Head National Trust car park (NY 182 074) |
| **Distance** | 9.8 km |
| **Ascent** | 990 m |
| **Time** | 5 h 50 min including a long lunch |
| **Summits** | Scafell Pike (978 m), Lingmell (807 m) |
| **Map** | OS Explorer OL6, The English Lakes South-western area |
| **Weather** | Low cloud till 12, then sunny spells, breezy on top |

{{< gpx "/gpx/2025-09-14-scafell-pike-wasdale.gpx" >}}

## Getting there and parking

Wasdale is the long way round from anywhere: it's two and a half hours from Manchester, the last 10 miles on a
single-track road along Wast Water, and there's no bus. I set off at 5am and was parked by 7.45.

A few years ago this road was notorious. On a sunny Saturday hundreds of cars would be left on the verges and the
passing places, and in 2023 an ambulance going to a fallen walker was stuck behind them for forty minutes. Things
have changed, and if you haven't been for a while you need to know why.

Operation Screes is Cumbria Constabulary's summer operation on the Wasdale road with the Lake District National Park
Authority and the National Trust. On busy weekends from May to September the force's officers ticket and tow cars
parked on the verges and in passing places, the National Park's rangers stand at the road end at Nether Wasdale
turning people back once the car parks are full, and the National Trust has added 60 spaces at Wasdale Head and
brought in booking for its car park on Saturdays and Sundays. According to the National Park, not one emergency
vehicle was held up on the road this summer.

So: **book the car park** (I paid £9 for the day on the National Trust app) or come midweek. I watched a ranger turn
back a long line of cars at 9am, and a tow truck was already parked up at the lay-by near the Screes, which
rather made the point.

![Wast Water and the Screes from the road at 7.30am](/images/2025/09/wast-water-screes-early.jpg)

## The route

1. From the car park, follow the lane towards Brackenclose and cross the footbridge over Lingmell Gill.
2. The path climbs beside the gill and then crosses it (stepping stones, easy in dry weather, **not** after rain).
3. Up **Brown Tongue**, which is relentless: a built path of stone steps for about 400 m of ascent. Head down, podcast
   on.
4. At the top of Brown Tongue bear left into Hollow Stones, then up the scree and boulders to Lingmell Col.
5. From the col it's a boulder field to the summit. The cairns are huge, but in the cloud it's easy to drift, so take
   a bearing.

![The stepping stones on Lingmell Gill](/images/2025/09/lingmell-gill-stepping-stones.jpg)

## The summit

I got there at 11.20 in thick cloud with about thirty other people, ate a sandwich on the big cairn and waited. At
12.05, exactly as promised, the cloud tore open and there was Great Gable, then Wast Water, then the sea and the Isle
of Man. Worth every step.

The summit memorial commemorates the fallen of the First World War; the summit was given to the National Trust in 1919.
Please don't leave anything on it: the volunteers carry down sacks of banana skins and "memorial" stones every month.

## Descent via Lingmell

Back down to Lingmell Col and then a short detour up to **Lingmell**, which has the best view of the whole walk, and
almost nobody on it. Then down Lingmell's west ridge on a steep, eroded path to rejoin Brown Tongue near the gill.
Knees complained.

## The people in the orange jackets

Coming off the hill at 4pm I stopped to chat to the people at the table by the path gate, whom I'd seen that morning.

The Scafell Stewards are a volunteer group from Gosforth and Seascale who stand at the start of the Brown Tongue path
on summer weekends from 7am, checking that walkers have a map, water, a waterproof and proper footwear, handing out free
route cards and lending head torches, and counting everyone who goes up. The group was started in 2022 by a retired
teacher after a run of call-outs for walkers lost on the summit in the dark, and now has about forty members. They
counted 41,000 walkers in the summer of 2024 and say they talked around 300 people in trainers or flip-flops out of going
up at all. The valley's mountain rescue team told them its summer call-outs to walkers lost on the Pike had fallen by a
third since they began.

They were lovely, and slightly horrified by my ancient boots. I put a fiver in the tin.

## Kit notes

- Boots (see above: time for new ones)
- Map, compass and phone with OS Maps downloaded. I needed the compass on top.
- 2 litres of water, which was just enough
- Waterproof, hat and gloves even in September
- Head torch (didn't need it, but the Stewards would have lent me one)

## Would I do it again?

From Wasdale, yes, but on a weekday in June, starting at 6am. Next on the list: Great Gable from Honister.

---

*Have you walked Scafell Pike recently? Tell me about it in the comments.*

{{< comments >}}
"""


# ================================================================== 11. A winter night shelter's overnight log (plain text)

LOG_TXT = """EASTGATE WINTER NIGHT SHELTER - NORWICH
OVERNIGHT LOG - WEEK 9 - Mon 23 Feb to Sun 1 Mar 2026
Shared file. Team leads: add your night at the bottom, newest last.
Use guest numbers (G1, G2...) only, never names. Sign every entry with
your initials and church.

**********************************************************************
READ FIRST - NOTES FOR ALL TEAMS (updated 20 Feb - JO, coordinator)
**********************************************************************

1. ABOUT THE SHELTER (for new volunteers)

Eastgate Winter Night Shelter is run by Eastgate Churches Together,
seven churches in the east of the city that take it in turns to host
fourteen guests a night from December to the end of March. Guests are
referred by the council's housing options team or the day centre and
keep the same bed all season. Each night a team of six volunteers
from the host church cooks an evening meal, two stay awake overnight,
and a breakfast team comes in at 6am. Last winter we gave 1,570 bed
nights to 41 people and 26 of them had moved into housing by April.

2. POLICE AND OUTREACH WALK-ROUNDS (TUES + THURS)

Operation Nightjar is Norfolk Constabulary's winter operation with
Norwich City Council's street outreach team. From December to March a
PC from the city centre beat team walks round with the council's
outreach workers from 10pm on Tuesday and Thursday nights, finding
people sleeping out, offering them a bed here or in the council's
emergency beds, and moving on or arresting people who pester or rob
rough sleepers. The council says 34 people have come into emergency
beds through Nightjar so far this winter. They may bring someone to
our door: if we have a spare bed (check with JO by phone first) we
can take them. They are NOT here to check up on our guests and will
not come in unless we ask.

3. HEALTH VAN (WEDS)

The Street Health Van is run by the Magdalen Street Practice, the
city's GP surgery for people who are homeless. On Wednesday evenings
from 8pm to 10pm a nurse and a GP park the van outside the host
church and see anyone who needs them: wound care, chest infections,
repeat prescriptions, vaccinations and referrals. They saw 180 people
across the city last winter. Encourage guests to go, but do not push.

4. IF SOMETHING HAPPENS
- Emergency: 999. Then ring JO (07700 900 612), any time.
- Non-emergency police: 101. Give the shelter ref EWNS.
- Guest unwell but not an emergency: 111.
- Safeguarding worry: write it on the yellow form, not in this log.
- Nobody is ever turned out at night except for violence.

5. CODES
  L/O = lights out   W/U = wake up   D = did not arrive
  R = refused entry  ! = see incident form

**********************************************************************
LOG
**********************************************************************

----------------------------------------------------------------------
MON 23 FEB - St Matthew's, Thorpe Road - lead SP (St Matthew's)
----------------------------------------------------------------------
19:00 Doors. 13 of 14 in by 19:40. G9 = D (texted JO).
19:45 Meal: shepherd's pie, apple crumble. Seconds all round.
21:00 G4 and G11 playing chess again. G4 winning, says G11.
22:30 L/O. Two on duty: SP, MK.
01:10 G2 up, couldn't sleep, tea in kitchen, talked till 01:40.
04:55 Smoke alarm in kitchen - toast, MK. Reset. Nobody woke!
06:00 Breakfast team in (AH, RB).
06:30 W/U.
07:30 All out. G7 left a phone charger, in lost property box.
SP

----------------------------------------------------------------------
TUE 24 FEB - St Matthew's - lead DW (St Matthew's)
----------------------------------------------------------------------
19:00 Doors. 14 of 14 (G9 back, had been at sister's).
19:30 Meal: chilli, rice, jacket potatoes. G13 doesn't eat meat -
      cheese toastie made.
21:50 Nightjar walk-round knocked (PC + Kayleigh from outreach).
      Asked if we had a bed - no, full. They took a man from
      Riverside Rd to the council's beds instead. All fine.
22:30 L/O. On duty: DW, PF.
02:20 G5 shouting in sleep. PF sat with him. Settled 02:35.
06:30 W/U. 07:30 all out.
DW

----------------------------------------------------------------------
WED 25 FEB - Thorpe Hamlet Methodist - lead CN (Methodist)
----------------------------------------------------------------------
19:00 Doors. 14/14.
19:30 Meal: sausage casserole, rice pudding.
20:00 Health van outside. G3 and G12 went (G3 chest, came back with
      antibiotics). G6 refused, that's OK.
22:30 L/O. On duty: CN, TL.
00:40 Man at the door shouting for G8, would not go. Did NOT open
      door. 101 first, then 999 when he kicked the door.
00:58 Police came. Man moved on. G8 says he is an ex and is
      frightened. ! Yellow form done, JO told by text.
06:30 W/U. G8 spoke to JO at 07:00 about day centre support.
07:30 All out.
CN

----------------------------------------------------------------------
THU 26 FEB - Thorpe Hamlet Methodist - lead RB (Methodist)
----------------------------------------------------------------------
19:00 Doors. 13/14. G1 = D, no word. JO told.
19:30 Meal: fish pie (donated by the Ship Inn), trifle.
21:10 Quiz night. G10 won (again), prize = Mars bar.
22:05 Nightjar came by. Asked about G1 - we said not seen. PC said
      they had seen him on Prince of Wales Rd at 21:30, OK but
      drunk, and would ask him to come in.
22:50 G1 arrived with outreach worker. Let in (his own bed).
23:00 L/O. On duty: RB, GS.
06:30 W/U. 07:30 all out. Lovely night.
RB

----------------------------------------------------------------------
FRI 27 FEB - St Mary's Pottergate - lead AH (St Mary's)
----------------------------------------------------------------------
19:00 Doors. 14/14.
19:30 Meal: curry night, made by the Bangladeshi community centre.
      Best meal of the season, says everyone.
22:30 L/O. On duty: AH, JL.
03:15 G14 unwell - vomiting. Rang 111, advised fluids and to call
      back if worse. Checked every 30 min. Better by 05:00.
06:30 W/U. 07:30 all out.
AH

----------------------------------------------------------------------
SAT 28 FEB - St Mary's Pottergate - lead MK (St Mary's)
----------------------------------------------------------------------
19:00 Doors. 14/14.
19:30 Meal: roast chicken. Birthday cake for G4 (54 today).
22:30 L/O. On duty: MK, SP.
Quiet night. Nothing to report.
06:30 W/U. 07:30 all out.
MK

----------------------------------------------------------------------
SUN 1 MAR - Holy Trinity, Heigham - lead PF (Holy Trinity)
----------------------------------------------------------------------
19:00 Doors. 14/14.
19:30 Meal: lasagne, fruit salad.
22:30 L/O. On duty: PF, CN.
06:30 W/U. 07:30 all out. G11 moves into his flat tomorrow!
PF

======================================================================
HANDOVER TO WEEK 10 (Holy Trinity Mon-Tue, St Giles Wed-Sun)
- G8: see yellow form 25 Feb. Do not confirm to anyone at the door
  that G8 is here.
- G1: drinking more. JO speaking to the day centre.
- Bed 11 free from Tue 3 Mar: JO will allocate.
- Linen: 6 sets to the launderette Mon am (Holy Trinity please).

BED NIGHTS THIS WEEK
  Mon 13   Tue 14   Wed 14   Thu 14   Fri 14   Sat 14   Sun 14
  Total 97 of 98 (season to date: 812)
======================================================================
"""


# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "north-devon-sentinel-bygones-looking-back-7-march-2026.html": lambda: BYGONES_HTML,
    "screen-week-whats-on-tv-tonight-thursday-12-march-2026.html": _tv_html,
    "factwise-fact-check-bristol-police-bike-theft-tracker-claim.html": lambda: FACTCHECK_HTML,
    "fellfoot-and-fireside-trip-report-scafell-pike-from-wasdale-september-2025.md": lambda: TRIP_MD,
    "eastgate-winter-night-shelter-norwich-overnight-log-week-9-2026.txt": lambda: LOG_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    guest_directory(out)
    user_manual(out)
    show_schedule(out)
    school_report(out)
    character_reference(out)
    property_form(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
