"""Temaer: one theme cake per group, computed from the selected questions, and a bar comparison."""

import streamlit as st

from dashboard.i18n import text
from dashboard.markup import escape_label
from dashboard.provenance import stated_by
from dashboard.themes import report_count_key, theme_coverage
from dashboard.ui import state
from dashboard.ui.charts import picked_theme
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.themes import (
    relay_theme_shares,
    show_theme_bars,
    show_theme_donut,
    show_theme_totals_donut,
)
from dashboard.ui.widgets import link_to_cards, marked_caption

run_through_app()
lang = current_language()
relay = current_relay()
shares = relay_theme_shares(relay, lang)
group_labels = relay.group_labels(lang)
source = stated_by(relay.metadata)

st.title(text("themes.title", lang))
st.markdown(
    text(relay.metadata.by_origin(report="themes.intro.report", file="themes.intro.other"), lang)
)

for index, group in enumerate(relay.groups):
    group_shares = shares[shares["group"] == group]
    coverage = theme_coverage(relay, group)
    chart_column, facts_column = st.columns([3, 2], vertical_alignment="top")
    with chart_column:
        chart_key = state.theme_chart_key(index)
        show_theme_donut(relay, group_labels[group], lang, group=group, key=chart_key)
    with facts_column:
        clicked = picked_theme(chart_key)
        if clicked:
            count = int(group_shares.loc[group_shares["theme"] == clicked, "count"].sum())
            link_to_cards(clicked, count, lang, group=group, group_label=group_labels[group])
        else:
            st.caption(text("themes.click_hint", lang))
        st.markdown(f"**{text('themes.in_data', lang)}**")
        theme_label = relay.metadata.theme_label
        lines = [
            f"- {escape_label(theme_label(row.theme, lang))}: {row.label}"
            for row in group_shares.itertuples()
        ]
        st.markdown("\n".join(lines))
        marked_caption(
            "computed", text("themes.counted_from", lang, n=int(group_shares["count"].sum())), lang
        )
        count_key = report_count_key(relay, coverage)
        marked_caption(
            "not_stated" if count_key == "themes.report_count.none" else source,
            text(count_key, lang, n=coverage.themes_in_report),
            lang,
        )
        if coverage.themes_not_in_source:
            marked_caption(
                "not_stated",
                text("themes.not_in_source", lang, n=coverage.themes_not_in_source),
                lang,
            )
    if relay.metadata.group(group).theme_totals:
        title = text("themes.totals_title", lang, group=group_labels[group])
        show_theme_totals_donut(relay, group, title, lang)

st.header(text("themes.bars_title", lang))
show_theme_bars(relay, lang)

theme = st.pills(
    text("themes.pick", lang),
    relay.themes(),
    format_func=lambda theme: escape_label(relay.metadata.theme_label(theme, lang)),
    key=state.PICKED_THEME,
    help=text("themes.pick_help", lang),
    bind="query-params",
)
if theme:
    link_to_cards(theme, int((relay.pairs["theme"] == theme).sum()), lang)
