"""Micro-batching of query embeddings: texts that threads ask for at about the same time are
encoded in one model call.

Encoding one short query is mostly fixed per-call overhead (a few ms with ONNX Runtime here),
and sixteen one-text calls cost several times one sixteen-text call. The service answers each
request on a worker thread, so concurrent uncached searches queue their texts here. The caller
that finds no encode under way becomes the leader: it encodes everything queued in one call on
its own thread and hands every caller its row; callers arriving meanwhile wait, and when the
leader's own text is done it hands the lead to the first of them, which encodes everything
queued by then. A lone query is thus encoded on its caller's thread, with no hand-off to
another thread and back (about 1 ms per query on a shared 2-core machine, docs/benchmarks.md).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np


@dataclass
class _Request:
    text: str
    woken: threading.Event = field(default_factory=threading.Event)  # done, or made the leader
    done: bool = False
    vector: np.ndarray | None = None
    error: BaseException | None = None


class QueryBatcher:
    """`embed_one(text)` from many threads; concurrent texts share one `embedder.embed` call.

    A lone query is encoded at once, on its caller's thread. While queries arrive together (the
    last batch held more than one), the leader waits up to `window` seconds for more to join,
    up to `max_batch`. If a batch call fails, each of its texts is encoded alone, so an error
    reaches only the caller whose text caused it."""

    def __init__(self, embedder, window: float = 0.002, max_batch: int = 32):
        self.embedder = embedder
        self.window = window
        self.max_batch = max_batch
        self._pending: list[_Request] = []
        self._wake = threading.Condition()
        self._leading = False  # a caller is encoding
        self._together = False  # the last batch held more than one text
        self.batches = 0  # model calls made, for tests and benchmarks
        self.largest = 0

    def embed_one(self, text: str) -> np.ndarray:
        request = _Request(text)
        with self._wake:
            self._pending.append(request)
            lead = not self._leading
            self._leading = True
            self._wake.notify()  # a leader waiting for company
        if not lead:
            request.woken.wait()
        if not request.done:  # leading from the start, or handed the lead
            self._lead(request)
        if request.error is not None:
            raise request.error
        return request.vector

    def _lead(self, own: _Request) -> None:
        """Encode queued batches until `own` is done, then pass the lead to the next waiting
        caller (or give it up if none is waiting)."""
        try:
            while not own.done:
                with self._wake:
                    if self._together:
                        deadline = time.monotonic() + self.window
                        while len(self._pending) < self.max_batch:
                            left = deadline - time.monotonic()
                            if left <= 0:
                                break
                            self._wake.wait(left)
                    batch = self._pending[:self.max_batch]
                    del self._pending[:self.max_batch]
                self._encode(batch)
                self._together = len(batch) > 1
        finally:
            with self._wake:
                if self._pending:
                    self._pending[0].woken.set()  # not done: it leads now
                else:
                    self._leading = False

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
            request.done = True
            request.woken.set()
