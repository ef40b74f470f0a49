"""Reading a CSV file as Danish users make them: `;`, `,` or tab separated, UTF-8 with or without
BOM, UTF-16, cp1252 or latin-1. A file in one encoding with some lines in another is refused
with the first such line, never read half garbled."""

from __future__ import annotations

import csv
import re

from dashboard.relay import limits
from dashboard.relay.problems import FIRST_DATA_ROW, Problem
from dashboard.relay.schema import COLUMNS
from dashboard.relay.tables import Result, TableSource, canonical_column, rows_to_table

DELIMITERS = (",", ";", "\t")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# What a line of Danish text saved as UTF-8 holds beyond ASCII: Latin-1 letters and signs (æ, ø,
# å, é, §, ½ …), typographic punctuation (–, ”, …) and the euro sign. Bytes of a cp1252 file can
# happen to form UTF-8 too ("Å–" is C5 96, UTF-8 for "Ŗ"), but not of these characters.
_DANISH_BEYOND_ASCII = re.compile(r"[\u00a0-\u00ff\u2010-\u206f\u20ac]")
# Control characters text never holds (tab, newlines and form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_CSV_MESSAGES = (
    ("unexpected end of data", "problem.unclosed_quote"),
    ("expected after", "problem.bad_quote"),
    ("field larger than field limit", "problem.field_too_long"),
)


def _reads_as_danish(decoded: str, *, at_least_one: bool = False) -> bool:
    """Whether every character beyond ASCII is one Danish text has (and, if asked, one is)."""
    beyond_ascii = [c for c in decoded if ord(c) > 127]
    if at_least_one and not beyond_ascii:
        return False
    return all(_DANISH_BEYOND_ASCII.match(c) for c in beyond_ascii)


def first_line_not_utf8(data: bytes) -> int | None:
    """The number of the first line that is not UTF-8, in a file where other lines are.

    Such a file was put together from two programs (e.g. rows pasted from an old Excel into a
    UTF-8 file): read as one encoding, half of its æ, ø and å would come out as "Ã¦" or "�".
    None when the file is UTF-8 throughout, or has no line of Danish text in UTF-8 at all.
    """
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    first_other, utf8_text = None, False
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            first_other = first_other or number
            continue
        utf8_text = utf8_text or _reads_as_danish(decoded, at_least_one=True)
        if first_other and utf8_text:
            return first_other
    return None


def _decoded_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


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
            # cp1252 bytes that happen to be UTF-8 ("Å–" is UTF-8 for "Ŗ") are cp1252.
            as_cp1252 = _decoded_or_none(data, "cp1252")
            if not _reads_as_danish(content) and as_cp1252 and _reads_as_danish(as_cp1252):
                content, encoding = as_cp1252, "cp1252"
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


def read_csv(file_name: str, data: bytes) -> Result:
    """The table in CSV bytes, or every reason it can't be read."""
    mixed_line = None if data.startswith(_UTF16_BOMS) else first_line_not_utf8(data)
    if mixed_line is not None:
        return None, [Problem("problem.mixed_encoding", fields={"line": mixed_line})], None
    content, encoding = decode_text(data)
    if content is None:
        return None, [Problem("problem.undecodable")], None
    if not content.strip():
        return None, [Problem("problem.file_empty")], None
    # Windows and old Mac line endings become "\n", in quoted text too (a lone CR is never meant).
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    header_line = re.split("\n", content.lstrip("\n"), maxsplit=1)[0]
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
                if len(fields) > limits.MAX_COLUMNS:
                    found = {"count": len(fields), "max": limits.MAX_COLUMNS}
                    return None, [Problem("problem.too_many_columns", fields=found)], source
                header = fields
            elif len(rows) + len(problems) == limits.MAX_ROWS:
                return (
                    None,
                    [Problem("problem.too_many_rows", fields={"max": limits.MAX_ROWS})],
                    source,
                )
            elif len(fields) != len(header):
                problems.append(
                    Problem(
                        "problem.wrong_field_count",
                        row=row,
                        fields={"found": len(fields), "expected": len(header)},
                    )
                )
            else:
                rows.append(fields)
                index.append(row - FIRST_DATA_ROW)
    except csv.Error as error:
        detail = str(error)
        key = next((k for part, k in _CSV_MESSAGES if part in detail), "problem.csv_unreadable")
        values = {
            "problem.field_too_long": {"max": limits.MAX_TEXT_CHARS},
            "problem.csv_unreadable": {"detail": detail},
        }
        problems.append(Problem(key, row=row + 1, fields=values.get(key, {})))
    if header is None:
        return None, problems or [Problem("problem.file_empty")], source
    if problems:
        return None, problems, source
    return rows_to_table(header, rows, index, source)
