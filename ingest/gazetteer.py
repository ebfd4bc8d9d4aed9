"""Gazetteer of UK police forces and other policing bodies: aliases, mentions, canonical names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A name found in text: canonical name and its exact span."""

    name: str  # canonical
    kind: str  # "force" or "organisation"
    start: int
    end: int


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------

# Canonical force name -> area names. Each area name is an alias on its own (a bare place name
# used as the force, with context checks) and also yields "<area> Police", "<area> Constabulary"
# and "<area> Police Service". "and" in any alias also matches "&"; "-" also matches a space.
FORCE_AREAS: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Police": ("Avon and Somerset",),
    "Bedfordshire Police": ("Bedfordshire",),
    "Cambridgeshire Constabulary": ("Cambridgeshire",),
    "Cheshire Constabulary": ("Cheshire",),
    "City of London Police": ("City of London",),
    "Cleveland Police": ("Cleveland",),
    "Cumbria Constabulary": ("Cumbria",),
    "Derbyshire Constabulary": ("Derbyshire",),
    "Devon and Cornwall Police": ("Devon and Cornwall",),
    "Dorset Police": ("Dorset",),
    "Durham Constabulary": ("Durham",),
    "Dyfed-Powys Police": ("Dyfed-Powys",),
    "Essex Police": ("Essex",),
    "Gloucestershire Constabulary": ("Gloucestershire",),
    "Greater Manchester Police": ("Greater Manchester",),
    "Gwent Police": ("Gwent",),
    "Hampshire and Isle of Wight Constabulary": (
        "Hampshire and Isle of Wight", "Hampshire and the Isle of Wight", "Hampshire",
    ),
    "Hertfordshire Constabulary": ("Hertfordshire",),
    "Humberside Police": ("Humberside",),
    "Kent Police": ("Kent",),
    "Lancashire Constabulary": ("Lancashire",),
    "Leicestershire Police": ("Leicestershire",),
    "Lincolnshire Police": ("Lincolnshire",),
    "Merseyside Police": ("Merseyside",),
    "Norfolk Constabulary": ("Norfolk",),
    "North Wales Police": ("North Wales",),
    "North Yorkshire Police": ("North Yorkshire",),
    "Northamptonshire Police": ("Northamptonshire",),
    "Northumbria Police": ("Northumbria",),
    "Nottinghamshire Police": ("Nottinghamshire",),
    "South Wales Police": ("South Wales",),
    "South Yorkshire Police": ("South Yorkshire",),
    "Staffordshire Police": ("Staffordshire",),
    "Suffolk Constabulary": ("Suffolk",),
    "Surrey Police": ("Surrey",),
    "Sussex Police": ("Sussex",),
    "Thames Valley Police": ("Thames Valley",),
    "Warwickshire Police": ("Warwickshire",),
    "West Mercia Police": ("West Mercia",),
    "West Midlands Police": ("West Midlands",),
    "West Yorkshire Police": ("West Yorkshire",),
    "Wiltshire Police": ("Wiltshire",),
}

# Area names too ambiguous to stand alone: only "<area> Police|Constabulary|Police Service".
FORCE_QUALIFIED_AREAS: dict[str, tuple[str, ...]] = {
    "Metropolitan Police Service": ("Metropolitan", "London Metropolitan"),
    "West Midlands Police": ("West Midland",),  # a misspelling the corpus uses
    "British Transport Police": ("British Transport",),
    "Civil Nuclear Constabulary": ("Civil Nuclear",),
    "Ministry of Defence Police": ("Ministry of Defence", "MoD", "MOD"),
    "States of Jersey Police": ("States of Jersey", "Jersey"),
    "Guernsey Police": ("Guernsey", "States of Guernsey"),
    "Isle of Man Constabulary": ("Isle of Man",),
    "Police Scotland": (),
    "Police Service of Northern Ireland": (),
}

# Other written names of a force (words match case-insensitively, acronym-like words exactly).
FORCE_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "Metropolitan Police Service": (
        "the Met", "the Met Police", "Met Police", "Scotland Yard", "New Scotland Yard",
    ),
    "Police Scotland": ("Police Service of Scotland", "Poileas Alba"),
    "Police Service of Northern Ireland": (),
    "Civil Nuclear Constabulary": (),
    "Ministry of Defence Police": (),
}

