"""Roster tables: members, their roles and availability, what each series needs, and who
serves when; plus the group's elected positions.

These are SQLAlchemy Core tables on the shared ``Base.metadata`` rather than ORM classes:
the service reads and writes them in bulk (a filled year is hundreds of rows), the records it
hands out are frozen dataclasses anyway, and the home view reads them at start-up, where each
ORM class costs about 3 ms of mapper set-up.
"""

from __future__ import annotations

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
    UniqueConstraint,
)

from groupkeeper.i18n import N_, _
from groupkeeper.roster.rotation import RoleKind
from groupkeeper.store.base import Base

M = Base.metadata

role = Table(
    "role",
    M,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("kind", Enum(RoleKind, native_enum=False, length=20), nullable=False),
    Column("experienced_only", Boolean, nullable=False),
    Column("position", Integer, nullable=False),
)

member = Table(
    "member",
    M,
    Column("id", Integer, primary_key=True),
    Column("first_name", String(100), nullable=False),
    Column("last_initial", String(10), nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("pronouns", String(50), nullable=False),
    Column("phone", String(50), nullable=False),
    Column("email", String(200), nullable=False),
    Column("phone_list_ok", Boolean, nullable=False),
    Column("experienced", Boolean, nullable=False),
    Column("qualifications", Text, nullable=False),
    Column("notes", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    # Weekdays they can never do, as bits: Monday = 1, Tuesday = 2, ... Sunday = 64.
    Column("never_weekdays", Integer, nullable=False),
    Column("monthly_limit", Integer, nullable=True),
    Column("created_at", DateTime, nullable=False),
)

member_role = Table(
    "member_role",
    M,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
    Column("monthly_limit", Integer, nullable=True),
)

blackout = Table(
    "blackout",
    M,
    Column("id", Integer, primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("reason", Text, nullable=False),  # private: never printed
    CheckConstraint("last_day >= first_day", name="ordered"),
)

member_avoid = Table(
    "member_avoid",
    M,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("other_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    CheckConstraint("member_id < other_id", name="pair_once"),
)

series_role = Table(
    "series_role",
    M,
    Column("series_id", ForeignKey("meeting_series.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
    Column("count", Integer, nullable=False),
)

assignment = Table(
    "assignment",
    M,
    Column("id", Integer, primary_key=True),
    Column("series_id", ForeignKey("meeting_series.id", ondelete="CASCADE"), nullable=False),
    Column("meeting_date", Date, nullable=False),  # the scheduled date (a moved meeting keeps it)
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), nullable=False),
    Column("slot", Integer, nullable=False),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("locked", Boolean, nullable=False),
    UniqueConstraint("series_id", "meeting_date", "role_id", "slot"),
)

position_term = Table(
    "position_term",
    M,
    Column("id", Integer, primary_key=True),
    Column("title", String(100), nullable=False),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), nullable=False),
    Column("started", Date, nullable=False),
    Column("term_months", Integer, nullable=False),
    Column("ended", Date, nullable=True),
)

# (name, kind, experienced only) in the order they appear across the roster matrix. The names
# are written into a new group's file in the group's language (the caller speaks it).
DEFAULT_ROLES: tuple[tuple[str, RoleKind, bool], ...] = (
    (N_("Facilitator"), RoleKind.FACILITATOR, False),
    (N_("Co-facilitator"), RoleKind.CO_FACILITATOR, False),
    (N_("Reader"), RoleKind.OTHER, False),
    (N_("Greeter"), RoleKind.OTHER, False),
    (N_("Timekeeper"), RoleKind.OTHER, False),
    (N_("Set-up and coffee"), RoleKind.OTHER, False),
    (N_("Literature"), RoleKind.OTHER, False),
)

# Offered by name when a position is filled (``_(title)`` where they are offered).
ELECTED_POSITIONS = (N_("Secretary"), N_("Treasurer"), N_("Group representative"))


def seed_defaults(conn: Connection) -> None:
    """Give a new group file the default service roles, named in the language in force."""
    conn.execute(
        role.insert(),
        [
            {"name": _(n), "kind": k, "experienced_only": e, "position": i}
            for i, (n, k, e) in enumerate(DEFAULT_ROLES)
        ],
    )
