"""Tværlæsning: the report's reflections beside their evidence, and a free two-panel comparison."""

import streamlit as st

from dashboard.crossreading import WORD_EVIDENCE_HEADERS
from dashboard.i18n import text
from dashboard.markup import escape_label, inert_markdown
from dashboard.numbers import percent
from dashboard.ui import state
from dashboard.ui.analysis import (
    reflection_theme_evidence,
    reflection_word_evidence,
)
from dashboard.ui.crossreading import render_comparison_tables, selection_picker
from dashboard.ui.frame import current_language, current_relay, label_markdown, run_through_app
from dashboard.ui.themes import relay_theme_shares, show_theme_donut
from dashboard.ui.words import render_keyword_in_context, render_word_cloud, side_colouring

run_through_app()
lang = current_language()
relay = current_relay()
groups = relay.groups  # read once: it scans the relay's rows
group_labels = label_markdown(relay, lang)

st.title(text("cross.title", lang))
st.markdown(
    text(relay.metadata.by_origin(report="cross.intro.report", file="cross.intro.other"), lang)
)

for reflection in relay.metadata.reflections:
    st.header(escape_label(reflection.heading_in(lang)))
    prompt_column, evidence_column = st.columns([2, 3], gap="large")
    with prompt_column, st.container(border=True):
        st.markdown(f"**{text('cross.reflection', lang)}**")
        st.markdown(inert_markdown(reflection.text_in(lang)))
        st.caption(reflection.provenance_in(lang))
    with evidence_column:
        st.markdown(f"**{text('cross.evidence', lang)}**")
        if reflection.theme:
            evidence = reflection_theme_evidence(relay, reflection.theme)
            for column, row in zip(st.columns(len(evidence)), evidence.itertuples(), strict=True):
                column.metric(group_labels[row.group], percent(row.share, lang))
                column.caption(
                    text(
                        "cross.theme_share",
                        lang,
                        count=row.count,
                        n=row.n,
                        theme=escape_label(reflection.theme),
                    )
                )
        if reflection.words:
            evidence = reflection_word_evidence(relay, reflection.words)
            evidence["group"] = evidence["group"].map(relay.group_labels(lang))
            st.dataframe(
                evidence.rename(
                    columns={c: text(WORD_EVIDENCE_HEADERS[c], lang) for c in evidence.columns}
                ),
                hide_index=True,
                width="stretch",
                column_config={
                    text("cross.word_table.per_1000", lang): st.column_config.NumberColumn(
                        format="%.1f"
                    )
                },
            )
        caveat = relay.metadata.by_origin(
            report="cross.evidence_caveat.report", file="cross.evidence_caveat.other"
        )
        st.caption(text(caveat, lang))
    for word in reflection.words:
        with st.expander(text("cross.kwic", lang, word=escape_label(word))):
            for column, group in zip(st.columns(len(groups)), groups, strict=True):
                with column:
                    st.markdown(f"**{group_labels[group]}**")
                    render_keyword_in_context(relay, word, group=group, kind="questions", lang=lang)

st.header(text("cross.compare", lang))
st.markdown(text("cross.compare_intro", lang))
panels = {}
for column, panel, heading, default_group in zip(
    st.columns(2, gap="large"),
    state.PANEL_KEYS,
    ("cross.left", "cross.right"),
    (groups[0], groups[-1]),
    strict=True,
):
    with column:
        st.subheader(text(heading, lang))
        panels[panel] = selection_picker(relay, panel, default_group, lang)

colouring = side_colouring(panels["v"], panels["h"])
for column, panel in zip(st.columns(2, gap="large"), state.PANEL_KEYS, strict=True):
    selection, label = panels[panel]
    with column:
        if relay_theme_shares(relay, lang, selection.group, selection.theme).empty:
            st.info(text("cross.empty_side", lang))
            continue
        show_theme_donut(
            relay,
            label,
            lang,
            group=selection.group,
            theme=selection.theme,
            name=f"sammenligning-{panel}-temaer",
        )
        render_word_cloud(
            relay,
            label=label,
            group=selection.group,
            theme=selection.theme,
            kind=selection.kind,
            top=25,
            lang=lang,
            colouring=colouring,
            name=f"sammenligning-{panel}-ordsky",
        )

left, right = panels["v"][0], panels["h"][0]
if left == right:
    st.info(text("cross.same_sides", lang))
else:
    render_comparison_tables(relay, left, right, lang)
