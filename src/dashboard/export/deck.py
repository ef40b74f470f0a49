"""Slides as a PowerPoint deck (PPTX, 16:9), each slide's source in its speaker notes.

Every slide has a real title (its heading) for the outline and screen readers, the report's
`**bold**` as bold runs, pictures with their takeaway as alternative text, and the source in
small print at the bottom.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from dashboard import palette
from dashboard.export.images import figure_png, png_size
from dashboard.export.progress import Progress, each_slide
from dashboard.i18n import Language, text
from dashboard.slides import SLIDE_KINDS, Figure, Slide, Table, document_title, plain, runs

WIDTH, HEIGHT = 13.333, 7.5  # inches: 16:9
MARGIN = 0.6
INNER = WIDTH - 2 * MARGIN
TEXT, MUTED, ACCENT = (
    RGBColor.from_string(colour.lstrip("#"))
    for colour in (palette.TEXT, palette.MUTED, palette.ACCENT)
)
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5
BODY_SIZES = (28, 24, 22, 20, 18, 16, 14, 13, 12, 11, 10)
Box = tuple[float, float, float, float]  # left, top, width, height in inches


def fitting_size(paragraphs: Sequence[str], width: float, height: float) -> int:
    """The largest body size (pt) at which `paragraphs` roughly fill a `width`×`height` box.

    An estimate (an average letter is about half the size wide, a line 1.2 times the size high,
    plus half a line between paragraphs): PowerPoint cannot be asked how text wraps.
    """
    for size in BODY_SIZES:
        per_line = max(int(width * 72 / (size * 0.5)), 1)
        lines = sum(math.ceil(max(len(p), 1) / per_line) + 0.5 for p in paragraphs)
        if lines * size * 1.2 <= height * 72:
            return size
    return BODY_SIZES[-1]


class _Page:
    """One PPTX slide being drawn: boxes of text, pictures, a table, small print and notes."""

    def __init__(self, presentation, heading: str, layout: int = TITLE_ONLY_LAYOUT):
        self.slide = presentation.slides.add_slide(presentation.slide_layouts[layout])
        title = self.slide.shapes.title
        title.left, title.top = Inches(MARGIN), Inches(0.3)
        title.width, title.height = Inches(INNER), Inches(1.0)
        self._fill(title.text_frame, [heading], 30, bold=True)

    def _fill(
        self,
        frame,
        paragraphs: Sequence[str],
        size: int,
        *,
        bold: bool = False,
        colour: RGBColor = TEXT,
        append: bool = False,
    ) -> None:
        """Write `paragraphs` into `frame`, each run bold or italic where the report marks it."""
        frame.word_wrap = True
        for number, source_text in enumerate(paragraphs):
            empty_first = not append and number == 0
            paragraph = frame.paragraphs[0] if empty_first else frame.add_paragraph()
            paragraph.space_after = Pt(size * 0.5)
            for piece in runs(source_text):
                run = paragraph.add_run()
                run.text = piece.text
                run.font.size = Pt(size)
                run.font.bold = bold or piece.bold
                run.font.italic = piece.italic
                run.font.color.rgb = colour

    def text_box(self, box: Box, paragraphs: Sequence[str], size: int, **style) -> object:
        left, top, width, height = box
        shape = self.slide.shapes.add_textbox(
            Inches(left), Inches(top), Inches(width), Inches(height)
        )
        shape.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        self._fill(shape.text_frame, paragraphs, size, **style)
        return shape.text_frame

    def add_to(self, frame, paragraphs: Sequence[str], size: int, **style) -> None:
        self._fill(frame, paragraphs, size, append=True, **style)

    def picture(self, figure: Figure, box: Box) -> None:
        """The figure as large as fits in `box`, centred, its takeaway as alternative text."""
        png = figure_png(figure)
        pixels_wide, pixels_high = png_size(png)
        left, top, width, height = box
        scale = min(width / pixels_wide, height / pixels_high)
        shown_wide, shown_high = pixels_wide * scale, pixels_high * scale
        picture = self.slide.shapes.add_picture(
            io.BytesIO(png),
            Inches(left + (width - shown_wide) / 2),
            Inches(top + (height - shown_high) / 2),
            Inches(shown_wide),
            Inches(shown_high),
        )
        picture._element.nvPicPr.cNvPr.set("descr", plain(figure.description))

    def table(self, table: Table, box: Box, size: int = 12) -> None:
        left, top, width, height = box
        shape = self.slide.shapes.add_table(
            len(table.rows) + 1,
            len(table.header),
            Inches(left),
            Inches(top),
            Inches(width),
            Inches(height),
        )
        for row_number, row in enumerate((table.header, *table.rows)):
            for column_number, value in enumerate(row):
                frame = shape.table.cell(row_number, column_number).text_frame
                frame.text = ""
                self._fill(frame, [value], size, bold=row_number == 0)

    def finish(self, slide: Slide, lang: Language) -> None:
        """Small print at the bottom; the source, and a meeting's notes, in the speaker notes."""
        self.text_box((MARGIN, HEIGHT - 0.7, INNER, 0.5), [slide.small_print], 11, colour=MUTED)
        notes = [plain(part) for part in (slide.small_print, slide.note) if part]
        if slide.card_id:
            notes.append(slide.card_id)
        if slide.notes:
            notes += ["", text("export.notes", lang), *slide.notes]  # as typed
        self.slide.notes_slide.notes_text_frame.text = "\n".join(notes)


