"""Run the API with uvicorn: one process, or several workers sharing a Chroma server."""

from __future__ import annotations

import logging
import os
import sys

import uvicorn

from index.settings import get_settings

log = logging.getLogger(__name__)


def app_factory():
    """Import string target for uvicorn workers: each worker builds its own app from the
    settings (GPSEARCH_SERVE_URL, set by `serve`, says where it answers)."""
    from service.app import create_app

    get_settings.cache_clear()
    return create_app(get_settings())


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    settings = get_settings()
    if workers > 1 and not settings.chroma_host:
        print("gpsearch: --workers > 1 needs a Chroma server (set GPSEARCH_CHROMA_HOST); "
              "the embedded store is for one process. See docs/deployment.md", file=sys.stderr)
        return 2
    if not settings.chroma_host:
        from index.lock import busy_message, owner

        holder = owner(settings.data_dir)
        if holder:
            print(f"gpsearch: {busy_message(settings.data_dir, holder)}", file=sys.stderr)
            return 2
    # Workers are new processes: the setting reaches them through their environment.
    os.environ["GPSEARCH_SERVE_URL"] = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    uvicorn.run("service.server:app_factory", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=False)
    return 0
