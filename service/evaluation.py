"""`gpsearch eval`: grade search on a question set, as /work/shared/eval/README.md describes.

Per question, on the top 10 /search results (initiatives):

* a result *covers* a gold quote when its initiative span, or one of its passage spans, in the
  same document overlaps at least half of the quote's characters (the quote's span is found
  with ``document_text.find(quote)``; a quote whose exact text occurs more than once - a
  repeated paragraph - is covered by covering any occurrence, and a warning says so);
* ``lookup`` and ``metric``: rank of the first covering result -> hit@1, hit@5, MRR;
* ``topic``: share of gold quotes covered by some result (recall@10);
* ``similar``: the initiative covering ``seed`` is found by scanning every initiative's span,
  then ``similar(id, top_k=10)`` is graded by recall@10 of the gold quotes;
* ``metric``: of the first covering result within the top 5, the share of ``values`` that appear
  in the ``text`` of its ``metrics``;
* force accuracy: for each covering result, does its ``forces`` list name the gold force
  (lenient: exact name, or every force the name resolves to, or - for a gold name that is not a
  police force - one of ``organisations`` after normalising; strict: the exact name in ``forces``);
* citation exactness: every returned passage's ``text == document[start:end]``;
* passage length: median characters of the passages returned by /search.

The grader is pure functions over plain dicts in the contract's shape, so the same code grades
gpsearch (in-process or over HTTP) and the stock LlamaIndex baselines in service/baseline.py.
"""

from __future__ import annotations

import json
import logging
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

log = logging.getLogger(__name__)

TOP_K = 10
METRIC_TOP = 5  # the covering result for metric values must be within the top 5
QUESTION_TYPES = ("lookup", "topic", "metric", "similar")
INGEST_FIRST = "the index is empty: run `gpsearch ingest` first"


class EvalError(Exception):
    """A problem the user can fix (no index, bad question file, service down); exit code 2."""


# ----------------------------------------------------------------------------- spans & rules

Span = tuple[str, int, int]  # (doc_id, start, end), end exclusive


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two half-open ranges share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def span_covers(span: Span, quote: Span) -> bool:
    """`span` overlaps at least half of the quote's characters, in the same document."""
    doc_id, start, end = span
    q_doc, q_start, q_end = quote
    if doc_id != q_doc:
        return False
    length = q_end - q_start
    if length <= 0:
        return False
    return 2 * overlap(start, end, q_start, q_end) >= length


def result_spans(result: dict) -> list[Span]:
    """The initiative span of a result, then its passage spans."""
    spans: list[Span] = []
    if result.get("doc_id") is not None and result.get("start") is not None:
        spans.append((result["doc_id"], int(result["start"]), int(result["end"])))
    for p in result.get("passages") or []:
        spans.append((p.get("doc_id", result.get("doc_id")), int(p["start"]), int(p["end"])))
    return spans


def _occurrences(quote: Span | list[Span]) -> list[Span]:
    return [quote] if isinstance(quote[0], str) else list(quote)  # type: ignore[list-item]


def covers(result: dict, quote: Span | list[Span]) -> bool:
    """A result covers a quote when its initiative span or any passage span covers it. `quote`
    is one span, or every span where the quote's exact text occurs (any one of them will do)."""
    occurrences = _occurrences(quote)
    return any(span_covers(s, q) for s in result_spans(result) for q in occurrences)


def first_covering_rank(results: list[dict], quotes: list, k: int = TOP_K) -> int | None:
    """1-based rank of the first of the top `k` results that covers any of `quotes`."""
    for rank, result in enumerate(results[:k], start=1):
        if any(covers(result, q) for q in quotes):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None) -> float:
    return 1.0 / rank if rank else 0.0


def recall(results: list[dict], quotes: list, k: int = TOP_K) -> float:
    """Share of `quotes` covered by some of the top `k` results (0.0 for no quotes)."""
    if not quotes:
        return 0.0
    top = results[:k]
    return sum(1 for q in quotes if any(covers(r, q) for r in top)) / len(quotes)


_APOSTROPHES = str.maketrans("", "", "'’‘`´")


