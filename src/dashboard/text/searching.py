"""Search questions and answers by word, word start and phrase; show a word in its context.

A word matches every form of its lemma, as the frequencies count them ("borger" finds
"borgerne", "digitalisering" finds "digitaliseringen"); a word ending in `*` matches every word
starting so ("digitali*" finds "digitalisere" and "digitalisering"); a phrase in quotation marks
(straight "…", Danish »…« or ”…”, English “…” or „…“) matches its exact words in a row, with
only spaces or the report's `**` markers between them (abbreviations are single tokens, so
`"bl.a."` is a phrase of one). Every part of a query must
match (AND), in the question or in the answer. Spans are character offsets into the field text.

A query is capped (MAX_QUERY_LENGTH characters, MAX_QUERY_PARTS words and phrases) before any
text is looked at, and matching costs one pass over a text's tokens per word and a look at the
places where a phrase's first word occurs: a long link cannot make the server scan for minutes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from dashboard.text.errors import SelectionError
from dashboard.text.index import KIND_FIELDS, Kind
from dashboard.text.lemmas import lemma, lemmas
from dashboard.text.tokens import WORD, Token, token_spans, tokenize

Span = tuple[int, int]
MAX_QUERY_LENGTH = 300  # characters: far more than any search a person types
MAX_QUERY_PARTS = 12  # words, word starts and phrases together
# Each opening quotation mark with the mark that closes it; an unclosed one runs to the end.
_QUOTES = {'"': '"', "»": "«", "“": "”", "”": "”", "„": "“"}
_QUOTED = re.compile(
    "|".join(f"{opening}([^{closing}]*){closing}?" for opening, closing in _QUOTES.items())
)
_PREFIX = re.compile(rf"({WORD.pattern})\*")
_PHRASE_GAP = re.compile(r"[\s*]*")
_MARKUP = re.compile(r"\*\*")
_SPACE = re.compile(r"\s+")
KWIC_COLUMNS = ["id", "field", "left", "match", "right"]


@dataclass(frozen=True)
class Query:
    """A parsed search: words matched by lemma, word starts, and phrases matched word for word."""

    words: tuple[str, ...]  # lemmas
    prefixes: tuple[str, ...]  # lower-cased word starts
    phrases: tuple[tuple[str, ...], ...]  # tokens of each phrase

    @property
    def n_parts(self) -> int:
        return len(self.words) + len(self.prefixes) + len(self.phrases)


def _phrase(match: re.Match) -> str:
    """The words inside one pair of quotation marks: the one group of `_QUOTED` that matched."""
    return next(words for words in match.groups() if words is not None)


def parse_query(query: str) -> Query:
    """Split a query into words, "word*" starts and "quoted phrases" (in any of the quotation
    marks of `_QUOTES`; an unclosed quote runs to the end); SelectionError if it is empty, too
    long or has too many parts."""
    if len(query) > MAX_QUERY_LENGTH:
        raise SelectionError("words.error.query_too_long", limit=MAX_QUERY_LENGTH)
    phrases = tuple(
        dict.fromkeys(
            words
            for words in (tuple(tokenize(_phrase(match))) for match in _QUOTED.finditer(query))
            if words
        )
    )
    unquoted = _QUOTED.sub(" ", query)
    prefixes = tuple(dict.fromkeys(match.lower() for match in _PREFIX.findall(unquoted)))
    forms = tuple(dict.fromkeys(tokenize(_PREFIX.sub(" ", unquoted))))
    if len(forms) + len(prefixes) + len(phrases) > MAX_QUERY_PARTS:
        raise SelectionError("words.error.query_too_many_parts", limit=MAX_QUERY_PARTS)
    if not forms and not prefixes and not phrases:
        raise SelectionError("words.error.empty_query")
    return Query(words=tuple(dict.fromkeys(lemmas(forms))), prefixes=prefixes, phrases=phrases)


def _phrase_spans(text: str, tokens: list[Token], phrase: tuple[str, ...]) -> list[Span]:
    """Spans of `phrase` in `text`: consecutive tokens separated by nothing but spaces and `*`,
    looked for only where the phrase's first word occurs."""
    starts: dict[str, list[int]] = defaultdict(list)
    for position, token in enumerate(tokens):
        starts[token.text].append(position)
    spans = []
    size = len(phrase)
    for i in starts.get(phrase[0], ()):
        window = tokens[i : i + size]
        if tuple(t.text for t in window) == phrase and all(
            _PHRASE_GAP.fullmatch(text, left.end, right.start) for left, right in pairwise(window)
        ):
            spans.append((window[0].start, window[-1].end))
    return spans


def query_spans(text: str, query: Query) -> list[list[Span]]:
    """Spans of each part of `query` in `text`: one list per word, per word start, per phrase."""
    tokens = token_spans(text)
    token_lemmas = lemmas(t.text for t in tokens)
    by_word = [
        [(t.start, t.end) for t, found in zip(tokens, token_lemmas, strict=True) if found == word]
        for word in query.words
    ]
    by_prefix = [
        [(t.start, t.end) for t in tokens if t.text.startswith(prefix)] for prefix in query.prefixes
    ]
    return by_word + by_prefix + [_phrase_spans(text, tokens, p) for p in query.phrases]


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
    """Keyword in context: every occurrence of a word's forms (matched by lemma), in row order.

    Columns: id, field, left (up to `width` characters before), match (as written), right.
    """
    words = tokenize(term)
    if len(words) != 1:
        raise SelectionError("words.kwic_not_a_word")
    target = lemma(words[0])
    lines = []
    for row in pairs.itertuples(index=False):
        for field in KIND_FIELDS[kind]:
            text = getattr(row, field)
            tokens = token_spans(text)
            for token, found in zip(tokens, lemmas(t.text for t in tokens), strict=True):
                if found != target:
                    continue
                left = _clean(text[max(0, token.start - 3 * width) : token.start])[-width:]
                right = _clean(text[token.end : token.end + 3 * width])[:width]
                lines.append((row.id, field, left, text[token.start : token.end], right))
    return pd.DataFrame(lines, columns=KWIC_COLUMNS)
