"""The text commands: JSON shapes, tables in the user's language and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from dashboard.cli import main
from tests.fixtures.text import INST, MINI, TOP


def run(capsys, *argv: str, data: Path | None = MINI) -> tuple[int, str, str]:
    """(exit code, out, err) of `python -m dashboard *argv --data MINI`."""
    extra = ["--data", str(data)] if data else []
    code = main([*argv, *extra])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str, data: Path | None = MINI):
    code, out, err = run(capsys, *argv, "--json", data=data)
    assert (code, err) == (0, "")
    return json.loads(out)


def test_words_json_shape_top_and_order(capsys):
    words = run_json(capsys, "words", "--group", TOP, "--top", "2")
    assert [(w["term"], w["count"], w["per_1000"]) for w in words] == [
        ("sektoren", 4, round(4 / 26 * 1000, 4)),
        ("staten", 3, round(3 / 26 * 1000, 4)),
    ]
    # What was counted together, for anyone to audit: each form with its count.
    assert set(words[0]) == {"term", "lemma", "count", "per_1000", "forms"}
    assert sum(form["count"] for form in words[0]["forms"]) == words[0]["count"]
    everything = run_json(capsys, "words", "--top", "0")
    assert len(everything) > 2
    counts = [w["count"] for w in everything]
    assert counts == sorted(counts, reverse=True)
    assert len(run_json(capsys, "words", "--kind", "questions", "--theme", "drift")) > 0


def test_words_default_is_the_bundled_relay_top_20(capsys):
    assert len(run_json(capsys, "words", data=None)) == 20


def test_words_table_is_danish(capsys):
    code, out, _ = run(capsys, "words", "--group", TOP, "--top", "1")
    assert code == 0
    assert out.splitlines()[0].split() == ["Ord", "Antal", "Pr.", "1.000", "ord"]
    assert out.splitlines()[2].split() == ["sektoren", "4", "153,85"]


def test_compare_json_shape(capsys):
    result = run_json(capsys, "compare", "--a", TOP, "--b", INST, "--top", "0")
    assert set(result) == {"a", "b", "terms", "only_a", "both", "only_b"}
    assert (result["a"], result["b"]) == (TOP, INST)
    assert set(result["terms"][0]) == {"term", "count_a", "count_b", "z"}
    assert result["both"] == ["leder"]
    assert result["terms"][0]["term"] == "sektoren" and result["terms"][0]["z"] > 0
    top = run_json(capsys, "compare", "--a", TOP, "--b", INST, "--top", "2")
    assert [t["term"] for t in top["terms"]] == ["sektoren", "organisationen"]
    assert len(top["only_b"]) == 2


def test_compare_table_names_both_sides(capsys):
    code, out, _ = run(capsys, "compare", "--a", TOP, "--b", INST)
    assert code == 0
    assert f"A: {TOP}" in out and "Kun i B" in out and "I begge (1 i alt): leder" in out


def test_search_json_gives_spans_per_field(capsys):
    hits = run_json(capsys, "search", '"den nye leder"')
    assert hits == [
        {
            "id": "i2",
            "group": INST,
            "theme": "drift",
            # "Hvad kræver en stærk organisation af en leder. Den nye leder?"[47:60]
            "spans": {"question": [[47, 60]], "answer": []},
        }
    ]


def test_search_table_and_no_hits(capsys):
    code, out, _ = run(capsys, "search", "organisation")
    assert code == 0 and "i1" in out and "Fund i svar" in out
    code, out, _ = run(capsys, "search", "borgmester")
    assert code == 0 and "Ingen" in out


def test_kwic_json_and_table(capsys):
    lines = run_json(capsys, "kwic", "staten")
    assert [(line["id"], line["match"]) for line in lines] == [
        ("t1", "staten"),
        ("t2", "staten"),
        ("t2", "Staten"),
    ]
    assert set(lines[0]) == {"id", "left", "match", "right"}
    code, out, _ = run(capsys, "kwic", "staten")
    assert code == 0 and "[Staten]" in out


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cloud_writes_png_or_svg(capsys, tmp_path, suffix):
    out_file = tmp_path / f"sky{suffix}"
    code, out, _ = run(capsys, "cloud", "--group", INST, "--out", str(out_file), "--width", "320")
    assert code == 0 and str(out_file) in out
    if suffix == ".png":
        assert Image.open(out_file).size == (320, 400)
    else:
        assert "organisationen" in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["words", "--group", "Borgmestre"], "Ukendt gruppe"),
        (["words", "--theme", "økonomi"], "Ukendt tema"),
        (["words", "--top", "-3"], "--top"),
        (["words", "--top", "mange"], "--top"),
        (["compare", "--a", TOP, "--b", "Borgmestre"], "Ukendt gruppe"),
        (["compare", "--a", TOP, "--b", TOP], "forskellige"),
        (["compare", "--a", TOP, "--b", INST, "--top", "x"], "--top"),
        (["search", "  "], "ingen ord"),
        (["search", "2024"], "ingen ord"),
        (["search", "x" * 400], "for lang"),
        (["kwic", "to ord"], "ét ord"),
        (["cloud"], "--out"),
        (["cloud", "--out", "sky.gif"], ".png eller .svg"),
        (["cloud", "--out", "sky.png", "--height", "0"], "En ordsky skal være"),
        (["cloud", "--out", "sky.png", "--height", "høj"], "--height skal være et helt antal"),
        (["cloud", "--out", "sky.png", "--width", "1", "--height", "1"], "En ordsky skal være"),
        (["cloud", "--out", "sky.png", "--width", "60000", "--height", "60000"], "ikke 60000"),
        (["cloud", "--out", "/findes/ikke/sky.png"], "kan ikke skrive"),
    ],
)
def test_bad_arguments_exit_2_with_one_danish_line(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("fejl: ") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_missing_data_file_is_bad_data_exit_1(capsys, tmp_path):
    code, _, err = run(capsys, "words", data=tmp_path / "findes-ikke.csv")
    assert code == 1 and err.startswith("fejl: kan ikke læse")
    assert len(err.strip().splitlines()) == 1


def test_english_tables(capsys):
    code, out, _ = run(capsys, "words", "--group", TOP, "--top", "1", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0].split() == ["Word", "Count", "Per", "1,000", "words"]
    assert out.splitlines()[2].split() == ["sektoren", "4", "153.85"]
