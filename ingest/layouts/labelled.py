"""Labelled records: a document made of several records with the same set of labelled fields
(Audience/Background/Impact, Problem/Response/Outcome/Contact, any labels), each record headed by
its title and the organisation line. A record starts where the label sequence starts again."""

from __future__ import annotations

import re
from collections import Counter

from index.gazetteer import find_forces, find_organisations
from ingest.layouts.common import Section, View, is_sentence, section_of
from ingest.layouts.contents import contents_entries, topics
from ingest.lines import clean


NAME = "labelled records"
PIECES_NAME_OWNERS = True  # each piece names whose it is; the document owner is only a fallback
_HEADING_REACH = 3
_SCHEMA_SHARE = 0.5
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")  # lines above a record's first field searched for its heading


_SPEAKER_CODE = re.compile(r"^[a-z]{1,2}\d{0,2}$")


def score(view: View) -> tuple[float, str]:
    starts, order = _record_starts(view)
    if len(starts) < 2 or len(order) < 2:
        return 0.0, f"{len(starts)} records of {len(order)} recurring labels; needs 2+ of 2+"
    if all(_SPEAKER_CODE.match(label) for label in order):
        # 'R1:', 'R2:' (a script's readers), 'Q:', 'A:': who speaks, not what a record's field holds
        return 0.0, f"{len(starts)} runs of the labels {', '.join(order)}: speakers' codes, not record fields"
    if _asked(view, starts, set(order)):
        # an interview: the labels are speakers, answering the questions heading each turn
        return 0.0, f"{len(starts)} runs of the labels {', '.join(order)} under questions: speakers, not records"
    return 0.95, f"{len(starts)} records with the labels {', '.join(order)}"


def _asked(view: View, starts: list[int], labels: set[str]) -> bool:
    """Most 'records' are headed by a question: turns of an interview."""
    titles = [" ".join(view.lines[k].plain for k in _title_lines(view, f, labels)) for f in starts]
    return sum(t.rstrip(" \"'”’").endswith("?") for t in titles) * 2 > len(titles)


def sections(view: View) -> list[Section]:
    starts, order = _record_starts(view)
    lines, text = view.lines, view.doc.text
    heads: list[tuple[int, str, str]] = []  # (line index the record starts at, title, header)
    for f in starts:
        line = lines[f]
        label = view.fields[line.start]
        prefix = label.rsplit(" ", 1)[0] if " " in label else ""
        run_in = prefix if prefix and (find_forces(prefix) or find_organisations(prefix)) else ""
        above = _title_lines(view, f, set(order))
        if not above:
            # untitled, as messages are: the record's own subject field titles it
            nxt = next((s for s in starts if s > f), len(lines))
            heads.append((f, _subject(view, f, nxt), clean(run_in)))
            continue
        if run_in:
            title_index, header = above[-1], run_in
        elif len(above) >= 2:
            title_index, header = above[-2], lines[above[-1]].raw
        else:
            title_index, header = above[-1], ""
        heads.append((title_index, clean(lines[title_index].raw), clean(header)))
    entries, _ = contents_entries(view, heads[0][0] if heads else len(lines))
    themes = topics([title for _, title, _ in heads], entries)
    found = []
    for n, (index, title, header) in enumerate(heads):
        last = heads[n + 1][0] - 1 if n + 1 < len(heads) else len(lines) - 1
        group = lines[index:last + 1]
        found.append(section_of(view, group, title, header, themes[n]))
    return [s for s in found if s.end > s.start and text[s.start:s.end].strip()]


_SUBJECT_FIELDS = {"subject", "title"}  # a record's fields that say what it is about: its title


def _subject(view: View, first: int, end: int) -> str:
    """The value of the record's subject or title field ('Subject: Digest Footer'), '' when it has none."""
    for line in view.lines[first:end]:
        if line.start in view.fields and ":" in line.raw and _key(view, line) in _SUBJECT_FIELDS:
            return _REPLY_MARKS.sub("", clean(line.raw.split(":", 1)[1]))
    return ""


# a message subject's reply and forward marks and a mailing list's tag: 'Re: [CSP] Alley gating'
_REPLY_MARKS = re.compile(r"^(?:\s*(?:(?:re|fwd?|aw)\s*:|\[[^\]]{1,30}\]))+\s*", re.IGNORECASE)


def _is_field(view: View, line, labels: set[str]) -> bool:
    """A field of the record schema ('CATCH: A Collaborative Approach' is a title, not a field)."""
    return line.start in view.fields and _key(view, line) in labels


def _is_field_value(view: View, k: int, labels: set[str]) -> bool:
    """Line k is the text of the field whose label paragraph stands above it ('Contact' /
    'Sergeant ..., Northumbria Police'): the previous record's last field, not a title."""
    label = view.lines[k - 1] if k >= 1 else None
    return label is not None and _is_field(view, label, labels) and ":" not in label.raw


def _key(view: View, line) -> str:
    """A field's label for comparing records. A 'Label:' field is named by its last word, so
    'Essex Police Audience:' (an organisation line run into the label) is 'audience'; a bold
    label paragraph by its whole text."""
    label = view.fields[line.start]
    if ":" not in line.raw or not label.split():
        return label.lower()
    return label.split()[-1].lower()


def _record_starts(view: View) -> tuple[list[int], list[str]]:
    """Indexes of the field lines that start a record, and the recurring labels in record order."""
    keyed = [(i, _key(view, line)) for i, line in enumerate(view.lines) if line.start in view.fields]
    counts = Counter(key for _, key in keyed)
    # the record schema: labels found in most records (an organisation's name in bold recurs in a few)
    needed = max(2, _SCHEMA_SHARE * max(counts.values(), default=0))
    order = list(dict.fromkeys(key for _, key in keyed if counts[key] >= needed))
    rank = {key: n for n, key in enumerate(order)}
    starts, previous = [], None
    for i, key in keyed:
        if key not in rank:
            continue
        if previous is None or rank[key] <= previous:
            starts.append(i)
        previous = rank[key]
    return starts, order


def _title_lines(view: View, f: int, labels: set[str]) -> list[int]:
    """Lines above field line `f` that head its record: a heading within reach with the lines
    after it, else up to two lines that do not end like a sentence and are not fields, list items
    or table rows, not reaching back over a page break."""
    lines = view.lines
    for k in range(f - 1, max(-1, f - 1 - _HEADING_REACH), -1):
        if lines[k].is_heading:
            # a title over an organisation heading: the record starts at the title
            above = lines[k - 1] if k >= 1 else None
            if above is not None and k - 1 >= f - _HEADING_REACH and k not in view.page_starts \
                    and (above.is_heading or not _ENDS_SENTENCE.search(above.plain)) \
                    and not (above.is_bullet or above.is_table_row or _is_field(view, above, labels)
                             or _is_field_value(view, k - 1, labels)):
                k -= 1
            return list(range(k, f))
        if is_sentence(lines[k]) or _is_field(view, lines[k], labels):
            break
    above = []
    for k in range(f - 1, max(-1, f - 3), -1):
        line = lines[k]
        if _ENDS_SENTENCE.search(line.plain) or _is_field(view, line, labels) or line.is_bullet or line.is_table_row \
                or _is_field_value(view, k, labels) or not any(c.isalnum() for c in line.plain):
            break  # (a rule of '#' or '=' between records is no title)
        above.insert(0, k)
        if k in view.page_starts:
            break
    return above
