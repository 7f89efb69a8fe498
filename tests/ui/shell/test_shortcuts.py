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


def test_the_registry_refuses_a_taken_shortcut(qtbot: object) -> None:
    """The registry says which action has the key, so the second one is never added."""
    import pytest
    from PySide6.QtWidgets import QWidget

    from groupkeeper.ui.shell.actions import Actions, ActionSpec, DuplicateShortcutError

    host = QWidget()
    actions = Actions(host)
    actions.add(ActionSpec("packet", "Packet", lambda: None, "Ctrl+Shift+K"))
    with pytest.raises(DuplicateShortcutError, match="'packet'"):
        actions.add(ActionSpec("move", "Move", lambda: None, "ctrl+shift+k"))
    assert "move" not in actions
    # A standard key counts as every sequence it stands for on this platform.
    actions.add(ActionSpec("undo", "Undo", lambda: None, QKeySequence.StandardKey.Undo))
    with pytest.raises(DuplicateShortcutError):
        actions.add(ActionSpec("z", "Z", lambda: None, "Ctrl+Z"))
    with pytest.raises(ValueError, match="two actions named"):
        actions.add(ActionSpec("packet", "Again", lambda: None))


def test_the_registry_holds_every_shortcut_of_the_window(demo_window: MainWindow) -> None:
    """The window's own actions all come from the registry (and so were checked)."""
    found = {k for k, names in _shortcuts(demo_window).items() if names}
    buttons = {"Ctrl+PgUp", "Ctrl+PgDown"}  # the month view's own buttons
    assert found - buttons <= set(demo_window.registry.shortcuts())


def test_menus_list_each_registered_action(demo_window: MainWindow) -> None:
    """Every registered action is somewhere in the menus, or is a section/view key."""
    from PySide6.QtWidgets import QMenu

    listed: set[QAction] = set()
    todo = [m for m in demo_window.menuBar().findChildren(QMenu)]
    while todo:
        menu = todo.pop()
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                todo.append(sub)
            listed.add(action)
    missing = [a.text() for a in demo_window.registry if a not in listed]
    assert missing == []
