"""Entry point: `streamlit run app.py`. Sets up the page, draws the shared frame, runs a page."""

import streamlit as st

from dashboard.texts import text
from dashboard.ui.frame import render_frame

st.set_page_config(page_title=text("app.title"), page_icon=":material/forum:", layout="wide")
render_frame().run()
