"""The files a member takes to a meeting, read back: a PPTX laid out as the projected slide (its
type, aligned title slide, tables wide enough for their words), a PDF handout without mostly
empty pages, and file names after the meeting and its date."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pptx import Presentation
from pptx.util import Emu
from pypdf import PdfReader

from dashboard.export import export_bytes, file_stem
from dashboard.export.deck import EMU_PER_PIXEL, FONT
from dashboard.relay import read_relay_files
from dashboard.slide_layout import MARGIN
from dashboard.slides import Agenda, Verbatim, build_slides
from dashboard.typeset import document_metrics, longest_word


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


@pytest.fixture(scope="module")
def meeting_deck(relay):
    cards = relay.pairs[relay.pairs["theme"] == "krydspres"].head(3)
    plan = Agenda(
        title=Verbatim("Krydspres"),
        date_text="3. december 2026",
        notes=((cards.iloc[0]["id"], (Verbatim("Anna, 30.11.2026 10.42: Tag den op først"),)),),
    )
    return plan, cards, build_slides(relay, cards, "da", agenda=plan)


@pytest.fixture(scope="module")
def pptx(meeting_deck):
    plan, cards, slides = meeting_deck
    return Presentation(io.BytesIO(export_bytes("pptx", slides, cards, "da", agenda=plan)))


def test_files_are_named_after_the_meeting_and_its_date():
    assert file_stem("Krydspres", date(2026, 12, 3)) == "krydspres-2026-12-03"
    assert (
        file_stem("Møde om «ledelse» / Ærø", date(2027, 1, 2))
        == "moede-om-ledelse-aeroe-2027-01-02"
    )
    assert file_stem(None, date(2026, 12, 3)) == "ledelsesstafet-2026-12-03"
    assert file_stem("!!!", None) == "ledelsesstafet"


def test_the_meetings_title_slide_is_aligned_and_says_what_the_deck_holds(pptx):
    title_slide = pptx.slides[0]
    texts = [s.text_frame.text for s in title_slide.shapes if s.has_text_frame]
    assert title_slide.shapes.title.text == "Krydspres"
    assert "3 kort om krydspres fra topledere" in "\n".join(texts)
    assert "39" not in "\n".join(texts)  # not the whole relay's count
    boxes = [s for s in title_slide.shapes if s.has_text_frame and s.text_frame.text]
    assert {round(s.left / EMU_PER_PIXEL) for s in boxes} == {MARGIN}  # one left edge
    alignments = {p.alignment for s in boxes for p in s.text_frame.paragraphs}
    assert alignments <= {1, None}  # left (PP_ALIGN.LEFT), never centred


def test_every_run_is_in_the_apps_typeface_and_the_palette(pptx):
    from dashboard import palette

    colours = {palette.TEXT, palette.MUTED, palette.ACCENT, palette.BACKGROUND}
    for slide in pptx.slides:
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames = [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                for run in (r for p in frame.paragraphs for r in p.runs):
                    assert run.font.name == FONT
                    assert f"#{run.font.color.rgb}" in colours


def test_card_slides_are_titled_by_theme_and_group_with_the_card_counted(pptx, meeting_deck):
    _, _, slides = meeting_deck
    cards = [page for page, slide in zip(pptx.slides, slides, strict=True) if slide.kind == "card"]
    assert [page.shapes.title.text for page in cards] == ["Krydspres · Topledere"] * 3
    texts = [
        "\n".join(s.text_frame.text for s in page.shapes if s.has_text_frame) for page in cards
    ]
    assert [("kort 1 af 3" in t, "kort 3 af 3" in t) for t in texts][::2] == [
        (True, False),
        (False, True),
    ]
    # The card's note and its source in the speaker notes; text set at a room's size.
    notes = cards[0].notes_slide.notes_text_frame.text
    assert "Tag den op først" in notes and "Kilde: afsnittet »Topledere – krydspres«" in notes
    sizes = [
        run.font.size.pt
        for shape in cards[0].shapes
        if shape.has_text_frame and shape != cards[0].shapes.title
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
        if len(run.text) > 40
    ]
    assert min(sizes) >= 16


def test_pptx_tables_are_wide_enough_for_their_longest_words(relay):
    slides = [s for s in build_slides(relay, relay.pairs.head(1), "da") if s.table is not None]
    deck = Presentation(io.BytesIO(export_bytes("pptx", slides, relay.pairs.head(1), "da")))
    (table,) = [s.table for s in deck.slides[0].shapes if s.has_table]
    metrics = document_metrics()  # Source Sans Pro's, PowerPoint's and LibreOffice's widest
    for number, row in enumerate(table.rows):
        for cell, column in zip(row.cells, table.columns, strict=True):
            size = cell.text_frame.paragraphs[0].runs[0].font.size.pt * 2  # design pixels
            room = Emu(column.width - cell.margin_left - cell.margin_right) / EMU_PER_PIXEL
            assert longest_word(cell.text_frame.text, size, metrics, number == 0) < room - 2


def _lowest_text(page) -> float:
    """How far down the page its lowest line of text is (0 top, 1 bottom), the footer left out."""
    height = float(page.mediabox.height)
    lowest = []

    def visit(text, _cm, tm, _font, _size):
        if text.strip() and tm[5] > 20 * 72 / 25.4:  # above the footer (page numbers)
            lowest.append(tm[5])

    page.extract_text(visitor_text=visit)
    return 1 - min(lowest) / height


def test_the_handout_flows_without_mostly_empty_pages(relay):
    slides = build_slides(relay, relay.pairs, "da")
    pdf = PdfReader(io.BytesIO(export_bytes("pdf", slides, relay.pairs, "da")))
    fills = [_lowest_text(page) for page in pdf.pages]
    assert len(pdf.pages) <= 16
    assert min(fills[:-1]) >= 0.6, fills  # every page but the last at least 60 % down
    text = pdf.pages[0].extract_text()
    assert "Ledelse til gavn for borgerne" in text and "Temaer – Topledere" in text


def test_the_handout_keeps_a_card_and_a_table_together(relay):
    """No page opens with the end of a card (its notes or source) or of a table."""
    note = (Verbatim("Til drøftelse – Anna, 03.12.2026 09.30: Tag den op først."),)
    plan = Agenda(
        title=Verbatim("Alle kort"),
        date_text="3. december 2026",
        notes=tuple((card_id, note) for card_id in relay.pairs["id"]),
    )
    slides = build_slides(relay, relay.pairs, "da", agenda=plan)
    pdf = PdfReader(io.BytesIO(export_bytes("pdf", slides, relay.pairs, "da", agenda=plan)))
    openings = [page.extract_text().splitlines()[0] for page in pdf.pages[1:]]
    assert not [line for line in openings if line.startswith(("Kilde:", "Noter", "Til drøftelse"))]
    assert not [line for line in openings if line.startswith(("Topledere ", "Institutions-"))]
    fills = [_lowest_text(page) for page in pdf.pages]
    assert min(fills[:-1]) >= 0.6, fills
