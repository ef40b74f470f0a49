"""Benchmark reading an uploaded relay file: read + validate + limits, CSV and XLSX.

Usage: python bench/import.py [--sizes 1000 10000 100000] [--full]

Each (size, format) runs in a fresh Python process that reads the file's bytes and times
`ingest.inspect_table_file` (type detection, decoding, parsing, `relay.validate_table` and
`ingest.table_problems`). It prints seconds, the process's peak resident memory, and its
resident memory before the call (the interpreter with pandas and the package loaded).

Rows are synthetic and deterministic: windows of words from the bundled questions and answers,
short enough that 100,000 rows stay under the 20 MB upload limit (MAX_FILE_BYTES). `--full`
adds rows with whole bundled questions and answers (about 800 bytes a row, so larger files than
the upload limit allows; the limit is lifted for that run) to show the parser on long texts.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from dashboard import ingest  # noqa: E402
from dashboard.relay import read_relay_files  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
FORMATS = ("csv", "xlsx")
SEED = 2018
WINDOW = 10  # words a synthetic question or answer takes from the bundled texts


def synthetic_rows(size: int, full: bool) -> list[list[str]]:
    """`size` rows id, group, theme, question, answer from the bundled relay's texts."""
    pairs = read_relay_files().require().pairs
    rng = random.Random(SEED)
    words = " ".join(pairs["question"].tolist() + pairs["answer"].tolist()).split()
    records = pairs[["group", "theme", "question", "answer"]].values.tolist()
    rows = []
    for number in range(size):
        group, theme, question, answer = records[number % len(records)]
        if not full:
            start, other = rng.randrange(len(words) - WINDOW), rng.randrange(len(words) - WINDOW)
            question = " ".join(words[start : start + WINDOW]) + "?"
            answer = " ".join(words[other : other + WINDOW])
        rows.append([f"r{number}", group, theme, question, answer])
    return rows


def write_file(rows: list[list[str]], file_format: str, path: Path) -> None:
    header = ["id", "group", "theme", "question", "answer"]
    if file_format == "csv":
        import csv

        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        path.write_bytes(out.getvalue().encode("cp1252"))  # as Danish Excel saves CSV
        return
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, does not inherit the
    parent's peak across fork and exec."""
    try:
        status = Path("/proc/self/status").read_text()
        return (
            next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
            / 1024
        )
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, full: bool) -> dict:
    """In this process: time inspect_table_file on the file; peak and baseline memory."""
    if full:
        ingest.MAX_FILE_BYTES = 1 << 40
    data = path.read_bytes()
    before = peak_mib()
    start = time.perf_counter()
    table, problems, _ = ingest.inspect_table_file(path.name, data)
    seconds = time.perf_counter() - start
    errors = [p.message() for p in problems if p.severity == "error"]
    assert table is not None and not errors, errors[:3]
    return {"seconds": seconds, "peak_mib": peak_mib(), "base_mib": before}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--full", action="store_true", help="also rows with whole texts")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lifted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.lifted)))
        return
    print(f"{'rows':>8} {'format':<6} {'texts':<6} {'MB':>6} {'seconds':>8} {'peak MiB':>9}")
    print(f"{'':>8} {'':<6} {'':<6} {'':>6} {'':>8} {'(base)':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for full in (False, True) if args.full else (False,):
            for size in args.sizes:
                rows = synthetic_rows(size, full)
                for file_format in FORMATS:
                    path = Path(folder) / f"relay-{size}.{file_format}"
                    write_file(rows, file_format, path)
                    command = [sys.executable, __file__, "--measure", str(path)]
                    result = subprocess.run(
                        command + (["--lifted"] if full else []),
                        check=True,
                        capture_output=True,
                        text=True,
                    )
                    figures = json.loads(result.stdout)
                    megabytes = path.stat().st_size / 1e6
                    print(
                        f"{size:>8} {file_format:<6} {'whole' if full else 'short':<6} "
                        f"{megabytes:>6.1f} {figures['seconds']:>8.2f} "
                        f"{figures['peak_mib']:>5.0f} ({figures['base_mib']:.0f})",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
