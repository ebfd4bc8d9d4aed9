"""The work model (ingest/work_model.py): its fitted file, its keep rule, when it judges at all,
and what ingest stores and explains with the real embedding model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.embedder import HashEmbedder
from index.store import Store
from ingest.pipeline import Ingestor, build_initiatives, initiatives_of, work_judgements
from ingest.readers import read_document
from index.records import Evidence, Initiative, Passage
from ingest.work_model import MODEL_FILE, SHAPE_FEATURES, WorkModel, features, judge, kept, work_model

from conftest import make_settings

DATA = Path(__file__).resolve().parent / "data"
NEWS = DATA / "work-model" / "force-news-page.md"
WORK = ("Shop theft down a third", "Schools programme reaches every secondary school")
NOT_WORK = ("Join us: recruitment open evening", "Chief Constable's statement on the inspection report")
GPSEARCH = Path(sys.executable).with_name("gpsearch")


def test_the_fitted_model_file_is_whole_and_never_saw_the_held_out_set():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    model = WorkModel.load()
    assert model.embed_model == data["embed_model"] == "all-MiniLM-L6-v2"
    assert len(model.weights) == 384 + len(SHAPE_FEATURES) and np.isfinite(model.weights).all()
    assert np.isfinite(model.bias)
    assert 0.0 < model.threshold < 1.0
    assert data["held_out"] not in data["fitted_on"]
    from test_layouts_heldout_dev import FLOORS, SETS

    assert {f.name for f in [*SETS, *FLOORS]} | {"layouts", "default corpus"} == set(data["fitted_on"])


def test_a_document_keeps_the_pieces_judged_work_and_may_keep_none():
    model = WorkModel("m", np.zeros(3), 0.0, threshold=0.5)
    assert model.keep(np.array([0.1, 0.7, 0.3, 0.5])) == [False, True, False, True]
    assert model.keep(np.array([0.1, 0.3, 0.2])) == [False, False, False]  # nothing in it is work
    assert model.keep(np.array([])) == []
    assert model.keep(np.array([0.01])) == [True]  # an only piece: kept, with no lone threshold


def test_a_documents_only_piece_is_held_to_the_lone_threshold():
    model = WorkModel("m", np.zeros(3), 0.0, threshold=0.5, lone_threshold=0.1)
    assert model.keep(np.array([0.3])) == [True]  # under the threshold for several, over the lone one
    assert model.keep(np.array([0.05])) == [False]
    assert model.keep(np.array([0.3, 0.05])) == [False, False]  # two pieces: the threshold


def test_probabilities_are_a_logistic_of_the_features():
    model = WorkModel("m", np.array([2.0, 0.0]), -1.0, threshold=0.5)
    p = model.probabilities(np.array([[1.0, 0.0], [0.0, 3.0]]))
    assert np.allclose(p, [1 / (1 + np.exp(-1.0)), 1 / (1 + np.exp(1.0))])


def test_features_are_the_normalised_vector_then_the_pieces_shape():
    def piece(start, end, stage, text):
        passage = Passage("p", "i", "d", start, end, text, text)
        return Initiative("i", "d", start, end, "t", [], [], "", passages=[passage], evidence=Evidence(stage=stage))

    told = "We opened a retail crime hub in March. Thefts from the stores fell by a half. We meet every month."
    standing = "We look after shops, hospitals and events across the county."
    x = features(np.array([[3.0, 4.0], [0.0, 2.0]]),
                 [piece(0, 500, "evaluated locally", told), piece(100, 100, "untested", standing)])
    # its vector, then: reports results, log length in 500s, the share of its sentences in the past tense
    assert np.allclose(x, [[0.6, 0.8, 1.0, np.log(2.0), 2 / 3], [0.0, 1.0, 0.0, 0.0, 0.0]])
    assert x.shape[1] == 2 + len(SHAPE_FEATURES)


def test_nothing_is_judged_with_another_embedder_and_a_single_piece_only_with_a_lone_threshold(real_embedder):
    pieces = build_initiatives(read_document(NEWS, NEWS.name))
    assert len(pieces) >= 3
    assert work_judgements(pieces, HashEmbedder()) == [None] * len(pieces)
    assert kept(work_judgements(pieces, HashEmbedder())) == [True] * len(pieces)
    assert work_judgements(pieces[:1], HashEmbedder()) == [None]
    judged = work_judgements(pieces, real_embedder)
    assert all(0.0 <= p <= 1.0 for p in judged)
    single = judge(np.ones((1, 384)), pieces[:1], real_embedder)
    if work_model().lone_threshold > 0:  # (the model written chose one: ingest/data/work-model.json)
        assert len(single) == 1 and 0.0 <= single[0] <= 1.0
    else:
        assert single == [None]  # one piece: never judged


def test_ingest_stores_the_work_and_leaves_out_the_notices(tmp_path, real_embedder):
    """A force news page: two items say what the force did and what came of it; a recruitment
    evening and the Chief Constable's statement on an inspection report are news, not work."""
    found = initiatives_of(read_document(NEWS, NEWS.name), real_embedder)
    titles = [i.title for i in found]
    assert all(any(t.startswith(w) for t in titles) for w in WORK), titles
    assert not any(t.startswith(n) for t in titles for n in NOT_WORK), titles

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / NEWS.name).write_bytes(NEWS.read_bytes())
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    summary = Ingestor(settings, embedder=real_embedder, store=store).run(progress=False)
    assert summary.documents == 1
    stored = store.document_initiatives(NEWS.name)
    assert [i.title for i in stored] == titles
    # no passage of a piece left out stays behind
    assert store.passages.count() == sum(len(i.passages) for i in stored)
    assert store.live_documents()[NEWS.name]["initiatives"] == len(stored)


