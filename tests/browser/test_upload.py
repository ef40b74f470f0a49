"""An uploaded relay in a real browser: hostile text renders inert, and nothing leaves the host."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_error, open_app, rerun, screenshot

pytestmark = pytest.mark.browser

HOSTILE_CSV = (
    "gruppe;tema;spørgsmål;svar\n"
    'Ledere;<b>tema</b>;"Hvad nu? <script>window.__pwned = 1</script>";'
    '"<img src=x onerror=""window.__pwned = 2"">"\n'
    'Ledere;billeder;"Se ![x](http://example.invalid/x.png) her";'
    '"[klik](javascript:window.__pwned=3)"\n'
    'Ledere;billeder;":red[farvet] og $x^2$ og <iframe src=http://example.invalid>";'
    '"**fed** svar"\n'
    '"![g](http://example.invalid/g.png)";"[t](javascript:window.__pwned=4)";'
    '"Q www.example.invalid";'
    '"mail a@example.invalid"\n'
)


def test_hostile_text_in_an_upload_renders_inert(page, app_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    open_app(page, f"{app_url}/data")
    with rerun(page):
        page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
            files=[
                {"name": "fjendtlig.csv", "mimeType": "text/csv", "buffer": HOSTILE_CSV.encode()}
            ]
        )
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(re.compile("Filen kan bruges"))).to_be_visible()
    with rerun(page):
        main.get_by_role("button", name="Brug denne stafet på alle sider").click()
    with rerun(page):
        page.get_by_test_id("stSidebarNav").get_by_text("Spørgsmål og svar").click()
    expect(main.get_by_text("Viser 4 af 4")).to_be_visible()
    # The texts show as written: tags, image and link syntax are visible characters.
    expect(main.get_by_text("<script>window.__pwned = 1</script>", exact=False)).to_be_visible()
    # A word joiner (U+2060) sits inside "://" so the URL cannot turn into a link.
    shown_image = re.compile(r"!\[x\]\(http:\u2060//example\.invalid/x\.png\)")
    expect(main.get_by_text(shown_image)).to_be_visible()
    expect(main.get_by_text("[klik](javascript:window.__pwned=3)", exact=False)).to_be_visible()
    expect(main.locator("strong", has_text="fed")).to_be_visible()  # the report's bold still works
    for selector in (
        "img[src='x']",
        "img[src*='example.invalid']",
        "iframe",
        "a[href^='javascript']",
        "a[href*='example.invalid']",
        "main script",
    ):
        expect(main.locator(selector)).to_have_count(0)
    assert page.evaluate("() => window.__pwned") is None
    outside = {urlparse(url).hostname for url in requests} - {"127.0.0.1", None}
    assert not outside, f"requests left the host: {outside}"
    assert_no_error(page)
    screenshot(page, "upload-fjendtlig-kort")
    # The group and theme names, as filter options and on the other pages (in the same session,
    # so the uploaded relay is still the one shown), are inert too.
    for title in ("Temaer", "Ord", "Tværlæsning", "Præsentation"):
        with rerun(page):
            page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
        expect(page.get_by_test_id("stSidebar").get_by_text("fjendtlig.csv")).to_be_visible()
        assert_no_error(page)
        for selector in ("img[src*='example.invalid']", "a[href^='javascript']"):
            expect(page.get_by_test_id("stMain").locator(selector)).to_have_count(0)
    assert page.evaluate("() => window.__pwned") is None


def test_a_link_cannot_inject_markdown_through_the_url(page, app_url):
    open_app(page, f"{app_url}/kort?q=[Klik her](https://evil.example)")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Viser 0 af 39")).to_be_visible()
    expect(main.locator("a[href*='evil.example']")).to_have_count(0)
    open_app(page, f"{app_url}/ord?ord=![x](http://evil.example/x.png)")
    expect(main.locator("img[src*='evil.example']")).to_have_count(0)
