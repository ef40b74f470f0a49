"""Every key the app keeps in a browser session or in the URL, and the functions that read and
write them. Pages and helpers use these names, never a key string of their own.

URL parameters are what a shared link carries: widgets bound to them (`bind="query-params"`)
take their key from here, and `URL_PARAMETERS` lists them all (the README's table of URL
parameters is held to it by a test). Session keys last as long as the browser tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from dashboard.cards import CardFilter
    from dashboard.relay import Relay
    from dashboard.store import SavedRelayFiles as RelayFiles
    from dashboard.ui.access import Viewer

# --- In the URL ---------------------------------------------------------------------------------
LANGUAGE = "lang"
CARD_GROUPS = "gruppe"
CARD_THEMES = "tema"
CARD_QUERY = "q"
CARD_KIND = "vis"
CARD_PAGE = "side"
PICKED_THEME = "valgt"
WORDS_KIND = "ord_i"
WORDS_TOP = "antal"
WORD = "ord"
SLIDE = "dias"
CARD_VIEW = "visning"  # the cards page: full cards, or compact (the answer folds out)
ONLY_NOTED = "noter"  # the cards page: only cards with notes
CARD_TAGS = "maerke"  # the cards page: only cards with these tags (members' labels)
# The current meeting's id. Kept in the URL by the frame on every page (`current_meeting_id`),
# not by a widget: a bound widget writes the label it shows, and a link must carry the id.
MEETING = "moede"
# Tværlæsning: the reflection shown, and the two columns read side by side, left (v) and
# right (h), each with its own group, theme, search and part of the text.
REFLECTION = "refleksion"
PANEL_KEYS = {
    "v": {"group": "v_gruppe", "theme": "v_tema", "query": "v_q", "kind": "v_del"},
    "h": {"group": "h_gruppe", "theme": "h_tema", "query": "h_q", "kind": "h_del"},
}

# Each URL parameter: the page it belongs to and what it holds (the README's table shows this).
URL_PARAMETERS: dict[str, tuple[str, str]] = {
    LANGUAGE: ("every page", "the language: Dansk or English"),
    CARD_GROUPS: ("kort", "groups picked (repeated)"),
    CARD_THEMES: ("kort", "themes picked (repeated)"),
    CARD_QUERY: ("kort", "the search"),
    CARD_KIND: ("kort", "show and search questions, answers or both"),
    CARD_PAGE: ("kort", "the page of cards, when there are more than 50"),
    CARD_VIEW: ("kort", "full cards, or compact ones whose answer folds out"),
    ONLY_NOTED: ("kort", "only cards with notes"),
    CARD_TAGS: ("kort", "tags picked (repeated): only cards with these tags"),
    PICKED_THEME: ("temaer", "the theme picked"),
    WORDS_KIND: ("ord", "words from questions, answers or both"),
    WORDS_TOP: ("ord", "how many words the clouds show"),
    WORD: ("ord", "the word shown in its context"),
    REFLECTION: ("tvaerlaesning", "the report's reflection shown (its heading)"),
    "v_gruppe": ("tvaerlaesning", "left column: group"),
    "v_tema": ("tvaerlaesning", "left column: theme"),
    "v_q": ("tvaerlaesning", "left column: the search"),
    "v_del": ("tvaerlaesning", "left column: questions, answers or both"),
    "h_gruppe": ("tvaerlaesning", "right column: group"),
    "h_tema": ("tvaerlaesning", "right column: theme"),
    "h_q": ("tvaerlaesning", "right column: the search"),
    "h_del": ("tvaerlaesning", "right column: questions, answers or both"),
    SLIDE: ("praesentation", "the slide shown"),
    MEETING: (
        "every page",
        "the current meeting's id: the cards starred go into it, the deck shows it",
    ),
}
# URL parameters the frame keeps itself rather than a widget bound to them.
URL_PARAMETERS_KEPT_BY_THE_FRAME = frozenset({MEETING})

# --- In the session only ------------------------------------------------------------------------
UPLOADED_RELAY = "uploaded_relay"
UPLOADED_FILES = "uploaded_files"  # the uploaded relay's files, to save it in the database
CARD_FILTER = "card_filter"  # the cards page's filter, which a deck without a meeting shows
ONLY_MEETING = "kun_moedet"
CURRENT_MEETING = (
    "current_meeting"  # this session's meeting id, put back in the URL on a page switch
)
MEETING_RECORD = "meeting_record"  # the current meeting as read from the database in this run
WRITER = "writer"  # the name the member gave, stored with what they write
WRITER_NAME = "writer_name"  # the name field of the dialog that asks for it
PENDING_WRITE = "pending_write"  # a write waiting for the member's name
MESSAGE = "message"  # what the last write said (saved, could not save, changed meanwhile)
LAST_SAVED = "last_saved"  # when this session last saved something
# The dialog a member opened, as (kind, target): a card's notes ("card", card id), a meeting
# card's note ("discussion", card id), a meeting's "rename" or "delete" (meeting id).
OPEN_DIALOG = "open_dialog"
REVEALED_SLIDE = "revealed_slide"
EXPORTS = "exports"  # the last file made of each format, with what it was made from
VIEWER = "viewer"  # who is looking (ui.access.Viewer), worked out on every run
UPLOADED_TABLE = "upload_table"  # the Data page's file widgets
UPLOADED_METADATA = "upload_metadata"
# Buttons that tests and the keyboard find by name.
RESET_FILTERS = "reset_filters"
USE_UPLOADED_RELAY = "use_uploaded_relay"
BACK_TO_STARTUP = "back_to_startup"
SAVE_RELAY = "save_relay"
COPY_LINK = "copy_link"
PREVIOUS_SLIDE = "previous_slide"
NEXT_SLIDE = "next_slide"
REVEAL_ANSWER = "reveal"

CARD_FILTER_DEFAULTS = {
    CARD_GROUPS: [],
    CARD_THEMES: [],
    CARD_QUERY: "",
    CARD_KIND: "all",
    ONLY_NOTED: False,
    CARD_TAGS: [],
}


def theme_chart_key(number: int) -> str:
    """The key of a group's theme cake on Temaer, whose clicked slice is read back."""
    return f"donut-{number}"


