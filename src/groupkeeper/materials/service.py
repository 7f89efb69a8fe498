"""Meeting format and meeting note use-cases: each takes a Session and returns plain frozen
records; callers own the transaction, as in the other services."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.i18n import _, ngettext
from groupkeeper.materials.models import format_section, meeting_format, meeting_note
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.models import MeetingSeries
from groupkeeper.schedule.occurrences import Occurrence, Status
from groupkeeper.text import format_time

MAX_SECTIONS = 60
SERIES = MeetingSeries.__table__.c


@dataclass(frozen=True)
class Section:
    """One part of a meeting: a heading, what is said or read, who says it, how long."""

    heading: str
    text: str = ""
    reading_id: int | None = None
    reading_title: str = ""  # the reading's title when it was chosen
    role_id: int | None = None
    minutes: int | None = None


@dataclass(frozen=True)
class MeetingFormat:
    id: int
    name: str
    sections: tuple[Section, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes or 0 for s in self.sections)


@dataclass(frozen=True)
class MeetingNote:
    """One meeting's own words. The note to the facilitator is private: it prints only
    when someone chooses to print it."""

    topic: str = ""
    announcements: str = ""
    facilitator_note: str = ""

    @property
    def empty(self) -> bool:
        return not (self.topic.strip() or self.announcements.strip() or self.facilitator_note)


# ---------------------------------------------------------------- formats


def list_formats(s: Session) -> list[MeetingFormat]:
    """Every format, the group's usual one (the first) first, each with its sections."""
    sections: dict[int, list[Section]] = {}
    c = format_section.c
    for row in s.execute(select(format_section).order_by(c.format_id, c.position, c.id)):
        sections.setdefault(row.format_id, []).append(
            Section(row.heading, row.text, row.reading_id, row.reading_title, row.role_id,
                    row.minutes)
        )  # fmt: skip
    f = meeting_format.c
    return [
        MeetingFormat(r.id, r.name, tuple(sections.get(r.id, ())))
        for r in s.execute(select(f.id, f.name).order_by(f.position, f.id))
    ]


def get_format(s: Session, format_id: int) -> MeetingFormat:
    for f in list_formats(s):
        if f.id == format_id:
            return f
    raise GroupKeeperError(_("That meeting format was deleted. Choose another one."))


def usual_format(s: Session) -> MeetingFormat | None:
    """The group's usual format: the one a series without its own choice follows."""
    formats = list_formats(s)
    return formats[0] if formats else None


def format_for_series(s: Session, series_id: int) -> MeetingFormat | None:
    chosen = s.scalar(select(SERIES.format_id).where(SERIES.id == series_id))
    formats = list_formats(s)
    for f in formats:
        if f.id == chosen:
            return f
    return formats[0] if formats else None


def check_format(
    s: Session, name: str, sections: Sequence[Section], format_id: int | None = None
) -> list[str]:
    """Everything wrong with a format, in words (empty when it can be saved)."""
    errors = []
    name = name.strip()
    if not name:
        errors.append(_("Give the format a name, such as “Our usual meeting”."))
    elif len(name) > 100:
        errors.append(_("Keep the format's name under 100 characters."))
    else:
        f = meeting_format.c
        clash = s.scalar(
            select(f.id).where(func.lower(f.name) == name.lower(), f.id != (format_id or -1))
        )
        if clash is not None:
            errors.append(
                _("There is already a format called “{name}”. Choose another name.").format(
                    name=name
                )
            )
    if not sections:
        errors.append(_("Add at least one section, such as “Opening and welcome”."))
    if len(sections) > MAX_SECTIONS:
        errors.append(_("A format can have at most {most} sections.").format(most=MAX_SECTIONS))
    for n, sec in enumerate(sections, 1):
        if not sec.heading.strip():
            errors.append(
                _("Section {n} needs a heading, such as “Readings” or “Sharing”.").format(n=n)
            )
        elif len(sec.heading) > 200:
            errors.append(_("Keep section {n}'s heading under 200 characters.").format(n=n))
        if sec.minutes is not None and not 0 <= sec.minutes <= 600:
            errors.append(_("Section {n}: minutes must be between 0 and 600.").format(n=n))
    return errors


