"""A picture gallery: a news site's 'In pictures', a photo story, a slideshow saved as a page.
Each picture's caption follows its counter ('5/14', 'Photo 5 of 14'); a caption telling of work
done (the wristbands the neighbourhood team handed out, the charity's welfare hub) is a piece, the
others (crowds, the flying display, a child on the big wheel) are not. The credit and share lines
under each caption are the page's, not the caption's."""

from __future__ import annotations

import re

from ingest.layouts.common import Section, View, section_of
from ingest.work import describes_work

NAME = "picture gallery"
PIECES_NAME_OWNERS = True  # each caption names whose work it shows; the publisher is only a fallback

MIN_PICTURES = 4
# a picture's counter on a line of its own: '5/14', 'Photo 5 of 14', 'Image 5 / 14'
_COUNTER = re.compile(r"(?i)^(?:(?:photo|picture|image|slide)\s+)?(\d{1,3})\s*(?:/|of)\s*(\d{1,3})$")


def _counters(view: View) -> list[int]:
    """Indexes of the lines counting the pictures, when they count up to one total."""
    found = [(i, int(m.group(1)), int(m.group(2))) for i, line in enumerate(view.lines)
             if (m := _COUNTER.match(line.plain.strip()))]
    if len(found) < MIN_PICTURES or len({total for _, _, total in found}) != 1 \
            or [n for _, n, _ in found] != sorted({n for _, n, _ in found}):
        return []
    return [i for i, _, _ in found]


def score(view: View) -> tuple[float, str]:
    counters = _counters(view)
    if not counters:
        return 0.0, f"no run of {MIN_PICTURES}+ picture counters ('5/14')"
    return 0.9, f"{len(counters)} pictures counted, each with its caption"


def sections(view: View) -> list[Section]:
    lines = view.lines
    counters = _counters(view)
    found = []
    for n, at in enumerate(counters):
        end = counters[n + 1] if n + 1 < len(counters) else len(lines)
        caption = lines[at + 1:end][:1]  # (the credit and share lines after it are the page's)
        if not caption or not describes_work(view.doc.text[caption[0].start:caption[0].end]):
            continue
        found.append(section_of(view, caption, "", "", view.doc.title, caption[0].start))
    return found
