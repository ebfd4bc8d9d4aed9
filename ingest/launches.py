"""Pieces of work told one after another in one section's paragraphs, each paragraph saying when
its piece started: an organisation's 'About us' ('Since 2022 our Night Walkers have been out ...
with Police Scotland ...', then 'In the daytime, our Scam Savvy drop-ins have run ... since October
2023 with Queens Park Housing Co-operative'), a history of a partnership ('From 1996 the
Partnership ran Shopwatch ...', 'Between 2003 and 2011 the Partnership employed two taxi
marshals ...'), a review's account of a year.

A paragraph starts a piece of its own when its first sentence tells of work begun at a time
(`_STARTED`), does not refer back to the piece before it ('In 2021 the scheme grew ...', 'it was
extended ...'), and names someone the section has not named so far (the piece's new partners); and
only after an earlier paragraph of the section has told of work begun so: the section is a run of
such accounts, not one piece's story with a date in it. The section is cut there; its opening goes
with the first piece. ingest/pieces.py cuts a section where another force's work begins; this
cuts where another piece of the same doer's begins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layouts.common import SENTENCE_END, Section, View, document_title, lines_of, paragraphs_of, trim
from ingest.lines import Line
from ingest.metrics import MONTHS
from ingest.names import (ACCOUNT_CHARS, NAMED_OPENING, NAMED_WITH_DOER, OURS, PROGRAMME, ROLE_HELD, account,
                          bodies_named, name_in, named_account, sets_the_scene)
from ingest.pieces import counted
from ingest.sentences import joined_sentence_spans, sentences
from ingest.work import describes_work

_MONTH = rf"(?:{MONTHS})\.?"  # (the one list of month names: ingest/metrics.py)
_YEAR = r"(?:19|20)\d\d\b"
# a start in time: 'Since 2022', 'since October 2023', 'From June 2024', 'Between 2003 and 2011',
# 'began in the summer of 2014', 'set up in 2019', or a sentence opening 'In 2017 ...'
_STARTED = re.compile(
    rf"(?i)\b(?:since|from|between|began|begun|started|set up|launched|established|introduced)\s+"
    rf"(?:in\s+)?(?:(?:the\s+)?(?:spring|summer|autumn|winter|start|end|beginning)\s+of\s+)?(?:{_MONTH}\s+)?{_YEAR}|"
    rf"^\W*(?:in|by|during)\s+(?:{_MONTH}\s+)?{_YEAR}|"
    # 'was set up by the directors ... in June 2025', 'ran Operation Spoke ... from March to June 2025'
    rf"\b(?:began|begun|started|set up|launched|established|introduced)\b[^.;]{{0,80}}?\bin\s+(?:{_MONTH}\s+)?{_YEAR}|"
    rf"\bfrom\s+{_MONTH}(?:\s+{_YEAR})?\s+(?:to|until)\s+(?:{_MONTH}\s+)?{_YEAR}")
# a sentence going on with the piece before it: 'the scheme', 'this project', 'it was extended'
_REFERS_BACK = re.compile(r"(?i)\b(?:the|this|that) (?:operation|project|scheme|programme|initiative|pilot|service|"
                          r"approach|work|arrangement)\b|\b(?:it|continued|extended|expanded|grew)\b")
# another piece begun, told as such without a date: 'I also brought in Friday Outreach ...'
_ANOTHER = re.compile(r"(?i)\balso\s+(?:set up|launched|started|brought in|introduced|founded|established|created)\b")

def split_at_launches(view: View, sections: list[Section]) -> list[Section]:
    """Each section cut where a paragraph starts a piece of its own (the module's docstring), or
    where paragraphs each open by naming a piece of their own (`_cut_at_names`)."""
    out: list[Section] = []
    for section in sections:
        counted_out = _cut_at_counted(view, section)
        if counted_out is not None:
            out += counted_out
            continue
        for piece in _cut_at_launches(view, section):
            out += [told for named in _cut_at_names(view, piece) for told in _cut_mid_paragraph(view, named)]
    return out


def _cut_mid_paragraph(view: View, section: Section) -> list[Section]:
    """A section telling a piece of work and then, inside the same paragraph, another it names with
    who does it or whose it is ('... Since the gates went in we have had no trouble at all. The
    Jitty Garden is the Kingfisher Row Residents' Group's own project in our alley ...'): cut where
    that sentence begins, each side telling work. (A line starting such a sentence is
    `_cut_at_names`'s.)"""
    text = view.doc.text
    cuts: list[int] = []
    for a, _ in joined_sentence_spans(text[section.body_start:section.end]):
        at = section.body_start + a
        if at == section.body_start or text[at - 1] == "\n":
            continue
        named = NAMED_WITH_DOER.match(text[at:at + ACCOUNT_CHARS])
        if named is None or bodies_named(named.group(0)):
            continue
        before = text[cuts[-1] if cuts else section.start:at]
        if name_in(named).casefold() not in text[section.start:at].casefold() and describes_work(before) \
                and describes_work(" ".join(account(text[at:section.end]))):
            cuts.append(at)
    if not cuts:
        return [section]
    bounds = [section.start, *cuts, section.end]
    first = replace(section, end=trim(text, bounds[0], bounds[1])[1])
    return [first] + [Section(a, trim(text, a, b)[1], named_account(text[a:b]), theme=section.theme)
                      for a, b in zip(bounds[1:], bounds[2:])]


def split_at_names(view: View, sections: list[Section]) -> list[Section]:
    """Each section cut where paragraphs each open by naming a piece of their own (`_cut_at_names`):
    for items set off by rules, where an item may hold two schemes told side by side."""
    return [piece for section in sections for piece in _cut_at_names(view, section)]


def _cut_at_counted(view: View, section: Section) -> list[Section] | None:
    """A section whose opening counts the pieces it goes on to tell ('Two pieces of work this year
    stand out.'), followed by as many paragraphs each telling of work, tells those pieces: one a
    paragraph, the opening framing them (no piece); None when it does not."""
    text = view.doc.text
    paragraphs = _paragraphs(view, section)
    for k, (start, end) in enumerate(paragraphs[:_COUNTING_WITHIN]):
        count, _ = counted(text[start:end])
        if count < 2:
            continue
        told = paragraphs[k + 1:]
        if len(told) == count and all(describes_work(text[a:b]) for a, b in told):
            return [Section(a, b, theme=section.theme) for a, b in told]
        return None
    return None


_COUNTING_WITHIN = 2  # the opening paragraphs that may count the pieces


def _paragraphs(view: View, section: Section) -> list[tuple[int, int]]:
    """The spans of a section's paragraphs: runs of lines between blank lines, or, where there are
    too few for a run of accounts (a PDF's paragraphs run on without blank lines), the runs from
    one line starting a sentence to the next."""
    text = view.doc.text
    paragraphs = [(group[0].start, group[-1].end) for group in paragraphs_of(view, section)]
    if len(paragraphs) < _PARAGRAPHS:
        starts = [line.start for line in _sentence_lines(view, section)]
        paragraphs = [(a, trim(text, a, b)[1]) for a, b in zip(starts, [*starts[1:], section.end])]
    return paragraphs


def _cut_at_names(view: View, section: Section) -> list[Section]:
    """A section in which two or more paragraphs (lines starting a sentence, in a PDF whose
    paragraphs run on without a blank line) each open by naming a piece of work the section has
    not named before, and go on to tell its work ('Project Compass, run with Bedfordshire
    Police's Luton schools team, supports ...', then 'The Speak Up ambassador scheme is led by
    pupils. ...'), tells those pieces: it is cut at each. What comes before the first frames
    them, unless the section's heading names that piece."""
    text = view.doc.text
    # (the names the document's title and the section's headings give: the piece the section is of)
    seen = {m.group(0).casefold() for said in (document_title(view), section.heading, section.header)
            for m in PROGRAMME.finditer(said)}
    cuts: list[int] = []
    titles: dict[int, str] = {}  # each piece's name, its title
    for line in _sentence_lines(view, section):
        title = named_account(text[line.start:section.end])
        name = title.casefold()
        if name and name not in seen:
            cuts.append(line.start)
            titles[line.start] = title
        # (a name told before, in the text or a heading, is the piece going on)
        seen |= {m.group(0).casefold() for m in PROGRAMME.finditer(text[line.start:line.end])} | ({name} - {""})
    if len(cuts) < _NAMED_PIECES:
        return [section]
    return _accounts(view, section, (cuts[0], cuts[1]), cuts[1:], titles)


def named_in(view: View, section: Section, sections: list[Section]) -> list[Section]:
    """The pieces a letter or other apparatus tells by name (a gala's welcome: 'Ropery Nights is
    our Friday and Saturday evening youth club ... Since October 2023 ...'): each account opening
    with a piece's name, to the next line starting a sentence; not a piece another section names
    in its heading or opening (a foreword going over the pieces told after it)."""
    text = view.doc.text
    # (a title block naming the document after the piece, as a pamphlet is, tells none)
    others = [s for s in sections if s.start != section.start and not s.framing]
    elsewhere = {s.heading.casefold() for s in others} | {
        named_account(text[s.body_start:s.end]).casefold() for s in others}
    lines = _sentence_lines(view, section)
    pieces = []
    for line, after in zip(lines, [*lines[1:], None]):
        # (a list's item points to a piece, as a results announcement's highlights do; it tells none)
        title = "" if line.is_bullet else named_account(text[line.start:section.end])
        if title and not any(title.casefold() in told for told in elsewhere):
            end = trim(text, line.start, after.start if after else section.end)[1]
            pieces.append(Section(line.start, end, title, theme=section.theme))
    return pieces


def _accounts(view: View, section: Section, first: tuple[int, int], cuts: list[int],
              titles: dict[int, str] | None = None) -> list[Section]:
    """The section cut into the accounts that start at `first` (its span) and at each of `cuts`,
    each titled from `titles` where given. The section's opening before the first account (who
    the charity is, the life before the work, the curriculum round the schemes) frames them: the
    first piece starts with its own account, unless the section's heading names that account."""
    text, titles = view.doc.text, titles or {}
    start = section.start if section.heading and section.heading.casefold() in \
        text[first[0]:first[1]].casefold() else first[0]
    bounds = [start, *cuts, section.end]
    pieces = [replace(section, end=trim(text, bounds[0], bounds[1])[1]) if start == section.start
              else Section(start, trim(text, bounds[0], bounds[1])[1], titles.get(start, ""), theme=section.theme)]
    return pieces + [Section(a, trim(text, a, b)[1], titles.get(a, ""), theme=section.theme)
                     for a, b in zip(bounds[1:], bounds[2:])]


_NAMED_PIECES = 2  # paragraphs opening with a new piece's name: a section of pieces, not one piece's story


def _sentence_lines(view: View, section: Section) -> list[Line]:
    """The body lines of a section that start a sentence: after a blank line, or after a line
    ending one (a PDF's paragraphs often run on without a blank line)."""
    lines = [line for line in lines_of(view, section) if line.start >= section.body_start and not line.is_heading]
    return [line for before, line in zip([None, *lines], lines)
            if before is None or line.blanks_before or SENTENCE_END.search(before.plain)]


def _cut_at_launches(view: View, section: Section) -> list[Section]:
    text = view.doc.text
    paragraphs = _paragraphs(view, section)
    if len(paragraphs) < _PARAGRAPHS:
        return [section]
    named = bodies_named(f"{section.heading}\n{section.header}")
    launched: tuple[int, int] | None = None  # the first paragraph telling of work begun
    cuts: list[int] = []
    for start, end in paragraphs:
        said = text[start:end]
        first = next(iter(sentences(said)), "")
        opening = NAMED_OPENING.match(first)  # ('The Cycle Store Register was set up ...': a new piece's name)
        bodies = bodies_named(said) | {m.group(1) for m in OURS.finditer(first)} | ({opening.group(0)} if opening else set())
        starts = _starts_work(first, said)
        if launched and starts and bodies - named:
            cuts.append(start)
            named = set(bodies)
        else:
            named |= bodies
        launched = launched or ((start, end) if starts else None)
    if not cuts:
        return [section]
    return _accounts(view, section, launched, cuts)


_PARAGRAPHS = 3  # a run of accounts: an opening and two pieces at least


def launched_in(view: View, section: Section) -> list[Section]:
    """The pieces a section not itself a piece tells (a person's profile or citation: 'In 2017 she
    set up, with Lincolnshire Police, the sharing of ...'): from each line opening a sentence of
    work begun at a time, done with someone it names, to the next such line; [] when none. (Lines,
    not blank-separated paragraphs: a PDF's paragraphs often run on without a blank line.)"""
    text = view.doc.text
    starts = []
    for line in _sentence_lines(view, section):
        said = account(text[line.start:section.end])
        # (the account's first sentence, or its second after a short one setting the scene: 'Her
        # handler's favourite job came in her busiest winter. Operation Nightlock was Kent Police's ...')
        for first in said[:1] + (said[1:2] if sets_the_scene(said) else []):
            if bodies_named(first) and (_starts_work(first, first) or (PROGRAMME.match(first.lstrip())
                                                                   and describes_work(" ".join(said)))):
                # ('In 2017 she set up, with Lincolnshire Police, ...'; 'Project Doorstep is run by
                # Cleveland Police's ... team with ...': a programme named with its doer)
                starts.append(line.start)
                break
    bounds = [*starts, section.end]
    return [Section(a, trim(text, a, b)[1], theme=section.theme) for a, b in zip(bounds, bounds[1:])]


def _starts_work(sentence: str, paragraph: str) -> bool:
    """The paragraph opens with work begun at a time, not with the piece before it going on."""
    opening = " ".join(sentence.split()[:_OPENING_WORDS])  # (its subject and verb, not a clause after)
    return bool(_STARTED.search(sentence) or _ANOTHER.search(opening)) and not _REFERS_BACK.search(opening) \
        and not ROLE_HELD.search(sentence) \
        and describes_work(paragraph)


_OPENING_WORDS = 10
