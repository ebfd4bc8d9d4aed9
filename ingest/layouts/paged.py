"""Paged compendium: one piece of work per page (a force's page in a national compendium), pages
from the reader's page boundaries, form feeds or runs of blank lines; a page's header (logo, force
name) says whose it is; themes from the contents list's 'Part: Section' entries and the body
headings naming them."""

from __future__ import annotations

from index.gazetteer import find_forces, find_organisations
from ingest.layouts.common import Section, View, is_not_work, is_sentence, merge_textless, section_of
from ingest.layouts.contents import contents_entries, match_section, part_sections
from ingest.lines import Line
from ingest.titles import is_force_name

NAME = "paged compendium"
PIECES_NAME_OWNERS = True  # each piece names whose it is; the document owner is only a fallback
MIN_PAGES = 8  # a short report's few pages hold sections that run across them


def score(view: View) -> tuple[float, str]:
    pages = _pages(view)
    if len(pages) < MIN_PAGES:
        return 0.0, f"{len(pages)} pages ({view.page_source}); a compendium has {MIN_PAGES}+"
    flowing = sum(_continues(before, page) for before, page in zip(pages, pages[1:])) / (len(pages) - 1)
    owned = sum(_names_who(page) for page in pages) / len(pages)
    value = 0.9 * (1 - flowing) * (0.6 + 0.4 * owned)
    return value, (f"{len(pages)} pages ({view.page_source}); {owned:.0%} open naming who, "
                   f"{flowing:.0%} continue the page before")


def sections(view: View) -> list[Section]:
    entries, after_contents = contents_entries(view)
    groups = part_sections(entries, _names_someone)
    if not any(match_section(line.plain, groups, "") for line in view.lines[after_contents:] if line.is_heading):
        groups = []  # the contents list names no heading of the body: no themes, and no pages skipped
    starts = set(view.page_starts)
    part, theme = "", ""
    pages: list[tuple[str, list[Line]]] = []
    current: list[Line] = []
    current_theme = ""
    before_work = bool(groups)  # with a contents list, pages count from its first section heading
    skipping = False
    for i, line in enumerate(view.lines):
        if i < after_contents:
            continue  # the contents list itself: its entries name sections and forces, not pages
        heading = line.plain if line.is_heading else ""
        if heading and is_not_work(heading):
            # apparatus is no page, to the next heading or page; the page's text before it ('Join
            # the Mini Police!' over a question put to the child) still is
            if any(is_sentence(l) for l in current):
                pages.append((current_theme, current))
            before_work = bool(groups)
            current, skipping = [], True
            continue
        if skipping and not heading and i not in starts:
            continue  # the apparatus's own text, to the next heading or page
        skipping = False
        matched = match_section(heading, groups, part) if heading else None
        if matched:
            before_work = False
            part, section = matched
            if section:
                theme = f"{part} > {section}"
            continue
        if before_work:
            continue
        if current and (i in starts or (bool(heading) and is_force_name(heading))):
            pages.append((current_theme, current))
            current = []
        if not any(is_sentence(l) for l in current):
            current_theme = theme  # a page belongs to the section its text starts in
        current.append(line)
    if current:
        pages.append((current_theme, current))
    # a logo-only page belongs to the page after it, and to that page's theme
    pages = merge_textless(pages, lambda carried, own, group: own)
    return [_page_section(view, page_theme, page) for page_theme, page in pages]


def _page_section(view: View, theme: str, page: list[Line]) -> Section:
    # (a page of figures alone, or of apparatus with no sentence, is all header: left out later)
    first_body = next((i for i, line in enumerate(page) if is_sentence(line)), 0)
    header_lines = page[:first_body]
    subheading = next((l.raw for l in header_lines if l.is_heading and not is_force_name(l.plain)), "")
    return section_of(view, page, subheading, "\n".join(l.raw for l in header_lines), theme, page[first_body].start)


def _pages(view: View) -> list[list[Line]]:
    bounds = [*view.page_starts, len(view.lines)]
    return [view.lines[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _continues(before: list[Line], page: list[Line]) -> bool:
    """The page goes on with a sentence the page before left unfinished."""
    return page[0].plain[:1].islower() and not before[-1].plain.rstrip().endswith((".", "!", "?", ":"))


def _names_who(page: list[Line]) -> bool:
    """The page's lines before its first sentence (logo, heading, organisation line) name a force
    or organisation."""
    header = []
    for line in page:
        if is_sentence(line):
            break
        header.append(line)
    return _names_someone(" ".join(l.plain for l in header))


def _names_someone(text: str) -> bool:
    return bool(find_forces(text) or find_organisations(text))
