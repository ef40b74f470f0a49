"""Spørgsmål og svar: the cards, filtered by group, theme, free text and kind."""

from dataclasses import replace

import streamlit as st

from dashboard.cards import CardFilter, empty_result_advice
from dashboard.i18n import text
from dashboard.ui import state
from dashboard.ui.cards import card_page, filtered_cards, render_card
from dashboard.ui.downloads import cards_downloads
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.widgets import group_filter, kind_picker, query_input, theme_filter

run_through_app()
lang = current_language()
relay = current_relay()

st.title(text("cards.title", lang))
groups = group_filter(relay, lang)
themes = theme_filter(relay, lang)
query_column, kind_column = st.columns([3, 2], vertical_alignment="bottom")
with query_column:
    query = query_input(lang)
with kind_column:
    kind = kind_picker(lang)
only_shortlist = st.toggle(text("cards.shortlist_only", lang), key=state.ONLY_SHORTLIST)

card_filter = CardFilter(
    groups=groups,
    themes=themes,
    query=query,
    kind=kind,
    only_ids=tuple(state.shortlist()) if only_shortlist else None,
)
state.remember_card_filter(replace(card_filter, only_ids=None))
selection = filtered_cards(relay, card_filter, lang)
if selection.query_error:
    st.warning(selection.query_error)

count_column, clear_column = st.columns([3, 1], vertical_alignment="center")
count_column.markdown(
    f"**{text('cards.showing', lang, n=len(selection.cards), total=selection.total)}**"
)
if state.shortlist():
    clear_column.button(
        text("cards.shortlist_clear", lang), on_click=state.clear_shortlist, width="stretch"
    )

if selection.cards.empty:
    st.info(empty_result_advice(card_filter, lang))
    st.button(
        text("cards.reset", lang),
        on_click=state.reset_card_filters,
        key=state.RESET_FILTERS,
        icon=":material/filter_alt_off:",
    )
else:
    cards_downloads(selection.cards, lang)
for card in card_page(selection.cards, lang).itertuples(index=False):
    render_card(card, relay, selection.spans.get(card.id, {}), kind, lang)
