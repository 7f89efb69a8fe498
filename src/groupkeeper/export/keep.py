"""Keeping blocks together on paper, measured rather than moved whole.

reportlab keeps a heading with what follows only when that is a single line or paragraph, and
KeepTogether moves a whole block to the next page, however long. These measure the blocks
instead, and start a new page only when the start of a block would not fit: a title never
stranded at a page's foot, a long reading still starting under its title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table

_TALL = 1e6


def flat(flowables: Iterable[Any]) -> list[Any]:
    """The flowables as a page lays them out: a KeepTogether's own in its place."""
    out: list[Any] = []
    for f in flowables:
        out.extend(flat(f._content) if isinstance(f, KeepTogether) else [f])
    return out


def stack(flowables: Iterable[Any], width: float, most: float = _TALL) -> float:
    """How tall ``flowables`` stand one under another from a page's top, the spaces between
    them included (a space after one and before the next overlap, as on the page); counting
    stops once past ``most``."""
    height, after, first = 0.0, 0.0, True
    for f in flat(flowables):
        _w, h = f.wrap(width, _TALL)
        height += h if first else h + max(f.getSpaceBefore(), after)
        after, first = f.getSpaceAfter(), False
        if height > most:
            break
    return height


def start(flowables: Sequence[Any], width: float, lines: int) -> float:
    """How tall the first ``lines`` lines of ``flowables`` stand (a table's first rows)."""
    height, after, left = 0.0, 0.0, lines
    for n, f in enumerate(flat(flowables)):
        _w, h = f.wrap(width, _TALL)
        if isinstance(f, Paragraph):
            leading = f.style.leading
            shown = max(1, round(h / leading))
            h = min(shown, left) * leading
        elif isinstance(f, Table):
            shown = len(f._rowHeights)
            h = sum(f._rowHeights[:left])
        else:
            shown = 1
        height += h if n == 0 else h + max(f.getSpaceBefore(), after)
        after, left = f.getSpaceAfter(), left - shown
        if left <= 0:
            break
    return height


class RoomFor(CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """A new page unless ``head`` and the start of ``text`` fit on this one: all of ``text``
    when it is short (a closing paragraph stays with its heading), else its first ``lines``
    lines (a long reading starts under its title, not a page later).

    Short is a quarter of a page, or half of one for one or two paragraphs, whose last would
    otherwise be left alone on the next page."""

    def __init__(self, head: Sequence[Any], text: Sequence[Any] = (), lines: int = 3) -> None:
        super().__init__(0)
        self.head, self.text, self.lines = list(head), list(text), lines

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        frame = self._doctemplateAttr("frame")
        self.height = 0
        if frame is not None and not getattr(frame, "_atTop", False):
            page = frame._aH  # what an empty page holds
            need = self.head[0].getSpaceBefore() + stack(self.head, availWidth)
            if self.text:
                gap = max(self.text[0].getSpaceBefore(), self.head[-1].getSpaceAfter())
                short = page * (0.5 if len(self.text) <= 2 else 0.25)
                whole = stack(self.text, availWidth, short)
                first = whole if whole <= short else start(self.text, availWidth, self.lines)
                need += gap + first
            self.height = need + 1
        return super().wrap(availWidth, availHeight)
