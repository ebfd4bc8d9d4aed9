"""Single piece of work: a press release (a dateline, 'Notes to editors'), a practice record
(labelled fields, each once), or a short document whose sub-headings are the parts of one piece
(background, response, outcome, contact): the whole document is one initiative. Never a document
whose sub-headings credit different forces: its sections are different pieces of work."""

from __future__ import annotations

import re

from ingest.layouts.common import (COLLECTION, PART_LABEL, PARTICULARS_LABEL, Section, View, is_aspect, is_not_work,
                                   reaches_someone, section_of)
from ingest.layouts.headings import heading_level, split_level
from ingest.layouts.numbered import is_minutes
from index.gazetteer import find_forces, find_organisations
from ingest.owners import has_dateline

NAME = "single piece"
PIECES_NAME_OWNERS = False
# sub-headings that are parts of one piece of work, not pieces of their own
_PART = re.compile(
    r"(?i)\b(?:background|context|problem(?![\s-](?:solving|oriented)\b)|challenge|issue|aims?|objectives?|approach|response|solution|"
    r"what (?:we|they|the force) did|activity|activities|intervention|delivery|implementation|outcomes?|"
    r"results?|impact|evaluation|evidence|learning|lessons(?: learned| learnt)?|next steps|contact|"
    r"resources|costs?|funding|partners?|overview|summary|description|quotes?|how it works|"
    r"who (?:is|was) involved|target (?:group|audience)|audience|timescales?|location|copyright|"
    r"related (?:practices|links|content|resources)|further information|"
    # the stages of a reflective account (Gibbs' cycle, 'what? so what? now what?'), as a student
    # officer's or a practitioner's reflective log sets out one piece of their work
    r"feelings|analysis|conclusions?|action plan|reflections?|so what|now what)\b")
_PART_MAX_WORDS = 4
# a record's fields run through the document; a cover block of fields (meeting, date, present)
# above the body does not make it one record
_FIELDS_SPREAD = 0.5
_CONTACT_LABEL = re.compile(r"(?i)^(?:phone|tel(?:ephone)?|mobile|email|e-mail|post|address|web(?:site)?|fax|twitter|x|"
                            r"facebook|instagram|text(?:phone)?|minicom)$")
# what closes a document after its piece: never a part of the piece itself
_BACK_MATTER = re.compile(
    rf"(?i)^{PART_LABEL}?"  # (an entry form's 'Section D: Declarations')
    r"(?:notes? (?:to|for) editors|copyright|disclaimer|terms of use|licen[cs]e|references|footnotes|"
    r"endnotes|notes|bibliography|glossary|acknowledge?ments|appendix|annex|about (?:us|the \w+|this \w+)|"
    # an entry's or application's sign-off: 'Chief officer endorsement', 'Declarations', 'Signature'
    r"(?:[\w'’-]+ ){0,3}endorsement|declarations?|signatures?)\b")
_FRONT_MATTER = re.compile(r"(?i)^(?:(?:table of )?contents|acknowledge?ments|copyright|disclaimer|preface)\b")
_NOTES_TO_EDITORS = re.compile(r"(?i)^notes? (?:to|for) editors\b")
_MAX_CHARS = 15_000  # longer documents describe more than one piece


def score(view: View) -> tuple[float, str]:
    text = view.doc.text
    if len(text) > _MAX_CHARS:
        return 0.0, f"{len(text):,} characters: too long for one piece"
    credited = _credited_headings(view)
    if len(credited) >= 2 and len(set(credited)) >= 2:
        # sections credited to different forces are different pieces of work, whatever the
        # document's form (a conference write-up of talks by several forces)
        return 0.0, f"{len(credited)} sub-headings credited to {len(set(credited))} different forces"
    if is_minutes(view):
        return 0.0, "minutes of a meeting: each agenda item is its own business"
    if has_dateline(text):
        return 0.8, "press-release dateline"
    if any(_NOTES_TO_EDITORS.match(line.plain) for line in view.lines):
        return 0.8, "'Notes to editors' block"
    # (a contact block's labels, or a line giving a number or an address, say how to reach someone,
    # and a report's particulars when and by whom it was given, not what a record holds; a label
    # naming a force or body heads an entry of a list, 'P1 Derbyshire Constabulary: Drones in ...')
    kept = [(start, label.lower()) for start, label in view.fields.items() if not _CONTACT_LABEL.match(label)
            and not PARTICULARS_LABEL.match(label) and not find_forces(label) and not find_organisations(label)
            and not reaches_someone(_line_at(view, start))]
    labels = [label for _, label in kept]
    content = view.lines[-1].end - view.lines[0].start if view.lines else 0
    spread = (max(view.fields) - min(view.fields)) / max(1, content) if view.fields else 0.0
    if len(set(labels)) >= 3 and len(set(labels)) == len(labels) and spread >= _FIELDS_SPREAD \
            and len(_items_holding(view, [start for start, _ in kept])) < 2:
        return 0.75, f"one record of {len(labels)} labelled fields"
    level = split_level(view.lines)  # the level the sections would be cut at
    sub = [line.plain for line in view.lines if line.is_heading and (not level or heading_level(line) <= level)][1:]
    subject = _subject(view.doc.title)
    parts = [h for h in sub if _is_part(h) or (subject and subject in h.lower())]
    # apparatus ('Contents', 'About us', 'Next steps') is in any document: it says nothing either way
    weighed = [h for h in sub if h in parts or not is_not_work(h)]
    chapters = parts + [h for h in sub if h not in parts and is_not_work(h)]
    if len(sub) >= 2 and len(chapters) >= 0.6 * len(sub) and _research_report(view):
        # an evaluation's chapters (method, findings) are about the one piece it evaluates,
        # however they are numbered
        return 0.8, f"{len(chapters)} of {len(sub)} sub-headings are parts of one piece, in a research report's chapters"
    several = [h for h in weighed if h not in parts and COLLECTION.search(h)]
    if several:
        # a sub-heading saying it holds several pieces ('Three examples', 'Case studies'): not one piece
        return 0.0, f"a sub-heading holds several pieces ('{several[0]}')"
    if len(sub) >= 2 and parts and len(parts) >= 0.6 * len(weighed):
        return 0.7, f"{len(parts)} of {len(sub)} sub-headings are parts of one piece"
    return 0.0, "no sign of a single piece"


