"""The roster calendar (a month grid per page, who serves at each meeting, open turns marked)
and the same roster as CSV, one row per turn, for spreadsheets.

``roster_data`` reads everything from a session into plain records; the writers need no
database, so they run in a worker thread or a headless command alike.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.script import filled, markup
from groupkeeper.export.styles import (
    BAND,
    FONT,
    FONT_BOLD,
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
from groupkeeper.text import format_time, range_problem
from groupkeeper.untrusted import csv_row


@dataclass(frozen=True)
class Turn:
    role: str
    name: str  # "" when open


@dataclass(frozen=True)
class RosterEntry:
    day: date
    time: str
    series: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class RosterData:
    group_name: str
    first: date
    last: date
    entries: tuple[RosterEntry, ...]

    @property
    def open_count(self) -> int:
        return sum(1 for e in self.entries for t in e.turns if not t.name)


def roster_data(session: Session, first: date, last: date) -> RosterData:
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
        entries.append(
            RosterEntry(o.day, format_time(o.start, group.language), o.series_name, tuple(turns))
        )
    return RosterData(group.name, first, last, tuple(entries))


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


def render_roster(
    data: RosterData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw one landscape month grid per page; written whole or not at all."""
    st = make_styles()
    day_style = st.small.clone("rday", fontName=FONT_BOLD, textColor=MUTED, fontSize=8, leading=9)
    meet_style = st.cell.clone("rmeet", fontName=FONT_BOLD, fontSize=7, leading=8.2)
    turn_style = st.cell.clone("rturn", fontSize=6.8, leading=8)
    by_day: dict[date, list[RosterEntry]] = {}
    for e in data.entries:
        by_day.setdefault(e.day, []).append(e)

    def cell(day: date, month: date) -> list[Paragraph] | str:
        if day.month != month.month:
            return ""
        if not data.first <= day <= data.last:  # in the month, outside the roster's dates
            return [Paragraph(f"<font color='#b8c0ca'>{day.day}</font>", day_style)]
        parts = [Paragraph(str(day.day), day_style)]
        for e in by_day.get(day, []):
            parts.append(Paragraph(markup(f"{e.time} {e.series}", FONT_BOLD), meet_style))
            for t in e.turns:
                who = (
                    markup(t.name)
                    if t.name
                    else f"<font color='#b3261e'><b>{markup(_('— open —'), FONT_BOLD)}</b></font>"
                )
                line = filled(_("{role}: {name}"), role=markup(t.role), name=who)
                parts.append(Paragraph(line, turn_style))
        return parts

    def story(width: float) -> Iterator[object]:  # a month at a time, as the pages fill
        weeks_cal = calendar.Calendar(firstweekday=6)  # Sunday first, like a wall calendar
        for i, month in enumerate(_months(data.first, data.last)):
            if i:
                yield PageBreak()
            yield Paragraph(markup(data.group_name, FONT_BOLD), st.title)
            heading = _("Service roster · {month}").format(month=i18n.format_month(month))
            yield Paragraph(markup(heading), st.subtitle)
            weeks = weeks_cal.monthdatescalendar(month.year, month.month)
            head = [
                Paragraph(f"<b>{markup(name, FONT_BOLD)}</b>", st.cell)
                for name in _day_heads(weeks_cal.firstweekday)
            ]
            rows: list[list[object]] = [head] + [[cell(d, month) for d in w] for w in weeks]
            table = Table(rows, colWidths=[width / 7] * 7, repeatRows=1)
            table.setStyle(
                TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ])
            )  # fmt: skip
            yield table
        if not data.entries:
            yield Paragraph(
                markup(
                    _(
                        "No meetings in these dates need people yet. In GroupKeeper, choose the "
                        "roles each meeting needs, then fill the roster."
                    )
                ),
                st.body,
            )

    return write_pdf(
        out, group_name=data.group_name, title=_("service roster"), subject=_("Service roster"),
        story=story, paper=paper, landscape=True, printed=printed, margin=MARGIN * 0.7,
        bottom=MARGIN + 2 * mm, limit=limit,
    )  # fmt: skip
