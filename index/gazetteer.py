"""Gazetteer of UK police forces and other policing bodies: aliases, mentions, canonical names."""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mention:
    """A name found in text: canonical name and its exact span."""

    name: str  # canonical
    kind: str  # "force" or "organisation"
    start: int
    end: int


# --------------------------------------------------------------------------------------------
# Data (index/data/forces.json)
# --------------------------------------------------------------------------------------------

_FORCES_FILE = Path(__file__).with_name("data") / "forces.json"


@dataclass(frozen=True)
class Force:
    """One police force as the data file describes it."""

    name: str
    region: str
    areas: tuple[str, ...] = ()  # stand alone for the force and take "Police"/"Constabulary"
    qualified_areas: tuple[str, ...] = ()  # too ambiguous alone: only with "Police" etc.
    other_names: tuple[str, ...] = ()
    welsh_names: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    national: bool = False
    crown_dependency: bool = False


@dataclass(frozen=True)
class Region:
    """A policing region, or a group of them ("Midlands"), with the names people write for it."""

    name: str
    regions: tuple[str, ...]  # the region itself, or a group's regions
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # "Welsh": a place only before a policing noun


@dataclass(frozen=True)
class GazetteerData:
    """The contents of the data file."""

    forces: tuple[Force, ...]
    regions: tuple[Region, ...]
    groups: tuple[Region, ...]


@functools.cache
def load_data(path: Path = _FORCES_FILE) -> GazetteerData:
    """Read and check the forces file once; a bad file is a clear error naming what is wrong."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    forces = tuple(
        Force(**{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})
        for entry in raw["forces"]
    )
    regions = tuple(
        Region(r["name"], (r["name"],), tuple(r.get("aliases", ())), tuple(r.get("adjectives", ())))
        for r in raw["regions"]
    )
    groups = tuple(
        Region(g["name"], tuple(g["regions"]), tuple(g.get("aliases", ())),
               tuple(g.get("adjectives", ())))
        for g in raw["region_groups"]
    )
    region_names = {r.name for r in regions}
    for force in forces:
        if force.region not in region_names:
            raise ValueError(f"{path}: force {force.name!r} is in unknown region {force.region!r}")
    for group in groups:
        if group.name in region_names or not set(group.regions) <= region_names:
            raise ValueError(f"{path}: region group {group.name!r} clashes or names unknown regions")
    return GazetteerData(forces, regions, groups)


_DATA = load_data()
_FORCES: dict[str, Force] = {f.name: f for f in _DATA.forces}

ALL_FORCES: tuple[str, ...] = tuple(sorted(_FORCES))

# Canonical force name -> area names that stand alone for it (with context checks).
FORCE_AREAS: dict[str, tuple[str, ...]] = {f.name: f.areas for f in _DATA.forces if f.areas}

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

    for force in _DATA.forces:
        english = [force.name] + [
            f"{area} {suffix}"
            for area in (*force.areas, *force.qualified_areas)
            for suffix in _FORCE_SUFFIXES
        ]
        for name in (*english, *force.other_names):
            add(name, force.name, "name")
        for welsh in force.welsh_names:
            for name in (welsh, f"{welsh} Police", *(f"{welsh} {e}" for e in english)):
                add(name, force.name, "name")
        for acronym in force.acronyms:
            add(acronym, force.name, "acronym")
    for force in _DATA.forces:
        for area in force.areas:
            add(area, force.name, "place")
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
    return alias.kind == "place" and _inside_longer_name(before, after)


def _inside_longer_name(before: str, after: str) -> bool:
    """A bare place name is part of another name when a blocker word follows it ("Kent County
    Council") or a capitalised word other than an ordinary one comes before it ("Autism Hampshire")."""
    if _AFTER_PLACE_RE.match(after):
        return True
    prev = _PREV_WORD_RE.search(before)
    return bool(prev and prev.group(1) not in _PLAIN_CAPITALISED)


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


# --------------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionMention:
    """A policing region (or group of regions) named in text, with its exact span."""

    name: str  # the region's or group's name ("Wales", "Midlands")
    regions: tuple[str, ...]  # the policing regions it stands for
    start: int
    end: int
    kind: str = "region"


_REGIONS: dict[str, Region] = {r.name: r for r in (*_DATA.regions, *_DATA.groups)}
_REGION_ALIASES = sorted(
    (_Alias(alias, r.name, "place") for r in _REGIONS.values() for alias in r.aliases),
    key=lambda a: _sort_key(a.text),
)
_REGION_MATCHER = _AliasMatcher(_REGION_ALIASES)
_ADJECTIVE_REGION: dict[str, str] = {
    adjective.lower(): r.name for r in _REGIONS.values() for adjective in r.adjectives
}
# An adjective names a place only before a policing noun: "Welsh forces", not "Welsh language".
_ADJECTIVE_RE = re.compile(
    r"(?<![\w&])(?i:"
    + "|".join(_alias_pattern(a) for a in sorted(_ADJECTIVE_REGION, key=len, reverse=True))
    + r")(?=" + _SEP + r"(?i:(?:police" + _SEP + r")?(?:forces?|police|constabular(?:y|ies)"
    r"|policing|officers|services?))(?!\w))"
)


def regions() -> list[str]:
    """The policing regions, in the data file's order."""
    return [r.name for r in _DATA.regions]


def region_of(force: str) -> str:
    """The policing region of a force, given by its canonical name or any alias."""
    name = force if force in _FORCES else canonical_force(force)
    if name is None:
        raise ValueError(f"not a known police force: {force!r}")
    return _FORCES[name].region


def resolve_regions(name: str) -> list[str]:
    """The regions a region's or group's name, or one of their aliases, stands for; [] if none."""
    if name in _REGIONS:
        return list(_REGIONS[name].regions)
    found = find_regions(name)
    if len(found) == 1 and name[: found[0].start].strip() in ("", "the", "The"):
        if not name[found[0].end :].strip():
            return list(found[0].regions)
    return []


def forces_in_region(region: str) -> list[str]:
    """The forces of a region or group of regions ("Midlands": both), sorted by name."""
    wanted = resolve_regions(region)
    if not wanted:
        raise ValueError(f"not a known policing region: {region!r}; known: {', '.join(regions())}")
    return sorted(f.name for f in _DATA.forces if f.region in wanted)


def find_regions(text: str) -> list[RegionMention]:
    """Every region mention in order, non-overlapping: place names ("the North West", "in Wales",
    "the Midlands") and adjectives before a policing noun ("Welsh forces", "Scottish police").

    A place inside a longer force's or organisation's name is not a region ("North Wales Police",
    "City of London", "University of Wales", "New England"); a force whose name is the region's
    name is both ("West Midlands": find_forces gives the force, this gives the region).
    """
    candidates: list[tuple[int, int, str]] = []
    for start, end, alias in _REGION_MATCHER.finditer(text):
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        if not (_BEFORE_RE.search(before) or _inside_longer_name(before, after)):
            candidates.append((start, end, alias.canonical))
    for m in _ADJECTIVE_RE.finditer(text):
        candidates.append((m.start(), m.end(), _ADJECTIVE_REGION[_normalise(m.group()).lower()]))
    if not candidates:
        return []
    longer = [(m.start, m.end) for m in (*find_forces(text), *find_organisations(text))]
    out: list[RegionMention] = []
    last_end = -1
    for start, end, name in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        inside = any(s <= start and end <= e and e - s > end - start for s, e in longer)
        if start >= last_end and not inside:
            out.append(RegionMention(name, _REGIONS[name].regions, start, end))
            last_end = end
    return out
