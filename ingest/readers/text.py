"""Plain text and Markdown files: the exact decoded text, and a title from it."""

from __future__ import annotations

import re
from collections.abc import Collection

from index.records import NOT_CONTENT
from ingest.lines import joined_lines
from ingest.readers.common import Extracted, UnreadableFile, check_printable, one_line

TITLE_MAX_CHARS = 120


def read_text(data: bytes) -> Extracted:
    text, note = _decode_text(data)
    return Extracted(text=text, note=note)


def _decode_text(data: bytes) -> tuple[str, str]:
    """Exactly `data.decode('utf-8')` when that works; otherwise a stated fallback."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile("binary content, not text") from None
        check_printable(text)
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
    check_printable(text)
    return text, note


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKUP = re.compile(r"<[^>]{1,40}>|\*\*|__|`")


def _clean_title(line: str) -> str:
    text = one_line(_MARKUP.sub("", line)).strip(" *_#-•")
    if len(text) > TITLE_MAX_CHARS:
        cut = text[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:-") + "…"
    return text


# a field that names the document ('Title of paper: ...', 'Subject: ...', 'Re: ...')
_TITLE_FIELD = re.compile(r"(?i)^(?:title(?: of (?:the )?(?:paper|report|document))?|subject|re)$")
_TITLE_FIELD_WITHIN = 3_000  # ... on the document's first page or cover


def title_from_content(document) -> str:
    """A document's title, read from it: a cover's 'Title' field; else the title its reader found
    (a PDF's opening heading, a web page's <title>); else the first heading or short line of its
    content (running headers, protective markings and page furniture the reader marked are not
    its title)."""
    for item in document.outline:
        if item.kind == "field" and item.start < _TITLE_FIELD_WITHIN and _TITLE_FIELD.match(item.label or ""):
            value = document.text[item.start:item.end].split(item.label, 1)[-1].lstrip(" :\t")
            if _clean_title(value):
                return _clean_title(value)
    if document.title:
        return document.title
    return title_from_text(content_text(document, 20_000))


def content_text(document, end: int | None = None, kinds: Collection[str] = NOT_CONTENT) -> str:
    """The document's text up to `end` with what its reader marked as not content (running
    headers, page furniture, an email's hidden preheader; or only the `kinds` given) blanked out:
    same offsets, spaces."""
    text = document.text[:end]
    for item in document.outline:
        if item.kind in kinds and item.start < len(text):
            stop = min(item.end, len(text))
            text = text[:item.start] + " " * (stop - item.start) + text[stop:]
    return text


def _is_label(title: str) -> bool:
    """A one-word kicker or section label ('FEATURE', 'Briefing'), not a title."""
    return len(title.split()) == 1


def title_from_text(text: str) -> str:
    """A title from content: the first markdown heading, else the first short line."""
    lines = joined_lines(text[:20_000])[:50]
    for line in lines:
        m = _MD_HEADING.match(line)
        if m:
            title = _clean_title(m.group(1))
            if title and not _is_label(title):
                return title
    cleaned = [t for t in (_clean_title(line) for line in lines) if t and not _is_label(t)]
    for title in cleaned:
        if not title.endswith("…"):
            return title
    return cleaned[0] if cleaned else ""
