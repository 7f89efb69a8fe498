"""Meeting formats and per-meeting notes: ``meeting_format`` with its ordered
``format_section`` rows, ``meeting_note`` (topic, announcements, note to the facilitator),
and ``meeting_series.format_id``.

An upgraded file gets the same starter format a new group gets, with the starter readings
linked where the library already holds readings of those titles; every series keeps using
it (format_id NULL means the group's usual format) until the group chooses otherwise.

Revision ID: 0006_meeting_formats
Revises: 0005_pairings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_meeting_formats"
down_revision = "0005_pairings"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration must keep doing what it did when it shipped.
STARTER_NAME = "Our usual meeting"
STARTER_SECTIONS: tuple[tuple[str, str, str, int | None], ...] = (
    (
        "Opening and welcome",
        "Welcome, everyone. Please put your phones on silent. Let's begin with a moment of "
        "quiet for those who are still struggling, here and elsewhere.",
        "Facilitator",
        3,
    ),
    ("Welcome to newcomers", "Read the group's welcome to newcomers.", "Reader", 3),
    (
        "Introductions",
        "Let's go around the room and introduce ourselves by first name only, if you wish. "
        "Is anyone here for the first time, or visiting from another group? Welcome.",
        "Facilitator",
        5,
    ),
    ("Our group guidelines", "Read the group's guidelines.", "Reader", 3),
    (
        "Topic and sharing",
        "Today's topic is printed above. The meeting is now open for sharing. Please keep "
        "shares to about three to five minutes so everyone who wishes can speak.",
        "Facilitator",
        39,
    ),
    (
        "Contributions",
        "We have no dues or fees. We pay our own way through our own contributions: the rent, "
        "the coffee, the literature. Please give only if you can; newcomers, please don't.",
        "Co-facilitator",
        2,
    ),
    (
        "Announcements",
        "Does anyone have an announcement related to the group?",
        "Facilitator",
        3,
    ),
    ("Closing", "Close the meeting.", "Facilitator", 2),
)


def upgrade() -> None:
    formats = op.create_table(
        "meeting_format",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100, collation="NOCASE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_format")),
        sa.UniqueConstraint("name", name=op.f("uq_meeting_format_name")),
    )
    sections = op.create_table(
        "format_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reading_id", sa.Integer(), nullable=True),
        sa.Column("reading_title", sa.String(300), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes >= 0",
            name=op.f("ck_format_section_minutes_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["format_id"], ["meeting_format.id"], ondelete="CASCADE",
            name=op.f("fk_format_section_format_id_meeting_format"),
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], ondelete="SET NULL",
            name=op.f("fk_format_section_role_id_role"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_format_section")),
    )  # fmt: skip
    op.create_index(op.f("ix_format_section_format_id"), "format_section", ["format_id"])
    op.create_table(
        "meeting_note",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("announcements", sa.Text(), nullable=False),
        sa.Column("facilitator_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"], ["meeting_series.id"], ondelete="CASCADE",
            name=op.f("fk_meeting_note_series_id_meeting_series"),
        ),
        sa.PrimaryKeyConstraint("series_id", "meeting_date", name=op.f("pk_meeting_note")),
    )  # fmt: skip
    with op.batch_alter_table("meeting_series") as batch:
        batch.add_column(sa.Column("format_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_meeting_series_format_id_meeting_format"), "meeting_format",
            ["format_id"], ["id"], ondelete="SET NULL",
        )  # fmt: skip

    conn = op.get_bind()
    roles: dict[str, int] = dict(conn.execute(sa.text("SELECT name, id FROM role")).all())
    readings: dict[str, int] = dict(
        conn.execute(
            sa.text("SELECT title, id FROM resource WHERE kind = 'READING' AND NOT archived")
        ).all()
    )
    op.bulk_insert(formats, [{"id": 1, "name": STARTER_NAME, "position": 0}])
    rows = []
    for i, (heading, text, role_name, minutes) in enumerate(STARTER_SECTIONS):
        reading = readings.get(heading)
        rows.append(
            {
                "format_id": 1, "position": i, "heading": heading,
                "text": "" if reading else text, "reading_id": reading,
                "reading_title": heading if reading else "", "role_id": roles.get(role_name),
                "minutes": minutes,
            }
        )  # fmt: skip
    op.bulk_insert(sections, rows)


def downgrade() -> None:
    with op.batch_alter_table("meeting_series") as batch:
        batch.drop_constraint("fk_meeting_series_format_id_meeting_format", type_="foreignkey")
        batch.drop_column("format_id")
    op.drop_table("meeting_note")
    op.drop_index(op.f("ix_format_section_format_id"), table_name="format_section")
    op.drop_table("format_section")
    op.drop_table("meeting_format")
