"""evaluation/quotes.py: gold quotes found in text extracted from other formats, at exact offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.quotes import exact_spans, furniture_lines, normalised_spans

DATA = Path(__file__).resolve().parent / "data"


def test_exact_spans_every_occurrence():
    assert exact_spans("ab ab ab", "ab") == [(0, 2), (3, 5), (6, 8)]
    assert exact_spans("abc", "") == []


def test_wrapped_lines_and_whitespace_runs():
    text = "Intro.\nThe force set up a staff\nnetwork for    carers in\n  2023. Next."
    quote = "The force set up a staff network for carers in 2023."
    assert normalised_spans(text, quote) == [(7, 64)]
    assert text[7:64] == "The force set up a staff\nnetwork for    carers in\n  2023."


def test_hyphenation_at_a_line_end():
    text = "Officers from under-\nrepresented groups and the organisa-\ntion itself."
    assert normalised_spans(text, "under-represented groups and the organisation itself") == [(14, 69)]
    assert normalised_spans(text, "underrepresented groups") == [(14, 39)]
    # a dash that ends a clause is not a join
    assert normalised_spans("a pilot -\nthen more", "pilot then more") == [(2, 19)]


def test_running_footer_and_page_number_inside_a_quote():
    footer = "Annual Report 2024   |   {}"
    pages = ["Page one text.", "It ran for\nsix months in\n" + footer.format(2) + "\n\n\n3\nthe west of the county.",
             "More.\n" + footer.format(3), "End.\n" + footer.format(4)]
    text = "\n".join(pages)
    quote = "It ran for six months in the west of the county."
    start = text.index("It ran")
    end = text.index("county.") + len("county.")
    assert normalised_spans(text, quote) == [(start, end)]
    assert (text.index(footer.format(2)), text.index(footer.format(2)) + len(footer.format(2))) \
        in furniture_lines(text)
    # furniture is skipped only where it helps: a quote holding the footer's words still matches
    assert normalised_spans(text, "six months in Annual Report 2024 | 2") == \
        [(text.index("six"), text.index(footer.format(2)) + len(footer.format(2)))]


def test_repeated_content_line_is_not_required_to_be_skipped():
    text = "Audience: All staff\nA.\nAudience: All staff\nB.\nAudience: All staff\nC."
    assert normalised_spans(text, "Audience: All staff B.") == [(23, 45)]


def test_curly_and_straight_quotes_and_dashes():
    text = "Their “Inclusion Matters’ course – run in 2023–24 – is ‘mandatory’."
    quote = "\"Inclusion Matters' course - run in 2023-24 - is 'mandatory'."
    assert normalised_spans(text, quote) == [(6, len(text))]
    # the quote's own marks are taken in only where the text has them
    assert normalised_spans("say Inclusion Matters now", "'Inclusion Matters'") == [(4, 21)]


def test_ligatures_case_and_soft_hyphens():
    text = "The Oﬃcer Wellbeing\u00adProgramme"
    assert normalised_spans(text, "the officer wellbeingprogramme") == [(0, len(text))]


def test_quote_cut_inside_a_word():
    text = "by gender and ethnicity1\nOverall\n94%"
    assert normalised_spans(text, "by gender and ethnicity") == [(0, 23)]
    assert normalised_spans(text, "nder and") == [(5, 13)]


def test_every_occurrence_and_no_false_match():
    text = "Op Alpha ran.\nOp Alpha ran again."
    assert normalised_spans(text, "op alpha ran") == [(0, 12), (14, 26)]
    assert normalised_spans(text, "Op Alpha ran twice") == []
    assert normalised_spans(text, "...") == []


@pytest.mark.parametrize("name", ["dev-questions.jsonl", "extra-questions.jsonl"])
def test_same_spans_as_exact_on_the_corpus_text(name, documents_by_id):
    """On the .txt corpus, where every gold quote occurs exactly, normalised matching finds the
    same spans: it adds tolerance, not different answers."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        question = json.loads(line)
        quotes = [g["quote"] for g in question["gold"]] + ([question["seed"]] if question.get("seed") else [])
        for quote in quotes:
            for document in documents_by_id.values():
                assert normalised_spans(document.text, quote) == exact_spans(document.text, quote), \
                    (question["id"], document.doc_id, quote)
