"""Meetings in the Streamlit layer: the database this server shares, who is writing, the current
meeting (kept in the URL), starring cards, notes and tags, and what each write said.

Every write goes through `perform`: it asks for the member's name first if this session has
none, saves at once, and leaves a message the frame shows ("Gemt", or in plain Danish why it
could not save). A database that cannot be reached never stops a page: reads give back
nothing to show, with a note saying so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_label, escape_markdown, inert_markdown
from dashboard.meetings import author_text, date_text, note_line, time_text, title_text
from dashboard.relay import Relay, read_relay_bytes
from dashboard.store import (
    Meeting,
    MeetingChanged,
    NotFound,
    SavedRelayFiles,
    Store,
    StoreError,
    StoreUnavailable,
    add_card,
    add_note,
    add_tag,
    copy_meeting,
    create_meeting,
    current_slide,
    database_url,
    delete_meeting,
    get_meeting,
    list_meetings,
    load_saved_relay,
    move_card,
    note_counts,
    notes_on_card,
    open_store,
    remove_card,
    remove_tag,
    rename_meeting,
    save_relay,
    saved_relays,
    set_current_slide,
    set_general_slide,
    set_meeting_date,
    tag_labels,
    tags_by_card,
)
from dashboard.store.limits import MAX_AUTHOR_CHARS, MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TITLE_CHARS
from dashboard.ui import state

# A page waits at most this long for a busy database before saying it could not save.
BUSY_SECONDS = 5.0
# After the database could not be opened, pages go on without it this long before trying again,
# so browsing stays quick while it is away.
RETRY_SECONDS = 30.0
_failed_at: dict[str, float] = {}

Write = Callable[[Store, str], str | None]  # does a write as the author; its message's text id


# --- The database -------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return open_store(url, busy_timeout=BUSY_SECONDS)


def shared_store() -> Store:
    """The database of this server process, opened (and migrated) once; raises
    `StoreUnavailable` when it cannot be opened, without trying again for `RETRY_SECONDS`."""
    url = database_url()
    failed = _failed_at.get(url)
    if failed is not None and time.monotonic() - failed < RETRY_SECONDS:
        raise StoreUnavailable("store.could_not_open")
    try:
        store = _open_store(url)
    except StoreUnavailable:
        _failed_at[url] = time.monotonic()
        raise
    _failed_at.pop(url, None)
    return store


# --- Writing: who, and what it said -------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """What the last write said: a text id and its fields, and how it is shown."""

    kind: str  # "saved", "changed" or "failed"
    text_id: str
    fields: dict = field(default_factory=dict)


def _say(kind: str, text_id: str, **fields: object) -> None:
    st.session_state[state.MESSAGE] = Message(kind, text_id, fields)
    if kind == "saved":
        st.session_state[state.LAST_SAVED] = datetime.now().astimezone()


def _run(write: Write) -> None:
    # Checked here, where every write passes, not only by disabling the controls: a reader
    # who makes a disabled button send its click is refused all the same.
    if not state.may_edit():
        _say("failed", "access.write_refused")
        return
    if state.writer() is None:
        _say("failed", "store.author_missing")
        return
    try:
        said = write(shared_store(), state.writer())
    except MeetingChanged:
        _say("changed", "store.meeting_changed")
    except NotFound as error:
        if error.text_id == "store.meeting_not_found":
            state.set_current_meeting(None)
        _say("failed", error.text_id, **error.fields)
    except StoreUnavailable as error:
        # A write that finds no database says it could not save, like one that found it full.
        unopened = error.text_id == "store.could_not_open"
        _say("failed", "store.could_not_save" if unopened else error.text_id, **error.fields)
    except StoreError as error:
        _say("failed", error.text_id, **error.fields)
    else:
        if said is not None:
            _say("saved", said)


def perform(write: Write) -> None:
    """Do `write` now as this member, or once they have given their name (asked first)."""
    if state.writer() is None and state.may_edit():
        st.session_state[state.PENDING_WRITE] = write
        return
    _run(write)


def _give_name() -> None:
    """The name dialog's callback: keep the name and do the write that waited for it."""
    name = st.session_state.get(state.WRITER_NAME, "")
    if not name.strip():
        _say("failed", "store.author_missing")
        return
    if len(name) > MAX_AUTHOR_CHARS:
        _say("failed", "store.author_too_long", length=len(name), max=MAX_AUTHOR_CHARS)
        return
    state.set_writer(name)
    pending = st.session_state.pop(state.PENDING_WRITE, None)
    if pending is not None:
        _run(pending)


