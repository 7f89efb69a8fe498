"""Qt item models over plain schedule records. They cache rows and never query per paint."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

from groupkeeper.i18n import day_name, format_month
from groupkeeper.schedule.occurrences import Attendance, Location, Occurrence, Online, Status
from groupkeeper.schedule.service import SeriesRecord
from groupkeeper.text import format_date, format_time, format_time_range
from groupkeeper.ui.kit.colours import Fill, Ink, current
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP, AnyIndex, RecordRole, RecordTable, tr
from groupkeeper.ui.schedule.online import online_icon


def attendance_words(online: Online) -> str:
    """How people attend, for a meeting joined online; "" for one only in person."""
    if online.attendance is Attendance.ONLINE:
        return tr("Online")
    if online.attendance is Attendance.HYBRID:
        return tr("In person and online")
    return ""


def place_text(location: Location, online: Online) -> str:
    """Where it is, in one line: "Online" for a meeting only online (its address is just the
    town it comes from), the place marked "(and online)" for a hybrid one."""
    if online.attendance is Attendance.ONLINE:
        return tr("Online")
    place = location.one_line()
    if online.attendance is Attendance.HYBRID:
        return tr("{place} (and online)").format(place=place) if place else attendance_words(online)
    return place


def join_lines(online: Online) -> list[str]:
    """How to join an online or hybrid meeting: its link and dial-in, each with its notes."""
    if not online.joins_online:
        return []
    lines = []
    if online.url:
        lines.append(tr("Link: {link}").format(link=online.url) + _aside(online.url_notes))
    if online.phone:
        lines.append(tr("Dial-in: {phone}").format(phone=online.phone) + _aside(online.phone_notes))
    return lines


def _aside(notes: str) -> str:
    return f" ({notes})" if notes else ""


class SeriesListModel(QAbstractListModel):
    """The group's meeting series, for the side list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SeriesRecord] = []
        self.language = "en"

    def set_series(self, rows: list[SeriesRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[SeriesRecord]:
        return list(self._rows)

    def record(self, row: int) -> SeriesRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, series_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == series_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        d = rec.data
        when = f"{rec.when}, {format_time(d.start_time, self.language)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(t for t in (d.name, when, attendance_words(d.online)) if t)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            place = place_text(d.location, d.online) or tr("no place set")
            return "\n".join([f"{d.name}: {when}, {place}", *join_lines(d.online)])
        if role == RecordRole:
            return rec
        return None


class UpcomingModel(RecordTable[Occurrence]):
    """Dated meetings in a window; cancelled ones stay visible, struck through, with their note."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Schedule", "Date"),
        QT_TRANSLATE_NOOP("Schedule", "Time"),
        QT_TRANSLATE_NOOP("Schedule", "Meeting"),
        QT_TRANSLATE_NOOP("Schedule", "Format"),
        QT_TRANSLATE_NOOP("Schedule", "Note"),
        QT_TRANSLATE_NOOP("Schedule", "Place"),
    )
    DATE, TIME, MEETING, FORMAT, NOTE, PLACE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text: list[tuple[str, ...]] = []
        self.language = "en"

    def set_occurrences(self, rows: list[Occurrence]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Text is worked out once per load, not on every paint.
        self._text = [self._texts(o) for o in self._rows]
        self.endResetModel()

    def _texts(self, o: Occurrence) -> tuple[str, ...]:
        return (
            format_date(o.day),
            format_time_range(o.start, o.duration_minutes, self.language),
            o.series_name,
            " ".join(o.formats),
            self.note_text(o),
            place_text(o.location, o.online),
        )

    def occurrence(self, row: int) -> Occurrence | None:
        return self.row_record(row)

    def note_text(self, o: Occurrence) -> str:
        if o.status is Status.CANCELLED:
            return tr("Cancelled") + (f": {o.note}" if o.note else "")
        if o.status is Status.MOVED:
            moved = tr("Moved from {day}").format(day=format_date(o.original_date, year=False))
            return moved + (f": {o.note}" if o.note else "")
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][col]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text[index.row()][col]
            words = attendance_words(o.online) if col == self.MEETING else ""
            return f"{text}, {words}" if words else text
        if role == Qt.ItemDataRole.ToolTipRole:
            said = self.note_text(o) or f"{o.series_name}, {format_date(o.day)}"
            if o.online.joins_online:  # the link and dial-in, from any cell of the row
                return "\n".join([said, attendance_words(o.online), *join_lines(o.online)])
            return said
        meeting = col == self.MEETING
        if role == Qt.ItemDataRole.DecorationRole and meeting and o.online.joins_online:
            colours = current()
            ink = colours.ink(Ink.HINT) if o.status is Status.CANCELLED else colours.text
            selected = colours.palette.color(QPalette.ColorRole.HighlightedText)
            return online_icon(ink, selected)
        if role == Qt.ItemDataRole.FontRole and o.status is Status.CANCELLED and col != self.NOTE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if o.status is Status.CANCELLED:
                return QBrush(current().ink(Ink.ALERT if col == self.NOTE else Ink.HINT))
            if o.status is Status.MOVED and col in (self.DATE, self.TIME, self.NOTE):
                return QBrush(current().ink(Ink.MOVED))
        if role == RecordRole:
            return o
        return None


class MonthModel(QAbstractTableModel):
    """A month as 6 weeks x 7 days (Monday first); each cell lists that day's meetings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self._by_day: dict[date, list[Occurrence]] = {}
        self.today = date.today()
        self.language = "en"

    def grid_range(self, month: date | None = None) -> tuple[date, date]:
        first_of_month = (month or self.month).replace(day=1)
        first = first_of_month - timedelta(days=first_of_month.weekday())
        return first, first + timedelta(days=41)

    def set_month(self, month: date, occurrences: list[Occurrence]) -> None:
        self.beginResetModel()
        self.month = month.replace(day=1)
        self._by_day = {}
        for o in occurrences:
            self._by_day.setdefault(o.day, []).append(o)
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return self.grid_range()[0] + timedelta(days=row * 7 + column)

    def meetings_on(self, day: date) -> list[Occurrence]:
        return list(self._by_day.get(day, ()))

    def title(self) -> str:
        return format_month(self.month)  # "March 2026", "mars 2026", from CLDR

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < 7:
            return day_name(section, short=True)  # CLDR's, in the window's language
        return None

    def _line(self, o: Occurrence) -> str:
        text = f"{format_time(o.start, self.language)} {o.series_name}"
        if o.status is Status.CANCELLED:
            return text + " " + tr("(cancelled)")
        if o.status is Status.MOVED:
            return text + " " + tr("(moved)")
        return text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day_at(index.row(), index.column())
        meetings = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([str(day.day), *(self._line(o) for o in meetings)])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [format_date(day)] + [
                self._line(o) + (f" ({o.note})" if o.note else "") for o in meetings
            ]
            return "\n".join(lines) if meetings else format_date(day) + ": " + tr("no meeting")
        if role == Qt.ItemDataRole.ForegroundRole:
            hint = Ink.HINT if day.month != self.month.month else None  # another month's day
            if day == self.today:  # on today's tint: words readable on that
                return QBrush(current().text_on(Fill.TODAY, hint))
            return QBrush(current().ink(hint)) if hint else None
        if role == Qt.ItemDataRole.BackgroundRole and day == self.today:
            return QBrush(current().fill(Fill.TODAY))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == RecordRole:
            return meetings
        return None
