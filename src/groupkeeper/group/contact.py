"""The group's public contact (phone, email, website) and where it prints; its service numbers.

Every value is optional. The contact prints only on the papers the group ticks, none by
default: anonymity is the first promise, and a group's phone on the notice board is a choice.
The service numbers are the fellowship's and the intergroup's ids for the group, kept for their
change forms and printed nowhere.

A file from someone else may hold anything in these columns, so values are tidied the same
way when they are typed and when they are read back (control and format characters gone,
runs of spaces made one), and a value that does not pass :func:`contact_problems` is never
printed (:func:`printed_contact`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from groupkeeper.i18n import _

# Column lengths, which the checks below and the migration share.
PHONE_MAX = 30
EMAIL_MAX = 254  # RFC 5321's longest path
WEBSITE_MAX = 200
SERVICE_NUMBER_MAX = 40
DISTRICT_MAX = 80
PRINTED_ON_MAX = 60


class ContactPlace(enum.Enum):
    """The papers a group's contact may print on; each value is the document's ``export``
    command. Only papers meant for the public or newcomers: never the phone list, the roster
    or the pairings."""

    SCHEDULE = "schedule"
    RESOURCES = "resources"
    PACKET = "packet"
    MEETING_LIST = "meeting-guide"  # the intergroup's meeting list (Meeting Guide JSON)

    @property
    def label(self) -> str:
        return {
            ContactPlace.SCHEDULE: _("Schedule flyer"),
            ContactPlace.RESOURCES: _("Resource handout"),
            ContactPlace.PACKET: _("Meeting packet"),
            ContactPlace.MEETING_LIST: _("Meeting list (for the intergroup)"),
        }[self]


@dataclass(frozen=True)
class GroupContact:
    phone: str = ""
    email: str = ""
    website: str = ""  # kept as https://… (or http://…)
    printed_on: frozenset[ContactPlace] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.phone or self.email or self.website)


# Cc: controls (escape sequences, NUL, line breaks); Cf: format characters, among them the
# right-to-left override that would print a number backwards; Zl/Zp: line separators.
_HIDDEN = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs", "Co"))


def one_line(text: str) -> str:
    """``text`` with every control and format character gone and its spaces made single."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split())
    return " ".join(
        "".join(" " if unicodedata.category(ch) in _HIDDEN else ch for ch in text).split()
    )


def tidy_website(text: str) -> str:
    """A bare name (``elmfallshope.org``) becomes ``https://elmfallshope.org``; a scheme
    is written in small letters."""
    text = one_line(text)
    if not text:
        return ""
    scheme, sep, rest = text.partition("://")
    return f"{scheme.lower()}://{rest}" if sep else f"https://{text}"


def tidy_contact(contact: GroupContact) -> GroupContact:
    return replace(
        contact,
        phone=one_line(contact.phone),
        email=one_line(contact.email),
        website=tidy_website(contact.website),
    )


_PHONE = re.compile(r"\+?[0-9 ().\-]+", re.ASCII)
_PHONE_DIGITS = (3, 20)
_LABEL = re.compile(r"(?!-)[^\W_](?:[\w-]{0,61}[^\W_])?\Z")  # letters, digits, inner hyphens
_LOCAL = re.compile(r"[^\s@\"(),:;<>\[\\\]]{1,64}\Z")


