"""Præsentation: one slide at a time in large type – the current meeting's deck, or the cards
page's filter – with its link and the deck as PPTX, PDF or HTML."""

import streamlit as st

from dashboard.i18n import text
from dashboard.ui import state
from dashboard.ui.downloads import presentation_downloads
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.meetings import current_meeting, meeting_label
from dashboard.ui.presentation import (
    PROJECTOR_CSS,
    copy_link_button,
    current_agenda,
    presentation_cards,
    render_slide,
    slides_for,
)
from dashboard.ui.widgets import number_in_url

run_through_app()
# Nothing but the slide on the projector: a link to a slide opens with the sidebar folded away.
st.set_page_config(initial_sidebar_state="collapsed")
lang = current_language()
relay = current_relay()
meeting = current_meeting()
agenda = current_agenda(lang)
cards, basis = presentation_cards(relay, lang)
slides = slides_for(relay, cards, lang, agenda)
total = len(slides)

st.html(PROJECTOR_CSS)
if not slides:
    st.title(meeting_label(meeting, lang))
    st.info(text("present.empty_meeting", lang))
    st.stop()
previous_column, position_column, next_column, number_column = st.columns(
    [1, 1, 1, 2], vertical_alignment="center"
)
with number_column:
    number = number_in_url(text("present.slide", lang), total, state.SLIDE)
previous_column.button(
    text("present.previous", lang),
    on_click=state.step_slide,
    args=(-1, total),
    key=state.PREVIOUS_SLIDE,
    disabled=number <= 1,
    icon=":material/arrow_back:",
    width="stretch",
)
position_column.markdown(f"**{text('present.position', lang, n=number, total=total)}**")
next_column.button(
    text("present.next", lang),
    on_click=state.step_slide,
    args=(1, total),
    key=state.NEXT_SLIDE,
    disabled=number >= total,
    icon=":material/arrow_forward:",
    width="stretch",
)
render_slide(slides[number - 1], number, relay.fingerprint, lang)

st.divider()
if meeting is not None:
    st.caption(text(basis, lang, n=len(cards), title=meeting_label(meeting, lang)))
    copy_link_button(meeting.id, lang)
else:
    st.caption(text(basis, lang, n=len(cards)))
st.subheader(text("present.downloads", lang))
presentation_downloads(slides, cards, relay.fingerprint, lang, agenda)
