"""Exports of the slides and cards: PPTX deck, PDF handout, HTML snapshot, XLSX and CSV.

Plain Python (no Streamlit). Each exporter takes an optional `progress(fraction, message)`
callback; `export_bytes` picks one by format name, as the page's buttons and the command line
do. An exporter's libraries (python-pptx, fpdf2, openpyxl, vl-convert) are imported when a
file of its format is made, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.export.formats import FORMATS, ExportFormat, file_stem

if TYPE_CHECKING:
    import pandas as pd

    from dashboard.export.progress import Progress
    from dashboard.i18n import Language
    from dashboard.slides import Agenda, Slide

__all__ = ["FORMATS", "ExportFormat", "export_bytes", "file_stem"]


def export_bytes(
    file_format: str,
    slides: list[Slide],
    cards: pd.DataFrame,
    lang: Language = "da",
    progress: Progress | None = None,
    agenda: Agenda | None = None,
) -> bytes:
    """The file of `file_format` ("pptx", "pdf", "html", "xlsx" or "csv") as bytes.

    Slide formats draw `slides`; table formats write `cards`. A meeting's file (`agenda`) has
    its title, and the tables its date, order and notes too (the slides carry theirs). Raises
    KeyError for another name.
    """
    format_name = FORMATS[file_format].name
    title = agenda.title if agenda is not None else None
    if format_name == "pptx":
        from dashboard.export.deck import deck_pptx

        return deck_pptx(slides, lang, progress, title)
    if format_name == "pdf":
        from dashboard.export.handout import handout_pdf

        return handout_pdf(slides, lang, progress, title)
    if format_name == "html":
        from dashboard.export.snapshot import snapshot_html

        return snapshot_html(slides, lang, progress, title).encode("utf-8")
    from dashboard.export.tables import cards_csv, cards_xlsx

    if format_name == "xlsx":
        return cards_xlsx(cards, lang, progress, agenda)
    return cards_csv(cards, lang, progress, agenda)
