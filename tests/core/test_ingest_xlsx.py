"""Reading XLSX with python-calamine: odd cells give the text openpyxl gave, the few
differences are pinned here, and sheets that would spread over too much memory are refused
before calamine reads them."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from dashboard.relay import limits, xlsx_file
from dashboard.relay.ingest import read_table_file
from tests.core.test_ingest import messages, xlsx_bytes

HEADER = ["id", "group", "theme", "question", "answer"]


def answers(data: bytes) -> list[str]:
    table, problems, _ = read_table_file("a.xlsx", data)
    assert problems == []
    return table["answer"].tolist()


def rewritten(data: bytes, changes: dict, added: dict[str, str] | None = None) -> bytes:
    """The workbook `data` with each part named in `changes` passed through its function, and
    the parts in `added` put in."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for name in source.namelist():
            archive.writestr(name, changes.get(name, lambda content: content)(source.read(name)))
        for name, content in (added or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def patched(data: bytes, sheet_data: str | None = None, date1904: bool = False) -> bytes:
    """The workbook `data` with its first sheet holding `sheet_data` (and no <dimension>), as
    other programs write it, or with dates in the 1904 system (Excel for Mac before 2011)."""
    changes = {}
    if sheet_data is not None:
        changes["xl/worksheets/sheet1.xml"] = lambda content: re.sub(
            rb"<sheetData>.*</sheetData>",
            sheet_data.encode(),
            re.sub(rb"<dimension[^>]*/>", b"", content),
        )
    if date1904:
        changes["xl/workbook.xml"] = lambda content: content.replace(
            b"<workbookPr/>", b'<workbookPr date1904="1"/>'
        )
    return rewritten(data, changes)


def with_sheet_data(sheet_data: str) -> bytes:
    return patched(xlsx_bytes([["x"]]), sheet_data)


def answer_rows(*cells: str, rows: list[int] | None = None) -> str:
    """<sheetData> with the header and a row per answer cell's XML (in column E), in sheet rows
    `rows` (2, 3, … unless given)."""
    header = "".join(
        f'<c r="{letter}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for letter, name in zip("ABCDE", HEADER, strict=True)
    )
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>r{n}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>G</t></is></c>'
        f'<c r="C{n}" t="inlineStr"><is><t>t</t></is></c>'
        f'<c r="D{n}" t="inlineStr"><is><t>Q</t></is></c>'
        f"{cell.format(ref=f'E{n}')}</row>"
        for n, cell in zip(rows or range(2, len(cells) + 2), cells, strict=True)
    )
    return f'<sheetData><row r="1">{header}</row>{rows}</sheetData>'


# --- The same text as openpyxl gave -------------------------------------------------------------

# value written by openpyxl (with a number format, if any) -> the text read
ODD_CELLS = [
    ("tekst", None, "tekst"),
    (" mellemrum ", None, " mellemrum "),
    ("linje\nlinje", None, "linje\nlinje"),
    (1, None, "1"),
    (1.0, None, "1"),
    (1.5, None, "1.5"),
    (-0.0, None, "0"),
    (0.1 + 0.2, None, "0.3"),  # openpyxl writes 15 significant digits
    (1e20, None, "100000000000000000000"),
    (1e-7, None, "1e-07"),
    (123456789012345678, None, "123456789012345696"),  # Excel keeps 15-17 digits, too
    (12345.678, '#,##0.00 "kr."', "12345.678"),
    (0.25, "0%", "0.25"),
    (True, None, "True"),
    (False, None, "False"),
    (dt.datetime(2024, 3, 5), None, "2024-03-05"),
    (dt.date(2024, 3, 5), None, "2024-03-05"),
    (dt.datetime(2024, 3, 5, 13, 45, 10), None, "2024-03-05 13:45:10"),
    (dt.datetime(2024, 3, 5, 13, 45, 10, 500000), None, "2024-03-05 13:45:10.500000"),
    (dt.time(13, 45), None, "13:45:00"),
    (dt.time(0, 0), None, "00:00:00"),
    (dt.timedelta(hours=30), None, "1 day, 6:00:00"),
    (45356, "dd-mm-yyyy", "2024-03-05"),
    (45356.5, "d/m/yyyy h:mm", "2024-03-05 12:00:00"),
    (0.5, "hh:mm", "12:00:00"),
    (60, "yyyy-mm-dd", "1900-02-28"),  # Excel's 29 February 1900, as openpyxl read it
    ("00123", "@", "00123"),
    ("=1+1", None, ""),  # a formula openpyxl saved without a cached value
]


def test_odd_cells_read_as_openpyxl_read_them():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row, (value, number_format, _) in enumerate(ODD_CELLS, start=2):
        sheet.append([f"r{row}", "G", "t", "Q"])
        cell = sheet.cell(row=row, column=5, value=value)
        if number_format:
            cell.number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    assert answers(out.getvalue()) == [text for _, _, text in ODD_CELLS]


