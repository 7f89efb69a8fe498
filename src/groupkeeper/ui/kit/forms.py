"""Form building blocks: date and time fields, error and hint labels, the confirm/Cancel
buttons, the questions before something destructive or unsaved, and the dialogs every form
is built on (:class:`FormDialog` never drops typing; :class:`SavingDialog` stays open until
its save succeeds; :class:`RangeDialog` chooses dates)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.export.paper import SHEETS, Paper
from groupkeeper.group.models import LANGUAGES
from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.screen import Dialog


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def date_edit(d: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


def time_edit(t: time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(t.hour, t.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def paper_combo(booklet: bool = False) -> QComboBox:
    """Letter or A4 (and the folded booklet, for documents that make one)."""
    combo = QComboBox()
    for size in Paper if booklet else SHEETS:
        combo.addItem(QCoreApplication.translate("Dialogs", size.label), size)
    combo.setAccessibleName(QCoreApplication.translate("Dialogs", "Paper size"))
    return combo


def text_box(text: str = "", height: int = 0) -> QPlainTextEdit:
    """A box for a few lines of notes. Tab moves on to the next field, as in every other
    field of a form (Ctrl+Tab still types a tab); a person using the keyboard is never
    trapped in it."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    if height:
        box.setMinimumHeight(height)
    return box


def hint_label(text: str = "") -> QLabel:
    """A grey, wrapping line of explanation under a form."""
    label = QLabel(text)
    label.setWordWrap(True)
    colours.ink(label, colours.Ink.HINT)
    return label


def error_label() -> QLabel:
    label = QLabel()
    colours.ink(label, colours.Ink.ALERT, bold=True)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName("Problems")
    return label


def show_problems(label: QLabel, problems: list[str]) -> bool:
    """Show ``problems`` in an error label (hidden when there are none); True when there were
    any, so the dialog stays open."""
    label.setText("\n".join(problems))
    label.setVisible(bool(problems))
    return bool(problems)


def ask_to_confirm(
    parent: QWidget, title: str, text: str, yes: str, *, warning: bool = False
) -> bool:
    """A question before something destructive: ``yes`` does it; Cancel, the default, does not.
    ``warning``: a warning sign instead of a question mark, for a risk to the computer."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_to_save(parent: QWidget, name: str) -> str:
    """Before leaving unsaved changes to ``name``: "save", "discard" or "cancel" (the default)."""
    choice = QMessageBox.question(
        parent,
        QCoreApplication.translate("dialogs", "Save the changes?"),
        QCoreApplication.translate(
            "dialogs", "“{name}” has changes that are not saved yet. Save them first?"
        ).format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if choice == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if choice == QMessageBox.StandardButton.Discard else "cancel"


def form_state(root: QWidget) -> tuple[object, ...]:
    """What a person can have changed in a form: every field's text, tick and choice, and
    the rows of its lists, in a value that compares equal when nothing changed."""
    state: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
        elif isinstance(w, QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QAbstractItemView) and (model := w.model()) is not None:
            state.append(
                tuple(
                    (
                        model.data(model.index(r, 0)),
                        model.data(model.index(r, 0), Qt.ItemDataRole.CheckStateRole),
                    )
                    for r in range(min(model.rowCount(), 500))
                )
            )
    return tuple(state)


def narrow_combo() -> QComboBox:
    """A combo box that a long item (a meeting's name, a longer language's words) does not
    widen past what a small screen has
    (set before it is first measured: Qt keeps its first minimum)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


class FormDialog(Dialog):
    """A dialog that never drops typing: closing it (Escape, Cancel, the window's close
    button) with changes on screen asks Save / Discard / Cancel. What is "a change" is found
    from the fields themselves (:func:`form_state`), taken when the dialog is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: tuple[object, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean is None:
            self.mark_clean()

    def mark_clean(self) -> None:
        self._clean = form_state(self)

    def has_changes(self) -> bool:
        return self._clean is not None and form_state(self) != self._clean

    def ask_unsaved(self, name: str) -> str:
        """ "save", "discard" or "cancel" (a method, so tests can answer it)."""
        return ask_to_save(self, name)

    def reject(self) -> None:
        if self.has_changes():
            answer = self.ask_unsaved(self.windowTitle())
            if answer == "cancel":
                return
            if answer == "save":
                self.accept()  # stays open, with the problem shown, if it cannot be saved
                return
        super().reject()


Button = QDialogButtonBox.StandardButton


def button_box(dialog: QDialog, ok: Button = Button.Ok, text: str = "") -> QDialogButtonBox:
    """The confirm and Cancel buttons every dialog ends with; Enter confirms.

    The confirm button is a standard one (renamed when a verb says more): a button added with
    ``addButton`` loses the default to Cancel when the dialog is shown, so Enter cancelled.
    """
    box = QDialogButtonBox(ok | Button.Cancel)
    if text:
        box.button(ok).setText(text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


Save = Callable[[], str | None]


class SavingDialog(FormDialog):
    """A form that stays open, with the problem shown, until ``save`` succeeds."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.save: Save | None = None
        self.errors = error_label()
        self.form = QFormLayout()
        self.layout_ = QVBoxLayout(self)

    def finish(self, ok_text: str = "") -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.errors)
        self.layout_.addWidget(button_box(self, text=ok_text))

    def accept(self) -> None:
        problem = self.save() if self.save is not None else None
        if problem:
            self.errors.setText(problem)
            self.errors.setVisible(True)
            return
        super().accept()


class RangeDialog(Dialog):
    """Choose a date range; subclasses add their own fields to ``form`` or ``extra``."""

    def __init__(
        self,
        parent: QWidget | None,
        today: date | None,
        title: str,
        intro: str,
        days: int,
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(title)
        self.first = date_edit(today, self.tr("From"))
        self.last = date_edit(today + timedelta(days=days), self.tr("To"))
        self.errors = error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("&From:"), self.first)
        self.form.addRow(self.tr("&To:"), self.last)
        self.extra = QVBoxLayout()
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addLayout(self.extra)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self, text=ok_text))
        self.setMinimumWidth(440)

    def span(self) -> tuple[date, date]:
        return pydate(self.first.date()), pydate(self.last.date())

    def problems(self) -> list[str]:
        first, last = self.span()
        return [self.tr("The 'To' date is before the 'From' date.")] if last < first else []

    def accept(self) -> None:
        if not show_problems(self.errors, self.problems()):
            super().accept()
