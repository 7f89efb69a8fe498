"""Open, check, create and upgrade a group file.

Opening follows one path whatever calls it (the window, a headless command, a test):

1. a missing file is created only when asked, then stamped at the newest revision;
2. an existing file must look like SQLite (or, encrypted, open with the passphrase), carry
   GroupKeeper's application id and pass ``PRAGMA quick_check`` before anything writes to it;
3. the file is locked for this process (:mod:`groupkeeper.store.lock`): one writer at a time;
4. a file at the newest revision opens without importing Alembic; an older one is first
   copied aside (SQLite's online backup API) and then upgraded; a newer one is refused.

The file itself (connections, engines, those checks, copies) is
:mod:`groupkeeper.store.sqlitefile`; this module is the open path and the open store.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

import groupkeeper.store.backups as backups
import groupkeeper.store.undo as undo
from groupkeeper.files import new_private_file
from groupkeeper.i18n import _
from groupkeeper.store.errors import (
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    NewerFileError,
    StoreError,
)
from groupkeeper.store.lock import FileLock, lock_path, real_path
from groupkeeper.store.publication import Publication
from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS
from groupkeeper.store.shared import Conflict, WorkingCopy
from groupkeeper.store.sqlitefile import (
    Progress,
    as_found,
    check_writable,
    inspect_file,
    make_engine,
    not_written,
    sidecars,
)
from groupkeeper.store.undo import Step


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
        # A file in a shared folder is worked on as a private copy (store/shared.py): ``path``
        # is the copy, ``shared`` says where it is published.
        self.shared: WorkingCopy | None = None
        self.backup_on_close = True
        self.history = undo.History()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(engine, "after_cursor_execute", self._executed)

    def _executed(self, *args: Any) -> None:
        context = args[4]  # (conn, cursor, statement, parameters, context, executemany)
        if context is not None and (context.isinsert or context.isupdate or context.isdelete):
            self.changed = True
            if self.shared is not None and not self.shared.unpublished:
                self.shared.unpublished = True
                self.shared.save_state(open_now=True)

    @property
    def origin(self) -> Path:
        """The file the person chose: the shared one for a working copy, else ``path``."""
        return self.shared.shared if self.shared is not None else self.path

    def publish(self, *, force: bool = False) -> Publication | Conflict | None:
        """Publish the working copy to its shared folder (None: not shared, or nothing new).
        A :class:`Conflict` writes nothing; ``force`` publishes over it (Keep mine)."""
        import groupkeeper.store.shared as shared

        if self.shared is None or not (self.shared.unpublished or force):
            return None
        with self.engine.connect() as conn:  # everything into the main file, for the copy
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        if force:
            return shared.keep_mine(self.shared, self.passphrase)[1]
        return shared.publish(self.shared, self.passphrase)

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
                _(
                    "“{label}” was not saved: GroupKeeper could not write to {name} ({why}). "
                    "Nothing was changed; free some space or check the disk, then try again."
                ).format(label=label, name=self.path.name, why=why),
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
                _("There is nothing to undo.") if backwards else _("There is nothing to redo.")
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
                _(
                    "“{label}” could not be undone or redone: the group file could not be "
                    "written ({reason}). Nothing was changed; free some space on the disk or "
                    "check the file, then try again."
                ).format(label=step.label, reason=exc.orig)
            ) from exc

    def close(self, progress: Progress | None = None) -> None:
        """Close the file; if anything changed, take an automatic backup first.

        The file closes even if the backup fails; the backup's error is then raised.
        """
        if not self.lock.held:
            return
        conflict = None
        try:
            if self.changed and self.backup_on_close:
                backups.take_automatic(self.path, self.passphrase, progress=progress)
            if self.shared is not None:
                conflict = self.publish()
        finally:
            self.changed = False
            self.history.clear()
            self.engine.dispose()
            self.lock.release()
            if self.shared is not None:
                self.shared.save_state(open_now=False)
        if isinstance(conflict, Conflict):
            raise SharedConflictError(self.origin, conflict)

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


def _create(path: Path) -> Engine:
    # Here, not at the top: the registry imports every feature's models, whose import of
    # store.base runs this package's __init__ and so this module first; at the top, a model
    # imported before the store would be asked for before it was defined.
    import groupkeeper.store.registry as registry
    from groupkeeper.store.base import Base

    _registry = registry
    engine = make_engine(path)
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
    from groupkeeper.store.migrate import upgrade_to_head

    saved = backups.take(path, passphrase, tag=f"before-upgrade-{revision}")
    engine = make_engine(path, passphrase)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    return saved


class SharedConflictError(StoreError):
    """Closing a working copy found that someone else published since it was taken."""

    def __init__(self, path: Path, conflict: Conflict) -> None:
        super().__init__(
            path,
            conflict.describe()
            + " "
            + _(
                "Nothing was overwritten: your changes are kept on this computer. Open the "
                "file in GroupKeeper to choose whose copy to keep."
            ),
        )
        self.conflict = conflict


def open_store(path: Path, *, create: bool = False, passphrase: str | None = None) -> GroupStore:
    """Open the group file at ``path`` (creating it if ``create``), upgraded to head.

    A file in a cloud-sync folder or on a network share is opened as a private working copy
    (store/shared.py), published back when it is closed.

    Raises a :class:`~groupkeeper.store.errors.StoreError` whose message says what to do;
    the file is unchanged whenever one is raised.
    """
    path = real_path(path)  # a symlink: lock and write the file it names, never the link
    import groupkeeper.store.shared as shared

    if path.exists() and shared.where_shared(path) is not None:
        # Checked where it is, as any file is (a group file? its passphrase?), before a copy.
        with as_found(path, only_read=True):
            info = inspect_file(path, passphrase)
        if info.revision not in KNOWN_REVISIONS:
            raise NewerFileError(path, info.revision)
        copy = shared.working_copy(path, passphrase if info.encrypted else None)
        store = _open_file(copy.local, False, passphrase)
        store.shared = copy
        copy.save_state(open_now=True)
        return store
    return _open_file(path, create, passphrase)


def _open_file(path: Path, create: bool, passphrase: str | None) -> GroupStore:
    if not path.exists():
        if not create:
            raise FileMissingError(path)
        check_writable(path)
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
            return GroupStore(path, make_engine(path), lock)
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
            check_writable(path)
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
        engine = make_engine(path, key)
        try:
            # Touch the file once so a locked or unreadable file fails here, not mid-edit.
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1 FROM group_info LIMIT 1")
        except DBAPIError as exc:
            engine.dispose()
            if (why := not_written(exc)) != str(exc.orig):  # the disk, not the file
                raise FileNotWritableError(path, why) from exc
            raise DamagedFileError(path, str(exc.orig)) from exc
        # Finish what an interrupted protect, restore or backup left: no plain copy of a
        # protected group and no half-made copy survives an open.
        backups.secure_copies(path, key)
    except BaseException:
        lock.release()
        raise
    return GroupStore(path, engine, lock, key)
