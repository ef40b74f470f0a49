"""Møder: every meeting – open, rename, copy, delete – and the current meeting's cards in order,
with their notes, to move up and down."""

import streamlit as st

from dashboard.i18n import text
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.meetings import (
    current_meeting,
    meeting_editor,
    meeting_history,
    meeting_list,
)

run_through_app()
lang = current_language()
relay = current_relay()

st.title(text("meeting.title", lang))
st.markdown(text("meeting.intro", lang))
meeting = current_meeting()
if meeting is not None:
    meeting_editor(meeting, relay, lang)
    meeting_history(meeting, lang)
    st.divider()
st.subheader(text("meeting.all", lang))
meeting_list(relay, lang)
