"""The frame every page shares: language switch, the loaded relay and its provenance line."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from dashboard.markup import escape_markdown
from dashboard.relay import Problem, Relay, inspect_relay
from dashboard.texts import DEFAULT_LANGUAGE, LANGUAGES, Language, text
from dashboard.ui.cards import shortlist
from dashboard.ui.pages import PAGES, page_title

LANGUAGE_KEY = "lang"


@st.cache_data(show_spinner=False)
def load_bundled_relay() -> tuple[Relay | None, list[Problem]]:
    """The bundled relay (or its problems), read once per server process."""
    return inspect_relay()


def _language_label(lang: Language) -> str:
    return text(f"frame.language.{lang}")


def current_language() -> Language:
    """The language picked in the sidebar; before the switch is drawn, the one in the URL.

    The switch keeps its label in the URL (?lang=English), as widgets bound to the URL do.
    """
    if LANGUAGE_KEY in st.session_state:
        lang = st.session_state[LANGUAGE_KEY]
    else:
        by_label = {_language_label(lang): lang for lang in LANGUAGES}
        lang = by_label.get(st.query_params.get(LANGUAGE_KEY, ""), DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language_switch() -> Language:
    """The Dansk/English switch at the top of the sidebar."""
    st.sidebar.radio(
        f"{text('frame.language', 'da')} / {text('frame.language', 'en')}",
        LANGUAGES,
        format_func=_language_label,
        key=LANGUAGE_KEY,
        horizontal=True,
        bind="query-params",
    )
    return current_language()


def current_relay() -> Relay:
    """The relay every page shows; stops the page with the problems if it cannot be loaded."""
    relay, problems = load_bundled_relay()
    if relay is None:
        lang = current_language()
        st.error(
            "\n".join(
                [text("frame.data_error", lang)]
                + [
                    f"- {escape_markdown(p.message(lang))}"
                    for p in problems
                    if p.severity == "error"
                ]
            )
        )
        st.stop()
    return relay


def run_through_app() -> None:
    """Make sure a page runs inside app.py's frame, also when opened by a link to a fresh server.

    Until app.py has called `st.navigation` once, Streamlit treats the `pages/` folder as an
    old-style multipage app and runs a linked page (e.g. /kort) on its own, without the frame.
    Streamlit has no setting to turn that off, so its flag is reset and the run restarted: the
    rerun goes through app.py, whose navigation then opens the same page with the same URL.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def render_frame() -> st.navigation:
    """Draw the shared sidebar and return the navigation for app.py to run."""
    # The navigation comes first, so the page asked for in the URL is known from the first run.
    navigation = _navigation(current_language())
    lang = language_switch()
    relay = current_relay()
    meta = relay.metadata
    st.sidebar.caption(
        text(
            "frame.provenance",
            lang,
            n_pairs=len(relay.pairs),
            title=meta.title,
            publisher=meta.publisher,
            years=meta.years,
        )
    )
    picked = len(shortlist())
    if picked:
        st.sidebar.markdown(f":material/star: {text('cards.shortlist_count', lang, n=picked)}")
    return navigation


def _navigation(lang: Language) -> st.navigation:
    pages = [
        st.Page(
            spec.script,
            title=page_title(spec, lang),
            url_path=spec.url_path,
            icon=spec.icon,
            default=index == 0,
        )
        for index, spec in enumerate(PAGES)
    ]
    return st.navigation(pages)
