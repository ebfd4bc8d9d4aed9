"""What routes are given (settings, the engine, the feedback store, write permission), as
`Annotated[..., Depends(...)]` aliases read from the app's state."""

from __future__ import annotations

import hmac
import logging
import threading
import time
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from index.settings import Settings
from index.store import StoreUnavailable
from ingest.uploads import Uploads
from service.engine import Engine, QueryError
from service.errors import STORE_DOWN
from service.feedback import FeedbackStore

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")
RETRY_SECONDS = 5.0


class EngineHolder:
    """The app's engine, built on first need: a store that is down at start-up means 503s
    until it is back (retried at most every RETRY_SECONDS), not a service that will not start."""

    def __init__(self, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self._engine = engine
        self._tried = float("-inf")
        self._lock = threading.Lock()

    def get(self) -> Engine | None:
        if self._engine is None and time.monotonic() - self._tried >= RETRY_SECONDS:
            with self._lock:
                if self._engine is None and time.monotonic() - self._tried >= RETRY_SECONDS:
                    self._tried = time.monotonic()
                    try:
                        self._engine = Engine.from_settings(self.settings, role="serve", url=self.settings.serve_url)
                    except StoreUnavailable as exc:
                        log.error("store not reachable (requests answer 503 until it is): %s", exc)
        return self._engine

    @property
    def built(self) -> Engine | None:
        """The engine if it is built, without trying to build it."""
        return self._engine


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_engine(request: Request) -> Engine:
    """The engine; on the event loop once it is built (a sync dependency costs every request a
    trip through the thread pool), on a worker thread while it may still have to be built."""
    holder = request.app.state.engines
    engine = holder.built or await run_in_threadpool(holder.get)
    if engine is None:
        raise QueryError(503, "store_unavailable", STORE_DOWN)
    return engine


def open_uploads(state, engine: Engine) -> Uploads:
    """The app's Uploads over the engine's store, opened (and any interrupted change recovered)
    once."""
    with state.uploads_lock:
        if state.uploads is None:
            state.uploads = Uploads(state.settings, engine.store, engine.embedder)
        return state.uploads


def get_uploads(request: Request, engine: Annotated[Engine, Depends(get_engine)]) -> Uploads:
    return open_uploads(request.app.state, engine)


def get_feedback(request: Request) -> FeedbackStore:
    return request.app.state.feedback


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback)]
UploadsDep = Annotated[Uploads, Depends(get_uploads)]


def require_writer(request: Request, settings: SettingsDep,
                   x_admin_key: Annotated[str, Header(description="the admin key, when GPSEARCH_ADMIN_KEY is set")] = "",
                   ) -> None:
    """Writes (documents, ingest) need X-Admin-Key == GPSEARCH_ADMIN_KEY when it is set, and
    come only from this machine when it is not."""
    if settings.admin_key:
        if not hmac.compare_digest(x_admin_key.encode(), settings.admin_key.encode()):
            raise QueryError(403, "forbidden", "changing documents needs the admin key: send it in the "
                                               "X-Admin-Key header (GPSEARCH_ADMIN_KEY on the server)")
        return
    host = request.client.host if request.client else ""
    if host not in LOOPBACK:
        raise QueryError(403, "forbidden", "changing documents is only allowed from the server itself "
                                           "unless the administrator sets GPSEARCH_ADMIN_KEY")


WriterDep = Annotated[None, Depends(require_writer)]
