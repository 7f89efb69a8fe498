"""Every table of a group file as plain rows, to compare a file before and after a change."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from groupkeeper.store import GroupStore
from groupkeeper.store.undo import quote

Dump = dict[str, list[tuple[Any, ...]]]


def dump(store: GroupStore) -> Dump:
    """Each table's rows (with their rowid) in rowid order. The full-text index is compared
    by what it holds, not by its shadow tables' internal layout."""
    with store.session() as s:
        conn = s.connection()
        names = [
            str(n)
            for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out: Dump = {}
        for name in names:
            if name.startswith("resource_fts_"):
                continue
            if name == "resource_fts":
                sql = "SELECT rowid, * FROM resource_fts ORDER BY rowid"
            else:
                sql = f"SELECT rowid, * FROM {quote(name)} ORDER BY rowid"
            out[name] = [tuple(r) for r in conn.exec_driver_sql(sql)]
        return out


def differences(a: Dump, b: Dump) -> list[str]:
    """The tables whose rows differ, for a readable assertion message."""
    return sorted(t for t in set(a) | set(b) if a.get(t) != b.get(t))


def own_words(path: Path) -> str:
    """Every text the group file at ``path`` holds (names, notes, readings, roles): the
    group's own words, which print and show as it wrote them. Read with sqlite3, so a window
    holding the file open is no hindrance."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = [
            value
            for table in tables
            for row in conn.execute(f"SELECT * FROM {quote(table)}")  # test file
            for value in row
            if isinstance(value, str)
        ]
        return "\n".join(found)
    finally:
        conn.close()