def save_format(
    s: Session, name: str, sections: Sequence[Section], format_id: int | None = None
) -> int:
    """Create (``format_id`` None) or replace a format with these sections, in this order."""
    if errors := check_format(s, name, sections, format_id):
        raise ValidationError(errors)
    f = meeting_format.c
    if format_id is None:
        last = s.scalar(select(func.max(f.position)))
        format_id = s.scalar(
            insert(meeting_format)
            .values(name=name.strip(), position=(last or 0) + 1)
            .returning(meeting_format.c.id)
        )
    else:
        get_format(s, format_id)
        s.execute(update(meeting_format).where(f.id == format_id).values(name=name.strip()))
        s.execute(delete(format_section).where(format_section.c.format_id == format_id))
    s.execute(
        insert(format_section),
        [
            {
                "format_id": format_id, "position": i, "heading": sec.heading.strip(),
                "text": sec.text.strip(), "reading_id": sec.reading_id,
                "reading_title": sec.reading_title if sec.reading_id is not None else "",
                "role_id": sec.role_id, "minutes": sec.minutes,
            }
            for i, sec in enumerate(sections)
        ],
    )  # fmt: skip
    assert format_id is not None
    return int(format_id)


def make_usual(s: Session, format_id: int) -> None:
    """Put a format first, so every series without its own choice follows it."""
    get_format(s, format_id)
    f = meeting_format.c
    low = s.scalar(select(func.min(f.position))) or 0
    s.execute(update(meeting_format).where(f.id == format_id).values(position=low - 1))


def delete_format(s: Session, format_id: int) -> None:
    """Delete a format; series that followed it follow the usual one again."""
    get_format(s, format_id)  # one deleted elsewhere is reported as that, first
    if len(list_formats(s)) <= 1:
        raise GroupKeeperError(
            _("A group keeps at least one meeting format. Change this one instead of deleting it.")
        )
    s.execute(delete(meeting_format).where(meeting_format.c.id == format_id))


def set_series_format(s: Session, series_id: int, format_id: int | None) -> None:
    if format_id is not None:
        get_format(s, format_id)
    s.execute(update(MeetingSeries).where(SERIES.id == series_id).values(format_id=format_id))


def link_readings(s: Session, by_title: Mapping[str, int]) -> int:
    """Give sections with no reading yet the reading whose title matches their heading (the
    starter format's "Welcome to newcomers" gets the starter reading of that name). Returns
    how many sections changed."""
    c = format_section.c
    changed = 0
    for row in s.execute(select(c.id, c.heading).where(c.reading_id.is_(None))):
        if (rid := by_title.get(row.heading)) is not None:
            s.execute(
                update(format_section)
                .where(c.id == row.id)
                .values(reading_id=rid, reading_title=row.heading, text="")
            )
            changed += 1
    return changed


# ---------------------------------------------------------------- meetings and notes


def get_note(s: Session, series_id: int, meeting_date: date) -> MeetingNote:
    c = meeting_note.c
    row = s.execute(
        select(c.topic, c.announcements, c.facilitator_note).where(
            c.series_id == series_id, c.meeting_date == meeting_date
        )
    ).first()
    return MeetingNote(*row) if row else MeetingNote()


def check_note(note: MeetingNote) -> list[str]:
    errors = []
    if len(note.topic) > 500:
        errors.append(_("Keep the topic under 500 characters; put the rest in the announcements."))
    if len(note.announcements) > 5000 or len(note.facilitator_note) > 5000:
        errors.append(
            _("Keep announcements and the note to the facilitator under 5,000 characters.")
        )
    return errors


def save_note(s: Session, series_id: int, meeting_date: date, note: MeetingNote) -> None:
    """Keep a meeting's topic, announcements and note (an empty note removes the row)."""
    if errors := check_note(note):
        raise ValidationError(errors)
    c = meeting_note.c
    schedule.get_series(s, series_id)
    s.execute(delete(meeting_note).where(c.series_id == series_id, c.meeting_date == meeting_date))
    if not note.empty:
        s.execute(
            insert(meeting_note).values(
                series_id=series_id, meeting_date=meeting_date, topic=note.topic.strip(),
                announcements=note.announcements.strip(),
                facilitator_note=note.facilitator_note.strip(),
            )
        )  # fmt: skip