def _drop_pending() -> None:
    st.session_state.pop(state.PENDING_WRITE, None)


def ask_name_if_needed(lang: Language) -> None:
    """The dialog asking for the member's name, when a write waits for it (once a session)."""
    if state.PENDING_WRITE not in st.session_state or state.writer() is not None:
        return

    def body() -> None:
        st.markdown(text("meeting.who.intro", lang))
        with st.form("who"):
            st.text_input(
                text("meeting.who.name", lang), key=state.WRITER_NAME, max_chars=MAX_AUTHOR_CHARS
            )
            st.form_submit_button(
                text("meeting.who.save", lang), type="primary", on_click=_give_name
            )
        if state.writer() is not None:
            # The name is given and the write done: the whole page runs again, without this.
            st.rerun()
        show_message(lang)  # e.g. that a name cannot be blank

    st.dialog(text("meeting.who.title", lang), on_dismiss=_drop_pending)(body)()


def show_message(lang: Language) -> None:
    """What the last write said, once: a short "Gemt", or why it could not save."""
    message: Message | None = st.session_state.pop(state.MESSAGE, None)
    if message is None:
        return
    said = text(message.text_id, lang, **message.fields)
    if message.kind == "saved":
        st.toast(said, icon=":material/check_circle:")
    elif message.kind == "changed":
        st.warning(said, icon=":material/sync_problem:")
    else:
        st.error(said, icon=":material/error:")


def _saved_caption(lang: Language) -> str | None:
    saved = st.session_state.get(state.LAST_SAVED)
    return None if saved is None else text("meeting.saved_at", lang, time=time_text(saved, lang))


# --- The current meeting ------------------------------------------------------------------------


def load_current_meeting(lang: Language) -> Meeting | None:
    """The meeting in the URL (or this session's), read afresh, its relay put on show; None
    when there is none, it is gone, or it cannot be read (said so)."""
    meeting_id = state.current_meeting_id()
    st.session_state.pop(state.MEETING_RECORD, None)
    if not meeting_id:
        return None
    try:
        meeting = get_meeting(shared_store(), meeting_id)
    except NotFound:
        state.set_current_meeting(None)
        st.warning(text("store.meeting_not_found", lang), icon=":material/event_busy:")
        return None
    except StoreUnavailable as error:
        st.warning(text(error.text_id, lang, **error.fields), icon=":material/cloud_off:")
        return None
    if not _show_relay_of(meeting, lang):
        state.set_current_meeting(None)
        return None
    st.session_state[state.MEETING_RECORD] = meeting
    return meeting


def current_meeting() -> Meeting | None:
    """The current meeting as the frame read it in this run."""
    return st.session_state.get(state.MEETING_RECORD)


@st.cache_resource(show_spinner=False, max_entries=8)
def _saved_relay(_store: Store, fingerprint: str) -> tuple[Relay | None, SavedRelayFiles]:
    files = load_saved_relay(_store, fingerprint)
    return read_relay_bytes(files.file_name, files.table_bytes, files.metadata_bytes).relay, files


def _show_relay_of(meeting: Meeting, lang: Language) -> bool:
    """Put the meeting's relay on show (the startup relay, or one saved in the database);
    False, with a message, when this server has neither."""
    from dashboard.ui.frame import load_startup_relay

    shown = state.uploaded_relay()
    if shown is not None and shown.fingerprint == meeting.relay_id:
        return True
    startup = load_startup_relay().relay
    if startup is not None and startup.fingerprint == meeting.relay_id:
        if shown is not None:
            state.show_relay(None)
        return True
    try:
        relay, files = _saved_relay(shared_store(), meeting.relay_id)
    except NotFound:
        st.warning(text("meeting.relay_not_saved", lang), icon=":material/cloud_off:")
        return False
    except StoreUnavailable as error:
        st.warning(text(error.text_id, lang, **error.fields), icon=":material/cloud_off:")
        return False
    if relay is None:
        st.warning(text("meeting.relay_unreadable", lang), icon=":material/error:")
        return False
    state.show_relay(relay, files)
    return True


