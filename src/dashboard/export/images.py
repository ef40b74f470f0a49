"""Every image an export needs, each drawn by one function: charts with vl-convert (offline),
word clouds with `dashboard.text`.

Results are kept per input (the chart's Vega-Lite JSON, the cloud's words and size), so a page
that offers several downloads of one figure draws it once; nothing else is kept.
"""

from __future__ import annotations

import json
from functools import lru_cache

import altair as alt
import pandas as pd
import vl_convert

from dashboard.slides import ChartFigure, CloudFigure, Figure
from dashboard.text import cloud_png, cloud_svg
from dashboard.text.cloud import Legend

PNG_SCALE = 2.0  # charts at twice their CSS size: sharp on slides and paper
_CACHED = 16

Words = tuple[tuple[str, int, str], ...]  # term, count, colour


@lru_cache(maxsize=_CACHED)
def _vega_lite_png(spec: str, scale: float) -> bytes:
    return vl_convert.vegalite_to_png(json.loads(spec), scale=scale)


@lru_cache(maxsize=_CACHED)
def _vega_lite_svg(spec: str) -> str:
    return vl_convert.vegalite_to_svg(json.loads(spec))


def _spec(chart: alt.TopLevelMixin) -> str:
    return json.dumps(chart.to_dict(), sort_keys=True, ensure_ascii=False)


def chart_png(chart: alt.TopLevelMixin, scale: float = PNG_SCALE) -> bytes:
    """The chart as PNG bytes."""
    return _vega_lite_png(_spec(chart), scale)


def chart_svg(chart: alt.TopLevelMixin) -> str:
    """The chart as SVG text (text as text, fonts named, not embedded)."""
    return _vega_lite_svg(_spec(chart))


def _words(frequencies: pd.DataFrame) -> Words:
    return tuple(
        zip(
            frequencies["term"],
            (int(c) for c in frequencies["count"]),
            frequencies["colour"],
            strict=True,
        )
    )


def _frame(words: Words) -> pd.DataFrame:
    return pd.DataFrame(list(words), columns=["term", "count", "colour"])


@lru_cache(maxsize=_CACHED)
def _cloud_png(words: Words, legend: Legend, width: int, height: int) -> bytes:
    return cloud_png(_frame(words), width, height, legend)


@lru_cache(maxsize=_CACHED)
def _cloud_svg(words: Words, legend: Legend, width: int, height: int) -> str:
    return cloud_svg(_frame(words), width, height, legend)


def figure_png(figure: Figure, scale: float = PNG_SCALE) -> bytes:
    """A slide's chart (at `scale` times its CSS size) or word cloud (at its own size) as PNG
    bytes."""
    if isinstance(figure, ChartFigure):
        return chart_png(figure.chart, scale)
    return _cloud_png(_words(figure.frequencies), figure.legend, figure.width, figure.height)


def figure_svg(figure: Figure) -> str:
    """A slide's chart or word cloud as SVG text."""
    if isinstance(figure, CloudFigure):
        return _cloud_svg(_words(figure.frequencies), figure.legend, figure.width, figure.height)
    return chart_svg(figure.chart)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, read from the PNG header."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
