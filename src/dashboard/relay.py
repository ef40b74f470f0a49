"""Load a relay (its question/answer table plus metadata) into one typed, validated object.

Every problem in a file is reported at once, in the user's language, with the spreadsheet row
it stands in (the header is row 1), and bad data never raises anything but `RelayError`.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import pandas as pd
import pandera.pandas as pa

from dashboard.i18n import Language, text

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
BUNDLED_TABLE = DATA_DIR / "qa.csv"
BUNDLED_METADATA = DATA_DIR / "relay.toml"

COLUMNS = ("id", "group", "theme", "question", "answer", "source")
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
    """A group of participants as the relay's metadata describes it (None: not stated)."""

    name: str
    label_en: str = ""
    participants: int | None = None
    description: str = ""
    description_en: str = ""
    themes_in_report: int | None = None
    # The full relay's questions per theme (e.g. the real pie counts), where someone has them.
    theme_totals: dict[str, int] = field(default_factory=dict)

    def label(self, lang: Language) -> str:
        return self.label_en if lang == "en" and self.label_en else self.name


@dataclass(frozen=True)
class Reflection:
    """One of the report's prompts for reflection and what it refers to."""

    id: str
    heading: str
    text: str
    heading_en: str = ""
    text_en: str = ""
    theme: str = ""
    words: tuple[str, ...] = ()

    def is_translated(self, lang: Language) -> bool:
        """Whether the prompt shown in `lang` is a translation, not the source's own words."""
        return lang == "en" and bool(self.text_en)

    def heading_in(self, lang: Language) -> str:
        return self.heading_en if lang == "en" and self.heading_en else self.heading

    def text_in(self, lang: Language) -> str:
        return self.text_en if self.is_translated(lang) else self.text

    def provenance_in(self, lang: Language) -> str:
        """'Quoted from the source' or 'the app's translation', in `lang`."""
        return text("cross.translated" if self.is_translated(lang) else "cross.quoted", lang)


MetadataOrigin = Literal["report", "file", "none"]


@dataclass(frozen=True)
class RelayMetadata:
    """What is known about a relay beyond its table, and where that knowledge comes from."""

    title: str
    origin: MetadataOrigin = "file"  # "report": stated in the report; "none": no metadata given
    subtitle: str = ""
    publisher: str = ""
    years: str = ""
    topic: str = ""
    total_contributions: int | None = None
    method: dict[str, dict[str, str]] = field(default_factory=dict)
    groups: tuple[Group, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    not_in_source: dict[str, str] = field(default_factory=dict)

    def group(self, name: str) -> Group | None:
        return next((g for g in self.groups if g.name == name), None)

    def by_origin(self, *, report: str, file: str, none: str | None = None) -> str:
        """Of three text ids, the one for where this metadata comes from: the report, a
        metadata file, or no metadata at all (`none`; without it, the `file` text)."""
        if self.origin == "report":
            return report
        return none if self.origin == "none" and none is not None else file


@dataclass(frozen=True)
class Relay:
    """A validated relay: one row per question with its answer, and what the report says."""

    pairs: pd.DataFrame
    metadata: RelayMetadata
    warnings: tuple[Problem, ...] = ()
    fingerprint: str = ""  # identifies the files' content, so caches can key on it
    file_name: str = ""  # the table file it was read from

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


_MISSING = object()
_WRONG_TYPE = {
    str: "problem.metadata_str",
    int: "problem.metadata_int",
    list: "problem.metadata_list",
    dict: "problem.metadata_dict",
}


def _field(raw: object, key: str, kind: type, problems: list[Problem], prefix="", default=None):
    """raw[key] if present and of type `kind`, else `default`; a wrong type is a problem.

    With `default=_MISSING` the field is required.
    """
    value = raw.get(key, _MISSING) if isinstance(raw, dict) else _MISSING
    if value is _MISSING and default is not _MISSING:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        problems.append(Problem(_WRONG_TYPE[kind], fields={"field": prefix + key}))
        return default if default is not _MISSING else None
    return value


def _texts(raw: object, prefix: str, problems: list[Problem]) -> dict[str, str]:
    """A table whose every value must be text, e.g. the method in one language."""
    if not isinstance(raw, dict):
        problems.append(Problem("problem.metadata_dict", fields={"field": prefix.rstrip(".")}))
        return {}
    return {key: _field(raw, key, str, problems, prefix, "") for key in raw}


def _words(raw: object, prefix: str, problems: list[Problem]) -> tuple[str, ...]:
    """A reflection's words: each must be one word, as the search and counts take it."""
    words = _field(raw, "words", list, problems, prefix, [])
    for word in words:
        if not isinstance(word, str) or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word):
            problems.append(
                Problem("problem.metadata_word", fields={"field": f"{prefix}words", "value": word})
            )
    return tuple(w for w in words if isinstance(w, str))


