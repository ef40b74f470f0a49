"""Word clouds: byte-identical PNGs, the app's typeface, colours that mean a lean, a legend."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image, ImageFont

from dashboard.palette import LEAN_COLOURS, NEUTRAL_COLOUR, contrast_ratio
from dashboard.text import (
    SelectionError,
    category_leanings,
    cloud_png,
    cloud_svg,
    cloud_table,
    frequencies,
    layout_cloud,
    leaning_colours,
    legend,
    with_colours,
)
from dashboard.text.cloud import MAX_SIDE, font_path
from tests.fixtures.text import INST, TOP, bundled_pairs, mini_pairs

LEGEND = legend({"A": "Hælder mod A", "B": "Hælder mod B"}, ("A", "B"), "Ingen tydelig forskel")


def _danish_table() -> pd.DataFrame:
    """Frequencies of words rich in æ, ø and å; the first leans to A, the last to B."""
    table = pd.DataFrame(
        {"term": ["ærlighed", "økonomi", "åbenhed", "færøsk"], "count": [5, 4, 3, 2]}
    ).assign(per_1000=0.0)
    return with_colours(table, leaning_colours({"ærlighed": "A", "færøsk": "B"}, ("A", "B")))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def test_same_input_gives_byte_identical_png_and_other_input_does_not():
    table = frequencies(bundled_pairs())
    first, second = cloud_png(table), cloud_png(table)
    assert first == second
    assert cloud_png(frequencies(bundled_pairs(), group=TOP)) != first


def test_png_is_identical_in_a_fresh_process_with_another_hash_seed():
    table = frequencies(bundled_pairs())
    script = (
        "import hashlib, sys\n"
        "from dashboard.text import cloud_png, frequencies\n"
        "from tests.fixtures.text import bundled_pairs\n"
        "sys.stdout.write(hashlib.sha256(cloud_png(frequencies(bundled_pairs()))).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {"PYTHONHASHSEED": "12345", "PYTHONPATH": f"{root / 'src'}:{root}", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == hashlib.sha256(cloud_png(table)).hexdigest()


def test_png_has_the_requested_size_with_its_legend_inside():
    table = frequencies(mini_pairs())
    assert Image.open(io.BytesIO(cloud_png(table))).size == (800, 400)
    assert Image.open(io.BytesIO(cloud_png(table, 300, 120, LEGEND))).size == (300, 120)


def test_words_are_drawn_in_their_lean_colour_and_the_legend_shows_every_colour():
    picture = Image.open(io.BytesIO(cloud_png(_danish_table(), 400, 200, LEGEND))).convert("RGB")
    colours = {colour for _, colour in picture.getcolors(maxcolors=400 * 200)}
    assert {_rgb(LEAN_COLOURS[0]), _rgb(LEAN_COLOURS[1]), _rgb(NEUTRAL_COLOUR)} <= colours
    bottom = picture.crop((0, 170, 400, 200))
    legend_colours = {colour for _, colour in bottom.getcolors(maxcolors=400 * 30)}
    assert {_rgb(c) for c, _ in LEGEND} <= legend_colours


def test_a_legend_keeps_only_the_colours_drawn():
    labels = {"A": "mere A", "B": "mere B"}
    every = legend(labels, ["A", "B"], "ingen")
    assert [label for _, label in every] == ["mere A", "mere B", "ingen"]
    only_b = legend(labels, ["A", "B"], "ingen", drawn={LEAN_COLOURS[1], NEUTRAL_COLOUR})
    assert only_b == ((LEAN_COLOURS[1], "mere B"), (NEUTRAL_COLOUR, "ingen"))
    assert legend(labels, ["A", "B"], "ingen", drawn={NEUTRAL_COLOUR}) == (
        (NEUTRAL_COLOUR, "ingen"),
    )


def test_svg_keeps_danish_letters_colours_font_and_legend():
    svg = cloud_svg(_danish_table(), 400, 200, LEGEND)
    root = ET.fromstring(svg)
    words = [element.text for element in root.iter("{http://www.w3.org/2000/svg}text")]
    assert set(words) == {"ærlighed", "økonomi", "åbenhed", "færøsk", *(m for _, m in LEGEND)}
    fills = set(re.findall(r"fill:(#[0-9A-Fa-f]{6})", svg))
    assert {LEAN_COLOURS[0], LEAN_COLOURS[1], NEUTRAL_COLOUR} <= fills
    assert "Source Sans Pro" in svg


def test_every_word_colour_reads_against_the_background():
    for colour in (*LEAN_COLOURS, NEUTRAL_COLOUR):
        assert contrast_ratio(colour) >= 4.5, colour


def test_clouds_use_the_apps_typeface_shipped_with_its_licence():
    path = Path(font_path())
    font = ImageFont.truetype(str(path), 40)
    assert font.getname() == ("Source Sans Pro", "Semibold")
    licence = path.with_name("SourceSansPro-LICENSE.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    missing = bytes(font.getmask("\u0378"))  # unassigned code point: the "no glyph" box
    for letter in "æøåÆØÅ":
        assert bytes(font.getmask(letter)) != missing, letter


def test_colours_follow_the_group_a_word_leans_to():
    pairs = bundled_pairs()
    colours = leaning_colours(category_leanings(pairs, "group", "all"), [TOP, INST])
    assert colours == {"kerneopgaven": LEAN_COLOURS[1]}
    drawn = with_colours(frequencies(pairs, group=INST), colours).set_index("term")["colour"]
    assert drawn["kerneopgaven"] == LEAN_COLOURS[1]
    assert drawn["borgerne"] == NEUTRAL_COLOUR


def test_cloud_table_is_the_numbers_drawn():
    table = frequencies(bundled_pairs())
    drawn = cloud_table(table, max_words=10)
    assert list(drawn.columns) == ["term", "count", "per_1000"]
    assert drawn.equals(table.head(10).reset_index(drop=True))


def test_nothing_to_draw_is_an_error():
    with pytest.raises(SelectionError, match="Ingen ord") as nothing:
        cloud_png(_danish_table().head(0))
    assert nothing.value.key == "words.error.nothing_to_draw"


@pytest.mark.parametrize(
    ("width", "height"), [(0, 400), (1, 1), (800, 50), (60000, 60000), (MAX_SIDE + 1, 400)]
)
def test_sizes_out_of_range_are_refused_before_drawing(width, height, monkeypatch):
    import wordcloud

    monkeypatch.setattr(wordcloud, "WordCloud", None)  # drawing would fail loudly
    for draw in (cloud_png, cloud_svg, layout_cloud):
        with pytest.raises(SelectionError) as refused:
            draw(_danish_table(), width, height)
        assert refused.value.key == "words.error.cloud_size"
        assert refused.value.fields["width"] == width
        assert f"ikke {width} × {height}" in str(refused.value)


def test_the_smallest_cloud_still_draws_a_long_word_and_a_long_legend():
    table = pd.DataFrame({"term": ["kerneopgaveløsningsansvarlighed", "ro"], "count": [5, 4]})
    names = [f"gruppe {i}" for i in range(6)]
    long_legend = legend({n: f"Hælder mod {n} med et langt navn" for n in names}, names, "Ingen")
    picture = Image.open(io.BytesIO(cloud_png(table, 200, 120, long_legend)))
    assert picture.size == (200, 120)
