"""Dates and times in the words printed and shown to people."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta


def uses_12_hour(language: str) -> bool:
    """English-speaking groups in North America read '7:00 PM'; most others read '19:00'."""
    return language in ("", "en")


def format_time(t: time, language: str = "en") -> str:
    if uses_12_hour(language):
        hour = t.hour % 12 or 12
        return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    return f"{t:%H:%M}"


def format_time_range(start: time, minutes: int, language: str = "en") -> str:
    end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return f"{format_time(start, language)} – {format_time(end, language)}"


def format_date(d: date, *, year: bool = True) -> str:
    """'Tue 3 Mar 2026': unambiguous on both sides of the border."""
    text = f"{d:%a} {d.day} {d:%b}"
    return f"{text} {d.year}" if year else text


def range_problem(first: date, last: date) -> str | None:
    """What is wrong with a date range a person chose, in words, or None."""
    if last < first:
        return (
            f"The end of the range ({format_date(last)}) is before its start "
            f"({format_date(first)}). Choose an end date after the start."
        )
    return None
