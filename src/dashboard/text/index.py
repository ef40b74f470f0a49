"""Token counts of a whole relay, built once, from which every selection is counted.

Building splits all texts at spaces with pyarrow (vectorised C++), counts the distinct
space-separated chunks in each cell (one group × theme × questions or answers), and runs the
one Python tokenizer (`tokens.tokenize`) on each distinct chunk only: a space never occurs
inside a token, so the result is exactly that of tokenizing every text, at a fraction of the
cost on large relays. A selection is a set of cells; counting it is a few numpy `bincount`s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.i18n import Quoted
from dashboard.text.errors import SelectionError
from dashboard.text.lemmas import lemma, lemmas
from dashboard.text.tokens import abbreviation_spellings, is_term_token, tokenize

Kind = Literal["questions", "answers", "all"]
KINDS: tuple[Kind, ...] = ("questions", "answers", "all")
FIELDS = ("question", "answer")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "questions": ("question",),
    "answers": ("answer",),
    "all": FIELDS,
}
CATEGORIES = ("group", "theme")


# A chunk that is one run of Danish letters with nothing but punctuation around it (no digit,
# full stop, apostrophe, hyphen or other letter): its one token is that run in lower case, as
# the tokenizer would find it, found here for all such chunks at once by pyarrow.
_PLAIN_CHUNK = r"^[^\p{L}\p{N}\p{M}_.'’\-]*(?P<word>[A-Za-zÆØÅæøå]+)[^\p{L}\p{N}\p{M}_.'’\-]*$"


def _link_tokens(chunks: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(chunk number, token number) of every token inside each distinct chunk, and the tokens."""
    plain = pc.match_substring_regex(chunks, _PLAIN_CHUNK).to_numpy(zero_copy_only=False)
    words = pc.dictionary_encode(
        pc.utf8_lower(pc.extract_regex(chunks.filter(plain), _PLAIN_CHUNK).field("word"))
    )
    spellings = abbreviation_spellings()  # "ift" alone is the abbreviation "ift."
    token_ids: dict[str, int] = {}
    word_ids = np.array(
        [
            token_ids.setdefault(spellings.get(word, word), len(token_ids))
            for word in words.dictionary.to_pylist()
        ],
        dtype=np.int64,
    )
    link_chunk: list[int] = []
    link_token: list[int] = []
    others = np.flatnonzero(~plain)
    for chunk_number, chunk in zip(others.tolist(), chunks.filter(~plain).to_pylist(), strict=True):
        for token in tokenize(chunk):
            link_chunk.append(chunk_number)
            link_token.append(token_ids.setdefault(token, len(token_ids)))
    tokens = np.array(list(token_ids), dtype=object)
    return (
        np.concatenate([np.flatnonzero(plain), np.array(link_chunk, dtype=np.int64)]),
        np.concatenate(
            [word_ids[words.indices.to_numpy(zero_copy_only=False)], np.array(link_token)]
        ).astype(np.int64),
        tokens,
    )


