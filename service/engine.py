"""The product's operations in plain Python: search, ask, browse; the API and CLI call these."""

from __future__ import annotations

import difflib
import logging
import os
import re
import time
from functools import lru_cache

from index.embedder import Embedder, VectorSpaceMismatch, embedder_from_settings
from index.gazetteer import find_forces, forces_in_region, region_of, regions, resolve_regions
from index.records import Initiative, Metric, Passage
from index.retrieval import FilterError, Hit, Searcher
from index.settings import Settings
from index.store import Store
from service.conversation import Reading, Shown, place_phrase, read_alone, read_turn

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 1000
MAX_TOP_K = 50
MAX_FILTER_VALUES = 50
MAX_HISTORY_TURNS = 20  # earlier turns a request may send
MAX_TURN_CHARS = 4000  # characters of one earlier turn


class _StaleSnapshot(Exception):
    """The live document text no longer matches the snapshot's records (an ingest just ran)."""


class QueryError(Exception):
    """A request the service cannot answer as asked: an HTTP status, a code and a message a
    person can act on."""

    def __init__(self, status: int, code: str, message: str, details: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details or {}


def _closest(key: str, value: str, valid: list[str]) -> str | None:
    """The valid filter value a person most likely meant: for forces, the force the gazetteer
    reads in it ('Kent Constabulary' is Kent Police), else the nearest spelling."""
    if key == "forces":
        named = [m.name for m in find_forces(value) if m.name in valid]
        if named:
            return named[0]
    close = difflib.get_close_matches(value, valid, 1, 0.6)
    return close[0] if close else None


def metric_json(metric: Metric) -> dict:
    return dict(metric.__dict__)  # a flat dataclass: a shallow copy is its asdict, much cheaper


def passage_json(passage: Passage, score: float | None = None) -> dict:
    out = {"id": passage.id, "doc_id": passage.doc_id, "start": passage.start, "end": passage.end,
           "text": passage.text}
    if score is not None:
        out["score"] = round(score, 6)
    return out


def result_json(hit: Hit) -> dict:
    """An initiative in the contract's result shape."""
    i = hit.initiative
    return {
        "id": i.id, "title": i.title, "forces": i.forces, "organisations": i.organisations,
        "theme": i.theme, "doc_id": i.doc_id, "start": i.start, "end": i.end,
        "score": round(hit.score, 6),
        "passages": [passage_json(p, s) for p, s in hit.passages],
        "metrics": [metric_json(m) for m in hit.metrics],
        "evidence": evidence_json(i),
        "named_in_query": hit.named_force,
        "relevant": hit.relevant,
        "elsewhere": hit.elsewhere,
    }


def evidence_json(initiative: Initiative) -> dict:
    return {"stage": initiative.evidence.stage,
            "basis": dict(initiative.evidence.basis) if initiative.evidence.basis else None}


def named_forces(query: str) -> list[str]:
    """Forces the question names ('what has Lancashire done', 'the Met')."""
    return list(_read_forces(query)[0])


def topic_of(query: str) -> str:
    """The question without the forces it names (and their possessive 's): what it asks about.
    'what has Lancashire done on female recruitment' -> 'what has  done on female recruitment'."""
    return _read_forces(query)[1]


@lru_cache(maxsize=4096)
def _read_forces(query: str) -> tuple[tuple[str, ...], str]:
    """The forces a question names and the question without them, from one gazetteer pass."""
    mentions = find_forces(query)
    out, at = [], 0
    for mention in mentions:
        out.append(query[at:mention.start])
        at = mention.end
        possessive = re.match(r"['’]s\b", query[at:])
        if possessive:
            at += possessive.end()
    out.append(query[at:])
    return tuple(dict.fromkeys(m.name for m in mentions)), "".join(out)


def _named(reading: Reading, text: str) -> list[str]:
    """Forces to rank first: those the question names, unless they already narrow the search
    (a filter) or the question is about initiatives it refers to."""
    return [] if reading.only_forces or reading.initiatives else named_forces(text)


def _region(force: str) -> str:
    """A force's policing region, or '' for a name the gazetteer does not know."""
    try:
        return region_of(force)
    except ValueError:
        return ""


class Engine:
    """Search, answers and browsing over the live store."""

    def __init__(self, settings: Settings, store: Store, embedder: Embedder):
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.searcher = Searcher(store, embedder)
        self._answerer = None

    @classmethod
    def from_settings(cls, settings: Settings, embedder: Embedder | None = None, role: str = "cli",
                      url: str = "") -> Engine:
        embedder = embedder or embedder_from_settings(settings)
        return cls(settings, Store(settings, role=role, url=url), embedder)

    def ingest(self, paths: list[str] | None = None, rebuild: bool = False) -> dict:
        """Ingest through this process's store: the safe way to update an embedded store that a
        running service holds. Paths must lie inside the corpus folder."""
        from pathlib import Path

        from ingest.pipeline import IngestError, Ingestor

        corpus = Path(self.settings.corpus_dir).resolve()
        resolved = [Path(p).resolve() for p in paths or []]
        outside = [str(p) for p in resolved if p != corpus and corpus not in p.parents]
        if outside:
            raise QueryError(422, "path_outside_corpus",
                             f"paths must be inside the corpus folder {corpus}: {', '.join(outside)[:300]}")
        try:
            summary = Ingestor(self.settings, embedder=self.embedder, store=self.store).run(
                resolved or None, rebuild=rebuild, progress=False)
        except IngestError as exc:
            raise QueryError(409, "ingest_refused", str(exc)) from exc
        return {"summary": summary.lines(), "added": summary.added, "updated": summary.updated,
                "removed": summary.removed, "unchanged": summary.unchanged,
                "skipped": [{"doc_id": d, "reason": r} for d, r in summary.skipped]}

    def warm_up(self) -> None:
        """Load the model and the snapshot now rather than on the first request."""
        if self.settings.query_threads > 0:
            import torch

            torch.set_num_threads(self.settings.query_threads)
        self.searcher.embed_query("warm up")
        _ = self.searcher.snapshot

    # --- validation -----------------------------------------------------------------------

    @staticmethod
    def _check_query(query: str, name: str) -> str:
        if isinstance(query, str) and len(query) > MAX_QUERY_CHARS:
            raise QueryError(422, "query_too_long",
                             f"'{name}' has {len(query)} characters; the limit is {MAX_QUERY_CHARS}")
        # control characters out first, so a query of nothing but them counts as empty
        cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", query).strip() if isinstance(query, str) else ""
        if not cleaned:
            raise QueryError(422, "empty_query", f"'{name}' is empty: type what you are looking for")
        return cleaned

    @staticmethod
    def _check_top_k(top_k: int) -> int:
        if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= MAX_TOP_K:
            raise QueryError(422, "bad_top_k", f"'top_k' must be a whole number from 1 to {MAX_TOP_K}")
        return top_k

    @staticmethod
    def _check_history(history: list[dict] | None) -> list[dict]:
        """Earlier turns as [{"role": "user"|"assistant", "content": str}], oldest first."""
        if history is None:
            return []
        if not isinstance(history, list):
            raise QueryError(422, "bad_history", "'history' must be a list of {\"role\", \"content\"} turns")
        if len(history) > MAX_HISTORY_TURNS:
            raise QueryError(422, "history_too_long",
                             f"'history' has {len(history)} turns; send at most the last {MAX_HISTORY_TURNS}")
        for n, turn in enumerate(history):
            if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant") \
                    or not isinstance(turn.get("content"), str):
                raise QueryError(422, "bad_history",
                                 f"'history[{n}]' must be {{\"role\": \"user\" or \"assistant\", \"content\": text}}")
            if len(turn["content"]) > MAX_TURN_CHARS:
                raise QueryError(422, "history_too_long",
                                 f"'history[{n}].content' has {len(turn['content'])} characters; "
                                 f"the limit is {MAX_TURN_CHARS}")
        return [{"role": t["role"], "content": t["content"]} for t in history]

    def read(self, question: str, history: list[dict] | None = None) -> Reading:
        """The question as the conversation frames it (see service/conversation.py)."""
        history = self._check_history(history)
        if not history:
            return read_alone(question)
        return read_turn(question, history, self.shown_in, self.settings)

    def shown_in(self, answer_text: str) -> Shown:
        """The forces and initiatives an answer's text shows, in order: initiative titles found
        line by line, told apart by a force named on the same line when several share a title."""
        by_title = self._titles()
        shown = Shown(forces=list(dict.fromkeys(m.name for m in find_forces(answer_text))))
        seen: set[str] = set()
        for line in answer_text.splitlines():
            lowered = line.lower()
            forces = {m.name for m in find_forces(line)}
            found = sorted((lowered.find(t), t) for t in by_title if len(t) >= 4 and t in lowered)
            for _, title in found:
                candidates = by_title[title]
                chosen = [i for i in candidates if forces & set(i.forces)] or (candidates if len(candidates) == 1 else [])
                for initiative in chosen[:1]:
                    if initiative.id not in seen:
                        seen.add(initiative.id)
                        shown.initiatives.append((initiative.id, initiative.title,
                                                  initiative.forces or initiative.organisations))
        return shown

    def _titles(self) -> dict[str, list[Initiative]]:
        snap = self.searcher.snapshot
        if getattr(self, "_titles_generation", None) != snap.generation:
            titles: dict[str, list[Initiative]] = {}
            for initiative in snap.initiatives.values():
                titles.setdefault(initiative.title.lower(), []).append(initiative)
            self._title_index, self._titles_generation = titles, snap.generation
        return self._title_index

    def _narrowed(self, filters: dict | None, reading: Reading) -> dict:
        """The request's filters with the reading's places, forces and evidence stages added;
        `regions` become `places` (their forces)."""
        filters = dict(filters or {})
        asked = list(filters.pop("regions", None) or [])
        known = regions()
        unknown = [r for r in asked if r not in known and not resolve_regions(r)]
        if unknown:
            raise QueryError(422, "unknown_filter_value",
                             f"unknown regions: {', '.join(repr(u) for u in unknown)}. Valid values are listed "
                             "in 'details.valid' (or GET /forces, each force's region)",
                             {"filter": "regions", "unknown": unknown, "valid": known})
        places: set[str] = set()
        for region in asked + reading.regions:
            places |= set(forces_in_region(region))
        if reading.only_forces and reading.forces:
            places = set(reading.forces)
        if places:
            filters["places"] = sorted(places)
        if reading.evidence:
            filters["evidence"] = sorted(set(filters.get("evidence") or []) | set(reading.evidence))
        return filters

    def _search_hits(self, query: str, top_k: int, filters: dict | None,
                     reading: Reading | None = None) -> tuple[list[Hit], int]:
        filters = filters or {}
        for key in ("forces", "themes", "docs", "regions", "evidence"):
            if len(filters.get(key) or []) > MAX_FILTER_VALUES:
                raise QueryError(422, "too_many_filter_values",
                                 f"'filters.{key}' has more than {MAX_FILTER_VALUES} values")
        reading = reading or read_alone(query)
        narrowed = self._narrowed(filters, reading)
        try:
            if reading.listing:
                return self.searcher.listing(top_k, narrowed, set(reading.shown), reading.evidence_first,
                                             reading.forces if reading.only_forces else [])
            text = reading.query.strip() or query
            hits, total = self.searcher.search(text, top_k + len(reading.shown), narrowed, _named(reading, text),
                                               topic_of(text), reading.evidence_first, reading.initiatives)
            if reading.shown:  # 'what else': what the last answer showed goes last
                hits.sort(key=lambda h: h.initiative.id in set(reading.shown))
            return hits[:top_k], total
        except VectorSpaceMismatch as exc:
            raise QueryError(409, "embedder_mismatch", str(exc)) from exc
        except FilterError as exc:
            guesses = [
                f"'{u}' (did you mean '{close}'?)" if (close := _closest(exc.key, u, exc.valid)) else f"'{u}'"
                for u in exc.unknown
            ]
            raise QueryError(
                422, "unknown_filter_value",
                f"unknown {exc.key}: {', '.join(guesses)}. Valid values are listed in 'details.valid' "
                f"(or GET /{'documents' if exc.key == 'docs' else exc.key})",
                {"filter": exc.key, "unknown": exc.unknown, "valid": exc.valid},
            ) from exc

    # --- operations -----------------------------------------------------------------------

    def search(self, query: str, top_k: int = 10, filters: dict | None = None,
               history: list[dict] | None = None) -> dict:
        started = time.perf_counter()
        query = self._check_query(query, "query")
        reading = self.read(query, history)
        hits, total = self._search_hits(query, self._check_top_k(top_k), filters, reading)
        return {
            "query": query,
            "standalone": reading.standalone,
            "inferred": reading.inferred(),
            "took_ms": round((time.perf_counter() - started) * 1000, 2),
            "total": total,
            "named_forces": named_forces(reading.query or query),
            "elsewhere": any(h.elsewhere for h in hits),
            "results": [result_json(h) for h in hits],
        }

    def ask(self, question: str, top_k: int = 8, filters: dict | None = None,
            history: list[dict] | None = None) -> dict:
        from service.answers import answer

        started = time.perf_counter()
        question = self._check_query(question, "question")
        top_k = self._check_top_k(top_k)
        reading = self.read(question, history)

        def attempt():
            hits, total = self._search_hits(question, top_k, filters, reading)
            return hits, total, self._texts_for([h.initiative for h in hits])

        hits, total, texts = self._consistent(attempt)
        places = reading.forces if reading.only_forces else [
            place_phrase(r) for r in reading.regions + list((filters or {}).get("regions") or [])]
        response = answer(reading.standalone, hits, self.settings, texts.get, self.searcher.rarity,
                          _named(reading, reading.query or question), count=reading.count, places=places,
                          evidence_asked=reading.evidence_first or bool(reading.initiatives))
        response.update({
            "question": question, "standalone": reading.standalone, "inferred": reading.inferred(),
            "total": total, "took_ms": round((time.perf_counter() - started) * 1000, 2),
            "elsewhere": any(h.elsewhere for h in hits),
            "results": [result_json(h) for h in hits],
        })
        return response

    def _initiative(self, initiative_id: str) -> Initiative:
        initiative = self.searcher.snapshot.initiatives.get(initiative_id)
        if initiative is None:
            raise QueryError(404, "not_found",
                             f"no initiative with id '{initiative_id[:80]}'; ids come from /search results")
        return initiative

    def initiative(self, initiative_id: str) -> dict:
        def attempt():
            initiative = self._initiative(initiative_id)
            return initiative, self._texts_for([initiative])[initiative.doc_id]

        initiative, text = self._consistent(attempt)
        document = self.searcher.snapshot.documents.get(initiative.doc_id, {})
        hit = Hit(initiative, 0.0, [(p, 0.0) for p in initiative.passages], initiative.metrics)
        record = result_json(hit)
        record.pop("score")
        record.pop("named_in_query")
        record.pop("relevant")
        record.pop("elsewhere")
        record.update({
            "text": text[initiative.start:initiative.end],
            "document_title": document.get("title", initiative.doc_id),
            "document": {k: document.get(k, "") for k in ("title", "publisher", "date")},
        })
        return record

    def similar(self, initiative_id: str, top_k: int = 10) -> dict:
        self._initiative(initiative_id)
        hits = self.searcher.similar(initiative_id, self._check_top_k(top_k))
        return {"id": initiative_id, "results": [result_json(h) for h in hits]}

    def document_text(self, doc_id: str) -> str | None:
        return self.store.document_text(doc_id)

    def _texts_for(self, initiatives: list[Initiative]) -> dict[str, str]:
        """The live text of each initiative's document (read once per document), checked against
        the snapshot's records: a document re-ingested since the snapshot was taken would pair the
        old offsets with the new text and quote the wrong words."""
        texts: dict[str, str] = {}
        for initiative in initiatives:
            if initiative.doc_id not in texts:
                texts[initiative.doc_id] = self.document_text(initiative.doc_id) or ""
            text = texts[initiative.doc_id]
            if any(text[p.start:p.end] != p.text for p in initiative.passages):
                raise _StaleSnapshot(initiative.doc_id)
        return texts

    def _consistent(self, attempt):
        """attempt(); if it meets a document changed since the snapshot, reload and try once more."""
        try:
            return attempt()
        except _StaleSnapshot:
            self.searcher.expire()
            try:
                return attempt()
            except _StaleSnapshot as exc:
                raise QueryError(503, "index_updating",
                                 f"'{exc}' is being re-indexed right now; try again in a few seconds") from exc

    def facet(self, key: str) -> dict:
        counts = self.searcher.facets()[key]
        items = [{"name": name, "initiatives": n} for name, n in sorted(counts.items())]
        if key == "forces":
            for item in items:
                item["region"] = _region(item["name"])
        return {key: items, "total": len(items)}

    def documents(self) -> dict:
        counts = self.searcher.facets()["docs"]
        docs = self.searcher.snapshot.documents
        items = [
            {"doc_id": doc_id, "title": meta.get("title", doc_id), "publisher": meta.get("publisher", ""),
             "date": meta.get("date", ""), "initiatives": counts.get(doc_id, 0),
             "passages": int(meta.get("passages", 0)), "metrics": int(meta.get("metrics", 0))}
            for doc_id, meta in sorted(docs.items())
        ]
        return {"documents": items, "total": len(items)}

    def browse(self) -> dict:
        """Every initiative, one row each, for tables and CSV export."""
        rows = [
            {"id": i.id, "title": i.title, "forces": i.forces, "organisations": i.organisations,
             "theme": i.theme, "doc_id": i.doc_id, "start": i.start, "end": i.end,
             "metrics": len(i.metrics), "passages": len(i.passages),
             "outcome_metrics": sum(m.role == "outcome" for m in i.metrics),
             "evidence": i.evidence.stage, "regions": sorted({_region(f) for f in i.forces} - {""})}
            for i in sorted(self.searcher.snapshot.initiatives.values(), key=lambda i: (i.doc_id, i.start))
        ]
        return {"initiatives": rows, "total": len(rows)}

    def health(self) -> dict:
        snap = self.searcher.snapshot
        return {"status": "ok", "documents": len(snap.documents), "initiatives": len(snap.initiatives),
                "passages": len(snap.passages), "generation": snap.generation, "worker": os.getpid()}

