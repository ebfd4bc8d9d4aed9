"""What every layout works from and gives back: the document's content lines with the reader's
outline applied, and the sections found in it."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from index.gazetteer import find_forces, find_organisations
from index.records import NOT_CONTENT, Document, OutlineItem
from ingest.lines import Line, is_cells, split_lines
from ingest.metrics import PHONE_NUMBERS
from ingest.names import named_account
from ingest.readers.outline import CONTACT_POINT, underlined
from ingest.sentences import SENTENCE_END, is_prose, sentences

PAGE_BREAK_BLANKS = 3  # in plain text, a run of this many blank lines separates pages
FULL_LINE = 0.6  # a line this share of its block's widest line or wider fills the column: wrapped
_FILLED = 0.9  # ... and with the next line's first word it would pass this share of the widest
_MIN_WRAP_WIDTH = 30  # narrower blocks are lists of short items, not a column of prose
_SENTENCE_INSIDE = re.compile(r"[\w%)][.!?][\"'”’)]*(?:\s|$)")  # a word ends a sentence (not a dot leader)


@dataclass
class View:
    """A document as layouts see it: content lines only (running headers/footers and page furniture
    left out), headings from the reader's outline marked, fields and page starts indexed."""

    doc: Document
    lines: list[Line]
    fields: dict[int, str] = field(default_factory=dict)  # line start -> field label
    page_starts: list[int] = field(default_factory=list)  # indexes of lines that begin a page
    page_source: str = ""  # "reader" (PDF pages, form feeds) or "blank runs"


@dataclass
class Section:
    """A stretch of the document a layout found; the segmenter decides whether it is an initiative."""

    start: int
    end: int
    heading: str = ""  # its own heading or title line: the explicit title, if any
    header: str = ""  # lines before its body naming who did it (logo, organisation line)
    body_start: int = -1  # where its text proper starts; -1 = at start
    theme: str = ""
    framing: bool = False  # the document's own front matter or a part's introduction: not a piece
    points: bool = False  # its text is not lines of prose (a slide's points, a table row's cells, tab-numbered paragraphs): a piece all the same


# Headings of sections that are not a piece of work: a document's apparatus, its own framing and
# contact details, inspection judgements, a web page's help boxes, and the apparatus of each kind of
# document met so far (committee reports, job adverts, newsletters...). Never initiatives, nor
# passages. The vocabulary is data, by kind of document: ingest/data/not-work-headings.json.
NOT_WORK_FILE = Path(__file__).resolve().parent.parent / "data" / "not-work-headings.json"


def _not_work_pattern(path: Path = NOT_WORK_FILE) -> re.Pattern:
    kinds = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    headings = "|".join(h for kind in kinds for h in kind["headings"])
    # after an optional number: '3.2 Findings', 'PART 5 OFFENCES AND PENALTIES', 'Schedule 2: Definitions'
    number = r"(?:(?:part|section|chapter|schedule|article)\s+)?(?:\d+(?:\.\d+)*|[IVX]+)\.?:?\s+"
    # (ending where a word ends: 'Contents' is not 'Contents-led'; a heading may end in a bracket)
    return re.compile(r"(?i)^(?:" + number + r")?(?:" + headings + r")(?!(?<=\w)\w)")


NOT_WORK = _not_work_pattern()


# a heading that is a person's name with their rank or title ('Meet the network: PC Tom Okafor',
# 'Five minutes with Dr Jane Hill'): a profile of someone, not a piece of work
_PERSON = re.compile(
    r"(?:^|[:\-–—,]\s*|\bwith\s+|\bmeet\s+)(?:PC|PCSO|DC|DS|PS|Sgt|Sergeant|Insp|Inspector|Ch\.? Insp|Chief Inspector|"
    r"Supt|Superintendent|Ch\.? Supt|Chief Superintendent|DCI|DI|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|"
    r"Special Constable|Constable)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\W*$")


