"""Meeting Guide JSON (the code4recovery spec): the meeting list that intergroup websites
(the 12 Step Meeting List plugin), the Meeting Guide app and TSML UI read and write.

**Export** writes one entry per series per weekday, as the spec wants: ``day`` 0 = Sunday,
``time`` and ``end_time`` as "HH:MM", ``types`` as the spec's codes, plain text only, and no
last name anywhere (a member's last name found in a text is cut to its initial). The spec is
for weekly meetings; a series that meets on a weekday but not every week (first Sunday,
every other Thursday) is listed on that weekday with the truth on the first line of its
notes ("Not weekly: First Sunday of the month."), and said so in a warning. A one-off
meeting, or one on a day number of the month, has no weekday to list and is left out (also
said in a warning).

**Import** reads a whole feed file (an intergroup's list of thousands), forgiving what can be
read safely and saying so per row: "7:00 PM" for "19:00", a type list given as a string, HTML
in notes. Entries that differ only in their day become one series on several weekdays, and
our own "Not weekly" line becomes the rule it describes again, so export, import into an
empty file and export again gives the same list.

**Online and hybrid** meetings travel as the spec says: ``attendance_option`` with the
``conference_*`` fields; never the type ``ONL``, which is not in the spec (a list that has it
says the meeting joins online). Each meeting keeps the list's ``slug`` (the app's favourites
hang on it); our own series get one made from the group's permanent id and the series' id,
the same in every export. What a list says of a meeting that GroupKeeper does not keep (the
group's payment handles, its contact people) is said at import, field by field.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.files import write_whole
from groupkeeper.group.contact import listed_contact
from groupkeeper.group.service import require_group
from groupkeeper.i18n import N_, _, babel_locale, current, ngettext
from groupkeeper.schedule import service
from groupkeeper.schedule.formats import LANGUAGE_TYPES, sort_codes
from groupkeeper.schedule.occurrences import Attendance, Location, Online
from groupkeeper.schedule.recurrence import (
    WEEKDAY_NAMES,
    Repeat,
    RepeatKind,
    describe,
    next_dates,
    to_rrule,
)
from groupkeeper.schedule.service import SeriesInput, SeriesRecord, dial_ok, link_ok
from groupkeeper.text import format_date
from groupkeeper.untrusted import read_regular_file, too_big

MAX_BYTES = 20 * 1024 * 1024  # a whole country's list is a few MB
MAX_MEETINGS = 200_000
MAX_FIELD = 10_000  # characters in one text of a meeting: pages of notes, not megabytes
MAX_ZONE = 64  # the longest time zone name a group file keeps
# Written into the feed and read back on import (with ``_LABELS``' lines of location notes),
# so they stay these English words whatever the language.
NOT_WEEKLY = "Not weekly: "
DEFAULT_MINUTES = 60  # the spec: end_time defaults to an hour after the start
_LABELS = ("Room", "Directions", "Accessibility")

# The spec's text fields, as the warnings name them.
_FIELDS = {
    "name": N_("name"),
    "location": N_("location"),
    "formatted_address": N_("formatted address"),
    "location_notes": N_("location notes"),
    "notes": N_("notes"),
    "group": N_("group"),
    "address": N_("address"),
    "city": N_("city"),
    "state": N_("state"),
    "postal_code": N_("postal code"),
    "country": N_("country"),
    "conference_url_notes": N_("link notes"),
    "conference_phone_notes": N_("dial-in notes"),
    "region": N_("region"),
    "sub_region": N_("sub-region"),
}
ONLINE_TYPE = "ONL"  # not the spec's: what 12 Step Meeting List adds to an online meeting


def _field(key: str) -> str:
    """A text field's name in the person's words ("location notes")."""
    return _(_FIELDS[key]) if key in _FIELDS else key.replace("_", " ")


def spec_day(weekday: int) -> int:
    """Python's weekday (0 = Monday) as the spec's day (0 = Sunday)."""
    return (weekday + 1) % 7


def python_weekday(day: int) -> int:
    return (day - 1) % 7


# ---------------------------------------------------------------- plain text


# A tag, end tag, comment, doctype or processing instruction: "<" then a letter, "/", "!" or
# "?", up to the next ">". No class overlaps the next, so it never backtracks: each
# character is looked at a bounded number of times and stripping is linear, however broken
# the HTML. (html.parser takes time quadratic in a field's length on unclosed tags and quotes:
# minutes for one hostile field of a few hundred kilobytes.)
_TAG = re.compile(r"<(?:(/?)([A-Za-z][^<>]*)|[!?][^<>]*)>")
_NAME = re.compile(r"[A-Za-z0-9]*")
_LINE_TAGS = frozenset(("br", "p", "div", "li", "tr"))


def plain_text(text: str) -> tuple[str, bool]:
    """``text`` without HTML tags or entities; and whether there was any HTML to remove."""
    if "<" not in text and "&" not in text:
        return text.strip(), False
    tags = 0

    def drop(found: re.Match[str]) -> str:
        nonlocal tags
        tags += 1
        inner = found.group(2)
        if inner is None or found.group(1):  # a comment, or an end tag
            return ""
        name = _NAME.match(inner)
        return "\n" if name and name.group().lower() in _LINE_TAGS else ""

    out = html.unescape(_TAG.sub(drop, text))
    lines = [" ".join(line.split()) for line in out.splitlines()]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return cleaned, tags > 0 or cleaned != html.unescape(text).strip()


def slugify(text: str) -> str:
    text = text.replace("'", "").replace("\u2019", "")  # "Women's" -> "womens"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:50].strip("-")


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class FeedExport:
    entries: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...]


def location_notes(loc: Location) -> str:
    """The place's notes as the list has them: the room and accessibility on lines of their
    own, labelled; the directions as they are (a list's own notes come in as directions)."""
    lines = [f"Room: {loc.room.strip()}"] if loc.room.strip() else []
    lines += [loc.directions.strip()] if loc.directions.strip() else []
    if loc.accessibility.strip():
        lines.append(f"Accessibility: {loc.accessibility.strip()}")
    return "\n".join(lines)


def our_slug(uid: str, series_id: int, weekday: int | None = None) -> str:
    """A slug for one of our series that no rename or re-export changes: the group's
    permanent id (so an area's list never has two alike) and the series' own."""
    day = "" if weekday is None else "-" + WEEKDAY_NAMES[weekday][:3].lower()
    return f"gk-{uid[:8]}-{series_id}{day}"


def _last_names(session: Session) -> dict[str, str]:
    """Members' last names (from their full names) -> the initial that replaces them."""
    from groupkeeper.roster.service import list_members

    out: dict[str, str] = {}
    for m in list_members(session):
        words = m.data.full_name.split()
        for word in words[1:]:
            word = word.strip(".,")
            if len(word) > 1 and word.casefold() != m.data.first_name.strip().casefold():
                out[word.casefold()] = word[0].upper() + "."
    return out


def _hide_last_names(text: str, names: dict[str, str]) -> tuple[str, bool]:
    if not names or not text:
        return text, False
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )

    def initial(m: re.Match[str]) -> str:
        cut = names[m.group(1).casefold()]
        return cut[:-1] if m.string[m.end() : m.end() + 1] == "." else cut

    new = pattern.sub(initial, text)
    return new, new != text


