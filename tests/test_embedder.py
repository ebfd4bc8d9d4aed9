"""Embedding backends: the choice and its fallback, the ONNX export cache, ONNX vectors equal to
torch's, and a store refusing queries embedded in another vector space."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from index.embedder import (
    DEFAULT_BACKEND,
    INT8_FILE,
    ONNX_FILE,
    EmbeddingModelError,
    HashEmbedder,
    SentenceEmbedder,
    VectorSpaceMismatch,
    check_vector_space,
    default_model_path,
    embedder_from_settings,
)
from index.store import Store
from ingest.pipeline import Ingestor
from service.app import create_app
from service.engine import Engine, QueryError

from conftest import make_settings

TESTS_DIR = Path(__file__).resolve().parent
AVON = "police-now-avon-and-somerset.txt"


def _questions() -> list[str]:
    lines = (TESTS_DIR / "data" / "dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def _model_copy(folder: Path) -> Path:
    """The bundled model's files linked into `folder` (a model folder we may add files to)."""
    source = default_model_path()
    for path in source.rglob("*"):
        if path.is_file():
            target = folder / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(path)
    return folder


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def exported(onnx_cache: Path) -> SentenceEmbedder:
    """An ONNX embedder whose export was made into a fresh cache by this module."""
    embedder = SentenceEmbedder(cache_dir=onnx_cache, backend="onnx")
    embedder.embed(["warm up"])
    return embedder


@pytest.fixture(scope="module")
def torch_embedder() -> SentenceEmbedder:
    return SentenceEmbedder(backend="torch")


def test_settings_choose_the_backend(tmp_path):
    settings = make_settings(tmp_path / "data").model_copy(update={"embed_backend": "torch"})
    assert embedder_from_settings(settings).backend == "torch"
    settings = settings.model_copy(update={"embed_backend": "onnx", "model_cache_dir": str(tmp_path / "c")})
    embedder = embedder_from_settings(settings)
    assert (embedder.backend, embedder.cache_dir) == ("onnx", tmp_path / "c")
    with pytest.raises(EmbeddingModelError, match="GPSEARCH_EMBED_BACKEND"):
        embedder_from_settings(settings.model_copy(update={"embed_backend": "tensorflow"}))


def test_export_is_made_once_and_reused(exported: SentenceEmbedder, onnx_cache: Path):
    assert exported.backend == "onnx" and exported.exported
    folder, file_name = exported.onnx_files()
    assert folder.parent == onnx_cache and file_name == ONNX_FILE
    made = (folder / ONNX_FILE).stat().st_mtime_ns

    again = SentenceEmbedder(cache_dir=onnx_cache, backend="onnx")
    vectors = again.embed(["stop and search scrutiny panels"])
    assert again.backend == "onnx" and not again.exported
    assert (folder / ONNX_FILE).stat().st_mtime_ns == made
    assert sorted(p.name for p in onnx_cache.iterdir() if p.is_dir()) == [folder.name]
    assert np.allclose(vectors, exported.embed(["stop and search scrutiny panels"]))


def test_a_model_folder_shipping_onnx_is_used_as_is(exported: SentenceEmbedder, tmp_path):
    folder, _ = exported.onnx_files()
    model = _model_copy(tmp_path / "model")
    (model / "onnx").mkdir()
    (model / ONNX_FILE).symlink_to(folder / ONNX_FILE)
    embedder = SentenceEmbedder(model, cache_dir=tmp_path / "cache", backend="onnx")
    assert embedder.onnx_files() == (model, ONNX_FILE)
    embedder.embed(["body-worn video"])
    assert embedder.backend == "onnx" and not (tmp_path / "cache").exists()


