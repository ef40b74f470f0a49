"""Præsentation under AppTest: which cards, stepping, the slide in the URL, the hidden answer."""

from __future__ import annotations

from tests.app.conftest import open_page
from tests.app.helpers import markdown_texts


def position(app) -> str:
    return next(t for t in markdown_texts(app) if "/" in t and t.startswith("**"))


def test_without_a_meeting_the_slides_follow_all_cards():
    app = open_page("praesentation")
    assert position(app) == "**1 / 45**"  # title, 2 cakes, clouds, 39 cards, 2 reflections
    assert app.title[0].value == "Ledelse til gavn for borgerne"
    assert any("følger filteret" in c.value for c in app.caption)


def test_the_cards_page_filter_decides_when_there_is_no_meeting():
    app = open_page("kort", gruppe="Topledere", tema="krydspres")
    app.switch_page("pages/praesentation.py").run()
    assert position(app) == "**1 / 9**"


def test_next_previous_and_the_slide_from_the_url():
    app = open_page("praesentation", dias="5")
    assert app.title[0].value == "Kort 1 af 39"
    app.button(key="next_slide").click().run()
    assert app.title[0].value == "Kort 2 af 39"
    app.button(key="previous_slide").click().run()
    assert app.title[0].value == "Kort 1 af 39"


def test_a_cards_answer_shows_only_after_a_click():
    app = open_page("praesentation", dias="5")
    answer_start = "Måske det mere er et paradoks"
    assert not any(answer_start in t for t in markdown_texts(app))
    app.button(key="reveal").click().run()
    assert any(answer_start in t for t in markdown_texts(app))
    app.button(key="reveal").click().run()
    assert not any(answer_start in t for t in markdown_texts(app))


def test_an_invalid_slide_in_the_url_falls_back_to_the_first():
    app = open_page("praesentation", dias="999")
    assert not app.exception
    assert position(app) == "**1 / 45**"
