"""The slide model shared by presentation mode and every export (plain Python, no Streamlit).

`build_slides` turns a relay and the cards to present into slides in meeting order: a title
slide, one theme cake per group, one slide with each group's word cloud, one slide per card and
one per reflection of the report. A meeting's `Agenda` gives the title slide its title and date,
the card slides their notes, and says which general slides the deck has. A slide holds text
(with the report's `**bold**` still marked), and its figures as Altair charts or cloud
frequency tables: nothing is drawn here (`dashboard.export.images` draws each figure). The
cakes, clouds and reflections do not depend on the cards, so `shared_slides` computes them once
for any number of decks. A card too long for one slide at a readable size continues on the
next (`dashboard.slide_layout.card_parts`); `deck_steps` lists the steps a presenter goes
through: a card's question first, then its answer.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

import altair as alt
import pandas as pd

from dashboard.cards import kind_label
from dashboard.crossreading import WORD_EVIDENCE_HEADERS, theme_evidence, word_evidence
from dashboard.i18n import Language, text
from dashboard.numbers import decimal_number, percent, whole
from dashboard.relay import Relay
from dashboard.slide_layout import card_parts
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
    donut_summary,
    not_in_source_text,
    report_count_key,
    theme_colours,
    theme_coverage,
    theme_donut_chart,
    theme_shares,
    totals_shares,
)
from dashboard.typeset import Run, Verbatim, plain, runs

SlideKind = Literal["title", "themes", "clouds", "card", "reflection"]
SLIDE_KINDS: tuple[SlideKind, ...] = ("title", "themes", "clouds", "card", "reflection")
CLOUD_KIND: Kind = "questions"  # as the Ord page shows by default
CLOUD_TOP = 25
TABLE_TERMS_LISTED = 10
# A cloud on a slide is drawn at three quarters of the size it is shown at, so that its smallest
# words (18 px) show at 24 px or more on a 1920 × 1080 screen: about 816 × 490 shown, side by side.
SLIDE_CLOUD_WIDTH, SLIDE_CLOUD_HEIGHT = 600, 360
__all__ = [
    "Agenda", "ChartFigure", "CloudFigure", "Figure", "Run", "SharedSlides", "Slide", "Step",
    "Table", "Verbatim", "build_slides", "deck_steps", "document_title", "figures", "plain",
    "runs", "shared_slides",
]  # fmt: skip


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


@dataclass(frozen=True, eq=False)
class ChartFigure:
    """An Altair chart on a slide; `description` is its takeaway (the alternative text)."""

    name: str  # a file name stem, e.g. "tema-topledere"
    chart: alt.TopLevelMixin
    description: str
    label: str = ""  # shown above the chart where a slide has more than one


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
    `source` the slide's one source line (also in the speaker notes): where its words and
    numbers come from. A card slide has `question`, `answer`, `group` (its label), `theme`,
    `card_id`, `counter` ("kort 1 af 3") and, in a meeting's deck, the card's `notes`
    (`Verbatim` lines with author and time). A long card's later slides are `continued`; its
    answer starts on the slide marked `answer_starts`; all but its last slide `continues`.
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
    question: str = ""
    answer: str = ""
    group: str = ""
    theme: str = ""
    card_id: str = ""
    notes: tuple[Verbatim, ...] = ()
    counter: str = ""
    continued: bool = False  # a card's later slide
    continues: bool = False  # the card goes on on the next slide
    answer_starts: bool = True

    @property
    def reveals_answer(self) -> bool:
        """Whether the slide shows its question first and its answer at the next step."""
        return self.kind == "card" and bool(self.question and self.answer) and self.answer_starts


@dataclass(frozen=True)
class Step:
    """Where a presenter is: a slide (counted from 0) and whether its answer shows."""

    slide: int
    answer_shown: bool


def deck_steps(slides: list[Slide]) -> tuple[Step, ...]:
    """Every step through the deck in order: a card's question, then its answer; every other
    slide whole. Stepping back from a question goes to the previous slide as it ended."""
    return tuple(
        Step(number, shown)
        for number, slide in enumerate(slides)
        for shown in ((False, True) if slide.reveals_answer else (True,))
    )


def _sources(relay: Relay, lang: Language) -> dict[str, str]:
    """Where the slides' words and numbers come from (`where`, which the title's and the
    reflections' one source line name), and the figures' source line (computed from the
    data)."""
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
    return {
        "where": where,
        "computed": text("slides.source_computed", lang, where=where) + not_in_source,
    }


def _in_sentence(label: str) -> str:
    """A group's label inside a sentence: 'Topledere' → 'topledere'; 'IT' stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _listed(items: list[str], lang: Language) -> str:
    """'a', 'a og b', 'a, b og c' (English: 'and')."""
    if len(items) < 2:
        return "".join(items)
    return text("slides.list", lang, items=", ".join(items[:-1]), last=items[-1])


