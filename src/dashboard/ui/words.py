"""Word clouds with their tables, and keyword-in-context lines, as several pages show them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_label, escape_markdown
from dashboard.palette import LEAN_COLOURS, NEUTRAL_COLOUR
from dashboard.relay import Relay
from dashboard.report_source import theme_slug
from dashboard.text import (
    CLEAR_DIFFERENCE,
    MIN_DISTINCTIVE_COUNT,
    SelectionError,
    TextSelection,
    leaning_colours,
    legend,
    with_colours,
)
from dashboard.text.index import Kind
from dashboard.ui.analysis import (
    comparison_leanings,
    group_leanings,
    keyword_in_context,
    word_cloud_png,
    word_frequencies,
    word_total,
)
from dashboard.ui.charts import show_png
from dashboard.ui.downloads import cloud_downloads
from dashboard.ui.pages import CARDS
from dashboard.ui.widgets import QUERY_KEY

TABLE_ROWS_SHOWN = 10
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
    """What a page's clouds are coloured by: the term → name (group or side) of the terms that
    lean clearly to one, the names in the order of their colours, and each name's label."""

    leanings: Mapping[str, str]
    names: tuple[str, ...]
    labels: Mapping[str, str]


def group_colouring(relay: Relay, kind: Kind, lang: Language) -> CloudColouring:
    """Colour by the group a term leans to clearly, against the other groups."""
    return CloudColouring(
        group_leanings(relay, kind), tuple(relay.groups), relay.group_labels(lang)
    )


def side_colouring(
    relay: Relay, left: tuple[TextSelection, str], right: tuple[TextSelection, str]
) -> CloudColouring:
    """Colour by the side (selection, label) of a two-panel comparison a term leans to."""
    leaning = comparison_leanings(relay, left[0], right[0])
    return CloudColouring(leaning, ("A", "B"), {"A": left[1], "B": right[1]})


def threshold_fields(lang: Language) -> dict[str, object]:
    """The fields `threshold` (|z| from which a lean is clear, written as `lang` writes
    decimals) and `min_count` of the texts that explain distinctive words."""
    written = f"{CLEAR_DIFFERENCE:.2f}"
    return {
        "threshold": written.replace(".", ",") if lang == "da" else written,
        "min_count": MIN_DISTINCTIVE_COUNT,
    }


@st.cache_data(show_spinner=False, max_entries=256)
def _cloud_table(
    _relay: Relay,
    fingerprint: str,
    group,
    theme,
    kind: Kind,
    top: int,
    lang: Language,
    leans: tuple[tuple[str, str], ...],
) -> pd.DataFrame:
    """The cloud's words with their numbers and lean, columns named in `lang`."""
    frequencies = word_frequencies(_relay, group, theme, kind).head(top)
    columns = {
        "term": text("words.column.term", lang),
        "count": text("words.column.count", lang),
        "per_1000": text("words.column.per_1000", lang),
        "leans": text("words.column.leans", lang),
    }
    leaning = dict(leans)
    frequencies = frequencies.assign(leans=[leaning.get(t, "–") for t in frequencies["term"]])
    return frequencies[list(columns)].rename(columns=columns)


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
    terms = word_frequencies(relay, group, theme, kind)["term"].head(top)
    shown = {t: colouring.leanings[t] for t in terms if t in colouring.leanings}
    colours = tuple(leaning_colours(shown, colouring.names).items())
    leans = tuple((t, colouring.labels[n]) for t, n in shown.items())
    table = _cloud_table(relay, relay.fingerprint, group, theme, kind, top, lang, leans)
    if table.empty:
        st.info(text("words.no_words", lang))
        return
    entries = legend(
        {n: text("words.leans_to", lang, name=colouring.labels[n]) for n in colouring.names},
        colouring.names,
        text("words.legend.neutral", lang),
    )
    listed = ", ".join(table.iloc[:TABLE_ROWS_SHOWN, 0])
    meaning = "; ".join(f"{text(COLOUR_NAMES[c], lang)}: {what}" for c, what in entries)
    show_png(
        word_cloud_png(relay, group, theme, kind, top, colours, entries),
        alt=text("words.cloud_alt", lang, selection=label, terms=listed)
        + " "
        + text("words.colours", lang, legend=meaning),
    )
    st.caption(text("words.computed", lang, n_words=word_total(relay, group, theme, kind)))
    cloud_downloads(
        lambda: with_colours(word_frequencies(relay, group, theme, kind).head(top), dict(colours)),
        entries,
        name or f"ordsky-{theme_slug(label)}",
        f"cloud|{name}|{group}|{theme}|{kind}|{label}",
        lang,
    )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=38 + 35 * min(len(table), TABLE_ROWS_SHOWN),
        column_config={
            text("words.column.per_1000", lang): st.column_config.NumberColumn(format="%.1f")
        },
    )


@st.cache_data(show_spinner=False, max_entries=256)
def _keyword_in_context_text(
    _relay: Relay, fingerprint: str, term: str, group: str | None, kind: Kind, lang: Language
) -> tuple[str, str | None]:
    """(caption, Markdown lines or None) of a term's occurrences in one group's texts."""
    try:
        lines = keyword_in_context(_relay, term, kind)
    except SelectionError:
        return text("words.kwic_not_a_word", lang), None
    if group is not None:
        ids = set(_relay.pairs.loc[_relay.pairs["group"] == group, "id"])
        lines = lines[lines["id"].isin(ids)]
    if lines.empty:
        return text("words.kwic_none", lang), None
    caption = text("words.kwic_count", lang, n=len(lines), n_cards=lines["id"].nunique())
    markdown = "  \n".join(
        f"…{escape_markdown(line.left)}**{escape_markdown(line.match)}**"
        f"{escape_markdown(line.right)}… "
        f":gray[{escape_markdown(line.id)} · {text(KWIC_FIELD_LABELS[line.field], lang)}]"
        for line in lines.itertuples(index=False)
    )
    return caption, markdown


def render_keyword_in_context(
    relay: Relay, term: str, *, group: str | None, kind: Kind, lang: Language
) -> None:
    """Every occurrence of `term`'s forms in a group's texts (None: all groups)."""
    caption, markdown = _keyword_in_context_text(relay, relay.fingerprint, term, group, kind, lang)
    st.caption(caption)
    if markdown:
        st.markdown(markdown)


def link_to_cards_with(term: str, lang: Language) -> None:
    """A link to the cards page searching for `term`."""
    st.page_link(
        CARDS.script,
        label=text("words.open_cards", lang, term=escape_label(term)),
        icon=":material/arrow_forward:",
        query_params={QUERY_KEY: term},
    )
