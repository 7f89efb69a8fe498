"""Asking the person things: file choosers, questions, warnings, opening a saved file.

One object per window, reached through the context, so a page never opens a file dialog or a
message box by itself and a test answers every question by replacing one method.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from groupkeeper import paths

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

FILE_FILTER = "GroupKeeper group files (*.groupkeeper);;All files (*)"


class Prompts(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open a group file"), str(paths.data_dir()), FILE_FILTER
        )
        return Path(name) if name else None

    def ask_save_path(self, title: str, default: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, title, str(default), filters)
        return Path(name) if name else None

    def ask_import_path(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, title, str(paths.documents_dir()), filters
        )
        return Path(name) if name else None

    def ask_choice(self, title: str, text: str, options: list[str]) -> int | None:
        """Which of ``options`` the person chose (by position), or None for Cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )  # fmt: skip
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def ask_attach_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Attach files to the library"),
            str(paths.documents_dir()),
            self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;"
                    "All files (*)"),
        )  # fmt: skip
        return [Path(n) for n in names]

    def ask_text(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.parent_widget, title, label)
        return text.strip() if ok and text.strip() else None

    def ask_passphrase(self, path: Path, wrong: bool) -> str | None:
        from groupkeeper.ui.safety.dialogs import PassphraseDialog

        dialog = PassphraseDialog(self.parent_widget, path.name, wrong)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text: str = dialog.passphrase()
        return text

    def ask_print(self, printer: QPrinter) -> bool:
        """The system's print dialog for ``printer`` (which printer, pages, copies); True when
        the person pressed Print."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(printer.fromPage(), printer.toPage())
        return bool(dialog.exec() == QDialog.DialogCode.Accepted)

    def confirm(self, title: str, text: str, yes: str, *, warning: bool = False) -> bool:
        from groupkeeper.ui.kit.forms import ask_to_confirm

        return ask_to_confirm(self.parent_widget, title, text, yes, warning=warning)

    def notify(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent_widget, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent_widget, title, text)

    def launch(self, path: Path) -> bool:
        """Open ``path`` with this computer's usual program for it. When there is none (no PDF
        viewer on a fresh laptop), say so and offer the folder it is in; True when opened."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        if path.is_dir():
            self.notify(
                self.tr("Folder not opened"),
                self.tr("This computer could not show the folder {folder}.").format(folder=path),
            )
            return False
        if self.confirm(
            self.tr("No program opens this file"),
            self.tr(
                "This computer has no program that opens {name}. It is saved in {folder}: "
                "open that folder, to copy it to a USB stick or open it another way?"
            ).format(name=path.name, folder=path.parent),
            self.tr("Open folder"),
        ):
            self.launch(path.parent)
        return False

    def offer_open(self, path: Path) -> QMessageBox:
        """Say where ``path`` was saved, offering to open it (a PDF, a calendar) or its folder.
        The box is window-modal and returned open."""
        # (title, open button) by kind; a meeting list goes to the intergroup as it is.
        title, open_text = {
            ".pdf": (self.tr("PDF saved"), self.tr("Open PDF")),
            ".ics": (self.tr("Calendar saved"), self.tr("Open in calendar")),
        }.get(path.suffix.lower(), (self.tr("File saved"), ""))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            self.tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Close,
            self.parent_widget,
        )
        open_file = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        open_file.setVisible(bool(open_text))
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_file if open_text else open_folder)

        def chosen() -> None:
            if box.clickedButton() is open_file:
                self.launch(path)
            elif box.clickedButton() is open_folder:
                self.launch(path.parent)

        box.finished.connect(lambda _r: chosen())
        box.open()
        return box
