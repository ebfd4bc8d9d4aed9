"""The HTTP API (FastAPI): the app assembled from its routers, middleware and error handlers."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI

from index.settings import Settings, get_settings
from index.store import StoreUnavailable
from service.deps import EngineHolder, open_uploads
from service.engine import Engine
from service.errors import install_error_handlers, is_connection_error
from service.feedback import FeedbackStore
from service.middleware import MAX_BODY_BYTES, install_middleware
from service.routes import admin, documents, feedback, initiatives, search

__all__ = ["MAX_BODY_BYTES", "create_app"]

log = logging.getLogger(__name__)


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """Before the first request: finish or undo a document change an earlier run left half
    done, and (unless an engine was given) load the model and the snapshot."""
    started = time.perf_counter()
    engine = app.state.engines.get()
    if engine is not None:
        try:
            open_uploads(app.state, engine)
            if app.state.build_engine:
                engine.warm_up()
        except Exception as exc:
            if not (isinstance(exc, StoreUnavailable) or is_connection_error(exc)):
                raise
            log.error("store not reachable at start-up (requests will answer 503 until it is): %s", exc)
    log.info("service ready in %.1f s", time.perf_counter() - started)
    yield


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The API; `engine` is built (model loaded, snapshot read) at start-up unless given."""
    settings = settings or get_settings()
    app = FastAPI(
        title="gpsearch API",
        version="0.1.0",
        description="Search and cited answers over UK policing good-practice documents. "
                    "Every span is (doc_id, start, end) into the document's text.",
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.engines = EngineHolder(settings, engine)
    app.state.build_engine = engine is None
    app.state.feedback = FeedbackStore(settings.data_dir)
    app.state.uploads, app.state.uploads_lock = None, threading.Lock()
    install_middleware(app, settings)
    install_error_handlers(app)
    for module in (search, initiatives, documents, feedback, admin):
        app.include_router(module.router)
    return app
