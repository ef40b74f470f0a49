"""Oversigt: what the relay found first, then the ways in, then its background and sources."""

import streamlit as st

from dashboard.i18n import text
from dashboard.markup import escape_markdown, inert_markdown
from dashboard.provenance import legend, stated_by
from dashboard.ui.crossreading import (
    link_to_evidence,
    reflection_headline,
    reflection_tab_labels,
)
from dashboard.ui.frame import current_language, current_relay, label_markdown, run_through_app
from dashboard.ui.pages import PAGES, page_title
from dashboard.ui.themes import largest_themes_line
from dashboard.ui.widgets import marked_caption, ways_in

run_through_app()
lang = current_language()
relay = current_relay()
meta = relay.metadata
source = stated_by(meta)
group_labels = label_markdown(relay, lang)

st.title(escape_markdown(meta.title))
byline = " · ".join(
    escape_markdown(part)
    for part in (meta.subtitle, f"{meta.publisher} {meta.years}".strip())
    if part
)
if byline:
    st.caption(byline)

if meta.reflections:
    st.header(text("overview.findings", lang))
    labels = reflection_tab_labels(meta.reflections, lang)
    headlines = list(zip(meta.reflections, labels, strict=True))
    for start in range(0, len(headlines), 2):
        row = headlines[start : start + 2]
        for column, (reflection, label) in zip(st.columns(2, gap="large"), row, strict=False):
            with column, st.container(border=True):
                reflection_headline(reflection, label, source, lang)
                link_to_evidence(relay, reflection, label, lang)

st.header(text("overview.largest_themes", lang))
for column, group in zip(st.columns(len(relay.groups)), relay.groups, strict=True):
    with column:
        st.markdown(f"**{group_labels[group]}**")
        largest_themes_line(relay, group, lang)

st.header(text("overview.ways_in", lang))
ways_in(relay, lang)
st.markdown(f":small[**{text('provenance.legend_title', lang)}:** {legend(meta, lang)}]")

st.divider()
method = meta.method.get(lang) or meta.method.get("da")
if method:
    st.subheader(text("overview.background", lang))
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
            st.markdown(f"**{text(heading, lang)}** {inert_markdown(method[part])}")
    notes = [inert_markdown(method["nb"])] if method.get("nb") else []
    if lang == "en" and "en" in meta.method:
        notes.append(text("overview.translated_note", lang))
    marked_caption(source, " ".join(notes), lang)

st.subheader(text("overview.who", lang))
columns = st.columns(len(meta.groups) + 1)
for column, group in zip(columns, meta.groups, strict=False):
    with column:
        if group.participants is None:
            st.metric(group_labels[group.name], "–")
            marked_caption("not_stated", "", lang)
            continue
        st.metric(group_labels[group.name], group.participants)
        description = group.description_en if lang == "en" else group.description
        marked_caption(source, escape_markdown(description), lang)
with columns[-1]:
    contributions = meta.total_contributions
    st.metric(
        text("overview.contributions", lang),
        "–" if contributions is None else contributions,
        help=text("overview.contributions_help", lang),
    )
    marked_caption("not_stated" if contributions is None else source, "", lang)

st.subheader(text("overview.in_data", lang))
pair_counts = relay.pair_counts()
columns = st.columns(len(pair_counts) + 1)
with columns[0]:
    st.metric(text("overview.pairs", lang), len(relay.pairs))
    marked_caption(
        "computed",
        text(
            meta.by_origin(report="overview.pairs_help.report", file="overview.pairs_help.other"),
            lang,
        ),
        lang,
    )
for column, (group_name, count) in zip(columns[1:], pair_counts.items(), strict=True):
    group = meta.group(group_name)
    with column:
        st.metric(text("overview.pairs_in_group", lang, group=group_labels[group_name]), count)
        # The themes counted in the data and the total the source states carry their own marks.
        marked_caption(
            "computed", text("overview.themes_in_data", lang, n=len(relay.themes(group_name))), lang
        )
        if group.themes_in_report is None:
            marked_caption("not_stated", text("overview.themes_in_all_unknown", lang), lang)
        else:
            marked_caption(
                source, text("overview.themes_in_all", lang, n=group.themes_in_report), lang
            )

not_in_source = meta.not_in_source.get(lang) or meta.not_in_source.get("da")
if not_in_source:
    st.subheader(text("overview.not_in_source", lang))
    marked_caption("not_stated", inert_markdown(not_in_source), lang)

st.subheader(text("overview.guide", lang))
for spec in PAGES:
    st.page_link(
        spec.script, label=page_title(spec, lang), icon=spec.icon, help=text(spec.guide_key, lang)
    )
