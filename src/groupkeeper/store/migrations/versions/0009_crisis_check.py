"""The check of the starter crisis lines moves from the paper to the app.

Every starter crisis line carried, in its notes, "Check this number is still right, and add
local crisis and support lines beside it.": a note for the secretary that printed under 9-8-8
on every crisis page, for a person in crisis to read. This revision takes that sentence out of
every library item's notes and, where it found one, sets the group's ``crisis_check_due``, which
Home shows as a task until someone says the numbers are right.

Revision ID: 0009_crisis_check
Revises: 0008_group_contact
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_crisis_check"
down_revision = "0008_group_contact"
branch_labels = None
depends_on = None

# The sentence as every file before this revision has it (only English existed then).
CHECK = "Check this number is still right, and add local crisis and support lines beside it."


def upgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.add_column(
            sa.Column("crisis_check_due", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("group_info") as batch:
        batch.alter_column("crisis_check_due", server_default=None)
    conn = op.get_bind()
    found = conn.execute(
        sa.text("SELECT count(*) FROM resource WHERE instr(body, :check) > 0"), {"check": CHECK}
    ).scalar_one()
    if found:
        conn.execute(
            sa.text(
                "UPDATE resource SET body = trim(replace(replace(body, ' ' || :check, ''), "
                ":check, '')) WHERE instr(body, :check) > 0"
            ),
            {"check": CHECK},
        )
        conn.execute(sa.text("UPDATE group_info SET crisis_check_due = 1"))


def downgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.drop_column("crisis_check_due")
