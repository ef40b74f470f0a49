"""Command line: `python -m dashboard <command>`. Messages in Danish; bad arguments exit 2."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard.export_cli import register as register_export_command
from dashboard.i18n import LANGUAGES, text
from dashboard.ingest_cli import register as register_ingest_commands
from dashboard.relay import inspect_relay, relay_files
from dashboard.text_cli import register as register_text_commands

# argparse has no Danish translation, so its few messages about bad arguments are mapped here.
_ARGPARSE_MESSAGES = (
    (re.compile(r"unrecognized arguments: (?P<args>.*)"), "cli.unrecognized"),
    (re.compile(r"the following arguments are required: (?P<args>.*)"), "cli.required"),
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>\S+)"), "cli.invalid_choice"),
    (re.compile(r"argument (?P<arg>\S+): invalid \w+ value: (?P<value>\S+)"), "cli.invalid_value"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.expected_value"),
)


class DanishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one short Danish line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, key in _ARGPARSE_MESSAGES:
            match = pattern.match(message)
            if match:
                message = text(key, **match.groupdict())
                break
        self.exit(2, f"{self.prog}: {text('cli.error', detail=message)}\n")


def _validate(args: argparse.Namespace) -> int:
    relay, problems = inspect_relay(*relay_files(args.path, args.metadata))
    lang = args.lang
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if relay is None:
        print(text("validate.problems", lang, count=len(errors)))
        for problem in errors:
            print(f"- {problem.message(lang)}")
        return 1
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
    if warnings:
        print(text("validate.warnings", lang, count=len(warnings)))
        for problem in warnings:
            print(f"- {problem.message(lang)}")
    return 0


def build_parser() -> DanishArgumentParser:
    parser = DanishArgumentParser(prog="python -m dashboard", description=text("cli.description"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    validate = commands.add_parser("validate", help=text("cli.validate.help"))
    # Without a path: the bundled relay with its metadata; a file named alone has none.
    validate.add_argument("path", nargs="?", type=Path, metavar="STI")
    validate.add_argument("--metadata", type=Path, metavar="STI")
    validate.add_argument("--lang", choices=LANGUAGES, default="da")
    validate.set_defaults(handler=_validate)
    register_text_commands(commands)
    register_export_command(commands)
    register_ingest_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # The reader stopped early (e.g. `| head`): not an error. Point stdout at devnull so
        # Python's flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
