"""Load a relay (its question/answer table plus metadata) into one typed, validated object.

Every problem in a file is reported at once, in the user's language, with the spreadsheet row
it stands in (the header is row 1), and bad data never raises anything but `RelayError`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd
import pandera.pandas as pa

from dashboard.texts import Language, text

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
BUNDLED_TABLE = DATA_DIR / "qa.csv"
BUNDLED_METADATA = DATA_DIR / "relay.toml"

COLUMNS = ("id", "group", "theme", "question", "answer", "source")
OPTIONAL_COLUMNS = frozenset({"source"})
# A spreadsheet shows the header as row 1, so the first data row (index 0) is row 2.
_FIRST_DATA_ROW = 2

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a relay file, located as precisely as the file allows."""

    key: str
    severity: Severity = "error"
    row: int | None = None
    column: str | None = None
    fields: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "da") -> str:
        """The problem as one line of plain text, e.g. "Række 4, kolonne 'question': …"."""
        where = []
        if self.row is not None:
            where.append(text("problem.row", lang, row=self.row))
        if self.column is not None:
            where.append(text("problem.column", lang, column=self.column))
        body = text(self.key, lang, **{"column": self.column, **self.fields})
        if not where:
            return body
        location = ", ".join(where)
        return f"{location[0].upper()}{location[1:]}: {body}"


class RelayError(Exception):
    """The relay could not be loaded; `problems` says every reason."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(p.message() for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Group:
    """A group of participants as the report describes it."""

    name: str
    label_en: str
    participants: int
    description: str
    description_en: str
    themes_in_report: int

    def label(self, lang: Language) -> str:
        return self.label_en if lang == "en" and self.label_en else self.name


@dataclass(frozen=True)
class Reflection:
    """One of the report's prompts for reflection and what it refers to."""

    id: str
    heading: str
    heading_en: str
    text: str
    text_en: str
    theme: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class RelayMetadata:
    title: str
    subtitle: str
    publisher: str
    years: str
    topic: str
    total_contributions: int
    method: dict[str, dict[str, str]]
    groups: tuple[Group, ...]
    reflections: tuple[Reflection, ...]
    not_in_source: dict[str, str]

    def group(self, name: str) -> Group | None:
        return next((g for g in self.groups if g.name == name), None)


@dataclass(frozen=True)
class Relay:
    """A validated relay: one row per question with its answer, and what the report says."""

    pairs: pd.DataFrame
    metadata: RelayMetadata
    warnings: tuple[Problem, ...] = ()
    fingerprint: str = ""  # identifies the files' content, so caches can key on it

    @property
    def groups(self) -> list[str]:
        """Group names in the order they first appear in the data."""
        return list(dict.fromkeys(self.pairs["group"]))

    def group_labels(self, lang: Language) -> dict[str, str]:
        """Each group's name as shown in `lang` (its English label where the metadata has one)."""
        labels = {}
        for name in self.groups:
            described = self.metadata.group(name)
            labels[name] = described.label(lang) if described else name
        return labels

    def themes(self, group: str | None = None) -> list[str]:
        """Theme names in order of first appearance, for one group or all."""
        rows = self.pairs if group is None else self.pairs[self.pairs["group"] == group]
        return list(dict.fromkeys(rows["theme"]))

    def pair_counts(self) -> dict[str, int]:
        """Number of question/answer pairs per group, in group order."""
        counts = self.pairs["group"].value_counts()
        return {group: int(counts[group]) for group in self.groups}

    @property
    def n_answers(self) -> int:
        return int((self.pairs["answer"].str.strip() != "").sum())


def _not_blank(series: pd.Series) -> pd.Series:
    return series.str.strip() != ""


_NOT_BLANK = pa.Check(_not_blank, name="not_blank")

TABLE_SCHEMA = pa.DataFrameSchema(
    {
        "id": pa.Column(str, checks=[_NOT_BLANK], unique=True),
        "group": pa.Column(str, checks=[_NOT_BLANK]),
        "theme": pa.Column(str, checks=[_NOT_BLANK]),
        "question": pa.Column(str, checks=[_NOT_BLANK]),
        "answer": pa.Column(str),
        "source": pa.Column(str, required=False),
    },
    strict=True,
)


def _problems_from_schema_errors(errors: pa.errors.SchemaErrors) -> list[Problem]:
    """Translate pandera's failure cases into Danish/English problems with spreadsheet rows."""
    problems = []
    allowed = ", ".join(COLUMNS)
    for case in errors.failure_cases.itertuples(index=False):
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
                    row=int(case.index) + _FIRST_DATA_ROW,
                    column=str(case.column),
                    fields={"value": case.failure_case},
                )
            )
        elif check == "not_blank":
            problems.append(
                Problem("problem.blank", row=int(case.index) + _FIRST_DATA_ROW, column=case.column)
            )
        else:  # A check this module does not define; report pandera's own words.
            problems.append(
                Problem("problem.csv_unreadable", fields={"detail": f"{case.column}: {check}"})
            )
    return sorted(
        problems, key=lambda p: (p.row or 0, COLUMNS.index(p.column) if p.column in COLUMNS else -1)
    )


def validate_table(table: pd.DataFrame) -> list[Problem]:
    """Every problem of a question/answer table: errors first in row order, then warnings."""
    if table.empty and len(table.columns):
        return [Problem("problem.no_rows")]
    try:
        TABLE_SCHEMA.validate(table, lazy=True)
        problems: list[Problem] = []
    except pa.errors.SchemaErrors as errors:
        problems = _problems_from_schema_errors(errors)
    if "answer" in table.columns:
        unanswered = table.index[~_not_blank(table["answer"])]
        problems += [
            Problem(
                "problem.answer_missing", "warning", row=int(i) + _FIRST_DATA_ROW, column="answer"
            )
            for i in unanswered
        ]
    return problems


