"""Møder under AppTest: the list, open, rename, copy, delete after asking, the current meeting's
cards moved up and down with their notes, a stale reorder told in Danish, the general slides,
and the meeting's deck on Præsentation."""

from __future__ import annotations

import os
from datetime import date

from dashboard.store import (
    add_note,
    create_meeting,
    get_meeting,
    list_meetings,
    move_card,
    open_store,
)
from tests.app.conftest import open_page
from tests.app.helpers import markdown_texts

CARDS = ["top-krydspres-1", "inst-borgerblik-2", "top-krydspres-2"]


def stored():
    return open_store(os.environ["DASHBOARD_DATABASE_URL"])


def bundled_fingerprint() -> str:
    from dashboard.relay import read_relay_files

    return read_relay_files().require().fingerprint


def new_meeting(title: str = "Krydspres i udvalget", cards=CARDS):
    return create_meeting(
        stored(),
        relay_id=bundled_fingerprint(),
        title=title,
        meeting_date=date(2026, 12, 3),
        author="Bo",
        card_ids=cards,
    )


def press(app, label: str):
    return next(b for b in app.button if b.label == label).click().run()


def meetings_page(**query):
    app = open_page("moeder", **query)
    app.session_state["writer"] = "Anna"
    return app


def test_the_list_shows_each_meeting_with_its_date_cards_and_last_change():
    new_meeting()
    new_meeting("Borgerblik", CARDS[:1])
    app = meetings_page()
    rows = [t for t in markdown_texts(app) if "Sidst ændret" in t]
    assert len(rows) == 2  # the last changed first
    assert rows[0].startswith("**Borgerblik · 3. december 2026** · 1 kort")
    assert rows[0].endswith("af Bo]")


def test_without_meetings_the_page_says_how_to_make_one():
    app = meetings_page()
    assert app.info[0].value.startswith("Der er ingen møder endnu")


def test_open_makes_a_meeting_current_and_shows_its_cards_in_order():
    meeting = new_meeting()
    app = meetings_page()
    app.button(key=f"open-{meeting.id}").click().run()
    assert app.query_params["moede"] == meeting.id
    assert app.subheader[0].value == "Aktuelt møde: Krydspres i udvalget · 3. december 2026"
    numbered = [t.split(" ", 1)[0] for t in markdown_texts(app) if t[:3] in ("**1", "**2", "**3")]
    assert numbered == ["**1.**", "**2.**", "**3.**"]
    assert app.button(key=f"move-up-{CARDS[0]}").disabled
    assert app.button(key=f"move-down-{CARDS[2]}").disabled


def test_moving_a_card_keeps_its_notes_and_saves_the_order():
    meeting = new_meeting()
    add_note(
        stored(),
        relay_id=meeting.relay_id,
        card_id=CARDS[2],
        text="Spørg om budgettet",
        author="Bo",
        meeting_id=meeting.id,
    )
    app = meetings_page(moede=meeting.id)
    app.button(key=f"move-up-{CARDS[2]}").click().run()
    assert [t.value for t in app.toast] == ["Gemt: ny rækkefølge."]
    assert get_meeting(stored(), meeting.id).card_ids == (CARDS[0], CARDS[2], CARDS[1])
    second = next(t for t in markdown_texts(app) if t.startswith("**2.**"))
    assert "top-krydspres-2" not in second  # the card's text, not its id
    assert "\n\n- Til drøftelse – Bo\\, " in second and "Spørg om budgettet" in second


def test_a_reorder_on_a_stale_order_is_refused_in_danish_and_the_fresh_order_shown():
    meeting = new_meeting()
    app = meetings_page(moede=meeting.id)
    # Someone else moves a card after this member's page was drawn.
    move_card(stored(), meeting.id, CARDS[0], 2, author="Bo", expected_version=meeting.version)
    app.button(key=f"move-down-{CARDS[1]}").click().run()
    assert app.warning[0].value.startswith("En anden har ændret mødet, mens du arbejdede på det.")
    assert get_meeting(stored(), meeting.id).card_ids == (CARDS[1], CARDS[2], CARDS[0])
    first = next(t for t in markdown_texts(app) if t.startswith("**1.**"))
    assert "viden om" in first  # inst-borgerblik-2 is first now, as the page shows


def test_rename_changes_title_and_date():
    meeting = new_meeting()
    app = meetings_page()
    app.button(key=f"rename-{meeting.id}").click().run()
    key = f"rename-form-{meeting.id}"
    app.text_input(key=f"{key}-title").input("Udvalgsmøde **3** <i>")
    app.date_input(key=f"{key}-date").set_value(date(2027, 1, 14))
    press(app, "Gem")
    renamed = get_meeting(stored(), meeting.id)
    assert (renamed.title, renamed.date) == ("Udvalgsmøde **3** <i>", date(2027, 1, 14))
    row = next(t for t in markdown_texts(app) if "Sidst ændret" in t)
    assert row.startswith("**Udvalgsmøde \\*\\*3\\*\\* \\<i\\> · 14. januar 2027**")


def test_copy_makes_a_current_copy_and_delete_asks_first():
    meeting = new_meeting()
    app = meetings_page()
    app.button(key=f"copy-{meeting.id}").click().run()
    copies = [m for m in list_meetings(stored()) if m.id != meeting.id]
    assert [(m.title, m.card_count) for m in copies] == [("Kopi af Krydspres i udvalget", 3)]
    assert app.query_params["moede"] == copies[0].id
    # Deleting asks first.
    app.button(key=f"delete-{copies[0].id}").click().run()
    assert app.markdown[-1].value.startswith("Slet mødet »Kopi af Krydspres i udvalget« med")
    assert len(list_meetings(stored())) == 2
    app.button(key=f"confirm-delete-{copies[0].id}").click().run()
    assert [m.id for m in list_meetings(stored())] == [meeting.id]
    assert "moede" not in app.query_params
    assert [t.value for t in app.toast] == ["Gemt: mødet er slettet."]


def test_general_slides_switched_off_leave_the_deck_with_title_and_cards():
    meeting = new_meeting()
    app = meetings_page(moede=meeting.id)
    for slide in ("cakes", "clouds", "reflections"):
        version = get_meeting(stored(), meeting.id).version  # each switch makes a new one
        app.toggle(key=f"slide-{slide}-{meeting.id}-{version}").set_value(False).run()
    assert get_meeting(stored(), meeting.id).general_slides == frozenset({"title"})
    app.switch_page("pages/praesentation.py").run()
    assert app.subheader[1].value == "Diasene (4)"  # the title and 3 cards
    assert [t.value for t in app.toggle] == [True, False, False, False]


def test_the_meetings_deck_opens_from_its_link_with_notes_on_its_cards():
    meeting = new_meeting()
    add_note(
        stored(),
        relay_id=meeting.relay_id,
        card_id=CARDS[1],
        text="Hvem svarer?",
        author="Bo",
        meeting_id=meeting.id,
    )
    app = open_page("praesentation", moede=meeting.id)
    assert app.subheader[1].value == "Diasene (9)"  # title, 2 cakes, clouds, 3 cards, 2 reflections
    assert any(c.value.startswith("Dias til mødet Krydspres i udvalget") for c in app.caption)
    links = [code.value for code in app.code]  # after the server's address
    assert links == [
        f"/praesentation?moede={meeting.id}&skaerm=laerred",
        f"/praesentation?moede={meeting.id}",
    ]
    # The presenter's view of card 2 (title, 2 cakes, clouds, card 1, card 2) has its note.
    app = open_page("praesentation", moede=meeting.id, skaerm="taler", dias="6")
    assert any("Hvem svarer" in m.value for m in app.markdown)


def test_english():
    meeting = new_meeting()
    app = open_page("moeder", lang="English", moede=meeting.id)
    assert app.title[0].value == "Meetings"
    assert app.subheader[0].value == "Current meeting: Krydspres i udvalget · 3 December 2026"


def test_a_note_for_discussion_is_written_on_a_meeting_card():
    meeting = new_meeting()
    app = meetings_page(moede=meeting.id)
    app.button(key=f"notes-{CARDS[1]}").click().run()
    app.text_area(key=f"discussion-{meeting.id}-{CARDS[1]}-text").input("Hvem svarer?")
    press(app, "Gem noten")
    (note,) = get_meeting(stored(), meeting.id).cards[1].discussion_notes
    assert (note.text, note.author) == ("Hvem svarer?", "Anna")


def test_the_meetings_history_says_who_changed_what():
    meeting = new_meeting(cards=CARDS[:2])
    app = meetings_page(moede=meeting.id)
    app.button(key=f"move-up-{CARDS[1]}").click().run()
    history = next(e for e in app.expander if e.label == "Historik")
    lines = history.markdown[0].value.splitlines()
    assert len(lines) == 2  # newest first
    assert lines[0].endswith("Anna flyttede kortet inst\\-borgerblik\\-2")
    assert lines[1].endswith("Bo oprettede mødet")


def test_a_reader_sees_the_meeting_but_cannot_change_it(monkeypatch):
    from dashboard.ui import frame
    from dashboard.ui.access import Viewer

    meeting = new_meeting(cards=CARDS[:2])
    reader = Viewer("signed_in", "reader", "Bo", "bo@example.dk")
    monkeypatch.setattr(frame, "current_viewer", lambda lang: reader)
    app = open_page("moeder", moede=meeting.id)
    assert app.button(key=f"move-up-{CARDS[1]}").disabled
    assert app.button(key=f"delete-{meeting.id}").disabled
    assert any("Kun redaktører kan ændre" in c.value for c in app.sidebar.caption)
