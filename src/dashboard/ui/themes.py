"""Theme cakes and bars as the pages draw them, each spec built once per relay and input."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard.charts import theme_donut, theme_share_bars
from dashboard.crossreading import selection_pairs
from dashboard.relay import Relay
from dashboard.text import TextSelection
from dashboard.texts import Language, text
from dashboard.themes import bars_takeaway, donut_takeaway, theme_colours, theme_shares
from dashboard.ui.charts import show_chart, vega_lite_spec


def _tooltip_titles(lang: Language) -> dict[str, str]:
    return {k: text(f"themes.tooltip.{k}", lang) for k in ("theme", "group", "count", "share")}


@st.cache_data(show_spinner=False, max_entries=256)
def _relay_theme_shares(_relay: Relay, fingerprint: str, group, theme, lang: Language):
    return theme_shares(selection_pairs(_relay.pairs, TextSelection(group, theme)), lang)


def relay_theme_shares(
    relay: Relay, lang: Language, group: str | None = None, theme: str | None = None
) -> pd.DataFrame:
    """Theme counts and shares of a group and theme (None: all), computed from the data."""
    return _relay_theme_shares(relay, relay.fingerprint, group, theme, lang)


@st.cache_data(show_spinner=False, max_entries=256)
def _donut_spec(_relay: Relay, fingerprint: str, group, theme, label: str, lang: Language):
    shares = relay_theme_shares(_relay, lang, group, theme)
    chart = theme_donut(
        shares,
        theme_colours(_relay),
        title=label,
        subtitle=text("themes.share_of_selected", lang),
        description=donut_takeaway(shares, label, lang),
        tooltip_titles=_tooltip_titles(lang),
    )
    return vega_lite_spec(chart)


def show_theme_donut(
    relay: Relay,
    label: str,
    lang: Language,
    *,
    group: str | None = None,
    theme: str | None = None,
    key: str | None = None,
    on_select: Callable | None = None,
):
    """A cake of a selection's themes titled `label`, saying it is computed from the data."""
    spec = _donut_spec(relay, relay.fingerprint, group, theme, label, lang)
    return show_chart(spec, key=key, on_select=on_select)


@st.cache_data(show_spinner=False, max_entries=16)
def _bars_spec(_relay: Relay, fingerprint: str, lang: Language):
    shares = relay_theme_shares(_relay, lang)
    group_labels = _relay.group_labels(lang)
    chart = theme_share_bars(
        shares,
        theme_colours(_relay),
        title=text("themes.bars_chart_title", lang),
        subtitle=text("themes.share_of_selected", lang),
        description=bars_takeaway(shares, group_labels, lang),
        axis_title=text("themes.bars_axis", lang),
        group_labels=group_labels,
        tooltip_titles=_tooltip_titles(lang),
    )
    return vega_lite_spec(chart)


def show_theme_bars(relay: Relay, lang: Language):
    """The groups' theme shares as 100 % bars on one axis."""
    return show_chart(_bars_spec(relay, relay.fingerprint, lang))
