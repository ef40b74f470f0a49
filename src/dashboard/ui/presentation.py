"""Presentation mode: which cards the slides show (the current meeting's, else the cards page's
filter), the slides themselves, stepping through, and the link to a meeting's deck."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import CardFilter
from dashboard.i18n import Language, text
from dashboard.markup import escape_label, escape_markdown, inert_markdown
from dashboard.meetings import agenda, meeting_cards, presentation_url
from dashboard.relay import Relay
from dashboard.slides import (
    Agenda,
    ChartFigure,
    SharedSlides,
    Slide,
    Verbatim,
    build_slides,
    shared_slides,
)
from dashboard.ui import state
from dashboard.ui.analysis import text_index
from dashboard.ui.cards import filtered_cards
from dashboard.ui.charts import show_chart, show_png, vega_lite_spec
from dashboard.ui.meetings import current_meeting

MAX_DECK_CARDS = 200  # as many as a meeting holds; more cards than this call for a meeting
# Large type for a projector; the page's own style, not data.
PROJECTOR_CSS = """
<style>
.st-key-slide p, .st-key-slide li { font-size: 1.55rem; line-height: 1.45; }
.st-key-slide h1 { font-size: 2.6rem; }
.st-key-slide .st-key-question p { font-size: 2.1rem; font-weight: 600; line-height: 1.35; }
</style>
"""


def presentation_cards(relay: Relay, lang: Language) -> tuple[pd.DataFrame, str]:
    """The cards to present (the current meeting's in its order, else the cards page's current
    filter), and the text id that says which."""
    meeting = current_meeting()
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
def _slides(
    _relay: Relay,
    fingerprint: str,
    card_ids: tuple[str, ...],
    lang: Language,
    agenda: Agenda | None,
):
    cards = _relay.pairs.set_index("id").loc[list(card_ids)].reset_index()
    shared = _shared_slides(_relay, fingerprint, lang)
    return build_slides(_relay, cards, lang, shared=shared, agenda=agenda)


def slides_for(
    relay: Relay, cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None
) -> list[Slide]:
    """The slides of these cards (of a meeting, with its `agenda`): the cakes, clouds and
    reflections are computed once per relay and language, so another viewer's deck costs only
    its title and card slides."""
    return _slides(relay, relay.fingerprint, tuple(cards["id"]), lang, agenda)


def current_agenda(lang: Language) -> Agenda | None:
    """The current meeting's title, date, general slides and notes, if there is a meeting."""
    meeting = current_meeting()
    return agenda(meeting, lang) if meeting is not None else None


def slide_markdown(value: str) -> str:
    """A slide's text for the page: a member's text exactly as typed, the report's with its
    emphasis."""
    return escape_markdown(value) if isinstance(value, Verbatim) else inert_markdown(value)


def copy_link_button(meeting_id: str, lang: Language) -> None:
    """*Kopiér link*: the deck's full address (this server's, as the browser reached it), with
    a button that puts it on the clipboard."""
    page = st.context.url or ""
    base = page[: page.rfind("/")] if "/" in page else ""
    with st.popover(text("present.copy_link", lang), icon=":material/link:", key=state.COPY_LINK):
        st.code(presentation_url(meeting_id, base), language=None, wrap_lines=True)
        st.caption(text("present.link_help", lang))


@st.cache_data(show_spinner=False, max_entries=64)
def _figure_spec(_figure: ChartFigure, fingerprint: str, name: str, lang: Language) -> dict:
    return vega_lite_spec(_figure.chart)


@st.cache_data(show_spinner=False, max_entries=32)
def _figure_png(_figure, fingerprint: str, name: str, lang: Language) -> bytes:
    from dashboard.export.images import figure_png  # draws with wordcloud: only when shown

    return figure_png(_figure)


def render_slide(slide: Slide, number: int, fingerprint: str, lang: Language) -> None:
    """One slide, large: its heading and content; a card's answer only once revealed."""
    with st.container(key="slide"):
        st.title(slide_markdown(slide.heading))
        if slide.kind == "card":
            st.caption(inert_markdown(slide.small_print))
            with st.container(key="question"):
                st.markdown(inert_markdown(slide.question))
            revealed = state.answer_revealed(number)
            st.button(
                text("present.hide" if revealed else "present.reveal", lang),
                on_click=state.toggle_answer,
                args=(number,),
                icon=":material/visibility_off:" if revealed else ":material/visibility:",
                key=state.REVEAL_ANSWER,
            )
            if revealed:
                st.markdown(inert_markdown(slide.answer))
            if slide.notes:
                with st.expander(text("present.notes", lang, n=len(slide.notes))):
                    st.markdown("\n".join(f"- {escape_markdown(note)}" for note in slide.notes))
            return
        if slide.subheading:
            st.caption(slide_markdown(slide.subheading))
        if slide.figures:
            for column, figure in zip(st.columns(len(slide.figures)), slide.figures, strict=True):
                with column:
                    name = f"{number}-{figure.name}"
                    if isinstance(figure, ChartFigure):
                        show_chart(_figure_spec(figure, fingerprint, name, lang))
                    else:
                        show_png(
                            _figure_png(figure, fingerprint, name, lang),
                            alt=figure.description,
                            caption=escape_label(figure.label),
                        )
        for line in slide.lines:
            st.markdown(slide_markdown(line))
        if slide.evidence_heading:
            st.markdown(f"**{inert_markdown(slide.evidence_heading)}**")
        if slide.evidence:
            st.markdown("\n".join(f"- {inert_markdown(line)}" for line in slide.evidence))
        if slide.table is not None:
            rows = pd.DataFrame(list(slide.table.rows), columns=list(slide.table.header))
            st.dataframe(rows, hide_index=True, width="stretch")  # cells as plain text
        if slide.note:
            st.caption(inert_markdown(slide.note))
        st.caption(inert_markdown(slide.source))
