"""`gpsearch eval`: run a question set through a system, grade it, report the figures."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

from evaluation.grading import TOP_K, brief, failure_reasons, grade_question, summarise
from evaluation.questions import EvalError, Question, load_documents, load_questions, resolve_gold
from evaluation.reports import format_text
from evaluation.systems import EngineSystem, HttpSystem, System

INGEST_FIRST = "the index is empty: run `gpsearch ingest` first"

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
            detail["search_top3"] = [brief(r) for r in results[:3]]
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



def _engine_system(settings, open_engine: Callable[[Any], Any]) -> EngineSystem:
    """gpsearch in this process; `open_engine(settings)` is given by the caller (the CLI), so
    this package never imports the service."""
    try:
        engine = open_engine(settings)
        initiatives = engine.health().initiatives
    except EvalError:
        raise
    except Exception as exc:  # the store or model cannot be opened
        raise EvalError(f"cannot open the index in {settings.data_dir}: {exc}") from exc
    if not initiatives:
        raise EvalError(INGEST_FIRST)
    engine.warm_up()  # latency figures exclude loading the model and the snapshot
    return EngineSystem(engine)


def load_average() -> list[float] | None:
    """1/5/15-minute load: latency figures mean little on a busy machine."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def quiet_bm25s() -> None:
    """bm25s sets its logger to DEBUG when imported; import it first, then quieten it."""
    try:
        import bm25s  # noqa: F401
    except ImportError:
        return
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("bm25s").setLevel(logging.WARNING)


def run_eval(questions: Path, url: str | None = None, baseline: bool = False, as_json: bool = False,
             out: Path | None = None, settings=None, system: System | None = None,
             open_engine: Callable[[Any], Any] | None = None, stream=None,
             sections: Callable[[], dict] | None = None) -> int:
    """The `gpsearch eval` command: 0 when graded, 1 when the question data has errors
    (quotes not in the corpus), 2 when it cannot run. The system graded is `system`, else the
    service at `url`, else the engine `open_engine(settings)` opens in this process.
    `sections()`, called once the questions are graded, gives more top-level sections of the
    JSON (the conversation and evidence grading: {"dialogues": ..., "evidence": ...}); they go
    into the printed JSON and the `out` file, not the text table (the caller prints those)."""
    stream = stream or sys.stdout
    load_before = load_average()
    quiet_bm25s()
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
            elif open_engine is not None:
                system = _engine_system(settings, open_engine)
            else:
                raise EvalError("nothing to grade: give a service URL or an engine")
        reports = [evaluate(system, questions_list, documents, problems)]
        info: dict[str, Any] = {"questions_file": str(questions), "documents": len(documents)}
        if baseline:
            from evaluation.baseline import build_baselines

            embedder = getattr(getattr(system, "engine", None), "embedder", None)
            baselines, build = build_baselines(settings, documents, embedder=embedder)
            info["baseline_build"] = build
            for b in baselines:
                reports.append(evaluate(b, questions_list, documents, problems))
        more = sections() if sections is not None else {}
    except EvalError as exc:
        print(f"gpsearch: {exc}", file=sys.stderr)
        return 2
    info["load_average"] = {"before": load_before, "after": load_average()}
    payload = {"date": time.strftime("%Y-%m-%d"), **info, "data_problems": problems,
               "systems": {r["system"]: r for r in reports}, **more}
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if as_json:
        print(json.dumps(payload, indent=2, ensure_ascii=False), file=stream)
    else:
        print(format_text(reports, problems, info), file=stream)
    return 1 if any(p["kind"] == "error" for p in problems) else 0
