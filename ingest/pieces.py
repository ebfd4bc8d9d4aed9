"""One piece of work or several: the sections a heading tree or a document's numbering cuts are
separate initiatives only when they show that they are different pieces of work. A section is a
piece of its own when it differs from the piece before it in WHO (it is credited to a force the
piece is not) or in WHAT (its heading names a programme of its own, not the document's subject).
Otherwise, in a document about one subject, a section elaborates the piece before it (background,
how it works, results, a question about it, next steps) and joins it:

- a document is about one subject when its title names one piece of work (a programme's name,
  'Operation X', 'Community Speedwatch: frequently asked questions') that its sections go on to
  talk about, and the title does not say it is a collection ('projects we have funded',
  'examples', 'newsletter');
- or when most of its sections are headed as questions or as aspects of a piece ('How it
  works', 'What happens next', 'Who can take part?'): questions about one thing.

Documents of parallel records (templated, labelled, tabled, slides, ...) are never joined: their
layout already says each record is a piece."""

from __future__ import annotations

import re
from dataclasses import replace

from index.gazetteer import PLAIN_CAPITALISED, canonical_force, find_forces, find_organisations, organisation_names
from ingest.layouts.common import (COLLECTION, Section, View, body_of, document_title, drawn_boxes, is_aspect, is_not_work,
                                   is_table_with_notes, lines_of, paragraphs_of, prose_of, trim)
from ingest.layouts.headings import heading_level
from ingest.names import PROGRAMME, named_account
from ingest.sentences import sentences
from ingest.titles import QUOTED_NAME
from ingest.work import describes_work, in_english

# a quoted heading is a name ('Walk and Talk') when it is set in title case, not a pull quote
# ('It started with one bad night')
_TITLE_CASE = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|and|of|the|for|in|on|to|&))*$")
# a heading asking a question, or naming an aspect of one piece of work rather than a piece
_QUESTION = re.compile(r"(?i)^(?:\d+(?:\.\d+)*[.)]?\s+|q\d*[.:)]\s*|question \d+[.:)]?\s*)?(?:(?:so|and|but|now|then),?\s+)?"
                       r"(?:what|why|how|who|when|where|which|can|could|do|does|did|is|are|was|were|will|"
                       r"would|should|has|have)\b.*\?\s*$|"
                       # an indirect question: 'What the team does', 'How we did it', 'Why it matters'
                       r"^(?:what|why|how|who|where|when)\s+\S+.*$")
# words of a document's own name, not a piece of work's
_DOCUMENT_NAME = re.compile(
    r"(?i)\b(?:review|report|plan|strategy|statement|newsletter|magazine|bulletin|issue|edition|update|"
    r"annual|quarterly|monthly|weekly|year|inspection|peel|policy|minutes|agenda|\d+)\b|\d")
# what a title's tail says the document is, about the name before it ('Police Now: ASB falls in
# Avon' is a headline, not a document about a piece called Police Now)
_ABOUT_IT = re.compile(
    r"(?i)^(?:(?:a|an|the|our)\s+)?(?:(?:final|interim|joint|end[- ]of[- ]project|progress|evaluation|"
    r"partnership|project|closing|summary)\s+)*(?:frequently asked questions|faqs?|questions and answers|"
    r"q\s?&\s?a|report|evaluation|review|update|briefing|blog|overview|summary|case study|explainer|guide|"
    r"information|fact ?sheet|how it works|what you need to know|about the (?:scheme|project|programme))\b")
# an opening that counts the pieces to come ('we ran three projects', 'the following initiatives')
_COUNTED = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a number of|a range of|these|"
    r"the following)\s+(?:[\w-]+\s+)?(?:projects|initiatives|schemes|programmes|pieces of work|examples|"
    r"case studies|pilots|interventions|operations|campaigns)\b")
