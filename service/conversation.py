"""Reading a question in its conversation: what a follow-up turn asks once the earlier turns are
taken into account (the standalone question), and what a question narrows to (places, forces,
the initiatives it refers to, a stage of evidence), whether it asks to count forces.

Deterministic by default: an elliptical turn ('and in Wales?', 'only Derbyshire', 'did it
work?', 'what else has that force done?') takes the topic, place and forces of the turn before;
'it', 'that force', 'those' mean what the last answer showed (forces and initiative titles found
in the assistant's text); a complete question stands alone. With an LLM configured, a condense
step (LlamaIndex's condense-question chat pattern) may rewrite the turn; the rewrite is kept only
if it keeps the turn's own words and places, else the deterministic reading stands.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from index.gazetteer import find_forces, find_regions
from index.settings import Settings
from index.terms import tokens

log = logging.getLogger(__name__)

MAX_TURNS = 20  # earlier turns read; older ones cannot change what a short follow-up means

# Words that carry no topic of their own in a follow-up: asking about results, referring back,
# narrowing. A turn made only of these (and places or forces) is read against the one before.
_META = frozenset(tokens(
    """and also only just what about how many much else other another anything more same one ones those these
    them they it its that this there their here please show tell me list results result outcome
    outcomes impact work worked working effect effective success successful did does do any
    evidence figures numbers data know what's how's ok okay thanks then again instead too
    initiative initiatives scheme schemes programme programmes project projects""",
    keep_stopwords=True,
))
_CONTINUES = re.compile(r"(?i)^\s*(?:and|also|plus|but|so|ok(?:ay)?|what\s+about|how\s+about|same\s+for"
                        r"|now|then)\b[\s,]*")
_ONLY = re.compile(r"(?i)\b(?:only|just)\b")
_ELSE = re.compile(r"(?i)\b(?:what|anything|something)\s+else\b|\bother\s+(?:work|initiatives|things)\b")
_THAT_FORCE = re.compile(r"(?i)\b(?:that|this|the\s+same)\s+force\b|^\W*(?:and\s+)?what\s+else\s+(?:have|did)\s+they\b")
_IT = re.compile(r"(?i)\b(?:it|that(?!\s+force)(?=\s*(?:work|\?|$|\s+(?:have|had|help|reduce|improve|achieve)))"
                 r"|this\s+one|that\s+one|th(?:at|is|e)\s+(?:initiative|scheme|programme|project|work|pilot"
                 r"|one)|the\s+\w+(?:\s+\w+)?\s+one)\b")
# A short question for a figure ('how many applied?', 'how much did membership grow') asks about
# what the last answer showed.
_FIGURE_ASK = re.compile(r"(?i)^\W*(?:and\s+|so\s+)?how\s+(?:many|much|long|often)\b")
_THOSE = re.compile(r"(?i)\b(?:those|these|them)\b")
_RESULTS = re.compile(r"(?i)\b(?:did\s+\w+\s+work|work(?:ed)?\??$|results?|outcomes?|impact|effect(?:ive)?"
                      r"|success(?:ful)?|evaluat\w*|evidence|how\s+many\s+(?:people|officers|staff|victims)"
                      r"|achiev\w*)\b")
_COUNT = re.compile(
    r"(?i)^\s*(?:and\s+|so\s+)?(?:how\s+many\s+(?:\w+\s+)?(?:forces|constabularies)"
    r"|(?:which|what)\s+(?:police\s+)?(?:forces|constabularies)"
    r"|(?:list|name|count)\s+(?:all\s+|the\s+|of\s+)*(?:police\s+)?(?:forces|constabularies))\b"
)
_INDEPENDENT_ASK = re.compile(r"(?i)\bindependent(?:ly)?\s+(?:evaluat\w*|assess\w*|review\w*)")
_EVIDENCE_ASK = re.compile(
    r"(?i)\b(?:(?:been\s+)?(?:shown|proven|proved|known)\s+to\s+work|what\s+works|evidence\s+(?:that|of|it)"
    r"|(?:have\s+been|were|was|been)\s+evaluated|(?:independent(?:ly)?|formal(?:ly)?)\s+evaluat\w*"
    r"|evaluated\s+locally|with\s+evidence|evidence[-\s]based|effective(?:ness)?)\b"
)
_PLACE_THE = ("North", "South", "East", "West", "Midlands")


@dataclass
class Shown:
    """What an earlier answer showed: forces and initiatives (id, title, forces), in order."""

    forces: list[str] = field(default_factory=list)
    initiatives: list[tuple[str, str, list[str]]] = field(default_factory=list)


@dataclass
class Reading:
    """How a turn was read: the question answered and what it narrows to."""

    question: str  # as typed
    standalone: str  # the question answered, readable without the conversation
    query: str  # what is searched for (places and evidence words left to the filters)
    followup: bool = False
    topic: str = ""  # the subject, without places, forces or conversational words
    forces: list[str] = field(default_factory=list)  # named or referred to
    only_forces: bool = False  # the forces narrow like a filter ('only Kent', 'that force')
    regions: list[str] = field(default_factory=list)
    initiatives: list[str] = field(default_factory=list)  # referred to ('it', 'those'): first
    shown: list[str] = field(default_factory=list)  # already shown: last ('what else')
    evidence: list[str] = field(default_factory=list)  # stages asked for
    evidence_first: bool = False  # asks what has been shown to work
    count: bool = False  # asks how many / which forces
    listing: bool = False  # no topic: list what the narrowing leaves ('what else has Kent done?')
    base: str = ""  # the subject as a question, without place or force narrowing
    how: str = "deterministic"  # or "llm"

    def inferred(self) -> dict:
        """What the reading adds to the request, for the response's `standalone` details."""
        return {"followup": self.followup, "forces": self.forces, "only_forces": self.only_forces,
                "regions": self.regions, "initiatives": self.initiatives, "evidence": self.evidence,
                "evidence_first": self.evidence_first, "count": self.count, "how": self.how}


