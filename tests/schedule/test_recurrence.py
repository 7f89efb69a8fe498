"""Recurrence rules: every date fits the rule, and no date that fits is missed."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupkeeper.schedule.recurrence import (
    Repeat,
    RepeatKind,
    dates_between,
    describe,
    from_rrule,
    to_rrule,
)

starts = st.dates(min_value=date(1995, 1, 1), max_value=date(2060, 12, 31))
weekdays = st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(
    lambda d: tuple(sorted(d))
)
nths = st.lists(st.integers(1, 5), min_size=1, max_size=5, unique=True).map(
    lambda d: tuple(sorted(d))
)
spans = st.integers(0, 800)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def nth_in_month(d: date) -> int:
    return (d.day - 1) // 7 + 1


def is_last_in_month(d: date) -> bool:
    return d.day + 7 > calendar.monthrange(d.year, d.month)[1]


def months_apart(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def fits(r: Repeat, d: date) -> bool:
    """Whether ``d`` is one of the rule's days, whatever the interval."""
    if r.kind is RepeatKind.WEEKLY:
        return d.weekday() in r.weekdays
    if r.kind is RepeatKind.MONTHLY_NTH:
        return d.weekday() in r.weekdays and nth_in_month(d) in r.nths
    if r.kind is RepeatKind.MONTHLY_LAST:
        return d.weekday() in r.weekdays and is_last_in_month(d)
    return d.day == r.month_day


def first_fit(r: Repeat, start: date) -> date:
    """The rule's first day on or after ``start``, every interval counting from it."""
    return next(d for d in days(start, start + timedelta(days=4000)) if fits(r, d))


def expected(r: Repeat, start: date, first: date, last: date) -> list[date]:
    """Brute force: test each day against the rule as a person would read it: "every other
    Monday" counts its weeks from the first Monday on or after the first date."""
    if r.kind is RepeatKind.ONCE:
        return [start] if max(first, start) <= start <= last else []
    phase = first_fit(r, start)
    week0 = phase - timedelta(days=phase.weekday())
    out = []
    for d in days(max(first, start), last):
        if not fits(r, d):
            continue
        weekly = r.kind is RepeatKind.WEEKLY
        apart = (d - week0).days // 7 if weekly else months_apart(phase, d)
        if apart % r.interval == 0:
            out.append(d)
    return out


def check(r: Repeat, start: date, span: int, offset: int = 0) -> list[date]:
    first = start + timedelta(days=offset)
    last = first + timedelta(days=span)
    got = dates_between(to_rrule(r), start, None, first, last)
    assert got == expected(r, start, first, last)
    return got


@given(starts, weekdays, st.integers(1, 4), spans)
def test_weekly_dates_fit_the_rule_and_none_are_missed(
    start: date, wd: tuple[int, ...], interval: int, span: int
) -> None:
    check(Repeat(RepeatKind.WEEKLY, interval, wd), start, span)


@given(starts, weekdays, nths, st.integers(1, 3), spans)
def test_nth_weekday_of_month(
    start: date, wd: tuple[int, ...], n: tuple[int, ...], interval: int, span: int
) -> None:
    got = check(Repeat(RepeatKind.MONTHLY_NTH, interval, wd, n), start, span)
    # A 5th weekday exists only in some months, and then is always after the 28th.
    assert all(d.day > 28 for d in got if nth_in_month(d) == 5)


@given(starts, weekdays, st.integers(1, 3), spans)
def test_last_weekday_of_month(start: date, wd: tuple[int, ...], interval: int, span: int) -> None:
    check(Repeat(RepeatKind.MONTHLY_LAST, interval, wd), start, span)


@given(starts, st.integers(1, 31), st.integers(1, 2), spans)
def test_same_day_each_month_skips_months_without_it(
    start: date, day: int, interval: int, span: int
) -> None:
    got = check(Repeat(RepeatKind.MONTHLY_DAY, interval, month_day=day), start, span)
    assert all(d.day == day for d in got)


