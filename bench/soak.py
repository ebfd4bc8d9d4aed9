"""Soak run: 16 clients on loopback for a bounded time, mixed endpoints; errors and memory drift.

python -m bench.soak [--seconds 180] [--clients 16] [--data DIR]   (DIR must hold an ingested corpus)
"""

from __future__ import annotations

import argparse
import random
import threading
import time
from pathlib import Path

import httpx

from bench.util import ROOT, Service, load_questions, mb


def _requests(url: str, questions: list[str], ids: list[str], rng: random.Random):
    """One mixed request: (method, path, json body or None)."""
    roll = rng.random()
    if roll < 0.45:
        return "POST", "/search", {"query": rng.choice(questions), "top_k": 10}
    if roll < 0.65:
        return "POST", "/ask", {"question": rng.choice(questions)}
    if roll < 0.80:
        return "GET", f"/initiatives/{rng.choice(ids)}", None
    if roll < 0.90:
        return "GET", f"/initiatives/{rng.choice(ids)}/similar", None
    return "GET", rng.choice(["/forces", "/themes", "/documents", "/health"]), None


def soak(url: str, memory, seconds: float, clients: int) -> dict:
    questions, _ = load_questions()
    ids = [row["id"] for row in httpx.get(f"{url}/initiatives", timeout=30).json()["initiatives"]]
    errors: list[str] = []
    counts = [0] * clients
    stop = time.monotonic() + seconds
    samples = [(0.0, mb(memory().get("VmRSS")))]

    def client(n: int) -> None:
        rng = random.Random(n)
        with httpx.Client(base_url=url, timeout=60) as http:
            while time.monotonic() < stop:
                method, path, body = _requests(url, questions, ids, rng)
                try:
                    response = http.request(method, path, json=body)
                    if response.status_code >= 400:
                        errors.append(f"{method} {path}: {response.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{method} {path}: {exc!r}")
                counts[n] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        time.sleep(10)
        samples.append((time.monotonic() - started, mb(memory().get("VmRSS"))))
    return {"requests": sum(counts), "errors": errors, "seconds": time.monotonic() - started, "rss": samples}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--data", type=Path, required=True, help="a data folder with the corpus ingested")
    args = parser.parse_args()
    with Service(args.data, ROOT / "corpus", args.data / "soak-serve.log") as service:
        result = soak(service.url, service.memory, args.seconds, args.clients)
        peak = mb(service.memory().get("VmHWM"))
    rss = result["rss"]
    print(f"{args.clients} clients, {result['seconds']:.0f} s, {result['requests']} requests "
          f"({result['requests'] / result['seconds']:.1f}/s), {len(result['errors'])} errors")
    print(f"RSS start {rss[0][1]:.0f} MB, end {rss[-1][1]:.0f} MB, peak {peak:.0f} MB; samples: "
          + ", ".join(f"{t:.0f}s={m:.0f}" for t, m in rss))
    for error in result["errors"][:10]:
        print("  ", error)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
