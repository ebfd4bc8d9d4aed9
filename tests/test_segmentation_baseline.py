"""The default corpus keeps the segmentation saved before the structure-aware rewrite (issue 10):
>= 0.95 agreement on spans and forces, and the measure itself behaves."""

from __future__ import annotations

from segmentation_baseline import _record, agreement, load_baseline

REQUIRED = 0.95


def test_default_corpus_agrees_with_the_saved_baseline(built):
    found = [_record(i) for doc_id in sorted(built) for i in built[doc_id]]
    score, missed, extra = agreement(load_baseline(), found)
    shown = [(r["doc_id"], r["start"], r["forces"], r["title"]) for r in (missed + extra)[:8]]
    assert score >= REQUIRED, (score, shown)


def test_agreement_counts_one_to_one_matches():
    a = {"doc_id": "d", "start": 0, "end": 100, "forces": ["Kent Police"]}
    b = {"doc_id": "d", "start": 100, "end": 200, "forces": ["Kent Police"]}
    assert agreement([a, b], [a, b])[0] == 1.0
    # one found record cannot match two baseline records
    assert agreement([a, a], [a])[0] == 2 * 1 / 3
    # different forces or a span moved beyond tolerance is no match
    assert agreement([a], [{**a, "forces": ["Essex Police"]}])[0] == 0.0
    assert agreement([a], [{**a, "end": 400}])[0] == 0.0
    assert agreement([a], [{**a, "start": 10}])[0] == 1.0
