"""From rows of text to a relay table: header names, generated ids, and how a file was read.

The table's index is the spreadsheet row minus 2 (the header is row 1), so `index + 2` is the
row a user sees in Excel, also when blank rows were skipped. Column names are canonical
(`COLUMNS`); Danish or odd-case headers are renamed and said so in `TableSource`.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

import pandas as pd

from dashboard.i18n import Language, text
from dashboard.relay.problems import Problem
from dashboard.relay.schema import COLUMNS
from dashboard.slug import slug

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
DELIMITER_NAMES = {
    ",": "ingest.delimiter.comma",
    ";": "ingest.delimiter.semicolon",
    "\t": "ingest.delimiter.tab",
}


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
            delimiter = text(DELIMITER_NAMES[self.delimiter], lang)
            lines = [text("ingest.read_as_csv", lang, encoding=self.encoding, delimiter=delimiter)]
        if self.renamed_columns:
            renamed = ", ".join(
                text("ingest.renamed", lang, old=old, new=new)
                for old, new in self.renamed_columns.items()
            )
            lines.append(text("ingest.renamed_columns", lang, renamed=renamed))
        if self.generated_ids:
            lines.append(text("ingest.generated_ids", lang))
        return lines

    def in_file_terms(self, problems: list[Problem]) -> list[Problem]:
        """The problems with each column named as the file's header names it ('svar' where the
        file said svar), not by the canonical name it was read as ('answer')."""
        header_of = {canonical: header for header, canonical in self.renamed_columns.items()}
        return [
            replace(problem, column=header_of[problem.column])
            if problem.column in header_of
            else problem
            for problem in problems
        ]


Result = tuple[pd.DataFrame | None, list[Problem], TableSource | None]


def wrong_type(file_name: str, looks_like: str) -> Result:
    """A file that is not a table, e.g. a PDF or a Word document named .csv."""
    return (
        None,
        [Problem("problem.wrong_type", fields={"name": file_name, "looks_like": looks_like})],
        None,
    )


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


def rows_to_table(
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
    parts = [table[column].map(slug) for column in ("group", "theme") if column in table.columns]
    prefix = parts[0].str.cat(parts[1:], sep="-") if parts else pd.Series("", index=table.index)
    number = (prefix.groupby(prefix).cumcount() + 1).astype(str)
    return prefix.where(prefix == "", prefix + "-") + number


def clean_csv_bytes(table: pd.DataFrame) -> bytes:
    """The table as UTF-8 (no BOM), comma-separated CSV with the known columns in COLUMNS order."""
    columns = [c for c in COLUMNS if c in table.columns]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(table[columns].itertuples(index=False, name=None))
    return out.getvalue().encode("utf-8")
