"""Find supported files in folders and read their bytes, refusing what cannot be ingested."""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

from ingest.readers.common import UnreadableFile

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".pdf", ".docx", ".html", ".htm"})


def unsupported_reason(suffix: str) -> str:
    shown = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {shown} (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if n >= 1024:
        return f"{n / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{n} bytes"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise UnreadableFile("broken symbolic link") from None
        raise UnreadableFile("file not found") from None
    except PermissionError:
        raise UnreadableFile("permission denied: cannot read the file") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise UnreadableFile("symbolic link loop") from None
        raise UnreadableFile(f"cannot read the file: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableFile("is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableFile("not a regular file (a device, pipe or socket)")
    too_large = f"file too large: {{}} (limit {_size(max_bytes)}); split it into smaller files"
    if st.st_size > max_bytes:
        raise UnreadableFile(too_large.format(_size(st.st_size)))
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableFile("permission denied: cannot read the file") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except OSError as e:
        raise UnreadableFile(f"cannot read the file: {e.strerror or e}") from None
    if len(data) > max_bytes:  # grew since stat
        raise UnreadableFile(too_large.format("more than " + _size(max_bytes)))
    return data




def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ = Office lock files


def _display(path: Path, root_abs: str) -> str:
    rel = _relative(path, root_abs)
    return rel if rel is not None else str(path)


def _relative(path: Path, root_abs: str) -> str | None:
    p = os.path.abspath(path)
    if p == root_abs or not p.startswith(root_abs.rstrip(os.sep) + os.sep):
        return None
    return Path(os.path.relpath(p, root_abs)).as_posix()


def _link_problem(path: Path) -> str | None:
    """None if `path` can be followed; else why not."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "not found"
    except PermissionError:
        return "permission denied: cannot read the file"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read: {e.strerror or e}"
    return None


def discover(
    paths: list[Path], root: Path
) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """Expand files and folders into (path, doc_id) pairs, plus (name, reason) for skipped ones.

    Folders are walked recursively in sorted order, skipping hidden entries and (silently)
    unsupported file types; symbolic links are followed, loops and broken links reported.
    A file named explicitly is reported if its type is unsupported.
    """
    root_abs = os.path.abspath(root)
    found: list[tuple[Path, str]] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[tuple[int, int]] = set()
    seen_ids: set[str] = set()

    def add_file(path: Path, explicit: bool) -> None:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            if explicit:
                skipped.append((_display(path, root_abs), unsupported_reason(suffix)))
            else:
                log.debug("skipping %s: unsupported file type", path)
            return
        try:
            st = os.stat(path)
        except OSError as e:
            skipped.append((_display(path, root_abs), f"cannot read: {e.strerror or e}"))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_files:
            log.debug("skipping %s: same file already found", path)
            return
        doc_id = _relative(path, root_abs) or path.name
        if doc_id in seen_ids:
            skipped.append(
                (str(path), f"duplicate document id '{doc_id}': another file has the same name")
            )
            return
        seen_files.add(key)
        seen_ids.add(doc_id)
        found.append((path, doc_id))

    def walk(folder: Path, ancestors: frozenset[str]) -> None:
        name = _display(folder, root_abs)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            skipped.append((name, "permission denied: cannot list the folder"))
            return
        except OSError as e:
            skipped.append((name, f"cannot list the folder: {e.strerror or e}"))
            return
        for entry in entries:
            if _is_hidden(entry.name):
                log.debug("skipping hidden %s", entry.path)
                continue
            path = folder / entry.name
            problem = _link_problem(path)
            if problem:
                skipped.append((_display(path, root_abs), problem))
                continue
            if path.is_dir():
                real = os.path.realpath(path)
                if real in ancestors:
                    skipped.append((_display(path, root_abs), "symbolic link loop"))
                    continue
                walk(path, ancestors | {real})
            elif path.is_file():
                add_file(path, explicit=False)
            else:
                log.debug("skipping %s: not a regular file", path)

    for raw in paths:
        path = Path(raw)
        problem = _link_problem(path)
        if problem:
            skipped.append((_display(path, root_abs), problem))
        elif path.is_dir():
            walk(path, frozenset({os.path.realpath(path)}))
        elif path.is_file():
            add_file(path, explicit=True)
        else:
            skipped.append((_display(path, root_abs), "not a regular file"))
    return found, skipped
