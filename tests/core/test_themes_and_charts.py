"""Theme counts, shares, colours, takeaways and the chart builders that draw them."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.charts import theme_donut, theme_share_bars
from dashboard.export.images import chart_svg
from dashboard.numbers import decimal_number, percent, readable_table, vega_number_locale, whole
from dashboard.palette import OKABE_ITO, label_colour_on
from dashboard.relay import read_relay_files
from dashboard.themes import (
    ThemeCoverage,
    bars_takeaway,
    donut_takeaway,
    not_in_source_text,
    theme_colours,
    theme_coverage,
    theme_shares,
    whole_percents,
)

PAIRS = pd.DataFrame(
    {
        "group": ["A", "A", "A", "B"],
        "theme": ["x", "y", "x", "y"],
    }
)


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


def test_shares_count_per_group_in_order_of_appearance():
    shares = theme_shares(PAIRS)
    assert shares[["group", "theme", "count", "n"]].values.tolist() == [
        ["A", "x", 2, 3],
        ["A", "y", 1, 3],
        ["B", "y", 1, 1],
    ]
    assert shares["label"].tolist() == ["2 (67\u00a0%)", "1 (33\u00a0%)", "1 (100\u00a0%)"]
    assert theme_shares(PAIRS, "en")["label"].iloc[0] == "2 (67%)"


def test_whole_percentages_add_up_to_exactly_100():
    # Rounded one by one, 3 + 4 + 3 + 3 + 2 + 4 of 19 would read 16+21+16+16+11+21 = 101 %.
    assert whole_percents([3, 4, 3, 3, 2, 4]) == [16, 21, 16, 16, 10, 21]
    assert whole_percents([1, 1, 1]) == [34, 33, 33]  # equal remainders: the first one first
    assert whole_percents([2, 1]) == [67, 33]
    assert whole_percents([5]) == [100]
    assert whole_percents([0, 0]) == [0, 0] and whole_percents([]) == []
    for counts in ([1] * 7, [7, 1, 1, 1, 1, 1, 1], [13, 29, 2, 55, 1]):
        assert sum(whole_percents(counts)) == 100


def test_every_cake_in_the_relay_adds_up_to_100_percent(relay):
    shares = theme_shares(relay.pairs)
    assert shares.groupby("group")["percent"].sum().eq(100).all()
    top = shares[shares["group"] == "Topledere"]
    assert top["label"].tolist()[:2] == ["3 (16\u00a0%)", "4 (21\u00a0%)"]
    assert "2 (10\u00a0%)" in top["label"].tolist()  # 10.5 % goes down: the others went up


def test_the_themes_the_source_does_not_name_are_counted_in_words(relay):
    coverage = theme_coverage(relay, "Topledere")
    assert not_in_source_text(coverage, "da").startswith("Ét tema mere er ikke med")
    assert not_in_source_text(coverage, "en").startswith("One more theme is not included")
    three_more = ThemeCoverage("G", ("a",), 4)
    assert not_in_source_text(three_more, "da").startswith("3 temaer mere er ikke med")
    assert not_in_source_text(ThemeCoverage("G", ("a",), 1), "da") == ""
    assert not_in_source_text(ThemeCoverage("G", ("a",), None), "da") == ""


def test_shares_of_nothing_is_an_empty_table():
    assert theme_shares(PAIRS.iloc[0:0]).empty


def test_shares_and_numbers_are_written_as_each_language_writes_them():
    assert percent(0.157894, "da") == "16\u00a0%"
    assert percent(0.2, "en") == "20%"
    assert decimal_number(15.2207, "da") == "15,2" and decimal_number(15.2207, "en") == "15.2"
    assert decimal_number(-1.4812, "da", 2) == "-1,48"
    assert whole(1234567, "da") == "1.234.567" and whole(1234567, "en") == "1,234,567"


def test_a_table_for_reading_holds_its_numbers_as_the_language_writes_them():
    table = pd.DataFrame({"ord": ["sektor"], "antal": [1234], "pr_1000": [15.220700152207002]})
    shown = readable_table(table, "da", {"pr_1000": 1})
    assert shown.iloc[0].tolist() == ["sektor", "1.234", "15,2"]
    assert readable_table(table, "en", {"pr_1000": 1}).iloc[0].tolist() == [
        "sektor",
        "1,234",
        "15.2",
    ]
    assert table["antal"].iloc[0] == 1234  # the table itself is left as it was


def test_theme_colours_are_fixed_per_theme(relay):
    colours = theme_colours(relay)
    assert list(colours) == relay.themes()
    assert colours["krydspres"] == OKABE_ITO[0]
    assert len(set(colours.values())) == len(colours)


def test_coverage_counts_what_the_source_does_not_name(relay):
    top = theme_coverage(relay, "Topledere")
    assert (len(top.themes_in_data), top.themes_in_report, top.themes_not_in_source) == (6, 7, 1)
    institution = theme_coverage(relay, "Institutions- og driftsledere")
    assert institution.themes_not_in_source == 1


def test_takeaways_name_the_largest_themes():
    shares = theme_shares(PAIRS)
    a = shares[shares["group"] == "A"]
    assert donut_takeaway(a, "Gruppe A", "da") == (
        "Gruppe A: 3 udvalgte spørgsmål fordelt på 2 temaer. Flest om x: 2 spørgsmål, "
        "67\u00a0% af gruppens udvalgte spørgsmål."
    )
    # The table was labelled in Danish; the sentence writes its percentages in English.
    assert bars_takeaway(shares, {"A": "A", "B": "B"}, "en").endswith(
        "A: largest share x (67%); B: largest share y (100%)."
    )


def test_donut_spec_carries_counts_colours_selection_and_description(relay):
    shares = theme_shares(relay.pairs)
    top = shares[shares["group"] == "Topledere"]
    chart = theme_donut(
        top,
        theme_colours(relay),
        number_locale=vega_number_locale("da"),
        title="Topledere",
        subtitle="s",
        centre="19 spørgsmål",
        description="takeaway",
        tooltip_titles={"theme": "T", "count": "C", "share": "S"},
    )
    spec = chart.to_dict()
    # The hole says the number over its word: on one line they touch the slices.
    drawn = chart_svg(chart)
    assert "<tspan>19</tspan><tspan" in drawn and ">spørgsmål</tspan>" in drawn
    assert spec["description"] == "takeaway"
    assert spec["params"][0]["name"] == "tema"
    scale = spec["layer"][0]["encoding"]["color"]["scale"]
    assert scale["domain"][0] == "krydspres" and scale["range"][0] == OKABE_ITO[0]
    # Axes and tooltips write numbers as Danish does: 16 %, 1.234,5.
    number = spec["config"]["locale"]["number"]
    assert (number["decimal"], number["thousands"], number["percent"]) == (",", ".", "\u00a0%")


def test_bars_place_each_theme_within_its_group(relay):
    shares = theme_shares(relay.pairs)
    chart = theme_share_bars(
        shares,
        theme_colours(relay),
        number_locale=vega_number_locale("en"),
        title="t",
        subtitle="s",
        description="d",
        axis_title="a",
        group_labels=relay.group_labels("da"),
        tooltip_titles={"group": "G", "theme": "T", "count": "C", "share": "S"},
    )
    data = chart.layer[0].data
    ends = data.groupby("group")["end"].max()
    assert ends.round(9).eq(1).all()
    assert (data["text_colour"].isin(["#000000", "#FFFFFF"])).all()
    spec = chart.to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == "."
    # The segments say what the axis says – a share in % – and the count waits on hover.
    bars, written, names = spec["layer"]
    assert bars["encoding"]["x"]["axis"]["format"] == "%"
    assert written["encoding"]["text"]["field"] == "percent_label"
    assert {t["field"] for t in bars["encoding"]["tooltip"]} >= {"count", "percent_label"}
    assert names["encoding"]["text"]["field"] == "group_label"


def test_label_colour_contrasts_with_the_bar():
    assert label_colour_on("#0072B2") == "#FFFFFF"
    assert label_colour_on("#F0E442") == "#000000"
