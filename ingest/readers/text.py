"""Plain text and Markdown files: the exact decoded text, and a title from it."""

from __future__ import annotations

import re

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


def title_from_text(text: str) -> str:
    """A title from content: the first markdown heading, else the first short line."""
    lines = joined_lines(text[:20_000])[:50]
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
