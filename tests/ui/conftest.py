"""Window fixtures: a MainWindow whose warnings are collected and whose work runs inline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from groupkeeper.store import GroupStore, open_store
from groupkeeper.ui.main_window import MainWindow
from groupkeeper.ui.workers import SynchronousPool
from tests.conftest import TODAY

Notes = list[tuple[str, str]]


@pytest.fixture
def notes() -> Notes:
    return []


@pytest.fixture
def make_window(
    qtbot: QtBot, notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[GroupStore | None], MainWindow]]:
    made: list[MainWindow] = []

    def make(store: GroupStore | None) -> MainWindow:
        window = MainWindow(store, pool=SynchronousPool(), today=TODAY)
        monkeypatch.setattr(window, "notify", lambda title, text: notes.append((title, text)))
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def demo_window(
    make_window: Callable[[GroupStore | None], MainWindow], demo_file: Path
) -> MainWindow:
    return make_window(open_store(demo_file))


def click_ok(dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    assert box is not None
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise AssertionError("no accept button")
