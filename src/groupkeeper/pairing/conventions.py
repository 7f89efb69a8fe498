"""The group's pairing conventions: its own practice, which the matching engine follows.

Kept apart from ``matching.py`` so the group record and the Home view can read them without
loading the engine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from groupkeeper.i18n import _


class SameGender(enum.Enum):
    """The group's convention on pairing people of the same gender."""

    OFF = "off"
    PREFER = "prefer"
    REQUIRE = "require"

    @property
    def label(self) -> str:
        return {
            SameGender.OFF: _("No convention"),
            SameGender.PREFER: _("Prefer the same gender"),
            SameGender.REQUIRE: _("Only the same gender"),
        }[self]


@dataclass(frozen=True)
class Conventions:
    """The group's own practice, set in Settings; the engine only follows it."""

    same_gender: SameGender = SameGender.OFF
    min_months: int = 0  # minimum experience for a sponsor or mentor
    shared_language: bool = False  # a candidate must speak the language asked for
    checkin_days: int = 14  # how often an active pairing checks in (used by the service)
