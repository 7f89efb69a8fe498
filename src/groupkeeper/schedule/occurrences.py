"""Dated meetings: a series' rule expanded over a window, with cancellations and moves applied.

Pure: takes plain records, returns plain records. A cancelled date stays in the list (marked,
with its note) so views can show it struck through; a moved date appears once, at its new
date and time, even when it moved into the window from outside it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from groupkeeper.i18n import N_, _
from groupkeeper.schedule.recurrence import dates_between


class Status(enum.Enum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    MOVED = "moved"


@dataclass(frozen=True)
class Location:
    name: str = ""
    address: str = ""
    room: str = ""
    directions: str = ""
    accessibility: str = ""
    # Where the meeting lists put it (Meeting Guide's fields; printed nowhere).
    latitude: float | None = None
    longitude: float | None = None
    region: str = ""
    sub_region: str = ""

    def one_line(self) -> str:
        """Place name, room and address in one line, skipping blanks."""
        return ", ".join(p for p in (self.name, self.room, self.address) if p.strip())


class Attendance(enum.Enum):
    """How people join: the Meeting Guide spec's ``attendance_option`` (its fourth value,
    "inactive", is a listing's state, not a way to attend: a meeting that stopped ends)."""

    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    ONLINE = "online"


_ATTENDANCE_WORDS = {
    Attendance.IN_PERSON: N_("In person"),
    Attendance.ONLINE: N_("Online"),
    Attendance.HYBRID: N_("In person and online"),
}


def attendance_words(attendance: Attendance) -> str:
    """ "In person", "Online", "In person and online", in the language in force."""
    return _(_ATTENDANCE_WORDS[attendance])


@dataclass(frozen=True)
class Online:
    """A meeting's link and dial-in, for online and hybrid meetings."""

    attendance: Attendance = Attendance.IN_PERSON
    url: str = ""  # the video meeting's link (https://...)
    url_notes: str = ""  # its meeting id and passcode, or how to get them
    phone: str = ""  # the number to dial in
    phone_notes: str = ""

    @property
    def in_person(self) -> bool:
        return self.attendance is not Attendance.ONLINE

    @property
    def joins_online(self) -> bool:
        return self.attendance is not Attendance.IN_PERSON


@dataclass(frozen=True)
class SeriesRule:
    """What expansion needs to know about a series."""

    id: int
    name: str
    rrule: str | None
    start_date: date
    end_date: date | None
    start_time: time
    duration_minutes: int
    location: Location
    formats: tuple[str, ...]
    online: Online = field(default_factory=Online)


class ExceptionKind(enum.Enum):
    CANCELLED = "cancelled"
    MOVED = "moved"


@dataclass(frozen=True)
class DateChange:
    """A cancelled or moved date of one series (one ``meeting_exception`` row)."""

    series_id: int
    original_date: date
    kind: ExceptionKind
    new_date: date | None = None
    new_time: time | None = None
    note: str = ""

    @property
    def cancelled(self) -> bool:
        return self.kind is ExceptionKind.CANCELLED


@dataclass(frozen=True)
class Occurrence:
    series_id: int
    series_name: str
    original_date: date
    day: date
    start: time
    duration_minutes: int
    status: Status
    note: str
    location: Location
    formats: tuple[str, ...]
    online: Online = field(default_factory=Online)

    @property
    def end(self) -> time:
        return (
            datetime.combine(self.day, self.start) + timedelta(minutes=self.duration_minutes)
        ).time()

    @property
    def sort_key(self) -> tuple[date, time, str, int]:
        return (self.day, self.start, self.series_name.casefold(), self.series_id)


def is_meeting_date(s: SeriesRule, day: date) -> bool:
    """Whether the series' rule gives ``day`` (before any cancellation or move)."""
    return bool(dates_between(s.rrule, s.start_date, s.end_date, day, day))


def _make(
    s: SeriesRule, original: date, status: Status, when: date, at: time, note: str
) -> Occurrence:
    return Occurrence(
        s.id, s.name, original, when, at, s.duration_minutes, status, note, s.location, s.formats,
        s.online,
    )  # fmt: skip


def expand(
    series: Iterable[SeriesRule], changes: Iterable[DateChange], first: date, last: date
) -> list[Occurrence]:
    """All meetings from ``first`` to ``last`` inclusive, in date and time order."""
    by_key: dict[tuple[int, date], DateChange] = {}
    moved_in: dict[int, list[DateChange]] = {}
    for c in changes:
        by_key[(c.series_id, c.original_date)] = c
        outside = not first <= c.original_date <= last
        moving = not c.cancelled and c.new_date is not None and outside
        if moving and c.new_date is not None and first <= c.new_date <= last:
            moved_in.setdefault(c.series_id, []).append(c)
    out: list[Occurrence] = []
    for s in series:
        for day in dates_between(s.rrule, s.start_date, s.end_date, first, last):
            change = by_key.get((s.id, day))
            if change is None:
                out.append(_make(s, day, Status.SCHEDULED, day, s.start_time, ""))
            elif change.cancelled:
                out.append(_make(s, day, Status.CANCELLED, day, s.start_time, change.note))
            else:
                new_date = change.new_date or day
                if first <= new_date <= last:
                    at = change.new_time or s.start_time
                    out.append(_make(s, day, Status.MOVED, new_date, at, change.note))
        for c in moved_in.get(s.id, ()):
            assert c.new_date is not None
            if not is_meeting_date(s, c.original_date):
                continue  # left over from before the series' rule was changed
            at = c.new_time or s.start_time
            out.append(_make(s, c.original_date, Status.MOVED, c.new_date, at, c.note))
    out.sort(key=lambda o: o.sort_key)
    return out
