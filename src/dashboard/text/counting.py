"""Word frequencies per group, theme and kind of text (questions, answers or both)."""

from __future__ import annotations

import pandas as pd

from dashboard.text.index import Kind, TermTable, TextIndex

# What every function here takes: a relay's pairs (id, group, theme, question, answer), or the
# TextIndex built from them once (faster when many selections are counted).
PairsOrIndex = pd.DataFrame | TextIndex


def as_index(relay: PairsOrIndex) -> TextIndex:
    """The relay's text index: built from a pairs DataFrame, or passed through if already built."""
    return relay if isinstance(relay, TextIndex) else TextIndex.build(relay)


def frequencies(
    relay: PairsOrIndex, group: str | None = None, theme: str | None = None, kind: Kind = "all"
) -> pd.DataFrame:
    """Terms of one selection with count and count per 1,000 words, most frequent first.

    A term counts every form of its lemma and is shown as its label: its most frequent form in
    the whole relay, the same whatever the selection. The per-1,000 denominator is every token
    of the selection, stop words and abbreviations included: the share of all the words the
    leaders wrote, so selections with chattier texts are not inflated. Bare numbers are not
    tokens. Ties in count are ordered alphabetically. `None` for group or theme means all.
    """
    index = as_index(relay)
    table = index.term_table({"count": index.selection(group, theme, kind)})
    return frequency_frame(table, "count")


def frequency_frame(table: TermTable, column: str) -> pd.DataFrame:
    """One selection of a term table as term/count/per_1000 rows, most frequent first."""
    result = pd.DataFrame(
        {
            "term": table.counts.index.astype(str),
            "count": table.counts[column].to_numpy(),
            "per_1000": table.per_1000()[column].to_numpy(),
        }
    )
    result = result[result["count"] > 0]
    return result.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)


def term_forms(
    relay: PairsOrIndex, group: str | None = None, theme: str | None = None, kind: Kind = "all"
) -> list[dict[str, object]]:
    """What was counted together: each term of a selection, most frequent first, as
    {"term": label, "lemma", "count", "per_1000", "forms": [{"form", "count"}, …]} with its
    forms most frequent first. The counts are those of `frequencies` for the same selection."""
    index = as_index(relay)
    selection = index.selection(group, theme, kind)
    forms = index.term_forms(selection).groupby("term", sort=False)
    return [
        {
            "term": row.term,
            "lemma": str(forms.get_group(row.term)["lemma"].iloc[0]),
            "count": int(row.count),
            "per_1000": float(row.per_1000),
            "forms": [
                {"form": str(form.form), "count": int(form.count)}
                for form in forms.get_group(row.term).itertuples(index=False)
            ],
        }
        for row in frequency_frame(index.term_table({"count": selection}), "count").itertuples(
            index=False
        )
    ]


def term_category_table(relay: PairsOrIndex, by: str = "group", kind: Kind = "all") -> TermTable:
    """Term × category counts for every value of `by` ("group" or "theme"), scattertext-style."""
    index = as_index(relay)
    return index.term_table({v: index.category_selection(by, v, kind) for v in index.values(by)})