def place_phrase(region: str) -> str:
    """How a region is written in a sentence: 'the North West', 'Wales'."""
    return f"the {region}" if region.split()[0] in _PLACE_THE else region


def _join(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """text without the spans (and a preposition or article just before each)."""
    out, at = [], 0
    for start, end in sorted(spans):
        head = re.sub(r"(?i)(?:\b(?:in|from|by|for|across|of|at)\s+)?(?:\bthe\s+)?$", "", text[at:start])
        out.append(head)
        at = max(at, end)
        possessive = re.match(r"['’]s\b", text[at:])
        if possessive:
            at += possessive.end()
    out.append(text[at:])
    return re.sub(r"\s+([?,.!])", r"\1", re.sub(r"\s{2,}", " ", "".join(out))).strip()


@dataclass
class _Parsed:
    """What one turn says on its own."""

    text: str
    forces: list[str]
    regions: list[str]
    bare: str  # the text without places and forces
    content: list[str]  # topic words: not conversational, not places or forces


# A region's name run into a longer proper name is not the place: 'South East Asian communities',
# 'North West Ambulance Service' (a policing noun after it still is: 'North West forces').
_LONGER_NAME = re.compile(r"[ \t]+(?!(?:Police|Policing|Constabular|Force|Region|Officers?)\b)[A-Z][a-z]")


def places_in(text: str) -> list:
    """The region mentions of a text that name a place."""
    return [p for p in find_regions(text) if not _LONGER_NAME.match(text, p.end)]


def _parse(text: str) -> _Parsed:
    places = places_in(text)
    place_spans = [(p.start, p.end) for p in places]
    # "the West Midlands" is the region; "West Midlands Police" is the force
    mentions = [m for m in find_forces(text)
                if not any(s < m.end and m.start < e for s, e in place_spans)]
    regions = list(dict.fromkeys(r for p in places for r in p.regions))
    forces = list(dict.fromkeys(m.name for m in mentions))
    bare = _cut(text, place_spans + [(m.start, m.end) for m in mentions])
    content = [t for t in tokens(_EVIDENCE_ASK.sub(" ", bare)) if t not in _META and not t.isdigit()]
    return _Parsed(text, forces, regions, bare, content)


def _evidence(reading: Reading) -> Reading:
    """Stages of evidence the question asks for, and the query without those words."""
    if _INDEPENDENT_ASK.search(reading.question):
        reading.evidence = ["independently evaluated"]
    if _EVIDENCE_ASK.search(reading.question):
        reading.evidence_first = True
        reading.query = _EVIDENCE_ASK.sub(" ", reading.query)
    return reading


def read_alone(text: str) -> Reading:
    """A question read on its own: its places, forces, counting and evidence asks."""
    parsed = _parse(text)
    count = _COUNT.search(text)
    query = parsed.bare if parsed.regions else text
    reading = Reading(question=text, standalone=text, query=_COUNT.sub(" ", query) if count else query,
                      topic=" ".join(parsed.content), forces=parsed.forces, regions=parsed.regions,
                      count=bool(count))
    reading = _evidence(reading)
    reading.listing = not parsed.content
    # 'what has GMP done?': a force and no subject lists the force's work
    reading.only_forces = bool(reading.listing and parsed.forces)
    reading.base = _strip_place(text)
    return reading


def read_turn(text: str, history: Sequence[dict], shown_in: Callable[[str], Shown],
              settings: Settings | None = None) -> Reading:
    """The reading of `text` after `history` ([{"role", "content"}], oldest first).
    `shown_in(assistant_text)` says which forces and initiatives an answer showed."""
    history = list(history)[-MAX_TURNS:]
    previous: Reading | None = None
    shown = Shown()
    earlier: list[dict] = []
    for turn in history:
        if turn.get("role") == "user":
            previous = _read(str(turn.get("content", "")), previous, shown)
            shown = Shown()
        elif turn.get("role") == "assistant":
            shown = shown_in(str(turn.get("content", "")))
        earlier.append(turn)
    reading = _read(text, previous, shown)
    if settings is not None and settings.llm_url and previous is not None:
        reading = condense(text, earlier, reading, settings)
    return reading


def _read(text: str, previous: Reading | None, shown: Shown) -> Reading:
    """One turn read against the reading of the turn before and what its answer showed."""
    parsed = _parse(text)
    alone = read_alone(text)
    refers_force = bool(_THAT_FORCE.search(text))
    refers_one = bool(_IT.search(text)) and not refers_force
    refers_all = bool(_THOSE.search(text)) and not refers_force
    asks_else = bool(_ELSE.search(text))
    continues = bool(_CONTINUES.match(text))
    asks_results = bool(_RESULTS.search(parsed.bare))
    asks_figure = bool(_FIGURE_ASK.search(text)) and len(parsed.content) <= 3 and not alone.count
    refers_one = refers_one or (asks_figure and previous is not None and not parsed.regions)
    elliptical = not parsed.content or continues or refers_force or refers_one or refers_all or asks_else
    if previous is None or not elliptical or (
            alone.count and parsed.content and not (continues or refers_one or refers_all)):
        return alone
    reading = replace(alone, followup=True, standalone=text, query=text)
    # place and forces: the turn's own, else those in force before
    if parsed.regions or parsed.forces:
        reading.regions, reading.forces = parsed.regions, parsed.forces
        reading.only_forces = bool(parsed.forces)
    else:
        # forces in force carry over as a narrowing: the conversation is about them now
        reading.regions, reading.forces = list(previous.regions), list(previous.forces)
        reading.only_forces = bool(previous.forces)
    if refers_force:
        reading.forces = previous.forces if previous.only_forces and previous.forces else shown.forces[:1]
        reading.only_forces = bool(reading.forces)
        reading.regions = [] if reading.forces else reading.regions
    reading.evidence = alone.evidence or list(previous.evidence)
    reading.evidence_first = alone.evidence_first or (previous.evidence_first and not parsed.content)
    # what it is about: the turn's own topic on a new subject ('what about recruitment?'),
    # the initiative(s) referred to, or the previous topic
    referents = _referents(shown, reading.forces if parsed.forces else [], refers_all)
    own_topic = bool(parsed.content) and not (refers_one or refers_all or refers_force or asks_else)
    if asks_else:
        reading.shown = [i for i, _, _ in shown.initiatives]
        reading.topic = "" if (refers_force or parsed.forces) else previous.topic
        reading.listing = not reading.topic
        reading.standalone = _phrase(previous.base, reading) if reading.topic else \
            f"What else has {_join(reading.forces) if reading.forces else 'been done'} done?"
        if reading.topic:
            reading.standalone = f"{reading.standalone.rstrip('?')} (other than what was shown)?"
        reading.query = reading.topic or ""
        return reading
    if (refers_one or refers_all or (asks_results and not parsed.content)) and referents:
        reading.initiatives = [i for i, _, _ in referents]
        named = "; ".join(f"{title} ({_join(forces)})" if forces else title for _, title, forces in referents)
        reading.topic = previous.topic
        reading.standalone = _substitute(text, named)
        reading.query = f"{' '.join(parsed.content)} {named}".strip()
        reading.count, reading.listing, reading.base = alone.count, False, previous.base
        return reading
    if own_topic:
        reading.topic = " ".join(parsed.content)
        subject = _CONTINUES.sub("", parsed.bare).strip(" ?.!")
        if not re.match(r"(?i)(?:what|how|which|who|where|when|why|has|have|did|do|does|are|is|can|list)\b",
                        subject):
            subject = f"What has been done on {subject}"
        reading.standalone = _phrase(subject, reading)
        reading.query, reading.base = subject, subject
        return reading
    reading.topic = previous.topic
    reading.count = alone.count or (previous.count and not parsed.content)
    reading.base = previous.base
    reading.standalone = _phrase(previous.base, reading)
    reading.query = _COUNT.sub(" ", previous.base).replace(FORCES_SLOT, " ")
    reading.listing = not [t for t in tokens(reading.query) if t not in _META] and not reading.initiatives
    return reading


def _referents(shown: Shown, forces: list[str], everything: bool) -> list[tuple[str, str, list[str]]]:
    """The initiatives a pronoun points at: the first shown (by one of `forces` if named), or all."""
    candidates = [i for i in shown.initiatives if not forces or set(forces) & set(i[2])]
    return candidates if everything else candidates[:1]


def _substitute(text: str, named: str) -> str:
    """The turn with its pronoun replaced by what it refers to, or the referent added."""
    for pattern in (_IT, _THOSE):
        if pattern.search(text):
            return pattern.sub(named, text, count=1)
    return f"{text.rstrip(' ?.!')} — {named}?"


FORCES_SLOT = "{forces}"  # where a question named its forces: another force's name goes there


def _strip_place(question: str) -> str:
    """A question without the places it named and with its forces' names replaced by
    FORCES_SLOT, and without a narrowing note."""
    question = re.sub(r"\s*\((?:only|in) [^)]*\)", "", question)
    spans = [(p.start, p.end) for p in places_in(question)]
    forces = [(m.start, m.end) for m in find_forces(question)
              if not any(s < m.end and m.start < e for s, e in spans)]
    out, at = [], 0
    for start, end in forces:
        out.append(question[at:start] + FORCES_SLOT)
        at = end
        possessive = re.match(r"['’]s\b", question[at:])
        if possessive:
            at += possessive.end()
    out.append(question[at:])
    slotted = "".join(out)
    return _cut(slotted, [(p.start, p.end) for p in places_in(slotted)])


def _phrase(base: str, reading: Reading) -> str:
    """`base` narrowed to the reading's place or forces, as a person would write it: the forces
    in the slot where the question named one ('What has Kent done …' -> 'What has Cleveland
    Police done …'), else a note after it."""
    base = base.strip().rstrip("?.! ")
    if FORCES_SLOT in base:
        if reading.forces and reading.only_forces:
            return base.replace(FORCES_SLOT, _join(reading.forces), 1).replace(FORCES_SLOT, "") + "?"
        base = re.sub(r"(?i)\bhas(\s+)" + re.escape(FORCES_SLOT), r"have\1forces", base)
        base = base.replace(FORCES_SLOT, "forces")
    elif reading.forces and reading.only_forces:
        return f"{base} (only {_join(reading.forces)})?"
    if reading.regions:
        return f"{base} (in {_join([place_phrase(r) for r in reading.regions])})?"
    return f"{base}?"


# --- with an LLM ----------------------------------------------------------------------------------

# LlamaIndex's condense-question prompt (CondenseQuestionChatEngine's DEFAULT_TEMPLATE), kept short.
CONDENSE_PROMPT = (
    "Given a conversation (between Human and Assistant) and a follow up message from Human, "
    "rewrite the message to be a standalone question that captures all relevant context "
    "from the conversation. Keep every place, force and detail the follow up message names. "
    "Reply with the question only.\n\n<Chat History>\n{chat_history}\n\n<Follow Up Message>\n"
    "{question}\n\n<Standalone question>\n"
)


def condense(text: str, history: Sequence[dict], reading: Reading, settings: Settings) -> Reading:
    """The LLM's standalone rewrite of a follow-up, checked: it must keep the turn's own topic
    words and places. Otherwise (or on any failure) the deterministic reading stands."""
    from llama_index.core.llms import ChatMessage
    from llama_index.llms.openai_like import OpenAILike

    lines = [f"{'Human' if t.get('role') == 'user' else 'Assistant'}: {str(t.get('content', ''))[:1500]}"
             for t in history]
    prompt = CONDENSE_PROMPT.format(chat_history="\n".join(lines), question=text)
    try:
        llm = OpenAILike(model=settings.llm_model, api_base=settings.llm_url, api_key=settings.llm_api_key,
                         is_chat_model=True, timeout=settings.llm_timeout_s, max_retries=0, temperature=0.0)
        rewrite = (llm.chat([ChatMessage(role="user", content=prompt)]).message.content or "").strip()
    except Exception as exc:  # any LLM failure: the deterministic reading
        log.warning("condensing the follow-up failed, reading it deterministically: %s", exc)
        return reading
    rewrite = rewrite.splitlines()[0].strip().strip('"') if rewrite else ""
    if not keeps_turn(text, rewrite):
        log.info("LLM rewrite %r dropped words of %r; using the deterministic reading", rewrite, text)
        return reading
    return replace(reading, standalone=rewrite, query=_strip_place(rewrite).replace(FORCES_SLOT, " ") if reading.regions else rewrite,
                   how="llm")


def keeps_turn(turn: str, rewrite: str) -> bool:
    """Whether a rewrite keeps the turn's own content words and the places and forces it names."""
    if not rewrite or len(rewrite) > 1000:
        return False
    own, rewritten = _parse(turn), _parse(rewrite)
    return (set(own.content) <= set(tokens(rewrite))
            and set(own.regions) <= set(rewritten.regions)
            and set(own.forces) <= set(rewritten.forces))
