"""Matching terms: stemming, abbreviation/synonym expansion and query term weights."""

import pytest

from index.retrieval import _bm25, _bm25_rank
from index.terms import expand, query_terms, stem, tokens


@pytest.mark.parametrize("words", [
    ("community", "communities"),
    ("minority", "minorities"),
    ("train", "trained", "training", "trains"),
    ("promotion", "promoted", "promotions"),
    ("engage", "engagement", "engaging"),
    ("study", "studies", "studied"),
])
def test_inflections_share_a_stem(words):
    assert len({stem(w) for w in words}) == 1, {w: stem(w) for w in words}


@pytest.mark.parametrize("a, b", [("police", "policy"), ("women", "woman"), ("intranet", "internet")])
def test_different_words_keep_different_stems(a, b):
    assert stem(a) != stem(b)


def test_tokens_drop_stopwords_and_split_ampersands():
    assert tokens("What have the forces done on training?") == [stem("training")]
    assert tokens("S&S") == ["s", "s"]  # '&' reads as 'and', a stopword


def test_query_terms_weigh_the_question_words_one_and_expansion_words_less():
    weights = query_terms("support for BAME officers", expansion_weight=0.5)
    assert weights[stem("bame")] == 1.0 and weights[stem("officers")] == 1.0
    # words only the expansion brings in weigh half
    assert weights[stem("ethnic")] == 0.5 and weights[stem("minority")] == 0.5 and weights[stem("black")] == 0.5


def test_query_terms_count_a_word_once_however_many_alternatives_repeat_it():
    expanded = tokens(expand("ethnic minority communities"))
    assert expanded.count(stem("ethnic")) > 1  # the synonym group repeats it
    weights = query_terms("ethnic minority communities")
    assert list(weights).count(stem("ethnic")) == 1
    assert weights[stem("ethnic")] == 1.0  # said in the question: full weight


def test_weighted_bm25_ranks_question_words_above_expansion_words():
    docs = ["ethnic minority community engagement officers", "black asian staff survey", "unrelated text"]
    model = _bm25([tokens(d) for d in docs])
    ids = ["a", "b", "c"]
    ranked = _bm25_rank(model, ids, query_terms("ethnic minority engagement"), 3)
    assert [i for i, _ in ranked] == ["a", "b"]  # 'c' matches nothing and is left out
    plain = dict(_bm25_rank(model, ids, [stem("black"), stem("asian")], 3))
    half = dict(_bm25_rank(model, ids, {stem("black"): 0.5, stem("asian"): 0.5}, 3))
    assert half["b"] == pytest.approx(plain["b"] / 2)


def test_bm25_rank_of_unknown_words_is_empty():
    model = _bm25([tokens("some text here")])
    assert _bm25_rank(model, ["a"], query_terms("zzqx blorf"), 5) == []
    assert _bm25_rank(None, [], ["text"], 5) == []


def test_every_abbreviation_is_in_a_synonym_group():
    from index.terms import ABBREVIATIONS, SYNONYMS

    assert ABBREVIATIONS <= {phrase for group in SYNONYMS for phrase in group}


def test_dense_query_spells_out_abbreviations_only():
    assert expand("PRAP progress", spell_out_only=True) == "PRAP progress police race action plan"
    # 'women' is a short word, not an abbreviation: the model knows it; nothing is added
    assert expand("attracting women applicants", spell_out_only=True) == "attracting women applicants"
    # the lexical expansion still adds the other ways of saying it
    assert "female" in expand("attracting women applicants")


@pytest.mark.parametrize("plural, singular", [("PCSOs", "PCSO"), ("ASBs", "ASB")])
def test_plural_abbreviations_match_and_expand_like_the_singular(plural, singular):
    assert tokens(plural) == tokens(singular)
    assert expand(f"support for {plural}").endswith(expand(f"support for {singular}").split(singular, 1)[1])
    assert "police community support officer" in expand("training for PCSOs")


def test_word_pairs_skip_stopwords_and_follow_the_stems():
    from index.retrieval import _pairs

    assert _pairs(tokens("stop and search")) == [f"{stem('stop')}_{stem('search')}"]
    assert _pairs(tokens("community engagement officers")) == [
        f"{stem('community')}_{stem('engagement')}", f"{stem('engagement')}_{stem('officers')}"]
    assert _pairs(tokens("one")) == []


def test_text_with_the_phrase_outranks_text_with_the_words_apart(tmp_path):
    from index.retrieval import _bm25, _pairs, _with_pairs

    docs = {"apart": "engagement with the wider community and its leaders",
            "phrase": "a community engagement forum with local leaders"}
    ids = list(docs)
    model = _bm25([_with_pairs(tokens(t)) for t in docs.values()])
    words = query_terms("community engagement")
    assert _bm25_rank(model, ids, words, 2)[0][1] == pytest.approx(_bm25_rank(model, ids, words, 2)[1][1], rel=0.2)
    with_pairs = {**words, **{p: 0.25 for p in _pairs(tokens("community engagement"))}}
    assert [i for i, _ in _bm25_rank(model, ids, with_pairs, 2)] == ["phrase", "apart"]


@pytest.mark.parametrize("text, expected", [
    ("Supporting forces to mitigate global risks - positive policing for the future", True),  # 11 words
    ("Fraud Prevention & Reduction Project", False),  # a title
    ("Audience: Police forces and health agencies", False),  # a label
    ("Key interventions developed under Op Reassure have proven transformative:", False),  # a lead-in
    ("The scheme cut ASB by 21%.", True),  # short, but a sentence
])
def test_says_something(text, expected):
    from index.retrieval import says_something

    assert says_something(text) is expected


@pytest.mark.parametrize("text, title, expected", [
    ("The scheme cut ASB by 21%.", "Operation Reassure", True),
    ("Operation Reassure", "Operation Reassure", False),  # only the title again
    ("OPERATION  REASSURE.", "Operation Reassure", False),  # the title, cased and punctuated otherwise
    ("Key interventions developed under Op Reassure have proven transformative:", "Op Reassure", False),
])
def test_a_citable_passage_says_something_beyond_its_title(text, title, expected):
    from index.retrieval import citable

    assert citable(text, title) is expected
    assert citable(text, title) is expected  # the cached answer is the same
