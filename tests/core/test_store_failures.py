"""A database that is locked, read-only, full or out of reach: one typed error, "could not
save" or "could not read", never a raw database exception, and nothing saved before is lost."""

from __future__ import annotations

import socket
import sqlite3
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from dashboard.store import (
    StoreUnavailable,
    get_meeting,
    list_meetings,
    notes_on_card,
    open_store,
)
from tests.core.store_data import RELAY, new_meeting, new_note


def note(store, text="Ny note"):
    return new_note(store, "k1", text)


def assert_unavailable(refused: pytest.ExceptionInfo, text_id: str) -> None:
    assert refused.value.text_id == text_id
    assert isinstance(refused.value.__cause__, SQLAlchemyError)  # kept for the log, not raised


@contextmanager
def write_lock_held(url: str):
    """Another client holding the write lock (SQLite) or the tables (PostgreSQL)."""
    if url.startswith("sqlite"):
        other = sqlite3.connect(make_url(url).database, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
    else:
        engine = create_engine(url)
        with engine.connect() as other, other.begin():
            other.exec_driver_sql("LOCK TABLE meetings, notes IN ACCESS EXCLUSIVE MODE")
            yield
        engine.dispose()


def test_a_locked_database_cannot_save_and_loses_nothing(database_url):
    store = open_store(database_url, busy_timeout=0.3)
    meeting = new_meeting(store)
    note(store, "Første")
    with write_lock_held(database_url):
        with pytest.raises(StoreUnavailable) as refused:
            note(store, "Under låsen")
        assert_unavailable(refused, "store.could_not_save")
    note(store, "Bagefter")
    assert [n.text for n in notes_on_card(store, RELAY, "k1")] == ["Første", "Bagefter"]
    assert [m.id for m in list_meetings(store)] == [meeting.id]
    store.close()


def test_sqlite_readers_go_on_reading_while_someone_writes(tmp_path):
    url = f"sqlite:///{tmp_path / 'dashboard.sqlite'}"
    store = open_store(url, busy_timeout=0.3)
    meeting = new_meeting(store)
    with write_lock_held(url):
        assert get_meeting(store, meeting.id) == meeting
    store.close()


def test_a_read_only_sqlite_file_shows_what_is_saved_and_cannot_save(tmp_path):
    path = tmp_path / "dashboard.sqlite"
    writable = open_store(f"sqlite:///{path}")
    meeting = new_meeting(writable)
    writable.close()
    read_only = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert get_meeting(read_only, meeting.id) == meeting
    with pytest.raises(StoreUnavailable) as refused:
        new_meeting(read_only)
    assert_unavailable(refused, "store.could_not_save")
    read_only.close()
    assert [m.id for m in list_meetings(open_store(f"sqlite:///{path}"))] == [meeting.id]


def test_a_full_sqlite_database_cannot_save_and_keeps_what_it_has(tmp_path):
    url = f"sqlite:///{tmp_path / 'dashboard.sqlite'}"
    store = open_store(url)
    meeting = new_meeting(store)
    with sqlite3.connect(tmp_path / "dashboard.sqlite") as probe:
        (pages,) = probe.execute("PRAGMA page_count").fetchone()

    def no_room_to_grow(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    full = open_store(url)
    event.listen(full.engine, "connect", no_room_to_grow)
    full.engine.dispose()
    with pytest.raises(StoreUnavailable) as refused:
        new_meeting(full, [f"{'x' * 190}{i}" for i in range(200)])
    assert_unavailable(refused, "store.could_not_save")
    assert "full" in str(refused.value.__cause__)
    assert [m.id for m in list_meetings(full)] == [meeting.id]
    full.close()
    assert get_meeting(store, meeting.id) == meeting
    store.close()


POSTGRESQL_ONLY = pytest.mark.parametrize("new_database_url", ["postgresql"], indirect=True)


@POSTGRESQL_ONLY
def test_a_read_only_postgresql_shows_what_is_saved_and_cannot_save(store, postgres_server):
    meeting = new_meeting(store)
    name = store.engine.url.database
    with postgres_server.connect() as connection:
        connection.exec_driver_sql(
            f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'
        )
    read_only = open_store(store.engine.url.render_as_string(hide_password=False))
    try:
        assert get_meeting(read_only, meeting.id) == meeting
        with pytest.raises(StoreUnavailable) as refused:
            note(read_only)
        assert_unavailable(refused, "store.could_not_save")
    finally:
        read_only.close()
        with postgres_server.connect() as connection:
            connection.exec_driver_sql(
                f'ALTER DATABASE "{name}" RESET default_transaction_read_only'
            )
    assert notes_on_card(store, RELAY, "k1") == ()


@POSTGRESQL_ONLY
def test_a_postgresql_restart_costs_nothing(store, postgres_server):
    """Connections the server dropped are replaced, not handed out broken."""
    meeting = new_meeting(store)
    note(store, "Før")
    with postgres_server.connect() as connection:
        dropped = connection.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (store.engine.url.database,),
        ).all()
    assert dropped  # the store's pooled connection was there to drop
    note(store, "Efter")
    assert [n.text for n in notes_on_card(store, RELAY, "k1")] == ["Før", "Efter"]
    assert [m.id for m in list_meetings(store)] == [meeting.id]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_postgresql_that_is_not_running_cannot_be_opened():
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/dashboard"
    with pytest.raises(StoreUnavailable) as refused:
        open_store(url, busy_timeout=1)
    assert_unavailable(refused, "store.could_not_open")


def test_a_sqlite_file_whose_folder_cannot_be_made_cannot_be_opened(tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(StoreUnavailable) as refused:
        open_store(f"sqlite:///{tmp_path / 'a file' / 'dashboard.sqlite'}")
    assert refused.value.text_id == "store.could_not_open"
    assert isinstance(refused.value.__cause__, OSError)


def test_a_database_other_than_sqlite_or_postgresql_is_refused():
    with pytest.raises(StoreUnavailable) as refused:
        open_store("mysql://user@127.0.0.1/dashboard")
    assert (refused.value.text_id, refused.value.fields) == (
        "store.unsupported_database",
        {"dialect": "mysql"},
    )
