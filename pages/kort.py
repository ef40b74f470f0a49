"""Spørgsmål og svar: the cards, filtered by group, theme, free text, kind and members' marks;
a star puts a card in the current meeting, and every card takes notes and tags."""

from dataclasses import replace

import streamlit as st

from dashboard.cards import CardFilter, empty_result_advice
from dashboard.i18n import text
from dashboard.ui import state
from dashboard.ui.cards import (
    card_page,
    filtered_cards,
    marks_filter,
    open_card_dialog,
    render_card,
    view_picker,
)
from dashboard.ui.downloads import cards_downloads
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.meetings import card_marks
from dashboard.ui.widgets import group_filter, kind_picker, query_input, theme_filter

run_through_app()
lang = current_language()
relay = current_relay()
marks = card_marks(relay)

st.title(text("cards.title", lang))
groups = group_filter(relay, lang)
themes = theme_filter(relay, lang)
query_column, kind_column, view_column = st.columns([3, 2, 2], vertical_alignment="bottom")
with query_column:
    query = query_input(lang)
with kind_column:
    kind = kind_picker(lang)
with view_column:
    compact = view_picker(lang)
only_ids = marks_filter(relay, marks, lang)

card_filter = CardFilter(groups=groups, themes=themes, query=query, kind=kind, only_ids=only_ids)
state.remember_card_filter(replace(card_filter, only_ids=None))
selection = filtered_cards(relay, card_filter, lang)
if selection.query_error:
    st.warning(selection.query_error)

st.markdown(f"**{text('cards.showing', lang, n=len(selection.cards), total=selection.total)}**")
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
    st.caption(text("cards.source_once", lang))
for card in card_page(selection.cards, lang).itertuples(index=False):
    render_card(card, relay, selection.spans.get(card.id, {}), kind, lang, marks, compact)
open_card_dialog(relay, lang)