def test_explain_says_which_pieces_were_left_out_and_why(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GPSEARCH_")}
    env |= {"GPSEARCH_DATA_DIR": str(tmp_path / "data"), "GPSEARCH_CORPUS_DIR": str(tmp_path / "corpus")}
    out = subprocess.run([str(GPSEARCH), "ingest", "--explain", str(NEWS), "--json"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    judged = {i["title"]: i for i in report["left_out"] if i.get("work") is not None}
    assert set(judged) == set(NOT_WORK)
    assert all(i["work"] < work_model().threshold and "not a piece of work" in i["why"] for i in judged.values())
    # what the rules left out before any judging says so ('Missing man ... found safe': no work told)
    assert all("left out by the rules" in i["why"] for i in report["left_out"] if i.get("work") is None)
    left_out = judged
    assert all(i["work"] >= work_model().threshold for i in report["initiatives"])
    text = NEWS.read_text(encoding="utf-8")
    assert all(t in text[i["start"]:i["end"]] for t, i in left_out.items())


@pytest.mark.parametrize("name", ["force-news-page.md"])
def test_the_test_document_is_not_in_any_fitted_set(name):
    fitted = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["fitted_on"]
    assert "work-model" not in fitted and (DATA / "work-model" / name).is_file()


def test_the_setting_written_is_the_one_dropping_fewest_real_pieces_among_those_as_good_as_the_best():
    from evaluation.work_model import MEAN_TOLERANCE, choose_setting

    best, close, far = (0.898, 1.0, 0.4, 20), (0.898 - MEAN_TOLERANCE / 2, 0.3, 0.3, 18), (0.85, 0.1, 0.05, 0)
    assert choose_setting([best, close, far]) == close  # as good, and loses fewer real pieces
    assert choose_setting([best, far]) == best  # a worse mean is not bought back by fewer drops
    assert choose_setting([(0.9, 0.3, 0.4, 5), (0.9, 1.0, 0.4, 5)]) == (0.9, 1.0, 0.4, 5)  # the stronger penalty
    # lone thresholds for one model: the best mean (fewer spurious only pieces), then the lowest
    none, some, more = (0.886, 0.3, 0.3, 21, 3.0, 0.0), (0.888, 0.3, 0.3, 21, 3.0, 0.1), (0.888, 0.3, 0.3, 21, 3.0, 0.2)
    assert choose_setting([none, some, more]) == some
    assert choose_setting([none, (0.887, 0.3, 0.3, 22, 3.0, 0.2)]) == none  # not at a real piece's cost


def test_a_setting_whose_model_loses_a_fixture_or_corpus_piece_is_not_eligible():
    import numpy as np

    from evaluation.work_model import CORPUS, FIXTURES, LONE_THRESHOLDS, THRESHOLDS, Example, LabelledSet, _keeps_fixtures

    def examples(set_name: str, document: str, rows: list[tuple[list[float], bool]]) -> list[Example]:
        return [Example(set_name, document, f"piece {n}", work, np.array(v)) for n, (v, work) in enumerate(rows)]

    dev = LabelledSet([e for d in range(6) for e in examples("dev", f"d{d}", [([1.0, 0.0], True), ([0.0, 1.0], False)] * 3)],
                      intended=18)
    alike = [([1.0, 0.0], True), ([1.0, 0.0], True), ([0.0, 1.0], True)]  # a real piece shaped like the others
    fixtures = LabelledSet(examples(FIXTURES, "f", alike), intended=3)
    kept = _keeps_fixtures({"dev": dev, FIXTURES: fixtures}, 1.0)
    assert set(kept) == {(t, lone) for t in THRESHOLDS for lone in LONE_THRESHOLDS}
    assert not kept[max(THRESHOLDS), 0.0]
    plain = LabelledSet(examples(FIXTURES, "f", alike[:2]), intended=2)
    assert all(_keeps_fixtures({"dev": dev, FIXTURES: plain}, 1.0).values())
    assert all(_keeps_fixtures({"dev": dev}, 1.0).values())  # no fixture set: nothing to keep
    # the default corpus's pieces are held as the fixtures' are
    corpus = LabelledSet(examples(CORPUS, "c", alike), intended=3)
    assert not _keeps_fixtures({"dev": dev, FIXTURES: plain, CORPUS: corpus}, 1.0)[max(THRESHOLDS), 0.0]
    # ... and so are the sets held to the targets
    from evaluation.work_model import TARGET_SETS

    target = LabelledSet(examples(TARGET_SETS[0], "t", alike), intended=3)
    assert not _keeps_fixtures({"dev": dev, FIXTURES: plain, TARGET_SETS[0]: target}, 1.0)[max(THRESHOLDS), 0.0]


def test_a_kept_sets_examples_count_more_in_the_fit_by_the_spec_weight():
    # a corpus piece shaped like the development sets' not-work pieces: weighted, the fit moves
    # towards keeping it; at weight 1 it counts as any other example
    import numpy as np

    from evaluation.work_model import CORPUS, SPEC_WEIGHTS, Example, fit

    dev = [Example("dev", f"d{n}", "x", n % 2 == 0, np.array([1.0, 0.0] if n % 2 == 0 else [0.3, 1.0]))
           for n in range(40)]
    odd = Example(CORPUS, "c", "plan", True, np.array([0.3, 1.0]))
    same = [Example("dev", "c", "plan", True, np.array([0.3, 1.0]))]

    def p(weight: float, extra: list[Example]) -> float:
        w, b = fit([*dev, *extra], 0.3, weight)
        return float(1 / (1 + np.exp(-(odd.vector @ w + b))))

    assert 1.0 in SPEC_WEIGHTS and max(SPEC_WEIGHTS) > 1.0
    assert p(1.0, [odd]) == pytest.approx(p(1.0, same))  # weight 1: a kept set's example is any example
    assert p(3.0, [odd]) > p(2.0, [odd]) > p(1.0, [odd])
    assert p(3.0, same) == pytest.approx(p(1.0, same))  # only kept sets' examples are weighted
