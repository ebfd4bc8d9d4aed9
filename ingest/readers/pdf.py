"""PDF files: text line by line with pdfplumber, headings from larger or bold fonts, page
boundaries, and running headers/footers found by their repetition across pages.

pdfplumber (over pdfminer.six) is used rather than pypdf's extract_text because it gives each
character's font name and size; on a rendered 40-page compendium both extract the same words
(0.960 of the source words in order), pdfplumber also found every heading (42/42) while pypdf
gives no font information, at 0.11 s against 0.008 s a page (docs/ingestion.md)."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace

from index.records import OutlineItem
from ingest.lines import RUNS_ON
from ingest.readers.common import Extracted, UnreadableFile, one_line, short
from ingest.readers.outline import is_run_in, run_in_item
from ingest.readers.text import TITLE_MAX_CHARS

_PAGE_SEPARATOR = "\n\n"
_SAME_SIZE = 0.5  # points: lines whose type sizes differ by less are set in one size
_TITLE_WITHIN = 2_000  # characters of the first page in which its largest heading is the title
_HEADING_SIZE_RATIO = 1.15  # a line this much larger than body text is a heading
_HEADING_MAX_WORDS = 16
_PARAGRAPH_GAP = 1.6  # a vertical gap this many line heights starts a new paragraph
_EDGE_LINES = 2  # lines at the top and bottom of a page that may be a running header/footer ...
_EDGE_SHARE = 0.08  # ... if they sit in this share of the page's height at its top or bottom
_BINS = 100  # vertical strips of the page counted for a column gutter
_GUTTER_NOISE = 0.002  # a gutter may be crossed by this share of the body's characters (a wide title)
_MIN_COLUMN_CHARS = 200
_BOLD = re.compile(r"(?i)bold|black|heavy|semibold|demi")
_BULLET_GLYPH = re.compile(r"^\s*(?:[•●▪■◆◦‣∙·*-]|\(cid:\d+\))\s")  # a list item's mark, as extracted
_UNMAPPED_MARK = re.compile(r"^\(cid:\d+\)\s+")  # a list mark the font does not map to a character
_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$")


@dataclass
class _Line:
    text: str
    size: float
    bold: bool
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 0.0
    column: int = 0
    at_edge: bool = False  # among the first or last lines, near the top or bottom of the page
    table: bool = False  # one row of a ruled table, its cells joined by tabs
    sidebar: bool = False  # in a narrow column drawn beside the body (key figures, a margin panel)
    panel: int = -1  # the drawn box (filled or framed rectangle) the line is set in, on its page; -1: none
    bold_head: int = 0  # the length of a bold head the line opens with, its text running on in plain type
    cells: int = 1  # the cells the line's words are set in: parts apart by more than a word space (a table's row)


def read_pdf(data: bytes) -> Extracted:
    _check(data)
    pages = _pdf_lines(data)
    if not any(line.text.strip() for page in pages for line in page):
        raise UnreadableFile("PDF has no extractable text (scanned image?)")
    body = _body_size(pages)
    running = _running_keys(pages)
    heading_sizes = sorted({round(l.size) for p in pages for l in p if _is_large(l, body)}, reverse=True)
    parts: list[str] = []
    outline: list[OutlineItem] = []
    page_starts: list[tuple[int, int]] = []
    line_spans: dict[int, tuple[int, int]] = {}  # id(line) -> its span in the text
    offset = 0
    for number, page in enumerate(pages, start=1):
        if parts:
            parts.append(_PAGE_SEPARATOR)
            offset += len(_PAGE_SEPARATOR)
        page_starts.append((offset, number))
        gap = _line_gap(page)
        right = _right_edges(page)
        for k, line in enumerate(page):
            separator = ""
            if k:
                previous = page[k - 1]
                heading_edge = _is_large(line, body) != _is_large(previous, body)
                if line.sidebar != previous.sidebar:
                    separator = "\n\n"  # a sidebar is read after the page's body, set apart
                elif line.table or previous.table:  # a table's rows are consecutive lines, set apart
                    separator = "\n" if line.table and previous.table else "\n\n"
                else:
                    separator = "\n\n" if heading_edge or _paragraph_gap(previous, line, gap) else "\n"
                parts.append(separator)
                offset += len(separator)
            start, offset = offset, offset + len(line.text)
            line_spans[id(line)] = (start, offset)
            parts.append(line.text)
            if line.table:
                continue  # its rows are found as a table in the text (tab-separated lines)
            if line.sidebar:
                outline.append(OutlineItem("furniture", start, offset))  # beside the text, not its flow
                continue
            if line.at_edge and (_is_running(_key(line.text), running, number > 1)
                                 or _PAGE_NUMBER.match(line.text.strip())):
                outline.append(OutlineItem("running", start, offset))
            elif line.cells >= _ROW_CELLS:
                continue  # a table's row set without rules (its head row in bold): no heading
            elif (_is_large(line, body) and not _in_prose(page, k, right)) or (line.bold and _is_heading_shaped(line.text)
                                           and not (k and separator == "\n" and _runs_into(page[k - 1], line, body))
                                           and _is_heading_shaped(_bold_paragraph(page, k, gap, right))):
                level = _level(line, heading_sizes) if _is_large(line, body) else len(heading_sizes) + 1
                last = outline[-1] if outline else None
                if (k and last is not None and last.kind == "heading" and last.level == level and last.end == start - 1
                        and _wraps(page[k - 1], line, right[page[k - 1].column])):
                    outline[-1] = OutlineItem("heading", last.start, offset, level)  # one heading over two lines
                else:
                    outline.append(OutlineItem("heading", start, offset, level))
            elif line.bold_head and (not k or separator == "\n\n" or not _wraps(page[k - 1], line, right[page[k - 1].column])) \
                    and is_run_in(line.text[:line.bold_head], line.text[line.bold_head:], min_words=1):
                outline.append(run_in_item(start, start + line.bold_head, line.text[:line.bold_head]))
    text = "".join(parts)
    outline += _boxes(pages, line_spans)
    # the title opens the document: a heading before any other content line (running lines aside)
    first = next((i for i in outline if i.kind != "running"), None)
    running = [i for i in outline if i.kind == "running"]
    opens = first is not None and first.kind == "heading" and not any(
        text[a:b].strip() for a, b in _gaps(running, first.start))
    if opens:
        # the masthead: the opening's largest heading, when a smaller one (a sidebar's 'In this
        # issue' read before the body) comes first
        page_end = page_starts[1][0] if len(page_starts) > 1 else len(text)
        opening = [i for i in outline if i.kind == "heading" and i.start < min(page_end, _TITLE_WITHIN)]
        first = min(opening, key=lambda i: (i.level, i.start), default=first)
    title = one_line(text[first.start:first.end])[:TITLE_MAX_CHARS] if opens else ""
    return Extracted(text=text, title=title, pages=tuple(page_starts), outline=outline)


_PANEL_MAX_SHARE = 0.95  # a rectangle this share of the page's width and height is the page's own background
_PANEL_MIN_LINES = 2  # a drawn box holding fewer lines is a table row's shading or a rule, not a box


def _mark_panels(page, lines: list[_Line]) -> None:
    """Lines set inside a drawn box (a filled or framed rectangle narrower than the page, such as
    a practice box or a safety panel) get that box's number: the box's text belongs together,
    and the box ends where its rectangle ends, whatever follows it."""
    width, height = float(page.width), float(page.height)
    rects = [r for r in page.rects
             if (r.get("fill") or r.get("stroke")) and not (
                 r["x1"] - r["x0"] >= _PANEL_MAX_SHARE * width and r["bottom"] - r["top"] >= _PANEL_MAX_SHARE * height)
             and not (r["x1"] - r["x0"] >= _PANEL_MAX_SHARE * width)]  # a full-width band: a page header bar
    for n, r in enumerate(rects):
        inside = [line for line in lines if not line.sidebar and not line.table
                  and r["top"] <= (line.top + line.bottom) / 2 <= r["bottom"]
                  and r["x0"] - 1 <= line.x0 and line.x1 <= r["x1"] + 1]
        if len(inside) >= _PANEL_MIN_LINES:
            for line in inside:
                if line.panel < 0:
                    line.panel = n


_INDENT = 3.0  # points: a line starting this far right of its column's margin is indented


def _mark_indented_boxes(lines: list[_Line]) -> None:
    """A box set off only by its indentation: a run of two or more lines, not in a drawn box, all
    indented from their column's margin (where most of its lines start), opened by a bold line
    (the box's heading) and not a list. The box ends where the indentation ends."""
    margins: dict[int, float] = {}
    for column in {line.column for line in lines}:
        starts = Counter(round(line.x0) for line in lines if line.column == column and not line.table)
        if starts:
            margins[column] = starts.most_common(1)[0][0]

    def indented(line: _Line) -> bool:
        return (not line.table and not line.sidebar and line.panel < 0 and line.column in margins
                and line.x0 >= margins[line.column] + _INDENT and not _BULLET_GLYPH.match(line.text))

    k, number = 0, 1000  # numbered apart from drawn boxes
    while k < len(lines):
        if not (indented(lines[k]) and lines[k].bold):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and indented(lines[end]) and lines[end].column == lines[k].column:
            end += 1
        if end - k >= _PANEL_MIN_LINES:
            for line in lines[k:end]:
                line.panel = number
            number += 1
        k = end


def _boxes(pages: list[list[_Line]], spans: dict[int, tuple[int, int]]) -> list[OutlineItem]:
    """One 'box' item per run of consecutive lines set in the same drawn box."""
    items: list[OutlineItem] = []
    for page in pages:
        run: list[_Line] = []
        for line in [*page, None]:
            if line is not None and line.panel >= 0 and id(line) in spans and (not run or run[-1].panel == line.panel):
                run.append(line)
                continue
            if len(run) >= _PANEL_MIN_LINES:
                items.append(OutlineItem("box", spans[id(run[0])][0], spans[id(run[-1])][1]))
            run = [line] if line is not None and line.panel >= 0 and id(line) in spans else []
    return items


def _check(data: bytes) -> None:
    """Refuse what is not a readable PDF, with a reason a person can act on."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    head = data[:1024]
    if b"%PDF" not in head:
        if head.lstrip().lower().startswith((b"<!doctype", b"<html", b"<?xml")):
            raise UnreadableFile("not a PDF: the file is a web page saved with a .pdf name")
        raise UnreadableFile("not a PDF: the file does not start with %PDF")
    if b"%%EOF" not in data[-8192:]:
        raise UnreadableFile("corrupt or truncated PDF: no end-of-file marker (download it again)")
    try:
        reader = PdfReader(io.BytesIO(data))
        # An empty user password opens files that only restrict printing/copying.
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("encrypted PDF (password protected)")
        if not reader.pages:
            raise UnreadableFile("corrupt or truncated PDF: no pages")
    except UnreadableFile:
        raise
    except FileNotDecryptedError:
        raise UnreadableFile("encrypted PDF (password protected)") from None
    except DependencyError:
        raise UnreadableFile("encrypted PDF (AES): install the 'cryptography' package to open it") from None
    except Exception as e:  # pypdf raises many types on damaged files
        raise UnreadableFile(f"corrupt or truncated PDF: {short(e)}") from e


def _pdf_lines(data: bytes) -> list[list[_Line]]:
    import pdfplumber

    pages: list[list[_Line]] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                try:
                    whole = _gutter_columns(page, page.chars)
                    band = _columns_in_a_band(page) if len(whole) < 2 else None
                    if band is not None:
                        lines = _band_lines(page, band)
                    else:
                        columns = _columns(page, whole)
                        text_lines = page.extract_text_lines(return_chars=True, strip=True) if len(columns) >= 2 else []
                        spanning, below = _spanning_head(page, columns, text_lines)
                        foot, above = _spanning_foot(page, columns, text_lines)
                        lines = spanning + [line for n, (x0, x1) in enumerate(_to_the_edges(page, columns))
                                            for line in _column_lines(page.crop((x0, below, x1, above), strict=False), n)] + foot
                        sidebar = _sidebar(page, columns)
                        if sidebar is not None:
                            lines = _set_aside(lines, sidebar)
                except Exception as e:  # pdfminer raises many types on damaged content
                    raise UnreadableFile(f"corrupt or truncated PDF: page {number}: {short(e)}") from e
                _mark_panels(page, lines)
                _mark_indented_boxes(lines)
                body = [line for line in lines if not line.sidebar]
                for k, line in enumerate(body):
                    near = line.top < _EDGE_SHARE * page.height or line.bottom > (1 - _EDGE_SHARE) * page.height
                    line.at_edge = near and (k < _EDGE_LINES or k >= len(body) - _EDGE_LINES)
                pages.append(lines)
                page.flush_cache()
    except UnreadableFile:
        raise
    except Exception as e:
        raise UnreadableFile(f"corrupt or truncated PDF: {short(e)}") from e
    return pages


_CROSSING_GAP = 0.6  # a gap across the gutter narrower than this share of the type size: one line


def _spanning_head(page, columns: list[tuple[float, float]], text_lines: list[dict]) -> tuple[list[_Line], float]:
    """The lines set across the columns at the top of a page (a masthead, a title and strapline
    running over both columns), read whole before the columns, and where the columns start below
    them. `text_lines` are the page's lines as pdfplumber reads them across the whole page."""
    if len(columns) < 2:
        return [], 0.0
    gutters = [x1 for _, x1 in columns[:-1]]
    taken: list[_Line] = []  # lines from the top down to the last one crossing the gutter
    head: list[_Line] = []
    below = 0.0
    for found in text_lines:
        crossing = _crossing(found, gutters)
        if crossing is None:
            continue
        crossed, side_by_side, rightmost = crossing
        at_edge = found["top"] < _EDGE_SHARE * float(page.height)
        if not crossed:
            if at_edge or (head and rightmost < gutters[0]):
                taken.append(_line(found, 0))  # a running header above; a wrapped title's last line
                continue
            break  # the columns begin
        if side_by_side:
            if at_edge:
                taken.append(_line(found, 0))  # a running header set at both margins
                continue
            break  # columns' lines side by side
        taken.append(_line(found, 0))
        head, below = list(taken), found["bottom"] + 0.01  # (crop keeps what touches its edge)
    return head, below


def _crossing(found: dict, gutters: list[float]) -> tuple[list[float], bool, float] | None:
    """How a line read across the whole page meets the gutters: those it crosses, whether it is
    the columns' lines side by side there (a gap wider than a word space at every gutter it
    crosses; one line runs through one at least), and the middle of its rightmost character.
    None for a line with no visible character."""
    chars = sorted((c for c in found["chars"] if c["text"].strip()), key=lambda c: c["x0"])
    if not chars:
        return None
    middle = [(c["x0"] + c["x1"]) / 2 for c in chars]
    crossed = [x for x in gutters if min(middle) < x <= max(middle)]
    size = max(c["size"] for c in chars)
    # (at every gutter it crosses: a masthead's line running through one gutter with a strapline
    # set apart at the right margin is one line across the page)
    side_by_side = bool(crossed) and all(_gap_at(chars, middle, x) > _CROSSING_GAP * size for x in crossed)
    return crossed, side_by_side, max(middle)


def _to_the_edges(page, columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The columns with the outer ones reaching any text set past the page's edges (a masthead
    wider than its frame), so that no character is cut off."""
    xs = [(c["x0"], c["x1"]) for c in page.chars]
    if not xs:
        return columns
    left = min(0.0, min(x0 for x0, _ in xs) - 1)
    right = max(float(page.width), max(x1 for _, x1 in xs) + 1)
    edges = list(columns)
    edges[0] = (left, edges[0][1])
    edges[-1] = (edges[-1][0], right)
    return edges


def _spanning_foot(page, columns: list[tuple[float, float]], text_lines: list[dict]) -> tuple[list[_Line], float]:
    """The lines set across the columns at the foot of a page (a footer with the publisher's
    address and registration running under both columns), read whole after the columns, and where
    the columns end above them: from the bottom up, the lines in the page's bottom margin down to
    the highest one crossing a gutter as one line (a page number under it is taken with it)."""
    height = float(page.height)
    if len(columns) < 2:
        return [], height
    gutters = [x1 for _, x1 in columns[:-1]]
    taken: list[_Line] = []
    foot: list[_Line] = []
    above = height
    for found in reversed(text_lines):
        crossing = _crossing(found, gutters)
        if crossing is None:
            continue
        if found["bottom"] <= (1 - _EDGE_SHARE) * height:
            break  # above the bottom margin: the columns' own lines
        crossed, side_by_side, _ = crossing
        if side_by_side:
            break  # the columns' last lines side by side
        if not crossed and foot:
            break  # a column's line above the footer
        taken.append(_line(found, 0))
        if crossed:
            foot, above = list(taken), found["top"] - 0.01
    return list(reversed(foot)), above


def _gap_at(chars: list, middle: list[float], x: float) -> float:
    """The gap a line's characters leave at a gutter: from the last one left of it to the first
    one right of it."""
    left = [c for c, m in zip(chars, middle) if m < x]
    right = [c for c, m in zip(chars, middle) if m >= x]
    return right[0]["x0"] - left[-1]["x1"]


def _column_lines(column, n: int) -> list[_Line]:
    """A column's text lines, top to bottom, with each ruled table read as rows of cells (tabs
    between cells, a cell's wrapped lines joined) instead of the wrapped lines its cells make."""
    tables = _tables(column)
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        return obj.get("object_type") != "char" or not any(
            x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
            for x0, top, x1, bottom in boxes)

    text = column.filter(outside) if boxes else column
    lines = [_line(found, n) for found in text.extract_text_lines(return_chars=True, strip=True) if found["text"].strip()]
    for table in tables:
        sizes = Counter(round(c["size"], 1) for c in _within(column, table.bbox).chars if c["text"].strip())
        for row, cells in zip(table.rows, table.extract()):
            texts = [one_line(cell or "") for cell in cells]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                lines.append(_Line(text="\t".join(texts), size=sizes.most_common(1)[0][0] if sizes else 0.0, bold=False,
                                   top=top, bottom=bottom, x0=x0, x1=x1, column=n, table=True))
    return _bullets_on_their_items(sorted(lines, key=lambda line: line.top))


def _bullets_on_their_items(lines: list[_Line]) -> list[_Line]:
    """A list mark read as a line of its own (a picture font's bullet set a little higher than its
    item's text) put back at the start of the item it sits beside."""
    out: list[_Line] = []
    for line in lines:
        mark = out[-1] if out else None
        if mark is not None and _BULLET_GLYPH.fullmatch(mark.text.strip() + " ") and not line.table \
                and line.top < mark.bottom and line.x0 >= mark.x1:
            out[-1] = replace(line, text=f"{mark.text.strip()} {line.text}", x0=mark.x0, top=min(mark.top, line.top),
                              bold_head=line.bold_head + 2 if line.bold_head else 0)
        else:
            out.append(line)
    return out


def _within(area, bbox: tuple[float, float, float, float]):
    """The part of an area inside a box, the box kept to the area (a table's frame may overrun
    the column it was found in by a rounding error)."""
    x0, top, x1, bottom = area.bbox
    return area.within_bbox((max(x0, bbox[0]), max(top, bbox[1]), min(x1, bbox[2]), min(bottom, bbox[3])))


_CELL_TEXT_SHARE = 0.9  # a table's cells hold at least this share of the characters inside it
_PANEL_SHARE = 0.5  # a "row" taller than this share of the page is a panel of the page, not a table's row


def _tables(area) -> list:
    """The ruled tables of a page or column: two rows or more with text, two cells in a row, whose
    cells give the text set inside their frame (shaded panels and a sidebar's background laid edge
    to edge frame no table: read as one, their text would be lost or run into one cell), and no row
    of which is most of the page high (a folded leaflet's panels, each on its own tint, framed as
    the 'cells' of one page-high 'row')."""
    tables = []
    for table in area.find_tables():
        if len(table.rows) < 2 or max(len(r.cells) for r in table.rows) < 2 \
                or any(r.bbox[3] - r.bbox[1] > _PANEL_SHARE * float(area.height) for r in table.rows):
            continue
        rows = table.extract()
        inside = sum(1 for c in _within(area, table.bbox).chars if c["text"].strip())
        in_cells = sum(len("".join((cell or "").split())) for row in rows for cell in row)
        if inside == 0 or (in_cells >= _CELL_TEXT_SHARE * inside
                           and sum(1 for row in rows if any((cell or "").strip() for cell in row)) >= 2):
            tables.append(table)
    return tables


def _columns(page, whole: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The page's text columns, left to right: split at a vertical gutter in the middle of the
    page that (almost) no character of the body crosses, so two-column pages read column by column.
    A narrow column holding little of the text beside the body is split off too: it may be a
    sidebar (`_sidebar`). `whole`: the columns the gutters of all the page's text make."""
    columns = whole
    if len(columns) < 3:
        # columns under a head set across the page: as many as the text below it has
        below = _columns_below_a_head(page)
        columns = below if below and len(below) > len(columns) else columns
    if len(columns) >= 2:
        # a ruled table is set across the page's measure: its cells' gaps are no gutter, and a page
        # whose text outside its tables crosses the gap is one column
        boxes = [t.bbox for t in _tables(page)]
        crossing = [b for b in boxes if any(b[0] < x1 < b[2] for _, x1 in columns[:-1])]
        if crossing:
            outside = [c for c in page.chars if not any(
                x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
                for x0, top, x1, bottom in crossing)]
            return _gutter_columns(page, outside, len(page.chars))
    return columns


_HEAD_SHARE = 0.6  # a head set across both columns (title, standfirst, key points) ends within this share of the page
_BELOW_SHARE = 0.4  # ... and the columns under it hold at least this share of the page's characters


def _columns_below_a_head(page) -> list[tuple[float, float]] | None:
    """Columns under a head set across the page's measure (a briefing's title and key points
    above its two columns, a review's title band and figure tiles above its three): the gutters
    found in the text below the head, tried below each line of the top of the page in turn, the
    most columns found first; None when there are none. The strips' counts are built once,
    from the foot of the page up, not again for each line tried."""
    chars = [c for c in page.chars if c["text"].strip()]
    width, height = float(page.width), float(page.height)
    tops = sorted({round(c["top"]) for c in chars if c["top"] < _HEAD_SHARE * height})[1:]
    if not tops:
        return None
    ordered = sorted(chars, key=lambda c: c["top"], reverse=True)
    bins, body, taken = [0] * _BINS, [], 0
    below: dict[int, tuple[int, list[tuple[float, float]]]] = {}  # top -> (characters below it, columns)
    for top in reversed(tops):
        while taken < len(ordered) and ordered[taken]["top"] >= top:
            char = ordered[taken]
            taken += 1
            if _in_body(char, height):
                body.append(char)
                for b in _strips(char, width):
                    bins[b] += 1
        below[top] = (taken, _split_at_gutter(width, bins, body))
    best = None
    for top in tops:
        count, columns = below[top]
        if count < _BELOW_SHARE * len(chars):
            break
        if len(columns) >= 2 and (best is None or len(columns) > len(best)):
            best = columns  # the first line below which the text falls into the most columns
    return best


_ROW_OVERLAP = 1.0  # points: a character starting this far above the bottom of a row's characters is on the next row
_BAND_SHARE = 0.15  # columns in a band of the page (under a head, over a foot) hold at least this share of its characters


def _columns_in_a_band(page) -> list[tuple[list[tuple[float, float]] | None, list[dict]]] | None:
    """The page's parts, top to bottom, when columns sit in bands of it with text set across its
    measure above or below them (a programme's grid of cards between its masthead and a key set
    under them, a page's two columns over a form running across the page, two boxes side by side
    between a heading and a table): each part its columns (None: read across the page) and its
    characters. A band is found in the rows of body text between a top and a bottom tried at each
    row, the most columns found first, then the most text; it starts and ends on rows whose columns
    run side by side, and reaches up and down through rows that run on in them (`_runs_on`: a
    column running on alone below the other's end, a running head set above them); the text above and below it is searched for bands in turn. No character of a band
    may cross a gutter: a line that does (a title, a form's line across the page) is above or below
    it. A band's columns each hold a fair share of its text (a logo set beside a cover's title
    makes no column) and read as lines of words, not a table's short cells ('LG01', '£3.20'). A
    band holds a share of the page's characters at least. None when the page has no band."""
    chars = sorted((c for c in page.chars if c["text"].strip()), key=lambda c: c["top"])
    if len([c for c in chars if _in_body(c, float(page.height))]) < _MIN_COLUMN_CHARS:
        return None
    parts = _parts(page, chars, _BAND_SHARE * len(chars))
    return parts if any(columns for columns, _ in parts) else None


def _parts(page, chars: list[dict], least: float) -> list[tuple[list[tuple[float, float]] | None, list[dict]]]:
    """`_columns_in_a_band` over these characters (ordered by their tops): a band of at least
    `least` characters and the parts above and below it."""
    found = _band(page, chars, least) if len(chars) >= least else None
    if found is not None:
        # a ruled table is set across the page's measure: its cells' gaps are no gutter (its
        # frame, as one block, crosses them)
        gutters = [x1 for _, x1 in found[0][:-1]]
        top, bottom = found[1][0]["top"], max(c["bottom"] for c in found[1])
        frames = [t.bbox for t in _tables(page) if any(t.bbox[0] < x < t.bbox[2] for x in gutters)
                  and t.bbox[1] < bottom and t.bbox[3] > top]
        if frames:
            blocks = [{"text": "\u25a0", "x0": x0, "x1": x1, "top": y0, "bottom": y1, "size": 0.0}
                      for x0, y0, x1, y1 in frames]
            found = _band(page, sorted(chars + blocks, key=lambda c: c["top"]), least)
    if found is None:
        return [(None, chars)] if chars else []
    columns, band = found
    real = {id(char) for char in chars}
    band = [char for char in band if id(char) in real]  # (not a table's frame standing in as a block)
    if not band:
        return [(None, chars)]
    inside = {id(char) for char in band}
    top = band[0]["top"]
    above = [c for c in chars if id(c) not in inside and c["top"] < top]
    below = [c for c in chars if id(c) not in inside and c["top"] >= top]
    return _parts(page, above, least) + [(columns, band)] + _parts(page, below, least)


def _band(page, chars: list[dict], least: float) -> tuple[list[tuple[float, float]], list[dict]] | None:
    """The band of columns these characters (ordered by their tops) hold, with its characters."""
    width, height = float(page.width), float(page.height)
    body = [c for c in chars if _in_body(c, height)]
    rows = _rows(body)
    sums = [[0] * _BINS]  # strips' counts of the rows above each row
    for row in rows:
        counts = list(sums[-1])
        for char in row:
            for strip in _strips(char, width):
                counts[strip] += 1
        sums.append(counts)
    ends = [0]
    for row in rows:
        ends.append(ends[-1] + len(row))
    best, most = None, (1, 0)
    for i in range(len(rows)):
        for j in range(len(rows), i, -1):
            if ends[j] - ends[i] < least or (_MOST_COLUMNS, ends[j] - ends[i]) <= most:
                break  # too little text, or no more columns than the best band's with less text
            bins = [low - high for low, high in zip(sums[j], sums[i])]
            columns = _split_at_gutter(width, bins, body[ends[i]:ends[j]], noise=0.0, aside=False)
            if len(columns) >= 2 and (len(columns), ends[j] - ends[i]) > most and _worded(rows[i:j], columns) \
                    and _side_by_side(rows[i], columns) and _side_by_side(rows[j - 1], columns):
                best, most = (columns, i, j), (len(columns), ends[j] - ends[i])
    if best is None:
        return None
    columns, i, j = best
    gutters = [x1 for _, x1 in columns[:-1]]
    every = _rows(chars)
    inside = {id(char) for row in rows[i:j] for char in row}
    found = [k for k, row in enumerate(every) if any(id(char) in inside for char in row)]
    first, last = found[0], found[-1]
    while first > 0 and _runs_on(every[first - 1], every[first], gutters):
        first -= 1
    while last + 1 < len(every) and _runs_on(every[last + 1], every[last], gutters):
        last += 1
    return columns, [char for row in every[first:last + 1] for char in row]


_WORDED = 4  # words: a column's rows hold this many on average (lines of words, not a table's cells)
_WORD_SPACE = 0.15  # type sizes: characters further apart than this are in different words


def _in_columns(row: list[dict], columns: list[tuple[float, float]]) -> list[list[dict]]:
    """A row's characters in each column, left to right within it."""
    return [sorted((c for c in row if x0 <= (c["x0"] + c["x1"]) / 2 < x1), key=lambda c: c["x0"]) for x0, x1 in columns]


def _words(ordered: list[dict]) -> int:
    """The words a run of characters (left to right) makes."""
    return _apart(ordered, _WORD_SPACE)


def _tabled(row: list[dict], columns: list[tuple[float, float]]) -> bool:
    """A table's row across the columns: set in more cells than there are columns, and no line of
    words in any of them ('Order value  Postage  Days'), not a column's table beside another's
    prose."""
    parts = [part for part in _in_columns(row, columns) if part]
    return sum(_apart(part, _CELL_GAP) for part in parts) > len(columns) and all(_words(part) < _WORDED for part in parts)


def _worded(rows: list[list[dict]], columns: list[tuple[float, float]]) -> bool:
    """Each column's rows read as lines of words: four words or more on average, and few of them
    set in cells (a table's row: 'Water standing charge', '181 days  £0.0847 a day  15.33')."""
    words, tabled, counted = ([0] * len(columns) for _ in range(3))
    for row in rows:
        for k, here in enumerate(_in_columns(row, columns)):
            if here:
                counted[k] += 1
                words[k] += _words(here)
                tabled[k] += _apart(here, _CELL_GAP) >= _ROW_CELLS
    return all(n and w / n >= _WORDED and t <= _TABLED_SHARE * n for w, t, n in zip(words, tabled, counted))


_TABLED_SHARE = 0.3  # ... and no more than this share of its rows set in cells


def _side_by_side(row: list[dict], columns: list[tuple[float, float]]) -> bool:
    """A row with text in two columns or more, a line of words in each (not a table's row, in more
    cells than the columns): where a band's columns start and end side by side (a row in one
    column at its edge is taken only if it runs on: `_runs_on`)."""
    return sum(1 for part in _in_columns(row, columns) if part) >= 2 and not _tabled(row, columns)


def _runs_on(row: list[dict], beside: list[dict], gutters: list[float]) -> bool:
    """A row next to a band's first or last row (`beside`) runs on in its columns: it crosses no
    gutter, and sits no further from that row than a line of its type (not a heading set apart
    over the text below the band)."""
    upper, lower = (row, beside) if row[0]["top"] < beside[0]["top"] else (beside, row)
    gap = min(c["top"] for c in lower) - max(c["bottom"] for c in upper)
    return gap <= max(c.get("size", 0.0) for c in row) and not _row_crosses(row, gutters) \
        and not _tabled(row, [(left, right) for left, right in zip([0.0, *gutters], [*gutters, float("inf")])])


def _row_crosses(row: list[dict], gutters: list[float]) -> bool:
    """A row of text runs across a gutter as one line: a character over it, or characters on
    both sides no further apart there than a word space."""
    crossed, side_by_side, _ = _crossing({"chars": row}, gutters)
    return any(c["x0"] < x < c["x1"] for c in row for x in gutters) or (bool(crossed) and not side_by_side)


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters (ordered by their tops) in rows of text: a row's characters overlap in height."""
    rows: list[list[dict]] = []
    bottom = 0.0
    for char in chars:
        if not rows or char["top"] >= bottom - _ROW_OVERLAP:
            rows.append([])
            bottom = char["bottom"]
        rows[-1].append(char)
        bottom = max(bottom, char["bottom"])
    return rows


def _band_lines(page, parts: list[tuple[list[tuple[float, float]] | None, list[dict]]]) -> list[_Line]:
    """A page's lines read part by part (`_columns_in_a_band`): a band's columns one after another,
    the text above, below and between the bands across the page; each part's columns numbered
    apart (their own measures). A space goes with the first part whose rows it sits in."""
    spans = [(chars[0]["top"], max(c["bottom"] for c in chars)) for _, chars in parts]
    owner = {id(char): k for k, (_, chars) in enumerate(parts) for char in chars}

    def part_of(char: dict) -> int:
        if id(char) in owner:
            return owner[id(char)]
        middle = (char["top"] + char["bottom"]) / 2
        return next((k for k, (top, bottom) in enumerate(spans) if top <= middle <= bottom), -1)

    lines: list[_Line] = []
    height, number = float(page.height), 0
    for k, (columns, _) in enumerate(parts):
        here = page.filter(lambda obj, k=k: obj.get("object_type") != "char" or part_of(obj) == k)
        for x0, x1 in _to_the_edges(page, columns or [(0.0, float(page.width))]):
            lines += _column_lines(here.crop((x0, 0.0, x1, height), strict=False), number)
            number += 1
    return lines


def _in_body(char: dict, height: float) -> bool:
    """A character of the page's body: not in the strips of height at its top and bottom."""
    return _EDGE_SHARE * height < char["top"] < (1 - _EDGE_SHARE) * height


def _strips(char: dict, width: float) -> range:
    """The vertical strips of the page a character covers."""
    return range(max(0, int(char["x0"] / width * _BINS)), min(_BINS, int(char["x1"] / width * _BINS) + 1))


def _gutter_columns(page, chars: list, counted: int | None = None) -> list[tuple[float, float]]:
    width, height = float(page.width), float(page.height)
    body = [c for c in chars if c["text"].strip() and _in_body(c, height)]
    bins = [0] * _BINS
    for c in body:
        for b in _strips(c, width):
            bins[b] += 1
    return _split_at_gutter(width, bins, body, counted)


def _split_at_gutter(width: float, bins: list[int], body: list, counted: int | None = None,
                     noise: float = _GUTTER_NOISE, aside: bool = True) -> list[tuple[float, float]]:
    """The columns a gutter in the middle of the page makes: strips (almost) no body character
    covers (`noise`: the share of them that may), with text on both sides; one column when there
    is none. With `aside`, a narrow column holding little of the text is split off too."""
    if (counted or len(body)) < _MIN_COLUMN_CHARS or not body:
        return [(0.0, width)]
    allowed = noise * len(body)
    several = _several_columns(width, bins, allowed)
    if several:
        return several
    runs = _gutter_runs(bins, allowed, (0.3, 0.7))
    if not runs:
        return [(0.0, width)]
    gutter = max(runs, key=len)
    left_text = sum(bins[:gutter[0]])
    right_text = sum(bins[gutter[-1] + 1:])
    x = (gutter[0] + gutter[-1] + 1) / 2 / _BINS * width
    if min(left_text, right_text) < 0.2 * (left_text + right_text):
        # little text on one side: a margin note or an indent, or a sidebar drawn beside the body
        return [(0.0, x), (x, width)] if aside and _narrow_side(body, x, left_text < right_text) else [(0.0, width)]
    return [(0.0, x), (x, width)]


def _gutter_runs(bins: list[int], allowed: float, span: tuple[float, float]) -> list[list[int]]:
    """Runs of neighbouring strips, within `span` of the page's width, that (almost) no body
    character covers: where gutters may be."""
    low, high = (int(_BINS * share) for share in span)
    # (between the text's outer edges: the blank beside text set in part of a wide page is margin)
    inked = [b for b, count in enumerate(bins) if count > allowed]
    if inked:
        low, high = max(low, inked[0]), min(high, inked[-1])
    runs: list[list[int]] = []
    for b in range(low, high):
        if bins[b] <= allowed:
            if runs and runs[-1][-1] == b - 1:
                runs[-1].append(b)
            else:
                runs.append([b])
    return runs


_MOST_COLUMNS = 4  # a page is set in at most this many columns
_SEVERAL_SPAN = (0.15, 0.85)  # gutters between three or four columns lie in this span of the width
_SEVERAL_SHARE = 0.12  # ... and each column holds at least this share of the body's text


def _several_columns(width: float, bins: list[int], allowed: float) -> list[tuple[float, float]] | None:
    """Three or four columns (a newsletter's or a review's page set in three): gutters that
    (almost) no body character crosses, each column between them holding a fair share of the
    text; None when the page has fewer."""
    runs = _gutter_runs(bins, allowed, _SEVERAL_SPAN)
    if len(runs) < 2:
        return None
    total = sum(bins) or 1
    edges = [0, *((run[0] + run[-1] + 1) // 2 for run in runs), _BINS]
    shares = [sum(bins[a:b]) / total for a, b in zip(edges, edges[1:])]
    if not 3 <= len(shares) <= _MOST_COLUMNS or min(shares) < _SEVERAL_SHARE:
        return None
    xs = [0.0, *((run[0] + run[-1] + 1) / 2 / _BINS * width for run in runs), width]
    return list(zip(xs, xs[1:]))


def _narrow_side(chars: list, x: float, left: bool) -> bool:
    """The side of the gutter holding little text is a narrower column than the body's."""
    side = [c for c in chars if (c["x1"] <= x) == left]
    rest = [c for c in chars if (c["x1"] <= x) != left]
    if not side or not rest:
        return False
    extent = lambda cs: max(c["x1"] for c in cs) - min(c["x0"] for c in cs)  # noqa: E731
    return extent(side) < 0.7 * extent(rest)


_SIDEBAR_SHARE = 0.2  # a column with less of the page's text than this may be a sidebar ...
_ALIGNED_SHARE = 0.5  # ... unless this share of its lines sit on the body's baselines (a table's last column)
_BASELINE = 1.5  # points: two lines this close in top sit on one baseline
_WORD_GAP = 2.5  # character widths: a line's words are no further apart than this


def _sidebar(page, columns: list[tuple[float, float]]) -> int | None:
    """The index of the column that is a sidebar: a narrow column beside the body holding a small
    share of the page's text, its lines set on baselines of their own (key figures, a margin
    panel), not the last column of the body's rows."""
    if len(columns) != 2:
        return None
    counts = [sum(1 for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and c["text"].strip())
              for x0, x1 in columns]
    small = 0 if counts[0] < counts[1] else 1
    if counts[small] >= _SIDEBAR_SHARE * sum(counts):
        return None
    return small


def _set_aside(lines: list[_Line], sidebar: int) -> list[_Line]:
    """The page's lines with the sidebar column's read after the body's, marked as a sidebar. A
    sidebar-column line on a body line's baseline, starting where that line ends, is the rest
    of it (a full-width footnote crossing the gutter): joined to it. When most of the column's
    lines share the body's baselines, it is the body's last column: nothing is set aside."""
    body = [line for line in lines if line.column != sidebar]
    side = [line for line in lines if line.column == sidebar]
    aligned = [s for s in side if any(abs(s.top - b.top) <= _BASELINE for b in body)]
    if not side or len(aligned) > _ALIGNED_SHARE * len(side):
        for line in side:
            line.column = 1 - sidebar
        return sorted(lines, key=lambda line: line.top)
    kept: list[_Line] = []
    for line in side:
        match = next((b for b in body if abs(line.top - b.top) <= _BASELINE), None)
        space = (match.x1 - match.x0) / max(1, len(match.text)) * _WORD_GAP if match is not None else 0.0
        if match is not None and not line.table and not match.table and line.x0 - match.x1 <= space:
            match.text, match.x1 = f"{match.text} {line.text}", line.x1
            continue
        line.sidebar = True
        kept.append(line)
    return body + kept


# a font of pictures, not letters: its 'n' is a square bullet, its 'l' a round one
_PICTURE_FONT = re.compile(r"(?i)dingbat|wingding|webding")


def _pictures_as_bullets(text: str, chars: list[dict]) -> str:
    """The line's text with each glyph of a picture font (ZapfDingbats' 'n' for a square bullet)
    given as a bullet. `chars` are the line's characters other than spaces, in the text's order."""
    if not any(_PICTURE_FONT.search(c.get("fontname", "")) for c in chars):
        return text
    out, k = [], 0
    for character in text:
        if character.strip() and k < len(chars):
            out.append("•" if _PICTURE_FONT.search(chars[k].get("fontname", "")) else character)
            k += 1
        else:
            out.append(character)
    return "".join(out)


def _line(found: dict, column: int = 0) -> _Line:
    chars = [c for c in found["chars"] if c["text"].strip()]
    sizes = Counter(round(c["size"], 1) for c in chars)
    return _Line(
        # '(cid:127) A recruitment ...' and a picture font's square are a list item's bullet
        text=_UNMAPPED_MARK.sub("• ", _pictures_as_bullets(found["text"], chars)),
        size=sizes.most_common(1)[0][0] if sizes else 0.0,
        bold=bool(chars) and all(_BOLD.search(c.get("fontname", "")) for c in chars),
        bold_head=_bold_head(found["text"], chars),
        top=found["top"],
        bottom=found["bottom"],
        x0=found.get("x0", 0.0),
        x1=found.get("x1", 0.0),
        column=column,
        cells=_cells(chars),
    )


_CELL_GAP = 1.5  # type sizes: words further apart than this are in cells of a table's row, not one line of words
_ROW_CELLS = 3  # a line in this many cells or more is a table's row: never a heading ('Parks  2021-22  2023-24')


def _cells(chars: list[dict]) -> int:
    """How many parts a line's characters are set in, parted by gaps wider than `_CELL_GAP`."""
    return _apart(sorted(chars, key=lambda c: c["x0"]), _CELL_GAP) if len(chars) > 1 else 1


def _apart(ordered: list[dict], sizes: float) -> int:
    """How many parts a run of characters (left to right) is set in, parted by gaps wider than
    this many type sizes."""
    return 1 + sum(1 for a, b in zip(ordered, ordered[1:]) if b["x0"] - a["x1"] > sizes * max(a["size"], b["size"]))


def _bold_head(text: str, chars: list[dict]) -> int:
    """How many characters of `text` a bold head at its start takes ('Still Here.' before 'With a
    local charity ...' in the body font); 0 when the line does not open in bold or is bold throughout."""
    bold = 0
    while bold < len(chars) and _BOLD.search(chars[bold].get("fontname", "")):
        bold += 1
    if bold == 0 or bold == len(chars) or _UNMAPPED_MARK.match(text):
        return 0
    seen = 0
    for n, character in enumerate(text):
        seen += bool(character.strip())
        if seen == bold:
            return n + 1
    return 0


def _right_edges(page: list[_Line]) -> dict[int, float]:
    """Where each text column's lines end at the widest: the measure lines wrap at."""
    edges: dict[int, float] = {}
    for line in page:
        if not line.table:
            edges[line.column] = max(edges.get(line.column, 0.0), line.x1)
    return edges


def _gaps(covered: list[OutlineItem], end: int) -> list[tuple[int, int]]:
    """The stretches of the text before `end` outside the `covered` items."""
    gaps, at = [], 0
    for item in sorted(covered, key=lambda i: i.start):
        if item.start >= end:
            break
        gaps.append((at, item.start))
        at = max(at, item.end)
    gaps.append((at, end))
    return gaps


def _runs_into(before: _Line, line: _Line, body: float) -> bool:
    """A bold line that finishes the line above it (a bold list item wrapped: '• Develop ... with
    local' / 'knowledge prior to Academy'), not a heading: the line above, set in body size, leaves
    its sentence unfinished, in the same type size (a sub-heading set a size up after a list is
    no line of the list)."""
    return not _is_large(before, body) and abs(line.size - before.size) < _SAME_SIZE \
        and not before.text.rstrip().endswith((".", ":", "!", "?", ";")) \
        and (before.bold or _is_heading_shaped(before.text) is False or bool(_BULLET_GLYPH.match(before.text)))


def _bold_paragraph(page: list[_Line], k: int, gap: float, right: dict[int, float]) -> str:
    """The bold paragraph that line k opens: k and the bold lines that carry it on (no paragraph
    gap, each filling the line before). A heading is a whole paragraph: a bold lead sentence
    wrapped over three lines opens with a line shaped like a heading but is not one."""
    lines = [page[k].text]
    for j in range(k + 1, len(page)):
        before, line = page[j - 1], page[j]
        if (line.table or not line.bold or round(line.size) != round(before.size)
                or _paragraph_gap(before, line, gap) or not _wraps(before, line, right[before.column])):
            break
        lines.append(line.text)
    return " ".join(lines)


def _paragraph_gap(before: _Line, line: _Line, gap: float) -> bool:
    """A vertical space between two lines wide enough to start a new paragraph."""
    return line.top - before.bottom > _PARAGRAPH_GAP * gap


_JOINING_START = re.compile(r"(?:and|or|of|&|for|the|in|to|with)\s")  # 'Cheshire West' / 'and Chester'


def _in_prose(page: list[_Line], k: int, right: dict) -> bool:
    """A line set large is a paragraph's, not a heading, when it carries on a sentence (it opens
    in small letters: 'the go, people can charge their phones, and ...') or is a sentence's long
    opening line that the next line of its size carries on in small letters (a sidebar's story set
    larger than the recipes round it: 'Warm Hub Wednesdays started in November 2023, when the
    Larder's trustees decided' / 'to open the hall ...')."""
    line = page[k]
    if line.text[:1].islower():
        return True
    after = page[k + 1] if k + 1 < len(page) else None
    return after is not None and len(line.text.split()) >= _PROSE_LINE_WORDS and after.size == line.size \
        and after.text[:1].islower() and _wraps(line, after, right[line.column])


_PROSE_LINE_WORDS = 10  # a heading wrapped over two lines opens shorter than this


def _wraps(first: _Line, second: _Line, right: float) -> bool:
    """The second line carries on the first: the first leaves its words unfinished (no full stop
    or colon) and the second's first word would not have fitted on it. A short kicker over a
    title ('Innovative practice' / 'West Midlands Police: ...') has room to spare. A line ending on a
    word that joins ('... the Banking Protocol with' / 'Derbyshire Constabulary'), or followed by one
    opening with such a word in small letters ('Cheshire West' / 'and Chester'), runs on, room or not."""
    if first.text.rstrip().endswith((".", ":", "!", "?")) or not second.text.split():
        return False
    if RUNS_ON.search(first.text.rstrip()) or _JOINING_START.match(second.text):
        return True
    word = second.text.split()[0]
    per_char = (second.x1 - second.x0) / max(1, len(second.text))
    return first.x1 + per_char * (len(word) + 1) > right


def _body_size(pages: list[list[_Line]]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _is_large(line: _Line, body: float) -> bool:
    return not line.table and line.size >= body * _HEADING_SIZE_RATIO and _is_heading_shaped(line.text)


def _is_heading_shaped(text: str) -> bool:
    """Few words, not ending like a sentence, and words at all: big figures in a poster's boxes
    ('4,120  38%  27', '£6.2m', '£1.4bn') are figures, not headings; a list's item in bold is an item."""
    words = text.split()
    return 0 < len(words) <= _HEADING_MAX_WORDS and not text.rstrip().endswith((".", ",", ";")) \
        and not _BULLET_GLYPH.match(text) \
        and any(c.isalpha() for c in _FIGURE.sub("", text))


# a figure as key-figure tiles set it: an amount with its currency and scale ('£6.2m', '38%')
_FIGURE = re.compile(r"(?i)[£$€]?\d[\d,.]*(?:%|k|m|bn)?(?!\w)")


def _level(line: _Line, heading_sizes: list[float]) -> int:
    return heading_sizes.index(round(line.size)) + 1 if round(line.size) in heading_sizes else 1


def _line_gap(page: list[_Line]) -> float:
    heights = sorted(line.bottom - line.top for line in page if not line.table) or [10.0]
    return heights[len(heights) // 2]


def _key(text: str) -> str:
    """A line's text with its numbers blanked: 'Page 3 of 20' and 'Page 4 of 20' are one running line."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _is_running(key: str, running: set[str], inside: bool) -> bool:
    """A line at a page's edge is a running line, or, past the first page (where a title may open
    the running line's words), one end of one set apart on its page (a band's 'The Claremont
    Sands' read apart from its 'GUEST DIRECTORY'), of two words at least."""
    return key in running or (inside and len(key.split()) >= _PART_WORDS and any(
        r.startswith(key + " ") or r.endswith(" " + key) for r in running))


_PART_WORDS = 2


def _running_keys(pages: list[list[_Line]]) -> set[str]:
    """Lines at a page's top or bottom that recur on at least half the pages (and on two or more)."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(line.text) for line in page if line.at_edge})
    needed = max(2, len(pages) // 2)
    return {key for key, n in counts.items() if n >= needed}
