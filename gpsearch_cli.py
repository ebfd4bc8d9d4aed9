"""The `gpsearch` command line: ingest, serve, search, ask, eval, bench."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

EXAMPLES = """examples:
  gpsearch ingest                       # the corpus folder (GPSEARCH_CORPUS_DIR, default ./corpus)
  gpsearch ingest reports/ new.pdf      # more files or folders
  gpsearch ingest --explain new.pdf     # how a file is read and segmented, without storing it
  gpsearch serve --port 8000
  gpsearch search "neurodiversity support" --force "Kent Police"
  gpsearch ask "What have forces done on female promotion?" --json
  gpsearch eval --baseline
  gpsearch eval --layouts               # segmentation on documents in new layouts (tests/data/layouts)
"""


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _settings():
    from index.settings import get_settings

    return get_settings()


def _via_service(owner: dict, method: str, path: str, payload: dict | None = None, timeout: float = 60.0) -> dict:
    """Send a request to the running service that holds the embedded store."""
    import httpx

    settings = _settings()
    headers = {"X-API-Key": settings.api_key} if settings.api_key else {}
    if settings.admin_key:  # writes (ingest, documents) need it; reads ignore it
        headers["X-Admin-Key"] = settings.admin_key
    try:
        response = httpx.request(method, owner["url"] + path, json=payload, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise UserError(f"the running service at {owner['url']} did not answer: {exc}") from exc
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code >= 400:
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("message"):
            raise UserError(_error_text(str(error["message"]), error.get("details")))
        snippet = " ".join(response.text.split())[:200] or "(empty body)"
        raise UserError(f"the service at {owner['url']} answered {response.status_code} to {method} {path}: {snippet}")
    if not isinstance(body, dict):
        raise UserError(f"the service at {owner['url']} answered {method} {path} with something other than "
                        f"a JSON object (status {response.status_code}); is another program listening there?")
    return body


def _error_text(message: str, details: dict | None) -> str:
    """An API error for the terminal: where it lists the valid values, show them."""
    valid = (details or {}).get("valid") if isinstance(details, dict) else None
    if not isinstance(valid, list) or not valid:
        return message
    message = message.split(". Valid values are listed", 1)[0]
    return f"{message}\nvalid values: " + "; ".join(map(str, valid))


def cmd_ingest(args: argparse.Namespace) -> int:
    if args.explain:
        return _explain(args)
    from index.lock import StoreBusy
    from index.store import StoreUnavailable
    from ingest.pipeline import IngestError, Ingestor

    paths = [Path(p) for p in args.paths]
    try:
        summary = Ingestor(_settings()).run(paths or None, rebuild=args.rebuild, progress=not args.quiet)
        lines = summary.lines()
    except StoreBusy as exc:
        if exc.owner.get("role") != "serve" or not exc.owner.get("url"):
            raise UserError(str(exc)) from exc
        print(f"the service at {exc.owner['url']} holds the store; ingesting through it…", file=sys.stderr)
        result = _via_service(exc.owner, "POST", "/admin/ingest",
                              {"paths": [str(p.resolve()) for p in paths], "rebuild": args.rebuild}, timeout=3600)
        lines = result["summary"]
    except (IngestError, StoreUnavailable) as exc:
        raise UserError(str(exc)) from exc
    for line in lines:
        print(line)
    return 0


def _explain(args: argparse.Namespace) -> int:
    from ingest.explain import explain, render
    from ingest.readers import UnreadableFile

    try:
        report = explain(Path(args.explain), Path(_settings().corpus_dir))
    except UnreadableFile as exc:
        raise UserError(f"cannot read {args.explain}: {exc}") from exc
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print("\n".join(render(report)))
    return 0


def _engine():
    from service.engine import Engine

    return Engine.from_settings(_settings())


def _run(operation: str, text: str, args: argparse.Namespace) -> dict:
    """search or ask in-process, or through the running service when it holds the store."""
    from index.lock import StoreBusy
    from index.store import StoreUnavailable
    from service.engine import QueryError

    try:
        engine = _engine()
    except StoreBusy as exc:
        if not exc.owner.get("url"):
            raise UserError(str(exc)) from exc
        key = "query" if operation == "search" else "question"
        return _via_service(exc.owner, "POST", f"/{operation}",
                            {key: text, "top_k": args.top_k, "filters": _filters(args)})
    except StoreUnavailable as exc:
        raise UserError(str(exc)) from exc
    try:
        if not engine.health()["initiatives"]:
            raise UserError(f"the index in {engine.settings.data_dir} is empty: run `gpsearch ingest` first "
                            f"(it reads {engine.settings.corpus_dir})")
        return getattr(engine, operation)(text, top_k=args.top_k, filters=_filters(args))
    except QueryError as exc:
        raise UserError(_error_text(exc.message, exc.details)) from exc


def _filters(args: argparse.Namespace) -> dict:
    filters: dict = {}
    if args.force:
        filters["forces"] = args.force
    if args.theme:
        filters["themes"] = args.theme
    if args.doc:
        filters["docs"] = args.doc
    if args.has_metrics:
        filters["has_metrics"] = True
    return filters


def cmd_search(args: argparse.Namespace) -> int:
    response = _run("search", args.query, args)
    if args.json:
        print(json.dumps(response, indent=2, ensure_ascii=False))
        return 0
    print(f"{response['total']} initiatives ({response['took_ms']:.0f} ms)")
    for n, result in enumerate(response["results"], 1):
        who = ", ".join(result["forces"] or result["organisations"])
        print(f"\n{n}. {result['title']} — {who}\n   {result['theme']} · {result['doc_id']}")
        for passage in result["passages"][:1]:
            print(f"   “{passage['text'][:300]}”")
        for metric in result["metrics"][:3]:
            print(f"   • {metric['text']}: {metric['label']}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    response = _run("ask", args.question, args)
    if args.json:
        print(json.dumps(response, indent=2, ensure_ascii=False))
        return 0
    print(response["answer"])
    print()
    for citation in response["citations"]:
        print(f"[{citation['n']}] {citation['doc_id']} {citation['start']}-{citation['end']}: "
              f"“{citation['text'][:200]}”")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from service.server import serve

    return serve(host=args.host, port=args.port, workers=args.workers)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.layouts or args.originals:
        from evaluation import layouts

        try:
            layouts.run(Path(args.layouts) if args.layouts else None,
                        Path(args.originals) if args.originals else None,
                        corpus_dir=_settings().corpus_dir, as_json=args.json,
                        out=Path(args.out) if args.out else None)
        except (OSError, ValueError) as exc:
            raise UserError(str(exc)) from exc
        return 0
    from evaluation.harness import run_eval
    from service.engine import Engine

    return run_eval(questions=Path(args.questions), url=args.url, baseline=args.baseline,
                    as_json=args.json, out=Path(args.out) if args.out else None,
                    open_engine=Engine.from_settings)


def cmd_bench(args: argparse.Namespace) -> int:
    from bench.run import main as bench_main

    return bench_main(args.parts, quick=args.quick)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="append", help="only this force (repeatable)")
    parser.add_argument("--theme", action="append", help="only this theme (repeatable)")
    parser.add_argument("--doc", action="append", help="only this document id (repeatable)")
    parser.add_argument("--has-metrics", action="store_true", help="only initiatives reporting figures")
    parser.add_argument("--top-k", type=int, default=10, help="how many initiatives (1-50)")
    parser.add_argument("--json", action="store_true", help="JSON output")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gpsearch", description="Search and answer over UK policing good-practice documents.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read documents into the index (unchanged files are skipped)")
    p.add_argument("paths", nargs="*", help="files or folders (default: the corpus folder)")
    p.add_argument("--rebuild", action="store_true", help="drop everything and start over")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--explain", metavar="FILE",
                   help="show what ingestion makes of FILE (outline, layout and why, initiatives and who "
                        "did them, and why); stores nothing")
    p.add_argument("--json", action="store_true", help="with --explain: JSON output")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("serve", help="run the HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="worker processes (needs a Chroma server for >1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("search", help="initiatives for a query")
    p.add_argument("query")
    _add_filters(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="a cited answer to a question")
    p.add_argument("question")
    _add_filters(p)
    p.set_defaults(func=cmd_ask, top_k=8)

    p = sub.add_parser("eval", help="grade search on the question set")
    p.add_argument("--questions", default=str(Path(__file__).parent / "tests" / "data" / "dev-questions.jsonl"))
    p.add_argument("--url", help="grade a running service instead of in-process")
    p.add_argument("--baseline", action="store_true", help="also grade stock LlamaIndex pipelines")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", help="write the figures as JSON to this file")
    p.add_argument("--layouts", nargs="?", const=str(Path(__file__).parent / "tests" / "data" / "layouts"),
                   help="grade segmentation on a folder of documents with a manifest.json "
                        "(default: tests/data/layouts)")
    p.add_argument("--originals", metavar="DIR",
                   help="grade converted corpus files (python tests/formats.py DIR) against the .txt ingest")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="measure speed and memory; writes docs/benchmarks.md")
    p.add_argument("parts", nargs="*", help="ingest, search, load, memory, scale, upload (default: all)")
    p.add_argument("--quick", action="store_true", help="fewer repetitions")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except UserError as exc:
        print(f"gpsearch: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("gpsearch: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
