"""Headings that follow the system font."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

# Heading sizes as multiples of the window's text: they follow the system font, so with a large
# font (tired eyes, a projector) a heading is still larger than what it heads.
HEADING = 1.2
BIG = 1.45
TITLE = 1.55


def heading(label: QLabel, scale: float = HEADING, bold: bool = False) -> QLabel:
    """Make ``label`` a heading ``scale`` times the size of the window's text."""
    font = QFont(label.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.DemiBold)
    label.setFont(font)
    return label
