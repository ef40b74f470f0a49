"""`python -m dashboard validate`: OK line and exit 0, or the problem list and exit 1."""

from __future__ import annotations

import subprocess
import sys

from dashboard.cli import main
from tests.conftest import ROOT


def test_validate_bundled_data(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "OK: 39 spørgsmål, 39 svar, grupper: Topledere (19), Institutions- og driftsledere (20)"
    ]


def test_validate_lists_problems_and_exits_1(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("id,group,theme,question,answer\nx,Topledere,,,A\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "2 problem(er) fundet:",
        "- Række 2, kolonne 'theme': Feltet er tomt.",
        "- Række 2, kolonne 'question': Feltet er tomt.",
    ]


def test_validate_shows_warnings_but_passes(tmp_path, capsys):
    path = tmp_path / "ok.csv"
    path.write_text("id,group,theme,question,answer\nx,Topledere,t,Q?,\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: 1 spørgsmål, 0 svar, grupper: Topledere (1)")
    assert "Bemærk (1):" in out


def test_bad_arguments_give_a_danish_error_and_exit_2():
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", "--lang", "xx"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "fejl: ugyldigt valg til --lang" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_exit_2(capsys):
    try:
        main(["nonsense"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "fejl:" in capsys.readouterr().err


def test_output_cut_short_by_a_pipe_is_not_an_error():
    result = subprocess.run(
        f"{sys.executable} -m dashboard kwic sektor --json | head -1",
        shell=True, cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.stdout == "[\n"
    assert "Traceback" not in result.stderr


def test_a_data_file_named_alone_gets_no_report_metadata(tmp_path, capsys):
    path = tmp_path / "other.csv"
    path.write_text("group,theme,question,answer\nTopledere,t,Q?,A\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ikke beskrevet i metadatafilen" not in out
