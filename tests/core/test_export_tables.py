"""CSV and XLSX of the cards: BOM, Danish letters, and formulas neutralised in exports only."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from dashboard.export.tables import cards_csv, cards_xlsx, export_frame, neutralise_formula
from dashboard.relay import COLUMNS, read_relay_files

FORMULA = '=HYPERLINK("http://example.com","klik")'


@pytest.fixture
def cards():
    pairs = read_relay_files().require().pairs.head(4).copy()
    pairs.loc[0, "question"] = FORMULA
    pairs.loc[1, "answer"] = "+45 12 34"
    pairs.loc[2, "answer"] = "@SUM(A1)"
    pairs.loc[3, "answer"] = "\x01=1+1"  # a control character XLSX drops, then a formula
    return pairs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\nx", "'\nx"),
        ("ærø = ø", "ærø = ø"),
        ("", ""),
        (3, 3),
    ],
)
def test_neutralise_formula(value, expected):
    assert neutralise_formula(value) == expected


def test_csv_starts_with_the_bom_and_reads_back_danish(cards):
    data = cards_csv(cards)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["question"] == "'" + FORMULA
    assert rows[1]["question"] == cards.loc[1, "question"]
    assert "æ" in data.decode("utf-8-sig") and "ø" in data.decode("utf-8-sig")
    assert rows[1]["source"] == "Topledere – krydspres"
    assert "**" in rows[1]["question"] or "**" in rows[1]["answer"]  # kept as stored


def test_xlsx_has_no_formula_cell_and_the_data_is_unchanged(cards):
    before = cards.copy()
    workbook = load_workbook(io.BytesIO(cards_xlsx(cards)))
    sheet = workbook.active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    values = [cell.value for cell in cells]
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert "'" + FORMULA in values and "'+45 12 34" in values and "'=1+1" in values
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.title == "Spørgsmål og svar"
    assert cards.equals(before)
    assert cards.loc[0, "question"] == FORMULA


def test_export_frame_keeps_only_data_columns(cards):
    extra = cards.assign(spans=1)
    assert list(export_frame(extra).columns) == list(COLUMNS)


def test_progress_is_reported(cards):
    calls = []
    cards_xlsx(cards, "en", lambda fraction, message: calls.append((fraction, message)))
    assert calls[0][0] == 0.0 and calls[-1] == (1.0, "Done")
    assert [f for f, _ in calls] == sorted(f for f, _ in calls)
