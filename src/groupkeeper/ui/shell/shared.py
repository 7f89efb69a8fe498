"""A group file in a shared folder, from the window (store/shared.py says why it is a copy).

A group file kept in OneDrive, Dropbox or on a network share is worked on as this computer's
private copy, and the window puts it back whole ("publishes" it):

- File > Save to the shared folder (Ctrl+S), whenever the person likes;
- every five minutes while something changed, quietly;
- before the file closes (the window closes, another file opens).

A bar across the top says where the file lives and when it was last saved there, and the
status line keeps a short form of it. When someone else saved there first, nothing is written
and the person chooses whose copy to keep (:class:`ConflictDialog`): asked at once after
Ctrl+S or on closing, but a conflict the timer finds waits in the bar, never a dialog in the
middle of typing. A folder that cannot be reached is said plainly, and the change waits on
this computer for the next try.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import event

import groupkeeper.store.shared as shared
from groupkeeper.store import StoreError
from groupkeeper.store.publication import Publication
from groupkeeper.store.shared import Conflict
from groupkeeper.text import format_time
from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.forms import hint_label
from groupkeeper.ui.kit.screen import Dialog
from groupkeeper.ui.shell.actions import ActionSpec
from groupkeeper.ui.work.ops import Op

if TYPE_CHECKING:
    from groupkeeper.store import GroupStore
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.safety.filework import FileWork

PUBLISH_EVERY_MS = 5 * 60 * 1000
"""How often the window publishes on its own while something changed."""

Outcome = Publication | Conflict | StoreError | None
"""What one try to publish came to: published, someone else came first, the folder was not
there (the change kept on this computer), or nothing new to publish."""


class Shell(Protocol):
    """What the shared-folder flow needs of the window: closing the file, and opening one."""

    def set_store(self, store: GroupStore | None, *, remember: bool = True) -> None: ...

    def open_file(self, path: Path, passphrase: str | None = None) -> bool: ...


def _attempt(publish: Callable[[], Publication | Conflict | None]) -> Outcome:
    try:
        return publish()
    except StoreError as exc:  # the folder away: said in words, the change kept here
        return exc


def _at(pub: Publication) -> str:
    return format_time(pub.at.astimezone().time().replace(second=0, microsecond=0))


class ConflictDialog(Dialog):
    """Someone else saved the shared file after this copy was taken: whose copy to keep."""

    THEIRS = 10
    MINE = 11

    def __init__(self, parent: QWidget | None, conflict: Conflict, *, closing: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose whose copy to keep"))
        layout = QVBoxLayout(self)
        self.what = what = QLabel(conflict.describe())
        what.setWordWrap(True)
        what.setMinimumWidth(440)
        colours.ink(what, colours.Ink.WARNING, bold=True)
        why = QLabel(
            self.tr(
                "Nothing was overwritten. The two copies cannot be combined: choose the one "
                "the group goes on with. The other is kept as a backup on this computer, so "
                "nothing is lost."
            )
        )
        why.setWordWrap(True)
        self.theirs = QPushButton(self.tr("Use their copy"))
        self.mine = QPushButton(self.tr("Keep my copy"))
        choices = QGridLayout()
        choices.setColumnStretch(1, 1)
        for row, (button, said) in enumerate(
            (
                (self.theirs, self.tr(
                    "Their copy replaces yours on this computer. Yours is kept as a backup: "
                    "File > Restore from backup lists it."
                )),
                (self.mine, self.tr(
                    "Your copy goes to the shared folder in place of theirs. Theirs is kept as "
                    "a backup on this computer."
                )),
            )
        ):  # fmt: skip
            button.setMinimumHeight(34)
            button.setAutoDefault(False)  # Enter chooses nothing: each choice is a click
            button.setAccessibleDescription(said)
            label = QLabel(said)
            label.setWordWrap(True)
            label.setBuddy(button)
            choices.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            choices.addWidget(label, row, 1)
        later = (
            self.tr(
                "Decide later: your changes stay on this computer, and you are asked again "
                "the next time you open the file."
            )
            if closing
            else self.tr("Cancel: carry on working here; nothing is written.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.later = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if closing:
            self.later.setText(self.tr("Decide later"))
        self.later.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(what)
        layout.addWidget(why)
        layout.addLayout(choices)
        layout.addWidget(hint_label(later))
        layout.addWidget(buttons)
        self.theirs.clicked.connect(lambda: self.done(self.THEIRS))
        self.mine.clicked.connect(lambda: self.done(self.MINE))
        self.later.setFocus()


class SharedBar(QFrame):
    """The line across the top that says where the file lives, with what to do now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colours.fill(self, colours.Fill.NOTICE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Shared folder"))
        self.button = QPushButton()
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.setToolTip(self.tr("Hide this line (the status line still says it)"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def say(self, text: str, button: str, *, show: bool = True) -> None:
        self.label.setText(text)
        self.button.setText(button)
        if show:
            self.show()


class SharedFolder(QObject):
    """Publishing the open group file to its shared folder (see the module docstring)."""

    def __init__(self, ctx: AppContext, shell: Shell, files: FileWork) -> None:
        super().__init__(ctx)
        self.ctx, self.shell, self.files = ctx, shell, files
        self.action = ctx.actions.add(
            ActionSpec(
                "publish", self.tr("&Save to the shared folder"), lambda: self.publish(),
                QKeySequence.StandardKey.Save,
                self.tr("Put your changes back in the shared folder, for the others"),
                ("file:0",), self.is_shared,
            )
        )  # fmt: skip
        self.bar = SharedBar()
        self.bar.button.clicked.connect(self._bar_clicked)
        self.status_label = QLabel()
        self.status_label.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(PUBLISH_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        ctx.changed.connect(self._show_state)
        ctx.state_changed.connect(self._show_state)
        self.where = ""
        self.saved_at = ""
        self.conflict: Conflict | None = None
        self.away = ""  # the folder could not be reached: what was said
        self.busy = 0  # publishes of ours under way or waiting their turn
        self.dialog: ConflictDialog | None = None
        self._writes = 0  # written to the open file since it opened (from any thread)
        self._watched: Any = None  # the engine whose writes are counted
        self._after_close: tuple[shared.WorkingCopy, str | None, bool] | None = None

    # ------------------------------------------------------------------ state

    @property
    def store(self) -> GroupStore | None:
        gateway = self.ctx.gateway
        return gateway.store if gateway is not None else None

    def is_shared(self) -> bool:
        store = self.store
        return store is not None and store.shared is not None

    def _counted(self, *args: Any) -> None:
        context = args[4]  # (conn, cursor, statement, parameters, context, executemany)
        if context is not None and (context.isinsert or context.isupdate or context.isdelete):
            self._writes += 1

    def opened(self, store: GroupStore) -> None:
        """A file is now open: for a shared one, say so and publish as it changes."""
        if store.shared is None:
            return
        self.where = shared.where_shared(store.origin) or self.tr("a shared folder")
        self.saved_at, self.conflict, self.away, self._writes = "", None, "", 0
        self._watched = store.engine
        event.listen(store.engine, "after_cursor_execute", self._counted)
        self.bar.say(self._explained(), self.tr("Save there now"))
        self.timer.start()
        self._show_state()
        if store.shared.unpublished:  # changes kept here from last time: try them now
            self.publish(quiet=True)

    def close(self, store: GroupStore, close: Callable[[GroupStore], None]) -> None:
        """Close the open ``store`` with ``close`` (the window's, which backs it up): a shared
        one is published first (:meth:`settle`), and a "Use their copy" chosen goes on once
        it is closed."""
        if self._after_close is None:  # (else their copy was chosen: nothing to ask)
            self.settle()
        self.timer.stop()
        if self._watched is store.engine:
            event.remove(store.engine, "after_cursor_execute", self._counted)
            self._watched = None
        self.bar.hide()
        self.status_label.setVisible(False)
        self.conflict, self.away = None, ""
        close(store)
        pending, self._after_close = self._after_close, None
        if pending is None or pending[0] is not store.shared:
            return
        copy, passphrase, reopen = pending
        name = copy.shared.name

        def took(kept: Path) -> None:
            said = self.tr(
                "Took their copy of {name}. Yours was kept as a backup in {folder}: File > "
                "Restore from backup lists it, and File > Open opens it."
            ).format(name=name, folder=kept.parent)
            if not reopen:
                self.ctx.tell(said)
                return

            def reopened() -> None:  # once the window has let the closed file go
                if self.ctx.parent_widget.isVisible() and self.shell.open_file(
                    copy.shared, passphrase
                ):
                    self.ctx.tell(said)

            QTimer.singleShot(0, reopened)

        def failed(message: str) -> None:
            self.ctx.prompts.notify(self.tr("Their copy was not taken"), message)
            if reopen and self.ctx.parent_widget.isVisible():
                QTimer.singleShot(0, lambda: self.shell.open_file(copy.shared, passphrase))

        self.files.run(
            store.path,
            Op(
                lambda _p: shared.take_theirs(copy, passphrase), took,
                self.tr("Their copy was not taken"), label=self.tr("Taking their copy…"),
                progress=True, failure=failed,
            ),
        )  # fmt: skip

    def _explained(self) -> str:
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr(
            "This group is in {where}: you work on a copy here, and File > Save to the shared "
            "folder ({keys}) puts it back."
        ).format(where=self.where, keys=keys)
        if self.saved_at:
            text += " " + self.tr("Saved there at {time}.").format(time=self.saved_at)
        return text

    def _show_state(self) -> None:
        """The status line's short word on the shared folder."""
        store = self.store
        if store is None or store.shared is None:
            self.status_label.setVisible(False)
            return
        if self.conflict is not None:
            text = self.tr("Shared folder: someone else saved there first")
        elif self.away:
            text = self.tr("Shared folder: not reached, your changes are kept here")
        elif store.shared.unpublished:
            text = self.tr("Shared folder: your changes are not saved there yet")
        elif self.saved_at:
            text = self.tr("Shared folder: saved there at {time}").format(time=self.saved_at)
        else:
            text = self.tr("Shared folder: everything is saved there")
        self.status_label.setText(text)
        self.status_label.setToolTip(self._explained())
        self.status_label.setVisible(True)

    # ------------------------------------------------------------------ publishing

    def _tick(self) -> None:
        store = self.store
        if (
            store is not None and store.shared is not None and store.shared.unpublished
            and self.conflict is None and not self.busy
        ):  # fmt: skip
            self.publish(quiet=True)

    def _bar_clicked(self) -> None:
        if self.conflict is not None:
            self.choose()
        else:
            self.publish()

    def publish(self, *, quiet: bool = False, force: bool = False) -> None:
        """Publish now, off the window's thread. ``quiet`` (the timer, an open): a conflict or
        an unreachable folder waits in the bar instead of a question."""
        store = self.store
        if store is None or store.shared is None:
            return
        if quiet and self.busy:
            return  # one under way already (one asked for goes after it: FileWork's turn)
        self.busy += 1
        before = self._writes

        def done(outcome: Outcome) -> None:
            self.busy -= 1
            if self.store is not store:
                return  # closed meanwhile: its closing published it
            if self._writes != before and store.shared is not None:
                # Written while the copy was made: that change may not be in it.
                store.shared.unpublished = True
                store.shared.save_state(open_now=True)
            self._heard(outcome, quiet=quiet, forced=force)

        def failed(message: str) -> None:
            self.busy -= 1
            self.ctx.prompts.notify(self.tr("Not saved to the shared folder"), message)

        if force:
            label = self.tr("Saving your copy to the shared folder…")
        else:
            label = "" if quiet else self.tr("Saving to the shared folder…")
        self.files.run(
            store.path,
            Op(
                lambda _p: _attempt(lambda: store.publish(force=force)), done,
                self.tr("Not saved to the shared folder"), label=label, progress=not quiet,
                failure=failed,
            ),
        )  # fmt: skip

    def _heard(
        self, outcome: Outcome, *, quiet: bool, closing: bool = False, forced: bool = False
    ) -> None:
        """Say what one try to publish came to, and keep the bar and status line in step.
        ``quiet``: only the bar and the status line, unless the file is ``closing``."""
        if isinstance(outcome, Publication):
            self.conflict, self.away = None, ""
            self.saved_at = _at(outcome)
            said = self.tr("Saved to the shared folder at {time}.").format(time=self.saved_at)
            if forced:
                from groupkeeper.store import backups

                store = self.store
                assert store is not None
                said = self.tr(
                    "Your copy is in the shared folder now. Theirs was kept as a backup in "
                    "{folder}: File > Restore from backup lists it."
                ).format(folder=backups.backup_dir(store.path))
            shown = self.bar.isVisible()  # the bar says it: the notice would say it twice
            self.bar.say(self._explained(), self.tr("Save there now"), show=False)
            if quiet or (shown and not forced):
                self.ctx.status(said, 8000)
            else:
                self.ctx.tell(said)
        elif isinstance(outcome, Conflict):
            self.conflict = outcome
            self.bar.say(
                outcome.describe()
                + " "
                + self.tr("Nothing was overwritten: your changes are kept on this computer."),
                self.tr("Choose whose copy…"),
            )
            if not quiet or closing:
                self.choose(closing=closing)
        elif isinstance(outcome, StoreError):
            self.away = outcome.message
            self.bar.say(outcome.message, self.tr("Try again"))
            if not quiet or closing:
                self.ctx.prompts.notify(self.tr("Not saved to the shared folder"), outcome.message)
        elif not quiet:
            self.ctx.tell(self.tr("The shared folder already has all your changes."))
        self._show_state()

    # ------------------------------------------------------------------ whose copy

    def choose(self, *, closing: bool = False) -> None:
        """Ask whose copy to keep; while open, window-modal, and the answer acts at once."""
        if self.conflict is None:
            return
        dialog = ConflictDialog(self.ctx.parent_widget, self.conflict, closing=closing)
        self.dialog = dialog
        if closing:
            self.ctx.dialog = dialog
            self._chosen(dialog.exec(), closing=True)
            return
        dialog.finished.connect(lambda result: self._chosen(result))
        self.ctx.open_dialog(dialog)

    def _chosen(self, result: int, *, closing: bool = False) -> None:
        self.dialog = None
        store = self.store
        if store is None or store.shared is None:
            return
        if result == ConflictDialog.THEIRS:
            self._after_close = (store.shared, store.passphrase, not closing)
            self.conflict = None
            if not closing:
                self.shell.set_store(None)  # its closing takes their copy (``close``)
        elif result == ConflictDialog.MINE:
            if closing:
                self._publish_now(force=True)
            else:
                self.publish(force=True)
        elif closing:
            self.ctx.status(self.tr("Your changes are kept on this computer."), 8000)

    # ------------------------------------------------------------------ leaving the file

    def settle(self) -> None:
        """Before the open file closes (the window closes, another file opens, a backup is
        restored): publish what is new, and on a conflict ask now, "Decide later" keeping the
        changes here. Waits (the window live) for work on the file under way, then publishes
        on this thread: what comes next needs the answer."""
        store = self.store
        if store is None or store.shared is None:
            return
        self.timer.stop()
        if self.files.is_busy(store.path):
            loop = QEventLoop()
            self.files.when_free(store.path, loop.quit)
            loop.exec()
        if self.store is store and store.shared.unpublished:
            self._publish_now()

    def _publish_now(self, *, force: bool = False) -> None:
        store = self.store
        assert store is not None
        self.ctx.status(self.tr("Saving to the shared folder…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = _attempt(lambda: store.publish(force=force))
        finally:
            QApplication.restoreOverrideCursor()
            self.ctx.status("")
        self._heard(outcome, quiet=True, closing=True, forced=force)