def _theme_totals(raw: object, prefix: str, problems: list[Problem]) -> dict[str, int]:
    totals = _field(raw, "theme_totals", dict, problems, prefix, {})
    for theme, count in totals.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            problems.append(
                Problem("problem.metadata_int", fields={"field": f"{prefix}theme_totals.{theme}"})
            )
    return {str(theme): count for theme, count in totals.items() if isinstance(count, int)}


def parse_metadata(
    data: bytes, default_title: str = ""
) -> tuple[RelayMetadata | None, list[Problem]]:
    """Parse and check a relay's TOML metadata; every mistyped field is reported.

    Only a group's `name` and a reflection's `id`, `heading` and `text` are required; whatever
    else is missing is shown as not stated.
    """
    # A hand-written check rather than a schema library: the file is small and fixed, and the
    # table schema library (pandera) only validates data frames.
    try:
        raw = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return None, [Problem("problem.metadata_unreadable", fields={"detail": str(error)})]
    problems: list[Problem] = []
    texts = {
        k: _field(raw, k, str, problems, default="")
        for k in ("title", "subtitle", "publisher", "years", "topic")
    }
    total = _field(raw, "total_contributions", int, problems)
    method = {
        lang: _texts(part, f"method.{lang}.", problems)
        for lang, part in _field(raw, "method", dict, problems, default={}).items()
    }
    not_in_source = _texts(
        _field(raw, "not_in_source", dict, problems, default={}), "not_in_source.", problems
    )
    origin = _field(raw, "origin", str, problems, default="file")
    if origin not in ("report", "file"):
        problems.append(Problem("problem.metadata_origin", fields={"value": origin}))
    groups = []
    for i, g in enumerate(_field(raw, "groups", list, problems, default=[])):
        prefix = f"groups[{i + 1}]."
        groups.append(
            Group(
                name=_field(g, "name", str, problems, prefix, _MISSING),
                **{
                    k: _field(g, k, str, problems, prefix, "")
                    for k in ("label_en", "description", "description_en")
                },
                **{
                    k: _field(g, k, int, problems, prefix)
                    for k in ("participants", "themes_in_report")
                },
                theme_totals=_theme_totals(g, prefix, problems),
            )
        )
    reflections = []
    for i, r in enumerate(_field(raw, "reflections", list, problems, default=[])):
        prefix = f"reflections[{i + 1}]."
        reflections.append(
            Reflection(
                **{
                    k: _field(r, k, str, problems, prefix, _MISSING)
                    for k in ("id", "heading", "text")
                },
                **{
                    k: _field(r, k, str, problems, prefix, "")
                    for k in ("heading_en", "text_en", "theme")
                },
                words=_words(r, prefix, problems),
            )
        )
    if problems:
        return None, problems
    metadata = RelayMetadata(
        **{**texts, "title": texts["title"] or default_title},
        origin=origin,
        total_contributions=total,
        method=method,
        groups=tuple(groups),
        reflections=tuple(reflections),
        not_in_source=not_in_source,
    )
    return metadata, []


def metadata_from_table(table: pd.DataFrame, title: str) -> RelayMetadata:
    """Metadata for a relay given without any: its groups from the data, nothing stated."""
    groups = tuple(Group(name) for name in dict.fromkeys(table["group"]))
    return RelayMetadata(title=title, origin="none", groups=groups)


def _read_bytes(path: Path, missing_key: str) -> tuple[bytes | None, list[Problem]]:
    try:
        return Path(path).read_bytes(), []
    except OSError:
        return None, [Problem(missing_key, fields={"path": str(path)})]


