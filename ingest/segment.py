"""Split a document into initiatives: choose its layout (ingest/layouts/), cut it into sections,
keep the sections that describe a piece of work, and give each a title and who did it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import partial

from index.records import Document, Initiative
from ingest.layouts import Choice, Section, View, choose, headings, labelled, make_view, numbered, posts, ruled, single
from ingest.layouts.headings import heading_level
from ingest.layouts.common import (
    PART_LABEL, STORY_CHARS, body_of, document_title, figures_only, has_prose, is_addressed_to_reader, is_brief,
    is_contact_only, is_formal_notice, is_not_work, tells_a_life, is_prose_row, is_salutation, is_sentence, lines_of,
    only_particulars, paragraphs_of, prose_of, run_in_heads, section_of, split_at_run_in_heads, styled_section_number)
from index.gazetteer import find_forces
from ingest.metrics import MONTHS
from ingest.owners import Owner, document_owner, section_who
from ingest.launches import launched_in, named_in, split_at_launches, split_at_names
from ingest.pieces import join, parent_text, split_at_other_forces, tells_of_work
from ingest.sentences import sentences
from ingest.titles import title_for
from ingest.work import describes_work


@dataclass(frozen=True)
class Segmentation:
    """How a document was segmented: the layout choice, the owner, and each initiative's owner reason."""

    choice: Choice | None
    owner: Owner
    initiatives: list[Initiative]
    reasons: list[str]  # parallel to initiatives: why they have their forces/organisations
    # sections the rules left out before any judging, and why: (start, end, heading, reason)
    left_out: list[tuple[int, int, str, str]] = field(default_factory=list)


# layouts whose records are messages (an email thread's, a forum's posts): each opens with a
# greeting as messages do, which makes it no letter to the readers
_MESSAGES = (labelled, posts)
# layouts of items set off by rules: an item is a piece, or the sub-headed pieces it holds
_ITEMS = (ruled,)
# layouts whose sections are not parallel records: whether each is a piece is decided by what
# the sections say (ingest/pieces.py)
_ONE_OR_MANY = (headings, numbered)


def segment(doc: Document) -> list[Initiative]:
    """The initiatives of `doc`, in document order, each with an exact span."""
    return segmentation(doc).initiatives


def segmentation(doc: Document) -> Segmentation:
    view = make_view(doc)
    owner = document_owner(doc)
    if not view.lines:
        return Segmentation(None, owner, [], [])
    view, choice = view_and_layout(doc, view)
    sections = choice.layout.sections(view)
    if choice.layout is numbered:
        sections = headings.split_examples(view, sections)  # (the heading tree cuts its own parts so)
    cut = sections
    left_out: list[tuple[int, int, str, str]] = []
    sections = _work(view, sections, messages=choice.layout in _MESSAGES, items=choice.layout in _ITEMS,
                     left_out=left_out)
    if choice.layout in _ONE_OR_MANY:
        # sections cut at headings or numbers are pieces only when they tell of work done (a
        # layout of parallel records says that of each record), and separate pieces only when
        # they differ in who or what (ingest/pieces.py)
        cut_up = [s for s in split_at_run_in_heads(view, sections) if not s.framing]
        sections = join(view, cut_up, owner.forces)
        left_out += _dropped_by_join(view, cut_up, sections)
        sections = _with_its_summary(view, cut, sections)
    elif choice.layout in _ITEMS:
        # a bulletin's item may itself be sub-headed into pieces (a chair's report over its
        # 'Walkabouts ...', 'Thursday youth nights' and 'Key fob audit')
        sections = [s for s in split_at_run_in_heads(view, sections, title_lines=True) if not s.framing]
        sections = split_at_names(view, sections)
    if choice.layout in _ONE_OR_MANY + (single,):
        # prose, not records whose fields belong together: a paragraph telling of another
        # force's work is that force's piece (ingest/pieces.py)
        sections = split_at_other_forces(view, sections, owner.forces)
        # ... and a paragraph starting another piece of the same doer's, with new partners, is
        # that piece (ingest/launches.py)
        sections = split_at_launches(view, sections)
    # In a collection whose pieces each name their own force (a compendium, a case-study pack), or
    # when the owner read from the top of the document is only the first piece's, the owner is no
    # more than a fallback.
    impose = not choice.layout.PIECES_NAME_OWNERS and not (
        len(sections) > 1 and _first_piece_owner(owner.forces, sections[0]))
    initiatives, reasons = [], []
    for section in sections:
        body = body_of(view, section)
        who = section_who(section.header, body, owner, impose, partial(parent_text, view, section))
        title = title_for(section.heading, body, who.forces)
        initiatives.append(Initiative(id="", doc_id=doc.doc_id, start=section.start, end=section.end, title=title,
                                      forces=who.forces, organisations=who.organisations, theme=section.theme))
        reasons.append(who.reason)
    return Segmentation(choice, owner, initiatives, reasons, left_out)


