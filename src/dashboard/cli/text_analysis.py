"""Text analysis commands: words, compare, search, kwic and cloud.

Each prints a readable table in the user's language, or JSON with --json.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.cli.common import CommandError, relay_from_arguments, write_output
from dashboard.cli.output import print_json, print_table
from dashboard.cli.parser import add_language, add_relay_files
from dashboard.i18n import Language, text

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_TOP = 20
KINDS = ("questions", "answers", "all")
CLOUD_FORMATS = {".png": "png", ".svg": "svg"}


def _top(value: str) -> int:
    """--top as a whole number ≥ 0 (0: no limit)."""
    if not value.isdigit():
        raise CommandError("cli.error.top", value=value)
    return int(value)


def _limit(frame: pd.DataFrame, top: int) -> pd.DataFrame:
    return frame if top == 0 else frame.head(top)


def _with_pairs(handler: Callable[[argparse.Namespace, pd.DataFrame], int]):
    """Run `handler` on the pairs of the relay named by --data/--metadata; the text core's
    errors about a selection become one-line command errors."""

    def run(args: argparse.Namespace) -> int:
        from dashboard.text import SelectionError

        pairs = relay_from_arguments(args, args.lang).pairs
        try:
            return handler(args, pairs)
        except SelectionError as error:
            raise CommandError("cli.selection", detail=error.message(args.lang)) from error

    run.__doc__ = handler.__doc__
    return run


def _words(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Most frequent terms of a selection."""
    from dashboard.numbers import decimal_number
    from dashboard.text import frequencies, term_forms

    top = _top(args.top)
    if args.json:
        # Each term with the forms counted together in it, so anyone can audit the grouping.
        terms = term_forms(pairs, args.group, args.theme, args.kind)
        for term in terms:
            term["per_1000"] = round(float(term["per_1000"]), 4)
        print_json(terms if top == 0 else terms[:top])
        return 0
    table = _limit(frequencies(pairs, args.group, args.theme, args.kind), top)
    if table.empty:
        print(text("cli.words.none", args.lang))
    else:
        rows = [
            (r.term, r.count, decimal_number(r.per_1000, args.lang, 2)) for r in table.itertuples()
        ]
        headers = [
            text(k, args.lang) for k in ("cli.words.term", "cli.words.count", "cli.words.per_1000")
        ]
        print_table(headers, rows, right={1, 2})
    return 0


