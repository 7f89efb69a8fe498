"""The group's public contact and its service numbers: six columns on ``group_info``.

Phone, email and website are the group's own (never a member's), printed only on the papers
named in ``contact_printed_on``: empty, so nowhere, in every file upgraded or made. The
service number (the fellowship's id for the group) and the district (the intergroup's or
area's) are kept for their change forms and never printed. All are optional: "" is unset.

Revision ID: 0008_group_contact
Revises: 0007_group_uid
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_group_contact"
down_revision = "0007_group_uid"
branch_labels = None
depends_on = None

# The lengths as this revision made them (group/contact.py's, frozen here).
COLUMNS = (
    ("contact_phone", 30),
    ("contact_email", 254),
    ("contact_website", 200),
    ("contact_printed_on", 60),
    ("service_number", 40),
    ("district", 80),
)


def upgrade() -> None:
    # A server default fills the rows already there; the model sets every value itself, so
    # the default goes again, as in 0007.
    with op.batch_alter_table("group_info") as batch:
        for name, length in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
    with op.batch_alter_table("group_info") as batch:
        for name, _length in COLUMNS:
            batch.alter_column(name, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        for name, _length in reversed(COLUMNS):
            batch.drop_column(name)