def _dropped_by_join(view: View, before: list[Section], pieces: list[Section]) -> list[tuple[int, int, str, str]]:
    """The sections `join` made no piece nor part of one, and why (for `gpsearch ingest --explain`)."""
    dropped = []
    for section in before:
        if section.end <= section.start or any(p.start < section.end and section.start < p.end for p in pieces):
            continue
        why = "tells of no work done (no verb of doing work: ingest/work.py)" if not tells_of_work(view, section) \
            else "an untitled numbered paragraph naming no one, in a document no force owns: a finding"
        dropped.append((section.start, section.end, section.heading, why))
    return dropped


# a section summing up what follows: 'Summary', 'Section A: Summary', 'Executive summary', 'Overview'
_SUMMARY = re.compile(rf"(?i)^{PART_LABEL}?(?:executive |project |case |entry )?(?:summary|overview|abstract)\b")


def _with_its_summary(view: View, cut: list[Section], pieces: list[Section]) -> list[Section]:
    """A document telling one piece of work (an award entry, a project report) sums it up
    before telling it: a summary section just before the piece that names it ('Section A:
    Summary' opening 'Operation Ratchet was a problem-solving response ...' above the SARA
    sections) is the piece's own opening, not the document's apparatus."""
    if len(pieces) != 1 or not pieces[0].heading:
        return pieces
    piece = pieces[0]
    before = [s for s in cut if s.end <= piece.start]
    if not before or not _SUMMARY.match(before[-1].heading.strip(" #*")):
        return pieces
    summary = before[-1]
    name = pieces[0].heading.casefold()
    if name not in body_of(view, summary).casefold():
        return pieces
    return [replace(piece, start=summary.start)]


def view_and_layout(doc: Document, view: View) -> tuple[View, Choice]:
    """The layout chosen for the document's view. When the numbered layout does not take it, its
    numbered headings set in a heading's font or style are read as headings like any other, and
    the layout chosen again."""
    choice = choose(view)
    if choice.layout is not numbered and any(styled_section_number(doc, i) for i in doc.outline):
        view = make_view(doc, numbered_headings=True)
        choice = choose(view)
    return view, choice


def _work(view: View, sections: list[Section], messages: bool = False, items: bool = False,
          left_out: list[tuple[int, int, str, str]] | None = None) -> list[Section]:
    """Sections that describe a piece of work. Apparatus and framing (contents, introduction,
    findings, recommendations, notes to editors, contact details, areas for improvement, a
    document's front matter, a safety or contact box) are left out, each with its reason in
    `left_out` when given; a title block with no sentence joins the piece after it."""
    kept: list[Section] = []
    pending: Section | None = None
    for section in sections:
        body = body_of(view, section)
        if is_brief(section.heading):
            pending = None
            kept += _brief_items(view, section)
            continue
        apparatus = is_not_work(section.heading) and not _titles_document(view, section) \
            and not _reports_pieces(view, section, items)
        if apparatus and (parts := _subsections(view, section)):
            # an apparatus heading over sub-headed parts ('Section news' over 'Beavers', 'Cubs',
            # 'Scouts'): the parts are judged each on its own
            pending = None
            kept += _work(view, parts, messages, items, left_out)
            continue
        if apparatus and tells_a_life(section.heading) and (told := launched_in(view, section)):
            # a person's profile or citation, or a life story (a retired police dog's), telling
            # work done with others: those pieces
            pending = None
            kept += told
            continue
        letter = apparatus or (not messages and _is_letter(view, section))
        if letter and (told := named_in(view, section, sections)):
            # a letter or other apparatus telling a piece by name (a gala's welcome: 'Ropery
            # Nights is our Friday ... youth club'; a referee's 'Drive Forward is a scheme run by
            # ...'; a dog walker's safety notes: 'A scheme I belong to. Eyes on the Downs is
            # Sussex Police's scheme ...'): that piece (a list of highlights only points to the
            # pieces told)
            pending = None
            kept += told
            if left_out is not None:
                left_out.append((section.start, section.end, section.heading,
                                 "a letter or its apparatus, but for the pieces it names (ingest/launches.py)"))
            continue
        why = _left_out(view, section, body, apparatus, messages, first=not kept, sections=sections)
        if why:
            pending = None  # a title block before the introduction heads the document, not a piece
            if left_out is not None and section.end > section.start:
                left_out.append((section.start, section.end, section.heading, why))
            continue
        if not section.points and not _has_sentence(view, section):
            if _has_table(view, section) or figures_only(lines_of(view, section)):
                pending = None  # figures under their own heading: neither a piece nor a title block
                if left_out is not None:
                    left_out.append((section.start, section.end, section.heading, "figures under their own heading"))
                continue
            pending = pending or section
            continue
        if pending is not None:
            section.start = pending.start
            pending = None
        kept.append(section)
    return kept


