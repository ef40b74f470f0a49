"""Danish tokens: the one tokenizer, stop-word list and stemmer every text function shares.

A token is a run of Unicode letters (æ, ø and å included), lower-cased; hyphenated words stay
whole ("bruger-borgerne"), and everything else, the report's ``**`` markers, punctuation and
digits included, only separates tokens. Numbers are therefore never tokens.
A *term* groups the word forms that share a Danish Snowball stem ("organisation",
"organisationen", "organisationer"); stop words and one-letter tokens are never terms.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import NamedTuple

import Stemmer
import stopwordsiso

# A letter is a word character that is neither a digit nor "_"; hyphens join letter runs.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Shortest token that can be a term: single letters are left-overs of abbreviations ("bl.a.").
MIN_TERM_LENGTH = 2
EXTRA_STOPWORDS_FILE = "stopwords_extra.txt"

# PyStemmer's Stemmer objects are not thread-safe and Streamlit serves sessions on threads.
_STEMMER = Stemmer.Stemmer("danish")
_STEMMER_LOCK = threading.Lock()
_STEMS: dict[str, str] = {}


class Token(NamedTuple):
    """One token of a text: its character span in the original text and its lower-cased form."""

    start: int
    end: int
    text: str


def token_spans(text: str) -> list[Token]:
    """Every token of `text` with its (start, end) in `text` as given, `**` markers and all."""
    return [Token(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]


def tokenize(text: str) -> list[str]:
    """The lower-cased tokens of `text`, in order."""
    return [token.text for token in token_spans(text)]


def read_word_list(text: str) -> frozenset[str]:
    """Lower-cased words of a one-word-a-line list; `#` starts a comment."""
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(word for word in words if word)


@cache
def extra_stopwords() -> frozenset[str]:
    """The project's own stop words: relay filler, abbreviation pieces (see the file header)."""
    resource = files("dashboard").joinpath(EXTRA_STOPWORDS_FILE)
    return read_word_list(resource.read_text(encoding="utf-8"))


@cache
def stopwords() -> frozenset[str]:
    """Danish stop words: stopwords-iso's 170 plus the project's list; no network needed."""
    return frozenset(stopwordsiso.stopwords("da")) | extra_stopwords()


def is_term_token(token: str) -> bool:
    """True if a lower-cased token counts as a content word (not a stop word, not one letter)."""
    return len(token) >= MIN_TERM_LENGTH and token not in stopwords()


def stems(tokens: Iterable[str]) -> list[str]:
    """Danish Snowball stems of lower-cased tokens; each distinct token is stemmed only once."""
    tokens = list(tokens)
    missing = list({t for t in tokens if t not in _STEMS})
    if missing:
        with _STEMMER_LOCK:
            _STEMS.update(zip(missing, _STEMMER.stemWords(missing), strict=True))
    return [_STEMS[t] for t in tokens]


def stem(token: str) -> str:
    """Danish Snowball stem of one lower-cased token."""
    return stems([token])[0]


def stemmed_tokens(text: str) -> list[tuple[Token, str]]:
    """Every token of `text` with its span and its stem, for matching word forms."""
    tokens = token_spans(text)
    return list(zip(tokens, stems(t.text for t in tokens), strict=True))
