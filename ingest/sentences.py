"""The one sentence splitter: exact sentence spans for passages, metrics, titles and segmentation."""

from __future__ import annotations

import re
from functools import lru_cache

# A line is a sentence of its own unless the next line carries on in lowercase (a sentence wrapped
# or broken by a page); inside a line, a sentence ends at . ! ? before a capital, digit or bullet,
# except after the abbreviations listed.
_SENTENCE_BREAK = re.compile(
    r"\n(?=\s*[^\sa-z])"
    r"|(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bNo)(?<!\bno)(?<!\bDr)(?<!\bMr)(?<!\bMrs)"
    r"(?<!\bMs)(?<!\bSt)(?<!\bvs)(?<!\bProf)(?<!\bapprox)"
    r"[.!?][\"'”’)*]*[ \t]+(?=[\"'“‘(*]*[A-Z0-9•●-])"
)
# A line that ends like the end of a sentence (or of a lead-in to a list).
SENTENCE_END = re.compile(r"[.!?:;)\"'”’]\s*$")


PROSE_WORDS = 8  # a line or a table cell this long that ends a sentence (or runs on) is prose
PROSE_CHARS = 90  # ... or runs to this many characters without ending one (a wrapped line)


def is_prose(text: str) -> bool:
    """Text that reads as a sentence of prose, not a label, a heading or a cell of figures: eight
    words or more, ending a sentence or running to a line's length. One test for a line of a
    document (`layouts.common.is_sentence`), a table cell (`is_prose_row`) and the cells read for
    work done (`ingest.work`)."""
    text = text.strip()
    return len(text.split()) >= PROSE_WORDS and (bool(SENTENCE_END.search(text)) or len(text) >= PROSE_CHARS)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as exact, whitespace-trimmed (start, end) spans into `text`."""
    end = len(text) if end is None else end
    cuts = [start, *(m.end() for m in _SENTENCE_BREAK.finditer(text, start, end)), end]
    spans = []
    for s, e in zip(cuts, cuts[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def joined_sentence_spans(text: str) -> list[tuple[int, int]]:
    """`sentence_spans`, with a line broken before a capital without ending its sentence ('...
    2024, Heddlu' / 'Dyfed-Powys and South Wales Police offered ...') joined to what follows it:
    for reading names that a PDF line break cut in two."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        if spans and not SENTENCE_END.search(text[spans[-1][0]:spans[-1][1]]) \
                and text[spans[-1][1]:start].count("\n") == 1 and len(text[spans[-1][0]:spans[-1][1]].split()) >= 5:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=8)
def document_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Every sentence of a whole document, computed once per document (metrics look up many)."""
    return tuple(sentence_spans(text))


def sentences(text: str) -> list[str]:
    """The sentences of a piece of text, as strings (for titles and owners, where spans are not kept)."""
    return [text[s:e] for s, e in sentence_spans(text)]
