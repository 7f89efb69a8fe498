"""The meeting packet: everything the facilitator needs for one meeting, in one PDF.

The group, date, time, place and format codes; who serves (from the roster, open turns
marked); the topic and announcements; the meeting's format script with each reading's full
text, the clock time and length of each part and who reads it; the next four weeks'
schedule and roster; and the crisis-line page with a short confidentiality note. Any part
but the first can be left out. The note to the facilitator is private and prints only when
chosen.

``packet_data`` reads everything from a session into plain records; ``render_packet`` draws
them and needs no database, so it runs in a worker thread or a headless command alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph
from sqlalchemy.orm import Session

from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.parts import Part
from groupkeeper.export.resources import crisis_page
from groupkeeper.export.styles import (
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
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import Resource
from groupkeeper.materials import service as materials
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.formats import sort_codes
from groupkeeper.schedule.occurrences import Location, Occurrence, Status
from groupkeeper.text import format_date, format_time, format_time_range

AHEAD_DAYS = 28
CONFIDENTIAL = (
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


def _clock(start: time, minutes: int) -> time:
    return (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()


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
    roles, names = roster.role_names(s), roster.member_names(s)
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
                    reader, reader_open = f"{role}: {who or 'open'}", not who
                elif role:
                    reader = role
            reading_title, reading_text, missing = "", "", False
            if sec.reading_id is not None:
                r = found.get(sec.reading_id)
                if r is None:
                    missing, reading_title = True, sec.reading_title
                    warnings.append(
                        f"The reading “{sec.reading_title}” (part {n}, {sec.heading}) is no "
                        "longer in the library, so the packet says “reading not found” there. "
                        "Choose another reading in Meetings > Meeting formats."
                    )
                else:
                    reading_title, reading_text = r.title, r.body
            clock = format_time(_clock(occ.start, elapsed), lang) if elapsed is not None else ""
            script.append(
                ScriptPart(sec.heading, sec.text, clock, sec.minutes, reader, reader_open,
                           reading_title, reading_text, missing)
            )  # fmt: skip
            elapsed = None if sec.minutes is None or elapsed is None else elapsed + sec.minutes

    note = materials.get_note(s, occ.series_id, occ.original_date)
    ahead: list[AheadRow] = []
    if Part.AHEAD in parts:
        later = schedule.occurrences(s, occ.day + timedelta(1), occ.day + timedelta(AHEAD_DAYS))
        needs = {sid: roster.series_needs(s, sid) for sid in {o.series_id for o in later}}
        for o in later:
            if o.status is Status.CANCELLED:
                what = "Cancelled" + (f": {o.note}" if o.note else "")
            else:
                lines = [
                    f"{t.role}: {t.name or 'open'}"
                    for _r, t in _turns(needs[o.series_id], o, assigned, roles, names)
                ]
                what = "; ".join(lines) or "No service roles"
                if o.status is Status.MOVED:
                    what = f"Moved from {format_date(o.original_date)}. " + what
            ahead.append(
                AheadRow(o.day, format_time(o.start, lang), o.series_name, what,
                         o.status is Status.CANCELLED)
            )  # fmt: skip
    labels = schedule.format_labels(s)
    moved = ""
    if occ.status is Status.MOVED:
        moved = f"Moved from {format_date(occ.original_date)}" + (
            f": {occ.note}" if occ.note else ""
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
    )


def _story(data: PacketData, st: Styles, width: float) -> Iterator[object]:
    body = st.body.clone("pbody", spaceAfter=4)
    reading = st.body.clone("preading", leftIndent=3 * mm, spaceAfter=5)
    sub = st.heading.clone("psub", fontSize=st.body.fontSize * 1.1, textColor=st.body.textColor,
                           leading=st.body.fontSize * 1.4, spaceBefore=8, spaceAfter=2)  # fmt: skip
    when = st.title.clone("pwhen", fontSize=st.heading.fontSize * 1.15, spaceAfter=4,
                          leading=st.heading.fontSize * 1.5)  # fmt: skip
    missing = st.body.clone("pmissing", textColor=WARNING)
    open_name = st.cell_bold.clone("popen", textColor=WARNING)
    narrow = width < 40 * st.body.fontSize

    yield Paragraph(escape(data.group_name), st.title)
    yield Paragraph(escape(f"Meeting packet · {data.meeting}"), st.subtitle)
    yield Paragraph(escape(f"{format_date(data.day)}, {data.times}"), when)
    if data.moved_note:
        yield Paragraph(escape(data.moved_note), missing)
    place = data.place
    if place.one_line():
        yield Paragraph(escape(place.one_line()), body)
    for extra in (place.directions, place.accessibility):
        if extra:
            yield Paragraph(escape(extra), st.small)
    if data.formats:
        yield Paragraph(
            " · ".join(f"<b>{escape(c)}</b> {escape(label)}" for c, label in data.formats),
            st.small,
        )

    if data.has(Part.SERVING):
        yield Heading("Who serves", st.heading)
        if data.serving:
            serving: list[list[object]] = [
                [Paragraph(escape(t.role), st.cell),
                 Paragraph(escape(t.name), st.cell_bold) if t.name
                 else Paragraph("— open —", open_name)]
                for t in data.serving
            ]  # fmt: skip
            yield table(serving, [width * 0.42, width * 0.58], header=False)
        else:
            yield Paragraph("This meeting has no service roles on the roster.", body)

    if data.has(Part.TOPIC):
        yield Heading("Topic and announcements", st.heading)
        yield Paragraph("<b>Topic:</b> " + (escape(data.topic) or "the facilitator's choice"), body)
        if data.announcements:
            yield Paragraph("<b>Announcements</b>", body)
            yield from paragraphs(data.announcements, body)
    if data.facilitator_note:
        yield Heading("Note to the facilitator (private)", st.heading)
        yield from paragraphs(data.facilitator_note, body)

    if data.has(Part.SCRIPT):
        yield CondPageBreak(40 * mm)
        title = f"The meeting: {data.format_name}" if data.format_name else "The meeting"
        yield Heading(title, st.heading)
        if not data.script:
            yield Paragraph("This group has no meeting format yet.", body)
        for part in data.script:
            left = f"{part.clock} · {part.heading}" if part.clock else part.heading
            if part.minutes:
                left += f" ({part.minutes} min)"
            head: list[object] = [Heading(left, sub, level=1)]
            if part.reader:
                colour = "#9b1c1c" if part.reader_open else "#5b6572"
                head.append(
                    Paragraph(f"<font color='{colour}'>{escape(part.reader)}</font>", st.small)
                )
            block = head + paragraphs(part.text, body)
            if part.reading_missing:
                block.append(
                    Paragraph(
                        f"Reading not found: “{escape(part.reading_title)}” is no longer in the "
                        "group's library. Read from your own copy, or choose another reading "
                        "for this format in GroupKeeper.",
                        missing,
                    )
                )
            elif part.reading_title:
                block.append(Paragraph(f"<b>{escape(part.reading_title)}</b>", reading))
                yield KeepTogether(block)
                yield from paragraphs(part.reading_text, reading)
                continue
            yield KeepTogether(block)

    if data.has(Part.AHEAD):
        yield CondPageBreak(50 * mm)
        yield Heading("The next four weeks", st.heading)
        if not data.ahead:
            yield Paragraph("No meetings in the next four weeks.", body)
        else:
            heads = (
                ["Date", "Meeting and who serves"] if narrow else ["Date", "Meeting", "Who serves"]
            )
            rows: list[list[object]] = [[Paragraph(h, st.cell_bold) for h in heads]]
            for a in data.ahead:
                what_style = (
                    missing.clone("pc", fontSize=st.cell.fontSize) if a.cancelled else st.cell
                )
                day = Paragraph(escape(f"{format_date(a.day, year=False)}, {a.time}"), st.cell)
                meeting = Paragraph(escape(a.meeting), st.cell_bold)
                what = Paragraph(escape(a.what), what_style)
                rows.append([day, [meeting, what]] if narrow else [day, meeting, what])
            widths = [0.3, 0.7] if narrow else [0.2, 0.28, 0.52]
            yield table(rows, [width * w for w in widths], header=True)

    if data.has(Part.CRISIS):
        yield PageBreak()
        if data.crisis:
            yield from crisis_page(data.crisis, st)
        else:
            yield Heading("If you or someone you know is in crisis", st.heading)
            yield Paragraph(
                "Call your local emergency number now if someone's life is at risk. "
                "Add your area's crisis lines to the library to print them here.",
                body,
            )
        yield KeepTogether(
            [Heading("Confidentiality", st.heading), Paragraph(escape(CONFIDENTIAL), body)]
        )
    if data.contact:
        yield KeepTogether(contact_block(data.contact, st, width))


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
        out, group_name=data.group_name, title=f"meeting packet, {data.day:%Y-%m-%d}",
        subject=f"Meeting packet for {data.meeting}", story=lambda w: _story(data, st, w),
        paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip
