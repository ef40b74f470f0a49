"""The numbers behind the report's reflections, computed from the selected questions."""

from __future__ import annotations

import re

import pandas as pd

from dashboard.cards import kind_label
from dashboard.i18n import Language, text
from dashboard.relay import Relay
from dashboard.text import TextIndex, TextSelection, search
from dashboard.themes import theme_shares

WORD_EVIDENCE_HEADERS = {
    "group": "cross.word_table.group",
    "word": "cross.word_table.word",
    "questions_with": "cross.word_table.questions_with",
    "count": "cross.word_table.count",
    "per_1000": "cross.word_table.per_1000",
}
WORD_EVIDENCE_COLUMNS = list(WORD_EVIDENCE_HEADERS)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def reflection_findings(prompt: str) -> str:
    """What a reflection states, without the questions it goes on to ask: its sentences up to
    the first question (the first sentence when it opens with one). The report's emphasis is
    kept; a reflection that states nothing gives its first sentence."""
    sentences = _SENTENCE_END.split(prompt.strip())
    statements = []
    for sentence in sentences:
        if sentence.rstrip('*”"» ').endswith("?"):
            break
        statements.append(sentence)
    return " ".join(statements or sentences[:1])


def theme_evidence(relay: Relay, theme: str) -> pd.DataFrame:
    """Per group: how many of its selected questions are on `theme`, of how many, and the share.

    A group without a question on the theme gets a row with count 0.
    """
    shares = theme_shares(relay.pairs)
    rows = []
    for group in relay.groups:
        group_rows = shares[shares["group"] == group]
        on_theme = group_rows[group_rows["theme"] == theme]
        count = int(on_theme["count"].sum())
        n = int(group_rows["count"].sum())
        rows.append({"group": group, "count": count, "n": n, "share": count / n if n else 0.0})
    return pd.DataFrame(rows, columns=["group", "count", "n", "share"])


def word_evidence(relay: Relay, index: TextIndex, words: tuple[str, ...]) -> pd.DataFrame:
    """Per group and word, in the questions: questions containing a form of it, count, per 1,000."""
    rows = []
    for group in relay.groups:
        questions = relay.pairs[relay.pairs["group"] == group]
        table = index.term_table({"q": index.selection(group, None, "questions")})
        counts, per_1000 = table.counts["q"], table.per_1000()["q"]
        for word in words:
            term = index.label_of(word.lower())
            rows.append(
                {
                    "group": group,
                    "word": word,
                    "questions_with": len(search(questions, word, "questions")),
                    "count": int(counts.get(term, 0)),
                    "per_1000": float(per_1000.get(term, 0.0)),
                }
            )
    return pd.DataFrame(rows, columns=WORD_EVIDENCE_COLUMNS)


def selection_pairs(pairs: pd.DataFrame, selection: TextSelection) -> pd.DataFrame:
    """The pairs in a selection's group and theme (None: all)."""
    rows = pairs
    if selection.group is not None:
        rows = rows[rows["group"] == selection.group]
    if selection.theme is not None:
        rows = rows[rows["theme"] == selection.theme]
    return rows


def selection_label(selection: TextSelection, group_labels: dict[str, str], lang: Language) -> str:
    """A short name for a selection, e.g. 'Topledere · krydspres · Spørgsmål'."""
    parts = [
        group_labels.get(selection.group, selection.group)
        if selection.group
        else text("cross.all_groups", lang),
        selection.theme or text("cross.all_themes", lang),
        kind_label(selection.kind, lang),
    ]
    return " · ".join(parts)
