"""Data: load another relay (CSV or XLSX, its metadata from a form or a file), check it,
preview it, use it."""

import streamlit as st

from dashboard.i18n import text
from dashboard.markup import escape_markdown
from dashboard.relay import limits
from dashboard.relay.tables import clean_csv_bytes
from dashboard.ui import state
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.upload import (
    UPLOADER_CSS,
    check_upload,
    metadata_form,
    show_preview,
    show_problems,
)

run_through_app()
lang = current_language()
relay = current_relay()

st.title(text("data.title", lang))
st.markdown(text("data.intro", lang))
st.info(text("data.current", lang, name=escape_markdown(relay.metadata.title), n=len(relay.pairs)))
if state.uploaded_relay() is not None:
    st.button(
        text("frame.back_to_startup", lang),
        on_click=state.use_relay,
        args=(None,),
        icon=":material/undo:",
    )

st.html(UPLOADER_CSS)
table_file = st.file_uploader(
    text("data.table_file", lang, max=limits.MAX_FILE_BYTES // limits.MEBIBYTE),
    type=["csv", "txt", "xlsx"],
    key=state.UPLOADED_TABLE,
)
metadata_file = st.file_uploader(
    text("data.metadata_file", lang),
    type=["toml"],
    key=state.UPLOADED_METADATA,
    help=text("data.metadata_help", lang),
)
if table_file is not None:
    if metadata_file is not None:
        metadata = metadata_file.getvalue()
    else:
        metadata = state.form_metadata(table_file.name)
    check = check_upload(table_file.name, table_file.getvalue(), metadata)
    if metadata_file is None and check.table is not None and "group" in check.table.columns:
        saved = metadata is not None
        with st.expander(text("data.form.heading", lang), expanded=not saved):
            st.caption(text("data.form.intro", lang))
            metadata_form(table_file.name, list(dict.fromkeys(check.table["group"])), lang)
        if saved:  # beside the form's button, which the folded form hides
            st.success(text("data.form.saved", lang), icon=":material/check:")
    show_problems(check, lang)
    if check.relay is not None:
        groups = ", ".join(f"{g} ({n})" for g, n in check.relay.pair_counts().items())
        st.success(
            text(
                "data.ok",
                lang,
                n=len(check.relay.pairs),
                n_answers=check.relay.n_answers,
                groups=escape_markdown(groups),
            )
        )
        in_use = state.uploaded_relay() is not None and (
            state.uploaded_relay().fingerprint == check.relay.fingerprint
        )
        use_column, download_column = st.columns(2)
        with use_column:
            st.button(
                text("data.in_use" if in_use else "data.use", lang),
                type="secondary" if in_use else "primary",
                icon=":material/check:",
                on_click=state.use_relay,
                args=(check.relay,),
                key=state.USE_UPLOADED_RELAY,
                disabled=in_use,
            )
            if in_use:
                st.success(text("data.using", lang), icon=":material/check_circle:")
        download_column.download_button(
            text("data.download_clean", lang),
            lambda: clean_csv_bytes(check.table),
            file_name=f"{check.relay.file_name.rsplit('.', 1)[0]}-renset.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
        )
    show_preview(check, lang)
