"""A thread of posts: a forum thread, a comment thread, a page of replies. Each post opens with
its author's block (name, rank or role, 'Joined: ...', a 'Verified: <force>' badge) over a line
dating and numbering it ('4 Jun 2025 · #3'), then what the author wrote. A post is a piece when
it tells of work done, credited to the body its author's block names; the others (questions,
thanks, advice, the moderator's reminders) are no piece."""

from __future__ import annotations

import re

from ingest.layouts.common import Section, View, is_sentence, section_of
from ingest.lines import Line
from ingest.work import describes_work

NAME = "thread of posts"
PIECES_NAME_OWNERS = True  # each post is its author's; the site's publisher only a fallback

MIN_POSTS = 3
# the line dating and numbering a post: '4 Jun 2025 · #3', 'Post #12', '#7'
_NUMBER = re.compile(r"(?i)(?:^|[·|•,]\s*|\b(?:post|reply|comment)\s*)#\s?(\d{1,5})\s*$")
_NUMBER_LINE_WORDS = 10
_AUTHOR_LINES = 5  # lines of an author's block above the number line, at most


def _numbered(view: View) -> list[int]:
    """Indexes of the lines numbering posts, when their numbers run upwards."""
    found = [(i, int(m.group(1))) for i, line in enumerate(view.lines)
             if len(line.plain.split()) <= _NUMBER_LINE_WORDS and (m := _NUMBER.search(line.plain))]
    numbers = [n for _, n in found]
    if len(found) < MIN_POSTS or numbers != sorted(set(numbers)):
        return []
    return [i for i, _ in found]


def score(view: View) -> tuple[float, str]:
    numbered = _numbered(view)
    if not numbered:
        return 0.0, f"no run of {MIN_POSTS}+ numbered posts"
    return 0.9, f"{len(numbered)} numbered posts"


def _author_start(lines: list[Line], at: int, floor: int) -> int:
    """Where the author's block above a post's number line starts: the short lines that are no
    sentence, just above it."""
    k = at
    while k - 1 > floor and at - (k - 1) <= _AUTHOR_LINES and not is_sentence(lines[k - 1]):
        k -= 1
    return k


def sections(view: View) -> list[Section]:
    lines = view.lines
    numbered = _numbered(view)
    starts, floor = [], -1
    for at in numbered:
        starts.append(_author_start(lines, at, floor))
        floor = at
    found = []
    for n, (start, at) in enumerate(zip(starts, numbered)):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body = lines[at + 1:end]
        if not body or not describes_work(view.doc.text[body[0].start:body[-1].end]):
            continue
        header = "\n".join(line.plain for line in lines[start:at])
        found.append(section_of(view, lines[start:end], "", header, view.doc.title, body[0].start))
    return found
