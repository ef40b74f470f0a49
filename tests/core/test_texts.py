"""The text catalogue: every id in both languages, with the same fields."""

from __future__ import annotations

import re
import string

import pytest

from dashboard.texts import LANGUAGES, TEXTS, text


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_exists_in_danish_and_english(key):
    assert set(TEXTS[key]) == set(LANGUAGES)
    assert all(TEXTS[key][lang].strip() for lang in LANGUAGES)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_take_the_same_fields(key):
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    assert fields(TEXTS[key]["da"]) == fields(TEXTS[key]["en"])


def test_text_fills_in_fields_and_defaults_to_danish():
    assert text("problem.row", row=4) == "Række 4"
    assert text("problem.row", "en", row=4) == "Row 4"


def test_every_text_id_used_in_the_code_exists():
    from tests.conftest import ROOT

    used = set()
    for path in [*(ROOT / "src").rglob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"]:
        used |= set(re.findall(r"""["']((?:[a-z_]+\.)+[a-z_]+)["']""", path.read_text()))
    candidates = {u for u in used if u.split(".")[0] in {k.split(".")[0] for k in TEXTS}}
    # A key used with a suffix chosen at run time (e.g. "themes.intro" + ".report") counts too.
    missing = {
        c for c in candidates if c not in TEXTS and not any(k.startswith(f"{c}.") for k in TEXTS)
    }
    assert missing == set()
