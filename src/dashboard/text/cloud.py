"""Word clouds of term frequencies, with the same numbers as a table for accessibility.

Drawn by `wordcloud` with its bundled font (DroidSansMono, which has æ, ø and å), only
horizontal words, a fixed random state and colours chosen from the word itself, so the same
frequencies always give the same picture, byte for byte.
"""

from __future__ import annotations

import io
import zlib

import pandas as pd
from wordcloud import WordCloud

from dashboard.palette import TEXT_COLOURS
from dashboard.text.index import SelectionError

DEFAULT_WIDTH, DEFAULT_HEIGHT = 800, 400
MAX_WORDS = 100
RANDOM_STATE = 2018  # any fixed number: it fixes the layout


def word_colour(word: str, *_args: object, **_kwargs: object) -> str:
    """A palette colour picked from the word's CRC-32, the same in every run and process."""
    return TEXT_COLOURS[zlib.crc32(word.encode("utf-8")) % len(TEXT_COLOURS)]


def cloud_table(frequencies: pd.DataFrame, max_words: int = MAX_WORDS) -> pd.DataFrame:
    """The rows a cloud is drawn from (term, count, per_1000): the text alternative to it."""
    return frequencies.head(max_words).reset_index(drop=True)


def layout_cloud(
    frequencies: pd.DataFrame,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    max_words: int = MAX_WORDS,
) -> WordCloud:
    """Lay out a cloud of `frequencies` (term/count rows); word size follows the count."""
    if width <= 0 or height <= 0:
        raise SelectionError("bredde og højde skal være positive tal")
    rows = cloud_table(frequencies, max_words)
    if rows.empty:
        raise SelectionError("ingen ord at tegne i det valgte udsnit")
    cloud = WordCloud(
        width=width,
        height=height,
        background_color="white",
        color_func=word_colour,
        collocations=False,
        prefer_horizontal=1.0,
        max_words=max_words,
        random_state=RANDOM_STATE,
    )
    return cloud.generate_from_frequencies(dict(zip(rows["term"], rows["count"], strict=True)))


def cloud_png(
    frequencies: pd.DataFrame, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT
) -> bytes:
    """The cloud as PNG bytes, for the screen and for slides."""
    buffer = io.BytesIO()
    layout_cloud(frequencies, width, height).to_image().save(buffer, format="PNG")
    return buffer.getvalue()


def cloud_svg(
    frequencies: pd.DataFrame, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT
) -> str:
    """The cloud as SVG text (words as text, font named, not embedded), for export."""
    return layout_cloud(frequencies, width, height).to_svg()