# a heading naming an aspect of one piece of work rather than a piece ('Background', 'How it
# works', 'Early results', 'Next steps', 'The pilot', 'Implications', the SARA model's 'Scanning',
# 'Analysis', 'Response' and 'Assessment', a competency example's 'Situation', 'Task', 'Action',
# 'Result'): one vocabulary for the
# single-piece layout and for joining a heading tree's sections (ingest/pieces.py)
# (not 'Problem solving', 'Problem-oriented ...': the discipline, which names a post or a piece)
ASPECT = re.compile(
    r"(?i)^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:the )?background|context|(?:the )?problem(?![\s-](?:solving|oriented)\b)|"
    r"(?:the )?challenge|aims?|"
    r"objectives?|(?:our |the )?approach|(?:our |the )?response|scanning|(?:problem )?analysis|assessment|"
    r"situation|task|actions?(?: taken)?|(?:the )?solution|what (?:we|they) did|"
    r"activity|activities|delivery|implementation|outcomes?|results?|early results|(?:the )?impact|"
    r"evaluation|evidence|learning|lessons|next steps|governance|funding|costs?|partners|partnership|"
    r"how (?:it|the \w+|our \w+|we) (?:works?|worked|started|began|run|ran|operates?|delivered)|"
    r"where it (?:all )?(?:started|began)|why (?:we|they|the \w+) (?:started|set up|began|launched|created|needed|did (?:it|this))|"
    r"what (?:we|they) (?:did|achieved)|(?:delivery|results?|outcomes?|impact) (?:in|by|across|for) (?:each|every|the|all)|"
    r"how it (?:all )?(?:started|began)|what (?:happens|happened|comes) next|what happened(?=\W*$)|what(?:'s| is) next|"
    r"(?:the )?team|(?:the )?people|feedback|what people (?:say|said)|in (?:their|his|her) own words|"
    r"(?:the )?future|looking forward|timeline|(?:the )?story so far|"
    # the piece itself and what a study of it says ('The pilot', 'After the pilot', 'Implications')
    r"(?:the |our )?(?:pilot|project|scheme|programme|intervention|trial|study|initiative)(?=\W*$)|"
    r"(?:before|after|during|beyond) the (?:pilot|project|scheme|programme|trial|study)|"
    r"implications|limitations|what (?:we|they|the \w+) (?:found|learned|learnt)|why (?:this|it) matters|"
    # the same piece told again in the other language of a bilingual page
    r"(?:english|welsh|cymraeg|saesneg) (?:summary|version)|summary in (?:english|welsh)|crynodeb(?: saesneg)?|"
    r"fersiwn (?:cymraeg|saesneg))\b")


def is_aspect(heading: str) -> bool:
    return bool(ASPECT.match(heading.strip(" #*")))


# characters of prose past which a section tells a story of its own (a news story under its
# headline, a cover story beside an issue's contents), not a title block or a front page
STORY_CHARS = 1_000


# a round-up's heading: the section is a run of short items, one a paragraph, with no headings of
# their own ('In brief', 'News in brief', 'Other news', 'Round-up', 'And finally')
BRIEF = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:news |the week )?in brief|(?:news |weekly )?round-?up|"
                   r"other (?:news|things|bits|updates)|(?:more |local )?news(?: from around the (?:force|county|region))?|briefly|"
                   r"and finally|quick (?:hits|updates)|news bites)\W*$")


def is_brief(heading: str) -> bool:
    return bool(BRIEF.match(heading.strip(" #*")))


# a title or heading that says what it heads collects several pieces ('Case studies', 'Our work',
# 'What we have done')
COLLECTION = re.compile(
    r"(?i)\b(?:projects|initiatives|schemes|programmes|examples|case studies|practices|stories|highlights|"
    r"compendium|newsletter|bulletin|round-?up|annual report|annual review|update[sd]?\b|"
    r"what (?:we|we're|we are|we’re) doing|our work|activities|achievements|talks|conference|"
    r"what [\w ]{1,30} (?:have|has) (?:done|delivered|achieved)\b|"
    r"what we did (?:in|during|this|last) (?:\d{4}|the year|year)\b)")


def drawn_boxes(view: View) -> list[tuple[int, int]]:
    """The (start, end) of the boxes the reader saw drawn round text (a tinted panel, a case study's frame)."""
    return [(item.start, item.end) for item in view.doc.outline if item.kind == "box"]


def document_title(view: View) -> str:
    """The document's title as read, else its first heading."""
    return view.doc.title or next((line.plain for line in view.lines if line.is_heading), "")


# a label that places a heading in the document's order ('Part 3', 'Section 2', 'Friday', 'Day 1'),
# not a programme's name ('Safer Ramadan: thank you to our stewards' is the programme's)
_PLACE_LABEL = re.compile(r"(?i)^(?:.*\d.*|(?:part|section|chapter|item|annex|appendix|day|week|session|panel|"
                          r"stage|step|phase|round|term|question|q)\b.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$")


