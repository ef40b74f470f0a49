"""Chart builders: pandas in, `alt.Chart` out. Every chart carries a description of its takeaway."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard.palette import BACKGROUND, TEXT, label_colour_on

THEME_SELECTION = "tema"  # name of the click selection on theme charts (read back by the UI)


def _theme_scale(colours: dict[str, str], themes: list[str]) -> alt.Scale:
    return alt.Scale(domain=themes, range=[colours[t] for t in themes])


def _with_positions(shares: pd.DataFrame) -> pd.DataFrame:
    """Add where each theme's slice starts, ends and is centred within its group (0–1)."""
    placed = shares.copy()
    placed["end"] = placed.groupby("group", sort=False)["share"].cumsum()
    placed["start"] = placed["end"] - placed["share"]
    placed["middle"] = (placed["start"] + placed["end"]) / 2
    placed["order"] = range(len(placed))
    return placed


def _with_locale(chart: alt.LayerChart, number_locale: dict) -> alt.LayerChart:
    """The chart writing numbers (axes, tooltips) as its language does, e.g. '16 %' in Danish."""
    return chart.configure(locale=alt.Locale(number=alt.NumberLocale(**number_locale)))


# px one legend entry takes: its colour, its label (cut at LEGEND_LABEL_LIMIT) and a gap.
LEGEND_ENTRY_WIDTH = 150
LEGEND_LABEL_LIMIT = 125


def _legend_below(n_entries: int) -> alt.Legend:
    """A legend under the chart, as many entries a row as its width holds (fewer where that
    evens out the rows): 2 columns on a phone, one row on a wide screen."""
    per_row = f"max(1, floor(width / {LEGEND_ENTRY_WIDTH}))"
    return alt.Legend(
        title=None,
        orient="bottom",
        columns=alt.ExprRef(f"ceil({n_entries} / ceil({n_entries} / {per_row}))"),
        labelLimit=LEGEND_LABEL_LIMIT,
        labelFontSize=13,
        labelColor=TEXT,
    )


# The donut's radii follow its drawing area, so its labels stay inside whatever width the page
# gives it (390 px on a phone): the labels' centres lie this far inside the area's edge ...
DONUT_LABEL_INSET = {"side": 36, "top": 14}  # px: half a label's width, half its height
DONUT_LABEL_GAP = 26  # ... the ring ends this far inside the labels ...
DONUT_HOLE = 0.6  # ... and its hole is this share of its radius.


def theme_donut(
    shares: pd.DataFrame,
    colours: dict[str, str],
    *,
    number_locale: dict,
    title: str,
    subtitle: str,
    centre: str,
    description: str,
    tooltip_titles: dict[str, str],
) -> alt.LayerChart:
    """A donut of one group's theme counts, `centre` written in its hole (e.g. how many
    questions); each slice labelled with count and share (its `label`), the legend below.
    It fits any width from a phone's up: the ring and its labels scale with the drawing area."""
    data = _with_positions(shares)
    themes = list(data["theme"])
    selection = alt.selection_point(name=THEME_SELECTION, fields=["theme"])
    label_radius = (
        f"min(width / 2 - {DONUT_LABEL_INSET['side']}, height / 2 - {DONUT_LABEL_INSET['top']})"
    )
    outer_radius = f"({label_radius}) - {DONUT_LABEL_GAP}"
    base = alt.Chart(data).encode(
        theta=alt.Theta("count:Q", stack=True),
        order=alt.Order("order:Q"),
        color=alt.Color(
            "theme:N", scale=_theme_scale(colours, themes), legend=_legend_below(len(themes))
        ),
        tooltip=[
            alt.Tooltip("theme:N", title=tooltip_titles["theme"]),
            alt.Tooltip("count:Q", title=tooltip_titles["count"]),
            alt.Tooltip("percent_label:N", title=tooltip_titles["share"]),
        ],
    )
    arcs = (
        base.mark_arc(
            innerRadius=alt.ExprRef(f"({outer_radius}) * {DONUT_HOLE}"),
            outerRadius=alt.ExprRef(outer_radius),
            stroke=BACKGROUND,
            strokeWidth=2,
        )
        .encode(opacity=alt.condition(selection, alt.value(1.0), alt.value(0.35)))
        .add_params(selection)
    )
    labels = base.mark_text(radius=alt.ExprRef(label_radius), fontSize=13).encode(
        text="label:N", color=alt.value(TEXT)
    )
    centre = (
        alt.Chart(pd.DataFrame({"text": [centre]}))
        # The number over its word ("19" / "spørgsmål"): on one line it fills the hole edge to edge.
        .mark_text(fontSize=18, fontWeight="bold", color=TEXT, lineBreak=" ", lineHeight=22)
        .encode(text="text:N")
    )
    chart = alt.layer(arcs, labels, centre).properties(
        title=alt.TitleParams(title, subtitle=subtitle, anchor="start", fontSize=16),
        description=description,
        # 360 × 440 in all as a file; a page draws it as wide as its column, as high.
        width=360,
        height=440,
        autosize=alt.AutoSizeParams(type="fit", contains="padding"),
        padding={"top": 8, "bottom": 8, "left": 8, "right": 8},
    )
    return _with_locale(chart, number_locale)


