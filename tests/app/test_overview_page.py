"""The overview page under AppTest: its metrics, their provenance, and the language switch."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.app.conftest import open_page
from tests.app.helpers import mark_helps, markdown_texts, marked


def metric_values(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def test_the_page_opens_with_the_reports_two_reflections_and_their_evidence(app):
    assert not app.exception
    assert app.title[0].value == "Ledelse til gavn for borgerne"
    assert app.header[0].value == "Det fandt stafetten"
    assert [s.value for s in app.subheader[:2]] == [
        "Centrale temaer i stafetten",
        "Hyppigste ord i spørgsmålene",
    ]
    findings = markdown_texts(app)
    # What each reflection states, without the questions it asks.
    assert any(t.startswith("Temaet ”**krydspres**” går igen") for t in findings)
    assert not any("strukturelt" in t for t in findings)


def test_each_reflection_links_to_its_evidence_side_by_side(app):
    queries = [
        parse_qs(link.proto.query_string)
        for link in app.main.get("page_link")
        if link.proto.label == "Se, hvad grupperne skrev"
    ]
    assert queries == [
        {
            "refleksion": ["Centrale temaer i stafetten"],
            "v_tema": ["krydspres"],
            "h_tema": ["krydspres"],
        },
        {"refleksion": ["Hyppigste ord i spørgsmålene"], "v_q": ["sektor"], "h_q": ["sektor"]},
    ]
    assert {link.proto.page for link in app.main.get("page_link")[:2]} == {"tvaerlaesning"}


def test_largest_themes_and_three_ways_in(app):
    texts = markdown_texts(app)
    assert "**borgerblik** 4 · **ledelsesudvikling** 4 · krydspres 3 · ledelsesrum 3 · " in (
        "".join(texts)
    )
    assert any(t.startswith("**borgerblik** 5 · krydspres 4") for t in texts)
    ways = {link.proto.label: link.proto for link in app.main.get("page_link")}
    assert (ways["**Se krydspres**"].page, ways["**Se krydspres**"].query_string) == (
        "kort",
        "tema=krydspres",
    )
    assert ways["**Sammenlign grupperne**"].page == "tvaerlaesning"
    assert ways["**Forbered et møde**"].page == "kort"


def test_every_number_carries_one_provenance_mark(app):
    assert metric_values(app) == {
        "Topledere": "56",
        "Institutions- og driftsledere": "69",
        "Unikke bidrag i alt": "224",
        "Spørgsmål med svar": "39",
        "Fra Topledere": "19",
        "Fra Institutions- og driftsledere": "20",
    }
    captions = marked(app)
    report = ":blue-badge[:material/menu_book: rapporten]"
    counted = ":green-badge[:material/calculate: optalt]"
    # 2 reflections, nb, 56, 69, 224, and the 7 and 6 themes in all
    assert sum(c.startswith(report) for c in captions) == 8
    # What is counted and what the report states stand apart, each with its own mark.
    assert [c for c in captions if "temaer" in c] == [
        f"{counted} 6 temaer.",
        f"{report} 7 temaer i alt.",
        f"{counted} 5 temaer.",
        f"{report} 6 temaer i alt.",
    ]
    # No sentence after every number: the mark says it, its hover explains it.
    assert not any("Oplyst i rapporten" in c for c in captions)
    assert mark_helps(app, report) == {"Står i rapporten."}
    legend = next(
        t for t in markdown_texts(app) if t.startswith(":small[**Hvor tallene kommer fra:**")
    )
    assert "Optalt af appen fra de udvalgte spørgsmål og svar" in legend


def test_overview_says_what_the_source_lacks(app):
    lacks = next(c for c in marked(app) if "ikke oplyst" in c and "kagen" in c)
    assert "beregnet fra de udvalgte spørgsmål og svar" in lacks
    assert not app.warning  # compact, below the findings: no yellow box


def test_language_switch_to_english(app):
    app.sidebar.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.header[0].value == "What the relay found"
    assert metric_values(app)["Top leaders"] == "56"
    assert metric_values(app)["Unique contributions in total"] == "224"
    assert "translation" in " ".join(marked(app))
    assert any(c.startswith(":blue-badge[:material/menu_book: report]") for c in marked(app))
    evidence = parse_qs(app.main.get("page_link")[0].proto.query_string)
    # The theme as the English picker shows it, with its gloss, so the link sets it.
    assert evidence["v_tema"] == ["krydspres – cross-pressure"]
    assert evidence["refleksion"] == ["Central themes of the relay"]


def test_english_from_the_url():
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import ROOT

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["lang"] = "English"
    app.run()
    assert app.header[0].value == "What the relay found"


def test_unknown_language_in_the_url_falls_back_to_danish():
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import ROOT

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["lang"] = "Klingon"
    app.run()
    assert not app.exception
    assert app.header[0].value == "Det fandt stafetten"


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


def test_a_link_may_ask_for_the_language_by_its_code():
    app = open_page(lang="en")
    assert app.header[0].value == "What the relay found"
    assert app.sidebar.radio(key="lang").value == "en"
    assert open_page(lang="DANSK").header[0].value == "Det fandt stafetten"
    assert open_page(lang="klingon").header[0].value == "Det fandt stafetten"
