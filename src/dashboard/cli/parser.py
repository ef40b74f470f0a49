"""One parser for every command, in the user's language, and the one way a command fails."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import re
import sys
from collections.abc import Sequence

from dashboard.cli.common import CommandError
from dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, Quoted, text

PROGRAM = "python -m dashboard"

# argparse has no Danish translation, so its few messages about bad arguments are mapped here.
_ARGPARSE_MESSAGES = (
    (re.compile(r"unrecognized arguments: (?P<args>.*)"), "cli.unrecognized"),
    (re.compile(r"the following arguments are required: (?P<args>.*)"), "cli.required"),
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: (?P<value>\S+) \(choose from (?P<choices>.*)\)"
        ),
        "cli.invalid_choice",
    ),
    (re.compile(r"argument (?P<arg>\S+): invalid \w+ value: (?P<value>\S+)"), "cli.invalid_value"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.expected_value"),
)
# argparse writes the values it names as Python does: 'xx', or 'da', 'en'.
_ARGPARSE_VALUES = re.compile(r"'[^']*'(?:, '[^']*')*")
_ARGPARSE_VALUE = re.compile(r"'([^']*)'")


def _in_quotes_of_the_language(found: str) -> object:
    """A part of argparse's message, its values to be written in the user's quotation marks."""
    if _ARGPARSE_VALUES.fullmatch(found):
        return Quoted(_ARGPARSE_VALUE.findall(found))
    return found


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with its one fixed word, "usage:", in the user's language."""

    def __init__(self, prog: str, lang: Language = DEFAULT_LANGUAGE):
        super().__init__(prog)
        self._lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse asks with prefix "" when it builds a subcommand's name from the usage line.
        prefix = text("cli.usage", self._lang) if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)


class CommandLineParser(argparse.ArgumentParser):
    """An ArgumentParser speaking `lang`: headings, help and errors (one line, exit code 2)."""

    def __init__(self, *args, lang: Language = DEFAULT_LANGUAGE, **kwargs):
        kwargs.setdefault("formatter_class", functools.partial(_HelpFormatter, lang=lang))
        super().__init__(*args, add_help=False, **kwargs)
        self.lang = lang
        self._positionals.title = text("cli.positionals", lang)
        self._optionals.title = text("cli.options", lang)
        self.add_argument("-h", "--help", action="help", help=text("cli.help", lang))

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, key in _ARGPARSE_MESSAGES:
            match = pattern.match(message)
            if match:
                fields = {k: _in_quotes_of_the_language(v) for k, v in match.groupdict().items()}
                message = text(key, self.lang, **fields)
                break
        self.exit(2, f"{self.prog}: {text('cli.error', self.lang, detail=message)}\n")


def requested_language(argv: Sequence[str]) -> Language:
    """The language asked for anywhere in `argv` (--lang en / --lang=en), so that help and
    errors before parsing speak it too; Danish otherwise."""
    for position, argument in enumerate(argv):
        value = None
        if argument == "--lang" and position + 1 < len(argv):
            value = argv[position + 1]
        elif argument.startswith("--lang="):
            value = argument.split("=", 1)[1]
        if value in LANGUAGES:
            return value  # type: ignore[return-value]
    return DEFAULT_LANGUAGE


def add_language(parser: argparse.ArgumentParser, lang: Language) -> None:
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=text("cli.lang", lang)
    )


def add_relay_files(parser: argparse.ArgumentParser, lang: Language) -> None:
    """--data and --metadata: which relay a command reads (default: the bundled one)."""
    parser.add_argument(
        "--data", metavar=text("cli.metavar.file", lang), help=text("cli.data", lang)
    )
    parser.add_argument(
        "--metadata", metavar=text("cli.metavar.file", lang), help=text("cli.metadata", lang)
    )


def add_family(
    commands: argparse._SubParsersAction, name: str, help_text: str, lang: Language
) -> argparse._SubParsersAction:
    """A command with commands of its own ("meeting new", "db upgrade"): where to add them."""
    family = commands.add_parser(name, help=help_text, lang=lang)
    return family.add_subparsers(
        dest="action", required=True, metavar=text("cli.metavar.command", lang)
    )


def build_parser(lang: Language = DEFAULT_LANGUAGE) -> CommandLineParser:
    """The parser with every command, its help in `lang`."""
    from dashboard.cli import database, export, meetings, relay_files, text_analysis

    parser = CommandLineParser(prog=PROGRAM, description=text("cli.description", lang), lang=lang)
    commands = parser.add_subparsers(
        dest="command", required=True, metavar=text("cli.metavar.command", lang)
    )
    for family in (relay_files, text_analysis, export, meetings, database):
        family.register(commands, lang)
    return parser


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each command's name and parser – a family's commands by both words ("meeting new") –
    e.g. to check what the documentation shows."""
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                inner = commands(command)
                found.update({f"{name} {sub}": c for sub, c in inner.items()} or {name: command})
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code. Errors are one line on stderr, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The store logs a database's failures for a server's log; a command says them in one line.
    logging.getLogger("dashboard").addHandler(logging.NullHandler())
    lang = requested_language(argv)
    args = build_parser(lang).parse_args(argv)
    try:
        return args.handler(args)
    except CommandError as error:
        print(text("cli.error", lang, detail=error.message(lang)), file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader stopped early (e.g. `| head`): not an error. Point stdout at devnull so
        # Python's flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug, or memory ran out: one line, never a traceback
        detail = text("cli.unexpected", lang, detail=type(error).__name__)
        print(text("cli.error", lang, detail=detail), file=sys.stderr)
        return 1
