"""Templated pieces: a collection whose pieces each follow the same template of part headings
(a case-study pack: each force's section with 'Background', 'What we did', 'Outcome' beneath).
The part headings are field labels (`common.mark_part_labels`); each piece is the section whose
heading they sit under, from that heading to the next heading at its level or above, and the
piece is by whoever its heading names (the document's owner only as a fallback)."""

from __future__ import annotations

from ingest.layouts.common import Section, View, section_of
from ingest.layouts.headings import heading_level

NAME = "templated pieces"
PIECES_NAME_OWNERS = True  # each piece's heading names whose it is ('Humberside Police: ...')
MIN_PIECES = 2


def score(view: View) -> tuple[float, str]:
    heads = _piece_heads(view)
    if len(heads) < MIN_PIECES:
        return 0.0, f"{len(heads)} sections opening into recurring part headings; needs {MIN_PIECES}+"
    labels = list(dict.fromkeys(line.plain for line in view.lines if line.part_label))
    # above labelled records: the parts are headings, each piece's own title the heading above them
    return 0.97, f"{len(heads)} sections each opening into the parts {', '.join(labels[:5])}"


def sections(view: View) -> list[Section]:
    """The templated pieces, and after the first of them every other section at their level (a
    bulletin's 'Practice in focus' after its cases): whether those are pieces is for what they say."""
    lines = view.lines
    heads = _piece_heads(view)
    levels = {heading_level(lines[i]) for i in heads}
    others = [k for k in range(heads[0] + 1, len(lines)) if lines[k].is_heading and k not in heads
              and heading_level(lines[k]) in levels] if heads else []
    found = []
    for i in sorted([*heads, *others]):
        level = heading_level(lines[i])
        end = next((k for k in range(i + 1, len(lines))
                    if lines[k].is_heading and heading_level(lines[k]) <= level), len(lines))
        group = lines[i:end]
        found.append(section_of(view, group, lines[i].plain, lines[i].raw, view.doc.title,
                                lines[i + 1].start if len(group) > 1 else lines[i].end))
    return found


def _piece_heads(view: View) -> list[int]:
    """Headings opening straight into a part label: the templated pieces' own headings."""
    lines = view.lines
    return [i for i in range(len(lines) - 1) if lines[i].is_heading and lines[i + 1].part_label]
