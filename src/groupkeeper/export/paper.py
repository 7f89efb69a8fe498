"""Paper sizes, kept apart from reportlab so the window can offer them without loading it."""

from __future__ import annotations

import enum

INCH = 72.0
MM = INCH / 25.4


class Paper(enum.Enum):
    LETTER = "letter"
    A4 = "a4"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in PDF points."""
        if self is Paper.LETTER:
            return (8.5 * INCH, 11 * INCH)
        return (210 * MM, 297 * MM)

    @property
    def label(self) -> str:
        return "Letter (8.5 × 11 in)" if self is Paper.LETTER else "A4 (210 × 297 mm)"
