"""Tags (mærker): members' own labels on a relay's cards, e.g. "anbefaling 3", to filter by.
A label is on a card or not: whoever adds it first is its author."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from dashboard.store.audit import record
from dashboard.store.database import Store, insert_new, transaction, utc_now
from dashboard.store.limits import (
    MAX_TAG_CHARS,
    MAX_TAGS_PER_CARD,
    check_room,
    checked_author,
    checked_card_id,
    checked_relay_id,
    checked_text,
)
from dashboard.store.models import TagRow


def add_tag(store: Store, *, relay_id: str, card_id: str, label: str, author: str) -> bool:
    """Put the label on the card, exactly as typed; False if it was there already."""
    relay_id, card_id = checked_relay_id(relay_id), checked_card_id(card_id)
    author = checked_author(author)
    label = checked_text(
        label, max_chars=MAX_TAG_CHARS, blank="store.tag_blank", too_long="store.tag_too_long"
    )
    with transaction(store, writes=True) as session:
        on_card = session.scalar(
            select(func.count())
            .select_from(TagRow)
            .where(TagRow.relay_id == relay_id, TagRow.card_id == card_id, TagRow.label != label)
        )
        check_room(on_card or 0, 1, max_count=MAX_TAGS_PER_CARD, too_many="store.too_many_tags")
        values = {"relay_id": relay_id, "card_id": card_id, "label": label}
        added = insert_new(session, TagRow, {**values, "author": author, "created_at": utc_now()})
        if added:
            record(
                session,
                actor=author,
                action="add_tag",
                object_kind="tag",
                object_id=card_id,
                details=values,
            )
        return added


def remove_tag(store: Store, *, relay_id: str, card_id: str, label: str, author: str) -> bool:
    """Take the label off the card, whoever put it there; False if it was not there."""
    author = checked_author(author)
    with transaction(store, writes=True) as session:
        removed = session.execute(
            delete(TagRow).where(
                TagRow.relay_id == relay_id, TagRow.card_id == card_id, TagRow.label == label
            )
        ).rowcount
        if removed:
            record(
                session,
                actor=author,
                action="remove_tag",
                object_kind="tag",
                object_id=card_id,
                details={"relay_id": relay_id, "card_id": card_id, "label": label},
            )
        return bool(removed)


def tag_labels(store: Store, relay_id: str) -> dict[str, int]:
    """Every label used on the relay's cards and on how many cards, alphabetically."""
    query = (
        select(TagRow.label, func.count()).where(TagRow.relay_id == relay_id).group_by(TagRow.label)
    )
    with transaction(store, writes=False) as session:
        counts = {label: count for label, count in session.execute(query)}
    return {label: counts[label] for label in sorted(counts, key=_alphabetical)}


def tags_by_card(store: Store, relay_id: str) -> dict[str, tuple[str, ...]]:
    """Each tagged card of the relay and its labels, alphabetically."""
    query = select(TagRow.card_id, TagRow.label).where(TagRow.relay_id == relay_id)
    labels: dict[str, list[str]] = {}
    with transaction(store, writes=False) as session:
        for card_id, label in session.execute(query):
            labels.setdefault(card_id, []).append(label)
    return {card: tuple(sorted(found, key=_alphabetical)) for card, found in labels.items()}


def _alphabetical(label: str) -> tuple[str, str]:
    return label.casefold(), label


def cards_with_tag(store: Store, relay_id: str, label: str) -> frozenset[str]:
    query = select(TagRow.card_id).where(TagRow.relay_id == relay_id, TagRow.label == label)
    with transaction(store, writes=False) as session:
        return frozenset(session.scalars(query))
