"""Heading tree (the fallback): sections split at the level where headings of work hold prose of
their own (shallower headings start sections too, deeper ones stay inside their section), or, in a document with no marked headings, at
short title-like lines introducing a paragraph, at a newly introduced named programme and at an
'about us' paragraph."""

from __future__ import annotations

import re
from collections import Counter
from itertools import permutations

from ingest.layouts.common import (COLLECTION, STORY_CHARS, Section, View, is_aspect, is_copyright_line, is_not_work,
                                   is_paragraph, is_sentence, lines_of, merge_textless, section_of, words)
from index.gazetteer import find_forces, find_organisations
from ingest.lines import RUNS_ON, Line, clean
from ingest.metrics import MONTHS
from ingest.names import named_account
from ingest.sentences import SENTENCE_END
from ingest.titles import QUOTED_NAME, is_force_name
from ingest.work import describes_work

NAME = "heading tree"
PIECES_NAME_OWNERS = False
_WRAPPED_END = RUNS_ON  # a line ending like this runs on to the next: 'assigned to Avon &'
_ADDRESS = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
_AD_LABEL = re.compile(r"(?i)^(?:advertisement|advert|sponsored(?: content)?|promoted|"
                       r"(?:story|article) continues below(?: advertisement)?)$")
# a short line naming where and when an item appeared: 'Belfast Courier - 3 Mar 2026'
_SOURCE_LINE = re.compile(rf"(?i)^.{{1,60}}\s[-–—|·]\s+\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}$")
_ABOUT_PARAGRAPH = re.compile(r"^[A-Z][\w ]{1,40}[’']s (?:mission|vision|purpose) is\b")


def score(view: View) -> tuple[float, str]:
    level = split_level(view.lines)
    how = f"marked headings at level {level}" if level else "title-like lines and new programme names"
    return 0.1, f"fallback: split at {how}"


def split_level(lines: list[Line]) -> int:
    """The level pieces of work are described at: the shallowest heading level with two or more
    headings of work (not 'Foreword', 'Next steps') that have sentences of their own before the
    next heading; else the shallowest level used twice (0: no marked headings)."""
    with_prose: Counter[int] = Counter()
    for i, line in enumerate(lines):
        if line.is_heading and not is_not_work(line.plain) and _has_own_prose(lines, i):
            with_prose[heading_level(line)] += 1
    good = [level for level, n in with_prose.items() if n >= 2]
    if good:
        return min(good)
    counts = Counter(heading_level(line) for line in lines if line.is_heading)
    return min((level for level, n in counts.items() if n >= 2), default=0)


def _has_own_prose(lines: list[Line], i: int) -> bool:
    for line in lines[i + 1:]:
        if line.is_heading:
            return False
        if is_sentence(line) and not is_copyright_line(line):
            return True
    return False


def sections(view: View) -> list[Section]:
    lines = view.lines
    level = split_level(lines)
    groups: list[tuple[str, list[Line]]] = []
    named_so_far: set[str] = set()
    marked = False  # past the first marked heading: before it, the front is cut as an unmarked document is
    for i, line in enumerate(lines):
        heading = _heading(lines, i, level)
        if level and heading is None and not marked and groups:
            heading = _heading(lines, i, 0)  # ('CHAIRMAN'S REPORT' above a typescript's '1.  SAFE AS HOUSES')
        marked = marked or (level > 0 and line.is_heading)
        if heading is not None or not groups:
            groups.append((heading or "", [line]))
        elif not level and (_new_programme(line, named_so_far) or _ABOUT_PARAGRAPH.match(line.plain)):
            groups.append(("", [line]))
        else:
            groups[-1][1].append(line)
        named_so_far.update(m.group(1) for m in QUOTED_NAME.finditer(line.plain))
    introductions: set[int] = set()  # the lines of a part's opening prose over its examples
    split: list[tuple[str, list[Line]]] = []
    for group in groups:
        parts, opening = _examples(group, level)
        split += parts
        introductions |= {id(line) for line in opening}
    groups = merge_textless(split, _label)
    found = []
    for n, (heading, group) in enumerate(groups):
        body_lines = group[1:] if heading else group
        body_start = body_lines[0].start if body_lines else group[-1].end
        section = section_of(view, group, heading, _with_parent(lines, group, heading), view.doc.title, body_start)
        section.framing = all(id(line) in introductions for line in group) or _introduces(groups, n, level) or (
            n == 0 and len(groups) > 2 and _titled_by_document(view, group, level))
        found.append(section)
    return found


