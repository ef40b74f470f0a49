"""Widgets several pages share. Their keys are the URL's query parameters, so links keep views."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import kind_label
from dashboard.i18n import Language, text
from dashboard.markup import escape_label
from dashboard.numbers import readable_table
from dashboard.provenance import Provenance, explanation, mark
from dashboard.relay import Relay
from dashboard.text import KINDS, Kind
from dashboard.themes import headline_theme
from dashboard.ui import state
from dashboard.ui.pages import CARDS, CROSS_READING


def group_filter(relay: Relay, lang: Language, key: str = state.CARD_GROUPS) -> tuple[str, ...]:
    """Pick any of the relay's groups; none picked means all."""
    labels = relay.group_labels(lang)
    picked = st.pills(
        text("cards.groups", lang),
        relay.groups,
        format_func=lambda group: escape_label(labels[group]),
        selection_mode="multi",
        key=key,
        help=text("cards.none_means_all", lang),
        bind="query-params",
    )
    return tuple(picked or ())


def theme_filter(relay: Relay, lang: Language, key: str = state.CARD_THEMES) -> tuple[str, ...]:
    """Pick any of the relay's themes; none picked means all."""
    picked = st.pills(
        text("cards.themes", lang),
        relay.themes(),
        format_func=escape_label,
        selection_mode="multi",
        key=key,
        help=text("cards.none_means_all", lang),
        bind="query-params",
    )
    return tuple(picked or ())


def query_input(lang: Language, key: str = state.CARD_QUERY) -> str:
    return st.text_input(
        text("cards.query", lang),
        key=key,
        placeholder=text("cards.query_placeholder", lang),
        help=text("cards.query_help", lang),
        bind="query-params",
    )


def kind_picker(
    lang: Language, key: str = state.CARD_KIND, label_key: str = "cards.kind", default: Kind = "all"
) -> Kind:
    """Questions, answers or both."""
    kind = st.segmented_control(
        text(label_key, lang),
        KINDS,
        default=default,
        format_func=lambda kind: kind_label(kind, lang),
        key=key,
        bind="query-params",
    )
    return kind or default


def link_to_cards(
    theme: str,
    n_cards: int,
    lang: Language,
    *,
    group: str | None = None,
    group_label: str = "",
) -> None:
    """A link to the cards page filtered to `theme` (and `group`, shown as `group_label`)."""
    query = {state.CARD_THEMES: theme}
    label = text("themes.open_cards", lang, n=n_cards, theme=escape_label(theme))
    if group is not None:
        query[state.CARD_GROUPS] = escape_label(group_label)
        label = text(
            "themes.open_group_cards",
            lang,
            n=n_cards,
            theme=escape_label(theme),
            group=escape_label(group_label),
        )
    st.page_link(
        CARDS.script, label=f"**{label}**", icon=":material/arrow_forward:", query_params=query
    )


def number_in_url(label: str, last: int, key: str) -> int:
    """A number from 1 to `last` (a page, a slide), kept in the URL as ?key=N."""
    return st.number_input(
        label, min_value=1, max_value=last, value=1, step=1, key=key, bind="query-params"
    )


def marked_caption(kind: Provenance, body: str, lang: Language) -> None:
    """Small print (Markdown) that starts with its provenance mark, explained on hover.

    Not `st.caption`: Streamlit draws captions at 60 % opacity, which would take the mark's
    colours below WCAG's contrast; the text is small and grey by Markdown instead."""
    small = f" :small[:gray[{body}]]" if body else ""
    st.markdown(f"{mark(kind, lang)}{small}", help=explanation(kind, lang))


def ways_in(relay: Relay, lang: Language) -> None:
    """The overview's three ways in, side by side: the cards on the theme a reflection names
    (else the largest theme), the groups read side by side, and preparing a meeting."""
    theme = headline_theme(relay)
    theme_label = escape_label(theme)
    ways = (
        (
            CARDS.script,
            text("overview.way.theme", lang, theme=theme_label),
            text("overview.way.theme_help", lang, theme=theme_label),
            ":material/forum:",
            {state.CARD_THEMES: theme},
        ),
        (
            CROSS_READING.script,
            text("overview.way.compare", lang),
            text("overview.way.compare_help", lang),
            ":material/compare:",
            None,
        ),
        (
            CARDS.script,
            text("overview.way.meeting", lang),
            text("overview.way.meeting_help", lang),
            ":material/co_present:",
            None,
        ),
    )
    for column, (script, label, about, icon, query) in zip(st.columns(3), ways, strict=True):
        with column, st.container(border=True):
            st.page_link(script, label=f"**{label}**", icon=icon, query_params=query)
            st.caption(about)


def show_table(
    frame: pd.DataFrame,
    lang: Language,
    *,
    digits: dict[str, int] | None = None,
    column_help: dict[str, str] | None = None,
    height: int | str = "auto",
) -> None:
    """A table whose numbers read as the language writes them, on screen and to a screen
    reader (`readable_table`), right-aligned; `column_help` explains a column on hover."""
    shown = readable_table(frame, lang, digits or {})
    numeric = {c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])}
    config = {
        column: st.column_config.TextColumn(
            alignment="right" if column in numeric else None,
            help=(column_help or {}).get(column),
        )
        for column in frame.columns
        if column in numeric or column in (column_help or {})
    }
    st.dataframe(shown, hide_index=True, width="stretch", height=height, column_config=config)
