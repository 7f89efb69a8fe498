"""The meeting packet: everything the facilitator needs for one meeting, in one PDF.

The group, date, time, place (for an online or hybrid meeting, its link and dial-in too) and
format codes; who serves (from the roster, open turns marked); the topic and announcements;
the meeting's format script with each reading's full text, the clock time and length of each
part and who reads it; the next four weeks' schedule and roster; and the crisis-line page
with a short confidentiality note. Any part but the first can be left out. The note to the
facilitator is private and prints only when chosen.

``packet_data`` reads everything from a session into plain records; ``render_packet`` draws
them and needs no database, so it runs in a worker thread or a headless command alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph
from sqlalchemy.orm import Session

from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.keep import RoomFor, flat, stack
from groupkeeper.export.online import attendance, how_to_join
from groupkeeper.export.parts import Part
from groupkeeper.export.resources import crisis_page
from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    FONT_BOLD,
    WARNING,
    Heading,
    PageLimit,
    Paper,
    Styles,
    make_styles,
    paragraphs,
    table,
    write_pdf,
)
from groupkeeper.group.contact import ContactPlace, printed_contact
from groupkeeper.group.service import require_group
from groupkeeper.i18n import N_, _, ngettext
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import Resource
from groupkeeper.materials import service as materials
from groupkeeper.materials.service import MeetingFormat
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import RoleKind, SlotKey
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.formats import sort_codes
from groupkeeper.schedule.occurrences import Location, Occurrence, Online, Status
from groupkeeper.text import format_date, format_time, format_time_range

AHEAD_DAYS = 28
CONFIDENTIAL = N_(
    "Who you see here, what is said here, when you leave here, let it stay here. Please take "
    "this packet with you or hand it back to the facilitator; don't leave it in the room."
)


ALL_PARTS = frozenset(Part)


@dataclass(frozen=True)
class Turn:
    role: str
    name: str  # "" when nobody is on the roster yet


@dataclass(frozen=True)
class ScriptPart:
    heading: str
    text: str
    clock: str  # when it starts, "7:05 PM"; "" when the parts before it have no minutes
    minutes: int | None
    reader: str  # "Reader: Ana R.", "Facilitator: open", or ""
    reader_open: bool
    reading_title: str = ""
    reading_text: str = ""
    reading_missing: bool = False


@dataclass(frozen=True)
class AheadRow:
    day: date
    time: str
    meeting: str
    what: str  # "Cancelled: building closed", or the turns in one line
    cancelled: bool


@dataclass(frozen=True)
class PacketData:
    group_name: str
    meeting: str
    day: date
    times: str
    place: Location
    formats: tuple[tuple[str, str], ...]  # (code, label)
    moved_note: str
    serving: tuple[Turn, ...]
    format_name: str
    script: tuple[ScriptPart, ...]
    topic: str
    announcements: str
    facilitator_note: str  # "" unless chosen
    ahead: tuple[AheadRow, ...]
    crisis: tuple[Resource, ...]
    parts: frozenset[Part]
    warnings: tuple[str, ...]
    contact: ContactLines = ()  # only when the group chose to print it on the packet
    online: Online = field(default_factory=Online)  # how to join, online or hybrid

    def has(self, part: Part) -> bool:
        return part in self.parts

    @property
    def open_turns(self) -> int:
        return sum(1 for t in self.serving if not t.name)


def _turns(
    needs: Iterable[tuple[int, int]],
    occ: Occurrence,
    assigned: dict[SlotKey, roster.Assignment],
    roles: dict[int, str],
    names: dict[int, str],
) -> list[tuple[int, Turn]]:
    out = []
    for role_id, count in needs:
        for i in range(count):
            a = assigned.get(SlotKey(occ.series_id, occ.original_date, role_id, i))
            out.append(
                (role_id, Turn(roles.get(role_id, "?"), names.get(a.member_id, "") if a else ""))
            )
    return out


def _open_or(role: str, name: str) -> str:
    """ "Reader: Ana R.", or "Reader: open" when nobody is on the roster yet."""
    if name:
        return _("{role}: {name}").format(role=role, name=name)
    return _("{role}: open").format(role=role)


def _clock(start: time, minutes: int) -> time:
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()


def _late(fmt: MeetingFormat, occ: Occurrence, lang: str) -> str | None:
    """What to say when the script's parts take longer than the meeting: its clock times
    would run on past the end the schedule gives."""
    known = [x.minutes for x in fmt.sections if x.minutes is not None]
    over = sum(known) - occ.duration_minutes
    if over <= 0:
        return None
    values = {
        "n": over,
        "script_end": format_time(_clock(occ.start, sum(known)), lang),
        "end": format_time(_clock(occ.start, occ.duration_minutes), lang),
        "format": fmt.name,
    }
    if len(known) < len(fmt.sections):  # parts with no minutes only make it later
        said = ngettext(
            "The meeting's script runs at least {n} minute past its end ({script_end}; the "
            "meeting ends at {end}). Shorten the parts of “{format}” in Meetings > Meeting "
            "formats, or choose a shorter format for this meeting.",
            "The meeting's script runs at least {n} minutes past its end ({script_end}; the "
            "meeting ends at {end}). Shorten the parts of “{format}” in Meetings > Meeting "
            "formats, or choose a shorter format for this meeting.",
            over,
        )
    else:
        said = ngettext(
            "The meeting's script runs {n} minute past its end ({script_end}; the meeting "
            "ends at {end}). Shorten the parts of “{format}” in Meetings > Meeting formats, "
            "or choose a shorter format for this meeting.",
            "The meeting's script runs {n} minutes past its end ({script_end}; the meeting "
            "ends at {end}). Shorten the parts of “{format}” in Meetings > Meeting formats, "
            "or choose a shorter format for this meeting.",
            over,
        )
    return said.format(**values)


def packet_data(
    s: Session,
    occ: Occurrence,
    *,
    parts: Iterable[Part] = ALL_PARTS,
    facilitator_note: bool = False,
) -> PacketData:
    """Everything to print for the meeting ``occ`` (from ``materials.find_meeting`` or the
    upcoming list)."""
    parts = frozenset(parts)
    group = require_group(s)
    lang = group.language
    all_roles = roster.list_roles(s)
    roles, names = {r.id: r.name for r in all_roles}, roster.member_names(s)
    leads = {r.id for r in all_roles if r.kind is RoleKind.FACILITATOR}
    assigned = roster.list_assignments(s, occ.original_date, occ.day + timedelta(AHEAD_DAYS))
    turns = _turns(roster.series_needs(s, occ.series_id), occ, assigned, roles, names)
    warnings: list[str] = []

    fmt = materials.format_for_series(s, occ.series_id)
    script: list[ScriptPart] = []
    if fmt is not None and Part.SCRIPT in parts:
        wanted = [x.reading_id for x in fmt.sections if x.reading_id is not None]
        found = {
            r.id: r
            for r in library.get_resources(s, wanted, skip_missing=True)
            if r.kind is Kind.READING
        }
        by_role: dict[int, list[str]] = defaultdict(list)
        for role_id, turn in turns:
            by_role[role_id].append(turn.name)
        # A part for a role this meeting has no turn for (the co-facilitator's, at a meeting
        # that has none) is the facilitator's to lead.
        lead = next((t for role_id, t in turns if role_id in leads), None)
        used: dict[int, int] = defaultdict(int)
        elapsed: int | None = 0
        for n, sec in enumerate(fmt.sections, 1):
            reader, reader_open = "", False
            if sec.role_id is not None:
                role = roles.get(sec.role_id, "")
                people = by_role.get(sec.role_id)
                if people:  # readers take the readings in turn
                    who = people[used[sec.role_id] % len(people)]
                    used[sec.role_id] += 1
                    reader, reader_open = _open_or(role, who), not who
                elif turns:  # the roster says who serves, and this role is not among them
                    if lead is not None:
                        reader, reader_open = _open_or(lead.role, lead.name), not lead.name
                elif role:  # nobody is on the roster: the format's word is the only guide
                    reader = role
            reading_title, reading_text, missing = "", "", False
            if sec.reading_id is not None:
                r = found.get(sec.reading_id)
                if r is None:
                    missing, reading_title = True, sec.reading_title
                    warnings.append(
                        _(
                            "The reading “{title}” (part {n}, {heading}) is no longer in the "
                            "library, so the packet says “reading not found” there. Choose "
                            "another reading in Meetings > Meeting formats."
                        ).format(title=sec.reading_title, n=n, heading=sec.heading)
                    )
                else:
                    reading_title, reading_text = r.title, r.body
            clock = format_time(_clock(occ.start, elapsed), lang) if elapsed is not None else ""
            script.append(
                ScriptPart(sec.heading, sec.text, clock, sec.minutes, reader, reader_open,
                           reading_title, reading_text, missing)
            )  # fmt: skip
            elapsed = None if sec.minutes is None or elapsed is None else elapsed + sec.minutes
        if late := _late(fmt, occ, lang):
            warnings.append(late)

    note = materials.get_note(s, occ.series_id, occ.original_date)
    ahead: list[AheadRow] = []
    if Part.AHEAD in parts:
        later = schedule.occurrences(s, occ.day + timedelta(1), occ.day + timedelta(AHEAD_DAYS))
        needs = {sid: roster.series_needs(s, sid) for sid in {o.series_id for o in later}}
        for o in later:
            if o.status is Status.CANCELLED:
                what = _("Cancelled: {note}").format(note=o.note) if o.note else _("Cancelled")
            else:
                lines = [
                    _open_or(t.role, t.name)
                    for _r, t in _turns(needs[o.series_id], o, assigned, roles, names)
                ]
                what = "; ".join(lines) or _("No service roles")
                if o.status is Status.MOVED:
                    what = _("Moved from {day}. {turns}").format(
                        day=format_date(o.original_date), turns=what
                    )
            ahead.append(
                AheadRow(o.day, format_time(o.start, lang), o.series_name, what,
                         o.status is Status.CANCELLED)
            )  # fmt: skip
    labels = schedule.format_labels(s)
    moved = ""
    if occ.status is Status.MOVED:
        day = format_date(occ.original_date)
        moved = (
            _("Moved from {day}: {note}").format(day=day, note=occ.note)
            if occ.note
            else _("Moved from {day}").format(day=day)
        )
    return PacketData(
        group_name=group.name,
        meeting=occ.series_name,
        day=occ.day,
        times=format_time_range(occ.start, occ.duration_minutes, lang),
        place=occ.location,
        formats=tuple((c, labels.get(c, c)) for c in sort_codes(occ.formats)),
        moved_note=moved,
        serving=tuple(t for _r, t in turns),
        format_name=fmt.name if fmt else "",
        script=tuple(script),
        topic=note.topic,
        announcements=note.announcements,
        facilitator_note=note.facilitator_note if facilitator_note else "",
        ahead=tuple(ahead),
        crisis=tuple(library.crisis_lines(s)) if Part.CRISIS in parts else (),
        parts=parts,
        warnings=tuple(warnings),
        contact=printed_contact(group.contact, ContactPlace.PACKET),
        online=occ.online,
    )


def _when(day: str, times: str) -> str:
    """ "Tue 3 Mar 2026, 7:00 PM – 8:30 PM": a day and its time, printed together."""
    return _("{day}, {time}").format(day=day, time=times)


NBSP = "\u00a0"
RANGE = " – "  # text.format_time_range's, between a start and an end


def _unbroken(clock: str) -> str:
    """A clock time that never breaks over two lines ("7:00 PM", "19 h 00"); a range
    ("7:00 PM – 8:30 PM") may break only beside its dash."""
    return RANGE.join(part.replace(" ", NBSP) for part in clock.split(RANGE))


# ---------------------------------------------------------------- keeping blocks together
# reportlab keeps a heading with what follows only when that is a single line or paragraph,
# and KeepTogether moves a whole block to the next page, however long; these measure the
# blocks instead, and start a new page only when the start of a block would not fit.


class _CrisisPage(CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """The crisis-line page on a page of its own, and after it ``tail``: the confidentiality
    note (and the group's contact). When the crisis page has no room left for the note, it
    goes at the foot of the page before instead, so a last page never holds the note alone;
    when neither has room, it goes over with the last crisis line."""

    def __init__(self, lines: Sequence[Any], tail: Sequence[Any]) -> None:
        super().__init__(0)
        self.lines, self.tail = list(lines), list(tail)

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        frame = self._doctemplateAttr("frame")
        if frame is None:  # measured outside a page: nothing to place yet
            return 0, 0
        page, lines, tail = frame._aH, self.lines, self.tail
        alone = stack(lines, availWidth)
        if stack([*lines, *tail], availWidth) <= page or alone > page:
            placed = [PageBreak(), *lines, *tail]  # together, or the lines run over anyway
        elif tail[0].getSpaceBefore() + stack(tail, availWidth) <= availHeight:
            placed = [*tail, PageBreak(), *lines]
        else:
            placed = [PageBreak(), *lines[:-1], KeepTogether(flat([lines[-1], *tail]))]
        frame.add_generated_content(*placed)
        return 0, 0


def _story(data: PacketData, st: Styles, width: float) -> Iterator[object]:
    body = st.body.clone("pbody", spaceAfter=4)
    reading = st.body.clone("preading", leftIndent=3 * mm, spaceAfter=5)
    sub = st.heading.clone("psub", fontSize=st.body.fontSize * 1.1, textColor=st.body.textColor,
                           leading=st.body.fontSize * 1.4, spaceBefore=8, spaceAfter=2)  # fmt: skip
    when = st.title.clone("pwhen", fontSize=st.heading.fontSize * 1.15, spaceAfter=4,
                          leading=st.heading.fontSize * 1.5)  # fmt: skip
    missing = st.body.clone("pmissing", textColor=WARNING)
    label_style = body.clone("plabel", keepWithNext=1)
    open_name = st.cell_bold.clone("popen", textColor=WARNING)
    narrow = width < 40 * st.body.fontSize

    yield Paragraph(markup(data.group_name, FONT_BOLD), st.title)
    subtitle = _("Meeting packet · {meeting}").format(meeting=data.meeting)
    yield Paragraph(markup(subtitle), st.subtitle)
    yield Paragraph(markup(_when(format_date(data.day), _unbroken(data.times)), FONT_BOLD), when)
    if data.moved_note:
        yield Paragraph(markup(data.moved_note), missing)
    # "Online" or "In person and online"; the place where people meet in person (an online
    # meeting's is a town, for the meeting lists' time zone); then how to join online.
    yield from attendance(data.online, body)
    place = data.place
    if data.online.in_person and place.one_line():
        yield Paragraph(markup(place.one_line()), body)
    for extra in (place.directions, place.accessibility) if data.online.in_person else ():
        if extra:
            yield Paragraph(markup(extra), st.small)
    yield from how_to_join(data.online, body, st.small.clone("pnotes", spaceAfter=4))
    if data.formats:
        yield Paragraph(
            " · ".join(
                f"<b>{markup(c, FONT_BOLD)}</b> {markup(label)}" for c, label in data.formats
            ),
            st.small,
        )

    if data.has(Part.SERVING):
        yield Heading(_("Who serves"), st.heading)
        if data.serving:
            serving: list[list[object]] = [
                [Paragraph(markup(t.role), st.cell),
                 Paragraph(markup(t.name, FONT_BOLD), st.cell_bold) if t.name
                 else Paragraph(markup(_("— open —"), FONT_BOLD), open_name)]
                for t in data.serving
            ]  # fmt: skip
            yield table(serving, [width * 0.42, width * 0.58], header=False)
        else:
            yield Paragraph(markup(_("This meeting has no service roles on the roster.")), body)

    if data.has(Part.TOPIC):
        yield Heading(_("Topic and announcements"), st.heading)
        topic = data.topic or _("the facilitator's choice")
        label = markup(_("Topic:"), FONT_BOLD)  # outside the f-string, where Babel finds it
        yield Paragraph(f"<b>{label}</b> {markup(topic)}", body)
        if data.announcements:
            label = markup(_("Announcements"), FONT_BOLD)
            yield Paragraph(f"<b>{label}</b>", label_style)
            yield from paragraphs(data.announcements, body)
    if data.facilitator_note:
        yield Heading(_("Note to the facilitator (private)"), st.heading)
        yield from paragraphs(data.facilitator_note, body)

    if data.has(Part.SCRIPT):
        title = (
            _("The meeting: {format}").format(format=data.format_name)
            if data.format_name
            else _("The meeting")
        )
        section = Heading(title, st.heading)
        if not data.script:
            empty = Paragraph(markup(_("This group has no meeting format yet.")), body)
            yield from (RoomFor([section, empty]), section, empty)
        for n, part in enumerate(data.script):
            clock = _unbroken(part.clock)
            left = f"{clock} · {part.heading}" if clock else part.heading
            if part.minutes:
                left = ngettext("{part} ({n} min)", "{part} ({n} min)", part.minutes).format(
                    part=left, n=part.minutes
                )
            heading = Heading(left, sub, level=1)
            heading.outline_title = left.replace(NBSP, " ")  # bookmarks in plain words
            block: list[object] = [heading]
            if part.reader:
                colour = "#9b1c1c" if part.reader_open else "#5b6572"
                block.append(
                    Paragraph(f"<font color='{colour}'>{markup(part.reader)}</font>", st.small)
                )
            block += paragraphs(part.text, body)
            text: list[Paragraph] = []
            if part.reading_missing:
                block.append(
                    Paragraph(
                        markup(
                            _(
                                "Reading not found: “{title}” is no longer in the group's "
                                "library. Read from your own copy, or choose another reading "
                                "for this format in GroupKeeper."
                            ).format(title=part.reading_title)
                        ),
                        missing,
                    )
                )
            elif part.reading_title:
                block.append(Paragraph(f"<b>{markup(part.reading_title, FONT_BOLD)}</b>", reading))
                text = paragraphs(part.reading_text, reading)
            # The section's heading stands with its first part; each part's heading, who
            # reads and what is said with the start of its reading (a short one whole).
            yield RoomFor([section, *block] if n == 0 else block, text)
            if n == 0:
                yield section
            yield KeepTogether(block)
            yield from text

    if data.has(Part.AHEAD):
        ahead = Heading(_("The next four weeks"), st.heading)
        if not data.ahead:
            empty = Paragraph(markup(_("No meetings in the next four weeks.")), body)
            yield from (RoomFor([ahead, empty]), ahead, empty)
        else:
            heads = (
                [_("Date"), _("Meeting and who serves")]
                if narrow
                else [_("Date"), _("Meeting"), _("Who serves")]
            )
            rows: list[list[object]] = [
                [Paragraph(markup(h, FONT_BOLD), st.cell_bold) for h in heads]
            ]
            for a in data.ahead:
                what_style = (
                    missing.clone("pc", fontSize=st.cell.fontSize) if a.cancelled else st.cell
                )
                when_ = _when(format_date(a.day, year=False), _unbroken(a.time))
                day = Paragraph(markup(when_), st.cell)
                meeting = Paragraph(markup(a.meeting, FONT_BOLD), st.cell_bold)
                what = Paragraph(markup(a.what), what_style)
                rows.append([day, [meeting, what]] if narrow else [day, meeting, what])
            widths = [0.3, 0.7] if narrow else [0.2, 0.28, 0.52]
            weeks = table(rows, [width * w for w in widths], header=True)
            # The heading with the table's first rows; a long table then runs on over the
            # page rather than starting on the next (as keeping the heading with it would).
            ahead.keepWithNext = 0
            yield from (RoomFor([ahead], [weeks]), ahead, weeks)

    tail = [
        KeepTogether(
            [Heading(_("Confidentiality"), st.heading), Paragraph(markup(_(CONFIDENTIAL)), body)]
        )
    ]
    if data.contact:
        tail.append(KeepTogether(contact_block(data.contact, st, width)))
    if data.has(Part.CRISIS):
        lines: list[Any] = []
        if data.crisis:
            lines += crisis_page(data.crisis, st)
        else:
            lines.append(Heading(_("If you or someone you know is in crisis"), st.heading))
            lines.append(
                Paragraph(
                    markup(
                        _(
                            "Call your local emergency number now if someone's life is at "
                            "risk. Add your area's crisis lines to the library to print them "
                            "here."
                        )
                    ),
                    body,
                )
            )
        yield _CrisisPage(lines, tail)
    elif data.contact:
        yield tail[-1]


def render_packet(
    data: PacketData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw the packet; written whole or not at all."""
    st = make_styles(large)
    return write_pdf(
        out, group_name=data.group_name,
        title=_("meeting packet, {day}").format(day=data.day.isoformat()),
        subject=_("Meeting packet for {meeting}").format(meeting=data.meeting),
        story=lambda w: _story(data, st, w),
        paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip
