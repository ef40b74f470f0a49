"""The audit trail: every write says who, when and what; forgetting an author."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from dashboard.store import (
    MeetingChanged,
    add_card,
    add_tag,
    copy_meeting,
    delete_meeting,
    delete_note,
    forget_author,
    get_meeting,
    list_audit,
    list_meetings,
    move_card,
    notes_on_card,
    remove_card,
    remove_tag,
    rename_meeting,
    saved_relays,
    set_card_order,
    set_current_slide,
    set_general_slide,
    set_meeting_date,
    tags_by_card,
)
from tests.core.store_data import RELAY, TITLE, new_meeting, new_note, save_small_relay


def test_every_write_is_recorded_with_who_what_and_what_changed(store):
    before = datetime.now(UTC)
    meeting = new_meeting(store, ["k1", "k2"])
    rename_meeting(store, meeting.id, "Nyt", author="Bo")
    set_meeting_date(store, meeting.id, date(2026, 6, 1), author="Bo")
    set_general_slide(store, meeting.id, "clouds", False, author="Bo")
    add_card(store, meeting.id, "k3", author="Bo")
    move_card(store, meeting.id, "k3", -2, author="Bo", expected_version=5)
    set_card_order(store, meeting.id, ["k1", "k2", "k3"], author="Bo", expected_version=6)
    remove_card(store, meeting.id, "k2", author="Bo")
    note = new_note(store, "k1", "Hemmelig", author="Cem")
    delete_note(store, note.id, author="Cem")
    add_tag(store, relay_id=RELAY, card_id="k1", label="vigtigt", author="Cem")
    remove_tag(store, relay_id=RELAY, card_id="k1", label="vigtigt", author="Cem")
    save_small_relay(store, author="Dan")
    copy = copy_meeting(store, meeting.id, author="Dan")
    delete_meeting(store, meeting.id, author="Anna")
    trail = list_audit(store)
    assert [(e.action, e.actor) for e in trail] == [
        ("create_meeting", "Anna"),
        ("rename_meeting", "Bo"),
        ("set_meeting_date", "Bo"),
        ("set_general_slide", "Bo"),
        ("add_card", "Bo"),
        ("move_card", "Bo"),
        ("set_card_order", "Bo"),
        ("remove_card", "Bo"),
        ("add_note", "Cem"),
        ("delete_note", "Cem"),
        ("add_tag", "Cem"),
        ("remove_tag", "Cem"),
        ("save_relay", "Dan"),
        ("copy_meeting", "Dan"),
        ("delete_meeting", "Anna"),
    ]
    assert all(before <= e.at <= datetime.now(UTC) for e in trail)
    assert [e.at for e in trail] == sorted(e.at for e in trail)
    by_action = {e.action: e for e in trail}
    assert by_action["rename_meeting"].details == {
        "field": "title",
        "value": "Nyt",
        "previous": TITLE,
    }
    assert by_action["set_meeting_date"].details == {
        "field": "meeting_date",
        "value": "2026-06-01",
        "previous": "2026-03-05",
    }
    assert by_action["set_general_slide"].details == {
        "field": "show_clouds",
        "value": False,
        "previous": True,
    }
    assert by_action["move_card"].details == {"card_id": "k3", "from": 2, "to": 0}
    assert by_action["set_card_order"].details == {"order": ["k1", "k2", "k3"]}
    assert by_action["add_tag"].details == {"relay_id": RELAY, "card_id": "k1", "label": "vigtigt"}
    assert (by_action["add_note"].object_kind, by_action["add_note"].object_id) == ("note", note.id)
    assert by_action["copy_meeting"].details["copied_from"] == meeting.id
    assert by_action["copy_meeting"].meeting_id == copy.id
    assert by_action["delete_meeting"].details == {"title": "Nyt", "cards": 2, "notes": 0}
    # A note's words stay in the note, so forgetting its author forgets them.
    assert "Hemmelig" not in json.dumps([e.details for e in trail])


def test_a_meetings_history_outlives_it_and_a_date_narrows_the_trail(store):
    meeting, other = new_meeting(store), new_meeting(store)
    new_note(store, "k1", author="Bo", meeting_id=meeting.id)
    add_card(store, other.id, "k5", author="Bo")
    delete_meeting(store, meeting.id, author="Bo")
    history = list_audit(store, meeting_id=meeting.id)
    assert [e.action for e in history] == ["create_meeting", "add_note", "delete_meeting"]
    latest = list_audit(store)[-1]
    assert list_audit(store, since=latest.at) == (latest,)
    assert list_audit(store, since=latest.at.replace(tzinfo=None)) == (latest,)  # naive is UTC
    assert list_audit(store, since=latest.at + timedelta(seconds=1)) == ()
    assert [e.action for e in list_audit(store, limit=2)] == ["add_card", "delete_meeting"]


def test_a_refused_or_empty_write_records_nothing(store):
    meeting = new_meeting(store)
    with pytest.raises(MeetingChanged):
        move_card(store, meeting.id, "k2", -1, author="Bo", expected_version=99)
    add_card(store, meeting.id, "k1", author="Bo")  # already there
    set_current_slide(store, meeting.id, 3)  # a presenter stepping is not a change
    assert [e.action for e in list_audit(store)] == ["create_meeting"]


def populate_for_forgetting(store):
    meeting = new_meeting(store, author="Eva")
    new_note(store, "k1", "Første note", author="Eva")
    new_note(store, "k1", "Et punkt", author="Eva", meeting_id=meeting.id)
    new_note(store, "k2", "Anden note", author="Bo")
    add_tag(store, relay_id=RELAY, card_id="k1", label="rød", author="Eva")
    add_tag(store, relay_id=RELAY, card_id="k2", label="blå", author="Bo")
    save_small_relay(store, author="Eva")
    return meeting


def test_forgetting_an_author_anonymises_their_work_everywhere_and_keeps_others(store):
    meeting = populate_for_forgetting(store)
    forgotten = forget_author(store, "Eva", by="Sekretariatet")
    assert (forgotten.notes, forgotten.tags, forgotten.meetings, forgotten.saved_relays) == (
        2,
        1,
        1,
        1,
    )
    assert [(n.text, n.author) for n in notes_on_card(store, RELAY, "k1")] == [
        ("Første note", None),
        ("Et punkt", None),
    ]
    assert notes_on_card(store, RELAY, "k2")[0].author == "Bo"
    assert tags_by_card(store, RELAY) == {"k1": ("rød",), "k2": ("blå",)}
    opened = get_meeting(store, meeting.id)
    assert (opened.created_by, opened.changed_by) == (None, None)
    assert saved_relays(store)[0].saved_by is None
    trail = list_audit(store)
    assert "Eva" not in json.dumps([[e.actor, e.details] for e in trail])
    assert trail[-1].action == "forget_author"
    assert (trail[-1].actor, trail[-1].details["removed"]) == ("Sekretariatet", False)
    assert forgotten.audit_entries == 5
    assert [e.actor for e in trail if e.action == "add_note"] == [None, None, "Bo"]


def test_forgetting_an_author_can_remove_their_notes_and_tags(store):
    meeting = populate_for_forgetting(store)
    forgotten = forget_author(store, "Eva", by="Sekretariatet", remove=True)
    assert (forgotten.notes, forgotten.tags) == (2, 1)
    assert notes_on_card(store, RELAY, "k1") == ()
    assert [n.text for n in notes_on_card(store, RELAY, "k2")] == ["Anden note"]
    assert tags_by_card(store, RELAY) == {"k2": ("blå",)}
    assert [m.id for m in list_meetings(store)] == [meeting.id]  # the shared meeting stays
    assert list_audit(store)[-1].details["removed"] is True
