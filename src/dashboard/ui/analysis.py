"""Cached text analysis for the pages: each result is computed once per relay and input."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.crossreading import theme_evidence, word_evidence
from dashboard.relay import Relay
from dashboard.text import (
    Comparison,
    TextIndex,
    TextSelection,
    category_leanings,
    cloud_png,
    compare_selections,
    frequencies,
    kwic,
    with_colours,
)
from dashboard.text.cloud import Legend
from dashboard.text.index import Kind


@st.cache_resource(show_spinner=False, max_entries=8)
def _text_index(_relay: Relay, fingerprint: str) -> TextIndex:
    return TextIndex.build(_relay.pairs)


def text_index(relay: Relay) -> TextIndex:
    """The relay's token counts, built once per relay and shared by every session."""
    return _text_index(relay, relay.fingerprint)


@st.cache_data(show_spinner=False, max_entries=256)
def _word_frequencies(_relay: Relay, fingerprint: str, group, theme, kind: Kind) -> pd.DataFrame:
    return frequencies(text_index(_relay), group, theme, kind)


def word_frequencies(
    relay: Relay, group: str | None = None, theme: str | None = None, kind: Kind = "all"
) -> pd.DataFrame:
    """Terms of a selection with count and per 1,000 words, most frequent first."""
    return _word_frequencies(relay, relay.fingerprint, group, theme, kind)


KWIC_WIDTH = 50  # characters of context on each side of a word's use, before a cut at words


@st.cache_data(show_spinner=False, max_entries=256)
def _keyword_in_context(_relay: Relay, fingerprint: str, term: str, kind: Kind) -> pd.DataFrame:
    return kwic(_relay.pairs, term, width=KWIC_WIDTH, kind=kind)


def keyword_in_context(relay: Relay, term: str, kind: Kind = "all") -> pd.DataFrame:
    """Every occurrence of the term's forms with its context: id, field, left, match, right."""
    return _keyword_in_context(relay, relay.fingerprint, term, kind)


@st.cache_data(show_spinner=False, max_entries=256)
def _word_total(_relay: Relay, fingerprint: str, group, theme, kind: Kind) -> int:
    index = text_index(_relay)
    return int(index.term_table({"n": index.selection(group, theme, kind)}).totals["n"])


def word_total(
    relay: Relay, group: str | None = None, theme: str | None = None, kind: Kind = "all"
) -> int:
    """All words of a selection, filler words included (the per-1,000 denominator)."""
    return _word_total(relay, relay.fingerprint, group, theme, kind)


@st.cache_data(show_spinner=False, max_entries=128)
def _compare_text(
    _relay: Relay, fingerprint: str, left: TextSelection, right: TextSelection
) -> Comparison:
    return compare_selections(text_index(_relay), left, right)


def compare_text(relay: Relay, left: TextSelection, right: TextSelection) -> Comparison:
    """Fightin' Words comparison of two selections (z > 0 leans left), with shared terms."""
    return _compare_text(relay, relay.fingerprint, left, right)


@st.cache_data(show_spinner=False, max_entries=64)
def _reflection_word_evidence(_relay: Relay, fingerprint: str, words: tuple[str, ...]):
    return word_evidence(_relay, text_index(_relay), words)


def reflection_word_evidence(relay: Relay, words: tuple[str, ...]) -> pd.DataFrame:
    """Per group and word: questions containing it, its count and count per 1,000 words."""
    return _reflection_word_evidence(relay, relay.fingerprint, words)


@st.cache_data(show_spinner=False, max_entries=64)
def _reflection_theme_evidence(_relay: Relay, fingerprint: str, theme: str) -> pd.DataFrame:
    return theme_evidence(_relay, theme)


def reflection_theme_evidence(relay: Relay, theme: str) -> pd.DataFrame:
    """Per group: questions on `theme`, of how many, and the share."""
    return _reflection_theme_evidence(relay, relay.fingerprint, theme)


@st.cache_data(show_spinner=False, max_entries=16)
def _group_leanings(_relay: Relay, fingerprint: str, kind: Kind) -> dict[str, str]:
    return category_leanings(text_index(_relay), "group", kind).to_dict()


def group_leanings(relay: Relay, kind: Kind) -> dict[str, str]:
    """Term → the group it leans to clearly (against the other groups); terms without a lean
    are left out."""
    return _group_leanings(relay, relay.fingerprint, kind)


@st.cache_data(show_spinner=False, max_entries=64)
def _word_cloud_png(
    _relay: Relay,
    fingerprint: str,
    group,
    theme,
    kind: Kind,
    top: int,
    colours: tuple[tuple[str, str], ...],
    legend_entries: Legend,
    size: tuple[int, int],
) -> bytes:
    table = with_colours(word_frequencies(_relay, group, theme, kind).head(top), dict(colours))
    return cloud_png(table, size[0], size[1], legend_entries)


def word_cloud_png(
    relay: Relay,
    group: str | None,
    theme: str | None,
    kind: Kind,
    top: int,
    colours: tuple[tuple[str, str], ...],
    legend_entries: Legend,
    size: tuple[int, int] = (800, 400),
) -> bytes:
    """PNG of the selection's `top` terms in their (term, colour) `colours` with a legend,
    drawn once per input (shown with `show_png`)."""
    return _word_cloud_png(
        relay, relay.fingerprint, group, theme, kind, top, colours, legend_entries, size
    )
