"""The real gpsearch service (and the Streamlit UI) in subprocesses, for the UI and browser tests.

`service(config)` ingests the default corpus into a temporary data dir and starts `gpsearch serve`
on a free port with an API key, once per pytest session (the ingest takes ~35-60 s with the real
model); both test_ui.py and test_browser.py use the same instance.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
APP = ROOT / "ui" / "app.py"
_KEY = pytest.StashKey["Service"]()


@dataclass
class Service:
    url: str
    api_key: str
    data_dir: Path
    log: Path

    def get(self, path: str) -> dict:
        request = urllib.request.Request(self.url + path, headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def post(self, path: str, body: dict) -> dict:
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(), method="POST",
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def closed_port() -> int:
    """A port nothing listens on (bound and released)."""
    return free_port()


def wait_for(url: str, seconds: float, process: subprocess.Popen | None = None, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def stop(process: subprocess.Popen) -> None:
    """Stop one process we started (its own process group), politely then firmly."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=10)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=5)


def _start_service() -> tuple[Service, subprocess.Popen, Path]:
    work = Path(tempfile.mkdtemp(prefix="gpsearch-ui-test-"))
    data_dir, log = work / "data", work / "service.log"
    api_key = secrets.token_urlsafe(16)
    env = {**os.environ, "GPSEARCH_DATA_DIR": str(data_dir), "GPSEARCH_CORPUS_DIR": str(ROOT / "corpus"),
           "GPSEARCH_API_KEY": api_key, "GPSEARCH_RATE_LIMIT_PER_MINUTE": "0", "GPSEARCH_LLM_URL": ""}
    with log.open("w") as out:
        subprocess.run([str(BIN / "gpsearch"), "ingest", "-q"], cwd=ROOT, env=env, stdout=out,
                       stderr=subprocess.STDOUT, check=True, timeout=600)
    port = free_port()
    process = subprocess.Popen([str(BIN / "gpsearch"), "serve", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/health", 180, process, log)
    except RuntimeError:
        stop(process)
        raise
    return Service(url, api_key, data_dir, log), process, work


def service(config: pytest.Config) -> Service:
    """The session's service, started on first use and stopped when the session ends.

    For quick iterations on the UI, GPSEARCH_UI_TEST_SERVICE=http://host:port (and, if that
    service wants one, GPSEARCH_UI_TEST_API_KEY) reuses a running service instead."""
    if _KEY not in config.stash and os.environ.get("GPSEARCH_UI_TEST_SERVICE"):
        url = os.environ["GPSEARCH_UI_TEST_SERVICE"].rstrip("/")
        wait_for(f"{url}/health", 30)
        config.stash[_KEY] = Service(url, os.environ.get("GPSEARCH_UI_TEST_API_KEY", ""), Path(), Path())
    if _KEY not in config.stash:
        svc, process, work = _start_service()

        def cleanup() -> None:
            stop(process)
            shutil.rmtree(work, ignore_errors=True)

        config.add_cleanup(cleanup)
        config.stash[_KEY] = svc
    return config.stash[_KEY]


def start_ui(svc: Service, port: int, log: Path) -> subprocess.Popen:
    """`streamlit run ui/app.py` against `svc`, headless, on `port`; returns once it answers."""
    env = {**os.environ, "GPSEARCH_API_URL": svc.url, "GPSEARCH_API_KEY": svc.api_key}
    process = subprocess.Popen(
        [str(BIN / "streamlit"), "run", str(APP), "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/_stcore/health", 60, process, log)
    except RuntimeError:
        stop(process)
        raise
    return process
