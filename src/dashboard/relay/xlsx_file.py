"""Reading the first worksheet of an XLSX workbook, with what the reading may cost bounded.

The zip's unpacked size is checked first. Then the sheet is read by python-calamine in a process
of its own (`xlsx_worker`), under a memory and CPU limit and a time limit: calamine holds a sheet
as a dense rectangle from A1 to its last cell and copies a shared string at every use, so a few
kilobytes could ask for hundreds of gigabytes and end the server. The worker reports a sheet
spread too far, too much text or too many rows with the numbers, and anything that breaks a
limit of the operating system ends the worker alone.
"""

from __future__ import annotations

import io
import marshal
import subprocess
import sys
import zipfile
from pathlib import Path

from dashboard.relay import limits
from dashboard.relay.problems import FIRST_DATA_ROW, Problem
from dashboard.relay.tables import Result, TableSource, rows_to_table, wrong_type

WORKER = Path(__file__).with_name("xlsx_worker.py")
# What a zip that is not a workbook holds, by a file inside it.
_ZIP_KINDS = (
    ("word/document.xml", "DOCX (Word)"),
    ("ppt/presentation.xml", "PPTX (PowerPoint)"),
    ("content.xml", "ODS/ODT (OpenDocument)"),
)


def _sheet_rows(data: bytes) -> tuple | None:
    """The worker's answer for `data`, or None when it ended without one (killed by a limit)."""
    command = [
        sys.executable,
        "-I",  # isolated: neither the environment nor the working folder changes what it imports
        str(WORKER),
        str(limits.WORKER_MEMORY_BYTES),
        str(limits.WORKER_SECONDS),
        str(limits.MAX_SHEET_CELLS),
        str(limits.MAX_TOTAL_CHARS),
        str(limits.MAX_ROWS),
    ]
    try:
        done = subprocess.run(
            command, input=data, capture_output=True, timeout=limits.WORKER_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return ("too_slow",)
    if done.returncode != 0:
        return None
    return marshal.loads(done.stdout)


def _problem(answer: tuple | None) -> Problem:
    """The problem a worker's answer other than rows stands for."""
    kind = answer[0] if answer else "out_of_memory"
    if kind == "too_large":
        fields = {"rows": answer[1], "columns": answer[2], "max": limits.MAX_SHEET_CELLS}
        return Problem("problem.xlsx_too_large", fields=fields)
    if kind == "too_much_text":
        return Problem("problem.too_much_text", fields={"max": limits.MAX_TOTAL_CHARS})
    if kind == "too_many_rows":
        return Problem("problem.too_many_rows", fields={"max": limits.MAX_ROWS})
    if kind == "unreadable":
        return Problem("problem.xlsx_unreadable")
    if kind == "too_slow":
        return Problem("problem.xlsx_too_slow", fields={"max": limits.WORKER_SECONDS})
    return Problem(
        "problem.xlsx_out_of_memory", fields={"max": limits.WORKER_MEMORY_BYTES // limits.GIBIBYTE}
    )


def read_xlsx(file_name: str, data: bytes) -> Result:
    """The table on the first worksheet of XLSX bytes, or every reason it can't be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception:  # zipfile raises many kinds on damaged data (BadZipFile, struct.error …)
        return None, [Problem("problem.xlsx_unreadable")], None
    if "xl/workbook.xml" not in names:
        return wrong_type(file_name, next((k for n, k in _ZIP_KINDS if n in names), "ZIP"))
    if unpacked > limits.MAX_UNPACKED_BYTES:
        fields = {"max": limits.MAX_UNPACKED_BYTES // limits.MEBIBYTE}
        return None, [Problem("problem.xlsx_unpacked_too_large", fields=fields)], None
    answer = _sheet_rows(data)
    if answer is None or answer[0] != "rows":
        return None, [_problem(answer)], None
    source = TableSource(file_name, "xlsx")
    header: list[str] | None = None
    rows: list[list[str]] = []
    index: list[int] = []
    for row, cells in enumerate(answer[1], start=1):
        if not cells:
            continue
        if header is None:
            header = cells
        else:
            rows.append(cells)
            index.append(row - FIRST_DATA_ROW)
    if header is None:
        return None, [Problem("problem.file_empty")], source
    width = max((len(r) for r in rows), default=len(header))
    if max(width, len(header)) > limits.MAX_COLUMNS:
        fields = {"count": max(width, len(header)), "max": limits.MAX_COLUMNS}
        return None, [Problem("problem.xlsx_too_many_columns", fields=fields)], source
    width = max(width, len(header))
    header += [""] * (width - len(header))
    rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return rows_to_table(header, rows, index, source)
