"""The store's migrations: from an empty database and from every earlier revision to head, on
SQLite and PostgreSQL, matching the models; opening, upgrading and refusing newer databases."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import tomllib
from fnmatch import fnmatch

import pytest
from sqlalchemy import create_engine, inspect, text

from dashboard.store import StoreUnavailable, list_meetings, open_store, upgrade_database
from dashboard.store.database import MIGRATIONS, migrate, migration_transaction, revisions
from dashboard.store.models import Base
from tests.conftest import ROOT

STORE = ROOT / "src" / "dashboard" / "store"
EVERY_EARLIER = [None, *revisions()[:-1]]  # None: an empty database


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", EVERY_EARLIER, ids=lambda r: f"from {r or 'empty'}")
def test_a_database_at_any_earlier_revision_opens_at_head(database_url, start):
    if start is not None:
        assert upgrade_database(database_url, start) == (None, start)
    store = open_store(database_url)
    assert list_meetings(store) == ()
    store.close()
    assert upgrade_database(database_url) == (revisions()[-1], revisions()[-1])
    assert tables(database_url) == {*Base.metadata.tables, "alembic_version"}


def test_every_revision_downgrades_an_empty_database_and_upgrades_again(database_url):
    """A restore migrates an empty database to its backup's revision and back up."""
    store = open_store(database_url)
    for revision in reversed(EVERY_EARLIER):
        with migration_transaction(store.engine) as connection:
            migrate(connection, revision)
    assert tables(database_url) == {"alembic_version"}
    with migration_transaction(store.engine) as connection:
        migrate(connection, revisions()[-1])
    assert list_meetings(store) == ()
    store.close()


def test_the_models_match_the_migrations(database_url):
    """`alembic check` (the developers' command line) finds nothing the migrations miss."""
    upgrade_database(database_url)
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(STORE / "alembic.ini"), "check"],
        env={**os.environ, "DASHBOARD_DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "No new upgrade operations detected" in result.stdout


def test_a_database_made_by_a_newer_app_is_refused_and_left_alone(database_url):
    open_store(database_url).close()
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreUnavailable) as refused:
        open_store(database_url)
    assert (refused.value.text_id, refused.value.fields) == (
        "store.database_newer",
        {"revision": "9999"},
    )
    assert tables(database_url) == {*Base.metadata.tables, "alembic_version"}


def test_servers_starting_at_once_on_a_new_database_migrate_it_once(database_url):
    start, opened, failed = threading.Barrier(4), [], []

    def server() -> None:
        start.wait()
        try:
            opened.append(open_store(database_url))
        except StoreUnavailable as error:
            failed.append(error)

    threads = [threading.Thread(target=server) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == [] and len(opened) == 4
    for store in opened:
        assert list_meetings(store) == ()
        store.close()


def test_the_migrations_ship_with_the_package():
    """pyproject's package data names every file alembic reads, so an install has them."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["dashboard"]
    package = ROOT / "src" / "dashboard"
    shipped = [
        path
        for path in [STORE / "alembic.ini", *MIGRATIONS.rglob("*")]
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert len(shipped) >= 4
    missing = [
        str(path.relative_to(package))
        for path in shipped
        if not any(fnmatch(str(path.relative_to(package)), pattern) for pattern in patterns)
    ]
    assert missing == []
