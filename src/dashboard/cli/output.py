"""What commands print: problem lists, plain tables and JSON, one way each."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dashboard.i18n import Language, text

if TYPE_CHECKING:
    from dashboard.relay import Problem


def print_problems(problems: Sequence[Problem], lang: Language, *, errors: bool) -> None:
    """The problems under their heading, at most a screenful (`problem_lines`): errors on
    stderr, warnings (notes) on stdout."""
    from dashboard.relay.problems import problem_lines

    out = sys.stderr if errors else sys.stdout
    heading = "validate.problems" if errors else "validate.warnings"
    print(text(heading, lang, count=len(problems)), file=out)
    for line in problem_lines(problems, lang):
        print(f"- {line}", file=out)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> None:
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


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
