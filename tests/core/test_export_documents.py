"""PPTX, PDF and HTML of the slides, read back: slides, Danish text, bold, notes, escaping."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pptx import Presentation
from pypdf import PdfReader

from dashboard.export import export_bytes
from dashboard.export.deck import deck_pptx
from dashboard.export.handout import handout_pdf
from dashboard.export.images import chart_png, chart_svg, figure_png, figure_svg
from dashboard.export.snapshot import snapshot_html
from dashboard.relay import BUNDLED_METADATA, BUNDLED_TABLE, read_relay_files
from dashboard.slides import build_slides, figures

ATTACK = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def slides():
    bundled = read_relay_files().require()
    return build_slides(bundled, bundled.pairs, "da")


@pytest.fixture(scope="module")
def hostile_slides():
    relay = read_relay_files().require()
    pairs = relay.pairs.copy()
    pairs.loc[0, "question"] = f"{ATTACK} og **fed** tekst"
    pairs.loc[1, "answer"] = '<img src="http://example.com/x.png" onerror="alert(2)">'
    pairs.loc[pairs["theme"] == "borgerblik", "theme"] = "<b>borgerblik</b>"
    hostile = dataclasses.replace(relay, pairs=pairs)
    return build_slides(hostile, pairs, "da")


@pytest.fixture(scope="module")
def deck(slides):
    return Presentation(io.BytesIO(deck_pptx(slides)))


def _slide_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_deck_is_16_9_with_one_slide_per_slide(deck, slides):
    assert len(deck.slides) == len(slides)
    assert round(deck.slide_width / deck.slide_height, 3) == round(16 / 9, 3)
    assert [s.shapes.title.text_frame.text for s in deck.slides] == [s.heading for s in slides]


def test_deck_holds_danish_text_bold_runs_and_notes(deck):
    card = deck.slides[4]
    body = _slide_text(card)
    assert "Hvordan tænker du" in body and "spændingen" in body and "**" not in body
    runs = [
        r for s in card.shapes if s.has_text_frame for p in s.text_frame.paragraphs for r in p.runs
    ]
    bold = {r.text for r in runs if r.font.bold}
    assert "spændingen" in bold and "den direkte frontleder" in bold
    assert not any(r.font.bold for r in runs if r.text.startswith("Hvordan"))
    assert "Krydspres · Topledere" in body and "kort 1 af 39" in body
    notes = card.notes_slide.notes_text_frame.text
    assert notes == "Kilde: afsnittet »Topledere – krydspres«"
    themes = deck.slides[1]
    assert "beregnet fra de udvalgte spørgsmål og svar" in themes.notes_slide.notes_text_frame.text
    pictures = [s for s in themes.shapes if s.shape_type == 13]
    assert len(pictures) == 1
    assert "19 udvalgte spørgsmål" in pictures[0]._element.nvPicPr.cNvPr.get("descr")
    assert all(s.has_notes_slide and s.notes_slide.notes_text_frame.text for s in deck.slides)


def test_handout_prints_danish_letters_and_en_dashes(slides):
    pdf = PdfReader(io.BytesIO(handout_pdf(slides)))
    content = "\n".join(page.extract_text() for page in pdf.pages)
    for letters in ("æ", "ø", "å"):
        assert letters in content
    assert "Topledere – krydspres" in content
    assert "”krydspres”" in content.replace("\n", " ")
    assert "beregnet fra de udvalgte spørgsmål og svar" in content.replace("\n", " ")
    assert "**" not in content
    assert len(pdf.outline) == len(slides)
    fonts = {
        str(font["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVu" in font for font in fonts)


EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def test_snapshot_is_self_contained(slides):
    page = snapshot_html(slides)
    assert "<script" not in page.lower()
    assert not EXTERNAL.search(page)
    assert page.count("<svg") == 2 and page.count('src="data:image/png;base64,') == 2
    assert "<strong>spændingen</strong>" in page
    assert "Topledere – krydspres" in page


def test_snapshot_escapes_the_data(hostile_slides):
    page = snapshot_html(hostile_slides)
    assert ATTACK not in page and "<script" not in page.lower()
    assert html_escaped(ATTACK) in page
    assert "<strong>fed</strong>" in page
    assert "<img src=" not in page.replace('<img src="data:', "")
    assert not EXTERNAL.search(page)
    assert "<b>borgerblik</b>" not in page  # in the chart's SVG too


def html_escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_every_figure_renders_as_png_and_svg(slides):
    for figure in figures(slides):
        assert figure_png(figure).startswith(b"\x89PNG\r\n\x1a\n")
        assert figure_svg(figure).lstrip().startswith("<svg")
    chart = figures(slides)[0].chart
    assert chart_png(chart) == figure_png(figures(slides)[0])
    assert "krydspres" in chart_svg(chart)


@pytest.mark.parametrize("file_format", ["pptx", "pdf", "html"])
def test_progress_runs_from_zero_to_one(slides, file_format):
    calls = []
    export_bytes(file_format, slides[:6], None, "da", lambda f, m: calls.append((f, m)))
    fractions = [f for f, _ in calls]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert calls[1][1].startswith("Dias 2 af 6")


def _relay_with_theme_totals(folder):
    """The bundled relay whose metadata states the top leaders' theme totals (a made-up 50)."""
    metadata = BUNDLED_METADATA.read_text(encoding="utf-8").replace(
        "themes_in_report = 7",
        "themes_in_report = 7\ntheme_totals = { krydspres = 20, borgerblik = 30 }",
    )
    path = folder / "relay.toml"
    path.write_text(metadata, encoding="utf-8")
    return read_relay_files(BUNDLED_TABLE, path).require()


def test_stated_theme_totals_get_their_own_cake(tmp_path):
    relay = _relay_with_theme_totals(tmp_path)
    themes = [s for s in build_slides(relay, relay.pairs, "da") if s.kind == "themes"]
    assert [len(s.figures) for s in themes] == [2, 1]
    computed, totals = themes[0].figures
    assert "udvalgte spørgsmål" in computed.label and "hele stafetten" in totals.label
    assert totals.description.startswith("Topledere – hele stafetten: 50 ")


def test_documents_draw_a_relay_without_metadata_and_stated_totals(tmp_path):
    for relay in (
        _relay_with_theme_totals(tmp_path),
        read_relay_files(BUNDLED_TABLE, None).require(),
    ):
        slides = build_slides(relay, relay.pairs.head(3), "en")
        deck = Presentation(io.BytesIO(deck_pptx(slides, "en")))
        pictures = [s for s in deck.slides[1].shapes if s.shape_type == 13]
        assert len(pictures) == len(slides[1].figures)
        pdf = PdfReader(io.BytesIO(handout_pdf(slides, "en")))
        content = " ".join(page.extract_text() for page in pdf.pages).replace("\n", " ")
        assert "computed from the selected questions and answers" in content
        assert snapshot_html(slides, "en").count("<svg") == len(figures(slides)) - 2
