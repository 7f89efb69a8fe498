"""Schedule actions as undoable commands over the schedule service.

Views call the controller; the controller opens one session per unit of work, pushes a
QUndoCommand, and emits ``changed`` so models reload. No ORM object outlives its session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import DateChange, ExceptionKind, Occurrence
from groupkeeper.schedule.service import (
    Check,
    SeriesInput,
    SeriesRecord,
    SeriesSnapshot,
)
from groupkeeper.schedule.wording import format_date
from groupkeeper.store import GroupStore
from groupkeeper.store.group import GroupInfo, get_group

if TYPE_CHECKING:
    from groupkeeper.schedule.meeting_guide import Imported, Plan

T = TypeVar("T")


class ScheduleController(QObject):
    changed = Signal()

    def __init__(self, store: GroupStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------- reading

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.store.session() as s:
            return fn(s)

    def write(self, fn: Callable[[Session], T]) -> T:
        with self.store.session() as s, s.begin():
            result = fn(s)
        return result

    def try_write(self, fn: Callable[[Session], object]) -> str | None:
        """Run ``fn`` in one transaction and tell the views; on a problem a person can fix,
        nothing is saved and the problem is returned in words, for the form to show."""
        try:
            self.write(fn)
        except GroupKeeperError as exc:
            return exc.message
        self.changed.emit()
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
        self.write(lambda s: service.add_custom_format(s, code, label))
        self.changed.emit()

    # ------------------------------------------------------------- undoable writes

    def _require_valid(self, data: SeriesInput, series_id: int | None) -> None:
        # Undo commands must not fail inside QUndoStack.push, so check first.
        problems = self.check(data, series_id).errors
        if problems:
            raise ValidationError(problems)

    def _dry_run(self, change: DateChange) -> None:
        with self.store.session() as s:  # rolled back on close
            service.put_change(s, change)

    def create_series(self, data: SeriesInput) -> None:
        self._require_valid(data, None)
        self.undo_stack.push(_CreateSeries(self, data))

    def edit_series(self, series_id: int, data: SeriesInput) -> None:
        self._require_valid(data, series_id)
        old = self.read(lambda s: service.get_series(s, series_id)).data
        self.undo_stack.push(_EditSeries(self, series_id, old, data))

    def delete_series(self, series_id: int) -> None:
        self.undo_stack.push(_DeleteSeries(self, series_id))

    def cancel_date(self, occ: Occurrence, note: str) -> None:
        change = DateChange(occ.series_id, occ.original_date, ExceptionKind.CANCELLED, note=note)
        self._dry_run(change)
        self.undo_stack.push(_ChangeDate(self, occ, change, "Cancel {name} on {day}"))

    def move_date(self, occ: Occurrence, new_date: date, new_time: time, note: str) -> None:
        change = DateChange(
            occ.series_id, occ.original_date, ExceptionKind.MOVED, new_date, new_time, note
        )
        self._dry_run(change)
        self.undo_stack.push(_ChangeDate(self, occ, change, "Move {name} from {day}"))

    def restore_date(self, occ: Occurrence) -> None:
        self.undo_stack.push(_ChangeDate(self, occ, None, "Restore {name} on {day}"))

    def import_meetings(self, plan: Plan) -> Imported:
        """Create the series of an import plan as one step that Ctrl+Z takes back."""
        from groupkeeper.schedule import meeting_guide  # with its HTML reader: not at start-up

        with self.store.session() as s:  # a dry run, rolled back: push must not fail
            meeting_guide.apply_import(s, plan)
        command = _ImportSeries(self, plan)
        self.undo_stack.push(command)
        assert command.result is not None
        return command.result


class _Command(QUndoCommand):
    def __init__(self, ctl: ScheduleController, text: str) -> None:
        super().__init__(text)
        self.ctl = ctl


class _CreateSeries(_Command):
    def __init__(self, ctl: ScheduleController, data: SeriesInput) -> None:
        super().__init__(ctl, f"Add {data.name.strip()}")
        self.data = data
        self.snapshot: SeriesSnapshot | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            rec = self.ctl.write(lambda s: service.create_series(s, self.data))
            self.snapshot = SeriesSnapshot(rec, ())
        else:
            snap = self.snapshot
            self.ctl.write(lambda s: service.restore_series(s, snap))
        self.ctl.changed.emit()

    def undo(self) -> None:
        assert self.snapshot is not None
        sid = self.snapshot.record.id
        self.snapshot = self.ctl.write(lambda s: service.delete_series(s, sid))
        self.ctl.changed.emit()


class _EditSeries(_Command):
    def __init__(
        self, ctl: ScheduleController, sid: int, old: SeriesInput, new: SeriesInput
    ) -> None:
        super().__init__(ctl, f"Edit {new.name.strip()}")
        self.sid, self.old, self.new = sid, old, new

    def _put(self, data: SeriesInput) -> None:
        self.ctl.write(lambda s: service.update_series(s, self.sid, data))
        self.ctl.changed.emit()

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


class _DeleteSeries(_Command):
    def __init__(self, ctl: ScheduleController, sid: int) -> None:
        name = ctl.read(lambda s: service.get_series(s, sid)).name
        super().__init__(ctl, f"Delete {name}")
        self.sid = sid
        self.snapshot: SeriesSnapshot | None = None

    def redo(self) -> None:
        self.snapshot = self.ctl.write(lambda s: service.delete_series(s, self.sid))
        self.ctl.changed.emit()

    def undo(self) -> None:
        snap = self.snapshot
        assert snap is not None
        self.ctl.write(lambda s: service.restore_series(s, snap))
        self.ctl.changed.emit()


class _ChangeDate(_Command):
    """Set (or, with ``change=None``, clear) what happens on one date; undo puts back the old."""

    def __init__(
        self, ctl: ScheduleController, occ: Occurrence, change: DateChange | None, text: str
    ) -> None:
        super().__init__(ctl, text.format(name=occ.series_name, day=format_date(occ.original_date)))
        self.sid, self.original, self.change = occ.series_id, occ.original_date, change
        self.before: DateChange | None = None

    def _set(self, change: DateChange | None) -> None:
        def apply(s: Session) -> None:
            if change is None:
                service.clear_change(s, self.sid, self.original)
            else:
                service.put_change(s, change)

        self.ctl.write(apply)
        self.ctl.changed.emit()

    def redo(self) -> None:
        self.before = self.ctl.read(lambda s: service.change_for(s, self.sid, self.original))
        self._set(self.change)

    def undo(self) -> None:
        self._set(self.before)


class _ImportSeries(_Command):
    """Series made from a meeting list; undo deletes them all, with the group formats the
    import added unless another meeting has taken one up since; redo puts them all back."""

    def __init__(self, ctl: ScheduleController, plan: Plan) -> None:
        super().__init__(ctl, f"Import {len(plan.inputs)} meetings")
        self.plan = plan
        self.result: Imported | None = None
        self.snapshots: list[SeriesSnapshot] = []
        self.dropped: dict[str, str] = {}  # formats undo deleted: code -> label

    def redo(self) -> None:
        if self.result is None:
            from groupkeeper.schedule import meeting_guide

            self.result = self.ctl.write(lambda s: meeting_guide.apply_import(s, self.plan))
        else:
            snaps, dropped = self.snapshots, self.dropped

            def put_back(s: Session) -> None:
                for code, label in dropped.items():
                    service.add_custom_format(s, code, label)
                for snap in snaps:
                    service.restore_series(s, snap)

            self.ctl.write(put_back)
        self.ctl.changed.emit()

    def undo(self) -> None:
        assert self.result is not None
        ids, codes = self.result.series_ids, self.result.new_formats

        def take_back(s: Session) -> tuple[list[SeriesSnapshot], dict[str, str]]:
            snaps = [service.delete_series(s, i) for i in ids]
            return snaps, service.drop_unused_custom_formats(s, codes)

        self.snapshots, self.dropped = self.ctl.write(take_back)
        self.ctl.changed.emit()
