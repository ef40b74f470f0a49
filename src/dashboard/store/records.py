"""What the store gives back: frozen dataclasses, never ORM objects.

Authors are the names members gave; `None` where an author was forgotten on request.
Times are aware datetimes in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, Literal

GeneralSlide = Literal["title", "cakes", "clouds", "reflections"]
# The general slides a meeting can show besides its cards, in the order a deck shows them.
GENERAL_SLIDES: Final[tuple[GeneralSlide, ...]] = ("title", "cakes", "clouds", "reflections")


@dataclass(frozen=True)
class Note:
    id: str
    relay_id: str
    card_id: str
    meeting_id: str | None  # set for a meeting's note on the card (til drøftelse)
    text: str
    author: str | None
    created_at: datetime


@dataclass(frozen=True)
class MeetingCard:
    """A card in a meeting, with the notes a deck or an export shows beside it."""

    card_id: str
    discussion_notes: tuple[Note, ...]  # this meeting's notes on the card, oldest first
    card_notes: tuple[Note, ...]  # notes on the card outside any meeting, oldest first


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as the list of meetings shows it."""

    id: str
    relay_id: str
    title: str
    date: date
    card_count: int
    version: int
    changed_at: datetime
    changed_by: str | None


@dataclass(frozen=True)
class Meeting:
    id: str
    relay_id: str
    title: str
    date: date
    # Pass it back with a reorder: the write is refused if someone changed the meeting since.
    version: int
    cards: tuple[MeetingCard, ...]
    general_slides: frozenset[GeneralSlide]  # the ones switched on
    current_slide: int  # where a presenter is (1 = first slide)
    created_at: datetime
    created_by: str | None
    changed_at: datetime
    changed_by: str | None

    @property
    def card_ids(self) -> tuple[str, ...]:
        return tuple(card.card_id for card in self.cards)


@dataclass(frozen=True)
class SavedRelay:
    """An uploaded relay kept in the database, without its bytes."""

    fingerprint: str
    file_name: str
    size: int
    has_metadata: bool
    saved_by: str | None
    saved_at: datetime


@dataclass(frozen=True)
class SavedRelayFiles:
    """A saved relay's files as they were uploaded, to be read as a relay again."""

    fingerprint: str
    file_name: str
    table_bytes: bytes
    metadata_bytes: bytes | None


@dataclass(frozen=True)
class AuditEntry:
    """One write: who, when, what (`action` on `object_kind` `object_id`) and what changed."""

    id: int
    at: datetime
    actor: str | None
    action: str
    object_kind: str
    object_id: str | None
    meeting_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class Forgotten:
    """What forgetting an author changed."""

    notes: int
    tags: int
    meetings: int
    saved_relays: int
    audit_entries: int
