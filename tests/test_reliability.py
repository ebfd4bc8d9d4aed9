"""Access control and faults: API key, rate limit, security headers, ingest running under live
traffic, a failed ingest, a store that stops answering, a store that is down at start-up.
Faults run on a private copy of the shared store (never on the shared one)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from index.store import Store
from ingest.pipeline import Ingestor
from service.app import create_app
from service.engine import Engine

AVON = "police-now-avon-and-somerset.txt"
MIDLANDS = "police-now-west-midlands-crime-and-asb-brief.txt"
NEW_PARAGRAPH = ("Avon and Somerset Police also ran Operation Kingfisher, a moped outreach scheme in which "
                 "officers visited 340 schools to talk about knife crime.\n")
QUERIES = ["anti-social behaviour in Avon and Somerset", "The Call In drug dealers rehabilitation",
           "burglary fall", "Police Now recruits women", "recruitment", "neurodiversity",
           "stop and search", "community engagement", "Operation Kingfisher moped outreach", "mentoring"]


def plain(settings, **update):
    return settings.model_copy(update={"api_key": "", "rate_limit_per_minute": 0, "llm_url": "",
                                       "cors_origins": "", **update})


def assert_json_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, f"{response.status_code}: {response.text[:300]}"
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] and error["message"]
    if code:
        assert error["code"] == code
    return error


# --- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shared(ingested_store, real_embedder, tmp_path_factory):
    """An engine over the shared store (read-only use) and its settings."""
    base, store = ingested_store
    settings = plain(base, data_dir=tmp_path_factory.mktemp("reliability-data"))
    return settings, Engine(settings, store, real_embedder)


@pytest.fixture(scope="module")
def an_id(shared) -> str:
    _, engine = shared
    return engine.browse().initiatives[0].id


@pytest.fixture
def private(ingested_store, tmp_path):
    """A copy of the shared store and of the corpus, free to change: (settings, store)."""
    base, shared_store = ingested_store
    corpus = tmp_path / "corpus"
    shutil.copytree(base.corpus_dir, corpus)
    for path in corpus.iterdir():
        path.chmod(0o644)
    data = tmp_path / "data"
    shutil.copytree(base.data_dir, data, ignore=shutil.ignore_patterns("*.lock", "store.owner.json", "feedback.sqlite*"))
    settings = plain(base, data_dir=data, corpus_dir=corpus)
    store = Store(settings)
    assert store.live_documents().keys() == shared_store.live_documents().keys()
    assert len(store.load_initiatives()) == len(shared_store.load_initiatives())
    return settings, store


def edit(settings, doc_id: str, new_text: str) -> tuple[str, str]:
    path = Path(settings.corpus_dir) / doc_id
    old = path.read_bytes().decode("utf-8")
    path.write_bytes(new_text.encode("utf-8") if not callable(new_text) else new_text(old).encode("utf-8"))
    return old, path.read_bytes().decode("utf-8")


# --- API key ----------------------------------------------------------------------------------

ENDPOINTS = [
    ("POST", "/search", {"query": "recruitment"}, 200),
    ("POST", "/ask", {"question": "recruitment"}, 200),
    ("GET", "/initiatives", None, 200),
    ("GET", "/initiatives/{id}", None, 200),
    ("GET", "/initiatives/{id}/similar", None, 200),
    ("GET", "/forces", None, 200),
    ("GET", "/themes", None, 200),
    ("GET", "/documents", None, 200),
    ("POST", "/feedback", {"question": "q", "rating": "up"}, 201),
    ("GET", "/feedback", None, 200),
    ("POST", "/admin/ingest", {"paths": ["/etc/passwd"]}, 403),  # past the key: a write, not from this machine
]


@pytest.fixture(scope="module")
def keyed(shared):
    settings, engine = shared
    with TestClient(create_app(settings.model_copy(update={"api_key": "s3cret-key"}), engine=engine)) as client:
        yield client


@pytest.mark.parametrize("method,path,body,ok", ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS])
def test_api_key_required_everywhere_but_health(keyed, an_id, method, path, body, ok):
    path = path.format(id=an_id)
    without = keyed.request(method, path, json=body)
    assert_json_error(without, 401, "unauthorized")
    assert "X-API-Key" in without.json()["error"]["message"]
    wrong = keyed.request(method, path, json=body, headers={"X-API-Key": "s3cret-kez"})
    assert_json_error(wrong, 401, "unauthorized")
    empty = keyed.request(method, path, json=body, headers={"X-API-Key": ""})
    assert_json_error(empty, 401, "unauthorized")
    right = keyed.request(method, path, json=body, headers={"X-API-Key": "s3cret-key"})
    assert right.status_code == ok, right.text


def test_health_needs_no_key(keyed):
    response = keyed.get("/health")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_non_ascii_key_is_401_not_a_crash(keyed):
    response = keyed.get("/forces", headers={"X-API-Key": "clé".encode("utf-8")})
    assert_json_error(response, 401, "unauthorized")


# --- rate limit ---------------------------------------------------------------------------------

@pytest.fixture
def limited(shared):
    settings, engine = shared
    with TestClient(create_app(settings.model_copy(update={"rate_limit_per_minute": 5}), engine=engine)) as client:
        yield client


def test_sixth_quick_request_is_429_with_retry_after(limited):
    statuses = [limited.get("/forces").status_code for _ in range(5)]
    assert statuses == [200] * 5
    response = limited.post("/search", json={"query": "recruitment"})
    assert_json_error(response, 429, "rate_limited")
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    assert f"{retry_after} s" in response.json()["error"]["message"]


def test_health_is_not_rate_limited(limited):
    for _ in range(5):
        limited.get("/themes")
    assert limited.get("/themes").status_code == 429
    assert all(limited.get("/health").status_code == 200 for _ in range(10))


def test_rate_limit_refills(limited, monkeypatch):
    for _ in range(6):
        limited.get("/forces")
    assert limited.get("/forces").status_code == 429
    later = SimpleNamespace(monotonic=lambda: time.monotonic() + 13,  # 5 a minute: a token every 12 s
                            perf_counter=time.perf_counter, time=time.time)
    monkeypatch.setattr("service.middleware.time", later)  # the app's clock only, not the process's
    assert limited.get("/forces").status_code == 200


# --- security headers ---------------------------------------------------------------------------

HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}


def assert_security_headers(response) -> None:
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (response.status_code, name, dict(response.headers))


def test_security_headers_on_success_and_errors(shared, an_id):
    settings, engine = shared
    with TestClient(create_app(settings, engine=engine)) as client:
        assert_security_headers(client.get("/health"))
        assert_security_headers(client.post("/search", json={"query": "recruitment"}))
        assert_security_headers(client.get(f"/initiatives/{an_id}"))
        assert_security_headers(client.get("/initiatives/nope"))  # 404
        assert_security_headers(client.get("/nope"))  # 404 no route
        assert_security_headers(client.get("/search"))  # 405
        assert_security_headers(client.post("/search", json={"query": ""}))  # 422
        big = client.post("/search", content=b"x" * (1024 * 1024), headers={"content-type": "application/json"})
        assert big.status_code == 413
        assert_security_headers(big)


def test_security_headers_on_401_and_429(shared):
    settings, engine = shared
    with TestClient(create_app(settings.model_copy(update={"api_key": "k"}), engine=engine)) as client:
        assert_security_headers(client.get("/forces"))
    with TestClient(create_app(settings.model_copy(update={"rate_limit_per_minute": 1}), engine=engine)) as client:
        client.get("/forces")
        response = client.get("/forces")
        assert response.status_code == 429
        assert_security_headers(response)


def test_errors_never_carry_a_stack_trace(shared, monkeypatch):
    settings, engine = shared

    def boom(*args, **kwargs):
        raise ZeroDivisionError("secret internals at /work/main/service/engine.py line 3")

    monkeypatch.setattr(engine, "forces", boom)
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        response = client.get("/forces")
    error = assert_json_error(response, 500, "internal_error")
    assert "Traceback" not in response.text and "/work/" not in response.text and "engine.py" not in response.text
    assert error["message"]
    assert_security_headers(response)


# --- ingest under live traffic ----------------------------------------------------------------

class SlowEmbedder:
    """The real embedder, slowed down so an ingest overlaps many requests."""

    def __init__(self, inner, delay: float):
        self.inner, self.delay = inner, delay
        self.name, self.calls = inner.name, 0

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts):
        self.calls += 1
        time.sleep(self.delay)
        return self.inner.embed(texts)


class FailingEmbedder(SlowEmbedder):
    """Works for the first `good` calls (or until asked for a text holding `fail_on`), then
    raises: an embedder dying mid-run."""

    def __init__(self, inner, good: int = 10**9, fail_on: str | None = None):
        super().__init__(inner, 0.0)
        self.good, self.fail_on = good, fail_on

    def embed(self, texts):
        if self.calls >= self.good or (self.fail_on and any(self.fail_on in t for t in texts)):
            self.calls += 1
            raise RuntimeError("embedding model crashed (simulated)")
        return super().embed(texts)


def check_spans(body: dict, texts: dict[str, list[str]]) -> None:
    """Every passage and citation is an exact span of some version of its document."""
    items = [p for r in body.get("results", []) for p in r["passages"]] + body.get("citations", [])
    for item in items:
        versions = texts[item["doc_id"]]
        assert any(t[item["start"]:item["end"]] == item["text"] for t in versions), item


def test_service_keeps_answering_while_a_changed_document_is_ingested(private, real_embedder):
    settings, store = private
    old, new = edit(settings, AVON, lambda text: NEW_PARAGRAPH + text.replace("695 fewer", "702 fewer"))
    texts = {p.name: [p.read_bytes().decode("utf-8")] for p in Path(settings.corpus_dir).glob("*.txt")}
    texts[AVON] = [old, new]
    engine = Engine(settings, store, real_embedder)
    engine.searcher.refresh_seconds = 0.05  # reload snapshots as often as possible mid-ingest
    before = engine.health().model_dump()
    avon_ids = [r.id for r in engine.browse().initiatives if r.doc_id == AVON]
    slow = SlowEmbedder(real_embedder, delay=1.5)
    outcome: dict = {}

    def ingest():
        try:
            outcome["summary"] = Ingestor(settings, embedder=slow, store=store).run(progress=False)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            outcome["error"] = exc

    statuses: list[int] = []
    during = 0
    worker = threading.Thread(target=ingest, name="ingest-under-traffic")
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        worker.start()
        n = 0
        while n < 50 or worker.is_alive():
            query = QUERIES[n % len(QUERIES)]
            if n % 7 == 6:  # a record of the changed document: its text must match its passages
                response = client.get(f"/initiatives/{avon_ids[n % len(avon_ids)]}")
                statuses.append(response.status_code)
                assert response.status_code in (200, 404, 503), response.text[:300]
                if response.status_code == 503:
                    assert response.json()["error"]["code"] == "index_updating"
                if response.status_code == 200:
                    record = response.json()
                    assert record["text"] in (old[record["start"]:record["end"]], new[record["start"]:record["end"]])
                    for p in record["passages"]:
                        assert record["text"][p["start"] - record["start"]:p["end"] - record["start"]] == p["text"]
                n += 1
                continue
            if n % 5 == 4:
                response = client.post("/ask", json={"question": query, "top_k": 4})
            else:
                response = client.post("/search", json={"query": query, "top_k": 5})
            statuses.append(response.status_code)
            assert response.status_code == 200, response.text[:300]
            check_spans(response.json(), texts)
            during += worker.is_alive()
            n += 1
            if n > 400:
                break
        worker.join(timeout=60)
        assert "error" not in outcome, outcome.get("error")
        assert outcome["summary"].updated == [AVON]
        assert during >= 5, "the ingest overlapped the traffic"
        assert set(statuses) <= {200, 404, 503}
        assert statuses.count(503) <= 2, statuses

        time.sleep(0.1)
        after = client.get("/health").json()
        assert after["documents"] == before["documents"]
        assert after["generation"] > before["generation"]
        found = client.post("/search", json={"query": "Operation Kingfisher moped outreach", "top_k": 3}).json()
        top = found["results"][0]
        assert top["doc_id"] == AVON
        assert any("Kingfisher" in p["text"] for p in top["passages"])
        for result in found["results"]:
            for p in result["passages"]:
                if p["doc_id"] == AVON:
                    assert new[p["start"]:p["end"]] == p["text"]
        record = client.get(f"/initiatives/{top['id']}").json()
        assert record["text"] == new[record["start"]:record["end"]]


def test_initiative_records_stay_consistent_right_after_an_ingest(private, real_embedder):
    """Offsets shift when text is added at the top; a record must never pair old offsets with new text."""
    settings, store = private
    engine = Engine(settings, store, real_embedder)
    engine.searcher.refresh_seconds = 3600  # a snapshot that is stale on purpose
    ids = [r.id for r in engine.browse().initiatives if r.doc_id == AVON]
    old, new = edit(settings, AVON, lambda text: NEW_PARAGRAPH + text)
    Ingestor(settings, embedder=real_embedder, store=store).run(progress=False)
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        for initiative_id in ids:
            response = client.get(f"/initiatives/{initiative_id}")
            assert response.status_code in (200, 404, 503), response.text
            if response.status_code != 200:
                continue
            record = response.json()
            text = record["text"]
            for p in record["passages"]:
                assert text[p["start"] - record["start"]:p["end"] - record["start"]] == p["text"]
        answer = client.post("/ask", json={"question": "The Call In drug dealers", "top_k": 3,
                                          "filters": {"docs": [AVON]}})
        assert answer.status_code == 200
        body = answer.json()
        for c in body["citations"]:
            # a citation must be the passage text the record holds, in the current document
            assert new[c["start"]:c["end"]] == c["text"]


def test_failed_ingest_leaves_the_old_data_answering(private, real_embedder):
    settings, store = private
    engine = Engine(settings, store, real_embedder)
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        before_health = client.get("/health").json()
        before = client.post("/search", json={"query": "The Call In drug dealers", "top_k": 5,
                                              "filters": {"docs": [AVON, MIDLANDS]}}).json()
        old_avon, _ = edit(settings, AVON, lambda text: text.replace("The Call In", "The Call Back"))
        old_midlands, _ = edit(settings, MIDLANDS, lambda text: NEW_PARAGRAPH + text)
        failing = FailingEmbedder(real_embedder, good=0)
        with pytest.raises(RuntimeError, match="simulated"):
            Ingestor(settings, embedder=failing, store=store).run(progress=False)
        engine.searcher._checked = float("-inf")  # look at the store now, not in 2 s
        after_health = client.get("/health").json()
        assert after_health == before_health
        after = client.post("/search", json={"query": "The Call In drug dealers", "top_k": 5,
                                             "filters": {"docs": [AVON, MIDLANDS]}}).json()
        assert [r["id"] for r in after["results"]] == [r["id"] for r in before["results"]]
        check_spans(after, {AVON: [old_avon], MIDLANDS: [old_midlands]})
        record = client.get(f"/initiatives/{after['results'][0]['id']}")
        assert record.status_code == 200
        assert "Call Back" not in record.text


def test_ingest_failing_on_the_second_document_keeps_the_first(private, real_embedder):
    settings, store = private
    engine = Engine(settings, store, real_embedder)
    old_avon, new_avon = edit(settings, AVON, lambda text: text.replace("The Call In", "The Call Back"))
    old_np, _ = edit(settings, "police-now-impact-and-insights-2020-21.txt", lambda text: NEW_PARAGRAPH + text)
    # files go in name order: avon first; the second is the one with the new paragraph
    failing = FailingEmbedder(real_embedder, fail_on="Operation Kingfisher")
    with pytest.raises(RuntimeError, match="simulated"):
        Ingestor(settings, embedder=failing, store=store).run(progress=False)
    engine.searcher._checked = float("-inf")
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        body = client.post("/search", json={"query": "The Call Back", "top_k": 5,
                                            "filters": {"docs": [AVON, "police-now-impact-and-insights-2020-21.txt"]}})
        assert body.status_code == 200
        check_spans(body.json(), {AVON: [new_avon], "police-now-impact-and-insights-2020-21.txt": [old_np]})
    # and a clean re-run finishes the job
    summary = Ingestor(settings, embedder=real_embedder, store=store).run(progress=False)
    assert summary.updated == ["police-now-impact-and-insights-2020-21.txt"] and AVON in summary.unchanged


# --- the store stops answering ------------------------------------------------------------------

class Unreachable:
    """Stands in for a Chroma collection whose server has gone: every call raises."""

    def __init__(self, real):
        self.real = real

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("[Errno 111] Connection refused (simulated Chroma outage)")
        return fail


def break_store(monkeypatch, store: Store) -> None:
    for name in ("documents", "initiatives", "passages"):
        monkeypatch.setattr(store, name, Unreachable(getattr(store, name)))


STORE_REQUESTS = [
    ("POST", "/search", {"query": "recruitment"}),
    ("POST", "/ask", {"question": "recruitment"}),
    ("GET", "/initiatives/{id}", None),
    ("GET", "/initiatives/{id}/similar", None),
    ("GET", "/forces", None),
    ("GET", "/documents", None),
    ("GET", "/health", None),
]


def test_store_outage_is_503_quickly_and_recovers_by_itself(private, real_embedder, monkeypatch):
    settings, store = private
    engine = Engine(settings, store, real_embedder)
    engine.searcher.refresh_seconds = 0.0  # every request asks the store: the strictest case
    initiative_id = engine.browse().initiatives[0].id
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        assert client.post("/search", json={"query": "recruitment"}).status_code == 200
        break_store(monkeypatch, store)
        for method, path, body in STORE_REQUESTS:
            started = time.perf_counter()
            response = client.request(method, path.format(id=initiative_id), json=body)
            elapsed = time.perf_counter() - started
            error = assert_json_error(response, 503)
            assert error["code"] == "store_unavailable", (path, error)
            assert "Connection refused" not in error["message"] and "Traceback" not in response.text
            assert elapsed < 2.0, f"{path} took {elapsed:.1f} s to fail"
            if path != "/health":
                assert response.headers.get("Retry-After")
        monkeypatch.undo()
        for method, path, body in STORE_REQUESTS:
            response = client.request(method, path.format(id=initiative_id), json=body)
            assert response.status_code == 200, (path, response.text[:300])


def test_store_outage_with_a_cached_snapshot_is_never_a_500(private, real_embedder, monkeypatch):
    settings, store = private
    engine = Engine(settings, store, real_embedder)  # default refresh: reads may come from the snapshot
    initiative_id = engine.browse().initiatives[0].id
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        break_store(monkeypatch, store)
        for method, path, body in STORE_REQUESTS:
            response = client.request(method, path.format(id=initiative_id), json=body)
            assert response.status_code in (200, 503), (path, response.status_code, response.text[:300])
            if response.status_code == 503:
                assert_json_error(response, 503, "store_unavailable")
        monkeypatch.undo()
        assert client.post("/search", json={"query": "recruitment"}).status_code == 200


def test_query_only_outage_is_503(private, real_embedder, monkeypatch):
    """Only vector queries fail (gets still work): a search that needs them (filtered: a small
    index answers unfiltered searches from vectors it holds in memory) is 503, browsing and
    unfiltered search still answer."""
    settings, store = private
    engine = Engine(settings, store, real_embedder)
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        def refuse(*args, **kwargs):
            raise ConnectionError("connection reset by peer (simulated)")

        monkeypatch.setattr(Store, "_query", staticmethod(refuse))
        filtered = {"query": "recruitment", "filters": {"forces": ["West Midlands Police"]}}
        assert_json_error(client.post("/search", json=filtered), 503, "store_unavailable")
        assert client.post("/search", json={"query": "recruitment"}).status_code == 200
        assert client.get("/forces").status_code == 200
        monkeypatch.undo()
        assert client.post("/search", json={"query": "recruitment"}).status_code == 200


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_chroma_server_down_at_start_up_answers_503_not_a_crash(ingested_store, tmp_path):
    base, _ = ingested_store
    settings = plain(base, data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=_closed_port())
    started = time.perf_counter()
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        health = client.get("/health")
        assert health.status_code == 503
        assert_json_error(client.post("/search", json={"query": "recruitment"}), 503)
    assert time.perf_counter() - started < 30


def test_request_path_has_no_extra_thread_pool_trips(shared):
    """Every middleware is plain ASGI (Starlette's BaseHTTPMiddleware runs the app in a task and
    streams the response through a queue), and /search and /ask are async routes that run the
    engine on the thread pool once (a sync route's response model is validated on it again)."""
    import inspect

    from starlette.middleware.base import BaseHTTPMiddleware

    from service.deps import get_engine
    from service.routes import search

    settings, engine = shared
    app = create_app(settings, engine=engine)
    assert not [m for m in app.user_middleware if issubclass(m.cls, BaseHTTPMiddleware)]
    assert inspect.iscoroutinefunction(search.search) and inspect.iscoroutinefunction(search.ask)
    assert inspect.iscoroutinefunction(get_engine)
