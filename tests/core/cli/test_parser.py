"""The one parser: help and errors in the user's language, one line per error, exit codes, and
a start that imports nothing heavy."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dashboard.cli.parser import build_parser, commands, requested_language
from tests.conftest import ROOT

# The command line of this checkout, whichever one the environment has installed.
OWN_CODE = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def python_dashboard(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *argv],
        cwd=ROOT, capture_output=True, text=True, check=False, env=OWN_CODE,
    )  # fmt: skip


def test_help_is_danish_by_default_and_english_on_request():
    danish = python_dashboard("--help")
    assert danish.returncode == 0
    assert danish.stdout.startswith("brug: python -m dashboard")
    assert "tilvalg:" in danish.stdout and "vis denne hjælp og stop" in danish.stdout
    english = python_dashboard("words", "--help", "--lang", "en")
    assert english.returncode == 0
    assert english.stdout.startswith("usage: python -m dashboard words")
    assert "most frequent words of a selection" not in english.stdout  # that is the list's help
    assert "number of words (0: all)" in english.stdout


def test_every_command_takes_lang_en():
    parser = build_parser("en")
    for name, command in commands(parser).items():
        language = command._option_string_actions.get("--lang")
        assert language is not None and tuple(language.choices) == ("da", "en"), name


def test_help_imports_neither_pandas_nor_streamlit():
    probe = (
        "import sys\n"
        "from dashboard.cli.parser import build_parser\n"
        "build_parser().format_help()\n"
        "for name in ('pandas', 'streamlit', 'wordcloud', 'pptx', 'fpdf'):\n"
        "    assert name not in sys.modules, name\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["x", "--lang", "en"], "en"),
        (["x", "--lang=en"], "en"),
        (["x", "--lang", "xx"], "da"),
        (["x"], "da"),
        (["x", "--lang"], "da"),
    ],
)
def test_the_language_is_found_before_parsing(argv, expected):
    assert requested_language(argv) == expected


def test_validate_bundled_data(run):
    assert run("validate") == (
        0,
        "OK: 39 spørgsmål, 39 svar, grupper: Topledere (19), Institutions- og driftsledere (20)\n",
        "",
    )


def test_bad_arguments_give_one_line_in_the_language_asked_and_exit_2():
    danish = python_dashboard("validate", "--lang", "xx")
    assert danish.returncode == 2
    assert danish.stderr.strip().endswith(
        "fejl: ugyldigt valg til --lang: »xx«; mulige: »da«, »en«"
    )
    english = python_dashboard("words", "--kind", "nope", "--lang", "en")
    assert english.returncode == 2
    assert "error: invalid choice for --kind: “nope”; possible: “" in english.stderr
    for result in (danish, english):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_unknown_command_exits_2(run):
    code, _, err = run("nonsense")
    assert code == 2 and "fejl: ugyldigt valg til" in err


def test_an_unexpected_failure_is_one_line_and_no_traceback(run, monkeypatch):
    from dashboard.cli import relay_files

    def broken(_args):
        raise RuntimeError("internal details")

    monkeypatch.setattr(relay_files, "_validate", broken)
    parser_handler = build_parser().parse_args(["validate"]).handler
    assert parser_handler is broken
    code, out, err = run("validate")
    assert code == 1 and out == ""
    assert err == "fejl: noget gik galt (RuntimeError); intet er skrevet\n"


def test_output_cut_short_by_a_pipe_is_not_an_error():
    result = subprocess.run(
        f"{sys.executable} -m dashboard kwic sektor --json | head -1",
        shell=True, cwd=ROOT, capture_output=True, text=True, check=False, env=OWN_CODE,
    )  # fmt: skip
    assert result.stdout == "[\n"
    assert "Traceback" not in result.stderr
