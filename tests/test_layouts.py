"""Each layout module on small documents written for it: which layout is chosen, the initiatives
it gives (one per piece of work, context kept inside, apparatus left out) and who did them."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from index.records import Document
from ingest.layouts import choose, make_view
from ingest.pipeline import build_initiatives
from ingest.readers.outline import form_feed_pages, stated_publisher, text_outline
from ingest.segment import segmentation


def _doc(text: str, title: str = "", publisher: str = "") -> Document:
    return Document("doc.md", title, text, hashlib.sha256(text.encode()).hexdigest(), publisher=publisher,
                    pages=form_feed_pages(text), outline=tuple(text_outline(text, [])))


def _layout(doc: Document) -> str:
    return choose(make_view(doc)).name


def _quote_owner(doc: Document, quote: str):
    at = doc.text.index(quote)
    owners = [i for i in build_initiatives(doc) if i.start <= at < i.end]
    assert len(owners) == 1, (quote, owners)
    return owners[0]


# --- labelled records -----------------------------------------------------------------------

PCC_PACK = """# Community Safety Fund: Case Studies 2024

Office of the Police and Crime Commissioner for Cumbria

Safer Nights in Carlisle

Cumbria Constabulary

Problem: Violence around late-night venues in the city centre rose through 2022.

Response: Officers and door staff trained together and a taxi marshal scheme was funded.

Outcome: Violent incidents in the night-time economy fell by 18% over the year.

Contact: Inspector A. Reid, a.reid@example.org

Farm Watch Partnership

Cumbria Constabulary and the National Farmers Union

Problem: Thefts of quad bikes and tools from remote farms were rising.

Response: A rural crime team marked equipment and ran a messaging group for farmers.

Outcome: Reported farm thefts halved.

Contact: Sergeant B. Moss, b.moss@example.org

Youth Boxing Club

Positive Futures CIC

Problem: Young people in Barrow had few places to go in the evenings.

Response: A boxing club opened three nights a week with mentoring from PCSOs.

Outcome: 120 young people attended in the first six months.
"""


def test_labelled_records_of_any_label_set_are_one_initiative_each():
    doc = _doc(PCC_PACK, "Community Safety Fund: Case Studies 2024")
    assert _layout(doc) == "labelled records"
    initiatives = build_initiatives(doc)
    assert [i.title for i in initiatives] == ["Safer Nights in Carlisle", "Farm Watch Partnership", "Youth Boxing Club"]
    # the Contact block stays inside its record; the pack's own heading is no initiative
    assert "a.reid@example.org" in doc.text[initiatives[0].start:initiatives[0].end]
    assert initiatives[0].forces == ["Cumbria Constabulary"]
    assert initiatives[2].forces == [] and initiatives[2].organisations


def test_a_single_record_of_labelled_fields_is_not_a_pack():
    record = PCC_PACK[PCC_PACK.index("Farm Watch"):PCC_PACK.index("Youth Boxing")]
    doc = _doc(record, "Farm Watch Partnership")
    assert _layout(doc) == "single piece"
    assert len(build_initiatives(doc)) == 1


# --- paged compendium -------------------------------------------------------------------------

def _compendium() -> str:
    contents = ("Contents\n\nIntroduction ........ 2\nSupporting People: Wellbeing ........ 3\n"
                "Kent Police ........ 4\nSurrey Police ........ 5\nSupporting People: Recruitment ........ 6\n"
                "Essex Police ........ 7\nNorfolk Constabulary ........ 8\nDurham Constabulary ........ 9\n")
    intro = "Introduction\n\nThis compendium collects work by Kent Police, Surrey Police and many others across the country."
    pages = [contents, intro, "# Supporting People\n\n## Wellbeing"]
    for force, work in (("Kent Police", "opened a wellbeing hub for call handlers after a staff survey"),
                        ("Surrey Police", "trained two hundred peer supporters across every station"),
                        ("Essex Police", "ran recruitment open evenings in community centres for women"),
                        ("Norfolk Constabulary", "mentored applicants from minority ethnic backgrounds through selection"),
                        ("Durham Constabulary", "rewrote job adverts with a local disability charity and tested them")):
        if force == "Essex Police":
            pages.append("## Recruitment")
        pages.append(f"{force}\n\nThe force {work}. Staff said the change made a real difference to their work.")
    pages.append("Reeds Partnership\n\nA community interest company trained volunteers to run weekly drop-in sessions for residents.")
    return "\f".join(pages)


def test_paged_compendium_one_initiative_per_page_with_themes_from_the_contents():
    doc = _doc(_compendium(), "Force Initiatives Compendium", "National Police Chiefs' Council")
    assert _layout(doc) == "paged compendium"
    initiatives = build_initiatives(doc)
    assert [i.forces for i in initiatives[:5]] == [["Kent Police"], ["Surrey Police"], ["Essex Police"],
                                                   ["Norfolk Constabulary"], ["Durham Constabulary"]]
    assert initiatives[0].theme == "Supporting People > Wellbeing"
    assert initiatives[2].theme == "Supporting People > Recruitment"
    # the introduction names forces but is not an initiative, and its forces go to no one else
    assert not any("This compendium collects" in doc.text[i.start:i.end] for i in initiatives)
    last = initiatives[-1]
    assert "Reeds Partnership" in doc.text[last.start:last.end] and last.forces == []


def test_a_compendium_page_of_figures_alone_is_no_piece_and_breaks_nothing():
    """A page holding only a table of figures (no sentence) stays apart from the pages around it,
    and is left out, not read as a page with a body."""
    pages = _compendium().split("\f")
    pages.insert(5, "Workforce figures\n\nOfficers\t340\nStaff\t120\nVolunteers\t45")
    doc = _doc("\f".join(pages), "Force Initiatives Compendium", "National Police Chiefs' Council")
    from ingest.layouts import paged

    assert paged.score(make_view(doc))[0] > 0.5
    sections = paged.sections(make_view(doc))  # (a page with no sentence has no body to start)
    assert any(doc.text[s.start:s.end].startswith("Workforce figures") for s in sections)
    initiatives = build_initiatives(doc)
    assert [i.forces for i in initiatives[:5]] == [["Kent Police"], ["Surrey Police"], ["Essex Police"],
                                                   ["Norfolk Constabulary"], ["Durham Constabulary"]]
    assert not any("Officers\t340" in doc.text[i.start:i.end] for i in initiatives)


def test_pages_that_continue_each_other_are_not_a_compendium():
    # a report whose text runs on from page to page: each page starts mid-sentence
    body = ("the review found that officers on every shift in division {n} used the new guidance, and "
            "supervisors checked its use at each briefing. In the months after that the work went on with")
    text = "The review began in spring and " + "\f".join(body.format(n=n) for n in range(6)) + " success."
    doc = _doc(text, "Annual Review")
    assert _layout(doc) != "paged compendium"


# --- single piece -----------------------------------------------------------------------------

PRESS_RELEASE = """# Knife crime falls in Medway after schools project

Maidstone, 3 May 2024 – Kent Police has seen knife crime fall in Medway after a year-long project with local schools.

## What we did

Our officers visited every secondary school in Medway, working with Essex Police on a joint assembly programme.

## Results

Knife offences fell by 22% in the year to March.

## Notes to editors

Kent Police is the territorial police force for Kent. Media enquiries: press@example.org.
"""


def test_press_release_is_one_initiative_owned_by_its_dateline_force():
    doc = _doc(PRESS_RELEASE, "Knife crime falls in Medway after schools project")
    result = segmentation(doc)
    assert result.choice.name == "single piece"
    assert result.owner.forces == ("Kent Police",) and result.owner.source == "press-release dateline"
    [initiative] = build_initiatives(doc)
    assert initiative.forces[0] == "Kent Police" and "Essex Police" in initiative.forces


# --- numbered sections ----------------------------------------------------------------------

REVIEW = """Rural Policing Review

1. Introduction

This review describes the rural policing work of each division in the last year.

2. HIGHLAND AND ISLANDS DIVISION

Officers set up a wildlife crime partnership with estates and reduced hare coursing reports.

3. NORTH EAST DIVISION

The division ran a farm watch scheme and marked over 900 quad bikes.

4. TAYSIDE DIVISION

Community officers held drop-in surgeries in village halls every month.

5. Recommendations

Every division should share its rural crime data each quarter.
"""


def test_numbered_review_one_initiative_per_numbered_division():
    doc = _doc(REVIEW, "Rural Policing Review: Police Scotland")
    assert _layout(doc) == "numbered sections"
    initiatives = build_initiatives(doc)
    assert [i.title for i in initiatives] == ["HIGHLAND AND ISLANDS DIVISION", "NORTH EAST DIVISION", "TAYSIDE DIVISION"]
    # the document's owner is inherited by sections that name no force
    assert all(i.forces == ["Police Scotland"] for i in initiatives)
    # introduction and recommendations are not initiatives, nor inside one
    assert not any("This review describes" in doc.text[i.start:i.end] for i in initiatives)
    assert not any("Every division should" in doc.text[i.start:i.end] for i in initiatives)


# --- heading tree -----------------------------------------------------------------------------

NEWSLETTER = """# Spring Newsletter

## Bikes back on the beat

Northumbria Police returned cycle patrols to Newcastle city centre.

### How it works

Officers patrol in pairs from 10am to 6pm.

## Lighting up the underpass

Cleveland Police and the council lit a subway where robberies had happened.

## Contact

Email newsletter@example.org with your stories.
"""


def test_heading_tree_splits_at_the_level_that_repeats_and_keeps_sub_headings_inside():
    doc = _doc(NEWSLETTER, "Spring Newsletter")
    assert _layout(doc) == "heading tree"
    initiatives = build_initiatives(doc)
    assert [i.forces for i in initiatives] == [["Northumbria Police"], ["Cleveland Police"]]
    assert "Officers patrol in pairs" in doc.text[initiatives[0].start:initiatives[0].end]
    # the newsletter's own contact box belongs to no article
    assert not any("newsletter@example.org" in doc.text[i.start:i.end] for i in initiatives)


def test_a_box_naming_no_force_is_not_given_the_forces_named_elsewhere():
    text = ("# Joint Inspection of Custody\n\nWe inspected Kent Police, Essex Police and Surrey Police in 2023.\n\n"
            "## Kent Police custody suite\n\nKent Police installed anti-ligature cells in every suite.\n\n"
            "## A better way to book in detainees\n\nCustody sergeants used a shorter risk assessment form "
            "that detainees could read.\n")
    doc = _doc(text, "Joint Inspection of Custody", "HM Inspectorate of Constabulary")
    box = _quote_owner(doc, "shorter risk assessment")
    assert box.forces == []


def test_the_first_pieces_heading_is_not_the_documents_owner():
    # no catalogue entry and no title line: the title read from the text is the first piece's heading
    text = NEWSLETTER[NEWSLETTER.index("## Bikes"):]
    doc = _doc(text, "Bikes back on the beat")
    assert [i.forces for i in build_initiatives(doc)] == [["Northumbria Police"], ["Cleveland Police"]]


# --- practice boxes ---------------------------------------------------------------------------

def test_inspection_pdf_practice_boxes_are_the_initiatives_of_the_inspected_force(tmp_path):
    from ingest.readers import read_document
    from test_outline import _pdf

    body, bold, big = "Helvetica", "Helvetica-Bold", 18
    pages = [
        [("PEEL 2025: An inspection of Kent Police", bold, big),
         ("We inspected how well the force protects vulnerable people and responds to the public.", body, 10)],
        [("Responding to the public", bold, 14),
         ("The force answers most emergency calls within ten seconds of the call connecting.", body, 10),
         ("Innovative practice", bold, 10), ("Operation Fortify", bold, 10),
         ("Officers visit every burglary victim within a day and fit door sensors at the address.", body, 10),
         ("Area for improvement", bold, 10),
         ("The force should make sure that it records the outcome of every crime it investigates.", body, 10)],
        [("Protecting vulnerable people", bold, 14),
         ("The force works well with partners to safeguard children at risk of exploitation.", body, 10),
         ("Innovative practice", bold, 10), ("Safe Spaces scheme", bold, 10),
         ("Shops in Medway give young people a safe place to wait for officers after school.", body, 10)],
    ]
    path = tmp_path / "peel.pdf"
    path.write_bytes(_pdf(pages))
    doc = read_document(path, "peel.pdf")
    result = segmentation(doc)
    assert result.choice.name == "practice boxes"
    initiatives = build_initiatives(doc)
    assert [i.title for i in initiatives] == ["Operation Fortify", "Safe Spaces scheme"]
    assert all(i.forces == ["Kent Police"] for i in initiatives), [i.forces for i in initiatives]
    # the report's findings and its area for improvement are not initiatives, nor in a box
    assert not any("records the outcome of every crime" in doc.text[i.start:i.end] for i in initiatives)
    # the running footer is in no initiative's title
    assert not any("Compendium" in i.title for i in initiatives)


NUMBERED_PARAGRAPHS = """Local Policing Review

INTRODUCTION

1.1 This review brings together examples of practice found during the inspection visits to every division this year.

NORTH DIVISION

2.1 Officers in the city centre worked with the football club on a diversion scheme for young people
who had been excluded from school, and referrals fell by a third.

2.2 The rural crime partnership sent text alerts to farmers about thefts of equipment in their area.

SOUTH DIVISION

3.1 Island special constables were recruited and trained in communities with no resident officer.
"""


def test_numbered_paragraphs_are_the_pieces_and_an_introductions_are_not():
    doc = _doc(NUMBERED_PARAGRAPHS, "Local Policing Review: Police Scotland")
    assert _layout(doc) == "numbered sections"
    initiatives = build_initiatives(doc)
    quotes = ["football club", "text alerts to farmers", "Island special constables"]
    assert len(initiatives) == 3
    for initiative, quote in zip(initiatives, quotes):
        assert quote in doc.text[initiative.start:initiative.end]
        assert not initiative.title.startswith(("2.", "3.")), initiative.title
    assert not any("This review brings together" in doc.text[i.start:i.end] for i in initiatives)
    assert not any("SOUTH DIVISION" in doc.text[i.start:i.end] for i in initiatives[:2])


# --- framing: a document's front matter, a part's introduction, a contact box -------------------

WEB_PAGE = """# What we are doing about rural crime

Rural crime costs farmers dearly. This page sets out some of the work under way across the county.

## Protecting farms

### Farm watch

Kent Police set up a farm watch scheme with 300 farms sharing alerts about suspicious vehicles.

### Tractor marking

Officers marked 1,200 quad bikes and tractors with forensic liquid at livestock markets.

## Get in touch

