"""Schedule use-cases: each takes a Session and returns plain frozen records.

The UI and the headless commands call these and nothing deeper; callers own the transaction
(``with store.session() as s, s.begin(): ...``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
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
    DateChange,
    ExceptionKind,
    Location,
    Occurrence,
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


@dataclass(frozen=True)
class SeriesRecord:
    id: int
    data: SeriesInput
    rrule: str | None
    updated_at: datetime

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
            d.duration_minutes, d.location, d.formats,
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
            row.location_name, row.address, row.room, row.directions, row.accessibility
        ),
        formats=sort_codes(codes),
        language=row.language,
        notes=row.notes,
        format_id=row.format_id,
    )
    return SeriesRecord(row.id, data, row.rrule, row.updated_at)


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
    ):  # fmt: skip
        if len(text.strip()) > most:
            errors.append(too_long.format(most=f"{most:,}"))
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
    row.updated_at = datetime.now().replace(microsecond=0)


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
    """Keep the time a series was last changed as another program recorded it (an import)."""
    session.execute(
        update(MeetingSeries)
        .where(MeetingSeries.id == series_id)
        .values(updated_at=when.replace(microsecond=0))
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
