"""Danish lemmas: the dictionary form every word form is counted and searched as.

simplemma 2.0 (pure Python, MIT, its dictionaries inside the package, nothing fetched) gives
the lemma; a short table of overrides corrects it for words of this field. Grouping the 1,316
content-word forms of the hand-written gold list in bench/gold/ (`python bench/lemmas.py`):
Snowball stems (what the app used before) F 0.947, simplemma alone 0.985, with the overrides
0.991; on a held-out text 0.965, 0.991 and 0.996.

Speed: a word simplemma's dictionary lacks (a compound, a name, a made-up word) costs it some
twenty dictionary lookups, each through four layers of Python meant for every language. The
lemmatiser below runs the same three steps simplemma's default pipeline takes for a Danish word
form (dictionary, hyphen, affix decomposition: the others never apply to lower-case forms
without apostrophes) on its dictionary table directly, with the same results (tested) in about
three quarters of the time. It reads that table from simplemma's dictionary object, which is why
the version is pinned to 2.0.x.

Not used: lemmy 2.1 (MIT) scores F 0.969 on the same gold list without a part-of-speech tag
(its first candidate taken), and the taggers that would give it one (DaCy, spaCy's Danish
pipelines) load model weights that are not on PyPI.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from simplemma import Lemmatizer
from simplemma.strategies import (
    AffixDecompositionStrategy,
    DictionaryLookupStrategy,
    HyphenRemovalStrategy,
    LemmatizationStrategy,
)
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

LANGUAGE = "da"


class Override(NamedTuple):
    """A lemma simplemma gets wrong for this relay's words, and why."""

    lemma: str
    reason: str


# Each entry has a test in tests/core/test_text_lemmas.py.
OVERRIDES: dict[str, Override] = {
    # The leaders themselves: simplemma reads "leder" as a form of "led" (a joint).
    "leder": Override("leder", "the noun 'leader' here; simplemma gives 'led' (a joint)"),
    "lederne": Override("leder", "'the leaders'; simplemma gives 'led'"),
    "ledernes": Override("leder", "'the leaders''; simplemma gives 'led'"),
    "ledet": Override("lede", "participle of 'lede' (lead); simplemma gives 'lide' (suffer)"),
    "borger": Override("borger", "the noun 'citizen'; simplemma gives 'borge' (vouch)"),
    "krydspreset": Override("krydspres", "'the cross-pressure', a theme of the relay"),
    "levere": Override("levere", "'deliver' (service); simplemma gives 'lever' (liver)"),
    "leveres": Override("levere", "'is delivered'; simplemma gives 'lever' (liver)"),
    "ældre": Override("ældre", "'the elderly', a field of its own, not a form of 'gammel'"),
    # Forms simplemma leaves outside their lemma, so a stop word would stop only some forms.
    "godt": Override("god", "neuter of 'god'; simplemma gives 'godte' (credit)"),
    "gode": Override("god", "plural of 'god' far more often than the noun 'gode' (a good)"),
    "hele": Override("hel", "inflected 'hel' (whole); simplemma keeps 'hele'"),
    "helt": Override("hel", "'helt' (wholly, quite) is 'hel' + t; simplemma keeps 'helt'"),
    "egne": Override("egen", "plural of 'egen' (own); simplemma gives 'egn' (region)"),
    "svært": Override("svær", "neuter of 'svær' (hard); simplemma gives 'sværte' (blacken)"),
    "vokser": Override("vokse", "'grows'; simplemma gives 'voks' (wax)"),
}

_CACHE: dict[str, str] = {}


class _TableLookup(DictionaryLookupStrategy):
    """simplemma's dictionary lookup (the form, else its other casing) on the bytes → bytes
    table itself."""

    __slots__ = ("_table",)

    def __init__(self, table: dict[bytes, bytes]) -> None:
        super().__init__()
        self._table = table

    def get_lemma(self, token: str, lang: str) -> str | None:
        found = self._table.get(token.encode())
        if found is None:
            cased = token.lower() if token[:1].isupper() else token.capitalize()
            found = self._table.get(cased.encode())
        return None if found is None else found.decode()


class _DanishStrategy(LemmatizationStrategy):
    """The steps of simplemma's DefaultStrategy that can find a Danish word form's lemma."""

    def __init__(self, lookup: DictionaryLookupStrategy) -> None:
        self._steps = (
            lookup,
            HyphenRemovalStrategy(lookup),
            AffixDecompositionStrategy(False, lookup),
        )

    def get_lemma(self, token: str, lang: str) -> str | None:
        for step in self._steps:
            found = step.get_lemma(token, lang)
            if found is not None:
                return found
        return None


@cache
def _lemmatizer() -> Lemmatizer:
    """Built on first use: loading simplemma's Danish dictionary takes about a second."""
    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(LANGUAGE)._dict  # bytes → bytes
    return Lemmatizer(lemmatization_strategy=_DanishStrategy(_TableLookup(table)))


def _lemma_of(form: str) -> str:
    override = OVERRIDES.get(form)
    if override is not None:
        return override.lemma
    return _lemmatizer().lemmatize(form, LANGUAGE).lower()


def lemma(form: str) -> str:
    """The lemma of a lower-cased Danish word form ("borgerne" → "borger")."""
    found = _CACHE.get(form)
    if found is None:
        found = _CACHE[form] = _lemma_of(form)
    return found


def lemmas(forms: Iterable[str]) -> list[str]:
    """The lemma of each lower-cased form, in order."""
    return [lemma(form) for form in forms]
