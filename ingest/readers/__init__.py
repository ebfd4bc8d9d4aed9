"""Read corpus files (.txt, .md, .pdf, .docx, .html) into `Document`s with their outline, and find
them in folders. One module per format; `outline` finds the structure every format shows in text."""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.records import Document
from ingest.readers.common import Extracted, UnreadableFile
from ingest.readers.docx import read_docx
from ingest.readers.files import SUPPORTED_SUFFIXES, discover, read_bytes, unsupported_reason
from ingest.readers.html import read_html
from ingest.readers.outline import form_feed_pages, stated_publisher, text_outline
from ingest.readers.pdf import read_pdf
from ingest.readers.text import content_text, read_text, title_from_content, title_from_text

__all__ = ["SUPPORTED_SUFFIXES", "MAX_BYTES", "MAX_TEXT_CHARS", "UnreadableFile", "content_text", "discover",
           "read_document", "title_from_content", "title_from_text", "unsupported_reason"]

MAX_BYTES = 64 * 1024 * 1024  # files larger than this are refused, not read
# Text beyond this is refused after extraction: ~5,000 pages, far beyond any good-practice report,
# and a one-file dump this size would hold an ingest for an hour of embedding.
MAX_TEXT_CHARS = 10_000_000

_READERS = {".txt": read_text, ".md": read_text, ".pdf": read_pdf, ".docx": read_docx,
            ".html": read_html, ".htm": read_html}


def read_document(path: Path, doc_id: str, max_bytes: int | None = None) -> Document:
    """Read one file; `text` is what citations index into, `outline` the structure seen in it.
    Raises UnreadableFile."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise UnreadableFile(unsupported_reason(suffix))
    data = read_bytes(path, MAX_BYTES if max_bytes is None else max_bytes)
    if not data.strip():
        raise UnreadableFile("empty file")
    extracted: Extracted = _READERS[suffix](data)
    text = extracted.text
    if not text.strip():
        raise UnreadableFile("empty file")
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableFile(f"too much text: {len(text):,} characters (limit {MAX_TEXT_CHARS:,}); "
                             "split it into smaller files")
    return Document(
        doc_id=doc_id, title=extracted.title, text=text, sha256=hashlib.sha256(data).hexdigest(),
        # (the publisher's imprint may be in the footer a Word file repeats on every page)
        publisher=(publisher := extracted.publisher or stated_publisher(text) or stated_publisher(extracted.running)),
        publisher_stated=bool(publisher),
        pages=extracted.pages or form_feed_pages(text), encoding_note=extracted.note, running=extracted.running,
        outline=tuple(text_outline(text, extracted.outline)),
    )
