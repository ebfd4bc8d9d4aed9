"""Write the documents of the forty-eighth held-out layout set (PDFs, Word files, HTML, Markdown, text).

Run from the repository root:  python tests/data/layouts-heldout48/make.py [OUT_DIR]

These documents are held out: they were written from how UK publishers lay out their documents,
without reading the project's code, and are not to be tuned against. The writers here are
self-contained (reportlab and python-docx called directly): a hospital's patient information
leaflet, a parish profile written to find a new vicar, a community cinema's season programme, a
charity's trustee recruitment pack, a research team's interview topic guide and a tenant's stage 2
complaint letter to her housing association. The HTML, Markdown and plain-text documents (a
council's cost of living help page, a youth charity's privacy notice page, a train operator's
station page, a conference talk proposal drafted in Markdown and a newspaper's 'send us your news'
form submission forwarded by e-mail) are kept here as text and written out unchanged;
manifest.json lists every document's intended initiatives.

Every writer is deterministic: reportlab is asked for invariant output, the Word files get fixed
core properties and are re-zipped with fixed member timestamps, and the text documents are written
as UTF-8 with Unix line endings, so running the script twice gives the same bytes. The shared
helpers (zip rewriting, styles, panels, grids, the drawing flowable and the Word helpers) are taken
unchanged from the forty-seventh set's make.py (which took them from the forty-sixth, and it, by
way of the forty-fifth, the forty-fourth and the forty-third, from the forty-second).
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


# ================================================================== shared helpers (taken unchanged from the forty-seventh set, which took them from the forty-sixth and it, by way of the forty-fifth, the forty-fourth and the forty-third, from the forty-second)

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


# ================================================================== Word helpers (taken unchanged from the forty-seventh set, which took them from the forty-sixth and it, by way of the forty-fifth, the forty-fourth and the forty-third, from the forty-second)


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






# ================================================================== 1. A hospital's patient information leaflet (PDF, A5)

PL_BLUE = colors.HexColor("#005EB8")
PL_DARK = colors.HexColor("#003087")
PL_PALE = colors.HexColor("#E8EDEE")
PL_AQUA = colors.HexColor("#00A499")
PL_WARM = colors.HexColor("#FFF4D6")
PL_FILE = "ouse-valley-hospitals-patient-information-going-home-after-a-fall-ovh-pil-0412.pdf"


def _pl_logo(canvas, right, top):
    """The NHS lozenge and the trust's name, ranged right."""
    canvas.setFillColor(PL_BLUE)
    canvas.rect(right - 17 * mm, top - 7 * mm, 17 * mm, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-BoldOblique", 13)
    canvas.drawCentredString(right - 8.5 * mm, top - 5.6 * mm, "NHS")
    canvas.setFillColor(PL_BLUE)
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawRightString(right, top - 11.5 * mm, "Ouse Valley Hospitals")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(right, top - 15 * mm, "NHS Foundation Trust")


def _pl_cover(canvas, doc):
    width, height = A5
    canvas.saveState()
    _pl_logo(canvas, width - 12 * mm, height - 10 * mm)
    canvas.setFillColor(PL_BLUE)
    canvas.rect(0, height - 92 * mm, width, 58 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(12 * mm, height - 44 * mm, "Patient information")
    canvas.setFont("Helvetica-Bold", 24)
    canvas.drawString(12 * mm, height - 56 * mm, "Going home")
    canvas.drawString(12 * mm, height - 66 * mm, "after a fall")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(12 * mm, height - 76 * mm, "Information for patients, families and carers")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(12 * mm, height - 84 * mm, "Frailty and Falls Service \u00b7 Ward 7 (Ramsey) \u00b7 Ward 9 (Hemingford)")
    # a drawn house with a path and a handrail
    x0, y0 = width / 2 - 24 * mm, height - 150 * mm
    canvas.setFillColor(PL_PALE)
    canvas.rect(x0 - 8 * mm, y0 - 4 * mm, 64 * mm, 52 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(PL_DARK)
    canvas.setLineWidth(1.2)
    canvas.rect(x0, y0, 48 * mm, 28 * mm, stroke=1, fill=1)
    path = canvas.beginPath()
    path.moveTo(x0 - 3 * mm, y0 + 28 * mm)
    path.lineTo(x0 + 24 * mm, y0 + 44 * mm)
    path.lineTo(x0 + 51 * mm, y0 + 28 * mm)
    path.close()
    canvas.setFillColor(PL_AQUA)
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.setFillColor(PL_BLUE)
    canvas.rect(x0 + 19 * mm, y0, 10 * mm, 16 * mm, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#FFD25E"))
    canvas.rect(x0 + 5 * mm, y0 + 15 * mm, 9 * mm, 8 * mm, stroke=1, fill=1)
    canvas.rect(x0 + 34 * mm, y0 + 15 * mm, 9 * mm, 8 * mm, stroke=1, fill=1)
    canvas.setStrokeColor(PL_DARK)
    canvas.line(x0 + 30 * mm, y0 + 6 * mm, x0 + 34 * mm, y0 + 6 * mm)
    canvas.line(x0 + 34 * mm, y0, x0 + 34 * mm, y0 + 6 * mm)
    canvas.setFillColor(colors.HexColor("#C9B79C"))
    path = canvas.beginPath()
    path.moveTo(x0 + 19 * mm, y0)
    path.lineTo(x0 + 29 * mm, y0)
    path.lineTo(x0 + 36 * mm, y0 - 4 * mm)
    path.lineTo(x0 + 12 * mm, y0 - 4 * mm)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(PL_DARK)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(12 * mm, 22 * mm, "If you need this leaflet in large print, Easy Read, audio or another language,")
    canvas.drawString(12 * mm, 18.5 * mm, "please ask a member of staff or ring the Patient Experience Team on 01632 960 240.")
    canvas.setStrokeColor(PL_BLUE)
    canvas.setLineWidth(0.6)
    canvas.line(12 * mm, 14 * mm, width - 12 * mm, 14 * mm)
    canvas.setFont("Helvetica-Bold", 7)
    canvas.drawString(12 * mm, 10 * mm, "Ouse Valley General Hospital, Huntingdon")
    canvas.setFont("Helvetica", 7)
    canvas.drawRightString(width - 12 * mm, 10 * mm, "OVH/PIL/0412 \u00b7 Version 3")
    canvas.restoreState()


def _pl_page(canvas, doc):
    width, height = A5
    canvas.saveState()
    canvas.setFillColor(PL_BLUE)
    canvas.rect(0, height - 5 * mm, width, 5 * mm, stroke=0, fill=1)
    canvas.setFillColor(PL_DARK)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(12 * mm, height - 10 * mm, "Going home after a fall")
    canvas.drawRightString(width - 12 * mm, height - 10 * mm, "Ouse Valley Hospitals NHS Foundation Trust")
    canvas.setStrokeColor(PL_PALE)
    canvas.setLineWidth(0.8)
    canvas.line(12 * mm, 13 * mm, width - 12 * mm, 13 * mm)
    canvas.setFillColor(colors.HexColor("#425563"))
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(12 * mm, 9 * mm, "OVH/PIL/0412 \u00b7 Version 3 \u00b7 Published January 2026 \u00b7 Review due January 2029")
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawRightString(width - 12 * mm, 9 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()


def _pl_lines(canvas, width, height):
    """Ruled lines to write questions on."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#9AA5AD"))
    canvas.setLineWidth(0.4)
    step = 7.5 * mm
    y = height - step
    while y > 0:
        canvas.line(0, y, width, y)
        y -= step
    canvas.restoreState()


def falls_leaflet(out: Path) -> None:
    width, height = A5
    margin = 12 * mm
    doc = BaseDocTemplate(str(out / PL_FILE), pagesize=A5, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=16 * mm, title="Going home after a fall",
                          author="Ouse Valley Hospitals NHS Foundation Trust",
                          subject="Patient information leaflet OVH/PIL/0412", creator="Patient Information Team",
                          invariant=1)
    wide = width - 2 * margin
    cover = Frame(margin, 30 * mm, wide, 10 * mm, id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    inside = Frame(margin, 16 * mm, wide, height - 16 * mm - 15 * mm, id="inside", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=_pl_cover),
                          PageTemplate("inside", [inside], onPage=_pl_page)])
    h1 = _style("h1", "Helvetica-Bold", 13, leading=16, color=PL_BLUE, before=6, after=3)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 9.6, leading=12, color=PL_DARK, before=5, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Helvetica", 8.6, leading=11.6, after=4)
    small = _style("s", "Helvetica", 7.6, leading=9.8, after=2)
    bl = _style("bl", "Helvetica", 8.6, leading=11.4, after=2, left=10, first=-8)
    num = _style("n", "Helvetica", 8.6, leading=11.4, after=2.5, left=12, first=-12)
    tick = _style("t", "Helvetica", 8.6, leading=11.4, after=2.5, left=14, first=-14)
    cell = _style("c", "Helvetica", 7.8, leading=9.8)
    cell_b = _style("cb", "Helvetica-Bold", 7.8, leading=9.8)
    head = _style("hc", "Helvetica-Bold", 7.8, leading=9.8, color=colors.white)

    box = '<font name="ZapfDingbats" size="9">o</font>&nbsp;&nbsp;'
    story = [
        Spacer(1, 1),
        NextPageTemplate("inside"),
        PageBreak(),
        Paragraph("Why have I been given this leaflet?", h1),
        Paragraph("You have been in hospital after a fall. Falls are common as we get older (about one in three "
                  "people over 65 has a fall each year) and most do not cause serious harm, but a fall can knock "
                  "your confidence and make another fall more likely. This leaflet explains what will happen "
                  "when you leave hospital, the help you can have at home, and what you and your family can do "
                  "to stop it happening again.", body),
        _panel([Paragraph("<b>Please keep this leaflet.</b> Show it to your family or carers, and bring it with "
                          "you to your falls clinic appointment if you are given one.", body)],
               wide, fill=PL_PALE, bar=PL_BLUE, pad=7),
        Paragraph("Before you leave the ward", h1),
        Paragraph("The nurse in charge of your care will go through this list with you. Tick each one when it "
                  "has been done.", body),
        Paragraph(box + "I have my medicines, and someone has explained any changes.", tick),
        Paragraph(box + "I know about any follow-up appointments (falls clinic, fracture clinic, GP).", tick),
        Paragraph(box + "My family or carer knows what time I am going home.", tick),
        Paragraph(box + "I have the equipment I need, or I know when it will be delivered.", tick),
        Paragraph(box + "I have my glasses, hearing aids, walking aid and door keys.", tick),
        Paragraph(box + "I have been given a copy of my discharge letter (a copy goes to my GP).", tick),
        Paragraph("If you are worried about going home, tell us. The ward\u2019s discharge co-ordinator can talk "
                  "to you and your family about the support described in this leaflet.", body),
        Paragraph("Support when you get home", h1),
        Paragraph("Depending on how you are, the ward team may arrange one or more of the following for you. "
                  "You do not have to accept help, but most people find it makes the first few weeks easier.",
                  body),
        Paragraph("Therapy and care at home for up to six weeks", h2),
        Paragraph("Home First is run by our community therapy team. If you need help to get back on your feet, a "
                  "physiotherapist or occupational therapist will visit you at home within 48 hours of you "
                  "leaving hospital, and support workers from the team can call up to four times a day for up to "
                  "six weeks while you get your strength back. They check your home for hazards, bring equipment "
                  "such as a perching stool, a raised toilet seat or a second stair rail, and leave you a simple "
                  "exercise plan to do between visits. Home First is free. Last year the team supported 1,140 "
                  "people home from our wards; seven in ten of them needed no further care at the end of their six "
                  "weeks, and people going home this way spent on average four fewer days in hospital.", body),
        Paragraph("A volunteer to help you settle in", h2),
        Paragraph("Home from Hospital is run by Hunts Good Neighbours, a local charity, for people who live alone "
                  "or whose carer needs a break. A trained volunteer meets you at home on the day you leave or the "
                  "day after, makes sure the heating is on and there is something in the fridge, and then visits "
                  "or telephones once a week for up to six weeks: collecting prescriptions and shopping, going "
                  "with you to appointments, or simply stopping for a cup of tea and a chat. There is no charge. "
                  "In 2025 the charity\u2019s 62 volunteers helped 318 people home from our hospital, and nearly "
                  "all of them said they felt safer and less lonely as a result. The discharge co-ordinator can "
                  "refer you, or you can ring the charity yourself (see page 5).", body),
        Paragraph("A free home fire safety visit", h2),
        Paragraph("Cambridgeshire Fire and Rescue Service will visit you at home free of charge for a Safe and "
                  "Well visit. A firefighter or community safety adviser spends about an hour with you, fits free "
                  "smoke alarms (and a vibrating pillow alarm if you are hard of hearing), checks for trip hazards "
                  "such as trailing wires and loose rugs, and talks through how you would get out in a fire. If "
                  "they think you are at risk of falling they can refer you straight back to our falls service. "
                  "Last year the service made more than 4,000 Safe and Well visits across the county, nearly a "
                  "third of them after a referral from hospital or community health staff.", body),
        Paragraph("Reducing the chance of another fall", h1),
        Paragraph("\u2022 <b>Keep moving.</b> Staying active is the best way to keep your muscles and balance "
                  "strong. Do the exercises your therapist gives you every day. Ask us about strength and balance "
                  "classes near you.", bl),
        Paragraph("\u2022 <b>Review your medicines.</b> Some medicines can make you dizzy or sleepy. Ask your GP "
                  "or pharmacist to check them once a year.", bl),
        Paragraph("\u2022 <b>Check your eyes and feet.</b> Have an eye test every year. Wear well-fitting shoes or "
                  "slippers with a back and a grip on the sole, not backless slippers or socks.", bl),
        Paragraph("\u2022 <b>Light the way.</b> Use a night light or leave the landing light on. Keep a torch by "
                  "the bed.", bl),
        Paragraph("\u2022 <b>Take your time.</b> Sit on the edge of the bed for a minute before you stand up, "
                  "especially at night.", bl),
        Paragraph("\u2022 <b>Drink enough.</b> Six to eight cups of fluid a day, unless your doctor has told you "
                  "otherwise. Limit alcohol.", bl),
        Paragraph("\u2022 <b>Carers:</b> if the person you look after has dementia, ask us about the Herbert "
                  "Protocol form, which Cambridgeshire Constabulary asks families to keep ready in case "
                  "someone goes missing.", bl),
        Paragraph("If you fall again", h1),
        Paragraph("Try to stay calm. Don\u2019t get up straight away: check whether you are hurt.", body),
        Paragraph("1.&nbsp;&nbsp;If you are hurt or cannot get up, call for help: use your personal alarm, shout, "
                  "bang on the floor or wall, or crawl to the telephone. If you are injured, ring 999.", num),
        Paragraph("2.&nbsp;&nbsp;Keep warm while you wait: pull a blanket, coat or towel over you.", num),
        Paragraph("3.&nbsp;&nbsp;Keep moving your arms and legs gently to help your circulation, and change "
                  "position every 30 minutes if you can.", num),
        Paragraph("4.&nbsp;&nbsp;If you are not hurt and feel able to get up, roll onto your hands and knees, crawl "
                  "to a sturdy chair, put your hands on the seat and bring one foot forward. Push up slowly, turn "
                  "and sit down. Rest before you do anything else.", num),
        Paragraph("5.&nbsp;&nbsp;Tell your GP or the falls service about every fall, even if you were not hurt.",
                  num),
        Spacer(1, 2 * mm),
        _panel([Paragraph("<b>Personal alarms.</b> A pendant or wristband alarm lets you call for help at the "
                          "press of a button, day or night. You can buy or rent one; ask the ward for a list of "
                          "providers in the area. Some will come with a fall detector.", small)],
               wide, fill=PL_WARM, border=colors.HexColor("#E5B73B"), pad=6),
        Paragraph("Questions you may want to ask", h1),
        Paragraph("Use this space to write down anything you want to ask before you go home, or at your "
                  "follow-up appointment.", body),
        _Drawing(wide, 40 * mm, _pl_lines),
        PageBreak(),
        Paragraph("Useful contacts", h1),
    ]
    contacts = _grid([
        [Paragraph("Who", head), Paragraph("When", head), Paragraph("Telephone", head)],
        [Paragraph("Frailty and Falls Service", cell_b), "Mon to Fri, 8.30am to 4.30pm", "01632 960 244"],
        [Paragraph("Ward 7 (Ramsey)", cell_b), "24 hours", "01632 960 247"],
        [Paragraph("Ward 9 (Hemingford)", cell_b), "24 hours", "01632 960 249"],
        [Paragraph("Home First (community therapy)", cell_b), "Every day, 8am to 8pm", "01632 960 251"],
        [Paragraph("Hunts Good Neighbours", cell_b), "Mon to Fri, 9.30am to 3pm", "01632 960 257"],
        [Paragraph("Safe and Well visits (fire service)", cell_b), "Mon to Fri, office hours", "01632 960 262"],
        [Paragraph("NHS 111", cell_b), "24 hours, for urgent advice", "111"],
        [Paragraph("Emergency", cell_b), "24 hours", "999"],
    ], [wide * 0.42, wide * 0.35, wide * 0.23], cell, head, PL_BLUE, line=colors.HexColor("#AEB7BD"),
        zebra=PL_PALE)
    story += [
        contacts,
        Spacer(1, 3 * mm),
        Paragraph("Tell us what you think", h2),
        Paragraph("If you have comments or concerns about your care, please speak to the nurse in charge. You can "
                  "also contact our Patient Advice and Liaison Service (PALS) on 01632 960 233 or at "
                  "pals@example.org.", body),
        Paragraph("Sources", h2),
        Paragraph("National Institute for Health and Care Excellence (2025) Falls: assessment and prevention in "
                  "older people and in people 50 and over at higher risk (NG249). Royal Osteoporosis Society "
                  "(2024) Preventing falls.", small),
        Paragraph("Written by the Frailty and Falls Service with the Patient Information Panel. Ouse Valley "
                  "General Hospital, Ermine Street, Huntingdon PE29 9ZZ. This is a smoke-free site.", small),
        PageBreak(),
        Paragraph("My notes", h1),
        _Drawing(wide, 150 * mm, _pl_lines),
    ]
    doc.build(story)


# ================================================================== 2. A parish profile written to find a new vicar (PDF)

PP_WINE = colors.HexColor("#6E1B35")
PP_GOLD = colors.HexColor("#C79A2E")
PP_CREAM = colors.HexColor("#FBF6EC")
PP_GREY = colors.HexColor("#5B5450")
PP_FILE = "st-columbas-darnhill-heywood-parish-profile-2026.pdf"


def _pp_church(canvas, x, y, scale=1.0):
    """A drawn church: a nave, a square tower with a pyramid cap and a cross, and lit windows."""
    s = scale
    canvas.setStrokeColor(PP_GOLD)
    canvas.setLineWidth(1.1)
    canvas.setFillColor(colors.HexColor("#8A2C49"))
    canvas.rect(x, y, 40 * mm * s, 16 * mm * s, stroke=1, fill=1)
    path = canvas.beginPath()
    path.moveTo(x - 2 * mm * s, y + 16 * mm * s)
    path.lineTo(x + 20 * mm * s, y + 27 * mm * s)
    path.lineTo(x + 42 * mm * s, y + 16 * mm * s)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.rect(x + 40 * mm * s, y, 12 * mm * s, 34 * mm * s, stroke=1, fill=1)
    path = canvas.beginPath()
    path.moveTo(x + 39 * mm * s, y + 34 * mm * s)
    path.lineTo(x + 46 * mm * s, y + 42 * mm * s)
    path.lineTo(x + 53 * mm * s, y + 34 * mm * s)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
    canvas.line(x + 46 * mm * s, y + 42 * mm * s, x + 46 * mm * s, y + 49 * mm * s)
    canvas.line(x + 43.5 * mm * s, y + 46.5 * mm * s, x + 48.5 * mm * s, y + 46.5 * mm * s)
    canvas.setFillColor(PP_GOLD)
    for i in range(4):
        wx = x + (5 + i * 9) * mm * s
        canvas.roundRect(wx, y + 5 * mm * s, 4 * mm * s, 7 * mm * s, 2 * mm * s, stroke=0, fill=1)
    canvas.roundRect(x + 44 * mm * s, y + 22 * mm * s, 4 * mm * s, 6 * mm * s, 2 * mm * s, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#3C0F1E"))
    canvas.roundRect(x + 43.5 * mm * s, y, 5 * mm * s, 9 * mm * s, 2.5 * mm * s, stroke=0, fill=1)


def _pp_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(PP_GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
    canvas.setFillColor(PP_GREY)
    canvas.setFont("Times-Italic", 8.5)
    canvas.drawString(18 * mm, 9.5 * mm, "St Columba\u2019s, Darnhill \u00b7 Parish profile 2026")
    canvas.setFont("Times-Roman", 8.5)
    canvas.drawRightString(width - 18 * mm, 9.5 * mm, "Page %d of 3" % canvas.getPageNumber())
    canvas.restoreState()


def _pp_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    band = 62 * mm
    canvas.setFillColor(PP_WINE)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(PP_GOLD)
    canvas.rect(0, height - band - 1.6 * mm, width, 1.6 * mm, stroke=0, fill=1)
    _pp_church(canvas, width - 82 * mm, height - band + 7 * mm, 1.0)
    canvas.setFillColor(PP_GOLD)
    canvas.setFont("Times-Roman", 10)
    canvas.drawString(18 * mm, height - 15 * mm, "DIOCESE OF MANCHESTER \u00b7 DEANERY OF HEYWOOD AND MIDDLETON")
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 30)
    canvas.drawString(18 * mm, height - 31 * mm, "St Columba\u2019s")
    canvas.setFont("Times-Italic", 17)
    canvas.drawString(18 * mm, height - 40 * mm, "Darnhill, Heywood")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(18 * mm, height - 50 * mm, "Parish profile 2026")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.setFillColor(PP_GOLD)
    canvas.drawString(18 * mm, height - 56 * mm, "We are looking for a new vicar")
    canvas.restoreState()
    _pp_foot(canvas, doc)


def _pp_inside(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(PP_WINE)
    canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Times-Bold", 10)
    canvas.drawString(18 * mm, height - 6.2 * mm, "St Columba\u2019s, Darnhill")
    canvas.setFont("Times-Italic", 9)
    canvas.drawRightString(width - 18 * mm, height - 6.2 * mm, "Parish profile 2026")
    canvas.setStrokeColor(colors.HexColor("#D9CBB8"))
    canvas.setLineWidth(0.5)
    canvas.line(width / 2, 18 * mm, width / 2, height - 16 * mm)
    canvas.restoreState()
    _pp_foot(canvas, doc)


def parish_profile(out: Path) -> None:
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(out / PP_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=18 * mm, title="St Columba's, Darnhill: parish profile 2026",
                          author="St Columba's Parochial Church Council", subject="Parish profile for the appointment of a vicar",
                          creator="St Columba's PCC", invariant=1)
    wide = width - 2 * margin
    gutter = 8 * mm
    col = (wide - gutter) / 2
    first = Frame(margin, 18 * mm, wide, height - 62 * mm - 8 * mm - 18 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    left = Frame(margin, 18 * mm, col, height - 16 * mm - 18 * mm, id="left", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    right = Frame(margin + col + gutter, 18 * mm, col, height - 16 * mm - 18 * mm, id="right", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_pp_first),
                          PageTemplate("inside", [left, right], onPage=_pp_inside)])
    h1 = _style("h1", "Times-Bold", 15, leading=18, color=PP_WINE, before=6, after=3)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 8.8, leading=11, color=PP_GOLD, before=5, after=2)
    h2.keepWithNext = 1
    body = _style("b", "Times-Roman", 10, leading=12.8, after=5)
    sign = _style("sg", "Times-Italic", 10, leading=12.8, color=PP_WINE, after=6)
    bl = _style("bl", "Times-Roman", 10, leading=12.6, after=2.5, left=10, first=-8)
    small = _style("s", "Helvetica", 7.6, leading=9.6, after=2)
    cell = _style("c", "Helvetica", 7.6, leading=9.4)
    cell_r = _style("cr", "Helvetica", 7.6, leading=9.4, align=2)
    head = _style("hc", "Helvetica-Bold", 7.6, leading=9.4, color=colors.white)
    head_r = _style("hcr", "Helvetica-Bold", 7.6, leading=9.4, color=colors.white, align=2)
    fact_l = _style("fl", "Helvetica", 7.8, leading=9.8, color=PP_GREY)
    fact_v = _style("fv", "Helvetica-Bold", 8.2, leading=10.2, color=colors.HexColor("#2A2220"))
    quote = _style("q", "Times-Italic", 11.5, leading=14.5, color=PP_WINE, after=3)

    left_w = wide * 0.60
    right_w = wide - left_w - 8 * mm
    facts = Table([[Paragraph(a, fact_l), Paragraph(b, fact_v)] for a, b in [
        ("Parish population", "about 7,900"),
        ("Electoral roll", "64"),
        ("Usual Sunday attendance", "48 adults and 12 children"),
        ("Church", "1958, brick, seats 220"),
        ("Hall", "1972, refurbished 2019, seats 120"),
        ("Parish share 2025", "\u00a328,400, paid in full"),
        ("Vacancy since", "Easter 2025"),
        ("Tradition", "Central, sacramental, informal"),
    ]], colWidths=[(right_w - 12) * 0.48, (right_w - 12) * 0.52])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#E3D3B0")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    glance = _panel([Paragraph("At a glance", _style("ag", "Times-Bold", 12.5, color=PP_WINE, after=4)), facts],
                    right_w, fill=PP_CREAM, border=PP_GOLD, border_width=1, pad=7)
    page1_left = [
        Paragraph("Welcome", h1),
        Paragraph("Thank you for picking up our profile. St Columba\u2019s has been without a vicar since Revd "
                  "Andrew Kay retired at Easter 2025 after fourteen years with us, and we have missed having "
                  "someone to lead us. We have not sat still: the churchwardens, our two readers and a retired "
                  "priest from Bamford have kept the services going, and the things we do for Darnhill have "
                  "carried on. But we know we need a priest who will help us to grow, and to be church for people "
                  "who would never think of coming through our doors on a Sunday.", body),
        Paragraph("We have tried to be honest in these pages about what is good here and what is hard. If you "
                  "would like to come and see us before you apply, we would love to show you round, and the kettle "
                  "is always on.", body),
        Paragraph("Pauline Ashworth and Everton Blake, churchwardens", sign),
        Paragraph("Darnhill and Heywood", h1),
        Paragraph("Darnhill is an estate of about 2,600 homes on the western edge of Heywood, built by Manchester "
                  "Corporation in the 1950s to rehouse families from Collyhurst and Ancoats. Most of the houses "
                  "now belong to a housing association, with a growing number bought by the families who live in "
                  "them. There is a parade of shops, two primary schools, a health centre and a community centre; "
                  "the M62 is a mile away and the tram stop at Bury is a short bus ride. Most of the parish is in "
                  "the tenth of neighbourhoods in England with the highest deprivation, and child poverty is high, "
                  "but people here look out for one another, and many families have lived on the estate for three "
                  "or four generations.", body),
        Paragraph("Heywood itself is a mill town of about 30,000 people between Rochdale and Bury, with a market, "
                  "a sports village and the East Lancashire Railway on its doorstep.", body),
    ]
    page1_right = [glance, Spacer(1, 6 * mm),
                   _panel([Paragraph("\u201cIt\u2019s the only place on the estate with the door open every day. "
                                     "You walk in and somebody knows your name.\u201d", quote),
                           Paragraph("A regular at the Kitchen Table", small)], right_w, bar=PP_GOLD, pad=8),
                   Spacer(1, 6 * mm),
                   _panel([Paragraph("<b>Occasional offices, 2025</b>", small),
                           Paragraph("Baptisms 11 \u00b7 Weddings 3 \u00b7 Funerals 38 (most at Heywood cemetery or "
                                     "Rochdale crematorium)", small)], right_w, fill=PP_CREAM, pad=7)]
    page1 = Table([[page1_left, page1_right]], colWidths=[left_w + 8 * mm, right_w])
    page1.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))

    services = _grid([
        [Paragraph("When", head), Paragraph("What", head), Paragraph("Usually", head_r)],
        ["Sunday 10.30am", "Parish Communion (Common Worship, organ and music group, Sunday school)",
         Paragraph("60", cell_r)],
        ["2nd Sunday 4pm", "Messy Church in the hall, with tea", Paragraph("35", cell_r)],
        ["Wednesday 10am", "Said Holy Communion, then coffee", Paragraph("8", cell_r)],
        ["Tuesday to Friday 9am", "Morning Prayer (said)", Paragraph("3", cell_r)],
    ], [wide * 0.22, wide * 0.66, wide * 0.12], cell, head, PP_WINE, line=colors.HexColor("#D9CBB8"),
        zebra=PP_CREAM, inner=False)

    money = _grid([
        [Paragraph("\u00a3", head), Paragraph("2023", head_r), Paragraph("2024", head_r), Paragraph("2025", head_r)],
        ["Planned giving", Paragraph("31,200", cell_r), Paragraph("32,900", cell_r), Paragraph("34,100", cell_r)],
        ["Collections and donations", Paragraph("6,400", cell_r), Paragraph("6,100", cell_r),
         Paragraph("7,300", cell_r)],
        ["Hall lettings", Paragraph("14,800", cell_r), Paragraph("16,200", cell_r), Paragraph("17,900", cell_r)],
        ["Fees (weddings, funerals)", Paragraph("5,900", cell_r), Paragraph("6,300", cell_r),
         Paragraph("6,600", cell_r)],
        ["Grants (restricted)", Paragraph("8,000", cell_r), Paragraph("9,500", cell_r), Paragraph("9,500", cell_r)],
        [Paragraph("<b>Total income</b>", cell), Paragraph("<b>66,300</b>", cell_r),
         Paragraph("<b>71,000</b>", cell_r), Paragraph("<b>75,400</b>", cell_r)],
        ["Parish share", Paragraph("27,000", cell_r), Paragraph("27,700", cell_r), Paragraph("28,400", cell_r)],
        ["Buildings, heat and insurance", Paragraph("21,300", cell_r), Paragraph("22,800", cell_r),
         Paragraph("23,100", cell_r)],
        ["Everything else", Paragraph("17,600", cell_r), Paragraph("18,900", cell_r), Paragraph("20,200", cell_r)],
        [Paragraph("<b>Surplus (deficit)</b>", cell), Paragraph("<b>400</b>", cell_r),
         Paragraph("<b>1,600</b>", cell_r), Paragraph("<b>3,700</b>", cell_r)],
    ], [col * 0.43, col * 0.19, col * 0.19, col * 0.19], cell, head, PP_WINE, line=colors.HexColor("#D9CBB8"),
        zebra=PP_CREAM, inner=False)

    archdeacon = _panel([
        Paragraph("From the Area Dean", _style("ad", "Times-Bold", 11.5, color=PP_WINE, after=3)),
        Paragraph("St Columba\u2019s is a small church that punches well above its weight. Its people are "
                  "generous, practical and unafraid of hard work, and the estate trusts them. The new vicar will "
                  "find colleagues in the deanery who meet monthly and share cover, and a diocese that has made "
                  "estates ministry one of its priorities. This is a post for someone who loves people more than "
                  "meetings.", _style("adb", "Times-Italic", 9.6, leading=12.2, after=3)),
        Paragraph("Revd Canon Helen Ogden, Area Dean of Heywood and Middleton", small),
    ], col, fill=PP_CREAM, border=PP_GOLD, border_width=1, pad=8)

    story = [
        page1,
        Spacer(1, 2 * mm),
        Paragraph("Our worship", h1),
        Paragraph("Our main service is a sung Parish Communion on Sunday mornings, in modern language, with an "
                  "organist on two Sundays a month and a small music group on the others. Children go out to "
                  "Sunday school for the first part of the service and come back in for communion. We are a "
                  "central, fairly informal church: robes and candles, but nobody minds if the baby cries.", body),
        services,
        NextPageTemplate("inside"),
        PageBreak(),
        Paragraph("Serving Darnhill", h1),
        Paragraph("Most of what we do happens on weekdays, in the hall, with people who do not come on Sundays. "
                  "Three things matter most to us.", body),
        Paragraph("THE KITCHEN TABLE", h2),
        Paragraph("The Kitchen Table is our free community meal, served in the church hall every Tuesday and "
                  "Thursday from 12 noon. It started in the winter of 2022, when the church council opened the "
                  "heated hall as a warm space and realised that people needed feeding too. A team of 22 "
                  "volunteers, most of whom do not come to church, cooks a hot two-course meal from food given by "
                  "two supermarkets and FareShare; anyone can come and nobody is asked why. After lunch there are "
                  "board games, a money adviser from the credit union once a month, and a nurse from the health "
                  "centre who checks blood pressure. We served 9,870 meals in 2025, about 95 a session, and "
                  "several of the people who came to eat now help in the kitchen.", body),
        Paragraph("FRIDAY NIGHT PROJECT", h2),
        Paragraph("Friday Night Project opens the church hall to young people aged 11 to 16 every Friday from "
                  "6.30 to 9pm. It is run by our part-time youth worker and a rota of volunteers together with "
                  "Greater Manchester Police\u2019s Heywood neighbourhood team: two officers or PCSOs come every "
                  "week, play pool and table tennis with the young people, and once a month run a session on "
                  "something the young people choose (knives, staying safe online, what to do if you are stopped "
                  "and searched, how to join the police). It began in 2023 after a summer of fires and "
                  "stone-throwing on the estate. Around 35 young people now come each week, and the neighbourhood "
                  "team tells us calls about young people causing trouble in Darnhill on Friday nights have fallen "
                  "by about 40 per cent.", body),
        Paragraph("OPEN THE BOOK", h2),
        Paragraph("Our Open the Book team of nine volunteers takes a Bible story, a box of costumes and a few props "
                  "into assembly at Hareshill Primary and Darnhill Community Primary every fortnight in term time, "
                  "and acts it out with the children in fifteen minutes. We have done it since 2019: about 180 "
                  "assemblies, each seen by around 420 children, and both head teachers tell us it is the assembly "
                  "the children talk about most.", body),
        Paragraph("Also in the hall", h2),
        Paragraph("We collect for Heywood Foodbank on the first Sunday of each month. The hall is also used by the "
                  "council\u2019s Darnhill Tots group on Tuesday mornings, a slimming club, a karate club and two "
                  "Alcoholics Anonymous meetings, whose rent keeps the hall open for everything else.", body),
        Paragraph("Our buildings", h1),
        Paragraph("<b>The church</b> was built in 1958 in brown brick with a square tower, and is light and warm "
                  "inside. The quinquennial inspection in 2024 found it in fair condition; the flat roof over the "
                  "vestries needs replacing within five years (estimated at \u00a338,000). <b>The hall</b> next door "
                  "was built in 1972 and refurbished in 2019 with a new kitchen, toilets and a ramp. <b>The "
                  "vicarage</b> is a four-bedroom detached house of the 1990s beside the church, with a garden, a "
                  "garage and a study with its own door; the diocese will redecorate it before you arrive.", body),
        Paragraph("Our money", h1),
        Paragraph("We pay our parish share in full and have done every year since 2012. Grants for the Kitchen "
                  "Table are kept separate. Unrestricted reserves at the end of 2025 were \u00a341,000.", body),
        money,
        Spacer(1, 4 * mm),
        Paragraph("Our people", h1),
        Paragraph("The church council has twelve members and meets six times a year. We have two licensed lay "
                  "readers, a part-time youth worker (15 hours a week, paid for by a grant until 2027), a volunteer "
                  "treasurer, a parish safeguarding officer and an administrator who works Tuesday and Thursday "
                  "mornings. Our oldest member is 94 and our youngest server is nine.", body),
        Paragraph("Being honest about ourselves", h1),
        Paragraph("\u2022 Most of our congregation is over 60, and the same dozen people do most of the jobs.", bl),
        Paragraph("\u2022 Families come for baptisms, Messy Church and Christmas, but few come on Sundays.", bl),
        Paragraph("\u2022 We are tired after a long vacancy, and we know it shows.", bl),
        Paragraph("\u2022 We are better at doing things than at praying about them.", bl),
        Paragraph("What we are looking for", h1),
        Paragraph("We are looking for a priest who:", body),
        Paragraph("\u2022 will be seen on the estate, at the school gates and in the chip shop, not just in church;", bl),
        Paragraph("\u2022 leads worship that is warm, unfussy and rooted in the Eucharist;", bl),
        Paragraph("\u2022 can help young people from the hall find a place in the church, if they want one;", bl),
        Paragraph("\u2022 will help us share the work and train new leaders, rather than doing it all;", bl),
        Paragraph("\u2022 has a sense of humour and can cope with a leaking roof.", bl),
        Paragraph("What we can offer", h1),
        Paragraph("A congregation that will pray for you and muck in; a hall that is busy every day; good friends "
                  "in the deanery; a vicarage with a garden; and the chance to be the parish priest of a place "
                  "where it still means something.", body),
        archdeacon,
        Paragraph("How to apply", h1),
        Paragraph("The post is full time and stipendiary. Application packs are available from the Bishop\u2019s "
                  "office at appointments@example.org or on 01632 960 612. The closing date is 12 noon on Monday "
                  "20 April 2026; interviews will be on Thursday 14 May, with a chance to meet the parish the "
                  "evening before. For an informal conversation, ring the Area Dean on 01632 960 618.", body),
        Paragraph("Our deanery and diocese", h1),
        Paragraph("Heywood and Middleton deanery has eleven parishes and meets as a chapter on the first Tuesday "
                  "of the month. Clergy take turns to cover holidays and share a deanery youth residential every "
                  "summer. The diocese offers every new incumbent a mentor, a first-year review and a week of "
                  "study leave a year.", body),
        _panel([Paragraph("A prayer for our vacancy", _style("pv", "Times-Bold", 11, color=PP_WINE, after=3)),
                Paragraph("Lord of the harvest, send us a shepherd after your own heart: one who will feed us, "
                          "walk with us and go out with us to the streets and homes of Darnhill; through Jesus "
                          "Christ our Lord. Amen.", _style("pvb", "Times-Italic", 10, leading=12.8, after=2))],
               col, bar=PP_GOLD, pad=8),
        Spacer(1, 4 * mm),
        Paragraph("St Columba\u2019s Church, Argyle Parade, Darnhill, Heywood OL10 9ZZ", small),
        Paragraph("Photographs and text by members of the congregation. Printed on recycled paper.", small),
    ]
    doc.build(story)


# ================================================================== 3. A community cinema's season programme (PDF)

CN_INK = colors.HexColor("#151515")
CN_RED = colors.HexColor("#C8102E")
CN_GOLD = colors.HexColor("#F2C14E")
CN_SMOKE = colors.HexColor("#F3F0EA")
CN_TEAL = colors.HexColor("#2B7A78")
CN_FILE = "pump-room-pictures-tenbury-wells-spring-season-2026.pdf"


def _cn_strip(canvas, x, y, w, h):
    """A strip of film with sprocket holes and frames."""
    canvas.setFillColor(colors.HexColor("#2C2C2C"))
    canvas.rect(x, y, w, h, stroke=0, fill=1)
    canvas.setFillColor(CN_INK)
    hole = 2.2 * mm
    step = 4.6 * mm
    i = 0
    while x + i * step + hole < x + w:
        canvas.rect(x + i * step + 1 * mm, y + h - 3.2 * mm, hole, 2 * mm, stroke=0, fill=1)
        canvas.rect(x + i * step + 1 * mm, y + 1.2 * mm, hole, 2 * mm, stroke=0, fill=1)
        i += 1
    canvas.setFillColor(colors.HexColor("#4E4A44"))
    frame_w = 16 * mm
    j = 0
    while x + 2 * mm + j * (frame_w + 2 * mm) + frame_w < x + w:
        canvas.rect(x + 2 * mm + j * (frame_w + 2 * mm), y + 4.4 * mm, frame_w, h - 8.8 * mm, stroke=0, fill=1)
        j += 1


def _cn_first(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(CN_INK)
    canvas.rect(0, height - 56 * mm, width, 56 * mm, stroke=0, fill=1)
    _cn_strip(canvas, 0, height - 56 * mm, width, 14 * mm)
    canvas.setFillColor(CN_GOLD)
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawString(16 * mm, height - 20 * mm, "PUMP ROOM PICTURES")
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 9.5)
    canvas.drawString(16 * mm, height - 27 * mm, "Community cinema at the Pump Rooms, Tenbury Wells")
    canvas.setFillColor(CN_RED)
    canvas.rect(width - 82 * mm, height - 34 * mm, 66 * mm, 22 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 15)
    canvas.drawCentredString(width - 49 * mm, height - 21 * mm, "SPRING SEASON 2026")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawCentredString(width - 49 * mm, height - 28.5 * mm, "January to April \u00b7 films at 7.30pm unless marked")
    canvas.restoreState()
    _cn_foot(canvas, doc)


def _cn_foot(canvas, doc):
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(CN_INK)
    canvas.rect(0, 0, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(16 * mm, 5 * mm, "Pump Room Pictures is run entirely by volunteers. Registered charity no. 1187340. "
                      "The Pump Rooms, Teme Street, Tenbury Wells WR15 9ZZ.")
    canvas.setFillColor(CN_GOLD)
    canvas.setFont("Helvetica-Bold", 7.5)
    canvas.drawRightString(width - 16 * mm, 5 * mm, "%d/2" % canvas.getPageNumber())
    canvas.restoreState()


def _cn_later(canvas, doc):
    width, height = A4
    canvas.saveState()
    _cn_strip(canvas, 0, height - 12 * mm, width, 12 * mm)
    canvas.restoreState()
    _cn_foot(canvas, doc)


def _cn_logos(canvas, width, height):
    """Four sponsors' logos drawn as simple marks."""
    canvas.saveState()
    names = [("TEME VALLEY", "Garage"), ("The Bridge", "Tea Rooms"), ("Rose & Crown", "since 1781"),
             ("Tenbury", "Town Council")]
    w = (width - 4 * mm) / 2
    h = (height - 4 * mm) / 2
    for i, (a, b) in enumerate(names):
        x = (i % 2) * (w + 4 * mm)
        y = height - h - (i // 2) * (h + 4 * mm)
        canvas.setStrokeColor(colors.HexColor("#BDB6A8"))
        canvas.setFillColor(colors.white)
        canvas.roundRect(x, y, w, h, 2 * mm, stroke=1, fill=1)
        canvas.setFillColor([CN_TEAL, CN_RED, CN_INK, colors.HexColor("#5A7D2A")][i])
        canvas.circle(x + 7 * mm, y + h / 2, 4 * mm, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(x + 13 * mm, y + h / 2 + 1 * mm, a)
        canvas.setFont("Helvetica", 6.8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(x + 13 * mm, y + h / 2 - 3.5 * mm, b)
    canvas.restoreState()


def _cn_form(canvas, width, height):
    """A tear-off membership form below a dashed cutting line."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.6)
    canvas.line(0, height - 2 * mm, width, height - 2 * mm)
    canvas.setDash()
    canvas.setFont("ZapfDingbats", 10)
    canvas.setFillColor(colors.HexColor("#888888"))
    canvas.drawString(2 * mm, height - 3.6 * mm, "\u2702")
    canvas.setFillColor(CN_RED)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(0, height - 10 * mm, "Join Pump Room Pictures")
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.setFont("Helvetica", 7.6)
    canvas.drawString(52 * mm, height - 10 * mm, "Hand this in at the box office or post it to the address below "
                      "with a cheque payable to \u2018Pump Room Pictures\u2019.")
    labels = ["Name(s)", "Address", "", "Postcode", "Email", "Phone"]
    row = 7.6 * mm
    canvas.setStrokeColor(colors.HexColor("#9A9385"))
    canvas.setLineWidth(0.6)
    half = width * 0.58
    for i, label in enumerate(labels):
        y = height - 14 * mm - (i + 1) * row
        canvas.drawString(0, y + 2.4 * mm, label)
        canvas.rect(24 * mm, y + 0.8 * mm, half - 24 * mm, row - 1.6 * mm, stroke=1, fill=0)
    x = half + 8 * mm
    y = height - 14 * mm - row
    for i, text in enumerate(["Single membership \u00a315", "Joint membership (same address) \u00a325",
                              "Under 18 or student \u00a35", "I would like to volunteer",
                              "Please email me the programme"]):
        canvas.rect(x, y - i * 6.4 * mm + 1 * mm, 3.5 * mm, 3.5 * mm, stroke=1, fill=0)
        canvas.drawString(x + 6 * mm, y - i * 6.4 * mm + 1.7 * mm, text)
    y = height - 14 * mm - 7 * row
    canvas.setFont("Helvetica-Bold", 7.6)
    canvas.drawString(0, y, "Gift Aid")
    canvas.setFont("Helvetica", 7.2)
    canvas.rect(14 * mm, y - 0.6 * mm, 3.5 * mm, 3.5 * mm, stroke=1, fill=0)
    canvas.drawString(20 * mm, y, "I am a UK taxpayer and want Pump Room Pictures to treat my membership and any "
                      "donations as Gift Aid donations.")
    canvas.drawString(20 * mm, y - 3.6 * mm, "I understand that if I pay less tax than the Gift Aid claimed, it "
                      "is my responsibility to pay the difference.")
    canvas.drawString(0, y - 11 * mm, "Signed ___________________________________    Date ____ / ____ / 2026")
    canvas.restoreState()


def cinema_season(out: Path) -> None:
    width, height = A4
    margin = 16 * mm
    doc = BaseDocTemplate(str(out / CN_FILE), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=16 * mm, bottomMargin=16 * mm, title="Pump Room Pictures: spring season 2026",
                          author="Pump Room Pictures", subject="Community cinema programme, January to April 2026",
                          creator="Pump Room Pictures", invariant=1)
    wide = width - 2 * margin
    first = Frame(margin, 16 * mm, wide, height - 56 * mm - 6 * mm - 16 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(margin, 16 * mm, wide, height - 12 * mm - 6 * mm - 16 * mm, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_cn_first),
                          PageTemplate("later", [later], onPage=_cn_later)])
    date_s = _style("d", "Helvetica-Bold", 8, leading=10, color=colors.white)
    title_s = _style("t", "Helvetica-Bold", 13, leading=15.5, color=CN_INK, after=1)
    meta_s = _style("m", "Helvetica", 7.4, leading=9.2, color=colors.HexColor("#666666"), after=3)
    blurb_s = _style("bl", "Helvetica", 8.8, leading=11.4, after=3)
    tag_s = _style("tg", "Helvetica-Bold", 7, leading=9, color=CN_RED)
    h1 = _style("h1", "Helvetica-Bold", 13, leading=16, color=CN_RED, before=4, after=3)
    h1.keepWithNext = 1
    h2 = _style("h2", "Helvetica-Bold", 9.5, leading=12, color=CN_INK, before=4, after=2)
    body = _style("b", "Helvetica", 9.4, leading=12.8, after=5)
    small = _style("s", "Helvetica", 8.2, leading=10.8, after=3)
    cell = _style("c", "Helvetica", 8.4, leading=10.6)
    cell_r = _style("cr", "Helvetica-Bold", 8.4, leading=10.6, align=2)
    head = _style("hc", "Helvetica-Bold", 8.4, leading=10.6, color=colors.white)

    films = [
        ("FRI 16 JAN", CN_INK, "The Lost King", "12A \u00b7 UK 2022 \u00b7 108 min \u00b7 dir. Stephen Frears",
         "Sally Hawkins is Philippa Langley, the amateur historian who would not give up on finding Richard III "
         "under a Leicester car park.", ""),
        ("FRI 30 JAN", CN_INK, "Perfect Days", "PG \u00b7 Japan 2023 \u00b7 124 min \u00b7 dir. Wim Wenders",
         "A quiet, funny, lovely film about a man who cleans Tokyo\u2019s public toilets and finds joy in the "
         "everyday.", "[S] Japanese with English subtitles"),
        ("SUN 8 FEB \u00b7 2.30PM", CN_TEAL, "Singin\u2019 in the Rain", "U \u00b7 USA 1952 \u00b7 103 min",
         "Gene Kelly, Debbie Reynolds and the best umbrella dance ever filmed. Sing along if you like.",
         "[ML] Memory Lane screening"),
        ("FRI 13 FEB", CN_INK, "Anatomy of a Fall", "15 \u00b7 France 2023 \u00b7 152 min \u00b7 dir. Justine Triet",
         "A writer is accused of her husband\u2019s death, and her blind son is the only witness. Palme d\u2019Or "
         "winner.", "[S] French and English with subtitles"),
        ("FRI 27 FEB", CN_RED, "Aftersun", "15 \u00b7 UK 2022 \u00b7 101 min \u00b7 dir. Charlotte Wells",
         "A daughter remembers a holiday in Turkey with her young dad, twenty years on. Bring tissues.",
         "[YP] Chosen and introduced by our Young Programmers"),
        ("FRI 13 MAR", CN_INK, "The Holdovers", "15 \u00b7 USA 2023 \u00b7 133 min \u00b7 dir. Alexander Payne",
         "A grumpy teacher, a stranded pupil and the school cook spend Christmas 1970 together. Warm and very "
         "funny.", ""),
        ("SUN 15 MAR \u00b7 2.30PM", CN_TEAL, "Brief Encounter", "PG \u00b7 UK 1945 \u00b7 86 min \u00b7 dir. David Lean",
         "Celia Johnson and Trevor Howard meet in a station refreshment room. Tea and cake at the interval.",
         "[ML] Memory Lane screening"),
        ("FRI 27 MAR", CN_INK, "The Great Escaper", "12A \u00b7 UK 2023 \u00b7 96 min \u00b7 dir. Oliver Parker",
         "Michael Caine and Glenda Jackson in the true story of the veteran who slipped out of his care home to "
         "go to Normandy.", ""),
        ("FRI 10 APR", CN_INK, "Hot Fuzz", "15 \u00b7 UK 2007 \u00b7 121 min \u00b7 dir. Edgar Wright",
         "A London sergeant is sent to a village where nothing ever happens. Followed by questions with Pete "
         "Allard, who spent 28 years as a West Mercia Police officer, eleven of them as Tenbury\u2019s bobby.",
         "End of season party: fizz from 7pm"),
    ]
    card_w = (wide - 2 * 5 * mm) / 3

    def card(day, band, title, meta, blurb, tag):
        top = Table([[Paragraph(day, date_s)]], colWidths=[card_w])
        top.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), band), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        inner = [Paragraph(title, title_s), Paragraph(meta, meta_s), Paragraph(blurb, blurb_s)]
        if tag:
            inner.append(Paragraph(tag, tag_s))
        body_t = Table([[inner]], colWidths=[card_w])
        body_t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CN_SMOKE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [top, body_t]

    rows = []
    for r in range(3):
        rows.append([card(*films[r * 3 + c]) for c in range(3)])
    grid = Table(rows, colWidths=[card_w + 5 * mm, card_w + 5 * mm, card_w])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (1, -1), 5 * mm), ("RIGHTPADDING", (2, 0), (2, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)]))
    key = Paragraph("<b>Key:</b> [S] subtitled \u00b7 [ML] Memory Lane screening (see over) \u00b7 [YP] Young "
                    "Programmers\u2019 choice \u00b7 All films shown under licence from Filmbank. Doors and bar open "
                    "30 minutes before the film.", small)

    left_w = wide * 0.56
    right_w = wide - left_w - 7 * mm
    left = [
        Paragraph("More than a night at the pictures", h1),
        Paragraph("We started showing films in the Pump Rooms in 2014 because the nearest cinema was forty minutes "
                  "away. Twelve years on we have 380 members, a proper screen and projector, and a bar that makes "
                  "more money than the films. Two things we do are especially close to our hearts.", body),
        Paragraph("Memory Lane", h2),
        Paragraph("Memory Lane screenings are our dementia-friendly afternoons, on the second Sunday of the month at "
                  "2.30pm. The lights stay low rather than going off, the sound is turned down a little, there are "
                  "no adverts or trailers, and nobody minds if you talk, sing along or get up and walk about. "
                  "Halfway through there is an interval with tea and homemade cake, and volunteers who are trained "
                  "Dementia Friends are on hand from the moment you arrive. Tickets are \u00a33 and carers come free. "
                  "We began them in 2022 with a grant from the town council; there have been 34 so far, with an "
                  "average audience of 46, and three care homes in the Teme valley now bring residents by "
                  "minibus.", body),
        Paragraph("Young Programmers", h2),
        Paragraph("Young Programmers is our group for 14 to 19 year olds who want to find out how a cinema works. "
                  "The group (twelve members this year, from Tenbury and the villages around) meets every other "
                  "Wednesday after school in the library, watches films together, chooses one film each season, "
                  "writes the programme notes, designs the poster and introduces the film on the night. Our "
                  "volunteers teach them to run the projector and the box office. Since the group began in 2023 "
                  "all three of its screenings have sold out, and two former members are now studying film at "
                  "university. New members are always welcome: ask at the box office.", body),
        Paragraph("Help us run the show", h2),
        Paragraph("Everything here is done by volunteers: box office, bar, projection, publicity and the washing "
                  "up. We would love more help, especially with projection (we will train you) and on the bar on "
                  "Friday nights. Email volunteers@example.org.", body),
    ]
    prices = _grid([
        [Paragraph("Tickets", head), Paragraph("", head)],
        ["Members", Paragraph("\u00a35", cell_r)],
        ["Non-members", Paragraph("\u00a37", cell_r)],
        ["Under 18s and students", Paragraph("\u00a33", cell_r)],
        ["Memory Lane screenings", Paragraph("\u00a33 (carers free)", cell_r)],
        ["Season ticket (all nine films)", Paragraph("\u00a336", cell_r)],
    ], [right_w * 0.62, right_w * 0.38], cell, head, CN_RED, line=colors.HexColor("#CFC8BA"), zebra=CN_SMOKE,
        inner=False)
    right = [
        prices,
        Spacer(1, 4 * mm),
        _panel([Paragraph("Membership", h2),
                Paragraph("\u00a315 a year (\u00a325 for two at the same address) gets you cheaper tickets, a vote at "
                          "our AGM and first refusal when films sell out.", small)], right_w, fill=CN_SMOKE,
               bar=CN_GOLD, pad=7),
        Spacer(1, 3 * mm),
        Paragraph("How to book", h2),
        Paragraph("Online at pumproompictures.example, at Tenbury library, or ring the box office on 01632 960 481 "
                  "(answerphone; we ring back). Unsold tickets on the door, cash or card.", small),
        Paragraph("Getting here", h2),
        Paragraph("The Pump Rooms are a five-minute walk from the town centre. Free parking in the Pump Rooms car "
                  "park after 6pm. Step-free entrance from the car park, wheelchair spaces at the front, an "
                  "accessible toilet and a hearing loop. Tell us when you book if you need a space.", small),
        Paragraph("Thank you", h2),
        Paragraph("This season is supported by Film Hub Midlands, part of the BFI Film Audience Network, and by "
                  "our local sponsors:", small),
        _Drawing(right_w, 30 * mm, _cn_logos),
    ]
    cols = Table([[left, right]], colWidths=[left_w + 7 * mm, right_w])
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, -1), 7 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                              ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.HexColor("#CFC8BA")),
                              ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    diary = _panel([
        Paragraph("Dates for your diary", _style("dd", "Helvetica-Bold", 11, color=CN_GOLD, after=4)),
        Paragraph("<b>Friday 24 April, 7pm</b> · Annual general meeting in the bar, followed by a short film "
                  "chosen by the members’ vote (ballot papers at every screening).",
                  _style("dw", "Helvetica", 8.8, leading=11.6, color=colors.white, after=3)),
        Paragraph("<b>Saturday 18 July, dusk</b> · Cinema under the stars on the Burgage, with the Teme Valley "
                  "Garage’s big screen. Bring a blanket. Film to be announced.",
                  _style("dw2", "Helvetica", 8.8, leading=11.6, color=colors.white, after=3)),
        Paragraph("<b>Autumn season</b> · Programme out in August. Members get it by email first.",
                  _style("dw3", "Helvetica", 8.8, leading=11.6, color=colors.white, after=0)),
    ], wide, fill=CN_INK, pad=9)
    story = [grid, key, Spacer(1, 5 * mm), diary, NextPageTemplate("later"), PageBreak(), cols,
             Spacer(1, 6 * mm), _Drawing(wide, 72 * mm, _cn_form)]
    doc.build(story)


# ================================================================== 4. A charity's trustee recruitment pack (Word)

TR_FILE = "wolds-wheels-community-transport-trustee-recruitment-pack-2026.docx"


def trustee_pack(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 10.5)
    _page_setup(document, 1.8, 1.6, 2.0, 2.0)
    green = "1F5C4A"
    _heading_colours(document, green, "Calibri")
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        document.styles[name].font.size = Pt(size)
    _header_footer(document, "Wolds Wheels Community Transport", "", "Trustee recruitment pack 2026",
                   "Registered charity no. 1102786\t\t", 5, size=8)

    cover = document.add_table(rows=1, cols=1)
    cover.style = "Table Grid"
    cell = cover.rows[0].cells[0]
    _fill(cell, green)
    cell.width = Cm(17.0)
    _cell(cell, "WOLDS WHEELS COMMUNITY TRANSPORT", bold=True, size=11, colour="F2C14E")
    _cell(cell, "", first=False)
    _cell(cell, "Join our board", bold=True, size=30, colour="FFFFFF", first=False)
    _cell(cell, "Trustee recruitment pack 2026", size=16, colour="FFFFFF", first=False)
    _cell(cell, "", first=False)
    _cell(cell, "We are looking for a Treasurer and two trustees", bold=True, size=12, colour="F2C14E", first=False)
    _cell(cell, "", first=False)
    _p(document, "", after=6)
    _p(document, "Closing date: 12 noon, Friday 13 March 2026", bold=True, size=12, after=4)
    _p(document, "Getting people in Driffield, Pocklington, Market Weighton and the Wolds villages where they need "
                 "to go since 1998.", italic=True, size=11, colour="555555", after=12)
    contents = _docx_table(document, [
        ["In this pack", ""],
        ["A message from our chair", "2"],
        ["About Wolds Wheels", "2"],
        ["Our board", "3"],
        ["The roles", "3"],
        ["What being a trustee involves", "4"],
        ["How to apply", "5"],
    ], widths=[14.0, 3.0], size=10, head_fill="E4EFEA", style="Table Grid")
    for row in contents.rows[1:]:
        row.cells[1].paragraphs[0].alignment = 2
    _p(document, "", after=10)
    _p(document, "Wolds Wheels Community Transport, The Depot, Skerne Road, Driffield YO25 9ZZ \u00b7 01632 960 330 "
                 "\u00b7 hello@example.org", size=9, colour="555555", after=2)
    _p(document, "Registered charity no. 1102786 \u00b7 Company limited by guarantee, registered in England no. "
                 "05011473", size=9, colour="555555")
    document.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    document.add_heading("A message from our chair", level=1)
    _p(document, "Thank you for thinking about joining us. I came on to the board in 2017, after my mum had used "
                 "our Dial-a-Ride for years to get to her day centre, and it is the most satisfying thing I do.",
       after=6)
    _p(document, "After nine years as our Treasurer, Graham Sowerby is stepping down at our AGM in May, and two "
                 "other trustees are coming to the end of their terms. So we are looking for three new people. We "
                 "would particularly like to hear from people who use our services or look after someone who "
                 "does, from people under 40, and from Pocklington and Market Weighton as well as Driffield. You "
                 "don\u2019t need to have been a trustee before: we will give you all the support you need.",
       after=6)
    _p(document, "If you would like a chat before you apply, or to come out for a morning on one of our buses, "
                 "ring me. I would love to hear from you.", after=6)
    _p(document, "Anne Coverdale, Chair of Trustees", italic=True, after=10)

    document.add_heading("About Wolds Wheels", level=1)
    _p(document, "We are a small charity that helps people get where they need to go when there is no bus, or "
                 "when they can\u2019t use one: because of their age, a disability or an illness, or because they "
                 "live in one of the many villages of the Wolds where the last bus went years ago. We employ 14 "
                 "staff, nine of them drivers, and have 52 volunteers. Most of our money comes from fares, a "
                 "contract with East Riding of Yorkshire Council, the NHS and grants.", after=6)
    document.add_heading("What we do", level=2)
    document.add_heading("Dial-a-Ride", level=3)
    _p(document, "Dial-a-Ride is our door-to-door minibus service for people who find it hard to use ordinary buses. "
                 "Members ring our booking office up to a week ahead, and one of our six wheelchair-accessible "
                 "minibuses picks them up from their front door and takes them shopping, to a day centre, a lunch "
                 "club, the library or to see friends, then brings them home again. Our drivers are paid, trained "
                 "in passenger assistance and first aid, and help people on and off the bus and with their "
                 "shopping bags. Fares are about the same as a bus fare, and concessionary passes are accepted on "
                 "our weekday town services. In 2025 we made 21,400 passenger journeys for 640 members, most of "
                 "them over 75, and in our last survey 92% said that without Dial-a-Ride they would go out less "
                 "or not at all.", after=6)
    document.add_heading("Volunteer Car Scheme", level=3)
    _p(document, "Our Volunteer Car Scheme matches people who need to get to a hospital, GP, dentist or optician "
                 "appointment with one of our 38 volunteer drivers, who use their own cars. Passengers pay a "
                 "mileage charge that covers the drivers\u2019 expenses, and the drivers wait and bring them home "
                 "again. Many of our journeys are to hospitals in Hull, York and Scarborough, which can mean a whole "
                 "day out. In 2025 volunteers made 5,900 journeys and drove 198,000 miles; without them, many "
                 "of our passengers say they would have missed appointments or had to pay for a taxi they could "
                 "not afford.", after=6)
    document.add_heading("2025 in numbers", level=2)
    _docx_table(document, [
        ["", "2024", "2025"],
        ["Dial-a-Ride passenger journeys", "19,800", "21,400"],
        ["Volunteer car journeys", "5,450", "5,900"],
        ["Group hire bookings (minibus hire to community groups)", "286", "310"],
        ["Staff (full and part time)", "13", "14"],
        ["Volunteers", "47", "52"],
        ["Income", "\u00a3571,000", "\u00a3612,000"],
        ["Unrestricted reserves at year end", "\u00a3148,000", "\u00a3163,000"],
    ], widths=[11.0, 3.0, 3.0], size=9.5, head_fill=green, head_colour="FFFFFF")
    _p(document, "", after=4)
    document.add_heading("Where we are going", level=2)
    _p(document, "Our plan for 2026 to 2029 has three aims: to replace three of our oldest minibuses with electric "
                 "ones; to start Wheels to Work, which would lend scooters and electric bikes to young people who "
                 "can\u2019t get to a job or college (we have applied for funding and hope to start in 2027); and "
                 "to find more volunteer drivers under 60, because most of ours are over 70.", after=6)

    document.add_heading("Our board", level=1)
    _p(document, "Our board has nine places. We meet six times a year and every trustee also sits on one of our two "
                 "committees (finance and risk, or services and people).", after=6)
    _docx_table(document, [
        ["Name", "Role", "Joined", "Background"],
        ["Anne Coverdale", "Chair", "2017", "Retired practice manager, Driffield"],
        ["Graham Sowerby", "Treasurer (stepping down)", "2017", "Retired accountant, Nafferton"],
        ["Revd Julie Pearce", "Vice chair", "2019", "Vicar of a group of Wolds parishes"],
        ["Tariq Mahmood", "Trustee", "2021", "Pharmacist, Pocklington"],
        ["Sheila Dunning", "Trustee (user representative)", "2022", "Wheelchair user and Dial-a-Ride member"],
        ["Mark Stather", "Trustee", "2023", "Fleet manager for an agricultural merchant"],
        ["Kirsty Leng", "Trustee", "2024", "HR adviser, Market Weighton"],
    ], widths=[3.6, 4.2, 1.6, 7.6], size=9, head_fill=green, head_colour="FFFFFF")
    _p(document, "", after=4)

    document.add_heading("The roles", level=1)
    document.add_heading("Treasurer", level=2)
    _p(document, "Purpose of the role: to make sure the board understands the charity\u2019s money and that it is "
                 "well looked after. You will not keep the books: our finance officer does that, three days a "
                 "week.", after=4)
    _p(document, "What you will do", bold=True, after=2)
    for text in ["Chair the finance and risk committee (four meetings a year).",
                 "Present the management accounts to each board meeting and explain them in plain English.",
                 "Lead the budget each year with the general manager and the finance officer.",
                 "Work with our independent examiner on the annual accounts.",
                 "Keep the reserves policy and the financial procedures up to date.",
                 "Be one of the signatories for payments over \u00a35,000."]:
        _p(document, text, style="List Number", after=1)
    _p(document, "", after=2)
    document.add_heading("Trustee (two places)", level=2)
    _p(document, "All trustees share responsibility for the charity. You will:", after=2)
    for text in ["make sure we do what our objects say, and keep to the law and our governing document;",
                 "help set our direction and check that the plan is being delivered;",
                 "keep an eye on our money, risks, safeguarding and the wellbeing of our staff and volunteers;",
                 "bring your own knowledge and contacts, and be an ambassador for Wolds Wheels."]:
        _p(document, text, style="List Bullet", after=1)
    _p(document, "", after=2)
    document.add_heading("Person specification", level=2)
    table = _docx_table(document, [
        ["", "Treasurer", "Trustee"],
        ["Commitment to our aims and to the people we serve", "Essential", "Essential"],
        ["Able to read and question financial information", "Essential", "Desirable"],
        ["A finance qualification or experience of charity accounts", "Desirable", "\u2013"],
        ["Experience of using community transport, or of caring for someone who does", "\u2013", "Desirable"],
        ["Experience in HR, marketing, fundraising or transport", "\u2013", "Desirable"],
        ["Able to give around six hours a month", "Essential", "Essential"],
    ], widths=[11.0, 3.0, 3.0], size=9.5, head_fill="E4EFEA")
    for row in table.rows:
        for c in (1, 2):
            row.cells[c].paragraphs[0].alignment = 1

    _p(document, "", after=4)
    document.add_heading("What being a trustee involves", level=1)
    for lead, text in [
        ("Time. ", "Six board meetings a year on Tuesday evenings from 6.30 to 8.30pm, at the depot or on Zoom, "
                   "one committee, and an away day each September. Most trustees give around six hours a month."),
        ("Term. ", "Three years, which can be renewed twice."),
        ("Money. ", "Trustees are not paid, but we pay travel and other reasonable expenses."),
        ("Checks. ", "Because we work with adults at risk, all trustees have a basic DBS check, which we pay for."),
        ("Induction. ", "You will meet the general manager and the chair, spend a morning on a Dial-a-Ride "
                        "bus and an afternoon in the booking office, and go on free trustee training with the "
                        "Community Transport Association."),
    ]:
        paragraph = _p(document, "", after=4)
        _runs(paragraph, [(lead, True, False), (text, False, False)])

    document.add_heading("How to apply", level=1)
    for text in ["Read this pack, and have a look at our last annual report and accounts on our website or the "
                 "Charity Commission\u2019s register.",
                 "If you would like an informal chat, ring Anne Coverdale on 01632 960 336 or email "
                 "chair@example.org.",
                 "Send us your CV (or a short summary of your experience) and a letter or short video telling us "
                 "why you are interested and which role you are applying for, to recruitment@example.org or by "
                 "post to the depot.",
                 "Complete the equal opportunities form (optional; it is kept separately from your "
                 "application)."]:
        _p(document, text, style="List Number 2", after=2)
    _p(document, "", after=2)
    document.add_heading("Timetable", level=2)
    _docx_table(document, [
        ["Closing date", "12 noon, Friday 13 March 2026"],
        ["Conversations with the chair and one other trustee", "Week beginning 23 March 2026"],
        ["Observe a board meeting", "Tuesday 14 April 2026"],
        ["Appointed at the AGM", "Tuesday 19 May 2026, Driffield Community Centre"],
    ], widths=[8.5, 8.5], size=9.5, label_fill="E4EFEA")
    _p(document, "", after=4)
    _p(document, "We welcome applications from everyone, and particularly from disabled people and people from "
                 "groups who are under-represented on our board. We will make any reasonable adjustments you need "
                 "to apply or to take part. We will use the information you send only to consider your application, "
                 "and we will delete it six months after the appointments are made.", size=9.5, colour="444444")
    _save_docx(document, out / TR_FILE, "Trustee recruitment pack 2026", "Wolds Wheels Community Transport")


# ================================================================== 5. A research team's interview topic guide (Word)

TG_FILE = "next-step-evaluation-topic-guide-staff-and-partner-interviews-v1-2.docx"


def topic_guide(out: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    _normal(document, "Arial", 10)
    _page_setup(document, 1.7, 1.6, 2.0, 2.0)
    plum = "5B2C6F"
    _header_footer(document, "CONFIDENTIAL: research team only", "", "Next Step evaluation",
                   "Topic guide: staff and partners \u00b7 v1.2 \u00b7 20 January 2026\t\t", 5, size=7.5)

    def head(text, size=12, before=10):
        paragraph = _p(document, "", before=before, after=4)
        _runs(paragraph, [(text, True, False)], size=size, colour=plum)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    title = _p(document, "", after=2)
    _runs(title, [("Next Step evaluation", True, False)], size=20, colour=plum)
    _p(document, "Topic guide for semi-structured interviews with staff and partners (strand 2)", size=12,
       colour="444444", after=8)
    details = _docx_table(document, [
        ["Study", "Process and early outcomes evaluation of Next Step, a youth work programme in police custody"],
        ["Commissioned by", "The Police and Crime Commissioner for West Mercia"],
        ["Research team", "Marches Institute for Community Research: Dr Ruth Bellamy (lead), Sanjit Bains, "
                          "Molly Quarrell"],
        ["Ethics approval", "Institute Research Ethics Committee, ref. MICR-REC-2025-031 (approved 28 November "
                            "2025)"],
        ["Who we are interviewing", "Custody sergeants and detention officers; Next Step youth workers and "
                                    "managers; partners who refer young people to Next Step or take referrals "
                                    "from it"],
        ["Length", "45 to 60 minutes, in person or on Teams"],
        ["Recording", "Audio only, with written consent; transcribed by an approved transcriber"],
    ], widths=[4.2, 12.8], size=9, label_fill="EFE6F4")
    for row in details.rows:
        row.height = Cm(0.65)
    _p(document, "", after=4)

    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _fill(cell, "F6F1E3")
    cell.width = Cm(17.0)
    _cell(cell, "Notes for interviewers", bold=True, size=10.5, colour=plum)
    for text in ["This is a guide, not a script. Follow the conversation; you do not need to ask every question "
                 "or keep to the order, but try to cover sections B to E.",
                 "Timings are approximate. If time is short, prioritise questions marked \u2605.",
                 "Questions marked [C] are for custody staff, [Y] for youth workers and managers and [P] for "
                 "partners. Unmarked questions are for everyone.",
                 "Do not ask about individual young people by name. If a participant names someone, remind them "
                 "gently and note the time so it can be redacted.",
                 "If a participant tells you something that suggests a young person is at risk of harm, follow "
                 "the safeguarding protocol (Annex C) and tell Ruth the same day."]:
        _cell(cell, "\u2022  " + text, size=9, first=False)
    _p(document, "", after=4)

    head("Background: what Next Step is")
    _p(document, "For interviewers\u2019 reference; do not read out.", italic=True, size=9, colour="666666",
       after=3)
    _p(document, "Next Step places youth workers from Marches Youth Partnership, a local charity, in West Mercia "
                 "Police\u2019s custody suites at Worcester and Shrewsbury from 2pm to midnight, seven days a week. "
                 "When a young person aged 10 to 24 is booked into custody, the custody sergeant asks whether they "
                 "would like to talk to a youth worker. The worker sees them in custody (usually in a consultation "
                 "room, sometimes at the cell door) and offers up to twelve weeks of one-to-one support after they "
                 "leave: help with education, training and work, housing, drugs and alcohol, family, and getting "
                 "away from people who are exploiting them. The pilot began in April 2024. By the end of December "
                 "2025 the workers had spoken to 1,362 young people in custody and 611 had taken up support after "
                 "release; the force\u2019s own monitoring suggests those who took up support were less likely to "
                 "be arrested again within six months than similar young people before the pilot, which this "
                 "evaluation will test.", size=9.5, after=6)

    sections = [
        ("Section A: Introduction and consent (5 minutes)", None, [
            ("Thank you for agreeing to talk to me. I\u2019m from the Marches Institute, an independent research "
             "charity, and we have been asked to find out how Next Step is working and what difference it makes. "
             "There are no right or wrong answers; we want to hear what really happens. Anything you say will be "
             "anonymised, and you can stop or skip a question at any time.",
             "Check: consent form signed \u00b7 permission to record \u00b7 any questions. START RECORDING.")]),
        ("Section B: You and your role (5 minutes)", "B", [
            ("Can you tell me about your role, and how long you have been doing it?", "Shift pattern \u00b7 which suite "
             "or area \u00b7 previous roles"),
            ("How does your role bring you into contact with Next Step?", "How often \u00b7 since when")]),
        ("Section C: How Next Step works in practice (15 minutes)", "C", [
            ("\u2605 [C] Talk me through what happens now when a young person is booked in. Where does the offer "
             "of a youth worker come in?", "Who makes the offer, and when \u00b7 how it is worded \u00b7 anyone not "
             "offered, and why \u00b7 how long it takes"),
            ("[Y] What does a first conversation in custody usually look like?", "Length \u00b7 privacy \u00b7 "
             "solicitors and appropriate adults \u00b7 what young people ask about"),
            ("[P] How did you first hear about Next Step, and how do referrals reach you?", "Forms \u00b7 phone \u00b7 "
             "speed \u00b7 information shared"),
            ("\u2605 What helps it work well? What gets in the way?", "Staffing and shifts \u00b7 busy nights \u00b7 "
             "space \u00b7 information sharing \u00b7 the 2pm to midnight hours")]),
        ("Section D: Young people\u2019s experiences (10 minutes)", "D", [
            ("\u2605 What do you think young people make of being offered a youth worker while they are in "
             "custody?", "Trust \u00b7 suspicion of anyone \u2018with the police\u2019 \u00b7 timing"),
            ("[Y] What kinds of help do young people most often want after they leave?", "Housing \u00b7 "
             "education and work \u00b7 exploitation \u00b7 family \u00b7 mental health"),
            ("Can you think of an example, without names, where it made a difference? Or where it didn\u2019t?",
             "What happened next \u00b7 what would have happened otherwise")]),
        ("Section E: Working together (10 minutes)", "E", [
            ("\u2605 Has Next Step changed how police and youth workers work together? How?", "Trust \u00b7 "
             "culture \u00b7 \u2018them and us\u2019 \u00b7 information sharing"),
            ("[P] Does Next Step overlap with other services, such as the youth justice service\u2019s Turnaround "
             "programme or the early help hubs?", "Duplication \u00b7 gaps \u00b7 who holds the case")]),
        ("Section F: Looking ahead and close (5 minutes)", "F", [
            ("If you could change one thing about Next Step, what would it be?", ""),
            ("The pilot is funded until March 2027. Should it carry on? What would it need?", "Hours \u00b7 other "
             "suites \u00b7 age range"),
            ("Is there anything else you would like to tell us?", "")]),
    ]
    for heading, letter, items in sections:
        head(heading, size=11, before=8)
        if letter is None:
            for script, check in items:
                _p(document, script, italic=True, size=9.5, after=3)
                _p(document, check, bold=True, size=9, colour=plum, after=4)
            continue
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for c, text in enumerate(["", "Questions", "Prompts and probes"]):
            _cell(table.rows[0].cells[c], text, bold=True, size=9, colour="FFFFFF")
            _fill(table.rows[0].cells[c], plum)
        for i, (question, prompts) in enumerate(items, start=1):
            cells = table.add_row().cells
            _cell(cells[0], "%s%d" % (letter, i), bold=True, size=9)
            _cell(cells[1], question, size=9.5)
            _cell(cells[2], prompts, italic=True, size=8.5, colour="555555")
        for row in table.rows:
            for c, w in enumerate((1.1, 9.4, 6.5)):
                row.cells[c].width = Cm(w)
        _p(document, "", after=2)
    _p(document, "Thank you very much for your time. What you have told us will help decide what happens to Next "
                 "Step after the pilot. We will send you a short summary of the findings in the summer. STOP "
                 "RECORDING.", italic=True, size=9.5, after=6)

    head("After the interview", size=11)
    checklist = _docx_table(document, [
        ["Task", "Done"],
        ["Upload the recording to the secure project drive within 24 hours and delete it from the device", "\u2610"],
        ["Complete the contact summary sheet (Annex B) the same day", "\u2610"],
        ["Send the thank-you email (template 4)", "\u2610"],
        ["Update the interview tracker (participant ID, date, role, length)", "\u2610"],
    ], widths=[15.0, 2.0], size=9, head_fill="EFE6F4")
    for row in checklist.rows:
        row.cells[1].paragraphs[0].alignment = 1
    _p(document, "", after=4)
    head("Version history", size=10)
    _docx_table(document, [
        ["Version", "Date", "Changes"],
        ["1.0", "2 December 2025", "First draft for the steering group"],
        ["1.1", "16 December 2025", "Shortened section C after two pilot interviews; added prompts on space"],
        ["1.2", "20 January 2026", "Added [P] questions on other services; star marks for priority questions"],
    ], widths=[2.0, 3.6, 11.4], size=8.5, head_fill="EFE6F4")
    _save_docx(document, out / TG_FILE, "Next Step evaluation: topic guide (staff and partners) v1.2",
               "Ruth Bellamy")


# ================================================================== 6. A tenant's stage 2 complaint letter to her housing association (Word)

CL_FILE = "stage-2-complaint-to-trentview-homes-larkspur-walk-cmp-25-08817.docx"


def complaint_letter(out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    _normal(document, "Calibri", 11)
    _page_setup(document, 2.0, 1.8, 2.3, 2.3)
    width = _text_width(document)
    section = document.sections[0]
    foot = section.footer.paragraphs[0]
    _tabbed(foot, width)
    _runs(foot, [("J. Pritchard \u2013 stage 2 complaint\t\tPage ", False, False)], size=8)
    _field(foot, "PAGE", "1", size=8)
    _runs(foot, [(" of ", False, False)], size=8)
    _field(foot, "NUMPAGES", "3", size=8)

    for line in ["Joanne Pritchard", "14 Larkspur Walk", "Clifton", "Nottingham NG11 9ZZ", "",
                 "Tel: 01632 960 774", "Email: jo.pritchard@example.com"]:
        _p(document, line, align="right", after=0)
    _p(document, "", after=6)
    _p(document, "23 February 2026", after=10)
    for line in ["Complaints Team (stage 2 review)", "Trentview Homes", "Trentview House", "40 Canal Street",
                 "Nottingham NG1 9ZZ"]:
        _p(document, line, after=0)
    _p(document, "", after=4)
    _p(document, "By email to complaints@example.org and by post", italic=True, size=10, after=8)
    refs = _p(document, "", after=0)
    _runs(refs, [("Your ref: ", True, False), ("CMP/25/08817", False, False)])
    refs = _p(document, "", after=10)
    _runs(refs, [("My tenancy ref: ", True, False), ("TVH-0441-LW", False, False)])
    _p(document, "Dear Complaints Team,", after=8)
    _p(document, "Stage 2 complaint: how you have dealt with my reports of anti-social behaviour from 16 Larkspur "
                 "Walk", bold=True, after=8)

    number = [0]

    def para(text, lead=None):
        number[0] += 1
        paragraph = _p(document, "", after=6)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(0.9)
        fmt.first_line_indent = Cm(-0.9)
        fmt.tab_stops.add_tab_stop(Cm(0.9))
        parts = [("%d.\t" % number[0], False, False)]
        if lead:
            parts.append((lead, True, False))
        parts.append((text, False, False))
        _runs(paragraph, parts)
        return paragraph

    def subhead(text):
        paragraph = _p(document, text, bold=True, before=6, after=4)
        paragraph.paragraph_format.keep_with_next = True

    para("I am asking for my complaint to go to stage 2 of your complaints procedure. I am not satisfied with "
         "your stage 1 response of 6 February 2026 from Mr D. Holmes, Neighbourhood Housing Manager, for the "
         "reasons set out below.")
    subhead("Background")
    para("I have been a Trentview Homes tenant at 14 Larkspur Walk for eleven years and have never had a problem "
         "with a neighbour before. Since July 2025 the tenants of number 16, the flat across the landing, have "
         "played loud music until three or four in the morning most weekends and many weeknights. There is "
         "shouting, people coming and going at all hours, and a dog that is left barking for hours at a time. On "
         "19 October 2025 a man from number 16 threatened my 15-year-old son on the landing and kicked our front "
         "door.")
    para("I have reported the problems to you many times, and also to Nottinghamshire Police and to Nottingham "
         "City Council\u2019s noise team. The main reports are in the table below. I have kept a diary since July "
         "(enclosed).")
    table = _docx_table(document, [
        ["Date", "What happened", "Reported to", "Reference and what was done"],
        ["12 Jul 2025", "Music until 4am", "Trentview (online form)", "ASB case opened, ref ASB/25/1120"],
        ["2 Aug 2025", "Music and shouting until 3am", "Trentview (phone)", "Message left; no call back"],
        ["19 Oct 2025", "Threats to my son; door kicked", "Nottinghamshire Police (999)",
         "Officers came the same night; a man was arrested and later released with no further action. "
         "Crime ref 26/118843/25"],
        ["21 Oct 2025", "As above", "Trentview (phone)", "Visit booked for 28 Oct; cancelled by you that morning"],
        ["14 Nov 2025", "Music until 3am", "City council noise team", "Diary sheets and app recordings sent"],
        ["5 Dec 2025", "Home visit", "Trentview officer and a PCSO",
         "I was told number 16 would be asked to sign an acceptable behaviour contract"],
        ["9 Jan 2026", "Music; cannabis smell on the landing", "Trentview; police online",
         "Police log 0412 of 9 January 2026"],
        ["17 Jan 2026", "Stage 1 complaint", "Trentview", "Acknowledged 20 January; response 6 February"],
    ], widths=[2.4, 4.2, 3.8, 6.0], size=9, head_fill="D9D9D9")
    _p(document, "", after=4)
    subhead("What has gone wrong")
    para("You did not contact me within five working days of my first report, which is what your anti-social "
         "behaviour policy promises. Nobody rang me back in August at all.")
    para("I was told more than once that you could not act without \u201cindependent evidence\u201d. The police "
         "attended in October and arrested someone, and the council\u2019s noise team has my recordings. I do not "
         "understand what more evidence you need, and nobody has told me.")
    para("Your officer suggested mediation through your Good Neighbour service. I explained that I do not feel "
         "safe being in a room with the man who threatened my son. I was told that refusing mediation would "
         "\u201cslow things down\u201d. I do not think that is fair.")
    para("At the visit on 5 December I was told number 16 would be asked to sign an acceptable behaviour contract. "
         "As far as I know this has not happened, and I have not been told why.")
    para("Your stage 1 response says my case was \u201cclosed as resolved\u201d on 20 December 2025. Nobody told me "
         "it had been closed, and it is not resolved: the music was as bad as ever on 9 January and most weekends "
         "since.")
    subhead("The effect on my family")
    para("My son is now frightened to use the stairwell on his own and has been late for school because he waits "
         "for me. I have been to my GP with anxiety and problems sleeping (her letter is enclosed). I work early "
         "shifts at the hospital and I am exhausted.")
    subhead("What I would like Trentview Homes to do")
    para("I would like you to:")
    for letter, text in zip("abcdef", [
            "reopen my ASB case and give me a named officer who will keep me updated every two weeks;",
            "send me a written action plan within ten working days, saying what you will do about the tenancy at "
            "number 16;",
            "work with the police and the council\u2019s noise team, as your policy says you will, instead of "
            "asking me for more evidence;",
            "consider a management transfer for my family if things do not improve within three months;",
            "explain why my case was closed without telling me; and",
            "apologise, and consider compensation under your compensation policy for the missed call-backs, the "
            "cancelled visit and the time I have spent chasing you."]):
        paragraph = _p(document, "", after=3)
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(1.7)
        fmt.first_line_indent = Cm(-0.8)
        fmt.tab_stops.add_tab_stop(Cm(1.7))
        _runs(paragraph, [("(%s)\t" % letter, False, False), (text, False, False)])
    _p(document, "", after=2)
    para("If I am not satisfied with your stage 2 response I will ask the Housing Ombudsman to look at my "
         "complaint. I understand I can also ask the council for an anti-social behaviour case review (the "
         "\u2018community trigger\u2019), because I have reported the problem more than three times in six "
         "months, and I am thinking about doing so.")
    para("I look forward to hearing from you within 20 working days, as your procedure says.")
    _p(document, "Yours faithfully,", before=6, after=26)
    _p(document, "Joanne Pritchard", bold=True, after=12)
    _p(document, "Enclosures", bold=True, after=2)
    for i, text in enumerate(["Noise diary, July 2025 to February 2026 (11 pages)",
                              "USB stick with 23 recordings from the council\u2019s noise app",
                              "Letter from my GP dated 2 February 2026",
                              "Copy of your stage 1 response of 6 February 2026"], start=1):
        _p(document, "%d.  %s" % (i, text), size=10, after=1)
    _p(document, "", after=4)
    _p(document, "cc: my ward councillors (by email)", size=10, italic=True)
    _save_docx(document, out / CL_FILE, "Stage 2 complaint", "Jo Pritchard")


# ================================================================== 7. A council's cost of living help page (HTML)

COL_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cost of living help - Derby City Council</title>
<meta name="description" content="Help with the cost of living in Derby: warm spaces, food, energy bills, money advice and benefits.">
<meta name="DC.date.modified" content="2026-01-27">
<link rel="stylesheet" href="/site/styles/main.v214.css">
<style>
  body { margin: 0; font-family: "Open Sans", Arial, sans-serif; color: #1d1d1b; }
  a { color: #005a9c; }
  .skip { position: absolute; left: -9999px; }
  #cookie-notice { background: #1d1d1b; color: #fff; padding: 14px 24px; }
  #cookie-notice button { background: #ffdd00; border: 0; padding: 8px 14px; font-weight: 700; margin-right: 8px; }
  .site-header { display: flex; align-items: center; justify-content: space-between; padding: 14px 24px; border-bottom: 6px solid #00857c; }
  .logo { font-weight: 800; font-size: 22px; color: #00857c; text-decoration: none; }
  .logo span { display: block; font-size: 12px; font-weight: 400; color: #1d1d1b; }
  .site-search input { padding: 8px; width: 240px; border: 2px solid #1d1d1b; }
  .top-tasks { background: #e9f5f4; padding: 8px 24px; }
  .top-tasks ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 22px; }
  .breadcrumb { padding: 12px 24px; font-size: 14px; }
  .breadcrumb ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 6px; }
  .breadcrumb li + li::before { content: "\\203A"; margin-right: 6px; }
  .layout { display: grid; grid-template-columns: 240px 1fr 280px; gap: 32px; padding: 0 24px 40px; max-width: 1280px; }
  .section-nav h2 { font-size: 16px; }
  .section-nav ul { list-style: none; padding: 0; }
  .section-nav li { border-bottom: 1px solid #ddd; padding: 8px 0; }
  .section-nav .current { font-weight: 700; border-left: 4px solid #00857c; padding-left: 8px; }
  .lede { font-size: 20px; }
  .on-this-page { background: #f4f4f4; padding: 12px 18px; }
  .card-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
  .service-card { border: 1px solid #cfd8dc; border-top: 6px solid #00857c; padding: 16px 20px; }
  .service-card .label { display: inline-block; background: #e9f5f4; font-size: 13px; font-weight: 700; padding: 2px 8px; }
  details { border-bottom: 1px solid #cfd8dc; padding: 10px 0; }
  summary { font-weight: 700; cursor: pointer; }
  .callout { border-left: 8px solid #d4351c; background: #fdf2f0; padding: 14px 18px; margin: 20px 0; }
  .need-help { background: #00857c; color: #fff; padding: 18px; }
  .need-help a { color: #fff; }
  .feedback { border-top: 1px solid #ddd; margin-top: 32px; padding-top: 16px; }
  footer { background: #1d1d1b; color: #fff; padding: 28px 24px; font-size: 14px; }
  footer a { color: #fff; }
  footer ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 18px; }
</style>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "WebPage", "name": "Cost of living help", "dateModified": "2026-01-27",
 "publisher": {"@type": "GovernmentOrganization", "name": "Derby City Council"}}
</script>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div id="cookie-notice" role="region" aria-label="Cookies on our website">
  <p>We use some essential cookies to make this website work. We&rsquo;d like to set additional cookies to understand how you use the site and improve our services.</p>
  <button type="button">Accept additional cookies</button><button type="button">Reject additional cookies</button> <a href="/cookies/">View cookies</a>
</div>
<header class="site-header">
  <a class="logo" href="/">Derby <span>City Council</span></a>
  <form class="site-search" action="/search/" role="search"><label for="q" class="skip">Search</label><input id="q" name="q" type="search" placeholder="Search the site"><button type="submit">Search</button></form>
  <nav aria-label="Account"><a href="/my-account/">My account</a> | <a href="/contact-us/">Contact us</a></nav>
</header>
<nav class="top-tasks" aria-label="Popular tasks">
  <ul>
    <li><a href="/bins/">Bin collection days</a></li>
    <li><a href="/council-tax/">Council tax</a></li>
    <li><a href="/report/">Report it</a></li>
    <li><a href="/pay/">Pay for it</a></li>
    <li><a href="/benefits/">Benefits</a></li>
    <li><a href="/jobs/">Jobs</a></li>
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/benefits-and-money/">Benefits and money</a></li>
    <li aria-current="page">Cost of living help</li>
  </ol>
</nav>
<div class="layout">
  <aside class="section-nav" aria-label="In this section">
    <h2>In this section</h2>
    <ul>
      <li class="current">Cost of living help</li>
      <li><a href="/benefits-and-money/household-support-fund/">Household Support Fund</a></li>
      <li><a href="/benefits-and-money/council-tax-support/">Council Tax Support</a></li>
      <li><a href="/benefits-and-money/discretionary-housing-payments/">Discretionary Housing Payments</a></li>
      <li><a href="/benefits-and-money/free-school-meals/">Free school meals</a></li>
      <li><a href="/benefits-and-money/money-advice/">Money and debt advice</a></li>
    </ul>
  </aside>
  <main id="main">
    <h1>Cost of living help</h1>
    <p class="lede">If you are struggling with bills, food or keeping warm, there is help in Derby. This page brings it together in one place.</p>
    <p>You don&rsquo;t need to be on benefits to get most of this help, and nobody will judge you for asking.</p>
    <nav class="on-this-page" aria-label="On this page">
      <h2>On this page</h2>
      <ul>
        <li><a href="#warm">Somewhere warm to go</a></li>
        <li><a href="#food">Food</a></li>
        <li><a href="#energy">Energy bills</a></li>
        <li><a href="#money">Money you may be entitled to</a></li>
        <li><a href="#scams">Watch out for scams</a></li>
      </ul>
    </nav>

    <h2 id="warm">Somewhere warm to go</h2>
    <p>Warm Spaces Derby is a network of free, warm and welcoming places across the city, open to anyone through the winter. The council set it up in 2022 and co-ordinates it with the voluntary and faith groups that run most of the spaces: there are now 41, in libraries, community centres, churches, mosques, gurdwaras and a football club. Every space offers a hot drink, free wifi and somewhere to charge your phone, and many have lunches, games, children&rsquo;s activities or an adviser who can help with benefits and bills. The council gives each space a small grant for heating and refreshments and trains its volunteers to spot people who need more help. Last winter the spaces recorded more than 52,000 visits, and volunteers made over 1,900 referrals for money, housing and health advice.</p>
    <p><a href="/warm-spaces/map/">Find a warm space near you on the map</a> or ring 01632 960 900 and we will tell you the nearest one and its opening times.</p>

    <h2 id="food">Food</h2>
    <div class="card-grid">
      <section class="service-card" aria-labelledby="pantry-title">
        <span class="label">Run by a local charity</span>
        <h3 id="pantry-title">Community pantries</h3>
        <p>Community pantries in Derby are run by Derwent Food Partnership, a charity that collects surplus food from supermarkets, farms and wholesalers. Members pay &pound;4.50 a week and choose at least &pound;20 worth of food, including fresh fruit and vegetables, bread, dairy and frozen meat. There are nine pantries, each open two or three days a week, and you can join if you live in Derby and are finding it hard to afford food; you don&rsquo;t need a referral. The partnership says its 2,300 member households save around &pound;800 a year on average, and it kept 610 tonnes of good food out of the bin in 2025.</p>
        <p><a href="/food/community-pantries/">Pantry addresses and opening times</a></p>
      </section>
      <section class="service-card" aria-labelledby="foodbank-title">
        <span class="label">Emergency food</span>
        <h3 id="foodbank-title">Food banks</h3>
        <p>If you have no money for food at all, a food bank can give you three days&rsquo; emergency food. You need a voucher from an agency such as Citizens Advice, your GP, a children&rsquo;s centre or the council&rsquo;s Welfare Support team.</p>
        <p><a href="/food/food-banks/">Food banks in Derby</a></p>
      </section>
    </div>
    <p>Children who get free school meals can also have free holiday activities with a healthy meal in the Easter, summer and Christmas holidays. <a href="/children/holiday-activities/">Book holiday activities</a>.</p>

    <h2 id="energy">Energy bills</h2>
    <section class="service-card" aria-labelledby="energy-title">
      <span class="label">Free advice</span>
      <h3 id="energy-title">Energy Doctors</h3>
      <p>Energy Doctors is a free service run by Peak Energy Action, a charity, and paid for by the council. An adviser will ring you back within two working days and can check you are on the cheapest tariff, sort out problems with your meter or supplier, put you on your supplier&rsquo;s Priority Services Register and help you apply to supplier trust funds if you are in debt. If you need it, an adviser will visit you at home to look at your heating and fit free draught-proofing and LED bulbs. In 2025 the service helped 3,100 Derby households, saving them an average of &pound;240 a year, and got &pound;410,000 of energy debt written off.</p>
      <p>Ring 01632 960 915 (Monday to Friday, 9am to 5pm) or <a href="/energy/energy-doctors-referral/">ask for a call back online</a>.</p>
    </section>
    <details>
      <summary>Prepayment meters</summary>
      <p>If you have a prepayment meter and run out of credit, ask your supplier for emergency or friendly credit. If you are struggling to top up, Energy Doctors can help you apply for a fuel voucher.</p>
    </details>
    <details>
      <summary>Warm Home Discount</summary>
      <p>The Warm Home Discount is a one-off discount of &pound;150 on your electricity bill each winter if you get certain benefits. Most people get it automatically. <a href="https://www.gov.uk/the-warm-home-discount-scheme">Check if you are eligible on GOV.UK</a>.</p>
    </details>

    <h2 id="money">Money you may be entitled to</h2>
    <p>Millions of pounds of benefits go unclaimed in Derby every year. Use a <a href="https://www.entitledto.co.uk/">free benefits calculator</a> to check what you can get.</p>
    <details>
      <summary>Household Support Fund</summary>
      <p>Applications for this round are now closed. The next round opens in April 2026; we will update this page when it does.</p>
    </details>
    <details>
      <summary>Council Tax Support</summary>
      <p>If you are on a low income you may pay less council tax. <a href="/benefits-and-money/council-tax-support/">Apply for Council Tax Support</a>.</p>
    </details>
    <details>
      <summary>Pension Credit</summary>
      <p>If you are over State Pension age and on a low income, Pension Credit tops up your income and opens the door to other help, including the Winter Fuel Payment. Call the Pension Credit claim line on 0800 99 1234.</p>
    </details>
    <details>
      <summary>Healthy Start</summary>
      <p>If you are pregnant or have a child under four and get certain benefits, you can get a prepaid card for milk, fruit and vegetables. <a href="https://www.healthystart.nhs.uk/">Apply for Healthy Start</a>.</p>
    </details>

    <div class="callout" id="scams" role="note">
      <h2>Watch out for scams</h2>
      <p>Derbyshire Constabulary is warning people about text messages and emails that claim to offer energy rebates or cost of living payments and ask for bank details. The council will never text you asking for your bank details. If you think you have been scammed, contact your bank straight away and report it to Action Fraud on 0300 123 2040.</p>
    </div>

    <div class="feedback">
      <form action="/feedback/" method="post">
        <fieldset>
          <legend>Was this page helpful?</legend>
          <button type="submit" name="helpful" value="yes">Yes</button>
          <button type="submit" name="helpful" value="no">No</button>
        </fieldset>
      </form>
      <p class="updated">Last updated: 27 January 2026</p>
    </div>
  </main>
  <aside aria-label="Need help now?">
    <div class="need-help">
      <h2>Need help now?</h2>
      <p>Call our Welfare Support team on <strong>01632 960 900</strong>, Monday to Friday, 9am to 5pm.</p>
      <p>If you are at risk of losing your home, contact <a href="/housing/homeless/">Housing Options</a> today.</p>
      <p>If you are struggling to cope, you can call Samaritans free on 116 123, any time.</p>
    </div>
    <h2>Related</h2>
    <ul>
      <li><a href="/libraries/">Libraries</a></li>
      <li><a href="/adult-social-care/">Adult social care</a></li>
      <li><a href="/housing/">Housing</a></li>
    </ul>
  </aside>
</div>
<footer>
  <ul>
    <li><a href="/accessibility/">Accessibility statement</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/cookies/">Cookies</a></li>
    <li><a href="/contact-us/">Contact us</a></li>
    <li><a href="/site-map/">Site map</a></li>
  </ul>
  <p>&copy; Derby City Council, The Council House, Corporation Street, Derby DE1 2FS</p>
</footer>
</body>
</html>
"""


# ================================================================== 8. A youth charity's privacy notice page (HTML)

PRIVACY_HTML = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy notice &#8211; Aire Valley Youth Trust</title>
<meta name="robots" content="index, follow">
<link rel="canonical" href="https://www.airevalleyyouth.example/privacy-notice/">
<meta property="og:type" content="article">
<meta property="og:title" content="Privacy notice">
<meta property="og:site_name" content="Aire Valley Youth Trust">
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<style id="kadence-custom-css">
  body { font-family: "Nunito", sans-serif; color: #222; margin: 0; line-height: 1.6; }
  .site-top-header { background: #3b1f6b; color: #fff; font-size: 14px; padding: 6px 32px; display: flex; justify-content: space-between; }
  .site-top-header a { color: #ffd23f; }
  .site-main-header { display: flex; align-items: center; justify-content: space-between; padding: 18px 32px; border-bottom: 1px solid #eee; }
  .site-branding a { font-weight: 800; font-size: 24px; color: #3b1f6b; text-decoration: none; }
  .site-branding .site-description { display: block; font-size: 13px; color: #666; font-weight: 400; }
  .main-navigation ul { list-style: none; display: flex; gap: 26px; margin: 0; padding: 0; }
  .main-navigation a { color: #222; text-decoration: none; font-weight: 700; }
  .header-button { background: #ff6b35; color: #fff; padding: 10px 18px; border-radius: 24px; text-decoration: none; font-weight: 700; }
  .entry-hero { background: #f3eefb; padding: 36px 32px; }
  .entry-hero h1 { margin: 0; color: #3b1f6b; }
  .entry-meta { color: #555; font-size: 14px; }
  .content-wrap { max-width: 820px; margin: 0 auto; padding: 24px 32px 48px; }
  .wp-block-table table { border-collapse: collapse; width: 100%; }
  .wp-block-table td, .wp-block-table th { border: 1px solid #d8d0e6; padding: 8px 10px; vertical-align: top; text-align: left; }
  .wp-block-table thead th { background: #3b1f6b; color: #fff; }
  .toc { background: #faf8fd; border: 1px solid #e3daf1; padding: 14px 22px; }
  .has-pale-background { background: #fff8e1; border-left: 6px solid #ffd23f; padding: 14px 18px; }
  .site-footer { background: #21113d; color: #ddd; padding: 36px 32px; font-size: 14px; }
  .site-footer a { color: #ffd23f; }
  .footer-widgets { display: grid; grid-template-columns: repeat(3, 1fr); gap: 28px; }
  .footer-bottom { border-top: 1px solid #3d2c5e; margin-top: 24px; padding-top: 14px; }
  #cmplz-cookiebanner { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; box-shadow: 0 -2px 12px rgba(0,0,0,.2); padding: 16px 32px; }
</style>
</head>
<body class="privacy-policy page-template-default page page-id-3 wp-custom-logo">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="wrapper" class="site">
<header id="masthead" class="site-header" role="banner">
  <div class="site-top-header">
    <span>Young person? Need to talk? <a href="/get-support/">Get support</a></span>
    <span><a href="tel:01632960540">01632 960 540</a> &middot; <a href="mailto:hello@example.org">hello@example.org</a></span>
  </div>
  <div class="site-main-header">
    <div class="site-branding"><a href="/" rel="home">Aire Valley Youth Trust<span class="site-description">Youth work in Keighley and the Worth Valley since 1987</span></a></div>
    <nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation">
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="/about/">About us</a></li>
        <li class="menu-item menu-item-has-children"><a href="/projects/">Our projects</a></li>
        <li class="menu-item"><a href="/get-involved/">Get involved</a></li>
        <li class="menu-item"><a href="/news/">News</a></li>
        <li class="menu-item"><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
    <a class="header-button" href="/donate/">Donate</a>
  </div>
</header>
<div id="inner-wrap" class="wrap">
<section class="entry-hero page-hero-section">
  <h1 class="entry-title">Privacy notice</h1>
  <div class="entry-meta">Last updated 5 January 2026 &middot; Version 4</div>
</section>
<main id="main" class="site-main" role="main">
<div class="content-wrap">
<article id="post-3" class="entry content-bg single-entry post-3 page type-page status-publish">
<div class="entry-content single-content">

<p>This notice explains what personal information Aire Valley Youth Trust collects, why we collect it, how we look after it and what your rights are. We have tried to keep it short and clear. If anything doesn&#8217;t make sense, please ask us.</p>

<div class="has-pale-background wp-block-group">
<p><strong>If you are a young person:</strong> there is a shorter version of this notice written for you at <a href="/privacy-for-young-people/">privacy for young people</a>. Your youth worker can go through it with you.</p>
</div>

<nav class="toc" aria-label="Contents">
<p><strong>Contents</strong></p>
<ol>
<li><a href="#who">Who we are</a></li>
<li><a href="#what">The information we collect</a></li>
<li><a href="#why">Why we use it and our lawful basis</a></li>
<li><a href="#share">Who we share it with</a></li>
<li><a href="#keep">How long we keep it</a></li>
<li><a href="#rights">Your rights</a></li>
<li><a href="#cookies">Cookies</a></li>
<li><a href="#complain">Questions and complaints</a></li>
</ol>
</nav>

<h2 class="wp-block-heading" id="who">1. Who we are</h2>
<p>Aire Valley Youth Trust is a registered charity (no. 1034772) and a company limited by guarantee (no. 02871905). Our office is at the Old Mechanics&#8217; Hall, North Street, Keighley BD21 9ZZ. We are the controller of the personal information described in this notice, and we are registered with the Information Commissioner&#8217;s Office (registration ZA118406).</p>
<p>Our data protection lead is our Operations Manager, Helen Marsden. You can contact her at <a href="mailto:privacy@example.org">privacy@example.org</a> or on 01632 960 541.</p>

<h2 class="wp-block-heading" id="what">2. The information we collect</h2>
<h3 class="wp-block-heading">Young people who take part in our projects</h3>
<p>When you join one of our projects we ask for your name, date of birth, address, school or college, a contact number, a parent or carer&#8217;s contact details (if you are under 16), your GP, any medical needs or allergies, and whether you agree to photographs. We also ask about your ethnicity, gender and any disability, so that we can check we are reaching everyone; you don&#8217;t have to answer.</p>
<p>Youth workers keep short notes of the sessions you come to and the support you get, and a record of any safeguarding concern.</p>
<p><strong>Choices.</strong> If you are referred to Choices, the person who refers you (for example West Yorkshire Police, a youth justice worker, a school or children&#8217;s social care) will share your name, date of birth, contact details and the reason for the referral. They may also tell us about any risks we need to know about to keep you and our staff safe.</p>
<p><strong>Girls Grow.</strong> We keep a register of who comes to each session, and, with your permission, the goals you set with your youth worker.</p>
<p><strong>Detached youth work.</strong> When our youth workers meet young people on the streets and in parks we do not usually record names. We record the number of young people we meet, where, and what we talked about in general terms.</p>

<h3 class="wp-block-heading">Parents and carers</h3>
<p>Your name, contact details and your relationship to the young person, and anything you tell us that we need to keep them safe.</p>

<h3 class="wp-block-heading">Volunteers, staff and trustees</h3>
<p>Application forms, references, DBS check results, training records, emergency contacts and, for staff, bank and payroll details.</p>

<h3 class="wp-block-heading">Supporters</h3>
<p>If you donate, fundraise or sign up for our newsletter: your name, contact details, what you have given, and whether you have made a Gift Aid declaration. We never buy or sell mailing lists.</p>

<h2 class="wp-block-heading" id="why">3. Why we use it and our lawful basis</h2>
<figure class="wp-block-table"><table>
<thead><tr><th>What we use it for</th><th>Lawful basis</th></tr></thead>
<tbody>
<tr><td>Running our projects and keeping in touch with young people and families</td><td>Legitimate interests; for health and ethnicity information, explicit consent or the substantial public interest in protecting children</td></tr>
<tr><td>Keeping young people safe (safeguarding)</td><td>Legal obligation and vital interests; substantial public interest (safeguarding of children and individuals at risk)</td></tr>
<tr><td>Reporting to our funders</td><td>Legitimate interests (we only share numbers and anonymised stories)</td></tr>
<tr><td>Recruiting and managing staff and volunteers</td><td>Contract and legal obligation; employment law for DBS checks</td></tr>
<tr><td>Fundraising and newsletters</td><td>Consent (you can withdraw it at any time)</td></tr>
<tr><td>Claiming Gift Aid</td><td>Legal obligation</td></tr>
</tbody>
</table></figure>

<h2 class="wp-block-heading" id="share">4. Who we share it with</h2>
<p>We do not share your information with anyone unless we need to. We may share it with:</p>
<ul>
<li>Bradford Children&#8217;s Social Care or West Yorkshire Police, if we are worried that a young person is at risk of serious harm, or if the law requires us to;</li>
<li>the organisation that referred a young person to us, to tell them whether the young person has taken up the offer of support (only with the young person&#8217;s agreement, unless there is a safeguarding concern);</li>
<li>our funders, including the National Lottery Community Fund and Bradford Council, but only as numbers and anonymised case studies;</li>
<li>companies that provide services to us, such as our case management system (Upshot), our email newsletter (Mailchimp), our online donations platform and our payroll bureau. They can only use your information on our instructions.</li>
</ul>
<p>Some of these companies store information outside the UK. Where they do, we make sure the transfer is protected by UK adequacy regulations or the International Data Transfer Agreement.</p>

<h2 class="wp-block-heading" id="keep">5. How long we keep it</h2>
<figure class="wp-block-table"><table>
<thead><tr><th>Information</th><th>How long</th></tr></thead>
<tbody>
<tr><td>Young people&#8217;s records</td><td>Until the young person is 25, or 6 years after they last took part, whichever is later</td></tr>
<tr><td>Safeguarding records</td><td>Until the young person is 25, then reviewed (longer if the law requires it)</td></tr>
<tr><td>Detached youth work logs</td><td>3 years</td></tr>
<tr><td>Unsuccessful job and volunteer applications</td><td>6 months</td></tr>
<tr><td>Staff and volunteer records</td><td>6 years after they leave</td></tr>
<tr><td>Donations and Gift Aid</td><td>6 years after the end of the financial year</td></tr>
</tbody>
</table></figure>

<h2 class="wp-block-heading" id="rights">6. Your rights</h2>
<p>You have the right to:</p>
<ul>
<li>ask for a copy of the information we hold about you;</li>
<li>ask us to correct information that is wrong;</li>
<li>ask us to delete your information, or to stop or limit how we use it, in some circumstances;</li>
<li>object to us using your information for fundraising at any time;</li>
<li>withdraw your consent, where we rely on it.</li>
</ul>
<p>Young people aged 12 and over can usually make these requests themselves. We will reply within one month.</p>

<h2 class="wp-block-heading" id="cookies">7. Cookies</h2>
<p>Our website uses essential cookies and, if you agree, analytics cookies to see which pages are used. You can change your choice at any time using the cookie settings link at the bottom of every page.</p>

<h2 class="wp-block-heading" id="complain">8. Questions and complaints</h2>
<p>If you have a question or are unhappy with how we have used your information, please contact our data protection lead first. You also have the right to complain to the Information Commissioner&#8217;s Office: <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or 0303 123 1113.</p>
<p>We review this notice every year. We will tell people on our mailing list about any important changes.</p>

</div>
</article>
</div>
</main>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <div class="footer-widgets">
    <section class="widget"><h2 class="widget-title">Find us</h2><p>Old Mechanics&#8217; Hall<br>North Street<br>Keighley BD21 9ZZ</p></section>
    <section class="widget"><h2 class="widget-title">Quick links</h2><ul><li><a href="/safeguarding/">Safeguarding</a></li><li><a href="/privacy-notice/">Privacy notice</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/jobs/">Jobs and volunteering</a></li></ul></section>
    <section class="widget"><h2 class="widget-title">Follow us</h2><p><a href="https://www.instagram.com/">Instagram</a> &middot; <a href="https://www.facebook.com/">Facebook</a> &middot; <a href="https://www.tiktok.com/">TikTok</a></p></section>
  </div>
  <div class="footer-bottom">
    <p>&copy; 2026 Aire Valley Youth Trust. Registered charity no. 1034772. Company no. 02871905. <a href="#" class="cmplz-manage-consent">Cookie settings</a></p>
  </div>
</footer>
</div>
<div id="cmplz-cookiebanner" class="cmplz-cookiebanner" role="dialog" aria-label="Manage cookie consent">
  <div class="cmplz-title">Manage cookie consent</div>
  <div class="cmplz-message"><p>We use cookies to make our site work and, if you agree, to understand how it is used.</p></div>
  <div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">Preferences</button></div>
</div>
<script src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=7.1.4" id="cmplz-cookiebanner-js"></script>
</body>
</html>
"""


# ================================================================== 9. A train operator's station page (HTML)

STATION_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ulverston (ULV) station information | Northern</title>
<meta name="description" content="Ulverston station: live departures, facilities, accessibility, tickets, parking and the station's community partners.">
<link rel="preload" href="/assets/fonts/northern-sans.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/assets/css/app.7f3c1a.css">
<style>
  :root { --navy: #262262; --blue: #0067b1; --sky: #e6f0f8; --green: #007a3d; --red: #c4262e; }
  body { margin: 0; font-family: Arial, sans-serif; color: #1b1b1b; }
  .consent { position: fixed; inset: auto 0 0 0; background: #fff; border-top: 4px solid var(--blue); padding: 16px 24px; }
  .alert-strip { background: #fff4ce; border-bottom: 1px solid #e2c36b; padding: 10px 24px; font-size: 14px; }
  .header { background: var(--navy); color: #fff; display: flex; align-items: center; gap: 32px; padding: 12px 24px; }
  .header a { color: #fff; text-decoration: none; }
  .brand { font-size: 26px; font-weight: 700; letter-spacing: -0.5px; }
  .header nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 22px; }
  .journey-planner { background: var(--blue); color: #fff; padding: 14px 24px; display: flex; gap: 12px; align-items: end; }
  .journey-planner input { padding: 8px; width: 200px; }
  .breadcrumbs { font-size: 14px; padding: 10px 24px; }
  .station-head { padding: 8px 24px 16px; display: flex; align-items: center; gap: 14px; }
  .crs { background: var(--navy); color: #fff; font-weight: 700; padding: 4px 8px; border-radius: 4px; }
  .staffing-badge { background: var(--sky); padding: 4px 10px; border-radius: 12px; font-size: 13px; }
  .page { display: grid; grid-template-columns: 2fr 1fr; gap: 32px; padding: 0 24px 40px; }
  table.departures { width: 100%; border-collapse: collapse; }
  table.departures th, table.departures td { text-align: left; padding: 8px; border-bottom: 1px solid #ddd; }
  .on-time { color: var(--green); font-weight: 700; }
  .late { color: var(--red); font-weight: 700; }
  .tabs [role=tablist] { display: flex; gap: 4px; border-bottom: 3px solid var(--navy); }
  .tabs [role=tab] { background: var(--sky); border: 0; padding: 10px 14px; font-weight: 700; }
  .tabs [role=tab][aria-selected=true] { background: var(--navy); color: #fff; }
  .tabpanel { padding: 16px 0; }
  ul.facilities { list-style: none; padding: 0; columns: 2; }
  ul.facilities li { padding: 4px 0; }
  .yes::before { content: "\\2713  "; color: var(--green); font-weight: 700; }
  .no::before { content: "\\2717  "; color: var(--red); font-weight: 700; }
  .info-box { background: var(--sky); padding: 14px 18px; border-left: 6px solid var(--blue); }
  .partner { border: 1px solid #d0d7e2; padding: 16px 18px; margin-bottom: 16px; }
  .partner .tag { font-size: 12px; text-transform: uppercase; letter-spacing: .5px; color: #555; }
  .sidebar .card { border: 1px solid #d0d7e2; padding: 14px 16px; margin-bottom: 18px; }
  .footer { background: var(--navy); color: #fff; padding: 28px 24px; font-size: 14px; }
  .footer a { color: #fff; }
  .footer .cols { display: grid; grid-template-columns: repeat(4, 1fr); gap: 24px; }
</style>
</head>
<body>
<div id="app">
<div class="alert-strip" role="status"><strong>Engineering work:</strong> buses replace trains between Lancaster and Barrow-in-Furness on Sunday 22 February. <a href="/travel-updates/">Check before you travel</a></div>
<header class="header">
  <a class="brand" href="/">northern</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/tickets/">Tickets</a></li>
      <li><a href="/travel-updates/">Travel updates</a></li>
      <li><a href="/stations/">Stations</a></li>
      <li><a href="/help/">Help</a></li>
      <li><a href="/delay-repay/">Delay Repay</a></li>
    </ul>
  </nav>
  <a href="/account/login/">Sign in</a>
</header>
<form class="journey-planner" action="/journey-planner/" aria-label="Plan your journey">
  <label>From<br><input name="from" value="Ulverston"></label>
  <label>To<br><input name="to" placeholder="Station"></label>
  <label>When<br><input name="when" value="Leaving now"></label>
  <button type="submit">Get times and tickets</button>
</form>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/stations/">Stations</a> / Ulverston</nav>

<div class="station-head">
  <h1>Ulverston</h1>
  <span class="crs" title="Station code">ULV</span>
  <span class="staffing-badge">Staffed part time</span>
</div>

<div class="page">
<main>
  <section aria-labelledby="live">
    <h2 id="live">Live departures</h2>
    <table class="departures">
      <thead><tr><th>Due</th><th>Destination</th><th>Platform</th><th>Expected</th></tr></thead>
      <tbody>
        <tr><td>10:42</td><td>Barrow-in-Furness</td><td>1</td><td class="on-time">On time</td></tr>
        <tr><td>10:51</td><td>Manchester Airport</td><td>2</td><td class="late">10:58</td></tr>
        <tr><td>11:44</td><td>Barrow-in-Furness</td><td>1</td><td class="on-time">On time</td></tr>
        <tr><td>11:53</td><td>Lancaster</td><td>2</td><td class="on-time">On time</td></tr>
      </tbody>
    </table>
    <p><small>Updated 10:31. Times are from the National Rail live feed.</small></p>
  </section>

  <div class="tabs">
    <div role="tablist" aria-label="Station information">
      <button role="tab" id="tab-facilities" aria-controls="panel-facilities" aria-selected="true">Facilities</button>
      <button role="tab" id="tab-access" aria-controls="panel-access" aria-selected="false">Accessibility</button>
      <button role="tab" id="tab-tickets" aria-controls="panel-tickets" aria-selected="false">Tickets</button>
      <button role="tab" id="tab-parking" aria-controls="panel-parking" aria-selected="false">Parking and bikes</button>
      <button role="tab" id="tab-safety" aria-controls="panel-safety" aria-selected="false">Safety</button>
      <button role="tab" id="tab-community" aria-controls="panel-community" aria-selected="false">In the community</button>
    </div>

    <section role="tabpanel" id="panel-facilities" aria-labelledby="tab-facilities" class="tabpanel">
      <h2>Facilities</h2>
      <ul class="facilities">
        <li class="yes">Waiting room (platform 1)</li>
        <li class="yes">Toilets, including an accessible toilet</li>
        <li class="yes">Caf&eacute; (weekdays)</li>
        <li class="yes">Customer help points on both platforms</li>
        <li class="yes">Free wifi</li>
        <li class="yes">Seating on both platforms</li>
        <li class="no">Baby changing</li>
        <li class="no">Cash machine</li>
        <li class="no">Left luggage</li>
        <li class="yes">Defibrillator (booking hall)</li>
      </ul>
      <h3>Ticket office opening hours</h3>
      <table class="departures">
        <tbody>
          <tr><th scope="row">Monday to Friday</th><td>06:10 to 13:30</td></tr>
          <tr><th scope="row">Saturday</th><td>07:00 to 14:20</td></tr>
          <tr><th scope="row">Sunday</th><td>Closed</td></tr>
        </tbody>
      </table>
    </section>

    <section role="tabpanel" id="panel-access" aria-labelledby="tab-access" class="tabpanel" hidden>
      <h2>Accessibility</h2>
      <div class="info-box"><p><strong>Step-free access category B.</strong> There is step-free access to both platforms, but the route to platform 2 is by a long ramp. Ask staff or use the help point if you need help.</p></div>
      <p>Ramps for getting on and off trains are kept on both platforms. You can book help with your journey through Passenger Assist up to two hours before you travel, or just turn up and ask.</p>
      <p>The booking hall and the caf&eacute; have a hearing loop. Assistance dogs are welcome.</p>
    </section>

    <section role="tabpanel" id="panel-tickets" aria-labelledby="tab-tickets" class="tabpanel" hidden>
      <h2>Tickets</h2>
      <p>Buy from the ticket office when it is open, from the ticket machine on platform 1 (card only), on our app or on board. Please buy before you travel if you can.</p>
      <p>Railcards accepted. Older and disabled people&rsquo;s bus passes are not valid on trains.</p>
    </section>

    <section role="tabpanel" id="panel-parking" aria-labelledby="tab-parking" class="tabpanel" hidden>
      <h2>Parking and bikes</h2>
      <p>Car park with 32 spaces, including 3 for Blue Badge holders. &pound;3.20 a day, &pound;14 a week; pay by app or at the machine. Covered cycle racks for 12 bikes by the main entrance.</p>
    </section>

    <section role="tabpanel" id="panel-safety" aria-labelledby="tab-safety" class="tabpanel" hidden>
      <h2>Safety and security</h2>
      <p>The station is covered by CCTV, which is recorded. Help points on both platforms connect you to our control centre at any time.</p>
      <p>If you see something that doesn&rsquo;t look right, text British Transport Police on 61016 or call 0800 40 50 40. In an emergency, always call 999.</p>
    </section>

    <section role="tabpanel" id="panel-community" aria-labelledby="tab-community" class="tabpanel" hidden>
      <h2>In the community</h2>
      <p>Ulverston station is part of the Furness Line, one of the lines supported by Community Rail Cumbria. We are lucky to share it with two local partners.</p>
      <article class="partner">
        <p class="tag">Station adopters</p>
        <h3>Ulverston Station Friends</h3>
        <p>Ulverston Station Friends are a group of 23 volunteers who adopted the station in 2016. They look after the planters and the wildlife garden on platform 2, keep the station tidy with a monthly litter pick, report faults to us, and have turned the old parcels office into a small display on the station&rsquo;s history and on Ulverston&rsquo;s most famous son, Stan Laurel. Every spring they work with children from two local primary schools to plant bulbs and make the poster boards for the platform. Since 2016 they have given more than 9,000 hours of their time, planted over 4,000 bulbs and shrubs, and the station has won the Cumbria in Bloom award for the best station garden three times.</p>
        <p>New volunteers are always welcome: email <a href="mailto:ulverstonfriends@example.org">ulverstonfriends@example.org</a>.</p>
      </article>
      <article class="partner">
        <p class="tag">Social enterprise</p>
        <h3>The Booking Hall Caf&eacute;</h3>
        <p>The Booking Hall Caf&eacute; is run by Furness Pathways, a social enterprise that trains adults with learning disabilities for work. Trainees spend a year in the caf&eacute;, working alongside a job coach, serving customers, making food to hygiene standards, handling money and learning to travel to work on their own, then get help to find a paid job. The caf&eacute; opened in 2021 in the old ticket hall; it now takes fourteen trainees a year, and nine of its former trainees have gone on to paid jobs in caf&eacute;s, shops and hotels in Ulverston, Barrow and the Lakes.</p>
        <p>Open Monday to Friday, 8am to 2pm.</p>
      </article>
    </section>
  </div>
</main>

<aside class="sidebar">
  <div class="card">
    <h2>Station address</h2>
    <p>Ulverston station<br>Station Approach<br>Ulverston LA12 9ZZ</p>
    <p><a href="/stations/ulverston/map/">View map</a></p>
  </div>
  <div class="card">
    <h2>Getting around</h2>
    <p>Taxi rank outside the main entrance. Buses to Barrow, Coniston and Windermere stop on Prince&rsquo;s Street, a 5 minute walk.</p>
  </div>
  <div class="card">
    <h2>Lost property</h2>
    <p>Items left on trains or at the station go to our lost property office. <a href="/help/lost-property/">Report a lost item</a>.</p>
  </div>
</aside>
</div>

<footer class="footer">
  <div class="cols">
    <div><h2>Help</h2><ul><li><a href="/help/contact/">Contact us</a></li><li><a href="/help/passenger-assist/">Passenger Assist</a></li><li><a href="/delay-repay/">Delay Repay</a></li></ul></div>
    <div><h2>Tickets</h2><ul><li><a href="/tickets/railcards/">Railcards</a></li><li><a href="/tickets/season/">Season tickets</a></li></ul></div>
    <div><h2>About us</h2><ul><li><a href="/about/">About Northern</a></li><li><a href="/careers/">Careers</a></li><li><a href="/community/">Community</a></li></ul></div>
    <div><h2>Legal</h2><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li></ul></div>
  </div>
  <p>&copy; Northern Trains Limited 2026</p>
</footer>

<div class="consent" role="dialog" aria-labelledby="consent-title">
  <h2 id="consent-title">Your privacy</h2>
  <p>We use cookies to make our website work and to understand how you use it. Choose &lsquo;Accept all&rsquo; or manage your settings.</p>
  <button>Accept all</button> <button>Reject non-essential</button> <button>Manage settings</button>
</div>
</div>
<script src="/assets/js/app.7f3c1a.js" defer></script>
</body>
</html>
"""


# ================================================================== 10. A conference talk proposal drafted in Markdown

CFP_MD = """# Talk proposal: \u201cWe stopped waiting for the fourth call\u201d

<!-- DRAFT v3 \u2014 Karen. Tom to check his bio + the numbers in para 3. CFP closes Fri 13 Feb, 23:59. Submit via the Sessionize form: paste each section into its own box. -->

**Conference:** Northern Community Safety Analysts\u2019 Conference 2026, Leeds, 9\u201310 June
**Track:** Partnerships and data sharing
**Format:** Talk (25 minutes + 5 minutes questions)
**Level:** Intermediate
**Speakers:** Dr Karen Sowerby (Humberside Police) and Tom Mallinson (Humber Homes)

---

## Title (max 80 characters)

We stopped waiting for the fourth call: joining police and housing data on ASB

## Short description (max 300 characters, shown in the app)

How a force and a housing association linked repeat ASB calls to tenancy records to get to households weeks earlier, and what it took to get the data sharing signed off.

## Abstract (max 250 words \u2014 currently 236)

Most anti-social behaviour that ends in eviction or a court order starts with a handful of calls that nobody joins up. The police see the calls; the landlord sees the rent arrears, the repairs and the complaints from next door. Each of us was waiting for the other to act.

Early Alert is a joint scheme between Humberside Police and Humber Homes in east Hull. Every week the force\u2019s analysts match addresses with two or more ASB calls in 28 days against the association\u2019s tenancy records, and a neighbourhood officer and a tenancy officer visit the household together within five working days, before anyone has had to make a formal complaint. The visit is about what is going on and what help would make a difference: debt advice, a mental health referral, a repair that has been ignored, a word about a visitor who is causing trouble. Since the pilot began in March 2025 it has flagged 410 households; repeat ASB calls from those addresses fell by 38% in the following three months, compared with 9% for similar addresses in west Hull, and 27 tenancies that were heading for possession proceedings have been kept going.

In this talk we will show how the weekly match works (with a fake data set you can take away), what we got wrong in the first two months, and the eleven drafts of the information sharing agreement it took to get there.

## Outline

| Min | What | Who |
|----:|------|-----|
| 0\u20133 | Why the fourth call is too late | Karen |
| 3\u201310 | The weekly match: data, rules, false positives | Karen |
| 10\u201316 | The joint visit, and what households told us | Tom |
| 16\u201321 | Results, and why we don\u2019t fully trust them yet | Karen |
| 21\u201325 | The information sharing agreement, clause by clause | Tom |
| 25\u201330 | Questions | both |

## What people will take away

1. A template for a weekly address match that can be run in Excel, R or Python.
2. The three questions our data protection officers asked, and our answers.
3. An honest view of where a scheme like this can go wrong (over-visiting, stigma, officers turning up with the landlord).

## Who is this for?

Police and council analysts, community safety officers and housing officers who want to share data but don\u2019t know where to start. No coding needed.

## Speakers

### Dr Karen Sowerby (she/her)

Senior Analyst, Humberside Police. Karen has worked in police analysis for twelve years, first in Lincolnshire and since 2019 in Hull, where she leads the force\u2019s neighbourhood analysis team. She did her PhD at the University of Hull on repeat victimisation in social housing. She is a fellow of the Society of Evidence Based Policing.

### Tom Mallinson (he/him)

Data and Insight Lead, Humber Homes. Tom looks after the association\u2019s data on 18,000 homes and leads its work on tenancy sustainment. Outside work, Tom co-founded Hull Data Clinic, a group of volunteer analysts who give charities and community groups free help with their data: once a month they run a drop-in evening at the central library, where groups bring a spreadsheet or a question, and volunteers work through it with them or take on a small project over a few weeks. Since 2022 the clinic has helped more than 70 groups, from a food bank that now forecasts its Christmas demand to a boxing club that used its attendance figures to win a \u00a330,000 grant.

## Notes for the programme committee

- The information sharing agreement and the DPIA are both signed and we can show extracts. We can\u2019t show any real case.
- The 38% figure is from an internal evaluation (not peer reviewed); we say so in the talk. An external evaluation starts in April.
- Happy to do a 10-minute lightning version if the 25-minute slots are full.
- We gave an earlier version of this talk at the East Riding Community Safety Partnership\u2019s practitioners\u2019 day in November 2025 (about 60 people).

## Accessibility and logistics

- Karen uses a wheelchair: step-free access to the stage, please, or a lectern at floor level.
- We will bring our own laptop (HDMI) and send slides in advance.
- Travelling from Hull on the day; a slot after 10:30 would help.

---

*Status:* [ ] Tom\u2019s bio checked  [x] numbers checked with analysts (5 Feb)  [ ] comms OK to use force logo  [ ] submitted
"""


# ================================================================== 11. A newspaper's 'send us your news' form submission, forwarded (plain text)

FORM_TXT = """From: Lucy Hesketh <lucy.hesketh@example.com>
Sent: Tuesday, March 10, 2026 9:14 AM
To: Newsdesk <newsdesk@example.com>
Subject: FW: New submission from Send us your news

Morning - nice one for next week's community page? Could be a page lead if
we get decent pics (she's sent two, not bad). I'll ring her today and check
the numbers. Happy to take it unless someone's already on it.

L

Lucy Hesketh | Community Reporter
West Lancs Echo | 01632 960 700 (newsdesk)


-----Original Message-----
From: West Lancs Echo <noreply@example.com>
Sent: Monday, March 9, 2026 9:47 PM
To: Newsdesk <newsdesk@example.com>
Subject: New submission from Send us your news

Name
Margaret (Peggy) Dunne

Email
peggy.dunne@example.net

Phone
01632 960 388

Town or village
Ormskirk

What is your story about?
Community news

Headline (optional)
Don't bin it, mend it! Repair cafe fixes its 1,000th item

Your story
Hello, I hope this is the right place to send this. I am one of the
volunteers at Ormskirk Repair Cafe and we would love some coverage as we
have just reached a big milestone.

Ormskirk Repair Cafe is run by volunteers on the first Saturday of every
month, 10am to 1pm, in the hall at the back of the Methodist church on
Derby Street. People bring in things that are broken (toasters, lamps,
clothes, bikes, jewellery, laptops, you name it) and sit with one of our
fixers while they try to mend it, so they learn how to do it themselves
next time. There is no charge, but we have a donations jar and the tea and
cake go down very well! We have 26 volunteers including two electricians,
a retired TV engineer, three sewing ladies and a lad from Edge Hill who
can fix any phone.

We started in May 2023 after some of us saw one in Southport. On Saturday
just gone (7 March) we fixed our 1,000th item, a 1970s Roberts radio that
belonged to a lady's late husband, and she cried. Altogether we have seen
1,420 items and mended 1,000 of them (about 70 per cent), which we reckon
has kept around 4 tonnes of stuff out of the tip. Most months we have
80-100 visitors now.

We are also looking for more volunteers, especially anyone who can fix
sewing machines and vacuum cleaners, and we would love a bigger venue
as we are bursting at the seams.

I have attached two photos: our fixers with the radio, and the queue
outside last Saturday. The lady with the radio (Mrs Pat Ashcroft) is happy
to be named and photographed.

Thank you,
Peggy

Photos
IMG_4471.jpg (2.1 MB)
IMG_4480.jpg (1.8 MB)

Can we contact you about your story?
Yes

Consent
I confirm the information I have sent is true and that I have permission
to share any photos. I agree that West Lancs Echo may publish my story
and photos in print and online.

--
This e-mail was sent from a contact form on West Lancs Echo
(https://www.westlancsecho.example/send-us-your-news/)
Form ID: 3 | Entry ID: 11842 | IP: 203.0.113.47 | 09/03/2026 21:47
"""


# ================================================================== writing the documents

TEXT_DOCUMENTS = {
    "derby-city-council-cost-of-living-help.html": lambda: COL_HTML,
    "aire-valley-youth-trust-privacy-notice.html": lambda: PRIVACY_HTML,
    "northern-ulverston-ulv-station-information.html": lambda: STATION_HTML,
    "talk-proposal-draft-v3-we-stopped-waiting-for-the-fourth-call.md": lambda: CFP_MD,
    "fw-new-submission-from-send-us-your-news-west-lancs-echo-ormskirk.txt": lambda: FORM_TXT,
}


def text_documents(out: Path) -> None:
    """The HTML, Markdown and plain-text documents, written as UTF-8 with Unix line endings."""
    for name, text in TEXT_DOCUMENTS.items():
        (out / name).write_bytes(text().encode("utf-8"))


def main(out: Path = HERE) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    falls_leaflet(out)
    parish_profile(out)
    cinema_season(out)
    trustee_pack(out)
    topic_guide(out)
    complaint_letter(out)
    text_documents(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
