"""Meetings as members use them in Chromium: star cards, reload, and the meeting is there; the
link opens the same deck in a fresh browser, after a restart, and on another server on the same
PostgreSQL; two members writing notes at once both keep theirs; an uploaded relay saved for
colleagues."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    assert_no_error,
    new_context,
    open_app,
    rerun,
    screenshot,
    serve_app,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

MEETING_IN_URL = re.compile(r"moede=([A-Za-z0-9_-]+)")


def give_name(page, name: str) -> None:
    """Answer the dialog that asks who is writing (once a browser session)."""
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Hvem skriver?")).to_be_visible()
    dialog.get_by_label("Dit navn").fill(name)
    with rerun(page):
        dialog.get_by_role("button", name="Gem og fortsæt").click()


def star(page, card_id: str, name: str | None = None) -> None:
    """Click the card's star; answer the name dialog first time."""
    button = page.locator(f".st-key-star-{card_id} button")
    if name is None:
        with rerun(page):
            button.click()
        return
    button.click()
    give_name(page, name)


def meeting_id(page) -> str:
    return MEETING_IN_URL.search(page.url).group(1)


def build_meeting(page, url: str) -> str:
    """A member's meeting of two cards, made on the cards page; its id."""
    open_app(page, f"{url}/kort?tema=krydspres")
    star(page, "top-krydspres-2", name="Anna")
    expect(page.get_by_text("Gemt: kortet er lagt i et nyt møde")).to_be_visible()
    star(page, "inst-krydspres-1")
    expect(page).to_have_url(MEETING_IN_URL)
    return meeting_id(page)


def test_star_cards_reload_and_the_meeting_is_still_there(page, app_url):
    made = build_meeting(page, app_url)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("2 kort")).to_be_visible()
    screenshot(page, "kort-moede-stjerner")
    page.reload()
    wait_until_idle(page)
    expect(page).to_have_url(MEETING_IN_URL)
    assert meeting_id(page) == made
    expect(sidebar.get_by_text(re.compile(r"^Nyt møde · "))).to_be_visible()
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("button", name="Tag ud af mødet")).to_have_count(2)
    # Another page keeps the meeting in its link.
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Møder").click()
    expect(page).to_have_url(re.compile(rf"/moeder\?(.*&)?moede={made}"))
    expect(main.get_by_text(re.compile("^Aktuelt møde: Nyt møde"))).to_be_visible()
    assert_no_error(page)
    screenshot(page, "moeder")


def test_a_fresh_browser_opens_the_shared_link_and_sees_the_same_deck(browser, app_url):
    owner = new_context(browser)
    page = owner.new_page()
    made = build_meeting(page, app_url)
    open_app(page, f"{app_url}/praesentation?moede={made}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(re.compile("^Dias til mødet Nyt møde"))).to_be_visible()
    main.get_by_role("button", name="Kopiér link").click()
    codes = page.get_by_test_id("stCode")
    expect(codes).to_have_count(2)
    projected, deck = (code.inner_text().strip() for code in codes.all())
    assert deck == f"{app_url}/praesentation?moede={made}"
    assert projected == f"{deck}&skaerm=laerred"
    screenshot(page, "praesentation-moede")
    colleague = new_context(browser)
    other = colleague.new_page()
    open_app(other, f"{projected}&dias=5")
    # title, 2 cakes, clouds, 2 cards, 2 reflections: the first card
    slide = other.locator(".st-key-stage .slide")
    expect(slide.locator("h1")).to_have_text("Krydspres · Topledere")
    expect(slide.get_by_text("kort 1 af 2")).to_be_visible()
    expect(
        other.get_by_test_id("stMain").get_by_text("Dias 5 af 8 · svaret næste")
    ).to_be_attached()
    assert_no_error(other)
    owner.close()
    colleague.close()


def test_two_members_add_notes_at_once_and_both_stay(browser, app_url):
    contexts = [new_context(browser) for _ in range(2)]
    pages = [context.new_page() for context in contexts]
    for page in pages:
        open_app(page, f"{app_url}/kort?tema=ledelsesrum")
        with rerun(page):
            page.locator(".st-key-notes-top-ledelsesrum-1 button").click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_text("Noter og mærker")).to_be_visible()
    for page, name in zip(pages, ("Anna", "Bo"), strict=True):
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Dit navn").fill(name)
        with rerun(page):
            dialog.get_by_role("button", name="Gem og fortsæt").click()
        dialog.get_by_label("Ny note").fill(f"{name} vil tage det op")
    # Both press Save at the same moment: both clicks are sent before either run ends.
    first, second = pages
    with rerun(first), rerun(second):
        for page in pages:
            page.get_by_role("dialog").get_by_role("button", name="Gem noten").click()
    for page in pages:
        page.reload()
        wait_until_idle(page)
        with rerun(page):
            page.locator(".st-key-notes-top-ledelsesrum-1 button").click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_text(re.compile(r"^Anna, .*: Anna vil tage det op$"))).to_be_visible()
        expect(dialog.get_by_text(re.compile(r"^Bo, .*: Bo vil tage det op$"))).to_be_visible()
    screenshot(pages[0], "kort-noter")
    for context in contexts:
        context.close()


