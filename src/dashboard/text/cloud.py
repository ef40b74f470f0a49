"""Word clouds of term frequencies, with the same numbers as a table for accessibility.

Drawn by `wordcloud` in the app's typeface (Source Sans Pro Semibold, shipped in
dashboard/assets/fonts with its SIL Open Font License), only horizontal words and a fixed
random state, so the same input always gives the same picture, byte for byte.

A word's colour says which group or side it leans to clearly (a `colour` column in the
frequencies, see `leaning_colours`); words without a clear lean are grey. A legend of what each
colour means is drawn under the words, so the picture explains itself on a slide or in a file.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from importlib.resources import files
from typing import NamedTuple
from xml.sax.saxutils import escape

import pandas as pd
from PIL import Image, ImageDraw, ImageFont

from dashboard.palette import BACKGROUND, LEAN_COLOURS, NEUTRAL_COLOUR, TEXT
from dashboard.text.errors import SelectionError

DEFAULT_WIDTH, DEFAULT_HEIGHT = 800, 400
# Sizes a cloud may have: smaller has no room for words and legend; larger would make
# wordcloud allocate hundreds of megabytes (60000 × 60000 asked for 13 GiB).
MIN_WIDTH, MIN_HEIGHT = 200, 120
MAX_SIDE = 4000
MAX_WORDS = 100
# px: smaller words could not be read where a page shows an 800 px cloud at half its width;
# they stay in the table beside the cloud.
MIN_FONT_SIZE = 18
SMALLEST_FONT_SIZE = 4  # wordcloud's own minimum, for clouds too small for MIN_FONT_SIZE
RANDOM_STATE = 2018  # any fixed number: it fixes the layout
FONT_FILE = "assets/fonts/SourceSansPro-Semibold.ttf"

# (colour, what it means), in the order the legend lists them.
Legend = tuple[tuple[str, str], ...]


def leaning_colours(leanings: Mapping[str, str], names: Sequence[str]) -> dict[str, str]:
    """Term → colour: the colour of the name (group or side) it leans to, in the order of
    `names` (LEAN_COLOURS, repeated if there are more names); terms without a lean are left
    out and drawn NEUTRAL_COLOUR."""
    colours = name_colours(names)
    return {term: colours[name] for term, name in leanings.items() if name in colours}


def name_colours(names: Sequence[str]) -> dict[str, str]:
    """The colour of each group or side, in order: the same in every cloud and legend."""
    return {name: LEAN_COLOURS[i % len(LEAN_COLOURS)] for i, name in enumerate(names)}


def legend(
    labels: Mapping[str, str],
    names: Sequence[str],
    neutral: str,
    drawn: Collection[str] | None = None,
) -> Legend:
    """The legend of clouds coloured by `leaning_colours(…, names)`: each name's colour with its
    label (`labels[name]`), then the neutral grey with `neutral` – only the colours in `drawn`
    where that is given, so a cloud's legend never explains a colour the cloud does not use."""
    colours = name_colours(names)
    entries = (*((colours[name], labels[name]) for name in names), (NEUTRAL_COLOUR, neutral))
    return tuple(entry for entry in entries if drawn is None or entry[0] in drawn)


def with_colours(frequencies: pd.DataFrame, colours: Mapping[str, str]) -> pd.DataFrame:
    """`frequencies` with a `colour` column: each term's colour, NEUTRAL_COLOUR if it has none."""
    return frequencies.assign(colour=[colours.get(t, NEUTRAL_COLOUR) for t in frequencies["term"]])


def cloud_table(frequencies: pd.DataFrame, max_words: int = MAX_WORDS) -> pd.DataFrame:
    """The rows a cloud is drawn from (term, count, per_1000 …): the text alternative to it."""
    return frequencies.head(max_words).reset_index(drop=True)


def _check_size(width: int, height: int) -> None:
    if not (MIN_WIDTH <= width <= MAX_SIDE and MIN_HEIGHT <= height <= MAX_SIDE):
        raise SelectionError(
            "words.error.cloud_size",
            width=width,
            height=height,
            min_width=MIN_WIDTH,
            min_height=MIN_HEIGHT,
            max_side=MAX_SIDE,
        )


def font_path() -> str:
    """The TTF file clouds are drawn in."""
    return str(files("dashboard").joinpath(FONT_FILE))


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


class _LegendEntry(NamedTuple):
    """Where one legend entry goes: its colour square, its label's top left and the size."""

    colour: str
    label: str
    square: tuple[int, int, int, int]
    text_at: tuple[int, int]
    font_size: int


