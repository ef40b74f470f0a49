"""Download buttons where a thing is shown. Files are made when clicked, not on every rerun,
and the libraries that make them (vl-convert, wordcloud, python-pptx …) are loaded then too."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from dashboard.export import FORMATS, export_bytes, file_stem
from dashboard.i18n import Language, text
from dashboard.meetings import title_text
from dashboard.ui import state

if TYPE_CHECKING:
    import altair as alt

    from dashboard.slides import Agenda
    from dashboard.text.cloud import Legend
    from dashboard.ui.presentation import Deck


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


def cards_downloads(
    cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None, stem: str = "kort"
) -> None:
    """The cards as CSV (UTF-8 with BOM, for Excel) and XLSX; formulas neutralised. A
    meeting's (`agenda`) carry its date, order and notes; `stem` names the files."""
    row = st.container(horizontal=True)
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


@dataclass
class ExportProgress:
    """How far the file of one format has come: written by the thread that makes it, read by
    the page's progress bar while it polls."""

    asked: int = 0  # clicks on the format's button
    started: int = 0  # files begun
    made: int = 0  # files finished (or failed)
    fraction: float = 0.0
    message: str = ""
    failed: bool = False
    since: float = field(default_factory=time.monotonic)

    def report(self, fraction: float, message: str) -> None:
        self.fraction, self.message = min(max(fraction, 0.0), 1.0), message

    @property
    def busy(self) -> bool:
        """A click is waiting for its file (for at most `EXPORT_TIMEOUT` seconds)."""
        return self.made < self.asked and time.monotonic() - self.since < EXPORT_TIMEOUT


EXPORT_TIMEOUT = 120.0
# How long a click waits for its file to be begun before the page runs on: milliseconds as a
# rule, seconds on a busy machine.
START_WAIT = 15.0
SLIDE_FORMATS = ("pptx", "pdf", "html")  # the deck's files; a meeting's cards also as tables


def _asked(progress: ExportProgress) -> None:
    """Download-button callback: the file is being made on another thread; watch it.

    Streamlit forgets a download button's file function once the run this click starts has
    ended; so the run waits here until the function has begun (a few milliseconds: the browser
    asks for the file as it sends the click).
    """
    progress.asked += 1
    progress.fraction, progress.message, progress.failed = 0.0, "", False
    progress.since = time.monotonic()
    while progress.started < progress.asked and time.monotonic() - progress.since < START_WAIT:
        time.sleep(0.01)
    if progress.started < progress.asked:  # the click named a file an earlier run offered
        progress.asked = progress.started  # nothing to watch


def _maker(file_format: str, deck: Deck, lang: Language, progress: ExportProgress):
    """The function the download button calls for its file, reporting to `progress`."""

    def make() -> bytes:
        progress.started += 1
        try:
            return export_bytes(
                file_format, deck.slides, deck.cards, lang, progress.report, deck.agenda
            )
        except Exception:
            progress.failed = True
            raise
        finally:
            progress.made += 1

    return make


@st.fragment(run_every="0.5s")
def _progress_bars(lang: Language) -> None:
    """While a file is being made: its progress; then that it is done (or failed). It runs on
    its own, never the whole page, which would make the other buttons' files unknown."""
    for file_format, progress in state.export_progress().items():
        label = file_format.upper()
        if progress.busy:
            message = progress.message or text("present.making", lang, format=label)
            st.progress(progress.fraction, text=message)
        elif progress.failed:
            st.error(text("present.export_failed", lang, format=label))


def presentation_downloads(deck: Deck, lang: Language) -> None:
    """One button per format: a click makes the file (with a progress bar) and saves it, named
    after the meeting and its date; a meeting's cards also as CSV and XLSX."""
    meeting = deck.meeting
    stem = (
        file_stem(title_text(meeting.title, lang), meeting.date)
        if meeting is not None
        else file_stem(None, date.today())
    )
    trackers = state.export_progress()
    row = st.container(horizontal=True)
    for file_format in SLIDE_FORMATS:
        progress = trackers.setdefault(file_format, ExportProgress())
        row.download_button(
            text("present.download", lang, format=file_format.upper()),
            _maker(file_format, deck, lang, progress),
            file_name=f"{stem}.{FORMATS[file_format].suffix}",
            mime=FORMATS[file_format].mime,
            on_click=_asked,
            args=(progress,),
            icon=":material/download:",
            type="primary" if file_format == "pptx" else "secondary",
            key=f"download-{file_format}",
        )
    if any(progress.asked for progress in trackers.values()):
        _progress_bars(lang)  # from the first click until the page runs again
    if deck.agenda is not None:
        cards_downloads(deck.cards, lang, deck.agenda, stem)
