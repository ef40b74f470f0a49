"""The bundled relay holds every question/answer pair of the report, verbatim, and nothing else."""

from __future__ import annotations

import os

import pytest

from dashboard.relay import BUNDLED_TABLE, read_relay_files
from dashboard.report_source import parse_report
from tests.conftest import REPORT_TEXT

EXPECTED_PAIRS_PER_THEME = {
    ("Topledere", "krydspres"): 3,
    ("Topledere", "borgerblik"): 4,
    ("Topledere", "ledelsesrum"): 3,
    ("Topledere", "lederrollen"): 3,
    ("Topledere", "ledelse på tværs"): 2,
    ("Topledere", "ledelsesudvikling"): 4,
    ("Institutions- og driftsledere", "krydspres"): 4,
    ("Institutions- og driftsledere", "borgerblik"): 5,  # "borgerblik" 3 + "borgerblik II" 2
    ("Institutions- og driftsledere", "lederrollen"): 3,
    ("Institutions- og driftsledere", "ledelse på tværs"): 4,
    ("Institutions- og driftsledere", "ledelsesudvikling"): 4,
}


@pytest.fixture(scope="module")
def pairs():
    return read_relay_files().require().pairs.set_index("id")


def test_counts_per_group_and_theme(pairs):
    counts = pairs.groupby(["group", "theme"]).size().to_dict()
    assert counts == EXPECTED_PAIRS_PER_THEME
    assert len(pairs) == 39
    assert pairs["group"].value_counts().to_dict() == {
        "Institutions- og driftsledere": 20,
        "Topledere": 19,
    }


def test_every_question_has_its_answer(pairs):
    assert (pairs["question"].str.strip() != "").all()
    assert (pairs["answer"].str.strip() != "").all()


@pytest.mark.parametrize(
    ("pair_id", "question_start", "answer_start"),
    [
        (
            "top-krydspres-1",
            "Hvordan tænker du, at vi håndterer **spændingen** mellem",
            "Måske det mere er et paradoks end et dilemma?",
        ),
        (
            "top-ledelsesudvikling-3",
            "Kunne du forestille dig at **skifte sektor**, altså mellem stat, region "
            "eller kommune?",
            "Min egen erfaring er, at det er **godt for alle parter** med et jobskifte nu og da.",
        ),
        (
            "inst-borgerblik-4",
            "Hvordan sikrer du dig, som leder **fremgang i forhold** til din organisations "
            "**kerneopgave**?",
            "Da vores kerneopgave er undervisning",
        ),
        (
            # The section that marks questions with "?" and answers with "!": markers dropped.
            "inst-ledelse-paa-tvaers-2",
            "Hvordan sætter man **patienten i centrum** i et sundhedsvæsen",
            "Jeg mener, at vi er nødt til kontinuerligt at være skarpe",
        ),
    ],
)
def test_pairs_verbatim(pairs, pair_id, question_start, answer_start):
    pair = pairs.loc[pair_id]
    assert pair["question"].startswith(question_start)
    assert pair["answer"].startswith(answer_start)


def test_sources_name_the_report_section(pairs):
    assert pairs.loc["top-krydspres-1", "source"] == "Topledere – krydspres"
    assert (
        pairs.loc["inst-borgerblik-5", "source"] == "Institutions- og driftsledere – borgerblik II"
    )


def test_no_section_markers_left(pairs):
    for text in list(pairs["question"]) + list(pairs["answer"]):
        assert not text.startswith(("? ", "! "))


def test_dataset_is_exactly_what_the_report_holds():
    """Re-extracting the report gives the bundled file, row for row and character for character.

    The report's text lies beside the repository (../shared/seed/). CI always has it, so there
    a missing report fails the test; elsewhere it is skipped with the reason.
    """
    if not REPORT_TEXT.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the report text is missing in CI: {REPORT_TEXT}")
        pytest.skip(f"the report text is absent: {REPORT_TEXT} (see README, Developing)")
    extracted = parse_report(REPORT_TEXT.read_text(encoding="utf-8"))
    bundled = read_relay_files().require().pairs.to_dict("records")
    assert [vars(pair) for pair in extracted] == bundled
    assert (
        BUNDLED_TABLE.read_bytes()
        .decode("utf-8")
        .startswith("id,group,theme,question,answer,source\n")
    )
