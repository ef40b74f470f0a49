"""Notes on cards and members' tags, in the store – on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from dashboard.store import (
    InvalidEntry,
    LimitExceeded,
    NotFound,
    add_card,
    add_tag,
    cards_with_notes,
    cards_with_tag,
    delete_note,
    get_meeting,
    note_counts,
    notes_on_card,
    remove_tag,
    tag_labels,
    tags_by_card,
)
from dashboard.store.limits import MAX_NOTE_CHARS, MAX_NOTES_PER_CARD, MAX_TAGS_PER_CARD
from tests.core.store_data import OTHER_RELAY, RELAY, new_meeting
from tests.core.store_data import new_note as note


def tag(store, label, card="k1", author="Anna", relay=RELAY):
    return add_tag(store, relay_id=relay, card_id=card, label=label, author=author)


def test_notes_on_a_card_show_their_author_and_time_oldest_first(store):
    first = note(store, text="Først", author="Anna")
    second = note(store, text="Så", author="Bo")
    listed = notes_on_card(store, RELAY, "k1")
    assert listed == (first, second)
    assert [(n.text, n.author) for n in listed] == [("Først", "Anna"), ("Så", "Bo")]
    assert listed[0].created_at <= listed[1].created_at
    assert listed[0].created_at.tzinfo is not None


def test_a_note_is_stored_exactly_as_typed(store):
    typed = "  **fed** <img src=x onerror=alert(1)> ![](http://x/y.png) =SUM(A1)\r\n\ttab 🙂 "
    note(store, text=typed)
    assert notes_on_card(store, RELAY, "k1")[0].text == typed


def test_counts_and_cards_with_notes_are_per_relay(store):
    note(store, card="k1")
    note(store, card="k1")
    note(store, card="k2")
    note(store, card="k1", relay=OTHER_RELAY)
    assert note_counts(store, RELAY) == {"k1": 2, "k2": 1}
    assert cards_with_notes(store, RELAY) == {"k1", "k2"}
    assert note_counts(store, "c" * 64) == {}


def test_a_meetings_note_on_its_card_shows_in_the_meeting_beside_the_cards_notes(store):
    meeting = new_meeting(store, ["k1", "k2"])
    general = note(store, card="k1", text="Om kortet")
    discussion = note(store, card="k1", text="Til drøftelse", author="Bo", meeting_id=meeting.id)
    opened = get_meeting(store, meeting.id)
    assert opened.cards[0].discussion_notes == (discussion,)
    assert opened.cards[0].card_notes == (general,)
    assert opened.cards[1].discussion_notes == opened.cards[1].card_notes == ()
    # A note marks the meeting changed by its author, without a new version for reorders.
    assert (opened.changed_by, opened.version) == ("Bo", 1)
    assert note_counts(store, RELAY) == {"k1": 2}


def test_a_meetings_note_must_be_on_one_of_its_cards(store):
    meeting = new_meeting(store, ["k1"])
    with pytest.raises(InvalidEntry) as refused:
        note(store, card="k2", meeting_id=meeting.id)
    assert refused.value.text_id == "store.card_not_in_meeting"
    with pytest.raises(InvalidEntry):
        note(store, card="k1", relay=OTHER_RELAY, meeting_id=meeting.id)
    with pytest.raises(NotFound):
        note(store, card="k1", meeting_id="missing")
    add_card(store, meeting.id, "k2", author="Anna")
    note(store, card="k2", meeting_id=meeting.id)
    assert note_counts(store, RELAY) == {"k2": 1}


def test_a_deleted_note_is_gone(store):
    kept, deleted = note(store, text="Bliver"), note(store, text="Slettes")
    delete_note(store, deleted.id, author="Bo")
    assert notes_on_card(store, RELAY, "k1") == (kept,)
    with pytest.raises(NotFound) as gone:
        delete_note(store, deleted.id, author="Bo")
    assert gone.value.text_id == "store.note_not_found"


@pytest.mark.parametrize(
    ("text", "text_id"),
    [
        ("", "store.note_blank"),
        (" \n\t", "store.note_blank"),
        ("x" * (MAX_NOTE_CHARS + 1), "store.note_too_long"),
        ("a\x00b", "store.text_has_nul"),
    ],
    ids=["empty", "blank", "too long", "NUL"],
)
def test_a_note_that_cannot_be_saved_is_refused_and_nothing_written(store, text, text_id):
    with pytest.raises(InvalidEntry) as refused:
        note(store, text=text)
    assert refused.value.text_id == text_id
    assert notes_on_card(store, RELAY, "k1") == ()


def test_the_longest_note_allowed_is_kept_whole(store):
    text = "ø" * MAX_NOTE_CHARS
    note(store, text=text)
    assert notes_on_card(store, RELAY, "k1")[0].text == text


def test_a_card_takes_at_most_the_note_limit(store):
    for number in range(MAX_NOTES_PER_CARD):
        note(store, text=f"Note {number}")
    with pytest.raises(LimitExceeded) as refused:
        note(store, text="one more")
    assert (refused.value.text_id, refused.value.fields["max"]) == (
        "store.too_many_notes",
        MAX_NOTES_PER_CARD,
    )
    note(store, card="k2")
    assert note_counts(store, RELAY) == {"k1": MAX_NOTES_PER_CARD, "k2": 1}


def test_tags_label_cards_and_filter_them(store):
    assert tag(store, "anbefaling 3", card="k1") is True
    assert tag(store, "anbefaling 3", card="k2", author="Bo") is True
    assert tag(store, "til næste møde", card="k2") is True
    assert tag(store, "Anbefaling 3", card="k3") is True  # another label: stored as typed
    tag(store, "anbefaling 3", card="k9", relay=OTHER_RELAY)
    assert tag_labels(store, RELAY) == {"anbefaling 3": 2, "Anbefaling 3": 1, "til næste møde": 1}
    assert cards_with_tag(store, RELAY, "anbefaling 3") == {"k1", "k2"}
    assert tags_by_card(store, RELAY) == {
        "k1": ("anbefaling 3",),
        "k2": ("anbefaling 3", "til næste møde"),
        "k3": ("Anbefaling 3",),
    }


def test_a_label_is_on_a_card_once_and_anyone_can_take_it_off(store):
    assert tag(store, "vigtigt", author="Anna") is True
    assert tag(store, "vigtigt", author="Bo") is False
    assert tag_labels(store, RELAY) == {"vigtigt": 1}
    assert remove_tag(store, relay_id=RELAY, card_id="k1", label="vigtigt", author="Bo") is True
    assert remove_tag(store, relay_id=RELAY, card_id="k1", label="vigtigt", author="Bo") is False
    assert tag_labels(store, RELAY) == {}
    assert cards_with_tag(store, RELAY, "vigtigt") == frozenset()


@pytest.mark.parametrize(
    ("label", "text_id"),
    [("", "store.tag_blank"), ("x" * 61, "store.tag_too_long"), ("\x00", "store.text_has_nul")],
    ids=["blank", "too long", "NUL"],
)
def test_a_label_that_cannot_be_saved_is_refused(store, label, text_id):
    with pytest.raises(InvalidEntry) as refused:
        tag(store, label)
    assert refused.value.text_id == text_id
    assert tag_labels(store, RELAY) == {}


def test_a_card_takes_at_most_the_tag_limit(store):
    for number in range(MAX_TAGS_PER_CARD):
        tag(store, f"mærke {number}")
    assert tag(store, "mærke 0") is False  # one already there is no new tag
    with pytest.raises(LimitExceeded) as refused:
        tag(store, "one more")
    assert refused.value.text_id == "store.too_many_tags"
    assert len(tags_by_card(store, RELAY)["k1"]) == MAX_TAGS_PER_CARD
