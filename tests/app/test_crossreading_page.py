"""Tværlæsning under AppTest: the reflections with their evidence, the groups side by side, and
the words the two sides use differently, in plain words."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.app.conftest import open_page
from tests.app.helpers import markdown_texts, marked

CROSS = "tvaerlaesning"


def cards_in(app) -> list[str]:
    """The cards' texts in the side-by-side reading, left and right alternating per row."""
    return [t for t in markdown_texts(app) if t.startswith(":blue-badge[") and "\n" in t]


def test_the_first_reflection_is_shown_beside_its_evidence():
    app = open_page(CROSS)
    assert [t.label for t in app.tabs] == [
        "Centrale temaer i stafetten",
        "Hyppigste ord i spørgsmålene",
    ]
    texts = markdown_texts(app)
    assert any("**krydspres**" in t and "strukturelt" in t for t in texts)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics == {"Topledere": "16\u00a0%", "Institutions- og driftsledere": "20\u00a0%"}
    captions = marked(app)
    assert (
        ":green-badge[:material/calculate: optalt] 3 af 19 udvalgte spørgsmål handler om "
        "krydspres" in captions
    )


def test_the_reflection_on_words_shows_its_counts_as_danish_text():
    app = open_page(CROSS, refleksion="Hyppigste ord i spørgsmålene")
    assert not app.metric  # only the chosen reflection runs
    table = app.dataframe[0].value
    rows = {(r.Gruppe, r.Ord): r for r in table.itertuples()}
    assert rows[("Institutions- og driftsledere", "organisation")]._4 == "8"
    assert rows[("Topledere", "sektor")]._4 == "4"
    # Text as Danish writes it, which is also what a screen reader reads from the grid.
    assert all("," in value and "." not in value for value in table["Pr. 1.000 ord"])


def test_the_groups_are_read_side_by_side_on_the_same_theme_by_default():
    app = open_page(CROSS)
    assert app.selectbox(key="v_gruppe").value == "Topledere"
    assert app.selectbox(key="h_gruppe").value == "Institutions- og driftsledere"
    assert app.selectbox(key="v_tema").value == app.selectbox(key="h_tema").value == "krydspres"
    cards = cards_in(app)
    assert len(cards) == 7  # the report's 3 and 4 cards on krydspres
    # Aligned: the first row holds the first card of each group.
    assert cards[0].startswith(":blue-badge[Topledere]")
    assert cards[1].startswith(":blue-badge[Institutions\\- og driftsledere]")
    links = [link.proto for link in app.main.get("page_link")]
    assert len(links) == 7 and {link.page for link in links} == {"kort"}
    assert parse_qs(links[0].query_string) == {"gruppe": ["Topledere"], "tema": ["krydspres"]}


def test_a_search_in_one_column_highlights_its_matches_and_goes_into_the_card_links():
    app = open_page(CROSS, h_tema="Alle temaer", h_q="organisation")
    cards = cards_in(app)
    right = [c for c in cards if c.startswith(":blue-badge[Institutions")]
    assert right and all(":orange-background[" in c for c in right)
    queries = [parse_qs(link.proto.query_string) for link in app.main.get("page_link")]
    assert {"organisation"} == {q["q"][0] for q in queries if "q" in q}


def test_themes_are_aligned_across_the_columns():
    app = open_page(CROSS, v_tema="Alle temaer", h_tema="Alle temaer")
    headings = [t for t in markdown_texts(app) if t.startswith("#### ")]
    assert headings[:2] == ["#### krydspres", "#### borgerblik"]
    assert "#### ledelsesrum" in headings  # only the top leaders wrote on it: one side empty


def test_words_one_side_uses_more_are_told_in_plain_words():
    app = open_page(CROSS, v_tema="Alle temaer", h_tema="Alle temaer")
    texts = markdown_texts(app)
    assert "**Mere brugt af Topledere**" in texts
    assert "**Mere brugt af Institutions- og driftsledere**" in texts
    right = app.dataframe[-1].value
    row = right[right["Ord"] == "kerneopgaven"].iloc[0]
    assert row["Forskel"] == "tydelig forskel"
    assert row["Gange brugt: Institutions- og driftsledere"] == "12"
    assert row["Styrke (z)"].count(",") == 1  # a Danish decimal, the statistic last
    assert right[right["Ord"] == "samarbejde"].iloc[0]["Forskel"] == "svag tendens"
    assert set(right["Forskel"]) <= {"tydelig forskel", "svag tendens", "næsten ens"}
    assert not any("venstre" in t.lower() or "højre" in t.lower() for t in texts[-6:])


def test_same_columns_say_there_is_nothing_to_compare():
    app = open_page(CROSS)
    app.selectbox(key="h_gruppe").set_value("Topledere").run()
    assert any("intet at sammenligne" in i.value for i in app.info)


def test_a_theme_the_new_group_lacks_does_not_break_the_page():
    app = open_page(CROSS, h_gruppe="Topledere", h_tema="ledelsesrum")
    assert len(cards_in(app)) == 3 + 3
    app.selectbox(key="h_gruppe").set_value("Institutions- og driftsledere").run()
    assert not app.exception
    assert app.selectbox(key="h_tema").value in (None, "krydspres")


def test_english_labels_and_the_reflection_from_the_url():
    app = open_page(CROSS, lang="English", refleksion="Most frequent words in the questions")
    assert app.header[0].value == "The report's reflections"
    assert "Per 1,000 words" in app.dataframe[0].value.columns
    assert any(t == "**Used more by Top leaders**" for t in markdown_texts(app))
    assert app.selectbox(key="v_tema").value == "krydspres"
    assert "#### krydspres – cross-pressure" in markdown_texts(app)


def test_the_overviews_english_link_opens_the_same_theme_side_by_side():
    app = open_page(CROSS, lang="English", v_tema="borgerblik – the citizen's view")
    assert app.selectbox(key="v_tema").value == "borgerblik"
