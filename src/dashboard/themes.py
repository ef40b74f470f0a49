"""Theme counts and shares per group, computed from the selected questions, and theme colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from dashboard.charts import theme_donut, theme_share_bars
from dashboard.i18n import Language, text
from dashboard.numbers import percent, vega_number_locale, whole
from dashboard.palette import OKABE_ITO
from dashboard.relay import Relay


def theme_colours(relay: Relay) -> dict[str, str]:
    """One colour per theme, the same on every chart: themes in order of first appearance,
    then themes only the metadata's theme totals name."""
    themes = list(
        dict.fromkeys(relay.themes() + [t for g in relay.metadata.groups for t in g.theme_totals])
    )
    return {theme: OKABE_ITO[i % len(OKABE_ITO)] for i, theme in enumerate(themes)}


def whole_percents(counts: Sequence[int]) -> list[int]:
    """Each count's share of their sum as a whole percentage, the percentages adding up to
    exactly 100 (largest remainder): every share is rounded down, then the points still missing
    go one each to the largest remainders (equal remainders: the earlier count first). All zero
    for a sum of 0. What every cake, list and slide writes, so a cake never adds up to 101 %."""
    total = sum(counts)
    if total <= 0:
        return [0] * len(counts)
    exact = [100 * count / total for count in counts]
    shown = [int(share) for share in exact]
    by_remainder = sorted(range(len(counts)), key=lambda i: (-(exact[i] - shown[i]), i))
    for i in by_remainder[: 100 - sum(shown)]:
        shown[i] += 1
    return shown


def _with_shares(counts: pd.DataFrame, lang: Language) -> pd.DataFrame:
    counts["n"] = counts.groupby("group")["count"].transform("sum")
    counts["share"] = counts["count"] / counts["n"]
    counts["percent"] = 0
    for _, rows in counts.groupby("group", sort=False):
        counts.loc[rows.index, "percent"] = whole_percents(rows["count"].tolist())
    counts["percent_label"] = [percent(p / 100, lang) for p in counts["percent"]]
    counts["label"] = [
        f"{count} ({shown})"
        for count, shown in zip(counts["count"], counts["percent_label"], strict=True)
    ]
    return counts


SHARE_COLUMNS = ["group", "theme", "count", "n", "share", "percent", "percent_label", "label"]


def totals_shares(group: str, totals: dict[str, int], lang: Language = "da") -> pd.DataFrame:
    """The same table as `theme_shares`, from a group's stated theme totals."""
    counts = pd.DataFrame({"group": group, "theme": list(totals), "count": list(totals.values())})
    return _with_shares(counts[counts["count"] > 0].reset_index(drop=True), lang)


def theme_shares(pairs: pd.DataFrame, lang: Language = "da") -> pd.DataFrame:
    """Per group and theme: count of questions, n, share of the group's questions, the share as
    a whole percentage (`whole_percents`, as number and as `lang` writes it) and a label
    ("3 (16 %)").

    Rows follow the order groups and themes first appear in `pairs`.
    """
    if pairs.empty:
        return pd.DataFrame(columns=SHARE_COLUMNS)
    counts = pairs.groupby(["group", "theme"], sort=False).size().rename("count").reset_index()
    return _with_shares(counts, lang)


def headline_theme(relay: Relay) -> str:
    """The theme to open with: the first a reflection names that the data has, else the theme
    with the most questions."""
    themes = relay.themes()
    named = [r.theme for r in relay.metadata.reflections if r.theme in themes]
    if named:
        return named[0]
    counts = relay.pairs["theme"].value_counts()
    return max(themes, key=lambda theme: counts[theme])


def largest_themes(shares: pd.DataFrame, group: str, most: int) -> pd.DataFrame:
    """A group's rows of `theme_shares`, the largest count first (ties in the data's order),
    at most `most` of them."""
    rows = shares[shares["group"] == group]
    return rows.sort_values("count", ascending=False, kind="stable").head(most)


@dataclass(frozen=True)
class ThemeCoverage:
    """What the data holds of a group's themes beside what the report says."""

    group: str
    themes_in_data: tuple[str, ...]
    themes_in_report: int | None  # None: the source does not say

    @property
    def themes_not_in_source(self) -> int:
        """Themes the report counts but neither names nor excerpts."""
        if self.themes_in_report is None:
            return 0
        return max(self.themes_in_report - len(self.themes_in_data), 0)


def theme_coverage(relay: Relay, group: str) -> ThemeCoverage:
    described = relay.metadata.group(group)
    in_report = described.themes_in_report if described else None
    return ThemeCoverage(group, tuple(relay.themes(group)), in_report)


