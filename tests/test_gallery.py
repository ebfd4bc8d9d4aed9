"""A picture gallery (ingest/layouts/gallery.py): a news site's 'In pictures' page written for
these tests. Each caption after its counter is judged on its own."""

from __future__ import annotations

import hashlib

from index.records import Document
from ingest.layouts import choose, make_view
from ingest.readers.outline import text_outline
from ingest.segment import segmentation

CAPTIONS = [
    "Crowds fill the beach on Saturday afternoon, with the pier behind.",
    "The Red Arrows trail smoke over the bay during the flying display.",
    "Lost Child wristbands were handed out by Sussex Police's Eastbourne neighbourhood team with the council's "
    "stewards. Parents wrote their number on each band, and all 9 children reported lost were back with their "
    "families within 20 minutes.",
    "A sandcastle shaped like the bandstand won the family competition.",
    "The Rest Stop on the seafront was run by the charity Seaside Friends, whose volunteers handed out water and "
    "looked after 140 people who were unwell over the weekend.",
]
GALLERY = "# In pictures: Airbourne 2025\n\nBy Sam Reed, Photographer\n\n" + "".join(
    f"{n}/{len(CAPTIONS)}\n\n{caption}\n\nPicture: Sam Reed\n\nShare this picture\n\n" for n, caption in
    enumerate(CAPTIONS, start=1))


def _doc(text: str) -> Document:
    return Document("gallery.md", "In pictures: Airbourne 2025", text, hashlib.sha256(text.encode()).hexdigest(),
                    outline=tuple(text_outline(text, [])))


def test_a_galleries_captions_telling_of_work_are_its_pieces_each_credited_from_its_own_text():
    doc = _doc(GALLERY)
    assert choose(make_view(doc)).name == "picture gallery"
    found = segmentation(doc).initiatives
    texts = [GALLERY[i.start:i.end] for i in found]
    assert len(found) == 2, texts
    assert texts[0].startswith("Lost Child wristbands") and texts[1].startswith("The Rest Stop")
    assert found[0].forces == ["Sussex Police"] and found[1].forces == []
    assert "Seaside Friends" in found[1].organisations
    assert not any("Picture: Sam Reed" in t or "Share this" in t for t in texts)


def test_counters_that_do_not_count_one_set_of_pictures_are_no_gallery():
    mixed = GALLERY.replace("2/5", "2/9")
    assert choose(make_view(_doc(mixed))).name != "picture gallery"
