"""What a group file of each revision holds, and nothing more.

A group file may come from someone else. SQLite runs whatever triggers a file carries on
every write, and views on every read that names them, so a file could delete members on an
import or copy names into a hidden table. GroupKeeper never makes triggers or views, and the
tables and indexes of each revision are listed here (made by the migrations, checked by
``tests/store/test_schema.py``). At open, before any query reads the group's tables, a file
with anything else in its schema is refused untouched.

A new migration adds its tables and indexes as a new entry below.
"""

from __future__ import annotations

import sqlite3

from groupkeeper.i18n import N_, _, ngettext

ADDED: dict[str, tuple[str, ...]] = {
    "0001_initial": (
        "index ix_meeting_exception_new_date",
        "index ix_meeting_exception_original_date",
        "index ix_meeting_exception_series_id",
        "index sqlite_autoindex_alembic_version_1",
        "index sqlite_autoindex_custom_format_1",
        "index sqlite_autoindex_meeting_exception_1",
        "index sqlite_autoindex_series_format_1",
        "table alembic_version",
        "table custom_format",
        "table group_info",
        "table meeting_exception",
        "table meeting_series",
        "table series_format",
    ),
    "0002_series_updated_at": (),
    "0003_members_roster": (
        "index ix_assignment_member_id",
        "index ix_blackout_member_id",
        "index sqlite_autoindex_assignment_1",
        "index sqlite_autoindex_member_avoid_1",
        "index sqlite_autoindex_member_role_1",
        "index sqlite_autoindex_role_1",
        "index sqlite_autoindex_series_role_1",
        "table assignment",
        "table blackout",
        "table member",
        "table member_avoid",
        "table member_role",
        "table position_term",
        "table role",
        "table series_role",
    ),
    "0004_library": (
        "index ix_loan_resource_id",
        "index ix_resource_kind",
        "index ix_resource_tag_tag",
        "index sqlite_autoindex_attachment_chunk_1",
        "index sqlite_autoindex_resource_tag_1",
        "table attachment_chunk",
        "table document_text",
        "table loan",
        "table resource",
        "table resource_fts",
        "table resource_fts_config",
        "table resource_fts_content",
        "table resource_fts_data",
        "table resource_fts_docsize",
        "table resource_fts_idx",
        "table resource_tag",
    ),
    "0005_pairings": (
        "index ix_checkin_pairing_id",
        "index ix_pairing_mentor_id",
        "index ix_pairing_seeker_id",
        "index sqlite_autoindex_focus_area_1",
        "index sqlite_autoindex_pairing_block_1",
        "index sqlite_autoindex_profile_focus_1",
        "index sqlite_autoindex_request_focus_1",
        "table checkin",
        "table focus_area",
        "table pairing",
        "table pairing_block",
        "table pairing_profile",
        "table profile_focus",
        "table request_focus",
    ),
    "0006_meeting_formats": (
        "index ix_format_section_format_id",
        "index sqlite_autoindex_meeting_format_1",
        "index sqlite_autoindex_meeting_note_1",
        "table format_section",
        "table meeting_format",
        "table meeting_note",
    ),
    "0007_group_uid": (),
    "0008_group_contact": (),
    "0009_crisis_check": (),
    "0010_series_phase": (),
    "0011_online_meetings": (),
    "0012_publication": ("table publication",),
}

# Tables SQLite itself may add to any file (ANALYZE, AUTOINCREMENT): data only, never code.
SQLITE_OWN = frozenset({"table sqlite_sequence", "table sqlite_stat1", "table sqlite_stat4"})
_KINDS = {
    "table": N_("a table named {name}"),
    "index": N_("an index named {name}"),
    "trigger": N_("a trigger named {name}"),
    "view": N_("a view named {name}"),
}


def expected(revision: str) -> frozenset[str]:
    """Every "type name" in the schema of a file at ``revision`` (all revisions up to it)."""
    names: set[str] = set()
    for rev, added in ADDED.items():
        names.update(added)
        if rev == revision:
            return frozenset(names)
    raise KeyError(revision)


def unexpected(conn: sqlite3.Connection, revision: str | None) -> list[str]:
    """What ``conn``'s schema holds that a file at ``revision`` never does, in words such as
    "a trigger named wipe" (empty when the schema is as expected). Reads only the schema.

    With ``revision`` None (not yet known, or newer than this version) only triggers and
    views are looked for.
    """
    found = [
        (str(kind), str(name))
        for kind, name in conn.execute("SELECT type, name FROM sqlite_schema")
    ]
    allowed = expected(revision) | SQLITE_OWN if revision in ADDED else None
    extra = [
        (kind, name)
        for kind, name in found
        if kind in ("trigger", "view") or (allowed is not None and f"{kind} {name}" not in allowed)
    ]
    said = [_named(kind, name[:60]) for kind, name in extra[:5]]
    if len(extra) > 5:
        said.append(ngettext("{n} more", "{n} more", len(extra) - 5).format(n=len(extra) - 5))
    return said


def _named(kind: str, name: str) -> str:
    """ "a trigger named 'wipe'", in the person's words."""
    if kind in _KINDS:
        return _(_KINDS[kind]).format(name=repr(name))
    return _("{kind} named {name}").format(kind=kind, name=repr(name))
