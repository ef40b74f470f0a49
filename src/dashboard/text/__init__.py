"""Danish text analysis of a relay's questions and answers (pure Python, no Streamlit).

Pass a pairs DataFrame (columns id, group, theme, question, answer) to any function, or a
`TextIndex` built once from it with `TextIndex.build(pairs)` to count many selections fast.
"""

from dashboard.text.cloud import (
    cloud_png,
    cloud_svg,
    cloud_table,
    layout_cloud,
    leaning_colours,
    legend,
    with_colours,
)
from dashboard.text.compare import (
    CLEAR_DIFFERENCE,
    MIN_DISTINCTIVE_COUNT,
    Comparison,
    TextSelection,
    category_leanings,
    compare,
    compare_selections,
    is_distinctive,
    leanings,
    log_odds_z,
    most_distinctive,
)
from dashboard.text.errors import SelectionError
from dashboard.text.frequencies import PairsOrIndex, frequencies, term_category_table, term_forms
from dashboard.text.index import KINDS, Kind, TermTable, TextIndex
from dashboard.text.lemmas import lemma
from dashboard.text.search import Query, kwic, parse_query, search
from dashboard.text.tokens import WORD, stopwords, token_spans, tokenize

__all__ = [
    "CLEAR_DIFFERENCE",
    "KINDS",
    "MIN_DISTINCTIVE_COUNT",
    "WORD",
    "Comparison",
    "Kind",
    "PairsOrIndex",
    "Query",
    "SelectionError",
    "TermTable",
    "TextIndex",
    "TextSelection",
    "category_leanings",
    "cloud_png",
    "cloud_svg",
    "cloud_table",
    "compare",
    "compare_selections",
    "frequencies",
    "is_distinctive",
    "kwic",
    "layout_cloud",
    "leaning_colours",
    "leanings",
    "legend",
    "lemma",
    "log_odds_z",
    "most_distinctive",
    "parse_query",
    "search",
    "stopwords",
    "term_category_table",
    "term_forms",
    "token_spans",
    "tokenize",
    "with_colours",
]
