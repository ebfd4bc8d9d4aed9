"""Word (.docx) files: paragraphs and tables as text blocks, headings from heading styles and from
short bold-only paragraphs, bold labels repeated across the document as labelled fields, list
items, and text in tracked insertions (deleted text is left out)."""

from __future__ import annotations

import io
import re
from collections import Counter

from ingest.readers.common import BlockWriter, Extracted, UnreadableFile, one_line, short, stated_title
from ingest.readers.outline import field_label, is_entry, is_run_in, run_in_item

_HEADING_STYLE = re.compile(r"heading\s*([1-9])$", re.IGNORECASE)
# runs as Word shows them: plain, in hyperlinks, in tracked insertions, in smart tags and content controls
_RUNS = "w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:smartTag/w:r | w:sdt/w:sdtContent/w:r"
_BOLD_HEADING_MAX_WORDS = 12


def read_docx(data: bytes) -> Extracted:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            "not a .docx: an old Word 97-2003 file or a password-protected document; "
            "open it in Word and save as .docx without a password"
        )
    if not data.startswith(b"PK"):
        raise UnreadableFile("corrupt DOCX: not a Word .docx file (not a zip archive)")
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        items = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                panel = _panel(item)
                if panel is not None:
                    # a one-cell table is a panel of prose ('Since our last survey', its
                    # paragraphs under bold run-in heads): read as the paragraphs it holds
                    items += [found for paragraph in panel.paragraphs if (found := _paragraph_item(paragraph))]
                    continue
                rows = _table_rows(item)
                if rows:
                    items.append(("table", "\n".join(rows), 0))
                continue
            found = _paragraph_item(item)
            if found:
                items.append(found)
    except Exception as e:
        raise UnreadableFile(f"corrupt DOCX: {short(e)}") from e
    if not items:
        raise UnreadableFile("DOCX has no text")
    extracted = _write(items)
    extracted.running = _running_text(document)
    if items[0][0] != "heading":
        # a cover set in a table or in plain paragraphs: the title the file's properties state,
        # when its opening bears it out (a document opening with its heading is titled by it)
        try:
            extracted.title = stated_title(document.core_properties.title or "", extracted.text)
        except Exception:  # noqa: BLE001 -- properties the library cannot read state no title
            pass
    return extracted


def _running_text(document) -> str:
    """The running headers' and footers' text, each line once (what the body does not repeat)."""
    seen: list[str] = []
    try:
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
                if part is None or (part.is_linked_to_previous and seen):
                    continue
                for paragraph in part.paragraphs:
                    line = " ".join(paragraph.text.split())
                    if line and line not in seen:
                        seen.append(line)
    except Exception:  # noqa: BLE001 -- a header the library cannot read says nothing more
        pass
    return "\n".join(seen)


def _write(items: list[tuple[str, str, int]]) -> Extracted:
    """Blocks joined by blank lines. A style heading is written with Markdown marks ('## Results')
    as before; a bold paragraph keeps its text and is a heading in the outline, or a field when the
    same bold text labels several parts of the document ('Problem', 'Response', 'Contact') or it
    reads 'Label: text'."""
    bold_counts = Counter(text.lower() for kind, text, _ in items if kind == "bold")
    deepest = max((level for kind, _, level in items if kind == "heading"), default=1)
    # bold heads a size smaller sit under the larger ones ('Market Watch in figures' under
    # 'MARKET WATCH: A YEAR ON'); a head of unknown size ranks with the largest
    sizes = sorted({size for kind, _, size in items if kind == "bold" and size}, reverse=True)
    rank = {size: i for i, size in enumerate(sizes)} | {0: 0}
    out = BlockWriter()
    for kind, text, level in items:
        if kind == "heading":
            out.add("#" * level + " " + text, "heading", level)
        elif kind == "list_item":
            out.add("- " + text, "list_item")
        elif kind == "table":
            out.add(text, "table")
        elif kind == "bold" and field_label(text) and not _capitals_title(text):
            out.add(text, "field", label=field_label(text))
        elif kind == "bold" and bold_counts[text.lower()] >= 2:
            out.add(text, "field", label=text.rstrip(":").strip())
        elif kind == "bold":
            out.add(text, "heading", deepest + 1 + rank[level])  # (level: its type size)
        elif kind in ("run_in", "entry"):  # (level: the bold head's length)
            bullet = "- " if kind == "entry" else ""
            start = out.add(bullet + text)
            out.outline.append(run_in_item(start, start + len(bullet) + level, text[:level]))
        else:
            out.add(text)
    return Extracted(text=out.text(), outline=out.outline)


