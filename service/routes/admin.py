"""Running the service: liveness and counts, and re-ingesting through it."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from index.store import StoreUnavailable
from service.deps import EngineDep, WriterDep
from service.errors import SECURITY_HEADERS, STORE_DOWN, error_response, is_connection_error
from service.schemas import ErrorResponse, Health, IngestRequest, IngestResponse, Unavailable, errors

log = logging.getLogger(__name__)

router = APIRouter(tags=["admin"])


@router.post("/admin/ingest", response_model=IngestResponse, responses=errors(400, 403, 409, 422),
             summary="Re-ingest the corpus (or files in it) through this service")
def admin_ingest(body: IngestRequest, engine: EngineDep, _: WriterDep) -> IngestResponse:
    return engine.ingest(body.paths, body.rebuild)


@router.get("/health", response_model=Health, summary="Liveness and counts; no API key needed",
            responses={503: {"model": Unavailable | ErrorResponse, "description": "the index cannot be reached"},
                       500: {"model": ErrorResponse, "description": "a fault on the server (logged)"}})
def health(request: Request):
    engine = request.app.state.engines.get()
    if engine is None:
        return JSONResponse({"status": "unavailable", "documents": 0, "initiatives": 0, "passages": 0,
                             "error": {"code": "store_unavailable", "message": STORE_DOWN}},
                            status_code=503, headers={**SECURITY_HEADERS, "Retry-After": "5"})
    try:
        return engine.health()
    except Exception as exc:
        if not is_connection_error(exc) and not isinstance(exc, StoreUnavailable):
            log.exception("health check failed")
        return error_response(503, "store_unavailable", "the search index cannot be reached right now")
