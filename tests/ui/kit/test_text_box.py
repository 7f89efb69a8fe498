"""Notes boxes: Tab moves on to the next field, as in every other field, instead of typing a
tab (a person on the keyboard is never trapped in a box)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from groupkeeper.ui.kit.forms import text_box
from groupkeeper.ui.roster.dialogs import MemberDialog
from groupkeeper.ui.shell.window import MainWindow

UI = Path(__file__).resolve().parents[3] / "src" / "groupkeeper" / "ui"


def test_tab_in_a_notes_box_moves_on_and_types_nothing(qtbot: QtBot) -> None:
    form = QWidget()
    box, after = text_box("first line"), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(box)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert box.toPlainText() == "first line"


def test_the_member_form_notes_box_lets_tab_through(demo_window: MainWindow) -> None:
    dialog = MemberDialog([], [], lambda _data: [], None, demo_window)
    assert dialog.notes.tabChangesFocus()
    dialog.reject()


def test_every_notes_box_in_the_window_is_made_one_way() -> None:
    """A QPlainTextEdit made anywhere but text_box() would type tabs again."""
    made = [
        f"{path.relative_to(UI)}:{n}"
        for path in UI.rglob("*.py")
        if path.name != "forms.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"QPlainTextEdit\(", line)
    ]
    assert made == []
