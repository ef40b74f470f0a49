"""Theme counts and shares per group, computed from the selected questions, and theme colours."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.palette import OKABE_ITO
from dashboard.relay import Relay
from dashboard.texts import Language, text


def theme_colours(relay: Relay) -> dict[str, str]:
    """One colour per theme, the same on every chart: themes in order of first appearance."""
    themes = relay.themes()
    return {theme: OKABE_ITO[i % len(OKABE_ITO)] for i, theme in enumerate(themes)}


def format_share(share: float, lang: Language) -> str:
    """A share as a whole percentage, the way each language writes it: '21 %' or '21%'."""
    return f"{round(share * 100)} %" if lang == "da" else f"{round(share * 100)}%"


def theme_shares(pairs: pd.DataFrame, lang: Language = "da") -> pd.DataFrame:
    """Per group and theme: count of questions, share of the group's questions, n, and a label.

    Rows follow the order groups and themes first appear in `pairs`.
    """
    if pairs.empty:
        return pd.DataFrame(columns=["group", "theme", "count", "n", "share", "label"])
    counts = pairs.groupby(["group", "theme"], sort=False).size().rename("count").reset_index()
    counts["n"] = counts.groupby("group")["count"].transform("sum")
    counts["share"] = counts["count"] / counts["n"]
    counts["label"] = [
        f"{count} ({format_share(share, lang)})"
        for count, share in zip(counts["count"], counts["share"], strict=True)
    ]
    return counts


@dataclass(frozen=True)
class ThemeCoverage:
    """What the data holds of a group's themes beside what the report says."""

    group: str
    themes_in_data: tuple[str, ...]
    themes_in_report: int

    @property
    def themes_not_in_source(self) -> int:
        """Themes the report counts but neither names nor excerpts."""
        return max(self.themes_in_report - len(self.themes_in_data), 0)


def theme_coverage(relay: Relay, group: str) -> ThemeCoverage:
    described = relay.metadata.group(group)
    in_report = described.themes_in_report if described else 0
    return ThemeCoverage(group, tuple(relay.themes(group)), in_report)


def _join(items: list[str], lang: Language) -> str:
    return (
        items[0]
        if len(items) == 1
        else f"{', '.join(items[:-1])} {text('themes.and', lang)} {items[-1]}"
    )


def donut_takeaway(group_shares: pd.DataFrame, group_label: str, lang: Language) -> str:
    """One sentence on a group's cake: its size and its largest theme(s)."""
    top_count = int(group_shares["count"].max())
    top = group_shares[group_shares["count"] == top_count]
    return text(
        "themes.donut_takeaway",
        lang,
        group=group_label,
        n=int(group_shares["count"].sum()),
        k=len(group_shares),
        top=_join(list(top["theme"]), lang),
        count=top_count,
        each=text("themes.each", lang) if len(top) > 1 else "",
        share=format_share(float(top["share"].iloc[0]), lang),
    )


def bars_takeaway(shares: pd.DataFrame, group_labels: dict[str, str], lang: Language) -> str:
    """One sentence on the side-by-side bars: each group's largest theme(s)."""
    parts = []
    for group, rows in shares.groupby("group", sort=False):
        top = rows[rows["share"] == rows["share"].max()]
        parts.append(
            text(
                "themes.bars_part",
                lang,
                group=group_labels[group],
                top=_join(list(top["theme"]), lang),
                share=format_share(float(top["share"].iloc[0]), lang),
            )
        )
    return text("themes.bars_takeaway", lang, parts="; ".join(parts))
