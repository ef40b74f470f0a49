"""Meetings (møder): a title, a date, the relay they belong to, an ordered list of cards, and
which general slides they show. Every write is one short transaction with its audit entry.

Writes that change the meeting give back the fresh `Meeting` (with its new `version`). Pass
`expected_version` (the version the member saw) to refuse the write with `MeetingChanged` if
someone else changed the meeting since; reordering always needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dashboard.store.audit import record
from dashboard.store.database import Store, new_id, transaction, utc_now
from dashboard.store.errors import InvalidEntry, NotFound
from dashboard.store.limits import (
    MAX_CARDS_PER_MEETING,
    MAX_TITLE_CHARS,
    check_room,
    checked_author,
    checked_card_id,
    checked_relay_id,
    checked_text,
)
from dashboard.store.models import MeetingCardRow, MeetingRow, NoteRow
from dashboard.store.queries import (
    SLIDE_COLUMNS,
    card_rows,
    locked_meeting,
    mark_changed,
    meeting_record,
)
from dashboard.store.records import GENERAL_SLIDES, GeneralSlide, Meeting, MeetingSummary


def _checked_title(title: str) -> str:
    return checked_text(
        title, max_chars=MAX_TITLE_CHARS, blank="store.title_blank", too_long="store.title_too_long"
    )


def _checked_cards(card_ids: Iterable[str]) -> list[str]:
    """The card ids in order, each once."""
    return list(dict.fromkeys(checked_card_id(card_id) for card_id in card_ids))


def create_meeting(
    store: Store,
    *,
    relay_id: str,
    title: str,
    meeting_date: date,
    author: str,
    card_ids: Iterable[str] = (),
) -> Meeting:
    """A new meeting on the relay `relay_id` (its fingerprint) with these cards in this order
    (a card named twice comes once) and every general slide switched on."""
    relay_id, title = checked_relay_id(relay_id), _checked_title(title)
    author = checked_author(author)
    cards = _checked_cards(card_ids)
    check_room(0, len(cards), max_count=MAX_CARDS_PER_MEETING, too_many="store.too_many_cards")
    now = utc_now()
    row = MeetingRow(
        id=new_id(),
        relay_id=relay_id,
        title=title,
        meeting_date=meeting_date,
        version=1,
        current_slide=1,
        created_at=now,
        created_by=author,
        changed_at=now,
        changed_by=author,
        **{column: True for column in SLIDE_COLUMNS.values()},
    )
    with transaction(store, writes=True) as session:
        session.add(row)
        session.flush()  # the meeting before its cards: the models leave the order to the store
        session.add_all(
            MeetingCardRow(meeting_id=row.id, card_id=card_id, position=position)
            for position, card_id in enumerate(cards)
        )
        record(
            session,
            actor=author,
            action="create_meeting",
            object_kind="meeting",
            object_id=row.id,
            meeting_id=row.id,
            details={
                "relay_id": relay_id,
                "title": title,
                "date": meeting_date.isoformat(),
                "cards": cards,
            },
        )
        return meeting_record(session, row)


def list_meetings(store: Store, relay_id: str | None = None) -> tuple[MeetingSummary, ...]:
    """Every meeting (or those on one relay), the last changed first."""
    counts = (
        select(MeetingCardRow.meeting_id, func.count().label("cards"))
        .group_by(MeetingCardRow.meeting_id)
        .subquery()
    )
    query = (
        select(MeetingRow, func.coalesce(counts.c.cards, 0))
        .outerjoin(counts, counts.c.meeting_id == MeetingRow.id)
        .order_by(MeetingRow.changed_at.desc(), MeetingRow.id)
    )
    if relay_id is not None:
        query = query.where(MeetingRow.relay_id == relay_id)
    with transaction(store, writes=False) as session:
        return tuple(
            MeetingSummary(
                id=row.id,
                relay_id=row.relay_id,
                title=row.title,
                date=row.meeting_date,
                card_count=card_count,
                version=row.version,
                changed_at=row.changed_at,
                changed_by=row.changed_by,
            )
            for row, card_count in session.execute(query)
        )


def get_meeting(store: Store, meeting_id: str) -> Meeting:
    """The meeting with its cards in order and their notes; raises `NotFound`."""
    with transaction(store, writes=False) as session:
        row = session.get(MeetingRow, meeting_id)
        if row is None:
            raise NotFound("store.meeting_not_found", meeting_id=meeting_id)
        return meeting_record(session, row)


# What a change does to a locked meeting: the details for the audit trail, or None when it
# leaves the meeting as it was (then nothing is recorded and the version stays).
_Change = Callable[[Session, MeetingRow], dict[str, Any] | None]


def _change_meeting(
    store: Store,
    meeting_id: str,
    action: str,
    change: _Change,
    author: str,
    expected_version: int | None,
) -> Meeting:
    """Make `change` to the locked meeting and record it as `action` by `author`."""
    author = checked_author(author)
    with transaction(store, writes=True) as session:
        row = locked_meeting(session, meeting_id, expected_version)
        details = change(session, row)
        if details is not None:
            mark_changed(row, author)
            record(
                session,
                actor=author,
                action=action,
                object_kind="meeting",
                object_id=meeting_id,
                meeting_id=meeting_id,
                details=details,
            )
        return meeting_record(session, row)


def _set_field(
    store: Store,
    meeting_id: str,
    action: str,
    column: str,
    value: object,
    author: str,
    expected_version: int | None,
) -> Meeting:
    """Set one of the meeting's own columns; recorded with its value before and after."""

    def set_value(_session: Session, row: MeetingRow) -> dict[str, Any] | None:
        previous = getattr(row, column)
        if previous == value:
            return None
        setattr(row, column, value)
        return {"field": column, "value": _as_json(value), "previous": _as_json(previous)}

    return _change_meeting(store, meeting_id, action, set_value, author, expected_version)


