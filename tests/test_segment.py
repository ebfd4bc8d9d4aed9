"""Segmentation of the default corpus into initiatives: how many, who did them, what they are
called, which theme they belong to, exact non-overlapping spans and stable ids.

Expected values come from reading the documents, not from the current output."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

import pytest

from index.records import Document, Initiative
from index.gazetteer import find_forces
from ingest.lines import clean
from ingest.pipeline import build_initiatives
from ingest.readers import read_document
from ingest.segment import segment, segmentation

COMPENDIUM = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
NPCC = "npcc-good-practice-case-studies.txt"
AVON = "police-now-avon-and-somerset.txt"
IMPACT = "police-now-impact-and-insights-2020-21.txt"
BRIEF = "police-now-west-midlands-crime-and-asb-brief.txt"

EO = "Evolving our Organisation"
WP = "Working with the Public"


def initiative_at(built, documents_by_id, doc_id: str, quote: str) -> Initiative:
    """The one initiative of `doc_id` whose span contains the first occurrence of `quote`."""
    text = documents_by_id[doc_id].text
    at = text.find(quote)
    assert at >= 0, f"quote not in {doc_id}: {quote!r}"
    owners = [i for i in built[doc_id] if i.start <= at and at + len(quote) <= i.end]
    assert len(owners) == 1, f"{quote!r} is inside {len(owners)} initiatives of {doc_id}"
    return owners[0]


# --- counts and coverage ----------------------------------------------------------------------


def test_compendium_has_about_89_initiatives(built):
    # the contents list 8 + 13 + 35 + 4 + 5 + 24 = 89 one-page initiatives
    assert abs(len(built[COMPENDIUM]) - 89) <= 3, len(built[COMPENDIUM])


def test_every_document_has_initiatives(built):
    for doc_id, initiatives in built.items():
        assert initiatives, doc_id


def test_every_initiative_has_a_force_or_organisation(built):
    missing = [
        (i.doc_id, i.start, i.title) for items in built.values() for i in items
        if not (i.forces or i.organisations)
    ]
    assert not missing


# --- who: a spot-check table ----------------------------------------------------------------

# (document, distinctive quote, expected forces (exactly), organisation substrings expected)
WHO = [
    # compendium: BTP pages named only by the logo block (HEDDLU / TRAFNIDIAETH / ...)
    (COMPENDIUM, "'democratising the data,'", ["British Transport Police"], []),
    (COMPENDIUM, "'Thinking of Joining Us' Sessions, Application Workshops",
     ["British Transport Police"], []),
    (COMPENDIUM, "evident during Operation Navette", ["British Transport Police"], []),
    (COMPENDIUM, "engagement with Black communities was a key gap", ["British Transport Police"], []),
    # North Wales pages with the bilingual logo
    (COMPENDIUM, "without losing their rich data set", ["North Wales Police"], []),
    (COMPENDIUM, "26 Inclusive Leadership Workshops", ["North Wales Police"], []),
    (COMPENDIUM, "quarterly meetings within the community based around protected characteristics",
     ["North Wales Police"], []),
    (COMPENDIUM, "Chief Constable Blakeman", ["North Wales Police"], []),
    # headless pages: the force is named only in the first sentence
    (COMPENDIUM, "supporter of the 'Safe to Say' campaign", ["Staffordshire Police"], []),
    (COMPENDIUM, 'changed the name to "People Impact Assessments"', ["West Yorkshire Police"], []),
    (COMPENDIUM, "'Humberside Police Female Development Programme'", ["Humberside Police"], []),
    (COMPENDIUM, "ran the Achieve Programme", ["Kent Police"], []),
    (COMPENDIUM, "'You're Right, That's Wrong.'", ["Leicestershire Police"], []),
    (COMPENDIUM, "meaningful conversations during reflective practice", ["Sussex Police"], []),
    (COMPENDIUM, "introduced a PRAP focused question within all promotion processes",
     ["Sussex Police"], []),
    (COMPENDIUM, "read and fully understand the force's Anti-Racist Statement", ["Sussex Police"], []),
    (COMPENDIUM, "training package titled 'Race Equity and Allyship,'", ["Thames Valley Police"], []),
    (COMPENDIUM, "launched Operation Reassure", ["Thames Valley Police"], []),
    (COMPENDIUM, "examined the promotion processes data sets", ["West Mercia Police"], []),
    (COMPENDIUM, "held the status of Disability Confident Employer (Level 2)", ["West Mercia Police"], []),
    # ...which also mentions West Midlands Police's prayer rooms: still only West Mercia's page
    (COMPENDIUM, "force wide assessment of the force's prayer rooms", ["West Mercia Police"], []),
    (COMPENDIUM, "The 'Say and Stay' initiative", ["West Mercia Police"], []),
    (COMPENDIUM, "West Mercia is a predominately rural force", ["West Mercia Police"], []),
    (COMPENDIUM, "Peter Tatchell sent all Chief Constables", ["Merseyside Police"], []),
    # several forces on one page
    (COMPENDIUM, "launched a long-term non-visible disability campaign",
     ["Bedfordshire Police", "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], []),
    (COMPENDIUM, "Global Majority Mentoring Scheme", ["Surrey Police", "Sussex Police"], []),
    (COMPENDIUM, "launched their 'People Opinion Survey'", ["Norfolk Constabulary", "Suffolk Constabulary"], []),
    (COMPENDIUM, "'Right Education Learning and Development'",
     ["Norfolk Constabulary", "Suffolk Constabulary"], []),
    # pages that mention other forces in passing
    (COMPENDIUM, "'Cultural Awareness Training Package'", ["Cambridgeshire Constabulary"],
     ["Peterborough City Council"]),
    (COMPENDIUM, "'Rise Up,' a comprehensive intersectional", ["Gloucestershire Constabulary"], []),
    (COMPENDIUM, "SMILE stands for Supporting Minorities", ["Lincolnshire Police"], []),
    # the contents list says Cambridgeshire / Hampshire for these pages; the pages say otherwise
    (COMPENDIUM, "Workington custody", ["Cumbria Constabulary"], []),
    (COMPENDIUM, "'Humber Talking' initiative", ["Humberside Police"], []),
    (COMPENDIUM, "HAMPSHIRE & ISLE OF WIGHT", ["Hampshire and Isle of Wight Constabulary"], []),
    (COMPENDIUM, "'Inclusion Matters' continuous professional development",
     ["Hampshire and Isle of Wight Constabulary"], []),
    (COMPENDIUM, "information dashboards in relation to service delivery", ["North Yorkshire Police"], []),
    (COMPENDIUM, "Pastor Vera Icheke, an external volunteer", ["Lincolnshire Police"], []),
    (COMPENDIUM, "Association of Muslim Police (AMP)", ["West Midlands Police"], []),
    (COMPENDIUM, "called 'Through Her Eyes'", ["Metropolitan Police Service"], []),
    (COMPENDIUM, "ETHICARDS app", ["Cambridgeshire Constabulary"], []),
    # NPCC case studies: organisations that are not forces
    (NPCC, "ACRO Criminal Records Office's work has global reach", [], ["ACRO Criminal Records Office"]),
    (NPCC, "1885 young people have been through Pathfinder",
     ["Gloucestershire Constabulary", "Leicestershire Police", "West Mercia Police"], []),
    (NPCC, "in house developed Nexus application", ["Warwickshire Police"], []),
    (NPCC, "challenge sexism and sexual harassment", [],
     ["Northumbria Office of Police and Crime Commissioner"]),
    (NPCC, "Police CPI worked with MOPAC", [],
     ["Police Crime Prevention Initiatives", "Mayor's Office for Policing and Crime"]),
    (NPCC, "Collaborate Digital's innovative and creative public health approach", [],
     ["Collaborate Digital"]),
    (NPCC, "POET) was set up within Essex", ["Essex Police"], []),
    (NPCC, "Op CAPTURE was designed", ["West Yorkshire Police"], []),
    (NPCC, "10Kv Volts staff debriefing session", ["Gwent Police"], []),
    (NPCC, "Operation Sentry is an innovative initiative", [], ["Police and Crime Commissioner"]),
    (NPCC, "Prevention and Vulnerability Hub decided", ["Cambridgeshire Constabulary"],
     ["Police Digital Service"]),
    # Police Now
    (AVON, "developed ‘The Call In’ initiative", ["Avon and Somerset Police"], []),
    (IMPACT, "first force in the UK to deploy officers with Naloxone", ["West Midlands Police"], []),
    (BRIEF, "A 21% reduction in ASB", ["West Midlands Police"], []),
]


@pytest.mark.parametrize(
    "doc_id, quote, forces, organisations", WHO, ids=[f"{d[:12]}:{q[:40]}" for d, q, _, _ in WHO]
)
def test_who(built, documents_by_id, doc_id, quote, forces, organisations):
    initiative = initiative_at(built, documents_by_id, doc_id, quote)
    assert sorted(initiative.forces) == sorted(forces), initiative.title
    for expected in organisations:
        assert any(expected in o for o in initiative.organisations), initiative.organisations


def test_spot_check_table_is_big_enough():
    assert len(WHO) >= 30


def test_thames_valley_and_west_mercia_pages_are_separate_initiatives(built, documents_by_id):
    def owner(q):
        return initiative_at(built, documents_by_id, COMPENDIUM, q).id

    tvp = {owner("'Race Equity and Allyship,'"), owner("launched Operation Reassure")}
    wmp = {owner("examined the promotion processes data sets"), owner("Disability Confident Employer (Level 2)"),
           owner("force's prayer rooms"), owner("The 'Say and Stay' initiative")}
    assert len(tvp) == 2 and len(wmp) == 4


# --- titles -----------------------------------------------------------------------------------

NAMED = [
    ("ETHICARDS app", "ETHICARDS"),
    ("Operation Hyla was established", "Operation Hyla"),
    ("launched Operation Reassure", "Operation Reassure"),
    ("'Step In' sessions for community members", "Step In"),
    ("supporter of the 'Safe to Say' campaign", "Safe to Say"),
    ("Wiltshire Police launched 'We Rise,'", "We Rise"),
    ("'Rise Up,' a comprehensive intersectional", "Rise Up"),
    ("mandatory 'Inclusion Matters' continuous", "Inclusion Matters"),
]


@pytest.mark.parametrize("quote, name", NAMED, ids=[n for _, n in NAMED])
def test_title_is_the_programme_name(built, documents_by_id, quote, name):
    initiative = initiative_at(built, documents_by_id, COMPENDIUM, quote)
    assert name in initiative.title


def test_titles_are_clean_and_short(built):
    bad = []
    for items in built.values():
        for i in items:
            title = i.title
            if (
                not title.strip()
                or any(mark in title for mark in ("**", "<u>", "</u>", "<b>", "</b>", "#"))
                or title.lstrip()[:1] in ("-", "•", "●", "▪", "◦", "*")
                or len(title) > 120
            ):
                bad.append((i.doc_id, i.start, title))
    assert not bad


# --- descriptive titles (no programme name in the text) ------------------------------------------

# (distinctive quote, the title's words): what the page says the force created, set up or did
DESCRIBED = [
    ("a community engagement role was created in Telford", "Community engagement role in Telford"),
    ("developed an Equality, Diversity and Inclusion (EDI) Padlet", "Equality, Diversity and Inclusion (EDI) Padlet"),
    ("to create a Gender Critical Working Group", "Gender Critical Working Group"),
    ("held the status of Disability Confident Employer (Level 2)", "Disability Confident Employer status"),
    ("started facilitating promotion familiarisation sessions", "Promotion familiarisation sessions"),
    ("working in collaboration with Reeding Our Communities (ROC)",
     "Collaboration with Reeding Our Communities (ROC)"),
    ("fully understand the force's Anti-Racist Statement", "Anti-Racist Statement"),
]


@pytest.mark.parametrize("quote, title", DESCRIBED, ids=[t for _, t in DESCRIBED])
def test_descriptive_title_names_what_was_done(built, documents_by_id, quote, title):
    assert initiative_at(built, documents_by_id, COMPENDIUM, quote).title == title


# (body text, expected title): each rule on a small made-up text
SYNTHETIC_TITLES = [
    pytest.param(  # passive creation, keeping the place; the background sentence is skipped
        "Dorset is a largely rural force with a small urban centre in Weymouth. To address this, a youth "
        "engagement post was created in Weymouth to build trust with young people.",
        "Youth engagement post in Weymouth", id="passive-created-in-place"),
    pytest.param(  # force possessive and a comma inside the name; cut at ', which'
        "Dorset Police's People Team developed a Health, Safety and Wellbeing (HSW) Portal, which staff use daily.",
        "Health, Safety and Wellbeing (HSW) Portal", id="active-created-name-with-commas"),
    pytest.param(  # leading time clause; 'started <doing>' takes what was done
        "In 2021, Kent Police started running weekly drop-in clinics for staff, both online and in person.",
        "Weekly drop-in clinics for staff", id="time-clause-started-doing"),
    pytest.param(  # leading purpose clause; 'to create'
        "To ensure that every voice was heard, the force engaged with employees to create a Menopause Working "
        "Group. It meets monthly.",
        "Menopause Working Group", id="purpose-clause-to-create"),
    pytest.param(  # a time after the object is not part of the title
        "The force launched a victim care pilot in 2023. Victims were called within a day.",
        "Victim care pilot", id="trailing-time-dropped"),
    pytest.param(  # intentions are not things made: the next sentence's panel is
        "Kent Police hopes to launch a cadet scheme soon. Officers created a youth advisory panel in Dover.",
        "Youth advisory panel in Dover", id="hopes-to-launch-skipped"),
    pytest.param(  # 'a number of' is not the thing
        "Following the review, Essex Police developed a number of toolkits for supervisors.",
        "Toolkits for supervisors", id="quantity-dropped"),
    pytest.param(  # the force worked with a partner: the partnership, not the apposition
        "Since 2020, Essex Police have been working in collaboration with Safer Streets Essex (SSE), a local "
        "charity that supports victims.",
        "Collaboration with Safer Streets Essex (SSE)", id="collaboration-with"),
    pytest.param(  # ... unless the purpose names the thing worked on
        "Cleveland Police worked with the College of Policing and local charities to redesign their stop "
        "and search training.",
        "Stop and search training", id="worked-with-to-purpose"),
    pytest.param(  # 'the status of <Name>' -> '<Name> status', the level dropped
        "In 2022, Dorset Police held the status of Menopause Friendly Employer (Level 1), and aimed higher.",
        "Menopause Friendly Employer status", id="status-of-name"),
    pytest.param(  # the subject when the force is only its owner
        "Kent Police's custody data was not published or analysed. Officers could not see trends.",
        "Custody data", id="possessive-subject"),
    pytest.param(  # a stated ambition: what the force wants to have
        "A key ambition for Surrey Police is to have more visible and trusted neighbourhood teams.",
        "More visible and trusted neighbourhood teams", id="ambition"),
    pytest.param(  # an organisation's mission
        "Police Now's mission is to transform communities by recruiting diverse leaders in policing.",
        "Police Now's mission to transform communities", id="mission"),
    pytest.param(  # a long phrase is cut at a word boundary before a conjunction, with no ellipsis
        "The force developed a comprehensive multi-agency domestic abuse perpetrator intervention and "
        "behaviour change programme for high-harm repeat offenders.",
        "Comprehensive multi-agency domestic abuse perpetrator intervention", id="long-cut-at-and"),
]


@pytest.mark.parametrize("body, title", SYNTHETIC_TITLES)
def test_descriptive_title_rules(body, title):
    from ingest.titles import _descriptive_title

    assert _descriptive_title(body) == title


def test_last_resort_title_is_a_capitalised_sentence_start():
    from ingest.titles import TITLE_MAX, _descriptive_title

    title = _descriptive_title(
        "Since 2019, the force recognises that every contact between the public and the police is a chance "
        "to build trust and confidence in local neighbourhoods."
    )
    assert title.startswith("The force recognises that every contact")
    assert len(title) <= TITLE_MAX and not title.endswith(("…", " the", " and", ","))


def test_untitled_section_gets_a_descriptive_title():
    text = (
        "Dorset is a largely rural force with a small urban centre in Weymouth, and confidence among young "
        "people there was low.\n\nTo address this, a youth engagement post was created in Weymouth to build "
        "trust with young people. The post holder visits schools and youth clubs every week.\n\n"
        "Confidence among young people rose by 12% within a year.\n"
    )
    document = Document("dorset.txt", "", text, hashlib.sha256(text.encode()).hexdigest())
    [initiative] = segment(document)
    assert initiative.title == "Youth engagement post in Weymouth"
    assert initiative.forces == ["Dorset Police"]


_AUXILIARY_START = re.compile(
    r"^(?:is|are|was|were|has|have|had|be|been|will|would|can|could|do|does|did|"
    r"recognises|recognizes|examined|asks?|carry|carries)\b", re.IGNORECASE)
_TIME_OR_PURPOSE_START = re.compile(
    r"^(?:since|in \d{4}|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|during|following|after|before|to ensure|to address|to overcome|in order to|"
    r"as part of|as a result)\b", re.IGNORECASE)


def test_corpus_descriptive_titles_are_short_noun_phrases(corpus_documents, monkeypatch):
    import ingest.segment as segment_module
    import ingest.titles as titles_module

    made: list[str] = []
    describe = titles_module._descriptive_title

    def recording(body: str) -> str:
        made.append(describe(body))
        return made[-1]

    monkeypatch.setattr(titles_module, "_descriptive_title", recording)
    titles = {i.title for d in corpus_documents for i in segment_module.segment(d)}
    assert len(made) >= 10, made  # the corpus has pages with no programme name
    assert set(made) <= titles
    bad = [
        t for t in made
        if not t
        or not t[:1].isupper()
        or _AUXILIARY_START.match(t)
        or _TIME_OR_PURPOSE_START.match(t)
        or len(t) > titles_module.TITLE_MAX
        or len(t.split()) > 10
        or t.endswith(("…", ",", " and", " of", " the", " to", " in"))
        or any(m.start == 0 for m in find_forces(t))  # "West Mercia Police held ..."
    ]
    assert not bad, bad


# --- themes -----------------------------------------------------------------------------------

THEMES = [
    (COMPENDIUM, "ran the Achieve Programme", f"{EO} > Workforce Culture"),
    (COMPENDIUM, "information dashboards in relation to service delivery", f"{WP} > Data and Information"),
    (COMPENDIUM, "'democratising the data,'", f"{EO} > Data and Information"),
    (COMPENDIUM, 'changed the name to "People Impact Assessments"', f"{EO} > Data and Information"),
    pytest.param(
        COMPENDIUM, "evident during Operation Navette", f"{EO} > Building Capability",
        id="btp-navette-building-capability",  # the section heading sits between logo and text
    ),
    (COMPENDIUM, "Wiltshire Police launched 'We Rise,'", f"{EO} > Building Capability"),
    (COMPENDIUM, "launched a long-term non-visible disability campaign", f"{EO} > Workforce Culture"),
    (COMPENDIUM, "West Midlands Police is introducing inclusive facilities", f"{EO} > Workforce Culture"),
    (COMPENDIUM, "developed and implemented a Microsoft PowerApp", f"{WP} > Data and Information"),
    (COMPENDIUM, "Workington custody", f"{WP} > Building Capability"),
    (COMPENDIUM, "'Step In' sessions for community members", f"{WP} > Building Capability"),
    (COMPENDIUM, "trained 20 'Race Influencers'", f"{WP} > Working with Communities"),
    (COMPENDIUM, "Wiltshire Ethnic Police Association (WEPA)", f"{WP} > Working with Communities"),
    (NPCC, "1885 young people have been through Pathfinder", "Roads policing"),
    (NPCC, "challenge sexism and sexual harassment", "Violence against women and girls"),
    (NPCC, "ACRO Criminal Records Office's work has global reach", "Criminal records and foreign criminality"),
    (NPCC, "in house developed Nexus application", "Digital, data and technology"),
    (NPCC, "10Kv Volts staff debriefing session", "Police culture"),
    (NPCC, "Collaborate Digital's innovative and creative public health approach", "Young people"),
    (NPCC, "Essex Police have worked in collaboration with their local health trust", "Police wellbeing"),
]


@pytest.mark.parametrize("doc_id, quote, theme", THEMES)
def test_theme(built, documents_by_id, doc_id, quote, theme):
    assert initiative_at(built, documents_by_id, doc_id, quote).theme == theme


def _contents_sections(text: str) -> list[str]:
    """The compendium's contents: one 'Part > Section' per listed page, in order."""
    themes, current = [], ""
    for line in text[: text.index("# Introduction")].splitlines():
        if "\t" not in line:
            continue
        name = clean(line.split("\t")[0])
        if line.startswith("<b>"):
            current = " > ".join(s.strip() for s in name.split(":", 1)) if ":" in name else ""
        elif current:
            themes.append(current)
    return themes


