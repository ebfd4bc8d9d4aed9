"""End to end in headless Chromium: the real service, `streamlit run ui/app.py`, a question typed
into the chat, the cited answer checked on screen; screenshots go to docs/screenshots/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
_SCROLL_TOP = "document.querySelectorAll('*').forEach(el => { if (el.scrollTop > 0) el.scrollTop = 0; })"
# the question at the top of the screenshot, clear of Streamlit's header bar
_SCROLL_TO = """el => {
    el.scrollIntoView({block: 'start'});
    let p = el.parentElement;
    while (p && p.scrollTop === 0) p = p.parentElement;
    if (p) p.scrollTop -= 70;
}"""
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium, "
                              "or `make browser` as root)"),
]


@pytest.fixture(scope="module")
def ui_url(request, tmp_path_factory):
    from ui_server import free_port, service, start_ui, stop

    svc = service(request.config)
    port = free_port()
    process = start_ui(svc, port, tmp_path_factory.mktemp("ui") / "streamlit.log")
    yield f"http://127.0.0.1:{port}"
    stop(process)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def test_question_to_cited_answer_and_browse(browser, ui_url, request):
    from playwright.sync_api import expect

    from ui_server import service

    svc = service(request.config)
    total = svc.get("/health")["initiatives"]
    eia = next(r for r in svc.get("/initiatives")["initiatives"] if r["title"] == "Equality Impact Assessments")

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(ui_url)
    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_visible(timeout=60_000)
    box.fill("What have forces done on neurodiversity?")
    box.press("Enter")

    card = page.locator('[class*="st-key-card-"]').filter(has_text="Hampshire and Isle of Wight Constabulary")
    expect(card.first).to_be_visible(timeout=90_000)
    expect(card.first.locator("mark.hl-cite").first).to_be_visible()
    answer = page.get_by_test_id("stChatMessage").nth(1)
    expect(answer).to_contain_text("[1]")
    expect(answer.locator('a[href^="#c1-"]').first).to_be_visible()
    expect(answer.locator('[data-testid="stVegaLiteChart"]').first).to_be_visible(timeout=30_000)
    assert page.get_by_text("Traceback").count() == 0
    page.wait_for_timeout(1500)  # let the chart finish drawing and the chat finish auto-scrolling
    page.get_by_test_id("stChatMessage").first.evaluate(_SCROLL_TO)
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / "answer.png"))

    page.get_by_test_id("stSidebar").get_by_text("Browse", exact=True).click()
    expect(page.get_by_text("All initiatives", exact=True)).to_be_visible(timeout=30_000)
    table = page.get_by_test_id("stDataFrame")
    expect(table).to_be_visible(timeout=30_000)
    expect(page.get_by_text(f"Showing {total} of {total} initiatives", exact=False)).to_be_visible()
    expect(page.get_by_test_id("stDownloadButton")).to_be_visible()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(800)
    page.evaluate(_SCROLL_TOP)
    page.screenshot(path=str(SCREENSHOTS / "browse.png"))

    # an initiative with before/after figures: highlighted metric spans, the chart, the table
    page.goto(f"{ui_url}/?initiative={eia['id']}")
    expect(page.get_by_text("Equality Impact Assessments", exact=True)).to_be_visible(timeout=30_000)
    expect(page.locator("mark.hl-metric").filter(has_text="65%").first).to_be_visible()
    expect(page.get_by_test_id("stVegaLiteChart").first).to_be_visible(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SCREENSHOTS / "initiative.png"))
    assert not errors, errors
