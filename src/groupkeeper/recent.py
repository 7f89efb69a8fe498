"""The Open Recent list: a small JSON file in the config folder, most recent first."""

from __future__ import annotations

from pathlib import Path

from groupkeeper import configfile

MAX_RECENT = 8


FILE = "recent.json"


def recent_files() -> list[Path]:
    """The remembered group files, newest first. A damaged list is treated as empty."""
    raw = configfile.load(FILE)
    if not isinstance(raw, list):
        return []
    return [Path(p) for p in raw if isinstance(p, str)][:MAX_RECENT]


def _save(items: list[Path]) -> None:
    configfile.save(FILE, [str(p) for p in items])


def remember(path: Path) -> list[Path]:
    """Put ``path`` at the top of the list and return the new list."""
    path = path.resolve()
    items = [path, *(p for p in recent_files() if p != path)][:MAX_RECENT]
    _save(items)
    return items


def forget(path: Path) -> list[Path]:
    """Drop ``path`` (for example when it no longer exists) and return the new list."""
    path = path.resolve()
    items = [p for p in recent_files() if p != path]
    _save(items)
    return items
