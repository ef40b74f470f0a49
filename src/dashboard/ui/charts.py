"""Drawing charts: full width, clickable where a page asks for it."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import streamlit as st

from dashboard.charts import THEME_SELECTION


def show_chart(
    chart: alt.TopLevelMixin, *, key: str | None = None, on_select: Callable | None = None
):
    """Draw `chart`; with `on_select`, clicks on it call that function.

    The chart's own `description` (its takeaway) is its accessible name, so no `alt=` is given.
    """
    return st.altair_chart(
        chart,
        width="stretch",
        key=key,
        on_select=on_select or "ignore",
    )


def picked_theme(chart_key: str) -> str | None:
    """The theme of the slice last clicked in the chart drawn with `chart_key`, if any."""
    state = st.session_state.get(chart_key)
    points = state.selection.get(THEME_SELECTION, []) if state else []
    return points[0].get("theme") if points else None
