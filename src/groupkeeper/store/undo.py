"""One undo history for the open group file, kept by the store as rows before and after.

Anki's model: undo lives with the data, not in the screens. Every table of the file gets
TEMP triggers (on this connection only; nothing is written into the file's schema) that copy
each row inserted, updated or deleted, old and new, into temp tables with one running
sequence number. SQLite fires them for the rows that ``ON DELETE CASCADE`` and
``ON DELETE SET NULL`` change too, so a change is captured whole, and a table added by a
later migration is covered with no one remembering to list it: the triggers are made from
the file's own schema.

A :class:`Step` is one change a person made ("Delete member Ana R."): the row changes of one
or more transactions, in the order they happened. Undo plays them back in reverse (each
intermediate state is one the file has already been in, so every constraint holds), redo
plays them forward. Before either, the rows are checked against what the step expects, so a
write that bypassed the history can never be overwritten by an undo. Derived data the
triggers cannot see (the library's full-text index, a virtual table) is brought up to date
by the hooks in :data:`groupkeeper.store.registry.AFTER_REPLAY`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import _

MAX_BYTES = 50 * 1024 * 1024
"""The history's memory bound: the oldest steps drop first once it is passed."""

_PREFIX = "gk_undo_"
_LOG = f"{_PREFIX}log"  # temp tables: gk_undo_log, then gk_undo_0, gk_undo_1... per table
_CHUNK = 400  # keys per IN (...) query, under SQLite's variable limit

Row = tuple[Any, ...]


class UndoError(GroupKeeperError):
    """An undo or redo that could not be done; the file and the history are as they were."""


def quote(name: str) -> str:
    """An SQL identifier for ``name``, whatever characters a file gave its tables."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Table:
    """How one table's rows are recorded: ``names`` in row order, the first ``keys`` of
    them identify a row (``rowid`` for ordinary tables, the primary key otherwise)."""

    name: str
    names: tuple[str, ...]
    keys: int

    def key(self, row: Row) -> Row:
        return row[: self.keys]


@dataclass(frozen=True)
class RowChange:
    """One row as it was and as it became: ``before`` None for an insert, ``after`` None for
    a delete."""

    table: str
    before: Row | None
    after: Row | None


def _size(row: Row | None) -> int:
    if row is None:
        return 0
    total = 56 + 8 * len(row)
    for value in row:
        total += len(value) if isinstance(value, str | bytes) else 24
    return total


@dataclass(frozen=True)
class Step:
    """One change a person made, with a label in their words ("Fill roster, 1 Dec – 28 Feb")
    and the section of the window it belongs to (for the window to show it on undo)."""

    label: str
    section: str
    changes: tuple[RowChange, ...]
    tables: dict[str, Table] = field(compare=False)
    size: int = 0

    def values(self, table: str, column: str) -> set[Any]:
        """Every value ``column`` had in ``table``'s rows, before or after (for the hooks)."""
        info = self.tables.get(table)
        if info is None or column not in info.names:
            return set()
        i = info.names.index(column)
        found: set[Any] = set()
        for c in self.changes:
            if c.table == table:
                found.update(r[i] for r in (c.before, c.after) if r is not None)
        return found


# ---------------------------------------------------------------- recording


def _tables(conn: Connection) -> list[Table]:
    """Every ordinary table of the main schema: not SQLite's own, not Alembic's, not a
    virtual table or the shadow tables its module keeps (those are derived data)."""
    found: list[Table] = []
    listed = conn.exec_driver_sql("PRAGMA main.table_list").all()
    for _schema, name, kind, _ncol, without_rowid, _strict in listed:
        name = str(name)
        if kind != "table" or name.startswith("sqlite_") or name == "alembic_version":
            continue
        info = conn.exec_driver_sql(f"PRAGMA main.table_xinfo({quote(name)})").all()
        columns = tuple(str(r[1]) for r in info if r[6] == 0)  # not generated columns
        if without_rowid:
            pk = sorted((r[5], str(r[1])) for r in info if r[5])
            keys = tuple(n for _i, n in pk)
            rest = tuple(c for c in columns if c not in keys)
            found.append(Table(name, keys + rest, len(keys)))
        else:
            found.append(Table(name, ("rowid", *columns), 1))
    return found


