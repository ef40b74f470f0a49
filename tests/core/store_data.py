"""What the store's tests make: meetings, notes and a saved relay on one relay id."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dashboard.store import (
    Meeting,
    Note,
    SavedRelay,
    add_note,
    create_meeting,
    save_relay,
)

RELAY = "a" * 64  # a relay's fingerprint
OTHER_RELAY = "b" * 64
DAY = date(2026, 3, 5)
TITLE = "Møde om krydspres"


def new_meeting(
    store,
    cards: Iterable[str] = ("k1", "k2", "k3"),
    *,
    title: str = TITLE,
    author: str = "Anna",
    relay: str = RELAY,
) -> Meeting:
    return create_meeting(
        store, relay_id=relay, title=title, meeting_date=DAY, author=author, card_ids=cards
    )


def new_note(
    store,
    card: str = "k1",
    text: str = "En note",
    *,
    author: str = "Bo",
    relay: str = RELAY,
    meeting_id: str | None = None,
) -> Note:
    return add_note(
        store, relay_id=relay, card_id=card, text=text, author=author, meeting_id=meeting_id
    )


def save_small_relay(store, *, author: str = "Dan", fingerprint: str = "f" * 64) -> SavedRelay:
    return save_relay(
        store,
        fingerprint=fingerprint,
        file_name="stafet.csv",
        table_bytes=b"id,group,theme,question,answer\n",
        metadata_bytes=None,
        author=author,
    )
