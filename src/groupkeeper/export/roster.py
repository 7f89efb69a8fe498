"""The roster calendar (a month grid per page, who serves at each meeting, open turns marked,
cancelled and moved dates said in their cells), its large print (a list of the days, a month at
a time), and the same roster as CSV, one row per turn, for spreadsheets.

``roster_data`` reads everything from a session into plain records; the writers need no
database, so they run in a worker thread or a headless command alike.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.script import filled, markup
from groupkeeper.export.styles import (
    ACCENT,
    BAND,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    RULE,
    PageLimit,
    Paper,
    make_styles,
    write_pdf,
    write_whole,
)
from groupkeeper.group.service import require_group
from groupkeeper.i18n import _
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.occurrences import Status, is_meeting_date
from groupkeeper.text import format_date, format_time, range_problem
from groupkeeper.untrusted import csv_row


@dataclass(frozen=True)
class Turn:
    role: str
    name: str  # "" when open


@dataclass(frozen=True)
class RosterEntry:
    """A meeting held, with its turns."""

    day: date
    time: str
    series: str
    turns: tuple[Turn, ...]
    moved_from: date | None = None  # the day it was scheduled, when moved to another
    at: dt.time = dt.time(0)  # the time itself, to order a day's meetings


@dataclass(frozen=True)
class NotHeld:
    """A meeting not held on its day: cancelled (with the group's note), or moved away."""

    day: date
    time: str
    series: str
    note: str = ""
    moved_to: date | None = None  # None: cancelled
    at: dt.time = dt.time(0)
    moved_time: str = ""  # the time it moved to


@dataclass(frozen=True)
class RosterData:
    group_name: str
    first: date
    last: date
    entries: tuple[RosterEntry, ...]  # the meetings held, in date and time order
    not_held: tuple[NotHeld, ...] = ()

    @property
    def open_count(self) -> int:
        return sum(1 for e in self.entries for t in e.turns if not t.name)


def roster_data(session: Session, first: date, last: date) -> RosterData:
    """The meetings from ``first`` to ``last`` that need people, with who serves; and those of
    them cancelled, or moved to another day, so the calendar can say so in their cells."""
    if wrong := range_problem(first, last):
        raise GroupKeeperError(wrong)
    group = require_group(session)
    names, roles = roster.member_names(session), roster.role_names(session)
    assigned = roster.list_assignments(session, first, last)
    entries = []
    for m in roster.roster_meetings(session, first, last):
        o = m.occurrence
        turns = []
        for slot in m.slots():
            a = assigned.get(slot)
            turns.append(Turn(roles.get(slot.role, "?"), names.get(a.member_id, "") if a else ""))
        moved = o.original_date if o.original_date != o.day else None
        when = format_time(o.start, group.language)
        entries.append(RosterEntry(o.day, when, o.series_name, tuple(turns), moved, o.start))
    return RosterData(
        group.name, first, last, tuple(entries), _not_held(session, first, last, group.language)
    )


def _not_held(session: Session, first: date, last: date, language: str) -> tuple[NotHeld, ...]:
    """The meetings needing people that are cancelled, or moved away from their day, in the
    range (a meeting moved out of the range is said on the day it left)."""
    series = {s.id: s.rule() for s in schedule.list_series(session)}
    served = {sid for sid in series if roster.series_needs(session, sid)}
    out = [
        NotHeld(o.day, format_time(o.start, language), o.series_name, o.note, None, o.start)
        for o in schedule.occurrences(session, first, last)
        if o.status is Status.CANCELLED and o.series_id in served
    ]
    for c in schedule.list_changes(session, first, last):
        rule = series.get(c.series_id)
        if (
            c.cancelled or rule is None or c.series_id not in served
            or c.new_date is None or c.new_date == c.original_date
            or not first <= c.original_date <= last
            or not is_meeting_date(rule, c.original_date)
        ):  # fmt: skip
            continue
        at, when = rule.start_time, format_time(rule.start_time, language)
        then = format_time(c.new_time or rule.start_time, language)
        out.append(NotHeld(c.original_date, when, rule.name, "", c.new_date, at, then))
    return tuple(sorted(out, key=lambda n: (n.day, n.at, n.series.casefold())))


def write_csv(data: RosterData, out: Path) -> Path:
    """One row per turn: date, time, meeting, role, member (blank when open). A cell a
    spreadsheet could take for a formula ("=...", "+...") is written as text."""

    def write(tmp: Path) -> None:
        # UTF-8 with a byte-order mark, so Excel on Windows shows accents correctly.
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["date", "time", "meeting", "role", "member"])
            for e in data.entries:
                for t in e.turns:
                    w.writerow(csv_row([e.day.isoformat(), e.time, e.series, t.role, t.name]))

    return write_whole(out, write, _("CSV file"))


