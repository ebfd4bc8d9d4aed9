"""A two-turn conversation in headless Chromium: the real service, `streamlit run ui/app.py`, a
question, then 'and in Wales?'; the second answer shows the question it answered and only Welsh
forces' cards; 'New conversation' starts over."""

from __future__ import annotations

import re

from test_browser import CHROMIUM, LAUNCH_ARGS, browser, pytestmark, ui_url  # noqa: F401 (fixtures, marks)

from index.gazetteer import forces_in_region


def test_follow_up_shows_the_standalone_question_and_place_filtered_cards(browser, ui_url):  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(ui_url)
    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_visible(timeout=60_000)
    box.fill("What have forces done to support neurodivergent officers?")
    box.press("Enter")
    expect(page.locator('[class*="st-key-card-1-"]').first).to_be_visible(timeout=90_000)

    box.fill("and in Wales?")
    box.press("Enter")
    second = page.get_by_test_id("stChatMessage").nth(3)
    expect(second).to_contain_text("Answering:", timeout=90_000)
    expect(second).to_contain_text(re.compile(r"neurodivergent officers \(in Wales\)"))
    cards = page.locator('[class*="st-key-card-3-"]')
    expect(cards.first).to_be_visible(timeout=60_000)
    welsh = forces_in_region("Wales")
    texts = cards.all_inner_texts()
    assert texts and all(any(force in text for force in welsh) for text in texts), texts
    assert page.get_by_text("Traceback").count() == 0

    page.get_by_test_id("stSidebar").get_by_role("button", name="New conversation").click()
    expect(page.get_by_text("Ask about policing good practice")).to_be_visible(timeout=30_000)
    assert not errors, errors
