"""Open, check, create and upgrade a group file.

Opening follows one path whatever calls it (the window, a headless command, a test):

1. a missing file is created only when asked, then stamped at the newest revision;
2. an existing file must look like SQLite, carry GroupKeeper's application id and pass
   ``PRAGMA quick_check`` before anything writes to it;
3. a file at the newest revision opens without importing Alembic; an older one is first
   copied aside (SQLite's online backup API) and then upgraded; a newer one is refused.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from groupkeeper import paths
from groupkeeper.store.errors import (
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    NewerFileError,
    NotAGroupFileError,
)
from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _raw_connect(path: Path, mode: str = "rw") -> sqlite3.Connection:
    return sqlite3.connect(_connect_uri(path, mode), uri=True, check_same_thread=False)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL in WAL mode: a committed change survives a power cut, not just an app crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


class GroupStore:
    """One open group file: hands out sessions, one unit of work each."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """``with store.session() as s, s.begin(): ...`` commits on success, rolls back on error."""
        with self._sessions() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> GroupStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: _raw_connect(path, "rwc"))
    event.listen(engine, "connect", _on_connect)
    return engine


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise FileNotWritableError(path, "the folder does not exist")
    if not os.access(folder, os.W_OK):
        raise FileNotWritableError(path, "the folder is read-only")
    if path.exists() and not os.access(path, os.W_OK):
        raise FileNotWritableError(path, "the file is read-only")


def inspect_file(path: Path) -> str:
    """Check an existing file and return its schema revision. Never writes to it."""
    if not path.exists():
        raise FileMissingError(path)
    if not path.is_file():
        raise NotAGroupFileError(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise FileNotWritableError(path, exc.strerror or "it cannot be read") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAGroupFileError(path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotAGroupFileError(path)
    try:
        conn = _raw_connect(path, "ro")
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise DamagedFileError(path, "its internal check failed")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(path, str(exc)) from exc
    if row is None:
        raise DamagedFileError(path, "its version record is missing")
    return str(row[0])


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent snapshot of a (possibly live) SQLite file, via the online backup API."""
    src = _raw_connect(source, "ro")
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _create(path: Path) -> Engine:
    from groupkeeper.store import registry
    from groupkeeper.store.base import Base

    _ = registry
    engine = _make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    return engine


def _upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = paths.upgrade_backup_dir() / f"{path.stem}-{revision}-{stamp}{path.suffix}"
    backup_copy(path, saved)
    from groupkeeper.store.migrate import upgrade_to_head

    engine = _make_engine(path)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    return saved


def open_store(path: Path, *, create: bool = False) -> GroupStore:
    """Open the group file at ``path`` (creating it if ``create``), upgraded to head."""
    path = Path(path).expanduser()
    if not path.exists():
        if not create:
            raise FileMissingError(path)
        _check_writable(path)
        try:
            return GroupStore(path, _create(path))
        except sqlite3.OperationalError as exc:
            path.unlink(missing_ok=True)
            raise FileNotWritableError(path, str(exc)) from exc
    revision = inspect_file(path)
    if revision not in KNOWN_REVISIONS:
        raise NewerFileError(path, revision)
    _check_writable(path)
    if revision != HEAD:
        _upgrade(path, revision)
    engine = _make_engine(path)
    try:
        # Touch the file once so a locked or unreadable file fails here, not mid-edit.
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1 FROM group_info LIMIT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise DamagedFileError(path, str(exc.orig)) from exc
    return GroupStore(path, engine)
