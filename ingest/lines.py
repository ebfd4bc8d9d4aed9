"""Line-level view of a document: exact line spans and the markup-free text used for matching."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.sentences import sentence_spans  # noqa: F401  (service/answers.py imports it from here)

_MARKUP = re.compile(r"\*\*|</?(?:u|b|i|em|strong)>|\[([^\]]*)\]\([^)]*\)")
# a Markdown heading: '#'s then a space and words ('#RomanceFraud #Policing' is a line of hashtags,
# '#####' a rule)
_HASH_HEADING = re.compile(r"^\s*#{1,6}[ \t]+.*\w")
_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|[-•●▪◦*]\s*|\d{1,2}[.)]\s+)+")
_FOOTNOTE = re.compile(r"(?<=[a-z])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z]{3})\d(?=\s*$)")
_SPACE = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"[\n\f]")

_LEADERS = re.compile(r"\S[ \t]*(?:\.[ \t]?){4,}[ \t]*\S+[ \t]*$")  # dot leaders to a last cell
# a key's short code run by dot leaders to what it means: 'SC .... scam or nuisance calls mentioned'
_KEY_LEADERS = re.compile(r"^[ \t]*\S{1,12}[ \t]+\.{3,}[ \t]+\S")


# a line ending like this runs on to the next: 'assigned to Avon &', 'working with the'
RUNS_ON = re.compile(r"(?i)(?:[&,–-]|\b(?:and|or|the|a|an|of|to|in|on|for|with|by|from|at|as|that|which|who))$")


def joined_lines(text: str) -> list[str]:
    """The text's non-blank lines, a line that runs on (ends with '&', 'and', 'of', a comma ...)
    joined with the line right after it: a title or sentence a page wrapped is one line again."""
    out: list[str] = []
    runs_on = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            runs_on = False
            continue
        if runs_on and out:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        runs_on = bool(RUNS_ON.search(line))
    return out


def _unmarked(text: str) -> str:
    """Emphasis and links removed, a link's words kept, and marks inside them ('[**shoplink**](...)')."""
    return _MARKUP.sub(lambda m: _unmarked(m.group(1)) if m.group(1) else "", text)


def clean(text: str) -> str:
    """Markup, bullets and heading marks removed, whitespace folded: for titles and embeddings."""
    text = _unmarked(text)
    text = "\n".join(_LEAD.sub("", line) for line in text.split("\n"))
    text = _FOOTNOTE.sub("", text)
    return _SPACE.sub(" ", text).strip()


def is_cells(text: str) -> bool:
    """A row of a table's cells set apart by tabs (or a row whose first cell is empty)."""
    return "\t" in text.strip("\t \n") or text.startswith("\t")


@dataclass(frozen=True)
class Line:
    """One non-blank line: its exact span, and how many blank lines came before it."""

    start: int
    end: int
    raw: str  # == text[start:end], trailing whitespace excluded
    blanks_before: int
    level: int = 0  # heading level from the reader's outline (fonts, styles, numbering), 0 if none
    wrapped: bool = False  # a line of a paragraph wrapped over several lines (a PDF column): prose
    quoted: bool = False  # inside a quotation or its attribution: never a heading or a title
    part_label: bool = False  # a heading naming a part every sibling piece has ('Outcome'): a field, not a heading
    run_in: str = ""  # the emphasised head the line opens with, from the reader's outline ('Still Here')

    @property
    def plain(self) -> str:
        return clean(self.raw)

    @property
    def is_heading(self) -> bool:
        # (a Markdown heading, not a rule of '#' characters with no words)
        # (a row of cells opening with a '#' column, a ranked table's, is no Markdown heading)
        return not self.part_label and (self.level > 0 or (bool(_HASH_HEADING.match(self.raw)) and not is_cells(self.raw)))

    @property
    def is_bullet(self) -> bool:
        return bool(re.match(r"^\s*(?:[-•●▪◦]|\*(?!\*))\s*", self.raw))

    @property
    def is_table_row(self) -> bool:
        """Cells set apart by tabs, or a label run to its figure by dot leaders ('Loans made
        ....... 29', a contents line's '..... 4'), or a key's code to its meaning ('SC .... scam
        calls mentioned')."""
        return is_cells(self.raw) or bool(_LEADERS.search(self.raw)) or bool(_KEY_LEADERS.match(self.raw))


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of text[start:end] with exact spans (trailing spaces trimmed); a form feed
    (a page break in plain text) ends a line like a newline."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    blanks = 0
    pos = start
    while pos < end:
        found = _LINE_BREAK.search(text, pos, end)
        stop = end if found is None else found.start()
        raw = text[pos:stop].rstrip()
        lead = len(raw) - len(raw.lstrip())
        if raw.strip():
            lines.append(Line(pos + lead, pos + len(raw), raw[lead:], blanks))
            blanks = 0
        else:
            blanks += 1
        pos = stop + 1
    return lines
