"""Temaer under AppTest: the cakes' counts, colours, report facts and the way to a theme's cards."""

from __future__ import annotations

from tests.app.conftest import open_page
from tests.app.helpers import (
    chart_data,
    chart_description,
    chart_specs,
    markdown_texts,
    marked,
)

TOP_COUNTS = {
    "krydspres": 3,
    "borgerblik": 4,
    "ledelsesrum": 3,
    "lederrollen": 3,
    "ledelse på tværs": 2,
    "ledelsesudvikling": 4,
}


def test_topledere_donut_counts_per_theme():
    app = open_page("temaer")
    data = chart_data(app, 0)
    assert dict(zip(data["theme"], data["count"], strict=True)) == TOP_COUNTS
    assert list(data["label"])[:2] == ["3 (16\u00a0%)", "4 (21\u00a0%)"]
    assert chart_specs(app)[0]["title"]["text"] == "Topledere"
    assert "beregnet fra data" in chart_specs(app)[0]["title"]["subtitle"]


def test_institution_donut_and_bars_cover_both_groups():
    app = open_page("temaer")
    institution = chart_data(app, 1)
    assert institution["count"].sum() == 20
    assert "ledelsesrum" not in set(institution["theme"])
    bars = chart_data(app, 2)
    assert set(bars["group"]) == {"Topledere", "Institutions- og driftsledere"}
    assert bars.groupby("group")["share"].sum().round(9).eq(1).all()


def test_every_theme_keeps_its_colour_on_every_chart():
    app = open_page("temaer")
    colour_of = {}
    for spec in chart_specs(app):
        scale = spec["layer"][0]["encoding"]["color"]["scale"]
        for theme, colour in zip(scale["domain"], scale["range"], strict=True):
            assert colour_of.setdefault(theme, colour) == colour
    assert len(colour_of) == 6


def test_charts_describe_their_takeaway():
    app = open_page("temaer")
    assert chart_description(app, 0).startswith("Topledere: 19 udvalgte spørgsmål")
    assert "borgerblik og ledelsesudvikling" in chart_description(app, 0)
    assert "størst andel borgerblik (25\u00a0%)" in chart_description(app, 2)


def test_report_facts_beside_each_cake_carry_their_marks():
    app = open_page("temaer")
    captions = marked(app)
    report = ":blue-badge[:material/menu_book: rapporten]"
    assert f"{report} Rapporten samlede alle gruppens spørgsmål i **7 temaer**." in captions
    assert f"{report} Rapporten samlede alle gruppens spørgsmål i **6 temaer**." in captions
    not_stated = [c for c in captions if c.startswith(":gray-badge[:material/help: ikke oplyst]")]
    assert len(not_stated) == 2
    counted = ":green-badge[:material/calculate: optalt] Optalt fra gruppens 19 udvalgte spørgsmål."
    assert counted in captions
    # The heading says what is under it: themes counted from the data, not "what the report says".
    assert markdown_texts(app).count("**Temaer og antal spørgsmål**") == 2


def test_picking_a_theme_links_to_its_cards():
    app = open_page("temaer")
    assert not app.main.get("page_link")
    app.pills(key="valgt").set_value("krydspres").run()
    link = app.main.get("page_link")[0]
    assert link.proto.label == "**Se de 7 kort om krydspres**"
    assert (link.proto.page, link.proto.query_string) == ("kort", "tema=krydspres")


def test_english_labels():
    app = open_page("temaer", lang="English")
    assert app.title[0].value == "Themes – what the groups asked about"
    # Each theme's Danish name with a short English gloss.
    assert "- krydspres – cross-pressure: 3 (16%)" in "\n".join(markdown_texts(app))
    assert chart_specs(app)[0]["title"]["text"] == "Top leaders"
    assert chart_data(app, 0)["label"].iloc[0] == "3 (16%)"
