"""Opening the store: where the database is, created on first use, without Streamlit."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from dashboard.store import (
    DATABASE_URL_VARIABLE,
    DEFAULT_SQLITE_PATH,
    create_meeting,
    database_url,
    list_meetings,
    open_store,
)
from tests.conftest import ROOT


def test_the_default_database_is_a_sqlite_file_in_var_beside_app_py():
    assert DEFAULT_SQLITE_PATH == ROOT / "var" / "dashboard.sqlite"
    assert database_url({}) == f"sqlite:///{ROOT / 'var' / 'dashboard.sqlite'}"
    assert database_url({DATABASE_URL_VARIABLE: "postgresql+psycopg://db/x"}) == (
        "postgresql+psycopg://db/x"
    )


def test_the_default_database_folder_is_ignored_by_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "var/dashboard.sqlite"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0


def test_a_new_sqlite_file_and_its_folder_are_made_on_first_use_and_kept(tmp_path, monkeypatch):
    path = tmp_path / "var" / "dashboard.sqlite"
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"sqlite:///{path}")
    store = open_store()
    assert path.is_file()
    meeting = create_meeting(
        store, relay_id="a" * 64, title="Bliver", meeting_date=date(2026, 1, 1), author="Anna"
    )
    store.close()
    again = open_store()
    assert [m.id for m in list_meetings(again)] == [meeting.id]
    again.close()


def test_the_store_runs_without_streamlit(tmp_path):
    script = (
        "import sys; from dashboard.store import open_store, list_meetings; "
        f"list_meetings(open_store('sqlite:///{tmp_path / 'x.sqlite'}')); "
        "sys.exit('streamlit' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
