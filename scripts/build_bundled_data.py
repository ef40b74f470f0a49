"""Rebuild data/qa.csv from the text of the commission's report.

Usage: python scripts/build_bundled_data.py [REPORT_TEXT] [--out data/qa.csv]
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import asdict, fields
from pathlib import Path

from dashboard.report_source import ReportPair, parse_report

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = ROOT.parent / "shared" / "seed" / "000_1b394543eb01fb81.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "qa.csv")
    args = parser.parse_args()
    pairs = parse_report(args.report.read_text(encoding="utf-8"))
    with args.out.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(
            out, fieldnames=[f.name for f in fields(ReportPair)], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(asdict(pair) for pair in pairs)
    print(f"{len(pairs)} par skrevet til {args.out}")


if __name__ == "__main__":
    main()
