"""Progress reports: exporters call `progress(fraction, message)` as their work advances."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from dashboard.i18n import Language, text

if TYPE_CHECKING:
    from dashboard.slides import Slide

Progress = Callable[[float, str], None]


def _ignore(_fraction: float, _message: str) -> None:
    """No one is listening."""


def reporter(progress: Progress | None) -> Progress:
    """`progress`, or a callback that does nothing."""
    return progress or _ignore


def each_slide(
    slides: Sequence[Slide], progress: Progress | None, lang: Language
) -> Iterator[tuple[int, Slide]]:
    """(number, slide) of each slide, reporting progress before each one and when all are done."""
    report = reporter(progress)
    total = len(slides)
    for number, slide in enumerate(slides, start=1):
        report(
            (number - 1) / total,
            text("export.progress.slide", lang, n=number, total=total, heading=slide.heading),
        )
        yield number, slide
    report(1.0, text("export.progress.done", lang))
