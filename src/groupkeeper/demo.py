"""A realistic demo group file, for trying the app, screenshots and benchmarks.

Dates are laid out around ``today`` so the demo always looks current: the series started
half a year ago and run on, with a few cancellations and one moved date in the coming weeks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, save_group
from groupkeeper.library.demo import add_demo_library
from groupkeeper.materials.demo import add_demo_materials
from groupkeeper.pairing.demo import add_demo_pairings
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import Blackout, MemberInput
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Location
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import open_store

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
    with i18n.speaking("en_CA"):  # the demo group is an English-speaking Canadian one
        store = open_store(path, create=True)
    try:
        with store.session() as s, s.begin():
            save_group(
                s,
                GroupInfo(
                    "Elm Falls Hope Group", GroupKind.TWELVE_STEP, "en", "America/Toronto", "CA"
                ),
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
            gc = service.create_series(
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
            _add_members(s, today, tuesday.id, women.id)
            add_demo_library(s, today, roster.member_names(s))
            add_demo_pairings(s, today, roster.member_names(s))
            add_demo_materials(s, today, tuesday.id, gc.id)
    finally:
        store.close()
    return path


# first, initial, roles (by default role name), experienced, never (weekdays), monthly limit,
# phone, phone list ok, pronouns
MEMBERS: tuple[tuple[str, str, tuple[str, ...], bool, tuple[int, ...], int | None, str, bool, str], ...] = (
    ("Ana", "R", ("Facilitator", "Co-facilitator", "Reader"), True, (), 2, "555-0101", True, "she/her"),
    ("Ben", "T", ("Facilitator", "Greeter", "Set-up and coffee"), True, (3,), None, "555-0102", True, "he/him"),
    ("Carmen", "L", ("Reader", "Greeter"), False, (), 2, "", False, "she/her"),
    ("Dev", "P", ("Facilitator", "Co-facilitator", "Timekeeper"), False, (), None, "555-0104", True, ""),
    ("Elle", "M", ("Co-facilitator", "Reader", "Literature"), True, (), 1, "", False, "they/them"),
    ("Frank", "O", ("Set-up and coffee", "Greeter"), False, (6,), None, "555-0106", True, "he/him"),
    ("Grace", "H", ("Facilitator", "Reader"), True, (), 2, "555-0107", True, "she/her"),
    ("Hamid", "S", ("Timekeeper", "Greeter", "Reader"), False, (), None, "", False, "he/him"),
    ("Iris", "W", ("Literature", "Reader"), False, (1,), None, "555-0109", False, ""),
    ("Jamal", "K", ("Facilitator", "Co-facilitator"), True, (), 2, "555-0110", True, "he/him"),
    ("Kateryna", "B", ("Reader", "Timekeeper"), False, (), None, "", False, "she/her"),
    ("Luis", "G", ("Set-up and coffee", "Literature"), False, (), 2, "555-0112", True, "he/him"),
    ("Maya", "D", ("Co-facilitator", "Greeter", "Reader"), False, (), None, "555-0113", True, "she/her"),
    ("Noor", "A", ("Facilitator", "Timekeeper", "Reader"), True, (), None, "", False, "she/her"),
    ("Owen", "F", ("Greeter", "Set-up and coffee"), False, (), 3, "555-0115", True, "he/him"),
    ("Priya", "N", ("Co-facilitator", "Reader", "Literature"), True, (), None, "555-0116", False, "she/her"),
    ("Quinn", "J", ("Timekeeper", "Greeter"), False, (), None, "", False, "they/them"),
    ("Rosa", "V", ("Facilitator", "Co-facilitator", "Reader"), False, (), 2, "555-0118", True, "she/her"),
    ("Sam", "E", ("Set-up and coffee", "Timekeeper"), False, (), None, "555-0119", True, "he/him"),
    ("Tanya", "C", ("Reader", "Greeter", "Literature"), False, (), None, "", False, "she/her"),
    ("Uriel", "Z", ("Facilitator", "Co-facilitator", "Set-up and coffee"), True, (), None, "555-0121", True, "he/him"),
    ("Vera", "Y", ("Reader", "Timekeeper"), False, (), 1, "555-0122", True, "she/her"),
    ("Walt", "I", ("Greeter", "Literature"), False, (1,), None, "", False, "he/him"),
    ("Ximena", "Q", ("Co-facilitator", "Reader", "Greeter"), True, (), None, "555-0124", True, "she/her"),
    ("Yusuf", "U", ("Set-up and coffee", "Reader", "Greeter"), False, (), 2, "555-0125", True, "he/him"),
)  # fmt: skip


def _add_members(s: Session, today: date, tuesday: int, women: int) -> None:
    """About 25 members with varied roles and availability, and a roster filled for a year."""
    roles = {r.name: r.id for r in roster.list_roles(s)}
    ids: dict[str, int] = {}
    for i, (first, initial, wants, experienced, never, limit, phone, listed, pronouns) in enumerate(
        MEMBERS
    ):
        away: tuple[Blackout, ...] = ()
        if i % 4 == 1:  # some are away for a week or two in the coming months
            start = today + timedelta(days=10 + 9 * i)
            away = (Blackout(start, start + timedelta(days=6 + i % 9), "Family visit"),)
        record = roster.create_member(
            s,
            MemberInput(
                first, initial, pronouns=pronouns, phone=phone, phone_list_ok=listed,
                experienced=experienced, never_weekdays=frozenset(never), monthly_limit=limit,
                roles=tuple((roles[w], None) for w in wants), blackouts=away,
                qualifications="Trained facilitator" if experienced and "Facilitator" in wants else "",
            ),
        )  # fmt: skip
        ids[first] = record.id
    # Two who asked not to serve together.
    ben = roster.get_member(s, ids["Ben"])
    roster.update_member(s, ben.id, replace(ben.data, avoid=frozenset({ids["Frank"]})))
    roster.set_pair_new_facilitators(s, True)
    roster.set_series_needs(
        s, tuesday,
        [(roles[n], 1) for n in ("Facilitator", "Co-facilitator", "Greeter", "Timekeeper",
                                 "Set-up and coffee")] + [(roles["Reader"], 2)],
    )  # fmt: skip
    roster.set_series_needs(
        s, women, [(roles["Facilitator"], 1), (roles["Reader"], 1), (roles["Literature"], 1)]
    )
    roster.start_term(s, "Secretary", ids["Grace"], today - timedelta(days=160), 6)
    roster.start_term(s, "Treasurer", ids["Jamal"], today - timedelta(days=300), 12)
    roster.start_term(s, "Group representative", ids["Noor"], today - timedelta(days=400), 24)
    roster.fill_roster(s, today - timedelta(days=56), today + timedelta(days=365))
