"""Projects tabled in an appendix: a report (to a committee, a board, a funder) whose pieces of
work are the rows of a table set out in its appendix or annex, one project a row, a short name in
its first cell and a description in prose in another. Each row is one piece; the report's own
sections (purpose, recommendation, background, implications) are about the projects, not
pieces themselves. The appendix heading says whose projects they are when the rows do not."""

from __future__ import annotations

import re

from ingest.layouts.common import Section, View
from ingest.lines import Line

NAME = "appendix table"
PIECES_NAME_OWNERS = False
MIN_ROWS = 2
_APPENDIX = re.compile(r"(?i)^(?:appendix|annex|schedule|attachment)\b")
_PROSE_WORDS = 12  # a cell describing the work runs to a sentence or more
_NAME_WORDS = 10  # the project's name in the first cell


def _cells(line: Line) -> list[str]:
    return [cell.strip() for cell in line.raw.split("\t")]


def _tables(view: View) -> list[tuple[str, list[Line]]]:
    """Tables under an appendix heading: (that heading, their project rows)."""
    found, heading, run = [], "", []
    for line in [*view.lines, None]:
        if line is not None and line.is_table_row:
            run.append(line)
            continue
        if run and _APPENDIX.match(heading):
            rows = [row for row in run if _is_project_row(row)]
            if len(rows) >= MIN_ROWS:
                found.append((heading, rows))
        run = []
        if line is not None and line.is_heading:
            heading = line.plain
    return found


def _is_project_row(row: Line) -> bool:
    cells = _cells(row)
    return len(cells) >= 2 and 1 <= len(cells[0].split()) <= _NAME_WORDS and \
        any(len(cell.split()) >= _PROSE_WORDS and "." in cell for cell in cells[1:])


def score(view: View) -> tuple[float, str]:
    tables = _tables(view)
    rows = sum(len(rows) for _, rows in tables)
    if not tables:
        return 0.0, "no appendix table with a project a row"
    return 0.85, f"{rows} projects in the rows of an appendix table ({tables[0][0]})"


def sections(view: View) -> list[Section]:
    found = []
    for heading, rows in _tables(view):
        for row in rows:
            name = _cells(row)[0]
            section = Section(row.start, row.end, name, f"{heading}\n{name}", row.start, view.doc.title)
            section.points = True  # a row's cells, not sentences of prose
            found.append(section)
    return found
