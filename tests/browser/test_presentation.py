"""Presenting in Chromium: the projected slide fills the window at 1280 × 720, 1920 × 1080 and
3840 × 2160 with nothing below the fold (the longest card, its answer shown), no control over
it, the keys of a clicker step it, revealing the answer moves nothing, an audience follows the
presenter's view, the first card is three clicks from the cards page, and the files come in
one click each, named after the meeting."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pptx import Presentation
from pypdf import PdfReader

from dashboard.relay import read_relay_files
from dashboard.store import create_meeting, current_slide, open_store
from tests.browser.conftest import (
    assert_no_error,
    new_context,
    open_app,
    rerun,
    screenshot,
    serve_app,
)

pytestmark = pytest.mark.browser

LONGEST_CARD = 32  # inst-borgerblik-5: the 28th card, after title, 2 cakes and the clouds
CARDS = ["top-krydspres-1", "top-krydspres-2", "top-krydspres-3"]

# Where the slide and everything on it is, as the browser drew it.
GEOMETRY = """() => {
  const slide = document.querySelector('.st-key-stage .slide');
  const rect = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const boxes = [...slide.querySelectorAll('.box, img, table')].map((e) => ({
    role: e.className, rect: rect(e), overflow: e.scrollHeight - e.clientHeight,
    wider: e.scrollWidth - e.clientWidth }));
  const controls = [...document.querySelectorAll('button, a, input')]
    .filter((e) => e.offsetParent !== null).map((e) => ({name: e.innerText, rect: rect(e)}));
  const main = document.querySelector('[data-testid="stMain"]');
  return {slide: rect(slide), boxes, controls, width: innerWidth, height: innerHeight,
          scroll: Math.max(document.scrollingElement.scrollHeight, main.scrollHeight)};
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server on a database of its own, with a meeting of three krydspres cards."""
    folder = tmp_path_factory.mktemp("present")
    url = f"sqlite:///{folder / 'present.sqlite'}"
    store = open_store(url)
    meeting = create_meeting(
        store,
        relay_id=read_relay_files().require().fingerprint,
        title="Krydspres",
        meeting_date=date(2026, 12, 3),
        author="Anna",
        card_ids=CARDS,
    )
    with serve_app(folder, env={"DASHBOARD_DATABASE_URL": url}) as running:
        yield running.url, store, meeting.id
    store.close()


def heading(page) -> str:
    return page.locator(".st-key-stage .slide h1").inner_text()


def step(page, key: str) -> None:
    with rerun(page):
        page.keyboard.press(key)


def _overlaps(a: dict, b: dict) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and (b["top"] < a["bottom"])
    )


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
def test_the_slide_fills_the_window_with_nothing_below_the_fold(browser, server, size):
    url, _, _ = server
    width, height = size
    context = new_context(browser, viewport={"width": width, "height": height})
    page = context.new_page()
    open_app(page, f"{url}/praesentation?skaerm=laerred&dias={LONGEST_CARD}")
    title = page.locator(".st-key-stage .slide .box.title").bounding_box()
    question = page.locator(".st-key-stage .slide .box.question").bounding_box()
    expect(page.locator(".box.answer")).to_be_hidden()
    step(page, "ArrowRight")  # the answer
    expect(page.locator(".box.answer")).to_be_visible()
    drawn = page.evaluate(GEOMETRY)
    slide = drawn["slide"]
    assert (slide["left"], slide["top"]) == (0, 0)
    assert (round(slide["right"]), round(slide["bottom"])) == (width, height)  # fills it, 16:9
    assert drawn["scroll"] <= height  # nothing below the fold
    rounding = width / 1920 + 0.5  # a design pixel, as the browser rounds boxes to whole pixels
    for box in drawn["boxes"]:
        assert box["overflow"] <= rounding and box["wider"] <= rounding, box  # no text runs out
        assert box["rect"]["bottom"] <= height and box["rect"]["right"] <= width, box
    over = [
        c for c in drawn["controls"] if _overlaps(c["rect"], slide) and c["rect"]["top"] < height
    ]
    assert over == []  # no control over the slide
    # Revealing the answer kept the title and the question where they were.
    assert page.locator(".st-key-stage .slide .box.title").bounding_box() == title
    assert page.locator(".st-key-stage .slide .box.question").bounding_box() == question
    assert "Borgerblik · Institutions- og driftsledere" in heading(page)
    assert_no_error(page)
    screenshot(page, f"praesentation-laengste-kort-{width}x{height}")
    context.close()


def test_the_step_bar_shows_on_hover_at_the_bottom_edge(browser, server):
    url, _, _ = server
    context = new_context(browser, viewport={"width": 1280, "height": 720})
    page = context.new_page()
    open_app(page, f"{url}/praesentation?skaerm=laerred&dias=2")
    bar = page.locator(".st-key-controls")
    page.mouse.move(640, 717)
    next_button = bar.get_by_role("button", name="Næste")
    expect(next_button).to_be_in_viewport()
    screenshot(page, "praesentation-knapper")
    with rerun(page):
        next_button.click()
    assert heading(page) == "Temaer – Institutions- og driftsledere"
    context.close()


def test_keys_step_the_deck(browser, server):
    url, _, _ = server
    context = new_context(browser, viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    open_app(page, f"{url}/praesentation?skaerm=laerred")
    assert heading(page) == "Ledelse til gavn for borgerne"
    for key, expected in (
        ("ArrowRight", 2),
        ("PageDown", 3),
        ("Space", 4),
        ("ArrowRight", 5),  # the first card: its question
    ):
        step(page, key)
        expect(page).to_have_url(re.compile(rf"dias={expected}\b"))
    expect(page.locator(".box.answer")).to_be_hidden()
    step(page, "PageDown")
    expect(page.locator(".box.answer")).to_be_visible()  # the answer, still slide 5
    expect(page).to_have_url(re.compile(r"dias=5\b"))
    step(page, "PageUp")
    expect(page.locator(".box.answer")).to_be_hidden()
    step(page, "ArrowLeft")
    expect(page).to_have_url(re.compile(r"dias=4\b"))
    step(page, "End")
    expect(page).to_have_url(re.compile(r"dias=45\b"))
    step(page, "Home")
    expect(page).to_have_url(re.compile(r"dias=1\b"))
    assert heading(page) == "Ledelse til gavn for borgerne"
    context.close()


def test_an_audience_follows_the_presenters_view(browser, server):
    url, store, meeting = server
    presenting = new_context(browser, viewport={"width": 1440, "height": 900})
    watching = new_context(browser, viewport={"width": 1280, "height": 720})
    presenter, audience = presenting.new_page(), watching.new_page()
    open_app(presenter, f"{url}/praesentation?moede={meeting}&skaerm=taler&dias=1")
    open_app(audience, f"{url}/praesentation?moede={meeting}&skaerm=laerred")
    expect(audience.locator(".st-key-stage .slide h1")).to_have_text("Krydspres")
    screenshot(presenter, "praesentation-taler")
    for key in ("ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight"):  # 2 cakes, clouds, card
        step(presenter, key)
    expect(audience.locator(".st-key-stage .slide h1")).to_have_text(
        "Krydspres · Topledere", timeout=2_500
    )
    expect(audience.locator(".box.answer")).to_be_hidden()
    step(presenter, "Space")  # the answer, in the room too
    expect(audience.locator(".box.answer")).to_be_visible(timeout=2_500)
    assert current_slide(store, meeting) == 6
    expect(presenter.get_by_text("Næste dias")).to_be_visible()
    screenshot(audience, "praesentation-publikum")
    # An audience's own keys move only its own screen.
    step(audience, "ArrowRight")
    assert current_slide(store, meeting) == 6
    presenting.close()
    watching.close()


def test_from_the_cards_page_to_the_first_card_in_three_clicks(page, server):
    url, _, _ = server
    open_app(page, f"{url}/kort?gruppe=Topledere&tema=krydspres")
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Præsentation").click()  # 1
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Diasene (9)")).to_be_visible()
    with rerun(page):
        main.get_by_role("button", name="Kun kort").click()  # 2
    expect(main.get_by_text("Diasene (3)")).to_be_visible()
    with rerun(page):
        main.get_by_role("button", name="Start præsentationen").click()  # 3
    assert heading(page) == "Krydspres · Topledere"
    expect(page.locator(".st-key-stage .slide .box.counter")).to_have_text("kort 1 af 3")


def test_the_files_come_in_one_click_named_after_the_meeting(page, server):
    url, _, meeting = server
    open_app(page, f"{url}/praesentation?moede={meeting}")
    main = page.get_by_test_id("stMain")
    screenshot(page, "praesentation-byg")
    files = {}
    for label in ("PPTX", "PDF", "HTML"):
        with page.expect_download(timeout=60_000) as download:
            main.get_by_role("button", name=label, exact=True).click()
        files[label] = (download.value.suggested_filename, Path(download.value.path()).read_bytes())
    assert [name for name, _ in files.values()] == [
        "krydspres-2026-12-03.pptx",
        "krydspres-2026-12-03.pdf",
        "krydspres-2026-12-03.html",
    ]
    deck = Presentation(io.BytesIO(files["PPTX"][1]))
    assert len(deck.slides) == 9 and deck.slides[0].shapes.title.text == "Krydspres"
    notes = deck.slides[4].notes_slide.notes_text_frame.text
    assert notes == "Kilde: afsnittet »Topledere – krydspres«"
    assert "Krydspres" in PdfReader(io.BytesIO(files["PDF"][1])).pages[0].extract_text()
    assert "<script" not in files["HTML"][1].decode("utf-8").lower()
    assert_no_error(page)


def test_a_slow_file_shows_its_progress(page, server):
    url, _, _ = server
    open_app(page, f"{url}/praesentation")  # all 45 slides
    main = page.get_by_test_id("stMain")
    with page.expect_download(timeout=60_000) as download:
        main.get_by_role("button", name="PPTX", exact=True).click()
        expect(main.get_by_test_id("stProgress")).to_be_visible(timeout=5_000)
    assert re.fullmatch(r"ledelsesstafet-\d{4}-\d\d-\d\d\.pptx", download.value.suggested_filename)
    expect(main.get_by_test_id("stProgress")).to_have_count(0, timeout=10_000)
