"""How a meeting series repeats: a small structured rule <-> RFC 5545 RRULE text <-> dates.

Pure: no database, no Qt. RRULE text is what is stored (so it can go to calendars as is) and
python-dateutil expands it. Times are wall-clock in the group's zone, so expansion is done on
naive datetimes: a 19:00 meeting is at 19:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


class RepeatKind(enum.Enum):
    ONCE = "once"
    WEEKLY = "weekly"  # every N weeks on one or more weekdays
    MONTHLY_NTH = "monthly_nth"  # the nth weekday(s) of the month, e.g. 1st and 3rd Thursday
    MONTHLY_LAST = "monthly_last"  # the last weekday of the month
    MONTHLY_DAY = "monthly_day"  # the same day number each month, e.g. the 15th


@dataclass(frozen=True)
class Repeat:
    kind: RepeatKind
    interval: int = 1
    weekdays: tuple[int, ...] = field(default=())  # 0 = Monday, as date.weekday()
    nths: tuple[int, ...] = field(default=())  # 1..5 for MONTHLY_NTH
    month_day: int | None = None  # 1..31 for MONTHLY_DAY

    def problems(self) -> list[str]:
        """What makes this rule unusable, in plain words (empty when it is fine)."""
        out: list[str] = []
        if self.interval < 1 or self.interval > 52:
            out.append("Repeat every 1 to 52 weeks or months.")
        if self.kind in (RepeatKind.WEEKLY, RepeatKind.MONTHLY_NTH, RepeatKind.MONTHLY_LAST):
            if not self.weekdays:
                out.append("Choose at least one day of the week.")
            if any(d not in range(7) for d in self.weekdays):
                out.append("A day of the week is out of range.")
        if self.kind is RepeatKind.MONTHLY_NTH:
            if not self.nths:
                out.append("Choose which week of the month (first, second...).")
            if any(n not in range(1, 6) for n in self.nths):
                out.append("The week of the month must be first to fifth.")
        if self.kind is RepeatKind.MONTHLY_DAY and (
            self.month_day is None or not 1 <= self.month_day <= 31
        ):
            out.append("The day of the month must be between 1 and 31.")
        return out

    def skip_warning(self) -> str | None:
        """Say so when some months will have no meeting (5th weekdays, the 29th to 31st)."""
        if self.kind is RepeatKind.MONTHLY_NTH and 5 in self.nths:
            days = " and ".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))
            return f"Months without a fifth {days} are skipped."
        if self.kind is RepeatKind.MONTHLY_DAY and self.month_day and self.month_day > 28:
            return f"Months without a day {self.month_day} are skipped."
        return None


def to_rrule(repeat: Repeat) -> str | None:
    """The RRULE text for a rule (None for a one-off meeting)."""
    days = [WEEKDAY_CODES[d] for d in sorted(set(repeat.weekdays))]
    interval = f";INTERVAL={repeat.interval}" if repeat.interval != 1 else ""
    match repeat.kind:
        case RepeatKind.ONCE:
            return None
        case RepeatKind.WEEKLY:
            return f"FREQ=WEEKLY{interval};BYDAY={','.join(days)}"
        case RepeatKind.MONTHLY_NTH:
            byday = ",".join(f"{n}{d}" for n in sorted(set(repeat.nths)) for d in days)
            return f"FREQ=MONTHLY{interval};BYDAY={byday}"
        case RepeatKind.MONTHLY_LAST:
            return f"FREQ=MONTHLY{interval};BYDAY={','.join('-1' + d for d in days)}"
        case RepeatKind.MONTHLY_DAY:
            return f"FREQ=MONTHLY{interval};BYMONTHDAY={repeat.month_day}"


def from_rrule(text: str | None) -> Repeat:
    """Read RRULE text written by :func:`to_rrule` back into a rule (for editing)."""
    if not text:
        return Repeat(RepeatKind.ONCE)
    parts = dict(p.split("=", 1) for p in text.upper().split(";") if "=" in p)
    interval = int(parts.get("INTERVAL", "1"))
    freq = parts.get("FREQ")
    if "BYMONTHDAY" in parts:
        return Repeat(RepeatKind.MONTHLY_DAY, interval, month_day=int(parts["BYMONTHDAY"]))
    items = [p for p in parts.get("BYDAY", "").split(",") if p]
    weekdays = tuple(sorted({WEEKDAY_CODES.index(p[-2:]) for p in items}))
    if freq == "WEEKLY":
        return Repeat(RepeatKind.WEEKLY, interval, weekdays)
    nths = {int(p[:-2]) for p in items if p[:-2]}
    if nths == {-1}:
        return Repeat(RepeatKind.MONTHLY_LAST, interval, weekdays)
    return Repeat(RepeatKind.MONTHLY_NTH, interval, weekdays, tuple(sorted(nths)))


@lru_cache(maxsize=512)
def _parsed(text: str, start: date) -> rrule:
    rule = rrulestr(text, dtstart=datetime.combine(start, time()), cache=True)
    assert isinstance(rule, rrule)
    return rule


def dates_between(
    text: str | None, start: date, end_date: date | None, first: date, last: date
) -> list[date]:
    """Every date the rule gives from ``first`` to ``last`` inclusive (bounded by end_date)."""
    if end_date is not None:
        last = min(last, end_date)
    first = max(first, start)
    if last < first:
        return []
    if not text:
        return [start] if first <= start <= last else []
    rule = _parsed(text, start)
    lo = datetime.combine(first, time())
    hi = datetime.combine(last, time())
    return [dt.date() for dt in rule.between(lo, hi, inc=True)]


def next_dates(
    text: str | None, start: date, end_date: date | None, after: date, count: int
) -> list[date]:
    """Up to ``count`` dates on or after ``after`` (used to check a rule makes any dates)."""
    found = dates_between(text, start, end_date, after, after + timedelta(days=366 * 2))
    return found[:count]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def describe(repeat: Repeat, start: date) -> str:
    """A rule in words: "Every Tuesday", "First and third Thursday of the month"."""
    days = [WEEKDAY_NAMES[d] for d in sorted(set(repeat.weekdays))]
    plural = [d + "s" for d in days]
    match repeat.kind:
        case RepeatKind.ONCE:
            return f"Once, {start:%a} {start.day} {start:%b %Y}"
        case RepeatKind.WEEKLY:
            if repeat.interval == 1:
                return "Every " + _join(days)
            if repeat.interval == 2:
                return "Every other " + _join(days)
            return f"Every {repeat.interval} weeks on " + _join(plural)
        case RepeatKind.MONTHLY_NTH:
            nth = _join([ORDINALS[n] for n in sorted(set(repeat.nths))])
            text = f"{nth.capitalize()} {_join(days)} of the month"
        case RepeatKind.MONTHLY_LAST:
            text = f"Last {_join(days)} of the month"
        case RepeatKind.MONTHLY_DAY:
            text = f"Day {repeat.month_day} of each month"
    if repeat.interval > 1:
        text += f", every {repeat.interval} months"
    return text
