"""Danish text analysis of a relay's questions and answers (pure Python, no Streamlit).

Pass a pairs DataFrame (columns id, group, theme, question, answer) to any function, or a
`TextIndex` built once from it with `TextIndex.build(pairs)` to count many selections fast.

Each name below is imported from its module when first used, not with the package: the
tokenizer is light, while the lemmatiser (simplemma) and the word clouds (wordcloud, Pillow)
are not, and the app's first page needs only the one. No module is named like a function it
exports (`comparison` holds `compare`, `counting` holds `frequencies`, `searching` holds
`search`), so an imported module never hides the function of the same name.
"""

from importlib import import_module
from typing import TYPE_CHECKING

_PUBLIC = {
    "cloud_png": "cloud",
    "cloud_svg": "cloud",
    "cloud_table": "cloud",
    "layout_cloud": "cloud",
    "leaning_colours": "cloud",
    "legend": "cloud",
    "with_colours": "cloud",
    "CLEAR_DIFFERENCE": "comparison",
    "Comparison": "comparison",
    "MIN_DISTINCTIVE_COUNT": "comparison",
    "TextSelection": "comparison",
    "category_leanings": "comparison",
    "compare": "comparison",
    "compare_selections": "comparison",
    "is_distinctive": "comparison",
    "leanings": "comparison",
    "log_odds_z": "comparison",
    "most_distinctive": "comparison",
    "PairsOrIndex": "counting",
    "frequencies": "counting",
    "term_category_table": "counting",
    "term_forms": "counting",
    "SelectionError": "errors",
    "KINDS": "index",
    "Kind": "index",
    "TermTable": "index",
    "TextIndex": "index",
    "lemma": "lemmas",
    "Query": "searching",
    "kwic": "searching",
    "parse_query": "searching",
    "search": "searching",
    "WORD": "tokens",
    "stopwords": "tokens",
    "token_spans": "tokens",
    "tokenize": "tokens",
}

if TYPE_CHECKING:
    from dashboard.text.cloud import (
        cloud_png,
        cloud_svg,
        cloud_table,
        layout_cloud,
        leaning_colours,
        legend,
        with_colours,
    )
    from dashboard.text.comparison import (
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
    from dashboard.text.counting import PairsOrIndex, frequencies, term_category_table, term_forms
    from dashboard.text.errors import SelectionError
    from dashboard.text.index import KINDS, Kind, TermTable, TextIndex
    from dashboard.text.lemmas import lemma
    from dashboard.text.searching import Query, kwic, parse_query, search
    from dashboard.text.tokens import WORD, stopwords, token_spans, tokenize


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'dashboard.text' has no attribute {name!r}")
    value = getattr(import_module(f"dashboard.text.{_PUBLIC[name]}"), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


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
