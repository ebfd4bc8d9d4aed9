"""Cut an initiative into citable passages: a sentence to a paragraph, never across initiatives."""

from __future__ import annotations

import hashlib
import re

from index.records import Passage
from ingest.lines import Line, clean, split_lines
from ingest.sentences import SENTENCE_END, sentence_spans

MAX_CHARS = 600
_MIN_WORDS = 4


def passages_for(
    text: str, initiative_id: str, doc_id: str, start: int, end: int, seen: set[str],
    hidden: tuple[tuple[int, int], ...] = (),
) -> list[Passage]:
    """Passages of text[start:end]; `seen` holds the clean text of passages already taken from
    this document, so verbatim-repeated paragraphs become one passage. Lines in `hidden` spans
    (running headers and footers, page furniture) start no passage and are left out of the clean
    text that is embedded, though a passage's span may run over one (a sentence broken by a page)."""
    passages = []
    lines = [line for line in split_lines(text, start, end) if not _inside(line.start, hidden)]
    for s, e in _chunks(text, lines):
        cleaned = clean(_visible(text, s, e, hidden))
        key = cleaned.lower()
        if len(cleaned.split()) < _MIN_WORDS or key in seen:
            continue
        seen.add(key)
        digest = hashlib.sha1(f"{initiative_id}:{key}".encode()).hexdigest()[:10]
        passages.append(Passage(f"{initiative_id}-{digest}", initiative_id, doc_id, s, e, text[s:e], cleaned))
    return passages


def _inside(pos: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _visible(text: str, start: int, end: int, hidden: tuple[tuple[int, int], ...]) -> str:
    """text[start:end] with the hidden spans inside it left out."""
    pieces, at = [], start
    for s, e in sorted(hidden):
        if e <= at or s >= end:
            continue
        pieces.append(text[at:s])
        at = max(at, e)
    pieces.append(text[at:end])
    return " ".join(pieces)


def _units(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs: a sentence broken by a page break is joined, a lead-in
    ending with ':' keeps its list, consecutive list items and table rows stay together."""
    units: list[list[Line]] = []
    for line in lines:
        if line.is_heading or _is_logo(line):
            units.append([])
            continue
        previous = units[-1][-1] if units and units[-1] else None
        if previous is not None and _continues(previous, line):
            units[-1].append(line)
        else:
            units.append([line])
    return [u for u in units if u]


def _continues(previous: Line, line: Line) -> bool:
    plain = line.plain
    broken_sentence = not SENTENCE_END.search(previous.plain) and plain[:1].islower()
    if broken_sentence or _wraps_on(previous, line):
        return True
    if previous.plain.endswith(":") and (line.is_bullet or line.is_table_row):
        return True
    same_kind = (previous.is_bullet and line.is_bullet) or (previous.is_table_row and line.is_table_row)
    # chart labels and figures ("Women", "94%", "Black, Asian and Minority Ethnic") read as one
    # block: alone, each is a tiny passage that matches any query naming its words
    fragments = _is_fragment(previous) and _is_fragment(line)
    return (same_kind or fragments) and not line.blanks_before


_STOPS = re.compile(r"[.!?:;][\"'“”‘’)\]]*$")
WRAPPED_MIN_CHARS = 60  # a line this long that stops mid-sentence was wrapped by the page


def _wraps_on(previous: Line, line: Line) -> bool:
    """A line of prose the page wrapped: the line before is a full line of text that stops
    mid-sentence ('... across all levels of' / 'Thames Valley Police.'), with no blank line
    between. A heading or list item above is not carried on."""
    return (not line.blanks_before and not previous.is_heading and not previous.is_bullet
            and not previous.is_table_row and not line.is_bullet and not line.is_table_row
            and len(previous.plain) >= WRAPPED_MIN_CHARS and not _STOPS.search(previous.plain))


def _is_fragment(line: Line) -> bool:
    return len(line.plain) < 60 and not SENTENCE_END.search(line.plain) and not line.is_bullet


def _is_logo(line: Line) -> bool:
    plain = line.plain
    return plain.isupper() and len(plain.split()) <= 4 and not re.search(r"\d", plain)


def _chunks(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """Exact spans of at most MAX_CHARS: whole paragraphs where they fit, else packed
    sentences (or lines, for lists and tables); never across paragraphs."""
    spans: list[tuple[int, int]] = []
    for unit in _units(lines):
        if any(line.is_bullet or line.is_table_row for line in unit):
            pieces = [(line.start, line.end) for line in unit]
        else:  # a paragraph, perhaps joined across a page break: cut at sentences, not lines
            pieces = sentence_spans(text, unit[0].start, unit[-1].end)
        current: tuple[int, int] | None = None
        for piece in _split_long(text, pieces):
            if current and piece[1] - current[0] <= MAX_CHARS:
                current = (current[0], piece[1])
            else:
                if current:
                    spans.append(current)
                current = piece
        if current:
            spans.append(current)
    return spans


def _split_long(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces longer than MAX_CHARS cut into sentences, and a sentence still too long at
    clause or word boundaries."""
    out = []
    for s, e in pieces:
        if e - s <= MAX_CHARS:
            out.append((s, e))
            continue
        for ss, se in sentence_spans(text, s, e):
            while se - ss > MAX_CHARS:
                cut = max(text.rfind(sep, ss, ss + MAX_CHARS) for sep in ("; ", ", ", " "))
                cut = cut + 1 if cut > ss else ss + MAX_CHARS
                out.append((ss, cut))
                ss = cut
                while ss < se and text[ss].isspace():
                    ss += 1
            out.append((ss, se))
    return out
