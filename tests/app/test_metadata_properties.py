"""A page never breaks on metadata that `validate` accepted: metadata is generated (valid by the
format, with awkward values: groups the data lacks, extreme counts, themes nobody asked about,
text full of Markdown), checked, and every page is drawn with it."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dashboard.relay import limits, read_relay_files
from dashboard.ui.pages import PAGES
from tests.app.conftest import open_page
from tests.conftest import ROOT

TABLE = ROOT / "tests" / "fixtures" / "tre_grupper.csv"
GROUPS = ["Mellemledere", "Medarbejdere", "Politikere"]
THEMES = ["krydspres", "borgerblik", "digitalisering", "et tema ingen spurgte om"]
TEXT = st.lists(
    st.sampled_from([*"abcæøå ABC*_[]()<>!:$#|`~\\-.,\n\"'", "**", "http://x"]), max_size=20
).map("".join)
COUNT = st.one_of(st.none(), st.integers(1, limits.MAX_STATED_COUNT))


def _toml(value: object) -> str:
    """A TOML value: JSON's strings, numbers and arrays are TOML's too."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _table(name: str, fields: dict) -> str:
    lines = [name] + [f"{json.dumps(k)} = {_toml(v)}" for k, v in fields.items() if v is not None]
    return "\n".join(lines) + "\n"


@st.composite
def metadata_files(draw) -> str:
    top = {
        "title": draw(TEXT),
        "subtitle": draw(TEXT),
        "publisher": draw(TEXT),
        "years": draw(TEXT),
        "total_contributions": draw(COUNT),
    }
    parts = [_table("", top).lstrip("\n")]
    for lang in draw(st.lists(st.sampled_from(["da", "en"]), unique=True)):
        method = {key: draw(TEXT.filter(str.strip)) for key in ("what", "how", "why")}
        method["nb"] = draw(st.one_of(st.none(), TEXT))
        parts.append(_table(f"[method.{lang}]", method))
    for name in draw(st.lists(st.sampled_from([*GROUPS, "Borgmestre"]), unique=True, max_size=4)):
        totals = draw(
            st.dictionaries(st.sampled_from(THEMES), st.integers(1, limits.MAX_STATED_COUNT))
        )
        group = {
            "name": name,
            "label_en": draw(TEXT),
            "participants": draw(COUNT),
            "themes_in_report": draw(COUNT),
            "description": draw(TEXT),
            "theme_totals": totals,
        }
        parts.append(_table("[[groups]]", group))
    for number in range(draw(st.integers(0, 3))):
        reflection = {
            "id": f"r{number}",
            "heading": draw(TEXT),
            "text": draw(TEXT),
            "theme": draw(st.sampled_from(["", *THEMES])),
            "words": draw(st.lists(st.sampled_from(["sektor", "borgere", "ledelse"]), unique=True)),
        }
        parts.append(_table("[[reflections]]", reflection))
    return "\n".join(parts)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(metadata_files())
@example(
    '[[groups]]\nname = "Borgmestre"\nparticipants = 1000000\nthemes_in_report = 1000000\n'
    'theme_totals = { "et tema ingen spurgte om" = 1000000 }\n'
    '[[reflections]]\nid = "r"\nheading = ""\ntext = ""\ntheme = "et tema ingen spurgte om"\n'
)
def test_every_page_draws_with_any_metadata_validate_accepts(
    tmp_path_factory, monkeypatch, document
):
    folder = tmp_path_factory.mktemp("metadata")
    metadata = folder / "metadata.toml"
    metadata.write_text(document, encoding="utf-8")
    check = read_relay_files(TABLE, metadata)
    assert check.relay is not None, [p.message() for p in check.errors]
    monkeypatch.setenv("DASHBOARD_DATA", str(TABLE))
    monkeypatch.setenv("DASHBOARD_METADATA", str(metadata))
    for spec in PAGES:
        app = open_page(spec.url_path)
        assert not app.error, [e.value for e in app.error]
