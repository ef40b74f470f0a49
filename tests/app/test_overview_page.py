"""The overview page under AppTest: its metrics, their provenance, and the language switch."""

from __future__ import annotations

from tests.app.conftest import open_page


def metric_values(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def test_overview_metrics_and_their_sources(app):
    assert not app.exception
    assert app.title[0].value == "Ledelse til gavn for borgerne"
    assert metric_values(app) == {
        "Topledere": "56",
        "Institutions- og driftsledere": "69",
        "Unikke bidrag i alt": "224",
        "Spørgsmål og svar": "39",
        "Par: Topledere": "19",
        "Par: Institutions- og driftsledere": "20",
    }
    captions = [c.value for c in app.caption]
    assert captions.count("Oplyst i rapporten.") == 1  # 224; the groups say it with their roles
    assert sum(c.startswith("Oplyst i rapporten: ") for c in captions) == 2
    assert any(c.startswith("Optalt fra de medfølgende data") for c in captions)
    assert "Topledere: 6 af rapportens 7 temaer findes i data" in captions
    assert "Institutions- og driftsledere: 5 af rapportens 6 temaer findes i data" in captions


def test_overview_says_what_the_source_lacks(app):
    assert "ikke oplyst" in app.warning[0].value
    assert "beregnet fra de udvalgte spørgsmål og svar" in app.warning[0].value


def test_language_switch_to_english(app):
    app.sidebar.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert [h.value for h in app.header] == ["Background", "Who took part?"]
    assert metric_values(app)["Top leaders"] == "56"
    assert metric_values(app)["Unique contributions in all"] == "224"
    assert "translation" in " ".join(c.value for c in app.caption)


def test_english_from_the_url():
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import ROOT

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["lang"] = "English"
    app.run()
    assert app.header[0].value == "Background"


def test_unknown_language_in_the_url_falls_back_to_danish():
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import ROOT

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["lang"] = "Klingon"
    app.run()
    assert not app.exception
    assert app.header[0].value == "Baggrund"


def test_an_unexpected_failure_shows_a_plain_message_not_a_traceback(monkeypatch, caplog):
    from dashboard.ui import themes

    def broken(*_args, **_kwargs):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(themes, "relay_theme_shares", broken)
    app = open_page()
    app.switch_page("pages/temaer.py").run()
    assert not app.exception
    assert app.error[0].value.startswith("Noget gik galt på denne side.")
    assert "internal detail" not in app.error[0].value
    assert "The page temaer failed" in caplog.text


def test_the_startup_heap_is_frozen_once_before_the_first_page(monkeypatch):
    """Streamlit's collection after every run skips what was loaded at start."""
    import gc

    from dashboard.ui import frame

    freezes = []
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(gc.get_count()))
    frame._freeze_startup_heap.cache_clear()
    app = open_page()
    app.sidebar.radio(key="lang").set_value("English").run()
    app.switch_page("pages/kort.py").run()
    assert len(freezes) == 1  # once per process, not on every run
