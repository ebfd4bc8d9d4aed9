"""Readers keep structure: each format's outline (headings with levels, pages, running headers and
footers, labelled fields, numbered headings, lists, tables, furniture) on small documents written
for it, every item an exact span of the text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ingest.readers import UnreadableFile, read_document


def _items(doc, kind: str) -> list[str]:
    return [doc.text[i.start:i.end] for i in doc.outline if i.kind == kind]


def _exact(doc) -> None:
    for item in doc.outline:
        assert 0 <= item.start < item.end <= len(doc.text), item
    assert [i.start for i in doc.outline] == sorted(i.start for i in doc.outline)


MARKDOWN = """# Annual Review of Neighbourhood Policing

1. Introduction

This review looks at the year.

3.1 Highland and Islands Division

Officers in the division ran a rural crime scheme.

Section 4 Findings

Lead Force: Police Scotland
Contact Details: rural@example.org

- Fewer thefts
- More reports

Measure\tBefore\tAfter
Thefts\t40\t22

The results were:
1. Fewer calls to the control room
2. More arrests for theft
She said: "It worked."
Accept all cookies
Share this page
"""


def test_markdown_outline(tmp_path: Path):
    p = tmp_path / "review.md"
    p.write_text(MARKDOWN, encoding="utf-8")
    doc = read_document(p, "review.md")
    _exact(doc)
    headings = {doc.text[i.start:i.end]: (i.level, i.label) for i in doc.outline if i.kind == "heading"}
    assert headings == {
        "# Annual Review of Neighbourhood Policing": (1, ""),
        "1. Introduction": (1, "1"),
        "3.1 Highland and Islands Division": (2, "3.1"),
        "Section 4 Findings": (1, "4"),
    }
    fields = [(i.label, doc.text[i.start:i.end]) for i in doc.outline if i.kind == "field"]
    assert fields == [("Lead Force", "Lead Force: Police Scotland"),
                      ("Contact Details", "Contact Details: rural@example.org")]
    # a numbered list is list items, not headings; a lead-in and a quote are not fields
    assert _items(doc, "list_item") == ["- Fewer thefts", "- More reports", "1. Fewer calls to the control room",
                                        "2. More arrests for theft"]
    assert _items(doc, "table") == ["Measure\tBefore\tAfter\nThefts\t40\t22"]
    assert _items(doc, "furniture") == ["Accept all cookies", "Share this page"]


def test_form_feeds_are_pages(tmp_path: Path):
    p = tmp_path / "paged.txt"
    p.write_text("Kent Police page one.\fEssex Police page two.", encoding="utf-8")
    doc = read_document(p, "paged.txt")
    assert [(doc.text[s:s + 5], n) for s, n in doc.pages] == [("Kent ", 1), ("Essex", 2)]


def _pdf(pages: list[list[tuple[str, str, int]]]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for number, lines in enumerate(pages, start=1):
        y = 760
        for text, font, size in lines:
            c.setFont(font, size)
            c.drawString(72, y, text)
            y -= size + 8
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, f"Force Initiatives Compendium | page {number}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_outline_fonts_pages_and_running_footer(tmp_path: Path):
    def body(place: str) -> list[tuple[str, str, int]]:
        return [(f"Officers in {place} reduced repeat burglary by a third over the year,", "Helvetica", 10),
                ("working with housing providers and victims' groups.", "Helvetica", 10)]

    pages = [
        [("Kent Police", "Helvetica-Bold", 18), ("Operation Harvest", "Helvetica-Bold", 10), *body("Kent")],
        [("Essex Police", "Helvetica-Bold", 18), *body("Essex")],
        [("Surrey Police", "Helvetica-Bold", 18), *body("Surrey")],
    ]
    p = tmp_path / "compendium.pdf"
    p.write_bytes(_pdf(pages))
    doc = read_document(p, "compendium.pdf")
    _exact(doc)
    assert [n for _, n in doc.pages] == [1, 2, 3]
    headings = [(doc.text[i.start:i.end], i.level) for i in doc.outline if i.kind == "heading"]
    assert headings == [("Kent Police", 1), ("Operation Harvest", 2), ("Essex Police", 1), ("Surrey Police", 1)]
    assert _items(doc, "running") == [f"Force Initiatives Compendium | page {n}" for n in (1, 2, 3)]
    # the running footer is still in the text every span indexes
    assert "Force Initiatives Compendium | page 2" in doc.text


def _saved(c, buf: io.BytesIO, path: Path):
    """The reportlab canvas's page saved as a PDF file, read back, its spans checked exact."""
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    doc = read_document(path, path.name)
    _exact(doc)
    return doc


