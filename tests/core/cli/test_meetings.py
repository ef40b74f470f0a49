"""`meeting` and `db` on SQLite and PostgreSQL: a meeting made from a filter, listed, shown with
its notes, exported; backups written and restored only into an empty database; one-line errors."""

from __future__ import annotations

import io
import json

from pptx import Presentation

from dashboard.store import get_meeting, open_store


def made(run, database_url: str, *arguments: str) -> dict:
    code, out, err = run(
        "meeting", "new", "--title", "Krydspres", "--database", database_url, "--json", *arguments
    )
    assert (code, err) == (0, "")
    return json.loads(out)


def test_new_from_a_filter_and_cards_prints_its_id_link_and_cards(run, database_url):
    meeting = made(
        run,
        database_url,
        "--theme",
        "krydspres",
        "--group",
        "Topledere",
        "--card",
        "inst-borgerblik-2",
        "--date",
        "2026-12-03",
        "--author",
        "Anna",
    )
    assert meeting["url"] == f"/praesentation?moede={meeting['id']}"
    assert meeting["cards"] == 4 and meeting["date"] == "2026-12-03"
    stored = get_meeting(open_store(database_url), meeting["id"])
    assert stored.card_ids == (
        "top-krydspres-1",
        "top-krydspres-2",
        "top-krydspres-3",
        "inst-borgerblik-2",
    )
    assert stored.created_by == "Anna"


