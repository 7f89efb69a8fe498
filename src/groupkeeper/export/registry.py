"""Every printable document, described once: its name, its words, its options, how its data is
read and how it is drawn. The command line's ``export <document>`` commands and the Export
dialog are both built from :class:`Document`, so a new document is one more member here.

A spec's options say what a person can choose, in terms neither of argparse nor of Qt: the
command line (cli.py) turns each kind of option into arguments, the dialog (ui/export) into
widgets, and both turn the choices into one :class:`Request`. Words that differ from one
document to the next (a check box's text, a switch's help) live in the spec; words that belong
to a kind of option ("From:", ``--from``) live with the code that shows that kind.

``prepare`` reads from a session; ``render`` draws and needs no database, so it can run on any
thread, and with a page limit draws only the first pages (the preview). Nothing here loads
reportlab until a document is prepared or drawn: the window and every headless command import
this module.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.paper import Paper
from groupkeeper.export.parts import Part
from groupkeeper.files import name_part
from groupkeeper.i18n import N_, _, ngettext
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.untrusted import shown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from groupkeeper.export.flyer import FlyerData
    from groupkeeper.export.packet import PacketData
    from groupkeeper.export.pairings import PairingList
    from groupkeeper.export.resources import HandoutData
    from groupkeeper.export.roster import RosterData
    from groupkeeper.export.sheets import PhoneList, SignInData
    from groupkeeper.export.styles import PageLimit

SPAN_DAYS = 91  # a date range not given runs three months


# ---------------------------------------------------------------------- the kinds of option


@dataclass(frozen=True)
class MeetingChoice:
    """Which meeting: the dialog lists the coming meetings, the command line takes ``--date``
    (a date or "next"), and ``--series`` or ``--time`` for a day with more than one meeting.
    Sets ``Request.meeting``."""

    required: bool
    help: str  # the command line's
    none_coming: str = ""  # the dialog's problem when one is required and none is coming


@dataclass(frozen=True)
class LeaveOut:
    """The packet's parts: a check box each, or ``--leave-out PART``. Sets ``Request.parts``."""


@dataclass(frozen=True)
class Flag:
    """Yes or no: a check box, or a switch. Sets the Request field ``field``."""

    field: str
    label: str  # the dialog's check box, with its & shortcut
    switch: str  # the command line's
    help: str


@dataclass(frozen=True)
class Count:
    """A number from 0 to ``most``: a spin box, or ``switch N``. Sets the field ``field``."""

    field: str
    label: str  # the dialog's, with its & shortcut
    name: str  # its accessible name
    switch: str
    help: str
    default: int
    most: int


@dataclass(frozen=True)
class DateSpan:
    """From and to: two dates, or ``--from`` and ``--to``; SPAN_DAYS unless told. Sets
    ``Request.first`` and ``Request.last``."""


@dataclass(frozen=True)
class LibraryChoice:
    """The handout's items: the whole library, the items with one tag or those chosen in the
    library's list (``--tag`` on the command line); and whether the crisis-line page comes
    first (``--no-crisis-page``). Sets ``Request.ids``, ``tag`` and ``crisis``."""


Option = MeetingChoice | LeaveOut | Flag | Count | DateSpan | LibraryChoice


# ---------------------------------------------------------------------- the spec


@dataclass(frozen=True)
class DocumentSpec:
    """One printed document: what it is called, what a person can choose, how it is read and
    drawn, and what the command line says once it is saved."""

    command: str  # `groupkeeper export <command>`
    label: str  # the Export dialog's list and its messages
    about: str  # the line the dialog shows under it
    help: str  # the command line's line for it
    file_name: str  # the file offered for saving: str.format with `group` and `when`
    options: tuple[Option, ...]
    prepare: Callable[[Session, Request, date], Any]  # (session, request, today) -> data
    # (data, request, out, printed, limit): draws the PDF, or with a limit its first pages
    render: Callable[[Any, Request, Path, date | None, PageLimit | None], Path]
    said: Callable[[Any, Request, Path], str]  # the command line's line once it is saved
    booklet: bool = True  # folds into a half-letter booklet
    large_print: bool = True
    confidential: bool = False  # offered only to people who may see the pairings
    csv: Callable[[Any, Path], Path] | None = None  # also writes a spreadsheet, from `--out x.csv`


