"""Where everything on a slide goes (plain Python, no Streamlit): one design for the projected
slide and the PPTX, in design pixels of a 1920 × 1080 slide.

`layout_slide` gives a slide's boxes – its title, text, figures, table and source line – each
with its type size fitted to the box: a long text gets smaller type, down to a readable
minimum (`CARD_SIZES`), never cut. A card too long even at the minimum is split over several
slides by `card_parts` before it is laid out. The screen draws the boxes in CSS container
units (the slide scales with the window), the PPTX in EMU (1 design pixel = ½ pt).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dashboard import palette
from dashboard.i18n import Language, text
from dashboard.typeset import (
    LINE_HEIGHT,
    Block,
    Metrics,
    column_height,
    largest_fitting,
    line_count,
    longest_fitting_head,
    longest_word,
    screen_metrics,
    single_line_width,
    split_at,
    text_height,
)

if TYPE_CHECKING:
    from dashboard.slides import Figure, Slide, Table

WIDTH, HEIGHT = 1920, 1080
MARGIN = 112  # left and right
CONTENT = WIDTH - 2 * MARGIN
STRIPE = 12  # the accent band along the top edge
TITLE_TOP = 64
TITLE_SIZES = (64, 58, 52, 46, 40)
COUNTER_SIZE, COUNTER_WIDTH = 28, 360
SUBHEADING_SIZE = 32
SOURCE_SIZES = (24, 22, 20)
BOTTOM = 44  # below the source line
BODY_GAP, FOOT_GAP = 40, 32  # title to body, body to source line
LABEL_SIZE, LABEL_SPACE = 28, 8  # "Spørgsmål", "Svar"
QUESTION_SPACE = 36  # between the question and the answer's label
# A card's text: the largest size that fits, down to a minimum a room can read (16 pt on a
# 1920-pixel-wide slide); smaller sizes only where a part made to fit still meets a taller title.
CARD_SIZES = (60, 56, 52, 48, 44, 40, 38, 36, 34, 32)
LAST_RESORT_SIZES = (30, 28, 26, 24, 22, 20)
TEXT_SIZES = (40, 36, 32, 30, 28, 26, 24)  # text beside a figure, reflections
TABLE_SIZES = (30, 28, 26, 24, 22, 20)
CELL_PADDING = 16  # left + right, and top + bottom, of a table cell
CELL_SLACK = 4  # more than the widest word needs, so that no rounding ever breaks a word
# The card body a split is planned for: under a one-line title, over a two-line source line.
_PLANNED_BODY = (
    CONTENT,
    HEIGHT
    - BOTTOM
    - 2 * SOURCE_SIZES[0] * LINE_HEIGHT
    - FOOT_GAP
    - (TITLE_TOP + TITLE_SIZES[0] * LINE_HEIGHT + BODY_GAP),
)

Weight = Literal["regular", "semibold"]
Role = Literal[
    "title", "counter", "subheading", "text", "question", "answer", "label", "caption", "source"
]


@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a text box: its text (the report's marks kept), size in design pixels,
    weight, colour, and the space below it."""

    text: str
    size: float
    weight: Weight = "regular"
    colour: str = palette.TEXT
    space_after: float = 0.0


@dataclass(frozen=True)
class TextBox:
    rect: Rect
    paragraphs: tuple[Paragraph, ...]
    role: Role = "text"
    align: Literal["left", "right"] = "left"


@dataclass(frozen=True)
class FigureBox:
    """A figure drawn as large as fits `rect`, centred in it."""

    rect: Rect
    figure: Figure


@dataclass(frozen=True)
class TableBox:
    """A table set at `size`, its columns `widths` wide (no word is wider than its column)."""

    rect: Rect
    table: Table
    size: float
    widths: tuple[float, ...]
    row_heights: tuple[float, ...]


Box = TextBox | FigureBox | TableBox


@dataclass(frozen=True)
class Layout:
    """A slide's boxes: its title first, its source line last."""

    title: TextBox
    boxes: tuple[Box, ...]

    def all(self) -> tuple[Box, ...]:
        return (self.title, *self.boxes)

    def text_boxes(self, role: Role) -> list[TextBox]:
        return [box for box in self.all() if isinstance(box, TextBox) and box.role == role]


def _lines_height(lines: int, size: float) -> float:
    return lines * size * LINE_HEIGHT


