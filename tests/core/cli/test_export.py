"""The export command: files written for each format, exit codes and atomic writes."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard.cli import files, main
from dashboard.cli.parser import build_parser
from dashboard.i18n import text
from dashboard.relay import BUNDLED_METADATA, BUNDLED_TABLE


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("file_format", "name", "magic"),
    [
        ("pptx", "m.pptx", b"PK"),
        ("pdf", "m.pdf", b"%PDF"),
        ("xlsx", "m.xlsx", b"PK"),
        ("csv", "m.csv", b"\xef\xbb\xbfid,group"),
        ("html", "m.html", b"<!DOCTYPE html>"),
    ],
)
def test_each_format_is_written(capsys, tmp_path, file_format, name, magic):
    out = tmp_path / name
    code, stdout, err = run(capsys, "--format", file_format, "--out", str(out))
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(magic)
    assert stdout == f"Skrev {out} (39 kort).\n"
    assert list(tmp_path.iterdir()) == [out]


def test_filters_choose_the_cards(capsys, tmp_path):
    out = tmp_path / "krydspres.pptx"
    code, _, _ = run(
        capsys,
        "--out",
        str(out),
        "--group",
        "Topledere",
        "--theme",
        "krydspres",
        "--theme",
        "borgerblik",
    )
    assert code == 0
    titles = [s.shapes.title.text for s in Presentation(out).slides]
    cards = [title for title in titles if " · " in title]  # a card's theme · group
    assert len(cards) == 7
    assert set(cards) == {"Krydspres · Topledere", "Borgerblik · Topledere"}


def test_query_and_english(capsys, tmp_path):
    out = tmp_path / "sektor.csv"
    code, stdout, _ = run(capsys, "--out", str(out), "--query", "sektor", "--lang", "en")
    assert code == 0 and stdout.startswith("Wrote ")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert 0 < len(rows) < 39
    assert all("sektor" in (r["question"] + r["answer"]).lower() for r in rows)


def test_a_formula_in_the_data_is_neutralised_in_the_file(capsys, tmp_path):
    data = tmp_path / "qa.csv"
    content = BUNDLED_TABLE.read_text(encoding="utf-8")
    data.write_text(content.replace('"Hvordan', '"=1+1 Hvordan', 1), encoding="utf-8")
    out = tmp_path / "ud.xlsx"
    assert run(capsys, "--out", str(out), "--data", str(data))[0] == 0
    cells = [
        c for row in load_workbook(io.BytesIO(out.read_bytes())).active.iter_rows() for c in row
    ]
    assert all(c.data_type != "f" for c in cells)
    assert any(str(c.value).startswith("'=1+1 Hvordan") for c in cells)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "docx", "--out", "x.docx"], "ukendt format »docx«"),
        (["--format", "pdf", "--out", "x.pptx"], "--out skal ende på .pdf"),
        (["--out", "x.txt"], "angiv --format"),
        (["--out", "x.csv", "--group", "Borgere"], "ukendt gruppe »Borgere«"),
        (["--out", "x.csv", "--theme", "kage"], "ukendt tema »kage«"),
        (["--out", "x.csv", "--query", "zzzqqq"], "Ingen kort passer"),
        (["--out", "x.csv", "--query", "!!"], "Søgningen indeholder ingen ord"),
        (["--out", "mappe/findes/ikke/x.csv"], "mappen findes ikke"),
    ],
)
def test_bad_arguments_exit_2_with_one_danish_line(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("fejl: ") and message in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_unreadable_data_is_exit_1(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--out", "x.csv", "--data", "findes/ikke.csv")
    assert (code, out) == (1, "")
    assert err.startswith("fejl: kan ikke læse findes/ikke.csv") and len(err.splitlines()) == 1


def test_a_folder_is_not_written_over(capsys, tmp_path):
    target = tmp_path / "is-a-folder.csv"
    target.mkdir()
    code, _, err = run(capsys, "--out", str(target))
    assert code == 2 and "er ikke en almindelig fil" in err
    assert [p.name for p in tmp_path.iterdir()] == ["is-a-folder.csv"]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(capsys, tmp_path, monkeypatch):
    out = tmp_path / "deck.csv"
    out.write_bytes(b"old")

    def failing_replace(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    code, _, err = run(capsys, "--out", str(out))
    assert code == 2 and "Permission denied" in err
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_an_existing_file_the_user_named_is_replaced(capsys, tmp_path):
    out = tmp_path / "deck.csv"
    out.write_bytes(b"old")
    assert run(capsys, "--out", str(out))[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_messages_exist_in_english_too(capsys, tmp_path):
    code, _, err = run(capsys, "--out", str(tmp_path / "x.csv"), "--group", "X", "--lang", "en")
    assert code == 2
    assert (
        err
        == text(
            "cli.error",
            "en",
            detail=text(
                "cli.unknown_group",
                "en",
                value="X",
                choices="“Topledere”, “Institutions- og driftsledere”",
            ),
        )
        + "\n"
    )


def test_the_command_is_registered_with_repeatable_filters():
    args = build_parser().parse_args(["export", "--out", "a.csv", "--group", "a", "--group", "b"])
    assert args.group == ["a", "b"] and args.theme == [] and args.lang == "da"
    assert args.data is None and args.metadata is None


def test_a_named_file_gets_no_metadata_unless_given(capsys, tmp_path):
    data = tmp_path / "egen.csv"
    data.write_bytes(BUNDLED_TABLE.read_bytes())
    out = tmp_path / "egen.html"
    assert run(capsys, "--out", str(out), "--data", str(data))[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "filen »egen.csv«" in page and "oplyst i rapporten" not in page
    assert "Ledelse til gavn for borgerne" not in page
    with_metadata = ["--metadata", str(BUNDLED_METADATA)]
    assert run(capsys, "--out", str(out), "--data", str(data), *with_metadata)[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "Ledelse til gavn for borgerne" in page and "Rapporten samlede" in page