def _as_json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def rename_meeting(
    store: Store, meeting_id: str, title: str, *, author: str, expected_version: int | None = None
) -> Meeting:
    title = _checked_title(title)
    return _set_field(store, meeting_id, "rename_meeting", "title", title, author, expected_version)


def set_meeting_date(
    store: Store,
    meeting_id: str,
    meeting_date: date,
    *,
    author: str,
    expected_version: int | None = None,
) -> Meeting:
    return _set_field(
        store,
        meeting_id,
        "set_meeting_date",
        "meeting_date",
        meeting_date,
        author,
        expected_version,
    )


def set_general_slide(
    store: Store,
    meeting_id: str,
    slide: GeneralSlide,
    shown: bool,
    *,
    author: str,
    expected_version: int | None = None,
) -> Meeting:
    """Switch one of the general slides (title, cakes, clouds, reflections) on or off."""
    if slide not in GENERAL_SLIDES:
        raise ValueError(f"no general slide {slide!r}; one of {GENERAL_SLIDES}")
    return _set_field(
        store,
        meeting_id,
        "set_general_slide",
        SLIDE_COLUMNS[slide],
        shown,
        author,
        expected_version,
    )


def add_card(
    store: Store,
    meeting_id: str,
    card_id: str,
    *,
    author: str,
    expected_version: int | None = None,
) -> Meeting:
    """Put the card last in the meeting (starring it); a card already there stays where it is."""
    card_id = checked_card_id(card_id)

    def add(session: Session, row: MeetingRow) -> dict[str, Any] | None:
        cards = card_rows(session, row.id)
        if any(card.card_id == card_id for card in cards):
            return None
        check_room(len(cards), 1, max_count=MAX_CARDS_PER_MEETING, too_many="store.too_many_cards")
        session.add(MeetingCardRow(meeting_id=row.id, card_id=card_id, position=len(cards)))
        return {"card_id": card_id, "position": len(cards)}

    return _change_meeting(store, meeting_id, "add_card", add, author, expected_version)


def remove_card(
    store: Store,
    meeting_id: str,
    card_id: str,
    *,
    author: str,
    expected_version: int | None = None,
) -> Meeting:
    """Take the card out of the meeting (unstarring it). Its notes in the meeting are kept and
    come back with the card."""

    def remove(session: Session, row: MeetingRow) -> dict[str, Any] | None:
        cards = card_rows(session, row.id)
        ids = [card.card_id for card in cards]
        if card_id not in ids:
            return None
        position = ids.index(card_id)
        session.delete(cards.pop(position))
        _write_order(cards, [card.card_id for card in cards])
        return {"card_id": card_id, "position": position}

    return _change_meeting(store, meeting_id, "remove_card", remove, author, expected_version)


def move_card(
    store: Store,
    meeting_id: str,
    card_id: str,
    steps: int,
    *,
    author: str,
    expected_version: int,
) -> Meeting:
    """Move the card `steps` places later (negative: earlier), stopping at either end."""

    def move(session: Session, row: MeetingRow) -> dict[str, Any] | None:
        cards = card_rows(session, row.id)
        order = [card.card_id for card in cards]
        if card_id not in order:
            raise InvalidEntry("store.card_not_in_meeting", card_id=card_id)
        start = order.index(card_id)
        end = min(max(start + steps, 0), len(order) - 1)
        if end == start:
            return None
        order.insert(end, order.pop(start))
        _write_order(cards, order)
        return {"card_id": card_id, "from": start, "to": end}

    return _change_meeting(store, meeting_id, "move_card", move, author, expected_version)


