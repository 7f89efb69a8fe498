"""Which snapshot of a shared group file this is: the ``publication`` row.

A group file kept in a shared folder (store/shared.py) is only ever replaced whole by a
published snapshot. Each snapshot carries one row saying its generation (one more than the
snapshot it replaced), the generation it was made from, who published it, from which computer
and when, so the next person to publish can tell whether someone else published since they
took their copy. A file never published has no row: generation 0.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Integer, String, Table

from groupkeeper.store.base import Base

publication = Table(
    "publication",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("generation", Integer, nullable=False),
    Column("based_on", Integer, nullable=False),
    Column("published_by", String(100), nullable=False),
    Column("computer", String(100), nullable=False),
    Column("published_at", DateTime, nullable=False),  # UTC
)


@dataclass(frozen=True)
class Publication:
    generation: int
    based_on: int
    by: str  # the computer account's name
    computer: str
    at: datetime  # aware, UTC


NEVER = Publication(0, 0, "", "", datetime(2000, 1, 1, tzinfo=UTC))


def read(conn: sqlite3.Connection) -> Publication:
    """The snapshot's row (NEVER for a file never published, or of a revision before it)."""
    try:
        row = conn.execute(
            "SELECT generation, based_on, published_by, computer, published_at "
            "FROM publication WHERE id = 1"
        ).fetchone()
    except sqlite3.OperationalError:
        return NEVER  # no such table: a file from before revision 0012
    if row is None:
        return NEVER
    generation, based_on, by, computer, at = row
    try:
        when = datetime.fromisoformat(str(at)[:19]).replace(tzinfo=UTC)
    except ValueError:
        when = NEVER.at
    ok = isinstance(generation, int) and isinstance(based_on, int)
    return Publication(
        generation if ok else 0, based_on if ok else 0, str(by)[:100], str(computer)[:100], when
    )


def write(conn: sqlite3.Connection, pub: Publication) -> None:
    at = pub.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(
        "INSERT OR REPLACE INTO publication (id, generation, based_on, published_by, computer,"
        " published_at) VALUES (1, ?, ?, ?, ?, ?)",
        (pub.generation, pub.based_on, pub.by[:100], pub.computer[:100], at),
    )
