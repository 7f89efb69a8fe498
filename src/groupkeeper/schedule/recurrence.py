"""How a meeting series repeats: a small structured rule <-> RFC 5545 RRULE text <-> dates.

Pure: no database, no Qt. RRULE text is what is stored (so it can go to calendars as is) and
python-dateutil expands it. Times are wall-clock in the group's zone, so expansion is done on
naive datetimes: a 19:00 meeting is at 19:00 on both sides of a daylight-saving change.

RRULE text read from a file is a stranger's: only rules :func:`to_rrule` could have written
are read (weekly or monthly, every 1 to 52, on named days), and what is expanded is always
the rule rewritten by :func:`to_rrule`, so a file's FREQ=SECONDLY, COUNT or BYHOUR never
reaches dateutil. One expansion gives at most MAX_DATES dates.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import _, ngettext, pgettext
from groupkeeper.text import format_date

MAX_RULE = 200  # characters: the column's length, several times the longest rule we write
MAX_INTERVAL = 52  # every 52 weeks, or every 52 months
MAX_DATES = 20_000  # in one expansion: 54 years of a meeting every day
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
# English names as identifiers (the window's own translations, Meeting Guide slugs); the words
# a person reads come from CLDR: :func:`day_names`, ``i18n.day_name``.
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
            out.append(_("Repeat every 1 to 52 weeks or months."))
        if self.kind in (RepeatKind.WEEKLY, RepeatKind.MONTHLY_NTH, RepeatKind.MONTHLY_LAST):
            if not self.weekdays:
                out.append(_("Choose at least one day of the week."))
            if any(d not in range(7) for d in self.weekdays):
                out.append(_("A day of the week is out of range."))
        if self.kind is RepeatKind.MONTHLY_NTH:
            if not self.nths:
                out.append(_("Choose which week of the month (first, second...)."))
            if any(n not in range(1, 6) for n in self.nths):
                out.append(_("The week of the month must be first to fifth."))
        if self.kind is RepeatKind.MONTHLY_DAY and (
            self.month_day is None or not 1 <= self.month_day <= 31
        ):
            out.append(_("The day of the month must be between 1 and 31."))
        return out

    def skip_warning(self) -> str | None:
        """Say so when some months will have no meeting (5th weekdays, the 29th to 31st)."""
        if self.kind is RepeatKind.MONTHLY_NTH and 5 in self.nths:
            if _english():  # as it always read: "Monday and Wednesday and Friday"
                days = " and ".join(i18n.day_name(d) for d in sorted(set(self.weekdays)))
            else:
                days = day_names(self.weekdays)
            # TRANSLATORS: {days} is one or more day names: "Thursday", "Monday and Friday".
            return _("Months without a fifth {days} are skipped.").format(days=days)
        if self.kind is RepeatKind.MONTHLY_DAY and self.month_day and self.month_day > 28:
            return _("Months without a day {day} are skipped.").format(day=self.month_day)
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


_PARTS = frozenset(("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY"))
_DAY = re.compile(r"(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)")
_NUMBER = re.compile(r"[0-9]{1,2}")


def _not_ours(text: str, why: str) -> GroupKeeperError:
    quoted = text if len(text) <= 60 else text[:57] + "..."
    return GroupKeeperError(
        # TRANSLATORS: {why} is one of the reasons that follow ("it must repeat weekly or
        # monthly"); {rule} is the rule as the file has it (FREQ=...), not to be translated.
        _(
            "A meeting's repeat rule in this file ('{rule}') is not one GroupKeeper makes: "
            "{why}. The file may be damaged or come from another program: choose File > "
            "Restore from backup, or ask whoever gave you the file for a new copy."
        ).format(rule=quoted, why=why)
    )


def from_rrule(text: str | None) -> Repeat:
    """Read RRULE text written by :func:`to_rrule` back into a rule (for editing).

    Anything :func:`to_rrule` would not write (another frequency, COUNT, BYHOUR, an
    interval over MAX_INTERVAL...) raises GroupKeeperError saying so, in plain words.
    """
    if not text:
        return Repeat(RepeatKind.ONCE)
    if len(text) > MAX_RULE:
        raise _not_ours(text, _("it is over {most} characters long").format(most=MAX_RULE))
    parts: dict[str, str] = {}
    for part in text.upper().split(";"):
        key, sep, value = (p.strip() for p in part.partition("="))
        if not (key or sep or value):
            continue  # "FREQ=WEEKLY;;BYDAY=TU;": nothing there
        if not sep or key not in _PARTS or key in parts:
            raise _not_ours(text, _("it says '{part}'").format(part=part.strip()[:20]))
        parts[key] = value
    freq = parts.get("FREQ")
    if freq not in ("WEEKLY", "MONTHLY"):
        raise _not_ours(text, _("it must repeat weekly or monthly"))
    interval = parts.get("INTERVAL", "1")
    if not _NUMBER.fullmatch(interval) or not 1 <= int(interval) <= MAX_INTERVAL:
        raise _not_ours(
            text, _("it must repeat every 1 to {most} weeks or months").format(most=MAX_INTERVAL)
        )
    repeat = _rule(text, freq, int(interval), parts)
    if problems := repeat.problems():
        raise _not_ours(text, problems[0].rstrip("."))
    return repeat


def _rule(text: str, freq: str, interval: int, parts: dict[str, str]) -> Repeat:
    if "BYMONTHDAY" in parts:
        day = parts["BYMONTHDAY"]
        if freq != "MONTHLY" or "BYDAY" in parts or not _NUMBER.fullmatch(day):
            raise _not_ours(text, _("it must fall on one day number of each month"))
        return Repeat(RepeatKind.MONTHLY_DAY, interval, month_day=int(day))
    found = [_DAY.fullmatch(p.strip()) for p in parts.get("BYDAY", "").split(",")]
    days = [f for f in found if f is not None]
    if not days or len(days) < len(found):
        raise _not_ours(text, _("it must name its days of the week (MO, TU...)"))
    weekdays = tuple(sorted({WEEKDAY_CODES.index(f.group(2)) for f in days}))
    nths = {int(f.group(1)) for f in days if f.group(1)}
    if freq == "WEEKLY":
        if nths:
            raise _not_ours(text, _("a weekly rule cannot name weeks of the month"))
        return Repeat(RepeatKind.WEEKLY, interval, weekdays)
    if any(not f.group(1) for f in days):
        raise _not_ours(text, _("a monthly rule must say which week of the month"))
    if nths == {-1}:
        return Repeat(RepeatKind.MONTHLY_LAST, interval, weekdays)
    if -1 in nths:
        raise _not_ours(text, _("it mixes the last week with numbered weeks"))
    return Repeat(RepeatKind.MONTHLY_NTH, interval, weekdays, tuple(sorted(nths)))


@lru_cache(maxsize=512)
def _ours(text: str) -> tuple[Repeat, str]:
    """The rule ``text`` describes, and the same rule as :func:`to_rrule` writes it: the
    only text ever expanded."""
    repeat = from_rrule(text)
    again = to_rrule(repeat)
    assert again is not None  # from_rrule gives ONCE only for no text at all
    return repeat, again


@lru_cache(maxsize=512)
def _parsed(text: str, start: date) -> rrule:
    rule = rrulestr(text, dtstart=datetime.combine(start, time()), cache=True)
    assert isinstance(rule, rrule)
    return rule


def first_meeting(text: str, start: date) -> date:
    """Where an every-N rule starts counting: its first meeting on or after ``start``, found
    with the same rule every week or month. "Every other Monday" from Wednesday 6 January
    meets on 11 January, and every other week from there (dateutil on its own counts from the
    start date's week and would first meet on the 18th). ``start`` itself when the rule
    repeats every week or month, or gives no date in the next ten years."""
    repeat = _ours(text)[0]
    return _first_meeting(repeat, start) if repeat.interval > 1 else start


@lru_cache(maxsize=512)
def _first_meeting(repeat: Repeat, start: date) -> date:
    every = to_rrule(replace(repeat, interval=1))
    assert every is not None
    found = _parsed(every, start).after(datetime.combine(start, time()), inc=True)
    if found is None or found.year - start.year > 10:
        return start
    return found.date()


def _anchor(repeat: Repeat, start: date, first: date) -> date:
    """A start on the rule's own cycle (whole intervals after ``start``), at least a year
    before ``first``: the same dates from ``first`` on, without dateutil walking every week
    since a start date centuries ago. Moves once a year, so the parsed rule stays cached."""
    if first.year - start.year < 3:
        return start
    target = date(first.year - 1, 1, 1)
    if repeat.kind is RepeatKind.WEEKLY:
        step = 7 * repeat.interval
        return start + timedelta(days=(target - start).days // step * step)
    whole = ((target.year - start.year) * 12 + target.month - start.month) // repeat.interval
    if whole < 1:
        return start
    months = start.month - 1 + whole * repeat.interval
    return date(start.year + months // 12, months % 12 + 1, 1)


def dates_between(
    text: str | None, start: date, end_date: date | None, first: date, last: date
) -> list[date]:
    """Every date the rule gives from ``first`` to ``last`` inclusive (bounded by end_date).

    A rule GroupKeeper would not make, or a range with more than MAX_DATES dates, raises
    GroupKeeperError with what to do.
    """
    if end_date is not None:
        last = min(last, end_date)
    first = max(first, start)
    if last < first:
        return []
    if not text:
        return [start] if first <= start <= last else []
    repeat, ours = _ours(text)
    rule = _parsed(ours, _anchor(repeat, first_meeting(text, start), first))
    hi = datetime.combine(last, time())
    out: list[date] = []
    for dt in rule.xafter(datetime.combine(first, time()), inc=True):
        if dt > hi:
            break
        if len(out) == MAX_DATES:
            raise GroupKeeperError(
                _(
                    "From {first} to {last} a meeting has more than {most} meeting dates, "
                    "more than GroupKeeper lays out at once. Choose a shorter range of dates."
                ).format(first=_day(first), last=_day(last), most=f"{MAX_DATES:,}")
            )
        out.append(dt.date())
    return out


def _day(d: date) -> str:
    return i18n.format_date(d, weekday=False)  # "14 Feb 2026"


def numbered_date(d: date, *, year: bool = True) -> str:
    """A date without its weekday as the schedule's and roster's messages have always written
    it in English, the day in two digits ("06 Jan 2026", "06 Jan"); in another language, the
    locale's own ("6 janv. 2026"). Never strftime's month names: they follow the computer's
    locale, not the reader's."""
    loc = i18n.babel_locale(i18n.current())
    if loc.language != "en":
        return i18n.format_date(d, year=year, weekday=False)
    from babel import dates

    return str(dates.format_date(d, "dd MMM y" if year else "dd MMM", locale=loc))


def next_dates(
    text: str | None, start: date, end_date: date | None, after: date, count: int
) -> list[date]:
    """Up to ``count`` dates on or after ``after`` (used to check a rule makes any dates)."""
    found = dates_between(text, start, end_date, after, after + timedelta(days=366 * 2))
    return found[:count]


def _english() -> bool:
    return i18n.babel_locale(i18n.current()).language == "en"


def join_words(words: list[str]) -> str:
    """ "Monday, Tuesday and Friday": a list in the words of the language in force (CLDR's,
    through Babel). English keeps the house's list, without the comma before "and" that
    CLDR's English adds ("Monday, Tuesday, and Friday")."""
    if not words:
        return ""
    if not _english():
        from babel.lists import format_list

        return str(format_list(words, locale=i18n.babel_locale(i18n.current())))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def day_names(weekdays: Iterable[int], *, plural: bool = False) -> str:
    """Days of the week in words (0 = Monday), in the language in force: "Tuesday",
    "Monday and Wednesday"; ``plural`` reads "Mondays and Wednesdays" in English. Other
    languages have no one rule for a day's plural, so there the names stay as CLDR gives
    them, stand-alone, and the sentence around them is the translator's."""
    names = [i18n.day_name(d) for d in sorted(set(weekdays))]
    if plural and _english():
        names = [name + "s" for name in names]
    return join_words(names)


def ordinal(n: int) -> str:
    """Which of its weekdays in the month: "first" ... "fifth", or "last" (-1)."""
    if n == 1:
        return pgettext("the first Thursday of the month", "first")
    if n == 2:
        return pgettext("the second Thursday of the month", "second")
    if n == 3:
        return pgettext("the third Thursday of the month", "third")
    if n == 4:
        return pgettext("the fourth Thursday of the month", "fourth")
    if n == 5:
        return pgettext("the fifth Thursday of the month", "fifth")
    return pgettext("the last Thursday of the month", "last")


def describe(repeat: Repeat, start: date) -> str:
    """A rule in words: "Every Tuesday", "First and third Thursday of the month"."""
    days = day_names(repeat.weekdays)
    n = repeat.interval
    match repeat.kind:
        case RepeatKind.ONCE:
            return _("Once, {date}").format(date=format_date(start))
        case RepeatKind.WEEKLY:
            if n == 1:
                # TRANSLATORS: {days} is one or more day names: "Tuesday", "Monday and Friday".
                return _("Every {days}").format(days=days)
            if n == 2:
                return _("Every other {days}").format(days=days)
            # TRANSLATORS: {days} is one or more day names, in English in the plural
            # ("Mondays and Wednesdays"); in other languages as the calendar names them.
            text = ngettext("Every {n} week on {days}", "Every {n} weeks on {days}", n)
            return text.format(n=n, days=day_names(repeat.weekdays, plural=True))
        case RepeatKind.MONTHLY_NTH:
            nths = join_words([ordinal(k) for k in sorted(set(repeat.nths))])
            if n == 1:
                # TRANSLATORS: {nths} is one or more of "first" ... "fifth" ("first and
                # third"); {days} one or more day names. The first letter is made a capital.
                text = _("{nths} {days} of the month")
            else:
                text = ngettext(
                    "{nths} {days} of the month, every {n} month",
                    "{nths} {days} of the month, every {n} months",
                    n,
                )
            text = text.format(nths=nths, days=days, n=n)
            return text[:1].upper() + text[1:]
        case RepeatKind.MONTHLY_LAST:
            if n == 1:
                return _("Last {days} of the month").format(days=days)
            text = ngettext(
                "Last {days} of the month, every {n} month",
                "Last {days} of the month, every {n} months",
                n,
            )
            return text.format(days=days, n=n)
        case RepeatKind.MONTHLY_DAY:
            if n == 1:
                return _("Day {day} of each month").format(day=repeat.month_day)
            text = ngettext(
                "Day {day} of each month, every {n} month",
                "Day {day} of each month, every {n} months",
                n,
            )
            return text.format(day=repeat.month_day, n=n)