def set_card_order(
    store: Store,
    meeting_id: str,
    card_ids: Sequence[str],
    *,
    author: str,
    expected_version: int,
) -> Meeting:
    """Give the meeting's cards a whole new order (e.g. after dragging); `card_ids` must be
    exactly the meeting's cards."""

    def reorder(session: Session, row: MeetingRow) -> dict[str, Any] | None:
        cards = card_rows(session, row.id)
        current = [card.card_id for card in cards]
        order = list(card_ids)
        if sorted(order) != sorted(current):
            raise InvalidEntry("store.order_mismatch", meeting_id=meeting_id)
        if order == current:
            return None
        _write_order(cards, order)
        return {"order": order}

    return _change_meeting(store, meeting_id, "set_card_order", reorder, author, expected_version)


def _write_order(cards: list[MeetingCardRow], order: list[str]) -> None:
    """Give each card its place in `order` (the same cards); only moved rows are updated."""
    position = {card_id: index for index, card_id in enumerate(order)}
    for card in cards:
        card.position = position[card.card_id]


def copy_meeting(
    store: Store, meeting_id: str, *, author: str, title: str | None = None
) -> Meeting:
    """A new meeting with the same relay, date, cards, general slides and notes in the meeting
    (each note keeping its author and time), titled `title` or as the original."""
    author = checked_author(author)
    title = None if title is None else _checked_title(title)
    with transaction(store, writes=True) as session:
        original = session.get(MeetingRow, meeting_id)
        if original is None:
            raise NotFound("store.meeting_not_found", meeting_id=meeting_id)
        now = utc_now()
        copy = MeetingRow(
            id=new_id(),
            relay_id=original.relay_id,
            title=original.title if title is None else title,
            meeting_date=original.meeting_date,
            version=1,
            current_slide=1,
            created_at=now,
            created_by=author,
            changed_at=now,
            changed_by=author,
            **{column: getattr(original, column) for column in SLIDE_COLUMNS.values()},
        )
        session.add(copy)
        session.flush()  # the meeting before its cards and notes
        session.add_all(
            MeetingCardRow(meeting_id=copy.id, card_id=card.card_id, position=card.position)
            for card in card_rows(session, meeting_id)
        )
        notes = session.scalars(select(NoteRow).where(NoteRow.meeting_id == meeting_id))
        session.add_all(
            NoteRow(
                id=new_id(),
                relay_id=note.relay_id,
                card_id=note.card_id,
                meeting_id=copy.id,
                text=note.text,
                author=note.author,
                created_at=note.created_at,
            )
            for note in notes
        )
        record(
            session,
            actor=author,
            action="copy_meeting",
            object_kind="meeting",
            object_id=copy.id,
            meeting_id=copy.id,
            details={"copied_from": meeting_id, "title": copy.title},
        )
        return meeting_record(session, copy)


def delete_meeting(
    store: Store, meeting_id: str, *, author: str, expected_version: int | None = None
) -> None:
    """Delete the meeting with its cards and its notes in the meeting (notes on the cards
    outside any meeting stay). Its history stays in the audit trail."""
    author = checked_author(author)
    with transaction(store, writes=True) as session:
        row = locked_meeting(session, meeting_id, expected_version)
        cards = len(card_rows(session, meeting_id))
        notes = session.scalar(
            select(func.count()).select_from(NoteRow).where(NoteRow.meeting_id == meeting_id)
        )
        record(
            session,
            actor=author,
            action="delete_meeting",
            object_kind="meeting",
            object_id=meeting_id,
            meeting_id=meeting_id,
            details={"title": row.title, "cards": cards, "notes": notes},
        )
        session.execute(delete(MeetingRow).where(MeetingRow.id == meeting_id))


def set_current_slide(store: Store, meeting_id: str, slide: int) -> None:
    """Publish where a presenter of the meeting is (1 = first slide), for its audience.

    Not a change to the meeting: no new version, no audit entry (a presenter steps often).
    """
    if slide < 1:
        raise ValueError(f"slides count from 1, not {slide}")
    with transaction(store, writes=True) as session:
        statement = update(MeetingRow).where(MeetingRow.id == meeting_id)
        if session.execute(statement.values(current_slide=slide)).rowcount == 0:
            raise NotFound("store.meeting_not_found", meeting_id=meeting_id)


def current_slide(store: Store, meeting_id: str) -> int:
    """Where the meeting's presenter is: a cheap read for an audience that follows."""
    with transaction(store, writes=False) as session:
        slide = session.scalar(select(MeetingRow.current_slide).where(MeetingRow.id == meeting_id))
    if slide is None:
        raise NotFound("store.meeting_not_found", meeting_id=meeting_id)
    return slide