def normalise_name(name: str) -> str:
    """Case, '&' -> 'and', apostrophes and spacing do not matter."""
    name = name.lower().replace("&", " and ").translate(_APOSTROPHES)
    return " ".join(name.split())


def _resolve_forces(name: str) -> list[str]:
    from index.gazetteer import resolve_forces

    return resolve_forces(name)


def names_force(result: dict, gold: str, strict: bool = False,
                resolve: Callable[[str], list[str]] | None = None) -> bool:
    """Does the result say the gold force (or organisation) did it?

    strict: `gold` is one of `forces`, exactly. Lenient also accepts: `gold` resolves through the
    gazetteer to forces that are all in `forces` ("Norfolk and Suffolk Constabularies"), or - when
    `gold` is not a police force at all - it matches one of `organisations` after normalising
    case, '&' and apostrophes ("Police Now").
    """
    forces = list(result.get("forces") or [])
    if gold in forces:
        return True
    if strict:
        return False
    resolved = (resolve or _resolve_forces)(gold)
    if resolved:
        return all(f in forces for f in resolved)
    wanted = normalise_name(gold)
    return any(normalise_name(o) == wanted for o in result.get("organisations") or [])


def value_in_text(value: str, text: str) -> bool:
    """`value` appears in `text` as a whole figure ("70" is not in "170" or "70.5")."""
    value, text = " ".join(value.split()), " ".join((text or "").replace("\u00a0", " ").split())
    if not value:
        return False
    pattern = r"(?<![\d])" + re.escape(value) + r"(?![\d]|[.,]\d)"
    return re.search(pattern, text) is not None


def metric_value_recall(result: dict | None, values: list[str]) -> tuple[float, list[str]]:
    """Share of `values` found in the `text` of the result's metrics, and the ones found."""
    if not values:
        return 0.0, []
    if result is None:
        return 0.0, []
    texts = [m.get("text", "") for m in result.get("metrics") or []]
    found = [v for v in values if any(value_in_text(v, t) for t in texts)]
    return len(found) / len(values), found


def passage_exact(passage: dict, documents: dict[str, str]) -> bool | None:
    """text == document[start:end]; None when the document is not available locally."""
    text = documents.get(passage.get("doc_id", ""))
    if text is None:
        return None
    start, end = passage.get("start"), passage.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        return False
    return text[start:end] == passage.get("text")


# ----------------------------------------------------------------------------- questions

@dataclass
class Gold:
    quote: str
    force: str
    span: Span | None = None  # its first occurrence; None: not in the corpus (a data error)
    occurrences: int = 0  # how many times the quote occurs over all documents
    spans: list[Span] = field(default_factory=list)  # every occurrence (repeated paragraphs)

    @property
    def where(self) -> list[Span]:
        """The spans a result may cover to cover this quote."""
        return self.spans or ([self.span] if self.span else [])


@dataclass
class Question:
    id: str
    type: str
    q: str
    gold: list[Gold]
    values: list[str] = field(default_factory=list)
    seed: str | None = None
    seed_span: Span | None = None


def load_questions(path: Path) -> list[Question]:
    """Parse the JSONL question file; raises EvalError with the line at fault."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvalError(f"no question file at {path}") from None
    except OSError as exc:
        raise EvalError(f"cannot read the question file {path}: {exc.strerror or exc}") from None
    questions: list[Question] = []
    seen: set[str] = set()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            qtype = raw["type"]
            if qtype not in QUESTION_TYPES:
                raise ValueError(f"unknown type {qtype!r} (expected one of {', '.join(QUESTION_TYPES)})")
            gold = [Gold(quote=g["quote"], force=g.get("force", "")) for g in raw["gold"]]
            if not gold:
                raise ValueError("empty 'gold'")
            question = Question(id=str(raw["id"]), type=qtype, q=raw["q"], gold=gold,
                                values=list(raw.get("values") or []), seed=raw.get("seed"))
            if qtype == "similar" and not question.seed:
                raise ValueError("a 'similar' question needs a 'seed'")
            if qtype == "metric" and not question.values:
                raise ValueError("a 'metric' question needs 'values'")
        except (ValueError, KeyError, TypeError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise EvalError(f"{path}:{n}: bad question: {detail}") from None
        if question.id in seen:
            raise EvalError(f"{path}:{n}: duplicate question id {question.id!r}")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise EvalError(f"{path} holds no questions")
    return questions


def find_all(quote: str, documents: dict[str, str]) -> list[Span]:
    """Every span where `quote` occurs exactly (`text.find`), documents in id order."""
    spans: list[Span] = []
    if not quote:
        return spans
    for doc_id in sorted(documents):
        text = documents[doc_id]
        start = text.find(quote)
        while start >= 0:
            spans.append((doc_id, start, start + len(quote)))
            start = text.find(quote, start + 1)
    return spans


def locate(quote: str, documents: dict[str, str]) -> tuple[Span | None, int]:
    """The quote's first span (`text.find(quote)`) and how many times it occurs in all."""
    spans = find_all(quote, documents)
    return (spans[0] if spans else None), len(spans)


