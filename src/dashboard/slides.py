"""The slide model shared by presentation mode and every export (plain Python, no Streamlit).

`build_slides` turns a relay and the cards to present into slides in meeting order: a title
slide, one theme cake per group, one slide with each group's word cloud, one slide per card and
one per reflection of the report. A meeting's `Agenda` gives the title slide its title and date,
the card slides their notes, and says which general slides the deck has. A slide holds text
(with the report's `**bold**` still marked), and its figures as Altair charts or cloud
frequency tables: nothing is drawn here (`dashboard.export.images` draws each figure). The
cakes, clouds and reflections do not depend on the cards, so `shared_slides` computes them once
for any number of decks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import altair as alt
import pandas as pd

from dashboard.cards import kind_label
from dashboard.crossreading import WORD_EVIDENCE_HEADERS, theme_evidence, word_evidence
from dashboard.i18n import Language, text
from dashboard.markup import emphasis_pieces
from dashboard.numbers import decimal_number, percent, whole
from dashboard.relay import Relay
from dashboard.slug import slug
from dashboard.text import (
    TextIndex,
    category_leanings,
    cloud_table,
    frequencies,
    leaning_colours,
    legend,
    with_colours,
)
from dashboard.text.cloud import DEFAULT_HEIGHT, DEFAULT_WIDTH, Legend
from dashboard.text.index import Kind
from dashboard.themes import (
    not_in_source_text,
    report_count_key,
    theme_colours,
    theme_coverage,
    theme_donut_chart,
    theme_shares,
    totals_shares,
)

SlideKind = Literal["title", "themes", "clouds", "card", "reflection"]
SLIDE_KINDS: tuple[SlideKind, ...] = ("title", "themes", "clouds", "card", "reflection")
CLOUD_KIND: Kind = "questions"  # as the Ord page shows by default
CLOUD_TOP = 25
TABLE_TERMS_LISTED = 10


class Verbatim(str):
    """Text as a member typed it (a meeting's title, a note): shown exactly so everywhere, never
    read for the report's emphasis."""

    __slots__ = ()


# The general slides a meeting can switch on or off (as `dashboard.store.GENERAL_SLIDES`).
GENERAL: frozenset[str] = frozenset(("title", "cakes", "clouds", "reflections"))


@dataclass(frozen=True)
class Agenda:
    """What a meeting adds to its deck: its title and date, which general slides it shows
    ("title", "cakes", "clouds", "reflections"), and each card's notes as lines."""

    title: Verbatim
    date_text: str
    general: frozenset[str] = GENERAL
    notes: tuple[tuple[str, tuple[Verbatim, ...]], ...] = ()  # (card id, its note lines)

    def notes_on(self, card_id: str) -> tuple[Verbatim, ...]:
        return dict(self.notes).get(card_id, ())


@dataclass(frozen=True)
class Run:
    """A piece of text and whether the report emphasised it."""

    text: str
    bold: bool = False
    italic: bool = False


def runs(source_text: str) -> list[Run]:
    """`source_text` split at the report's `**bold**` and `*italic*` marks, the marks removed;
    `Verbatim` text as one plain run."""
    if isinstance(source_text, Verbatim):
        return [Run(str(source_text))] if source_text else []
    return [
        Run(source_text[start:end], bold=marker == "**", italic=marker == "*")
        for marker, start, end in emphasis_pieces(source_text)
        if end > start
    ]


def plain(source_text: str) -> str:
    """`source_text` without the emphasis marks, e.g. for speaker notes."""
    return "".join(run.text for run in runs(source_text))


@dataclass(frozen=True, eq=False)
class ChartFigure:
    """An Altair chart on a slide; `description` is its takeaway (the alternative text)."""

    name: str  # a file name stem, e.g. "tema-topledere"
    chart: alt.TopLevelMixin
    description: str


@dataclass(frozen=True, eq=False)
class CloudFigure:
    """A word cloud on a slide: the rows it is drawn from, its label, alt text and caption."""

    name: str
    label: str
    frequencies: pd.DataFrame  # term, count, per_1000, colour: the rows drawn, most frequent first
    description: str
    caption: str
    legend: Legend = ()  # what the colours mean, drawn under the words
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT


Figure = ChartFigure | CloudFigure


@dataclass(frozen=True)
class Table:
    """A small table of text cells, e.g. the word evidence beside a reflection."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, eq=False)
class Slide:
    """One slide. Text fields may hold the report's `**bold**`; draw them with `runs`.

    `lines` are the slide's paragraphs, `evidence` numbers under the heading `evidence_heading`,
    `note` where those numbers come from, `source` the slide's source (small print and notes).
    A card slide has `question`, `answer`, `group` (its label), `theme`, `card_id` and, in a
    meeting's deck, the card's `notes` (`Verbatim` lines with author and time).
    """

    kind: SlideKind
    heading: str
    source: str
    subheading: str = ""
    lines: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    evidence_heading: str = ""
    evidence: tuple[str, ...] = ()
    table: Table | None = None
    note: str = ""
    question: str = ""
    answer: str = ""
    group: str = ""
    theme: str = ""
    card_id: str = ""
    notes: tuple[Verbatim, ...] = ()

    @property
    def small_print(self) -> str:
        """Group, theme and source in one line (for a card), or the source alone."""
        return " · ".join(part for part in (self.group, self.theme, self.source) if part)


def _sources(relay: Relay, lang: Language) -> dict[str, str]:
    """The one source line of each kind of slide: the title's (what is stated, what is
    counted), the figures' (computed from the data) and the reflections' (quoted, counted)."""
    meta = relay.metadata
    if relay.metadata.origin == "report":
        where = text(
            "slides.where.report",
            lang,
            title=meta.title,
            publisher=meta.publisher,
            years=meta.years,
        )
        not_in_source = " " + text("slides.report_not_in_source", lang)
    else:
        where = text("slides.where.file", lang, file=relay.file_name or meta.title)
        not_in_source = ""
    stated = meta.by_origin(
        report="slides.stated.report", file="slides.stated.file", none="slides.stated.none"
    )
    return {
        "where": where,
        "relay": text("slides.source", lang, where=where) + " " + text(stated, lang),
        "computed": text("slides.source_computed", lang, where=where) + not_in_source,
    }


def title_slide(
    relay: Relay, cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None
) -> Slide:
    """The relay's title, publisher and years, and the numbers its source states; a meeting's
    deck has the meeting's title and date on top, the relay's title under them."""
    meta = relay.metadata
    labels = relay.group_labels(lang)
    evidence = [
        text(
            "slides.participants",
            lang,
            group=labels.get(g.name, g.name),
            n=whole(g.participants, lang),
        )
        for g in meta.groups
        if g.participants is not None
    ]
    if meta.total_contributions is not None:
        evidence.append(text("slides.contributions", lang, n=whole(meta.total_contributions, lang)))
    pairs = meta.by_origin(report="slides.pairs.report", file="slides.pairs.file")
    evidence.append(text(pairs, lang, n=whole(len(relay.pairs), lang)))
    evidence.append(text("slides.cards_in_deck", lang, n=whole(len(cards), lang)))
    relay_title = meta.title or relay.file_name
    published = " · ".join(filter(None, (meta.publisher, meta.years)))
    if agenda is not None:
        return Slide(
            kind="title",
            heading=agenda.title,
            subheading=agenda.date_text,
            lines=tuple(line for line in (relay_title, meta.subtitle, published) if line),
            evidence=tuple(evidence),
            source=_sources(relay, lang)["relay"],
        )
    return Slide(
        kind="title",
        heading=relay_title,
        subheading=meta.subtitle,
        lines=tuple(line for line in [published] if line),
        evidence=tuple(evidence),
        source=_sources(relay, lang)["relay"],
    )


def _donut(shares: pd.DataFrame, colours, label: str, name: str, lang, whole_relay=False):
    chart = theme_donut_chart(shares, colours, label, lang, whole_relay=whole_relay)
    return ChartFigure(name, chart, chart.description)


def theme_slides(relay: Relay, lang: Language) -> list[Slide]:
    """One cake per group, computed from the selected questions, beside what the source says.

    A group whose metadata states its theme totals gets that cake too, saying so.
    """
    shares = theme_shares(relay.pairs, lang)
    colours = theme_colours(relay)
    labels = relay.group_labels(lang)
    source = _sources(relay, lang)["computed"]
    slides = []
    for group in relay.groups:
        label = labels[group]
        computed = _donut(
            shares[shares["group"] == group], colours, label, f"tema-{slug(group)}", lang
        )
        shown = [computed]
        described = relay.metadata.group(group)
        if described is not None and described.theme_totals:
            shown.append(
                _donut(
                    totals_shares(group, described.theme_totals, lang),
                    colours,
                    text("themes.totals_title", lang, group=label),
                    f"tema-hele-{slug(group)}",
                    lang,
                    whole_relay=True,
                )
            )
        coverage = theme_coverage(relay, group)
        lines = [figure.description for figure in shown]
        lines.append(text(report_count_key(relay, coverage), lang, n=coverage.themes_in_report))
        unnamed = not_in_source_text(coverage, lang)
        if unnamed:
            lines.append(unnamed)
        slides.append(
            Slide(
                kind="themes",
                heading=text("slides.themes_heading", lang, group=label),
                subheading=text("themes.share_of_selected", lang),
                lines=tuple(lines),
                figures=tuple(shown),
                source=source,
            )
        )
    return slides


def clouds_slide(
    relay: Relay,
    index: TextIndex,
    lang: Language,
    kind: Kind = CLOUD_KIND,
    top: int = CLOUD_TOP,
) -> Slide:
    """Each group's word cloud of its `top` terms, side by side, saying they are computed."""
    labels = relay.group_labels(lang)
    colours = leaning_colours(category_leanings(index, "group", kind), relay.groups)
    entries = legend(
        {group: text("words.leans_to", lang, name=labels[group]) for group in relay.groups},
        relay.groups,
        text("words.legend.neutral", lang),
    )
    figures = []
    for group in relay.groups:
        terms = frequencies(index, group, None, kind)
        rows = with_colours(cloud_table(terms, top), colours)
        if rows.empty:
            continue
        total = int(index.term_table({"n": index.selection(group, None, kind)}).totals["n"])
        listed = ", ".join(rows["term"].head(TABLE_TERMS_LISTED))
        figures.append(
            CloudFigure(
                name=f"ordsky-{slug(group)}",
                label=labels[group],
                frequencies=rows,
                description=text("words.cloud_alt", lang, selection=labels[group], terms=listed),
                caption=text("words.computed", lang, n_words=total),
                legend=entries,
            )
        )
    return Slide(
        kind="clouds",
        heading=text("words.title", lang),
        subheading=text("slides.words_from", lang, kind=kind_label(kind, lang)),
        lines=(
            text(
                relay.metadata.by_origin(report="words.intro.report", file="words.intro.other"),
                lang,
            ),
        ),
        figures=tuple(figures),
        source=_sources(relay, lang)["computed"],
    )


