"""One process at a time on an embedded Chroma folder: an advisory lock that dies with its
holder (even on kill -9), and a note of who holds it so others can say so or delegate."""

from __future__ import annotations

import fcntl
import json
import os
import threading
from pathlib import Path

_HELD: dict[str, tuple[int, int]] = {}  # lock path -> (fd, reference count) in this process
_GUARD = threading.Lock()


class StoreBusy(RuntimeError):
    """Another process holds the embedded store; `owner` says who (pid, role, url)."""

    def __init__(self, message: str, owner: dict):
        super().__init__(message)
        self.owner = owner


def _paths(data_dir: Path) -> tuple[Path, Path]:
    return data_dir / "store.lock", data_dir / "store.owner.json"


def owner(data_dir: Path) -> dict:
    """Who holds the embedded store (empty if nobody does)."""
    lock_path, owner_path = _paths(Path(data_dir))
    if str(lock_path) in _HELD:
        return json.loads(owner_path.read_text()) if owner_path.exists() else {}
    if not lock_path.exists():
        return {}
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return {}
    except BlockingIOError:
        try:
            return json.loads(owner_path.read_text())
        except (OSError, ValueError):
            return {"pid": None, "role": "unknown"}
    finally:
        os.close(fd)


def busy_message(data_dir: Path, holder: dict) -> str:
    """What to tell a person whose process found the embedded store taken."""
    what = f"gpsearch {holder.get('role', '?')} (pid {holder.get('pid', '?')})"
    if holder.get("url"):
        what += f", answering at {holder['url']}"
    return (f"the embedded store in {data_dir} is in use by {what}; one process at a time may open it. "
            "Stop that process, or run several processes against a Chroma server "
            "(GPSEARCH_CHROMA_HOST, see docs/deployment.md)")


def acquire(data_dir: Path, role: str, url: str = "") -> None:
    """Take the embedded store for this process (re-entrant within a process)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock_path, owner_path = _paths(data_dir)
    key = str(lock_path)
    with _GUARD:
        if key in _HELD:
            fd, count = _HELD[key]
            _HELD[key] = (fd, count + 1)
            return
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = owner(data_dir)
            raise StoreBusy(busy_message(data_dir, holder), holder) from None
        _HELD[key] = (fd, 1)
        owner_path.write_text(json.dumps({"pid": os.getpid(), "role": role, "url": url}))


def release(data_dir: Path) -> None:
    lock_path, owner_path = _paths(Path(data_dir))
    key = str(lock_path)
    with _GUARD:
        if key not in _HELD:
            return
        fd, count = _HELD[key]
        if count > 1:
            _HELD[key] = (fd, count - 1)
            return
        del _HELD[key]
        owner_path.unlink(missing_ok=True)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