def _items_holding(view: View, starts: list[int]) -> set[str]:
    """The marked headings, other than a piece's parts, that the labelled fields sit under: fields
    under two or more ('Brief 1 – Operation Orchard' with its 'Guest:' and 'Background:', 'Brief 2
    – No cold calling' with its 'Reporter:' and 'Cue:') are the fields of items, not one record."""
    heads = [line for line in view.lines if line.is_heading]
    holding = set()
    for start in starts:
        above = next((h for h in reversed(heads) if h.start < start), None)
        if above is not None and not _is_part(above.plain):
            holding.add(above.plain)
    return holding


def _is_part(heading: str) -> bool:
    """A sub-heading naming a part of one piece of work ('Background', 'Outcome', 'How it works')."""
    return bool(_PART.search(heading) and len(heading.split()) <= _PART_MAX_WORDS) or is_aspect(heading)


def _line_at(view: View, start: int) -> str:
    """The text of the line starting at `start` (a labelled field's: 'Club Welfare Officer: Donna
    ..., 07700 900482', a contact entry whatever its label)."""
    end = view.doc.text.find("\n", start)
    return view.doc.text[start:end if end >= 0 else len(view.doc.text)]


def _credited_headings(view: View) -> list[frozenset[str]]:
    """The forces each sub-heading (at the level sections would be cut) names, for those naming any."""
    level = split_level(view.lines)
    heads = [line.plain for line in view.lines if line.is_heading and (not level or heading_level(line) <= level)][1:]
    return [named for named in (frozenset(m.name for m in find_forces(h)) for h in heads) if named]


_METHOD = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:method(?:ology|s)?|research design|approach to the evaluation)\b")
_FINDINGS = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:key |main )?findings|results)\b")


def _research_report(view: View) -> bool:
    """Set out as a research report: a method chapter and a findings chapter, as headings of the
    body (not only as contents entries)."""
    heads = [line.plain for line in view.lines if line.is_heading]
    return sum(bool(_METHOD.match(h)) for h in heads) >= 1 and sum(bool(_FINDINGS.match(h)) for h in heads) >= 1


def _subject(title: str) -> str:
    """The name a document's title gives its subject, when the title is 'Name: kind of report'
    ('Operation X: final report'): a heading naming it is about this one piece ('Why we started
    Operation X'). Lower case; '' when the title has no such name."""
    head = re.split(r"\s*(?::|\||\s[-–—]\s)\s*", title, maxsplit=1)[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return ""
    return head.lower()


def sections(view: View) -> list[Section]:
    lines = _without_back_matter(view.lines)
    # the piece's title: its first heading that titles work (not 'Contents' or 'Acknowledgements')
    heading = next((line.plain for line in lines if line.is_heading and not is_not_work(line.plain)), "") \
        or view.doc.title
    header = "\n".join(line.raw for line in lines[:3])  # the cover's title block says whose it is
    return [section_of(view, _without_front_matter(lines), heading, header, view.doc.title)]


def _without_front_matter(lines: list) -> list:
    """The piece from after the apparatus that opens a report (contents, acknowledgements,
    copyright) when it has such apparatus before its first section of text: the cover before it
    stays the piece's header, not its text."""
    heads = [i for i, line in enumerate(lines) if line.is_heading and i > 0]  # (the first line: the cover's title)
    last = None
    for i in heads:
        if _FRONT_MATTER.match(lines[i].plain):
            last = i
        elif last is not None or any(not line.is_heading for line in lines[i + 1:i + 2]):
            break
    if last is None:
        return lines
    after = next((i for i in heads if i > last), None)
    return lines[after:] if after is not None else lines


def _without_back_matter(lines: list) -> list:
    """The piece without the apparatus that closes the document (notes to editors, copyright,
    references, about us): the trailing run of back-matter headings and the piece's own parts
    among them ('Contact', 'Conclusion' stay: they are the piece's), cut from the first
    back-matter heading of that run."""
    cut = len(lines)
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i]
        if not line.is_heading:
            continue
        if _BACK_MATTER.match(line.plain):
            cut = i
        elif not is_not_work(line.plain):
            break
    return lines[:cut] if any(not line.is_heading for line in lines[:cut]) else lines
