"""Presentation mode: the deck (the current meeting's cards, else the cards page's filter), the
page that builds it, the projected slide alone, and the presenter's view the projector follows.

Three screens of one page, named in the URL (`skaerm`): none – build the deck, start it, export
it; `laerred` – the slide alone, 16:9 and as large as the window, stepped with the keys a
clicker sends; `taler` – the presenter's view (current and next slide, the card's notes, the
source, a clock). On a meeting, the presenter's view publishes where it is in the database and
every projected view of that meeting follows within `FOLLOW_EVERY`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd
import streamlit as st

from dashboard.cards import CardFilter
from dashboard.i18n import Language, text
from dashboard.markup import escape_markdown, inert_markdown
from dashboard.meetings import LOCAL_TIME, agenda, meeting_cards, presentation_url
from dashboard.relay import Relay
from dashboard.slides import (
    GENERAL,
    Agenda,
    SharedSlides,
    Slide,
    Step,
    build_slides,
    deck_steps,
    shared_slides,
)
from dashboard.store import Meeting
from dashboard.ui import meetings, state
from dashboard.ui.analysis import text_index
from dashboard.ui.cards import filtered_cards

MAX_DECK_CARDS = 200  # as many as a meeting holds; more cards than this call for a meeting
FOLLOW_EVERY = "1s"  # how often a projected view of a meeting asks where the presenter is

# The screens' own style, not data: nothing but the slide (no sidebar, header or toolbar), the
# slide as large as the window allows at 16:9, the step buttons in a bar that slides up from
# the bottom edge on hover or keyboard focus and otherwise stays below the screen.
SHOW_CSS = """
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stBottom"] { display: none !important; }
[data-testid="stMain"] { overflow: hidden; }
[data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: none !important; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { gap: 0; }
.st-key-stage { height: 100vh; justify-content: center; background: #0B0D10; }
.st-key-stage .slide { width: min(100vw, calc(100vh * 16 / 9)); margin: 0 auto; }
.st-key-controls { position: fixed; left: 0; right: 0; bottom: 0; z-index: 1000;
  padding: 0.5rem 1rem 0.75rem; background: transparent; transform: translateY(calc(100% - 6px));
  transition: transform 0.15s ease-out; }
.st-key-controls:hover, .st-key-controls:focus-within { transform: none;
  background: rgba(255, 255, 255, 0.97); box-shadow: 0 -2px 12px rgba(0, 0, 0, 0.25); }
.st-key-keys { display: none !important; }
"""
# The presenter's view: the current slide large on the left, the next one and the notes on
# the right; the page scrolls on a small laptop.
PRESENTER_CSS = """
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1rem 1.5rem !important;
  max-width: none !important; }
.st-key-presenter .slide { box-shadow: 0 0 0 1px #D0D7DE; }
.st-key-keys { display: none !important; }
.st-key-clock p { font-size: 2.2rem; font-variant-numeric: tabular-nums; margin: 0; }
"""


@dataclass(frozen=True, eq=False)
class Deck:
    """What is presented: the slides, the steps through them, the cards, which cards they are
    (a text id), and the meeting with its agenda, if there is one."""

    slides: list[Slide]
    steps: tuple[Step, ...]
    cards: pd.DataFrame
    basis: str
    meeting: Meeting | None
    agenda: Agenda | None
    key: tuple  # what the deck was built from: keeps drawn slides apart in the cache


def presentation_cards(relay: Relay, lang: Language) -> tuple[pd.DataFrame, str]:
    """The cards to present (the current meeting's in its order, else the cards page's current
    filter), and the text id that says which."""
    meeting = meetings.current_meeting()
    if meeting is not None:
        return meeting_cards(relay, meeting), "present.basis.meeting"
    card_filter = state.remembered_card_filter() or CardFilter()
    cards = filtered_cards(relay, card_filter, lang).cards
    if len(cards) > MAX_DECK_CARDS:
        return cards.head(MAX_DECK_CARDS), "present.basis.filter_capped"
    return cards, "present.basis.filter"


@st.cache_resource(show_spinner=False, max_entries=8)
def _shared_slides(_relay: Relay, fingerprint: str, lang: Language) -> SharedSlides:
    return shared_slides(_relay, lang, index=text_index(_relay))


@st.cache_resource(show_spinner=False, max_entries=64)
def _slides(_relay: Relay, key: tuple) -> tuple[list[Slide], tuple[Step, ...]]:
    fingerprint, card_ids, lang, plan, general = key
    cards = _relay.pairs.set_index("id").loc[list(card_ids)].reset_index()
    shared = _shared_slides(_relay, fingerprint, lang)
    slides = build_slides(_relay, cards, lang, shared=shared, agenda=plan, general=general)
    return slides, deck_steps(slides)


def current_deck(relay: Relay, lang: Language) -> Deck:
    """The deck this session presents. The cakes, clouds and reflections are computed once per
    relay and language, so another viewer's deck costs only its title and card slides."""
    meeting = meetings.current_meeting()
    cards, basis = presentation_cards(relay, lang)
    plan = agenda(meeting, lang) if meeting is not None else None
    general = plan.general if plan is not None else state.deck_parts(GENERAL)
    key = (relay.fingerprint, tuple(cards["id"]), lang, plan, general)
    slides, steps = _slides(relay, key)
    return Deck(slides, steps, cards, basis, meeting, plan, key)


@st.cache_resource(show_spinner=False, max_entries=64)
def _figures_drawn(_slides: list[Slide], key: tuple) -> threading.Thread:
    """The deck's cakes and clouds drawn on a thread of their own, once per deck, from the
    moment the deck is opened: the first step to one of them is then as quick as any other
    (drawn when shown, a cake took about a second)."""
    from dashboard.export.screen import draw_figures

    thread = threading.Thread(target=draw_figures, args=(_slides,), daemon=True)
    thread.start()
    return thread


# --- Stepping -----------------------------------------------------------------------------------


def current_step(steps: tuple[Step, ...]) -> int:
    """The step this screen shows: this session's, else the first of the URL's slide, else the
    first; always one the deck has."""
    if not steps:
        return 0
    shown = state.shown_step()
    if shown is None:
        slide = state.slide_in_url()
        shown = next((n for n, step in enumerate(steps) if step.slide + 1 == slide), 0)
    return min(max(shown, 0), len(steps) - 1)


def _go(step: int, steps: tuple[Step, ...], publish_to: str | None) -> None:
    step = min(max(step, 0), len(steps) - 1)
    state.show_step(step, steps[step].slide + 1)
    if publish_to is not None:
        meetings.publish_step(publish_to, step + 1)


def _step(kind: str, steps: tuple[Step, ...], publish_to: str | None) -> None:
    """Button callback: the next or previous step, or the first or last, on this screen (and,
    from the presenter's view of a meeting, on every screen that follows it)."""
    now = current_step(steps)
    targets = {"next": now + 1, "previous": now - 1, "first": 0, "last": len(steps) - 1}
    _go(targets[kind], steps, publish_to)


_STEP_BUTTONS = {
    "first": ("present.first", ":material/first_page:"),
    "previous": ("present.previous", ":material/arrow_back:"),
    "next": ("present.next", ":material/arrow_forward:"),
    "last": ("present.last", ":material/last_page:"),
}


def step_buttons(deck: Deck, lang: Language, publish_to: str | None = None):
    """First, previous, where we are, next and last, each with the keys a clicker or keyboard
    sends: → / PageDown / Space next, ← / PageUp back, Home and End. Returns their row."""
    now = current_step(deck.steps)
    last = len(deck.steps) - 1
    enabled = {"first": now > 0, "previous": now > 0, "next": now < last, "last": now < last}
    row = st.container(horizontal=True, vertical_alignment="center", key="step-row")
    for kind in ("first", "previous", "position", "next", "last"):
        if kind == "position":
            row.markdown(f"**{position_text(deck, now, lang)}**", width="content")
            continue
        label, icon = _STEP_BUTTONS[kind]
        key, shortcut = state.STEP_KEYS[kind][0]
        row.button(
            text(label, lang),
            key=key,
            icon=icon,
            shortcut=shortcut,
            on_click=_step,
            args=(kind, deck.steps, publish_to),
            disabled=not enabled[kind],
        )
    with st.container(key="keys"):  # the other keys: listening, never shown
        for kind, buttons in state.STEP_KEYS.items():
            label, _ = _STEP_BUTTONS[kind]
            for key, shortcut in buttons[1:]:
                st.button(
                    text(label, lang),
                    key=key,
                    shortcut=shortcut,
                    on_click=_step,
                    args=(kind, deck.steps, publish_to),
                    disabled=not enabled[kind],
                )
    return row


def position_text(deck: Deck, step: int, lang: Language) -> str:
    """'Dias 5 af 45', and whether the next step shows the answer."""
    now = deck.steps[step]
    where = text("present.position", lang, n=now.slide + 1, total=len(deck.slides))
    if not now.answer_shown:
        return text("present.position_question", lang, position=where)
    return where


# --- Drawing slides -----------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=512)
def _slide_html(
    _slide: Slide, deck_key: tuple, number: int, answer_shown: bool, preview: bool, lang: Language
) -> str:
    from dashboard.export.screen import slide_html  # draws the figures: only when shown

    label = text("present.slide_label", lang, n=number + 1)
    return slide_html(
        _slide,
        lang,
        answer_shown=answer_shown,
        heading_tag="h2" if preview else "h1",
        label=label,
    )


def draw_slide(deck: Deck, number: int, answer_shown: bool, lang: Language, preview=False):
    """Slide `number` (from 0) as the audience sees it, as large as its container; its answer
    hidden until `answer_shown`, in place."""
    st.html(
        _slide_html(deck.slides[number], deck.key, number, answer_shown, preview, lang),
        width="stretch",
    )


def _style(lang: Language, screen_css: str) -> None:
    from dashboard.export.screen import SLIDE_STYLE

    st.html(f"<style>{screen_css}{SLIDE_STYLE}</style>")


def _leave_button(lang: Language) -> None:
    st.button(
        text("present.leave", lang),
        key=state.LEAVE_SHOW,
        icon=":material/close:",
        shortcut="Esc",
        on_click=state.show_screen,
        args=("",),
    )


# --- The projected slide ------------------------------------------------------------------------


def _join_the_presenter(meeting: Meeting, steps: tuple[Step, ...]) -> None:
    """On opening a meeting's projected slide: start where its presenter is, unless the link
    names a slide; from then on, follow each step the presenter publishes."""
    if state.FOLLOWED_STEP in st.session_state:
        return
    published = meetings.published_step(meeting.id)
    st.session_state[state.FOLLOWED_STEP] = published
    if published is not None and state.shown_step() is None and state.slide_in_url() is None:
        _go(published - 1, steps, None)


@st.fragment(run_every=FOLLOW_EVERY)
def _follow(meeting_id: str, steps: tuple[Step, ...]) -> None:
    """Every second: has the presenter stepped? Then show that step (the whole page runs)."""
    published = meetings.published_step(meeting_id)
    if published is None or published == st.session_state.get(state.FOLLOWED_STEP):
        return
    st.session_state[state.FOLLOWED_STEP] = published
    _go(published - 1, steps, None)
    st.rerun()


def projector(deck: Deck, lang: Language) -> None:
    """The slide alone, 16:9 and as large as the window; the keys step it. On a meeting it
    follows the presenter's view; its own keys move only this screen."""
    _style(lang, SHOW_CSS)
    if deck.meeting is not None:
        _join_the_presenter(deck.meeting, deck.steps)
    now = deck.steps[current_step(deck.steps)]
    with st.container(key="stage"):
        draw_slide(deck, now.slide, now.answer_shown, lang)
    with st.container(key="controls"):
        with step_buttons(deck, lang):
            _leave_button(lang)
        if deck.meeting is not None:
            _follow(deck.meeting.id, deck.steps)


# --- The presenter's view -----------------------------------------------------------------------


def _zone(name: str | None) -> ZoneInfo:
    """The browser's time zone, or Copenhagen's where it is not known."""
    try:
        return ZoneInfo(name) if name else LOCAL_TIME
    except (ValueError, ZoneInfoNotFoundError):
        return LOCAL_TIME


@st.fragment(run_every="1s")
def _clock(lang: Language) -> None:
    """The time of day where the presenter's browser is, and how long the view has been open."""
    now = datetime.now(_zone(st.context.timezone))
    since = st.session_state.setdefault(state.PRESENTING_SINCE, datetime.now().timestamp())
    elapsed = int(datetime.now().timestamp() - since)
    hours, rest = divmod(elapsed, 3600)
    with st.container(key="clock"):
        st.markdown(
            text(
                "present.clock",
                lang,
                time=now.strftime("%H:%M"),
                elapsed=f"{hours}:{rest // 60:02d}:{rest % 60:02d}",
            )
        )


def _next_preview(deck: Deck, now: int, lang: Language) -> None:
    """What the next step shows: the answer of this card, or the next slide."""
    if now + 1 >= len(deck.steps):
        st.caption(text("present.end", lang))
        return
    following = deck.steps[now + 1]
    same = following.slide == deck.steps[now].slide
    st.markdown(f"**{text('present.next_answer' if same else 'present.next_slide', lang)}**")
    draw_slide(deck, following.slide, following.answer_shown, lang, preview=True)


def presenter(deck: Deck, lang: Language) -> None:
    """The presenter's view: the current slide as the audience sees it with the step buttons,
    the next step, the card's notes, the source and a clock. It alone moves a meeting's
    audience: every step is published, and so is where it stands when it opens."""
    _style(lang, PRESENTER_CSS)
    publish_to = deck.meeting.id if deck.meeting is not None else None
    now = current_step(deck.steps)
    if state.PRESENTING_SINCE not in st.session_state:
        st.session_state[state.PRESENTING_SINCE] = datetime.now().timestamp()
        _go(now, deck.steps, publish_to)
    step = deck.steps[now]
    slide = deck.slides[step.slide]
    current, side = st.columns([3, 2], gap="large")
    with current, st.container(key="presenter"):
        draw_slide(deck, step.slide, step.answer_shown, lang)
        step_buttons(deck, lang, publish_to)
        if publish_to is None:
            st.caption(text("present.no_meeting_no_audience", lang))
        elif st.session_state.get(state.PUBLISH_FAILED):
            st.warning(text("present.publish_failed", lang), icon=":material/cloud_off:")
    with side:
        _clock(lang)
        _next_preview(deck, now, lang)
        if slide.kind == "card":
            st.markdown(f"**{text('present.notes_heading', lang)}**")
            if slide.notes:
                st.markdown("\n".join(f"- {escape_markdown(note)}" for note in slide.notes))
            else:
                st.caption(text("present.no_notes", lang))
        st.caption(inert_markdown(slide.source))
        _leave_button(lang)


# --- Building the deck --------------------------------------------------------------------------


def _start_button(lang: Language) -> None:
    st.button(
        text("present.start", lang),
        key=state.START_SHOW,
        type="primary",
        icon=":material/slideshow:",
        on_click=state.show_screen,
        args=(state.PROJECTOR, 1),
    )


def _screen_url(meeting_id: str, screen: str, lang: Language) -> str:
    """A meeting's link to one of its screens, in the page's language, from this server."""
    page = st.context.url or ""
    base = page[: page.rfind("/")] if "/" in page else ""
    url = f"{presentation_url(meeting_id, base)}&{state.SCREEN}={screen}"
    if lang != "da":
        url += f"&{state.LANGUAGE}={st.query_params.get(state.LANGUAGE, '')}"
    return url


def _links(meeting: Meeting, lang: Language) -> None:
    """The presenter's view in a new window, and the links to share (the deck, the projected
    slide that follows the presenter)."""
    st.link_button(
        text("present.open_presenter", lang),
        _screen_url(meeting.id, state.PRESENTER, lang),
        icon=":material/co_present:",
        help=text("present.open_presenter_help", lang),
    )
    with st.popover(text("present.copy_link", lang), icon=":material/link:", key=state.COPY_LINK):
        st.markdown(f"**{text('present.link_audience', lang)}**")
        st.code(_screen_url(meeting.id, state.PROJECTOR, lang), language=None, wrap_lines=True)
        st.markdown(f"**{text('present.link_deck', lang)}**")
        page = st.context.url or ""
        base = page[: page.rfind("/")] if "/" in page else ""
        st.code(presentation_url(meeting.id, base), language=None, wrap_lines=True)
        st.caption(text("present.link_help", lang))


def _choose_part(part: str, key: str) -> None:
    """Toggle callback (a deck without a meeting): a general slide on or off."""
    chosen = set(state.deck_parts(GENERAL))
    if st.session_state[key]:
        chosen.add(part)
    else:
        chosen.discard(part)
    state.set_deck_parts(frozenset(chosen))


def _parts(deck: Deck, lang: Language) -> None:
    """Which general slides the deck has, and *kun kort* in one click. A meeting keeps its
    choice (editors change it); a deck without one keeps it for this session."""
    meeting = deck.meeting
    shown = meeting.general_slides if meeting is not None else state.deck_parts(GENERAL)
    may = meeting is None or state.may_edit()
    row = st.container(horizontal=True, vertical_alignment="center")
    for part in meetings.GENERAL_SLIDE_LABELS:
        if meeting is not None:
            key = f"part-{part}-{meeting.id}-{meeting.version}"
            callback, args = meetings.switch_slide, (meeting.id, part, key)
        else:
            key = f"part-{part}-{'-'.join(sorted(shown))}"
            callback, args = _choose_part, (part, key)
        row.toggle(
            text(meetings.GENERAL_SLIDE_LABELS[part], lang),
            value=part in shown,
            key=key,
            on_change=callback,
            args=args,
            disabled=not may,
        )
    row.button(
        text("present.only_cards", lang),
        key=state.ONLY_CARDS,
        icon=":material/style:",
        on_click=meetings.only_cards if meeting is not None else state.set_deck_parts,
        args=(meeting.id,) if meeting is not None else (frozenset(),),
        disabled=not may or not shown,
    )


def _order(deck: Deck, lang: Language) -> None:
    """The cards in the deck's order; on a meeting, editors move them up and down here."""
    meeting = deck.meeting
    if deck.cards.empty:
        st.info(text("present.no_cards", lang))
        return
    headings = {slide.card_id: slide.heading for slide in deck.slides if slide.card_id}
    last = len(deck.cards) - 1
    for position, card in enumerate(deck.cards.itertuples(index=False)):
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            st.markdown(
                f"**{position + 1}.** {escape_markdown(headings.get(card.id, card.theme))} – "
                f"{inert_markdown(_opening(card.question))}",
                width="stretch",
            )
            if meeting is None:
                continue
            meetings.order_buttons(st, meeting, card.id, position, last, lang)


def _opening(question: str, words: int = 14) -> str:
    """The first words of a question (its marks kept whole), for a line in a list."""
    from dashboard.typeset import longest_fitting_head, split_at

    pieces = question.split()
    if len(pieces) <= words:
        return question
    cut = longest_fitting_head(question, lambda head: len(head.split()) <= words)
    return f"{split_at(question, cut)[0]} …" if cut else question


def deck_builder(deck: Deck, lang: Language) -> None:
    """Build the deck: start it, open the presenter's view, share it; which general slides it
    has and the order of its cards; and its files, one click each."""
    from dashboard.ui.downloads import presentation_downloads

    st.title(text("present.title", lang))
    if deck.meeting is not None:
        st.caption(
            text(
                deck.basis,
                lang,
                n=len(deck.cards),
                title=meetings.meeting_label(deck.meeting, lang),
            )
        )
    else:
        st.caption(text(deck.basis, lang, n=len(deck.cards)))
    row = st.container(horizontal=True, vertical_alignment="center")
    with row:
        if deck.slides:
            _start_button(lang)
        if deck.meeting is not None:
            _links(deck.meeting, lang)
    st.caption(text("present.how_to", lang))
    if deck.slides:
        st.subheader(text("present.downloads", lang))
        presentation_downloads(deck, lang)
    st.subheader(text("present.contents", lang, n=len(deck.slides)))
    _parts(deck, lang)
    if not deck.slides:
        st.info(text("present.empty_meeting", lang))
    _order(deck, lang)


def presentation_page(relay: Relay, lang: Language) -> None:
    """The screen the URL asks for: the projected slide, the presenter's view, or the builder."""
    deck = current_deck(relay, lang)
    _figures_drawn(deck.slides, deck.key)
    screen = state.screen()
    if not deck.slides or not screen:
        deck_builder(deck, lang)
    elif screen == state.PROJECTOR:
        projector(deck, lang)
    else:
        presenter(deck, lang)
