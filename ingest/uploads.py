"""Documents added, replaced and removed one at a time: the file is kept under the corpus folder's
uploads/ (the source of truth) and indexed through the Ingestor, all or nothing.

A file's kind is read from its bytes, never trusted from its name. Every change is serialised
(a lock shared by threads and processes) and journalled: a change interrupted at any point, even
by kill -9, is rolled back or finished the next time Uploads is opened, so the folder and the
index always hold the old state or the new one, never half of either.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import sys
import threading
import time
import unicodedata
import uuid
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock

from index.embedder import Embedder
from index.records import Initiative
from index.settings import Settings
from index.store import Store
from ingest.pipeline import IngestError, Ingestor

log = logging.getLogger(__name__)

UPLOADS = "uploads"
JOURNAL = ".journal.json"
MAX_NAME_CHARS = 150
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a .docx inflating past this is refused (zip bomb)
MAX_ZIP_ENTRIES = 5000
LOCK_WAIT_SECONDS = 600

# kind -> the suffixes a file of that kind may be named with (the first is used when the name has none)
KINDS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "html": (".html", ".htm"),
    "text": (".txt", ".md"),
}
_NAME_ALLOWED = re.compile(r"[^\w\- .,()&'+]")


class DocumentRefused(Exception):
    """A document change that cannot be made; `reason` says why in words a person can act on."""

    def __init__(self, status: int, code: str, file: str, reason: str):
        super().__init__(f"'{file}': {reason}")
        self.status, self.code, self.file, self.reason = status, code, file, reason


@dataclass
class Change:
    """What adding or replacing a document did."""

    doc_id: str
    kind: str
    size: int
    replaced: bool
    title: str
    initiatives: list[Initiative] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


# --- names and kinds ------------------------------------------------------------------------------

def safe_name(name: str) -> str:
    """The file name to store under uploads/: a plain name, never a path."""
    shown = (name or "")[:200]
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name:
        raise DocumentRefused(422, "bad_file_name", "(no name)", "the upload has no file name")
    if "/" in name or "\\" in name or "\x00" in name or name in (".", "..") or ".." in name.split("."):
        raise DocumentRefused(422, "bad_file_name", shown,
                              "the name holds a folder path or '..'; send the file under its own name")
    if name.startswith((".", "~$")):
        raise DocumentRefused(422, "bad_file_name", shown,
                              "names starting with '.' or '~$' are hidden or temporary files; rename it")
    name = " ".join(_NAME_ALLOWED.sub("_", name).split())
    if len(name) > MAX_NAME_CHARS:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[:MAX_NAME_CHARS - len(suffix) - 1] + dot + suffix) if dot and len(suffix) <= 8 else name[:MAX_NAME_CHARS]
    return name


def sniff(data: bytes, name: str) -> str:
    """The kind of document `data` holds ("pdf", "docx", "html", "text"), read from its bytes."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        _check_docx(data, name)
        return "docx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentRefused(415, "unsupported_type", name,
                              "an old Word 97-2003 (or Office) file; open it and save it as .docx or PDF")
    if b"\x00" in data[:65536]:
        raise DocumentRefused(415, "unsupported_type", name,
                              "binary data, not a document gpsearch can read (PDF, Word .docx, HTML, "
                              "text or Markdown)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentRefused(415, "unsupported_type", name,
                              "neither a PDF, a Word .docx nor UTF-8 text; if it is text, save it "
                              "as UTF-8") from None
    start = text[:2048].lstrip().lower()
    if start.startswith(("<!doctype html", "<html")) or (start.startswith("<") and re.search(r"<(head|body)\b", start)):
        return "html"
    return "text"


