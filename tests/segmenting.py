"""Helpers for tests that segment a small document written for them: the initiatives found in it,
and those holding a quoted passage."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_document
from ingest.segment import segmentation


def found_in(tmp_path: Path, text: str, name: str = "doc.md") -> list:
    """The initiatives segmentation finds in `text`, written to a file called `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segmentation(read_document(path, name)).initiatives


def holding(text: str, found: list, quote: str) -> list:
    """The initiatives among `found` whose span holds the start of `quote`."""
    at = text.index(quote)
    return [i for i in found if i.start <= at < i.end]


def apart(text: str, found: list, first: str, second: str) -> tuple:
    """The one initiative holding each quote, asserted to be two different ones."""
    one, other = holding(text, found, first), holding(text, found, second)
    assert len(one) == 1 and len(other) == 1 and one[0] is not other[0], found
    return one[0], other[0]