def test_list_show_and_note(run, database_url):
    meeting = made(run, database_url, "--card", "top-krydspres-2", "--card", "top-krydspres-1")
    code, out, err = run(
        "meeting", "note", meeting["id"], "top-krydspres-1", "Husk **KL**", "--author", "Bo",
        "--database", database_url,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Gemte noten på kortet top-krydspres-1 i mødet »Krydspres«.\n"
    code, out, _ = run("meeting", "list", "--database", database_url)
    assert meeting["id"] in out and "Krydspres" in out and " Bo" in out
    code, out, _ = run("meeting", "show", meeting["id"], "--json", "--database", database_url)
    shown = json.loads(out)
    assert shown["title"] == "Krydspres"
    assert [card["id"] for card in shown["cards"]] == ["top-krydspres-2", "top-krydspres-1"]
    assert shown["cards"][1]["notes"][0]["text"] == "Husk **KL**"
    assert shown["cards"][1]["notes"][0]["author"] == "Bo"
    assert shown["cards"][1]["question"].startswith("Hvordan tænker du")
    code, out, _ = run("meeting", "show", meeting["id"], "--database", database_url, "--lang", "en")
    assert "Link: /praesentation?moede=" in out
    assert "For discussion – Bo, " in out and ": Husk **KL**" in out


def test_export_carries_title_order_and_notes(run, database_url, tmp_path):
    meeting = made(run, database_url, "--card", "top-krydspres-2", "--card", "top-krydspres-1")
    run("meeting", "note", meeting["id"], "top-krydspres-1", "Spørg", "--database", database_url)
    out_file = tmp_path / "møde.pptx"
    code, out, _ = run("meeting", "export", meeting["id"], "--out", str(out_file),
                         "--database", database_url)  # fmt: skip
    assert (code, out) == (0, f"Skrev {out_file} (2 kort).\n")
    deck = Presentation(io.BytesIO(out_file.read_bytes()))
    assert deck.core_properties.title == "Krydspres"
    cards = [s for s in deck.slides if s.shapes.title.text == "Krydspres · Topledere"]
    texts = ["".join(s.text_frame.text for s in card.shapes if s.has_text_frame) for card in cards]
    assert ["Hvilke kompetencer" in texts[0], "Hvordan tænker du" in texts[1]] == [True, True]
    assert "Spørg" in cards[1].notes_slide.notes_text_frame.text


def test_one_line_errors(run, database_url):
    code, _, err = run("meeting", "show", "ingen", "--database", database_url)
    assert (code, err) == (1, "fejl: Mødet findes ikke (længere). Måske er det slettet.\n")
    code, _, err = run(
        "meeting", "new", "--title", "x", "--card", "nej", "--database", database_url
    )
    assert (code, err) == (2, "fejl: stafetten har intet kort med id »nej«\n")
    code, _, err = run("meeting", "new", "--title", " ", "--database", database_url)
    assert (code, err) == (1, "fejl: Giv mødet en titel.\n")
    meeting = made(run, database_url, "--card", "top-krydspres-1")
    code, _, err = run("meeting", "note", meeting["id"], "top-krydspres-2", "x",
                       "--database", database_url, "--lang", "en")  # fmt: skip
    assert (code, err) == (1, "error: The card “top-krydspres-2” is not in the meeting.\n")


def test_an_unreachable_database_is_one_line(run):
    code, out, err = run("meeting", "list", "--database", "postgresql+psycopg://x@127.0.0.1:9/y")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("fejl: Databasen kan ikke åbnes lige nu")


def test_db_upgrade_backup_and_restore_into_an_empty_database_only(run, new_database_url, tmp_path):
    source, target = new_database_url(), new_database_url()
    code, out, _ = run("db", "upgrade", "--database", source)
    assert code == 0 and out.startswith("Databasen er opdateret fra skema - til 0001.")
    assert run("db", "upgrade", "--database", source)[1].startswith("Databasen er allerede")
    meeting = made(run, source, "--card", "top-krydspres-1")
    backup = tmp_path / "backup.json"
    code, out, _ = run("db", "backup", "--out", str(backup), "--database", source)
    assert (code, out) == (0, f"Skrev {backup} (1 møder).\n")
    assert json.loads(backup.read_text())["schema_version"] == "0001"
    code, out, _ = run("db", "restore", str(backup), "--database", target)
    assert (code, out) == (0, f"Gendannede {backup} (1 møder).\n")
    assert get_meeting(open_store(target), meeting["id"]).card_ids == ("top-krydspres-1",)
    code, _, err = run("db", "restore", str(backup), "--database", target)
    assert code == 1 and err.startswith("fejl: Databasen rummer allerede data.")


def test_the_audit_trail_says_who_changed_what_and_when(run, database_url):
    meeting = made(run, database_url, "--card", "top-krydspres-1", "--author", "Anna")
    run("meeting", "note", meeting["id"], "top-krydspres-1", "Til drøftelse", "--author", "Bo",
        "--database", database_url)  # fmt: skip
    code, out, err = run("db", "audit", "--database", database_url)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Tidspunkt", "Hvem", "Handling", "Hvad"]
    assert "Anna" in lines[2] and "create_meeting" in lines[2] and meeting["id"] in lines[2]
    assert "Bo" in lines[3] and "add_note" in lines[3]
    code, out, _ = run("db", "audit", "--json", "--database", database_url)
    entries = json.loads(out)
    assert [(e["who"], e["action"]) for e in entries] == [
        ("Anna", "create_meeting"),
        ("Bo", "add_note"),
    ]
    assert entries[0]["meeting_id"] == meeting["id"]
    code, out, _ = run("db", "audit", "--since", "2999-01-01", "--database", database_url)
    assert (code, out) == (0, "Ingen ændringer.\n")
    code, _, err = run("db", "audit", "--since", "i går", "--database", database_url)
    assert code == 2 and err == "fejl: --since skal være en dato som 2026-12-03, ikke »i går«\n"


def test_forgetting_a_person_anonymises_their_notes_and_is_recorded(run, database_url):
    meeting = made(run, database_url, "--card", "top-krydspres-1", "--author", "Anna")
    run("meeting", "note", meeting["id"], "top-krydspres-1", "Bos note", "--author", "Bo",
        "--database", database_url)  # fmt: skip
    code, out, err = run("db", "forget", "--author", "Bo", "--by", "sekretariatet",
                         "--database", database_url)  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Glemt. Anonymiseret – noter: 1, mærker: 0.")
    code, out, _ = run("meeting", "show", meeting["id"], "--json", "--database", database_url)
    notes = [note for card in json.loads(out)["cards"] for note in card["notes"]]
    assert [note["text"] for note in notes] == ["Bos note"]
    assert all(note["author"] != "Bo" for note in notes)
    code, out, _ = run("db", "audit", "--json", "--database", database_url)
    entries = json.loads(out)
    assert "Bo" not in json.dumps(entries, ensure_ascii=False)
    assert entries[-1]["who"] == "sekretariatet" and entries[-1]["action"] == "forget_author"