def _left_out(view: View, section: Section, body: str, apparatus: bool, messages: bool, first: bool,
              sections: list[Section]) -> str:
    """Why the rules leave a section out (no piece of work), or ''."""
    if section.end <= section.start:
        return "empty"
    if apparatus:
        return "apparatus heading (ingest/data/not-work-headings.json)"
    if _LEGAL_NOTICE.search(document_title(view)):
        return "a privacy notice, a cookie policy or a site's terms: it tells how data or a site is handled, not work"
    if section.framing:
        return "the document's or a part's framing (front matter, an introduction)"
    if _speaks_to_the_reader(body):
        return "speaks to the reader (advice, an appeal)"
    if _a_form(view, section):
        return "a form: guidance to the reader over tables to fill in"
    if is_formal_notice(prose_of(view, section)):
        return "a formal notice ('Notice is hereby given that ...')"
    if not messages and _is_letter(view, section):
        return "a letter (a foreword, a welcome)"
    if _describes_a_team(view, section):
        return "describes a team, not a piece of its work"
    if _customer_reviews(view, section):
        return "customers' reviews (headed by their star ratings)"
    if any(_PERSONS_ENTRY.match(said) for said in [section.heading.strip(" #*"), *(
            line.plain for line in lines_of(view, section)[:_TITLE_LINES] if line.start not in view.fields)]):
        return "a register's entry for a person (headed by a name written surname first)"
    if only_particulars(view, section):
        return "particulars only (dates, places, contacts)"
    if first and _front_page(view, section, _opens(section, sections)):
        return "the front page"
    return ""


# a letter's heading: a foreword, a welcome, a chair's or chief's report to the members or readers,
# 'A note from the author'
_LETTER_HEADING = re.compile(r"(?i)\b(?:foreword|introduction|welcome|(?:chair(?:man|person)?|president|chief constable|"
                             r"commissioner|chief executive|chief officer)['’]?s report|"
                             r"(?:a )?(?:word|message|note|letter|few words) from)\b")


def _reports_pieces(view: View, section: Section, items: bool = False) -> bool:
    """A letter headed as one ('Chair's report', 'Foreword') that sets out pieces under heads of
    their own ('Walkabouts with the police', 'Thursday youth nights'): those are the pieces. In a
    layout of items set off by rules, plain title lines are such heads."""
    return bool(_LETTER_HEADING.search(section.heading)) and bool(run_in_heads(view, section, title_lines=items))


def _subsections(view: View, section: Section) -> list[Section]:
    """A section's parts under its own sub-headings (the shallowest level of marked heading below
    its own), when it has two or more; [] otherwise."""
    children = [line for line in lines_of(view, section) if line.is_heading and line.start > section.start]
    if not children:
        return []
    top = min(heading_level(line) for line in children)
    own = next((heading_level(line) for line in lines_of(view, section)[:1] if line.is_heading), 0)
    heads = [line for line in children if heading_level(line) == top and top > own]
    if len(heads) < 2:
        return []
    return [Section(line.start, heads[k + 1].start if k + 1 < len(heads) else section.end, line.plain, "",
                    line.end, section.theme) for k, line in enumerate(heads)]


def _titles_document(view: View, section: Section) -> bool:
    """The section's heading is the document's own title ('What we learned from 900 calls' over a
    whole article): a title is no apparatus heading, whatever its words."""
    return bool(section.heading) and section.heading.strip().lower() == document_title(view).strip().lower()


