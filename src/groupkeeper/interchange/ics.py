"""iCalendar (RFC 5545) files: the group's whole schedule, and one member's service dates.

Each series is one VEVENT carrying the series' own RRULE text; a cancelled date is an EXDATE
and a moved date an overriding VEVENT with a RECURRENCE-ID. Times carry the group's TZID and
the file holds that zone's VTIMEZONE, so a phone shows a 19:00 meeting at 19:00 on both sides
of a daylight-saving change. The VTIMEZONE states the zone's rules from the time zone database
for as long as a series can run, in the form every reader reads alike (see
:mod:`groupkeeper.interchange.vtimezone`).

UIDs are built from the group's permanent uid (never its name), and every export carries a
higher SEQUENCE than the one before, even one made in the same second, so importing a newer
file updates the events already in a calendar instead of adding a second copy of each. The
SEQUENCE is the seconds since 2020 (an RFC 5545 INTEGER, 32 bits, until 2088), raised past
the last one this computer gave the group, which a small file in the data folder remembers
(:data:`SEQUENCE_FILE`); exporting never writes to the group file, and a missing or damaged
memory only means the seconds alone.

Every text value goes out through :func:`calendar_text`: RFC 5545 escaping of backslash,
semicolon, comma and line breaks, and no other control character at all (a bare carriage
return in a name would otherwise end a line in some calendars and start a property).

``*_data`` read a session into plain records; the writers need no database. The words a
person reads in a calendar (its name, each event's description) are in the group's language,
as its printed papers are.
"""

from __future__ import annotations

import contextlib
import re
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur, vText
from sqlalchemy.orm import Session

from groupkeeper import APP_NAME, configfile, paths
from groupkeeper.errors import GroupKeeperError
from groupkeeper.files import write_whole
from groupkeeper.group.service import GroupInfo, require_group
from groupkeeper.i18n import _, group_locale, speaking
from groupkeeper.interchange import vtimezone
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.occurrences import (
    Attendance,
    DateChange,
    Occurrence,
    Online,
    Status,
    is_meeting_date,
)
from groupkeeper.schedule.recurrence import next_dates, to_rrule
from groupkeeper.schedule.service import SeriesRecord, link_ok
from groupkeeper.text import format_date, format_time

PRODID = f"-//{APP_NAME}//{APP_NAME} schedule//EN"
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
SEQUENCE_FILE = "calendar-sequence.json"
"""In the data folder: the last SEQUENCE given to each group's calendars, by group uid."""
_SEQUENCE_MAX = 2**31 - 1  # RFC 5545 INTEGER
_SEQUENCE_FILE_MAX = 64 * 1024  # bytes: a few hundred groups; anything bigger is not ours
_SEQUENCE_GROUPS = 100  # groups remembered, the most recently exported
_SEQUENCE_LOCK = threading.Lock()  # two exports at once (a worker and the command line)


@dataclass(frozen=True)
class CalendarData:
    group: GroupInfo
    series: tuple[SeriesRecord, ...]
    changes: tuple[DateChange, ...]
    labels: dict[str, str]  # format code -> label


@dataclass(frozen=True)
class ServiceTurn:
    """One turn a member has on the roster, at the meeting's real (possibly moved) time."""

    series_id: int
    original_date: date
    role_id: int
    slot: int
    role: str
    occurrence: Occurrence


@dataclass(frozen=True)
class ServiceData:
    group: GroupInfo
    member: str  # first name and initial, as every list shows it
    turns: tuple[ServiceTurn, ...]


def calendar_data(session: Session) -> CalendarData:
    return CalendarData(
        require_group(session),
        tuple(schedule.list_series(session)),
        tuple(schedule.list_changes(session)),
        schedule.format_labels(session),
    )


