"""The server's hardening settings, as deployed: they are part of the product."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_no_usage_statistics_leave_the_machine():
    assert CONFIG["browser"]["gatherUsageStats"] is False


def test_users_never_see_tracebacks():
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_xsrf_protection_on_and_static_serving_off():
    server = CONFIG["server"]
    assert server["enableXsrfProtection"] is True
    assert server["enableStaticServing"] is False


def test_upload_limit_matches_the_reader():
    from dashboard.ingest import MAX_FILE_BYTES

    assert CONFIG["server"]["maxUploadSize"] * 1024 * 1024 == MAX_FILE_BYTES


def test_allowed_hosts_are_documented_for_deployment():
    config_text = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert "allowedHosts" in config_text
    assert "allowedHosts" in (ROOT / "README.md").read_text(encoding="utf-8")
