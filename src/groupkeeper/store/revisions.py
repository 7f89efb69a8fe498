"""The schema revisions this version of GroupKeeper knows, oldest first.

Kept as plain data so opening a file that is already at head never imports Alembic (about
0.3 s of start-up). ``tests/store/test_migrations.py`` checks this list against the Alembic
scripts in ``migrations/versions``; add a new revision to both.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_series_updated_at",
    "0003_members_roster",
    "0004_library",
    "0005_pairings",
    "0006_meeting_formats",
    "0007_group_uid",
    "0008_group_contact",
    "0009_crisis_check",
    "0010_series_phase",
    "0011_online_meetings",
    "0012_publication",
)
HEAD = KNOWN_REVISIONS[-1]

# SQLite's header field for "which application owns this file": 'GrKp'.
APPLICATION_ID = 0x47724B70
