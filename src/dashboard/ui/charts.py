"""Drawing charts and pictures: full width, clickable where a page asks for it, built once per
input."""

from __future__ import annotations

import altair as alt
import pyarrow as pa
import streamlit as st

from dashboard.charts import THEME_SELECTION


def _arrow_bytes(rows: list[dict]) -> bytes:
    table = pa.Table.from_pylist(rows)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def vega_lite_spec(chart: alt.TopLevelMixin) -> dict:
    """The chart's Vega-Lite spec with its datasets as Arrow bytes, ready to draw and to cache.

    Building and validating an Altair chart, and Streamlit's conversion of its data, cost tens
    of milliseconds a chart; callers cache this spec so a rerun only sends it.
    """
    spec = chart.to_dict()
    spec["datasets"] = {name: _arrow_bytes(rows) for name, rows in spec.get("datasets", {}).items()}
    return spec


def show_chart(spec: dict, *, key: str | None = None):
    """Draw a chart spec full width; with a `key`, a click on it reruns the page and its
    selection is kept under that key (`picked_theme` reads it).

    The chart's own `description` (its takeaway) is its accessible name.
    """
    return st.vega_lite_chart(
        spec, width="stretch", key=key, on_select="rerun" if key else "ignore"
    )


def show_png(png: bytes, *, alt: str, caption: str | None = None) -> None:
    """Draw a PNG full width with its text alternative.

    Given as bytes, st.image serves it from a URL of its content's hash: a rerun sends a short
    link, not the picture, and the browser reuses the one it has. Its format is named, or
    Streamlit would re-encode a PNG without transparency as JPEG on every run.
    """
    st.image(png, alt=alt, caption=caption, width="stretch", output_format="PNG")


def picked_theme(chart_key: str) -> str | None:
    """The theme of the slice last clicked in the chart drawn with `chart_key`, if any."""
    state = st.session_state.get(chart_key)
    points = state.selection.get(THEME_SELECTION, []) if state else []
    return points[0].get("theme") if points else None
