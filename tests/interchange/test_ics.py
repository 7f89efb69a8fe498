"""The iCalendar export, read back with real iCalendar libraries (icalendar to parse,
recurring-ical-events to expand RRULE, EXDATE and RECURRENCE-ID): a calendar shows exactly
the meetings GroupKeeper shows, at the same wall-clock times, across daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo
from groupkeeper.interchange import ics
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import DateChange, ExceptionKind, Location, Status, expand
from groupkeeper.schedule.recurrence import Repeat, RepeatKind, dates_between, to_rrule
from groupkeeper.schedule.service import SeriesInput, SeriesRecord
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _parse(raw: bytes) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(raw)
    assert isinstance(cal, icalendar.Calendar)
    return cal


def _demo_data(path: Path) -> ics.CalendarData:
    with open_store(path) as st, st.session() as s:
        return ics.calendar_data(s)


def _uid_to_series(data: ics.CalendarData) -> dict[str, int]:
    return {ics.series_uid(data.group, r.id): r.id for r in data.series}


def _calendar_meetings(
    raw: bytes, data: ics.CalendarData, first: date, last: date
) -> list[tuple[int, date, time]]:
    """What a calendar program shows from ``first`` to ``last``: (series, day, local time)."""
    zone = data.group.zone
    ids = _uid_to_series(data)
    out = []
    for event in recurring_ical_events.of(_parse(raw)).between(first, last + timedelta(days=1)):
        if str(event.get("status", "")) == "CANCELLED":
            continue  # shown struck through, or not at all
        start = event.decoded("dtstart")
        local = start.astimezone(zone)
        out.append((ids[str(event["uid"])], local.date(), local.time().replace(tzinfo=None)))
    return sorted(out)


def _groupkeeper_meetings(
    data: ics.CalendarData, first: date, last: date
) -> list[tuple[int, date, time]]:
    """What GroupKeeper's own views show for the same days (cancelled dates left out)."""
    occurrences = expand([r.rule() for r in data.series], data.changes, first, last)
    return sorted(
        (o.series_id, o.day, o.start) for o in occurrences if o.status is not Status.CANCELLED
    )


def test_each_series_is_one_event_with_its_rule_exdates_and_moved_overrides(
    demo_file: Path,
) -> None:
    data = _demo_data(demo_file)
    cal = _parse(ics.calendar_bytes(data, NOW))
    events = list(cal.walk("VEVENT"))
    masters = [e for e in events if "RECURRENCE-ID" not in e]
    overrides = [e for e in events if "RECURRENCE-ID" in e]
    assert sorted(str(e["summary"]) for e in masters) == sorted(r.name for r in data.series)
    by_name = {r.name: r for r in data.series}
    for event in masters:
        record = by_name[str(event["summary"])]
        if record.rrule:
            assert event["rrule"].to_ical() == record.rrule.encode()
        else:
            assert "RRULE" not in event
        assert event.decoded("dtstart").tzinfo.key == "America/Toronto"
        assert record.data.location.name in str(event["location"])
    cancelled = {(c.series_id, c.original_date) for c in data.changes if c.cancelled}
    moved = {(c.series_id, c.original_date) for c in data.changes if not c.cancelled}
    assert cancelled and moved  # the demo has both
    ids = _uid_to_series(data)
    exdates = set()
    for event in masters:
        found = event.get("exdate", [])
        for ex in found if isinstance(found, list) else [found]:
            exdates |= {(ids[str(event["uid"])], d.dt.date()) for d in ex.dts}
    assert exdates == cancelled
    assert {(ids[str(e["uid"])], e.decoded("recurrence-id").date()) for e in overrides} == moved
    # The group's zone travels in the file, and the description names the formats.
    zones = [str(z["tzid"]) for z in cal.walk("VTIMEZONE")]
    assert zones == ["America/Toronto"]
    tuesday = next(e for e in masters if str(e["summary"]) == "Tuesday Night Discussion")
    assert "Open (anyone may attend)" in str(tuesday["description"])
    assert "Discussion" in str(tuesday["description"])