def resolve_gold(questions: list[Question], documents: dict[str, str]) -> list[dict]:
    """Give every gold quote and seed its span; return the data errors and warnings found."""
    problems: list[dict] = []
    for question in questions:
        for gold in question.gold:
            gold.spans = find_all(gold.quote, documents)
            gold.span, gold.occurrences = (gold.spans[0] if gold.spans else None), len(gold.spans)
            if gold.span is None:
                problems.append({"id": question.id, "kind": "error",
                                 "message": f"gold quote not found in the corpus: {gold.quote!r}"})
            elif gold.occurrences > 1:
                problems.append({"id": question.id, "kind": "warning",
                                 "message": f"gold quote occurs {gold.occurrences} times (at "
                                            + ", ".join(f"{d}:{a}" for d, a, _ in gold.spans)
                                            + f"); covering any occurrence counts: {gold.quote[:60]!r}"})
        if question.seed is not None:
            question.seed_span, count = locate(question.seed, documents)
            if question.seed_span is None:
                problems.append({"id": question.id, "kind": "error",
                                 "message": f"seed not found in the corpus: {question.seed!r}"})
            elif count > 1:
                problems.append({"id": question.id, "kind": "warning",
                                 "message": f"seed occurs {count} times; using the first"})
    return problems


# ----------------------------------------------------------------------------- systems

class System(Protocol):
    """What the grader needs from a search system."""

    name: str
    mode: str  # "in-process" or "http"

    def search(self, query: str, top_k: int) -> list[dict]: ...

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        """(id of the item holding the seed, or None when none does; comparable results)."""
        ...


def _seed_owner(items: list[tuple[str, Span]], seed: Span) -> str | None:
    """The id of the item whose span covers the seed the most (at least half of it)."""
    best, best_overlap = None, 0
    for item_id, span in items:
        if span_covers(span, seed):
            shared = overlap(span[1], span[2], seed[1], seed[2])
            if shared > best_overlap:
                best, best_overlap = item_id, shared
    return best


class EngineSystem:
    """gpsearch in this process: service.engine.Engine."""

    mode = "in-process"

    def __init__(self, engine, name: str = "gpsearch"):
        self.engine = engine
        self.name = name
        self._spans: list[tuple[str, Span]] | None = None

    def search(self, query: str, top_k: int) -> list[dict]:
        return self.engine.search(query, top_k=top_k)["results"]

    def initiative_spans(self) -> list[tuple[str, Span]]:
        if self._spans is None:
            self._spans = _row_spans(self.engine.browse()["initiatives"])
        return self._spans

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        owner = _seed_owner(self.initiative_spans(), seed)
        if owner is None:
            return None, []
        return owner, self.engine.similar(owner, top_k=top_k)["results"]


def _row_spans(rows: list[dict]) -> list[tuple[str, Span]]:
    """(id, span) of every initiative, from the /initiatives rows."""
    return [(row["id"], (row["doc_id"], row["start"], row["end"])) for row in rows]