def meeting_label(meeting, lang: Language) -> str:
    """A meeting's title and date as Markdown that shows them as typed (an unnamed one's in
    `lang`)."""
    return f"{escape_markdown(title_text(meeting.title, lang))} · {date_text(meeting.date, lang)}"


# --- Presenting: where the presenter is ---------------------------------------------------------


def publish_step(meeting_id: str, step: int) -> None:
    """Tell the meeting's audience where its presenter is (`step` of the deck, from 1).

    Not a write through `perform`: where a presenter is, is presenter state, not an edit of
    the meeting. A reader presenting a meeting steps its audience as an editor does, without
    being asked for a name; the store neither versions nor audits it. A database that does not
    answer leaves the audience where it was, and the presenter's view says so.
    """
    try:
        set_current_slide(shared_store(), meeting_id, step)
    except (StoreUnavailable, NotFound):
        st.session_state[state.PUBLISH_FAILED] = True
    else:
        st.session_state.pop(state.PUBLISH_FAILED, None)


def published_step(meeting_id: str) -> int | None:
    """Where the meeting's presenter is (a step from 1); None when it cannot be read."""
    try:
        return current_slide(shared_store(), meeting_id)
    except (StoreUnavailable, NotFound):
        return None


# --- Starring cards -----------------------------------------------------------------------------


def star(relay_id: str, card_id: str, starred: bool, lang: Language) -> None:
    """Button callback: the card into the current meeting (a new one if there is none), or out
    of it if it was starred; saved at once."""

    def write(store: Store, author: str) -> str:
        meeting = current_meeting()
        if meeting is None:
            made = create_meeting(
                store,
                relay_id=relay_id,
                title=text("meeting.new_title", lang),
                meeting_date=date.today(),
                author=author,
                card_ids=[card_id],
            )
            state.set_current_meeting(made.id)
            return "meeting.saved_new"
        if starred:
            remove_card(store, meeting.id, card_id, author=author)
            return "meeting.saved_removed"
        add_card(store, meeting.id, card_id, author=author)
        return "meeting.saved_added"

    perform(write)


# --- Notes and tags on cards --------------------------------------------------------------------


@dataclass(frozen=True)
class CardMarks:
    """What members have put on a relay's cards: notes counted, tags, and the meeting's cards."""

    note_counts: dict[str, int]
    tags: dict[str, tuple[str, ...]]
    labels: dict[str, int]  # every tag label and on how many cards
    in_meeting: tuple[str, ...]  # the current meeting's cards, in order
    readable: bool = True  # False: the database could not be read

    def noted(self) -> frozenset[str]:
        return frozenset(self.note_counts)

    def tagged(self, labels) -> frozenset[str]:
        """Cards carrying every one of `labels`."""
        return frozenset(card for card, on in self.tags.items() if set(labels) <= set(on))


def card_marks(relay: Relay) -> CardMarks:
    """The notes, tags and meeting cards of `relay`'s cards, read afresh; empty (and not
    readable) when the database does not answer."""
    meeting = current_meeting()
    in_meeting = meeting.card_ids if meeting is not None else ()
    try:
        store = shared_store()
        return CardMarks(
            note_counts(store, relay.fingerprint),
            tags_by_card(store, relay.fingerprint),
            tag_labels(store, relay.fingerprint),
            in_meeting,
        )
    except StoreUnavailable:
        return CardMarks({}, {}, {}, in_meeting, readable=False)


def open_dialog(kind: str, target: str) -> None:
    """Button callback: open a dialog – "card" (a card's notes and tags), "discussion" (a
    meeting card's note), "rename" or "delete" (a meeting) – for `target`."""
    st.session_state[state.OPEN_DIALOG] = (kind, target)


def close_dialog() -> None:
    st.session_state.pop(state.OPEN_DIALOG, None)


