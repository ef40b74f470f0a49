"""Comparing two selections: overlap lists and Fightin' Words z-scores worked by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.text import (
    CLEAR_DIFFERENCE,
    MIN_DISTINCTIVE_COUNT,
    Comparison,
    SelectionError,
    category_leanings,
    compare,
    leanings,
    log_odds_z,
    most_distinctive,
)
from dashboard.text.tokens import is_term_token
from tests.fixtures.text import INST, TOP, bundled_pairs, mini_pairs


def test_z_score_worked_by_hand():
    # Counts: A uses x 3 times and y once; B uses x once and y 3 times. Prior = A + B:
    # α_x = α_y = 4, α_0 = 8, n_A = n_B = 4.
    # δ_x = ln((3 + 4) / (4 + 8 − 3 − 4)) − ln((1 + 4) / (4 + 8 − 1 − 4)) = ln(7/5) − ln(5/7)
    # σ²_x = 1/(3 + 4) + 1/(1 + 4) = 1/7 + 1/5
    # z_x = δ_x / √σ²_x = 2·ln(1.4) / √(12/35) ≈ 1.14927; y mirrors x.
    a = pd.Series({"x": 3, "y": 1})
    b = pd.Series({"x": 1, "y": 3})
    z = log_odds_z(a, b, a + b)
    expected = 2 * math.log(1.4) / math.sqrt(1 / 7 + 1 / 5)
    assert expected == pytest.approx(1.14927, abs=1e-5)
    assert z["x"] == pytest.approx(expected)
    assert z["y"] == pytest.approx(-expected)


def test_z_score_with_unequal_sizes_by_hand():
    # A: x 2, y 0 (n_A = 2); B: x 1, y 5 (n_B = 6); prior α_x = 3, α_y = 5, α_0 = 8.
    # δ_y = ln((0 + 5) / (2 + 8 − 0 − 5)) − ln((5 + 5) / (6 + 8 − 5 − 5)) = ln(5/5) − ln(10/4)
    # σ²_y = 1/5 + 1/10
    a = pd.Series({"x": 2, "y": 0})
    b = pd.Series({"x": 1, "y": 5})
    z = log_odds_z(a, b, a + b)
    assert z["y"] == pytest.approx((0 - math.log(10 / 4)) / math.sqrt(1 / 5 + 1 / 10))


def test_prior_must_cover_every_term():
    a = pd.Series({"x": 1, "y": 0})
    with pytest.raises(ValueError, match="prior"):
        log_odds_z(a, a, pd.Series({"x": 1}))


def test_compare_mini_relay_lists_and_signs():
    result = compare(mini_pairs(), TOP, INST)
    assert (result.a, result.b) == (TOP, INST)
    assert result.only_a == ["sektoren", "staten", "styrer", "partner", "sektor-partner"]
    assert result.both == ["leder"]  # leder ×3 in B, lederen ×1 in A: one term, one label
    assert result.only_b[0] == "organisationen"
    z = result.terms.set_index("term")["z"]
    assert z["sektoren"] > 0 > z["organisationen"]
    assert list(result.terms.columns) == ["term", "count_a", "count_b", "z"]
    assert result.terms["z"].is_monotonic_decreasing


def test_swapping_a_and_b_flips_the_sign():
    pairs = mini_pairs()
    forward = compare(pairs, TOP, INST).terms.set_index("term")["z"]
    backward = compare(pairs, INST, TOP).terms.set_index("term")["z"]
    assert backward.reindex(forward.index).to_numpy() == pytest.approx(-forward.to_numpy())


def test_relay_prior_and_theme_comparison():
    pairs = mini_pairs()
    by_theme = compare(pairs, "styring", "drift", by="theme", prior="relay")
    by_group = compare(pairs, TOP, INST)
    # Here the themes coincide with the groups and A + B is the whole relay.
    assert by_theme.terms["z"].to_numpy() == pytest.approx(by_group.terms["z"].to_numpy())


def test_bad_comparisons_are_rejected():
    pairs = mini_pairs()
    with pytest.raises(SelectionError) as same:
        compare(pairs, TOP, TOP)
    assert same.value.key == "words.error.same_sides"
    with pytest.raises(SelectionError, match="Ukendt gruppe"):
        compare(pairs, TOP, "Borgmestre")
    with pytest.raises(SelectionError):
        compare(pairs, TOP, INST, by="source")


def test_bundled_questions_put_organisation_on_the_institution_leaders_side():
    # The report: top leaders seldom ask about "organisation", unlike institution leaders.
    result = compare(bundled_pairs(), TOP, INST, kind="questions")
    row = result.terms.set_index("term").loc["organisation"]
    assert row["count_b"] > row["count_a"]
    assert row["z"] < 0


def _comparison(rows: list[tuple[str, int, int, float]]) -> Comparison:
    terms = pd.DataFrame(rows, columns=["term", "count_a", "count_b", "z"])
    return Comparison(a="A", b="B", terms=terms, only_a=[], both=[], only_b=[])


def test_top_list_breaks_ties_by_count_then_shows_the_remaining_ties_with_one_rank():
    comparison = _comparison(
        [
            ("første", 9, 0, 2.5),
            ("anden", 8, 1, 1.5),  # same z as "tredje" but used more on A's side: ranked first
            ("tredje", 6, 0, 1.5),
            ("dobbelt", 5, 0, 1.0),  # these three tie exactly: all shown, with one rank
            ("bæ", 5, 0, 1.0),
            ("cæ", 5, 0, 1.0),
            ("sidst", 5, 0, 0.5),
            ("sjælden", 1, 0, 3.0),  # too rare to be called distinctive at all
            ("modsat", 0, 9, -2.0),
        ]
    )
    top = most_distinctive(comparison, "a", 4)
    assert list(top["term"]) == ["første", "anden", "tredje", "bæ", "cæ", "dobbelt"]
    assert list(top["rank"]) == [1, 2, 3, 4, 4, 4]
    assert list(most_distinctive(comparison, "a", 3)["term"]) == ["første", "anden", "tredje"]
    assert list(most_distinctive(comparison, "b", 5)["term"]) == ["modsat"]
    assert most_distinctive(comparison, "a", 0).empty


def test_a_lean_needs_the_threshold_and_the_minimum_count():
    comparison = _comparison(
        [
            ("klar", 12, 0, CLEAR_DIFFERENCE),
            ("sjælden", MIN_DISTINCTIVE_COUNT - 1, 0, 2.5),
            ("svag", 30, 20, 1.0),
            ("modsat", 0, 15, -2.2),
        ]
    )
    assert leanings(comparison).to_dict() == {
        "klar": "A",
        "sjælden": None,
        "svag": None,
        "modsat": "B",
    }


def test_category_leanings_name_the_group_a_word_leans_to_in_the_bundled_relay():
    leaning = category_leanings(bundled_pairs(), "group", "all")
    assert leaning.to_dict() == {"kerneopgaven": INST}  # 12–0: the one clear lean
    assert category_leanings(bundled_pairs().query("group == @TOP"), "group").empty


def test_the_words_only_one_side_uses_are_terms_like_the_counts():
    """The lists of words only one side uses, and both use, leave out the same stop words
    and filler as every count (one stop-word list: dashboard.text.tokens)."""
    result = compare(bundled_pairs(), TOP, INST)
    for listed in (result.only_a, result.both, result.only_b):
        assert listed and all(is_term_token(term) for term in listed)
    assert not {"står", "side", "vis", "masse", "betyder", "alting"} & {
        *result.only_a,
        *result.both,
        *result.only_b,
    }
