"""The two-panel comparison's pickers and result tables."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.crossreading import selection_label
from dashboard.markup import escape_label
from dashboard.relay import Relay
from dashboard.text import Comparison, TextSelection
from dashboard.texts import Language, text
from dashboard.ui.widgets import kind_picker

DISTINCTIVE_ROWS = 12
CLEAR_DIFFERENCE = 1.96  # |z| from which a difference is usually called clear (5 % level)
OVERLAP_WORDS_SHOWN = 40


def selection_picker(
    relay: Relay, side: str, default_group: str, lang: Language
) -> tuple[TextSelection, str]:
    """Group, theme and kind for one side (URL keys prefixed by `side`), and its label."""
    group_labels = relay.group_labels(lang)
    groups: list[str | None] = [None, *relay.groups]
    group = st.selectbox(
        text("cross.group", lang),
        groups,
        index=groups.index(default_group),
        format_func=lambda g: (
            escape_label(group_labels[g]) if g else text("cross.all_groups", lang)
        ),
        key=f"{side}_gruppe",
        bind="query-params",
    )
    themes: list[str | None] = [None, *relay.themes(group)]
    theme = st.selectbox(
        text("cross.theme", lang),
        themes,
        format_func=lambda t: escape_label(t) if t else text("cross.all_themes", lang),
        key=f"{side}_tema",
        bind="query-params",
    )
    kind = kind_picker(lang, key=f"{side}_del", label_key="words.kind", default="questions")
    selection = TextSelection(group, theme, kind)
    return selection, selection_label(selection, group_labels, lang)


def _distinctive(terms: pd.DataFrame, lang: Language) -> pd.DataFrame:
    columns = {
        "term": text("words.column.term", lang),
        "z": text("cross.column.z", lang),
        "count_a": text("cross.column.count_left", lang),
        "count_b": text("cross.column.count_right", lang),
    }
    return terms[list(columns)].rename(columns=columns)


def render_comparison_tables(comparison: Comparison, lang: Language) -> None:
    """The most distinctive words of each side (z with counts), then the shared and own words."""
    st.subheader(text("cross.distinctive", lang), help=text("cross.distinctive_help", lang))
    if comparison.terms.empty or comparison.terms["z"].abs().max() < CLEAR_DIFFERENCE:
        st.caption(text("cross.no_clear_difference", lang))
    config = {text("cross.column.z", lang): st.column_config.NumberColumn(format="%.2f")}
    left, right = st.columns(2, gap="large")
    leaning_left = comparison.terms[comparison.terms["z"] > 0].head(DISTINCTIVE_ROWS)
    leaning_right = (
        comparison.terms[comparison.terms["z"] < 0].sort_values("z").head(DISTINCTIVE_ROWS)
    )
    for column, title, rows in (
        (left, "cross.leans_left", leaning_left),
        (right, "cross.leans_right", leaning_right),
    ):
        with column:
            st.markdown(f"**{text(title, lang)}**")
            st.dataframe(
                _distinctive(rows, lang), hide_index=True, width="stretch", column_config=config
            )
    for column, title, words in zip(
        st.columns(3),
        ("cross.only_left", "cross.both", "cross.only_right"),
        (comparison.only_a, comparison.both, comparison.only_b),
        strict=True,
    ):
        with column:
            st.markdown(f"**{text(title, lang)}** · {text('cross.term_count', lang, n=len(words))}")
            st.caption(
                ", ".join(words[:OVERLAP_WORDS_SHOWN])
                + (" …" if len(words) > OVERLAP_WORDS_SHOWN else "")
            )
