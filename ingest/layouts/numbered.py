"""Numbered sections: a review or report whose sections or paragraphs are numbered ('3. HIGHLAND AND
ISLANDS DIVISION', '3.1 Approach', 'Section 4', '3.1 Officers in Aberdeen worked with ...'). Work is described at the shallowest numbered level, or one
level down where a section is only a container of numbered sub-sections."""

from __future__ import annotations

import re

from index.records import OutlineItem
from index.terms import tokens
from ingest.layouts.common import Section, View, is_aspect, is_not_work, is_sentence, section_of
from ingest.layouts.contents import contents_entries
from ingest.lines import Line, clean

NAME = "numbered sections"
PIECES_NAME_OWNERS = False
MIN_SECTIONS = 3
_HEADING_WORDS = 8
MAX_LEAD = 0.25  # numbering starts within this share of the document (else it numbers one part's points)


def score(view: View) -> tuple[float, str]:
    numbered = _numbered(view)
    if len(numbered) < MIN_SECTIONS:
        return 0.0, f"{len(numbered)} numbered headings; needs {MIN_SECTIONS}+"
    _, after_contents = contents_entries(view)  # numbering starts near the top of the body
    first = view.lines[after_contents].start if after_contents < len(view.lines) else view.lines[0].start
    lead = (numbered[0].start - first) / max(1, view.lines[-1].end - first)
    if lead > MAX_LEAD:
        return 0.0, f"{len(numbered)} numbered headings, but only from {lead:.0%} into the document"
    levels = sorted({_depth(i) for i in numbered})
    part = _one_parts_list(view, numbered)
    if part:
        return 0.0, f"{len(numbered)} numbered headings, all inside one part ('{part}') among unnumbered parts"
    if _nested_headings(numbered):
        # '2 Safer streets' over '2.1 ...', '2.2 ...': the numbering is the document's structure,
        # whatever its pages hold
        return _NESTED, f"{len(numbered)} numbered headings, sections with numbered sub-sections (levels {levels})"
    return 0.6, f"{len(numbered)} numbered headings (levels {levels})"


_NESTED = 0.8


def _one_parts_list(view: View, numbered: list[OutlineItem]) -> str:
    """The heading of the one part the numbered headings all sit inside, when the document's other
    parts are set as it is and numbered not at all ('## What we found' over '### 1. People don't
    know who to tell', '### 2. ...', beside '## Summary', '## How other places do it'): the
    numbers count one part's points, not the document's sections. '' otherwise."""
    if any(i.kind != "heading" or not i.level for i in numbered):
        return ""
    numbered_starts = {i.start for i in numbered}
    marked = [line for line in view.lines if line.is_heading and line.level and line.start not in numbered_starts]
    parent = next((line for line in reversed(marked) if line.start < numbered[0].start
                   and line.level < min(i.level for i in numbered)), None)
    if parent is None:
        return ""
    after = next((line.start for line in marked if line.start > parent.start and line.level <= parent.level), None)
    if after is not None and numbered[-1].start > after:
        return ""
    others = [line for line in marked if line.level == parent.level and line is not parent]
    return parent.plain if len(others) >= _OTHER_PARTS else ""


_OTHER_PARTS = 2


def _parts_of_one(text: str, subs: list[OutlineItem]) -> bool:
    """Two or more sub-sections, each an aspect of one piece of work (background, what was done,
    results) rather than a piece of its own."""
    return len(subs) >= 2 and all(is_aspect(_plain(text, c)) for c in subs)


def _nested_headings(numbered: list[OutlineItem]) -> bool:
    """Two or more headings (not paragraphs) numbered as sub-sections of a numbered heading."""
    heads = {i.label for i in numbered if i.kind == "heading" and "." not in i.label}
    subs = [i for i in numbered if i.kind == "heading" and "." in i.label and i.label.split(".")[0] in heads]
    return len(subs) >= 2