def _not_weekly_line(record: SeriesRecord, today: date) -> str:
    d = record.data
    words = describe(d.repeat, d.start_date)
    if d.repeat.kind is RepeatKind.WEEKLY:
        upcoming = next_dates(record.rrule, d.start_date, d.end_date, max(today, d.start_date), 1)
        if upcoming:
            words += f" (next on {upcoming[0].isoformat()})"
    return f"{NOT_WEEKLY}{words}."


def feed_data(session: Session, today: date) -> FeedExport:
    """The group's series as Meeting Guide entries, with what the list could not say."""
    group = require_group(session)
    last_names = _last_names(session)
    warnings: list[str] = []
    entries: list[dict[str, Any]] = []
    used: set[str] = set()
    contact = listed_contact(group.contact, group.name)
    for record in service.list_series(session):
        d = record.data
        if d.end_date is not None and d.end_date < today:
            continue  # over: not a meeting anyone can go to
        if d.repeat.kind in (RepeatKind.ONCE, RepeatKind.MONTHLY_DAY):
            warnings.append(
                _(
                    "'{meeting}' is left out ({when}): the meeting list is for meetings on a day "
                    "of the week. List it on a separate page, as the spec advises for monthly "
                    "and one-off meetings."
                ).format(meeting=record.name, when=describe(d.repeat, d.start_date))
            )
            continue
        weekly = d.repeat.kind is RepeatKind.WEEKLY and d.repeat.interval == 1
        notes = d.notes
        if not weekly:
            line = _not_weekly_line(record, today)
            notes = f"{line}\n{notes}" if notes else line
            warnings.append(
                _(
                    "'{meeting}' is not weekly ({when}): the meeting list can only say which "
                    "weekday, so its notes start with the real schedule. The spec advises "
                    "listing monthly meetings on a separate page."
                ).format(meeting=record.name, when=describe(d.repeat, d.start_date))
            )
        if d.end_date is not None:
            warnings.append(
                _(
                    "'{meeting}' ends on {day}; the meeting list cannot say so. Send the "
                    "intergroup a new list when it ends."
                ).format(meeting=record.name, day=format_date(d.end_date))
            )
        end = datetime.combine(date(2000, 1, 3), d.start_time) + timedelta(
            minutes=d.duration_minutes
        )
        types = list(d.formats)
        language_type = LANGUAGE_TYPES.get(d.language.strip().lower())
        if language_type and language_type not in types and d.language.lower() != "en":
            types.append(language_type)
        texts: dict[str, str] = {
            "name": d.name,
            "location": d.location.name,
            "formatted_address": d.location.address,
            "location_notes": location_notes(d.location),
            "notes": notes,
            "group": group.name,
            "conference_url_notes": d.online.url_notes,
            "conference_phone_notes": d.online.phone_notes,
            "region": d.location.region,
            "sub_region": d.location.sub_region,
        }
        for key, value in texts.items():
            value, had_html = plain_text(value)
            value, had_name = _hide_last_names(value, last_names)
            if had_name:
                warnings.append(
                    _(
                        "A member's last name was in the {field} of '{meeting}'; the meeting "
                        "list shows only its initial."
                    ).format(field=_field(key), meeting=record.name)
                )
            if had_html:
                warnings.append(
                    _("HTML was taken out of the {field} of '{meeting}'.").format(
                        field=_field(key), meeting=record.name
                    )
                )
            texts[key] = value
        if d.online.attendance is Attendance.ONLINE and not d.location.address.strip():
            warnings.append(
                _(
                    "'{meeting}' is online only and has no address: the Meeting Guide app "
                    "shows meetings near a place, so give it the town or city it comes from "
                    "as its address."
                ).format(meeting=record.name)
            )
        for slug, weekdays in _slugged_days(d.slugs, d.repeat.weekdays, group.uid, record.id):
            if slug in used:  # two series holding one slug (a list imported twice)
                slug = our_slug(group.uid, record.id, weekdays[0])
            used.add(slug)
            day = [spec_day(w) for w in weekdays]
            entry: dict[str, Any] = {
                "name": texts["name"],
                "slug": slug,
                "day": day[0] if len(day) == 1 else day,
                "time": f"{d.start_time:%H:%M}",
                "end_time": f"{end:%H:%M}",
                "timezone": group.timezone,
                "types": list(sort_codes(types)),
            }
            for key in ("location", "formatted_address", "location_notes", "notes"):
                if texts[key]:
                    entry[key] = texts[key]
            entry["attendance_option"] = d.online.attendance.value
            for key, value in (
                ("conference_url", d.online.url),
                ("conference_url_notes", texts["conference_url_notes"]),
                ("conference_phone", d.online.phone),
                ("conference_phone_notes", texts["conference_phone_notes"]),
                ("region", texts["region"]),
                ("sub_region", texts["sub_region"]),
            ):
                if value and (d.online.joins_online or key.endswith("region")):
                    entry[key] = value
            if d.location.latitude is not None and d.location.longitude is not None:
                entry["latitude"] = d.location.latitude
                entry["longitude"] = d.location.longitude
            entry["group"] = texts["group"]
            entry.update(contact)
            entry["updated"] = _utc_text(record.updated_at)
            entries.append(entry)
    return FeedExport(tuple(entries), tuple(warnings))


