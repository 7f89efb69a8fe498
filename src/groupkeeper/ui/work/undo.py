"""Edit > Undo and Redo: the last change, wherever in the window it was made, named in the
menu, and never silent (the section it was in comes to the front and says what was undone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.kit.notice import Notice


class UndoActions(QObject):
    def __init__(
        self, ctx: AppContext, notice: Notice, sections: tuple[str, ...],
        current: Callable[[], str],
    ) -> None:  # fmt: skip
        super().__init__(ctx)
        self.ctx, self.notice, self.sections, self.current = ctx, notice, sections, current
        tr = self.tr
        self.undo_action = ctx.actions.add(ActionSpec(
            "undo", tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo,
            tr("Undo the last change, wherever in the window it was made"), ("edit:1",),
            lambda: self._label("undo") is not None,
        ))  # fmt: skip
        self.redo_action = ctx.actions.add(ActionSpec(
            "redo", tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo,
            tr("Do again what was undone"), ("edit:1",), lambda: self._label("redo") is not None,
        ))  # fmt: skip
        ctx.file_changed.connect(self._file_changed)

    def _file_changed(self) -> None:
        if self.ctx.gateway is not None:
            self.ctx.gateway.replayed.connect(self.replayed)

    def _label(self, which: str) -> str | None:
        gateway = self.ctx.gateway
        if gateway is None:
            return None
        return gateway.undo_label() if which == "undo" else gateway.redo_label()

    def sync(self) -> None:
        """The menu names what would be undone or redone."""
        # "&&": a label's own ampersand is not a shortcut letter.
        for action, which, named, plain in (
            (self.undo_action, "undo", self.tr("&Undo {what}"), self.tr("&Undo")),
            (self.redo_action, "redo", self.tr("&Redo {what}"), self.tr("&Redo")),
        ):
            what = self._label(which) if self.ctx.has_file else None
            action.setText(named.format(what=what.replace("&", "&&")) if what else plain)

    def undo(self) -> None:
        """Edit > Undo: the last change, wherever in the window it was made."""
        ctx = self.ctx
        if ctx.has_file and (problem := ctx.data.undo()) is not None:
            ctx.prompts.notify(self.tr("Not undone"), problem)

    def redo(self) -> None:
        ctx = self.ctx
        if ctx.has_file and (problem := ctx.data.redo()) is not None:
            ctx.prompts.notify(self.tr("Not redone"), problem)

    def replayed(self, said: str, section: str) -> None:
        """Never silent: show the section the change was in, and name it."""
        if section in self.sections and section != self.current():
            self.ctx.show(section)
        self.ctx.status(said, 10000)
        self.notice.show_text(said)
