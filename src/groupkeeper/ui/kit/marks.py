"""Small marks drawn in code rather than typed as emoji: a computer without an emoji font shows
🔒 as an empty box, so the roster's lock is a padlock painted in the cell's own text colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 24, 32)


def _padlock(colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    # The shackle: an arch over the body.
    pen = QPen(colour, 1.8 * unit)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    arch = QPainterPath()
    arch.moveTo(5 * unit, 8 * unit)
    arch.lineTo(5 * unit, 5.5 * unit)
    arch.arcTo(QRectF(5 * unit, 2 * unit, 6 * unit, 7 * unit), 180, -180)
    arch.lineTo(11 * unit, 8 * unit)
    painter.drawPath(arch)
    # The body, solid.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7 * unit), unit, unit)
    painter.end()
    return pixmap


@lru_cache(maxsize=16)
def _lock(rgba: int) -> QIcon:
    colour = QColor.fromRgba(rgba)
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_padlock(colour, size))
    return icon


def lock_icon(colour: QColor) -> QIcon:
    """A padlock in ``colour`` (the words' colour beside it, so it keeps their contrast)."""
    return _lock(colour.rgba())
