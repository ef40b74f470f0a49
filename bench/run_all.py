"""Run every benchmark of the project and print one table of their headline figures.

Usage: python bench/run_all.py [--load-seconds 180] [--load-sessions 20] [--cold-runs 3]
                               [--skip startup pages text export import hostile meetings
                                       presentation load]

It runs each benchmark script in its own process, one after the other – bench/startup.py (the
three start-up ratios, the cold start with `--cold-runs`), pages.py, text.py, export.py (all
cards, then a meeting of 50), import.py, hostile.py, meetings.py, presentation.py and load.py
(with `--load-seconds`) – keeps each one's whole
output under artifacts/bench/, reads the figures from the tables they print and prints one
Markdown table with the machine it ran on. The machine's 1-minute load average before and after each
benchmark is in the table too: other work on the machine slows every figure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]
from _browser import ROOT, load_average, machine  # noqa: E402

BENCH = ROOT / "bench"
OUTPUT = ROOT / "artifacts" / "bench"
BENCHMARKS = (
    "startup",
    "pages",
    "text",
    "lemmas",
    "export",
    "export-meeting",
    "import",
    "hostile",
    "meetings",
    "presentation",
    "load",
)


def rows_of(output: str, width: int, first: Callable[[str], bool]) -> list[list[str]]:
    """The whitespace-separated rows of a printed table that have `width` cells and whose
    first cell passes `first`."""
    rows = []
    for line in output.splitlines():
        cells = line.split()
        if len(cells) == width and first(cells[0]):
            rows.append(cells)
    return rows


def _number(cell: str) -> bool:
    try:
        float(cell.replace(",", "").strip("()"))
    except ValueError:
        return False
    return True


def startup_rows(output: str) -> list[tuple[str, str]]:
    """what, s, reference, s, ratio, goal – the three start-up ratios."""
    rows = []
    for line in output.splitlines():
        if "≤" not in line or "what" in line:
            continue
        what, rest = line.split("  ", 1)
        cells = rest.split()
        ours, ratio = cells[0], cells[-4]
        reference = " ".join(cells[1:-5])
        verdict = cells[-1]
        rows.append(
            (
                f"start-up: {what.strip()}",
                f"{ours} s vs {reference} {cells[-5]} s: ratio {ratio} (goal {cells[-3]} "
                f"{cells[-2]}, {verdict})",
            )
        )
    if not rows:
        raise ValueError("no rows")
    return rows


def hostile_rows(output: str) -> list[tuple[str, str]]:
    """The summary lines of bench/hostile.py."""
    summary = [
        line
        for line in output.splitlines()
        if line.startswith(("command line:", "server:", "goal"))
    ]
    if not summary:
        raise ValueError("no summary")
    return [("hostile files answered (CLI and upload)", "; ".join(summary))]


def meetings_rows(output: str) -> list[tuple[str, str]]:
    """operation, median, p95 lines of bench/meetings.py (SQLite)."""
    rows = [line.split() for line in output.splitlines() if line.strip().endswith("ms")]
    if not rows:
        raise ValueError("no rows")
    return [
        ("meetings on SQLite (1,000 meetings × 50 cards)", "; ".join(" ".join(r) for r in rows))
    ]


def pages_rows(output: str) -> list[tuple[str, str]]:
    """Per table ("relay: …" line, then page: median, p90, reruns, clouds redrawn; the name may
    have spaces): one row of medians."""
    rows, relay, medians, clouds = [], "", {}, 0

    def finish() -> None:
        if medians:
            listed = ", ".join(f"{name} {ms:.0f}" for name, ms in medians.items())
            rows.append(
                (f"page reruns (median, server side), {relay} relay",
                 f"{listed} ms; clouds redrawn: {clouds}")
            )  # fmt: skip

    for line in output.splitlines():
        cells = line.split()
        if line.startswith("relay: "):
            finish()
            relay, medians, clouds = line.removeprefix("relay: "), {}, 0
        elif len(cells) >= 5 and all(_number(c) for c in cells[-4:]):
            name = " ".join(cells[:-4])
            medians["bare" if name.startswith("bare") else name] = float(cells[-4])
            clouds += int(cells[-1])
    finish()
    if not rows:
        raise ValueError("no rows")
    return rows


def text_rows(output: str) -> list[tuple[str, str]]:
    """relay, pairs, tokens, count s, lemmas +%, compare s, freq+compare s, cloud s,
    wordcloud s, MiB…"""
    rows = rows_of(output, 11, lambda cell: cell in ("bundled", "synthetic"))
    if not rows:
        raise ValueError("no rows")
    result = []
    for cells in rows:
        relay, pairs, count, lemmatising, compare, scratch, cloud, wordcloud, peak = (
            cells[0], cells[1], *cells[3:9], cells[10],
        )  # fmt: skip
        if relay == "bundled":
            result.append(
                ("word clouds (800×400 PNG)", f"{cloud} s (wordcloud alone {wordcloud} s)")
            )
            continue
        size = int(pairs.replace(",", ""))
        label = f"{size // 1000}k" if size % 1000 == 0 else pairs
        result.append(
            (
                f"text analysis {label} pairs",
                f"count {count} s (lemmatising +{lemmatising} %), compare {compare} s, "
                f"both from scratch {scratch} s; peak {peak} MiB",
            )
        )
    return result


def lemmas_rows(output: str) -> list[tuple[str, str]]:
    """grouping, set, n, purity, inverse, F: F of each grouping on each gold set."""
    rows = rows_of(output, 7, lambda cell: cell in ("snowball", "simplemma", "app"))
    if not rows:
        raise ValueError("no rows")
    f = {(cells[0], f"{cells[1]} {cells[2]}"): cells[6] for cells in rows}  # set: two words
    sets = {"gold forms": "forms", "gold tokens": "tokens", "unseen forms": "held-out text"}
    listed = "; ".join(
        f"{label}: app {f['app', name]}, simplemma {f['simplemma', name]}, "
        f"Snowball {f['snowball', name]}"
        for name, label in sets.items()
    )
    return [("word grouping vs hand-written gold lemmas (F)", listed)]


def export_rows(output: str) -> list[tuple[str, str]]:
    """format, cards, slides, build s, export s, process s, KB, peak MB, ok."""
    rows = rows_of(output, 9, lambda cell: cell in ("pptx", "pdf", "html", "xlsx", "csv"))
    if not rows:
        raise ValueError("no rows")
    listed = ", ".join(f"{cells[0].upper()} {cells[5]} s (export {cells[4]} s)" for cells in rows)
    peak = max(float(cells[7]) for cells in rows)
    within = "all within budget" if all(c[8] == "ja" for c in rows) else "OVER BUDGET"
    what = f"exports ({rows[0][1]} cards, {rows[0][2]} slides, whole process)"
    return [(what, f"{listed}; ≤ {peak:.0f} MB; {within}")]


def presentation_rows(output: str) -> list[tuple[str, str]]:
    """step, n, p50, p95, max, goal … – the key press and audience timings."""
    rows = [line.split() for line in output.splitlines() if " ≤ " in line]
    if not rows:
        raise ValueError("no rows")
    listed = "; ".join(
        f"{' '.join(cells[:-8])} p50/p95/max {cells[-7]}/{cells[-6]}/{cells[-5]} ms "
        f"(goal {cells[-4]} ≤ {cells[-2]} ms {cells[-1]})"
        for cells in rows
    )
    return [("presenting in Chromium: → to the step drawn, audience following", listed)]


def import_rows(output: str) -> list[tuple[str, str]]:
    """rows, format, texts, MB, seconds, peak MiB, (base MiB)."""
    rows = rows_of(output, 7, str.isdigit)
    if not rows:
        raise ValueError("no rows")
    result = []
    for file_format in ("csv", "xlsx"):
        picked = [cells for cells in rows if cells[1] == file_format]
        listed = ", ".join(f"{int(c[0]) // 1000}k {c[4]} s" for c in picked)
        peak = max(float(c[5]) for c in picked)
        result.append((f"import {file_format.upper()}", f"{listed}; peak {peak:.0f} MiB"))
    return result


BROWSER_PRIORITY = {True: "on CPU the server leaves", False: "at the server's priority"}


def load_rows(output: str) -> list[tuple[str, str]]:
    figures = json.loads(output.strip().splitlines()[-1])
    latency = figures["latency"]

    def p(kind: str) -> str:
        if kind not in latency:
            return "none"
        return f"{latency[kind]['p50_ms']:.0f}/{latency[kind]['p95_ms']:.0f} ms"

    server = max(
        v["p95_ms"] for k, v in latency.items() if k.startswith("server run") and "(" not in k
    )
    return [
        (
            f"load: {figures['sessions']} sessions, arriving over {figures['ramp_s']:g} s, then "
            f"all stepping for {figures['stepping_s']:g} s (think {figures['think_s']:g} s, "
            f"Chromium {BROWSER_PRIORITY[figures['browsers_idle']]})",
            f"filter → cards updated p50/p95 {p('filter')} (n = "
            f"{latency.get('filter', {}).get('n', 0)}), page switch "
            f"{p('page switch (all pages)')}, first page {p('first page drawn (arriving)')}; "
            f"slowest page's server run p95 {server:.0f} ms while stepping; "
            f"{figures['stepping_actions_per_s']:g} actions/s, {figures['errors']} errors, "
            f"{figures['isolation_failures']} isolation failures; memory "
            f"{figures['memory_start_mib']} → {figures['memory_stepping_start_mib']} → "
            f"{figures['memory_end_mib']} MiB ({'settled' if figures['settled'] else 'NOT settled'}"
            f"); CPU while stepping: server {figures['server_cores']:g} cores, browsers "
            f"{figures['client_cores']:g}",
        )
    ]


def code_state() -> str:
    """The commit measured, and whether the app's or the benchmarks' code had uncommitted
    changes."""

    def git(*argv: str) -> str:
        done = subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    changed = git(
        "status", "--porcelain", "--", "app.py", "pages", "src", "data", ".streamlit", "bench"
    )
    n_changed = len(changed.splitlines())
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return f"commit {commit}" + (f" + {n_changed} uncommitted files" if n_changed else "")


def run_script(name: str, script: str, argv: list[str], timeout: float) -> tuple[str, int, float]:
    """Run bench/<script>.py in its own process; its stdout, exit code and seconds (kept in
    artifacts/bench/<name>.txt)."""
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, str(BENCH / f"{script}.py"), *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        output, code = done.stdout, done.returncode
        errors = done.stderr
    except subprocess.TimeoutExpired as expired:
        output, code = (expired.stdout or b"").decode(errors="replace"), -1
        errors = f"stopped after {timeout:g} s"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / f"{name}.txt").write_text(f"{output}\n--- stderr ---\n{errors}", encoding="utf-8")
    return output, code, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load-seconds", type=float, default=180.0)
    parser.add_argument("--load-sessions", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--skip", nargs="*", choices=BENCHMARKS, default=[])
    args = parser.parse_args()

    # name: (script, its arguments, timeout in seconds, how to read its table)
    Parse = Callable[[str], list[tuple[str, str]]]
    scripts: dict[str, tuple[str, list[str], float, Parse]] = {
        "startup": ("startup", ["--cold-runs", str(args.cold_runs)], 900, startup_rows),
        "pages": ("pages", ["--pairs", "10000"], 1800, pages_rows),
        "text": ("text", [], 1200, text_rows),
        "lemmas": ("lemmas", [], 300, lemmas_rows),
        "export": ("export", [], 900, export_rows),
        "export-meeting": ("export", ["--cards", "50"], 900, export_rows),
        "import": ("import", [], 1200, import_rows),
        "hostile": ("hostile", [], 900, hostile_rows),
        "meetings": ("meetings", [], 900, meetings_rows),
        "presentation": ("presentation", [], 900, presentation_rows),
        "load": (
            "load",
            ["--seconds", f"{args.load_seconds:g}", "--sessions", str(args.load_sessions)],
            args.load_seconds + 600,
            load_rows,
        ),
    }
    table: list[tuple[str, str, str, str]] = []  # what, script, result, load average
    for name, (script, argv, timeout, parse) in scripts.items():
        if name in args.skip:
            continue
        before = load_average()
        json_flag = ["--json"] if name == "load" else []
        output, code, seconds = run_script(name, script, argv + json_flag, timeout)
        load = f"{before:.1f} → {load_average():.1f}"
        command = f"`python bench/{' '.join([f'{script}.py', *argv])}`"
        saved = OUTPUT.relative_to(ROOT) / f"{name}.txt"
        if code != 0:
            table.append((name, command, f"FAILED (exit {code}); see {saved}", load))
        else:
            try:
                rows = parse(output)
            except (ValueError, KeyError, IndexError) as error:
                rows = [(name, f"could not read its table ({error}); see {saved}")]
            table.extend((what, command, result, load) for what, result in rows)
        print(f"{name} done in {seconds:.0f} s", file=sys.stderr, flush=True)

    about = machine()
    print(
        f"Machine: {about['cores']} cores (nproc), {about['memory']} RAM, {about['cpu']}; "
        f"Python {about['python']}, Streamlit {about['streamlit']}; {about['date']}; "
        f"{code_state()}.\n"
    )
    print("| benchmark | script | result | load avg |")
    print("| --- | --- | --- | --- |")
    for what, command, result, load in table:
        print(f"| {what} | {command} | {result} | {load} |")


if __name__ == "__main__":
    main()
