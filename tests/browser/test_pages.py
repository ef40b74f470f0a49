"""Every page as a person sees it in Chromium: drawn, filtered, linked and in both languages."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    assert_no_error,
    new_context,
    open_app,
    rerun,
    screenshot,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

# path: (heading, charts drawn, images drawn)
PAGES = {
    "": ("Ledelse til gavn for borgerne", 0, 0),
    "temaer": ("Temaer – kagen af spørgsmål", 3, 0),
    "kort": ("Spørgsmål og svar", 0, 0),
    "ord": ("Ord – hyppigste ord i hver gruppe", 0, 2),
    "tvaerlaesning": ("Tværlæsning", 2, 2),
    "moeder": ("Møder", 0, 0),
    "data": ("Data – indlæs en anden stafet", 0, 0),
}


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_loads_without_an_error(page, app_url, path):
    heading, n_charts, n_images = PAGES[path]
    requests = []
    page.on("request", lambda request: requests.append(urlparse(request.url).hostname))
    open_app(page, f"{app_url}/{path}")
    main = page.get_by_test_id("stMain")
    expect(main.locator("h1")).to_have_text(heading)
    charts = main.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(n_charts)
    for index in range(n_charts):
        expect(charts.nth(index).locator("svg").first).to_be_visible()
    images = main.get_by_test_id("stImage").locator("img")
    expect(images).to_have_count(n_images)
    for index in range(n_images):
        expect(images.nth(index)).to_have_js_property("complete", True)
    assert_no_error(page)
    assert set(requests) == {"127.0.0.1"}, "the page fetched something from another host"
    screenshot(page, f"side-{path or 'oversigt'}")


def cards_shown(page) -> int:
    """Cards on the page: each has its star."""
    return page.get_by_test_id("stMain").get_by_role("button", name="Læg i mødet").count()


def test_topledere_and_krydspres_show_exactly_the_reports_three_cards(page, app_url):
    open_app(page, f"{app_url}/kort")
    main = page.get_by_test_id("stMain")
    with rerun(page):
        main.get_by_role("button", name="Topledere", exact=True).click()
    with rerun(page):
        main.get_by_role("button", name="krydspres", exact=True).click()
    expect(main.get_by_text("Viser 3 af 39")).to_be_visible()
    assert cards_shown(page) == 3
    expect(page).to_have_url(re.compile(r"gruppe=Topledere"))
    expect(page).to_have_url(re.compile(r"tema=krydspres"))
    screenshot(page, "kort-topledere-krydspres")


def test_a_copied_link_reproduces_the_view_on_a_fresh_server(browser, fresh_app_url):
    """A link opened in a new browser, as the first visit to a just-started server."""
    context = new_context(browser)
    page = context.new_page()
    open_app(page, f"{fresh_app_url}/kort?gruppe=Topledere&tema=krydspres&q=organisation")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Viser 2 af 39")).to_be_visible()
    expect(page.get_by_test_id("stSidebar").get_by_text("Sprog / Language")).to_be_visible()
    assert_no_error(page)
    page.reload()
    wait_until_idle(page)
    expect(main.get_by_text("Viser 2 af 39")).to_be_visible()
    context.close()


def test_search_highlights_word_forms(page, app_url):
    open_app(page, f"{app_url}/kort?q=organisation")
    highlighted = page.get_by_test_id("stMain").locator(
        "span", has_text=re.compile("^organisationen$")
    )
    expect(highlighted.first).to_be_visible()


def test_clicking_a_slice_leads_to_that_themes_cards(page, app_url):
    open_app(page, f"{app_url}/temaer")
    donut = page.get_by_test_id("stVegaLiteChart").first
    box = donut.locator("svg").first.bounding_box()
    # The first slice (krydspres) starts at twelve o'clock and runs clockwise.
    with rerun(page):
        page.mouse.click(box["x"] + box["width"] * 0.42, box["y"] + box["height"] * 0.33)
    link = page.get_by_role("link", name=re.compile("Se de 7 kort om krydspres"))
    expect(link).to_be_visible()
    with rerun(page):
        link.click()
    expect(page.get_by_test_id("stMain").get_by_text("Viser 7 af 39")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/kort\?tema=krydspres"))


def test_language_switch_changes_labels_on_every_page(page, app_url):
    open_app(page, f"{app_url}/kort")
    with rerun(page):
        page.get_by_test_id("stSidebar").get_by_text("English").click()
    main = page.get_by_test_id("stMain")
    expect(main.locator("h1")).to_have_text("Questions and answers")
    expect(main.get_by_text("Showing 39 of 39")).to_be_visible()
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Themes").click()
    expect(main.locator("h1")).to_have_text("Themes – the cake of questions")
    screenshot(page, "temaer-en")


def test_word_in_context_links_to_its_cards(page, app_url):
    open_app(page, f"{app_url}/ord?ord=sektor")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Forekomster:").first).to_be_visible()
    with rerun(page):
        main.get_by_role("link", name=re.compile("Se kortene med")).click()
    expect(main.locator("h1")).to_have_text("Spørgsmål og svar")
    expect(page).to_have_url(re.compile(r"q=sektor"))


def test_reset_clears_filters_that_came_from_the_url(page, app_url):
    open_app(page, f"{app_url}/kort?tema=ledelsesrum&q=xyzzy")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Viser 0 af 39")).to_be_visible()
    with rerun(page):
        main.get_by_role("button", name="Nulstil filtrene").click()
    expect(main.get_by_text("Viser 39 af 39")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"q=xyzzy"))
