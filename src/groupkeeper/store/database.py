"""Open, check, create and upgrade a group file.

Opening follows one path whatever calls it (the window, a headless command, a test):

1. a missing file is created only when asked, then stamped at the newest revision;
2. an existing file must look like SQLite (or, encrypted, open with the passphrase), carry
   GroupKeeper's application id and pass ``PRAGMA quick_check`` before anything writes to it;
3. the file is locked for this process (:mod:`groupkeeper.store.lock`): one writer at a time;
4. a file at the newest revision opens without importing Alembic; an older one is first
   copied aside (SQLite's online backup API) and then upgraded; a newer one is refused.
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
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from groupkeeper.files import new_private_file
from groupkeeper.store import cipher, schema, undo, values
from groupkeeper.store.errors import (
    AlteredFileError,
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    NewerFileError,
    NotAGroupFileError,
    PassphraseNeededError,
    StoreError,
    UnreadableValuesError,
    WrongPassphraseError,
)
from groupkeeper.store.lock import FileLock, lock_path, real_path
from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS
from groupkeeper.store.undo import Step

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


class GroupStore:
    """One open group file: hands out sessions, one unit of work each.

    It holds the file's lock until :meth:`close`, knows the passphrase of an encrypted file
    (backups are taken with it) and notes whether anything was committed (``changed``), so a
    backup can be taken on close.
    """

    def __init__(
        self, path: Path, engine: Engine, lock: FileLock, passphrase: str | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self.passphrase = passphrase
        self.changed = False
        self.backup_on_close = True
        self.history = undo.History()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(engine, "after_cursor_execute", self._executed)

    def _executed(self, *args: Any) -> None:
        context = args[4]  # (conn, cursor, statement, parameters, context, executemany)
        if context is not None and (context.isinsert or context.isupdate or context.isdelete):
            self.changed = True

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """``with store.session() as s, s.begin(): ...`` commits on success, rolls back on error."""
        with self._sessions() as s:
            yield s

    @contextmanager
    def change(self, label: str, section: str = "") -> Iterator[Session]:
        """One change a person makes, in one transaction, recorded as one undoable step:
        ``with store.change("Delete member Ana R.", "members") as s: ...``."""
        with self.recording(label, section) as rec, rec.session() as s:
            yield s

    @contextmanager
    def recording(self, label: str, section: str = "") -> Iterator[Recording]:
        """One undoable step made of several transactions (each ``rec.session()``), for work
        that commits as it goes, such as attaching files one by one. What committed is kept
        as the step even if a later transaction fails.

        A full disk or a file that cannot be written is a :class:`StoreError` saying so (the
        transaction rolled back), not a database error."""
        rec = Recording(self)
        try:
            yield rec
        except DBAPIError as exc:
            why = not_written(exc)
            if why == str(exc.orig):
                raise  # not the disk: a fault to see whole
            raise StoreError(
                self.path,
                f"“{label}” was not saved: GroupKeeper could not write to {self.path.name} "
                f"({why}). Nothing was changed; free some space or check the disk, then try "
                "again.",
            ) from exc
        finally:
            if rec.changes:
                self.history.push(undo.make_step(label, section, rec.changes, rec.tables))

    def undo(self) -> Step:
        """Undo the newest step; raises :class:`~groupkeeper.store.undo.UndoError` (the file
        and the history as they were) when it cannot."""
        return self._play(backwards=True)

    def redo(self) -> Step:
        return self._play(backwards=False)

    def _play(self, *, backwards: bool) -> Step:
        step = self.history.next_undo if backwards else self.history.next_redo
        if step is None:
            raise undo.UndoError(
                "There is nothing to undo." if backwards else "There is nothing to redo."
            )
        self._replay(step, backwards=backwards)
        self.history.moved(step, undone=backwards)
        return step

    def _replay(self, step: Step, *, backwards: bool) -> None:
        from groupkeeper.store.registry import AFTER_REPLAY

        try:
            with self.session() as s:
                conn = s.connection()
                info = conn.info
                try:
                    undo.prepare(conn)
                    undo.replay(conn, step, backwards=backwards)
                    for hook in AFTER_REPLAY:
                        hook(conn, step)
                    undo.clear(conn)  # the replay's own rows: not a new step
                    s.commit()
                except BaseException:
                    s.rollback()
                    undo.forget(info)
                    raise
        except IntegrityError as exc:  # a row it needs was changed outside the history
            raise undo.UndoError(undo.changed_since(step)) from exc
        except DBAPIError as exc:
            raise undo.UndoError(
                f"“{step.label}” could not be undone or redone: the group file could not be "
                f"written ({exc.orig}). Nothing was changed; free some space on the disk or "
                "check the file, then try again."
            ) from exc

    def close(self, progress: Progress | None = None) -> None:
        """Close the file; if anything changed, take an automatic backup first.

        The file closes even if the backup fails; the backup's error is then raised.
        """
        if not self.lock.held:
            return
        try:
            if self.changed and self.backup_on_close:
                from groupkeeper.store import backups

                backups.take_automatic(self.path, self.passphrase, progress=progress)
        finally:
            self.changed = False
            self.history.clear()
            self.engine.dispose()
            self.lock.release()

    def __enter__(self) -> GroupStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class Recording:
    """The row changes of one step as its transactions commit (see ``GroupStore.recording``)."""

    def __init__(self, store: GroupStore) -> None:
        self.store = store
        self.changes: list[undo.RowChange] = []
        self.tables: list[undo.Table] = []

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction of the step: committed on success, rolled back on error."""
        with self.store.session() as s:
            conn = s.connection()
            info = conn.info
            try:
                # Before the first write: the triggers are made outside the transaction.
                tables = undo.prepare(conn)
                yield s
                s.flush()
                changes = undo.collect(conn, tables)
                s.commit()
            except BaseException:
                s.rollback()
                undo.forget(info)
                raise
        self.changes.extend(changes)
        self.tables = tables


