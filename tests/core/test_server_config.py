"""The server's hardening settings, as deployed: they are part of the product."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_no_usage_statistics_leave_the_machine():
    assert CONFIG["browser"]["gatherUsageStats"] is False


def test_users_never_see_tracebacks():
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_only_this_computer_can_reach_the_app_unless_told_otherwise():
    """`streamlit run app.py` listens on localhost; the image opens itself to its network."""
    assert CONFIG["server"]["address"] == "localhost"
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "--server.address=0.0.0.0" in dockerfile


def test_xsrf_protection_on_and_static_serving_off():
    server = CONFIG["server"]
    assert server["enableXsrfProtection"] is True
    assert server["enableStaticServing"] is False


def test_the_reader_refuses_a_large_file_before_streamlit_does():
    """Streamlit's own refusal is in English; the reader's, a little lower, is in Danish –
    however the browser counts a megabyte."""
    from dashboard.relay import limits

    for megabyte in (1_000_000, 1_048_576):
        streamlit_limit = CONFIG["server"]["maxUploadSize"] * megabyte
        assert streamlit_limit > limits.MAX_FILE_BYTES
        assert streamlit_limit <= limits.MAX_FILE_BYTES + 2 * limits.MEBIBYTE


def test_every_setting_the_deployment_docs_name_is_a_streamlit_option():
    """The README and config.toml tell operators which settings to change; a misspelt name
    would be silently ignored by Streamlit."""
    from streamlit import config

    options = config.get_config_options()
    documents = [
        (ROOT / "README.md").read_text(encoding="utf-8"),
        (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"),
    ]
    named = {
        found
        for document in documents
        for found in re.findall(r"`?((?:server|client|browser|theme)\.[a-zA-Z]+)`?", document)
    }
    assert {"server.allowedHosts", "server.address"} <= named
    assert sorted(name for name in named if name not in options) == []


def test_the_pages_colours_are_the_palettes():
    """Pages take their colours from config.toml, charts and exports from dashboard.palette."""
    from dashboard import palette

    theme = CONFIG["theme"]
    assert theme["textColor"] == palette.TEXT
    assert theme["primaryColor"] == palette.ACCENT
    assert theme["backgroundColor"] == palette.BACKGROUND
    assert tuple(theme["chartCategoricalColors"]) == palette.OKABE_ITO
