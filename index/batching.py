"""Micro-batching of query embeddings: texts that threads ask for at about the same time are
encoded in one model call.

Encoding one short query is mostly fixed per-call overhead (about 7 ms with ONNX Runtime here),
and sixteen one-text calls cost several times one sixteen-text call. The service answers each
request on a worker thread, so concurrent uncached searches queue their texts here; one encoder
thread takes everything queued, encodes it in one call and hands every caller its own row.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np

IDLE_SECONDS = 30.0  # the encoder thread exits after this long without work; the next call restarts it


@dataclass
class _Request:
    text: str
    done: threading.Event = field(default_factory=threading.Event)
    vector: np.ndarray | None = None
    error: BaseException | None = None


class QueryBatcher:
    """`embed_one(text)` from many threads; concurrent texts share one `embedder.embed` call.

    A lone query is encoded at once. While queries arrive together (the last batch held more
    than one), the encoder waits up to `window` seconds for more to join, up to `max_batch`.
    If a batch call fails, each of its texts is encoded alone, so an error reaches only the
    caller whose text caused it."""

    def __init__(self, embedder, window: float = 0.002, max_batch: int = 32):
        self.embedder = embedder
        self.window = window
        self.max_batch = max_batch
        self._pending: list[_Request] = []
        self._wake = threading.Condition()
        self._encoder: threading.Thread | None = None
        self.batches = 0  # model calls made, for tests and benchmarks
        self.largest = 0

    def embed_one(self, text: str) -> np.ndarray:
        request = _Request(text)
        with self._wake:
            self._pending.append(request)
            if self._encoder is None:
                self._encoder = threading.Thread(target=self._run, name="query-encoder", daemon=True)
                self._encoder.start()
            self._wake.notify()
        request.done.wait()
        if request.error is not None:
            raise request.error
        return request.vector

    def _run(self) -> None:
        together = False
        while True:
            with self._wake:
                if not self._pending:
                    self._wake.wait(IDLE_SECONDS)
                    if not self._pending:
                        self._encoder = None
                        return
                if together:
                    deadline = time.monotonic() + self.window
                    while len(self._pending) < self.max_batch:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            break
                        self._wake.wait(left)
                batch = self._pending[:self.max_batch]
                del self._pending[:self.max_batch]
            self._encode(batch)
            together = len(batch) > 1

    def _encode(self, batch: list[_Request]) -> None:
        texts = list(dict.fromkeys(r.text for r in batch))  # the same question twice: encoded once
        try:
            vectors = self.embedder.embed(texts)
            self.batches += 1
            self.largest = max(self.largest, len(texts))
            rows = dict(zip(texts, vectors))
            for request in batch:
                request.vector = rows[request.text]
        except BaseException as exc:  # handed to the callers: none may wait forever
            if len(texts) == 1:
                for request in batch:
                    request.error = exc
            else:
                for text in texts:
                    self._encode([r for r in batch if r.text == text])
                return
        for request in batch:
            request.done.set()
