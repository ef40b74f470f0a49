"""The cards page with a database under AppTest: the star puts cards in the current meeting (the
name asked first), notes and tags on cards with their filters, user text shown inert, and a
database that is away or read-only never stopping the cards."""

from __future__ import annotations

import os

from dashboard.store import (
    add_note,
    add_tag,
    create_meeting,
    get_meeting,
    list_meetings,
    open_store,
)
from tests.app.conftest import open_page
from tests.app.helpers import markdown_texts

TOP = "top-krydspres-1"
INST = "inst-borgerblik-2"


def shown(app) -> str:
    return next(t for t in markdown_texts(app) if t.startswith(("**Viser", "**Showing")))


def press(app, label: str):
    """Click the button (or form button) labelled `label` and run the app."""
    return next(b for b in app.button if b.label == label).click().run()


def bundled_fingerprint() -> str:
    from dashboard.relay import read_relay_files

    return read_relay_files().require().fingerprint


def stored():
    return open_store(os.environ["DASHBOARD_DATABASE_URL"])


def named(app, name: str = "Anna"):
    app.session_state["writer"] = name
    return app


def test_the_first_star_asks_for_a_name_then_makes_and_saves_a_meeting():
    app = open_page("kort")
    app.button(key=f"star-{TOP}").click().run()
    assert app.text_input(key="writer_name").label == "Dit navn"
    assert list_meetings(stored()) == ()  # nothing is written before the name is given
    app.text_input(key="writer_name").input("Anna")
    press(app, "Gem og fortsæt")
    assert [t.value for t in app.toast] == [
        "Gemt: kortet er lagt i et nyt møde. Giv det en titel under Møder."
    ]
    (summary,) = list_meetings(stored())
    assert (summary.title, summary.card_count, summary.changed_by) == ("Nyt møde", 1, "Anna")
    assert app.query_params["moede"] == summary.id
    assert any("Nyt møde" in m.value and "1 kort" in m.value for m in app.sidebar.markdown)
    assert app.button(key=f"star-{TOP}").label == "Tag ud af mødet"
    # The name is asked once a session: the next star saves at once.
    app.button(key=f"star-{INST}").click().run()
    assert get_meeting(stored(), summary.id).card_ids == (TOP, INST)
    assert "Gem og fortsæt" not in [b.label for b in app.button]


def test_a_reload_brings_the_meeting_back_with_its_stars():
    meeting = create_meeting(
        stored(),
        relay_id=bundled_fingerprint(),
        title="Krydspres i udvalget",
        meeting_date=__import__("datetime").date(2026, 12, 3),
        author="Bo",
        card_ids=[INST, TOP],
    )
    app = open_page("kort", moede=meeting.id)
    assert app.button(key=f"star-{TOP}").label == "Tag ud af mødet"
    assert app.button(key="star-top-krydspres-2").label == "Læg i mødet"
    assert any("Krydspres i udvalget · 3. december 2026" in m.value for m in app.sidebar.markdown)
    starred = [
        t for t in markdown_texts(app) if t.startswith(":orange-badge[:material/star: I mødet]")
    ]
    assert len(starred) == 2
    named(app).button(key=f"star-{TOP}").click().run()
    assert get_meeting(stored(), meeting.id).card_ids == (INST,)
    app.toggle(key="kun_moedet").set_value(True).run()
    assert shown(app) == "**Viser 1 af 39**"


def test_a_note_on_a_card_shows_its_author_time_and_count_and_filters_the_cards():
    app = named(open_page("kort"), "Bo")
    app.button(key=f"notes-{TOP}").click().run()
    app.text_area(key="note-form-text").input("Tag den op med **KL** <b>nu</b> [her](http://x.dk)")
    press(app, "Gem noten")
    notes = [m.value for m in app.markdown if m.value.startswith("- Bo\\, ")]
    assert len(notes) == 1
    # As typed, and inert: every Markdown and HTML character escaped, the link disarmed.
    assert "\\*\\*KL\\*\\* \\<b\\>nu\\<\\/b\\> \\[her\\]\\(http\\:\u2060\\/\\/x\\.dk\\)" in notes[0]
    app = open_page("kort", noter="true")
    assert shown(app) == "**Viser 1 af 39**"
    assert any(":violet-badge[:material/sticky_note_2: 1 note]" in t for t in markdown_texts(app))
    assert app.button(key=f"notes-{TOP}").label == "Noter (1) og mærker"


def test_tags_are_set_in_the_dialog_and_filter_the_cards_from_the_url():
    app = named(open_page("kort"))
    app.button(key=f"notes-{INST}").click().run()
    app.multiselect(key=f"tags-{INST}-labels").set_value(["anbefaling 3"])
    press(app, "Gem mærkerne")
    assert [t.value for t in app.toast] == ["Gemt: mærkerne er gemt."]
    add_tag(
        stored(), relay_id=bundled_fingerprint(), card_id=TOP, label="til næste møde", author="Bo"
    )
    app = open_page("kort", maerke="anbefaling 3")
    assert shown(app) == "**Viser 1 af 39**"
    assert app.pills(key="maerke").options == ["anbefaling 3", "til næste møde"]
    assert any(":green-badge[:material/sell: anbefaling 3]" in t for t in markdown_texts(app))


def test_a_tag_too_long_is_refused_with_the_limit_and_nothing_is_saved():
    app = named(open_page("kort"))
    app.button(key=f"notes-{TOP}").click().run()
    app.multiselect(key=f"tags-{TOP}-labels").set_value(["x" * 61])
    press(app, "Gem mærkerne")
    assert app.error[0].value == "Mærket er 61 tegn langt, men højst 60 tegn er tilladt."
    assert not [p for p in open_page("kort").get("button_group") if p.key == "maerke"]


def test_without_a_database_the_cards_still_show_and_saving_says_it_could_not(monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/ingen")
    app = named(open_page("kort"))
    assert shown(app) == "**Viser 39 af 39**"
    app.button(key=f"star-{TOP}").click().run()
    assert app.error[0].value.startswith("Det kunne ikke gemmes: databasen svarer ikke")
    assert shown(app) == "**Viser 39 af 39**"


def test_a_read_only_database_shows_what_is_saved_and_loses_nothing(tmp_path, monkeypatch):
    path = tmp_path / "saved.sqlite"
    writable = open_store(f"sqlite:///{path}")
    meeting = create_meeting(
        writable,
        relay_id=bundled_fingerprint(),
        title="Gemt møde",
        meeting_date=__import__("datetime").date(2026, 12, 3),
        author="Bo",
        card_ids=[TOP],
    )
    add_note(writable, relay_id=bundled_fingerprint(), card_id=TOP, text="Før", author="Bo")
    writable.close()
    monkeypatch.setenv("DASHBOARD_DATABASE_URL", f"sqlite:///file:{path}?mode=ro&uri=true")
    app = named(open_page("kort", moede=meeting.id))
    assert app.button(key=f"star-{TOP}").label == "Tag ud af mødet"
    app.button(key=f"star-{INST}").click().run()
    assert app.error[0].value.startswith("Det kunne ikke gemmes")
    after = get_meeting(open_store(f"sqlite:///{path}"), meeting.id)
    assert after.card_ids == (TOP,)
    assert [n.text for n in after.cards[0].card_notes] == ["Før"]
