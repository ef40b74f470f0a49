"""How fast the app and its command line start, each beside a reference measured in the same run.

Usage: python bench/startup.py [--runs 7] [--cold-runs 3] [--skip-browser]

Three ratios, each the median of alternating runs (ours, then the reference):
- `python -m dashboard --help` against `python -c "import pandas"` (goal ≤ 0.5), and whether
  the help imports pandas or Streamlit at all (goal: neither);
- `python -c "import dashboard.ui.frame"` (what app.py imports) against
  `python -c "import streamlit, pandas"` (goal ≤ 1.3);
- `streamlit run app.py` from launch until Chromium shows the first page drawn (its h1 visible
  and Streamlit's running indicator gone), against a bare one-title app measured the same way
  (goal ≤ 1.3).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]
from _browser import IDLE_JS, ROOT, chromium_options, load_average, serve  # noqa: E402

BARE_APP = 'import streamlit as st\n\nst.title("Bare")\n'
DRAWN_JS = f"() => !!document.querySelector('[data-testid=\"stMain\"] h1') && {IDLE_JS}"
ENVIRONMENT = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
GOALS = {"help": 0.5, "frame": 1.3, "cold": 1.3}


def seconds_of(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=ENVIRONMENT, capture_output=True, check=True)
    return time.perf_counter() - start


def medians(ours: list[str], reference: list[str], runs: int) -> tuple[float, float]:
    """Median seconds of `ours` and of `reference`, run alternately `runs` times each."""
    timings: tuple[list[float], list[float]] = ([], [])
    seconds_of(ours), seconds_of(reference)  # warm the file cache first
    for _ in range(runs):
        timings[0].append(seconds_of(ours))
        timings[1].append(seconds_of(reference))
    return statistics.median(timings[0]), statistics.median(timings[1])


def modules_imported_by_help() -> set[str]:
    """Which of pandas, Streamlit and the exporters `--help` loads."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "dashboard", "--help"],
        cwd=ROOT,
        env=ENVIRONMENT,
        capture_output=True,
        text=True,
        check=True,
    )
    watched = {"pandas", "streamlit", "wordcloud", "pptx", "fpdf", "vl_convert"}
    loaded = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    return watched & loaded


def cold_start(runs: int) -> tuple[float, float]:
    """Median seconds from `streamlit run` to the first page drawn in Chromium: (app, bare)."""
    from playwright.sync_api import sync_playwright

    drawn: dict[str, list[float]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        browser = playwright.chromium.launch(**chromium_options())
        for _ in range(runs):
            for name, script, cwd in (("bare", bare, Path(folder)), ("app", ROOT / "app.py", ROOT)):
                start = time.monotonic()
                with serve(script, Path(folder) / f"{name}.log", cwd=cwd) as server:
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    page = context.new_page()
                    page.goto(server.url)
                    page.wait_for_function(DRAWN_JS, timeout=120_000, polling=20)
                    drawn[name].append(time.monotonic() - start)
                    context.close()
        browser.close()
    return statistics.median(drawn["app"]), statistics.median(drawn["bare"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args()
    python = sys.executable
    before = load_average()
    rows = []
    help_s, pandas_s = medians(
        [python, "-m", "dashboard", "--help"], [python, "-c", "import pandas"], args.runs
    )
    loaded = modules_imported_by_help()
    rows.append(("help", "python -m dashboard --help", help_s, "import pandas", pandas_s))
    frame_s, streamlit_s = medians(
        [python, "-c", "import dashboard.ui.frame"],
        [python, "-c", "import streamlit, pandas"],
        args.runs,
    )
    rows.append(
        ("frame", "import dashboard.ui.frame", frame_s, "import streamlit, pandas", streamlit_s)
    )
    if not args.skip_browser:
        app_s, bare_s = cold_start(args.cold_runs)
        rows.append(("cold", "streamlit run app.py → drawn", app_s, "bare one-title app", bare_s))
    print(f"{'what':31} {'s':>6}  {'reference':26} {'s':>6}  {'ratio':>5}  goal")
    for key, what, ours, reference, theirs in rows:
        ratio = ours / theirs
        verdict = "met" if ratio <= GOALS[key] else "MISSED"
        goal = f"≤ {GOALS[key]} {verdict}"
        print(f"{what:31} {ours:6.2f}  {reference:26} {theirs:6.2f}  {ratio:5.2f}  {goal}")
    nothing_heavy = "none of pandas, streamlit or the exporters"
    print(f"\n--help imports: {', '.join(sorted(loaded)) or nothing_heavy}")
    print(f"medians of {args.runs} runs ({args.cold_runs} for the cold start)")
    print(f"load average {before:.1f} -> {load_average():.1f}")


if __name__ == "__main__":
    main()
