"""Compare two selections: shared and exclusive terms, and Fightin' Words z-scores.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4), section 3.5:
the log-odds ratio of a term between selections A and B with an informative Dirichlet prior
α_w (counts of the term in a background: by default A and B together), divided by its
estimated standard deviation. With y = a term's count, n = all term counts of a selection and
α_0 = Σ α_w:

    δ_w = ln((y_A + α_w) / (n_A + α_0 − y_A − α_w)) − ln((y_B + α_w) / (n_B + α_0 − y_B − α_w))
    σ²_w ≈ 1 / (y_A + α_w) + 1 / (y_B + α_w)
    z_w = δ_w / σ_w

z > 0 leans to A, z < 0 to B; |z| > 1.96 is the usual threshold of a notable difference.
The shape follows scattertext: DataFrame in → term × category table → per-category scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from dashboard.text.frequencies import Relay, as_index
from dashboard.text.index import Kind, SelectionError

Prior = Literal["union", "relay"]


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
    terms: pd.DataFrame  # term, count_a, count_b, z — most A-leaning first
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
    relay: Relay, a: str, b: str, *, by: str = "group", kind: Kind = "all", prior: Prior = "union"
) -> Comparison:
    """Compare the `by` values `a` and `b` ("group" or "theme"); prior from A+B or the relay."""
    if a == b:
        raise SelectionError("A og B skal være forskellige")
    index = as_index(relay)
    masks = {"a": index.category_selection(by, a, kind), "b": index.category_selection(by, b, kind)}
    return _compare_masks(index, masks, a, b, kind, prior)


def compare_selections(
    relay: Relay, a: TextSelection, b: TextSelection, *, labels: tuple[str, str] = ("A", "B")
) -> Comparison:
    """Compare any two selections (group, theme and kind each); the prior is A and B together."""
    index = as_index(relay)
    masks = {
        "a": index.selection(a.group, a.theme, a.kind),
        "b": index.selection(b.group, b.theme, b.kind),
    }
    return _compare_masks(index, masks, labels[0], labels[1], "all", "union")


def _compare_masks(
    index, masks: dict[str, np.ndarray], a: str, b: str, kind: Kind, prior: Prior
) -> Comparison:
    if prior == "relay":
        masks["relay"] = index.selection(kind=kind)
    elif prior != "union":
        raise SelectionError(f"ukendt prior '{prior}'; mulige: 'union', 'relay'")
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
    ).sort_values(["z", "term"], ascending=[False, True], ignore_index=True)
    return Comparison(a=a, b=b, terms=terms, **_overlap(terms))


def _overlap(terms: pd.DataFrame) -> dict[str, list[str]]:
    """Terms only in A, in both, only in B — each most frequent first, ties alphabetical."""
    terms = terms.assign(total=terms["count_a"] + terms["count_b"])
    in_a, in_b = terms["count_a"] > 0, terms["count_b"] > 0
    parts = {"only_a": in_a & ~in_b, "both": in_a & in_b, "only_b": in_b & ~in_a}
    return {
        name: terms[rows].sort_values(["total", "term"], ascending=[False, True])["term"].tolist()
        for name, rows in parts.items()
    }
