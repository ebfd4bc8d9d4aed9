"""Shared fixtures: the default corpus as read and segmented, settings in tmp dirs, embedders,
and one real Chroma store holding the whole corpus embedded with the real model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.embedder import HashEmbedder, SentenceEmbedder
from index.records import Document, Initiative
from index.settings import Settings
from ingest.pipeline import build_initiatives, load_catalog
from ingest.readers import read_document

TESTS_DIR = Path(__file__).resolve().parent
CORPUS_DIR = TESTS_DIR.parent / "corpus"


def make_settings(data_dir: Path, corpus_dir: Path | None = None) -> Settings:
    """Settings for an embedded store under `data_dir`, whatever GPSEARCH_* says."""
    return Settings(
        data_dir=Path(data_dir), corpus_dir=Path(corpus_dir or CORPUS_DIR), chroma_host="", model_path=""
    )


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The project's default corpus folder (read-only: never write into it)."""
    assert CORPUS_DIR.is_dir(), f"no corpus folder at {CORPUS_DIR}"
    return CORPUS_DIR


@pytest.fixture(scope="session")
def corpus_documents(corpus_dir: Path) -> list[Document]:
    """Every corpus file read as the pipeline reads it, with the catalog's title/publisher/date."""
    catalog = load_catalog(corpus_dir)
    documents = []
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path, path.name)
        entry = catalog.get(path.name, {})
        documents.append(replace(
            document,
            title=entry.get("title") or document.title,
            publisher=entry.get("publisher", document.publisher),
            date=entry.get("date", document.date),
        ))
    assert len(documents) == 5
    return documents


@pytest.fixture(scope="session")
def documents_by_id(corpus_documents: list[Document]) -> dict[str, Document]:
    return {d.doc_id: d for d in corpus_documents}


@pytest.fixture(scope="session")
def built(corpus_documents: list[Document]) -> dict[str, list[Initiative]]:
    """doc_id -> the document's initiatives (with passages and metrics), as ingest builds them."""
    return {d.doc_id: build_initiatives(d) for d in corpus_documents}


@pytest.fixture
def settings_factory(tmp_path: Path):
    """settings_factory(corpus_dir=None, name="data") -> Settings with data_dir=tmp_path/name."""

    def make(corpus_dir: Path | None = None, name: str = "data") -> Settings:
        return make_settings(tmp_path / name, corpus_dir)

    return make


@pytest.fixture
def fake_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def real_embedder() -> SentenceEmbedder:
    """The real all-MiniLM-L6-v2 (lazy: the model loads on first use, once per session)."""
    return SentenceEmbedder()


@pytest.fixture(scope="session")
def ingested_store(tmp_path_factory, real_embedder: SentenceEmbedder, corpus_dir: Path):
    """(settings, store): a real embedded Chroma store with the whole default corpus ingested
    with the real embedder. Shared by many tests: treat it as read-only."""
    from index.store import Store
    from ingest.pipeline import Ingestor

    settings = make_settings(tmp_path_factory.mktemp("ingested") / "data", corpus_dir)
    store = Store(settings)
    summary = Ingestor(settings, embedder=real_embedder, store=store).run(progress=False)
    assert summary.documents == 5 and not summary.skipped, summary.lines()
    return settings, store
