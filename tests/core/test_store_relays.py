"""Saved relays: an uploaded relay's files kept in the database under its fingerprint."""

from __future__ import annotations

import pytest

from dashboard.relay import read_relay_bytes, read_relay_files
from dashboard.store import (
    LimitExceeded,
    NotFound,
    list_audit,
    load_saved_relay,
    save_relay,
    saved_relays,
)
from dashboard.store.limits import MAX_SAVED_RELAY_BYTES
from tests.conftest import ROOT

FIXTURE_TABLE = ROOT / "tests" / "fixtures" / "tre_grupper.csv"
FIXTURE_METADATA = ROOT / "tests" / "fixtures" / "tre_grupper.toml"


def save_fixture(store, author="Anna"):
    relay = read_relay_files(FIXTURE_TABLE, FIXTURE_METADATA).require()
    return relay, save_relay(
        store,
        fingerprint=relay.fingerprint,
        file_name=relay.file_name,
        table_bytes=FIXTURE_TABLE.read_bytes(),
        metadata_bytes=FIXTURE_METADATA.read_bytes(),
        author=author,
    )


def test_a_saved_relay_comes_back_byte_for_byte_and_reads_as_the_same_relay(store):
    relay, saved = save_fixture(store)
    assert (saved.fingerprint, saved.file_name, saved.saved_by) == (
        relay.fingerprint,
        "tre_grupper.csv",
        "Anna",
    )
    assert saved.has_metadata
    assert saved.size == FIXTURE_TABLE.stat().st_size + FIXTURE_METADATA.stat().st_size
    files = load_saved_relay(store, relay.fingerprint)
    assert files.table_bytes == FIXTURE_TABLE.read_bytes()
    assert files.metadata_bytes == FIXTURE_METADATA.read_bytes()
    again = read_relay_bytes(files.file_name, files.table_bytes, files.metadata_bytes).relay
    assert again.fingerprint == relay.fingerprint  # meetings on it find it again
    assert saved_relays(store) == (saved,)


def test_saving_the_same_relay_again_keeps_one_copy(store):
    _, first = save_fixture(store, author="Anna")
    _, again = save_fixture(store, author="Bo")
    assert again == first
    assert len(saved_relays(store)) == 1
    assert [entry.action for entry in list_audit(store)] == ["save_relay"]


def test_a_relay_without_metadata_is_saved_without_it(store):
    saved = save_relay(
        store,
        fingerprint="f" * 64,
        file_name="stafet.xlsx",
        table_bytes=b"PK\x03\x04\x00\xff binary",
        metadata_bytes=None,
        author="Anna",
    )
    assert not saved.has_metadata
    files = load_saved_relay(store, "f" * 64)
    assert (files.table_bytes, files.metadata_bytes) == (b"PK\x03\x04\x00\xff binary", None)


def test_a_relay_larger_than_the_limit_is_refused_before_writing(store):
    with pytest.raises(LimitExceeded) as refused:
        save_relay(
            store,
            fingerprint="f" * 64,
            file_name="stor.csv",
            table_bytes=b"x" * MAX_SAVED_RELAY_BYTES,
            metadata_bytes=b"y",
            author="Anna",
        )
    assert refused.value.text_id == "store.saved_relay_too_large"
    assert refused.value.fields == {"size_mb": 21.0, "max_mb": 21}
    assert saved_relays(store) == ()


def test_a_relay_never_saved_is_not_found(store):
    with pytest.raises(NotFound) as missing:
        load_saved_relay(store, "e" * 64)
    assert (missing.value.text_id, missing.value.fields) == (
        "store.saved_relay_not_found",
        {"fingerprint": "e" * 64},
    )
