"""Tests for ingest.metrics: figures, qualifiers, pairs, tables, non-metrics and the real corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.metrics import extract_metrics

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
DEV_QUESTIONS = ROOT / "tests" / "data" / "dev-questions.jsonl"  # the project's copy of the shared set


def _read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _only(text: str):
    metrics = extract_metrics("doc", text)
    assert len(metrics) == 1, [m.text for m in metrics]
    return metrics[0]


def _assert_exact(text: str, metrics) -> None:
    for m in metrics:
        assert text[m.start:m.end] == m.text
        assert text[m.sentence_start:m.sentence_end] == m.sentence
        assert m.sentence_start <= m.start and m.end <= m.sentence_end
        assert m.sentence == m.sentence.strip()


@pytest.mark.parametrize(
    "text, surface, value, unit, scale",
    [
        ("Uptake reached 78% of female candidates.", "78%", 78.0, "%", None),
        ("Membership has grown by 95.8% this year.", "95.8%", 95.8, "%", None),
        ("Of officers, 82 per cent reported stress.", "82 per cent", 82.0, "%", None),
        ("Of officers, 40 percent reported stress.", "40 percent", 40.0, "%", None),
        ("The Met have consulted 2,200 Londoners.", "2,200", 2200.0, "count", None),
        ("The force received 218 submissions.", "218", 218.0, "count", None),
        ("The force saw 60 officers attend.", "60", 60.0, "count", None),
        ("Fraud has around 3.5 million offences a year.", "3.5 million", 3.5e6, "count", None),
        ("Annual losses are estimated to be £1.2 billion.", "£1.2 billion", 1.2e9, "£", None),
        ("The project saved £3.5m in its first year.", "£3.5m", 3.5e6, "£", None),
        ("The pilot cost £250,000 in its first year.", "£250,000", 250000.0, "£", None),
        ("The app cost $40,000 to build.", "$40,000", 40000.0, "$", None),
        ("Graduates had 1 in 19 collisions.", "1 in 19", 1 / 19, "ratio", 19.0),
        ("Confidence was rated 4.7/5 by the cohort.", "4.7/5", 4.7, "score", 5.0),
        ("Confidence was rated 4.7 out of 5 by the cohort.", "4.7 out of 5", 4.7, "score", 5.0),
        ("The workshop got an average rating of 9/10 overall.", "9/10", 9.0, "score", 10.0),
        ("Victims were contacted within 48 hours of the report.", "48 hours", 48.0, "time", None),
        ("Waiting times fell to 6 months after the change.", "6 months", 6.0, "time", None),
        ("The time saving is approximately 15 minutes.", "15 minutes", 15.0, "time", None),
        ("Victims were seen in under 48 hours.", "48 hours", 48.0, "time", None),
        ("Over 2000 officers attended the event.", "2000", 2000.0, "count", None),
        ("The scheme costs £1.2bn a year.", "£1.2bn", 1.2e9, "£", None),
    ],
)
def test_figure_patterns(text, surface, value, unit, scale):
    m = _only(text)
    assert (m.text, m.unit, m.scale) == (surface, unit, scale)
    assert m.value == pytest.approx(value)
    assert text[m.start:m.end] == m.text


def test_negative_percentage_keeps_its_sign():
    m = _only("Change in ASB:\t-21%\n")
    assert (m.text, m.value) == ("-21%", -21.0)


@pytest.mark.parametrize(
    "text, surface, qualifier",
    [
        ("The team has supported approximately 1600 colleagues.", "1600", "approximately"),
        ("The event drew over 100 attendees.", "100", "over"),
        ("Over 40% of respondents saw a change.", "40%", "over"),
        ("The survey attracted in excess of 1,000 respondents.", "1,000", "in excess of"),
        ("Since launch nearly 30,000 records have been created.", "30,000", "nearly"),
        ("Fraud is more than 40% of all recorded crime.", "40%", "more than"),
        ("The network now includes around 120 ambassadors.", "120", "around"),
        ("It reached almost 90% of staff.", "90%", "almost"),
        ("The scheme helped at least 50 families.", "50", "at least"),
        ("The team trained up to 300 officers.", "300", "up to"),
        ("Attrition fell to less than 5% of officers.", "5%", "less than"),
        ("The pilot had fewer than 20 complaints.", "20", "fewer than"),
        ("Participation is just over 60% of staff.", "60%", "just over"),
        ("It took just under 10 weeks to deliver, with under 30 staff involved.", "30", "under"),
        ("Evaluation suggests that >90% feel the workshops are good.", "90%", "more than"),
        ("Nearly a quarter (23%) of recruits are from minority backgrounds.", "23%", "nearly"),
        ("More than half (55%) identify as female.", "55%", "more than"),
        ("The force received 363 responses.", "363", None),
    ],
)
def test_qualifiers_are_read_but_not_part_of_the_text(text, surface, qualifier):
    m = next(m for m in extract_metrics("doc", text) if m.text == surface)
    assert m.qualifier == qualifier
    assert text[m.start:m.end] == surface


def test_from_to_pair_has_roles_and_links():
    text = "For decision papers, the completion of assessments rose from 38% in 2022 to 65% in 2023"
    before, after = extract_metrics("doc", text)
    assert (before.text, before.pair_role, before.pair) == ("38%", "before", after.start)
    assert (after.text, after.pair_role, after.pair) == ("65%", "after", before.start)
    assert before.label == after.label == "the completion of assessments"


def test_compared_to_pair_is_versus_both_ways():
    text = "- A 21% reduction in ASB, compared to a 10% reduction in communities without one."
    a, b = extract_metrics("doc", text)
    assert (a.text, a.pair_role, a.pair) == ("21%", "versus", b.start)
    assert (b.text, b.pair_role, b.pair) == ("10%", "versus", a.start)
    assert a.label == "reduction in ASB"
    assert b.label == "reduction in communities without one"


def test_ratio_vs_ratio_pair():
    a, b = extract_metrics("doc", "Collision rates were 1 in 5 vs 1 in 19 for graduates.")
    assert (a.text, a.value, a.scale, a.pair_role, a.pair) == ("1 in 5", 0.2, 5.0, "versus", b.start)
    assert (b.text, b.scale, b.pair_role, b.pair) == ("1 in 19", 19.0, "versus", a.start)


@pytest.mark.parametrize(
    "text, before, after",
    [
        ("Satisfaction rose to 82%, up from 64% last year.", "64%", "82%"),
        ("Attrition is 3.7%, down from 17% in 2023.", "17%", "3.7%"),
        ("Confidence was rated 4.7/5, an increase from 3.7 at the start.", "3.7", "4.7/5"),
        ("Completion increased from 12% to 30% of staff.", "12%", "30%"),
        ("Unknown ethnicity was 29% before the data was shared and is now 10%.", "29%", "10%"),
    ],
)
def test_before_after_pairs(text, before, after):
    metrics = {m.text: m for m in extract_metrics("doc", text)}
    b, a = metrics[before], metrics[after]
    assert (b.pair_role, b.pair, a.pair_role, a.pair) == ("before", a.start, "after", b.start)
    assert b.unit == a.unit and b.scale == a.scale


def test_compared_with_pair_across_a_clause():
    text = "53.5% of disabled people are employed, compared with 81.6% of non-disabled people."
    a, b = extract_metrics("doc", text)
    assert (a.pair_role, b.pair_role) == ("versus", "versus")


def test_range_is_not_a_pair_and_shares_the_label():
    a, b = extract_metrics("doc", "Among Black candidates, 73% to 75% received an offer.")
    assert a.pair_role is None and b.pair_role is None
    assert a.label == b.label == "received an offer"


@pytest.mark.parametrize(
    "text, surface, label",
    [
        (
            "As a result, **78% of female candidates that have had contact with BTP's Positive "
            "Action Team received a conditional offer.**",
            "78%",
            "of female candidates that have had contact with BTP's Positive Action Team received a "
            "conditional",
        ),
        ("- 17% improvement in job satisfaction.", "17%", "improvement in job satisfaction"),
        ("- <u>**218 submissions**</u>, 70 projects supported", "218", "submissions"),
        ("**Staff networks have grown by 95.8%.**", "95.8%", "Staff networks"),
        ("with annual losses estimated to be £1.2 billion.", "£1.2 billion", "annual losses"),
        ("Of 130 people, 127 (97%) said yes.", "127", "said yes"),
        ("The scheme costs £1.2bn and £500k.", "£500k", "The scheme costs"),
    ],
)
def test_labels(text, surface, label):
    m = next(m for m in extract_metrics("doc", text) if m.text == surface)
    assert m.label == label
    assert len(m.label) <= 100
    assert "**" not in m.label and "<" not in m.label


def test_label_of_a_figure_alone_on_a_line_is_the_line_above():
    text = "Rates of retention\nOverall\n94%\n97%\nWomen\n96%\n"
    assert [(m.text, m.label) for m in extract_metrics("doc", text)] == [
        ("94%", "Overall"), ("97%", "Overall"), ("96%", "Women")]


@pytest.mark.parametrize(
    "text",
    [
        "The strategy runs from 2025-2030.",
        "In 2019 the force began the work.",
        "It was published in March 2022 by the NPCC.",
        "The event was held on 1 April in Leeds.",
        "By mid-August 2024, the scheme was live.",
        "The 2020/21 report and the 2019/2020 cohort are summarised.",
        "The session starts at 10:30 each day and ends at 3pm.",
        "Support is available 24/7 and 365 days a year.",
        "- STRAND 1: Investment and Growth",
        "- Tier 2 - Introduction of ambassadors",
        "1. Posting high-performing participants",
        "Phase two of this project seeks to build on phase one.",
        "The force achieved Level 3 Leader status.",
        "The project targets Key Stage 2 pupils and Key Stage 3 and 4.",
        "Stage 1 of the process is an online form.",
        "Open to anyone aged 18+ living in the area.",
        "The course is aimed at 18-year-olds and 15 to 17-year-olds.",
        "It supports young people aged 16 to 25 years.",
        "It supports young people between the ages of 16 and 24 with autism.",
        "British Transport Police\t6\nCambridgeshire Constabulary\t8\n",
        "<b>Introduction</b>\t<b>4</b>",
        "Rates of retention according to gender and ethnicity1",
        "Trends in communities without a participant¹ and deprivation².",
        "She was the first officer, ranked 5th nationally, in the 1st year.",
        "Call 0800 555 111 for help.",
        "It aligned with the WMP2020 Transformation project.",
        "The partnership began by delivering a '10,000 Volts' Hydra session.",
        "A second 10KV session was undertaken in November.",
        "Debriefs are used after major incidents, such as COVID-19 and COVID 19.",
        "A Section 60 order was authorised.",
        "West Midlands Police | Cohort 2 participant",
        "Our second cohort joined under Op 21 and Operation 7 as well.",
        "Managers hold regular 1:1 meetings with staff.",
        "See https://example.org/report?share=50% for details.",
        "The Equality Act 2010 and the Policing Vision 2030 apply.",
        "Someone had negative experiences with the police in the 1970's.",
        "Staff get a 5-day course, a 300-word statement and a 60-minute session.",
        "In version 1 officers could capture data, and Version 1.1 added more.",
        "The Under 17 Car Club Charitable Trust supports it.",
        "Pathfinder – Safe at 17",
        "The College of Policing's mandatory Module 4 Code of Ethics.",
        "Individuals are given a mentor and for six months they are given a schedule.",
        "The survey is now undertaken every 6 months.",
        "Officers have been posted for the last 22-months across the force area.",
        "Each candidate was required to write a 250 word submission.",
        "The hub includes Microsoft 365 accessibility features.",
        "It is similar to the NHS Couch to 5K initiative.",
        "More than eight out of 10 officers agreed.",
        "3. Lightning talks (2 x 10 min)",
        "Each bay is 3×4 metres and the slot runs 2 x 45 minutes.",
    ],
)
def test_non_metrics_yield_nothing(text):
    assert [m.text for m in extract_metrics("doc", text)] == []


def test_date_before_a_count_does_not_hide_the_count():
    metrics = extract_metrics("doc", "By mid-August 2024, 38 victims had participated.")
    assert [(m.text, m.label) for m in metrics] == [("38", "victims had participated")]


def test_region_offsets_are_absolute_and_filtered():
    text = "Intro says 10% of staff.\n\nThe survey received 363 responses. Later 50 people left."
    region_start = text.index("The survey")
    region_end = text.index(" Later")
    metrics = extract_metrics("doc", text, region_start, region_end)
    assert [m.text for m in metrics] == ["363"]
    m = metrics[0]
    assert text[m.start:m.end] == "363" and m.doc_id == "doc"
    assert m.sentence == "The survey received 363 responses."


def test_sentences_do_not_split_on_abbreviations_or_decimals():
    text = "Crime (e.g. Burglary) rose. Dr. Smith saw 4.7 times more at No. 5 site, 30% of all."
    m = next(m for m in extract_metrics("doc", text) if m.text == "30%")
    assert m.sentence.startswith("Dr. Smith") and m.sentence.endswith("30% of all.")


def test_sentences_split_at_bullets_and_blank_lines():
    text = "Results:\n- 17% improvement in morale.\n- 54% reduction in quitting.\n\n12% said so."
    assert [m.sentence for m in extract_metrics("doc", text)] == [
        "- 17% improvement in morale.",
        "- 54% reduction in quitting.",
        "12% said so.",
    ]


# --- numbers that are not metrics, beside figures that are ------------------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        # section and paragraph numbers
        ("3.1 Recruitment\nThe force trained 340 officers.", ["340"]),
        ("4.2.1 Positive action\n78% of candidates passed.", ["78%"]),
        ("## 4.2 Findings\n\nThe scheme saved £1.2m in its first year.", ["£1.2m"]),
        ("3. HIGHLAND AND ISLANDS DIVISION: 45 officers were trained.", ["45"]),
        ("Section 4 shows that 78% of candidates passed.", ["78%"]),
        ("As paragraph 4.2 explains, 340 officers were trained.", ["340"]),
        ("Recommendation 3 follows: 1 in 19 collisions involved graduates.", ["1 in 19"]),
        ("The detail is at 4.2.1 and 340 officers took part.", ["340"]),
        ("As paragraphs 4.2 and 5.1 set out, 340 officers were trained.", ["340"]),
        ("Sections 3, 4 and 7 show that 78% of candidates passed.", ["78%"]),
        ("See page 12 and 78% of staff agreed.", ["78%"]),
        # phone numbers
        ("Call 0300 123 4567 to join the 340 officers already trained.", ["340"]),
        ("Contact the team on 01632 960123; 78% of callers were satisfied.", ["78%"]),
        ("Call +44 (0)20 7946 0958 for details; £1.2m has been invested.", ["£1.2m"]),
        ("Call 101 if you need help; 340 officers answered calls.", ["340"]),
        ("Always dial 999 in an emergency. 1 in 19 calls were hoaxes.", ["1 in 19"]),
        ("Anyone who calls 999 or 101 is asked about the 340 officers.", ["340"]),
        ("The 101 service handled 340 calls a day.", ["340"]),
        ("Tel: 07700 900123. Fewer than 340 officers responded.", ["340"]),
        # postcodes
        ("Write to PO Box 1, Leeds LS1 4AP: 340 officers replied.", ["340"]),
        ("The hub at Birmingham B1 1AA trained 78% of staff.", ["78%"]),
        # dates
        ("On 12 March 2024, 340 officers attended.", ["340"]),
        ("On 12/03/2024 the 340 officers attended.", ["340"]),
        ("The event on 12.03.2024 reached 78% of staff.", ["78%"]),
        ("From 1st of May the 340 officers rotate.", ["340"]),
        ("Launched March 12, 2024, it trained 340 officers.", ["340"]),
        ("Data as of 2024-03-12 shows 78% of candidates passed.", ["78%"]),
        # years, year ranges and financial years
        ("In 2021 the force trained 340 officers.", ["340"]),
        ("In 2021/22, 78% of candidates passed.", ["78%"]),
        ("Between 2019-2020 and 2019–20 the scheme saved £1.2m.", ["£1.2m"]),
        ("The 2023/24 financial year saw 1 in 19 applicants withdraw.", ["1 in 19"]),
        ("In FY2023/24 and FY23 the force invested £1.2m.", ["£1.2m"]),
        ("The 22/23 financial year saw 340 officers join.", ["340"]),
    ],
)
def test_non_metrics_beside_real_figures(text, figures):
    metrics = extract_metrics("doc", text)
    assert [m.text for m in metrics] == figures
    _assert_exact(text, metrics)


# --- tables -----------------------------------------------------------------------------------

WEST_MIDLANDS = "police-now-west-midlands-crime-and-asb-brief.txt"


@pytest.fixture(scope="module")
def west_midlands_cells():
    text = _read(WEST_MIDLANDS)
    return text, {(m.row, m.column): m for m in extract_metrics("wm", text) if m.row}


@pytest.mark.parametrize(
    "row, column, surface, value, unit",
    [
        ("Police Now / Before", "Anti-social behaviour", "21,620", 21620.0, "count"),
        ("Police Now / After", "Anti-social behaviour", "17,134", 17134.0, "count"),
        ("Non Police Now / Before", "Anti-social behaviour", "71,180", 71180.0, "count"),
        ("Non Police Now / After", "Total", "342,437", 342437.0, "count"),
        ("Difference / Police Now", "Anti-social behaviour", "-21%", -21.0, "%"),
        ("Difference / Non Police Now", "Anti-social behaviour", "-10%", -10.0, "%"),
        ("Difference / Police Now", "Theft from the person", "-2%", -2.0, "%"),
        ("Difference / Non Police Now", "Robbery", "52%", 52.0, "%"),
    ],
)
def test_west_midlands_table_cells(west_midlands_cells, row, column, surface, value, unit):
    text, cells = west_midlands_cells
    m = cells[(row, column)]
    assert (m.text, m.value, m.unit) == (surface, value, unit)
    assert text[m.start:m.end] == surface
    assert "\t" in m.sentence and "\n" not in m.sentence
    assert m.label == f"{row} — {column}"


def test_west_midlands_table_has_every_numeric_cell(west_midlands_cells):
    _, cells = west_midlands_cells
    assert len(cells) == 6 * 15
    assert {row for row, _ in cells} == {
        "Non Police Now / Before", "Non Police Now / After", "Police Now / Before",
        "Police Now / After", "Difference / Non Police Now", "Difference / Police Now"}


def test_pathfinder_table_cells():
    text = _read("npcc-good-practice-case-studies.txt")
    cells = {(m.row, m.column): m for m in extract_metrics("npcc", text) if m.row}
    graduates = cells[("1 st Year Accident Rate", "Pathfinder graduates")]
    assert (graduates.text, graduates.unit, graduates.scale) == ("1 in 19", "ratio", 19.0)
    assert cells[("1 st Year Accident Rate", "General public")].value == pytest.approx(0.2)
    assert cells[("Points on License", "General public")].value == 14.3
    assert cells[("DVSA Test Pass Rate", "Results of participation")].text == "74%"
    assert not any(m.text == "1" for m in extract_metrics("npcc", text))


# --- tables as the readers render them (HTML, Word) -------------------------------------------

RECRUITMENT_ROWS = [
    ("", "2022/23", "2023/24", "Change"),
    ("Applicants",),
    ("Women", "412", "530", "29%"),
    ("Black, Asian and minority ethnic", "96", "151", "57%"),
    ("Appointed",),
    ("Women", "88", "120", "36%"),
]
CONTENTS_ROWS = [("Section", "Page"), ("Introduction", "4"), ("Findings", "12")]
TRAINED_ROWS = [("Force", "Officers trained"), ("Kent Police", "340"), ("Essex Police", "1,250")]
EXPECTED_CELLS = [
    ("Applicants / Women", "2022/23", "412"),
    ("Applicants / Women", "2023/24", "530"),
    ("Applicants / Women", "Change", "29%"),
    ("Applicants / Black, Asian and minority ethnic", "2022/23", "96"),
    ("Applicants / Black, Asian and minority ethnic", "2023/24", "151"),
    ("Applicants / Black, Asian and minority ethnic", "Change", "57%"),
    ("Appointed / Women", "2022/23", "88"),
    ("Appointed / Women", "2023/24", "120"),
    ("Appointed / Women", "Change", "36%"),
    ("Kent Police", "Officers trained", "340"),
    ("Essex Police", "Officers trained", "1,250"),
]


def _html_table(rows) -> str:
    width = max(len(r) for r in rows)
    out = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        if len(row) == 1:  # a heading row spanning the table
            out.append(f'<tr><th colspan="{width}">{row[0]}</th></tr>')
        else:
            out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def _write_html(path: Path) -> None:
    tables = "".join(_html_table(t) for t in (CONTENTS_ROWS, RECRUITMENT_ROWS, TRAINED_ROWS))
    path.write_text(
        "<html><head><title>Annual report</title></head><body><h1>Recruitment</h1>"
        f"<p>Our results for the year.</p>{tables}<p>Contact 0300 123 4567.</p></body></html>",
        encoding="utf-8",
    )


def _write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Recruitment", level=1)
    document.add_paragraph("Our results for the year.")
    for rows in (CONTENTS_ROWS, RECRUITMENT_ROWS, TRAINED_ROWS):
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            cells = table.rows[r].cells
            if len(row) == 1:
                cells[0].merge(cells[-1]).text = row[0]
                continue
            for c, value in enumerate(row):
                cells[c].text = value
        document.add_paragraph("")
    document.add_paragraph("Contact 0300 123 4567.")
    document.save(path)


@pytest.mark.parametrize("write, suffix", [(_write_html, ".html"), (_write_docx, ".docx")])
def test_table_cells_have_row_and_column_labels(tmp_path, write, suffix):
    from ingest.readers import read_document

    path = tmp_path / f"report{suffix}"
    write(path)
    text = read_document(path, "report").text
    metrics = extract_metrics("report", text)
    _assert_exact(text, metrics)
    assert [(m.row, m.column, m.text) for m in metrics] == EXPECTED_CELLS
    for m in metrics:
        assert m.label == f"{m.row} — {m.column}"
        assert "\t" in m.sentence and "\n" not in m.sentence
    assert next(m for m in metrics if m.text == "57%").value == 57.0
    assert next(m for m in metrics if m.text == "1,250").unit == "count"


def test_markdown_pipe_table_cells():
    text = (
        "Results of the pilot:\n\n"
        "| Measure | 2022/23 | 2023/24 |\n"
        "|---|---:|---:|\n"
        "| Officers trained | 340 | 512 |\n"
        "| Satisfied | 78% | 81% |\n"
        "\nCall 0300 123 4567 to join.\n"
    )
    metrics = extract_metrics("md", text)
    _assert_exact(text, metrics)
    assert [(m.row, m.column, m.text) for m in metrics] == [
        ("Officers trained", "2022/23", "340"), ("Officers trained", "2023/24", "512"),
        ("Satisfied", "2022/23", "78%"), ("Satisfied", "2023/24", "81%"),
    ]
    assert metrics[0].sentence == "| Officers trained | 340 | 512 |"


def test_a_second_header_row_starts_new_columns():
    text = "\tMen\tWomen\nOfficers\t120\t88\n\tWhite\tBlack\tAsian\nStaff\t40\t5\t7\n"
    cells = [(m.row, m.column, m.text) for m in extract_metrics("t", text)]
    assert cells == [
        ("Officers", "Men", "120"), ("Officers", "Women", "88"),
        ("Staff", "White", "40"), ("Staff", "Black", "5"), ("Staff", "Asian", "7"),
    ]


def test_year_columns_label_cells_and_are_not_metrics():
    text = "Measure\t2022\t2023\nOfficers trained\t340\t512\n"
    assert [(m.row, m.column, m.text) for m in extract_metrics("t", text)] == [
        ("Officers trained", "2022", "340"), ("Officers trained", "2023", "512"),
    ]


def test_reference_columns_are_not_metrics():
    text = "Recommendation\tParagraph\tDate\tOfficers\nVetting\t4\t12/03/2024\t340\n"
    assert [(m.column, m.text) for m in extract_metrics("t", text)] == [("Officers", "340")]


def test_contents_page_numbers_are_not_metrics():
    text = _read("culture-and-inclusion-strategy-force-initiatives-2025.txt")
    contents_end = text.index("# Introduction")
    assert extract_metrics("c", text, 0, contents_end) == []


# --- the real corpus --------------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_spans_are_exact_and_no_year_is_a_metric(path):
    text = path.read_text(encoding="utf-8")
    metrics = extract_metrics(path.name, text)
    assert metrics
    _assert_exact(text, metrics)
    assert [m.start for m in metrics] == sorted(m.start for m in metrics)
    for m in metrics:
        assert not (re.fullmatch(r"\d{4}", m.text) and 1990 <= int(m.text) <= 2035), m.sentence
        assert m.unit in {"%", "count", "£", "$", "ratio", "score", "time"}
        assert m.label and len(m.label) <= 100
        if m.pair is not None:
            assert any(o.start == m.pair and o.pair == m.start for o in metrics)


def _metric_questions():
    lines = DEV_QUESTIONS.read_text(encoding="utf-8").splitlines() if DEV_QUESTIONS.exists() else []
    return [q for q in map(json.loads, filter(None, lines)) if q["type"] == "metric"]


@pytest.mark.skipif(not DEV_QUESTIONS.exists(), reason="tests/data/dev-questions.jsonl missing")
@pytest.mark.parametrize("question", _metric_questions(), ids=lambda q: q["id"])
def test_dev_question_values_are_extracted(question):
    quote = question["gold"][0]["quote"]
    text = next(t for t in (p.read_text(encoding="utf-8") for p in CORPUS_FILES) if quote in t)
    at = text.find(quote)
    para_start = text.rfind("\n\n", 0, at) + 1
    para_end = text.find("\n\n", at + len(quote))
    para_end = len(text) if para_end == -1 else para_end
    surfaces = [m.text for m in extract_metrics("doc", text)
                if m.sentence_start < para_end and m.sentence_end > para_start]
    for value in question["values"]:
        assert any(value in s for s in surfaces), (value, surfaces)


@pytest.mark.parametrize("text, kept", [
    ("Award: £186,000 over two years.", []),
    ("The project received a grant of £40,000 from the fund.", []),
    ("Budget £1.2m; the contract value is £300,000.", []),
    ("Tickets are priced at £12 and fees £3.", []),
    ("The scheme saved £200,000 in its first year.", ["£200,000"]),  # a result, not money given
    ("Annual losses are estimated to be £1.2 billion.", ["£1.2 billion"]),
])
def test_money_given_or_asked_for_is_not_a_figure_but_money_saved_is(text, kept):
    assert [m.text for m in extract_metrics("d", text)] == kept


@pytest.mark.parametrize("text, kept", [
    ("The session runs from 11.30am to 12 noon.", []),
    ("Cite as 10.5281/zenodo.11840236.", []),
    ("❤ 1.8K · 🔁 622 · 💬 94 replies · 218K views", []),
    ("Reactions: 302 | Comments: 41 | Shares: 27 | Reach: 15,088", []),
    ("The campaign video reached 1.2 million views and 3,000 shares in a week.", ["1.2 million", "3,000"]),
    ("Parking in car park P2 (£6.50 for the day); rent is £98.40 a week.", []),
    ("He has type 1 diabetes and pupils in Key Stage 2 took part.", []),
    ("Category 1 calls answered within 15 minutes rose from 70% to 85%.", ["15 minutes", "70%", "85%"]),
])
def test_times_dois_post_metadata_prices_and_types_are_not_figures(text, kept):
    assert [m.text for m in extract_metrics("d", text)] == kept
