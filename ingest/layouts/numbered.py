"""Numbered sections: a review or report whose sections or paragraphs are numbered ('3. HIGHLAND AND
ISLANDS DIVISION', '3.1 Approach', 'Section 4', '3.1 Officers in Aberdeen worked with ...'). Work is described at the shallowest numbered level, or one
level down where a section is only a container of numbered sub-sections."""

from __future__ import annotations

from index.records import OutlineItem
from ingest.layouts.common import Section, View, is_not_work, is_sentence, section_of
from ingest.lines import clean

NAME = "numbered sections"
PIECES_NAME_OWNERS = False
MIN_SECTIONS = 3
_HEADING_WORDS = 8
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
        elif item.level == top + 1 and _container_of(splits, numbered, item, text):
            splits.append(item)
    splits = sorted(set(splits), key=lambda i: i.start) or numbered[:1]
    found = []
    first = view.lines[0].start
    if splits[0].start > first:
        found.append(Section(first, splits[0].start, "", "", -1, view.doc.title))
    numbered_starts = {i.start for i in numbered}
    headings = [line for line in view.lines if line.start not in numbered_starts and _heads(line)]
    for n, item in enumerate(splits):
        end = splits[n + 1].start if n + 1 < len(splits) else len(text)
        # a marked heading after a numbered paragraph ends it ('HIGHLAND DIVISION' heads the next ones)
        end = min([end, *(h.start for h in headings if item.end <= h.start < end)]) if item.kind == "numbered" else end
        group = [line for line in view.lines if item.start <= line.start < end]
        if not group:
            continue
        if item.kind == "numbered":
            # a numbered paragraph has no heading of its own: it is titled from its text, and it is
            # no piece of work under an 'Introduction' or 'Methodology' heading
            above = next((h.plain for h in reversed(headings) if h.start < item.start), "")
            heading = above if is_not_work(above) else ""
            found.append(section_of(view, group, heading, above, view.doc.title, item.start))
        else:
            heading = _plain(text, item)
            found.append(section_of(view, group, heading, heading, view.doc.title, item.end))
    return found


def _heads(line) -> bool:
    """A heading line, marked or not ('NORTH DIVISION', 'INTRODUCTION')."""
    return line.is_heading or (len(line.plain.split()) <= _HEADING_WORDS and not is_sentence(line)
                               and not line.is_bullet and not line.is_table_row)


def _numbered(view: View) -> list[OutlineItem]:
    starts = {line.start for line in view.lines}
    return [i for i in view.doc.outline
            if (i.kind == "heading" and i.label or i.kind == "numbered") and i.start in starts]


def _plain(text: str, item: OutlineItem) -> str:
    return clean(text[item.start:item.end])


def _has_text(view: View, start: int, end: int) -> bool:
    return any(is_sentence(line) for line in view.lines if start <= line.start < end)


def _container_of(splits: list[OutlineItem], numbered: list[OutlineItem], child: OutlineItem, text: str) -> bool:
    """The child's parent was skipped as a container, or is no piece of work itself ('1.
    Introduction' over '1.1 ...'), so the child stands on its own."""
    parent = next((i for i in reversed(numbered) if i.start < child.start and i.level < child.level), None)
    return parent is not None and (parent not in splits or is_not_work(_plain(text, parent)))