def upcoming(s: Session, first: date, weeks: int = 8) -> list[Occurrence]:
    """Meetings that take place from ``first`` for ``weeks`` weeks (cancelled dates left out),
    in the order they happen."""
    found = schedule.occurrences(s, first, first + timedelta(weeks=weeks))
    return [o for o in found if o.status is not Status.CANCELLED]


def find_meeting(
    s: Session,
    when: date | None,
    today: date,
    *,
    series: str | None = None,
    at: time | None = None,
) -> Occurrence:
    """The meeting on ``when``, or the next one from ``today``; ``series`` (its name, or a part
    of it that only one meeting's name holds) and ``at`` (its start) choose among several. A
    day with two meetings and no choice is a problem that names both."""
    if when is None:
        found = [o for o in upcoming(s, today) if at is None or o.start == at]
        found = _named(found, series)
        if not found:
            if series is not None or at is not None:
                raise GroupKeeperError(
                    _("There is no meeting {which} in the next eight weeks.").format(
                        which=_which(series, at)
                    )
                )
            raise GroupKeeperError(
                _(
                    "There is no meeting in the next eight weeks. Add or change a series in the "
                    "schedule, or give a date with --date."
                )
            )
        return found[0]
    same_day = [o for o in upcoming(s, when, 0) if o.day == when]
    day = f"{i18n.day_name(when.weekday())} {when.isoformat()}"
    if not same_day:
        nearby = upcoming(s, when - timedelta(days=7), 2)
        near = ", ".join(
            f"{_short_day(d)} {d.isoformat()}" for d in sorted({o.day for o in nearby})[:4]
        )
        if near:
            # TRANSLATORS: {day} and {dates} read "Wednesday 2026-03-18", "Tue 2026-03-17, ...".
            message = _("There is no meeting on {day}. Meetings near then: {dates}.")
        else:
            message = _("There is no meeting on {day}.")
        raise GroupKeeperError(message.format(day=day, dates=near))
    chosen = _named([o for o in same_day if at is None or o.start == at], series)
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        # TRANSLATORS: {which} reads "called “Women”" or "at 6:00 PM"; {meetings} lists the
        # day's meetings: "Tuesday Night Discussion at 7:00 PM; Newcomers at 8:30 PM".
        message = _("There is no meeting {which} on {day}. Meetings that day: {meetings}.")
        raise GroupKeeperError(
            message.format(which=_which(series, at), day=day, meetings=_listed(same_day))
        )
    # TRANSLATORS: --series NAME and --time HH:MM are the command line's; keep them as they are.
    message = ngettext(
        "There is {n} meeting on {day}: {meetings}. Choose one with --series NAME or --time HH:MM.",
        "There are {n} meetings on {day}: {meetings}. Choose one with --series NAME or "
        "--time HH:MM.",
        len(chosen),
    )
    raise GroupKeeperError(message.format(n=len(chosen), day=day, meetings=_listed(chosen)))


def _named(found: list[Occurrence], series: str | None) -> list[Occurrence]:
    """The meetings of the series called ``series``: its whole name in any case and spacing,
    else the meetings whose names hold it."""
    if series is None:
        return found
    wanted = " ".join(series.split()).casefold()
    exact = [o for o in found if " ".join(o.series_name.split()).casefold() == wanted]
    return exact or [o for o in found if wanted in " ".join(o.series_name.split()).casefold()]


def _which(series: str | None, at: time | None) -> str:
    """ "called “Women”", "at 6:00 PM", or both: the choice a person made, in words."""
    called = _("called “{name}”").format(name=series) if series is not None else ""
    when = _("at {time}").format(time=format_time(at)) if at is not None else ""
    if called and when:
        return _("{called} {at}").format(called=called, at=when)
    return called or when


def _listed(found: list[Occurrence]) -> str:
    """ "Tuesday Night Discussion at 7:00 PM; Newcomers at 8:30 PM" """
    return "; ".join(
        _("{meeting} at {time}").format(meeting=o.series_name, time=format_time(o.start))
        for o in found
    )


def _short_day(d: date) -> str:
    """ "Tue": the weekday's short name (CLDR's, in the language in force)."""
    loc = i18n.babel_locale(i18n.current())
    return str(loc.days["stand-alone"]["abbreviated"][d.weekday()])
