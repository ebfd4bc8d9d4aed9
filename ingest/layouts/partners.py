"""Practice of other forces described in one force's review (a lessons-learned review, a peer
visit report): in a document that is one force's own, one chapter whose paragraphs open by naming
another force ('Since 2023 Dorset Police has run ...') describes that force's practice. Each
piece runs from the paragraph that first names its force through the paragraphs naming no other
force after it, and ends at a paragraph naming the next force or the document's own force (the
reviewers' view of what they could adopt). The review's own findings and recommendations about
its force are not pieces."""

from __future__ import annotations

import re

from index.gazetteer import find_forces
from ingest.layouts.common import Section, View, section_of
from ingest.lines import Line
from ingest.owners import document_owner
from ingest.sentences import sentences

NAME = "partner practices"
PIECES_NAME_OWNERS = True  # each piece is the force its opening names
MIN_PIECES = 2
_OPENING_WORDS = 12
_NUMBERED_PARAGRAPH = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\t[^\t]+$")  # a paragraph 'opens by naming' a force within its first words


def _paragraphs(view: View) -> list[list[Line]]:
    """Paragraphs of prose under headings: runs of lines set apart by blank lines, headings or
    tables (a hand-typed paragraph number and a tab, '4.2<tab>Since 2023 ...', is no table row)."""
    tables = [(i.start, i.end) for i in view.doc.outline if i.kind == "table"]
    found: list[list[Line]] = []
    for line in view.lines:
        if line.is_heading or (line.is_table_row and (any(s <= line.start < e for s, e in tables)
                                                      or not _NUMBERED_PARAGRAPH.match(line.raw))):
            found.append([])  # a heading or table ends the paragraph before it
            continue
        if not found or line.blanks_before or not found[-1]:
            found.append([line])
        else:
            found[-1].append(line)
    return [p for p in found if p]


def _opening_forces(paragraph: list[Line]) -> set[str]:
    text = " ".join(line.plain for line in paragraph)
    first = (sentences(text) or [text])[0]
    opening = " ".join(first.split()[:_OPENING_WORDS + 2])
    return {m.name for m in find_forces(opening)}


def _all_forces(paragraph: list[Line]) -> set[str]:
    return {m.name for m in find_forces(" ".join(line.plain for line in paragraph))}


def _pieces(view: View) -> list[tuple[str, list[Line]]]:
    owner = document_owner(view.doc)
    if not owner.single_force:
        return []
    own = set(owner.forces)
    pieces: list[tuple[str, list[Line]]] = []
    current: list[Line] | None = None
    force = ""
    for paragraph in _paragraphs(view):
        opening = _opening_forces(paragraph) - own
        named = _all_forces(paragraph)
        starts = len(opening) == 1 and next(iter(opening)) != force
        if starts:
            force = next(iter(opening))
            current = list(paragraph)
            pieces.append((force, current))
        elif current is not None and not (named & own) and named <= {force} and \
                paragraph[0].start - current[-1].end < 400 and _same_part(view, current[-1], paragraph[0]):
            current.extend(paragraph)  # the piece goes on
        else:
            current, force = None, ""
    return pieces


def _same_part(view: View, last: Line, first: Line) -> bool:
    """No heading between the two lines."""
    return not any(line.is_heading and last.start < line.start < first.start for line in view.lines)


def _chapter(view: View, line: Line) -> int:
    """The start of the heading the line is under (-1: before any heading)."""
    return max((h.start for h in view.lines if h.is_heading and h.start < line.start), default=-1)


def score(view: View) -> tuple[float, str]:
    pieces = _pieces(view)
    forces = {force for force, _ in pieces}
    if len(pieces) < MIN_PIECES or len(forces) < MIN_PIECES:
        return 0.0, f"{len(pieces)} runs of paragraphs opening with another force; needs {MIN_PIECES}+"
    if len({_chapter(view, lines[0]) for _, lines in pieces}) > 1:
        # under headings of their own, each force's section is a piece the heading tree finds
        return 0.0, f"{len(pieces)} runs of paragraphs opening with another force, under different headings"
    return 0.8, f"{len(pieces)} runs of paragraphs each opening with another force's practice ({', '.join(sorted(forces))})"


def sections(view: View) -> list[Section]:
    found = []
    for force, lines in _pieces(view):
        opening = (sentences(" ".join(line.plain for line in lines[:1])) or [""])[0]
        section = section_of(view, lines, "", opening, view.doc.title)
        section.points = True  # numbered paragraphs ('4.2<tab>...') read as no sentence lines
        found.append(section)
    return found
