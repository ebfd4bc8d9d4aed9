"""The systems the grader can run: gpsearch in this process or over HTTP (the LlamaIndex
baselines, evaluation/baseline.py, answer the same calls)."""

from __future__ import annotations

from typing import Protocol

from evaluation.grading import overlap, span_covers
from evaluation.questions import EvalError, Span

class System(Protocol):
    """What the grader needs from a search system."""

    name: str
    mode: str  # "in-process" or "http"

    def search(self, query: str, top_k: int) -> list[dict]: ...

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        """(id of the item holding the seed, or None when none does; comparable results)."""
        ...


def seed_owner(items: list[tuple[str, Span]], seed: Span) -> str | None:
    """The id of the item whose span covers the seed the most (at least half of it)."""
    best, best_overlap = None, 0
    for item_id, span in items:
        if span_covers(span, seed):
            shared = overlap(span[1], span[2], seed[1], seed[2])
            if shared > best_overlap:
                best, best_overlap = item_id, shared
    return best


class EngineSystem:
    """gpsearch in this process: service.engine.Engine. Its typed results are graded in their
    JSON form, the form every other system (a service, a baseline) is graded in."""

    mode = "in-process"

    def __init__(self, engine, name: str = "gpsearch"):
        self.engine = engine
        self.name = name
        self._spans: list[tuple[str, Span]] | None = None

    def search(self, query: str, top_k: int) -> list[dict]:
        return [r.model_dump(mode="json") for r in self.engine.search(query, top_k=top_k).results]

    def initiative_spans(self) -> list[tuple[str, Span]]:
        if self._spans is None:
            self._spans = [(r.id, (r.doc_id, r.start, r.end)) for r in self.engine.browse().initiatives]
        return self._spans

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        owner = seed_owner(self.initiative_spans(), seed)
        if owner is None:
            return None, []
        return owner, [r.model_dump(mode="json") for r in self.engine.similar(owner, top_k=top_k).results]


def _row_spans(rows: list[dict]) -> list[tuple[str, Span]]:
    """(id, span) of every initiative, from the /initiatives rows."""
    return [(row["id"], (row["doc_id"], row["start"], row["end"])) for row in rows]


class HttpSystem:
    """gpsearch as a running service, over its HTTP API."""

    mode = "http"

    def __init__(self, url: str, api_key: str = "", name: str = "gpsearch", timeout: float = 60.0):
        import httpx

        headers = {"X-API-Key": api_key} if api_key else {}
        self.url = url.rstrip("/")
        self.name = name
        self.client = httpx.Client(base_url=self.url, headers=headers, timeout=timeout)
        self._spans: list[tuple[str, Span]] | None = None

    def _call(self, method: str, path: str, **kwargs) -> dict:
        import httpx

        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise EvalError(f"cannot reach the service at {self.url}: {exc}") from None
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except Exception:
                message = response.text[:200]
            raise EvalError(f"{method} {path} failed with HTTP {response.status_code}: {message}")
        return response.json()

    def health(self) -> dict:
        return self._call("GET", "/health")

    def search(self, query: str, top_k: int) -> list[dict]:
        return self._call("POST", "/search", json={"query": query, "top_k": top_k})["results"]

    def initiative_spans(self) -> list[tuple[str, Span]]:
        if self._spans is None:
            self._spans = _row_spans(self._call("GET", "/initiatives")["initiatives"])
        return self._spans

    def similar_to_seed(self, seed: Span, top_k: int) -> tuple[str | None, list[dict]]:
        owner = seed_owner(self.initiative_spans(), seed)
        if owner is None:
            return None, []
        return owner, self._call("GET", f"/initiatives/{owner}/similar", params={"top_k": top_k})["results"]

