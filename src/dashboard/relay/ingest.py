"""Read any question/answer table a Danish user produces: CSV or XLSX (the first worksheet).

Any bytes give either a table of strings or the list of every problem found, never an exception.
`read_table_file` checks what needs the raw file (type, size, encoding, fields per row, headers,
a workbook's extent); `inspect_table_file` adds the checks of the columns and values
(`schema.validate_table`) and of the limits that need the parsed table (`schema.table_problems`).
"""

from __future__ import annotations

from pathlib import PurePath

from dashboard.relay import limits
from dashboard.relay.csv_file import read_csv
from dashboard.relay.problems import Problem, errors, warnings
from dashboard.relay.schema import table_problems, validate_table
from dashboard.relay.tables import Result, wrong_type
from dashboard.relay.xlsx_file import read_xlsx

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ""})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

# What a file that is not a table looks like, by its first bytes.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "XLS (Excel 97-2003)"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "GZIP"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7Z"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def too_large(size: int) -> Problem:
    """The problem of a file of `size` bytes, over limits.MAX_FILE_BYTES."""
    return Problem(
        "problem.too_large",
        fields={
            "size": -(-size // limits.MEBIBYTE),
            "max": limits.MAX_FILE_BYTES // limits.MEBIBYTE,
        },
    )


def read_table_file(file_name: str, data: bytes) -> Result:
    """The table in `data` (a CSV or XLSX file called `file_name`), or every reason it can't be.

    Returns (table, [], source) or (None, problems, source or None). The table holds strings only
    ("" for an empty cell), canonical column names, an `id` column (made from group and theme
    when the file has none) and any unknown columns, for `validate_table` to report.
    """
    if len(data) > limits.MAX_FILE_BYTES:
        return None, [too_large(len(data))], None
    suffix = PurePath(file_name).suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        return wrong_type(file_name, suffix.lstrip(".").upper())
    for magic, looks_like in _MAGIC:
        if data.startswith(magic):
            return wrong_type(file_name, looks_like)
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx(file_name, data)
    table, problems, source = read_csv(file_name, data)
    if suffix in XLSX_SUFFIXES and source is None and problems[0].key == "problem.undecodable":
        return None, [Problem("problem.xlsx_unreadable")], None  # a damaged workbook, not text
    return table, problems, source


def inspect_table_file(file_name: str, data: bytes) -> Result:
    """`read_table_file`, then the checks of columns, values and limits on what it read.

    The table comes back whenever the file could be read, with every problem: errors first
    (in row order), then warnings. It is usable when no problem is an error.
    """
    table, problems, source = read_table_file(file_name, data)
    if table is None:
        return None, problems, source
    problems = validate_table(table) + table_problems(table)
    found = sorted(errors(problems), key=lambda p: p.row or 0)
    return table, found + warnings(problems), source
