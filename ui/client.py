"""The UI's only way to the service: JSON over HTTP (httpx), with one error type a page can show.

The API key (GPSEARCH_API_KEY) goes in the X-API-Key header and nowhere else: it is never part
of a message, a repr or a log line. So does the admin key (GPSEARCH_ADMIN_KEY, X-Admin-Key), sent
only with document changes.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

DEFAULT_API_URL = "http://127.0.0.1:8000"
START_HINT = "Start it with `make run` (API and UI together) or `gpsearch serve` in another terminal, then reload this page."


class ServiceError(Exception):
    """A call the service could not answer; `message` is safe to show to a person."""

    def __init__(self, message: str, status: int | None = None, code: str = "error",
                 details: dict | None = None):
        super().__init__(message)
        self.message, self.status, self.code, self.details = message, status, code, details or {}


class ServiceUnavailable(ServiceError):
    """Nothing answered at the configured URL (not started, wrong port, still starting)."""


def display_url(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", "")).rstrip("/")


def clean_filters(filters: dict | None) -> dict:
    """Only the filters that narrow anything, in the API's shape."""
    filters = filters or {}
    out: dict[str, Any] = {}
    for key in ("forces", "themes", "docs", "regions", "evidence"):
        values = [v for v in (filters.get(key) or []) if v]
        if values:
            out[key] = list(values)
    if filters.get("has_metrics"):
        out["has_metrics"] = True
    return out


