"""Every key the app keeps in a browser session or in the URL, and the functions that read and
write them. Pages and helpers use these names, never a key string of their own.

URL parameters are what a shared link carries: widgets bound to them (`bind="query-params"`)
take their key from here, and `URL_PARAMETERS` lists them all (the README's table of URL
parameters is held to it by a test). Session keys last as long as the browser tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from dashboard.cards import CardFilter
    from dashboard.relay import Relay

# --- In the URL ---------------------------------------------------------------------------------
LANGUAGE = "lang"
CARD_GROUPS = "gruppe"
CARD_THEMES = "tema"
CARD_QUERY = "q"
CARD_KIND = "vis"
CARD_PAGE = "side"
PICKED_THEME = "valgt"
WORDS_KIND = "ord_i"
WORDS_TOP = "antal"
WORD = "ord"
SLIDE = "dias"
# Tværlæsning: the reflection shown, and the two columns read side by side, left (v) and
# right (h), each with its own group, theme, search and part of the text.
REFLECTION = "refleksion"
PANEL_KEYS = {
    "v": {"group": "v_gruppe", "theme": "v_tema", "query": "v_q", "kind": "v_del"},
    "h": {"group": "h_gruppe", "theme": "h_tema", "query": "h_q", "kind": "h_del"},
}

# Each URL parameter: the page it belongs to and what it holds (the README's table shows this).
URL_PARAMETERS: dict[str, tuple[str, str]] = {
    LANGUAGE: ("every page", "the language: Dansk or English"),
    CARD_GROUPS: ("kort", "groups picked (repeated)"),
    CARD_THEMES: ("kort", "themes picked (repeated)"),
    CARD_QUERY: ("kort", "the search"),
    CARD_KIND: ("kort", "show and search questions, answers or both"),
    CARD_PAGE: ("kort", "the page of cards, when there are more than 50"),
    PICKED_THEME: ("temaer", "the theme picked"),
    WORDS_KIND: ("ord", "words from questions, answers or both"),
    WORDS_TOP: ("ord", "how many words the clouds show"),
    WORD: ("ord", "the word shown in its context"),
    REFLECTION: ("tvaerlaesning", "the report's reflection shown (its heading)"),
    "v_gruppe": ("tvaerlaesning", "left column: group"),
    "v_tema": ("tvaerlaesning", "left column: theme"),
    "v_q": ("tvaerlaesning", "left column: the search"),
    "v_del": ("tvaerlaesning", "left column: questions, answers or both"),
    "h_gruppe": ("tvaerlaesning", "right column: group"),
    "h_tema": ("tvaerlaesning", "right column: theme"),
    "h_q": ("tvaerlaesning", "right column: the search"),
    "h_del": ("tvaerlaesning", "right column: questions, answers or both"),
    SLIDE: ("praesentation", "the slide shown"),
}

# --- In the session only ------------------------------------------------------------------------
SHORTLIST = "shortlist"
UPLOADED_RELAY = "uploaded_relay"
CARD_FILTER = "card_filter"  # the cards page's filter, which a deck without a shortlist shows
ONLY_SHORTLIST = "kun_udvalgte"
REVEALED_SLIDE = "revealed_slide"
EXPORTS = "exports"  # the last file made of each format, with what it was made from
UPLOADED_TABLE = "upload_table"  # the Data page's file widgets
UPLOADED_METADATA = "upload_metadata"
# Buttons that tests and the keyboard find by name.
RESET_FILTERS = "reset_filters"
USE_UPLOADED_RELAY = "use_uploaded_relay"
BACK_TO_STARTUP = "back_to_startup"
PREVIOUS_SLIDE = "previous_slide"
NEXT_SLIDE = "next_slide"
REVEAL_ANSWER = "reveal"

CARD_FILTER_DEFAULTS = {CARD_GROUPS: [], CARD_THEMES: [], CARD_QUERY: "", CARD_KIND: "all"}


def theme_chart_key(number: int) -> str:
    """The key of a group's theme cake on Temaer, whose clicked slice is read back."""
    return f"donut-{number}"


def star_key(card_id: str) -> str:
    """The key of a card's shortlist button."""
    return f"shortlist-{card_id}"


# --- The shortlist ------------------------------------------------------------------------------


def shortlist() -> list[str]:
    """Ids of the cards picked for presenting, in the order they were picked."""
    return st.session_state.setdefault(SHORTLIST, [])


def toggle_shortlisted(card_id: str) -> None:
    """Button callback: put the card on the shortlist, or take it off."""
    picked = shortlist()
    if card_id in picked:
        picked.remove(card_id)
    else:
        picked.append(card_id)


def clear_shortlist() -> None:
    st.session_state[SHORTLIST] = []


# --- The relay this session shows ---------------------------------------------------------------


def uploaded_relay() -> Relay | None:
    """The relay this session loaded on the Data page, if any."""
    return st.session_state.get(UPLOADED_RELAY)


def use_relay(relay: Relay | None) -> None:
    """Show `relay` on every page of this browser session; None returns to the startup relay.

    The shortlist and the saved card filter belong to the relay they were made on: cleared.
    """
    for key in (SHORTLIST, CARD_FILTER):
        st.session_state.pop(key, None)
    reset_card_filters()
    if relay is None:
        st.session_state.pop(UPLOADED_RELAY, None)
    else:
        st.session_state[UPLOADED_RELAY] = relay


# --- Cards and presentation ---------------------------------------------------------------------


def reset_card_filters() -> None:
    """Button callback: every card filter back to its default, which also clears it from the URL.

    Set, not deleted: a deleted bound widget would take its old value back from the URL.
    """
    st.session_state.update(CARD_FILTER_DEFAULTS)


def remember_card_filter(card_filter: CardFilter) -> None:
    """Keep the cards page's filter for a deck made without a shortlist."""
    st.session_state[CARD_FILTER] = card_filter


def remembered_card_filter() -> CardFilter | None:
    return st.session_state.get(CARD_FILTER)


def step_slide(by: int, total: int) -> None:
    """Button callback: move `by` slides, staying within 1..total."""
    st.session_state[SLIDE] = min(max(st.session_state.get(SLIDE, 1) + by, 1), total)


def answer_revealed(number: int) -> bool:
    return st.session_state.get(REVEALED_SLIDE) == number


def toggle_answer(number: int) -> None:
    """Button callback: show or hide the answer on slide `number`."""
    st.session_state[REVEALED_SLIDE] = None if answer_revealed(number) else number


def made_exports() -> dict[str, tuple[tuple, bytes]]:
    """The last file made of each format in this session, keyed by format name."""
    return st.session_state.setdefault(EXPORTS, {})


# --- The Data page's metadata form (session only) ----------------------------------------------

FORM_METADATA = "form_metadata"  # (table file name, the metadata file the form wrote for it)
FORM_TITLE = "form_title"
FORM_YEARS = "form_years"
SAVE_FORM_METADATA = "save_form_metadata"


def form_group_key(field: str, number: int) -> str:
    """The key of a group's field (participants, themes) in the Data page's metadata form."""
    return f"form_group_{field}_{number}"


def form_metadata(table_name: str) -> bytes | None:
    """The metadata file the Data page's form wrote for the table file `table_name`, if any."""
    written = st.session_state.get(FORM_METADATA)
    return written[1] if written and written[0] == table_name else None


def keep_form_metadata(table_name: str, document: bytes) -> None:
    st.session_state[FORM_METADATA] = (table_name, document)
