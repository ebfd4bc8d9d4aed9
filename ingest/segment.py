"""Split a document into initiatives: one per compendium page, case study or natural section."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from index.records import Document, Initiative
from ingest.gazetteer import find_forces, find_organisations
from ingest.lines import SENTENCE_END, Line, clean, split_lines


def _initiative(doc: Document, start: int, end: int, title: str, forces: list[str],
                organisations: list[str], theme: str) -> Initiative:
    """An initiative's extent and who did it; the pipeline gives it its id, passages and metrics."""
    return Initiative(id="", doc_id=doc.doc_id, start=start, end=end, title=title, forces=forces,
                      organisations=organisations, theme=theme)


_CASE_FIELD = re.compile(r"(?:^|\s)Audience:")
_CASE_LABELS = ("Audience:", "Background:", "Objectives:", "Solution:", "Impact:")
_GENERIC_HEADINGS = {"case study", "introduction", "overview", "background", "summary", "about"}
_SKIPPED_HEADINGS = {"contents", "footnotes", "references", "notes", "endnotes", "bibliography"}
_QUOTED_NAME = re.compile(r"(?<!\w)['‘\"“]([A-Z][^\n'‘’\"“”]*(?:['’][a-z][^\n'‘’\"“”]*)*?)[,.]?['’\"”](?![a-z])")
_OPERATION = re.compile(r"\b(?:Operation|Op)\.? ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
_NAMED_THING = re.compile(
    r"\b(?:the )?((?:[A-Z][\w'’&\-]*|and|of|for|in|&) ?){1,6}"
    r"(?:Programme|Program|Scheme|Network|Campaign|Academy|Project|Survey|Initiative|Toolkit|"
    r"Course|Workshop|Panel|Charter|Hub|Day|Plan|Pathway|Award|Forum|Model|Strategy|Tool)s?\b"
)
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from"}
_LEADING_SMALL_WORDS = re.compile(r"^(?:(?:the|The|and|of|for|in|In|On|on|At|at|As|as|A|An|To|to|By|by|With|with) )+")
_ACTION_OBJECT = re.compile(
    r"\b(?:developed|launched|introduced|created|implemented|established|started|set up|designed|"
    r"piloted|produced|built|rolled out|hosted|formed)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"((?:new\s+)?[\w'’&\- ]{4,70}?)(?=[,.;(]| to | which | that | where | with | for | in order| across| as part| by |$)"
)
_KIND_OF_THING = re.compile(
    r"\b(?:a|an)\s+((?:[\w'’\-]+\s+){0,4}?(?:site|hub|programme|scheme|network|course|team|process|app|"
    r"dashboards?|survey|campaign|role|panel|pilot|project|initiative|workshops?|series|package|toolkit|"
    r"events?|forum|group|unit|partnership|strategy|policy|plan|platform|portal|podcast|framework))\b"
)
_ABOUT_PARAGRAPH = re.compile(r"^[A-Z][\w ]{1,40}[’']s (?:mission|vision|purpose) is\b")


def segment(doc: Document) -> list[Initiative]:
    """The initiatives of `doc`, in document order, each with an exact span."""
    lines = split_lines(doc.text)
    if not lines:
        return []
    if sum(bool(_CASE_FIELD.search(line.raw)) for line in lines) >= 2:
        segments = _case_studies(doc, lines)
    elif sum(line.blanks_before >= 3 for line in lines) >= 5:
        segments = _pages(doc, lines)
    else:
        segments = _sections(doc, lines)
    return [s for s in segments if s.end > s.start]


# --- shared helpers -------------------------------------------------------------------------

def _who(header: str, body: str) -> tuple[list[str], list[str]]:
    """Forces and organisations: from the header (heading, logo, organisation line) if it names
    any, else from the first body sentence that names a force."""
    forces = _unique(m.name for m in find_forces(header))
    organisations = _unique(m.name for m in find_organisations(header))
    if not forces and not organisations:
        for sentence in re.split(r"(?<=[.!?])\s+", body[:1500]):
            forces = _unique(m.name for m in find_forces(sentence))
            if forces:
                break
    if not organisations:
        organisations = _unique(m.name for m in find_organisations(body[:600]))
    if not forces and not organisations:
        forces = _unique(m.name for m in find_forces(body))[:1]
    return forces, [o for o in organisations if o not in forces]


def _is_force_name(text: str) -> bool:
    """True when the text names forces and nothing else ('Surrey Police and Sussex Police')."""
    mentions = find_forces(text)
    if not mentions:
        return False
    rest = text
    for m in reversed(mentions):
        rest = rest[: m.start] + " " + rest[m.end:]
    return not re.sub(r"\b(?:and|the|police|constabulary|constabularies|service)\b|[^a-z]", "", rest.lower())


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))


def _is_sentence(line: Line) -> bool:
    plain = line.plain
    return (
        len(plain.split()) >= 8
        and not line.is_table_row
        and (bool(SENTENCE_END.search(plain)) or len(plain) >= 90)
    )


def _title(explicit: str, body: str, forces: list[str]) -> str:
    """The programme's own name if it has one, else a descriptive one from the text."""
    explicit = clean(explicit).strip(" :-–")
    if explicit and explicit.lower() not in _GENERIC_HEADINGS and not _is_force_name(explicit):
        return explicit[:120]
    named = _programme_name(body, forces)
    if explicit and named:
        return f"{explicit[:1].upper()}{explicit[1:]}: {named}"
    return named or _first_clause(body)


def _programme_name(body: str, forces: list[str]) -> str:
    head = clean(body[:1200])
    operation = _OPERATION.search(head)
    if operation:
        return f"Operation {operation.group(1)}"
    for match in _QUOTED_NAME.finditer(head):
        name = match.group(1).strip()
        words = name.split()
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        capitalised = sum(w[:1].isupper() for w in content) >= 0.6 * len(content)
        if (2 <= len(words) <= 7 and capitalised or (len(words) == 1 and name.isupper() and len(name) >= 4)) \
                and not _is_force_name(name):
            return name.rstrip(".,;:")
    mixed_case = " ".join(line for line in body[:1200].split("\n") if not line.isupper())
    caps = [w for w in re.findall(r"\b[A-Z]{5,}\b", mixed_case) if not find_forces(w)]
    counted = Counter(caps)
    if counted and counted.most_common(1)[0][1] >= 2:
        return counted.most_common(1)[0][0]
    for match in _NAMED_THING.finditer(head):
        name = _LEADING_SMALL_WORDS.sub("", match.group(0)).strip()
        if len(name.split()) >= 2 and not any(f in name for f in forces):
            return name
    opening = " ".join(re.split(r"(?<=[.!?])\s", head)[:2])
    for pattern in (_ACTION_OBJECT, _KIND_OF_THING):
        match = pattern.search(opening)
        if match:
            phrase = match.group(1).strip()
            if len(phrase.split()) >= 2 and phrase.split()[0].lower() not in _SMALL_WORDS:
                return phrase[:1].upper() + phrase[1:]
    return ""


def _first_clause(body: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s", clean(body[:600]), maxsplit=1)[0]
    at = 0
    for mention in find_forces(sentence[:200]):
        gap = sentence[at:mention.start]
        if gap.strip(" ,&") not in ("", "and"):
            break
        at = mention.end
    if at:
        sentence = re.sub(r"^['’]s?\s+", "", sentence[at:].strip()).strip()
        sentence = sentence[:1].upper() + sentence[1:]
    if len(sentence) <= 90:
        return sentence.rstrip(".")
    cut = sentence[:90].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- compendium pages -----------------------------------------------------------------------

def _pages(doc: Document, lines: list[Line]) -> list[Initiative]:
    """One initiative per page of a compendium whose pages are separated by runs of blank lines
    or start with a force heading; themes from the part/section headings."""
    sections = _contents_sections(lines)
    part, theme = "", ""
    pages: list[tuple[str, list[Line]]] = []
    current: list[Line] = []
    current_theme = ""
    in_contents = True
    for line in lines:
        heading = line.plain if line.is_heading else ""
        if heading.lower() in _SKIPPED_HEADINGS or heading.lower() == "introduction":
            in_contents = True
            current = []
            continue
        matched = _match_section(heading, sections, part) if heading else None
        if matched:
            in_contents = False
            part, section = matched
            if section:
                theme = f"{part} > {section}"
            continue
        if in_contents:
            continue
        is_force_heading = bool(heading) and _is_force_name(heading)
        if current and (line.blanks_before >= 3 or is_force_heading):
            pages.append((current_theme, current))
            current = []
        if not any(_is_sentence(l) for l in current):
            current_theme = theme  # a page belongs to the section its text starts in
        current.append(line)
    if current:
        pages.append((current_theme, current))
    # a logo-only page belongs to the page after it, and to that page's theme
    pages = _merge_textless(pages, lambda carried, own, group: own)
    return [_page_segment(doc, page_theme, page) for page_theme, page in pages]


def _merge_textless(groups: list[tuple[str, list[Line]]],
                    label: Callable[[str, str, list[Line]], str]) -> list[tuple[str, list[Line]]]:
    """A group with no sentences (a logo, a heading, a cover) joins the group after it;
    `label(carried, own, group)` picks the merged group's label from the carried one and its own."""
    merged: list[tuple[str, list[Line]]] = []
    carry: list[Line] = []
    carried = ""
    for own, group in groups:
        if not any(_is_sentence(line) for line in group):
            carry.extend(group)
            carried = carried or own
            continue
        merged.append((label(carried, own, group), carry + group))
        carry, carried = [], ""
    if carry and merged:
        merged[-1][1].extend(carry)
    return merged


def _page_segment(doc: Document, theme: str, page: list[Line]) -> Initiative:
    first_body = next(i for i, line in enumerate(page) if _is_sentence(line))
    header_lines = page[:first_body]
    header = "\n".join(line.raw for line in header_lines)
    body_start = page[first_body].start
    body = doc.text[body_start:page[-1].end]
    forces, organisations = _who(header, body)
    subheading = next((l.raw for l in header_lines if l.is_heading and not _is_force_name(l.plain)), "")
    start, end = _trim(doc.text, page[0].start, page[-1].end)
    return _initiative(doc, start, end, _title(subheading, body, forces), forces, organisations, theme)


def _contents_sections(lines: list[Line]) -> list[tuple[str, str]]:
    """(part, section) pairs from contents entries like '<b>Part: Section</b>\t<b>5</b>'."""
    found = []
    for line in lines:
        if "\t" not in line.raw or "<b>" not in line.raw:
            continue
        name = clean(line.raw.split("\t")[0])
        if ":" in name:
            part, section = (s.strip() for s in name.split(":", 1))
            found.append((part, section))
    return found


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _match_section(heading: str, sections: list[tuple[str, str]], part: str) -> tuple[str, str] | None:
    """A body heading naming a contents section ('Part Section'), a part, or a section of the
    current part."""
    words = _words(heading)
    for known_part, section in sections:
        if words == _words(f"{known_part} {section}"):
            return known_part, section
    for known_part, _ in sections:
        if words == _words(known_part):
            return known_part, ""
    for known_part, section in sections:
        if known_part == part and words == _words(section):
            return known_part, section
    return None


# --- case studies ---------------------------------------------------------------------------

def _case_studies(doc: Document, lines: list[Line]) -> list[Initiative]:
    """One initiative per case: title line, organisation line, then Audience/Background/...;
    the topic comes from the contents list."""
    topics = _contents_topics(lines)
    starts: list[tuple[int, str, str]] = []  # (line index of title, title, organisation line)
    for i, line in enumerate(lines):
        match = _CASE_FIELD.search(line.raw)
        if not match:
            continue
        before = line.raw[: match.start()].strip()
        if before:
            org, title_index = before, i - 1
        else:
            org, title_index = lines[i - 1].raw, i - 2
        if title_index < 0 or any(lab in lines[title_index].raw for lab in _CASE_LABELS):
            continue
        starts.append((title_index, clean(lines[title_index].raw), clean(org)))
    segments = []
    for n, (index, title, org) in enumerate(starts):
        last = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(lines) - 1
        start, end = _trim(doc.text, lines[index].start, lines[last].end)
        forces, organisations = _who(org, doc.text[start:end])
        segments.append(_initiative(doc, start, end, title, forces, organisations, _topic_of(title, topics)))
    return segments


def _contents_topics(lines: list[Line]) -> list[tuple[str, str]]:
    """(topic, case title) pairs from a 'Contents by topic' list: blocks alternate topic, items."""
    first = next((i for i, l in enumerate(lines) if l.plain.lower().startswith("contents")), None)
    if first is None:
        return []
    blocks: list[list[Line]] = []
    for line in lines[first + 1:]:
        if _CASE_FIELD.search(line.raw) or line.blanks_before >= 3:
            break
        if line.blanks_before or not blocks:
            blocks.append([])
        blocks[-1].append(line)
    pairs = []
    for topic_block, item_block in zip(blocks[0::2], blocks[1::2]):
        topic = " ".join(l.plain for l in topic_block)
        items: list[str] = []
        for line in item_block:
            if line.is_bullet or not items:
                items.append(line.plain)
            else:
                items[-1] += " " + line.plain
        pairs.extend((topic, item) for item in items)
    return pairs


def _topic_of(title: str, topics: list[tuple[str, str]]) -> str:
    words = set(_words(title).split())
    best, best_score = "", 0.0
    for topic, item in topics:
        item_words = set(_words(item).split())
        score = len(words & item_words) / max(1, len(words | item_words))
        if score > best_score:
            best, best_score = topic, score
    return best if best_score >= 0.3 else ""


# --- natural sections -----------------------------------------------------------------------

def _sections(doc: Document, lines: list[Line]) -> list[Initiative]:
    """Sections of a report or news item: split at headings (marked, or short title-like lines
    introducing a paragraph), at a newly introduced named programme, and at 'about us' text."""
    groups: list[tuple[str, list[Line]]] = []
    named_so_far: set[str] = set()
    for i, line in enumerate(lines):
        heading = _section_heading(lines, i)
        new_name = _new_programme(line, named_so_far)
        if heading is not None or not groups:
            groups.append((heading or "", [line]))
        elif new_name or _ABOUT_PARAGRAPH.match(line.plain):
            groups.append(("", [line]))
        else:
            groups[-1][1].append(line)
        named_so_far.update(m.group(1) for m in _QUOTED_NAME.finditer(line.plain))
    groups = _merge_textless(groups, _section_label)
    title = doc.title or clean(lines[0].raw)
    segments = []
    for heading, group in groups:
        if heading.lower() in _SKIPPED_HEADINGS:
            continue
        body_lines = group[1:] if heading else group
        body = doc.text[body_lines[0].start:group[-1].end] if body_lines else ""
        forces, organisations = _who(heading, body)
        if not forces and not organisations:
            forces, organisations = _who(doc.text[: lines[0].end + 2000], "")
        start, end = _trim(doc.text, group[0].start, group[-1].end)
        segments.append(_initiative(doc, start, end, _title(heading, body, forces), forces, organisations, title))
    return segments


def _section_heading(lines: list[Line], i: int) -> str | None:
    line = lines[i]
    if line.is_heading:
        return line.plain
    plain = line.plain
    if (
        len(plain) > 120
        or len(plain) < 3
        or SENTENCE_END.search(plain)
        or plain.endswith(",")
        or not plain[0].isalpha()
        or line.is_bullet
        or line.is_table_row
        or re.match(r"^\d", line.raw)
    ):
        return None
    if i > 0 and not _is_paragraph(lines[i - 1]) and not line.blanks_before:
        return None
    following = [l for l in lines[i + 1:i + 4]]
    while following and following[0].plain.endswith(",") and len(following) > 1:
        following = following[1:]  # bylines: "Police Constable James Whild,"
    if not following:
        return None
    if _is_paragraph(following[0]) or any(_is_figure(l) for l in following[:2]):
        return plain
    return None


def _is_figure(line: Line) -> bool:
    return bool(re.fullmatch(r"[£$]?\d[\d,.]*\s*(?:%|per cent)?", line.plain))


def _is_paragraph(line: Line) -> bool:
    plain = line.plain
    return (
        not line.is_table_row
        and (len(plain) >= 60 or bool(SENTENCE_END.search(plain)) or line.is_bullet)
        and plain[:1].isalnum() | line.is_bullet
    )


def _new_programme(line: Line, seen: set[str]) -> bool:
    """A paragraph introducing a quoted programme name not seen before starts a new section."""
    for match in _QUOTED_NAME.finditer(line.plain[:300]):
        name = match.group(1)
        if name not in seen and 2 <= len(name.split()) <= 7 and not _is_force_name(name):
            return True
    return False


def _section_label(carried: str, own: str, group: list[Line]) -> str:
    """A marked heading right above the text names it better than a title stack before it."""
    return own if own and group[0].is_heading else carried or own