def _speaks_to_the_reader(text: str) -> bool:
    """Text for the reader rather than about work: contact details only, or help addressed to
    them ('If you are worried about ..., call ...'). A section or a round-up item."""
    return is_contact_only(text) or is_addressed_to_reader(text)


def _brief_items(view: View, section: Section) -> list[Section]:
    """The items of a round-up ('In brief', 'News in brief', 'Other news'): each paragraph is an
    item of its own, with no heading, and a piece when it tells of work done (ingest/work.py);
    the notices beside them ('the new lockers are now live; collect your key') are not."""
    items: list[Section] = []
    for paragraph in paragraphs_of(view, section):
        item = section_of(view, paragraph, theme=section.theme)
        text = body_of(view, item)
        if describes_work(text) and _has_sentence(view, item) and not _speaks_to_the_reader(text) \
                and not _NOTICE.match(text):
            items.append(item)
    return items


# a round-up paragraph labelled as a notice to staff or readers: 'Reminder: the survey closes Friday'
_NOTICE = re.compile(r"(?i)^\W*(?:reminder|notice|please note|note|don['’]t forget|save the date|diary date|"
                     r"heads up|for your information|fyi)\W*[:\-–—]")


# a team or role described, not a piece of work: the section opens with the people it is made of and
# what they do in general ('Detectives who run long-term investigations ...', 'Financial
# investigators who trace and recover criminal money'), as a unit's 'Our teams' page or a job
# advert's 'the team' does, and tells of nothing done at a time ('In 2023 ...', 'Since May ...')
_TEAM_OPENING = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+)?(?:[\w'’-]+\s+){0,3}(?:and\s+(?:[\w'’-]+\s+){0,2})?"
    r"(?:officers|detectives|investigators|analysts|researchers|specialists|staff|volunteers|experts|"
    r"constables|PCSOs|advisers|advisors|practitioners|managers|engineers|officers and staff)\s+who\b")
_AT_A_TIME = re.compile(r"(?i)\b(?:in|since|during|over|by|from|last|this)\s+(?:(?:the\s+)?(?:last|past)\s+\w+|"
                        rf"(?:{MONTHS}|spring|summer|autumn|winter)\b|(?:19|20)\d\d)")


def _describes_a_team(view: View, section: Section) -> bool:
    # its opening read past a title block and heading lines: lines of prose end a sentence or
    # run to ten words
    prose = "\n".join(line.raw for line in lines_of(view, section)
                       if line.start >= section.body_start and not line.is_heading
                       and (len(line.raw.split()) >= 10 or line.raw.endswith(".")))
    said = sentences(prose)
    return bool(said) and bool(_TEAM_OPENING.match(said[0].strip())) and not _AT_A_TIME.search(body_of(view, section))


# a review's heading opening with its rating: '★★★★☆ Good work', '5 out of 5 Tidy', 'Rated 4/5: ...'
# (not a count: '5 out of 5 schools joined')
_RATED = re.compile(r"^(?:[★☆✩✪⭐]{3,}|(?:[Rr]ated\s+)?[0-5](?:\.\d)?\s*(?:/\s*5|out of 5)\b(?!\s*[a-z]))")


# a document that is a legal notice of how personal data or a site is handled, by its title
# ('Privacy notice – Aire Valley Youth Trust', 'Cookie policy', 'Terms of use'): the projects it
# names are named for the data they collect
_LEGAL_NOTICE = re.compile(r"(?i)^\W*(?:(?:our|the|website|web site|site)\s+)?(?:privacy (?:notice|policy|statement)|"
                           r"cookies? (?:policy|notice|statement)|terms (?:and conditions|of (?:use|service|business))|"
                           r"fair processing notice|data protection (?:notice|policy)|accessibility statement)\b")


# a register's entry headed by a person's name written surname first in capitals, as court lists,
# rolls and registers write it ('6  WILLIAMS, Carys Ann   Age 52', 'McCANN, Shannon Leigh'): a
# case, a candidate or a member, not a piece of work
_PERSONS_ENTRY = re.compile(r"^(?:\d+\.?\s+)?(?:Mc|Mac|O['’]|D['’])?[A-Z][A-Z'’-]+(?:[ -][A-Z][A-Z'’-]+)?,"
                            r"\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
                            r"(?=\s*$|\s+(?:Age|aged)\b|\s*\()")


_TITLE_LINES = 3  # a record's lines read for its title: a part's name over it, the entry's own line


