"""The app's pages, registered in one place for the navigation and the overview's guide."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.i18n import Language, text


@dataclass(frozen=True)
class PageSpec:
    url_path: str  # ASCII and stable: links people share depend on it
    title_key: str
    icon: str
    guide_key: str

    @property
    def script(self) -> str:
        """The page's file, relative to app.py.

        A page's file is named after its URL: on a server's first load Streamlit resolves the
        URL against the files in pages/ before app.py has declared its navigation, and shows
        "Page not found" for a URL that names no file.
        """
        return f"pages/{self.url_path}.py"


OVERVIEW = PageSpec("oversigt", "nav.overview", ":material/home:", "guide.overview")
THEMES = PageSpec("temaer", "nav.themes", ":material/donut_large:", "guide.themes")
CARDS = PageSpec("kort", "nav.cards", ":material/forum:", "guide.cards")
WORDS = PageSpec("ord", "nav.words", ":material/cloud:", "guide.words")
CROSS_READING = PageSpec(
    "tvaerlaesning", "nav.crossreading", ":material/compare:", "guide.crossreading"
)

MEETINGS = PageSpec("moeder", "nav.meetings", ":material/event:", "guide.meetings")
PRESENTATION = PageSpec(
    "praesentation", "nav.presentation", ":material/slideshow:", "guide.presentation"
)
DATA = PageSpec("data", "nav.data", ":material/upload_file:", "guide.data")

PAGES: tuple[PageSpec, ...] = (
    OVERVIEW,
    THEMES,
    CARDS,
    WORDS,
    CROSS_READING,
    MEETINGS,
    PRESENTATION,
    DATA,
)


def page_title(spec: PageSpec, lang: Language) -> str:
    return text(spec.title_key, lang)