def _trigger_sql(i: int, table: Table) -> list[str]:
    shadow = f"{_PREFIX}{i}"  # SQLite refuses a schema name here; temp is searched first
    target = f"main.{quote(table.name)}"
    cols = ", ".join(f"c{n}" for n in range(len(table.names)))
    log = f"INSERT INTO {_LOG}(tbl) VALUES ({i});"

    def copy(which: str, new: int) -> str:
        row = ", ".join(f"{which}.{quote(n)}" for n in table.names)
        # The log row just made; not last_insert_rowid(), which the OLD row's insert moves.
        seq = f"(SELECT max(seq) FROM {_LOG})"
        return f"INSERT INTO {shadow} VALUES ({seq}, {new}, {row});"

    trigger = f"CREATE TEMP TRIGGER IF NOT EXISTS {_PREFIX}t{i}"
    return [
        f"CREATE TEMP TABLE IF NOT EXISTS {_PREFIX}{i} "
        f"(seq INTEGER NOT NULL, new INTEGER NOT NULL, {cols})",
        f"{trigger}i AFTER INSERT ON {target} BEGIN {log} {copy('NEW', 1)} END",
        f"{trigger}d AFTER DELETE ON {target} BEGIN {log} {copy('OLD', 0)} END",
        f"{trigger}u AFTER UPDATE ON {target} BEGIN {log} {copy('OLD', 0)} {copy('NEW', 1)} END",
    ]


_INFO = "groupkeeper.undo"


def _drop_all(conn: Connection) -> None:
    found = conn.exec_driver_sql(
        "SELECT type, name FROM sqlite_temp_master WHERE name LIKE 'gk\\_undo\\_%' ESCAPE '\\'"
    ).all()
    for kind, name in found:
        if kind in ("trigger", "table"):
            conn.exec_driver_sql(f"DROP {kind.upper()} IF EXISTS temp.{quote(name)}")


def prepare(conn: Connection) -> list[Table]:
    """Make sure this connection records changes (its triggers made from the schema as it
    is now) and that nothing recorded earlier is left over; returns the tables recorded.

    Call before the first write of a unit of work: the temp tables and triggers are made
    outside any transaction, so a rollback cannot take them away behind our back.
    """
    version = conn.exec_driver_sql("PRAGMA main.schema_version").scalar()
    have = conn.info.get(_INFO)
    if have is not None and have[0] == version:
        clear(conn)
        return list(have[1])
    _drop_all(conn)
    tables = _tables(conn)
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {_LOG} (seq INTEGER PRIMARY KEY, tbl INTEGER NOT NULL)"
    )
    for i, table in enumerate(tables):
        for sql in _trigger_sql(i, table):
            conn.exec_driver_sql(sql)
    conn.info[_INFO] = (version, tuple(tables))
    return tables


def forget(info: dict[Any, Any]) -> None:
    """After a rollback (``info``: the connection's ``.info``, taken before it): make the
    next :func:`prepare` check and remake everything."""
    info.pop(_INFO, None)


def clear(conn: Connection) -> None:
    """Empty the log (rows written outside a recorded change, or by a replay)."""
    used = [int(r[0]) for r in conn.exec_driver_sql(f"SELECT DISTINCT tbl FROM temp.{_LOG}")]
    if used:
        conn.exec_driver_sql(f"DELETE FROM temp.{_LOG}")
        for i in used:
            conn.exec_driver_sql(f"DELETE FROM temp.{_PREFIX}{i}")


def collect(conn: Connection, tables: Sequence[Table]) -> list[RowChange]:
    """The rows changed since :func:`prepare`, in the order they changed; the log is emptied.

    Call after the session has flushed, inside the same transaction.
    """
    used = [int(r[0]) for r in conn.exec_driver_sql(f"SELECT DISTINCT tbl FROM temp.{_LOG}")]
    events: dict[int, list[Any]] = {}
    for i in used:
        for seq, new, *row in conn.exec_driver_sql(
            f"SELECT * FROM temp.{_PREFIX}{i} ORDER BY seq, new"
        ):
            event = events.setdefault(int(seq), [i, None, None])
            event[1 + int(new)] = tuple(row)
    clear(conn)
    return [
        RowChange(tables[i].name, before, after)
        for _seq, (i, before, after) in sorted(events.items())
        if before != after  # an UPDATE that set what was there already changed nothing
    ]


def make_step(
    label: str, section: str, changes: Sequence[RowChange], tables: Iterable[Table]
) -> Step:
    used = {c.table for c in changes}
    return Step(
        label,
        section,
        tuple(changes),
        {t.name: t for t in tables if t.name in used},
        sum(_size(c.before) + _size(c.after) for c in changes) + 200,
    )


# ---------------------------------------------------------------- playing back


def _expected(step: Step, backwards: bool) -> dict[tuple[str, Row], Row | None]:
    """Each touched row as the file must hold it now: after the step (to undo it) or before
    it (to redo it)."""
    state: dict[tuple[str, Row], Row | None] = {}
    ordered = step.changes if backwards else tuple(reversed(step.changes))
    for c in ordered:
        gone, now = (c.before, c.after) if backwards else (c.after, c.before)
        table = step.tables[c.table]
        if gone is not None:
            state[(c.table, table.key(gone))] = None
        if now is not None:
            state[(c.table, table.key(now))] = now
    return state


