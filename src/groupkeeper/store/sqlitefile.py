"""A group file on disk, below any open store.

How GroupKeeper talks to the SQLite file itself: driver connections (the standard library's,
or SQLCipher's for a protected file), engines whose every connection gets GroupKeeper's
pragmas, the checks a file must pass before anything writes to it, the files SQLite keeps
beside it, and consistent copies through SQLite's online backup API.
:mod:`groupkeeper.store.backups` builds on this module, and :mod:`groupkeeper.store.database`
(the open path and the open store) on both.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

import groupkeeper.store.cipher as cipher
import groupkeeper.store.schema as schema
import groupkeeper.store.values as values
from groupkeeper.files import new_private_file
from groupkeeper.i18n import _
from groupkeeper.store.errors import (
    DISK_FULL,
    AlteredFileError,
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    NotAGroupFileError,
    PassphraseNeededError,
    StoreError,
    UnreadableValuesError,
    WrongPassphraseError,
)
from groupkeeper.store.revisions import APPLICATION_ID, HEAD
from groupkeeper.store.undo import quote

SQLITE_MAGIC = b"SQLite format 3\x00"


def _connect_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def raw_connect(
    path: Path, mode: str = "rw", passphrase: str | None = None, salt_from: Path | None = None
) -> sqlite3.Connection:
    """A driver connection: the standard library's for plain files, SQLCipher's when keyed.

    ``salt_from``: a new encrypted file takes that file's salt (a backup takes its source's).
    """
    if passphrase is None:
        return sqlite3.connect(_connect_uri(path, mode), uri=True, check_same_thread=False)
    return cipher.connect(_connect_uri(path, mode), cipher.key_for(salt_from or path, passphrase))


@dataclass(frozen=True)
class FileInfo:
    revision: str
    encrypted: bool


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL in WAL mode: a committed change survives a power cut, not just an app crash.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


Progress = Callable[[int, int], None]
"""Called with (pages copied, pages in all) while a backup runs."""


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    # A queue of connections any thread may check out. The URL without a file would make
    # SQLAlchemy pick its one-connection-per-thread pool, which closes the oldest thread's
    # connection, in use or not, once more than five threads have one: the window's ops read
    # and write from workers ("Cannot operate on a closed database").
    if passphrase is None:
        engine = create_engine(
            "sqlite://", creator=lambda: raw_connect(path, "rwc"), poolclass=QueuePool
        )
    else:
        # The SQLCipher dialect wraps SQLCipher's errors like SQLite's; it sets the key itself
        # from the URL's password on every new connection: the derived key, not the passphrase.
        raw = cipher.key_for(path, passphrase).strip('"')
        url = URL.create("sqlite+pysqlcipher", password=raw)
        engine = create_engine(
            url,
            creator=lambda: cipher.connect(_connect_uri(path, "rwc"), None),
            poolclass=QueuePool,
        )
        event.listen(engine, "connect", _cipher_settings)
    event.listen(engine, "connect", _on_connect)
    return engine


def _cipher_settings(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA temp_store = MEMORY")


def not_written(exc: BaseException) -> str:
    """Why a write failed, in the person's words, when the cause is the disk or folder rather
    than the file (a full disk, a read-only folder or stick); else the error's own text."""
    import errno

    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    lowered = text.lower()
    code = getattr(orig, "errno", None)
    if code == errno.ENOSPC or "disk is full" in lowered:
        return _(DISK_FULL)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in lowered:
        return _("the folder or disk is read-only")
    if "unable to open database file" in lowered:
        return _("the folder cannot be written to")
    return text


def check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise FileNotWritableError(path, _("the folder does not exist"))
    if not os.access(folder, os.W_OK):
        raise FileNotWritableError(path, _("the folder is read-only"))
    if path.exists() and not os.access(path, os.W_OK):
        raise FileNotWritableError(path, _("the file is read-only"))


def _read_header(path: Path) -> bytes:
    if not path.exists():
        raise FileMissingError(path)
    if not path.is_file():
        raise NotAGroupFileError(path)
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise FileNotWritableError(path, exc.strerror or _("it cannot be read")) from exc


def is_encrypted(path: Path) -> bool:
    """True when ``path`` is not plain SQLite but could be an encrypted group file."""
    header = _read_header(path)
    return not header.startswith(SQLITE_MAGIC) and cipher.looks_encrypted(path)


