"""The audit trail: every write records who, when and what changed, in its own transaction;
listing it; and forgetting an author (on request, or when they leave the commission)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.orm import Session

from dashboard.store.database import Store, transaction, utc_now
from dashboard.store.limits import checked_author
from dashboard.store.models import AuditRow, MeetingRow, NoteRow, SavedRelayRow, TagRow
from dashboard.store.records import AuditEntry, Forgotten


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    object_kind: str,
    object_id: str | None,
    meeting_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one entry to the trail, in the transaction of the write it describes.

    `action` is one word in snake case (e.g. "add_note"); `details` a small JSON object of
    what changed. Note texts stay out of it, so forgetting an author forgets their words.
    """
    session.add(
        AuditRow(
            at=utc_now(),
            actor=actor,
            action=action,
            object_kind=object_kind,
            object_id=object_id,
            meeting_id=meeting_id,
            details=details or {},
        )
    )


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        object_kind=row.object_kind,
        object_id=row.object_id,
        meeting_id=row.meeting_id,
        details=dict(row.details),
    )


def list_audit(
    store: Store,
    *,
    since: datetime | None = None,
    meeting_id: str | None = None,
    limit: int | None = None,
) -> tuple[AuditEntry, ...]:
    """The trail, oldest first: entries at or after `since` (naive means UTC), of one meeting
    (its history, also after it was deleted), the latest `limit` of them."""
    query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if since is not None:
        query = query.where(AuditRow.at >= since)
    if meeting_id is not None:
        query = query.where(AuditRow.meeting_id == meeting_id)
    with transaction(store, writes=False) as session:
        return tuple(reversed([_entry(row) for row in session.scalars(query)]))


def forget_author(store: Store, author: str, *, by: str, remove: bool = False) -> Forgotten:
    """Forget `author`: their notes and tags are anonymised (with `remove`, deleted), and their
    name leaves meetings, saved relays and the trail. Recorded by `by`, without the name."""
    by = checked_author(by)
    with transaction(store, writes=True) as session:
        if remove:
            notes = session.execute(delete(NoteRow).where(NoteRow.author == author)).rowcount
            tags = session.execute(delete(TagRow).where(TagRow.author == author)).rowcount
        else:
            notes = _anonymise(session, NoteRow.author, author)
            tags = _anonymise(session, TagRow.author, author)
        meetings = session.execute(
            update(MeetingRow)
            .where(or_(MeetingRow.created_by == author, MeetingRow.changed_by == author))
            .values(
                created_by=_unless(MeetingRow.created_by, author),
                changed_by=_unless(MeetingRow.changed_by, author),
            )
        ).rowcount
        saved_relays = _anonymise(session, SavedRelayRow.saved_by, author)
        audit_entries = _anonymise(session, AuditRow.actor, author)
        forgotten = Forgotten(notes, tags, meetings, saved_relays, audit_entries)
        record(
            session,
            actor=by,
            action="forget_author",
            object_kind="author",
            object_id=None,
            details={"removed": remove, **asdict(forgotten)},
        )
    return forgotten


def _anonymise(session: Session, column: Any, author: str) -> int:
    """Blank `author` out of one column; how many rows had it."""
    statement = update(column.class_).where(column == author).values({column.key: None})
    return session.execute(statement).rowcount


def _unless(column: Any, author: str) -> Any:
    """The column's value, or NULL where it is `author`."""
    return case((column == author, None), else_=column)
