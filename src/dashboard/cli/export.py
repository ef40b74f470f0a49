"""`export`: the cards of a filter, and for PPTX, PDF and HTML the slides around them, as a
file – what the page's buttons export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.cli.common import CommandError, relay_from_arguments, write_output
from dashboard.cli.parser import add_language, add_relay_files
from dashboard.export.formats import FORMATS, ExportFormat
from dashboard.i18n import Language, Quoted, text

if TYPE_CHECKING:
    from dashboard.cards import CardFilter
    from dashboard.relay import Relay


def format_of(requested: str | None, out: Path) -> ExportFormat:
    """The format named by --format, checked against --out's ending (or found from it)."""
    known = Quoted(FORMATS)
    if requested is None:
        by_suffix = {s: f for f in FORMATS.values() for s in f.suffixes}
        if out.suffix.lower() not in by_suffix:
            raise CommandError("cli.export.no_format", choices=known)
        return by_suffix[out.suffix.lower()]
    chosen = FORMATS.get(requested.lower())
    if chosen is None:
        raise CommandError("cli.export.unknown_format", value=requested, choices=known)
    if out.suffix.lower() not in chosen.suffixes:
        raise CommandError(
            "cli.export.suffix",
            suffixes=" / ".join(chosen.suffixes),
            format=chosen.name,
            name=out.name,
        )
    return chosen


def card_filter(args: argparse.Namespace, relay: Relay) -> CardFilter:
    """--group/--theme/--query as a filter, every group and theme checked against the data."""
    from dashboard.cards import CardFilter

    for key, values, known in (
        ("cli.unknown_group", args.group, relay.groups),
        ("cli.unknown_theme", args.theme, relay.themes()),
    ):
        for value in values:
            if value not in known:
                raise CommandError(key, value=value, choices=Quoted(known))
    return CardFilter(groups=tuple(args.group), themes=tuple(args.theme), query=args.query)


def _export(args: argparse.Namespace) -> int:
    from dashboard.cards import empty_result_advice, filter_cards
    from dashboard.export import export_bytes
    from dashboard.slides import build_slides

    lang: Language = args.lang
    out = Path(args.out)
    file_format = format_of(args.format, out)
    relay = relay_from_arguments(args, lang)
    chosen = card_filter(args, relay)
    selection = filter_cards(relay.pairs, chosen, lang)
    if selection.query_error:
        raise CommandError("cli.selection", detail=selection.query_error)
    if selection.cards.empty:
        raise CommandError("cli.selection", detail=empty_result_advice(chosen, lang))
    slides = build_slides(relay, selection.cards, lang) if file_format.uses_slides else []
    written = write_output(out, export_bytes(file_format.name, slides, selection.cards, lang), lang)
    print(text("cli.export.written", lang, path=written, n=len(selection.cards)))
    return 0


def add_output_file(parser: argparse.ArgumentParser, lang: Language) -> None:
    """--out FILE and --format (default: from --out's ending)."""
    parser.add_argument(
        "--format",
        metavar="FORMAT",
        help=text("cli.export.format", lang, choices="|".join(FORMATS)),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar=text("cli.metavar.file", lang),
        help=text("cli.export.out", lang),
    )


def add_card_filter(parser: argparse.ArgumentParser, lang: Language) -> None:
    """--group and --theme (repeatable) and --query: which cards (see `card_filter`)."""
    for option, metavar, help_key in (
        ("--group", "cli.metavar.group", "cli.export.group"),
        ("--theme", "cli.metavar.theme", "cli.export.theme"),
    ):
        parser.add_argument(
            option,
            action="append",
            default=[],
            metavar=text(metavar, lang),
            help=text(help_key, lang),
        )
    parser.add_argument(
        "--query",
        default="",
        metavar=text("cli.metavar.query", lang),
        help=text("cli.export.query", lang),
    )


def register(commands: argparse._SubParsersAction, lang: Language) -> None:
    """Add export."""
    command = commands.add_parser("export", help=text("cli.export.help", lang), lang=lang)
    add_output_file(command, lang)
    add_card_filter(command, lang)
    add_language(command, lang)
    add_relay_files(command, lang)
    command.set_defaults(handler=_export)
