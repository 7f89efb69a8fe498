"""The calendar export as two independent calendar programs read it, each through the file's
own VTIMEZONE rather than its own copy of the time zone database: icalendar with
recurring-ical-events (RFC 5545), and vobject (which reads VTIMEZONE with dateutil, as
vobject-based calendars and servers do). A phone converts each meeting to its own clock from
the offsets the file gives, so a wrong VTIMEZONE shows a summer meeting an hour off even when
the event's TZID and wall time are right.

Also here: SEQUENCE rising between exports made in the same second, and hostile text coming
back out of both readers as it went in.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject
import vobject.icalendar

from groupkeeper import paths
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo
from groupkeeper.interchange import ics
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import DateChange, ExceptionKind, Location, Status
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore
from tests.conftest import series_input
from tests.interchange.test_ics import NOW, _parse

Meeting = tuple[int, date, time]  # (series, day, wall-clock time in the group's zone)

SUNDAY, TUESDAY, WEDNESDAY = 6, 1, 2
# Five years the old file covered only with RDATE lists, and one it did not cover at all.
WINDOWS = ((date(2027, 1, 1), date(2031, 12, 31)), (date(2040, 1, 1), date(2040, 12, 31)))
ZONES = (
    "America/Toronto",  # second Sunday of March, first of November, at 02:00
    "Europe/London",  # last Sunday of March at 01:00 GMT, of October at 02:00 BST
    "Australia/Sydney",  # southern: first Sunday of October on, first Sunday of April off
    "Asia/Kolkata",  # no daylight saving at all
)


@pytest.fixture
def group_info(zone: str) -> GroupInfo:
    """The conftest's group, living in the test's ``zone``."""
    return GroupInfo("Night Owls", GroupKind.TWELVE_STEP, "en", zone)


def _schedule(make_series: Callable[..., service.SeriesRecord], store: GroupStore) -> None:
    """Evening and small-hours meetings, weekly and monthly, over the change-over Sundays."""
    weekly, nth = RepeatKind.WEEKLY, RepeatKind.MONTHLY_NTH
    plans: list[tuple[Repeat, date, time, date | None]] = [
        (Repeat(weekly, weekdays=(TUESDAY,)), date(2027, 1, 5), time(19), None),
        (Repeat(weekly, weekdays=(SUNDAY,)), date(2027, 1, 3), time(1, 30), None),
        (Repeat(weekly, weekdays=(SUNDAY,)), date(2027, 1, 3), time(2, 30), None),
        (Repeat(nth, weekdays=(SUNDAY,), nths=(1,)), date(2027, 1, 3), time(2, 30), None),
        (Repeat(nth, weekdays=(SUNDAY,), nths=(2,)), date(2027, 1, 10), time(3), None),
        (Repeat(RepeatKind.MONTHLY_LAST, weekdays=(SUNDAY,)), date(2027, 1, 31), time(1), None),
        (Repeat(weekly, weekdays=(WEDNESDAY,)), date(2040, 1, 4), time(20), date(2040, 12, 26)),
    ]
    made = [
        make_series(name=f"Meeting {n}", repeat=repeat, start_date=start, start_time=at,
                    end_date=end, duration_minutes=60, location=Location(f"Hall {n}"))
        for n, (repeat, start, at, end) in enumerate(plans)
    ]  # fmt: skip
    with store.session() as s, s.begin():  # a summer date cancelled, another moved
        service.cancel_date(s, made[0].id, date(2029, 7, 10), "hall closed")
        service.move_date(s, made[0].id, date(2029, 7, 17), date(2029, 7, 18), time(18, 30))


def _real(zone: ZoneInfo, day: date, at: time) -> bool:
    """Whether this wall-clock time happens at all (02:30 does not, the night clocks go on)."""
    wall = datetime.combine(day, at, tzinfo=zone)
    return wall.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall.replace(tzinfo=None)


def _same_meetings(zone: ZoneInfo, mine: list[Meeting], theirs: list[Meeting]) -> None:
    """A reader shows exactly GroupKeeper's meetings at GroupKeeper's times, except a time
    that does not exist that night: every calendar moves it by the hour the clocks skip,
    while GroupKeeper keeps it as written."""
    gap = {(sid, day): at for sid, day, at in mine if not _real(zone, day, at)}
    assert [m for m in theirs if m[:2] not in gap] == [m for m in mine if m[:2] not in gap]
    assert len(theirs) == len(mine)
    for sid, day, at in theirs:
        if (sid, day) in gap:
            wanted = datetime.combine(day, gap[sid, day])
            assert abs(datetime.combine(day, at) - wanted) == timedelta(hours=1)


def _groupkeeper_meetings(store: GroupStore, first: date, last: date) -> list[Meeting]:
    with store.session() as s:
        found = service.occurrences(s, first, last)
    return sorted((o.series_id, o.day, o.start) for o in found if o.status is not Status.CANCELLED)


def _shown(start: datetime, zone: ZoneInfo, ids: dict[str, int], uid: str) -> Meeting:
    """Where a phone set to the group's zone puts a meeting the file starts at ``start``."""
    local = start.astimezone(zone)
    return ids[uid], local.date(), local.time()


