"""Slides as one self-contained HTML page that opens offline.

Nothing is fetched from outside: the CSS is inline, the charts are inline SVG, the word clouds
are PNG data URIs, and there is no script. Every piece of text from the data is escaped with
`html.escape`; only the report's `**bold**` (and `*italic*`) come back, as `<strong>`/`<em>`.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence

from dashboard import palette
from dashboard.export.images import figure_png, figure_svg
from dashboard.export.progress import Progress, each_slide
from dashboard.i18n import Language, text
from dashboard.slide_layout import card_labels
from dashboard.slides import ChartFigure, Figure, Slide, Table, document_title, plain, runs

STYLE = f"""
:root {{ color: {palette.TEXT}; background: {palette.BACKGROUND}; }}
body {{ font-family: "Source Sans Pro", "DejaVu Sans", system-ui, sans-serif; margin: 0;
  line-height: 1.5; }}
main {{ max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }}
nav ol {{ columns: 2; font-size: 0.9rem; }}
section {{ border-top: 1px solid {palette.RULE}; padding: 1.5rem 0; break-inside: avoid; }}
h1 {{ font-size: 2.2rem; margin: 0.5rem 0 0; }}
h2 {{ font-size: 1.5rem; margin: 0 0 0.5rem; }}
.sub, .small, figcaption {{ color: {palette.MUTED}; }}
.small {{ font-size: 0.8rem; }}
.label {{ color: {palette.ACCENT}; font-weight: 700; margin: 0.8rem 0 0.2rem; }}
.figures {{ display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }}
figure {{ margin: 0; flex: 1 1 24rem; }}
figure svg, figure img {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; margin: 0.5rem 0; }}
th, td {{ border: 1px solid {palette.RULE}; padding: 0.25rem 0.5rem; text-align: left; }}
@media print {{ nav {{ display: none; }} section {{ break-after: page; }} }}
"""


def rich(source_text: str) -> str:
    """`source_text` escaped, with the report's emphasis as `<strong>` and `<em>`."""
    parts = []
    for piece in runs(source_text):
        escaped = html.escape(piece.text)
        if piece.bold:
            escaped = f"<strong>{escaped}</strong>"
        if piece.italic:
            escaped = f"<em>{escaped}</em>"
        parts.append(escaped)
    return "".join(parts)


def _paragraphs(lines: Sequence[str], css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return "".join(f"<p{attribute}>{rich(line)}</p>" for line in lines if line)


def _figure(figure: Figure) -> str:
    """A chart as inline SVG; a cloud as a PNG data URI with its label and caption."""
    description = html.escape(plain(figure.description))
    if isinstance(figure, ChartFigure):  # its takeaway is among the slide's lines
        return f'<figure role="img" aria-label="{description}">{figure_svg(figure)}</figure>'
    encoded = base64.b64encode(figure_png(figure)).decode("ascii")
    return (
        f'<figure><p class="label">{html.escape(figure.label)}</p>'
        f'<img src="data:image/png;base64,{encoded}" alt="{description}">'
        f"<figcaption>{html.escape(figure.caption)}</figcaption></figure>"
    )


def _table(table: Table) -> str:
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in table.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _body(slide: Slide, lang: Language) -> str:
    """What a slide holds besides its heading and small print."""
    parts = [_paragraphs([slide.subheading], "sub")]
    if slide.kind == "card":
        parts.append(_paragraphs([slide.counter], "sub"))
        texts = (slide.question, slide.answer)
        for label, shown in zip(card_labels(slide, lang), texts, strict=True):
            if shown:
                parts += [f'<p class="label">{html.escape(label)}</p>', _paragraphs([shown])]
        if slide.notes:
            parts += [
                f'<p class="label">{html.escape(text("export.notes", lang))}</p>',
                "<ul>" + "".join(f"<li>{rich(note)}</li>" for note in slide.notes) + "</ul>",
            ]
    parts.append(_paragraphs(slide.lines))
    if slide.figures:
        parts.append(f'<div class="figures">{"".join(map(_figure, slide.figures))}</div>')
    if slide.evidence_heading:
        parts.append(f'<p class="label">{html.escape(slide.evidence_heading)}</p>')
    if slide.evidence:
        parts.append(
            "<ul>" + "".join(f"<li>{rich(line)}</li>" for line in slide.evidence) + "</ul>"
        )
    if slide.table is not None:
        parts.append(_table(slide.table))
    return "".join(parts)


def _entry(slide: Slide) -> str:
    """A slide's line in the contents, as plain text: its heading, and a card's number."""
    return " · ".join(plain(part) for part in (slide.heading, slide.counter) if part)


def snapshot_html(
    slides: Sequence[Slide],
    lang: Language = "da",
    progress: Progress | None = None,
    title: str | None = None,
) -> str:
    """The slides as one HTML document: a list of contents, then a section per slide; `title`
    (a meeting's) names the page, else the first slide's heading."""
    title = html.escape(document_title(slides, title))
    contents = "".join(
        f'<li><a href="#dias-{number}">{html.escape(_entry(slide))}</a></li>'
        for number, slide in enumerate(slides, start=1)
    )
    sections = []
    for number, slide in each_slide(slides, progress, lang):
        tag = "h1" if slide.kind == "title" else "h2"
        sections.append(
            f'<section id="dias-{number}" class="slide {slide.kind}">'
            f"<{tag}>{rich(slide.heading)}</{tag}>{_body(slide, lang)}"
            f'<p class="small">{rich(slide.source)}</p></section>'
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{STYLE}</style></head><body><main>"
        f'<nav aria-label="{html.escape(text("export.contents", lang))}">'
        f"<p><strong>{html.escape(text('export.contents', lang))}</strong></p>"
        f"<ol>{contents}</ol></nav>{''.join(sections)}</main></body></html>\n"
    )
