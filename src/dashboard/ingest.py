"""Read any question/answer table a Danish user produces: CSV (`;`, `,` or tab separated, UTF-8
with or without BOM, UTF-16, cp1252 or latin-1) or XLSX (the first sheet).

Any bytes give either a table of strings or the list of every problem found, never an exception.
The table's index is the spreadsheet row minus 2 (the header is row 1), so `index + 2` is the
row a user sees in Excel, also when blank rows were skipped. Column names are canonical
(`COLUMNS`); Danish or odd-case headers are renamed and said so in `TableSource`.

`read_table_file` checks what needs the raw file (type, size, encoding, fields per row,
headers); `relay.validate_table` checks the columns and values; `table_problems` the limits that
need the parsed table. `inspect_table_file` runs all three.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Literal

import pandas as pd
from python_calamine import CalamineWorkbook, SheetTypeEnum

from dashboard.i18n import Language, text
from dashboard.relay import COLUMNS, Problem, validate_table
from dashboard.report_source import theme_slug

MAX_FILE_BYTES = 20 * 1024 * 1024  # the same as server.maxUploadSize = 20 in .streamlit/config.toml
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES  # an XLSX is a zip; refuse one that unpacks to more
MAX_ROWS = 200_000
MAX_GROUPS = 20
MAX_TEXT_CHARS = 20_000

_FIRST_DATA_ROW = 2  # the header is spreadsheet row 1
_MEBIBYTE = 1024 * 1024

# Header names users write, after trimming, collapsing spaces and lower-casing.
_ALIASES = {
    **{name: name for name in COLUMNS},
    "gruppe": "group",
    "tema": "theme",
    "spørgsmål": "question",
    "spoergsmaal": "question",
    "sporgsmal": "question",
    "svar": "answer",
    "kilde": "source",
}
# Columns whose values are names, not prose: surrounding spaces there only split one group in two.
_NAME_COLUMNS = ("id", "group", "theme", "source")

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ""})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {
    ",": "ingest.delimiter.comma",
    ";": "ingest.delimiter.semicolon",
    "\t": "ingest.delimiter.tab",
}

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
# What a zip that is not a workbook holds, by a file inside it.
_ZIP_KINDS = (
    ("word/document.xml", "DOCX (Word)"),
    ("ppt/presentation.xml", "PPTX (PowerPoint)"),
    ("content.xml", "ODS/ODT (OpenDocument)"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# In a worksheet: cell (r="AB12") and row (r="12") references, cell tags without a reference
# first (none in files from Excel, LibreOffice or openpyxl), and cell and row tags. The patterns
# start with text, not `\s`, so that searching a large sheet is quick.
_REFERENCE = re.compile(rb'r="([A-Za-z]*)([0-9]+)"')
_WIDE_REFERENCE = re.compile(rb'r="([A-Za-z]{2,})[0-9]+"')
_UNREFERENCED = (re.compile(rb"<c(?!\s+r=)[\s>/]"), re.compile(rb":c(?!\s+r=)[\s>/]"))
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_BYTES = 40  # a cell of calamine's rectangle: 32 bytes in Rust, 8 in the Python row list
# Control characters text never holds (tab, newlines and form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_CSV_MESSAGES = (
    ("unexpected end of data", "problem.unclosed_quote"),
    ("expected after", "problem.bad_quote"),
    ("field larger than field limit", "problem.field_too_long"),
)


@dataclass(frozen=True)
class TableSource:
    """How a file was read, to show the user next to the table."""

    file_name: str
    kind: Literal["csv", "xlsx"]
    encoding: str | None = None  # CSV only: "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"
    delimiter: str | None = None  # CSV only: ",", ";" or "\t"
    renamed_columns: dict[str, str] = field(default_factory=dict)  # original header -> canonical
    generated_ids: bool = False

    def describe(self, lang: Language = "da") -> list[str]:
        """One line per fact about the reading, e.g. "Læst som CSV (cp1252, semikolon)."."""
        if self.kind == "xlsx":
            lines = [text("ingest.read_as_xlsx", lang)]
        else:
            delimiter = text(_DELIMITER_NAMES[self.delimiter], lang)
            lines = [text("ingest.read_as_csv", lang, encoding=self.encoding, delimiter=delimiter)]
        if self.renamed_columns:
            renamed = ", ".join(f"'{old}' → '{new}'" for old, new in self.renamed_columns.items())
            lines.append(text("ingest.renamed_columns", lang, renamed=renamed))
        if self.generated_ids:
            lines.append(text("ingest.generated_ids", lang))
        return lines


Result = tuple[pd.DataFrame | None, list[Problem], TableSource | None]


def canonical_column(header: str) -> str:
    """The column a header names: 'Spørgsmål ' -> 'question'; unknown headers come back trimmed."""
    trimmed = " ".join(unicodedata.normalize("NFC", header).split())
    return _ALIASES.get(trimmed.casefold(), trimmed)


def column_letter(position: int) -> str:
    """The spreadsheet name of the column at 0-based `position`: 0 -> 'A', 27 -> 'AB'."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _wrong_type(file_name: str, looks_like: str) -> Result:
    fields = {"name": file_name, "looks_like": looks_like}
    return None, [Problem("problem.wrong_type", fields=fields)], None


