"""Titles for initiatives: the programme's own name if the text gives one, else a short noun
phrase from the text saying what was done."""

from __future__ import annotations

import re
from collections import Counter

from index.gazetteer import find_forces
from ingest.lines import clean
from ingest.metrics import MONTHS
from ingest.names import NAMED_OPENING, name_in
from ingest.sentences import sentences as split_sentences

_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+")
# a disclosure's or button's label standing as a heading: 'Show answer', 'Read more', 'See all'
_CONTROL_LABEL = re.compile(r"(?i)^(?:show|hide|reveal|read|see|view|expand|collapse|open|close|click to \w+)"
                            r"(?: the| all)? (?:answers?|more|less|all|details|full (?:story|article|text)|"
                            r"solutions?|results?)\W*$")
# a heading that is only a day's date: a diary's 'Sat 7 Feb', a log's '24 February 2026' (a month
# alone, a calendar's 'January', still titles its page)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_ONLY = re.compile(rf"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_DAY}\s+(?:{MONTHS})|(?:{MONTHS})\s+{_DAY})"
                        r"\.?,?(?:\s+(?:19|20)\d\d)?\W*$")
_GENERIC_HEADINGS = {"case study", "introduction", "overview", "background", "summary", "about"}
QUOTED_NAME = re.compile(r"(?<!\w)['‘\"“]([A-Z][^\n'‘’\"“”]*(?:['’][a-z][^\n'‘’\"“”]*)*?)[,.]?['’\"”](?![a-z])")
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


def is_force_name(text: str) -> bool:
    """True when the text names forces and nothing else ('Surrey Police and Sussex Police')."""
    mentions = find_forces(text)
    if not mentions:
        return False
    rest = text
    for m in reversed(mentions):
        rest = rest[: m.start] + " " + rest[m.end:]
    return not re.sub(r"\b(?:and|the|police|constabulary|constabularies|service)\b|[^a-z]", "", rest.lower())



def title_for(explicit: str, body: str, forces: list[str]) -> str:
    """The programme's own name if it has one, else a descriptive one from the text."""
    body = _PARAGRAPH_NUMBER.sub("", body, count=1)  # '3.1 Officers in ...' is titled from 'Officers ...'
    explicit = _PARAGRAPH_NUMBER.sub("", clean(explicit)).strip(" :-–")
    if _CONTROL_LABEL.match(explicit) or _DATE_ONLY.match(explicit):
        explicit = ""  # a page's control or a diary's date, not a title: 'Show answer', 'Sat 7 Feb'
    if explicit and explicit.lower() not in _GENERIC_HEADINGS and not is_force_name(explicit):
        return explicit[:120]
    named = _programme_name(body, forces)
    if explicit and named:
        return f"{explicit[:1].upper()}{explicit[1:]}: {named}"
    return named or _descriptive_title(body)


def _programme_name(body: str, forces: list[str]) -> str:
    head = clean(body[:1200])
    # the name the text opens with ('The Night Bus is run by Tawe Night Care ...'), before any
    # other it mentions later ('... invented: Operation Gannet')
    opening = NAMED_OPENING.match((split_sentences(head) or [""])[0])
    if opening and not find_forces(opening.group(0)) and not is_force_name(opening.group(0)):
        return name_in(opening)
    operation = _OPERATION.search(head)
    if operation:
        return f"Operation {operation.group(1)}"
    for match in QUOTED_NAME.finditer(head):
        name = match.group(1).strip()
        words = name.split()
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        capitalised = sum(w[:1].isupper() for w in content) >= 0.6 * len(content)
        if (2 <= len(words) <= 7 and capitalised or (len(words) == 1 and name.isupper() and len(name) >= 4)) \
                and not is_force_name(name):
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
    opening = " ".join(split_sentences(head)[:2])
    for pattern in (_ACTION_OBJECT, _KIND_OF_THING):
        match = pattern.search(opening)
        if match:
            phrase = match.group(1).strip()
            if len(phrase.split()) >= 2 and phrase.split()[0].lower() not in _SMALL_WORDS:
                return phrase[:1].upper() + phrase[1:]
    return ""


