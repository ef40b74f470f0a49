"""Download buttons where a thing is shown. Files are made when clicked, not on every rerun,
and the libraries that make them (vl-convert, wordcloud, python-pptx …) are loaded then too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from dashboard.export import FORMATS, export_bytes
from dashboard.i18n import Language, text
from dashboard.slug import slug
from dashboard.ui import state

if TYPE_CHECKING:
    import altair as alt

    from dashboard.slides import Agenda, Slide
    from dashboard.text.cloud import Legend


def image_downloads(
    png: Callable[[], bytes], svg: Callable[[], str], name: str, identity: str, lang: Language
) -> None:
    """PNG and SVG buttons; the files are made by `png()` and `svg()` only when clicked.

    `name` names the files; `identity` (what is drawn, in raw words) keeps the buttons apart.
    """
    formats = (
        ("png", "download.png", png, "image/png", ":material/image:"),
        ("svg", "download.svg", svg, "image/svg+xml", ":material/draw:"),
    )
    row = st.container(horizontal=True)  # buttons as wide as their labels, side by side
    for suffix, label, make, mime, icon in formats:
        row.download_button(
            text(label, lang),
            make,
            file_name=f"{name}.{suffix}",
            mime=mime,
            on_click="ignore",
            icon=icon,
            help=text("download.chart_help", lang),
            key=f"{suffix}-{identity}",
        )


def chart_downloads(
    build: Callable[[], alt.TopLevelMixin], name: str, identity: str, lang: Language
) -> None:
    """PNG and SVG of the chart `build()` returns."""

    def png() -> bytes:
        from dashboard.export.images import chart_png

        return chart_png(build())

    def svg() -> str:
        from dashboard.export.images import chart_svg

        return chart_svg(build())

    image_downloads(png, svg, name, identity, lang)


def cloud_downloads(
    frequencies: Callable[[], pd.DataFrame],
    legend_entries: Legend,
    name: str,
    identity: str,
    lang: Language,
) -> None:
    """PNG and SVG of the word cloud of `frequencies()` (its `colour` column) with its legend."""

    def png() -> bytes:
        from dashboard.text.cloud import cloud_png

        return cloud_png(frequencies(), legend_entries=legend_entries)

    def svg() -> str:
        from dashboard.text.cloud import cloud_svg

        return cloud_svg(frequencies(), legend_entries=legend_entries)

    image_downloads(png, svg, name, identity, lang)


def cards_downloads(cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None) -> None:
    """The cards as CSV (UTF-8 with BOM, for Excel) and XLSX; formulas neutralised. A
    meeting's (`agenda`) name it and carry its date, order and notes."""
    row = st.container(horizontal=True)
    stem = _file_stem(agenda, "kort")
    for name, label in (("csv", "download.cards_csv"), ("xlsx", "download.cards_xlsx")):
        row.download_button(
            text(label, lang),
            lambda name=name: export_bytes(name, [], cards, lang, agenda=agenda),
            file_name=f"{stem}.{name}",
            mime=FORMATS[name].mime,
            on_click="ignore",
            icon=":material/download:",
            key=f"{name}-{stem}",
        )


def _file_stem(agenda: Agenda | None, default: str) -> str:
    """A file name for a meeting's export (from its title), else `default`."""
    return (slug(agenda.title)[:80].strip("-") or default) if agenda is not None else default


def presentation_downloads(
    slides: list[Slide],
    cards: pd.DataFrame,
    fingerprint: str,
    lang: Language,
    agenda: Agenda | None = None,
) -> None:
    """PPTX, PDF and HTML of the slides: made on request with a progress bar, then saved; a
    meeting's cards as CSV and XLSX too."""
    # The last file made of each format, kept with what it was made from.
    made = state.made_exports()
    stem = _file_stem(agenda, "ledelsesstafet")
    for column, name in zip(st.columns(3), ("pptx", "pdf", "html"), strict=True):
        with column:
            key = (fingerprint, tuple(cards["id"]), lang, agenda)
            label = name.upper()
            current = name in made and made[name][0] == key
            if not current and st.button(
                text("present.make", lang, format=label),
                key=f"make-{name}",
                icon=":material/build:",
            ):
                bar = st.progress(0.0)

                def progress(fraction: float, message: str, bar=bar) -> None:
                    bar.progress(min(max(fraction, 0.0), 1.0), text=message)

                made[name] = (key, export_bytes(name, slides, cards, lang, progress, agenda))
                bar.empty()
                current = True
            if current:
                st.download_button(
                    text("present.save", lang, format=label),
                    made[name][1],
                    file_name=f"{stem}.{FORMATS[name].suffix}",
                    mime=FORMATS[name].mime,
                    on_click="ignore",
                    type="primary",
                    icon=":material/download:",
                    key=f"save-{name}",
                )
    if agenda is not None:
        cards_downloads(cards, lang, agenda)