def _term_numbers(tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Term number of each distinct token (same lemma, same number; -1 for tokens that are no
    term), and the lemma of each term number."""
    is_term = np.array([is_term_token(t) for t in tokens], dtype=bool)
    numbers = np.full(len(tokens), -1, dtype=np.int64)
    codes, term_lemmas = pd.factorize(pd.Series(lemmas(tokens[is_term]), dtype=object))
    numbers[is_term] = codes
    return numbers, np.asarray(term_lemmas, dtype=object)


def _term_labels(tokens: np.ndarray, token_term: np.ndarray, counts: np.ndarray, n_terms: int):
    """Each term's label: its most frequent form in the whole relay; equal counts: the
    alphabetically first. The same label in every selection, cloud, table and picker."""
    forms = pd.DataFrame({"term": token_term, "token": tokens, "n": counts})
    forms = forms[forms["term"] >= 0]
    best = forms.sort_values(["term", "n", "token"], ascending=[True, False, True])
    labels = best.drop_duplicates("term").set_index("term")["token"]
    return labels.reindex(range(n_terms)).to_numpy(dtype=object)


@dataclass(frozen=True)
class TermTable:
    """Term × selection counts (index: each term's label) and token totals."""

    counts: pd.DataFrame
    totals: pd.Series

    def per_1000(self) -> pd.DataFrame:
        """Counts per 1,000 tokens of each selection (0 where a selection has no tokens)."""
        return self.counts.div(self.totals.where(self.totals > 0), axis=1).fillna(0.0) * 1000


@dataclass(frozen=True)
class TextIndex:
    """Chunk counts of a relay per cell (group × theme × question/answer), for fast selections."""

    cells: pd.DataFrame  # group, theme, field of each cell, in order of first appearance
    entry_cell: np.ndarray  # per (cell, distinct chunk) entry: the cell number …
    entry_chunk: np.ndarray  # … the distinct-chunk number …
    entry_count: np.ndarray  # … and how often the chunk occurs in the cell
    link_chunk: np.ndarray  # per token inside a distinct chunk: the chunk number …
    link_token: np.ndarray  # … and the distinct-token number
    tokens: np.ndarray  # distinct lower-cased tokens (str objects)
    n_chunks: int
    token_term: np.ndarray  # term number of each distinct token, -1 if not a term
    term_lemmas: np.ndarray  # the lemma of each term number
    term_labels: np.ndarray  # the label of each term number (see _term_labels)

    @classmethod
    def build(cls, pairs: pd.DataFrame) -> TextIndex:
        """Index the `question` and `answer` columns of a relay's pairs."""
        pair_cell = pairs.groupby(["group", "theme"], sort=False).ngroup().to_numpy()
        places = pairs[["group", "theme"]].drop_duplicates()
        cells = pd.concat([places.assign(field=field) for field in FIELDS], ignore_index=True)
        # Texts are numbered questions first, then answers; cell = place + field * n_places.
        text_cell = np.concatenate([pair_cell + i * len(places) for i in range(len(FIELDS))])
        order = np.argsort(text_cell, kind="stable")
        texts = pa.concat_arrays(
            [pa.array(pairs[field].astype(str), type=pa.large_string()) for field in FIELDS]
        )
        # Split on spaces only: other whitespace and punctuation stay in the chunks, and the
        # tokenizer, run once per distinct chunk below, handles them exactly as in a full text.
        chunks = pc.split_pattern(texts.take(pa.array(order)), " ")
        bounds = chunks.offsets.to_numpy()[
            np.searchsorted(text_cell[order], np.arange(len(cells) + 1))
        ]
        flat = pc.list_flatten(chunks)
        counted = [
            (cell, pc.value_counts(flat.slice(start, end - start)))
            for cell, (start, end) in enumerate(pairwise(bounds))
            if end > start
        ]
        values = pa.concat_arrays(
            [c.field("values") for _, c in counted] or [pa.array([], pa.large_string())]
        )
        encoded = pc.dictionary_encode(values)
        link_chunk, link_token, tokens = _link_tokens(encoded.dictionary)
        entry_chunk = encoded.indices.to_numpy(zero_copy_only=False)
        entry_count = np.concatenate(
            [c.field("counts").to_numpy() for _, c in counted] or [np.zeros(0, np.int64)]
        )
        chunk_totals = np.bincount(
            entry_chunk, weights=entry_count, minlength=len(encoded.dictionary)
        )
        relay_counts = np.bincount(
            link_token, weights=chunk_totals[link_chunk], minlength=len(tokens)
        )
        token_term, term_lemmas = _term_numbers(tokens)
        return cls(
            cells=cells,
            entry_cell=np.repeat(
                np.array([cell for cell, _ in counted], dtype=np.int64),
                [len(c) for _, c in counted],
            ),
            entry_chunk=entry_chunk,
            entry_count=entry_count,
            link_chunk=link_chunk,
            link_token=link_token,
            tokens=tokens,
            n_chunks=len(encoded.dictionary),
            token_term=token_term,
            term_lemmas=term_lemmas,
            term_labels=_term_labels(tokens, token_term, relay_counts, len(term_lemmas)),
        )

    def values(self, column: str) -> list[str]:
        """Distinct values of `group` or `theme`, in order of first appearance."""
        if column not in CATEGORIES:
            raise SelectionError("words.error.unknown_category", value=column)
        return list(dict.fromkeys(self.cells[column]))

    def _matches(self, column: str, value: str | None) -> np.ndarray:
        """Boolean mask of the cells whose `column` equals `value` (all cells for None)."""
        if value is None:
            return np.ones(len(self.cells), dtype=bool)
        known = self.values(column)
        if value not in known:
            key = {"group": "words.error.unknown_group", "theme": "words.error.unknown_theme"}
            raise SelectionError(key[column], value=value, choices=Quoted(known))
        return (self.cells[column] == value).to_numpy()

    def selection(
        self, group: str | None = None, theme: str | None = None, kind: Kind = "all"
    ) -> np.ndarray:
        """Boolean mask over the index's cells of a selection; None means any group or theme."""
        if kind not in KIND_FIELDS:
            raise SelectionError(
                "words.error.unknown_kind", value=kind, choices=Quoted(list(KINDS))
            )
        fields = self.cells["field"].isin(KIND_FIELDS[kind]).to_numpy()
        return self._matches("group", group) & self._matches("theme", theme) & fields

    def category_selection(self, by: str, value: str, kind: Kind = "all") -> np.ndarray:
        """Cell mask of the pairs whose `by` column ("group" or "theme") equals `value`."""
        self.values(by)  # rejects an unknown `by`
        return self.selection(kind=kind, **{by: value})

    def token_counts(self, selection: np.ndarray) -> np.ndarray:
        """Occurrences of every distinct token in the cells selected by `selection`."""
        chosen = selection[self.entry_cell]
        chunk_counts = np.bincount(
            self.entry_chunk[chosen], weights=self.entry_count[chosen], minlength=self.n_chunks
        )
        weights = chunk_counts[self.link_chunk]
        return np.rint(
            np.bincount(self.link_token, weights=weights, minlength=len(self.tokens))
        ).astype(np.int64)

    def term_table(self, selections: Mapping[str, np.ndarray]) -> TermTable:
        """Term counts of several selections (name → cell mask) side by side, with totals."""
        names = list(selections)
        per_token = np.column_stack([self.token_counts(mask) for mask in selections.values()])
        totals = pd.Series(per_token.sum(axis=0), index=names, dtype=np.int64)
        is_term = (self.token_term >= 0) & (per_token.sum(axis=1) > 0)
        terms = self.token_term[is_term]
        counts = pd.DataFrame(per_token[is_term], columns=names).groupby(terms).sum()
        counts.index = pd.Index(self.term_labels[counts.index.to_numpy()], name="term")
        return TermTable(counts=counts, totals=totals)

    def term_forms(self, selection: np.ndarray) -> pd.DataFrame:
        """Every term of a selection with its label, lemma and each form's count (form, term
        label, lemma, count), most frequent form of each term first."""
        counts = self.token_counts(selection)
        used = (self.token_term >= 0) & (counts > 0)
        terms = self.token_term[used]
        forms = pd.DataFrame(
            {
                "form": self.tokens[used],
                "term": self.term_labels[terms],
                "lemma": self.term_lemmas[terms],
                "count": counts[used],
            }
        )
        return forms.sort_values(["term", "count", "form"], ascending=[True, False, True])

    def label_of(self, word: str) -> str | None:
        """The label of the term a lower-cased word form belongs to (None: no term here)."""
        matching = np.flatnonzero(self.term_lemmas == lemma(word))
        return str(self.term_labels[matching[0]]) if len(matching) and is_term_token(word) else None