def opened_dialog(kind: str) -> str | None:
    """The target of the open dialog of `kind`, if that is the one open. None while the name
    dialog is up: a run draws one dialog at most."""
    if state.PENDING_WRITE in st.session_state and state.writer() is None:
        return None
    opened = st.session_state.get(state.OPEN_DIALOG)
    return opened[1] if opened is not None and opened[0] == kind else None


def _show_dialog(title: str, body: Callable[[], None], **options) -> None:
    st.dialog(title, on_dismiss=close_dialog, **options)(body)()


def _name_field(form_key: str, lang: Language) -> None:
    """Inside a form: the member's name, asked for when this session has none yet."""
    if state.writer() is None:
        st.text_input(
            text("meeting.who.name", lang), key=f"{form_key}-name", max_chars=MAX_AUTHOR_CHARS
        )


def _name_form(lang: Language) -> None:
    """Who is writing, asked in place of the forms that write."""
    with st.form("who-inline"):
        st.markdown(text("meeting.who.intro", lang))
        st.text_input(
            text("meeting.who.name", lang), key="who-inline-name", max_chars=MAX_AUTHOR_CHARS
        )
        st.form_submit_button(
            text("meeting.who.save", lang),
            type="primary",
            on_click=_take_name,
            args=("who-inline",),
        )


def _take_name(form_key: str) -> None:
    """At a form's submit: the name typed in it, if any, is this member's from now on."""
    name = st.session_state.get(f"{form_key}-name")
    if name and name.strip():
        state.set_writer(name)


def _note_form(relay_id: str, card_id: str, meeting_id: str | None, lang: Language, key: str):
    """A form to write a note on the card (the meeting's note when `meeting_id` is given),
    asking for the member's name too if this session has none."""
    with st.form(key, clear_on_submit=True, border=False):
        _name_field(key, lang)
        st.text_area(
            text("meeting.note.new" if meeting_id is None else "meeting.note.discussion", lang),
            max_chars=MAX_NOTE_CHARS,
            key=f"{key}-text",
        )
        st.form_submit_button(
            text("meeting.note.save", lang),
            icon=":material/save:",
            disabled=not state.may_edit(),
            on_click=_save_note,
            args=(relay_id, card_id, meeting_id, key),
        )


def _save_note(relay_id: str, card_id: str, meeting_id: str | None, key: str) -> None:
    _take_name(key)
    note = st.session_state.get(f"{key}-text", "")

    def write(store: Store, author: str) -> str:
        add_note(
            store,
            relay_id=relay_id,
            card_id=card_id,
            text=note,
            author=author,
            meeting_id=meeting_id,
        )
        return "meeting.saved_note"

    _run(write)


def _tags_form(relay_id: str, card_id: str, on_card, labels, lang: Language) -> None:
    """The card's tags: pick any label used on the relay, or type a new one."""
    key = f"tags-{card_id}"
    with st.form(key, border=False):
        _name_field(key, lang)
        st.multiselect(
            text("meeting.tags.pick", lang),
            list(dict.fromkeys([*labels, *on_card])),
            default=list(on_card),
            accept_new_options=True,
            placeholder=text("meeting.tags.placeholder", lang),
            format_func=escape_markdown,
            help=text("meeting.tags.help", lang, max=MAX_TAG_CHARS),
            key=f"{key}-labels",
        )
        st.form_submit_button(
            text("meeting.tags.save", lang),
            icon=":material/sell:",
            disabled=not state.may_edit(),
            on_click=_save_tags,
            args=(relay_id, card_id, tuple(on_card), key),
        )


def _save_tags(relay_id: str, card_id: str, on_card: tuple[str, ...], key: str) -> None:
    _take_name(key)
    picked = st.session_state.get(f"{key}-labels", [])

    def write(store: Store, author: str) -> str:
        for label in [label for label in picked if label not in on_card]:
            add_tag(store, relay_id=relay_id, card_id=card_id, label=label, author=author)
        for label in [label for label in on_card if label not in picked]:
            remove_tag(store, relay_id=relay_id, card_id=card_id, label=label, author=author)
        return "meeting.saved_tags"

    _run(write)