# a programme named as what paid for the work ('Funded by the Safer Streets Programme') is an
# umbrella over pieces, not the piece
_FUNDED_BY = re.compile(r"(?i)\b(?:funded|paid for|supported|financed) (?:by|through|from|under)\s+(?:the\s+)?$")
_MOSTLY = 0.6
_SECTION_ANAPHOR = re.compile(r"(?i)\b(?:the|this|our) (?:project|scheme|programme|operation|initiative|pilot|"
                              r"service|campaign|partnership|team|network|work)\b")


def subject_of(title: str) -> str:
    """The one piece of work a document's title names, '' when it names none or a collection."""
    if not title or COLLECTION.search(title):
        return ""
    named = PROGRAMME.search(title) or QUOTED_NAME.search(title)
    if named and _is_name(named.group(0).strip("'‘’\"“” ")):
        return named.group(0).strip("'‘’\"“” ")
    # 'Community Speedwatch: frequently asked questions': a name, then what kind of document
    # this is about it. A document's own name ('Local Policing Review 2024', 'Inclusion
    # Matters', 'Issue 14') names no piece of work.
    parts = re.split(r"\s*(?::|\||\s[-–—]\s)\s*", title, maxsplit=1)
    head = parts[0].strip()
    words = head.split()
    if len(parts) == 2 and 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) \
            and _ABOUT_IT.match(parts[1]) and not _DOCUMENT_NAME.search(head) and not find_forces(head):
        return head
    return ""


def who(view: View, section: Section) -> frozenset[str]:
    """The forces a section is credited to: named in its heading, or in its first sentence."""
    text = body_of(view, section)
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0] if text.strip() else ""
    return frozenset(m.name for m in find_forces(f"{section.heading}\n{first}"))


def _is_name(quoted: str) -> bool:
    """A quoted name ('Walk and Talk'), not a pull quote ('Nobody should go home alone')."""
    return bool(_TITLE_CASE.match(quoted)) and len(quoted.split()) <= 6


