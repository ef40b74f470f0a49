"""Turn text from data into Markdown that renders as plain text, but for the report's emphasis.

Search matches can be highlighted too: they become Streamlit's `:orange-background[…]`, the
only Markdown this module writes besides the emphasis.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

# `**bold**` marks the phrases the report's editors highlighted; `*italic*` marks quoted terms.
_EMPHASIS = re.compile(r"(\*\*[^*\n]+?\*\*|\*[^*\n]+?\*)")
# CommonMark lets a backslash escape any ASCII punctuation, which disarms links, images,
# HTML, headings and lists, and Streamlit's `:emoji:`, `:color[...]` and `$math$` as well.
_ESCAPES = str.maketrans({c: "\\" + c for c in string.punctuation})
HIGHLIGHT = ":orange-background[{}]"
# Punctuation that closes a highlighted word: kept inside the highlight, because Streamlit pads
# a highlight on both sides, which would open a gap before it ("med borgerne .").
_CLOSING = frozenset(".,;:!?)]}»”’\"'…")

Span = tuple[int, int]


# Streamlit links bare URLs, `www.` names and e-mail addresses even when escaped; an invisible
# word joiner (U+2060) inside them keeps them plain text.
_AUTOLINKS = re.compile(r"(?<=:)(?=//)|(?i:(?<=\bwww)(?=\.))|(?=@)")
_WORD_JOINER = "\u2060"
# What makes Markdown inside a one-line label (widget options, headers, captions of figures).
_LABEL_SPECIALS = str.maketrans({c: "\\" + c for c in "\\`*_[](){}<>!$:~|#"})
_LINE_START = re.compile(r"^(\d*)([-+=>.)])")


def _disarm_autolinks(plain: str) -> str:
    return _AUTOLINKS.sub(_WORD_JOINER, plain)


def escape_markdown(plain: str) -> str:
    """`plain` as Markdown that renders exactly as the characters given."""
    return _disarm_autolinks(plain).translate(_ESCAPES)


def escape_label(plain: str) -> str:
    """A one-line text from data for a label, escaped only where Markdown would act on it.

    Lighter than `escape_markdown`, so ordinary names (e.g. "Institutions- og driftsledere")
    stay as they are where Streamlit writes labels into the URL.
    """
    escaped = _disarm_autolinks(plain).translate(_LABEL_SPECIALS)
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", escaped)


def emphasis_pieces(source_text: str):
    """(emphasis marker, start, end) of each run of `source_text`, offsets into its content."""
    position = 0
    for match in _EMPHASIS.finditer(source_text):
        if match.start() > position:
            yield "", position, match.start()
        marker = "**" if match.group().startswith("**") else "*"
        yield marker, match.start() + len(marker), match.end() - len(marker)
        position = match.end()
    if position < len(source_text):
        yield "", position, len(source_text)


def _highlighted(source_text: str, start: int, end: int, highlights: Sequence[Span]) -> str:
    """Escaped `source_text[start:end]`, with the parts inside `highlights` highlighted."""
    parts, position = [], start
    for span_start, span_end in highlights:
        left, right = max(span_start, position), min(span_end, end)
        if left >= right:
            continue
        while right < end and source_text[right] in _CLOSING:
            right += 1
        parts.append(escape_markdown(source_text[position:left]))
        parts.append(HIGHLIGHT.format(escape_markdown(source_text[left:right])))
        position = right
    parts.append(escape_markdown(source_text[position:end]))
    return "".join(parts)


def inert_markdown(source_text: str, highlights: Sequence[Span] = ()) -> str:
    """Escape everything in `source_text` except its `**bold**`/`*italic*` emphasis.

    `highlights` are sorted, non-overlapping (start, end) offsets into `source_text`.
    """
    rendered = []
    for marker, start, end in emphasis_pieces(source_text):
        inner = _highlighted(source_text, start, end, highlights)
        if marker:
            # Emphasis only works when it does not start or end with a space.
            stripped = inner.strip()
            lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
            rendered.append(f"{lead}{marker}{stripped}{marker}{trail}" if stripped else inner)
        else:
            rendered.append(inner)
    return "".join(rendered)


def cut_at_words(left: str, right: str, width: int) -> tuple[str, str]:
    """A match's context cut at word boundaries: a `left` or `right` of `width` characters was
    cut from a longer text, so its partial word at the cut is left out."""
    if len(left) >= width and " " in left:
        left = left.split(" ", 1)[1]
    if len(right) >= width and " " in right:
        right = right.rsplit(" ", 1)[0]
    return left, right