def test_compendium_themes_are_contents_sections(built, documents_by_id):
    sections = set(_contents_sections(documents_by_id[COMPENDIUM].text))
    assert len(sections) == 6
    assert {i.theme for i in built[COMPENDIUM]} <= sections


def test_compendium_pages_per_theme_match_the_contents(built, documents_by_id):
    from collections import Counter

    listed = Counter(_contents_sections(documents_by_id[COMPENDIUM].text))
    assert sum(listed.values()) == 89
    assert Counter(i.theme for i in built[COMPENDIUM]) == listed


# --- spans and ids ----------------------------------------------------------------------------


def test_initiatives_are_in_order_and_never_overlap(built, documents_by_id):
    for doc_id, items in built.items():
        text = documents_by_id[doc_id].text
        for a, b in zip(items, items[1:]):
            assert a.end <= b.start, (doc_id, a.title, b.title)
        for i in items:
            assert 0 <= i.start < i.end <= len(text)
            assert text[i.start:i.end] == text[i.start:i.end].strip(), "spans are trimmed"


def test_ids_are_unique_and_stable(corpus_documents, built):
    ids = [i.id for items in built.values() for i in items]
    assert len(ids) == len(set(ids))
    again = {d.doc_id: [i.id for i in build_initiatives(d)] for d in corpus_documents}
    assert again == {doc_id: [i.id for i in items] for doc_id, items in built.items()}


