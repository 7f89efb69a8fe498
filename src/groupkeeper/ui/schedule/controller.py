"""The window's way to read and change the open file, over the store's one undo history.

Views call the controller; every change runs in one transaction that the store records as one
labelled step (``store.change``), and ``changed`` tells the models to reload. Undo and redo
play the store's steps back; no screen keeps its own history. No ORM object outlives its
session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.service import GroupInfo, get_group
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import DateChange, ExceptionKind, Occurrence
from groupkeeper.schedule.service import Check, SeriesInput, SeriesRecord
from groupkeeper.store import GroupStore
from groupkeeper.store.undo import Step, UndoError
from groupkeeper.text import format_date

if TYPE_CHECKING:
    from groupkeeper.interchange.meeting_guide import Imported, Plan

T = TypeVar("T")


class ScheduleController(QObject):
    changed = Signal()
    history_changed = Signal()
    """The next undo or redo changed: the Edit menu's words follow."""
    replayed = Signal(str, str)
    """An undo or redo was done: what (in words, "Undid: Delete …") and its section."""

    def __init__(self, store: GroupStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    # ------------------------------------------------------------- reading

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.store.session() as s:
            return fn(s)

    def write(self, label: str, fn: Callable[[Session], T], section: str = "schedule") -> T:
        """Run ``fn`` in one transaction, recorded as one undoable step named ``label``."""
        with self.store.change(label, section) as s:
            result = fn(s)
        self.history_changed.emit()
        return result

    def try_write(
        self, label: str, fn: Callable[[Session], object], section: str = "schedule"
    ) -> str | None:
        """Run ``fn`` as one undoable step and tell the views; on a problem a person can fix,
        nothing is saved and the problem is returned in words, for the form to show."""
        try:
            self.write(label, fn, section)
        except GroupKeeperError as exc:
            return exc.message
        self.changed.emit()
        return None

    # ------------------------------------------------------------- the history

    def undo_label(self) -> str | None:
        step = self.store.history.next_undo
        return step.label if step else None

    def redo_label(self) -> str | None:
        step = self.store.history.next_redo
        return step.label if step else None

    def undo(self) -> str | None:
        """Undo the newest step; the problem in words if it could not be (nothing changed)."""
        return self._replay(self.store.undo, self.tr("Undid: {what}"))

    def redo(self) -> str | None:
        return self._replay(self.store.redo, self.tr("Redid: {what}"))

    def _replay(self, play: Callable[[], Step], said: str) -> str | None:
        try:
            step = play()
        except UndoError as exc:
            return exc.message
        self.changed.emit()
        self.history_changed.emit()
        self.replayed.emit(said.format(what=step.label), step.section)
        return None

    def group(self) -> GroupInfo | None:
        return self.read(get_group)

    def series(self) -> list[SeriesRecord]:
        return self.read(service.list_series)

    def occurrences(
        self, first: date, last: date, series: list[SeriesRecord] | None = None
    ) -> list[Occurrence]:
        return self.read(lambda s: service.occurrences(s, first, last, series))

    def format_labels(self) -> dict[str, str]:
        return self.read(service.format_labels)

    def check(self, data: SeriesInput, series_id: int | None = None) -> Check:
        return self.read(lambda s: service.check_series(s, data, series_id))

    def add_custom_format(self, code: str, label: str) -> None:
        self.write(
            self.tr("Add format {code}").format(code=code),
            lambda s: service.add_custom_format(s, code, label),
        )
        self.changed.emit()

    # ------------------------------------------------------------- schedule changes

    def _require_valid(self, data: SeriesInput, series_id: int | None) -> None:
        problems = self.check(data, series_id).errors
        if problems:
            raise ValidationError(problems)

    def _change(self, label: str, fn: Callable[[Session], T]) -> T:
        result = self.write(label, fn)
        self.changed.emit()
        return result

    def create_series(self, data: SeriesInput) -> None:
        self._require_valid(data, None)
        label = self.tr("Add meeting {name}").format(name=data.name.strip())
        self._change(label, lambda s: service.create_series(s, data))

    def edit_series(self, series_id: int, data: SeriesInput) -> None:
        self._require_valid(data, series_id)
        label = self.tr("Edit meeting {name}").format(name=data.name.strip())
        self._change(label, lambda s: service.update_series(s, series_id, data))

    def delete_series(self, series_id: int) -> None:
        name = self.read(lambda s: service.get_series(s, series_id)).name
        label = self.tr("Delete meeting {name}").format(name=name)
        self._change(label, lambda s: service.delete_series(s, series_id))

    def _on_date(self, text: str, occ: Occurrence, fn: Callable[[Session], object]) -> None:
        label = text.format(name=occ.series_name, day=format_date(occ.original_date))
        self._change(label, fn)

    def cancel_date(self, occ: Occurrence, note: str) -> None:
        change = DateChange(occ.series_id, occ.original_date, ExceptionKind.CANCELLED, note=note)
        text = self.tr("Cancel {name} on {day}")
        self._on_date(text, occ, lambda s: service.put_change(s, change))

    def move_date(self, occ: Occurrence, new_date: date, new_time: time, note: str) -> None:
        change = DateChange(
            occ.series_id, occ.original_date, ExceptionKind.MOVED, new_date, new_time, note
        )
        text = self.tr("Move {name} from {day}")
        self._on_date(text, occ, lambda s: service.put_change(s, change))

    def restore_date(self, occ: Occurrence) -> None:
        text = self.tr("Restore {name} on {day}")
        self._on_date(
            text, occ, lambda s: service.clear_change(s, occ.series_id, occ.original_date)
        )

    def import_meetings(self, plan: Plan, source: str) -> Imported:
        """Create the series of an import plan as one step that Ctrl+Z takes back whole,
        with any group formats the import added."""
        from groupkeeper.interchange import meeting_guide  # with its HTML reader: not at start-up

        label = self.tr("Import {n} meetings from {file}").format(n=len(plan.inputs), file=source)
        return self._change(label, lambda s: meeting_guide.apply_import(s, plan))
