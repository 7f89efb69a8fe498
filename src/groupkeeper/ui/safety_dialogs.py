"""The dialogs of file safety: passphrase, new passphrase, restore, hand-over, and the page a
locked window shows. Imported when first needed, so start-up does not pay for them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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
from groupkeeper.store.protection import check_new_passphrase
from groupkeeper.ui.kit.forms import (
    ERROR_STYLE,
    Button,
    button_box,
    error_label,
    hint_label,
    show_problems,
)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(300)
    return field


def when(moment: Any) -> str:
    """A backup's time as people say it: "Sun 22 Nov 2026, 07:16"."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


class PassphraseDialog(QDialog):
    """Asks for the passphrase of a protected file; says so when the last try was wrong."""

    def __init__(self, parent: QWidget | None, file_name: str, wrong: bool = False) -> None:
        super().__init__(parent)
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
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(wrong)
        layout.addWidget(self.error)
        layout.addWidget(button_box(self, text=self.tr("Open")))

    def passphrase(self) -> str:
        return self.field.text()


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


class NewPassphraseDialog(QDialog):
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


class RestoreDialog(QDialog):
    """Lists the file's backups, newest first, with what each holds."""

    def __init__(self, parent: QWidget | None, group_file: Path, passphrase: str | None) -> None:
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
        for backup in backups.list_backups(group_file):
            try:
                holds = backups.describe(backups.summary(backup.path, passphrase))
                usable = True
            except StoreError as exc:
                holds = self._why(exc)
                usable = False
            item = QListWidgetItem(f"{when(backup.taken)}  ·  {holds}\n{backup.label}")
            if not usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            self.backups.append(backup)
        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        box = button_box(self, text=self.tr("Restore this backup"))
        self.restore_button = box.button(Button.Ok)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._sync)
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

    def _why(self, exc: StoreError) -> str:
        if isinstance(exc, PassphraseNeededError | WrongPassphraseError):
            return self.tr("needs a different passphrase")
        return self.tr("damaged, cannot be used")

    def _sync(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        item = self.list.item(row) if row >= 0 else None
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self.backups[row]


class HandoverDialog(QDialog):
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
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.hint = QLabel()
        self.field = _password_field(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setMinimumSize(200, 40)
        self.error = QLabel(self.tr("That passphrase is not right. Try again."))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        for widget in (title, self.hint, self.field, self.error, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self._unlock)
        self.field.returnPressed.connect(self._unlock)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.field.text())

    def reset(self, file_name: str) -> None:
        self.hint.setText(
            self.tr("{name} is protected. Enter its passphrase to carry on.").format(name=file_name)
        )
        self.field.clear()
        self.error.setVisible(False)
        self.field.setFocus()
