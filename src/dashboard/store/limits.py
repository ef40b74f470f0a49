"""Limits on what members store, checked before anything is written.

Text is stored exactly as typed (rendering it inert is the UI's job); only a NUL character is
refused, because PostgreSQL cannot store it in text.
"""

from __future__ import annotations

from functools import partial

from dashboard.store.errors import InvalidEntry, LimitExceeded

MAX_AUTHOR_CHARS = 100
MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 5_000
MAX_TAG_CHARS = 60
# Card ids come from the relay's `id` column; this keeps (relay, card, label) indexable.
MAX_CARD_ID_CHARS = 200
MAX_RELAY_ID_CHARS = 64  # a relay's fingerprint: 64 hex digits of SHA-256
MAX_FILE_NAME_CHARS = 255
# A deck from a filter stops at 200 cards; a meeting holds as many.
MAX_CARDS_PER_MEETING = 200
MAX_NOTES_PER_CARD = 100
MAX_TAGS_PER_CARD = 20
# The upload limit (20 MB, server.maxUploadSize) for the table, plus room for its metadata.
MAX_SAVED_RELAY_BYTES = 21 * 1024 * 1024


def checked_text(value: str, *, max_chars: int, blank: str, too_long: str) -> str:
    """`value` unchanged if it can be stored; raises with the text id `blank` or `too_long`."""
    if not value.strip():
        raise InvalidEntry(blank)
    if len(value) > max_chars:
        raise LimitExceeded(too_long, length=len(value), max=max_chars)
    if "\x00" in value:
        raise InvalidEntry("store.text_has_nul")
    return value


# Names and ids are text with limits of their own.
checked_author = partial(
    checked_text,
    max_chars=MAX_AUTHOR_CHARS,
    blank="store.author_missing",
    too_long="store.author_too_long",
)
checked_card_id = partial(
    checked_text,
    max_chars=MAX_CARD_ID_CHARS,
    blank="store.card_id_missing",
    too_long="store.card_id_too_long",
)
checked_relay_id = partial(
    checked_text,
    max_chars=MAX_RELAY_ID_CHARS,
    blank="store.relay_id_missing",
    too_long="store.relay_id_too_long",
)


def check_room(count: int, adding: int, *, max_count: int, too_many: str) -> None:
    """Raises `too_many` when `adding` more to `count` would pass `max_count`."""
    if count + adding > max_count:
        raise LimitExceeded(too_many, count=count, max=max_count)
