"""A time zone's rules as a calendar file's VTIMEZONE states them, found from zoneinfo.

A calendar program turns each meeting's wall-clock time into an instant with the offsets the
file's VTIMEZONE gives, and shows it on its own clock; so those offsets must agree with
zoneinfo, which GroupKeeper's own lists use, for every year a series can reach, and every
reader must read them alike. They are stated as Outlook and Apple Calendar state theirs:

- one STANDARD or DAYLIGHT period per rule, with a yearly RRULE (``FREQ=YEARLY;BYMONTH=3;
  BYDAY=2SU``) bounded by UNTIL, where the zone changed its clocks on the same weekday of the
  same week of the year at the same time for consecutive years; the rules still in force at
  the end have no UNTIL, so they run on for as long as a series does;
- one period with a single DTSTART for each change that follows no such rule; never an RDATE
  list (vobject reads only the first date of one);
- DTSTART is the time on the clock just before the change, in TZOFFSETFROM (RFC 5545 3.6.5):
  02:00 for a spring change from 02:00 to 03:00;
- the first period states the offset in force when the file's years begin, so a zone with no
  changes at all has that one STANDARD period.

``icalendar.Timezone.from_tzid`` does none of this: its DAYLIGHT onsets are an hour late by
the RFC's reading, its transitions come as RDATE lists, and its years end.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

_SECOND = timedelta(seconds=1)
_STEP = timedelta(days=1)  # the zone is looked at once a day, then each change found exactly
_EARLIEST, _LATEST = 1900, 2100  # years a file's dates can ask for, whatever they say
# vobject (and the servers built on it) compares a VTIMEZONE with UTC over 2000-2019 and
# drops one that matches: a zone at +00:00 in winter (London, Lisbon) must show its summers
# of those years. And from 2038 on, zoneinfo's years all follow the zone's standing rule, so
# the rules found by then are the ones that run on.
_SHOWN_FROM, _SCANNED_TO = 2000, 2038
_CHECKED_YEARS = 30  # a rule left open is first checked against zoneinfo for this many years
# The zone database writes out each year's changes for the zones whose clocks follow Ramadan
# (Morocco, Palestine) to 2087; after that those zones too follow a standing rule.
_WRITTEN_OUT_TO = 2090
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_LAST = -1


@dataclass(frozen=True)
class Period:
    """One STANDARD (``daylight`` false) or DAYLIGHT sub-component of a VTIMEZONE."""

    daylight: bool
    start: datetime  # naive: the clock's time just before the first change, in offset_from
    offset_from: timedelta
    offset_to: timedelta
    name: str  # TZNAME, as the zone database spells it ("EST", "+0530")
    rule: str = ""  # the yearly RRULE without UNTIL; empty for a single change
    until: datetime | None = None  # in UTC; none for a rule that runs on


@dataclass(frozen=True)
class _Change:
    at: datetime  # naive: the clock's time just before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def instant(self) -> datetime:
        return (self.at - self.offset_from).replace(tzinfo=UTC)

    @property
    def key(self) -> tuple[object, ...]:
        """What every year of one rule shares (the day apart)."""
        at = self.at
        return (self.daylight, self.offset_from, self.offset_to, self.name, at.weekday(),
                at.time())  # fmt: skip


# A day of the year, (month, weekday, first): the first such weekday on or after day
# ``first`` of the month (1, 8, 15, 22 are the first to fourth), or its last such weekday
# (first == _LAST). Month 0 counts ``first`` back from the year's end (-1 is 31 December), for
# a change that falls in either of two months: Egypt's "Friday after October's last Thursday".
_Days = tuple[int, int, int]
_MARCH_FIRST = -306  # counted from the year's end, leap year or not


@dataclass
class _Run:
    changes: list[_Change]
    days: set[_Days] = field(default_factory=set)  # every pattern that fits each year


def periods(tzid: str, first: date, last: date) -> tuple[Period, ...]:
    """The periods stating ``tzid``'s offsets for a calendar of ``first`` to ``last`` (and
    after: the rules in force at the end run on)."""
    start = max(_EARLIEST, min(first.year - 1, _SHOWN_FROM, _LATEST))
    end = min(_LATEST, max(last.year + 2, _SCANNED_TO))
    return _periods(tzid, start, end)


@lru_cache(maxsize=16)
def _periods(tzid: str, first_year: int, last_year: int) -> tuple[Period, ...]:
    zone = ZoneInfo(tzid)
    begin = datetime(first_year, 1, 1, tzinfo=zone)
    opening = [
        Period(_daylight(zone, begin, begin), begin.replace(tzinfo=None), _offset(zone, begin),
               _offset(zone, begin), begin.tzname() or tzid)
    ]  # fmt: skip
    runs = _runs(_changes(zone, begin, last_year))
    stated = [_stated(zone, run, last_year) for run in runs]
    if last_year < _WRITTEN_OUT_TO and any(
        run.changes[-1].at.year == last_year and (not part.rule or part.until is not None)
        for run, part in zip(runs, stated, strict=True)
    ):  # the clocks still change with no rule to run on: state each change there is
        runs = _runs(_changes(zone, begin, _WRITTEN_OUT_TO))
        stated = [_stated(zone, run, _WRITTEN_OUT_TO) for run in runs]
    return tuple(sorted([*opening, *stated], key=lambda p: p.start))


def _offset(zone: ZoneInfo, at: datetime) -> timedelta:
    return at.astimezone(zone).utcoffset() or timedelta()


def _state(zone: ZoneInfo, at: datetime) -> tuple[timedelta | None, timedelta | None]:
    local = at.astimezone(zone)
    return local.utcoffset(), local.dst()


def _daylight(zone: ZoneInfo, before: datetime, after: datetime) -> bool:
    """Summer time: a positive DST after the change, or the end of a negative one (Dublin's
    zone keeps Irish Standard Time in summer and calls winter's GMT the saving)."""
    dst_after = after.astimezone(zone).dst() or timedelta()
    dst_before = before.astimezone(zone).dst() or timedelta()
    return dst_after > timedelta() or (not dst_after and dst_before < timedelta())


def _changes(zone: ZoneInfo, begin: datetime, last_year: int) -> list[_Change]:
    """Every change of offset (or of daylight saving) from ``begin`` to the end of
    ``last_year``, each to the second."""
    at = begin.astimezone(UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    state = _state(zone, at)
    out = []
    while at < end:
        ahead = at + _STEP
        if _state(zone, ahead) == state:
            at = ahead
            continue
        lo, hi = at, ahead  # the old state at lo, a new one at hi
        while hi - lo > _SECOND:
            mid = lo + timedelta(seconds=int((hi - lo).total_seconds()) // 2)  # whole seconds
            lo, hi = (mid, hi) if _state(zone, mid) == state else (lo, mid)
        before, after = hi - _SECOND, hi
        offset_from, offset_to = _offset(zone, before), _offset(zone, after)
        out.append(
            _Change((hi + offset_from).replace(tzinfo=None), offset_from, offset_to,
                    after.astimezone(zone).tzname() or "", _daylight(zone, before, after))
        )  # fmt: skip
        at, state = hi, _state(zone, hi)
    return out


def _days_fitting(day: date) -> set[_Days]:
    """Every way of naming ``day`` that names one day in any year."""
    month, weekday = day.month, day.weekday()
    length = calendar.monthrange(day.year, month)[1]
    fits = {
        (month, weekday, first)
        for first in range(max(1, day.day - 6), day.day + 1)
        if first + 6 <= length
    }
    if day.day + 7 > length:
        fits.add((month, weekday, _LAST))
    from_end = (day - date(day.year, 12, 31)).days - 1
    fits |= {
        (0, weekday, first)
        for first in range(max(_MARCH_FIRST, from_end - 6), from_end + 1)
        if first + 6 <= -1
    }
    return fits


def _day(year: int, days: _Days) -> date:
    month, weekday, first = days
    if not month:
        start = date(year, 12, 31) + timedelta(days=first + 1)
    elif first == _LAST:
        end = date(year, month, calendar.monthrange(year, month)[1])
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    else:
        start = date(year, month, first)
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def _runs(changes: list[_Change]) -> list[_Run]:
    """The changes in runs of consecutive years that share one rule."""
    runs: list[_Run] = []
    going: dict[tuple[object, ...], _Run] = {}
    for change in changes:
        fits = _days_fitting(change.at.date())
        run = going.get(change.key)
        if run and run.changes[-1].at.year == change.at.year - 1 and run.days & fits:
            run.changes.append(change)
            run.days &= fits
        else:
            going[change.key] = run = _Run([change], fits)
            runs.append(run)
    return runs


def _preferred(days: _Days) -> tuple[int, int]:
    """The rule every reader knows first ("second Sunday", "last Sunday"), then "the Sunday
    on or after the 23rd", then days of the year (Outlook knows neither of those two)."""
    month, _weekday, first = days
    if not month:
        return (3, -first)
    return (0, first) if first in (1, 8, 15, 22) else (1, 0) if first == _LAST else (2, first)


def _rule(days: _Days) -> str:
    month, weekday, first = days
    code = _WEEKDAYS[weekday]
    week = ",".join(str(d) for d in range(first, first + 7))
    if not month:
        return f"FREQ=YEARLY;BYYEARDAY={week};BYDAY={code}"
    if first == _LAST:
        return f"FREQ=YEARLY;BYMONTH={month};BYDAY=-1{code}"
    if first in (1, 8, 15, 22):
        return f"FREQ=YEARLY;BYMONTH={month};BYDAY={(first - 1) // 7 + 1}{code}"
    return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={week};BYDAY={code}"


def _holds(zone: ZoneInfo, change: _Change, days: _Days, years: range) -> bool:
    """Whether zoneinfo changes the clocks as ``change`` did, on ``days``, in every year."""
    for year in years:
        at = datetime.combine(_day(year, days), change.at.time())
        instant = (at - change.offset_from).replace(tzinfo=UTC)
        if (_offset(zone, instant - _SECOND), _offset(zone, instant)) != (
            change.offset_from, change.offset_to,
        ):  # fmt: skip
            return False
    return True


def _stated(zone: ZoneInfo, run: _Run, last_year: int) -> Period:
    first, last = run.changes[0], run.changes[-1]
    choices = sorted(run.days, key=_preferred)
    if last.at.year == last_year:  # still in force: the rule that runs on, if zoneinfo agrees
        later = range(last_year + 1, last_year + 1 + _CHECKED_YEARS)
        for days in choices:
            if _holds(zone, last, days, later):
                return _period(first, _rule(days))
    if len(run.changes) == 1:
        return _period(first)
    # UNTIL a day after the last change: readers built on dateutil compare UNTIL, a UTC time,
    # with each local onset as if both were local times, which east of Greenwich would drop
    # the last change if UNTIL were its exact instant; the next change is a year away.
    return _period(first, _rule(choices[0]), last.instant + timedelta(days=1))


def _period(change: _Change, rule: str = "", until: datetime | None = None) -> Period:
    return Period(change.daylight, change.at, change.offset_from, change.offset_to, change.name,
                  rule, until)  # fmt: skip
