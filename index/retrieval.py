"""Hybrid retrieval: BM25 and dense passage search fused by reciprocal rank, grouped into
initiatives, with force-aware ranking, filters and comparable initiatives."""

from __future__ import annotations

import logging
import re
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, wraps

import bm25s
import numpy as np

from index.batching import QueryBatcher
from index.embedder import Embedder, check_vector_space
from index.gazetteer import ALL_FORCES, FORCE_AREAS
from index.records import Initiative, Metric, Passage
from index.store import Store
from index.terms import expand, query_terms, tokens

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG

RRF_K = 60  # reciprocal rank fusion: score = sum over lists of 1 / (RRF_K + rank), rank from 1
CANDIDATES = 100  # passages taken from each retriever before fusion
# An initiative found only by meaning must be at least this close (cosine) to count: below it,
# MiniLM similarities are noise ("zzqx blorf" reaches 0.26, real matches 0.4 and up).
DENSE_FLOOR = 0.3
# A force named in a question that also asks about something ranks first those of its
# initiatives that are relevant to the topic: within the NAMED_DEPTH best, with at least
# NAMED_MIN_SHARE of the best score (in practice: found by two of the three lists, not one).
# Its other initiatives keep their own rank.
NAMED_DEPTH = 20
NAMED_MIN_SHARE = 0.5
# A place's initiative is relevant to a question when it would rank within PLACE_DEPTH of all
# initiatives with NAMED_MIN_SHARE of the best score (deeper than NAMED_DEPTH: a region holds
# only a few forces' work, which may rank below other regions' on a broad topic).
PLACE_DEPTH = 40
TELLING_PREFIX = 5
# A corpus with at most 1 / DENSE_BY_TEXT as many different texts as passages (mostly copies: the
# 100x scale corpus has 931 texts in 57,730 passages, the default corpus 735 in 737) takes its
# dense candidates by text, from one vector per text held in memory; any other corpus, from the
# store (Chroma's HNSW index), whose nearest CANDIDATES passages would be copies of a few texts.
DENSE_BY_TEXT = 2
# Up to this many texts the unfiltered dense candidates are always taken in memory: an exact
# product over a few thousand vectors takes a fraction of a millisecond where a Chroma query
# costs ~2 ms of call overhead, and is exact (about 15 MB of vectors at the limit).
IN_MEMORY_TEXTS = 10_000
FILTER_KEYS = ("forces", "themes", "docs", "has_metrics", "evidence", "places")
# Stages of evidence, strongest first (the values of `filters.evidence`).
EVIDENCE_STAGES = ("independently evaluated", "evaluated locally", "untested")


