"""Text from data renders as itself: only the report's emphasis survives as Markdown."""

from __future__ import annotations

from dashboard.markup import escape_markdown, inert_markdown


def test_bold_and_italic_are_kept():
    assert inert_markdown("Hvad er **det bedste produkt** for *borgeren*") == (
        "Hvad er **det bedste produkt** for *borgeren*"
    )


def test_html_links_images_and_streamlit_syntax_are_escaped():
    rendered = inert_markdown(
        "<script>x</script> ![x](http://e.dk/a.png) [y](javascript:z) :red[a] $x$"
    )
    for raw in ("<script>", "![", "](", ":red[", "$x$"):
        assert raw not in rendered
    assert rendered.startswith("\\<script\\>")


def test_punctuation_inside_bold_is_escaped_too():
    assert inert_markdown("**[klik](http://x)**") == "**\\[klik\\]\\(http\\:\u2060\\/\\/x\\)**"


def test_escape_markdown_escapes_every_ascii_punctuation():
    assert escape_markdown("a-b.c") == "a\\-b\\.c"
    assert escape_markdown("æøå 2018") == "æøå 2018"


def test_bare_urls_www_names_and_emails_cannot_become_links():
    joiner = "\u2060"
    rendered = escape_markdown("se http://x.dk, www.x.dk og a@b.dk")
    assert f"http\\:{joiner}\\/\\/" in rendered
    assert f"www{joiner}\\." in rendered
    assert f"a{joiner}\\@b" in rendered


def test_labels_keep_ordinary_names_and_disarm_markdown():
    from dashboard.markup import escape_label

    assert escape_label("Institutions- og driftsledere") == "Institutions- og driftsledere"
    assert escape_label("ledelse på tværs") == "ledelse på tværs"
    assert escape_label("![x](y)") == "\\!\\[x\\]\\(y\\)"
    assert escape_label("- liste") == "\\- liste"
    assert escape_label("1. punkt") == "1\\. punkt"


def test_a_highlight_takes_the_punctuation_after_it_so_no_gap_opens_before_it():
    from dashboard.markup import HIGHLIGHT, inert_markdown

    text = "service til borgerne. Og **borgerne**, og borgerne"
    starts = [12, text.index("**b") + 2, text.rindex("borgerne")]
    spans = [(start, start + len("borgerne")) for start in starts]
    assert inert_markdown(text, spans) == (
        "service til "
        + HIGHLIGHT.format("borgerne\\.")
        + " Og **"
        + HIGHLIGHT.format("borgerne")
        + "**\\, og "
        + HIGHLIGHT.format("borgerne")
    )


def test_a_cut_context_starts_and_ends_with_whole_words():
    from dashboard.markup import cut_at_words

    assert cut_at_words("te produkt du i din", "biks producerer for", 19) == (
        "produkt du i din",
        "biks producerer",
    )
    assert cut_at_words("Hvad er", "du i din biks", 19) == ("Hvad er", "du i din biks")