def _examples(group: tuple[str, list[Line]], level: int,
              own: Line | None = None) -> tuple[list[tuple[str, list[Line]]], list[Line]]:
    """A part whose sub-sections each tell another body's work ('Working together' over 'East
    Midlands', 'Wales', 'Our own work'; 'Signs of change' over one force's scheme and another's),
    or whose heading says it collects pieces ('What we have done', 'Our work'), is a heading over
    examples, not one piece: it splits at those sub-headings, its opening prose a section of its
    own that frames them (returned beside the parts). Sub-sections all naming the same body, or
    none, elaborate one piece ('How it works', 'Results') and stay inside it."""
    heading, lines = group
    if own is None:
        own = _opening_heading(lines)
        if own is None or not level:
            return [group], []
    below = [i for i, line in enumerate(lines) if line.is_heading and line is not own
             and heading_level(line) > heading_level(own) and _has_own_prose(lines, i)]
    starts = [i for i in below if not is_not_work(lines[i].plain)]
    # the examples are the part's next level down that holds two or more: a 'What changed' panel
    # under an example stays in it (one sub-section at a level above them, a 'Sunday club' after a
    # magazine's villages, goes with the example before it)
    levels = Counter(heading_level(lines[i]) for i in starts)
    top = min((level for level, n in levels.items() if n >= 2), default=0)
    starts = [i for i in starts if heading_level(lines[i]) == top]
    if len(starts) < 2:
        return [group], []
    bounds = [*starts, len(lines)]
    parts = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
    doers = [_doers(part) for part in parts]
    if len({d for d in doers if d}) < 2 and not COLLECTION.search(own.plain) \
            and not _named_apart(parts) and not _one_named_apart(parts, lines[:starts[0]]):
        return [group], []
    # apparatus set among them at their level ('Other recent announcements' after the examples)
    # ends the example before it and is a part of its own, which no one takes for a piece
    bounds = sorted({*starts, *(i for i in below if heading_level(lines[i]) == top and i > starts[0]), len(lines)})
    opening = lines[:starts[0]]
    parts = [(heading, opening)] if opening else []
    # an opening telling a piece it names ('Home Safe Wisbech runs on Friday and Saturday nights
    # ...') is that piece, not the examples' introduction
    told = named_account(_text([line for line in opening if line is not own]))
    return parts + [(lines[a].plain, lines[a:b]) for a, b in zip(bounds, bounds[1:])], [] if told else opening


def split_examples(view: View, sections: list[Section]) -> list[Section]:
    """The same cut for sections another layout found ('8.2 What we did in 2024/25' over 'Choices
    Panel', 'Summer Streets'): each sub-headed example its own section, the opening prose framing."""
    out: list[Section] = []
    for section in sections:
        lines = lines_of(view, section)
        own = _opening_heading(lines)
        if own is not None and lines[0] is not own and lines[0].start == section.start and section.heading:
            # the section's own heading is a number the view leaves unmarked ('2. What we have done
            # so far' over 'Roofs for the valley' and 'Warm homes'): the sub-headings are below it
            own = lines[0]
        parts, opening = _examples((section.heading, lines), heading_level(own), own) if own else ([], [])
        if len(parts) < 2:
            out.append(section)
            continue
        for heading, group in parts:
            body_lines = group[1:] if heading and group[0].is_heading else group
            part = section_of(view, group, heading, heading, section.theme,
                              body_lines[0].start if body_lines else group[-1].end)
            part.framing = group is opening
            out.append(part)
    return out


