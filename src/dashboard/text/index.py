"""Token counts of a whole relay, built once, from which every selection is counted.

Building splits all texts at whitespace with pyarrow (vectorised C++), numbers the distinct
whitespace-separated chunks, and runs the one Python tokenizer (`tokens.tokenize`) on each
distinct chunk only: whitespace never occurs inside a token, so the result is exactly that of
tokenizing every text, at a fraction of the cost on large relays. Counting a selection is then
a few numpy `bincount`s over the stored chunk numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.text.tokens import is_term_token, stems, tokenize

Kind = Literal["questions", "answers", "all"]
KINDS: tuple[Kind, ...] = ("questions", "answers", "all")
FIELDS = ("question", "answer")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "questions": ("question",),
    "answers": ("answer",),
    "all": FIELDS,
}
KIND_LABELS = {"questions": "spørgsmål", "answers": "svar", "all": "spørgsmål og svar"}
CATEGORY_LABELS = {"group": "gruppe", "theme": "tema"}


class SelectionError(ValueError):
    """A selection or query the user gave makes no sense here; the message is Danish."""


def _choices(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _link_tokens(chunks: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(chunk number, token number) of every token inside each distinct chunk, and the tokens."""
    token_ids: dict[str, int] = {}
    link_chunk: list[int] = []
    link_token: list[int] = []
    for chunk_number, chunk in enumerate(chunks):
        for token in tokenize(chunk):
            link_chunk.append(chunk_number)
            link_token.append(token_ids.setdefault(token, len(token_ids)))
    tokens = np.array(list(token_ids), dtype=object)
    return np.array(link_chunk, dtype=np.int64), np.array(link_token, dtype=np.int64), tokens


def _term_numbers(tokens: np.ndarray) -> np.ndarray:
    """Term number of each distinct token (same stem, same number); -1 for stop words."""
    is_term = np.array([is_term_token(t) for t in tokens], dtype=bool)
    numbers = np.full(len(tokens), -1, dtype=np.int64)
    numbers[is_term] = pd.factorize(pd.Series(stems(tokens[is_term]), dtype=object))[0]
    return numbers


@dataclass(frozen=True)
class TermTable:
    """Term × selection counts (index: each term's most frequent form) and token totals."""

    counts: pd.DataFrame
    totals: pd.Series

    def per_1000(self) -> pd.DataFrame:
        """Counts per 1,000 tokens of each selection (0 where a selection has no tokens)."""
        return self.counts.div(self.totals.where(self.totals > 0), axis=1).fillna(0.0) * 1000


@dataclass(frozen=True)
class TextIndex:
    """Every token of a relay's questions and answers, stored by chunk number for fast counting."""

    rows: pd.DataFrame  # id, group, theme of each pair, in the order of the relay
    chunk_text: np.ndarray  # per chunk occurrence: text number (field * n_rows + row)
    chunk_id: np.ndarray  # per chunk occurrence: distinct-chunk number
    link_chunk: np.ndarray  # per token inside a distinct chunk: the chunk number …
    link_token: np.ndarray  # … and the distinct-token number
    tokens: np.ndarray  # distinct lower-cased tokens (str objects)
    token_term: np.ndarray  # term number of each distinct token, -1 if not a term
    n_chunks: int

    @classmethod
    def build(cls, pairs: pd.DataFrame) -> TextIndex:
        """Index the `question` and `answer` columns of a relay's pairs."""
        texts = pa.concat_arrays(
            [pa.array(pairs[field].astype(str), type=pa.large_string()) for field in FIELDS]
        )
        chunks = pc.utf8_split_whitespace(texts)
        encoded = pc.dictionary_encode(pc.list_flatten(chunks))
        link_chunk, link_token, tokens = _link_tokens(encoded.dictionary.to_pylist())
        return cls(
            rows=pairs[["id", "group", "theme"]].reset_index(drop=True),
            chunk_text=pc.list_parent_indices(chunks).to_numpy().astype(np.int32),
            chunk_id=encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32),
            link_chunk=link_chunk,
            link_token=link_token,
            tokens=tokens,
            token_term=_term_numbers(tokens),
            n_chunks=len(encoded.dictionary),
        )

    def values(self, column: str) -> list[str]:
        """Distinct values of `group` or `theme`, in order of first appearance."""
        if column not in CATEGORY_LABELS:
            raise SelectionError(f"kan ikke opdele efter '{column}'; mulige: 'group', 'theme'")
        return list(dict.fromkeys(self.rows[column]))

    def rows_where(self, column: str, value: str | None) -> np.ndarray:
        """Boolean mask of the pairs whose `column` equals `value` (all pairs for None)."""
        if value is None:
            return np.ones(len(self.rows), dtype=bool)
        if value not in self.values(column):
            label = CATEGORY_LABELS.get(column, column)
            raise SelectionError(
                f"ukendt {label} '{value}'; mulige: {_choices(self.values(column))}"
            )
        return (self.rows[column] == value).to_numpy()

    def text_mask(
        self, group: str | None = None, theme: str | None = None, kind: Kind = "all"
    ) -> np.ndarray:
        """Boolean mask over the index's texts (all questions, then all answers) of a selection."""
        if kind not in KIND_FIELDS:
            raise SelectionError(f"ukendt slags tekst '{kind}'; mulige: {_choices(list(KINDS))}")
        rows = self.rows_where("group", group) & self.rows_where("theme", theme)
        return np.concatenate([rows & (field in KIND_FIELDS[kind]) for field in FIELDS])

    def category_mask(self, by: str, value: str, kind: Kind = "all") -> np.ndarray:
        """Text mask of the pairs whose `by` column ("group" or "theme") equals `value`."""
        self.values(by)  # rejects an unknown `by`
        return self.text_mask(kind=kind, **{by: value})

    def token_counts(self, text_mask: np.ndarray) -> np.ndarray:
        """Occurrences of every distinct token in the texts selected by `text_mask`."""
        selected = text_mask[self.chunk_text]
        chunk_counts = np.bincount(self.chunk_id[selected], minlength=self.n_chunks)
        weights = chunk_counts[self.link_chunk]
        return np.bincount(self.link_token, weights=weights, minlength=len(self.tokens)).astype(
            np.int64
        )

    def term_table(self, selections: Mapping[str, np.ndarray]) -> TermTable:
        """Term counts of several selections (name → text mask) side by side, with totals."""
        names = list(selections)
        per_token = np.column_stack([self.token_counts(mask) for mask in selections.values()])
        totals = pd.Series(per_token.sum(axis=0), index=names, dtype=np.int64)
        is_term = (self.token_term >= 0) & (per_token.sum(axis=1) > 0)
        forms = pd.DataFrame(
            {
                "token": self.tokens[is_term],
                "term": self.token_term[is_term],
                "n": per_token[is_term].sum(axis=1),
            }
        )
        counts = pd.DataFrame(per_token[is_term], columns=names).groupby(forms["term"]).sum()
        # Show each term as its most frequent form; equal counts: the alphabetically first.
        labels = (
            forms.sort_values(["term", "n", "token"], ascending=[True, False, True])
            .drop_duplicates("term")
            .set_index("term")["token"]
        )
        counts.index = pd.Index(labels.reindex(counts.index).to_numpy(), name="term")
        return TermTable(counts=counts, totals=totals)
