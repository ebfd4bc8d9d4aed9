"""The `gpsearch` command line: readable output, clear errors, and handing over to a running
service that holds the embedded store."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

import gpsearch_cli
from gpsearch_cli import UserError, _via_service

GPSEARCH = Path(sys.executable).parent / "gpsearch"


# --- talking to a service that answers oddly --------------------------------------------------

class _Scripted(BaseHTTPRequestHandler):
    reply: tuple[int, str, bytes] = (200, "application/json", b"{}")

    def do_POST(self):  # noqa: N802 (http.server's naming)
        status, content_type, body = self.reply
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def answer(status: int, content_type: str, body: bytes) -> dict:
        _Scripted.reply = (status, content_type, body)
        return {"url": f"http://127.0.0.1:{server.server_address[1]}", "role": "serve"}

    yield answer
    server.shutdown()


def test_service_error_message_is_passed_on(scripted):
    owner = scripted(422, "application/json",
                     json.dumps({"error": {"code": "bad", "message": "query must not be empty"}}).encode())
    with pytest.raises(UserError, match="^query must not be empty$"):
        _via_service(owner, "POST", "/search", {"query": ""})


def test_non_json_server_error_names_the_status_and_shows_the_body(scripted):
    owner = scripted(502, "text/html", b"<html><body>Bad Gateway</body></html>")
    with pytest.raises(UserError, match=r"answered 502 to POST /search: <html><body>Bad Gateway"):
        _via_service(owner, "POST", "/search", {"query": "x"})


def test_json_content_type_with_a_broken_body_is_a_clear_error(scripted):
    owner = scripted(500, "application/json", b"{not json")
    with pytest.raises(UserError, match=r"answered 500 to POST /admin/ingest: \{not json"):
        _via_service(owner, "POST", "/admin/ingest", {})


def test_success_that_is_not_a_json_object_is_a_clear_error(scripted):
    owner = scripted(200, "text/plain", b"hello from some other program")
    with pytest.raises(UserError, match="something other than a JSON object"):
        _via_service(owner, "POST", "/search", {"query": "x"})


def test_service_that_does_not_answer_is_a_clear_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    with pytest.raises(UserError, match=f"the running service at http://127.0.0.1:{port} did not answer"):
        _via_service({"url": f"http://127.0.0.1:{port}"}, "POST", "/search", {"query": "x"}, timeout=5)


# --- the real commands -------------------------------------------------------------------------

def _env(data: Path, corpus: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GPSEARCH_")}
    return {**env, "GPSEARCH_DATA_DIR": str(data), "GPSEARCH_CORPUS_DIR": str(corpus)}


def _cli(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(GPSEARCH), *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_bad_filter_is_one_readable_line_and_exit_2(ingested_store, tmp_path):
    settings, _ = ingested_store
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("*.lock"))
    out = _cli(_env(data, settings.corpus_dir), "search", "stop and search", "--force", "Kent Constabulary")
    assert out.returncode == 2
    assert "unknown forces: 'Kent Constabulary' (did you mean 'Kent Police'?)" in out.stderr
    assert "valid values: " in out.stderr and "Lancashire Constabulary" in out.stderr  # all listed
    assert "Traceback" not in out.stderr


def test_eval_on_a_store_embedded_with_another_backend_says_what_to_do(ingested_store, tmp_path):
    settings, _ = ingested_store
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("*.lock"))
    other = "torch" if settings.embed_backend != "torch" else "onnx"
    out = _cli(_env(data, settings.corpus_dir) | {"GPSEARCH_EMBED_BACKEND": other}, "eval", "--no-dialogues")
    assert out.returncode == 2, out.stderr[-2000:]
    assert f"run `gpsearch ingest` to re-embed the documents with '{other}'" in out.stderr
    assert "Traceback" not in out.stderr


def test_empty_store_says_to_ingest_first(tmp_path, corpus_dir):
    out = _cli(_env(tmp_path / "empty", corpus_dir), "search", "anything")
    assert out.returncode == 2
    assert "is empty: run `gpsearch ingest` first" in out.stderr and "Traceback" not in out.stderr
    assert "Loading weights" not in out.stderr  # told at once, without loading the model


@contextmanager
def _serve(env: dict, seconds: float = 180):
    """`gpsearch serve` on a free port with `env`, until /health answers: yields its URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([str(GPSEARCH), "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + seconds
        while True:
            assert process.poll() is None, f"serve exited with {process.returncode}"
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def serving(tmp_path_factory, ingested_store):
    """`gpsearch serve` holding a copy of the ingested embedded store."""
    settings, _ = ingested_store
    root = tmp_path_factory.mktemp("cli")
    data = root / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("*.lock"))
    env = _env(data, settings.corpus_dir)
    with _serve(env) as url:
        yield env, url


def test_search_hands_over_to_the_service_holding_the_store(serving):
    env, url = serving
    refused = _cli(env, "search", "anything", "--theme", "No such theme")
    assert refused.returncode == 2 and "valid values: " in refused.stderr  # the service's 422, readable
    out = _cli(env, "search", "neurodiversity support for officers", "--json", "--top-k", "3")
    assert out.returncode == 0, out.stderr
    direct = httpx.post(url + "/search", json={"query": "neurodiversity support for officers", "top_k": 3}).json()
    handed = json.loads(out.stdout)
    assert [r["id"] for r in handed["results"]] == [r["id"] for r in direct["results"]]
    assert "holds the store" not in out.stdout


def test_ask_hands_over_and_prints_readable_text(serving):
    env, _ = serving
    out = _cli(env, "ask", "What have forces done on neurodiversity?")
    assert out.returncode == 0, out.stderr
    assert "[1]" in out.stdout and "Traceback" not in out.stderr


def test_chat_reads_follow_ups_through_the_service(serving):
    env, _ = serving
    turns = "What have forces done to support neurodivergent officers?\nand in Wales?\n/new\nand in Wales?\n"
    out = subprocess.run([str(GPSEARCH), "chat", "--json"], env=env, input=turns, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    first, second, fresh = [json.loads(line) for line in out.stdout.splitlines()]
    assert first["standalone"] == first["question"]
    assert second["standalone"].endswith("neurodivergent officers (in Wales)?")
    assert second["inferred"]["regions"] == ["Wales"] and second["inferred"]["followup"]
    assert fresh["standalone"] == "and in Wales?"  # after /new there is nothing to read it against


def test_ingest_hands_over_to_the_service(serving):
    env, _ = serving
    out = _cli(env, "ingest", "-q")
    assert out.returncode == 0, out.stderr
    assert "ingesting through it" in out.stderr
    assert "5 unchanged" in out.stdout


def test_ingest_of_a_path_outside_the_corpus_is_refused_by_the_service(serving, tmp_path):
    env, _ = serving
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Kent Police ran a scheme.\n", encoding="utf-8")
    out = _cli(env, "ingest", "-q", str(outside))
    assert out.returncode == 2
    assert "inside the corpus folder" in out.stderr and "Traceback" not in out.stderr


def test_second_serve_is_refused_with_a_clear_message(serving):
    env, url = serving
    out = _cli(env, "serve", "--port", "1", timeout=60)
    assert out.returncode != 0
    assert url in out.stderr and "Traceback" not in out.stderr


def test_cli_module_has_no_stray_globals():
    # the CLI imports its heavy dependencies lazily so `gpsearch --help` is instant
    assert "torch" not in vars(gpsearch_cli) and "chromadb" not in vars(gpsearch_cli)


# --- documents: add, list, remove -------------------------------------------------------------

UPLOAD_DATA = Path(__file__).resolve().parent / "data" / "uploads"


@pytest.fixture(scope="module")
def serving_copy(tmp_path_factory, ingested_store):
    """`gpsearch serve` over copies of the ingested store and of the corpus folder (uploads land
    in the copy, never in the project's corpus/)."""
    settings, _ = ingested_store
    root = tmp_path_factory.mktemp("cli-docs")
    data, corpus = root / "data", root / "corpus"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("*.lock", "store.owner.json"))
    shutil.copytree(settings.corpus_dir, corpus)
    env = _env(data, corpus)
    with _serve(env) as url:
        yield env, url, corpus


def test_add_documents_and_remove_hand_over_to_the_service(serving_copy, tmp_path):
    env, url, corpus = serving_copy
    report = UPLOAD_DATA / "northumbria-neurodiversity-passport.txt"
    out = _cli(env, "add", str(report))
    assert out.returncode == 0, out.stderr
    assert "going through it" in out.stderr
    assert "added uploads/northumbria-neurodiversity-passport.txt" in out.stdout
    assert "Northumbria Police" in out.stdout and "metrics" in out.stdout
    assert (corpus / "uploads" / report.name).read_bytes() == report.read_bytes()
    hits = httpx.post(url + "/search", json={"query": "neurodiversity passport", "top_k": 3}).json()["results"]
    assert hits[0]["doc_id"] == f"uploads/{report.name}"

    again = _cli(env, "add", str(report))
    assert again.returncode == 2 and "already stored" in again.stderr and "--replace" in again.stderr
    replaced = _cli(env, "add", "--replace", "--json", str(report))
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)[0]["replaced"] is True

    bad = tmp_path / "chart.pdf"
    bad.write_bytes(bytes(range(256)) * 8)
    refused = _cli(env, "add", str(bad))
    assert refused.returncode == 2 and "'chart.pdf'" in refused.stderr and "Traceback" not in refused.stderr

    listed = json.loads(_cli(env, "documents", "--json").stdout)
    assert f"uploads/{report.name}" in {d["doc_id"] for d in listed["documents"]}
    removed = _cli(env, "remove", f"uploads/{report.name}")
    assert removed.returncode == 0, removed.stderr
    assert f"uploads/{report.name}" not in {d["doc_id"] for d in httpx.get(url + "/documents").json()["documents"]}
    assert not (corpus / "uploads" / report.name).exists()
    corpus_file = _cli(env, "remove", "npcc-good-practice-case-studies.txt")
    assert corpus_file.returncode == 2 and "only documents added through uploads" in corpus_file.stderr


def test_add_and_remove_locally_without_a_service(tmp_path, corpus_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "police-now-avon-and-somerset.txt", corpus)
    env = _env(tmp_path / "data", corpus)
    assert _cli(env, "ingest", "-q").returncode == 0
    report = UPLOAD_DATA / "west-yorkshire-scrutiny.html"
    out = _cli(env, "add", str(report))
    assert out.returncode == 0, out.stderr
    assert "going through" not in out.stderr and "West Yorkshire Police" in out.stdout
    listed = _cli(env, "documents")
    assert "uploads/west-yorkshire-scrutiny.html" in listed.stdout and "2 documents" in listed.stdout
    assert _cli(env, "remove", "uploads/west-yorkshire-scrutiny.html").returncode == 0
    assert "1 documents" in _cli(env, "documents").stdout
    assert not (corpus / "uploads" / report.name).exists()
