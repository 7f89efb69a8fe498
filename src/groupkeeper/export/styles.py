"""One look for every printed page: bundled fonts, paper sizes, text styles, header/footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from groupkeeper import paths
from groupkeeper.export.paper import Paper
from groupkeeper.files import write_whole

__all__ = [
    "Paper", "Styles", "footer", "make_styles", "register_fonts", "write_pdf", "write_whole",
]  # fmt: skip

FONT = "GKSans"
FONT_BOLD = "GKSans-Bold"
_registered = False

INK = colors.HexColor("#1d2530")
MUTED = colors.HexColor("#5b6572")
RULE = colors.HexColor("#c9d1db")
BAND = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#2a5d8f")


def register_fonts() -> None:
    """Register the bundled DejaVu Sans faces once; reportlab embeds a subset in each PDF."""
    global _registered
    if _registered:
        return
    folder = paths.resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    _registered = True


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def make_styles(scale: float = 1.0) -> Styles:
    register_fonts()

    def style(
        name: str, size: float, font: str = FONT, color: colors.Color = INK, **kw: object
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size * scale, leading=size * scale * 1.28,
            textColor=color, alignment=TA_LEFT, **kw,
        )  # fmt: skip

    return Styles(
        title=style("title", 20, FONT_BOLD, spaceAfter=2),
        subtitle=style("subtitle", 11, color=MUTED, spaceAfter=10),
        heading=style("heading", 13, FONT_BOLD, ACCENT, spaceBefore=10, spaceAfter=5),
        body=style("body", 10),
        small=style("small", 8.5, color=MUTED),
        cell=style("cell", 9.5),
        cell_bold=style("cell_bold", 9.5, FONT_BOLD),
    )


MARGIN = 16 * mm


WARNING = colors.HexColor("#9b1c1c")


def footer(group_name: str, printed: date, notice: str = "") -> Callable[[Canvas, object], None]:
    """A page-decoration callback: group name left, print date and page number right; and a
    ``notice`` ("CONFIDENTIAL ...") across the top and in the footer of every page, if given."""

    def draw(canvas: Canvas, doc: object) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if notice:
            canvas.setFont(FONT_BOLD, 8.5)
            canvas.setFillColor(WARNING)
            canvas.drawCentredString(width / 2, height - 9 * mm, notice)
            canvas.drawCentredString(width / 2, 4 * mm, notice)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 8 * mm, group_name)
        canvas.drawRightString(
            width - MARGIN,
            8 * mm,
            f"Printed {printed.day} {printed:%b %Y} · page {canvas.getPageNumber()}",
        )
        canvas.restoreState()

    return draw


def write_pdf(
    out: Path,
    *,
    group_name: str,
    title: str,
    subject: str,
    story: Callable[[float], list[Any]],
    pagesize: tuple[float, float],
    printed: date | None = None,
    margin: float = MARGIN,
    bottom: float = MARGIN + 4 * mm,
    notice: str = "",
) -> Path:
    """Lay out ``story(frame width)`` on pages with the shared footer and the group's name in
    the document's metadata (never a member's); written whole or not at all."""

    def write(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=margin, bottomMargin=bottom, title=f"{group_name}: {title}",
            author=group_name, subject=subject, creator="GroupKeeper", initialFontName=FONT,
        )  # fmt: skip
        decorate = footer(group_name, printed or date.today(), notice)
        doc.build(story(doc.width), onFirstPage=decorate, onLaterPages=decorate)

    return write_whole(out, write)
