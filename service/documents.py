"""A document as the API shows it: its record, its initiatives and, when asked, its text."""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.explain import explain
from ingest.readers import UnreadableFile
from service.engine import Engine, QueryError
from service.schemas import DocumentDetail, Explanation, FoundInitiative, source_of

log = logging.getLogger(__name__)


def explanation(engine: Engine, doc_id: str) -> Explanation | None:
    """How the document's file is read and segmented now (None when it cannot be read)."""
    corpus = Path(engine.settings.corpus_dir)
    try:
        return Explanation.model_validate(explain(corpus / doc_id, corpus, engine.embedder))
    except (UnreadableFile, OSError) as exc:
        log.warning("cannot explain %s: %s", doc_id, exc)
        return None


def document_detail(engine: Engine, doc_id: str, include_text: bool, include_outline: bool = False) -> DocumentDetail:
    """The live document's metadata and initiatives (404 for an unknown id)."""
    meta = engine.store.live_documents().get(doc_id)
    if meta is None:
        raise QueryError(404, "not_found", f"no document '{doc_id[:200]}'; ids are listed by GET /documents")
    engine.searcher.expire()  # a document just changed in another worker must not show stale records
    initiatives = sorted((i for i in engine.searcher.snapshot.initiatives.values() if i.doc_id == doc_id),
                         key=lambda i: i.start)
    return DocumentDetail(
        doc_id=doc_id, title=meta.get("title", doc_id), publisher=meta.get("publisher", ""),
        date=meta.get("date", ""), source=source_of(doc_id), sha256=meta.get("sha256", ""),
        ingested=meta.get("ingested"), passages=int(meta.get("passages", 0)),
        metrics=int(meta.get("metrics", 0)), initiatives=[FoundInitiative.of(i) for i in initiatives],
        text=engine.document_text(doc_id) if include_text else None,
        explanation=explanation(engine, doc_id) if include_outline else None)
