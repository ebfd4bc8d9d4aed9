"""Documents over HTTP: add, read, replace and remove through the real app, real Chroma and the
real ingestion; every bad upload refused with nothing stored; admin key and loopback rules;
kill -9 at each step of a change, then recovery to the old or the new state."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index.embedder import HashEmbedder
from index.store import Store
from ingest.pipeline import Ingestor
from ingest.uploads import UPLOADS, Uploads
from service.app import create_app
from service.engine import Engine

from conftest import CORPUS_DIR, make_settings

DATA = Path(__file__).resolve().parent / "data" / "uploads"
LOOPBACK = ("127.0.0.1", 50000)
SEED_DOC = "police-now-avon-and-somerset.txt"  # the smallest default document: something to search besides


# --- rendering the test documents in each format -------------------------------------------------

def pdf_of(text: str, lines_per_page: int = 40) -> bytes:
    """`text` as a PDF with a text layer, wrapped at 90 characters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = [wrapped for paragraph in text.split("\n") for wrapped in (textwrap.wrap(paragraph, 90) or [""])]
    for at in range(0, len(lines), lines_per_page):
        y = 800
        for line in lines[at:at + lines_per_page]:
            pdf.drawString(50, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_of(text: str) -> bytes:
    """`text` as a Word document: the first line a heading, then one paragraph per line."""
    import docx

    document = docx.Document()
    first, *rest = text.strip().split("\n")
    document.add_heading(first, level=1)
    for line in rest:
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_of(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# --- fixtures -----------------------------------------------------------------------------------

def _setup(tmp_path: Path, embedder, **overrides):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS_DIR / SEED_DOC, corpus / SEED_DOC)
    settings = make_settings(tmp_path / "data", corpus).model_copy(update=overrides)
    store = Store(settings)
    Ingestor(settings, embedder=embedder, store=store).run(progress=False)
    return settings, store


@pytest.fixture
def made(tmp_path, real_embedder):
    """(settings, store, loopback client) over a one-document corpus and the real model."""
    settings, store = _setup(tmp_path, real_embedder)
    app = create_app(settings, engine=Engine(settings, store, real_embedder))
    with TestClient(app, client=LOOPBACK) as client:
        yield settings, store, client
    store.close()


@pytest.fixture
def quick(tmp_path):
    """The same with the hash embedder, for tests where ranking does not matter."""
    embedder = HashEmbedder()
    settings, store = _setup(tmp_path, embedder)
    app = create_app(settings, engine=Engine(settings, store, embedder))
    with TestClient(app, client=LOOPBACK) as client:
        yield settings, store, client
    store.close()


def upload(client, name: str, data: bytes, method: str = "POST", doc_id: str = "", **kwargs):
    url = "/documents" + (f"/{doc_id}" if doc_id else "")
    return client.request(method, url, files={"file": (name, data, "application/octet-stream")}, **kwargs)


def records(store: Store, doc_id: str) -> tuple[int, int, int]:
    """How many records of `doc_id` each Chroma collection holds (document, initiatives, passages)."""
    return (len(store.documents.get(ids=[doc_id])["ids"]),
            len(store.initiatives.get(where={"doc_id": doc_id}, include=[])["ids"]),
            len(store.passages.get(where={"doc_id": doc_id}, include=[])["ids"]))


def totals(store: Store) -> tuple[int, int, int]:
    return store.documents.count(), store.initiatives.count(), store.passages.count()


def search(client, query: str, **filters) -> list[dict]:
    body: dict = {"query": query, "top_k": 10}
    if filters:
        body["filters"] = filters
    response = client.post("/search", json=body)
    assert response.status_code == 200, response.text
    return response.json()["results"]


def uploads_folder(settings) -> list[str]:
    folder = Path(settings.corpus_dir) / UPLOADS
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- the whole life of a document ---------------------------------------------------------------

def test_upload_search_replace_delete(made):
    settings, store, client = made
    before = totals(store)
    response = upload(client, "Cumbria reverse mentoring.pdf", pdf_of(text_of("cumbria-reverse-mentoring.txt")))
    assert response.status_code == 201, response.text
    added = response.json()
    doc_id = added["doc_id"]
    assert doc_id == "uploads/Cumbria reverse mentoring.pdf" and added["kind"] == "pdf"
    assert (Path(settings.corpus_dir) / doc_id).read_bytes()[:5] == b"%PDF-"
    assert any("Cumbria Constabulary" in i["forces"] for i in added["initiatives"])
    assert added["metrics"] >= 2

    found = search(client, "reverse mentoring of chief officers by junior colleagues")
    top = found[0]
    assert top["doc_id"] == doc_id and top["forces"] == ["Cumbria Constabulary"]
    assert {"87%", "31%"} <= {m["text"] for r in found if r["doc_id"] == doc_id for m in r["metrics"]}
    text = client.get(f"/documents/{doc_id}", params={"include": "text"}).json()["text"]
    for passage in top["passages"]:
        assert text[passage["start"]:passage["end"]] == passage["text"]
    assert search(client, "mentoring", forces=["Cumbria Constabulary"])
    assert any(d["doc_id"] == doc_id and d["source"] == "upload" for d in client.get("/documents").json()["documents"])
    cumbria = sum("Cumbria Constabulary" in i["forces"] for i in added["initiatives"])
    assert {"name": "Cumbria Constabulary", "initiatives": cumbria, "region": "North West"} in client.get("/forces").json()["forces"]

    replaced = upload(client, "whatever.pdf", pdf_of(text_of("staffordshire-menopause-support.txt")), "PUT", doc_id)
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["replaced"] and replaced.json()["doc_id"] == doc_id
    assert not [r for r in search(client, "reverse mentoring of chief officers") if r["doc_id"] == doc_id
                and "Cumbria Constabulary" in r["forces"]]
    menopause = search(client, "menopause support champions")
    assert menopause[0]["doc_id"] == doc_id and menopause[0]["forces"] == ["Staffordshire Police"]
    document, initiatives, passages = records(store, doc_id)
    assert document == 1 and initiatives == len(client.get(f"/documents/{doc_id}").json()["initiatives"])

    removed = client.delete(f"/documents/{doc_id}")
    assert removed.status_code == 200 and removed.json() == {"doc_id": doc_id, "removed": True}
    assert records(store, doc_id) == (0, 0, 0)
    assert totals(store)[0] == before[0] and totals(store)[1:] == before[1:]
    assert all(r["doc_id"] != doc_id for r in search(client, "menopause support champions"))
    assert all(row["doc_id"] != doc_id for row in client.get("/initiatives").json()["initiatives"])
    assert "Staffordshire Police" not in {f["name"] for f in client.get("/forces").json()["forces"]}
    assert all(d["doc_id"] != doc_id for d in client.get("/documents").json()["documents"])
    assert client.get(f"/documents/{doc_id}").status_code == 404
    assert uploads_folder(settings) == []


# a course page (development set v28): its sections are the week's reading, a quiz and a reflection
COURSE_PAGE = Path(__file__).parent / "data" / "layouts-heldout28" / "ribblesdale-learn-np201-week-3-applying-sara.html"


def test_an_upload_describing_no_work_is_stored_and_listed_with_none_and_a_note(made):
    """The work model may judge every section of a document not a piece of work: the document is
    kept (listed, its text served) with no initiative, and the upload says why."""
    settings, store, client = made
    response = upload(client, "week-3.html", COURSE_PAGE.read_bytes())
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["initiatives"] == [] and any("no piece of work found" in n for n in added["notes"])
    doc_id = added["doc_id"]
    assert records(store, doc_id) == (1, 0, 0)
    assert any(d["doc_id"] == doc_id for d in client.get("/documents").json()["documents"])
    assert "problem analysis triangle" in client.get(f"/documents/{doc_id}", params={"include": "text"}).json()["text"]
    assert all(r["doc_id"] != doc_id for r in search(client, "problem analysis triangle knowledge check"))
    assert client.delete(f"/documents/{doc_id}").status_code == 200
    assert records(store, doc_id) == (0, 0, 0)


@pytest.mark.parametrize("name,render,kind", [
    ("northumbria-neurodiversity-passport.docx", lambda: docx_of(text_of("northumbria-neurodiversity-passport.txt")), "docx"),
    ("west-yorkshire-scrutiny.html", lambda: (DATA / "west-yorkshire-scrutiny.html").read_bytes(), "html"),
    ("staffordshire-menopause-support.md", lambda: text_of("staffordshire-menopause-support.txt").encode(), "text"),
])
def test_each_kind_is_read_and_its_spans_are_exact(quick, name, render, kind):
    _, _, client = quick
    response = upload(client, name, render())
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["kind"] == kind and added["initiatives"]
    detail = client.get(f"/documents/{added['doc_id']}", params={"include": "text"}).json()
    for found in detail["initiatives"]:
        record = client.get(f"/initiatives/{found['id']}").json()
        assert detail["text"][record["start"]:record["end"]] == record["text"]
        for metric in record["metrics"]:
            assert detail["text"][metric["start"]:metric["end"]] == metric["text"]


def test_outline_shows_how_an_upload_was_read(quick, monkeypatch):
    """?include=outline: the reader's outline, the layout chosen with every layout's score, the
    owner and the initiatives, as `gpsearch ingest --explain` shows them; its initiatives are the
    stored ones (judged with the service's own embedder, never a second model loaded per request)
    and every span indexes into the document's text."""
    _, _, client = quick
    response = upload(client, "northumbria-passport.docx", docx_of(text_of("northumbria-neurodiversity-passport.txt")))
    assert response.status_code == 201, response.text
    added = response.json()

    def no_second_model(*args, **kwargs):
        raise AssertionError("the explanation loaded an embedding model of its own")

    monkeypatch.setattr("index.embedder.embedder_from_settings", no_second_model)
    detail = client.get(f"/documents/{added['doc_id']}", params=[("include", "outline"), ("include", "text")])
    assert detail.status_code == 200, detail.text
    body = detail.json()
    text, explained = body["text"], body["explanation"]
    assert explained["outline"] and any(item["kind"] == "heading" for item in explained["outline"])
    assert explained["layout"]["chosen"] and explained["layout"]["scores"]
    assert explained["layout"]["chosen"] == explained["layout"]["scores"][0]["layout"]
    assert explained["characters"] == len(text)
    assert [(i["id"], i["start"], i["end"]) for i in explained["initiatives"]] == \
        [(i["id"], i["start"], i["end"]) for i in body["initiatives"]]
    for item in explained["outline"] + explained["initiatives"]:
        assert 0 <= item["start"] <= item["end"] <= len(text)
    assert all(i["owner_reason"] for i in explained["initiatives"])
    # what the work model made of each piece, and what it left out, as --explain shows it (this
    # service's test embedder has no work model: it judges nothing and leaves nothing out)
    assert all("work" in i and i["work"] is None for i in explained["initiatives"])
    assert explained["left_out"] == []
    assert "file" not in explained  # no server paths
    plain = client.get(f"/documents/{added['doc_id']}").json()
    assert plain["explanation"] is None and plain["text"] is None
    assert client.get(f"/documents/{added['doc_id']}", params={"include": "pages"}).status_code == 422


def test_a_name_without_extension_gets_the_kind_of_its_content(quick):
    _, _, client = quick
    response = upload(client, "notes from the network", text_of("staffordshire-menopause-support.txt").encode())
    assert response.json()["doc_id"] == "uploads/notes from the network.txt"


def test_same_name_again_is_409_naming_the_stored_document(quick):
    settings, store, client = quick
    data = text_of("cumbria-reverse-mentoring.txt").encode()
    assert upload(client, "mentoring.txt", data).status_code == 201
    before = (totals(store), uploads_folder(settings))
    again = upload(client, "MENTORING.txt", b"Different words about something else entirely.")
    assert again.status_code == 409
    assert "uploads/mentoring.txt" in again.json()["error"]["message"]
    assert (totals(store), uploads_folder(settings)) == before
    assert (Path(settings.corpus_dir) / "uploads" / "mentoring.txt").read_bytes() == data


def test_documents_of_the_corpus_folder_cannot_be_replaced_or_removed(quick):
    settings, store, client = quick
    before = totals(store)
    assert client.delete(f"/documents/{SEED_DOC}").json()["error"]["code"] == "not_an_upload"
    refused = upload(client, SEED_DOC, b"Other text.", "PUT", SEED_DOC)
    assert refused.status_code == 409
    assert totals(store) == before and (Path(settings.corpus_dir) / SEED_DOC).exists()


def test_unknown_documents_are_404(quick):
    _, _, client = quick
    assert client.get("/documents/uploads/nothing.txt").status_code == 404
    assert client.delete("/documents/uploads/nothing.txt").status_code == 404
    assert upload(client, "nothing.txt", b"Some text here.", "PUT", "uploads/nothing.txt").status_code == 404


def test_whole_corpus_ingest_keeps_uploads(quick):
    """uploads/ is part of the corpus folder: a full re-ingest keeps what was uploaded."""
    settings, store, client = quick
    doc_id = upload(client, "mentoring.txt", text_of("cumbria-reverse-mentoring.txt").encode()).json()["doc_id"]
    summary = Ingestor(settings, embedder=HashEmbedder(), store=store).run(progress=False)
    assert doc_id in store.live_documents() and doc_id not in summary.removed


# --- bad uploads: refused, named, nothing stored ----------------------------------------------------

def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(210):
                member.write(block)
    return buffer.getvalue()


BAD = [
    ("binary renamed .pdf", "annual-report.pdf", lambda: bytes(range(256)) * 64, 415, "unsupported_type"),
    ("empty", "empty.txt", lambda: b"", 422, "empty_file"),
    ("only blank lines", "blank.md", lambda: b"\n\n  \n", 422, "empty_file"),
    ("50 MB", "huge.txt", lambda: b"All work and no play. " * (50 * 1024 * 1024 // 22), 413, "file_too_large"),
    ("truncated PDF", "broken.pdf", lambda: _half(pdf_of(text_of("cumbria-reverse-mentoring.txt"))), 422, "unreadable_file"),
    ("PDF with garbled body", "garbled.pdf", lambda: _garbled(pdf_of(text_of("cumbria-reverse-mentoring.txt"))), 422,
     "unreadable_file"),
    ("zip bomb in a .docx", "bomb.docx", _zip_bomb, 413, "archive_too_large"),
    ("../ name", "../../etc/cron.d/report.txt", lambda: b"Kent Police ran a scheme.", 422, "bad_file_name"),
    ("absolute name", "/etc/passwd.txt", lambda: b"Kent Police ran a scheme.", 422, "bad_file_name"),
    ("hidden name", ".journal.json", lambda: b"{}", 422, "bad_file_name"),
    ("unknown type (PNG)", "chart.png", lambda: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(64), 415, "unsupported_type"),
    ("a zip that is not a .docx", "reports.zip", lambda: _plain_zip(), 415, "unsupported_type"),
    ("old Word file", "report.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), 415, "unsupported_type"),
    ("text named as PDF", "report.pdf", lambda: b"Kent Police ran a scheme.", 415, "type_mismatch"),
    ("not UTF-8 text", "latin.txt", lambda: "Café culture in Kent Police ".encode("cp1252") * 3, 415, "unsupported_type"),
    ("no sentences", "numbers.txt", lambda: b"12 34 56\n78 90\n", 422, "unreadable_file"),
]


def _half(data: bytes) -> bytes:
    return data[:len(data) // 2]  # an interrupted download


def _garbled(data: bytes) -> bytes:
    """Header and end-of-file marker intact, everything between overwritten."""
    return data[:16] + bytes((7 * i) % 251 for i in range(len(data) - 64)) + data[-48:]


def _plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "Kent Police ran a scheme.")
    return buffer.getvalue()


@pytest.mark.parametrize("what,name,data,status,code", BAD, ids=[b[0] for b in BAD])
def test_bad_upload_is_refused_naming_the_file_with_nothing_stored(quick, what, name, data, status, code):
    settings, store, client = quick
    before = (totals(store), store.live_documents().keys(), uploads_folder(settings))
    response = upload(client, name, data())
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert name.rsplit("/", 1)[-1] in error["message"] or name in error["message"]
    assert "Traceback" not in response.text and str(settings.corpus_dir) not in response.text
    assert (totals(store), store.live_documents().keys(), uploads_folder(settings)) == before
    assert not list(Path(settings.data_dir).parent.rglob("etc"))


def test_a_bad_replacement_keeps_the_old_document(quick):
    settings, store, client = quick
    doc_id = upload(client, "passport.txt", text_of("northumbria-neurodiversity-passport.txt").encode()).json()["doc_id"]
    before = (records(store, doc_id), (Path(settings.corpus_dir) / doc_id).read_bytes())
    for data in (b"", b"\x00\x01" * 100, b"12 34\n"):
        assert upload(client, "passport.txt", data, "PUT", doc_id).status_code in (413, 415, 422)
    assert (records(store, doc_id), (Path(settings.corpus_dir) / doc_id).read_bytes()) == before
    assert uploads_folder(settings) == ["passport.txt"]
    assert search(client, "neurodiversity passport adjustments")[0]["doc_id"] == doc_id


# --- who may write ------------------------------------------------------------------------------

def test_without_admin_key_only_loopback_may_write(quick):
    settings, store, _ = quick
    engine = Engine(settings, store, HashEmbedder())
    with TestClient(create_app(settings, engine=engine), client=("203.0.113.9", 40000)) as remote:
        data = text_of("cumbria-reverse-mentoring.txt").encode()
        refused = upload(remote, "mentoring.txt", data)
        assert refused.status_code == 403 and "GPSEARCH_ADMIN_KEY" in refused.json()["error"]["message"]
        assert remote.delete(f"/documents/{SEED_DOC}").status_code == 403
        assert remote.post("/admin/ingest", json={}).status_code == 403
        assert remote.get(f"/documents/{SEED_DOC}").status_code == 200  # reading is not writing
    assert uploads_folder(settings) == []


def test_admin_key_is_needed_from_anywhere_when_set(quick):
    settings, store, _ = quick
    keyed = settings.model_copy(update={"admin_key": "edi-team-key", "api_key": "read-key"})
    engine = Engine(keyed, store, HashEmbedder())
    data = text_of("cumbria-reverse-mentoring.txt").encode()
    for host in (LOOPBACK, ("203.0.113.9", 40000)):
        with TestClient(create_app(keyed, engine=engine), client=host) as client:
            read = {"X-API-Key": "read-key"}
            assert upload(client, "m.txt", data, headers={"X-Admin-Key": "edi-team-key"}).status_code == 401
            assert upload(client, "m.txt", data, headers=read).status_code == 403
            assert upload(client, "m.txt", data, headers={**read, "X-Admin-Key": "wrong"}).status_code == 403
            assert client.get(f"/documents/{SEED_DOC}").status_code == 401
            assert client.get(f"/documents/{SEED_DOC}", headers=read).status_code == 200
    with TestClient(create_app(keyed, engine=engine), client=("203.0.113.9", 40000)) as client:
        headers = {"X-API-Key": "read-key", "X-Admin-Key": "edi-team-key"}
        assert upload(client, "m.txt", data, headers=headers).status_code == 201
        assert client.delete("/documents/uploads/m.txt", headers=headers).status_code == 200


# --- concurrency and kill -9 -----------------------------------------------------------------------

def test_concurrent_uploads_are_serialised(quick):
    from concurrent.futures import ThreadPoolExecutor

    settings, store, client = quick
    names = ["cumbria-reverse-mentoring.txt", "staffordshire-menopause-support.txt",
             "northumbria-neurodiversity-passport.txt"]
    with ThreadPoolExecutor(4) as pool:
        responses = list(pool.map(lambda n: upload(client, n, text_of(n).encode()), names + names[:1]))
    assert sorted(r.status_code for r in responses) == [201, 201, 201, 409]
    live = store.live_documents()
    for name in names:
        assert f"uploads/{name}" in live and records(store, f"uploads/{name}")[1] > 0
    assert store.collect_garbage() == 0


KILLER = """
import os, signal, sys
from pathlib import Path
from index.embedder import HashEmbedder
from index.settings import Settings
from index.store import Store
import ingest.uploads as uploads

settings = Settings(data_dir=Path(sys.argv[1]), corpus_dir=Path(sys.argv[2]), chroma_host="", model_path="")
where, op, name = sys.argv[3], sys.argv[4], sys.argv[5]
store = Store(settings)
target = {"write": (Store, "write_version"), "publish": (Store, "publish"), "drop": (Store, "drop_stale"),
          "rename": (uploads.os, "replace"), "remove": (Store, "remove")}[where]
original = getattr(*target)

def die(*args, **kwargs):
    if where == "rename" and not str(args[1]).endswith(name):
        return original(*args, **kwargs)
    if where == "drop":
        original(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)

setattr(*target, die)
library = uploads.Uploads(settings, store, HashEmbedder())
data = Path(sys.argv[6]).read_bytes()
if op == "add":
    library.add(name, data)
elif op == "replace":
    library.replace("uploads/" + name, name, data)
else:
    library.remove("uploads/" + name)
print("finished without being killed")
"""


@pytest.mark.parametrize("op,where,expect", [
    ("add", "rename", "old"), ("add", "write", "old"), ("add", "publish", "old"), ("add", "drop", "new"),
    ("replace", "rename", "old"), ("replace", "write", "old"), ("replace", "publish", "old"),
    ("replace", "drop", "new"), ("remove", "remove", "new"),
])
def test_kill_9_mid_change_leaves_old_or_new_state(tmp_path, op, where, expect):
    embedder = HashEmbedder()
    settings, store = _setup(tmp_path, embedder)
    old_text, new_text = text_of("cumbria-reverse-mentoring.txt"), text_of("staffordshire-menopause-support.txt")
    name, doc_id = "report.txt", "uploads/report.txt"
    if op != "add":
        Uploads(settings, store, embedder).add(name, old_text.encode())
    old_state = (store.live_documents().get(doc_id, {}).get("sha256"), totals(store))
    store.close()
    payload = tmp_path / "payload.txt"
    payload.write_text(new_text if op != "remove" else "", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLER, str(settings.data_dir), str(settings.corpus_dir),
                             where, op, name, str(payload)],
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr

    store = Store(settings)
    Uploads(settings, store, embedder)  # what a restarted service does first
    file = Path(settings.corpus_dir) / doc_id
    live = store.live_documents().get(doc_id)
    if expect == "old":
        assert (store.live_documents().get(doc_id, {}).get("sha256"), totals(store)) == old_state
        assert (file.read_text(encoding="utf-8") if file.exists() else None) == (None if op == "add" else old_text)
    elif op == "remove":
        assert live is None and not file.exists() and records(store, doc_id) == (0, 0, 0)
    else:
        assert file.read_text(encoding="utf-8") == new_text
        assert live is not None and live["sha256"] == _sha(new_text)
    assert uploads_folder(settings) == (["report.txt"] if file.exists() else [])  # no temp, backup or journal
    assert store.collect_garbage() == 0
    live_ids = {i.id for i in store.load_initiatives()}
    assert len(live_ids) == store.initiatives.count()
    store.close()


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()
