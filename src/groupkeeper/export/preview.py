"""The Export dialog's preview: the first page of a document as pixels, drawn without drawing
the rest.

A thousand-page handout used to be drawn whole (about 12 s) to show its first page. Now the
document is laid out only until its first page is full (a booklet: its first folded sheet, so
that a one-sheet booklet is shown as it prints), and its story is made only that far too.
What the page count is, is known only when the document ended within those pages: otherwise
the preview says how many there are at least. Counting them exactly would mean laying out
the whole document, which is the cost this avoids.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupkeeper.export.registry import Prepared, Request, render

PAGES = 1  # drawn for a preview on letter or A4
BOOKLET_PAGES = 4  # one folded sheet: its outer side carries the last page beside the first


@dataclass(frozen=True)
class Preview:
    """The first page (or a booklet's first sheet) as BGR pixels, and how many pages there are:
    exactly ``pages`` when ``known``, else at least ``pages``."""

    pixels: bytes
    width: int
    height: int
    stride: int
    pages: int
    known: bool = True
    sheet: bool = False  # a booklet's first sheet; then ``pages`` counts sheets of paper


def preview(data: Prepared, req: Request, folder: Path, width: int = 360) -> Preview:
    """Draw the first page(s) of the document into ``folder`` and rasterise the first,
    ``width`` pixels wide."""
    import pypdfium2

    from groupkeeper.export.styles import PageLimit

    limit = PageLimit(BOOKLET_PAGES if req.paper.is_booklet else PAGES)
    out = render(data, req, folder / "preview.pdf", limit=limit)
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        page = pdf[0]
        scale = width / page.get_width()
        bitmap = page.render(scale=scale)
        pixels = bytes(bitmap.buffer)
        shape = (pixels, bitmap.width, bitmap.height, bitmap.stride)
        if limit.more:  # cut short: a booklet's pages are left unimposed
            return Preview(*shape, pages=len(pdf) + 1, known=False)
        if req.paper.is_booklet and len(pdf) > 1:  # folded: two sides to a sheet of paper
            return Preview(*shape, pages=-(-len(pdf) // 2), sheet=True)
        return Preview(*shape, pages=len(pdf))
    finally:
        pdf.close()
