"""The ingest pipeline against real Chroma stores in tmp dirs: cold and incremental runs, edits,
removals, rebuilds, bad files, crashes (simulated and kill -9) and concurrent runs."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from index.embedder import HashEmbedder, SentenceEmbedder
from index.settings import Settings
from index.store import _BATCH, Store
from ingest.pipeline import IngestError, Ingestor, build_initiatives
from ingest.readers import read_document

COMPENDIUM = "culture-and-inclusion-strategy-force-initiatives-2025.txt"
NPCC = "npcc-good-practice-case-studies.txt"
AVON = "police-now-avon-and-somerset.txt"
IMPACT = "police-now-impact-and-insights-2020-21.txt"
BRIEF = "police-now-west-midlands-crime-and-asb-brief.txt"
ALL_DOCS = sorted([COMPENDIUM, NPCC, AVON, IMPACT, BRIEF])
SMALL_DOCS = [NPCC, AVON, IMPACT, BRIEF]  # everything but the big compendium: fast to ingest

GPSEARCH = Path(sys.executable).parent / "gpsearch"
CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


def make_settings(data_dir: Path, corpus_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, corpus_dir=corpus_dir, chroma_host="", model_path="")


# --- helpers ----------------------------------------------------------------------------------


def copy_corpus(dst: Path, names: list[str] | None = None) -> Path:
    """A writable copy of the default corpus (or of some of its files) at `dst`."""
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS_DIR.iterdir()):
        if names is None or path.name in names or path.name == "catalog.json":
            shutil.copyfile(path, dst / path.name)
            os.chmod(dst / path.name, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    return dst


def snapshot(store: Store) -> dict:
    """What must not differ between two stores holding the same files: versions, counts, ids."""
    live = store.live_documents()
    return {
        "versions": {d: m["version"] for d, m in live.items()},
        "counts": {d: (m["initiatives"], m["passages"], m["metrics"]) for d, m in live.items()},
        "passages": sorted(store.passages.get(include=[])["ids"]),
        "initiatives": sorted(store.initiatives.get(include=[])["ids"]),
    }


def doc_records(store: Store, doc_id: str) -> dict:
    """One document's live initiative ids and every Chroma id carrying its doc_id."""
    return {
        "initiatives": [i.id for i in store.load_initiatives() if i.doc_id == doc_id],
        "passage_chroma_ids": sorted(store.passages.get(where={"doc_id": doc_id}, include=[])["ids"]),
        "initiative_chroma_ids": sorted(store.initiatives.get(where={"doc_id": doc_id}, include=[])["ids"]),
    }


def stale_records(store: Store) -> list[str]:
    """Chroma ids of records whose version is not their document's live version."""
    live = store.live_documents()
    stale = []
    for collection in (store.passages, store.initiatives):
        got = collection.get(include=["metadatas"])
        stale += [
            i for i, m in zip(got["ids"], got["metadatas"])
            if live.get(m["doc_id"], {}).get("version") != m["version"]
        ]
    return stale


