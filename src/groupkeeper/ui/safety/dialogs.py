"""The dialogs of file safety: passphrase, new passphrase, restore, hand-over, and the page a
locked window shows. Imported when first needed, so start-up does not pay for them."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.store import PassphraseNeededError, StoreError, WrongPassphraseError, backups
from groupkeeper.store.protection import check_new_passphrase, unlock_delay
from groupkeeper.text import format_date
from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.fonts import BIG, heading
from groupkeeper.ui.kit.forms import (
    Button,
    button_box,
    error_label,
    hint_label,
    show_problems,
)
from groupkeeper.ui.kit.screen import Dialog


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(300)
    return field


def when(moment: Any) -> str:
    """A backup's time as people say it: "Sun 22 Nov 2026, 07:16"."""
    return f"{format_date(moment.date())}, {moment:%H:%M}"  # CLDR's names, not the computer's


class WrongTries:
    """Wrong passphrases in a row, per file name, for the whole app: after a few, each next try
    waits longer (:func:`~groupkeeper.store.protection.unlock_delay`), whether the passphrase is
    asked for to open the file or to unlock the window. The right one clears the count.

    Kept for the app rather than for one window or one dialog: closing the dialog, or asking
    again from another window, does not start the count over."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tries: dict[str, tuple[int, float]] = {}  # name: (wrong in a row, wait until)

    def failed(self, name: str) -> float:
        """Count one more wrong passphrase for ``name``; return the seconds to wait now."""
        count = self._tries.get(name, (0, 0.0))[0] + 1
        delay = unlock_delay(count)
        self._tries[name] = (count, self.clock() + delay)
        return delay

    def wait_left(self, name: str) -> float:
        """Seconds before ``name``'s passphrase may be tried again (0 when it may be now)."""
        until = self._tries.get(name, (0, 0.0))[1]
        return max(0.0, until - self.clock())

    def succeeded(self, name: str) -> None:
        self._tries.pop(name, None)

    def clear(self) -> None:
        self._tries.clear()


WRONG_TRIES = WrongTries()


class RetryCountdown(QObject):
    """Keeps ``button`` off while a wait after wrong passphrases lasts, and says how long in
    ``label``. A timer counts down, so the window stays live (and can still lock) meanwhile."""

    def __init__(
        self, parent: QWidget, button: QAbstractButton, label: QLabel, left: Callable[[], float]
    ) -> None:
        super().__init__(parent)
        self.button, self.label, self.left = button, label, left
        self.timer = QTimer(self)
        self.timer.setInterval(250)  # the seconds shown change on time
        self.timer.timeout.connect(self.tick)

    def waiting(self) -> bool:
        return self.left() > 0

    def start(self) -> None:
        self.tick()
        if self.waiting():
            self.timer.start()

    def tick(self) -> None:
        left = self.left()
        self.button.setEnabled(left <= 0)
        self.label.setVisible(left > 0)
        if left <= 0:
            self.timer.stop()
            return
        # A clock ("0:05") reads right for any number, with or without a translation loaded.
        seconds = math.ceil(left)
        self.label.setText(
            self.tr("Too many wrong tries. You can try again in {clock}.").format(
                clock=f"{seconds // 60}:{seconds % 60:02d}"
            )
        )


def _wait_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