def _legend_layout(entries: Legend, width: int, height: int) -> tuple[int, list[_LegendEntry]]:
    """The legend's height and its entries placed in lines at the bottom of the picture: in
    type as large as the cloud's smaller words (25 px on an 800 × 400 cloud, which pages show
    at half size), smaller where that would take more than a third of the picture."""
    if not entries:
        return 0, []
    largest = max(12, min(32, height // 16))
    for size in range(largest, 7, -1):  # 8 px is the last resort
        rows = _legend_rows(entries, width, size)
        legend_height = len(rows) * int(size * 1.5) + size // 2
        if legend_height <= height // 3:
            break
    placed = [
        _LegendEntry(
            colour, label, (x, y + 2, x + size - 2, y + size), (x + size + size // 3, y), size
        )
        for number, row in enumerate(rows)
        for colour, label, x in row
        for y in [height - legend_height + number * int(size * 1.5) + size // 4]
    ]
    return legend_height, placed


def _legend_rows(entries: Legend, width: int, size: int) -> list[list[tuple[str, str, int]]]:
    """The entries wrapped into lines that fit `width`, each with its left edge."""
    font = _font(size)
    rows: list[list[tuple[str, str, int]]] = [[]]
    x = size
    for colour, label in entries:
        needed = size + size // 3 + int(font.getlength(label))
        if rows[-1] and x + needed > width - size:
            rows.append([])
            x = size
        rows[-1].append((colour, label, x))
        x += needed + size
    return rows


def layout_cloud(
    frequencies: pd.DataFrame,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    max_words: int = MAX_WORDS,
):
    """Lay out a cloud of `frequencies` (term/count rows, an optional `colour` column) in
    `width` × `height`; word size follows the count. Returns the `wordcloud.WordCloud`."""
    _check_size(width, height)
    return _layout_words(frequencies, width, height, max_words)


def _layout_words(frequencies: pd.DataFrame, width: int, height: int, max_words: int = MAX_WORDS):
    from wordcloud import WordCloud  # imported here: it is slow to import and only draws

    rows = cloud_table(frequencies, max_words)
    if rows.empty:
        raise SelectionError("words.error.nothing_to_draw")
    colours = dict(zip(rows["term"], rows["colour"], strict=True)) if "colour" in rows else {}

    def colour_of(word: str, *_args: object, **_kwargs: object) -> str:
        return colours.get(word, NEUTRAL_COLOUR)

    counts = dict(zip(rows["term"], rows["count"], strict=True))
    # A small cloud may have no room for even its largest word at a readable size: then its
    # words are drawn as small as they must be rather than not at all.
    for min_font_size in (MIN_FONT_SIZE, SMALLEST_FONT_SIZE):
        cloud = WordCloud(
            font_path=font_path(),
            width=width,
            height=height,
            background_color=BACKGROUND,
            color_func=colour_of,
            collocations=False,
            prefer_horizontal=1.0,
            max_words=max_words,
            min_font_size=min_font_size,
            random_state=RANDOM_STATE,
        )
        try:
            return cloud.generate_from_frequencies(counts)
        except ValueError:  # "Couldn't find space to draw"
            continue
    raise SelectionError("words.error.nothing_to_draw")


def cloud_png(
    frequencies: pd.DataFrame,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    legend_entries: Legend = (),
) -> bytes:
    """The cloud as a `width` × `height` PNG, its legend (if any) under the words."""
    _check_size(width, height)
    legend_height, placed = _legend_layout(legend_entries, width, height)
    words = _layout_words(frequencies, width, height - legend_height).to_image()
    picture = Image.new("RGB", (width, height), BACKGROUND)
    picture.paste(words, (0, 0))
    draw = ImageDraw.Draw(picture)
    for entry in placed:
        draw.rectangle(entry.square, fill=entry.colour)
        draw.text(entry.text_at, entry.label, fill=TEXT, font=_font(entry.font_size))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def cloud_svg(
    frequencies: pd.DataFrame,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    legend_entries: Legend = (),
) -> str:
    """The cloud as SVG text (words as text, the font named, not embedded), legend under it."""
    _check_size(width, height)
    legend_height, placed = _legend_layout(legend_entries, width, height)
    words = _layout_words(frequencies, width, height - legend_height).to_svg()
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">',
        f'<rect width="100%" height="100%" style="fill:{BACKGROUND}"/>',
        words,
    ]
    for entry in placed:
        left, top, right, bottom = entry.square
        x, y = entry.text_at
        parts.append(
            f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" '
            f'style="fill:{entry.colour}"/>'
            f'<text x="{x}" y="{y + entry.font_size - 2}" style="font-size:{entry.font_size}px;'
            f'fill:{TEXT}">{escape(entry.label)}</text>'
        )
    # wordcloud names the family alone and calls a semibold font bold.
    parts.append(
        "<style>text{font-family:'Source Sans Pro','Source Sans 3',sans-serif;"
        "font-weight:600}</style></svg>"
    )
    return "".join(parts)
