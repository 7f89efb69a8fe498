"""Helpers for driving dialogs. (The window fixtures live in tests/conftest.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import Notes

__all__ = ["Notes", "click_ok"]


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
