"""Theme cakes and bars as the pages draw them, each spec built once per relay and input."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.crossreading import selection_pairs
from dashboard.i18n import Language, text
from dashboard.markup import escape_label
from dashboard.relay import Relay
from dashboard.slug import slug
from dashboard.text import TextSelection
from dashboard.themes import (
    largest_themes,
    theme_bars_chart,
    theme_colours,
    theme_donut_chart,
    theme_shares,
    totals_shares,
)
from dashboard.ui.charts import show_chart, vega_lite_spec
from dashboard.ui.downloads import chart_downloads
from dashboard.ui.widgets import marked_caption

LARGEST_THEMES_SHOWN = 6


@st.cache_data(show_spinner=False, max_entries=256)
def _relay_theme_shares(_relay: Relay, fingerprint: str, group, lang: Language):
    return theme_shares(selection_pairs(_relay.pairs, TextSelection(group)), lang)


def relay_theme_shares(relay: Relay, lang: Language, group: str | None = None) -> pd.DataFrame:
    """Theme counts and shares of a group (None: all), computed from the data."""
    return _relay_theme_shares(relay, relay.fingerprint, group, lang)


def _donut(relay: Relay, group: str, label: str, lang: Language):
    shares = relay_theme_shares(relay, lang, group)
    return theme_donut_chart(shares, theme_colours(relay), label, lang)


@st.cache_data(show_spinner=False, max_entries=256)
def _donut_spec(_relay: Relay, fingerprint: str, group: str, label: str, lang: Language):
    return vega_lite_spec(_donut(_relay, group, label, lang))


def show_theme_donut(relay: Relay, label: str, lang: Language, *, group: str, key: str):
    """A group's cake of its themes titled `label`, saying it is computed from the data, whose
    clicked slice is read back by `key` (`picked_theme`), with PNG and SVG downloads."""
    spec = _donut_spec(relay, relay.fingerprint, group, label, lang)
    state = show_chart(spec, key=key)
    identity = f"donut|{group}|{label}"
    chart_downloads(
        lambda: _donut(relay, group, label, lang), f"tema-{slug(label)}", identity, lang
    )
    return state


def _totals_donut(relay: Relay, group: str, label: str, lang: Language):
    shares = totals_shares(group, relay.metadata.group(group).theme_totals, lang)
    return theme_donut_chart(shares, theme_colours(relay), label, lang, whole_relay=True)


@st.cache_data(show_spinner=False, max_entries=64)
def _totals_spec(_relay: Relay, fingerprint: str, group: str, label: str, lang: Language):
    return vega_lite_spec(_totals_donut(_relay, group, label, lang))


def show_theme_totals_donut(relay: Relay, group: str, label: str, lang: Language):
    """A cake of the group's theme totals as its metadata states them (the whole relay)."""
    show_chart(_totals_spec(relay, relay.fingerprint, group, label, lang))
    chart_downloads(
        lambda: _totals_donut(relay, group, label, lang),
        f"tema-hele-{slug(label)}",
        f"totals|{group}",
        lang,
    )


def _bars(relay: Relay, lang: Language):
    shares = relay_theme_shares(relay, lang)
    return theme_bars_chart(shares, theme_colours(relay), relay.group_labels(lang), lang)


@st.cache_data(show_spinner=False, max_entries=16)
def _bars_spec(_relay: Relay, fingerprint: str, lang: Language):
    return vega_lite_spec(_bars(_relay, lang))


def show_theme_bars(relay: Relay, lang: Language):
    """The groups' theme shares as 100 % bars on one axis, with PNG and SVG downloads."""
    show_chart(_bars_spec(relay, relay.fingerprint, lang))
    chart_downloads(lambda: _bars(relay, lang), "temaer-side-om-side", "bars", lang)


def largest_themes_line(relay: Relay, group: str, lang: Language) -> None:
    """A group's themes, the largest first, with their counts (the largest in bold), and how
    many questions they are counted from."""
    shares = relay_theme_shares(relay, lang, group)
    rows = largest_themes(shares, group, LARGEST_THEMES_SHOWN)
    top = rows["count"].max()
    label = relay.metadata.theme_label
    parts = [
        f"**{escape_label(label(row.theme, lang))}** {row.count}"
        if row.count == top
        else f"{escape_label(label(row.theme, lang))} {row.count}"
        for row in rows.itertuples()
    ]
    more = len(shares) - len(rows)
    if more:
        parts.append(text("overview.more_themes", lang, n=more))
    st.markdown(" · ".join(parts))
    marked_caption(
        "computed", text("overview.counted_from", lang, n=int(shares["count"].sum())), lang
    )
