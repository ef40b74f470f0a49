"""The cards as spreadsheets: CSV (UTF-8 with BOM, so Excel shows æ, ø and å) and XLSX.

Columns are those of the data format (`id, group, theme, question, answer, source`), text as
stored, the report's `**bold**` included. A meeting's cards come in its order, each row also
naming the meeting, its date, the card's place and its notes. Only here is a cell that a
spreadsheet would run as a formula neutralised, by a leading `'`; the stored data is never
changed.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from dashboard.export.progress import Progress, reporter
from dashboard.i18n import Language, text
from dashboard.relay import COLUMNS

if TYPE_CHECKING:
    from dashboard.slides import Agenda

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
BOM = "\ufeff"
_WIDTHS = {
    "meeting": 30,
    "meeting_date": 18,
    "position": 9,
    "id": 24,
    "group": 28,
    "theme": 22,
    "question": 80,
    "answer": 80,
    "source": 34,
    "notes": 60,
}
MEETING_COLUMNS = ("meeting", "meeting_date", "position")


def neutralise_formula(value: object) -> object:
    """`value` with a `'` in front if it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _storable(value: object) -> object:
    """Text without the control characters XLSX cannot hold (tab and line breaks stay)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def export_frame(
    cards: pd.DataFrame, *, for_xlsx: bool = False, agenda: Agenda | None = None
) -> pd.DataFrame:
    """A copy of the cards' data columns (with a meeting's columns), every cell neutralised;
    `cards` is left as it is."""
    frame = cards[[c for c in COLUMNS if c in cards.columns]]
    if agenda is not None:
        frame = frame.assign(notes=["\n".join(agenda.notes_on(card)) for card in frame["id"]])
        meeting = {
            "meeting": str(agenda.title),
            "meeting_date": agenda.date_text,
            "position": range(1, len(frame) + 1),
        }
        frame = pd.concat([pd.DataFrame(meeting, index=frame.index), frame], axis=1)
    if for_xlsx:  # before neutralising, so a formula behind a control character is caught
        frame = frame.map(_storable)
    return frame.map(neutralise_formula)


def cards_csv(
    cards: pd.DataFrame,
    lang: Language = "da",
    progress: Progress | None = None,
    agenda: Agenda | None = None,
) -> bytes:
    """The cards as CSV bytes: UTF-8 with a byte order mark, comma-separated, CRLF lines."""
    report = reporter(progress)
    report(0.0, text("export.progress.table", lang))
    content = export_frame(cards, agenda=agenda).to_csv(index=False, lineterminator="\r\n")
    report(1.0, text("export.progress.done", lang))
    return (BOM + content).encode("utf-8")


def cards_xlsx(
    cards: pd.DataFrame,
    lang: Language = "da",
    progress: Progress | None = None,
    agenda: Agenda | None = None,
) -> bytes:
    """The cards as an XLSX workbook: one sheet, a bold frozen header, wrapped long text."""
    report = reporter(progress)
    report(0.0, text("export.progress.table", lang))
    frame = export_frame(cards, for_xlsx=True, agenda=agenda)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = text("cards.title", lang)[:31]
    sheet.append(list(frame.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    total = max(len(frame), 1)
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
        report(number / total * 0.9, text("export.progress.table", lang))
    for number, column in enumerate(frame.columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _WIDTHS.get(column, 20)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    report(1.0, text("export.progress.done", lang))
    return buffer.getvalue()
