"""The first schema: group, meeting series, formats and exceptions.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "group_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "TWELVE_STEP",
                "PEER_SUPPORT",
                "FAMILY",
                "OTHER",
                name="groupkind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_info")),
    )
    op.create_table(
        "custom_format",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_custom_format")),
    )
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("rrule", sa.String(200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location_name", sa.String(200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
    )
    op.create_table(
        "series_format",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_series_format_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "code", name=op.f("pk_series_format")),
    )
    op.create_table(
        "meeting_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("original_date", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("CANCELLED", "MOVED", name="exceptionkind", native_enum=False, length=12),
            nullable=False,
        ),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("new_time", sa.Time(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_meeting_exception_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_exception")),
        sa.UniqueConstraint(
            "series_id", "original_date", name=op.f("uq_meeting_exception_series_id")
        ),
    )
    with op.batch_alter_table("meeting_exception") as batch:
        batch.create_index(batch.f("ix_meeting_exception_series_id"), ["series_id"], unique=False)
        batch.create_index(
            batch.f("ix_meeting_exception_original_date"), ["original_date"], unique=False
        )
        batch.create_index(batch.f("ix_meeting_exception_new_date"), ["new_date"], unique=False)


def downgrade() -> None:
    op.drop_table("meeting_exception")
    op.drop_table("series_format")
    op.drop_table("meeting_series")
    op.drop_table("custom_format")
    op.drop_table("group_info")
