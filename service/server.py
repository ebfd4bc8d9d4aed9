"""Run the API with uvicorn: one process, or several workers sharing a Chroma server."""

from __future__ import annotations

import logging

import uvicorn

from index.settings import get_settings

log = logging.getLogger(__name__)


def app_factory():
    """Import string target for uvicorn workers: each worker builds its own app."""
    from service.app import create_app

    return create_app()


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    settings = get_settings()
    if workers > 1 and not settings.chroma_host:
        print("gpsearch: --workers > 1 needs a Chroma server (set GPSEARCH_CHROMA_HOST); "
              "the embedded store is for one process. See docs/deployment.md")
        return 2
    uvicorn.run("service.server:app_factory", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=False)
    return 0
