"""The two ways a relay comes in: from files (the bundled relay, or any a user names) and from
an upload's bytes. Both give a `RelayCheck`: the relay if it is usable, and every problem."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pandas as pd

from dashboard.paths import BUNDLED_METADATA, BUNDLED_TABLE
from dashboard.relay import limits
from dashboard.relay.ingest import inspect_table_file, too_large
from dashboard.relay.metadata import fit_to_data, metadata_from_table, parse_metadata
from dashboard.relay.model import Relay
from dashboard.relay.problems import Problem, RelayError, errors, warnings
from dashboard.relay.schema import COLUMNS
from dashboard.relay.tables import TableSource


@dataclass(frozen=True)
class RelayCheck:
    """What reading a relay's files found: the relay if usable, the table for a preview, how
    the table file was read, and every problem (errors first, then warnings)."""

    relay: Relay | None
    table: pd.DataFrame | None
    problems: list[Problem]
    source: TableSource | None = None

    @property
    def errors(self) -> list[Problem]:
        return errors(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings(self.problems)

    def require(self) -> Relay:
        """The relay; raises `RelayError` with every error when there is none."""
        if self.relay is None:
            raise RelayError(self.errors)
        return self.relay


def read_relay_files(table: Path | None = None, metadata: Path | None = None) -> RelayCheck:
    """The relay in files as a user names them. None: the bundled relay with its metadata.

    A table named without metadata has none (its groups come from the data), so the report's
    numbers are never lent to other data. Sizes are checked before a file is read.
    """
    table_path = BUNDLED_TABLE if table is None else Path(table)
    metadata_path = (metadata or BUNDLED_METADATA) if table is None else metadata
    table_bytes, problems = read_bounded(table_path, limits.MAX_FILE_BYTES, "problem.file_missing")
    metadata_bytes = None
    if metadata_path is not None:
        metadata_bytes, metadata_problems = read_bounded(
            Path(metadata_path), limits.MAX_METADATA_BYTES, "problem.metadata_missing"
        )
        problems += metadata_problems
    if problems:
        return RelayCheck(None, None, problems)
    return read_relay_bytes(table_path.name, table_bytes, metadata_bytes)


def read_bounded(path: Path, limit: int, missing_key: str) -> tuple[bytes | None, list[Problem]]:
    """At most `limit` bytes of a file, or the problem: missing, unreadable or too large.

    Reads one byte past the limit rather than trusting a size: a device or pipe has none.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        return None, [Problem(missing_key, fields={"path": str(path)})]
    except OSError as error:
        detail = error.strerror or str(error)
        return None, [
            Problem("problem.file_unreadable", fields={"path": str(path), "detail": detail})
        ]
    if len(data) > limit:
        if limit == limits.MAX_FILE_BYTES:
            return None, [too_large(_size(path, len(data)))]
        return None, [
            Problem(
                "problem.metadata_too_large",
                fields={"size": -(-_size(path, len(data)) // 1024), "max": limit // 1024},
            )
        ]
    return data, []


def _size(path: Path, at_least: int) -> int:
    try:
        return max(path.stat().st_size, at_least)
    except OSError:
        return at_least


@cache
def _bundled_bytes() -> tuple[bytes, bytes]:
    return BUNDLED_TABLE.read_bytes(), BUNDLED_METADATA.read_bytes()


def is_bundled(table_bytes: bytes, metadata_bytes: bytes | None) -> bool:
    """Whether these are the bundled files, table and metadata both: only they speak for the
    report (a made-up table started with the bundled metadata does not)."""
    try:
        return (table_bytes, metadata_bytes) == _bundled_bytes()
    except OSError:
        return False


def read_relay_bytes(
    file_name: str, table_bytes: bytes, metadata_bytes: bytes | None = None
) -> RelayCheck:
    """The relay in a table file's bytes (CSV or XLSX) and optional TOML metadata."""
    table, problems, source = inspect_table_file(file_name, table_bytes)
    title = Path(file_name).stem
    metadata = None
    if metadata_bytes is not None:
        metadata, metadata_problems = parse_metadata(metadata_bytes, default_title=title)
        problems = problems + metadata_problems
        # Only the bundled files speak for the report; other files speak for themselves.
        reported = metadata is not None and metadata.origin == "report"
        if reported and not is_bundled(table_bytes, metadata_bytes):
            metadata = replace(metadata, origin="file")
    if table is None or errors(problems):
        return RelayCheck(None, table, errors(problems) + warnings(problems), source)
    groups = list(dict.fromkeys(table["group"]))
    if metadata is None:
        metadata = metadata_from_table(groups, title)
    else:
        metadata, fitting = fit_to_data(metadata, groups, list(dict.fromkeys(table["theme"])))
        problems = problems + fitting
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
    return RelayCheck(relay, table, list(problems), source)