def _fitted_lines(
    source_text: str,
    width: float,
    sizes: Sequence[float],
    metrics: Metrics,
    most: int,
    strong: bool = False,
) -> tuple[float, int]:
    """The largest of `sizes` at which the text takes at most `most` lines (else the smallest),
    and how many lines it takes then."""
    for size in sizes:
        lines = line_count(source_text, size, width, metrics, strong)
        if lines <= most:
            return size, lines
    return sizes[-1], line_count(source_text, sizes[-1], width, metrics, strong)


def _header(slide: Slide, metrics: Metrics) -> tuple[TextBox, list[TextBox], float]:
    """The title (on one line if a size allows, else two), the card counter at its right, and
    where the title ends."""
    width = CONTENT - (COUNTER_WIDTH + 32 if slide.counter else 0)
    size, lines = _fitted_lines(slide.heading, width, TITLE_SIZES, metrics, 1, strong=True)
    if lines > 1:
        size, lines = _fitted_lines(slide.heading, width, TITLE_SIZES, metrics, 2, strong=True)
    title = TextBox(
        Rect(MARGIN, TITLE_TOP, width, _lines_height(lines, size)),
        (Paragraph(slide.heading, size, "semibold"),),
        "title",
    )
    extra = []
    if slide.counter:
        top = TITLE_TOP + (size - COUNTER_SIZE) * LINE_HEIGHT * 0.8
        extra.append(
            TextBox(
                Rect(WIDTH - MARGIN - COUNTER_WIDTH, top, COUNTER_WIDTH, COUNTER_SIZE * 1.6),
                (Paragraph(slide.counter, COUNTER_SIZE, colour=palette.MUTED),),
                "counter",
                "right",
            )
        )
    return title, extra, title.rect.bottom


def _footer(slide: Slide, metrics: Metrics) -> TextBox:
    size, lines = _fitted_lines(slide.source, CONTENT, SOURCE_SIZES, metrics, 2)
    height = _lines_height(lines, size)
    return TextBox(
        Rect(MARGIN, HEIGHT - BOTTOM - height, CONTENT, height),
        (Paragraph(slide.source, size, colour=palette.MUTED),),
        "source",
    )


def _subheading(source_text: str, top: float, metrics: Metrics) -> TextBox:
    lines = line_count(source_text, SUBHEADING_SIZE, CONTENT, metrics)
    return TextBox(
        Rect(MARGIN, top, CONTENT, _lines_height(lines, SUBHEADING_SIZE)),
        (Paragraph(source_text, SUBHEADING_SIZE, colour=palette.MUTED),),
        "subheading",
    )


def _column(
    rect: Rect,
    blocks: Sequence[tuple[Block, Weight, str]],
    sizes: Sequence[float],
    metrics: Metrics,
    role: Role = "text",
) -> TextBox:
    """Blocks (with weight and colour) set in `rect` at the largest size that fits."""
    plain_blocks = [
        dataclasses.replace(block, strong=weight == "semibold") for block, weight, _ in blocks
    ]
    size = largest_fitting(plain_blocks, rect.width, rect.height, sizes, metrics) or sizes[-1]
    return TextBox(
        rect,
        tuple(
            Paragraph(block.text, block.size(size), weight, colour, block.space_after)
            for block, weight, colour in blocks
            if block.text
        ),
        role,
    )


def _label(source_text: str, space: float = LABEL_SPACE) -> tuple[Block, Weight, str]:
    block = Block(source_text, fixed=LABEL_SIZE, space_after=space, strong=True)
    return block, "semibold", palette.ACCENT


# --- Cards --------------------------------------------------------------------------------------


def _card_blocks(
    question: str, answer: str, strong_question: bool = True
) -> tuple[list[Block], list[Block]]:
    """The question's blocks (its label and text) and the answer's, as a card sets them."""
    label = Block("label", fixed=LABEL_SIZE, space_after=LABEL_SPACE)
    asked = [label] if question else []
    if question:
        space = QUESTION_SPACE if answer else 0
        asked.append(Block(question, space_after=space, strong=strong_question))
    answered = [label] if answer else []
    if answer:
        answered.append(Block(answer))
    return asked, answered


@dataclass(frozen=True)
class CardPart:
    """The part of a card one slide shows: a piece of its question and of its answer, and
    whether the answer starts on this slide."""

    question: str
    answer: str
    answer_starts: bool


