"""AppTest fixtures: each test starts from app.py with an empty Streamlit cache."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clear_streamlit_caches():
    """st.cache_data outlives an AppTest; clear it so each test sees its own data."""
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture
def app() -> AppTest:
    """The app as `streamlit run app.py` starts it, run once."""
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