# a name set before a colon that says what it is ('CatMark: free catalytic converter marking',
# 'Market Watch: a year on'): a coined word with a capital inside, or two or three words in title case
_LABEL_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+[A-Z][\w'’-]*|[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?=:\s)")


def own_name(section: Section, subject: str) -> str:
    """A programme name the section's heading gives it, other than the document's subject."""
    for rx in (PROGRAMME, QUOTED_NAME, _LABEL_NAME):
        for match in rx.finditer(section.heading):
            name = match.group(0).strip("'‘’\"“” ")
            if rx is QUOTED_NAME and not _is_name(name):
                continue
            if rx is _LABEL_NAME and (elaborates(name) or name.split()[0] in PLAIN_CAPITALISED):
                continue  # ('Next Steps: ...', 'The Results: ...')
            if _other_than(name, subject):
                return name
    return ""


def _other_than(name: str, subject: str) -> bool:
    """A name that is not the document's subject, nor part of it, nor holds it."""
    return not subject or (name.lower() not in subject.lower() and subject.lower() not in name.lower())


def _told_name(view: View, section: Section, subject: str) -> str:
    """The name of the piece the section's text opens by telling, with who does it or whose it is
    ('Sisters Swim is organised by Dumfries Women's Connect, ...'), when its heading gives that
    name and it is not the document's subject; '' otherwise."""
    name = named_account(body_of(view, section))
    if not name or name.casefold() not in section.heading.casefold():
        return ""
    return name if _other_than(name, subject) else ""


# a heading that only numbers a part ('Question 2', 'Part 3', 'Step 1', 'Annex B'): it titles
# nothing of its own
_NUMBERED_PART = re.compile(r"(?i)^(?:question|q|answer|part|section|step|stage|phase|item|chapter|annex|appendix)"
                            r"\s*(?:\d+|[a-z]|[ivx]+)[.:)]?$")


def elaborates(heading: str) -> bool:
    """A heading asking a question, naming an aspect of a piece of work or only numbering a part,
    not titling a piece."""
    plain = heading.strip(" #*")
    return bool(_QUESTION.match(plain) or is_aspect(plain) or _NUMBERED_PART.match(plain) or is_not_work(plain))


def _collection(view: View, sections: list[Section], title: str) -> bool:
    """The title, or the opening before the first section, says the document holds several pieces."""
    return bool(COLLECTION.search(title) or _COUNTED.search(view.doc.text[:sections[0].start]))


def one_subject(view: View, sections: list[Section]) -> str:
    """What the document is about when it is about one piece of work ('' when it is not): the
    subject its title names, when its sections talk about it; or, when most of its sections are
    headed as questions or aspects, its title."""
    title = document_title(view)
    if _collection(view, sections, title):
        return ""
    subject = subject_of(title)
    if _names_an_organisation(view, subject or title):
        return ""  # 'CORVID' over a brochure of Corvid Security Ltd: the company, not a piece of its work
    if subject and _one_of_titled_siblings(view, sections, subject):
        return ""  # (the title is the first item's heading: 'Brief 1 – Operation Orchard' over 'Brief 2 – ...')
    if subject:
        bodies = [body_of(view, s).lower() for s in sections]
        if view.doc.text.lower().count(subject.lower()) >= 2 or \
                sum(bool(_SECTION_ANAPHOR.search(body)) for body in bodies) >= len(bodies) / 2:
            return subject
    lead = _lead_programme(view, sections)
    if lead:
        return lead
    headed = [s.heading for s in sections if s.heading]
    if len(headed) >= 2 and sum(elaborates(h) for h in headed) >= _MOSTLY * len(headed) \
            and not COLLECTION.search(title):
        return title or "?"
    return ""


def _names_an_organisation(view: View, name: str) -> bool:
    """Whether `name` is how the document's text opens the name of an organisation it names."""
    if not name:
        return False
    folded = name.casefold() + " "
    return any(name.casefold().startswith(folded) for name in organisation_names(view.doc.text))


def _lead_programme(view: View, sections: list[Section]) -> str:
    """The one programme a document introduces in its opening (before its first section, or in
    the first) and names again later, when no section names another: 'We set up Project Lantern
    ...' in a blog post whose later sections tell how it went."""
    title = view.doc.title or ""
    if COLLECTION.search(title) or not all(s.heading for s in sections):
        return ""  # (sections cut at a newly named programme, in a document without headings, stay)
    text = view.doc.text
    opening = text[:sections[0].end]
    names = {m.group(0).strip("'‘’\"“” ") for m in PROGRAMME.finditer(opening)
             if not _FUNDED_BY.search(opening[max(0, m.start() - 40):m.start()])}
    if len(names) != 1:
        return ""
    name = names.pop()
    later = text[sections[0].end:sections[-1].end]
    kind = _kind(name)
    if name not in later and not (kind and re.search(rf"(?i)\b(?:the|this|our) {kind}\b", later)):
        return ""  # named once and never again: the opening's own piece, not the document's subject
    others = {m.group(0) for s in sections[1:] for m in PROGRAMME.finditer(
        text[s.start:s.end]) if m.group(0) not in name and name not in m.group(0)}
    return "" if others or _one_of_titled_siblings(view, sections, name) else name


def _one_of_titled_siblings(view: View, sections: list[Section], name: str) -> bool:
    """The programme has a section of its own, headed with its name, and a later section is set
    at the same heading level under a title of its own (not an aspect, a question or a numbered
    part): the programme is one of the pieces set side by side ('Operation Carousel, Claremont',
    'Navigators in the emergency department', 'Team Around the School'), not what the document is
    about. A blog post's later sections on how its scheme went are headed as aspects."""
    own = next((s for s in sections if name in s.heading), None)
    at = _heading_line(view, own) if own is not None else None
    if at is None:
        return False
    level = heading_level(view.lines[at])
    for section in sections:
        line = _heading_line(view, section) if section.start > own.start else None
        if line is not None and heading_level(view.lines[line]) == level and name not in section.heading \
                and not elaborates(section.heading):
            return True
    return False


def _kind(name: str) -> str:
    """What kind of work a programme's name says it is: 'Operation Aspire' an operation, 'Custody
    Care Project' a project."""
    words = name.split()
    for word in (words[0], words[-1]):
        if word.lower().rstrip(".") in ("operation", "op", "project", "programme", "scheme", "initiative", "pilot",
                                         "campaign"):
            return "operation" if word.lower().startswith("op") else word.lower()
    return ""


def tells_of_work(view: View, section: Section) -> bool:
    """The section tells of work done (ingest/work.py); a table of figures under its caption
    does not, whatever its rows count."""
    return not is_table_with_notes(lines_of(view, section)) and describes_work(body_of(view, section))


def _apart(view: View, sections: list[Section], owners: tuple[str, ...]) -> list[Section]:
    """The pieces among sections that are each their own piece: those telling of work done. A
    numbered paragraph that refers back to the piece before it ('The operation depends
    on ...') and names no force of its own continues that piece; in a document no force owns (an
    inspection, a review), one that names no force ('We found that forces ...', 'In one force we
    visited ...') is a finding, not a piece."""
    pieces: list[Section] = []
    for section in sections:
        body = body_of(view, section)
        said = sentences(prose_of(view, section)) or [""]
        # (past a run-in head: '4.4 Welfare. The welfare tent was run by the charity ...')
        opening = next((x for x in said if len(x.split()) > _HEAD_WORDS), said[0])
        untitled = not section.heading and _numbered_paragraph(view, section)
        forces = who(view, section)
        if untitled and pieces and not forces and _REFERS_BACK.search(opening):
            pieces[-1].end = section.end
            continue
        if untitled and not owners and not find_forces(body) and not find_organisations(opening):
            continue
        if tells_of_work(view, section):
            pieces.append(replace(section))
    return pieces


def _numbered_paragraph(view: View, section: Section) -> bool:
    """The section is a numbered paragraph ('4.6 We were told ...'), not a titled section."""
    return any(item.kind == "numbered" and item.start in (section.start, section.body_start) for item in view.doc.outline)


_HEAD_WORDS = 3  # a numbered paragraph's opening 'sentence' this short is its run-in head ('4.4 Welfare.')

# a sentence referring back to the piece before it by its kind
_REFERS_BACK = re.compile(r"(?i)\b(?:the|this|that) (?:operation|project|scheme|programme|initiative|pilot|team|"
                          r"service|partnership|approach|work|arrangement)\b")


def join(view: View, sections: list[Section], owners: tuple[str, ...] = ()) -> list[Section]:
    """The pieces of work among `sections` (a heading tree's or numbering's work sections): in a
    document about one subject, a section joins the piece before it unless it differs in who
    (credited to a force neither the piece nor the document's owner is) or names a programme of
    its own."""
    if len(sections) < 2:
        return [s for s in sections if tells_of_work(view, s)]
    if _announces_pieces(view, sections):
        return _apart(view, sections, owners)
    sections = _under_parents(view, sections, owners)
    if len(sections) < 2:
        return [s for s in sections if tells_of_work(view, s)]
    foreign = [s for s in sections if not in_english(body_of(view, s))]
    if foreign and len(foreign) < len(sections):
        # a bilingual document: the sections in the other language tell the English ones' pieces
        # again; they are read as parts of the pieces beside them, not as pieces of their own
        pieces = join(view, [s for s in sections if s not in foreign], owners)
        return _attach(pieces, foreign)
    subject = one_subject(view, sections)
    if not subject:
        return _apart(view, sections, owners)
    pieces: list[Section] = []
    credited: set[str] = set()
    named = ""  # the programme the current piece's heading names
    for section in sections:
        if not tells_of_work(view, section):
            # results, figures or thanks tell of no work of their own: part of the piece before
            # them, if there is one
            if pieces:
                pieces[-1].end = section.end
            continue
        forces = who(view, section)
        name = own_name(section, subject) or _told_name(view, section, subject)
        new = not pieces or (forces and not forces & (credited | set(owners))) or bool(name and name != named)
        if new:
            pieces.append(replace(section))
            credited, named = set(forces), name
            continue
        last = pieces[-1]
        last.end = section.end
        credited |= forces
    if len(pieces) == 1 and len(sections) > 1:
        pieces[0].heading = _piece_heading(view, subject, pieces[0].heading)
    return pieces


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _announces_pieces(view: View, sections: list[Section]) -> bool:
    """The text before the second section counts the pieces of work it goes on to tell ('Two
    pieces of work this year have begun to change that'), and as many sections after it tell of
    work: they are the pieces it counts, not parts of one, whatever heading they are set under."""
    count, end = counted(view.doc.text[:sections[1].start])
    after = [s for s in sections if s.start >= end]
    return 2 <= count <= sum(1 for s in after if tells_of_work(view, s))


def counted(text: str) -> tuple[int, int]:
    """How many pieces of work the text says it goes on to tell ('Two pieces of work this year
    stand out': 2), and where that is said; (0, 0) when it counts none in numbers."""
    match = _COUNTED.search(text)
    if not match:
        return 0, 0
    word = match.group(0).split()[0].lower()
    return (int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)), match.end()


