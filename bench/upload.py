"""The upload part: a 20-page PDF sent to POST /documents of a running service, timed until a
search finds it (target: 10 s), then removed again."""

from __future__ import annotations

import io
import shutil
import statistics
import textwrap
import time
from pathlib import Path

from bench.parts import Context, PartResult, Table, Target, _margin, say
from bench.util import Service, fmt

UPLOAD_SECONDS = 10.0
PAGES = 20
LINES_PER_PAGE = 46
SOURCE = "culture-and-inclusion-strategy-force-initiatives-2025.txt"  # long enough for 20 full pages


def twenty_page_pdf(text: str) -> tuple[bytes, list[str]]:
    """The first PAGES pages of `text` as a PDF with a text layer, and the lines on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [w for paragraph in text.split("\n") for w in (textwrap.wrap(paragraph, 95) or [""])]
    pages = [lines[at:at + LINES_PER_PAGE] for at in range(0, PAGES * LINES_PER_PAGE, LINES_PER_PAGE)]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica", 9)
    for page in pages:
        y = 810
        for line in page:
            pdf.drawString(40, y, line)
            y -= 17
        pdf.showPage()
    pdf.save()
    return buffer.getvalue(), ["\n".join(page) for page in pages]


def _query_from(page: str) -> str:
    """A question made of the last long sentence on the page: the end of the document."""
    sentences = [s.strip() for s in " ".join(page.split()).split(". ") if len(s.split()) >= 8]
    return " ".join(sentences[-1].split()[:12])


def run_upload(ctx: Context) -> PartResult:
    import httpx

    result = PartResult("upload", "Document upload", ctx.quick)
    corpus = ctx.tmp / "corpus-upload"
    shutil.copytree(ctx.corpus, corpus, ignore=shutil.ignore_patterns("uploads"))
    data = ctx.tmp / "data-upload"
    shutil.copytree(ctx.ingested(), data, ignore=shutil.ignore_patterns("*.lock", "store.owner.json"))
    pdf, pages = twenty_page_pdf((ctx.corpus / SOURCE).read_text(encoding="utf-8"))
    query = _query_from(pages[-1])
    rows, walls = [], []
    with Service(data, corpus, ctx.tmp / "serve-upload.log") as service, httpx.Client(base_url=service.url,
                                                                                       timeout=300) as client:
        for run in range(1 if ctx.quick else 3):
            name = f"bench-report-{run}.pdf"
            say(f"uploading {name} ({len(pdf) / 1024:.0f} KB, {PAGES} pages)")
            started = time.perf_counter()
            response = client.post("/documents", files={"file": (name, pdf, "application/pdf")})
            response.raise_for_status()
            added = response.json()
            hits = client.post("/search", json={"query": query, "top_k": 10}).json()["results"]
            wall = time.perf_counter() - started
            rank = next((n for n, r in enumerate(hits, 1) if r["doc_id"] == added["doc_id"]), None)
            if rank is None:
                raise RuntimeError(f"the uploaded PDF was not found by {query!r}")
            walls.append(wall)
            rows.append([run + 1, fmt(len(pdf) / 1024, 0), len(added["initiatives"]), added["metrics"],
                         fmt(added["seconds"], 2), fmt(wall, 2), rank])
            client.delete(f"/documents/{added['doc_id']}").raise_for_status()
    result.tables.append(Table(
        f"A {PAGES}-page PDF (the first {PAGES} pages of {SOURCE}, rendered with reportlab) sent to "
        "POST /documents of `gpsearch serve` over the ingested default corpus, then searched",
        ["run", "KB", "initiatives", "metrics", "server s (read, check, ingest, publish)",
         "wall s (POST sent → search answered)", "rank of the upload for a sentence on page 20"], rows))
    median = statistics.median(walls)
    result.targets.append(Target(f"{PAGES}-page PDF upload searchable", f"≤ {UPLOAD_SECONDS:g} s",
                                 f"{fmt(median, 2)} s", median <= UPLOAD_SECONDS,
                                 _margin(median, UPLOAD_SECONDS, "s")))
    result.notes.append(f"Query: {query!r}. Each upload is removed after its run, so every run adds a new document.")
    return result
