"""Every user-facing text of the app, Danish first and English second, keyed by a stable id.

The texts live in one module per area of the app (`frame`, `cards`, `data` …); this package
merges them into `TEXTS`. Texts may hold `str.format` fields, e.g. "{row}"; `text()` fills
them in. Every id is written out where it is used, so a search for an id finds its uses.
"""

from __future__ import annotations

from typing import Final, Literal

from dashboard.i18n import (
    access,
    cards,
    cli,
    crossreading,
    data,
    frame,
    meetings,
    overview,
    presentation,
    themes,
    words,
)

Language = Literal["da", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("da", "en")
DEFAULT_LANGUAGE: Final[Language] = "da"
AREAS = (
    frame, overview, themes, cards, words, crossreading, presentation, data, cli, meetings, access,
)  # fmt: skip


def _merged() -> dict[str, dict[Language, str]]:
    merged: dict[str, dict[Language, str]] = {}
    for area in AREAS:
        taken = merged.keys() & area.TEXTS.keys()
        if taken:
            raise ValueError(f"text ids defined twice: {sorted(taken)}")
        merged.update(area.TEXTS)
    return merged


TEXTS: Final[dict[str, dict[Language, str]]] = _merged()


# Quotation marks as each language writes them: Danish »…«, English “…”.
QUOTES: Final[dict[Language, tuple[str, str]]] = {"da": ("»", "«"), "en": ("“", "”")}


class Quoted(tuple):
    """Values a text names, each in the quotation marks of the language it is shown in
    ("mulige: »group«, »theme«"): the values are known where a problem is found, the
    language only where it is told."""

    def written(self, lang: Language) -> str:
        opening, closing = QUOTES[lang]
        return ", ".join(f"{opening}{value}{closing}" for value in self)


def text(key: str, lang: Language = DEFAULT_LANGUAGE, **fields: object) -> str:
    """The text `key` in `lang`, with its format fields filled in (`Quoted` values in the
    language's quotation marks)."""
    template = TEXTS[key][lang]
    if not fields:
        return template
    return template.format(
        **{name: v.written(lang) if isinstance(v, Quoted) else v for name, v in fields.items()}
    )
