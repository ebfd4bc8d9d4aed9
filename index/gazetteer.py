"""Gazetteer of UK police forces, their policing regions and other bodies: mentions in text with
exact spans, canonical names, regions. The knowledge is data (index/data/forces.json,
index/data/organisations.json); local bodies are recognised by the shape of their names."""

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
# Data (index/data/*.json)
# --------------------------------------------------------------------------------------------

_FORCES_FILE = Path(__file__).with_name("data") / "forces.json"
_ORGANISATIONS_FILE = Path(__file__).with_name("data") / "organisations.json"


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
    names = [f.name for f in forces]
    if len(names) != len(set(names)):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"{path}: forces listed more than once: {', '.join(twice)}")
    region_names = {r.name for r in regions}
    for force in forces:
        if force.region not in region_names:
            raise ValueError(f"{path}: force {force.name!r} is in unknown region {force.region!r}")
    for group in groups:
        if group.name in region_names or not set(group.regions) <= region_names:
            raise ValueError(
                f"{path}: region group {group.name!r} has a region's name or an unknown region"
            )
    return GazetteerData(forces, regions, groups)


_DATA = load_data()
_FORCES: dict[str, Force] = {f.name: f for f in _DATA.forces}

ALL_FORCES: tuple[str, ...] = tuple(sorted(_FORCES))

# Canonical force name -> area names that stand alone for it (with context checks).
FORCE_AREAS: dict[str, tuple[str, ...]] = {f.name: f.areas for f in _DATA.forces if f.areas}


