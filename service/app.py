"""The HTTP API (FastAPI): routes are thin, errors are JSON a person can act on."""


import hmac
import logging
import math
import threading
import time
from contextlib import asynccontextmanager
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.settings import Settings, get_settings
from index.store import StoreUnavailable
from service.engine import MAX_FILTER_VALUES, MAX_QUERY_CHARS, MAX_TOP_K, Engine, QueryError
from service.feedback import FeedbackStore

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


# --- request models --------------------------------------------------------------------------

class Filters(BaseModel):
    """Optional narrowing; every value must exist (see /forces, /themes, /documents)."""

    model_config = ConfigDict(extra="forbid")
    forces: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    themes: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    docs: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=MAX_FILTER_VALUES)
    has_metrics: bool | None = None


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["stop and search scrutiny panels"])
    top_k: int = Field(10, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(..., max_length=MAX_QUERY_CHARS, examples=["What have forces done on neurodiversity?"])
    top_k: int = Field(8, ge=1, le=MAX_TOP_K)
    filters: Filters | None = None


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(..., max_length=MAX_QUERY_CHARS)
    answer: str = Field("", max_length=20_000)
    rating: Literal["up", "down"]
    comment: str = Field("", max_length=2000)
    filters: Filters | None = None


def _error(status: int, code: str, message: str, details: dict | None = None,
           headers: dict | None = None) -> JSONResponse:
    body: dict = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status, headers={**_SECURITY_HEADERS, **(headers or {})})


_STORE_DOWN = "the search index cannot be reached right now; try again shortly"


def _store_unavailable() -> JSONResponse:
    return _error(503, "store_unavailable", _STORE_DOWN, headers={"Retry-After": "5"})


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict]]:
    problems = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        problems.append({"field": where, "problem": str(error.get("msg", "invalid"))[:200]})
    first = problems[0] if problems else {"field": "body", "problem": "invalid"}
    message = f"'{first['field']}': {first['problem']}"
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return message, problems


# --- middleware ------------------------------------------------------------------------------

