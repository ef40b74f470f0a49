"""Command-line text analysis: words, compare, search, kwic and cloud (Danish output).

`register(subparsers)` adds the five commands to an argparse subparsers object; each command's
handler takes the parsed arguments, prints JSON or a readable Danish table and returns the
exit code: 0 on success, 2 with one short Danish line on stderr for bad arguments or data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from dashboard.relay import RelayError, load_relay, relay_files
from dashboard.text.cloud import DEFAULT_HEIGHT, DEFAULT_WIDTH, cloud_png, cloud_svg, cloud_table
from dashboard.text.compare import compare
from dashboard.text.frequencies import frequencies
from dashboard.text.index import KINDS, SelectionError
from dashboard.text.search import kwic, search

Handler = Callable[[argparse.Namespace], int]
DEFAULT_TOP = 20
CLOUD_FORMATS = {".png": "png", ".svg": "svg"}


class ArgumentProblem(ValueError):
    """A command-line value is unusable; the message is Danish."""


def _fail(message: str) -> int:
    print(f"fejl: {message}", file=sys.stderr)
    return 2


def _guarded(handler: Callable[[argparse.Namespace, pd.DataFrame], int]) -> Handler:
    """Load the relay given by --data, run `handler`, and turn user errors into exit code 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args, load_relay(*relay_files(args.data)).pairs)
        except (ArgumentProblem, SelectionError) as problem:
            return _fail(str(problem))
        except RelayError as error:
            return _fail(f"kan ikke læse {args.data or relay_files()[0]}: {error}")

    run.__doc__ = handler.__doc__
    return run


def _top(value: str) -> int:
    """--top as a whole number ≥ 0 (0: no limit)."""
    try:
        top = int(value)
    except ValueError:
        top = -1
    if top < 0:
        raise ArgumentProblem(f"--top skal være et helt tal på 0 eller mere, ikke '{value}'")
    return top


def _limit(frame: pd.DataFrame, top: int) -> pd.DataFrame:
    return frame if top == 0 else frame.head(top)


