"""Render documents as publishers issue them, for tests: PDF (reportlab), Word (python-docx), web pages.

Two users: tests/data/layouts/make.py writes the layout fixtures with the writers below, and the
converters at the end render the default corpus (corpus/*.txt, never edited) the way its
publishers issued it: the Culture and Inclusion compendium as a PDF with one page per compendium
page, wrapped lines and a running footer; the NPCC cases as a Word file (heading per case, bold
labels) and as a web page; the Police Now reports as PDFs. Converted files are named after their
.txt (`<stem>.pdf`), so evaluation.layouts.grade_originals can pair them.

    python tests/formats.py OUT_DIR     # write every converted file into OUT_DIR
"""

from __future__ import annotations

import html
import io
import re
import sys
import zipfile
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
COMPENDIUM = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
NPCC_CASES = "npcc-good-practice-case-studies.txt"
POLICE_NOW = (
    "police-now-impact-and-insights-2020-21.txt",
    "police-now-west-midlands-crime-and-asb-brief.txt",
    "police-now-avon-and-somerset.txt",
)

# Blocks are tuples every writer understands: ("title"|"subtitle"|"h1"|"h2"|"h3"|"p", text),
# ("bullets", [text]), ("table", [[cell]]), ("box", heading, title, [text]) (PDF), ("bold", text),
# ("big", text), ("label", label, text), ("heading", level, text) (Word), ("page",) a page break.
# PDF text is reportlab paragraph markup (<b>, <i>, <u>, <br/>); Word text is plain.

A4_TEXT_WIDTH = 451  # points between 72 pt margins on A4


# ------------------------------------------------------------------------------------ PDF

def _pdf_styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=10.5,
                          leading=14, spaceAfter=7)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=22,
                                leading=27, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=18, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20,
                             spaceBefore=10, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                             spaceBefore=8, spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                             spaceBefore=6, spaceAfter=4),
        "p": body,
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=5.5, leading=7, spaceAfter=0),
        "boxhead": ParagraphStyle("boxhead", parent=body, fontName="Helvetica-Bold", fontSize=11,
                                  textColor=colors.HexColor("#1d4f73"), spaceAfter=4),
        "boxtitle": ParagraphStyle("boxtitle", parent=body, fontName="Helvetica-Bold", spaceAfter=5),
    }


def _flowables(blocks, styles, width: float = A4_TEXT_WIDTH) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    out: list = []
    for block in blocks:
        kind = block[0]
        if kind == "page":
            out.append(PageBreak())
        elif kind == "bullets":
            out += [Paragraph(text, styles["bullet"], bulletText="•") for text in block[1]]
        elif kind == "box":
            _, heading, title, paragraphs = block
            cell = [Paragraph(heading, styles["boxhead"]), Paragraph(title, styles["boxtitle"])]
            cell += [Paragraph(text, styles["p"]) for text in paragraphs]
            table = Table([[cell]], colWidths=[width - 11])
            table.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1d4f73")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f0f6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            out += [Spacer(1, 6), table, Spacer(1, 10)]
        elif kind == "table":
            rows = block[1]
            columns = max(len(row) for row in rows)
            style = styles["cell"] if columns > 6 else styles["p"]
            cells = [[Paragraph(cell, style) for cell in row + [""] * (columns - len(row))] for row in rows]
            table = Table(cells, colWidths=[(width - 11) / columns] * columns)
            padding = 1 if columns > 6 else 4
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), padding),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), padding)]))
            out += [table, Spacer(1, 8)]
        else:
            out.append(Paragraph(block[1], styles[kind]))
    return out