class PassphraseDialog(Dialog):
    """Asks for the passphrase of a protected file; says so when the last try was wrong, and
    after a few wrong tries keeps Open off for a growing while (see :class:`WrongTries`)."""

    def __init__(self, parent: QWidget | None, file_name: str, wrong: bool = False) -> None:
        super().__init__(parent)
        self.file_name = file_name
        if wrong:  # the window asks again because the last passphrase did not open the file
            WRONG_TRIES.failed(file_name)
        self.setWindowTitle(self.tr("Passphrase needed"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{name} is protected with a passphrase. Enter it to open the file.").format(
                name=file_name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = _password_field(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.error = QLabel(self.tr("That passphrase is not right. Check Caps Lock and try again."))
        colours.ink(self.error, colours.Ink.ALERT, bold=True)
        self.error.setVisible(wrong)
        layout.addWidget(self.error)
        self.wait_label = _wait_label(self.tr("Wait before trying again"))
        layout.addWidget(self.wait_label)
        box = button_box(self, text=self.tr("Open"))
        self.open_button = box.button(Button.Ok)
        layout.addWidget(box)
        self.countdown = RetryCountdown(
            self, self.open_button, self.wait_label, lambda: WRONG_TRIES.wait_left(file_name)
        )
        self.countdown.start()

    def passphrase(self) -> str:
        return self.field.text()

    def accept(self) -> None:
        if not self.countdown.waiting():  # (Enter while Open is off does nothing either)
            super().accept()


class PassphraseFields(QWidget):
    """A new passphrase, typed twice, with what is wrong with it."""

    def __init__(self, label: str) -> None:
        super().__init__()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = _password_field(label)
        self.again = _password_field(label + " again")
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Type it again:"), self.again)

    def text(self) -> str:
        return self.first.text()

    def problems(self) -> list[str]:
        return check_new_passphrase(self.first.text(), self.again.text())


class NewPassphraseDialog(Dialog):
    """Choose a passphrase: typed twice, checked before the dialog closes."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str, button: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        self.fields = PassphraseFields(self.tr("New passphrase"))
        self.first, self.again = self.fields.first, self.fields.again
        layout.addWidget(self.fields)
        warning = hint_label(
            self.tr(
                "Write it down and keep it somewhere safe. Nobody, not even GroupKeeper, "
                "can open the file without it."
            )
        )
        layout.addWidget(warning)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(button_box(self, text=button))

    def passphrase(self) -> str:
        return self.fields.text()

    def accept(self) -> None:
        if not show_problems(self.error, self.fields.problems()):
            super().accept()


@dataclass(frozen=True)
class Found:
    """A backup in the restore list, as read in an op."""

    backup: backups.Backup
    holds: str  # what it holds, e.g. "4 meetings, 25 members"; "" when it could not be read
    wrong_passphrase: bool = False  # (unread: it needs another passphrase; else damaged)


def find_backups(
    group_file: Path,
    passphrase: str | None,
    report: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> list[Found]:
    """The backups of ``group_file``, newest first, each opened for what it holds: an op's
    work (a second or two with many). Stops early, with those read, when ``cancelled``."""
    found: list[Found] = []
    every = backups.list_backups(group_file)
    for n, backup in enumerate(every):
        if cancelled():
            break
        report(n, len(every))
        try:
            found.append(Found(backup, backups.describe(backups.summary(backup.path, passphrase))))
        except StoreError as exc:
            wrong = isinstance(exc, PassphraseNeededError | WrongPassphraseError)
            found.append(Found(backup, "", wrong))
    return found


class RestoreDialog(Dialog):
    """Lists the file's backups, newest first, with what each holds. It shows at once, saying
    it is looking; the list comes from an op (:func:`find_backups`) to :meth:`show_backups`."""

    def __init__(self, parent: QWidget | None, group_file: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the copy of {name} to go back to. The file as it is now is kept as a "
                "backup first, so you can undo this by restoring that one."
            ).format(name=group_file.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self.backups: list[backups.Backup] = []
        self.empty = QLabel(self.tr("Looking for backups…"))
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Backups found"))
        layout.addWidget(self.empty)
        box = button_box(self, text=self.tr("Restore this backup"))
        self.restore_button = box.button(Button.Ok)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._sync)
        self._sync()

    def show_backups(self, found: list[Found]) -> None:
        """The backups, once read: the first one that can be used is chosen."""
        self.list.clear()
        self.backups = []
        for row in found:
            holds = row.holds or (
                self.tr("needs a different passphrase")
                if row.wrong_passphrase
                else self.tr("damaged, cannot be used")
            )
            item = QListWidgetItem(f"{when(row.backup.taken)}  ·  {holds}\n{row.backup.label}")
            if not row.holds:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            self.backups.append(row.backup)
        self.empty.setText(self.tr("There are no backups of this file yet."))
        self.empty.setVisible(not self.backups)
        first_usable = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            -1,
        )
        self.list.setCurrentRow(first_usable)
        self._sync()

    def show_problem(self, message: str) -> None:
        """The backups could not be listed (the folder cannot be read)."""
        self.empty.setText(message)
        self.empty.setVisible(True)

    def _sync(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        item = self.list.item(row) if row >= 0 else None
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self.backups[row]


class HandoverDialog(Dialog):
    """Hand the group file to the next secretary: one copy, optionally with its own passphrase."""

    def __init__(self, parent: QWidget | None, protected: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over to the next secretary"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This writes one complete copy of the group file, for example onto a USB stick. "
                "The next secretary opens it with File > Open on their own computer."
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)
        layout.addWidget(intro)
        self.own = QCheckBox(
            self.tr("Give the copy its own passphrase")
            if protected
            else self.tr("Protect the copy with a passphrase")
        )
        self.own.setChecked(not protected)
        layout.addWidget(self.own)
        self.fields = PassphraseFields(self.tr("Passphrase for the copy"))
        self.first, self.again = self.fields.first, self.fields.again
        layout.addWidget(self.fields)
        hint = hint_label(
            self.tr("Tell them the passphrase in person, not in the same envelope as the stick.")
        )
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(button_box(self, text=self.tr("Choose where…")))
        self.own.toggled.connect(self.fields.setEnabled)
        self.fields.setEnabled(self.own.isChecked())

    def new_passphrase(self) -> tuple[bool, str | None]:
        """(whether the copy gets a passphrase of its own, that passphrase)."""
        if not self.own.isChecked():
            return False, None
        return True, self.fields.text()

    def accept(self) -> None:
        if not self.own.isChecked() or not show_problems(self.error, self.fields.problems()):
            super().accept()


class LockPage(QWidget):
    """What a locked window shows: nothing of the group, only a way back in."""

    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("GroupKeeper is locked"))
        heading(title, BIG)
        self.hint = QLabel()
        self.field = _password_field(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setMinimumSize(200, 40)
        self.error = QLabel(self.tr("That passphrase is not right. Try again."))
        colours.ink(self.error, colours.Ink.ALERT, bold=True)
        self.error.setVisible(False)
        self.wait_label = _wait_label(self.tr("Wait before trying again"))
        self.wait_label.setWordWrap(False)  # centred, a wrapping label is cut to one line
        for widget in (title, self.hint, self.field, self.error, self.wait_label, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self._unlock)
        self.field.returnPressed.connect(self._unlock)
        self.file_name = ""
        self.countdown = RetryCountdown(
            self, self.button, self.wait_label, lambda: WRONG_TRIES.wait_left(self.file_name)
        )

    def _unlock(self) -> None:
        if not self.countdown.waiting():  # Enter in the field while Unlock is off: not a try
            self.unlock_requested.emit(self.field.text())

    def wait(self) -> None:
        """Show the wait after a wrong passphrase, if there is one now."""
        self.countdown.start()

    def reset(self, file_name: str) -> None:
        self.file_name = file_name
        self.hint.setText(
            self.tr("{name} is protected. Enter its passphrase to carry on.").format(name=file_name)
        )
        self.field.clear()
        self.error.setVisible(False)
        self.countdown.start()  # a wait already running (wrong tries to open it) still holds
        self.field.setFocus()
