"""Read corpus files (.txt, .md, .pdf, .docx, .html) into `Document`s, and find them in folders."""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import stat
from pathlib import Path

from index.records import Document

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".pdf", ".docx", ".html", ".htm"})
MAX_BYTES = 64 * 1024 * 1024  # files larger than this are refused, not read
# Text beyond this is refused after extraction: ~5,000 pages, far beyond any good-practice report,
# and a one-file dump this size would hold an ingest for an hour of embedding.
MAX_TEXT_CHARS = 10_000_000
TITLE_MAX_CHARS = 120

_TEXT_SUFFIXES = frozenset({".txt", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
# Control characters that never occur in real text (tab, newlines, \v and \f are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL_SHARE = 0.10
_PAGE_SEPARATOR = "\n\n"
_BLOCK_SEPARATOR = "\n\n"


class UnreadableFile(Exception):
    """A file that cannot be ingested; str(e) is a reason a person can act on."""


# --------------------------------------------------------------------------- reading


def read_document(path: Path, doc_id: str, max_bytes: int | None = None) -> Document:
    """Read one file; `text` is what citations index into. Raises UnreadableFile."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(unsupported_reason(suffix))
    data = _read_bytes(path, MAX_BYTES if max_bytes is None else max_bytes)
    if not data.strip():
        raise UnreadableFile("empty file")
    sha = hashlib.sha256(data).hexdigest()
    title, note = "", ""
    pages: tuple[tuple[int, int], ...] = ()
    if suffix in _TEXT_SUFFIXES:
        text, note = _decode_text(data)
    elif suffix == ".pdf":
        text, pages = _read_pdf(data)
    elif suffix == ".docx":
        text = _read_docx(data)
    elif suffix in _HTML_SUFFIXES:
        text, title, note = _read_html(data)
    else:  # pragma: no cover - SUPPORTED_SUFFIXES and the branches above must agree
        raise UnreadableFile(unsupported_reason(suffix))
    if not text.strip():
        raise UnreadableFile("empty file")
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableFile(f"too much text: {len(text):,} characters (limit {MAX_TEXT_CHARS:,}); "
                             "split it into smaller files")
    return Document(
        doc_id=doc_id, title=title, text=text, sha256=sha, pages=pages, encoding_note=note
    )


def unsupported_reason(suffix: str) -> str:
    shown = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {shown} (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if n >= 1024:
        return f"{n / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{n} bytes"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise UnreadableFile("broken symbolic link") from None
        raise UnreadableFile("file not found") from None
    except PermissionError:
        raise UnreadableFile("permission denied: cannot read the file") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise UnreadableFile("symbolic link loop") from None
        raise UnreadableFile(f"cannot read the file: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableFile("is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableFile("not a regular file (a device, pipe or socket)")
    too_large = f"file too large: {{}} (limit {_size(max_bytes)}); split it into smaller files"
    if st.st_size > max_bytes:
        raise UnreadableFile(too_large.format(_size(st.st_size)))
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableFile("permission denied: cannot read the file") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except OSError as e:
        raise UnreadableFile(f"cannot read the file: {e.strerror or e}") from None
    if len(data) > max_bytes:  # grew since stat
        raise UnreadableFile(too_large.format("more than " + _size(max_bytes)))
    return data


# ----------------------------------------------------------------------------- text


def _decode_text(data: bytes) -> tuple[str, str]:
    """Exactly `data.decode('utf-8')` when that works; otherwise a stated fallback."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile("binary content, not text") from None
        _check_printable(text)
        return text, "UTF-16 with byte-order mark; decoded as utf-16"
    if b"\x00" in data:
        raise UnreadableFile("binary content, not text")
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            text, note = data.decode("utf-8-sig"), "UTF-8 byte-order mark removed"
        else:
            text, note = data.decode("utf-8"), ""
    except UnicodeDecodeError:
        try:
            text, note = data.decode("cp1252"), "not UTF-8; decoded as cp1252"
        except UnicodeDecodeError:
            text, note = data.decode("latin-1"), "not UTF-8; decoded as latin-1"
    _check_printable(text)
    return text, note


def _check_printable(text: str) -> None:
    if not text:
        return
    if "\x00" in text or len(_CONTROL.findall(text)) > _BINARY_CONTROL_SHARE * len(text):
        raise UnreadableFile("binary content, not text")


# ------------------------------------------------------------------------------ PDF


def _short(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg if len(msg) <= 80 else msg[:77] + "..."


def _read_pdf(data: bytes) -> tuple[str, tuple[tuple[int, int], ...]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    head = data[:1024]
    if b"%PDF" not in head:
        if head.lstrip().lower().startswith((b"<!doctype", b"<html", b"<?xml")):
            raise UnreadableFile("not a PDF: the file is a web page saved with a .pdf name")
        raise UnreadableFile("not a PDF: the file does not start with %PDF")
    if b"%%EOF" not in data[-8192:]:
        raise UnreadableFile(
            "corrupt or truncated PDF: no end-of-file marker (download it again)"
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An empty user password opens files that only restrict printing/copying.
            if not reader.decrypt(""):
                raise UnreadableFile("encrypted PDF (password protected)")
        pages = reader.pages
        texts: list[str] = []
        for number, page in enumerate(pages, start=1):
            try:
                texts.append(page.extract_text() or "")
            except (DependencyError, FileNotDecryptedError):
                raise
            except Exception as e:  # pypdf raises many types on damaged content
                raise UnreadableFile(f"corrupt or truncated PDF: page {number}: {_short(e)}") from e
    except UnreadableFile:
        raise
    except FileNotDecryptedError:
        raise UnreadableFile("encrypted PDF (password protected)") from None
    except DependencyError:
        raise UnreadableFile(
            "encrypted PDF (AES): install the 'cryptography' package to open it"
        ) from None
    except Exception as e:
        raise UnreadableFile(f"corrupt or truncated PDF: {_short(e)}") from e
    if not texts:
        raise UnreadableFile("corrupt or truncated PDF: no pages")
    if not "".join(texts).strip():
        raise UnreadableFile("PDF has no extractable text (scanned image?)")
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for number, page_text in enumerate(texts, start=1):
        if parts:
            parts.append(_PAGE_SEPARATOR)
            offset += len(_PAGE_SEPARATOR)
        starts.append((offset, number))
        parts.append(page_text)
        offset += len(page_text)
    return "".join(parts), tuple(starts)


# ----------------------------------------------------------------------------- DOCX

_HEADING_STYLE = re.compile(r"heading\s*([1-9])$", re.IGNORECASE)


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _read_docx(data: bytes) -> str:
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
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                rows = _docx_table_rows(item)
                if rows:
                    blocks.append("\n".join(rows))
                continue
            text = item.text.strip()
            if not text:
                continue
            blocks.append(_docx_paragraph_prefix(item) + text)
    except Exception as e:
        raise UnreadableFile(f"corrupt DOCX: {_short(e)}") from e
    if not blocks:
        raise UnreadableFile("DOCX has no text")
    return _BLOCK_SEPARATOR.join(blocks)


def _docx_paragraph_prefix(paragraph) -> str:
    try:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except Exception:  # a style part that does not resolve
        name = ""
    m = _HEADING_STYLE.match(name.strip())
    if m:
        return "#" * int(m.group(1)) + " "
    if name.strip().lower() == "title":
        return "# "
    if name.lower().startswith("list"):
        return "- "
    return ""


def _docx_table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            key = id(cell._tc)  # a merged cell is returned once per grid column it spans
            if key in seen:
                continue
            seen.add(key)
            cells.append(_one_line(cell.text))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


# ----------------------------------------------------------------------------- HTML

_HTML_DROP = frozenset(
    {"script", "style", "nav", "noscript", "template", "svg", "head", "iframe", "object"}
)
_HTML_PAGE_CHROME = frozenset({"header", "footer"})  # dropped unless inside main/article
_HTML_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol",
        "dl", "dt", "dd", "figure", "figcaption", "address", "form", "fieldset", "body",
        "html", "hr", "caption", "details", "summary", "header", "footer",
    }
)
_HTML_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def _read_html(data: bytes) -> tuple[str, str, str]:
    from bs4 import BeautifulSoup

    note = ""
    try:
        markup: str | bytes = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        markup = data
    if "\x00" in (markup if isinstance(markup, str) else ""):
        raise UnreadableFile("binary content, not HTML")
    soup = BeautifulSoup(markup, "html.parser")
    if isinstance(markup, bytes):
        note = f"not UTF-8; decoded as {soup.original_encoding or 'unknown encoding'}"
    title = ""
    if soup.title is not None:
        title = _one_line(soup.title.get_text())[:TITLE_MAX_CHARS]
    out = _HtmlText()
    try:
        out.walk(soup, in_content=False)
    except RecursionError:
        raise UnreadableFile("HTML is nested too deeply to read") from None
    out.flush()
    text = _BLOCK_SEPARATOR.join(out.blocks)
    if not text.strip():
        raise UnreadableFile("HTML page has no readable text")
    _check_printable(text)
    return text, title, note


class _HtmlText:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        lines = [_one_line(line) for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(self.prefix + text)
            self.prefix = ""

    def walk(self, node, in_content: bool) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString):  # comments, doctype, CDATA
                    self.buffer.append(str(child).replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            name = (child.name or "").lower()
            if name in _HTML_DROP:
                continue
            if name in _HTML_PAGE_CHROME and not in_content:
                continue
            inside = in_content or name in ("main", "article")
            if name in _HTML_HEADINGS:
                self.flush()
                self.prefix = "#" * _HTML_HEADINGS[name] + " "
                self.buffer.append(child.get_text(" ").replace("\n", " "))
                self.flush()
                self.prefix = ""
            elif name == "li":
                self.flush()
                self.prefix = "- "
                self.walk(child, inside)
                self.flush()
                self.prefix = ""
            elif name == "table":
                self.flush()
                rows = []
                for tr in child.find_all("tr"):
                    if tr.find_parent("table") is not child:
                        continue  # rows of a nested table are read as cell text
                    cells = [
                        _one_line(c.get_text(" "))
                        for c in tr.find_all(["td", "th"], recursive=False)
                    ]
                    if any(cells):
                        rows.append("\t".join(cells))
                if rows:
                    self.blocks.append("\n".join(rows))
            elif name == "br":
                self.buffer.append("\n")
            elif name in _HTML_BLOCKS:
                self.flush()
                self.walk(child, inside)
                self.flush()
            else:
                self.walk(child, inside)


# ---------------------------------------------------------------------------- title

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKUP = re.compile(r"<[^>]{1,40}>|\*\*|__|`")


def _clean_title(line: str) -> str:
    text = _one_line(_MARKUP.sub("", line)).strip(" *_#-•")
    if len(text) > TITLE_MAX_CHARS:
        cut = text[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:-") + "…"
    return text


def title_from_text(text: str) -> str:
    """A title from content: the first markdown heading, else the first short line."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    for line in lines:
        m = _MD_HEADING.match(line)
        if m:
            title = _clean_title(m.group(1))
            if title:
                return title
    cleaned = [t for t in (_clean_title(line) for line in lines) if t]
    for title in cleaned:
        if not title.endswith("…"):
            return title
    return cleaned[0] if cleaned else ""


# ------------------------------------------------------------------------- discover


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ = Office lock files


def _display(path: Path, root_abs: str) -> str:
    rel = _relative(path, root_abs)
    return rel if rel is not None else str(path)


def _relative(path: Path, root_abs: str) -> str | None:
    p = os.path.abspath(path)
    if p == root_abs or not p.startswith(root_abs.rstrip(os.sep) + os.sep):
        return None
    return Path(os.path.relpath(p, root_abs)).as_posix()


def _link_problem(path: Path) -> str | None:
    """None if `path` can be followed; else why not."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "not found"
    except PermissionError:
        return "permission denied: cannot read the file"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read: {e.strerror or e}"
    return None


def discover(
    paths: list[Path], root: Path
) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Expand files and folders into (path, doc_id) pairs, plus (name, reason) for skipped ones.

    Folders are walked recursively in sorted order, skipping hidden entries and (silently)
    unsupported file types; symbolic links are followed, loops and broken links reported.
    A file named explicitly is reported if its type is unsupported.
    """
    root_abs = os.path.abspath(root)
    found: list[tuple[Path, str]] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[tuple[int, int]] = set()
    seen_ids: set[str] = set()

    def add_file(path: Path, explicit: bool) -> None:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            if explicit:
                skipped.append((_display(path, root_abs), unsupported_reason(suffix)))
            else:
                log.debug("skipping %s: unsupported file type", path)
            return
        try:
            st = os.stat(path)
        except OSError as e:
            skipped.append((_display(path, root_abs), f"cannot read: {e.strerror or e}"))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_files:
            log.debug("skipping %s: same file already found", path)
            return
        doc_id = _relative(path, root_abs) or path.name
        if doc_id in seen_ids:
            skipped.append(
                (str(path), f"duplicate document id '{doc_id}': another file has the same name")
            )
            return
        seen_files.add(key)
        seen_ids.add(doc_id)
        found.append((path, doc_id))

    def walk(folder: Path, ancestors: frozenset[str]) -> None:
        name = _display(folder, root_abs)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            skipped.append((name, "permission denied: cannot list the folder"))
            return
        except OSError as e:
            skipped.append((name, f"cannot list the folder: {e.strerror or e}"))
            return
        for entry in entries:
            if _is_hidden(entry.name):
                log.debug("skipping hidden %s", entry.path)
                continue
            path = folder / entry.name
            problem = _link_problem(path)
            if problem:
                skipped.append((_display(path, root_abs), problem))
                continue
            if path.is_dir():
                real = os.path.realpath(path)
                if real in ancestors:
                    skipped.append((_display(path, root_abs), "symbolic link loop"))
                    continue
                walk(path, ancestors | {real})
            elif path.is_file():
                add_file(path, explicit=False)
            else:
                log.debug("skipping %s: not a regular file", path)

    for raw in paths:
        path = Path(raw)
        problem = _link_problem(path)
        if problem:
            skipped.append((_display(path, root_abs), problem))
        elif path.is_dir():
            walk(path, frozenset({os.path.realpath(path)}))
        elif path.is_file():
            add_file(path, explicit=True)
        else:
            skipped.append((_display(path, root_abs), "not a regular file"))
    return found, skipped