def _check_docx(data: bytes, name: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentRefused(422, "unreadable_file", name,
                              "a damaged zip archive, not a readable Word .docx; save it again from Word") from None
    if not any(e.filename == "word/document.xml" for e in entries):
        raise DocumentRefused(415, "unsupported_type", name,
                              "a zip archive but not a Word .docx (no word/document.xml); send the "
                              "documents inside it one by one")
    inflated = sum(e.file_size for e in entries)
    if len(entries) > MAX_ZIP_ENTRIES or inflated > MAX_UNZIPPED_BYTES:
        raise DocumentRefused(413, "archive_too_large", name,
                              f"the .docx would unpack to {inflated / 1_048_576:,.0f} MB in {len(entries):,} "
                              f"parts (limit {MAX_UNZIPPED_BYTES // 1_048_576} MB); it is not an ordinary "
                              "Word document")


def stored_name(name: str, kind: str) -> str:
    """`name` with the suffix of its kind; a name claiming another kind is refused."""
    stem, dot, suffix = name.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix in KINDS[kind]:
        return name
    claimed = next((k for k, suffixes in KINDS.items() if suffix in suffixes), None)
    if claimed is not None:
        described = {"pdf": "a PDF", "docx": "a Word .docx", "html": "a web page", "text": "plain text"}
        raise DocumentRefused(415, "type_mismatch", name,
                              f"named as {described[claimed]} but the content is {described[kind]}; "
                              "check it is the file you meant, or rename it")
    return f"{name}{KINDS[kind][0]}"


# --- the folder, the index and the journal --------------------------------------------------------

class Uploads:
    """Add, replace and remove documents under <corpus>/uploads/, each change all or nothing."""

    _threads = threading.Lock()  # FileLock serialises processes; this, threads in one process

    def __init__(self, settings: Settings, store: Store, embedder: Embedder):
        self.settings = settings
        self.store = store
        self.embedder = embedder
        # abspath, not resolve: doc ids are paths relative to the folder as configured (discover)
        self.corpus = Path(os.path.abspath(settings.corpus_dir))
        self.folder = self.corpus / UPLOADS
        self.journal = self.folder / JOURNAL
        self._file_lock = FileLock(str(Path(settings.data_dir) / "uploads.lock"))
        with self._locked():
            self._recover()

    # --- public --------------------------------------------------------------------------------

    def add(self, name: str, data: bytes) -> Change:
        """A new document; refused (nothing stored) when one of that name exists."""
        kind, filename = self._check(name, data)
        doc_id = f"{UPLOADS}/{filename}"
        with self._locked():
            existing = self._existing(doc_id)
            if existing:
                raise DocumentRefused(409, "document_exists", name,
                                      f"a document '{existing}' is already stored; replace it with "
                                      f"PUT /documents/{existing} (gpsearch add --replace) or rename the file")
            return self._write(doc_id, kind, data, replace=False)

    def replace(self, doc_id: str, name: str, data: bytes) -> Change:
        """New content for an uploaded document, of the same kind."""
        path = self._upload_path(doc_id)
        kind, _ = self._check(name, data)
        if path.suffix.lower() not in KINDS[kind]:
            raise DocumentRefused(415, "type_mismatch", name,
                                  f"'{doc_id}' is a {path.suffix} document and this file is {kind}; "
                                  "remove it and add the new file instead")
        with self._locked():
            if not path.exists():
                raise DocumentRefused(404, "not_found", doc_id, "no such uploaded document; see GET /documents")
            return self._write(doc_id, kind, data, replace=True)

    def remove(self, doc_id: str) -> None:
        """The file and every record of it."""
        path = self._upload_path(doc_id)
        with self._locked():
            if not path.exists() and doc_id not in self.store.live_documents():
                raise DocumentRefused(404, "not_found", doc_id, "no such uploaded document; see GET /documents")
            self._journal({"op": "remove", "doc_id": doc_id})
            self._finish_remove(doc_id)
            self.journal.unlink()
        log.info("removed %s", doc_id)

    # --- checks --------------------------------------------------------------------------------

    def _check(self, name: str, data: bytes) -> tuple[str, str]:
        """(kind, file name to store) for an upload, or DocumentRefused."""
        name = safe_name(name)
        if not data.strip():
            raise DocumentRefused(422, "empty_file", name, "the file is empty")
        limit = self.settings.upload_max_bytes
        if len(data) > limit:
            raise DocumentRefused(413, "file_too_large", name,
                                  f"{len(data) / 1_048_576:.1f} MB is over the upload limit of "
                                  f"{limit / 1_048_576:g} MB; split it into smaller documents")
        kind = sniff(data, name)
        return kind, stored_name(name, kind)

    def _upload_path(self, doc_id: str) -> Path:
        """The file of an uploaded document; documents outside uploads/ are not changed here."""
        parts = doc_id.split("/")
        if len(parts) != 2 or parts[0] != UPLOADS or safe_name(parts[1]) != parts[1]:
            raise DocumentRefused(409, "not_an_upload", doc_id,
                                  "only documents added through uploads can be replaced or removed; "
                                  "the others are part of the corpus folder on the server")
        return self.folder / parts[1]

    def _existing(self, doc_id: str) -> str | None:
        """The doc_id of a stored document the new one would clash with (case-insensitively)."""
        wanted = doc_id.casefold()
        on_disk = [f"{UPLOADS}/{p.name}" for p in self.folder.glob("*") if not p.name.startswith(".")] \
            if self.folder.is_dir() else []
        for existing in [*on_disk, *self.store.live_documents()]:
            if existing.casefold() == wanted:
                return existing
        return None

    # --- writing -------------------------------------------------------------------------------

    def _write(self, doc_id: str, kind: str, data: bytes, replace: bool) -> Change:
        """Put the file in place and index it; anything short of a published document is undone."""
        started = time.perf_counter()
        final = self.corpus / doc_id
        sha = hashlib.sha256(data).hexdigest()
        self.folder.mkdir(parents=True, exist_ok=True)
        tag = uuid.uuid4().hex[:8]
        # Hidden names: a whole-corpus ingest never picks up a part-written or backup file.
        temp = self.folder / f".{tag}.part{final.suffix}"
        backup = self.folder / f".{tag}.old{final.suffix}"
        _write_synced(temp, data)
        self._journal({"op": "replace" if replace else "add", "doc_id": doc_id, "temp": temp.name,
                       "backup": backup.name if replace else None, "sha256": sha})
        try:
            if replace:
                os.link(final, backup)
            os.replace(temp, final)
            _sync_folder(self.folder)
            with _all_cores():
                summary = Ingestor(self.settings, embedder=self.embedder, store=self.store).run([final], progress=False)
        except BaseException as exc:
            self._recover()  # back to the old state
            if isinstance(exc, IngestError):
                raise DocumentRefused(409, "ingest_busy", final.name, str(exc)) from None
            raise
        if self.store.live_documents().get(doc_id, {}).get("sha256") != sha:
            reason = dict(summary.skipped).get(doc_id, "it could not be indexed")
            self._recover()
            raise DocumentRefused(422, "unreadable_file", final.name, reason)
        backup.unlink(missing_ok=True)
        self.journal.unlink()
        title = self.store.live_documents()[doc_id].get("title", doc_id)
        notes = [note for d, note in summary.notes if d == doc_id]
        change = Change(doc_id, kind, len(data), replace, title, self.store.document_initiatives(doc_id), notes,
                        time.perf_counter() - started)
        log.info("%s %s: %d initiatives in %.1f s", "replaced" if replace else "added", doc_id,
                 len(change.initiatives), change.seconds)
        return change

    def _finish_remove(self, doc_id: str) -> None:
        self.store.remove(doc_id)
        (self.corpus / doc_id).unlink(missing_ok=True)
        _sync_folder(self.folder)

    # --- the journal ---------------------------------------------------------------------------

    def _journal(self, entry: dict) -> None:
        _write_synced(self.folder / f"{JOURNAL}.part", json.dumps(entry).encode())
        os.replace(self.folder / f"{JOURNAL}.part", self.journal)
        _sync_folder(self.folder)

    def _recover(self) -> None:
        """Finish or undo a change an earlier process did not complete (run under the lock)."""
        if not self.journal.exists():
            return
        try:
            entry = json.loads(self.journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.error("unreadable upload journal %s; left for inspection", self.journal)
            return
        doc_id = entry["doc_id"]
        final = self.corpus / doc_id
        if entry["op"] == "remove":
            self._finish_remove(doc_id)
            log.warning("finished removing %s, interrupted earlier", doc_id)
        else:
            live = self.store.live_documents().get(doc_id, {})
            backup = self.folder / entry["backup"] if entry.get("backup") else None
            if live.get("sha256") == entry["sha256"] and final.exists():
                log.warning("%s was indexed before an interruption; kept", doc_id)
            elif backup is not None and backup.exists():
                os.replace(backup, final)  # the old file back; its records were never unpublished
                if live.get("sha256") != hashlib.sha256(final.read_bytes()).hexdigest():
                    Ingestor(self.settings, embedder=self.embedder, store=self.store).run([final], progress=False)
                log.warning("replacing %s was interrupted; the earlier version is back", doc_id)
            elif entry["op"] == "add":
                self.store.remove(doc_id)
                final.unlink(missing_ok=True)
                log.warning("adding %s was interrupted; nothing of it is kept", doc_id)
            if backup is not None:
                backup.unlink(missing_ok=True)
        if entry.get("temp"):
            (self.folder / entry["temp"]).unlink(missing_ok=True)
        self.store.collect_garbage()
        _sync_folder(self.folder)
        self.journal.unlink()

    def _locked(self):
        return _Both(self._threads, self._file_lock)


@contextmanager
def _all_cores():
    """Embed with every core while a document is indexed: a service keeps torch to one thread for
    queries (index.settings.query_threads), which would make an upload several times slower."""
    torch = sys.modules.get("torch")
    if torch is None:
        yield
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(os.cpu_count() or threads)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


class _Both:
    """The thread lock, then the file lock (waiting up to LOCK_WAIT_SECONDS for another process)."""

    def __init__(self, threads: threading.Lock, files: FileLock):
        self.threads, self.files = threads, files

    def __enter__(self):
        self.threads.acquire()
        try:
            self.files.acquire(timeout=LOCK_WAIT_SECONDS)
        except BaseException:
            self.threads.release()
            raise
        return self

    def __exit__(self, *exc):
        self.files.release()
        self.threads.release()


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable (a crash after this keeps them)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
