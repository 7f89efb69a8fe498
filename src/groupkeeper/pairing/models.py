"""Pairing tables: each member's sponsor/mentor profile, the group's focus areas, requests and
pairings (one row that moves from requested to active to ended), check-ins and the "do not pair
these two again" marks.

Everything here is confidential: only the pairing list PDF prints any of it, and only the
private notes and reasons when the person exporting asks for them.

SQLAlchemy Core tables on the shared ``Base.metadata``, like the roster's (see
``roster/models.py`` for why not ORM classes).
"""

from __future__ import annotations

import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)

from groupkeeper.i18n import N_, _
from groupkeeper.store.base import Base

M = Base.metadata


class Status(enum.Enum):
    REQUESTED = "requested"
    ACTIVE = "active"
    ENDED = "ended"


pairing_profile = Table(
    "pairing_profile",
    M,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("willing", Boolean, nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("since", Date, nullable=True),  # recovery or experience start
    Column("languages", Text, nullable=False),  # "; " between languages
    Column("gender", String(50), nullable=False),  # as the person describes it
    Column("availability", Text, nullable=False),
    CheckConstraint("capacity >= 0", name="capacity_not_negative"),
)

focus_area = Table(
    "focus_area",
    M,
    Column("id", Integer, primary_key=True),
    Column("name", String(80, collation="NOCASE"), nullable=False, unique=True),
    Column("position", Integer, nullable=False),
)

profile_focus = Table(
    "profile_focus",
    M,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("focus_id", ForeignKey("focus_area.id", ondelete="CASCADE"), primary_key=True),
)

pairing = Table(
    "pairing",
    M,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("mentor_id", ForeignKey("member.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("status", Enum(Status, native_enum=False, length=20), nullable=False),
    Column("asked_on", Date, nullable=False),
    Column("language", String(60), nullable=False),
    Column("wants_gender", String(50), nullable=False),
    Column("note", Text, nullable=False),  # private
    Column("started", Date, nullable=True),
    Column("checkin_days", Integer, nullable=False),
    Column("next_due", Date, nullable=True),
    Column("ended", Date, nullable=True),
    Column("end_reason", Text, nullable=False),  # private
    Column("created_at", DateTime, nullable=False),
    CheckConstraint("mentor_id IS NULL OR mentor_id != seeker_id", name="two_people"),
    CheckConstraint("checkin_days > 0", name="checkin_days_positive"),
)

request_focus = Table(
    "request_focus",
    M,
    Column("pairing_id", ForeignKey("pairing.id", ondelete="CASCADE"), primary_key=True),
    Column("focus_id", ForeignKey("focus_area.id", ondelete="CASCADE"), primary_key=True),
)

checkin = Table(
    "checkin",
    M,
    Column("id", Integer, primary_key=True),
    Column("pairing_id", ForeignKey("pairing.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("day", Date, nullable=False),
    Column("note", Text, nullable=False),  # private
)

pairing_block = Table(
    "pairing_block",
    M,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("other_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    CheckConstraint("member_id < other_id", name="pair_once"),
)

# Written into a new file in the language in force when it is made; the group edits its own.
DEFAULT_FOCUS = (
    N_("Newcomers"),
    N_("Step work"),
    N_("Family and caregivers"),
    N_("Young people"),
    N_("Grief and loss"),
)


def seed_defaults(conn: Connection) -> None:
    """Give a new group file a starting list of focus areas (the group edits its own)."""
    conn.execute(
        focus_area.insert(), [{"name": _(n), "position": i} for i, n in enumerate(DEFAULT_FOCUS)]
    )
