"""Every page as a person sees it in Chromium: drawn, filtered, linked and in both languages."""

from __future__ import annotations

import math
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
    "temaer": ("Temaer – hvad grupperne spurgte om", 3, 0),
    "kort": ("Spørgsmål og svar", 0, 0),
    "ord": ("Ord – hyppigste ord i hver gruppe", 0, 2),
    "tvaerlaesning": ("Tværlæsning", 0, 0),
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


def test_clicking_a_slice_puts_its_cards_link_beside_the_chart(page, app_url):
    open_app(page, f"{app_url}/temaer")
    donut = page.get_by_test_id("stVegaLiteChart").first
    # The first slice (krydspres, 3 of 19) starts at twelve o'clock and runs clockwise: click
    # it 20° on, halfway through the ring. The ring is as large as the chart's width allows,
    # so its centre and radius are read off the chart as drawn.
    # The hole says "19" over "spørgsmål": one text of two lines.
    centre = donut.locator("svg text", has_text=re.compile(r"^19\s*spørgsmål$")).bounding_box()
    slice_box = donut.locator('path[aria-label*="theme: krydspres;"]').bounding_box()
    x, y = centre["x"] + centre["width"] / 2, centre["y"] + centre["height"] / 2
    radius = 0.8 * (y - slice_box["y"])  # the ring runs from 0.6 to 1 of the outer radius
    with rerun(page):
        page.mouse.click(
            x + radius * math.sin(math.radians(20)), y - radius * math.cos(math.radians(20))
        )
    link = page.get_by_role("link", name=re.compile("Se de 3 kort om krydspres fra Topledere"))
    expect(link).to_be_visible()
    beside, chart = link.bounding_box(), donut.bounding_box()
    assert beside["x"] > chart["x"] + chart["width"] * 0.9  # to the right of the pie chart …
    assert chart["y"] - 16 <= beside["y"] <= chart["y"] + chart["height"]  # … at its height
    screenshot(page, "temaer-klik")
    with rerun(page):
        link.click()
    expect(page.get_by_test_id("stMain").get_by_text("Viser 3 af 39")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/kort\?.*tema=krydspres"))


def test_language_switch_changes_labels_on_every_page(page, app_url):
    open_app(page, f"{app_url}/kort")
    with rerun(page):
        page.get_by_test_id("stSidebar").get_by_text("English").click()
    main = page.get_by_test_id("stMain")
    expect(main.locator("h1")).to_have_text("Questions and answers")
    expect(main.get_by_text("Showing 39 of 39")).to_be_visible()
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Themes").click()
    expect(main.locator("h1")).to_have_text("Themes – what the groups asked about")
    screenshot(page, "temaer-en")


def test_word_in_context_links_to_its_cards(page, app_url):
    open_app(page, f"{app_url}/ord?ord=sektor")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Forekomster:").first).to_be_visible()
    with rerun(page):
        main.get_by_role("link", name=re.compile("Se kortene med")).click()
    expect(main.locator("h1")).to_have_text("Spørgsmål og svar")
    expect(page).to_have_url(re.compile(r"q=sektor"))


def test_each_use_of_a_word_links_to_its_card(page, app_url):
    open_app(page, f"{app_url}/ord?ord=sektor")
    main = page.get_by_test_id("stMain")
    use = main.get_by_role("link", name=re.compile(r"^…understøtter vi .*øget…"))
    expect(use).to_contain_text("Topledere · borgerblik · spørgsmål")
    with rerun(page):
        use.click()
    expect(main.get_by_text("Viser 1 af 39")).to_be_visible()
    expect(page).to_have_url(re.compile(r"gruppe=Topledere.*tema=borgerblik.*q=sektor"))


def test_the_groups_side_by_side_keep_their_choices_in_the_url(page, app_url):
    open_app(page, f"{app_url}/tvaerlaesning")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Topledere · 3 kort")).to_be_visible()
    search = main.get_by_role("textbox", name="Søg i teksten").nth(1)
    with rerun(page):
        search.fill("organisation")
        search.press("Enter")
    expect(page).to_have_url(re.compile(r"h_q=organisation"))
    highlighted = main.locator("span.stMarkdownColoredBackground")
    expect(highlighted.first).to_be_visible()
    screenshot(page, "tvaerlaesning-soegning")
    with rerun(page):
        main.locator("a[href*='gruppe=Institutions']").first.click()
    expect(main.locator("h1")).to_have_text("Spørgsmål og svar")
    expect(page).to_have_url(re.compile(r"gruppe=Institutions.*tema=krydspres.*q=organisation"))


def test_a_grid_reads_numbers_as_danish_writes_them(page, app_url):
    open_app(page, f"{app_url}/ord")
    cells = page.get_by_test_id("stMain").locator("[role=gridcell]")
    expect(cells.filter(has_text="12,2").first).to_be_attached()
    texts = cells.all_inner_texts()
    assert not any(re.fullmatch(r"\d+\.\d+", t.strip()) for t in texts), texts[:12]


def test_a_highlight_leaves_no_gap_before_punctuation(page, app_url):
    open_app(page, f"{app_url}/kort?q=borgerne")
    highlights = page.get_by_test_id("stMain").locator("span.stMarkdownColoredBackground")
    expect(highlights.first).to_be_visible()
    assert "borgerne." in highlights.all_inner_texts()


@pytest.mark.parametrize("lang", ["", "English"])
@pytest.mark.parametrize("path", ["", "temaer", "tvaerlaesning", "ord", "data"])
def test_pages_read_on_a_phone(browser, app_url, path, lang):
    """390 px wide, as on a phone: drawn without an error, saved to look at."""
    context = new_context(browser, viewport={"width": 390, "height": 844})
    phone = context.new_page()
    open_app(phone, f"{app_url}/{path}" + (f"?lang={lang}" if lang else ""))
    assert_no_error(phone)
    screenshot(phone, f"mobil-{path or 'oversigt'}-{lang or 'Dansk'}")
    context.close()


def test_reset_clears_filters_that_came_from_the_url(page, app_url):
    open_app(page, f"{app_url}/kort?tema=ledelsesrum&q=xyzzy")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Viser 0 af 39")).to_be_visible()
    with rerun(page):
        main.get_by_role("button", name="Nulstil filtrene").click()
    expect(main.get_by_text("Viser 39 af 39")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"q=xyzzy"))
