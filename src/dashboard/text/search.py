"""Search questions and answers by word form and phrase, and show a word in its context.

Words match by stem, like the frequencies count them ("organisation" finds
"organisationen"); a phrase in double quotes matches its exact words in a row, with only
spaces or the report's `**` markers between them. Every part of a query must match (AND),
in the question or in the answer. Spans are character offsets into the original field text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from dashboard.text.index import KIND_FIELDS, Kind, SelectionError
from dashboard.text.tokens import Token, stem, stemmed_tokens, stems, tokenize

Span = tuple[int, int]
_QUOTED = re.compile(r'"([^"]*)"?')
_PHRASE_GAP = re.compile(r"[\s*]*")
_MARKUP = re.compile(r"\*\*")
_SPACE = re.compile(r"\s+")
KWIC_COLUMNS = ["id", "field", "left", "match", "right"]


@dataclass(frozen=True)
class Query:
    """A parsed search: words matched by stem, and phrases matched word for word."""

    words: tuple[str, ...]  # stems
    phrases: tuple[tuple[str, ...], ...]  # lower-cased tokens of each phrase


def parse_query(query: str) -> Query:
    """Split a query into stemmed words and "quoted phrases"; an unclosed quote runs to the end."""
    phrases = tuple(
        words for words in (tuple(tokenize(p)) for p in _QUOTED.findall(query)) if words
    )
    words = tuple(dict.fromkeys(stems(tokenize(_QUOTED.sub(" ", query)))))
    if not words and not phrases:
        raise SelectionError("søgningen er tom; skriv mindst ét ord")
    return Query(words=words, phrases=phrases)


def _phrase_spans(text: str, tokens: list[Token], phrase: tuple[str, ...]) -> list[Span]:
    """Spans of `phrase` in `text`: consecutive tokens separated by nothing but spaces and `*`."""
    spans = []
    size = len(phrase)
    for i in range(len(tokens) - size + 1):
        window = tokens[i : i + size]
        if tuple(t.text for t in window) == phrase and all(
            _PHRASE_GAP.fullmatch(text, left.end, right.start) for left, right in pairwise(window)
        ):
            spans.append((window[0].start, window[-1].end))
    return spans


def query_spans(text: str, query: Query) -> list[list[Span]]:
    """Spans of each part of `query` in `text`: one list per word, then one per phrase."""
    tokens = stemmed_tokens(text)
    by_word = [[(t.start, t.end) for t, s in tokens if s == word] for word in query.words]
    plain = [t for t, _ in tokens]
    return by_word + [_phrase_spans(text, plain, phrase) for phrase in query.phrases]


def search(pairs: pd.DataFrame, query: str, kind: Kind = "all") -> pd.DataFrame:
    """Rows of `pairs` where every part of `query` occurs, with a `spans` column per row.

    `spans` is {"question": [(start, end), …], "answer": […]} for the fields searched
    (`kind`), sorted, pointing into the text as stored (with `**` markers).
    """
    parsed = parse_query(query)
    fields = KIND_FIELDS[kind]
    keep, found = [], []
    for row in pairs[list(fields)].itertuples(index=False):
        per_field = dict(zip(fields, (query_spans(text, parsed) for text in row), strict=True))
        parts_found = [any(spans) for spans in zip(*per_field.values(), strict=True)]
        keep.append(all(parts_found))
        if all(parts_found):
            found.append({f: sorted({s for part in p for s in part}) for f, p in per_field.items()})
    hits = pairs[keep].copy()
    hits["spans"] = pd.Series(found, index=hits.index, dtype=object)
    return hits


def _clean(text: str) -> str:
    """Context text without `**` markers and with runs of whitespace as one space."""
    return _SPACE.sub(" ", _MARKUP.sub("", text))


def kwic(pairs: pd.DataFrame, term: str, *, width: int = 40, kind: Kind = "all") -> pd.DataFrame:
    """Keyword in context: every occurrence of a word's forms (matched by stem), in row order.

    Columns: id, field, left (up to `width` characters before), match (as written), right.
    """
    words = tokenize(term)
    if len(words) != 1:
        raise SelectionError("skriv præcis ét ord")
    target = stem(words[0])
    lines = []
    for row in pairs.itertuples(index=False):
        for field in KIND_FIELDS[kind]:
            text = getattr(row, field)
            for token, token_stem in stemmed_tokens(text):
                if token_stem != target:
                    continue
                left = _clean(text[max(0, token.start - 3 * width) : token.start])[-width:]
                right = _clean(text[token.end : token.end + 3 * width])[:width]
                lines.append((row.id, field, left, text[token.start : token.end], right))
    return pd.DataFrame(lines, columns=KWIC_COLUMNS)