class BodyLimit:
    """Refuse request bodies over MAX_BODY_BYTES before they are read into memory."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = _error(413, "body_too_large", f"the request body is over {self.limit // 1024} KB; send less")
        if declared and declared.isdigit() and int(declared) > self.limit:
            return await too_big(scope, receive, send)
        received = 0
        exceeded = started = False

        async def limited_receive():
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
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
            await too_big(scope, receive, send)


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


# --- the app ---------------------------------------------------------------------------------

class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    paths: list[Annotated[str, Field(max_length=1000)]] = Field(default_factory=list, max_length=1000)
    rebuild: bool = False


def create_app(settings: Settings | None = None, engine: Engine | None = None, url: str = "") -> FastAPI:
    """The API; `engine` is built (model loaded, snapshot read) at start-up unless given; `url`
    is where this service is reachable, noted so `gpsearch ingest` can hand its work over."""
    settings = settings or get_settings()
    state: dict = {"engine": engine, "tried": float("-inf")}
    build_lock = threading.Lock()

    def build_engine() -> Engine | None:
        """The engine, opening the store if that has not worked yet (at most every 5 s): a store
        that is down at start-up means 503s until it is back, not a service that will not start."""
        if state["engine"] is None and time.monotonic() - state["tried"] >= 5.0:
            with build_lock:
                if state["engine"] is None and time.monotonic() - state["tried"] >= 5.0:
                    state["tried"] = time.monotonic()
                    try:
                        state["engine"] = Engine.from_settings(settings, role="serve", url=url)
                    except StoreUnavailable as exc:
                        log.error("store not reachable (requests answer 503 until it is): %s", exc)
        return state["engine"]

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if state["engine"] is None:
            started = time.perf_counter()
            if build_engine() is not None:
                try:
                    state["engine"].warm_up()
                except Exception as exc:
                    if not (isinstance(exc, StoreUnavailable) or _is_connection_error(exc)):
                        raise
                    log.error("store not reachable at start-up (requests will answer 503 until it is): %s", exc)
            log.info("service ready in %.1f s", time.perf_counter() - started)
        yield

    app = FastAPI(
        title="gpsearch API",
        version="0.1.0",
        description="Search and cited answers over UK policing good-practice documents. "
                    "Every span is (doc_id, start, end) into the document's UTF-8 text.",
        lifespan=lifespan,
    )
    limiter = RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute > 0 else None
    feedback = FeedbackStore(settings.data_dir)

    def get_engine() -> Engine:
        engine = build_engine()
        if engine is None:
            raise QueryError(503, "store_unavailable", _STORE_DOWN)
        return engine

    EngineDep = Annotated[Engine, Depends(get_engine)]

    @app.middleware("http")
    async def guard(request: Request, call_next):
        path = request.url.path
        if settings.api_key and path != "/health" and request.method != "OPTIONS":
            given = request.headers.get("x-api-key", "")
            if not hmac.compare_digest(given.encode(), settings.api_key.encode()):
                response = _error(401, "unauthorized", "missing or wrong API key: send it in the X-API-Key header")
                response.headers.update(_SECURITY_HEADERS)
                return response
        if limiter is not None and path != "/health":
            client = request.client.host if request.client else "unknown"
            wait = limiter.retry_after(client)
            if wait:
                response = _error(429, "rate_limited", f"too many requests; try again in {wait} s",
                                  headers={"Retry-After": str(wait)})
                response.headers.update(_SECURITY_HEADERS)
                return response
        try:
            response = await call_next(request)
        except Exception as exc:  # never a stack trace to the client; the log keeps it
            if _is_connection_error(exc):  # the store went away mid-request: 503, not 500
                log.warning("store unreachable on %s %s: %s", request.method, path, exc)
                response = _store_unavailable()
            else:
                log.exception("unhandled error on %s %s", request.method, path)
                response = _error(500, "internal_error", "something went wrong on our side; the error was logged")
        response.headers.update(_SECURITY_HEADERS)
        return response

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[o.strip() for o in settings.cors_origins.split(",") if o.strip()],
            allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key"],
        )
    app.add_middleware(BodyLimit)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return _error(exc.status, exc.code, exc.message, exc.details,
                      headers={"Retry-After": "5"} if exc.status == 503 else None)

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable):
        return _error(503, "store_unavailable",
                      "the search index cannot be reached right now; try again shortly",
                      headers={"Retry-After": "5"})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        message, problems = _validation_message(exc)
        return _error(422, "invalid_request", message, {"problems": problems})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        codes = {400: "invalid_body", 404: "not_found", 405: "method_not_allowed"}
        message = {400: "the request body could not be read: send one JSON object, UTF-8 encoded, "
                        "with Content-Type: application/json",
                   404: f"no such endpoint: {request.url.path[:100]}",
                   405: f"{request.method} is not allowed on {request.url.path[:100]}"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"),
                      message.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        if _is_connection_error(exc):
            return _error(503, "store_unavailable", "the search index cannot be reached right now; try again shortly",
                          headers={"Retry-After": "5"})
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, "internal_error", "something went wrong on our side; the error was logged")

    @app.post("/search", summary="Initiatives for a query, best first")
    def search(body: SearchRequest, engine: EngineDep) -> dict:
        return engine.search(body.query, body.top_k, _filters(body.filters))

    @app.post("/ask", summary="A cited answer: one line per initiative, every [n] an exact span")
    def ask(body: AskRequest, engine: EngineDep) -> dict:
        return engine.ask(body.question, body.top_k, _filters(body.filters))

    InitiativeId = Annotated[str, Path(max_length=200, description="an id from /search results")]

    @app.get("/initiatives", summary="Every initiative, one row each (for browsing and CSV)")
    def browse(engine: EngineDep) -> dict:
        return engine.browse()

    @app.get("/initiatives/{initiative_id}", summary="The full initiative record with its text")
    def initiative(initiative_id: InitiativeId, engine: EngineDep) -> dict:
        return engine.initiative(initiative_id)

    @app.get("/initiatives/{initiative_id}/similar", summary="Comparable initiatives, other forces preferred")
    def similar(initiative_id: InitiativeId, engine: EngineDep,
                top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K)] = 10) -> dict:
        return engine.similar(initiative_id, top_k)

    @app.get("/forces", summary="Forces with their number of initiatives")
    def forces(engine: EngineDep) -> dict:
        return engine.facet("forces")

    @app.get("/themes", summary="Themes with their number of initiatives")
    def themes(engine: EngineDep) -> dict:
        return engine.facet("themes")

    @app.get("/documents", summary="Documents with titles and counts")
    def documents(engine: EngineDep) -> dict:
        return engine.documents()

    @app.post("/feedback", status_code=201, summary="Thumbs up or down on an answer, with a comment")
    def post_feedback(body: FeedbackRequest) -> dict:
        entry_id = feedback.add(body.question, body.answer, body.rating, body.comment,
                                _filters(body.filters) or {})
        return {"id": entry_id, "stored": True}

    @app.get("/feedback", summary="Stored feedback, newest first")
    def list_feedback(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
        items = feedback.list(limit)
        return {"feedback": items, "total": len(items)}

    @app.post("/admin/ingest", summary="Re-ingest the corpus (or files in it) through this service")
    def admin_ingest(body: IngestRequest, request: Request, engine: EngineDep) -> dict:
        local = request.client is not None and request.client.host in ("127.0.0.1", "::1", "localhost")
        if not settings.api_key and not local:
            raise QueryError(403, "forbidden", "ingest is only allowed from this machine unless an API key is set")
        return engine.ingest(body.paths, body.rebuild)

    @app.get("/health", summary="Liveness and counts; no API key needed")
    def health() -> JSONResponse:
        engine = build_engine()
        if engine is None:
            return JSONResponse({"status": "unavailable", "documents": 0, "initiatives": 0, "passages": 0,
                                 "error": {"code": "store_unavailable", "message": _STORE_DOWN}},
                                status_code=503, headers={**_SECURITY_HEADERS, "Retry-After": "5"})
        try:
            return JSONResponse(engine.health())
        except Exception as exc:
            if not _is_connection_error(exc) and not isinstance(exc, StoreUnavailable):
                log.exception("health check failed")
            return _error(503, "store_unavailable", "the search index cannot be reached right now")

    return app


def _filters(filters: Filters | None) -> dict:
    return filters.model_dump(exclude_none=True) if filters else {}


def _is_connection_error(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 5:
        name = type(exc).__name__.lower()
        if any(word in name for word in ("connect", "timeout", "unavailable")) or isinstance(exc, (ConnectionError, OSError)):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False