def inspect_file(path: Path, passphrase: str | None = None) -> FileInfo:
    """Check an existing file and return its schema revision. Never writes to it.

    A plain file ignores ``passphrase``; an encrypted one needs it.
    """
    header = _read_header(path)
    encrypted = not header.startswith(SQLITE_MAGIC)
    if encrypted:
        if not cipher.looks_encrypted(path):
            raise NotAGroupFileError(path)
        if passphrase is None:
            raise PassphraseNeededError(path)
    elif len(header) < 100 or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAGroupFileError(path)
    with as_found(path):
        return _inspect_contents(path, passphrase if encrypted else None)


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside ``path``: its WAL, shared-memory index and rollback
    journal."""
    return Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")


@contextmanager
def as_found(path: Path, *, only_read: bool = False) -> Iterator[None]:
    """Reading a WAL-mode file makes SQLite create its -wal and -shm files; if the file is then
    refused (a StoreError), they are taken away again, so it is left exactly as it was found.
    ``only_read``: taken away however the reading ends (a file GroupKeeper only reads where it
    is, such as one in a shared folder)."""
    wal, shm, _journal = sidecars(path)
    existed = wal.exists() or shm.exists()

    def tidy() -> None:
        if not existed and (not wal.exists() or wal.stat().st_size == 0):
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)

    try:
        yield
    except StoreError:
        tidy()
        raise
    if only_read:
        tidy()


def _inspect_contents(path: Path, passphrase: str | None) -> FileInfo:
    try:
        conn = raw_connect(path, "ro", passphrase)
    except cipher.database_errors() as exc:
        raise DamagedFileError(path, str(exc)) from exc
    try:
        if passphrase is not None:
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            except cipher.database_errors() as exc:
                if cipher.try_older_key(path):
                    return _inspect_contents(path, passphrase)
                raise WrongPassphraseError(path) from exc
            if app_id != APPLICATION_ID:
                raise NotAGroupFileError(path)
        # Before anything reads the group's tables: a trigger or view would run our queries
        # through the file's own code.
        if what := schema.unexpected(conn, None):
            raise AlteredFileError(path, what)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and (what := schema.unexpected(conn, str(row[0]))):
            raise AlteredFileError(path, what)
        # Values too, at the newest revision (an older file is checked again once upgraded).
        if row is not None and str(row[0]) == HEAD:
            if gone := values.missing(conn):
                raise DamagedFileError(
                    path, _("it has lost {columns}").format(columns=", ".join(gone))
                )
            if where := values.unreadable(conn):
                raise UnreadableValuesError(path, where)
        if not _quick_check(conn):
            raise DamagedFileError(path, _("its internal check failed"))
    except cipher.database_errors() as exc:
        raise DamagedFileError(path, str(exc)) from exc
    finally:
        conn.close()
    if row is None:
        raise DamagedFileError(path, _("its version record is missing"))
    return FileInfo(str(row[0]), passphrase is not None)


# Attached files' bytes (the library's ``attachment_chunk`` table) are checked by the full
# integrity check and by their SHA-256 whenever they are read back, not at every open.
UNCHECKED_AT_OPEN = ("attachment_chunk",)


def _quick_check(conn: sqlite3.Connection) -> bool:
    """SQLite's quick check of every table and index, except attached files' bytes.

    ``PRAGMA quick_check`` reads every page, so a file holding 200 MB of handouts would open
    several times slower; checking table by table skips those pages alone.
    """
    tables = conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").fetchall()
    pragmas = [
        f"PRAGMA quick_check({quote(str(name))})"
        for name, sql in tables
        if name not in UNCHECKED_AT_OPEN and not str(sql or "").startswith("CREATE VIRTUAL")
    ]
    return all(conn.execute(p).fetchone() == ("ok",) for p in pragmas)


def integrity_check(path: Path, passphrase: str | None = None) -> list[str]:
    """The full check (``PRAGMA integrity_check`` and foreign keys): problems found, or []."""
    info = inspect_file(path, passphrase)
    conn = raw_connect(path, "ro", passphrase if info.encrypted else None)
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            _("a row in {table} (row {rowid}) points to a missing row in {parent}").format(
                table=table, rowid=rowid, parent=parent
            )
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
    except cipher.database_errors() as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems


def backup_copy(
    source: Path,
    target: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """A consistent snapshot of a (possibly live) group file, via SQLite's online backup API.

    An encrypted source gives an encrypted copy with the same passphrase. ``target`` appears
    only when complete (written beside it first, then renamed) and is private to its owner.
    """
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = raw_connect(source, "ro", passphrase)
    try:
        new_private_file(partial)
        dst = raw_connect(partial, "rw", passphrase, salt_from=source)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
            # A rollback-journal file: one self-contained file that can be read without SQLite
            # creating -wal and -shm files beside it. (Opened as a group file, it goes WAL.)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(partial, target)
    return target
