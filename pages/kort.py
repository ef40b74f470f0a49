"""Spørgsmål og svar: the cards, filtered by group, theme, free text and kind."""

from dataclasses import replace

import streamlit as st

from dashboard.cards import CardFilter, empty_result_advice, filter_cards
from dashboard.i18n import text
from dashboard.ui.cards import card_page, clear_shortlist, render_card, shortlist
from dashboard.ui.downloads import cards_downloads
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.presentation import CARD_FILTER_KEY
from dashboard.ui.widgets import group_filter, kind_picker, query_input, reset_filters, theme_filter

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
only_shortlist = st.toggle(text("cards.shortlist_only", lang), key="kun_udvalgte")

card_filter = CardFilter(
    groups=groups,
    themes=themes,
    query=query,
    kind=kind,
    only_ids=tuple(shortlist()) if only_shortlist else None,
)
st.session_state[CARD_FILTER_KEY] = replace(card_filter, only_ids=None)
selection = filter_cards(relay.pairs, card_filter, lang)
if selection.query_error:
    st.warning(selection.query_error)

count_column, clear_column = st.columns([3, 1], vertical_alignment="center")
count_column.markdown(
    f"**{text('cards.showing', lang, n=len(selection.cards), total=selection.total)}**"
)
if shortlist():
    clear_column.button(
        text("cards.shortlist_clear", lang), on_click=clear_shortlist, width="stretch"
    )

if selection.cards.empty:
    st.info(empty_result_advice(card_filter, lang))
    st.button(text("cards.reset", lang), on_click=reset_filters, icon=":material/filter_alt_off:")
else:
    cards_downloads(selection.cards, lang)
for card in card_page(selection.cards, lang).itertuples(index=False):
    render_card(card, relay, selection.spans.get(card.id, {}), kind, lang)
