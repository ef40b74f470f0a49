"""Word clouds with their tables, and keyword-in-context lines, as several pages show them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_label, escape_markdown
from dashboard.relay import Relay
from dashboard.slug import slug
from dashboard.text import SelectionError
from dashboard.text.index import Kind
from dashboard.ui import state
from dashboard.ui.analysis import keyword_in_context, word_cloud_png, word_frequencies, word_total
from dashboard.ui.charts import show_png
from dashboard.ui.downloads import cloud_downloads
from dashboard.ui.pages import CARDS

TABLE_ROWS_SHOWN = 10
KWIC_FIELD_LABELS = {"question": "words.field.question", "answer": "words.field.answer"}


@st.cache_data(show_spinner=False, max_entries=256)
def _cloud_table(
    _relay: Relay, fingerprint: str, group, theme, kind: Kind, top: int, lang: Language
) -> pd.DataFrame:
    """The cloud's words with their numbers, columns named in `lang`."""
    frequencies = word_frequencies(_relay, group, theme, kind).head(top)
    columns = {
        "term": text("words.column.term", lang),
        "count": text("words.column.count", lang),
        "per_1000": text("words.column.per_1000", lang),
    }
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
    name: str | None = None,
) -> None:
    """A selection's cloud of its `top` words, what it is computed from, the same numbers, and
    PNG and SVG downloads (files named after `name`, else the label)."""
    table = _cloud_table(relay, relay.fingerprint, group, theme, kind, top, lang)
    if table.empty:
        st.info(text("words.no_words", lang))
        return
    listed = ", ".join(table.iloc[:TABLE_ROWS_SHOWN, 0])
    show_png(
        word_cloud_png(relay, group, theme, kind, top),
        alt=text("words.cloud_alt", lang, selection=label, terms=listed),
    )
    st.caption(text("words.computed", lang, n_words=word_total(relay, group, theme, kind)))
    cloud_downloads(
        lambda: word_frequencies(relay, group, theme, kind).head(top),
        name or f"ordsky-{slug(label)}",
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
        query_params={state.CARD_QUERY: term},
    )
