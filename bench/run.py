"""`gpsearch bench [parts...] [--quick]`: measure, print a table per part, update docs/benchmarks.md.

Parts: ingest, search, load, memory, scale, upload (default: all). search, load and memory share one
`gpsearch serve` subprocess over a freshly ingested copy of the default corpus; the in-process
search figures are taken after it has stopped, so the two never compete for the CPU.

Environment: GPSEARCH_CORPUS_DIR (the corpus measured, default ./corpus), GPSEARCH_MODEL_PATH,
GPSEARCH_BENCH_SCALE (scale factors, default "1,10,100"), GPSEARCH_BENCH_KEEP=1 (keep the
scratch folder), GPSEARCH_BENCH_OUT (the markdown file, default docs/benchmarks.md).
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from bench import parts as P
from bench.report import machine_line, print_part, section, update_file
from bench.util import ROOT, default_corpus, fmt, load_average, load_questions, machine, versions

DEFAULT_OUT = ROOT / "docs" / "benchmarks.md"


def _resolve(parts: list[str]) -> list[str]:
    chosen = [p.lower() for p in parts] or list(P.PARTS)
    unknown = [p for p in chosen if p not in P.PARTS]
    if unknown:
        raise ValueError(f"unknown part(s): {', '.join(unknown)}; choose from {', '.join(P.PARTS)}")
    return [p for p in P.PARTS if p in chosen]


def _service_parts(ctx: P.Context, wanted: list[str]) -> list[P.PartResult]:
    """search (HTTP then in-process), load and memory around one service process."""
    from bench.util import Service

    questions, qpath = load_questions()
    rounds = 3 if ctx.quick else 10
    load_total = 160 if ctx.quick else 320
    started = time.perf_counter()
    data = ctx.ingested()
    results: list[P.PartResult] = []
    http = runs = None
    samples: list[tuple[str, dict]] = []
    P.say("starting gpsearch serve")
    with Service(data, ctx.corpus, ctx.tmp / "serve.log") as service:
        samples.append(("after start-up (model and snapshot loaded)", service.memory()))
        if "search" in wanted:
            http = P.http_latency(ctx, service, questions, rounds)
            samples.append((f"after the search part ({4 * rounds * len(questions)} sequential requests)",
                            service.memory()))
        if "load" in wanted or "memory" in wanted:
            runs = P.run_load(ctx, service, questions, load_total, cached_too="load" in wanted)
            samples.append((f"after load (up to 16 concurrent clients, {len(runs) * load_total} requests)",
                            service.memory()))
        start_seconds = service.start_seconds
    service_seconds = time.perf_counter() - started
    if "search" in wanted:
        t0 = time.perf_counter()
        local, notes = P.inprocess_latency(ctx, questions, rounds)
        result = P.PartResult("search", "Search latency", ctx.quick)
        note = (f"Questions: the {len(questions)} `q` fields of {qpath.relative_to(ROOT) if qpath.is_relative_to(ROOT) else qpath}, "
                f"{rounds} rounds after one warm-up pass; top_k 10 for search, 8 for ask (extractive answers).")
        P.search_tables(result, http, local, note)
        result.notes += notes
        result.seconds = time.perf_counter() - t0 + service_seconds
        results.append(result)
    if "load" in wanted and runs:
        results.append(P.load_result(ctx, runs, load_total))
    if "memory" in wanted:
        results.append(P.memory_result(ctx, samples, start_seconds))
    return results


def main(parts: list[str], quick: bool = False) -> int:
    try:
        wanted = _resolve(parts)
    except ValueError as exc:
        print(f"gpsearch bench: {exc}", file=sys.stderr)
        return 2
    out = Path(os.environ.get("GPSEARCH_BENCH_OUT") or DEFAULT_OUT)
    corpus = default_corpus()
    ctx = P.Context(corpus, quick, keep=os.environ.get("GPSEARCH_BENCH_KEEP") == "1")
    host, libs = machine(), versions()
    load_before = load_average()
    print(f"gpsearch bench: {', '.join(wanted)} ({'quick' if quick else 'full'}); corpus {corpus}; "
          f"scratch {ctx.tmp}")
    print(f"machine: {machine_line(host, libs)}; load average {load_before}")
    print("note: figures on a shared machine are noisy; compare runs only on the same machine.")
    failed: list[str] = []
    done: dict[str, str] = {}

    def record(result: P.PartResult) -> None:
        print_part(result)
        done[result.part] = section(result, host, libs)
        run_line = (f"Last run: {time.strftime('%Y-%m-%d %H:%M %Z')}, parts {', '.join(wanted)}, "
                    f"{'quick' if quick else 'full'}. Machine: {machine_line(host, libs)}.")
        update_file(out, dict(done), run_line)

    try:
        if "ingest" in wanted:
            _run_part(ctx, "ingest", lambda: [P.run_ingest(ctx)], record, failed)
        service_parts = [p for p in ("search", "load", "memory") if p in wanted]
        if service_parts:
            _run_part(ctx, "+".join(service_parts), lambda: _service_parts(ctx, service_parts), record, failed)
        if "scale" in wanted:
            _run_part(ctx, "scale", lambda: [P.run_scale(ctx)], record, failed)
        if "upload" in wanted:
            from bench.upload import run_upload

            _run_part(ctx, "upload", lambda: [run_upload(ctx)], record, failed)
    except KeyboardInterrupt:
        print("gpsearch bench: interrupted; finished parts were written", file=sys.stderr)
        return 130
    finally:
        ctx.close()
    if done:
        print(f"\nwrote {out} ({', '.join(done)})")
    if failed:
        print(f"gpsearch bench: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def _run_part(ctx: P.Context, name: str, run, record, failed: list[str]) -> None:
    before = load_average()
    started = time.perf_counter()
    try:
        results = run()
    except Exception:
        traceback.print_exc()
        failed.append(name)
        return
    elapsed = time.perf_counter() - started
    for result in results:
        if not result.seconds:
            result.seconds = elapsed
        result.load = f"{before} → {load_average()}"
        record(result)
    P.say(f"{name} done in {fmt(elapsed, 0)} s")


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if a != "--quick"], quick="--quick" in sys.argv))
