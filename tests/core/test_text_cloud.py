"""Word clouds: byte-identical PNGs, Danish letters, palette colours, and the table beside them."""

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
import wordcloud
from PIL import Image, ImageFont

from dashboard.palette import TEXT_COLOURS
from dashboard.text import SelectionError, cloud_png, cloud_svg, cloud_table, frequencies
from dashboard.text.cloud import word_colour
from tests.fixtures.text import TOP, bundled_pairs, mini_pairs


def _danish_table() -> pd.DataFrame:
    """Frequencies of words rich in æ, ø and å."""
    return pd.DataFrame(
        {"term": ["ærlighed", "økonomi", "åbenhed", "færøsk"], "count": [5, 4, 3, 2]}
    ).assign(per_1000=0.0)


def test_same_input_gives_byte_identical_png_and_other_input_does_not():
    table = frequencies(bundled_pairs())
    first, second = cloud_png(table), cloud_png(table)
    assert first == second
    assert cloud_png(frequencies(bundled_pairs(), group=TOP)) != first


def test_png_is_identical_in_a_fresh_process_with_another_hash_seed(tmp_path):
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


def test_png_has_the_requested_size():
    table = frequencies(mini_pairs())
    assert Image.open(io.BytesIO(cloud_png(table))).size == (800, 400)
    assert Image.open(io.BytesIO(cloud_png(table, 300, 120))).size == (300, 120)


def test_svg_keeps_danish_letters_and_palette_colours():
    svg = cloud_svg(_danish_table(), 400, 200)
    root = ET.fromstring(svg)
    words = {element.text for element in root.iter("{http://www.w3.org/2000/svg}text")}
    assert words == {"ærlighed", "økonomi", "åbenhed", "færøsk"}
    fills = set(re.findall(r"fill:(#[0-9A-Fa-f]{6})", svg))
    assert fills and fills <= set(TEXT_COLOURS)


def test_bundled_font_draws_danish_letters():
    font = ImageFont.truetype(str(Path(wordcloud.__file__).with_name("DroidSansMono.ttf")), 40)
    missing = bytes(font.getmask("\u0378"))  # unassigned code point: the "no glyph" box
    for letter in "æøåÆØÅ":
        assert bytes(font.getmask(letter)) != missing, letter


def test_colours_are_deterministic_palette_colours():
    assert word_colour("ledelse") == word_colour("ledelse")
    assert {word_colour(w) for w in ["a", "b", "ledelse", "sektor", "ø", "borgerne"]} <= set(
        TEXT_COLOURS
    )


def test_cloud_table_is_the_numbers_drawn():
    table = frequencies(bundled_pairs())
    drawn = cloud_table(table, max_words=10)
    assert list(drawn.columns) == ["term", "count", "per_1000"]
    assert drawn.equals(table.head(10).reset_index(drop=True))


def test_nothing_to_draw_or_bad_size_is_an_error():
    with pytest.raises(SelectionError, match="ingen ord"):
        cloud_png(_danish_table().head(0))
    with pytest.raises(SelectionError):
        cloud_png(_danish_table(), width=0)