def _edited(document: Document, old: str, new: str) -> Document:
    assert document.text.count(old) == 1, old
    text = document.text.replace(old, new)
    return replace(document, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


@pytest.mark.parametrize("doc_id, old, new", [
    # longer: every later span moves
    (COMPENDIUM, "ethical dilemmas faced by their staff", "ethical dilemmas faced by their officers and staff"),
    # shorter, near the end of a case study
    (NPCC, "over 500 users logged in", "over 600 users logged in"),
    (AVON, "with her colleague", "with a colleague"),
])
def test_editing_one_initiative_changes_only_its_id(documents_by_id, built, doc_id, old, new):
    before = built[doc_id]
    after = build_initiatives(_edited(documents_by_id[doc_id], old, new))
    assert len(after) == len(before)
    at = documents_by_id[doc_id].text.index(old)
    changed = [n for n, (a, b) in enumerate(zip(before, after)) if a.id != b.id]
    owner = next(n for n, i in enumerate(before) if i.start <= at < i.end)
    assert changed == [owner]
    for n, (a, b) in enumerate(zip(before, after)):
        if n != owner:
            assert [p.id for p in a.passages] == [p.id for p in b.passages]


# --- a generic markdown document ----------------------------------------------------------------

GENERIC_MD = """# Neighbourhood Policing Review

## Kent Police: Operation Beacon

Kent Police launched Operation Beacon in 2022 to reduce repeat burglary in rural villages. Officers visited every victim within 48 hours and fitted free door alarms.

Repeat burglary fell by 31% in the first year of the operation.

## Cleveland Police call handler training

Cleveland Police trained two hundred call handlers in trauma-informed practice during 2023. The course ran over three days and included lived experience speakers.

Call handlers reported greater confidence when taking calls from vulnerable victims.

## Merseyside Police youth diversion

Merseyside Police worked with local youth clubs to divert young people away from knife crime. The scheme offered mentoring and sport sessions every week.

More than 400 young people took part in the scheme during its first year.
"""

GENERIC_SECTIONS = [
    ("## Kent Police: Operation Beacon", "Kent Police", "Repeat burglary fell by 31%"),
    ("## Cleveland Police call handler training", "Cleveland Police", "Call handlers reported greater confidence"),
    ("## Merseyside Police youth diversion", "Merseyside Police", "More than 400 young people"),
]


def _generic_document() -> Document:
    return Document("review.md", "", GENERIC_MD, hashlib.sha256(GENERIC_MD.encode()).hexdigest())


def test_markdown_document_gives_one_initiative_per_heading_section():
    document = _generic_document()
    initiatives = build_initiatives(document)
    assert len(initiatives) == len(GENERIC_SECTIONS)
    for initiative, (heading, force, last) in zip(initiatives, GENERIC_SECTIONS):
        span = GENERIC_MD[initiative.start:initiative.end]
        assert heading in span and last in span
        assert initiative.forces == [force]
        others = [h for h, _, _ in GENERIC_SECTIONS if h != heading]
        assert not any(h in span for h in others)
    assert [s.title for s in segment(document)][1:] == [
        "Cleveland Police call handler training", "Merseyside Police youth diversion"
    ]


def test_markdown_first_section_is_titled_by_its_own_heading():
    first = segment(_generic_document())[0]
    assert "Operation Beacon" in first.title, first.title



NOT_PART = """\
# What you will see in Northtown

## Operation Carousel

Since September 2024 Lancashire Constabulary's neighbourhood team and the council's licensing team have made joint visits to privately rented homes. They have inspected 412 properties.

## Navigators in the emergency department

Since March 2023 youth workers from the charity Northtown Youth Link have supported young people in the emergency department after an assault. The police are not part of the service: the navigators share information with the force only where they must for safeguarding.
"""


def test_a_sentence_saying_the_police_take_no_part_credits_no_force(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(NOT_PART, encoding="utf-8")
    found = segmentation(read_document(path, path.name)).initiatives
    navigators = [i for i in found if "Navigators" in i.title]
    assert len(navigators) == 1 and navigators[0].forces == []
    # without the denial, 'the force' is the one force the document names
    path.write_text(NOT_PART.replace("The police are not part of the service: the", "The"), encoding="utf-8")
    found = segmentation(read_document(path, path.name)).initiatives
    assert [i.forces for i in found if "Navigators" in i.title] == [["Lancashire Constabulary"]]


SAYS_NO_WORK = """\
# Northtown in 2025

## Walking the alleyways

Since May 2024 Cumbria Constabulary's neighbourhood team and residents have walked every alleyway on the estate, and the council has replaced 31 lights.

## The town

Northtown is a market town of 40,000 people beside the river, with twelve primary schools and a hospital.

## Shop radios

In 2023 the business partnership set up a radio link between 40 shops and the town's CCTV room.
"""


def test_sections_joined_away_as_telling_no_work_are_listed_with_their_reason(tmp_path):
    path = tmp_path / "town.md"
    path.write_text(SAYS_NO_WORK, encoding="utf-8")
    result = segmentation(read_document(path, path.name))
    assert not any(i.start <= SAYS_NO_WORK.index("Northtown is a") < i.end for i in result.initiatives)
    reasons = {heading: why for _, _, heading, why in result.left_out}
    assert "tells of no work" in reasons["The town"]
    assert len(result.initiatives) == 2
