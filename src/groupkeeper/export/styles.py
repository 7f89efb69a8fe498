"""One look for every printed page: bundled fonts, paper sizes, text styles, header/footer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from groupkeeper import i18n
from groupkeeper.export import script
from groupkeeper.export.frame import INK, MUTED, RULE, WARNING, PageFrame, numbered
from groupkeeper.export.paper import Paper
from groupkeeper.export.script import FONT, FONT_BOLD, register_fonts
from groupkeeper.files import write_whole

__all__ = [
    "FONT",
    "FONT_BOLD",
    "INK",
    "MUTED",
    "RULE",
    "WARNING",
    "Heading",
    "PageLimit",
    "Paper",
    "Styles",
    "make_styles",
    "paragraphs",
    "register_fonts",
    "table",
    "write_pdf",
    "write_whole",
]  # fmt: skip

BAND = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#2a5d8f")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


# Large print: no text smaller than this (RNIB and APH guidance is 16 to 18 point).
LARGE_MIN = 16.0


def make_styles(large: bool = False) -> Styles:
    """The shared text styles; ``large`` makes every one of them at least 16 pt."""
    register_fonts()

    def style(
        name: str, size: float, font: str = FONT, color: colors.Color = INK, **kw: object
    ) -> ParagraphStyle:
        if large:
            size = max(size * 1.6, LARGE_MIN)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.28, textColor=color,
            alignment=TA_LEFT, **kw,
        )  # fmt: skip

    return Styles(
        title=style("title", 20, FONT_BOLD, spaceAfter=2),
        subtitle=style("subtitle", 11, color=MUTED, spaceAfter=10),
        heading=style(
            "heading", 13, FONT_BOLD, ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1
        ),
        body=style("body", 10),
        small=style("small", 8.5, color=MUTED),
        cell=style("cell", 9.5),
        cell_bold=style("cell_bold", 9.5, FONT_BOLD),
    )


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """Plain text as paragraphs: blank lines part them, single line breaks are kept."""
    out = []
    for para in text.split("\n\n"):
        lines = [
            script.markup(line, style.fontName) for line in para.strip().split("\n") if line.strip()
        ]
        if lines:
            out.append(Paragraph("<br/>".join(lines), style))
    return out


class Heading(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A heading that is also a PDF bookmark, so a reader can jump to its section."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0) -> None:
        super().__init__(script.markup(text, style.fontName), style)
        self.outline_title = text
        self.outline_level = level

    def draw(self) -> None:
        key = f"h{id(self)}"
        self.canv.bookmarkHorizontal(key, 0, self.height)
        self.canv.addOutlineEntry(self.outline_title, key, self.outline_level, closed=False)
        self.canv.showOutline()
        super().draw()


def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    """The shared table: rules between rows, a shaded header row repeated on each page."""
    made = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), BAND))
    made.setStyle(TableStyle(commands))
    return made


MARGIN = 16 * mm


@dataclass
class PageLimit:
    """Stop drawing after ``pages`` pages: the preview draws only the pages it shows. Once
    drawn, ``more`` says whether the document went on past them."""

    pages: int
    more: bool = False


# How many flowables are laid out ahead of the one being placed. reportlab looks ahead only to
# keep a heading with what follows it, a few flowables; the rest of a story is made only when
# the page that needs it is reached, so a page limit stops the making as well as the drawing.
AHEAD = 64
_END = object()


class _Document(SimpleDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A SimpleDocTemplate that takes its story as it is made, and can stop after a few pages."""

    def __init__(self, filename: str, limit: PageLimit | None, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.limit = limit
        self.rest: Iterator[Any] = iter(())
        self.story: list[Any] = []

    def build_from(self, story: Iterable[Any], **kw: Any) -> None:
        self.rest = iter(story)
        self.story = list(islice(self.rest, AHEAD))
        self.build(self.story, **kw)

    def handle_flowable(self, flowables: list[Any]) -> None:
        super().handle_flowable(flowables)
        if flowables is self.story and len(flowables) < AHEAD:  # not the page-break queue
            flowables.extend(islice(self.rest, AHEAD - len(flowables)))

    def afterPage(self) -> None:
        limit = self.limit
        if limit is None or self.page < limit.pages:
            return
        # The page that ends now is the last one drawn. Whatever is still to be placed (or
        # still to be made) would go on the next: say so, and leave it.
        limit.more = bool(self.story) or next(self.rest, _END) is not _END
        self.story.clear()
        self.rest = iter(())


def write_pdf(
    out: Path,
    *,
    group_name: str,
    title: str,
    subject: str,
    story: Callable[[float], Iterable[Any]],
    paper: Paper,
    landscape: bool = False,
    large: bool = False,
    printed: date | None = None,
    margin: float | None = None,
    bottom: float | None = None,
    notice: str = "",
    limit: PageLimit | None = None,
) -> Path:
    """Lay out ``story(frame width)`` on pages with the shared footer and the group's name in
    the document's metadata (never a member's); written whole or not at all. A booklet is
    laid out on half-letter pages and then imposed two to a letter sheet.

    The story may be a generator: it is read as the pages fill. With a ``limit``, only its
    first pages are drawn (see :class:`PageLimit`); a booklet cut short that way is left as
    half-letter pages, since its first sheet would carry its last page."""
    width, height = paper.size
    pagesize = (height, width) if landscape else (width, height)
    if margin is None:
        margin = 12 * mm if paper.is_booklet else MARGIN
    frame = PageFrame(pagesize, margin, group_name, printed or date.today(), notice, large)
    # The content keeps clear of the frame, however many lines its notice and name took.
    bottom = max(bottom or 0.0, margin + (6 * mm if large else 0.0), frame.bottom + 3 * mm)
    top = max(margin, frame.top + 3 * mm)

    def build(target: Path) -> None:
        doc = _Document(
            str(target), limit, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=top, bottomMargin=bottom, title=f"{group_name}: {title}",
            author=group_name, subject=subject, creator="GroupKeeper", initialFontName=FONT,
            lang=i18n.current().replace("_", "-"),  # the group's language, for readers
        )  # fmt: skip
        complete = lambda: limit is None or not limit.more  # noqa: E731
        doc.build_from(story(doc.width), canvasmaker=numbered(frame, complete))

    def write(tmp: Path) -> None:
        if not paper.is_booklet:
            build(tmp)
            return
        from groupkeeper.export.booklet import impose

        pages = tmp.with_name(tmp.name + ".pages")
        try:
            build(pages)
            if limit is not None and limit.more:
                pages.replace(tmp)
            else:
                impose(pages, tmp)
        finally:
            pages.unlink(missing_ok=True)

    return write_whole(out, write)
