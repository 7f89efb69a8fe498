"""The base of every section page: its context, reading, and saving as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")


class Page(QWidget):
    SECTION = "home"
    """The window section this page is (where undo shows its changes)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def read(self, fn: Callable[[Session], T]) -> T:
        return self.ctx.read(fn)

    def write(self, label: str, fn: Callable[[Session], T]) -> T | None:
        """Run ``fn`` as one undoable step named ``label``; a problem is shown in words and
        nothing is saved."""
        return self.ctx.save(label, fn, self.SECTION)

    def refresh(self) -> None:
        """Read what the page shows again (it is shown, or the file changed)."""