class HttpSystem:
    """gpsearch as a running service, over its HTTP API."""

    mode = "http"

    def __init__(self, url: str, api_key: str = "", name: str = "gpsearch", timeout: float = 60.0):
        import httpx

        headers = {"X-API-Key": api_key} if api_key else {}
        self.url = url.rstrip("/")
        self.name = name
        self.client = httpx.Client(base_url=self.url, headers=headers, timeout=timeout)
        self._spans: list[tuple[str, Span]] | None = None

    def _call(self, method: str, path: str, **kwargs) -> dict:
        import httpx

        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise EvalError(f"cannot reach the service at {self.url}: {exc}") from None
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except Exception:
                message = response.text[:200]
            raise EvalError(f"{method} {path} failed with HTTP {response.status_code}: {message}")
        return response.json()

    def health(self) -> dict:
        return self._call("GET", "/health")

    def search(self, query: str, top_k: int) -> list[dict]:
        return self._call("POST", "/search", json={"query": query, "top_k": top_k})["results"]

    def initiative_spans(self) -> list[tuple[str, Span]]:
        if self._spans is None:
            self._spans = _row_spans(self._call("GET", "/initiatives")["initiatives"])
        return self._spans

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        owner = _seed_owner(self.initiative_spans(), seed)
        if owner is None:
            return None, []
        return owner, self._call("GET", f"/initiatives/{owner}/similar", params={"top_k": top_k})["results"]


# ----------------------------------------------------------------------------- grading

def _brief(result: dict) -> dict:
    return {"title": result.get("title", ""), "forces": result.get("forces") or [],
            "organisations": result.get("organisations") or [], "doc_id": result.get("doc_id"),
            "start": result.get("start"), "end": result.get("end")}


def _force_checks(results: list[dict], golds: list[Gold], k: int = TOP_K) -> list[dict]:
    """One check per (covering result, gold quote) pair in the top `k`."""
    checks = []
    for gold in golds:
        if gold.span is None:
            continue
        for rank, result in enumerate(results[:k], start=1):
            if covers(result, gold.where):
                checks.append({"rank": rank, "gold": gold.force, "forces": result.get("forces") or [],
                               "organisations": result.get("organisations") or [],
                               "lenient": names_force(result, gold.force),
                               "strict": names_force(result, gold.force, strict=True)})
    return checks


def grade_question(question: Question, results: list[dict], seed_owner: str | None = None) -> dict:
    """Grade one question on the results it got (search results; similar results for `similar`)."""
    golds = [g for g in question.gold if g.span is not None]
    quotes = [g.where for g in golds]
    detail: dict[str, Any] = {
        "id": question.id, "type": question.type, "q": question.q,
        "gold": [{"quote": g.quote, "force": g.force, "span": list(g.span) if g.span else None,
                  **({"also_at": [list(x) for x in g.spans[1:]]} if len(g.spans) > 1 else {})}
                 for g in question.gold],
        "graded": bool(quotes),
        "top3": [_brief(r) for r in results[:3]],
        "returned": len(results),
    }
    if not quotes:
        return detail
    covered_at = []
    for g in golds:
        rank = first_covering_rank(results, [g.where])
        covered_at.append(rank)
    detail["covered_at"] = covered_at
    if question.type in ("lookup", "metric"):
        rank = first_covering_rank(results, quotes)
        detail.update({"rank": rank, "hit@1": hit_at(rank, 1), "hit@5": hit_at(rank, 5),
                       "rr": reciprocal_rank(rank)})
    if question.type in ("topic", "similar"):
        detail["recall@10"] = recall(results, quotes)
    if question.type == "similar":
        detail["seed_owner"] = seed_owner
    if question.type == "metric":
        rank = detail["rank"]
        chosen = results[rank - 1] if rank is not None and rank <= METRIC_TOP else None
        share, found = metric_value_recall(chosen, question.values)
        detail.update({"values": question.values, "values_found": found, "value_recall": share,
                       "metrics_returned": [m.get("text", "") for m in (chosen or {}).get("metrics") or []]})
    detail["force_checks"] = _force_checks(results, golds)
    return detail


