"""Ord: a word cloud per group with its numbers, and any word in its context."""

import streamlit as st

from dashboard.i18n import text
from dashboard.markup import escape_label
from dashboard.ui import state
from dashboard.ui.frame import current_language, current_relay, label_markdown, run_through_app
from dashboard.ui.widgets import kind_picker
from dashboard.ui.words import (
    frequent_terms,
    group_colouring,
    link_to_cards_with,
    render_keyword_in_context,
    render_word_cloud,
    threshold_fields,
)

run_through_app()
lang = current_language()
relay = current_relay()

st.title(text("words.title", lang))
st.markdown(
    text(relay.metadata.by_origin(report="words.intro.report", file="words.intro.other"), lang)
)
kind_column, top_column = st.columns([3, 2], vertical_alignment="bottom")
with kind_column:
    kind = kind_picker(lang, key=state.WORDS_KIND, label_key="words.kind", default="questions")
with top_column:
    top = st.slider(
        text("words.top", lang), 10, 60, 25, step=5, key=state.WORDS_TOP, bind="query-params"
    )

st.caption(
    text("words.colour_help", lang),
    help=text("words.colour_detail", lang, **threshold_fields(lang)),
)

groups = relay.groups  # read once: it scans the relay's rows
group_labels = relay.group_labels(lang)
group_headers = label_markdown(relay, lang)
colouring = group_colouring(relay, kind, lang)
for column, group in zip(st.columns(len(groups)), groups, strict=True):
    with column:
        st.subheader(group_headers[group])
        render_word_cloud(
            relay,
            label=group_labels[group],
            group=group,
            theme=None,
            kind=kind,
            top=top,
            lang=lang,
            colouring=colouring,
        )

term = st.selectbox(
    text("words.pick", lang),
    frequent_terms(relay, kind, top),
    index=None,
    format_func=escape_label,
    key=state.WORD,
    placeholder=text("words.pick_placeholder", lang),
    help=text("words.pick_help", lang),
    accept_new_options=True,
    bind="query-params",
)
if term:
    for column, group in zip(st.columns(len(groups)), groups, strict=True):
        with column:
            st.markdown(f"**{group_headers[group]}**")
            render_keyword_in_context(relay, term, group=group, kind=kind, lang=lang)
    link_to_cards_with(term, lang)
