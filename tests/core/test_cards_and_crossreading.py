"""Filtering cards, explaining empty results, and the evidence beside the reflections."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dashboard.cards import (
    CardBadges,
    CardFilter,
    card_markdown,
    empty_result_advice,
    filter_cards,
)
from dashboard.crossreading import (
    difference,
    reflection_findings,
    selection_pairs,
    side_by_side,
    side_labels,
    theme_evidence,
    word_evidence,
)
from dashboard.markup import inert_markdown
from dashboard.relay import read_relay_files
from dashboard.text import TextIndex, TextSelection, compare, compare_selections


@pytest.fixture(scope="module")
def relay():
    return read_relay_files().require()


def test_no_filter_shows_every_card(relay):
    selection = filter_cards(relay.pairs, CardFilter(), "da")
    assert (len(selection.cards), selection.total, selection.query_error) == (39, 39, None)


def test_group_and_theme_filter(relay):
    selection = filter_cards(relay.pairs, CardFilter(("Topledere",), ("krydspres",)), "da")
    assert list(selection.cards["id"]) == [f"top-krydspres-{i}" for i in (1, 2, 3)]


def test_search_returns_spans_into_the_stored_text(relay):
    selection = filter_cards(relay.pairs, CardFilter(query="organisationer"), "da")
    assert len(selection.cards) == 16
    card = selection.cards.iloc[0]
    start, end = selection.spans[card["id"]]["answer"][0]
    assert card["answer"][start:end].lower().startswith("organisation")


def test_only_ids_limits_to_those_cards(relay):
    picked = ("inst-borgerblik-2", "top-krydspres-1")
    selection = filter_cards(relay.pairs, CardFilter(only_ids=picked), "da")
    assert set(selection.cards["id"]) == set(picked)


def test_query_without_words_is_reported_not_applied(relay):
    selection = filter_cards(relay.pairs, CardFilter(query="?!"), "en")
    assert len(selection.cards) == 39
    assert selection.query_error.startswith("The search holds no words")


def test_empty_advice_names_each_narrowing():
    advice = empty_result_advice(
        CardFilter(groups=("Topledere",), query="xyz", kind="answers", only_ids=()), "da"
    )
    assert advice.startswith("Ingen kort passer til filtrene.")
    for part in ("»xyz«", "»Begge«", "fjern nogle af valgene", "Kun kort i mødet"):
        assert part in advice


def test_highlights_keep_bold_and_escape_the_rest():
    text = "Hvad er **det bedste produkt** i din organisation?"
    start = text.index("produkt")
    rendered = inert_markdown(
        text, [(start, start + 7), (text.index("organisation"), len(text) - 1)]
    )
    assert rendered == (
        "Hvad er **det bedste :orange-background[produkt]** i din "
        ":orange-background[organisation\\?]"  # the question mark inside: no gap before it
    )


def test_card_markdown_is_one_block_of_inert_text_with_highlights(relay):
    selection = filter_cards(relay.pairs, CardFilter(query="organisation"), "da")
    card = next(selection.cards.itertuples(index=False))
    spans = selection.spans[card.id]
    block = card_markdown(card, "Topledere", spans, "all", "da")
    pieces = block.split("\n\n")
    assert pieces[0] == ":blue-badge[Topledere] :gray-badge[krydspres]"
    assert pieces[1] == "**Spørgsmål**" and pieces[3] == "**Svar**"
    assert pieces[4] == inert_markdown(card.answer, spans["answer"])
    assert ":orange-background[organisation" in pieces[4]
    assert len(pieces) == 5  # the source is the tags' group and theme: not repeated


def test_card_markdown_marks_a_starred_card_its_notes_and_tags():
    card = SimpleNamespace(group="G", theme="t", question="?", answer="!", source="G – t")
    badges = CardBadges(starred=True, notes=2, tags=("anbefaling 3", "[x](y)"))
    first_line = card_markdown(card, "G", {}, "all", "da", badges).split("\n\n")[0]
    assert first_line == (
        ":orange-badge[:material/star: I mødet] :blue-badge[G] :gray-badge[t] "
        ":violet-badge[:material/sticky_note_2: 2 noter] "
        ":green-badge[:material/sell: anbefaling 3] :green-badge[:material/sell: \\[x\\]\\(y\\)]"
    )


def test_card_markdown_disarms_markup_from_data_and_says_when_an_answer_is_missing():
    card = SimpleNamespace(
        group="g",
        theme="[tema](https://x.dk)",
        question="# Overskrift\n\n<script>alert(1)</script> :red[rød]",
        answer="  ",
        source="kilde",
    )
    block = card_markdown(card, "**Gruppe**", {}, "all", "en")
    assert ":gray-badge[\\[tema\\]\\(https\\:\u2060\\/\\/x\\.dk\\)]" in block
    assert ":blue-badge[\\*\\*Gruppe\\*\\*]" in block
    assert "\\# Overskrift" in block and "\\<script\\>" in block and "\\:red\\[" in block
    assert ":gray[No answer in the source\\.]" in block
    assert card_markdown(card, "G", {}, "questions", "da").count("**") == 2  # no answer part


def test_card_markdown_keeps_its_tags_and_source_on_one_line():
    card = SimpleNamespace(group="G", theme="to\n\nlinjer", question="?", answer="!", source="a\nb")
    pieces = card_markdown(card, "G\r\nH", {}, "all", "da").split("\n\n")
    assert pieces[0] == ":blue-badge[G H] :gray-badge[to linjer]"
    assert pieces[-1] == ":gray[:small[Kilde\\: afsnittet »a b«]]"


def test_theme_evidence_for_krydspres(relay):
    evidence = theme_evidence(relay, "krydspres")
    assert evidence[["group", "count", "n"]].values.tolist() == [
        ["Topledere", 3, 19],
        ["Institutions- og driftsledere", 4, 20],
    ]
    assert theme_evidence(relay, "ledelsesrum")["count"].tolist() == [3, 0]


def test_word_evidence_counts_forms_in_the_questions(relay):
    evidence = word_evidence(relay, TextIndex.build(relay.pairs), ("sektor", "organisation"))
    rows = {(r.group, r.word): r for r in evidence.itertuples()}
    assert rows[("Topledere", "sektor")].count == 4  # sektor ×3 and sektorer ×1
    assert rows[("Institutions- og driftsledere", "organisation")].count == 8
    assert rows[("Institutions- og driftsledere", "organisation")].questions_with == 7
    assert (
        rows[("Topledere", "organisation")].per_1000
        < rows[("Institutions- og driftsledere", "organisation")].per_1000
    )


def test_selection_pairs_and_side_labels_name_what_tells_the_sides_apart(relay):
    top = TextSelection("Topledere", "krydspres", "questions")
    assert len(selection_pairs(relay.pairs, top)) == 3
    labels = relay.group_labels("en")
    institution = TextSelection("Institutions- og driftsledere", "krydspres", "questions")
    assert side_labels(top, institution, labels, "en") == (
        "Top leaders",
        "Institution and operations leaders",
    )
    other_theme = TextSelection("Topledere", "borgerblik", "questions")
    assert side_labels(top, other_theme, labels, "da") == ("krydspres", "borgerblik")
    assert side_labels(TextSelection(), TextSelection(kind="answers"), {}, "da") == (
        "Begge",
        "Svar",
    )
    assert side_labels(top, top, labels, "da") == ("Top leaders", "Top leaders")


def test_a_difference_is_told_in_words():
    assert difference(2.1, 12) == "clear"
    assert difference(-2.1, 12) == "clear"
    assert difference(2.1, 4) == "weak"  # too rare to be clear
    assert difference(-1.3, 10) == "weak"
    assert difference(0.4, 30) == "none"


def test_a_reflections_findings_stop_at_its_first_question():
    prompt = "Temaet ”**krydspres**” går igen. Det opleves især hos mange. Kan der gøres noget? Ja."
    assert (
        reflection_findings(prompt)
        == "Temaet ”**krydspres**” går igen. Det opleves især hos mange."
    )
    assert reflection_findings("Hvorfor? Fordi.") == "Hvorfor?"


def test_cards_are_aligned_theme_by_theme(relay):
    pairs = relay.pairs
    left = pairs[pairs["group"] == "Topledere"]
    right = pairs[(pairs["group"] != "Topledere") & (pairs["theme"] != "borgerblik")]
    aligned = side_by_side(left, right)
    assert [theme for theme, _ in aligned][:3] == ["krydspres", "borgerblik", "ledelsesrum"]
    krydspres = dict(aligned)["krydspres"]
    assert len(krydspres) == 4  # 3 top-leader cards beside 4 institution-leader cards
    assert krydspres[3][0] is None and krydspres[3][1].group != "Topledere"
    assert all(right_card is None for _, right_card in dict(aligned)["borgerblik"])
    assert side_by_side(left.head(0), right.head(0)) == []


def test_comparing_selections_equals_comparing_groups(relay):
    index = TextIndex.build(relay.pairs)
    by_group = compare(index, "Topledere", "Institutions- og driftsledere", kind="questions")
    by_selection = compare_selections(
        index,
        TextSelection("Topledere", None, "questions"),
        TextSelection("Institutions- og driftsledere", None, "questions"),
    )
    assert by_group.terms.equals(by_selection.terms)
    assert by_group.only_a == by_selection.only_a
