"""Turn text from data into Markdown that renders as plain text, but for the report's emphasis."""

from __future__ import annotations

import re
import string

# `**bold**` marks the phrases the report's editors highlighted; `*italic*` marks quoted terms.
_EMPHASIS = re.compile(r"(\*\*[^*\n]+?\*\*|\*[^*\n]+?\*)")
# CommonMark lets a backslash escape any ASCII punctuation, which disarms links, images,
# HTML, headings and lists, and Streamlit's `:emoji:`, `:color[...]` and `$math$` as well.
_ESCAPES = str.maketrans({c: "\\" + c for c in string.punctuation})


def escape_markdown(plain: str) -> str:
    """`plain` as Markdown that renders exactly as the characters given."""
    return plain.translate(_ESCAPES)


def inert_markdown(source_text: str) -> str:
    """Escape everything in `source_text` except its `**bold**` and `*italic*` emphasis."""
    parts = []
    for piece in _EMPHASIS.split(source_text):
        if _EMPHASIS.fullmatch(piece):
            marker = "**" if piece.startswith("**") else "*"
            inner = piece[len(marker) : -len(marker)].strip()
            parts.append(f"{marker}{escape_markdown(inner)}{marker}" if inner else "")
        else:
            parts.append(escape_markdown(piece))
    return "".join(parts)
