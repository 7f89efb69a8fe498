"""The names the window has long printed through: each document is described once in the
registry (:mod:`groupkeeper.export.registry`), its preview drawn by
:mod:`groupkeeper.export.preview`."""

from __future__ import annotations

from groupkeeper.export.parts import Part
from groupkeeper.export.preview import Preview, preview
from groupkeeper.export.registry import Document, Request, prepare, render, warnings

__all__ = ["Document", "Part", "Preview", "Request", "prepare", "preview", "render", "warnings"]