def test_the_link_opens_the_deck_again_after_a_restart(browser, tmp_path):
    database = {"DASHBOARD_DATABASE_URL": f"sqlite:///{tmp_path / 'delt.sqlite'}"}
    context = new_context(browser)
    page = context.new_page()
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    with serve_app(tmp_path / "first", env=database) as server:
        made = build_meeting(page, server.url)
        port = server.url.rsplit(":", 1)[1]
    context.close()
    with serve_app(tmp_path / "second", env=database, port=int(port)) as server:
        fresh = new_context(browser)
        page = fresh.new_page()
        open_app(page, f"{server.url}/praesentation?moede={made}&skaerm=laerred&dias=6")
        slide = page.locator(".st-key-stage .slide")
        expect(slide.locator("h1")).to_have_text("Krydspres · Institutions- og driftsledere")
        expect(slide.get_by_text("kort 2 af 2")).to_be_visible()
        assert_no_error(page)
        fresh.close()


def test_two_servers_on_one_postgresql_share_meetings_and_notes(browser, postgres_server, tmp_path):
    import secrets

    name = f"test_{secrets.token_hex(6)}"
    with postgres_server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = postgres_server.url.set(database=name).render_as_string(hide_password=False)
    shared = {"DASHBOARD_DATABASE_URL": url}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    try:
        with (
            serve_app(tmp_path / "a", env=shared) as one,
            serve_app(tmp_path / "b", env=shared) as two,
        ):
            anna, bo = new_context(browser).new_page(), new_context(browser).new_page()
            made = build_meeting(anna, one.url)
            open_app(bo, f"{two.url}/praesentation?moede={made}")
            bo_main = bo.get_by_test_id("stMain")
            expect(bo_main.get_by_text(re.compile("^Dias til mødet Nyt møde"))).to_be_visible()
            expect(bo_main.get_by_text("Diasene (8)")).to_be_visible()
            # Bo writes a note on the second server …
            open_app(bo, f"{two.url}/kort?tema=krydspres&moede={made}")
            with rerun(bo):
                bo.locator(".st-key-notes-inst-krydspres-1 button").click()
            dialog = bo.get_by_role("dialog")
            dialog.get_by_label("Dit navn").fill("Bo")
            with rerun(bo):
                dialog.get_by_role("button", name="Gem og fortsæt").click()
            dialog.get_by_label("Ny note").fill("Set fra server to")
            with rerun(bo):
                dialog.get_by_role("button", name="Gem noten").click()
            expect(dialog.get_by_text(re.compile(r"^Bo, .*: Set fra server to$"))).to_be_visible()
            # … and Anna, on the first, sees it after a reload.
            open_app(anna, f"{one.url}/moeder?moede={made}")
            anna.reload()
            wait_until_idle(anna)
            expect(
                anna.get_by_test_id("stMain").get_by_text(re.compile("Set fra server to"))
            ).to_be_visible()
            assert_no_error(anna)
            anna.context.close()
            bo.context.close()
    finally:
        with postgres_server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')


UPLOADED_CSV = (
    "gruppe;tema;spørgsmål;svar\n"
    "Ledere;tillid;Hvordan viser vi tillid?;Ved at give rum.\n"
    "Ledere;tillid;Hvem bestemmer?;Borgeren, for det meste.\n"
)


def test_a_meeting_on_a_saved_upload_opens_for_a_colleague(browser, app_url):
    owner = new_context(browser)
    page = owner.new_page()
    open_app(page, f"{app_url}/data")
    with rerun(page):
        page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
            files=[{"name": "tillid.csv", "mimeType": "text/csv", "buffer": UPLOADED_CSV.encode()}]
        )
    main = page.get_by_test_id("stMain")
    with rerun(page):
        main.get_by_role("button", name="Brug denne stafet på alle sider").click()
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name=re.compile("^Gem stafetten")).click()
    give_name(page, "Anna")
    expect(
        sidebar.get_by_text("Gemt i databasen: kolleger kan åbne møder om denne stafet.")
    ).to_be_visible()
    screenshot(page, "data-gemt-stafet")
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Spørgsmål og svar").click()
    star(page, "ledere-tillid-2")
    expect(page).to_have_url(MEETING_IN_URL)
    made = meeting_id(page)
    colleague = new_context(browser)
    other = colleague.new_page()
    # title, one cake, the clouds, then the card
    open_app(other, f"{app_url}/praesentation?moede={made}&skaerm=laerred&dias=4")
    slide = other.locator(".st-key-stage .slide")
    expect(slide.locator("h1")).to_have_text("Tillid · Ledere")
    expect(slide.get_by_text("kort 1 af 1")).to_be_visible()
    expect(slide.get_by_text("Hvem bestemmer?")).to_be_visible()
    assert_no_error(other)
    owner.close()
    colleague.close()