def _customer_reviews(view: View, section: Section) -> bool:
    """A customer's review of a firm or a venue (a review site's list), headed by its star
    rating, or a section whose sub-headings, two or more, are such reviews: not a piece of work (a
    scheme a review mentions is told by the firm's own sections)."""
    if _RATED.match(section.heading.strip(" #*")):
        return True
    rated = [line for line in lines_of(view, section)
             if line.is_heading and line.start > section.start and _RATED.match(line.plain)]
    return len(rated) >= 2


def _front_page(view: View, section: Section, first: bool) -> bool:
    """A document's opening section that holds its contents list ('In this issue', 'Inside'), or the
    first of several headed by the publication's own name ('Our fraud and scams report 2024' over
    key figures), and little prose besides (a welcome, a president's letter, a help box beside it): the issue's
    front page or the report's cover, not a piece (a cover story told at length stays one)."""
    lines = lines_of(view, section)
    if not any(_CONTENTS_LINE.match(line.plain) for line in lines) and not (first and _PUBLICATION.match(section.heading)):
        return False
    prose = sum(len(line.plain) for line in lines if is_sentence(line) and not _CONTENTS_LINE.match(line.plain))
    return prose < STORY_CHARS


# a contents list's head, alone or opening a line (a cell of a masthead's table)
_CONTENTS_LINE = re.compile(r"(?i)^(?:(?:table of )?contents|in this (?:issue|edition|newsletter|bulletin|magazine)|"
                            r"inside(?: this (?:issue|edition))?)\b(?!\s+(?:the|our|a|an)\b)")


def _opens(section: Section, sections: list[Section]) -> bool:
    """The section is the first of several: a cover has pages after it."""
    return len(sections) > 1 and section is sections[0]


# a heading that is a publication's own name: 'Our fraud and scams report 2024', 'Annual review
# 2023/24', 'The Neighbourhood Newsletter' (not a headline about one: 'New report shows ...'; not a
# person's report among a meeting's papers: 'Chair's report 2024-25')
_PUBLICATION = re.compile(r"(?i)^(?:our |the )?(?:[\w&-]+(?:['’](?!s\b))? ){0,5}(?:report|annual review|year in review|newsletter|"
                          r"bulletin|magazine|yearbook)"
                          r"(?: (?:for )?(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?)?\W*$")


def _is_letter(view: View, section: Section) -> bool:
    """The section opens (after its heading, within its first lines) with a salutation, and is a
    letter's prose: a letter set out under run-in heads ('Dear friends, ...' then 'Our team. ...',
    'Still Here. ...') reports its pieces under them, as a newsletter does."""
    opening = lines_of(view, section)[:_LETTER_REACH]
    return any(is_salutation(line) for line in opening) and not run_in_heads(view, section)


_LETTER_REACH = 6  # lines of a section's top a salutation may sit in (under a masthead, a title)


def _has_sentence(view: View, section: Section) -> bool:
    lines = lines_of(view, section)
    return any(is_prose_row(line) for line in lines) or has_prose(lines)


def _a_form(view: View, section: Section) -> bool:
    """A form to fill in, blank or filled: its prose all tells the reader what to do ('Fill it in
    as soon as possible after each incident', 'Send your diary sheets to us'), the rest tables
    (the boxes, the log's rows); what is written in them is the reader's, not work told."""
    body = [line for line in lines_of(view, section) if line.start >= section.body_start]
    rows = [line for line in body if line.is_table_row]
    told = "\n".join(line.raw for line in body if not line.is_table_row and not line.is_heading)
    if not rows or any(len(cell.split()) > _FORM_CELL_WORDS for row in rows for cell in row.raw.split("\t")):
        return False  # (a table laying out paragraphs, a briefing's numbered boxes, is no form)
    return len(sentences(told)) >= _FORM_GUIDANCE and _speaks_to_the_reader(told)


_FORM_CELL_WORDS = 40  # a form's box holds a line or two, not a paragraph
_FORM_GUIDANCE = 3  # sentences of guidance at least: a form says how to fill it in


def _has_table(view: View, section: Section) -> bool:
    return any(line.is_table_row for line in lines_of(view, section))


def _first_piece_owner(forces: tuple[str, ...], first: Section) -> bool:
    named = {m.name for m in find_forces(f"{first.heading}\n{first.header}")}
    return bool(forces) and set(forces) <= named
