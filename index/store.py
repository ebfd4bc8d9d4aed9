"""The Chroma store: documents, initiatives and passages, written by version so readers never
see a half-replaced document."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from index import lock
from index.records import Document, Evidence, Initiative, Metric, Passage
from index.settings import Settings

log = logging.getLogger(__name__)

DOCUMENTS = "gpsearch-documents"
INITIATIVES = "gpsearch-initiatives"
PASSAGES = "gpsearch-passages"
STATE_ID = "__state__"
_BATCH = 500


class StoreUnavailable(RuntimeError):
    """The Chroma store cannot be reached or opened; the message says what to check."""


def open_client(settings: Settings):
    """Embedded PersistentClient under the data dir, or HttpClient when a host is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        path = Path(settings.data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # connection refused, bad folder, incompatible files...
        where = (
            f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else f"the embedded store in {Path(settings.data_dir) / 'chroma'}"
        )
        raise StoreUnavailable(f"cannot open {where}: {exc}") from exc


def _chroma_id(record_id: str, version: str) -> str:
    return f"{record_id}@{version}"


def _record_metadata(doc_id: str, version: str, initiative: Initiative) -> dict:
    metadata: dict = {"doc_id": doc_id, "version": version, "theme": initiative.theme,
                      "has_metrics": any(m.role == "outcome" for m in initiative.metrics),
                      "evidence": initiative.evidence.stage}
    forces = initiative.forces
    if forces:
        metadata["forces"] = forces
    return metadata


def initiative_from_json(payload: str) -> Initiative:
    data = json.loads(payload)
    data["passages"] = [Passage(**p) for p in data["passages"]]
    data["metrics"] = [Metric(**m) for m in data["metrics"]]
    data["evidence"] = Evidence(**data.get("evidence") or {})
    return Initiative(**data)


class Store:
    """Read and write gpsearch records in Chroma; every record carries its document's version
    and only the version named in the document's entry is live."""

    def __init__(self, settings: Settings, client=None, role: str = "cli", url: str = ""):
        self.settings = settings
        self._locked = not settings.chroma_host and client is None
        if self._locked:
            lock.acquire(Path(settings.data_dir), role, url)
        try:
            self.client = client or open_client(settings)
        except StoreUnavailable:
            self.close()
            raise
        try:
            self.documents = self.client.get_or_create_collection(DOCUMENTS, embedding_function=None)
            space = {"hnsw:space": "cosine"}
            self.initiatives = self.client.get_or_create_collection(
                INITIATIVES, embedding_function=None, metadata=space
            )
            self.passages = self.client.get_or_create_collection(
                PASSAGES, embedding_function=None, metadata=space
            )
        except Exception as exc:
            raise StoreUnavailable(f"cannot open the gpsearch collections: {exc}") from exc

    def close(self) -> None:
        """Let another process open the embedded store."""
        if self._locked:
            lock.release(Path(self.settings.data_dir))
            self._locked = False

    # --- state ----------------------------------------------------------------------------

    def live_documents(self) -> dict[str, dict]:
        """doc_id -> its entry (version, sha256, title, publisher, date, counts)."""
        got = self.documents.get(include=["metadatas"])
        return {i: m for i, m in zip(got["ids"], got["metadatas"]) if i != STATE_ID}

    def generation(self) -> int:
        """A number that changes whenever live content changes: cheap to poll."""
        got = self.documents.get(ids=[STATE_ID], include=["metadatas"])
        return int(got["metadatas"][0]["generation"]) if got["ids"] else 0

    def _bump_generation(self) -> None:
        self.documents.upsert(
            ids=[STATE_ID], embeddings=[[1.0]], documents=[""],
            metadatas=[{"generation": self.generation() + 1, "updated": time.time()}],
        )

    # --- writing --------------------------------------------------------------------------

    def write_version(
        self,
        document: Document,
        version: str,
        initiatives: list[Initiative],
        passage_vectors: np.ndarray,
        initiative_vectors: np.ndarray,
    ) -> None:
        """Add a document version's records; invisible until `publish` names the version."""
        passages = [p for i in initiatives for p in i.passages]
        by_initiative = {i.id: i for i in initiatives}
        self._add(
            self.passages,
            ids=[_chroma_id(p.id, version) for p in passages],
            embeddings=passage_vectors,
            documents=[p.clean_text for p in passages],
            metadatas=[
                {
                    **_record_metadata(document.doc_id, version, by_initiative[p.initiative_id]),
                    "initiative_id": p.initiative_id, "passage_id": p.id, "start": p.start, "end": p.end,
                }
                for p in passages
            ],
        )
        self._add(
            self.initiatives,
            ids=[_chroma_id(i.id, version) for i in initiatives],
            embeddings=initiative_vectors,
            documents=[i.title for i in initiatives],
            metadatas=[
                {
                    **_record_metadata(document.doc_id, version, i),
                    "initiative_id": i.id, "record": json.dumps(asdict(i)),
                }
                for i in initiatives
            ],
        )

    @staticmethod
    def _add(collection, ids, embeddings, documents, metadatas) -> None:
        for at in range(0, len(ids), _BATCH):
            collection.upsert(
                ids=ids[at:at + _BATCH],
                embeddings=np.asarray(embeddings[at:at + _BATCH], dtype=np.float32),
                documents=documents[at:at + _BATCH],
                metadatas=metadatas[at:at + _BATCH],
            )

    def publish(self, document: Document, version: str, counts: dict[str, int],
                vectors: dict[str, str] | None = None) -> None:
        """Make `version` the live one for its document (one write), then drop other versions.
        `vectors` (index.embedder.vector_identity) records which model and backend embedded it."""
        self.documents.upsert(
            ids=[document.doc_id], embeddings=[[1.0]], documents=[document.text],
            metadatas=[{
                "version": version, "sha256": document.sha256, "title": document.title,
                "publisher": document.publisher, "date": document.date,
                "ingested": time.time(), **counts, **(vectors or {}),
            }],
        )
        self._bump_generation()
        self.drop_stale(document.doc_id, keep=version)

    def remove(self, doc_id: str) -> None:
        """Forget a document: its entry first (it disappears at once), then its records."""
        self.documents.delete(ids=[doc_id])
        self._bump_generation()
        self.drop_stale(doc_id, keep=None)

    def drop_stale(self, doc_id: str, keep: str | None) -> int:
        """Delete a document's records of every version but `keep`; returns how many."""
        where: dict = {"doc_id": doc_id}
        if keep is not None:
            where = {"$and": [{"doc_id": doc_id}, {"version": {"$ne": keep}}]}
        removed = 0
        for collection in (self.passages, self.initiatives):
            ids = collection.get(where=where, include=[])["ids"]
            for at in range(0, len(ids), _BATCH):
                collection.delete(ids=ids[at:at + _BATCH])
            removed += len(ids)
        return removed

    def collect_garbage(self) -> int:
        """Delete records left by an interrupted run: versions no document entry names."""
        live = self.live_documents()
        removed = 0
        for collection in (self.passages, self.initiatives):
            got = collection.get(include=["metadatas"])
            stale = [
                i for i, m in zip(got["ids"], got["metadatas"])
                if live.get(m["doc_id"], {}).get("version") != m["version"]
            ]
            for at in range(0, len(stale), _BATCH):
                collection.delete(ids=stale[at:at + _BATCH])
            removed += len(stale)
        return removed

    # --- reading --------------------------------------------------------------------------

    def document_text(self, doc_id: str) -> str | None:
        got = self.documents.get(ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def load_initiatives(self) -> list[Initiative]:
        """Every live initiative with its passages and metrics, in document order."""
        live = self.live_documents()
        got = self.initiatives.get(include=["metadatas"])
        records = [
            initiative_from_json(m["record"]) for m in got["metadatas"]
            if live.get(m["doc_id"], {}).get("version") == m["version"]
        ]
        return sorted(records, key=lambda i: (i.doc_id, i.start))

    def document_initiatives(self, doc_id: str) -> list[Initiative]:
        """The live initiatives of one document, in document order."""
        version = self.live_documents().get(doc_id, {}).get("version")
        if version is None:
            return []
        got = self.initiatives.get(where={"$and": [{"doc_id": doc_id}, {"version": version}]}, include=["metadatas"])
        return sorted((initiative_from_json(m["record"]) for m in got["metadatas"]), key=lambda i: i.start)

    def initiative_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        live = self.live_documents()
        got = self.initiatives.get(
            where={"initiative_id": {"$in": ids}} if ids else None, include=["metadatas", "embeddings"]
        )
        return {
            m["initiative_id"]: np.asarray(e, dtype=np.float32)
            for m, e in zip(got["metadatas"], got["embeddings"])
            if live.get(m["doc_id"], {}).get("version") == m["version"]
        }

    def passage_vectors(self, passages: list[tuple[str, str]]) -> dict[str, np.ndarray]:
        """The stored vectors of live passages, given as (passage id, its document's live version)."""
        out: dict[str, np.ndarray] = {}
        for at in range(0, len(passages), _BATCH):
            chunk = passages[at:at + _BATCH]
            got = self.passages.get(ids=[_chroma_id(p, v) for p, v in chunk], include=["embeddings"])
            for chroma_id, vector in zip(got["ids"], got["embeddings"]):
                out[chroma_id.rsplit("@", 1)[0]] = np.asarray(vector, dtype=np.float32)
        return out

    def query_passages(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) of the nearest passages; all versions, caller filters."""
        return self._query(self.passages, vector, n, where)

    def query_initiatives(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        return self._query(self.initiatives, vector, n, where)

    @staticmethod
    def _query(collection, vector: np.ndarray, n: int, where: dict | None) -> list[tuple[str, float]]:
        # No count() first: it slows as the collection grows (12 ms at 76k passages), and Chroma
        # returns at most n_results hits, none for an empty collection. The ids carry the record
        # id ('<id>@<version>'), so no metadata needs fetching.
        got = collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)], n_results=n,
            where=where, include=["distances"],
        )
        return [(i.rsplit("@", 1)[0], 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0])]
