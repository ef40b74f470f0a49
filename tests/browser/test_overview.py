"""What a person sees on the overview page in a real browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import open_app, rerun, screenshot

pytestmark = pytest.mark.browser


def test_overview_shows_the_report_and_its_numbers(page, app_url):
    open_app(page, app_url)
    main = page.get_by_test_id("stMain")
    expect(main.locator("h1")).to_have_text("Ledelse til gavn for borgerne")
    metrics = main.get_by_test_id("stMetric")
    expect(metrics.filter(has_text="Topledere").first).to_contain_text("56")
    expect(metrics.filter(has_text="Institutions- og driftsledere").first).to_contain_text("69")
    expect(metrics.filter(has_text="Unikke bidrag i alt")).to_contain_text("224")
    expect(metrics.filter(has_text="Spørgsmål med svar")).to_contain_text("39")
    expect(main.locator("h2").first).to_have_text("Det fandt stafetten")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)
    screenshot(page, "oversigt-da")


def test_a_reflection_is_one_click_from_its_evidence(page, app_url):
    open_app(page, app_url)
    main = page.get_by_test_id("stMain")
    with rerun(page):
        main.get_by_role("link", name="Se, hvad grupperne skrev").nth(1).click()
    expect(main.locator("h1")).to_have_text("Tværlæsning")
    expect(page).to_have_url(re.compile(r"refleksion=Hyppigste"))
    expect(main.get_by_role("tab", name="Hyppigste ord i spørgsmålene")).to_have_attribute(
        "aria-selected", "true"
    )
    expect(main.locator("[role=gridcell]", has_text="organisation").first).to_be_attached()


def test_a_mark_explains_itself_on_hover(page, app_url):
    open_app(page, app_url)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stTooltipHoverTarget").first.hover()
    expect(page.get_by_test_id("stTooltipContent")).to_contain_text("Står i rapporten.")


def test_language_switch_changes_labels_and_url(page, app_url):
    open_app(page, app_url)
    page.get_by_test_id("stSidebar").get_by_text("English").click()
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Who took part?")).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]lang=English"))
    screenshot(page, "oversigt-en")
    # A copied link opens in English.
    open_app(page, page.url)
    expect(main.get_by_text("Who took part?")).to_be_visible()
