"""How long each hostile file of the corpus (tests/hostile) takes to get its Danish answer, and
how much memory that costs: on the command line, and uploaded to a running server while another
viewer reads the cards.

Usage: python bench/hostile.py [--only NAME ...] [--no-browser]

Goal (issue 11): each answer within 10 s and 1 GiB, in both. The command line's figure is the
whole process (start, read, answer); the server's is the time from the file landing in the
upload field to the answer on the page, and the server's peak resident memory (VmHWM) over all
uploads. A workbook's sheet is read in a worker process capped at 1 GiB of its own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench._browser import chromium_options, load_average, serve  # noqa: E402
from tests.hostile import CASES, write_case  # noqa: E402

GOAL_SECONDS, GOAL_MIB = 10.0, 1024


def command_line(case, folder: Path) -> tuple[float, float, bool]:
    """(seconds, peak MiB, answered) of `python -m dashboard validate` on the case."""
    table, metadata = write_case(case, folder)
    argv = [sys.executable, "-m", "dashboard", "validate", str(table)]
    argv += ["--metadata", str(metadata)] if metadata else []
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    output = process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.stdout.close()
    return seconds, usage.ru_maxrss / 1024, case.answer in output.decode("utf-8")


def peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def uploads(cases, folder: Path) -> tuple[dict[str, tuple[float, bool]], float]:
    """Per case (seconds, answered) of an upload on the Data page, and the server's peak MiB."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import new_context, open_app, wait_until_idle

    results = {}
    with (
        serve(ROOT / "app.py", folder / "streamlit.log") as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(**chromium_options())
        for case in cases:
            uploader, viewer = new_context(browser), new_context(browser)
            page = open_app(uploader.new_page(), f"{server.url}/data")
            fields = page.get_by_test_id("stFileUploaderDropzoneInput")
            if case.metadata is not None:
                metadata = {"name": "metadata.toml", "mimeType": "text/plain"}
                fields.nth(1).set_input_files(files=[{**metadata, "buffer": case.metadata}])
                wait_until_idle(page)
            table = {"name": case.file_name, "mimeType": "text/plain", "buffer": case.table}
            start = time.perf_counter()
            fields.nth(0).set_input_files(files=[table])
            open_app(viewer.new_page(), f"{server.url}/kort")  # another viewer, meanwhile
            answer = page.get_by_test_id("stMain").get_by_text(case.answer_on_the_page, exact=False)
            try:
                answer.first.wait_for(timeout=60_000)
                results[case.name] = (time.perf_counter() - start, True)
            except Exception:
                results[case.name] = (time.perf_counter() - start, False)
            uploader.close()
            viewer.close()
        browser.close()
        return results, peak_mib(server.process.pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="only these cases (by name)")
    parser.add_argument("--no-browser", action="store_true", help="the command line only")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.only or c.name in args.only]
    load_before = load_average()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        print(f"{'case':42} {'cli s':>6} {'cli MiB':>8} {'ok':>3}", end="")
        print("" if args.no_browser else f" {'upload s':>9} {'ok':>3}")
        cli = {}
        for case in cases:
            case_folder = folder / case.name
            case_folder.mkdir()
            cli[case.name] = command_line(case, case_folder)
        app, server_peak = ({}, float("nan")) if args.no_browser else uploads(cases, folder)
        for case in cases:
            seconds, mib, answered = cli[case.name]
            line = f"{case.name:42} {seconds:6.2f} {mib:8.0f} {'yes' if answered else 'NO':>3}"
            if not args.no_browser:
                upload_seconds, shown = app[case.name]
                line += f" {upload_seconds:9.2f} {'yes' if shown else 'NO':>3}"
            print(line)
    slowest_cli = max(seconds for seconds, _, _ in cli.values())
    largest_cli = max(mib for _, mib, _ in cli.values())
    print(f"\ncommand line: slowest {slowest_cli:.2f} s, largest {largest_cli:.0f} MiB")
    if app:
        slowest_upload = max(seconds for seconds, _ in app.values())
        print(f"server: slowest answer {slowest_upload:.2f} s, peak memory {server_peak:.0f} MiB")
    within = slowest_cli <= GOAL_SECONDS and largest_cli <= GOAL_MIB
    if app:
        within = within and slowest_upload <= GOAL_SECONDS and server_peak <= GOAL_MIB
    print(f"goal {GOAL_SECONDS:.0f} s and {GOAL_MIB} MiB: {'met' if within else 'MISSED'}")
    print(f"load average {load_before:.1f} -> {load_average():.1f}")


if __name__ == "__main__":
    main()
