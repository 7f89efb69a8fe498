"""The Open Recent list: a small JSON file in the config folder, most recent first."""

from __future__ import annotations

import json
from pathlib import Path

from groupkeeper import paths

MAX_RECENT = 8


def _file() -> Path:
    return paths.config_dir() / "recent.json"


def recent_files() -> list[Path]:
    """The remembered group files, newest first. A damaged list is treated as empty."""
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(raw, list):
        return []
    return [Path(p) for p in raw if isinstance(p, str)][:MAX_RECENT]


def _save(items: list[Path]) -> None:
    target = _file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([str(p) for p in items], indent=1), encoding="utf-8")
    tmp.replace(target)


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
