"""validate, convert and import: the problem list and exit 1 for bad files, clean CSV written
atomically, and import never overwriting."""

from __future__ import annotations

import pytest

from dashboard.cli.relay_files import file_name_stem
from dashboard.relay import BUNDLED_TABLE, limits
from tests.core.test_ingest import CORPUS, bundled, table_as_xlsx

BUNDLED_BYTES = BUNDLED_TABLE.read_bytes()


def test_validate_lists_problems_and_exits_1(tmp_path, run):
    path = tmp_path / "bad.csv"
    path.write_text("id,group,theme,question,answer\nx,Topledere,,,A\n", encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "Fundne problemer (2):",
        "- Række 2, kolonne »theme«: Feltet er tomt.",
        "- Række 2, kolonne »question«: Feltet er tomt.",
    ]


def test_validate_shows_warnings_but_passes(tmp_path, run):
    path = tmp_path / "ok.csv"
    path.write_text("id,group,theme,question,answer\nx,Topledere,t,Q?,\n", encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 0
    assert out.startswith("OK: 1 spørgsmål, 0 svar, grupper: Topledere (1)")
    assert "Bemærk (1):" in out


def test_validate_in_english(tmp_path, run):
    path = tmp_path / "bad.csv"
    path.write_text("id,group,theme,question,answer\nx,Topledere,,Q,A\n", encoding="utf-8")
    code, _, err = run("validate", str(path), "--lang", "en")
    assert code == 1
    assert err.splitlines() == [
        "Problems found (1):",
        "- Row 2, column “theme”: The field is empty.",
    ]


def test_a_data_file_named_alone_gets_no_report_metadata(tmp_path, run):
    path = tmp_path / "other.csv"
    path.write_text("group,theme,question,answer\nTopledere,t,Q?,A\n", encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 0 and "metadata" not in out


def test_a_long_problem_list_is_cut_with_a_count(tmp_path, run):
    path = tmp_path / "many.csv"
    rows = "".join(f"r{i},Topledere,,Q,A\n" for i in range(120))
    path.write_text("id,group,theme,question,answer\n" + rows, encoding="utf-8")
    code, _, err = run("validate", str(path))
    lines = err.splitlines()
    assert code == 1 and lines[0] == "Fundne problemer (120):"
    assert len(lines) == 1 + limits.MAX_PROBLEMS_LISTED + 1
    assert lines[-1].startswith("- … og 70 problemer mere")


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_convert_exits_1_and_writes_nothing(case, monkeypatch, tmp_path, run):
    file_name, data, lowered, expected = CORPUS[case]
    for name, value in lowered.items():
        monkeypatch.setattr(limits, name, value)
    path = tmp_path / file_name
    path.write_bytes(data)
    out = tmp_path / "out" / "clean.csv"
    out.parent.mkdir()
    code, _, err = run("convert", str(path), "--out", str(out))
    assert code == 1
    assert list(out.parent.iterdir()) == []
    assert expected[0] in err
    assert err.startswith(f"Fundne problemer ({len(expected)}):")


def test_convert_writes_the_clean_csv(tmp_path, run):
    source = tmp_path / "fra excel.xlsx"
    source.write_bytes(table_as_xlsx(bundled()))
    out = tmp_path / "clean.csv"
    code, stdout, _ = run("convert", str(source), "--out", str(out))
    assert code == 0
    assert out.read_bytes() == BUNDLED_BYTES
    assert f"Skrev {out} (39 rækker)." in stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.csv", "fra excel.xlsx"]


def test_convert_replaces_atomically_or_not_at_all(tmp_path, monkeypatch, run):
    from dashboard.cli import files

    source = tmp_path / "in.csv"
    source.write_bytes(BUNDLED_BYTES)
    out = tmp_path / "clean.csv"
    out.write_text("old")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    code, _, err = run("convert", str(source), "--out", str(out))
    assert code == 2
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.csv", "in.csv"]
    assert err.strip() == f"fejl: kan ikke skrive {out}: No space left on device"


def test_import_never_overwrites(tmp_path, run):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    source = tmp_path / "Svar fra Århus.csv"
    source.write_bytes(bundled().to_csv(sep=";", index=False).encode("cp1252"))
    argv = ("import", str(source), "--data-dir", str(data_dir))
    code, out, _ = run(*argv)
    first = data_dir / "svar-fra-aarhus.csv"
    assert code == 0 and f"Skrev {first} (39 rækker)." in out
    first.write_bytes(b"edited by hand")
    code, out, _ = run(*argv)
    second = data_dir / "svar-fra-aarhus-2.csv"
    assert code == 0
    assert f"Der findes allerede en fil {first}; den er ikke ændret." in out
    assert f"Skrev {second} (39 rækker)." in out
    assert first.read_bytes() == b"edited by hand"
    assert second.read_bytes() == BUNDLED_BYTES
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "svar-fra-aarhus-2.csv",
        "svar-fra-aarhus.csv",
    ]


def test_import_takes_a_name_and_refuses_bad_files(tmp_path, run):
    source = tmp_path / "in.csv"
    source.write_bytes(BUNDLED_BYTES)
    code, _, _ = run("import", str(source), "--name", "Min Stafet.csv", "--data-dir", str(tmp_path))
    assert code == 0
    assert (tmp_path / "min-stafet.csv").read_bytes() == BUNDLED_BYTES
    source.write_bytes(b"id,group\nx,Topledere\n")
    code, _, err = run("import", str(source), "--name", "x", "--data-dir", str(tmp_path))
    assert code == 1
    assert not (tmp_path / "x.csv").exists()
    assert "Kolonnen »theme« mangler." in err


def test_import_names_stay_in_the_data_folder(tmp_path, run):
    source = tmp_path / "in.csv"
    source.write_bytes(BUNDLED_BYTES)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    code, _, _ = run(
        "import", str(source), "--name", "../../etc/passwd", "--data-dir", str(data_dir)
    )
    assert code == 0
    assert [p.name for p in data_dir.iterdir()] == ["etc-passwd.csv"]


def test_file_name_stems():
    assert file_name_stem("Svar fra Århus (2018)") == "svar-fra-aarhus-2018"
    assert file_name_stem("Café Ærø.csv") == "cafe-aeroe"
    assert file_name_stem("???") == "stafet"