def _slugged_days(
    kept: tuple[tuple[int, str], ...], weekdays: tuple[int, ...], uid: str, series_id: int
) -> list[tuple[str, list[int]]]:
    """Each entry's slug and weekdays: one entry per weekday, except where the list gave
    one slug to several days (the spec's day array), which go back as they came."""
    slugs = dict(kept)
    days = sorted(weekdays, key=spec_day)
    out: dict[str, list[int]] = {}
    for weekday in days:
        mine = our_slug(uid, series_id, weekday if len(days) > 1 else None)
        out.setdefault(slugs.get(weekday) or mine, []).append(weekday)
    return list(out.items())


def _utc_text(when: datetime) -> str:
    """An aware time as the spec's UTC "YYYY-MM-DD HH:MM:SS"."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def write_feed(entries: Sequence[dict[str, Any]], out: Path) -> Path:
    def write(tmp: Path) -> None:
        text = json.dumps(list(entries), ensure_ascii=False, indent=2)
        tmp.write_text(text + "\n", encoding="utf-8")

    return write_whole(out, write, _("meeting list"))


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class RowWarning:
    row: int  # 1-based position in the file
    name: str
    text: str

    def __str__(self) -> str:
        if self.name:
            text = _("Meeting {row} ('{name}'): {text}")
        else:
            text = _("Meeting {row} (a meeting with no name): {text}")
        return text.format(row=self.row, name=self.name, text=self.text)


@dataclass(frozen=True)
class FeedMeeting:
    """One meeting of a feed file, read and cleaned, ready to become a series."""

    rows: tuple[int, ...]
    name: str
    weekdays: tuple[int, ...]  # 0 = Monday, as everywhere else in GroupKeeper
    start: time
    minutes: int
    location: Location
    types: tuple[str, ...]
    notes: str
    group: str
    language: str = ""
    updated: datetime | None = None
    repeat: Repeat | None = None  # from our own "Not weekly:" line
    first: date | None = None  # the next date it gives, for every-other-week series
    online: Online = field(default_factory=Online)
    slugs: tuple[tuple[int, str], ...] = ()  # (weekday, the list's slug for it)

    @property
    def when(self) -> str:
        """ "Sun, Wed 19:00": its days in the person's words, and its time as the spec has it."""
        names = babel_locale(current()).days["stand-alone"]["abbreviated"]
        days = ", ".join(str(names[d]) for d in sorted(self.weekdays, key=spec_day))
        return f"{days} {self.start:%H:%M}"

    def matches(self, words: str) -> bool:
        """Whether every word of ``words`` is in its name, group, location or address."""
        hay = " ".join(
            (self.name, self.group, self.location.name, self.location.address)
        ).casefold()
        return all(w in hay for w in words.casefold().split())

    def series_input(self, today: date, language: str) -> SeriesInput:
        repeat = self.repeat or Repeat(RepeatKind.WEEKLY, 1, self.weekdays)
        start = self.first or today
        rrule = to_rrule(repeat)
        upcoming = next_dates(rrule, start, None, start, 1)
        return SeriesInput(
            name=self.name,
            repeat=repeat,
            start_date=upcoming[0] if upcoming else start,
            start_time=self.start,
            duration_minutes=self.minutes,
            location=self.location,
            formats=self.types,
            language=self.language or language,
            notes=self.notes,
            online=self.online,
            slugs=self.slugs,
        )


