"""Reading an uploaded relay once per upload, and showing what was found in it."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import Language, text
from dashboard.markup import escape_markdown
from dashboard.relay import RelayCheck, check_relay_bytes

PREVIEW_ROWS = 20


@st.cache_data(show_spinner=False, max_entries=2)
def check_upload(file_name: str, table_bytes: bytes, metadata_bytes: bytes | None) -> RelayCheck:
    """The relay in an upload and every problem in it, computed once per upload."""
    return check_relay_bytes(file_name, table_bytes, metadata_bytes)


def show_problems(check: RelayCheck, lang: Language) -> None:
    """Every error (which keep the file from use) and warning, one line each, as plain text."""
    errors = [p for p in check.problems if p.severity == "error"]
    warnings = [p for p in check.problems if p.severity == "warning"]
    if errors:
        lines = [text("data.problems", lang, n=len(errors))]
        lines += [f"- {escape_markdown(p.message(lang))}" for p in errors]
        st.error("\n".join(lines))
    if warnings:
        lines = [text("data.warnings", lang)]
        lines += [f"- {escape_markdown(p.message(lang))}" for p in warnings]
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
