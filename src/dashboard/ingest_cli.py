"""Command line: read a relay file a user made (CSV or XLSX) and save it as clean CSV.

`register(subparsers)` adds two commands; each handler returns the exit code:

- `convert FILE --out clean.csv` checks the file and writes the clean CSV (replacing --out
  atomically: a reader sees the old file or the new one, never half a file);
- `import FILE [--name NAME] [--data-dir DIR]` checks the file and writes it as a NEW file
  `DIR/<name>.csv`. It never overwrites: when the name is taken it writes `<name>-2.csv`,
  `<name>-3.csv` … and says so.

Exit code 0 on success; 1 when the file has errors (every problem listed on stderr, nothing
written); 2 when the output can't be written. Messages are Danish, or English with --lang en.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from dashboard.i18n import LANGUAGES, Language, text
from dashboard.ingest import clean_csv_bytes, inspect_table_file
from dashboard.relay import DATA_DIR, Problem
from dashboard.report_source import theme_slug

MAX_NAME_ATTEMPTS = 1000
DEFAULT_NAME = "stafet"


def _print_problems(problems: list[Problem], lang: Language, *, errors: bool) -> None:
    """The list under its heading: errors on stderr, warnings (notes) on stdout."""
    out = sys.stderr if errors else sys.stdout
    heading = "validate.problems" if errors else "validate.warnings"
    print(text(heading, lang, count=len(problems)), file=out)
    for problem in problems:
        print(f"- {problem.message(lang)}", file=out)


def read_checked(path: Path, lang: Language = "da") -> pd.DataFrame | None:
    """The checked table of the file at `path`, or None after listing its errors on stderr."""
    try:
        data = path.read_bytes()
    except OSError:
        _print_problems(
            [Problem("problem.file_missing", fields={"path": str(path)})], lang, errors=True
        )
        return None
    table, problems, source = inspect_table_file(path.name, data)
    errors = [p for p in problems if p.severity == "error"]
    if table is None or errors:
        _print_problems(errors or problems, lang, errors=True)
        return None
    for line in source.describe(lang) if source else []:
        print(line)
    warnings = [p for p in problems if p.severity == "warning"]
    if warnings:
        _print_problems(warnings, lang, errors=False)
    return table


def write_file(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `data` to `path` through a temporary file in the same folder, so no one ever sees
    half a file. With overwrite=False an existing `path` is never touched: FileExistsError."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        if overwrite:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # atomic, and fails if the name is taken
    finally:
        Path(temporary).unlink(missing_ok=True)


def file_slug(name: str) -> str:
    """An ASCII file name stem: 'Svar fra Århus (2018).xlsx' -> 'svar-fra-aarhus-2018'."""
    stem = name[: -len(".csv")] if name.lower().endswith(".csv") else name
    stem = unicodedata.normalize("NFC", stem).lower()
    plain = "".join(c if c in "æøå" else unicodedata.normalize("NFKD", c) for c in stem)
    return theme_slug(plain) or DEFAULT_NAME


def candidate_paths(data_dir: Path, stem: str) -> Iterator[Path]:
    """data_dir/stem.csv, then stem-2.csv, stem-3.csv … (at most MAX_NAME_ATTEMPTS names)."""
    yield data_dir / f"{stem}.csv"
    for number in range(2, MAX_NAME_ATTEMPTS + 1):
        yield data_dir / f"{stem}-{number}.csv"


def import_table(table: pd.DataFrame, data_dir: Path, stem: str) -> tuple[Path, list[Path]]:
    """Write the table as a new CSV in `data_dir`: (the path written, the taken paths skipped)."""
    data = clean_csv_bytes(table)
    taken = []
    for path in candidate_paths(data_dir, stem):
        try:
            write_file(path, data, overwrite=False)
        except FileExistsError:
            taken.append(path)
            continue
        return path, taken
    raise FileExistsError(str(data_dir / f"{stem}-{MAX_NAME_ATTEMPTS}.csv"))


def _cannot_write(path: Path, error: OSError, lang: Language) -> int:
    detail = text("ingest.cli.cannot_write", lang, path=path, detail=error.strerror or error)
    print(text("cli.error", lang, detail=detail), file=sys.stderr)
    return 2


def _convert(args: argparse.Namespace) -> int:
    """Check FILE and write it as clean CSV to --out."""
    table = read_checked(Path(args.file), args.lang)
    if table is None:
        return 1
    out = Path(args.out)
    try:
        write_file(out, clean_csv_bytes(table), overwrite=True)
    except OSError as error:
        return _cannot_write(out, error, args.lang)
    print(text("ingest.cli.written", args.lang, path=out, rows=len(table)))
    return 0


def _import(args: argparse.Namespace) -> int:
    """Check FILE and save it as a new CSV in the data folder."""
    path = Path(args.file)
    table = read_checked(path, args.lang)
    if table is None:
        return 1
    data_dir = Path(args.data_dir)
    stem = file_slug(args.name if args.name else path.stem)
    try:
        written, taken = import_table(table, data_dir, stem)
    except OSError as error:
        return _cannot_write(data_dir / f"{stem}.csv", error, args.lang)
    if taken:
        print(text("ingest.cli.name_taken", args.lang, taken=taken[0]))
    print(text("ingest.cli.written", args.lang, path=written, rows=len(table)))
    return 0


def register(subparsers: argparse._SubParsersAction, data_dir: Path = DATA_DIR) -> None:
    """Add the commands convert and import to `subparsers`."""
    convert = subparsers.add_parser("convert", help=text("ingest.cli.convert_help"))
    convert.add_argument("file", metavar="FIL", help=text("ingest.cli.file_help"))
    convert.add_argument(
        "--out", required=True, metavar="FIL.csv", help=text("ingest.cli.out_help")
    )
    convert.add_argument("--lang", choices=LANGUAGES, default="da")
    convert.set_defaults(handler=_convert)

    importer = subparsers.add_parser("import", help=text("ingest.cli.import_help"))
    importer.add_argument("file", metavar="FIL", help=text("ingest.cli.file_help"))
    importer.add_argument("--name", metavar="NAVN", help=text("ingest.cli.name_help"))
    importer.add_argument(
        "--data-dir",
        default=str(data_dir),
        metavar="MAPPE",
        help=text("ingest.cli.data_dir_help", path=data_dir),
    )
    importer.add_argument("--lang", choices=LANGUAGES, default="da")
    importer.set_defaults(handler=_import)
