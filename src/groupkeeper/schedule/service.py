"""Schedule use-cases: each takes a Session and returns plain frozen records.

The UI and the headless commands call these and nothing deeper; callers own the transaction
(``with store.session() as s, s.begin(): ...``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.models import Group, GroupKind
from groupkeeper.i18n import _
from groupkeeper.schedule.formats import MEETING_GUIDE_FORMATS, offered, sort_codes
from groupkeeper.schedule.models import (
    CustomFormat,
    MeetingException,
    MeetingSeries,
    series_format,
)
from groupkeeper.schedule.occurrences import (
    Attendance,
    DateChange,
    ExceptionKind,
    Location,
    Occurrence,
    Online,
    SeriesRule,
    expand,
    is_meeting_date,
)
from groupkeeper.schedule.recurrence import (
    Repeat,
    RepeatKind,
    dates_between,
    describe,
    from_rrule,
    next_dates,
    numbered_date,
    to_rrule,
)
from groupkeeper.text import format_date

MAX_DURATION = 12 * 60
MAX_NOTES = 20_000  # characters: pages of notes; a file's megabytes are refused
MAX_PLACE_TEXT = 10_000  # an address, directions or accessibility notes
MAX_CHANGE_NOTE = 2_000  # why a date was cancelled or moved
MAX_LINK = 2_000  # a video meeting's link, with its passcode in it
MAX_DIAL = 100  # a dial-in number with its one-tap meeting id: "+16465588656,,81234567890#"
MAX_SLUG = 200
_DIAL = re.compile(r"[0-9+*#,;()./ -]+")
_SLUG_CHARS = re.compile(r"[^\x00-\x20\x7f]+")


@dataclass(frozen=True)
class SeriesInput:
    """What the series dialog (or an import) asks to save."""

    name: str
    repeat: Repeat
    start_date: date
    start_time: time
    duration_minutes: int = 60
    end_date: date | None = None
    location: Location = field(default_factory=Location)
    formats: tuple[str, ...] = ()
    language: str = ""
    notes: str = ""
    # The meeting format (script) it follows; None for the group's usual one.
    format_id: int | None = None
    online: Online = field(default_factory=Online)
    # The intergroup's meeting list's ids for it: (weekday, slug), 0 = Monday.
    slugs: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class SeriesRecord:
    id: int
    data: SeriesInput
    rrule: str | None
    updated_at: datetime  # aware, in UTC

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def when(self) -> str:
        return describe(self.data.repeat, self.data.start_date)

    def rule(self) -> SeriesRule:
        d = self.data
        return SeriesRule(
            self.id, d.name, self.rrule, d.start_date, d.end_date, d.start_time,
            d.duration_minutes, d.location, d.formats, d.online,
        )  # fmt: skip


@dataclass(frozen=True)
class Check:
    errors: list[str]
    warnings: list[str]


# ---------------------------------------------------------------- reading


# Reads go through Core on the mapped tables: they only fill frozen records, and skipping the
# ORM's identity map and mapper set-up keeps start-up and every refresh cheaper. Writes use
# the ORM.
SERIES = MeetingSeries.__table__.c
EXCEPTIONS = MeetingException.__table__.c


def _record(row: Any, codes: tuple[str, ...]) -> SeriesRecord:
    data = SeriesInput(
        name=row.name,
        repeat=from_rrule(row.rrule),
        start_date=row.start_date,
        start_time=row.start_time,
        duration_minutes=row.duration_minutes,
        end_date=row.end_date,
        location=Location(
            row.location_name, row.address, row.room, row.directions, row.accessibility,
            row.latitude, row.longitude, row.region, row.sub_region,
        ),
        formats=sort_codes(codes),
        language=row.language,
        notes=row.notes,
        format_id=row.format_id,
        online=Online(
            _attendance(row.attendance), row.conference_url, row.conference_url_notes,
            row.conference_phone, row.conference_phone_notes,
        ),
        slugs=read_slugs(row.listing_slugs),
    )  # fmt: skip
    return SeriesRecord(row.id, data, row.rrule, row.updated_at.replace(tzinfo=UTC))


def _attendance(value: Any) -> Attendance:
    """The column as Core reads it: the enum (through the ORM's type) or its stored name."""
    if isinstance(value, Attendance):
        return value
    return Attendance.__members__.get(str(value), Attendance.IN_PERSON)


def read_slugs(text: str | None) -> tuple[tuple[int, str], ...]:
    """The listing's slugs as kept (JSON by weekday); anything else in the column, from a
    damaged or hostile file, is no slug at all."""
    if not text:
        return ()
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    if not isinstance(found, dict):
        return ()
    out = []
    for day, slug in found.items():
        if (
            day in ("0", "1", "2", "3", "4", "5", "6")
            and isinstance(slug, str)
            and 0 < len(slug) <= MAX_SLUG
            and _SLUG_CHARS.fullmatch(slug)
        ):
            out.append((int(day), slug))
    return tuple(sorted(out))


def _slugs_text(slugs: tuple[tuple[int, str], ...]) -> str:
    return json.dumps({str(d): s for d, s in sorted(slugs)}) if slugs else ""


def _codes_by_series(session: Session) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for sid, code in session.execute(select(series_format.c.series_id, series_format.c.code)):
        out.setdefault(sid, []).append(code)
    return out


def list_series(session: Session) -> list[SeriesRecord]:
    """All series, ordered by name."""
    codes = _codes_by_series(session)
    rows = session.execute(select(MeetingSeries.__table__).order_by(SERIES.name, SERIES.id))
    return [_record(r, tuple(codes.get(r.id, ()))) for r in rows]


def get_series(session: Session, series_id: int) -> SeriesRecord:
    row = session.execute(select(MeetingSeries.__table__).where(SERIES.id == series_id)).first()
    if row is None:
        raise GroupKeeperError(_("That meeting no longer exists; it may have been deleted."))
    codes = session.scalars(
        select(series_format.c.code).where(series_format.c.series_id == series_id)
    )
    return _record(row, tuple(codes))


def list_changes(
    session: Session,
    first: date | None = None,
    last: date | None = None,
    series_id: int | None = None,
) -> list[DateChange]:
    """Cancelled and moved dates; optionally only those touching a window (by original or new
    date) or only one series'."""
    query = select(MeetingException.__table__).order_by(EXCEPTIONS.original_date)
    if series_id is not None:
        query = query.where(EXCEPTIONS.series_id == series_id)
    if first is not None and last is not None:
        query = query.where(
            or_(
                EXCEPTIONS.original_date.between(first, last),
                EXCEPTIONS.new_date.between(first, last),
            )
        )
    return [_as_change(e) for e in session.execute(query)]


def _as_change(row: Any) -> DateChange:
    return DateChange(
        row.series_id, row.original_date, row.kind, row.new_date, row.new_time, row.note
    )


def occurrences(
    session: Session, first: date, last: date, series: Sequence[SeriesRecord] | None = None
) -> list[Occurrence]:
    """Every meeting from ``first`` to ``last``, cancelled ones included (marked).

    Pass ``series`` when the caller has just listed them, to save reading them again.
    """
    if series is None:
        series = list_series(session)
    changes = list_changes(session, first, last)
    return expand([r.rule() for r in series], changes, first, last)


def occurrences_at(
    session: Session, keys: Iterable[tuple[int, date]]
) -> dict[tuple[int, date], Occurrence]:
    """The meetings with these (series id, scheduled date) keys, wherever each was moved
    (a week or a year away); a key that is not a meeting of its series is left out."""
    wanted = set(keys)
    if not wanted:
        return {}
    days = {d for _sid, d in wanted}
    for change in list_changes(session, min(days), max(days)):
        if (change.series_id, change.original_date) in wanted and change.new_date is not None:
            days.add(change.new_date)
    found = occurrences(session, min(days), max(days))
    return {k: o for o in found if (k := (o.series_id, o.original_date)) in wanted}


def format_labels(session: Session) -> dict[str, str]:
    """Every code the group can choose: Meeting Guide codes (their labels in the language in
    force), then its own."""
    labels = {code: _(label) for code, label in MEETING_GUIDE_FORMATS.items()}
    for row in session.scalars(select(CustomFormat).order_by(CustomFormat.code)):
        labels[row.code] = row.label
    return labels


def format_choices(session: Session) -> dict[str, str]:
    """The codes the meeting editor offers this group (:func:`formats.offered`): a
    peer-support group is not offered Big Book or 11th Step meditation."""
    kind = session.scalar(select(Group.kind).limit(1))
    in_use = set(session.scalars(select(series_format.c.code).distinct()))
    twelve_step = kind in (None, GroupKind.TWELVE_STEP)
    return offered(format_labels(session), twelve_step, in_use)


def add_custom_format(session: Session, code: str, label: str) -> None:
    code, label = code.strip(), label.strip()
    problems = []
    if not code or len(code) > 16 or not code.replace("-", "").isalnum():
        problems.append(_("A format code is 1 to 16 letters or digits, such as GC."))
    if not label:
        problems.append(_("Give the format a label, such as 'Group conscience'."))
    if code in MEETING_GUIDE_FORMATS:
        problems.append(
            _("{code} is already a Meeting Guide code ({label}).").format(
                code=code, label=_(MEETING_GUIDE_FORMATS[code])
            )
        )
    if problems:
        raise ValidationError(problems)
    row = session.get(CustomFormat, code)
    if row is None:
        session.add(CustomFormat(code=code, label=label))
    else:
        row.label = label
    session.flush()


# ---------------------------------------------------------------- checking


def check_series(session: Session, data: SeriesInput, series_id: int | None = None) -> Check:
    """Errors stop a save; warnings are shown and the person decides."""
    errors: list[str] = []
    warnings: list[str] = []
    if not data.name.strip():
        errors.append(_("Give the meeting a name."))
    elif len(data.name.strip()) > 200:
        errors.append(_("The meeting's name is too long (200 characters at most)."))
    errors += data.repeat.problems()
    if data.end_date is not None and data.end_date < data.start_date:
        errors.append(
            _("The end date ({end}) is before the start date ({start}).").format(
                end=numbered_date(data.end_date), start=numbered_date(data.start_date)
            )
        )
    if not 5 <= data.duration_minutes <= MAX_DURATION:
        errors.append(_("A meeting lasts between 5 minutes and 12 hours."))
    loc = data.location
    for text, most, too_long in (
        (loc.name, 200, _("The place's name is too long ({most} characters at most).")),
        (loc.room, 200, _("The room is too long ({most} characters at most).")),
        (loc.address, MAX_PLACE_TEXT, _("The address is too long ({most} characters at most).")),
        (loc.directions, MAX_PLACE_TEXT,
         _("The directions are too long ({most} characters at most).")),
        (loc.accessibility, MAX_PLACE_TEXT,
         _("The accessibility notes are too long ({most} characters at most).")),
        (data.language, 35, _("The language is too long ({most} characters at most).")),
        (data.notes, MAX_NOTES, _("The notes are too long ({most} characters at most).")),
        (loc.region, 200, _("The region is too long ({most} characters at most).")),
        (loc.sub_region, 200, _("The sub-region is too long ({most} characters at most).")),
    ):  # fmt: skip
        if len(text.strip()) > most:
            errors.append(too_long.format(most=f"{most:,}"))
    errors += online_problems(data.online)
    if loc.latitude is not None and not -90 <= loc.latitude <= 90:
        errors.append(_("A latitude is between -90 and 90."))
    if loc.longitude is not None and not -180 <= loc.longitude <= 180:
        errors.append(_("A longitude is between -180 and 180."))
    known = format_labels(session)
    unknown = [c for c in data.formats if c not in known]
    if unknown:
        errors.append(
            _("Unknown format code: {codes}. Add it as a group format first.").format(
                codes=", ".join(unknown)
            )
        )
    if data.format_id is not None and not _format_exists(session, data.format_id):
        errors.append(_("The meeting format chosen for it was deleted. Choose another one."))
    if errors:
        return Check(errors, warnings)
    rrule = to_rrule(data.repeat)
    if data.repeat.kind is not RepeatKind.ONCE and not next_dates(
        rrule, data.start_date, data.end_date, data.start_date, 1
    ):
        errors.append(
            _("These settings give no meeting dates at all. Check the start and end dates.")
        )
        return Check(errors, warnings)
    skip = data.repeat.skip_warning()
    if skip:
        warnings.append(skip)
    clash = _clash(session, data, rrule, series_id)
    if clash:
        warnings.append(clash)
    return Check(errors, warnings)


_LINK = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def link_ok(url: str) -> bool:
    """A web link a person can open: http(s), no spaces, not too long."""
    return len(url) <= MAX_LINK and _LINK.fullmatch(url) is not None


def dial_ok(phone: str) -> bool:
    return len(phone) <= MAX_DIAL and _DIAL.fullmatch(phone) is not None


def online_problems(online: Online) -> list[str]:
    """What stops an online or hybrid meeting's link and dial-in being saved, in words."""
    out: list[str] = []
    url, phone = online.url.strip(), online.phone.strip()
    if online.joins_online and not (url or phone):
        out.append(_("An online or hybrid meeting needs a link or a dial-in number."))
    if url and not _LINK.fullmatch(url):
        out.append(_("The meeting link must start with https:// (or http://), with no spaces."))
    if len(url) > MAX_LINK:
        out.append(
            _("The meeting link is too long ({most} characters at most).").format(
                most=f"{MAX_LINK:,}"
            )
        )
    if phone and not dial_ok(phone):
        out.append(
            _(
                "The dial-in number may have only digits, spaces, + and the , * # that "
                "one-tap dialling uses ({most} characters at most)."
            ).format(most=MAX_DIAL)
        )
    for text, too_long in (
        (online.url_notes, _("The link's notes are too long ({most} characters at most).")),
        (online.phone_notes, _("The dial-in notes are too long ({most} characters at most).")),
    ):
        if len(text.strip()) > MAX_PLACE_TEXT:
            out.append(too_long.format(most=f"{MAX_PLACE_TEXT:,}"))
    return out


def _format_exists(session: Session, format_id: int) -> bool:
    from groupkeeper.materials.models import meeting_format

    found = session.scalar(select(meeting_format.c.id).where(meeting_format.c.id == format_id))
    return found is not None


def _clash(
    session: Session, data: SeriesInput, rrule: str | None, series_id: int | None
) -> str | None:
    """Another series meeting on the same day at the same time (a likely duplicate)."""
    horizon_start = max(data.start_date, date.today() - timedelta(days=31))
    horizon_end = horizon_start + timedelta(days=366)
    mine = set(dates_between(rrule, data.start_date, data.end_date, horizon_start, horizon_end))
    if not mine:
        return None
    for other in list_series(session):
        if other.id == series_id or other.data.start_time != data.start_time:
            continue
        theirs = dates_between(
            other.rrule, other.data.start_date, other.data.end_date, horizon_start, horizon_end
        )
        shared = sorted(mine.intersection(theirs))
        if shared:
            first = shared[0]
            return _(
                "'{meeting}' also meets at {time} on some of the same days (first on {day}). "
                "Is this a duplicate?"
            ).format(meeting=other.name, time=f"{data.start_time:%H:%M}", day=format_date(first))
    return None


# ---------------------------------------------------------------- writing


def _apply(row: MeetingSeries, data: SeriesInput) -> None:
    row.name = data.name.strip()
    row.rrule = to_rrule(data.repeat)
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.start_time = data.start_time.replace(second=0, microsecond=0)
    row.duration_minutes = data.duration_minutes
    row.location_name = data.location.name.strip()
    row.address = data.location.address.strip()
    row.room = data.location.room.strip()
    row.directions = data.location.directions.strip()
    row.accessibility = data.location.accessibility.strip()
    row.language = data.language.strip()
    row.notes = data.notes.strip()
    row.format_id = data.format_id
    loc, online = data.location, data.online
    row.latitude, row.longitude = loc.latitude, loc.longitude
    row.region, row.sub_region = loc.region.strip(), loc.sub_region.strip()
    row.attendance = online.attendance
    row.conference_url = online.url.strip()
    row.conference_url_notes = online.url_notes.strip()
    row.conference_phone = online.phone.strip()
    row.conference_phone_notes = online.phone_notes.strip()
    row.listing_slugs = _slugs_text(data.slugs)
    row.updated_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _set_formats(session: Session, series_id: int, codes: tuple[str, ...]) -> None:
    session.execute(delete(series_format).where(series_format.c.series_id == series_id))
    if codes:
        session.execute(
            series_format.insert(),
            [{"series_id": series_id, "code": c} for c in sorted(set(codes))],
        )


def _require_valid(session: Session, data: SeriesInput, series_id: int | None) -> None:
    check = check_series(session, data, series_id)
    if check.errors:
        raise ValidationError(check.errors)


def create_series(session: Session, data: SeriesInput) -> SeriesRecord:
    _require_valid(session, data, None)
    row = MeetingSeries(created_at=datetime.now().replace(microsecond=0))
    _apply(row, data)
    session.add(row)
    session.flush()
    _set_formats(session, row.id, data.formats)
    return get_series(session, row.id)


def update_series(session: Session, series_id: int, data: SeriesInput) -> SeriesRecord:
    _require_valid(session, data, series_id)
    row = session.get(MeetingSeries, series_id)
    if row is None:
        raise GroupKeeperError(_("That meeting no longer exists; it may have been deleted."))
    _apply(row, data)
    _set_formats(session, series_id, data.formats)
    session.flush()
    return get_series(session, series_id)


def set_updated(session: Session, series_id: int, when: datetime) -> None:
    """Keep the time a series was last changed as another program recorded it (an import);
    ``when`` is aware (a naive one is taken as this computer's local time)."""
    utc = when.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    session.execute(
        update(MeetingSeries).where(MeetingSeries.id == series_id).values(updated_at=utc)
    )


def delete_series(session: Session, series_id: int) -> None:
    """Delete a series with everything that hangs from it (changed dates, roster turns, role
    needs, meeting notes); the store's undo history puts it all back."""
    row = session.get(MeetingSeries, series_id)
    if row is None:
        raise GroupKeeperError(_("That meeting is no longer in the schedule."))
    session.delete(row)
    session.flush()


def _change_row(session: Session, series_id: int, original: date) -> MeetingException | None:
    return session.scalars(
        select(MeetingException).where(
            MeetingException.series_id == series_id, MeetingException.original_date == original
        )
    ).first()


def change_for(session: Session, series_id: int, original: date) -> DateChange | None:
    row = _change_row(session, series_id, original)
    return None if row is None else _as_change(row)


def _write_change(session: Session, change: DateChange) -> DateChange:
    row = _change_row(session, change.series_id, change.original_date)
    if row is None:
        row = MeetingException(series_id=change.series_id, original_date=change.original_date)
        session.add(row)
    moved = change.kind is ExceptionKind.MOVED
    row.kind = change.kind
    row.new_date = change.new_date if moved else None
    row.new_time = change.new_time if moved else None
    row.note = change.note.strip()
    session.flush()
    return replace(change, note=row.note)


def put_change(session: Session, change: DateChange) -> DateChange:
    """Record a cancelled or moved date (replacing any earlier change to that date)."""
    if len(change.note.strip()) > MAX_CHANGE_NOTE:
        raise ValidationError(
            [
                _("Keep the note on a changed date short ({most} characters at most).").format(
                    most=f"{MAX_CHANGE_NOTE:,}"
                )
            ]
        )
    record = get_series(session, change.series_id)
    if not is_meeting_date(record.rule(), change.original_date):
        raise ValidationError(
            [_("'{meeting}' does not meet on {day}.").format(
                meeting=record.name, day=format_date(change.original_date))]
        )  # fmt: skip
    if change.kind is ExceptionKind.MOVED:
        if change.new_date is None:
            raise ValidationError([_("Choose the date the meeting moves to.")])
        same_day = change.new_date == change.original_date
        if same_day and (change.new_time is None or change.new_time == record.data.start_time):
            raise ValidationError([_("Choose a different date or time to move the meeting to.")])
    return _write_change(session, change)


def cancel_date(session: Session, series_id: int, original: date, note: str = "") -> DateChange:
    return put_change(session, DateChange(series_id, original, ExceptionKind.CANCELLED, note=note))


def move_date(
    session: Session,
    series_id: int,
    original: date,
    new_date: date,
    new_time: time | None,
    note: str = "",
) -> DateChange:
    return put_change(
        session, DateChange(series_id, original, ExceptionKind.MOVED, new_date, new_time, note)
    )


def clear_change(session: Session, series_id: int, original: date) -> DateChange | None:
    """Put a date back to normal; returns what was removed (for undo), or None."""
    row = _change_row(session, series_id, original)
    if row is None:
        return None
    old = _as_change(row)
    session.delete(row)
    session.flush()
    return old
