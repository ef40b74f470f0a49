"""Meetings in the store: made, listed, opened, renamed, copied, deleted, their cards starred,
unstarred and reordered – on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.store import (
    GENERAL_SLIDES,
    InvalidEntry,
    LimitExceeded,
    MeetingChanged,
    NotFound,
    add_card,
    copy_meeting,
    current_slide,
    delete_meeting,
    get_meeting,
    list_meetings,
    move_card,
    notes_on_card,
    remove_card,
    rename_meeting,
    set_card_order,
    set_current_slide,
    set_general_slide,
    set_meeting_date,
)
from dashboard.store.limits import MAX_CARDS_PER_MEETING, MAX_TITLE_CHARS
from tests.core.store_data import DAY, OTHER_RELAY, RELAY, new_meeting, new_note


def test_a_new_meeting_opens_with_its_cards_in_order_and_every_general_slide(store):
    made = new_meeting(store, cards=["k3", "k1", "k2", "k1"])
    opened = get_meeting(store, made.id)
    assert opened == made
    assert opened.card_ids == ("k3", "k1", "k2")  # a card named twice comes once
    assert (opened.title, opened.date, opened.relay_id) == ("Møde om krydspres", DAY, RELAY)
    assert opened.general_slides == frozenset(GENERAL_SLIDES)
    assert (opened.version, opened.current_slide) == (1, 1)
    assert opened.created_by == opened.changed_by == "Anna"
    assert opened.created_at.tzinfo is not None


def test_a_title_is_stored_exactly_as_typed(store):
    typed = "  <script>alert(1)</script> **fed** [link](http://x) :smile: $x$ ✓\nnæste linje "
    assert get_meeting(store, new_meeting(store, title=typed).id).title == typed


def test_the_list_shows_title_date_card_count_and_the_last_change_latest_first(store):
    first = new_meeting(store, title="Første")
    second = new_meeting(store, ["k9"], title="Andet", relay=OTHER_RELAY)
    add_card(store, first.id, "k4", author="Bo")
    listed = list_meetings(store)
    assert [(m.title, m.date, m.card_count, m.changed_by) for m in listed] == [
        ("Første", DAY, 4, "Bo"),
        ("Andet", DAY, 1, "Anna"),
    ]
    assert listed[0].changed_at > listed[1].changed_at
    assert [m.id for m in list_meetings(store, relay_id=OTHER_RELAY)] == [second.id]


def test_an_empty_meeting_is_listed_with_no_cards(store):
    new_meeting(store, cards=[])
    assert [m.card_count for m in list_meetings(store)] == [0]


def test_rename_and_new_date_make_a_new_version_with_who_changed_it(store):
    made = new_meeting(store)
    renamed = rename_meeting(store, made.id, "Nyt navn", author="Bo", expected_version=1)
    assert (renamed.title, renamed.version, renamed.changed_by) == ("Nyt navn", 2, "Bo")
    moved = set_meeting_date(store, made.id, date(2026, 4, 1), author="Cem")
    assert (moved.date, moved.version, moved.changed_by) == (date(2026, 4, 1), 3, "Cem")
    assert get_meeting(store, made.id) == moved


def test_a_change_that_changes_nothing_keeps_the_version(store):
    made = new_meeting(store)
    assert rename_meeting(store, made.id, made.title, author="Bo").version == 1
    assert add_card(store, made.id, "k2", author="Bo").card_ids == ("k1", "k2", "k3")
    assert remove_card(store, made.id, "k9", author="Bo").version == 1
    assert move_card(store, made.id, "k1", -1, author="Bo", expected_version=1).version == 1


def test_starring_adds_the_card_last_and_unstarring_closes_the_gap(store):
    made = new_meeting(store)
    starred = add_card(store, made.id, "k4", author="Bo")
    assert (starred.card_ids, starred.version) == (("k1", "k2", "k3", "k4"), 2)
    unstarred = remove_card(store, made.id, "k2", author="Bo")
    assert unstarred.card_ids == ("k1", "k3", "k4")
    assert move_card(store, made.id, "k4", -1, author="Bo", expected_version=3).card_ids == (
        "k1",
        "k4",
        "k3",
    )


def test_a_cards_notes_in_the_meeting_come_back_when_it_is_starred_again(store):
    made = new_meeting(store)
    new_note(store, "k2", "Tag op", author="Bo", meeting_id=made.id)
    remove_card(store, made.id, "k2", author="Bo")
    assert [n.text for n in notes_on_card(store, RELAY, "k2")] == ["Tag op"]
    again = add_card(store, made.id, "k2", author="Bo")
    assert [n.text for n in again.cards[-1].discussion_notes] == ["Tag op"]


@pytest.mark.parametrize(
    ("card", "steps", "order"),
    [
        ("k2", -1, ("k2", "k1", "k3", "k4")),
        ("k2", 1, ("k1", "k3", "k2", "k4")),
        ("k1", -1, ("k1", "k2", "k3", "k4")),  # already first
        ("k4", 5, ("k1", "k2", "k3", "k4")),  # already last
        ("k4", -10, ("k4", "k1", "k2", "k3")),  # stops at the top
    ],
)
def test_moving_a_card_up_or_down_stops_at_either_end(store, card, steps, order):
    made = new_meeting(store, cards=["k1", "k2", "k3", "k4"])
    moved = move_card(store, made.id, card, steps, author="Bo", expected_version=1)
    assert moved.card_ids == order
    assert get_meeting(store, made.id).card_ids == order


def test_a_whole_new_order_is_saved(store):
    made = new_meeting(store, cards=["k1", "k2", "k3", "k4"])
    order = ["k3", "k1", "k4", "k2"]
    assert set_card_order(store, made.id, order, author="Bo", expected_version=1).card_ids == (
        "k3",
        "k1",
        "k4",
        "k2",
    )
    assert get_meeting(store, made.id).card_ids == tuple(order)


@pytest.mark.parametrize("order", [["k1", "k2"], ["k1", "k2", "k3", "k9"], ["k1", "k1", "k2"]])
def test_a_new_order_must_hold_exactly_the_meetings_cards(store, order):
    made = new_meeting(store)
    with pytest.raises(InvalidEntry) as refused:
        set_card_order(store, made.id, order, author="Bo", expected_version=1)
    assert refused.value.text_id == "store.order_mismatch"
    assert get_meeting(store, made.id) == made


def test_moving_a_card_that_is_not_in_the_meeting_is_refused(store):
    made = new_meeting(store)
    with pytest.raises(InvalidEntry) as refused:
        move_card(store, made.id, "k9", 1, author="Bo", expected_version=1)
    assert (refused.value.text_id, refused.value.fields) == (
        "store.card_not_in_meeting",
        {"card_id": "k9"},
    )


def test_a_reorder_on_a_stale_version_is_refused_and_the_fresh_order_kept(store):
    made = new_meeting(store)
    fresh = move_card(store, made.id, "k3", -2, author="Anna", expected_version=1)
    with pytest.raises(MeetingChanged) as stale:
        set_card_order(store, made.id, ["k2", "k1", "k3"], author="Bo", expected_version=1)
    assert stale.value.text_id == "store.meeting_changed"
    assert stale.value.fields == {
        "meeting_id": made.id,
        "expected_version": 1,
        "current_version": 2,
    }
    assert get_meeting(store, made.id) == fresh


def test_every_change_can_be_tied_to_the_version_it_was_made_on(store):
    made = new_meeting(store)
    add_card(store, made.id, "k4", author="Anna")
    for change in (
        lambda: rename_meeting(store, made.id, "X", author="Bo", expected_version=1),
        lambda: set_meeting_date(store, made.id, date(2027, 1, 1), author="Bo", expected_version=1),
        lambda: set_general_slide(store, made.id, "cakes", False, author="Bo", expected_version=1),
        lambda: add_card(store, made.id, "k5", author="Bo", expected_version=1),
        lambda: remove_card(store, made.id, "k1", author="Bo", expected_version=1),
        lambda: move_card(store, made.id, "k1", 1, author="Bo", expected_version=1),
        lambda: delete_meeting(store, made.id, author="Bo", expected_version=1),
    ):
        with pytest.raises(MeetingChanged):
            change()
    assert get_meeting(store, made.id).version == 2


def test_general_slides_are_switched_on_and_off_one_by_one(store):
    made = new_meeting(store)
    set_general_slide(store, made.id, "cakes", False, author="Bo")
    switched = set_general_slide(store, made.id, "clouds", False, author="Bo")
    assert switched.general_slides == {"title", "reflections"}
    assert set_general_slide(store, made.id, "cakes", True, author="Bo").general_slides == {
        "title",
        "cakes",
        "reflections",
    }


def test_a_copy_has_the_cards_slides_and_meeting_notes_and_goes_its_own_way(store):
    made = new_meeting(store)
    set_general_slide(store, made.id, "clouds", False, author="Anna")
    new_note(store, "k1", "Drøft", author="Bo", meeting_id=made.id)
    copy = copy_meeting(store, made.id, author="Cem", title="Kopi af mødet")
    original = get_meeting(store, made.id)
    assert copy.id != made.id
    assert (copy.title, copy.date, copy.card_ids) == ("Kopi af mødet", DAY, original.card_ids)
    assert copy.general_slides == original.general_slides
    assert (copy.created_by, copy.version) == ("Cem", 1)
    [note] = copy.cards[0].discussion_notes
    assert (note.text, note.author, note.meeting_id) == ("Drøft", "Bo", copy.id)
    remove_card(store, copy.id, "k1", author="Cem")
    assert get_meeting(store, made.id) == original
    assert copy_meeting(store, made.id, author="Cem").title == made.title


def test_deleting_a_meeting_takes_its_cards_and_meeting_notes_not_the_card_notes(store):
    made = new_meeting(store)
    kept = new_meeting(store)
    new_note(store, "k1", "I mødet", author="Bo", meeting_id=made.id)
    new_note(store, "k1", "På kortet", author="Bo")
    delete_meeting(store, made.id, author="Anna")
    with pytest.raises(NotFound) as gone:
        get_meeting(store, made.id)
    assert (gone.value.text_id, gone.value.fields) == (
        "store.meeting_not_found",
        {"meeting_id": made.id},
    )
    assert [m.id for m in list_meetings(store)] == [kept.id]
    assert [n.text for n in notes_on_card(store, RELAY, "k1")] == ["På kortet"]
    assert [c.card_notes[0].text for c in get_meeting(store, kept.id).cards[:1]] == ["På kortet"]


def test_the_current_slide_is_published_without_changing_the_meeting(store):
    made = new_meeting(store)
    set_current_slide(store, made.id, 7)
    assert current_slide(store, made.id) == 7
    opened = get_meeting(store, made.id)
    assert (opened.current_slide, opened.version, opened.changed_at) == (7, 1, made.changed_at)


@pytest.mark.parametrize(
    "call",
    [
        lambda store: get_meeting(store, "missing"),
        lambda store: rename_meeting(store, "missing", "T", author="Bo"),
        lambda store: add_card(store, "missing", "k1", author="Bo"),
        lambda store: copy_meeting(store, "missing", author="Bo"),
        lambda store: delete_meeting(store, "missing", author="Bo"),
        lambda store: set_current_slide(store, "missing", 2),
        lambda store: current_slide(store, "missing"),
    ],
)
def test_a_meeting_that_does_not_exist_is_not_found(store, call):
    with pytest.raises(NotFound) as missing:
        call(store)
    assert missing.value.text_id == "store.meeting_not_found"


@pytest.mark.parametrize(
    ("title", "text_id"),
    [
        ("", "store.title_blank"),
        ("  \n", "store.title_blank"),
        ("x" * (MAX_TITLE_CHARS + 1), "store.title_too_long"),
        ("Nul\x00tegn", "store.text_has_nul"),
    ],
)
def test_a_title_that_cannot_be_saved_is_refused_before_writing(store, title, text_id):
    with pytest.raises(InvalidEntry) as refused:
        new_meeting(store, title=title)
    assert refused.value.text_id == text_id
    made = new_meeting(store)
    with pytest.raises(InvalidEntry):
        rename_meeting(store, made.id, title, author="Bo")
    assert list_meetings(store)[0].title == made.title


def test_the_longest_title_allowed_is_kept_whole(store):
    title = "æ" * MAX_TITLE_CHARS
    assert get_meeting(store, new_meeting(store, title=title).id).title == title


@pytest.mark.parametrize(
    ("author", "text_id"), [("", "store.author_missing"), ("x" * 101, "store.author_too_long")]
)
def test_every_write_needs_a_name(store, author, text_id):
    made = new_meeting(store)
    with pytest.raises(InvalidEntry) as refused:
        add_card(store, made.id, "k4", author=author)
    assert refused.value.text_id == text_id


def test_a_meeting_holds_at_most_the_card_limit(store):
    cards = [f"k{i}" for i in range(MAX_CARDS_PER_MEETING)]
    with pytest.raises(LimitExceeded) as refused:
        new_meeting(store, cards=[*cards, "one more"])
    assert refused.value.fields["max"] == MAX_CARDS_PER_MEETING
    full = new_meeting(store, cards=cards)
    with pytest.raises(LimitExceeded) as refused:
        add_card(store, full.id, "one more", author="Bo")
    assert (refused.value.text_id, refused.value.fields) == (
        "store.too_many_cards",
        {"count": MAX_CARDS_PER_MEETING, "max": MAX_CARDS_PER_MEETING},
    )
    assert get_meeting(store, full.id).card_ids == tuple(cards)