def service_data(session: Session, member_id: int, first: date) -> ServiceData:
    """The member's turns from ``first`` on, cancelled ones included (marked cancelled)."""
    group = require_group(session)
    member = roster.get_member(session, member_id)
    mine = roster.future_assignments(session, member_id, first)
    if not mine:
        return ServiceData(group, member.name, ())
    # Each turn's meeting wherever it was moved, a week or a year away.
    meetings = schedule.occurrences_at(session, {(a.slot.series_id, a.slot.original) for a in mine})
    roles = roster.role_names(session)
    turns = []
    for a in mine:
        occ = meetings.get((a.slot.series_id, a.slot.original))
        if occ is None or occ.day < first:
            continue  # no longer a meeting date of its series, or already past
        turns.append(
            ServiceTurn(
                a.slot.series_id, a.slot.original, a.slot.role, a.slot.index,
                roles[a.slot.role] if a.slot.role in roles else _("Service"), occ,
            )
        )  # fmt: skip
    turns.sort(key=lambda t: (t.occurrence.sort_key, t.role, t.slot))
    return ServiceData(group, member.name, tuple(turns))


# ---------------------------------------------------------------- writing

_LINE_BREAK = re.compile("\r\n|[\n\u0085\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but TAB and the newline


def calendar_text(value: str) -> vText:
    """A TEXT value (RFC 5545 3.3.11) for any property: each line break as one newline, which
    icalendar writes as ``\\n`` with backslash, semicolon and comma escaped too; every other
    control character (a bare carriage return, an escape, a NUL) left out."""
    return vText(_CONTROL.sub("", _LINE_BREAK.sub("\n", value)))


def _calendar(group: GroupInfo, name: str, first: date, last: date) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_text(name))
    cal.add("x-wr-timezone", calendar_text(group.timezone))
    cal.add_component(_timezone(group.timezone, first, last))
    return cal


def _timezone(tzid: str, first: date, last: date) -> Timezone:
    """The zone's VTIMEZONE for a calendar of ``first`` to ``last``, and on (its rules in
    force at the end have no end)."""
    zone = Timezone()
    zone.add("tzid", calendar_text(tzid))
    for period in vtimezone.periods(tzid, first, last):
        part = TimezoneDaylight() if period.daylight else TimezoneStandard()
        part.add("dtstart", period.start)
        if period.rule:
            rule = vRecur.from_ical(period.rule)
            if period.until is not None:
                rule["UNTIL"] = [period.until]
            part.add("rrule", rule)
        part.add("tzname", calendar_text(period.name))
        part.add("tzoffsetfrom", period.offset_from)
        part.add("tzoffsetto", period.offset_to)
        zone.add_component(part)
    return zone


def _sequence(now: datetime, group_uid: str) -> int:
    """This export's SEQUENCE: the seconds since 2020, or one more than the last this computer
    gave the group's calendars if that is higher (two exports in one second, or a clock set
    back), so calendars always take the newer copy."""
    seconds = max(0, int((now.astimezone(UTC) - _EPOCH).total_seconds()))
    with _SEQUENCE_LOCK:
        given = _sequences_given()
        sequence = min(_SEQUENCE_MAX, max(seconds, given.pop(group_uid, -1) + 1))
        given[group_uid] = sequence  # last: the most recently exported group stays longest
        _remember_sequences(dict(list(given.items())[-_SEQUENCE_GROUPS:]))
    return sequence


def _sequences_given() -> dict[str, int]:
    """The SEQUENCE last given to each group, as far as :data:`SEQUENCE_FILE` says; whatever
    in it is not a plausible SEQUENCE is left out, and a file that cannot be read, is too big,
    is not plain JSON or is not a plain file at all (a link to elsewhere, a pipe) reads as
    empty: the export then goes on with the seconds alone."""
    found = configfile.read_json(paths.data_dir() / SEQUENCE_FILE, _SEQUENCE_FILE_MAX)
    if not isinstance(found, dict):
        return {}
    return {
        uid: value
        for uid, value in found.items()
        if type(value) is int and 0 <= value < _SEQUENCE_MAX
    }