def test_a_calendar_shows_exactly_groupkeepers_meetings_for_a_year_across_dst(
    demo_file: Path,
) -> None:
    data = _demo_data(demo_file)
    raw = ics.calendar_bytes(data, NOW)
    first, last = TODAY - timedelta(days=120), TODAY + timedelta(days=365)
    mine = _groupkeeper_meetings(data, first, last)
    theirs = _calendar_meetings(raw, data, first, last)
    assert len(mine) > 60
    assert theirs == mine
    # Both sides of the spring change (8 Mar 2026 in Toronto) are in the window: the UTC
    # offset changes, the 19:00 stays.
    cal = _parse(raw)
    starts = [
        e.decoded("dtstart")
        for e in recurring_ical_events.of(cal).between(first, last)
        if str(e["summary"]) == "Tuesday Night Discussion"
    ]
    assert {s.utcoffset() for s in starts} == {timedelta(hours=-5), timedelta(hours=-4)}
    assert {s.astimezone(ZoneInfo("America/Toronto")).time() for s in starts} >= {time(19)}


def test_uids_are_stable_and_a_later_export_has_a_higher_sequence(demo_file: Path) -> None:
    data = _demo_data(demo_file)
    first = _parse(ics.calendar_bytes(data, NOW))
    later = _parse(ics.calendar_bytes(data, NOW + timedelta(days=9)))

    def uids(cal: icalendar.Calendar) -> list[tuple[str, str]]:
        return sorted(
            (
                str(e["uid"]),
                str(e.get("recurrence-id", "").to_ical() if "RECURRENCE-ID" in e else ""),
            )
            for e in cal.walk("VEVENT")
        )

    assert uids(first) == uids(later)
    seq = {e.decoded("sequence") for e in first.walk("VEVENT")}
    seq_later = {e.decoded("sequence") for e in later.walk("VEVENT")}
    assert max(seq) < min(seq_later)
    # Renaming the group does not change them; another group's file has its own.
    with open_store(demo_file) as st, st.session() as s, s.begin():
        from dataclasses import replace

        from groupkeeper.group.service import get_group, save_group

        group = get_group(s)
        assert group is not None
        save_group(s, replace(group, name="Elm Falls Hope"))
    renamed = _demo_data(demo_file)
    assert uids(_parse(ics.calendar_bytes(renamed, NOW))) == uids(first)


def test_another_group_gets_other_uids(store: GroupStore, demo_file: Path) -> None:
    demo = _demo_data(demo_file)
    with store.session() as s, s.begin():
        service.create_series(
            s, SeriesInput("Tuesday Night Discussion", Repeat(RepeatKind.WEEKLY, weekdays=(1,)),
                           date(2026, 1, 6), time(19)),
        )  # fmt: skip
        other = ics.calendar_data(s)
    assert other.group.uid and demo.group.uid and other.group.uid != demo.group.uid
    assert ics.series_uid(other.group, 1) != ics.series_uid(demo.group, 1)


# ---------------------------------------------------------------- any schedule at all

ZONES = ("America/Toronto", "Europe/London", "Australia/Sydney", "America/Regina", "UTC")
BASE = date(2026, 1, 1)


@st.composite
def repeats(draw: st.DrawFn) -> Repeat:
    kind = draw(st.sampled_from(list(RepeatKind)))
    days = tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1, max_size=3))))
    match kind:
        case RepeatKind.ONCE:
            return Repeat(kind)
        case RepeatKind.WEEKLY:
            return Repeat(kind, draw(st.integers(1, 3)), days)
        case RepeatKind.MONTHLY_NTH:
            nths = tuple(sorted(draw(st.sets(st.integers(1, 5), min_size=1, max_size=2))))
            return Repeat(kind, draw(st.integers(1, 2)), days[:1], nths)
        case RepeatKind.MONTHLY_LAST:
            return Repeat(kind, 1, days[:1])
        case RepeatKind.MONTHLY_DAY:
            return Repeat(kind, draw(st.integers(1, 2)), month_day=draw(st.integers(1, 31)))


@st.composite
def schedules(draw: st.DrawFn) -> ics.CalendarData:
    zone = draw(st.sampled_from(ZONES))
    group = GroupInfo("Any Group", GroupKind.OTHER, "en", zone, "", "f" * 32)
    records, changes = [], []
    for sid in range(1, draw(st.integers(1, 3)) + 1):
        repeat = draw(repeats())
        start = BASE + timedelta(days=draw(st.integers(0, 200)))
        end = None
        if repeat.kind is not RepeatKind.ONCE and draw(st.booleans()):
            end = start + timedelta(days=draw(st.integers(30, 400)))
        # Times near the small hours meet the DST changes themselves (02:00 to 03:00).
        at = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
        data = SeriesInput(f"Series {sid}", repeat, start, at, draw(st.integers(30, 180)), end,
                           Location(f"Hall {sid}"))  # fmt: skip
        rrule = to_rrule(repeat)
        records.append(SeriesRecord(sid, data, rrule, datetime(2026, 1, 1, 9)))
        real = dates_between(rrule, start, end, start, start + timedelta(days=500))
        if not real:
            continue
        for day in draw(st.lists(st.sampled_from(real), unique=True, max_size=4)):
            if draw(st.booleans()):
                changes.append(DateChange(sid, day, ExceptionKind.CANCELLED, note="closed"))
            else:
                new = day + timedelta(days=draw(st.integers(-10, 10)))
                new_at = time(draw(st.integers(6, 21)), draw(st.sampled_from([0, 30])))
                changes.append(DateChange(sid, day, ExceptionKind.MOVED, new, new_at, "moved"))
    return ics.CalendarData(group, tuple(records), tuple(changes), {})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedules())
