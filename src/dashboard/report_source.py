"""Extract the question/answer pairs from the text of the commission's report.

The bundled `data/qa.csv` is produced by this module (see `scripts/build_bundled_data.py`),
and a test re-runs it against the report to prove the dataset is complete and verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.slug import slug

TOP_GROUP = "Topledere"
INSTITUTION_GROUP = "Institutions- og driftsledere"

# The report's headings of question/answer sections, e.g. "## Topledere – krydspres"
# or "# Institutions- og driftsledere borgerblik II" (that group's headings have no dash).
_SECTION_HEADING = re.compile(
    r"^#+\s+(?P<group>Topledere|Institutions- og driftsledere)\s+(?:–\s+)?(?P<section>[^\n]+?)\s*$"
)
_ANY_HEADING = re.compile(r"^#+\s")
# One section marks questions with "?" and answers with "!" in front of the paragraph.
_MARKER = re.compile(r"^(?P<marker>[?!])\s+")
# "borgerblik II" continues the theme "borgerblik".
_SECTION_CONTINUATION = re.compile(r"\s+II$")

_GROUP_ID_PREFIX = {TOP_GROUP: "top", INSTITUTION_GROUP: "inst"}


@dataclass(frozen=True)
class ReportPair:
    """One question of the report with the answer the report gives it."""

    id: str
    group: str
    theme: str
    question: str
    answer: str
    source: str


class ReportFormatError(ValueError):
    """The report text does not have the structure this parser relies on."""


def _sections(report_text: str) -> list[tuple[str, str, list[str]]]:
    """(group, section name, paragraphs) for every question/answer section, in report order."""
    sections: list[tuple[str, str, list[str]]] = []
    current: tuple[str, str, list[str]] | None = None
    for line in report_text.splitlines():
        heading = _SECTION_HEADING.match(line)
        if heading:
            current = (heading["group"], heading["section"], [])
            sections.append(current)
        elif _ANY_HEADING.match(line):
            current = None
        elif current is not None and line.strip():
            current[2].append(line.strip())
    return sections


def _split_questions_and_answers(group: str, section: str, paragraphs: list[str]):
    """The first half of a section's paragraphs are its questions, the second half its answers."""
    if not paragraphs or len(paragraphs) % 2:
        raise ReportFormatError(
            f"Afsnittet '{group} – {section}' har {len(paragraphs)} afsnit; "
            "der skal være lige mange spørgsmål og svar."
        )
    half = len(paragraphs) // 2
    questions, answers = paragraphs[:half], paragraphs[half:]
    markers = [_MARKER.match(p) for p in paragraphs]
    if any(markers):
        expected = ["?"] * half + ["!"] * half
        if [m["marker"] if m else None for m in markers] != expected:
            raise ReportFormatError(
                f"Afsnittet '{group} – {section}' bruger ?/! uden at de passer til "
                "spørgsmål efterfulgt af svar."
            )
        questions = [_MARKER.sub("", p) for p in questions]
        answers = [_MARKER.sub("", p) for p in answers]
    return questions, answers


def parse_report(report_text: str) -> list[ReportPair]:
    """Every question/answer pair of the report, in report order, text kept verbatim."""
    pairs: list[ReportPair] = []
    numbering: dict[tuple[str, str], int] = {}
    for group, section, paragraphs in _sections(report_text):
        theme = _SECTION_CONTINUATION.sub("", section).lower()
        questions, answers = _split_questions_and_answers(group, section, paragraphs)
        for question, answer in zip(questions, answers, strict=True):
            number = numbering.get((group, theme), 0) + 1
            numbering[(group, theme)] = number
            pairs.append(
                ReportPair(
                    id=f"{_GROUP_ID_PREFIX[group]}-{slug(theme)}-{number}",
                    group=group,
                    theme=theme,
                    question=question,
                    answer=answer,
                    source=f"{group} – {section}",
                )
            )
    if not pairs:
        raise ReportFormatError("Rapportteksten indeholder ingen afsnit med spørgsmål og svar.")
    return pairs
