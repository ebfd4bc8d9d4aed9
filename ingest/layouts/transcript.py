"""Transcripts: a record of people speaking in turns ('Q97 Chair: ...', 'Alison Kerr: ...'), as
oral evidence, interviews, podcasts and broadcast transcripts are written. The labels are speakers,
not the fields of records: they come in no fixed order and each says a turn of prose. A chat
export's stamped messages ('02/06/2025, 08:03 - Sue Pettitt: ...') are turns too.

A piece is the work a speaker tells of: it starts at the speaker's first turn telling of work
done, or at a later turn naming a programme not named before, and goes on over that speaker's
next turns (and the questions put between them) until another speaker starts a piece. A turn
telling of no work, a question, and a speaker's return to the discussion after another's piece
are no piece. Each piece is credited to its speaker's organisation, read from the witness list
or the speaker's own introduction ('I am ..., Deputy Chief Constable of British Transport
Police')."""

from __future__ import annotations

import re
from collections import Counter

from index.gazetteer import find_forces, find_organisations
from ingest.layouts.common import Section, View, section_of
from ingest.names import pieces_named
from ingest.work import describes_work

NAME = "transcript"
PIECES_NAME_OWNERS = True  # each piece is its speaker's; the document's publisher only a fallback

MIN_TURNS = 6
MIN_SPEAKERS = 2
MIN_CHANGES = 4  # the speaker changes this often at least: turns, not one person's labelled notes
_PROSE_WORDS = 12
# a question number before the speaker ('Q97 Chair'), a timestamp ('[00:01:12] Host')
_PREFIX = re.compile(r"^(?:Q\s?\d+\s+|\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)")
# speakers named by their part in the conversation
_ROLE = re.compile(r"(?i)^(?:the\s+)?(?:chair(?:man|woman|person)?|host|co-host|presenter|interviewer|"
                   r"interviewee|question|answer|q|a|caller|moderator|speaker\s*\d*|member|witness|"
                   r"reporter|newsreader|announcer|narrator|voice-?over|guest)$")
