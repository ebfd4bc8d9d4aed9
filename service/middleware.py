"""What every request passes through: a body size limit, the API key, a per-client rate limit,
and a last net that turns any unhandled error into a JSON 500 (or 503 when the store is down)."""

from __future__ import annotations

import hmac
import logging
import math
import re
import threading
import time

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.datastructures import Headers, MutableHeaders

from index.settings import Settings
from service.errors import SECURITY_HEADERS, error_response, internal_error, is_connection_error, store_unavailable

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
MULTIPART_SLACK = 64 * 1024  # form boundaries and part headers around an uploaded file
_FILENAME = re.compile(rb'filename="([^"\r\n]{1,200})"')


def is_upload(method: str, path: str) -> bool:
    """Requests that carry a document (POST /documents, PUT /documents/{doc_id})."""
    return (method == "POST" and path == "/documents") or (method == "PUT" and path.startswith("/documents/"))


class BodyLimit:
    """Refuse request bodies over the limit before they are read into memory: MAX_BODY_BYTES
    for JSON, the upload limit (plus form overhead) for documents."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES, upload_limit: int = 20 * 1024 * 1024):
        self.app, self.limit, self.upload_limit = app, limit, upload_limit

    def _too_big(self, upload: bool, head: bytes):
        if not upload:
            return error_response(413, "body_too_large", f"the request body is over {self.limit // 1024} KB; send less")
        found = _FILENAME.search(head)
        name = found.group(1).decode("utf-8", "replace") if found else "the file"
        return error_response(
            413, "file_too_large",
            f"'{name}' is over the upload limit of {self.upload_limit / 1_048_576:g} MB: split it into "
            "smaller documents, or ask the administrator to raise GPSEARCH_UPLOAD_MAX_MB",
            {"file": name, "limit_bytes": self.upload_limit})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        upload = is_upload(scope.get("method", ""), scope.get("path", ""))
        limit = self.upload_limit + MULTIPART_SLACK if upload else self.limit
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            head = b""
            if upload:  # read the first chunk only, to name the file in the refusal
                message = await receive()
                head = message.get("body", b"")[:4096]
            return await self._too_big(upload, head)(scope, receive, send)
        received = 0
        head = b""
        exceeded = started = False

        async def limited_receive():
            nonlocal received, exceeded, head
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            body = message.get("body", b"")
            if len(head) < 4096:
                head += body[:4096 - len(head)]
            received += len(body)
            if received > limit:
                exceeded = True
                raise _BodyTooLarge
            return message

        async def guarded_send(message):
            # FastAPI turns an error while reading the body into its own 400 ("error parsing the
            # body"); once the limit is passed, whatever the app answers is replaced by the 413.
            nonlocal started
            if exceeded and not started:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _BodyTooLarge:
            pass
        if exceeded and not started:
            await self._too_big(upload, head)(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


class RateLimiter:
    """Per-client token bucket: `per_minute` requests a minute, bursts up to that many."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """0 if the request may go ahead, else seconds to wait."""
        now = time.monotonic()
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                return 0
            self._buckets[client] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / rate))


class Guard:
    """The API key, the rate limit, the security headers on every response, and the last net:
    an unhandled error becomes a JSON 500 (503 when the store went away) before anything is
    sent. Plain ASGI, not `@app.middleware("http")` (Starlette's BaseHTTPMiddleware), which runs
    the app in a task and streams its response through a queue (~0.5 ms a request)."""

    def __init__(self, app, settings: Settings, limiter: RateLimiter | None = None):
        self.app, self.settings, self.limiter = app, settings, limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path, method = scope.get("path", ""), scope.get("method", "")
        refusal = self._refusal(scope, path, method)
        if refusal is not None:
            return await refusal(scope, receive, send)
        started = False

        async def secured_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        try:
            await self.app(scope, receive, secured_send)
        except Exception as exc:  # never a stack trace to the client; the log keeps it
            if started:
                raise
            if is_connection_error(exc):  # the store went away mid-request: 503, not 500
                log.warning("store unreachable on %s %s: %s", method, path, exc)
                response = store_unavailable()
            else:
                log.exception("unhandled error on %s %s", method, path)
                response = internal_error()
            await response(scope, receive, send)

    def _refusal(self, scope, path: str, method: str):
        """The 401 or 429 for a request that may not go ahead, else None."""
        if self.settings.api_key and path != "/health" and method != "OPTIONS":
            given = Headers(scope=scope).get("x-api-key", "")
            if not hmac.compare_digest(given.encode(), self.settings.api_key.encode()):
                return error_response(401, "unauthorized", "missing or wrong API key: send it in the X-API-Key header")
        if self.limiter is not None and path != "/health":
            client = scope.get("client")
            wait = self.limiter.retry_after(client[0] if client else "unknown")
            if wait:
                return error_response(429, "rate_limited", f"too many requests; try again in {wait} s",
                                      headers={"Retry-After": str(wait)})
        return None


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """API key, rate limit and the error net (innermost), CORS, then the body limit (outermost)."""
    limiter = RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute > 0 else None
    app.add_middleware(Guard, settings=settings, limiter=limiter)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[o.strip() for o in settings.cors_origins.split(",") if o.strip()],
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Content-Type", "X-API-Key", "X-Admin-Key"],
        )
    app.add_middleware(BodyLimit, upload_limit=settings.upload_max_bytes)