def _icalendar_meetings(
    raw: bytes, data: ics.CalendarData, first: date, last: date
) -> list[Meeting]:
    """icalendar takes a zone it knows by name from its own database; under a name it does not
    know it must build the zone from the file's VTIMEZONE, as a calendar on an old phone
    would. recurring-ical-events then expands the rules."""
    tzid = data.group.timezone
    unknown = f"X-Test-{tzid.replace('/', '-')}"
    cal = _parse(raw.replace(f"TZID:{tzid}".encode(), f"TZID:{unknown}".encode())
                 .replace(f"TZID={tzid}:".encode(), f"TZID={unknown}:".encode()))  # fmt: skip
    ids = {ics.series_uid(data.group, r.id): r.id for r in data.series}
    out = []
    for event in recurring_ical_events.of(cal).between(first, last + timedelta(days=1)):
        if str(event.get("status", "")) == "CANCELLED":
            continue
        start = event.decoded("dtstart")
        assert getattr(start.tzinfo, "key", None) is None  # not the zone database's copy
        out.append(_shown(start, data.group.zone, ids, str(event["uid"])))
    return sorted(out)


def _vobject_meetings(
    raw: bytes, data: ics.CalendarData, first: date, last: date, monkeypatch: pytest.MonkeyPatch
) -> list[Meeting]:
    """vobject's reading: each event's rule set (RRULE and EXDATE) from vobject, overriding
    events by RECURRENCE-ID, in the zone vobject built from the file's VTIMEZONE."""
    # vobject keeps the first zone it meets under each TZID for the whole process, and falls
    # back to pytz's for a TZID it has not met: start this file from an empty register.
    monkeypatch.setattr(vobject.icalendar, "__tzidMap", {"UTC": vobject.icalendar.utc})
    cal = vobject.readOne(raw.decode())
    assert len(cal.vtimezone_list) == 1
    zone_from_file: tzinfo = vobject.icalendar.getTzid(data.group.timezone, False)
    assert type(zone_from_file).__name__ == "_tzicalvtz"  # read from the file by dateutil
    ids = {ics.series_uid(data.group, r.id): r.id for r in data.series}
    lo = datetime.combine(first, time(0), zone_from_file)
    hi = datetime.combine(last + timedelta(days=1), time(0), zone_from_file)
    starts: dict[tuple[str, datetime], datetime] = {}
    moved: dict[tuple[str, datetime], datetime] = {}
    for event in cal.vevent_list:
        uid, start = event.uid.value, event.dtstart.value
        assert start.tzinfo is zone_from_file
        if "recurrence-id" in event.contents:
            moved[uid, event.recurrence_id.value] = start
            continue
        if event.getChildValue("status", "") == "CANCELLED":
            continue
        rules = event.getrruleset(addRDate=True)
        for at in rules.between(lo, hi, inc=True) if rules is not None else [start]:
            starts[uid, at] = at
    starts.update(moved)
    return sorted(
        _shown(at, data.group.zone, ids, uid) for (uid, _), at in starts.items() if lo <= at < hi
    )