def ingest(settings, embedder=None, store=None, **kwargs):
    return Ingestor(settings, embedder=embedder or HashEmbedder(), store=store).run(progress=False, **kwargs)


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.calls = 0
        self.texts = 0

    def embed(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return super().embed(texts)


class SimulatedCrash(RuntimeError):
    pass


class CrashingStore(Store):
    """A real store that dies after `fail_after` batch writes, or right after a publish."""

    def __init__(self, settings, fail_after: int | None = None, fail_after_publish: bool = False):
        super().__init__(settings)
        self.fail_after = fail_after
        self.fail_after_publish = fail_after_publish
        self.writes = 0

    def _add(self, collection, ids, embeddings, documents, metadatas):
        for at in range(0, len(ids), _BATCH):
            if self.fail_after is not None and self.writes >= self.fail_after:
                raise SimulatedCrash(f"crash after {self.writes} writes")
            Store._add(collection, ids[at:at + _BATCH], embeddings[at:at + _BATCH],
                       documents[at:at + _BATCH], metadatas[at:at + _BATCH])
            self.writes += 1

    def drop_stale(self, doc_id, keep):
        if self.fail_after_publish and keep is not None:
            raise SimulatedCrash("crash after publishing, before old versions were dropped")
        return super().drop_stale(doc_id, keep)


class Untouchable:
    """A store stand-in for runs that must be refused before touching the store."""

    def __getattr__(self, name):
        raise AssertionError(f"the store was used ({name}) by a run that should have been refused")


def append(path: Path, paragraph: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(paragraph)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_fake(tmp_path_factory):
    """(settings, store, summary, snapshot) of a cold ingest of the default corpus, fake vectors."""
    settings = make_settings(tmp_path_factory.mktemp("clean-fake") / "data", CORPUS_DIR)
    store = Store(settings)
    summary = ingest(settings, store=store)
    return settings, store, summary, snapshot(store)


@pytest.fixture(scope="module")
def live_copy(tmp_path_factory):
    """(settings, store, corpus): an ingested writable copy of the corpus that tests may edit."""
    root = tmp_path_factory.mktemp("live-copy")
    corpus = copy_corpus(root / "corpus")
    settings = make_settings(root / "data", corpus)
    store = Store(settings)
    ingest(settings, store=store)
    return settings, store, corpus


# --- cold and unchanged -----------------------------------------------------------------------


def test_cold_ingest(clean_fake, built):
    _, store, summary, snap = clean_fake
    assert summary.documents == 5
    assert sorted(summary.added) == ALL_DOCS
    assert summary.skipped == [] and summary.updated == [] and summary.removed == []
    assert summary.initiatives == sum(len(v) for v in built.values()) > 0
    assert summary.passages == sum(len(i.passages) for v in built.values() for i in v) > 0
    assert summary.metrics == sum(len(i.metrics) for v in built.values() for i in v) > 0
    assert summary.embedded == summary.passages
    assert len(snap["passages"]) == summary.passages
    assert len(snap["initiatives"]) == summary.initiatives
    assert stale_records(store) == []
    assert store.generation() > 0


def test_unchanged_files_are_not_re_embedded(clean_fake):
    settings, store, _, snap = clean_fake
    embedder = CountingEmbedder()
    summary = ingest(settings, embedder=embedder, store=store)
    assert embedder.texts == 0 and summary.embedded == 0
    assert sorted(summary.unchanged) == ALL_DOCS
    assert summary.added == [] and summary.updated == [] and summary.removed == []
    assert summary.documents == 5
    assert snapshot(store) == snap


def test_unchanged_run_never_loads_the_model(ingested_store):
    # versions depend on the file bytes, the pipeline and the embedder's vector space (known
    # without loading the model): a store the real model filled is up to date, nothing is embedded
    settings, store = ingested_store
    snap = snapshot(store)
    embedder = SentenceEmbedder()
    summary = Ingestor(settings, embedder=embedder, store=store).run(progress=False)
    assert sorted(summary.unchanged) == ALL_DOCS
    assert embedder._model is None
    assert snapshot(store) == snap


# --- edits and removals -----------------------------------------------------------------------


def test_editing_one_file_changes_only_its_records(live_copy):
    settings, store, corpus = live_copy
    before_live = store.live_documents()
    before = {d: doc_records(store, d) for d in before_live}
    append(corpus / AVON, "\n\nIn 2020 the force extended The Call In to two more towns, where a further "
                          "40 young people enrolled on the scheme.\n")
    summary = ingest(settings, store=store)
    assert summary.updated == [AVON]
    assert summary.added == [] and summary.removed == [] and summary.skipped == []
    assert sorted(summary.unchanged) == sorted(set(before_live) - {AVON})
    after_live = store.live_documents()
    for doc_id in before_live:
        if doc_id == AVON:
            continue
        assert after_live[doc_id]["version"] == before_live[doc_id]["version"]
        assert doc_records(store, doc_id) == before[doc_id], doc_id
    assert after_live[AVON]["version"] != before_live[AVON]["version"]
    edited = doc_records(store, AVON)
    assert edited != before[AVON]
    assert set(edited["initiatives"]) & set(before[AVON]["initiatives"]), "unedited sections keep their ids"
    assert stale_records(store) == []
    text = read_document(corpus / AVON, AVON).text
    assert store.document_text(AVON) == text
    assert "40 young people enrolled" in text
    for initiative in (i for i in store.load_initiatives() if i.doc_id == AVON):
        assert all(text[p.start:p.end] == p.text for p in initiative.passages)


def test_removing_a_file_removes_its_records(live_copy):
    settings, store, corpus = live_copy
    before_live = store.live_documents()
    assert IMPACT in before_live
    others = {d: doc_records(store, d) for d in before_live if d != IMPACT}
    (corpus / IMPACT).unlink()
    summary = ingest(settings, store=store)
    assert summary.removed == [IMPACT]
    assert summary.documents == len(before_live) - 1
    assert IMPACT not in store.live_documents()
    assert store.document_text(IMPACT) is None
    assert not [i for i in store.load_initiatives() if i.doc_id == IMPACT]
    assert store.passages.get(where={"doc_id": IMPACT}, include=[])["ids"] == []
    assert store.initiatives.get(where={"doc_id": IMPACT}, include=[])["ids"] == []
    assert {d: doc_records(store, d) for d in others} == others


# --- bad files --------------------------------------------------------------------------------

LATIN1 = ("Kent Police opened a caf\u00e9 for officers and staff in Maidstone in 2023. "
          "Officers said the caf\u00e9 improved morale across the whole team, and 85% used it weekly.\n")


def test_bad_files_are_skipped_with_reasons_and_good_files_kept(tmp_path, settings_factory):
    corpus = copy_corpus(tmp_path / "corpus", [AVON, BRIEF])
    settings = settings_factory(corpus)
    store = Store(settings)
    first = ingest(settings, store=store)
    assert sorted(first.added) == [AVON, BRIEF]
    good = {d: doc_records(store, d) for d in (AVON, BRIEF)}
    versions = {d: m["version"] for d, m in store.live_documents().items()}

    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (corpus / "notes.rtf").write_text("{\\rtf1 Kent Police notes}")

    summary = ingest(settings, store=store)
    reasons = dict(summary.skipped)
    assert reasons.get("empty.txt") == "empty file"
    assert reasons.get("binary.txt") == "binary content, not text"
    assert "notes.rtf" not in reasons, "a folder walk skips unsupported types silently"
    # latin-1 is not refused: it is decoded with a stated fallback and its text is exact
    assert summary.added == ["latin1.txt"]
    assert store.document_text("latin1.txt") == LATIN1.encode("latin-1").decode("cp1252")
    assert "café" in store.document_text("latin1.txt")
    assert sorted(summary.unchanged) == [AVON, BRIEF] and summary.removed == []
    assert {d: doc_records(store, d) for d in (AVON, BRIEF)} == good

    named = ingest(settings, store=store, paths=[corpus, corpus / "notes.rtf"])
    reasons = dict(named.skipped)
    assert reasons.get("notes.rtf", "").startswith("unsupported file type '.rtf'")
    assert reasons.get("empty.txt") == "empty file" and reasons.get("binary.txt") == "binary content, not text"
    assert named.added == [] and named.removed == []
    live = store.live_documents()
    assert {d: live[d]["version"] for d in versions} == versions
    assert {d: doc_records(store, d) for d in (AVON, BRIEF)} == good
    assert stale_records(store) == []


NOTHING_TO_INDEX = "Contents\n\nPage 3\n"


def test_file_with_nothing_to_index_is_reported_only_as_skipped(tmp_path, settings_factory):
    corpus = copy_corpus(tmp_path / "corpus", [AVON])
    (corpus / "cover.txt").write_text(NOTHING_TO_INDEX)
    summary = ingest(settings_factory(corpus))
    assert dict(summary.skipped).get("cover.txt") == "no text to index (no sentences found)"
    assert summary.added == [AVON]


def test_file_edited_to_nothing_to_index_stops_serving_its_old_text(tmp_path, settings_factory):
    corpus = copy_corpus(tmp_path / "corpus", [AVON, BRIEF])
    settings = settings_factory(corpus)
    store = Store(settings)
    ingest(settings, store=store)
    (corpus / AVON).write_text(NOTHING_TO_INDEX)
    ingest(settings, store=store)
    assert not [i for i in store.load_initiatives() if i.doc_id == AVON]


# --- crashes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fail_after, collect_first", [
    (1, False),  # half of the compendium's passages written, nothing published
    (4, True),   # compendium published; the NPCC file's passages written, its initiatives not
], ids=["mid-first-document", "mid-second-document"])
def test_crash_mid_cold_ingest_then_rerun_equals_clean(settings_factory, clean_fake, fail_after, collect_first):
    settings = settings_factory()
    crashing = CrashingStore(settings, fail_after=fail_after)
    with pytest.raises(SimulatedCrash):
        ingest(settings, store=crashing)
    store = Store(settings)
    published = set(store.live_documents())
    assert published == ({COMPENDIUM} if fail_after >= 3 else set())
    assert {i.doc_id for i in store.load_initiatives()} == published
    partial = stale_records(store)
    assert partial, "the crash left records of an unpublished version"
    if collect_first:
        assert store.collect_garbage() == len(partial)
        assert stale_records(store) == []
    summary = ingest(settings, store=store)
    assert summary.documents == 5 and summary.skipped == []
    assert stale_records(store) == []
    assert snapshot(store) == clean_fake[3]


