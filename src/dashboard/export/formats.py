"""The file formats the app exports, by name: what each takes and how it is served."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.slug import slug

DEFAULT_STEM = "ledelsesstafet"


@dataclass(frozen=True)
class ExportFormat:
    """A file format: its name, the file endings it takes (first: the usual) and MIME type."""

    name: str
    suffixes: tuple[str, ...]
    mime: str
    uses_slides: bool  # False: only the cards (a table)

    @property
    def suffix(self) -> str:
        """The usual file ending, without the dot: 'pptx'."""
        return self.suffixes[0].lstrip(".")


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "pptx",
            (".pptx",),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            True,
        ),
        ExportFormat("pdf", (".pdf",), "application/pdf", True),
        ExportFormat("html", (".html", ".htm"), "text/html", True),
        ExportFormat(
            "xlsx",
            (".xlsx",),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            False,
        ),
        ExportFormat("csv", (".csv",), "text/csv", False),
    )
}


def file_stem(title: str | None, day: date | None) -> str:
    """A file's name without its ending, after a meeting's title and date:
    'krydspres-2026-12-03' ('ledelsesstafet-…' without a title)."""
    stem = slug(title or "")[:60].strip("-") or DEFAULT_STEM
    return f"{stem}-{day.isoformat()}" if day is not None else stem