If you are in immediate danger call 999. You can report non-emergencies by calling 101 or at www.example.police.uk/report.
"""


def test_the_prose_under_a_heading_above_the_pieces_introduces_them():
    doc = _doc(WEB_PAGE, "Rural crime | Kent Police")
    initiatives = build_initiatives(doc)
    assert [i.title.split(" — ")[0] for i in initiatives] == ["Farm watch", "Tractor marking"]
    assert not any("This page sets out" in doc.text[i.start:i.end] for i in initiatives)


def test_a_parts_opening_paragraph_introduces_its_pieces():
    text = ("# Annual report\n\n## Neighbourhoods\n\nThis part describes what our neighbourhood teams did this year.\n\n"
            "### Street surgeries\n\nOfficers held weekly street surgeries with traders in the town centre.\n\n"
            "### Bike patrols\n\nOfficers returned to bike patrols in the parks after dark in the summer.\n\n"
            "## Custody\n\n### Risk forms\n\nCustody staff introduced a new risk assessment form for every detainee.\n\n"
            "### Cells\n\nAnti-ligature fittings were installed in every cell of the new custody suite.\n")
    initiatives = build_initiatives(_doc(text, "Annual report", "Kent Police"))
    texts = [text[i.start:i.end] for i in initiatives]
    assert len(texts) == 4
    assert not any("This part describes" in t for t in texts)
    assert texts[2].startswith("## Custody")  # a part heading with no prose of its own heads its first piece


def test_prose_over_a_smaller_heading_with_only_a_table_under_it_introduces_nothing():
    """A box telling a piece of work, then a smaller heading over a table of opening times (and the
    publisher's copyright line): the box is a piece, not the table's introduction."""
    text = ("# Sewing circle\n\n## The pattern\n\n### Rows 1 to 4\n\nCast on 30 stitches in the main colour and knit "
            "four rows in garter stitch.\n\n### Rows 5 to 8\n\nDecrease one stitch at each end of every row until 22 "
            "stitches remain on the needle.\n\n### Rows 9 to 12\n\nKnit two more rows, then cast off loosely and sew "
            "in the ends.\n\n"
            "## Quilts for the hospice\n\nSince March 2024 our Monday sewing circle has made quilts for the "
            "day hospice at Ashby, and 40 have been delivered so far, each one washed and labelled.\n\n"
            "### Opening times\n\nMonday\t9am - 5pm\nSaturday\t9am - 1pm\n\n"
            "© Marsh Lane Crafts 2025. Free for personal use: please do not sell copies.\n")
    initiatives = build_initiatives(_doc(text, "Sewing circle"))
    assert [i.title.split(" — ")[0] for i in initiatives] == ["Quilts for the hospice"]


def test_prose_opening_with_the_name_of_the_piece_it_tells_introduces_nothing():
    """A box over a smaller heading, its prose opening by naming the piece it tells ('Safe Doors is
    run by ...'): a piece of its own, not the introduction of what follows."""
    text = ("# Quotation\n\n## Survey\n\n### Front door\n\nThe euro cylinder is a standard one that could be "
            "snapped in seconds.\n\n### Back door\n\nThe back door has a single lock and no bolts at top or "
            "bottom.\n\n## About Safe Doors\n\nSafe Doors is run by Kent Police's crime prevention officers, who "
            "survey the homes of burglary victims and send the work to approved fitters. Since 2023, 1,000 homes "
            "have been done.\n\n### Free lock checks\n\nEvery Wednesday our fitters visit people aged 70 or over "
            "for a free check of their doors. Since May 2024 we have checked 260 homes.\n")
    titles = [i.title.split(" — ")[0] for i in build_initiatives(_doc(text, "Quotation"))]
    assert "About Safe Doors" in titles and "Free lock checks" in titles


def test_a_sub_section_naming_a_scheme_nothing_else_in_its_part_names_is_a_piece_apart():
    """Among a part's other matters (a bill's notes on charges and help paying), one sub-section
    headed with a scheme's name that its text tells as work: that scheme is a piece of its own."""
    text = ("# Your water bill\n\n## This quarter\n\nPlease pay the amount shown by 31 March 2026 by direct "
            "debit or at the bank.\n\n## Useful information\n\nThe notes below explain your bill and where to get "
            "help with it.\n\n### Your bill explained\n\nWater supply is the cost of treating water and piping it "
            "to your home.\n\n### Struggling to pay?\n\nTalk to us before things get on top of you: ring 01632 960 "
            "720 on weekdays.\n\n### Leak Aid\n\nLeak Aid is our own free plumbing service for older customers. "
            "Since April 2023 our two plumbers have fixed leaks in 1,340 homes at no cost to them.\n")
    initiatives = build_initiatives(_doc(text, "Your water bill"))
    leak = [i for i in initiatives if "Leak Aid is our own" in text[i.start:i.end]]
    assert len(leak) == 1 and leak[0].title.startswith("Leak Aid")
    assert "Struggling to pay" not in text[leak[0].start:leak[0].end]


@pytest.mark.xfail(strict=True, reason="a paged layout's parts are not cut into their examples: cutting them (round 45) "
                   "cut the corpus's culture report rendered as PDF at a bold sentence's lines read as headings, "
                   "losing a figure a question asks for (tests/test_originals.py); reverted until headings in a "
                   "PDF's bold prose are told from a page's headings")
def test_a_magazine_pages_part_over_village_items_each_naming_its_doers_splits_into_them():
    """A parish magazine read page by page (a paged layout): one page's 'News from the villages'
    holds an item under each village's name, each telling another body's work, and a smaller item
    after them at a level above. The villages' items are pieces apart."""
    pages = [
        "# The Village Voice\n\nMarch 2026, issue 88. Free to every home in the parish.\n",
        "## From the Rectory\n\nDear friends, spring is nearly here and the lambs are out on the hill.\n",
        "## News from the villages\n\n#### ASHBY\n\nThe Monday Lunch Club turned three in February. Every Monday a "
        "rota of ten cooks serves a hot lunch in Ashby Village Hall for anyone living alone, and since 2023 it has "
        "served more than 2,000 lunches.\n\n#### COLTON\n\nSeven volunteers make up Colton Community First "
        "Responders. They are trained by East Midlands Ambulance Service, which sends them to 999 calls in the "
        "villages, and last year they were sent to 190 calls.\n\n### Sunday school\n\nThe Sunday school meets in "
        "the church hall on the first Sunday of the month for children aged four to eleven.\n",
        "## Nature notes\n\nThe first curlews were back on the moor on 24 February, a week earlier than last year.\n",
        "## Letters\n\nDear Editor, thank you to whoever cleared the path to the school after the snow.\n",
        "## Recipe of the month\n\nRub the butter into the flour, stir in the sugar and fruit, and bake.\n",
        "## Dates for your diary\n\nThe spring fair is on Saturday 18 April from 10am on the green.\n",
        "## Our advertisers\n\nPlease support the businesses who support the Village Voice.\n",
    ]
    text = "\f".join(pages)
    doc = _doc(text, "The Village Voice")
    assert _layout(doc) == "paged compendium"
    found = build_initiatives(doc)
    lunch = [i for i in found if i.start <= text.index("The Monday Lunch Club") < i.end]
    responders = [i for i in found if i.start <= text.index("Seven volunteers") < i.end]
    assert len(lunch) == 1 and len(responders) == 1 and lunch[0] is not responders[0]


def test_a_parts_opening_telling_a_piece_it_names_is_that_piece_not_the_examples_introduction():
    text = ("# Beer festival\n\n## Getting home safely\n\nHome Safe Ely runs on Friday and Saturday nights from a "
            "gazebo on the Market Place. Cambridgeshire Constabulary's neighbourhood team and the council's taxi "
            "marshals work there together, and since 2024 it has helped 380 people get home.\n\n### Festival rules"
            "\n\nThe Ely Beer Society asks everyone to drink responsibly and to bring photo ID.\n\n### Join the "
            "society\n\nThe Fenland Real Ale Society has 410 members who like good beer and pubs.\n")
    found = build_initiatives(_doc(text, "Beer festival"))
    home = [i for i in found if i.start <= text.index("Home Safe Ely runs") < i.end]
    assert len(home) == 1 and "Festival rules" not in text[home[0].start:home[0].end]


def test_the_section_headed_by_the_documents_title_is_its_front_matter():
    text = ("# Custody Good Practice 2024\n\nPublished by the custody forum of the National Police Chiefs' Council.\n\n"
            "# Booking in\n\n## Shorter risk forms\n\nKent Police custody sergeants used a shorter risk form.\n\n"
            "## Anti-ligature cells\n\nEssex Police installed anti-ligature cells in every custody suite.\n")
    initiatives = build_initiatives(_doc(text, "Custody Good Practice 2024"))
    assert [i.forces for i in initiatives] == [["Kent Police"], ["Essex Police"]]


def test_a_box_that_only_says_how_to_get_help_is_not_a_piece_whatever_its_heading():
    from ingest.layouts.common import is_contact_only

    assert is_contact_only("In an emergency, call 999. If you are deaf, text 999 once registered.")
    assert is_contact_only("Write to safer@example.org or ring 01632 960123 between 9am and 5pm.")
    assert not is_contact_only("Officers took 388 calls. Call handlers can now be reached on 101.")
    # a piece about emergency calls is work, not a box telling the reader whom to call
    assert not is_contact_only("Handlers answered 999 calls faster. The share of 999 calls answered in "
                               "ten seconds rose to 92%.")
    text = ("## Bikes back on the beat\n\nNorthumbria Police returned cycle patrols to Newcastle city centre.\n\n"
            "## Lighting the underpass\n\nCleveland Police and the council lit a subway where robberies had happened.\n\n"
            "## Worried about someone?\n\nCall 101 or email safeguarding@example.org. In an emergency always call 999.\n")
    initiatives = build_initiatives(_doc(text, "Spring newsletter"))
    assert [i.forces for i in initiatives] == [["Northumbria Police"], ["Cleveland Police"]]


# --- prose wrapped into a narrow column ----------------------------------------------------------

def test_a_paragraph_wrapped_into_a_narrow_column_is_prose_and_a_title_over_it_is_not():
    from ingest.layouts.common import is_sentence

    text = ("Highlights of the year\n\n"
            "Cymraeg in the control room\n"
            "We trained 96 call handlers in the\n"
            "Public Service Centre to take calls\n"
            "in Welsh from the very first word.\n"
            "Rates of calls answered in Welsh\n\n"
            "Contents ........ 2\nForeword ........ 3\nOur work ........ 4\n")
    view = make_view(_doc(text, "Annual report"))
    prose = {line.plain for line in view.lines if is_sentence(line)}
    assert {"We trained 96 call handlers in the", "Public Service Centre to take calls",
            "in Welsh from the very first word."} <= prose
    assert "Cymraeg in the control room" not in prose  # a title opening the run, shorter than the column
    assert not any("........" in p for p in prose)  # dot leaders end no sentence


def test_plans_for_the_future_are_not_work_done():
    from ingest.layouts.common import is_not_work

    for heading in ("Our commitments for 2024-25", "Looking ahead", "Plans for 2025", "The year ahead"):
        assert is_not_work(heading), heading
    assert not is_not_work("Committed to the community: our cadets")
    assert not is_not_work("Commitments to victims: a new charter")
    assert is_not_work("Copyright") and not is_not_work("Licence plate recognition on rural roads")


# --- labelled records: a label paragraph's text is its field's, not the next record's title ------

def test_the_last_fields_text_stays_with_its_record_not_the_next_title(tmp_path):
    from formats import write_docx
    from ingest.readers import read_document

    blocks = [("big", "Case studies 2024"),
              ("p", "This pack sets out three services supported by the partnership this year.")]
    for n, (title, force, contact) in enumerate((
            ("Op Payback: diversion for young people", "Northumbria Police", "Sergeant Hall, Northumbria Police"),
            ("Hospital navigators", "", "Redthread North East team"),
            ("Safe Haven in the city centre", "Northumbria Police", "Sunderland Community Safety Partnership")), 1):
        who = f"{force} officers" if force else "Youth workers"
        blocks += [("big", f"{n}. {title}"),
                   ("bold", "Problem"), ("p", "Young people were not supported after an assault in the city."),
                   ("bold", "Response"), ("p", f"{who} met them and agreed a plan with each young person."),
                   ("bold", "Outcome"), ("p", "Most of the young people referred completed their plan."),
                   ("bold", "Contact"), ("p", contact)]
    doc = read_document(write_docx(tmp_path / "pack.docx", blocks), "pack.docx")
    initiatives = build_initiatives(doc)
    assert len(initiatives) == 3
    second = doc.text[initiatives[1].start:initiatives[1].end]
    assert second.startswith("2. Hospital navigators") and "Sergeant Hall" not in second
    assert "Sergeant Hall" in doc.text[initiatives[0].start:initiatives[0].end]
    assert initiatives[1].forces == []  # the previous record's contact names a force; this record names none


def test_a_section_speaking_of_the_owner_by_its_role_is_partly_the_owners():
    from ingest.owners import Owner, refers_to, section_who

    office = "Office of the Police and Crime Commissioner for Northumbria"
    assert refers_to("The Commissioner funds two stalking advocates.", office)
    assert not refers_to("The police and the council agreed a plan.", office)
    assert not refers_to("The Office for National Statistics published the figures.", office)
    # a company's legal form is no part of the role it is spoken of by
    assert refers_to("The Association secured funding for ten more spaces.", "Wrekin Hauliers' Association Ltd")
    owner = Owner((), (office,), "title")
    who = section_who("Stalking advocacy", "The Commissioner funds two advocates who sit with Northumbria Police.",
                      owner, impose=False)
    assert who.forces == ["Northumbria Police"] and office in who.organisations


def test_bodies_the_opening_says_the_work_was_done_with_are_the_pieces_partners():
    from ingest.owners import Owner, section_who

    body = ("Message: 3\nDate: Tue, 18 Nov 2025 13:30:51 +0000\nFrom: Helen Forsyth\nSubject: Re: back lanes\n\n"
            + "Dan, not gating as such, but back lanes, so it might help with what you are planning. " * 6
            + "In spring 2024 our neighbourhood team in Bishop Auckland started Operation Backyard with "
              "County Durham and Darlington Fire and\nRescue Service, walking the lanes every fortnight.\n")
    who = section_who("", body, Owner(), impose=False)
    assert "County Durham and Darlington Fire and Rescue Service" in who.organisations
    # a body named in passing, in no sentence of work done with it, is not a partner
    passing = body.replace("started Operation Backyard with County", "started Operation Backyard. County").replace(
        "Rescue Service, walking the lanes every fortnight.", "Rescue Service has a new chief fire officer.")
    assert "County Durham and Darlington Fire and Rescue Service" not in section_who(
        "", passing, Owner(), impose=False).organisations


def test_a_forces_own_post_naming_only_its_partners_is_the_forces_work_with_them():
    from ingest.owners import Owner, section_who

    owner = Owner(("Cambridgeshire Constabulary",), (), "first page")
    body = ("This summer our Rural Crime Action Team spent nine weekends on the river banks with fisheries "
            "officers from the Environment Agency, and 14 illegal nets were seized.")
    who = section_who("", body, owner, impose=False)
    assert who.forces == ["Cambridgeshire Constabulary"] and "Environment Agency" in who.organisations
    # told in the third person, the partner's work stays the partner's
    who = section_who("", body.replace("our Rural Crime Action Team", "a team of volunteers"), owner, impose=False)
    assert who.forces == [] and who.organisations == ["Environment Agency"]


def test_a_forces_neighbourhood_team_spoken_of_by_role_is_the_one_force_the_document_names():
    from ingest.owners import Owner, section_who

    owner = Owner(named_force="Norfolk Constabulary")  # a pier's review; Norfolk is the only force it names
    who = section_who("Operation Boardwalk", "In July and August the Safer Neighbourhood Team ran Operation "
                      "Boardwalk with our security staff and the coastguard volunteers.", owner)
    assert who.forces == ["Norfolk Constabulary"] and "the one force the document names" in who.reason
    assert section_who("Angling Festival", "The open drew 186 anglers from across the county.", owner).forces == []


# --- back matter and figures are not part of a piece ---------------------------------------------

def test_a_single_piece_ends_before_the_documents_back_matter_but_keeps_its_contact():
    text = ("# Custody navigators for women\n\n## Description\n\nNavigators meet every woman booked into custody "
            "and offer support with housing and health.\n\n## Outcomes\n\nRe-arrests fell from 39% to 24% in a year.\n\n"
            "## Contact\n\nInspector Dunn, Custody Services.\n\n## Copyright\n\nThe copyright in this example is "
            "not owned by the publisher of this site.\n")
    (piece,) = build_initiatives(_doc(text, "Custody navigators for women", "Cleveland Police"))
    kept = text[piece.start:piece.end]
    assert "Inspector Dunn" in kept and "copyright in this example" not in kept
    # a closing part of the piece itself ('Conclusion') is not back matter
    ending = text.replace("## Contact", "## Conclusion\n\nThe navigators will continue next year.\n\n## Contact")
    (piece,) = build_initiatives(_doc(ending, "Custody navigators for women", "Cleveland Police"))
    assert "continue next year" in ending[piece.start:piece.end]


def test_a_press_releases_notes_to_editors_are_not_part_of_the_story():
    text = ("KENTON, 3 May 2024 - Kent Police has opened a rural crime hub in Ashford to tackle farm theft.\n\n"
            "Officers visited 400 farms and marked 1,200 quad bikes with forensic liquid.\n\nENDS\n\n"
            "## Notes to editors\n\n1. Kent Police covers Kent and Medway.\n")
    (piece,) = build_initiatives(_doc(text, "Rural crime hub"))
    assert "covers Kent and Medway" not in text[piece.start:piece.end]


def test_a_table_of_figures_under_its_own_heading_is_not_the_next_pieces_title():
    text = ("# Joint wellbeing report\n\n## Our year in numbers\n\n\tDerbyshire\tLeicestershire\n"
            "Referrals\t1,204\t1,388\nCounselling\t310\t402\n\n"
            "## Trauma risk management\n\nDerbyshire Constabulary trained 120 practitioners to support colleagues.\n\n"
            "## Fitness tests\n\nLeicestershire Police introduced a new fitness test for all officers.\n")
    initiatives = build_initiatives(_doc(text, "Joint wellbeing report"))
    assert len(initiatives) == 2
    assert not any("Referrals" in text[i.start:i.end] for i in initiatives)


def test_the_owner_is_read_from_a_first_page_title_that_wraps():
    from ingest.owners import document_owner
    from ingest.readers import title_from_text

    # no catalogue entry: the title is read from the text, as the pipeline does
    text = ("Police Now officers are playing a vital role in tackling anti-social behaviour in Avon &\n"
            "Somerset.\nCommunities where officers were posted saw 695 fewer incidents of anti-social behaviour.\n")
    owner = document_owner(_doc(text, title_from_text(text)))
    assert owner.forces == ("Avon and Somerset Police",)


def test_a_contents_entry_set_over_two_lines_is_one_entry():
    from ingest.layouts.contents import Entry, rejoin_wrapped

    titles = ["CATCH: A Collaborative Approach to Youth Crime Prevention", "Pol-Ed - An Educational Programme",
              "Using a Partnership Approach to Improve Culture"]
    entries = [Entry(t) for t in ("Young people", "CATCH: A Collaborative Approach to Youth", "Crime Prevention",
                                  "Pol-Ed An Educational Programme", "Police culture",
                                  "Using a Partnership Approach to Improve", "Culture")]
    assert [e.text for e in rejoin_wrapped(entries, titles)] == [
        "Young people", "CATCH: A Collaborative Approach to Youth Crime Prevention",
        "Pol-Ed An Educational Programme", "Police culture", "Using a Partnership Approach to Improve Culture"]


def test_a_wrapped_line_starting_with_a_capital_is_no_title_in_a_document_without_headings():
    text = ("Networks and Innovation\n"
            "To foster connections between our ambassadors we trained seventeen Lead Ambassadors\n"
            "across ten partner forces, with these numbers set to grow in the coming months. Our Lead\n"
            "Ambassadors have started to create their own mentoring groups, begun to expand the Police\n"
            "Now Affinity Networks, and are aiming to organise a diversity and inclusion forum in spring.\n"
            "Progression\n"
            "To support ambassadors who seek promotion we created a pathway with coaching sessions\n"
            "and mock interviews for every participant who applied for promotion this year.\n")
    doc = _doc(text, "Impact report", "Police Now")
    assert [i.title.split(" — ")[0] for i in build_initiatives(doc)] == ["Networks and Innovation", "Progression"]


def test_a_title_read_from_the_first_pieces_heading_does_not_drop_that_piece():
    text = ("## Bikes back on the beat\n\nNorthumbria Police returned cycle patrols to Newcastle city centre.\n\n"
            "## Lighting up the underpass\n\nCleveland Police and the council lit a subway where robberies happened.\n\n"
            "## Safer taxis\n\nDurham Constabulary checked every licensed taxi in the city before Christmas.\n")
    initiatives = build_initiatives(_doc(text, "Bikes back on the beat"))
    assert [i.forces for i in initiatives] == [["Northumbria Police"], ["Cleveland Police"], ["Durham Constabulary"]]


# --- templated pieces (recurring part headings are field labels of the piece above) -----------

TEMPLATED_PACK = """# Tackling Rural Crime: Case Studies

## Foreword

These case studies show what neighbourhood teams have done about rural crime this year.

## Dyfed-Powys Police: farm machinery marking

### Background

Thefts of quad bikes from hill farms in Ceredigion rose through 2023 and few were recovered.

### What we did

We marked 400 quad bikes with forensic paint and ran a messaging group for farmers.

### Outcome

Reported quad bike thefts fell by 35% in the first year.

## Lincolnshire Police: fly-tipping patrols

### Background

Fly-tipping on farm tracks cost landowners thousands of pounds to clear each year.

### What we did

Our rural crime team set up drone patrols over the worst tracks with the district council.

### Outcome

Fly-tipping reports on patrolled tracks fell by 41%.

## Acknowledgements

We thank every team that sent a case study for this pack.
"""


def test_headings_recurring_under_each_piece_are_its_parts_and_the_piece_is_the_section_above():
    doc = _doc(TEMPLATED_PACK)
    assert _layout(doc) == "templated pieces"
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Dyfed-Powys Police: farm machinery marking",
                                        "Lincolnshire Police: fly-tipping patrols"]
    # written as 'we' under a heading naming the force: the force the heading names
    assert [i.forces for i in found] == [["Dyfed-Powys Police"], ["Lincolnshire Police"]]
    assert "What we did" not in {i.title for i in found}
    assert all("thank every team" not in doc.text[i.start:i.end] for i in found)
    assert all("These case studies show" not in doc.text[i.start:i.end] for i in found)


def test_boxes_set_in_a_chapters_prose_are_no_template_even_when_their_headings_recur():
    text = """# Thematic inspection of rural crime

## Preventing crime

Forces have done much to prevent rural crime, though not all of them use their data well.

### Innovative practice

Norfolk Constabulary: farm watch messaging reached 3,000 farmers and halved response times.

### Area for improvement

Forces should record rural crime consistently so that they can see where it happens.

## Investigating crime

Investigations of rural crime were of mixed quality across the forces we inspected.

### Innovative practice

North Yorkshire Police: a rural taskforce recovered stolen machinery worth £1.2 million.

### Area for improvement

Forces should make sure specialist officers support rural investigations.
"""
    view = make_view(_doc(text))
    assert not any(line.part_label for line in view.lines)
    assert _layout(_doc(text)) != "templated pieces"


# --- one programme, reported in parts (a document about one piece of work is one initiative) --

ONE_PROGRAMME = """# Operation Beacon: evaluation report

## Summary

Operation Beacon was a two-year programme delivered jointly by Devon and Cornwall Police and Dorset Police with the charity Safe Harbour to protect people who go missing from mental health units.

## Why we started Operation Beacon

In 2021 the two forces recorded 1,420 missing episodes from mental health units, many of them repeat episodes.

## How the programme works

A joint missing persons team keeps one record for every patient who goes missing, whichever force area they leave from.

## Delivery in each force area

### Devon

Officers in Devon visited each unit monthly and agreed a plan for each patient at risk.

### Dorset

In Dorset the team worked with ward managers to share photographs of patients at risk before they left.

## Results

Missing episodes fell by 27% across both force areas between 2021 and 2023.

## What happens next

Both forces have agreed to fund the joint team for a further year.
"""


def test_a_report_on_one_programme_is_one_initiative_and_its_per_area_sections_are_parts():
    doc = _doc(ONE_PROGRAMME, title="Operation Beacon: evaluation report")
    assert _layout(doc) == "single piece"
    found = build_initiatives(doc)
    assert len(found) == 1
    assert set(found[0].forces) == {"Devon and Cornwall Police", "Dorset Police"}
    assert "Missing episodes fell by 27%" in doc.text[found[0].start:found[0].end]


def test_sections_titled_as_pieces_of_work_are_not_one_programme():
    text = """# Community safety round-up

## Operation Beacon in Torquay

Devon and Cornwall Police patrolled the harbour at night and arrests for theft fell by 20%.

## Street Safe in Poole

Dorset Police mapped places where women felt unsafe and lit 14 paths.

## Farm Watch in Bodmin

Officers set up a messaging group for 300 farmers and quad bike thefts halved.
"""
    doc = _doc(text, title="Community safety round-up")
    assert _layout(doc) != "single piece"
    assert len(build_initiatives(doc)) == 3


# --- numbered sections with numbered sub-sections ----------------------------------------------

NESTED_NUMBERED = """# Annual Report 2024/25

Police and Crime Commissioner for Northshire

Contents

1 Foreword ........ 2
2 Safer roads ........ 3
2.1 Average speed cameras ........ 3
2.2 Rural speed watch ........ 3
3 Victims ........ 4
3.1 Victims' advocates ........ 4
4 Finance ........ 5

## 1 Foreword

It has been a busy year, and I thank every officer and volunteer who has worked with my office.

## 2 Safer roads

Residents told us that speeding on rural roads was their top concern, so I funded two projects this year.

### 2.1 Average speed cameras

Northshire Police and the county council put average speed cameras on four rural routes, and speeding fell by 40%.

### 2.2 Rural speed watch

Volunteers trained by Northshire Police ran 300 speed watch sessions in villages, and 2,100 warning letters were sent.

## 3 Victims

Victims told us they wanted one person to keep them informed.

### 3.1 Victims' advocates

My office funds six victims' advocates who keep victims of burglary informed from report to court, and satisfaction rose to 82%.

## 4 Finance

The total budget for policing in Northshire was £180 million, of which £70 million came from council tax.
"""


def test_numbered_sub_sections_are_the_pieces_and_their_sections_introductions_and_finance_are_not():
    doc = _doc(NESTED_NUMBERED)
    assert _layout(doc) == "numbered sections"
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Average speed cameras", "Rural speed watch", "Victims' advocates"]
    texts = [doc.text[i.start:i.end] for i in found]
    assert not any("top concern" in t or "busy year" in t or "council tax" in t or "Contents" in t for t in texts)


def test_a_reader_heading_opening_with_a_section_number_carries_it_as_its_label():
    from index.records import OutlineItem

    text = "2 Safer roads\n\nSome prose here.\n\n2.1 Average speed\ncameras\n"
    known = [OutlineItem("heading", 0, 13, 3), OutlineItem("heading", 32, 57, 5)]
    labels = [i.label for i in text_outline(text, known) if i.kind == "heading"]
    assert labels == ["2", "2.1"]


def test_an_area_bodys_report_speaks_of_its_areas_force_by_role():
    text = """# Annual Report 2024/25

Police and Crime Commissioner for Northumbria

## 1 Rural crime drones

I funded four drones for the Constabulary's rural crime team, and they have flown 200 missions since March.

## 2 Youth mentoring

I fund a mentoring scheme run by a local youth charity for 120 young people at risk of exclusion from school.
"""
    doc = _doc(text, title="Annual Report 2024/25")
    seg = segmentation(doc)
    assert seg.owner.organisations == ("Police and Crime Commissioner for Northumbria",)
    drones, mentoring = seg.initiatives
    assert drones.forces == ["Northumbria Police"]  # 'the Constabulary': the commissioner's area's force
    assert mentoring.forces == []  # no force spoken of: the commissioner's alone
    assert mentoring.organisations == ["Police and Crime Commissioner for Northumbria"]


def _boxed_inspection_pdf() -> bytes:
    """An inspection page whose practice boxes are drawn as shaded panels set inside a finding:
    the inspector's prose carries on after each box, in the body's style."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8)
    boxhead = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=10, leading=13)

    def box(title: str, text: str) -> Table:
        t = Table([[Paragraph(f"Promising practice: {title}", boxhead)], [Paragraph(text, body)]], colWidths=[440])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), (0.9, 0.95, 0.94)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        return t

    story = [
        Paragraph("An inspection of Gwent Police", head),
        Paragraph("Preventing crime", head),
        Paragraph("The force has a clear focus on prevention and its neighbourhood teams know their areas well.", body),
        box("Night-time economy marshals", "Gwent Police trained 60 door staff in Newport as marshals who walk "
            "vulnerable people to taxis, and assaults in the city centre fell by 18 percent in a year."),
        Paragraph("However, the force has not yet evaluated the marshals, and we found that the scheme is not "
                  "used in Cwmbran or Pontypool.", body),
        Paragraph("Investigating crime", head),
        Paragraph("Investigations are not always supervised well enough, and victims are not always kept informed.", body),
        box("Victim updates by text", "Gwent Police sends every burglary victim a text message each week with "
            "the progress of their case, and victim satisfaction rose from 62 to 77 percent."),
        Paragraph("Outside the burglary team we still found too many victims who had not been contacted for a month.",
                  body),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def test_a_drawn_practice_box_ends_where_its_panel_ends_not_at_the_next_heading(tmp_path):
    from ingest.readers import read_document

    path = tmp_path / "inspection.pdf"
    path.write_bytes(_boxed_inspection_pdf())
    doc = read_document(path, "inspection.pdf")
    assert sum(1 for i in doc.outline if i.kind == "box") == 2
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Night-time economy marshals", "Victim updates by text"]
    texts = [doc.text[i.start:i.end] for i in found]
    assert "assaults in the city centre fell" in texts[0] and "satisfaction rose" in texts[1]
    # the inspector's criticism after each box is the report's, not the box's
    assert not any("not yet evaluated" in t or "too many victims" in t for t in texts)


def test_a_short_block_after_the_last_rule_holding_a_copyright_line_is_the_sites_footer():
    text = """# Speed watch in villages

**Organisation:** Cumbria Constabulary
**Topic:** Roads policing

## Summary

Volunteers trained by Cumbria Constabulary ran 300 speed watch sessions in villages this year.

**Contact:** Sergeant A. Khan, Cumbria Constabulary

---

Rate this page: [Good] [Poor]

See also: Safer roads week (Eastshire Police) | Bike marking (Westshire Police)

© Example Practice Library Ltd, 1 High Street, Anytown AB1 2CD.
Registered in England, number 01234567.
"""
    doc = _doc(text)
    furniture = " ".join(doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture")
    for quote in ("Rate this page", "Bike marking (Westshire Police)", "number 01234567"):
        assert quote in furniture
    (found,) = build_initiatives(doc)
    assert "Rate this page" not in doc.text[found.start:found.end]
    assert found.forces == ["Cumbria Constabulary"]


def test_a_rule_before_the_last_piece_of_prose_is_no_footer():
    text = "# Title\n\nOfficers did the work.\n\n---\n\nThe scheme cut thefts by 20% and the force will extend it next year.\n"
    doc = _doc(text)
    assert not any(i.kind == "furniture" for i in doc.outline)


def test_a_partner_named_for_its_areas_and_wrapped_over_a_line_gives_the_section_no_force():
    text = """# Annual Report

Police and Crime Commissioner for Lancashire

## 1 Advisers for children

I fund three advisers at the Sexual Abuse Support Centre
Lancashire and Cumbria, who support children from the first disclosure to the end of any trial.
"""
    found = build_initiatives(_doc(text, title="Annual Report"))
    assert found and all(i.forces == [] for i in found)


def test_a_section_written_as_we_under_a_heading_naming_a_force_is_that_forces():
    text = """# Rural crime round-up

## Kent Police

### Farm watch messaging

We set up a messaging group for 600 farmers, and our officers now reply to every report within an hour.

### Hare coursing patrols

Our rural team ran night patrols with drones on the marshes, and hare coursing reports fell by 30%.

## Essex Police

### Machinery marking

We marked 400 tractors with forensic paint at county shows, and thefts of farm machinery halved.

### Heritage crime

Our officers trained church wardens to report lead theft, and thefts from churches fell by a quarter.
"""
    found = build_initiatives(_doc(text))
    assert [i.title for i in found] == ["Farm watch messaging", "Hare coursing patrols", "Machinery marking",
                                        "Heritage crime"]
    assert [i.forces for i in found] == [["Kent Police"], ["Kent Police"], ["Essex Police"], ["Essex Police"]]


def test_a_section_in_the_authors_first_person_is_partly_the_owners_even_when_it_names_a_partner():
    text = """# Annual Report 2024/25

Police and Crime Commissioner for Dorset

## Foreword

This report sets out what my office has funded this year across the county.

## 1 Street lighting in Weymouth

With money from the Home Office, my office and Dorset Council replaced 300 street lights in Weymouth, and burglary fell by 20%.

## 2 Youth boxing club

The Weymouth Boxing Club runs sessions for 80 young people each week, and the club says "I have seen my members grow in confidence".
"""
    seg = segmentation(_doc(text, title="Annual Report 2024/25"))
    lights, boxing = seg.initiatives
    assert "Police and Crime Commissioner for Dorset" in lights.organisations
    assert "Dorset Council" in lights.organisations
    # a quotation in the first person is the speaker's, not the author's
    assert "Police and Crime Commissioner for Dorset" not in boxing.organisations



def test_a_charitys_we_beside_a_partner_force_credits_both():
    # an organisation's own report: 'we' is the charity, whichever force it worked with
    text = """# Impact Report 2024-25

Riverside Community Trust

## Knife crime workshops

With Avon and Somerset Police we took knife-crime workshops to 2,100 pupils in 14 secondary schools,
and 82% said they would tell an adult if a friend carried a knife.

## Walking football

Our weekly walking football sessions for veterans, run with NHS Bristol, drew 60 players a week.

## Safer matchdays

British Transport Police led patrols on away-day trains; the police said "our officers felt safer".
"""
    workshops, football, matchdays = segmentation(_doc(text, title="Impact Report 2024-25")).initiatives
    assert workshops.forces == ["Avon and Somerset Police"] and "Riverside Community Trust" in workshops.organisations
    assert "Riverside Community Trust" in football.organisations
    # a force's 'our', inside a quotation, is the force's voice, not the charity's
    assert matchdays.forces == ["British Transport Police"] and "Riverside Community Trust" not in matchdays.organisations

def _indented_box_pdf() -> bytes:
    """Practice boxes set off only by indentation (no frame, no shading): a bold heading and its
    text indented from the margin; the report's prose resumes at the margin after each."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 780

    def line(text: str, x: float = 60, font: str = "Helvetica", size: float = 10) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= 14

    line("An inspection of Avon and Somerset Police", font="Helvetica-Bold", size=16)
    y -= 10
    for heading, prose, box, box_text, after in [
        ("Preventing crime", "The force has a clear focus on prevention and its teams know their areas well.",
         "Promising practice: Street Watch in Bristol",
         ["Avon and Somerset Police trained 40 volunteers to walk the harbourside at night,",
          "and reports of antisocial behaviour there fell by 25 percent in a year."],
         "However, the force has not yet evaluated the scheme or shared it with other areas."),
        ("Investigating crime", "Investigations are not always supervised well enough by sergeants.",
         "Promising practice: Victim updates in Bath",
         ["Avon and Somerset Police texts every burglary victim in Bath each week with news",
          "of their case, and victim satisfaction rose from 60 to 75 percent."],
         "Elsewhere we still found victims who had not been contacted for a month or more."),
    ]:
        line(heading, font="Helvetica-Bold", size=13)
        line(prose)
        y -= 8
        line(box, x=72, font="Helvetica-Bold")
        for text in box_text:
            line(text, x=72)
        y -= 8
        line(after)
        y -= 12
    for _ in range(12):  # more of the report's prose, at the margin
        line("The inspection looked at how well the force keeps people safe and reduces crime.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_practice_box_set_off_only_by_indentation_ends_where_the_indentation_ends(tmp_path):
    from ingest.readers import read_document

    path = tmp_path / "indented.pdf"
    path.write_bytes(_indented_box_pdf())
    doc = read_document(path, "indented.pdf")
    assert sum(1 for i in doc.outline if i.kind == "box") == 2
    found = build_initiatives(doc)
    texts = [doc.text[i.start:i.end] for i in found]
    assert len(found) == 2 and "harbourside" in texts[0] and "satisfaction rose" in texts[1]
    assert not any("not yet evaluated" in t or "still found victims" in t for t in texts)


def test_the_first_person_in_a_collection_of_pieces_by_others_is_the_pieces_author_not_the_publisher():
    text = """# Good practice case studies

This pack brings together work that forces across the country have sent us this year.

Safer Nights in Carlisle

Cumbria Constabulary

Problem: Violence around late-night venues rose through 2022, and my team saw the same faces each weekend.

Response: Officers and door staff trained together and a taxi marshal scheme was funded.

Outcome: Violent incidents in the night-time economy fell by 18% over the year.

Farm Watch Partnership

Lancashire Constabulary

Problem: I was asked to find out why thefts of quad bikes from remote farms were rising.

Response: A rural crime team marked equipment and ran a messaging group for farmers.

Outcome: Reported farm thefts halved.
"""
    found = build_initiatives(_doc(text, title="Good practice case studies", publisher="College of Policing"))
    assert [i.forces for i in found] == [["Cumbria Constabulary"], ["Lancashire Constabulary"]]
    assert not any("College of Policing" in i.organisations for i in found)


# --- slide decks (layouts/slides.py) ----------------------------------------------------------

DECK = "\f".join([
    "# Safer Roads Partnership\n\nQuarterly update to the board\n",
    "# Agenda\n\n- Background\n- Kent\n- Essex\n- Finance\n",
    "# Background\n\n- Two forces, one bid\n- Shared aim: fewer deaths on rural roads\n",
    "# Kent Police: school crossing patrols\n\n- Officers trained 40 crossing volunteers\n"
    "- Near misses at crossings down 30%\n",
    "# Essex Police: motorcycle clinics\n\n- Free half-day clinics for riders\n- 210 riders took part\n",
    "# Spend to date\n\nProject\tAllocated\tSpent\nCrossings\t100\t80\nClinics\t50\t45\n",
    "# Next steps\n\n- Evaluation in spring\n- Second-year bid\n",
    "# Questions?\n\nroads@example.org\n",
])


def test_a_slide_deck_gives_one_piece_per_slide_whose_title_says_whose_it_is():
    doc = _doc(DECK)
    assert _layout(doc) == "slide deck"
    found = build_initiatives(doc)
    assert [i.title.split(":")[0] for i in found] == ["Kent Police", "Essex Police"]
    assert [i.forces for i in found] == [["Kent Police"], ["Essex Police"]]


def test_pages_of_prose_are_no_slide_deck():
    page = "# Kent Police: crossings\n\n" + ("Officers trained volunteers at every school crossing in the county. " * 8)
    assert _layout(_doc("\f".join([page] * 6))) != "slide deck"


# --- ruled bulletins (layouts/ruled.py) -------------------------------------------------------

RULE = "=" * 60
BULLETIN = f"""From: Team Bulletin <bulletin@example.org>
Subject: Bulletin 7

{RULE}
TEAM BULLETIN
Issue 7
Kent Police | Neighbourhood Policing
{RULE}

{RULE}
1. A WORD FROM THE INSPECTOR
{RULE}

Hello everyone,

Thank you all for a busy summer on the beaches and at the county show.

Insp A. Smith

{RULE}
2. MARGATE: BIKE MARKING AT THE STATION
{RULE}

Cycle thefts at Margate station rose for three years running and most
bikes were never returned because owners could not prove they were theirs.

The Margate team now marks bikes at the station every Saturday with the
rail operator, and registers them on a national database.

Thefts fell by a quarter in six months and 40 bikes were returned.

{RULE}
3. TRAINING DATES
{RULE}

The first aid refresher runs on 3 May and 10 May. Book through the
learning portal.

{RULE}
4. BORROWED IDEA: ESSEX POLICE DOORSTEP CLINICS
{RULE}

Essex Police told us about its doorstep clinics for older residents, held in
village halls by the fraud team with the county council.

Over 300 residents have attended since March, and the team says that repeat
victims of doorstep fraud fell.

{RULE}
To unsubscribe, reply with UNSUBSCRIBE. Items by Friday please.
{RULE}
"""


def test_a_ruled_bulletins_items_are_its_framed_sections_and_letters_and_notices_are_not_work():
    doc = _doc(BULLETIN)
    assert _layout(doc) == "ruled bulletin"
    found = build_initiatives(doc)
    assert len(found) == 2
    assert "Margate team now marks bikes" in doc.text[found[0].start:found[0].end]
    assert "Thefts fell" in doc.text[found[0].start:found[0].end]
    assert "first aid refresher" not in doc.text[found[0].start:found[1].end].replace(
        doc.text[found[0].end:found[1].start], "")


def test_a_masthead_between_rules_names_the_owner_and_another_forces_item_is_theirs():
    found = build_initiatives(_doc(BULLETIN))
    assert found[0].forces == ["Kent Police"]  # the masthead's force, after the mail headers
    assert found[1].forces == ["Essex Police"]  # headed with another force's name: theirs alone


# --- a research report on one project (layouts/single.py) -------------------------------------

EVALUATION = """# Safe Harbour: an evaluation

An evaluation of support workers in Kent Police custody suites, University of Westshire, 2025

## Contents

1 Summary
2 The project
3 Method
4 Findings

## Acknowledgements

We thank the custody staff and the people who agreed to be interviewed for this report.

## 1 Summary

The Safe Harbour scheme placed support workers in Kent Police custody suites for two years.

## 2 The project

### 2.1 Background

Many detained adults had unmet housing needs, and most were arrested again within a year.

### 2.2 How it works

Support workers meet detained adults in custody and stay with them for twelve weeks after release.

## 3 Method

We compared 300 people who engaged with a matched group drawn from custody records.

## 4 Findings

### 4.1 Reach

Workers saw 800 people in two years, and 400 of them took up support after release.

### 4.2 Reoffending

Of those who engaged, 30% were arrested again within six months, against 40% of the comparison group.

## References

Smith, J. (2023) Custody and housing. London: Example Press.
"""


def test_a_research_report_on_one_project_is_one_initiative_whatever_its_numbered_chapters():
    doc = _doc(EVALUATION)
    assert _layout(doc) == "single piece"
    (found,) = build_initiatives(doc)
    assert "Support workers meet" in doc.text[found.start:found.end]
    assert "Example Press" not in doc.text[found.start:found.end]
    assert "We thank the custody staff" not in doc.text[found.start:found.end]  # front matter
    assert found.forces == ["Kent Police"]


# --- markings, link trails and results tables -------------------------------------------------

CHAPTER = """OFFICIAL

[Kent Police](https://example.org/) › [Publications](https://example.org/p) › Annual report

# Annual report 2024/25

[← Chapter 1](c1.md) | [Contents](index.md) | [Chapter 3 →](c3.md)

## 2. Safer towns

This chapter reports our performance against the safer towns objectives agreed for the year.

### 2.1 Key results

Measure\tLast year\tThis year
Burglaries\t1,200\t1,050

Burglary fell for the second year running, as the table shows for every district.

### 2.2 Rural crime

Officers in the rural team fitted trail cameras at farm gates with the farmers' union this year.

### 2.3 Town centres

The town centre team ran a late-night safe space with the council on Friday and Saturday nights.[^1]

[^1]: Figures are management information and may change as records are updated.
"""


def test_a_marking_and_link_trails_are_furniture_and_results_are_no_piece():
    doc = _doc(CHAPTER)
    furniture = [doc.text[i.start:i.end] for i in doc.outline if i.kind == "furniture"]
    assert "OFFICIAL" in furniture and any(f.startswith("[Kent Police]") for f in furniture)
    assert any(f.startswith("[← Chapter 1]") for f in furniture)
    assert any(f.startswith("[^1]: Figures") for f in furniture)  # a footnote's text is apparatus
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Rural crime", "Town centres"]
    assert all(i.forces == ["Kent Police"] for i in found)  # the owner, read past the marking


def test_a_profile_of_a_person_and_a_news_round_up_are_not_pieces_of_work():
    from ingest.layouts.common import is_not_work

    assert is_not_work("Meet the network: PC Jo Bloggs") and is_not_work("Five minutes with Dr Jane Hill")
    assert is_not_work("Network news") and is_not_work("News in brief")
    assert not is_not_work("Safer streets in Dover") and not is_not_work("PC training for rural officers")
    doc = _doc("""# Staff network newsletter

## Doors open in Margate

Kent Police ran open evenings at the town's mosque for people thinking of joining the force this year.

## Turning the tables

Twenty probationers each mentored a senior leader for six months, meeting once a month in the station.

## Meet the network: PC Jo Bloggs

Jo joined the force in 2015 and has been a member of the network since it began, coaching a youth team.

## Network news

Our annual general meeting elected a new chair, and membership passed 500 for the first time this summer.
""")
    found = build_initiatives(doc)
    assert len(found) == 2 and "open evenings" in doc.text[found[0].start:found[0].end]
    assert not any("Jo joined" in doc.text[i.start:i.end] or "annual general" in doc.text[i.start:i.end] for i in found)


# --- projects tabled in an appendix (layouts/tabled.py) ---------------------------------------

COMMITTEE_PAPER = """# Report to the Police and Crime Panel

## 1. Purpose of report

1.1 To update the Panel on the projects funded from the Commissioner's community fund this year.

## 2. Background

2.1 Nine bids were received. Two were funded, and both report to the Commissioner every quarter.

## 3. Financial implications

3.1 There are no new financial implications. The fund is held within the Commissioner's budget.

## Appendix A: Funded projects delivered by Kent Police

Project\tWhat it does\tFunding
Bike marking\tOfficers mark bikes at railway stations every Saturday and register them on a national database.\t£20,000
Doorstep clinics\tThe fraud team holds clinics for older residents in village halls with the county council.\t£15,000
"""


def test_an_appendix_table_of_projects_gives_one_initiative_a_row_and_the_papers_sections_none():
    doc = _doc(COMMITTEE_PAPER)
    assert _layout(doc) == "appendix table"
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Bike marking", "Doorstep clinics"]
    assert all(i.forces == ["Kent Police"] for i in found)  # named only in the appendix heading


def test_the_papers_prose_about_the_force_its_appendix_heading_names_is_no_other_forces_piece():
    doc = _doc(COMMITTEE_PAPER.replace(
        "2.1 Nine bids were received.",
        "2.1 Kent Police ran both funded projects this year and reached 900 residents. Nine bids were received."))
    assert [i.title for i in build_initiatives(doc)] == ["Bike marking", "Doorstep clinics"]


def test_a_table_of_figures_in_an_appendix_is_no_list_of_projects():
    doc = _doc(COMMITTEE_PAPER.split("Project\t")[0] + "Year\tBids\tFunded\n2024\t9\t2\n2025\t11\t3\n")
    assert _layout(doc) != "appendix table"


# --- other forces' practice in one force's review (layouts/partners.py) -----------------------

LESSONS_REVIEW = """Kent Police

Lessons Learned Review: rural burglary

# 1. Findings

1.1 In half of the reports the first visit came more than a day after the call, against a standard of four hours.

1.2 Officers did not always record what had been stolen in a way that let it be traced later on.

# 2. Practice in other forces

2.1 The review team visited two forces whose approach to rural burglary was recommended to it.

2.2 Since 2022 Essex Police has marked farm machinery with forensic paint at every rural show it attends.

2.3 The marking is free to farmers, and the register is shared with the county's scrap dealers every month.

2.4 Surrey Police runs a messaging group for farmers that sends an alert within ten minutes of a theft report.

2.5 The group has 900 members, and two stolen trailers were found within an hour of an alert last year.

2.6 In the review team's view both approaches could be adopted by Kent Police at modest cost.

# 3. Recommendations

3.1 The control room should record at grading whether a burglary is on a farm or a rural business.
"""


def test_other_forces_practice_in_one_forces_review_is_one_piece_each_and_the_review_itself_none():
    doc = _doc(LESSONS_REVIEW)
    assert _layout(doc) == "partner practices"
    found = build_initiatives(doc)
    assert [i.forces for i in found] == [["Essex Police"], ["Surrey Police"]]
    texts = [doc.text[i.start:i.end] for i in found]
    assert "register is shared" in texts[0] and "900 members" in texts[1]
    assert not any("could be adopted" in t or "visited two forces" in t for t in texts)


SESSION_WRITE_UP = """CONFERENCE 2025
Session 3B: what forces are doing differently

----------------------------------------------------------------

CHAIR'S INTRODUCTION

The chair said the session was about four forces that had tried something different.

----------------------------------------------------------------

TALK 1
"One officer, every offence"
Inspector Ann Lowe, Kent Police

Kent Police gave each of its most prolific shop thieves a single officer in charge.
Since June 2024 that officer takes every new report and presents the cases as one file.

Results presented: 41 offenders managed so far; 29 charged with multiple offences; time to charge down from 34 days to 9.

----------------------------------------------------------------

TALK 2
"Evidence without a visit"
Sarah Wood, Humberside Police

Humberside Police built an online portal through which shops upload CCTV.
212 shops had signed up by March 2025.

Results presented: 3,160 reports made through the portal in nine months; usable CCTV attached rose from 38% to 81%.

----------------------------------------------------------------

TALK 3
"Treatment, not a cell"
Chief Inspector Nia Okoro, Wiltshire Police

Wiltshire Police offers adults arrested for shop theft a conditional caution with treatment.
A recovery worker sees each one in custody.

Results presented: 188 conditional cautions since May 2024; 71% completed the conditions and most were not arrested again.

----------------------------------------------------------------

PANEL QUESTIONS

Q (West Midlands Police): How do you stop one officer becoming a bottleneck?
A (Kent): Each officer has a named deputy with access to the file.

Q (Merseyside Police): Has anyone looked at the cost per case?
A (Wiltshire): Not yet. A university is evaluating the scheme.

----------------------------------------------------------------

KEY POINTS FROM THE SESSION

- Every speaker relied on a partner outside policing.
- None of the schemes has been independently evaluated yet.
"""


def test_blocks_between_rules_that_open_with_their_heading_are_the_items():
    # rules only separate the talks; each block opens with 'TALK n', a quoted title and the
    # speaker's force; the chair's introduction, panel questions and key points are no talk
    doc = _doc(SESSION_WRITE_UP, "Conference 2025")
    assert _layout(doc) == "ruled bulletin"
    initiatives = build_initiatives(doc)
    assert [i.forces for i in initiatives] == [["Kent Police"], ["Humberside Police"], ["Wiltshire Police"]]
    assert all(i.title for i in initiatives)


TRACKER = """# Police and Crime Plan: delivery tracker, quarter 3

Ref\tCommitment\tLead\tStatus\tUpdate
Priority 1: Safer communities
1.1\tIncrease the visibility of neighbourhood policing\tChief Constable\tGREEN\tOn track. All neighbourhood teams are at their funded establishment. Next update at Q4.
1.2\tWork with business to reduce shop theft\tChief Constable\tGREEN\tThe Force and the city's business district launched a radio link for 64 shops in July, and shop theft fell by 12%.
Priority 2: Protecting people
2.1\tMake the night-time economy safer\tChief Constable\tGREEN\tThe Force's licensing team and the city council have trained 310 door staff and bar staff to step in on predatory behaviour.
2.2\tImprove answer times on 101\tChief Constable\tAMBER\tAverage answer time was 6 minutes in December against a target of 5 minutes.

Contact: the policy officer, 0116 000 0000. Nothing else in this tracker is about Leicestershire Police.
"""


def test_a_register_of_commitments_gives_one_piece_per_row_that_tells_of_work_done():
    # a tracker: a header row of column names, rows merged across it, prose updates; a status line
    # is no piece; 'the Force' is the one force the document names
    doc = _doc(TRACKER, "Police and Crime Plan: delivery tracker")
    assert _layout(doc) == "appendix table"
    initiatives = build_initiatives(doc)
    assert [i.title for i in initiatives] == ["Work with business to reduce shop theft", "Make the night-time economy safer"]
    assert all("Leicestershire Police" in i.forces for i in initiatives)



GRANTS_PAGE = """# Community Safety Fund: grants awarded 2024/25

The Commissioner awarded £31,450 to five projects this year.

Organisation\tProject\tGrant\tWhat it pays for
Riverside Boxing Club\tGloves Not Knives\t£8,500\tCoaches run free boxing sessions on two evenings a week for young people referred by schools and the youth offending team.
Citizens Advice Eastfield\tScam-Proof Seniors\t£6,200\tTrained volunteers visit older residents at home to talk through scams, and fit call blockers where needed.
Millbrook Street Angels\tSafe Space\t£10,000\tA night-time welfare point in the town centre on Friday and Saturday nights, staffed by trained volunteers.

## What happened next: two stories from last year's round

### Northgate Youth Café: a Thursday night drop-in

Northgate Youth Café used its grant to open on Thursday evenings. Two youth workers ran the drop-in, and calls about young people in the town centre on Thursday evenings fell from 44 to 19.

### Riverside Boxing Club: one year on

The club's sessions now run three nights a week, and 40 young people came every week.
"""


def test_a_headed_story_after_a_register_of_grants_telling_other_work_is_a_piece():
    # the rows are this year's grants; a story below the table of work no row names is a piece of
    # its own, while a story about a row's project is about the rows
    doc = _doc(GRANTS_PAGE, "Community Safety Fund: grants awarded 2024/25")
    assert _layout(doc) == "appendix table"
    titles = [i.title for i in build_initiatives(doc)]
    assert "Northgate Youth Café: a Thursday night drop-in" in titles
    assert not any("one year on" in t for t in titles)
    assert len(titles) == 4, titles


def test_a_log_of_requests_and_their_answers_is_no_register_of_work():
    # the same rows under the columns of an FOI disclosure log: what was asked and answered
    log = TRACKER.replace("Ref\tCommitment\tLead\tStatus\tUpdate", "Reference\tRequest\tCategory\tDate\tResponse")
    doc = _doc(log, "Disclosure log")
    assert _layout(doc) != "appendix table"
    assert len(build_initiatives(_doc(TRACKER, "Police and Crime Plan: delivery tracker"))) == 2

MINUTES = """# Strategic Assurance Board: minutes

Present: the Police and Crime Commissioner for Derbyshire (Chair); the Chief Constable of Derbyshire Constabulary
Apologies: the Chief Finance Officer

## 1 WELCOME AND APOLOGIES

1.1 The Chair welcomed everyone to the meeting.

## 2 RURAL CRIME: OPERATION DRYSTONE

2.1 Superintendent Brindley presented an update on Operation Drystone, which the force began in March with the national park.

2.2 The team has lent tamper alarms for 210 farm gates and marked 640 items of machinery.

2.3 Thefts of farm machinery in the two districts fell from 58 to 31 over the period.

## 3 TOWN CENTRE PROBLEM SOLVING

3.1 Inspector Gill presented the town centre problem-solving plan agreed with the borough council.

3.2 Since June a Safe Haven has opened in the Market Hall on Friday and Saturday nights, staffed by volunteers.

## 4 DATE OF NEXT MEETING

4.1 Thursday 16 January 2025 at 10:00am.
"""


def test_minutes_give_one_piece_per_agenda_item_that_tells_of_work():
    # numbered paragraphs record the discussion of their item; the attendance block, welcome and
    # next meeting are the meeting's business; an officer by rank in a commissioner's minutes is
    # the area's force's
    doc = _doc(MINUTES, "Strategic Assurance Board: minutes")
    assert _layout(doc) == "numbered sections"
    initiatives = build_initiatives(doc)
    assert len(initiatives) == 2
    assert "OPERATION DRYSTONE" in initiatives[0].title and "TOWN CENTRE" in initiatives[1].title
    assert all("Derbyshire Constabulary" in i.forces for i in initiatives)


def test_a_section_opening_as_a_letter_to_the_readers_is_no_piece():
    text = ("# Rural Round-up\n\nRural Round-up from Westshire Police\n\nSpring 2025\n\nHello everyone,\n\n"
            "Thank you to everyone who sent us registration numbers over the winter: many arrests started with you.\n\n"
            "Inspector A. Smith\n\n## Track it, get it back\n\nSince last autumn we have lent hidden GPS trackers to 60 farms, "
            "and four stolen tractors were recovered within a day.\n")
    found = build_initiatives(_doc(text, "Rural Round-up"))
    assert [i.title for i in found] == ["Track it, get it back"]


def test_a_heading_after_a_short_label_is_read_for_what_it_is():
    from ingest.layouts.common import is_not_work

    assert is_not_work("Friday: the results") and is_not_work("Part 3: Findings")
    assert is_not_work("What we have learned")
    assert not is_not_work("Friday: ferry route checks")


INSPECTION = """# 4. Disrupting exploitation

## Summary

4.1 In this chapter we consider how well forces disrupt the adults who exploit children.

4.2 We found that forces are better at disrupting county lines than they were when we last inspected.

## Children in police custody

4.3 In one force we visited, custody staff described children as "runners" and did not refer them to anyone.

4.4 Nottinghamshire Police has placed youth workers from a local charity in its custody suites, and 212 children were seen in the first year.

## Disrupting the lines

4.5 Rural forces face a particular problem. In response, Dyfed-Powys Police and British Transport Police set up Operation Afon, meeting trains at rural stations.

4.6 We were told that the operation depends on short-term grant funding, which ends in March.

## Conclusion

4.7 Forces are getting better at disrupting county lines.
"""


def test_an_inspection_chapters_findings_are_not_pieces_and_a_paragraph_referring_back_continues_one():
    doc = _doc(INSPECTION, "Child criminal exploitation: an inspection", "HM Inspectorate of Constabulary")
    found = build_initiatives(doc)
    assert [i.forces for i in found] == [["Nottinghamshire Police"], ["Dyfed-Powys Police", "British Transport Police"]]
    assert "short-term grant funding" in INSPECTION[found[1].start:found[1].end]


EVIDENCE = """# Written evidence submitted by Kent Police

## About Kent Police

1. Kent Police serves 2.9 million people across the county.

## What is working

2. Reach Out in custody. Since October 2022, youth workers employed by the county's violence reduction partnership have been based in our custody blocks, and they have seen 2,640 young people.

3. The youth workers offer support that continues for up to six months after release.

4. Operation Sentinel Line. Trading standards officers and our cadets made 212 test purchases of knives from shops and websites, and 1 in 4 attempts led to a sale.

## What would help

5. We recommend that the Committee urges the Government to fund the work for three years.
"""


def test_numbered_paragraphs_opening_with_run_in_heads_are_the_pieces_of_their_section():
    doc = _doc(EVIDENCE, "Written evidence submitted by Kent Police")
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Reach Out in custody", "Operation Sentinel Line"]
    assert "six months after release" in EVIDENCE[found[0].start:found[0].end]


ARTICLE = """Telford Gazette | News | Crime | Sport | What's On

> We and our partners use cookies to personalise ads and content. Manage preferences.

# 'My mum was getting 30 calls a day': police gadgets stop scam callers

By a reporter, published 3 March 2025

""" + ("West Mercia Police and the council's trading standards team have fitted 420 call blockers in the homes of "
       "older people who were targeted by scam callers, and the scheme stopped 9 in 10 nuisance calls. " * 8) + """

### Neighbouring force saw similar results

Across the border, Staffordshire Police has been fitting 650 units through its fraud protect officers since 2023.

### How to get help

Anyone who thinks an older relative is being targeted can call 101.

### Most read

- Plans for 300 homes approved
"""


def test_a_news_story_under_its_headline_is_a_piece_and_the_sites_lists_and_cookie_notice_are_not():
    doc = _doc(ARTICLE, "'My mum was getting 30 calls a day'")
    found = build_initiatives(doc)
    assert [i.forces for i in found] == [["West Mercia Police"], ["Staffordshire Police"]]
    assert not any("cookies" in p.text for i in found for p in i.passages)
    assert any(i.kind == "furniture" and "cookies" in ARTICLE[i.start:i.end] for i in doc.outline)


IMPACT = """# Impact Report 2024-25

## Foreword

This year we reached more people harmed by crime than ever before, and our volunteers gave over 3,000 hours.

## Our projects this year

Project\tPartners\tWhat we did\tWhat changed
Shop theft circles, Cheltenham\tGloucestershire Constabulary; Cheltenham BID\tFirst-time shop theft offenders meet a panel of shop staff in a restorative circle instead of a caution.\t58 people took part and 6 were caught stealing again within six months.
Restorative homes\tGloucestershire Constabulary\tWe trained staff in the county's nine children's homes to deal with damage restoratively.\tCalls to the police from the homes fell from 212 to 118.

## Our volunteers

Volunteer facilitators gave 3,100 hours this year.

## Contact us

Phone: 01452 000 000
Email: team@example.org
"""


def test_a_table_with_a_column_for_the_work_gives_one_piece_a_row_and_a_contact_block_is_no_record():
    doc = _doc(IMPACT, "Impact Report 2024-25")
    assert _layout(doc) == "appendix table"
    assert [i.title for i in build_initiatives(doc)] == ["Shop theft circles, Cheltenham", "Restorative homes"]


ASSOCIATION = """----------------------------------------------------------------
SUFFOLK NEIGHBOURHOOD WATCH ASSOCIATION
Annual report 2024/25
----------------------------------------------------------------

1. CHAIR'S REPORT

It is a pleasure to introduce my third annual report. Our members did a great deal this year.

----------------------------------------------------------------

2. PROJECTS THIS YEAR

2.1 Cuppa with a Copper

Older members told us they never see their local officers, so our coordinators in Lowestoft set up monthly coffee mornings with Suffolk Police, and 240 people came.

2.2 Bike marking at schools

Volunteers and the Ipswich neighbourhood team marked 410 bikes at six high schools.

----------------------------------------------------------------

3. TREASURER'S REPORT

Income from the PCC grant was £12,000 and we spent £11,400 on leaflets and stickers.

----------------------------------------------------------------

4. NOTICE OF ANNUAL GENERAL MEETING

The AGM is on 12 June 2025 at 7pm.
"""


def test_a_ruled_reports_part_that_is_no_piece_gives_the_pieces_its_underlined_sub_headings_open():
    rule = "-" * 60
    text = (f"ESTON AND GRANGETOWN CREDIT UNION LIMITED\nANNUAL REPORT TO MEMBERS\n{'=' * 60}\n\n"
            "Notice is given of the Annual General Meeting on 4 December 2025 at 6.30pm.\n\n"
            f"{rule}\n3. CHAIR'S REPORT\n{rule}\n\nIt is a pleasure to report another year of growth. Membership "
            "rose to\n3,412 adult members.\n\nLoan sharks in our area\n-----------------------\n\n"
            "Two years ago our staff started to hear the same story at the counter. In January\n2025 Cleveland "
            "Police's Eston Neighbourhood Policing Team and the credit union began\nworking together on what we "
            "called Clean Slate.\n\nThe officers ran monthly drop-ins at our office, and we offered every victim "
            "a\nClean Slate loan at a fair rate.\n\n  Victims who came forward .............. 37\n"
            "  Clean Slate loans made ................ 29\n\nOne lender has since been convicted.\n\n"
            f"Staff and volunteers\n--------------------\n\nOur six staff and 22 volunteers gave another year of "
            f"steady service.\n\n{rule}\n4. TREASURER'S REPORT\n{rule}\n\nThe accounts show a surplus of "
            f"52,930 pounds.\n\nThe auditors have signed them.\n\n{rule}\n7. ELECTION OF DIRECTORS\n{rule}\n\n"
            "Two directors retire and offer themselves for election.\n")
    doc = _doc(text, "ESTON AND GRANGETOWN CREDIT UNION LIMITED")
    assert _layout(doc) == "ruled bulletin"
    found = build_initiatives(doc)
    spans = [text[i.start:i.end] for i in found]
    clean_slate = [s for s in spans if "Clean Slate" in s]
    # the sub-heading's underline does not end the item; its dot-leader rows are no headings
    assert len(clean_slate) == 1 and "One lender has since been convicted" in clean_slate[0], spans
    assert clean_slate[0].startswith("Loan sharks in our area")
    assert not any(s.startswith("3. CHAIR'S REPORT") and "Clean Slate" in s for s in spans)


def test_dot_leader_rows_and_a_keys_codes_are_table_rows_not_title_lines():
    from ingest.lines import split_lines

    rows = split_lines("  Victims who came forward .............. 37\nContents . . . . . . 4\nThe end... of it\n"
                       "  SC .... scam or nuisance calls mentioned\nWe waited.... and waited for the bus\n")
    assert [line.is_table_row for line in rows] == [True, True, False, True, False]


def test_numbered_sub_sections_inside_ruled_blocks_are_the_pieces():
    doc = _doc(ASSOCIATION, "SUFFOLK NEIGHBOURHOOD WATCH ASSOCIATION")
    assert _layout(doc) == "numbered sections"
    assert [i.title for i in build_initiatives(doc)] == ["Cuppa with a Copper", "Bike marking at schools"]


# --- round-ups, committee reports, people pages (round 7) --------------------------------------

ROUND_UP = """# Staff news: week 12

## Dog unit wins national trial

Our dog unit won the national tracking trial in Harrogate after PD Bramble traced a missing walker across open moor in under an hour.

## In brief

Selby CID have started phoning every shed burglary victim within a day to arrange forensic marking kits; in the first month 30 victims took one and repeat break-ins fell from 9 to 2.

The canteen at Tadcaster reopens on Monday with a new menu; please bring your own cup.

A nod to our neighbours: Humberside Police lent us their drone team for the Ouse search, which found the missing kayak in two hours.

Reminder: the staff survey closes on Friday. So far 900 of you have filled it in.
"""


def test_a_round_ups_in_brief_paragraphs_are_items_and_its_notices_are_not():
    initiatives = build_initiatives(_doc(ROUND_UP, "Staff news: week 12"))
    titles = [i.title for i in initiatives]
    assert len(initiatives) == 3, titles
    texts = [ROUND_UP[i.start:i.end] for i in initiatives]
    assert texts[1].startswith("Selby CID have started phoning") and texts[1].endswith("from 9 to 2.")
    assert texts[2].startswith("A nod to our neighbours") and "Humberside Police" in initiatives[2].forces
    assert not any("canteen" in t or "Reminder" in t for t in texts)  # notices: nobody did any work


def test_committee_report_parts_plans_tallies_and_people_pages_are_no_pieces():
    from ingest.layouts.common import is_brief, is_not_work

    for heading in ("Financial implications", "6. Legal Implications", "Options considered", "Alternative options",
                    "Reasons for the recommendations", "Background papers", "Purpose of the report",
                    "Aims for 2025-26", "Our priorities for next year", "Complaints", "Compliments and complaints",
                    "Farewell, Maureen", "Commendations", "We are recruiting", "Vacancies", "Uniform", "PTA",
                    "Main responsibilities", "About you", "What we offer", "Installation", "Quick start", "Citation",
                    "Running order", "Thank you to our sponsors", "Safeguarding in numbers", "Description",
                    "Outstanding Bravery Award", "Lifesaving Award", "Volunteer of the Year",
                    "Long Service and Good Conduct Medals", "Work for TITAN", "Our objective and how we measure it",
                    "PERFORMANCE REPORT: QUARTER 2 2024/25"):
        assert is_not_work(heading), heading
    for heading in ("Farm Watch Partnership", "Training the trainers in Tadcaster", "Operation Complaint Zero",
                    "Our priorities", "Implications for rural policing", "Our year at a glance",
                    "Responsibilities of landlords under the new scheme", "Leadership development programme",
                    "Problem Solving Award: Operation Harvest", "Partnership of the Year",
                    "Working with schools in Barnsley"):
        assert not is_not_work(heading), heading
    assert is_brief("In brief") and is_brief("News in brief") and is_brief("Other news")
    assert not is_brief("Briefing notes for new starters")


AUTHORITY_PAPER = """# Rural communities: how policing reaches them

Scottish Police Authority

Police Scotland asked its divisions for examples of rural work; three are set out below.

Case study 1: Island special constables

Division: Highlands and Islands

Background: Six outer isles have no resident officer and the first officer can take hours to arrive.

What was done: In April 2024 the division recruited and trained eight special constables living on the isles.

Case study 2: Lead on the Hill

Division: Dumfries and Galloway

Background: Sheep worrying by dogs rose on hill farms near Moffat.

What was done: Officers and farmers put up signs on 40 paths and the division ran patrols at lambing time.
"""


def test_a_division_of_the_one_force_an_oversight_body_writes_about_is_that_force():
    initiatives = build_initiatives(_doc(AUTHORITY_PAPER, "Rural communities: how policing reaches them"))
    assert len(initiatives) == 2, [i.title for i in initiatives]
    assert all(i.forces == ["Police Scotland"] for i in initiatives), [i.forces for i in initiatives]


def test_a_line_of_hashtags_is_no_heading_but_a_markdown_heading_is():
    from ingest.lines import split_lines

    text = "## Call-backs for victims\n\n#RomanceFraud #FraudPrevention #Policing\n\n#####\n\n# Results\n"
    headings = [line.raw for line in split_lines(text) if line.is_heading]
    assert headings == ["## Call-backs for victims", "# Results"]


TEAMS_PAGE = """# Our teams

North East Regional Organised Crime Unit

## Regional Intelligence Unit

Analysts and researchers who map organised crime groups across the region and help the forces decide which groups to tackle first.

## Economic Crime Team

Financial investigators who trace and recover criminal money and train force financial investigators.

## Operation Quayside

In 2024 our intelligence unit matched caravan bookings with phone data and Northumbria Police arrested 14 dealers.
"""


def test_a_teams_description_is_no_piece_but_what_a_team_did_is():
    found = build_initiatives(_doc(TEAMS_PAGE, "Our teams"))
    assert [i.title for i in found] == ["Operation Quayside"]


def test_a_date_over_a_list_is_no_press_release_dateline():
    from ingest.owners import has_dateline

    assert has_dateline("LONDON, 5 March 2025 - Police today announced a new scheme.")
    assert has_dateline("Leeds, 3 May 2024 – West Yorkshire Police have opened a hub.")
    assert not has_dateline("## Westminster Hall\n\nWednesday 5 March 2025\n\n- Rural Crime\n\n- Bus Services\n")


def test_a_mastheads_publication_line_is_no_sentence_and_starts_no_piece():
    from ingest.layouts.common import is_sentence

    text = ("THE BEAT\n\nNewsletter of the Volunteer Police Cadets of Dorset Police | Summer Term 2025 | Issue 9\n\n"
            "# Weymouth: Safer beaches\n\nOur Weymouth cadets ran water-safety talks for 1,200 visitors on the "
            "seafront over six weekends, with the coastguard and the RNLI.\n\n"
            "# Bridport: Speed watch\n\nBridport cadets joined the Community Speed Watch team and recorded 340 "
            "vehicles over the limit outside two primary schools in May.\n")
    view = make_view(_doc(text, "THE BEAT"))
    publication = next(line for line in view.lines if "| Issue 9" in line.plain)
    assert not is_sentence(publication)
    titles = [i.title for i in build_initiatives(_doc(text, "THE BEAT"))]
    assert titles == ["Weymouth: Safer beaches", "Bridport: Speed watch"], titles
    parts = next(line for line in make_view(_doc("A | B\n\nWe trained 96 call handlers | and they now answer "
                                                 "every call in Welsh from the very first word.\n", "x")).lines
                 if "Welsh" in line.plain)
    assert is_sentence(parts)  # a sentence that happens to hold a bar is still one


def test_lettered_items_with_a_title_and_a_colon_are_the_pieces_of_an_update():
    text = ("# Community Safety Panel: minutes\n\n## 7 POLICING UPDATE\n\n"
            "Inspector Cole gave an update on policing in the borough. He highlighted two pieces of work:\n"
            "(a) Operation Kestrel: from June Durham Constabulary officers and the council's wardens patrolled "
            "the riverside paths every evening, and reports of anti-social behaviour fell by 30%.\n"
            "(b) Shop watch: PCSOs set up a radio link for 40 shops in the town centre with the business "
            "partnership, and shop theft fell from 220 to 160 offences.\n"
            "Resolved – that the update be noted.\n\n## 8 DATE OF NEXT MEETING\n\n12 May 2025 at 6pm.\n")
    titles = [i.title for i in build_initiatives(_doc(text, "Community Safety Panel: minutes"))]
    assert titles == ["Operation Kestrel", "Shop watch"], titles


def test_a_lettered_list_of_short_points_is_no_list_of_pieces():
    from ingest.layouts.common import run_in_head
    from ingest.lines import split_lines

    (line,) = split_lines("(a) the report be noted, and (b) the chair be thanked.")
    assert run_in_head(line) == ""


def test_dashboard_tiles_are_neither_pieces_nor_a_title_for_the_piece_after_them():
    text = ("# Our performance\n\n## Burglaries\n\n4,918\n\ndown 13.6%\n\n## Victim satisfaction\n\n72%\n\n"
            "no significant change\n\n## Operation Fortress\n\nOur burglary team and the council's wardens "
            "visited 3,000 homes on the worst-hit estates to fit door chains and timer lights, and burglaries "
            "there fell by a quarter.\n")
    found = build_initiatives(_doc(text, "Our performance"))
    assert [i.title for i in found] == ["Operation Fortress"]
    assert text[found[0].start:].startswith("## Operation Fortress")


def test_a_section_headed_by_a_body_keeps_the_partner_force_its_text_names_but_not_a_list_of_forces():
    from ingest.owners import Owner, section_who

    owner = Owner((), ("Surrey Police and Crime Commissioner",), "title")
    grant = section_who("Merstham Boxing Academy CIC",
                        "Free boxing sessions for 11 to 17 year olds, each ending with a workshop on knife crime "
                        "led by a Surrey Police youth engagement officer.", owner, impose=False)
    assert grant.forces == ["Surrey Police"] and grant.organisations == ["Merstham Boxing Academy CIC"]
    national = section_who("Leaders Unlocked CIC",
                           "Young people ran workshops with Kent Police, Essex Police, Merseyside Police and "
                           "Cheshire Constabulary on how officers speak to them.", owner, impose=False)
    assert national.forces == [] and national.organisations == ["Leaders Unlocked CIC"]


def test_a_part_over_examples_by_different_bodies_splits_into_them_and_its_opening_frames_them():
    text = ("# Rural theft report 2025\n\n## Foreword\n\nTheft claims rose again this year across the country.\n\n"
            "## Working together\n\nOur figures show what can be done when farmers and police work as one.\n\n"
            "### East Midlands\n\nLeicestershire Police ran joint night patrols with farm watch groups along "
            "the county boundary and thefts fell by 22%.\n\n"
            "### Wales\n\nNorth Wales Police put up bilingual signs at car parks in the lambing season and "
            "sheep worrying reports fell by a third.\n\n"
            "### Our own work\n\nWe gave members free forensic marking kits for their quad bikes and 1,200 "
            "kits were taken up.\n")
    doc = _doc(text, "Rural theft report 2025")
    found = build_initiatives(doc)
    texts = [text[i.start:i.end] for i in found]
    assert len(found) == 3, texts
    assert [i.forces for i in found[:2]] == [["Leicestershire Police"], ["North Wales Police"]]
    assert not any("Our figures show" in t for t in texts)


def test_sub_sections_that_name_no_other_body_stay_inside_their_piece():
    text = ("# Annual report\n\n## Street surgeries\n\nKent Police officers held weekly street surgeries with "
            "traders in the town centre.\n\n### How it works\n\nTraders book a slot and an officer visits their "
            "shop within the week.\n\n### Results\n\nShop theft reports fell by 14% over the year in the town "
            "centre.\n\n## Bike patrols\n\nKent Police officers returned to bike patrols in the parks after dark "
            "in the summer.\n")
    found = build_initiatives(_doc(text, "Annual report", "Kent Police"))
    assert len(found) == 2
    assert "fell by 14%" in text[found[0].start:found[0].end]


def test_sub_sections_each_naming_a_scheme_of_their_own_are_pieces_side_by_side():
    # a club's report to its AGM, its parts at the top level; one part holds two schemes
    text = ("# Aireborough RUFC Annual Report 2024/25\n\nPresented to the Annual General Meeting.\n\n"
            "# Notice of meeting\n\nNotice is given that the 52nd Annual General Meeting of the club will be held "
            "on 26 June.\n\n# Chairman's Report\n\nWhat a season it has been for the club, on and off the pitch. "
            "Thank you to every volunteer.\n\n# Secretary's Report\n\nMembership stands at 612, up from 580, and "
            "the committee met eleven times.\n\n# Treasurer's Report\n\nThe club made a small surplus of £4,120 on "
            "a turnover of £212,000.\n\n# 1st XV\n\nThe 1st XV finished fourth in the league, winning 14 of their "
            "22 games.\n\n# Mini and Junior Section\n\nOur mini and junior section is the biggest in the town, "
            "with 356 players.\n\n# Community Rugby\n\n## Friday Night Touch at Nunroyd Park\n\nIn April 2024 our "
            "community coach and the neighbourhood policing team set up Friday Night Touch: free touch rugby under "
            "our floodlights every Friday for 12 to 17 year olds. We ran 44 sessions for 131 young people.\n\n"
            "## Ruck and Talk\n\nIn September 2024 we started Ruck and Talk: on Monday evenings men of any age walk "
            "a lap of the pitches and talk, with six members trained in Mental Health First Aid. By May 2025, 63 "
            "men had come along.\n\n# Club Awards\n\nPlayer of the Year went to Josh.\n\n# Dates for 2025/26\n\n"
            "Pre-season training starts on Tuesday 15 July 2025.\n")
    part = text.index("# Community Rugby")

    def pieces(t: str) -> list[str]:
        found = build_initiatives(_doc(t, "Aireborough RUFC Annual Report 2024/25"))
        return [i.title for i in found if part <= i.start < t.index("# Club Awards")]

    assert pieces(text) == ["Friday Night Touch at Nunroyd Park", "Ruck and Talk"]
    # beside an aspect of the part ('Results'), a named sub-section is part of one piece
    assert pieces(text.replace("## Ruck and Talk", "## Results").replace("we started Ruck and Talk", "we started it")) \
        == ["Community Rugby"]
    # one named and told as work, the other no aspect: each a piece
    assert pieces(text.replace("we started Ruck and Talk", "we started it")) == [
        "Friday Night Touch at Nunroyd Park", "Ruck and Talk"]


def test_a_research_reports_method_and_findings_are_not_work_and_no_piece_overlaps_another():
    text = ("# Searched and unheard\n\nA report on police searches of children, 2022 to 2024.\n\n"
            "## How we did this\n\nWe sent requests to every force and interviewed 40 young people and officers.\n\n"
            "## What we found\n\nForces told us they searched children 3,412 times in the three years.\n\n"
            "## What young people told us\n\nYoung people told us they did not know why they were searched.\n\n"
            "## Signs of change\n\nSome forces have changed how they work.\n\n"
            "### West Midlands Police\n\nSince January 2024 West Midlands Police has required an inspector to "
            "approve every search of a child, and searches fell by 40%.\n\n"
            "### Durham and Cleveland\n\nDurham Constabulary and Cleveland Police set up a shared appropriate "
            "adult rota reaching any custody suite at any hour.\n")
    found = build_initiatives(_doc(text, "Searched and unheard"))
    spans = sorted((i.start, i.end) for i in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    assert [i.forces for i in found] == [["West Midlands Police"], ["Cleveland Police", "Durham Constabulary"]] \
        or [sorted(i.forces) for i in found] == [["West Midlands Police"], ["Cleveland Police", "Durham Constabulary"]]
    assert not any("3,412" in text[i.start:i.end] for i in found)


def test_a_publisher_named_in_capitals_in_its_running_header_owns_its_report():
    text = ("HALDANE RIGHTS TRUST Accountability Series No. 4\n\n# Searched and unheard\n\n"
            "## Our own work\n\nWe ran know-your-rights workshops in youth clubs in Leeds and Bradford for "
            "300 young people.\n")
    doc = Document("doc.md", "Searched and unheard", text, hashlib.sha256(text.encode()).hexdigest(),
                   running="HALDANE RIGHTS TRUST Accountability Series No. 4")
    assert segmentation(doc).owner.organisations == ("Haldane Rights Trust",)


@pytest.mark.parametrize("head, owner_forces", [
    ("LANDLORD UPDATE\nHartwell Lettings · Leicester & Leicestershire · Winter 2025", ()),  # where it lets homes
    ("Members' Bulletin\nMidlands Freight Operators' Association, Unit 4, Coventry, Warwickshire CV3 4FJ", ()),
    ("Cambridgeshire and Peterborough Safeguarding Adults Board\nAnnual Report 2024-25", ()),  # a board's name
    ("Northamptonshire Emergency Services Collaboration Programme\nHighlight Report", ("Northamptonshire Police",)),
    ("Kent Police\nOur year 2024-25", ("Kent Police",)),
])
def test_a_county_named_where_a_publisher_works_is_not_its_owner(head, owner_forces):
    text = f"{head}\n\n## Our work\n\nWe worked with partners on safer streets and lent cameras to members.\n"
    doc = Document("doc.md", head.split("\n")[0], text, hashlib.sha256(text.encode()).hexdigest())
    assert segmentation(doc).owner.forces == owner_forces


def test_a_county_in_a_clubs_running_footer_address_is_not_its_owner():
    text = "THE FENNOCK LOG\n\n## Commodore's corner\n\nWe finished the season with 486 members and a new pontoon.\n"
    doc = Document("doc.md", "The Fennock Log", text, hashlib.sha256(text.encode()).hexdigest(),
                   running="The Fennock Log · Autumn 2025\nFennock Creek Sailing Club, Hard Lane, Maldon, Essex CM9 8QW")
    assert segmentation(doc).owner.forces == ()
    from dataclasses import replace

    gmp = replace(doc, running="GMP · Our neighbourhoods · Autumn 2025")
    assert segmentation(gmp).owner.forces == ("Greater Manchester Police",)


def test_a_name_in_capitals_keeps_the_small_words_joining_it():
    text = ("ESTON AND GRANGETOWN CREDIT UNION LIMITED\nANNUAL REPORT TO MEMBERS\n\n## Loan sharks\n\n"
            "We and the neighbourhood team ran drop-ins for people who had borrowed from illegal lenders.\n")
    doc = Document("doc.md", "ESTON AND GRANGETOWN CREDIT UNION LIMITED", text, hashlib.sha256(text.encode()).hexdigest())
    assert segmentation(doc).owner.organisations == ("Eston and Grangetown Credit Union Limited",)


def test_a_numbered_reports_title_page_is_front_matter_and_a_run_in_head_does_not_hide_the_doer(tmp_path):
    from formats import write_docx
    from ingest.readers import read_document

    blocks = [("big", "RIVERSIDE WEEKENDER 2025"), ("big", "MULTI-AGENCY DEBRIEF REPORT"),
              ("p", "Prepared for the Safety Advisory Group by the council's emergency planning team. Debrief held "
                    "on 19 August 2025."),
              ("heading", 1, "1. Introduction"), ("p", "1.1 This report records what the agencies told the debrief."),
              ("heading", 1, "2. What went well"),
              ("p", "2.1 Merseyside Police and the organiser ran a wristband scheme for lost children and all 31 "
                    "were reunited within the hour."),
              ("p", "2.2 British Transport Police ran a managed queue at the station and the last train left on time."),
              ("p", "2.3 Welfare. The welfare tent was run by the charity Safe Haven Merseyside with volunteers "
                    "walking the site, and it treated 412 people."),
              ("heading", 1, "3. Areas for improvement"),
              ("p", "3.1 Stewards and police could not talk directly on the radio, so messages about lost children "
                    "went through the control room and took several minutes to arrive."),
              ("p", "3.2 The accessible viewing platform was full by three o'clock on the Saturday and some "
                    "visitors who needed it could not get a place."),
              ("p", "3.3 Residents of the roads next to the park reported blocked driveways from event traffic on "
                    "both days, and the council received eleven complaints.")]
    doc = read_document(write_docx(tmp_path / "debrief.docx", blocks), "debrief.docx")
    assert _layout(doc) == "numbered sections"
    found = build_initiatives(doc)
    assert not any("Prepared for" in doc.text[i.start:i.end] for i in found)
    assert [i.forces for i in found] == [["Merseyside Police"], ["British Transport Police"], []]
    # a numbered paragraph naming no force, but a body after its run-in head, is that body's piece
    assert found[2].organisations == ["Safe Haven Merseyside"]


def test_a_research_notes_abstract_before_its_numbered_sections_is_front_matter(tmp_path):
    from ingest.readers import read_document

    abstract = ("Purpose Parks are where much anti-social behaviour is reported, yet few studies have tested "
                "whether joint patrols reduce it. Design We compared four parks patrolled by Wiltshire Police "
                "and the council's rangers with six comparison parks over two summers. Findings Recorded "
                "anti-social behaviour fell by 27 per cent relative to the comparison parks, with no sign of "
                "displacement to nearby streets. Originality This is the first such evaluation of joint patrols "
                "in parks in this country, and it sets out how a randomised trial could follow. Implications "
                "Forces and councils planning joint patrols should agree shared recording from the start. ")
    intro = "Urban parks matter to the people who use them, and councils have cut park staff for a decade. " * 10
    discussion = "Patrols and repairs came together, so we cannot separate the two, and recording may have changed. " * 10
    text = ("Guardians in the park: joint police and ranger patrols in Swindon\n\n"
            "Priya Raman and Tom Ashworth, Severnside University\n\nABSTRACT\n\n" + abstract + "\n\n"
            "1. Introduction\n\n" + intro + "\n\n2. The Park Guardians scheme\n\nPark Guardians was set up in "
            "April 2023 by Wiltshire Police and Swindon Borough Council. Two PCSOs and two rangers patrolled four "
            "parks together on summer evenings, and the rangers repaired the lighting and the paths that the "
            "patrols reported. Over two summers they made 310 patrols.\n\n"
            "3. Results\n\nIncidents fell from 14.2 to 9.6 a month in the patrolled parks.\n\n4. Discussion\n\n"
            + discussion + "\n\n5. Conclusion\n\nRandomised trials of park patrol are now feasible and overdue.\n")
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p, "note.txt")
    assert _layout(doc) == "numbered sections"
    found = build_initiatives(doc)
    assert len(found) == 1 and "Park Guardians was set up" in doc.text[found[0].start:found[0].end]


def test_a_title_block_with_its_subtitle_and_key_findings_box_is_front_matter():
    text = ("# Searched and unheard\n\n### Police searches of children, 2022 to 2024\n\nNovember 2025\n\n"
            "#### Key findings\n\n- Forces told us they searched children 3,412 times in three years.\n"
            "- In more than half of those searches no appropriate adult was present.\n\n"
            "## Foreword\n\nNo child should be searched without someone there for them.\n\n"
            "## West Midlands Police\n\nSince January 2024 West Midlands Police has required an inspector to approve "
            "every search of a child, and searches fell by 40%.\n\n"
            "## Durham Constabulary\n\nDurham Constabulary set up an appropriate adult rota reaching any custody "
            "suite at any hour of the day or night.\n")
    found = build_initiatives(_doc(text, "Searched and unheard"))
    assert [i.forces for i in found] == [["West Midlands Police"], ["Durham Constabulary"]]


def test_a_list_whose_labels_name_bodies_is_no_single_record():
    text = ("# Conference 2025: programme\n\n## Welcome\n\nWelcome to the conference, which brings forces and "
            "universities together for a day of talks.\n\n## Posters\n\n"
            "P1 Derbyshire Constabulary: Drones in missing person searches in the Peak District\n\n"
            "P2 University of Leicester: Body-worn video and complaints, a review of two years of cases\n\n"
            "P3 Northamptonshire Police: Wellbeing dogs in the control room and what staff made of them\n\n"
            "P4 Nottingham Trent University: Victims' views of text message updates on their cases\n")
    assert _layout(_doc(text, "Conference 2025: programme")) != "single piece"


def test_a_part_headed_as_work_done_splits_into_its_sub_headed_pieces():
    text = ("# Gender pay gap report 2024\n\n# Why we have a gap\n\nMost of the senior ranks are men, and "
            "those ranks are on higher pay scales.\n\n# What we have done\n\nThis year we took two steps to close "
            "the gap, both agreed with our staff networks.\n\n"
            "## Flexible shifts on response\n\nWe introduced a flexible roster on two response teams for officers "
            "with caring responsibilities, and 14 women stayed on response.\n\n## Step Up mentoring\n\nThe "
            "Women's Network ran Step Up, a positive action programme pairing 30 women with senior mentors, and "
            "nine were promoted.\n")
    found = build_initiatives(_doc(text, "Gender pay gap report 2024", "Gwent Police"))
    texts = [text[i.start:i.end] for i in found]
    assert len(found) == 2, texts
    assert "flexible roster" in texts[0] and "Step Up" in texts[1]


def test_a_section_after_the_templated_pieces_in_another_form_is_judged_too():
    text = TEMPLATED_PACK.rstrip() + (
        "\n\n## Practice in focus\n\n### Rousing cards in Thames Valley custody\n\nThames Valley Police put a "
        "laminated rousing card on every cell door and gave detention officers wrist reminders, and an audit "
        "found every check recorded with a response.\n")
    found = build_initiatives(_doc(text))
    assert [i.forces for i in found][-1] == ["Thames Valley Police"]
    assert len(found) == 3


def test_a_registers_prose_telling_of_another_forces_work_is_that_forces_piece():
    text = TRACKER.replace(
        "\nContact: the policy officer",
        "\n# From our neighbours\n\nEach year we ask a neighbouring force to share something that worked.\n\n"
        "Derbyshire Constabulary's rural team ran three farm crime surgeries at livestock markets in 2024, and "
        "42 farmers signed up to its alerts.\n\nContact: the policy officer")
    initiatives = build_initiatives(_doc(text, "Police and Crime Plan: delivery tracker"))
    assert len(initiatives) == 3
    assert initiatives[-1].forces == ["Derbyshire Constabulary"]


def test_a_union_branch_named_in_capitals_owns_its_circular_not_the_force_in_its_name():
    text = ("UNISON CHESHIRE POLICE BRANCH\nBranch circular 2025/11\n\n1. PAY AWARD\n\nThe Police Staff Council "
            "has agreed a pay award of 4.2% from September.\n")
    doc = _doc(text, "UNISON CHESHIRE POLICE BRANCH")
    owner = segmentation(doc).owner
    assert owner.forces == () and owner.organisations == ("Unison Cheshire Police Branch",)


def test_a_running_footer_naming_the_force_makes_it_the_owner_but_a_web_address_does_not():
    from index.records import OutlineItem

    def owned(footer: str):
        text = (f"Local Police Plan: year 3 update\n\nOur rural crime officers ran joint border checkpoints with "
                f"farmers and machinery thefts fell by a third.\n\n{footer}\n")
        at = text.index(footer)
        doc = Document("plan.pdf", "Local Police Plan", text, hashlib.sha256(text.encode()).hexdigest(),
                       outline=(OutlineItem("running", at, at + len(footer)),))
        return segmentation(doc).owner.forces

    assert owned("Police Scotland | Keeping people safe 1") == ("Police Scotland",)
    assert owned("Police and Crime Commissioner for Cheshire | www.cheshire-pcc.gov.uk") == ()


def test_unnumbered_run_in_heads_cut_a_section_into_pieces_and_notices_under_them_are_none():
    text = ("# Partnership note\n\n## 1. Minutes of the last meeting\n\nThe partnership met on 9 October at Halifax "
            "station and agreed the minutes of its last meeting.\n\n## 2. Crime and incidents\n\nRecorded crime at "
            "the two stations was 118 offences in the quarter, against 131 a year earlier.\n\n"
            "## 3. Station safety work\n\n"
            "Bradford Interchange. British Transport Police and West Yorkshire Police ran knife arches at the "
            "station entrances on summer weekends and seized 11 knives.\n\n"
            "Suicide prevention. We trained 64 of our station staff with Samaritans, and staff made 23 "
            "potentially life-saving interventions in the quarter.\n\n"
            "Annual general meeting. The partnership's annual meeting is on 4 December at Halifax station, "
            "and all members are welcome to attend.\n\n"
            "## 4. Next meetings\n\nThe partnership next meets in January at Halifax station.\n")
    found = build_initiatives(_doc(text, "Partnership note", "Calder Trains"))
    texts = [text[i.start:i.end] for i in found]
    assert len(found) == 2, texts
    assert texts[0].startswith("Bradford Interchange.") and texts[1].startswith("Suicide prevention.")
    assert found[0].forces == ["British Transport Police", "West Yorkshire Police"]


def test_one_short_sentence_or_a_reply_is_no_run_in_head():
    from ingest.layouts.common import _plain_run_in_head
    from ingest.lines import split_lines

    lines = split_lines("Information is held. The force holds records of every stop and search for six years.\n"
                        "Yes. We have run the scheme in three towns since 2023 and will extend it next year.\n"
                        "Burnley. After a spring of stone-throwing at trains, officers ran safety sessions in schools.\n")
    assert [_plain_run_in_head(line) for line in lines] == ["", "", "Burnley"]


def test_the_documents_title_sharing_lead_words_with_a_heading_makes_no_practice_boxes():
    text = ("# Knock, Knock: police and people in Hull since 1950\n\nExhibition text for the new gallery, final "
            "version for print, agreed with the curators in March.\n\n## Panel 2.0\n\n### Knock, knock\n\nWho's "
            "there? For most people in Hull the police were the officer on the beat at the door.\n\n"
            "## Panel 2.1\n\n### Safe Cycle, 1976 to 1989\n\nHumberside Police's road safety officers ran cycling "
            "proficiency courses in every primary school, and 41,000 children passed.\n\n## Panel 2.2\n\n"
            "### Memory Lane\n\nThe museum's volunteers and Humberside Police's liaison officers ran reminiscence "
            "sessions in 30 care homes this year.\n")
    assert _layout(_doc(text, "Knock, Knock: police and people in Hull since 1950")) != "practice boxes"


def test_a_numbered_section_of_the_years_work_splits_into_its_sub_headed_pieces():
    text = ("# Youth Justice Plan 2025/26\n\n## 6. Governance\n\nThe partnership board meets quarterly and is "
            "chaired by the director of children's services.\n\n## 7. Resources\n\nThe service's budget is set "
            "by the partners each year and reported to the board.\n\n## 8. Performance\n\n"
            "### 8.1 Indicators\n\nFirst-time entrants fell again this year, to 141 per 100,000 children.\n\n"
            "### 8.2 What we did in 2024/25\n\nThree pieces of work stood out this year for the partnership.\n\n"
            "#### Choices Panel\n\nWith Kent Police we set up a panel that offers children caught with cannabis a "
            "diversion plan, and 48 children completed one.\n\n#### Summer Streets\n\nIn the August holidays we "
            "ran Summer Streets with Kent Fire and Rescue Service, reaching 300 young people.\n\n"
            "## 9. Risks to delivery\n\nThe grant for next year has not yet been confirmed.\n")
    found = build_initiatives(_doc(text, "Youth Justice Plan 2025/26", "Medway Youth Justice Partnership"))
    assert _layout(_doc(text, "Youth Justice Plan 2025/26")) == "numbered sections"
    titles = [i.title for i in found]
    assert any(t.startswith("Choices Panel") for t in titles) and any(t.startswith("Summer Streets") for t in titles)
    assert not any("Three pieces of work" in text[i.start:i.end] for i in found)


def test_a_letter_set_out_under_bold_run_in_heads_gives_its_pieces(tmp_path):
    """A letter is no piece of work, but one whose paragraphs open with heads in bold reports its
    pieces under them: each head that tells of work done is one, the rest are not."""
    import docx

    from ingest.readers import read_document

    d = docx.Document()
    for text in ("Kent Police Chaplaincy", "Advent 2025", "Dear friends,",
                 "As another year draws to a close, thank you for your prayers and your time."):
        d.add_paragraph(text)
    for head, rest in [
            ("A quiet room.", "In February, with the force's Wellbeing Team, we opened a quiet room next to the control "
                              "room. Chaplains had 1,340 conversations there and 64% of staff said it helped."),
            ("Still Here.", "With Stillwater Bereavement Care, a local charity, chaplains ran six-week bereavement "
                            "groups for officers and staff; 38 people took part and 36 completed the course."),
            ("Looking ahead.", "In the new year we hope to train chaplains to visit the custody suites.")]:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        p.add_run(" " + rest)
    d.add_paragraph("With every blessing for Christmas,")
    path = tmp_path / "letter.docx"
    d.save(path)
    found = build_initiatives(read_document(path, "letter.docx"))
    assert [f.title for f in found] == ["A quiet room", "Still Here"]
    assert all(f.forces == ["Kent Police"] for f in found)


def test_a_numbered_paragraph_wrapped_over_lines_is_read_as_one_sentence_for_who_it_names():
    """In a document no force owns, an untitled numbered paragraph naming no body is a finding;
    one whose opening sentence names a partner is a piece, though a narrow column wraps the
    partner's name onto the next line."""
    text = ("# Fire and Rescue Service: Statement of Assurance 2024/25\n\n## 6. Collaboration\n\n"
            "6.1 We reviewed our governance arrangements during the year and found them\n"
            "sound, with no areas that need to change in the coming twelve months at all.\n"
            "6.2 In January 2024 we started a falls response pilot with\n"
            "East Midlands Ambulance Service in Mansfield and Ashfield. Two\n"
            "firefighters crew a response car, lifting people who have fallen at\n"
            "home. The car attended 1,096 falls in its first year, and 82% of\n"
            "people stayed safely at home without needing an ambulance.\n\n"
            "## 7. Looking ahead\n\nNext year we will review the pilot.\n")
    found = build_initiatives(_doc(text, "Fire and Rescue Service: Statement of Assurance 2024/25"))
    assert [text[i.start:i.end].split()[0] for i in found] == ["6.2"], [text[i.start:i.end][:40] for i in found]


def test_an_opening_naming_no_force_that_frames_other_forces_examples_gives_their_pieces():
    """A government response naming no force, then one paragraph per force's scheme: each is that
    force's piece and the opening is none. Paragraphs about areas ('Bedfordshire has ...') are no
    forces' work."""
    text = ("# Fund a rural crime team in every force\n\n## Government responded\n\n"
            "The Government recognises the harm rural crime causes and funds the national unit that "
            "supports forces in tackling it across England and Wales.\n\n"
            "North Yorkshire Police's Rural Taskforce worked with a farm watch group during lambing season "
            "and cut livestock thefts by a third in the Dales.\n\n"
            "Dyfed-Powys Police's Off-Road Bike Team ran joint patrols on forestry land with Natural "
            "Resources Wales and seized 14 bikes in the year.\n")
    found = build_initiatives(_doc(text, "Fund a rural crime team in every force"))
    assert [f.forces for f in found] == [["North Yorkshire Police"], ["Dyfed-Powys Police"]], \
        [text[f.start:f.end][:50] for f in found]
    assert text[found[0].start:].startswith("North Yorkshire Police's Rural Taskforce")
    areas = text.replace("North Yorkshire Police's Rural Taskforce worked", "North Yorkshire has the most farms and worked") \
        .replace("Dyfed-Powys Police's Off-Road Bike Team ran", "Dyfed-Powys has the most forests and ran")
    assert len(build_initiatives(_doc(areas, "Fund a rural crime team in every force"))) == 1


def test_a_notice_with_underlined_numbered_headings_gives_its_sections_not_ruled_blocks():
    """A depot notice: a masthead framed by rules, then numbered headings underlined with dashes.
    The underlines are the headings' marks, not rules setting items off."""
    rule = "=" * 50
    text = (f"{rule}\nRIVERSIDE BUSES - NORTH DEPOT\nDRIVER NOTICE 2025/12\n{rule}\n\n"
            "PLEASE READ AND SIGN BEFORE YOUR NEXT DUTY.\n\n"
            "1. ROUTE 4 - ANTI-SOCIAL BEHAVIOUR: RESULTS\n--------------------------------------------\n"
            "From June our Customer Safety Team ran Operation Ticket with Kent Police. Officers rode the\n"
            "4 after school, and reported incidents on the route fell by 40% over the summer.\n\n"
            "2. SAFE SEAT\n------------\nSince March we have been part of Safe Seat with the council. Drivers\n"
            "have helped 31 people who felt unsafe to reach a safe place.\n\n"
            "3. DIVERSIONS\n-------------\n- Route 9: diverted via the High Street from 13 October.\n\n"
            "4. CONTACTS\n-----------\nControl: 01234 567890\n")
    doc = _doc(text, "RIVERSIDE BUSES - NORTH DEPOT")
    assert _layout(doc) != "ruled bulletin"
    titles = [i.title for i in build_initiatives(doc)]
    assert titles[:2] == ["ROUTE 4 - ANTI-SOCIAL BEHAVIOUR: RESULTS", "SAFE SEAT"], titles


def test_a_reports_particulars_make_no_record_of_one_piece_and_are_front_matter():
    """'Meeting:', 'Period:', 'Author:' at a report's head say when and by whom it was given: the
    report is no single record, and its headed sections' pieces are found."""
    text = ("## POLICE REPORT TO THE COMMUNITY COUNCIL\n\nMeeting: Monday 10 November 2025, Town Hall\n\n"
            "Period: 1 October to 31 October 2025\n\nAuthor: PC Ewan Baird, Community Policing Team\n\n"
            "## CRIME FIGURES\n\nHousebreaking\t4\t7\nTheft of pedal cycle\t9\t14\n\n"
            "## COMMUNITY ENGAGEMENT\n\n"
            "**Bike marking.** Officers and a cycle workshop marked 212 bikes at three events in October, "
            "and thefts of pedal cycles fell from 14 to 9 against last October.\n\n"
            "**Operation Promenade.** Our summer plan for the promenade, with the council's community safety "
            "team, ran weekend patrols, and calls about disorder on the beach fell by a third.\n\n"
            "## CONTACT US\n\nPhone: 101\n")
    doc = _doc(text, "POLICE REPORT TO THE COMMUNITY COUNCIL", "Police Scotland")
    assert _layout(doc) != "single piece"
    found = build_initiatives(doc)
    assert [i.title for i in found] == ["Bike marking", "Operation Promenade"]
    assert text[found[0].start:].startswith("**Bike marking.**")  # the particulars are no part of it


def test_an_email_opening_with_a_greeting_is_still_a_message_of_the_thread():
    """In an email thread (records of From / Sent / To / Subject), a message opening 'Hi Clare,'
    is a message like the others, not a letter to the readers: its account of work is a piece."""
    def message(sender, when, to, greeting, body):
        return (f"From: {sender}\nSent: {when}\nTo: {to}\nSubject: RE: Millfield results\n\n"
                f"{greeting}\n\n{body}\n\n")
    text = (message("Clare Hughes", "10 October 2025 09:14", "Jo Fenwick", "Thanks Jo,",
                    "Happy for you to use our figures in the report. Tom will bring the map to the panel.")
            + message("Jo Fenwick", "09 October 2025 16:42", "Clare Hughes", "Hi Clare,",
                      "Our youth bus ran with Peterborough Youth Trust on Tuesday and Friday evenings from July "
                      "to September. Youth workers had 1,480 contacts with young people, and 61 signed up for "
                      "the trust's boxing sessions.")
            + message("Clare Hughes", "08 October 2025 11:05", "Jo Fenwick", "Hi Jo, here are our results.",
                      "From June our neighbourhood team ran Operation Lanyard with the council's enforcement "
                      "officers, and reports of anti-social behaviour in Millfield fell by 38%."))
    doc = _doc(text, "", "")
    assert _layout(doc) == "labelled records"
    found = build_initiatives(doc)
    assert any("youth bus" in text[f.start:f.end] for f in found), [text[f.start:f.end][:60] for f in found]


def test_a_reflective_log_set_out_in_the_stages_of_a_reflective_cycle_is_one_piece():
    text = ("# Reflective log: entry 3\n\n## 1. Description\n\nIn May I led a problem-solving plan with the "
            "neighbourhood team on a street where neighbours reported drug dealing; we closed an alley with "
            "the council and calls fell from 30 to 9 in three months.\n\n## 2. Feelings\n\nI was nervous about "
            "leading colleagues with more service than me.\n\n## 3. Evaluation\n\nThe closure worked; the "
            "leaflet drop did not.\n\n## 4. Analysis\n\nThe change fits the crime triangle: we changed the "
            "place.\n\n## 5. Conclusion\n\nI would involve residents earlier.\n\n## 6. Action plan\n\n"
            "- Shadow the council's officer for a day.\n")
    doc = _doc(text, "Reflective log: entry 3", "Merseyside Police")
    assert _layout(doc) == "single piece"
    assert len(build_initiatives(doc)) == 1


def test_a_chairs_report_set_out_under_its_own_subheadings_gives_those_pieces():
    """A residents' association's AGM papers: items framed by rules; the chair's report is a
    letter ('Good evening neighbours') whose plain-text sub-headings each tell of a piece."""
    rule = "-" * 70
    text = (f"RIVERSIDE TENANTS' ASSOCIATION\nANNUAL GENERAL MEETING\n\n{rule}\n3. CHAIR'S REPORT 2024-25\n{rule}\n\n"
            "Good evening neighbours, and thank you for coming.\n\nIt has been a busy year for the committee, "
            "and here are the things I am proudest of.\n\n"
            "Walkabouts with the police\n\nFrom September the committee walked the estate every month with "
            "Kent Police's neighbourhood team, and 46 broken lights were repaired.\n\n"
            "Thursday youth nights\n\nWith a youth charity, the association opened the hall to young people "
            "every Thursday, and on average 28 came each week.\n\n"
            f"{rule}\n4. TREASURER'S REPORT\n{rule}\n\nBalance brought forward\t£2,184.50\nGrant\t£1,500.00\n\n"
            f"{rule}\n5. ELECTION OF OFFICERS\n{rule}\n\nChair: nominated.\nSecretary: no nomination received.\n\n"
            f"{rule}\n6. NEXT MEETING\n{rule}\n\nThe next general meeting is on 9 October at the hall.\n")
    doc = _doc(text, "RIVERSIDE TENANTS' ASSOCIATION")
    assert _layout(doc) == "ruled bulletin"
    titles = [i.title for i in build_initiatives(doc)]
    assert titles[:2] == ["Walkabouts with the police", "Thursday youth nights"], titles


def test_a_contact_entry_and_a_seasons_particulars_make_no_record_of_one_piece():
    text = ("## CLUB WELFARE OFFICER'S REPORT TO THE AGM\n\nSeason: 2024/25\n\nAGM: Tuesday 10 June 2025, 7pm\n\n"
            "## WHAT WE CHANGED\n\n**Respect barrier.** We roped every touchline two metres back, and reported "
            "incidents with parents fell from 9 to 2.\n\n**Friday kickabout.** With Avon and Somerset Police we "
            "ran free Friday football for 40 young people a week.\n\n## CONTACTS\n\n"
            "Club Welfare Officer: Donna Fairbrother, 07700 900482, welfare@example.org\n")
    assert _layout(_doc(text, "CLUB WELFARE OFFICER'S REPORT TO THE AGM")) != "single piece"


def test_an_apparatus_heading_over_subheaded_parts_leaves_the_parts_to_be_judged():
    """'Section news' (a news list's heading, not work) over 'Beavers', 'Cubs', 'Scouts': the
    part that tells of work done is a piece; the heading itself titles none."""
    text = ("# Campfire News\n\n## From the Group Scout Leader\n\nWhat a term it has been for the group, with "
            "new leaders and a full hut every night of the week.\n\n"
            "## Dates for your diary\n\n- 14 November: group AGM\n\n## Section news\n\n"
            "### Beavers\n\nOur Beavers have been busy with their Space badge.\n\n"
            "### Scouts\n\nIn October the Scouts ran a bike safety evening in the car park with Dyfed-Powys "
            "Police's neighbourhood team: 58 bikes were checked and 31 were fitted with free lights.\n\n"
            "## Summer camp\n\nThirty-two of our young people camped at Llangrannog in August and every one of "
            "them slept in a tent for the first time.\n\n"
            "## Hut hire\n\nThe hut is available for parties at £15 an hour.\n")
    found = build_initiatives(_doc(text, "Campfire News"))
    assert any(i.title.startswith("Scouts") and i.forces == ["Dyfed-Powys Police"] for i in found), \
        [(i.title, i.forces) for i in found]
    assert not any(i.title == "Section news" for i in found)


# --- numbered paragraphs under an unnumbered sub-heading -----------------------------------------

SUB_HEADED_PARAGRAPHS = """# Annual report of the Board 2024-25

## 4 Safety

4.1 The Board's overall judgement is that the prison is reasonably safe, though self-harm rose.

4.2 Members attended 17 case reviews during the year and found them well run.

### Drones and the perimeter

4.3 Drones carrying drugs and phones were the main threat. The security department and Lincolnshire Police's prison crime team put a drone detection system on the perimeter.

4.4 Drone sightings over the prison fell from 84 to 29 during the year, and eleven people were arrested.

## 7 Progression and resettlement

### Release day hub

7.1 The prison set up a release day hub in the visits hall with the borough council's housing team.

7.2 The share of men leaving without an address fell from 31% to 14% in the hub's first six months.

7.3 Our chaplaincy continues to hold a weekly service for staff.
"""


def test_numbered_paragraphs_under_one_sub_heading_are_one_piece_from_the_sub_heading():
    doc = _doc(SUB_HEADED_PARAGRAPHS, "Annual report of the Board")
    assert _layout(doc) == "numbered sections"
    initiatives = build_initiatives(doc)
    drones = _quote_owner(doc, "Drone sightings over the prison fell")
    assert doc.text[drones.start:].startswith("### Drones and the perimeter") or \
        doc.text[drones.start:].startswith("Drones and the perimeter")
    assert "4.3 Drones carrying drugs" in doc.text[drones.start:drones.end]
    assert "4.2 Members" not in doc.text[drones.start:drones.end]
    hub = _quote_owner(doc, "fell from 31% to 14%")
    assert "7.1 The prison set up" in doc.text[hub.start:hub.end]
    assert drones.title == "Drones and the perimeter" and hub.title == "Release day hub"
    # the section's headings and its paragraphs before the sub-heading are no part of it
    assert [i.title for i in initiatives] == ["Drones and the perimeter", "Release day hub"]
    assert "Progression and resettlement" not in doc.text[hub.start:hub.end]
    # a closing paragraph on another subject is not the sub-heading's
    assert "7.3 Our chaplaincy" not in doc.text[hub.start:hub.end]


def test_a_heading_like_line_among_a_sub_headings_paragraphs_does_not_cut_them_off():
    """A page's footer read in the middle of a column ('HMP Lincoln IMB' between two numbered
    paragraphs) is a short line like an unmarked heading: the paragraphs after it under the same
    sub-heading stay in the piece, none is lost."""
    text = SUB_HEADED_PARAGRAPHS.replace("perimeter.\n\n4.4", "perimeter.\n\nHMP Lincoln IMB\n\n4.4")
    doc = _doc(text, "Annual report of the Board")
    assert _layout(doc) == "numbered sections"
    drones = _quote_owner(doc, "Drone sightings over the prison fell")
    assert drones.title == "Drones and the perimeter"
    assert "4.3 Drones carrying drugs" in doc.text[drones.start:drones.end]


def test_whom_a_report_is_to_is_not_its_owner():
    from ingest.owners import document_owner

    text = ("# Public Space CCTV Annual Report 2024/25\n\n"
            "To\tRiverside Community Safety Partnership Board, 15 July 2025\n"
            "From\tHead of Community Safety, Northgate Borough Council\n\n"
            "# 1. Introduction\n\nThis report tells residents how the council's cameras were used in the year.\n")
    owner = document_owner(_doc(text, "Public Space CCTV Annual Report 2024/25"))
    assert owner.organisations == ("Northgate Borough Council",), owner
    addressed = text.replace("To\tRiverside", "Cc: Riverside")
    assert document_owner(_doc(addressed, "Public Space CCTV Annual Report 2024/25")).organisations == \
        ("Northgate Borough Council",)


RULED_FRONT_ONLY = """==========================================================
              RIVERSIDE ALLOTMENT SOCIETY
                  THE COMPOST HEAP
==========================================================

Secretary ........ Ann Hill, 3 Mill Lane, Leicester LE2 1AA
Lettings ......... Raj Patel        01632 960000
Website .......... riversideallotments.example

----------------------------------------------------------
 CONTENTS
   1. From the chair
   2. Shed break-ins
   3. The community plot
----------------------------------------------------------


1. FROM THE CHAIR
=================

What a summer. Thank you to everyone who came to the working party in September.

The waiting list is still long, so please keep your plot cultivated.


2. SHED BREAK-INS
=================

After eleven sheds were broken into in the spring, the committee worked with the local
neighbourhood policing team, who marked members' tools and sent patrols at dusk.

Break-ins fell from eleven in the spring to two over the summer.


3. THE COMMUNITY PLOT
=====================

With a mental health charity we set up a community plot, open on Tuesdays and Thursdays.

Twelve people now come each week, and four have half plots of their own.

==========================================================
 Next issue: spring 2026
 Copy to the Secretary by 28 February, please.
==========================================================
"""


def test_rules_round_a_masthead_and_contents_do_not_make_a_ruled_bulletin():
    # the items are the underlined headings below the rules, not the blocks the rules enclose
    doc = _doc(RULED_FRONT_ONLY, "")
    assert _layout(doc) != "ruled bulletin"
    initiatives = build_initiatives(doc)
    assert any("Break-ins fell from eleven" in doc.text[i.start:i.end] for i in initiatives)
    assert not any("Secretary ........" in i.title for i in initiatives)


# --- round 25: a publisher named by the document itself, bodies spoken of by role, parts of one piece

def test_a_publisher_the_document_names_itself_writes_its_we_but_a_catalogues_does_not():
    from dataclasses import replace

    from ingest.owners import document_owner, section_who

    text = ("# Annual report 2024-25\n\nA word from our chair.\n\n## Scam Shield\n\nWe worked with Norfolk "
            "Constabulary's Fraud Protect team to visit older people who had been scammed.\n\n"
            "Solway Advice is the operating name of Solway Advice Bureau. Registered charity no. 1098372.\n")
    from ingest.readers.outline import stated_publisher

    stated = replace(_doc(text, "Annual report 2024-25", publisher=stated_publisher(text)), publisher_stated=True)
    owner = document_owner(stated)
    assert owner.organisations == ("Solway Advice",) and owner.source == "imprint"
    body = "We worked with Norfolk Constabulary's Fraud Protect team to visit older people."
    assert "Solway Advice" in section_who("Scam Shield", body, owner).organisations
    # the same name given by a catalogue (a collection of others' pieces): its 'we' is the piece's author
    catalogued = document_owner(_doc(text, "Annual report 2024-25", publisher="Solway Advice"))
    assert catalogued.source == "publisher"
    assert "Solway Advice" not in section_who("Scam Shield", body, catalogued).organisations


def test_the_council_a_document_names_once_is_the_one_its_the_council_means():
    from ingest.owners import document_owner, section_who

    text = ("# Market Matters\n\nNews for traders.\n\n## Market Watch\n\nThe association, City of Doncaster "
            "Council's markets team and the police agreed to try something together.\n\n## Young traders\n\n"
            "The council's markets team waives the rent for the day.\n")
    owner = document_owner(_doc(text, "Market Matters"))
    assert owner.named_council == "City of Doncaster Council"
    who = section_who("Young traders", "The council's markets team waives the rent for the day.", owner)
    assert "City of Doncaster Council" in who.organisations and "referred to by its role" in who.reason
    two = document_owner(_doc(text + "\nLeeds City Council sent a speaker.\n", "Market Matters"))
    assert two.named_council == ""  # two councils: 'the council' is neither for certain
    assert "council" not in " ".join(section_who("Stalls", "Traders set up at six.", owner).organisations).lower()


@pytest.mark.parametrize("text, meant", [
    ("So this spring the Trust and the police set out to stop a third theft.", True),
    ("The association, the council and the police agreed to try something together.", True),
    ("Officers worked to earn the trust of residents.", False),
])
def test_an_owner_spoken_of_by_the_kind_of_body_it_is(text, meant):
    from ingest.owners import refers_to

    owner = "Solway Wildlife Trust" if "rust" in text else "Kingsgate Market Traders' Association"
    assert refers_to(text, owner) is meant


def test_a_masthead_season_and_issue_number_do_not_push_its_publisher_out_of_the_title_block():
    from ingest.owners import _title_block

    head = ("Chamber Link\nWINTER 2025\nIssue 74\nThe members' magazine of the Wolds & Humber Chamber of Commerce "
            "Hull · Beverley · Goole · Grimsby\n\nFROM THE PRESIDENT\nThis is my last letter as your President.\n")
    assert "Wolds & Humber Chamber of Commerce" in _title_block(head)


def test_numbered_sub_sections_that_are_parts_of_one_story_stay_one_piece():
    text = """# Annual Report to Members

## 1. Chair's introduction

This has been the busiest year in our history, and I thank every volunteer.

## 2. Defibrillators in our villages

### 2.1 What happened

Two cardiac arrests in a village hall car park showed the cabinet had been left locked.

### 2.2 What we did with the police

We asked the neighbourhood policing team to check the cabinets on their patrols, and they reported
damage within a day.

### 2.3 Results

All 31 defibrillators were in working order at every monthly check.

## 3. Heartstart in schools

Our volunteers taught CPR to 640 pupils in 14 primary schools with the ambulance service.
"""
    doc = _doc(text, "Annual Report to Members")
    titles = [i.title for i in build_initiatives(doc)]
    assert any("Defibrillators" in t for t in titles)
    assert not any(t.startswith(("What happened", "What we did", "Results")) for t in titles)
    whole = next(i for i in build_initiatives(doc) if "Defibrillators" in i.title)
    assert "All 31 defibrillators" in doc.text[whole.start:whole.end]


def test_a_scripts_reader_codes_are_speakers_not_the_fields_of_records():
    turns = "\n\n".join(f"R{1 + n % 2}: Item {n}. Something was said about the week here." for n in range(8))
    doc = _doc(f"TALKING NEWS\n\n{turns}\n", "TALKING NEWS")
    assert _layout(doc) != "labelled records"


def test_an_issues_front_page_with_its_contents_and_a_short_welcome_is_no_piece():
    from ingest.layouts.common import Section
    from ingest.segment import _front_page

    welcome = ("Membership has grown to 1,480 businesses, the most since 2008, and 612 of you joined us at the "
               "awards dinner in October. Two stories in this issue began the same way: with a member ringing "
               "us for help.")
    story = ("Since last winter Merseyside Police and Wirral Council have used a one-page profile for every "
             "fostered child, and the average time before a missing child is found has fallen from 19 hours to 7.")
    for contents in ("In this issue\tWelcome\tMissing from care\tTraining", "IN THIS ISSUE\n\nCyber Ready 1\n\nEvents 2"):
        text = f"# Together\n\nThe newsletter of the Wirral Carers' Association\n\n{contents}\n\n{welcome}\n\n# Next\n\n{story}\n"
        view = make_view(_doc(text, "Together"))
        front = Section(0, text.index("# Next"), "Together")
        assert _front_page(view, front, True), contents
        # the same page with no contents list, or with a cover story told at length beside it, is not
        no_contents = text.replace(contents, "")
        assert not _front_page(make_view(_doc(no_contents, "Together")), Section(0, no_contents.index("# Next"), "Together"),
                               True)
        long = text.replace(welcome, " ".join([story] * 6))
        assert not _front_page(make_view(_doc(long, "Together")), Section(0, long.index("# Next"), "Together"), True)


def test_a_reports_cover_headed_by_its_own_name_over_key_figures_is_no_piece():
    from ingest.layouts.common import Section
    from ingest.segment import _front_page

    figures = "2024 at a glance\n\n412,000 customers\n\n58 branches\n\nWorried about a call? Hang up and ring 159."
    story = ("Since last winter our branch staff have called 999 under the Banking Protocol whenever a customer "
             "asked to withdraw a large sum in cash for a stranger, and officers attended within the hour.")
    for heading in ("Our fraud and scams report 2024", "Annual review 2023/24", "The Members' Newsletter"):
        text = f"# Stopping fraud together\n\n## {heading}\n\n{figures}\n\n## What we did\n\n{story}\n"
        view = make_view(_doc(text, "Stopping fraud together"))
        cover = Section(text.index("## "), text.index("## What"), heading)
        assert _front_page(view, cover, True), heading
        assert not _front_page(view, cover, False), heading  # not the first section: a report in the document
    # a headline about a report is no cover; nor is a cover holding a story told at length
    text = f"## New report shows scams down\n\n{figures}\n\n## Next\n\n{story}\n"
    assert not _front_page(make_view(_doc(text)), Section(0, text.index("## Next"), "New report shows scams down"), True)
    long = f"## Our fraud and scams report 2024\n\n{' '.join([story] * 6)}\n\n## Next\n\n{story}\n"
    assert not _front_page(make_view(_doc(long)), Section(0, long.index("## Next"), "Our fraud and scams report 2024"), True)


def test_numbered_headings_set_in_a_heading_font_halfway_down_are_headings_when_the_numbered_layout_declines():
    from index.records import OutlineItem
    from ingest.segment import view_and_layout

    opening = " ".join(["Fraud cost our customers more last year than ever before, and most of it was lost to "
                        "scams in which customers were talked into moving the money themselves."] * 8)
    pieces = {
        "1. Scam Stoppers: a call before the money goes": "Since March 2024 our contact centre team has held "
        "payments flagged as high risk and rung the customer before releasing them; 2,140 scam payments were stopped.",
        "2. Befriending after a scam": "Since June 2024 our vulnerable customer team has referred customers over 70 "
        "who lost money to a scam to Dales Later Life, whose volunteers rang 186 of them every week.",
    }
    text = "Fraud report 2024\n\n" + opening + "\n\nWhat we did\n\n" + "\n\n".join(f"{h}\n\n{b}" for h, b in pieces.items()) + "\n"
    styled = [OutlineItem("heading", text.index(h), text.index(h) + len(h), 2) for h in ("What we did", *pieces)]
    doc = Document("report.pdf", "Fraud report 2024", text, hashlib.sha256(text.encode()).hexdigest(),
                   outline=tuple(text_outline(text, styled)))
    starts = {text.index(h) for h in pieces}
    # the first view leaves numbered headings to the numbered layout, which declines a numbering
    # that starts this far down; the layout is chosen again with them as headings
    assert not any(line.is_heading for line in make_view(doc).lines if line.start in starts)
    view, choice = view_and_layout(doc, make_view(doc))
    assert choice.name != "numbered sections"
    assert all(line.is_heading for line in view.lines if line.start in starts)
    found = build_initiatives(doc)
    assert [any(i.start <= s < i.end and s - i.start < 40 for i in found) for s in sorted(starts)] == [True, True]
    # the same lines found by their numbers alone (no font marks them) are left as they were
    plain = _doc(text, "Fraud report 2024")
    assert not any(line.is_heading for line in view_and_layout(plain, make_view(plain))[0].lines if line.start in starts)


def test_a_figure_in_large_type_opening_a_line_is_no_section_number():
    from ingest.layouts.common import _SECTION_NUMBER

    for heading in ("1. In our branches", "2.1 Safer streets", "3) Victims first", "Part 3: Victims"):
        assert _SECTION_NUMBER.match(heading), heading
    for figure in ("9 out of 10", "47 Likes 3 Restacks", "2 now team leaders", "48.2 million listings"):
        assert not _SECTION_NUMBER.match(figure), figure


def test_a_table_of_figures_under_its_caption_with_a_note_tells_of_no_work():
    from ingest.layouts.common import is_table_with_notes, lines_of, Section

    table = ("Fraud and scam cases, 2024\n\nType\tCases\tLost\nPurchase scams\t1,604\t£0.61m\n"
             "Romance scams\t97\t£1.12m\nInvestment scams\t212\t£2.37m\nImpersonation\t486\t£1.34m\n\n"
             "Losses are what customers reported and may change as cases close.\n")
    view = make_view(_doc(table))
    assert is_table_with_notes(lines_of(view, Section(0, len(table), "")))
    story = table + "\n" + " ".join(["Our branch staff rang the police under the Banking Protocol 96 times."] * 2)
    view = make_view(_doc(story))
    assert not is_table_with_notes(lines_of(view, Section(0, len(story), "")))
    rows = "Project\tUpdate\nSafe Spaces\tThe youth club opened three evenings a week and 40 young people came.\n" \
           "Street Watch\tVolunteers walked the town centre every Friday night from May.\n"
    view = make_view(_doc(rows))
    assert not is_table_with_notes(lines_of(view, Section(0, len(rows), "")))  # rows of prose are records


def test_why_we_did_it_is_an_aspect_of_the_piece():
    from ingest.layouts.common import is_aspect

    assert is_aspect("5.1 Why we did it") and is_aspect("Why the force did this")


def test_a_body_named_by_its_logo_over_the_title_owns_the_document():
    from ingest.owners import document_owner

    text = ("WEALD & MEDWAY BUSES\n\nDriver notice 41\n\nRoutes 1 and 7 now run past the station again. "
            "Weald & Medway Buses Ltd thanks every driver for their patience.\n")
    owner = document_owner(_doc(text, "Driver notice 41"))
    assert owner.organisations == ("Weald & Medway Buses Ltd",) and owner.source == "first page"
    # a name in the text that the title block does not open with is no owner
    other = text.replace("WEALD & MEDWAY BUSES", "DEPOT NEWS")
    assert document_owner(_doc(other, "Driver notice 41")).organisations == ()


SOCIAL_VALUE = """# Etruria Campus social value report 2024/25

## About this report

This report sets out the social value delivered in the second year of the building contract for the campus.

## Safer communities

We worked with two partners on the site's safety this year.

### Site Watch with Staffordshire Police

After break-ins at the compound we linked the site's CCTV to Staffordshire Police so that officers could watch the cameras live, and PCSOs added the site to their evening patrols from April 2024.

#### What changed

Thefts from the compound fell from 11 to 2 in the year. "We can see what is happening before we get there," said the PCSO who patrols the site.

### Second Chances with HMP Stafford

With the prison's employment hub we offered men nearing release a groundworks qualification and a job on site, with a named mentor meeting each of them every week.

#### Results so far

Nine men have joined us from the prison and seven are still working for us. "It gave me a reason to get up," said one of them.

## Schools and skills

Our site team gave 240 hours of careers talks in local schools this year.
"""


def test_a_parts_examples_are_cut_at_the_next_level_down_and_keep_their_own_results_panels():
    from ingest.layouts import headings

    doc = _doc(SOCIAL_VALUE, "Etruria Campus social value report 2024/25")
    heads = [s.heading for s in headings.sections(make_view(doc))]
    assert "Site Watch with Staffordshire Police" in heads and "Second Chances with HMP Stafford" in heads
    assert "What changed" not in heads and "Results so far" not in heads
    site = _quote_owner(doc, "linked the site's CCTV")
    assert site.start <= doc.text.index("Thefts from the compound fell") < site.end


NUMBERED_REVIEW = """# Annual review 2024/25

Welcome to our review of the year, written for our partners and the people we support.

## 01 From custody into treatment

Our arrest referral workers now sit in the custody suite every day, and the custody sergeants make an assessment with us a condition of bail. In the year 388 people started treatment within three weeks.

## 02 Naloxone in every patrol car

Our nurses trained every response officer in the city to carry nasal naloxone. Officers used it 23 times in the year and every person survived.

## 03 Recovery Champions at the prison gate

Since May 2024 one of our volunteer Recovery Champions has met each person released with a treatment plan at the gate, and first appointments kept rose from 38% to 81%.

## Looking ahead

In 2025/26 we will open a weekly clinic on the coast and start arrest referral sessions in a second custody suite.

## Thank you

Our thanks go to the city council, the county council and every volunteer who gave their time this year.
"""


def test_an_unnumbered_heading_set_as_the_numbered_ones_ends_the_last_numbered_section():
    doc = _doc(NUMBERED_REVIEW, "Annual review 2024/25")
    assert _layout(doc) == "numbered sections"
    champions = _quote_owner(doc, "Recovery Champions has met")
    assert "Our thanks go to" not in doc.text[champions.start:champions.end]
    assert "weekly clinic" not in doc.text[champions.start:champions.end]


DIGEST = """Today's Topics:

   1. Re: Street lighting - any evidence? (Amy Lowe)
   2. Knife bins - our results (Sam Orr)

----------------------------------------------------------------------

Message: 1
Date: Tue, 18 Nov 2025 09:14:22 +0000
From: Amy Lowe <amy.lowe@example.gov.uk>
Subject: Re: [CSP] Street lighting - any evidence?

We relit the underpass on Mill Lane in 2024 with the county council and Kent Police, and reports of robbery there fell from 14 to 3 in the year after.

Amy

------------------------------

Message: 2
Date: Wed, 19 Nov 2025 08:05:40 +0000
From: Sam Orr <sam.orr@example.gov.uk>
Subject: [CSP] Knife bins - our results

Essex Police and our community safety team put four knife surrender bins in Basildon in March, and 212 blades were handed in by October.

Sam

------------------------------

Subject: Digest Footer

CSP-Practitioners mailing list. This list is run by the Safer Communities Network for people working in community safety.

------------------------------
"""


def test_messages_are_titled_by_their_subject_and_a_digests_footer_is_no_piece():
    doc = _doc(DIGEST, "CSP-Practitioners Digest, Vol 18, Issue 46")
    assert _layout(doc) == "labelled records"
    found = build_initiatives(doc)
    assert [i.title for i in found][:2] == ["Street lighting - any evidence?", "Knife bins - our results"]
    assert not any("mailing list" in doc.text[i.start:i.end] for i in found)


# --- a form's parts, a one-piece entry's summary, a typescript's headings, a profile card -----------

CIC_RETURN = """Community Interest Company Report
CIC 34

Company Name in full MARSHGATE CYCLES C.I.C.
Company Number 10293847

### PART 1 - GENERAL DESCRIPTION OF THE COMPANY'S ACTIVITIES AND IMPACT

Please give a general account of the company's activities in the year.

Marshgate Cycles CIC runs a bike workshop in Spalding. We repair and sell second-hand bikes and teach people to mend their own.

### SECOND GEAR

Second Gear is a six-week bike mechanics course for young people referred by Lincolnshire Police. We ran four courses in the year and 29 young people finished it; 3 of them have offended again since.

### LIGHTS ON

We fitted lights to 212 bikes sold to farm workers and ran 17 safety sessions with South Holland District Council, attended by 390 workers. Cyclist casualties after dark fell from 14 to 6.

### PART 2 - CONSULTATION WITH STAKEHOLDERS

Please say who the company's stakeholders are and how they were consulted. We surveyed 40 partners and referrers in March and met the council twice.

### PART 3 - DIRECTORS' REMUNERATION

No remuneration was received by the directors.
"""


def test_a_forms_parts_outrank_the_headings_set_in_their_font_and_its_name_field_is_the_owner():
    # (as the reader states it: ingest/readers/__init__.py)
    doc = dataclasses.replace(_doc(CIC_RETURN, publisher=stated_publisher(CIC_RETURN)), publisher_stated=True)
    assert doc.publisher == "Marshgate Cycles CIC"
    seg = segmentation(doc)
    assert [i.title for i in seg.initiatives] == ["SECOND GEAR", "LIGHTS ON"]
    assert seg.owner.organisations == ("Marshgate Cycles CIC",)
    assert all("Marshgate Cycles CIC" in i.organisations for i in seg.initiatives)


AWARD_ENTRY = """# Problem-Solving Awards 2025

Project title\tOperation Spanner: cutting tool theft from vans

# Section A: Summary

No more than 400 words.

Operation Spanner was a problem-solving response by Thames Valley Police's Reading Problem Solving Team and Reading Borough Council to thefts of tools from vans. Thefts fell by 41%.

# Section B: Description of the project

Describe the project using the SARA model. No more than 4,000 words.

## Scanning

In early 2024 tradespeople reported 214 thefts of tools from vans parked overnight in the north of the town.

## Response

The team and the council held van security days, patrolled the worst streets at night and checked car boot sales with trading standards officers.

## Assessment

Thefts of tools from vans fell from 214 to 126 over the next ten months.

# Section C: Chief officer endorsement

I endorse this entry. Operation Spanner is now part of how the force deals with acquisitive crime, and two other forces have asked for our analysis template.

Jo Hale, Assistant Chief Constable, Thames Valley Police

# Section D: Declarations

I confirm that the information in this entry is accurate.
"""


def test_a_one_piece_entrys_summary_opens_the_piece_and_its_endorsement_and_declarations_are_not_in_it():
    doc = _doc(AWARD_ENTRY)
    found = segmentation(doc).initiatives
    assert len(found) == 1
    piece = doc.text[found[0].start:found[0].end]
    assert "Operation Spanner was a problem-solving response" in piece
    assert "Thefts of tools from vans fell from 214 to 126" in piece
    assert "I endorse this entry" not in piece and "I confirm" not in piece


TYPESCRIPT = """Borough Archive - digitised item 0417
Deposited by: Mrs A. Smith, 2019

                  HOLMFIELD AND DISTRICT
                   CRIME PREVENTION PANEL

                        ANNUAL REPORT 1996 - 97


CHAIRMAN'S REPORT

It gives me great pleasure to present the Panel's report for 1996/97,
our busiest year since the Panel was formed in 1984. Our two projects
are described below, and I thank every member who gave up evenings.

Membership stands at 19, an increase of four on last year.

D. R. Aldous, Chairman


PROJECTS

1.  SAFE AS HOUSES

With the help of the West Yorkshire Police crime prevention officer,
members of the Panel fitted door chains and window locks in the homes
of pensioners living alone. We fitted equipment in 212 homes and only
one has been burgled since.

2.  VEHICLE WATCH

Vehicle Watch was launched in the town in October 1996 by West Yorkshire
Police with the Panel's help. Owners register cars not used at night,
and by March 412 cars had been registered and thefts of cars fell from
187 to 151.

3.  PLANS FOR 1997/98

We hope to help the town centre traders set up a Shopwatch radio scheme.
"""


def test_a_typescripts_numbered_capital_headings_head_its_pieces_however_late_they_start():
    doc = _doc(TYPESCRIPT, title="Holmfield and District Crime Prevention Panel, Annual Report 1996-97")
    found = segmentation(doc).initiatives
    titles = [i.title for i in found]
    assert "SAFE AS HOUSES" in titles and "VEHICLE WATCH" in titles
    assert not any("It gives me great pleasure" in doc.text[i.start:i.end] and "SAFE AS HOUSES" in
                   doc.text[i.start:i.end] for i in found)  # the chairman's report is not the first piece's
    assert segmentation(doc).owner.organisations == ("Holmfield and District Crime Prevention Panel",)


PROFILES = """# Our associates

## Clare Whitworth

Associate Director
Former Chief Superintendent, Hertfordshire Constabulary

Clare served for 29 years before she joined us. She leads our reviews of neighbourhood policing.

### Career highlight

As district commander from 2016 to 2020, Clare brought the force's neighbourhood team and Stevenage Borough Council's anti-social behaviour officers together in one office. Repeat calls from the same addresses fell by 38%.

## Gareth Pryce

Associate
Former Superintendent, Greater Manchester Police

### Career highlight

In 2019 he set up Operation Compass with Transport for Greater Manchester after a run of attacks on bus drivers. Assaults on drivers fell by a third.
"""


def test_a_box_speaking_of_the_force_under_a_card_naming_one_is_that_forces():
    doc = _doc(PROFILES, publisher="Kestrel Safety Associates")
    found = segmentation(doc).initiatives
    hub = next(i for i in found if "Stevenage" in doc.text[i.start:i.end])
    assert "Hertfordshire Constabulary" in hub.forces
    compass = next(i for i in found if "Compass" in doc.text[i.start:i.end])
    assert "Hertfordshire Constabulary" not in compass.forces


def test_a_summary_naming_a_documents_one_piece_opens_that_piece():
    from ingest.layouts import headings
    from ingest.segment import _with_its_summary

    doc = _doc(AWARD_ENTRY)
    view = make_view(doc)
    cut = headings.sections(view)
    description = next(s for s in cut if s.heading.startswith("Section B"))
    piece = dataclasses.replace(description, heading="Operation Spanner")
    summary = next(s for s in cut if s.heading == "Section A: Summary")
    assert [(s.start, s.end) for s in _with_its_summary(view, cut, [piece])] == [(summary.start, piece.end)]
    # not when the summary does not name the piece, nor when the document holds two pieces
    other = dataclasses.replace(piece, heading="Operation Wrench")
    assert _with_its_summary(view, cut, [other]) == [other]
    assert _with_its_summary(view, cut, [piece, other]) == [piece, other]


def test_a_welcome_signed_by_the_chief_constable_names_the_force_whose_review_it_is():
    from ingest.owners import document_owner

    text = ("OUR YEAR 2024/25\n\nStories from across our four local authority areas.\n\nWelcome\n\n"
            "This has been a year of real progress for Humberside Police. We answered more 999 calls more\n"
            "quickly than ever before. I hope you enjoy reading it. Chief Constable Paul Whitlock\n\n"
            "The year in numbers\n")
    owner = document_owner(_doc(text, "Our Year 2024/25"))
    assert owner.forces == ("Humberside Police",) and "chief constable" in owner.source
    # a commissioner's report naming the force it holds to account has no such sign-off
    pcc = text.replace("Chief Constable Paul Whitlock", "Commissioner Jo Evans")
    assert document_owner(_doc(pcc, "Our Year 2024/25")).forces == ()


COMPETENCY = """# Promotion to Inspector: application

# Competency 1: We analyse critically

**Situation.** In spring 2024 the seafront at Great Yarmouth was generating more calls about anti-social driving than anywhere else on my district.

**Task.** As the neighbourhood sergeant I had to find out why and bring the calls down before the summer.

**Action.** I mapped a year of calls by hour and place and found that 70% came from two car parks on Friday and Saturday nights. I agreed with Great Yarmouth Borough Council that the barriers would close at 10pm.

**Result.** Between May and September 2024 calls about anti-social driving on the seafront fell from 212 to 96.
"""


def test_a_competency_examples_situation_task_action_and_result_are_one_piece():
    doc = _doc(COMPETENCY, "Promotion to Inspector: application")
    found = segmentation(doc).initiatives
    assert len(found) == 1
    piece = doc.text[found[0].start:found[0].end]
    assert "Situation." in piece and "fell from 212 to 96" in piece


BRIEFING = """# Nuisance off-road motorbikes

A debate on nuisance off-road motorbikes is scheduled for 12 November 2025.

## Contents

- Background
- Examples of police and local action
- Further reading

## 1. Background

Off-road motorbikes ridden on pavements and in parks are a long-standing source of complaints to MPs and councils.

## 2. Examples of police and local action

### Salford

Greater Manchester Police's Salford off-road bike team has worked with Salford City Council since 2023. Since April the team has seized 64 bikes.

### Leeds

West Yorkshire Police and Leeds City Council offer young riders a course at a motocross club instead of a fine. Of the 38 who completed it, 3 have been caught again.

### Other recent announcements

- Police launch summer crackdown on nuisance bikes (Durham Constabulary, 2 June 2025)
- Residents urged to report off-road bikes (Nottinghamshire Police, 21 May 2025)

## 3. Further reading

- Home Office, Anti-social behaviour action plan, March 2023
"""


def test_a_briefings_contents_end_at_its_first_section_and_a_list_of_announcements_ends_the_examples():
    from ingest.layouts.contents import contents_entries

    doc = _doc(BRIEFING, "Nuisance off-road motorbikes - House of Commons Library")
    view = make_view(doc)
    entries, after = contents_entries(view)
    assert [e.text for e in entries] == ["Background", "Examples of police and local action", "Further reading"]
    assert view.lines[after].plain.endswith("Background") and view.lines[after].is_heading
    found = segmentation(doc).initiatives
    leeds = next(i for i in found if "Leeds City Council" in doc.text[i.start:i.end])
    assert "Residents urged" not in doc.text[leeds.start:leeds.end]
    assert not any("Residents urged" in doc.text[i.start:i.end] for i in found)


ESSAY = """ESSAY 4

Fixing the small things first

Helen Varley

Helen Varley is Chief Superintendent and district commander for Doncaster in South Yorkshire Police. She writes here in a personal capacity.

The first complaint I heard at my first residents' meeting was about a mattress dumped in an alley.

## A walk, not a meeting

In Hexthorpe we started with a walk. From May 2023, every other Tuesday, our sergeant and PCSOs walked a set route with City of Doncaster Council's street scene officers, and 61 problems were fixed in the first year.
"""


def test_an_officers_essay_in_the_first_person_is_their_forces_work():
    doc = _doc(ESSAY, "Fixing the small things first", publisher="Common Ground Institute")
    seg = segmentation(doc)
    assert seg.owner.author_force == "South Yorkshire Police"
    walk = next(i for i in seg.initiatives if "Hexthorpe" in doc.text[i.start:i.end])
    assert walk.forces == ["South Yorkshire Police"] and "City of Doncaster Council" in walk.organisations
    # a note about a writer who is no officer names no force of theirs
    plain = ESSAY.replace("is Chief Superintendent and district commander for Doncaster in",
                          "is a journalist who has written about")
    assert segmentation(_doc(plain, "Fixing the small things first")).owner.author_force == ""


ROLE_PROFILE = """# ROLE PROFILE

## Problem Solving and Prevention Coordinator

Grade: Police Staff Grade F

### JOB PURPOSE

To help neighbourhood teams and partners find, plan, carry out and evaluate problem-solving work.

### KEY ACCOUNTABILITIES

- Coordinate problem-solving plans for priority locations and repeat victims.
- Attend and, where required, chair monthly multi-agency problem-solving meetings.

### EXAMPLES OF WORK THE POST HOLDER WILL SUPPORT

- gating, lighting and clean-up of alleys with a local authority;
- joint visits with licensing officers to late-night premises.

### PERSON SPECIFICATION

Experience of working with partner agencies on local problems.
"""


def test_a_role_profile_is_no_piece_of_work():
    """A role named 'Problem Solving ...' is not the aspect 'Problem' of one piece (the discipline
    names a post), and the profile's parts (accountabilities, the work the post holder will
    support, the person specification) are a role's, not work done."""
    from ingest.layouts.common import is_aspect

    assert not is_aspect("Problem Solving and Prevention Coordinator") and not is_aspect("Problem-oriented policing")
    assert is_aspect("The problem") and is_aspect("Problem") and is_aspect("Problem analysis")
    doc = _doc(ROLE_PROFILE, "Role Profile: Problem Solving and Prevention Coordinator", "Merseyside Police")
    assert _layout(doc) != "single piece"
    assert build_initiatives(doc) == []


SITREP = """MULTI-AGENCY SITUATION REPORT 7

1. SITUATION SUMMARY

River levels continue to fall and no further properties have flooded since the last report.

2. WEATHER

Rain ends overnight and the next days are mainly dry across the county.

3. AGENCY UPDATES

3.1 Northshire Police
- Cordons on the A614 at Thorne Road
  and on Nab Lane unchanged.
- Operation Keel has been running since the evacuation: officers from the neighbourhood team
  patrol the evacuated streets round the clock and have fitted 61 temporary alarms to homes.

3.2 Fire and Rescue
- High volume pumps remain at Fishlake and Stainforth through the night and into tomorrow.
"""


def test_a_wrapped_bullets_last_line_is_no_heading_and_cuts_nothing():
    """A line opening in small letters carries on the line before ('and on Nab Lane unchanged.',
    the end of a wrapped bullet): the numbered paragraph goes on past it, and what follows is kept."""
    from ingest.layouts import numbered

    doc = _doc(SITREP, "Situation report 7")
    view = make_view(doc)
    assert numbered.score(view)[0] > 0
    police = next(s for s in numbered.sections(view) if SITREP[s.start:].startswith("3.1"))
    assert "61 temporary alarms" in SITREP[police.start:police.end]


WHATS_ON = """\
RIVERSIDE COMMUNITY CENTRE
What's On -- Spring Term

Hello everyone, here is everything happening this term.

======================================================================
MONDAY
----------------------------------------------------------------------
 9.30-11.30   Little Steps toddler group (0-4s)            GBP 1.50

======================================================================
WEDNESDAY
----------------------------------------------------------------------
 1.30-3.30    BEAT CAFE                                    free

  Beat Cafe is Durham Constabulary's drop-in at the centre. Every
  Wednesday afternoon officers from the neighbourhood team put the
  kettle on in the Garden Room, so you can tell them about problems in
  your street. They also mark bikes and give out door alarms. Last
  term 190 residents came along and 23 reports led to four warrants.

 4.00-5.30    Homework club (Years 5-9)                    free

======================================================================
THURSDAY
----------------------------------------------------------------------
10.00-1.00    MONEY MATTERS (book on 01632 960 271)        free

  Money Matters is run by advisers from the Riverside Money Advice
  Partnership, who help with debt, benefits, energy bills and council
  tax arrears in one-to-one appointments in the Quiet Room. Last term
  they saw 76 households and helped them claim GBP 61,000 of benefits.

 2.00-4.00    Knit and natter                              free

======================================================================
NOTICES
----------------------------------------------------------------------
* The centre is closed on Monday 16 February for a deep clean.
"""


def test_a_ruled_items_one_long_paragraph_telling_work_is_a_piece_a_short_notice_is_not():
    doc = _doc(WHATS_ON, "What's On")
    assert choose(make_view(doc)).layout.NAME == "ruled bulletin"
    found = segmentation(doc).initiatives
    for quote in ("Beat Cafe is Durham", "Money Matters is run by"):
        assert any(i.start <= WHATS_ON.index(quote) < i.end for i in found), quote
    assert not any(i.start <= WHATS_ON.index("Little Steps") < i.end for i in found)


EXAMPLES_ESSAY = """\
# Partnership and prevention: an essay

## Introduction

This essay asks whether partnership working prevents crime.

## Three examples

Operation Tideline is run jointly by Merseyside Police and British Transport Police on the Wirral line, with officers riding late trains every weekend. Assaults on the line fell by a third.

Hertfordshire Constabulary's Unseen Routes programme works in schools with Hertfordshire County Council, teaching pupils about exploitation. Referrals rose by 40%.

## Discussion

The examples differ in who leads them.

## Conclusion

Partnership helps when each partner does what it is best placed to do.
"""


def test_a_sub_heading_holding_several_examples_makes_no_single_piece():
    from ingest.layouts import single

    doc = _doc(EXAMPLES_ESSAY, "Partnership and prevention: an essay")
    score, why = single.score(make_view(doc))
    assert score == 0.0 and "Three examples" in why
    found = segmentation(doc).initiatives
    tideline = [i for i in found if i.start <= EXAMPLES_ESSAY.index("Operation Tideline") < i.end]
    herts = [i for i in found if i.start <= EXAMPLES_ESSAY.index("Hertfordshire Constabulary's") < i.end]
    assert len(tideline) == 1 and len(herts) == 1 and tideline[0] is not herts[0]


NEWS_DIGEST = """\
Newswatch Alert - "neighbourhood policing" - 3 new results

NEWS

Bike thefts fall by a quarter as Peterborough crackdown continues
Peterborough Evening Star - 3 Mar 2026
Cambridgeshire Constabulary's Operation Chainlink has marked 2,000
bikes with Peterborough City Council since June, and bike thefts in
the city centre are down 26 per cent ...
https://www.peterboroughstar.example.co.uk/news/bike-thefts

Holylands patrols cut student party complaints, says PSNI
Belfast Courier - 3 Mar 2026
The Police Service of Northern Ireland's South Belfast
Neighbourhood Policing Team and Belfast City Council's officers have
carried out joint evening patrols in the Holylands since September.
Complaints are down 44 per cent ...
https://www.belfastcourier.example.co.uk/news/holylands-patrols

Night marshals help keep Lincoln's Brayford safe after dark
Lincolnshire Echo Online - 2 Mar 2026
Lincoln Central BID's team of six night marshals has patrolled the
Brayford waterfront on Friday and Saturday nights since 2024,
helping more than 900 people home safely ...
https://www.lincolnshireecho.example.co.uk/news/night-marshals
"""


def test_a_news_digests_items_are_cut_at_their_headlines_not_their_links():
    doc = _doc(NEWS_DIGEST, "Newswatch Alert")
    found = segmentation(doc).initiatives
    for quote, forces in (("Cambridgeshire Constabulary's", ["Cambridgeshire Constabulary"]),
                          ("The Police Service of Northern", ["Police Service of Northern Ireland"]),
                          ("Lincoln Central BID's", [])):
        (item,) = [i for i in found if i.start <= NEWS_DIGEST.index(quote) < i.end]
        assert item.forces == forces, (quote, item.forces)
        assert NEWS_DIGEST[item.start:item.end].count("https://") <= 1


COURT_REPORT = """\
# Cannock drug dealer jailed for six years after county lines crackdown

A Cannock man who ran a county lines drug operation from a flat in the town centre has been jailed for six years at Stafford Crown Court.

Advertisement

The conviction is the latest result of Operation Redgate, Staffordshire Police's crackdown on county lines in Cannock with Cannock Chase District Council. Since June officers have closed four cuckooed flats and arrested 23 people.
"""


def test_an_advertisements_label_does_not_head_the_rest_of_an_article():
    doc = _doc(COURT_REPORT, "Cannock drug dealer jailed")
    found = segmentation(doc).initiatives
    assert not any(i.title.startswith("Advertisement") for i in found)
    assert any(i.start <= COURT_REPORT.index("The conviction is") < i.end for i in found)


LETTER_AND_ENCLOSURE = """# Avonside Block Management

## Elm Court – service charge budget for the year 1 April 2026 to 31 March 2027

We enclose the service charge budget for Elm Court for the coming year, approved by the directors in February. The total budget is £86,420.

## Elm Court – Service charge budget 2026/27

The budget below sets out the estate costs shared by all 48 apartments, with notes on each heading.

## Notes to the budget

The cleaning contract was re-tendered in January and the price rose by 3.5%.

## Reporting a problem

Report repairs to the managing agent on 01632 960622.
"""


def test_one_heading_set_twice_over_a_letter_and_its_enclosure_makes_no_practice_boxes():
    # 'Elm Court – service charge budget ...' over the letter and 'Elm Court – Service charge budget
    # 2026/27' over its enclosure share their lead and their title: one title, not two boxes
    assert _layout(_doc(LETTER_AND_ENCLOSURE, "Avonside Block Management")) != "practice boxes"
    boxes = LETTER_AND_ENCLOSURE.replace("– Service charge budget 2026/27", "– Cycle store thefts")
    assert _layout(_doc(boxes, "Avonside Block Management")) == "practice boxes"  # two titles: boxes


WORKSHEET = """Reading comprehension: Safer Streets

1	In 2025 Avon and Somerset Police's neighbourhood team trained 30 pupils as Street Spotters, who walked the routes to school with PCSOs and reported broken lights and damaged fences to the council.
2	By the summer the council had fixed 41 lights, and the pupils said the walk to school felt safer.

Questions

1. Who trained the Street Spotters?  [1 mark]

______________________________________________________________________________

2. How many lights were fixed?  [1 mark]

______________________________________________________________________________

3. What did the pupils report?  [2 marks]

______________________________________________________________________________

4. How did the pupils feel about the walk?  [1 mark]

______________________________________________________________________________
"""


def test_a_worksheets_questions_between_answer_lines_are_no_ruled_bulletin():
    # each question sits between two answer lines, framed as a heading would be, but no item's
    # text follows it: a worksheet, read by its headings, its passage the piece
    doc = _doc(WORKSHEET, "Reading comprehension: Safer Streets")
    assert _layout(doc) != "ruled bulletin"
    found = segmentation(doc).initiatives
    assert any("Street Spotters" in WORKSHEET[i.start:i.end] for i in found), found


def _styled(text: str, headings: list[str]) -> Document:
    from index.records import OutlineItem

    items = []
    for heading in headings:
        at = text.index(heading)
        number = heading.split()[0]
        items.append(OutlineItem("heading", at, at + len(heading), 4, number if number.isdigit() else "", True))
    return Document("trail.pdf", "Trail", text, hashlib.sha256(text.encode()).hexdigest(), outline=tuple(items))


def test_headings_numbered_with_bare_numbers_counting_up_are_sections_and_large_figures_are_not():
    from ingest.layouts.common import styled_section_number

    stops = ["1 Station Road", "2 The Grange", "3 Keere Street", "5 The old police station"]
    text = "".join(f"{stop}\n\nA short note on the stop, with its history and what to look for.\n\n" for stop in stops)
    doc = _styled(text, stops)
    assert all(styled_section_number(doc, item) for item in doc.outline)  # (one number may be missing)
    figures = ["9 Out of ten residents", "47 Likes", "12 New officers"]
    text = "".join(f"{figure}\n\nThe survey said so, and the page set the figure large.\n\n" for figure in figures)
    doc = _styled(text, figures)
    assert not any(styled_section_number(doc, item) for item in doc.outline)


LISTINGS = """# What's on TV tonight

## Drama · BBC One · 9:00pm The Watchers

A tense new thriller about a fictional surveillance team, with strong performances and a twist in the final minutes that you will not see coming; the writing is sharp throughout.

## Full evening listings

### BBC One

#### Film: Riverside (2019)

Gentle drama about a widowed lock-keeper.

#### Regional News

The latest from the region.

### BBC Two

#### Film: Night Shift (2022)

Thriller about a hospital porter on the night shift.
"""


def test_a_listings_one_line_blurbs_under_shared_lead_words_are_no_practice_boxes():
    doc = _doc(LISTINGS, "What's on TV tonight")
    assert _layout(doc) != "practice boxes"


def test_a_running_line_read_in_two_parts_is_running_past_the_first_page():
    from ingest.readers.pdf import _is_running

    running = {"the claremont sands guest directory"}
    assert _is_running("the claremont sands", running, True)
    assert _is_running("the claremont sands guest directory", running, False)
    assert not _is_running("the claremont sands", running, False)  # (a title on the first page)
    assert not _is_running("sands", running, True) and not _is_running("claremont sands guest", running, True)


@pytest.mark.parametrize("title, forces", [
    ("Broadland Gutter Care, Wroxham | Roofers in Norfolk | TrustedLocal", ()),
    ("Dog walkers across Dorset | WalkFinder", ()),
    ("Norfolk Constabulary | Safer neighbourhoods", ("Norfolk Constabulary",)),
    ("Rural crime in Norfolk | Norfolk Constabulary", ("Norfolk Constabulary",)),
    ("Dorset: our year in numbers", ("Dorset Police",)),
    ("Tackling rural crime in Norfolk", ("Norfolk Constabulary",)),
])
def test_a_place_a_titles_subject_is_in_is_not_its_owner(title, forces):
    """A directory's title says where its subject is ('Roofers in Norfolk'): the county names no
    owner; a force named as one, an area standing as the title's subject, or the area policing
    is told of in ('Tackling rural crime in Norfolk'), still does."""
    from ingest.owners import document_owner

    text = f"# {title}\n\nWe clear gutters and mend roofs across the county for homes and small firms.\n"
    assert document_owner(_doc(text, title)).forces == forces


def _segment_text(text: str, title: str = ""):
    from ingest.readers import title_from_text

    return segmentation(_doc(text, title or title_from_text(text)))


CUSTOMER_REVIEWS = """# Ashby Window Cleaning

## About us

We are a family firm cleaning windows, gutters and conservatories in Ashby and the villages since 2009.

## Reviews

### ★★★★★ Prompt and friendly

They came when they said they would and the windows have never looked better. They also cleared the gutters.

### ★★★★☆ Good job

Cleaned every window and the frames, though they were an hour late because of the rain.

## Community

Every spring our team cleans the windows of the village hall and the scout hut free of charge, and in 2025 we
cleaned 40 homes of older residents referred by Ashby Age Concern, which said the visits also cut loneliness.
"""


def test_customer_reviews_headed_by_star_ratings_are_no_pieces():
    seg = _segment_text(CUSTOMER_REVIEWS)
    assert [i.title for i in seg.initiatives] == ["Community"]
    assert sum("star ratings" in why for _, _, _, why in seg.left_out) == 2, seg.left_out
    # set one level up, the reviews are a section's sub-headings: the section is the reviews
    raised = CUSTOMER_REVIEWS.replace("## ", "# ").replace("### ", "## ").replace("# Ashby", "Ashby", 1)
    seg = _segment_text(raised, "Ashby Window Cleaning")
    assert [i.title for i in seg.initiatives] == ["Community"]
    # a count out of five opening a heading is no rating
    counted = CUSTOMER_REVIEWS.replace("★★★★★ Prompt and friendly", "5 out of 5 schools joined").replace(
        "★★★★☆ Good job", "4/5 homes visited")
    assert not any("star ratings" in why for _, _, _, why in _segment_text(counted).left_out)


INCIDENT_DIARY = """# Noise nuisance: record sheet

## Why we ask you to keep a record

Your record helps our officers understand what is happening and how it affects you. Please only write what
you saw or heard yourself.

- Fill it in as soon as you can after each incident.
- Write down the date, the time it started and stopped and what happened.
- If you reported it to the police, write down the incident number they gave you.

Date\tTime\tWhat happened\tReported to
Sat 10 Jan\t11pm - 2am\tLoud music through the wall. Police came and spoke to the neighbours.\tPolice 101
Fri 16 Jan\t10pm - 1am\tShouting in the garden; the council officer visited the next day.\tCouncil

## Declaration

I confirm this record is true.
"""


def test_a_form_guidance_to_the_reader_over_tables_to_fill_is_no_piece():
    seg = _segment_text(INCIDENT_DIARY)
    assert seg.initiatives == [], [i.title for i in seg.initiatives]
    assert any("a form" in why for _, _, _, why in seg.left_out), seg.left_out
    # the same table under prose telling work done is the work's results, not a form
    told = INCIDENT_DIARY.replace(
        "Your record helps our officers understand what is happening and how it affects you. Please only write what\n"
        "you saw or heard yourself.\n\n"
        "- Fill it in as soon as you can after each incident.\n"
        "- Write down the date, the time it started and stopped and what happened.\n"
        "- If you reported it to the police, write down the incident number they gave you.\n",
        "In 2025 the council's noise team and the neighbourhood police team ran joint late-night patrols on the\n"
        "estate after residents kept records; complaints fell by a third over the year.\n")
    assert not any("a form" in why for _, _, _, why in _segment_text(told).left_out)


COURT_LIST = """MAGISTRATES' COURT LIST

 1  ROBERTS, Dylan Wyn                     Age 24   Llandudno Junction
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Assault by beating of an emergency worker
    Hearing: First hearing

 2  McCANN, Shannon Leigh                  Age 31   Colwyn Bay
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Theft from a shop
    Hearing: Plea and trial preparation

 3  JONES, Gareth Owen                     Age 46   Conwy
    Prosecutor: Crown Prosecution Service
    Investigated by: North Wales Police
    Offence: Driving with excess alcohol
    Hearing: Sentence
"""


def test_a_registers_entries_headed_by_peoples_names_surname_first_are_no_pieces():
    seg = _segment_text(COURT_LIST, "Court list")
    assert seg.initiatives == [], [i.title for i in seg.initiatives]
    assert sum("a register's entry for a person" in why for _, _, _, why in seg.left_out) == 3, seg.left_out


@pytest.mark.parametrize("heading, entry", [
    ("1 ROBERTS, Dylan Wyn Age 24", True), ("McCANN, Shannon Leigh", True), ("O'BRIEN, Mrs Ann", True),
    ("LEEDS, Bradford, Wakefield", False), ("SAFER STREETS, Year 2", False), ("Operation Ruby, 2024", False),
    ("Street Watch", False),
])
def test_a_name_written_surname_first(heading, entry):
    from ingest.segment import _PERSONS_ENTRY

    assert bool(_PERSONS_ENTRY.match(heading)) == entry


def test_a_tables_head_row_opening_with_a_hash_column_is_no_heading():
    """A ranked table's head row ('#<tab>chippy<tab>score') is a row of cells, not a Markdown
    heading: the section above it runs on over the table."""
    from ingest.lines import split_lines

    rows = "#\tchippy\tscore\n1\tMr Ho's\t9/10\n## Word search\n"
    lines = split_lines(rows)
    assert [line.is_heading for line in lines] == [False, False, True]
    assert lines[0].is_table_row


SHARE_OFFER = """# Share Offer 2026

1. Who we are

We are a community benefit society owned by its members and run for the good of the valley.

2. What we have done so far

## Roofs for the valley

Roofs for the Valley is our first project. Since 2021 we have paid for and installed solar panels on nine
community roofs, saving the buildings £74,000 on their bills.

## Warm homes

Warm Homes Calder sends trained volunteers into people's homes to help them cut their bills. Since 2022 our 27
volunteer advisers have made 640 home visits, and Todmorden Housing Trust refers its tenants to them.

3. Why invest?

- A fair return of 4% a year.
- Your money stays in the valley.

4. How to apply

Fill in the form and send it to us with a cheque.
"""


def test_a_numbered_sections_sub_headed_examples_are_pieces_apart():
    """A numbered section's own heading is a number the view leaves unmarked ('2. What we have
    done so far'); the sub-headings under it ('Roofs for the valley', 'Warm homes') are its
    examples, each a piece, as a marked part's are."""
    seg = _segment_text(SHARE_OFFER, "Share Offer 2026")
    titles = [i.title for i in seg.initiatives]
    assert len(titles) == 2 and "Roofs for the valley" in titles[0] and "Warm homes" in titles[1], titles


COMMUNITY_CARDS = """<html><head><title>Our story | Fellside Bakehouse</title></head><body><main>
<h1>Our story</h1><p>We have baked bread by hand in Kendal since 2014.</p>
<h2>A trestle table</h2><p>In March 2014 Anna and Joe took forty loaves to Kendal market and sold out by half past ten.</p>
<h2>Finkle Street</h2><p>In 2017 we took on the old ironmonger's on Finkle Street and built a wood-fired oven.</p>
<h2>Flour from up the road</h2><p>Since 2021 all our wheat has come from a farm twelve miles away.</p>
<h2>In the community</h2>
<article><span class="badge">Ours</span><h3>Pay it forward</h3>
<p>Our Pay It Forward board hangs by the till. Customers add a pound to their bill for a token anyone can swap
for a loaf. Since we started it in 2020, 11,600 tokens have been taken from the board.</p></article>
<article><span class="badge">We're part of it</span><h3>Safe Places Kendal</h3>
<p>Safe Places Kendal is run by Cumbria Constabulary with South Lakes Access Group. Officers from the town's
neighbourhood team trained our staff, as they have at every place in the scheme; there are 58 Safe Places now.</p>
</article></main></body></html>
"""


def test_a_cards_kicker_is_not_the_name_its_heading_gives(tmp_path):
    """Cards each badged above their heading ('Ours', 'We're part of it'): the scheme the heading
    names and the text tells ('Safe Places Kendal') is a piece apart from its neighbour."""
    from segmenting import found_in

    found = found_in(tmp_path, COMMUNITY_CARDS, "story.html")
    cards = [i for i in found if i.title.startswith(("Ours", "We're"))]
    assert [i.title for i in cards] == ["Ours Pay it forward", "We're part of it Safe Places Kendal"], found
    assert cards[1].forces == ["Cumbria Constabulary"] and not cards[0].forces


POOL_PAGE = """<html><head><title>Pool timetable | Leisure Trust</title></head><body><main>
<h1>Pool timetable</h1><p>Sessions at the pool this week.</p>
<h2>Timetable</h2>
<h3>Monday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Tuesday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Wednesday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Thursday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Friday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Saturday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<h3>Sunday</h3><table><tr><td>Lane swim</td><td>07:00</td></tr><tr><td>Public swim</td><td>12:00</td></tr></table>
<section><h2>Programmes at the pool</h2>
<article><h3>Swim Ready</h3><p>Swim Ready gives free lessons to children in P6 and P7 who can't yet swim 25 metres. Our own
instructors teach small groups twice a week after school, and since 2023 Swim Ready has taught 412 children.</p></article>
<article><h3>Sisters Swim</h3><p>Sisters Swim is organised by Dumfries Women's Connect, a community group for women, on
Tuesday evenings. The group books the whole building and brings its own female lifeguards; since 2022 more than 160
women have taken part.</p><p>Booking is through the group, not through us.</p></article>
<h2>Questions</h2>
<details><summary>Do I need to book?</summary><p>Lane swims can be booked up to seven days ahead online.</p></details>
<details><summary>What are the lane speeds?</summary><p>Fast, medium and slow lanes are marked at the deep end.</p></details>
<details><summary>How many children can one adult bring?</summary><p>Children under 8 must be with someone aged 16 or over in the water.</p></details>
<details><summary>Is there a hoist?</summary><p>Yes, a poolside hoist for the main pool and a ramp into the learner pool.</p></details>
</section></main></body></html>
"""


def test_a_section_opening_by_telling_the_piece_its_heading_names_with_its_doer_is_a_piece_apart(tmp_path):
    """In a document about one subject, a section joins the piece before it unless it differs in
    who or names a piece of its own: a heading ('Sisters Swim') whose text opens by telling that
    piece with its doer ('Sisters Swim is organised by ...') names one. (Without that, the two
    programmes were one piece titled by the page.)"""
    from segmenting import found_in

    # (a page most of whose sections are questions is read as about one subject: its title)
    found = found_in(tmp_path, POOL_PAGE, "pool.html")
    assert [i.title for i in found] == ["Swim Ready", "Sisters Swim"], found


PRIVACY_NOTICE = """# Privacy notice

## The information we collect

Choices. If you are referred to Choices, the person who refers you (for example the police or a school) will
share your name and the reason for the referral.

Detached youth work. When our youth workers meet young people on the streets, we record how many we met and
what we talked about, and since 2023 we have shared weekly counts with the neighbourhood police team.

## How long we keep it

We keep session notes for three years after you last came.
"""


@pytest.mark.parametrize("title, none", [("Privacy notice – Aire Valley Youth Trust", True), ("Cookie policy", True),
                                         ("Terms and conditions", True),
                                         ("Our privacy work with young people", False)])
def test_a_privacy_notice_a_cookie_policy_or_a_sites_terms_tells_no_work(title, none):
    """A document that is a legal notice of how data or a site is handled, by its title: the
    projects it names are named for the data they collect."""
    seg = _segment_text(PRIVACY_NOTICE, title)
    assert (seg.initiatives == []) is none, [i.title for i in seg.initiatives]