def notes_markdown(notes, lang: Language) -> str:
    """Notes as a Markdown list, each with its author and time, its text shown as typed."""
    return "\n".join(f"- {escape_markdown(note_line(note, lang))}" for note in notes)


def card_dialog(relay: Relay, card, lang: Language) -> None:
    """The open card's notes and tags, in a drawer beside the cards."""

    def body() -> None:
        show_message(lang)
        try:
            store = shared_store()
            notes = notes_on_card(store, relay.fingerprint, card.id)
            on_card = tags_by_card(store, relay.fingerprint).get(card.id, ())
            labels = tag_labels(store, relay.fingerprint)
        except StoreUnavailable as error:
            st.error(text(error.text_id, lang, **error.fields))
            return
        st.markdown(inert_markdown(card.question))
        st.subheader(text("meeting.notes", lang, n=len(notes)))
        if notes:
            st.markdown(notes_markdown(notes, lang))
        else:
            st.caption(text("meeting.no_notes", lang))
        if state.writer() is None:  # asked once, before anything here can be written
            _name_form(lang)
            st.subheader(text("meeting.tags", lang))
            if on_card:
                st.markdown(" ".join(f"`{escape_label(label)}`" for label in on_card))
            else:
                st.caption(text("meeting.no_tags", lang))
            return
        _note_form(relay.fingerprint, card.id, None, lang, "note-form")
        st.subheader(text("meeting.tags", lang))
        _tags_form(relay.fingerprint, card.id, on_card, labels, lang)

    _show_dialog(text("meeting.card_dialog", lang), body, width="medium", position="right")


# --- The sidebar box ----------------------------------------------------------------------------


def sidebar_meeting(lang: Language) -> None:
    """The current meeting in the sidebar: its title, date and cards, where it was saved, and
    a link to Møder; or how to start one."""
    from dashboard.ui.pages import MEETINGS, PRESENTATION

    meeting = current_meeting()
    box = st.sidebar.container(border=True, key="meeting-box")
    if meeting is None:
        box.caption(text("meeting.none_open", lang))
        box.page_link(MEETINGS.script, label=text("meeting.open_saved", lang), icon=MEETINGS.icon)
        return
    box.markdown(
        f":material/event: **{meeting_label(meeting, lang)}**  \n"
        + text("meeting.card_count", lang, n=len(meeting.cards))
    )
    saved = _saved_caption(lang)
    if saved:
        box.caption(saved)
    box.page_link(MEETINGS.script, label=text("meeting.open_page", lang), icon=MEETINGS.icon)
    box.page_link(
        PRESENTATION.script,
        label=text("meeting.present", lang),
        icon=PRESENTATION.icon,
        query_params={state.MEETING: meeting.id},
    )
    if state.writer() is not None:
        box.caption(text("meeting.writing_as", lang, name=escape_markdown(state.writer())))


# --- Saved relays -------------------------------------------------------------------------------


def save_uploaded_relay(relay: Relay) -> None:
    """Button callback: keep the uploaded relay in the database for colleagues."""
    files = state.uploaded_files()

    def write(store: Store, author: str) -> str:
        save_relay(
            store,
            fingerprint=relay.fingerprint,
            file_name=files.file_name,
            table_bytes=files.table_bytes,
            metadata_bytes=files.metadata_bytes,
            author=author,
        )
        return "meeting.relay_saved"

    perform(write)


def relay_is_saved(relay: Relay) -> bool | None:
    """Whether the relay is kept in the database (None: the database does not answer)."""
    try:
        return any(saved.fingerprint == relay.fingerprint for saved in saved_relays(shared_store()))
    except StoreUnavailable:
        return None


def sidebar_saved_relay(relay: Relay, lang: Language) -> None:
    """Under an uploaded relay: whether colleagues can open its meetings, and the button that
    lets them."""
    saved = relay_is_saved(relay)
    if saved:
        st.sidebar.caption(text("meeting.relay_is_saved", lang))
    elif saved is False and state.uploaded_files() is not None:
        st.sidebar.button(
            text("meeting.save_relay", lang),
            on_click=save_uploaded_relay,
            args=(relay,),
            icon=":material/cloud_upload:",
            key=state.SAVE_RELAY,
            disabled=not state.may_edit(),
        )