@functools.cache
def national_bodies(path: Path = _ORGANISATIONS_FILE) -> dict[str, tuple[str, ...]]:
    """National policing and public bodies from the data file: canonical name -> other names."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {body["name"]: tuple(body.get("aliases", ())) for body in raw["national_bodies"]}


# Words that, right after a bare place name, make it part of another body's name
# ("Durham University", "Wiltshire Council", "Derbyshire Fire and Rescue", ...).
_PLACE_BLOCKERS: tuple[str, ...] = (
    r"University", r"College", r"School", r"Council", r"Councils",
    r"(?:County|City|Borough|District|Metropolitan\s+Borough|Unitary|Town|Parish)\s+Council",
    r"Fire", r"Office\s+of", r"O?PCCs?", r"Commissioner",
    r"Police\s*,?\s*(?:Fire\s+(?:and|&)\s+)?(?:and|&)\s+Crime",
    r"Youth\s+Justice", r"YJS", r"NHS", r"Integrated\s+Care", r"ICB", r"CCG",
    r"Clinical\s+Commissioning", r"Healthcare", r"Health\s+and\s+Care", r"Hospitals?", r"Hospice", r"Clinic",
    r"Ambulance", r"Probation", r"Trust", r"Foundation", r"Community\s+Foundation", r"Charity",
    r"Wildlife", r"Combined\s+Authority", r"Mayor", r"Violence\s+Reduction", r"VRU", r"VRP",
    r"Cricket", r"County\s+Cricket", r"F\.?C", r"Football", r"Safeguarding", r"Chamber",
    r"Local\s+Resilience", r"State",
    r"Neighbourhood\s+Watch", r"Association", r"Society", r"Forum", r"Alliance", r"Trading\s+Standards",
    r"Airport", r"(?:Mountain|Fell|Cave|Lowland)\s+Rescue",
    # a newspaper's or a news site's title ('Lincolnshire Echo', 'Kent Live', 'Surrey Advertiser')
    r"Echo", r"Gazette", r"Courier", r"Herald", r"Advertiser", r"Chronicle", r"Mercury", r"Telegraph",
    r"Argus", r"Examiner", r"Live", r"Evening\s+(?:Post|News|Star|Standard|Chronicle|Gazette|Telegraph)",
)

# A capitalised word right before a bare place name (same line) makes it part of a longer name
# ("Autism Hampshire", "Clark Kent") -- unless it is one of these ordinary words.
PLAIN_CAPITALISED: frozenset[str] = frozenset(
    "A An And As At Also Across After Around Before Between Both By During Each Every For From "
    "How In Including Into Its Like Meanwhile Of On Our Over Since So Such That The Their These "
    "This Those Throughout To Via When Where Whilst While With Within "
    # the days and months a date sets before a name ('On 8 November Carlisle Street Angels opened');
    # not 'March' or 'May', also places and names ('March Town Council')
    "January February April June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

# --------------------------------------------------------------------------------------------
# Pattern building
# --------------------------------------------------------------------------------------------

_SEP = r"(?:\s|\*\*)+"  # any whitespace (newlines in logo blocks) or markdown bold between words
_HYPHEN = r"(?:\s*[-\u2010\u2011\u2013\u2014]\s*|" + _SEP + ")"
_CASE_SENSITIVE_WORDS = frozenset({"Met"})


def _case_sensitive(word: str) -> bool:
    """Acronym-like words ("MoD", "GMP") and "Met" match only as written."""
    return word in _CASE_SENSITIVE_WORDS or any(c.isupper() for c in word[1:])


def _word_pattern(word: str) -> str:
    """One word: apostrophes optional/curly, acronym-like words exact, others case-insensitive."""
    if word.lower() in ("and", "&"):
        return r"(?i:and|&)"
    parts = re.split(r"[-\u2010\u2011\u2013\u2014]", word)
    out = []
    for part in parts:
        pat = re.sub(r"['’]", "['’]?", re.escape(part))
        out.append(pat if _case_sensitive(part) else f"(?i:{pat})")
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


def _force_aliases(data: GazetteerData) -> list[_Alias]:
    seen: dict[str, _Alias] = {}

    def add(text: str, canonical: str, kind: str) -> None:
        # the same words as matched: acronym-like words ("MoD", "MOD") keep their case
        words = text.replace("&", "and").split()
        key = " ".join(w if kind == "acronym" or _case_sensitive(w) else w.lower() for w in words)
        if key in seen and seen[key].canonical != canonical:
            raise ValueError(f"{text!r} names both {seen[key].canonical} and {canonical}")
        seen.setdefault(key, _Alias(text, canonical, kind))

    for force in data.forces:
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
    for force in data.forces:
        for area in force.areas:
            add(area, force.name, "place")
    return sorted(seen.values(), key=lambda a: _sort_key(a.text))


def _capitalised_as(found: str, name: str) -> bool:
    """Every word the name capitalises is capitalised where it was found."""
    said = re.findall(r"[\w'’]+", found)
    named = re.findall(r"[\w'’]+", name)
    return len(said) != len(named) or all(not n[:1].isupper() or s[:1].isupper() for s, n in zip(said, named))


class _AliasMatcher:
    """Longest-first, non-overlapping alias matching; each alias list is split by its first word
    so that only the few aliases that can start at a word are tried there."""

    _WORD = re.compile(r"\w+")

    def __init__(self, aliases: list[_Alias], as_written: bool = False) -> None:
        self.aliases = aliases
        # names made of common words ('Police Now', 'Catch22') are names only when capitalised
        # as names are: 'Wiltshire Police now offers' names no body
        self.as_written = as_written
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
                alias = self.aliases[int(m.lastgroup[1:])]  # type: ignore[index]
                if self.as_written and not _capitalised_as(m.group(), alias.text):
                    continue
                pos = m.end()
                yield m.start(), m.end(), alias


_FORCE_ALIASES = _force_aliases(_DATA)
_FORCE_MATCHER = _AliasMatcher(_FORCE_ALIASES)

_ORG_ALIASES = sorted(
    (
        _Alias(alias, canonical, "name")
        for canonical, others in national_bodies().items()
        for alias in (canonical, *others)
    ),
    key=lambda a: _sort_key(a.text),
)
_ORG_MATCHER = _AliasMatcher(_ORG_ALIASES, as_written=True)

# Context checks for force mentions.
_BEFORE_RE = re.compile(
    r"(?:(?i:university\s+of)|New|NEW|(?i:commissioner|pcc|opcc)(?:\s|\*\*)+(?i:for))"
    r"(?:\s|\*\*)+$"
)
_PREV_WORD_RE = re.compile(r"([A-Z][\w'’-]*)(?:[ \t]+|[ \t]*\n[ \t]*)$")  # a name may wrap over a line
# a part of an area, not its force: 'the domestic abuse service for mid and west Norfolk'
_PART_OF_AREA_RE = re.compile(r"\b(?:north|south|east|west|mid|central)(?:-(?:east|west))?(?:[ \t]+|[ \t]*\n[ \t]*)$")
# a place within the area, named with it ('Staffordshire Moorlands', 'Surrey Heath', 'Cheshire East')
_WITHIN_AREA_RE = re.compile(r" (?:Moorlands?|Heath|Downs|Wolds|Dales|Fens?|Broads|Hills|Vale|Coast|Forest|Peak|Levels|"
                             r"Marshes|Borders|East|West|North|South|Central)(?![\w'’-])")
_JOINED_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+$")
# a county in a postal address, before its postcode ('Church Road, Longhope, Gloucestershire GL17 0ZZ')
_POSTCODE_AFTER_RE = re.compile(r",?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b")
# a word that is a force's own ('Police', 'Constabulary'): a pair joined to it is two forces
_FORCE_WRITTEN_RE = re.compile(r"(?i)^(?:police|constabulary|heddlu|service|met)$")
_AFTER_PLACE_RE = re.compile(
    _SEP + r"(?=[A-Z])(?i:" + "|".join(_PLACE_BLOCKERS) + r")(?!\w)"
)
# a place name saying where another kind of body is, in small letters: 'the Norfolk domestic abuse
# charity', 'Kent schools', 'a Lancashire housing association' (not 'Kent officers')
_PLACE_OF_A_BODY_RE = re.compile(
    r"(?:\s+(?!(?:police|constabulary|force|with|and|or|to|for|in|on|at|by|of|the|an?)\b)[a-z][a-z-]*[a-rt-z](?<!ed)){0,2}?"
    r"\s+(?:charit(?:y|ies)|hospitals?|schools?|"
    r"councils?|firms?|compan(?:y|ies)|business(?:es)?|churche?s?|dioceses?|universit(?:y|ies)|colleges?|hospices?|"
    r"refuges?|housing associations?|trusts?)\b")
_AFTER_POLICE_RE = re.compile(
    r"(?i:(?:\s|\*\*)*(?:,?(?:\s|\*\*)*fire(?:\s|\*\*)+)?(?:and|&)(?:\s|\*\*)+crime"
    r"(?:\s|\*\*)+(?:commissioner|panel|plan))(?!\w)"
)
_AFTER_MET_RE = re.compile(_SEP + r"(?i:office)(?!\w)")
_AFTER_ACRONYM_RE = re.compile(_SEP + r"(?i:party)(?!\w)")
# an acronym that is one part of a reference code ('WMAS-WMP-MH-003', 'FOI-GMP-2025-117'): joined
# by hyphens to capitals and numbers; 'GMP-led' and 'the PSNI-PPS protocol' still name the force
_CODE_BEFORE_RE = re.compile(r"[A-Z0-9][A-Z0-9-]*-$")
_CODE_AFTER_RE = re.compile(r"^-[A-Z0-9][A-Z0-9-]*")

# Local bodies recognised by the shape of their names: capitalised words, none of them an
# ordinary word such as "The" or "With" ("Working With The Hydra Foundation" gives "Hydra
# Foundation"), on one line or wrapped once (PDF lines), then what kind of body it is.
_CAP = r"[A-Z0-9][\w'’-]*"
_GAP = r"(?: +| *\n *)"  # (never a tab: a table's cells, 'Commissioner<tab>Leicester City Council', are apart)
_NAME_WORD = (  # the capital first: most words fail there, before the ordinary-word check
    r"(?=[A-Z0-9])(?!(?i:" + "|".join(sorted(PLAIN_CAPITALISED)) + r")(?![\w'’-]))"
    # nor a year ('Annual Report 2024-25 Riverside Community Trust' names 'Riverside Community Trust')
    + r"(?!(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?(?![\w'’-]))(?<!\d[-/–])"
    # nor a reference number, nor the digits of one ('Quotation Q-3318 Teesside Lock & Key Ltd',
    # 'Order CL-204817')
    + r"(?![A-Z]{1,3}-\d)(?<![A-Z]-)"
    + _CAP + _GAP
)


@dataclass(frozen=True)
class _Shape:
    """One shape of name, tried only on text that holds one of its telling words (most text
    holds none, and the cheap search for a word saves the pattern's scan)."""

    words: re.Pattern[str]
    pattern: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.words.search(text) else iter(())


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
# the legal form a company's or a community interest company's name ends on ('... Ltd', '... plc')
LEGAL_FORM = r"Ltd|Limited|CIC|plc|PLC|LLP"


def _shape(words: str, pattern: str) -> _Shape:
    return _Shape(re.compile(words), re.compile(pattern))


_JOIN_WORD = r"(?:of|and|&)" + _GAP  # 'East Riding of Yorkshire Council', 'Avon and Wiltshire ... Trust'


def _named(least: int, most: int, kind: str, words: str) -> _Shape:
    """`least`..`most` name words (after the first, 'of' or 'and' may join two), then the words
    saying what kind of body it is (they too may wrap over a line: 'Suffolk Fire and' / 'Rescue
    Service' in a text file's or a PDF's lines)."""
    kind = kind.replace(r"[ \t]+", _GAP)
    if least < 1:
        return _shape(words, rf"(?<!\w)(?:{_NAME_WORD}){{{least},{most}}}(?:{kind})(?!\w)")
    return _shape(words, rf"(?<!\w){_NAME_WORD}(?:(?:{_JOIN_WORD})?{_NAME_WORD}){{{least - 1},{most - 1}}}"
                         rf"(?:{kind})(?!\w)")


_NOT_FORCE_WORD = rf"(?!(?:Police|Constabulary)\b){_NAME_WORD}"
_SCHOOL_KIND = r"Primary|Secondary|High|Grammar|Infant|Junior|Nursery|Free|Special|Community|Church|Catholic"
_GENERIC_ORGS: tuple[_Shape, ...] = (
    # universities and colleges
    _shape(
        "University",
        rf"(?<!\w)University[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:of[ \t]+)?{_CAP}){{0,3}}",
    ),
    _named(1, 4, r"University", "University"),
    _named(1, 3, r"College(?:[ \t]+London)?", "College"),
    # schools ('St Julian's Primary School', 'Durham High School'); not a force's own training school
    # ('Thames Valley Police Training School'), nor an 'Academy', as often a programme's name
    # ('the Career Academy', 'Summer Academy') as a school's
    _shape("School",
           rf"(?<!\w)(?:(?!(?:Police|Constabulary|Training|Detective|{_SCHOOL_KIND})\b){_NAME_WORD}){{1,4}}"
           rf"(?:(?:{_SCHOOL_KIND})[ \t]+)?School(?!\w)"),
    # charities, trusts, companies, clubs, associations, national bodies of one nation
    _named(1, 6, rf"{LEGAL_FORM}|Trust|Foundation|Charity|Club|Mutual",
           rf"{LEGAL_FORM}|Trust|Foundation|Charity|Club|Mutual"),
    # sports clubs by their initials ('Aireborough RUFC', 'Bootle AFC', 'Ripon RFC')
    _named(1, 4, r"(?:A|R|RU|RL|ARL)?F(?:\.C\.|C)(?=[ \t,;:.)]|$)", "FC|F\\.C"),
    # community groups of a movement, known by its name: food banks, men's sheds, a Women's Institute
    # ('Tyldesley & Astley Food Bank', 'Melksham Men's Shed', 'Stottesdon & Chorley WI')
    _named(1, 4, r"Food[ \t]?[Bb]ank|Men['’]s[ \t]+Shed|WI", "Food|Shed|WI"),
    # a town's or district's churches working as one ('Eastgate Churches Together'), and a GP
    # surgery's or health centre's own name ('Brookside Medical Centre')
    _named(1, 3, r"Churches[ \t]+Together", "Together"),
    _named(1, 3, r"(?:Medical|Health)[ \t]+Centre", "Centre"),
    # venues and places run by a body of their name ('Arden Park Racecourse', 'Ravensworth Cathedral',
    # 'Swale Point Leisure Centre', 'Sturton Magna Village Hall', 'Felbay Pier', 'Mercers Walk Shopping
    # Centre', 'Caerfai Sands Holiday Park', 'Northern Lantern Theatre')
    _named(1, 3, r"Racecourse|Stadium|Cathedral|Minster|Pier|(?:Leisure|Community|Shopping)[ \t]+Centre|Village[ \t]+Hall"
                 r"|Holiday[ \t]+Park|Theatre",
           "Racecourse|Stadium|Cathedral|Minster|Pier|Centre|Hall|Park|Theatre"),
    # centres run by a charity for the people they name, youth projects and scout groups ('Tees
    # Women's Centre', 'Fleetwood Seafarers' Centre', 'Kings Heath Youth Project', '1st Ffairfach Scout Group')
    _named(1, 3, r"(?:Women['’]s|Seafarers['’]?|Carers['’]?|Refugee|Family|Families|Advice|Youth)[ \t]+Centre"
                 r"|Youth[ \t]+(?:Project|Club)|Scout[ \t]+Group", "Centre|Youth|Scout"),
    # public authorities named for their area or port, and probation's local units ('Peak District
    # National Park Authority', 'Hull and East Riding Probation Delivery Unit')
    _named(1, 4, r"(?:National[ \t]+Park|Port|Harbour|Fire|Licensing)[ \t]+Authority|Probation[ \t]+Delivery[ \t]+Unit",
           "Authority|Unit"),
    # federations, guilds, unions, institutes and museums ('Hull Allotment Federation', 'Yorkshire
    # Locksmiths Guild', 'Old Bridewell Police Museum'); networks of two words or more ('North East
    # Appropriate Adult Network'); agencies ('Environment Agency'); local healthcare providers
    _named(1, 5, r"Federation|Guild|Union|Institute|Museum|Healthcare", "Federation|Guild|Union|Institute|Museum|Healthcare"),
    _named(2, 5, r"Network", "Network"),
    _named(1, 3, r"Agency", "Agency"),
    # airports, and volunteer rescue teams ('Fylde Coast Airport', 'Loweswater & Lorton Fell Rescue
    # Team', 'Cumbria Lowland Search and Rescue')
    _named(1, 3, r"Airport", "Airport"),
    _named(1, 4, r"(?:Mountain|Fell|Cave|Lowland|Search[ \t]+and)[ \t]+Rescue(?:[ \t]+(?:Team|Organisation|Association|Group))?",
           "Rescue"),
    # prisons and young offender institutions ('HMP Fenbury', 'HMYOI Cookham Wood', 'HM Prison Leeds')
    _shape("HM", rf"(?<!\w)(?:HMP(?:[ \t]*(?:&|and|/)[ \t]*YOI)?|HMYOI|HM[ \t]+Prison(?:[ \t]+(?:and|&)[ \t]+YOI)?"
                 r"|HM[ \t]+Young[ \t]+Offender[ \t]+Institution)[ \t]+[A-Z][a-z][\w-]*"
                 r"(?:[ \t]+(?!(?:Annual|Report|Independent|Monitoring|Board|IMB|Prison)\b)[A-Z][a-z][\w-]*)?(?![\w-])"),
    # watch schemes run by their members, and street patrols run by churches ('Shrewsbury Pubwatch',
    # 'Swaledale Farm Watch', 'Halberton Community Speedwatch', 'Kennet Street Pastors')
    _named(0, 3, r"(?:Pub|Shop|Farm|Horse|Boat|Rural|Business|(?:Community[ \t]+)?Speed)[ \t]?[Ww]atch"
                 r"|Street[ \t]+(?:Pastors|Angels)",
           "[Ww]atch|Pastors|Angels"),
    _named(1, 3, r"UK|Scotland|Cymru", "UK|Scotland|Cymru"),
    # societies, partnerships and local business or trading bodies ('Wolds & Humber Chamber of
    # Commerce'); a council's own service is the council's ('Suffolk County Council's Trading
    # Standards' is Suffolk County Council, read by the council's shape below)
    _named(1, 4, r"Society|Partnership|Improvement[ \t]+District", "Society|Partnership|District"),
    _shape("Standards", rf"(?<![\w'’])(?:(?!Council\b){_NAME_WORD}){{1,4}}Trading[ \t]+Standards(?!\w)"),
    _named(1, 4, r"Chamber[ \t]+of[ \t]+(?:Commerce|Trade)(?:[ \t]+(?:and|&)[ \t]+Industry)?", "Chamber"),
    # a local Citizens Advice, named for its area either way round ('Citizens Advice Wensum Valley',
    # 'Wensum Valley Citizens Advice Bureau'); the national charity alone is in the data file
    _shape("Citizens", rf"(?<!\w)Citizens[ \t]+Advice(?:[ \t]+(?!Bureau\b){_CAP}){{1,3}}(?:[ \t]+Bureau)?(?![\w'’])"),
    _named(1, 3, r"Citizens[ \t]+Advice(?:[ \t]+Bureau)?", "Citizens"),
    # a local Healthwatch, the statutory champion of an area's health and care users, named for its
    # area ('Healthwatch Southend', its logo 'healthwatch Southend')
    _shape("ealthwatch", rf"(?<!\w)[Hh]ealthwatch(?:[ \t]+(?:(?:and|&|of|upon|on)[ \t]+)?{_CAP}){{1,4}}(?![\w'’])"),
    # volunteer responders the ambulance service sends ('Usk Valley Community First Responders')
    _named(1, 3, r"(?:Community[ \t]+)?First[ \t]+Responders", "Responders"),
    _named(0, 3, r"Women['’]s[ \t]+Aid|Rape[ \t]+Crisis", "Aid|Crisis"),
    _named(1, 3, r"Domestic[ \t]+Abuse[ \t]+(?:Service|Services|Partnership)", "Abuse"),
    # independent advocacy services for victims ('Severn Stalking Advocacy Service')
    _named(1, 4, r"Advocacy[ \t]+(?:Service|Services|Project)", "Advocacy"),
    # statutory safeguarding boards named for their area ('Cambridgeshire and Peterborough
    # Safeguarding Adults Board'): the area's name inside is not its force
    _named(1, 4, r"Safeguarding[ \t]+(?:Adults|Children)(?:['’]s)?[ \t]+(?:Board|Partnership)", "Safeguarding"),
    _shape(
        "Association",
        rf"(?<!\w)(?:National|British|Royal)[ \t]+(?:{_NAME_WORD}){{0,4}}Association(?!\w)",
    ),
    # any other association, and Neighbourhood Watch groups ('Suffolk Neighbourhood Watch
    # Association', 'Gloucestershire Residents' Association'): the place inside is not a force
    _named(2, 4, r"Association", "Association"),  # two words at least: not a "Support Association" offering
    _named(1, 2, r"Neighbourhood[ \t]+Watch(?:[ \t]+(?:Association|Network|Group|Scheme))?", "Watch"),
    _shape(
        "Association",
        rf"(?<!\w)Association[ \t]+of[ \t]+{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP}){{0,4}}",
    ),
    # local government and public services
    _named(
        1, 4,
        r"(?:(?:County|City|Borough|District|Metropolitan[ \t]+Borough|Town|Parish)[ \t]+)?Council"
        rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP})?",
        "Council",
    ),
    _named(1, 3, r"Fire[ \t]+(?:and|&)[ \t]+Rescue(?:[ \t]+Service)?|Fire[ \t]+Brigade", "Rescue|Brigade"),
    _named(1, 3, r"(?:National[ \t]+Park|Fire|Port|Harbour|Housing|Transport)[ \t]+Authority", "Authority"),
    _named(
        1, 4,
        r"Youth[ \t]+(?:Justice|Offending)[ \t]+(?:Service|Team)|Combined[ \t]+Authority"
        r"|Violence[ \t]+Reduction[ \t]+(?:Unit|Partnership)",
        "Youth|Authority|Reduction",
    ),
    # NHS bodies ("... NHS Foundation Trust" is a trust above)
    _named(
        1, 4,
        r"(?:University[ \t]+)?Health[ \t]+Board|Integrated[ \t]+Care[ \t]+Board|ICB"
        r"|Clinical[ \t]+Commissioning[ \t]+Group|CCG|Ambulance[ \t]+Service|Hospitals?|Hospice",
        "Board|ICB|Group|CCG|Ambulance|Hospital|Hospice",
    ),
    # a trade union's branch: 'UNISON Cheshire Police Branch' (the force's name inside is the branch's)
    _shape("Branch", rf"(?<!\w)(?:UNISON|Unison|GMB|Unite|PCS)(?:[ \t]+{_CAP}){{1,4}}[ \t]+Branch(?!\w)"),
    # advisory and scrutiny groups: 'Leicestershire and Rutland Independent Advisory Group',
    # 'Stop and Search Scrutiny Panel', 'Ethics Committee'; volunteers' crime prevention panels
    # ('Bury St Edmunds and District Crime Prevention Panel')
    # (a force's own, 'Kent Police Independent Advisory Group', is the force's)
    _shape("Advisory|Scrutiny|Ethics|Prevention",
           rf"(?<!\w){_NOT_FORCE_WORD}(?:(?:{_JOIN_WORD})?{_NOT_FORCE_WORD}){{0,4}}"
           r"(?:(?:Independent[ \t]+)?Advisory[ \t]+(?:Group|Panel|Board)|Scrutiny[ \t]+(?:Panel|Group|Board)"
           r"|Ethics[ \t]+(?:Committee|Panel|Board)|Crime[ \t]+Prevention[ \t]+(?:Panel|Association|Group))(?!\w)"),
    # an NHS body named for its area: 'NHS Sussex', 'NHS Kent and Medway' (England's integrated care
    # boards), 'NHS Frimley Integrated Care Board'
    _shape("NHS", rf"(?<!\w)NHS[ \t]+(?!(?:Trusts?|Foundation)\b)[A-Z][a-z][\w'’-]*"
                  rf"(?:(?:[ \t]+(?:and|&))?[ \t]+{_CAP}){{0,5}}"),
)

