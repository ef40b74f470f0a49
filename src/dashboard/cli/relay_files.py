"""Commands on relay files: `validate` checks one, `convert` writes it as clean CSV, and
`import` saves it as a new CSV in the data folder (never over an existing file)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.cli.common import CommandError, write_output
from dashboard.cli.output import print_problems
from dashboard.cli.parser import add_language
from dashboard.i18n import Language, text

if TYPE_CHECKING:
    import pandas as pd

MAX_NAME_ATTEMPTS = 1000
DEFAULT_NAME = "stafet"


def _validate(args: argparse.Namespace) -> int:
    """Check a relay and its metadata: the OK line and any notes, or every problem (exit 1)."""
    from dashboard.relay import read_relay_files

    lang = args.lang
    check = read_relay_files(args.path, args.metadata)
    if check.relay is None:
        print_problems(check.errors, lang, errors=True)
        return 1
    relay = check.relay
    groups = ", ".join(f"{group} ({n})" for group, n in relay.pair_counts().items())
    print(
        text(
            "validate.ok",
            lang,
            n_questions=len(relay.pairs),
            n_answers=relay.n_answers,
            groups=groups,
        )
    )
    if check.warnings:
        print_problems(check.warnings, lang, errors=False)
    return 0


def read_checked(path: Path, lang: Language) -> pd.DataFrame | None:
    """The checked table of the file at `path` (how it was read and any notes on stdout), or
    None after listing its errors on stderr."""
    from dashboard.relay import limits
    from dashboard.relay.ingest import inspect_table_file
    from dashboard.relay.load import read_bounded
    from dashboard.relay.problems import errors, warnings

    data, problems = read_bounded(path, limits.MAX_FILE_BYTES, "problem.file_missing")
    table, source = None, None
    if data is not None:
        table, problems, source = inspect_table_file(path.name, data)
    if table is None or errors(problems):
        print_problems(errors(problems) or problems, lang, errors=True)
        return None
    for line in source.describe(lang) if source else []:
        print(line)
    if warnings(problems):
        print_problems(warnings(problems), lang, errors=False)
    return table


def _convert(args: argparse.Namespace) -> int:
    """Check FILE and write it as clean CSV to --out."""
    from dashboard.relay.tables import clean_csv_bytes

    table = read_checked(Path(args.file), args.lang)
    if table is None:
        return 1
    written = write_output(Path(args.out), clean_csv_bytes(table), args.lang)
    print(text("cli.rows_written", args.lang, path=written, rows=len(table)))
    return 0


def file_name_stem(name: str) -> str:
    """An ASCII file name stem: 'Svar fra Århus (2018).xlsx' -> 'svar-fra-aarhus-2018'."""
    from dashboard.slug import slug

    stem = name[: -len(".csv")] if name.lower().endswith(".csv") else name
    return slug(stem) or DEFAULT_NAME


def candidate_paths(data_dir: Path, stem: str) -> Iterator[Path]:
    """data_dir/stem.csv, then stem-2.csv, stem-3.csv … (at most MAX_NAME_ATTEMPTS names)."""
    yield data_dir / f"{stem}.csv"
    for number in range(2, MAX_NAME_ATTEMPTS + 1):
        yield data_dir / f"{stem}-{number}.csv"


def import_table(
    table: pd.DataFrame, data_dir: Path, stem: str, lang: Language
) -> tuple[Path, list[Path]]:
    """Write the table as a new CSV in `data_dir`: (the path written, the taken paths skipped)."""
    from dashboard.relay.tables import clean_csv_bytes

    data = clean_csv_bytes(table)
    taken = []
    for path in candidate_paths(data_dir, stem):
        try:
            return write_output(path, data, lang, overwrite=False), taken
        except FileExistsError:
            taken.append(path)
        except CommandError as error:
            if error.key != "cli.not_a_regular_file":
                raise
            taken.append(path)  # a folder or device by that name: try the next name
    raise CommandError("cli.cannot_write", path=data_dir / f"{stem}.csv", detail=str(len(taken)))


def _import(args: argparse.Namespace) -> int:
    """Check FILE and save it as a new CSV in the data folder."""
    path = Path(args.file)
    table = read_checked(path, args.lang)
    if table is None:
        return 1
    stem = file_name_stem(args.name if args.name else path.stem)
    written, taken = import_table(table, Path(args.data_dir), stem, args.lang)
    if taken:
        print(text("cli.name_taken", args.lang, taken=taken[0]))
    print(text("cli.rows_written", args.lang, path=written, rows=len(table)))
    return 0


def register(commands: argparse._SubParsersAction, lang: Language) -> None:
    """Add validate, convert and import."""
    from dashboard.paths import DATA_DIR

    file_metavar = text("cli.metavar.file", lang)
    validate = commands.add_parser("validate", help=text("cli.validate.help", lang), lang=lang)
    validate.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar=text("cli.metavar.path", lang),
        help=text("cli.validate.path", lang),
    )
    validate.add_argument(
        "--metadata", type=Path, metavar=file_metavar, help=text("cli.metadata", lang)
    )
    add_language(validate, lang)
    validate.set_defaults(handler=_validate)

    convert = commands.add_parser("convert", help=text("cli.convert.help", lang), lang=lang)
    convert.add_argument("file", metavar=file_metavar, help=text("cli.table_file", lang))
    convert.add_argument(
        "--out", required=True, metavar=f"{file_metavar}.csv", help=text("cli.convert.out", lang)
    )
    add_language(convert, lang)
    convert.set_defaults(handler=_convert)

    importer = commands.add_parser("import", help=text("cli.import.help", lang), lang=lang)
    importer.add_argument("file", metavar=file_metavar, help=text("cli.table_file", lang))
    importer.add_argument(
        "--name", metavar=text("cli.metavar.name", lang), help=text("cli.import.name", lang)
    )
    importer.add_argument(
        "--data-dir",
        default=str(DATA_DIR),
        metavar=text("cli.metavar.folder", lang),
        help=text("cli.import.data_dir", lang, path=DATA_DIR),
    )
    add_language(importer, lang)
    importer.set_defaults(handler=_import)
