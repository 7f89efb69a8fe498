"""Paper sizes, kept apart from reportlab so the window can offer them without loading it."""

from __future__ import annotations

import enum

from groupkeeper.i18n import _

INCH = 72.0
MM = INCH / 25.4


class Paper(enum.Enum):
    LETTER = "letter"
    A4 = "a4"
    # Half-letter pages (5.5 × 8.5 in) imposed two to a letter sheet, folded into a booklet.
    BOOKLET = "booklet"
    # The same on A4 for the countries that use it: A5 pages, two to an A4 sheet.
    BOOKLET_A4 = "booklet-a4"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of one page, in PDF points (for a booklet: one half-letter page)."""
        if self is Paper.LETTER:
            return (8.5 * INCH, 11 * INCH)
        if self is Paper.BOOKLET:
            return (5.5 * INCH, 8.5 * INCH)
        if self is Paper.BOOKLET_A4:
            return (148.5 * MM, 210 * MM)  # half an A4 sheet exactly (A5 is 148 mm)
        return (210 * MM, 297 * MM)

    @property
    def label(self) -> str:
        return {
            Paper.LETTER: _("Letter (8.5 × 11 in)"),
            Paper.A4: _("A4 (210 × 297 mm)"),
            Paper.BOOKLET: _("Booklet (folded letter sheets, 5.5 × 8.5 in pages)"),
            Paper.BOOKLET_A4: _("Booklet (folded A4 sheets, A5 pages)"),
        }[self]

    @property
    def is_booklet(self) -> bool:
        return self in (Paper.BOOKLET, Paper.BOOKLET_A4)


SHEETS = (Paper.LETTER, Paper.A4)  # the plain page sizes, for documents that make no booklet