def test_any_schedule_expands_in_a_calendar_exactly_as_in_groupkeeper(
    data: ics.CalendarData,
) -> None:
    raw = ics.calendar_bytes(data, NOW)
    first, last = BASE, BASE + timedelta(days=365 + 200)
    mine = _groupkeeper_meetings(data, first, last)
    theirs = _calendar_meetings(raw, data, first, last)
    # A wall-clock time that does not exist on the day clocks go forward (02:30 in spring) is
    # shifted by every calendar; GroupKeeper keeps it as written. Compare the rest exactly.
    zone = data.group.zone

    def real(item: tuple[int, date, time]) -> bool:
        at = datetime.combine(item[1], item[2], tzinfo=zone)
        return at.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == at.replace(tzinfo=None)

    assert [m for m in theirs if real(m)] == [m for m in mine if real(m)]
    assert len(theirs) == len(mine)


# ---------------------------------------------------------------- one member's turns


def test_my_service_dates_are_the_members_turns_at_the_meetings_real_times(
    demo_file: Path,
) -> None:
    with open_store(demo_file) as st, st.session() as s:
        members = roster.list_members(s)
        counts = {m.id: len(roster.future_assignments(s, m.id, TODAY)) for m in members}
        member = max(members, key=lambda m: counts[m.id])
        data = ics.service_data(s, member.id, TODAY)
        meetings = {
            (o.series_id, o.original_date): o
            for o in service.occurrences(s, TODAY - timedelta(days=40), TODAY + timedelta(days=420))
        }
    assert counts[member.id] >= 5 and len(data.turns) == counts[member.id]
    cal = _parse(ics.service_bytes(data, NOW))
    assert member.name in str(cal["x-wr-calname"])
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(data.turns)
    zone = ZoneInfo("America/Toronto")
    for event, turn in zip(events, data.turns, strict=True):
        occ = meetings[(turn.series_id, turn.original_date)]
        start = event.decoded("dtstart").astimezone(zone)
        assert (start.date(), start.time().replace(tzinfo=None)) == (occ.day, occ.start)
        assert str(event["summary"]) == f"{turn.role}: {occ.series_name}"
        assert str(event["status"]) == (
            "CANCELLED" if occ.status is Status.CANCELLED else "CONFIRMED"
        )
    # Nobody else's name is in the file.
    text = ics.service_bytes(data, NOW).decode()
    others = [m.data.first_name for m in members if m.data.first_name != member.data.first_name]
    assert not [n for n in others if n in text]


def test_a_cancelled_meeting_stays_in_my_calendar_marked_cancelled(demo_file: Path) -> None:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        upcoming = roster.list_assignments(s, TODAY, TODAY + timedelta(days=60)).values()
        turn = min((a for a in upcoming if a.slot.original > TODAY), key=lambda a: a.slot.original)
        service.cancel_date(s, turn.slot.series_id, turn.slot.original, "snow day")
        data = ics.service_data(s, turn.member_id, TODAY)
    cal = _parse(ics.service_bytes(data, NOW))
    hit = [
        e for e in cal.walk("VEVENT")
        if e.decoded("dtstart").date() == turn.slot.original
    ]  # fmt: skip
    assert hit and all(str(e["status"]) == "CANCELLED" for e in hit)
    assert "snow day" in str(hit[0]["description"])


def test_write_ics_is_whole_or_not_at_all(tmp_path: Path, demo_file: Path) -> None:
    import pytest

    from groupkeeper.errors import GroupKeeperError

    data = _demo_data(demo_file)
    out = ics.write_ics(ics.calendar_bytes(data, NOW), tmp_path / "group.ics")
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    with pytest.raises(GroupKeeperError, match="does not exist"):
        ics.write_ics(b"x", tmp_path / "missing" / "group.ics")
