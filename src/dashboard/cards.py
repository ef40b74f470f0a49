"""Which question/answer cards a filter shows, and what to say when it shows none."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.i18n import Language, text
from dashboard.markup import escape_markdown, inert_markdown
from dashboard.text import Kind, SelectionError, search
from dashboard.text.index import KIND_FIELDS

__all__ = [
    "FIELD_LABELS",
    "KIND_FIELDS",
    "KIND_LABELS",
    "CardFilter",
    "CardSelection",
    "card_markdown",
    "empty_result_advice",
    "filter_cards",
]


KIND_LABELS: dict[Kind, str] = {
    "questions": "cards.kind.questions",
    "answers": "cards.kind.answers",
    "all": "cards.kind.all",
}
FIELD_LABELS = {"question": "cards.question", "answer": "cards.answer"}


def kind_label(kind: Kind, lang: Language) -> str:
    """'Spørgsmål', 'Svar' or 'Begge': which texts a view shows and searches."""
    return text(KIND_LABELS[kind], lang)


@dataclass(frozen=True)
class CardFilter:
    """A filter on cards; empty groups or themes mean all of them."""

    groups: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    query: str = ""
    kind: Kind = "all"
    only_ids: tuple[str, ...] | None = None  # e.g. the shortlist; None means no such limit


@dataclass(frozen=True)
class CardSelection:
    """The cards a filter shows (rows of pairs plus `spans`), of how many, and any query error."""

    cards: pd.DataFrame
    total: int
    query_error: str | None = None
    spans: dict[str, dict[str, list[tuple[int, int]]]] = field(default_factory=dict)


def filter_cards(pairs: pd.DataFrame, card_filter: CardFilter, lang: Language) -> CardSelection:
    """The cards that pass every part of `card_filter`, in the relay's order."""
    rows = pairs
    if card_filter.groups:
        rows = rows[rows["group"].isin(card_filter.groups)]
    if card_filter.themes:
        rows = rows[rows["theme"].isin(card_filter.themes)]
    if card_filter.only_ids is not None:
        rows = rows[rows["id"].isin(card_filter.only_ids)]
    spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
    query_error = None
    if card_filter.query.strip():
        try:
            hits = search(rows, card_filter.query, card_filter.kind)
        except SelectionError as error:
            query_error = error.message(lang)
        else:
            spans = dict(zip(hits["id"], hits["spans"], strict=True))
            rows = hits.drop(columns="spans")
    return CardSelection(rows, len(pairs), query_error, spans)


def empty_result_advice(card_filter: CardFilter, lang: Language) -> str:
    """Why no card matches and how to widen the filter, in one short paragraph."""
    parts = []
    if card_filter.query.strip():
        parts.append(text("cards.empty.query", lang, query=escape_markdown(card_filter.query)))
        if card_filter.kind != "all":
            parts.append(text("cards.empty.kind", lang))
    if card_filter.groups or card_filter.themes:
        parts.append(text("cards.empty.filters", lang))
    if card_filter.only_ids is not None:
        parts.append(text("cards.empty.shortlist", lang))
    return " ".join([text("cards.empty", lang), *parts])


def card_markdown(
    card, group_label: str, spans: dict[str, list[tuple[int, int]]], kind: Kind, lang: Language
) -> str:
    """A card's text as one Markdown block: group and theme tags, the question and/or answer
    (the report's emphasis kept, search matches highlighted, all else inert) and its source.

    One block rather than an element per part: a page of 50 cards then sends and draws a
    third of the elements, which is what keeps filtering fast with many viewers at once.
    """
    group_tag, theme_tag = (escape_markdown(_one_line(v)) for v in (group_label, card.theme))
    blocks = [f":blue-badge[{group_tag}] :gray-badge[{theme_tag}]"]
    for field_name in KIND_FIELDS[kind]:
        content = getattr(card, field_name)
        blocks.append(f"**{text(FIELD_LABELS[field_name], lang)}**")
        if content.strip():
            blocks.append(inert_markdown(content, spans.get(field_name, ())))
        else:
            blocks.append(f":gray[{escape_markdown(text('cards.no_answer', lang))}]")
    source = escape_markdown(_one_line(text("cards.source", lang, source=card.source)))
    blocks.append(f":gray[:small[{source}]]")
    return "\n\n".join(blocks)


def _one_line(label: str) -> str:
    """A label on one line: a line break inside a `:badge[…]` or `:small[…]` would end it."""
    return " ".join(label.split())
