"""A list's titled entries (ingest/readers/outline.py `is_entry`): a curated list, a directory or a
web page lists pieces of work as bullets, each opening with its name in bold (linked or not) and
going on with a paragraph about it. Each such entry is a run-in head in every format that writes
bullets (Markdown and plain text, HTML, Word), so a section of them is cut into its entries; a
list of short lines with bold openings is not. Documents written for these tests."""

from __future__ import annotations

from pathlib import Path

import docx

from ingest.readers import read_document
from ingest.segment import segmentation

ENTRIES = [
    ("kerbwatch", "Open-source app written by Cheshire Constabulary's roads policing unit with Warrington Borough "
                  "Council's parking team. Residents use it to report dangerous parking near schools with a photo and "
                  "a map pin. In 2025 it took 2,310 reports and the council issued 640 penalty notices from them."),
    ("boatmark", "Marking kit and register from the charity Safe Moorings Trust in Oxford. Volunteers mark outboard "
                 "engines at boatyards every spring and log them on the register, which 1,900 owners have joined. "
                 "Thefts of marked engines fell by half in two years."),
]
SHORT = [("Monday", "Coffee morning at the hall"), ("Wednesday", "Walking football on the rec")]


def _markdown() -> str:
    entries = "\n".join(f"- [**{name}**](https://example.org/{name}) - {text}" for name, text in ENTRIES)
    short = "\n".join(f"- **{day}** - {text}" for day, text in SHORT)
    return f"# Community safety tools\n\n## Tools from forces and charities\n\n{entries}\n\n## What's on\n\n{short}\n"


def _html() -> str:
    entries = "".join(f'<li><a href="https://example.org/{name}"><strong>{name}</strong></a> - {text}</li>'
                      for name, text in ENTRIES)
    short = "".join(f"<li><b>{day}</b> - {text}</li>" for day, text in SHORT)
    return (f"<html><body><h1>Community safety tools</h1><h2>Tools from forces and charities</h2><ul>{entries}</ul>"
            f"<h2>What's on</h2><ul>{short}</ul></body></html>")


def _docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Community safety tools", 1)
    document.add_heading("Tools from forces and charities", 2)
    for name, text in [*ENTRIES, ("What's on", ""), *SHORT]:
        if not text:
            document.add_heading(name, 2)
            continue
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(name).bold = True
        paragraph.add_run(f" - {text}")
    document.save(path)


def _read(tmp_path: Path, suffix: str):
    path = tmp_path / f"tools{suffix}"
    if suffix == ".docx":
        _docx(path)
    else:
        path.write_text(_markdown() if suffix == ".md" else _html(), encoding="utf-8")
    return read_document(path, path.name)


def test_a_lists_entries_with_bold_names_and_paragraphs_are_run_in_heads_in_every_format(tmp_path):
    for suffix in (".md", ".html", ".docx"):
        document = _read(tmp_path, suffix)
        heads = [item.label for item in document.outline if item.kind == "run_in"]
        assert heads == ["kerbwatch", "boatmark"], (suffix, heads)  # not 'Monday', 'Wednesday': lines, not entries


def test_a_section_of_titled_entries_is_cut_into_one_piece_each_credited_from_its_own_text(tmp_path):
    for suffix in (".md", ".html", ".docx"):
        document = _read(tmp_path, suffix)
        found = segmentation(document).initiatives
        text = document.text
        kerb = [i for i in found if "kerbwatch" in text[i.start:i.end]]
        boat = [i for i in found if "boatmark" in text[i.start:i.end]]
        assert len(kerb) == 1 and len(boat) == 1 and kerb[0] is not boat[0], (suffix, found)
        assert kerb[0].forces == ["Cheshire Constabulary"] and boat[0].forces == [], suffix
        assert "Safe Moorings Trust" in boat[0].organisations, suffix
        assert kerb[0].title.startswith("kerbwatch") and "**" not in kerb[0].title, suffix
        for i in found:
            assert text[i.start:i.end].strip() == text[i.start:i.end]


PLACEMENT = """# Work placement report

## 1. Introduction

This report reflects on my placement with the Office of the Police and Crime Commissioner (OPCC) for Cumbria, which commissions victim services, and with the Carlisle City Centre Business Improvement District (BID).

## 2. Street Angels

The Street Angels scheme is run by the BID itself. Since 2023 it has trained volunteers to help people on nights out, and 310 people were helped last year.

## 3. Farm Friends

The Farm Friends programme is run by the OPCC. Volunteers in farming communities pass on crime prevention advice, and 52 farms have joined.
"""


def test_a_body_the_document_abbreviates_is_credited_where_a_section_names_it_so(tmp_path):
    """'(OPCC)' cutting the office's name and '(BID)' after the district's: a later section's
    'run by the BID itself' and 'run by the OPCC' credit those bodies (ingest/owners.abbreviations)."""
    from ingest.owners import abbreviations

    assert dict(abbreviations(PLACEMENT + "\nProvider: Office of the Police and Crime Commissioner for Cumbria\n")) == {
        "OPCC": "Office of the Police and Crime Commissioner for Cumbria",
        "BID": "Carlisle City Centre Business Improvement District"}
    assert abbreviations("Kent Police (KP) and the Fire Service (XYZ) met.") == ()  # a force; letters not its initials
    path = tmp_path / "placement.md"
    path.write_text(PLACEMENT, encoding="utf-8")
    found = segmentation(read_document(path, path.name)).initiatives
    angels = next(i for i in found if "Street Angels" in i.title)
    farm = next(i for i in found if "Farm Friends" in i.title)
    assert "Carlisle City Centre Business Improvement District" in angels.organisations
    assert any(o.startswith("Office of the Police and Crime Commissioner") for o in farm.organisations)
