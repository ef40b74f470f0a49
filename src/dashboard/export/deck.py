"""Slides as a PowerPoint deck (PPTX, 16:9) laid out as the projected slide is.

Every box comes from `dashboard.slide_layout` (1 design pixel = ½ pt = 6,350 EMU), its text
fitted with widths at least as wide as the font a viewer shows: the app's Source Sans Pro
where it is installed, else its stand-in (PowerPoint's, LibreOffice's), so text fits its box
either way. Every slide has a
real title (its heading) for the outline and screen readers, the report's `**bold**` as bold
runs, pictures with their takeaway as alternative text, tables whose columns are as wide as
their longest word, the source line at the bottom, and the source and a meeting's notes on the
card in the speaker notes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from dashboard import palette
from dashboard.export.images import figure_png, png_size
from dashboard.export.progress import Progress, each_slide
from dashboard.i18n import Language, text
from dashboard.slide_layout import (
    CELL_PADDING,
    HEIGHT,
    STRIPE,
    WIDTH,
    FigureBox,
    Paragraph,
    Rect,
    TableBox,
    TextBox,
    layout_slide,
)
from dashboard.slides import Slide, document_title, plain, runs
from dashboard.typeset import LINE_HEIGHT, document_metrics

FONT = "Source Sans Pro"  # the app's typeface
EMU_PER_PIXEL = 12_192_000 // WIDTH  # a 13.333-inch (16:9) slide is 1920 design pixels wide
TITLE_ONLY_LAYOUT = 5
BAND = "#F3F6F9"  # every other table row


def _emu(pixels: float) -> Emu:
    return Emu(round(pixels * EMU_PER_PIXEL))


def _points(pixels: float) -> Pt:
    return Pt(pixels / 2)


def _colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _place(shape, rect: Rect) -> None:
    shape.left, shape.top = _emu(rect.left), _emu(rect.top)
    shape.width, shape.height = _emu(rect.width), _emu(rect.height)


def _fill(frame, paragraphs: Sequence[Paragraph], *, align=PP_ALIGN.LEFT) -> None:
    """Write `paragraphs` into `frame` at their sizes, line spacing and spacing, semibold ones
    and the report's marks in bold, its italics in italic."""
    frame.clear()
    frame.word_wrap = True
    # Fitted already for Source Sans Pro and the viewers' usual stand-ins (`document_metrics`);
    # a viewer that falls back to a typeface wider still shrinks the text to its box rather
    # than let it run into the next.
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    for number, paragraph in enumerate(paragraphs):
        target = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        target.alignment = align
        target.line_spacing = _points(paragraph.size * LINE_HEIGHT)
        target.space_after = _points(paragraph.space_after)
        target.space_before = Pt(0)
        for piece in runs(paragraph.text):
            run = target.add_run()
            run.text = piece.text
            font = run.font
            font.name = FONT
            font.size = _points(paragraph.size)
            font.bold = piece.bold or paragraph.weight == "semibold"
            font.italic = piece.italic
            font.color.rgb = _colour(paragraph.colour)


def _text_box(page, box: TextBox) -> None:
    shape = page.shapes.add_textbox(0, 0, 0, 0)
    _place(shape, box.rect)
    align = PP_ALIGN.RIGHT if box.align == "right" else PP_ALIGN.LEFT
    _fill(shape.text_frame, box.paragraphs, align=align)


def _picture(page, box: FigureBox) -> None:
    """The figure as large as fits its box, centred, its takeaway as alternative text."""
    png = figure_png(box.figure)
    pixels_wide, pixels_high = png_size(png)
    rect = box.rect
    scale = min(rect.width / pixels_wide, rect.height / pixels_high)
    wide, high = pixels_wide * scale, pixels_high * scale
    picture = page.shapes.add_picture(
        io.BytesIO(png),
        _emu(rect.left + (rect.width - wide) / 2),
        _emu(rect.top + (rect.height - high) / 2),
        _emu(wide),
        _emu(high),
    )
    picture._element.nvPicPr.cNvPr.set("descr", plain(box.figure.description))


def _table(page, box: TableBox) -> None:
    """A table in the slide's type: header row in the accent colour, rows banded, each column
    as wide as the layout found for its longest word, so no word breaks."""
    rows = (box.table.header, *box.table.rows)
    shape = page.shapes.add_table(len(rows), len(box.table.header), 0, 0, 0, 0)
    _place(shape, box.rect)
    grid = shape.table
    grid.first_row, grid.horz_banding = True, False
    for number, width in enumerate(box.widths):
        grid.columns[number].width = _emu(width)
    for number, height in enumerate(box.row_heights):
        grid.rows[number].height = _emu(height)
    for row_number, values in enumerate(rows):
        header = row_number == 0
        for column_number, value in enumerate(values):
            cell = grid.cell(row_number, column_number)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _colour(
                palette.ACCENT if header else (BAND if row_number % 2 == 0 else palette.BACKGROUND)
            )
            cell.margin_left = cell.margin_right = _emu(CELL_PADDING / 2)
            cell.margin_top = cell.margin_bottom = _emu(CELL_PADDING / 2)
            colour = palette.BACKGROUND if header else palette.TEXT
            weight = "semibold" if header else "regular"
            _fill(cell.text_frame, [Paragraph(value, box.size, weight, colour)])


def _notes(slide: Slide, lang: Language) -> str:
    """The speaker notes: a meeting's notes on the card, as typed, then the slide's source."""
    lines = []
    if slide.notes:
        lines += [text("export.notes", lang), *(f"– {note}" for note in slide.notes), ""]
    lines.append(plain(slide.source))
    return "\n".join(lines)


def _draw(presentation, slide: Slide, lang: Language) -> None:
    layout = layout_slide(slide, lang, document_metrics(), strong_question=False)
    page = presentation.slides.add_slide(presentation.slide_layouts[TITLE_ONLY_LAYOUT])
    stripe = page.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, _emu(WIDTH), _emu(STRIPE))
    stripe.fill.solid()
    stripe.fill.fore_color.rgb = _colour(palette.ACCENT)
    stripe.line.fill.background()
    title = page.shapes.title
    _place(title, layout.title.rect)
    _fill(title.text_frame, layout.title.paragraphs)
    for box in layout.boxes:
        if isinstance(box, TextBox):
            _text_box(page, box)
        elif isinstance(box, FigureBox):
            _picture(page, box)
        else:
            _table(page, box)
    page.notes_slide.notes_text_frame.text = _notes(slide, lang)


def deck_pptx(
    slides: Sequence[Slide],
    lang: Language = "da",
    progress: Progress | None = None,
    title: str | None = None,
) -> bytes:
    """The slides as PPTX bytes: 16:9, one PowerPoint slide per slide, the speaker notes holding
    each slide's source and a meeting's notes; `title` names the file (default: the first
    slide's heading)."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = _emu(WIDTH), _emu(HEIGHT)
    for _, slide in each_slide(slides, progress, lang):
        _draw(presentation, slide, lang)
    presentation.core_properties.title = document_title(slides, title)
    presentation.core_properties.language = lang
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()
