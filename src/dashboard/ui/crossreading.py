"""The two-panel comparison's pickers and result tables."""

from __future__ import annotations

import streamlit as st

from dashboard.crossreading import reflection_findings, selection_label
from dashboard.i18n import Language, text
from dashboard.markup import escape_label, inert_markdown
from dashboard.provenance import Provenance
from dashboard.relay import Reflection, Relay
from dashboard.text import TextSelection, is_distinctive, most_distinctive
from dashboard.ui import state
from dashboard.ui.analysis import compare_text
from dashboard.ui.pages import CROSS_READING
from dashboard.ui.widgets import kind_picker, marked_caption
from dashboard.ui.words import threshold_fields

DISTINCTIVE_ROWS = 12
OVERLAP_WORDS_SHOWN = 40


def reflection_tab_label(reflection: Reflection, lang: Language) -> str:
    """A reflection's heading as its tab on Tværlæsning shows it and its URL value holds it."""
    return escape_label(reflection.heading_in(lang))


def reflection_headline(reflection: Reflection, source: Provenance, lang: Language) -> None:
    """A reflection as a headline message: its heading and what it states, marked as the
    source's (the app's translation in English)."""
    st.subheader(reflection_tab_label(reflection, lang))
    st.markdown(inert_markdown(reflection_findings(reflection.text_in(lang))))
    translated = text("cross.translated", lang) if reflection.is_translated(lang) else ""
    marked_caption(source, translated, lang)


def evidence_view(relay: Relay, reflection: Reflection, lang: Language) -> dict[str, str]:
    """The URL of Tværlæsning that shows a reflection's evidence: the reflection, and both
    groups read side by side on its theme (or its first word)."""
    view = {state.REFLECTION: reflection_tab_label(reflection, lang)}
    if reflection.theme in relay.themes():
        view.update({keys["theme"]: reflection.theme for keys in state.PANEL_KEYS.values()})
    elif reflection.words:
        view.update({keys["query"]: reflection.words[0] for keys in state.PANEL_KEYS.values()})
    return view


def link_to_evidence(relay: Relay, reflection: Reflection, lang: Language) -> None:
    """One click from a reflection to its evidence on Tværlæsning."""
    st.page_link(
        CROSS_READING.script,
        label=text("overview.see_evidence", lang),
        icon=":material/arrow_forward:",
        query_params=evidence_view(relay, reflection, lang),
    )


def selection_picker(
    relay: Relay, panel: str, default_group: str, lang: Language
) -> tuple[TextSelection, str]:
    """Group, theme and kind for one panel ("v" or "h", its URL keys in `state.PANEL_KEYS`),
    and the selection's label."""
    keys = state.PANEL_KEYS[panel]
    group_labels = relay.group_labels(lang)
    groups: list[str | None] = [None, *relay.groups]
    group = st.selectbox(
        text("cross.group", lang),
        groups,
        index=groups.index(default_group),
        format_func=lambda g: (
            escape_label(group_labels[g]) if g else text("cross.all_groups", lang)
        ),
        key=keys["group"],
        bind="query-params",
    )
    themes: list[str | None] = [None, *relay.themes(group)]
    theme = st.selectbox(
        text("cross.theme", lang),
        themes,
        format_func=lambda t: escape_label(t) if t else text("cross.all_themes", lang),
        key=keys["theme"],
        bind="query-params",
    )
    kind = kind_picker(lang, key=keys["kind"], label_key="words.kind", default="questions")
    selection = TextSelection(group, theme, kind)
    return selection, selection_label(selection, group_labels, lang)


@st.cache_data(show_spinner=False, max_entries=128)
def _comparison_view(
    _relay: Relay, fingerprint: str, left: TextSelection, right: TextSelection, lang: Language
) -> dict:
    """What the comparison shows, worked out once per pair of selections and language."""
    terms = compare_text(_relay, left, right)
    columns = {
        "rank": text("cross.column.rank", lang),
        "term": text("words.column.term", lang),
        "z": text("cross.column.z", lang),
        "count_a": text("cross.column.count_left", lang),
        "count_b": text("cross.column.count_right", lang),
    }
    overlaps = []
    for title, words in (
        ("cross.only_left", terms.only_a),
        ("cross.both", terms.both),
        ("cross.only_right", terms.only_b),
    ):
        heading = f"**{text(title, lang)}** · {text('cross.term_count', lang, n=len(words))}"
        shown = ", ".join(words[:OVERLAP_WORDS_SHOWN])
        overlaps.append((heading, shown + (" …" if len(words) > OVERLAP_WORDS_SHOWN else "")))
    return {
        "clear": bool(is_distinctive(terms.terms).any()),
        "left": most_distinctive(terms, "a", DISTINCTIVE_ROWS).rename(columns=columns),
        "right": most_distinctive(terms, "b", DISTINCTIVE_ROWS).rename(columns=columns),
        "overlaps": overlaps,
    }


def render_comparison_tables(
    relay: Relay, left: TextSelection, right: TextSelection, lang: Language
) -> None:
    """The most distinctive words of each side (z with counts), then the shared and own words."""
    view = _comparison_view(relay, relay.fingerprint, left, right, lang)
    fields = threshold_fields(lang)
    st.subheader(
        text("cross.distinctive", lang), help=text("cross.distinctive_help", lang, **fields)
    )
    if not view["clear"]:
        st.caption(text("cross.no_clear_difference", lang, **fields))
    config = {text("cross.column.z", lang): st.column_config.NumberColumn(format="%.2f")}
    for column, title, rows in zip(
        st.columns(2, gap="large"),
        ("cross.leans_left", "cross.leans_right"),
        (view["left"], view["right"]),
        strict=True,
    ):
        with column:
            st.markdown(f"**{text(title, lang)}**")
            st.dataframe(rows, hide_index=True, width="stretch", column_config=config)
    for column, (heading, words) in zip(st.columns(3), view["overlaps"], strict=True):
        with column:
            st.markdown(heading)
            st.caption(words)
