"""File > Send our changes to the intergroup: the message to paste into their form, with a
page to print."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from groupkeeper.interchange.changes import ChangeRequest
from groupkeeper.ui.kit.forms import text_box
from groupkeeper.ui.kit.screen import Dialog


class ChangesDialog(Dialog):
    """The change request as plain text, to copy; "Save a page to print…" asks the flow."""

    def __init__(self, parent: QWidget | None, request: ChangeRequest, feed_name: str) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Send our changes to the intergroup"))
        n = len(request.changes)
        if n:
            intro = self.tr(
                "%n change(s) from {file}. Copy the message into the intergroup's "
                "change form or an email, or save a page to print and hand in.",
                "",
                n,
            ).format(file=feed_name)
        else:
            intro = self.tr("{file} lists every one of our meetings right.").format(file=feed_name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.text = text_box(request.text())
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The message"))
        self.text.setMinimumSize(440, 240)
        self.resize(640, 520)  # room for a few meetings' changes, inside a 1024×768 screen
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("&Copy the message"))
        self.page = QPushButton(self.tr("&Save a page to print…"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.page, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.copy.setDefault(True)

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.request.text())
        self.intro.setText(self.tr("Copied. Paste it into the intergroup's form or an email."))