def test_onnx_falls_back_to_torch_when_it_cannot_load(tmp_path, caplog, torch_embedder):
    model = _model_copy(tmp_path / "model")
    (model / "onnx").mkdir()
    (model / ONNX_FILE).write_bytes(b"not an onnx graph")
    embedder = SentenceEmbedder(model, cache_dir=tmp_path / "cache", backend="onnx")
    with caplog.at_level(logging.WARNING, logger="index.embedder"):
        vectors = embedder.embed(["hate crime reporting"])
    assert embedder.backend == "torch"
    assert any("onnx embedding backend unavailable" in r.getMessage() and "using torch" in r.getMessage()
               for r in caplog.records)
    assert np.allclose(vectors, torch_embedder.embed(["hate crime reporting"]), atol=1e-5)


def test_int8_falls_back_to_fp32_then_torch_and_says_why(exported: SentenceEmbedder, tmp_path, caplog):
    model = _model_copy(tmp_path / "model")
    (model / "onnx").mkdir()
    (model / INT8_FILE).write_bytes(b"not an onnx graph")
    (model / ONNX_FILE).symlink_to(exported.onnx_files()[0] / ONNX_FILE)
    embedder = SentenceEmbedder(model, backend="onnx-int8", cache_dir=tmp_path / "cache")
    with caplog.at_level(logging.WARNING, logger="index.embedder"):
        vectors = embedder.embed(["hate crime reporting"])
    assert (embedder.requested, embedder.backend) == ("onnx-int8", "onnx")
    assert any("onnx-int8 embedding backend unavailable" in r.getMessage() and "using onnx" in r.getMessage()
               and "gpsearch ingest" in r.getMessage() for r in caplog.records)
    assert np.allclose(vectors, exported.embed(["hate crime reporting"]), atol=1e-6)
    assert embedder.vector_space == embedder.name  # the fp32 space, shared with torch

    (model / ONNX_FILE).unlink()
    (model / ONNX_FILE).write_bytes(b"not an onnx graph either")
    neither = SentenceEmbedder(model, backend="onnx-int8", cache_dir=tmp_path / "cache")
    neither.embed(["x"])
    assert neither.backend == "torch"


def test_a_store_embedded_with_int8_names_the_backend_that_could_not_load(tmp_path):
    int8_space = {"doc.txt": {"embed_backend": "onnx-int8", "embed_model": "all-MiniLM-L6-v2",
                              "vector_space": "all-MiniLM-L6-v2/model_w8b32a4"}}
    fell_back = SentenceEmbedder(backend="onnx-int8")
    fell_back.backend = "torch"  # as _fall_back leaves it
    with pytest.raises(VectorSpaceMismatch) as refused:
        check_vector_space(int8_space, fell_back)
    message = str(refused.value)
    assert "'onnx-int8' was asked for but could not load" in message and "gpsearch ingest" in message
    # the same backend name with other vectors (an earlier int8 export): no advice to switch to it
    old = {"doc.txt": {**int8_space["doc.txt"], "vector_space": "all-MiniLM-L6-v2/int8"}}
    with pytest.raises(VectorSpaceMismatch) as refused:
        check_vector_space(old, SentenceEmbedder(backend="onnx-int8"))
    message = str(refused.value)
    assert "an earlier version of the 'onnx-int8' backend" in message and "GPSEARCH_EMBED_BACKEND" not in message


def test_onnx_vectors_equal_torch_vectors(exported: SentenceEmbedder, torch_embedder, built):
    passages = [p.clean_text for initiatives in built.values() for i in initiatives[:4] for p in i.passages]
    texts = _questions() + passages
    onnx_vectors, torch_vectors = exported.embed(texts), torch_embedder.embed(texts)
    assert onnx_vectors.shape == torch_vectors.shape == (len(texts), 384)
    cosines = (onnx_vectors * torch_vectors).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines.min()
    assert exported.vector_space == torch_embedder.vector_space