def failure_reasons(detail: dict) -> list[str]:
    """Why a graded question is not perfect; empty when it is."""
    if not detail.get("graded"):
        return ["not graded: gold quote(s) not found in the corpus (see the data errors)"]
    reasons = []
    qtype = detail["type"]
    if qtype in ("lookup", "metric"):
        if detail["rank"] is None:
            reasons.append("gold not covered in the top 10")
        elif detail["rank"] > 1:
            reasons.append(f"gold first covered at rank {detail['rank']}")
    if qtype in ("topic", "similar"):
        if qtype == "similar" and detail.get("seed_owner") is None:
            reasons.append("no result/initiative holds the seed")
        missed = [g["quote"] for g, at in zip([g for g in detail["gold"] if g["span"]], detail["covered_at"])
                  if at is None]
        if missed:
            reasons.append(f"recall@10 {detail['recall@10']:.2f}; missed: " + "; ".join(q[:60] for q in missed))
    if qtype == "metric" and detail.get("value_recall", 0.0) < 1.0:
        missing = [v for v in detail["values"] if v not in detail["values_found"]]
        reasons.append(f"metric values missing {missing} (returned metrics: {detail['metrics_returned'][:8]})")
    for check in detail.get("force_checks", []):
        if not check["lenient"]:
            who = check["forces"] or check["organisations"] or ["(none)"]
            reasons.append(f"force at rank {check['rank']}: expected {check['gold']!r}, got {who}")
        elif not check["strict"]:
            reasons.append(f"strict only: force at rank {check['rank']}: {check['gold']!r} is not "
                           "listed as such, matched leniently "
                           f"(forces {check['forces']}, organisations {check['organisations']})")
    return reasons


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 1)


def citation_stats(result_lists: list[list[dict]], documents: dict[str, str]) -> dict:
    """Exactness of every passage (and metric) span over all returned results."""
    passages = exact = unknown = 0
    metrics = metrics_exact = 0
    bad: list[dict] = []
    for results in result_lists:
        for result in results:
            for p in result.get("passages") or []:
                passages += 1
                ok = passage_exact(p, documents)
                if ok:
                    exact += 1
                else:
                    if ok is None:
                        unknown += 1
                    if len(bad) < 20:
                        bad.append({"result": result.get("id"), "doc_id": p.get("doc_id"),
                                    "start": p.get("start"), "end": p.get("end"),
                                    "reason": "document not available" if ok is None else "text differs"})
            for m in result.get("metrics") or []:
                metrics += 1
                metrics_exact += bool(passage_exact(m, documents))
    return {"passages": passages, "exact": exact, "unverifiable": unknown,
            "share": round(exact / passages, 4) if passages else None,
            "metrics": metrics, "metrics_exact": metrics_exact,
            "metrics_share": round(metrics_exact / metrics, 4) if metrics else None,
            "mismatches": bad}


def summarise(details: list[dict], search_results: list[list[dict]], all_results: list[list[dict]],
              documents: dict[str, str], latencies: list[float]) -> dict:
    """Per-type aggregates and the overall figures."""
    graded = [d for d in details if d.get("graded")]
    per_type: dict[str, dict] = {}
    for qtype in QUESTION_TYPES:
        group = [d for d in graded if d["type"] == qtype]
        if not group and not any(d["type"] == qtype for d in details):
            continue
        checks = [c for d in group for c in d.get("force_checks", [])]
        entry: dict[str, Any] = {"n": len(group)}
        if qtype in ("lookup", "metric"):
            entry.update({"hit@1": _mean([d["hit@1"] for d in group]),
                          "hit@5": _mean([d["hit@5"] for d in group]),
                          "mrr": _mean([d["rr"] for d in group])})
        if qtype in ("topic", "similar"):
            entry["recall@10"] = _mean([d["recall@10"] for d in group])
        if qtype == "metric":
            entry["value_recall"] = _mean([d["value_recall"] for d in group])
        entry["force_lenient"] = _mean([float(c["lenient"]) for c in checks])
        entry["force_strict"] = _mean([float(c["strict"]) for c in checks])
        entry["force_checks"] = len(checks)
        per_type[qtype] = entry
    checks = [c for d in graded for c in d.get("force_checks", [])]
    lengths = [p["end"] - p["start"] for results in search_results for r in results
               for p in r.get("passages") or []]
    first_hits = [d for d in graded if d["type"] in ("lookup", "metric")]
    overall = {
        "questions": len(details), "graded": len(graded),
        "lookup+metric hit@1": _mean([d["hit@1"] for d in first_hits]),
        "lookup+metric hit@5": _mean([d["hit@5"] for d in first_hits]),
        "lookup+metric mrr": _mean([d["rr"] for d in first_hits]),
        "force_lenient": _mean([float(c["lenient"]) for c in checks]),
        "force_strict": _mean([float(c["strict"]) for c in checks]),
        "force_checks": len(checks),
        "citations": citation_stats(all_results, documents),
        "median_passage_chars": _median(lengths),
        "passages_returned": len(lengths),
        "latency_ms": {"p50": _median(latencies), "p95": _percentile(latencies, 0.95),
                       "n": len(latencies)},
    }
    return {"per_type": per_type, "overall": overall}


