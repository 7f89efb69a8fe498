"""The names the window has long printed through: every one now comes from the registry
(:mod:`groupkeeper.export.registry`), where each document is described once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groupkeeper.export.parts import Part
from groupkeeper.export.registry import Document, Request, prepare, render, warnings

__all__ = ["Document", "Part", "Preview", "Request", "prepare", "preview", "render", "warnings"]


@dataclass(frozen=True)
class Preview:
    """The first page (or booklet sheet) as BGR pixels, and how many pages there are."""

    pixels: bytes
    width: int
    height: int
    stride: int
    pages: int


def preview(data: Any, req: Request, folder: Path, width: int = 360) -> Preview:
    """Draw the document into ``folder`` and rasterise its first page ``width`` pixels wide."""
    import pypdfium2

    out = render(data, req, folder / "preview.pdf")
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        page = pdf[0]
        scale = width / page.get_width()
        bitmap = page.render(scale=scale)
        pixels = bytes(bitmap.buffer)
        return Preview(pixels, bitmap.width, bitmap.height, bitmap.stride, len(pdf))
    finally:
        pdf.close()