def _number(value: float, decimals: int = 2) -> str:
    """A number with a decimal comma, as Danish readers expect."""
    return f"{value:.{decimals}f}".replace(".", ",")


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> None:
    """A plain text table; columns in `right` are right-aligned."""
    cells = [list(map(str, headers))] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for number, row in enumerate(cells):
        print(
            "  ".join(
                cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                for i, cell in enumerate(row)
            ).rstrip()
        )
        if number == 0:
            print("  ".join("-" * width for width in widths))


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _words(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Most frequent terms of a selection."""
    table = _limit(frequencies(pairs, args.group, args.theme, args.kind), _top(args.top))
    if args.json:
        _print_json(
            [
                {"term": r.term, "count": int(r.count), "per_1000": round(float(r.per_1000), 4)}
                for r in table.itertuples()
            ]
        )
    elif table.empty:
        print("Ingen ord i det valgte udsnit.")
    else:
        rows = [(r.term, r.count, _number(r.per_1000)) for r in table.itertuples()]
        _print_table(["Ord", "Antal", "Pr. 1.000 ord"], rows, right={1, 2})
    return 0


def _compare(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Distinctive and shared terms of two groups (or themes)."""
    top = _top(args.top)
    result = compare(pairs, args.a, args.b, by=args.by, kind=args.kind)
    terms = result.terms
    if top:
        terms = terms.loc[terms["z"].abs().nlargest(top).index].sort_values("z", ascending=False)
    full = {name: getattr(result, name) for name in ("only_a", "both", "only_b")}
    lists = {name: (words[:top] if top else words) for name, words in full.items()}
    if args.json:
        _print_json(
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
    print(f"A: {result.a}   B: {result.b}   (z > 0: hælder mod A, z < 0: mod B)\n")
    rows = [(r.term, r.count_a, r.count_b, _number(r.z)) for r in terms.itertuples()]
    _print_table(["Ord", "Antal A", "Antal B", "z"], rows, right={1, 2, 3})
    labels = {"only_a": "Kun i A", "both": "I begge", "only_b": "Kun i B"}
    for name, words in lists.items():
        print(f"\n{labels[name]} ({len(full[name])} i alt): {', '.join(words) or '–'}")
    return 0


def _search(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Rows whose question or answer matches the query, with the matches' character spans."""
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
        _print_json(found)
    elif not found:
        print("Ingen spørgsmål eller svar matcher søgningen.")
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
        _print_table(
            ["Id", "Gruppe", "Tema", "Fund i spørgsmål", "Fund i svar"], rows, right={3, 4}
        )
    return 0


def _kwic(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """Every occurrence of a word's forms with the text around it."""
    lines = kwic(pairs, args.term)
    if args.json:
        _print_json(
            [
                {"id": r.id, "left": r.left, "match": r.match, "right": r.right}
                for r in lines.itertuples()
            ]
        )
    elif lines.empty:
        print(f"Ordet '{args.term}' forekommer ikke.")
    else:
        width = int(lines["left"].str.len().max())
        for r in lines.itertuples():
            print(f"{r.left.rjust(width)} [{r.match}] {r.right}   ({r.id})")
    return 0


def _size(value: str, name: str) -> int:
    """--width/--height as a positive whole number."""
    if not value.isdigit() or int(value) == 0:
        raise ArgumentProblem(f"{name} skal være et positivt helt tal, ikke '{value}'")
    return int(value)


def _cloud(args: argparse.Namespace, pairs: pd.DataFrame) -> int:
    """A word cloud of a selection, written as PNG or SVG."""
    if not args.out:
        raise ArgumentProblem("angiv filen der skal skrives med --out FIL.png eller --out FIL.svg")
    out = Path(args.out)
    file_format = CLOUD_FORMATS.get(out.suffix.lower())
    if file_format is None:
        raise ArgumentProblem(f"--out skal ende på .png eller .svg, ikke '{out.name}'")
    width, height = _size(args.width, "--width"), _size(args.height, "--height")
    table = frequencies(pairs, args.group, args.theme, args.kind)
    try:
        if file_format == "png":
            out.write_bytes(cloud_png(table, width, height))
        else:
            out.write_text(cloud_svg(table, width, height), encoding="utf-8")
    except OSError as error:
        raise ArgumentProblem(f"kan ikke skrive {out}: {error.strerror}") from error
    print(f"Skrev {out} ({len(cloud_table(table))} ord).")
    return 0


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        default=None,
        metavar="STI",
        help="CSV med spørgsmål og svar (standard: den medfølgende)",
    )
    parser.add_argument("--json", action="store_true", help="skriv JSON i stedet for en tabel")


def _add_selection(parser: argparse.ArgumentParser, kind_only: bool = False) -> None:
    if not kind_only:
        parser.add_argument("--group", metavar="GRUPPE", help="kun denne gruppe")
        parser.add_argument("--theme", metavar="TEMA", help="kun dette tema")
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="all",
        help="spørgsmål (questions), svar (answers) eller begge (all)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the commands words, compare, search, kwic and cloud to `subparsers`."""
    words = subparsers.add_parser("words", help="hyppigste ord i et udsnit")
    _add_selection(words)
    words.add_argument("--top", default=str(DEFAULT_TOP), metavar="N", help="antal ord (0: alle)")
    _add_common(words)
    words.set_defaults(handler=_guarded(_words))

    comparison = subparsers.add_parser("compare", help="sammenlign ordbruget i to grupper")
    comparison.add_argument("--a", required=True, metavar="A", help="første gruppe (eller tema)")
    comparison.add_argument("--b", required=True, metavar="B", help="anden gruppe (eller tema)")
    comparison.add_argument(
        "--by",
        choices=("group", "theme"),
        default="group",
        help="sammenlign grupper (group) eller temaer (theme)",
    )
    _add_selection(comparison, kind_only=True)
    comparison.add_argument(
        "--top", default=str(DEFAULT_TOP), metavar="N", help="antal ord pr. liste (0: alle)"
    )
    _add_common(comparison)
    comparison.set_defaults(handler=_guarded(_compare))

    finder = subparsers.add_parser("search", help="søg i spørgsmål og svar")
    finder.add_argument("query", metavar="SØGNING", help='ord (alle skal findes) og "fraser"')
    _add_common(finder)
    finder.set_defaults(handler=_guarded(_search))

    context = subparsers.add_parser("kwic", help="et ord i sin sammenhæng")
    context.add_argument("term", metavar="ORD")
    _add_common(context)
    context.set_defaults(handler=_guarded(_kwic))

    cloud = subparsers.add_parser("cloud", help="ordsky som PNG eller SVG")
    _add_selection(cloud)
    cloud.add_argument("--out", metavar="FIL", help="FIL.png eller FIL.svg")
    cloud.add_argument("--width", default=str(DEFAULT_WIDTH), metavar="PX")
    cloud.add_argument("--height", default=str(DEFAULT_HEIGHT), metavar="PX")
    _add_common(cloud)
    cloud.set_defaults(handler=_guarded(_cloud))