def test_int8_is_made_in_the_cache_batch_independent_and_close_to_fp32(exported: SentenceEmbedder, onnx_cache: Path,
                                                                      built):
    int8 = SentenceEmbedder(cache_dir=onnx_cache, backend="onnx-int8")
    passages = [p.clean_text for initiatives in built.values() for i in initiatives[:3] for p in i.passages]
    texts = _questions()[:12] + passages[:20]
    together = int8.embed(texts)
    folder, file_name = int8.onnx_files()
    assert (folder, file_name) == (exported.onnx_files()[0], INT8_FILE) and (folder / INT8_FILE).is_file()
    assert int8.backend == "onnx-int8" and int8.batch_size > 1
    # each text's vector depends on that text only: alone, or in a batch padded to a long passage
    alone = np.stack([int8.embed([text])[0] for text in texts])
    assert np.abs(together - alone).max() < 1e-6
    cosines = (together * exported.embed(texts)).sum(axis=1)
    assert cosines.min() >= 0.998, cosines.min()
    assert int8.vector_space != exported.vector_space  # close is not equal: a store is re-embedded


def _one_document_store(tmp_path, embedder) -> tuple:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(TESTS_DIR.parent / "corpus" / AVON, corpus / AVON)
    settings = make_settings(tmp_path / "data", corpus)
    store = Store(settings)
    Ingestor(settings, embedder=embedder, store=store).run(progress=False)
    return settings, store


class ReweightedHashEmbedder(HashEmbedder):
    """Same dimension, other vectors: what the int8 export is to the fp32 one."""

    name = "reweighted-hash"

    def embed(self, texts):
        return np.ascontiguousarray(super().embed(texts)[:, ::-1])