# --- descriptive titles ------------------------------------------------------------------------
# With no programme name, the title is a short noun phrase taken from the text: what the force
# created ("a community engagement role was created in Telford"), who it worked with, or what its
# first sentence is about, with time and purpose clauses, the force's name and auxiliaries removed.

TITLE_MAX = 70
_TITLE_HEAD = 1200  # characters of the body looked at
_DETERMINERS = {"a", "an", "the", "their", "its", "his", "her", "our", "this", "these", "those", "every",
                "each", "some", "several", "many", "various", "numerous", "multiple"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did"}
_PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "over", "within",
                 "across", "through", "between", "about", "under", "during", "after", "before", "around",
                 "via", "against", "towards", "toward", "among", "amongst", "alongside", "throughout",
                 "since", "until", "upon", "onto", "per", "like", "than", "as", "including"}
_CLAUSE_WORDS = {"which", "who", "whom", "whose", "that", "where", "when", "while", "whilst", "however",
                 "because", "so", "but", "if", "although", "though", "whereby", "both", "such", "not",
                 "also", "then", "there", "here", "it", "they", "we", "he", "she", "how", "why", "what",
                 "all"}
_NP_STOP = _AUXILIARIES | _PREPOSITIONS | _CLAUSE_WORDS
_ING_NOUNS = {"training", "policing", "learning", "mentoring", "wellbeing", "well-being", "funding",
              "building", "meeting", "offending", "housing", "safeguarding", "coaching", "briefing",
              "debriefing", "recruiting", "networking", "screening", "reporting", "listening",
              "engineering", "marketing", "onboarding", "profiling", "tasking", "clothing", "thinking",
              "understanding", "setting", "timing", "planning", "spending", "sentencing", "parenting"}
_NOT_ADVERBS = {"family", "early", "weekly", "monthly", "quarterly", "daily", "yearly", "friendly",
                "elderly", "only", "holy", "july", "italy", "assembly", "supply", "ally", "rally"}
_VAGUE_HEADS = {"number", "numbers", "amount", "level", "levels", "rate", "rates", "proportion", "risk",
                "risks", "way", "ways", "quality", "use", "impact", "likelihood", "chance", "chances",
                "need", "needs", "issue", "issues", "problem", "problems", "fact", "aim", "time"}
_GENERIC_NOUNS = {"force", "police", "team", "event", "group", "project"}  # too vague alone
_QUANTITIES = {"number", "range", "variety", "host", "couple", "handful", "selection", "mix", "lot", "lots"}
_NAMING = {"called", "titled", "entitled", "named", "branded"}
_NAME_GLUE = {"to", "in", "the", "for", "on", "at", "with", "from"}  # small words inside names
_IRREGULAR_PARTICIPLES = {"known", "called", "titled", "named", "led", "run", "made", "given", "held", "set",
                          "built", "shown", "seen", "done", "taken", "put", "sent", "brought", "written"}
_NOT_PARTICIPLES = {"need", "speed", "seed", "bed", "feed", "red", "shed", "hundred", "proceed", "exceed"}
_ATTACHED = {"in", "for", "on", "within", "across", "to", "at"}  # prepositions a title may keep
_TIME_WORDS = re.compile(
    r"^(?:\d{4}|\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few)|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|winter|years?|months?|weeks?|days?|recent|last|next|past|first|early|late)$",
    re.IGNORECASE,
)

