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
    questions); each slice labelled with count and share."""
    data = _with_positions(shares)
    themes = list(data["theme"])
    selection = alt.selection_point(name=THEME_SELECTION, fields=["theme"])
    base = alt.Chart(data).encode(
        theta=alt.Theta("count:Q", stack=True),
        order=alt.Order("order:Q"),
        color=alt.Color(
            "theme:N",
            scale=_theme_scale(colours, themes),
            legend=alt.Legend(
                title=None, orient="right", labelLimit=200, labelFontSize=13, labelColor=TEXT
            ),
        ),
        tooltip=[
            alt.Tooltip("theme:N", title=tooltip_titles["theme"]),
            alt.Tooltip("count:Q", title=tooltip_titles["count"]),
            alt.Tooltip("share:Q", title=tooltip_titles["share"], format=".0%"),
        ],
    )
    arcs = (
        base.mark_arc(innerRadius=58, outerRadius=104, stroke=BACKGROUND, strokeWidth=2)
        .encode(opacity=alt.condition(selection, alt.value(1.0), alt.value(0.35)))
        .add_params(selection)
    )
    labels = base.mark_text(radius=128, fontSize=13).encode(text="label:N", color=alt.value(TEXT))
    centre = (
        alt.Chart(pd.DataFrame({"text": [centre]}))
        # The number over its word ("19" / "spørgsmål"): on one line it fills the hole edge to edge.
        .mark_text(fontSize=18, fontWeight="bold", color=TEXT, lineBreak=" ", lineHeight=22)
        .encode(text="text:N")
    )
    chart = alt.layer(arcs, labels, centre).properties(
        title=alt.TitleParams(title, subtitle=subtitle, anchor="start", fontSize=16),
        description=description,
        height=320,
        # Streamlit clips a chart's title and outer labels without room around the plot.
        padding={"top": 24, "bottom": 24, "left": 8, "right": 8},
    )
    return _with_locale(chart, number_locale)


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
    """One 100 % bar per group, split by theme, so groups of different size compare directly."""
    data = _with_positions(shares)
    data["group_label"] = data["group"].map(group_labels)
    data["text_colour"] = data["theme"].map(lambda t: label_colour_on(colours[t]))
    themes = list(dict.fromkeys(data["theme"]))
    base = alt.Chart(data).encode(
        y=alt.Y(
            "group_label:N",
            title=None,
            sort=list(group_labels.values()),
            axis=alt.Axis(labelLimit=260, labelFontSize=13, labelColor=TEXT),
        ),
        tooltip=[
            alt.Tooltip("group_label:N", title=tooltip_titles["group"]),
            alt.Tooltip("theme:N", title=tooltip_titles["theme"]),
            alt.Tooltip("count:Q", title=tooltip_titles["count"]),
            alt.Tooltip("share:Q", title=tooltip_titles["share"], format=".0%"),
        ],
    )
    bars = base.mark_bar(stroke=BACKGROUND, strokeWidth=1).encode(
        x=alt.X(
            "start:Q", title=axis_title, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])
        ),
        x2="end:Q",
        color=alt.Color(
            "theme:N",
            scale=_theme_scale(colours, themes),
            legend=alt.Legend(
                title=None, orient="bottom", columns=3, labelLimit=240, labelColor=TEXT
            ),
        ),
    )
    # Counts inside the bars: colour is never the only cue to a theme's size.
    labels = base.mark_text(fontSize=13).encode(
        x="middle:Q", text="count:Q", color=alt.Color("text_colour:N", scale=None)
    )
    chart = alt.layer(bars, labels).properties(
        title=alt.TitleParams(title, subtitle=subtitle, anchor="start"),
        description=description,
        height=alt.Step(56),
    )
    return _with_locale(chart, number_locale)
