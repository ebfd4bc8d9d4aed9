"""The `gpsearch` command line: ingest, add/remove/documents, serve, search, ask, eval, bench."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

EXAMPLES = """examples:
  gpsearch ingest                       # the corpus folder (GPSEARCH_CORPUS_DIR, default ./corpus)
  gpsearch ingest reports/ new.pdf      # more files or folders
  gpsearch add kent-edi-report.pdf      # keep a copy under the corpus folder's uploads/ and index it
  gpsearch documents                    # what is indexed, with counts
  gpsearch remove uploads/kent-edi-report.pdf
  gpsearch ingest --explain new.pdf     # how a file is read and segmented, without storing it
  gpsearch serve --port 8000
  gpsearch search "neurodiversity support" --force "Kent Police"
  gpsearch ask "What have forces done on female promotion?" --json
  gpsearch ask "What has been shown to work on retention?" --region Wales --evidence "evaluated locally"
  gpsearch chat                         # a conversation: follow-ups like "and in Wales?", "did it work?"
  gpsearch eval --baseline
  gpsearch eval --layouts               # segmentation on documents in new layouts (tests/data/layouts)
  gpsearch eval --formats /tmp/originals  # questions on the corpus as PDF/Word (tests/formats.py)
"""


QUESTION_SETS = tuple(Path(__file__).parent / "tests" / "data" / name
                      for name in ("dev-questions.jsonl", "extra-questions.jsonl"))


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _settings():
    from index.settings import get_settings

    return get_settings()


def _via_service(owner: dict, method: str, path: str, payload: dict | None = None, timeout: float = 60.0,
                 files: dict | None = None) -> dict:
    """Send a request to the running service that holds the embedded store."""
    import httpx

    settings = _settings()
    headers = {"X-API-Key": settings.api_key} if settings.api_key else {}
    if settings.admin_key:  # writes (ingest, documents) need it; reads ignore it
        headers["X-Admin-Key"] = settings.admin_key
    try:
        response = httpx.request(method, owner["url"] + path, json=payload, files=files, headers=headers,
                                 timeout=timeout)
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


def _uploads_or_service():
    """(Uploads over the local store, None) or (None, the running service that holds it)."""
    from index.embedder import embedder_from_settings
    from index.lock import StoreBusy
    from index.store import Store, StoreUnavailable
    from ingest.uploads import Uploads

    settings = _settings()
    try:
        store = Store(settings)
    except StoreBusy as exc:
        if not exc.owner.get("url"):
            raise UserError(str(exc)) from exc
        print(f"the service at {exc.owner['url']} holds the store; going through it…", file=sys.stderr)
        return None, exc.owner
    except StoreUnavailable as exc:
        raise UserError(str(exc)) from exc
    # The model loads on first use: removing and listing never load it.
    return Uploads(settings, store, embedder_from_settings(settings)), None


def cmd_add(args: argparse.Namespace) -> int:
    from ingest.uploads import DocumentRefused, UPLOADS
    from service.schemas import DocumentChanged

    uploads, service = _uploads_or_service()
    limit = _settings().upload_max_bytes
    failed, done = 0, []
    for name in args.files:
        path = Path(name)
        try:
            with path.open("rb") as f:
                data = f.read(limit + 1)
        except OSError as exc:
            print(f"gpsearch: '{name}': cannot read it: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        doc_id = f"{UPLOADS}/{path.name}"
        try:
            if service is not None:
                method, where = ("PUT", f"/documents/{doc_id}") if args.replace else ("POST", "/documents")
                added = DocumentChanged.model_validate(
                    _via_service(service, method, where, files={"file": (path.name, data)}, timeout=3600))
            else:
                change = uploads.replace(doc_id, path.name, data) if args.replace else uploads.add(path.name, data)
                added = DocumentChanged.of(change)
        except (DocumentRefused, UserError) as exc:
            print(f"gpsearch: {exc}", file=sys.stderr)
            failed += 1
            continue
        done.append(added)
        if not args.json:
            _print_found(added)
    if args.json:
        print(json.dumps([d.model_dump(mode="json") for d in done], indent=2, ensure_ascii=False))
    return 2 if failed else 0


def _print_found(added) -> None:
    """What adding a file found (a service.schemas.DocumentChanged)."""
    print(f"{'replaced' if added.replaced else 'added'} {added.doc_id} ({added.kind}, "
          f"{added.bytes / 1024:.0f} KB, {added.seconds:.1f} s): {len(added.initiatives)} initiatives, "
          f"{added.metrics} metrics — {added.title}")
    for found in added.initiatives:
        who = ", ".join(found.forces or found.organisations) or "no force named"
        print(f"  - {found.title} — {who} ({found.evidence.stage}; {found.metrics} metrics)")
    for note in added.notes:
        print(f"  note: {note}")


def cmd_remove(args: argparse.Namespace) -> int:
    from ingest.uploads import DocumentRefused

    uploads, service = _uploads_or_service()
    try:
        if service is not None:
            _via_service(service, "DELETE", f"/documents/{args.doc_id}")
        else:
            uploads.remove(args.doc_id)
    except DocumentRefused as exc:
        raise UserError(str(exc)) from exc
    print(f"removed {args.doc_id}: its file and every record of it")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from index.lock import StoreBusy
    from index.store import StoreUnavailable
    from service.schemas import DocumentsResponse

    try:
        listed = _engine().documents()
    except StoreBusy as exc:
        if not exc.owner.get("url"):
            raise UserError(str(exc)) from exc
        listed = DocumentsResponse.model_validate(_via_service(exc.owner, "GET", "/documents"))
    except StoreUnavailable as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        print(listed.model_dump_json(indent=2))
        return 0
    if not listed.documents:
        print("no documents indexed: run `gpsearch ingest`, or `gpsearch add FILE`")
    for d in listed.documents:
        print(f"{d.doc_id}\n  {d.title[:100]} — {d.initiatives} initiatives, {d.passages} passages, "
              f"{d.metrics} metrics")
    print(f"{listed.total} documents")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from index.embedder import embedder_from_settings
    from ingest.explain import explain, render
    from ingest.readers import UnreadableFile

    settings = _settings()
    try:
        report = explain(Path(args.explain), Path(settings.corpus_dir), embedder_from_settings(settings))
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


def _run(operation: str, text: str, args: argparse.Namespace, history: list[dict] | None = None,
         engine=None):
    """search or ask in-process, or through the running service when it holds the store: a
    SearchResponse or AskResponse either way. `engine`: one already opened (a chat keeps it
    between turns)."""
    from index.lock import StoreBusy
    from index.store import StoreUnavailable
    from service.engine import QueryError
    from service.schemas import AskResponse, SearchResponse

    try:
        engine = engine or _engine()
    except StoreBusy as exc:
        if not exc.owner.get("url"):
            raise UserError(str(exc)) from exc
        key = "query" if operation == "search" else "question"
        body = {key: text, "top_k": args.top_k, "filters": _filters(args)}
        if history:
            body["history"] = history
        model = SearchResponse if operation == "search" else AskResponse
        return model.model_validate(_via_service(exc.owner, "POST", f"/{operation}", body))
    except StoreUnavailable as exc:
        raise UserError(str(exc)) from exc
    try:
        if not engine.health().initiatives:
            raise UserError(f"the index in {engine.settings.data_dir} is empty: run `gpsearch ingest` first "
                            f"(it reads {engine.settings.corpus_dir})")
        return getattr(engine, operation)(text, top_k=args.top_k, filters=_filters(args), history=history)
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
    if args.region:
        filters["regions"] = args.region
    if args.evidence:
        filters["evidence"] = args.evidence
    return filters


def cmd_search(args: argparse.Namespace) -> int:
    response = _run("search", args.query, args)
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    print(f"{response.total} initiatives ({response.took_ms:.0f} ms)")
    for n, result in enumerate(response.results, 1):
        who = ", ".join(result.forces or result.organisations)
        print(f"\n{n}. {result.title} — {who}\n   {result.theme} · {result.doc_id}")
        for passage in result.passages[:1]:
            print(f"   “{passage.text[:300]}”")
        for metric in result.metrics[:3]:
            print(f"   • {metric.text}: {metric.label}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    response = _run("ask", args.question, args)
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    _print_answer(response)
    return 0


def _print_answer(response) -> None:
    """An AskResponse for the terminal: the question as answered, the answer, its citations."""
    if response.standalone and response.standalone != response.question:
        print(f"Answering: {response.standalone}\n")
    print(response.answer)
    print()
    for citation in response.citations:
        print(f"[{citation.n}] {citation.doc_id} {citation.start}-{citation.end}: “{citation.text[:200]}”")


CHAT_HELP = "Ask a question; follow-ups ('and in Wales?', 'did it work?') read the conversation. " \
            "/new starts a new conversation; an empty line or Ctrl-D ends."


def cmd_chat(args: argparse.Namespace) -> int:
    """A conversation on the terminal: each question is answered with the earlier turns as history."""
    from index.lock import StoreBusy
    from index.store import StoreUnavailable
    from service.limits import MAX_HISTORY_TURNS, MAX_TURN_CHARS

    interactive = sys.stdin.isatty()
    if interactive and not args.json:
        print(CHAT_HELP)
    try:
        engine = _engine()
    except (StoreBusy, StoreUnavailable):
        engine = None  # _run hands each turn to the running service, or says what is wrong
    history: list[dict] = []
    while True:
        try:
            line = input("you> " if interactive else "")
        except EOFError:
            break
        question = line.strip()
        if not question:
            if interactive:
                break
            continue
        if question == "/new":
            history = []
            if not args.json:
                print("(new conversation)")
            continue
        try:
            response = _run("ask", question, args, history[-MAX_HISTORY_TURNS:], engine)
        except UserError as exc:
            print(f"gpsearch: {exc}", file=sys.stderr)
            continue
        if args.json:
            print(response.model_dump_json())
        else:
            _print_answer(response)
        sys.stdout.flush()
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": response.answer[:MAX_TURN_CHARS]}]
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from service.server import serve

    return serve(host=args.host, port=args.port, workers=args.workers)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.formats:
        from evaluation.originals import PREFER, run_formats
        from service.engine import Engine

        questions = [Path(args.questions)] if args.questions else list(QUESTION_SETS)
        prefer = PREFER if args.prefer is None else tuple(
            "." + s.strip().lstrip(".").lower() for s in args.prefer.split(",") if s.strip())
        if not prefer:
            raise UserError("--prefer needs file suffixes, e.g. --prefer html,docx,pdf")
        return run_formats(Path(args.formats), questions, open_engine=Engine.from_settings,
                           prefer=prefer, as_json=args.json, out=Path(args.out) if args.out else None)
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

    opened: list = []

    def open_engine(settings):
        opened.append(Engine.from_settings(settings))
        return opened[0]

    graded: dict = {}

    def sections() -> dict:
        graded.update(_eval_dialogues(args, opened[0] if opened else None))
        return graded

    code = run_eval(questions=Path(args.questions or QUESTION_SETS[0]), url=args.url, baseline=args.baseline,
                    as_json=args.json, out=Path(args.out) if args.out else None, open_engine=open_engine,
                    sections=None if args.no_dialogues else sections)
    if not args.json and "dialogues" in graded and "evidence" in graded:
        from evaluation import dialogues

        print(dialogues.format_report(graded["dialogues"], graded["evidence"]))
    return code


def _eval_dialogues(args: argparse.Namespace, engine) -> dict:
    """The conversation and evidence sections ({"dialogues": ..., "evidence": ...}, a section
    whose data file is missing left out): each turn asked with its history through /search (the
    running service at --url, else the app in this process). Raises EvalError."""
    from evaluation import dialogues
    from evaluation.questions import load_documents

    settings = _settings()
    if args.url:
        chat = dialogues.HttpChat(args.url, api_key=settings.api_key)
    else:
        from fastapi.testclient import TestClient

        from service.app import create_app

        chat = dialogues.HttpChat(client=TestClient(create_app(settings, engine=engine)))
    return dialogues.run(chat, Path(args.dialogues), Path(args.evidence_labels),
                         load_documents(Path(settings.corpus_dir)))


def cmd_bench(args: argparse.Namespace) -> int:
    from bench.run import main as bench_main

    return bench_main(args.parts, quick=args.quick)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="append", help="only this force (repeatable)")
    parser.add_argument("--theme", action="append", help="only this theme (repeatable)")
    parser.add_argument("--doc", action="append", help="only this document id (repeatable)")
    parser.add_argument("--has-metrics", action="store_true", help="only initiatives reporting figures of their results")
    parser.add_argument("--region", action="append",
                        help="only forces of this policing region, e.g. Wales, 'North West' (repeatable)")
    parser.add_argument("--evidence", action="append",
                        choices=["independently evaluated", "evaluated locally", "untested"],
                        help="only this stage of evidence (repeatable)")
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

    p = sub.add_parser("add", help="add documents: kept under the corpus folder's uploads/ and indexed",
                       description="Add documents (PDF, Word .docx, HTML, text, Markdown; the kind is read "
                                   "from the content). Through the running service when there is one.")
    p.add_argument("files", nargs="+", help="files to add")
    p.add_argument("--replace", action="store_true", help="replace uploads/NAME with the new file")
    p.add_argument("--json", action="store_true", help="JSON output: what was found in each")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("remove", help="remove an added document: its file and every record of it")
    p.add_argument("doc_id", help="as `gpsearch documents` lists it, e.g. uploads/report.pdf")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("documents", help="the documents indexed, with counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_documents)

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

    p = sub.add_parser("chat", help="a conversation: follow-up questions read against the earlier ones",
                       description=CHAT_HELP)
    _add_filters(p)
    p.set_defaults(func=cmd_chat, top_k=8)

    p = sub.add_parser("eval", help="grade search on the question set")
    p.add_argument("--questions", help="a question file (default: tests/data/dev-questions.jsonl; "
                                       "with --formats, it and extra-questions.jsonl)")
    p.add_argument("--url", help="grade a running service instead of in-process")
    p.add_argument("--baseline", action="store_true", help="also grade stock LlamaIndex pipelines")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", help="write the figures as JSON to this file")
    p.add_argument("--layouts", nargs="?", const=str(Path(__file__).parent / "tests" / "data" / "layouts"),
                   help="grade segmentation on a folder of documents with a manifest.json "
                        "(default: tests/data/layouts)")
    p.add_argument("--dialogues", default=str(Path(__file__).parent / "tests" / "data" / "dialogues.jsonl"),
                   help="conversations graded turn by turn, with history and without")
    p.add_argument("--evidence-labels", default=str(Path(__file__).parent / "tests" / "data" / "evidence-labels.jsonl"),
                   help="initiatives labelled with their stage of evidence")
    p.add_argument("--no-dialogues", action="store_true", help="skip the conversation and evidence sections")
    p.add_argument("--originals", metavar="DIR",
                   help="grade converted corpus files (python tests/formats.py DIR) against the .txt ingest")
    p.add_argument("--formats", metavar="DIR",
                   help="answer the question sets on the converted corpus files in DIR (a PDF, else Word, "
                        "else web page per .txt) beside the .txt files: both ingested afresh, figures "
                        "side by side")
    p.add_argument("--prefer", metavar="SUFFIXES",
                   help="with --formats: which rendering of a .txt to take when DIR has several, "
                        "e.g. html,pdf (default: pdf, then docx, then html)")
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
    except Exception as exc:
        # a question the engine refuses as asked (an index embedded with another backend, a
        # missing store): its message says what to do, as the API's JSON error does
        refused = getattr(sys.modules.get("service.engine"), "QueryError", None)
        if refused is not None and isinstance(exc, refused):
            print(f"gpsearch: {exc.message}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