def card_parts(question: str, answer: str, metrics: Metrics | None = None) -> list[CardPart]:
    """The card on one slide if it fits at a readable size, else split over as many slides as it
    needs at the smallest readable size (at sentence ends if possible, else between words).

    Planned for a card body under a one-line title, the same in every language, so a
    presenter's and an audience's decks have the same slides.
    """
    metrics = metrics or screen_metrics()
    width, height = _PLANNED_BODY
    question_blocks, answer_blocks = _card_blocks(question, answer)
    if largest_fitting([*question_blocks, *answer_blocks], width, height, CARD_SIZES, metrics):
        return [CardPart(question, answer, True)]
    size = CARD_SIZES[-1]
    label = Block("label", fixed=LABEL_SIZE, space_after=LABEL_SPACE)

    def take(rest: str, room: float, asked: bool) -> tuple[str, str, float]:
        """The head of `rest` that fits `room` under its label, the rest, the room left."""
        space = QUESTION_SPACE if asked else 0.0
        whole = column_height(
            [label, Block(rest, space_after=space, strong=asked)], size, width, metrics
        )
        if whole <= room:
            return rest, "", room - whole

        def fits(head: str) -> bool:
            return column_height([label, Block(head, strong=asked)], size, width, metrics) <= room

        cut = longest_fitting_head(rest, fits)
        if cut is None:
            return "", rest, room
        head, tail = split_at(rest, cut)
        return head, tail, 0.0

    parts: list[CardPart] = []
    asked, answered, started = question, answer, False
    while asked or answered:
        room, shown_question, shown_answer, starts = height, "", "", False
        if asked:
            shown_question, asked, room = take(asked, room, True)
        one_line = (LABEL_SIZE + size) * LINE_HEIGHT + LABEL_SPACE
        if not asked and answered and room >= one_line:
            shown_answer, answered, _ = take(answered, room, False)
            starts, started = bool(shown_answer) and not started, started or bool(shown_answer)
        if not shown_question and not shown_answer:  # not one word fits: it goes on a slide alone
            if asked:
                shown_question, asked = _first_word(asked)
            else:
                shown_answer, answered = _first_word(answered)
                starts, started = not started, True
        parts.append(CardPart(shown_question, shown_answer, starts))
    return parts


def _first_word(source_text: str) -> tuple[str, str]:
    cut = source_text.find(" ", 1)
    return (source_text, "") if cut < 0 else split_at(source_text, cut)


def card_labels(slide: Slide, lang: Language) -> tuple[str, str]:
    """The labels over a card slide's question and answer ("Svar, fortsat" where it goes on)."""
    return (
        text("slides.question_continued" if slide.continued else "cards.question", lang),
        text("cards.answer" if slide.answer_starts else "slides.answer_continued", lang),
    )


def _card(
    slide: Slide, lang: Language, body: Rect, metrics: Metrics, strong_question: bool
) -> list[Box]:
    """The question (with its label) on top; the answer under it in a box of its own, which the
    screen hides until it is revealed: the question never moves."""
    asked, answered = _card_blocks(slide.question, slide.answer, strong_question)
    size = largest_fitting(asked + answered, body.width, body.height, CARD_SIZES, metrics)
    if size is None:
        size = (
            largest_fitting(asked + answered, body.width, body.height, LAST_RESORT_SIZES, metrics)
            or LAST_RESORT_SIZES[-1]
        )
    boxes: list[Box] = []
    top = body.top
    question_label, answer_label = card_labels(slide, lang)
    if slide.question:
        height = column_height(asked, size, body.width, metrics)
        boxes.append(
            TextBox(
                Rect(body.left, top, body.width, height),
                (
                    Paragraph(question_label, LABEL_SIZE, "semibold", palette.ACCENT, 8),
                    Paragraph(
                        slide.question,
                        size,
                        "semibold" if strong_question else "regular",
                        space_after=asked[-1].space_after,
                    ),
                ),
                "question",
            )
        )
        top += height
    if slide.answer:
        boxes.append(
            TextBox(
                Rect(body.left, top, body.width, body.bottom - top),
                (
                    Paragraph(answer_label, LABEL_SIZE, "semibold", palette.ACCENT, 8),
                    Paragraph(slide.answer, size),
                ),
                "answer",
            )
        )
    return boxes


# --- The other slides ---------------------------------------------------------------------------


