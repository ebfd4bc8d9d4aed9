"""Shared pieces: percentiles, settings for scratch folders, the question set, the service as a
subprocess, process memory, and the facts about the machine and library versions."""

from __future__ import annotations

import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION_FILES = (ROOT / "tests" / "data" / "dev-questions.jsonl", Path("/work/shared/eval/dev-questions.jsonl"))


# --- numbers ----------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), q in 0..100."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


@dataclass
class Latencies:
    """Seconds per call; summarised in milliseconds."""

    samples: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.samples.append(seconds)

    def ms(self, q: float) -> float:
        return percentile(self.samples, q) * 1000.0

    @property
    def n(self) -> int:
        return len(self.samples)

    def summary(self) -> dict:
        return {"n": self.n, "p50": self.ms(50), "p95": self.ms(95), "p99": self.ms(99),
                "mean": (sum(self.samples) / self.n * 1000.0) if self.n else float("nan")}


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        if value != value:  # nan
            return "—"
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


# --- inputs -----------------------------------------------------------------------------------

def load_questions() -> tuple[list[str], Path]:
    """The development questions' `q` fields, and the file they came from."""
    for path in QUESTION_FILES:
        if path.exists():
            questions = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    q = json.loads(line).get("q")
                    if q:
                        questions.append(q)
            if questions:
                return questions, path
    raise FileNotFoundError("no dev-questions.jsonl in tests/data or /work/shared/eval")


def uncached_variant(query: str, n: int) -> str:
    """A string distinct for every n that embeds, tokenises and ranks exactly like `query`:
    the n-th run of extra spaces between words. Defeats the service's query-embedding cache
    (keyed on the query string) without changing the work done."""
    gaps = [i for i, c in enumerate(query) if c == " "]
    if n == 0 or not gaps:
        return query if n == 0 else query + " " * n
    at = gaps[n % len(gaps)]
    extra = 1 + n // len(gaps)
    return query[:at] + " " * extra + query[at:]


class LeanClient:
    """POST JSON over one keep-alive HTTP/1.1 connection with the standard library: the least
    client time per request, for sequential latency figures (the client's time is counted)."""

    def __init__(self, url: str, timeout: float = 120.0):
        from http.client import HTTPConnection
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        self._connection = HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=timeout)

    def post(self, path: str, payload: dict) -> dict:
        """The answer's JSON; RuntimeError on a status other than 200."""
        self._connection.request("POST", path, body=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
        response = self._connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"POST {path} answered {response.status}: {body[:200]!r}")
        return json.loads(body)

    def __enter__(self) -> LeanClient:
        return self

    def __exit__(self, *exc) -> None:
        self._connection.close()


def default_corpus() -> Path:
    from index.settings import Settings

    return Path(Settings().corpus_dir).resolve() if Path(Settings().corpus_dir).exists() else ROOT / "corpus"


def make_settings(data_dir: Path, corpus_dir: Path):
    """Settings for an embedded store in `data_dir`: no API key, no rate limit, no LLM."""
    from index.settings import Settings

    return Settings(data_dir=Path(data_dir), corpus_dir=Path(corpus_dir), chroma_host="", api_key="",
                    rate_limit_per_minute=0, llm_url="", cors_origins="")


def child_env(data_dir: Path, corpus_dir: Path) -> dict[str, str]:
    kept = ("GPSEARCH_MODEL_PATH", "GPSEARCH_EMBED_BACKEND", "GPSEARCH_MODEL_CACHE_DIR")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GPSEARCH_") or k in kept}
    env.update({"GPSEARCH_DATA_DIR": str(data_dir), "GPSEARCH_CORPUS_DIR": str(corpus_dir),
                "PYTHONUNBUFFERED": "1"})
    return env


def gpsearch_command() -> list[str]:
    script = Path(sys.executable).parent / "gpsearch"
    return [str(script)] if script.exists() else [sys.executable, "-m", "gpsearch_cli"]


def run_timed(args: list[str], env: dict[str, str], cwd: Path = ROOT, log_path: Path | None = None,
              budget: float | None = None) -> tuple[float, str, int, int]:
    """Run a command to completion: (wall seconds, stdout, exit code, peak RSS in KB). With
    `log_path` the output goes to that file as it comes (to watch a long run) and is read back;
    with `budget` (seconds, needs `log_path`) the command is interrupted (SIGINT) when it runs over."""
    started = time.perf_counter()
    sink = open(log_path, "w") if log_path else subprocess.PIPE
    try:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, text=True)
        out = proc.stdout.read() if proc.stdout else ""
        usage = None
        if budget is not None:
            while usage is None and time.perf_counter() - started < budget:
                time.sleep(1.0)
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                usage = usage if pid else None
            if usage is None:
                proc.send_signal(signal.SIGINT)  # gpsearch ingest is safe to interrupt
                stop = time.perf_counter() + 600
                while usage is None and time.perf_counter() < stop:
                    time.sleep(1.0)
                    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                    usage = usage if pid else None
                if usage is None:
                    proc.kill()
        if usage is None:
            _, status, usage = os.wait4(proc.pid, 0)
    finally:
        if log_path:
            sink.close()
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stdout:
        proc.stdout.close()
    if log_path:
        out = Path(log_path).read_text(errors="replace")
    return seconds, out, proc.returncode, int(usage.ru_maxrss)


# --- memory -----------------------------------------------------------------------------------

def proc_memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in KB."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0])
    except OSError:
        pass
    return out


def mb(kb: int | None) -> float | None:
    return None if kb is None else kb / 1024.0


# --- the service ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """`gpsearch serve` on a free loopback port over a data folder; a context manager."""

    def __init__(self, data_dir: Path, corpus_dir: Path, log_path: Path, start_timeout: float = 300.0):
        self.data_dir, self.corpus_dir, self.log_path = data_dir, corpus_dir, log_path
        self.start_timeout = start_timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.start_seconds = 0.0

    def __enter__(self) -> Service:
        import httpx

        self._log = open(self.log_path, "w")
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [*gpsearch_command(), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=child_env(self.data_dir, self.corpus_dir), cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + self.start_timeout
        with httpx.Client(timeout=5.0) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"gpsearch serve exited with {self.proc.returncode}: {self.log_tail()}")
                try:
                    if client.get(f"{self.url}/health").status_code == 200:
                        self.start_seconds = time.perf_counter() - started
                        return self
                except httpx.HTTPError:
                    pass
                time.sleep(0.25)
        self.__exit__(None, None, None)
        raise RuntimeError(f"gpsearch serve did not answer /health within {self.start_timeout:.0f} s: {self.log_tail()}")

    def memory(self) -> dict[str, int]:
        return proc_memory(self.proc.pid) if self.proc else {}

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()


# --- the machine ------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = ""
    return {
        "cpus": str(_nproc()),
        "memory": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "cpu_model": cpu or platform.processor() or "unknown",
        "os": f"{platform.system()} {platform.release()}",
        "load": load,
    }


def _nproc() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 0


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for package in ("torch", "sentence-transformers", "onnxruntime", "optimum-onnx", "chromadb", "llama-index-core"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "not installed"
    return out


def load_average() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return ""
