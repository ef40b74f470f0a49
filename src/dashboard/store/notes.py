"""Notes (noter) on cards: anyone's note on any card of a relay, with its author and time, or a
meeting's note on one of its cards (til drøftelse). Notes are only ever added, never
overwritten, so two members writing at once both keep theirs."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dashboard.store.audit import record
from dashboard.store.database import Store, new_id, transaction, utc_now
from dashboard.store.errors import InvalidEntry, NotFound
from dashboard.store.limits import (
    MAX_NOTE_CHARS,
    MAX_NOTES_PER_CARD,
    check_room,
    checked_author,
    checked_card_id,
    checked_relay_id,
    checked_text,
)
from dashboard.store.models import NoteRow
from dashboard.store.queries import card_rows, locked_meeting, mark_changed, note_record
from dashboard.store.records import Note


def add_note(
    store: Store,
    *,
    relay_id: str,
    card_id: str,
    text: str,
    author: str,
    meeting_id: str | None = None,
) -> Note:
    """A new note on the card, stored exactly as typed; with `meeting_id`, the meeting's note on
    one of its cards (it marks the meeting changed, without a new version)."""
    relay_id, card_id = checked_relay_id(relay_id), checked_card_id(card_id)
    author = checked_author(author)
    text = checked_text(
        text, max_chars=MAX_NOTE_CHARS, blank="store.note_blank", too_long="store.note_too_long"
    )
    with transaction(store, writes=True) as session:
        if meeting_id is not None:
            _check_card_in_meeting(session, meeting_id, relay_id, card_id, author)
        on_card = session.scalar(
            select(func.count())
            .select_from(NoteRow)
            .where(NoteRow.relay_id == relay_id, NoteRow.card_id == card_id)
        )
        check_room(on_card or 0, 1, max_count=MAX_NOTES_PER_CARD, too_many="store.too_many_notes")
        row = NoteRow(
            id=new_id(),
            relay_id=relay_id,
            card_id=card_id,
            meeting_id=meeting_id,
            text=text,
            author=author,
            created_at=utc_now(),
        )
        session.add(row)
        record(
            session,
            actor=author,
            action="add_note",
            object_kind="note",
            object_id=row.id,
            meeting_id=meeting_id,
            details={"relay_id": relay_id, "card_id": card_id, "characters": len(text)},
        )
        return note_record(row)


def _check_card_in_meeting(
    session: Session, meeting_id: str, relay_id: str, card_id: str, author: str
) -> None:
    meeting = locked_meeting(session, meeting_id)
    in_meeting = {card.card_id for card in card_rows(session, meeting_id)}
    if meeting.relay_id != relay_id or card_id not in in_meeting:
        raise InvalidEntry("store.card_not_in_meeting", card_id=card_id)
    mark_changed(meeting, author, new_version=False)


def delete_note(store: Store, note_id: str, *, author: str) -> None:
    """Delete the note (raises `NotFound` if it is gone already)."""
    author = checked_author(author)
    with transaction(store, writes=True) as session:
        row = session.get(NoteRow, note_id)
        if row is None:
            raise NotFound("store.note_not_found", note_id=note_id)
        record(
            session,
            actor=author,
            action="delete_note",
            object_kind="note",
            object_id=note_id,
            meeting_id=row.meeting_id,
            details={"relay_id": row.relay_id, "card_id": row.card_id},
        )
        session.execute(delete(NoteRow).where(NoteRow.id == note_id))


def notes_on_card(store: Store, relay_id: str, card_id: str) -> tuple[Note, ...]:
    """Every note on the card, in meetings and outside them, oldest first."""
    query = (
        select(NoteRow)
        .where(NoteRow.relay_id == relay_id, NoteRow.card_id == card_id)
        .order_by(NoteRow.created_at, NoteRow.id)
    )
    with transaction(store, writes=False) as session:
        return tuple(note_record(row) for row in session.scalars(query))


def note_counts(store: Store, relay_id: str) -> dict[str, int]:
    """How many notes each card of the relay has; cards without notes are left out."""
    query = (
        select(NoteRow.card_id, func.count())
        .where(NoteRow.relay_id == relay_id)
        .group_by(NoteRow.card_id)
    )
    with transaction(store, writes=False) as session:
        return {card_id: count for card_id, count in session.execute(query)}


def cards_with_notes(store: Store, relay_id: str) -> frozenset[str]:
    return frozenset(note_counts(store, relay_id))
