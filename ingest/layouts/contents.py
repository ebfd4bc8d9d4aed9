"""A document's contents list, in any markup (tabs, dot leaders, bold, bullets, links), and the
themes it gives: a contents entry that is not one of the document's pieces of work names the
group (part, section, topic) the entries after it belong to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.layouts.common import View, is_sentence, words

_CONTENTS = re.compile(r"(?i)^(?:table of )?contents\b")
_PAGE_NUMBER = re.compile(r"(?:\t+|\s*\.{3,}\s*|\s{2,}|\s)(\d{1,4})\s*$")
_MATCH = 0.3  # word overlap (Jaccard) for a contents entry to name a piece of work


@dataclass(frozen=True)
class Entry:
    """One contents entry: its text without markup or page number."""

    text: str
    page: str = ""


def contents_entries(view: View, limit: int | None = None) -> tuple[list[Entry], int]:
    """The entries of the first contents list, and the index of the line after it (0 if none).
    The list runs from a 'Contents' line to a page break, a sentence or line `limit` (where the
    layout found the first piece of work)."""
    lines = view.lines[:limit]
    first = next((i for i, line in enumerate(lines) if _CONTENTS.match(line.plain)), None)
    if first is None:
        return [], 0
    entries: list[Entry] = []
    end = first + 1
    for i in range(first + 1, len(lines)):
        line = lines[i]
        text = line.plain.replace("\t", " ")
        page = _PAGE_NUMBER.search(text)
        # a contents list may run over a page break, as long as its entries go on
        if (i in view.page_starts and not page) or is_sentence(line):
            break
        name = (text[:page.start()] if page else text).strip(" .")
        if line.is_heading and _unnumbered(name) in {_unnumbered(e.text) for e in entries}:
            break  # the body's first section, headed as its entry is ('1. Background' after '- Background')
        numbered = sum(1 for e in entries if e.page) >= max(2, len(entries) // 2)
        # an entry wrapped onto a second line: the first line has no page number yet, or (in a list
        # whose entries end in page numbers) this line has none ('Evolving our Organisation: Data
        # and  5' / 'Information')
        continues = entries and not line.blanks_before and not line.is_bullet and (
            not entries[-1].page or (numbered and not page))
        if continues:
            entries[-1] = Entry(f"{entries[-1].text} {name}", entries[-1].page or (page.group(1) if page else ""))
        elif name:
            entries.append(Entry(name, page.group(1) if page else ""))
        end = i + 1
    return entries, end


def _unnumbered(name: str) -> str:
    return re.sub(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+", "", name).casefold()


def part_sections(entries: list[Entry], names_someone) -> list[tuple[str, str]]:
    """(part, section) pairs from entries like 'Part: Section' (or a bare part); entries naming
    who did a piece of work (a force's page) are not groups."""
    found = []
    for entry in entries:
        if names_someone(entry.text):
            continue
        part, _, section = entry.text.partition(":")
        if section.strip():
            found.append((part.strip(), section.strip()))
    return found


def match_section(heading: str, sections: list[tuple[str, str]], part: str) -> tuple[str, str] | None:
    """A body heading naming a contents section ('Part Section'), a part, or a section of the
    current part."""
    said = words(heading)
    for known_part, section in sections:
        if said == words(f"{known_part} {section}"):
            return known_part, section
    for known_part, _ in sections:
        if said == words(known_part):
            return known_part, ""
    for known_part, section in sections:
        if known_part == part and said == words(section):
            return known_part, section
    return None


def _overlap(a: str, b: str) -> float:
    x, y = set(words(a).split()), set(words(b).split())
    return len(x & y) / max(1, len(x | y))


def rejoin_wrapped(entries: list[Entry], titles: list[str]) -> list[Entry]:
    """Entries set over two lines, each line a paragraph or list item of its own ('CATCH: A
    Collaborative Approach to Youth' / 'Crime Prevention and Community Cohesion'): an entry joins
    the one before it when the two read, in order, as the start of a piece's title that the first
    alone does not complete."""
    said = [f" {words(t)} " for t in titles]
    joined: list[Entry] = []
    for entry in entries:
        if joined:
            before = joined[-1]
            first, both = f" {words(before.text)} ", f" {words(before.text)} {words(entry.text)} "
            if first.strip() and all(t != first for t in said) and any(t.startswith(both) for t in said):
                joined[-1] = Entry(f"{before.text} {entry.text}", before.page or entry.page)
                continue
        joined.append(entry)
    return joined


def topics(titles: list[str], entries: list[Entry]) -> list[str]:
    """Each title's topic: the nearest entry before the title's own entry that is not itself
    one of the titles ('Contents by topic: Young people / - Pol-Ed / - CATCH ...')."""
    overlap = _overlap
    entries = rejoin_wrapped(entries, titles)
    best: list[int | None] = []
    for title in titles:
        scores = [overlap(e.text, title) for e in entries]
        k = max(range(len(entries)), key=scores.__getitem__, default=None)
        best.append(k if k is not None and scores[k] >= _MATCH else None)
    items = {k for k in best if k is not None}
    return [next((entries[j].text for j in range(k - 1, -1, -1) if j not in items), "") if k is not None else ""
            for k in best]
