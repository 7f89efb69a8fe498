"""What every printed page carries around its content: the privacy notice across the top and
the bottom, the group's name, the print date and "page N of M".

Nothing here is ever clipped or printed where a printer cannot reach: every line keeps
``EDGE`` (6 mm) from the paper's edges, and a notice or a long group name that does not fit its
width is set smaller, down to a limit, and then wrapped onto more lines (the frame grows and the
content's margins with it). Large print sets all of it at 16 pt or more.

"of M" needs the number of pages, known only once the last is laid out, so the frame is drawn
by :func:`numbered`'s canvas as the file is saved, not as each page is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from groupkeeper.export import script
from groupkeeper.export.script import FONT, FONT_BOLD
from groupkeeper.i18n import _
from groupkeeper.text import format_date

EDGE: float = 6 * mm  # no text nearer the paper's edge than this: many printers cannot reach it
GAP: float = 2 * mm  # between the notice, the footer and the rule above it
LARGE = 16.0  # large print: nothing smaller

INK = colors.HexColor("#1d2530")
MUTED = colors.HexColor("#5b6572")
RULE = colors.HexColor("#c9d1db")
WARNING = colors.HexColor("#9b1c1c")


@dataclass(frozen=True)
class Lines:
    """Text set to fit a width: its lines and their size."""

    lines: tuple[str, ...]
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.2

    @property
    def height(self) -> float:
        return self.leading * len(self.lines) if self.lines else 0.0


def fit(text: str, font: str, size: float, least: float, width: float) -> Lines:
    """``text`` on one line of ``width`` at ``size``, or smaller down to ``least``; failing
    that, wrapped at ``least`` onto as many lines as it needs (a word too long for a line is
    cut, never left to run off the page)."""
    if not text:
        return Lines((), size)
    # Never narrower than a letter: a line always takes at least one, so this always ends.
    width = max(width, stringWidth("W", font, least))
    step = size
    while step >= least:
        if stringWidth(text, font, step) <= width:
            return Lines((text,), step)
        step -= 0.5
    lines: list[str] = []
    line = ""
    for word in text.split():
        while word and stringWidth(word, font, least) > width:  # a word wider than the page
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, least) > width:
                cut -= 1
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:cut])
            word = word[cut:]
        joined = f"{line} {word}" if line else word
        if stringWidth(joined, font, least) <= width:
            line = joined
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return Lines(tuple(lines), least)


class PageFrame:
    """The frame of one document's pages, worked out once for its paper and words."""

    def __init__(self, pagesize: tuple[float, float], margin: float, group_name: str,
                 printed: date, notice: str = "", large: bool = False) -> None:  # fmt: skip
        self.width, self.height = pagesize
        self.margin, self.printed = margin, printed
        size = LARGE if large else 7.5
        across = self.width - 2 * margin
        self.notice = (
            fit(notice, FONT_BOLD, LARGE if large else 8.5, LARGE if large else 6.5, across)
            if notice else Lines((), size)
        )  # fmt: skip
        self.size = size
        # The name beside the stamp (at its widest) where it fits on one line; else on lines
        # of its own above it, across the page.
        widest = self.stamp(888, 888)
        least = LARGE if large else 6.0
        room = across - stringWidth(widest, FONT, size) - 4 * mm
        self.name = fit(group_name, FONT, size, least, room)
        self.beside = room > 0 and len(self.name.lines) == 1
        if not self.beside:
            self.name = fit(group_name, FONT, size, least, across)

    def stamp(self, page: int, pages: int | None) -> str:
        when = format_date(self.printed, weekday=False)
        if pages is None:  # a preview cut short: the whole is not known
            return _("Printed {date} · page {page}").format(date=when, page=page)
        return _("Printed {date} · page {page} of {pages}").format(
            date=when, page=page, pages=pages
        )

    @property
    def top(self) -> float:
        """The height the frame takes at the top of the page, edge included."""
        return EDGE + self.notice.height + GAP if self.notice.lines else 0.0

    @property
    def bottom(self) -> float:
        """The height the frame takes at the bottom of the page, its rule included."""
        line = self.size * 1.2
        footer = max(self.name.height, line) if self.beside else self.name.height + line
        notice = self.notice.height + GAP if self.notice.lines else 0.0
        return EDGE + notice + footer + GAP

    def draw(self, canvas: Canvas, page: int, pages: int | None) -> None:
        canvas.saveState()
        notice = self.notice
        if notice.lines:
            canvas.setFillColor(WARNING)
            y = self.height - EDGE - notice.size * 0.8
            for line in notice.lines:
                script.draw(canvas, self.width / 2, y, line, FONT_BOLD, notice.size, "centre")
                y -= notice.leading
            y = EDGE + notice.size * 0.25 + notice.leading * (len(notice.lines) - 1)
            for line in notice.lines:
                script.draw(canvas, self.width / 2, y, line, FONT_BOLD, notice.size, "centre")
                y -= notice.leading
        base = EDGE + (notice.height + GAP if notice.lines else 0.0) + self.size * 0.25
        canvas.setFillColor(MUTED)
        above = 0.0 if self.beside else self.size * 1.2  # the name's lines over the stamp's
        y = base + above + self.name.leading * (len(self.name.lines) - 1)
        for line in self.name.lines:
            script.draw(canvas, self.margin, y, line, FONT, self.name.size)
            y -= self.name.leading
        right = self.width - self.margin
        script.draw(canvas, right, base, self.stamp(page, pages), FONT, self.size, "right")
        rule = self.bottom - GAP / 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin, rule, right, rule)
        canvas.restoreState()


def numbered(frame: PageFrame, known: Any) -> type[Canvas]:
    """A canvas class that holds each page until the file is saved, then draws ``frame`` on
    each with the number of pages. ``known()`` says whether that number is the whole (a
    preview cut short only knows its first pages)."""

    class Numbered(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kw: Any) -> None:
            super().__init__(*args, **kw)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held) if known() else None
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                frame.draw(self, number, pages)
                super().showPage()
            super().save()

    return Numbered
