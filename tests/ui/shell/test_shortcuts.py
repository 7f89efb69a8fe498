"""Every keyboard shortcut in the window does one thing: two actions on one key make Qt fire
neither (it reports the key as ambiguous)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

from groupkeeper.ui.shell.window import MainWindow


def _shortcuts(window: MainWindow) -> dict[str, list[str]]:
    for section in ("home", "schedule", "members", "roster", "library", "pairings"):
        window.show_section(section)  # pages are built when first shown, with their actions
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                keys[key.toString(QKeySequence.SequenceFormat.PortableText)].append(
                    action.text().replace("&", "")
                )
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut()
        if not key.isEmpty() and "&" not in button.text():  # mnemonics are Alt+letter
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)].append(button.text())
    return keys


def test_no_two_actions_share_a_shortcut(demo_window: MainWindow) -> None:
    keys = _shortcuts(demo_window)
    twice = {key: names for key, names in keys.items() if len(set(names)) > 1 or len(names) > 1}
    assert twice == {}
    assert len(keys) > 20  # the window's shortcuts were really found
