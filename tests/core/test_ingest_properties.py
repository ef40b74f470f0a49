"""Property-based tests of the file reader: any bytes give a table or problems, never an
exception; and any valid table written as CSV in any accepted dialect reads back unchanged."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.relay.ingest import inspect_table_file, read_table_file
from dashboard.relay.tables import clean_csv_bytes

FILE_NAMES = st.sampled_from(["stafet.csv", "stafet.xlsx", "stafet.txt", "STAFET.CSV"])


def _small_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["id", "group", "theme", "question", "answer"])
    sheet.append(["a", "Topledere", "krydspres", "Hvordan?", 12.0])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


XLSX = _small_xlsx()
CSV_PIECES = st.sampled_from(
    [
        *("id", "group", "Gruppe", "theme", "question", "answer", "source", "x", "æøå", " "),
        *(",", ";", "\t", "\n", "\r\n", '"', '""', "\x00", "\x81", "\ufeff"),
    ]
)


def _text_like() -> st.SearchStrategy[bytes]:
    """Bytes that look like a CSV, more or less broken, in some encoding."""
    return st.builds(
        lambda pieces, encoding: "".join(pieces).encode(encoding, errors="replace"),
        st.lists(CSV_PIECES, max_size=60),
        st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    )


def _damaged_xlsx() -> st.SearchStrategy[bytes]:
    """The workbook cut short, or with a few bytes changed."""
    cut = st.integers(0, len(XLSX)).map(lambda n: XLSX[:n])
    flipped = st.lists(st.tuples(st.integers(0, len(XLSX) - 1), st.integers(0, 255)), max_size=4)
    return cut | flipped.map(_flip)


def _flip(changes: list[tuple[int, int]]) -> bytes:
    data = bytearray(XLSX)
    for position, value in changes:
        data[position] = value
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILE_NAMES, st.binary(max_size=400) | _text_like() | _damaged_xlsx())
def test_any_bytes_give_a_table_or_problems(file_name, data):
    table, problems, source = read_table_file(file_name, data)
    if table is None:
        assert problems
        assert all(p.severity == "error" for p in problems)
        assert all(p.message("da") and p.message("en") for p in problems)
    else:
        assert problems == []
        assert source is not None
        assert all(str(dtype) in {"str", "object"} for dtype in table.dtypes)
        assert table.map(lambda cell: isinstance(cell, str)).all().all()
        # and the checks on the parsed table do not raise either
        _, checked, _ = inspect_table_file(file_name, data)
        assert all(p.message("en") for p in checked)


# Text a user types: Danish letters, punctuation, the delimiters, quotes and line breaks.
# (No carriage returns: the reader turns CRLF line endings into "\n", in text as well.)
CP1252_TEXT = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyzæøåÆØÅ ABCXYZ0123456789,;\t\n\"'?.-–")
    ),
    max_size=30,
)
# Names (id, group, theme, source) are read without surrounding spaces.
NAME = CP1252_TEXT.map(str.strip)
QUESTION = CP1252_TEXT.filter(lambda s: s.strip())


@st.composite
def tables(draw) -> pd.DataFrame:
    named = NAME.filter(bool)
    rows = draw(st.lists(st.tuples(named, named, QUESTION, CP1252_TEXT, NAME), max_size=8))
    frame = pd.DataFrame(
        [(f"id-{i}", *row) for i, row in enumerate(rows)],
        columns=["id", "group", "theme", "question", "answer", "source"],
        dtype=str,
    )
    return frame


def _write(table: pd.DataFrame, delimiter: str, encoding: str, newline: str, quoting: int) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerow(table.columns)
    writer.writerows(table.itertuples(index=False, name=None))
    return out.getvalue().encode(encoding)


@settings(max_examples=200, deadline=None)
@given(
    tables(),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_valid_tables_round_trip_through_every_csv_dialect(
    table, delimiter, encoding, newline, quoting
):
    data = _write(table, delimiter, encoding, newline, quoting)
    read, problems, source = read_table_file("stafet.csv", data)
    if table.empty:
        assert problems == [] and read.empty and list(read.columns) == list(table.columns)
        return
    assert problems == []
    assert source.delimiter == delimiter
    pd.testing.assert_frame_equal(read, table)
    again, _, _ = read_table_file("clean.csv", clean_csv_bytes(read))
    pd.testing.assert_frame_equal(again, table)
