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
SLIDE = "dias"  # the slide shown (kept by the presentation's buttons, not by a widget)
# Which screen of a presentation: the projected slide alone, or the presenter's view; without
# it, the page that builds the deck. Kept by the presentation's buttons and links.
SCREEN = "skaerm"
PROJECTOR, PRESENTER = "laerred", "taler"  # its values: ASCII, as a link carries them
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
    SCREEN: (
        "praesentation",
        "laerred: the projected slide alone; taler: the presenter's view (current and next "
        "slide, notes, source, clock), which the projector follows",
    ),
    MEETING: (
        "every page",
        "the current meeting's id: the cards starred go into it, the deck shows it",
    ),
}
# URL parameters the frame keeps itself rather than a widget bound to them.
URL_PARAMETERS_KEPT_BY_THE_FRAME = frozenset({MEETING})
# All those kept by code rather than a bound widget: the frame's and the presentation's.
URL_PARAMETERS_KEPT_BY_CODE = URL_PARAMETERS_KEPT_BY_THE_FRAME | {SLIDE, SCREEN}

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
# Presenting: the step this screen shows (an index into the deck's steps: a card's question,
# then its answer), the presenter's step an audience view last saw published, when the
# presenter's view was opened (for its clock), and the general slides of a deck without a
# meeting (a meeting keeps its own in the database).
STEP = "present_step"
FOLLOWED_STEP = "followed_step"
PRESENTING_SINCE = "presenting_since"
PUBLISH_FAILED = "publish_failed"  # the presenter's step could not be saved for the audience
DECK_PARTS = "deck_parts"
# Exports made when their button is clicked: each format's progress, read by the page while
# the file is made on another thread.
EXPORT_PROGRESS = "export_progress"
VIEWER = "viewer"  # who is looking (ui.access.Viewer), worked out on every run
UPLOADED_TABLE = "upload_table"  # the Data page's file widgets
UPLOADED_METADATA = "upload_metadata"
# Buttons that tests and the keyboard find by name.
RESET_FILTERS = "reset_filters"
USE_UPLOADED_RELAY = "use_uploaded_relay"
BACK_TO_STARTUP = "back_to_startup"
SAVE_RELAY = "save_relay"
COPY_LINK = "copy_link"
START_SHOW = "start_show"
ONLY_CARDS = "only_cards"
LEAVE_SHOW = "leave_show"
# Stepping: each key a clicker or keyboard sends has a button of its own (a button takes one
# shortcut); the first of each kind is shown, the others only listen.
PREVIOUS_SLIDE = "previous_slide"
NEXT_SLIDE = "next_slide"
FIRST_SLIDE = "first_slide"
LAST_SLIDE = "last_slide"
STEP_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    # button kind: (key, shortcut) of each of its buttons
    "next": (
        (NEXT_SLIDE, "Right"),
        ("next_slide_pagedown", "PageDown"),
        ("next_slide_space", "Space"),
    ),
    "previous": ((PREVIOUS_SLIDE, "Left"), ("previous_slide_pageup", "PageUp")),
    "first": ((FIRST_SLIDE, "Home"),),
    "last": ((LAST_SLIDE, "End"),),
}

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


def screen() -> str:
    """The presentation's screen in the URL: PROJECTOR, PRESENTER, or '' (building the deck)."""
    shown = st.query_params.get(SCREEN, "")
    return shown if shown in (PROJECTOR, PRESENTER) else ""


def show_screen(shown: str, slide: int | None = None) -> None:
    """Button callback: open the presentation's `shown` screen ('' to build the deck), at
    `slide` (counted from 1) if given."""
    st.session_state.pop(STEP, None)
    st.session_state.pop(FOLLOWED_STEP, None)
    st.session_state.pop(PRESENTING_SINCE, None)
    if shown:
        st.query_params[SCREEN] = shown
    else:
        st.query_params.pop(SCREEN, None)
    if slide is None:
        st.query_params.pop(SLIDE, None)
    else:
        st.query_params[SLIDE] = str(slide)


def slide_in_url() -> int | None:
    """The slide the URL names (counted from 1), if it names a whole number."""
    value = st.query_params.get(SLIDE, "")
    return int(value) if value.isdigit() else None


def shown_step() -> int | None:
    return st.session_state.get(STEP)


def show_step(step: int, slide: int) -> None:
    """This screen shows step `step` (of the deck's steps), which is on slide `slide` (from 1)."""
    st.session_state[STEP] = step
    st.query_params[SLIDE] = str(slide)


def deck_parts(default: frozenset[str]) -> frozenset[str]:
    """The general slides chosen for a deck without a meeting (`default` until chosen)."""
    return st.session_state.get(DECK_PARTS, default)


def set_deck_parts(parts: frozenset[str]) -> None:
    st.session_state[DECK_PARTS] = parts


def export_progress() -> dict:
    """Each export format's progress in this session, by format name."""
    return st.session_state.setdefault(EXPORT_PROGRESS, {})


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
