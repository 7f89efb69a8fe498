"""Keeping the group file safe from the window: backups, restore, damage check, hand-over,
the passphrase and the idle lock.

:class:`FileSafety` holds the actions; the main window puts them in its File and Settings menus
and calls :meth:`FileSafety.opened` and :meth:`FileSafety.close_store` around each file. Its dialogs
live in :mod:`groupkeeper.ui.safety.dialogs`, imported on first use.

Everything here that reads or writes a whole file (a backup, a restore, a new passphrase, a
copy, the full check, listing the backups) runs as an op, one at a time per file
(:mod:`groupkeeper.ui.safety.filework`): the window stays live and shows the progress.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from groupkeeper import preferences
from groupkeeper.errors import GroupKeeperError
from groupkeeper.store import GroupStore
from groupkeeper.ui.safety.filework import FileWork
from groupkeeper.ui.safety.flows import FileFlows, Shell, in_words
from groupkeeper.ui.shell.actions import ActionSpec
from groupkeeper.ui.work.ops import Op, Progress, under_way

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


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
        self.files = FileWork(ctx)
        self.flows = FileFlows(ctx, shell, self.files)
        flows, tr = self.flows, self.tr

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
            "backup", tr("&Back up now…"), flows.back_up_now, None,
            tr("Save a copy, e.g. to a USB stick"),
        )  # fmt: skip
        self.act_restore = act(
            "restore_backup", tr("Restore from &backup…"), lambda: flows.restore_from_backup(),
            None, tr("Go back to an earlier copy of this file"),
        )  # fmt: skip
        self.act_handover = act(
            "handover", tr("&Hand over to the next secretary…"), flows.hand_over, None,
            tr("Write one copy of the group file for someone else"),
        )  # fmt: skip
        self.act_check = act(
            "check", tr("&Check the file for damage"), flows.check_file, None, tr("A full check")
        )
        self.act_protect = act(
            "protect", tr("&Protect with a passphrase…"), flows.protect,
            when=lambda: not protected(), menu="settings:1",
        )  # fmt: skip
        self.act_change = act(
            "change_passphrase", tr("&Change the passphrase…"), flows.change_passphrase,
            when=protected, menu="settings:1",
        )  # fmt: skip
        self.act_unprotect = act(
            "unprotect", tr("&Remove the passphrase…"), flows.remove_passphrase,
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

    @property
    def busy(self) -> bool:
        """A backup, restore or other work on a file is under way or waiting its turn."""
        return self.files.busy

    def is_busy(self, path: Path) -> bool:
        """Work on ``path`` is under way or waiting (e.g. its backup on closing)."""
        return self.files.is_busy(path)

    def when_free(self, path: Path, fn: Callable[[], None]) -> None:
        """Call ``fn`` once no work on ``path`` is under way (at once if none): to open a file
        whose backup on closing is still being written."""
        self.files.when_free(path, fn)

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once no work on any file is under way, its progress shown meanwhile: the
        window waits for this before it closes, so it never quits halfway through a backup."""
        self.files.when_idle(fn)

    def wait_until_idle(self) -> None:
        """Return once no work on any file is under way, the window live meanwhile (a local
        event loop) and the progress shown: the window's close waits here after closing its
        file, so ``close()`` returns with the backup written and the file let go."""
        self.files.wait_until_idle()

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
        self.files.run(
            path,
            Op(
                lambda p: backups.take_automatic(path, key, progress=p.report),
                lambda _p: self.ctx.status(self.tr("Backed up"), 4000),
                self.tr("Backup not made"),
                failure=lambda message: self.ctx.status(
                    self.tr("The automatic backup did not work: {why}").format(why=message),
                    15000,
                ),
            ),
        )

    def close_store(self, store: GroupStore) -> None:
        """Close ``store``; when it changed, back it up first.

        The backup is written off the UI thread, so another file can show meanwhile. It starts
        once every op started while the file was open has finished (any of them may still be
        reading it), and the file's lock is let go only after it: until then the file counts
        as busy here (:meth:`when_free`, :meth:`when_idle`)."""
        path, name = store.path, store.path.name
        backup = store.changed and store.backup_on_close
        if not backup and not under_way() and not self.is_busy(path):
            store.close()  # nothing to copy and nobody reading it: at once
            return

        def work(progress: Progress) -> str:
            try:
                store.close(progress=progress.report)  # the file closes even if this fails
            except (GroupKeeperError, OSError) as exc:
                return in_words(exc)
            return ""

        def closed(why: str) -> None:
            if why:
                self.ctx.prompts.notify(
                    self.tr("Backup not made"),
                    self.tr(
                        "The automatic backup on closing did not work ({why}). Your changes are "
                        "saved in the file itself."
                    ).format(why=why),
                )
            elif backup:
                self.ctx.status(self.tr("Backed up {name}").format(name=name), 4000)

        label = self.tr("Backing up {name}…") if backup else self.tr("Closing {name}…")
        self.files.run(
            path,
            Op(
                work, closed, self.tr("Backup not made"), label=label.format(name=name),
                after_earlier=True,
            ),
        )  # fmt: skip

    def offer_backup_for_damaged(self, path: Path, message: str, passphrase: str | None) -> None:
        """A file failed its check at open: say so, and offer the newest good backup."""
        self.flows.offer_backup_for_damaged(path, message, passphrase)

    def finish_file_work(self) -> None:
        """Block until the work on files under way is written (the app is quitting)."""
        self.files.finish()

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