def _attach(pieces: list[Section], parts: list[Section]) -> list[Section]:
    """Each part joined to the piece before it, or to the first piece when none comes before."""
    for part in parts:
        before = [p for p in pieces if p.start <= part.start]
        if before:
            before[-1].end = max(before[-1].end, part.end)
        elif pieces:
            pieces[0].start = min(pieces[0].start, part.start)
    return pieces


def _heading_line(view: View, section: Section) -> int | None:
    inside = [i for i, line in enumerate(view.lines) if line.is_heading and section.start <= line.start < section.end]
    own = [i for i in inside if view.lines[i].plain == section.heading]
    return (own or inside or [None])[0]


def parent_heading(view: View, section: Section) -> int | None:
    """The heading a section's heading is set under (the nearest shallower heading above it, not
    one inside a drawn box the section is outside: a leaflet's cover panel heads only itself)."""
    at = _heading_line(view, section)
    boxes = drawn_boxes(view)
    own = view.lines[at].start if at is not None else section.start

    def governs(i: int) -> bool:
        start = view.lines[i].start
        return not any(s <= start < e <= own for s, e in boxes)

    if at is None:
        # a numbered paragraph ('5.2 The team has lent ...'): set under the heading above it
        return next((i for i in range(len(view.lines) - 1, -1, -1)
                     if view.lines[i].is_heading and view.lines[i].start < section.start and governs(i)), None)
    level = heading_level(view.lines[at])
    return next((i for i in range(at - 1, -1, -1)
                 if view.lines[i].is_heading and heading_level(view.lines[i]) < level and governs(i)), None)