# a post's date set before its title ('14 August 2025 Thank you for ...', 'Mon 3 March 2025: ...')
_POSTED_ON = re.compile(r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?\d{1,2}(?:st|nd|rd|th)? "
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? \d{4}\b[\s:,|·–—-]*")


_MAX_WORDS = 10  # a heading longer than this titles something of its own
_DASH_LABEL = re.compile(r"\s+[-–—·|]\s+")


def is_not_work(heading: str) -> bool:
    """A heading that titles no piece of work (short, and one of the apparatus headings, or a
    person's name: a profile). A heading crediting a force as well as a person ('Talk two:
    Merseyside Police, Inspector Tom Hughes') heads that force's work, not a profile."""
    plain = _POSTED_ON.sub("", heading.strip(" #*:"))
    # after a short label ('Friday: the results', 'Part 3: Findings') the heading proper
    # ('Part 3 - Findings', as a form sets its parts; '2004 · Where it started' on a timeline)
    label, _, rest = plain.partition(":") if ":" in plain else _DASH_LABEL.sub(":", plain, count=1).partition(":")
    tail = rest.strip() if rest.strip() and len(label.split()) <= 2 and _PLACE_LABEL.match(label.strip()) else ""
    if not plain or len((tail or plain).split()) > _MAX_WORDS:
        return False
    return bool(NOT_WORK.match(plain) or (tail and NOT_WORK.match(re.sub(r"(?i)^the\s+", "", tail)))
                or is_person(plain) or _about_a_body(plain))


def is_person(heading: str) -> bool:
    """The heading is a person's name with a rank or title ('Dr Farah Siddiqui', 'PC Ann Shaw'): a
    profile, naming no force."""
    plain = heading.strip(" #*:")
    return bool(_PERSON.search(plain)) and not find_forces(plain)


# a life told as a story ('Juno's story', 'Ayo's story', 'In her own words'): like a profile, no
# piece of work itself, but it may tell the pieces its subject took part in
_LIFE_STORY = re.compile(r"(?i)^(?:[a-z][\w-]+['’]s story|in (?:his|her|their|my) own words)\W*$")


def tells_a_life(heading: str) -> bool:
    """The heading is a person's (or a working animal's) profile or story."""
    return is_person(heading) or bool(_LIFE_STORY.match(heading.strip(" #*:")))


def _about_a_body(heading: str) -> bool:
    """'About West Midlands Police', 'About the Office of the PCC': a profile of the publisher."""
    m = re.match(r"(?i)about\s+(.+)$", heading)
    return bool(m) and bool(find_forces(m.group(1)) or find_organisations(m.group(1)))


# where to reach someone: a phone number, an email or a web address


# a number to ring (not '999 calls' as a quantity of work: 'call handlers answered 999 calls faster')
_PHONE_INSTRUCTIONS = PHONE_NUMBERS[:3]


def reaches_someone(text: str) -> bool:
    """The text gives a phone number to ring, an email or a web address."""
    return bool(CONTACT_POINT.search(text) or any(rx.search(text) for rx in _PHONE_INSTRUCTIONS))


def is_contact_only(text: str) -> bool:
    """Text that only tells the reader how to get in touch or get help (a safety box, a contact
    block): every sentence gives a phone number, email or web address. Work is described in
    sentences that do not."""
    said = [s for s in sentences(text) if len(s.split()) >= 3]
    return bool(said) and all(reaches_someone(s) for s in said)


_TO_THE_READER = re.compile(
    r"(?i)\b(?:you|your|yours)\b|"
    # advice in the imperative ('Take GPS screens out of cabs at night', 'Never leave keys in a vehicle')
    # (a verb, then its object in lower case: 'Mark Jones said' and 'Use of force fell' are no advice)
    r"^\W*(?:please\s+)?(?:don['’]t|do not|never|always|take|keep|lock|call|ring|make sure|ensure|ask|tell|"
    r"contact|visit|avoid|park|install|consider|sign up|download|follow|stay|protect|secure|leave|close|hide|"
    r"find out|get|mark|report|join|register|fit|check|use|record|share|reply|photograph|bring|send|write|book)\b(?!\s+of\b)(?=\s+[a-z0-9£])")


# an account of what was done, even when told to the reader ('You said ... We did: we ran an
# operation in the park with you'): the work is there
_WORK_DONE = re.compile(
    r"(?i)\b(?:we|officers|the force|the team|police|volunteers|the (?:service|scheme|project|programme|charity|"
    r"council|trust|partnership|unit))\s+(?:did|have\s+\w+ed|ran|held|made|set up|took|put|met|"
    r"began|built|gave|sent|brought|found|\w{3,}ed)\b")


def is_addressed_to_reader(text: str) -> bool:
    """Text whose sentences speak to the reader as 'you' or tell them what to do ('If your force
    has ... submit it', 'Lock the frame to something solid'), all but the odd reason or fact given
    with the advice ('Thieves carry one tool.'): an invitation, a call to action or tips, not an
    account of work (no sentence says what was done)."""
    said = [s for s in sentences(text) if len(s.split()) >= 3]
    if not said or any(_WORK_DONE.search(s) for s in said):
        return False
    told = sum(1 for s in said if _TO_THE_READER.search(s))
    return told == len(said) or (len(said) >= _TIPS_SENTENCES and told >= _TIPS_SHARE * len(said))


_TIPS_SENTENCES = 4  # advice with a reason or a fact among it: this many sentences at least,
_TIPS_SHARE = 2 / 3  # and this share of them spoken to the reader


# the formula a statutory or legal notice opens with: 'Notice is hereby given that ...', 'Take
# notice that ...' (a newspaper's public notices, a licence application, an AGM's notice)
_NOTICE_FORMULA = re.compile(r"(?i)^\W*(?:(?:public |formal )?notice is (?:hereby )?given\b|(?:please )?take notice\b)")


def is_formal_notice(prose: str) -> bool:
    """Prose one of whose first paragraphs gives formal notice: a legal notice, not an account of
    work, whoever places it."""
    paragraphs = [p for p in re.split(r"\n\s*\n", prose) if p.strip()]
    return any(_NOTICE_FORMULA.match(p) for p in paragraphs[:3])


def make_view(doc: Document, numbered_headings: bool = False) -> View:
    """The document's lines as layouts read them. A numbered heading with no mark of its own ('#',
    an underline) is left to the numbered layout (numbered points inside a section are not section
    headings for the others) unless `numbered_headings`: the view for a document that layout does
    not take, whose numbered headings set in a heading's font or style are headings like any other
    ('2. Scam Stoppers' in the heading font halfway down a report)."""
    outside = [(i.start, i.end) for i in doc.outline if i.kind in NOT_CONTENT]
    # (a line of cells set apart by tabs is a table's head row, however it is set: no heading)
    levels = {i.start: i.level or 1 for i in doc.outline if i.kind == "heading" and not is_cells(doc.text[i.start:i.end])
              and (not numbered_only(doc, i) or (numbered_headings and styled_section_number(doc, i)))}
    levels = parts_outrank(doc.text, levels)
    fields = {i.start: i.label for i in doc.outline if i.kind == "field"}
    # a heading set over several lines is one line of the view: 'Our commitments for' / '2024-25'
    heading_ends = {i.start: i.end for i in doc.outline if i.kind == "heading" and i.start in levels}
    quotes = [(i.start, i.end) for i in doc.outline if i.kind == "quote"]
    run_ins = {i.start: i.label for i in doc.outline if i.kind == "run_in"}
    lines: list[Line] = []
    for line in split_lines(doc.text):
        if any(s <= line.start < e for s, e in outside):
            continue
        if lines and lines[-1].level and lines[-1].end < heading_ends.get(lines[-1].start, 0) \
                and line.end <= heading_ends[lines[-1].start]:
            lines[-1] = replace(lines[-1], end=line.end, raw=doc.text[lines[-1].start:line.end])
            continue
        if any(s <= line.start < e for s, e in quotes):
            line = replace(line, quoted=True)
        if line.start in run_ins:
            line = replace(line, run_in=run_ins[line.start])
        lines.append(replace(line, level=levels[line.start]) if line.start in levels else line)
    lines = mark_part_labels(lines)
    fields.update({line.start: line.plain for line in lines if line.part_label})
    view = View(doc, mark_wrapped(lines), fields)
    if doc.pages:
        starts = [line.start for line in lines]
        view.page_starts = sorted({bisect.bisect_left(starts, s) for s, _ in doc.pages} - {len(lines)})
        view.page_source = "reader"
    else:
        view.page_starts = [i for i, line in enumerate(lines) if i == 0 or line.blanks_before >= PAGE_BREAK_BLANKS]
        view.page_source = "blank runs"
    return view


# the label a form or report sets before a part's heading: 'Section D: ', 'PART 3 - ', 'Stage 2. '
PART_LABEL = r"(?:(?:part|section|stage|step)\s+\w{1,5}\s*[:.\-–—]\s*)"

# a heading that labels one of a document's or form's parts: 'PART 1 - GENERAL DESCRIPTION ...',
# 'Section B: Description of the project', 'Part Two'
_PART_HEADING = re.compile(r"(?i)(?:#+\s*)?(?:part|section)\s+(?:\d{1,2}|[A-H]|[IVX]{1,4}|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten)\b(?!\.\d)")


def parts_outrank(text: str, levels: dict[int, int]) -> dict[int, int]:
    """Headings labelled as the parts of a document ('PART 1 - ...', 'PART 2 - ...') set in the
    same font as the headings inside them ('SECOND GEAR' under Part 1 of a company's annual
    return) are the shallower: every other heading at their level or below is put one level
    down. Two or more parts, and another heading of their level after the first part."""
    by_level: dict[int, list[int]] = {}
    for start, level in levels.items():
        by_level.setdefault(level, []).append(start)
    for level in sorted(by_level):
        starts = sorted(by_level[level])
        parts = [s for s in starts if _PART_HEADING.match(text, s)]
        if len(parts) >= 2 and any(s > parts[0] and s not in parts for s in starts):
            return {s: lv if lv < level or s in parts else lv + 1 for s, lv in levels.items()}
    return levels


def numbered_only(doc: Document, item: OutlineItem) -> bool:
    """A heading whose only mark may be its number: no '#', no underline."""
    return bool(item.label) and not doc.text.startswith("#", item.start) and not underlined(doc.text, item.end)


def styled_section_number(doc: Document, item: OutlineItem) -> bool:
    """A heading the file's format marks (a font, a style, a tag) whose only other mark is its
    number, set off as a section's: a heading like any other where the numbered layout declines.
    A bare number ('4 Church Twitten') is a section's when the headings so numbered count up from
    one (a trail's stops), not a figure set large ('9 out of 10', '47 Likes')."""
    return item.kind == "heading" and item.styled and numbered_only(doc, item) \
        and bool(_SECTION_NUMBER.match(doc.text, item.start, item.end) or item.start in _counted_up(doc))


def _counted_up(doc: Document) -> frozenset[int]:
    """The starts of styled headings numbered with a bare number, when those numbers run 1, 2, 3
    ... in document order ('1 Lewes railway station' to '12 Cliffe Corner')."""
    bare = [i for i in doc.outline if i.kind == "heading" and i.styled and i.label.isdigit()
            and _BARE_NUMBER.match(doc.text, i.start, i.end)]
    numbers = [int(i.label) for i in bare]
    # (one may be missing: a number the file set as a plain heading, or in a box)
    rising = all(a < b for a, b in zip(numbers, numbers[1:]))
    if len(bare) < _COUNTED_UP or not numbers or numbers[0] != 1 or not rising \
            or numbers[-1] - len(numbers) > _MISSING:
        return frozenset()
    return frozenset(i.start for i in bare)


_BARE_NUMBER = re.compile(r"\s*\d{1,2}\s+[A-Z‘“'\"]")
_COUNTED_UP = 3
_MISSING = 1


# a section's number set off before its title ('1. In our branches', '2.1 Safer streets', 'Part 3:
# Victims'), not a figure in large type opening a line ('9 out of 10', '47 Likes', '2 now team leaders')
_SECTION_NUMBER = re.compile(r"\s*(?:(?:Section|Part|Chapter)\s+\d+(?:\.\d+)*[:.]?|\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?))\s+[A-Z‘“'\"]")


_MIN_TEMPLATED = 2  # sections sharing their parts' headings before those headings are a template


def mark_part_labels(lines: list[Line]) -> list[Line]:
    """Headings that recur, word for word, under several sibling sections ('Background', 'What we
    did', 'Outcome' under each force's case study) name the parts every piece has: they are
    field labels of the section above them, which is the piece, not titles of pieces. A parent
    is templated when it opens straight into its first part (no prose of its own before it) and
    has two or more child headings, each once, all recurring under other parents; with two or
    more templated parents, their child headings are labels. Boxes set in a chapter's prose
    ('Innovative practice', 'Area for improvement 2') are no template: the chapter has prose of
    its own before them."""
    parents: dict[int, list[int]] = {}  # parent heading index -> its child heading indexes
    stack: list[int] = []
    for i, line in enumerate(lines):
        if not line.is_heading:
            continue
        level = _level(line)
        while stack and _level(lines[stack[-1]]) >= level:
            stack.pop()
        if stack:
            parents.setdefault(stack[-1], []).append(i)
        stack.append(i)
    key = lambda i: " ".join(lines[i].plain.lower().split())  # noqa: E731
    under: dict[str, set[int]] = {}
    for parent, children in parents.items():
        for child in children:
            under.setdefault(key(child), set()).add(parent)
    templated = [p for p, children in parents.items()
                 if len(children) >= 2 and children[0] == p + 1
                 and len({key(c) for c in children}) == len(children)
                 and all(len(under[key(c)]) >= _MIN_TEMPLATED for c in children)]
    if len(templated) < _MIN_TEMPLATED:
        return lines
    labels = {c for p in templated for c in parents[p]}
    return [replace(line, part_label=True) if i in labels else line for i, line in enumerate(lines)]


def _level(line: Line) -> int:
    return line.level or len(line.raw) - len(line.raw.lstrip("#")) or 1


def mark_wrapped(lines: list[Line]) -> list[Line]:
    """Lines of paragraphs wrapped over several lines marked as prose. A narrow column (a PDF's
    two-column page, a box) breaks every sentence over short lines, none a sentence by itself;
    a paragraph is told by its lines filling the column: in a run of lines with no blank line or
    heading between, a line as wide as the run's widest (or the tail of a sentence one left
    unfinished) is prose when the run says a sentence. A short line opening the run is its title."""
    marked = list(lines)
    run: list[int] = []
    for i in [*range(len(lines)), None]:
        line = lines[i] if i is not None else None
        joins = line is not None and run and not line.blanks_before and not line.is_bullet and \
            not line.is_heading and not line.is_table_row
        if joins:
            run.append(i)
            continue
        _mark_run(lines, run, marked)
        run = [i] if line is not None and not (line.is_heading or line.is_table_row or line.is_bullet) else []
    return marked


def _mark_run(lines: list[Line], run: list[int], marked: list[Line]) -> None:
    if len(run) < 2:
        return
    width = max(len(lines[k].raw) for k in run)
    said = " ".join(lines[k].plain for k in run)
    if width < _MIN_WRAP_WIDTH or len(said.split()) < 8 or not _SENTENCE_INSIDE.search(said):
        return
    full = [len(lines[k].raw) >= FULL_LINE * width for k in run]
    linked = [False] * len(run)
    for n in range(len(run) - 1):
        this, after = lines[run[n]].plain, lines[run[n + 1]].plain
        # a full line runs on into the next when that fills the column too, carries on in lower
        # case or ends the sentence; after a lead-in colon comes a list, table or caption
        # (a line was broken there only if the next word would not have fitted on it: a short
        # title over a paragraph had room to spare)
        fills = len(lines[run[n]].raw) + 1 + len(lines[run[n + 1]].raw.split()[0]) > _FILLED * width
        if full[n] and fills and not this.endswith(":") and (full[n + 1] or after[:1].islower()
                                                              or bool(SENTENCE_END.search(after))):
            linked[n] = linked[n + 1] = True
    for n, k in enumerate(run):
        if linked[n]:
            marked[k] = replace(lines[k], wrapped=True)


# a line of short parts set apart by bars or dots ('Newsletter of ... Cadets | Spring Term 2025 |
# Issue 17'): a masthead's or a page's publication line, not a sentence however long
_PARTS = re.compile(r"\s[|·•]\s")


def is_sentence(line: Line) -> bool:
    if line.wrapped:
        return True
    plain = line.plain
    if _PARTS.search(plain) and not SENTENCE_END.search(plain) \
            and all(len(part.split()) < 8 for part in _PARTS.split(plain)):
        return False
    return not line.is_table_row and is_prose(plain)


_SALUTATION = re.compile(r"^(?:Dear|Hello|Hi|Hey|Morning|Good (?:morning|afternoon|evening)|Greetings|Welcome)\b"
                         r"(?: [A-Za-z]+){0,3},$")  # 'Morning all,' 'Dear colleagues,'


_COPYRIGHT_MARK = re.compile(r"^\s*(?:©|\([cC]\)\s|[Cc]opyright\b)")


def is_copyright_line(line: Line) -> bool:
    """A line opening with a copyright mark ('© The Wool Loft 2025. Free for personal use ...'):
    the publisher's notice, not prose telling anything."""
    return bool(_COPYRIGHT_MARK.match(line.plain))


def is_salutation(line: Line) -> bool:
    """A letter's opening line ('Hello everyone,', 'Dear colleagues,'): a letter to the readers
    (an editor's welcome) is no piece of work."""
    return bool(_SALUTATION.match(line.plain))


def is_prose_row(line: Line) -> bool:
    """A table row one of whose cells is a sentence of prose: a form laid out as a table
    ('Objectives | To cut the time ...'), not a row of figures."""
    return line.is_table_row and any(is_prose(cell) for cell in line.raw.split("\t"))


_TABLE_NOTE_CHARS = 300  # a table's notes ('Paid back includes refunds ...'), not a story beside it


def is_table_with_notes(lines: list[Line]) -> bool:
    """A table of figures (no row of prose) with no more than a note or two of sentences besides,
    shorter than the table: figures under their caption, telling of no work of their own."""
    rows = [line for line in lines if line.is_table_row]
    said = sum(len(line.plain) for line in lines if is_sentence(line))
    return len(rows) >= 2 and not any(is_prose_row(line) for line in rows) and \
        said < min(_TABLE_NOTE_CHARS, sum(len(line.plain) for line in rows))


def is_paragraph(line: Line) -> bool:
    plain = line.plain
    return (
        not line.is_table_row
        and (len(plain) >= 60 or bool(SENTENCE_END.search(plain)) or line.is_bullet)
        and plain[:1].isalnum() | line.is_bullet
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def figures_only(lines: list[Line]) -> bool:
    """Under a heading, only a figure and a few words on it ('91.4%', 'up from 86.2%', 'no
    significant change'): a dashboard's tile, neither a piece nor a title for the next one."""
    body = [line.plain for line in lines if not line.is_heading]
    return bool(body) and all(len(text.split()) <= 4 for text in body) and any(re.search(r"\d", t) for t in body)


def has_prose(lines: list[Line]) -> bool:
    """A line of prose, or a paragraph of short lines that reads as prose (a digest's snippet
    wrapped at seventy characters: 'Thirty-eight police community support officers have
    completed their' / 'training and will join ...' / 'month, the force said ...')."""
    if any(is_sentence(line) for line in lines):
        return True
    # (a list's items, a quotation: not a paragraph's wrapped lines)
    runs = blank_separated([line for line in lines if not (line.is_heading or line.is_table_row
                                                           or line.is_bullet or line.quoted)])
    said = [" ".join(line.plain for line in run) for run in runs if len(run) >= 2]
    return any(is_prose(text) and len(_CODE_MARKS.findall(text)) <= _MAX_CODE_MARKS for text in said)


_CODE_MARKS = re.compile(r"[=(){}\[\]<>`]")  # a notebook's code read as lines: no prose
_MAX_CODE_MARKS = 2


def merge_textless(groups: list[tuple[str, list[Line]]],
                   label: Callable[[str, str, list[Line]], str]) -> list[tuple[str, list[Line]]]:
    """A group with no sentences (a logo, a heading, a cover) joins the group after it, unless
    it holds a table (figures under their own heading are no title of the next piece);
    `label(carried, own, group)` picks the merged group's label from the carried one and its own.
    A group headed as no piece of work ('Contact') stays apart, to be left out."""
    merged: list[tuple[str, list[Line]]] = []
    carry: list[Line] = []
    carried = ""
    for own, group in groups:
        if is_not_work(own):
            merged.append((own, carry + group))  # a title block before it goes with it
            carry, carried = [], ""
            continue
        if not has_prose(group):
            if any(line.is_table_row for line in group) or figures_only(group):
                merged.append((own, carry + group))  # figures on their own: no title block
                carry, carried = [], ""
                continue
            carry.extend(group)
            carried = carried or own
            continue
        merged.append((label(carried, own, group), carry + group))
        carry, carried = [], ""
    if carry and merged:
        merged[-1][1].extend(carry)
    return merged


def body_of(view: View, section: Section) -> str:
    """A section's text proper: from where its body starts (past its heading) to its end."""
    return view.doc.text[max(section.start, section.body_start):section.end]


# a report's particulars at its head (when and where it was given, who wrote it, for what period):
# labels of the document, not parts of a record of one piece of work
PARTICULARS_LABEL = re.compile(
    r"(?i)^(?:meeting|date(?: of (?:meeting|report|issue))?|period(?: covered)?|reporting period|author|"
    r"report(?:ed)? by|prepared by|written by|from|to|ward|area|version|reference|ref|issued|classification|"
    r"status|venue|time|report (?:no|number)|season|year|term|quarter|month|agm|annual general meeting)$")


def only_particulars(view: View, section: Section) -> bool:
    """The section's body is nothing but the document's particulars ('Meeting: ...', 'Period:
    ...', 'Author: ...'): front matter."""
    body = [line for line in lines_of(view, section) if line.start >= section.body_start and not line.is_heading]
    return bool(body) and all(PARTICULARS_LABEL.match(view.fields.get(line.start, "") or "-") for line in body)


def prose_of(view: View, section: Section) -> str:
    """A section's body as prose to read sentences from: the lines of a paragraph wrapped over a
    narrow column (a PDF's) joined with spaces, since a wrap ends no sentence; other lines and
    paragraphs stay apart."""
    out: list[str] = []
    for line in lines_of(view, section):
        if line.start < section.body_start:
            continue
        joined = out and line.wrapped and not line.blanks_before
        out.append((" " if joined else ("\n\n" if line.blanks_before else "\n") if out else "") + line.raw.strip())
    return "".join(out)


def lines_of(view: View, section: Section) -> list[Line]:
    """The content lines that start inside a section."""
    return [line for line in view.lines if section.start <= line.start < section.end]


def paragraphs_of(view: View, section: Section) -> list[list[Line]]:
    """The paragraphs of a section's body: runs of its lines between blank lines (its heading and
    any other heading line left out)."""
    return blank_separated([line for line in lines_of(view, section)
                            if line.start >= section.body_start and not line.is_heading])


def blank_separated(lines: list[Line]) -> list[list[Line]]:
    """The lines in runs set apart by blank lines: a line with blank lines before it starts one."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and not line.blanks_before:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def section_of(view: View, group: list[Line], heading: str = "", header: str = "", theme: str = "",
               body_start: int = -1) -> Section:
    start, end = trim(view.doc.text, group[0].start, group[-1].end)
    return Section(start, end, heading, header, body_start, theme)


# a numbered paragraph opening with a run-in head: a short title ending in a full stop, then the
# text ('6. Reach Out in custody. Since October 2022, youth workers ...', '8. Operation Sentinel
# Line. Many knives ...'); or a lettered item of a list opening with a title and a colon, as
# minutes and reports set out the pieces of an update ('(a) Operation Yellowhammer: from May 2024
# the team ...'). (Unnumbered, a short opening sentence is as often prose: 'Information is held.',
# 'The work costs almost nothing.')
_RUN_IN = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+([A-Z][^.!?:;,]{2,60}?)\.\s+(?=[A-Z0-9“\"‘'])"
                     r"|\(?[a-h]\)\s+([A-Z][^.!?:;,]{2,60}?):\s+(?=\S))")
_RUN_IN_WORDS = (2, 6)
MIN_RUN_IN = 2  # a section holding this many run-in heads is that many pieces


def run_in_head(line: Line) -> str:
    """The run-in head a line opens with ('Reach Out in custody'), '' when it has none."""
    m = _RUN_IN.match(line.raw.strip())
    if not m or line.is_heading or line.is_table_row:
        return ""
    head = (m.group(1) or m.group(2)).strip()
    low, high = _RUN_IN_WORDS
    return head if low <= len(head.split()) <= high and not re.search(r"\d", head) else ""


# an unnumbered run-in head: a short noun phrase set as its own sentence before a paragraph's text
# ('Suicide prevention. We trained 64 of our staff ...', 'Burnley. After a spring of ...'); only
# two or more in one section are heads (one alone is as often a short sentence: 'Information is
# held.'), and never a reply or a sentence with a verb
_PLAIN_RUN_IN = re.compile(r"^([A-Z][^.!?:;,\d]{0,50}?)\.\s+(?=[A-Z“\"‘'])")
_PLAIN_RUN_IN_WORDS = 5
_NOT_A_HEAD = re.compile(r"(?i)^(?:yes|no|thanks|thank you|sorry|ok|okay|well|indeed|absolutely|agreed|right|good|"
                         r"fine|true|exactly|of course)$|\b(?:is|are|was|were|has|have|had|will|would|can|could|"
                         r"did|does|do|be|been|i|we|you|it|they|he|she)\b")


def _plain_run_in_head(line: Line) -> str:
    m = _PLAIN_RUN_IN.match(line.raw.strip())
    if not m or line.is_heading or line.is_table_row or line.is_bullet:
        return ""
    head = m.group(1).strip()
    return head if len(head.split()) <= _PLAIN_RUN_IN_WORDS and not _NOT_A_HEAD.search(head) \
        and is_prose(line.raw.strip()[m.end():]) else ""


def _emphasised_run_in_head(line: Line) -> str:
    """The head a paragraph opens with in bold (or strong, or **), as the reader saw it: the
    typography says it is a head, whatever its words ('A quiet room by the control room.')."""
    return "" if line.is_heading or line.is_table_row or line.quoted else line.run_in


def run_in_heads(view: View, section: Section, title_lines: bool = False) -> list[tuple[Line, str]]:
    """The run-in heads that cut a section into pieces (two or more of one kind: set in bold,
    numbered, or plain and short), with the lines they open; [] when it holds fewer. With
    `title_lines`, title-like lines of their own count too: in plain text with no marked
    headings (a ruled bulletin's item), they are the sub-headings; under marked headings they
    are as often a PDF's wrapped lines."""
    lines = lines_of(view, section)
    for head_of in (_emphasised_run_in_head, run_in_head, _plain_run_in_head):
        heads = [(line, head) for line in lines if (head := head_of(line))]
        if len(heads) >= MIN_RUN_IN and all(is_aspect(head) for _, head in heads):
            return []  # the parts of one piece ('Situation.', 'Task.', 'Action.', 'Result.'), not pieces
        if len(heads) >= MIN_RUN_IN:
            return heads
    heads = _title_lines(view, section) if title_lines else []
    return heads if len(heads) >= MIN_RUN_IN else []


def _title_lines(view: View, section: Section) -> list[tuple[Line, str]]:
    """Unmarked sub-headings inside a section: short title-like lines on their own, each
    introducing a paragraph (plain text's 'Thursday youth nights' over its account), as the
    heading tree reads them in a document with no marked headings."""
    from ingest.layouts.headings import title_line

    at = {line.start: k for k, line in enumerate(view.lines)}
    return [(line, head) for line in lines_of(view, section)
            if line.start > max(section.start, section.body_start) and not line.is_heading
            and (head := title_line(view.lines, at[line.start]))]


def split_at_run_in_heads(view: View, sections: list[Section], title_lines: bool = False) -> list[Section]:
    """Sections holding two or more paragraphs that open with run-in heads are cut at them: each
    head titles one piece, its paragraph and those after it up to the next head ('What is
    working' over 'Reach Out in custody. ...' and 'Operation Sentinel Line. ...'). Heads set in
    bold are taken first, then numbered ones, then plain short ones. The text before the first
    head stays as the section's introduction (framing)."""
    out: list[Section] = []
    for section in sections:
        heads = run_in_heads(view, section, title_lines)
        if not heads:
            out.append(section)
            continue
        if heads[0][0].start > section.start:
            out.append(replace(section, end=heads[0][0].start, framing=True))
        for n, (line, head) in enumerate(heads):
            end = trim(view.doc.text, line.start, heads[n + 1][0].start)[1] if n + 1 < len(heads) else section.end
            # (a notice under its run-in head, 'Annual general meeting. The AGM is on ...', frames nothing
            # and is no piece; but a part opening with the name of a piece it tells is that piece,
            # whatever its head: 'WHAT THE BUS DOES' over 'The Youth Bus is ... run by ...')
            told = named_account(view.doc.text[line.end:end].lstrip(" \t.:-–—\n"))
            out.append(Section(line.start, end, head, head, line.start, section.theme,
                               framing=is_not_work(head) and not told))
    return out
