"""What several parts of the store do inside their transactions: find and lock a meeting, mark
it changed, and turn rows into the records the store gives back."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from dashboard.store.database import utc_now
from dashboard.store.errors import MeetingChanged, NotFound
from dashboard.store.models import MeetingCardRow, MeetingRow, NoteRow
from dashboard.store.records import GENERAL_SLIDES, GeneralSlide, Meeting, MeetingCard, Note

# The meeting row's column that switches each general slide on or off.
SLIDE_COLUMNS: dict[GeneralSlide, str] = {
    "title": "show_title",
    "cakes": "show_cakes",
    "clouds": "show_clouds",
    "reflections": "show_reflections",
}


def locked_meeting(
    session: Session, meeting_id: str, expected_version: int | None = None
) -> MeetingRow:
    """The meeting's row, locked until the transaction ends, so writers to one meeting take
    turns; raises `MeetingChanged` if it is no longer at `expected_version` (None: any)."""
    row = session.scalars(
        select(MeetingRow).where(MeetingRow.id == meeting_id).with_for_update()
    ).one_or_none()
    if row is None:
        raise NotFound("store.meeting_not_found", meeting_id=meeting_id)
    if expected_version is not None and row.version != expected_version:
        raise MeetingChanged(
            "store.meeting_changed",
            meeting_id=meeting_id,
            expected_version=expected_version,
            current_version=row.version,
        )
    return row


def mark_changed(row: MeetingRow, author: str, *, new_version: bool = True) -> None:
    """Who changed the meeting and when; a new version unless only its notes changed."""
    if new_version:
        row.version += 1
    row.changed_at = utc_now()
    row.changed_by = author


def card_rows(session: Session, meeting_id: str) -> list[MeetingCardRow]:
    """The meeting's cards in order."""
    query = (
        select(MeetingCardRow)
        .where(MeetingCardRow.meeting_id == meeting_id)
        .order_by(MeetingCardRow.position)
    )
    return list(session.scalars(query))


def note_record(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        relay_id=row.relay_id,
        card_id=row.card_id,
        meeting_id=row.meeting_id,
        text=row.text,
        author=row.author,
        created_at=row.created_at,
    )


def meeting_record(session: Session, row: MeetingRow) -> Meeting:
    """The meeting with its cards in order and, per card, its notes in this meeting and the
    card's notes outside any meeting."""
    notes_query = (
        select(NoteRow)
        .join(
            MeetingCardRow,
            and_(MeetingCardRow.card_id == NoteRow.card_id, MeetingCardRow.meeting_id == row.id),
        )
        .where(
            NoteRow.relay_id == row.relay_id,
            or_(NoteRow.meeting_id.is_(None), NoteRow.meeting_id == row.id),
        )
        .order_by(NoteRow.created_at, NoteRow.id)
    )
    notes: dict[str, list[Note]] = {}
    for note in session.scalars(notes_query):
        notes.setdefault(note.card_id, []).append(note_record(note))
    # Only the ids, not ORM objects: a meeting is read back after every star and reorder.
    card_ids = session.scalars(
        select(MeetingCardRow.card_id)
        .where(MeetingCardRow.meeting_id == row.id)
        .order_by(MeetingCardRow.position)
    )
    cards = []
    for card_id in card_ids:
        on_card = notes.get(card_id, [])
        cards.append(
            MeetingCard(
                card_id=card_id,
                discussion_notes=tuple(n for n in on_card if n.meeting_id is not None),
                card_notes=tuple(n for n in on_card if n.meeting_id is None),
            )
        )
    return Meeting(
        id=row.id,
        relay_id=row.relay_id,
        title=row.title,
        date=row.meeting_date,
        version=row.version,
        cards=tuple(cards),
        general_slides=frozenset(s for s in GENERAL_SLIDES if getattr(row, SLIDE_COLUMNS[s])),
        current_slide=row.current_slide,
        created_at=row.created_at,
        created_by=row.created_by,
        changed_at=row.changed_at,
        changed_by=row.changed_by,
    )
