"""Benchmark every export on the bundled relay: all 39 cards, with charts and clouds, or a
meeting's deck of `--cards N`.

Usage: python bench/export.py [--formats pptx pdf html xlsx csv] [--repeat 1] [--cards 50]

Each format runs in a fresh Python process, so its time includes the first vl-convert call
and drawing every chart and cloud, and its peak memory (from `os.wait4`, the child's own
`ru_maxrss`) is its own. Prints a plain table: seconds to build the slides, seconds to export
(slides → bytes), seconds for the whole process (imports included), the file's size and peak
resident memory. The issue's budget is ≤ 5 s and ≤ 500 MB per format.

`--cards N` exports what Præsentation's buttons export for a meeting of N cards: its title and
date, every general slide, the cards in its order, each with a note for discussion (speaker
notes in the PPTX). The bundled relay has 39 cards, so the cards after the 39th are the first
ones again under ids of their own.
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


def meeting_deck(relay, cards: int):
    """A meeting's cards (the bundled ones repeated up to `cards`) and its agenda: title, date
    and a note for discussion on every card, as the store would give them."""
    import pandas as pd

    from dashboard.slides import Agenda, Verbatim

    rounds = -(-cards // len(relay.pairs))
    repeated = pd.concat(
        [relay.pairs.assign(id=relay.pairs["id"] + f"-{n}" * (n > 0)) for n in range(rounds)]
    ).head(cards)
    note = "Til drøftelse – Anna, 03.12.2026 09.30: Tag den op først, og spørg KL."
    plan = Agenda(
        title=Verbatim("Krydspres i udvalget"),
        date_text="3. december 2026",
        notes=tuple((card_id, (Verbatim(note),)) for card_id in repeated["id"]),
    )
    return repeated.reset_index(drop=True), plan


def run_one(file_format: str, cards: int | None) -> dict[str, float]:
    """Inside the child: load, build the slides, export; the timings as a dict."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    start = time.perf_counter()
    from dashboard.export import FORMATS as KNOWN
    from dashboard.export import export_bytes
    from dashboard.relay import read_relay_files
    from dashboard.slides import build_slides

    relay = read_relay_files().require()
    shown, plan = (relay.pairs, None) if cards is None else meeting_deck(relay, cards)
    imported = time.perf_counter()
    uses_slides = KNOWN[file_format].uses_slides
    slides = build_slides(relay, shown, "da", agenda=plan) if uses_slides else []
    built = time.perf_counter()
    content = export_bytes(file_format, slides, shown, "da", agenda=plan)
    done = time.perf_counter()
    return {
        "cards": len(shown),
        "slides": len(slides),
        "import_load": imported - start,
        "build": built - imported,
        "export": done - built,
        "bytes": len(content),
    }


def measure(file_format: str, cards: int | None) -> dict[str, float]:
    """Run one format in a fresh process; its timings, wall time and peak memory in MB."""
    start = time.perf_counter()
    meeting = ["--cards", str(cards)] if cards is not None else []
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", file_format, *meeting],
        stdout=subprocess.PIPE,
        text=True,
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
    parser.add_argument("--cards", type=int, help="a meeting's deck of this many cards")
    parser.add_argument("--child", choices=FORMATS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.cards)))
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
        runs = [measure(file_format, args.cards) for _ in range(max(args.repeat, 1))]
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
