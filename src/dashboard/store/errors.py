"""The store's typed errors: a text id (in `dashboard.i18n.meetings`) and the fields its text
takes. No sentence in any language lives here; the UI and the command line word them."""

from __future__ import annotations


class StoreError(Exception):
    """Anything the store refuses or cannot do; `text_id` and `fields` say what, for a text."""

    def __init__(self, text_id: str, **fields: object):
        super().__init__(text_id, fields)
        self.text_id = text_id
        self.fields = fields

    def __str__(self) -> str:
        return f"{self.text_id} {self.fields}" if self.fields else self.text_id


class StoreUnavailable(StoreError):
    """The database could not be opened, read or written (unreachable, locked, full, read-only,
    made by a newer version of the app). Nothing already saved is lost; try again later."""


class NotFound(StoreError):
    """No meeting, note or saved relay with that id (it may have been deleted meanwhile)."""


class MeetingChanged(StoreError):
    """Someone else changed the meeting since the version the writer saw; the write was not
    made. `fields`: meeting_id, expected_version, current_version."""


class InvalidEntry(StoreError):
    """What a member entered cannot be saved as it is (blank, a NUL character, a card that is
    not in the meeting, an order that is not the meeting's cards)."""


class LimitExceeded(InvalidEntry):
    """A length or count limit would be passed; `fields` has at least `max`."""


class BackupRefused(StoreError):
    """A backup file cannot be restored here: unreadable, from a newer schema, or the database
    already holds data."""
