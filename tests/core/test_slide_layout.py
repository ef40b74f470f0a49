"""Where things go on a slide: every text fits its box at a readable size, nothing leaves the
slide, figures are large enough for a room, and a card too long for one slide is split, never
cut."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.export.images import figure_png, png_size
from dashboard.relay import read_relay_files
from dashboard.slide_layout import (
    CARD_SIZES,
    HEIGHT,
    WIDTH,
    FigureBox,
    TableBox,
    TextBox,
    card_parts,
    layout_slide,
    table_layout,
)
from dashboard.slides import ChartFigure, Table, build_slides, deck_steps, plain
from dashboard.text.cloud import MIN_FONT_SIZE
from dashboard.typeset import (
    Block,
    Verbatim,
    column_height,
    document_metrics,
    longest_word,
    runs,
    screen_metrics,
    split_at,
)

READABLE = 24  # px on a 1920 × 1080 slide: the least a label on a chart or cloud may be
METRICS = {"screen": screen_metrics(), "pptx": document_metrics()}


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


@pytest.fixture(scope="module")
def slides(relay):
    return build_slides(relay, relay.pairs, "da")


def _text_fits(box: TextBox, metrics) -> bool:
    blocks = [
        Block(p.text, fixed=p.size, space_after=p.space_after, strong=p.weight == "semibold")
        for p in box.paragraphs
    ]
    return column_height(blocks, 0, box.rect.width, metrics) <= box.rect.height + 0.5


@pytest.mark.parametrize("kind", ["screen", "pptx"])
def test_every_text_fits_its_box_and_every_box_the_slide(slides, kind):
    metrics = METRICS[kind]
    for slide in slides:
        layout = layout_slide(slide, "da", metrics, strong_question=kind == "screen")
        for box in layout.all():
            rect = box.rect
            assert rect.left >= 0 and rect.top >= 0, (slide.heading, box)
            assert rect.left + rect.width <= WIDTH and rect.bottom <= HEIGHT, (slide.heading, box)
            if isinstance(box, TextBox):
                assert _text_fits(box, metrics), (slide.heading, box.role)
        titles = [box for box in layout.all() if isinstance(box, TextBox) and box.role == "title"]
        assert len(titles) == 1  # one title a slide
        assert len(layout.text_boxes("source")) == 1  # and one source line


def test_cards_are_set_no_smaller_than_a_room_can_read(slides):
    for slide in (s for s in slides if s.kind == "card"):
        layout = layout_slide(slide, "da")
        sizes = {p.size for box in layout.text_boxes("question") for p in box.paragraphs[1:]}
        sizes |= {p.size for box in layout.text_boxes("answer") for p in box.paragraphs[1:]}
        assert min(sizes) >= CARD_SIZES[-1], slide.card_id
    longest = max((s for s in slides if s.kind == "card"), key=lambda s: len(s.question + s.answer))
    assert longest.card_id == "inst-borgerblik-5" and not longest.continues  # one slide


def test_the_answer_has_a_box_of_its_own_under_the_question(slides):
    card = next(s for s in slides if s.kind == "card")
    layout = layout_slide(card, "da")
    (question,), (answer,) = layout.text_boxes("question"), layout.text_boxes("answer")
    assert answer.rect.top >= question.rect.bottom
    assert layout.title.rect.bottom <= question.rect.top


def _smallest_text(figure) -> float:
    """The smallest type a figure is drawn in, in its own pixels."""
    if isinstance(figure, ChartFigure):
        spec = json.dumps(figure.chart.to_dict())
        return min(int(size) for size in re.findall(r'"(?:label)?[fF]ontSize": (\d+)', spec))
    return MIN_FONT_SIZE


def test_cakes_and_clouds_are_drawn_for_a_room(slides):
    """Labels on charts and words in clouds at least 24 px on a 1920 × 1080 screen."""
    checked = 0
    for slide in slides:
        for box in layout_slide(slide, "da").boxes:
            if not isinstance(box, FigureBox):
                continue
            width, height = png_size(figure_png(box.figure, 1.0))
            shown = min(box.rect.width / width, box.rect.height / height)
            assert _smallest_text(box.figure) * shown >= READABLE, (slide.heading, shown)
            checked += 1
    assert checked == 4  # two cakes, two clouds


def test_tables_are_in_slide_type_and_break_no_word(slides):
    reflection = next(s for s in slides if s.table is not None)
    (table,) = [b for b in layout_slide(reflection, "da").boxes if isinstance(b, TableBox)]
    assert table.size >= 24
    for metrics in METRICS.values():
        size, widths, _ = table_layout(reflection.table, 900, 600, (28, 24), metrics)
        for row in (reflection.table.header, *reflection.table.rows):
            for cell, width in zip(row, widths, strict=True):
                assert longest_word(cell, size, metrics, row is reflection.table.header) <= width


def test_a_table_too_wide_for_its_words_gets_smaller_type():
    table = Table(("Gruppe", "Ord"), (("Institutions- og driftsledere", "organisationsudvikling"),))
    size, widths, _ = table_layout(table, 420, 400, (30, 26, 22, 18), screen_metrics())
    assert size < 30 and sum(widths) <= 420


LONG_ANSWER = " ".join(
    f"Sætning nummer {n} handler om **ledelse til gavn for borgerne** i en lang kommune."
    for n in range(120)
)


def test_a_card_too_long_for_one_slide_is_split_never_cut():
    question = "Hvordan **holder vi** fast i borgerne, når alt andet skifter?"
    parts = card_parts(question, LONG_ANSWER)
    assert len(parts) >= 2
    assert parts[0].question == question and parts[0].answer_starts
    assert not any(part.question for part in parts[1:])
    assert not any(part.answer_starts for part in parts[1:])
    assert plain(" ".join(part.answer for part in parts)) == plain(LONG_ANSWER)
    for part in parts:  # each part's marks are whole: every bold run closes where it opens
        assert "**" not in "".join(run.text for run in runs(part.answer))


def test_a_split_card_becomes_slides_that_step_question_answer_then_on(relay):
    cards = relay.pairs.head(1).assign(answer=LONG_ANSWER)
    slides = build_slides(relay, cards, "da", general=frozenset())
    assert len(slides) >= 2
    assert [s.counter for s in slides[:2]] == ["kort 1 af 1", "kort 1 af 1, fortsat"]
    assert [s.continues for s in slides] == [True] * (len(slides) - 1) + [False]
    steps = deck_steps(slides)
    assert [(s.slide, s.answer_shown) for s in steps[:3]] == [(0, False), (0, True), (1, True)]
    for slide in slides:
        layout = layout_slide(slide, "da")
        for box in layout.text_boxes("answer") + layout.text_boxes("question"):
            assert _text_fits(box, screen_metrics())
            assert all(p.size >= CARD_SIZES[-1] for p in box.paragraphs[1:])


def test_cutting_inside_the_reports_bold_closes_and_reopens_it():
    text = "Før **et langt fremhævet stykke tekst** efter"
    head, tail = split_at(text, text.index(" langt"))
    assert (head, tail) == ("Før **et**", "**langt fremhævet stykke tekst** efter")
    member = Verbatim("a **b c** d")
    assert split_at(member, member.index(" c")) == ("a **b", "c** d")
    assert isinstance(split_at(member, 1)[0], Verbatim)
