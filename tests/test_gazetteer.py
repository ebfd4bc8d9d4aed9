"""Tests for index.gazetteer: aliases, canonical names, joint names, spans, ambiguous places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index import gazetteer
from index.gazetteer import (
    ALL_FORCES,
    Mention,
    canonical_force,
    find_forces,
    find_organisations,
    resolve_forces,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))

BTP_LOGO = "HEDDLU  \nTRAFNIDIAETH  \nPRYDEINIG  \nBRITISH  \nTRANSPORT  \nPOLICE"
NORTH_WALES_LOGO = "HEDDLU  \nGOGLEDD CYMRU  \nNORTH WALES  \nPOLICE"
HAMPSHIRE_LOGO = "HAMPSHIRE & ISLE OF WIGHT  \n**CONSTABULARY"
HIOW = "Hampshire and Isle of Wight Constabulary"


def names(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions]


def spans(text: str, mentions: list[Mention]) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


# ---------------------------------------------------------------------------- the force list


def test_all_forces_sorted_unique_and_complete():
    assert list(ALL_FORCES) == sorted(set(ALL_FORCES))
    assert len(ALL_FORCES) == 43 + 8  # territorial England and Wales + the rest
    for force in (
        "Avon and Somerset Police", "Dyfed-Powys Police",
        "Hampshire and Isle of Wight Constabulary",
        "Metropolitan Police Service", "Police Scotland", "Police Service of Northern Ireland",
        "British Transport Police", "Civil Nuclear Constabulary", "Ministry of Defence Police",
        "States of Jersey Police", "Guernsey Police", "Isle of Man Constabulary",
        "Lincolnshire Police", "Lancashire Constabulary", "Wiltshire Police",
    ):
        assert force in ALL_FORCES


@pytest.mark.parametrize("force", ALL_FORCES)
def test_canonical_name_is_its_own_alias(force):
    assert canonical_force(force) == force
    assert canonical_force(force.upper()) == force


# ---------------------------------------------------------------------------- canonical_force


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("BTP", "British Transport Police"),
        ("the Met", "Metropolitan Police Service"),
        ("The Met", "Metropolitan Police Service"),
        ("Met Police", "Metropolitan Police Service"),
        ("the Met Police", "Metropolitan Police Service"),
        ("MPS", "Metropolitan Police Service"),
        ("Metropolitan Police", "Metropolitan Police Service"),
        ("Heddlu Gwent", "Gwent Police"),
        ("Heddlu Gwent Police", "Gwent Police"),
        ("Heddlu Dyfed-Powys", "Dyfed-Powys Police"),
        ("Heddlu De Cymru", "South Wales Police"),
        ("Heddlu Gogledd Cymru", "North Wales Police"),
        ("Heddlu Trafnidiaeth Prydeinig", "British Transport Police"),
        ("Avon & Somerset", "Avon and Somerset Police"),
        ("Avon and Somerset Constabulary", "Avon and Somerset Police"),
        ("Avon & Somerset Police", "Avon and Somerset Police"),
        ("Hampshire & Isle of Wight Constabulary", "Hampshire and Isle of Wight Constabulary"),
        ("Hampshire & Isle of Wight", "Hampshire and Isle of Wight Constabulary"),
        ("Hampshire and the Isle of Wight Constabulary", HIOW),
        ("Lincolnshire Constabulary", "Lincolnshire Police"),
        ("Cambridgeshire Police", "Cambridgeshire Constabulary"),
        ("West Midland Police", "West Midlands Police"),
        ("Lancashire", "Lancashire Constabulary"),
        ("Kent", "Kent Police"),
        ("Staffordshire", "Staffordshire Police"),
        ("North Wales", "North Wales Police"),
        ("West Mercia", "West Mercia Police"),
        ("Northumbria", "Northumbria Police"),
        ("Devon and Cornwall", "Devon and Cornwall Police"),
        ("Thames Valley", "Thames Valley Police"),
        ("Greater Manchester", "Greater Manchester Police"),
        ("Dyfed Powys", "Dyfed-Powys Police"),
        ("Dyfed–Powys Police", "Dyfed-Powys Police"),
        ("GMP", "Greater Manchester Police"),
        ("WMP", "West Midlands Police"),
        ("WYP", "West Yorkshire Police"),
        ("PSNI", "Police Service of Northern Ireland"),
        ("TVP", "Thames Valley Police"),
        ("CoLP", "City of London Police"),
        ("SWP", "South Wales Police"),
        ("NYP", "North Yorkshire Police"),
        ("Police Service of Scotland", "Police Scotland"),
        ("MoD Police", "Ministry of Defence Police"),
        ("Jersey Police", "States of Jersey Police"),
        ("  Essex   Police ", "Essex Police"),
        ("Lancashire Constabulary's", "Lancashire Constabulary"),
        ("the Metropolitan Police Service", "Metropolitan Police Service"),
        ("KENT POLICE", "Kent Police"),
    ],
)
def test_canonical_force(alias, canonical):
    assert canonical in ALL_FORCES
    assert canonical_force(alias) == canonical


@pytest.mark.parametrize(
    "name",
    [
        "", "Met", "Yorkshire", "New York", "Isle of Wight", "Derby", "London", "Wales",
        "Durham University", "University of South Wales", "College of Policing", "Police Now",
        "Norfolk and Suffolk Constabularies", "bTp", "Kent Police and Crime Commissioner",
    ],
)
def test_canonical_force_unknown_or_not_one_force(name):
    assert canonical_force(name) is None


@pytest.mark.parametrize("alias", gazetteer._FORCE_ALIASES, ids=lambda a: a.text)
def test_every_alias_resolves_to_its_force(alias):
    assert canonical_force(alias.text) == alias.canonical


# ---------------------------------------------------------------------------- resolve_forces


@pytest.mark.parametrize(
    ("name", "forces"),
    [
        ("Norfolk and Suffolk Constabularies", ["Norfolk Constabulary", "Suffolk Constabulary"]),
        ("Surrey Police and Sussex Police", ["Surrey Police", "Sussex Police"]),
        ("Surrey and Sussex Police", ["Surrey Police", "Sussex Police"]),
        (
            "Bedfordshire Police, Hertfordshire Constabulary and Cambridgeshire Constabulary",
            ["Bedfordshire Police", "Hertfordshire Constabulary", "Cambridgeshire Constabulary"],
        ),
        (
            "Bedfordshire, Hertfordshire and Cambridgeshire",
            ["Bedfordshire Police", "Hertfordshire Constabulary", "Cambridgeshire Constabulary"],
        ),
        ("Hampshire & Isle of Wight Constabulary", ["Hampshire and Isle of Wight Constabulary"]),
        ("Devon and Cornwall Police", ["Devon and Cornwall Police"]),
        ("Avon and Somerset Police", ["Avon and Somerset Police"]),
        ("BTP", ["British Transport Police"]),
        ("Kent Police and Kent", ["Kent Police"]),
        ("College of Policing", []),
        ("", []),
    ],
)
def test_resolve_forces(name, forces):
    assert resolve_forces(name) == forces


# ---------------------------------------------------------------------------- find_forces


@pytest.mark.parametrize(
    ("logo", "force"),
    [
        (BTP_LOGO, "British Transport Police"),
        (NORTH_WALES_LOGO, "North Wales Police"),
        (HAMPSHIRE_LOGO, "Hampshire and Isle of Wight Constabulary"),
    ],
)
def test_logo_blocks_are_one_exact_mention(logo, force):
    text = f"Intro paragraph.\n\n\n**{logo}**\n\nThe force did things."
    found = find_forces(text)
    assert names(found) == [force]
    assert spans(text, found) == [logo]
    assert found[0].start == text.index(logo)
    assert found[0].kind == "force"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In collaboration with Durham University's Policing Research Unit, the force", []),
        ("The force partnered with the University of South Wales and the Hydra Foundation.", []),
        ("Kent County Council and Kent Fire and Rescue Service", []),
        ("the Office of the Police and Crime Commissioner for Surrey", []),
        ("Leeds Teaching Hospitals NHS Trust", []),
        ("the Warwickshire Youth Justice Service", []),
        ("Northumbria Office of Police and Crime Commissioner Audience: Open to anyone", []),
        ("Hampshire & Isle of Wight Police and Crime Commissioner Audience: victims", []),
        ("Matthew Scott, Police and Crime Commissioner for Kent", []),
        ("Kent Police and Crime Commissioner", []),
        ("Staffordshire Police, Fire and Crime Commissioner", []),
        ("Residents of the Isle of Wight were consulted.", []),
        ("living, working or studying in the Tyne and Wear and Northumberland.", []),
        ("Yorkshire and the Humber", []),
        ("a visit to New York", []),
        ("New South Wales Police Force", []),
        ("New Hampshire", []),
        ("the Met Office forecast rain", []),
        ("we met the team", []),
        ("MPs debated it", []),
        ("Derby City Youth Justice Service (YJS)", []),
        ("an event in Abbey Ward, Derby", []),
        ("Wiltshire Council", []),
        ("Derbyshire Fire and Rescue", []),
        ("Lancashire County Council and Essex University", []),
        ("the West Midlands Combined Authority", []),
        ("partners including Genius Within, Thrivier, Autism Hampshire, and others", []),
        ("Clark Kent", []),
        ("Cleveland Clinic", []),
        ("the Socialist Workers Party (SWP Party)", []),
        ("Police Now and the College of Policing", []),
        (
            "**Bedfordshire, Hertfordshire and Cambridgeshire launched a long-term scheme",
            [
                ("Bedfordshire Police", "Bedfordshire"),
                ("Hertfordshire Constabulary", "Hertfordshire"),
                ("Cambridgeshire Constabulary", "Cambridgeshire"),
            ],
        ),
        ("Heddlu Gwent Police Audience: officers", [("Gwent Police", "Heddlu Gwent Police")]),
        (
            "Surrey and Sussex Police launched the network",
            [("Surrey Police", "Surrey"), ("Sussex Police", "Sussex Police")],
        ),
        (
            "Norfolk and Suffolk Constabularies introduced",
            [("Norfolk Constabulary", "Norfolk"), ("Suffolk Constabulary", "Suffolk")],
        ),
        ("As a result, Lancashire's rate rose", [("Lancashire Constabulary", "Lancashire")]),
        ("The Met have consulted Londoners", [("Metropolitan Police Service", "The Met")]),
        ("within the MPS. It will", [("Metropolitan Police Service", "MPS")]),
        ("officers from BTP and GMP", [
            ("British Transport Police", "BTP"), ("Greater Manchester Police", "GMP"),
        ]),
        ("drug-related issues in the West Midlands.", [("West Midlands Police", "West Midlands")]),
        ("assigned to Avon & Somerset Police, she", [
            ("Avon and Somerset Police", "Avon & Somerset Police"),
        ]),
        ("Hampshire and the Isle of Wight Constabulary recognised", [
            (HIOW, "Hampshire and the Isle of Wight Constabulary"),
        ]),
        ("ensuring that Lincolnshire Constabulary and Lincolnshire Police", [
            ("Lincolnshire Police", "Lincolnshire Constabulary"),
            ("Lincolnshire Police", "Lincolnshire Police"),
        ]),
        ("West Midland Police took great care", [("West Midlands Police", "West Midland Police")]),
        ("Dyfed Powys Police and Heddlu Dyfed-Powys", [
            ("Dyfed-Powys Police", "Dyfed Powys Police"),
            ("Dyfed-Powys Police", "Heddlu Dyfed-Powys"),
        ]),
        ("West Midlands Police and the Crime Commissioner proposed", [
            ("West Midlands Police", "West Midlands Police"),
        ]),
        ("KENT POLICE", [("Kent Police", "KENT POLICE")]),
        ("Police Scotland and the PSNI", [
            ("Police Scotland", "Police Scotland"), ("Police Service of Northern Ireland", "PSNI"),
        ]),
    ],
)
def test_find_forces(text, expected):
    found = find_forces(text)
    assert [(m.name, text[m.start : m.end]) for m in found] == expected
    assert all(m.kind == "force" for m in found)


def test_find_forces_empty_text():
    assert find_forces("") == []
    assert find_organisations("") == []


def test_mention_is_frozen():
    m = find_forces("Kent Police")[0]
    assert m == Mention("Kent Police", "force", 0, 11)
    with pytest.raises(AttributeError):
        m.name = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------------- find_organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as part of NPCC efficiency reforms", [("National Police Chiefs' Council", "NPCC")]),
        ("took part in a National Police Chiefs Council (NPCC) pilot", [
            ("National Police Chiefs' Council", "National Police Chiefs Council"),
            ("National Police Chiefs' Council", "NPCC"),
        ]),
        ("ACRO's core delivery function", [("ACRO Criminal Records Office", "ACRO")]),
        ("ACRO Criminal Records Office", [("ACRO Criminal Records Office",) * 2]),
        ("Police CPI worked with MOPAC on a local response", [
            ("Police Crime Prevention Initiatives", "Police CPI"),
            ("Mayor's Office for Policing and Crime", "MOPAC"),
        ]),
        ("Police Now officers", [("Police Now", "Police Now")]),
        ("Durham University's Policing Research Unit", [("Durham University",) * 2]),
        ("David Whetham, from Kings College London", [("Kings College London",) * 2]),
        ("The Open University course", [("Open University", "Open University")]),
        ("A Harvard University study", [("Harvard University", "Harvard University")]),
        ("evaluated by The University of Essex and University of Sterling.", [
            ("University of Essex", "University of Essex"),
            ("University of Sterling", "University of Sterling"),
        ]),
        ("the University of South Wales and the Hydra Foundation", [
            ("University of South Wales", "University of South Wales"),
            ("Hydra Foundation", "Hydra Foundation"),
        ]),
        ("Collaborate Digital Ltd", [("Collaborate Digital Ltd", "Collaborate Digital Ltd")]),
        ("West Mercia Police and the Under 17 Car Club Charitable Trust", [
            ("Under 17 Car Club Charitable Trust", "Under 17 Car Club Charitable Trust"),
        ]),
        ("Annie Bartlett, Public Health Specialist, Wiltshire Council", [
            ("Wiltshire Council", "Wiltshire Council"),
        ]),
        ("Northumbria Office of Police and Crime Commissioner Audience", [(
            "Northumbria Office of Police and Crime Commissioner",
            "Northumbria Office of Police and Crime Commissioner",
        )]),
        ("Hampshire & Isle of Wight Police and Crime Commissioner Audience", [(
            "Hampshire and Isle of Wight Police and Crime Commissioner",
            "Hampshire & Isle of Wight Police and Crime Commissioner",
        )]),
        ("Matthew Scott, Police and Crime Commissioner for Kent", [(
            "Police and Crime Commissioner for Kent", "Police and Crime Commissioner for Kent",
        )]),
        ("worked with Endometriosis UK to achieve", [("Endometriosis UK", "Endometriosis UK")]),
        ("the Home Office and HMICFRS and the IOPC", [
            ("Home Office", "Home Office"), ("HMICFRS", "HMICFRS"),
            ("Independent Office for Police Conduct", "IOPC"),
        ]),
        # local bodies by the shape of their names
        ("the Office of the Police and Crime Commissioner for Surrey", [(
            "Office of the Police and Crime Commissioner for Surrey",
            "Office of the Police and Crime Commissioner for Surrey",
        )]),
        ("Avon and Somerset Police and Crime Commissioner Mark Shelford", [(
            "Avon and Somerset Police and Crime Commissioner",
            "Avon and Somerset Police and Crime Commissioner",
        )]),
        ("the OPCC for Cumbria", [("OPCC for Cumbria", "OPCC for Cumbria")]),
        ("Leeds Beckett University and the University of Central Lancashire", [
            ("Leeds Beckett University", "Leeds Beckett University"),
            ("University of Central Lancashire", "University of Central Lancashire"),
        ]),
        ("funded by The Prince's Trust and Street Doctors CIC", [
            ("Prince's Trust", "Prince's Trust"), ("Street Doctors CIC", "Street Doctors CIC"),
        ]),
        ("Working With The Hydra Foundation", [("Hydra Foundation", "Hydra Foundation")]),
        ("with Mind UK and the British Dyslexia Association", [
            ("Mind UK", "Mind UK"),
            ("British Dyslexia Association", "British Dyslexia Association"),
        ]),
        ("Birmingham City Council and Kent County Council", [
            ("Birmingham City Council", "Birmingham City Council"),
            ("Kent County Council", "Kent County Council"),
        ]),
        ("NHS England and Leeds Teaching Hospitals NHS Trust", [
            ("NHS England", "NHS England"),
            ("Leeds Teaching Hospitals NHS Trust", "Leeds Teaching Hospitals NHS Trust"),
        ]),
        ("Aneurin Bevan University Health Board", [
            ("Aneurin Bevan University Health Board", "Aneurin Bevan University Health Board"),
        ]),
        ("the Warwickshire Youth Justice Service", [
            ("Warwickshire Youth Justice Service", "Warwickshire Youth Justice Service"),
        ]),
        ("the West Midlands Violence Reduction Partnership", [
            ("West Midlands Violence Reduction Partnership",) * 2,
        ]),
        ("officers worked with the youth charity Streetwise and the Hanover Boxing Club", [
            ("Streetwise", "Streetwise"), ("Hanover Boxing Club", "Hanover Boxing Club"),
        ]),
        ("referrals to Safe Space (SSL), a domestic abuse charity based in Luton", [
            ("Safe Space", "Safe Space"),
        ]),
        ("A Fresh Start, a Hull-based social enterprise, ran the course", [
            ("A Fresh Start", "A Fresh Start"),
        ]),
        ("Pennine Pride Aid, our county's LGBT+ charity, runs the tent", [  # (the publisher's own words)
            ("Pennine Pride Aid", "Pennine Pride Aid"),
        ]),
        ("a talk by Jo Marsh, our local charity champion", []),  # a charity word qualifying a person's role
        ("funded through the Ealing Domestic Abuse Service and Wirral Women's Aid", [
            ("Ealing Domestic Abuse Service", "Ealing Domestic Abuse Service"),
            ("Wirral Women's Aid", "Wirral Women's Aid"),
        ]),
        ("a project run with Youth Scotland and Barnardo's Cymru", [
            ("Youth Scotland", "Youth Scotland"), ("Barnardo's Cymru", "Barnardo's Cymru"),
        ]),
        ("the Hindu Council of Britain and Rotherham Metropolitan Borough Council", [
            ("Hindu Council of Britain", "Hindu Council of Britain"),
            ("Rotherham Metropolitan Borough Council", "Rotherham Metropolitan Borough Council"),
        ]),
        ("staff from Leeds Rugby\nFoundation joined the patrol", [
            ("Leeds Rugby Foundation", "Leeds Rugby\nFoundation"),
        ]),
        ("NHS Lothian and NHS Greater Glasgow and Clyde", [
            ("NHS Lothian", "NHS Lothian"),
            ("NHS Greater Glasgow and Clyde", "NHS Greater Glasgow and Clyde"),
        ]),
        ("a letter from Unison Cheshire Police Branch to members", [  # a union's branch: not the force
            ("Unison Cheshire Police Branch", "Unison Cheshire Police Branch"),
        ]),
        ("farms insured with Shire Mutual, the rural insurer", [  # insurers and building societies
            ("Shire Mutual", "Shire Mutual"),
        ]),
        ("the Cumbria Commissioner's Office", [
            ("Cumbria Commissioner's Office", "Cumbria Commissioner's Office"),
        ]),
        # national bodies from the data file
        ("guidance from the College of Policing, NPCC and HMICFRS", [
            ("College of Policing", "College of Policing"),
            ("National Police Chiefs' Council", "NPCC"), ("HMICFRS", "HMICFRS"),
        ]),
        # airports, volunteer rescue teams and prisons, by the shape of their names
        ("Fylde Coast Airport Community Safety Report", [("Fylde Coast Airport",) * 2]),
        ("2024 in review – Loweswater & Lorton Fell Rescue Team",
         [("Loweswater & Lorton Fell Rescue Team",) * 2]),
        ("HMP Fenbury's security department", [("HMP Fenbury",) * 2]),
        ("Independent Monitoring Board HMP Long Lartin Annual Report", [("HMP Long Lartin",) * 2]),
        # a local Healthwatch, its logo in small letters too
        ("healthwatch Southend", [("healthwatch Southend",) * 2]),
        ("Healthwatch Bath and North East Somerset visited", [("Healthwatch Bath and North East Somerset",) * 2]),
        # not organisations
        ("Kent Police and Essex Police", []),
        ("the watch on the health of the river", []),
        ("the airport and the prison", []),
        ("Trust remains a key element", []),
        ("building community trust and a strong foundation", []),
        ("a mutual aid request", []),
        ("KNIFE CRIME ACROSS THE UK", []),
        ("Fraud accounts for 40% of all recorded UK crime", []),
        ("Police Scotland and New Scotland Yard", []),
        ("Heddlu Gogledd Cymru", []),
        ("money raised at charity events for the charity sector", []),
        ("Kent Police, a force with a proud history, is not a charity", []),
    ],
)
def test_find_organisations(text, expected):
    found = find_organisations(text)
    assert [(m.name, text[m.start : m.end]) for m in found] == expected
    assert all(m.kind == "organisation" for m in found)


# ---------------------------------------------------------------------------- the real corpus


@pytest.fixture(scope="module", params=CORPUS_FILES, ids=lambda p: p.name)
def document(request) -> str:
    return request.param.read_text(encoding="utf-8")


def test_corpus_present():
    assert len(CORPUS_FILES) >= 5


def test_corpus_force_mentions_exact_and_canonical(document):
    found = find_forces(document)
    assert found
    last_end = 0
    for m in found:
        assert m.kind == "force"
        assert m.name in ALL_FORCES
        assert 0 <= last_end <= m.start < m.end <= len(document)
        written = document[m.start : m.end]
        assert written == written.strip() and written[0].isalnum() and written[-1].isalnum()
        # the slice alone resolves to the same force
        assert canonical_force(written) == m.name, written
        last_end = m.end


def test_corpus_organisation_mentions_exact(document):
    found = find_organisations(document)
    last_end = 0
    for m in found:
        assert m.kind == "organisation"
        assert last_end <= m.start < m.end <= len(document)
        written = document[m.start : m.end]
        assert written == written.strip() and m.name
        assert canonical_force(written) is None
        last_end = m.end


def test_corpus_no_force_inside_an_organisation(document):
    orgs = find_organisations(document)
    for f in find_forces(document):
        assert not any(o.start <= f.start and f.end <= o.end for o in orgs)


def test_corpus_logo_blocks():
    text = (CORPUS / "culture-and-inclusion-strategy-force-initiatives-2025.txt").read_text("utf-8")
    found = find_forces(text)
    written = spans(text, found)
    assert written.count(BTP_LOGO) == text.count(BTP_LOGO) == 4
    assert written.count(NORTH_WALES_LOGO) == text.count(NORTH_WALES_LOGO) == 3
    assert written.count(HAMPSHIRE_LOGO) == 1
    # the Welsh words of a logo are never a separate mention
    welsh = ("TRAFNIDIAETH", "GOGLEDD", "NORTH WALES\n")
    assert not any(w.upper().startswith(welsh) for w in written)


def test_corpus_known_names():
    text = "\n".join(p.read_text("utf-8") for p in CORPUS_FILES)
    forces = {m.name for m in find_forces(text)}
    orgs = {m.name for m in find_organisations(text)}
    assert {
        "Lincolnshire Police", "Hampshire and Isle of Wight Constabulary", "Gwent Police",
        "Norfolk Constabulary", "Suffolk Constabulary", "Metropolitan Police Service",
        "British Transport Police", "West Midlands Police", "Avon and Somerset Police",
    } <= forces
    assert {
        "National Police Chiefs' Council", "ACRO Criminal Records Office",
        "Police Crime Prevention Initiatives", "Mayor's Office for Policing and Crime",
        "Police Now", "Durham University", "University of South Wales", "College of Policing",
        "Northumbria Office of Police and Crime Commissioner",
        "Hampshire and Isle of Wight Police and Crime Commissioner",
        "Police and Crime Commissioner for Kent", "Derby City Youth Justice Service",
    } <= orgs
    # ambiguous place names inside other bodies' names never become forces
    found = find_forces(text)
    for phrase in ("University of South Wales", "Durham University", "Office of Police and Crime",
                   "Police and Crime Commissioner for Kent", "Autism Hampshire"):
        i = text.find(phrase)
        assert i >= 0, phrase
        while i >= 0:
            assert not any(m.start < i + len(phrase) and i < m.end for m in found), phrase
            i = text.find(phrase, i + 1)


def test_corpus_is_fast():
    import time

    text = "\n".join(p.read_text("utf-8") for p in CORPUS_FILES)
    t0 = time.perf_counter()
    find_forces(text)
    find_organisations(text)
    assert time.perf_counter() - t0 < 5.0


# ---------------------------------------------------------------------------- regions


def test_regions_listed_once():
    assert len(gazetteer.regions()) == len(set(gazetteer.regions()))
    assert {"North West", "London", "Wales", "Scotland", "Northern Ireland", "National"} <= set(
        gazetteer.regions()
    )


@pytest.mark.parametrize(
    ("force", "region"),
    [
        ("GMP", "North West"), ("the Met", "London"), ("Heddlu Dyfed-Powys", "Wales"),
        ("Police Scotland", "Scotland"), ("PSNI", "Northern Ireland"), ("BTP", "National"),
        ("Avon & Somerset", "South West"), ("Kent Police", "South East"),
    ],
)
def test_region_of(force, region):
    assert gazetteer.region_of(force) == region


def test_region_of_unknown_force_is_a_clear_error():
    with pytest.raises(ValueError, match="not a known police force"):
        gazetteer.region_of("Gotham City Police")


def test_forces_in_region_and_groups():
    assert gazetteer.forces_in_region("Wales") == [
        "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police",
    ]
    assert gazetteer.forces_in_region("London") == [
        "City of London Police", "Metropolitan Police Service",
    ]
    midlands = gazetteer.forces_in_region("the Midlands")
    assert midlands == sorted(
        gazetteer.forces_in_region("East Midlands") + gazetteer.forces_in_region("West Midlands")
    )
    assert gazetteer.forces_in_region("Welsh forces") == gazetteer.forces_in_region("Wales")
    assert gazetteer.forces_in_region("forces in the North East") == [
        "Cleveland Police", "Durham Constabulary", "Northumbria Police",
    ]
    for unknown in ("Atlantis", "Wales and Scotland", "North Wales Police", "Welsh language"):
        with pytest.raises(ValueError, match="not a known policing region"):
            gazetteer.forces_in_region(unknown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What have Welsh forces done on recruitment?", [("Wales", "Welsh")]),
        ("and what about in Wales?", [("Wales", "Wales")]),
        ("forces in the North West", [("North West", "North West")]),
        ("anything from the north-west?", [("North West", "north-west")]),
        ("schemes across the Midlands", [("Midlands", "Midlands")]),
        ("the South West and London", [("South West", "South West"), ("London", "London")]),
        ("Scottish police officers", [("Scotland", "Scottish")]),
        ("national forces such as BTP", [("National", "national forces")]),
        ("Yorkshire and the Humber", [("Yorkshire and the Humber", "Yorkshire and the Humber")]),
        ("Welsh language lessons", []),
        ("North Wales Police and South Wales Police", []),
        ("City of London Police", []),
        ("Police Scotland and the PSNI", []),
        ("the University of Wales", []),
        ("New South Wales and New England", []),
        ("King's College London", []),
    ],
)
def test_find_regions(text, expected):
    found = gazetteer.find_regions(text)
    assert [(m.name, text[m.start : m.end]) for m in found] == expected
    assert all(m.kind == "region" and m.regions for m in found)


# ---------------------------------------------------------------------------- the data files


DATA = gazetteer.load_data()
ENGLAND_AND_WALES = gazetteer.resolve_regions("England and Wales")


def test_every_force_listed_once_in_exactly_one_region():
    assert sorted(f.name for f in DATA.forces) == list(ALL_FORCES)
    in_regions = [f for r in gazetteer.regions() for f in gazetteer.forces_in_region(r)]
    assert sorted(in_regions) == list(ALL_FORCES)  # each force in one region, none left out
    territorial = [f for f in ALL_FORCES if gazetteer.region_of(f) in ENGLAND_AND_WALES]
    assert len(territorial) == 43
    assert gazetteer.forces_in_region("Scotland") == ["Police Scotland"]
    assert gazetteer.forces_in_region("Northern Ireland") == ["Police Service of Northern Ireland"]


def test_national_and_crown_dependency_flags_match_regions():
    for force in DATA.forces:
        assert force.national == (force.region == "National"), force.name
        assert force.crown_dependency == (force.region == "Crown Dependencies"), force.name
    assert gazetteer.forces_in_region("National") == [
        "British Transport Police", "Civil Nuclear Constabulary", "Ministry of Defence Police",
    ]


def test_every_written_name_in_the_data_resolves_to_its_force():
    for force in DATA.forces:
        for name in (
            force.name, *force.areas, *force.other_names, *force.welsh_names, *force.acronyms,
            *(f"{area} Police" for area in force.qualified_areas),
        ):
            assert canonical_force(name) == force.name, name
            assert resolve_forces(name) == [force.name], name


def test_an_alias_naming_two_forces_is_refused(tmp_path):
    bad = {
        "forces": [
            {"name": "Kent Police", "region": "South East", "other_names": ["Garden Police"]},
            {"name": "Medway Police", "region": "South East", "other_names": ["Garden Police"]},
        ],
        "regions": [{"name": "South East"}], "region_groups": [],
    }
    path = tmp_path / "forces.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    data = gazetteer.load_data(path)
    with pytest.raises(ValueError, match="'Garden Police' names both Kent Police and Medway"):
        gazetteer._force_aliases(data)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "Kent Police", "region": "Narnia"}, "unknown region 'Narnia'"),
        ({"name": "Essex Police", "region": "Eastern"}, "listed more than once: Essex Police"),
    ],
)
def test_bad_forces_file_is_a_clear_error(tmp_path, entry, message):
    bad = {
        "forces": [{"name": "Essex Police", "region": "Eastern"}, entry],
        "regions": [{"name": "Eastern"}], "region_groups": [],
    }
    path = tmp_path / "forces.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        gazetteer.load_data(path)


def test_region_aliases_resolve_to_one_region_or_group():
    seen: dict[str, str] = {}
    for region in (*DATA.regions, *DATA.groups):
        assert gazetteer.resolve_regions(region.name) == list(region.regions)
        for alias in region.aliases:
            key = alias.lower().replace("-", " ")
            assert seen.setdefault(key, region.name) == region.name, alias
            assert gazetteer.resolve_regions(alias) == list(region.regions), alias
            found = gazetteer.find_regions(f"What have forces in {alias} done?")
            assert [m.name for m in found] == [region.name], alias
        for adjective in region.adjectives:
            found = gazetteer.find_regions(f"What have {adjective} forces done?")
            assert [m.name for m in found] == [region.name], adjective


def test_region_aliases_are_not_forces_unless_the_force_is_named_after_the_region():
    for region in (*DATA.regions, *DATA.groups):
        for alias in region.aliases:
            force = canonical_force(alias)
            assert force is None or gazetteer.region_of(force) == region.name, alias


def test_every_national_body_name_is_one_organisation():
    for name, aliases in gazetteer.national_bodies().items():
        for written in (name, *aliases):
            found = find_organisations(f"Guidance from {written} was used.")
            assert [(m.name, m.end - m.start) for m in found] == [(name, len(written))], written
            assert find_forces(written) == [], written


# ---------------------------------------------------------------------------- running text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers from GMP, the Met and BTP met on Tuesday.", [
            ("Greater Manchester Police", "GMP"), ("Metropolitan Police Service", "the Met"),
            ("British Transport Police", "BTP"),
        ]),
        ("The PSNI and Police Scotland shared their approach", [
            ("Police Service of Northern Ireland", "PSNI"), ("Police Scotland", "Police Scotland"),
        ]),
        ("Heddlu De Cymru and Heddlu Gogledd Cymru ran joint sessions", [
            ("South Wales Police", "Heddlu De Cymru"),
            ("North Wales Police", "Heddlu Gogledd Cymru"),
        ]),
        ("A scheme run by Avon & Somerset with the MPS", [
            ("Avon and Somerset Police", "Avon & Somerset"), ("Metropolitan Police Service", "MPS"),
        ]),
        ("funded by Kent County Council", []),
        ("the Met Office issued a warning", []),
        ("the team met the target", []),
        ("Police and Crime Commissioner for Gwent", []),
        ("the GMP-style approach", [("Greater Manchester Police", "GMP")]),
        ("BTPs and gmp", []),
    ],
)
def test_abbreviations_and_welsh_names_in_running_text(text, expected):
    found = find_forces(text)
    assert [(m.name, text[m.start : m.end]) for m in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named for the areas it serves, its name wrapped over a line (a PDF's)
        ("advisers at the Sexual Abuse Support Centre\nLancashire and Cumbria, who", []),
        ("advisers at the Sexual Abuse Support Centre Lancashire and Cumbria, who", []),
        # two forces' areas joined by 'and' are still both forces
        ("officers from Lancashire and Cumbria worked together", ["Lancashire Constabulary", "Cumbria Constabulary"]),
        ("Thames Valley and Kent shared the team", ["Thames Valley Police", "Kent Police"]),
        # a place no force is named for, joined to a force's: one borough's name
        ("placements for Redcar and Cleveland care leavers", []),
        ("Durham and Cleveland officers", ["Durham Constabulary", "Cleveland Police"]),
        # a county in a postal address, before its postcode
        ("Church Road, Longhope, Gloucestershire GL17 0ZZ", []),
        ("officers in Gloucestershire made 12 arrests", ["Gloucestershire Constabulary"]),
    ],
)
def test_a_place_inside_a_bodys_longer_name_is_no_force(text, expected):
    assert [m.name for m in gazetteer.find_forces(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'of' and 'and' inside one body's name
        ("working with Vale of Glamorgan Council on patrols", ["Vale of Glamorgan Council"]),
        ("Devon and Torbay Mental Health Partnership NHS Trust placed nurses", ["Devon and Torbay Mental Health Partnership NHS Trust"]),
        # kinds of body: societies, partnerships, trading standards, business improvement districts
        ("with Kent Trading Standards and Canterbury Business Improvement District", ["Kent Trading Standards", "Canterbury Business Improvement District"]),
        ("the Royal Humane Society gave awards", ["Royal Humane Society"]),
        ("the Safer Roads Partnership ran the cameras", ["Safer Roads Partnership"]),
        # a national body's local branch, named with the area it serves
        ("volunteers from Age UK Norfolk visit older people", ["Age UK Norfolk"]),
        # 'and' between two bodies, or after a force's name, joins no name
        ("Essex Police and Chelmsford City Council", ["Chelmsford City Council"]),
        ("the Wave Trust and Safe Lives Foundation", ["Wave Trust", "Safe Lives Foundation"]),
        # volunteers' crime prevention panels (a force's own is the force's)
        ("Bury St Edmunds and District Crime Prevention Panel, Annual Report 1996-97",
         ["Bury St Edmunds and District Crime Prevention Panel"]),
        ("the Kent Police Crime Prevention Panel met", []),
        # a reference number is no word of the name after it, nor are its digits
        ("Quotation Q-3318\nTeesside Lock & Key Ltd · registered in England", ["Teesside Lock & Key Ltd"]),
        ("Order CL-204817 Chainline Cycles Ltd", ["Chainline Cycles Ltd"]),
        ("the M6 Toll Ltd and A1 Security Ltd", ["M6 Toll Ltd", "A1 Security Ltd"]),
        ("Stockton-on-Tees Borough Council", ["Stockton-on-Tees Borough Council"]),
    ],
)
def test_names_of_bodies_by_their_shape(text, expected):
    assert [m.name for m in gazetteer.find_organisations(text)] == expected


def test_a_body_named_in_common_words_is_named_only_when_capitalised_as_a_name():
    assert not find_organisations("Wiltshire Police now offers adults a conditional caution.")
    assert [m.name for m in find_organisations("Officers trained by Police Now joined in 2023.")] == ["Police Now"]


@pytest.mark.parametrize("written,force", [("Herts Police", "Hertfordshire Constabulary"),
                                           ("Hants Constabulary", "Hampshire and Isle of Wight Constabulary"),
                                           ("Notts Police", "Nottinghamshire Police"), ("Wilts Police", "Wiltshire Police")])
def test_a_force_named_with_its_county_abbreviation_is_found(written, force):
    assert [m.name for m in find_forces(f"{written} worked with the council.")] == [force]
    assert not find_forces("Herts and Beds share a border.")  # an abbreviation alone is no force


def test_a_place_name_inside_an_associations_name_is_no_force():
    assert not find_forces("SUFFOLK NEIGHBOURHOOD WATCH ASSOCIATION")
    assert not find_forces("Kent Association of Local Councils")
    assert [m.name for m in find_forces("Suffolk Police and the Neighbourhood Watch")] == ["Suffolk Constabulary"]


def test_a_national_services_area_is_a_body_not_the_force_its_place_names():
    from index.gazetteer import find_forces, find_organisations

    # ... the service itself, under its one name
    for text, body in (("CPS Mersey-Cheshire rewrote its letters to victims.", "Crown Prosecution Service"),
                       ("Crown Prosecution Service Wessex set up a hub.", "Crown Prosecution Service"),
                       ("Probation Service Wales and the force met weekly.", "HM Prison and Probation Service")):
        assert find_forces(text) == [], text
        assert body in [m.name for m in find_organisations(text)], text
    # a force named beside it is still a force
    assert [m.name for m in find_forces("CPS Wessex and Dorset Police ran the pilot.")] == ["Dorset Police"]
    assert [m.name for m in find_forces("The CPS and Cheshire Constabulary agreed it.")] == ["Cheshire Constabulary"]


def test_schools_are_bodies_but_a_forces_own_academy_and_a_programme_are_not():
    from index.gazetteer import find_forces, find_organisations

    assert [m.name for m in find_organisations("St Julian's Primary School hosted the talk.")] == [
        "St Julian's Primary School"]
    assert find_forces("Pupils at Durham High School took part.") == []  # the place inside its name
    assert [m.name for m in find_forces("Recruits at the Cleveland Police Academy trained.")] == ["Cleveland Police"]
    assert [m.name for m in find_organisations("the Police Now Academy")] == ["Police Now"]
    assert find_organisations("Officers visited the school.") == []
    assert find_organisations("Workshops called the Career Academy ran at a Primary School in June.") == []


def test_associations_and_watch_groups_are_bodies_and_the_place_inside_is_no_force():
    from index.gazetteer import find_forces, find_organisations

    for text, body in (("Suffolk Neighbourhood Watch Association ran 40 talks.", "Suffolk Neighbourhood Watch Association"),
                       ("Gloucestershire Residents' Association asked for it.", "Gloucestershire Residents' Association"),
                       ("Volunteers from Suffolk Neighbourhood Watch joined.", "Suffolk Neighbourhood Watch")):
        assert find_forces(text) == [], text
        assert [m.name for m in find_organisations(text)] == [body], text
    assert find_organisations("a refresh of their Support Association offering") == []  # one generic word


@pytest.mark.parametrize("text", ["Protocol reference WMAS-WMP-MH-003", "Our ref: FOI-GMP-2025-117", "GMP-2024 review"])
def test_an_acronym_inside_a_reference_code_names_no_force(text):
    assert find_forces(text) == []


@pytest.mark.parametrize("text, force", [("a GMP-led operation", "Greater Manchester Police"),
                                         ("the PSNI-PPS protocol", "Police Service of Northern Ireland")])
def test_an_acronym_joined_to_a_word_or_another_acronym_still_names_the_force(text, force):
    assert [m.name for m in find_forces(text)] == [force]


@pytest.mark.parametrize("text, body", [("NHS Sussex funded training for GP practices", "NHS Sussex"),
                                        ("with NHS Frimley and the council", "NHS Frimley")])
def test_an_nhs_body_named_for_its_area_is_a_body(text, body):
    assert body in [m.name for m in find_organisations(text)]
    assert find_forces(text) == []


def test_nhs_111_is_a_phone_service_not_a_body():
    assert find_organisations("calls to NHS 111 rose") == []


@pytest.mark.parametrize("text, body", [
    ("Leicester, Leicestershire and Rutland Independent Advisory Group", "Leicestershire and Rutland Independent Advisory Group"),
    ("the Stop and Search Scrutiny Panel met", "Stop and Search Scrutiny Panel")])
def test_advisory_and_scrutiny_groups_are_bodies_and_a_place_in_their_name_is_no_force(text, body):
    assert [m.name for m in find_organisations(text)] == [body]
    assert find_forces(text) == []


def test_a_force_joined_to_a_council_by_and_is_still_two_bodies():
    assert [m.name for m in find_forces("Devon and Cornwall Police and Plymouth City Council")] == ["Devon and Cornwall Police"]
    assert [m.name for m in find_organisations("Devon and Cornwall Police and Plymouth City Council")] == ["Plymouth City Council"]


@pytest.mark.parametrize("text, body", [
    ("Crews from Cleveland Fire Brigade fitted alarms.", "Cleveland Fire Brigade"),
    ("Rangers of the New Forest National Park Authority joined.", "New Forest National Park Authority"),
    ("Members of the Hull Allotment Federation marked tools.", "Hull Allotment Federation"),
    ("The Yorkshire Locksmiths Guild fitted locks.", "Yorkshire Locksmiths Guild"),
    ("Volunteers of the North East Appropriate Adult Network attended.", "North East Appropriate Adult Network"),
    ("Hollings Foodstores plc stores took part.", "Hollings Foodstores plc"),
    ("Medway Community Healthcare nurses ran clinics.", "Medway Community Healthcare"),
    ("Shrewsbury Pubwatch members shared bans.", "Shrewsbury Pubwatch"),
    ("Swaledale Farm Watch members reported it.", "Swaledale Farm Watch"),
    ("Kennet Street Pastors walked the town.", "Kennet Street Pastors"),
    ("Officers from the Environment Agency checked licences.", "Environment Agency"),
    ("St John Ambulance Cymru staffed the hub.", "St John Ambulance"),
    ("Volunteers from Samaritans trained staff.", "Samaritans"),
    ("HM Courts & Tribunals Service listed the cases.", "HM Courts and Tribunals Service"),
    ("The NFU and the force met farmers.", "National Farmers' Union"),
    ("News from Tyldesley & Astley Food Bank · Issue 22", "Tyldesley & Astley Food Bank"),
    ("The newsletter of Melksham Men's Shed.", "Melksham Men's Shed"),
    ("STOTTESDON & CHORLEY WI", "STOTTESDON & CHORLEY WI"),
    ("Aireborough RUFC Annual Report 2024/25", "Aireborough RUFC"),
    ("Stewards from Arden Park Racecourse helped.", "Arden Park Racecourse"),
    ("News for the supporters of Churnet Valley Hospice", "Churnet Valley Hospice"),
    ("Officers worked with Border Force on the freight route.", "Border Force"),
    ("The GLAA trained harbour staff.", "Gangmasters and Labour Abuse Authority"),
    # the people governing a body are the body ('Report to the Board of ... Ltd')
    ("Report to the Board of Wyre Haven Port Ltd", "Wyre Haven Port Ltd"),
    ("Approved by the Board of Trustees of Kent Community Trust", "Kent Community Trust"),
    ("The vergers of Ravensworth Cathedral lock up at night.", "Ravensworth Cathedral"),
    ("Members of Swale Point Leisure Centre joined.", "Swale Point Leisure Centre"),
    ("The Sturton Magna Village Hall committee met.", "Sturton Magna Village Hall"),
    ("We ran it with Open Door Ravensworth, the homelessness charity, all winter.", "Open Door Ravensworth"),
    ("The members' magazine of the Wolds & Humber Chamber of Commerce", "Wolds & Humber Chamber of Commerce"),
    ("Advisers from Citizens Advice Wensum Valley joined.", "Citizens Advice Wensum Valley"),
    ("Wensum Valley Citizens Advice Bureau opened a desk.", "Wensum Valley Citizens Advice Bureau"),
    ("Help from Citizens Advice today", "Citizens Advice"),
    ("Usk Valley Community First Responders look after 31 defibrillators.", "Usk Valley Community First Responders"),
    # a council's own service is the council
    ("with Suffolk County Council's Trading Standards service", "Suffolk County Council"),
    ("Norfolk County Council Trading Standards ran it.", "Norfolk County Council"),
    ("Kent Trading Standards ran it.", "Kent Trading Standards"),
    # a kind of body's words wrapped over a line in a text file
    ("we pass your name to Suffolk Fire and\n    Rescue Service, and", "Suffolk Fire and Rescue Service"),
    # the line about a body that opens with its name
    ("*Fieldwork Digital is a small digital agency in Leeds working with councils.*", "Fieldwork Digital"),
])
def test_bodies_known_by_the_kind_of_body_their_names_say_or_nationally(text, body):
    from index.gazetteer import find_organisations

    assert [m.name for m in find_organisations(text)] == [body]


@pytest.mark.parametrize("text", ["The WI met on Tuesday.", "Hull won 3-1 (FC) at home.", "Board of Directors",
                                  "This is a small charity.", "It is a business like any other."])
def test_an_initialism_or_a_board_alone_names_no_body(text):
    from index.gazetteer import find_organisations

    assert find_organisations(text) == []


def test_a_body_named_for_a_force_is_the_forces_own():
    from index.gazetteer import find_forces, find_organisations

    for text, force in (("GMP Women's Network ran taster days.", "Greater Manchester Police"),
                        ("The Kent Police Museum lent objects.", "Kent Police")):
        assert find_organisations(text) == [], text
        assert [m.name for m in find_forces(text)] == [force], text
    assert [m.name for m in find_organisations("Leicestershire and Rutland Independent Advisory Group met.")] == [
        "Leicestershire and Rutland Independent Advisory Group"]  # a place opening a name is no force
    assert find_organisations("Officers joined the network and the local authority.") == []


@pytest.mark.parametrize("text, forces", [
    ("the domestic abuse service for mid and west Norfolk", []),
    ("officers in north-west Kent", []),
    ("Caring for people in the Staffordshire Moorlands", []),
    ("Cheshire East", []),
    ("across Norfolk", ["Norfolk Constabulary"]),
    ("Northamptonshire Emergency Services Collaboration Programme", ["Northamptonshire Police"]),
    ("Norfolk and Suffolk Constabularies", ["Norfolk Constabulary", "Suffolk Constabulary"]),
    ("the force in South Wales", ["South Wales Police"]),
])
def test_a_part_of_a_forces_area_is_a_place_not_the_force(text, forces):
    from index.gazetteer import find_forces

    assert [m.name for m in find_forces(text)] == forces


@pytest.mark.parametrize("text, forces", [
    ("From: Mark Chadwick <mark.chadwick@norfolk.example.gov.uk>", []),
    ("Read more at www.kent.police.uk/news or https://www.met.police.uk/advice", []),
    ("Kent Police said the figures were published on kent.police.uk.", ["Kent Police"]),
    ("We worked across Norfolk. Then the zones spread.", ["Norfolk Constabulary"]),
])
def test_a_place_inside_an_email_or_web_address_is_contact_detail_not_the_force(text, forces):
    from index.gazetteer import find_forces

    assert [m.name for m in find_forces(text)] == forces


def test_a_name_never_runs_across_a_tables_cells():
    from index.gazetteer import find_organisations

    assert [m.name for m in find_organisations("Commissioner\tLeicester City Council, Housing Team")] == [
        "Leicester City Council"]
    # (a name wrapped over a line is still read whole)
    assert [m.name for m in find_organisations("with Suffolk Fire and\nRescue Service")] == [
        "Suffolk Fire and Rescue Service"]


@pytest.mark.parametrize("text, bodies, forces", [
    ("On 8 November Carlisle Street Angels opened the Safe Space", ["Carlisle Street Angels"], []),
    ("Since Tuesday Essex officers have patrolled the seafront", [], ["Essex Police"]),
    ("March Town Council agreed the grant", ["March Town Council"], []),
])
def test_a_date_before_a_name_is_no_part_of_it(text, bodies, forces):
    from index.gazetteer import find_forces, find_organisations

    assert [m.name for m in find_organisations(text)] == bodies
    assert [m.name for m in find_forces(text)] == forces


@pytest.mark.parametrize("text, bodies", [
    ("with staff from HM Courts & Tribunals Service", ["HM Courts and Tribunals Service"]),
    ("Historic England and Natural Resources Wales", ["Historic England", "Natural Resources Wales"]),
    ("NaVCIS analysts traced the plant", ["National Vehicle Crime Intelligence Service"]),
    ("the Tees Women's Centre and the Fleetwood Seafarers' Centre", ["Tees Women's Centre", "Fleetwood Seafarers' Centre"]),
    ("volunteers from the Kings Heath Youth Project", ["Kings Heath Youth Project"]),
    ("Halberton Community Speedwatch recorded 300 vehicles", ["Halberton Community Speedwatch"]),
    ("the youth centre on the estate", []),
    ("security at Mercers Walk Shopping Centre", ["Mercers Walk Shopping Centre"]),
    ("owners at Caerfai Sands Holiday Park", ["Caerfai Sands Holiday Park"]),
    ("Northern Lantern Theatre toured schools", ["Northern Lantern Theatre"]),
    ("the 1st Ffairfach Scout Group camp", ["1st Ffairfach Scout Group"]),
    ("the Peak District National Park Authority's rangers", ["Peak District National Park Authority"]),
    ("Hull and East Riding Probation Delivery Unit", ["Hull and East Riding Probation Delivery Unit"]),
    ("in the lecture theatre on Church Street", []),
    ("the team and the Severn Stalking Advocacy Service ran a clinic", ["Severn Stalking Advocacy Service"]),
    ("an advocacy service for victims", []),
])
def test_national_bodies_and_local_centres_projects_and_speedwatch_groups_are_bodies(text, bodies):
    from index.gazetteer import find_organisations

    assert [m.name for m in find_organisations(text)] == bodies


def test_a_place_saying_where_another_kind_of_body_is_names_no_force():
    # 'the Norfolk domestic abuse charity', 'Kent schools': the county says where the body is
    for text in ("refuges run by Haven Way, the Norfolk domestic abuse charity", "a Kent charity",
                 "Kent schools", "a Lancashire housing association", "Norfolk charity Haven Way"):
        assert not find_forces(text), text
    # a force spoken of by its area is still the force, whatever comes later in the sentence
    for text, force in (("Kent officers", "Kent Police"), ("Essex and Kent officers worked with schools", "Kent Police"),
                        ("Kent worked with schools", "Kent Police"), ("Kent Police schools officers", "Kent Police")):
        assert force in {m.name for m in find_forces(text)}, text


def test_a_business_the_text_says_is_one_is_a_body():
    # 'the bus operator Moorland Coaches': what kind of business, just before its name
    for text, name in (("trained by the bus operator Moorland Coaches, ride", "Moorland Coaches"),
                       ("the housing association Brookfold Homes", "Brookfold Homes"),
                       ("the security firm Corvid Guarding said", "Corvid Guarding")):
        assert name in {m.name for m in find_organisations(text)}, text
    assert not find_organisations("the company said it would")


def test_a_place_in_a_newspapers_title_names_no_force():
    for text in ("Lincolnshire Echo Online - 2 Mar 2026", "Kent Live Today", "the Surrey Advertiser reported"):
        assert not find_forces(text), text
    assert [m.name for m in find_forces("Lincolnshire Police")] == ["Lincolnshire Police"]


@pytest.mark.parametrize("text, name", [
    ("Eastgate Winter Night Shelter is run by Eastgate Churches Together, seven churches.", "Eastgate Churches Together"),
    ("Patients are seen at the Brookside Medical Centre on Tuesdays.", "Brookside Medical Centre"),
    ("The Sandgrown Night Guardians are a Blackpool charity whose volunteers walk the town.", "Sandgrown Night Guardians"),
])
def test_churches_working_as_one_a_health_centre_and_a_body_that_says_what_it_is_are_bodies(text, name):
    assert name in [m.name for m in find_organisations(text)]


@pytest.mark.parametrize("text", ["The Trust is a charity.", "The project is a community interest company.",
                                  "Officers are a key part of the charity's work."])
def test_a_bare_kind_word_or_a_plural_saying_what_it_is_part_of_is_no_body(text):
    assert find_organisations(text) == []


@pytest.mark.parametrize("text, names", [
    ("Weardale Dog Search are volunteers from the dale who help.", ["Weardale Dog Search"]),
    ("Kennet Riverwatch is a group of volunteers who clear the banks.", ["Kennet Riverwatch"]),
    ("Special Constables are volunteers who give their time.", []),
    ("Police Cadets are young volunteers.", []),
])
def test_a_group_saying_it_is_volunteers_is_a_body_but_people_by_their_role_are_not(text, names):
    assert [m.name for m in find_organisations(text)] == names
