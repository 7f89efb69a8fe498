"""Every value in a group file is one GroupKeeper could have written.

A file from someone else may hold a date that is not a date, a kind no version knows, a
number where text goes, or a 200 MB name. Read into records, such a value would fail deep in
a screen or a document with a traceback, or make every screen crawl. At open, one scan per
table asks SQLite which rows break their column's rules (type, length, allowed names, date
format, NOT NULL), made from the models themselves; a file with any is refused untouched with
the table and column named. ``check`` reports the same.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
)
from sqlalchemy.sql.schema import Column

from groupkeeper.store.undo import quote

MAX_TEXT = 4_000_000  # characters in any long text (an attachment's words are kept to 2M)
MAX_BLOB = 1024 * 1024  # bytes in one stored piece of an attached file (library CHUNK)


# The rule for each column type, first match wins (DateTime before Date, Text is a String).
# '+0 days' makes SQLite carry an impossible day over (Feb 30 -> Mar 2), so it differs.
_TYPE_RULES: tuple[tuple[type, str], ...] = (
    (Boolean, "{c} NOT IN (0, 1)"),
    (Integer, "typeof({c}) NOT IN ('integer', 'null')"),
    # The only floats are a place's degrees: -180 to 180 (infinity is out; NaN reads as NULL).
    (Float, "typeof({c}) NOT IN ('real', 'integer', 'null') OR abs({c}) > 180"),
    (DateTime, "substr({c}, 1, 19) IS NOT datetime({c}, '+0 days')"),
    (Date, "{c} IS NOT date({c}, '+0 days')"),
    (Time, "substr({c}, 1, 8) IS NOT time({c})"),
    (LargeBinary, "typeof({c}) NOT IN ('blob', 'null') OR length({c}) > " + str(MAX_BLOB)),
    (String, "typeof({c}) NOT IN ('text', 'null') OR length({c}) > {limit}"),
)


def _rules(col: Column[object]) -> list[str]:
    """SQL conditions true for a bad value of ``col``."""
    name = quote(col.name)
    rules = [] if col.nullable else [f"{name} IS NULL"]
    kind = col.type
    if isinstance(kind, Enum):
        allowed = ", ".join("'" + e.replace("'", "''") + "'" for e in kind.enums)
        rules.append(f"{name} NOT IN ({allowed})")
    elif rule := next((r for t, r in _TYPE_RULES if isinstance(kind, t)), None):
        length = getattr(kind, "length", None)
        limit = length if length and not isinstance(kind, Text) else MAX_TEXT
        rules.append(rule.format(c=name, limit=limit))
    return [f"({r})" for r in rules]


@cache
def _tables() -> dict[str, dict[str, list[str]]]:
    # Here, not at the top: the registry imports every feature's models, whose import of
    # store.base runs this package's __init__, which opens files and so needs this module.
    import groupkeeper.store.registry as registry
    from groupkeeper.store.base import Base

    _ = registry
    return {
        table.name: {col.name: rules for col in table.columns if (rules := _rules(col))}
        for table in Base.metadata.sorted_tables
    }


def missing(conn: sqlite3.Connection) -> list[str]:
    """The columns of the newest revision that ``conn``'s file lacks, such as "member.notes".
    (SQLite reads a quoted name it cannot find as a string, so a missing column would
    otherwise pass every rule.)"""
    have = set(
        conn.execute(
            "SELECT m.name, p.name FROM sqlite_schema AS m, pragma_table_xinfo(m.name) AS p "
            "WHERE m.type = 'table'"
        )
    )
    return [
        f"{table}.{col}"
        for table, columns in _tables().items()
        for col in columns
        if (table, col) not in have
    ][:5]


def unreadable(conn: sqlite3.Connection) -> list[str]:
    """Where ``conn``'s file (at the newest revision) holds values GroupKeeper never writes,
    such as "member.created_at" (empty when every value is one it could have written)."""
    present = {str(n) for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    found: list[str] = []
    for table, columns in _tables().items():
        if table not in present:
            continue  # a missing table or column fails the read plainly, as damage
        here = columns
        every = " OR ".join(r for rules in here.values() for r in rules)
        if conn.execute(f"SELECT 1 FROM {quote(table)} WHERE {every} LIMIT 1").fetchone():
            for col, rules in here.items():
                test = f"SELECT 1 FROM {quote(table)} WHERE {' OR '.join(rules)} LIMIT 1"
                if conn.execute(test).fetchone():
                    found.append(f"{table}.{col}")
        if len(found) >= 5:
            break
    if "group_info" in present and not found:
        from groupkeeper.group.service import known_zone

        for (zone,) in conn.execute("SELECT timezone FROM group_info"):
            if not known_zone(str(zone)):
                found.append("group_info.timezone")
    return found[:5]
