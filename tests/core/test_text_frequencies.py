"""Frequencies per group, theme and kind: hand-counted values and the bundled relay."""

from __future__ import annotations

import pytest

from dashboard.text import (
    SelectionError,
    TextIndex,
    frequencies,
    lemma,
    term_category_table,
    term_forms,
    tokenize,
)
from dashboard.text.tokens import is_term_token
from tests.fixtures.text import INST, TOP, bundled_pairs, mini_pairs


def _as_dict(table):
    return dict(zip(table["term"], table["count"], strict=True))


def test_topledere_counts_by_hand():
    # Tokens of the two Topledere rows (numbers are not tokens):
    #   hvordan styrer vi sektoren i | sektoren styres af staten og sektoren selv
    #   er staten en god sektor-partner | staten er en partner for sektoren og for lederen
    # = 5 + 7 + 5 + 9 = 26 tokens; stop words (vi, i, af, og, selv, er, en, god, for) go.
    table = frequencies(mini_pairs(), group=TOP)
    assert _as_dict(table) == {
        "sektoren": 4,
        "staten": 3,
        "styrer": 2,  # styrer + styres; equal counts: the alphabetically first form
        "leder": 1,  # "lederen" here, shown as the term's most frequent form in the relay
        "partner": 1,
        "sektor-partner": 1,
    }
    assert table.loc[0, "per_1000"] == pytest.approx(4 / 26 * 1000)
    assert list(table.columns) == ["term", "count", "per_1000"]


def test_forms_are_grouped_and_shown_as_the_most_frequent_form():
    # organisationen ×3 (question i1, answer i1 twice) and organisation ×1 (question i2).
    table = frequencies(mini_pairs(), group=INST)
    counts = _as_dict(table)
    assert counts["organisationen"] == 4
    assert "organisation" not in counts


def test_kind_selects_questions_or_answers():
    pairs = mini_pairs()
    questions = _as_dict(frequencies(pairs, group=TOP, kind="questions"))
    answers = _as_dict(frequencies(pairs, group=TOP, kind="answers"))
    assert questions == {"styrer": 1, "sektoren": 1, "staten": 1, "sektor-partner": 1}
    assert answers["sektoren"] == 3
    both = _as_dict(frequencies(pairs, group=TOP, kind="all"))
    assert (both["sektoren"], both["staten"]) == (1 + 3, 1 + 2)


def test_theme_selection_and_unknown_values():
    pairs = mini_pairs()
    assert _as_dict(frequencies(pairs, theme="drift")) == _as_dict(frequencies(pairs, group=INST))
    with pytest.raises(SelectionError, match="Ukendt gruppe »Borgmestre«; mulige: »") as unknown:
        frequencies(pairs, group="Borgmestre")
    assert unknown.value.key == "words.error.unknown_group"
    assert unknown.value.fields["value"] == "Borgmestre"
    assert unknown.value.message("en").startswith("Unknown group “Borgmestre”; possible: “")
    with pytest.raises(SelectionError, match="Ukendt tema"):
        frequencies(pairs, theme="økonomi")
    with pytest.raises(SelectionError, match="slags"):
        frequencies(pairs, kind="titles")


def test_term_category_table_has_a_column_per_group_and_token_totals():
    table = term_category_table(mini_pairs(), by="group")
    assert list(table.counts.columns) == [TOP, INST]
    assert table.totals[TOP] == 26
    assert table.counts.loc["sektoren", TOP] == 4
    assert table.counts.loc["sektoren", INST] == 0
    assert table.per_1000().loc["sektoren", TOP] == pytest.approx(4 / 26 * 1000)


def test_a_prebuilt_index_gives_the_same_frequencies():
    pairs = mini_pairs()
    index = TextIndex.build(pairs)
    assert frequencies(index, group=INST).equals(frequencies(pairs, group=INST))


@pytest.mark.parametrize("kind", ["questions", "answers", "all"])
def test_no_stop_word_in_any_bundled_top_list(kind):
    pairs = bundled_pairs()
    index = TextIndex.build(pairs)
    selections = [{}] + [{"group": g} for g in index.values("group")]
    selections += [{"theme": t} for t in index.values("theme")]
    for selection in selections:
        top = frequencies(index, kind=kind, **selection).head(50)
        assert all(is_term_token(term) for term in top["term"]), selection
        assert (top["term"].str.len() >= 2).all()


def test_bundled_organisation_forms_count_as_one_term():
    pairs = bundled_pairs()
    table = _as_dict(frequencies(pairs))
    # Count the forms independently, straight from the tokenizer.
    tokens = [t for text in [*pairs["question"], *pairs["answer"]] for t in tokenize(text)]
    forms = {t for t in tokens if lemma(t) == "organisation"}
    assert {"organisation", "organisationen"} <= forms
    assert table["organisation"] == sum(1 for t in tokens if t in forms)
    assert not (forms - {"organisation"}) & set(table)


def test_ledelse_and_ledere_are_two_terms_with_one_label_in_every_selection():
    index = TextIndex.build(bundled_pairs())
    selections = [{}] + [{"group": g} for g in index.values("group")]
    selections += [{"theme": t} for t in index.values("theme")]
    for selection in selections:
        for kind in ("questions", "answers", "all"):
            terms = set(frequencies(index, kind=kind, **selection)["term"])
            assert not terms & {"leder", "lederen", "borgere", "borger", "ledelsen"}, selection
    top_leaders = _as_dict(frequencies(index, group=TOP))
    assert top_leaders["ledere"] < _as_dict(frequencies(index))["ledere"]
    assert "ledelse" in top_leaders and "ledere" in top_leaders


def test_term_forms_lists_what_was_counted_together():
    pairs = bundled_pairs()
    forms = term_forms(pairs)
    counts = _as_dict(frequencies(pairs))
    assert [t["term"] for t in forms] == list(counts)
    borgerne = next(t for t in forms if t["term"] == "borgerne")
    assert borgerne["lemma"] == "borger"
    assert {f["form"] for f in borgerne["forms"]} >= {"borger", "borgere", "borgerne"}
    assert sum(f["count"] for f in borgerne["forms"]) == borgerne["count"] == counts["borgerne"]
    assert [f["count"] for f in borgerne["forms"]] == sorted(
        (f["count"] for f in borgerne["forms"]), reverse=True
    )
    for term in forms:
        assert all(is_term_token(f["form"]) for f in term["forms"])
        assert term["per_1000"] > 0


def test_abbreviations_and_hanging_parts_are_counted_as_words_but_not_as_terms():
    pairs = mini_pairs().assign(question="Vi styrer bl.a. detail- og målstyring.", answer="")
    index = TextIndex.build(pairs)
    words = 6  # vi styrer bl.a. detail- og målstyring
    assert index.term_table({"n": index.selection()}).totals["n"] == words * len(pairs)
    assert set(frequencies(index)["term"]) == {"styrer", "målstyring"}
