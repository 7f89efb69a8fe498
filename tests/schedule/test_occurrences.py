"""Expanding series with cancellations and moves; wall-clock times across DST."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from groupkeeper.schedule.occurrences import (
    DateChange,
    ExceptionKind,
    Location,
    SeriesRule,
    Status,
    expand,
)
from groupkeeper.schedule.recurrence import Repeat, RepeatKind, dates_between, to_rrule

START = date(2024, 1, 2)  # a Tuesday
RULE = SeriesRule(
    1,
    "Tuesday",
    to_rrule(Repeat(RepeatKind.WEEKLY, weekdays=(1,))),
    START,
    None,
    time(19),
    90,
    Location(),
    ("O",),
)
ALL_DATES = dates_between(RULE.rrule, START, None, START, START + timedelta(days=3 * 365))


@st.composite
def changes(draw: st.DrawFn) -> list[DateChange]:
    picked = draw(st.lists(st.sampled_from(ALL_DATES), unique=True, max_size=25))
    out = []
    for d in picked:
        if draw(st.booleans()):
            out.append(DateChange(1, d, ExceptionKind.CANCELLED, note=f"closed {d}"))
        else:
            new = d + timedelta(days=draw(st.integers(-20, 20)))
            at = time(draw(st.integers(6, 21)), draw(st.sampled_from([0, 15, 30, 45])))
            out.append(DateChange(1, d, ExceptionKind.MOVED, new, at, "moved"))
    return out


windows = st.tuples(st.integers(0, 900), st.integers(0, 200))


@given(changes(), windows)
def test_cancelled_are_marked_and_moved_appear_once_at_their_new_time(
    chs: list[DateChange], window: tuple[int, int]
) -> None:
    first = START + timedelta(days=window[0])
    last = first + timedelta(days=window[1])
    got = expand([RULE], chs, first, last)
    by_original = {o.original_date: o for o in got}
    assert len(by_original) == len(got), "a date appears twice"
    assert all(first <= o.day <= last for o in got)
    for c in chs:
        o = by_original.get(c.original_date)
        if c.cancelled:
            if first <= c.original_date <= last:
                assert o is not None and o.status is Status.CANCELLED and o.note == c.note
            else:
                assert o is None
        else:
            assert c.new_date is not None
            if first <= c.new_date <= last:
                assert o is not None and o.status is Status.MOVED
                assert (o.day, o.start) == (c.new_date, c.new_time)
            else:
                assert o is None
    changed = {c.original_date for c in chs}
    for o in got:
        if o.original_date not in changed:
            assert o.status is Status.SCHEDULED and o.day == o.original_date and o.start == time(19)
    assert [o.sort_key for o in got] == sorted(o.sort_key for o in got)


@given(
    st.sampled_from(
        ["America/Toronto", "America/Winnipeg", "Europe/Kyiv", "America/Regina", "America/St_Johns"]
    )
)
def test_wall_clock_time_is_stable_across_daylight_saving(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    got = expand([RULE], [], date(2025, 1, 1), date(2025, 12, 31))
    assert len(got) == 52
    starts = [datetime.combine(o.day, o.start, tzinfo=zone) for o in got]
    assert {s.hour for s in starts} == {19}
    offsets = {s.utcoffset() for s in starts}
    # Zones with DST really change offset during the year; the meeting stays at 19:00 anyway.
    assert len(offsets) == (1 if zone_name == "America/Regina" else 2)


def test_moved_in_from_outside_the_window_is_shown() -> None:
    change = DateChange(
        1, date(2024, 1, 30), ExceptionKind.MOVED, date(2024, 2, 1), None, "hall booked"
    )
    got = expand([RULE], [change], date(2024, 2, 1), date(2024, 2, 7))
    assert [(o.day, o.status, o.start) for o in got] == [
        (date(2024, 2, 1), Status.MOVED, time(19)),
        (date(2024, 2, 6), Status.SCHEDULED, time(19)),
    ]


def test_a_move_left_over_from_an_older_rule_is_not_shown() -> None:
    # Moved from a Wednesday, then the series changed to Tuesdays: that Wednesday is no
    # longer a meeting of the series, so its move is not one either (in or out of the window).
    change = DateChange(1, date(2024, 1, 31), ExceptionKind.MOVED, date(2024, 2, 1), None, "")
    inside = expand([RULE], [change], date(2024, 1, 29), date(2024, 2, 4))
    outside = expand([RULE], [change], date(2024, 2, 1), date(2024, 2, 7))
    assert [o.day for o in inside] == [date(2024, 1, 30)]
    assert [o.day for o in outside] == [date(2024, 2, 6)]
