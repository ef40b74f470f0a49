"""Sign-in for real: the app against an OpenID Connect provider on 127.0.0.1 (PyPI's
oidc-provider-mock), in Chromium. Not signed in: only the sign-in; on neither list: a refusal;
two people never see each other's session; signing out ends access."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    _free_port,
    new_context,
    open_app,
    rerun,
    screenshot,
    serve_app,
    wait_for_answer,
)

pytestmark = pytest.mark.browser

USERS = {
    "anna": {"sub": "anna", "email": "anna@ledelseskommissionen.dk", "name": "Anna Andersen"},
    "bo": {"sub": "bo", "email": "bo@ledelseskommissionen.dk", "name": "Bo Berg"},
    "eve": {"sub": "eve", "email": "eve@example.org", "name": "Eve Evil"},
}


@contextlib.contextmanager
def oidc_provider(log_dir):
    """oidc-provider-mock on a free port with Anna, Bo and Eve; yields its base URL."""
    port = _free_port()
    claims = [part for user in USERS.values() for part in ("--user-claims", json.dumps(user))]
    log = (log_dir / "oidc.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "-p", str(port), *claims],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_answer(f"{url}/.well-known/openid-configuration", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def signed_server(tmp_path_factory):
    """The app with sign-in on: its URL and its database file. Readers: the commission's
    domain; editor: Anna."""
    folder = tmp_path_factory.mktemp("signed")
    port = _free_port()
    with oidc_provider(folder) as provider:
        secrets = folder / "secrets.toml"
        secrets.write_text(
            "[auth]\n"
            f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            'cookie_secret = "a-cookie-secret-for-the-tests-only-0123456789"\n'
            'client_id = "dashboard"\n'
            'client_secret = "dashboard-secret"\n'
            f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
            "[access]\n"
            'readers = ["@ledelseskommissionen.dk"]\n'
            'editors = ["anna@ledelseskommissionen.dk"]\n',
            encoding="utf-8",
        )
        with serve_app(folder, port=port, options=[f"--secrets.files={secrets}"]) as server:
            yield server.url, folder / "dashboard.sqlite"


@pytest.fixture(scope="module")
def signed_app(signed_server):
    return signed_server[0]


def meetings_in(database) -> list:
    """The meetings the server's database holds, read as the command line would."""
    from dashboard.store import list_meetings, open_store

    store = open_store(f"sqlite:///{database}")
    try:
        return list(list_meetings(store))
    finally:
        store.close()


def sign_in(page, url: str, who: str) -> None:
    """Open the app, press Log ind, and pick the provider's predefined user `who`."""
    page.goto(url)
    page.get_by_role("button", name="Log ind").click()
    page.locator(f"button[name=sub][value={who}]").click()
    page.wait_for_selector('[data-testid="stSidebar"]', timeout=30_000)


def test_before_sign_in_only_the_sign_in_shows(browser, signed_app):
    context = new_context(browser)
    with contextlib.closing(context):
        page = context.new_page()
        page.goto(signed_app)
        main = page.get_by_test_id("stMain")
        expect(main.get_by_role("button", name="Log ind")).to_be_visible(timeout=30_000)
        expect(main.locator("h1")).to_have_text("Log ind")
        for data in ("Ledelse til gavn for borgerne", "Topledere", "krydspres"):
            expect(page.get_by_text(data)).to_have_count(0)
        screenshot(page, "adgang-log-ind")
        # A deep link shows nothing more.
        page.goto(f"{signed_app}/kort?tema=krydspres")
        expect(main.get_by_role("button", name="Log ind")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Viser")).to_have_count(0)


def test_a_reader_sees_the_data_and_the_mode(browser, signed_app):
    context = new_context(browser)
    with contextlib.closing(context):
        page = context.new_page()
        sign_in(page, signed_app, "bo")
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar.get_by_text("Logget ind som Bo Berg (læser)")).to_be_visible()
        expect(sidebar.get_by_text("Kun redaktører kan ændre")).to_be_visible()
        open_app(page, f"{signed_app}/kort")
        expect(page.get_by_test_id("stMain").get_by_text("Viser 39 af 39")).to_be_visible()