class Client:
    """Typed calls to the gpsearch API. Raises ServiceUnavailable or ServiceError."""

    def __init__(self, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, transport: httpx.BaseTransport | None = None,
                 admin_key: str | None = None):
        self.base_url = (base_url or os.environ.get("GPSEARCH_API_URL") or DEFAULT_API_URL).rstrip("/")
        key = os.environ.get("GPSEARCH_API_KEY", "") if api_key is None else api_key
        self._headers = {"Accept": "application/json"}
        if key:
            self._headers["X-API-Key"] = key
        admin = os.environ.get("GPSEARCH_ADMIN_KEY", "") if admin_key is None else admin_key
        self._write_headers = {"X-Admin-Key": admin} if admin else {}
        self._timeout = httpx.Timeout(timeout, connect=3.0)
        self._transport = transport

    def __repr__(self) -> str:
        return f"Client({display_url(self.base_url)!r})"

    @property
    def url(self) -> str:
        return display_url(self.base_url)

    def unavailable_message(self) -> str:
        return f"The gpsearch service is not reachable at {self.url}. {START_HINT}"

    # --- transport ------------------------------------------------------------------------

    def _request(self, method: str, path: str, *, json: dict | None = None,
                 params: dict | None = None, files: dict | None = None, write: bool = False,
                 timeout: float | None = None) -> dict:
        headers = {**self._headers, **(self._write_headers if write else {})}
        limit = httpx.Timeout(timeout, connect=3.0) if timeout else self._timeout
        try:
            with httpx.Client(base_url=self.base_url, headers=headers, timeout=limit,
                              transport=self._transport) as http:
                response = http.request(method, path, json=json, params=params, files=files)
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise ServiceUnavailable(self.unavailable_message(), code="unreachable") from None
            raise ServiceError("The service took too long to answer. Try again, or narrow the question "
                               "with filters.", code="timeout") from None
        except (httpx.TransportError, OSError):
            raise ServiceUnavailable(self.unavailable_message(), code="unreachable") from None
        if response.status_code >= 400:
            raise self._error(response)
        try:
            return response.json()
        except ValueError:
            raise ServiceError(f"The service at {self.url} sent something that is not JSON; "
                               "is GPSEARCH_API_URL pointing at the gpsearch API?", response.status_code,
                               "bad_response") from None

    def _error(self, response: httpx.Response) -> ServiceError:
        status = response.status_code
        try:
            error = response.json().get("error") or {}
        except (ValueError, AttributeError):
            error = {}
        code = str(error.get("code") or "http_error")
        message = str(error.get("message") or f"the service answered HTTP {status}")
        if status == 401:
            message = ("The service needs an API key: set GPSEARCH_API_KEY for the UI to the key the "
                       "service was started with, then restart the UI.")
        elif status == 403:
            message = (f"{message}. To change documents from this UI, start it with GPSEARCH_ADMIN_KEY set "
                       "to the service's admin key, or run it on the same machine as the service.")
        elif status == 503:
            if code == "starting":
                return ServiceUnavailable("The service is still starting (loading the model). "
                                          "Try again in a few seconds.", status, code)
            message = f"The service is up but cannot answer right now: {message}"
        elif status == 429:
            message = f"Too many requests: {message}"
        return ServiceError(message, status, code, error.get("details"))

    # --- endpoints ------------------------------------------------------------------------

    def health(self) -> dict:
        return self._request("GET", "/health")

    def ask(self, question: str, filters: dict | None = None, top_k: int = 8,
            history: list[dict] | None = None) -> dict:
        body: dict[str, Any] = {"question": question, "top_k": top_k}
        if clean_filters(filters):
            body["filters"] = clean_filters(filters)
        if history:
            body["history"] = history
        return self._request("POST", "/ask", json=body)

    def search(self, query: str, filters: dict | None = None, top_k: int = 10,
               history: list[dict] | None = None) -> dict:
        body: dict[str, Any] = {"query": query, "top_k": top_k}
        if clean_filters(filters):
            body["filters"] = clean_filters(filters)
        if history:
            body["history"] = history
        return self._request("POST", "/search", json=body)

    def initiative(self, initiative_id: str) -> dict:
        return self._request("GET", f"/initiatives/{_quote(initiative_id)}")

    def similar(self, initiative_id: str, top_k: int = 6) -> list[dict]:
        data = self._request("GET", f"/initiatives/{_quote(initiative_id)}/similar", params={"top_k": top_k})
        return data.get("results", [])

    def initiatives(self) -> list[dict]:
        return self._request("GET", "/initiatives").get("initiatives", [])

    def forces(self) -> list[dict]:
        return self._request("GET", "/forces").get("forces", [])

    def themes(self) -> list[dict]:
        return self._request("GET", "/themes").get("themes", [])

    def documents(self) -> list[dict]:
        return self.document_list().get("documents", [])

    def document_list(self) -> dict:
        """The documents and the upload limit."""
        return self._request("GET", "/documents")

    def document(self, doc_id: str, include_text: bool = False, include_outline: bool = False) -> dict:
        """A document's record; with its text and with how it was read (`explanation`) when asked."""
        include = [part for part, wanted in (("text", include_text), ("outline", include_outline)) if wanted]
        return self._request("GET", f"/documents/{_quote_path(doc_id)}",
                             params={"include": include} if include else None, timeout=300)

    def add_document(self, name: str, data: bytes) -> dict:
        """What the service found in the new document; ServiceError says why it was refused."""
        return self._request("POST", "/documents", files={"file": (name, data)}, write=True, timeout=900)

    def replace_document(self, doc_id: str, name: str, data: bytes) -> dict:
        return self._request("PUT", f"/documents/{_quote_path(doc_id)}", files={"file": (name, data)},
                             write=True, timeout=900)

    def remove_document(self, doc_id: str) -> dict:
        return self._request("DELETE", f"/documents/{_quote_path(doc_id)}", write=True)

    def feedback(self, question: str, answer: str, rating: str, comment: str = "",
                 filters: dict | None = None) -> dict:
        body: dict[str, Any] = {"question": question, "answer": answer[:20_000], "rating": rating,
                                "comment": comment[:2000]}
        if clean_filters(filters):
            body["filters"] = clean_filters(filters)
        return self._request("POST", "/feedback", json=body)


def _quote(segment: str) -> str:
    from urllib.parse import quote

    return quote(segment, safe="")


def _quote_path(doc_id: str) -> str:
    """A doc_id in a URL: its '/' kept as separators, everything else quoted."""
    return "/".join(_quote(part) for part in doc_id.split("/"))
