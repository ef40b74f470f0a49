"""The frame every page shares: language switch, the loaded relay and its provenance line, the
current meeting, and what the last write said."""

from __future__ import annotations

import argparse
import functools
import gc
import logging
import os
import sys
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, text
from dashboard.markup import escape_label, escape_markdown
from dashboard.relay import Relay, RelayCheck, read_relay_files
from dashboard.relay.problems import problem_lines
from dashboard.ui import meetings, state
from dashboard.ui.access import current_viewer, show_access
from dashboard.ui.pages import PAGES, page_title

LOGGER = logging.getLogger("dashboard")
FAVICON = Path(__file__).resolve().parent.parent / "assets" / "favicon.png"
DATA_ENV, METADATA_ENV = "DASHBOARD_DATA", "DASHBOARD_METADATA"


def startup_files(argv: list[str] | None = None) -> tuple[Path | None, Path | None]:
    """The relay the app starts on: `streamlit run app.py -- --data FILE [--metadata FILE]`,
    else the environment's DASHBOARD_DATA / DASHBOARD_METADATA, else the bundled relay.

    None for the table: the bundled relay. A relay file named without metadata has none (its
    groups come from the data).
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", type=Path, default=os.environ.get(DATA_ENV) or None)
    parser.add_argument("--metadata", type=Path, default=os.environ.get(METADATA_ENV) or None)
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    return args.data, args.metadata


@st.cache_resource(show_spinner=False)
def _read_relay_files(table: Path | None, metadata: Path | None) -> RelayCheck:
    return read_relay_files(table, metadata)


def load_startup_relay() -> RelayCheck:
    """The relay the app was started on (or its problems), read once per server process."""
    return _read_relay_files(*startup_files())


LANGUAGE_LABELS: dict[Language, str] = {"da": "frame.language.da", "en": "frame.language.en"}


def _language_label(lang: Language) -> str:
    return text(LANGUAGE_LABELS[lang])


def current_language() -> Language:
    """The language picked in the sidebar; before the switch is drawn, the one in the URL.

    The switch keeps its label in the URL (?lang=English), as widgets bound to the URL do.
    """
    if state.LANGUAGE in st.session_state:
        lang = st.session_state[state.LANGUAGE]
    else:
        lang = _language_in_url()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _language_in_url() -> Language:
    """The language a link asks for. Besides the switch's label (?lang=English), the code
    (?lang=en) and any capitalisation are understood – the command line says --lang en. The
    bound switch only reads its own label, so it is handed the language through its key (the
    address bar then shows no language until the switch is used: Streamlit does not write a
    bound value set before the widget's first run, nor may the app write a bound parameter)."""
    asked = st.query_params.get(state.LANGUAGE, "").strip().casefold()
    for lang in LANGUAGES:
        if asked in (lang, _language_label(lang).casefold()):
            st.session_state[state.LANGUAGE] = lang
            return lang
    return DEFAULT_LANGUAGE


def language_switch() -> Language:
    """The Dansk/English switch at the top of the sidebar."""
    st.sidebar.radio(
        f"{text('frame.language', 'da')} / {text('frame.language', 'en')}",
        LANGUAGES,
        format_func=_language_label,
        key=state.LANGUAGE,
        horizontal=True,
        bind="query-params",
    )
    return current_language()


def current_relay() -> Relay:
    """The relay every page shows: this session's upload, else the startup relay.

    Stops the page with the problems if the startup relay cannot be loaded.
    """
    if state.uploaded_relay() is not None:
        return state.uploaded_relay()
    check = load_startup_relay()
    if check.relay is None:
        lang = current_language()
        st.error(
            "\n".join(
                [text("frame.data_error", lang)]
                + [f"- {escape_markdown(line)}" for line in problem_lines(check.errors, lang)]
            )
        )
        st.stop()
    return check.relay


def label_markdown(relay: Relay, lang: Language) -> dict[str, str]:
    """Each group's label escaped for Markdown labels (headers, metrics, options).

    Charts take the plain labels (`relay.group_labels`): they show text as it is.
    """
    return {group: escape_label(label) for group, label in relay.group_labels(lang).items()}


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
    # Nothing of the data before the gate: sign-in, or a refusal, stops the page here.
    viewer = current_viewer(lang)
    state.remember_viewer(viewer)
    show_access(viewer, lang)
    meetings.load_current_meeting(lang)  # before the relay: a meeting brings its own
    relay = current_relay()
    meta = relay.metadata
    if meta.origin == "report":
        provenance = text(
            "frame.provenance",
            lang,
            n_pairs=len(relay.pairs),
            title=escape_markdown(meta.title),
            publisher=escape_markdown(meta.publisher),
            years=escape_markdown(meta.years),
        )
    else:
        provenance = text(
            "frame.provenance_file",
            lang,
            n_pairs=len(relay.pairs),
            file=escape_markdown(relay.file_name),
        )
    st.sidebar.caption(provenance)
    if state.uploaded_relay() is not None:
        st.sidebar.caption(text("frame.uploaded_note", lang))
        meetings.sidebar_saved_relay(relay, lang)
        st.sidebar.button(
            text("frame.back_to_startup", lang),
            on_click=state.use_relay,
            args=(None,),
            icon=":material/undo:",
            key=state.BACK_TO_STARTUP,
        )
    meetings.sidebar_meeting(lang)
    meetings.ask_name_if_needed(lang)
    meetings.show_message(lang)
    return navigation


def run_page(navigation) -> None:
    """Run the page; an unexpected failure shows a plain Danish message and goes to the log.

    Tracebacks can hold data and internals, so users never see one (also set in
    .streamlit/config.toml: client.showErrorDetails = "none").
    """
    _freeze_startup_heap()
    try:
        navigation.run()
    except Exception:  # Streamlit's stop and rerun signals are not Exceptions and pass through.
        LOGGER.exception("The page %s failed", navigation.url_path or "/")
        st.error(text("frame.unexpected_error", current_language()), icon=":material/error:")


@functools.cache  # once per process (a second call in a race does no harm)
def _freeze_startup_heap() -> None:
    """Once per process, before the first page runs: move what is loaded by then (libraries, the
    relay) out of the garbage collector's sight; a viewer's page objects are not among them.

    Streamlit collects all garbage after every script run (runner.postScriptGC) to keep memory
    flat; scanning the libraries' ~230,000 long-lived objects made that cost 0.1–0.2 s of
    CPU per click. Frozen, they are skipped, and a collection costs milliseconds.
    """
    gc.collect()
    gc.freeze()


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
