"""The app's pages, registered in one place for the navigation and the overview's guide."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.texts import Language, text


@dataclass(frozen=True)
class PageSpec:
    script: str  # relative to app.py
    title_key: str
    url_path: str  # ASCII, stable: links people share depend on it
    icon: str
    guide_key: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/overview.py", "nav.overview", "oversigt", ":material/home:", "guide.overview"),
)


def page_title(spec: PageSpec, lang: Language) -> str:
    return text(spec.title_key, lang)