# Welsh names. Each is also matched with an English name after it, as one mention
# ("Heddlu Gwent Police", "HEDDLU GOGLEDD CYMRU NORTH WALES POLICE" in logo blocks).
FORCE_WELSH_NAMES: dict[str, str] = {
    "Heddlu Gwent": "Gwent Police",
    "Heddlu Dyfed-Powys": "Dyfed-Powys Police",
    "Heddlu De Cymru": "South Wales Police",
    "Heddlu Gogledd Cymru": "North Wales Police",
    "Heddlu Trafnidiaeth Prydeinig": "British Transport Police",
}

# Acronyms, matched case-sensitively. ("NWP", "MDP", "CNC" are left out: too ambiguous.)
FORCE_ACRONYMS: dict[str, str] = {
    "BTP": "British Transport Police",
    "MPS": "Metropolitan Police Service",
    "GMP": "Greater Manchester Police",
    "WMP": "West Midlands Police",
    "WYP": "West Yorkshire Police",
    "SYP": "South Yorkshire Police",
    "NYP": "North Yorkshire Police",
    "TVP": "Thames Valley Police",
    "CoLP": "City of London Police",
    "SWP": "South Wales Police",
    "PSNI": "Police Service of Northern Ireland",
    "MoDP": "Ministry of Defence Police",
}

ALL_FORCES: tuple[str, ...] = tuple(sorted(set(FORCE_AREAS) | set(FORCE_QUALIFIED_AREAS)))

# Curated non-force bodies: canonical name -> other written names (the canonical one is one too).
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "National Police Chiefs' Council": ("NPCC", "National Police Chiefs Council"),
    "College of Policing": (),
    "ACRO Criminal Records Office": ("ACRO",),
    "Police Crime Prevention Initiatives": ("Police CPI",),
    "Mayor's Office for Policing and Crime": ("MOPAC",),
    "Police Now": (),
    "Home Office": (),
    "HMICFRS": (
        "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
        "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
    ),
    "Independent Office for Police Conduct": ("IOPC",),
    "National Black Police Association": ("NBPA",),
    "Police Federation": ("Police Federation of England and Wales", "PFEW"),
    "Association of Police and Crime Commissioners": ("APCC",),
    "Office of the Police and Crime Commissioner": ("Office of Police and Crime Commissioner",),
    "Police Digital Service": (),
    "National Crime Agency": (),
    "Crown Prosecution Service": (),
    "Ministry of Justice": (),
    "Action Fraud": (),
    "Victim Support": (),
    "NSPCC": (),
    "Endometriosis UK": (),
    "British Dyslexia Association": (),
    "DFN Project SEARCH": ("DFN Project Search",),
    "Open University": (),
    "Durham University": (),
    "King's College London": (),
    "University of South Wales": (),
    "Collaborate Digital Ltd": ("Collaborate Digital",),
    "IASME": (),
    "Crimestoppers": (),
    "Hydra Foundation": (),
    "Powerful Beyond All Measures": ("PBAM",),
    "Reeding Our Communities": ("Reeding Our Community",),
    "Derby City Youth Justice Service": (),
}

# Words that, right after a bare place name, make it part of another body's name
# ("Durham University", "Wiltshire Council", "Derbyshire Fire and Rescue", ...).
_PLACE_BLOCKERS: tuple[str, ...] = (
    r"University", r"College", r"School", r"Council", r"Councils",
    r"(?:County|City|Borough|District|Metropolitan\s+Borough|Unitary|Town|Parish)\s+Council",
    r"Fire", r"Office\s+of", r"O?PCCs?", r"Commissioner",
    r"Police\s*,?\s*(?:Fire\s+(?:and|&)\s+)?(?:and|&)\s+Crime",
    r"Youth\s+Justice", r"YJS", r"NHS", r"Integrated\s+Care", r"ICB", r"CCG",
    r"Clinical\s+Commissioning", r"Healthcare", r"Health\s+and\s+Care", r"Hospitals?", r"Clinic",
    r"Ambulance", r"Probation", r"Trust", r"Foundation", r"Community\s+Foundation", r"Charity",
    r"Wildlife", r"Combined\s+Authority", r"Mayor", r"Violence\s+Reduction", r"VRU", r"VRP",
    r"Cricket", r"County\s+Cricket", r"F\.?C", r"Football", r"Safeguarding", r"Chamber",
    r"Local\s+Resilience", r"State",
)

