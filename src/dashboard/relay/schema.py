"""The question/answer table: its columns, and every check of its values and limits.

pandera checks columns and values (every failing row at once); it is imported on the first
check, since loading it costs more than half a second that a command line start need not pay.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dashboard.relay import limits
from dashboard.relay.problems import FIRST_DATA_ROW, Problem

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

COLUMNS = ("id", "group", "theme", "question", "answer", "source")


def _not_blank(series: pd.Series) -> pd.Series:
    return series.str.strip() != ""


@cache
def table_schema() -> pa.DataFrameSchema:
    """The columns a relay table has, their types, and that names and questions are not blank."""
    import pandera.pandas as pa

    not_blank = pa.Check(_not_blank, name="not_blank")
    return pa.DataFrameSchema(
        {
            "id": pa.Column(str, checks=[not_blank], unique=True),
            "group": pa.Column(str, checks=[not_blank]),
            "theme": pa.Column(str, checks=[not_blank]),
            "question": pa.Column(str, checks=[not_blank]),
            "answer": pa.Column(str),
            "source": pa.Column(str, required=False),
        },
        strict=True,
    )


def _column_order(problem: Problem) -> int:
    return COLUMNS.index(problem.column) if problem.column in COLUMNS else -1


def _problems_from_schema_errors(failure_cases: pd.DataFrame) -> list[Problem]:
    """Translate pandera's failure cases into problems with spreadsheet rows."""
    problems = []
    allowed = ", ".join(COLUMNS)
    for case in failure_cases.itertuples(index=False):
        check = str(case.check)
        if check == "column_in_dataframe":
            problems.append(
                Problem("problem.missing_column", fields={"column": str(case.failure_case)})
            )
        elif check == "column_in_schema":
            problems.append(
                Problem(
                    "problem.unknown_column",
                    fields={"column": str(case.failure_case), "allowed": allowed},
                )
            )
        elif check == "field_uniqueness":
            problems.append(
                Problem(
                    "problem.duplicate_id",
                    row=int(case.index) + FIRST_DATA_ROW,
                    column=str(case.column),
                    fields={"value": case.failure_case},
                )
            )
        elif check == "not_blank":
            problems.append(
                Problem("problem.blank", row=int(case.index) + FIRST_DATA_ROW, column=case.column)
            )
        else:  # A check this module does not define; report pandera's own words.
            problems.append(
                Problem("problem.csv_unreadable", fields={"detail": f"{case.column}: {check}"})
            )
    return sorted(problems, key=lambda p: (p.row or 0, _column_order(p)))


def validate_table(table: pd.DataFrame) -> list[Problem]:
    """Every problem of a question/answer table's columns and values: errors first in row
    order, then warnings (questions without an answer)."""
    import pandera.pandas as pa

    if table.empty and len(table.columns):
        return [Problem("problem.no_rows")]
    try:
        table_schema().validate(table, lazy=True)
        problems: list[Problem] = []
    except pa.errors.SchemaErrors as failed:
        problems = _problems_from_schema_errors(failed.failure_cases)
    if "answer" in table.columns:
        unanswered = table.index[~_not_blank(table["answer"])]
        problems += [
            Problem(
                "problem.answer_missing", "warning", row=int(i) + FIRST_DATA_ROW, column="answer"
            )
            for i in unanswered
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