# Bodies whose names have no telling word but which the text says are one: "the youth charity
# Redthread", "A Way Out, a Stockton-based charity", "Leaders Unlocked, a social enterprise", "Out
# East, our region's LGBT+ charity".
_BODY = (
    r"charit(?:y|ies)|social[ \t]+enterprise|community[ \t]+interest[ \t]+company"
    r"|voluntary[ \t]+(?:group|organisation)|not-for-profit(?:[ \t]+organisation)?"
)
_BODY_WORDS = "charit|social|community|voluntary|not-for-profit"
# the body word ends the description, or a clause about the body follows it ('Out East, our region's
# LGBT+ charity, will ...', 'A Way Out, a Stockton-based charity that ...'), not a noun it qualifies
# ('Bob Smith, our local charity champion')
_BODY_ENDS = r"(?![ \t]+(?!(?:that|which|who|whose|of|in|for|from|based|working|run|set|and|with)\b)[a-z])"
_PLAIN = "|".join(sorted(PLAIN_CAPITALISED))
# what a body says it is in the line about itself that opens with its name ('Fieldwork Digital is a
# small digital agency in Leeds ...', the closing 'about us' of a post or a press release)
_SELF_BODY = rf"{_BODY}|agency|company|business|firm|consultancy|co-?operative|organisation|studio"
# what joins a name to what it says it is ('Fieldwork Digital is a ...', 'Crime Stoppers (CS) is an ...',
# 'The Sandgrown Night Guardians are a Blackpool charity ...')
IS_A = r"(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+(?:is|are)[ \t]+(?:a|an)[ \t]"
_SELF_BODY_WORDS = rf"{_BODY_WORDS}|agency|company|business|firm|consultancy|operative|organisation|studio"
_ANY_NAME = rf"{_CAP}(?:{_GAP}(?:(?:of|for|the)[ \t]+)?{_CAP}){{0,4}}"
_LEADING_ARTICLE = re.compile(r"(?:The|This|Our|Their|With|And|In|For|From|By)[ \t]+")
# what kind of business or provider the text says a name is, just before it: 'the bus operator
# Moorland Coaches', 'the housing association Brookfold Homes', 'the security firm Corvid Guarding'
_TRADE = r"operator|housing[ \t]+association|firm|company|retailer|supermarket|provider|contractor"
# people by their role are no group's name: 'Special Constables are volunteers who ...'
_ROLES = r"(?:Constables|Officers|Cadets|Specials|PCSOs|Wardens|Rangers|Marshals|Volunteers|Members|Staff)"
_DESCRIBED_ORGS: tuple[_Shape, ...] = (
    _shape(_BODY_WORDS, rf"(?<![\w-])(?:{_BODY})[ \t]+(?P<name>{_ANY_NAME})(?!\w)"),
    _shape(_TRADE,
           rf"(?<![\w-])the[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}?(?:{_TRADE})[ \t]+(?P<name>{_ANY_NAME})(?!\w)"),
    _shape(
        _BODY_WORDS,
        rf"(?<![\w'’-])(?P<name>{_ANY_NAME})(?:[ \t]+\([A-Z]{{2,8}}\))?,[ \t]+(?:a|an|the|our)[ \t]+"
        rf"(?:[\w'’+-]+[ \t]+){{0,3}}?(?:{_BODY})(?!\w){_BODY_ENDS}",
    ),
    _shape(
        _SELF_BODY_WORDS,
        rf"(?m)^[ \t]*[*_]{{0,2}}(?:The[ \t]+(?=[A-Z][\w'’-]*[ \t]+[A-Z]))?(?!(?:It|He|She|They|We|There|Here|{_PLAIN})[ \t])(?P<name>{_ANY_NAME})"
        rf"{IS_A}[ \t]*"
        rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?:{_SELF_BODY})(?!\w)",
    ),
    # a group of volunteers saying what it is in the line opening with its name ('Weardale Dog Search
    # are volunteers from the dale who ...', 'Kennet Riverwatch is a group of volunteers ...')
    _shape(
        "volunteers",
        rf"(?m)^[ \t]*[*_]{{0,2}}(?:The[ \t]+(?=[A-Z][\w'’-]*[ \t]+[A-Z]))?(?!(?:It|He|She|They|We|There|Here|{_PLAIN})"
        rf"[ \t])(?P<name>{_CAP}(?:{_GAP}(?!{_ROLES}(?!\w)){_CAP}){{1,4}})[ \t]+(?:is|are)[ \t]+(?:a[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
        r"(?:group|team|network)[ \t]+of[ \t]+)?(?:[\w-]+[ \t]+)?volunteers(?!\w)",
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
_PCC_WORDS = "(?i:commissioner)|PCC"
_PCC_SHAPES: tuple[_Shape, ...] = (
    _shape(_PCC_WORDS, rf"(?<!\w)(?=[A-Z])(?:{_AREA_RE}){_SEP}{_PCC}(?!\w)"),
    _shape(
        _PCC_WORDS,
        rf"(?<!\w){_PCC}{_SEP}(?i:for){_SEP}(?:(?i:the){_SEP})?(?:{_AREA_RE})(?!\w)",
    ),
    _shape(_PCC_WORDS, rf"(?<!\w)(?=[A-Z])(?:{_AREA_RE}){_SEP}O?PCC(?!\w)"),
    _shape(_PCC_WORDS, rf"(?<!\w)O?PCC{_SEP}(?i:for){_SEP}(?:{_AREA_RE})(?!\w)"),
    _shape(
        _PCC_WORDS,
        rf"(?<!\w)(?=[A-Z])(?:{_AREA_RE}){_SEP}(?:{_PCC}|(?i:commissioner))['’]s{_SEP}Office",
    ),
)


# A national body's local branch, named by the body and the area it serves ('Age UK Surrey').
# A national public service's area, named by the service and its own area name, which need not be a
# force's ('CPS Mersey-Cheshire', 'Probation Service Wales'): the place inside is not a force.
_BRANCH_SHAPES: tuple[_Shape, ...] = (
    _shape("UK|Cymru|Scotland", rf"(?<!\w)(?:{_NAME_WORD}){{1,3}}(?:UK|Cymru|Scotland)[ \t]+(?:{_AREA_RE})(?!\w)"),
    _shape("CPS|Prosecution|Probation|HMPPS",
           rf"(?<!\w)(?P<body>CPS|Crown[ \t]+Prosecution[ \t]+Service|(?:National[ \t]+)?Probation[ \t]+Service|HMPPS)"
           rf"[ \t]+(?!(?:Police|Constabulary|and|of|the)\b)[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*(?!\w)"),
)


def _normalise(text: str) -> str:
    return " ".join(text.replace("**", " ").split())


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


def _organisation_mentions(text: str, forces: list[Mention] | None = None) -> list[Mention]:
    """Organisation mentions; `forces` are the text's force candidates if already found."""
    candidates: list[tuple[int, int, int, str]] = []  # start, end, priority, canonical
    for start, end, alias in _ORG_MATCHER.finditer(text):
        candidates.append((start, end, 0, alias.canonical))
    for rx in _PCC_SHAPES:
        for m in rx.finditer(text):
            name = _normalise(m.group()).replace("&", "and")
            candidates.append((m.start(), m.end(), 1, name))
    force_spans: list[tuple[int, int]] | None = None
    for rx in _GENERIC_ORGS:
        for m in rx.finditer(text):
            if force_spans is None and _JOINED.search(m.group()):
                force_spans = [(f.start, f.end) for f in (_force_candidates(text) if forces is None else forces)]
            for start, end in _unjoined(text, m.start(), m.end(), force_spans or []):
                if governing := _GOVERNING.match(text, start, end):
                    start = governing.end()  # 'the Board of Wyre Haven Port Ltd': the company's board
                words = text[start:end].split()
                # (a name opens with a word or an ordinal: '1st Ffairfach Scout Group')
                if len(words) >= 2 and (words[0][0].isalpha() or _ORDINAL.match(words[0])):
                    candidates.append((start, end, 2, _normalise(text[start:end])))
    for rx in _BRANCH_SHAPES:
        for m in rx.finditer(text):
            # a national service's area is that service ('CPS Mersey-Cheshire': the Crown Prosecution
            # Service); a charity's local branch keeps its own name ('Age UK Surrey')
            body = [a.canonical for _, _, a in _ORG_MATCHER.finditer(m.group("body"))] \
                if "body" in rx.pattern.groupindex else []
            candidates.append((m.start(), m.end(), 2, body[0] if body else _normalise(m.group())))
    for rx in _DESCRIBED_ORGS:
        for m in rx.finditer(text):
            start, end = m.span("name")
            if article := _LEADING_ARTICLE.match(text, start, end):
                start = article.end()
            if text[start].isalpha():
                candidates.append((start, end, 2, _normalise(text[start:end])))
    # a name read by pattern that is, or runs into, a force's name is not another body
    # ("Police Scotland", "New Scotland" of "New Scotland Yard"), nor is one that opens with a
    # force's name: that is the force's own ('GMP Women's Network', 'Kent Police Museum')
    if any(c[2] == 2 for c in candidates):
        spans = [(f.start, f.end) for f in (_force_candidates(text) if forces is None else forces)]
        candidates = [c for c in candidates if c[2] < 2 or not (
            _runs_into_force(c[0], c[1], spans) or any(fs == c[0] and _FORCE_NAME_WORDS.search(text[fs:fe])
                                                       for fs, fe in spans))]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    out: list[Mention] = []
    last_end = -1
    for start, end, _prio, name in candidates:
        if start >= last_end:
            out.append(Mention(name, "organisation", start, end))
            last_end = end
    return out


# the people governing or making up a body, named before it: the body is who did the work
_GOVERNING = re.compile(r"(?:(?:Board|Trustees|Directors|Governors|Members|Staff|Volunteers)[ \t]+of[ \t]+"
                        r"(?:the[ \t]+)?)+(?=[A-Z0-9])")
_JOINED = re.compile(r"(?<=\S)[ \t]+(?:and|&)(?:[ \t]+|[ \t]*\n[ \t]*)(?=[A-Z0-9])")
_KIND_WORD = re.compile(r"\b(?:Ltd|Limited|CIC|Trust|Foundation|Charity|Club|Council|Society|Partnership|University|"
                        r"College|Service|Services|Standards|District|Board|Authority|NHS|UK|Scotland|Cymru)\b")


_FORCE_NAME_WORDS = re.compile(r"(?i:police|constabulary|heddlu)|^[A-Z]{2,6}$|\bMet\b")


def _unjoined(text: str, start: int, end: int, forces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read by shape, split where 'and' joins two bodies rather than two words of one name:
    after a name that already says what kind of body it is ('The Prince's Trust and Street
    Doctors CIC', 'Hindu Council of Britain and ...') or after a force's name ('Kent Police and
    Essex County Council')."""
    spans, at = [], start
    for join in _JOINED.finditer(text, start, end):
        left = text[at:join.start()]
        # a force's own name ends the first body; a bare place ('Leicestershire and Rutland
        # Independent Advisory Group') is one word of the name
        ends_force = any(fe == join.start() and fs >= at and _FORCE_NAME_WORDS.search(text[fs:fe])
                         for fs, fe in forces)
        if _KIND_WORD.search(left) or ends_force:
            if _KIND_WORD.search(left):
                spans.append((at, join.start()))
            at = join.end()
    spans.append((at, end))
    return spans


def _runs_into_force(start: int, end: int, forces: list[tuple[int, int]]) -> bool:
    """Whether a force's name overlaps text[start:end] other than as a part strictly inside it."""
    return any(
        fs < end and fe > start and not (start <= fs and fe <= end and (fs, fe) != (start, end))
        for fs, fe in forces
    )


def _force_excluded(text: str, start: int, end: int, alias: _Alias) -> bool:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    if _in_an_address(before, after):
        return True
    if alias.kind == "acronym":
        return bool(_AFTER_ACRONYM_RE.match(after) or _in_a_code(before, after))
    if _BEFORE_RE.search(before):
        return True
    words = alias.text.split()
    if words[-1].lower() == "police" and _AFTER_POLICE_RE.match(after):
        return True
    if "Met" in words and _AFTER_MET_RE.match(after):
        return True
    return alias.kind == "place" and (_inside_longer_name(before, after) or _second_of_a_named_pair(before)
                                      or bool(_PART_OF_AREA_RE.search(before)) or bool(_POSTCODE_AFTER_RE.match(after)))


def _in_an_address(before: str, after: str) -> bool:
    """Inside an email or web address ('mark.chadwick@norfolk.example.gov.uk'): contact details,
    not a mention of the force."""
    token = re.search(r"\S*$", before).group() + "x" + re.match(r"\S*", after).group()
    return "@" in token or "://" in token or token.lower().startswith("www.") \
        or bool(re.search(r"\w\.(?:uk|com|org|net|gov|police|scot|wales|cymru)\b", token, re.IGNORECASE))


def _in_a_code(before: str, after: str) -> bool:
    left, right = _CODE_BEFORE_RE.search(before), _CODE_AFTER_RE.match(after)
    joined = (left.group() if left else "") + (right.group() if right else "")
    return bool(joined) and any(c.isdigit() for c in joined)


def _second_of_a_named_pair(before: str) -> bool:
    """The second of two places joined by 'and' when the first is part of a longer name: a body
    named for the area it serves ('Support Centre Cheshire and Merseyside'); or when the first is
    a place no force is named for, the pair one place's name ('Redcar and Cleveland', a borough)."""
    joined = _JOINED_RE.search(before)
    if not joined:
        return False
    head = before[:joined.start()]
    first = _PREV_WORD_RE.search(head + " ")
    if first and first.group(1) not in PLAIN_CAPITALISED and not _FORCE_WRITTEN_RE.search(first.group(1)) \
            and not any(end == len(head) for _, end, _ in _FORCE_MATCHER.finditer(head)):
        return True
    for start, end, alias in _FORCE_MATCHER.finditer(head):
        if end == len(head) and alias.kind == "place":
            return _inside_longer_name(head[max(0, start - 60):start], "")
    return False


def _inside_longer_name(before: str, after: str) -> bool:
    """A bare place name is part of another name when a blocker word follows it ("Kent County
    Council"), a capitalised word other than an ordinary one comes before it ("Autism Hampshire")
    or a place within the area is named with it ("Staffordshire Moorlands")."""
    if _AFTER_PLACE_RE.match(after) or _PLACE_OF_A_BODY_RE.match(after):
        return True
    if _WITHIN_AREA_RE.match(after):
        return True
    prev = _PREV_WORD_RE.search(before)
    return bool(prev and prev.group(1) not in PLAIN_CAPITALISED)


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
    orgs = _organisation_mentions(text, forces)
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


@functools.lru_cache(maxsize=8)
def organisation_names(text: str) -> tuple[str, ...]:
    """The bodies `text` names (`find_organisations`), each once, in the order first named. Cached:
    one segmentation reads a document's whole text for them several times (its owner's council and
    logo name, whether its title is its own organisation's)."""
    return tuple(dict.fromkeys(m.name for m in find_organisations(text)))


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


_REGION_FILLER = frozenset(
    "the in of across forces force police constabulary constabularies policing officers services "
    "service region regions area".split()
)


def resolve_regions(name: str) -> list[str]:
    """The regions a name stands for: a region's or group's name or alias, alone or with words
    such as "the", "forces in", "police" ("Welsh forces", "the Midlands"); [] if none."""
    if name in _REGIONS:
        return list(_REGIONS[name].regions)
    found = find_regions(name)
    rest = (name[: found[0].start] + " " + name[found[0].end :]).lower().split() if found else []
    if len(found) == 1 and all(word in _REGION_FILLER for word in rest):
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
