"""Word clouds with their tables, and keyword-in-context lines, as several pages show them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import cut_at_words, escape_label, escape_markdown
from dashboard.numbers import decimal_number, whole
from dashboard.palette import LEAN_COLOURS, NEUTRAL_COLOUR
from dashboard.relay import Relay
from dashboard.slug import slug
from dashboard.text import (
    CLEAR_DIFFERENCE,
    MIN_DISTINCTIVE_COUNT,
    SelectionError,
    leaning_colours,
    legend,
    with_colours,
)
from dashboard.text.cloud import Legend
from dashboard.text.index import Kind
from dashboard.ui import state
from dashboard.ui.analysis import (
    KWIC_WIDTH,
    group_leanings,
    keyword_in_context,
    word_cloud_png,
    word_frequencies,
    word_total,
)
from dashboard.ui.charts import show_png
from dashboard.ui.downloads import cloud_downloads
from dashboard.ui.pages import CARDS
from dashboard.ui.widgets import marked_caption, show_table

TABLE_ROWS_SHOWN = 10
KWIC_LINES_SHOWN = 60  # uses of a word shown per group; the cards page has them all
KWIC_FIELD_LABELS = {"question": "words.field.question", "answer": "words.field.answer"}
COLOUR_NAMES = dict(
    zip(
        (*LEAN_COLOURS, NEUTRAL_COLOUR),
        (
            "words.colour.blue",
            "words.colour.vermillion",
            "words.colour.green",
            "words.colour.purple",
            "words.colour.ochre",
            "words.colour.grey",
        ),
        strict=True,
    )
)


@dataclass(frozen=True)
class CloudColouring:
    """What a page's clouds are coloured by: the group each term leans to clearly (against
    the other groups, in `kind` of text), and the label of each group, in the order of their
    colours. Small and hashable, so the cached views below can key on it."""

    kind: Kind
    labels: tuple[tuple[str, str], ...]  # (group, label)


@st.cache_data(show_spinner=False, max_entries=32)
def _group_colouring(_relay: Relay, fingerprint: str, kind: Kind, lang: Language) -> CloudColouring:
    return CloudColouring(kind, tuple(_relay.group_labels(lang).items()))


def group_colouring(relay: Relay, kind: Kind, lang: Language) -> CloudColouring:
    """Colour by the group a term leans to clearly, against the other groups."""
    return _group_colouring(relay, relay.fingerprint, kind, lang)


def threshold_fields(lang: Language) -> dict[str, object]:
    """The fields `threshold` (|z| from which a lean is clear, written as `lang` writes
    decimals) and `min_count` of the texts that explain distinctive words."""
    return {
        "threshold": decimal_number(CLEAR_DIFFERENCE, lang, 2),
        "min_count": MIN_DISTINCTIVE_COUNT,
    }


@dataclass(frozen=True)
class _CloudView:
    table: pd.DataFrame  # the words with count, per 1,000 and lean, columns named in a language
    colours: tuple[tuple[str, str], ...]  # (term, colour) of the words that lean clearly
    legend: Legend
    alt: str


@st.cache_data(show_spinner=False, max_entries=256)
def _cloud_view(
    _relay: Relay,
    fingerprint: str,
    label: str,
    group: str | None,
    theme: str | None,
    kind: Kind,
    top: int,
    lang: Language,
    colouring: CloudColouring,
) -> _CloudView:
    """What a cloud shows, worked out once per selection, colouring and language."""
    leaning = group_leanings(_relay, colouring.kind)
    labels = dict(colouring.labels)
    frequencies = word_frequencies(_relay, group, theme, kind).head(top)
    shown = {t: leaning[t] for t in frequencies["term"] if t in leaning}
    columns = {
        "term": text("words.column.term", lang),
        "count": text("words.column.count", lang),
        "per_1000": text("words.column.per_1000", lang),
        "leans": text("words.column.leans", lang),
    }
    table = frequencies.assign(
        leans=[labels[shown[t]] if t in shown else "–" for t in frequencies["term"]]
    )
    entries = legend(
        {name: text("words.leans_to", lang, name=shown_as) for name, shown_as in labels.items()},
        list(labels),
        text("words.legend.neutral", lang),
    )
    listed = ", ".join(frequencies["term"].head(TABLE_ROWS_SHOWN))
    meaning = "; ".join(f"{text(COLOUR_NAMES[c], lang)}: {what}" for c, what in entries)
    return _CloudView(
        table=table[list(columns)].rename(columns=columns),
        colours=tuple(leaning_colours(shown, list(labels)).items()),
        legend=entries,
        alt=text("words.cloud_alt", lang, selection=label, terms=listed)
        + " "
        + text("words.colours", lang, legend=meaning),
    )


def render_word_cloud(
    relay: Relay,
    *,
    label: str,
    group: str | None,
    theme: str | None,
    kind: Kind,
    top: int,
    lang: Language,
    colouring: CloudColouring,
    name: str | None = None,
) -> None:
    """A selection's cloud of its `top` words, coloured by the lean of each, what it is
    computed from, the same numbers, and PNG and SVG downloads (files named after `name`,
    else the label)."""
    view = _cloud_view(relay, relay.fingerprint, label, group, theme, kind, top, lang, colouring)
    if view.table.empty:
        st.info(text("words.no_words", lang))
        return
    show_png(
        word_cloud_png(relay, group, theme, kind, top, view.colours, view.legend), alt=view.alt
    )
    n_words = whole(word_total(relay, group, theme, kind), lang)
    marked_caption("computed", text("words.counted_words", lang, n_words=n_words), lang)
    cloud_downloads(
        lambda: with_colours(
            word_frequencies(relay, group, theme, kind).head(top), dict(view.colours)
        ),
        view.legend,
        name or f"ordsky-{slug(label)}",
        f"cloud|{name}|{group}|{theme}|{kind}|{label}",
        lang,
    )
    show_table(
        view.table,
        lang,
        digits={text("words.column.per_1000", lang): 1},
        column_help={text("words.column.per_1000", lang): text("cross.per_1000_help", lang)},
        height=38 + 35 * min(len(view.table), TABLE_ROWS_SHOWN),
    )


@st.cache_data(show_spinner=False, max_entries=256)
def _keyword_in_context_links(
    _relay: Relay, fingerprint: str, term: str, group: str | None, kind: Kind, lang: Language
) -> tuple[str, list[tuple[str, dict[str, str]]]]:
    """(caption, [(link label, cards page query)]) of a term's uses in one group's texts."""
    try:
        lines = keyword_in_context(_relay, term, kind)
    except SelectionError:
        return text("words.kwic_not_a_word", lang), []
    cards = _relay.pairs.set_index("id")
    if group is not None:
        lines = lines[lines["id"].isin(cards.index[cards["group"] == group])]
    if lines.empty:
        return text("words.kwic_none", lang), []
    caption = text("words.kwic_count", lang, n=len(lines), n_cards=lines["id"].nunique())
    group_labels = _relay.group_labels(lang)
    links = []
    for line in lines.head(KWIC_LINES_SHOWN).itertuples(index=False):
        card = cards.loc[line.id]
        left, right = cut_at_words(line.left, line.right, KWIC_WIDTH)
        where = " · ".join(
            (group_labels[card.group], card.theme, text(KWIC_FIELD_LABELS[line.field], lang))
        )
        label = (
            f"…{escape_markdown(left)}**{escape_markdown(line.match)}**{escape_markdown(right)}… "
            f":gray[{escape_markdown(where)}]"
        )
        query = {
            state.CARD_GROUPS: escape_label(group_labels[card.group]),
            state.CARD_THEMES: card.theme,
            state.CARD_QUERY: term,
        }
        links.append((label, query))
    if len(lines) > KWIC_LINES_SHOWN:
        caption += " " + text("words.kwic_first", lang, n=KWIC_LINES_SHOWN)
    return caption, links


def render_keyword_in_context(
    relay: Relay, term: str, *, group: str | None, kind: Kind, lang: Language
) -> None:
    """Every use of `term`'s forms in a group's texts (None: all groups), each a link to its
    card on the cards page, labelled by group, theme and part of the card."""
    caption, links = _keyword_in_context_links(relay, relay.fingerprint, term, group, kind, lang)
    st.caption(caption)
    for label, query in links:
        st.page_link(CARDS.script, label=label, query_params=query)


@st.cache_data(show_spinner=False, max_entries=32)
def _frequent_terms(_relay: Relay, fingerprint: str, kind: Kind, top: int) -> list[str]:
    terms = (
        term
        for group in _relay.groups
        for term in word_frequencies(_relay, group, None, kind)["term"].head(top)
    )
    return sorted(dict.fromkeys(terms))


def frequent_terms(relay: Relay, kind: Kind, top: int) -> list[str]:
    """The `top` terms of every group, one entry per term (its label), alphabetical."""
    return _frequent_terms(relay, relay.fingerprint, kind, top)


def link_to_cards_with(term: str, lang: Language) -> None:
    """A link to the cards page searching for `term`."""
    st.page_link(
        CARDS.script,
        label=text("words.open_cards", lang, term=escape_label(term)),
        icon=":material/arrow_forward:",
        query_params={state.CARD_QUERY: term},
    )
