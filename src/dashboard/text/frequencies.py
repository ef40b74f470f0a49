"""Word frequencies per group, theme and kind of text (questions, answers or both)."""

from __future__ import annotations

import pandas as pd

from dashboard.text.index import Kind, TermTable, TextIndex

Relay = pd.DataFrame | TextIndex


def as_index(relay: Relay) -> TextIndex:
    """The relay's text index: built from a pairs DataFrame, or passed through if already built."""
    return relay if isinstance(relay, TextIndex) else TextIndex.build(relay)


def frequencies(
    relay: Relay, group: str | None = None, theme: str | None = None, kind: Kind = "all"
) -> pd.DataFrame:
    """Terms of one selection with count and count per 1,000 words, most frequent first.

    The per-1,000 denominator is every token of the selection, stop words included: the
    share of all the words the leaders wrote, so selections with chattier texts are not
    inflated. Numbers are not tokens, so they count in neither numerator nor denominator.
    Ties in count are ordered alphabetically. `None` for group or theme means all of them.
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


def term_category_table(relay: Relay, by: str = "group", kind: Kind = "all") -> TermTable:
    """Term × category counts for every value of `by` ("group" or "theme"), scattertext-style."""
    index = as_index(relay)
    return index.term_table({v: index.category_selection(by, v, kind) for v in index.values(by)})
