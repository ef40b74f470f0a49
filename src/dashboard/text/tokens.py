"""Danish tokens: the one tokenizer and stop-word list every text function shares.

A token is, in lower case, one of:
- a known abbreviation, kept whole and counted as its usual spelling ("bl.a.", "f.eks.", "ca.":
  see src/dashboard/abbreviations.txt); never a term;
- a word: a run of letters (æ, ø and å included), hyphenated words whole ("bruger-borgerne"),
  a genitive 's left out ("FN's" is "fn");
- a number joined to a word by a hyphen ("42-årige");
- a hanging compound part ("detail-" in "detail- og målstyring", "-ledelse" in "drifts- og
  -ledelse"): a word the writer wrote, but not a word of its own, so never a term.
Everything else – the report's ``**`` markers, punctuation, bare numbers – only separates tokens.
No token holds whitespace, which the text index relies on (see dashboard.text.index).

A *term* is a lemma (see dashboard.text.lemmas) that is no stop word: every form of it counts as
the term, and a form is a stop word exactly when its lemma is the lemma of a listed stop word,
so "stor", "store", "større" and "størst" are all stop words or none is.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import NamedTuple

import stopwordsiso

from dashboard.text.lemmas import lemma, lemmas

# One word: letters (a word character that is neither a digit nor "_"), hyphens joining runs.
# The one definition of a word in the project: metadata words are checked against it too.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Shortest token that can be a term: single letters are left-overs like "s" or "a".
MIN_TERM_LENGTH = 2
EXTRA_STOPWORDS_FILE = "stopwords_extra.txt"
ABBREVIATIONS_FILE = "abbreviations.txt"
_LETTER = r"[^\W\d_]"


class Token(NamedTuple):
    """One token of a text: its character span in the original text and its lower-cased form."""

    start: int
    end: int
    text: str


def read_word_list(text: str) -> list[list[str]]:
    """The lower-cased words of each line of a list; `#` starts a comment, empty lines go."""
    lines = (line.split("#", 1)[0].lower().split() for line in text.splitlines())
    return [words for words in lines if words]


def _package_text(name: str) -> str:
    return files("dashboard").joinpath(name).read_text(encoding="utf-8")


@cache
def abbreviation_spellings() -> dict[str, str]:
    """Every known spelling of an abbreviation → its usual spelling ("bl.a" → "bl.a.")."""
    return {
        spelling: words[0]
        for words in read_word_list(_package_text(ABBREVIATIONS_FILE))
        for spelling in words
    }


@cache
def _token_pattern() -> re.Pattern[str]:
    spellings = sorted(abbreviation_spellings(), key=len, reverse=True)  # longest first
    abbreviation = "|".join(re.escape(s) for s in spellings)
    word = WORD.pattern
    return re.compile(
        # An abbreviation stands alone: no letter or digit before it, no word continuing it.
        rf"(?<!\w)(?P<abbreviation>{abbreviation})(?!{_LETTER}|-{_LETTER})"
        # A number and a word joined by a hyphen.
        rf"|(?<!\w)(?P<numbered>\d+-{word})"
        # A compound part hanging before " og …" or after "… og ": the hyphen touches a space.
        rf"|(?P<hanging>{word}-(?=\s|\Z)|(?<!\S)-{word})"
        # A word; a genitive 's after it is matched (so it is no token) but not kept.
        rf"|(?P<word>{word})(?:['’]s(?!{_LETTER}))?",
        re.IGNORECASE,
    )


# Without these characters a text has no abbreviation with full stops, no number, hyphen or
# genitive: its tokens are its runs of letters, read by the much faster WORD alone.
_NEEDS_FULL_TOKENIZER = re.compile(r"[.'’\d_-]")


def token_spans(text: str) -> list[Token]:
    """Every token of `text` with its (start, end) in `text` as given, `**` markers and all."""
    spellings = abbreviation_spellings()
    if not _NEEDS_FULL_TOKENIZER.search(text):
        tokens = []
        for match in WORD.finditer(text):
            form = match.group().lower()
            tokens.append(Token(match.start(), match.end(), spellings.get(form, form)))
        return tokens
    tokens = []
    for match in _token_pattern().finditer(text):
        kind = match.lastgroup
        form = match.group(kind).lower()
        if kind == "abbreviation":
            form = spellings[form]
        tokens.append(Token(match.start(kind), match.end(kind), form))
    return tokens


def tokenize(text: str) -> list[str]:
    """The lower-cased tokens of `text`, in order."""
    return [token.text for token in token_spans(text)]


@cache
def extra_stopwords() -> frozenset[str]:
    """The project's own stop words: function words and relay filler (see the file's comments)."""
    return frozenset(
        w for words in read_word_list(_package_text(EXTRA_STOPWORDS_FILE)) for w in words
    )


@cache
def stopwords() -> frozenset[str]:
    """The listed Danish stop words: stopwords-iso's 170 plus the project's list (no network)."""
    return frozenset(stopwordsiso.stopwords("da")) | extra_stopwords()


@cache
def stop_lemmas() -> frozenset[str]:
    """Lemmas of the listed stop words: a form whose lemma is one of them is a stop word."""
    return frozenset(lemmas(sorted(stopwords())))


def is_abbreviation(token: str) -> bool:
    """True for a token that is a known abbreviation in its usual spelling ("bl.a.")."""
    return abbreviation_spellings().get(token) == token


def is_term_token(token: str) -> bool:
    """True if a lower-cased token counts as a content word: not a stop word (by its lemma),
    not an abbreviation, not a hanging compound part and at least two letters long."""
    return (
        len(token) >= MIN_TERM_LENGTH
        and not token.startswith("-")
        and not token.endswith("-")
        and not is_abbreviation(token)
        and lemma(token) not in stop_lemmas()
    )