# A capitalised word right before a bare place name (same line) makes it part of a longer name
# ("Autism Hampshire", "Clark Kent") -- unless it is one of these ordinary words.
_PLAIN_CAPITALISED: frozenset[str] = frozenset(
    "A An And As At Also Across After Around Before Between Both By During Each Every For From "
    "How In Including Into Its Like Meanwhile Of On Our Over Since So Such That The Their These "
    "This Those Throughout To Via When Where Whilst While With Within".split()
)

# --------------------------------------------------------------------------------------------
# Pattern building
# --------------------------------------------------------------------------------------------

_SEP = r"(?:\s|\*\*)+"  # any whitespace (newlines in logo blocks) or markdown bold between words
_HYPHEN = r"(?:\s*[-\u2010\u2011\u2013\u2014]\s*|" + _SEP + ")"
_CASE_SENSITIVE_WORDS = frozenset({"Met"})


def _word_pattern(word: str) -> str:
    """One word: apostrophes optional/curly, acronym-like words exact, others case-insensitive."""
    if word.lower() in ("and", "&"):
        return r"(?i:and|&)"
    parts = re.split(r"[-\u2010\u2011\u2013\u2014]", word)
    out = []
    for part in parts:
        pat = re.sub(r"['’]", "['’]?", re.escape(part))
        sensitive = part in _CASE_SENSITIVE_WORDS or any(c.isupper() for c in part[1:])
        out.append(pat if sensitive else f"(?i:{pat})")
    return _HYPHEN.join(out)


def _alias_pattern(alias: str) -> str:
    return _SEP.join(_word_pattern(w) for w in alias.split())


def _sort_key(alias: str) -> tuple[int, int]:
    return (-len(alias.split()), -len(alias))


@dataclass(frozen=True)
class _Alias:
    text: str
    canonical: str
    kind: str  # "name", "place", "acronym"


_FORCE_SUFFIXES = ("Police", "Constabulary", "Police Service")


def _force_aliases() -> list[_Alias]:
    seen: dict[str, _Alias] = {}

    def add(text: str, canonical: str, kind: str) -> None:
        key = " ".join(text.replace("&", "and").split()).lower() if kind != "acronym" else text
        if key not in seen:
            seen[key] = _Alias(text, canonical, kind)

    english: dict[str, list[str]] = {f: [f] for f in ALL_FORCES}
    for table in (FORCE_AREAS, FORCE_QUALIFIED_AREAS):
        for force, areas in table.items():
            for area in areas:
                english[force] += [f"{area} {suffix}" for suffix in _FORCE_SUFFIXES]
    for force, names in english.items():
        for name in names:
            add(name, force, "name")
    for force, names in FORCE_OTHER_NAMES.items():
        for name in names:
            add(name, force, "name")
    for welsh, force in FORCE_WELSH_NAMES.items():
        add(welsh, force, "name")
        add(f"{welsh} Police", force, "name")
        for name in english[force]:
            add(f"{welsh} {name}", force, "name")
    for acronym, force in FORCE_ACRONYMS.items():
        add(acronym, force, "acronym")
    for force, areas in FORCE_AREAS.items():
        for area in areas:
            add(area, force, "place")
    return sorted(seen.values(), key=lambda a: _sort_key(a.text))