def rrf(rankings: list[list[str]], k: int = RRF_K, weights: list[float] | None = None) -> dict[str, float]:
    """Reciprocal rank fusion of ranked id lists: score = sum of weight / (k + rank), where the
    first item of a list has rank 1 and every list weighs 1 unless `weights` says otherwise."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


class FilterError(ValueError):
    """A filter names a value that does not exist; `valid` lists those that do."""

    def __init__(self, key: str, unknown: list[str], valid: list[str]):
        self.key, self.unknown, self.valid = key, unknown, valid
        super().__init__(f"unknown {key}: {', '.join(unknown)}")


@dataclass
class Hit:
    """One initiative found for a query, with its evidence."""

    initiative: Initiative
    score: float
    passages: list[tuple[Passage, float]]
    metrics: list[Metric]
    named_force: bool = False
    relevant: bool = True  # clears the relevance floor (counted in 'how many forces' answers)
    elsewhere: bool = False  # outside the place asked: the place had nothing relevant


@dataclass
class Snapshot:
    """Everything live in the store at one generation, indexed for search."""

    generation: int
    initiatives: dict[str, Initiative]
    passages: dict[str, Passage]
    passage_ids: list[str]
    bm25_passages: bm25s.BM25 | None
    initiative_ids: list[str]
    bm25_initiatives: bm25s.BM25 | None
    documents: dict[str, dict] = field(default_factory=dict)
    document_frequency: dict[str, int] = field(default_factory=dict)  # initiatives using each term
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # initiatives per force/theme/doc
    # Near-duplicate passages (duplicate_classes): each passage's class, and the passages (rows of
    # passage_ids) of every class with more than one member; a passage in no class is unique.
    passage_row: dict[str, int] = field(default_factory=dict)
    passage_class: np.ndarray | None = None
    class_rows: dict[int, np.ndarray] = field(default_factory=dict)
    # The different texts (classes, unique passages included): each passage's text, each text's
    # class, and - when most passages are copies - one unit vector per text (_dense_candidates).
    text_of_row: np.ndarray | None = None
    text_class: np.ndarray | None = None
    text_vectors: np.ndarray | None = None
    row_tiebreak: np.ndarray | None = None  # a hash of each passage id: ties favour no document
    text_order: np.ndarray | None = None  # rows by text, least row_tiebreak first within a text
    text_starts: np.ndarray | None = None  # where each text's rows start in text_order
    text_default: np.ndarray | None = None  # each text's passage of least row_tiebreak
    initiative_classes: dict[str, frozenset[int]] = field(default_factory=dict)  # texts it holds
    near_duplicates: dict[str, tuple] = field(default_factory=dict)  # Searcher._near_duplicates


def _bm25(corpus: list[list[str]]) -> bm25s.BM25 | None:
    if not corpus:
        return None
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in doc] or [vocab.setdefault("", len(vocab))] for doc in corpus]
    model = bm25s.BM25()
    model.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
    model.vocab_dict = vocab
    return model


def _bm25_scores(model: bm25s.BM25 | None, query: dict[str, float] | list[str]) -> np.ndarray | None:
    """Every document's score for weighted query terms (a plain list weighs every term 1); None
    when no query term is indexed."""
    if model is None:
        return None
    weights = query if isinstance(query, dict) else dict.fromkeys(query, 1.0)
    vocab = model.vocab_dict
    by_weight: dict[float, list[int]] = {}
    for term, weight in weights.items():
        if term in vocab and weight > 0:
            by_weight.setdefault(weight, []).append(vocab[term])
    if not by_weight:
        return None
    return sum(weight * model.get_scores(known) for weight, known in by_weight.items())


def _bm25_rank(model: bm25s.BM25 | None, ids: list[str], query: dict[str, float] | list[str],
               n: int, scores: np.ndarray | None = None) -> list[tuple[str, float]]:
    """The n best documents for weighted query terms (a plain list weighs every term 1), from
    `scores` when already computed."""
    scores = _bm25_scores(model, query) if scores is None else scores
    if scores is None:
        return []
    n = min(n, len(ids))
    top = np.argpartition(-scores, n - 1)[:n]
    top = top[np.argsort(-scores[top])]
    return [(ids[i], float(scores[i])) for i in top if scores[i] > 0]


# Adjacent word pairs are indexed as terms too, and a query's own pairs weigh this much: text
# saying 'community engagement' outranks text with 'community' and 'engagement' apart (a light
# form of the sequential dependence model). Topic recall@10 on dev + extra: 0.89 -> 0.96.
PAIR_WEIGHT = 0.25


def _pairs(words: list[str]) -> list[str]:
    """Adjacent pairs of (stopword-free, stemmed) words: 'stop and search' -> ['stop_search']."""
    return [f"{a}_{b}" for a, b in zip(words, words[1:])]


def _with_pairs(words: list[str]) -> list[str]:
    return words + _pairs(words)


def field_text(initiative: Initiative) -> str:
    """The initiative's own name and who did it, indexed with each of its passages (and with the
    whole initiative) so a passage that never names its subject still matches it. The theme is
    left out: a section name shared by dozens of initiatives says little about any one."""
    return " ".join([initiative.title, *initiative.forces, *initiative.organisations])


def _one_snapshot(method):
    """The method answers from one snapshot of the store (Searcher.one_snapshot)."""
    @wraps(method)
    def answered(self, *args, **kwargs):
        with self.one_snapshot():
            return method(self, *args, **kwargs)
    return answered


class Searcher:
    """Answers queries from a snapshot of the store, refreshed when the store changes."""

    def __init__(self, store: Store, embedder: Embedder, refresh_seconds: float = 2.0):
        self.store = store
        self.embedder = embedder
        self.refresh_seconds = refresh_seconds
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._batcher = QueryBatcher(embedder)
        self._space_checked = -1  # the snapshot generation whose vector space was last checked
        self._pinned = threading.local()  # the snapshot a call in this thread answers from

    # --- snapshot -------------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        pinned = getattr(self._pinned, "snapshot", None)
        if pinned is not None:
            return pinned
        now = time.monotonic()
        if self._snapshot is None or now - self._checked > self.refresh_seconds:
            with self._lock:
                if self._snapshot is None or now - self._checked > self.refresh_seconds:
                    generation = self.store.generation()
                    if self._snapshot is None or generation != self._snapshot.generation:
                        self._snapshot = self._load(generation)
                    self._checked = now
        return self._snapshot

    @contextmanager
    def one_snapshot(self) -> Iterator[Snapshot]:
        """Answer everything inside from one snapshot: a refresh (an ingest publishing a new
        generation) between the steps of one search would mix arrays of two sizes."""
        if getattr(self._pinned, "snapshot", None) is not None:
            yield self._pinned.snapshot
            return
        self._pinned.snapshot = self.snapshot
        try:
            yield self._pinned.snapshot
        finally:
            self._pinned.snapshot = None

    def expire(self) -> None:
        """Check the store for changes at the next access instead of waiting for the interval."""
        self._checked = float("-inf")

    def _load(self, generation: int) -> Snapshot:
        started = time.perf_counter()
        initiatives = {i.id: i for i in self.store.load_initiatives()}
        passages = {p.id: p for i in initiatives.values() for p in i.passages}
        passage_ids = list(passages)
        initiative_ids = list(initiatives)
        # each text tokenised once: tokens(a + " " + b) == tokens(a) + tokens(b)
        own = {p: tokens(passages[p].clean_text) for p in passage_ids}
        fields = {i: tokens(field_text(initiatives[i])) for i in initiative_ids}
        passage_class, class_rows = duplicate_classes(
            [[t for t in own[p] if t not in _FORCE_WORDS] for p in passage_ids])
        text_class, text_of_row = np.unique(passage_class, return_inverse=True)
        row_tiebreak = np.array([zlib.crc32(p.encode()) for p in passage_ids], dtype=np.int64)
        text_order = np.lexsort((row_tiebreak, text_of_row))  # per text, least hash first
        firsts = np.concatenate([[True], text_of_row[text_order][1:] != text_of_row[text_order][:-1]]) \
            if len(passage_ids) else np.zeros(0, dtype=bool)
        text_starts = np.flatnonzero(firsts)
        text_default = text_order[text_starts]
        row = {p: n for n, p in enumerate(passage_ids)}
        initiative_classes = {
            i: frozenset(int(passage_class[row[p.id]]) for p in initiatives[i].passages) for i in initiative_ids
        } if class_rows else {}
        documents = self.store.live_documents()
        snap = Snapshot(
            generation=generation,
            initiatives=initiatives,
            passages=passages,
            passage_ids=passage_ids,
            bm25_passages=_bm25([
                _with_pairs(fields[passages[p].initiative_id] + own[p]) for p in passage_ids
            ]),
            initiative_ids=initiative_ids,
            bm25_initiatives=_bm25([
                _with_pairs(fields[i] + [t for p in initiatives[i].passages for t in own[p.id]])
                for i in initiative_ids
            ]),
            documents=documents,
            document_frequency=_document_frequency(initiatives.values()),
            facets=_facets(initiatives.values()),
            passage_row=row,
            passage_class=passage_class,
            class_rows=class_rows,
            text_of_row=text_of_row,
            text_class=text_class,
            row_tiebreak=row_tiebreak,
            text_order=text_order,
            text_starts=text_starts,
            text_default=text_default,
            initiative_classes=initiative_classes,
        )
        if (class_rows and DENSE_BY_TEXT * len(text_class) <= len(passage_ids)) or len(text_class) <= IN_MEMORY_TEXTS:
            snap.text_vectors = self._text_vectors(snap)
        log.info("loaded %d initiatives, %d passages (%d in %d near-duplicate classes; generation %d) in %.2f s",
                 len(initiatives), len(passages), sum(len(r) for r in class_rows.values()), len(class_rows),
                 generation, time.perf_counter() - started)
        return snap

    def _text_vectors(self, snap: Snapshot) -> np.ndarray | None:
        """One unit vector per text (its first passage's: its copies' are all but the same), for
        the dense candidates of a corpus made mostly of copies; None if a vector is missing."""
        firsts = [snap.passage_ids[int(c)] for c in snap.text_class]
        if not firsts:
            return None  # an empty index
        wanted = [(p, snap.documents.get(snap.passages[p].doc_id, {}).get("version", "")) for p in firsts]
        found = self.store.passage_vectors(wanted)
        if len(found) != len(firsts):
            log.warning("near-duplicate texts: %d of %d vectors found; dense candidates from the store",
                        len(found), len(firsts))
            return None
        matrix = np.stack([found[p] for p in firsts]).astype(np.float32)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)

    def rarity(self, term: str) -> float:
        """How telling a (stemmed) word is: its inverse document frequency over initiatives."""
        snap = self.snapshot
        return float(np.log((1 + len(snap.initiatives)) / (1 + snap.document_frequency.get(term, 0))))

    # --- filters --------------------------------------------------------------------------

    def facets(self) -> dict[str, dict[str, int]]:
        """Counts of initiatives per force, theme and document."""
        return self.snapshot.facets

    def check_filters(self, filters: dict) -> dict:
        """Filters with every value checked against what exists (FilterError if not)."""
        facets = self.facets()
        checked: dict = {}
        for key in ("forces", "themes", "docs"):
            values = filters.get(key) or []
            unknown = [v for v in values if v not in facets[key]]
            if unknown:
                raise FilterError(key, unknown, sorted(facets[key]))
            if values:
                checked[key] = set(values)
        if filters.get("has_metrics") is not None:
            checked["has_metrics"] = bool(filters["has_metrics"])
        stages = filters.get("evidence") or []
        unknown = [v for v in stages if v not in EVIDENCE_STAGES]
        if unknown:
            raise FilterError("evidence", unknown, list(EVIDENCE_STAGES))
        if stages:
            checked["evidence"] = set(stages)
        if filters.get("places") is not None:  # forces of the places asked (regions), checked upstream
            checked["places"] = set(filters["places"])
        return checked

    @staticmethod
    def _passes(initiative: Initiative, filters: dict) -> bool:
        if "forces" in filters and not filters["forces"] & set(initiative.forces):
            return False
        if "themes" in filters and initiative.theme not in filters["themes"]:
            return False
        if "docs" in filters and initiative.doc_id not in filters["docs"]:
            return False
        if "has_metrics" in filters and has_outcomes(initiative) != filters["has_metrics"]:
            return False
        if "evidence" in filters and initiative.evidence.stage not in filters["evidence"]:
            return False
        if "places" in filters and not filters["places"] & set(initiative.forces):
            return False
        return True

    @staticmethod
    def _where(filters: dict) -> dict | None:
        clauses: list[dict] = []
        if "forces" in filters:
            clauses.append({"$or": [{"forces": {"$contains": f}} for f in sorted(filters["forces"])]}
                           if len(filters["forces"]) > 1 else {"forces": {"$contains": next(iter(filters["forces"]))}})
        if "themes" in filters:
            clauses.append({"theme": {"$in": sorted(filters["themes"])}})
        if "docs" in filters:
            clauses.append({"doc_id": {"$in": sorted(filters["docs"])}})
        if "has_metrics" in filters:
            clauses.append({"has_metrics": filters["has_metrics"]})
        if "evidence" in filters:
            clauses.append({"evidence": {"$in": sorted(filters["evidence"])}})
        if "places" in filters:
            places = sorted(filters["places"]) or [""]
            clauses.append({"$or": [{"forces": {"$contains": f}} for f in places]}
                           if len(places) > 1 else {"forces": {"$contains": places[0]}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    # --- search ---------------------------------------------------------------------------

    def embed_query(self, text: str) -> np.ndarray:
        with self._cache_lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = self._batcher.embed_one(text)  # concurrent queries share one model call
        with self._cache_lock:
            self._query_cache[text] = vector
            if len(self._query_cache) > 1024:
                self._query_cache.popitem(last=False)
        return vector

    @_one_snapshot
    def search(self, query: str, top_k: int = 10, filters: dict | None = None,
               named_forces: list[str] | None = None, topic: str | None = None,
               evidence_first: bool = False, pinned: list[str] | None = None) -> tuple[list[Hit], int]:
        """Best initiatives first, and how many initiatives matched at all. With `named_forces`
        (forces the question names) and `topic` (the question without those names), relevance is
        judged on the topic, and the named forces' initiatives that are relevant come first: 'what
        has Derbyshire done on stop and search' puts Derbyshire's stop and search work first, then
        other forces' stop and search work, not every Derbyshire initiative.

        `filters.places` (the forces of the places asked) narrows like a filter, but when none of
        the place's initiatives is relevant to the question, the relevant ones elsewhere come back
        instead, each marked `elsewhere`. `evidence_first` puts the relevant initiatives with the
        strongest evidence first; `pinned` initiatives (the ones a follow-up is about) come first.
        Every hit says whether it clears the relevance floor (`relevant`)."""
        snap = self.snapshot
        checked = self.check_filters(filters or {})
        named = set(named_forces or [])
        on_topic = bool(named and topic is not None and tokens(topic))
        if on_topic:
            query = topic
        weighted = query_terms(query)
        query_tokens = list(weighted)
        for pair in _pairs(tokens(query)):
            weighted.setdefault(pair, PAIR_WEIGHT)
        if self._space_checked != snap.generation:
            check_vector_space(snap.documents, self.embedder)  # raises VectorSpaceMismatch
            self._space_checked = snap.generation
        vector = self.embed_query(expand(query, spell_out_only=True))
        scores, passage_scores, lexical = self._scores(weighted, vector, checked)
        ranked = self._ranked(scores, passage_scores, lexical, checked, top_k)
        floor_relevant = _above_floor(self._distinct_head(ranked, NAMED_DEPTH, passage_scores), scores, None)
        elsewhere = False
        if "places" in checked:
            everywhere = {k: v for k, v in checked.items() if k != "places"}
            all_scores, all_passages, lexical = self._scores(weighted, vector, everywhere)
            all_ranked = self._ranked(all_scores, all_passages, lexical, everywhere, top_k)
            relevant_anywhere = _above_floor(self._distinct_head(all_ranked, PLACE_DEPTH, all_passages),
                                             all_scores, None)
            telling = self._telling_terms(weighted)
            # in the place, relevant also means saying the question's most telling word (or one
            # of its other names): a region's few initiatives often clear the floor on words
            # like 'staff' or 'support' alone
            relevant_anywhere = {i for i in relevant_anywhere
                                 if i not in scores or not telling or telling & self._initiative_terms(i)}
            if not any(i in relevant_anywhere for i in ranked):
                scores, passage_scores, elsewhere = all_scores, all_passages, True
                ranked = [i for i in all_ranked if i in relevant_anywhere]
            floor_relevant = {i for i in ranked if i in relevant_anywhere}
        if on_topic:
            relevant = {i for i in self._distinct_head(ranked, NAMED_DEPTH, passage_scores) if i in floor_relevant}
        else:
            relevant = set(ranked)
        ranked.sort(key=lambda i: not (i in relevant and named & set(snap.initiatives[i].forces)))
        if evidence_first:
            ranked.sort(key=lambda i: (i not in floor_relevant,
                                       evidence_rank(snap.initiatives[i]) if i in floor_relevant else 0))
        if pinned:
            first = [i for i in pinned if i in snap.initiatives and (not checked or self._passes(
                snap.initiatives[i], checked))]
            ranked = first + [i for i in ranked if i not in first]
            floor_relevant |= set(first)
        hits = []
        for i in ranked[:top_k]:
            hit = self._hit(snap.initiatives[i], scores.get(i, 0.0), passage_scores, query_tokens, named)
            hit.relevant, hit.elsewhere = i in floor_relevant, elsewhere
            hits.append(hit)
        return hits, len(ranked) if elsewhere else len(scores)

    def _ranked(self, scores: dict[str, float], passage_scores: dict[str, float], lexical: np.ndarray | None,
                checked: dict, depth: int) -> list[str]:
        """Initiatives best first; among near-duplicates (found within the first `depth`), the one
        with the most evidence of its own first. Near-duplicate initiatives - the same text under
        another force or in another document, one perhaps saying more than the other - were ranked
        on the same passage, so their order came from noise: which copy the retrievers happened to
        return first. What tells them apart is what only one of them says: the member whose own
        passages (none of the others holds their text) match the query's words best (BM25) comes
        first, then the others in their fused order. A member outside the fused candidates (a
        text takes one place in each candidate list, with one of its passages) comes in, first,
        when its own evidence is the best of all. The group keeps the places and scores its
        members held, in its new order; `scores` and `passage_scores` are updated to match."""
        ranked = sorted(scores, key=lambda i: -scores[i])
        snap = self.snapshot
        if not snap.class_rows or lexical is None:
            return ranked
        settled: set[str] = set()
        for head in ranked[:depth]:
            if head in settled:
                continue
            group, own_rows = self._near_duplicates(head, checked)
            settled |= group
            if len(group) > 1 and own_rows:
                ranked = self._order_group(ranked, group, own_rows, scores, passage_scores, lexical, depth)
        return ranked

    def _distinct_head(self, ranked: list[str], depth: int, passage_scores: dict[str, float]) -> list[str]:
        """The first initiatives of `ranked`, as far as `depth` different texts: near-duplicates
        (ranked on the same passage's text) count as one, so that a depth reaches as many
        different initiatives in a corpus holding copies as in one without (at 100x, the 20 best
        initiatives for a topic were copies of one or two)."""
        snap = self.snapshot
        if not snap.class_rows:
            return ranked[:depth]
        seen: set = set()
        head: list[str] = []
        for initiative_id in ranked:
            matched = [p for p in snap.initiatives[initiative_id].passages if p.id in passage_scores]
            best = max(matched, key=lambda p: passage_scores[p.id], default=None)
            text = int(snap.passage_class[snap.passage_row[best.id]]) if best else initiative_id
            if text not in seen:
                if len(seen) == depth:
                    break
                seen.add(text)
            head.append(initiative_id)
        return head

    def _classes(self, initiative: Initiative) -> frozenset[int]:
        snap = self.snapshot
        held = snap.initiative_classes.get(initiative.id)
        if held is None:
            held = frozenset(int(snap.passage_class[snap.passage_row[p.id]]) for p in initiative.passages)
        return held

    def _near_duplicates(self, head: str, checked: dict) -> tuple[set[str], dict[str, tuple[int, ...]]]:
        """`head` and the initiatives (passing the filters) holding at least half of the texts of
        the one of the two with fewer passages; and for each of them that has any, the passages
        (rows) whose text none of the others holds. Kept for the snapshot's life once worked out
        (the filtered group's are worked out again)."""
        snap = self.snapshot
        cached = snap.near_duplicates.get(head)
        if cached is None:
            own = self._classes(snap.initiatives[head])
            found, seen = {head}, {head}
            for cls in own:
                for row in snap.class_rows.get(cls, ()):
                    other = snap.passages[snap.passage_ids[row]].initiative_id
                    if other not in seen:
                        seen.add(other)
                        theirs = self._classes(snap.initiatives[other])
                        if 2 * len(own & theirs) >= min(len(own), len(theirs)):
                            found.add(other)
            cached = snap.near_duplicates[head] = (frozenset(found), self._own_rows(found))
        group, own_rows = cached
        if checked:
            group = frozenset(i for i in group if i == head or self._passes(snap.initiatives[i], checked))
            own_rows = self._own_rows(group)
        return set(group), own_rows

    def _own_rows(self, group) -> dict[str, tuple[int, ...]]:
        """For each member of a group holding a text no other member holds, those passages (rows)."""
        snap = self.snapshot
        if len(group) < 2:
            return {}
        classes = {m: self._classes(snap.initiatives[m]) for m in group}
        holders: dict[int, int] = {}
        for held in classes.values():
            for c in held:
                holders[c] = holders.get(c, 0) + 1
        out = {}
        for m, held in classes.items():
            if any(holders[c] == 1 for c in held):
                out[m] = tuple(snap.passage_row[p.id] for p in snap.initiatives[m].passages
                               if holders[int(snap.passage_class[snap.passage_row[p.id]])] == 1)
        return out

    def _order_group(self, ranked: list[str], group: set[str], own_rows: dict[str, tuple[int, ...]],
                     scores: dict[str, float], passage_scores: dict[str, float], lexical: np.ndarray,
                     depth: int) -> list[str]:
        snap = self.snapshot
        own_best: dict[str, tuple[float, Passage | None]] = dict.fromkeys(group, (0.0, None))
        for m, rows in own_rows.items():
            row = max(rows, key=lambda r: lexical[r])
            if lexical[row] > 0:
                own_best[m] = (float(lexical[row]), snap.passages[snap.passage_ids[row]])
        if not any(score for score, _ in own_best.values()):
            return ranked  # no member says anything of its own on the query: the order stands
        position = {i: n for n, i in enumerate(ranked)}
        inside = [m for m in group if m in position]
        outside = [m for m in group if m not in position]
        # from outside the candidates, only the member saying most of its own, if no one inside says more
        coming = max(outside, key=lambda m: own_best[m][0], default=None)
        coming = [coming] if coming and own_best[coming][0] > max(own_best[m][0] for m in inside) else []
        order = sorted(inside + coming, key=lambda m: (-own_best[m][0], position.get(m, len(ranked))))
        if order == sorted(inside, key=position.get):
            return ranked  # already in order, nobody comes in
        slots = sorted(position[m] for m in inside)
        slot_scores = [scores[ranked[n]] for n in slots]
        ranked = list(ranked)
        for n, m in zip(slots, order):
            ranked[n] = m
        extra = order[len(slots):]
        ranked[slots[-1] + 1:slots[-1] + 1] = extra
        for m, score in zip(order, slot_scores + [slot_scores[-1]] * len(extra)):
            scores[m] = score
        for n, m in zip(slots + [slots[-1] + 1] * len(extra), order):
            if n < depth:  # the evidence shown with the results
                self._evidence_scores(m, own_best[m], passage_scores, lexical)
        return ranked

    def _evidence_scores(self, member: str, own: tuple[float, Passage | None], passage_scores: dict[str, float],
                         lexical: np.ndarray) -> None:
        """Passage scores for a group member's evidence: a passage the fused lists missed takes the
        best score of a passage with its text, and the member's own best passage the score the
        lexical list alone would have given it (1 / (RRF_K + its BM25 rank))."""
        snap = self.snapshot
        for p in snap.initiatives[member].passages:
            if p.id in passage_scores:
                continue
            rows = snap.class_rows.get(int(snap.passage_class[snap.passage_row[p.id]]))
            mates = [passage_scores[snap.passage_ids[r]] for r in (rows if rows is not None else ())
                     if snap.passage_ids[r] in passage_scores]
            if mates:
                passage_scores[p.id] = max(mates)
        score, best = own
        if best is not None and score > 0 and best.id not in passage_scores:
            passage_scores[best.id] = 1.0 / (RRF_K + 1 + int((lexical > score).sum()))

    def _telling_terms(self, weighted: dict[str, float]) -> frozenset[str]:
        """The query's two rarest own words and the words its synonyms bring in, by their first
        TELLING_PREFIX letters (so 'racism' meets 'racist', 'dashboard' meets 'dashboards')."""
        own = [t for t, w in weighted.items() if w >= 1.0 and "_" not in t and not t.isdigit()]
        rarest = sorted(own, key=self.rarity, reverse=True)[:2]
        words = [*rarest, *(t for t, w in weighted.items() if w < 1.0 and "_" not in t)]
        return frozenset(w[:TELLING_PREFIX] for w in words)

    def _initiative_terms(self, initiative_id: str) -> frozenset[str]:
        initiative = self.snapshot.initiatives[initiative_id]
        text = " ".join([field_text(initiative), *(p.clean_text for p in initiative.passages)])
        return frozenset(t[:TELLING_PREFIX] for t in _terms(text))

    def _scores(self, weighted: dict[str, float], vector: np.ndarray,
                checked: dict) -> tuple[dict[str, float], dict[str, float], np.ndarray | None]:
        """Initiative scores (three lists fused), passage scores (two lists fused) and every
        passage's BM25 score (None: no query word is indexed) for a query under checked filters."""
        snap = self.snapshot

        def allowed(initiative_id: str) -> bool:
            return not checked or self._passes(snap.initiatives[initiative_id], checked)

        lexical_scores = _bm25_scores(snap.bm25_passages, weighted)
        representative = self._representatives(lexical_scores)
        bm25_passages = self._lexical_candidates(weighted, lexical_scores, allowed, representative)
        dense_passages = self._dense_candidates(vector, checked, allowed, lexical_scores, representative)
        lexical = {snap.passages[p].initiative_id for p, _ in bm25_passages}
        dense_passages = [
            (p, s) for p, s in dense_passages if s >= DENSE_FLOOR or snap.passages[p].initiative_id in lexical
        ]
        bm25_initiatives = [
            iid for iid, _ in _bm25_rank(snap.bm25_initiatives, snap.initiative_ids, weighted, CANDIDATES)
            if allowed(iid)
        ]
        passage_scores = rrf([[p for p, _ in bm25_passages], [p for p, _ in dense_passages]])

        def by_initiative(ranked: list[tuple[str, float]]) -> list[str]:
            return list(dict.fromkeys(snap.passages[p].initiative_id for p, _ in ranked))

        # A separate title/force list and the initiative-mean vector were tried and dropped: they
        # rank on section-wide words ('Survey', 'Public') and lowered lookup hit@1 (docs/evaluation.md).
        scores = rrf([by_initiative(bm25_passages), by_initiative(dense_passages), bm25_initiatives])
        return scores, passage_scores, lexical_scores

    def _lexical_candidates(self, weighted: dict[str, float], lexical: np.ndarray | None,
                            allowed, representative: np.ndarray) -> list[tuple[str, float]]:
        """The BM25 candidates, best first: CANDIDATES passages of different texts. Copies of a
        text would hold many places of the list (at 100x, its 100 places went to copies of two or
        three texts): a text takes one, with its representative (`_representatives`)."""
        snap = self.snapshot
        if lexical is None:
            return []
        if not snap.class_rows:
            return [(p, s) for p, s in _bm25_rank(snap.bm25_passages, snap.passage_ids, weighted,
                                                  CANDIDATES * 3, lexical)
                    if allowed(snap.passages[p].initiative_id)][:CANDIDATES]
        return self._by_text(self._text_maxima(lexical), CANDIDATES * 3, lexical, allowed,
                             representative, limit=CANDIDATES)

    def _dense_candidates(self, vector: np.ndarray, checked: dict, allowed, lexical: np.ndarray | None,
                          representative: np.ndarray) -> list[tuple[str, float]]:
        """The dense candidates, best first, one passage a text: from one vector per text held in
        memory when no filter applies and the corpus is small (IN_MEMORY_TEXTS) or mostly copies
        (the store's nearest CANDIDATES passages would be copies of one or two texts); else the
        store's nearest passages."""
        snap = self.snapshot
        if snap.text_vectors is not None and not checked:
            query = np.asarray(vector, dtype=np.float32)
            # einsum, not BLAS: waking BLAS's threads for so small a product cost ~5 ms a query
            similarity = np.einsum("ij,j->i", snap.text_vectors, query / max(float(np.linalg.norm(query)), 1e-12))
            return self._by_text(similarity, CANDIDATES, lexical, allowed, representative)
        nearest = [(p, s) for p, s in self.store.query_passages(vector, CANDIDATES, self._where(checked))
                   if p in snap.passages and allowed(snap.passages[p].initiative_id)]
        if not snap.class_rows:
            return nearest
        texts: dict[int, tuple[str, float]] = {}
        for p, s in nearest:
            texts.setdefault(int(snap.text_of_row[snap.passage_row[p]]), (p, s))
        return list(texts.values())

    def _by_text(self, text_scores: np.ndarray, n: int, lexical: np.ndarray | None, allowed,
                 representative: np.ndarray, limit: int | None = None) -> list[tuple[str, float]]:
        """The n best-scored texts (score > 0), best first, as (representative passage, the text's
        score), at most `limit` of them; a text none of whose passages passes the filters is left
        out."""
        snap = self.snapshot
        n = min(n, int((text_scores > 0).sum()))
        if n <= 0:
            return []
        top = np.argpartition(-text_scores, n - 1)[:n]
        top = top[np.argsort(-text_scores[top], kind="stable")]
        rows = representative[top].tolist()
        scores = text_scores[top].tolist()
        ids, passages = snap.passage_ids, snap.passages
        limit = n if limit is None else limit
        out = []
        for text, row, score in zip(top.tolist(), rows, scores):
            passage = ids[row]
            if not allowed(passages[passage].initiative_id):
                passage = self._allowed_representative(text, lexical, allowed)
            if passage is not None:
                out.append((passage, score))
                if len(out) == limit:
                    break
        return out

    def _representatives(self, lexical: np.ndarray | None) -> np.ndarray:
        """For every text, the passage (row) standing for it in the candidate lists: of the passages
        holding it, the one whose initiative matches the query's words best (its name and forces
        are indexed with each of its passages, so a question naming a force picks that force's
        copy); ties go by a hash of the passage id, which favours no document. Both lists take the
        same one, so a text's votes meet on one initiative; `_ranked` then puts the holder with the
        most evidence of its own first."""
        snap = self.snapshot
        if not snap.class_rows or lexical is None or not (lexical > 0).any():
            return snap.text_default  # one passage a text, or no word to choose by
        order, starts = snap.text_order, snap.text_starts
        ordered = lexical[order]
        best = np.maximum.reduceat(ordered, starts)
        sizes = np.diff(np.append(starts, len(order)))
        # among each text's best-scored passages, the least hash
        tiebreak = np.where(ordered == np.repeat(best, sizes), snap.row_tiebreak[order], np.iinfo(np.int64).max)
        least = np.minimum.reduceat(tiebreak, starts)
        won = order[tiebreak == np.repeat(least, sizes)]
        chosen = snap.text_default.copy()
        chosen[snap.text_of_row[won]] = won
        chosen[best <= 0] = snap.text_default[best <= 0]
        return chosen

    def _text_maxima(self, scores: np.ndarray) -> np.ndarray:
        """Each text's best passage score."""
        snap = self.snapshot
        return np.maximum.reduceat(scores[snap.text_order], snap.text_starts)

    def _allowed_representative(self, text: int, lexical: np.ndarray | None, allowed) -> str | None:
        """`_representatives` among the passages of a text that pass the filters."""
        snap = self.snapshot
        cls = int(snap.text_class[text])
        rows = snap.class_rows.get(cls)
        rows = [r for r in (rows.tolist() if rows is not None else [cls])
                if allowed(snap.passages[snap.passage_ids[r]].initiative_id)]
        if not rows:
            return None
        score = (lambda r: float(lexical[r])) if lexical is not None else (lambda r: 0.0)
        return snap.passage_ids[min(rows, key=lambda r: (-score(r), int(snap.row_tiebreak[r])))]

    @_one_snapshot
    def listing(self, top_k: int, filters: dict | None = None, shown: set[str] | frozenset = frozenset(),
                evidence_first: bool = False, named_forces: list[str] | None = None) -> tuple[list[Hit], int]:
        """Initiatives passing the filters when a question asks for no topic ('what else has Kent
        done?', 'which initiatives were independently evaluated?'): those not `shown` yet first,
        strongest evidence first when asked, then in document order. When the places leave
        nothing, the initiatives elsewhere come back, marked `elsewhere`."""
        snap = self.snapshot
        checked = self.check_filters(filters or {})
        chosen = [i for i in snap.initiatives.values() if not checked or self._passes(i, checked)]
        elsewhere = not chosen and "places" in checked
        if elsewhere:
            checked.pop("places")
            chosen = [i for i in snap.initiatives.values() if not checked or self._passes(i, checked)]
        chosen.sort(key=lambda i: (i.id in shown, evidence_rank(i) if evidence_first else 0))
        hits = []
        for initiative in chosen[:top_k]:
            hit = self._hit(initiative, 0.0, {}, [], set(named_forces or []))
            hit.elsewhere = elsewhere
            hits.append(hit)
        return hits, len(chosen)

    @staticmethod
    def _hit(initiative: Initiative, score: float, passage_scores: dict[str, float],
             query_tokens: list[str], named: set[str]) -> Hit:
        matched = sorted(
            ((p, passage_scores[p.id]) for p in initiative.passages if p.id in passage_scores),
            key=lambda x: -x[1],
        )
        def usable(p: Passage) -> bool:
            return citable(p.clean_text, initiative.title)

        scored = [(p, s) for p, s in matched if usable(p)][:3]
        if not scored:
            fallback = next((p for p in initiative.passages if usable(p)), None)
            scored = [(fallback, 0.0)] if fallback else matched[:1] or [(initiative.passages[0], 0.0)]
        evidence = [(p.start, p.end) for p, _ in scored]
        terms = set(query_tokens)

        def metric_relevance(metric: Metric) -> tuple:
            inside = any(s <= metric.start and metric.end <= e for s, e in evidence)
            overlap = len(terms & _terms(f"{metric.label} {metric.sentence}"))
            return (-(overlap + 2 * inside), metric.start)

        metrics = sorted(initiative.metrics, key=metric_relevance)
        return Hit(initiative, score, scored, metrics, bool(named & set(initiative.forces)))

    # --- comparable initiatives -----------------------------------------------------------

    @_one_snapshot
    def similar(self, initiative_id: str, top_k: int = 10) -> list[Hit]:
        """Initiatives like this one by meaning and key terms; other forces preferred, the
        initiative and its duplicates excluded."""
        snap = self.snapshot
        seed = snap.initiatives[initiative_id]
        vectors = self.store.initiative_vectors([initiative_id])
        dense = [
            iid for iid, _ in self.store.query_initiatives(vectors[initiative_id], CANDIDATES)
            if iid in snap.initiatives
        ] if initiative_id in vectors else []
        key_terms = _key_terms(seed, snap)
        lexical = list(dict.fromkeys(
            snap.passages[p].initiative_id
            for p, _ in _bm25_rank(snap.bm25_passages, snap.passage_ids, key_terms, CANDIDATES * 2)
        ))
        # The same kind of work as its publisher filed it: initiatives under the seed's theme, in
        # order of meaning. A light vote (half a list): the publisher's grouping is a strong hint,
        # not a rule, since comparable work also sits under other headings.
        same_theme = [i for i in dense if seed.theme and snap.initiatives[i].theme == seed.theme]
        # Meaning weighs twice the shared key terms. Matching the key terms against titles too was
        # dropped: generic title words ('Programme', 'Survey') pulled in unrelated initiatives.
        # Measured on the dev + extra questions (13 gold comparables): recall@10 0.54 with the
        # title list, 0.92 without it, 1.00 with the theme vote (docs/evaluation.md).
        scores = rrf([dense, lexical, same_theme], weights=[2.0, 1.0, 0.5])
        seed_title = _normal(seed.title)
        candidates = [
            i for i in sorted(scores, key=lambda i: -scores[i])
            if i != initiative_id and _normal(snap.initiatives[i].title) != seed_title
            and _normal(snap.initiatives[i].passages[0].clean_text) != _normal(seed.passages[0].clean_text)
        ]
        chosen: list[str] = []
        seen_forces: dict[str, int] = {}
        pool = candidates[: top_k * 4]
        while pool and len(chosen) < top_k:
            def adjusted(i: str) -> float:
                forces = snap.initiatives[i].forces
                same_as_seed = bool(set(forces) & set(seed.forces))
                repeats = sum(seen_forces.get(f, 0) for f in forces)
                return scores[i] * (0.7 if same_as_seed else 1.0) * (0.85 ** repeats)
            best = max(pool, key=adjusted)
            pool.remove(best)
            chosen.append(best)
            for force in snap.initiatives[best].forces:
                seen_forces[force] = seen_forces.get(force, 0) + 1
        return [self._hit(snap.initiatives[i], scores[i], {}, key_terms, set()) for i in chosen]


# Near-duplicate passages: the same text, give or take a few words (another force named, a name
# changed, sentences in another order), found by MinHash over each passage's set of words with
# locality-sensitive hashing (Broder 1997): DUPLICATE_BANDS bands of two hash values, so that
# passages agreeing on a whole band are compared (each with the DUPLICATE_NEIGHBOURS sorted before
# it) and joined when their estimated word-set resemblance (Jaccard) is at least
# DUPLICATE_RESEMBLANCE. On the default corpus distinct passages resemble each other at most 0.4
# (one passage printed in two documents is the only pair joined); a passage and its copy naming
# another force, with its sentences shuffled, 0.7 and up (scale corpus, 10x: 92% of copies).
DUPLICATE_RESEMBLANCE = 0.7
# The words of forces' names and areas are left out of the comparison: the same text naming
# another force is the same text ('The Ministry of Defence Police created a London Race Action
# Plan' against 'The Metropolitan Police Service created ...' resembled each other only 0.71).
_FORCE_WORDS = frozenset(tokens(" ".join([*ALL_FORCES, *(a for areas in FORCE_AREAS.values() for a in areas)])))
DUPLICATE_BANDS = 16  # of two hash values each
DUPLICATE_NEIGHBOURS = 3
_PRIME = (1 << 31) - 1


def duplicate_classes(texts: list[list[str]], seed: int = 12) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Group near-duplicate texts (token lists): each text's class (the row of its first member), and
    the rows of every class with more than one member. A text with no words is in a class of its own."""
    n = len(texts)
    classes = np.arange(n, dtype=np.int64)
    if n < 2:
        return classes, {}
    vocab: dict[str, int] = {}
    ids, lengths = [], []
    for words in texts:
        unique = {vocab.setdefault(w, len(vocab)) for w in words}
        ids.extend(unique)
        lengths.append(len(unique))
    k = 2 * DUPLICATE_BANDS
    rng = np.random.default_rng(seed)
    a = rng.integers(1, _PRIME, size=k, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=k, dtype=np.int64)
    token_ids = np.asarray(ids, dtype=np.int64)
    lengths_arr = np.asarray(lengths, dtype=np.int64)
    has_words = lengths_arr > 0
    starts = np.concatenate([[0], np.cumsum(lengths_arr)[:-1]])[has_words]
    signature = np.full((n, k), _PRIME, dtype=np.int64)
    if len(token_ids):
        table = (a[:, None] * np.arange(len(vocab), dtype=np.int64)[None, :] + b[:, None]) % _PRIME
        for j in range(k):  # each word hashed once, then the smallest hash of each text's words
            signature[has_words, j] = np.minimum.reduceat(table[j][token_ids], starts)
    edges: list[np.ndarray] = []
    rows = np.flatnonzero(has_words)
    # one key per band (two 31-bit hash values in one integer)
    keys = signature[rows, 0::2] * (_PRIME + 1) + signature[rows, 1::2]
    for band in range(DUPLICATE_BANDS):
        # texts agreeing on the band are sorted next to each other, those agreeing on the next
        # bands too (near-duplicates) nearest
        later = [keys[:, (band + step) % DUPLICATE_BANDS] for step in (2, 1)]
        order = np.lexsort((*later, keys[:, band]))
        ordered, banded = rows[order], keys[order, band]
        for step in range(1, DUPLICATE_NEIGHBOURS + 1):  # each text against the few sorted before it
            same_band = banded[step:] == banded[:-step]
            first, second = ordered[:-step][same_band], ordered[step:][same_band]
            agree = (signature[first] == signature[second]).mean(axis=1) >= DUPLICATE_RESEMBLANCE
            edges.append(np.stack([first[agree], second[agree]]))
    pairs = np.concatenate(edges, axis=1) if edges else np.empty((2, 0), dtype=np.int64)
    # connected components: every text ends labelled with the smallest row it is joined to
    while pairs.shape[1]:
        before = classes.copy()
        left, right = classes[pairs[0]], classes[pairs[1]]
        low = np.minimum(left, right)
        for ends in (left, right, pairs[0], pairs[1]):  # the labels and the texts take the lower
            np.minimum.at(classes, ends, low)
        while not np.array_equal(jumped := classes[classes], classes):
            classes = jumped
        if np.array_equal(before, classes):
            break
    order = np.argsort(classes, kind="stable")
    sorted_classes = classes[order]
    starts = np.flatnonzero(np.concatenate([[True], sorted_classes[1:] != sorted_classes[:-1]]))
    sizes = np.diff(np.concatenate([starts, [n]]))
    shared = sizes > 1
    return classes, {int(sorted_classes[at]): order[at:at + size]
                     for at, size in zip(starts[shared].tolist(), sizes[shared].tolist())}


def _above_floor(ranked: list[str], scores: dict[str, float], depth: int | None = NAMED_DEPTH) -> set[str]:
    """The initiatives that really match: within `depth` of the best (None: all of `ranked`) and
    with at least NAMED_MIN_SHARE of its score (found by two of the three lists, in practice)."""
    floor = NAMED_MIN_SHARE * scores[ranked[0]] if ranked else 0.0
    return {i for i in ranked[:depth] if scores[i] >= floor}


def has_outcomes(initiative: Initiative) -> bool:
    """Whether the initiative reports figures of its own results (background figures aside)."""
    return any(m.role == "outcome" for m in initiative.metrics)


def evidence_rank(initiative: Initiative) -> int:
    """0 for the strongest stage of evidence, 2 for untested."""
    return EVIDENCE_STAGES.index(initiative.evidence.stage)


def says_something(text: str) -> bool:
    """A sentence or paragraph rather than a heading, label or lead-in to a list."""
    text = text.rstrip()
    return not text.endswith(":") and (len(text.split()) >= 8 or text.endswith((".", "!", "?")))


@lru_cache(maxsize=1 << 17)
def citable(text: str, title: str) -> bool:
    """Evidence says something: a heading, a byline or a lead-in ending in ':' matched by the
    query is no citation a reader can use (shown only when nothing else is there), nor a passage
    that only repeats its initiative's title. Cached: a passage is judged once, not per search."""
    return says_something(text) and _normal(text) != _normal(title)


@lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    return frozenset(tokens(text))


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _key_terms(initiative: Initiative, snap: Snapshot, n: int = 12) -> list[str]:
    """The initiative's most distinctive words (tf-idf over initiatives), its forces' names left out."""
    own = tokens(" ".join(p.clean_text for p in initiative.passages))
    force_words = set(tokens(" ".join(initiative.forces + initiative.organisations)))
    counts: dict[str, int] = {}
    for t in own:
        if t not in force_words and not t.isdigit():
            counts[t] = counts.get(t, 0) + 1
    total = max(1, len(snap.initiatives))
    weight = {t: c * np.log(total / (1 + snap.document_frequency.get(t, 0))) for t, c in counts.items()}
    return sorted(weight, key=lambda t: -weight[t])[:n]


def _facets(initiatives) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"forces": {}, "themes": {}, "docs": {}}
    for initiative in initiatives:
        for force in initiative.forces:
            out["forces"][force] = out["forces"].get(force, 0) + 1
        if initiative.theme:
            out["themes"][initiative.theme] = out["themes"].get(initiative.theme, 0) + 1
        out["docs"][initiative.doc_id] = out["docs"].get(initiative.doc_id, 0) + 1
    return out


def _document_frequency(initiatives) -> dict[str, int]:
    df: dict[str, int] = {}
    for initiative in initiatives:
        for t in set(tokens(" ".join(p.clean_text for p in initiative.passages))):
            df[t] = df.get(t, 0) + 1
    return df
