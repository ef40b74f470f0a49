"""Opening the database: its URL, the engine, migrations to head, and short transactions that
turn every database failure into `StoreUnavailable`."""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dashboard.store.errors import StoreUnavailable
from dashboard.store.models import Base

DATABASE_URL_VARIABLE = "DASHBOARD_DATABASE_URL"
# Beside app.py (the repository root), git-ignored.
DEFAULT_SQLITE_PATH = Path(__file__).resolve().parents[3] / "var" / "dashboard.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Seconds a write waits for another's lock before it gives up with StoreUnavailable.
DEFAULT_BUSY_TIMEOUT = 10.0
_WRITES = "dashboard_store_writes"  # a connection's execution option: this transaction writes
# Any number, the same in every process: PostgreSQL serialises migrations on it.
_MIGRATION_LOCK = 1_318_202_017

logger = logging.getLogger(__name__)


def database_url(environ: Mapping[str, str] = os.environ) -> str:
    """The configured database: DASHBOARD_DATABASE_URL, else the SQLite file beside app.py."""
    return environ.get(DATABASE_URL_VARIABLE) or f"sqlite:///{DEFAULT_SQLITE_PATH}"


@dataclass(frozen=True)
class Store:
    """An open database, migrated to head. Share one per process; it pools connections."""

    engine: Engine

    @property
    def url(self) -> str:
        """The database's URL with any password hidden, for messages and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def store_engine(url: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """An engine for `url` set up as the store needs it (SQLite or PostgreSQL)."""
    dialect = make_url(url).get_backend_name()
    if dialect == "sqlite":
        engine = create_engine(url, connect_args={"timeout": busy_timeout})
        event.listen(engine, "connect", _prepare_sqlite_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    if dialect == "postgresql":
        return create_engine(
            url,
            # A restarted server's dropped connections are replaced, not handed out.
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": max(1, round(busy_timeout)),
                "options": f"-c lock_timeout={round(busy_timeout * 1000)}",
            },
        )
    raise StoreUnavailable("store.unsupported_database", dialect=dialect)


def _prepare_sqlite_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 would begin transactions itself, late and never IMMEDIATE: the store
    # begins them (see _begin_sqlite_transaction).
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    # Readers go on reading while one member writes. The mode stays with the file; switching
    # needs the file to itself, and SQLite does not wait for that, so this waits as long as a
    # write would (several servers may open a new file at once).
    (timeout,) = dbapi_connection.execute("PRAGMA busy_timeout").fetchone()
    deadline = time.monotonic() + timeout / 1000
    while True:
        try:
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:  # locked by another connection
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _begin_sqlite_transaction(connection: Connection) -> None:
    # A write takes the write lock at once: a transaction that read first and then wanted to
    # write could otherwise fail at once instead of waiting its turn.
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def revisions() -> list[str]:
    """Every migration's revision, oldest first."""
    scripts = ScriptDirectory(str(MIGRATIONS))
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """A write transaction that one process at a time holds, for migrating and restoring."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITES: True})
        with connection.begin():
            if engine.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
                )
            yield connection


def current_revision(connection: Connection) -> str | None:
    """The database's revision (None: empty); raises if a newer app made it."""
    current = MigrationContext.configure(connection).get_current_revision()
    if current is not None and current not in revisions():
        raise StoreUnavailable("store.database_newer", revision=current)
    return current


def migrate(connection: Connection, revision: str | None) -> None:
    """Upgrade or downgrade the database to `revision` (None: empty) within the transaction."""
    known = [None, *revisions()]
    current = current_revision(connection)
    if known.index(revision) > known.index(current):
        command.upgrade(_alembic_config(connection), revision or "base")
    elif known.index(revision) < known.index(current):
        command.downgrade(_alembic_config(connection), revision or "base")


def _make_sqlite_folder(url: str) -> None:
    """The folder a SQLite file is to be made in (e.g. var/ beside app.py), if it is missing."""
    parsed = make_url(url)
    path = parsed.database or ""
    # In memory there is no file, and a file: URI names one that must be there already.
    in_a_folder = path not in ("", ":memory:") and not path.startswith("file:")
    if parsed.get_backend_name() == "sqlite" and in_a_folder:
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def upgrade_database(
    url: str | None = None,
    revision: str = "head",
    *,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> tuple[str | None, str]:
    """Create the database at `url` (default: `database_url()`) if needed and upgrade it to
    `revision` (never down); the revisions it was at (None: empty) and is at now. For
    `db upgrade`.

    Raises `StoreUnavailable` when the database cannot be reached or was made by a newer app.
    """
    url = url or database_url()
    try:
        _make_sqlite_folder(url)
        engine = store_engine(url, busy_timeout)
        target = revisions()[-1] if revision == "head" else revision
        try:
            # Read first: a database already at the target opens without a write lock (and a
            # read-only one opens for reading).
            with engine.connect() as connection, connection.begin():
                before = current_revision(connection)
            if before != target:
                with migration_transaction(engine) as connection:
                    before = current_revision(connection)  # another process may have migrated
                    if revisions().index(target) < revisions().index(before or target):
                        raise ValueError(f"the database is at {before}, later than {target}")
                    migrate(connection, target)
        finally:
            engine.dispose()
    except (SQLAlchemyError, OSError) as error:
        logger.warning("could not open the database %s: %s", url, error)
        raise StoreUnavailable("store.could_not_open") from error
    return before, target


def open_store(url: str | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
    """The store at `url` (default: `database_url()`), created and migrated to head if needed.

    `busy_timeout`: seconds a write waits for another's lock before giving up.
    """
    url = url or database_url()
    upgrade_database(url, busy_timeout=busy_timeout)
    return Store(store_engine(url, busy_timeout))


@contextmanager
def transaction(store: Store, *, writes: bool) -> Iterator[Session]:
    """A short transaction, committed at the end; any database failure raises
    `StoreUnavailable` ("store.could_not_save" or "store.could_not_read") and changes nothing."""
    try:
        with store.engine.connect() as connection:
            connection.execution_options(**{_WRITES: writes})
            with Session(connection, expire_on_commit=False) as session, session.begin():
                yield session
    except SQLAlchemyError as error:
        logger.warning("database failure on %s: %s", store.url, error)
        if writes:
            raise StoreUnavailable("store.could_not_save") from error
        raise StoreUnavailable("store.could_not_read") from error


def insert_new(session: Session, model: type[Base], values: dict[str, Any]) -> bool:
    """Insert a row unless one with its key exists (also one a concurrent writer has just
    inserted); whether it was inserted."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # RETURNING tells reliably whether a row went in (psycopg reports no rowcount here).
    statement = (
        insert(model)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(*model.__table__.primary_key.columns)
    )
    return session.execute(statement).first() is not None


def new_id() -> str:
    """A new meeting or note id: short, URL-safe, not guessable from other ids."""
    return secrets.token_urlsafe(8)


def utc_now() -> datetime:
    return datetime.now(UTC)
