"""Question/answer cards on screen, and the shortlist of cards picked for a meeting."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import CardFilter, CardSelection, card_markdown, filter_cards
from dashboard.i18n import Language, text
from dashboard.relay import Relay
from dashboard.text import Kind
from dashboard.ui import state
from dashboard.ui.widgets import number_in_url

CARDS_PER_PAGE = 50  # a page of cards draws fast; a relay may hold 200,000


@st.cache_resource(show_spinner=False, max_entries=64)
def _filtered_cards(
    _relay: Relay, fingerprint: str, card_filter: CardFilter, lang: Language
) -> CardSelection:
    return filter_cards(_relay.pairs, card_filter, lang)


def filtered_cards(relay: Relay, card_filter: CardFilter, lang: Language) -> CardSelection:
    """The cards a filter shows, worked out once per relay, filter and language: a rerun (a star,
    a page, another viewer with the same link) does not search again. Kept as it is, not
    copied: callers only read it."""
    return _filtered_cards(relay, relay.fingerprint, card_filter, lang)


def card_page(cards: pd.DataFrame, lang: Language) -> pd.DataFrame:
    """The cards of the page picked (in the URL as ?side=N) when there are more than fit one."""
    pages = -(-len(cards) // CARDS_PER_PAGE)
    if pages <= 1:
        return cards
    page = number_in_url(text("cards.page", lang, pages=pages), pages, state.CARD_PAGE)
    start = (page - 1) * CARDS_PER_PAGE
    st.caption(
        text(
            "cards.page_range", lang, first=start + 1, last=min(start + CARDS_PER_PAGE, len(cards))
        )
    )
    return cards.iloc[start : start + CARDS_PER_PAGE]


def render_card(
    card, relay: Relay, spans: dict[str, list[tuple[int, int]]], kind: Kind, lang: Language
) -> None:
    """One card: its text (`card_markdown`) and the button that puts it on the shortlist."""
    with st.container(border=True):
        st.markdown(card_markdown(card, relay.group_labels(lang)[card.group], spans, kind, lang))
        picked = card.id in state.shortlist()
        st.button(
            text("cards.shortlist_remove" if picked else "cards.shortlist_add", lang),
            key=state.star_key(card.id),
            icon=":material/star:" if picked else ":material/star_outline:",
            on_click=state.toggle_shortlisted,
            args=(card.id,),
        )
