"""Reading an uploaded relay once per upload, and showing what was found in it."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_label, escape_markdown
from dashboard.relay import RelayCheck, limits, read_relay_bytes
from dashboard.relay.metadata import metadata_document
from dashboard.relay.problems import problem_lines
from dashboard.ui import state

PREVIEW_ROWS = 20
# The drop zone's own line ("22MB per file • CSV, TXT, XLSX") is Streamlit's, in English, with
# its upload limit, which is set just above the reader's so that the reader's Danish refusal
# comes first (see .streamlit/config.toml). The labels say the types and the reader's limit.
UPLOADER_CSS = (
    "<style>[data-testid='stFileUploaderDropzoneInstructions'] { display: none; }</style>"
)
PREVIEW_HEADERS = {
    "id": "data.column.id",
    "group": "data.column.group",
    "theme": "data.column.theme",
    "question": "data.column.question",
    "answer": "data.column.answer",
    "source": "data.column.source",
}


@st.cache_data(show_spinner=False, max_entries=2)
def check_upload(file_name: str, table_bytes: bytes, metadata_bytes: bytes | None) -> RelayCheck:
    """The relay in an upload and every problem in it, computed once per upload."""
    return read_relay_bytes(file_name, table_bytes, metadata_bytes)


def show_problems(check: RelayCheck, lang: Language) -> None:
    """Every error (which keep the file from use) and warning, one line each, as plain text,
    each column named as the file's header names it."""
    named = check.source.in_file_terms if check.source is not None else list
    if check.errors:
        lines = [text("data.problems", lang, n=len(check.errors))]
        lines += [f"- {escape_markdown(line)}" for line in problem_lines(named(check.errors), lang)]
        st.error("\n".join(lines))
    if check.warnings:
        lines = [text("data.warnings", lang)]
        warnings = problem_lines(named(check.warnings), lang)
        lines += [f"- {escape_markdown(line)}" for line in warnings]
        st.warning("\n".join(lines))


def show_preview(check: RelayCheck, lang: Language) -> None:
    """How the file was read, and its first rows as a table (cells shown as plain text)."""
    if check.source is not None:
        for line in check.source.describe(lang):
            st.caption(escape_markdown(line))
    if check.table is None:
        return
    shown = min(PREVIEW_ROWS, len(check.table))
    st.markdown(f"**{text('data.preview', lang, n=shown, total=len(check.table))}**")
    headers = {column: text(key, lang) for column, key in PREVIEW_HEADERS.items()}
    st.dataframe(
        check.table.head(PREVIEW_ROWS).rename(columns=headers), hide_index=True, width="stretch"
    )


def _save_form(table_name: str, groups: list[str]) -> None:
    """Form callback: the form's fields as a metadata file for `table_name`, kept in the session
    before the page runs, so the page checks the upload with it at once."""
    fields = st.session_state
    rows = [
        (
            group,
            fields.get(state.form_group_key("participants", number)),
            fields.get(state.form_group_key("themes", number)),
        )
        for number, group in enumerate(groups)
    ]
    document = metadata_document(
        fields.get(state.FORM_TITLE, ""), fields.get(state.FORM_YEARS, ""), rows
    )
    state.keep_form_metadata(table_name, document)


def metadata_form(table_name: str, groups: list[str], lang: Language) -> None:
    """A form for what a metadata file states – the title, the years, and each group's
    participants and number of themes – for those who have no TOML file. Saved, it becomes a
    metadata file (`metadata_document`) that the upload is checked with, as a file would be."""
    with st.form(key=state.SAVE_FORM_METADATA, border=False):
        st.text_input(
            text("data.form.title", lang), key=state.FORM_TITLE, max_chars=limits.MAX_TEXT_CHARS
        )
        st.text_input(
            text("data.form.years", lang),
            key=state.FORM_YEARS,
            placeholder=text("data.form.years_placeholder", lang),
            max_chars=limits.MAX_TEXT_CHARS,
        )
        for number, group in enumerate(groups):
            name_column, participants_column, themes_column = st.columns(
                [2, 1, 1], vertical_alignment="bottom"
            )
            name_column.markdown(f"**{escape_label(group)}**")
            for column, field, label in (
                (participants_column, "participants", "data.form.participants"),
                (themes_column, "themes", "data.form.themes"),
            ):
                column.number_input(
                    text(label, lang),
                    min_value=1,
                    max_value=limits.MAX_STATED_COUNT,
                    value=None,
                    step=1,
                    key=state.form_group_key(field, number),
                    help=text("data.form.blank_help", lang),
                )
        st.form_submit_button(
            text("data.form.save", lang),
            icon=":material/save:",
            on_click=_save_form,
            args=(table_name, groups),
        )
