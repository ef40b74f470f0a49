"""Search by word form, AND and "phrases" with spans into the original text; keyword in context."""

from __future__ import annotations

import pytest

from dashboard.text import SelectionError, kwic, parse_query, search
from dashboard.text.tokens import stem
from tests.fixtures.text import bundled_pairs, mini_pairs


def _matched(hits, field="question"):
    """The text each span of `field` covers, per row id."""
    return {
        row.id: [getattr(row, field)[s:e] for s, e in row.spans[field]] for row in hits.itertuples()
    }


def test_parse_query_stems_words_and_keeps_phrases_exact():
    query = parse_query('Organisationer "Den direkte" sektor')
    assert query.words == (stem("organisation"), stem("sektor"))
    assert query.phrases == (("den", "direkte"),)
    with pytest.raises(SelectionError, match="tom"):
        parse_query(' "" ** ')


def test_word_matches_every_form_with_spans_in_the_original_text():
    hits = search(mini_pairs(), "organisation")
    assert list(hits["id"]) == ["i1", "i2"]
    assert _matched(hits, "answer")["i1"] == ["Organisationen", "organisationen"]
    assert _matched(hits, "question") == {"i1": ["organisationen"], "i2": ["organisation"]}


def test_spans_skip_the_bold_markers():
    hits = search(mini_pairs(), "sektoren")
    row = hits.set_index("id").loc["t1"]
    assert row["question"][slice(*row["spans"]["question"][0])] == "sektoren"
    assert row["question"][row["spans"]["question"][0][0] - 2 :].startswith("**sektoren**")


def test_all_words_must_match_somewhere_in_the_row():
    pairs = mini_pairs()
    assert list(search(pairs, "staten sektoren")["id"]) == ["t1", "t2"]
    assert list(search(pairs, "staten organisation")["id"]) == []
    # One word in the question and the other in the answer is still a match.
    assert list(search(pairs, "driver medarbejderne")["id"]) == ["i1"]


def test_phrase_matches_whole_words_in_order_but_not_across_punctuation():
    pairs = mini_pairs()
    hits = search(pairs, '"den nye leder"')
    assert _matched(hits) == {"i2": ["Den nye leder"]}
    assert search(pairs, '"leder den"').empty  # "leder. Den" has a full stop between
    assert search(pairs, '"nye den"').empty
    assert list(search(pairs, '"stærk organisation" leder')["id"]) == ["i2"]


def test_kind_limits_the_fields_searched():
    hits = search(mini_pairs(), "medarbejderne", kind="questions")
    assert hits.empty
    hits = search(mini_pairs(), "medarbejderne", kind="answers")
    assert list(hits["id"]) == ["i1"] and set(hits.iloc[0]["spans"]) == {"answer"}


def test_bundled_search_for_organisation_finds_organisationen():
    hits = search(bundled_pairs(), "organisation")
    texts = hits["question"] + " " + hits["answer"]
    assert texts.str.contains("organisationen", case=False).any()
    all_rows = bundled_pairs()
    with_form = all_rows[
        (all_rows["question"] + all_rows["answer"]).str.contains("organisationen", case=False)
    ]
    assert set(with_form["id"]) <= set(hits["id"])


def test_bundled_phrase_search():
    hits = search(bundled_pairs(), '"den direkte frontleder"')
    assert _matched(hits) == {"top-krydspres-1": ["den direkte frontleder"]}


def test_kwic_gives_context_and_the_word_as_written():
    lines = kwic(mini_pairs(), "Organisation", width=12)
    assert list(lines.columns) == ["id", "field", "left", "match", "right"]
    assert list(lines["match"]) == [
        "organisationen",
        "Organisationen",
        "organisationen",
        "organisation",
    ]
    first_answer = lines[lines["field"] == "answer"].iloc[0]
    assert (first_answer["left"], first_answer["right"]) == ("", " drives af m")
    last = lines.iloc[-1]
    assert (last["id"], last["left"], last["right"]) == ("i2", "er en stærk ", " af en leder")
    # "drives" also finds "driver" (same stem); `**` markers are dropped from the context.
    drive = kwic(mini_pairs(), "drives")
    assert list(drive["match"]) == ["driver", "drives"]
    assert drive.iloc[1]["right"] == " af medarbejderne i organisationen."


def test_kwic_needs_exactly_one_word():
    with pytest.raises(SelectionError):
        kwic(mini_pairs(), "den nye")
    with pytest.raises(SelectionError):
        kwic(mini_pairs(), "2024")
