"""Reading an uploaded relay once per upload, and showing what was found in it."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_markdown
from dashboard.relay import RelayCheck, read_relay_bytes
from dashboard.relay.problems import problem_lines

PREVIEW_ROWS = 20


@st.cache_data(show_spinner=False, max_entries=2)
def check_upload(file_name: str, table_bytes: bytes, metadata_bytes: bytes | None) -> RelayCheck:
    """The relay in an upload and every problem in it, computed once per upload."""
    return read_relay_bytes(file_name, table_bytes, metadata_bytes)


def show_problems(check: RelayCheck, lang: Language) -> None:
    """Every error (which keep the file from use) and warning, one line each, as plain text."""
    if check.errors:
        lines = [text("data.problems", lang, n=len(check.errors))]
        lines += [f"- {escape_markdown(line)}" for line in problem_lines(check.errors, lang)]
        st.error("\n".join(lines))
    if check.warnings:
        lines = [text("data.warnings", lang)]
        lines += [f"- {escape_markdown(line)}" for line in problem_lines(check.warnings, lang)]
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
    st.dataframe(check.table.head(PREVIEW_ROWS), hide_index=True, width="stretch")
