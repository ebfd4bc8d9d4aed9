"""What every format reader shares: the refusal type, the extracted-text record and small helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.records import OutlineItem

# Control characters that never occur in real text (tab, newlines, \v and \f are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_CONTROL_SHARE = 0.10
BLOCK_SEPARATOR = "\n\n"


class UnreadableFile(Exception):
    """A file that cannot be ingested; str(e) is a reason a person can act on."""


@dataclass
class Extracted:
    """What a format reader got from a file: the text spans index, and the structure it saw."""

    text: str
    title: str = ""
    note: str = ""
    pages: tuple[tuple[int, int], ...] = ()  # (start, page number)
    outline: list[OutlineItem] = field(default_factory=list)
    # text the file carries outside its body that says whose it is (a Word file's running header
    # or footer: 'Northamptonshire Police | EDI Annual Report'); not part of `text`
    running: str = ""
    # who the file says publishes it (a web page's site name), when a catalogue does not say
    publisher: str = ""


class BlockWriter:
    """Joins blocks of text with blank lines, recording outline items at the blocks' exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.outline: list[OutlineItem] = []

    def add(self, text: str, kind: str = "", level: int = 0, label: str = "") -> int:
        """Append one block; returns its start offset."""
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if kind:
            self.outline.append(OutlineItem(kind, start, self.length, level, label))
        return start

    def text(self) -> str:
        return "".join(self.parts)


def one_line(s: str) -> str:
    return " ".join(s.split())


def short(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg if len(msg) <= 80 else msg[:77] + "..."


def check_printable(text: str) -> None:
    if not text:
        return
    if "\x00" in text or len(_CONTROL.findall(text)) > _BINARY_CONTROL_SHARE * len(text):
        raise UnreadableFile("binary content, not text")


_STATED_WITHIN = 1_500  # characters of the document's opening that must hold a stated title's words


def stated_title(title: str, text: str) -> str:
    """The title a file's properties state, when every word of it is in the document's opening
    (a cover set in a table: 'Impact Report 2024/25'); '' for a stale or template title that the
    text does not bear out ('Document1', 'Microsoft Word - draft v3.docx')."""
    words = re.findall(r"\w+", title.casefold())
    opening = set(re.findall(r"\w+", text[:_STATED_WITHIN].casefold()))
    return one_line(title) if words and all(w in opening for w in words) else ""