def deck_summary(relay: Relay, cards: pd.DataFrame, lang: Language) -> str:
    """What a deck holds, in words: '3 kort om krydspres fra topledere'. Up to three themes and
    groups are named, more are counted."""
    if cards.empty:
        return text("slides.summary.no_cards", lang)
    themes = list(dict.fromkeys(cards["theme"]))
    labels = relay.group_labels(lang)
    groups = [_in_sentence(labels.get(g, g)) for g in dict.fromkeys(cards["group"])]
    about = (
        _listed(themes, lang)
        if len(themes) <= 3
        else text("slides.summary.themes", lang, n=len(themes))
    )
    by = (
        _listed(groups, lang)
        if len(groups) <= 3
        else text("slides.summary.groups", lang, n=len(groups))
    )
    one = len(cards) == 1
    return text(
        "slides.summary_one" if one else "slides.summary",
        lang,
        n=whole(len(cards), lang),
        themes=about,
        groups=by,
    )


def title_slide(
    relay: Relay, cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None
) -> Slide:
    """The deck's title (a meeting's, else the relay's), its date (or the relay's subtitle),
    what the deck holds, and the relay it comes from."""
    meta = relay.metadata
    relay_title = meta.title or relay.file_name
    published = " · ".join(filter(None, (meta.publisher, meta.years)))
    summary = deck_summary(relay, cards, lang)
    source = text("slides.source_title", lang, where=_sources(relay, lang)["where"])
    if agenda is not None:
        relay_line = " · ".join(filter(None, (relay_title, published)))
        return Slide(
            kind="title",
            heading=agenda.title,
            subheading=agenda.date_text,
            lines=(summary, relay_line),
            source=source,
        )
    return Slide(
        kind="title",
        heading=relay_title,
        subheading=meta.subtitle,
        lines=tuple(line for line in (summary, published) if line),
        source=source,
    )


SLIDE_DONUT_SIZE = (480, 360)  # design px of a cake on a slide


def _donut(shares: pd.DataFrame, colours, label: str, name: str, lang, whole_relay=False):
    """A group's cake without the chart's own title: the slide's title says what it shows (and
    `label` which cake it is, where a slide has two)."""
    chart = theme_donut_chart(shares, colours, label, lang, whole_relay=whole_relay)
    caption = text("themes.totals_subtitle" if whole_relay else "themes.share_of_selected", lang)
    # Drawn small and wide, then scaled up to the slide's figure box: its labels come out at
    # room size (24 px and more at 1920 × 1080), the legend in rows under the ring.
    untitled = chart.properties(
        title=alt.TitleParams(""), width=SLIDE_DONUT_SIZE[0], height=SLIDE_DONUT_SIZE[1]
    )
    return ChartFigure(name, untitled, chart.description, caption)


