"""Benchmark every export on the bundled relay: all 39 cards, with charts and clouds.

Usage: python bench/export.py [--formats pptx pdf html xlsx csv] [--repeat 1]

Each format runs in a fresh Python process, so its time includes the first vl-convert call
and drawing every chart and cloud, and its peak memory (from `os.wait4`, the child's own
`ru_maxrss`) is its own. Prints a plain table: seconds to build the slides, seconds to export
(slides → bytes), seconds for the whole process (imports included), the file's size and peak
resident memory. The issue's budget is ≤ 5 s and ≤ 500 MB per format.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("pptx", "pdf", "html", "xlsx", "csv")
BUDGET_SECONDS, BUDGET_MB = 5.0, 500.0


def run_one(file_format: str) -> dict[str, float]:
    """Inside the child: load, build the slides, export; the timings as a dict."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    start = time.perf_counter()
    from dashboard.export import FORMATS as KNOWN
    from dashboard.export import export_bytes
    from dashboard.relay import read_relay_files
    from dashboard.slides import build_slides

    relay = read_relay_files().require()
    imported = time.perf_counter()
    slides = build_slides(relay, relay.pairs, "da") if KNOWN[file_format].uses_slides else []
    built = time.perf_counter()
    content = export_bytes(file_format, slides, relay.pairs, "da")
    done = time.perf_counter()
    return {
        "cards": len(relay.pairs),
        "slides": len(slides),
        "import_load": imported - start,
        "build": built - imported,
        "export": done - built,
        "bytes": len(content),
    }


def measure(file_format: str) -> dict[str, float]:
    """Run one format in a fresh process; its timings, wall time and peak memory in MB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", file_format], stdout=subprocess.PIPE, text=True
    )
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"{file_format}: the export failed (exit {child.returncode})")
    result = json.loads(output)
    result.update(wall=wall, peak_mb=usage.ru_maxrss / 1024)  # Linux: kilobytes
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    parser.add_argument("--repeat", type=int, default=1, help="runs per format (best is shown)")
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    header = (
        "format",
        "cards",
        "slides",
        "build s",
        "export s",
        "process s",
        "KB",
        "peak MB",
        "ok",
    )
    rows = []
    for file_format in args.formats:
        runs = [measure(file_format) for _ in range(max(args.repeat, 1))]
        best = min(runs, key=lambda r: r["wall"])
        within = best["wall"] <= BUDGET_SECONDS and best["peak_mb"] <= BUDGET_MB
        rows.append(
            (
                file_format,
                str(best["cards"]),
                str(best["slides"]),
                f"{best['build']:.2f}",
                f"{best['export']:.2f}",
                f"{best['wall']:.2f}",
                f"{best['bytes'] / 1024:.0f}",
                f"{best['peak_mb']:.0f}",
                "ja" if within else "NEJ",
            )
        )
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for number, row in enumerate((header, *rows)):
        print("  ".join(cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if number == 0:
            print("  ".join("-" * width for width in widths))
    print(f"\nBudget per format: ≤ {BUDGET_SECONDS:g} s for the whole process, ≤ {BUDGET_MB:g} MB.")


if __name__ == "__main__":
    main()
