"""Helpers for driving dialogs. (The window fixtures live in tests/conftest.py.)"""

from __future__ import annotations

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
