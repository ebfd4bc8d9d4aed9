"""Pieces of work named at the opening of an account, with whose they are ('Ropery Nights is our
Friday youth club', 'The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea') or
described with their doer ('The call blocker scheme is run by Essex County Council's Trading
Standards'): each is a piece, in prose under aspect headings, in items set off by rules, and in a
letter no piece otherwise (a gala's welcome)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.names import NAMED_OPENING
from ingest.readers import read_document
from ingest.segment import segmentation


def _found(tmp_path: Path, text: str, name: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segmentation(read_document(path, name)).initiatives


def _holding(text: str, found: list, quote: str) -> list:
    at = text.index(quote)
    return [i for i in found if i.start <= at < i.end]


@pytest.mark.parametrize("sentence, name", [
    ("Ropery Nights is our Friday and Saturday evening youth club.", "Ropery Nights"),
    ("The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea.", "The Faraday Pouch Drive"),
    ("Splash Safe is Tyne and Wear Fire and Rescue Service's water safety project.", "Splash Safe"),
    ("The call blocker scheme is run by Essex County Council's Trading Standards.", "The call blocker scheme"),
])
def test_a_name_given_with_whose_it_is_or_described_with_its_doer_opens_a_piece(sentence, name):
    assert NAMED_OPENING.match(sentence).group(0) == name


@pytest.mark.parametrize("sentence", [
    "Hull is the UK's city of culture.",  # one word: a place
    "West Yorkshire is the county's largest area.",  # whose, but not a body's name
    "The pilot project was led by Sergeant Jones.",  # pointing back to the piece told
    "The new scheme is run by Kent Police.",
    "The scheme is run by volunteers.",
    "In 2024 it was our best year.",
])
def test_a_place_a_pointer_back_or_a_plain_sentence_opens_no_piece(sentence):
    assert not NAMED_OPENING.match(sentence)


COLUMN = """# Your Rights: 'My car was stolen and my insurer will not pay'

Q My car was taken from the drive in January and my insurer has turned down the claim. What can I do?

A Write to the insurer and make a formal complaint. If it says no again, take your complaint to the Financial Ombudsman Service. It is free.

## What the police are doing

You are far from alone. Keyless cars are being stolen all over the city.

Operation Gatepost is Hampshire and Isle of Wight Constabulary's crackdown on keyless car theft in Southampton. Since last September the force's vehicle crime team has used number plate cameras at night, and 64 people have been arrested.

## What your neighbours are doing

The Faraday Pouch Drive is the Bassett Green Residents' Watch's own idea, and it has nothing to do with the police. Since October the group's volunteers have given out more than 900 signal-blocking pouches to households in Bassett.
"""


def test_an_advice_columns_aspects_with_a_named_piece_each_are_those_pieces(tmp_path):
    found = _found(tmp_path, COLUMN, "column.md")
    police = _holding(COLUMN, found, "Operation Gatepost is")
    neighbours = _holding(COLUMN, found, "The Faraday Pouch Drive is")
    assert len(police) == 1 and len(neighbours) == 1 and police[0] is not neighbours[0], found
    assert police[0].forces == ["Hampshire and Isle of Wight Constabulary"]
    assert neighbours[0].forces == [] and neighbours[0].start == COLUMN.index("The Faraday Pouch Drive is")


SCRIPT = """RIVERSIDE BEFRIENDERS
CALL SCRIPT FOR VOLUNTEER CALLERS

======================================================================
1. OPENING
======================================================================

"Hello, it's [your name] from Riverside Befrienders. Is now a good time for a chat?"

======================================================================
2. THIS WINTER'S SCAM MESSAGE
======================================================================

[Background for you, not to read out:]

[Operation Hearthstone is Essex Police's work against courier fraud. Since September 2025 the force's Economic Crime Unit has visited every courier fraud victim aged 70 or over within 48 hours, and reports fell from 27 to 11.]

