"""Tværlæsning under AppTest: both reflections with their evidence, and the free comparison."""

from __future__ import annotations

from tests.app.conftest import open_page
from tests.app.helpers import chart_data, markdown_texts


def test_the_reports_two_reflections_are_shown():
    app = open_page("tvaerlaesning")
    headers = [h.value for h in app.header]
    assert headers[:2] == ["Centrale temaer i stafetten", "Hyppigste ord i spørgsmålene"]
    texts = markdown_texts(app)
    assert any("**krydspres**" in t and "strukturelt" in t for t in texts)
    assert any("**organisation**" in t and "udad og opad" in t for t in texts)


def test_krydspres_evidence_is_each_groups_share():
    app = open_page("tvaerlaesning")
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Topledere": "16\u00a0%", "Institutions- og driftsledere": "20\u00a0%"}
    captions = [c.value for c in app.caption]
    assert "3 af 19 udvalgte spørgsmål handler om krydspres" in captions


def test_sektor_and_organisation_per_1000_words_in_the_questions():
    app = open_page("tvaerlaesning")
    table = app.dataframe[0].value
    rows = {(r.Gruppe, r.Ord): r for r in table.itertuples()}
    assert rows[("Institutions- og driftsledere", "organisation")].Forekomster == 8
    assert rows[("Topledere", "organisation")].Forekomster == 2
    assert rows[("Topledere", "sektor")].Forekomster == 4
    per_1000 = dict(
        zip(zip(table["Gruppe"], table["Ord"], strict=True), table["Pr. 1.000 ord"], strict=True)
    )
    assert (
        per_1000[("Institutions- og driftsledere", "organisation")]
        > per_1000[("Topledere", "organisation")]
    )


def test_comparison_defaults_to_the_two_groups_questions():
    app = open_page("tvaerlaesning")
    assert app.selectbox(key="v_gruppe").value == "Topledere"
    assert app.selectbox(key="h_gruppe").value == "Institutions- og driftsledere"
    left_donut = chart_data(app, 0)
    assert left_donut["count"].sum() == 19
    distinctive_left, distinctive_right = app.dataframe[-2].value, app.dataframe[-1].value
    assert (distinctive_left["z"] > 0).all() and (distinctive_right["z"] < 0).all()
    assert "organisation" in set(distinctive_right["Ord"])


def test_comparing_a_theme_across_groups():
    app = open_page("tvaerlaesning", v_tema="krydspres", h_tema="krydspres")
    assert chart_data(app, 0)["count"].sum() == 3
    assert chart_data(app, 1)["count"].sum() == 4


def test_same_sides_say_there_is_nothing_to_compare():
    app = open_page("tvaerlaesning")
    app.selectbox(key="h_gruppe").set_value("Topledere").run()
    assert any("intet at sammenligne" in i.value for i in app.info)


def test_a_theme_the_new_group_lacks_does_not_break_the_page():
    app = open_page("tvaerlaesning", h_gruppe="Topledere", h_tema="ledelsesrum")
    assert chart_data(app, 1)["count"].sum() == 3
    app.selectbox(key="h_gruppe").set_value("Institutions- og driftsledere").run()
    assert not app.exception
    assert app.selectbox(key="h_tema").value is None  # back to all themes


def test_small_differences_are_called_tendencies():
    app = open_page("tvaerlaesning")
    assert any(c.value.startswith("Intet ord når |z| ≥ 1,96 med mindst 5") for c in app.caption)
