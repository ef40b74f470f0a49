"""Backups: everything to one portable JSON file and back into an empty database."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from dashboard.store import (
    BackupRefused,
    add_tag,
    get_meeting,
    list_audit,
    list_meetings,
    load_saved_relay,
    move_card,
    note_counts,
    notes_on_card,
    open_store,
    restore_backup,
    save_relay,
    saved_relays,
    set_general_slide,
    tags_by_card,
    write_backup,
)
from dashboard.store.database import revisions
from tests.core.store_data import RELAY, new_meeting, new_note

RELAY_BYTES = bytes(range(256)) * 10  # every byte value, as an XLSX upload may hold


def populate(store):
    meeting = new_meeting(store, title="Møde <b>*1*</b>")
    move_card(store, meeting.id, "k3", -2, author="Bo", expected_version=1)
    set_general_slide(store, meeting.id, "cakes", False, author="Bo")
    new_note(store, "k3", "Drøft\nдва", author="Bo", meeting_id=meeting.id)
    new_note(store, "k1", "Om kortet", author="Cem")
    add_tag(store, relay_id=RELAY, card_id="k1", label="anbefaling 3", author="Cem")
    save_relay(
        store,
        fingerprint=RELAY,
        file_name="stafet.xlsx",
        table_bytes=RELAY_BYTES,
        metadata_bytes=b'title = "T"',
        author="Dan",
    )
    return meeting


def everything(store):
    """What members see of a store, to compare two."""
    return {
        "meetings": [get_meeting(store, m.id) for m in list_meetings(store)],
        "notes": [notes_on_card(store, RELAY, card) for card in ("k1", "k2", "k3")],
        "counts": note_counts(store, RELAY),
        "tags": tags_by_card(store, RELAY),
        "relays": saved_relays(store),
        "relay files": [load_saved_relay(store, r.fingerprint) for r in saved_relays(store)],
        "audit": [replace(e, id=0) for e in list_audit(store)],
    }


def test_a_backup_restores_everything_into_an_empty_database(store, new_database_url, tmp_path):
    populate(store)
    backup = tmp_path / "backup.json"
    written = write_backup(store, backup)
    assert written["meetings"] == 1 and written["notes"] == 2 and written["audit"] == 7
    target = open_store(new_database_url())
    try:
        assert restore_backup(target, backup, author="Drift") == written
        restored = everything(target)
        restore_entry = restored["audit"].pop()
        assert (restore_entry.action, restore_entry.actor) == ("restore_backup", "Drift")
        assert restored == everything(store)
    finally:
        target.close()


def test_the_backup_is_json_naming_its_schema_with_bytes_in_base64(store, tmp_path):
    populate(store)
    backup = tmp_path / "backup.json"
    write_backup(store, backup)
    document = json.loads(backup.read_text(encoding="utf-8"))
    assert document["format"] == "ledelsesstafet-dashboard-backup"
    assert document["schema_version"] == revisions()[-1]
    [relay] = document["tables"]["saved_relays"]
    assert relay["file_name"] == "stafet.xlsx"
    assert isinstance(relay["table_bytes"], str)
    assert "Møde <b>*1*</b>" in [m["title"] for m in document["tables"]["meetings"]]
    assert not list(tmp_path.glob("*.part"))


def test_a_backup_moves_between_sqlite_and_postgresql(tmp_path, postgres_server):
    """Portable: what one kind of database wrote, the other reads."""
    sqlite = open_store(f"sqlite:///{tmp_path / 'source.sqlite'}")
    populate(sqlite)
    write_backup(sqlite, tmp_path / "backup.json")
    name = "test_portable_backup"
    with postgres_server.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    postgres = open_store(postgres_server.url.set(database=name).render_as_string(False))
    try:
        restore_backup(postgres, tmp_path / "backup.json", author="Drift")
        write_backup(postgres, tmp_path / "back.json")
        again = open_store(f"sqlite:///{tmp_path / 'again.sqlite'}")
        restore_backup(again, tmp_path / "back.json", author="Drift")
        restored = everything(again)
        assert [e.action for e in restored["audit"][-2:]] == ["restore_backup"] * 2
        del restored["audit"][-2:]
        assert restored == everything(sqlite)
        again.close()
    finally:
        postgres.close()
        sqlite.close()
        with postgres_server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_a_restore_never_merges_into_a_database_with_data(store, new_database_url, tmp_path):
    populate(store)
    write_backup(store, tmp_path / "backup.json")
    target = open_store(new_database_url())
    try:
        mine = new_meeting(target, title="Mit", author="Eva")
        before = everything(target)
        with pytest.raises(BackupRefused) as refused:
            restore_backup(target, tmp_path / "backup.json", author="Drift")
        assert refused.value.text_id == "store.restore_not_empty"
        assert everything(target) == before
        assert [m.id for m in list_meetings(target)] == [mine.id]
    finally:
        target.close()


def test_a_backup_from_a_newer_schema_is_refused(store, tmp_path):
    backup = tmp_path / "backup.json"
    write_backup(store, backup)
    document = json.loads(backup.read_text(encoding="utf-8"))
    document["schema_version"] = "9999"
    backup.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BackupRefused) as refused:
        restore_backup(store, backup, author="Drift")
    assert (refused.value.text_id, refused.value.fields) == (
        "store.backup_newer",
        {"schema_version": "9999", "known": revisions()[-1]},
    )


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: "not json",
        lambda text: text.replace("ledelsesstafet-dashboard-backup", "something else"),
        lambda text: text.replace('"tables": {', '"tables": {"no_such_table": [{"a": 1}], '),
        lambda text: text.replace('"file_name": "stafet.xlsx"', '"file_name": "x", "extra": 1'),
        lambda text: text.replace('"metadata_bytes": "', '"metadata_bytes": "!!'),
        lambda text: text.replace('"meeting_date": "2026-03-05"', '"meeting_date": "5/3/2026"'),
    ],
    ids=["not json", "other format", "unknown table", "unknown column", "bad base64", "bad date"],
)
def test_an_unreadable_backup_is_refused_and_leaves_the_database_empty(
    store, new_database_url, tmp_path, spoil
):
    populate(store)
    backup = tmp_path / "backup.json"
    write_backup(store, backup)
    backup.write_text(spoil(backup.read_text(encoding="utf-8")), encoding="utf-8")
    target = open_store(new_database_url())
    try:
        with pytest.raises(BackupRefused) as refused:
            restore_backup(target, backup, author="Drift")
        assert refused.value.text_id == "store.backup_unreadable"
        assert list_meetings(target) == () and list_audit(target) == ()
    finally:
        target.close()


def test_a_missing_backup_file_is_refused(store, tmp_path):
    with pytest.raises(BackupRefused) as refused:
        restore_backup(store, tmp_path / "missing.json", author="Drift")
    assert refused.value.text_id == "store.backup_unreadable"
