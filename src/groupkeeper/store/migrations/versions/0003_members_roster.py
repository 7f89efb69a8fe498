"""Members, service roles, availability, the roster and elected positions.

Existing groups get the default service roles; their series need no roles until the group
says so, so nothing changes on an upgraded file until someone fills a roster.

Revision ID: 0003_members_roster
Revises: 0002_series_updated_at
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_members_roster"
down_revision = "0002_series_updated_at"
branch_labels = None
depends_on = None

KIND = sa.Enum(
    "FACILITATOR", "CO_FACILITATOR", "OTHER", name="rolekind", native_enum=False, length=20
)
# Written out here, not imported: a migration must keep doing what it did when it shipped.
DEFAULT_ROLES = (
    ("Facilitator", "FACILITATOR"),
    ("Co-facilitator", "CO_FACILITATOR"),
    ("Reader", "OTHER"),
    ("Greeter", "OTHER"),
    ("Timekeeper", "OTHER"),
    ("Set-up and coffee", "OTHER"),
    ("Literature", "OTHER"),
)


def upgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.add_column(
            sa.Column(
                "pair_new_facilitators", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("group_info") as batch:
        batch.alter_column("pair_new_facilitators", server_default=None)
    role = op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", KIND, nullable=False),
        sa.Column("experienced_only", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("name", name=op.f("uq_role_name")),
    )
    op.bulk_insert(
        role,
        [
            {"name": n, "kind": k, "experienced_only": False, "position": i}
            for i, (n, k) in enumerate(DEFAULT_ROLES)
        ],
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_initial", sa.String(10), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("pronouns", sa.String(50), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone_list_ok", sa.Boolean(), nullable=False),
        sa.Column("experienced", sa.Boolean(), nullable=False),
        sa.Column("qualifications", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("never_weekdays", sa.Integer(), nullable=False),
        sa.Column("monthly_limit", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    op.create_table(
        "member_role",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("monthly_limit", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_member_role_member_id_member")),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], ondelete="CASCADE",
                                name=op.f("fk_member_role_role_id_role")),
        sa.PrimaryKeyConstraint("member_id", "role_id", name=op.f("pk_member_role")),
    )  # fmt: skip
    op.create_table(
        "blackout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name=op.f("ck_blackout_ordered")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_blackout_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blackout")),
    )  # fmt: skip
    op.create_index(op.f("ix_blackout_member_id"), "blackout", ["member_id"])
    op.create_table(
        "member_avoid",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("member_id < other_id", name=op.f("ck_member_avoid_pair_once")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_member_avoid_member_id_member")),
        sa.ForeignKeyConstraint(["other_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_member_avoid_other_id_member")),
        sa.PrimaryKeyConstraint("member_id", "other_id", name=op.f("pk_member_avoid")),
    )  # fmt: skip
    op.create_table(
        "series_role",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["series_id"], ["meeting_series.id"], ondelete="CASCADE",
                                name=op.f("fk_series_role_series_id_meeting_series")),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], ondelete="CASCADE",
                                name=op.f("fk_series_role_role_id_role")),
        sa.PrimaryKeyConstraint("series_id", "role_id", name=op.f("pk_series_role")),
    )  # fmt: skip
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["series_id"], ["meeting_series.id"], ondelete="CASCADE",
                                name=op.f("fk_assignment_series_id_meeting_series")),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], ondelete="CASCADE",
                                name=op.f("fk_assignment_role_id_role")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_assignment_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint("series_id", "meeting_date", "role_id", "slot",
                            name=op.f("uq_assignment_series_id")),
    )  # fmt: skip
    op.create_index(op.f("ix_assignment_member_id"), "assignment", ["member_id"])
    op.create_table(
        "position_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("started", sa.Date(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("ended", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE",
                                name=op.f("fk_position_term_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position_term")),
    )  # fmt: skip


def downgrade() -> None:
    for table in (
        "position_term", "assignment", "series_role", "member_avoid", "blackout",
        "member_role", "member", "role",
    ):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("group_info") as batch:
        batch.drop_column("pair_new_facilitators")
