"""Loading and validating a relay: every problem reported at once, in plain Danish, with rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.relay import BUNDLED_METADATA, RelayError, read_relay_bytes, read_relay_files

HEADER = "id,group,theme,question,answer,source\n"


def write(tmp_path: Path, content: str | bytes, name: str = "relay.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def messages(path: Path, metadata: Path = BUNDLED_METADATA, lang="da") -> list[str]:
    return [p.message(lang) for p in read_relay_files(path, metadata).problems]


def test_bundled_relay_loads_with_metadata():
    relay = read_relay_files().require()
    assert relay.groups == ["Topledere", "Institutions- og driftsledere"]
    assert relay.pair_counts() == {"Topledere": 19, "Institutions- og driftsledere": 20}
    assert relay.n_answers == 39
    meta = relay.metadata
    assert [(g.name, g.participants, g.themes_in_report) for g in meta.groups] == [
        ("Topledere", 56, 7),
        ("Institutions- og driftsledere", 69, 6),
    ]
    assert meta.total_contributions == 224
    assert [r.id for r in meta.reflections] == ["krydspres", "sektor-organisation"]
    assert meta.reflections[0].theme == "krydspres"
    assert meta.reflections[1].words == ("sektor", "organisation")
    assert "ikke oplyst" in meta.not_in_source["da"]
    assert set(meta.method) == {"da", "en"}
    assert relay.warnings == ()


def test_every_table_problem_is_listed_with_its_row(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "a,Topledere,krydspres,Q1,A1,s\n"
        + "a,Topledere,krydspres,,A2,s\n"  # duplicate id, empty question
        + "c, ,krydspres,Q3,A3,s\n"  # blank group
        + "d,Topledere,,Q4,,s\n",  # blank theme, no answer (a warning)
    )
    check = read_relay_files(path)
    assert check.relay is None
    assert [p.message() for p in check.problems] == [
        "Række 2, kolonne »id«: Id'et »a« findes flere gange.",
        "Række 3, kolonne »id«: Id'et »a« findes flere gange.",
        "Række 3, kolonne »question«: Feltet er tomt.",
        "Række 4, kolonne »group«: Feltet er tomt.",
        "Række 5, kolonne »theme«: Feltet er tomt.",
        "Række 5, kolonne »answer«: Spørgsmålet har intet svar (tilladt, men bemærk det).",
    ]


def test_missing_and_unknown_columns(tmp_path):
    path = write(tmp_path, "id,group,theme,kommentar,answer\nx,Topledere,t,Q,A\n")
    assert messages(path) == [
        "Ukendt kolonne »kommentar«. "
        "Tilladte kolonner: id, group, theme, question, answer, source.",
        "Kolonnen »question« mangler.",
    ]


def test_missing_answer_is_allowed_but_flagged(tmp_path):
    path = write(tmp_path, HEADER + "x,Topledere,krydspres,Et spørgsmål?,,s\n")
    relay = read_relay_files(path).require()
    assert relay.n_answers == 0
    assert [p.severity for p in relay.warnings] == ["warning"]
    assert "intet svar" in relay.warnings[0].message()


def test_source_column_is_optional(tmp_path):
    path = write(tmp_path, "id,group,theme,question,answer\nx,Topledere,krydspres,Q?,A\n")
    assert read_relay_files(path).require().pairs.loc[0, "source"] == "Topledere – krydspres"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "Filen er tom."),
        (b"  \n\n", "Filen er tom."),
        (b"\x00\x01\x02binary", "tegn, der ikke er tekst"),
        (HEADER.encode(), "ingen rækker"),
        # pandas would silently turn the extra fields into an index; the row is reported instead.
        (b"id,group,theme,question,answer\n1,2,3,4,5,6,7\n", "Række 2: Rækken har 7 felter"),
        (b'id,group\n"x,y\n', "lukkes aldrig"),
    ],
)
def test_unreadable_files_get_a_plain_message(tmp_path, content, expected):
    found = messages(write(tmp_path, content))
    assert any(expected in m for m in found), found


def test_utf8_with_bom_is_read(tmp_path):
    path = write(tmp_path, ("\ufeff" + HEADER + "x,Topledere,krydspres,Hvad nu?,Svar,s\n").encode())
    assert read_relay_files(path).require().pairs.loc[0, "question"] == "Hvad nu?"


def test_missing_files(tmp_path):
    found = messages(tmp_path / "nope.csv", tmp_path / "nope.toml")
    assert found == [
        f"Filen findes ikke: {tmp_path / 'nope.csv'}",
        f"Metadatafilen findes ikke: {tmp_path / 'nope.toml'}",
    ]


def test_group_not_described_in_metadata_is_noted_and_added(tmp_path):
    path = write(tmp_path, HEADER + "x,Mellemledere,krydspres,Q?,A,s\n")
    assert messages(path) == [
        "Metadata beskriver gruppen »Topledere«, som ikke findes i tabellen; den vises ikke.",
        "Metadata beskriver gruppen »Institutions- og driftsledere«, som ikke findes i tabellen; "
        "den vises ikke.",
        "Gruppen »Mellemledere« er ikke beskrevet i metadatafilen.",
    ]
    relay = read_relay_files(path).require()
    assert relay.metadata.group("Mellemledere").participants is None


def test_metadata_problems_are_all_listed(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    metadata = write(
        tmp_path,
        'title = "T"\nsubtitle = "S"\npublisher = "P"\nyears = "2017"\ntopic = "t"\n'
        'total_contributions = "mange"\n[method.da]\n[not_in_source]\n'
        '[[groups]]\nname = "Topledere"\ndescription = "d"\nparticipants = true\n',
        "relay.toml",
    )
    assert messages(table, metadata) == [
        "Metadata: feltet »total_contributions« mangler eller er ikke et heltal.",
        "Metadata: metoden skal beskrive hvad, hvordan og hvorfor; mangler: method.da.what, "
        "method.da.how, method.da.why.",
        "Metadata: feltet »groups[1].participants« mangler eller er ikke et heltal.",
    ]


def test_metadata_fields_are_optional_but_a_group_needs_a_name(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    partial = write(tmp_path, 'title = "Min stafet"\n[[groups]]\nname = "Topledere"\n', "m.toml")
    relay = read_relay_files(table, partial).require()
    group = relay.metadata.group("Topledere")
    assert (relay.metadata.title, relay.metadata.origin) == ("Min stafet", "file")
    assert (group.participants, group.themes_in_report, group.theme_totals) == (None, None, {})
    nameless = write(tmp_path, "[[groups]]\nparticipants = 3\n", "n.toml")
    assert messages(table, nameless) == [
        "Metadata: feltet »groups[1].name« mangler eller er ikke tekst."
    ]


def test_theme_totals_from_metadata(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    metadata = write(
        tmp_path,
        '[[groups]]\nname = "Topledere"\ntheme_totals = { krydspres = 12, borgerblik = 9 }\n',
        "m.toml",
    )
    assert read_relay_files(table, metadata).require().metadata.group("Topledere").theme_totals == {
        "krydspres": 12,
        "borgerblik": 9,
    }
    bad = write(tmp_path, '[[groups]]\nname = "T"\ntheme_totals = { k = -1 }\n', "b.toml")
    assert "theme_totals.k" in messages(table, bad)[0]


def test_a_relay_without_metadata_takes_its_groups_from_the_data(tmp_path):
    table = write(tmp_path, HEADER + "x,Mellemledere,krydspres,Q?,A,s\n")
    relay = read_relay_files(table, None).require()
    assert relay.metadata.origin == "none"
    assert relay.metadata.title == "relay"
    assert [g.name for g in relay.metadata.groups] == ["Mellemledere"]


def test_metadata_that_is_not_toml(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    metadata = write(tmp_path, "title = \n", "relay.toml")
    assert messages(table, metadata)[0].startswith("Metadatafilen kan ikke læses som TOML")


def test_requiring_a_relay_raises_with_every_error(tmp_path):
    path = write(tmp_path, HEADER + "x,,krydspres,,A,s\n")
    with pytest.raises(RelayError) as raised:
        read_relay_files(path).require()
    assert len(raised.value.problems) == 2
    assert "Række 2, kolonne »group«" in str(raised.value)


def test_messages_in_english(tmp_path):
    path = write(tmp_path, HEADER + "x,Topledere,krydspres,,A,s\n")
    assert messages(path, lang="en") == ["Row 2, column “question”: The field is empty."]


def test_uploaded_metadata_cannot_claim_to_be_the_report(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    claims = write(tmp_path, 'origin = "report"\n[[groups]]\nname = "Topledere"\n', "m.toml")
    assert read_relay_files(table, claims).require().metadata.origin == "file"
    assert read_relay_files().require().metadata.origin == "report"


def test_nested_metadata_must_hold_text_and_words_single_words(tmp_path):
    table = write(tmp_path, HEADER + "x,Topledere,krydspres,Q?,A,s\n")
    metadata = write(
        tmp_path,
        '[method]\nda = "x"\n[not_in_source]\nda = 3\n'
        '[[reflections]]\nid = "r"\nheading = "h"\ntext = "t"\nwords = ["!!", "to ord"]\n',
        "m.toml",
    )
    assert messages(table, metadata) == [
        "Metadata: tabellen »method.da« mangler.",
        "Metadata: feltet »not_in_source.da« mangler eller er ikke tekst.",
        "Metadata: »reflections[1].words« skal være enkelte ord; »!!« er ikke ét ord.",
        "Metadata: »reflections[1].words« skal være enkelte ord; »to ord« er ikke ét ord.",
    ]


def test_the_fingerprint_tells_files_apart_by_name_and_content(tmp_path):
    data = (HEADER + "x,Topledere,krydspres,Q?,A,s\n").encode()
    first = read_relay_bytes("a.csv", data).require()
    renamed = read_relay_bytes("b.csv", data).require()
    assert first.fingerprint != renamed.fingerprint
    assert first.fingerprint == read_relay_bytes("a.csv", data).require().fingerprint


def test_a_form_writes_metadata_that_the_files_checks_read_back():
    from dashboard.relay.metadata import metadata_document, parse_metadata

    document = metadata_document('Stafet "2" – æøå', "2025", [("A", 12, None), ("B", None, 3)])
    metadata, problems = parse_metadata(document)
    assert problems == []
    assert (metadata.title, metadata.years, metadata.origin) == ('Stafet "2" – æøå', "2025", "file")
    assert [(g.name, g.participants, g.themes_in_report) for g in metadata.groups] == [
        ("A", 12, None),
        ("B", None, 3),
    ]
    # Out of bounds the same checks refuse it, as they would a file.
    refused, problems = parse_metadata(metadata_document("", "", [("A", 0, None)]))
    assert refused is None and problems[0].key == "problem.metadata_count"


def test_problems_name_a_column_as_the_file_names_it():
    from dashboard.relay import read_relay_bytes

    check = read_relay_bytes("f.csv", "gruppe;tema;spørgsmål;svar\nA;;?;\n".encode())
    source = check.source
    lines = [p.message() for p in source.in_file_terms(check.problems)]
    assert lines == [
        "Række 2, kolonne »tema«: Feltet er tomt.",
        "Række 2, kolonne »svar«: Spørgsmålet har intet svar (tilladt, men bemærk det).",
    ]