@dataclass(frozen=True)
class Feed:
    meetings: tuple[FeedMeeting, ...]
    warnings: tuple[RowWarning, ...]
    entries: int  # entries in the file, read or not
    zones: tuple[str, ...] = field(default=())  # the time zones it names
    remarks: tuple[str, ...] = ()  # what the whole list gives that is kept differently

    def groups(self) -> list[str]:
        return sorted({m.group for m in self.meetings if m.group}, key=str.casefold)


_CLOCK = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp]\.?\s*[Mm]\.?)?\s*$")


def _clock(value: Any) -> tuple[time | None, bool]:
    """An "HH:MM" time; and whether it had to be read leniently ("7:00 PM", "7:00:00")."""
    if not isinstance(value, str):
        return None, False
    found = _CLOCK.match(value)
    if not found:
        return None, False
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    half = found.group(4)
    if half:
        if not 1 <= hour <= 12:
            return None, False
        hour = hour % 12 + (12 if half.strip().lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None, False
    strict = bool(re.fullmatch(r"\d{2}:\d{2}", value))
    return time(hour, minute), not strict


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if value is None:
        return ""
    if isinstance(value, bool):  # JSON true/false where text belongs: nothing to show
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    return value if isinstance(value, str) else ""


def _days(value: Any) -> tuple[int, ...] | None:
    """The spec's day (an integer 0-6, or a list of them; digits as text are forgiven)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item.strip())
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= 6:
            return None
        out.append(python_weekday(item))
    return tuple(sorted(set(out))) or None


def _types(value: Any, note: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        note.append(
            _("its types were one text ('{text}'), not a list; read as a list.").format(
                text=value[:40]
            )
        )
        value = re.split(r"[\s,;]+", value)
    if not isinstance(value, list):
        note.append(_("its types were not a list and were left out."))
        return ()
    codes, bad = [], []
    for item in value:
        code = str(item).strip() if isinstance(item, str | int) else ""
        if code and len(code) <= 16 and code.replace("-", "").isalnum():
            codes.append(code)
        elif code or not isinstance(item, str | int):
            bad.append(str(item)[:20])
    if bad:
        codes_text = ", ".join(bad[:10])
        if len(bad) > 10:
            note.append(
                ngettext(
                    "types that are not codes were left out: {codes} and {n} more.",
                    "types that are not codes were left out: {codes} and {n} more.",
                    len(bad) - 10,
                ).format(codes=codes_text, n=f"{len(bad) - 10:,}")
            )
        else:
            note.append(
                _("types that are not codes were left out: {codes}.").format(codes=codes_text)
            )
    return tuple(dict.fromkeys(codes))


def _address(entry: dict[str, Any], note: list[str]) -> str:
    formatted = _text(entry, "formatted_address").strip()
    if formatted:
        return formatted
    parts = [_text(entry, k).strip() for k in ("address", "city")]
    region = " ".join(p for p in (_text(entry, "state"), _text(entry, "postal_code")) if p.strip())
    parts += [region.strip(), _text(entry, "country").strip()]
    joined = ", ".join(p for p in parts if p)
    if len(joined) > MAX_FIELD:
        note.append(_("its address was cut to {most} characters.").format(most=f"{MAX_FIELD:,}"))
    return joined[:MAX_FIELD]


def _location(entry: dict[str, Any], note: list[str]) -> Location:
    notes, had_html = plain_text(_text(entry, "location_notes"))
    found = dict.fromkeys(_LABELS, "")
    other = []
    for line in notes.splitlines():
        label, sep, rest = line.partition(": ")
        if sep and label in found and not found[label]:
            found[label] = rest.strip()
        elif line.strip():
            other.append(line.strip())
    directions = "\n".join(x for x in (found["Directions"], *other) if x)
    name, html_name = plain_text(_text(entry, "location"))
    address, html_address = plain_text(_address(entry, note))
    if had_html or html_name or html_address:
        note.append(_("HTML was taken out of its location."))
    room, accessibility = found["Room"][:200], found["Accessibility"]
    place = Location(name[:200], address, room, directions, accessibility)
    if location_notes(place) != notes:
        note.append(
            _(
                "its location notes were read as a room, directions and accessibility, and "
                "will go back to the list in that order."
            )
        )
    latitude: float | None = None
    longitude: float | None = None
    if "latitude" in entry or "longitude" in entry:
        latitude = _degrees(entry.get("latitude"), 90)
        longitude = _degrees(entry.get("longitude"), 180)
    if (latitude is None) != (longitude is None) or (
        latitude is None and (entry.get("latitude") or entry.get("longitude"))
    ):
        note.append(_("its latitude and longitude were not a place on the map; left out."))
        latitude = longitude = None
    region, sub_region = _regions(entry, note)
    return Location(
        place.name, address, room, directions, accessibility, latitude, longitude, region,
        sub_region,
    )  # fmt: skip


def _degrees(value: Any, most: int) -> float | None:
    """A latitude or longitude (a number, or one as text), to the spec's five places."""
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or not -most <= value <= most:  # NaN, or off the globe
        return None
    return round(float(value), 5)


def _regions(entry: dict[str, Any], note: list[str]) -> tuple[str, str]:
    if "region" not in entry and "sub_region" not in entry and "regions" not in entry:
        return "", ""
    region, _h1 = plain_text(_text(entry, "region"))
    sub_region, _h2 = plain_text(_text(entry, "sub_region"))
    many = entry.get("regions")
    if not region and isinstance(many, list):
        names = [plain_text(r)[0] for r in many if isinstance(r, str) and r.strip()][:10]
        if names:
            region, sub_region = names[0], " > ".join(names[1:])
            if len(names) > 2:
                note.append(
                    _("its regions were kept as the region {region} and sub-region {sub}.").format(
                        region=region, sub=sub_region
                    )
                )
            else:
                note.append(_("its regions were kept as a region and a sub-region."))
    return region[:200], sub_region[:200]


# Fields the spec defines for the group behind a meeting, which GroupKeeper does not take from
# a list: its own group keeps its contact in its settings, and pays no one through a file.
_NOT_KEPT = {
    "group_notes": N_("group notes"),
    "email": N_("email"),
    "phone": N_("phone"),
    "website": N_("website"),
    "contact_1_email": N_("contact 1"),
    "contact_1_phone": N_("contact 1"),
    "venmo": N_("Venmo"),
    "square": N_("Square"),
    "paypal": N_("PayPal"),
    "homegroup_online": N_("Homegroup Online"),
    "approximate": N_("approximate address"),
    "contact_1_name": N_("contact 1"),
    "contact_2_name": N_("contact 2"),
    "contact_3_name": N_("contact 3"),
}


_ATTENDANCE = {a.value: a for a in Attendance}
_ONLINE_KEYS = frozenset((
    "conference_url", "conference_phone", "conference_url_notes", "conference_phone_notes",
    "attendance_option",
))  # fmt: skip
_IN_PERSON = Online()


def _online(entry: dict[str, Any], types: tuple[str, ...], note: list[str]) -> Online:
    """How people join, from ``attendance_option`` or, where a list has none, as 12 Step
    Meeting List reads it: a link or dial-in makes a meeting online, or hybrid if it also has
    a street address; "TC" (location temporarily closed) makes it online only."""
    if ONLINE_TYPE not in types and not _ONLINE_KEYS & entry.keys():
        return _IN_PERSON  # most of a list: nothing to read
    url, _h = plain_text(_text(entry, "conference_url"))
    phone, _h = plain_text(_text(entry, "conference_phone"))
    url_notes, _h = plain_text(_text(entry, "conference_url_notes"))
    phone_notes, _h = plain_text(_text(entry, "conference_phone_notes"))
    if url and not link_ok(url):
        note.append(
            _("its meeting link ('{link}') is not a web link; left out.").format(link=url[:60])
        )
        url = ""
    if phone and not dial_ok(phone):
        note.append(
            _("its dial-in number ('{phone}') is not a phone number; left out.").format(
                phone=phone[:40]
            )
        )
        phone = ""
    given = _text(entry, "attendance_option").strip().lower()
    if given in _ATTENDANCE:
        attendance = _ATTENDANCE[given]
    elif url or phone:
        street = bool(_text(entry, "formatted_address").strip() or _text(entry, "address").strip())
        attendance = Attendance.HYBRID if street and "TC" not in types else Attendance.ONLINE
    else:
        attendance = Attendance.IN_PERSON
        if given == "inactive" or ONLINE_TYPE in types:
            note.append(
                _(
                    "the list says it meets online but gives no link or dial-in number; "
                    "imported as meeting in person."
                )
            )
    if attendance is not Attendance.IN_PERSON and not (url or phone):
        note.append(
            _(
                "the list says it meets online but gives no link or dial-in number; "
                "imported as meeting in person."
            )
        )
        attendance = Attendance.IN_PERSON
    return Online(attendance, url, url_notes, phone, phone_notes)


def _slug(entry: dict[str, Any]) -> str:
    value = entry.get("slug")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    value = value.strip()
    return value if 0 < len(value) <= 200 and value.isprintable() and " " not in value else ""


_STAMP = re.compile(r"\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})")


def _updated(value: Any) -> datetime | None:
    """The spec's UTC "YYYY-MM-DD HH:MM:SS", as an aware time (not strptime: a tenth of a
    second over a 5,000-meeting list, for the locale look-up it does each time)."""
    if not isinstance(value, str) or not (found := _STAMP.match(value)):
        return None
    try:
        return datetime.fromisoformat(found.group(1)).replace(tzinfo=UTC)
    except ValueError:
        return None


# Texts kept whole up to MAX_FIELD, cut there with a warning.
_LONG_TEXTS = (
    "notes", "location_notes", "formatted_address", "address", "city", "state", "postal_code",
    "country", "conference_url_notes", "conference_phone_notes",
)  # fmt: skip
# Texts cut much shorter later (a name to 200 characters, with its own warning): cut at
# MAX_FIELD first, so nothing after reads megabytes.
_SHORT_TEXTS = (
    "name", "location", "group", "region", "sub_region", "conference_url", "conference_phone",
    "slug", "attendance_option",
)  # fmt: skip
_WORDS = ("time", "end_time", "updated", "timezone")  # read only when they are strings


_CAPPED = frozenset((*_LONG_TEXTS, *_SHORT_TEXTS, *_WORDS))


def _capped(entry: dict[str, Any], note: list[str]) -> dict[str, Any]:
    """The entry with each text at most MAX_FIELD characters long (a list where a text
    belongs is read as one text first); cutting a long text is said in ``note``."""
    out = dict(entry)
    for key, value in entry.items():  # the entry's own keys: fewer than the capped ones
        if key not in _CAPPED:
            continue
        if isinstance(value, list) and key not in _WORDS:
            value = out[key] = _text(out, key)
        if isinstance(value, str) and len(value) > MAX_FIELD:
            if key in _LONG_TEXTS:
                note.append(
                    _("its {field} was cut to {most} characters.").format(
                        field=_field(key), most=f"{MAX_FIELD:,}"
                    )
                )
            out[key] = value[:MAX_FIELD]
    return out


def _read_entry(row: int, entry: Any) -> tuple[FeedMeeting | None, list[RowWarning]]:
    if not isinstance(entry, dict):
        return None, [RowWarning(row, "", _("it is not a meeting (not a set of fields); skipped."))]
    note: list[str] = []
    entry = _capped(entry, note)
    raw_name = _text(entry, "name")
    name, html_in_name = plain_text(raw_name)
    skip = ""
    if not name:
        skip = _("it has no name; skipped.")
    days = _days(entry.get("day"))
    start, lenient = _clock(entry.get("time"))
    if not skip and entry.get("day") is None and entry.get("time") is None:
        skip = _("it has no day or time (a meeting by appointment); skipped.")
    elif not skip and days is None:
        skip = _("its day ({day}) is not 0 (Sunday) to 6 (Saturday); skipped.").format(
            day=str(entry.get("day"))[:20]
        )
    elif not skip and start is None:
        skip = _("its time ('{time}') is not a time like 19:00; skipped.").format(
            time=str(entry.get("time"))[:20]
        )
    if skip:
        return None, [RowWarning(row, name[:80], skip)]
    assert days is not None and start is not None
    if lenient:
        note.append(
            _("its time '{given}' was read as {time}.").format(
                given=entry.get("time"), time=f"{start:%H:%M}"
            )
        )
    if html_in_name:
        note.append(_("HTML was taken out of its name."))
    if len(name) > 200:
        name = name[:200].rstrip()
        note.append(_("its name was cut to 200 characters."))
    minutes = DEFAULT_MINUTES
    if entry.get("end_time") not in (None, ""):
        end, end_lenient = _clock(entry.get("end_time"))
        if end is None:
            note.append(
                _("its end time ('{time}') was not a time; it is taken to last an hour.").format(
                    time=str(entry.get("end_time"))[:20]
                )
            )
        else:
            span = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
            if 5 <= span <= service.MAX_DURATION:
                minutes = span
            else:
                note.append(_("its end time does not fit its start; it is taken to last an hour."))
            if end_lenient:
                note.append(
                    _("its end time '{given}' was read as {time}.").format(
                        given=entry.get("end_time"), time=f"{end:%H:%M}"
                    )
                )
    types = _types(entry.get("types"), note)
    online = _online(entry, types, note)
    types = tuple(t for t in types if t != ONLINE_TYPE)  # said by ``online`` now
    notes, html_in_notes = plain_text(_text(entry, "notes"))
    if html_in_notes:
        note.append(_("HTML was taken out of its notes."))
    location = _location(entry, note)
    language = next(
        (lang for lang, code in LANGUAGE_TYPES.items() if code in types and lang != "en"), ""
    )
    group, _had_html = plain_text(_text(entry, "group"))
    given = _NOT_KEPT.keys() & entry.keys()  # most lists give none of them
    left = (
        []
        if not given
        else list(
            dict.fromkeys(
                _(_NOT_KEPT[k]) for k in _NOT_KEPT if k in given and _text(entry, k).strip()
            )
        )
    )
    if left:
        note.append(
            _(
                "not kept, as GroupKeeper keeps the group's own contact in its settings: {fields}."
            ).format(fields=", ".join(left))
        )
    slug = _slug(entry)
    meeting = FeedMeeting(
        (row,), name, days, start, minutes, location, types, notes, group[:200], language,
        _updated(entry.get("updated")), online=online,
        slugs=tuple((d, slug) for d in days) if slug else (),
    )  # fmt: skip
    warnings = [RowWarning(row, name[:80], text) for text in note]
    return meeting, warnings


def _merge(meetings: Iterable[FeedMeeting]) -> list[FeedMeeting]:
    """Entries alike in all but their day become one meeting on several weekdays."""
    merged: dict[tuple[Any, ...], FeedMeeting] = {}
    for m in meetings:
        key = (
            m.name, m.start, m.minutes, m.location, m.types, m.notes, m.group, m.language,
            m.online,
        )  # fmt: skip
        seen = merged.get(key)
        if seen is None:
            merged[key] = m
        else:
            merged[key] = replace(
                seen,
                rows=seen.rows + m.rows,
                weekdays=tuple(sorted(set(seen.weekdays) | set(m.weekdays))),
                slugs=tuple(sorted((dict(m.slugs) | dict(seen.slugs)).items())),
                updated=max((u for u in (seen.updated, m.updated) if u), default=None),
            )
    return list(merged.values())


def _candidates(weekdays: tuple[int, ...]) -> Iterable[Repeat]:
    for interval in range(2, 53):
        yield Repeat(RepeatKind.WEEKLY, interval, weekdays)
    for interval in range(1, 13):
        yield Repeat(RepeatKind.MONTHLY_LAST, interval, weekdays)
        for mask in range(1, 32):
            nths = tuple(n for n in range(1, 6) if mask & (1 << (n - 1)))
            yield Repeat(RepeatKind.MONTHLY_NTH, interval, weekdays, nths)


_NEXT = re.compile(r" \(next on (\d{4}-\d{2}-\d{2})\)$")


def _our_rule(m: FeedMeeting) -> FeedMeeting:
    """Our own "Not weekly: ..." first line of the notes, back into the rule it describes."""
    first_line, _sep, rest = m.notes.partition("\n")
    if not first_line.startswith(NOT_WEEKLY) or not first_line.endswith("."):
        return m
    words = first_line[len(NOT_WEEKLY) : -1]
    first = None
    if found := _NEXT.search(words):
        words = words[: found.start()]
        try:
            first = date.fromisoformat(found.group(1))
        except ValueError:
            return m
    for repeat in _candidates(m.weekdays):
        if describe(repeat, date(2000, 1, 1)) == words:
            # The line only said what the rule now says: the notes are the series' own again.
            return replace(m, repeat=repeat, first=first, notes=rest)
    return m


MEETING_LIST = N_("a meeting list")  # what a file should be, for untrusted's messages


def read_feed(raw: bytes, name: str | None = None) -> Feed:
    """Read a feed file's bytes (``name``: the file's, for the messages); a file that is not a
    meeting list at all raises GroupKeeperError with what is wrong, and what to do."""
    if name is None:
        name = _("the file")
    if len(raw) > MAX_BYTES:
        raise too_big(name, len(raw), MAX_BYTES, _(MEETING_LIST))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise GroupKeeperError(
            _(
                "{name} is not a text file, so it cannot be a meeting list. "
                "Choose the .json file the intergroup's website gives."
            ).format(name=name)
        ) from None
    except json.JSONDecodeError as exc:
        raise GroupKeeperError(
            _(
                "{name} is not a readable meeting list: its JSON is broken at line {line}, "
                "column {column} ({reason}). Download or save it again."
            ).format(name=name, line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except RecursionError:
        raise GroupKeeperError(
            _("{name} is nested too deeply to be a meeting list.").format(name=name)
        ) from None
    if isinstance(data, dict) and isinstance(data.get("meetings"), list):
        data = data["meetings"]  # some sites wrap the list; forgive it
    if not isinstance(data, list):
        raise GroupKeeperError(
            _(
                "{name} is JSON but not a meeting list: a Meeting Guide file is a list of "
                "meetings ([{{...}}, {{...}}]). Check it is the meeting feed and not another file."
            ).format(name=name)
        )
    if len(data) > MAX_MEETINGS:
        raise GroupKeeperError(
            _(
                "{name} lists {n} meetings, more than GroupKeeper reads at once ({most}). "
                "Ask the intergroup for its local list."
            ).format(name=name, n=f"{len(data):,}", most=f"{MAX_MEETINGS:,}")
        )
    meetings: list[FeedMeeting] = []
    warnings: list[RowWarning] = []
    zones: set[str] = set()
    for row, entry in enumerate(data, 1):
        meeting, notes = _read_entry(row, entry)
        warnings += notes
        if meeting is not None:
            meetings.append(meeting)
            zone = entry.get("timezone")
            if isinstance(zone, str) and zone.strip() and len(zone.strip()) <= MAX_ZONE:
                zones.add(zone.strip())
    if data and not meetings:
        raise GroupKeeperError(
            _(
                "None of the {n} entries in {name} is a meeting GroupKeeper can read "
                "(first problem: {problem}). Check it is a Meeting Guide meeting list."
            ).format(
                n=f"{len(data):,}",
                name=name,
                problem=warnings[0].text if warnings else _("unknown"),
            )
        )
    merged = [_our_rule(m) for m in _merge(meetings)]
    keys = {k for entry in data if isinstance(entry, dict) for k in entry}
    return Feed(tuple(merged), tuple(warnings), len(data), tuple(sorted(zones)), _remarks(keys))


_PARTS = ("address", "city", "state", "postal_code", "country")
_LISTING = (
    "url", "edit_url", "feedback_url", "feedback_emails", "entity", "entity_email",
    "entity_location", "entity_logo", "entity_phone", "entity_url", "entity_website_url",
)  # fmt: skip


def _remarks(keys: set[str]) -> tuple[str, ...]:
    """What the list as a whole gives that GroupKeeper keeps in another shape, said once."""
    out = []
    if keys.intersection(_PARTS):
        out.append(
            _(
                "Addresses given in parts (street, city, state, postal code, country) are kept "
                "as one line, and go back to a meeting list as one formatted address."
            )
        )
    if keys.intersection(_LISTING):
        out.append(
            _(
                "The list's own details (its web page for each meeting, its feedback address, "
                "the intergroup's name and logo) stay with the intergroup: a list GroupKeeper "
                "writes leaves them for the intergroup's site to add."
            )
        )
    return tuple(out)


def read_feed_file(path: Path) -> Feed:
    """Read a meeting list file: one that is not an ordinary file (a pipe, a device) or is
    over MAX_BYTES is refused before a byte of it is read."""
    path = Path(path)
    return read_feed(read_regular_file(path, MAX_BYTES, _(MEETING_LIST)), path.name)


def name_key(text: str) -> str:
    """A name as compared: spaces folded, case ignored."""
    return " ".join(text.split()).casefold()


def choose_group(feed: Feed, group: str) -> list[FeedMeeting]:
    """The meetings of one group (by the feed's group name, else its location name)."""
    want = name_key(group)
    chosen = [m for m in feed.meetings if name_key(m.group) == want]
    if not chosen:
        chosen = [m for m in feed.meetings if name_key(m.location.name) == want]
    if chosen:
        return chosen
    import difflib

    names = feed.groups() or sorted({m.location.name for m in feed.meetings if m.location.name})
    close = difflib.get_close_matches(group, names, n=3, cutoff=0.5)
    message = _("No group or place in the meeting list is called '{group}'.").format(group=group)
    if len(close) == 1:
        message += " " + _('Did you mean "{a}"?').format(a=close[0])
    elif len(close) == 2:
        message += " " + _('Did you mean "{a}" or "{b}"?').format(a=close[0], b=close[1])
    elif close:
        message += " " + _('Did you mean "{a}" or "{b}" or "{c}"?').format(
            a=close[0], b=close[1], c=close[2]
        )
    raise GroupKeeperError(message)


# ---------------------------------------------------------------- into the group file


@dataclass(frozen=True)
class Plan:
    """What importing the chosen meetings will do, worked out before anything is written."""

    inputs: tuple[tuple[SeriesInput, datetime | None], ...]
    already: tuple[str, ...]  # meetings the schedule already has (left alone)
    new_formats: tuple[str, ...]  # codes to add as group formats


@dataclass(frozen=True)
class Imported:
    series_ids: tuple[int, ...]
    already: tuple[str, ...]
    new_formats: tuple[str, ...]


def plan_import(session: Session, chosen: Sequence[FeedMeeting], today: date) -> Plan:
    group = require_group(session)
    existing = service.list_series(session)
    labels = service.format_labels(session)
    inputs: list[tuple[SeriesInput, datetime | None]] = []
    already: list[str] = []
    new_formats: dict[str, None] = {}
    for m in chosen:
        same = [
            r for r in existing
            if name_key(r.name) == name_key(m.name) and r.data.start_time == m.start
            and set(r.data.repeat.weekdays) & set(m.weekdays)
        ]  # fmt: skip
        if same:
            already.append(f"{m.name} ({m.when})")
            continue
        for code in m.types:
            if code not in labels:
                new_formats[code] = None
        inputs.append((m.series_input(today, group.language), m.updated))
    return Plan(tuple(inputs), tuple(already), tuple(new_formats))


def apply_import(session: Session, plan: Plan) -> Imported:
    """Write a plan in the caller's transaction: all of it, or (on an error) nothing."""
    for code in plan.new_formats:
        service.add_custom_format(session, code, code)
    ids: list[int] = []
    problems: list[str] = []
    for data, updated in plan.inputs:
        try:
            record = service.create_series(session, data)  # checks it before writing
        except ValidationError as exc:
            problems += [
                _("{meeting}: {problem}").format(meeting=data.name, problem=e) for e in exc.problems
            ]
            continue
        if updated is not None:
            service.set_updated(session, record.id, updated)
        ids.append(record.id)
    if problems:
        raise ValidationError(problems)
    return Imported(tuple(ids), plan.already, plan.new_formats)


def import_meetings(session: Session, chosen: Sequence[FeedMeeting], today: date) -> Imported:
    return apply_import(session, plan_import(session, chosen, today))


def zone_warning(feed: Feed, zone: str) -> str | None:
    other = [z for z in feed.zones if z != zone]
    if not other:
        return None
    return _(
        "The meeting list gives times in {zones}; this group file keeps {zone}. "
        "The times were kept as written."
    ).format(zones=", ".join(other[:3]), zone=zone)
