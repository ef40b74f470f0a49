"""Presentation mode in a real browser: stepping, the slide in the URL, the answer, a download."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_error, open_app, rerun, screenshot

pytestmark = pytest.mark.browser


def test_step_through_three_slides_and_reopen_one_by_its_link(page, app_url):
    open_app(page, f"{app_url}/praesentation")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("1 / 45")).to_be_visible()
    for number in (2, 3, 4):
        with rerun(page):
            main.get_by_role("button", name="Næste").click()
        expect(main.get_by_text(f"{number} / 45")).to_be_visible()
        expect(page).to_have_url(re.compile(rf"dias={number}\b"))
    heading = main.locator("h1").inner_text()
    screenshot(page, "praesentation-dias-4")
    link = page.url
    other = page.context.new_page()
    open_app(other, link)
    expect(other.get_by_test_id("stMain").locator("h1")).to_have_text(heading)
    expect(other.get_by_test_id("stSidebarNav")).to_be_hidden()  # nothing but the slide
    expect(other.get_by_test_id("stMain").get_by_text("4 / 45")).to_be_visible()
    other.close()


def test_a_cards_answer_is_revealed_on_a_click(page, app_url):
    open_app(page, f"{app_url}/praesentation?dias=5")
    main = page.get_by_test_id("stMain")
    answer = main.get_by_text(re.compile("^Måske det mere er et paradoks"))
    expect(answer).to_have_count(0)
    with rerun(page):
        main.get_by_role("button", name="Vis svaret").click()
    expect(answer).to_be_visible()
    assert_no_error(page)
    screenshot(page, "praesentation-kort-svar")


def test_the_deck_is_made_with_progress_and_saved(page, app_url):
    open_app(page, f"{app_url}/praesentation")
    main = page.get_by_test_id("stMain")
    main.get_by_role("button", name="Lav HTML").click()
    save = main.get_by_role("button", name="Gem HTML")
    expect(save).to_be_visible(timeout=60_000)
    with page.expect_download() as download:
        save.click()
    path = download.value.path()
    html = Path(path).read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "Ledelse til gavn for borgerne" in html