def test_pdf_sidebar_panels_and_a_footer_across_the_columns_lose_no_text(tmp_path: Path):
    """A one-page bulletin: a shaded sidebar down the left and a band across the top, laid edge to
    edge (their rectangles frame no table), a masthead running past the page's left edge, a bold
    sub-heading a size up straight after a list line, and a footer set across both columns."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setFillColor(HexColor("#dddddd"))
    c.rect(0, 0, 176, 842, stroke=0, fill=1)  # the sidebar's background
    c.rect(0, 830, 595, 12, stroke=0, fill=1)  # the top band
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 30)
    c.drawString(-40, 790, "Splash & Dash Park Life")  # wider than its frame: past the left edge
    side = ["IN THIS ISSUE", "Tool thefts from vans", "Walk Safe", "KEY CONTACTS", "Estate Office 01632 960530",
            "Security Lodge 01632 960531", "DIARY", "4 Nov Occupiers' forum", "12 Nov Fire drill, all units"]
    y = 740
    for line in side:
        c.setFont("Helvetica", 9)
        c.drawString(20, y, line)
        y -= 14
    body = [("Tool thefts from vans", "Helvetica-Bold", 12.5),
            ("Between January and May, 31 vans parked overnight had their doors peeled", "Helvetica", 11),
            ("open and power tools taken. Thames Valley Police took it on as Operation", "Helvetica", 11),
            ("Halyard, mapping the thefts and watching tool sellers online.", "Helvetica", 11),
            ("• Van tool thefts on the park: 31 down to 9", "Helvetica", 11),
            ("Walk Safe after night shifts", "Helvetica-Bold", 12.5),
            ("In November we started Walk Safe: any worker on the park can ask the", "Helvetica", 11),
            ("Security Lodge for an escort, and we put in 18 new lamp columns.", "Helvetica", 11),
            ("Staff who felt safe walking at night: 41% to 83%", "Helvetica", 11)]
    y = 740
    for text, font, size in body:
        c.setFont(font, size)
        c.drawString(190, y, text)
        y -= 15
    c.setFont("Helvetica", 7)
    c.drawString(30, 28, "Brickhill Park Estates Management Ltd, Estate Office, Unit 1 Brickhill Park, Tongwell Way, "
                         "Milton Keynes MK15 8PR")
    c.drawString(30, 19, "Registered in England no. 08833147. Please pass this bulletin on to your staff.")
    doc = _saved(c, buf, tmp_path / "bulletin.pdf")
    squashed = " ".join(doc.text.split())
    for line in [*side, *(text for text, _, _ in body)]:
        assert line in squashed, line
    assert "Splash & Dash Park Life" in doc.text  # nothing cut at the page's edge
    assert ("Brickhill Park Estates Management Ltd, Estate Office, Unit 1 Brickhill Park, Tongwell Way, "
            "Milton Keynes MK15 8PR") in doc.text  # the footer read whole, not cut at the gutter
    # the columns are read one after the other, not line by line across the page
    assert "Between January and May, 31 vans parked overnight had their doors peeled\nopen" in doc.text
    assert doc.title == "Splash & Dash Park Life"  # the masthead, not the sidebar's first line
    headings = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "heading"]
    assert "Walk Safe after night shifts" in headings  # a size up after a list line: no line of the list


def test_a_word_files_stated_title_is_its_title_when_its_cover_is_a_table_and_bears_it_out(tmp_path: Path):
    import docx

    from ingest.pipeline import with_catalog

    def make(cover_in_table: bool, stated: str) -> Path:
        d = docx.Document()
        if cover_in_table:
            d.add_table(rows=1, cols=1).cell(0, 0).text = "Impact Report 2024/25\nNidd and Wharfe Domestic Abuse Service"
        else:
            d.add_heading("Impact Report 2024/25: a year of support", level=1)
        d.add_heading("A word from our Chief Executive", level=2)
        d.add_paragraph("Every one of the figures in this report is a person who came to us for help.")
        d.core_properties.title = stated
        p = tmp_path / f"report-{cover_in_table}-{len(stated)}.docx"
        d.save(p)
        return p

    def title(path: Path) -> str:
        return with_catalog(read_document(path, path.name), {}).title

    assert title(make(True, "Impact Report 2024/25")) == "Impact Report 2024/25"
    # a stale or template title the text does not bear out is no title; nor does it replace the
    # heading a document opens with
    assert title(make(True, "Document1")) == "A word from our Chief Executive"
    assert title(make(False, "Impact Report 2024/25")) == "Impact Report 2024/25: a year of support"


def test_a_wide_page_with_two_columns_and_a_blank_margin_is_read_column_by_column(tmp_path: Path):
    """A landscape page whose text fills two columns on its left two thirds: the blank beside
    them is margin, not the gutter, so the page is read column by column."""
    from reportlab.pdfgen import canvas

    left = ["Pier Guardians", "Over the winter we worked with the", "Safer Neighbourhood Team on Pier",
            "Guardians, training all our volunteers.", "17 people helped by a Pier Guardian."] * 3
    right = ["Operation Boardwalk", "In July the Safer Neighbourhood Team", "ran Operation Boardwalk with our",
             "security staff on Friday nights.", "Jumps from the pier head: 26 down to 3."] * 3
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595), invariant=1)
    for x, lines in ((30, left), (300, right)):
        y = 540
        for line in lines:
            c.setFont("Helvetica", 9)
            c.drawString(x, y, line)
            y -= 13
    doc = _saved(c, buf, tmp_path / "review.pdf")
    assert "Pier Guardians\nOver the winter we worked with the\nSafer" in doc.text
    assert doc.text.index("Operation Boardwalk") > doc.text.rindex("17 people helped")


def test_pdf_with_no_text_is_refused_clearly(tmp_path: Path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 72, 300, 500, fill=1)  # a scanned page: an image, no text
    c.showPage()
    c.save()
    p = tmp_path / "scan.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(UnreadableFile, match=r"no extractable text \(scanned"):
        read_document(p, "scan.pdf")


def test_docx_styles_bold_paragraphs_fields_and_tracked_insertions(tmp_path: Path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Community Safety Case Studies", level=1)
    for case, force in (("Safer Streets in Hastings", "Sussex Police"), ("Rural Watch", "Dyfed-Powys Police")):
        d.add_paragraph().add_run(case).bold = True
        d.add_paragraph(f"{force} worked with the council on the scheme.")
        for label in ("Problem", "Outcome"):
            d.add_paragraph().add_run(label).bold = True
            d.add_paragraph(f"The {label.lower()} was recorded in the evaluation report.")
    d.add_paragraph("Fewer calls", style="List Bullet")
    tracked = d.add_paragraph()
    tracked._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="Editor" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:t>Inserted by a reviewer.</w:t></w:r></w:ins>'))
    p = tmp_path / "cases.docx"
    d.save(str(p))
    doc = read_document(p, "cases.docx")
    _exact(doc)
    headings = [(doc.text[i.start:i.end], i.level) for i in doc.outline if i.kind == "heading"]
    assert headings == [("# Community Safety Case Studies", 1), ("Safer Streets in Hastings", 2), ("Rural Watch", 2)]
    assert [i.label for i in doc.outline if i.kind == "field"] == ["Problem", "Outcome"] * 2
    assert _items(doc, "list_item") == ["- Fewer calls"]
    assert "Inserted by a reviewer." in doc.text


HTML = """<html><head><title>Kent Police - News</title></head><body>
<div class="cookie-banner"><p>We use cookies to improve this site.</p><button>Accept</button></div>
<main><nav aria-label="Breadcrumb"><a>Home</a> &gt; <a>News</a></nav>
<h1>Knife crime falls in Medway</h1>
<p>Kent Police worked with schools in Medway on a knife crime project.</p>
<h3>Results</h3>
<table><tr><th></th><th>2022</th><th>2023</th></tr><tr><td>Offences</td><td>120</td><td>90</td></tr></table>
<ul class="social-share"><li>Share on Facebook</li><li>Share on X</li></ul>
</main></body></html>"""


def test_html_headings_tables_and_furniture(tmp_path: Path):
    p = tmp_path / "news.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_document(p, "news.html")
    _exact(doc)
    headings = [(doc.text[i.start:i.end], i.level) for i in doc.outline if i.kind == "heading"]
    assert headings == [("# Knife crime falls in Medway", 1), ("### Results", 3)]
    assert _items(doc, "table") == ["\t2022\t2023\nOffences\t120\t90"]
    furniture = " ".join(_items(doc, "furniture"))
    assert "We use cookies" in furniture and "Share on Facebook" in furniture and "Share on X" in furniture
    assert not any("Kent Police worked" in f for f in _items(doc, "furniture"))


def test_a_menu_written_out_is_furniture_but_a_list_of_forces_is_not():
    from ingest.readers.outline import text_outline

    text = ("Home | News | Contact us | About\n\nKent Police · Essex Police · Sussex Police · Surrey Police\n\n"
            "Joined: Mar 2019 · Messages: 1,206 · Location: Bristol\n")
    kinds = {text[i.start:i.end]: i.kind for i in text_outline(text, [])}
    assert kinds.get("Home | News | Contact us | About") == "furniture"
    assert kinds.get("Kent Police · Essex Police · Sussex Police · Surrey Police") != "furniture"


def test_a_static_sites_front_matter_and_a_publishers_imprint_are_furniture(tmp_path: Path):
    p = tmp_path / "post.md"
    p.write_text('+++\ntitle = "Shed News: Summer 2025"\ndate = 2025-07-04\n+++\n\n# Shed News: Summer 2025\n\n'
                 "*The newsletter of Melksham Men's Shed.*\n\n## Bikes for Work\n\nWe mended 71 bikes with Wiltshire "
                 "Police for people starting work.\n\nMelksham Men's Shed is a registered charity, no. 1187463. "
                 "Unit 6, Bath Road Workshops.\n", encoding="utf-8")
    doc = read_document(p, "post.md")
    furniture = _items(doc, "furniture")
    assert furniture[0].startswith("+++\ntitle") and furniture[0].endswith("+++")
    assert any(f.startswith("Melksham Men's Shed is a registered charity") for f in furniture)
    assert not any("71 bikes" in f for f in furniture)
    from ingest.owners import document_owner
    from ingest.pipeline import with_catalog

    titled = with_catalog(doc, {})
    assert titled.title == "Shed News: Summer 2025"
    # the owner is read in the title block below the front matter: 'The newsletter of ...'
    assert document_owner(titled).organisations == ("Melksham Men's Shed",)
    # YAML front matter too; a rule over prose that is no settings block is left alone
    from ingest.readers.outline import front_matter

    assert front_matter("---\ntitle: Week 4\nlayout: post\n---\nBody") != []
    assert front_matter("---\nSome words of the story.\n---\nBody") == []
    assert front_matter("Body\n---\ntitle: x\n---\n") == []


@pytest.mark.parametrize("line, imprint", [
    ("Registered charity number 523741 · Part of Dinefwr District Scouts.", True),
    ("Wyre Haven Port Ltd, company no. 04418276, Dock Street, Fleetwood", True),
    ("Registered in England and Wales No. 123456", True),
    ("Scottish charity SC012345", True),
    ("CATCH, a registered charity, began as a police-led effort to address issues in one area.", False),
    ("The charity, now 12 years old, trained 40 volunteers.", False),
])
def test_a_registration_line_is_the_publishers_imprint(line, imprint):
    from ingest.readers.outline import text_outline

    kinds = {line[i.start:i.end]: i.kind for i in text_outline(line, [])}
    assert (kinds.get(line) == "furniture") is imprint


@pytest.mark.parametrize("text, holder", [
    ("Contact us\n© Soar Valley University 2025\n", "Soar Valley University"),
    ("Copyright 2024 Kent Community Trust. All rights reserved.", "Kent Community Trust"),
    ("(c) 2023 Acme Ltd", "Acme Ltd"),
    ("© Crown copyright 2024", ""),
    ("© 2025", ""),
    ("The photograph © Jo Bloggs appears with thanks. More words here.", ""),
    ("© 2025 Tyne Metal Recycling Ltd · Website by Northlight Web", "Tyne Metal Recycling Ltd"),
    # the terms of use given after the year
    ("© Marsh Lane Crafts 2025. Free for personal use: please do not sell copies.", "Marsh Lane Crafts"),
    ("© Marsh Lane Crafts 2025 is printed on recycled paper", ""),  # no notice: a sentence about it
])
def test_a_copyright_notice_names_its_holder(text, holder):
    from ingest.readers.outline import copyright_holder

    assert copyright_holder(text) == holder


# a newsletter's or a letter's paragraphs opening with a head in bold, as every format sets them
RUN_INS = [("Bike marking.", "Officers and a cycle workshop marked 212 bikes at three events in the ward."),
           ("A quiet room by the control room.", "With the wellbeing team we opened a room for call handlers."),
           ("RESOLVED", "that the Board notes the report and thanks the team for its work."),
           ("Present:", "Jo Bloggs (Chair), Sam Smith, Alex Jones and the Chief Constable."),
           ("4.1", "The forecast outturn is an underspend of 1.2 million pounds on the year."),
           ("Please pray", "for those who answer our calls, and for our new chaplains.")]
RUN_IN_HEADS = ["Bike marking", "A quiet room by the control room"]  # a sentence follows; not a label, number or lead-in


def test_docx_paragraphs_opening_in_bold_give_run_in_heads(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("Dear friends, thank you for a good year.")
    for head, rest in RUN_INS:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        p.add_run(" " + rest)
    path = tmp_path / "letter.docx"
    d.save(path)
    doc = read_document(path, "letter.docx")
    _exact(doc)
    assert [i.label for i in doc.outline if i.kind == "run_in"] == RUN_IN_HEADS
    assert _items(doc, "run_in") == ["Bike marking.", "A quiet room by the control room."]


def test_html_paragraphs_opening_in_strong_give_run_in_heads(tmp_path: Path):
    paragraphs = "".join(f"<p><strong>{head}</strong> {rest}</p>" for head, rest in RUN_INS)
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main><h1>Ward report</h1><p>Plain <b>bold</b> inside a sentence.</p>{paragraphs}"
                    f"<blockquote><p><strong>Quoted.</strong> Someone said it was good.</p></blockquote></main></body></html>")
    doc = read_document(path, "page.html")
    _exact(doc)
    assert [i.label for i in doc.outline if i.kind == "run_in"] == RUN_IN_HEADS


def test_markdown_paragraphs_opening_in_bold_give_run_in_heads(tmp_path: Path):
    path = tmp_path / "note.md"
    path.write_text("# Ward report\n\n" + "\n\n".join(f"**{head}** {rest}" for head, rest in RUN_INS) + "\n")
    doc = read_document(path, "note.md")
    _exact(doc)
    assert [i.label for i in doc.outline if i.kind == "run_in"] == RUN_IN_HEADS
    assert _items(doc, "run_in") == ["**Bike marking.**", "**A quiet room by the control room.**"]


def test_pdf_lines_opening_in_a_bold_font_give_run_in_heads(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    path = tmp_path / "report.pdf"
    story = [Paragraph("Ward report", getSampleStyleSheet()["Title"]),
             Paragraph("This is the <b>monthly</b> report to the council on the work of the ward officers.", style)]
    story += [Paragraph(f"<b>{head}</b> {rest}", style) for head, rest in RUN_INS]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = read_document(path, "report.pdf")
    _exact(doc)
    assert [i.label for i in doc.outline if i.kind == "run_in"] == RUN_IN_HEADS


def test_lines_underlined_with_rules_are_headings_and_a_framed_block_is_not(tmp_path: Path):
    text = ("==============================\nDEPOT NOTICE 41\nIssued by: the Operations Manager\n"
            "==============================\n\n"
            "1. ROUTES 1 AND 7: RESULTS\n--------------------------\nOur safety team rode the buses.\n\n"
            "Safe Seat\n=========\nDrivers helped 31 people.\n\n"
            "A sentence that ends.\n---------------------\nText.\n")
    path = tmp_path / "notice.txt"
    path.write_text(text)
    doc = read_document(path, "notice.txt")
    headings = [(doc.text[i.start:i.end], i.level, i.label) for i in doc.outline if i.kind == "heading"]
    assert headings == [("1. ROUTES 1 AND 7: RESULTS", 2, "1"), ("Safe Seat", 1, "")]


@pytest.mark.parametrize("text, publisher", [
    ("Body.\n\nCitizens Advice Wensum Valley is the operating name of Wensum Valley Citizens Advice Bureau. "
     "Registered charity no. 1098372.\n", "Citizens Advice Wensum Valley"),
    ("Body.\n\nSolway Wildlife Trust is a registered charity, no. 1092846.\n", "Solway Wildlife Trust"),
    ("Tyne Metal Recycling Ltd. Registered in England, company no. 01163482. VAT no. GB 173 4482 19.",
     "Tyne Metal Recycling Ltd"),
    ("Hello.\n\n*Fieldwork Digital is a small digital agency in Leeds working with councils.*\n", "Fieldwork Digital"),
    ("R1: That's all.\nR2: From all of us at the Stour Valley Talking News, goodbye.\n", "Stour Valley Talking News"),
    ("Body.\n\nMarsh & Vale Bank plc is authorised by the Prudential Regulation Authority and regulated by the "
     "Financial Conduct Authority.\nRegistered in England and Wales no. 02283914.\n", "Marsh & Vale Bank plc"),
    ("The trial was authorised by the Civil Aviation Authority last spring.\n", ""),
    ("**About Dock Road Memories.** Recordings are kept at the city archives. Toxteth History Group is a "
     "registered charity (no. 1163482).\n", "Toxteth History Group"),
    ("Our thanks to everyone who took part. Registered charity (no. 1163482).\n", ""),
    ("Commercially confidential. Page 1\nHolmewood Homes is a registered society (no. 30114R) and a registered "
     "provider of social housing (no. 4817).\n", "Holmewood Homes"),
    ("Registered charity no. 1234567\n", ""),
    # the name wrapped after its '&' at a sentence's start
    ("Proof of funds will be asked for. Harlow &\nKeane Ltd, registered in England no. 06543219.\n", "Harlow & Keane Ltd"),
    ("Free to anyone with sight loss. Registered charity no. 1019745.\n", ""),
    ("We met on Tuesday and talked about the plan.\n", ""),
    # a form's field naming whose return it is, set in capitals as forms ask
    ("Community Interest Company Report\nCompany Name in full WHEELHOUSE BIKES C.I.C.\nCompany Number 1287\n"
     "© Crown copyright\n", "Wheelhouse Bikes CIC"),
    ("Grant application\nName of organisation:\tFRIENDS OF THE PARK\n", "Friends of the Park"),
    ("Organisation name: Riverside Youth Trust\n", "Riverside Youth Trust"),
    ("The company name was changed in 2019.\n", ""),
])
def test_a_document_names_its_own_publisher_in_its_imprint_sign_off_or_about_line(text, publisher):
    from ingest.readers.outline import stated_publisher

    assert stated_publisher(text) == publisher


def test_a_typescripts_numbered_heading_in_capitals_is_styled_as_a_heading_is():
    from ingest.readers.outline import text_outline

    text = "REPORT\n\nSome words here for the panel to read.\n\n1.  SAFE AS HOUSES\n\nWe fitted locks.\n\n" \
           "2.  Vehicle watch\n\nWe registered cars.\n"
    items = {text[i.start:i.end]: i for i in text_outline(text, []) if i.kind == "heading"}
    assert items["1.  SAFE AS HOUSES"].styled and items["1.  SAFE AS HOUSES"].label == "1"
    assert not items["2.  Vehicle watch"].styled


def test_headings_labelled_as_a_forms_parts_outrank_headings_of_their_font():
    from ingest.layouts.common import parts_outrank

    text = "PART 1 - ACTIVITIES\nSECOND GEAR\nLIGHTS ON\nPART 2 - CONSULTATION\nNotes\n"
    starts = [text.index(h) for h in ("PART 1", "SECOND", "LIGHTS", "PART 2", "Notes")]
    levels = dict.fromkeys(starts, 3)
    levels[starts[-1]] = 4
    assert list(parts_outrank(text, levels).values()) == [3, 4, 4, 3, 5]
    # one part alone, or parts with no other heading of their level, are left as they are
    assert parts_outrank(text, {starts[0]: 3, starts[1]: 3}) == {starts[0]: 3, starts[1]: 3}
    assert parts_outrank(text, {starts[0]: 3, starts[3]: 3, starts[4]: 4}) == {starts[0]: 3, starts[3]: 3, starts[4]: 4}
