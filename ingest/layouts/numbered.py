"""Numbered sections: a review or report whose sections are numbered ('3. HIGHLAND AND ISLANDS
DIVISION', '3.1 Approach', 'Section 4'). Work is described at the shallowest numbered level, or one
level down where a section is only a container of numbered sub-sections."""

from __future__ import annotations

from index.records import OutlineItem
from ingest.layouts.common import Section, View, is_not_work, is_sentence, section_of
from ingest.lines import clean

NAME = "numbered sections"
PIECES_NAME_OWNERS = False
MIN_SECTIONS = 3
MAX_LEAD = 0.25  # numbering starts within this share of the document (else it numbers one part's points)


def score(view: View) -> tuple[float, str]:
    numbered = _numbered(view)
    if len(numbered) < MIN_SECTIONS:
        return 0.0, f"{len(numbered)} numbered headings; needs {MIN_SECTIONS}+"
    lead = (numbered[0].start - view.lines[0].start) / max(1, view.lines[-1].end - view.lines[0].start)
    if lead > MAX_LEAD:
        return 0.0, f"{len(numbered)} numbered headings, but only from {lead:.0%} into the document"
    return 0.6, f"{len(numbered)} numbered headings (levels {sorted({i.level for i in numbered})})"


def sections(view: View) -> list[Section]:
    text = view.doc.text
    numbered = _numbered(view)
    top = min(i.level for i in numbered)
    splits = []
    for n, item in enumerate(numbered):
        if item.level == top:
            children = [c for c in numbered[n + 1:] if c.level > top]
            nxt = next((c for c in numbered[n + 1:] if c.level == top), None)
            inside = [c for c in children if nxt is None or c.start < nxt.start]
            own_text = _has_text(view, item.end, inside[0].start if inside else (nxt.start if nxt else len(text)))
            if len([c for c in inside if c.level == top + 1]) >= 2 and not own_text and not is_not_work(_plain(text, item)):
                continue  # a container: its sub-sections are the pieces of work
            splits.append(item)
        elif item.level == top + 1 and splits and _container_of(splits, numbered, item):
            splits.append(item)
    splits = sorted(set(splits), key=lambda i: i.start) or numbered[:1]
    found = []
    first = view.lines[0].start
    if splits[0].start > first:
        found.append(Section(first, splits[0].start, "", "", -1, view.doc.title))
    for n, item in enumerate(splits):
        end = splits[n + 1].start if n + 1 < len(splits) else len(text)
        group = [line for line in view.lines if item.start <= line.start < end]
        if group:
            heading = _plain(text, item)
            found.append(section_of(view, group, heading, heading, view.doc.title, item.end))
    return found


def _numbered(view: View) -> list[OutlineItem]:
    starts = {line.start for line in view.lines}
    return [i for i in view.doc.outline if i.kind == "heading" and i.label and i.start in starts]


def _plain(text: str, item: OutlineItem) -> str:
    return clean(text[item.start:item.end])


def _has_text(view: View, start: int, end: int) -> bool:
    return any(is_sentence(line) for line in view.lines if start <= line.start < end)


def _container_of(splits: list[OutlineItem], numbered: list[OutlineItem], child: OutlineItem) -> bool:
    """The child's parent was skipped as a container (so the child is a piece of work)."""
    parent = next((i for i in reversed(numbered) if i.start < child.start and i.level < child.level), None)
    return parent is not None and parent not in splits