def card_slides(
    relay: Relay, cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None
) -> list[Slide]:
    """One slide per card in `cards`' order: question, answer, group, theme and source, and
    the meeting's notes on it."""
    labels = relay.group_labels(lang)
    total = len(cards)
    return [
        Slide(
            kind="card",
            heading=text("slides.card_heading", lang, n=number, total=total),
            question=card.question,
            answer=card.answer,
            group=labels.get(card.group, card.group),
            theme=card.theme,
            card_id=card.id,
            source=text("cards.source", lang, source=card.source),
            notes=agenda.notes_on(card.id) if agenda is not None else (),
        )
        for number, card in enumerate(cards.itertuples(index=False), start=1)
    ]


def _word_table(relay: Relay, index: TextIndex, words: tuple[str, ...], lang: Language) -> Table:
    evidence = word_evidence(relay, index, words)
    labels = relay.group_labels(lang)
    return Table(
        header=tuple(text(WORD_EVIDENCE_HEADERS[c], lang) for c in evidence.columns),
        rows=tuple(
            (
                labels.get(row.group, row.group),
                row.word,
                str(row.questions_with),
                str(row.count),
                decimal_number(row.per_1000, lang),
            )
            for row in evidence.itertuples(index=False)
        ),
    )


def reflection_slides(relay: Relay, index: TextIndex, lang: Language) -> list[Slide]:
    """Each of the report's reflections beside its evidence in the selected questions."""
    labels = relay.group_labels(lang)
    where = _sources(relay, lang)["where"]
    slides = []
    for reflection in relay.metadata.reflections:
        heading, prompt = reflection.heading_in(lang), reflection.text_in(lang)
        evidence = ()
        if reflection.theme:
            evidence = tuple(
                f"{labels.get(row.group, row.group)}: {percent(row.percent / 100, lang)} – "
                + text("cross.theme_share", lang, count=row.count, n=row.n, theme=reflection.theme)
                for row in theme_evidence(relay, reflection.theme).itertuples(index=False)
            )
        table = _word_table(relay, index, reflection.words, lang) if reflection.words else None
        quoted = reflection.provenance_in(lang)
        caveat = relay.metadata.by_origin(
            report="cross.evidence_caveat.report", file="cross.evidence_caveat.other"
        )
        source = text(
            "slides.source_reflection",
            lang,
            where=where,
            heading=reflection.heading,
            quoted=quoted,
            caveat=text(caveat, lang),
        )
        slides.append(
            Slide(
                kind="reflection",
                heading=heading,
                subheading=text("cross.reflection", lang),
                lines=(prompt,),
                evidence_heading=text("cross.evidence", lang),
                evidence=evidence,
                table=table,
                source=source,
            )
        )
    return slides


