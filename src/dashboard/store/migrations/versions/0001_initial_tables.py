"""The first tables: meetings and their cards, notes, tags, saved relays, the audit trail.

Revision: 0001 (the first)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out rather than imported from the models: a migration stays as it was when written.
AUTHOR = sa.String(length=100)
MOMENT = sa.DateTime(timezone=True)
RELAY_ID = sa.String(length=64)
CARD_ID = sa.String(length=200)
ID = sa.String(length=16)


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", ID, nullable=False),
        sa.Column("relay_id", RELAY_ID, nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("current_slide", sa.Integer(), nullable=False),
        sa.Column("show_title", sa.Boolean(), nullable=False),
        sa.Column("show_cakes", sa.Boolean(), nullable=False),
        sa.Column("show_clouds", sa.Boolean(), nullable=False),
        sa.Column("show_reflections", sa.Boolean(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("created_by", AUTHOR, nullable=True),
        sa.Column("changed_at", MOMENT, nullable=False),
        sa.Column("changed_by", AUTHOR, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_changed_at"), "meetings", ["changed_at"])
    op.create_index(op.f("ix_meetings_relay_id"), "meetings", ["relay_id"])

    op.create_table(
        "meeting_cards",
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("card_id", CARD_ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_cards_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "card_id", name=op.f("pk_meeting_cards")),
    )

    op.create_table(
        "notes",
        sa.Column("id", ID, nullable=False),
        sa.Column("relay_id", RELAY_ID, nullable=False),
        sa.Column("card_id", CARD_ID, nullable=False),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", AUTHOR, nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_notes_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_author"), "notes", ["author"])
    op.create_index(op.f("ix_notes_meeting_id"), "notes", ["meeting_id"])
    op.create_index(op.f("ix_notes_relay_id_card_id"), "notes", ["relay_id", "card_id"])

    op.create_table(
        "tags",
        sa.Column("relay_id", RELAY_ID, nullable=False),
        sa.Column("card_id", CARD_ID, nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("author", AUTHOR, nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("relay_id", "card_id", "label", name=op.f("pk_tags")),
    )
    op.create_index(op.f("ix_tags_author"), "tags", ["author"])
    op.create_index(op.f("ix_tags_relay_id_label"), "tags", ["relay_id", "label"])

    op.create_table(
        "saved_relays",
        sa.Column("fingerprint", RELAY_ID, nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("table_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("metadata_bytes", sa.LargeBinary(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("saved_by", AUTHOR, nullable=True),
        sa.Column("saved_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_saved_relays")),
    )
    op.create_index(op.f("ix_saved_relays_saved_by"), "saved_relays", ["saved_by"])

    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", MOMENT, nullable=False),
        sa.Column("actor", AUTHOR, nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_kind", sa.String(length=20), nullable=False),
        sa.Column("object_id", CARD_ID, nullable=True),
        sa.Column("meeting_id", ID, nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_index(op.f("ix_audit_actor"), "audit", ["actor"])
    op.create_index(op.f("ix_audit_at"), "audit", ["at"])
    op.create_index(op.f("ix_audit_meeting_id"), "audit", ["meeting_id"])


def downgrade() -> None:
    # Dropping a table drops its indexes; children before the meetings they point to.
    for table in ("audit", "saved_relays", "tags", "notes", "meeting_cards", "meetings"):
        op.drop_table(table)
