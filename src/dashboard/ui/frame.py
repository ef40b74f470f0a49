"""The frame every page shares: language switch, the loaded relay and its provenance line."""

from __future__ import annotations

import streamlit as st

from dashboard.markup import escape_markdown
from dashboard.relay import Problem, Relay, inspect_relay
from dashboard.texts import DEFAULT_LANGUAGE, LANGUAGES, Language, text
from dashboard.ui.pages import PAGES, page_title

LANGUAGE_KEY = "lang"


@st.cache_data(show_spinner=False)
def load_bundled_relay() -> tuple[Relay | None, list[Problem]]:
    """The bundled relay (or its problems), read once per server process."""
    return inspect_relay()


def current_language() -> Language:
    """The language picked in the sidebar (the widget keeps it in the URL as ?lang=English)."""
    lang = st.session_state.get(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language_switch() -> Language:
    """The Dansk/English switch at the top of the sidebar."""
    st.sidebar.radio(
        f"{text('frame.language', 'da')} / {text('frame.language', 'en')}",
        LANGUAGES,
        format_func=lambda lang: text(f"frame.language.{lang}"),
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


def render_frame() -> st.navigation:
    """Draw the shared sidebar and return the navigation for app.py to run."""
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