@pytest.mark.parametrize("mode", ["before-publish", "after-publish"])
def test_crash_while_updating_a_document(tmp_path, settings_factory, mode):
    corpus = copy_corpus(tmp_path / "corpus", SMALL_DOCS)
    settings = settings_factory(corpus)
    ingest(settings)
    store = Store(settings)
    old_version = store.live_documents()[NPCC]["version"]
    old = [asdict(i) for i in store.load_initiatives() if i.doc_id == NPCC]
    append(corpus / NPCC, "\n\nA follow-up review in 2025 found the service had helped over 41,000 "
                          "vulnerable people, and 38 police forces now use it.\n")
    new = [asdict(i) for i in build_initiatives(read_document(corpus / NPCC, NPCC))]

    crashing = CrashingStore(settings, fail_after=1 if mode == "before-publish" else None,
                             fail_after_publish=mode == "after-publish")
    with pytest.raises(SimulatedCrash):
        ingest(settings, store=crashing)
    store = Store(settings)
    live_version = store.live_documents()[NPCC]["version"]
    readable = [asdict(i) for i in store.load_initiatives() if i.doc_id == NPCC]
    if mode == "before-publish":  # readers still see the old version, whole
        assert live_version == old_version and readable == old
    else:  # the new version is live and readers see only it, though old records remain
        assert live_version != old_version and readable == new
    leftover = stale_records(store)
    assert leftover
    assert store.collect_garbage() == len(leftover)
    assert stale_records(store) == []

    summary = ingest(settings, store=store)
    assert summary.updated == ([NPCC] if mode == "before-publish" else [])
    clean_settings = settings_factory(corpus, name="clean")
    ingest(clean_settings)
    assert snapshot(store) == snapshot(Store(clean_settings))
    assert [asdict(i) for i in store.load_initiatives() if i.doc_id == NPCC] == new