def _compare(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Distinctive and shared terms of two groups (or themes)."""
    from dashboard.numbers import decimal_number
    from dashboard.text import compare

    lang = args.lang
    top = _top(args.top)
    result = compare(pairs, args.a, args.b, by=args.by, kind=args.kind)
    terms = result.terms
    if top:
        terms = terms.loc[terms["z"].abs().nlargest(top).index].sort_values("z", ascending=False)
    full = {"only_a": result.only_a, "both": result.both, "only_b": result.only_b}
    lists = {name: (words[:top] if top else words) for name, words in full.items()}
    if args.json:
        print_json(
            {
                "a": result.a,
                "b": result.b,
                "terms": [
                    {
                        "term": r.term,
                        "count_a": int(r.count_a),
                        "count_b": int(r.count_b),
                        "z": round(float(r.z), 4),
                    }
                    for r in terms.itertuples()
                ],
                **lists,
            }
        )
        return 0
    print(text("cli.compare.legend", lang, a=result.a, b=result.b) + "\n")
    rows = [
        (r.term, r.count_a, r.count_b, decimal_number(r.z, lang, 2)) for r in terms.itertuples()
    ]
    headers = [
        text("cli.words.term", lang),
        text("cli.compare.count_a", lang),
        text("cli.compare.count_b", lang),
        "z",
    ]
    print_table(headers, rows, right={1, 2, 3})
    for name, heading in (
        ("only_a", "cli.compare.only_a"),
        ("both", "cli.compare.both"),
        ("only_b", "cli.compare.only_b"),
    ):
        print(f"\n{text(heading, lang, n=len(full[name]))}: {', '.join(lists[name]) or '–'}")
    return 0


def _search(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Rows whose question or answer matches the query, with the matches' character spans."""
    from dashboard.text import search

    hits = search(pairs, args.query)
    found = [
        {
            "id": r.id,
            "group": r.group,
            "theme": r.theme,
            "spans": {field: [list(span) for span in spans] for field, spans in r.spans.items()},
        }
        for r in hits.itertuples()
    ]
    if args.json:
        print_json(found)
    elif not found:
        print(text("cli.search.none", args.lang))
    else:
        rows = [
            (
                f["id"],
                f["group"],
                f["theme"],
                len(f["spans"]["question"]),
                len(f["spans"]["answer"]),
            )
            for f in found
        ]
        headers = [
            text(key, args.lang)
            for key in (
                "cli.search.id",
                "cli.search.group",
                "cli.search.theme",
                "cli.search.in_question",
                "cli.search.in_answer",
            )
        ]
        print_table(headers, rows, right={3, 4})
    return 0


def _kwic(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Every occurrence of a word's forms with the text around it."""
    from dashboard.text import kwic

    lines = kwic(pairs, args.term)
    if args.json:
        print_json(
            [
                {"id": r.id, "left": r.left, "match": r.match, "right": r.right}
                for r in lines.itertuples()
            ]
        )
    elif lines.empty:
        print(text("cli.kwic.none", args.lang, term=args.term))
    else:
        width = int(lines["left"].str.len().max())
        for r in lines.itertuples():
            print(f"{r.left.rjust(width)} [{r.match}] {r.right}   ({r.id})")
    return 0


def _pixels(value: str, name: str) -> int:
    """--width/--height as a whole number; the cloud itself refuses sizes it cannot draw."""
    if not value.isdigit():
        raise CommandError("cli.error.pixels", name=name, value=value)
    return int(value)


def _cloud(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """A word cloud of a selection, written as PNG or SVG."""
    lang = args.lang
    if not args.out:
        raise CommandError("cli.cloud.out_missing")
    out = Path(args.out)
    file_format = CLOUD_FORMATS.get(out.suffix.lower())
    if file_format is None:
        raise CommandError("cli.cloud.suffix", name=out.name)
    width, height = _pixels(args.width, "--width"), _pixels(args.height, "--height")
    from dashboard.text import cloud_png, cloud_svg, cloud_table, frequencies

    table = frequencies(pairs, args.group, args.theme, args.kind)
    if file_format == "png":
        data = cloud_png(table, width, height)
    else:
        data = cloud_svg(table, width, height).encode("utf-8")
    written = write_output(out, data, lang)
    print(text("cli.cloud.written", lang, path=written, n=len(cloud_table(table))))
    return 0


def _add_selection(parser: argparse.ArgumentParser, lang: Language, *, kind_only=False) -> None:
    if not kind_only:
        parser.add_argument(
            "--group", metavar=text("cli.metavar.group", lang), help=text("cli.group", lang)
        )
        parser.add_argument(
            "--theme", metavar=text("cli.metavar.theme", lang), help=text("cli.theme", lang)
        )
    parser.add_argument("--kind", choices=KINDS, default="all", help=text("cli.kind", lang))


def _add_common(parser: argparse.ArgumentParser, lang: Language) -> None:
    add_relay_files(parser, lang)
    parser.add_argument("--json", action="store_true", help=text("cli.json", lang))
    add_language(parser, lang)


def register(commands: argparse._SubParsersAction, lang: Language) -> None:
    """Add words, compare, search, kwic and cloud."""
    words = commands.add_parser("words", help=text("cli.words.help", lang), lang=lang)
    _add_selection(words, lang)
    words.add_argument("--top", default=str(DEFAULT_TOP), metavar="N", help=text("cli.top", lang))
    _add_common(words, lang)
    words.set_defaults(handler=_with_pairs(_words))

    comparison = commands.add_parser("compare", help=text("cli.compare.help", lang), lang=lang)
    comparison.add_argument("--a", required=True, metavar="A", help=text("cli.compare.a", lang))
    comparison.add_argument("--b", required=True, metavar="B", help=text("cli.compare.b", lang))
    comparison.add_argument(
        "--by", choices=("group", "theme"), default="group", help=text("cli.compare.by", lang)
    )
    _add_selection(comparison, lang, kind_only=True)
    comparison.add_argument(
        "--top", default=str(DEFAULT_TOP), metavar="N", help=text("cli.compare.top", lang)
    )
    _add_common(comparison, lang)
    comparison.set_defaults(handler=_with_pairs(_compare))

    finder = commands.add_parser("search", help=text("cli.search.help", lang), lang=lang)
    finder.add_argument(
        "query", metavar=text("cli.metavar.query", lang), help=text("cli.search.query", lang)
    )
    _add_common(finder, lang)
    finder.set_defaults(handler=_with_pairs(_search))

    context = commands.add_parser("kwic", help=text("cli.kwic.help", lang), lang=lang)
    context.add_argument("term", metavar=text("cli.metavar.word", lang))
    _add_common(context, lang)
    context.set_defaults(handler=_with_pairs(_kwic))

    cloud = commands.add_parser("cloud", help=text("cli.cloud.help", lang), lang=lang)
    _add_selection(cloud, lang)
    cloud.add_argument(
        "--out", metavar=text("cli.metavar.file", lang), help=text("cli.cloud.out", lang)
    )
    cloud.add_argument("--width", default="800", metavar="PX", help=text("cli.cloud.width", lang))
    cloud.add_argument("--height", default="400", metavar="PX", help=text("cli.cloud.height", lang))
    _add_common(cloud, lang)
    cloud.set_defaults(handler=_with_pairs(_cloud))
