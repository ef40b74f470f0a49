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
    "CardBadges",
    "CardFilter",
    "CardSelection",
    "card_markdown",
    "empty_result_advice",
    "field_markdown",
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
    only_ids: tuple[str, ...] | None = None  # e.g. a meeting's cards; None means no such limit


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
        parts.append(text("cards.empty.marked", lang))
    return " ".join([text("cards.empty", lang), *parts])


@dataclass(frozen=True)
class CardBadges:
    """What members have put on a card: in the current meeting (starred), notes, tags."""

    starred: bool = False
    notes: int = 0
    tags: tuple[str, ...] = ()


NO_BADGES = CardBadges()


def field_markdown(
    card, field_name: str, spans: dict[str, list[tuple[int, int]]], lang: Language
) -> str:
    """The card's question or answer under its label, the report's emphasis kept, search
    matches highlighted, all else inert."""
    content = getattr(card, field_name)
    label = f"**{text(FIELD_LABELS[field_name], lang)}**"
    if not content.strip():
        return f"{label}\n\n:gray[{escape_markdown(text('cards.no_answer', lang))}]"
    return f"{label}\n\n{inert_markdown(content, spans.get(field_name, ()))}"


def card_markdown(
    card,
    group_label: str,
    spans: dict[str, list[tuple[int, int]]],
    kind: Kind,
    lang: Language,
    badges: CardBadges = NO_BADGES,
) -> str:
    """A card's text as one Markdown block: group and theme tags (and whether it is in the
    meeting, its notes and its tags), the question and/or answer, and its source where that
    says more than the tags (the page names the source once for all).

    One block rather than an element per part: a page of 50 cards then sends and draws a
    third of the elements, which is what keeps filtering fast with many viewers at once.
    """
    group_tag, theme_tag = (escape_markdown(_one_line(v)) for v in (group_label, card.theme))
    tags = [f":blue-badge[{group_tag}]", f":gray-badge[{theme_tag}]"]
    if badges.starred:
        tags.insert(0, f":orange-badge[:material/star: {text('cards.in_meeting', lang)}]")
    if badges.notes:
        notes = (
            text("cards.one_note", lang)
            if badges.notes == 1
            else text("cards.notes", lang, n=badges.notes)
        )
        tags.append(f":violet-badge[:material/sticky_note_2: {notes}]")
    tags += [f":green-badge[:material/sell: {escape_markdown(_one_line(t))}]" for t in badges.tags]
    blocks = [" ".join(tags)]
    blocks += [field_markdown(card, name, spans, lang) for name in KIND_FIELDS[kind]]
    if card.source != f"{card.group} – {card.theme}":
        source = escape_markdown(_one_line(text("cards.source", lang, source=card.source)))
        blocks.append(f":gray[:small[{source}]]")
    return "\n\n".join(blocks)


def _one_line(label: str) -> str:
    """A label on one line: a line break inside a `:badge[…]` or `:small[…]` would end it."""
    return " ".join(label.split())
