"""Tværlæsning: the report's reflections with their evidence, the two columns read side by
side, and the words the two selections use differently."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.cards import CardFilter, card_markdown
from dashboard.crossreading import (
    DIFFERENCE_KEYS,
    WORD_EVIDENCE_HEADERS,
    difference,
    reflection_findings,
    side_by_side,
    side_labels,
)
from dashboard.i18n import Language, text
from dashboard.markup import escape_label, inert_markdown
from dashboard.numbers import percent
from dashboard.provenance import Provenance, stated_by
from dashboard.relay import Reflection, Relay
from dashboard.text import TextSelection, is_distinctive, most_distinctive
from dashboard.ui import state
from dashboard.ui.analysis import (
    compare_text,
    reflection_theme_evidence,
    reflection_word_evidence,
)
from dashboard.ui.cards import filtered_cards
from dashboard.ui.pages import CARDS, CROSS_READING
from dashboard.ui.widgets import kind_picker, marked_caption, query_input, show_table
from dashboard.ui.words import render_keyword_in_context, threshold_fields

DISTINCTIVE_ROWS = 12
OVERLAP_WORDS_SHOWN = 40


def reflection_tab_labels(reflections: tuple[Reflection, ...], lang: Language) -> list[str]:
    """The reflections' headings as their tabs on Tværlæsning show them and the URL holds them:
    never empty and never the same twice (a blank heading becomes "Refleksion 2")."""
    labels: list[str] = []
    for number, reflection in enumerate(reflections, start=1):
        label = escape_label(reflection.heading_in(lang).strip())
        if not label or label in labels:
            label = text("cross.reflection_number", lang, n=number)
        labels.append(label)
    return labels


def reflection_headline(
    reflection: Reflection, label: str, source: Provenance, lang: Language
) -> None:
    """A reflection as a headline message: its heading (`label`) and what it states, marked as
    the source's (the app's translation in English)."""
    st.subheader(label)
    st.markdown(inert_markdown(reflection_findings(reflection.text_in(lang))))
    translated = text("cross.translated", lang) if reflection.is_translated(lang) else ""
    marked_caption(source, translated, lang)


def theme_option(relay: Relay, theme: str, lang: Language) -> str:
    """A theme as a column's picker shows it, and the URL holds it."""
    return escape_label(relay.metadata.theme_label(theme, lang))


def evidence_view(
    relay: Relay, reflection: Reflection, label: str, lang: Language
) -> dict[str, str]:
    """The URL of Tværlæsning that shows a reflection's evidence: the reflection (its tab
    `label`), and both groups read side by side on its theme (or its first word)."""
    view = {state.REFLECTION: label}
    if reflection.theme in relay.themes():
        theme = theme_option(relay, reflection.theme, lang)
        view.update({keys["theme"]: theme for keys in state.PANEL_KEYS.values()})
    elif reflection.words:
        view.update({keys["query"]: reflection.words[0] for keys in state.PANEL_KEYS.values()})
    return view


def link_to_evidence(relay: Relay, reflection: Reflection, label: str, lang: Language) -> None:
    """One click from a reflection (its tab `label`) to its evidence on Tværlæsning."""
    st.page_link(
        CROSS_READING.script,
        label=text("overview.see_evidence", lang),
        icon=":material/arrow_forward:",
        query_params=evidence_view(relay, reflection, label, lang),
    )