@pytest.mark.parametrize("zone", ZONES)
def test_two_calendar_readers_show_groupkeepers_meetings_at_its_times_for_years(
    zone: str,
    store: GroupStore,
    make_series: Callable[..., service.SeriesRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _schedule(make_series, store)
    with store.session() as s:
        data = ics.calendar_data(s)
    raw = ics.calendar_bytes(data, NOW)
    tz = data.group.zone
    for first, last in WINDOWS:
        mine = _groupkeeper_meetings(store, first, last)
        assert len(mine) > (700 if first.year < 2040 else 50)
        _same_meetings(tz, mine, _icalendar_meetings(raw, data, first, last))
        _same_meetings(tz, mine, _vobject_meetings(raw, data, first, last, monkeypatch))
    if zone != "Asia/Kolkata":  # the small-hours meetings did meet a skipped hour
        assert any(not _real(tz, d, t) for _, d, t in _groupkeeper_meetings(store, *WINDOWS[0]))


@pytest.mark.parametrize("zone", [*ZONES, "America/Phoenix", "UTC"])
def test_the_zone_changes_its_clocks_at_the_very_instant_the_zone_database_says(
    zone: str,
) -> None:
    """icalendar's own reading of VTIMEZONE (the one it uses with pytz): each onset is its
    DTSTART read in TZOFFSETFROM, the local time before the change (RFC 5545 3.6.5). Checked
    every UTC hour of the years icalendar expands (it stops open-ended rules in 2038)."""
    group = GroupInfo("Night Owls", GroupKind.TWELVE_STEP, "en", zone, "", "u1")
    raw = ics.calendar_bytes(ics.CalendarData(group, (), (), {}), NOW)
    (vtimezone,) = _parse(raw).walk("VTIMEZONE")
    assert isinstance(vtimezone, icalendar.Timezone)
    assert str(vtimezone["TZID"]) == zone
    parts = vtimezone.subcomponents
    for part in parts:
        assert "RDATE" not in part  # one date each, or a rule: readers differ on lists
    if zone in ("Asia/Kolkata", "America/Phoenix", "UTC"):
        assert [p.name for p in parts] == ["STANDARD"]
    else:  # the rules in force now run on, as a series does
        for kind in ("STANDARD", "DAYLIGHT"):
            latest = max((p for p in parts if p.name == kind), key=lambda p: p.DTSTART)
            rule = latest["RRULE"]
            assert isinstance(rule, icalendar.vRecur)
            assert "UNTIL" not in rule and rule["FREQ"] == ["YEARLY"]
    moments, info = vtimezone.get_transitions()
    real = ZoneInfo(zone)
    hour = datetime(2026, 1, 1, tzinfo=UTC)
    while hour.year < 2038:
        index = bisect_right(moments, hour.replace(tzinfo=None)) - 1
        assert index >= 0, "the file's zone starts after the calendar's first meeting"
        assert info[index][0] == hour.astimezone(real).utcoffset(), hour
        hour += timedelta(hours=1)


# ---------------------------------------------------------------- SEQUENCE


def _sequences(raw: bytes) -> set[int]:
    return {int(e.decoded("sequence")) for e in _parse(raw).walk("VEVENT")}


SECONDS = int((NOW - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds())  # NOW's SEQUENCE


def _demo_like(uid: str = "a" * 32) -> ics.CalendarData:
    record = service.SeriesRecord(
        1, series_input(), "FREQ=WEEKLY;BYDAY=TU", datetime(2026, 1, 2, 9)
    )
    group = GroupInfo("Night Owls", GroupKind.TWELVE_STEP, "en", "America/Toronto", "", uid)
    moved = DateChange(1, date(2026, 3, 10), ExceptionKind.MOVED, date(2026, 3, 11), time(18))
    return ics.CalendarData(group, (record,), (moved,), {})


def test_exports_in_the_same_second_still_rise_in_sequence() -> None:
    data = _demo_like()
    first = _sequences(ics.calendar_bytes(data, NOW))
    second = _sequences(ics.calendar_bytes(data, NOW))
    ics.service_bytes(ics.ServiceData(data.group, "Sam K.", ()), NOW)  # same group, same count
    third = _sequences(ics.calendar_bytes(data, NOW - timedelta(days=3)))  # a clock set back
    assert len(first) == len(second) == len(third) == 1  # one for every event of an export
    assert first == {SECONDS}  # seconds since 2020: higher on any computer a second later
    assert min(first) < min(second) < min(third)
    # Another group's calendars have their own count.
    assert _sequences(ics.calendar_bytes(_demo_like("b" * 32), NOW)) == {SECONDS}


def test_sequence_stays_a_32_bit_integer_for_decades() -> None:
    late = datetime(2085, 12, 31, 23, 59, 59, tzinfo=UTC)
    (seq,) = _sequences(ics.calendar_bytes(_demo_like(), late))
    assert SECONDS < seq < 2**31


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff garbage",
        b"[1, 2, 3]",
        b'{"' + b"a" * 32 + b'": "many"}',
        b'{"' + b"a" * 32 + b'": 2147483647}',
        b'{"' + b"a" * 32 + b'": -5, "x": {"deep": []}}',
        b"{" + b'"k": 1, ' * 200_000 + b'"z": 1}',
        b"[" * 60_000,
    ],
)
def test_a_broken_or_hostile_sequence_file_never_stops_an_export(content: bytes) -> None:
    state = paths.data_dir() / ics.SEQUENCE_FILE
    state.write_bytes(content)
    (seq,) = _sequences(ics.calendar_bytes(_demo_like(), NOW))
    assert seq == SECONDS  # the file's number was not taken
    (after,) = _sequences(ics.calendar_bytes(_demo_like(), NOW))
    assert after == seq + 1  # and the file was put right


def test_the_sequence_file_is_never_followed_out_of_the_data_folder(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps({"a" * 32: 2_000_000_000}))
    state = paths.data_dir() / ics.SEQUENCE_FILE
    state.symlink_to(outside)
    (seq,) = _sequences(ics.calendar_bytes(_demo_like(), NOW))
    assert seq == SECONDS  # not read through the link
    assert json.loads(outside.read_text()) == {"a" * 32: 2_000_000_000}  # nor written
    assert not state.is_symlink()


# ---------------------------------------------------------------- text


HOSTILE = "Step, 1; \\ back\r\nnext\nline\u2028sep\x00nul\rcr " + "long words " * 30
CLEAN = "Step, 1; \\ back\nnext\nline\nsepnulcr " + "long words " * 30


def _escaped(text: str) -> str:
    """RFC 5545 3.3.11 TEXT, as the line in the file says it."""
    for plain, written in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(plain, written)
    return text


def test_hostile_text_comes_back_from_both_readers_as_a_person_wrote_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = service.SeriesRecord(
        3,
        series_input(name=HOSTILE, notes=HOSTILE, location=Location(HOSTILE)),
        "FREQ=WEEKLY;BYDAY=TU",
        datetime(2026, 1, 2, 9),
    )
    group = GroupInfo(HOSTILE, GroupKind.TWELVE_STEP, "en", "Europe/London", "", "u;1,\\x\ny")
    data = ics.CalendarData(group, (record,), (), {"O": HOSTILE})
    raw = ics.calendar_bytes(data, NOW)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\x00" not in raw and "\u2028".encode() not in raw

    cal = _parse(raw)
    (event,) = cal.walk("VEVENT")
    assert str(cal["x-wr-timezone"]) == "Europe/London"
    assert str(event["summary"]) == CLEAN
    assert str(event["location"]) == CLEAN
    assert f"Notes: {CLEAN.strip()}" in str(event["description"])
    assert str(event["uid"]) == "u;1,\\x\ny-series-3@groupkeeper"

    monkeypatch.setattr(vobject.icalendar, "__tzidMap", {"UTC": vobject.icalendar.utc})
    vcal = vobject.readOne(raw.decode())
    assert vcal.x_wr_calname.value == CLEAN
    # icalendar does not know X-WR-CALNAME is TEXT: it gives the line as written, escaped.
    assert str(cal["x-wr-calname"]) == _escaped(CLEAN)
    vevent = vcal.vevent
    assert vevent.summary.value == CLEAN
    assert vevent.location.value == CLEAN
    assert f"Notes: {CLEAN.strip()}" in vevent.description.value
    assert vevent.uid.value == "u;1,\\x\ny-series-3@groupkeeper"