def star_key(card_id: str) -> str:
    """The key of a card's star button (in the current meeting or not)."""
    return f"star-{card_id}"


def notes_key(card_id: str) -> str:
    """The key of a card's button that opens its notes and tags."""
    return f"notes-{card_id}"


def move_key(card_id: str, steps: int) -> str:
    """The key of a meeting card's up (-1) or down (1) button on Møder."""
    return f"move-{'up' if steps < 0 else 'down'}-{card_id}"


def meeting_action_key(action: str, meeting_id: str) -> str:
    """The key of a meeting's button on Møder: open, copy, delete, rename …"""
    return f"{action}-{meeting_id}"


# --- The relay this session shows ---------------------------------------------------------------


def uploaded_relay() -> Relay | None:
    """The relay this session loaded on the Data page, if any."""
    return st.session_state.get(UPLOADED_RELAY)


def use_relay(relay: Relay | None, files: RelayFiles | None = None) -> None:
    """Show `relay` on every page of this browser session; None returns to the startup relay.

    `files` are the relay's files, kept so the relay can be saved; without them, the Data
    page's upload fields are read (this is their button's callback). The current meeting and
    the saved card filter belong to the relay they were made on: forgotten.
    """
    st.session_state.pop(CARD_FILTER, None)
    set_current_meeting(None)
    reset_card_filters()
    show_relay(relay, files or (_uploaded_files(relay.fingerprint) if relay else None))


def show_relay(relay: Relay | None, files: RelayFiles | None = None) -> None:
    """Show `relay` (None: the startup relay) with its files, keeping the current meeting: the
    relay a meeting opened on a colleague's screen belongs to."""
    st.session_state.pop(UPLOADED_FILES, None)
    if relay is None:
        st.session_state.pop(UPLOADED_RELAY, None)
        return
    st.session_state[UPLOADED_RELAY] = relay
    st.session_state[UPLOADED_FILES] = files


def _uploaded_files(fingerprint: str) -> RelayFiles | None:
    """The files in the Data page's upload fields, if a table is there."""
    from dashboard.store import SavedRelayFiles

    table, metadata = st.session_state.get(UPLOADED_TABLE), st.session_state.get(UPLOADED_METADATA)
    if table is None:
        return None
    return SavedRelayFiles(
        fingerprint=fingerprint,
        file_name=table.name,
        table_bytes=table.getvalue(),
        metadata_bytes=metadata.getvalue() if metadata is not None else None,
    )