# the name a heading opens with: capitalised words, joined by the small words a name holds
# ('Friday Night Touch' of 'Friday Night Touch at Nunroyd Park', 'Ruck and Talk')
_LEADING_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+)?[A-Z][\w'’-]*)+")


def _own_name(lines: list[Line]) -> str:
    """The name a sub-section's heading opens with, when its own text uses it ('In April 2024 the
    club ... set up Friday Night Touch'); '' otherwise."""
    # (a kicker set above the heading in its card, 'Ours' / '### Pay it forward', is not its name)
    heading = clean(re.split(r"\n\s*(?=#)", lines[0].raw)[-1]).lstrip("#* ").strip()
    name = _LEADING_NAME.match(heading)
    body = _text(lines[1:])
    return name.group(0) if name and re.search(rf"(?<!\w){re.escape(name.group(0))}(?!\w)", body) else ""


def _named_apart(parts: list[list[Line]]) -> bool:
    """Every sub-section is a scheme its heading names and its text names again, each another:
    pieces of work side by side ('Friday Night Touch at Nunroyd Park', 'Ruck and Talk'), not
    aspects of one."""
    names = [_own_name(part) for part in parts]
    return all(names) and not any(a in b for a, b in permutations(names, 2))  # (nor one the same as another)


def _one_named_apart(parts: list[list[Line]], opening: list[Line]) -> bool:
    """One sub-section is a scheme its heading names and its text tells as work, a name nothing
    else in the part uses ('Leak Aid' among a bill's 'Your bill explained' and 'Struggling to
    pay?'): a piece of its own among the part's other matters. Not when another sub-section is an
    aspect of one piece ('Results', 'How it works'): the named one is then a part of that piece."""
    if any(is_aspect(part[0].plain) for part in parts):
        return False
    texts = [_text(part) for part in parts]
    opening_text = _text(opening)
    for k, part in enumerate(parts):
        name = _own_name(part)
        if name and describes_work(texts[k]) and not any(
                name.casefold() in text.casefold() for text in [*texts[:k], *texts[k + 1:], opening_text]):
            return True
    return False


def _text(lines: list[Line]) -> str:
    return "\n".join(line.plain for line in lines)


def _doers(lines: list[Line]) -> frozenset[str]:
    """The forces and other bodies a sub-section names."""
    text = _text(lines)
    return frozenset(m.name for m in (*find_forces(text), *find_organisations(text)))


def _with_parent(lines: list[Line], group: list[Line], heading: str) -> str:
    """A section's header: its heading, and the heading above it when that names a force and its
    own names none ('Kent Police: our work' over 'Safer streets', written as 'we': Kent's)."""
    own = next((line for line in group if line.is_heading and line.plain == heading), None)
    if own is None or find_forces(heading):
        return heading
    level = heading_level(own)
    above = next((line for line in reversed(lines[:lines.index(own)])
                  if line.is_heading and heading_level(line) < level), None)
    if above is None or not find_forces(above.plain):
        return heading
    return f"{above.plain}\n{heading}"


def _opening_heading(group: list[Line]) -> Line | None:
    return next((line for line in group if line.is_heading), None)


def _introduces(groups: list[tuple[str, list[Line]]], n: int, level: int) -> bool:
    """A heading above the level work is described at, holding prose of its own before its first
    sub-section: the prose introduces the document or the part ('What we are doing' over the
    pieces; a part's opening paragraph), it is not a piece itself."""
    own = _opening_heading(groups[n][1])
    if own is None or not level or heading_level(own) >= level or n + 1 >= len(groups):
        return False
    if any(line.is_heading and heading_level(line) >= level for line in groups[n][1]):
        return False  # a part heading merged into its first piece
    below = groups[n + 1][1]
    child = _opening_heading(below)
    prose = _text([line for line in groups[n][1] if line is not own])
    if len(prose) >= STORY_CHARS or named_account(prose):
        # a story told at length before the sub-sections, or one opening with the name of the
        # piece it tells ('Lock Fit is run by Cleveland Police's crime prevention officers ...'):
        # a piece of its own
        return False
    # a table of opening times under a smaller heading is no sub-section the prose above leads into
    return child is not None and heading_level(child) > heading_level(own) and not _only_a_table(below, child)


def _only_a_table(group: list[Line], heading: Line) -> bool:
    """The heading has only a table under it (and perhaps the publisher's copyright line)."""
    body = [line for line in group[group.index(heading) + 1:] if not is_copyright_line(line)]
    return bool(body) and all(line.is_table_row for line in body)


def _titled_by_document(view: View, group: list[Line], level: int) -> bool:
    """The first section, headed by the document's own title set above the level its pieces are
    described at: the title block and what it says of the whole document (publisher, date,
    purpose), not one of the pieces after it. (A title read from the text may be the first
    piece's own heading, at the pieces' level: that piece stays.)"""
    own = _opening_heading(group)
    if own is None or not level or heading_level(own) >= level:
        return False
    if any(line.is_heading and not is_not_work(line.plain) and _has_own_prose(group, k)
           for k, line in enumerate(group) if line is not own):
        # a title block merged into the first piece: the piece stays (a subtitle with no prose
        # of its own is the title block's, a 'Key findings' box no piece)
        return False
    if own is not view.lines[0] and any(line.is_heading for line in view.lines[:view.lines.index(own)]):
        return False
    title, said = set(words(view.doc.title).split()), set(words(own.plain).split())
    if sum(len(line.plain) for line in group if line is not own) >= STORY_CHARS:
        return False  # a news story under its headline: the document's main piece, not its front matter
    return len(said) >= 2 and said <= title


def heading_level(line: Line) -> int:
    if line.level:
        return line.level
    return len(line.raw) - len(line.raw.lstrip("#"))


def _heading(lines: list[Line], i: int, level: int) -> str | None:
    """The line's text if a section starts at it: a marked heading at the split level or above;
    with no marked headings, a short title-like line introducing a paragraph."""
    line = lines[i]
    if line.is_heading:
        return line.plain if not level or heading_level(line) <= level else None
    if level:
        return None
    plain = line.plain
    if (
        line.wrapped  # a line of a paragraph wrapped over several, however it starts
        or line.quoted  # a quotation or the name it is attributed to: the section goes on
        or len(plain) > 120
        or len(plain) < 3
        or SENTENCE_END.search(plain)
        or plain.endswith(",")
        or not plain[0].isalpha()
        or (plain[0].islower() and len(plain.split()) > 4)  # a wrapped line's end, not 'case study'
        or line.is_bullet
        or line.is_table_row
        or re.match(r"^\d", line.raw)
        or _ADDRESS.match(plain)  # a link's address under an item, not its title
        or _AD_LABEL.match(plain)  # an advertisement's label in the middle of an article
    ):
        return None
    if i > 0 and not is_paragraph(lines[i - 1]) and not line.blanks_before:
        return None
    if _WRAPPED_END.search(plain) or (i + 1 < len(lines) and not lines[i + 1].blanks_before
                                       and lines[i + 1].plain[:1].islower()):
        return None  # a paragraph's line wrapped mid-sentence, not a heading
    following = list(lines[i + 1:i + 4])
    while following and (following[0].plain.endswith(",") or _SOURCE_LINE.search(following[0].plain)) \
            and len(following) > 1:
        following = following[1:]  # bylines: "Police Constable James Whild,", "Belfast Courier - 3 Mar 2026"
    if not following:
        return None
    if is_paragraph(following[0]) or any(_is_figure(l) for l in following[:2]) or _runs_on(following):
        return plain
    return None


def _runs_on(following: list[Line]) -> bool:
    """The first line after a title starts a paragraph wrapped short ('The Police Service of
    Northern Ireland's South Belfast' / 'Neighbourhood Policing Team and ...'): prose carried on."""
    return len(following) > 1 and not following[1].blanks_before and following[0].plain[:1].isupper() \
        and is_paragraph(following[1]) and not following[1].is_heading


def title_line(lines: list[Line], i: int) -> str:
    """The text of lines[i] when it is a short title-like line introducing a paragraph, else ''."""
    return "" if lines[i].is_heading else (_heading(lines, i, 0) or "")


def _is_figure(line: Line) -> bool:
    return bool(re.fullmatch(r"[£$]?\d[\d,.]*\s*(?:%|per cent)?", line.plain))


def _new_programme(line: Line, seen: set[str]) -> bool:
    """A paragraph introducing a quoted programme name not seen before starts a new section."""
    for match in QUOTED_NAME.finditer(line.plain[:300]):
        name = match.group(1)
        if name not in seen and 2 <= len(name.split()) <= 7 and not is_force_name(name):
            return True
    return False


def _label(carried: str, own: str, group: list[Line]) -> str:
    """A marked heading right above the text names it better than a title stack before it."""
    return own if own and group[0].is_heading else carried or own
