"""Benchmark the text analysis on the bundled relay and on synthetic relays of 1k–100k pairs.

Usage: python bench/text.py [--sizes 1000 10000 100000]

Each size runs in a fresh Python process (so peak memory is its own), prints one row of a
plain table: seconds to tokenize and count all words (building the index + frequencies),
what lemmatising adds to building the index (the CPU seconds the relay's distinct words take
from a cold cache, against the rest of the build's), to compare the two groups (on the built
index, and from scratch), for an 800×400 PNG cloud beside `wordcloud` alone on the same
frequencies, and peak resident memory.
Synthetic relays are deterministic: words are drawn with a Zipf-like law from the bundled
relay's vocabulary plus generated Danish-looking words, with the bundled texts' lengths.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from dashboard.relay import read_relay_files  # noqa: E402
from dashboard.text import (  # noqa: E402
    TextIndex,
    cloud_png,
    compare,
    frequencies,
    lemmas,
    tokenize,
)
from dashboard.text.cloud import MAX_WORDS, RANDOM_STATE, cloud_table  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
GROUPS = ("Topledere", "Institutions- og driftsledere")
THEMES = ("krydspres", "borgerblik", "lederrollen", "ledelse på tværs", "ledelsesudvikling")
GENERATED_WORDS = 20_000
SEED = 2018
_ONSETS = [
    "",
    "b",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "sk",
    "st",
    "tr",
]
_VOWELS = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å"]
_CODAS = ["", "n", "r", "l", "s", "t", "nd", "ng", "st", "lse", "ning", "hed", "else"]


def _generated_words(rng: np.random.Generator, count: int) -> list[str]:
    """Danish-looking words of two or three syllables, distinct and deterministic."""
    words: dict[str, None] = {}
    while len(words) < count:
        syllables = rng.integers(2, 4)
        words[
            "".join(
                _ONSETS[rng.integers(len(_ONSETS))]
                + _VOWELS[rng.integers(len(_VOWELS))]
                + _CODAS[rng.integers(len(_CODAS))]
                for _ in range(syllables)
            )
        ] = None
    return list(words)


def synthetic_relay(rows: int, bundled: pd.DataFrame) -> pd.DataFrame:
    """A relay of `rows` pairs shaped like the bundled one (see the module docstring)."""
    rng = np.random.default_rng(SEED)
    tokens = [t for text in [*bundled["question"], *bundled["answer"]] for t in tokenize(text)]
    known = pd.Series(tokens).value_counts().index.tolist()  # most frequent first
    vocabulary = np.array(known + _generated_words(rng, GENERATED_WORDS), dtype=object)
    weights = 1.0 / (np.arange(len(vocabulary)) + 2.7)  # Zipf–Mandelbrot, exponent 1
    lengths = {
        field: np.array([len(tokenize(t)) for t in bundled[field]])
        for field in ("question", "answer")
    }
    columns = {}
    for field, end in (("question", "?"), ("answer", ".")):
        n_words = rng.choice(lengths[field], size=rows)
        words = vocabulary[
            rng.choice(len(vocabulary), size=int(n_words.sum()), p=weights / weights.sum())
        ]
        cuts = np.cumsum(n_words)[:-1]
        columns[field] = [" ".join(chunk).capitalize() + end for chunk in np.split(words, cuts)]
    return pd.DataFrame(
        {
            "id": [f"syn-{i}" for i in range(rows)],
            "group": [GROUPS[i % 2] for i in range(rows)],
            "theme": [THEMES[i % len(THEMES)] for i in range(rows)],
            **columns,
        }
    )


def _seconds(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _cpu_seconds(action):
    """CPU seconds of this process (all its threads): steadier than wall time on a machine
    others use at the same time."""
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure(size: int) -> dict[str, float]:
    """Time and memory of every step for one relay size (0: the bundled relay)."""
    from wordcloud import WordCloud

    bundled = read_relay_files().require().pairs
    frequencies(bundled)  # warm-up: imports, pyarrow kernels
    pairs = bundled if size == 0 else synthetic_relay(size, bundled)
    setup_mib = _peak_mib()
    build_cpu, (build_s, index) = _cpu_seconds(lambda: _seconds(lambda: TextIndex.build(pairs)))
    count_s, table = _seconds(lambda: frequencies(index))
    lemmas._CACHE.clear()  # forget every lemma (the dictionary stays loaded): the build's work
    lemmas._lemmatizer.cache_clear()
    lemma_cpu, _ = _cpu_seconds(lambda: [lemmas.lemma(t) for t in index.tokens])
    compare_s, _ = _seconds(lambda: compare(index, *GROUPS))
    scratch_s, _ = _seconds(lambda: (frequencies(i := TextIndex.build(pairs)), compare(i, *GROUPS)))
    analysis_mib = _peak_mib()
    cloud_s, _ = _seconds(lambda: cloud_png(table))
    drawn = cloud_table(table)
    wordcloud_s, _ = _seconds(
        lambda: (
            WordCloud(width=800, height=400, max_words=MAX_WORDS, random_state=RANDOM_STATE)
            .generate_from_frequencies(dict(zip(drawn["term"], drawn["count"], strict=True)))
            .to_image()
        )
    )
    return {
        "pairs": len(pairs),
        "tokens": int(index.token_counts(index.selection()).sum()),
        "count_s": build_s + count_s,
        "lemmas_percent": 100 * lemma_cpu / (build_cpu - lemma_cpu),
        "compare_s": compare_s,
        "scratch_s": scratch_s,
        "cloud_s": cloud_s,
        "wordcloud_s": wordcloud_s,
        "setup_mib": setup_mib,
        "peak_mib": max(analysis_mib, _peak_mib()),
    }


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.rjust(width) for cell, width in zip(cells, widths, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one)))
        return
    headers = [
        "relay",
        "pairs",
        "tokens",
        "count s",
        "lemmas +%",
        "compare s",
        "freq+compare s",
        "cloud s",
        "wordcloud s",
        "setup MiB",
        "peak MiB",
    ]
    widths = [max(len(h), 9) for h in headers]
    print(_row(headers, widths))
    print(_row(["-" * w for w in widths], widths))
    for size in [0, *args.sizes]:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        m = json.loads(done.stdout)
        print(
            _row(
                [
                    "bundled" if size == 0 else "synthetic",
                    f"{m['pairs']:,}",
                    f"{m['tokens']:,}",
                    f"{m['count_s']:.3f}",
                    f"{m['lemmas_percent']:.0f}",
                    f"{m['compare_s']:.3f}",
                    f"{m['scratch_s']:.3f}",
                    f"{m['cloud_s']:.3f}",
                    f"{m['wordcloud_s']:.3f}",
                    f"{m['setup_mib']:.0f}",
                    f"{m['peak_mib']:.0f}",
                ],
                widths,
            ),
            flush=True,
        )
    print(
        "\ncount: index build + frequencies of everything; lemmas +%: what lemmatising adds to"
        "\nthe build's CPU time; compare: the two groups on the built index; freq+compare: both"
        "\nfrom the raw table; cloud: this package's 800×400 PNG; wordcloud: WordCloud alone on"
        "\nthe same words; MiB: peak RSS after setup / overall."
    )


if __name__ == "__main__":
    main()