def sections(view: View) -> list[Section]:
    text = view.doc.text
    numbered = _numbered(view)
    top = min(_depth(i) for i in numbered)
    minutes = is_minutes(view)
    splits = []
    intros: list[tuple[OutlineItem, int]] = []  # containers with an introduction, and where it ends
    for n, item in enumerate(numbered):
        if _depth(item) == top:
            children = [c for c in numbered[n + 1:] if _depth(c) > top]
            nxt = next((c for c in numbered[n + 1:] if _depth(c) == top), None)
            inside = [c for c in children if nxt is None or c.start < nxt.start]
            subs = [c for c in inside if _depth(c) == top + 1]
            # numbered sub-headings each head a piece ('2.1 Safer Streets in Crewe'), even one alone;
            # numbered paragraphs are pieces when there are two or more, except in minutes, where
            # they record the discussion of the agenda item they are numbered under
            # (not when they are the parts of one piece: '4.1 What happened', '4.2 What we did
            # with the police', '4.3 Results')
            if ((len(subs) >= 2 and not minutes) or any(c.kind == "heading" for c in subs)) \
                    and not is_not_work(_plain(text, item)) and not _parts_of_one(text, subs):
                # a container: its sub-sections are the pieces of work, and its heading with any
                # prose of its own before them introduces the part ('2 Safer streets' over '2.1', '2.2')
                intros.append((item, inside[0].start))
                continue
            splits.append(item)
        elif _depth(item) == top + 1 and _container_of(splits, numbered, item, text):
            splits.append(item)
    splits = sorted(set(splits) | {item for item, _ in intros}, key=lambda i: i.start) or numbered[:1]
    found = []
    first = view.lines[0].start
    if splits[0].start > first:
        # before the first numbered section: the title page, contents and preamble
        found.append(Section(first, splits[0].start, "", "", -1, view.doc.title,
                             framing=_nested_headings(numbered) or minutes  # (minutes: who attended)
                             or _front_matter(view, first, splits[0].start)))
    numbered_starts = {i.start for i in numbered}
    headings = [line for line in view.lines if line.start not in numbered_starts and _heads(line)]
    subheads = _subheads(view, numbered, splits, numbered_starts)
    # a part's introduction ends where its first sub-section, or a sub-heading over it, starts
    intro_ends = {item.start: min([end, *(h.start for h in subheads.values() if item.end <= h.start < end)])
                  for item, end in intros}
    # numbered paragraphs under one unnumbered sub-heading of their numbered section are its
    # paragraphs, not pieces each ('4 Safety' > 'Drones and the perimeter' > '4.3', '4.4'): one
    # piece, from the sub-heading
    splits = [item for n, item in enumerate(splits)
              if item.start not in subheads or n == 0 or subheads.get(splits[n - 1].start) is not subheads[item.start]]
    # the heading a numbered paragraph sits under, numbered or not ('1. INTRODUCTION' over '1.1 ...')
    above_all = [line for line in view.lines if _heads(line)]
    for n, item in enumerate(splits):
        end = splits[n + 1].start if n + 1 < len(splits) else len(text)
        end = intro_ends.get(item.start, end)
        sub = subheads.get(item.start)
        if sub is not None:
            # to the next heading after the sub-heading's last numbered paragraph (a heading-like
            # line among them, such as a footer read mid-column, does not end the first)
            last = max((i for i in numbered if i.kind == "numbered" and subheads.get(i.start) is sub
                        and i.start < end), key=lambda i: i.start)
            end = min([end, *(h.start for h in headings if last.end <= h.start < end)])
            group = [line for line in view.lines if sub.start <= line.start < end]
            found.append(section_of(view, group, sub.plain, sub.plain, view.doc.title, sub.end))
            continue
        # a marked heading after a numbered paragraph ends it ('HIGHLAND DIVISION' heads the next ones)
        end = min([end, *(h.start for h in headings if item.end <= h.start < end)]) if item.kind == "numbered" else end
        group = [line for line in view.lines if item.start <= line.start < end]
        if not group:
            continue
        if item.kind == "numbered":
            # a numbered paragraph has no heading of its own: it is titled from its text, and it is
            # no piece of work under an 'Introduction' or 'Methodology' heading
            above = next((h.plain for h in reversed(above_all) if h.start < item.start), "")
            heading = above if is_not_work(above) else ""
            found.append(section_of(view, group, heading, above, view.doc.title, item.start))
        else:
            # an unnumbered heading set as this one is ends it ('03 Recovery Champions' then
            # 'Families and carers', 'Thank you'): its own section, read as any other
            siblings = _siblings(view, item, end, numbered, numbered_starts)
            bounds = [line.start for line in siblings] + [end]
            group = [line for line in group if line.start < bounds[0]]
            heading = _plain(text, item)
            section = section_of(view, group, heading, heading, view.doc.title, item.end)
            section.framing = item.start in intro_ends  # a part's introduction, not a piece
            found.append(section)
            for line, stop in zip(siblings, bounds[1:]):
                part = [other for other in view.lines if line.start <= other.start < stop]
                found.append(section_of(view, part, line.plain, line.plain, view.doc.title, line.end))
    return found


