"""The one way a name becomes part of an id, a URL or a file name."""

from __future__ import annotations

import re
import unicodedata

_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'Ledelse på tværs' -> 'ledelse-paa-tvaers',
    'Café Ærø (2018)' -> 'cafe-aeroe-2018'; '' when nothing of `name` is a letter or digit."""
    lowered = unicodedata.normalize("NFC", name).lower().translate(_DANISH_LETTERS)
    plain = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALPHANUMERIC.sub("-", plain).strip("-")