# Leading adverbial clauses: "Since 2019,", "In 2023,", "To ensure that ...,", "As part of ...,",
# "Following ...,". The comma must be followed by a capitalised word or "the" (the subject), so
# a list inside the clause ("To support staff, officers and volunteers, the force ...") is skipped.
_LEADING_CLAUSE = re.compile(
    r"^(?:In order to|In response to|In addition|As part of|As a result of|As well as|Due to|Because of|"
    r"Building on|Since|In|On|At|By|During|From|Following|After|Before|Over|Throughout|To|Through|"
    r"Having|With|Alongside|Recently|Previously|Historically|Additionally|Furthermore|Moreover|"
    r"Initially|Earlier|Last year|This year|Each year|Every year)\b[^.;:]{0,160}?,\s+(?=[A-Z]|the\b)"
)
_CREATE_PAST = (r"created|launched|introduced|developed|established|set up|implemented|designed|piloted|"
                r"produced|built|rolled out|formed|founded|devised|trialled|trialed|opened|hosted|"
                r"initiated|co-designed|co-produced|started|began|ran")
_CREATE_BASE = r"create|launch|introduce|establish|set up|design|pilot|form|roll out"
_CREATED = re.compile(
    rf"\b(?:{_CREATE_PAST})(?:\s*(?:,|and)\s*(?:{_CREATE_PAST}))*\s+(?=\S)"
)
_TO_CREATE = re.compile(rf"\bto\s+(?:{_CREATE_BASE})\s+(?=\S)")
# before a creation verb: the thing was not made by the subject (passive) or not made yet
_NOT_MADE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?|(?:hope[sd]?|plan(?:s|ned)?|aim(?:s|ed)?|"
    r"intend(?:s|ed)?|want(?:s|ed)?|would like|will|may|might|could)\s+)$"
)
_WAS_CREATED = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Tt]his)\s+((?:[\w'’&+\-]+\s+){{1,7}}?)"
    rf"(?:was|were|has been|have been|had been|is being|was being|were being)\s+"
    rf"(?:(?:also|then|recently|subsequently|successfully|jointly|initially|later)\s+)?(?:{_CREATE_PAST})\b"
    rf"(?:\s+(?:in|across|at|within)\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}}))?"
)
_WORKED_WITH = re.compile(
    r"\b(?P<verb>partnered|partnering|worked|working|collaborated|collaborating|teamed up)\s+"
    r"(?P<how>collaboratively\s+|closely\s+|jointly\s+|in (?:collaboration|partnership)\s+)?with\s+"
)
_AMBITION = re.compile(
    r"^(?P<subject>.{0,80}?\b(?:ambition|aim|mission|vision|purpose|goal|priority|objective)s?\b.{0,60}?)"
    r"\s+(?:is|was|are|were)\s+to\s+(?P<verb>[a-z]+)\s+(?P<rest>.*)"
)
# "She said: ...", "Outcome: ...": what comes before such a colon is a label, not the subject
_LABEL_COLON = re.compile(r"(?<=:)\s+(?=[A-Z0-9'‘\"“])")
_TOKEN = re.compile(r"[(),;:!?]|[^\s(),;:!?]+")
_QUOTE_MARK = re.compile(r"(?<![\w])['‘’\"“”]+|['‘’\"“”]+(?![\w])")


def _descriptive_title(body: str) -> str:
    """A short noun phrase saying what the initiative is, from words of its own text: the first
    thing the text says was created (or, near the start, the force's partnership), else what the
    first sentence is about, else that sentence cut at a clause boundary."""
    sentences = _title_sentences(body)
    if not sentences:
        return _clause_title(clean(body[:200])) if clean(body[:200]) else ""
    for n, sentence in enumerate(sentences):
        phrase = _created_thing(sentence) or (_partnership(sentence) if n < 3 else "")
        if phrase:
            return phrase
    return _about(sentences[0]) or _clause_title(sentences[0])


def _title_sentences(body: str) -> list[str]:
    """The body's first sentences, markup and quote marks removed, leading adverbial clauses cut."""
    head = clean(body[:_TITLE_HEAD])
    sentences = []
    for sentence in (part for whole in split_sentences(head) for part in _LABEL_COLON.split(whole)):
        sentence = _QUOTE_MARK.sub("", sentence).strip()
        while True:
            cut = _LEADING_CLAUSE.sub("", sentence, count=1)
            if cut == sentence:
                break
            sentence = cut
        if len(sentence.split()) >= 3:
            sentences.append(sentence)
    return sentences


def _created_thing(sentence: str) -> str:
    """What the sentence says was created, launched, set up ...: 'a community engagement role was
    created in Telford' -> 'Community engagement role in Telford'; 'developed an X' -> 'X'."""
    for match in _WAS_CREATED.finditer(sentence):
        words, _ = _noun_phrase(_tokens(match.group(1)), 0)
        if words and len(words) == len(match.group(1).split()) and _substantial(words):
            place = match.group(2)
            if place and not is_force_name(place):
                words += ["in", *place.split()]
            return _finish(words)
    for pattern in (_CREATED, _TO_CREATE):
        for match in pattern.finditer(sentence):
            if _NOT_MADE.search(sentence[:match.start()]):
                continue
            tokens = _tokens(sentence[match.end():])
            if re.match(r"(?:started|began)\b", match.group(0)) and tokens and tokens[0].endswith("ing"):
                tokens = tokens[1:]  # "started facilitating promotion sessions"
            starts_name = len(tokens) > 1 and tokens[0][:1].isupper() and tokens[1][:1].isupper()
            if not tokens or tokens[0].lower() in _NP_STOP and not starts_name:
                continue  # "launched in 2020", but "launched We Rise"
            words, end = _noun_phrase(tokens, 0, attach=True)
            if words and _substantial(words):
                return _finish(_name_first(words))
            if len(words) == 1 and end + 1 < len(tokens) and tokens[end].lower() == "to":
                purpose, _ = _verb_phrase(tokens, end + 1)
                if purpose:  # "designed a conference to encourage greater diversity"
                    return _finish(words + ["to", *purpose])
    return ""


def _partnership(sentence: str) -> str:
    """'<force> worked / partnered with <partners> (to <purpose>)': the purpose's object if it has
    one, else the partnership ('Collaboration with Reeding Our Communities (ROC)')."""
    match = _WORKED_WITH.search(sentence)
    if not match or not _force_subject(sentence[:match.start()]):
        return ""
    tokens = _tokens(sentence[match.end():])
    partners, end = _partners(tokens)
    if not partners:
        return ""
    to = next((j for j in range(end, min(len(tokens), end + 8)) if tokens[j] in ("to", ",", ";", ".")), None)
    if to is not None and tokens[to] == "to":  # "... and local charities to redesign their training"
        purpose = _first_object(tokens, to + 1)
        if purpose:
            return _finish(purpose)
    how = (match.group("how") or "").strip()
    if match.group("verb").startswith("partner") or "partnership" in how:
        noun = "Partnership"
    elif match.group("verb").startswith("collaborat") or how:
        noun = "Collaboration"
    else:
        noun = "Work"
    return _finish([noun, "with", *partners])


def _force_subject(before: str) -> bool:
    """True when the text before the verb is the force ('Gwent Police has', 'the force',
    "Merseyside Police's Community Engagement Unit (CEU) has"), with adverbs and auxiliaries."""
    rest, possessive = _strip_force(before)
    if rest == before and not re.match(r"^(?:the|The) (?:force|Force|constabulary|Constabulary)\b", before):
        return False
    rest = re.sub(r"^(?:the|The) (?:force|Force|constabulary|Constabulary)(?:['’]s)?", "", rest)
    rest = re.sub(r"\([^)]*\)", " ", rest)
    words = [w for w in rest.split() if w.lower() not in _AUXILIARIES and not _is_adverb(w)]
    return all(w[:1].isupper() or w in ("and", "of", "&") for w in words) and (possessive or not words)


def _strip_force(sentence: str) -> tuple[str, bool]:
    """The sentence without the force names it starts with, and whether a possessive followed."""
    at = 0
    for mention in find_forces(sentence[:200]):
        gap = sentence[at:mention.start]
        if gap.strip(" ,&") not in ("", "and", "the", "The"):
            break
        at = mention.end
    if not at:
        return sentence, False
    rest = sentence[at:]
    possessive = bool(re.match(r"^['’]s?\s", rest))
    return re.sub(r"^['’]s?\s+", "", rest.strip()).strip(), possessive


def _partners(tokens: list[str]) -> tuple[list[str], int]:
    """Partner names after 'with': noun phrases joined by commas and 'and', up to an apposition
    (', a community charity'), a purpose ('to ...') or a time ('for 12 months')."""
    words: list[str] = []
    i = 0
    while i < len(tokens):
        phrase, i = _noun_phrase(tokens, i, keep_article=True)
        if not phrase:
            break
        if words:
            words.append("and")
        words += phrase
        if i < len(tokens) and tokens[i] == "," and i + 1 < len(tokens) and tokens[i + 1].lower() == "the":
            i += 1
        elif i < len(tokens) and tokens[i].lower() in ("and", "&") and i + 1 < len(tokens) \
                and tokens[i + 1].lower() not in ("other", "others", "many", "various", "local"):
            i += 1
        else:
            break
    return words, i


def _first_object(tokens: list[str], i: int) -> list[str]:
    """The first noun phrase with a determiner in a clause, unless vague ('to transform how they
    ask people to declare their protected characteristics ...' -> 'protected characteristics ...')."""
    for j in range(i, min(len(tokens), i + 16)):
        if tokens[j] in (",", ";", ":", "."):
            return []
        if tokens[j].lower() in ("a", "an", "the", "their", "its", "our", "this", "these"):
            words, _ = _noun_phrase(tokens, j, attach=True)
            head = [w for w in words if w.lower() not in _PREPOSITIONS]
            if _substantial(words) and head and head[0].lower() not in _VAGUE_HEADS:
                return words
            return []
    return []


def _verb_phrase(tokens: list[str], i: int) -> tuple[list[str], int]:
    """'(further) encourage greater diversity ...' -> ['encourage', 'greater', 'diversity']."""
    while i < len(tokens) and (_is_adverb(tokens[i]) or tokens[i] in ("further", "also", "then")):
        i += 1
    if i >= len(tokens) or not re.fullmatch(r"[a-z]+", tokens[i]) or tokens[i] in _NP_STOP:
        return [], i
    words, end = _noun_phrase(tokens, i + 1)
    return ([tokens[i], *words], end) if words else ([], i)


def _about(sentence: str) -> str:
    """A title from the first sentence: its subject when that is not the force ("British Transport
    Police's stop and search data was ..."), the stated ambition ('A key ambition ... is to have
    active staff networks'), or the first thing the force did something with."""
    ambition = _AMBITION.match(sentence)
    if ambition:
        words, _ = _noun_phrase(_tokens(ambition.group("rest")), 0)
        if _substantial(words):
            return _finish(words)
        subject = ambition.group("subject")
        if subject[:1].isupper() and words and not find_forces(subject):
            return _finish([*subject.split(), "to", ambition.group("verb"), *words])
    rest, possessive = _strip_force(sentence)
    tokens = _tokens(rest)
    if possessive or rest == sentence:
        words, end = _noun_phrase(tokens, 0)
        proper_name = all(w[:1].isupper() for w in words if w.lower() not in _SMALL_WORDS)
        if _substantial(words) and end < len(tokens) and tokens[end].lower() in _AUXILIARIES \
                and (possessive or tokens[0].lower() in _DETERMINERS or not proper_name):
            return _finish(words)
    if rest != sentence or re.match(r"^(?:the|The) force\b", sentence):
        start = 2 if rest == sentence else 0
        object_ = _first_object(tokens[start:], 0)
        if object_:
            return _finish(_name_first(object_))
    return ""


def _clause_title(sentence: str) -> str:
    """Last resort: the sentence itself, cut at a clause boundary."""
    return _finish(sentence.rstrip(".").split())


def _tokens(text: str) -> list[str]:
    tokens = []
    for token in _TOKEN.findall(text):
        if len(token) > 1 and token.endswith("."):
            tokens += [token[:-1], "."]
        else:
            tokens.append(token)
    return tokens


def _is_adverb(word: str) -> bool:
    low = word.lower()
    return low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERBS and word.islower()


def _noun_phrase(tokens: list[str], i: int, attach: bool = False,
                 keep_article: bool = False) -> tuple[list[str], int]:
    """The noun phrase starting at tokens[i] (its determiner, quantity and leading adverbs dropped)
    and the index after it; with `attach`, one following 'in'/'for'/'on'/... phrase that is not a
    time ('community engagement role in Telford', not '... in 2023')."""
    n = len(tokens)
    article = []
    if i < n and tokens[i].lower() in _DETERMINERS:
        article = [tokens[i]] if keep_article and tokens[i].lower() == "the" else []
        i += 1
    if i < n and tokens[i].lower() in ("force's", "force’s", "own"):
        i += 1
    if i + 1 < n and tokens[i].lower() in _QUANTITIES and tokens[i + 1] == "of":
        i += 2  # "a number of toolkits" -> "toolkits"
        if i < n and tokens[i].lower() in _DETERMINERS:
            i += 1
    while i < n and _is_adverb(tokens[i]):
        i += 1
    words: list[str] = []
    while i < n and len(words) < 10:
        token, low = tokens[i], tokens[i].lower()
        following = tokens[i + 1] if i + 1 < n else ""
        after = tokens[i + 2] if i + 2 < n else ""
        capitalised_run = token[:1].isupper() and (words[-1][:1].isupper() if words else following[:1].isupper())
        if token == "(":
            close = tokens.index(")", i) if ")" in tokens[i:i + 6] else -1
            if close < 0 or not words or not words[-1][:1].isupper():
                break
            words.append("(" + " ".join(tokens[i + 1:close]) + ")")
            i = close + 1
            continue
        if token == ",":  # inside a name: "Equality, Diversity and Inclusion", "Black, Asian, and ..."
            oxford = following.lower() in ("and", "&") and after[:1].isupper()
            if words and words[-1][:1].isupper() and (oxford or following[:1].isupper()
                                                      and _list_ends_in_name(tokens, i + 1)):
                words[-1] += ","
                i += 1
                continue
            break
        if low in ("and", "&", "or"):
            # "stop and search data", "active and engaged staff", not "... and enhance the ..."
            if words and (following[:1].isupper() or _is_plain(following) and (
                    not _is_word(after) or after == "of" or _is_plain(after))):
                words.append(token)
                i += 1
                continue
            break
        if low == "of" and words and following:
            j = i + 2 if following.lower() in _DETERMINERS else i + 1
            inner, end = _noun_phrase(tokens, j)
            if inner and not _is_time(inner):
                words += ["of", *(["the"] if following.lower() == "the" else []), *inner]
                i = end
                continue
            break
        if low in _NAMING and words and following[:1].isupper() \
                or low == "known" and following == "as" and after[:1].isupper():
            name, end = _noun_phrase(tokens, i + (2 if low == "known" else 1))
            if name and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in name):
                return name, end  # "a series of workshops called Career Academy" -> the name
            break
        if token in _NAME_GLUE and words and words[-1][:1].isupper() \
                and (following[:1].isupper() and following.lower() not in _DETERMINERS
                     and not _TIME_WORDS.match(following) or following == "the" and after[:1].isupper()):
            words.append(token)  # "Safe to Say", "Eid in the Community"
            i += 1
            continue
        if not re.match(r"[\w£$]", token) or (low in _NP_STOP or low in _DETERMINERS) and not capitalised_run \
                or token in ("next", "last", "previous"):
            break
        if words and token.islower() and (low.endswith("ing") and low not in _ING_NOUNS
                                          or _is_participle(low) and not _is_plain(following)):
            break  # "a project targeting ...", "a programme aligned to ...", "a role known as"
        words.append(token)
        i += 1
    if words and attach and i + 1 < n and tokens[i].lower() in _ATTACHED:
        inner, end = _noun_phrase(tokens, i + 1)
        preposition = [tokens[i]]
        if len(inner) == 1 and inner[0].islower() and end < n and tokens[end].lower() in _PREPOSITIONS:
            # a compound preposition: "in line with", "in relation to"
            preposition += [inner[0], tokens[end]]
            inner, end = _noun_phrase(tokens, end + 1)
        if inner and not _is_time(inner) and len(words) + len(preposition) + len(inner) <= 9 \
                and (tokens[i].lower() != "to" or tokens[i + 1].lower() in _DETERMINERS):
            return words + preposition + inner, end
    return (article + words if words else []), i


def _is_word(token: str) -> bool:
    return bool(token) and bool(re.match(r"[\w(]", token))


def _is_plain(token: str) -> bool:
    """A lowercase word that can go on a noun phrase (not a function word)."""
    return _is_word(token) and token.lower() not in _NP_STOP | _DETERMINERS


def _is_participle(word: str) -> bool:
    return word.endswith("ed") and word not in _NOT_PARTICIPLES or word in _IRREGULAR_PARTICIPLES


def _list_ends_in_name(tokens: list[str], i: int) -> bool:
    """After a comma in a name: do capitalised words run on to '<and> <Capitalised>'?
    ('Equality, Diversity and Inclusion')"""
    while i < len(tokens) and tokens[i][:1].isupper():
        i += 1
        if i < len(tokens) and tokens[i] == ",":
            i += 1
    return i + 1 < len(tokens) and tokens[i].lower() in ("and", "&") and tokens[i + 1][:1].isupper()


def _is_time(words: list[str]) -> bool:
    content = [w.strip(",") for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(_TIME_WORDS.match(w) for w in content)


def _substantial(words: list[str]) -> bool:
    """At least two words, or one name ('Nexus', 'SMILE'); not the force itself."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS and not w.startswith("(")]
    if not content or is_force_name(" ".join(words)):
        return False
    if len(content) == 1:
        return content[0][:1].isupper() and content[0].lower() not in _GENERIC_NOUNS
    return True



def _name_first(words: list[str]) -> list[str]:
    """'status of Disability Confident Employer (Level 2)' -> 'Disability Confident Employer status'."""
    if len(words) >= 4 and words[0].islower() and words[1] == "of" \
            and all(w[:1].isupper() or w.startswith("(") or w in _SMALL_WORDS for w in words[2:]):
        name = [w for w in words[2:] if not w.startswith("(")]
        return [*name, words[0]]
    return words


def _finish(words: list[str]) -> str:
    title = " ".join(words).strip(" ,;:-–")
    title = re.sub(r"\s+(?:and|or|of|the|to|in|for|with|&)$", "", title)
    if len(title) > TITLE_MAX:
        title = _fit(title.split())
    return title[:1].upper() + title[1:]


def _fit(words: list[str]) -> str:
    """At most TITLE_MAX characters: asides and articles before names ('the University of ...')
    dropped first, then cut before a preposition, conjunction or comma."""
    words = [w for w in words if not w.startswith("(")] if len(" ".join(words)) > TITLE_MAX else words
    if len(" ".join(words)) > TITLE_MAX:
        words = words[:1] + [w for k, w in enumerate(words[1:], 1)
                             if w != "the" or k + 1 == len(words) or not words[k + 1][:1].isupper()]
    while len(" ".join(words)) > TITLE_MAX and len(words) > 2:
        cut = max((k for k in range(2, len(words))
                   if len(" ".join(words[:k])) <= TITLE_MAX
                   and (words[k].lower() in _PREPOSITIONS | {"and", "or", "&", "which", "who", "that"}
                        or words[k - 1].endswith(","))), default=0)
        if not cut:
            while len(" ".join(words)) > TITLE_MAX and len(words) > 2:
                words = words[:-1]
            break
        words = words[:cut]
    title = " ".join(words).rstrip(",;:")
    return re.sub(r"\s+(?:and|or|of|the|to|in|for|with|&)$", "", title)


