"""How well word forms are grouped into terms: purity, inverse purity and F against gold lemmas.

Usage: python bench/lemmas.py [--errors]

The gold lists are written by hand from running Danish text (bench/gold/README.md):
lemmas.csv holds every word form of the bundled relay's questions and answers, of the report's
own framing text and of a text written for it (own_text.txt), each with its dictionary lemma
(Den Danske Ordbog's headword) and a coarse part of speech: N noun, V verb, A adjective or
adverb, F function word. unseen_lemmas.csv does the same for unseen.txt, a text kept out of
the tuning of the overrides, to check the grouping on Danish nobody tuned it for.

Forms are grouped as the app groups them (`dashboard.text.lemmas.lemma`), as simplemma alone
groups them, and as Danish Snowball stems (what the app used before). Two forms belong together
in the gold when they share a lemma and, for nouns and verbs, the part of speech (the noun
"arbejde" and the verb "arbejde" are two words). Only content words (N, V, A) are scored, once
per form and once per occurrence in the relay's and own_text's running text. Purity: the share
of forms whose group's most common gold lemma is theirs; inverse purity: the same the other
way round; F: their harmonic mean.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import simplemma  # noqa: E402
import Stemmer  # noqa: E402

from dashboard.relay import read_relay_files  # noqa: E402
from dashboard.text.lemmas import lemma  # noqa: E402
from dashboard.text.tokens import tokenize  # noqa: E402

CONTENT = ("N", "V", "A")
WORD_CLASS_KEPT = {"N": "N", "V": "V"}  # the parts of speech that tell lemmas apart


def read_gold(path: Path) -> dict[str, str]:
    """Content-word form → gold key (lemma, with /N or /V for nouns and verbs)."""
    with path.open(encoding="utf-8") as file:
        return {
            row["form"]: row["lemma"]
            + ("/" + WORD_CLASS_KEPT[row["pos"]] if row["pos"] in WORD_CLASS_KEPT else "")
            for row in csv.DictReader(file)
            if row["pos"] in CONTENT
        }


def running_text(path: Path) -> str:
    """A gold text file without its comment lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("#"))


def scores(gold: dict[str, str], group: Callable[[str], str], weights: Counter | None = None):
    """(purity, inverse purity, F) of grouping the gold forms by `group`."""
    weight = (lambda form: weights[form]) if weights is not None else (lambda form: 1)
    overlap: dict[tuple[str, str], int] = defaultdict(int)
    for form, key in gold.items():
        overlap[(group(form), key)] += weight(form)
    total = sum(overlap.values())
    best_of_group: dict[str, int] = defaultdict(int)
    best_of_key: dict[str, int] = defaultdict(int)
    for (found, key), n in overlap.items():
        best_of_group[found] = max(best_of_group[found], n)
        best_of_key[key] = max(best_of_key[key], n)
    purity = sum(best_of_group.values()) / total
    inverse = sum(best_of_key.values()) / total
    return purity, inverse, 2 * purity * inverse / (purity + inverse)


def errors(gold: dict[str, str], group: Callable[[str], str]) -> list[str]:
    """Lines naming each gold lemma split over groups and each group mixing lemmas."""
    by_key: dict[str, set[str]] = defaultdict(set)
    by_group: dict[str, set[str]] = defaultdict(set)
    for form, key in gold.items():
        by_key[key].add(group(form))
        by_group[group(form)].add(key)
    lines = [
        f"split  {key}: " + ", ".join(f"{f}→{group(f)}" for f in sorted(gold) if gold[f] == key)
        for key, groups in sorted(by_key.items())
        if len(groups) > 1
    ]
    lines += [
        f"merged {found}: "
        + ", ".join(f"{f} ({gold[f]})" for f in sorted(gold) if group(f) == found)
        for found, keys in sorted(by_group.items())
        if len(keys) > 1
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every split and merge")
    args = parser.parse_args()
    stemmer = Stemmer.Stemmer("danish")
    systems: dict[str, Callable[[str], str]] = {
        "snowball": stemmer.stemWord,
        "simplemma": lambda form: simplemma.lemmatize(form, lang="da").lower(),
        "app": lemma,
    }
    gold = read_gold(GOLD / "lemmas.csv")
    unseen = read_gold(GOLD / "unseen_lemmas.csv")
    pairs = read_relay_files().require().pairs
    texts = [*pairs["question"], *pairs["answer"], running_text(GOLD / "own_text.txt")]
    occurrences = Counter(token for text in texts for token in tokenize(text))
    checks = (
        ("gold forms", gold, None),
        ("gold tokens", gold, occurrences),
        ("unseen forms", unseen, None),
    )
    print(f"{'grouping':<10} {'set':<13} {'n':>6} {'purity':>7} {'inverse':>8} {'F':>6}")
    for name, group in systems.items():
        for label, forms, weights in checks:
            n = len(forms) if weights is None else sum(weights[f] for f in forms)
            purity, inverse, f = scores(forms, group, weights)
            print(f"{name:<10} {label:<13} {n:>6} {purity:>7.3f} {inverse:>8.3f} {f:>6.3f}")
    if args.errors:
        for label, forms in (("gold", gold), ("unseen", unseen)):
            print(f"\n{label}: what the app's grouping splits and merges")
            print("\n".join(errors(forms, lemma)) or "nothing")


if __name__ == "__main__":
    main()
