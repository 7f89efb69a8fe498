"""The schedule's reads and changes for the Schedule page and its dialogs.

Every change goes through the context's gateway: one transaction, recorded by the store as
one labelled undo step, after which ``changed`` tells the views to reload. No ORM object
outlives its session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from groupkeeper.errors import ValidationError
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import DateChange, ExceptionKind, Occurrence
from groupkeeper.schedule.service import Check, SeriesInput, SeriesRecord
from groupkeeper.text import format_date

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")


class ScheduleController(QObject):
    """The schedule's reads and changes, each change one undo step in the Schedule section."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def read(self, fn: Callable[[Session], T]) -> T:
        return self.ctx.read(fn)

    def series(self) -> list[SeriesRecord]:
        return self.read(service.list_series)

    def occurrences(
        self, first: date, last: date, series: list[SeriesRecord] | None = None
    ) -> list[Occurrence]:
        return self.read(lambda s: service.occurrences(s, first, last, series))

    def format_labels(self) -> dict[str, str]:
        return self.read(service.format_labels)

    def format_choices(self) -> dict[str, str]:
        """The codes the meeting editor offers (none of twelve-step literature to a peer
        support group, unless a meeting has one)."""
        return self.read(service.format_choices)

    def check(self, data: SeriesInput, series_id: int | None = None) -> Check:
        return self.read(lambda s: service.check_series(s, data, series_id))

    def add_custom_format(self, code: str, label: str) -> None:
        self._change(
            self.tr("Add format {code}").format(code=code),
            lambda s: service.add_custom_format(s, code, label),
        )

    # ------------------------------------------------------------- schedule changes

    def _require_valid(self, data: SeriesInput, series_id: int | None) -> None:
        problems = self.check(data, series_id).errors
        if problems:
            raise ValidationError(problems)

    def _change(self, label: str, fn: Callable[[Session], T]) -> T:
        gateway = self.ctx.data
        result = gateway.write(label, fn)
        gateway.changed.emit()
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