def _remember_sequences(given: dict[str, int]) -> None:
    # A data folder that cannot be written to costs only the same-second guarantee, not the
    # export.
    with contextlib.suppress(GroupKeeperError, OSError):
        configfile.write_json(paths.data_dir() / SEQUENCE_FILE, given)


def _stamp(event: Event, now: datetime, uid: str, sequence: int) -> None:
    event.add("uid", calendar_text(uid))
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", sequence)


def _at(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def _description(record: SeriesRecord, labels: dict[str, str]) -> str:
    d = record.data
    lines = [record.when + "."]
    if d.formats:
        formats = ", ".join(labels.get(c, c) for c in d.formats)
        lines.append(_("Format: {formats}.").format(formats=formats))
    loc = d.location
    for label, text in (
        (_("Room: {text}"), loc.room),
        (_("Directions: {text}"), loc.directions),
        (_("Accessibility: {text}"), loc.accessibility),
        (_("Notes: {text}"), d.notes),
    ):
        if text.strip():
            lines.append(label.format(text=text.strip()))
    return "\n".join(lines + online_lines(d.online))


def online_lines(online: Online) -> list[str]:
    """How to join an online or hybrid meeting, in words (none for one in person only)."""
    if not online.joins_online:
        return []
    lines = [
        _("Online only.") if online.attendance is Attendance.ONLINE else _("In person and online.")
    ]
    for label, text in (
        (_("Join online: {text}"), online.url),
        (_("Link notes: {text}"), online.url_notes),
        (_("Dial in: {text}"), online.phone),
        (_("Dial-in notes: {text}"), online.phone_notes),
    ):
        if text.strip():
            lines.append(label.format(text=text.strip()))
    return lines


def series_uid(group: GroupInfo, series_id: int) -> str:
    return f"{group.uid}-series-{series_id}@groupkeeper"


def _series_events(
    data: CalendarData, record: SeriesRecord, zone: ZoneInfo, now: datetime, sequence: int
) -> list[Event]:
    d = record.data
    # The first date the rule really gives (a start date may fall between meetings).
    first = next_dates(record.rrule, d.start_date, d.end_date, d.start_date, 1)
    if not first:
        return []  # a rule with no dates at all (refused when saved; never in a calendar)
    start = _at(first[0], d.start_time, zone)
    length = timedelta(minutes=d.duration_minutes)
    uid = series_uid(data.group, record.id)
    location = d.location.one_line()
    # A file from someone else may hold anything: only a link that would be accepted if typed
    # (a URI value is not escaped, so a line break in it would start a property).
    link = d.online.url if d.online.joins_online and link_ok(d.online.url) else ""
    if d.online.attendance is Attendance.ONLINE and link:
        location = link  # where a phone's calendar offers to go: the meeting itself
    description = _description(record, data.labels)

    def base(at: datetime) -> Event:
        event = Event()
        _stamp(event, now, uid, sequence)
        event.add("summary", calendar_text(record.name))
        event.add("dtstart", at)
        event.add("dtend", at + length)
        if location:
            event.add("location", calendar_text(location))
        if link:
            event.add("url", link, parameters={"VALUE": "URI"})
            # RFC 7986's CONFERENCE: calendars that know it show a "join" button.
            event.add("conference", link, parameters={"VALUE": "URI", "FEATURE": "VIDEO"})
        event.add("last-modified", record.updated_at.astimezone(UTC))
        return event

    main = base(start)
    main.add("description", calendar_text(description))
    if ours := to_rrule(d.repeat):  # the rule as GroupKeeper writes it, never the file's text
        rule = vRecur.from_ical(ours)
        if d.end_date is not None:
            # With a TZID start, UNTIL is in UTC (RFC 5545 3.3.10): the last meeting's start.
            rule["UNTIL"] = [_at(d.end_date, d.start_time, zone).astimezone(UTC)]
        main.add("rrule", rule)
    events = [main]
    rule_dates = record.rule()
    cancelled: list[datetime] = []
    for change in data.changes:
        if change.series_id != record.id or not is_meeting_date(rule_dates, change.original_date):
            continue
        original = _at(change.original_date, d.start_time, zone)
        if change.cancelled:
            cancelled.append(original)
            continue
        moved_to = _at(
            change.new_date or change.original_date, change.new_time or d.start_time, zone
        )
        event = base(moved_to)
        event.add("recurrence-id", original)
        moved = _("Moved from {day} {time}.").format(
            day=format_date(change.original_date),
            time=format_time(d.start_time, data.group.language),
        )
        why = f" {change.note}" if change.note else ""
        event.add("description", calendar_text(f"{moved}{why}\n\n{description}"))
        events.append(event)
    if cancelled and record.rrule:
        main.add("exdate", cancelled)
    elif cancelled:
        main.add("status", "CANCELLED")  # a one-off meeting that was called off
    return events


def _span(data: CalendarData, today: date) -> tuple[date, date]:
    starts = [r.data.start_date for r in data.series] or [today]
    ends = [today + timedelta(days=366 * 5)]
    ends += [c.new_date for c in data.changes if c.new_date is not None]
    return min(starts), max(ends)


def calendar_bytes(data: CalendarData, now: datetime) -> bytes:
    """The schedule as an .ics file's bytes (``now`` stamps it: it must be timezone-aware)."""
    zone = data.group.zone
    first, last = _span(data, now.date())
    cal = _calendar(data.group, data.group.name, first, last)
    sequence = _sequence(now, data.group.uid)
    with speaking(group_locale(data.group.language, data.group.country)):
        for record in data.series:
            for event in _series_events(data, record, zone, now, sequence):
                cal.add_component(event)
    return bytes(cal.to_ical())


def service_bytes(data: ServiceData, now: datetime) -> bytes:
    """One member's turns as an .ics file's bytes: one event per turn."""
    with speaking(group_locale(data.group.language, data.group.country)):
        return _service_bytes(data, now)


def _service_bytes(data: ServiceData, now: datetime) -> bytes:
    zone = data.group.zone
    days = [t.occurrence.day for t in data.turns] or [now.date()]
    name = _("{member}: service at {group}").format(member=data.member, group=data.group.name)
    cal = _calendar(data.group, name, min(days), max(days))
    sequence = _sequence(now, data.group.uid)
    for turn in data.turns:
        occ = turn.occurrence
        event = Event()
        uid = (
            f"{data.group.uid}-turn-{turn.series_id}-{turn.original_date:%Y%m%d}"
            f"-{turn.role_id}-{turn.slot}@groupkeeper"
        )
        _stamp(event, now, uid, sequence)
        summary = _("{role}: {meeting}").format(role=turn.role, meeting=occ.series_name)
        event.add("summary", calendar_text(summary))
        start = _at(occ.day, occ.start, zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=occ.duration_minutes))
        if place := occ.location.one_line():
            event.add("location", calendar_text(place))
        lines = [
            _("Your turn as {role} at {meeting} ({group}).").format(
                role=turn.role.lower(), meeting=occ.series_name, group=data.group.name
            )
        ]
        if occ.status is Status.MOVED:
            moved = _("Moved from {day}.").format(day=format_date(occ.original_date))
            lines.append(f"{moved} {occ.note}".strip())
        if occ.status is Status.CANCELLED:
            cancelled = _("This meeting is cancelled.")
            lines.append(f"{cancelled} {occ.note}".strip())
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
        event.add("description", calendar_text("\n".join(lines)))
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_ics(content: bytes, out: Path) -> Path:
    def write(tmp: Path) -> None:
        tmp.write_bytes(content)

    return write_whole(out, write, _("calendar file"))
