"""The report parser: section order, pairing, markers and continuation sections."""

from __future__ import annotations

import pytest

from dashboard.report_source import ReportFormatError, parse_report
from dashboard.slug import slug

REPORT = """
## Topledere – krydspres

Spørgsmål et?

Spørgsmål to?

Svar et.

Svar to.

# Institutions- og driftsledere borgerblik

Q?

A.

## Institutions- og driftsledere borgerblik II

? Q2

! A2

# Tværlæsning

Ikke et spørgsmål.
"""


def test_pairs_nth_question_with_nth_answer():
    pairs = parse_report(REPORT)
    assert [(p.id, p.question, p.answer) for p in pairs] == [
        ("top-krydspres-1", "Spørgsmål et?", "Svar et."),
        ("top-krydspres-2", "Spørgsmål to?", "Svar to."),
        ("inst-borgerblik-1", "Q?", "A."),
        ("inst-borgerblik-2", "Q2", "A2"),
    ]


def test_continuation_section_keeps_theme_and_names_its_source():
    last = parse_report(REPORT)[-1]
    assert last.theme == "borgerblik"
    assert last.source == "Institutions- og driftsledere – borgerblik II"


def test_uneven_section_is_refused():
    with pytest.raises(ReportFormatError, match="lige mange"):
        parse_report("## Topledere – krydspres\n\nQ?\n\nA.\n\nQ2?\n")


def test_markers_that_do_not_fit_are_refused():
    with pytest.raises(ReportFormatError, match="\\?/!"):
        parse_report("## Topledere – krydspres\n\n! Q\n\n? A\n")


def test_text_without_sections_is_refused():
    with pytest.raises(ReportFormatError):
        parse_report("# Baggrund\n\nIntet her.\n")


def test_ids_are_made_of_ascii_slugs():
    assert slug("ledelse på tværs") == "ledelse-paa-tvaers"
    assert slug("Ældre og børn") == "aeldre-og-boern"
    assert slug("Café Ærø (2018)") == "cafe-aeroe-2018"
    assert slug("???") == ""
