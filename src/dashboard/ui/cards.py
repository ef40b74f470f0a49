"""Question/answer cards on screen: the filters members' marks add (the meeting, notes, tags),
the full or compact view, and each card with its star and its notes button."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import (
    CardBadges,
    CardFilter,
    CardSelection,
    card_markdown,
    field_markdown,
    filter_cards,
)
from dashboard.i18n import Language, text
from dashboard.markup import escape_label
from dashboard.relay import Relay
from dashboard.text import Kind
from dashboard.ui import meetings, state
from dashboard.ui.meetings import CardMarks
from dashboard.ui.widgets import number_in_url

VIEWS = ("full", "compact")
VIEW_LABELS = {"full": "cards.view.full", "compact": "cards.view.compact"}

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


def view_picker(lang: Language) -> bool:
    """Full cards, or compact ones (the question; the answer folds out); True for compact."""
    view = st.segmented_control(
        text("cards.view", lang),
        VIEWS,
        default="full",
        format_func=lambda view: text(VIEW_LABELS[view], lang),
        key=state.CARD_VIEW,
        bind="query-params",
    )
    return view == "compact"


def marks_filter(relay: Relay, marks: CardMarks, lang: Language) -> tuple[str, ...] | None:
    """The toggles and tag pills that narrow the cards to those members marked; the ids they
    let through, in the relay's order (None: no such limit)."""
    row = st.container(horizontal=True, vertical_alignment="center")
    with row:
        only_meeting = st.toggle(
            text("cards.only_meeting", lang),
            key=state.ONLY_MEETING,
            disabled=not marks.in_meeting,
            help=text("cards.only_meeting_help", lang),
        )
        only_noted = st.toggle(
            text("cards.only_noted", lang), key=state.ONLY_NOTED, bind="query-params"
        )
    # No tags yet: no empty row of pills under a heading.
    tags = (
        st.pills(
            text("cards.tags", lang),
            list(marks.labels),
            selection_mode="multi",
            format_func=escape_label,
            key=state.CARD_TAGS,
            help=text("cards.tags_help", lang),
            bind="query-params",
        )
        if marks.labels
        else ()
    )
    if not marks.readable:
        st.caption(text("store.could_not_read", lang))
    limits = []
    if only_meeting and marks.in_meeting:
        limits.append(frozenset(marks.in_meeting))
    if only_noted:
        limits.append(marks.noted())
    if tags:
        limits.append(marks.tagged(tags))
    if not limits:
        return None
    allowed = frozenset.intersection(*limits)
    return tuple(card for card in relay.pairs["id"] if card in allowed)


def render_card(
    card,
    relay: Relay,
    spans: dict[str, list[tuple[int, int]]],
    kind: Kind,
    lang: Language,
    marks: CardMarks,
    compact: bool,
) -> None:
    """One card: its text (`card_markdown`; compact: the question, the answer folded), its
    star (in the current meeting or not) and the button to its notes and tags."""
    starred = card.id in marks.in_meeting
    badges = CardBadges(starred, marks.note_counts.get(card.id, 0), marks.tags.get(card.id, ()))
    with st.container(border=True):
        label = relay.group_labels(lang)[card.group]
        st.markdown(
            card_markdown(card, label, spans, "questions" if compact else kind, lang, badges)
        )
        if compact:
            with st.expander(text("cards.show_answer", lang)):
                st.markdown(field_markdown(card, "answer", spans, lang))
        row = st.container(horizontal=True)
        row.button(
            text("cards.unstar" if starred else "cards.star", lang),
            key=state.star_key(card.id),
            icon=":material/star:" if starred else ":material/star_outline:",
            type="primary" if starred else "secondary",
            on_click=meetings.star,
            args=(relay.fingerprint, card.id, starred, lang),
            disabled=not state.may_edit(),
            help=None if state.may_edit() else text("access.read_only", lang),
        )
        row.button(
            text("cards.open_notes", lang, n=badges.notes)
            if badges.notes
            else text("cards.add_note", lang),
            key=state.notes_key(card.id),
            icon=":material/sticky_note_2:",
            on_click=meetings.open_dialog,
            args=("card", card.id),
        )


def open_card_dialog(relay: Relay, lang: Language) -> None:
    """The notes and tags of the card a member opened, if any."""
    card_id = meetings.opened_dialog("card")
    if card_id is None:
        return
    rows = relay.pairs[relay.pairs["id"] == card_id]
    if rows.empty:
        meetings.close_dialog()
        return
    meetings.card_dialog(relay, next(rows.itertuples(index=False)), lang)
