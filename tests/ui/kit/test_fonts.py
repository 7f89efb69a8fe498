"""Headings follow the system font: with a large one they are still larger than the text
they head (fixed pixel sizes made them smaller)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from groupkeeper.store import GroupStore
from groupkeeper.ui.kit.fonts import BIG, heading
from groupkeeper.ui.shell.window import MainWindow


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    before = QApplication.font()
    big = QFont(before)
    big.setPointSizeF(20)
    QApplication.setFont(big)
    yield big
    QApplication.setFont(before)


def test_a_heading_is_larger_than_large_text(large_font: QFont) -> None:
    label = heading(QLabel("Next meeting"), BIG, bold=True)
    assert label.font().pointSizeF() == pytest.approx(20 * BIG)
    assert label.font().weight() == QFont.Weight.Bold


def test_the_windows_headings_are_larger_than_its_text(
    large_font: QFont, make_window: object, store: GroupStore
) -> None:
    window: MainWindow = make_window(store)  # type: ignore[operator]
    home = window.home_page
    for label in (home.group_name, home.next_title, window.schedule.group_title):
        assert label.font().pointSizeF() > large_font.pointSizeF()
    assert "font-size" not in home.group_name.styleSheet()
