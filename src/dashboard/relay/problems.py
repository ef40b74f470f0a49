"""Problems found in a relay's files: each one located as precisely as the file allows, and
listed the same way on the Data page and on the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from dashboard.i18n import Language, text
from dashboard.numbers import whole
from dashboard.relay import limits

# A spreadsheet shows the header as row 1, so the first data row (index 0) is row 2.
FIRST_DATA_ROW = 2

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a relay file; `key` is its text id, `fields` fill the text in."""

    key: str
    severity: Severity = "error"
    row: int | None = None
    column: str | None = None
    fields: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "da") -> str:
        """The problem as one line of plain text, e.g. "Række 4, kolonne 'question': …"."""
        where = []
        if self.row is not None:
            where.append(text("problem.row", lang, row=whole(self.row, lang)))
        if self.column is not None:
            where.append(text("problem.column", lang, column=self.column))
        fields = {
            name: whole(value, lang) if type(value) is int else value
            for name, value in self.fields.items()
        }
        body = text(self.key, lang, **{"column": self.column, **fields})
        if not where:
            return body
        location = ", ".join(where)
        return f"{location[0].upper()}{location[1:]}: {body}"


def errors(problems: Sequence[Problem]) -> list[Problem]:
    """The problems that keep a relay from use."""
    return [p for p in problems if p.severity == "error"]


def warnings(problems: Sequence[Problem]) -> list[Problem]:
    """The problems worth a note that do not keep a relay from use."""
    return [p for p in problems if p.severity == "warning"]


def problem_lines(problems: Sequence[Problem], lang: Language) -> list[str]:
    """One line per problem, at most limits.MAX_PROBLEMS_LISTED, then "… og N flere" for the rest.

    A file with 100,000 bad rows is told in a screenful, not in 100,000 lines.
    """
    lines = [problem.message(lang) for problem in problems[: limits.MAX_PROBLEMS_LISTED]]
    if len(problems) > limits.MAX_PROBLEMS_LISTED:
        more = len(problems) - limits.MAX_PROBLEMS_LISTED
        lines.append(text("problem.more", lang, n=whole(more, lang)))
    return lines


class RelayError(Exception):
    """The relay could not be loaded; `problems` says every reason."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(problem_lines(problems, "da")))
        self.problems = problems
