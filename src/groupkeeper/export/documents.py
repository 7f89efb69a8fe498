"""Every printable document behind one door, for the Export dialog: what each is called, which
options it takes (booklet, large print), how its data is read and how it is drawn.

``prepare`` reads from a session (the UI thread, quickly); ``render`` draws and needs no
database, so the window runs it in a worker for the saved PDF and for the preview alike.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.paper import Paper
from groupkeeper.export.parts import Part
from groupkeeper.schedule.occurrences import Occurrence

__all__ = ["Document", "Part", "Preview", "Request", "prepare", "preview", "render", "warnings"]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Document(enum.Enum):
    PACKET = "packet"
    SIGN_IN = "sign-in"
    PHONE_LIST = "phone-list"
    FLYER = "schedule"
    ROSTER = "roster"
    HANDOUT = "resources"
    PAIRINGS = "pairings"

    @property
    def label(self) -> str:
        return {
            Document.PACKET: "Meeting packet",
            Document.SIGN_IN: "Sign-in sheet",
            Document.PHONE_LIST: "Phone list",
            Document.FLYER: "Schedule flyer",
            Document.ROSTER: "Roster calendar",
            Document.HANDOUT: "Resource handout",
            Document.PAIRINGS: "Pairing list (confidential)",
        }[self]

    @property
    def about(self) -> str:
        return {
            Document.PACKET: (
                "Everything the facilitator needs for one meeting: who serves, the topic and "
                "announcements, the format with the readings in full, the next four weeks and "
                "the crisis lines."
            ),
            Document.SIGN_IN: "Blank lines to sign in, and the members' first names if you like.",
            Document.PHONE_LIST: (
                "Only the members who agreed to be on it. Every page says “please keep private”."
            ),
            Document.FLYER: "The meetings in a date range, the changed dates and a format legend.",
            Document.ROSTER: "One month to a landscape page: who serves at each meeting.",
            Document.HANDOUT: "The crisis-line page, readings, referral contacts and books.",
            Document.PAIRINGS: (
                "Active pairings, people waiting and who is willing. Every page says "
                "CONFIDENTIAL; private notes only when chosen."
            ),
        }[self]

    @property
    def booklet(self) -> bool:
        """Whether it can be folded into a half-letter booklet."""
        return self not in (Document.ROSTER, Document.PAIRINGS, Document.SIGN_IN)

    @property
    def large_print(self) -> bool:
        return self is not Document.ROSTER

    def file_name(self, group: str, when: date) -> str:
        stem = {
            Document.PACKET: f"{group} packet {when:%Y-%m-%d}",
            Document.SIGN_IN: f"{group} sign-in {when:%Y-%m-%d}",
            Document.PHONE_LIST: f"{group} phone list (private)",
            Document.FLYER: f"{group} schedule {when:%Y-%m-%d}",
            Document.ROSTER: f"{group} roster {when:%Y-%m-%d}",
            Document.HANDOUT: f"{group} resources",
            Document.PAIRINGS: f"{group} pairings (confidential)",
        }[self]
        return stem + ".pdf"


@dataclass(frozen=True)
class Request:
    """What to print and how: one document's options, from the dialog or a test."""

    document: Document
    paper: Paper = Paper.LETTER
    large: bool = False
    meeting: Occurrence | None = None  # packet (required) and sign-in (optional)
    first: date | None = None  # flyer and roster
    last: date | None = None
    parts: frozenset[str] = field(default_factory=frozenset)  # packet parts left out
    facilitator_note: bool = False
    names: bool = False  # sign-in
    blank: int = 20
    notes: bool = False  # pairing list
    ids: Sequence[int] | None = None  # handout: these items, or
    tag: str | None = None  # ... those with this tag, or the whole library
    crisis: bool = True

    def checked(self) -> Request:
        if self.paper.is_booklet and not self.document.booklet:
            raise GroupKeeperError(f"The {self.document.label.lower()} does not fold as a booklet.")
        if self.large and not self.document.large_print:
            raise GroupKeeperError(f"The {self.document.label.lower()} has no large print.")
        if self.document is Document.PACKET and self.meeting is None:
            raise GroupKeeperError("Choose the meeting to print the packet for.")
        return self


def prepare(s: Session, req: Request, today: date) -> Any:
    """Read what ``req`` prints; a problem a person can fix is a GroupKeeperError."""
    req.checked()
    doc = req.document
    if doc is Document.PACKET:
        from groupkeeper.export.packet import packet_data

        assert req.meeting is not None
        parts = frozenset(Part) - {Part(p) for p in req.parts}
        return packet_data(s, req.meeting, parts=parts, facilitator_note=req.facilitator_note)
    if doc is Document.SIGN_IN:
        from groupkeeper.export.sheets import sign_in_data

        return sign_in_data(s, req.meeting, names=req.names, blank=req.blank)
    if doc is Document.PHONE_LIST:
        from groupkeeper.export.sheets import phone_list_data

        return phone_list_data(s)
    if doc is Document.FLYER:
        from groupkeeper.export.flyer import flyer_data

        return flyer_data(s, req.first or today, req.last or today)
    if doc is Document.ROSTER:
        from groupkeeper.export.roster import roster_data

        return roster_data(s, req.first or today, req.last or today)
    if doc is Document.HANDOUT:
        from groupkeeper.export.resources import handout_data

        return handout_data(s, ids=req.ids, tag=req.tag, crisis_page=req.crisis)
    from groupkeeper.export.pairings import pairing_data

    return pairing_data(s, today, notes=req.notes)


def render(data: Any, req: Request, out: Path, printed: date | None = None) -> Path:
    """Draw what ``prepare`` read, to ``out``; written whole or not at all."""
    doc = req.document
    paper, large = req.paper, req.large
    if doc is Document.PACKET:
        from groupkeeper.export.packet import render_packet

        return render_packet(data, out, paper, printed, large)
    if doc is Document.SIGN_IN:
        from groupkeeper.export.sheets import render_sign_in

        return render_sign_in(data, out, paper, printed, large)
    if doc is Document.PHONE_LIST:
        from groupkeeper.export.sheets import render_phone_list

        return render_phone_list(data, out, paper, printed, large)
    if doc is Document.FLYER:
        from groupkeeper.export.flyer import render_flyer

        return render_flyer(data, out, paper, printed, large)
    if doc is Document.ROSTER:
        from groupkeeper.export.roster import render_roster

        return render_roster(data, out, paper, printed)
    if doc is Document.HANDOUT:
        from groupkeeper.export.resources import render_handout

        return render_handout(data, out, paper, printed, large)
    from groupkeeper.export.pairings import render_pairings

    return render_pairings(data, out, paper, printed, large)


def warnings(data: Any) -> tuple[str, ...]:
    """What the person should know about a document that printed anyway."""
    return tuple(getattr(data, "warnings", ()))


@dataclass(frozen=True)
class Preview:
    """The first page (or booklet sheet) as BGR pixels, and how many pages there are."""

    pixels: bytes
    width: int
    height: int
    stride: int
    pages: int


def preview(data: Any, req: Request, folder: Path, width: int = 360) -> Preview:
    """Draw the document into ``folder`` and rasterise its first page ``width`` pixels wide."""
    import pypdfium2

    out = render(data, req, folder / "preview.pdf")
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        page = pdf[0]
        scale = width / page.get_width()
        bitmap = page.render(scale=scale)
        pixels = bytes(bitmap.buffer)
        return Preview(pixels, bitmap.width, bitmap.height, bitmap.stride, len(pdf))
    finally:
        pdf.close()
