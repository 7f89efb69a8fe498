"""Readable under every theme: the window's coloured words and backgrounds stand at least 4.5:1
against what they are drawn on, under light, dark and high-contrast palettes, and follow a
palette changed while the window is open (every window here is made under the light one)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QWidget,
)

from groupkeeper.library.models import Kind
from groupkeeper.roster import service as roster
from groupkeeper.ui.kit.colours import contrast
from groupkeeper.ui.library.dialogs import ResourceDialog
from groupkeeper.ui.safety.dialogs import PassphraseDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.ui import palettes

use_palette = palettes.use_palette
Role = QPalette.ColorRole
Item = Qt.ItemDataRole
MINIMUM = 4.5
STYLED = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def cell_problems(view: QAbstractItemView) -> Iterator[str]:
    """Every cell whose words are not readable on its background (its own, or the view's rows
    and alternate rows)."""
    model, palette = view.model(), view.palette()
    top = QModelIndex()
    # A list model's columnCount is private in PySide: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for row in range(model.rowCount(top)):
        for column in range(columns):
            index = model.index(row, column)
            words = _colour(index.data(Item.ForegroundRole))
            background = _colour(index.data(Item.BackgroundRole))
            if words is None and background is None:
                continue  # the palette's own text on its own base
            words = words or palette.color(Role.Text)
            under = [background] if background else [palette.color(Role.Base)]
            if background is None and view.alternatingRowColors():
                under.append(palette.color(Role.AlternateBase))
            worst = min(contrast(words, b) for b in under)
            if worst < MINIMUM:
                yield f"{view.accessibleName()} ({row}, {column}) {index.data()!r}: {worst:.2f}"


def sits_on(widget: QWidget) -> QColor:
    """The colour behind a widget: the nearest one that paints its background, else the
    window."""
    w: QWidget | None = widget
    while w is not None:
        if w.autoFillBackground() or w.isWindow():
            return w.palette().color(w.backgroundRole())
        w = w.parentWidget()
    return widget.palette().color(Role.Window)


def label_problems(top: QWidget) -> Iterator[str]:
    """Every label whose words, or a colour its rich text sets, are not readable on what it
    sits on. Disabled ones are left to the palette (WCAG exempts them)."""
    for label in top.findChildren(QLabel):
        if not label.text() or not label.isEnabled():
            continue
        under = sits_on(label)
        colours = [label.palette().color(label.foregroundRole())]
        colours += [QColor(c) for c in STYLED.findall(label.text())]
        for colour in colours:
            if contrast(colour, under) < MINIMUM:
                ratio = contrast(colour, under)
                yield f"label {label.text()[:40]!r}: {colour.name()} on {under.name()} {ratio:.2f}"


def rich_text_problems(browser: QTextBrowser) -> Iterator[str]:
    under = browser.palette().color(Role.Base)
    for colour in {QColor(c).name() for c in STYLED.findall(browser.toHtml())}:
        if contrast(QColor(colour), under) < MINIMUM:
            yield f"{browser.accessibleName()}: {colour} on {under.name()}"


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The demo with every kind of roster cell on screen: a turn locked by hand, one left open,
    one that breaks a rule (its person made inactive), and roles a meeting does not need."""
    demo_window.show_section("roster")
    page = demo_window.roster_page
    model = page.model
    slots = [
        s
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
        if (s := model.slot_at(r, c)) is not None and s in model.assigned
    ]
    page.set_locked(slots[0], True)
    page.assign(slots[3], None)
    away = model.assigned[slots[6]].member_id

    def make_inactive(s: object) -> None:
        record = roster.get_member(s, away)  # type: ignore[arg-type]
        roster.update_member(s, away, replace(record.data, active=False))  # type: ignore[arg-type]

    page.write("Make someone inactive", make_inactive)
    return demo_window


@pytest.mark.parametrize("palette", list(palettes.PALETTES))
def test_roster_cells_are_readable(
    window: MainWindow, use_palette: Callable[[str], QPalette], palette: str
) -> None:
    use_palette(palette)
    page = window.roster_page
    model = page.model
    kinds = set()
    for r in range(model.rowCount()):
        for c in range(1, model.columnCount()):
            slot = model.slot_at(r, c)
            turn = model.assigned.get(slot) if slot else None
            if slot is None:
                kinds.add("unused")
            elif turn is None:
                kinds.add("open")
            elif model.conflicts.get(slot):
                kinds.add("breaks a rule")
            elif turn.locked:
                kinds.add("locked")
    assert kinds == {"unused", "open", "breaks a rule", "locked"}
    assert list(cell_problems(page.view)) == []


@pytest.mark.parametrize("palette", list(palettes.PALETTES))
def test_every_section_and_its_words_are_readable(
    window: MainWindow, use_palette: Callable[[str], QPalette], palette: str
) -> None:
    window.notice.show_text("Undid: Delete member Ana R.")
    hint_and_error = ResourceDialog(Kind.CONTACT, [], parent=window)
    hint_and_error.errors.setText("Give it a title.")
    passphrase = PassphraseDialog(window, "group.groupkeeper")
    use_palette(palette)
    problems: list[str] = []
    for view in ("home", "members", "roster", "library", "pairings", "upcoming", "month"):
        window.show_view(view)
        QApplication.processEvents()  # a page built just now is shown by a posted event
        for table in window.findChildren(QAbstractItemView):
            if table.isVisible() and not isinstance(table, QHeaderView):
                problems += cell_problems(table)
    for browser in window.findChildren(QTextBrowser):
        problems += rich_text_problems(browser)
    for top in (window, hint_and_error, passphrase):
        problems += label_problems(top)
    notice = window.notice.palette()
    ratio = contrast(notice.color(Role.WindowText), notice.color(Role.Window))
    if ratio < MINIMUM:
        problems.append(f"the notice bar: {ratio:.2f}")
    assert problems == []
    hint_and_error.reject()
    passphrase.reject()