# ---------------------------------------------------------------------- each document
# The modules that draw import reportlab: each is loaded when its document is first printed.


def _packet_data(s: Session, req: Request, today: date) -> PacketData:
    from groupkeeper.export.packet import packet_data

    assert req.meeting is not None  # Request.checked
    parts = frozenset(Part) - {Part(p) for p in req.parts}
    return packet_data(s, req.meeting, parts=parts, facilitator_note=req.facilitator_note)


def _draw_packet(
    data: PacketData, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.packet import render_packet

    return render_packet(data, out, req.paper, printed, req.large, limit=limit)


def _packet_said(data: PacketData, req: Request, out: Path) -> str:
    assert req.meeting is not None
    day = f"{i18n.day_name(req.meeting.day.weekday(), short=True)} {req.meeting.day:%Y-%m-%d}"
    values = {"meeting": shown(data.meeting), "day": day, "out": shown(out)}
    if data.open_turns:
        return ngettext(
            "Saved the packet for {meeting} on {day}, {n} open turn, to {out}",
            "Saved the packet for {meeting} on {day}, {n} open turns, to {out}",
            data.open_turns,
        ).format(n=data.open_turns, **values)
    return _("Saved the packet for {meeting} on {day} to {out}").format(**values)


def _sign_in_data(s: Session, req: Request, today: date) -> SignInData:
    from groupkeeper.export.sheets import sign_in_data

    return sign_in_data(s, req.meeting, names=req.names, blank=req.blank)


def _draw_sign_in(
    data: SignInData, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.sheets import render_sign_in

    return render_sign_in(data, out, req.paper, printed, req.large, limit=limit)


def _sign_in_said(data: SignInData, req: Request, out: Path) -> str:
    names = ngettext("{n} name", "{n} names", len(data.names)).format(n=len(data.names))
    blank = ngettext("{n} blank line", "{n} blank lines", data.blank).format(n=data.blank)
    return _("Saved the sign-in sheet ({names}, {blank}) to {out}").format(
        names=names, blank=blank, out=shown(out)
    )


def _phone_list_data(s: Session, req: Request, today: date) -> PhoneList:
    from groupkeeper.export.sheets import phone_list_data

    return phone_list_data(s)


def _draw_phone_list(
    data: PhoneList, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.sheets import render_phone_list

    return render_phone_list(data, out, req.paper, printed, req.large, limit=limit)


def _phone_list_said(data: PhoneList, req: Request, out: Path) -> str:
    n = len(data.entries)
    return ngettext(
        "Saved the phone list ({n} member who agreed) to {out}. Please keep it private.",
        "Saved the phone list ({n} members who agreed) to {out}. Please keep it private.",
        n,
    ).format(n=n, out=shown(out))


def _flyer_data(s: Session, req: Request, today: date) -> FlyerData:
    from groupkeeper.export.flyer import flyer_data

    return flyer_data(s, req.first or today, req.last or today, qr=req.qr_links)


def _draw_flyer(
    data: FlyerData, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.flyer import render_flyer

    return render_flyer(data, out, req.paper, printed, req.large, limit=limit)


def _flyer_said(data: FlyerData, req: Request, out: Path) -> str:
    return _("Saved the schedule flyer to {out}").format(out=shown(out))


def _roster_data(s: Session, req: Request, today: date) -> RosterData:
    from groupkeeper.export.roster import roster_data

    return roster_data(s, req.first or today, req.last or today)


def _draw_roster(
    data: RosterData, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.roster import render_roster

    return render_roster(data, out, req.paper, printed, req.large, limit=limit)


def _roster_csv(data: RosterData, out: Path) -> Path:
    from groupkeeper.export.roster import write_csv

    return write_csv(data, out)


def _roster_said(data: RosterData, req: Request, out: Path) -> str:
    meetings = ngettext("{n} meeting", "{n} meetings", len(data.entries))
    turns = ngettext("{n} open turn", "{n} open turns", data.open_count)
    return _("Saved the roster ({meetings}, {turns}) to {out}").format(
        meetings=meetings.format(n=len(data.entries)),
        turns=turns.format(n=data.open_count),
        out=shown(out),
    )


def _handout_data(s: Session, req: Request, today: date) -> HandoutData:
    from groupkeeper.export.resources import handout_data

    return handout_data(s, ids=req.ids, tag=req.tag, crisis_page=req.crisis)


def _draw_handout(
    data: HandoutData, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.resources import render_handout

    return render_handout(data, out, req.paper, printed, req.large, limit=limit)


def _handout_said(data: HandoutData, req: Request, out: Path) -> str:
    items = ngettext("{n} item", "{n} items", len(data.items)).format(n=len(data.items))
    if data.crisis:
        first = ngettext("{n} crisis line first", "{n} crisis lines first", len(data.crisis))
        items = _("{items}, {crisis}").format(items=items, crisis=first.format(n=len(data.crisis)))
    return _("Saved the resource handout ({items}) to {out}").format(items=items, out=shown(out))


def _pairing_data(s: Session, req: Request, today: date) -> PairingList:
    from groupkeeper.export.pairings import pairing_data

    return pairing_data(s, today, notes=req.notes)


def _draw_pairings(
    data: PairingList, req: Request, out: Path, printed: date | None, limit: PageLimit | None
) -> Path:
    from groupkeeper.export.pairings import render_pairings

    return render_pairings(data, out, req.paper, printed, req.large, limit=limit)


def _pairings_said(data: PairingList, req: Request, out: Path) -> str:
    values = {"active": len(data.active), "waiting": len(data.waiting), "out": shown(out)}
    if req.notes:
        return _(
            "Saved the confidential pairing list ({active} active, {waiting} waiting, with "
            "private notes) to {out}. Keep it somewhere private."
        ).format(**values)
    return _(
        "Saved the confidential pairing list ({active} active, {waiting} waiting, without "
        "private notes) to {out}. Keep it somewhere private."
    ).format(**values)


class Document(enum.Enum):
    """Every printed document, in the order the Export dialog lists them; each one's value is
    its :class:`DocumentSpec`."""

    PACKET = DocumentSpec(
        command="packet",
        label=N_("Meeting packet"),
        about=N_(
            "Everything the facilitator needs for one meeting: who serves, the topic and "
            "announcements, the format with the readings in full, the next four weeks and "
            "the crisis lines."
        ),
        help=N_("the meeting packet: who serves, the format, readings"),
        file_name="{group} packet {when:%Y-%m-%d}",
        options=(
            MeetingChoice(
                required=True,
                help=N_("the meeting on this date (YYYY-MM-DD), or 'next' (the default)"),
                none_coming=N_(
                    "There is no meeting in the next eight weeks to print a packet for."
                ),
            ),
            LeaveOut(),
            Flag(
                field="facilitator_note",
                label=N_("Add the private &note to the facilitator"),
                switch="--facilitator-note",
                help=N_("include the meeting's private note to the facilitator"),
            ),
        ),
        prepare=_packet_data,
        render=_draw_packet,
        said=_packet_said,
    )
    SIGN_IN = DocumentSpec(
        command="sign-in",
        label=N_("Sign-in sheet"),
        about=N_(
            "Blank lines to sign in, and the first names of members who agreed to the phone "
            "list, if you like."
        ),
        help=N_("a sign-in sheet"),
        file_name="{group} sign-in {when:%Y-%m-%d}",
        options=(
            MeetingChoice(
                required=False,
                help=N_("print this meeting's date and name at the top (default: undated)"),
            ),
            Flag(
                field="names",
                label=N_("Print first &names (members on the phone list)"),
                switch="--names",
                help=N_("print the first names of the members who agreed to be on the phone list"),
            ),
            Count(
                field="blank",
                label=N_("&Blank lines:"),
                name=N_("Blank lines"),
                switch="--blank",
                help=N_("blank lines (default 20)"),
                default=20,
                most=200,  # sheets.MAX_BLANK, which sign_in_data checks
            ),
        ),
        prepare=_sign_in_data,
        render=_draw_sign_in,
        said=_sign_in_said,
        booklet=False,
    )
    PHONE_LIST = DocumentSpec(
        command="phone-list",
        label=N_("Phone list"),
        about=N_("Only the members who agreed to be on it. Every page says “please keep private”."),
        help=N_("the phone list (only members who agreed)"),
        file_name="{group} phone list (private)",
        options=(),
        prepare=_phone_list_data,
        render=_draw_phone_list,
        said=_phone_list_said,
    )
    FLYER = DocumentSpec(
        command="schedule",
        label=N_("Schedule flyer"),
        about=N_("The meetings in a date range, the changed dates and a format legend."),
        help=N_("the schedule flyer"),
        file_name="{group} schedule {when:%Y-%m-%d}",
        options=(
            DateSpan(),
            Flag(
                field="qr_links",
                label=N_("&QR codes for meeting links"),
                switch="--qr-links",
                help=N_(
                    "print each online or hybrid meeting's link as a QR code too, for a "
                    "phone's camera"
                ),
            ),
        ),
        prepare=_flyer_data,
        render=_draw_flyer,
        said=_flyer_said,
    )
    ROSTER = DocumentSpec(
        command="roster",
        label=N_("Roster calendar"),
        about=N_("One month to a landscape page: who serves at each meeting."),
        help=N_("the service roster (PDF or CSV)"),
        file_name="{group} roster {when:%Y-%m-%d}",
        options=(DateSpan(),),
        prepare=_roster_data,
        render=_draw_roster,
        said=_roster_said,
        booklet=False,
        large_print=True,
        csv=_roster_csv,
    )
    HANDOUT = DocumentSpec(
        command="resources",
        label=N_("Resource handout"),
        about=N_("The crisis-line page, readings, referral contacts and books."),
        help=N_("the resource handout"),
        file_name="{group} resources",
        options=(LibraryChoice(),),
        prepare=_handout_data,
        render=_draw_handout,
        said=_handout_said,
    )
    PAIRINGS = DocumentSpec(
        command="pairings",
        label=N_("Pairing list (confidential)"),
        about=N_(
            "Active pairings, people waiting and who is willing. Every page says "
            "CONFIDENTIAL; private notes only when chosen."
        ),
        help=N_("the confidential pairing list (never in other exports)"),
        file_name="{group} pairings (confidential)",
        options=(
            Flag(
                field="notes",
                label=N_("Include private &notes (requests, check-ins, endings)"),
                switch="--notes",
                help=N_(
                    "include private notes: request notes, check-in notes, why a pairing ended"
                ),
            ),
        ),
        prepare=_pairing_data,
        render=_draw_pairings,
        said=_pairings_said,
        booklet=False,
        confidential=True,
    )

    @property
    def spec(self) -> DocumentSpec:
        spec: DocumentSpec = self.value
        return spec

    @property
    def label(self) -> str:
        """Its name in the person's language ("Meeting packet")."""
        return _(self.spec.label)

    @property
    def about(self) -> str:
        return _(self.spec.about)

    @property
    def booklet(self) -> bool:
        """Whether it can be folded into a half-letter booklet."""
        return self.spec.booklet

    @property
    def large_print(self) -> bool:
        return self.spec.large_print

    def file_name(self, group: str, when: date) -> str:
        return self.spec.file_name.format(group=name_part(group), when=when) + ".pdf"


# ---------------------------------------------------------------------- printing one


@dataclass(frozen=True)
class Request:
    """What to print and how: one document's options, from the dialog, the command line or a
    test. Each field is set by one kind of option (see the option classes)."""

    document: Document
    paper: Paper = Paper.LETTER
    large: bool = False
    meeting: Occurrence | None = None  # MeetingChoice
    first: date | None = None  # DateSpan
    last: date | None = None
    parts: frozenset[str] = field(default_factory=frozenset)  # LeaveOut: the parts left out
    facilitator_note: bool = False  # Flag (the packet)
    names: bool = False  # Flag (the sign-in sheet)
    blank: int = 20  # Count (the sign-in sheet)
    notes: bool = False  # Flag (the pairing list)
    qr_links: bool = False  # Flag (the flyer)
    ids: Sequence[int] | None = None  # LibraryChoice: these items, or
    tag: str | None = None  # ... those with this tag, or the whole library
    crisis: bool = True

    def _named(self) -> str:
        """The document's name inside a sentence: lower case where the language does that."""
        label = self.document.label
        return label.lower() if i18n.current().startswith("en") else label

    def checked(self) -> Request:
        spec = self.document.spec
        if self.paper.is_booklet and not spec.booklet:
            raise GroupKeeperError(
                _("The {document} does not fold as a booklet.").format(document=self._named())
            )
        if self.large and not spec.large_print:
            raise GroupKeeperError(
                _("The {document} has no large print.").format(document=self._named())
            )
        required = any(isinstance(o, MeetingChoice) and o.required for o in spec.options)
        if required and self.meeting is None:
            raise GroupKeeperError(
                _("Choose the meeting to print the {document} for.").format(document=self._named())
            )
        return self


@dataclass
class Prepared:
    """What ``prepare`` read, and the locale the paper speaks: the group's language in its
    country (``i18n.group_locale``), whatever the computer's or the person's. Drawing fills
    ``unprintable`` when some characters could not be printed."""

    data: Any
    locale: str
    unprintable: str | None = None


def prepare(s: Session, req: Request, today: date) -> Prepared:
    """Read what ``req`` prints; a problem a person can fix is a GroupKeeperError."""
    from groupkeeper import i18n
    from groupkeeper.group.service import get_group

    spec = req.checked().document.spec
    group = get_group(s)
    locale = i18n.group_locale(group.language, group.country) if group else i18n.current()
    with i18n.speaking(locale):
        return Prepared(spec.prepare(s, req, today), locale)


def render(
    prepared: Prepared,
    req: Request,
    out: Path,
    printed: date | None = None,
    limit: PageLimit | None = None,
) -> Path:
    """Draw what ``prepare`` read, to ``out``, in the group's language; written whole or not
    at all. With a ``limit``, only the first pages are drawn (the preview)."""
    from groupkeeper import i18n
    from groupkeeper.export.script import watching

    with i18n.speaking(prepared.locale), watching() as missing:
        drawn = req.document.spec.render(prepared.data, req, out, printed, limit)
    prepared.unprintable = missing.report()
    return drawn


def write_csv(prepared: Prepared, req: Request, out: Path) -> Path:
    """The document's spreadsheet (the roster's), in the group's language."""
    from groupkeeper import i18n

    spec = req.document.spec
    assert spec.csv is not None
    with i18n.speaking(prepared.locale):
        return spec.csv(prepared.data, out)


def said(prepared: Prepared, req: Request, out: Path) -> str:
    """The command line's line once the document is saved, in the person's language."""
    return req.document.spec.said(prepared.data, req, out)


def warnings(prepared: Prepared) -> tuple[str, ...]:
    """What the person should know about a document that printed anyway: the data's own
    warnings, and once drawn, the characters that could not be printed."""
    found = tuple(getattr(prepared.data, "warnings", ()))
    return found + ((prepared.unprintable,) if prepared.unprintable else ())
