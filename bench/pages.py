"""Benchmark each page's server-side rerun after a filter change, beside a bare Streamlit page.

Usage: python bench/pages.py [--reruns 30] [--pairs 10000]

For every page the app is started under Streamlit's AppTest, opened once (the first run
fills the caches), then one filter is switched back and forth and each rerun is timed.
A bare page with one widget is measured the same way in the same run, so the figures show
what the app adds to Streamlit's own cost. Goal: every page ≤ 50 ms median on the bundled
data and ≤ 100 ms on a relay of 10,000 pairs (`--pairs 10000` adds a second table, for a
synthetic relay made as bench/text.py makes it, without metadata). It also counts word-cloud
drawings during reruns that do not change a cloud (goal: 0). The pages a member uses to prepare a
meeting are measured opened on one too (10 cards, a note on each, in a SQLite file of the run):
each of their reruns reads the meeting, the notes and the tags from the database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from dashboard.relay import read_relay_files  # noqa: E402
from dashboard.ui import analysis  # noqa: E402
from dashboard.ui.frame import DATA_ENV  # noqa: E402

sys.path[:0] = [str(ROOT / "bench")]
from text import synthetic_relay  # noqa: E402

BARE_PAGE = """
import streamlit as st
st.selectbox("Vælg", ["a", "b"], key="valg")
"""


class StepButtons:
    """The projected slide's step buttons as one widget: `set_value(key)` clicks that one."""

    def __init__(self, app: AppTest):
        self.app = app

    def set_value(self, key: str) -> None:
        self.app.button(key=key).click()


# page: (how to find the widget, the two values switched between)
FILTER_CHANGES = {
    "oversigt": (lambda app: app.sidebar.radio(key="lang"), ("en", "da")),
    "temaer": (lambda app: app.pills(key="valgt"), ("krydspres", "borgerblik")),
    "kort": (lambda app: app.pills(key="tema"), (["krydspres"], ["borgerblik"])),
    "ord": (lambda app: app.selectbox(key="ord"), ("ledelse", "borgerne")),
    "tvaerlaesning": (lambda app: app.selectbox(key="h_tema"), ("krydspres", "borgerblik")),
    # The projected slide (?skaerm=laerred) of the first card: → shows its answer, ← hides it.
    "praesentation": (StepButtons, ("next_slide", "previous_slide")),
    # Opened on a meeting of 10 cards, each with a note: what a member preparing one feels.
    "kort med møde": (lambda app: app.pills(key="tema"), (["krydspres"], ["borgerblik"])),
    "moeder med møde": (lambda app: app.sidebar.radio(key="lang"), ("en", "da")),
    "praesentation med møde": (StepButtons, ("next_slide", "previous_slide")),
}
MEETING_CARDS = 10


def bench_meeting() -> str:
    """A meeting of the startup relay's first cards, each with a note, in the run's database."""
    from datetime import date

    from dashboard.store import add_note, create_meeting, open_store
    from dashboard.ui.frame import startup_files

    relay = read_relay_files(*startup_files([])).require()
    cards = list(relay.pairs["id"][:MEETING_CARDS])
    store = open_store()
    meeting = create_meeting(
        store,
        relay_id=relay.fingerprint,
        title="Benchmark",
        meeting_date=date(2026, 12, 3),
        author="bench",
        card_ids=cards,
    )
    for card in cards:
        add_note(
            store,
            relay_id=relay.fingerprint,
            card_id=card,
            text="En note til drøftelse",
            author="bench",
            meeting_id=meeting.id,
        )
    store.close()
    return meeting.id


def time_reruns(app: AppTest, widget, values, reruns: int) -> list[float]:
    """Seconds of each rerun after switching `widget` between `values`."""
    seconds = []
    for i in range(reruns + 2):
        widget(app).set_value(values[i % 2])
        start = time.perf_counter()
        app.run()
        if i >= 2:  # the first two runs of each value fill the caches
            seconds.append(time.perf_counter() - start)
        assert not app.exception, app.exception
    return seconds


def bare_page(reruns: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "bare.py"
        script.write_text(BARE_PAGE, encoding="utf-8")
        app = AppTest.from_file(str(script)).run()
        return time_reruns(app, lambda a: a.selectbox(key="valg"), ("a", "b"), reruns)


def page_reruns(name: str, reruns: int) -> tuple[list[float], int]:
    """Rerun times of the page `name` and how many clouds were drawn during those reruns."""
    widget, values = FILTER_CHANGES[name]
    page, _, with_meeting = name.partition(" med ")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if with_meeting:
        app.query_params["moede"] = bench_meeting()
    if page == "praesentation":
        app.query_params.update(skaerm="laerred", dias="5")
    app.run()
    if page != "oversigt":
        app.switch_page(f"pages/{page}.py").run()
    with mock.patch.object(analysis, "cloud_png", wraps=analysis.cloud_png) as draw:
        widget(app).set_value(values[0])
        app.run()
        widget(app).set_value(values[1])
        app.run()
        draw.reset_mock()
        seconds = time_reruns(app, widget, values, reruns)
        return seconds, draw.call_count


def write_synthetic_relay(pairs: int, folder: Path) -> Path:
    """A relay CSV of `pairs` synthetic question/answer pairs, for the app to start on."""
    relay = synthetic_relay(pairs, read_relay_files().require().pairs)
    relay["source"] = relay["group"] + " – " + relay["theme"]
    path = folder / f"syntetisk-{pairs}.csv"
    relay.to_csv(path, index=False)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=30)
    parser.add_argument("--pairs", type=int, help="also a synthetic relay of this many pairs")
    args = parser.parse_args()
    database = tempfile.TemporaryDirectory()  # meetings and notes of the run, never var/
    os.environ["DASHBOARD_DATABASE_URL"] = f"sqlite:///{database.name}/dashboard.sqlite"
    measure_pages(args.reruns, None)
    if args.pairs:
        with tempfile.TemporaryDirectory() as folder:
            os.environ[DATA_ENV] = str(write_synthetic_relay(args.pairs, Path(folder)))
            print()
            measure_pages(args.reruns, args.pairs)


def measure_pages(reruns: int, pairs: int | None) -> None:
    """Print the rerun table of every page (and the bare page) on the relay in use."""
    st.cache_data.clear()
    rows = [("bare one-widget page", bare_page(reruns), 0)]
    for page in FILTER_CHANGES:
        seconds, clouds = page_reruns(page, reruns)
        rows.append((page, seconds, clouds))
    print(f"relay: {f'{pairs:,} synthetic pairs' if pairs else 'bundled'}")
    print(f"{'page':<22} {'median ms':>10} {'p90 ms':>8} {'reruns':>7} {'clouds redrawn':>15}")
    for name, seconds, clouds in rows:
        ordered = sorted(seconds)
        p90 = ordered[int(0.9 * (len(ordered) - 1))]
        print(
            f"{name:<22} {statistics.median(seconds) * 1000:>10.1f} {p90 * 1000:>8.1f} "
            f"{len(seconds):>7} {clouds:>15}"
        )


if __name__ == "__main__":
    main()
