"""Prose set apart from a document's body, read as prose (round 38, from v39's layouts; documents
written for these tests): a Word panel (a one-cell table holding paragraphs) is read as its
paragraphs, bold run-in heads and all; a PDF's story set in a larger type than the text round it
(a recipe book's sidebar) is paragraphs, not headings; and a works account told in a PDF's
paragraphs run on without blank lines is cut where each piece begins."""

from __future__ import annotations

from pathlib import Path

import docx

from ingest.readers import read_document
from ingest.segment import segmentation


def test_a_word_panel_is_read_as_its_paragraphs_with_their_run_in_heads(tmp_path):
    document = docx.Document()
    document.add_heading("Residents' survey 2026", 1)
    panel = document.add_table(rows=1, cols=1).cell(0, 0)
    panel.paragraphs[0].add_run("Since our last survey").bold = True
    for name, text in (("Operation Lockup.", " Kent Police's Dover team ran evening patrols of the garages from May to "
                                             "September 2025, and reports of damage fell by a quarter."),
                       ("Garage Watch.", " The residents' association set up Garage Watch in June 2025: 22 tenants now "
                                         "check the blocks each week and report faults.")):
        paragraph = panel.add_paragraph()
        paragraph.add_run(name).bold = True
        paragraph.add_run(text)
    grid = document.add_table(rows=2, cols=2)  # a real table stays a table
    for r, row in enumerate((("Area", "Score"), ("Garages", "3"))):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    path = tmp_path / "survey.docx"
    document.save(path)
    read = read_document(path, path.name)
    assert [i.label for i in read.outline if i.kind == "run_in"] == ["Operation Lockup", "Garage Watch"]
    assert "Area\tScore" in read.text
    found = segmentation(read).initiatives
    lockup = [i for i in found if "Operation Lockup" in read.text[i.start:i.end]]
    watch = [i for i in found if "Garage Watch." in read.text[i.start:i.end]]
    assert len(lockup) == 1 and len(watch) == 1 and lockup[0] is not watch[0], found
    assert lockup[0].forces == ["Kent Police"] and watch[0].forces == []


def _pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, "Leek and potato soup")
    y -= 30
    story = ["Soup Sundays started in November 2023, when the trustees decided to",
             "open the hall every Sunday for anyone struggling to heat their home,",
             "and last winter we served more than 900 bowls to 40 people a week."]
    c.setFont("Helvetica", 11)
    for line in story:
        c.drawString(50, y, line)
        y -= 14
    y -= 10
    c.setFont("Helvetica", 8)
    for n in range(30):  # the recipe's method, in the book's small body type
        c.drawString(50, y, f"Step {n + 1}. Stir the pan and keep it over a low heat for another few minutes.")
        y -= 10
    c.save()


def test_a_pdf_story_set_larger_than_the_text_round_it_is_prose_not_headings(tmp_path):
    path = tmp_path / "recipes.pdf"
    _pdf(path)
    read = read_document(path, path.name)
    headings = [read.text[i.start:i.end] for i in read.outline if i.kind == "heading"]
    assert "Leek and potato soup" in headings
    assert not any(h.startswith(("Soup Sundays", "open the hall", "and last winter")) for h in headings), headings


ACCOUNTS = """Elm Court service charge budget 2026/27

Door entry and CCTV

This heading is over budget because of the work that followed the thefts from the car park
last winter, including new fob readers and four more cameras.
Avon and Somerset Police ran Operation Kickback at the estate from March to June 2025.
Officers made night checks of the car park and marked 120 bikes at two marking days, and
two men were arrested.
The Bike Tag Register was set up by the directors in June 2025. Residents register each
bike and get a numbered tag, and 96 bikes had been registered by December.

Insurance
The premium rose by 10% this year.
"""


def test_pieces_told_in_a_pdfs_run_on_paragraphs_are_cut_where_each_begins(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text(ACCOUNTS, encoding="utf-8")
    read = read_document(path, path.name)
    found = segmentation(read).initiatives
    kickback = [i for i in found if "Operation Kickback" in ACCOUNTS[i.start:i.end]]
    register = [i for i in found if "Bike Tag Register" in ACCOUNTS[i.start:i.end]]
    assert len(kickback) == 1 and len(register) == 1 and kickback[0] is not register[0], found
    assert register[0].start == ACCOUNTS.index("The Bike Tag Register")
    assert kickback[0].forces == ["Avon and Somerset Police"] and register[0].forces == []
