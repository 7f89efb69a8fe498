"""A realistic demo group file, for trying the app, screenshots and benchmarks.

Dates are laid out around ``today`` so the demo always looks current: the series started
half a year ago and run on, with a few cancellations and one moved date in the coming weeks.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from groupkeeper.errors import GroupKeeperError
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Location
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import open_store
from groupkeeper.store.group import GroupInfo, GroupKind, save_group

CHURCH = Location(
    name="St. Brigid's Church Hall",
    address="412 Maple Street, Elm Falls",
    room="Lower hall",
    directions="Side door off the parking lot, then downstairs. Follow the blue signs.",
    accessibility="Wheelchair access by the ramp at the side door; accessible washroom.",
)
LIBRARY = Location(
    name="Elm Falls Public Library",
    address="88 Queen Street, Elm Falls",
    room="Community room (2nd floor)",
    directions="Elevator beside the front desk.",
    accessibility="Elevator and accessible washroom on every floor.",
)


def _next_weekday(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def write_demo(path: Path, today: date | None = None) -> Path:
    """Create a demo group file at ``path``; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise GroupKeeperError(
            f"{path} already exists, so the demo was not written. Choose a new file name."
        )
    today = today or date.today()
    begin = today - timedelta(days=182)
    store = open_store(path, create=True)
    try:
        with store.session() as s, s.begin():
            save_group(
                s, GroupInfo("Elm Falls Hope Group", GroupKind.TWELVE_STEP, "en", "America/Toronto")
            )
            service.add_custom_format(s, "GC", "Group conscience (business meeting)")
            tuesday = service.create_series(
                s,
                service.SeriesInput(
                    name="Tuesday Night Discussion",
                    repeat=Repeat(RepeatKind.WEEKLY, weekdays=(1,)),
                    start_date=_next_weekday(begin, 1),
                    start_time=time(19, 0),
                    duration_minutes=90,
                    location=CHURCH,
                    formats=("O", "D", "X"),
                    language="en",
                    notes="Coffee from 6:30. Newcomers welcome.",
                ),
            )
            service.create_series(
                s,
                service.SeriesInput(
                    name="Group Conscience",
                    repeat=Repeat(RepeatKind.MONTHLY_NTH, weekdays=(6,), nths=(1,)),
                    start_date=begin.replace(day=1),
                    start_time=time(12, 30),
                    duration_minutes=60,
                    location=CHURCH,
                    formats=("C", "GC"),
                    language="en",
                    notes="Business meeting after the Sunday coffee. Every member has a voice.",
                ),
            )
            women = service.create_series(
                s,
                service.SeriesInput(
                    name="Women's Big Book Study",
                    repeat=Repeat(RepeatKind.WEEKLY, interval=2, weekdays=(3,)),
                    start_date=_next_weekday(begin, 3),
                    start_time=time(18, 30),
                    duration_minutes=60,
                    location=LIBRARY,
                    formats=("C", "W", "B", "ST"),
                    language="en",
                ),
            )
            service.create_series(
                s,
                service.SeriesInput(
                    name="Anniversary Night & Potluck",
                    repeat=Repeat(RepeatKind.ONCE),
                    start_date=_next_weekday(today + timedelta(days=45), 5),
                    start_time=time(18, 0),
                    duration_minutes=150,
                    location=CHURCH,
                    formats=("O", "SP", "H"),
                    language="en",
                    notes="Bring a dish to share. Families welcome.",
                ),
            )
            upcoming = service.occurrences(s, today, today + timedelta(days=120))
            tuesdays = [o.day for o in upcoming if o.series_id == tuesday.id]
            thursdays = [o.day for o in upcoming if o.series_id == women.id]
            service.cancel_date(s, tuesday.id, tuesdays[2], "Building closed for the holiday")
            service.move_date(
                s, tuesday.id, tuesdays[5], tuesdays[5] + timedelta(days=1), None,
                "Hall booked for a funeral; we meet Wednesday instead",
            )  # fmt: skip
            service.cancel_date(s, tuesday.id, tuesdays[9], "Church fundraiser in the hall")
            service.cancel_date(s, women.id, thursdays[1], "Library closed for renovations")
    finally:
        store.close()
    return path