def test_cached_values_of_formulas_and_other_cell_types():
    data = answer_rows(
        '<c r="{ref}" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        '<c r="{ref}"><f>1+1</f><v>2</v></c>',
        '<c r="{ref}" t="b"><f>TRUE()</f><v>1</v></c>',
        '<c r="{ref}" t="d"><v>2024-03-05T00:00:00</v></c>',
        '<c r="{ref}" t="d"><v>2024-03-05T10:30:00</v></c>',
        '<c r="{ref}" t="inlineStr"><is><t>cr&#13;\nlf</t></is></c>',
    )
    assert answers(with_sheet_data(data)) == [
        "ab",
        "2",
        "True",
        "2024-03-05",
        "2024-03-05 10:30:00",
        "cr\r\nlf",
    ]


def test_dates_in_the_1904_system():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row, serial in enumerate([0, 1, 43894, 43894.25], start=2):
        sheet.append(["r", "G", "t", "Q", serial])
        sheet.cell(row=row, column=5).number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    workbook.save(out)
    assert answers(patched(out.getvalue(), date1904=True)) == [
        "00:00:00",  # serial 0 is a time of day, in both readers
        "1904-01-02",
        "2024-03-05",
        "2024-03-05 06:00:00",
    ]


def test_merged_cells_and_a_table_lower_down_and_to_the_right():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for column, name in enumerate(HEADER, start=3):  # header in C3:G3
        sheet.cell(row=3, column=column, value=name)
    for column, value in enumerate(["a", "G", "t", "Q", "A"], start=3):
        sheet.cell(row=5, column=column, value=value)
    sheet.cell(row=6, column=3, value="b")
    sheet.cell(row=6, column=4, value="G")
    sheet.merge_cells("D6:E6")  # group and theme merged: the theme reads as empty
    sheet.cell(row=6, column=6, value="Q")
    sheet.cell(row=6, column=7, value="A")
    out = io.BytesIO()
    workbook.save(out)
    table, problems, _ = read_table_file("a.xlsx", out.getvalue())
    # Two empty leading columns without a header and without values are dropped.
    assert problems == []
    assert table.to_dict("list") == {
        "id": ["a", "b"],
        "group": ["G", "G"],
        "theme": ["t", ""],
        "question": ["Q", "Q"],
        "answer": ["A", "A"],
    }
    assert (table.index + 2).tolist() == [5, 6]  # the sheet rows, header in row 3


def test_the_first_worksheet_is_read_past_a_chart_sheet_and_hidden_sheets_count():
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "data"
    data.append(HEADER)
    data.append(["a", "G", "t", "Q", "fra data"])
    hidden = workbook.create_sheet("skjult", 0)
    hidden.append(HEADER)
    hidden.append(["a", "G", "t", "Q", "fra skjult"])
    hidden.sheet_state = "hidden"
    chart = BarChart()
    chart.add_data(Reference(data, min_col=5, min_row=1, max_row=2))
    workbook.create_chartsheet("diagram", 0).add_chart(chart)
    out = io.BytesIO()
    workbook.save(out)
    assert answers(out.getvalue()) == ["fra skjult"]


# --- Where calamine differs from openpyxl (documented in ingest._cell_text) ---------------------


def test_error_values_read_as_empty_cells():
    """calamine gives no text for #DIV/0!, #N/A …; openpyxl gave the code. An empty cell is
    what a Danish user expects rather than "#DIV/0!" (Danish Excel shows "#DIVISION/0!")."""
    data = answer_rows(
        '<c r="{ref}" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="{ref}" t="e"><v>#N/A</v></c>',
    )
    assert answers(with_sheet_data(data)) == ["", ""]


def test_escaped_characters_and_unpreserved_spaces_as_excel_shows_them():
    """Excel stores a carriage return as _x000D_ and shows a line break; calamine decodes it
    (openpyxl kept "_x000D_"). Text a user typed as "_x000D_" is stored as _x005F_x000D_.
    Spaces around a text without xml:space="preserve" are dropped (Excel always writes it)."""
    data = answer_rows(
        '<c r="{ref}" t="inlineStr"><is><t>a_x000D_\nb</t></is></c>',
        '<c r="{ref}" t="inlineStr"><is><t>_x005F_x000D_</t></is></c>',
        '<c r="{ref}" t="inlineStr"><is><t> kant </t></is></c>',
        '<c r="{ref}" t="inlineStr"><is><t xml:space="preserve"> kant </t></is></c>',
    )
    assert answers(with_sheet_data(data)) == ["a\r\nb", "_x000D_", "kant", " kant "]


# --- Unsafe workbooks: read in a process of their own, under limits ----------------------------


def test_the_unpacked_size_is_checked_before_the_sheet_is_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1024 * 1024)
    monkeypatch.setattr(xlsx_file, "_sheet_rows", None)  # reading would fail the test
    data = xlsx_bytes([HEADER, *([f"r{i}", "G", "t", "Q" * 100, "A"] for i in range(5_000))])
    assert len(data) < 1024 * 1024
    assert messages("a.xlsx", data) == [
        "Excel-filen er for stor til at læse: pakket ud fylder den over 1 MB. Del tabellen op i "
        "flere filer, eller gem den som CSV UTF-8."
    ]


