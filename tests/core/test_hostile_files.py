"""Every hostile file of the corpus (tests/hostile) gets its Danish answer from the command line,
in a process capped in memory: a regression fails here instead of taking the machine down."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dashboard.cli import main
from tests.conftest import ROOT
from tests.hostile import CASES, GOOD_TABLE, write_case

# The command line's own address space (Python, pandas, pyarrow) is about 1.5 GB before it reads
# anything; 3 GB leaves room for work and none for a blow-up. Its resident memory must stay
# under 1 GiB; a workbook's worker process has its own cap of 1 GiB.
ADDRESS_SPACE = 3 * 1024**3
RESIDENT = 1024**3
GUARD_SECONDS = 120  # only so a hang ends the test; the timings are in bench/hostile.py


def run_capped(*argv: str) -> tuple[int, str, int]:
    """(exit code, stdout + stderr, peak resident bytes) of `python -m dashboard *argv`."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))

    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard", *argv],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        preexec_fn=cap,  # the test process starts no threads that could deadlock on it
    )
    guard = threading.Timer(GUARD_SECONDS, process.kill)
    guard.start()
    try:
        output = process.stdout.read()
        # wait4, not wait: it also gives the kernel's count of the child's peak memory.
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        guard.cancel()
        process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, output.decode("utf-8"), usage.ru_maxrss * 1024


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_file_gets_its_danish_answer(case, tmp_path):
    table, metadata = write_case(case, tmp_path)
    extra = ["--metadata", str(metadata)] if metadata else []
    code, output, peak = run_capped("validate", str(table), *extra)
    assert case.answer in output, output[-500:]
    assert code == (0 if case.accepted else 1)
    assert "Traceback" not in output
    assert peak < RESIDENT


def test_a_made_up_table_never_wears_the_report_name(tmp_path):
    table = tmp_path / "qa.csv"
    table.write_bytes(GOOD_TABLE)
    out = tmp_path / "side.html"
    metadata = str(ROOT / "data" / "relay.toml")
    assert main(["export", "--out", str(out), "--data", str(table), "--metadata", metadata]) == 0
    page = out.read_text(encoding="utf-8")
    assert "står i rapporten" not in page and "står i metadatafilen" in page


@pytest.mark.parametrize("size", [3 * 1024**3])
def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path, size):
    huge = tmp_path / "kæmpe.csv"
    with huge.open("wb") as sparse:  # takes no disk: a hole of `size` bytes
        sparse.truncate(size)
    code, output, peak = run_capped("validate", str(huge))
    assert code == 1 and "Filen fylder 3.072 MB, men højst 20 MB er tilladt" in output
    assert peak < RESIDENT


def test_an_endless_device_is_refused_by_its_size(tmp_path):
    code, output, peak = run_capped("validate", "/dev/zero")
    assert code == 1 and "men højst 20 MB er tilladt" in output
    assert peak < RESIDENT


def test_the_corpus_has_a_file_for_every_finding_about_files():
    """Findings 5, 6, 11, 13 and 14 are about links, output paths, arguments, the upload
    widget and an endpoint: they are tested where those live (search, cli/test_files,
    cli/test_text_analysis, the browser upload test, the README)."""
    assert {case.finding for case in CASES} == {1, 2, 3, 4, 7, 8, 10, 12}


def test_files_are_written_where_asked_only(tmp_path):
    """The corpus's writer puts a case's files in the folder given, nothing else."""
    write_case(CASES[0], tmp_path)
    assert [p.name for p in Path(tmp_path).iterdir()] == [CASES[0].file_name]
