"""Reading a PDF back the way a person sees it: each line of text with its page, position and
size, so tests can check large print and that nothing runs off the page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from groupkeeper.export.styles import FONT, FONT_BOLD, register_fonts


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    x: float
    y: float
    size: float
    bold: bool
    page_width: float
    page_height: float

    @property
    def right(self) -> float:
        register_fonts()
        return self.x + float(stringWidth(self.text, FONT_BOLD if self.bold else FONT, self.size))


def runs(path: Path) -> list[Run]:
    found: list[Run] = []
    for n, page in enumerate(PdfReader(path).pages):
        box = page.mediabox
        width, height = float(box.width), float(box.height)

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float,
            n: int = n, width: float = width, height: float = height,
        ) -> None:  # fmt: skip
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append(
                Run(n, text.rstrip("\n"), x, y, size * scale, "Bold" in name, width, height)
            )

        page.extract_text(visitor_text=visit)
    return found


MM = 72 / 25.4  # points in a millimetre


def outside_margin(path: Path, margin_mm: float = 6.0, halves: bool = False) -> list[Run]:
    """The lines of text closer than ``margin_mm`` to an edge of the paper, or with ``halves``
    (a booklet's imposed sheet), to an edge of the half page they are on, the fold included."""
    edge = margin_mm * MM
    bad = []
    for run in runs(path):
        left, right = 0.0, run.page_width
        if halves:
            half = run.page_width / 2
            left, right = (0.0, half) if run.x < half else (half, run.page_width)
        top = run.y + run.size * 0.8  # the tallest letters' top, roughly
        bottom = run.y - run.size * 0.25  # descenders
        if (
            run.x < left + edge - 0.5
            or run.right > right - edge + 0.5
            or bottom < edge - 0.5
            or top > run.page_height - edge + 0.5
        ):
            bad.append(run)
    return bad


def smallest(path: Path) -> float:
    """The smallest text size on any page, in points."""
    return min(run.size for run in runs(path))


def language_of(path: Path) -> str | None:
    """The document's declared language (the catalogue's /Lang), if any."""
    from pypdf import PdfReader

    root: Any = PdfReader(path).trailer["/Root"]
    lang = root.get_object().get("/Lang")
    return str(lang) if lang is not None else None


def sides(path: Path, booklet: bool = False) -> list[list[Run]]:
    """The text of each side a reader sees, in file order (with ``booklet``, each half of an
    imposed sheet on its own), its runs in reading order: top to bottom, left to right."""
    by_side: dict[tuple[int, int], list[Run]] = {}
    for run in runs(path):
        half = int(run.x >= run.page_width / 2) if booklet else 0
        by_side.setdefault((run.page, half), []).append(run)
    return [sorted(by_side[k], key=lambda r: (-round(r.y), r.x)) for k in sorted(by_side)]
