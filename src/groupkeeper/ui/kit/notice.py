"""A one-line notice across the top of the window ("Undid: Delete member Ana R."), for news
a person must not miss but need not answer; it hides itself after a while or on a click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from groupkeeper.ui.kit import colours


class Notice(QFrame):
    SHOWN_MS = 12000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A tint of the palette's highlight, words readable on it under any theme (white on
        # the highlight itself is 3.7:1 in Qt's own light palette).
        colours.fill(self, colours.Fill.NOTICE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setToolTip(self.tr("Click to close"))
        self.show()
        self.timer.start(self.SHOWN_MS)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
