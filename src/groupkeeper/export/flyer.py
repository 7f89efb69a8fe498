"""The schedule flyer for the notice board: the group's meetings for a date range, day by day
and by start time, with the dates a series that skips weeks meets, how to join the online and
hybrid ones (their link, when asked, as a QR code too), the changed dates, a legend, and the
group's contact (with a QR code to its website) when the group prints it here.

``flyer_data`` reads everything from a session into plain records; ``render_flyer`` draws them
and needs no database, so it can run in a worker thread or a headless command alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import groupby
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from groupkeeper import i18n
from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.online import attendance, how_to_join, qr_code, qr_fits, qr_link
from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    BAND,
    FONT,
    FONT_BOLD,
    RULE,
    Heading,
    PageLimit,
    Paper,
    Styles,
    make_styles,
    table,
    write_pdf,
)
from groupkeeper.group.contact import (
    ContactPlace,
    GroupContact,
    contact_problems,
    printed_contact,
    tidy_contact,
)
from groupkeeper.group.service import require_group
from groupkeeper.i18n import _
from groupkeeper.schedule import service
from groupkeeper.schedule.formats import sort_codes
from groupkeeper.schedule.occurrences import Occurrence, Online, Status
from groupkeeper.schedule.recurrence import RepeatKind, join_words
from groupkeeper.text import format_date, format_time, range_problem

NBSP = "\u00a0"  # the bundled font has it: "7:00 PM" and "19 h 00" never part at a line's end


@dataclass(frozen=True)
class FlyerMeeting:
    name: str
    when: str  # the rule in words: "Every other Thursday"
    dates: str  # the dates it meets in the range, for a series that skips weeks; else ""
    start: str  # "7:00 PM", its parts held together by no-break spaces
    end: str
    place: str
    accessibility: str
    formats: tuple[str, ...]
    notes: str
    online: Online = field(default_factory=Online)  # how to join, online or hybrid
    qr: str = ""  # the link to print as a QR code beside it, when the flyer has them


@dataclass(frozen=True)
class FlyerDay:
    """The meetings on one day of the week (0 = Monday), by start time; ``weekday`` None
    holds the series that meet on a day number of the month, whatever its weekday."""

    weekday: int | None
    meetings: tuple[FlyerMeeting, ...]


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
    days: tuple[FlyerDay, ...]  # in the week's order where the group is (Sunday or Monday first)
    changes: tuple[FlyerChange, ...]
    legend: tuple[tuple[str, str], ...]
    contact: ContactLines = ()  # only when the group chose to print it on the flyer
    website: str = ""  # its full address for the QR code, when the contact prints with it
    warnings: tuple[str, ...] = ()  # what the person should know: a link too long for a code


def whole(text: str) -> str:
    """``text`` (a time, a short date) with its spaces made no-break: one piece on paper."""
    return text.replace("\u202f", " ").replace(" ", NBSP)


_BEFORE_MARK = re.compile(r" (?=[;:!?»])")


def bound(text: str) -> str:
    """``text`` with a space before a colon or semicolon (as French sets them: "jeudi : 5
    mars ; 2 avr.") made no-break, so the mark never starts a line."""
    return _BEFORE_MARK.sub(NBSP, text).replace("« ", "«" + NBSP)


def _month_pattern(long: bool) -> str:
    """The CLDR pattern for a day and a month (and the year, ``long``) in the locale in force;
    English as the house writes it, the day first: "5 Mar"."""
    from babel import dates

    loc = i18n.babel_locale(i18n.current())
    if loc.language == "en":
        return "d MMM y" if long else "d MMM"
    skeletons = loc.datetime_skeletons
    return str(skeletons[dates.match_skeleton("yMMMd" if long else "MMMd", skeletons)].pattern)


def dates_in_words(days: Sequence[date], years: bool = False) -> str:
    """Meeting dates as a reader writes them, a month's dates together: "5 and 19 Mar; 2 Apr"
    ("5 et 19 mars ; 2 avr."). ``years`` names the year where it starts and where it changes
    (a range of more than a year names a month twice)."""
    from babel import dates

    loc = i18n.babel_locale(i18n.current())
    # The day alone as the pattern writes it ("5", "5."), where the day comes first.
    lead = re.match(r"d+[^\sdMLy']*", _month_pattern(False))
    groups: list[str] = []
    shown_year = None
    for (year, _month), in_month in groupby(days, key=lambda d: (d.year, d.month)):
        month = list(in_month)
        pattern = _month_pattern(years and year != shown_year)
        shown_year = year
        if lead is None:  # the month first ("3月5日"): every date whole
            words = [whole(str(dates.format_date(d, pattern, locale=loc))) for d in month]
            groups.append(join_words(words))
            continue
        words = [str(dates.format_date(d, lead.group(), locale=loc)) for d in month[:-1]]
        words.append(whole(str(dates.format_date(month[-1], pattern, locale=loc))))
        groups.append(join_words(words))
    text = groups[0] if groups else ""
    for more in groups[1:]:
        # TRANSLATORS: between one month's meeting dates and the next's: "5 and 19 Mar; 2 Apr".
        text = _("{earlier}; {later}").format(earlier=text, later=more)
    return text


def _skips_weeks(kind: RepeatKind, interval: int) -> bool:
    return not (kind is RepeatKind.ONCE or (kind is RepeatKind.WEEKLY and interval == 1))


def _meets(o: Occurrence) -> bool:
    """Whether the meeting is held on its usual date (perhaps at another time)."""
    return o.status is Status.SCHEDULED or (o.status is Status.MOVED and o.day == o.original_date)


def flyer_data(session: Session, first: date, last: date, *, qr: bool = False) -> FlyerData:
    """The flyer's records; with ``qr``, each online or hybrid meeting's link as a QR code
    too, where its code is fine enough for a phone to read (a warning says where not)."""
    if wrong := range_problem(first, last):
        raise GroupKeeperError(wrong)
    group = require_group(session)
    lang = group.language
    series = service.list_series(session)
    occurrences = service.occurrences(session, first, last, series)
    by_series: dict[int, list[Occurrence]] = {}
    for o in occurrences:
        by_series.setdefault(o.series_id, []).append(o)
    years = (last.year - first.year) * 12 + last.month - first.month >= 12
    placed: dict[int | None, list[tuple[time, str, FlyerMeeting]]] = {}
    used: set[str] = set()
    warnings: list[str] = []
    for rec in series:
        held = by_series.get(rec.id)
        if not held:
            continue
        d = rec.data
        used.update(d.formats)
        code = qr_link(d.online) if qr else ""
        if code and not qr_fits(code):
            code = ""
            warnings.append(
                _(
                    "The link for “{meeting}” is too long for a QR code that a phone can read "
                    "from paper, so the flyer prints it as text only."
                ).format(meeting=d.name)
            )
        end = (datetime.combine(first, d.start_time) + timedelta(minutes=d.duration_minutes)).time()
        kind = d.repeat.kind
        weekdays: list[int | None] = (
            [None]
            if kind is RepeatKind.MONTHLY_DAY
            else [*sorted({o.original_date.weekday() for o in held})]
        )
        for weekday in weekdays:
            dates = ""
            if _skips_weeks(kind, d.repeat.interval):
                on = sorted(
                    o.day for o in held
                    if _meets(o) and (weekday is None or o.day.weekday() == weekday)
                )  # fmt: skip
                dates = dates_in_words(on, years)
            meeting = FlyerMeeting(
                name=d.name,
                when=rec.when,
                dates=dates,
                start=whole(format_time(d.start_time, lang)),
                end=whole(format_time(end, lang)),
                place=d.location.one_line(),
                accessibility=d.location.accessibility,
                formats=d.formats,
                notes=d.notes,
                online=d.online,
                qr=code,
            )
            placed.setdefault(weekday, []).append((d.start_time, d.name, meeting))
    by = keyer(name for entries in placed.values() for _at, name, _m in entries)
    week_starts = i18n.babel_locale(i18n.current()).first_week_day
    order: list[int | None] = [(week_starts + n) % 7 for n in range(7)]
    days = tuple(
        FlyerDay(
            weekday,
            tuple(m for _at, _name, m in sorted(placed[weekday], key=lambda e: (e[0], by(e[1])))),
        )
        for weekday in [*order, None]
        if weekday in placed
    )
    changes = []
    for o in occurrences:
        if o.status is Status.CANCELLED:
            what = _("Cancelled: {note}").format(note=o.note) if o.note else _("Cancelled")
            changes.append(FlyerChange(o.original_date, o.series_name, bound(what)))
        elif o.status is Status.MOVED:
            day, start = format_date(o.day), whole(format_time(o.start, lang))
            what = (
                _("Moved to {day} at {time}: {note}").format(day=day, time=start, note=o.note)
                if o.note
                else _("Moved to {day} at {time}").format(day=day, time=start)
            )
            changes.append(FlyerChange(o.original_date, o.series_name, bound(what)))
    changes.sort(key=lambda c: (c.day, c.meeting))
    labels = service.format_labels(session)
    legend = tuple((code, labels.get(code, code)) for code in sort_codes(used))
    contact = printed_contact(group.contact, ContactPlace.SCHEDULE)
    website = tidy_contact(group.contact).website if contact else ""
    if website and contact_problems(GroupContact(website=website)):
        website = ""  # printed_contact left it out too
    return FlyerData(
        group.name, first, last, days, tuple(changes), legend, contact, website, tuple(warnings)
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a Paragraph, line breaks kept (each line put into its script's order)."""
    return Paragraph("<br/>".join(markup(line, style.fontName) for line in text.split("\n")), style)


def _derived(base: ParagraphStyle, name: str, scale: float, **kw: object) -> ParagraphStyle:
    size = base.fontSize * scale
    return ParagraphStyle(name, parent=base, fontSize=size, leading=size * 1.22, **kw)


class _DayHeading(Heading):
    """A day's name atop its table, repeated at the top of a page the day runs onto; a
    bookmark only the first time."""

    marked = False

    def draw(self) -> None:
        if self.marked:
            Paragraph.draw(self)
            return
        self.marked = True
        super().draw()


def _day_name(weekday: int | None) -> str:
    if weekday is None:
        return _("On the same date each month")
    name = i18n.day_name(weekday)
    return name[:1].upper() + name[1:]  # stand-alone names are small in French and Spanish


# Tighter than the shared table's padding: a busy group's week fits two pages.
_PADDING = [
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
_SIDES = 6  # the left and right padding together


def _day_table(day: FlyerDay, st: Styles, columns: list[float]) -> Table:
    """A day's meetings under its name: four columns (when, what, where, format codes), three
    (the codes under what) or two (all but the time in one)."""
    lead = _derived(st.cell_bold, "lead", 1.15)  # the name and the start time alike
    heading = _derived(st.heading, "day", 1.0, spaceBefore=0, spaceAfter=0)
    top: list[object] = [_DayHeading(_day_name(day.weekday), heading)]
    rows: list[list[object]] = [top + [""] * (len(columns) - 1)]
    for m in day.meetings:
        when = [_p(m.start, lead), Paragraph(f"–{NBSP}{markup(m.end)}", st.cell)]
        what = [_p(m.name, lead)]
        rule = (
            # TRANSLATORS: {when} is how a meeting repeats ("Every other Thursday"), {dates}
            # the dates it meets in the flyer's range ("5 and 19 Mar; 2 Apr").
            _("{when}: {dates}").format(when=m.when, dates=m.dates) if m.dates else m.when
        )
        rule = bound(rule)
        what.append(_p(rule, st.cell))
        if m.notes:
            what.append(_p(m.notes, st.small))
        # An online meeting's place (a town, for the meeting lists' time zone) is not a
        # place to go: how to join it stands there instead.
        where: list[object] = attendance(m.online, st.cell)
        if m.online.in_person:
            where.append(_p(m.place or _("Place to be announced"), st.cell))
            if m.accessibility:
                where.append(_p("♿ " + m.accessibility, st.cell))
        where += how_to_join(m.online, st.cell, st.small)
        codes = _p(" ".join(m.formats), st.cell_bold)
        if len(columns) == 2:
            rows.append([when, [*what, *_with_qr(where, m.qr, st, columns[1] - _SIDES), codes]])
        elif len(columns) == 3:
            rows.append([when, [*what, codes], _with_qr(where, m.qr, st, columns[2] - _SIDES)])
        else:
            rows.append([when, what, _with_qr(where, m.qr, st, columns[2] - _SIDES), codes])
    made = Table(rows, colWidths=columns, repeatRows=1)
    made.setStyle(
        TableStyle([
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            *_PADDING,
            ("TOPPADDING", (0, 0), (-1, 0), 2),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ])
    )  # fmt: skip
    return made


_BARE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _with_qr(where: list[object], link: str, st: Styles, width: float) -> list[object]:
    """The place and how to join, with the link's QR code (``link``, when there is one)
    beside them, a line under it saying what it is for; under them instead where the column
    leaves the words too little room beside it."""
    if not link:
        return where
    code = qr_code(link, max(20 * mm, 5 * st.body.fontSize))  # 28 mm in large print
    side, gap = code.width, 2.5 * mm
    if width - side - gap >= 14 * st.cell.fontSize:
        caption = _p(_("Scan to join"), _derived(st.small, "scan", 1.0, alignment=1))
        made = Table([[where, [code, caption]]], colWidths=[width - side - gap, side + gap])
        made.setStyle(TableStyle([*_BARE, ("LEFTPADDING", (1, 0), (1, 0), gap)]))
        return [made]
    caption = _p(_("Scan to join"), st.small)
    made = Table([[code, caption]], colWidths=[side + gap, width - side - gap])
    made.setStyle(TableStyle([*_BARE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [*where, Spacer(1, 1 * mm), made]


def _time_width(data: FlyerData, st: Styles) -> float:
    """Room for the longest start time (bold, as the name) and "– end" below it, whole."""
    size = st.cell_bold.fontSize * 1.15
    widest = max(
        max(
            stringWidth(m.start, FONT_BOLD, size),
            stringWidth(f"–{NBSP}{m.end}", FONT, st.cell.fontSize),
        )
        for day in data.days
        for m in day.meetings
    )
    return float(widest) + _SIDES + 2


def _changes(data: FlyerData, st: Styles, width: float, narrow: bool) -> list[object]:
    if not data.changes:
        return []
    if narrow:  # one column: the date and the meeting, then what changes
        rows = [
            [[_p(f"{format_date(c.day)} · {c.meeting}", st.cell_bold), _p(c.what, st.cell)]]
            for c in data.changes
        ]
        made = table(rows, [width], header=False)
    else:
        dated = max(stringWidth(format_date(c.day), FONT, st.cell.fontSize) for c in data.changes)
        first = dated + _SIDES + 2
        rows = [[_p(h, st.cell_bold) for h in (_("Date"), _("Meeting"), _("What changes"))]]
        for c in data.changes:
            rows.append(
                [_p(format_date(c.day), st.cell), _p(c.meeting, st.cell), _p(c.what, st.cell)]
            )
        rest = width - first
        made = table(rows, [first, rest * 0.4, rest * 0.6])
    made.setStyle(TableStyle(_PADDING))
    return [Heading(_("Changes to the usual schedule"), st.heading), made]


def _legend(data: FlyerData, st: Styles, width: float, narrow: bool) -> list[object]:
    if not data.legend:
        return []
    if narrow:  # one code to a row
        rows = [[_p(code, st.cell_bold), _p(label, st.cell)] for code, label in data.legend]
        legend = table(rows, [width * 0.22, width * 0.78], header=False)
    else:
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
        legend = table(rows, [width * 0.1, width * 0.4, width * 0.1, width * 0.4], header=False)
    legend.setStyle(
        TableStyle(
            [*_PADDING, ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        )
    )
    return [Heading(_("What the format codes mean"), st.heading), legend]


def _heading(data: FlyerData, st: Styles, width: float, narrow: bool) -> list[object]:
    """The group's name and the dates; with a website to print, its QR code where a passer-by
    with a phone looks first, and a line saying what it is for: at the right of the name on a
    wide page, under the dates on a narrow one (a long name in large print needs the width)."""
    span = _("Meeting schedule · {first} to {last}").format(
        first=format_date(data.first), last=format_date(data.last)
    )
    words = [_p(data.group_name, st.title), _p(span, st.subtitle)]
    if not data.website:
        return words
    side = max(22 * mm, 6 * st.body.fontSize)  # 30 mm in large print
    # Loaded only for a flyer with a QR code: reportlab's barcode package loads every kind.
    from reportlab.graphics.barcode.qr import QrCode

    code = QrCode(data.website, width=side, height=side, qrLevel="M")
    caption = _p(_("Scan with a phone's camera to open the group's website."), st.cell)
    if narrow:
        made = Table([[code, caption]], colWidths=[side + 3 * mm, width - side - 3 * mm])
        pad = [("LEFTPADDING", (1, 0), (1, 0), 3 * mm), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        out = [*words, made]
    else:
        made = Table([[[*words, caption], code]], colWidths=[width - side - 2 * mm, side + 2 * mm])
        pad = [("LEFTPADDING", (1, 0), (1, 0), 2 * mm)]
        out = [made]
    made.setStyle(
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (0, 0), 6),  # as the frame indents a paragraph
            *pad,
        ])
    )  # fmt: skip
    return [*out, Spacer(1, st.subtitle.spaceAfter)]


def _story(data: FlyerData, st: Styles, width: float) -> list[object]:
    # Headings closer to what went before than the other papers' (the contact's heading too):
    # a busy week, its changes, the legend and the contact fit two pages.
    st = replace(st, heading=_derived(st.heading, "heading", 1.0, spaceBefore=6, spaceAfter=3))
    # Four columns need room: a booklet page or large print gets three or two.
    narrow = width < 40 * st.body.fontSize
    story = _heading(data, st, width, narrow)
    # The contact and the closing line stay together: neither alone at the top of a page.
    ending = [
        *contact_block(data.contact, st, width),
        Spacer(1, 2 * mm),
        _p(_("All are welcome to open meetings. What is said here stays here."), st.small),
    ]
    if not data.days:
        story.append(_p(_("No meetings are scheduled in these dates."), st.body))
        story.append(KeepTogether(ending))
        return story
    first = _time_width(data, st)
    rest = width - first
    if narrow and rest < 24 * st.body.fontSize:
        columns = [first, rest]
    elif narrow:  # the place beside the rest: shorter rows than one column of it all
        columns = [first, rest * 0.45, rest * 0.55]
    else:
        widest = max(
            stringWidth(" ".join(m.formats), FONT_BOLD, st.cell_bold.fontSize)
            for day in data.days
            for m in day.meetings
        )
        codes = min(max(widest + _SIDES + 2, rest * 0.1), rest * 0.2)
        # The place and its access notes are longer than a meeting's name and rule.
        columns = [first, (rest - codes) * 0.42, (rest - codes) * 0.58, codes]
    for day in data.days:
        story.append(_day_table(day, st, columns))
        story.append(Spacer(1, 1.5 * mm))
    story.extend(_changes(data, st, width, narrow))
    # The legend, the contact and the closing line stay together: none alone atop a page.
    story.append(KeepTogether([*_legend(data, st, width, narrow), *ending]))
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
        story=lambda width: _story(data, st, width), paper=paper, large=large,
        printed=printed, limit=limit,
    )  # fmt: skip