def _title_slide(slide: Slide, metrics: Metrics) -> tuple[TextBox, list[Box]]:
    """Title, date or subtitle, what the deck holds and the relay, left-aligned and centred in
    the height of the slide."""
    width = CONTENT
    size, lines = _fitted_lines(
        slide.heading, width, (88, 80, 72, 64, 56, 48), metrics, 3, strong=True
    )
    rows: list[tuple[str, float, Weight, str, float]] = [
        (slide.subheading, 40, "regular", palette.MUTED, 48),
    ]
    if slide.lines:
        rows.append((slide.lines[0], 44, "regular", palette.TEXT, 28))
    rows += [(line, 30, "regular", palette.MUTED, 8) for line in slide.lines[1:]]
    heights = [text_height(row[0], row[1], width, metrics) + row[4] for row in rows if row[0]]
    stack = _lines_height(lines, size) + 24 + sum(heights)
    top = max(STRIPE + 120, (HEIGHT - stack) / 2 - 40)
    title = TextBox(
        Rect(MARGIN, top, width, _lines_height(lines, size)),
        (Paragraph(slide.heading, size, "semibold"),),
        "title",
    )
    rest = TextBox(
        Rect(MARGIN, title.rect.bottom + 24, width, sum(heights)),
        tuple(
            Paragraph(source_text, row_size, weight, colour, space)
            for source_text, row_size, weight, colour, space in rows
            if source_text
        ),
        "text",
    )
    return title, [rest]


def _beside_figures(slide: Slide, body: Rect, metrics: Metrics) -> list[Box]:
    """Theme cakes: the figures on the left (each under its label when there are two), what
    they show (the subheading first) and what the source says on the right."""
    figures_width = 1000 if len(slide.figures) < 2 else 1200
    boxes: list[Box] = []
    each = (figures_width - 40 * (len(slide.figures) - 1)) / max(len(slide.figures), 1)
    for number, figure in enumerate(slide.figures):
        left = body.left + number * (each + 40)
        top = body.top
        if figure.label:
            boxes.append(
                TextBox(
                    Rect(left, top, each, _lines_height(2, 28)),
                    (Paragraph(figure.label, 28, "semibold"),),
                    "caption",
                )
            )
            top += _lines_height(2, 28) + 8
        boxes.append(FigureBox(Rect(left, top, each, body.bottom - top), figure))
    left = body.left + figures_width + 64
    rect = Rect(left, body.top, body.left + body.width - left, body.height)
    blocks = [(Block(slide.subheading, fixed=28, space_after=24), "regular", palette.MUTED)]
    blocks += [(Block(line, space_after=24), "regular", palette.TEXT) for line in slide.lines]
    boxes.append(_column(rect, blocks, TEXT_SIZES, metrics))
    return boxes


def _clouds(slide: Slide, body: Rect, metrics: Metrics) -> list[Box]:
    """Each group's cloud under its name, with its caption; the intro under all of them."""
    intro = [(Block(line), "regular", palette.TEXT) for line in slide.lines]
    intro_height = column_height([b for b, _, _ in intro], 28, body.width, metrics)
    intro_box = _column(
        Rect(body.left, body.bottom - intro_height, body.width, intro_height), intro, (28,), metrics
    )
    count = max(len(slide.figures), 1)
    gap = 64
    each = (body.width - gap * (count - 1)) / count
    boxes: list[Box] = [intro_box]
    for number, figure in enumerate(slide.figures):
        left = body.left + number * (each + gap)
        caption_height = text_height(figure.caption, 24, each, metrics)
        label_height = _lines_height(1, 36) + 12
        bottom = intro_box.rect.top - 32
        boxes += [
            TextBox(
                Rect(left, body.top, each, label_height),
                (Paragraph(figure.label, 36, "semibold"),),
                "caption",
            ),
            FigureBox(
                Rect(
                    left,
                    body.top + label_height,
                    each,
                    bottom - caption_height - 16 - body.top - label_height,
                ),
                figure,
            ),
            TextBox(
                Rect(left, bottom - caption_height, each, caption_height),
                (Paragraph(figure.caption, 24, colour=palette.MUTED),),
                "caption",
            ),
        ]
    return boxes


