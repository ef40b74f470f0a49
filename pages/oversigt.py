"""Oversigt: the report, its background, who took part and what the bundled data holds."""

import streamlit as st

from dashboard.markup import inert_markdown
from dashboard.texts import text
from dashboard.ui.frame import current_language, current_relay, run_through_app
from dashboard.ui.pages import PAGES, page_title

run_through_app()
lang = current_language()
relay = current_relay()
meta = relay.metadata

st.title(meta.title)
st.caption(f"{meta.subtitle} · {meta.publisher} {meta.years}")

st.header(text("overview.background", lang))
method = meta.method.get(lang) or meta.method["da"]
for column, part in zip(st.columns(3), ("what", "how", "why"), strict=True):
    with column:
        st.subheader(text(f"overview.{part}", lang))
        st.markdown(inert_markdown(method[part]))
st.info(f"**{text('overview.nb', lang)}** {inert_markdown(method['nb'])}")
st.caption(text("overview.translated_note", lang))

st.header(text("overview.who", lang))
stated = text("overview.stated_in_report", lang)
columns = st.columns(len(meta.groups) + 1)
for column, group in zip(columns, meta.groups, strict=False):
    with column:
        description = (group.description_en if lang == "en" else group.description).rstrip(".")
        st.metric(group.label(lang), group.participants)
        st.caption(text("overview.participants_help", lang, description=description))
with columns[-1]:
    st.metric(text("overview.contributions", lang), meta.total_contributions)
    st.caption(stated)

st.subheader(text("overview.in_data", lang))
counted = text("overview.pairs_help", lang)
pair_counts = relay.pair_counts()
columns = st.columns(len(pair_counts) + 1)
with columns[0]:
    st.metric(text("overview.pairs", lang), len(relay.pairs))
    st.caption(counted)
for column, (group_name, count) in zip(columns[1:], pair_counts.items(), strict=True):
    group = meta.group(group_name)
    with column:
        st.metric(text("overview.pairs_in_group", lang, group=group.label(lang)), count)
        st.caption(
            text(
                "overview.themes_in_group",
                lang,
                group=group.label(lang),
                n_in_data=len(relay.themes(group_name)),
                n_in_report=group.themes_in_report,
            )
        )

st.subheader(text("overview.not_in_source", lang))
st.warning(inert_markdown(meta.not_in_source.get(lang) or meta.not_in_source["da"]))

st.subheader(text("overview.guide", lang))
for spec in PAGES:
    st.page_link(spec.script, label=page_title(spec, lang), icon=spec.icon)
    st.caption(text(spec.guide_key, lang))
