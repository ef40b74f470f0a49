"""Reading the files Danish users make: every accepted dialect gives the bundled table, and a
corpus of malformed files each gives its own plain-Danish problem."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import openpyxl
import pandas as pd
import pytest

from dashboard.relay import BUNDLED_TABLE, limits
from dashboard.relay.ingest import inspect_table_file, read_table_file
from dashboard.relay.tables import TableSource, clean_csv_bytes, column_letter

BUNDLED_BYTES = BUNDLED_TABLE.read_bytes()
HEADER = "id,group,theme,question,answer,source"
GOOD_ROW = "a,Topledere,krydspres,Hvordan?,Sådan.,s"


def bundled() -> pd.DataFrame:
    """The bundled relay as an independent reader (pandas) sees it."""
    return pd.read_csv(BUNDLED_TABLE, dtype=str, keep_default_na=False)


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\n".join(lines) + "\n").encode(encoding)


def xlsx_bytes(rows: list[list[object]], start_row: int = 1) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for number, row in enumerate(rows, start=start_row):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column, value=value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def zip_bytes(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def table_as_xlsx(table: pd.DataFrame) -> bytes:
    return xlsx_bytes([list(table.columns), *table.itertuples(index=False, name=None)])


def messages(file_name: str, data: bytes, lang="da") -> list[str]:
    _, problems, _ = inspect_table_file(file_name, data)
    return [p.message(lang) for p in problems if p.severity == "error"]


# --- Good files in every dialect ----------------------------------------------------------------


def _dialect(delimiter: str, encoding: str, newline: str = "\n") -> Callable[[], bytes]:
    def make() -> bytes:
        text = bundled().to_csv(sep=delimiter, index=False, lineterminator=newline)
        return text.encode(encoding)

    return make


DIALECTS = {
    "comma-utf8": (lambda: BUNDLED_BYTES, "qa.csv", "utf-8", ","),
    "semicolon-utf8-bom-crlf": (_dialect(";", "utf-8-sig", "\r\n"), "qa.csv", "utf-8-sig", ";"),
    "tab-utf8": (_dialect("\t", "utf-8"), "qa.txt", "utf-8", "\t"),
    "tab-tsv": (_dialect("\t", "utf-8"), "qa.tsv", "utf-8", "\t"),
    "semicolon-cp1252-crlf": (_dialect(";", "cp1252", "\r\n"), "qa.csv", "cp1252", ";"),
    "comma-cp1252": (_dialect(",", "cp1252"), "QA.CSV", "cp1252", ","),
    "tab-utf16": (_dialect("\t", "utf-16"), "qa.txt", "utf-16", "\t"),
    "xlsx": (lambda: table_as_xlsx(bundled()), "qa.xlsx", None, None),
    "xlsx-named-csv": (lambda: table_as_xlsx(bundled()), "qa.csv", None, None),
}


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_every_dialect_reads_to_the_bundled_table(dialect):
    make, file_name, encoding, delimiter = DIALECTS[dialect]
    table, problems, source = read_table_file(file_name, make())
    assert problems == []
    pd.testing.assert_frame_equal(table, bundled())
    assert source.encoding == encoding
    assert source.delimiter == delimiter
    assert source.kind == ("xlsx" if encoding is None else "csv")
    assert source.renamed_columns == {}
    assert not source.generated_ids
    # and round-trips to the bundled file, byte for byte
    assert clean_csv_bytes(table) == BUNDLED_BYTES


def test_danish_headers_in_odd_case_without_id_and_source():
    danish = {"group": "  GRUPPE ", "theme": "Tema", "question": "spoergsmaal", "answer": "SVAR"}
    frame = bundled().drop(columns=["id", "source"]).rename(columns=danish)
    for data, file_name in [
        (frame.to_csv(sep=";", index=False).encode("cp1252"), "stafet.csv"),
        (table_as_xlsx(frame), "stafet.xlsx"),
    ]:
        table, problems, source = read_table_file(file_name, data)
        assert problems == []
        expected = bundled().drop(columns=["source"])
        pd.testing.assert_frame_equal(table.drop(columns=["id"]), expected.drop(columns=["id"]))
        assert table["id"].is_unique
        assert table["id"].iloc[0] == "topledere-krydspres-1"
        assert table["id"].iloc[-1].startswith("institutions-og-driftsledere-")
        assert source.generated_ids
        assert source.renamed_columns == {
            "GRUPPE": "group",
            "Tema": "theme",
            "spoergsmaal": "question",
            "SVAR": "answer",
        }
        assert "source" not in table.columns
        assert source.describe()[-1] == (
            "Filen har ingen kolonne »id«, så id'erne er lavet ud fra gruppe og tema."
        )


@pytest.mark.parametrize("header", ["Spørgsmål", "sporgsmal", "SPØRGSMÅL", "Spørgsmål"])
def test_every_spelling_of_the_question_header(header):
    data = csv_bytes(f"Gruppe;Tema;{header};Svar;Kilde", "Topledere;krydspres;Q?;A;s")
    table, problems, _ = read_table_file("a.csv", data)
    assert problems == []
    assert list(table.columns) == ["id", "group", "theme", "question", "answer", "source"]


def test_describe_says_how_the_file_was_read():
    source = TableSource("a.csv", "csv", "cp1252", ";", {"Gruppe": "group"}, False)
    assert source.describe() == [
        "Læst som CSV (tegnsæt cp1252, adskilt med semikolon).",
        "Kolonner omdøbt: »Gruppe« → »group«.",
    ]
    assert TableSource("a.xlsx", "xlsx").describe("en") == [
        "Read as an Excel workbook (XLSX), first sheet."
    ]


def test_latin1_is_the_last_resort_for_text():
    # 0x8d is undefined in cp1252; one such byte in otherwise Danish text is still text.
    data = (HEADER + "\n" + GOOD_ROW + "\n").encode("latin-1").replace(b"S\xe5dan", b"S\xe5\x8ddan")
    data += b"b,Topledere,krydspres," + b"lang tekst " * 200 + b",svar,s\n"
    table, problems, source = read_table_file("a.csv", data)
    assert problems == []
    assert source.encoding == "latin-1"
    assert table["answer"].iloc[0] == "Så\x8ddan."


def test_quoted_fields_with_newlines_delimiters_and_quotes():
    data = csv_bytes(
        "id;group;theme;question;answer",
        'a;Topledere;krydspres;"Første linje;\nanden ""linje"", med komma";svar',
    )
    table, problems, source = read_table_file("a.csv", data)
    assert problems == []
    assert source.delimiter == ";"
    assert table["question"].iloc[0] == 'Første linje;\nanden "linje", med komma'


def test_cells_are_strings_and_names_are_trimmed():
    data = xlsx_bytes(
        [
            ["id", "group", "theme", "question", "answer", "extra"],
            [12, " Topledere ", "krydspres", 3.0, 2.5, None],
            [None, None, None, None, None, None],  # a blank row inside the table
            ["b", "Topledere", "krydspres", "Q", "A", "x"],
            [None, None],  # blank trailing rows
        ]
    )
    table, problems, _ = read_table_file("a.xlsx", data)
    assert problems == []
    assert table.loc[0].tolist() == ["12", "Topledere", "krydspres", "3", "2.5", ""]
    assert table.index.tolist() == [0, 2]  # index + 2 is the sheet row: 2 and 4


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_are_numbered_as_in_the_spreadsheet_across_blank_rows(kind):
    rows = [
        ["id", "group", "theme", "question", "answer"],
        ["a", "G", "t", "Q", "A"],
        ["", "", "", "", ""],
        ["b", "G", "t", "", "A"],
    ]
    if kind == "csv":
        data, name = csv_bytes(*(",".join(r) for r in rows)), "a.csv"
    else:
        data, name = xlsx_bytes(rows, start_row=2), "a.xlsx"  # sheet row 1 left blank
    offset = 0 if kind == "csv" else 1
    assert messages(name, data) == [f"Række {4 + offset}, kolonne »question«: Feltet er tomt."]


def test_column_letters():
    assert [column_letter(i) for i in (0, 5, 25, 26, 27, 701, 702)] == [
        "A",
        "F",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


# --- The corpus of malformed files --------------------------------------------------------------

FIELD_COUNT = "Rækken har {} felter, men overskriften har {}."
BLANK = "Feltet er tomt."
WRONG_TYPE = "er ikke en tabel i CSV eller XLSX, men ligner en fil af typen {}."
NOT_TEXT = "Filen indeholder tegn, der ikke er tekst"
XLSX_BROKEN = "Excel-filen kan ikke åbnes: den er beskadiget eller ikke gemt færdig."
REAL_XLSX = xlsx_bytes([HEADER.split(","), GOOD_ROW.split(",")])
DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<document/>"})


def _long_field_csv() -> bytes:
    return csv_bytes(HEADER, f"a,Topledere,krydspres,{'x' * 131_073},A,s")


# name: (file name, bytes, limits to lower, the Danish messages expected, in order)
CORPUS: dict[str, tuple[str, bytes, dict[str, int], list[str]]] = {
    "empty": ("a.csv", b"", {}, ["Filen er tom."]),
    "whitespace-only": ("a.csv", b" \t\r\n  \n", {}, ["Filen er tom."]),
    "bom-only": ("a.csv", b"\xef\xbb\xbf\r\n", {}, ["Filen er tom."]),
    "blank-rows-only": ("a.csv", b";;;;\n;;;;\n", {}, ["Filen er tom."]),
    "nul-bytes": ("a.csv", b"id,group\x00\x00\x01theme\n", {}, [NOT_TEXT]),
    "utf16-without-bom": ("a.csv", HEADER.encode("utf-16-le"), {}, [NOT_TEXT]),
    "control-bytes": ("a.txt", bytes(range(1, 9)) * 50, {}, [NOT_TEXT]),
    "pdf-named-csv": ("a.csv", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", {}, [WRONG_TYPE.format("PDF")]),
    "png-named-csv": ("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00", {}, [WRONG_TYPE.format("PNG")]),
    "jpeg-named-csv": ("a.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF", {}, [WRONG_TYPE.format("JPEG")]),
    "xls-named-csv": (
        "a.csv",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50,
        {},
        [WRONG_TYPE.format("XLS (Excel 97-2003)")],
    ),
    "xls-extension": ("stafet.xls", csv_bytes(HEADER, GOOD_ROW), {}, [WRONG_TYPE.format("XLS")]),
    "pdf-extension": ("stafet.pdf", b"%PDF-1.7", {}, [WRONG_TYPE.format("PDF")]),
    "json-extension": ("stafet.json", b"[]", {}, [WRONG_TYPE.format("JSON")]),
    "docx-extension": ("stafet.docx", DOCX, {}, [WRONG_TYPE.format("DOCX")]),
    "docx-named-xlsx": ("stafet.xlsx", DOCX, {}, [WRONG_TYPE.format("DOCX (Word)")]),
    "zip-named-xlsx": ("a.xlsx", zip_bytes({"notes.txt": "hej"}), {}, [WRONG_TYPE.format("ZIP")]),
    "truncated-xlsx": ("a.xlsx", REAL_XLSX[: len(REAL_XLSX) // 2], {}, [XLSX_BROKEN]),
    "xlsx-missing-sheet": (
        "a.xlsx",
        zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
        {},
        [XLSX_BROKEN],
    ),
    "binary-named-xlsx": ("a.xlsx", b"\x01\x02\x03" * 30, {}, [XLSX_BROKEN]),
    "xlsx-empty-sheet": ("a.xlsx", xlsx_bytes([]), {}, ["Filen er tom."]),
    "too-large": (
        "a.csv",
        csv_bytes(HEADER, *[GOOD_ROW] * 30_000),
        {"MAX_FILE_BYTES": 1024 * 1024},
        ["Filen fylder 2 MB, men højst 1 MB er tilladt. Del tabellen op i flere filer."],
    ),
    "header-only": (
        "a.csv",
        csv_bytes(HEADER),
        {},
        ["Filen har en overskrift, men ingen rækker med spørgsmål."],
    ),
    "header-only-xlsx": (
        "a.xlsx",
        xlsx_bytes([HEADER.split(",")]),
        {},
        ["Filen har en overskrift, men ingen rækker med spørgsmål."],
    ),
    "missing-columns": (
        "a.csv",
        csv_bytes("id;group;theme", "a;Topledere;krydspres", encoding="cp1252"),
        {},
        ["Kolonnen »question« mangler.", "Kolonnen »answer« mangler."],
    ),
    "unknown-column": (
        "a.csv",
        csv_bytes(HEADER + ",note", GOOD_ROW + ",x"),
        {},
        ["Ukendt kolonne »note«. Tilladte kolonner: id, group, theme, question, answer, source."],
    ),
    "duplicate-headers": (
        "a.csv",
        csv_bytes("id,group,Gruppe,theme,question,answer", "a,T,T,k,Q,A"),
        {},
        [
            "Kolonne »group«: Kolonnen står flere gange i overskriften ('group', 'Gruppe'). "
            "Slet eller omdøb den ene."
        ],
    ),
    "data-without-header": (
        "a.csv",
        csv_bytes(HEADER + ",", GOOD_ROW + ",løs tekst"),
        {},
        ["Kolonne G har ingen overskrift, men rummer data."],
    ),
    "too-many-fields": (
        "a.csv",
        csv_bytes(HEADER, GOOD_ROW + ",x", GOOD_ROW.replace("a,", "b,", 1)),
        {},
        ["Række 2: " + FIELD_COUNT.format(7, 6)],
    ),
    "too-few-fields-many-rows": (
        "a.csv",
        csv_bytes(HEADER, "a,Topledere,krydspres", GOOD_ROW, "c,Topledere"),
        {},
        ["Række 2: " + FIELD_COUNT.format(3, 6), "Række 4: " + FIELD_COUNT.format(2, 6)],
    ),
    "cp1252-semicolon-wrong-count": (
        "a.csv",
        csv_bytes(
            HEADER.replace(",", ";"),
            "a;Topledere;krydspres;Hvad så?;Svar; æ; ø",
            encoding="cp1252",
        ),
        {},
        ["Række 2: " + FIELD_COUNT.format(7, 6)],
    ),
    "unclosed-quote": (
        "a.csv",
        csv_bytes(HEADER, GOOD_ROW, 'b,Topledere,krydspres,"Hvad,A,s', GOOD_ROW),
        {},
        ['Række 3: Et anførselstegn (") i rækken lukkes aldrig'],
    ),
    "text-after-closing-quote": (
        "a.csv",
        csv_bytes(HEADER, 'b,Topledere,krydspres,"Hvad" nu,A,s'),
        {},
        ['Række 2: Et felt i anførselstegn (") efterfølges af andet end et skilletegn.'],
    ),
    "field-over-csv-limit": (
        "a.csv",
        _long_field_csv(),
        {},
        ["Række 2: Et felt i rækken er længere end 20.000 tegn."],
    ),
    "too-many-rows": (
        "a.csv",
        csv_bytes(HEADER, *(GOOD_ROW.replace("a,", f"r{i},", 1) for i in range(4))),
        {"MAX_ROWS": 3},
        ["Filen har mere end 3 rækker. Del tabellen op i flere filer."],
    ),
    "too-many-rows-xlsx": (
        "a.xlsx",
        xlsx_bytes([HEADER.split(","), *([f"r{i}", "T", "k", "Q", "A", "s"] for i in range(4))]),
        {"MAX_ROWS": 3},
        ["Filen har mere end 3 rækker."],
    ),
    "too-many-groups": (
        "a.csv",
        csv_bytes(HEADER, *(f"r{i},Gruppe {i},k,Q,A,s" for i in range(3))),
        {"MAX_GROUPS": 2},
        ["Filen har 3 forskellige grupper, men højst 2 er tilladt."],
    ),
    "text-too-long": (
        "a.csv",
        csv_bytes(HEADER, GOOD_ROW, f"b,Topledere,krydspres,Q,{'ord ' * 20},s"),
        {"MAX_TEXT_CHARS": 50},
        ["Række 3, kolonne »answer«: Teksten er 80 tegn lang, men højst 50 tegn er tilladt."],
    ),
    "empty-questions": (
        "a.csv",
        csv_bytes(HEADER, "a,Topledere,krydspres,,A,s", "b,Topledere,krydspres,  ,A,s"),
        {},
        [f"Række 2, kolonne »question«: {BLANK}", f"Række 3, kolonne »question«: {BLANK}"],
    ),
    "blank-group-and-theme": (
        "a.csv",
        csv_bytes(HEADER, "a, ,krydspres,Q,A,s", "b,Topledere,,Q,A,s"),
        {},
        [f"Række 2, kolonne »group«: {BLANK}", f"Række 3, kolonne »theme«: {BLANK}"],
    ),
    "duplicate-ids": (
        "a.csv",
        csv_bytes(HEADER, GOOD_ROW, GOOD_ROW.replace("a,", " a ,", 1)),
        {},
        [
            "Række 2, kolonne »id«: Id'et »a« findes flere gange.",
            "Række 3, kolonne »id«: Id'et »a« findes flere gange.",
        ],
    ),
    "xlsx-mixture": (
        "a.xlsx",
        xlsx_bytes([["id", "Gruppe", "question"], ["a", "T", None], ["b", "T", "Q"]]),
        {},
        [
            "Kolonnen »theme« mangler.",
            "Kolonnen »answer« mangler.",
            f"Række 2, kolonne »question«: {BLANK}",
        ],
    ),
    "xlsx-data-without-header": (
        "a.xlsx",
        xlsx_bytes([HEADER.split(","), [*GOOD_ROW.split(","), None, "løs"]]),
        {},
        ["Kolonne H har ingen overskrift, men rummer data."],
    ),
    "mixture": (
        "a.csv",
        csv_bytes(
            HEADER.replace(",", ";"),
            "a;Topledere;;Q;A;s",
            "a;Topledere;krydspres;;A;s",
            f"c;Topledere;krydspres;{'x' * 60};A;s",
            encoding="utf-8-sig",
        ),
        {"MAX_TEXT_CHARS": 50},
        [
            "Række 2, kolonne »id«: Id'et »a« findes flere gange.",
            f"Række 2, kolonne »theme«: {BLANK}",
            "Række 3, kolonne »id«: Id'et »a« findes flere gange.",
            f"Række 3, kolonne »question«: {BLANK}",
            "Række 4, kolonne »question«: Teksten er 60 tegn lang, men højst 50 tegn er tilladt.",
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_each_malformed_file_gives_its_own_problem(case, monkeypatch):
    file_name, data, lowered, expected = CORPUS[case]
    for name, value in lowered.items():
        monkeypatch.setattr(limits, name, value)
    found = messages(file_name, data)
    assert len(found) == len(expected), found
    for message, wanted in zip(found, expected, strict=True):
        assert wanted in message
    assert all(message.strip() for message in messages(file_name, data, "en"))


def test_inspect_keeps_warnings_after_errors():
    data = csv_bytes(HEADER, "a,Topledere,krydspres,Q,,s", "b,Topledere,,Q,A,s")
    table, problems, _ = inspect_table_file("a.csv", data)
    assert table is not None
    assert [(p.severity, p.row, p.column) for p in problems] == [
        ("error", 3, "theme"),
        ("warning", 2, "answer"),
    ]
