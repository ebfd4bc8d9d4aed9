"""Several service workers on one Chroma server: same answers, and an ingest while they answer."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
QUERIES = ["stop and search scrutiny", "neurodiversity support", "female promotion", "what has Kent done",
           "community engagement with young people", "naloxone"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, seconds: float, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A `chroma run` server on loopback with the corpus ingested, and `gpsearch serve --workers 2`."""
    root = tmp_path_factory.mktemp("cluster")
    corpus = root / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    chroma_port, api_port = _free_port(), _free_port()
    env = {**os.environ, "GPSEARCH_CHROMA_HOST": "127.0.0.1", "GPSEARCH_CHROMA_PORT": str(chroma_port),
           "GPSEARCH_DATA_DIR": str(root / "data"), "GPSEARCH_CORPUS_DIR": str(corpus)}
    env.pop("GPSEARCH_API_KEY", None)
    chroma = subprocess.Popen([str(BIN / "chroma"), "run", "--path", str(root / "chroma"), "--port", str(chroma_port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = [chroma]
    try:
        _wait(f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat", 60, chroma)
        subprocess.run([str(BIN / "gpsearch"), "ingest", "-q"], env=env, check=True, timeout=900)
        api = subprocess.Popen([str(BIN / "gpsearch"), "serve", "--port", str(api_port), "--workers", "2"],
                               env=env, stdout=subprocess.DEVNULL, stderr=open(root / "api.log", "w"))
        processes.append(api)
        url = f"http://127.0.0.1:{api_port}"
        _wait(f"{url}/health", 180, api)
        yield {"url": url, "env": env, "corpus": corpus}
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _search(url: str, query: str) -> list[tuple]:
    response = httpx.post(f"{url}/search", json={"query": query, "top_k": 10}, timeout=30,
                          headers={"Connection": "close"})
    assert response.status_code == 200, response.text
    return [(r["id"], r["start"], r["end"], tuple(p["start"] for p in r["passages"]))
            for r in response.json()["results"]]


def test_two_workers_return_identical_results(cluster):
    url = cluster["url"]
    workers = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline:
        workers.add(httpx.get(f"{url}/health", headers={"Connection": "close"}, timeout=10).json()["worker"])
    assert len(workers) == 2, "requests never reached a second worker"
    for query in QUERIES:
        answers = {tuple(_search(url, query)) for _ in range(6)}
        assert len(answers) == 1, f"workers disagree on {query!r}"


def test_ingest_while_serving_has_no_failed_requests(cluster):
    url, env = cluster["url"], cluster["env"]
    before = httpx.get(f"{url}/health", timeout=10).json()
    edited = cluster["corpus"] / "police-now-avon-and-somerset.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nAvon and Somerset Police added a new "
                      "mentoring scheme for 40 volunteers in 2024.\n", encoding="utf-8")
    failures: list[str] = []
    done = threading.Event()
    count = 0

    def client() -> None:
        nonlocal count
        with httpx.Client(timeout=30) as http:
            while not done.is_set():
                for query in QUERIES:
                    try:
                        response = http.post(f"{url}/search", json={"query": query})
                        if response.status_code != 200:
                            failures.append(f"{response.status_code}: {response.text[:200]}")
                    except httpx.HTTPError as exc:
                        failures.append(repr(exc))
                    count += 1

    threads = [threading.Thread(target=client) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        subprocess.run([str(BIN / "gpsearch"), "ingest", "-q"], env=env, check=True, timeout=600)
        time.sleep(3)  # the workers notice the new generation within their refresh interval
    finally:
        done.set()
        for thread in threads:
            thread.join()
    assert count > 0
    assert failures == []
    after = httpx.get(f"{url}/health", timeout=10).json()
    assert after["generation"] > before["generation"]
    assert after["documents"] == before["documents"]
