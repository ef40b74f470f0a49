"""Slides as a PDF handout (A4 portrait), in DejaVu Sans so æ, ø, å, – and ” print right.

The font is the DejaVu Sans that matplotlib ships (no download, no system font needed). The
sections follow the slides – the title, theme cakes, word clouds, the cards one after another
and the reflections – and flow from page to page: a section starts a new page only when its
heading and first lines (or its figure) would not fit on the one begun. Each has its source in
small print and a bookmark; a card split over two slides prints as one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from dashboard import palette
from dashboard.export.images import figure_png, png_size
from dashboard.export.progress import Progress, each_slide
from dashboard.i18n import Language, text
from dashboard.palette import rgb
from dashboard.slide_layout import card_labels
from dashboard.slides import SLIDE_KINDS, Figure, Slide, Table, document_title, plain, runs
from dashboard.typeset import dejavu_metrics, font_files, line_count

FAMILY = "DejaVu"
MARGIN = 18.0  # mm
PAGE_WIDTH = 210.0
CONTENT = PAGE_WIDTH - 2 * MARGIN
TEXT, MUTED, ACCENT = (rgb(colour) for colour in (palette.TEXT, palette.MUTED, palette.ACCENT))
POINT = 0.3528  # mm
LINE = 1.4  # line height, of the type size
RULE = 3.0  # mm under the line between cards
# A card or a table that does not fit what is left of a page starts the next one when what is
# left is at most this share of a page: no page ends more than a third empty for it, and no
# card's notes and source stand alone at the top of a page.
KEEP_TOGETHER = 1 / 3
TABLE_SIZE, TABLE_LINE, TABLE_PADDING = 9, 5.0, 1.0  # pt, mm, mm (fpdf2's cell padding)
NO_BREAK_SPACE = "\u00a0"  # keeps "21 %" on one line


class _Handout(FPDF):
    """An A4 document in DejaVu Sans with a page number in every footer."""

    def __init__(self, lang: Language, title: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang, self.title_text = lang, title
        for style, path in font_files().items():
            self.add_font(FAMILY, style, str(path))
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN)
        self.set_title(title)
        self.set_lang(lang)
        self.set_creator("Ledelsesstafetten")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*MUTED)
        page = text("export.page", self.lang, page=self.page_no())
        self.cell(0, 5, f"{self.title_text} · {page}", align="C")

    def room(self, height: float) -> None:
        """Start a new page unless `height` mm still fit on this one."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    @property
    def page_height(self) -> float:
        """The height a page has for text, in mm."""
        return self.page_break_trigger - self.t_margin

    @property
    def room_left(self) -> float:
        return self.page_break_trigger - self.get_y()

    def paragraph_height(
        self,
        source_text: str,
        size: float = 10.5,
        *,
        bold: bool = False,
        colour: tuple[int, int, int] = TEXT,
        after: float = 2.0,
    ) -> float:
        """The height `paragraph` gives the text with the same options across the page, in mm
        (whatever its colour)."""
        lines = line_count(source_text, size, CONTENT / POINT, dejavu_metrics(), bold)
        return lines * size * POINT * LINE + after

    def paragraph(
        self,
        source_text: str,
        size: float = 10.5,
        *,
        bold: bool = False,
        colour: tuple[int, int, int] = TEXT,
        after: float = 2.0,
    ) -> None:
        """A paragraph, bold and italic where the report marks it, wrapped at the margins."""
        line = size * POINT * LINE
        self.set_text_color(*colour)
        for piece in runs(source_text):
            style = ("B" if bold or piece.bold else "") + ("I" if piece.italic else "")
            self.set_font(FAMILY, style, size)
            self.write(line, piece.text.replace(" %", NO_BREAK_SPACE + "%"))
        self.ln(line + after)

    def heading(self, slide: Slide, size: float = 16, room: float = 40) -> None:
        self.room(room)
        self.start_section(plain(slide.heading))
        self.paragraph(slide.heading, size, bold=True, after=1)
        if slide.subheading and slide.kind != "reflection":
            self.paragraph(slide.subheading, 11, colour=MUTED)

    def figure(self, figure: Figure, x: float, y: float, width: float) -> float:
        """Draw `figure` `width` mm wide at (x, y); its height in mm."""
        png = figure_png(figure)
        pixels_wide, pixels_high = png_size(png)
        height = width * pixels_high / pixels_wide
        self.image(io.BytesIO(png), x=x, y=y, w=width, h=height, alt_text=plain(figure.description))
        return height

    def table_of(self, table: Table) -> None:
        self.set_font(FAMILY, "", TABLE_SIZE)
        self.set_text_color(*TEXT)
        with self.table(
            text_align="LEFT", line_height=TABLE_LINE, first_row_as_headings=True
        ) as grid:
            for values in (table.header, *table.rows):
                row = grid.row()
                for value in values:
                    row.cell(value)
        self.ln(2)

    def small_print(self, slide: Slide) -> None:
        self.paragraph(slide.source, 8.5, colour=MUTED, after=4)

    def rule(self) -> None:
        self.set_draw_color(*palette.rgb(palette.RULE))
        self.line(MARGIN, self.get_y() - 2, PAGE_WIDTH - MARGIN, self.get_y() - 2)
        self.ln(RULE)

    def keep_together(self, height: float, least: float = 0.0) -> None:
        """Start a new page for something `height` mm high that does not fit on this one, when
        it fits on the next and little is left of this one (or less than `least` mm)."""
        left = self.room_left
        if height > left and (
            left < least
            or (height <= self.page_height and left <= KEEP_TOGETHER * self.page_height)
        ):
            self.add_page()


