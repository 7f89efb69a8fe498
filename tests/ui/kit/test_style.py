"""The focus outline: two pixels of the palette's highlight just inside what the keyboard is
on, read back from the pixels drawn, with the widget's size untouched."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from groupkeeper.ui.kit import style
from groupkeeper.ui.kit.colours import focus_colour
from tests.ui import palettes

use_palette = palettes.use_palette


def _ring(image: QImage, rect: QRect, inset: int) -> list[QColor]:
    """The pixels of the one-pixel ring ``inset`` pixels inside ``rect``, corners left out."""
    r = rect.adjusted(inset, inset, -inset, -inset)
    xs = range(r.left() + 3, r.right() - 2)
    ys = range(r.top() + 3, r.bottom() - 2)
    points = [(x, r.top()) for x in xs] + [(x, r.bottom()) for x in xs]
    points += [(r.left(), y) for y in ys] + [(r.right(), y) for y in ys]
    return [image.pixelColor(x, y) for x, y in points]


def _share(pixels: list[QColor], colour: QColor) -> float:
    return sum(1 for p in pixels if p.rgb() == colour.rgb()) / len(pixels)


@pytest.fixture
def focus_by_tab(qtbot: QtBot) -> Iterator[Callable[[QWidget, str], QImage]]:
    """Put ``target`` in a small form under ``base`` style wrapped in :class:`FocusStyle`, Tab
    to it from the field before, and return a picture of it (then of it without the focus,
    in the same place, for the comparison)."""
    made: list[object] = []  # styles and forms: neither is owned by anything else here

    def make(target: QWidget, base: str) -> QImage:
        focus_style = style.FocusStyle(base)
        form = QWidget()
        made.extend((focus_style, form))
        before = QLineEdit("before")
        layout = QVBoxLayout(form)
        layout.addWidget(before)
        layout.addWidget(target)
        for widget in (form, before, target, *target.findChildren(QWidget)):
            widget.setStyle(focus_style)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        before.setFocus()
        qtbot.waitUntil(before.hasFocus)
        size = target.size()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(target.hasFocus)
        assert target.size() == size  # the outline changes no size
        return target.grab().toImage()

    yield make
    for thing in made:  # the forms go before the styles they point at
        if isinstance(thing, QWidget):
            shiboken6.delete(thing)


def _unfocused(target: QWidget) -> QImage:
    target.clearFocus()
    QApplication.processEvents()
    return target.grab().toImage()


FIELDS: dict[str, Callable[[], QWidget]] = {
    "line edit": lambda: QLineEdit("Tuesday Hope Group"),
    "button": lambda: QPushButton("Save the file"),
    "combo box": lambda: _combo(editable=False),
    "editable combo box": lambda: _combo(editable=True),
    "date": QDateEdit,
    "notes box": lambda: QPlainTextEdit("notes"),
    "table": lambda: _table(),
}


def _combo(editable: bool) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.addItems(["Letter", "A4"])
    return combo


def _table() -> QTableView:
    view = QTableView()
    model = QStandardItemModel(3, 2, view)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"cell {row} {column}"))
    view.setModel(model)
    return view


@pytest.mark.parametrize("base", ["Fusion", "Windows"])
@pytest.mark.parametrize("kind", list(FIELDS))
def test_a_focused_field_has_a_two_pixel_outline(
    focus_by_tab: Callable[[QWidget, str], QImage], kind: str, base: str
) -> None:
    target = FIELDS[kind]()
    image = focus_by_tab(target, base)
    colour = focus_colour(target.palette())
    whole = target.rect()
    for inset in (0, 1):
        assert _share(_ring(image, whole, inset), colour) > 0.95, inset
    assert _share(_ring(image, whole, 2), colour) < 0.5  # two pixels, not more
    assert _share(_ring(_unfocused(target), whole, 0), colour) < 0.5  # focus, not decoration


@pytest.mark.parametrize("base", ["Fusion", "Windows"])
def test_a_check_box_outlines_its_words(
    focus_by_tab: Callable[[QWidget, str], QImage], base: str
) -> None:
    box = QCheckBox("Large print")
    image = focus_by_tab(box, base)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    words = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxFocusRect, option, box)
    colour = focus_colour(box.palette())
    assert _share(_ring(image, words, 0), colour) > 0.95
    assert _share(_ring(image, words, 1), colour) > 0.95
    assert _share(_ring(_unfocused(box), words, 0), colour) < 0.5


def test_the_current_cell_of_a_focused_table_is_outlined(
    focus_by_tab: Callable[[QWidget, str], QImage],
) -> None:
    table = _table()
    image = focus_by_tab(table, "Fusion")
    table.selectRow(1)  # selected: painted in the highlight, so outlined in another colour
    QApplication.processEvents()
    image = table.grab().toImage()
    index = table.currentIndex()
    cell = table.visualRect(index).translated(table.viewport().pos())
    palette = table.palette()
    selected = palette.color(QPalette.ColorRole.Highlight)
    colour = focus_colour(palette, [selected])
    assert colour.rgb() != selected.rgb()
    assert _share(_ring(image, cell, 0), colour) > 0.9
    assert _share(_ring(image, cell, 1), colour) > 0.9


@pytest.mark.parametrize("palette", list(palettes.PALETTES))
def test_the_outline_stands_out_under_every_palette(
    focus_by_tab: Callable[[QWidget, str], QImage],
    use_palette: Callable[[str], QPalette],
    palette: str,
) -> None:
    use_palette(palette)
    field = QLineEdit("Tuesday Hope Group")
    image = focus_by_tab(field, "Fusion")
    colour = focus_colour(field.palette())
    assert _share(_ring(image, field.rect(), 1), colour) > 0.95
    from groupkeeper.ui.kit.colours import contrast

    window = field.palette().color(QPalette.ColorRole.Window)
    assert contrast(colour, window) >= 3.0


def test_apply_wraps_the_computer_s_style(qapp: QApplication) -> None:
    before = qapp.style().name()
    try:
        style.apply(qapp)
        wrapped = qapp.style()
        assert isinstance(wrapped, style.FocusStyle)
        assert wrapped.baseStyle().name() == before
        style.apply(qapp)  # once is enough: not a proxy of a proxy
        assert qapp.style() is wrapped
    finally:
        restored = QStyleFactory.create(before)
        assert restored is not None
        qapp.setStyle(restored)
    assert not isinstance(qapp.style(), style.FocusStyle)
