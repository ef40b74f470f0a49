"""Accessibility in a real browser: axe-core on every page in both languages; a keyboard walk."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, open_app, rerun

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    "",
    "temaer",
    "kort",
    "ord",
    "tvaerlaesning",
    "moeder",
    "praesentation",
    "praesentation?skaerm=laerred&dias=5",  # the projected slide: a card
    "praesentation?skaerm=laerred&dias=2",  # a cake
    "praesentation?skaerm=taler&dias=45",  # the presenter's view: a reflection with a table
    "data",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[dict]:
    """Serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it is."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (scripts/test does).")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_21_AA,
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:3]],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["", "English"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violation(page, app_url, path, lang):
    query = ("&" if "?" in path else "?") + f"lang={lang}" if lang else ""
    open_app(page, f"{app_url}/{path}{query}")
    assert axe_violations(page) == []


def tab_to(page, target, what: str) -> None:
    """Press Tab until `target` has the keyboard focus; fail if it never gets it."""
    for _ in range(60):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{what} cannot be reached with Tab")


def test_keyboard_only_walk(page, app_url):
    """Reach the filters, pick a theme, and step a presentation with the keyboard alone."""
    open_app(page, f"{app_url}/kort")
    main = page.get_by_test_id("stMain")
    tab_to(page, main.get_by_role("button", name="krydspres", exact=True), "the theme filter")
    with rerun(page):
        page.keyboard.press("Enter")
    expect(main.get_by_text("Viser 7 af 39")).to_be_visible()

    open_app(page, f"{app_url}/praesentation")
    tab_to(page, main.get_by_role("button", name="Start præsentationen"), "the Start button")
    with rerun(page):
        page.keyboard.press("Enter")
    # The step bar comes up when the keyboard reaches it.
    tab_to(page, main.get_by_role("button", name="Næste"), "the presentation's Next button")
    expect(main.get_by_role("button", name="Næste")).to_be_in_viewport()
    with rerun(page):
        page.keyboard.press("Enter")
    expect(main.get_by_text("Dias 2 af 45")).to_be_visible()
    expect(page).to_have_url(re.compile(r"dias=2"))
