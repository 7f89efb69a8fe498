"""The file-safety flows that work on a whole file: back up now, restore, the damaged-file
offer, the full check, hand-over and the passphrase.

Each asks on the UI thread and does the work as an op, through :class:`~groupkeeper.ui.
safety.filework.FileWork` (one piece of work at a time per file), with its progress shown; the
copies can be cancelled, with nothing left half-made. :class:`~groupkeeper.ui.safety.
controller.FileSafety` holds the actions that start them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from groupkeeper import FILE_SUFFIX, paths
from groupkeeper.errors import GroupKeeperError
from groupkeeper.ui.work.ops import Op, Progress

if TYPE_CHECKING:
    from groupkeeper.store import GroupStore
    from groupkeeper.store.backups import Backup
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.safety.dialogs import LockPage
    from groupkeeper.ui.safety.filework import FileWork


class Shell(Protocol):
    """What the file-safety actions need of the window beyond the context: showing a file (or
    none), and the lock page."""

    def set_store(self, store: GroupStore | None, *, remember: bool = True) -> None: ...

    def show_locked(self, locked: bool, file_name: str) -> None: ...

    @property
    def lock_page(self) -> LockPage: ...


def in_words(exc: Exception) -> str:
    """What went wrong with a file, as the person is told it."""
    return exc.message if isinstance(exc, GroupKeeperError) else str(exc)


class _Stopped(Exception):
    """Raised from a copy's progress report when Cancel was pressed: the copy stops there and
    removes what it had written."""


def _stoppable(progress: Progress) -> Callable[[int, int], None]:
    """A copy's progress report that passes on the figures and stops the copy on Cancel."""

    def report(done: int, total: int) -> None:
        if progress.cancelled:
            raise _Stopped
        progress.report(done, total)

    return report


