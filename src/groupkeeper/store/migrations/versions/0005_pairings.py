"""Sponsor and mentor pairings: profiles, the group's focus areas, requests and pairings,
check-ins and "do not pair again" marks; plus the group's pairing conventions.

An upgraded file gets the starting focus areas and no conventions (nobody is excluded by a
rule the group has not chosen); nothing else changes until someone records a request.

Revision ID: 0005_pairings
Revises: 0004_library
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_pairings"
down_revision = "0004_library"
branch_labels = None
depends_on = None

STATUS = sa.Enum("REQUESTED", "ACTIVE", "ENDED", name="status", native_enum=False, length=20)
SAME_GENDER = sa.Enum("OFF", "PREFER", "REQUIRE", name="samegender", native_enum=False, length=20)
# Written out here, not imported: a migration must keep doing what it did when it shipped.
DEFAULT_FOCUS = (
    "Newcomers",
    "Step work",
    "Family and caregivers",
    "Young people",
    "Grief and loss",
)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], ondelete="CASCADE", name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    columns = (
        ("same_gender", SAME_GENDER, "OFF"),
        ("min_months", sa.Integer(), "0"),
        ("shared_language", sa.Boolean(), sa.false()),
        ("checkin_days", sa.Integer(), "14"),
    )
    with op.batch_alter_table("group_info") as batch:
        for name, kind, default in columns:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
    with op.batch_alter_table("group_info") as batch:
        for name, _kind, _default in columns:
            batch.alter_column(name, server_default=None)
    op.create_table(
        "pairing_profile",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("willing", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("gender", sa.String(50), nullable=False),
        sa.Column("availability", sa.Text(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_pairing_profile_capacity_not_negative")),
        _fk("pairing_profile", "member_id", "member"),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_pairing_profile")),
    )
    focus = op.create_table(
        "focus_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(80, collation="NOCASE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_area")),
        sa.UniqueConstraint("name", name=op.f("uq_focus_area_name")),
    )
    op.bulk_insert(focus, [{"name": n, "position": i} for i, n in enumerate(DEFAULT_FOCUS)])
    op.create_table(
        "profile_focus",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("focus_id", sa.Integer(), nullable=False),
        _fk("profile_focus", "member_id", "member"),
        _fk("profile_focus", "focus_id", "focus_area"),
        sa.PrimaryKeyConstraint("member_id", "focus_id", name=op.f("pk_profile_focus")),
    )
    op.create_table(
        "pairing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("status", STATUS, nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(60), nullable=False),
        sa.Column("wants_gender", sa.String(50), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("started", sa.Date(), nullable=True),
        sa.Column("checkin_days", sa.Integer(), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("ended", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "mentor_id IS NULL OR mentor_id != seeker_id", name=op.f("ck_pairing_two_people")
        ),
        sa.CheckConstraint("checkin_days > 0", name=op.f("ck_pairing_checkin_days_positive")),
        _fk("pairing", "seeker_id", "member"),
        _fk("pairing", "mentor_id", "member"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing")),
    )
    op.create_index(op.f("ix_pairing_seeker_id"), "pairing", ["seeker_id"])
    op.create_index(op.f("ix_pairing_mentor_id"), "pairing", ["mentor_id"])
    op.create_table(
        "request_focus",
        sa.Column("pairing_id", sa.Integer(), nullable=False),
        sa.Column("focus_id", sa.Integer(), nullable=False),
        _fk("request_focus", "pairing_id", "pairing"),
        _fk("request_focus", "focus_id", "focus_area"),
        sa.PrimaryKeyConstraint("pairing_id", "focus_id", name=op.f("pk_request_focus")),
    )
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pairing_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("checkin", "pairing_id", "pairing"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
    )
    op.create_index(op.f("ix_checkin_pairing_id"), "checkin", ["pairing_id"])
    op.create_table(
        "pairing_block",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("member_id < other_id", name=op.f("ck_pairing_block_pair_once")),
        _fk("pairing_block", "member_id", "member"),
        _fk("pairing_block", "other_id", "member"),
        sa.PrimaryKeyConstraint("member_id", "other_id", name=op.f("pk_pairing_block")),
    )