def test_a_store_from_another_vector_space_is_refused_then_reembedded(tmp_path):
    settings, store = _one_document_store(tmp_path, HashEmbedder(64))
    assert store.live_documents()[AVON]["vector_space"] == "hash-test-embedder/64"
    other = ReweightedHashEmbedder(64)
    engine = Engine(settings, store, other)
    with pytest.raises(QueryError) as refused:
        engine.search("neighbourhood policing")
    assert refused.value.status == 409 and refused.value.code == "embedder_mismatch"
    assert "gpsearch ingest" in refused.value.message and "hash-test-embedder" in refused.value.message
    with TestClient(create_app(settings, engine=engine)) as client:
        response = client.post("/search", json={"query": "neighbourhood policing"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "embedder_mismatch"
    assert engine.browse().total > 0  # what needs no query vector still works

    summary = Ingestor(settings, embedder=other, store=store).run(progress=False)
    assert summary.updated == [AVON]
    assert store.live_documents()[AVON]["vector_space"] == "reweighted-hash/64"
    engine.searcher.expire()
    assert engine.search("neighbourhood policing").results


def test_torch_and_onnx_stores_are_interchangeable(tmp_path, exported, torch_embedder):
    settings, store = _one_document_store(tmp_path, torch_embedder)
    entry = store.live_documents()[AVON]
    assert (entry["embed_backend"], entry["embed_model"]) == ("torch", "all-MiniLM-L6-v2")
    with_onnx = Engine(settings, store, exported).search("neighbourhood policing")
    with_torch = Engine(settings, store, torch_embedder).search("neighbourhood policing")
    assert [r.id for r in with_onnx.results] == [r.id for r in with_torch.results]
    assert Ingestor(settings, embedder=exported, store=store).run(progress=False).unchanged == [AVON]


# --- the ONNX export run without sentence-transformers ----------------------------------------

def test_the_export_runs_without_importing_sentence_transformers_or_torch(tmp_path):
    """A cold process loads the ONNX model and embeds without sentence-transformers, torch or
    scikit-learn: the 3.9 s of imports a cold ingest no longer pays."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from index.embedder import SentenceEmbedder\n"
        "embedder = SentenceEmbedder()\n"
        "vectors = embedder.embed(['stop and search scrutiny'])\n"
        "print(type(embedder.model).__name__, vectors.shape, embedder.backend,\n"
        "      sorted(m for m in ('sentence_transformers', 'torch', 'transformers', 'sklearn') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                         cwd=TESTS_DIR.parent)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == f"OnnxEncoder (1, 384) {DEFAULT_BACKEND} []"


def test_onnx_encoder_gives_sentence_transformers_vectors(exported: SentenceEmbedder, built):
    """The same tokens and, to float rounding, the same vectors as sentence-transformers' own ONNX
    backend on the same export — texts of every length, with the padding batching brings."""
    from sentence_transformers import SentenceTransformer

    from index.onnx_encoder import OnnxEncoder

    folder, file_name = exported.onnx_files()
    ours = exported.model
    assert isinstance(ours, OnnxEncoder)
    reference = SentenceTransformer(str(folder), device="cpu", backend="onnx", local_files_only=True,
                                    model_kwargs={"file_name": file_name})
    passages = [p.clean_text for initiatives in built.values() for i in initiatives[:6] for p in i.passages]
    texts = _questions() + passages + ["  padded with spaces  ", "x", "word " * 400]  # the last is truncated
    assert ours.max_seq_length == reference.max_seq_length
    assert ours.get_sentence_embedding_dimension() == reference.get_sentence_embedding_dimension()
    for text in texts[:50] + texts[-3:]:
        assert ours.tokenizer(text)["input_ids"] == reference.tokenizer(text, add_special_tokens=True)["input_ids"]
    for batch_size in (16, 5):
        got = ours.encode(texts, batch_size=batch_size, normalize_embeddings=True)
        want = reference.encode(texts, batch_size=batch_size, normalize_embeddings=True)
        assert got.shape == want.shape and got.dtype == np.float32
        assert float((got * want).sum(axis=1).min()) >= 0.99999
        assert float(np.abs(got - want).max()) < 1e-4


def test_onnx_encoder_leaves_other_pipelines_to_sentence_transformers(exported: SentenceEmbedder, tmp_path):
    from index.onnx_encoder import OnnxEncoder

    folder, _ = exported.onnx_files()
    assert OnnxEncoder.supports(folder)
    other = tmp_path / "other"
    shutil.copytree(folder, other, symlinks=True)
    modules = json.loads((other / "modules.json").read_text())
    pooling = other / modules[1]["path"] / "config.json"
    config = json.loads(pooling.read_text())
    pooling.write_text(json.dumps({**config, "pooling_mode": "max"}))
    assert not OnnxEncoder.supports(other)  # max pooling: not ours to run
    pooling.write_text(json.dumps(config))
    (other / "modules.json").write_text(json.dumps(modules + [
        {"idx": 3, "name": "3", "path": "3_Dense", "type": "sentence_transformers.models.Dense"}]))
    assert not OnnxEncoder.supports(other)  # a Dense layer after pooling
    (other / "modules.json").write_text(json.dumps(modules))
    assert OnnxEncoder.supports(other)
    (other / "modules.json").write_text(json.dumps(modules[:2] + [
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        {"idx": 3, "name": "3", "path": "", "type": "sentence_transformers.models.SomethingNew"}]))
    assert not OnnxEncoder.supports(other)  # a module it does not know


def test_a_pipeline_it_does_not_run_loads_through_sentence_transformers(exported: SentenceEmbedder, tmp_path):
    from sentence_transformers import SentenceTransformer

    folder, _ = exported.onnx_files()
    model = tmp_path / "max-pooled"
    shutil.copytree(folder, model, symlinks=True)
    pooling = model / "1_Pooling" / "config.json"
    pooling.write_text(json.dumps({**json.loads(pooling.read_text()), "pooling_mode": "max"}))
    embedder = SentenceEmbedder(model, cache_dir=tmp_path / "cache", backend="onnx")
    assert embedder.embed(["neighbourhood policing"]).shape == (1, 384)
    assert isinstance(embedder.model, SentenceTransformer) and embedder.backend == "onnx"


def test_onnx_threads_spin_only_while_a_run_is_under_way(exported: SentenceEmbedder):
    """Spinning while a Run works makes a one-query encode ~30% faster here; stopping it when the
    Run returns keeps an idle service off the other core (docs/benchmarks.md note 12)."""
    options = exported.model.session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "1"
    assert options.get_session_config_entry("session.force_spinning_stop") == "1"
