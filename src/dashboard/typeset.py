"""Setting text in boxes: how wide words are, how a text wraps, the largest type that fits a
box, and where a text too long for one box is split (plain Python, no Streamlit).

Slides are laid out in design pixels of a 1920 × 1080 slide, for the screen and the PPTX
alike; a browser cannot tell Python how it wraps, so the widths come from the app's font file,
Source Sans Pro Semibold (at least as wide as the regular weight most text is drawn in), with
a margin: a little for the screen (`screen_metrics`), more for a PPTX (`document_metrics`),
which may be shown in a viewer's stand-in for a missing Source Sans Pro (measured too).

A text may hold the report's `**bold**` and `*italic*` marks; a member's text (`Verbatim`) is
one plain run, never read for marks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

from dashboard.markup import emphasis_pieces

LINE_HEIGHT = 1.3  # of the type size, for every text on a slide (CSS and PPTX alike)


class Verbatim(str):
    """Text as a member typed it (a meeting's title, a note): shown exactly so everywhere, never
    read for the report's emphasis."""

    __slots__ = ()


@dataclass(frozen=True)
class Run:
    """A piece of text and whether the report emphasised it."""

    text: str
    bold: bool = False
    italic: bool = False


def runs(source_text: str) -> list[Run]:
    """`source_text` split at the report's `**bold**` and `*italic*` marks, the marks removed;
    `Verbatim` text as one plain run."""
    if isinstance(source_text, Verbatim):
        return [Run(str(source_text))] if source_text else []
    return [
        Run(source_text[start:end], bold=marker == "**", italic=marker == "*")
        for marker, start, end in emphasis_pieces(source_text)
        if end > start
    ]


def plain(source_text: str) -> str:
    """`source_text` without the emphasis marks, e.g. for speaker notes."""
    return "".join(run.text for run in runs(source_text))


@dataclass(frozen=True)
class Metrics:
    """How wide text is set: a font file per weight and a safety margin on every width, and
    another typeface the text may be shown in instead (`also`): then every width is the larger
    of the two."""

    regular: str
    bold: str
    margin: float = 1.0  # every width of regular text times this
    bold_margin: float = 1.0  # every width of bold text times this
    also: Metrics | None = None

    def width(self, word: str, size: float, bold: bool = False) -> float:
        """`word`'s advance width at `size` px."""
        font, margin = (self.bold, self.bold_margin) if bold else (self.regular, self.margin)
        own = _advance(font, word) * size / 100 * margin
        return own if self.also is None else max(own, self.also.width(word, size, bold))


@lru_cache(maxsize=50_000)
def _advance(font_file: str, word: str) -> float:
    return _font(font_file).getlength(word)


@cache
def _font(font_file: str):
    from PIL import ImageFont

    return ImageFont.truetype(font_file, 100)


def _screen_font() -> str:
    return str(files("dashboard").joinpath("assets/fonts/SourceSansPro-Semibold.ttf"))


@cache
def screen_metrics() -> Metrics:
    """Widths as a browser sets the app's Source Sans: the semibold font for every weight (the
    regular is 4 % narrower), 4 % more for rounding and 8 % for bold."""
    font = _screen_font()
    return Metrics(font, font, margin=1.04, bold_margin=1.08)


_DEJAVU_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
    "BI": "DejaVuSans-BoldOblique.ttf",
}


@cache
def font_files() -> dict[str, Path]:
    """Style ("", "B", "I", "BI") → DejaVu Sans TTF file shipped with matplotlib, found
    without importing it (half a second)."""
    folder = Path(find_spec("matplotlib").origin).parent / "mpl-data" / "fonts" / "ttf"
    return {style: folder / name for style, name in _DEJAVU_FILES.items()}


@cache
def dejavu_metrics() -> Metrics:
    """Widths as DejaVu Sans sets text: the PDF handout's typeface, and LibreOffice's stand-in
    for a font it does not have."""
    dejavu = font_files()
    return Metrics(str(dejavu[""]), str(dejavu["B"]))


@cache
def document_metrics() -> Metrics:
    """Widths as wide as the fonts a PPTX may be shown in: Source Sans Pro where installed,
    else the viewer's stand-in – PowerPoint's Calibri is narrower, its Arial up to 4 % wider
    than the semibold measure (12 % in bold), and LibreOffice's DejaVu Sans wider still (about
    6 %, in bold 12 % more than that): the widest of them."""
    font = _screen_font()
    return Metrics(font, font, margin=1.08, bold_margin=1.16, also=dejavu_metrics())


# --- Wrapping -----------------------------------------------------------------------------------

_SPACE = re.compile(r"[ \t]+")


def _words(source_text: str, strong: bool = False) -> list[list[tuple[str, bool]]]:
    """The text's paragraphs (at line breaks), each a list of (word, bold) pieces; a word is what
    lies between spaces, bold if any piece of it is (or the whole text is `strong`)."""
    paragraphs: list[list[tuple[str, bool]]] = [[]]
    pending: list[Run] = []

    def close_word() -> None:
        if pending:
            word = "".join(run.text for run in pending)
            paragraphs[-1].append((word, strong or any(run.bold for run in pending)))
            pending.clear()

    for run in runs(source_text):
        for number, line in enumerate(run.text.split("\n")):
            if number:
                close_word()
                paragraphs.append([])
            pieces = _SPACE.split(line)
            for index, piece in enumerate(pieces):
                if index:
                    close_word()
                if piece:
                    pending.append(Run(piece, run.bold, run.italic))
    close_word()
    return paragraphs