def test_someone_on_neither_list_is_refused_politely(browser, signed_app):
    context = new_context(browser)
    with contextlib.closing(context):
        page = context.new_page()
        page.goto(signed_app)
        page.get_by_role("button", name="Log ind").click()
        page.locator("button[name=sub][value=eve]").click()
        main = page.get_by_test_id("stMain")
        expect(main.locator("h1")).to_have_text("Ingen adgang", timeout=30_000)
        # Shown inert: a word joiner before "@" keeps the address from becoming a link.
        expect(main.get_by_text(re.compile("eve\u2060?@example\\.org"))).to_be_visible()
        expect(page.get_by_text("Topledere")).to_have_count(0)
        screenshot(page, "adgang-ingen-adgang")


def test_two_people_never_see_each_others_session_and_sign_out_ends_access(browser, signed_app):
    anna, bo = new_context(browser), new_context(browser)
    with contextlib.closing(anna), contextlib.closing(bo):
        anna_page, bo_page = anna.new_page(), bo.new_page()
        sign_in(anna_page, signed_app, "anna")
        sign_in(bo_page, signed_app, "bo")
        expect(anna_page.get_by_text("Logget ind som Anna Andersen (redaktør)")).to_be_visible()
        expect(bo_page.get_by_text("Logget ind som Bo Berg (læser)")).to_be_visible()
        expect(bo_page.get_by_text("Anna Andersen")).to_have_count(0)
        anna_page.get_by_test_id("stSidebar").get_by_role("button", name="Log ud").click()
        # Streamlit forgets the sign-in, then hands over to the provider's end of session.
        expect(anna_page.get_by_role("heading", name="End Session")).to_be_visible(timeout=30_000)
        anna_page.goto(signed_app)
        expect(anna_page.get_by_role("button", name="Log ind")).to_be_visible(timeout=30_000)
        expect(anna_page.get_by_text("Topledere")).to_have_count(0)
        bo_page.reload()
        expect(bo_page.get_by_text("Logget ind som Bo Berg (læser)")).to_be_visible(timeout=30_000)


def test_without_sign_in_the_sidebar_says_only_this_computer(page, app_url):
    open_app(page, app_url)
    expect(
        page.get_by_test_id("stSidebar").get_by_text(
            "Uden login: appen kan kun åbnes fra denne computer."
        )
    ).to_be_visible()


def test_a_reader_cannot_change_anything_even_by_a_crafted_click(browser, signed_server):
    url, database = signed_server
    context = new_context(browser)
    with contextlib.closing(context):
        page = context.new_page()
        sign_in(page, url, "bo")
        open_app(page, f"{url}/kort?tema=krydspres")
        main = page.get_by_test_id("stMain")
        star = main.get_by_role("button", name="Læg i mødet").first
        expect(star).to_be_disabled()
        # Crafted: make the disabled button send its click anyway.
        star.evaluate("button => button.removeAttribute('disabled')")
        star.click(force=True)
        page.wait_for_timeout(1500)
        assert meetings_in(database) == []
        screenshot(page, "adgang-laeser-kort")


def test_an_editor_changes_and_the_change_carries_the_signed_in_name(browser, signed_server):
    url, database = signed_server
    context = new_context(browser)
    with contextlib.closing(context):
        page = context.new_page()
        sign_in(page, url, "anna")
        open_app(page, f"{url}/kort?tema=krydspres")
        main = page.get_by_test_id("stMain")
        with rerun(page):
            main.get_by_role("button", name="Læg i mødet").first.click()
        expect(page.get_by_text("Gemt").first).to_be_visible()
        made = meetings_in(database)
        assert len(made) == 1 and made[0].changed_by == "Anna Andersen"
