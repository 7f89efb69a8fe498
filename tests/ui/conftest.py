"""Helpers for driving dialogs. (The window fixtures live in tests/conftest.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import Notes

__all__ = ["SAFETY", "Notes", "click_ok"]

SAFETY = 20.0
"""Seconds held work in a worker waits for a test before giving up (and failing it)."""


@pytest.fixture(autouse=True, scope="session")
def english_window(qapp: QApplication) -> None:
    """The window in English as the app starts it: with English's catalogue, which gives
    the "%n" strings their forms ("1 day", "2 days")."""
    from groupkeeper.ui import i18n

    i18n.install(qapp, "en")


def click_ok(dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    assert box is not None
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise AssertionError("no accept button")


Questions = list[str]
"""The name of every form a test closed with changes on screen (it was asked about them)."""


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Closing a form with changes asks Save / Discard / Cancel in a modal box, which nobody
    would answer offscreen: record the question and discard, as the tests expect unless they
    answer otherwise (``monkeypatch.setattr(dialog, "ask_unsaved", ...)``)."""
    from groupkeeper.ui.kit.forms import FormDialog

    asked: Questions = []

    def answer(_dialog: object, name: str) -> str:
        asked.append(name)
        return "discard"

    monkeypatch.setattr(FormDialog, "ask_unsaved", answer)
    return asked


@pytest.fixture
def pool(demo_window: Any) -> Iterator[Any]:
    """A real thread pool for the demo window, as the app has (the window's fixture runs work
    inline); at the end, the work it took is waited for."""
    from PySide6.QtCore import QThreadPool

    real = QThreadPool()
    demo_window.ctx.pool = real
    yield real
    assert real.waitForDone(int(SAFETY * 1000) + 5000)
