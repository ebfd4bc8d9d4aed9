"""A tiny local OpenAI-style chat-completions server with scripted replies, for tests.

    with LLMStub() as stub:
        stub.script(content="Kent did X [1].")          # next reply
        stub.script(status=500)                          # then an HTTP error
        stub.script(sleep=5, content="too late [1]")     # then a slow reply
        settings = Settings(llm_url=stub.url)            # http://127.0.0.1:PORT/v1

The OpenAI client (used by llama_index's OpenAILike) posts to `api_base + "/chat/completions"`,
so the server answers `POST /v1/chat/completions`. `content` may be a callable taking the
request's JSON body and returning the reply text (to cite numbers seen in the prompt).
Every request is recorded in `stub.requests` as (path, json body).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Content = str | Callable[[dict], str]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):  # a client that gave up mid-reply: fine
        pass


class LLMStub:
    """Scripted chat-completions server on 127.0.0.1 at a free port."""

    def __init__(self, default: Content = "I could not find anything relevant.") -> None:
        self.default = default
        self._script: deque[dict] = deque()
        self._lock = threading.Lock()
        self.requests: list[tuple[str, dict]] = []
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread: threading.Thread | None = None

    # --- scripting ----------------------------------------------------------------------

    def script(self, content: Content | None = None, status: int = 200, sleep: float = 0.0) -> None:
        """Queue the next reply: its text (or a callable), an HTTP status, a delay."""
        with self._lock:
            self._script.append({"content": content, "status": status, "sleep": sleep})

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()

    def _next(self) -> dict:
        with self._lock:
            return self._script.popleft() if self._script else {"content": None, "status": 200, "sleep": 0.0}

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> LLMStub:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name=f"llm-stub-{self.port}")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LLMStub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- HTTP -----------------------------------------------------------------------------

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                with stub._lock:
                    stub.requests.append((self.path, body))
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                    return
                step = stub._next()
                if step["sleep"]:
                    time.sleep(step["sleep"])
                if step["status"] != 200:
                    self._send(step["status"], {"error": {"message": "scripted failure", "type": "server_error"}})
                    return
                content = step["content"] if step["content"] is not None else stub.default
                if callable(content):
                    content = content(body)
                self._send(200, {
                    "id": f"chatcmpl-stub-{len(stub.requests)}",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model", "stub"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
                })

        return Handler


def prompt_of(body: dict) -> str:
    """The user message of a chat-completions request (where the numbered passages are)."""
    messages = body.get("messages") or []
    user = [m for m in messages if m.get("role") == "user"]
    content = user[-1]["content"] if user else ""
    if isinstance(content, list):  # content parts
        content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content
