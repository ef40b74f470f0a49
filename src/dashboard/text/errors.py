"""The one error the text analysis raises for what a user asked: a text id and its fields."""

from __future__ import annotations

from dashboard.i18n import DEFAULT_LANGUAGE, Language, text


class SelectionError(ValueError):
    """A selection, query or picture size the user gave makes no sense here.

    `key` is a text id of the catalogue (dashboard.i18n.words) and `fields` fill in its
    placeholders, so the UI and the command line say it in the viewer's language with
    `message(lang)`; `str()` is the Danish message.
    """

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key, fields)
        self.key = key
        self.fields = fields

    def message(self, lang: Language = DEFAULT_LANGUAGE) -> str:
        """The error as one sentence in `lang`."""
        return text(self.key, lang, **self.fields)

    def __str__(self) -> str:
        return self.message()
