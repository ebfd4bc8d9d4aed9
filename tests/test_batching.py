"""Query micro-batching: concurrent callers share model calls, each gets its own row, errors
reach only the caller whose text failed, and concurrent searches answer as sequential ones do."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from index.batching import QueryBatcher
from index.embedder import HashEmbedder
from index.store import Store
from ingest.pipeline import Ingestor
from service.engine import Engine

from conftest import make_settings

TESTS_DIR = Path(__file__).resolve().parent


def _questions() -> list[str]:
    lines = (TESTS_DIR / "data" / "dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


class RecordingEmbedder:
    """Wraps an embedder: records each call's texts, takes `delay` seconds per call (so callers
    pile up behind it as they do behind a busy model), and fails on texts containing 'FAIL'."""

    def __init__(self, inner, delay: float = 0.0):
        self.inner, self.delay = inner, delay
        self.name, self.dimension = inner.name, inner.dimension
        self.calls: list[list[str]] = []
        self.threads: list[int] = []  # the thread of each call

    def embed(self, texts):
        self.calls.append(list(texts))
        self.threads.append(threading.get_ident())
        time.sleep(self.delay)
        if any("FAIL" in t for t in texts):
            raise ValueError(f"cannot embed {[t for t in texts if 'FAIL' in t]}")
        return self.inner.embed(texts)


def _concurrently(call, texts: list[str]) -> list:
    """call(text) on one thread per text, all released at once; results (or exceptions) in order."""
    out: list = [None] * len(texts)
    start = threading.Barrier(len(texts))

    def run(i: int) -> None:
        start.wait()
        try:
            out[i] = call(texts[i])
        except Exception as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


def test_concurrent_queries_share_calls_and_get_their_own_rows():
    inner = HashEmbedder(64)
    embedder = RecordingEmbedder(inner, delay=0.05)
    batcher = QueryBatcher(embedder)
    texts = _questions()[:16]
    got = _concurrently(batcher.embed_one, texts)
    for text, vector in zip(texts, got):
        assert np.array_equal(vector, inner.embed([text])[0]), text
    assert len(embedder.calls) < len(texts)  # batched: fewer model calls than queries
    assert max(len(c) for c in embedder.calls) > 1
    assert sorted(t for c in embedder.calls for t in c) == sorted(texts)  # each text encoded once


def test_a_lone_query_is_encoded_at_once():
    embedder = RecordingEmbedder(HashEmbedder(64))
    batcher = QueryBatcher(embedder, window=5.0)  # a wait would show: 5 s
    started = time.perf_counter()
    for text in _questions()[:3]:
        batcher.embed_one(text)
    assert time.perf_counter() - started < 2.0
    assert [len(c) for c in embedder.calls] == [1, 1, 1]


def test_a_lone_query_is_encoded_on_its_callers_thread():
    """No hand-off to an encoder thread and back (about 1 ms a query on a busy 2-core machine)."""
    embedder = RecordingEmbedder(HashEmbedder(64))
    batcher = QueryBatcher(embedder)
    batcher.embed_one("body-worn video")
    got = _concurrently(batcher.embed_one, ["stop and search"])  # another thread
    assert embedder.threads[0] == threading.get_ident()
    assert embedder.threads[1] != threading.get_ident() and got[0] is not None
    assert not any(t.name == "query-encoder" for t in threading.enumerate())


def test_the_lead_passes_on_until_every_caller_is_answered():
    """Callers queued behind a busy leader are encoded by the next leader, in batches."""
    inner = HashEmbedder(64)
    embedder = RecordingEmbedder(inner, delay=0.03)
    batcher = QueryBatcher(embedder, max_batch=4)
    texts = _questions()[:24]
    got = _concurrently(batcher.embed_one, texts)
    for text, vector in zip(texts, got):
        assert np.array_equal(vector, inner.embed([text])[0]), text
    assert max(len(c) for c in embedder.calls) <= 4 and len(embedder.calls) < len(texts)
    assert len(set(embedder.threads)) > 1  # the lead moved between callers
    assert batcher.embed_one("after") is not None  # and was given up once no one waited


def test_the_same_text_asked_together_is_encoded_once():
    embedder = RecordingEmbedder(HashEmbedder(64), delay=0.05)
    batcher = QueryBatcher(embedder)
    texts = ["warm up"] + ["body-worn video"] * 8
    got = _concurrently(batcher.embed_one, texts)
    assert all(np.array_equal(got[1], v) for v in got[1:])
    assert sum(c.count("body-worn video") for c in embedder.calls) <= 2


def test_an_error_reaches_only_the_caller_whose_text_failed():
    inner = HashEmbedder(64)
    embedder = RecordingEmbedder(inner, delay=0.05)
    batcher = QueryBatcher(embedder)
    texts = _questions()[:7] + ["FAIL this one"] + _questions()[7:12]
    got = _concurrently(batcher.embed_one, texts)
    failed = [i for i, g in enumerate(got) if isinstance(g, Exception)]
    assert failed == [7] and isinstance(got[7], ValueError) and "FAIL this one" in str(got[7])
    for text, vector in zip(texts, got):
        if "FAIL" not in text:
            assert np.array_equal(vector, inner.embed([text])[0]), text
    assert np.array_equal(batcher.embed_one("still working"), inner.embed(["still working"])[0])


@pytest.mark.slow
def test_real_model_rows_match_unbatched_encodes(real_embedder):
    batcher = QueryBatcher(RecordingEmbedder(real_embedder, delay=0.02))
    texts = _questions()[:16]
    got = _concurrently(batcher.embed_one, texts)
    for text, vector in zip(texts, got):
        alone = real_embedder.embed([text])[0]
        assert float(vector @ alone) >= 0.99999, text


def test_concurrent_searches_answer_as_sequential_ones(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("police-now-avon-and-somerset.txt", "npcc-good-practice-case-studies.txt"):
        shutil.copy(TESTS_DIR.parent / "corpus" / name, corpus / name)
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    Ingestor(settings, embedder=HashEmbedder(64), store=store).run(progress=False)
    questions = _questions()[:16]
    sequential = Engine(settings, store, HashEmbedder(64))
    expected = [[r.id for r in sequential.search(q).results] for q in questions]
    recording = RecordingEmbedder(HashEmbedder(64), delay=0.02)
    engine = Engine(settings, store, recording)
    engine.searcher.snapshot  # loaded before the threads start
    got = _concurrently(lambda q: [r.id for r in engine.search(q).results], questions)
    assert got == expected
    assert len(recording.calls) < len(questions)
