"""Præsentation under AppTest: building the deck (which cards, which general slides, *kun
kort*), the screens in the URL, the keys each step button listens to, stepping (the answer
first, then the next slide), and a meeting's presenter publishing where it is."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest

from dashboard.store import create_meeting, current_slide, get_meeting, open_store
from tests.app.conftest import open_page


def slide_html(app) -> str:
    """The HTML of the slide the screen shows (the first, on the presenter's view)."""
    return next(e.proto.body for e in app.get("html") if 'class="slide' in e.proto.body)


def slide_text(app) -> str:
    """What the slide says, without its markup."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", slide_html(app)))


def heading(app) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", slide_html(app)).group(1)


def answer_hidden(app) -> bool:
    return 'class="box answer left hidden"' in slide_html(app)


def position(app) -> str:
    """What the step bar says of where the deck is."""
    return next(m.value for m in app.markdown if m.value.startswith("**Dias ")).strip("*")


def contents(app) -> str:
    return next(s.value for s in app.subheader if s.value.startswith("Diasene"))


def meeting(cards=("top-krydspres-1", "top-krydspres-2", "top-krydspres-3"), title="Krydspres"):
    from dashboard.relay import read_relay_files

    store = open_store(os.environ["DASHBOARD_DATABASE_URL"])
    made = create_meeting(
        store,
        relay_id=read_relay_files().require().fingerprint,
        title=title,
        meeting_date=date(2026, 12, 3),
        author="Bo",
        card_ids=list(cards),
    )
    return store, made


def test_without_a_meeting_the_deck_follows_all_cards():
    app = open_page("praesentation")
    assert app.title[0].value == "Præsentation"
    assert contents(app) == "Diasene (45)"  # title, 2 cakes, clouds, 39 cards, 2 reflections
    assert any("følger filteret" in c.value for c in app.caption)
    assert app.button(key="start_show").label == "Start præsentationen"


def test_the_cards_page_filter_decides_and_kun_kort_leaves_only_the_cards():
    app = open_page("kort", gruppe="Topledere", tema="krydspres")
    app.switch_page("pages/praesentation.py").run()
    assert contents(app) == "Diasene (9)"
    assert [t.label for t in app.toggle] == [
        "Titel",
        "Temaernes fordeling (kager)",
        "Ordskyer",
        "Refleksioner",
    ]
    app.button(key="only_cards").click().run()
    assert contents(app) == "Diasene (3)"
    assert app.button(key="only_cards").disabled  # nothing more to take away
    app.toggle(key="part-title-").set_value(True).run()
    assert contents(app) == "Diasene (4)"


def test_start_opens_the_projected_slide_at_the_first_slide():
    app = open_page("kort", gruppe="Topledere", tema="krydspres")
    app.switch_page("pages/praesentation.py").run()
    app.button(key="only_cards").click().run()
    app.button(key="start_show").click().run()
    assert (app.query_params["skaerm"], app.query_params["dias"]) == ("laerred", "1")
    assert heading(app) == "Krydspres · Topledere"
    assert "kort 1 af 3" in slide_html(app) and answer_hidden(app)
    assert not app.title  # nothing but the slide: no page title, no sidebar content drawn over it


KEYS = {
    "next_slide": "right",
    "next_slide_pagedown": "pagedown",
    "next_slide_space": "space",
    "previous_slide": "left",
    "previous_slide_pageup": "pageup",
    "first_slide": "home",
    "last_slide": "end",
    "leave_show": "escape",
}


def test_every_key_a_clicker_sends_has_its_button():
    app = open_page("praesentation", skaerm="laerred", dias="5")
    assert {key: app.button(key=key).proto.shortcut for key in KEYS} == KEYS


@pytest.mark.parametrize("key", ["next_slide", "next_slide_pagedown", "next_slide_space"])
def test_next_shows_the_answer_first_then_the_next_slide(key):
    app = open_page("praesentation", skaerm="laerred", dias="5")  # the first card
    assert heading(app) == "Krydspres · Topledere" and answer_hidden(app)
    assert "Måske det mere er et paradoks" in slide_html(app)  # in place, hidden
    assert position(app) == "Dias 5 af 45 · svaret næste"
    app.button(key=key).click().run()
    assert not answer_hidden(app) and "kort 1 af 39" in slide_html(app)
    assert position(app) == "Dias 5 af 45"
    app.button(key=key).click().run()
    assert "kort 2 af 39" in slide_html(app) and answer_hidden(app)
    assert app.query_params["dias"] == "6"


@pytest.mark.parametrize("key", ["previous_slide", "previous_slide_pageup"])
def test_back_hides_the_answer_then_goes_to_the_previous_slide_as_it_ended(key):
    app = open_page("praesentation", skaerm="laerred", dias="6")
    app.button(key="next_slide").click().run()  # card 2's answer
    app.button(key=key).click().run()
    assert "kort 2 af 39" in slide_html(app) and answer_hidden(app)
    app.button(key=key).click().run()
    assert "kort 1 af 39" in slide_html(app) and not answer_hidden(app)


def test_home_and_end_go_to_the_first_and_the_last_slide():
    app = open_page("praesentation", skaerm="laerred", dias="7")
    app.button(key="last_slide").click().run()
    assert app.query_params["dias"] == "45" and heading(app) == "Hyppigste ord i spørgsmålene"
    assert app.button(key="next_slide").disabled
    app.button(key="first_slide").click().run()
    assert app.query_params["dias"] == "1" and heading(app) == "Ledelse til gavn for borgerne"
    assert app.button(key="previous_slide").disabled


def test_escape_goes_back_to_building_the_deck():
    app = open_page("praesentation", skaerm="laerred", dias="7")
    app.button(key="leave_show").click().run()
    assert "skaerm" not in app.query_params and app.title[0].value == "Præsentation"


def test_an_unknown_slide_or_screen_falls_back():
    app = open_page("praesentation", skaerm="laerred", dias="999")
    assert not app.exception and heading(app) == "Ledelse til gavn for borgerne"
    app = open_page("praesentation", skaerm="biograf")
    assert app.title[0].value == "Præsentation"


def test_a_meetings_deck_has_its_title_date_and_what_it_holds():
    _, made = meeting()
    app = open_page("praesentation", moede=made.id, skaerm="laerred")
    said = slide_text(app)
    assert heading(app) == "Krydspres" and "3. december 2026" in said
    assert "3 kort om krydspres fra topledere" in said and "39" not in said


def test_an_unnamed_meetings_title_slide_speaks_the_decks_language():
    _, made = meeting(title="Nyt møde")  # what the star calls a meeting it makes
    app = open_page("praesentation", moede=made.id, skaerm="laerred", lang="English")
    assert heading(app) == "New meeting" and "3 December 2026" in slide_text(app)


def test_the_presenter_publishes_every_step_and_a_projector_joins_there(monkeypatch):
    """Also a reader: where a presenter is, is presenter state, not an edit of the meeting."""
    from dashboard.ui import frame
    from dashboard.ui.access import Viewer

    reader = Viewer("signed_in", "reader", "Bo", "bo@example.dk")
    monkeypatch.setattr(frame, "current_viewer", lambda lang: reader)
    store, made = meeting()
    presenter = open_page("praesentation", moede=made.id, skaerm="taler", dias="5")
    assert current_slide(store, made.id) == 5  # title, 2 cakes, clouds: the first card's question
    presenter.button(key="next_slide").click().run()
    assert current_slide(store, made.id) == 6  # its answer
    presenter.button(key="next_slide").click().run()
    assert current_slide(store, made.id) == 7
    assert get_meeting(store, made.id).version == made.version  # not a change of the meeting
    projector = open_page("praesentation", moede=made.id, skaerm="laerred")
    assert "kort 2 af 3" in slide_html(projector) and answer_hidden(projector)


def test_the_presenters_view_shows_the_next_step_the_notes_and_the_source():
    _, made = meeting()
    app = open_page("praesentation", moede=made.id, skaerm="taler", dias="5")
    texts = [m.value for m in app.markdown]
    assert "**Næste: svaret**" in texts and "**Noter til kortet**" in texts
    assert any("Topledere – krydspres" in c.value for c in app.caption)
    previews = [e.proto.body for e in app.get("html") if 'class="slide' in e.proto.body]
    assert len(previews) == 2 and "<h2" in previews[1]  # the next step, as a preview
    assert any(re.fullmatch(r"\d\d:\d\d · 0:00:0\d", m.value) for m in app.markdown)  # the clock


def test_kun_kort_on_a_meeting_is_saved_for_everyone():
    store, made = meeting()
    app = open_page("praesentation", moede=made.id)
    app.session_state["writer"] = "Anna"
    app.button(key="only_cards").click().run()
    assert get_meeting(store, made.id).general_slides == frozenset()
    assert contents(app) == "Diasene (3)"