def reflection_with_evidence(relay: Relay, reflection: Reflection, lang: Language) -> None:
    """A reflection in full beside the numbers behind it in the selected data, and for a
    reflection on words, every use of each word in both groups' questions."""
    group_labels = relay.group_labels(lang)
    prompt_column, evidence_column = st.columns([2, 3], gap="large")
    with prompt_column, st.container(border=True):
        st.markdown(inert_markdown(reflection.text_in(lang)))
        translated = text("cross.translated", lang) if reflection.is_translated(lang) else ""
        marked_caption(stated_by(relay.metadata), translated, lang)
    with evidence_column:
        st.markdown(f"**{text('cross.evidence', lang)}**")
        if reflection.theme:
            evidence = reflection_theme_evidence(relay, reflection.theme)
            for column, row in zip(st.columns(len(evidence)), evidence.itertuples(), strict=True):
                column.metric(escape_label(group_labels[row.group]), percent(row.share, lang))
                with column:
                    marked_caption(
                        "computed",
                        text(
                            "cross.theme_share",
                            lang,
                            count=row.count,
                            n=row.n,
                            theme=escape_label(reflection.theme),
                        ),
                        lang,
                    )
        if reflection.words:
            evidence = reflection_word_evidence(relay, reflection.words)
            evidence["group"] = evidence["group"].map(group_labels)
            show_table(
                evidence.rename(
                    columns={c: text(WORD_EVIDENCE_HEADERS[c], lang) for c in evidence.columns}
                ),
                lang,
                digits={text("cross.word_table.per_1000", lang): 1},
                column_help={
                    text("cross.word_table.per_1000", lang): text("cross.per_1000_help", lang)
                },
            )
            marked_caption("computed", "", lang)
        caveat = relay.metadata.by_origin(
            report="cross.evidence_caveat.report", file="cross.evidence_caveat.other"
        )
        st.caption(text(caveat, lang))
    for word in reflection.words:
        with st.expander(text("cross.kwic", lang, word=escape_label(word))):
            for column, group in zip(st.columns(len(relay.groups)), relay.groups, strict=True):
                with column:
                    st.markdown(f"**{escape_label(group_labels[group])}**")
                    render_keyword_in_context(relay, word, group=group, kind="questions", lang=lang)


@dataclass(frozen=True)
class ColumnPick:
    """What one column of the side-by-side reading shows: its group, theme and part of the
    text (`selection`), and its search."""

    selection: TextSelection
    query: str

    def card_filter(self) -> CardFilter:
        group, theme = self.selection.group, self.selection.theme
        return CardFilter(
            groups=(group,) if group else (),
            themes=(theme,) if theme else (),
            query=self.query,
            kind=self.selection.kind,
        )


def column_picker(
    relay: Relay, panel: str, default_group: str, default_theme: str | None, lang: Language
) -> ColumnPick:
    """Group, theme, search and part of the text for one column ("v" or "h", its URL keys in
    `state.PANEL_KEYS`)."""
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
        index=themes.index(default_theme) if default_theme in themes else 0,
        format_func=lambda t: theme_option(relay, t, lang) if t else text("cross.all_themes", lang),
        key=keys["theme"],
        bind="query-params",
    )
    query = query_input(lang, key=keys["query"])
    kind = kind_picker(lang, key=keys["kind"])
    return ColumnPick(TextSelection(group, theme, kind), query)


def _card_view(relay: Relay, card, spans, pick: ColumnPick, lang: Language) -> tuple[str, dict]:
    """A card's Markdown and the cards page query of its place there: its group and theme,
    and the column's search."""
    group_label = relay.group_labels(lang)[card.group]
    place = {state.CARD_GROUPS: escape_label(group_label), state.CARD_THEMES: card.theme}
    if pick.query.strip():
        place[state.CARD_QUERY] = pick.query
    return card_markdown(card, group_label, spans, pick.selection.kind, lang), place


@st.cache_resource(show_spinner=False, max_entries=128)
def _side_by_side_view(
    _relay: Relay, fingerprint: str, left: ColumnPick, right: ColumnPick, lang: Language
) -> dict:
    """What the side-by-side reading shows, worked out once per pair of columns and language:
    each column's heading and search problem, and per theme the rows of (Markdown, query) of
    the cards facing each other. Kept as it is, not copied: callers only read it."""
    picks = (left, right)
    selections = [filtered_cards(_relay, pick.card_filter(), lang) for pick in picks]
    labels = side_labels(left.selection, right.selection, _relay.group_labels(lang), lang)
    headings = [
        (
            f"**{escape_label(label)}** · {text('cross.cards_shown', lang, n=len(s.cards))}",
            s.query_error,
        )
        for label, s in zip(labels, selections, strict=True)
    ]
    themes = [
        (
            f"#### {escape_label(_relay.metadata.theme_label(theme, lang))}",
            [
                tuple(
                    None
                    if card is None
                    else _card_view(_relay, card, selection.spans.get(card.id, {}), pick, lang)
                    for card, pick, selection in zip(pair, picks, selections, strict=True)
                )
                for pair in pairs
            ],
        )
        for theme, pairs in side_by_side(selections[0].cards, selections[1].cards)
    ]
    return {"headings": headings, "themes": themes}


