"""Text onto paper in any script (being written: see i18n work)."""

from __future__ import annotations

from xml.sax.saxutils import escape


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped."""
    return escape(text)
