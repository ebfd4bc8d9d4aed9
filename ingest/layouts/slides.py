"""Slide deck: a presentation exported page by page (one slide a page, a big title over a few
short points, no paragraphs). Each slide is one section under its title; slides that frame the
deck (the title slide, agenda, questions, next steps, a slide of figures) are not pieces. When
several slide titles say whose or where the piece is ('Kent Police: ...', 'Regional: ...') those
slides are the pieces and the others (background, spend) frame them."""

from __future__ import annotations

import re

from index.gazetteer import find_forces
from ingest.layouts.common import Section, View, is_not_work, is_sentence, section_of
from ingest.lines import Line

NAME = "slide deck"
PIECES_NAME_OWNERS = True  # each piece's slide title says whose it is
MIN_SLIDES = 5
_MAX_SLIDE_CHARS = 700  # a slide holds a title and a few points, not a page of prose
_MAX_PROSE_SHARE = 0.25  # share of a deck's lines that are sentences of prose
# a slide title saying whose or where the piece is: 'Durham Constabulary: safer routes home'
_LABELLED_TITLE = re.compile(r"^[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}:\s+\S")


def _slides(view: View) -> list[list[Line]]:
    bounds = [*view.page_starts, len(view.lines)]
    return [view.lines[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def score(view: View) -> tuple[float, str]:
    if view.page_source != "reader":
        return 0.0, "no pages from the reader"
    slides = _slides(view)
    if len(slides) < MIN_SLIDES:
        return 0.0, f"{len(slides)} pages; a deck has {MIN_SLIDES}+"
    titled = sum(s[0].is_heading for s in slides) / len(slides)
    short = sum((s[-1].end - s[0].start) <= _MAX_SLIDE_CHARS for s in slides) / len(slides)
    lines = [line for s in slides for line in s]
    prose = sum(is_sentence(line) and line.plain.rstrip().endswith((".", "!", "?")) for line in lines) / len(lines)
    if titled < 0.8 or short < 0.9 or prose > _MAX_PROSE_SHARE:
        return 0.0, (f"{len(slides)} pages: {titled:.0%} open with a title, {short:.0%} short, "
                     f"{prose:.0%} prose lines; not a deck")
    return 0.9, f"{len(slides)} pages each a title over a few points ({prose:.0%} prose lines): a slide deck"


def _is_piece_slide(slide: list[Line]) -> bool:
    title = slide[0].plain
    body = slide[1:]
    return bool(body) and not is_not_work(title) and not any(line.is_table_row for line in body) \
        and sum(not line.is_heading for line in body) >= 2


def sections(view: View) -> list[Section]:
    slides = _slides(view)[1:]  # the first page is the deck's title slide
    content = [s for s in slides if _is_piece_slide(s)]
    labelled = [s for s in content if _LABELLED_TITLE.match(s[0].plain) or find_forces(s[0].plain)]
    pieces = labelled if len(labelled) >= 2 else content
    found = []
    for slide in slides:
        section = section_of(view, slide, slide[0].plain, slide[0].raw, view.doc.title,
                             slide[1].start if len(slide) > 1 else slide[0].end)
        section.points = True
        section.framing = not any(slide is p for p in pieces)
        found.append(section)
    return found
