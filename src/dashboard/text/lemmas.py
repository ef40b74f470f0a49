"""Danish lemmas: the dictionary form every word form is counted and searched as.

simplemma 2.0 (pure Python, MIT, its dictionaries inside the package, nothing fetched) gives
the lemma; a short table of overrides corrects it for words of this field. Grouping the 1,316
content-word forms of the hand-written gold list in bench/gold/ (`python bench/lemmas.py`):
Snowball stems (what the app used before) F 0.947, simplemma alone 0.985, with the overrides
0.991; on a held-out text 0.965, 0.991 and 0.996.

Not used: lemmy 2.1 (MIT) scores F 0.969 on the same gold list without a part-of-speech tag
(its first candidate taken), and the taggers that would give it one (DaCy, spaCy's Danish
pipelines) load model weights that are not on PyPI.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import simplemma

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


def _lemma_of(form: str) -> str:
    override = OVERRIDES.get(form)
    if override is not None:
        return override.lemma
    return simplemma.lemmatize(form, lang=LANGUAGE).lower()


def lemma(form: str) -> str:
    """The lemma of a lower-cased Danish word form ("borgerne" → "borger")."""
    found = _CACHE.get(form)
    if found is None:
        found = _CACHE[form] = _lemma_of(form)
    return found


def lemmas(forms: Iterable[str]) -> list[str]:
    """The lemma of each lower-cased form, in order."""
    return [lemma(form) for form in forms]