def write_pdf(path: Path, blocks, header: str = "", footer: str = "", first_page_plain: bool = True,
              author: str = "", title: str = "", fit_pages: bool = False, columns: int = 1) -> Path:
    """A PDF with a running header and a 'footer | page number' line on every page (but the cover
    when first_page_plain). fit_pages: each run of blocks between ("page",) markers is shrunk to
    fit one page, as a designed publication keeps one item per page. columns=2: the first page is
    one column (a cover), the rest are set in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, Frame, KeepInFrame, NextPageTemplate, PageBreak,
                                    PageTemplate, SimpleDocTemplate)

    def furniture(canvas, doc):
        if first_page_plain and doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        if header:
            canvas.drawString(72, A4[1] - 40, header)
        canvas.drawRightString(A4[0] - 72, 36, f"{footer}   |   {doc.page}" if footer else str(doc.page))
        canvas.restoreState()

    styles = _pdf_styles()
    if columns == 2:
        doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=54, rightMargin=54, topMargin=64,
                              bottomMargin=60, title=title, author=author, invariant=1)
        gap = 18
        column = (doc.width - gap) / 2
        frames = [Frame(doc.leftMargin + i * (column + gap), doc.bottomMargin, column, doc.height,
                        id=f"column{i}") for i in range(2)]
        doc.addPageTemplates([
            PageTemplate(id="cover", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                         onPage=furniture),
            PageTemplate(id="columns", frames=frames, onPage=furniture),
        ])
        doc.build([NextPageTemplate("columns"), *_flowables(blocks, styles, column)])
        return Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=64,
                            bottomMargin=60, title=title, author=author, invariant=1)
    if fit_pages:
        story: list = []
        for page in _split_at_pages(blocks):
            if story:
                story.append(PageBreak())
            story.append(KeepInFrame(doc.width, doc.height - 6, _flowables(page, styles), mode="shrink"))
    else:
        story = _flowables(blocks, styles)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return Path(path)


def _split_at_pages(blocks) -> list[list]:
    pages: list[list] = [[]]
    for block in blocks:
        if block[0] == "page":
            pages.append([])
        else:
            pages[-1].append(block)
    return [page for page in pages if page]


def write_scanned_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page 'scan': the text drawn into a greyscale image, with no text layer at all.
    Lines starting '# ' are drawn larger."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 250)  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.load_default(size=24), ImageFont.load_default(size=34)
    y = 150
    for line in lines:
        if line.startswith("# "):
            draw.text((130, y), line[2:], fill=25, font=bold)
            y += 60
        else:
            draw.text((130, y), line, fill=35, font=font)
            y += 36 if line else 22
    image = image.rotate(0.6, fillcolor=250)  # fed into the scanner slightly askew
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return Path(path)


# ----------------------------------------------------------------------------------- Word

def write_docx(path: Path, blocks, plain_headings: bool = False) -> Path:
    """A Word file. ('heading', level, text) uses Word's heading styles; ('big', text) is a bold
    14 pt Normal paragraph (a title typed, not styled); ('bold', text) a bold paragraph;
    ('label', label, text) a bold inline label then text; ('p', text); ('bullets', [text]);
    ('table', rows) with a bold header row; ('page',) a page break. plain_headings strips bold,
    size and colour from the heading styles, so a heading is known only by its style."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    if plain_headings:
        normal = document.styles["Normal"].font
        for level in range(1, 4):
            font = document.styles[f"Heading {level}"].font
            font.bold, font.italic, font.size, font.name = False, False, normal.size or Pt(11), "Calibri"
            font.color.rgb = None
    for block in blocks:
        kind = block[0]
        if kind == "heading":
            document.add_heading(block[2], level=block[1])
        elif kind == "big":
            run = document.add_paragraph().add_run(block[1])
            run.bold, run.font.size = True, Pt(14)
        elif kind == "bold":
            document.add_paragraph().add_run(block[1]).bold = True
        elif kind == "label":
            paragraph = document.add_paragraph()
            paragraph.add_run(block[1]).bold = True
            if block[2]:
                paragraph.add_run(" " + block[2])
        elif kind == "bullets":
            for text in block[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            rows = block[1]
            columns = max(len(row) for row in rows)
            table = document.add_table(rows=len(rows), cols=columns)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = str(value)
                    if r == 0 and value:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
        elif kind == "page":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            document.add_paragraph(block[1])
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_reproducibly(buffer.getvalue(), Path(path))
    return Path(path)


def _write_zip_reproducibly(data: bytes, path: Path) -> None:
    """The same archive with fixed member timestamps, so writing it again changes no bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(member.filename))


# ------------------------------------------------------------------- reading the corpus .txt

_PAGE_BREAK = re.compile(r"\n(?:[ \t]*\n){3,}")  # three or more blank lines end a page
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*[-•●]\s+")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_TAG = re.compile(r"</?(?:b|u|i)>")


def corpus_pages(text: str) -> list[str]:
    """The .txt's pages: page breaks were extracted as runs of three or more blank lines."""
    return [page for page in _PAGE_BREAK.split(text) if page.strip()]


def plain(line: str) -> str:
    """A line without the extraction's markup: <b>/<u>/<i> tags, **bold**, link syntax."""
    return " ".join(_TAG.sub("", _MD_LINK.sub(r"\1", line)).replace("**", "").split())


def markup(line: str) -> str:
    """A line as reportlab paragraph markup: text escaped, <b>/<u>/<i> and **bold** kept as bold."""
    text = html.escape(_MD_LINK.sub(r"\1", line.strip()), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text).replace("**", "")
    text = re.sub(r"&lt;(/?(?:b|u|i))&gt;", r"<\1>", text)
    for tag in ("b", "u", "i"):
        if text.count(f"<{tag}>") != text.count(f"</{tag}>"):
            text = text.replace(f"<{tag}>", "").replace(f"</{tag}>", "")
    return text


def text_blocks(page: str, lines_are_paragraphs: bool = False) -> list[tuple]:
    """A page's blank-line-separated blocks as writer blocks (PDF markup). With
    lines_are_paragraphs every line is its own block (extractions that lost the blank lines)."""
    chunks = [c for c in _BLANK_LINE.split(page) if c.strip()]
    if lines_are_paragraphs:
        chunks = [line for chunk in chunks for line in chunk.split("\n") if line.strip()]
    blocks: list[tuple] = []
    for chunk in chunks:
        lines = [line for line in chunk.split("\n") if line.strip()]
        heading = _HEADING.match(lines[0])
        if len(lines) == 1 and heading:
            level = min(len(heading.group(1)), 3)
            blocks.append((f"h{level}", markup(heading.group(2))))
        elif any("\t" in line for line in lines):
            blocks.append(("table", [[markup(cell) for cell in line.split("\t")] for line in lines]))
        elif _BULLET.match(lines[0]):
            items: list[str] = []
            for line in lines:
                if _BULLET.match(line) or not items:
                    items.append(_BULLET.sub("", line))
                else:  # a wrapped bullet's continuation line
                    items[-1] += " " + line.strip()
            blocks.append(("bullets", [markup(item) for item in items]))
        else:
            blocks.append(("p", "<br/>".join(markup(line) for line in lines)))
    return blocks


# ------------------------------------------------------------------------------ converters

def compendium_pdf(out_dir: Path, corpus_dir: Path = CORPUS_DIR) -> Path:
    """The Culture and Inclusion compendium: one PDF page per compendium page, running footer."""
    text = (corpus_dir / COMPENDIUM).read_text(encoding="utf-8")
    blocks: list[tuple] = []
    for page in corpus_pages(text):
        if blocks:
            blocks.append(("page",))
        blocks += text_blocks(page)
    return write_pdf(
        Path(out_dir) / f"{Path(COMPENDIUM).stem}.pdf", blocks,
        footer="National Policing Culture and Inclusion Strategy 2025-2030: Police Force Initiatives",
        author="NPCC / College of Policing", title="Police Force Initiatives", fit_pages=True,
    )


_CASE_LABEL = re.compile(r"^(Audience|Background|Objectives|Solution|Impact):\s*(.*)$", re.DOTALL)
_INLINE_AUDIENCE = re.compile(r"^(.*\S)\s+(Audience:.*)$", re.DOTALL)


def _npcc_cases(corpus_dir: Path) -> tuple[list[str], list[list[str]]]:
    """The NPCC file's contents page (its lines) and its cases (each a list of plain paragraphs,
    the first the title). An organisation line the extraction ran into 'Audience:' is split."""
    pages = corpus_pages((corpus_dir / NPCC_CASES).read_text(encoding="utf-8"))
    contents = [line for line in pages[0].split("\n") if line.strip()]
    cases = []
    for page in pages[1:]:
        paragraphs: list[str] = []
        for chunk in _BLANK_LINE.split(page):
            lines = [line for line in chunk.split("\n") if line.strip()]
            if not lines:
                continue
            if _BULLET.match(lines[0]):
                paragraphs.append("\n".join(lines))
                continue
            joined = " ".join(plain(line) for line in lines)
            inline = _INLINE_AUDIENCE.match(joined)
            paragraphs += [inline.group(1), inline.group(2)] if inline and len(paragraphs) == 1 else [joined]
        cases.append(paragraphs)
    return contents, cases


def _bullet_items(paragraph: str) -> list[str]:
    items: list[str] = []
    for line in paragraph.split("\n"):
        if _BULLET.match(line) or not items:
            items.append(plain(_BULLET.sub("", line)))
        else:
            items[-1] += " " + plain(line)
    return items


def npcc_docx(out_dir: Path, corpus_dir: Path = CORPUS_DIR) -> Path:
    """The NPCC case studies as a Word file: a heading per case, organisation line, bold labels."""
    contents, cases = _npcc_cases(corpus_dir)
    blocks: list[tuple] = [("heading", 1, "NPCC Good Practice Case Studies"), ("heading", 2, plain(contents[0]))]
    for line in contents[1:]:
        if _BULLET.match(line):
            blocks.append(("bullets", [plain(_BULLET.sub("", line))]))
        else:
            blocks.append(("bold", plain(line)))
    for title, *paragraphs in cases:
        blocks += [("page",), ("heading", 1, title)]
        for n, paragraph in enumerate(paragraphs):
            label = _CASE_LABEL.match(paragraph)
            if label:
                blocks.append(("label", f"{label.group(1)}:", label.group(2)))
            elif _BULLET.match(paragraph):
                blocks.append(("bullets", _bullet_items(paragraph)))
            elif n == 0:
                blocks.append(("bold", paragraph))  # the organisation line under the title
            else:
                blocks.append(("p", paragraph))
    return write_docx(Path(out_dir) / f"{Path(NPCC_CASES).stem}.docx", blocks)


def npcc_html(out_dir: Path, corpus_dir: Path = CORPUS_DIR) -> Path:
    """The NPCC case studies as a web page: site header and navigation, one article per case with
    <strong> labels, a contents list of links, and a footer."""
    contents, cases = _npcc_cases(corpus_dir)
    e = html.escape
    toc = []
    for line in contents[1:]:
        if _BULLET.match(line):
            toc.append(f'<li><a href="#case">{e(plain(_BULLET.sub("", line)))}</a></li>')
        else:
            toc.append(f"<li><strong>{e(plain(line))}</strong></li>")
    articles = []
    for title, *paragraphs in cases:
        parts = [f"<article>\n<h2>{e(title)}</h2>"]
        for n, paragraph in enumerate(paragraphs):
            label = _CASE_LABEL.match(paragraph)
            if label:
                parts.append(f"<p><strong>{label.group(1)}:</strong> {e(label.group(2))}</p>")
            elif _BULLET.match(paragraph):
                items = "".join(f"<li>{e(item)}</li>" for item in _bullet_items(paragraph))
                parts.append(f"<ul>{items}</ul>")
            elif n == 0:
                parts.append(f'<p class="organisation">{e(paragraph)}</p>')
            else:
                parts.append(f"<p>{e(paragraph)}</p>")
        parts.append('<p class="back"><a href="#top">Back to top</a></p>\n</article>')
        articles.append("\n".join(parts))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Good practice case studies | National Police Chiefs' Council</title></head>
<body>
<div class="cookie-notice"><p>We use cookies to give you the best experience on our website.</p><button>Accept</button></div>
<header><a href="/" class="logo">National Police Chiefs' Council</a>
<nav><ul><li><a href="/about">About us</a></li><li><a href="/news">News</a></li><li><a href="/publications">Publications</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<main id="top">
<h1>NPCC Good Practice Case Studies</h1>
<nav class="contents" aria-label="{e(plain(contents[0]))}"><ul>
{chr(10).join(toc)}
</ul></nav>
{chr(10).join(articles)}
</main>
<footer><p>&copy; National Police Chiefs' Council 2024. 1st Floor, 10 Victoria Street, London SW1H 0NN</p></footer>
</body>
</html>
"""
    path = Path(out_dir) / f"{Path(NPCC_CASES).stem}.html"
    path.write_text(page, encoding="utf-8")
    return path


def police_now_pdfs(out_dir: Path, corpus_dir: Path = CORPUS_DIR) -> list[Path]:
    """The Police Now reports as PDFs: wrapped paragraphs, bold short headings, running footer.
    Two of the extractions lost their blank lines, so each of their lines was a paragraph."""
    paths = []
    for name in POLICE_NOW:
        text = (corpus_dir / name).read_text(encoding="utf-8")
        lines_are_paragraphs = not _BLANK_LINE.search(text.strip())
        blocks = [_police_now_heading(block) for block in text_blocks(text, lines_are_paragraphs)]
        paths.append(write_pdf(Path(out_dir) / f"{Path(name).stem}.pdf", blocks,
                               footer="Police Now | policenow.org.uk", first_page_plain=False,
                               author="Police Now"))
    return paths


def _police_now_heading(block: tuple) -> tuple:
    """A short line with no sentence end is set as a heading, as in the reports' design; lines
    that are only figures (chart labels) stay body text."""
    if block[0] != "p" or "<br/>" in block[1]:
        return block
    text = _TAG.sub("", block[1]).strip()
    if len(text.split()) <= 9 and not re.search(r"[.!?:;,”\"]$", text) and re.search(r"[A-Za-z]{3}", text):
        return ("h2" if text.isupper() else "h3", block[1])
    return block


def render_all(out_dir: Path, corpus_dir: Path = CORPUS_DIR) -> list[Path]:
    """Every converted file, written into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [compendium_pdf(out_dir, corpus_dir), npcc_docx(out_dir, corpus_dir),
            npcc_html(out_dir, corpus_dir), *police_now_pdfs(out_dir, corpus_dir)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/formats.py OUT_DIR")
    for written in render_all(Path(sys.argv[1])):
        print(written)