def evaluate(system: System, questions: list[Question], documents: dict[str, str],
             problems: list[dict] | None = None) -> dict:
    """Run every question through `system` and grade it."""
    details: list[dict] = []
    search_results: list[list[dict]] = []
    all_results: list[list[dict]] = []
    latencies: list[float] = []
    for question in questions:
        started = time.perf_counter()
        results = system.search(question.q, TOP_K)
        latency = (time.perf_counter() - started) * 1000
        latencies.append(latency)
        search_results.append(results)
        all_results.append(results)
        if question.type == "similar":
            owner, similar = (None, [])
            if question.seed_span is not None:
                owner, similar = system.similar_to_seed(question.seed_span, TOP_K)
            all_results.append(similar)
            detail = grade_question(question, similar, seed_owner=owner)
            detail["search_top3"] = [_brief(r) for r in results[:3]]
        else:
            detail = grade_question(question, results)
        detail["latency_ms"] = round(latency, 1)
        details.append(detail)
    summary = summarise(details, search_results, all_results, documents, latencies)
    failures, strict_misses = [], []
    for detail in details:
        reasons = failure_reasons(detail)
        if reasons:
            # Misses only under the strict force rule are listed apart from real failures.
            bucket = failures if any(not r.startswith("strict only:") for r in reasons) else strict_misses
            bucket.append({
                "id": detail["id"], "type": detail["type"], "q": detail["q"],
                "expected": [{"quote": g["quote"], "force": g["force"]} for g in detail["gold"]]
                + ([{"values": detail["values"]}] if detail.get("values") else []),
                "got_top3": detail["top3"], "reasons": reasons,
            })
    return {"system": system.name, "mode": system.mode, **summary, "failures": failures,
            "strict_force_misses": strict_misses,
            "data_problems": list(problems or []), "questions": details}


# ----------------------------------------------------------------------------- documents

def load_documents(corpus_dir: Path) -> dict[str, str]:
    """Every document of the corpus folder as the ingester reads it (UTF-8 for text files)."""
    from ingest.readers import UnreadableFile, discover, read_document

    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise EvalError(f"no corpus folder at {corpus_dir} (set GPSEARCH_CORPUS_DIR)")
    files, _skipped = discover([corpus_dir], corpus_dir)
    documents: dict[str, str] = {}
    for path, doc_id in files:
        try:
            documents[doc_id] = read_document(path, doc_id).text
        except UnreadableFile as exc:
            log.warning("cannot read %s: %s", doc_id, exc)
    if not documents:
        raise EvalError(f"no readable documents in {corpus_dir}")
    return documents


# ----------------------------------------------------------------------------- output

def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


ROWS: list[tuple[str, Callable[[dict], Any], int]] = [
    ("lookup hit@1", lambda r: r["per_type"].get("lookup", {}).get("hit@1"), 2),
    ("lookup hit@5", lambda r: r["per_type"].get("lookup", {}).get("hit@5"), 2),
    ("lookup MRR", lambda r: r["per_type"].get("lookup", {}).get("mrr"), 2),
    ("metric hit@1", lambda r: r["per_type"].get("metric", {}).get("hit@1"), 2),
    ("metric hit@5", lambda r: r["per_type"].get("metric", {}).get("hit@5"), 2),
    ("metric MRR", lambda r: r["per_type"].get("metric", {}).get("mrr"), 2),
    ("topic recall@10", lambda r: r["per_type"].get("topic", {}).get("recall@10"), 2),
    ("similar recall@10", lambda r: r["per_type"].get("similar", {}).get("recall@10"), 2),
    ("force accuracy (lenient)", lambda r: r["overall"]["force_lenient"], 2),
    ("force accuracy (strict)", lambda r: r["overall"]["force_strict"], 2),
    ("metric value recall", lambda r: r["per_type"].get("metric", {}).get("value_recall"), 2),
    ("citations exact", lambda r: r["overall"]["citations"]["share"], 3),
    ("median passage chars", lambda r: r["overall"]["median_passage_chars"], 0),
    ("search p50 latency ms", lambda r: r["overall"]["latency_ms"]["p50"], 1),
]


