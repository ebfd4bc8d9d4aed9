"""Words for matching: tokenising, light stemming, and policing abbreviations and synonyms."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being below between
    both but by can could did do does doing done during each few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor not now of
    off on once only or other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours forces force police what's
    has have been done""".split()
)

# Each group: ways of saying the same thing. A query using one also matches the others.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("asb", "anti-social behaviour", "antisocial behaviour", "anti social behaviour"),
    ("vawg", "violence against women and girls"),
    ("edi", "dei", "ed&i", "equality diversity and inclusion", "diversity equality and inclusion"),
    ("prap", "police race action plan"),
    ("lrap", "london race action plan"),
    ("bame", "bme", "ethnic minority", "ethnic minorities", "black asian and minority ethnic",
     "global majority", "minority ethnic"),
    ("nd", "neurodivergent", "neurodiversity", "neurodiverse", "neurodivergence", "autism", "adhd",
     "dyslexia"),
    ("pcso", "police community support officer"),
    ("pa", "positive action"),
    ("op", "operation"),
    ("lgbt", "lgbtq", "lgbtq+", "lgbt+", "gay", "lesbian", "transgender", "sexual orientation"),
    ("cpd", "continuous professional development"),
    ("pcc", "police and crime commissioner"),
    ("opcc", "office of the police and crime commissioner"),
    ("female", "women", "woman", "gender"),
    ("promotion", "promoted", "sergeant", "inspector", "progression"),
    ("recruitment", "recruit", "recruiting", "applicants", "attraction", "joining"),
    ("retention", "retain", "retaining", "leavers"),
    ("stop and search", "stop search", "s&s"),
    ("mental health", "wellbeing", "well-being"),
    ("dv", "da", "domestic abuse", "domestic violence"),
    ("cyp", "young people", "youth", "children"),
    ("disability", "disabled", "disabilities"),
    ("esa", "employee support association", "staff network", "staff association"),
    ("menopause", "endometriosis", "women's health"),
)

_SNOWBALL = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (Porter2) English stem: communities/community, trained/training, promotion/promoted."""
    return _SNOWBALL.stemWord(word)


def _word_stem(word: str) -> str:
    word = word.replace("’", "'")
    if word.endswith("s") and word[:-1] in ABBREVIATIONS:  # PCSOs, ASBs: the stemmer keeps the s
        return word[:-1]
    return stem(word)


def tokens(text: str, keep_stopwords: bool = False) -> list[str]:
    words = _WORD.findall(text.lower().replace("&", " and "))
    return [_word_stem(w) for w in words if keep_stopwords or w not in STOPWORDS]


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # an optional plural 's' ('PCSOs', 'ASBs') before the end of the word
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase).replace(r"\ ", r"[\s\-]+") + r"s?(?![a-z0-9])")


_GROUP_PATTERNS = [[(_phrase_pattern(p), p) for p in group] for group in SYNONYMS]


# The short forms in SYNONYMS: the embedding model may not know them, so a query using one gets
# the long forms added for the dense search too ('women' is no abbreviation, though short).
ABBREVIATIONS = frozenset(
    "asb vawg edi dei ed&i prap lrap bame bme nd pcso pa op lgbt lgbtq lgbtq+ lgbt+ cpd pcc opcc "
    "s&s dv da cyp esa adhd".split()
)


def _is_abbreviation(phrase: str) -> bool:
    return phrase in ABBREVIATIONS


def query_terms(query: str, expansion_weight: float = 0.5) -> dict[str, float]:
    """The query's search terms with a weight each: its own words weigh 1, words that only the
    expansion of an abbreviation or synonym brings in weigh `expansion_weight`, and a word counts
    once however many of the alternatives repeat it. Without this, a group of seven ways to say
    'ethnic minority' outweighs the rest of the question."""
    weights = dict.fromkeys(tokens(query), 1.0)
    for term in tokens(expand(query)):
        weights.setdefault(term, expansion_weight)
    return weights


@lru_cache(maxsize=4096)
def expand(query: str, spell_out_only: bool = False) -> str:
    """The query plus the other names of every abbreviation or synonym it uses. With
    `spell_out_only` (for embedding), only abbreviations get their long forms added: the
    model already knows that 'women' and 'female' are near, but not what 'PRAP' means."""
    lowered = query.lower()
    extra: list[str] = []
    for group in _GROUP_PATTERNS:
        used = [phrase for pattern, phrase in group if pattern.search(lowered)]
        if not used or (spell_out_only and not any(_is_abbreviation(p) for p in used)):
            continue
        extra.extend(
            phrase for pattern, phrase in group
            if phrase not in used and not (spell_out_only and _is_abbreviation(phrase))
        )
    return query if not extra else f"{query} {' '.join(extra)}"