def parent_text(view: View, section: Section) -> str:
    """The text of the heading a section is set under, with its own prose before its first
    sub-heading (a profile card's name, role and former force above its 'Career highlight')."""
    parent = parent_heading(view, section)
    if parent is None:
        return ""
    after = next((line.start for line in view.lines[parent + 1:] if line.is_heading), section.start)
    return view.doc.text[view.lines[parent].start:min(after, section.start)]


def _under_parents(view: View, sections: list[Section], owners: tuple[str, ...]) -> list[Section]:
    """Sections set under one parent heading that titles a piece of work, joined into that piece,
    when the parent names a programme ('Project Guardian: tackling violence' over 'Demand',
    'How we meet it') or its sections are headed as aspects or questions; and none of them
    differs from the others in who or names a programme of its own."""
    groups: list[tuple[int | None, list[Section]]] = []
    for section in sections:
        parent = parent_heading(view, section)
        if groups and parent is not None and groups[-1][0] == parent:
            groups[-1][1].append(section)
        else:
            groups.append((parent, [section]))
    out: list[Section] = []
    for parent, group in groups:
        if parent is None or len(group) < 2:
            out.extend(group)
            continue
        title = view.lines[parent].plain
        named = bool(PROGRAMME.search(title) or QUOTED_NAME.search(title)) and not is_not_work(title)
        aspects = sum(elaborates(s.heading) for s in group) >= _MOSTLY * len(group)
        credited = [who(view, s) - set(owners) for s in group]
        differ = len({c for c in credited if c}) > 1 or any(own_name(s, title) for s in group)
        if not (named or aspects) or differ or is_not_work(title) or len(title.split()) > 15 \
                or _names_an_organisation(view, title):  # (a company's name over its brochure's parts)
            out.extend(group)
            continue
        piece = replace(group[0], end=group[-1].end, heading=title)
        # from the parent heading on, unless a section before these holds it (a title block)
        piece.start = min(piece.start, max(view.lines[parent].start, out[-1].end if out else 0))
        out.append(piece)
    return out


