"""Danish tokens and stop words: known values, and the fast index against the tokenizer."""

from __future__ import annotations

import re
from collections import Counter
from importlib.resources import files

import pandas as pd
import pytest
import stopwordsiso
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.text.index import TextIndex
from dashboard.text.lemmas import lemma
from dashboard.text.tokens import (
    WORD,
    abbreviation_spellings,
    extra_stopwords,
    is_term_token,
    stopwords,
    token_spans,
    tokenize,
)


def test_tokenize_lowercases_keeps_danish_letters_and_hyphenated_words():
    text = "**Ældre** bruger-borgerne på Øen, især i Århus!"
    assert tokenize(text) == ["ældre", "bruger-borgerne", "på", "øen", "især", "i", "århus"]


def test_numbers_are_no_tokens_but_a_number_joined_to_a_word_stays_whole():
    text = "I 2024 fik 4.500 de 42-årige covid-19 - et år"
    assert tokenize(text) == ["i", "fik", "de", "42-årige", "covid", "et", "år"]
    assert is_term_token("42-årige")


def test_a_hanging_compound_part_is_a_token_but_never_a_term():
    assert tokenize("detail- og målstyring, drifts- og -ledelse") == [
        "detail-",
        "og",
        "målstyring",
        "drifts-",
        "og",
        "-ledelse",
    ]
    assert not is_term_token("detail-")
    assert not is_term_token("-ledelse")
    assert "detail" not in tokenize("detail- og målstyring")


@pytest.mark.parametrize(
    ("written", "token"),
    [
        ("bl.a.", "bl.a."),
        ("Bl.a", "bl.a."),
        ("f.eks.", "f.eks."),
        ("m.v.", "m.v."),
        ("mv.", "m.v."),
        ("ift.", "ift."),
        ("ift", "ift."),
        ("ca.", "ca."),
        ("pt.", "pt."),
        ("pt", "pt."),
        ("kr.", "kr."),
        ("kl.", "kl."),
        ("mia.", "mia."),
        ("stk.", "stk."),
    ],
)
def test_known_abbreviations_stay_whole_and_are_never_terms(written, token):
    assert tokenize(f"Det koster {written} 40 i alt") == ["det", "koster", token, "i", "alt"]
    assert not is_term_token(token)


def test_an_abbreviation_inside_a_word_or_a_name_is_not_one():
    assert tokenize("Mia kom, pga-reglen, capt") == ["mia", "kom", "pga-reglen", "capt"]
    assert is_term_token("mia")


def test_genitive_s_is_left_out_of_the_token_and_its_span():
    text = "FN's mål og KL’s rolle"
    assert tokenize(text) == ["fn", "mål", "og", "kl", "rolle"]
    first = token_spans(text)[0]
    assert text[first.start : first.end] == "FN"


def test_token_spans_point_into_the_original_text_with_markers():
    text = "Den **Direkte** frontleder, bl.a. her"
    spans = token_spans(text)
    assert [(t.start, t.end, t.text) for t in spans] == [
        (0, 3, "den"),
        (6, 13, "direkte"),
        (16, 26, "frontleder"),
        (28, 33, "bl.a."),
        (34, 37, "her"),
    ]


def test_word_is_the_one_definition_of_a_single_word():
    assert WORD.fullmatch("bruger-borgerne")
    assert not WORD.fullmatch("to ord")
    assert not WORD.fullmatch("2024")


def test_abbreviation_list_has_no_spelling_with_whitespace():
    # The text index splits texts at spaces before tokenizing, so a spelling with a space could
    # never be found whole.
    assert all(not re.search(r"\s", spelling) for spelling in abbreviation_spellings())
    assert set(abbreviation_spellings().values()) <= set(abbreviation_spellings())


def test_stopwords_are_the_170_iso_words_plus_the_project_list():
    iso = set(stopwordsiso.stopwords("da"))
    assert len(iso) == 170
    assert stopwords() == iso | extra_stopwords()
    assert {"tror", "tænker", "hvilke", "siden", "nemlig"} <= extra_stopwords()


@pytest.mark.parametrize(
    "forms",
    [
        ["stor", "store", "stort", "større", "størst", "største"],
        ["god", "godt", "gode", "bedre", "bedst"],
        ["tror", "troede", "tro"],
        ["hel", "hele", "helt"],
        ["står", "stå", "stod", "stået"],
    ],
)
def test_a_stop_word_stops_every_form_of_its_lemma(forms):
    assert not any(is_term_token(form) for form in forms)


@pytest.mark.parametrize(
    "word",
    [
        "siden",
        "sammen",
        "heller",
        "nemlig",
        "allerede",
        "alligevel",
        "blandt",
        "omkring",
        "mest",
        "mindre",
        # Set phrases, found among the words only one group used on Tværlæsning.
        "side",
        "står",
        "vis",
        "masse",
        "betyder",
        "alting",
    ],
)
def test_function_words_are_stop_words_and_each_addition_says_why(word):
    assert not is_term_token(word)
    lines = files("dashboard").joinpath("stopwords_extra.txt").read_text("utf-8").splitlines()
    line = next(line for line in lines if line.split("#")[0].strip() == word)
    assert line.split("#", 1)[1].strip(), f"{word} has no comment"


def test_content_words_of_the_relay_are_never_stop_words():
    # "vise" (show) and "forstå" (understand) are lemmas of their own, not "vis" and "stå".
    words = ["organisation", "sektor", "borgerne", "ledelse", "ledere", "kvalitet", "ældre"]
    for word in [*words, "vise", "viser", "forstå", "betydning"]:
        assert is_term_token(word), word


def test_term_tokens_exclude_stop_words_and_single_letters():
    assert is_term_token("organisation")
    assert not is_term_token("og")
    assert not is_term_token("a")
    assert lemma("a") == "a"


# Texts mixing what the fast index must treat exactly like the tokenizer: letters with and
# without case, Danish and other letters, hyphens, digits, markers, punctuation, apostrophes,
# full stops (abbreviations), a combining accent, "²" (a digit to Python's \w, not to \d) and odd
# whitespace.
_ALPHABET = "abcæøåsABÆØÅéİ²_--- *.,!?0123456789\n\t\u00a0\u2013\u201d\u0301'’"
_texts = st.text(alphabet=_ALPHABET, max_size=60) | st.sampled_from(
    ["bl.a. det", "f.eks.", "detail- og styring", "FN's mål", "42-årige", "og -ledelse", "ca 5"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_texts, _texts), min_size=1, max_size=6))
def test_index_counts_every_token_exactly_as_the_tokenizer(rows):
    pairs = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(rows))],
            "group": "g",
            "theme": "t",
            "question": [q for q, _ in rows],
            "answer": [a for _, a in rows],
        }
    )
    index = TextIndex.build(pairs)
    counted = index.token_counts(index.selection())
    expected = Counter(token for q, a in rows for token in tokenize(q) + tokenize(a))
    assert dict(zip(index.tokens, counted, strict=True)) == {t: expected[t] for t in index.tokens}
    assert set(index.tokens) == set(expected)
