"""A slide as HTML for a screen: the projected slide and the presenter's view draw it.

The slide is 16:9 and scales with its container: every position and size is in CSS container
units (`cqw`, a hundredth of the slide's width) of the design pixels `dashboard.slide_layout`
places things in, so it looks the same in a 1280 × 720 window, on a 3840 × 2160 projector and
in a small preview. Text from data and from members is escaped; only the report's emphasis
comes back (`snapshot.rich`). Figures are PNG data URIs with their takeaway as alternative text:
nothing is fetched, nothing runs.
"""

from __future__ import annotations

import base64
import html
from functools import lru_cache

from dashboard import palette
from dashboard.export.images import figure_png
from dashboard.export.snapshot import rich
from dashboard.i18n import Language
from dashboard.slide_layout import (
    STRIPE,
    WIDTH,
    FigureBox,
    Layout,
    Rect,
    TableBox,
    TextBox,
    layout_slide,
)
from dashboard.slides import Figure, Slide, figures, plain
from dashboard.typeset import LINE_HEIGHT

SCREEN_PNG_SCALE = 3.0  # charts drawn at three times their CSS size: sharp on a 4K projector

# The slide's own style, not data: one stylesheet for every slide on the page.
SLIDE_STYLE = f"""
.slide {{ position: relative; width: 100%; aspect-ratio: 16 / 9; container-type: inline-size;
  background: {palette.BACKGROUND}; color: {palette.TEXT}; overflow: hidden;
  font-family: "Source Sans", "Source Sans Pro", "Source Sans 3", sans-serif; }}
.slide .stripe {{ position: absolute; left: 0; top: 0; width: 100%;
  height: {STRIPE / WIDTH * 100:.3f}cqw; background: {palette.ACCENT}; }}
.slide .box {{ position: absolute; margin: 0; padding: 0; }}
.slide .box p, .slide .box h1, .slide .box h2 {{ margin: 0; padding: 0; white-space: pre-line;
  line-height: {LINE_HEIGHT}; overflow-wrap: anywhere; letter-spacing: normal; }}
.slide .box.right {{ text-align: right; }}
.slide .box.hidden {{ visibility: hidden; }}
.slide img {{ position: absolute; object-fit: contain; }}
.slide table {{ position: absolute; border-collapse: collapse; table-layout: fixed;
  line-height: {LINE_HEIGHT}; }}
.slide th, .slide td {{ border-bottom: 1px solid {palette.RULE}; text-align: left;
  vertical-align: top; word-break: keep-all; overflow-wrap: normal; hyphens: manual; }}
.slide th {{ font-weight: 600; border-bottom: 2px solid {palette.TEXT}; }}
"""


def cqw(design_pixels: float) -> str:
    """Design pixels of a 1920-pixel-wide slide as container units: 96 → '5cqw'."""
    return f"{design_pixels / WIDTH * 100:.3f}cqw"


def _place(rect: Rect) -> str:
    return (
        f"left:{cqw(rect.left)};top:{cqw(rect.top)};"
        f"width:{cqw(rect.width)};height:{cqw(rect.height)}"
    )


def _text_box(box: TextBox, heading_tag: str, hidden: bool) -> str:
    classes = " ".join(("box", box.role, box.align) + (("hidden",) if hidden else ()))
    paragraphs = []
    for paragraph in box.paragraphs:
        tag = heading_tag if box.role == "title" else "p"
        weight = 600 if paragraph.weight == "semibold" else 400
        style = (
            f"font-size:{cqw(paragraph.size)};font-weight:{weight};color:{paragraph.colour};"
            f"margin-bottom:{cqw(paragraph.space_after)}"
        )
        paragraphs.append(f'<{tag} style="{style}">{rich(paragraph.text)}</{tag}>')
    aria = ' aria-hidden="true"' if hidden else ""
    return f'<div class="{classes}" style="{_place(box.rect)}"{aria}>{"".join(paragraphs)}</div>'


@lru_cache(maxsize=16)
def _png_uri(figure: Figure) -> str:
    encoded = base64.b64encode(figure_png(figure, SCREEN_PNG_SCALE)).decode("ascii")
    return f"data:image/png;base64,{encoded}"


def draw_figures(slides: list[Slide]) -> None:
    """Draw every figure of `slides` for the screen now; each is kept for when its slide is
    shown, so a step to a cake or cloud costs no more than a step to a card."""
    for figure in figures(slides):
        _png_uri(figure)


def _figure_box(box: FigureBox) -> str:
    alt = html.escape(plain(box.figure.description))
    return f'<img src="{_png_uri(box.figure)}" alt="{alt}" style="{_place(box.rect)}">'


def _table_box(box: TableBox) -> str:
    padding = f"padding:{cqw(8)} {cqw(8)}"
    columns = "".join(f'<col style="width:{cqw(width)}">' for width in box.widths)
    head = "".join(
        f'<th scope="col" style="{padding}">{html.escape(cell)}</th>' for cell in box.table.header
    )
    body = "".join(
        "<tr>"
        + "".join(f'<td style="{padding}">{html.escape(cell)}</td>' for cell in row)
        + "</tr>"
        for row in box.table.rows
    )
    style = f"{_place(box.rect)};font-size:{cqw(box.size)};height:auto"
    return (
        f'<table style="{style}"><colgroup>{columns}</colgroup>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def layout_html(layout: Layout, *, answer_shown: bool = True, heading_tag: str = "h1") -> str:
    """The boxes of a laid-out slide as HTML; a card's answer box kept in place but hidden until
    `answer_shown`, so revealing it moves nothing."""
    parts = ['<div class="stripe"></div>']
    for box in layout.all():
        if isinstance(box, TextBox):
            parts.append(_text_box(box, heading_tag, box.role == "answer" and not answer_shown))
        elif isinstance(box, FigureBox):
            parts.append(_figure_box(box))
        else:
            parts.append(_table_box(box))
    return "".join(parts)


def slide_html(
    slide: Slide,
    lang: Language,
    *,
    answer_shown: bool = True,
    heading_tag: str = "h1",
    label: str = "",
) -> str:
    """`slide` as one 16:9 block of HTML (style it with `SLIDE_STYLE`); `label` names it for
    screen readers, `heading_tag` is its title's element (a preview's is not the page's h1)."""
    inner = layout_html(
        layout_slide(slide, lang), answer_shown=answer_shown, heading_tag=heading_tag
    )
    name = f' role="region" aria-label="{html.escape(label)}"' if label else ""
    return f'<div class="slide {slide.kind}"{name}>{inner}</div>'
