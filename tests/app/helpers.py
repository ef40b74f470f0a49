"""Reading what AppTest cannot read by a typed accessor: charts' data, and element texts."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow as pa


def chart_specs(app) -> list[dict]:
    """The Vega-Lite spec of every chart on the page, in order."""
    return [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]


def chart_data(app, index: int) -> pd.DataFrame:
    """The data of chart `index` (Streamlit ships it beside the spec, as Arrow)."""
    chart = app.get("vega_lite_chart")[index]
    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets]
    return frames[0]


def chart_description(app, index: int) -> str:
    return chart_specs(app)[index]["description"]


def markdown_texts(app) -> list[str]:
    return [element.value for element in app.markdown]


_MARKED = re.compile(r"^(:[a-z]+-badge\[[^\]]*\])(?: :small\[:gray\[(.*)\]\])?$", re.DOTALL)


def marked(app) -> list[str]:
    """Every text that starts with a provenance mark, as 'mark body' (its small print plain)."""
    found = []
    for element in app.markdown:
        match = _MARKED.match(element.value)
        if match:
            found.append(" ".join(part for part in match.groups() if part))
    return found


def mark_helps(app, start: str) -> set[str]:
    """The hover texts of the marked texts that start with `start`."""
    return {e.proto.help for e in app.markdown if e.value.startswith(start)}