BAR_THICKNESS = 30  # px
BAR_STEP = 76  # px from one group's bar to the next: the bar and its group's name above it


def theme_share_bars(
    shares: pd.DataFrame,
    colours: dict[str, str],
    *,
    number_locale: dict,
    title: str,
    subtitle: str,
    description: str,
    axis_title: str,
    group_labels: dict[str, str],
    tooltip_titles: dict[str, str],
) -> alt.LayerChart:
    """One 100 % bar per group, split by theme, so groups of different size compare directly.

    Each group's name stands above its bar, so the bars take the whole width on a phone too;
    each segment is labelled with its share (the counts on hover), where the label fits."""
    data = _with_positions(shares)
    data["group_label"] = data["group"].map(group_labels)
    data["text_colour"] = data["theme"].map(lambda t: label_colour_on(colours[t]))
    themes = list(dict.fromkeys(data["theme"]))
    groups = alt.Y("group_label:N", title=None, sort=list(group_labels.values()), axis=None)
    base = alt.Chart(data).encode(
        y=groups,
        tooltip=[
            alt.Tooltip("group_label:N", title=tooltip_titles["group"]),
            alt.Tooltip("theme:N", title=tooltip_titles["theme"]),
            alt.Tooltip("count:Q", title=tooltip_titles["count"]),
            alt.Tooltip("percent_label:N", title=tooltip_titles["share"]),
        ],
    )
    bars = base.mark_bar(size=BAR_THICKNESS, stroke=BACKGROUND, strokeWidth=1).encode(
        x=alt.X(
            "start:Q",
            title=axis_title,
            # Every 20 %: every 5 % crowds the axis on a wide screen.
            axis=alt.Axis(format="%", tickCount=5),
            scale=alt.Scale(domain=[0, 1]),
        ),
        x2="end:Q",
        color=alt.Color(
            "theme:N", scale=_theme_scale(colours, themes), legend=_legend_below(len(themes))
        ),
    )
    # Shares inside the bars, where they fit: colour is never the only cue to a theme's size.
    shares_written = base.mark_text(fontSize=13).encode(
        x="middle:Q",
        text="percent_label:N",
        color=alt.Color("text_colour:N", scale=None),
        opacity=alt.condition("datum.share * width >= 32", alt.value(1), alt.value(0)),
    )
    names = (
        alt.Chart(data.drop_duplicates("group"))
        .mark_text(
            align="left",
            baseline="bottom",
            dy=-(BAR_THICKNESS // 2 + 4),
            fontSize=13,
            fontWeight="bold",
            color=TEXT,
        )
        .encode(y=groups, x=alt.datum(0), text="group_label:N")
    )
    chart = alt.layer(bars, shares_written, names).properties(
        title=alt.TitleParams(title, subtitle=subtitle, anchor="start"),
        description=description,
        width=640,  # as a file; a page draws it as wide as its column
        height=alt.Step(BAR_STEP),
    )
    return _with_locale(chart, number_locale)
