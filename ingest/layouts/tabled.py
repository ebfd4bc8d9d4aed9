"""Pieces of work tabled one a row: a report (to a committee, a board, a funder) whose projects
are the rows of a table set out in its appendix or annex, a short name in its first cell and a
description in prose in another; or a register that is the document (a delivery tracker, an
action log: a header row of column names over rows of commitments with a prose update each).
Each row telling of work done is one piece; a register's rows that only give a status ('On
track', 'Complete') are not. The report's own sections (purpose, recommendation, background,
implications) are about the projects, not pieces themselves. The appendix heading says whose
projects they are when the rows do not."""

from __future__ import annotations

import re

from index.gazetteer import find_forces
from ingest.layouts.common import Section, View, is_not_work
from ingest.lines import Line
from ingest.work import describes_work

NAME = "appendix table"
PIECES_NAME_OWNERS = False
MIN_ROWS = 2
_APPENDIX = re.compile(r"(?i)^(?:appendix|annex|schedule|attachment)\b")
_PROSE_WORDS = 12  # a cell describing the work runs to a sentence or more
_NAME_WORDS = 10  # the project's name in the first cell


def _cells(line: Line) -> list[str]:
    return [cell.strip() for cell in line.raw.split("\t")]


def _runs(view: View, merged_rows: bool = False):
    """Each table's rows in document order, with the heading above the table: (heading, rows).
    With `merged_rows`, a short line between rows (a row merged across the table: 'Priority 1:
    Safer communities') does not end the table."""
    heading, run = "", []
    for line in [*view.lines, None]:
        if line is not None and line.is_table_row:
            run.append(line)
            continue
        if merged_rows and line is not None and run and not line.is_heading and len(line.plain.split()) <= _NAME_WORDS:
            continue
        if run:
            yield heading, run
        run = []
        if line is not None and line.is_heading:
            heading = line.plain


def _tables(view: View) -> list[tuple[str, list[Line]]]:
    """Tables under an appendix heading: (that heading, their project rows)."""
    found = []
    for heading, run in _runs(view):
        rows = [row for row in run if _is_project_row(row)]
        if _APPENDIX.match(heading) and len(rows) >= MIN_ROWS:
            found.append((heading, rows))
    return found


_HEADER_WORDS = 4  # a register's column names are short
_REGISTER_SHARE = 0.4  # ... and its rows hold this share of the document's text or more,
# or a column is named for the work itself ('Project', 'What we did', 'Action taken')
_WORK_COLUMN = re.compile(r"(?i)^(?:projects?|initiatives?|schemes?|programmes?|interventions?|activit(?:y|ies)|"
                          r"what (?:we|they) did|action(?:s)? taken|work(?: done)?)$")


# a column of what others asked ('Request and response', 'Question', 'Complaint'): a log of
# correspondence (an FOI disclosure log, written answers, a complaints log), not a register of work
_ASKED_COLUMN = re.compile(r"(?i)\b(?:requests?|questions?|enquir(?:y|ies)|quer(?:y|ies)|complaints?|"
                           r"exemptions?|petitions?)\b")


def _registers(view: View) -> list[tuple[str, list[Line]]]:
    """Tables that are the document's register: a header row of three or more short column names
    over rows of which two or more give a prose update; (the heading above, those rows). A log of
    what others asked and the answers is no register of work."""
    found = []
    for heading, run in _runs(view, merged_rows=True):
        header = _cells(run[0])
        if any(_ASKED_COLUMN.search(c) for c in header):
            continue
        if len(header) >= 3 and all(1 <= len(c.split()) <= _HEADER_WORDS for c in header):
            rows = [row for row in run[1:] if _named_row(row)]
            size = sum(row.end - row.start for row in rows)
            if len(rows) >= MIN_ROWS and (size >= _REGISTER_SHARE * len(view.doc.text.strip())
                                          or any(_WORK_COLUMN.match(c) for c in header)):
                found.append((heading, rows))
    return found


