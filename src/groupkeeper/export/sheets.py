"""Two one-purpose sheets: the sign-in sheet (blank lines, and the members' first names if
the group wants them printed) and the phone list (only members who said yes, with "please
keep private" at the top and bottom of every page).

Neither prints a last name, a note or anything a member did not agree to share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper.collation import sort
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export import script
from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    BAND,
    FONT,
    FONT_BOLD,
    MUTED,
    RULE,
    PageLimit,
    Paper,
    make_styles,
    write_pdf,
)
from groupkeeper.group.service import require_group
from groupkeeper.i18n import N_, _, ngettext
from groupkeeper.roster import service as roster
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time

MAX_BLANK = 200
ENTRY = 11.0  # the phone list's names and numbers, in points (large print: 16)
PAD = 4.0  # either side of a name or number
GUTTER = 6 * mm  # between the phone list's columns
FEWEST_LAST = 6  # entries on a phone list's last page, if it is not the only one
FEWEST_ROWS = 5  # rows on a sign-in sheet's last page, likewise
BIG = 1e6  # room enough to measure a cell in
FUZZ = 1e-6
PRIVATE = N_("PLEASE KEEP PRIVATE · for the group's members only · do not post or share")


@dataclass(frozen=True)
class SignInData:
    group_name: str
    heading: str  # "Tuesday Night Discussion · Tue 3 Mar 2026, 7:00 PM", or ""
    names: tuple[str, ...]
    blank: int


def sign_in_data(
    s: Session, occ: Occurrence | None, *, names: bool = False, blank: int = 20
) -> SignInData:
    """A sign-in sheet for the meeting ``occ`` (or undated), with ``blank`` empty lines and,
    if ``names``, the first names of the active members who agreed to be on the phone list
    (an initial added where two of them share one). Visitors handle the sheet: a member who
    said no is not on it, nor counted when telling two names apart."""
    if not 0 <= blank <= MAX_BLANK:
        raise GroupKeeperError(_("Choose between 0 and {most} blank lines.").format(most=MAX_BLANK))
    group = require_group(s)
    first: list[str] = []
    if names:
        agreed = [m for m in roster.list_members(s, active_only=True) if m.data.phone_list_ok]
        counts = Counter(m.data.first_name.strip().casefold() for m in agreed)
        for m in agreed:
            one = m.data.first_name.strip()
            first.append(m.name if counts[one.casefold()] > 1 else one)
        first.sort(key=str.casefold)
    if not first and not blank:
        if names:
            raise GroupKeeperError(
                _(
                    "The sheet would be empty: no member has agreed to be on the phone list, "
                    "so there are no names to print. Print some blank lines."
                )
            )
        raise GroupKeeperError(_("The sheet would be empty: print some blank lines or the names."))
    heading = ""
    if occ is not None:
        when = _("{day}, {time}").format(
            day=format_date(occ.day), time=format_time(occ.start, group.language)
        )
        heading = f"{occ.series_name} · {when}"
    return SignInData(group.name, heading, tuple(first), blank)


def render_sign_in(
    data: SignInData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """The sheet: the names (if any), then the blank lines, one row each, under a "Name |
    Here" header repeated on every page. Rows are set a little closer when that keeps the
    sheet on fewer pages, and a last page never holds fewer than :data:`FEWEST_ROWS`."""
    st = make_styles(large)
    line = st.body.fontSize * 2.4  # room to write by hand
    close = st.body.fontSize * 2.0  # still room, when it saves a page

    def row(cells: list[object], width: float, height: float | None, header: bool = False) -> Table:
        made = Table([cells], colWidths=[width * 0.8, width * 0.2], rowHeights=[height])
        made.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBEFORE", (1, 0), (1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *([("BACKGROUND", (0, 0), (-1, -1), BAND)] if header else []),
            ])
        )  # fmt: skip
        return made

    def story(width: float) -> list[object]:
        subtitle = " · ".join(x for x in (_("Sign-in"), data.heading) if x)
        flow: list[object] = [
            Paragraph(markup(data.group_name, FONT_BOLD), st.title),
            Paragraph(markup(subtitle), st.subtitle),
            Paragraph(markup(_("Signing in is up to you. First names only, please.")), st.small),
        ]
        titles = [Paragraph(markup(_("Name"), FONT_BOLD), st.cell_bold),
                  Paragraph(markup(_("Here"), FONT_BOLD), st.cell_bold)]  # fmt: skip
        header = row(titles, width, None, header=True)
        size = max(ENTRY, st.cell.fontSize)  # names as large as the phone list's
        style = ParagraphStyle("name", parent=st.cell, fontSize=size, leading=size * 1.2)
        names: list[object] = [Paragraph(markup(n), style) for n in data.names]
        blank: list[object] = [""] * data.blank
        cells = names + blank
        flow += [
            Spacer(1, st.small.fontSize * 0.6),
            Columns(
                [row([c, ""], width, line) for c in cells], 1, width, 0, header=header,
                close=[row([c, ""], width, close) for c in cells], fewest_last=FEWEST_ROWS,
            ),
        ]  # fmt: skip
        return flow

    return write_pdf(
        out, group_name=data.group_name, title=_("sign-in sheet"), subject=_("Sign-in sheet"),
        story=story, paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip


@dataclass(frozen=True)
class PhoneEntry:
    name: str
    pronouns: str
    phone: str


@dataclass(frozen=True)
class PhoneList:
    group_name: str
    entries: tuple[PhoneEntry, ...]


def phone_list_data(s: Session) -> PhoneList:
    """Active members who said yes to the phone list and gave a number, by name."""
    group = require_group(s)
    entries = tuple(
        PhoneEntry(m.name, m.data.pronouns, m.data.phone.strip())
        for m in roster.list_members(s, active_only=True)
        if m.data.phone_list_ok and m.data.phone.strip()
    )
    if not entries:
        raise GroupKeeperError(
            _(
                "Nobody is on the phone list yet. In Members, tick “OK to be on the phone "
                "list” for each member who agrees, and give their number."
            )
        )
    return PhoneList(group.name, tuple(sort(entries, lambda e: e.name)))


def render_phone_list(
    data: PhoneList,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """The list in two columns where the names and numbers fit side by side in half the
    width (60 members on one letter page), else in one; read down each column in turn.
    Each entry (its name, pronouns and number) stays whole in one column of one page."""
    st = make_styles(large)
    size = max(ENTRY, st.body.fontSize)  # 11 pt; large print's 16
    entry = ParagraphStyle("entry", parent=st.cell, fontSize=size, leading=size * 1.2)
    muted = MUTED.hexval()[2:]

    def story(width: float) -> list[object]:
        n = len(data.entries)
        subtitle = ngettext(
            "Phone list · {n} member who agreed to be on it",
            "Phone list · {n} members who agreed to be on it",
            n,
        ).format(n=n)
        intro = ParagraphStyle("intro", parent=entry, textColor=MUTED)
        flow: list[object] = [
            Paragraph(markup(data.group_name, FONT_BOLD), st.title),
            Paragraph(markup(subtitle), st.subtitle),
            Paragraph(
                markup(
                    _(
                        "Call when you need to talk, between meetings. Please keep this list "
                        "private: these members trusted the group with their numbers."
                    )
                ),
                intro,
            ),
            Spacer(1, size * 0.6),
        ]
        columns = phone_columns(data.entries, width, size)
        column = (width - GUTTER * (columns - 1)) / columns
        number = min(widest((e.phone for e in data.entries), FONT, size), column * 0.6)

        def words(e: PhoneEntry) -> list[object]:
            name = f'<font face="{FONT_BOLD}">{markup(e.name, FONT_BOLD)}</font>'
            if e.pronouns:
                name += f' <font color="#{muted}">{markup(e.pronouns)}</font>'
            return [Paragraph(name, entry), Paragraph(markup(e.phone), entry)]

        def cell(row: list[object], pad: float) -> Table:
            made = Table([row], colWidths=[column - number, number])
            made.setStyle(
                TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ])
            )  # fmt: skip
            return made

        rows = [words(e) for e in data.entries]  # one paragraph set as close or not
        flow.append(
            Columns(
                [cell(row, 2) for row in rows], columns, column, GUTTER,
                close=[cell(row, 0.5) for row in rows], fewest_last=FEWEST_LAST,
            )
        )  # fmt: skip
        return flow

    return write_pdf(
        out, group_name=data.group_name, title=_("phone list"), subject=_("Phone list (private)"),
        story=story, paper=paper, large=large, printed=printed, notice=_(PRIVATE), limit=limit,
    )  # fmt: skip


def widest(texts: Iterable[str], font: str, size: float) -> float:
    """The width of a cell that holds the widest of ``texts`` on one line, padding included
    (fallback fonts and right-to-left runs measured as they print)."""

    def width(text: str) -> float:
        pieces = script.runs(script.visual(text), font)
        return sum(float(stringWidth(run, name, size)) for name, run in pieces)

    return PAD * 2 + 1 + max(width(t) for t in texts)


def phone_columns(entries: Sequence[PhoneEntry], width: float, size: float) -> int:
    """Two columns if, in half of ``width``, the widest number fits beside the widest name
    or beside half the column (a long name then wraps, whole words); else one."""
    half = (width - GUTTER) / 2
    number = widest((e.phone for e in entries), FONT, size)
    name = widest((e.name for e in entries), FONT_BOLD, size)
    return 2 if number + min(name, half / 2) <= half else 1


class Columns(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Cells that are never split, in ``columns`` columns ``width`` wide with ``gap``
    between: down the first column, then the next, then on to the next page. The last page's
    columns are balanced, and it holds at least ``fewest_last`` cells where the page before
    can give them up. ``close``, the same cells set closer, is used when it saves a page.
    ``header``, if given, heads every column on every page."""

    def __init__(
        self,
        cells: Sequence[Flowable],
        columns: int,
        width: float,
        gap: float,
        *,
        header: Flowable | None = None,
        close: Sequence[Flowable] | None = None,
        fewest_last: int = 1,
    ) -> None:
        super().__init__()
        self.cells, self.close = list(cells), list(close) if close is not None else None
        self.columns, self.column, self.gap = columns, width, gap
        self.header, self.fewest_last = header, fewest_last
        self.header_height = header.wrap(width, BIG)[1] if header is not None else 0.0
        self.heights = [c.wrap(width, BIG)[1] for c in self.cells]
        self.close_heights = [c.wrap(width, BIG)[1] for c in self.close or ()]
        self.placed: list[list[tuple[Flowable, float]]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = self.columns * self.column + (self.columns - 1) * self.gap
        room = avail_height - self.header_height
        for cells, heights in ((self.cells, self.heights), (self.close, self.close_heights)):
            if cells is not None and filled(heights, self.columns, room) == len(cells):
                self.placed = balanced(cells, heights, self.columns)
                tallest = max((sum(h for _c, h in col) for col in self.placed), default=0.0)
                self.width, self.height = width, self.header_height + tallest
                return self.width, self.height
        self.placed = []
        return width, self.header_height + sum(self.heights)  # more than there is room for

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        fit = filled(self.heights, self.columns, room)
        if fit == 0:
            return []  # not one cell: on to the next page
        count = len(self.cells)
        if count - fit < self.fewest_last:
            # Leave the next page a few more, or (a short list) half of them.
            fit = max(count - self.fewest_last, min(fit, (count + 1) // 2))
        # What is left begins the next page, even where this one has room for a close cell.
        return [self.part(0, fit, close=False), PageBreak(), self.part(fit, count, close=True)]

    def part(self, start: int, stop: int, close: bool) -> Columns:
        """Cells ``start`` to ``stop``, as measured already; set closer only if ``close``."""
        made = copy(self)
        made.cells, made.heights = self.cells[start:stop], self.heights[start:stop]
        made.close, made.close_heights = None, []
        if close and self.close is not None:
            made.close, made.close_heights = self.close[start:stop], self.close_heights[start:stop]
        made.placed = []
        return made

    def draw(self) -> None:
        for n, col in enumerate(self.placed):
            if not col and n:
                continue
            x = n * (self.column + self.gap)
            y = self.height
            if self.header is not None:
                y -= self.header_height
                self.header.drawOn(self.canv, x, y)
            for cell, height in col:
                y -= height
                cell.drawOn(self.canv, x, y)


def filled(heights: Sequence[float], columns: int, room: float) -> int:
    """How many of the cells, in order, fill ``columns`` columns ``room`` tall."""
    column, used = 0, 0.0
    for n, height in enumerate(heights):
        if used + height > room + FUZZ:
            column, used = column + 1, 0.0
            if column == columns or height > room + FUZZ:
                return n
        used += height
    return len(heights)


def balanced(
    cells: Sequence[Flowable], heights: Sequence[float], columns: int
) -> list[list[tuple[Flowable, float]]]:
    """The cells in ``columns`` columns, in order, the tallest column as short as it can be."""
    low, high = max(heights, default=0.0), sum(heights)
    while high - low > 0.5:  # the shortest height that holds them all, to half a point
        middle = (low + high) / 2
        if filled(heights, columns, middle) == len(heights):
            high = middle
        else:
            low = middle
    placed: list[list[tuple[Flowable, float]]] = [[]]
    used = 0.0
    for cell, height in zip(cells, heights, strict=True):
        if placed[-1] and used + height > high + FUZZ:
            placed.append([])
            used = 0.0
        placed[-1].append((cell, height))
        used += height
    return placed
