"""The file formats the app exports, by name: what each takes and how it is served."""

from __future__ import annotations

from dataclasses import dataclass


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