_ASKS = re.compile(r"(?i)^(?:the\s+)?(?:chair(?:man|woman|person)?|host|co-host|presenter|interviewer|"
                   r"question|q|moderator|member)$")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$|^(?:Mc|Mac|O['’])[A-Z][a-z]+$")
# a rank or role after a name in a chat's contact list ('Tom Ashby PCSO', 'Jo Reed Sgt')
_RANK = re.compile(r"^(?:PCSO|PC|DC|DS|Sgt|Insp|Cllr|Supt|Ch\.?\s?Insp|SC)$")
# a chat export's message stamp and sender ('02/06/2025, 08:03 - Sue Pettitt: ...', '[02/06/2025,
# 08:03:12] Sue Pettitt: ...'): each message is a post of its own
_CHAT = re.compile(r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?\s*(?:-\s*)?"
                   r"(?:(?P<sender>[^:\n]{2,60}?):\s)?")
# a turn opening with its time in the recording and the speaker, the pair in bold or not
# ('**[00:18:44] KB:** Aye. By 1988 ...', '[00:01:12] Host: ...')
_STAMPED = re.compile(r"^(?:\*\*|__)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?P<speaker>[A-Z][\w .'’-]{0,40}?(?:\s*\([^()\n]{1,40}\))?)"
                      r"\s*:(?:\*\*|__)?\s")
# the part a speaker is named with in brackets ('Nadia (Customer Services)', 'Ava (virtual assistant)')
_PART = re.compile(r"\s*\([^()\n]{1,40}\)$")
# the person a transcript is written for, in a chat's copy sent to them ('You: yes please')
_YOU = re.compile(r"^(?:you|me)$", re.I)
# a speaker given by their initials ('KB'), when the text names someone with them: the name they stand
# for ('Ken Barraclough')
_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def score(view: View) -> tuple[float, str]:
    turns = [t for t in _turns(view) if t[1]]
    speakers = Counter(speaker for _, speaker in turns)
    changes = sum(a[1] != b[1] for a, b in zip(turns, turns[1:]))
    if len(turns) < MIN_TURNS or len(speakers) < MIN_SPEAKERS or changes < MIN_CHANGES:
        return 0.0, f"{len(turns)} turns of {len(speakers)} speakers; needs {MIN_TURNS}+ turns of {MIN_SPEAKERS}+"
    if sum(n >= 2 for n in speakers.values()) < MIN_SPEAKERS:
        # each label said once: the headings of a list ('Menopause Group: ...'), not people talking
        return 0.0, f"{len(turns)} labelled lines, but fewer than {MIN_SPEAKERS} labels recur: no conversation"
    return 0.97, f"{len(turns)} turns of {len(speakers)} speakers ({', '.join(list(speakers)[:4])})"


def _speaker(view: View, label: str) -> str:
    """The speaker a field label names, '' when it is no speaker: a role ('Chair', 'Host') or a
    person's name ('Alison Kerr', or 'Kerr' where the text gives the full name)."""
    name = _PREFIX.sub("", label).strip()
    part = _PART.search(name)
    name = name[:part.start()].strip() if part else name
    words = name.split()
    if not words or len(words) > 4:
        return ""
    if (_ROLE.match(name) or _YOU.match(name)) and not part:
        # (a role given with a body, 'Q (West Midlands Police)', is a question-and-answer list's
        # label under a report's heading, not a conversation's speaker)
        return name
    if _INITIALS.match(name):
        named = r"[a-z'’-]+\s+".join(name) + r"[a-z'’-]+"
        full = re.search(rf"\b{named}\b", view.doc.text)
        return full.group(0) if full else ""
    if len(words) >= 3 and _RANK.match(words[-1]):
        words = words[:-1]
    if not all(_NAME_WORD.match(w) for w in words) or find_forces(name) or find_organisations(name):
        return ""
    if len(words) >= 2 or part:
        return name  # (a first name given with the speaker's part, 'Nadia (Customer Services)', is a speaker)
    # one word: a surname, when the text names the person in full somewhere ('Alison Kerr'), on
    # one line (not a line's last word above a label: 'Systematic reviews' / 'Subjects: ...')
    return name if re.search(rf"\b[A-Z][a-z'’-]+[ \t]+{re.escape(name)}\b", view.doc.text) else ""


def _turns(view: View) -> list[tuple[int, str]]:
    """(line index, speaker) of each turn: a line opening with a speaker's label and saying prose."""
    turns = []
    for i, line in enumerate(view.lines):
        chat = _CHAT.match(line.raw)
        if chat:
            # every stamped message is a turn, whatever its length; a notice ('Sue added Tom') or
            # a sender with no name (a phone number) is nobody's
            turns.append((i, _speaker(view, chat.group("sender")) if chat.group("sender") else ""))
            continue
        stamped = _STAMPED.match(line.raw)
        label = stamped.group("speaker") if stamped else view.fields.get(line.start)
        if label is None or ":" not in line.raw:
            continue
        speaker = _speaker(view, label)
        # (a turn stamped with its time is one however short, 'You: thanks'; a labelled line
        # says prose to be one, not 'Date: 3 May')
        if speaker and (stamped or len(line.plain.split()) >= _PROSE_WORDS // 2):
            turns.append((i, speaker))
    return turns if sum(bool(s) and len(view.lines[i].plain.split()) >= _PROSE_WORDS for i, s in turns) \
        >= MIN_TURNS // 2 else []


def _asker(view: View, speaker: str, turns: list[tuple[int, str]]) -> bool:
    """The speaker puts the questions: named for it, or most of their turns end in a question."""
    if _ASKS.match(speaker):
        return True
    ends = [_turn_text(view, turns, k).rstrip(" \"'”’").endswith("?") for k, (_, s) in enumerate(turns) if s == speaker]
    return sum(ends) * 2 > len(ends)


def _turn_lines(view: View, turns: list[tuple[int, str]], k: int):
    end = turns[k + 1][0] if k + 1 < len(turns) else len(view.lines)
    return view.lines[turns[k][0]:end]


def _turn_text(view: View, turns: list[tuple[int, str]], k: int) -> str:
    lines = _turn_lines(view, turns, k)
    return view.doc.text[lines[0].start:lines[-1].end]


def affiliation(view: View, speaker: str, first_turn: str, opening: str) -> str:
    """The organisation a speaker speaks for, as written: the force or body named beside their
    name in the witness list or the text before the turns ('Deputy Chief Constable Alison Kerr,
    British Transport Police;'), else in their own first turn ('I am ..., of Nottinghamshire
    Police')."""
    surname = speaker.split()[-1]
    for text in (opening, first_turn):
        for clause in re.split(r"[;\n]|(?<=[.!?])\s", text):
            if re.search(rf"\b{re.escape(surname)}\b", clause) or (text is first_turn and re.search(r"\bI am\b", clause)):
                named = find_forces(clause) or find_organisations(clause)
                if named:
                    return clause[named[0].start:named[0].end]
    return ""


def sections(view: View) -> list[Section]:
    turns = _turns(view)
    askers = {s for _, s in turns if s and _asker(view, s, turns)}
    firsts = {}
    for k, (_, speaker) in enumerate(turns):
        if speaker:
            firsts.setdefault(speaker, _turn_text(view, turns, k))
    opening = view.doc.text[:view.lines[turns[0][0]].start] if turns else ""  # the title, the witness list
    said_by = {s: affiliation(view, s, firsts[s], opening) for s in firsts if s not in askers}
    chat = bool(turns) and all(_CHAT.match(view.lines[i].raw) for i, _ in turns)
    pieces: list[tuple[str, int, int]] = []  # (speaker, first turn, last turn)
    named: set[str] = set()
    current = ""  # the speaker whose piece the discussion is still on
    for k, (_, speaker) in enumerate(turns):
        if speaker in askers or not speaker:
            continue
        text = _turn_text(view, turns, k)
        new_names = pieces_named(text) - named  # ('Operation Lantern', 'We've also started Park Pals')
        named |= new_names
        has_piece = any(s == speaker for s, _, _ in pieces)
        # in a chat export each message is a post: each telling of work is a piece of its own,
        # where a witness returning to the discussion goes on with theirs
        if describes_work(text) and (not has_piece or new_names or chat):
            pieces.append((speaker, k, k))
            current = speaker
        elif current == speaker:
            pieces[-1] = (speaker, pieces[-1][1], k)
        else:
            current = ""  # another speaker takes the discussion elsewhere: the piece is told
    found = []
    for speaker, first, last in pieces:
        group = [line for k in range(first, last + 1) for line in _turn_lines(view, turns, k)]
        stamp = _CHAT.match(group[0].raw) if chat else None  # read past it: the message is the text
        found.append(section_of(view, group, "", said_by.get(speaker, ""), view.doc.title,
                                body_start=group[0].start + stamp.end() if stamp else -1))
    return found