[The call blocker scheme is run by Essex County Council's Trading Standards. It lends a free call blocker to older residents who keep getting scam calls, and has fitted more than 1,100 since 2021.]

Say:
"The police and your bank will never send a courier to collect your card."

======================================================================
Riverside Befrienders, The Old Chapel, 3 Mill Street, Halstead CO9 2LD.
Registered charity no. 1149203.
======================================================================
"""


def test_an_item_set_off_by_rules_telling_two_named_schemes_is_cut_into_them(tmp_path):
    found = _found(tmp_path, SCRIPT, "script.txt")
    fraud = _holding(SCRIPT, found, "Operation Hearthstone is")
    blockers = _holding(SCRIPT, found, "The call blocker scheme is run")
    assert len(fraud) == 1 and len(blockers) == 1 and fraud[0] is not blockers[0], found
    assert fraud[0].forces == ["Essex Police"] and blockers[0].forces == []
    assert "Essex County Council" in blockers[0].organisations
    assert blockers[0].title == "Call blocker scheme"


GALA = """# Spring Gala Dinner

## Welcome

Good evening, and thank you for being here. Every pound you spend tonight goes to the young people of west Hull.

Ropery Nights is our Friday and Saturday evening youth club in the old rope works. Since October 2023 our youth workers have opened the doors from 6pm to 10pm for 11 to 18 year olds, and last year 612 young people came at least once.

Please be generous, bid often, and enjoy your evening.

## Where your money goes

£25 buys a hot meal for everyone at one Friday Ropery Nights.

£250 pays for a minibus night, getting every young person home safely.
"""

FOREWORD = """# Annual report 2025

## Foreword

It has been a busy year. Operation Lantern is our response to night-time violence in the town centre, and it has changed how we police the weekend; you can read about it below.

## Operation Lantern

Operation Lantern is our response to night-time violence in the town centre. Since May 2025 officers have patrolled with door staff every weekend, and assaults fell by 18%.
"""


def test_a_welcome_letter_telling_a_piece_by_name_gives_that_piece_and_nothing_else(tmp_path):
    found = _found(tmp_path, GALA, "gala.md")
    assert len(found) == 1, found
    club = found[0]
    assert club.start == GALA.index("Ropery Nights is our") and club.title == "Ropery Nights"
    assert "Please be generous" not in GALA[club.start:club.end]


def test_a_foreword_naming_a_piece_its_own_section_tells_gives_no_second_piece(tmp_path):
    found = _found(tmp_path, FOREWORD, "report.md")
    assert len(_holding(FOREWORD, found, "Since May 2025")) == 1
    assert not _holding(FOREWORD, found, "It has been a busy year"), found


def test_a_piece_is_titled_by_the_name_it_opens_with_not_one_it_mentions_later():
    from ingest.titles import title_for

    body = ("The Night Bus is run by Tawe Night Care, a small Swansea charity. From 10pm to 4am its volunteers "
            "give first aid and water on Wind Street. Everything in the novel is invented: Operation Gannet, "
            "the girl and every officer in it.")
    assert title_for("", body, []) == "Night Bus"
    # a force is no piece's name, whatever the sentence says of it
    assert title_for("", "Kent Police is our county's force. It ran Operation Harbour in 2024.",
                     ["Kent Police"]) == "Operation Harbour"


@pytest.mark.parametrize("label", ["Show answer", "Reveal the answer", "Read more", "See all results"])
def test_a_control_label_standing_as_a_heading_is_no_title(label):
    from ingest.titles import title_for

    body = "Operation Crosshall is Merseyside Police's crackdown on nuisance off-road bikes in Liverpool."
    assert title_for(label, body, ["Merseyside Police"]) == "Operation Crosshall"


def test_a_heading_near_a_control_label_still_titles_its_piece():
    from ingest.titles import title_for

    assert title_for("Show of strength: the boxing club", "The club opened in 2024.", []) == \
        "Show of strength: the boxing club"