def _siblings(view: View, item: OutlineItem, end: int, numbered: list[OutlineItem],
              numbered_starts: set[int]) -> list[Line]:
    """The unnumbered marked headings between a numbered heading and `end` at its level or above,
    after its own numbered paragraphs (a key figure set as a heading between '4.1.2' and '4.1.3'
    is inside 4.1)."""
    if item.kind != "heading" or not item.level:
        return []
    after = max([item.end, *(n.end for n in numbered if item.start < n.start < end)])
    return [line for line in view.lines if after <= line.start < end and line.is_heading
            and line.start not in numbered_starts and line.level and line.level <= item.level]


def _subheads(view: View, numbered: list[OutlineItem], splits: list[OutlineItem], numbered_starts: set[int]) -> dict:
    """The unnumbered marked sub-heading each numbered paragraph split sits under, where it sits
    inside the paragraph's numbered section (after its numbered heading): start -> heading line.
    A paragraph after the first under a sub-heading belongs to it while it goes on with the same
    subject (shares a word with what the sub-heading holds so far): a section's closing paragraph
    on something else ('6.5 We continue to share our headquarters ...' after a falls pilot) stands
    on its own, as does every paragraph after it."""
    text = view.doc.text
    paragraphs = [_words(view, i.start, j.start) for i, j in zip(numbered, numbered[1:])]
    # words most of the document's paragraphs use ('prison' in a prison's report) tie nothing together
    common = {w for w in set().union(*paragraphs) if sum(w in p for p in paragraphs) > max(_FEW - 1, _COMMON * len(paragraphs))} \
        if len(paragraphs) >= _FEW else set()
    found: dict[int, Line] = {}
    so_far: dict[int, set[str]] = {}  # a sub-heading's words so far; gone once a paragraph broke away
    closed: set[int] = set()
    for n, item in enumerate(splits):
        if item.kind != "numbered":
            continue
        parent = next((i for i in reversed(numbered) if i.start < item.start and i.kind == "heading"), None)
        if parent is None:
            continue
        sub = next((line for line in reversed(view.lines) if parent.end <= line.start < item.start
                    and line.is_heading and line.start not in numbered_starts), None)
        if sub is None or sub.start in closed or is_not_work(sub.plain):
            continue
        words = _words(view, item.start, splits[n + 1].start if n + 1 < len(splits) else len(text)) - common
        if sub.start in so_far and not words & so_far[sub.start]:
            closed.add(sub.start)
            continue
        so_far[sub.start] = so_far.get(sub.start, _stems(sub.plain)) | words
        found[item.start] = sub
    return found


