"""AppTest fixtures: each test starts from app.py with an empty Streamlit cache and a database
of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _own_database(monkeypatch, tmp_path):
    """Each test's meetings, notes and tags in a SQLite file of its own, never var/."""
    monkeypatch.setenv("DASHBOARD_DATABASE_URL", f"sqlite:///{tmp_path / 'dashboard.sqlite'}")


@pytest.fixture(autouse=True)
def _clear_streamlit_caches():
    """st.cache_data outlives an AppTest; clear it so each test sees its own data."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def open_page(page: str | None = None, **query_params: str) -> AppTest:
    """The app as `streamlit run app.py` starts it, on `page` (e.g. "kort"), with a URL query."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query_params.items():
        app.query_params[key] = value
    app.run()
    if page is not None:
        app.switch_page(f"pages/{page}.py").run()
    assert not app.exception, [e.message for e in app.exception]
    return app


@pytest.fixture
def app() -> AppTest:
    """The app on its first page."""
    return open_page()