@given(starts, spans, st.integers(-400, 400))
def test_one_off_is_exactly_its_date(start: date, span: int, offset: int) -> None:
    first = start + timedelta(days=offset)
    got = dates_between(None, start, None, first, first + timedelta(days=span))
    assert got == ([start] if first <= start <= first + timedelta(days=span) else [])


@given(starts, weekdays, st.integers(0, 400), spans)
def test_end_date_is_respected(start: date, wd: tuple[int, ...], length: int, span: int) -> None:
    end = start + timedelta(days=length)
    got = dates_between(
        to_rrule(Repeat(RepeatKind.WEEKLY, 1, wd)), start, end, start, start + timedelta(days=span)
    )
    assert all(start <= d <= end for d in got)
    assert got == [
        d
        for d in expected(
            Repeat(RepeatKind.WEEKLY, 1, wd), start, start, start + timedelta(days=span)
        )
        if d <= end
    ]


rules = st.one_of(
    st.builds(lambda i, w: Repeat(RepeatKind.WEEKLY, i, w), st.integers(1, 52), weekdays),
    st.builds(
        lambda i, w, n: Repeat(RepeatKind.MONTHLY_NTH, i, w, n), st.integers(1, 12), weekdays, nths
    ),
    st.builds(lambda i, w: Repeat(RepeatKind.MONTHLY_LAST, i, w), st.integers(1, 12), weekdays),
    st.builds(
        lambda i, d: Repeat(RepeatKind.MONTHLY_DAY, i, month_day=d),
        st.integers(1, 12),
        st.integers(1, 31),
    ),
    st.just(Repeat(RepeatKind.ONCE)),
)


@given(rules)
def test_rrule_text_round_trips(rule: Repeat) -> None:
    assert from_rrule(to_rrule(rule)) == rule


@settings(max_examples=20)
@given(st.integers(2000, 2100))
def test_leap_day_rule_meets_only_in_leap_years(year: int) -> None:
    rule = to_rrule(Repeat(RepeatKind.MONTHLY_DAY, month_day=29))
    feb = dates_between(
        rule, date(1999, 1, 29), None, date(year, 2, 1), date(year, 2, 28 + calendar.isleap(year))
    )
    assert feb == ([date(year, 2, 29)] if calendar.isleap(year) else [])


def test_first_and_third_thursday_in_words_and_rrule() -> None:
    rule = Repeat(RepeatKind.MONTHLY_NTH, weekdays=(3,), nths=(1, 3))
    assert to_rrule(rule) == "FREQ=MONTHLY;BYDAY=1TH,3TH"
    assert describe(rule, date(2026, 1, 1)) == "First and third Thursday of the month"
    got = dates_between(to_rrule(rule), date(2026, 1, 1), None, date(2026, 1, 1), date(2026, 2, 28))
    assert got == [date(2026, 1, 1), date(2026, 1, 15), date(2026, 2, 5), date(2026, 2, 19)]


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (Repeat(RepeatKind.WEEKLY, weekdays=(1,)), "Every Tuesday"),
        (Repeat(RepeatKind.WEEKLY, 2, (3,)), "Every other Thursday"),
        (Repeat(RepeatKind.WEEKLY, 3, (0, 2)), "Every 3 weeks on Mondays and Wednesdays"),
        (Repeat(RepeatKind.MONTHLY_LAST, weekdays=(4,)), "Last Friday of the month"),
        (Repeat(RepeatKind.MONTHLY_DAY, month_day=31), "Day 31 of each month"),
        (Repeat(RepeatKind.ONCE), "Once, Sat 14 Feb 2026"),
    ],
)
def test_rules_in_words(rule: Repeat, words: str) -> None:
    assert describe(rule, date(2026, 2, 14)) == words


def test_skip_warnings_for_fifth_weekdays_and_late_month_days() -> None:
    fifth = Repeat(RepeatKind.MONTHLY_NTH, weekdays=(3,), nths=(5,))
    assert fifth.skip_warning() == "Months without a fifth Thursday are skipped."
    assert (
        Repeat(RepeatKind.MONTHLY_DAY, month_day=31).skip_warning()
        == "Months without a day 31 are skipped."
    )
    assert Repeat(RepeatKind.MONTHLY_DAY, month_day=28).skip_warning() is None


