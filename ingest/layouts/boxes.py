"""Practice boxes: a report (an inspection, a thematic review) whose pieces of work are boxes set
in its prose, each headed by the same lead words ('Innovative practice: ...', 'Case study - ...',
'Promising practice'). The boxes are the initiatives; the report's own prose (findings, areas for
improvement, method) is not."""

from __future__ import annotations

import re
from collections import defaultdict

from index.gazetteer import find_forces
from ingest.layouts.common import Section, View, drawn_boxes, is_not_work, is_sentence, section_of
from ingest.lines import Line, clean
from ingest.titles import is_force_name
from ingest.work import describes_work

NAME = "practice boxes"
PIECES_NAME_OWNERS = False  # a box in a one-force inspection is the inspected force's
MIN_BOXES = 2
_LEAD_WORDS = (1, 2, 3)
_MAX_SHARE = 0.6  # boxes are set in other prose: at most this share of the headings


def score(view: View) -> tuple[float, str]:
    lead, boxes = _boxes(view)
    if not lead:
        return 0.0, "no heading lead words shared by two or more boxes of prose"
    return 0.78, f"{len(boxes)} boxes headed '{lead}…' among other headings"


def sections(view: View) -> list[Section]:
    lead, boxes = _boxes(view)
    found = []
    for start, end in boxes:
        group = view.lines[start:end]
        title = _box_title(view, start, lead) if len(group) > 1 else _title(group[0].plain)
        found.append(section_of(view, group, title, "\n".join(l.raw for l in group[:2]), view.doc.title,
                                group[1].start if len(group) > 1 else group[0].end))
    return found


def _headed(view: View) -> list[int]:
    """Indexes of heading lines: marked headings, and bold label paragraphs standing alone."""
    return [i for i, line in enumerate(view.lines)
            if line.is_heading or (line.start in view.fields and ":" not in line.raw)]


def _boxes(view: View) -> tuple[str, list[tuple[int, int]]]:
    """The shared lead words and each box's line range (heading to the next heading), for the
    longest lead shared by MIN_BOXES+ headings whose boxes hold a sentence."""
    headed = _headed(view)
    if len(headed) < MIN_BOXES + 1:
        return "", []
    ends = {i: (headed[n + 1] if n + 1 < len(headed) else len(view.lines)) for n, i in enumerate(headed)}
    best: tuple[str, list[tuple[int, int]]] = ("", [])
    for size in _LEAD_WORDS:
        groups: dict[str, list[int]] = defaultdict(list)
        for i in headed:
            if _opens_with_a_force(view.lines[i]):
                continue  # 'North Wales Police', 'North Yorkshire ...': a force's own section
            if i == 0 and view.lines[0].is_heading:
                continue  # the document's title ('Knock, Knock: police and people ...') heads no box
            lead = _lead(view.lines[i], size)
            if lead:
                groups[lead].append(i)
        for lead, members in groups.items():
            boxes = [(i, _box_end(view, i, ends[i])) for i in members]
            boxes = [(a, b) for a, b in boxes if any(is_sentence(l) for l in view.lines[a + 1:b])]
            if len(boxes) < MIN_BOXES or len(members) > _MAX_SHARE * len(headed) or _brief(view, boxes) \
                    or is_not_work(lead) or is_force_name(lead) \
                    or len({_title_key(view, a, lead) for a, _ in boxes}) < MIN_BOXES:
                continue
            if len(boxes) >= len(best[1]):
                best = (lead, boxes)
    return best


def _brief(view: View, boxes: list[tuple[int, int]]) -> bool:
    """Boxes most of which tell of no work done ('Film: Riverside (2019)' over a listing's blurb,
    'Gentle drama about a widowed lock-keeper.'): entries of a listing, not accounts of practice."""
    told = sum(describes_work(" ".join(line.raw for line in view.lines[a:b])) for a, b in boxes)
    return 2 * told < len(boxes)


def _box_title(view: View, i: int, lead: str) -> str:
    """A box's title: after its lead ('Innovative practice: Operation Fortify'), or the line
    under a heading that is only the lead ('Innovative practice' / 'Operation Fortify')."""
    title = _title(view.lines[i].plain)
    if title.lower().rstrip(":") == lead and i + 1 < len(view.lines) and not is_sentence(view.lines[i + 1]):
        return view.lines[i + 1].plain
    return title


def _title_key(view: View, i: int, lead: str) -> str:
    """What tells boxes apart: their titles' first words. One heading set twice ('Hotwell Reach –
    service charge budget for the year ...' over a letter, 'Hotwell Reach – Service charge budget
    2026/27' over its enclosure) is one title, not two boxes."""
    return " ".join(_box_title(view, i, lead).casefold().split()[:_TITLE_WORDS])


_TITLE_WORDS = 2


def _box_end(view: View, i: int, end: int) -> int:
    """A box runs to the next heading; a heading that is only its title ('Innovative practice' then
    'Operation Fortify') does not end it. A box the reader saw drawn (a filled or framed panel)
    ends where the panel ends: the report's own prose carries on after it."""
    if end < len(view.lines) and end == i + 1 and not is_sentence(view.lines[i]):
        headed = [k for k in _headed(view) if k > end]
        end = headed[0] if headed else len(view.lines)
    start = view.lines[i].start
    drawn = next(((s, e) for s, e in drawn_boxes(view) if s <= start < e), None)
    if drawn is not None:
        inside = [k for k in range(i, end) if view.lines[k].start < drawn[1]]
        end = max(inside) + 1 if inside else end
    return end


def _opens_with_a_force(line: Line) -> bool:
    plain = clean(line.raw)
    return any(m.start == 0 for m in find_forces(plain))


def _lead(line: Line, size: int) -> str:
    """The heading's first `size` words when they are a box's lead: the whole heading of two or
    more words ('Innovative practice', its title on the next line) or words followed by ':' or a
    dash ('Case study: Operation X', 'Example - ...')."""
    plain = clean(line.raw).strip(" *")
    words = plain.split()
    if len(words) == size >= 2:
        return plain.lower().rstrip(":")
    head = " ".join(words[:size])
    rest = plain[len(head):]
    if len(words) > size and re.match(r"\s*(?::|–|—|-)\s", rest) or head.endswith(":"):
        return head.lower().rstrip(":")
    return ""


def _title(heading: str) -> str:
    """'Innovative practice: Operation Fortify' -> 'Operation Fortify'."""
    for mark in (":", " – ", " - "):
        if mark in heading:
            rest = heading.split(mark, 1)[1].strip()
            if rest:
                return rest
    return heading
