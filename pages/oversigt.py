"""Oversigt: the relay, its background, who took part and what the data holds."""

import streamlit as st

from dashboard.i18n import text
from dashboard.markup import escape_markdown, inert_markdown
from dashboard.ui.frame import current_language, current_relay, label_markdown, run_through_app
from dashboard.ui.pages import PAGES, page_title

run_through_app()
lang = current_language()
relay = current_relay()
meta = relay.metadata
group_labels = label_markdown(relay, lang)
stated = text(
    meta.by_origin(
        report="overview.stated.report", file="overview.stated.file", none="overview.stated.none"
    ),
    lang,
)

st.title(escape_markdown(meta.title))
byline = " · ".join(
    escape_markdown(part)
    for part in (meta.subtitle, f"{meta.publisher} {meta.years}".strip())
    if part
)
if byline:
    st.caption(byline)

method = meta.method.get(lang) or meta.method.get("da")
if method:
    st.header(text("overview.background", lang))
    parts = [
        (part, heading)
        for part, heading in (
            ("what", "overview.what"),
            ("how", "overview.how"),
            ("why", "overview.why"),
        )
        if method.get(part)
    ]
    for column, (part, heading) in zip(st.columns(len(parts)), parts, strict=True):
        with column:
            st.subheader(text(heading, lang))
            st.markdown(inert_markdown(method[part]))
    if method.get("nb"):
        st.info(f"**{text('overview.nb', lang)}** {inert_markdown(method['nb'])}")
    translated = lang == "en" and "en" in meta.method
    st.caption(text("overview.translated_note" if translated else "cross.quoted", lang))

st.header(text("overview.who", lang))
columns = st.columns(len(meta.groups) + 1)
for column, group in zip(columns, meta.groups, strict=False):
    with column:
        if group.participants is None:
            st.metric(group_labels[group.name], "–")
            st.caption(text("overview.not_stated", lang))
            continue
        st.metric(group_labels[group.name], group.participants)
        description = (group.description_en if lang == "en" else group.description).rstrip(".")
        if description:
            safe = escape_markdown(description)
            stated_about = meta.by_origin(
                report="overview.stated_about.report",
                file="overview.stated_about.file",
                none="overview.stated_about.none",
            )
            st.caption(text(stated_about, lang, description=safe))
        else:
            st.caption(stated)
with columns[-1]:
    if meta.total_contributions is None:
        st.metric(text("overview.contributions", lang), "–")
        st.caption(text("overview.not_stated", lang))
    else:
        st.metric(text("overview.contributions", lang), meta.total_contributions)
        st.caption(stated)

st.subheader(text("overview.in_data", lang))
counted = text(
    meta.by_origin(report="overview.pairs_help.report", file="overview.pairs_help.other"), lang
)
pair_counts = relay.pair_counts()
columns = st.columns(len(pair_counts) + 1)
with columns[0]:
    st.metric(text("overview.pairs", lang), len(relay.pairs))
    st.caption(counted)
for column, (group_name, count) in zip(columns[1:], pair_counts.items(), strict=True):
    group = meta.group(group_name)
    with column:
        st.metric(text("overview.pairs_in_group", lang, group=group_labels[group_name]), count)
        themes_in_data = len(relay.themes(group_name))
        if group.themes_in_report is None:
            st.caption(text("overview.themes_in_data", lang, n_in_data=themes_in_data))
        else:
            st.caption(
                text(
                    meta.by_origin(
                        report="overview.themes_in_group.report",
                        file="overview.themes_in_group.other",
                    ),
                    lang,
                    group=group_labels[group_name],
                    n_in_data=themes_in_data,
                    n_in_report=group.themes_in_report,
                )
            )

not_in_source = meta.not_in_source.get(lang) or meta.not_in_source.get("da")
if not_in_source:
    st.subheader(text("overview.not_in_source", lang))
    st.warning(inert_markdown(not_in_source))

st.subheader(text("overview.guide", lang))
for spec in PAGES:
    st.page_link(spec.script, label=page_title(spec, lang), icon=spec.icon)
    st.caption(text(spec.guide_key, lang))