def table_layout(
    table: Table, width: float, height: float, sizes: Sequence[float], metrics: Metrics
) -> tuple[float, tuple[float, ...], tuple[float, ...]]:
    """The largest of `sizes` at which `table` fits `width` × `height` with no word wider than
    its column, the column widths and the row heights (the smallest size if none fits)."""
    rows = (table.header, *table.rows)
    columns = range(len(table.header))
    for size in sizes:
        least = [
            max(longest_word(row[c], size, metrics, row is table.header) for row in rows)
            + CELL_PADDING
            + CELL_SLACK
            for c in columns
        ]
        if sum(least) > width and size != sizes[-1]:
            continue
        natural = [
            max(single_line_width(row[c], size, metrics, row is table.header) for row in rows)
            + CELL_PADDING
            for c in columns
        ]
        widths = _share_out(least, natural, width)
        heights = tuple(
            max(
                text_height(cell, size, max(w - CELL_PADDING, 1), metrics, row is table.header)
                for cell, w in zip(row, widths, strict=True)
            )
            + CELL_PADDING
            for row in rows
        )
        if sum(heights) <= height or size == sizes[-1]:
            return size, tuple(widths), heights
    raise ValueError("no sizes")


def _share_out(least: list[float], natural: list[float], width: float) -> list[float]:
    """Column widths: each at least its widest word, the room left shared by what each wants
    more, and never more than it wants unless there is room to spare."""
    spare = width - sum(least)
    wanted = [n - m for n, m in zip(natural, least, strict=True)]
    if spare <= 0:
        return least
    if sum(wanted) <= spare:
        return [n + (spare - sum(wanted)) / len(natural) for n in natural]
    return [m + spare * w / sum(wanted) for m, w in zip(least, wanted, strict=True)]


def _reflection(slide: Slide, body: Rect, metrics: Metrics) -> list[Box]:
    """The report's reflection on the left, its evidence in the selected data on the right (with
    more room where it has a table)."""
    left_width = 760 if slide.table is not None else 880
    left = _column(
        Rect(body.left, body.top, left_width, body.height),
        [
            _label(slide.subheading, 16),
            *((Block(line, space_after=24), "regular", palette.TEXT) for line in slide.lines),
        ],
        TEXT_SIZES,
        metrics,
    )
    right_left = body.left + left_width + 80
    right = Rect(right_left, body.top, body.left + body.width - right_left, body.height)
    evidence = [
        _label(slide.evidence_heading, 16),
        *((Block(line, space_after=12), "regular", palette.TEXT) for line in slide.evidence),
    ]
    if slide.table is None:
        return [left, _column(right, evidence, TEXT_SIZES, metrics)]
    evidence_height = column_height([b for b, _, _ in evidence], 28, right.width, metrics)
    table_top = right.top + evidence_height + 8
    size, widths, heights = table_layout(
        slide.table, right.width, right.bottom - table_top, TABLE_SIZES, metrics
    )
    above = Rect(right.left, right.top, right.width, evidence_height)
    table = Rect(right.left, table_top, sum(widths), sum(heights))
    return [
        left,
        _column(above, evidence, (28,), metrics),
        TableBox(table, slide.table, size, widths, heights),
    ]


def layout_slide(
    slide: Slide, lang: Language, metrics: Metrics | None = None, strong_question: bool = True
) -> Layout:
    """The boxes of `slide`, its text fitted with `metrics` (the screen's by default); a card's
    question in semibold unless not `strong_question` (a PPTX has no semibold: there it is
    regular, so that the report's bold in it still shows)."""
    metrics = metrics or screen_metrics()
    source = _footer(slide, metrics)
    if slide.kind == "title":
        title, boxes = _title_slide(slide, metrics)
        return Layout(title, (*boxes, source))
    title, extra, top = _header(slide, metrics)
    if slide.subheading and slide.kind == "clouds":
        subheading = _subheading(slide.subheading, top + 8, metrics)
        extra.append(subheading)
        top = subheading.rect.bottom
    body = Rect(MARGIN, top + BODY_GAP, CONTENT, source.rect.top - FOOT_GAP - top - BODY_GAP)
    if slide.kind == "card":
        boxes = _card(slide, lang, body, metrics, strong_question)
    elif slide.kind == "themes":
        boxes = _beside_figures(slide, body, metrics)
    elif slide.kind == "clouds":
        boxes = _clouds(slide, body, metrics)
    else:
        boxes = _reflection(slide, body, metrics)
    return Layout(title, (*extra, *boxes, source))
