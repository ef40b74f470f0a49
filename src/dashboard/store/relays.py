"""Saved relays: an uploaded relay's files kept in the database, so meetings made on it open
for colleagues too. Keyed by the relay's fingerprint (`Relay.fingerprint`, a SHA-256 over its
file name, table and metadata bytes), which is also the relay id meetings, notes and tags use;
saving the same relay again keeps the one copy. The bundled relay is never saved: it ships."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import defer

from dashboard.store.audit import record
from dashboard.store.database import Store, insert_new, transaction, utc_now
from dashboard.store.errors import LimitExceeded, NotFound
from dashboard.store.limits import (
    MAX_FILE_NAME_CHARS,
    MAX_SAVED_RELAY_BYTES,
    checked_author,
    checked_relay_id,
    checked_text,
)
from dashboard.store.models import SavedRelayRow
from dashboard.store.records import SavedRelay, SavedRelayFiles

_MEBIBYTE = 1024 * 1024


def _summary(row: SavedRelayRow) -> SavedRelay:
    return SavedRelay(
        fingerprint=row.fingerprint,
        file_name=row.file_name,
        size=row.size,
        has_metadata=row.metadata_bytes is not None,
        saved_by=row.saved_by,
        saved_at=row.saved_at,
    )


def save_relay(
    store: Store,
    *,
    fingerprint: str,
    file_name: str,
    table_bytes: bytes,
    metadata_bytes: bytes | None,
    author: str,
) -> SavedRelay:
    """Keep the relay's files under its fingerprint; the copy already kept, if there is one."""
    fingerprint, author = checked_relay_id(fingerprint), checked_author(author)
    file_name = checked_text(
        file_name,
        max_chars=MAX_FILE_NAME_CHARS,
        blank="store.file_name_blank",
        too_long="store.file_name_too_long",
    )
    size = len(table_bytes) + len(metadata_bytes or b"")
    if size > MAX_SAVED_RELAY_BYTES:
        raise LimitExceeded(
            "store.saved_relay_too_large",
            size_mb=round(size / _MEBIBYTE, 1),
            max_mb=MAX_SAVED_RELAY_BYTES // _MEBIBYTE,
        )
    with transaction(store, writes=True) as session:
        values = {
            "fingerprint": fingerprint,
            "file_name": file_name,
            "table_bytes": table_bytes,
            "metadata_bytes": metadata_bytes,
            "size": size,
            "saved_by": author,
            "saved_at": utc_now(),
        }
        if insert_new(session, SavedRelayRow, values):
            record(
                session,
                actor=author,
                action="save_relay",
                object_kind="saved_relay",
                object_id=fingerprint,
                details={"file_name": file_name, "size": size},
            )
        return _summary(session.get_one(SavedRelayRow, fingerprint))


def saved_relays(store: Store) -> tuple[SavedRelay, ...]:
    """Every saved relay, the latest first, without loading their bytes."""
    query = (
        select(SavedRelayRow)
        .options(defer(SavedRelayRow.table_bytes))
        .order_by(SavedRelayRow.saved_at.desc())
    )
    with transaction(store, writes=False) as session:
        return tuple(_summary(row) for row in session.scalars(query))


def load_saved_relay(store: Store, fingerprint: str) -> SavedRelayFiles:
    """The saved relay's files, to be read as a relay again; raises `NotFound`."""
    with transaction(store, writes=False) as session:
        row = session.get(SavedRelayRow, fingerprint)
        if row is None:
            raise NotFound("store.saved_relay_not_found", fingerprint=fingerprint)
        return SavedRelayFiles(
            fingerprint=row.fingerprint,
            file_name=row.file_name,
            table_bytes=row.table_bytes,
            metadata_bytes=row.metadata_bytes,
        )
