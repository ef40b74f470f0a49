"""Data under AppTest: upload, check, preview, use on every page, and back to the bundled relay."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import ROOT, open_page
from tests.app.helpers import chart_data, markdown_texts, marked

FIXTURES = ROOT / "tests" / "fixtures"
THREE_GROUPS = ["Mellemledere", "Medarbejdere", "Politikere"]
PAGES = ["oversigt", "temaer", "kort", "ord", "tvaerlaesning", "data"]


def upload(app: AppTest, table: str, metadata: str | None = None) -> AppTest:
    app.file_uploader(key="upload_table").set_value(
        [(table, (FIXTURES / table).read_bytes(), "text/csv")]
    )
    if metadata:
        app.file_uploader(key="upload_metadata").set_value(
            [(metadata, (FIXTURES / metadata).read_bytes(), "application/toml")]
        )
    return app.run()


def test_a_good_upload_is_previewed_then_used_everywhere():
    app = upload(open_page("data"), "tre_grupper.csv", "tre_grupper.toml")
    assert app.success[0].value.startswith("Filen kan bruges: 9 spørgsmål, 8 svar")
    assert "intet svar" in app.warning[0].value
    # The preview speaks the page's language.
    assert list(app.dataframe[0].value.columns[:4]) == ["id", "gruppe", "tema", "spørgsmål"]
    assert any("semikolon" in c.value for c in app.caption)
    assert not app.button(key="use_uploaded_relay").disabled
    app.button(key="use_uploaded_relay").click().run()
    # The confirmation stands beside the button, which no longer looks like something to do.
    button = app.button(key="use_uploaded_relay")
    assert button.disabled and button.label == "Stafetten er i brug"
    assert app.success[-1].value == "Alle sider viser nu denne stafet."
    assert any("Indlæst på siden Data" in c.value for c in app.sidebar.caption)
    for page in PAGES:
        app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, (page, [e.message for e in app.exception])
    app.switch_page("pages/kort.py").run()
    assert any(t == "**Viser 9 af 9**" for t in markdown_texts(app))
    app.switch_page("pages/temaer.py").run()
    assert [chart_data(app, i)["group"].iloc[0] for i in range(3)] == [
        "Mellemledere",
        "Mellemledere",  # the whole relay's theme totals, stated in the metadata
        "Medarbejdere",
    ]
    totals = chart_data(app, 1)
    assert dict(zip(totals["theme"], totals["count"], strict=True))["ikke navngivet"] == 1


def test_a_bad_upload_lists_its_problems_and_is_not_usable():
    app = open_page("data")
    app.file_uploader(key="upload_table").set_value(
        [("fejl.csv", "gruppe;tema;spørgsmål\nA;;\n".encode(), "text/csv")]
    )
    app.run()
    message = app.error[0].value.replace("\\", "")  # as rendered: Markdown escapes removed
    assert "Kolonnen »answer« mangler" in message
    # Named as the file names it: 'tema', not “theme”.
    assert "Række 2, kolonne »tema«: Feltet er tomt." in message
    assert not app.success
    app.switch_page("pages/oversigt.py").run()
    assert app.title[0].value == "Ledelse til gavn for borgerne"


def test_back_to_the_bundled_relay_in_one_click():
    app = upload(open_page("data"), "tre_grupper.csv")
    app.button(key="use_uploaded_relay").click().run()
    app.switch_page("pages/oversigt.py").run()
    assert app.title[0].value == "tre\\_grupper"
    app.sidebar.button(key="back_to_startup").click().run()
    assert app.title[0].value == "Ledelse til gavn for borgerne"


@pytest.fixture
def started_on_three_groups(monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(FIXTURES / "tre_grupper.csv"))
    monkeypatch.setenv("DASHBOARD_METADATA", str(FIXTURES / "tre_grupper.toml"))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_relay_with_three_groups(started_on_three_groups, page):
    app = open_page(page)
    assert not app.exception
    if page == "ord":
        assert [s.value for s in app.subheader] == THREE_GROUPS
    if page == "tvaerlaesning":
        assert app.selectbox(key="h_gruppe").value == "Politikere"
    if page == "oversigt":
        metrics = {m.label: m.value for m in app.metric}
        assert metrics["Mellemledere"] == "12" and metrics["Politikere"] == "–"


def test_another_relay_is_never_described_as_the_report(started_on_three_groups):
    app = open_page("temaer")
    texts = markdown_texts(app)
    assert any("beregnet fra spørgsmålene i data" in t for t in texts)
    assert not any("rapporten" in t for t in texts)
    app.switch_page("pages/oversigt.py").run()
    assert not any(
        "rapporten" in t for t in [*markdown_texts(app), *(c.value for c in app.caption)]
    )


def test_the_metadata_form_describes_the_relay_and_is_checked_as_a_file_would_be():
    app = upload(open_page("data"), "tre_grupper.csv")
    assert app.expander[0].label == "Beskriv stafetten (valgfrit)"
    app.text_input(key="form_title").input("Stafet 2")
    app.text_input(key="form_years").input("2025–2026")
    app.number_input(key="form_group_participants_0").set_value(12)
    app.number_input(key="form_group_themes_0").set_value(4)
    app.button(key="FormSubmitter:save_form_metadata-Gem beskrivelsen").click().run()
    assert not app.exception
    assert any(s.value.startswith("Beskrivelsen er gemt") for s in app.success)
    app.button(key="use_uploaded_relay").click().run()
    app.switch_page("pages/oversigt.py").run()
    assert app.title[0].value == "Stafet 2"
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Mellemledere"] == "12" and metrics["Medarbejdere"] == "–"
    marks = [c for c in marked(app) if c.startswith(":violet-badge[")]
    assert marks  # stated in the metadata, and marked so
