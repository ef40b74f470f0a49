"""Tværlæsning: the report's reflections beside their evidence, the groups read side by side,
and the words the two sides use differently."""

import streamlit as st

from dashboard.i18n import text
from dashboard.themes import headline_theme
from dashboard.ui import state
from dashboard.ui.crossreading import (
    column_picker,
    reflection_tab_labels,
    reflection_with_evidence,
    render_comparison_tables,
    render_side_by_side,
)
from dashboard.ui.frame import current_language, current_relay, run_through_app

run_through_app()
lang = current_language()
relay = current_relay()
groups = relay.groups  # read once: it scans the relay's rows

st.title(text("cross.title", lang))
st.markdown(
    text(relay.metadata.by_origin(report="cross.intro.report", file="cross.intro.other"), lang)
)

reflections = relay.metadata.reflections
if reflections:
    st.header(text("cross.reflections", lang))
    tabs = st.tabs(
        reflection_tab_labels(reflections, lang),
        key=state.REFLECTION,
        bind="query-params",
    )
    for tab, reflection in zip(tabs, reflections, strict=True):
        if tab.open:
            with tab:
                reflection_with_evidence(relay, reflection, lang)

st.header(text("cross.side_by_side", lang))
st.caption(text("cross.side_by_side_intro", lang))
default_theme = headline_theme(relay)
if not all(default_theme in relay.themes(g) for g in (groups[0], groups[-1])):
    default_theme = None
picks = []
for column, panel, heading, default_group in zip(
    st.columns(2, gap="large"),
    state.PANEL_KEYS,
    ("cross.left", "cross.right"),
    (groups[0], groups[-1]),
    strict=True,
):
    with column, st.container(border=True):
        st.markdown(f"**{text(heading, lang)}**")
        picks.append(column_picker(relay, panel, default_group, default_theme, lang))
left, right = picks
render_side_by_side(relay, left, right, lang)

st.header(text("cross.words_differ", lang))
if left.selection == right.selection:
    st.info(text("cross.same_sides", lang))
else:
    st.caption(text("cross.words_differ_intro", lang))
    render_comparison_tables(relay, left, right, lang)
