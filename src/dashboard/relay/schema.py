"""The question/answer table: its columns, and every check of its values and limits.

The checks are written out with pandas rather than declared with pandera: pandera cost every
cold start of the app 0.35 s (0.18 s to import, 0.17 s for its first validation) to check six
columns against three rules, a quarter of the time a bare Streamlit page takes to appear.
Written out, a check of the bundled table takes about 5 ms and reports the same problems,
every failing row at once (tests/core/test_relay.py and test_ingest.py hold them to that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.relay import limits
from dashboard.relay.problems import FIRST_DATA_ROW, Problem

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("id", "group", "theme", "question", "answer", "source")
REQUIRED = COLUMNS[:5]
NOT_BLANK = ("id", "group", "theme", "question")


def _blank(series: pd.Series) -> pd.Series:
    return series.str.strip() == ""


def _row(label: object) -> int:
    return int(label) + FIRST_DATA_ROW


def column_problems(table: pd.DataFrame) -> list[Problem]:
    """Unknown columns (in the file's order), then missing ones (in the format's order)."""
    allowed = ", ".join(COLUMNS)
    unknown = [
        Problem("problem.unknown_column", fields={"column": str(column), "allowed": allowed})
        for column in table.columns
        if column not in COLUMNS
    ]
    missing = [
        Problem("problem.missing_column", fields={"column": column})
        for column in REQUIRED
        if column not in table.columns
    ]
    return unknown + missing


def value_problems(table: pd.DataFrame) -> list[Problem]:
    """Duplicate ids and blank names and questions, by row, then by column within a row."""
    found = []
    if "id" in table.columns:
        duplicated = table["id"][table["id"].duplicated(keep=False)]
        found += [
            Problem("problem.duplicate_id", row=_row(label), column="id", fields={"value": value})
            for label, value in duplicated.items()
        ]
    for column in NOT_BLANK:
        if column in table.columns:
            found += [
                Problem("problem.blank", row=_row(label), column=column)
                for label in table.index[_blank(table[column])]
            ]
    return sorted(found, key=lambda p: (p.row, COLUMNS.index(p.column)))


def validate_table(table: pd.DataFrame) -> list[Problem]:
    """Every problem of a question/answer table's columns and values: errors first in row
    order, then warnings (questions without an answer)."""
    if table.empty and len(table.columns):
        return [Problem("problem.no_rows")]
    problems = column_problems(table) + value_problems(table)
    if "answer" in table.columns:
        problems += [
            Problem("problem.answer_missing", "warning", row=_row(label), column="answer")
            for label in table.index[_blank(table["answer"])]
        ]
    return problems


def _distinct_names(table: pd.DataFrame, column: str) -> int:
    names = table[column].astype(str).str.strip()
    return int(names[names != ""].nunique())


def table_problems(table: pd.DataFrame) -> list[Problem]:
    """The limits that need the parsed table: groups, themes, a cell's and all cells' text."""
    problems = []
    for column, key, most in (
        ("group", "problem.too_many_groups", limits.MAX_GROUPS),
        ("theme", "problem.too_many_themes", limits.MAX_THEMES),
    ):
        if column in table.columns and (count := _distinct_names(table, column)) > most:
            problems.append(Problem(key, fields={"count": count, "max": most}))
    lengths = {column: table[column].astype(str).str.len() for column in table.columns}
    total = sum(int(length.sum()) for length in lengths.values())
    if total > limits.MAX_TOTAL_CHARS:
        problems.append(Problem("problem.too_much_text", fields={"max": limits.MAX_TOTAL_CHARS}))
    long_cells = [
        (int(label) + FIRST_DATA_ROW, str(column), int(length[label]))
        for column, length in lengths.items()
        for label in table.index[length > limits.MAX_TEXT_CHARS]
    ]
    problems += [
        Problem(
            "problem.text_too_long",
            row=row,
            column=column,
            fields={"length": length, "max": limits.MAX_TEXT_CHARS},
        )
        for row, column, length in sorted(long_cells)
    ]
    return problems
