"""Passages over the whole default corpus: exact, inside their initiative, short, clean, not
repeated, sentences broken by a page break kept whole, and within the model's token limit."""

from __future__ import annotations

import pytest

from ingest.passages import MAX_CHARS
from ingest.pipeline import embedding_text

COMPENDIUM = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
IMPACT = "police-now-impact-and-insights-2020-21.txt"


def _passages(built):
    for doc_id, initiatives in built.items():
        for initiative in initiatives:
            for passage in initiative.passages:
                yield doc_id, initiative, passage


def test_every_initiative_has_passages(built):
    assert all(i.passages for items in built.values() for i in items)


def test_passage_spans_are_exact(built, documents_by_id):
    bad = [
        (doc_id, p.id) for doc_id, _, p in _passages(built)
        if documents_by_id[doc_id].text[p.start:p.end] != p.text
    ]
    assert not bad


def test_passages_lie_inside_their_initiative(built):
    bad = [
        (doc_id, p.id) for doc_id, i, p in _passages(built)
        if not (i.start <= p.start < p.end <= i.end) or p.initiative_id != i.id or p.doc_id != doc_id
    ]
    assert not bad


def test_passages_do_not_overlap_and_are_in_order(built):
    for doc_id, initiatives in built.items():
        passages = [p for i in initiatives for p in i.passages]
        for a, b in zip(passages, passages[1:]):
            assert a.end <= b.start, (doc_id, a.text[-40:], b.text[:40])


def test_passages_are_at_most_max_chars(built):
    assert MAX_CHARS == 600
    long = [(doc_id, p.start, len(p.text)) for doc_id, _, p in _passages(built) if len(p.text) > 600]
    assert not long


def test_clean_text_has_no_markup(built):
    marked = [
        (doc_id, p.clean_text[:60]) for doc_id, _, p in _passages(built)
        if any(mark in p.clean_text for mark in ("**", "<u>", "</u>", "<b>", "</b>"))
    ]
    assert not marked


def test_passage_ids_are_unique(built):
    ids = [p.id for _, _, p in _passages(built)]
    assert len(ids) == len(set(ids))


def test_no_repeated_passages_in_a_document(built):
    for doc_id, initiatives in built.items():
        keys = [p.clean_text.lower() for i in initiatives for p in i.passages]
        repeated = {k[:60] for k in keys if keys.count(k) > 1}
        assert not repeated, doc_id


def test_police_now_repeated_paragraphs_become_one_passage(built, documents_by_id):
    text = documents_by_id[IMPACT].text
    paragraph = "Police Now’s Ambassador Network is a group of self-organising individuals"
    assert text.count(paragraph) == 2  # the report repeats it verbatim
    holders = [p for i in built[IMPACT] for p in i.passages if paragraph in p.text]
    assert len(holders) == 1


# A sentence broken by a page break: (the words before the break, the words after it).
BROKEN = [
    pytest.param("mapping of other processes, such", "as policy development, Chief Officer Team papers", id="west-yorkshire-PIA"),
    pytest.param("This document was only shared with", "the Promotion Team with consent", id="merseyside-promotion"),
    pytest.param("the majority of which was at no", "cost to support the event", id="west-midlands-fun-day"),
    pytest.param("the best learning is provided and can", "be practicably applied", id="derbyshire-courses"),
    pytest.param("some officers would want to", "attend all, with others choosing", id="northants-academy"),
    pytest.param("discussions around topics linked to", "diversity, equality and inclusion in a supportive",
                 id="notts-workshop"),
    pytest.param("likelihood of ADHD and", "giving information about available support", id="cumbria-adhd"),
    pytest.param("Through the introductions developed by the Community Engagement Officer,",
                 "neighbourhood officers now maintain", id="west-mercia-telford"),
]


@pytest.mark.parametrize("before, after", BROKEN)
def test_sentence_broken_by_a_page_break_is_one_passage(built, documents_by_id, before, after):
    text = documents_by_id[COMPENDIUM].text
    at = text.index(before) + len(before)
    gap = text[at:text.index(after, at)]
    assert gap.strip() == "" and gap.count("\n") >= 2, "the halves are separated by a blank line"
    holders = [p for i in built[COMPENDIUM] for p in i.passages if p.start <= at - 1 and at < p.end]
    assert len(holders) == 1, "one passage spans the break"
    assert before in holders[0].clean_text and after in holders[0].clean_text


@pytest.mark.slow
def test_embedding_texts_fit_the_model(built, real_embedder):
    limit = 256
    assert real_embedder.max_tokens == limit
    over = [
        (doc_id, p.start, n) for doc_id, i, p in _passages(built)
        if (n := real_embedder.count_tokens(embedding_text(i, p.clean_text))) > limit
    ]
    assert not over


def _passage_texts(text: str) -> list[str]:
    from ingest.passages import passages_for

    return [p.text for p in passages_for(text, "i", "d", 0, len(text), set())]


def test_prose_wrapped_by_the_page_is_one_passage_whatever_the_next_word():
    """A PDF line that stops mid-sentence carries on in the next line, even when that begins with
    a capital ('... across all levels of' / 'Thames Valley Police.'); a line that ends its
    sentence, a heading above a paragraph and a short line are not run on."""
    text = ("The force launched a programme of support for staff to address behaviour across all levels of\n"
            "Thames Valley Police. Drawing on practice from across the UK, it gave supervisors tools.\n"
            "Supervisors met monthly to review the cases that had been raised in their teams.\n"
            "Outcomes\n"
            "Reports rose by a third in the first year and most staff said they felt more confident.\n")
    assert _passage_texts(text) == [
        "The force launched a programme of support for staff to address behaviour across all levels of\n"
        "Thames Valley Police. Drawing on practice from across the UK, it gave supervisors tools.",
        "Supervisors met monthly to review the cases that had been raised in their teams.",
        "Reports rose by a third in the first year and most staff said they felt more confident."]


def test_a_sentence_closed_by_a_quote_mark_ends_the_line():
    text = ("\u201cWe wanted the force to be the first in the country to try it, and it worked.\u201c\n"
            "\u201cThe second year brought more officers on board than we had hoped for.\u201d\n")
    assert len(_passage_texts(text)) == 2
