"""How people attend a meeting: the series editor's choice (in person, online, hybrid) with the
link and dial-in an online meeting needs, and the mark the schedule's lists draw beside a
meeting people can join online."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from groupkeeper.schedule.occurrences import Attendance, Online


class AttendanceChoice(QWidget):
    """In person, online or hybrid: three buttons in a row, one click each (a list box
    would hide two of three choices behind a click)."""

    changed = Signal()

    def __init__(self, attendance: Attendance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Attendance, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for kind, text, tip in (
            (Attendance.IN_PERSON, self.tr("&In person"), self.tr("Everyone meets in the room")),
            (Attendance.ONLINE, self.tr("On&line"),
             self.tr("Everyone joins by video link or by phone")),
            (Attendance.HYBRID, self.tr("&Hybrid"),
             self.tr("Some meet in the room while others join by video link or by phone")),
        ):  # fmt: skip
            button = QRadioButton(text)
            button.setToolTip(tip)
            self.group.addButton(button)
            self.buttons[kind] = button
            row.addWidget(button)
        self.set_value(attendance)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # once per change, not again for the button switched off
            self.changed.emit()

    def value(self) -> Attendance:
        return next((k for k, b in self.buttons.items() if b.isChecked()), Attendance.IN_PERSON)

    def set_value(self, attendance: Attendance) -> None:
        self.buttons[attendance].setChecked(True)


class OnlineFields(QGroupBox):
    """The link and the dial-in of an online or hybrid meeting, with their notes."""

    def __init__(self, online: Online, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Joining online"))
        self.url = QLineEdit(online.url)
        self.url_notes = QLineEdit(online.url_notes)
        self.phone = QLineEdit(online.phone)
        self.phone_notes = QLineEdit(online.phone_notes)
        for edit, name, example in (
            (self.url, self.tr("Meeting link"), self.tr("e.g. https://zoom.us/j/81234567890")),
            (self.url_notes, self.tr("Link notes"),
             self.tr("e.g. Meeting ID 812 3456 7890, passcode 1234")),
            (self.phone, self.tr("Dial-in number"), self.tr("e.g. +1 646 558 8656")),
            (self.phone_notes, self.tr("Dial-in notes"),
             self.tr("e.g. Meeting ID 812 3456 7890#, passcode 1234#")),
        ):  # fmt: skip
            edit.setAccessibleName(name)
            edit.setPlaceholderText(example)
            edit.setCursorPosition(0)  # a long link shows its start, "https://..."
        self.url.setToolTip(self.tr("The web link people click to join; it starts with https://"))
        self.phone.setToolTip(self.tr("The number people call to join by phone"))
        form = QFormLayout(self)
        form.addRow(self.tr("Lin&k:"), self.url)
        form.addRow(self.tr("Link notes:"), self.url_notes)
        form.addRow(self.tr("Di&al-in:"), self.phone)
        form.addRow(self.tr("Dial-in notes:"), self.phone_notes)

    def value(self, attendance: Attendance) -> Online:
        return Online(
            attendance,
            self.url.text().strip(),
            self.url_notes.text().strip(),
            self.phone.text().strip(),
            self.phone_notes.text().strip(),
        )


def _camera(colour: QColor, size: int) -> QPixmap:
    """A video camera: a rounded body and, to its right, the lens's wedge."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    unit = size / 16
    painter.drawRoundedRect(QRectF(1 * unit, 4 * unit, 10 * unit, 8 * unit), unit, unit)
    wedge = [(10.5, 8), (15, 4.5), (15, 11.5)]
    painter.drawPolygon(QPolygonF([QPointF(x * unit, y * unit) for x, y in wedge]))
    painter.end()
    return pixmap


@lru_cache(maxsize=16)
def _online_icon(rgba: int, selected_rgba: int) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(_camera(QColor.fromRgba(rgba), size))
        icon.addPixmap(_camera(QColor.fromRgba(selected_rgba), size), QIcon.Mode.Selected)
    return icon


def online_icon(colour: QColor, selected: QColor) -> QIcon:
    """The mark of a meeting people can join online, drawn in the words' colour beside it
    (``selected`` on a selected row), not typed as an emoji a computer may lack."""
    return _online_icon(colour.rgba(), selected.rgba())


class MarkAfter(QStyledItemDelegate):
    """Draws a cell's mark after its words, as calendars put a camera after a meeting's
    title: the names of the meetings with and without one stay lined up."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Right
