"""Ruled bulletin: a plain-text newsletter, email bulletin or write-up whose items are set off by
rules of repeated characters ('=====', '-----'): each item's heading is framed by a rule above and
below, and its text runs to the next rule; or, where rules only separate the items, each block
between two rules opens with its heading (one to three short lines: 'TALK 2', a quoted title, the
speaker and force) and its text follows. What is not an item: the masthead and contents before the
first framed heading, a block between rules with no framed heading (the sign-off and
unsubscribe footer), a letter to the readers (it opens with a salutation: 'Morning all,'), and a
notice told in a single paragraph (a date to book, a car park closed): a piece of work is told
over several paragraphs (what the problem was, what was done, what came of it)."""

from __future__ import annotations

import re

from ingest.layouts.common import Section, View, blank_separated, is_not_work, is_salutation, section_of
from ingest.work import describes_work
from ingest.lines import Line

NAME = "ruled bulletin"
PIECES_NAME_OWNERS = False
MIN_ITEMS = 3
RULE = re.compile(r"^\s*([=\-*_~#+])\1{9,}\s*$")  # a line of ten or more of one character
_MAX_HEADING_LINES = 2
_MAX_OPENING_LINES = 3
_OPENED = 0.78
_HEADING_WORDS = 10


def is_rule(line: Line) -> bool:
    return bool(RULE.match(line.raw))


def _rules(lines: list[Line]) -> list[int]:
    """Indexes of the rules that set items off: not a heading's underline (a rule straight under
    a heading line the reader marked: '1. ROUTES 1 AND 7' over a row of dashes)."""
    return [i for i, line in enumerate(lines)
            if is_rule(line) and not (i and not line.blanks_before and lines[i - 1].is_heading)]


def _framed(lines: list[Line]) -> list[int]:
    """Indexes of headings framed by rules: a rule, one or two short lines, a rule."""
    rules = _rules(lines)
    heads = []
    for a, b, c in zip(rules, rules[1:], [*rules[2:], len(lines)]):
        inner = lines[a + 1:b]
        if 1 <= len(inner) <= _MAX_HEADING_LINES and all(len(line.plain.split()) <= 14 for line in inner) \
                and not any(line.plain.endswith((".", "!", "?")) for line in inner) \
                and _has_text(lines[b + 1:c]):
            heads.append(a + 1)
    return heads


def _underlined(lines: list[Line]) -> list[int]:
    """Indexes of heading lines standing after a blank line and set straight over a rule (no blank
    line between) with text after the rule: not the last line of a title block framed by rules."""
    return [i for i in range(1, len(lines) - 2)
            if lines[i].blanks_before and is_rule(lines[i + 1]) and not lines[i + 1].blanks_before
            and not is_rule(lines[i]) and _heading_like(lines[i]) and not is_rule(lines[i + 2])]


def _has_text(after: list[Line]) -> bool:
    """Text follows a framed heading: not nothing, nor only the next heading-like line before the
    next rule (a worksheet's questions between answer lines, '2. Who trained the Bike
    Detectives?  [1 mark]' / '_____' / '3. How many ...', frame no items)."""
    return len(after) > _MAX_HEADING_LINES or any(
        len(line.plain.split()) > 14 or line.plain.endswith((".", "!", "?")) for line in after)


def _opened(lines: list[Line]) -> list[int]:
    """Indexes of headings that open the blocks between rules: a rule, then one to three short
    lines with no sentence stop, then the block's text (a line of prose, not another rule)."""
    rules = _rules(lines)
    heads = []
    for a, b in zip(rules, [*rules[1:], len(lines)]):
        inner = lines[a + 1:b]
        short = 0
        while short < min(_MAX_OPENING_LINES, len(inner)) and _heading_like(inner[short]) \
                and (short == 0 or not inner[short].blanks_before):
            short += 1
        if short and len(inner) > short:
            heads.append(a + 1)
    return heads


def _heading_like(line: Line) -> bool:
    return len(line.plain.split()) <= _HEADING_WORDS and not line.plain.rstrip("\"'”’").endswith((".", "!", "?", ":"))


def _heads(lines: list[Line]) -> tuple[list[int], str]:
    framed = _framed(lines)
    if len(framed) >= MIN_ITEMS:
        return framed, "item headings framed by rules"
    opened = _opened(lines)
    if len(opened) >= MIN_ITEMS:
        return opened, "blocks between rules, each opening with its heading"
    return framed, "headings framed by rules"


def score(view: View) -> tuple[float, str]:
    heads, how = _heads(view.lines)
    if len(heads) < MIN_ITEMS:
        return 0.0, f"{len(heads)} {how}; needs {MIN_ITEMS}+"
    if heads == _framed(view.lines):
        return 0.95, f"{len(heads)} {how}"
    # rules that only separate blocks say less than rules framing each heading: numbered
    # sub-sections inside the blocks (a report's '3.1', '3.2') are the stronger reading; and
    # where as many headings the reader marked stand outside the blocks' openings as open them
    # (rules round a masthead, a contacts block and the contents, then underlined headings),
    # the rules do not set the items off
    opening = {i + k for i in heads for k in range(_MAX_OPENING_LINES)}
    others = [i for i, line in enumerate(view.lines) if line.is_heading and i not in opening]
    unmarked = [i for i in heads if not view.lines[i].is_heading]  # what only the rules make heads
    if others and len(others) >= len(unmarked):
        return 0.0, f"{len(heads)} {how}, but {len(others)} marked headings outside them"
    return _OPENED, f"{len(heads)} {how}"


