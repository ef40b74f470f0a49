"""The slide model: order, what each slide holds, and that computed numbers say so."""

from __future__ import annotations

import pytest

from dashboard.relay import BUNDLED_TABLE, read_relay_files
from dashboard.slides import (
    ChartFigure,
    CloudFigure,
    build_slides,
    figures,
    plain,
    runs,
    shared_slides,
)

COMPUTED = "beregnet fra de udvalgte spørgsmål og svar"


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


@pytest.fixture(scope="module")
def slides(relay):
    return build_slides(relay, relay.pairs, "da")


def test_slides_come_in_meeting_order(relay, slides):
    kinds = [slide.kind for slide in slides]
    n_groups, n_reflections = len(relay.groups), len(relay.metadata.reflections)
    assert kinds == (
        ["title"] + ["themes"] * n_groups + ["clouds"] + ["card"] * 39 + ["reflection"] * 2
    )
    assert n_reflections == 2


def test_decks_can_share_the_slides_that_do_not_depend_on_their_cards(relay, slides):
    shared = shared_slides(relay, "da")
    small = build_slides(relay, relay.pairs.head(2), "da", shared=shared)
    other = build_slides(relay, relay.pairs.tail(3), "da", shared=shared)
    assert small[1:4] == other[1:4] == [*shared.themes, shared.clouds]  # the same objects
    assert small[-2:] == other[-2:] == list(shared.reflections)
    assert [s.kind for s in small] == ["title", "themes", "themes", "clouds"] + ["card"] * 2 + [
        "reflection"
    ] * 2
    # The same content as a deck built on its own.
    alone = build_slides(relay, relay.pairs.head(2), "da")
    assert [(s.kind, s.heading, s.lines, s.evidence) for s in small] == [
        (s.kind, s.heading, s.lines, s.evidence) for s in alone
    ]
    assert small[0].evidence != slides[0].evidence  # the title counts the deck's own cards


def test_card_slides_follow_the_cards_order_and_keep_the_text(relay):
    cards = relay.pairs.iloc[[5, 0, 30]]
    card_slides = [s for s in build_slides(relay, cards, "da") if s.kind == "card"]
    assert [s.card_id for s in card_slides] == list(cards["id"])
    first = card_slides[1]
    assert first.question == relay.pairs.loc[0, "question"]
    assert "**spændingen**" in first.question
    assert (first.group, first.theme) == ("Topledere", "krydspres")
    assert first.small_print == "Topledere · krydspres · Kilde: afsnittet »Topledere – krydspres«"
    assert [s.heading for s in card_slides] == ["Kort 1 af 3", "Kort 2 af 3", "Kort 3 af 3"]


def test_computed_cakes_and_clouds_say_so(slides):
    for slide in slides:
        if slide.kind in ("themes", "clouds"):
            assert COMPUTED in slide.source
    themes = [s for s in slides if s.kind == "themes"]
    assert all("beregnet fra data" in s.subheading for s in themes)
    assert any(
        "Rapporten samlede" in line and "7 temaer" in plain(line) for line in themes[0].lines
    )
    clouds = next(s for s in slides if s.kind == "clouds")
    assert "beregnet fra de udvalgte spørgsmål og svar" in plain(clouds.lines[0])


def test_a_pie_chart_on_a_slide_adds_up_to_100_percent_and_counts_the_unnamed_theme(slides):
    themes = [s for s in slides if s.kind == "themes"]
    for slide in themes:
        data = slide.figures[0].chart.layer[0].data
        assert data["percent"].sum() == 100
        assert "Ét tema mere er ikke med: kilden giver hverken dets navn eller dets spørgsmål." in (
            slide.lines
        )


def test_figures_carry_charts_and_cloud_tables_not_pictures(slides):
    shown = figures(slides)
    charts = [f for f in shown if isinstance(f, ChartFigure)]
    clouds = [f for f in shown if isinstance(f, CloudFigure)]
    assert len(charts) == 2 and len(clouds) == 2
    assert all(len(f.frequencies) == 25 for f in clouds)
    assert clouds[0].frequencies["count"].is_monotonic_decreasing
    assert len({f.name for f in shown}) == len(shown)


def test_reflections_carry_their_evidence(slides):
    krydspres, words = [s for s in slides if s.kind == "reflection"]
    assert krydspres.evidence[0].startswith("Topledere: 16\u00a0% – ")  # as the pie chart says
    assert "af 19 udvalgte spørgsmål handler om krydspres" in krydspres.evidence[0]
    assert words.table is not None
    assert [row[1] for row in words.table.rows] == ["sektor", "organisation"] * 2
    assert "optalt fra de udvalgte spørgsmål og svar" in words.source
    # One source line: quoted from the report, counted from the data, and the caveat, all there.
    assert "Citeret fra kilden." in words.source and "pege en anden vej" in words.source
    assert words.lines == (words.lines[0],) and not words.note


def test_title_slide_states_what_the_report_states(slides):
    title = slides[0]
    assert title.heading == "Ledelse til gavn for borgerne"
    assert title.lines == ("Ledelseskommissionen · 2017–2018",)
    # No source note after every line: the slide's one source line says it.
    assert "Topledere: 56 deltagere" in title.evidence
    assert "224 unikke bidrag i alt" in title.evidence
    assert not any("oplyst" in line or "optalt" in line for line in title.evidence)
    assert title.source.endswith(
        "Deltagere og bidrag står i rapporten; spørgsmål og kort er optalt fra data."
    )


def test_english_slides(relay):
    english = build_slides(relay, relay.pairs.head(1), "en")
    assert english[1].heading == "Themes – Top leaders"
    assert english[-2].heading == "Central themes of the relay"
    assert english[4].small_print.startswith("Top leaders · krydspres · Source:")


def test_runs_split_the_reports_emphasis():
    pieces = runs("før **fed** og *kursiv* efter")
    assert [(p.text, p.bold, p.italic) for p in pieces] == [
        ("før ", False, False),
        ("fed", True, False),
        (" og ", False, False),
        ("kursiv", False, True),
        (" efter", False, False),
    ]
    assert plain("a **b** c") == "a b c"


def test_building_the_slides_draws_nothing(relay, monkeypatch):
    """Figures are drawn by the exports and the page, one by one, never by the slide model."""
    from dashboard.export import images
    from dashboard.text import cloud

    def must_not_draw(*_args, **_kwargs):
        raise AssertionError("the slide model drew a figure")

    for module, name in ((images, "chart_png"), (images, "figure_png"), (cloud, "layout_cloud")):
        monkeypatch.setattr(module, name, must_not_draw)
    slides = build_slides(relay, relay.pairs, "da")
    assert {figure.name for figure in figures(slides)} >= {"tema-topledere", "ordsky-topledere"}


def test_a_relay_without_metadata_states_nothing_and_names_its_file():
    bare = read_relay_files(BUNDLED_TABLE, None).require()
    slides = build_slides(bare, bare.pairs.head(2), "da")
    title = slides[0]
    assert not any("deltagere" in line or "bidrag" in line for line in title.evidence)
    assert "2 kort i denne præsentation" in title.evidence
    assert title.source.endswith("Spørgsmål og kort er optalt fra data.")
    assert "rapporten" not in title.source and "qa.csv" in title.source
    themes = [s for s in slides if s.kind == "themes"]
    assert all(COMPUTED in s.source and "qa.csv" in s.source for s in themes)
    assert any("ikke oplyst" in line for line in themes[0].lines)
    assert not [s for s in slides if s.kind == "reflection"]