# --- Møder --------------------------------------------------------------------------------------


def open_meeting(meeting_id: str) -> None:
    """Button callback: work on this meeting."""
    state.set_current_meeting(meeting_id)


def rename(meeting_id: str, form_key: str) -> None:
    """Form callback: the meeting's title and date as typed in the form `form_key`."""
    _take_name(form_key)
    title, day = (
        st.session_state.get(f"{form_key}-title", ""),
        st.session_state.get(f"{form_key}-date"),
    )

    def write(store: Store, author: str) -> str:
        rename_meeting(store, meeting_id, title, author=author)
        if day is not None:
            set_meeting_date(store, meeting_id, day, author=author)
        close_dialog()
        return "meeting.saved_renamed"

    perform(write)


def copy(meeting_id: str, lang: Language) -> None:
    def write(store: Store, author: str) -> str:
        original = get_meeting(store, meeting_id)
        title = text("meeting.copy_title", lang, title=original.title)[:MAX_TITLE_CHARS]
        made = copy_meeting(store, meeting_id, author=author, title=title)
        state.set_current_meeting(made.id)
        return "meeting.saved_copy"

    perform(write)


def delete(meeting_id: str) -> None:
    def write(store: Store, author: str) -> str:
        delete_meeting(store, meeting_id, author=author)
        close_dialog()
        if state.current_meeting_id() == meeting_id:
            state.set_current_meeting(None)
        return "meeting.saved_deleted"

    perform(write)


def move(meeting_id: str, card_id: str, steps: int, version: int) -> None:
    """Button callback: move the card up (-1) or down (1) in the order the member saw
    (`version`); refused, with the fresh order shown, if someone changed it meanwhile."""

    def write(store: Store, author: str) -> str:
        move_card(store, meeting_id, card_id, steps, author=author, expected_version=version)
        return "meeting.saved_order"

    perform(write)


def order_buttons(
    where, meeting: Meeting, card_id: str, position: int, last: int, lang: Language
) -> None:
    """Up and down for the card at `position` (of 0…`last`) in the meeting's order, in the
    container `where`: disabled at the ends and for readers."""
    for steps, label, icon in (
        (-1, "meeting.up", ":material/arrow_upward:"),
        (1, "meeting.down", ":material/arrow_downward:"),
    ):
        where.button(
            text(label, lang),
            key=state.move_key(card_id, steps),
            icon=icon,
            on_click=move,
            args=(meeting.id, card_id, steps, meeting.version),
            disabled=position == (0 if steps < 0 else last) or not state.may_edit(),
        )


def switch_slide(meeting_id: str, slide: str, key: str) -> None:
    """Toggle callback: a general slide of the meeting on or off."""
    shown = bool(st.session_state.get(key))

    def write(store: Store, author: str) -> str:
        set_general_slide(store, meeting_id, slide, shown, author=author)
        return "meeting.saved_slides"

    perform(write)


def only_cards(meeting_id: str) -> None:
    """Button callback: *kun kort* – every general slide of the meeting off, in one click."""

    def write(store: Store, author: str) -> str:
        for slide in GENERAL_SLIDE_LABELS:
            set_general_slide(store, meeting_id, slide, False, author=author)
        return "meeting.saved_slides"

    perform(write)


GENERAL_SLIDE_LABELS = {
    "title": "meeting.slide.title",
    "cakes": "meeting.slide.cakes",
    "clouds": "meeting.slide.clouds",
    "reflections": "meeting.slide.reflections",
}


def _relay_names(store: Store, lang: Language) -> dict[str, str]:
    """Each relay a meeting can be on, by fingerprint: the startup relay and the saved ones."""
    from dashboard.ui.frame import load_startup_relay

    names = {saved.fingerprint: saved.file_name for saved in saved_relays(store)}
    startup = load_startup_relay().relay
    if startup is not None:
        names[startup.fingerprint] = startup.metadata.title or startup.file_name
    return names