def line_count(
    source_text: str, size: float, width: float, metrics: Metrics, strong: bool = False
) -> int:
    """How many lines `source_text` takes at `size` px in a box `width` px wide, in bold if
    `strong` (greedy wrapping at spaces, as browsers and PowerPoint do; a word wider than the
    box is broken anywhere)."""
    space = metrics.width(" ", size, strong)
    total = 0
    for paragraph in _words(source_text, strong):
        lines, used = 1, 0.0
        for word, bold in paragraph:
            advance = metrics.width(word, size, bold)
            if advance > width:  # broken over as many lines as it needs
                if used:
                    lines += 1
                extra = math.ceil(advance / width)
                lines += extra - 1
                used = advance - (extra - 1) * width
                continue
            needed = advance if not used else used + space + advance
            if needed <= width:
                used = needed
            else:
                lines += 1
                used = advance
        total += lines
    return total


def longest_word(source_text: str, size: float, metrics: Metrics, strong: bool = False) -> float:
    """The width of the text's widest word at `size` px (a table column's least width)."""
    widths = [metrics.width(w, size, b) for p in _words(source_text, strong) for w, b in p]
    return max(widths, default=0.0)


def single_line_width(
    source_text: str, size: float, metrics: Metrics, strong: bool = False
) -> float:
    """The width of the text set on one line."""
    space = metrics.width(" ", size, strong)
    widest = 0.0
    for paragraph in _words(source_text, strong):
        widths = [metrics.width(w, size, b) for w, b in paragraph]
        widest = max(widest, sum(widths) + space * max(len(widths) - 1, 0))
    return widest


# --- Fitting ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A text in a column of text: set at `scale` times the column's size (or at `fixed` px),
    with `space_after` px below it; `strong` when set in a heavier weight than the regular."""

    text: str
    scale: float = 1.0
    fixed: float | None = None
    space_after: float = 0.0
    strong: bool = False

    def size(self, size: float) -> float:
        return self.fixed if self.fixed is not None else size * self.scale


def text_height(
    source_text: str, size: float, width: float, metrics: Metrics, strong: bool = False
) -> float:
    """The height of `source_text` set at `size` px in a box `width` px wide."""
    if not source_text:
        return 0.0
    return line_count(source_text, size, width, metrics, strong) * size * LINE_HEIGHT


def column_height(blocks: Sequence[Block], size: float, width: float, metrics: Metrics) -> float:
    """The height of `blocks` set one under the other at `size` px, `width` px wide."""
    return sum(
        text_height(block.text, block.size(size), width, metrics, block.strong) + block.space_after
        for block in blocks
    )


def largest_fitting(
    blocks: Sequence[Block],
    width: float,
    height: float,
    sizes: Sequence[float],
    metrics: Metrics,
) -> float | None:
    """The largest of `sizes` (largest first) at which `blocks` fit `width` × `height`; None
    when even the smallest is too large."""
    for size in sizes:
        if column_height(blocks, size, width, metrics) <= height:
            return size
    return None


# --- Splitting ----------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?:;…])\s+")
_WHITESPACE = re.compile(r"\s+")


def _emphasis_at(source_text: str, position: int) -> str:
    """The emphasis marker of the run `position` falls inside ('' outside any)."""
    for marker, start, end in emphasis_pieces(source_text):
        if start <= position < end:
            return marker
    return ""


def split_at(source_text: str, position: int) -> tuple[str, str]:
    """`source_text` cut at the whitespace starting at `position`: the two parts, each with its
    emphasis closed or opened again where the cut falls inside a marked run."""
    rest = position + len(source_text[position:]) - len(source_text[position:].lstrip())
    head, tail = source_text[:position].rstrip(), source_text[rest:]
    if isinstance(source_text, Verbatim):
        return Verbatim(head), Verbatim(tail)
    marker = _emphasis_at(source_text, position)
    if marker:
        head, tail = f"{head}{marker}", f"{marker}{tail}"
    return head, tail


def longest_fitting_head(source_text: str, fits: Callable[[str], bool]) -> int | None:
    """Where to cut `source_text` so that its head is as long as `fits` allows: at the end of a
    sentence if one fits, else between words. None if not even one word fits."""
    for pattern in (_SENTENCE_END, _WHITESPACE):
        cuts = [match.start() for match in pattern.finditer(source_text) if match.start() > 0]
        best = None
        low, high = 0, len(cuts) - 1
        while low <= high:  # the head only grows with the cut: search for the last that fits
            middle = (low + high) // 2
            if fits(split_at(source_text, cuts[middle])[0]):
                best, low = cuts[middle], middle + 1
            else:
                high = middle - 1
        if best is not None:
            return best
    return None
