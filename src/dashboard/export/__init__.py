"""Exports of the slides and cards: PPTX deck, PDF handout, HTML snapshot, XLSX and CSV.

Plain Python (no Streamlit). Each exporter takes an optional `progress(fraction, message)`
callback; `export_bytes` picks one by format name, as the page's buttons and the CLI do.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.export.deck import deck_pptx
from dashboard.export.handout import handout_pdf
from dashboard.export.progress import Progress
from dashboard.export.snapshot import snapshot_html
from dashboard.export.tables import cards_csv, cards_xlsx, neutralise_formula
from dashboard.i18n import Language
from dashboard.slides import Slide

__all__ = [
    "FORMATS",
    "ExportFormat",
    "Progress",
    "cards_csv",
    "cards_xlsx",
    "deck_pptx",
    "export_bytes",
    "handout_pdf",
    "neutralise_formula",
    "snapshot_html",
]


@dataclass(frozen=True)
class ExportFormat:
    """A file format: its name, the file endings it takes (first: the usual) and MIME type."""

    name: str
    suffixes: tuple[str, ...]
    mime: str
    uses_slides: bool  # False: only the cards (a table)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "pptx",
            (".pptx",),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            True,
        ),
        ExportFormat("pdf", (".pdf",), "application/pdf", True),
        ExportFormat("html", (".html", ".htm"), "text/html", True),
        ExportFormat(
            "xlsx",
            (".xlsx",),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            False,
        ),
        ExportFormat("csv", (".csv",), "text/csv", False),
    )
}


def export_bytes(
    file_format: str,
    slides: list[Slide],
    cards: pd.DataFrame,
    lang: Language = "da",
    progress: Progress | None = None,
) -> bytes:
    """The file of `file_format` ("pptx", "pdf", "html", "xlsx" or "csv") as bytes.

    Slide formats draw `slides`; table formats write `cards`. Raises KeyError for another name.
    """
    format_name = FORMATS[file_format].name
    if format_name == "pptx":
        return deck_pptx(slides, lang, progress)
    if format_name == "pdf":
        return handout_pdf(slides, lang, progress)
    if format_name == "html":
        return snapshot_html(slides, lang, progress).encode("utf-8")
    if format_name == "xlsx":
        return cards_xlsx(cards, lang, progress)
    return cards_csv(cards, lang, progress)