def meeting_list(relay: Relay, lang: Language) -> None:
    """Every meeting: title, date, cards, last change and by whom; open, rename, copy, delete
    (the last two in a dialog, drawn only when opened)."""
    try:
        store = shared_store()
        summaries = list_meetings(store)
        relays = _relay_names(store, lang)
    except StoreUnavailable as error:
        st.error(text(error.text_id, lang, **error.fields), icon=":material/cloud_off:")
        return
    if not summaries:
        st.info(text("meeting.none", lang))
        return
    current = state.current_meeting_id()
    for summary in summaries:
        with st.container(border=True):
            line = [f"**{meeting_label(summary, lang)}**"]
            if summary.id == current:
                line.insert(0, f":orange-badge[:material/edit: {text('meeting.is_current', lang)}]")
            line.append(text("meeting.card_count", lang, n=summary.card_count))
            changed = text(
                "meeting.changed",
                lang,
                time=time_text(summary.changed_at, lang),
                name=escape_markdown(author_text(summary.changed_by, lang)),
            )
            where = ""
            if summary.relay_id != relay.fingerprint:
                named = relays.get(summary.relay_id)
                where = (
                    "  \n:gray["
                    + (
                        text("meeting.on_relay", lang, relay=escape_markdown(named))
                        if named
                        else text("meeting.on_unsaved_relay", lang)
                    )
                    + "]"
                )
            st.markdown(" · ".join(line) + f"  \n:gray[{changed}]" + where)
            _meeting_actions(summary, current, lang)
    by_id = {summary.id: summary for summary in summaries}
    renaming, deleting = opened_dialog("rename"), opened_dialog("delete")
    if renaming in by_id:
        _rename_dialog(by_id[renaming], lang)
    elif deleting in by_id:
        _delete_dialog(by_id[deleting], lang)


def _meeting_actions(summary, current: str | None, lang: Language) -> None:
    """Open, rename (title and date), copy, and delete after asking."""
    row = st.container(horizontal=True)
    buttons = (
        ("open", "meeting.open", ":material/open_in_new:", open_meeting, (summary.id,)),
        ("rename", "meeting.rename", ":material/edit:", open_dialog, ("rename", summary.id)),
        ("copy", "meeting.copy", ":material/content_copy:", copy, (summary.id, lang)),
        ("delete", "meeting.delete", ":material/delete:", open_dialog, ("delete", summary.id)),
    )
    for action, label, icon, callback, args in buttons:
        row.button(
            text(label, lang),
            key=state.meeting_action_key(action, summary.id),
            icon=icon,
            on_click=callback,
            args=args,
            disabled=summary.id == current if action == "open" else not state.may_edit(),
        )


def _rename_dialog(summary, lang: Language) -> None:
    def body() -> None:
        key = state.meeting_action_key("rename-form", summary.id)
        with st.form(key, border=False):
            _name_field(key, lang)
            st.text_input(
                text("meeting.title_field", lang),
                value=summary.title,
                max_chars=MAX_TITLE_CHARS,
                key=f"{key}-title",
            )
            st.date_input(
                text("meeting.date_field", lang),
                value=summary.date,
                format="DD.MM.YYYY",
                key=f"{key}-date",
            )
            st.form_submit_button(
                text("meeting.save", lang),
                type="primary",
                disabled=not state.may_edit(),
                on_click=rename,
                args=(summary.id, key),
            )
        _close_when_done(lang)

    _show_dialog(text("meeting.rename_title", lang), body)


def _delete_dialog(summary, lang: Language) -> None:
    def body() -> None:
        st.markdown(
            text(
                "meeting.delete_ask",
                lang,
                title=escape_markdown(title_text(summary.title, lang)),
                n=summary.card_count,
            )
        )
        row = st.container(horizontal=True)
        row.button(
            text("meeting.delete_yes", lang),
            key=state.meeting_action_key("confirm-delete", summary.id),
            type="primary",
            icon=":material/delete_forever:",
            on_click=delete,
            args=(summary.id,),
            disabled=not state.may_edit(),
        )
        row.button(text("meeting.delete_no", lang), on_click=close_dialog)
        _close_when_done(lang)

    _show_dialog(text("meeting.delete_title", lang), body)


