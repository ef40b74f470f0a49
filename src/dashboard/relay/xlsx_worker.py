"""Read the first worksheet of an XLSX workbook in a process of its own, under a memory and CPU
limit, and write its rows (as text) to stdout.

Run by `xlsx_file.read_xlsx` as a script (`python -I xlsx_worker.py LIMITS…`, the workbook on
stdin): python-calamine holds a sheet as a dense rectangle from A1 to its last cell and gives
every use of a shared string its own copy, so a few kilobytes can ask for gigabytes, and a
damaged file can make its Rust code abort. Here that ends this process, never the server's.
It imports nothing but the standard library and python-calamine, so it starts in milliseconds.

Answers (a `marshal`led tuple): ("rows", [[text, …], …]) with every sheet row from row 1 (an
empty list for an empty row), or ("too_large", rows, columns), ("too_much_text", characters),
("too_many_rows",), ("unreadable",).
"""

from __future__ import annotations

import datetime as dt
import io
import marshal
import sys

try:
    import resource
except ImportError:  # not on Windows: there the sheet is read without the limits
    resource = None


def cell_text(value: object) -> str:
    """A cell as the text Excel shows: whole numbers without ".0", dates as ISO dates.

    python-calamine gives numbers as floats, dates with a whole serial as `date`, others as
    `datetime`, serials below 1 as `time`, durations as `timedelta`, and "" for an empty cell
    and for an error value (#DIV/0!, #I/T …; openpyxl gave the error code as text).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


def read_rows(data: bytes, max_cells: int, max_characters: int, max_rows: int) -> tuple:
    """The answer for the workbook `data` (see the module's docstring)."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    with CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        position = next(
            position
            for position, sheet in enumerate(workbook.sheets_metadata)
            if sheet.typ == SheetTypeEnum.WorkSheet
        )
        sheet = workbook.get_sheet_by_index(position)
        end = sheet.end
        rows, columns = (end[0] + 1, end[1] + 1) if end else (0, 0)
        if rows * columns > max_cells:
            return ("too_large", rows, columns)
        # iter_rows gives every row from row 1, but each from the sheet's first used column.
        lead = [""] * (sheet.start or (0, 0))[1]
        found: list[list[str]] = []
        characters = filled = 0
        for values in sheet.iter_rows():
            cells = [value if type(value) is str else cell_text(value) for value in values]
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                cells = lead + cells
                filled += 1
            characters += sum(map(len, cells))
            if characters > max_characters:
                return ("too_much_text", characters)
            if filled > max_rows + 1:  # the header and the data rows
                return ("too_many_rows",)
            found.append(cells)
    return ("rows", found)


def main() -> None:
    memory, seconds, max_cells, max_characters, max_rows = map(int, sys.argv[1:6])
    if resource is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    data = sys.stdin.buffer.read()
    try:
        answer = read_rows(data, max_cells, max_characters, max_rows)
    except MemoryError:
        answer = ("out_of_memory",)
    except Exception:  # calamine's errors on a damaged workbook, StopIteration: no worksheet
        answer = ("unreadable",)
    except BaseException as error:  # a panic in calamine's Rust code, as pyo3 raises it
        if type(error).__name__ != "PanicException":
            raise
        answer = ("unreadable",)
    sys.stdout.buffer.write(marshal.dumps(answer))


if __name__ == "__main__":
    main()