@dataclass(frozen=True)
class RelayCheck:
    """What reading a relay's files found: the relay if usable, the table for a preview, and
    every problem (errors first, then warnings); `source` says how the table file was read."""

    relay: Relay | None
    table: pd.DataFrame | None
    problems: list[Problem]
    source: object | None  # dashboard.ingest.TableSource


def check_relay_bytes(
    file_name: str, table_bytes: bytes, metadata_bytes: bytes | None = None
) -> RelayCheck:
    """Read and check a relay from its table file's bytes (CSV or XLSX) and optional TOML."""
    # Imported here: the reader builds on this module's Problem and table schema.
    from dashboard.ingest import inspect_table_file

    table, problems, source = inspect_table_file(file_name, table_bytes)
    title = Path(file_name).stem
    metadata = None
    if metadata_bytes is not None:
        metadata, meta_problems = parse_metadata(metadata_bytes, default_title=title)
        problems = problems + meta_problems
        if metadata is not None and metadata.origin == "report" and not _is_bundled(metadata_bytes):
            # Only the bundled metadata speaks for the report; other files speak for themselves.
            metadata = replace(metadata, origin="file")
    if table is None or any(p.severity == "error" for p in problems):
        return RelayCheck(None, table, problems, source)
    if metadata is None:
        metadata = metadata_from_table(table, title)
    described = {g.name for g in metadata.groups}
    undescribed = [g for g in dict.fromkeys(table["group"]) if g not in described]
    problems = problems + [
        Problem("problem.group_not_in_metadata", "warning", fields={"value": g})
        for g in undescribed
    ]
    metadata = replace(metadata, groups=metadata.groups + tuple(Group(g) for g in undescribed))
    pairs = table.copy()
    if "source" not in pairs.columns:
        pairs["source"] = pairs["group"] + " – " + pairs["theme"]
    fingerprint = hashlib.sha256()
    for part in (file_name.encode(), table_bytes, metadata_bytes or b""):
        fingerprint.update(len(part).to_bytes(8, "big") + part)
    relay = Relay(
        pairs=pairs[list(COLUMNS)].reset_index(drop=True),
        metadata=metadata,
        warnings=tuple(problems),
        fingerprint=fingerprint.hexdigest(),
        file_name=file_name,
    )
    return RelayCheck(relay, table, problems, source)


def _is_bundled(metadata_bytes: bytes) -> bool:
    try:
        return metadata_bytes == BUNDLED_METADATA.read_bytes()
    except OSError:
        return False


def relay_from_bytes(
    file_name: str, table_bytes: bytes, metadata_bytes: bytes | None = None
) -> tuple[Relay | None, list[Problem]]:
    """The relay in these bytes if it has no error, and every problem found."""
    check = check_relay_bytes(file_name, table_bytes, metadata_bytes)
    return check.relay, check.problems


def relay_files(
    table: Path | None = None, metadata: Path | None = None
) -> tuple[Path, Path | None]:
    """The files of a relay as a user names them: none, the bundled relay with its metadata;
    a table alone has no metadata, so the report's numbers are never lent to other data."""
    if table is None:
        return BUNDLED_TABLE, metadata or BUNDLED_METADATA
    return Path(table), Path(metadata) if metadata else None


def inspect_relay(
    table_path: Path = BUNDLED_TABLE, metadata_path: Path | None = BUNDLED_METADATA
) -> tuple[Relay | None, list[Problem]]:
    """The relay in these files if it has no errors, and every problem found.

    With `metadata_path=None` the relay has no metadata: groups come from the data.
    """
    table_bytes, problems = _read_bytes(table_path, "problem.file_missing")
    metadata_bytes = None
    if metadata_path is not None:
        metadata_bytes, metadata_problems = _read_bytes(metadata_path, "problem.metadata_missing")
        problems += metadata_problems
    if table_bytes is None or (metadata_path is not None and metadata_bytes is None):
        return None, problems
    return relay_from_bytes(Path(table_path).name, table_bytes, metadata_bytes)


def load_relay(
    table_path: Path = BUNDLED_TABLE, metadata_path: Path | None = BUNDLED_METADATA
) -> Relay:
    """The validated relay; raises `RelayError` listing every error if there is any."""
    relay, problems = inspect_relay(table_path, metadata_path)
    if relay is None:
        raise RelayError([p for p in problems if p.severity == "error"])
    return relay
