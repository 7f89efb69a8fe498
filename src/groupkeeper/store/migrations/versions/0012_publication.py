"""Which published snapshot of a shared group file this is (store/publication.py).

Revision ID: 0012_publication
Revises: 0011_online_meetings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_publication"
down_revision = "0011_online_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=False),
        sa.Column("published_by", sa.String(length=100), nullable=False),
        sa.Column("computer", sa.String(length=100), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("publication")
