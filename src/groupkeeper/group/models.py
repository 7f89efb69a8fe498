"""The group record: one row naming the group, its kind, language and time zone."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, Enum, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from groupkeeper.group import contact as c
from groupkeeper.i18n import _, pgettext
from groupkeeper.pairing.conventions import SameGender
from groupkeeper.store.base import Base


class GroupKind(enum.Enum):
    TWELVE_STEP = "twelve_step"
    PEER_SUPPORT = "peer_support"
    FAMILY = "family"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            GroupKind.TWELVE_STEP: _("Twelve-step group"),
            GroupKind.PEER_SUPPORT: _("Peer support group"),
            GroupKind.FAMILY: _("Family or caregiver group"),
            GroupKind.OTHER: pgettext("group kind", "Other"),
        }[self]


# Languages offered by the welcome dialog: (code, name in that language / in English).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français (French)"),
    ("es", "Español (Spanish)"),
    ("uk", "Українська (Ukrainian)"),
    ("cr", "ᓀᐦᐃᔭᐍᐏᐣ (Cree)"),
    ("oj", "Anishinaabemowin (Ojibwe)"),
    ("pt", "Português (Portuguese)"),
    ("de", "Deutsch (German)"),
    ("pl", "Polski (Polish)"),
    ("ru", "Русский (Russian)"),
)


class Group(Base):
    __tablename__ = "group_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GroupKind] = mapped_column(Enum(GroupKind, native_enum=False, length=20))
    language: Mapped[str] = mapped_column(String(35))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column()
    # Roster: a newer facilitator always gets an experienced co-facilitator.
    pair_new_facilitators: Mapped[bool] = mapped_column(Boolean, default=False)
    # ISO 3166 code ("CA", "US") or "" for elsewhere: which crisis lines the library starts with.
    country: Mapped[str] = mapped_column(String(2), default="")
    # Pairing conventions (pairing/service.py): the group's own practice, none by default.
    same_gender: Mapped[SameGender] = mapped_column(
        Enum(SameGender, native_enum=False, length=20), default=SameGender.OFF
    )
    min_months: Mapped[int] = mapped_column(Integer, default=0)
    shared_language: Mapped[bool] = mapped_column(Boolean, default=False)
    checkin_days: Mapped[int] = mapped_column(Integer, default=14)
    # Never changes, even when the group is renamed: calendar UIDs are built from it.
    uid: Mapped[str] = mapped_column(String(36), default=lambda: uuid.uuid4().hex)
    # The public contact (group/contact.py), printed only on the papers in contact_printed_on
    # (ContactPlace values, comma-separated; "" is nowhere); and the fellowship's and the
    # intergroup's ids for the group, printed nowhere.
    contact_phone: Mapped[str] = mapped_column(String(c.PHONE_MAX), default="")
    contact_email: Mapped[str] = mapped_column(String(c.EMAIL_MAX), default="")
    contact_website: Mapped[str] = mapped_column(String(c.WEBSITE_MAX), default="")
    contact_printed_on: Mapped[str] = mapped_column(String(c.PRINTED_ON_MAX), default="")
    service_number: Mapped[str] = mapped_column(String(c.SERVICE_NUMBER_MAX), default="")
    district: Mapped[str] = mapped_column(String(c.DISTRICT_MAX), default="")
    # The starter crisis lines wait to be checked for the group's area: a task on Home until
    # someone says the numbers are right (never a note on paper).
    crisis_check_due: Mapped[bool] = mapped_column(Boolean, default=False)