def read_table(data: bytes) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Parse UTF-8 CSV bytes into a table of strings, or say why they can't be parsed."""
    if not data.strip():
        return None, [Problem("problem.file_empty")]
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [Problem("problem.not_utf8", fields={"position": error.start})]
    # pandas silently shifts a row with more fields than the header into an index, so count
    # fields per line with the csv module first and report every such line.
    problems = []
    try:
        rows = list(csv.reader(io.StringIO(content), strict=True))
    except csv.Error as error:
        return None, [Problem("problem.csv_unreadable", fields={"detail": str(error)})]
    expected = len(rows[0])
    for line_number, row in enumerate(rows[1:], start=_FIRST_DATA_ROW):
        if row and len(row) != expected:
            problems.append(
                Problem(
                    "problem.wrong_field_count",
                    row=line_number,
                    fields={"found": len(row), "expected": expected},
                )
            )
    if problems:
        return None, problems
    table = pd.read_csv(
        io.StringIO(content), dtype=str, keep_default_na=False, skip_blank_lines=True
    )
    table.columns = [str(c).strip() for c in table.columns]
    return table, []


def _require(raw: dict, key: str, kind: type, problems: list[Problem], prefix: str = ""):
    """raw[key] if it has the right type; otherwise record a problem and return None."""
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        problems.append(
            Problem(f"problem.metadata_{kind.__name__}", fields={"field": prefix + key})
        )
        return None
    return value


def parse_metadata(data: bytes) -> tuple[RelayMetadata | None, list[Problem]]:
    """Parse and check the relay's TOML metadata; every missing or mistyped field is reported."""
    # A hand-written check rather than a schema library: the file is small and fixed, and the
    # table schema library (pandera) only validates data frames.
    try:
        raw = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return None, [Problem("problem.metadata_unreadable", fields={"detail": str(error)})]
    problems: list[Problem] = []
    top = {
        k: _require(raw, k, str, problems)
        for k in ("title", "subtitle", "publisher", "years", "topic")
    }
    total = _require(raw, "total_contributions", int, problems)
    method = _require(raw, "method", dict, problems) or {}
    not_in_source = _require(raw, "not_in_source", dict, problems) or {}
    groups = []
    for i, g in enumerate(_require(raw, "groups", list, problems) or []):
        prefix = f"groups[{i + 1}]."
        values = {k: _require(g, k, str, problems, prefix) for k in ("name", "description")}
        counts = {
            k: _require(g, k, int, problems, prefix) for k in ("participants", "themes_in_report")
        }
        english = {
            k: g.get(k, "") if isinstance(g, dict) else "" for k in ("label_en", "description_en")
        }
        groups.append(Group(**values, **counts, **english))
    reflections = []
    for i, r in enumerate(_require(raw, "reflections", list, problems) or []):
        prefix = f"reflections[{i + 1}]."
        values = {k: _require(r, k, str, problems, prefix) for k in ("id", "heading", "text")}
        optional = {
            k: r.get(k, "") if isinstance(r, dict) else ""
            for k in ("heading_en", "text_en", "theme")
        }
        words = tuple(r.get("words", ())) if isinstance(r, dict) else ()
        reflections.append(Reflection(**values, **optional, words=words))
    if problems:
        return None, problems
    metadata = RelayMetadata(
        **top,
        total_contributions=total,
        method=method,
        groups=tuple(groups),
        reflections=tuple(reflections),
        not_in_source=not_in_source,
    )
    return metadata, []


def _read_bytes(path: Path, missing_key: str) -> tuple[bytes | None, list[Problem]]:
    try:
        return Path(path).read_bytes(), []
    except OSError:
        return None, [Problem(missing_key, fields={"path": str(path)})]


def inspect_relay(
    table_path: Path = BUNDLED_TABLE, metadata_path: Path = BUNDLED_METADATA
) -> tuple[Relay | None, list[Problem]]:
    """The relay if it has no errors, and every problem (errors and warnings) found."""
    table_bytes, problems = _read_bytes(table_path, "problem.file_missing")
    metadata_bytes, metadata_problems = _read_bytes(metadata_path, "problem.metadata_missing")
    problems += metadata_problems
    table = metadata = None
    if table_bytes is not None:
        table, table_problems = read_table(table_bytes)
        problems += table_problems
    if table is not None:
        problems += validate_table(table)
    if metadata_bytes is not None:
        metadata, meta_problems = parse_metadata(metadata_bytes)
        problems += meta_problems
    if table is not None and metadata is not None and "group" in table.columns:
        described = {g.name for g in metadata.groups}
        for group in dict.fromkeys(table["group"]):
            if group.strip() and group not in described:
                problems.append(Problem("problem.group_not_in_metadata", fields={"value": group}))
    if any(p.severity == "error" for p in problems):
        return None, problems
    if "source" not in table.columns:
        table["source"] = table["group"] + " – " + table["theme"]
    relay = Relay(
        pairs=table[list(COLUMNS)].reset_index(drop=True),
        metadata=metadata,
        warnings=tuple(problems),
        fingerprint=hashlib.sha256(table_bytes + b"\0" + metadata_bytes).hexdigest(),
    )
    return relay, problems


def load_relay(table_path: Path = BUNDLED_TABLE, metadata_path: Path = BUNDLED_METADATA) -> Relay:
    """The validated relay; raises `RelayError` listing every error if there is any."""
    relay, problems = inspect_relay(table_path, metadata_path)
    if relay is None:
        raise RelayError([p for p in problems if p.severity == "error"])
    return relay