class FileFlows(QObject):
    """Back up now, restore, hand-over, the full check and the passphrase (module docstring)."""

    def __init__(self, ctx: AppContext, shell: Shell, files: FileWork) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.shell = shell
        self.files = files

    @property
    def store(self) -> GroupStore | None:
        gateway = self.ctx.gateway
        return gateway.store if gateway is not None else None

    def _ask_copy_path(self, title: str, name: str) -> Path | None:
        """Where to write a copy of the group file (Documents by default; .groupkeeper added)."""
        out = self.ctx.prompts.ask_save_path(
            title, paths.documents_dir() / name, self.tr("GroupKeeper group files (*.groupkeeper)")
        )
        if out is not None and out.suffix != FILE_SUFFIX:
            out = out.with_suffix(FILE_SUFFIX)
        return out

    def back_up_now(self) -> None:
        from groupkeeper.store import backups

        store = self.store
        if store is None:
            return
        name = f"{store.path.stem} backup {date.today():%Y-%m-%d}{FILE_SUFFIX}"
        out = self._ask_copy_path(self.tr("Save a backup copy"), name)
        if out is None:
            return
        path, key = store.path, store.passphrase
        self._copy_out(
            path,
            self.tr("Saving a backup to {name}…").format(name=out.name),
            lambda report: backups.copy_out(path, out, key, progress=report),
            lambda result: self.ctx.tell(self.tr("Saved a backup to {path}").format(path=result)),
            self.tr("Backup not saved"),
        )

    def _copy_out(
        self,
        path: Path,
        label: str,
        copy: Callable[[Callable[[int, int], None]], Path],
        done: Callable[[Path], None],
        failed_title: str,
    ) -> None:
        """Write a copy of the file elsewhere; Cancel stops it with nothing left where it
        was going."""

        def work(progress: Progress) -> Path | None:
            try:
                return copy(_stoppable(progress))
            except _Stopped:
                return None

        def finished(result: Path | None) -> None:
            if result is None:
                self.ctx.status(self.tr("Not saved: you pressed Cancel."), 8000)
            else:
                done(result)

        self.files.run(
            path,
            Op(work, finished, failed_title, label=label, progress=True, cancellable=True),
        )

    def restore_from_backup(self, path: Path | None = None, passphrase: str | None = None) -> None:
        """Choose a backup of the open file (or of ``path``, e.g. a damaged one) and restore it.
        The dialog shows at once; the backups are read for what they hold in an op."""
        from groupkeeper.ui.safety.dialogs import RestoreDialog, find_backups

        store = self.store
        if path is None:
            if store is None:
                return
            path, passphrase = store.path, store.passphrase
        dialog = RestoreDialog(self.ctx.parent_widget, path)
        self.ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._restore(path, passphrase, dialog.chosen()))
        dialog.open()
        group_file = path  # (for the closure: ``path`` is narrowed only here)
        running = Op(
            lambda p: find_backups(group_file, passphrase, p.report, lambda: p.cancelled),
            dialog.show_backups,
            self.tr("Backups not listed"), failure=dialog.show_problem, cancelled=lambda: None,
        ).run(self.ctx)  # fmt: skip
        dialog.finished.connect(lambda _result: running.cancel())

    def _restore(self, path: Path, passphrase: str | None, chosen: Backup | None) -> None:
        from groupkeeper.ui.safety.dialogs import when

        if chosen is None:
            return
        ok = self.ctx.prompts.confirm(
            self.tr("Restore this backup?"),
            self.tr(
                "Replace {name} with the backup from {when}? The file as it is now is kept as a "
                "backup, so you can undo this by restoring that one."
            ).format(name=path.name, when=when(chosen.taken))
            + "\n\n"
            + self.not_undone(),
            self.tr("Restore"),
        )
        if not ok:
            return
        done = self.tr("Restored the backup from {when}.").format(when=when(chosen.taken))
        self._restore_and_reopen(path, chosen, passphrase, done)

    def _restore_and_reopen(
        self, path: Path, backup: Backup, passphrase: str | None, done: str
    ) -> None:
        """Close the file, restore ``backup`` over it in an op, and open it again. Cancel,
        until the copy is complete, leaves the file as it was."""
        from groupkeeper.store import backups

        store = self.store
        was_open = store is not None and store.path == path
        if was_open:
            assert store is not None
            # No backup on closing: the restore keeps the file as it is ("before restore"),
            # and the closing backup's rotation could delete the very snapshot chosen.
            store.backup_on_close = False
            self.shell.set_store(None)  # restore needs the file closed

        def work(progress: Progress) -> bool:
            try:
                backups.restore(path, backup.path, passphrase, progress=_stoppable(progress))
            except _Stopped:
                return False
            return True

        def finished(restored: bool) -> None:
            said = done
            if not restored:
                said = self.tr("Nothing was restored: you pressed Cancel. {name} is as it was.")
                said = said.format(name=path.name)
            if was_open or restored:
                self._reopen(path, passphrase, said, 15000)
            else:
                self.ctx.status(said, 15000)

        def failed(message: str) -> None:
            self.ctx.prompts.notify(self.tr("Not restored"), message)
            if was_open:  # (a damaged file: opening it again would only ask again)
                self._reopen(path, passphrase)

        self.files.run(
            path,
            Op(
                work, finished, self.tr("Not restored"),
                label=self.tr("Restoring {name}…").format(name=path.name), progress=True,
                cancellable=True, failure=failed,
            ),
        )  # fmt: skip

    def _reopen(self, path: Path, passphrase: str | None, said: str = "", ms: int = 5000) -> None:
        """Open ``path`` again after work on it and say ``said`` once it shows. Its checks read
        the whole file (a few hundred ms for a large one), so it is opened in an op too. Not
        if the window was closed meanwhile."""
        from groupkeeper.store import open_store

        def opened(store: GroupStore) -> None:
            if not self.ctx.parent_widget.isVisible():
                store.close()  # closed meanwhile: nothing changed, nothing to back up
                return
            self.shell.set_store(store)
            if said:
                self.ctx.tell(said)  # restored, protected: news, not just a line at the foot
            else:
                self.ctx.status(self.tr("Opened {name}").format(name=path.name), ms)

        if not self.ctx.parent_widget.isVisible():
            return
        self.files.run(
            path,
            Op(
                lambda _p: open_store(path, passphrase=passphrase), opened,
                self.tr("Could not open the file"),
                label=self.tr("Opening {name}…").format(name=path.name), progress=True,
            ),
        )  # fmt: skip

    def offer_backup_for_damaged(self, path: Path, message: str, passphrase: str | None) -> None:
        """A file failed its check at open: say so, and offer the newest good backup (found in
        an op: each backup is checked until one passes)."""
        from groupkeeper.store import backups
        from groupkeeper.ui.safety.dialogs import when

        def work(_progress: Progress) -> tuple[Backup, str] | None:
            good = backups.newest_good(path, passphrase)
            if good is None:
                return None
            return good, backups.describe(backups.summary(good.path, passphrase))

        def damaged(*_why: str) -> None:
            self.ctx.prompts.notify(self.tr("The file is damaged"), message)

        def found(result: tuple[Backup, str] | None) -> None:
            if result is None:
                damaged()
                return
            good, holds = result
            ok = self.ctx.prompts.confirm(
                self.tr("The file is damaged"),
                message
                + "\n\n"
                + self.tr("The newest good backup is from {when} ({holds}). Go back to it?").format(
                    when=when(good.taken), holds=holds
                ),
                self.tr("Restore that backup"),
            )
            if not ok:
                return
            done = self.tr("Restored the backup from {when}; the damaged file was kept aside.")
            self._restore_and_reopen(path, good, passphrase, done.format(when=when(good.taken)))

        self.files.run(
            path,
            Op(
                work, found, self.tr("The file is damaged"),
                label=self.tr("Looking for a good backup of {name}…").format(name=path.name),
                progress=True,
                failure=damaged,
            ),
        )  # fmt: skip

    def check_file(self) -> None:
        store = self.store
        if store is None:
            return
        from groupkeeper.store.sqlitefile import integrity_check

        path, key = store.path, store.passphrase

        def done(problems: list[str]) -> None:
            if not problems:
                self.ctx.prompts.inform(
                    self.tr("No damage found"),
                    self.tr("{name} passed the full check.").format(name=path.name),
                )
                return
            self.ctx.prompts.notify(
                self.tr("The file is damaged"),
                self.tr(
                    "The full check found {n} problems in {name} (first: {first}). Choose "
                    "File > Restore from backup to go back to a good copy."
                ).format(n=len(problems), name=path.name, first=problems[0]),
            )

        # Not cancellable: SQLite's check runs in one call.
        self.files.run(
            path,
            Op(
                lambda _p: integrity_check(path, key), done, self.tr("Check not finished"),
                label=self.tr("Checking {name}…").format(name=path.name), progress=True,
            ),
        )  # fmt: skip

    def hand_over(self) -> None:
        from groupkeeper.ui.safety.dialogs import HandoverDialog

        store = self.store
        if store is None:
            return
        dialog = HandoverDialog(self.ctx.parent_widget, store.encrypted)
        self.ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._hand_over_to(*dialog.new_passphrase()))
        dialog.open()

    def _hand_over_to(self, change: bool, new: str | None) -> None:
        from groupkeeper.store import backups

        store = self.store
        if store is None:
            return
        out = self._ask_copy_path(self.tr("Save the copy for the next secretary"), store.path.name)
        if out is None:
            return
        path, key = store.path, store.passphrase
        self._copy_out(
            path,
            self.tr("Writing {name}…").format(name=out.name),
            lambda report: backups.copy_out(
                path, out, key, new_passphrase=new, change_passphrase=change, progress=report
            ),
            lambda result: self.ctx.prompts.inform(
                self.tr("Ready to hand over"),
                self.tr(
                    "Saved {path}. It is complete on its own: the next secretary opens it with "
                    "File > Open."
                ).format(path=result),
            ),
            self.tr("Copy not saved"),
        )

    # ------------------------------------------------------------------ passphrase

    def _rekey(self, new: str | None, done_text: str, doing: str) -> None:
        """Close the file (its backup on closing first), give it and every backup of it the
        passphrase ``new`` in an op, and open it again. Not cancellable: the file and its
        copies change together (an interruption is finished at the next open)."""
        store = self.store
        if store is None:
            return
        from groupkeeper.store.protection import change_passphrase

        path, old = store.path, store.passphrase
        self.shell.set_store(None)

        def changed(_rekeyed: int) -> None:
            self._reopen(path, new, done_text, 10000)

        def failed(message: str) -> None:
            self.ctx.prompts.notify(self.tr("Passphrase not changed"), message)
            self._reopen(path, old)

        self.files.run(
            path,
            Op(
                lambda _p: change_passphrase(path, old, new), changed,
                self.tr("Passphrase not changed"), label=doing.format(name=path.name),
                progress=True, failure=failed,
            ),
        )  # fmt: skip

    def not_undone(self) -> str:
        """Said before the changes that close and reopen the file, which clears the history."""
        return self.tr(
            "Ctrl+Z cannot undo this, and the changes made before it can no longer be undone "
            "either: the file is closed and opened again."
        )

    def _ask_new_passphrase(
        self, title: str, explanation: str, done: str, button: str, doing: str
    ) -> None:
        from groupkeeper.ui.safety.dialogs import NewPassphraseDialog

        store = self.store
        if store is None:
            return
        explanation = explanation.format(name=store.path.name) + "\n\n" + self.not_undone()
        dialog = NewPassphraseDialog(self.ctx.parent_widget, title, explanation, button)
        self.ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._rekey(dialog.passphrase(), done, doing))
        dialog.open()

    def protect(self) -> None:
        self._ask_new_passphrase(
            self.tr("Protect with a passphrase"),
            self.tr(
                "{name} and its backups will be encrypted. Anyone who opens it, on this "
                "computer or another, will need the passphrase."
            ),
            self.tr("The file is now protected."),
            self.tr("Protect"),
            self.tr("Protecting {name} and its backups…"),
        )

    def change_passphrase(self) -> None:
        self._ask_new_passphrase(
            self.tr("Change the passphrase"),
            self.tr("Choose the new passphrase for {name}. Its backups change with it."),
            self.tr("The passphrase is changed."),
            self.tr("Change passphrase"),
            self.tr("Changing the passphrase of {name} and its backups…"),
        )

    def remove_passphrase(self) -> None:
        store = self.store
        if store is None:
            return
        ok = self.ctx.prompts.confirm(
            self.tr("Remove the passphrase?"),
            self.tr(
                "{name} and its backups will no longer be encrypted: anyone using this "
                "computer could read the names and phone numbers in it."
            ).format(name=store.path.name)
            + "\n\n"
            + self.not_undone(),
            self.tr("Remove the passphrase"),
        )
        if ok:
            self._rekey(
                None,
                self.tr("The passphrase is removed."),
                self.tr("Removing the passphrase from {name} and its backups…"),
            )
