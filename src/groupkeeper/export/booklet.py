"""Booklet imposition: half-letter pages placed two to a landscape letter sheet in the order
that, printed double-sided (flip on the short edge) and folded in the middle, reads 1, 2, 3...

The page count is padded with blank pages to a multiple of 4, since each folded sheet carries
four pages. Bookmarks are carried over to the sheet side that shows their page. The file asks
the print dialog for double-sided printing flipped on the short edge, at actual size, and keeps
the document's language.

A document of one or two half pages is not folded (one page and three blank panels): it goes
two to one side of a sheet, a single page twice, to cut in half.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import Destination, IndirectObject, NameObject


def padded(pages: int) -> int:
    """The booklet's page count: ``pages`` rounded up to a multiple of 4 (at least 4)."""
    return max(4, -(-pages // 4) * 4)


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """(left, right) page indices (from 0) for each sheet side, in printing order, for a
    booklet of ``pages`` pages (a multiple of 4). The outer side of the first sheet carries
    the last page on the left and the first on the right; its inner side the second and the
    second-to-last."""
    if pages % 4 or pages <= 0:
        raise ValueError("a booklet has a multiple of 4 pages")
    sides = []
    for k in range(pages // 2):
        low, high = k, pages - 1 - k
        sides.append((high, low) if k % 2 == 0 else (low, high))
    return sides


def _outline(reader: PdfReader, items: list[object], level: int = 0) -> list[tuple[str, int, int]]:
    """Flatten the outline to (title, level, page index)."""
    found: list[tuple[str, int, int]] = []
    for item in items:
        if isinstance(item, list):
            found += _outline(reader, item, level + 1)
        elif isinstance(item, Destination):
            page = reader.get_destination_page_number(item)
            if page is not None:
                found.append((str(item.title), level, page))
    return found


def sides(count: int) -> list[tuple[int, int]]:
    """(left, right) page indices for each sheet side: folded booklet order, or for one or two
    pages, the two-up side (a single page twice)."""
    if count <= 2:
        return [(0, count - 1 if count == 2 else 0)]
    return booklet_order(padded(count))


def impose(source: Path, dest: Path) -> int:
    """Write the booklet made from ``source`` (half-sheet pages) to ``dest``; returns the
    number of pages it places (padding included), or of a two-up side, 2."""
    reader = PdfReader(source)
    count = len(reader.pages)
    layout = sides(count)
    total = 2 * len(layout)
    first = reader.pages[0].mediabox
    width, height = float(first.width), float(first.height)
    writer = PdfWriter()
    side_of: dict[int, int] = {}
    for side, pair in enumerate(layout):
        sheet = writer.add_blank_page(width=2 * width, height=height)
        for slot, index in enumerate(pair):
            side_of[index] = side
            if index < count:
                sheet.merge_transformed_page(
                    reader.pages[index], Transformation().translate(tx=slot * width, ty=0)
                )
    parents: list[IndirectObject] = []
    for title, level, page in _outline(reader, list(reader.outline)):
        parent = parents[level - 1] if 0 < level <= len(parents) else None
        made = writer.add_outline_item(title=title, page_number=side_of[page], parent=parent)
        parents[level:] = [made]
    if reader.metadata:
        writer.add_metadata({k: str(v) for k, v in reader.metadata.items()})
    writer.page_mode = "/UseOutlines"
    prefs = writer.create_viewer_preferences()
    # Actual size (the fold is the sheet's middle), and both sides flipped on the short edge.
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    if len(layout) > 1:
        prefs[NameObject("/Duplex")] = NameObject("/DuplexFlipShortEdge")
    lang = reader.trailer["/Root"].get_object().get("/Lang")  # type: ignore[union-attr]
    if lang is not None:
        writer._root_object[NameObject("/Lang")] = lang
    with dest.open("wb") as f:
        writer.write(f)
    return total