def _make_engine(path: Path, passphrase: str | None = None) -> Engine:
    if passphrase is None:
        engine = create_engine("sqlite://", creator=lambda: raw_connect(path, "rwc"))
    else:
        # The SQLCipher dialect wraps SQLCipher's errors like SQLite's; it sets the key itself
        # from the URL's password on every new connection: the derived key, not the passphrase.
        raw = cipher.key_for(path, passphrase).strip('"')
        url = URL.create("sqlite+pysqlcipher", password=raw)
        engine = create_engine(url, creator=lambda: cipher.connect(_connect_uri(path, "rwc"), None))
        event.listen(engine, "connect", _cipher_settings)
    event.listen(engine, "connect", _on_connect)
    return engine


def _cipher_settings(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA temp_store = MEMORY")


def not_written(exc: BaseException) -> str:
    """Why a write failed, in words, when the cause is the disk or folder rather than the file
    (a full disk, a read-only folder or stick); else the error's own text."""
    import errno

    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    lowered = text.lower()
    code = getattr(orig, "errno", None)
    if code == errno.ENOSPC or "disk is full" in lowered:
        return "the disk is full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in lowered:
        return "the folder or disk is read-only"
    if "unable to open database file" in lowered:
        return "the folder cannot be written to"
    return text


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise FileNotWritableError(path, "the folder does not exist")
    if not os.access(folder, os.W_OK):
        raise FileNotWritableError(path, "the folder is read-only")
    if path.exists() and not os.access(path, os.W_OK):
        raise FileNotWritableError(path, "the file is read-only")


def _read_header(path: Path) -> bytes:
    if not path.exists():
        raise FileMissingError(path)
    if not path.is_file():
        raise NotAGroupFileError(path)
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise FileNotWritableError(path, exc.strerror or "it cannot be read") from exc


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
def as_found(path: Path) -> Iterator[None]:
    """Reading a WAL-mode file makes SQLite create its -wal and -shm files; if the file is then
    refused (a StoreError), they are taken away again, so it is left exactly as it was found."""
    wal, shm, _journal = sidecars(path)
    existed = wal.exists() or shm.exists()
    try:
        yield
    except StoreError:
        if not existed and (not wal.exists() or wal.stat().st_size == 0):
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
        raise


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
                raise DamagedFileError(path, f"it has lost {', '.join(gone)}")
            if where := values.unreadable(conn):
                raise UnreadableValuesError(path, where)
        if not _quick_check(conn):
            raise DamagedFileError(path, "its internal check failed")
    except cipher.database_errors() as exc:
        raise DamagedFileError(path, str(exc)) from exc
    finally:
        conn.close()
    if row is None:
        raise DamagedFileError(path, "its version record is missing")
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
        f"PRAGMA quick_check({undo.quote(str(name))})"
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
            f"a row in {table} (row {rowid}) points to a missing row in {parent}"
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


def _create(path: Path) -> Engine:
    from groupkeeper.store import registry
    from groupkeeper.store.base import Base

    _ = registry
    engine = _make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        for seed in registry.SEEDS:
            seed(conn)
        conn.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    with engine.connect() as conn:  # the header into the main file, not only the WAL
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return engine


def _upgrade(path: Path, revision: str, passphrase: str | None) -> Path:
    from groupkeeper.store import backups
    from groupkeeper.store.migrate import upgrade_to_head

    saved = backups.take(path, passphrase, tag=f"before-upgrade-{revision}")
    engine = _make_engine(path, passphrase)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    return saved


def open_store(path: Path, *, create: bool = False, passphrase: str | None = None) -> GroupStore:
    """Open the group file at ``path`` (creating it if ``create``), upgraded to head.

    Raises a :class:`~groupkeeper.store.errors.StoreError` whose message says what to do;
    the file is unchanged whenever one is raised.
    """
    path = real_path(path)  # a symlink: lock and write the file it names, never the link
    if not path.exists():
        if not create:
            raise FileMissingError(path)
        _check_writable(path)
        lock = FileLock(path).acquire()
        # Made whole beside it and renamed into place: a full disk or a crash halfway never
        # leaves a broken file in the way of the next try.
        staged = path.with_name(path.name + ".creating")
        try:
            for leftover in (staged, *sidecars(staged)):
                leftover.unlink(missing_ok=True)
            new_private_file(staged)
            _create(staged).dispose()
            os.replace(staged, path)
            return GroupStore(path, _make_engine(path), lock)
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            lock.release()
            for leftover in (staged, *sidecars(staged)):
                leftover.unlink(missing_ok=True)
            raise FileNotWritableError(path, not_written(exc)) from exc
    # A lock file left beside it: its holder may be writing, so ask before reading anything.
    # (A lock left by a crash is not held, and is simply taken over.)
    early = FileLock(path).acquire() if lock_path(path).exists() else None
    try:
        with as_found(path):
            info = inspect_file(path, passphrase)
            if info.revision not in KNOWN_REVISIONS:
                raise NewerFileError(path, info.revision)
            _check_writable(path)
    except BaseException:
        if early is not None:
            early.release()
        raise
    key = passphrase if info.encrypted else None
    lock = early or FileLock(path).acquire()
    try:
        if info.revision != HEAD:
            _upgrade(path, info.revision, key)
            inspect_file(path, key)  # its values, now that they have the newest columns
        engine = _make_engine(path, key)
        try:
            # Touch the file once so a locked or unreadable file fails here, not mid-edit.
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1 FROM group_info LIMIT 1")
        except DBAPIError as exc:
            engine.dispose()
            if (why := not_written(exc)) != str(exc.orig):  # the disk, not the file
                raise FileNotWritableError(path, why) from exc
            raise DamagedFileError(path, str(exc.orig)) from exc
        from groupkeeper.store import backups

        # Finish what an interrupted protect, restore or backup left: no plain copy of a
        # protected group and no half-made copy survives an open.
        backups.secure_copies(path, key)
    except BaseException:
        lock.release()
        raise
    return GroupStore(path, engine, lock, key)