def _close_when_done(lang: Language) -> None:
    """In a dialog: once its write is done (the dialog closed by it), the whole page runs
    again; a refusal is shown here instead."""
    if state.OPEN_DIALOG not in st.session_state:
        st.rerun()
    show_message(lang)


def meeting_editor(meeting: Meeting, relay: Relay, lang: Language) -> None:
    """The current meeting: which general slides its deck has, and its cards in order, each
    with its notes, up and down, out of the meeting, and a note for discussion."""
    from dashboard.cards import card_markdown
    from dashboard.meetings import meeting_cards
    from dashboard.ui.pages import PRESENTATION

    st.subheader(text("meeting.current", lang, title=meeting_label(meeting, lang)))
    st.page_link(
        PRESENTATION.script,
        label=text("meeting.present", lang),
        icon=PRESENTATION.icon,
        query_params={state.MEETING: meeting.id},
    )
    st.markdown(f"**{text('meeting.general_slides', lang)}**")
    row = st.container(horizontal=True)
    for slide, label in GENERAL_SLIDE_LABELS.items():
        key = f"slide-{slide}-{meeting.id}-{meeting.version}"
        row.toggle(
            text(label, lang),
            value=slide in meeting.general_slides,
            key=key,
            on_change=switch_slide,
            args=(meeting.id, slide, key),
            disabled=not state.may_edit(),
        )
    cards = meeting_cards(relay, meeting)
    if cards.empty:
        st.info(text("meeting.no_cards", lang))
        return
    st.markdown(f"**{text('meeting.order', lang)}**")
    by_id = {card.card_id: card for card in meeting.cards}
    labels = relay.group_labels(lang)
    last = len(cards) - 1
    for position, card in enumerate(cards.itertuples(index=False)):
        notes = (*by_id[card.id].discussion_notes, *by_id[card.id].card_notes)
        with st.container(border=True):
            body = card_markdown(card, labels[card.group], {}, "questions", lang)
            listed = f"\n\n{notes_markdown(notes, lang)}" if notes else ""
            st.markdown(f"**{position + 1}.** {body}{listed}")
            row = st.container(horizontal=True)
            order_buttons(row, meeting, card.id, position, last, lang)
            row.button(
                text("cards.unstar", lang),
                key=state.star_key(card.id),
                icon=":material/star:",
                on_click=star,
                args=(relay.fingerprint, card.id, True, lang),
                disabled=not state.may_edit(),
            )
            row.button(
                text("meeting.note.discussion", lang),
                key=state.notes_key(card.id),
                icon=":material/sticky_note_2:",
                on_click=open_dialog,
                args=("discussion", card.id),
            )
    discussing = opened_dialog("discussion")
    if discussing in set(cards["id"]):
        card = next(cards[cards["id"] == discussing].itertuples(index=False))
        _discussion_dialog(meeting, relay, card, by_id[discussing], lang)


def _discussion_dialog(meeting: Meeting, relay: Relay, card, on_meeting, lang: Language) -> None:
    def body() -> None:
        show_message(lang)
        st.markdown(inert_markdown(card.question))
        notes = (*on_meeting.discussion_notes, *on_meeting.card_notes)
        if notes:
            st.markdown(notes_markdown(notes, lang))
        _note_form(
            relay.fingerprint, card.id, meeting.id, lang, f"discussion-{meeting.id}-{card.id}"
        )

    _show_dialog(text("meeting.note.discussion", lang), body, width="medium")


def meeting_history(meeting: Meeting, lang: Language) -> None:
    """Who changed the meeting, what and when: its audit trail, newest first, folded away."""
    from dashboard.meetings import history_line
    from dashboard.store import list_audit

    with st.expander(text("meeting.history", lang), icon=":material/history:"):
        try:
            entries = list_audit(shared_store(), meeting_id=meeting.id)
        except StoreUnavailable as error:
            st.caption(text(error.text_id, lang, **error.fields))
            return
        if not entries:
            st.caption(text("meeting.history.none", lang))
            return
        lines = [history_line(entry, lang) for entry in reversed(entries)]
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in lines))
