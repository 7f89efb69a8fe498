"""Every table of a group file as plain rows, to compare a file before and after a change."""

from __future__ import annotations

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
