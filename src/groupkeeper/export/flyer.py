"""The schedule flyer: the group's meetings for a date range, the changed dates and a legend.

``flyer_data`` reads everything from a session into plain records; ``render_flyer`` draws them
and needs no database, so it can run in a worker thread or a headless command alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
)
from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    Heading,
    PageLimit,
    Paper,
    Styles,
    make_styles,
    table,
    write_pdf,
)
from groupkeeper.group.contact import ContactPlace, printed_contact
from groupkeeper.group.service import require_group
from groupkeeper.i18n import _
from groupkeeper.schedule import service
from groupkeeper.schedule.formats import sort_codes
from groupkeeper.schedule.occurrences import Status
from groupkeeper.text import format_date, format_time, format_time_range, range_problem


@dataclass(frozen=True)
class FlyerMeeting:
    name: str
    when: str
    times: str
    place: str
    accessibility: str
    formats: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class FlyerChange:
    day: date
    meeting: str
    what: str


@dataclass(frozen=True)
class FlyerData:
    group_name: str
    first: date
    last: date
    meetings: tuple[FlyerMeeting, ...]
    changes: tuple[FlyerChange, ...]
    legend: tuple[tuple[str, str], ...]
    contact: ContactLines = ()  # only when the group chose to print it on the flyer


def flyer_data(session: Session, first: date, last: date) -> FlyerData:
    if wrong := range_problem(first, last):
        raise GroupKeeperError(wrong)
    group = require_group(session)
    lang = group.language
    series = service.list_series(session)
    occurrences = service.occurrences(session, first, last, series)
    active = {o.series_id for o in occurrences}
    meetings = []
    used: set[str] = set()
    for rec in series:
        if rec.id not in active:
            continue
        d = rec.data
        used.update(d.formats)
        meetings.append(
            FlyerMeeting(
                name=d.name,
                when=rec.when,
                times=format_time_range(d.start_time, d.duration_minutes, lang),
                place=d.location.one_line(),
                accessibility=d.location.accessibility,
                formats=d.formats,
                notes=d.notes,
            )
        )
    by = keyer(m.name for m in meetings)
    meetings.sort(key=lambda m: by(m.name))
    changes = []
    for o in occurrences:
        if o.status is Status.CANCELLED:
            what = _("Cancelled: {note}").format(note=o.note) if o.note else _("Cancelled")
            changes.append(FlyerChange(o.original_date, o.series_name, what))
        elif o.status is Status.MOVED:
            day, start = format_date(o.day), format_time(o.start, lang)
            what = (
                _("Moved to {day} at {time}: {note}").format(day=day, time=start, note=o.note)
                if o.note
                else _("Moved to {day} at {time}").format(day=day, time=start)
            )
            changes.append(FlyerChange(o.original_date, o.series_name, what))
    changes.sort(key=lambda c: (c.day, c.meeting))
    labels = service.format_labels(session)
    legend = tuple((code, labels.get(code, code)) for code in sort_codes(used))
    return FlyerData(
        group.name, first, last, tuple(meetings), tuple(changes), legend,
        printed_contact(group.contact, ContactPlace.SCHEDULE),
    )  # fmt: skip


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a Paragraph, line breaks kept (each line put into its script's order)."""
    return Paragraph("<br/>".join(markup(line, style.fontName) for line in text.split("\n")), style)


def _story(data: FlyerData, st: Styles, width: float) -> list[object]:
    span = _("Meeting schedule · {first} to {last}").format(
        first=format_date(data.first), last=format_date(data.last)
    )
    story: list[object] = [_p(data.group_name, st.title), _p(span, st.subtitle)]
    if not data.meetings:
        story.append(_p(_("No meetings are scheduled in these dates."), st.body))
        if data.contact:
            story.append(KeepTogether(contact_block(data.contact, st, width)))
        return story
    # Four columns need room: a booklet page or large print gets two (what and when; where).
    narrow = width < 40 * st.body.fontSize
    heads = (
        (_("Meeting"), _("Where")) if narrow else (_("Meeting"), _("When"), _("Where"), _("Format"))
    )
    rows: list[list[object]] = [[_p(h, st.cell_bold) for h in heads]]
    for m in data.meetings:
        name = [_p(m.name, st.cell_bold)]
        if m.notes:
            name.append(_p(m.notes, st.small))
        where = [_p(m.place or _("Place to be announced"), st.cell)]
        if m.accessibility:
            where.append(_p("♿ " + m.accessibility, st.small))
        when = [_p(m.when, st.cell), _p(m.times, st.small)]
        codes = _p(" ".join(m.formats), st.cell_bold)
        if narrow:
            rows.append([name + when, [*where, codes]])
        else:
            rows.append([name, when, where, codes])
    widths = [0.5, 0.5] if narrow else [0.27, 0.25, 0.34, 0.14]
    story.append(table(rows, [width * w for w in widths]))
    if data.changes:
        story.append(Heading(_("Changes to the usual schedule"), st.heading))
        rows = [[_p(h, st.cell_bold) for h in (_("Date"), _("Meeting"), _("What changes"))]]
        for c in data.changes:
            rows.append(
                [_p(format_date(c.day), st.cell), _p(c.meeting, st.cell), _p(c.what, st.cell)]
            )
        story.append(table(rows, [width * 0.2, width * 0.3, width * 0.5]))
    if data.legend:
        half = (len(data.legend) + 1) // 2
        left, right = data.legend[:half], data.legend[half:]
        rows = []
        for i in range(half):
            row: list[object] = [_p(left[i][0], st.cell_bold), _p(left[i][1], st.cell)]
            if i < len(right):
                row += [_p(right[i][0], st.cell_bold), _p(right[i][1], st.cell)]
            else:
                row += ["", ""]
            rows.append(row)
        if narrow:  # one code to a row
            rows = [[_p(code, st.cell_bold), _p(label, st.cell)] for code, label in data.legend]
            legend = table(rows, [width * 0.22, width * 0.78], header=False)
        else:
            legend = table(rows, [width * 0.1, width * 0.4, width * 0.1, width * 0.4], header=False)
        story.append(KeepTogether([Heading(_("What the format codes mean"), st.heading), legend]))
    # The contact and the closing line stay together: neither alone at the top of a page.
    ending = [
        *contact_block(data.contact, st, width),
        Spacer(1, 6 * mm),
        _p(_("All are welcome to open meetings. What is said here stays here."), st.small),
    ]
    story.append(KeepTogether(ending))
    return story


def render_flyer(
    data: FlyerData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw the flyer to ``out``, written whole or not at all."""
    st = make_styles(large)

    return write_pdf(
        out, group_name=data.group_name, title=_("meeting schedule"), subject=_("Meeting schedule"),
        story=lambda width: _story(data, st, width), paper=paper, large=large, printed=printed,
        limit=limit,
    )  # fmt: skip
