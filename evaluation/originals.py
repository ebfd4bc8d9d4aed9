"""`gpsearch eval --formats DIR`: the question sets answered on the default corpus as its
publishers issue it, beside the same questions on the corpus `.txt` files, in one run.

DIR holds converted files named after the corpus `.txt` they render (`python tests/formats.py
DIR` writes the compendium and Police Now reports as PDFs, the NPCC cases as a Word file and a
web page). For every corpus `.txt` with a rendering, one rendering is taken (the first suffix in
`prefer`: a PDF, else a Word file, else a web page), and two corpus folders are built in a
temporary directory: the `.txt` files, and the renderings with the catalogue entries copied to
their names. Each is ingested afresh with the same embedding model, every question set runs
through the engine on each, and the figures are printed side by side with their differences.

Gold quotes and seeds come from the `.txt` files: there they are found exactly; in a rendering's
extracted text they are found by normalised matching (evaluation/quotes.py), so "covers" and
citation exactness are graded on the rendering's own offsets. A gold quote that cannot be found
in a rendering is a data error of that run, reported like one in a question file.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.harness import evaluate, load_average, quiet_bm25s
from evaluation.questions import EvalError, load_documents, load_questions, resolve_gold
from evaluation.quotes import Locator, exact_spans, normalised_spans
from evaluation.reports import ROWS, table
from evaluation.systems import EngineSystem

PREFER = (".pdf", ".docx", ".html", ".htm", ".md")
TXT, ORIGINALS = ".txt", "originals"
# The figures compared (all higher-is-better); the target is the originals no more than
# TOLERANCE below the .txt: the same documents as published must not answer worse.
FIGURES = ("lookup hit@1", "lookup hit@5", "topic recall@10", "similar recall@10",
           "force accuracy (lenient)", "metric value recall", "citations exact")
TOLERANCE = 0.02
CATALOG = "catalog.json"


def pair_renderings(converted_dir: Path, corpus_dir: Path,
                    prefer: tuple[str, ...] = PREFER) -> dict[str, Path]:
    """corpus .txt name -> the rendering of it in `converted_dir` to use (same stem, the first
    suffix in `prefer`). Raises EvalError when the folder is missing or pairs nothing."""
    converted_dir, corpus_dir = Path(converted_dir), Path(corpus_dir)
    if not converted_dir.is_dir():
        raise EvalError(f"no such folder: {converted_dir} "
                        f"(write the renderings with `python tests/formats.py {converted_dir}`)")
    by_stem: dict[str, list[Path]] = {}
    for path in converted_dir.iterdir():
        if path.suffix.lower() in prefer:
            by_stem.setdefault(path.stem, []).append(path)
    pairs = {}
    for txt in sorted(corpus_dir.glob("*.txt")):
        candidates = sorted(by_stem.get(txt.stem, []), key=lambda p: prefer.index(p.suffix.lower()))
        if candidates:
            pairs[txt.name] = candidates[0]
    if not pairs:
        raise EvalError(f"no file in {converted_dir} renders a corpus .txt of {corpus_dir} "
                        f"(a rendering is named after its .txt, with a suffix among "
                        f"{', '.join(prefer)})")
    return pairs


def build_corpora(pairs: dict[str, Path], corpus_dir: Path, work_dir: Path) -> dict[str, Path]:
    """Two corpus folders under `work_dir`, each with a catalog.json: the paired .txt files, and
    their renderings (catalogue entries copied to the renderings' names)."""
    catalog_path = Path(corpus_dir) / CATALOG
    catalog = json.loads(catalog_path.read_text(encoding="utf-8")) if catalog_path.is_file() else {}
    work_dir = Path(work_dir)
    folders = {TXT: work_dir / "txt" / "corpus", ORIGINALS: work_dir / ORIGINALS / "corpus"}
    entries: dict[str, dict] = {TXT: {}, ORIGINALS: {}}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for txt_name, rendering in pairs.items():
        shutil.copyfile(Path(corpus_dir) / txt_name, folders[TXT] / txt_name)
        shutil.copyfile(rendering, folders[ORIGINALS] / rendering.name)
        if txt_name in catalog:
            entries[TXT][txt_name] = catalog[txt_name]
            entries[ORIGINALS][rendering.name] = catalog[txt_name]
    for label, folder in folders.items():
        catalog_text = json.dumps(entries[label], indent=2, ensure_ascii=False) + "\n"
        (folder / CATALOG).write_text(catalog_text, encoding="utf-8")
    return folders


def figures(report: dict) -> dict[str, float | None]:
    """The compared figures of one graded run, by their report labels."""
    getters = {label: get for label, get, _ in ROWS}
    return {label: getters[label](report) for label in FIGURES}


def differences(txt: dict, originals: dict) -> dict[str, dict]:
    """Per figure: both values, originals minus .txt, and whether within TOLERANCE below it
    (`within`; a rendering that does better is within) and whether it did better (`better`)."""
    a, b = figures(txt), figures(originals)
    out = {}
    for label in FIGURES:
        delta = None if a[label] is None or b[label] is None else round(b[label] - a[label], 4)
        out[label] = {TXT: a[label], ORIGINALS: b[label], "delta": delta,
                      "within": delta is not None and delta >= -TOLERANCE,
                      "better": delta is not None and delta > TOLERANCE}
    return out


def _open(open_engine: Callable[[Any, Any], Any], settings, embedder):
    try:
        return open_engine(settings, embedder)
    except Exception as exc:  # the store or the model cannot be opened
        raise EvalError(f"cannot open a store in {settings.data_dir}: {exc}") from exc


def _ingest(engine, progress: bool) -> dict:
    from ingest.pipeline import IngestError, Ingestor

    try:
        summary = Ingestor(engine.settings, embedder=engine.embedder, store=engine.store).run(
            progress=progress)
    except IngestError as exc:
        raise EvalError(str(exc)) from exc
    return {"lines": summary.lines(), "documents": summary.documents,
            "initiatives": summary.initiatives, "passages": summary.passages,
            "metrics": summary.metrics,
            "skipped": [list(s) for s in summary.skipped], "seconds": round(summary.seconds, 1)}


def compare(converted_dir: Path, question_files: list[Path], settings,
            open_engine: Callable[[Any, Any], Any], prefer: tuple[str, ...] = PREFER,
            progress: bool = True, log: Callable[[str], None] = lambda line: None) -> dict:
    """Ingest the paired .txt files and their renderings into temporary stores, run every
    question set through the engine on both, and return the reports and differences.
    `open_engine(settings, embedder)` opens the engine (the CLI gives it; this package never
    imports the service); both engines share one embedder, built from `settings`."""
    from index.embedder import embedder_from_settings

    corpus_dir = Path(settings.corpus_dir)
    pairs = pair_renderings(converted_dir, corpus_dir, prefer)
    question_sets = {Path(f).stem: load_questions(Path(f)) for f in question_files}
    embedder = embedder_from_settings(settings)
    locators: dict[str, Locator] = {TXT: exact_spans, ORIGINALS: normalised_spans}
    with tempfile.TemporaryDirectory(prefix="gpsearch-formats-") as work:
        folders = build_corpora(pairs, corpus_dir, Path(work))
        engines, corpora = {}, {}
        try:
            for label, folder in folders.items():  # ingest both before any query sets torch threads
                engine_settings = settings.model_copy(update={
                    "corpus_dir": folder, "data_dir": folder.parent / "data", "chroma_host": ""})
                engines[label] = _open(open_engine, engine_settings, embedder)
                log(f"ingesting the {label} corpus ({len(pairs)} documents)")
                files = sorted(p.name for p in folder.iterdir() if p.name != CATALOG)
                corpora[label] = {"files": files, "ingest": _ingest(engines[label], progress)}
                for line in corpora[label]["ingest"]["lines"]:
                    log(f"  {line}")
            sets: dict[str, dict] = {}
            for label, engine in engines.items():
                engine.warm_up()
                documents = load_documents(folders[label])
                system = EngineSystem(engine, name=label)
                for name, questions in question_sets.items():
                    log(f"answering {name} ({len(questions)} questions) on the {label} corpus")
                    problems = resolve_gold(questions, documents, locators[label])
                    report = evaluate(system, questions, documents, problems)
                    sets.setdefault(name, {})[label] = report
        finally:
            for engine in engines.values():
                engine.store.close()
    return {"date": time.strftime("%Y-%m-%d"), "converted_dir": str(converted_dir),
            "pairs": {txt: path.name for txt, path in pairs.items()}, "corpora": corpora,
            "question_sets": {name: {"questions": len(q), "file": str(f)}
                              for (name, q), f in zip(question_sets.items(), question_files)},
            "sets": {name: {**reports, "differences": differences(reports[TXT], reports[ORIGINALS])}
                     for name, reports in sets.items()}}


def _located(report: dict) -> str:
    errors = [p for p in report["data_problems"] if p["kind"] == "error"]
    return f"{report['overall']['graded']}/{report['overall']['questions']} questions graded" + (
        f", {len(errors)} gold quotes or seeds not found" if errors else "")


def format_comparison(result: dict) -> str:
    """The comparison for people: what was ingested, the figures side by side, the differences."""
    out = ["gpsearch eval --formats: the question sets on the corpus .txt files and on their "
           f"renderings in {result['converted_dir']}"]
    for txt, rendering in result["pairs"].items():
        out.append(f"  {txt} -> {rendering}")
    for label, corpus in result["corpora"].items():
        i = corpus["ingest"]
        out.append(f"{label} corpus: {i['documents']} documents, {i['initiatives']} initiatives, "
                   f"{i['passages']} passages, {i['metrics']} metrics "
                   f"(ingested in {i['seconds']} s)")
    for name, runs in result["sets"].items():
        reports = [{**runs[label], "system": f"{name} {label}"} for label in (TXT, ORIGINALS)]
        out += ["", f"== {name}: {_located(runs[TXT])} on .txt; "
                    f"{_located(runs[ORIGINALS])} on originals",
                table(reports), "", f"originals minus .txt (target: no more than {TOLERANCE} below):"]
        for label, d in runs["differences"].items():
            delta = "-" if d["delta"] is None else f"{d['delta']:+.2f}"
            out.append(f"  {label:<26} {delta:>6}  {'better' if d.get('better') else 'ok' if d['within'] else 'MISSED'}")
        for problem in runs[ORIGINALS]["data_problems"]:
            if problem["kind"] == "error":
                out.append(f"  DATA ERROR (originals) {problem['id']}: {problem['message']}")
        misses = [f for f in runs[ORIGINALS]["failures"] if f["id"] not in
                  {g["id"] for g in runs[TXT]["failures"]}]
        if misses:
            out.append(f"  failing on the originals only ({len(misses)}): "
                       + ", ".join(f["id"] for f in misses))
    return "\n".join(out)


def run_formats(converted_dir: Path, question_files: list[Path],
                open_engine: Callable[[Any, Any], Any], settings=None,
                prefer: tuple[str, ...] = PREFER, as_json: bool = False, out: Path | None = None,
                progress: bool = True, stream=None) -> int:
    """The `gpsearch eval --formats DIR` command: 0 when graded, 1 when a gold quote or seed is
    not found in a corpus, 2 when it cannot run (message on stderr)."""
    stream = stream or sys.stdout
    load_before = load_average()
    quiet_bm25s()
    if settings is None:
        from index.settings import get_settings

        settings = get_settings()
    try:
        result = compare(converted_dir, question_files, settings, open_engine, prefer, progress,
                         log=lambda line: print(line, file=sys.stderr))
    except EvalError as exc:
        print(f"gpsearch: {exc}", file=sys.stderr)
        return 2
    result["load_average"] = {"before": load_before, "after": load_average()}
    as_json_text = json.dumps(result, indent=2, ensure_ascii=False)
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(as_json_text + "\n", encoding="utf-8")
    print(as_json_text if as_json else format_comparison(result), file=stream)
    errors = any(p["kind"] == "error" for runs in result["sets"].values()
                 for label in (TXT, ORIGINALS) for p in runs[label]["data_problems"])
    return 1 if errors else 0
