"""Documents as the API shows them: what was found in one, and its record with its text."""

from __future__ import annotations

from index.records import Initiative
from ingest.uploads import Change
from service.engine import Engine, QueryError, evidence_json
from service.schemas import source_of


def found(initiative: Initiative) -> dict:
    """An initiative in the short form uploads and document records list."""
    return {"id": initiative.id, "title": initiative.title, "forces": initiative.forces,
            "organisations": initiative.organisations, "theme": initiative.theme,
            "doc_id": initiative.doc_id, "start": initiative.start, "end": initiative.end,
            "metrics": len(initiative.metrics), "evidence": evidence_json(initiative)}


def change_json(change: Change) -> dict:
    return {"doc_id": change.doc_id, "title": change.title, "kind": change.kind, "bytes": change.size,
            "replaced": change.replaced, "initiatives": [found(i) for i in change.initiatives],
            "metrics": sum(len(i.metrics) for i in change.initiatives), "notes": change.notes,
            "seconds": round(change.seconds, 2)}


def document_detail(engine: Engine, doc_id: str, include_text: bool) -> dict:
    """The live document's metadata and initiatives (404 for an unknown id)."""
    meta = engine.store.live_documents().get(doc_id)
    if meta is None:
        raise QueryError(404, "not_found", f"no document '{doc_id[:200]}'; ids are listed by GET /documents")
    engine.searcher.expire()  # a document just changed in another worker must not show stale records
    initiatives = sorted((i for i in engine.searcher.snapshot.initiatives.values() if i.doc_id == doc_id),
                         key=lambda i: i.start)
    return {
        "doc_id": doc_id, "title": meta.get("title", doc_id), "publisher": meta.get("publisher", ""),
        "date": meta.get("date", ""), "source": source_of(doc_id), "sha256": meta.get("sha256", ""),
        "ingested": meta.get("ingested"), "passages": int(meta.get("passages", 0)),
        "metrics": int(meta.get("metrics", 0)), "initiatives": [found(i) for i in initiatives],
        "text": engine.document_text(doc_id) if include_text else None,
    }
