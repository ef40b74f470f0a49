"""Backups: every table in one portable JSON file, written by `write_backup` and read back by
`restore_backup` into an empty database.

The file names the schema (the migration revision) its tables have. A restore migrates the
empty database to that revision, inserts the rows and migrates on to head, so a backup from
an older version of the app is brought up to date by the same migrations as a database. Bytes
are base64, times ISO 8601 in UTC.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, exists, insert, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dashboard.store.audit import record
from dashboard.store.database import (
    Store,
    current_revision,
    migrate,
    migration_transaction,
    revisions,
    transaction,
    utc_now,
)
from dashboard.store.errors import BackupRefused, StoreUnavailable
from dashboard.store.limits import checked_author
from dashboard.store.models import Base

BACKUP_FORMAT = "ledelsesstafet-dashboard-backup"


def _encoded(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decoded(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row of the file as the table takes it; raises ValueError if it does not fit."""
    unknown = row.keys() - table.columns.keys()
    if unknown:
        raise ValueError(f"{table.name} has no columns {sorted(unknown)}")
    decoded = {}
    for name, value in row.items():
        kind = table.columns[name].type.python_type
        if value is not None and kind is bytes:
            value = base64.b64decode(value, validate=True)
        elif value is not None and kind is datetime:
            value = datetime.fromisoformat(value)
        elif value is not None and kind is date:
            value = date.fromisoformat(value)
        decoded[name] = value
    return decoded


def backup_bytes(store: Store) -> tuple[bytes, dict[str, int]]:
    """Every table as one JSON document (UTF-8), from one consistent snapshot, and the rows
    it holds per table."""
    with transaction(store, writes=False) as session:
        if store.dialect == "postgresql":
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        schema = current_revision(session.connection())
        tables = {}
        for table in Base.metadata.sorted_tables:
            generated = table.autoincrement_column  # numbered anew on restore, in order
            columns = [column for column in table.columns if column is not generated]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
            tables[table.name] = [
                {name: _encoded(value) for name, value in row._mapping.items()} for row in rows
            ]
    document = {
        "format": BACKUP_FORMAT,
        "schema_version": schema,
        "written_at": utc_now().isoformat(),
        "tables": tables,
    }
    counts = {name: len(rows) for name, rows in tables.items()}
    return json.dumps(document, ensure_ascii=False).encode("utf-8"), counts


def write_backup(store: Store, path: Path) -> dict[str, int]:
    """Write every table to `path` (replaced only once the file is whole), as one consistent
    snapshot; rows written per table. File errors raise OSError."""
    content, counts = backup_bytes(store)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    partial.replace(path)
    return counts


def _read_backup(path: Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """The file's schema revision and tables; raises `BackupRefused`."""
    try:
        document = json.loads(path.read_bytes())
        if document["format"] != BACKUP_FORMAT:
            raise ValueError(f"not a backup: {document['format']!r}")
        schema, tables = document["schema_version"], document["tables"]
        if not all(isinstance(rows, list) for rows in tables.values()):
            raise ValueError("tables are not lists of rows")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupRefused("store.backup_unreadable", detail=str(error)) from error
    if schema not in revisions():
        raise BackupRefused("store.backup_newer", schema_version=schema, known=revisions()[-1])
    return schema, tables


def _has_data(connection: Connection) -> bool:
    return any(
        connection.scalar(select(exists().select_from(table)))
        for table in Base.metadata.sorted_tables
    )


def restore_backup(store: Store, path: Path, *, author: str) -> dict[str, int]:
    """Read a backup into this empty database, all or nothing; rows restored per table.

    Raises `BackupRefused` for an unreadable file, one from a newer schema, or a database that
    already holds data (a restore never merges).
    """
    author = checked_author(author)
    schema, rows_by_table = _read_backup(path)
    try:
        with migration_transaction(store.engine) as connection:
            if _has_data(connection):
                raise BackupRefused("store.restore_not_empty")
            migrate(connection, schema)
            tables = MetaData()
            tables.reflect(connection)
            unknown = rows_by_table.keys() - tables.tables.keys()
            if unknown:
                raise BackupRefused("store.backup_unreadable", detail=f"tables {sorted(unknown)}")
            for table in tables.sorted_tables:
                rows = [_decoded(table, row) for row in rows_by_table.get(table.name, [])]
                if rows:
                    connection.execute(insert(table), rows)
            migrate(connection, revisions()[-1])
            restored = {name: len(rows) for name, rows in rows_by_table.items()}
            with Session(bind=connection) as session:
                record(
                    session,
                    actor=author,
                    action="restore_backup",
                    object_kind="database",
                    object_id=None,
                    details={"schema_version": schema, "rows": restored},
                )
                session.flush()
    except (ValueError, TypeError, AttributeError) as error:
        raise BackupRefused("store.backup_unreadable", detail=str(error)) from error
    except SQLAlchemyError as error:
        raise StoreUnavailable("store.could_not_save") from error
    return restored
