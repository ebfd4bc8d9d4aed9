"""The Documents page in headless Chromium: a report dropped into the uploader is indexed, what
was found in it is shown and opens, a bad file is refused in words, and removal asks first.
The service runs over a copy of one corpus document, so uploads never touch the project's corpus/."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from test_browser import CHROMIUM, LAUNCH_ARGS, SCREENSHOTS
from ui_server import BIN, ROOT, Service, free_port, start_ui, stop, wait_for

UPLOAD = Path(__file__).resolve().parent / "data" / "uploads" / "cumbria-reverse-mentoring.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)),
                       reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    work = tmp_path_factory.mktemp("docs-ui")
    corpus, data, log = work / "corpus", work / "data", work / "service.log"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "police-now-avon-and-somerset.txt", corpus)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GPSEARCH_")}
    env.update({"GPSEARCH_DATA_DIR": str(data), "GPSEARCH_CORPUS_DIR": str(corpus)})
    with log.open("w") as out:
        subprocess.run([str(BIN / "gpsearch"), "ingest", "-q"], env=env, stdout=out, stderr=subprocess.STDOUT,
                       check=True, timeout=600)
    port = free_port()
    process = subprocess.Popen([str(BIN / "gpsearch"), "serve", "--port", str(port)], env=env,
                               stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/health", 180, process, log)
        yield Service(f"http://127.0.0.1:{port}", "", data, log), corpus
    finally:
        stop(process)


@pytest.fixture(scope="module")
def ui_url(svc, tmp_path_factory):
    service, _ = svc
    port = free_port()
    process = start_ui(service, port, tmp_path_factory.mktemp("docs-ui-log") / "streamlit.log")
    yield f"http://127.0.0.1:{port}"
    stop(process)


def test_upload_in_the_ui_then_find_open_and_remove(svc, ui_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    service, corpus = svc
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(bytes(range(256)) * 16)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1600})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{ui_url}/?view=documents")
        expect(page.get_by_text("In the index", exact=True)).to_be_visible(timeout=60_000)

        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(UPLOAD), str(bad)])
        page.get_by_role("button", name="Add these documents").click()
        expect(page.get_by_text("What was found", exact=True)).to_be_visible(timeout=180_000)
        found = page.locator('[class*="st-key-found-uploads"]')
        expect(found).to_contain_text("Cumbria Constabulary")
        expect(found).to_contain_text("figure")
        refusal = page.get_by_test_id("stAlertContentError")
        expect(refusal).to_contain_text("scan.pdf")
        expect(refusal).to_contain_text("was not changed: binary data, not a document gpsearch can read")
        assert (corpus / "uploads" / UPLOAD.name).exists() and not (corpus / "uploads" / "scan.pdf").exists()
        expect(page.get_by_test_id("stDataFrame").last).to_be_visible()  # the documents in the index
        # how it was read, as `gpsearch ingest --explain` shows it
        found.get_by_text("How it was read: outline, layout and owners").click()
        expect(found).to_contain_text("Layout:")
        expect(found).to_contain_text("Owner: Cumbria Constabulary")
        expect(found).to_contain_text("Outline:")
        expect(found.get_by_test_id("stDataFrame").first).to_be_visible()  # every layout's score and why
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "documents.png"))

        page.locator('[class*="st-key-open-found-"]').last.get_by_role("button").click()
        expect(page.get_by_text("87%").first).to_be_visible(timeout=60_000)

        page.goto(f"{ui_url}/?view=documents")
        page.get_by_role("button", name="Remove…").click()
        page.get_by_role("button", name="Yes, remove it").click()
        expect(page.get_by_text(f"Removed uploads/{UPLOAD.name}", exact=False)).to_be_visible(timeout=60_000)
        assert not (corpus / "uploads" / UPLOAD.name).exists()
        assert f"uploads/{UPLOAD.name}" not in {d["doc_id"] for d in service.get("/documents")["documents"]}
        assert page.get_by_text("Traceback").count() == 0 and not errors, errors
        browser.close()
