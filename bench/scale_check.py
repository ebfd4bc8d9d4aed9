"""`python -m bench.scale_check [--factor 10]`: quality on a scale corpus, quickly, with every miss explained.

The scale part of `gpsearch bench` measures ingest time, latency over HTTP and dev hit@1 in one
long run and throws its scratch folder away. This is the quick path for working on quality at
scale: it generates the N× corpus (bench/corpus.py, gold quotes kept in copy 0 only) into a
folder that is kept between runs (default /tmp/gpsearch-scale-<N>x, or --work), ingests it
in-process (`gpsearch ingest` semantics: unchanged files are skipped, so a second run with the
same generator costs only the model load), grades the question set in-process exactly as
`gpsearch eval` does, and prints for each lookup/metric miss: the question, the gold initiative
and its rank, the initiative ranked first, both scores, the best passages of each, and whether
exact (brute-force) cosine search would have fetched the gold passage that Chroma's HNSW did not.

No timing here: figures for docs/benchmarks.md come from `gpsearch bench scale`.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from pathlib import Path

import numpy as np

from bench.util import ROOT, default_corpus, make_settings

QUESTION_SETS = {"dev": ROOT / "tests" / "data" / "dev-questions.jsonl",
                 "extra": ROOT / "tests" / "data" / "extra-questions.jsonl"}


def say(message: str) -> None:
    print(f"[scale-check {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def prepare(factor: int, work: Path, corpus: Path, embedder) -> tuple[Path, Path]:
    """Generate the corpus into work/corpus and bring work/data up to date with it."""
    from bench.corpus import generate
    from bench.parts import gold_questions, gold_quotes, ingest_in_process

    folder, data = work / "corpus", work / "data"
    say(f"generating the {factor}× corpus into {folder}")
    generated = generate(corpus, folder, factor, protect=gold_quotes(), asked=gold_questions())
    say(f"ingesting {len(generated.files)} files into {data} (unchanged files are skipped)")
    started = time.perf_counter()
    summary = ingest_in_process(make_settings(data, folder), embedder, progress=False)
    say(f"ingest done in {time.perf_counter() - started:.0f} s: {len(summary.added)} added, "
        f"{len(summary.updated)} updated, {len(summary.unchanged)} unchanged, {len(summary.removed)} removed")
    return folder, data


def _clip(text: str, width: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _show(label: str, initiative, score: float | None, passage_scores: dict[str, float], n: int = 2) -> None:
    where = f"{initiative.doc_id} [{initiative.start}:{initiative.end}]"
    print(f"    {label}: {initiative.title!r} — {', '.join(initiative.forces) or '(no force)'} — {where}"
          + (f" — score {score:.5f}" if score is not None else ""))
    best = sorted((p for p in initiative.passages if p.id in passage_scores), key=lambda p: -passage_scores[p.id])
    for p in best[:n]:
        print(textwrap.indent(f"[{passage_scores[p.id]:.5f}] {_clip(p.clean_text)}", "        "))
    if not best:
        print("        (no passage among the fused candidates)")


def explain_miss(engine, question, detail: dict, documents: dict[str, str]) -> dict:
    """Print why a lookup/metric question missed; return the facts for a summary."""
    from evaluation.grading import covers
    from index.retrieval import PAIR_WEIGHT, _pairs
    from index.terms import expand, query_terms, tokens

    searcher = engine.searcher
    snap = searcher.snapshot
    results = [r.model_dump(mode="json") for r in engine.search(question.q, top_k=50).results]
    quotes = [g.where for g in question.gold]
    rank = next((n for n, r in enumerate(results, 1) if any(covers(r, q) for q in quotes)), None)
    # the gold initiative: the one whose span holds the (first) gold quote
    gold_doc, gold_start, gold_end = question.gold[0].span
    gold = next((i for i in snap.initiatives.values()
                 if i.doc_id == gold_doc and i.start <= gold_start and gold_end <= i.end), None)
    gold_passages = [p for p in (gold.passages if gold else [])
                     if p.start < gold_end and gold_start < p.end]
    # the scores Searcher.search fuses (a question naming no force: the dev lookups)
    vector = searcher.embed_query(expand(question.q, spell_out_only=True))
    weighted = query_terms(question.q)
    for pair in _pairs(tokens(question.q)):
        weighted.setdefault(pair, PAIR_WEIGHT)
    scores, passage_scores, _ = searcher._scores(weighted, vector, {})
    ranked = sorted(scores, key=lambda i: -scores[i])
    top = snap.initiatives[results[0]["id"]] if results else None
    print(f"\n  {question.id} [{question.type}] {question.q!r}")
    print(f"    gold quote: {_clip(question.gold[0].quote, 160)!r} ({question.gold[0].force})")
    print(f"    gold covered at rank {rank if rank else '>50'} of the answer; gold initiative at rank "
          f"{ranked.index(gold.id) + 1 if gold and gold.id in scores else '(not fused)'} of {len(ranked)} fused")
    if top is not None:
        _show("ranked 1st", top, scores.get(top.id), passage_scores)
    if gold is not None:
        _show("gold      ", gold, scores.get(gold.id), passage_scores)
    # exact cosine vs the store's HNSW answer for the gold passages
    dense = [pid for pid, _ in engine.store.query_passages(vector, 100)]
    exact_rank: dict[str, int] = {}
    if gold_passages:
        ids, matrix = _all_passage_vectors(engine)
        row = {pid: n for n, pid in enumerate(ids)}
        sims = matrix @ (vector / np.linalg.norm(vector))
        for p in gold_passages:
            if p.id in row:
                exact_rank[p.id] = int((sims > sims[row[p.id]] + 1e-7).sum()) + 1
        for p in gold_passages:
            in_hnsw = p.id in dense
            print(f"    gold passage {p.id}: exact cosine rank {exact_rank.get(p.id, '?')}, "
                  f"{'in' if in_hnsw else 'NOT in'} Chroma's 100 nearest")
    return {"id": question.id, "rank": rank, "gold": gold.id if gold else None,
            "top": top.id if top else None, "exact_rank": exact_rank,
            "hnsw_lost": [p for p, r in exact_rank.items() if r <= 100 and p not in dense]}


_VECTORS: dict[int, tuple[list[str], np.ndarray]] = {}


def _all_passage_vectors(engine) -> tuple[list[str], np.ndarray]:
    """Every live passage vector, normalised (for exact cosine ranks)."""
    key = id(engine)
    if key not in _VECTORS:
        snap = engine.searcher.snapshot
        ids, vectors = [], []
        offset, page = 0, 5000
        while True:
            got = engine.store.passages.get(include=["embeddings"], limit=page, offset=offset)
            if not got["ids"]:
                break
            for cid, e in zip(got["ids"], got["embeddings"]):
                pid = cid.rsplit("@", 1)[0]
                if pid in snap.passages:
                    ids.append(pid)
                    vectors.append(e)
            offset += page
        matrix = np.asarray(vectors, dtype=np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        _VECTORS[key] = (ids, matrix)
    return _VECTORS[key]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--work", help="kept between runs (default /tmp/gpsearch-scale-<factor>x)")
    parser.add_argument("--questions", default="dev", help="dev, extra, or a .jsonl path")
    parser.add_argument("--no-generate", action="store_true", help="grade the data folder as it is")
    parser.add_argument("--explain", action="store_true", help="print every miss in detail")
    parser.add_argument("--json", help="write the graded report here")
    args = parser.parse_args(argv)

    from evaluation.harness import evaluate
    from evaluation.questions import load_documents, load_questions, resolve_gold
    from evaluation.systems import EngineSystem
    from index.embedder import embedder_from_settings
    from index.settings import Settings
    from service.engine import Engine

    work = Path(args.work or f"/tmp/gpsearch-scale-{args.factor}x")
    work.mkdir(parents=True, exist_ok=True)
    embedder = embedder_from_settings(Settings())
    if args.no_generate:
        folder, data = work / "corpus", work / "data"
    else:
        folder, data = prepare(args.factor, work, default_corpus(), embedder)
    path = QUESTION_SETS.get(args.questions, Path(args.questions))
    questions = load_questions(path)
    documents = load_documents(folder)
    problems = resolve_gold(questions, documents)
    engine = Engine.from_settings(make_settings(data, folder), embedder=embedder)
    try:
        engine.warm_up()
        health = engine.health()
        say(f"grading {path.name} on {health.documents} documents, {health.initiatives} initiatives, "
            f"{health.passages} passages")
        report = evaluate(EngineSystem(engine), questions, documents, problems)
        overall = report["overall"]
        misses = [d for d in report["questions"] if d.get("hit@1") == 0.0]
        print(f"{args.factor}× {path.name}: lookup+metric hit@1 {overall['lookup+metric hit@1']:.3f}, "
              f"MRR {overall['lookup+metric mrr']:.3f}; misses: {len(misses)} "
              f"({', '.join(d['id'] for d in misses)})")
        duplicated = [p for p in problems if "occurs" in p.get("message", "")]
        if duplicated:
            print(f"gold quotes found more than once: {len(duplicated)}")
        if args.explain:
            by_id = {q.id: q for q in questions}
            facts = [explain_miss(engine, by_id[d["id"]], d, documents) for d in misses]
            lost = [f for f in facts if f["hnsw_lost"]]
            print(f"\nmisses where HNSW lost a gold passage exact search ranks within 100: {len(lost)}")
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        engine.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
