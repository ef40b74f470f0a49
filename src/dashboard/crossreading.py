"""The numbers behind the report's reflections, computed from the selected questions."""

from __future__ import annotations

import re
from itertools import zip_longest

import pandas as pd

from dashboard.cards import kind_label
from dashboard.i18n import Language, text
from dashboard.relay import Relay
from dashboard.text import CLEAR_DIFFERENCE, MIN_DISTINCTIVE_COUNT, TextIndex, TextSelection, search
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


def side_labels(
    left: TextSelection, right: TextSelection, group_labels: dict[str, str], lang: Language
) -> tuple[str, str]:
    """Short names for two selections compared, made of what tells them apart: their groups
    ('Topledere'), their themes, or their part of the text, in that order of need; the group
    alone when they are the same."""

    def parts(selection: TextSelection) -> list[str]:
        return [
            group_labels.get(selection.group, selection.group)
            if selection.group
            else text("cross.all_groups", lang),
            selection.theme or text("cross.all_themes", lang),
            kind_label(selection.kind, lang),
        ]

    left_parts, right_parts = parts(left), parts(right)
    differ = [i for i, (a, b) in enumerate(zip(left_parts, right_parts, strict=True)) if a != b]
    shown = differ or [0]
    return (
        " · ".join(left_parts[i] for i in shown),
        " · ".join(right_parts[i] for i in shown),
    )


# |z| from which a lean short of a clear difference is called a weak tendency: one standard
# error of the log odds ratio away from no difference.
WEAK_TENDENCY = 1.0
DIFFERENCE_KEYS = {
    "clear": "cross.difference.clear",
    "weak": "cross.difference.weak",
    "none": "cross.difference.none",
}


def difference(z: float, total: int) -> str:
    """How big a term's difference between two selections is, in words a member reads: "clear"
    (|z| ≥ CLEAR_DIFFERENCE and at least MIN_DISTINCTIVE_COUNT uses in all), "weak" (|z| ≥
    WEAK_TENDENCY) or "none"."""
    if abs(z) >= CLEAR_DIFFERENCE and total >= MIN_DISTINCTIVE_COUNT:
        return "clear"
    return "weak" if abs(z) >= WEAK_TENDENCY else "none"


Aligned = list[tuple[str, list[tuple[object | None, object | None]]]]


def side_by_side(left: pd.DataFrame, right: pd.DataFrame) -> Aligned:
    """Two sets of cards aligned for reading side by side: per theme (in the order themes first
    appear, left then right), the theme's cards paired in their order, a card facing nothing
    where one side has more. Each card is a row of its table (`itertuples`)."""
    aligned = []
    for theme in dict.fromkeys([*left["theme"], *right["theme"]]):
        lefts = list(left[left["theme"] == theme].itertuples(index=False))
        rights = list(right[right["theme"] == theme].itertuples(index=False))
        aligned.append((theme, list(zip_longest(lefts, rights))))
    return aligned
