"""Grading rules: how one question's results are scored, and the figures over a question set.

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
gpsearch (in-process or over HTTP) and the stock LlamaIndex baselines in evaluation/baseline.py.
"""

from __future__ import annotations

import re
import statistics
from typing import Any, Callable

from evaluation.questions import QUESTION_TYPES, Gold, Question, Span

TOP_K = 10
METRIC_TOP = 5  # the covering result for metric values must be within the top 5


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


def brief(result: dict) -> dict:
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
        "top3": [brief(r) for r in results[:3]],
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

