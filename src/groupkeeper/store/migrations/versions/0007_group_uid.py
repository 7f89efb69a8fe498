"""A permanent identifier for the group: ``group_info.uid``.

Calendar files exported from the group (issue 8) name each meeting series with a UID that
must never change, or re-importing a calendar would duplicate every meeting instead of
updating it. The group's name can change, so the UID is built from this random identifier,
made once per group and kept in the file (so a hand-over copy keeps it too).

Revision ID: 0007_group_uid
Revises: 0006_meeting_formats
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007_group_uid"
down_revision = "0006_meeting_formats"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.add_column(sa.Column("uid", sa.String(36), nullable=False, server_default=""))
    with op.batch_alter_table("group_info") as batch:
        batch.alter_column("uid", server_default=None)
    conn = op.get_bind()
    for (group_id,) in conn.execute(sa.text("SELECT id FROM group_info")).all():
        conn.execute(
            sa.text("UPDATE group_info SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": group_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.drop_column("uid")
