"""This computer's preferences (not the group's): a small JSON file in the config folder."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from groupkeeper import configfile

DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 240


FILE = "preferences.json"


def _load() -> dict[str, Any]:
    raw = configfile.load(FILE)
    return raw if isinstance(raw, dict) else {}


def lock_minutes() -> int:
    """Idle minutes before a window showing a protected file locks itself (0: never)."""
    value = _load().get("lock_minutes", DEFAULT_LOCK_MINUTES)
    if not isinstance(value, int) or not 0 <= value <= MAX_LOCK_MINUTES:
        return DEFAULT_LOCK_MINUTES
    return value


def set_lock_minutes(minutes: int) -> None:
    values = _load()
    values["lock_minutes"] = max(0, min(MAX_LOCK_MINUTES, int(minutes)))
    configfile.save(FILE, values)


MAX_GEOMETRY = 4096
"""Bytes of a saved window geometry worth reading (Qt's are under 100)."""


def window_geometry() -> bytes | None:
    """The main window's size and place when it last closed, as Qt saved them."""
    value = _load().get("window_geometry")
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def set_window_geometry(geometry: bytes) -> None:
    values = _load()
    values["window_geometry"] = base64.b64encode(geometry[:MAX_GEOMETRY]).decode("ascii")
    configfile.save(FILE, values)


def ui_language() -> str:
    """The language the window is shown in, as a code ("fr"); "" for the computer's own."""
    value = _load().get("ui_language", "")
    if not isinstance(value, str) or len(value) > 8 or not value.replace("_", "").isalpha():
        return ""
    return value


def set_ui_language(code: str) -> None:
    values = _load()
    values["ui_language"] = code if code.replace("_", "").isalpha() and len(code) <= 8 else ""
    configfile.save(FILE, values)
