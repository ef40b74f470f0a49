"""A meeting's deck and files: its title and date on the title slide, its cards in its order with
their notes (PPTX: speaker notes), only the general slides it has on, and a member's text shown
exactly as typed – never read as the report's emphasis, never as HTML or a formula."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from dashboard.export import export_bytes
from dashboard.meetings import agenda, meeting_cards, presentation_url, title_text
from dashboard.relay import read_relay_files
from dashboard.slides import Verbatim, build_slides, plain, runs
from dashboard.store import add_note, create_meeting, get_meeting, open_store, set_general_slide

TITLE = "=Møde **om** <b>krydspres</b>"
CARDS = ["inst-borgerblik-2", "top-krydspres-1"]


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


@pytest.fixture(scope="module")
def meeting(relay, tmp_path_factory):
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('db') / 'dashboard.sqlite'}")
    made = create_meeting(
        store,
        relay_id=relay.fingerprint,
        title=TITLE,
        meeting_date=date(2026, 12, 3),
        author="Anna",
        card_ids=CARDS,
    )
    add_note(
        store,
        relay_id=relay.fingerprint,
        card_id=CARDS[1],
        text="Spørg *KL* <i>først</i>",
        author="Bo",
        meeting_id=made.id,
    )
    add_note(store, relay_id=relay.fingerprint, card_id=CARDS[1], text="=1+1", author="Cai")
    set_general_slide(store, made.id, "clouds", False, author="Anna")
    yield get_meeting(store, made.id)
    store.close()


@pytest.fixture(scope="module")
def deck(relay, meeting):
    plan = agenda(meeting, "da")
    return (
        plan,
        meeting_cards(relay, meeting),
        build_slides(relay, meeting_cards(relay, meeting), "da", agenda=plan),
    )


def test_the_link_and_the_cards_in_the_meetings_order(relay, meeting):
    assert presentation_url("a b", "http://x:8501/") == "http://x:8501/praesentation?moede=a%20b"
    assert list(meeting_cards(relay, meeting)["id"]) == CARDS


def test_the_deck_has_the_meetings_title_date_notes_and_general_slides(deck):
    _, _, slides = deck
    assert [s.kind for s in slides] == ["title", "themes", "themes", "card", "card"] + [
        "reflection"
    ] * 2  # the clouds switched off
    assert slides[0].heading == TITLE and slides[0].subheading == "3. december 2026"
    assert slides[0].lines == (
        "2 kort om borgerblik og krydspres fra institutions- og driftsledere og topledere",
        "Ledelse til gavn for borgerne · Ledelseskommissionen · 2017–2018",
    )
    card = slides[4]
    assert card.card_id == CARDS[1]
    assert [plain(n).split(": ", 1)[1] for n in card.notes] == ["Spørg *KL* <i>først</i>", "=1+1"]
    assert card.notes[0].startswith("Til drøftelse – Bo, ")
    assert slides[3].notes == ()


def test_a_meeting_nobody_has_named_is_called_so_in_the_decks_language():
    assert title_text("Nyt møde", "en") == title_text("New meeting", "en") == "New meeting"
    assert title_text("New meeting", "da") == "Nyt møde"
    assert title_text("Nyt møde om krydspres", "en") == "Nyt møde om krydspres"  # named: as typed


def test_a_members_text_is_one_plain_run_never_the_reports_emphasis():
    assert [(r.text, r.bold) for r in runs(Verbatim("a **b**"))] == [("a **b**", False)]
    assert [r.bold for r in runs("a **b**")] == [False, True]


def test_pptx_carries_title_date_order_and_notes_as_speaker_notes(deck):
    plan, cards, slides = deck
    presentation = Presentation(io.BytesIO(export_bytes("pptx", slides, cards, "da", agenda=plan)))
    assert presentation.core_properties.title == TITLE
    pages = list(presentation.slides)
    assert pages[0].shapes.title.text == TITLE
    texts = [shape.text_frame.text for shape in pages[0].shapes if shape.has_text_frame]
    assert any("3. december 2026" in value for value in texts)
    notes = pages[4].notes_slide.notes_text_frame.text
    assert "Spørg *KL* <i>først</i>" in notes and "Cai" in notes and "=1+1" in notes
    assert notes.startswith("Noter\n– Til drøftelse – Bo, ")
    assert notes.endswith("Kilde: afsnittet »Topledere – krydspres«")


def test_pdf_and_html_carry_the_notes_as_typed(deck):
    plan, cards, slides = deck
    pdf = PdfReader(io.BytesIO(export_bytes("pdf", slides, cards, "da", agenda=plan)))
    content = " ".join(page.extract_text() for page in pdf.pages)
    assert "Spørg *KL* <i>først</i>" in content and "3. december 2026" in content
    assert pdf.metadata.title == TITLE
    html = export_bytes("html", slides, cards, "da", agenda=plan).decode("utf-8")
    assert "<title>=Møde **om** &lt;b&gt;krydspres&lt;/b&gt;</title>" in html
    assert "Spørg *KL* &lt;i&gt;først&lt;/i&gt;" in html
    assert "<b>krydspres</b>" not in html and "<strong>om</strong>" not in html


def test_csv_and_xlsx_carry_title_date_order_and_notes_with_formulas_neutralised(deck):
    plan, cards, _ = deck
    rows = list(
        csv.DictReader(
            io.StringIO(export_bytes("csv", [], cards, "da", agenda=plan).decode("utf-8-sig"))
        )
    )
    assert [row["id"] for row in rows] == CARDS
    assert [row["position"] for row in rows] == ["1", "2"]
    assert {row["meeting"] for row in rows} == {"'" + TITLE}  # a formula in a spreadsheet
    assert {row["meeting_date"] for row in rows} == {"3. december 2026"}
    assert rows[0]["notes"] == ""
    assert "Spørg *KL* <i>først</i>" in rows[1]["notes"] and "Cai" in rows[1]["notes"]
    sheet = load_workbook(io.BytesIO(export_bytes("xlsx", [], cards, "da", agenda=plan))).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["meeting", "meeting_date", "position"] and header[-1] == "notes"
    assert sheet.cell(3, 4).value == CARDS[1]