def _table_height(table: Table) -> float:
    """About how high `table_of` sets `table` (its columns equally wide), in mm."""
    width = (CONTENT / len(table.header) - 2 * TABLE_PADDING) / POINT
    metrics = dejavu_metrics()
    rows = (table.header, *table.rows)
    lines = [
        max(line_count(c, TABLE_SIZE, width, metrics, r is table.header) for c in r) for r in rows
    ]
    return sum(lines) * TABLE_LINE + len(rows) * 2 * TABLE_PADDING + 2


def _title(pdf: _Handout, slide: Slide, lang: Language) -> None:
    """The deck's title at the top of the first page, what it holds, and where it is from."""
    pdf.start_section(plain(slide.heading))
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.line(MARGIN, MARGIN - 4, MARGIN + 30, MARGIN - 4)
    pdf.set_line_width(0.2)
    pdf.paragraph(slide.heading, 24, bold=True, after=1)
    pdf.paragraph(slide.subheading, 13, colour=MUTED, after=5)
    for number, line in enumerate(slide.lines):
        pdf.paragraph(line, 12 if number == 0 else 10, colour=TEXT if number == 0 else MUTED)
    pdf.small_print(slide)
    pdf.ln(4)


def _themes(pdf: _Handout, slide: Slide, lang: Language) -> None:
    """One cake with its text beside it; several cakes in a row with the text below."""
    count = max(len(slide.figures), 1)
    width = 80.0 if count == 1 else (CONTENT - 6 * (count - 1)) / count
    pdf.heading(slide, room=width + 20)
    top = pdf.get_y()
    bottom = top
    for number, figure in enumerate(slide.figures):
        x = MARGIN + number * (width + 6)
        bottom = max(bottom, top + pdf.figure(figure, x, top, width))
    if count == 1:
        pdf.set_left_margin(MARGIN + width + 6)
        pdf.set_xy(MARGIN + width + 6, top + 8)
    else:
        pdf.set_xy(MARGIN, bottom + 2)
    for line in slide.lines:
        pdf.paragraph(line, 10, after=3)
    pdf.set_left_margin(MARGIN)
    pdf.set_xy(MARGIN, max(bottom, pdf.get_y()) + 2)
    pdf.small_print(slide)