def not_in_source_text(coverage: ThemeCoverage, lang: Language) -> str:
    """What the source leaves out of a group's themes: how many more themes it counts but
    neither names nor excerpts, in singular or plural ("Ét tema mere …"); empty if none."""
    n = coverage.themes_not_in_source
    if not n:
        return ""
    if n == 1:
        return text("themes.not_in_source_one", lang)
    return text("themes.not_in_source", lang, n=n)


def report_count_key(relay: Relay, coverage: ThemeCoverage) -> str:
    """The text id that says how many themes the source names for a group (if it does)."""
    if coverage.themes_in_report is None:
        return "themes.report_count.none"
    return relay.metadata.by_origin(
        report="themes.report_count.report",
        file="themes.report_count.file",
        none="themes.report_count.none",
    )


def _join(items: list[str], lang: Language) -> str:
    return (
        items[0]
        if len(items) == 1
        else f"{', '.join(items[:-1])} {text('themes.and', lang)} {items[-1]}"
    )


def _written_percent(rows: pd.DataFrame, lang: Language) -> str:
    """The first row's whole percentage as `lang` writes it, whatever language the table's own
    labels are in."""
    return percent(int(rows["percent"].iloc[0]) / 100, lang)


def donut_summary(group_shares: pd.DataFrame, lang: Language, *, whole_relay: bool = False) -> str:
    """One sentence on a group's cake without naming the group (a slide titled by it says it):
    its size and its largest theme(s).

    `whole_relay`: the counts are the relay's stated theme totals, not the selected questions.
    """
    top_count = int(group_shares["count"].max())
    top = group_shares[group_shares["count"] == top_count]
    return text(
        "themes.totals_takeaway" if whole_relay else "themes.donut_takeaway",
        lang,
        n=int(group_shares["count"].sum()),
        k=len(group_shares),
        top=_join(list(top["theme"]), lang),
        count=top_count,
        each=text("themes.each", lang) if len(top) > 1 else "",
        share=_written_percent(top, lang),
    )


def donut_takeaway(
    group_shares: pd.DataFrame, group_label: str, lang: Language, *, whole_relay: bool = False
) -> str:
    """`donut_summary` after the group's name: the cake's alternative text."""
    summary = donut_summary(group_shares, lang, whole_relay=whole_relay)
    return text("themes.group_takeaway", lang, group=group_label, takeaway=summary)


def bars_takeaway(shares: pd.DataFrame, group_labels: dict[str, str], lang: Language) -> str:
    """One sentence on the side-by-side bars: each group's largest theme(s)."""
    parts = []
    for group, rows in shares.groupby("group", sort=False):
        top = rows[rows["count"] == rows["count"].max()]
        parts.append(
            text(
                "themes.bars_part",
                lang,
                group=group_labels[group],
                top=_join(list(top["theme"]), lang),
                share=_written_percent(top, lang),
            )
        )
    return text("themes.bars_takeaway", lang, parts="; ".join(parts))


def _tooltip_titles(lang: Language) -> dict[str, str]:
    return {
        "theme": text("themes.tooltip.theme", lang),
        "group": text("themes.tooltip.group", lang),
        "count": text("themes.tooltip.count", lang),
        "share": text("themes.tooltip.share", lang),
    }


def theme_donut_chart(
    shares: pd.DataFrame,
    colours: dict[str, str],
    label: str,
    lang: Language,
    *,
    whole_relay: bool = False,
) -> alt.LayerChart:
    """A group's cake in `lang`, saying where its numbers come from, its takeaway as description.

    `whole_relay`: the counts are the relay's stated theme totals, not the selected questions.
    """
    subtitle = "themes.totals_subtitle" if whole_relay else "themes.share_of_selected"
    return theme_donut(
        shares,
        colours,
        number_locale=vega_number_locale(lang),
        title=label,
        subtitle=text(subtitle, lang),
        centre=text("themes.centre", lang, n=whole(int(shares["count"].sum()), lang)),
        description=donut_takeaway(shares, label, lang, whole_relay=whole_relay),
        tooltip_titles=_tooltip_titles(lang),
    )


def theme_bars_chart(
    shares: pd.DataFrame, colours: dict[str, str], group_labels: dict[str, str], lang: Language
) -> alt.LayerChart:
    """The groups' theme shares as 100 % bars on one axis, in `lang`."""
    return theme_share_bars(
        shares,
        colours,
        number_locale=vega_number_locale(lang),
        title=text("themes.bars_chart_title", lang),
        subtitle=text("themes.share_of_selected", lang),
        description=bars_takeaway(shares, group_labels, lang),
        axis_title=text("themes.bars_axis", lang),
        group_labels=group_labels,
        tooltip_titles=_tooltip_titles(lang),
    )
