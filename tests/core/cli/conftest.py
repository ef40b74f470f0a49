"""Running the command line in-process, as `python -m dashboard` would."""

from __future__ import annotations

import pytest

from dashboard.cli import main


@pytest.fixture
def run(capsys):
    """run(*argv) -> (exit code, stdout, stderr) of `python -m dashboard *argv`."""

    def run_command(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse's own exits (bad arguments, --help)
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run_command
