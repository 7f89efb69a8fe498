"""Record when each meeting series last changed (Meeting Guide's ``updated`` field needs it).

Existing series take their creation time as their last change.

Revision ID: 0002_series_updated_at
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_series_updated_at"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_series") as batch:
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE meeting_series SET updated_at = created_at")
    with op.batch_alter_table("meeting_series") as batch:
        batch.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting_series") as batch:
        batch.drop_column("updated_at")
