"""What every command family shares: its one kind of failure, reading the relay it works on,
and writing the file it makes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.i18n import Language, text

if TYPE_CHECKING:
    from dashboard.relay import Relay


class CommandError(Exception):
    """A command cannot do what it was asked: a text id and its fields, and the exit code
    (2: the arguments, 1: the data)."""

    def __init__(self, key: str, exit_code: int = 2, **fields: object):
        super().__init__(key)
        self.key, self.exit_code, self.fields = key, exit_code, fields

    def message(self, lang: Language) -> str:
        return text(self.key, lang, **self.fields)


def relay_from_arguments(args: argparse.Namespace, lang: Language) -> Relay:
    """The relay named by --data (and --metadata), else the bundled one; a relay with errors
    stops the command with its first problem (exit code 1; `validate` lists them all)."""
    from dashboard.relay import BUNDLED_TABLE, read_relay_files

    data = Path(args.data) if args.data else None
    metadata = Path(args.metadata) if args.metadata else None
    check = read_relay_files(data, metadata)
    if check.relay is None:
        first, *rest = check.errors
        detail = first.message(lang)
        if rest:
            detail += " " + text("cli.more_problems", lang, n=len(rest))
        path = args.data or BUNDLED_TABLE
        raise CommandError("cli.cannot_read", 1, path=path, detail=detail)
    return check.relay


def write_output(path: Path, data: bytes, lang: Language, *, overwrite: bool = True) -> Path:
    """`files.write_file`, its failures as one-line errors (exit code 2: the path given)."""
    from dashboard.cli.files import NotARegularFile, write_file

    if not path.parent.is_dir():
        raise CommandError("cli.cannot_write", path=path, detail=text("cli.folder_missing", lang))
    try:
        return write_file(path, data, overwrite=overwrite)
    except NotARegularFile as error:
        raise CommandError("cli.not_a_regular_file", path=path) from error
    except FileExistsError:
        raise
    except OSError as error:
        detail = error.strerror or str(error)
        raise CommandError("cli.cannot_write", path=path, detail=detail) from error
