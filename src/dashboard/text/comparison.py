"""Compare two selections: shared and exclusive terms, and Fightin' Words z-scores.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), section 3.5:
the log-odds ratio of a term between selections A and B with an informative Dirichlet prior,
divided by its estimated standard deviation. Here:

- y_A, y_B: the term's counts (all forms of its lemma) in A and in B;
- n_A, n_B: all term counts of A and of B – stop words and abbreviations are not terms, so they
  are not in n (unlike the per-1,000 figures, whose denominator is every token);
- the prior α_w = y_A + y_B, the term's pooled count in A and B (or, with prior="relay", its
  count in the whole relay), so α_0 = Σ α_w = n_A + n_B;
- δ_w = ln((y_A + α_w) / (n_A + α_0 − y_A − α_w)) − ln((y_B + α_w) / (n_B + α_0 − y_B − α_w));
- the variance σ²_w ≈ 1 / (y_A + α_w) + 1 / (y_B + α_w) (the paper's two-term approximation);
- z_w = δ_w / σ_w: z > 0 leans to A, z < 0 to B.

A term is called distinctive when |z| ≥ CLEAR_DIFFERENCE (1.96, the two-sided 5 % point of the
standard normal) and it occurs at least MIN_DISTINCTIVE_COUNT times in A and B together.
The shape follows scattertext: DataFrame in → term × category table → per-category scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from dashboard.text.counting import PairsOrIndex, as_index
from dashboard.text.errors import SelectionError
from dashboard.text.index import Kind, TextIndex

Prior = Literal["union", "relay"]
Side = Literal["a", "b"]
CLEAR_DIFFERENCE = 1.96  # |z| from which a difference is called clear (two-sided 5 % level)
MIN_DISTINCTIVE_COUNT = 5  # fewer occurrences in A and B together say nothing about a lean
RANK_COLUMNS = ["rank", "term", "z", "count_a", "count_b"]


def log_odds_z(counts_a: pd.Series, counts_b: pd.Series, prior: pd.Series) -> pd.Series:
    """Fightin' Words z-score of every term (index) of A vs B, given prior counts α_w > 0."""
    alpha = prior.reindex(counts_a.index).astype(float)
    if alpha.isna().any() or (alpha <= 0).any():
        raise ValueError("the prior needs a positive count for every compared term")
    y_a, y_b = counts_a.astype(float), counts_b.astype(float)
    n_a, n_b, alpha_0 = y_a.sum(), y_b.sum(), alpha.sum()
    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log(
        (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
    )
    variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
    return delta / np.sqrt(variance)


@dataclass(frozen=True)
class Comparison:
    """The result of comparing selection A with selection B."""

    a: str
    b: str
    terms: pd.DataFrame  # term, count_a, count_b, z — most A-leaning first, then most frequent
    only_a: list[str]  # terms used only in A, most frequent first
    both: list[str]  # terms used in both, most frequent (A + B) first
    only_b: list[str]  # terms used only in B, most frequent first


@dataclass(frozen=True)
class TextSelection:
    """Part of a relay: a group and a theme (None: all of them) and a kind of text."""

    group: str | None = None
    theme: str | None = None
    kind: Kind = "all"


def compare(
    relay: PairsOrIndex,
    a: str,
    b: str,
    *,
    by: str = "group",
    kind: Kind = "all",
    prior: Prior = "union",
) -> Comparison:
    """Compare the `by` values `a` and `b` ("group" or "theme"); prior from A+B or the relay."""
    if a == b:
        raise SelectionError("words.error.same_sides")
    index = as_index(relay)
    masks = {"a": index.category_selection(by, a, kind), "b": index.category_selection(by, b, kind)}
    return _compare_masks(index, masks, a, b, kind, prior)


def compare_selections(
    relay: PairsOrIndex, a: TextSelection, b: TextSelection, *, labels: tuple[str, str] = ("A", "B")
) -> Comparison:
    """Compare any two selections (group, theme and kind each); the prior is A and B together."""
    index = as_index(relay)
    masks = {
        "a": index.selection(a.group, a.theme, a.kind),
        "b": index.selection(b.group, b.theme, b.kind),
    }
    return _compare_masks(index, masks, labels[0], labels[1], "all", "union")


def _compare_masks(
    index: TextIndex, masks: dict[str, np.ndarray], a: str, b: str, kind: Kind, prior: Prior
) -> Comparison:
    if prior == "relay":
        masks["relay"] = index.selection(kind=kind)
    elif prior != "union":
        raise SelectionError("words.error.unknown_prior", value=prior)
    counts = index.term_table(masks).counts
    counts = counts[(counts["a"] + counts["b"]) > 0]
    background = counts["relay"] if prior == "relay" else counts["a"] + counts["b"]
    terms = pd.DataFrame(
        {
            "term": counts.index.astype(str),
            "count_a": counts["a"].to_numpy(),
            "count_b": counts["b"].to_numpy(),
            "z": log_odds_z(counts["a"], counts["b"], background).to_numpy(),
        }
    )
    terms = terms.assign(total=terms["count_a"] + terms["count_b"]).sort_values(
        ["z", "total", "term"], ascending=[False, False, True], ignore_index=True
    )
    return Comparison(a=a, b=b, terms=terms.drop(columns="total"), **_overlap(terms))


def _overlap(terms: pd.DataFrame) -> dict[str, list[str]]:
    """Terms only in A, in both, only in B — each most frequent first, ties alphabetical."""
    in_a, in_b = terms["count_a"] > 0, terms["count_b"] > 0
    parts = {"only_a": in_a & ~in_b, "both": in_a & in_b, "only_b": in_b & ~in_a}
    return {
        name: terms[rows].sort_values(["total", "term"], ascending=[False, True])["term"].tolist()
        for name, rows in parts.items()
    }


def is_distinctive(terms: pd.DataFrame) -> pd.Series:
    """Per row of a comparison's terms: a clear difference (|z| ≥ CLEAR_DIFFERENCE) in a term
    used at least MIN_DISTINCTIVE_COUNT times in A and B together."""
    total = terms["count_a"] + terms["count_b"]
    return (terms["z"].abs() >= CLEAR_DIFFERENCE) & (total >= MIN_DISTINCTIVE_COUNT)


def most_distinctive(comparison: Comparison, side: Side, top: int) -> pd.DataFrame:
    """The `top` terms leaning most to `side` ("a": z > 0, "b": z < 0), among the terms used at
    least MIN_DISTINCTIVE_COUNT times, with their rank (RANK_COLUMNS).

    Ordered by |z|, then by count on that side; terms equal in both share a rank ("1, 2, 2,
    4"), and every term tied with the last one shown is shown too, so a list never cuts
    through a tie and never picks among equals by spelling."""
    terms = comparison.terms
    sign = 1 if side == "a" else -1
    used = (terms["count_a"] + terms["count_b"]) >= MIN_DISTINCTIVE_COUNT
    leaning = terms[used & (sign * terms["z"] > 0)].assign(
        strength=lambda t: (sign * t["z"]).round(9),
        own=lambda t: t["count_a"] if side == "a" else t["count_b"],
    )
    ordered = leaning.sort_values(
        ["strength", "own", "term"], ascending=[False, False, True], ignore_index=True
    )
    key = ordered[["strength", "own"]]
    first_of_tie = key.ne(key.shift()).any(axis=1)
    ordered["rank"] = pd.Series(np.arange(1, len(ordered) + 1)).where(first_of_tie).ffill()
    if top < len(ordered):
        last_rank = ordered["rank"].iloc[top - 1] if top else 0
        ordered = ordered[ordered["rank"] <= last_rank]
    return ordered.astype({"rank": int})[RANK_COLUMNS]


def leanings(comparison: Comparison) -> pd.Series:
    """Each term's clear lean: comparison.a, comparison.b, or None (no clear difference)."""
    terms = comparison.terms
    lean = np.where(terms["z"] > 0, comparison.a, comparison.b)
    return pd.Series(
        np.where(is_distinctive(terms), lean, None), index=terms["term"].to_numpy(), dtype=object
    )


def category_leanings(relay: PairsOrIndex, by: str = "group", kind: Kind = "all") -> pd.Series:
    """The terms that lean clearly to one value of `by` ("group" or "theme") against all the
    others together, each with the value it is most distinctive of (highest z)."""
    index = as_index(relay)
    values = index.values(by)
    if len(values) < 2:
        return pd.Series(dtype=object)
    everything = index.selection(kind=kind)
    z_by_value = {}
    for value in values:
        own = index.category_selection(by, value, kind)
        terms = _compare_masks(index, {"a": own, "b": everything & ~own}, value, "", kind, "union")
        terms = terms.terms.set_index("term")
        z_by_value[value] = terms["z"].where(is_distinctive(terms) & (terms["z"] > 0))
    z = pd.DataFrame(z_by_value).dropna(how="all")
    return z.idxmax(axis=1).astype(object)
