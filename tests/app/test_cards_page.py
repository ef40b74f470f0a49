"""Spørgsmål og svar under AppTest: filters, counts, search highlights, safe text; the star, notes
and tags are in test_cards_meeting.py."""

from __future__ import annotations

import re

from tests.app.conftest import open_page
from tests.app.helpers import markdown_texts


def shown(app) -> str:
    return next(t for t in markdown_texts(app) if t.startswith(("**Viser", "**Showing")))


def cards(app) -> list[str]:
    """The Markdown of each card shown (one block a card, starting with its tags)."""
    return [t for t in markdown_texts(app) if ":blue-badge[" in t.split("\n", 1)[0]]


def card_tags(app) -> list[str]:
    """Each shown card's group and theme, as its tags say."""
    return [
        " – ".join(re.findall(r":(?:blue|gray)-badge\[([^\]]*)\]", card.split("\n", 1)[0]))
        for card in cards(app)
    ]


def test_all_39_cards_by_default():
    app = open_page("kort")
    assert shown(app) == "**Viser 39 af 39**"


def test_topledere_and_krydspres_show_the_reports_three_cards():
    app = open_page("kort")
    app.pills(key="gruppe").set_value(["Topledere"]).run()
    app.pills(key="tema").set_value(["krydspres"]).run()
    assert shown(app) == "**Viser 3 af 39**"
    assert set(card_tags(app)) == {"Topledere – krydspres"}


def test_filters_come_from_the_url():
    app = open_page("kort", gruppe="Topledere", tema="krydspres")
    assert shown(app) == "**Viser 3 af 39**"


def test_invalid_url_values_fall_back_to_defaults():
    app = open_page("kort", gruppe="Nogen", tema="intet", vis="alt")
    assert shown(app) == "**Viser 39 af 39**"


def test_search_by_word_form_highlights_matches():
    app = open_page("kort")
    app.text_input(key="q").set_value("organisation").run()
    assert shown(app) == "**Viser 16 af 39**"
    assert len(cards(app)) == 16
    assert any(":orange-background[organisationen]" in card for card in cards(app))


def test_searching_only_questions_shows_only_questions():
    app = open_page("kort")
    app.text_input(key="q").set_value("sektor").run()
    app.segmented_control(key="vis").set_value("questions").run()
    assert shown(app) == "**Viser 6 af 39**"
    assert all("**Spørgsmål**" in card and "**Svar**" not in card for card in cards(app))


def test_empty_result_says_why_and_offers_a_reset():
    app = open_page("kort")
    app.pills(key="tema").set_value(["ledelsesrum"]).run()
    app.text_input(key="q").set_value("xyzzy").run()
    assert shown(app) == "**Viser 0 af 39**"
    advice = app.info[0].value
    assert "xyzzy" in advice and "fjern nogle af valgene" in advice
    app.button(key="reset_filters").click().run()
    assert shown(app) == "**Viser 39 af 39**"


def test_a_query_without_words_is_explained():
    app = open_page("kort")
    app.text_input(key="q").set_value('""').run()
    assert "ingen ord" in app.warning[0].value
    assert shown(app) == "**Viser 39 af 39**"


def test_the_source_is_shown_once_not_under_every_card():
    app = open_page("kort")
    shown_sources = [card for card in cards(app) if "Kilde\\:" in card]
    # Only the two cards from "borgerblik II" say more than their tags.
    assert len(shown_sources) == 2
    assert all("borgerblik II" in card for card in shown_sources)
    assert any(c.value.startswith("Hvert kort står i kildens afsnit") for c in app.caption)


def test_compact_view_shows_the_question_and_folds_the_answer():
    app = open_page("kort", visning="Kompakt")
    assert all("**Svar**" not in card for card in cards(app))
    assert len(app.expander) == 39
    assert app.expander[0].label == "Se svaret"
    assert "**Svar**" in app.expander[0].markdown[0].value


def test_report_bold_is_kept_and_markup_escaped():
    app = open_page("kort")
    first_card = cards(app)[0]
    assert "**spændingen**" in first_card
    assert "\\," in first_card  # punctuation from data is escaped, never Markdown


def test_english():
    app = open_page("kort", lang="English")
    assert shown(app) == "**Showing 39 of 39**"
    assert "**Question**" in cards(app)[0]


def test_many_cards_come_in_pages_with_the_page_in_the_url(monkeypatch, tmp_path):
    rows = "".join(f"G{i % 3},t{i % 5},Spørgsmål {i}?,svar\n" for i in range(120))
    relay = tmp_path / "mange.csv"
    relay.write_text("group,theme,question,answer\n" + rows, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_DATA", str(relay))
    app = open_page("kort", side="3")
    assert shown(app) == "**Viser 120 af 120**"
    assert len(cards(app)) == 20  # cards 101–120
    assert any(c.value == "Kort 101–120 på denne side." for c in app.caption)