def _piece_heading(view: View, subject: str, first: str) -> str:
    """The heading of a document's one piece: the document's own title heading when it names the
    subject; else the programme the subject is; else the title heading, or the first section's
    heading."""
    top = next((line.plain for line in view.lines if line.is_heading), "")
    named = subject if subject and subject != "?" else ""
    if named and top and named.lower() in top.lower():
        return top
    if named and named.lower() in (view.doc.title or "").lower():
        return view.doc.title
    if named and PROGRAMME.fullmatch(named):
        return named
    return top if top and not is_not_work(top) else first


# the publisher's own voice: a sentence in it tells of the publisher's work, whoever else it names
_OWN_VOICE = re.compile(r"(?i)\b(?:we|our|us|i|my)\b")


def split_at_other_forces(view: View, sections: list[Section], owners: tuple[str, ...]) -> list[Section]:
    """A paragraph, after a section's first, that tells of a force's work where neither the
    publisher nor any force named before it in the section is that force ('The Police Service
    of Northern Ireland has taken a similar approach ... PSNI response teams have held ...') is
    another piece: that force's. The section is cut there; what follows it belongs to the new
    piece (the account of the other force's scheme goes on), and the paragraph must say so in
    a sentence of its own, not in the publisher's voice ('we worked with Kent Police ...')."""
    out: list[Section] = []
    for section in sections:
        out += _cut_at_other_forces(view, section, owners)
    return out


def _cut_at_other_forces(view: View, section: Section, owners: tuple[str, ...]) -> list[Section]:
    text = view.doc.text
    paragraphs = [(group[0].start, group[-1].end) for group in paragraphs_of(view, section)]
    if len(paragraphs) < 2:
        return [section]
    named = set(owners) | {m.name for m in find_forces(f"{section.heading}\n{section.header}")}
    # the opening: label lines ('Lead organisation: ...') and the first paragraph of prose
    opening = next((k for k, (s, e) in enumerate(paragraphs)
                    if len(text[s:e].split()) >= _PROSE_WORDS and not _IMAGE.match(text[s:e])),
                   len(paragraphs) - 1)
    for start, end in paragraphs[:opening + 1]:
        named |= {m.name for m in find_forces(text[start:end])}
    later = paragraphs[opening + 1:]
    if not named:
        # no force yet: the first one named is the piece's own, not another; unless the opening
        # frames paragraphs that each tell of a different force's work (a government response
        # giving 'North Yorkshire Police's Rural Taskforce ...' and 'Dyfed-Powys Police's Off-Road
        # Bike Team ...' as examples): each of those is that force's piece, and the opening
        # framing them is none
        doers = [(start, doer) for start, end in later
                 if (doer := next((d for x in sentences(text[start:end])[:1]
                                   if (d := _other_doer(x, set())) and _FORCE_WRITTEN.search(d) and describes_work(x)),
                                  ""))]
        if len({canonical_force(d) or d for _, d in doers}) < 2:
            return [section]
        start, doer = doers[0]
        return _cut(view, section, start, doer, owners)[1:]  # (the opening frames them: no piece)
    at_opening = set(named)  # a byline's force may have been announced just before ('our colleagues at the Met')
    for k, (start, end) in enumerate(later):
        said = text[start:end]
        # a post or statement quoted under another force's name ('Metropolitan Police @metpoliceuk
        # · 3 Mar 2025', then 'Our Bus Safety Hosts ...'): its 'we' is that force's
        byline = _byline(said, at_opening)
        if byline and k + 1 < len(later) and describes_work(text[later[k + 1][0]:later[k + 1][1]]):
            return _cut(view, section, start, byline, owners)
        introduced = ""  # another force made the subject without its work yet ('X had a similar problem.')
        for sentence in sentences(said):
            doer = _other_doer(sentence, named)
            if doer and describes_work(sentence):
                return _cut(view, section, start, doer, owners)
            if introduced and _TAKEN_UP.match(sentence) and describes_work(sentence):
                # '... Since 2023 the team and the council have run ...': the force just introduced
                return _cut(view, section, start, introduced, owners)
            introduced = introduced or doer
        named |= {m.name for m in find_forces(said)}
    return [section]