def _title(presentation, slide: Slide, lang: Language) -> _Page:
    page = _Page(presentation, slide.heading, TITLE_LAYOUT)
    title = page.slide.shapes.title
    title.top, title.height = Inches(1.2), Inches(1.4)
    subtitle = page.slide.placeholders[1]
    subtitle.left, subtitle.top = Inches(MARGIN), Inches(2.7)
    subtitle.width, subtitle.height = Inches(INNER), Inches(1.0)
    subtitle.text_frame.text = ""
    page.add_to(subtitle.text_frame, [slide.subheading], 24, colour=MUTED)
    frame = page.text_box((MARGIN, 3.9, INNER, 2.6), slide.lines, 20)
    page.add_to(frame, slide.evidence, 16)
    return page


def _themes(presentation, slide: Slide, lang: Language) -> _Page:
    """The cake(s) on the left, what they show and what the source says on the right."""
    page = _Page(presentation, slide.heading)
    area = 6.6 if len(slide.figures) < 2 else 8.6
    each = area / max(len(slide.figures), 1)
    for number, figure in enumerate(slide.figures):
        page.picture(figure, (MARGIN + number * each, 1.3, each - 0.1, 5.3))
    left = MARGIN + area + 0.3
    box = (left, 1.5, WIDTH - left - MARGIN, 5.0)
    size = fitting_size([plain(line) for line in slide.lines], *box[2:])
    frame = page.text_box(box, [slide.subheading], min(size, 14), colour=MUTED)
    page.add_to(frame, slide.lines, min(size, 18))
    return page


def _clouds(presentation, slide: Slide, lang: Language) -> _Page:
    page = _Page(presentation, slide.heading)
    page.text_box((MARGIN, 1.15, INNER, 0.4), [slide.subheading], 16, colour=MUTED)
    column = INNER / max(len(slide.figures), 1)
    for number, figure in enumerate(slide.figures):
        left = MARGIN + number * column
        page.text_box((left, 1.6, column - 0.2, 0.45), [figure.label], 18, bold=True)
        page.picture(figure, (left, 2.1, column - 0.2, (column - 0.2) / 2))
        page.text_box((left, 5.2, column - 0.2, 0.4), [figure.caption], 11, colour=MUTED)
    page.text_box((MARGIN, 5.7, INNER, 0.9), slide.lines, 12)
    return page


def _card(presentation, slide: Slide, lang: Language) -> _Page:
    page = _Page(presentation, slide.heading)
    answer = slide.answer if slide.answer.strip() else text("cards.no_answer", lang)
    box = (MARGIN, 1.3, INNER, HEIGHT - 2.1)
    size = fitting_size([" " * 20, plain(slide.question), " " * 20, plain(answer)], *box[2:])
    frame = page.text_box(box, [text("cards.question", lang)], size, bold=True, colour=ACCENT)
    page.add_to(frame, [slide.question], size)
    page.add_to(frame, [text("cards.answer", lang)], size, bold=True, colour=ACCENT)
    page.add_to(frame, [answer], size)
    return page


def _reflection(presentation, slide: Slide, lang: Language) -> _Page:
    page = _Page(presentation, slide.heading)
    left_width = 6.0
    size = fitting_size([plain(line) for line in slide.lines], left_width, 5.0)
    frame = page.text_box((MARGIN, 1.3, left_width, 5.2), [slide.subheading], size, bold=True)
    page.add_to(frame, slide.lines[:1], size)
    page.add_to(frame, slide.lines[1:], 12, colour=MUTED)
    right = MARGIN + left_width + 0.4
    right_width = WIDTH - right - MARGIN
    evidence_height = 0.5 + 0.6 * len(slide.evidence)
    frame = page.text_box(
        (right, 1.3, right_width, evidence_height), [slide.evidence_heading], 18, bold=True
    )
    page.add_to(frame, slide.evidence, 16)
    if slide.table is not None:
        table_box = (right, 1.4 + evidence_height, right_width, 0.4 * (len(slide.table.rows) + 1))
        page.table(slide.table, table_box)
    page.text_box((right, 5.4, right_width, 1.2), [slide.note], 12, colour=MUTED)
    return page


_DRAW = dict(zip(SLIDE_KINDS, (_title, _themes, _clouds, _card, _reflection), strict=True))


def deck_pptx(
    slides: Sequence[Slide],
    lang: Language = "da",
    progress: Progress | None = None,
    title: str | None = None,
) -> bytes:
    """The slides as PPTX bytes: 16:9, one PowerPoint slide per slide, notes holding sources
    (and a meeting's notes); `title` names the file (default: the first slide's heading)."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Emu(Inches(WIDTH)), Emu(Inches(HEIGHT))
    for _, slide in each_slide(slides, progress, lang):
        _DRAW[slide.kind](presentation, slide, lang).finish(slide, lang)
    presentation.core_properties.title = document_title(slides, title)
    presentation.core_properties.language = lang
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()
