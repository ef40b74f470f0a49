"""Danish tokens, stop words and stems: known values and the fast index against the tokenizer."""

from __future__ import annotations

from collections import Counter
from importlib.resources import files

import pandas as pd
import stopwordsiso
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.text.index import TextIndex
from dashboard.text.tokens import (
    extra_stopwords,
    is_term_token,
    stem,
    stemmed_tokens,
    stopwords,
    token_spans,
    tokenize,
)


def test_tokenize_lowercases_keeps_danish_letters_and_hyphenated_words():
    text = "**Ældre** bruger-borgerne på Øen, især i Århus!"
    assert tokenize(text) == ["ældre", "bruger-borgerne", "på", "øen", "især", "i", "århus"]


def test_tokenize_drops_numbers_and_dangling_hyphens():
    text = "I 2024 fik 4.500 detail- og målstyring covid-19 - et år"
    assert tokenize(text) == ["i", "fik", "detail", "og", "målstyring", "covid", "et", "år"]


def test_token_spans_point_into_the_original_text_with_markers():
    text = "Den **Direkte** frontleder"
    spans = token_spans(text)
    assert [(t.start, t.end, t.text) for t in spans] == [
        (0, 3, "den"),
        (6, 13, "direkte"),
        (16, 26, "frontleder"),
    ]
    assert [text[t.start : t.end] for t in spans] == ["Den", "Direkte", "frontleder"]


def test_forms_of_organisation_share_one_stem():
    forms = ["organisation", "organisationen", "organisationer", "organisationerne"]
    assert {stem(form) for form in forms} == {"organisation"}
    assert stem("sektor") != stem("organisation")


def test_stemmed_tokens_pairs_each_token_with_its_stem():
    pairs = stemmed_tokens("Organisationen og sektorer")
    assert [(t.text, s) for t, s in pairs] == [
        ("organisationen", "organisation"),
        ("og", "og"),
        ("sektorer", "sektor"),
    ]


def test_stopwords_are_the_170_iso_words_plus_the_project_list():
    iso = set(stopwordsiso.stopwords("da"))
    assert len(iso) == 170
    assert stopwords() == iso | extra_stopwords()
    assert {"tror", "tænker", "hvilke", "bl", "fx"} <= extra_stopwords()
    # Content words the report's reflections are about must never be stop words.
    assert not {"organisation", "sektor", "borgerne", "ledelse"} & stopwords()


def test_extra_stopword_file_explains_itself_in_a_comment_header():
    lines = files("dashboard").joinpath("stopwords_extra.txt").read_text("utf-8").splitlines()
    assert lines[0].startswith("#")
    words = [line for line in lines if line.strip() and not line.startswith("#")]
    assert all(word == word.strip().lower() and " " not in word for word in words)
    assert set(words) == set(extra_stopwords())


def test_term_tokens_exclude_stop_words_and_single_letters():
    assert is_term_token("organisation")
    assert not is_term_token("og")
    assert not is_term_token("tror")
    assert not is_term_token("a")


# Texts mixing what the fast index must treat exactly like the tokenizer: letters with and
# without case, Danish letters, hyphens, digits, markers, punctuation and odd whitespace.
_ALPHABET = "abcæøåABÆØÅ--- *.,!?0123456789\n\t\u00a0\u2013\u201d'"
_texts = st.text(alphabet=_ALPHABET, max_size=60)


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