OUT_OF_MEMORY = "Excel-filen kræver mere end 1 GB hukommelse at læse"
FAR = "Et ark i Excel-filen når ud til række {} og kolonne {}: det er mere end {} celler at læse."
WIDE = "Et ark i Excel-filen har celler i {} kolonner, men højst 50 er tilladt."


@pytest.mark.parametrize(
    ("sheet_data", "expected"),
    [
        # one far-off cell: calamine's rectangle would hold 17 billion cells (549 GB)
        ('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>1</v></c></row>', OUT_OF_MEMORY),
        # the same in single quotes, and with spaces around "=": XML allows both
        ("<row r='1'><c r='A1'><v>1</v></c><c r='XFD1048576'><v>1</v></c></row>", OUT_OF_MEMORY),
        (
            '<row r = "1"><c r = "A1"><v>1</v></c><c r = "XFD1048576" ><v>1</v></c></row>',
            OUT_OF_MEMORY,
        ),
        # within memory, but 26 × 1,048,576 cells
        (
            '<row r="1"><c r="A1"><v>1</v></c><c r="Z1048576"><v>1</v></c></row>',
            FAR.format("1.048.576", 26, "200.000"),
        ),
        ('<row r="300000"><c r="A300000"><v>1</v></c></row>', FAR.format("300.000", 1, "200.000")),
        ('<row r="1"><c r="A1"><v>1</v></c><c r="zz1"><v>1</v></c></row>', WIDE.format(702)),
        ("<row>" + "<c><v>1</v></c>" * 60 + "</row>", WIDE.format(60)),
    ],
    ids=[
        "far-cell",
        "single-quotes",
        "spaces",
        "deep-and-narrow",
        "far-row",
        "lower-case-wide",
        "unreferenced-cells",
    ],
)
def test_sheets_spread_too_far_are_refused_and_the_server_lives(sheet_data, expected, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHEET_CELLS", 200_000)
    data = with_sheet_data(f"<sheetData>{sheet_data}</sheetData>")
    assert len(data) < 20_000
    found = messages("a.xlsx", data)
    assert len(found) == 1 and found[0].startswith(expected), found


def _shared_strings(data: bytes, strings: list[str]) -> bytes:
    """The workbook `data` with `strings` as its shared strings."""
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    table = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    )
    relationship = (
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    content_type = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    return rewritten(
        data,
        {
            "xl/_rels/workbook.xml.rels": lambda c: c.replace(b"</Relationships>", relationship),
            "[Content_Types].xml": lambda c: c.replace(b"</Types>", content_type),
        },
        {"xl/sharedStrings.xml": table},
    )


def test_a_shared_string_counts_at_every_use():
    """20,000 cells pointing at one 19,000-character string would be 380 million characters."""
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 20_001))
    data = _shared_strings(with_sheet_data(f"<sheetData>{cells}</sheetData>"), ["x" * 19_000])
    assert len(data) < 400_000
    assert messages("a.xlsx", data) == [
        "Tabellens celler rummer mere end 20.000.000 tegn i alt (en tekst, der går igen i mange "
        "celler, tæller hver gang). Del tabellen op i flere filer."
    ]


def test_shared_strings_within_the_limit_are_read():
    data = _shared_strings(
        with_sheet_data(
            answer_rows('<c r="{ref}" t="s"><v>0</v></c>', '<c r="{ref}" t="s"><v>1</v></c>')
        ),
        ["første", "anden"],
    )
    assert answers(data) == ["første", "anden"]


@pytest.mark.parametrize(
    "sheet_data",
    [
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["entity-expansion", "external-entity"],
)
def test_entities_are_never_expanded(sheet_data):
    data = with_sheet_data(answer_rows('<c r="{ref}" t="inlineStr"><is><t>&b;&e;</t></is></c>'))
    data = _with_doctype(data, sheet_data)
    table, problems, _ = read_table_file("a.xlsx", data)
    text = "" if table is None else " ".join(table["answer"])
    assert "root:" not in text and "aaaaaaaaaa" not in text
    assert table is not None or problems


def _with_doctype(data: bytes, doctype: str) -> bytes:
    return rewritten(
        data,
        {"xl/worksheets/sheet1.xml": lambda c: c.replace(b"?>", b"?>" + doctype.encode(), 1)},
    )


def test_a_far_cell_within_the_limit_is_read():
    data = with_sheet_data(
        answer_rows('<c r="{ref}"><v>7</v></c>').replace(
            "</row></s", '</row><row r="40000"><c r="E40000"><v>8</v></c></row></s'
        )
    )
    table, problems, _ = read_table_file("a.xlsx", data)
    assert problems == []
    assert (table.index + 2).tolist() == [2, 40000]
    assert table["answer"].tolist() == ["7", "8"]