_COMMON = 0.25
_FEW = 3  # a word in fewer paragraphs than this is never common


def _words(view: View, start: int, end: int) -> set[str]:
    """The stems of the words of the text lines (headings aside) from `start` to `end`."""
    return _stems(" ".join(line.plain for line in view.lines if start <= line.start < end and not line.is_heading))


def _stems(text: str) -> set[str]:
    """The stems of a passage's words of three letters or more, numbers aside."""
    return {word for word in tokens(text) if len(word) >= 3 and not word.isdigit()}


# minutes of a meeting: their title says so, or their opening lists who was present
_MINUTES = re.compile(r"(?i)\bminutes\b|\bmeeting notes\b|\bnote of (?:the )?meeting\b")
_ATTENDANCE = frozenset({"present", "apologies", "in attendance", "attendees", "apologies for absence"})


def is_minutes(view: View) -> bool:
    return bool(_MINUTES.search(view.doc.title)) or len(_ATTENDANCE & {label.lower() for label in view.fields.values()}) >= 1


def _heads(line) -> bool:
    """A heading line, marked or not ('NORTH DIVISION', 'INTRODUCTION'); not a line opening in
    small letters, which carries on the line before ('- Cordons on the A614 at Thorne Road' /
    'and on Fishlake Nab Lane unchanged.', a wrapped bullet)."""
    return line.is_heading or (len(line.plain.split()) <= _HEADING_WORDS and not is_sentence(line)
                               and not line.is_bullet and not line.is_table_row
                               and not line.plain.lstrip()[:1].islower())


def _numbered(view: View) -> list[OutlineItem]:
    """Numbered headings and paragraphs of the body (a contents list's numbered entries aside)."""
    starts = {line.start for line in view.lines}
    _, after_contents = contents_entries(view)
    body_start = view.lines[after_contents].start if 0 < after_contents < len(view.lines) else 0
    return [i for i in view.doc.outline
            if (i.kind == "heading" and i.label or i.kind == "numbered") and i.start in starts
            and i.start >= body_start]


def _depth(item: OutlineItem) -> int:
    """How deep the numbering goes: '3' is 1, '3.1' is 2 (whatever font or style the heading has)."""
    return item.label.count(".") + 1 if item.label else item.level


def _plain(text: str, item: OutlineItem) -> str:
    return clean(text[item.start:item.end])


_FRONT_MATTER_CHARS = 600
_SUMMARY = re.compile(r"(?i)^\W*(?:abstract|(?:executive |plain[- ]language |lay )?summary|key (?:points|findings))\W*$")


def _front_matter(view: View, start: int, end: int) -> bool:
    """Title lines and a line or two of what the document is, when it was written and by whom,
    before the numbering starts: the document's front matter, not a piece. A summary of the whole
    document there ('Abstract', 'Summary'), which its numbered sections go on to tell in full, is
    front matter too: its prose is not counted."""
    prose, summary = 0, False
    for line in view.lines:
        if start <= line.start < end:
            heads = bool(_SUMMARY.match(line.plain))  # (a line 'Abstract' alone heads it, styled or not)
            if heads or line.is_heading:
                summary = heads
            elif not summary and is_sentence(line):
                prose += len(line.plain)
    return prose <= _FRONT_MATTER_CHARS


def _has_text(view: View, start: int, end: int) -> bool:
    return any(is_sentence(line) for line in view.lines if start <= line.start < end)


def _container_of(splits: list[OutlineItem], numbered: list[OutlineItem], child: OutlineItem, text: str) -> bool:
    """The child's parent was skipped as a container, or is no piece of work itself ('1.
    Introduction' over '1.1 ...'), so the child stands on its own."""
    parent = next((i for i in reversed(numbered) if i.start < child.start and _depth(i) < _depth(child)), None)
    return parent is not None and (parent not in splits or is_not_work(_plain(text, parent)))