def _months(first: date, last: date) -> list[date]:
    out, m = [], first.replace(day=1)
    while m <= last:
        out.append(m)
        m = (m + timedelta(days=32)).replace(day=1)
    return out


def _day_heads(first: int) -> list[str]:
    """The week's days abbreviated in the locale in force, from ``first`` (Monday is 0):
    "Sun", "Mon" ... in English, "dim.", "lun." ... in French (CLDR's stand-alone names)."""
    names = i18n.babel_locale(i18n.current()).days["stand-alone"]["abbreviated"]
    return [str(names[(first + i) % 7]) for i in range(7)]


# ---------------------------------------------------------------------- which days on which page

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class _Page:
    """One month's grid: the days whose meetings it shows (``start`` to ``end``: its own,
    and a neighbouring month's few when that month gets no page) and its week rows."""

    month: date  # the first of the month named at its top
    start: date
    end: date
    weeks: tuple[tuple[date, ...], ...]

    def shows(self, day: date) -> bool:
        return self.start <= day <= self.end

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.month.year, self.month.month)


def _pages(first: date, last: date, firstweekday: int) -> list[_Page]:
    """A page a month, except that no page is spent on a few days at either end of the
    range: a last month whose days in range end within a week of the month before's last row
    joins that month's grid (a row more at most), and a first month's last days join the next
    month's grid the same way. So three months from the 2nd do not print a fourth page for
    the 1st."""
    cal = calendar.Calendar(firstweekday)
    spans: list[tuple[date, date, date, list[tuple[date, ...]]]] = []
    for m in _months(first, last):
        weeks = [tuple(w) for w in cal.monthdatescalendar(m.year, m.month)]
        month_end = (m + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        spans.append((m, max(first, m), min(last, month_end), weeks))
    if len(spans) >= 2 and last <= spans[-2][3][-1][-1] + WEEK:
        month, start, _end, weeks = spans[-2]
        if last > weeks[-1][-1]:
            weeks = [*weeks, tuple(d + WEEK for d in weeks[-1])]
        spans[-2:] = [(month, start, last, weeks)]
    if len(spans) >= 2 and first >= spans[1][3][0][0] - WEEK:
        month, _start, end, weeks = spans[1]
        if first < weeks[0][0]:
            weeks = [tuple(d - WEEK for d in weeks[0]), *weeks]
        spans[:2] = [(month, first, end, weeks)]
    return [
        _Page(m, start, end, tuple(w for w in weeks if w[-1] >= start and w[0] <= end))
        for m, start, end, weeks in spans
    ]


# ---------------------------------------------------------------------- what a day holds

# A cancellation's note longer than this stays off the grid's cell (large print has room).
SHORT_REASON = 60
OPEN = "#b3261e"  # an open turn, a cancellation: a red that reads as text, not as a warning
FADED = "#b8c0ca"  # a day of the month outside the roster's dates
DAY_INK = "#5b6572"  # a day's number: the shared MUTED

Item = RosterEntry | NotHeld


def _by_day(data: RosterData) -> dict[date, list[Item]]:
    out: dict[date, list[Item]] = {}
    items: list[Item] = [*data.entries, *data.not_held]
    for item in sorted(items, key=lambda i: (i.day, i.at)):
        out.setdefault(item.day, []).append(item)
    return out


@dataclass(frozen=True)
class _Look:
    """The paragraph styles one size of the roster draws with."""

    day: ParagraphStyle
    meeting: ParagraphStyle
    gone: ParagraphStyle  # a meeting not held: its name, faded
    note: ParagraphStyle  # a cancellation's reason
    moved: ParagraphStyle  # "Moved from ...", "Moved to ..."
    turn: ParagraphStyle
    cancelled: ParagraphStyle


def _look(
    base: ParagraphStyle, size: float, day_size: float, ink: Color, muted: Color, spacing: float
) -> _Look:
    leading = size * spacing
    return _Look(
        day=base.clone("rday", fontName=FONT_BOLD, fontSize=day_size, leading=day_size * spacing,
                       textColor=muted),
        meeting=base.clone("rmeet", fontName=FONT_BOLD, fontSize=size, leading=leading,
                           textColor=ink, spaceBefore=size * 0.3),
        gone=base.clone("rgone", fontName=FONT_BOLD, fontSize=size, leading=leading,
                        textColor=muted, spaceBefore=size * 0.3),
        note=base.clone("rnote", fontName=FONT, fontSize=size, leading=leading, textColor=ink),
        moved=base.clone("rmoved", fontName=FONT_BOLD, fontSize=size, leading=leading,
                         textColor=ACCENT),
        turn=base.clone("rturn", fontName=FONT, fontSize=size, leading=leading, textColor=ink,
                        leftIndent=size * 0.8, firstLineIndent=-size * 0.8),
        cancelled=base.clone("rcanc", fontName=FONT_BOLD, fontSize=size, leading=leading,
                             textColor=HexColor(OPEN)),
    )  # fmt: skip


def _items(
    items: Sequence[Item], look: _Look, whole_reason: bool, lead: str = ""
) -> list[Flowable]:
    """A day's meetings as paragraphs: each one's time and name, then who serves, or that it
    is cancelled (and why, when the note is short or ``whole_reason``) or moved away. ``lead``
    (markup: the grid's day number) starts the first line."""
    out: list[Flowable] = []
    for n, item in enumerate(items):
        name = markup(f"{item.time} {item.series}", FONT_BOLD)
        if n == 0 and lead:
            name = f"{lead}&nbsp;&nbsp;{name}"
        top = {"spaceBefore": 0} if n == 0 else {}  # the cell's padding is space enough
        if isinstance(item, NotHeld):
            out.append(Paragraph(name, look.gone.clone("g", **top)))
            if item.moved_to is not None:
                day = format_date(item.moved_to, year=False)
                text = _("Moved to {day} at {time}").format(day=day, time=item.moved_time)
                out.append(Paragraph(markup(text, FONT_BOLD), look.moved))
                continue
            out.append(Paragraph(markup(_("Cancelled"), FONT_BOLD), look.cancelled))
            note = " ".join(item.note.split())
            if note and (whole_reason or len(note) <= SHORT_REASON):
                out.append(Paragraph(markup(note), look.note))
            continue
        out.append(Paragraph(name, look.meeting.clone("m", **top)))
        if item.moved_from is not None:
            text = _("Moved from {day}").format(day=format_date(item.moved_from, year=False))
            out.append(Paragraph(markup(text, FONT_BOLD), look.moved))
        for t in item.turns:
            who = (
                markup(t.name)
                if t.name
                else f"<font color='{OPEN}'><b>{markup(_('— open —'), FONT_BOLD)}</b></font>"
            )
            line = filled(_("{role}: {name}"), role=markup(t.role), name=who)
            out.append(Paragraph(line, look.turn))
    if lead and not items:  # no meeting: the day's number alone
        out.append(Paragraph(lead, look.day))
    return out


# ---------------------------------------------------------------------- drawing

NARROW = 16 * mm  # a weekday column with no meeting on its page
WIDEST = 2.4  # a column with meetings is at most this many times an even share
SPLIT_INSIDE = 160  # points: a week too tall for a page splits inside, leaving this at least


def _widths(width: float, busy: Sequence[bool]) -> list[float]:
    """The grid's columns: the weekdays with meetings share what the empty ones leave."""
    n = sum(busy)
    if n in (0, 7):
        return [width / 7] * 7
    wide = min((width - NARROW * (7 - n)) / n, width / 7 * WIDEST)
    narrow = (width - wide * n) / (7 - n)
    return [wide if b else narrow for b in busy]


def render_roster(
    data: RosterData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw the roster, written whole or not at all: a landscape month grid to a page (a busy
    month goes on over more, named on each), or with ``large`` the days in a list, a month at
    a time, nothing under 16 points."""
    if large:
        return _render_list(data, out, paper, printed, limit)
    st = make_styles()
    look = _look(st.cell, 9, 9.5, INK, MUTED, 1.15)
    month_style = st.title.clone("rmonth", fontSize=16, leading=19, textColor=ACCENT)
    group_style = st.cell_bold.clone("rgroup", fontSize=10, leading=12, alignment=TA_RIGHT)
    by_day = _by_day(data)

    def cell(day: date, page: _Page) -> list[Flowable] | str:
        if page.shows(day):
            shown = (
                str(day.day) if page.in_month(day) else format_date(day, year=False, weekday=False)
            )
            # The day's number starts the cell's first line, to spare a line in each week.
            lead = f"<font color='{DAY_INK}'>{markup(shown, FONT_BOLD)}</font>"
            return _items(by_day.get(day, ()), look, False, lead)
        if page.in_month(day):  # in the month, outside the roster's dates
            return [Paragraph(f"<font color='{FADED}'>{day.day}</font>", look.day)]
        return ""

    def heading(page: _Page, width: float) -> Table:
        """What this is and the month, large, and the group: at the top of every page."""
        words = _("Service roster · {month}").format(month=i18n.format_month(page.month))
        month = Paragraph(markup(words, FONT_BOLD), month_style)
        group = Paragraph(markup(data.group_name, FONT_BOLD), group_style)
        top = Table([[month, group]], colWidths=[width * 0.6, width * 0.4])
        top.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        return top

    def story(width: float) -> Iterator[object]:  # a month at a time, as the pages fill
        firstweekday = 6  # Sunday first, like a wall calendar
        heads = _day_heads(firstweekday)
        for i, page in enumerate(_pages(data.first, data.last, firstweekday)):
            if i:
                yield PageBreak()
            busy = [
                any(page.shows(w[c]) and by_day.get(w[c]) for w in page.weeks) for c in range(7)
            ]
            widths = _widths(width, busy)
            rows: list[list[object]] = [
                [heading(page, width), "", "", "", "", "", ""],
                [Paragraph(markup(name, FONT_BOLD), look.day) for name in heads],
            ]
            for week in page.weeks:
                days: list[object] = [cell(d, page) for d in week]
                rows.append(days)
            # The month and the days' names head every page the month takes.
            table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=SPLIT_INSIDE)
            table.setStyle(
                TableStyle([
                    ("SPAN", (0, 0), (-1, 0)),
                    ("GRID", (0, 1), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 1), (-1, 1), BAND),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, 0), 0),
                    ("RIGHTPADDING", (0, 0), (-1, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                ])
            )  # fmt: skip
            yield table
        if not data.entries and not data.not_held:
            yield Paragraph(markup(_nothing_yet()), st.body)

    return write_pdf(
        out, group_name=data.group_name, title=_("service roster"), subject=_("Service roster"),
        story=story, paper=paper, landscape=True, printed=printed, margin=MARGIN * 0.7,
        limit=limit,
    )  # fmt: skip


def _nothing_yet() -> str:  # looked up as it prints, in the group's language
    return _(
        "No meetings in these dates need people yet. In GroupKeeper, choose the "
        "roles each meeting needs, then fill the roster."
    )


def _render_list(
    data: RosterData, out: Path, paper: Paper, printed: date | None, limit: PageLimit | None
) -> Path:
    """Large print: the days with meetings down a portrait page, the date on the left and
    each meeting on the right with who serves, a month at a time with the month's name
    heading every page it takes. A grid at 16 points would hold a word or two a line; a list
    reads in one direction, as a person with low vision reads, and every cell is full width."""
    st = make_styles(large=True)
    look = _look(st.cell, 16, 18, INK, INK, 1.25)
    month_style = st.title.clone("rmonth", fontSize=22, leading=27, textColor=ACCENT)
    date_style = st.cell_bold.clone("rdate", fontSize=18, leading=22)
    by_day = _by_day(data)

    def story(width: float) -> Iterator[object]:
        yield Paragraph(markup(data.group_name, FONT_BOLD),
                        st.title.clone("rtitle", fontSize=24, leading=29))  # fmt: skip
        yield Paragraph(markup(_("Service roster")), st.subtitle)
        for month in _months(data.first, data.last):
            days = [d for d in by_day if (d.year, d.month) == (month.year, month.month)]
            if not days:
                continue
            rows: list[list[object]] = [
                [Paragraph(markup(i18n.format_month(month), FONT_BOLD), month_style), ""]
            ]
            for d in sorted(days):
                # The weekday over the date ("Tuesday" / "March 17"): neither breaks inside.
                weekday = i18n.day_name(d.weekday())
                when = format_date(d, year=False, weekday=False, long=True)
                rows.append([[Paragraph(markup(weekday, FONT_BOLD), date_style),
                              Paragraph(markup(when, FONT_BOLD), date_style)],
                             _items(by_day[d], look, whole_reason=True)])  # fmt: skip
            table = Table(rows, colWidths=[width * 0.3, width * 0.7], repeatRows=1,
                          splitInRow=SPLIT_INSIDE)  # fmt: skip
            table.setStyle(
                TableStyle([
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("LINEBELOW", (0, 0), (-1, -1), 1, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ])
            )  # fmt: skip
            yield table
        if not data.entries and not data.not_held:
            yield Paragraph(markup(_nothing_yet()), st.body)

    return write_pdf(
        out, group_name=data.group_name, title=_("service roster"), subject=_("Service roster"),
        story=story, paper=paper, large=True, printed=printed, limit=limit,
    )  # fmt: skip
