"""Files built to hurt the app, one or more per finding of the adversarial review, each with the
Danish answer it must get. The command line tests and the upload tests run every one of them
under a memory cap, so a regression shows as a failure, not as a dead machine.

The files are made here (deterministically) rather than kept as binaries: each is a few lines
that say what it attacks.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import openpyxl

from tests.conftest import ROOT

HEADER = ["id", "group", "theme", "question", "answer"]
BUNDLED_TOML = (ROOT / "data" / "relay.toml").read_bytes()
GOOD_TABLE = "id,group,theme,question,answer\na,Topledere,krydspres,Hvordan?,Sådan.\n".encode()


@dataclass(frozen=True)
class Hostile:
    """A hostile relay: its table file, optional metadata, and the answer it must get."""

    name: str
    finding: int  # the number of the finding in the review (issue 11)
    file_name: str
    table: bytes
    answer: str  # a piece of the Danish message
    metadata: bytes | None = None
    accepted: bool = False  # a file the app may use (with a note); otherwise refused
    page_answer: str = ""  # what the Data page says, where it differs from the command line

    @property
    def answer_on_the_page(self) -> str:
        return self.page_answer or self.answer


@cache
def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["a", "Topledere", "krydspres", "Hvordan?", "Sådan."])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _workbook_with(sheet_data: str, shared: list[str] | None = None) -> bytes:
    """The small workbook with its first sheet's cells replaced, and shared strings if given."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_workbook())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = re.sub(rb"<dimension[^>]*/>", b"", content)
                content = re.sub(
                    rb"<sheetData>.*</sheetData>",
                    f"<sheetData>{sheet_data}</sheetData>".encode(),
                    content,
                )
            if shared is not None and name == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            archive.writestr(name, content)
        if shared is not None:
            items = "".join(f"<si><t>{text}</t></si>" for text in shared)
            archive.writestr(
                "xl/sharedStrings.xml",
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f"{items}</sst>",
            )
    return out.getvalue()


def _far_cell(quote: str, equals: str) -> bytes:
    cell = f"<c r{equals}{quote}XFD1048576{quote}><v>1</v></c>"
    return _workbook_with(
        f"<row r{equals}{quote}1{quote}><c r{equals}{quote}A1{quote}><v>1</v></c>{cell}</row>"
    )


def _amplified() -> bytes:
    """20,000 cells that all point at one 19,000-character shared string."""
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 20_001))
    return _workbook_with(cells, shared=["x" * 19_000])


def _metadata(text: str) -> bytes:
    return text.encode("utf-8")


