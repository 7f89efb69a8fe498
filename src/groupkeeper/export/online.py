"""How to join an online or hybrid meeting, as the flyer and the packet print it: the words for
how people attend ("Online", "In person and online"), the link as text, its notes, the dial-in
number and its notes; and, on the flyer when asked, the link as a QR code.

A link is printed whole, never cut and never hyphenated (a reader would type the hyphen), on
as few lines as it takes, broken where a reader expects: after a slash or before a ``?``, ``&``
or ``#`` where it can be, else before a ``=``, ``.``, ``-`` and the like, and only where none
of those will do (a long passcode) between any two characters. A Zoom link with its passcode
runs to 100 characters; a saved link to 2,000.

Nothing here loads reportlab's barcode package: the QR code's size is found, and the code
made, only when a flyer asks for one.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from groupkeeper.export.script import markup
from groupkeeper.export.styles import FONT_BOLD
from groupkeeper.i18n import _
from groupkeeper.schedule.occurrences import Online
from groupkeeper.schedule.occurrences import attendance_words as words_for
from groupkeeper.schedule.service import link_ok

NBSP = "\u00a0"

# A QR code a phone reads from a printed page held at arm's length: modules of 0.4 mm at least
# (the code's quiet zone of four modules each side included), and no wider than this.
QR_MODULE = 0.4 * mm
QR_MOST = 32 * mm
_QR_LEVEL = "M"  # as the group's website's code: a smudge or a fold still reads
_QR_BORDER = 4

# Where a link may break: best after a slash (not between the two of "//", nor just after
# them) or before a ?, & or # (between its path and its parameters, or two parameters); less
# well before one of these; worst anywhere else (in a passcode's run of letters).
_STRONG = frozenset("?&#")
_WEAK = frozenset("=.-_~%+,;")
_COST = {2: 0, 1: 1, 0: 3}  # a line ending at each kind of place
_SHORT = 1  # a line, not the last, less than _FULL of the width
_FULL = 0.3
_TAIL = 6  # a last line of fewer characters than this costs a break anywhere


def attendance_words(online: Online) -> str:
    """ "Online", "In person and online", or "" for a meeting in person only."""
    return words_for(online.attendance) if online.joins_online else ""


def _break_at(text: str, i: int) -> int:
    """How good a place to end a line just before ``text[i]`` is: 2 best, 0 worst."""
    before, after = text[i - 1], text[i]
    if before == "/":
        return 0 if after == "/" else 1 if text[:i].endswith("://") else 2
    if before == ":":
        return 0
    return 2 if after in _STRONG else 1 if after in _WEAK else 0


def link_lines(link: str, font: str, size: float, width: float) -> list[str]:
    """``link`` in lines no wider than ``width`` (in points, set in ``font`` at ``size``),
    every character kept: as few lines as it takes, broken at the places a reader expects
    a link to break where it can be (see _break_at and _COST)."""
    n = len(link)
    widths = [stringWidth(ch, font, size) for ch in link]
    # best[i]: the fewest lines, and then the least cost, that link[i:] takes; ends[i] where
    # the first of those lines ends.
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    ends = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        used, j, choice = 0.0, i, None
        while j < n and (j == i or used + widths[j] <= width):  # one character at least
            used += widths[j]
            j += 1
            if j == n:
                cost = _COST[0] if i > 0 and n - i < _TAIL else 0
            else:
                cost = _COST[_break_at(link, j)] + (_SHORT if used < width * _FULL else 0)
            lines, more = best[j]
            here = (lines + 1, more + cost)
            if choice is None or here <= choice:  # of two as good, the fuller first line
                choice, ends[i] = here, j
        assert choice is not None
        best[i] = choice
    out, i = [], 0
    while i < n:
        out.append(link[i : ends[i]])
        i = ends[i]
    return out or [""]


class LinkText(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A link as a paragraph in ``style``, broken into lines (see :func:`link_lines`) for
    the width it is given, wherever it is laid out: a table's cell, a page."""

    def __init__(self, link: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.link, self.style = link, style
        self._para: Paragraph | None = None

    def _made(self, width: float) -> Paragraph:
        style = self.style
        room = width - style.leftIndent - style.rightIndent - 1  # a point to spare
        lines = link_lines(self.link, style.fontName, style.fontSize, max(room, 1))
        return Paragraph("<br/>".join(markup(line, style.fontName) for line in lines), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._para = self._made(availWidth)
        width, height = self._para.wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def minWidth(self) -> float:
        """The widest character: a link breaks between any two."""
        style = self.style
        widest = max(
            (stringWidth(ch, style.fontName, style.fontSize) for ch in self.link), default=0
        )
        return float(widest + style.leftIndent + style.rightIndent)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return list(self._made(availWidth).split(availWidth, availHeight))

    def draw(self) -> None:
        assert self._para is not None  # wrapped before it is drawn
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def _lines(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph, its line breaks kept."""
    return Paragraph("<br/>".join(markup(line, style.fontName) for line in text.split("\n")), style)


def dial_in(phone: str) -> str:
    """ "Dial in: +1 646 558 8656", the number whole on its line (the calendar's words)."""
    said = _("Dial in: {text}").format(text=phone.replace(" ", NBSP))
    return re.sub(r" (?=[:;])", NBSP, said)  # French sets a space before the colon


def how_to_join(online: Online, text: ParagraphStyle, notes: ParagraphStyle) -> list[Any]:
    """The link, its notes, the dial-in and its notes of a meeting people join online, for
    the caller to print under the words for how they attend (:func:`attendance`); nothing
    for a meeting in person only."""
    if not online.joins_online:
        return []
    out: list[Any] = []
    link, phone = online.url.strip(), online.phone.strip()
    if link:
        out.append(LinkText(link, text))
        if online.url_notes.strip():
            out.append(_lines(online.url_notes.strip(), notes))
    if phone:
        out.append(_lines(dial_in(phone), text))
        if online.phone_notes.strip():
            out.append(_lines(online.phone_notes.strip(), notes))
    return out


def attendance(online: Online, style: ParagraphStyle) -> list[Any]:
    """ "Online" or "In person and online" in bold, or nothing for a meeting in person."""
    words = attendance_words(online)
    if not words:
        return []
    bold = ParagraphStyle(f"{style.name}-attend", parent=style, fontName=FONT_BOLD)
    return [_lines(words, bold)]


# ---------------------------------------------------------------------- the QR code


def qr_link(online: Online) -> str:
    """The link to print as a QR code: a web link, for a meeting people join online."""
    link = online.url.strip()
    return link if online.joins_online and link_ok(link) else ""


def qr_units(link: str) -> int:
    """How many modules wide the link's QR code is, its quiet zone included."""
    from reportlab.graphics.barcode import qrencoder  # the barcode package: only for a code

    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, _QR_LEVEL))
    code.addData(link)
    code.make()
    return int(code.getModuleCount()) + 2 * _QR_BORDER


def qr_fits(link: str) -> bool:
    """Whether the link's QR code reads at QR_MOST wide or less: a very long link's code is
    too fine to read, and prints as text only."""
    return bool(qr_units(link) * QR_MODULE <= QR_MOST)


def qr_code(link: str, least: float) -> Flowable:
    """The link's QR code, ``least`` points wide or wider, as its modules need."""
    from reportlab.graphics.barcode.qr import QrCode

    side = max(least, qr_units(link) * QR_MODULE)
    made: Flowable = QrCode(link, width=side, height=side, qrLevel=_QR_LEVEL, qrBorder=_QR_BORDER)
    return made