def test_problems_in_plain_words() -> None:
    assert Repeat(RepeatKind.WEEKLY).problems() == ["Choose at least one day of the week."]
    assert (
        "Choose which week of the month (first, second...)."
        in Repeat(RepeatKind.MONTHLY_NTH, weekdays=(1,)).problems()
    )
    assert Repeat(RepeatKind.MONTHLY_DAY, month_day=32).problems() == [
        "The day of the month must be between 1 and 31."
    ]


def test_every_other_week_and_month_count_from_the_first_meeting() -> None:
    """The reported dates: the interval counts from the first meeting, not the first date."""
    monday = to_rrule(Repeat(RepeatKind.WEEKLY, 2, (0,)))
    got = dates_between(monday, date(2027, 1, 6), None, date(2027, 1, 1), date(2027, 2, 9))
    assert got == [date(2027, 1, 11), date(2027, 1, 25), date(2027, 2, 8)]
    sunday = to_rrule(Repeat(RepeatKind.MONTHLY_NTH, 2, (6,), (1,)))
    got = dates_between(sunday, date(2027, 1, 20), None, date(2027, 1, 1), date(2027, 6, 30))
    assert got == [date(2027, 2, 7), date(2027, 4, 4), date(2027, 6, 6)]


repeats = st.one_of(
    st.builds(lambda wd, n: Repeat(RepeatKind.WEEKLY, n, wd), weekdays, st.integers(1, 6)),
    st.builds(
        lambda wd, k, n: Repeat(RepeatKind.MONTHLY_NTH, n, wd, k), weekdays, nths, st.integers(1, 4)
    ),
    st.builds(lambda wd, n: Repeat(RepeatKind.MONTHLY_LAST, n, wd), weekdays, st.integers(1, 4)),
    st.builds(
        lambda d, n: Repeat(RepeatKind.MONTHLY_DAY, n, month_day=d),
        st.integers(1, 31),
        st.integers(1, 4),
    ),
)


@given(repeats, starts)
def test_the_first_meeting_is_the_first_fitting_day_on_or_after_the_first_date(
    r: Repeat, start: date
) -> None:
    """Over first dates on every weekday and month day: whatever the interval, the series
    first meets on the first day that fits its rule, and then every interval from there."""
    got = dates_between(to_rrule(r), start, None, start, start + timedelta(days=4 * 400))
    assert got[0] == first_fit(r, start)
    if r.kind is RepeatKind.WEEKLY:
        week0 = got[0] - timedelta(days=got[0].weekday())
        assert all((d - week0).days // 7 % r.interval == 0 for d in got)
    else:
        assert all(months_apart(got[0], d) % r.interval == 0 for d in got)


@settings(max_examples=300)
@given(repeats.filter(lambda r: r.interval > 1), starts)
def test_migrated_first_dates_keep_every_meeting_where_it_was(r: Repeat, start: date) -> None:
    """Revision 0010 sets an every-N series' first date to its first meeting under the old
    counting (dateutil's, from the first date's week or month): from there the new counting
    gives exactly the dates the old one did."""
    from datetime import datetime, time

    from dateutil.rrule import rrulestr

    migration = _migration("0010_series_phase")
    rule = to_rrule(r)
    assert rule is not None and migration.OURS.fullmatch(rule)
    last = start + timedelta(days=3 * 366)
    old = [
        d.date()
        for d in rrulestr(rule, dtstart=datetime.combine(start, time())).between(
            datetime.combine(start, time()), datetime.combine(last, time()), inc=True
        )
    ]
    moved = migration.old_first_meeting(rule, start, None)
    assert moved == (old[0] if old else moved)
    assert dates_between(rule, moved or start, None, start, last) == old


def _migration(name: str) -> ModuleType:
    import importlib.util
    from pathlib import Path

    import groupkeeper.store.migrations as migrations

    path = Path(migrations.__path__[0]) / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