def _clouds(pdf: _Handout, slide: Slide, lang: Language) -> None:
    gap = 6.0
    width = (CONTENT - gap * (len(slide.figures) - 1)) / max(len(slide.figures), 1)
    pdf.heading(slide, room=width * 0.6 + 40)
    top = pdf.get_y()
    bottom = top
    for number, figure in enumerate(slide.figures):
        x = MARGIN + number * (width + gap)
        pdf.set_font(FAMILY, "B", 11)
        pdf.set_text_color(*TEXT)
        pdf.set_xy(x, top)
        pdf.cell(width, 6, figure.label)
        height = pdf.figure(figure, x, top + 7, width)
        pdf.set_font(FAMILY, "", 8.5)
        pdf.set_text_color(*MUTED)
        pdf.set_xy(x, top + 8 + height)
        pdf.multi_cell(width, 4, figure.caption, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(MARGIN, bottom + 3)
    for line in slide.lines:
        pdf.paragraph(line, 10)
    pdf.small_print(slide)


def _card(pdf: _Handout, slide: Slide, lang: Language) -> None:
    """A card: its theme and group, question, answer, a meeting's notes and its source, on one
    page where it fits; the later slides of a split card go on where the first left off."""
    question_label, answer_label = card_labels(slide, lang)
    parts: list[tuple[str, dict]] = []
    heading = f"{slide.heading} · {slide.counter}"
    if not slide.continued:
        parts.append((heading, {"size": 9, "colour": MUTED, "after": 1}))
        parts.append((question_label, {"bold": True, "colour": ACCENT, "after": 0.5}))
    if slide.question:
        parts.append((slide.question, {}))
    if slide.answer and slide.answer_starts:
        parts.append((answer_label, {"bold": True, "colour": ACCENT, "after": 0.5}))
    if slide.answer:
        parts.append((slide.answer, {}))
    if slide.notes and not slide.continued:
        parts.append((text("export.notes", lang), {"bold": True, "colour": ACCENT, "after": 0.5}))
        parts += [(note, {"size": 9.5}) for note in slide.notes]
    if not slide.continues:
        parts.append((slide.source, {"size": 8.5, "colour": MUTED, "after": 4}))
    if not slide.continued:
        height = sum(pdf.paragraph_height(part, **options) for part, options in parts) + RULE
        pdf.keep_together(height, least=40)
        pdf.start_section(plain(heading))
    for part, options in parts:
        pdf.paragraph(part, **options)
    if not slide.continues:
        pdf.rule()


def _reflection(pdf: _Handout, slide: Slide, lang: Language) -> None:
    pdf.heading(slide, room=60)
    pdf.paragraph(slide.subheading, 10.5, bold=True, after=1)
    for line in slide.lines:
        pdf.paragraph(line, 10.5)
    evidence = [f"• {line}" for line in slide.evidence]
    pdf.keep_together(
        pdf.paragraph_height(slide.evidence_heading, bold=True, after=1)
        + sum(pdf.paragraph_height(line, 10) for line in evidence)
        + (_table_height(slide.table) if slide.table is not None else 0.0)
    )
    pdf.paragraph(slide.evidence_heading, 10.5, bold=True, after=1)
    for line in evidence:
        pdf.paragraph(line, 10)
    if slide.table is not None:
        pdf.table_of(slide.table)
    pdf.small_print(slide)


_DRAW = dict(zip(SLIDE_KINDS, (_title, _themes, _clouds, _card, _reflection), strict=True))


def handout_pdf(
    slides: Sequence[Slide],
    lang: Language = "da",
    progress: Progress | None = None,
    title: str | None = None,
) -> bytes:
    """The slides as PDF bytes, flowing from page to page; `title` (a meeting's) in every
    footer, else the first slide's heading."""
    pdf = _Handout(lang, document_title(slides, title))
    pdf.add_page()
    for _, slide in each_slide(slides, progress, lang):
        _DRAW[slide.kind](pdf, slide, lang)
    return bytes(pdf.output())
