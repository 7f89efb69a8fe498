"""The parts of the meeting packet a group can leave out.

Kept apart from reportlab, like :mod:`~groupkeeper.export.paper`, so the command line and the
window can offer the parts without loading it; and apart from the registry, so the packet can
name its parts without importing the registry that imports the packet.
"""

from __future__ import annotations

import enum

from groupkeeper.i18n import _


class Part(enum.Enum):
    """The parts of the packet a group can leave out (the first page's heading stays)."""

    SERVING = "serving"
    TOPIC = "topic"
    SCRIPT = "script"
    AHEAD = "ahead"
    CRISIS = "crisis"

    @property
    def label(self) -> str:
        return {
            Part.SERVING: _("Who serves"),
            Part.TOPIC: _("Topic and announcements"),
            Part.SCRIPT: _("The meeting's format, with the readings"),
            Part.AHEAD: _("The next four weeks"),
            Part.CRISIS: _("Crisis lines and the confidentiality note"),
        }[self]