def sections(view: View) -> list[Section]:
    lines = view.lines
    found_heads, _ = _heads(lines)
    heads = set(found_heads)
    framed = found_heads == _framed(lines)
    rules = set(_rules(lines))
    # a heading only underlined ('RACE DIRECTOR'S NOTES' over a row of dashes) opens an item too:
    # its text is not lost between the items, nor is the heading the item before's last line
    under = set(_underlined(lines))
    heads |= under
    found = _front(view, lines[:min(heads, default=0)])
    i = 0
    while i < len(lines):
        if i not in heads:
            i += 1
            continue
        end = i + 1
        if i in under:
            body_from = end + 1  # (past its underline)
        elif framed:
            while end < len(lines) and not is_rule(lines[end]):
                end += 1  # the heading's closing rule
            body_from = end + 1
        else:
            while end - i < _MAX_OPENING_LINES and end < len(lines) and _heading_like(lines[end]) \
                    and not lines[end].blanks_before:
                end += 1  # the block's heading lines
            body_from = end
        stop = body_from
        while stop < len(lines) and stop not in rules and stop not in under:  # (a sub-heading's underline goes on)
            stop += 1
        body = lines[body_from:stop]
        if body:
            heading = " ".join(line.plain for line in lines[i:end])
            found += _item(view, lines[i], heading, body)
        i = stop
    return found


def _front(view: View, lines: list[Line]) -> list[Section]:
    """The parts before the first item that marked headings open (a pamphlet's 'CONTENTS' and
    'INTRODUCTION' before its first rule), each an item judged as any other; the title block
    above them is no item."""
    starts = [k for k, line in enumerate(lines) if line.is_heading or (
        _heading_like(line) and line.plain.isupper() and (line.blanks_before or k == 0))]  # (a text's 'INTRODUCTION')
    found = []
    for a, b in zip(starts, [*starts[1:], len(lines)]):
        if b - a > 1:
            found += _item(view, lines[a], lines[a].plain, lines[a + 1:b])
    return found


def _item(view: View, head: Line, heading: str, body: list[Line]) -> list[Section]:
    """One item; or, under a heading that titles no piece of work (a report's 'Chair's report'),
    the sub-sections its own marked headings open ('Loan sharks in our area'), each judged on its
    own, after the item's opening."""
    starts = [k for k, line in enumerate(body) if line.is_heading] if is_not_work(heading) else []
    if not starts:
        section = section_of(view, [head, *body], heading, heading, view.doc.title, body[0].start)
        section.framing = _is_letter(body) or (_paragraphs(body) < 2 and not _account(body))
        return [section]
    parts = [section_of(view, [head, *body[:starts[0]]], heading, heading, view.doc.title,
                        body[0].start)] if starts[0] else []
    for a, b in zip(starts, [*starts[1:], len(body)]):
        if b - a > 1:
            parts.append(section_of(view, body[a:b], body[a].plain, body[a].plain, heading, body[a + 1].start))
    for part in parts:
        part.framing = _paragraphs([line for line in body if part.body_start <= line.start < part.end]) < 2
    return parts


def _is_letter(body: list[Line]) -> bool:
    return is_salutation(body[0])


_ACCOUNT_WORDS = 40


def _account(body: list[Line]) -> bool:
    """One paragraph of prose long enough to tell a piece of work, telling one and its results (a
    what's-on item's 'Money Matters is run by advisers from ... Last term they saw 76 households'),
    not a notice, a note to the members or a table of figures."""
    for run in blank_separated(body):
        said = " ".join(line.plain for line in run)
        prose = len(re.findall(r"[.!?](?:\s|$)", said)) >= 2  # (sentences, not a table's aligned columns)
        if not prose or any(line.is_table_row for line in run) or len(said.split()) < _ACCOUNT_WORDS \
                or not describes_work(said):
            continue
        if _FIGURE.search(said):
            return True
    return False


# a figure standing on its own ('76 households', 'from 31 to 12'), not a year, nor a part of a
# reference or call sign ('ES/X009999/1', 'LSJ-2021-118', '2E0DVK')
_FIGURE = re.compile(r"(?<![\w/.-])(?!(?:19|20)\d\d\b)\d[\d,]*(?![\w/-])")


def _paragraphs(body: list[Line]) -> int:
    """Paragraphs of prose: runs of lines set apart by blank lines, a short line alone (a contact
    or signature line) not counted."""
    return sum(len(r) > 1 or len(r[0].plain.split()) >= 15 for r in blank_separated(body))
