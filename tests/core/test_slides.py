"""The slide model: order, what each slide holds, and that computed numbers say so."""

from __future__ import annotations

import pytest

from dashboard.relay import BUNDLED_TABLE, read_relay_files
from dashboard.slides import (
    ChartFigure,
    CloudFigure,
    Step,
    build_slides,
    deck_steps,
    deck_summary,
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
    assert small[0].lines[0] == "2 kort om krydspres fra topledere"  # the deck's own cards
    assert (
        slides[0].lines[0] == "39 kort om 6 temaer fra topledere og institutions- og driftsledere"
    )


def test_card_slides_follow_the_cards_order_and_keep_the_text(relay):
    cards = relay.pairs.iloc[[5, 0, 30]]
    card_slides = [s for s in build_slides(relay, cards, "da") if s.kind == "card"]
    assert [s.card_id for s in card_slides] == list(cards["id"])
    first = card_slides[1]
    assert first.question == relay.pairs.loc[0, "question"]
    assert "**spændingen**" in first.question
    assert (first.group, first.theme) == ("Topledere", "krydspres")
    assert first.source == "Kilde: afsnittet »Topledere – krydspres«"
    assert [s.heading for s in card_slides] == [
        "Borgerblik · Topledere",
        "Krydspres · Topledere",
        "Lederrollen · Institutions- og driftsledere",
    ]
    assert [s.counter for s in card_slides] == ["kort 1 af 3", "kort 2 af 3", "kort 3 af 3"]


def test_computed_cakes_and_clouds_say_so(slides):
    for slide in slides:
        if slide.kind in ("themes", "clouds"):
            assert COMPUTED in slide.source
    themes = [s for s in slides if s.kind == "themes"]
    assert all("beregnet fra data" in s.subheading for s in themes)
    for chart in (figure.chart for slide in themes for figure in slide.figures):
        assert chart.to_dict()["title"]["text"] == ""  # one title a slide: the slide's
    assert any(
        "Rapporten samlede" in line and "7 temaer" in plain(line) for line in themes[0].lines
    )
    assert themes[0].source.endswith("Antallet af temaer står i rapporten.")  # one source line
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


def test_a_cake_slide_names_its_group_once_in_its_title(relay, slides):
    for slide, group in zip((s for s in slides if s.kind == "themes"), relay.groups, strict=True):
        assert slide.heading == f"Temaer – {group}"
        words = " ".join((slide.subheading, *slide.lines, *(f.label for f in slide.figures)))
        assert group not in words
        assert group in slide.figures[0].description  # the picture's alternative text says it


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
    assert words.lines == (words.lines[0],)


def test_title_slide_says_what_the_deck_holds_and_where_it_comes_from(relay, slides):
    title = slides[0]
    assert title.heading == "Ledelse til gavn for borgerne"
    assert title.lines[1] == "Ledelseskommissionen · 2017–2018"
    assert "39 spørgsmål" not in " ".join(title.lines)
    assert title.source.startswith("Kilde: rapporten »Ledelse til gavn for borgerne«")
    assert "Kortene er talt i præsentationen" in title.source


@pytest.mark.parametrize(
    ("ids", "lang", "summary"),
    [
        (["top-krydspres-1"], "en", "1 card on krydspres from top leaders"),
        (
            ["top-krydspres-1", "inst-borgerblik-2"],
            "da",
            "2 kort om krydspres og borgerblik fra topledere og institutions- og driftsledere",
        ),
        (
            ["top-krydspres-1", "top-borgerblik-1", "top-ledelsesrum-1", "top-lederrollen-1"],
            "da",
            "4 kort om 4 temaer fra topledere",
        ),
        ([], "da", "Ingen kort"),
    ],
)
def test_the_title_slide_counts_the_decks_cards_in_words(relay, ids, lang, summary):
    cards = relay.pairs.set_index("id").loc[ids].reset_index()
    assert deck_summary(relay, cards, lang) == summary


def test_english_slides(relay):
    english = build_slides(relay, relay.pairs.head(1), "en")
    assert english[1].heading == "Themes – Top leaders"
    assert english[-2].heading == "Central themes of the relay"
    assert english[4].heading == "Krydspres · Top leaders"
    assert english[4].counter == "card 1 of 1"


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
    assert title.heading == "qa" and title.lines == ("2 kort om krydspres fra topledere",)
    assert "rapporten" not in title.source and "qa.csv" in title.source
    themes = [s for s in slides if s.kind == "themes"]
    assert all(COMPUTED in s.source and "qa.csv" in s.source for s in themes)
    assert not any("står i" in s.source for s in themes)  # nothing stated, nothing said so
    assert any("ikke oplyst" in line for line in themes[0].lines)
    assert not [s for s in slides if s.kind == "reflection"]


def test_a_deck_may_have_only_its_cards(relay):
    cards = relay.pairs.head(3)
    only = build_slides(relay, cards, "da", general=frozenset())
    assert [s.kind for s in only] == ["card"] * 3
    some = build_slides(relay, cards, "da", general=frozenset({"title", "reflections"}))
    assert [s.kind for s in some] == ["title", "card", "card", "card", "reflection", "reflection"]


def test_a_card_takes_two_steps_question_then_answer(relay):
    slides = build_slides(relay, relay.pairs.head(2), "da", general=frozenset({"title"}))
    assert deck_steps(slides) == (
        Step(0, True),
        Step(1, False),
        Step(1, True),
        Step(2, False),
        Step(2, True),
    )


def test_a_cloud_slide_explains_only_the_colours_its_clouds_use(slides):
    clouds = next(s for s in slides if s.kind == "clouds")
    for figure in clouds.figures:
        explained = {colour for colour, _ in figure.legend}
        assert explained == set(figure.frequencies["colour"])
