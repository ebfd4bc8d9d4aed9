"""Ingest with every kind of bad file beside good ones: each reported, the good ones ingested,
nothing already stored lost."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from index.store import Store
from ingest.pipeline import Ingestor

GOOD = ["police-now-avon-and-somerset.txt", "police-now-west-midlands-crime-and-asb-brief.txt"]


def _pdf(path: Path, text: str) -> None:
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, text)
    page.save()


@pytest.fixture()
def folder(tmp_path, corpus_dir) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in GOOD:
        shutil.copy(corpus_dir / name, corpus / name)
    return corpus


def _bad_files(corpus: Path) -> dict[str, str]:
    """Writes the bad files; returns name -> a word the reason must contain."""
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    _pdf(corpus / "whole.pdf", "Kent Police launched a mentoring scheme for 40 new officers.")
    data = (corpus / "whole.pdf").read_bytes()
    (corpus / "truncated.pdf").write_bytes(data[: len(data) // 2])
    writer = PdfWriter(clone_from=str(corpus / "whole.pdf"))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with open(corpus / "encrypted.pdf", "wb") as handle:
        writer.write(handle)
    (corpus / "whole.pdf").unlink()
    (corpus / "huge.txt").write_bytes(b"Officers attended the training day and gave feedback.\n" * 950_000)
    os.symlink(corpus / "loop-b.txt", corpus / "loop-a.txt")
    os.symlink(corpus / "loop-a.txt", corpus / "loop-b.txt")
    return {"empty.txt": "empty", "binary.txt": "binary", "truncated.pdf": "truncated",
            "encrypted.pdf": "encrypted", "huge.txt": "too much text", "loop-a.txt": "loop",
            "loop-b.txt": "loop"}


def test_bad_files_are_reported_and_good_ones_kept(folder, settings_factory, fake_embedder):
    settings = settings_factory(folder)
    store = Store(settings)
    first = Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)
    assert sorted(first.added) == sorted(GOOD)
    before = {i.id for i in store.load_initiatives()}

    expected = _bad_files(folder)
    (folder / "latin1.txt").write_bytes("Café scheme in Kent: Kent Police trained 25 officers.".encode("latin-1"))
    summary = Ingestor(settings, embedder=fake_embedder, store=store).run(progress=False)

    reasons = dict(summary.skipped)
    for name, word in expected.items():
        assert name in reasons, f"{name} not reported: {summary.skipped}"
        assert word in reasons[name].lower(), (name, reasons[name])
    assert summary.added == ["latin1.txt"]
    assert dict(summary.notes)["latin1.txt"].startswith("not UTF-8")
    after = {i.id for i in store.load_initiatives()}
    assert before <= after  # nothing already stored is lost
    assert {i.doc_id for i in store.load_initiatives()} == set(GOOD) | {"latin1.txt"}