def changed_since(step: Step) -> str:
    return _(
        "“{label}” cannot be undone or redone: what it changed has been changed since "
        "in another way. Nothing was changed."
    ).format(label=step.label)


def _where(table: Table, count: int) -> str:
    keys = [quote(n) for n in table.names[: table.keys]]
    if table.keys == 1:
        return f"{keys[0]} IN ({', '.join('?' * count)})"
    one = "(" + ", ".join("?" * table.keys) + ")"
    return f"({', '.join(keys)}) IN (VALUES {', '.join([one] * count)})"


def _verify(conn: Connection, step: Step, expected: dict[tuple[str, Row], Row | None]) -> None:
    by_table: dict[str, list[Row]] = {}
    for name, key in expected:
        by_table.setdefault(name, []).append(key)
    for name, keys in by_table.items():
        table = step.tables[name]
        columns = ", ".join(quote(n) for n in table.names)
        found: dict[Row, Row] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            sql = f"SELECT {columns} FROM main.{quote(name)} WHERE {_where(table, len(chunk))}"
            for row in conn.exec_driver_sql(sql, tuple(v for k in chunk for v in k)):
                found[table.key(tuple(row))] = tuple(row)
        for key in keys:
            if found.get(key) != expected[(name, key)]:
                raise UndoError(changed_since(step))


def replay(conn: Connection, step: Step, *, backwards: bool) -> None:
    """Put the file in the state before ``step`` (``backwards``) or after it, inside the
    caller's transaction. Raises :class:`UndoError` when the rows are not as ``step`` left
    (or found) them; the caller rolls back."""
    _verify(conn, step, _expected(step, backwards))
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    ordered = reversed(step.changes) if backwards else step.changes
    batch: list[tuple[Any, ...]] = []
    current: tuple[str, str] | None = None
    for c in ordered:
        table = step.tables[c.table]
        old, new = (c.after, c.before) if backwards else (c.before, c.after)
        if old is None:
            assert new is not None
            kind, params = "insert", new
        elif new is None:
            kind, params = "delete", table.key(old)
        else:
            kind, params = "update", new + table.key(old)
        if current != (c.table, kind):
            _run(conn, current, step, batch)
            current, batch = (c.table, kind), []
        batch.append(params)
    _run(conn, current, step, batch)


def _run(
    conn: Connection, what: tuple[str, str] | None, step: Step, batch: list[tuple[Any, ...]]
) -> None:
    if what is None or not batch:
        return
    name, kind = what
    table = step.tables[name]
    target = f"main.{quote(name)}"
    names = [quote(n) for n in table.names]
    key = " AND ".join(f"{n} = ?" for n in names[: table.keys])
    if kind == "insert":
        sql = f"INSERT INTO {target} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    elif kind == "delete":
        sql = f"DELETE FROM {target} WHERE {key}"
    else:
        sql = f"UPDATE {target} SET {', '.join(f'{n} = ?' for n in names)} WHERE {key}"
    conn.exec_driver_sql(sql, batch if len(batch) > 1 else batch[0])


# ---------------------------------------------------------------- the history


class History:
    """The steps that can be undone and redone, newest last; thread-safe, since a change
    can be recorded by a worker. Bounded by memory: once ``max_bytes`` is passed the oldest
    steps are dropped (the newest is always kept)."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._done: list[Step] = []
        self._undone: list[Step] = []  # the next to redo last
        self._lock = threading.Lock()

    def push(self, step: Step) -> None:
        with self._lock:
            self._done.append(step)
            self._undone.clear()
            while len(self._done) > 1 and self._bytes() > self.max_bytes:
                self._done.pop(0)

    def _bytes(self) -> int:
        return sum(s.size for s in self._done) + sum(s.size for s in self._undone)

    @property
    def bytes(self) -> int:
        with self._lock:
            return self._bytes()

    def clear(self) -> None:
        with self._lock:
            self._done.clear()
            self._undone.clear()

    @property
    def next_undo(self) -> Step | None:
        with self._lock:
            return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> Step | None:
        with self._lock:
            return self._undone[-1] if self._undone else None

    def moved(self, step: Step, *, undone: bool) -> None:
        """Record that ``step`` was undone (or redone)."""
        with self._lock:
            source, target = (self._done, self._undone) if undone else (self._undone, self._done)
            if source and source[-1] is step:
                target.append(source.pop())

    def __len__(self) -> int:
        with self._lock:
            return len(self._done)

    def steps(self) -> Iterator[Step]:
        with self._lock:
            return iter(list(self._done))
