"""Præsentation: build the deck (the current meeting's, or the cards page's filter), start it,
export it; the projected slide alone (?skaerm=laerred) and the presenter's view
(?skaerm=taler), which a meeting's projected slides follow."""

import streamlit as st

from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.presentation import presentation_page

run_through_app()
# Nothing but the slide on the projector: a link to a slide opens with the sidebar folded away.
st.set_page_config(initial_sidebar_state="collapsed")
presentation_page(current_relay(), current_language())
