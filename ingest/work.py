"""Whether a passage tells of work done: someone acting (setting something up, running it,
training, funding, meeting people, changing how something is done), in any tense, active or
passive. A section that says no such thing -- demand figures, a projection, a workforce table, a
risk register, an answer that only points somewhere ('the names are on our website'), declines
('the counter will stay as it is'), thanks or an exemption -- describes no piece of work, however
its document is laid out.

The test is on verbs, not on a document's phrasing: a lexicon of the verbs English uses for doing
work (data: ingest/data/work-verbs.json, in their base forms; every inflection is generated),
found anywhere in the section's sentences. It is deliberately generous -- one such verb is enough -- because a section
wrongly dropped loses an initiative, while one wrongly kept is only what the layouts gave before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ingest.sentences import is_prose, sentences

# the lexicon: verbs of doing work, their irregular past forms, and those that need a doer (data)
_LEXICON = json.loads((Path(__file__).with_name("data") / "work-verbs.json").read_text(encoding="utf-8"))
_IRREGULAR: dict[str, str] = _LEXICON["irregular"]
_NEEDS_AGENT = frozenset(_LEXICON["needs_doer"])
# people by their role ('custody sergeants', 'youth workers', 'advocates', 'detectives')
_PEOPLE = r"(?i:[a-z]+(?:ers|ors|ists|ants|ents|ians|ates|ives|ables|ff|pcsos|people|teams|groups)|marshals|officials|professionals)"
# capitalised words that open a sentence without naming anyone
_NOT_A_NAME = (r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Your|In|On|At|For|By|Since|After|"
               r"Before|During|When|If|Each|Every|Some|All|Most|No)\b)")
# who does the work a verb tells of
_AGENT = (rf"(?:{_PEOPLE}|(?i:we|i|they|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?:force|team|unit|project|scheme|programme|service|"
          r"partnership|council|charity|trust|officers?|staff|volunteers?|pilot|operation|hub|panel|network|"
          r"navigators?|practitioners?|coordinators?|commissioner|board)|officers|staff|volunteers|police|partners|"
          r"pcsos?|detectives|constables|cadets|specials)|"
          # a piece of work itself, as the doer ('a campaign in Selby gave 500 homes door chains')
          r"(?i:campaigns?|schemes?|projects?|programmes?|operations?|initiatives?|pilots?|services?|partnerships?|"
          r"teams?|units?)(?:\s+(?:in|at|for|across|on)\s+(?:the\s+)?[\w'’-]+)?|"
          # a named body ('Kent Police', 'Selby District Council', 'Hull Business Improvement District')
          rf"{_NOT_A_NAME}(?:[A-Z][\w'’-]+\s+)+(?:Police|Constabulary|Council|Service|Trust|Partnership|District|"
          r"Board|Authority|Team|Unit|Hub|Network|Foundation|Charity|University|College|Office))")
# who does work, whatever the verb after them ('Cleveland Police and the council lit a subway',
# 'we restarted the scheme')
_DOER = (rf"(?:{_PEOPLE}|(?i:we|our\s+(?:officers|team|staff|force|volunteers|partners|cadets)|the\s+(?:force|team|unit)|officers|"
         r"police|cadets|specials)|"
         r"(?:[A-Z][\w'’-]+\s+)+(?:Police|Constabulary|Council|Service|Trust|Partnership))")
# '... and the county council', '... and their partners'
_AND = r"(?:\s+and\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?"
_AUXILIARY = r"(?:\s+(?:have|has|had|will|would|can|could|now|also|then|quickly|jointly|together|all|both|each|"\
             r"first|successfully|recently|already|regularly|not only|began to|started to|went on to|helped to|"\
             r"to|were able to|was able to|been|be|being|are|is|was|were|did|do|does))*"


def _forms(verb: str) -> tuple[set[str], set[str]]:
    """(past forms, other forms) of a verb given in its base form, phrasal particle kept."""
    head, _, rest = verb.partition(" ")
    if head.endswith("e"):
        past, other = {head + "d"}, {head, head + "s", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past, other = {head[:-1] + "ied"}, {head, head[:-1] + "ies", head + "ing"}
    elif re.search(r"(?:^|[^aeiou])[aeiou][bdgmnprt]$", head) and len(head) <= 4:
        past, other = {head + head[-1] + "ed"}, {head, head + "s", head + head[-1] + "ing"}
    else:
        es = "es" if head.endswith(("s", "sh", "ch", "x", "z")) else "s"
        past, other = {head + "ed"}, {head, head + es, head + "ing"}
    if head in _IRREGULAR:
        past = set(_IRREGULAR[head].split())
    join = lambda forms: {f"{form} {rest}".strip() for form in forms}  # noqa: E731
    return join(past), join(other)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    verbs = set(_LEXICON["verbs"])
    free: set[str] = set()
    present: set[str] = set()
    bound: set[str] = set()
    for verb in verbs:
        past, other = _forms(verb)
        bound |= past | other
        if verb not in _NEEDS_AGENT:
            free |= past
            present |= other
    alternatives = lambda forms: "|".join(re.escape(f).replace(r"\ ", r"\s+")  # noqa: E731
                                          for f in sorted(forms, key=len, reverse=True))
    # a past form ('introduced', 'set up', 'trained') tells of work wherever it stands; a present
    # form ('runs', 'reviews') when it is not a noun (no article or preposition before it: 'the
    # clinic's advocates review every case', not 'a review of'); any form after someone doing it
    anywhere = re.compile(rf"(?i)\b(?:{alternatives(free)})\b")
    as_verb = re.compile(rf"(?i)(?<![\w'’-])(\w+),?\s+({alternatives(present)})\b")
    with_agent = re.compile(rf"\b(?:{_AGENT}{_AND}(?i:{_AUXILIARY})\s+(?i:{alternatives(bound)})|"
                            rf"{_DOER}{_AND}(?:\s+[\w-]+){{0,4}}?(?i:{_AUXILIARY})\s+[a-z]{{3,}}ed|"
                            rf"{_DOER}{_AND}\s+(?!(?:was|has|does|is)\b)[a-z]{{3,}}s)\b")
    return anywhere, as_verb, with_agent


# words after which a verb form is no one's work: a noun follows them ('the review', 'a support
# worker', 'for training'), or they are whom something is done to ('helps us build a picture')
_NOT_A_SUBJECT = frozenset("""a an the this that these those its their his her our your my of for in on at
with by from into about new first further more extra any each every no some and or per us them me him""".split())
# the reader as the one to act ('You can also sign up to alerts', 'if you would like to report')
_READER = re.compile(r"(?i)\byou\b(?:\s+[\w']+){0,3}\s*$")


# a past participle after a determiner is an adjective: 'their funded establishment', 'the
# trained staff' (not a sentence saying the staff were trained)
_ADJECTIVE = re.compile(r"(?i)\b(?:a|an|the|this|that|these|those|its|their|his|her|our|your|my|newly|fully|well|"
                        r"recently|specially|properly)\s+$")
_NEGATED = re.compile(r"(?i)\b(?:not|never|n't)\s+(?:been\s+|yet\s+|be\s+)?$")


def _prose(text: str) -> list[str]:
    """The sentences of the text, a table row's short cells left out ('Appointed | 611 | 108' is a
    row of figures, not a sentence saying someone was appointed)."""
    out = []
    for sentence in sentences(text):
        if "\t" in sentence:
            out.extend(cell for cell in sentence.split("\t") if is_prose(cell))
        else:
            out.append(sentence)
    return out


# the commonest words of English prose: a text with almost none of them is in another language
# (a Welsh-only page), which the lexicon cannot read, so it is not judged
_ENGLISH = frozenset("the and of to in a is was for with we our that by on it at from this have has were are".split())
_ENGLISH_SHARE = 0.08
_JUDGED_WORDS = 20


def in_english(text: str) -> bool:
    """Whether the text's prose is English (a table's short cells, a price list, are no language)."""
    return _english(_prose(text))


def _english(prose: list[str]) -> bool:
    said = re.findall(r"[a-z]+", " ".join(prose).lower())
    return len(said) < _JUDGED_WORDS or sum(w in _ENGLISH for w in said) >= _ENGLISH_SHARE * len(said)


def describes_work(text: str) -> bool:
    """Whether any sentence of `text` tells of someone doing work (see the module's docstring).
    Text in another language is not judged: True."""
    prose = _prose(text)
    if not _english(prose):
        return True
    anywhere, as_verb, with_agent = _patterns()
    for sentence in prose:
        if len(sentence.split()) < 3:
            continue
        if any(not _NEGATED.search(sentence[:m.start()]) and not _ADJECTIVE.search(sentence[:m.start()])
               and not _planned(sentence[:m.start()]) for m in anywhere.finditer(sentence)) \
                or any(not _MODAL.search(m.group(0)) and not _planned(sentence[:m.start()])
                       for m in with_agent.finditer(sentence)):
            return True
        if any(_as_verb(m.group(1), m.group(2), sentence[:m.start(2)]) and not _READER.search(sentence[:m.start()])
               and not _planned(sentence[:m.start(2)]) for m in as_verb.finditer(sentence)):
            return True
    return False


# what is to be done, not what was: 'the supplier will provide', 'bidders must demonstrate', 'is
# expected to deliver' (a tender, a plan, a set of conditions): a modal in the words naming the
# doer, or one of these anywhere before the verb in its sentence
# ('may' in lower case only: 'Since May 2024' is a month)
_MODALS = r"will|shall|must|should|would|(?-i:may)|might|could|can|cannot"
_MODAL = re.compile(rf"(?i)\b(?:{_MODALS})\b")
_PLANNED = re.compile(rf"(?i)\b(?:{_MODALS}|expected to|required to|able to|intends? to|plans? to|going to)\b")
_SUBORDINATE = re.compile(r"(?i)\b(?:after|when|because|since|although|though|if|until|before|while|once)\b")


def _planned(before: str) -> bool:
    """The words before a verb make it what is to be done ('the supplier will, in year one,
    provide', 'is expected to deliver'); not a modal inside a clause set off before the verb's own
    ('after a man collapsed and nobody could find a defibrillator, she and a few friends started
    the group')."""
    modals = list(_PLANNED.finditer(before))
    if not modals:
        return False
    last = modals[-1]
    return not (_SUBORDINATE.search(before[:last.start()]) and "," in before[last.end():])


# words after which a bare verb ('review', 'run') has a subject: many doers, a pronoun, or an
# auxiliary or adverb ('to review', 'will run', 'now run')
_PLURAL_SUBJECT = re.compile(r"(?i)^(?:\w+(?<!s)s|we|they|i|you|people|staff|police|to|will|would|can|could|may|"
                             r"must|should|also|now|then|jointly|together|\w+ly|and|who|which|that)$")


def _as_verb(before: str, form: str, preceding: str = "") -> bool:
    """A present or -ing form is a verb here, not a noun: not after an article or preposition
    ('the review', 'for training'); a bare form ('review') needs a subject that takes it ('the
    officers review', 'will review'), not a noun it modifies ('retention schedule')."""
    if before.lower() in _NOT_A_SUBJECT:
        return False
    head = form.split()[0].lower()
    if head.endswith("ing") or (head.endswith("s") and not head.endswith("ss")):
        return True
    # (or a subject of several joined by 'and': 'the force's lead, a psychologist and an
    # independent advocate review every case'; or a plural a few words back: 'Officers in Whitby
    # hold a coffee morning')
    return bool(_PLURAL_SUBJECT.match(before) or _JOINED_SUBJECT.search(preceding) or _PLURAL_NEAR.search(preceding))


_PLURAL_NEAR = re.compile(r"(?i)\b(?:\w+(?<![su])s|we|they|people|staff|police)\s+(?:in|at|from|across|of|on)\s+"
                          r"(?:the\s+)?(?:[\w'’-]+\s+){1,2}$")
_JOINED_SUBJECT = re.compile(r"(?i)\band\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$")
