"""The text catalogue: every id in both languages with the same fields, and every id in use."""

from __future__ import annotations

import re
import string

from dashboard.i18n import LANGUAGES, TEXTS, text
from tests.conftest import ROOT

# A text id as written in the code: area.name[.more], lower case, in quotes.
_TEXT_ID = re.compile(r"""["']((?:[a-z_]+\.)+[a-z_0-9]+)["']""")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _code_files():
    yield ROOT / "app.py"
    yield from (ROOT / "pages").glob("*.py")
    yield from (p for p in (ROOT / "src" / "dashboard").rglob("*.py") if "i18n" not in p.parts)


def _ids_in_code() -> set[str]:
    return {match for path in _code_files() for match in _TEXT_ID.findall(path.read_text())}


def test_every_text_exists_in_danish_and_english():
    incomplete = sorted(
        key
        for key, languages in TEXTS.items()
        if set(languages) != set(LANGUAGES)
        or not all(languages[lang].strip() for lang in LANGUAGES)
    )
    assert incomplete == []


def test_both_languages_take_the_same_fields():
    mismatched = sorted(
        key
        for key, languages in TEXTS.items()
        if _fields(languages["da"]) != _fields(languages["en"])
    )
    assert mismatched == []


def test_text_fills_in_fields_and_defaults_to_danish():
    assert text("problem.row", row=4) == "Række 4"
    assert text("problem.row", "en", row=4) == "Row 4"


def test_every_text_id_used_in_the_code_exists():
    areas = {key.split(".")[0] for key in TEXTS}
    used = {found for found in _ids_in_code() if found.split(".")[0] in areas}
    assert sorted(used - TEXTS.keys()) == []


def test_every_text_in_the_catalogue_is_used_by_its_full_id():
    """Ids are written out, never assembled from pieces, so a search finds every use."""
    assert sorted(TEXTS.keys() - _ids_in_code()) == []