def read_table_file(file_name: str, data: bytes) -> Result:
    """The table in `data` (a CSV or XLSX file called `file_name`), or every reason it can't be.

    Returns (table, [], source) or (None, problems, source or None). The table holds strings only
    ("" for an empty cell), canonical column names, an `id` column (made from group and theme
    when the file has none) and any unknown columns, for `relay.validate_table` to report.
    """
    if len(data) > MAX_FILE_BYTES:
        size = -(-len(data) // _MEBIBYTE)
        return (
            None,
            [
                Problem(
                    "problem.too_large", fields={"size": size, "max": MAX_FILE_BYTES // _MEBIBYTE}
                )
            ],
            None,
        )
    suffix = PurePath(file_name).suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        return _wrong_type(file_name, suffix.lstrip(".").upper())
    for magic, looks_like in _MAGIC:
        if data.startswith(magic):
            return _wrong_type(file_name, looks_like)
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(file_name, data)
    table, problems, source = _read_csv(file_name, data)
    if suffix in XLSX_SUFFIXES and source is None and problems[0].key == "problem.undecodable":
        return None, [Problem("problem.xlsx_unreadable")], None  # a damaged workbook, not text
    return table, problems, source


# --- CSV ----------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding) of CSV bytes, or (None, None) when they are not text in any encoding."""
    if data.startswith(_UTF16_BOMS):
        candidates: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data:
        return None, None
    else:
        candidates = ("utf-8-sig", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            content = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8"
        # Latin-1 decodes any bytes, so only text with (almost) no control characters is text.
        if len(_CONTROL.findall(content)) > len(content) // 1000:
            return None, None
        return content.lstrip("\ufeff"), encoding
    return None, None


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most known columns, then the most fields."""

    def score(delimiter: str) -> tuple[int, int]:
        try:
            fields = next(csv.reader([header_line], delimiter=delimiter), [])
        except csv.Error:
            return 0, 0
        known = sum(canonical_column(f) in COLUMNS for f in fields)
        return known, len(fields)

    return max(DELIMITERS, key=score)


def _read_csv(file_name: str, data: bytes) -> Result:
    content, encoding = decode_text(data)
    if content is None:
        return None, [Problem("problem.undecodable")], None
    if not content.strip():
        return None, [Problem("problem.file_empty")], None
    # Windows and old Mac line endings become "\n", in quoted text too (a lone CR is never meant).
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    header_line = re.split("[\r\n]", content.lstrip("\r\n"), maxsplit=1)[0]
    delimiter = sniff_delimiter(header_line)
    source = TableSource(file_name, "csv", encoding, delimiter)
    # Lines as a generator: io.StringIO would hold a second, four-bytes-a-character copy.
    lines = (match.group() for match in _LINE.finditer(content))
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    index: list[int] = []
    problems: list[Problem] = []
    row = 0
    try:
        for row, fields in enumerate(reader, start=1):
            if not "".join(fields).strip():
                continue
            if header is None:
                header = fields
            elif len(fields) != len(header):
                problems.append(
                    Problem(
                        "problem.wrong_field_count",
                        row=row,
                        fields={"found": len(fields), "expected": len(header)},
                    )
                )
            elif len(rows) == MAX_ROWS:
                return None, [Problem("problem.too_many_rows", fields={"max": MAX_ROWS})], source
            else:
                rows.append(fields)
                index.append(row - _FIRST_DATA_ROW)
    except csv.Error as error:
        detail = str(error)
        key = next((k for part, k in _CSV_MESSAGES if part in detail), "problem.csv_unreadable")
        values = {
            "problem.field_too_long": {"max": MAX_TEXT_CHARS},
            "problem.csv_unreadable": {"detail": detail},
        }
        problems.append(Problem(key, row=row + 1, fields=values.get(key, {})))
    if header is None:
        return None, problems or [Problem("problem.file_empty")], source
    if problems:
        return None, problems, source
    return _table(header, rows, index, source)


# --- XLSX ---------------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
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


def _sheet_rows(data: bytes) -> list[list[object]]:
    """The cells of the workbook's first worksheet from A1 on: row n of the sheet is item n - 1.

    Chart sheets are skipped (openpyxl's `worksheets[0]` did the same); hidden sheets count.
    """
    with CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        position = next(
            position
            for position, sheet in enumerate(workbook.sheets_metadata)
            if sheet.typ == SheetTypeEnum.WorkSheet
        )
        # skip_empty_area=False keeps empty leading rows and columns, so positions are the
        # sheet's (iter_rows drops leading columns but not rows).
        return workbook.get_sheet_by_index(position).to_python(skip_empty_area=False)


def _column_number(letters: bytes) -> int:
    """The 1-based number of the spreadsheet column `letters`: b"A" -> 1, b"AB" -> 28."""
    number = 0
    for letter in letters.upper():  # calamine reads "zz9" as ZZ9 too
        number = number * 26 + letter - ord("A") + 1
    return number


def _sheet_cells(xml: memoryview) -> int:
    """At most how many cells calamine's rectangle from A1 to the last cell of `xml` holds.

    Cells and rows without a reference are placed after the one before them; a file with such
    cells is bounded by its longest row and its number of rows, on top of the references.
    """
    references = _REFERENCE.findall(xml)
    cell_references = [letters for letters, _ in references if letters]
    width = _column_number(max(cell_references, key=lambda c: (len(c), c), default=b""))
    height = max((int(row) for _, row in references), default=0)
    if len(_CELL_TAG.findall(xml)) > len(cell_references):
        rows = _ROW_TAG.split(xml)
        width += max(len(_CELL_TAG.findall(row)) for row in rows)
        height += len(rows)
    return width * height


def _spreads_too_far(xml: memoryview) -> bool:
    """Whether calamine's rectangle for the sheet `xml` would take over MAX_UNPACKED_BYTES.

    When every cell starts with its reference, two quick searches suffice: columns past Z
    (usually none) give the width, at least 26; then only rows too far down for that width.
    Otherwise every reference and tag is counted (`_sheet_cells`).
    """
    max_cells = MAX_UNPACKED_BYTES // _CELL_BYTES
    if any(pattern.search(xml) for pattern in _UNREFERENCED):
        return _sheet_cells(xml) > max_cells
    wide = _WIDE_REFERENCE.findall(xml)
    width = max([26, *(_column_number(letters) for letters in wide)])
    max_height = max_cells // width
    deep = re.findall(rb'r="[A-Za-z]*([0-9]{%d,})"' % len(str(max_height + 1)), xml)
    return any(int(row) > max_height for row in deep)


def _too_large(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook unpacks, or its sheets spread, to more than MAX_UNPACKED_BYTES.

    calamine holds a sheet as a dense rectangle, so a few kilobytes with one cell in XFD1048576
    would take hundreds of gigabytes (and end the server). Every part is searched for cell
    references, between its first and last mention of sheetData (<sheetData>…</sheetData>,
    prefixed or not): where a sheet is comes from the workbook's relationships, and a far-off
    cell on a later sheet refuses the workbook too.
    """
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        return True
    for name in archive.namelist():
        part = archive.read(name)
        # Only the cells count: the rest of a sheet, and other parts, have attributes ending
        # in r, like dir="5400000" (a theme) and firstPageNumber="4294967295".
        start, end = part.find(b"sheetData"), part.rfind(b"sheetData")
        if start >= 0 and _spreads_too_far(memoryview(part)[start:end]):
            return True
    return False


def _read_xlsx(file_name: str, data: bytes) -> Result:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                looks_like = next((kind for name, kind in _ZIP_KINDS if name in names), "ZIP")
                return _wrong_type(file_name, looks_like)
            too_large = _too_large(archive)  # before calamine unpacks anything
    except Exception:  # zipfile raises many kinds on damaged data (BadZipFile, struct.error …)
        return None, [Problem("problem.xlsx_unreadable")], None
    if too_large:
        return (
            None,
            [Problem("problem.xlsx_too_large", fields={"max": MAX_UNPACKED_BYTES // _MEBIBYTE})],
            None,
        )
    source = TableSource(file_name, "xlsx")
    # Any exception while reading means a damaged workbook: calamine's own errors (zip, XML,
    # a missing shared string), StopIteration when there is no worksheet, and a panic in the
    # Rust code, which pyo3 raises as a BaseException.
    try:
        sheet_rows = _sheet_rows(data)
    except Exception:
        return None, [Problem("problem.xlsx_unreadable")], None
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        return None, [Problem("problem.xlsx_unreadable")], None
    header: list[str] | None = None
    rows: list[list[str]] = []
    index: list[int] = []
    for row, values in enumerate(sheet_rows, start=1):
        cells = [value if type(value) is str else _cell_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue
        if header is None:
            header = cells
        elif len(rows) == MAX_ROWS:
            return None, [Problem("problem.too_many_rows", fields={"max": MAX_ROWS})], source
        else:
            rows.append(cells)
            index.append(row - _FIRST_DATA_ROW)
    del sheet_rows
    if header is None:
        return None, [Problem("problem.file_empty")], source
    width = max((len(r) for r in rows), default=len(header))
    width = max(width, len(header))
    header += [""] * (width - len(header))
    rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return _table(header, rows, index, source)


# --- From rows to a table -----------------------------------------------------------------------


def _table(
    header: list[str], rows: list[list[str]], index: list[int], source: TableSource
) -> Result:
    """The table of `rows` under canonical names, or the problems with its header."""
    names = [canonical_column(h) for h in header]
    problems = []
    keep = []
    for position, name in enumerate(names):
        if name:
            keep.append(position)
        elif any(r[position].strip() for r in rows):
            problems.append(
                Problem("problem.empty_header", fields={"position": column_letter(position)})
            )
    seen: dict[str, list[str]] = {}
    for position in keep:
        seen.setdefault(names[position], []).append(header[position].strip())
    for name, originals in seen.items():
        if len(originals) > 1:
            headers = ", ".join(f"'{o}'" for o in originals)
            problems.append(
                Problem("problem.duplicate_header", column=name, fields={"headers": headers})
            )
    if problems:
        return None, problems, source
    if len(keep) < len(names):
        rows = [[r[p] for p in keep] for r in rows]
    columns = [names[p] for p in keep]
    table = pd.DataFrame(rows, columns=columns, index=pd.Index(index, dtype="int64"), dtype=str)
    if index == list(range(len(index))):
        table = table.reset_index(drop=True)
    for name in _NAME_COLUMNS:
        if name in table.columns:
            table[name] = table[name].str.strip()
    generated = "id" not in table.columns
    if generated:
        table.insert(0, "id", generate_ids(table))
    renamed = {header[p].strip(): names[p] for p in keep if header[p].strip() != names[p]}
    source = TableSource(
        source.file_name, source.kind, source.encoding, source.delimiter, renamed, generated
    )
    return table, [], source


def generate_ids(table: pd.DataFrame) -> pd.Series:
    """Readable unique ids `<group>-<theme>-<n>` (ASCII slugs), numbered in file order."""
    parts = [
        table[column].map(theme_slug) for column in ("group", "theme") if column in table.columns
    ]
    prefix = parts[0].str.cat(parts[1:], sep="-") if parts else pd.Series("", index=table.index)
    number = (prefix.groupby(prefix).cumcount() + 1).astype(str)
    return prefix.where(prefix == "", prefix + "-") + number


# --- Limits and the whole check -----------------------------------------------------------------


def table_problems(table: pd.DataFrame) -> list[Problem]:
    """The limits that need the parsed table: more than MAX_GROUPS groups, texts too long."""
    problems = []
    if "group" in table.columns:
        groups = table["group"].astype(str).str.strip()
        count = int(groups[groups != ""].nunique())
        if count > MAX_GROUPS:
            problems.append(
                Problem("problem.too_many_groups", fields={"count": count, "max": MAX_GROUPS})
            )
    long_cells = []
    for column in table.columns:
        lengths = table[column].astype(str).str.len()
        for label in table.index[lengths > MAX_TEXT_CHARS]:
            long_cells.append((int(label) + _FIRST_DATA_ROW, str(column), int(lengths[label])))
    problems += [
        Problem(
            "problem.text_too_long",
            row=row,
            column=column,
            fields={"length": length, "max": MAX_TEXT_CHARS},
        )
        for row, column, length in sorted(long_cells)
    ]
    return problems


def inspect_table_file(file_name: str, data: bytes) -> Result:
    """`read_table_file`, then `relay.validate_table` and `table_problems` on what it read.

    The table comes back whenever the file could be read, with every problem: errors first
    (in row order), then warnings. It is usable when no problem is an error.
    """
    table, problems, source = read_table_file(file_name, data)
    if table is None:
        return None, problems, source
    problems = validate_table(table) + table_problems(table)
    errors = [p for p in problems if p.severity == "error"]
    errors.sort(key=lambda p: p.row or 0)
    return table, errors + [p for p in problems if p.severity != "error"], source


def clean_csv_bytes(table: pd.DataFrame) -> bytes:
    """The table as UTF-8 (no BOM), comma-separated CSV with the known columns in COLUMNS order."""
    columns = [c for c in COLUMNS if c in table.columns]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(table[columns].itertuples(index=False, name=None))
    return out.getvalue().encode("utf-8")
