"""Question/answer cards on screen, and the shortlist of cards picked for a meeting."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import card_markdown
from dashboard.i18n import Language, text
from dashboard.relay import Relay
from dashboard.text import Kind
from dashboard.ui.widgets import number_in_url

SHORTLIST_KEY = "shortlist"
PAGE_KEY = "side"
CARDS_PER_PAGE = 50  # a page of cards draws fast; a relay may hold 200,000


def card_page(cards: pd.DataFrame, lang: Language) -> pd.DataFrame:
    """The cards of the page picked (in the URL as ?side=N) when there are more than fit one."""
    pages = -(-len(cards) // CARDS_PER_PAGE)
    if pages <= 1:
        return cards
    page = number_in_url(text("cards.page", lang, pages=pages), pages, PAGE_KEY)
    start = (page - 1) * CARDS_PER_PAGE
    st.caption(
        text(
            "cards.page_range", lang, first=start + 1, last=min(start + CARDS_PER_PAGE, len(cards))
        )
    )
    return cards.iloc[start : start + CARDS_PER_PAGE]


def shortlist() -> list[str]:
    """Ids of the cards picked for presenting, in the order they were picked."""
    return st.session_state.setdefault(SHORTLIST_KEY, [])


def toggle_shortlisted(card_id: str) -> None:
    """Button callback: put the card on the shortlist, or take it off."""
    picked = shortlist()
    if card_id in picked:
        picked.remove(card_id)
    else:
        picked.append(card_id)


def clear_shortlist() -> None:
    st.session_state[SHORTLIST_KEY] = []


def render_card(
    card, relay: Relay, spans: dict[str, list[tuple[int, int]]], kind: Kind, lang: Language
) -> None:
    """One card: its text (`card_markdown`) and the button that puts it on the shortlist."""
    with st.container(border=True):
        st.markdown(card_markdown(card, relay.group_labels(lang)[card.group], spans, kind, lang))
        picked = card.id in shortlist()
        st.button(
            text("cards.shortlist_remove" if picked else "cards.shortlist_add", lang),
            key=f"shortlist-{card.id}",
            icon=":material/star:" if picked else ":material/star_outline:",
            on_click=toggle_shortlisted,
            args=(card.id,),
        )
