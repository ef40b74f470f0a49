"""Entry point: `streamlit run app.py`. Sets up the page, draws the shared frame, runs a page."""

import streamlit as st

from dashboard.i18n import text
from dashboard.ui.frame import FAVICON, render_frame, run_page

# A local icon: a Material icon as favicon would be fetched from Google's font servers.
st.set_page_config(page_title=text("app.title"), page_icon=str(FAVICON), layout="wide")
run_page(render_frame())
