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
