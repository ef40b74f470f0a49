"""Where a number or a block of text comes from, told by one small mark.

Every number the app shows is either stated by the relay's source – the report, or a metadata
file for another relay – or computed from the selected questions and answers in the data; what
the source leaves out is marked as not stated. Pages show the mark (a Markdown badge) beside
the number and its explanation on hover; the overview explains the marks once; slides, which
have no hover, name the source in one line.
"""

from __future__ import annotations

from typing import Literal

from dashboard.i18n import Language, text
from dashboard.relay import RelayMetadata

Provenance = Literal["report", "file", "computed", "not_stated"]
PROVENANCES: tuple[Provenance, ...] = ("report", "file", "computed", "not_stated")

# (badge colour, Material icon, label id, explanation id) of each mark.
_MARKS: dict[Provenance, tuple[str, str, str, str]] = {
    "report": ("blue", "menu_book", "provenance.report", "provenance.report_help"),
    "file": ("violet", "description", "provenance.file", "provenance.file_help"),
    "computed": ("green", "calculate", "provenance.computed", "provenance.computed_help"),
    "not_stated": ("gray", "help", "provenance.not_stated", "provenance.not_stated_help"),
}


def mark(kind: Provenance, lang: Language) -> str:
    """The mark as Markdown: a small badge with an icon and one word, e.g. 'rapporten'."""
    colour, icon, label, _ = _MARKS[kind]
    return f":{colour}-badge[:material/{icon}: {text(label, lang)}]"


def explanation(kind: Provenance, lang: Language) -> str:
    """What the mark means, for its hover text and the overview's legend."""
    return text(_MARKS[kind][3], lang)


def stated_by(metadata: RelayMetadata) -> Provenance:
    """Who states what the metadata states: the report, or a metadata file."""
    return "report" if metadata.origin == "report" else "file"


def kinds_shown(metadata: RelayMetadata) -> tuple[Provenance, ...]:
    """The marks a relay's pages use: its source's, computed, and not stated."""
    return (stated_by(metadata), "computed", "not_stated")


def legend(metadata: RelayMetadata, lang: Language) -> str:
    """Every mark the relay's pages use with its meaning, as one line of Markdown."""
    return " · ".join(
        f"{mark(kind, lang)} {explanation(kind, lang)}" for kind in kinds_shown(metadata)
    )
