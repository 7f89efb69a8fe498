"""Meeting format tables: ``meeting_format`` (a named script), its ordered ``format_section``
rows, and ``meeting_note`` (one meeting's topic, announcements and note to the facilitator).

A section's reading is kept by id *and* by the title it had when chosen, without a foreign
key: if the reading is later deleted from the library, the packet can still say which
reading is missing ("reading not found") instead of silently dropping a part of the meeting.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    select,
)

from groupkeeper.i18n import N_, _
from groupkeeper.roster.models import role
from groupkeeper.store.base import Base

M = Base.metadata

meeting_format = Table(
    "meeting_format",
    M,
    Column("id", Integer, primary_key=True),
    Column("name", String(100, collation="NOCASE"), nullable=False, unique=True),
    Column("position", Integer, nullable=False),
)

format_section = Table(
    "format_section",
    M,
    Column("id", Integer, primary_key=True),
    Column(
        "format_id",
        ForeignKey("meeting_format.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("heading", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("reading_id", Integer, nullable=True),  # a library resource; no FK, see above
    Column("reading_title", String(300), nullable=False),
    Column("role_id", ForeignKey(role.c.id, ondelete="SET NULL"), nullable=True),
    Column("minutes", Integer, nullable=True),
    CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes_not_negative"),
)

meeting_note = Table(
    "meeting_note",
    M,
    Column("series_id", ForeignKey("meeting_series.id", ondelete="CASCADE"), primary_key=True),
    Column("meeting_date", Date, primary_key=True),  # the scheduled date (a move keeps it)
    Column("topic", Text, nullable=False),
    Column("announcements", Text, nullable=False),
    Column("facilitator_note", Text, nullable=False),  # private: printed only when chosen
)

STARTER_NAME = N_("Our usual meeting")

# (heading, text, role name, minutes), written into a new group's file in the group's language
# (the caller speaks it). A heading that matches one of the starter readings' titles gets that
# reading when the starter library is added (library/starter.py): both are translated alike.
STARTER_SECTIONS: tuple[tuple[str, str, str, int | None], ...] = (
    (
        N_("Opening and welcome"),
        N_(
            "Welcome, everyone. Please put your phones on silent. Let's begin with a moment of "
            "quiet for those who are still struggling, here and elsewhere."
        ),
        N_("Facilitator"),
        3,
    ),
    (N_("Welcome to newcomers"), N_("Read the group's welcome to newcomers."), N_("Reader"), 3),
    (
        N_("Introductions"),
        N_(
            "Let's go around the room and introduce ourselves by first name only, if you wish. "
            "Is anyone here for the first time, or visiting from another group? Welcome."
        ),
        N_("Facilitator"),
        5,
    ),
    (N_("Our group guidelines"), N_("Read the group's guidelines."), N_("Reader"), 3),
    (
        N_("Topic and sharing"),
        N_(
            "Today's topic is printed above. The meeting is now open for sharing. Please keep "
            "shares to about three to five minutes so everyone who wishes can speak."
        ),
        N_("Facilitator"),
        39,
    ),
    (
        N_("Contributions"),
        N_(
            "We have no dues or fees. We pay our own way through our own contributions: the rent, "
            "the coffee, the literature. Please give only if you can; newcomers, please don't."
        ),
        N_("Co-facilitator"),
        2,
    ),
    (
        N_("Announcements"),
        N_("Does anyone have an announcement related to the group?"),
        N_("Facilitator"),
        3,
    ),
    (N_("Closing"), N_("Close the meeting."), N_("Facilitator"), 2),
)


def seed_defaults(conn: Connection) -> None:
    """Give a new group file the starter format (after the roster's roles are seeded), in the
    language in force: the roles it names were seeded in the same one."""
    roles = dict(conn.execute(select(role.c.name, role.c.id)).all())
    format_id = conn.scalar(
        meeting_format.insert()
        .values(name=_(STARTER_NAME), position=0)
        .returning(meeting_format.c.id)
    )
    conn.execute(
        format_section.insert(),
        [
            {
                "format_id": format_id, "position": i, "heading": _(heading), "text": _(text),
                "reading_id": None, "reading_title": "",
                "role_id": roles.get(_(role_name), roles.get(role_name)), "minutes": minutes,
            }
            for i, (heading, text, role_name, minutes) in enumerate(STARTER_SECTIONS)
        ],
    )  # fmt: skip
