"""Formal notices ('Notice is hereby given that ...') are no piece of work, whoever places them and
whatever force they name; a body registered in a document's imprint is its owner; a compendium
page's text before an apparatus heading is still that page's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.records import Document
from ingest.pipeline import build_initiatives
from ingest.layouts import choose, make_view
from ingest.layouts.common import is_formal_notice
from ingest.owners import _registered_name, document_owner
from ingest.readers import read_document
from ingest.readers.outline import form_feed_pages, text_outline
from ingest.segment import segmentation

NOTICES = """# Public notices

Planning, licensing, roads and other legal notices, as published in the Thursday print edition.

## Police (Property) Act 1897 – unclaimed property

Placed by Wiltshire Police · Published 9 March 2026

Notice is hereby given that the Chief Constable of Wiltshire Police holds the property listed below, which has come into the possession of the police and whose owners cannot be traced.

Any person who believes they are the owner should contact the Property Store within 28 days.

## Licensing Act 2003 – application for a premises licence

Notice is given that Bridewell Taverns Ltd has applied to Wiltshire Council for a premises licence. Any responsible authority, including Wiltshire Police, may make representations by 3 April 2026.

## Safer Streets in Salisbury

Since May 2025 Wiltshire Police and Wiltshire Council have run Operation Nightjar in the city centre, patrolling with street pastors every weekend; assaults fell by 18%.
"""


def test_formal_notices_are_no_piece_and_work_told_beside_them_still_is(tmp_path):
    path = tmp_path / "notices.md"
    path.write_text(NOTICES, encoding="utf-8")
    found = segmentation(read_document(path, "notices.md")).initiatives
    assert len(found) == 1, found
    assert NOTICES[found[0].start:found[0].end].count("Operation Nightjar") == 1
    assert found[0].forces == ["Wiltshire Police"]


def test_a_notice_is_known_by_its_formula_in_an_opening_paragraph_only():
    assert is_formal_notice("Placed by Wiltshire Council\n\nNotice is hereby given that the council intends ...")
    assert is_formal_notice("Take notice that the annual general meeting will be held on 4 May.")
    assert not is_formal_notice("Officers took notice of what residents said and changed the patrols.")
    assert not is_formal_notice("We ran a pilot.\n\nIt worked.\n\nWe kept it.\n\nNotice is given that ...")


def _doc(text: str, title: str = "") -> Document:
    return Document("doc.txt", title, text, hashlib.sha256(text.encode()).hexdigest(),
                    pages=form_feed_pages(text), outline=tuple(text_outline(text, [])))


def test_the_body_an_imprint_registers_is_the_owner_when_nothing_else_names_one():
    text = ("RIVERSIDE BEFRIENDERS\nWINTER CALLS 2025/26\n\nOur volunteers ring every member who lives alone, "
            "once a week, from November to March.\n\n"
            "Riverside Befrienders, The Old Chapel, 3 Mill Street, Halstead CO9 2LD. Office 01632 960 287.\n"
            "Registered charity no. 1149203.\n")
    assert document_owner(_doc(text, "RIVERSIDE BEFRIENDERS")).organisations == ("Riverside Befrienders",)
    # an address with no registration names no owner
    plain = text.replace("Registered charity no. 1149203.\n", "")
    assert document_owner(_doc(plain, "RIVERSIDE BEFRIENDERS")).organisations == ()


def test_a_compendium_pages_text_before_an_apparatus_heading_is_still_that_page():
    """A booklet of one activity a page: the page telling the force's club is a piece though a
    question put to the child (an apparatus heading) follows it on the same page."""
    pages = ["JUNIOR BEAT BOOK\n\nPuzzles and colouring for ages 5 to 9"]
    for title in ("Word search", "Colour me in!", "Spot the difference", "Dot to dot", "Crossword"):
        pages.append(f"# {title}\n\nFind all the words and colour the picture in your best colours.")
    pages.append("# Join the Mini Police!\n\nThe Mini Police is Northumbria Police's club for children in Year 5 "
                 "and Year 6. Since 2022 our neighbourhood officers have run it in primary schools, and more "
                 "than 2,300 children have taken part.\n\n# What would you do as a Mini Police officer?\n\n"
                 "______________________________\n\nAsk your teacher if your school has Mini Police.")
    pages.append("# Well done!\n\nYou have finished the book. Ask a grown-up to sign your certificate.")
    doc = _doc("\f".join(pages), "Junior Beat Book")
    assert choose(make_view(doc)).name == "paged compendium"
    at = doc.text.index("Since 2022")
    club = [i for i in build_initiatives(doc) if i.start <= at < i.end]
    assert len(club) == 1 and club[0].forces == ["Northumbria Police"], build_initiatives(doc)
    assert "Ask your teacher" not in doc.text[club[0].start:club[0].end]


@pytest.mark.parametrize("tail, name", [
    ("Colne Valley Befrienders, The Old Chapel, Halstead CO9 2AB\nRegistered charity no. 1149203.\n",
     "Colne Valley Befrienders"),
    # at a sentence's start, the name wrapped after its '&'
    ("Offers need proof of funds. Harlow &\nKeane Ltd, registered in England no. 06543219.\n", "Harlow & Keane Ltd"),
    ("We thank our funders, with love, registered charity no. 1149203.\n", ""),
])
def test_an_imprint_registering_a_body_names_it(tail, name):
    assert _registered_name("Some text about the work.\n\n" + tail) == name
