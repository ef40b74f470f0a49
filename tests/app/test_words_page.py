"""Ord under AppTest: a cloud and a table per group, keyword in context, cached clouds."""

from __future__ import annotations

from unittest import mock
from urllib.parse import parse_qs

from dashboard.ui import analysis
from tests.app.conftest import open_page
from tests.app.helpers import marked


def test_a_cloud_and_its_table_per_group_from_the_questions():
    app = open_page("ord")
    assert [s.value for s in app.subheader] == ["Topledere", "Institutions- og driftsledere"]
    assert len(app.image) == 2
    alt = app.image[0].proto.imgs[0].alt
    assert alt.startswith("Ordsky for Topledere: borgerne, kommune, ledere")
    assert "Farver: blå: Mere brugt af Topledere; rødorange: Mere brugt af Institutions-" in alt
    # Served by URL as the PNG drawn (not sent as a data URL, not re-encoded as JPEG).
    assert all(image.proto.imgs[0].url.endswith(".png") for image in app.image)
    tables = [frame.value for frame in app.dataframe]
    assert len(tables) == 2 and len(tables[0]) == 25
    institution = dict(zip(tables[1]["Ord"], tables[1]["Antal"], strict=True))
    assert institution["organisation"] == "8"  # organisation, -en, -er counted as one
    # Numbers as Danish writes them, also in what a screen reader reads from the grid.
    assert all("," in v and "." not in v for v in tables[0]["Pr. 1.000 ord"])
    # One label per term in the whole relay: "borgerne" in both groups' tables, not "borgere".
    assert "borgerne" in set(tables[0]["Ord"]) & set(tables[1]["Ord"])
    assert set(tables[0]["Mere brugt af"]) == {"–"}  # no question word leans clearly
    computed = [c for c in marked(app) if c.startswith(":green-badge[")]
    assert len(computed) == 2 and computed[0].endswith("ord i alt, fyldord medregnet.")


def test_no_stop_word_in_the_tables():
    from dashboard.text import stopwords

    app = open_page("ord", ord_i="Begge")
    for frame in app.dataframe:
        assert not set(frame.value["Ord"]) & stopwords()


def test_top_n_and_kind_from_the_url():
    app = open_page("ord", antal="10", ord_i="Svar")
    assert len(app.dataframe[0].value) == 10
    assert app.segmented_control(key="ord_i").value == "answers"


def test_picking_a_word_shows_each_use_as_a_link_to_its_card():
    app = open_page("ord")
    app.selectbox(key="ord").set_value("sektor").run()
    links = [link.proto for link in app.main.get("page_link")]
    uses = [link for link in links if link.label.startswith("…")]
    assert any(
        "**sektor**" in u.label and ":gray[Topledere · borgerblik · spørgsmål]" in u.label
        for u in uses
    )
    assert any("**sektorer**" in u.label and "Institutions" in u.label for u in uses)
    # Cut at word boundaries: the context starts and ends with whole words.
    first = uses[0].label
    assert first.startswith("…understøtter vi") and "øget… :gray[" in first
    assert uses[0].page == "kort"
    assert parse_qs(uses[0].query_string) == {
        "gruppe": ["Topledere"],
        "tema": ["borgerblik"],
        "q": ["sektor"],
    }
    assert (links[-1].page, links[-1].query_string) == ("kort", "q=sektor")


def test_clouds_are_not_redrawn_on_reruns_that_do_not_change_them():
    with mock.patch.object(analysis, "cloud_png", wraps=analysis.cloud_png) as draw:
        app = open_page("ord")
        assert draw.call_count == 2
        app.selectbox(key="ord").set_value("ledelse").run()
        app.selectbox(key="ord").set_value("borgerne").run()
        assert draw.call_count == 2
        app.slider(key="antal").set_value(30).run()
        assert draw.call_count == 4


def test_the_picker_offers_one_entry_per_term_and_the_colours_are_explained():
    app = open_page("ord", ord_i="Begge")
    options = app.selectbox(key="ord").options
    assert "borgerne" in options and "borgere" not in options and "borger" not in options
    assert "ledelse" in options and "ledere" in options
    explained = [c.proto.help for c in app.caption if c.value.startswith("Størrelsen viser")]
    assert explained and "mindst 1,96" in explained[0] and "mindst 5" in explained[0]
    table = app.dataframe[1].value
    leaning = dict(zip(table["Ord"], table["Mere brugt af"], strict=True))
    assert leaning["kerneopgaven"] == "Institutions- og driftsledere"
