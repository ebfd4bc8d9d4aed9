"""Document layouts as a registry of scored detectors, one module each: every layout scores how
well the document fits it (with a reason) and cuts the best-fitting document into sections.
A new layout is a new module added to LAYOUTS, with NAME, PIECES_NAME_OWNERS (True when each
piece names its own force, so the document's owner is only a fallback), score(view) and
sections(view)."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ingest.layouts import (boxes, gallery, headings, labelled, numbered, paged, partners, posts, questionnaire, ruled,
                            single, slides, tabled, templated, transcript)
from ingest.layouts.common import Section, View, make_view

LAYOUTS: tuple[ModuleType, ...] = (transcript, posts, gallery, questionnaire, templated, labelled, ruled, slides, tabled,
                                    partners, paged, boxes, single, numbered, headings)

__all__ = ["LAYOUTS", "Choice", "Section", "View", "choose", "make_view"]


@dataclass(frozen=True)
class Choice:
    """The layout chosen for a document, and every layout's score and reason."""

    layout: ModuleType
    scores: tuple[tuple[str, float, str], ...]  # (layout name, score, why), best first

    @property
    def name(self) -> str:
        return self.layout.NAME


def choose(view: View) -> Choice:
    """The highest-scoring layout; the heading tree always scores a little, so one is chosen."""
    scored = sorted(((layout, *layout.score(view)) for layout in LAYOUTS), key=lambda s: -s[1])
    return Choice(scored[0][0], tuple((layout.NAME, value, why) for layout, value, why in scored))
