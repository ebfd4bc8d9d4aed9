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
from index.records import Initiative
from index.retrieval import FilterError, Hit, Searcher
from index.settings import Settings
from index.store import Store
from service.conversation import Reading, Shown, place_phrase, read_alone, read_turn
from service.schemas import (
    AskResponse, BrowseResponse, BrowseRow, DocumentsResponse, DocumentSummary, FacetItem, ForceItem,
    ForcesResponse, Health, IngestResponse, InitiativeRecord, SearchResponse, SearchResult, SimilarResponse,
    SkippedFile, ThemesResponse,
)
from service.limits import MAX_FILTER_VALUES, MAX_HISTORY_TURNS, MAX_QUERY_CHARS, MAX_TOP_K, MAX_TURN_CHARS

log = logging.getLogger(__name__)



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

    def ingest(self, paths: list[str] | None = None, rebuild: bool = False) -> IngestResponse:
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
        return IngestResponse(summary=summary.lines(), added=summary.added, updated=summary.updated,
                              removed=summary.removed, unchanged=summary.unchanged,
                              skipped=[SkippedFile(doc_id=d, reason=r) for d, r in summary.skipped])

    def warm_up(self) -> None:
        """Load the model and the snapshot now rather than on the first request."""
        getattr(self.embedder, "model", None)  # loaded first: which backend loaded decides the threads
        if self.settings.query_threads > 0 and getattr(self.embedder, "backend", "") == "torch":
            import torch  # ONNX Runtime's threads are set by its session; torch is not even imported then

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
               history: list[dict] | None = None) -> SearchResponse:
        started = time.perf_counter()
        query = self._check_query(query, "query")
        reading = self.read(query, history)
        hits, total = self._search_hits(query, self._check_top_k(top_k), filters, reading)
        results = [SearchResult.of(h) for h in hits]
        return SearchResponse(
            query=query, standalone=reading.standalone, inferred=reading.inferred(),
            took_ms=round((time.perf_counter() - started) * 1000, 2), total=total,
            named_forces=named_forces(reading.query or query), elsewhere=any(h.elsewhere for h in hits),
            results=results)

    def ask(self, question: str, top_k: int = 8, filters: dict | None = None,
            history: list[dict] | None = None) -> AskResponse:
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
        answered = answer(reading.standalone, hits, self.settings, texts.get, self.searcher.rarity,
                          _named(reading, reading.query or question), count=reading.count, places=places,
                          evidence_asked=reading.evidence_first or bool(reading.initiatives))
        return AskResponse(
            answer=answered.answer, citations=answered.citations, mode=answered.mode,
            fallback_reason=answered.fallback_reason, question=question, standalone=reading.standalone,
            inferred=reading.inferred(), total=total, took_ms=round((time.perf_counter() - started) * 1000, 2),
            elsewhere=any(h.elsewhere for h in hits), results=[SearchResult.of(h) for h in hits])

    def _initiative(self, initiative_id: str) -> Initiative:
        initiative = self.searcher.snapshot.initiatives.get(initiative_id)
        if initiative is None:
            raise QueryError(404, "not_found",
                             f"no initiative with id '{initiative_id[:80]}'; ids come from /search results")
        return initiative

    def initiative(self, initiative_id: str) -> InitiativeRecord:
        def attempt():
            initiative = self._initiative(initiative_id)
            return initiative, self._texts_for([initiative])[initiative.doc_id]

        initiative, text = self._consistent(attempt)
        return InitiativeRecord.of(initiative, text, self.searcher.snapshot.documents.get(initiative.doc_id, {}))

    def similar(self, initiative_id: str, top_k: int = 10) -> SimilarResponse:
        self._initiative(initiative_id)
        hits = self.searcher.similar(initiative_id, self._check_top_k(top_k))
        return SimilarResponse(id=initiative_id, results=[SearchResult.of(h) for h in hits])

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

    def forces(self) -> ForcesResponse:
        """The forces with initiatives, each with its region (None for a name the gazetteer does
        not know: an index built with an older gazetteer)."""
        items = [ForceItem(name=name, initiatives=n, region=_region(name) or None)
                 for name, n in sorted(self.searcher.facets()["forces"].items())]
        return ForcesResponse(forces=items, total=len(items))

    def themes(self) -> ThemesResponse:
        items = [FacetItem(name=name, initiatives=n) for name, n in sorted(self.searcher.facets()["themes"].items())]
        return ThemesResponse(themes=items, total=len(items))

    def documents(self) -> DocumentsResponse:
        counts = self.searcher.facets()["docs"]
        items = [
            DocumentSummary(doc_id=doc_id, title=meta.get("title", doc_id), publisher=meta.get("publisher", ""),
                            date=meta.get("date", ""), initiatives=counts.get(doc_id, 0),
                            passages=int(meta.get("passages", 0)), metrics=int(meta.get("metrics", 0)))
            for doc_id, meta in sorted(self.searcher.snapshot.documents.items())
        ]
        return DocumentsResponse(documents=items, total=len(items), upload_max_bytes=self.settings.upload_max_bytes)

    def browse(self) -> BrowseResponse:
        """Every initiative, one row each, for tables and CSV export."""
        rows = [BrowseRow.of(i, sorted({_region(f) for f in i.forces} - {""}))
                for i in sorted(self.searcher.snapshot.initiatives.values(), key=lambda i: (i.doc_id, i.start))]
        return BrowseResponse(initiatives=rows, total=len(rows))

    def health(self) -> Health:
        snap = self.searcher.snapshot
        return Health(status="ok", documents=len(snap.documents), initiatives=len(snap.initiatives),
                      passages=len(snap.passages), generation=snap.generation, worker=os.getpid())

