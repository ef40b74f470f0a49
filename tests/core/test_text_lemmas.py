"""Lemmas: the words this relay is about are grouped as a dictionary groups them."""

from __future__ import annotations

import numpy as np
import pytest
import simplemma

from bench.lemmas import GOLD, read_gold, scores
from bench.text import GENERATED_WORDS, SEED, _generated_words
from dashboard.text import tokenize
from dashboard.text.lemmas import OVERRIDES, _lemmatizer, lemma
from tests.fixtures.text import bundled_pairs


@pytest.mark.parametrize("form", sorted(OVERRIDES))
def test_each_override_corrects_simplemma_and_says_why(form):
    override = OVERRIDES[form]
    assert lemma(form) == override.lemma
    assert simplemma.lemmatize(form, lang="da").lower() != override.lemma  # still needed
    assert len(override.reason) > 10


def test_the_faster_lemmatiser_gives_simplemmas_own_lemmas():
    pairs = bundled_pairs()
    words = {t for text in [*pairs["question"], *pairs["answer"]] for t in tokenize(text)}
    words |= set(read_gold(GOLD / "lemmas.csv")) | set(read_gold(GOLD / "unseen_lemmas.csv"))
    words |= set(_generated_words(np.random.default_rng(SEED), GENERATED_WORDS // 10))
    words |= {"Danmark", "bruger-borgerne", "hjemmeplejens", "FN"}
    reference = simplemma.Lemmatizer()
    differing = [
        w for w in words if _lemmatizer().lemmatize(w, "da") != reference.lemmatize(w, "da")
    ]
    assert differing == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ledelse", "leder"),  # leadership is not leaders: the commission's two key words
        ("ledelsen", "ledere"),
        ("topledelse", "topleder"),
        ("topledelsen", "topledere"),
        ("håndtere", "hånd"),
        ("håndterer", "hånden"),
        ("viden", "videre"),
        ("forhold", "forholde"),
        ("forholdet", "forholder"),
        ("betyde", "betydelig"),
        ("faglig", "faglighed"),
        ("dag", "daglig"),
    ],
)
def test_words_that_only_look_alike_stay_apart(one, other):
    assert lemma(one) != lemma(other)


@pytest.mark.parametrize(
    "forms",
    [
        ["leder", "lederen", "ledere", "lederne", "ledernes", "lederes"],
        ["borger", "borgeren", "borgere", "borgerne", "borgernes", "borgers"],
        ["topleder", "toplederen", "topledere", "toplederne", "topledernes"],
        ["ledelse", "ledelsen", "ledelser", "ledelserne", "ledelsens"],
        ["kvalitet", "kvaliteten", "kvaliteter", "kvaliteterne", "kvalitetens"],
        ["aktivitet", "aktiviteten", "aktiviteter", "aktiviteterne"],
        ["mulighed", "muligheden", "muligheder", "mulighederne"],
        ["virksomhed", "virksomheden", "virksomheder", "virksomhederne"],
        ["faglighed", "fagligheden", "fagligheder", "faglighederne"],
        ["proces", "processen", "processer", "processerne"],
        ["tendens", "tendensen", "tendenser", "tendenserne"],
        ["paradoks", "paradokset", "paradokser"],
        ["indsats", "indsatsen", "indsatser", "indsatserne"],
        ["gå", "går", "gik", "gået"],
        ["stå", "står", "stod", "stået"],
        ["krydspres", "krydspreset"],
        ["levere", "leverer", "leveres", "leveret"],
    ],
)
def test_every_form_of_a_word_has_one_lemma(forms):
    assert len({lemma(form) for form in forms}) == 1, {form: lemma(form) for form in forms}


def test_grouping_on_the_gold_lists_reaches_the_target():
    # bench/lemmas.py prints these figures beside Snowball's and simplemma's.
    for name in ("lemmas.csv", "unseen_lemmas.csv"):
        purity, inverse, f = scores(read_gold(GOLD / name), lemma)
        assert f >= 0.97, (name, purity, inverse)


def test_gold_list_holds_at_least_a_thousand_content_word_forms():
    assert len(read_gold(GOLD / "lemmas.csv")) >= 1000
