"""Evaluation reports for people: the figures table, per-type lines and failures explained."""

from __future__ import annotations

from typing import Any, Callable

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

