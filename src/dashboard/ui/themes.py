"""Theme cakes as the pages draw them."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dashboard.charts import theme_donut, theme_share_bars
from dashboard.texts import Language, text
from dashboard.themes import bars_takeaway, donut_takeaway
from dashboard.ui.charts import show_chart


def show_theme_donut(
    shares: pd.DataFrame,
    colours: dict[str, str],
    label: str,
    lang: Language,
    *,
    key: str | None = None,
    on_select: Callable | None = None,
):
    """A cake of `shares` titled `label`, saying it is computed from the selected questions."""
    chart = theme_donut(
        shares,
        colours,
        title=label,
        subtitle=text("themes.share_of_selected", lang),
        description=donut_takeaway(shares, label, lang),
        tooltip_titles=_tooltip_titles(lang),
    )
    return show_chart(chart, key=key, on_select=on_select)


def _tooltip_titles(lang: Language) -> dict[str, str]:
    return {k: text(f"themes.tooltip.{k}", lang) for k in ("theme", "group", "count", "share")}


def show_theme_bars(
    shares: pd.DataFrame, colours: dict[str, str], group_labels: dict[str, str], lang: Language
):
    """The groups' theme shares as 100 % bars on one axis."""
    chart = theme_share_bars(
        shares,
        colours,
        title=text("themes.bars_chart_title", lang),
        subtitle=text("themes.share_of_selected", lang),
        description=bars_takeaway(shares, group_labels, lang),
        axis_title=text("themes.bars_axis", lang),
        group_labels=group_labels,
        tooltip_titles=_tooltip_titles(lang),
    )
    return show_chart(chart)