CASES: tuple[Hostile, ...] = (
    Hostile(
        "far-cell-single-quotes", 1, "langt-vaek.xlsx", _far_cell("'", "="), "kræver mere end 1 GB"
    ),
    Hostile("far-cell-spaces", 1, "langt-vaek.xlsx", _far_cell('"', " = "), "kræver mere end 1 GB"),
    Hostile(
        "deep-and-narrow",
        1,
        "dyb.xlsx",
        _workbook_with('<row r="1"><c r="A1"><v>1</v></c><c r="Z300000"><v>1</v></c></row>'),
        "når ud til række 300.000 og kolonne 26: det er mere end 5.000.000 celler",
    ),
    Hostile(
        "shared-string-amplification", 2, "gentaget.xlsx", _amplified(), "mere end 20.000.000 tegn"
    ),
    Hostile(
        "metadata-long-dotted-key",
        3,
        "stafet.csv",
        GOOD_TABLE,
        "mere end 8 dele",
        metadata=_metadata("a" + ".a" * 30_000 + " = 1\n"),
    ),
    Hostile(
        "metadata-nested-arrays",
        3,
        "stafet.csv",
        GOOD_TABLE,
        "mere end 8 lag",
        metadata=_metadata("a = " + "[" * 5_000 + "]" * 5_000 + "\n"),
    ),
    Hostile(
        "metadata-nested-inline-tables",
        3,
        "stafet.csv",
        GOOD_TABLE,
        "mere end 8 lag",
        metadata=_metadata("a = " + "{b = " * 2_000 + "1" + "}" * 2_000 + "\n"),
    ),
    Hostile(
        "metadata-too-large",
        3,
        "stafet.csv",
        GOOD_TABLE,
        "Metadatafilen fylder 98 KB, men højst 64 KB",
        metadata=_metadata('title = "' + "x" * 100_000 + '"\n'),
    ),
    Hostile(
        "wide-header",
        4,
        "bred.csv",
        (
            ",".join(f"k{i}" for i in range(100_000)) + "\n" + ",".join("x" * 100_000) + "\n"
        ).encode(),
        "Overskriften har 100.000 kolonner, men højst 50",
    ),
    Hostile(
        "many-bad-rows",
        4,
        "mange.csv",
        b"id,group,theme,question,answer\n" + b"a,b\n" * 150_000,
        "og 149.950 problemer mere",
    ),
    Hostile(
        "metadata-group-not-in-data",
        7,
        "stafet.csv",
        GOOD_TABLE,
        "Metadata beskriver gruppen »Borgmestre«, som ikke findes i tabellen",
        metadata=_metadata('[[groups]]\nname = "Topledere"\n[[groups]]\nname = "Borgmestre"\n'),
        accepted=True,
    ),
    Hostile(
        "metadata-1000-groups",
        7,
        "stafet.csv",
        GOOD_TABLE,
        "»groups« har 1.000 elementer, men højst 20",
        metadata=_metadata(
            "groups = [" + ", ".join(f'{{name = "G{i}"}}' for i in range(1_000)) + "]\n"
        ),
    ),
    Hostile(
        "metadata-method-only-nb",
        7,
        "stafet.csv",
        GOOD_TABLE,
        "metoden skal beskrive hvad, hvordan og hvorfor",
        metadata=_metadata('[method.da]\nnb = "kun en note"\n'),
    ),
    Hostile(
        "metadata-theme-total-zero",
        7,
        "stafet.csv",
        GOOD_TABLE,
        "skal være et helt tal fra 1 til 1.000.000, ikke 0",
        metadata=_metadata('[[groups]]\nname = "Topledere"\ntheme_totals = { krydspres = 0 }\n'),
    ),
    Hostile(
        "metadata-theme-total-huge",
        7,
        "stafet.csv",
        GOOD_TABLE,
        "skal være et helt tal fra 1 til 1.000.000",
        metadata=_metadata(
            '[[groups]]\nname = "Topledere"\ntheme_totals = { krydspres = 18446744073709551616 }\n'
        ),
    ),
    Hostile(
        "made-up-table-with-the-report-metadata",
        8,
        "qa.csv",
        GOOD_TABLE,
        "OK: 1 spørgsmål",
        metadata=BUNDLED_TOML,
        accepted=True,
        page_answer="Filen kan bruges: 1 spørgsmål",
    ),
    Hostile(
        "mixed-encodings",
        10,
        "blandet.csv",
        "id,group,theme,question,answer\na,Topledere,tema,Hvad så?,Det ved jeg\n".encode()
        + "b,Topledere,tema,Hvad med æbler?,Gode\n".encode()
        + "c,Topledere,tema,Og pærer?,Søde\n".encode("cp1252"),
        "Linje 4 er gemt i en anden tegnkodning",
    ),
    Hostile(
        "metadata-negative-participants",
        12,
        "stafet.csv",
        GOOD_TABLE,
        "»groups[1].participants« skal være et helt tal fra 1 til 1.000.000, ikke -5",
        metadata=_metadata('[[groups]]\nname = "Topledere"\nparticipants = -5\n'),
    ),
    Hostile(
        "metadata-count-too-large",
        12,
        "stafet.csv",
        GOOD_TABLE,
        "»total_contributions« skal være et helt tal fra 1 til 1.000.000",
        metadata=_metadata("total_contributions = 100000000000000000000000000000000\n"),
    ),
    Hostile(
        "metadata-unknown-key",
        12,
        "stafet.csv",
        GOOD_TABLE,
        "feltet »titel« kendes ikke",
        metadata=_metadata('titel = "Stafet"\n[[groups]]\nname = "Topledere"\n'),
        accepted=True,
    ),
)


def write_case(case: Hostile, folder: Path) -> tuple[Path, Path | None]:
    """The case's files in `folder`: (table, metadata or None)."""
    table = folder / case.file_name
    table.write_bytes(case.table)
    metadata = None
    if case.metadata is not None:
        metadata = folder / "metadata.toml"
        metadata.write_bytes(case.metadata)
    return table, metadata
