"""Command-line export: `python -m dashboard export --format pptx|pdf|xlsx|csv|html --out FIL`.

`register(subparsers)` adds the command. It exports what the page's buttons export: the cards
of a filter (`--group`, `--theme`, `--query`), and for PPTX, PDF and HTML the slides around them.
Exit code 0 on success; 2 with one short line on stderr (Danish by default) for bad arguments
or data. The file is written atomically: a failed export leaves no half-written file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from dashboard.cards import CardFilter, empty_result_advice, filter_cards
from dashboard.export import FORMATS, ExportFormat, export_bytes
from dashboard.i18n import LANGUAGES, Language, text
from dashboard.relay import Relay, RelayError, load_relay, relay_files
from dashboard.slides import build_slides


class ExportProblem(ValueError):
    """An argument or file that makes the export impossible; the message is for the user."""


def _choices(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _format_of(args: argparse.Namespace, out: Path, lang: Language) -> ExportFormat:
    """The format named by --format, checked against --out's ending (or found from it)."""
    known = _choices(FORMATS)
    if args.format is None:
        by_suffix = {s: f for f in FORMATS.values() for s in f.suffixes}
        if out.suffix.lower() not in by_suffix:
            raise ExportProblem(text("export.error.no_format", lang, choices=known))
        return by_suffix[out.suffix.lower()]
    chosen = FORMATS.get(args.format.lower())
    if chosen is None:
        raise ExportProblem(text("export.error.format", lang, value=args.format, choices=known))
    if out.suffix.lower() not in chosen.suffixes:
        raise ExportProblem(
            text(
                "export.error.suffix",
                lang,
                suffixes=" / ".join(chosen.suffixes),
                format=chosen.name,
                name=out.name,
            )
        )
    return chosen


def _card_filter(args: argparse.Namespace, relay: Relay, lang: Language) -> CardFilter:
    """--group/--theme/--query as a filter, every group and theme checked against the data."""
    for key, values, known in (
        ("export.error.group", args.group, relay.groups),
        ("export.error.theme", args.theme, relay.themes()),
    ):
        for value in values:
            if value not in known:
                raise ExportProblem(text(key, lang, value=value, choices=_choices(known)))
    return CardFilter(groups=tuple(args.group), themes=tuple(args.theme), query=args.query)


def _relay(args: argparse.Namespace, lang: Language) -> Relay:
    """The bundled relay with its metadata, or the --data file with --metadata (if any).

    A file named alone has no metadata: the report's title and numbers are never lent to it.
    """
    table, metadata = relay_files(args.data, args.metadata)
    try:
        return load_relay(table, metadata)
    except RelayError as error:
        detail = text("export.error.data", lang, path=table, detail=error)
        raise ExportProblem(detail) from error


def write_atomically(out: Path, content: bytes, lang: Language) -> None:
    """Write `content` to a temporary file beside `out`, then rename it to `out`."""
    folder = out.parent
    if not folder.is_dir():
        reason = text("export.error.not_a_folder", lang)
        raise ExportProblem(text("export.error.unwritable", lang, path=out, reason=reason))
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{out.name}.", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(content)
        os.replace(temporary, out)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise ExportProblem(
            text("export.error.unwritable", lang, path=out, reason=reason)
        ) from error


def _export(args: argparse.Namespace) -> int:
    lang: Language = args.lang
    out = Path(args.out)
    try:
        file_format = _format_of(args, out, lang)
        relay = _relay(args, lang)
        card_filter = _card_filter(args, relay, lang)
        selection = filter_cards(relay.pairs, card_filter, lang)
        if selection.query_error:
            raise ExportProblem(selection.query_error)
        if selection.cards.empty:
            raise ExportProblem(empty_result_advice(card_filter, lang))
        slides = build_slides(relay, selection.cards, lang) if file_format.uses_slides else []
        content = export_bytes(file_format.name, slides, selection.cards, lang)
        write_atomically(out, content, lang)
    except ExportProblem as problem:
        print(text("cli.error", lang, detail=problem), file=sys.stderr)
        return 2
    print(text("export.written", lang, path=out, n=len(selection.cards)))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the command `export` to `subparsers`."""
    command = subparsers.add_parser("export", help=text("export.cli.help"))
    command.add_argument(
        "--format", metavar="FORMAT", help=text("export.cli.format", choices="|".join(FORMATS))
    )
    command.add_argument("--out", required=True, metavar="FIL", help=text("export.cli.out"))
    command.add_argument(
        "--group", action="append", default=[], metavar="GRUPPE", help=text("export.cli.group")
    )
    command.add_argument(
        "--theme", action="append", default=[], metavar="TEMA", help=text("export.cli.theme")
    )
    command.add_argument("--query", default="", metavar="SØGNING", help=text("export.cli.query"))
    command.add_argument("--lang", choices=LANGUAGES, default="da", help=text("export.cli.lang"))
    command.add_argument("--data", metavar="STI", help=text("export.cli.data"))
    command.add_argument("--metadata", metavar="STI", help=text("export.cli.metadata"))
    command.set_defaults(handler=_export)
