"""The store: what members make lasts – meetings, notes on cards, tags, saved relays – in a
database (a SQLite file by default, PostgreSQL when several servers share the work), with an
audit trail of every write and portable backups.

Pure Python (no Streamlit). Open one `Store` per process with `open_store()` and pass it to
the functions below; each is one short transaction. They give back frozen dataclasses and
raise only `StoreError`s, whose `text_id` and `fields` name a text in
`dashboard.i18n.meetings`. Relays are named by their fingerprint (`Relay.fingerprint`), cards
by their id in the relay, members by the name they gave.
"""

from dashboard.store.audit import forget_author, list_audit
from dashboard.store.backup import backup_bytes, restore_backup, write_backup
from dashboard.store.database import (
    DATABASE_URL_VARIABLE,
    DEFAULT_SQLITE_PATH,
    Store,
    database_url,
    open_store,
    upgrade_database,
)
from dashboard.store.errors import (
    BackupRefused,
    InvalidEntry,
    LimitExceeded,
    MeetingChanged,
    NotFound,
    StoreError,
    StoreUnavailable,
)
from dashboard.store.meetings import (
    add_card,
    copy_meeting,
    create_meeting,
    current_slide,
    delete_meeting,
    get_meeting,
    list_meetings,
    move_card,
    remove_card,
    rename_meeting,
    set_card_order,
    set_current_slide,
    set_general_slide,
    set_meeting_date,
)
from dashboard.store.notes import (
    add_note,
    cards_with_notes,
    delete_note,
    note_counts,
    notes_on_card,
)
from dashboard.store.records import (
    GENERAL_SLIDES,
    AuditEntry,
    Forgotten,
    GeneralSlide,
    Meeting,
    MeetingCard,
    MeetingSummary,
    Note,
    SavedRelay,
    SavedRelayFiles,
)
from dashboard.store.relays import load_saved_relay, save_relay, saved_relays
from dashboard.store.tags import add_tag, cards_with_tag, remove_tag, tag_labels, tags_by_card

__all__ = [
    "DATABASE_URL_VARIABLE",
    "DEFAULT_SQLITE_PATH",
    "GENERAL_SLIDES",
    "AuditEntry",
    "BackupRefused",
    "Forgotten",
    "GeneralSlide",
    "InvalidEntry",
    "LimitExceeded",
    "Meeting",
    "MeetingCard",
    "MeetingChanged",
    "MeetingSummary",
    "NotFound",
    "Note",
    "SavedRelay",
    "SavedRelayFiles",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "add_card",
    "add_note",
    "add_tag",
    "backup_bytes",
    "cards_with_notes",
    "cards_with_tag",
    "copy_meeting",
    "create_meeting",
    "current_slide",
    "database_url",
    "delete_meeting",
    "delete_note",
    "forget_author",
    "get_meeting",
    "list_audit",
    "list_meetings",
    "load_saved_relay",
    "move_card",
    "note_counts",
    "notes_on_card",
    "open_store",
    "remove_card",
    "remove_tag",
    "rename_meeting",
    "restore_backup",
    "save_relay",
    "saved_relays",
    "set_card_order",
    "set_current_slide",
    "set_general_slide",
    "set_meeting_date",
    "tag_labels",
    "tags_by_card",
    "upgrade_database",
    "write_backup",
]
