"""Keeping the group file safe from the window: backups, restore, damage check, hand-over,
the passphrase and the idle lock.

:class:`FileSafety` holds the actions; the main window puts them in its File and Settings menus
and calls :meth:`FileSafety.opened` and :meth:`FileSafety.close_store` around each file. Its dialogs
live in :mod:`groupkeeper.ui.safety.dialogs`, imported on first use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from groupkeeper import FILE_SUFFIX, paths, preferences
from groupkeeper.errors import GroupKeeperError
from groupkeeper.store import GroupStore
from groupkeeper.ui.shell.actions import ActionSpec
from groupkeeper.ui.work.workers import run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from groupkeeper.store.backups import Backup
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.safety.dialogs import LockPage


class Shell(Protocol):
    """What the file-safety actions need of the window beyond the context: closing and
    opening files, and the lock page."""

    def set_store(self, store: GroupStore | None, *, remember: bool = True) -> None: ...

    def open_file(self, path: Path, passphrase: str | None = None) -> bool: ...

    def show_locked(self, locked: bool, file_name: str) -> None: ...

    @property
    def lock_page(self) -> LockPage: ...


def _why(exc: Exception) -> str:
    return exc.message if isinstance(exc, GroupKeeperError) else str(exc)


class FileSafety(QObject):
    """The window's file-safety actions and the idle lock."""

    locked_changed = Signal(bool)

    def __init__(
        self, ctx: AppContext, shell: Shell, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.shell = shell
        self.clock = clock
        self.last_activity = clock()
        self.locked = False
        self.progress: QProgressDialog | None = None
        tr = self.tr

        def act(
            key: str, text: str, slot: Callable[[], object], keys: str | None = None,
            tip: str = "", when: Callable[[], bool] | None = None, needs_file: bool = True,
            menu: str = "file:1",
        ) -> QAction:  # fmt: skip
            return ctx.actions.add(
                ActionSpec(key, text, slot, keys, tip, (menu,), when, needs_file)
            )

        def protected() -> bool:
            return self.store is not None and self.store.encrypted

        self.act_backup = act(
            "backup", tr("&Back up now…"), self.back_up_now, None,
            tr("Save a copy, e.g. to a USB stick"),
        )  # fmt: skip
        self.act_restore = act(
            "restore_backup", tr("Restore from &backup…"), lambda: self.restore_from_backup(),
            None, tr("Go back to an earlier copy of this file"),
        )  # fmt: skip
        self.act_handover = act(
            "handover", tr("&Hand over to the next secretary…"), self.hand_over, None,
            tr("Write one copy of the group file for someone else"),
        )  # fmt: skip
        self.act_check = act(
            "check", tr("&Check the file for damage"), self.check_file, None, tr("A full check")
        )
        self.act_protect = act(
            "protect", tr("&Protect with a passphrase…"), self.protect,
            when=lambda: not protected(), menu="settings:1",
        )  # fmt: skip
        self.act_change = act(
            "change_passphrase", tr("&Change the passphrase…"), self.change_passphrase,
            when=protected, menu="settings:1",
        )  # fmt: skip
        self.act_unprotect = act(
            "unprotect", tr("&Remove the passphrase…"), self.remove_passphrase,
            when=protected, menu="settings:1",
        )  # fmt: skip
        self.act_lock_minutes = act(
            "lock_minutes", tr("&Lock when idle…"), self.choose_lock_minutes, needs_file=False,
            menu="settings:2",
        )  # fmt: skip
        self.act_lock_now = act(
            "lock_now", tr("Lock &now"), self.lock, "Ctrl+L", when=protected, menu="settings:2"
        )
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self._activity: set[QEvent.Type] | None = (
            None  # watched only while a protected file is open
        )

    # ------------------------------------------------------------------ state

    @property
    def store(self) -> GroupStore | None:
        gateway = self.ctx.gateway
        return gateway.store if gateway is not None else None

    def actions(self) -> list[QAction]:
        return [
            self.act_backup,
            self.act_restore,
            self.act_check,
            self.act_handover,
            self.act_protect,
            self.act_change,
            self.act_unprotect,
            self.act_lock_minutes,
            self.act_lock_now,
        ]

    def _watch_activity(self, on: bool) -> None:
        """Track keys and mouse (for the idle lock) only while a protected file is open."""
        app = QApplication.instance()
        if app is None or on == (self._activity is not None):
            return
        if on:
            kinds = QEvent.Type
            self._activity = {kinds.KeyPress, kinds.MouseButtonPress, kinds.MouseMove, kinds.Wheel}
            self.last_activity = self.clock()
            app.installEventFilter(self)
            self.timer.start()
        else:
            app.removeEventFilter(self)
            self.timer.stop()
            self._activity = None

    def sync(self) -> None:
        """Watch for activity while a protected file is open (the actions' state is in the
        registry's ``enabled_when``)."""
        store = self.store
        self._watch_activity(store is not None and store.encrypted)

    # ------------------------------------------------------------------ opening and closing

    def opened(self, store: GroupStore) -> None:
        """A file was just opened: take the daily automatic backup in the background."""
        self.last_activity = self.clock()
        if store.encrypted:
            from groupkeeper.ui.safety.dialogs import WRONG_TRIES

            WRONG_TRIES.succeeded(store.path.name)  # the right passphrase: no more waiting
        if not store.backup_on_close:
            return  # a screenshot: it changes nothing, so it neither needs nor makes backups
        from groupkeeper.store import backups

        if not backups.due(store.path):
            return
        path, key = store.path, store.passphrase
        run_task(
            self.ctx.pool,
            lambda: backups.take_automatic(path, key),
            lambda _p: self.ctx.status(self.tr("Backed up"), 4000),
            lambda message: self.ctx.status(
                self.tr("The automatic backup did not work: {why}").format(why=message), 15000
            ),
        )

    def close_store(self, store: GroupStore) -> None:
        """Close ``store``; its backup on closing (when it changed) shows its progress."""
        if not store.changed or not store.backup_on_close:
            store.close()
            return
        dialog = self._progress(self.tr("Backing up {name}…").format(name=store.path.name))
        try:
            store.close(progress=self._show_progress_now(dialog))
        except (GroupKeeperError, OSError) as exc:
            self.ctx.prompts.notify(
                self.tr("Backup not made"),
                self.tr(
                    "The automatic backup on closing did not work ({why}). Your changes are "
                    "saved in the file itself."
                ).format(why=_why(exc)),
            )
        finally:
            dialog.close()

    def _progress(self, label: str) -> QProgressDialog:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, "", 0, 0, self.ctx.parent_widget)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setMinimumDuration(400)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog
        return dialog

    @staticmethod
    def _show_progress_now(dialog: QProgressDialog) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()

        return report

    def _in_background(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None]], object],
        done: Callable[[object], None],
        failed_title: str,
    ) -> None:
        """Run ``work(report)`` off the UI thread with a progress dialog; the window stays live."""
        dialog = self._progress(label)

        def progress(copied: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(copied)

        def finished(result: object) -> None:
            dialog.close()
            done(result)

        def failed(message: str) -> None:
            dialog.close()
            self.ctx.prompts.notify(failed_title, message)

        run_task(self.ctx.pool, work, finished, failed, progress)

    # ------------------------------------------------------------------ backups

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
        self._in_background(
            self.tr("Saving a backup to {name}…").format(name=out.name),
            lambda report: backups.copy_out(path, out, key, progress=report),
            lambda result: self.ctx.status(
                self.tr("Saved a backup to {path}").format(path=result), 10000
            ),
            self.tr("Backup not saved"),
        )

    def restore_from_backup(self, path: Path | None = None, passphrase: str | None = None) -> None:
        """Choose a backup of the open file (or of ``path``, e.g. a damaged one) and restore it."""
        from groupkeeper.ui.safety.dialogs import RestoreDialog

        store = self.store
        if path is None:
            if store is None:
                return
            path, passphrase = store.path, store.passphrase
        dialog = RestoreDialog(self.ctx.parent_widget, path, passphrase)
        self.ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._restore(path, passphrase, dialog.chosen()))
        dialog.open()

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
        from groupkeeper.store import backups

        store = self.store
        was_open = store is not None and store.path == path
        if was_open:
            self.shell.set_store(None)  # restore needs the file closed
        try:
            backups.restore(path, backup.path, passphrase)
        except (GroupKeeperError, OSError) as exc:
            self.ctx.prompts.notify(self.tr("Not restored"), _why(exc))
            if not was_open:
                return  # (a damaged file: opening it again would only ask again)
            done = ""
        if self.shell.open_file(path, passphrase) and done:
            self.ctx.status(done, 15000)

    def offer_backup_for_damaged(self, path: Path, message: str, passphrase: str | None) -> None:
        """A file failed its check at open: say so, and offer the newest good backup."""
        from groupkeeper.store import backups
        from groupkeeper.ui.safety.dialogs import when

        good = backups.newest_good(path, passphrase)
        if good is None:
            self.ctx.prompts.notify(self.tr("The file is damaged"), message)
            return
        ok = self.ctx.prompts.confirm(
            self.tr("The file is damaged"),
            message
            + "\n\n"
            + self.tr("The newest good backup is from {when} ({holds}). Go back to it?").format(
                when=when(good.taken),
                holds=backups.describe(backups.summary(good.path, passphrase)),
            ),
            self.tr("Restore that backup"),
        )
        if not ok:
            return
        done = self.tr("Restored the backup from {when}; the damaged file was kept aside.")
        self._restore_and_reopen(path, good, passphrase, done.format(when=when(good.taken)))

    def check_file(self) -> None:
        store = self.store
        if store is None:
            return
        from groupkeeper.store.sqlitefile import integrity_check

        path, key = store.path, store.passphrase

        def done(problems: object) -> None:
            if not problems:
                self.ctx.prompts.inform(
                    self.tr("No damage found"),
                    self.tr("{name} passed the full check.").format(name=path.name),
                )
                return
            found = cast(list[str], problems)
            self.ctx.prompts.notify(
                self.tr("The file is damaged"),
                self.tr(
                    "The full check found {n} problems in {name} (first: {first}). Choose "
                    "File > Restore from backup to go back to a good copy."
                ).format(n=len(found), name=path.name, first=found[0]),
            )

        self._in_background(
            self.tr("Checking {name}…").format(name=path.name),
            lambda _report: integrity_check(path, key),
            done,
            self.tr("Check not finished"),
        )

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
        self._in_background(
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

    def _rekey(self, new: str | None, done_text: str) -> None:
        store = self.store
        if store is None:
            return
        from groupkeeper.store.protection import change_passphrase

        path, old = store.path, store.passphrase
        self.shell.set_store(None)
        try:
            change_passphrase(path, old, new)
        except (GroupKeeperError, OSError) as exc:
            self.ctx.prompts.notify(self.tr("Passphrase not changed"), _why(exc))
            self.shell.open_file(path, old)
            return
        if self.shell.open_file(path, new):  # after it, or "Opened …" would hide the news
            self.ctx.status(done_text, 10000)

    def not_undone(self) -> str:
        """Said before the changes that close and reopen the file, which clears the history."""
        return self.tr(
            "Ctrl+Z cannot undo this, and the changes made before it can no longer be undone "
            "either: the file is closed and opened again."
        )

    def _ask_new_passphrase(self, title: str, explanation: str, done: str, button: str) -> None:
        from groupkeeper.ui.safety.dialogs import NewPassphraseDialog

        store = self.store
        if store is None:
            return
        explanation = explanation.format(name=store.path.name) + "\n\n" + self.not_undone()
        dialog = NewPassphraseDialog(self.ctx.parent_widget, title, explanation, button)
        self.ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._rekey(dialog.passphrase(), done))
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
        )

    def change_passphrase(self) -> None:
        self._ask_new_passphrase(
            self.tr("Change the passphrase"),
            self.tr("Choose the new passphrase for {name}. Its backups change with it."),
            self.tr("The passphrase is changed."),
            self.tr("Change passphrase"),
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
            self._rekey(None, self.tr("The passphrase is removed."))

    def choose_lock_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self.ctx.parent_widget,
            self.tr("Lock when idle"),
            self.tr(
                "Lock a window showing a protected file after this many minutes without use "
                "(0 for never):"
            ),
            preferences.lock_minutes(),
            0,
            preferences.MAX_LOCK_MINUTES,
        )
        if ok:
            preferences.set_lock_minutes(minutes)

    # ------------------------------------------------------------------ idle lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._activity is not None and event.type() in self._activity:
            self.last_activity = self.clock()
        return False

    def check_idle(self) -> None:
        store = self.store
        minutes = preferences.lock_minutes()
        if store is None or not store.encrypted or self.locked or minutes == 0:
            return
        if self.clock() - self.last_activity >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        store = self.store
        if store is None or not store.encrypted or self.locked:
            return
        self.locked = True
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                # done(), not reject(): a dialog may ask about unsaved changes in reject(),
                # and the lock must not wait on a question left on the screen.
                widget.done(QDialog.DialogCode.Rejected)
        self.shell.show_locked(True, store.path.name)
        self.sync()
        self.locked_changed.emit(True)

    def try_unlock(self, passphrase: str) -> bool:
        """Unlock if ``passphrase`` is the file's. After a few wrong ones in a row each next try
        waits longer (the lock page counts down), so guessing at a shared laptop is slow."""
        store = self.store
        if store is None or store.passphrase is None:
            return False
        import hmac

        from groupkeeper.ui.safety.dialogs import WRONG_TRIES

        name = store.path.name
        if WRONG_TRIES.wait_left(name) > 0:
            return False  # too soon: not even compared
        if not hmac.compare_digest(passphrase.encode(), store.passphrase.encode()):
            WRONG_TRIES.failed(name)
            self.shell.lock_page.wait()
            return False
        WRONG_TRIES.succeeded(name)
        self.locked = False
        self.last_activity = self.clock()
        self.shell.show_locked(False, store.path.name)
        self.sync()
        self.locked_changed.emit(False)
        return True
