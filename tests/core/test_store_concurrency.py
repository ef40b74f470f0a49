"""Members working at the same moment, each through a store of their own (as on two servers):
real threads on real connections to SQLite and to PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.store import (
    Meeting,
    MeetingChanged,
    StoreError,
    add_card,
    add_tag,
    get_meeting,
    list_audit,
    open_store,
    saved_relays,
    set_card_order,
    tag_labels,
)
from tests.core.store_data import RELAY, new_meeting, new_note, save_small_relay

MEMBERS = 6


@pytest.fixture
def stores(database_url):
    """One store per member, each with its own connections."""
    opened = [open_store(database_url) for _ in range(MEMBERS)]
    yield opened
    for store in opened:
        store.close()


def at_once(stores, work: Callable[[object, int], object]) -> list[object]:
    """Run work(store, member) for every member at the same moment; results or store errors."""
    start = threading.Barrier(len(stores))

    def member(number: int) -> object:
        start.wait()
        try:
            return work(stores[number], number)
        except StoreError as error:
            return error

    with ThreadPoolExecutor(len(stores)) as pool:
        return list(pool.map(member, range(len(stores))))


def test_members_adding_notes_to_one_meeting_at_once_all_keep_theirs(stores):
    meeting = new_meeting(stores[0])
    results = at_once(
        stores,
        lambda store, member: new_note(
            store, "k2", f"Note fra medlem {member}", author=f"M{member}", meeting_id=meeting.id
        ),
    )
    assert not [r for r in results if isinstance(r, StoreError)]
    opened = get_meeting(stores[0], meeting.id)
    assert sorted(n.text for n in opened.cards[1].discussion_notes) == [
        f"Note fra medlem {member}" for member in range(MEMBERS)
    ]
    assert opened.version == 1  # notes leave a reorder's version alone


@pytest.mark.parametrize("round_number", range(3))
def test_reorders_at_once_never_interleave_all_but_one_are_told(stores, round_number):
    meeting = new_meeting(stores[0], cards=[f"k{i}" for i in range(10)])
    # Each member rotates the cards by a different amount.
    orders = [[*meeting.card_ids[m + 1 :], *meeting.card_ids[: m + 1]] for m in range(MEMBERS)]
    results = at_once(
        stores,
        lambda store, member: set_card_order(
            store, meeting.id, orders[member], author=f"Medlem {member}", expected_version=1
        ),
    )
    [winner] = [r for r in results if isinstance(r, Meeting)]
    told = [r for r in results if isinstance(r, MeetingChanged)]
    assert len(told) == MEMBERS - 1
    assert {t.fields["current_version"] for t in told} == {2}
    assert get_meeting(stores[0], meeting.id).card_ids == winner.card_ids
    assert list(winner.card_ids) in orders


def test_members_starring_cards_at_once_all_get_in_one_after_another(stores):
    meeting = new_meeting(stores[0], cards=["k0"])
    at_once(
        stores,
        lambda store, member: add_card(store, meeting.id, f"s{member}", author=f"M{member}"),
    )
    opened = get_meeting(stores[0], meeting.id)
    assert opened.card_ids[0] == "k0"
    assert sorted(opened.card_ids[1:]) == [f"s{member}" for member in range(MEMBERS)]
    assert opened.version == 1 + MEMBERS
    added = [e.details["position"] for e in list_audit(stores[0]) if e.action == "add_card"]
    assert sorted(added) == list(range(1, MEMBERS + 1))


def test_the_same_tag_put_on_at_once_is_there_once(stores):
    results = at_once(
        stores,
        lambda store, member: add_tag(
            store, relay_id=RELAY, card_id="k1", label="vigtigt", author=f"M{member}"
        ),
    )
    assert sorted(results) == [False] * (MEMBERS - 1) + [True]
    assert tag_labels(stores[0], RELAY) == {"vigtigt": 1}


def test_the_same_relay_saved_at_once_is_kept_once(stores):
    results = at_once(
        stores,
        lambda store, member: save_small_relay(store, author=f"M{member}"),
    )
    assert len(set(results)) == 1
    assert len(saved_relays(stores[0])) == 1
    assert [e.action for e in list_audit(stores[0])] == ["save_relay"]