def render_side_by_side(relay: Relay, left: ColumnPick, right: ColumnPick, lang: Language) -> None:
    """The two columns' cards, theme by theme, each card beside the other side's card on the
    same theme, search matches highlighted, each linking to its place on the cards page."""
    view = _side_by_side_view(relay, relay.fingerprint, left, right, lang)
    for (heading, problem), column in zip(
        view["headings"], st.columns(2, gap="large"), strict=True
    ):
        with column:
            if problem:
                st.warning(problem)
            st.markdown(heading)
    if not view["themes"]:
        st.info(text("cross.no_cards", lang))
        return
    open_card = text("cross.open_card", lang)
    for heading, rows in view["themes"]:
        st.markdown(heading)
        for row in rows:
            for card, column in zip(row, st.columns(2, gap="large"), strict=True):
                if card is None:
                    continue
                markdown, place = card
                with column, st.container(border=True):
                    st.markdown(markdown)
                    st.page_link(
                        CARDS.script,
                        label=open_card,
                        icon=":material/open_in_new:",
                        query_params=place,
                    )


@st.cache_data(show_spinner=False, max_entries=128)
def _comparison_view(
    _relay: Relay,
    fingerprint: str,
    left: TextSelection,
    right: TextSelection,
    labels: tuple[str, str],
    lang: Language,
) -> dict:
    """What the comparison shows, worked out once per pair of selections and language."""
    terms = compare_text(_relay, left, right)
    count_left = text("cross.column.count_in", lang, side=labels[0])
    count_right = text("cross.column.count_in", lang, side=labels[1])

    def readable(rows):
        rows = rows.assign(
            z=rows["z"].abs(),
            difference=[
                text(DIFFERENCE_KEYS[difference(z, a + b)], lang)
                for z, a, b in zip(rows["z"], rows["count_a"], rows["count_b"], strict=True)
            ],
        )
        columns = {
            "term": text("words.column.term", lang),
            "difference": text("cross.column.difference", lang),
            "count_a": count_left,
            "count_b": count_right,
            "z": text("cross.column.z", lang),
        }
        return rows[list(columns)].rename(columns=columns)

    overlaps = []
    for title, words in (
        (text("cross.only_in", lang, side=labels[0]), terms.only_a),
        (text("cross.both", lang), terms.both),
        (text("cross.only_in", lang, side=labels[1]), terms.only_b),
    ):
        heading = f"**{escape_label(title)}** · {text('cross.term_count', lang, n=len(words))}"
        shown = ", ".join(words[:OVERLAP_WORDS_SHOWN])
        overlaps.append((heading, shown + (" …" if len(words) > OVERLAP_WORDS_SHOWN else "")))
    return {
        "clear": bool(is_distinctive(terms.terms).any()),
        "left": readable(most_distinctive(terms, "a", DISTINCTIVE_ROWS)),
        "right": readable(most_distinctive(terms, "b", DISTINCTIVE_ROWS)),
        "overlaps": overlaps,
    }


def render_comparison_tables(
    relay: Relay, left: ColumnPick, right: ColumnPick, lang: Language
) -> None:
    """The words each side uses more, the difference in words and the counts beside it (the
    statistic last), then the words only one side uses and those both use."""
    labels = side_labels(left.selection, right.selection, relay.group_labels(lang), lang)
    view = _comparison_view(relay, relay.fingerprint, left.selection, right.selection, labels, lang)
    fields = threshold_fields(lang)
    if not view["clear"]:
        st.caption(text("cross.no_clear_difference", lang))
    z_help = {text("cross.column.z", lang): text("cross.z_help", lang, **fields)}
    difference_help = {
        text("cross.column.difference", lang): text("cross.difference_help", lang, **fields)
    }
    for column, label, rows in zip(
        st.columns(2, gap="large"), labels, (view["left"], view["right"]), strict=True
    ):
        with column:
            st.markdown(f"**{text('cross.more_used_by', lang, side=escape_label(label))}**")
            show_table(
                rows,
                lang,
                digits={text("cross.column.z", lang): 1},
                column_help=z_help | difference_help,
            )
    for column, (heading, words) in zip(st.columns(3), view["overlaps"], strict=True):
        with column:
            st.markdown(heading)
            st.caption(words)
