"""The text catalogue: every id in both languages with the same fields, and every id in use."""

from __future__ import annotations

import re
import string

from dashboard.i18n import LANGUAGES, TEXTS, Quoted, text
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


# What quotes: a pair of single quotes around words ('…'), any straight or curly double quote
# the language does not use, and guillemets in English. An apostrophe inside a word ("don't",
# "group's") is no quote: a quote opens where no letter stands before it.
_SINGLE_QUOTED = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)")
_FOREIGN_QUOTES = {"da": re.compile(r"[\"“”„]"), "en": re.compile(r"[\"»«„]")}
# Not quotes but the mark itself: typed input shown as code (`"offentlige sektor"`), and a CSV
# problem naming the character (") or its doubling ("").
_THE_MARK_ITSELF = re.compile(r'`[^`]*`|\("\)|""')


def _quotes_out_of_place(template: str, lang: str) -> list[str]:
    prose = _THE_MARK_ITSELF.sub("", template)
    found = _SINGLE_QUOTED.findall(prose) + _FOREIGN_QUOTES[lang].findall(prose)
    if lang == "en":
        # English closes “…” with ”; a ” without its opening “ is out of place.
        found += ["”"] * max(prose.count("”") - prose.count("“"), 0)
    return found


def test_danish_quotes_with_guillemets_and_english_with_curly_quotes():
    misquoted = {
        (key, lang): found
        for key, languages in TEXTS.items()
        for lang in LANGUAGES
        if (found := _quotes_out_of_place(languages[lang], lang))
    }
    assert misquoted == {}


def test_the_quote_check_tells_apostrophes_from_quotes():
    assert _quotes_out_of_place("the group's questions, don't", "en") == []
    assert _quotes_out_of_place("Ukendt gruppe '{value}'", "da") == ["'{value}'"]
    assert _quotes_out_of_place('Temaet "krydspres"', "da") == ['"', '"']
    assert _quotes_out_of_place("Temaet ”krydspres”", "da") == ["”", "”"]
    assert _quotes_out_of_place("the theme »krydspres«", "en") == ["»", "«"]
    assert _quotes_out_of_place("Temaet »krydspres« og “theme”", "da") == ["“", "”"]
    assert _quotes_out_of_place('write "" for a quotation mark (")', "en") == []


def test_values_named_in_a_text_take_the_quotes_of_its_language():
    choices = Quoted(["group", "theme"])
    assert text("words.error.unknown_group", "da", value="x", choices=choices).endswith(
        "mulige: »group«, »theme«."
    )
    assert text("words.error.unknown_group", "en", value="x", choices=choices).endswith(
        "possible: “group”, “theme”."
    )