def _is_domain(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    return (
        len(host) <= 253
        and len(labels) >= 2
        and all(_LABEL.match(label) for label in labels)
        and not labels[-1].isdigit()
    )


def _website_problem(website: str) -> str | None:
    if len(website) > WEBSITE_MAX:
        return _("The website is too long ({most} characters at most).").format(most=WEBSITE_MAX)
    scheme = website.partition("://")[0]
    if scheme not in ("http", "https"):
        return _(
            "The website should start with https:// or http://, or be a name such as example.org."
        )
    try:
        parts = urlsplit(website)
        _port = parts.port  # a port that is not a number raises here
    except ValueError:
        parts = None
    if (
        parts is None
        or " " in website
        or "@" in parts.netloc  # user:password@ hides the real address
        or not _is_domain(parts.hostname or "")
    ):
        return _("The website does not look like a web address, such as example.org.")
    return None


def contact_problems(contact: GroupContact) -> list[str]:
    """What is wrong with a tidied contact, one plain line each; nothing for empty values."""
    problems = []
    phone = contact.phone
    if phone:
        digits = sum(ch.isdigit() for ch in phone)
        if len(phone) > PHONE_MAX:
            problems.append(
                _("The phone number is too long ({most} characters at most).").format(
                    most=PHONE_MAX
                )
            )
        elif not _PHONE.fullmatch(phone) or not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            problems.append(
                _(
                    "The phone number should be digits, with spaces and + ( ) - . if you like, "
                    "such as +1 555-010-0100."
                )
            )
    email = contact.email
    if email:
        local, at, domain = email.rpartition("@")
        if len(email) > EMAIL_MAX:
            problems.append(
                _("The email address is too long ({most} characters at most).").format(
                    most=EMAIL_MAX
                )
            )
        elif not (at and _LOCAL.match(local) and _is_domain(domain)):
            problems.append(
                _("The email address does not look like one address, such as hope@example.org.")
            )
    if contact.website and (problem := _website_problem(contact.website)):
        problems.append(problem)
    return problems


def service_problems(service_number: str, district: str) -> list[str]:
    problems = []
    if len(service_number) > SERVICE_NUMBER_MAX:
        problems.append(
            _("The service number is too long ({most} characters at most).").format(
                most=SERVICE_NUMBER_MAX
            )
        )
    if len(district) > DISTRICT_MAX:
        problems.append(
            _("The district or intergroup is too long ({most} characters at most).").format(
                most=DISTRICT_MAX
            )
        )
    return problems


def printed_on_text(places: frozenset[ContactPlace]) -> str:
    """How the file keeps the places: their values, in the enum's order, comma-separated."""
    return ",".join(p.value for p in ContactPlace if p in places)


def printed_on_from(text: str) -> frozenset[ContactPlace]:
    """The places a file names; anything else in it is ignored."""
    known = {p.value: p for p in ContactPlace}
    return frozenset(known[v] for v in text.split(",") if v in known)


def usable(contact: GroupContact, place: ContactPlace) -> GroupContact:
    """The contact as it may go to ``place``: nothing unless the group chose that place, and
    each value tidied, or left out when it would not be accepted if typed (a file from
    someone else may hold anything)."""
    if place not in contact.printed_on:
        return GroupContact()
    c = tidy_contact(contact)
    return GroupContact(
        "" if contact_problems(GroupContact(phone=c.phone)) else c.phone,
        "" if contact_problems(GroupContact(email=c.email)) else c.email,
        "" if contact_problems(GroupContact(website=c.website)) else c.website,
        c.printed_on,
    )


def listed_contact(contact: GroupContact, group_name: str) -> dict[str, str]:
    """The contact as the meeting list's first contact (the spec's ``contact_1_*``, named for
    the group, never a person), when the group ticked the meeting list. The spec has no field
    for a group's website."""
    c = usable(contact, ContactPlace.MEETING_LIST)
    found = {k: v for k, v in (("contact_1_email", c.email), ("contact_1_phone", c.phone)) if v}
    return {"contact_1_name": group_name, **found} if found else {}


def printed_contact(contact: GroupContact, place: ContactPlace) -> tuple[tuple[str, str], ...]:
    """The lines to print on ``place`` ((label, value), such as ("Phone", "555-0100")), as
    :func:`usable` allows. The labels are in the language in force."""
    c = usable(contact, place)
    website = c.website.removeprefix("https://").rstrip("/")  # what a browser assumes anyway
    lines = ((_("Phone"), c.phone), (_("Email"), c.email), (_("Website"), website))
    return tuple((label, value) for label, value in lines if value)
