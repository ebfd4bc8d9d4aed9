"""Errors as the contract's JSON `{"error": {"code", "message"}}`, never a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.store import StoreUnavailable
from ingest.uploads import DocumentRefused
from service.engine import QueryError

log = logging.getLogger(__name__)

STORE_DOWN = "the search index cannot be reached right now; try again shortly"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def error_response(status: int, code: str, message: str, details: dict | None = None,
                   headers: dict | None = None) -> JSONResponse:
    body: dict = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def store_unavailable() -> JSONResponse:
    return error_response(503, "store_unavailable", STORE_DOWN, headers={"Retry-After": "5"})


def internal_error() -> JSONResponse:
    return error_response(500, "internal_error", "something went wrong on our side; the error was logged")


def is_connection_error(exc: BaseException | None) -> bool:
    """The store (or something it talks to) went away: a 503 to retry, not a 500."""
    seen = 0
    while exc is not None and seen < 5:
        name = type(exc).__name__.lower()
        if any(word in name for word in ("connect", "timeout", "unavailable")) or isinstance(exc, (ConnectionError, OSError)):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def validation_message(exc: RequestValidationError) -> tuple[str, list[dict]]:
    """The first problem as one line naming the field, and every problem for `details`."""
    problems = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        problems.append({"field": where, "problem": str(error.get("msg", "invalid"))[:200]})
    first = problems[0] if problems else {"field": "body", "problem": "invalid"}
    message = f"'{first['field']}': {first['problem']}"
    if len(problems) > 1:
        message += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return message, problems


def install_error_handlers(app: FastAPI) -> None:
    """Every exception a route can raise becomes a JSON error a person can act on."""

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return error_response(exc.status, exc.code, exc.message, exc.details,
                              headers={"Retry-After": "5"} if exc.status == 503 else None)

    @app.exception_handler(DocumentRefused)
    async def document_refused(request: Request, exc: DocumentRefused):
        return error_response(exc.status, exc.code, str(exc), {"file": exc.file, "reason": exc.reason})

    @app.exception_handler(StoreUnavailable)
    async def store_down(request: Request, exc: StoreUnavailable):
        return store_unavailable()

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        message, problems = validation_message(exc)
        return error_response(422, "invalid_request", message, {"problems": problems})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        codes = {400: "invalid_body", 404: "not_found", 405: "method_not_allowed"}
        message = {400: "the request body could not be read: send one JSON object, UTF-8 encoded, "
                        "with Content-Type: application/json",
                   404: f"no such endpoint: {request.url.path[:100]}",
                   405: f"{request.method} is not allowed on {request.url.path[:100]}"}
        return error_response(exc.status_code, codes.get(exc.status_code, "http_error"),
                              message.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        if is_connection_error(exc):
            return store_unavailable()
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return internal_error()