def uploaded_files() -> RelayFiles | None:
    """The files of the relay this session uploaded, if it has them."""
    return st.session_state.get(UPLOADED_FILES)


# --- The current meeting and who is writing ------------------------------------------------------


def current_meeting_id() -> str | None:
    """The id of the meeting this session works on: the URL's, else the one this session had
    (a page switch drops parameters no widget holds: it is put back)."""
    in_url = st.query_params.get(MEETING)
    if in_url:
        st.session_state[CURRENT_MEETING] = in_url
        return in_url
    kept = st.session_state.get(CURRENT_MEETING)
    if kept:
        st.query_params[MEETING] = kept
    return kept


def set_current_meeting(meeting_id: str | None) -> None:
    """Work on this meeting from now on (None: on none), in the session and in the URL."""
    st.session_state.pop(MEETING_RECORD, None)
    if meeting_id is None:
        st.session_state.pop(CURRENT_MEETING, None)
        st.query_params.pop(MEETING, None)
    else:
        st.session_state[CURRENT_MEETING] = meeting_id
        st.query_params[MEETING] = meeting_id


def writer() -> str | None:
    """Who is writing: the signed-in name when sign-in is on, else the name the member gave
    in this browser session (None until they have)."""
    looking = st.session_state.get(VIEWER)
    if looking is not None and looking.mode == "signed_in":
        return looking.name
    return st.session_state.get(WRITER)


def set_writer(name: str) -> None:
    st.session_state[WRITER] = name


# --- Cards and presentation ---------------------------------------------------------------------


def reset_card_filters() -> None:
    """Button callback: every card filter back to its default, which also clears it from the URL.

    Set, not deleted: a deleted bound widget would take its old value back from the URL.
    """
    st.session_state.update(CARD_FILTER_DEFAULTS)


def remember_card_filter(card_filter: CardFilter) -> None:
    """Keep the cards page's filter for a deck made without a meeting."""
    st.session_state[CARD_FILTER] = card_filter


def remembered_card_filter() -> CardFilter | None:
    return st.session_state.get(CARD_FILTER)


def step_slide(by: int, total: int) -> None:
    """Button callback: move `by` slides, staying within 1..total."""
    st.session_state[SLIDE] = min(max(st.session_state.get(SLIDE, 1) + by, 1), total)


def answer_revealed(number: int) -> bool:
    return st.session_state.get(REVEALED_SLIDE) == number


def toggle_answer(number: int) -> None:
    """Button callback: show or hide the answer on slide `number`."""
    st.session_state[REVEALED_SLIDE] = None if answer_revealed(number) else number


def made_exports() -> dict[str, tuple[tuple, bytes]]:
    """The last file made of each format in this session, keyed by format name."""
    return st.session_state.setdefault(EXPORTS, {})


# --- Who is looking -----------------------------------------------------------------------------


def remember_viewer(viewer: Viewer) -> None:
    st.session_state[VIEWER] = viewer


def viewer() -> Viewer:
    """Who is looking, as this run's gate found (every page passes it first)."""
    return st.session_state[VIEWER]


def may_edit() -> bool:
    """Whether who is looking may change meetings, notes and tags (controls are disabled for
    others, and every write checks it again)."""
    return viewer().may_edit


# --- The Data page's metadata form (session only) ----------------------------------------------

FORM_METADATA = "form_metadata"  # (table file name, the metadata file the form wrote for it)
FORM_TITLE = "form_title"
FORM_YEARS = "form_years"
SAVE_FORM_METADATA = "save_form_metadata"


def form_group_key(field: str, number: int) -> str:
    """The key of a group's field (participants, themes) in the Data page's metadata form."""
    return f"form_group_{field}_{number}"


def form_metadata(table_name: str) -> bytes | None:
    """The metadata file the Data page's form wrote for the table file `table_name`, if any."""
    written = st.session_state.get(FORM_METADATA)
    return written[1] if written and written[0] == table_name else None


def keep_form_metadata(table_name: str, document: bytes) -> None:
    st.session_state[FORM_METADATA] = (table_name, document)