def _capitals_title(text: str) -> bool:
    """A bold line set in capitals, title and subtitle ('MARKET WATCH: A YEAR ON'): a newsletter's
    head, not a 'Label: value' field (a field's value is written as words are)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= 3 and len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _paragraph_text(paragraph) -> str:
    return "".join(element.text for element in paragraph._p.xpath(_RUNS))


def _paragraph_kind(paragraph, text: str) -> tuple[str, int]:
    try:
        name = ((paragraph.style.name or "") if paragraph.style is not None else "").strip()
    except Exception:  # a style part that does not resolve
        name = ""
    m = _HEADING_STYLE.match(name)
    if m:
        return "heading", int(m.group(1))
    if name.lower() == "title":
        return "heading", 1
    if name.lower().startswith("list"):
        return "list_item", 0
    if _is_bold_only(paragraph) and len(text.split()) <= _BOLD_HEADING_MAX_WORDS \
            and not text.endswith((".", ",", ";")):
        return "bold", _type_size(paragraph)
    return "text", 0


def _type_size(paragraph) -> int:
    """The largest type size set on the paragraph's runs, else its style's (EMU); 0 when unset."""
    from docx.text.run import Run

    sizes = [Run(r, paragraph).font.size for r in paragraph._p.xpath(".//w:r")]
    style = paragraph.style.font.size if paragraph.style is not None else None
    return max((int(size) for size in [*sizes, style] if size), default=0)


def _bold_lead(paragraph, text: str, entry: bool = False) -> str:
    """The bold head a paragraph opens with, its text running on in plain type ('Still Here.'
    then 'With Stillwater Bereavement Care, ...'); '' when there is none. With `entry`, a list
    item's: only when a paragraph about it follows (outline.is_entry)."""
    from docx.text.run import Run

    style_bold = _style_bold(paragraph)
    head = ""
    for element in paragraph._p.xpath(".//w:r"):
        run = Run(element, paragraph)
        if not run.text.strip():
            head += run.text
            continue
        if not _is_bold(run, style_bold):
            break
        head += run.text
    head = head.strip()
    rest = text[len(head):] if head and text.startswith(head) else ""
    return head if head and (is_entry if entry else is_run_in)(head, rest) else ""


def _is_bold_only(paragraph) -> bool:
    from docx.text.run import Run

    runs = [Run(r, paragraph) for r in paragraph._p.xpath(".//w:r") if r.text.strip()]
    if not runs:
        return False
    style_bold = _style_bold(paragraph)
    return all(_is_bold(run, style_bold) for run in runs)


def _style_bold(paragraph) -> bool:
    return bool(paragraph.style is not None and paragraph.style.font.bold)


def _is_bold(run, style_bold: bool) -> bool:
    """The run is set in bold: by itself, or (unset) by its character style or its paragraph's style."""
    return bool(run.bold or (run.bold is None and (style_bold or bool(run.style and run.style.font.bold))))


def _paragraph_item(paragraph) -> tuple[str, str, int] | None:
    """(kind, text, level) of a paragraph with text: a heading, a list item, a bold line, a
    paragraph opening with a bold run-in head, or text."""
    text = _paragraph_text(paragraph).strip()
    if not text:
        return None
    kind, level = _paragraph_kind(paragraph, text)
    if kind == "text" and (head := _bold_lead(paragraph, text)):
        kind, level = "run_in", len(head)
    elif kind == "list_item" and (head := _bold_lead(paragraph, text, entry=True)):
        kind, level = "entry", len(head)  # a list's titled entry ('**shoplink** - Python package ...')
    return kind, text, level


_PANEL_PARAGRAPHS = 2  # a one-cell table holding this many paragraphs of text is a panel, not a cell


def _panel(table):
    """The one cell of a table that is a panel of prose (one row, one cell, two or more paragraphs
    of text, no table inside), else None."""
    try:
        cells = {id(c._tc): c for row in table.rows for c in row.cells}
    except Exception:  # noqa: BLE001 -- a grid the library cannot resolve is read as rows
        return None
    if len(table.rows) != 1 or len(cells) != 1:
        return None
    cell = next(iter(cells.values()))
    if cell.tables or sum(bool(p.text.strip()) for p in cell.paragraphs) < _PANEL_PARAGRAPHS:
        return None
    return cell


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            key = id(cell._tc)  # a merged cell is returned once per grid column it spans
            if key in seen:
                continue
            seen.add(key)
            cells.append(one_line(cell.text))
        if any(cells):
            rows.append("\t".join(cells))
    return rows