def table(reports: list[dict]) -> str:
    """The figures of one or more systems, one column each."""
    headers = ["", *[f"{r['system']}" + (" (http)" if r["mode"] == "http" else "") for r in reports]]
    rows = [[label, *[_fmt(get(r), digits) for r in reports]] for label, get, digits in ROWS]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    lines = [" | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))]
    lines.append("-|-".join("-" * w for w in widths))
    for row in rows:
        lines.append(" | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def per_type_table(report: dict) -> str:
    lines = [f"{'type':8} {'n':>3} {'hit@1':>6} {'hit@5':>6} {'MRR':>5} {'recall':>6} {'values':>6} "
             f"{'force':>6} {'strict':>6} {'checks':>6}"]
    for qtype, e in report["per_type"].items():
        lines.append(f"{qtype:8} {e['n']:>3} {_fmt(e.get('hit@1')):>6} {_fmt(e.get('hit@5')):>6} "
                     f"{_fmt(e.get('mrr')):>5} {_fmt(e.get('recall@10')):>6} {_fmt(e.get('value_recall')):>6} "
                     f"{_fmt(e.get('force_lenient')):>6} {_fmt(e.get('force_strict')):>6} {e['force_checks']:>6}")
    return "\n".join(lines)


def _retrieval_reason(reason: str) -> bool:
    return not reason.startswith(("force at", "strict only:", "metric values missing"))


def format_failures(report: dict, limit: int | None = None, retrieval_only: bool = False,
                    key: str = "failures") -> str:
    """Failures as readable lines; `retrieval_only` keeps the questions whose gold was not
    found (for pipelines without force or metric fields, whose every answer fails those)."""
    lines = []
    failures = report[key]
    if retrieval_only:
        failures = [{**f, "reasons": [r for r in f["reasons"] if _retrieval_reason(r)]} for f in failures]
        failures = [f for f in failures if f["reasons"]]
    for f in failures[:limit]:
        expected = "; ".join(f"“{g['quote'][:70]}” ({g['force']})" for g in f["expected"] if "quote" in g)
        lines.append(f"- {f['id']} [{f['type']}] {f['q']}")
        lines.append(f"    expected: {expected}")
        for reason in f["reasons"]:
            lines.append(f"    why: {reason}")
        got = "; ".join(f"{t['title'][:50]} ({', '.join(t['forces'] or t['organisations']) or '-'})"
                        for t in f["got_top3"])
        lines.append(f"    top 3: {got or '(nothing)'}")
    return "\n".join(lines)


def format_text(reports: list[dict], problems: list[dict], info: dict) -> str:
    main = reports[0]
    out = [f"gpsearch eval: {main['overall']['questions']} questions ({info['questions_file']}), "
           f"{info['documents']} documents"]
    for p in problems:
        out.append(f"DATA {p['kind'].upper()} {p['id']}: {p['message']}")
    out.append("")
    out.append(table(reports))
    out.append("")
    out.append("force accuracy: lenient = exact name, or a joint name's forces all listed, or a "
               "non-force gold named in organisations; strict = exact name in forces only.")
    for report in reports:
        c = report["overall"]["citations"]
        out.append("")
        out.append(f"== {report['system']} ({report['mode']}): per question type")
        out.append(per_type_table(report))
        out.append(f"citations: {c['exact']}/{c['passages']} passages exact"
                   + (f", {c['unverifiable']} unverifiable" if c["unverifiable"] else "")
                   + (f"; metric spans {c['metrics_exact']}/{c['metrics']} exact" if c["metrics"] else ""))
        lat = report["overall"]["latency_ms"]
        out.append(f"search latency ({report['mode']}): p50 {_fmt(lat['p50'], 1)} ms, p95 {_fmt(lat['p95'], 1)} ms")
        if report is main:
            out.append(f"failures ({len(report['failures'])}):")
            out.append(format_failures(report) or "  (none)")
            if report["strict_force_misses"]:
                out.append(f"right answer, force named only under the lenient rule "
                           f"({len(report['strict_force_misses'])}):")
                out.append(format_failures(report, key="strict_force_misses"))
        else:
            shown = format_failures(report, retrieval_only=True)
            out.append(f"failures: {len(report['failures'])} (no force or metric fields, so every "
                       "covering answer fails those; --json lists all); retrieval misses:")
            out.append(shown or "  (none)")
    load = info.get("load_average") or {}
    if load.get("before"):
        out.append("")
        out.append(f"load average (1/5/15 min): before {load['before']}, after {load.get('after')} "
                   "(latency is noisy when the machine is busy)")
    if info.get("baseline_build"):
        out.append("")
        out.append("baseline build: " + ", ".join(f"{k}: {v}" for k, v in info["baseline_build"].items()))
    return "\n".join(out)


# ----------------------------------------------------------------------------- entry point

def _engine_system(settings) -> EngineSystem:
    from service.engine import Engine

    try:
        engine = Engine.from_settings(settings)
        health = engine.health()
    except EvalError:
        raise
    except Exception as exc:  # the store or model cannot be opened
        raise EvalError(f"cannot open the index in {settings.data_dir}: {exc}") from exc
    if not health.get("initiatives"):
        raise EvalError(INGEST_FIRST)
    engine.warm_up()  # latency figures exclude loading the model and the snapshot
    return EngineSystem(engine)


def _load_average() -> list[float] | None:
    """1/5/15-minute load: latency figures mean little on a busy machine."""
    try:
        import os

        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _quiet_bm25s() -> None:
    """bm25s sets its logger to DEBUG when imported; import it first, then quieten it."""
    try:
        import bm25s  # noqa: F401
    except ImportError:
        return
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("bm25s").setLevel(logging.WARNING)


def run_eval(questions: Path, url: str | None = None, baseline: bool = False, as_json: bool = False,
             out: Path | None = None, settings=None, system: System | None = None,
             stream=None) -> int:
    """The `gpsearch eval` command: 0 when graded, 1 when the question data has errors
    (quotes not in the corpus), 2 when it cannot run."""
    stream = stream or sys.stdout
    load_before = _load_average()
    _quiet_bm25s()
    try:
        if settings is None:
            from index.settings import get_settings

            settings = get_settings()
        questions_list = load_questions(Path(questions))
        documents = load_documents(Path(settings.corpus_dir))
        problems = resolve_gold(questions_list, documents)
        if system is None:
            if url:
                http = HttpSystem(url, api_key=settings.api_key)
                if not http.health().get("initiatives"):
                    raise EvalError(f"the service at {url} has an empty index: run `gpsearch ingest` first")
                system = http
            else:
                system = _engine_system(settings)
        reports = [evaluate(system, questions_list, documents, problems)]
        info: dict[str, Any] = {"questions_file": str(questions), "documents": len(documents)}
        if baseline:
            from service.baseline import build_baselines

            embedder = getattr(getattr(system, "engine", None), "embedder", None)
            baselines, build = build_baselines(settings, embedder=embedder)
            info["baseline_build"] = build
            for b in baselines:
                reports.append(evaluate(b, questions_list, documents, problems))
    except EvalError as exc:
        print(f"gpsearch: {exc}", file=sys.stderr)
        return 2
    info["load_average"] = {"before": load_before, "after": _load_average()}
    payload = {"date": time.strftime("%Y-%m-%d"), **info, "data_problems": problems,
               "systems": {r["system"]: r for r in reports}}
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if as_json:
        print(json.dumps(payload, indent=2, ensure_ascii=False), file=stream)
    else:
        print(format_text(reports, problems, info), file=stream)
    return 1 if any(p["kind"] == "error" for p in problems) else 0
