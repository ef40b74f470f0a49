"""Danish text analysis of a relay's questions and answers (pure Python, no Streamlit).

Pass a pairs DataFrame (columns id, group, theme, question, answer) to any function, or a
`TextIndex` built once from it with `TextIndex.build(pairs)` to count many selections fast.
"""

from dashboard.text.cloud import cloud_png, cloud_svg, cloud_table, layout_cloud
from dashboard.text.compare import (
    Comparison,
    TextSelection,
    compare,
    compare_selections,
    log_odds_z,
)
from dashboard.text.frequencies import frequencies, term_category_table
from dashboard.text.index import KINDS, Kind, SelectionError, TermTable, TextIndex
from dashboard.text.search import Query, kwic, parse_query, search
from dashboard.text.tokens import stem, stems, stopwords, token_spans, tokenize

__all__ = [
    "KINDS",
    "Comparison",
    "Kind",
    "Query",
    "SelectionError",
    "TermTable",
    "TextIndex",
    "TextSelection",
    "cloud_png",
    "cloud_svg",
    "cloud_table",
    "compare",
    "compare_selections",
    "frequencies",
    "kwic",
    "layout_cloud",
    "log_odds_z",
    "parse_query",
    "search",
    "stem",
    "stems",
    "stopwords",
    "term_category_table",
    "token_spans",
    "tokenize",
]
