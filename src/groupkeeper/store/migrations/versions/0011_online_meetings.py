"""Online and hybrid meetings, and what the intergroup's meeting list keeps.

A series gains how people attend (in person, online, hybrid) with its link and dial-in and
their notes, the meeting list's own ids for it (slugs, kept so the app's favourites survive an
import and export), the place's coordinates and region. The "ONL" format code, which is not in
the Meeting Guide spec, becomes the attendance it meant: online, or hybrid where the series
also has a place. ``updated_at`` moves from this computer's local time to UTC, which has no
repeated hour in the autumn.

Revision ID: 0011_online_meetings
Revises: 0010_series_phase
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011_online_meetings"
down_revision = "0010_series_phase"
branch_labels = None
depends_on = None

_TEXTS = (
    ("conference_url", sa.String(length=2000)),
    ("conference_url_notes", sa.Text()),
    ("conference_phone", sa.String(length=100)),
    ("conference_phone_notes", sa.Text()),
    ("listing_slugs", sa.Text()),
    ("region", sa.String(length=200)),
    ("sub_region", sa.String(length=200)),
)


def upgrade() -> None:
    with op.batch_alter_table("meeting_series") as batch:
        batch.add_column(
            sa.Column(
                "attendance",
                sa.Enum("IN_PERSON", "HYBRID", "ONLINE", name="attendance", native_enum=False,
                        length=12),
                nullable=False,
                server_default="IN_PERSON",
            )
        )  # fmt: skip
        for name, kind in _TEXTS:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=""))
        batch.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch.add_column(sa.Column("longitude", sa.Float(), nullable=True))
    with op.batch_alter_table("meeting_series") as batch:
        batch.alter_column("attendance", server_default=None)
        for name, _kind in _TEXTS:
            batch.alter_column(name, server_default=None)
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE meeting_series SET attendance = CASE WHEN trim(location_name) = '' AND "
            "trim(address) = '' THEN 'ONLINE' ELSE 'HYBRID' END WHERE id IN "
            "(SELECT series_id FROM series_format WHERE code = 'ONL')"
        )
    )
    conn.execute(sa.text("DELETE FROM series_format WHERE code = 'ONL'"))
    for series_id, stamp in conn.execute(sa.text("SELECT id, updated_at FROM meeting_series")):
        if stamp is None:
            continue
        local = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
        utc = local.astimezone(UTC).replace(tzinfo=None)  # as this computer's clock read it
        conn.execute(
            sa.text("UPDATE meeting_series SET updated_at = :at WHERE id = :id"),
            {"at": utc.strftime("%Y-%m-%d %H:%M:%S.%f"), "id": series_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_series") as batch:
        for name in ("attendance", *(n for n, _k in _TEXTS), "latitude", "longitude"):
            batch.drop_column(name)
