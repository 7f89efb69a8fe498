"""This computer's preferences (not the group's): a small JSON file in the config folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from groupkeeper import paths

DEFAULT_LOCK_MINUTES = 10
MAX_LOCK_MINUTES = 240


def _file() -> Path:
    return paths.config_dir() / "preferences.json"


def _load() -> dict[str, Any]:
    try:
        raw = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _save(values: dict[str, Any]) -> None:
    target = _file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, indent=1), encoding="utf-8")
    tmp.replace(target)


def lock_minutes() -> int:
    """Idle minutes before a window showing a protected file locks itself (0: never)."""
    value = _load().get("lock_minutes", DEFAULT_LOCK_MINUTES)
    if not isinstance(value, int) or not 0 <= value <= MAX_LOCK_MINUTES:
        return DEFAULT_LOCK_MINUTES
    return value


def set_lock_minutes(minutes: int) -> None:
    values = _load()
    values["lock_minutes"] = max(0, min(MAX_LOCK_MINUTES, int(minutes)))
    _save(values)
