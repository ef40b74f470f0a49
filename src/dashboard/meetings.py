"""A meeting as decks, exports, pages and the command line show it: its cards in the relay, its
notes as lines, its date and times as each language writes them, and its link.

Plain Python (no Streamlit); the meeting itself comes from `dashboard.store`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from dashboard.i18n import LANGUAGES, Language, text
from dashboard.numbers import LOCALES

if TYPE_CHECKING:
    import pandas as pd

    from dashboard.relay import Relay
    from dashboard.slides import Agenda
    from dashboard.store import AuditEntry, Meeting, Note

MEETING_PARAMETER = "moede"  # the URL parameter that names a meeting
PRESENTATION_PATH = "/praesentation"
# Times are stored in UTC and shown as the commission reads a clock.
LOCAL_TIME = ZoneInfo("Europe/Copenhagen")


def presentation_url(meeting_id: str, base: str = "") -> str:
    """The link that opens the meeting's deck: '/praesentation?moede=…' after `base`."""
    return f"{base.rstrip('/')}{PRESENTATION_PATH}?{MEETING_PARAMETER}={quote(meeting_id)}"


def title_text(title: str, lang: Language) -> str:
    """A meeting's title as shown: as typed, but the title the star gives a meeting nobody has
    named yet ('Nyt møde', stored in the language it was made in) reads in `lang`."""
    unnamed = {text("meeting.new_title", language) for language in LANGUAGES}
    return text("meeting.new_title", lang) if title in unnamed else title


def date_text(day: date, lang: Language) -> str:
    """'30. november 2026' / '30 November 2026'."""
    return format_date(day, format="long", locale=LOCALES[lang])


def time_text(moment: datetime, lang: Language) -> str:
    """A stored time as a local date and time: '30.11.2026 10.42' / '30/11/2026, 10:42'."""
    return format_datetime(moment, format="short", tzinfo=LOCAL_TIME, locale=LOCALES[lang])


def author_text(author: str | None, lang: Language) -> str:
    """The author's name as given, or that it was forgotten on request."""
    return author if author is not None else text("meeting.author_forgotten", lang)


def note_line(note: Note, lang: Language) -> str:
    """'Anna, 30.11.2026 10.42: …' – who wrote the note and when, then the note as typed; a
    meeting's note says it is for discussion."""
    return text(
        "meeting.note_line" if note.meeting_id is None else "meeting.discussion_line",
        lang,
        author=author_text(note.author, lang),
        time=time_text(note.created_at, lang),
        note=note.text,
    )


def meeting_cards(relay: Relay, meeting: Meeting) -> pd.DataFrame:
    """The relay's rows of the meeting's cards, in the meeting's order; a card the relay no
    longer has is left out."""
    known = set(relay.pairs["id"])
    order = [card_id for card_id in meeting.card_ids if card_id in known]
    return relay.pairs.set_index("id").loc[order].reset_index()


def agenda(meeting: Meeting, lang: Language) -> Agenda:
    """What the meeting adds to its deck and exports: title, date, general slides, notes."""
    from dashboard.slides import Agenda, Verbatim

    return Agenda(
        title=Verbatim(title_text(meeting.title, lang)),
        date_text=date_text(meeting.date, lang),
        general=frozenset(meeting.general_slides),
        notes=tuple(
            (
                card.card_id,
                tuple(
                    Verbatim(note_line(note, lang))
                    for note in (*card.discussion_notes, *card.card_notes)
                ),
            )
            for card in meeting.cards
        ),
    )


# What each write to a meeting is called in its history; the trail keeps the store's names.
HISTORY_TEXTS = {
    "create_meeting": "meeting.history.create_meeting",
    "copy_meeting": "meeting.history.copy_meeting",
    "rename_meeting": "meeting.history.rename_meeting",
    "set_meeting_date": "meeting.history.set_meeting_date",
    "add_card": "meeting.history.add_card",
    "remove_card": "meeting.history.remove_card",
    "move_card": "meeting.history.move_card",
    "set_card_order": "meeting.history.set_card_order",
    "set_general_slide": "meeting.history.set_general_slide",
    "add_note": "meeting.history.add_note",
    "delete_note": "meeting.history.delete_note",
    "delete_meeting": "meeting.history.delete_meeting",
}


def history_line(entry: AuditEntry, lang: Language) -> str:
    """One change to a meeting in plain words: '30.11.2026 10.42 – Anna lagde kortet
    top-krydspres-1 i mødet'."""
    key = HISTORY_TEXTS.get(entry.action, "meeting.history.other")
    card = str(entry.details.get("card_id") or entry.object_id or "")
    what = text(key, lang, who=author_text(entry.actor, lang), card=card, action=entry.action)
    return f"{time_text(entry.at, lang)} – {what}"