class _AliasMatcher:
    """Longest-first, non-overlapping alias matching; each alias list is split by its first word
    so that only the few aliases that can start at a word are tried there."""

    _WORD = re.compile(r"\w+")

    def __init__(self, aliases: list[_Alias]) -> None:
        self.aliases = aliases
        groups: dict[str, list[int]] = {}
        for i, a in enumerate(aliases):
            first = a.text.split()[0].lower()  # "King's" may be written "Kings": file under both
            head = self._WORD.match(first)
            for key in {head.group() if head else first, re.sub(r"['’]", "", first)}:
                groups.setdefault(key, []).append(i)
        self.by_first_word = {
            word: re.compile(
                r"(?<![\w&])(?:"
                + "|".join(f"(?P<a{i}>{_alias_pattern(aliases[i].text)})" for i in idx)
                + r")(?!\w)"
            )
            for word, idx in groups.items()
        }

    def finditer(self, text: str) -> Iterator[tuple[int, int, _Alias]]:
        pos = 0
        for w in self._WORD.finditer(text):
            if w.start() < pos:
                continue
            rx = self.by_first_word.get(w.group().lower())
            if rx is None:
                continue
            m = rx.match(text, w.start())
            if m:
                pos = m.end()
                yield m.start(), m.end(), self.aliases[int(m.lastgroup[1:])]  # type: ignore[index]


_FORCE_ALIASES = _force_aliases()
_FORCE_MATCHER = _AliasMatcher(_FORCE_ALIASES)

_ORG_ALIASES = sorted(
    (
        _Alias(alias, canonical, "name")
        for canonical, others in ORGANISATIONS.items()
        for alias in (canonical, *others)
    ),
    key=lambda a: _sort_key(a.text),
)
_ORG_MATCHER = _AliasMatcher(_ORG_ALIASES)

# Context checks for force mentions.
_BEFORE_RE = re.compile(
    r"(?:(?i:university\s+of)|New|NEW|(?i:commissioner|pcc|opcc)(?:\s|\*\*)+(?i:for))"
    r"(?:\s|\*\*)+$"
)
_PREV_WORD_RE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
_AFTER_PLACE_RE = re.compile(
    _SEP + r"(?=[A-Z])(?i:" + "|".join(_PLACE_BLOCKERS) + r")(?!\w)"
)
_AFTER_POLICE_RE = re.compile(
    r"(?i:(?:\s|\*\*)*(?:,?(?:\s|\*\*)*fire(?:\s|\*\*)+)?(?:and|&)(?:\s|\*\*)+crime"
    r"(?:\s|\*\*)+(?:commissioner|panel|plan))(?!\w)"
)
_AFTER_MET_RE = re.compile(_SEP + r"(?i:office)(?!\w)")
_AFTER_ACRONYM_RE = re.compile(_SEP + r"(?i:party)(?!\w)")

# Generic organisation patterns (one line only; capitalised words).
_CAP = r"[A-Z0-9][\w'’-]*"
_GENERIC_ORG_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"(?<!\w)University[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:of[ \t]+)?{_CAP}){{0,3}}"
    ),
    re.compile(rf"(?<!\w)(?:{_CAP}[ \t]+){{1,4}}University(?!\w)"),
    re.compile(
        rf"(?<!\w)(?:{_CAP}[ \t]+){{1,5}}(?:Ltd|Limited|CIC|Trust|Foundation|Charity)(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)(?:{_CAP}[ \t]+){{1,4}}"
        r"(?:(?:County|City|Borough|District|Metropolitan[ \t]+Borough|Town|Parish)[ \t]+)?"
        r"Council(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)(?:{_CAP}[ \t]+){{1,3}}Fire[ \t]+(?:and|&)[ \t]+Rescue(?:[ \t]+Service)?(?!\w)"
    ),
)

# Police and Crime Commissioners (and their offices) named with their area.
_AREA_RE = "|".join(
    _alias_pattern(a)
    for a in sorted({a for areas in FORCE_AREAS.values() for a in areas}, key=_sort_key)
)
_PCC = (
    r"(?:(?i:office)" + _SEP + r"(?i:of)" + _SEP + r"(?:(?i:the)" + _SEP + r")?)?"
    r"(?i:police)(?:\s*,?" + _SEP + r"(?i:fire))?" + _SEP + r"(?i:and|&)" + _SEP
    + r"(?i:crime)" + _SEP + r"(?i:commissioner)"
)
_PCC_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<!\w)(?=[A-Z])(?:{_AREA_RE}){_SEP}{_PCC}(?!\w)"),
    re.compile(rf"(?<!\w){_PCC}{_SEP}(?i:for){_SEP}(?:(?i:the){_SEP})?(?:{_AREA_RE})(?!\w)"),
    re.compile(rf"(?<!\w)(?=[A-Z])(?:{_AREA_RE}){_SEP}O?PCC(?!\w)"),
    re.compile(rf"(?<!\w)O?PCC{_SEP}(?i:for){_SEP}(?:{_AREA_RE})(?!\w)"),
)


