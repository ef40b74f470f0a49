"""Shared paths, and the databases the store is tested on, for every test layer."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from dashboard.store import Store

ROOT = Path(__file__).resolve().parent.parent
REPORT_TEXT = ROOT.parent / "shared" / "seed" / "000_1b394543eb01fb81.txt"

# The store's tests run against SQLite and a real PostgreSQL. `bash scripts/test` starts a
# throwaway PostgreSQL cluster and names it here; each test gets a database of its own in it.
POSTGRES_URL_VARIABLE = "DASHBOARD_TEST_POSTGRES_URL"
DATABASES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Engine]:
    """An engine on the test PostgreSQL's maintenance database, to create databases with."""
    from sqlalchemy import create_engine

    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        reason = f"{POSTGRES_URL_VARIABLE} is not set: `bash scripts/test` starts a PostgreSQL"
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
        pytest.skip(reason)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture(params=DATABASES)
def new_database_url(request, tmp_path) -> Iterator[Callable[[], str]]:
    """Makes URLs of new, empty databases of one kind (SQLite files, PostgreSQL databases)."""
    made: list[str] = []

    def make() -> str:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'dashboard-{len(made)}.sqlite'}"
        else:
            server = request.getfixturevalue("postgres_server")
            name = f"test_{secrets.token_hex(6)}"
            with server.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
            url = server.url.set(database=name).render_as_string(hide_password=False)
        made.append(url)
        return url

    yield make
    if request.param == "postgresql" and made:
        server = request.getfixturevalue("postgres_server")
        with server.connect() as connection:
            for url in made:
                name = url.rsplit("/", 1)[1]
                connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(new_database_url) -> str:
    """The URL of a new, empty database: a SQLite file, then a PostgreSQL database."""
    return new_database_url()


@pytest.fixture
def store(database_url) -> Iterator[Store]:
    """An open store on a new database, migrated to head."""
    from dashboard.store import open_store

    opened = open_store(database_url)
    yield opened
    opened.close()