@dataclass(frozen=True, eq=False)
class SharedSlides:
    """The slides every deck of a relay has, whatever its cards: built once, used by many."""

    themes: tuple[Slide, ...]
    clouds: Slide
    reflections: tuple[Slide, ...]


def shared_slides(
    relay: Relay,
    lang: Language = "da",
    *,
    index: TextIndex | None = None,
    cloud_kind: Kind = CLOUD_KIND,
    cloud_top: int = CLOUD_TOP,
) -> SharedSlides:
    """The theme cakes, the word clouds and the reflections, computed from the whole relay.

    Pass the relay's `index` if one is at hand; otherwise it is built here, once.
    """
    index = index if index is not None else TextIndex.build(relay.pairs)
    return SharedSlides(
        themes=tuple(theme_slides(relay, lang)),
        clouds=clouds_slide(relay, index, lang, cloud_kind, cloud_top),
        reflections=tuple(reflection_slides(relay, index, lang)),
    )


def build_slides(
    relay: Relay,
    cards: pd.DataFrame,
    lang: Language = "da",
    *,
    shared: SharedSlides | None = None,
    agenda: Agenda | None = None,
) -> list[Slide]:
    """Title, theme cakes, word clouds, one slide per card in `cards`, then the reflections;
    for a meeting (`agenda`), its title and notes, and only the general slides it has on.

    Cakes and clouds are computed from all the relay's selected questions (not only `cards`);
    pass `shared` (from `shared_slides` in the same language) to reuse them between decks.
    """
    general = agenda.general if agenda is not None else GENERAL
    if general & {"cakes", "clouds", "reflections"}:
        shared = shared if shared is not None else shared_slides(relay, lang)
    slides = [title_slide(relay, cards, lang, agenda)] if "title" in general else []
    if "cakes" in general:
        slides += shared.themes
    if "clouds" in general:
        slides.append(shared.clouds)
    slides += card_slides(relay, cards, lang, agenda)
    if "reflections" in general:
        slides += shared.reflections
    return slides


def document_title(slides: list[Slide], title: str | None = None) -> str:
    """A file's title: `title` (a meeting's), else the first slide's heading, as plain text."""
    if title is not None:
        return plain(title)
    return plain(slides[0].heading) if slides else ""


def figures(slides: list[Slide]) -> list[Figure]:
    """Every figure of `slides`, in order."""
    return [figure for slide in slides for figure in slide.figures]
