"""One history for the open file, seen from the window: Ctrl+Z anywhere undoes the last
change wherever it was, shows where, and puts back every row it touched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from groupkeeper.ui.main_window import MainWindow
from tests.dump import differences, dump
from tests.ui.test_main_window import select_series


def ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_delete_a_series_then_ctrl_z_brings_back_its_turns_needs_and_notes(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    ctl = w.controller
    assert ctl is not None
    store = ctl.store
    w.show_section("roster")
    turns_before = len(w.roster_page.model.assigned)
    w.show_section("home")
    topic_before = w.home_page.next_topic.text()
    assert topic_before.startswith("Topic: ")
    before = dump(store)
    monkeypatch.setattr(w, "confirm", lambda *_a: True)
    w.show_section("schedule")
    select_series(w, "Tuesday Night Discussion")
    w.act_delete.trigger()
    after = dump(store)
    assert differences(before, after)
    ctrl_z(qtbot, w)
    assert differences(before, dump(store)) == []
    w.show_section("roster")
    assert len(w.roster_page.model.assigned) == turns_before
    w.show_section("home")
    assert w.home_page.next_topic.text() == topic_before
    w.redo_action.trigger()
    assert differences(after, dump(store)) == []
