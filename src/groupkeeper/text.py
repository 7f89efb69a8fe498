"""Dates and times in the words printed and shown to people: CLDR's, through ``i18n``.

Each speaks the locale in force (``i18n.current()``): the person's in the window, the group's on
paper. A ``language`` given (a group's "fr") is used when it differs from the one in force; when
it is the same language, the locale in force says more ("fr_CA" reads "19 h 00")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from groupkeeper import i18n
from groupkeeper.i18n import _


def _locale(language: str | None) -> str:
    here = i18n.current()
    if not language or i18n.normalise(language).split("_")[0] == here.split("_")[0]:
        return here
    return language


def uses_12_hour(language: str | None = None) -> bool:
    """English-speaking groups in North America read '7:00 PM'; most others read '19:00'."""
    return i18n.uses_12_hour(_locale(language))


def format_time(t: time, language: str | None = None) -> str:
    return i18n.format_time(t, _locale(language))


def format_time_range(start: time, minutes: int, language: str | None = None) -> str:
    end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
    return f"{format_time(start, language)} – {format_time(end, language)}"


def format_date(d: date, *, year: bool = True, weekday: bool = True, long: bool = False) -> str:
    """'Tue 3 Mar 2026' (unambiguous on both sides of the border), 'mar. 3 mars 2026';
    ``long``: 'martes, 3 de marzo de 2026'."""
    return i18n.format_date(d, year=year, weekday=weekday, long=long)


def range_problem(first: date, last: date) -> str | None:
    """What is wrong with a date range a person chose, in words, or None."""
    if last < first:
        return _(
            "The end of the range ({last}) is before its start ({first}). "
            "Choose an end date after the start."
        ).format(last=format_date(last), first=format_date(first))
    return None