def _describes(cell: str) -> bool:
    """A cell describing the work: a sentence or more of prose."""
    return len(cell.split()) >= _PROSE_WORDS and "." in cell


def _named_row(row: Line) -> bool:
    """A row with a name (a cell of a few words that is not a number) and a prose cell."""
    cells = _cells(row)
    return bool(_name(cells)) and any(_describes(cell) for cell in cells)


def _name(cells: list[str]) -> str:
    return next((c for c in cells if 2 <= len(c.split()) <= _NAME_WORDS and not re.match(r"^[\d.\s]+$", c)), "")


def _row_name(cells: list[str], appendix: bool) -> str:
    """A row's name: an appendix table's first cell, a register's first cell of a few words."""
    return cells[0] if appendix else _name(cells)


def _is_project_row(row: Line) -> bool:
    cells = _cells(row)
    return len(cells) >= 2 and 1 <= len(cells[0].split()) <= _NAME_WORDS and any(_describes(cell) for cell in cells[1:])


def score(view: View) -> tuple[float, str]:
    tables = _tables(view)
    if tables:
        rows = sum(len(rows) for _, rows in tables)
        return 0.85, f"{rows} projects in the rows of an appendix table ({tables[0][0]})"
    registers = _registers(view)
    if registers:
        rows = sum(len(rows) for _, rows in registers)
        return 0.8, f"a register of {rows} rows with prose updates under column names"
    return 0.0, "no appendix table with a project a row, no register of rows with prose updates"


def sections(view: View) -> list[Section]:
    found = []
    tables = _tables(view)
    runs = tables or _registers(view)
    names = {_row_name(_cells(row), bool(tables)).lower() for _, rows in runs for row in rows}
    for heading, rows in runs:
        for row in rows:
            cells = _cells(row)
            if not tables and not describes_work(max(cells, key=len)):  # the update, not the commitment
                continue  # a register's status line: 'On track', 'Complete'
            name = _row_name(cells, bool(tables))
            section = Section(row.start, row.end, name, f"{heading}\n{name}", row.start, view.doc.title)
            section.points = True  # a row's cells, not sentences of prose
            found.append(section)
    return sorted(found + _other_forces_work(view, found, names - {""}), key=lambda section: section.start)


def _other_forces_work(view: View, rows: list[Section], names: set[str]) -> list[Section]:
    """Sections of the document's prose, outside its table, telling of the work of a force that
    neither the title nor any row or table heading names ('From our sister networks': a neighbouring force's
    scheme): that force's pieces; and headed stories after the table of work no row names
    (`_tells_other_work`). The rest of the prose is about the rows (`names`: the rows' names)."""
    from ingest.layouts import headings

    text = view.doc.text
    known = {m.name for m in find_forces(view.doc.title)} | {  # (a row's header holds its table's heading)
        m.name for row in rows for m in find_forces(f"{text[row.start:row.end]}\n{row.header}")}
    out = []
    for section in headings.sections(view):
        if section.framing or any(row.start < section.end and section.start < row.end for row in rows):
            continue
        body = text[section.start:section.end]
        others = [m for m in find_forces(body) if m.name not in known]
        if others and describes_work(body):
            section.header = body[others[0].start:others[0].end]  # whose work it is: that force's
            out.append(section)
        elif rows and section.start >= max(row.end for row in rows) and _tells_other_work(section, body, names):
            out.append(section)
    return out


def _tells_other_work(section: Section, body: str, names: set[str]) -> bool:
    """A headed story after the table, of work no row names ('Dorking Youth Café: a Thursday
    night drop-in' told below a table of this year's grants): a piece of its own. A section
    about the rows (the report's case for them, their implications) names one of them."""
    low = body.lower()
    return (bool(section.heading) and not is_not_work(section.heading) and describes_work(body)
            and not any(name in low for name in names))
