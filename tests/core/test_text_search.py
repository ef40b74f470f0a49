"""Search by word form, AND and "phrases" with spans into the original text; keyword in context."""

from __future__ import annotations

from importlib import import_module
from unittest import mock

import pytest

from dashboard.text import SelectionError, kwic, parse_query, search, token_spans
from dashboard.text.searching import MAX_QUERY_LENGTH, MAX_QUERY_PARTS
from tests.fixtures.text import bundled_pairs, mini_pairs

search_module = import_module("dashboard.text.searching")  # the package exports `search` itself


def _matched(hits, field="question"):
    """The text each span of `field` covers, per row id."""
    return {
        row.id: [getattr(row, field)[s:e] for s, e in row.spans[field]] for row in hits.itertuples()
    }


def test_parse_query_lemmatises_words_and_keeps_phrases_and_word_starts_exact():
    query = parse_query('Organisationer "Den direkte" sektor digitali*')
    assert query.words == ("organisation", "sektor")
    assert query.phrases == (("den", "direkte"),)
    assert query.prefixes == ("digitali",)
    with pytest.raises(SelectionError, match="ingen ord") as empty:
        parse_query(' "" ** ')
    assert empty.value.key == "words.error.empty_query"


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


@pytest.mark.parametrize(
    "quoted",
    ['"den nye leder"', "»den nye leder«", "“den nye leder”", "”den nye leder”", "„den nye leder“"],
)
def test_a_phrase_may_stand_in_danish_or_english_quotation_marks(quoted):
    # As a member writes it: Danish »…« (or ”…”), English “…”, or what a keyboard types.
    assert parse_query(f"{quoted} organisation").phrases == (("den", "nye", "leder"),)
    assert _matched(search(mini_pairs(), quoted)) == {"i2": ["Den nye leder"]}


def test_an_unclosed_quotation_mark_runs_to_the_end():
    assert parse_query("stærk »den nye leder").phrases == (("den", "nye", "leder"),)
    assert parse_query("stærk »den nye leder").words == ("stærk",)


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
    # "drives" also finds "driver" (same lemma); `**` markers are dropped from the context.
    drive = kwic(mini_pairs(), "drives")
    assert list(drive["match"]) == ["driver", "drives"]
    assert drive.iloc[1]["right"] == " af medarbejderne i organisationen."


def test_kwic_needs_exactly_one_word():
    with pytest.raises(SelectionError):
        kwic(mini_pairs(), "den nye")
    with pytest.raises(SelectionError):
        kwic(mini_pairs(), "2024")


def test_a_word_finds_every_form_of_its_lemma_and_nothing_else():
    pairs = bundled_pairs()
    texts = pairs["question"] + " " + pairs["answer"]
    found = set(search(pairs, "borger")["id"])
    assert found == set(pairs[texts.str.contains(r"\b[Bb]orger(?:e|en|ne|nes|s)?\b")]["id"])
    lines = kwic(pairs, "ledelse")
    assert set(lines["match"].str.lower()) <= {"ledelse", "ledelsen", "ledelsens", "ledelser"}
    assert not set(kwic(pairs, "leder")["match"].str.lower()) & {"ledelse", "ledelsen"}


def test_a_word_start_finds_every_word_starting_so():
    pairs = mini_pairs().assign(
        answer=["Vi digitaliserer.", "Digitaliseringen", "Digital post", "Ingenting"]
    )
    hits = search(pairs, "digitali*", kind="answers")
    assert list(hits["id"]) == ["t1", "t2"]
    assert hits.iloc[0]["answer"][slice(*hits.iloc[0]["spans"]["answer"][0])] == "digitaliserer"
    # A word matches its lemma: "digitalisering" finds "Digitaliseringen", not "digitaliserer".
    assert list(search(pairs, "digitalisering", kind="answers")["id"]) == ["t2"]


def test_a_quoted_abbreviation_is_found_whole():
    pairs = bundled_pairs()
    quoted = search(pairs, '"bl.a."')
    assert len(quoted) == len(search(pairs, "bl.a.")) > 0
    row = quoted.iloc[0]
    field = "question" if row["spans"]["question"] else "answer"
    start, end = row["spans"][field][0]
    assert row[field][start:end].lower().startswith("bl.a")


def test_phrases_with_an_abbreviation_match_across_it():
    pairs = mini_pairs().assign(answer="Vi har bl.a. en leder, f.eks. Ole.")
    assert len(search(pairs, '"bl.a. en leder"', kind="answers")) == len(pairs)
    assert search(pairs, '"bl en leder"', kind="answers").empty


def test_long_or_many_part_queries_are_refused_before_any_text_is_read():
    ten_thousand_phrases = " ".join(f'"a{i}"' for i in range(10_000))
    with mock.patch.object(search_module, "token_spans") as read_text:
        with pytest.raises(SelectionError) as too_long:
            search(bundled_pairs(), ten_thousand_phrases)
        assert too_long.value.key == "words.error.query_too_long"
        assert too_long.value.fields == {"limit": MAX_QUERY_LENGTH}
        with pytest.raises(SelectionError) as too_many:
            search(bundled_pairs(), " ".join("ord" + "a" * i for i in range(MAX_QUERY_PARTS + 1)))
        assert too_many.value.key == "words.error.query_too_many_parts"
        assert "højst 12 ord og fraser" in str(too_many.value)
        assert "12 words and phrases at most" in too_many.value.message("en")
        read_text.assert_not_called()
    assert len(search(bundled_pairs(), " ".join(["borger"] * MAX_QUERY_PARTS))) > 0


def test_phrase_matching_looks_only_where_the_first_word_occurs():
    class CountedWindows(list):
        windows = 0

        def __getitem__(self, item):
            if isinstance(item, slice):
                CountedWindows.windows += 1
            return super().__getitem__(item)

    text = "Den nye leder. " + "og så videre " * 500 + "den direkte leder"
    tokens = CountedWindows(token_spans(text))
    spans = search_module._phrase_spans(text, tokens, ("den", "nye", "leder"))
    assert [text[s:e] for s, e in spans] == ["Den nye leder"]
    assert CountedWindows.windows == 2  # the two places "den" occurs, not 1,503 tokens
