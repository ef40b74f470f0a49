"""The tables, as SQLAlchemy 2 typed declarative models. Only the store's modules use them:
what leaves the store is the frozen dataclasses of `dashboard.store.records`.

Every change here needs a migration in `migrations/versions/` (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from dashboard.store.limits import (
    MAX_AUTHOR_CHARS,
    MAX_CARD_ID_CHARS,
    MAX_FILE_NAME_CHARS,
    MAX_RELAY_ID_CHARS,
    MAX_TAG_CHARS,
    MAX_TITLE_CHARS,
)

ID_CHARS = 16  # meeting and note ids: secrets.token_urlsafe(8) gives 11


class UtcDateTime(TypeDecorator[datetime]):
    """A point in time, always given back as an aware UTC datetime.

    SQLite keeps no time zone, so UTC is stored there without one; PostgreSQL keeps timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Stable constraint names, so later migrations can name what they change (also on SQLite).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


Author = String(MAX_AUTHOR_CHARS)  # None in a row: the author was forgotten on request


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(String(ID_CHARS), primary_key=True)
    relay_id: Mapped[str] = mapped_column(String(MAX_RELAY_ID_CHARS), index=True)
    title: Mapped[str] = mapped_column(String(MAX_TITLE_CHARS))
    meeting_date: Mapped[date] = mapped_column(Date)
    # Counts every change of title, date, cards, order or general slides (not notes).
    version: Mapped[int] = mapped_column(Integer)
    current_slide: Mapped[int] = mapped_column(Integer)
    show_title: Mapped[bool] = mapped_column(Boolean)
    show_cakes: Mapped[bool] = mapped_column(Boolean)
    show_clouds: Mapped[bool] = mapped_column(Boolean)
    show_reflections: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str | None] = mapped_column(Author)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    changed_by: Mapped[str | None] = mapped_column(Author)


class MeetingCardRow(Base):
    __tablename__ = "meeting_cards"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[str] = mapped_column(String(MAX_CARD_ID_CHARS), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # 0, 1, 2 … in the meeting's order


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (Index(None, "relay_id", "card_id"),)

    id: Mapped[str] = mapped_column(String(ID_CHARS), primary_key=True)
    relay_id: Mapped[str] = mapped_column(String(MAX_RELAY_ID_CHARS))
    card_id: Mapped[str] = mapped_column(String(MAX_CARD_ID_CHARS))
    # Set for a meeting's note on one of its cards (til drøftelse); gone with the meeting.
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Author, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TagRow(Base):
    __tablename__ = "tags"
    __table_args__ = (Index(None, "relay_id", "label"),)

    relay_id: Mapped[str] = mapped_column(String(MAX_RELAY_ID_CHARS), primary_key=True)
    card_id: Mapped[str] = mapped_column(String(MAX_CARD_ID_CHARS), primary_key=True)
    label: Mapped[str] = mapped_column(String(MAX_TAG_CHARS), primary_key=True)
    author: Mapped[str | None] = mapped_column(Author, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SavedRelayRow(Base):
    __tablename__ = "saved_relays"

    fingerprint: Mapped[str] = mapped_column(String(MAX_RELAY_ID_CHARS), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(MAX_FILE_NAME_CHARS))
    table_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    metadata_bytes: Mapped[bytes | None] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)  # table and metadata bytes together
    saved_by: Mapped[str | None] = mapped_column(Author, index=True)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str | None] = mapped_column(Author, index=True)
    action: Mapped[str] = mapped_column(String(40))
    object_kind: Mapped[str] = mapped_column(String(20))
    object_id: Mapped[str | None] = mapped_column(String(MAX_CARD_ID_CHARS))
    # No foreign key: a meeting's history outlives the meeting.
    meeting_id: Mapped[str | None] = mapped_column(String(ID_CHARS), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