def theme_slides(relay: Relay, lang: Language) -> list[Slide]:
    """One cake per group, computed from the selected questions, beside what the source says.

    A group whose metadata states its theme totals gets that cake too, saying so.
    """
    shares = theme_shares(relay.pairs, lang)
    colours = theme_colours(relay)
    labels = relay.group_labels(lang)
    computed_source = _sources(relay, lang)["computed"]
    stated = relay.metadata.by_origin(
        report="slides.themes_stated.report", file="slides.themes_stated.file"
    )
    slides = []
    for group in relay.groups:
        label = labels[group]
        computed = _donut(
            shares[shares["group"] == group], colours, label, f"tema-{slug(group)}", lang
        )
        shown = [computed]
        # What the cakes show, without the group's name: the slide's title says it.
        lines = [donut_summary(shares[shares["group"] == group], lang)]
        described = relay.metadata.group(group)
        if not (described is not None and described.theme_totals):
            shown = [dataclasses.replace(computed, label="")]  # alone: the slide says it all
        else:
            totals = totals_shares(group, described.theme_totals, lang)
            shown.append(
                _donut(
                    totals,
                    colours,
                    text("themes.totals_title", lang, group=label),
                    f"tema-hele-{slug(group)}",
                    lang,
                    whole_relay=True,
                )
            )
            lines.append(donut_summary(totals, lang, whole_relay=True))
        coverage = theme_coverage(relay, group)
        lines.append(text(report_count_key(relay, coverage), lang, n=coverage.themes_in_report))
        # One source line: the shares are computed, the number of themes is stated.
        source = computed_source
        if coverage.themes_in_report is not None:
            source += " " + text(stated, lang)
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
    meanings = {group: text("words.leans_to", lang, name=labels[group]) for group in relay.groups}
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
                # Only the colours this cloud uses.
                legend=legend(
                    meanings, relay.groups, text("words.legend.neutral", lang), set(rows["colour"])
                ),
                width=SLIDE_CLOUD_WIDTH,
                height=SLIDE_CLOUD_HEIGHT,
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


def _theme_title(theme: str) -> str:
    return theme[:1].upper() + theme[1:]


def card_slides(
    relay: Relay, cards: pd.DataFrame, lang: Language, agenda: Agenda | None = None
) -> list[Slide]:
    """One slide per card in `cards`' order (more for a card too long for one), titled by its
    theme and group and counted ("kort 1 af 3"): question, answer and source, and the
    meeting's notes on it."""
    labels = relay.group_labels(lang)
    total = len(cards)
    slides = []
    for number, card in enumerate(cards.itertuples(index=False), start=1):
        answer = card.answer if card.answer.strip() else text("cards.no_answer", lang)
        parts = card_parts(card.question, answer)
        for part_number, part in enumerate(parts):
            counter = "slides.card_counter_continued" if part_number else "slides.card_counter"
            slides.append(
                Slide(
                    kind="card",
                    heading=text(
                        "slides.card_heading",
                        lang,
                        theme=_theme_title(card.theme),
                        group=labels.get(card.group, card.group),
                    ),
                    counter=text(counter, lang, n=number, total=total),
                    question=part.question,
                    answer=part.answer,
                    answer_starts=part.answer_starts,
                    continued=part_number > 0,
                    continues=part_number < len(parts) - 1,
                    group=labels.get(card.group, card.group),
                    theme=card.theme,
                    card_id=card.id,
                    source=text("cards.source", lang, source=card.source),
                    notes=agenda.notes_on(card.id) if agenda is not None else (),
                )
            )
    return slides


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
    general: frozenset[str] | None = None,
) -> list[Slide]:
    """Title, theme cakes, word clouds, one slide per card in `cards`, then the reflections;
    for a meeting (`agenda`), its title and notes, and only the general slides it has on
    (`general` chooses them for a deck without a meeting; all by default).

    Cakes and clouds are computed from all the relay's selected questions (not only `cards`);
    pass `shared` (from `shared_slides` in the same language) to reuse them between decks.
    """
    if general is None:
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
