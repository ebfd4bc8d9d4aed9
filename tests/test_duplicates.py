"""Near-duplicate passages and initiatives (index/retrieval.py): the same text under another force
or in another document is found, and among near-duplicates the one saying more about the query
comes first, whatever order the retrievers returned the copies in."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from index.retrieval import Searcher, duplicate_classes
from index.store import Store
from index.terms import tokens
from ingest.pipeline import Ingestor

from conftest import make_settings

PLAN = ("{force} created a Community Race Action Plan and required external engagement and consultation "
        "on the plan with residents across the county.")
DISTRICTS = ("Six districts were identified for community consultation sessions to capture the lived "
             "experiences of communities, to ensure their perspectives are directly captured and represented "
             "in the plan.")
FIGURE = ("The force consulted over 2,200 residents who live and work in each of the districts, and held 40 "
          "listening events with community groups.")
COMMITMENTS = ("Commitments were created directly from the voices heard, with an ongoing contribution from "
               "community members to the delivery of the plan.")


LATER = " The plan was approved by the chief officer team and published in the spring."


def _document(force: str, figure: bool) -> str:
    """The original says how many were consulted, and its opening paragraph says a little more
    (so the retrievers rank its copies' shorter ones above it)."""
    plan = PLAN.format(force=force) + (LATER if figure else "")
    paragraphs = [f"# {force}", plan, DISTRICTS, *([FIGURE] if figure else []), COMMITMENTS]
    return "\n\n".join(paragraphs) + "\n"


def test_near_duplicates_share_a_class_and_distinct_texts_do_not():
    rng = random.Random(3)
    words = PLAN.format(force="Kent Police").split()
    shuffled = list(words)
    rng.shuffle(shuffled)
    texts = [
        tokens(PLAN.format(force="Kent Police")),
        tokens(PLAN.format(force="Essex Police")),  # another force named
        tokens(" ".join(shuffled)),  # the words in another order
        tokens(DISTRICTS),
        tokens(COMMITMENTS),
        [],  # no words: a class of its own
        tokens(FIGURE),
    ]
    classes, members = duplicate_classes(texts)
    assert classes[0] == classes[1] == classes[2] == 0
    assert len({int(c) for c in classes[3:]}) == 4 and all(int(c) != 0 for c in classes[3:])
    assert list(members) == [0] and sorted(members[0].tolist()) == [0, 1, 2]
    assert duplicate_classes([]) == (pytest.approx([]), {})
    assert duplicate_classes([tokens(FIGURE)])[1] == {}


@pytest.fixture
def copies(tmp_path: Path, fake_embedder):
    """A searcher over three documents: the original, saying how many were consulted, and two
    copies under other forces without that paragraph."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_document("Kent Police", figure=True), encoding="utf-8")
    (corpus / "b.txt").write_text(_document("Essex Police", figure=False), encoding="utf-8")
    (corpus / "c.txt").write_text(_document("Surrey Police", figure=False), encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
    yield Searcher(store, fake_embedder)
    store.close()


def test_the_near_duplicate_saying_what_is_asked_comes_first(copies: Searcher):
    snap = copies.snapshot
    assert len(snap.initiatives) == 3 and snap.class_rows  # the shared paragraphs are near-duplicates
    query = "How many residents were consulted for the Community Race Action Plan?"
    weighted = {t: 1.0 for t in tokens(query)}
    scores, _, _ = copies._scores(weighted, copies.embed_query(query), {})
    fused = sorted(scores, key=lambda i: -scores[i])
    assert snap.initiatives[fused[0]].forces != ["Kent Police"]  # the retrievers put a copy first
    hits, _ = copies.search(query)
    assert hits[0].initiative.forces == ["Kent Police"]
    # its own paragraph, the figure, is among its evidence
    assert any("2,200" in p.text for p, _ in hits[0].passages)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_without_evidence_of_their_own_near_duplicates_keep_their_fused_order(copies: Searcher):
    query = "perspectives directly captured and represented"
    weighted = {t: 1.0 for t in tokens(query)}
    vector = copies.embed_query(query)
    scores, passage_scores, lexical = copies._scores(weighted, vector, {})
    fused = sorted(scores, key=lambda i: -scores[i])
    # the copies hold nothing of their own; the original's own paragraph does not match the query
    assert copies._ranked(dict(scores), dict(passage_scores), lexical, {}, 10) == fused


WORKSHOP = ("{force}, within their leadership academy, are delivering an Inclusive Leadership workshop to "
            "support all first and second line leaders. The one-day interactive workshop on inclusive "
            "leadership is delivered face to face and is mandatory for inclusive leaders.")
PROGRAMME = ("{force} developed an Inclusive Leadership Programme with a university research unit, and a "
             "total of 339 supervisors attended its workshops between January and July.")


def test_copies_of_one_text_do_not_bury_a_named_force_s_work(tmp_path: Path, fake_embedder):
    """'What has North Wales done on X': the named force's initiatives relevant to X come first. At
    100x the 20 best initiatives for X were copies of one other force's initiative, so North
    Wales's came 25th, below the depth that counts as relevant. Now a text takes one place of each
    candidate list whatever its copies, and the depth counts different texts, not copies."""
    from index.gazetteer import ALL_FORCES

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    others = [f for f in ALL_FORCES if f != "North Wales Police"][:30]
    for n, force in enumerate(others):
        (corpus / f"copy-{n:02d}.txt").write_text(f"# {force}\n\n{WORKSHOP.format(force=force)}\n", encoding="utf-8")
    (corpus / "wales.txt").write_text(f"# North Wales Police\n\n{PROGRAMME.format(force='North Wales Police')}\n",
                                      encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    try:
        Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
        searcher = Searcher(store, fake_embedder)
        snap = searcher.snapshot
        assert len(snap.text_class) == 2 and snap.text_vectors is not None  # 31 passages, 2 texts
        topic = " inclusive leadership workshops"
        plain, _ = searcher.search(topic, top_k=50)
        assert [h.initiative.forces for h in plain].index(["North Wales Police"]) < 3
        hits, _ = searcher.search("North Wales inclusive leadership workshops", named_forces=["North Wales Police"],
                                  topic=topic)
        assert hits[0].initiative.forces == ["North Wales Police"] and hits[0].named_force
        # the depth of a ranking counts texts: all 30 copies and the one other text are within 2
        wales = next(i for i in snap.initiatives.values() if i.forces == ["North Wales Police"])
        copies = [i for i in snap.initiatives if i != wales.id]
        scored = {p.id: 1.0 for i in snap.initiatives.values() for p in i.passages}
        assert searcher._distinct_head(copies + [wales.id], 2, scored) == copies + [wales.id]
        assert searcher._distinct_head(copies + [wales.id], 1, scored) == copies
    finally:
        store.close()


def test_a_small_corpus_takes_its_dense_candidates_in_memory_with_the_store_s_results(
        tmp_path: Path, fake_embedder, monkeypatch):
    """Up to IN_MEMORY_TEXTS texts the unfiltered dense candidates come from an exact product over
    vectors held in memory (a Chroma query costs ~2 ms of overhead); they are the store's nearest
    passages, in the same order, and a filtered search still asks the store."""
    import index.retrieval as retrieval

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pieces = {"Kent Police": "Kent Police bought two drones to search rural land for missing people quickly.",
              "Essex Police": "Essex Police officers visited forty primary schools to teach road safety and cycling.",
              "Surrey Police": "Surrey Police set up a fraud desk that calls back every older victim within a day.",
              "Dorset Police": "Dorset Police ran night patrols on the beaches with lifeguards during the summer."}
    for n, (force, piece) in enumerate(pieces.items()):
        (corpus / f"{n}.txt").write_text(f"# {force}\n\n{piece}\n", encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    try:
        Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
        in_memory = Searcher(store, fake_embedder)
        assert in_memory.snapshot.text_vectors is not None
        monkeypatch.setattr(retrieval, "IN_MEMORY_TEXTS", 0)
        from_store = Searcher(store, fake_embedder)
        assert from_store.snapshot.text_vectors is None
        vector = fake_embedder.embed(["drones in schools"])[0]
        ours = in_memory._dense_candidates(vector, {}, lambda _: True, None, in_memory._representatives(None))
        theirs = from_store._dense_candidates(vector, {}, lambda _: True, None, from_store._representatives(None))
        assert [p for p, _ in ours] == [p for p, _ in theirs][:len(ours)] and ours
        assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(ours, theirs))
        assert [h.initiative.id for h in in_memory.search("drones", top_k=4)[0]] == \
            [h.initiative.id for h in from_store.search("drones", top_k=4)[0]]
    finally:
        store.close()


def test_a_search_answers_from_one_snapshot_when_an_ingest_publishes_during_it(tmp_path: Path, fake_embedder):
    """An ingest publishing a new generation while a search runs: every step of the search reads
    the snapshot it started with (a refresh between two steps once mixed arrays of two sizes: an
    IndexError, a 500 seen by a client while the corpus was re-ingested)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_document("Kent Police", figure=True), encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    try:
        Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
        searcher = Searcher(store, fake_embedder, refresh_seconds=0.0)  # re-read at every access
        first = searcher.snapshot
        seen = []
        scores = searcher._scores

        def scoring(*args, **kwargs):  # an ingest publishes between the search's steps
            (corpus / "b.txt").write_text(_document("Essex Police", figure=False), encoding="utf-8")
            Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
            seen.append(searcher.snapshot)
            return scores(*args, **kwargs)

        searcher._scores = scoring
        hits, _ = searcher.search("how many were consulted", top_k=5)
        assert seen == [first] and hits
        assert all(h.initiative.id in first.initiatives for h in hits)
        assert searcher.snapshot.generation != first.generation  # the next call reads the new one
    finally:
        store.close()