def _cut(view: View, section: Section, at: int, doer: str, owners: tuple[str, ...]) -> list[Section]:
    """The section up to `at`, then the piece from `at` on, headed by the force that did it (read
    as who did it before its body: owners.section_who), cut again where another force's begins."""
    before = replace(section, end=trim(view.doc.text, section.start, at)[1])
    after = Section(at, section.end, header=doer, theme=section.theme)
    return [before] + _cut_at_other_forces(view, after, owners)


_PROSE_WORDS = 12  # a paragraph this long is prose, not a label line
# a sentence taking up the subject the sentence before introduced: 'They ...', 'The team ...',
# 'Since 2023 the force ...' (after a time phrase, the subject)
_TAKEN_UP = re.compile(r"(?i)^\W*(?:(?:since|from|in|by|during|over|for)\s+[^,]{1,40}?,?\s+)?"
                       r"(?:they|the (?:team|force|unit|officers|squad|hub|partnership|scheme|project|sergeant|inspector))\b")
# a force written as a force ('Dyfed-Powys Police', 'PSNI', 'the Met'), not by its area alone
# ('Bedfordshire has the largest number of children's homes')
_FORCE_WRITTEN = re.compile(r"(?i:police|constabulary|heddlu)|^[A-Z]{2,6}$|\bMet\b")
_IMAGE = re.compile(r"^\s*!\[")  # an image and its description ('![Cover image: a phone ...](...)'): no prose

# where a force named in a sentence is its doer: among its first words, not after a preposition
# ('a sergeant from the Metropolitan Police', 'based on West Midlands Police's rooms')
_DOER_WORDS = 8
_NOT_DOER = re.compile(r"(?i)\b(?:from|at|of|with|to|by|on|for|in|like|than|as|and|including|via)(?:\s+the)?\s*$")


def _other_doer(sentence: str, named: set[str]) -> str:
    """The force (as written) that is the sentence's subject when it is not named before (and the
    sentence names none that was: 'Wiltshire Police ran a programme like Gloucestershire's'
    compares, it does not start a piece), in a sentence not in the publisher's voice; else ''."""
    mentions = find_forces(sentence)
    if not mentions or any(m.name in named for m in mentions) or _OWN_VOICE.search(sentence):
        return ""
    first = mentions[0]
    before = sentence[:first.start]
    if len(before.split()) > _DOER_WORDS or _NOT_DOER.search(before.replace("’s", "").rstrip(" ,")):
        return ""
    return sentence[first.start:first.end]


_BYLINE_WORDS = 12


def _byline(paragraph: str, named: set[str]) -> str:
    """A short line opening with a force not named before, that is no sentence: the name a
    quoted post or statement is given under ('Metropolitan Police @metpoliceuk · 3 Mar 2025')."""
    line = paragraph.strip().lstrip("#>*-– ").strip()
    if "\n" in line or len(line.split()) > _BYLINE_WORDS or line.endswith((".", "!", "?", ":")):
        return ""
    mentions = find_forces(line)
    if not mentions or mentions[0].start > 0 or any(m.name in named for m in mentions):
        return ""
    return line[mentions[0].start:mentions[0].end]