_LEADING_WORD_RE = re.compile(r"(\S+)[ \t]+")


def _normalise(text: str) -> str:
    return " ".join(text.replace("**", " ").split())


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


def _organisation_mentions(text: str) -> list[Mention]:
    candidates: list[tuple[int, int, int, str]] = []  # start, end, priority, canonical
    for start, end, alias in _ORG_MATCHER.finditer(text):
        candidates.append((start, end, 0, alias.canonical))
    for rx in _PCC_RES:
        for m in rx.finditer(text):
            name = _normalise(m.group()).replace("&", "and")
            candidates.append((m.start(), m.end(), 1, name))
    for rx in _GENERIC_ORG_RES:
        for m in rx.finditer(text):
            span, offset = m.group(), 0
            while (w := _LEADING_WORD_RE.match(span, offset)) and w.group(1) in _PLAIN_CAPITALISED:
                offset = w.end()
            start = m.start() + offset
            words = span[offset:].split()
            if len(words) < 2 or not words[0][0].isalpha():
                continue
            candidates.append((start, m.end(), 2, _normalise(text[start:m.end()])))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    out: list[Mention] = []
    last_end = -1
    for start, end, _prio, name in candidates:
        if start >= last_end:
            out.append(Mention(name, "organisation", start, end))
            last_end = end
    return out


def _force_excluded(text: str, start: int, end: int, alias: _Alias) -> bool:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    if alias.kind == "acronym":
        return bool(_AFTER_ACRONYM_RE.match(after))
    if _BEFORE_RE.search(before):
        return True
    words = alias.text.split()
    if words[-1].lower() == "police" and _AFTER_POLICE_RE.match(after):
        return True
    if "Met" in words and _AFTER_MET_RE.match(after):
        return True
    if alias.kind == "place":
        if _AFTER_PLACE_RE.match(after):
            return True
        prev = _PREV_WORD_RE.search(before)
        if prev and prev.group(1) not in _PLAIN_CAPITALISED:
            return True
    return False


def _force_candidates(text: str) -> list[Mention]:
    out = []
    for start, end, alias in _FORCE_MATCHER.finditer(text):
        if not _force_excluded(text, start, end, alias):
            out.append(Mention(alias.canonical, "force", start, end))
    return out


def find_forces(text: str) -> list[Mention]:
    """Every force mention in order, non-overlapping; text[m.start:m.end] is the alias as written.

    A place name inside another body's name ("Durham University", "University of South Wales",
    "Northumbria Office of Police and Crime Commissioner") is not a force mention.
    """
    forces = _force_candidates(text)
    if not forces:
        return []
    orgs = _organisation_mentions(text)
    starts = [o.start for o in orgs]
    kept = []
    for f in forces:
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and orgs[i].start <= f.start and f.end <= orgs[i].end:
            continue
        kept.append(f)
    return kept


def find_organisations(text: str) -> list[Mention]:
    """Non-force bodies in order, non-overlapping: the curated list, area PCCs, and generic
    "University of X" / "X University" / "X Ltd|Limited|CIC|Trust|Foundation|Charity" /
    "X Council" / "X Fire and Rescue" names."""
    return _organisation_mentions(text)


def canonical_force(name: str) -> str | None:
    """The canonical name of the one force `name` is an alias of, else None."""
    s = " ".join(name.replace("**", " ").split())
    if s.endswith(("'s", "’s")):
        s = s[:-2]
    for candidate in (s, re.sub(r"^(?i:the)\s+", "", s)):
        found = find_forces(candidate)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate):
            return found[0].name
    return None


def resolve_forces(name: str) -> list[str]:
    """All forces a (possibly joint) name stands for, in order, without repeats.

    "Norfolk and Suffolk Constabularies" -> ["Norfolk Constabulary", "Suffolk Constabulary"].
    """
    out: list[str] = []
    for m in find_forces(name):
        if m.name not in out:
            out.append(m.name)
    return out