# --- concurrency ------------------------------------------------------------------------------


class BlockingEmbedder(HashEmbedder):
    """Holds an ingest inside `embed` until released."""

    def __init__(self):
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def embed(self, texts):
        self.entered.set()
        assert self.release.wait(60), "never released"
        return super().embed(texts)


def test_second_concurrent_ingest_is_refused(tmp_path, settings_factory):
    corpus = copy_corpus(tmp_path / "corpus", [AVON])
    settings = settings_factory(corpus)
    blocking = BlockingEmbedder()
    outcome: dict = {}

    def first():
        try:
            outcome["summary"] = ingest(settings, embedder=blocking)
        except Exception as exc:  # reported below
            outcome["error"] = exc

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert blocking.entered.wait(60), "the first ingest never reached embedding"
        with pytest.raises(IngestError, match="another ingest"):
            Ingestor(settings, embedder=HashEmbedder(), store=Untouchable()).run(progress=False)
    finally:
        blocking.release.set()
        thread.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["summary"].added == [AVON]
    again = ingest(settings)  # the lock is free again
    assert again.unchanged == [AVON]


# --- kill -9 ----------------------------------------------------------------------------------


def _start(env: dict, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([str(GPSEARCH), "ingest", "-q"], env=env, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_after(proc: subprocess.Popen, delay: float) -> str:
    try:
        proc.wait(timeout=delay)
        return f"finished before {delay} s"
    except subprocess.TimeoutExpired:
        proc.kill()  # SIGKILL
        proc.wait()
        return f"killed at {delay} s"


_PROBE = """
import json, sys
from index.settings import Settings
from index.store import Store
store = Store(Settings(data_dir=sys.argv[1], corpus_dir=sys.argv[1], chroma_host=""))
live = store.live_documents()
stale = 0
for collection in (store.passages, store.initiatives):
    got = collection.get(include=["metadatas"])
    stale += sum(live.get(m["doc_id"], {}).get("version") != m["version"] for m in got["metadatas"])
print(json.dumps({"live": sorted(live), "stale": stale}))
"""


def _probe(data: Path) -> dict:
    """The store's state, read by a separate process (this one must not cache a client on it)."""
    out = subprocess.run([sys.executable, "-c", _PROBE, str(data)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _refuse_then_kill(proc: subprocess.Popen, settings) -> None:
    """While `proc` holds the ingest lock, a second ingest is refused; then kill -9 it."""
    try:
        with pytest.raises(IngestError, match="another ingest"):
            Ingestor(settings, embedder=HashEmbedder(), store=Untouchable()).run(progress=False)
    finally:
        proc.kill()  # SIGKILL
        proc.wait()


_FREEZE_BEFORE_SECOND_PUBLISH = """
import sys, time
from pathlib import Path
from index.store import Store
marker, published = Path(sys.argv.pop(1)), []
publish = Store.publish
def freezing_publish(self, *args, **kwargs):
    if published:  # the second document's records are written and committed, not published
        marker.write_text("frozen")
        while True:
            time.sleep(60)
    publish(self, *args, **kwargs)
    published.append(True)
Store.publish = freezing_publish
from gpsearch_cli import main
sys.exit(main())
"""


def _start_freezing_before_second_publish(env: dict, cwd: Path, marker: Path) -> subprocess.Popen:
    """An ingest that publishes its first document, writes the second one's records and then
    stops, holding the lock, just before publishing them (so the kill lands at that point on
    any machine, however fast it embeds)."""
    return subprocess.Popen([sys.executable, "-c", _FREEZE_BEFORE_SECOND_PUBLISH, str(marker), "ingest", "-q"],
                            env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_after_next_document_commit(proc: subprocess.Popen, marker: Path, settings,
                                     timeout: float = 900) -> str:
    """Kill -9 once the next document's write transaction is committed: its records exist, its
    version is not published."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if marker.exists():
            _refuse_then_kill(proc, settings)
            return "killed after the next document's first commit"
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    return "finished before the second publish"


def _kill_inside_big_write(proc: subprocess.Popen, chroma: Path, settings, min_journal: int = 32_000,
                           timeout: float = 900) -> str:
    """Kill inside the first substantial write transaction (its rollback journal holds more than
    `min_journal` bytes): deleting garbage or writing records, not opening the store."""
    journal = chroma / "chroma.sqlite3-journal"
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            big = journal.stat().st_size > min_journal
        except OSError:
            big = False
        if big:
            _refuse_then_kill(proc, settings)
            return "killed inside a write transaction"
        time.sleep(0.002)
    proc.kill()
    proc.wait()
    return "finished before a big write was seen"


@pytest.mark.slow
def test_kill_9_at_any_point_then_rerun_equals_clean_ingest(tmp_path, ingested_store):
    corpus = copy_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GPSEARCH_")}
    env.update(GPSEARCH_DATA_DIR=str(data), GPSEARCH_CORPUS_DIR=str(corpus))
    settings = make_settings(data, corpus)

    # imports, store opening, model loading (a fast machine may finish within the later delays,
    # which are taken last so that the kills below still find work to interrupt)
    outcomes = [_kill_after(_start(env, tmp_path), delay) for delay in (0.5, 3)]
    # the first document is published; kill once the next one's first batch is committed
    marker = tmp_path / "frozen"
    frozen = _start_freezing_before_second_publish(env, tmp_path, marker)
    outcomes.append(_kill_after_next_document_commit(frozen, marker, settings))
    assert outcomes[-1].startswith("killed"), outcomes
    state = _probe(data)
    assert state["stale"] > 0, (outcomes, state)  # records of a version nobody published
    # the next run collects that garbage and is killed inside a write transaction
    outcomes.append(_kill_inside_big_write(_start(env, tmp_path), data / "chroma", settings))
    assert outcomes[-1].startswith("killed"), outcomes
    # later points: embedding, writing, publishing
    outcomes += [_kill_after(_start(env, tmp_path), delay) for delay in (8, 16)]

    final = subprocess.run([str(GPSEARCH), "ingest", "-q"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=900)
    assert final.returncode == 0, final.stderr[-3000:]
    assert "documents: 5" in final.stdout, final.stdout
    print("kill -9 outcomes:", outcomes, "state after the commit kill:", state)

    store = Store(settings)
    assert snapshot(store) == snapshot(ingested_store[1]), outcomes
    assert stale_records(store) == []
    # the vector index survived: it answers a query with live records
    probe = np.full(384, 1 / np.sqrt(384), dtype=np.float32)
    hits = store.query_passages(probe, 5)
    assert len(hits) == 5


# --- rebuild (last: it rewrites the shared clean store) ---------------------------------------


def test_rebuild_gives_the_same_ids_and_counts(clean_fake):
    settings, store, _, snap = clean_fake
    generation = store.generation()
    summary = ingest(settings, store=store, rebuild=True)
    assert sorted(summary.added) == ALL_DOCS and summary.unchanged == []
    assert summary.documents == 5 and summary.embedded == summary.passages
    assert snapshot(store) == snap
    assert stale_records(store) == []
    assert store.generation() > generation
