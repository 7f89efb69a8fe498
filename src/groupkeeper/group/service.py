"""The group this file belongs to: reading and saving its name, kind, language, zone, contact
and service numbers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import String, func, select
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.contact import (
    GroupContact,
    contact_problems,
    one_line,
    printed_on_from,
    printed_on_text,
    service_problems,
    tidy_contact,
)
from groupkeeper.group.models import Group, GroupKind
from groupkeeper.i18n import N_, _


@dataclass(frozen=True)
class GroupInfo:
    name: str
    kind: GroupKind
    language: str
    timezone: str
    country: str = ""
    uid: str = ""  # set by the file; calendar exports name meetings with it
    contact: GroupContact = field(default_factory=GroupContact)  # prints where it says
    service_number: str = ""  # the fellowship's id for the group (GSO): printed nowhere
    district: str = ""  # its district, area or intergroup id: printed nowhere

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def tidy_group(info: GroupInfo) -> GroupInfo:
    """``info`` as it would be saved: the contact and service numbers on one line each, a
    bare website name made https://…."""
    return replace(
        info,
        contact=tidy_contact(info.contact),
        service_number=one_line(info.service_number),
        district=one_line(info.district),
    )


def validate_group(info: GroupInfo) -> list[str]:
    """Every problem with ``info`` once tidied, one plain line each."""
    info = tidy_group(info)
    problems = []
    if not info.name.strip():
        problems.append(_("Give the group a name."))
    elif len(info.name.strip()) > 200:
        problems.append(_("The group's name is too long (200 characters at most)."))
    if not known_zone(info.timezone):
        problems.append(
            _("'{zone}' is not a time zone GroupKeeper knows.").format(zone=info.timezone)
        )
    return (
        problems
        + contact_problems(info.contact)
        + service_problems(info.service_number, info.district)
    )


def local_zone_name() -> str:
    """This computer's time zone name, or UTC when it has none configured (the person can
    choose another)."""
    import zoneinfo

    try:
        import tzlocal

        name = str(tzlocal.get_localzone_name() or "")
    except Exception:
        name = ""
    return name if name in zoneinfo.available_timezones() else "UTC"


def known_zone(name: str) -> bool:
    """True when ``name`` is a time zone this computer's zone data has."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def save_group(session: Session, info: GroupInfo) -> GroupInfo:
    """Create the group record, or update it if the file has one; every setting in ``info``
    is saved, the contact and service numbers included."""
    info = tidy_group(info)
    problems = validate_group(info)
    if problems:
        raise ValidationError(problems)
    row = session.scalars(select(Group).limit(1)).first()
    if row is None:
        row = Group(created_at=datetime.now().replace(microsecond=0))
        session.add(row)
    row.name = info.name.strip()
    row.kind = info.kind
    row.language = info.language
    row.timezone = info.timezone
    row.country = info.country
    row.contact_phone = info.contact.phone
    row.contact_email = info.contact.email
    row.contact_website = info.contact.website
    row.contact_printed_on = printed_on_text(info.contact.printed_on)
    row.service_number = info.service_number
    row.district = info.district
    session.flush()
    return get_group(session) or info


_TEXTS = (
    "name", "language", "timezone", "country", "uid", "contact_phone", "contact_email",
    "contact_website", "contact_printed_on", "service_number", "district",
)  # fmt: skip


def _cut(column: Any) -> Any:
    """The column's text cut by SQLite to the column's length: a file from someone else may
    hold a name of 200 MB, and nothing after reading it should crawl (or copy it whole)."""
    assert isinstance(column.type, String) and column.type.length
    return func.substr(column, 1, column.type.length).label(column.name)


def get_group(session: Session) -> GroupInfo | None:
    # Core read: no ORM set-up needed just to show the group's name at start-up.
    c = Group.__table__.c
    row = session.execute(select(c.kind, *(_cut(c[n]) for n in _TEXTS)).limit(1)).first()
    if row is None:
        return None
    # Tidied as if typed: a file from someone else may hold escape sequences or line breaks.
    contact = GroupContact(
        row.contact_phone, row.contact_email, row.contact_website,
        printed_on_from(row.contact_printed_on),
    )  # fmt: skip
    info = GroupInfo(
        row.name, row.kind, row.language, row.timezone, row.country, row.uid, contact,
        row.service_number, row.district,
    )  # fmt: skip
    return tidy_group(info)


# Countries the welcome dialog offers: (code, name). The starter crisis lines follow it.
# The names are marked for the catalogue: show them as _(name).
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("CA", N_("Canada")),
    ("US", N_("United States")),
    ("", N_("Somewhere else")),
)

# Time zones used only in Canada; every other "America/..." zone below is the United States'.
_CANADA = frozenset((
    "St_Johns", "Halifax", "Glace_Bay", "Moncton", "Goose_Bay", "Toronto", "Nipigon",
    "Thunder_Bay", "Iqaluit", "Pangnirtung", "Atikokan", "Winnipeg", "Rainy_River", "Resolute",
    "Rankin_Inlet", "Regina", "Swift_Current", "Edmonton", "Cambridge_Bay", "Yellowknife",
    "Inuvik", "Creston", "Dawson_Creek", "Fort_Nelson", "Whitehorse", "Dawson", "Vancouver",
    "Blanc-Sablon", "Montreal",
))  # fmt: skip
_US = frozenset((
    "New_York", "Detroit", "Chicago", "Denver", "Phoenix", "Los_Angeles", "Anchorage", "Juneau",
    "Sitka", "Metlakatla", "Yakutat", "Nome", "Adak", "Boise", "Menominee",
))  # fmt: skip


def country_for_zone(zone: str) -> str:
    """A best guess at the country ("CA", "US" or "") from a time zone name."""
    area, _sep, place = zone.partition("/")
    if zone.startswith("Canada/") or (area == "America" and place in _CANADA):
        return "CA"
    if (
        zone.startswith(("US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/"))
        or (area == "America" and place in _US)
        or zone == "Pacific/Honolulu"
    ):
        return "US"
    return ""


def require_group(session: Session) -> GroupInfo:
    """The file's group, or a plain error for a file that has none yet."""
    group = get_group(session)
    if group is None:
        raise GroupKeeperError(_("This group file has no group yet. Open it in GroupKeeper first."))
    return group
