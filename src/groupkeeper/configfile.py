"""Small JSON files in the user config folder (Open Recent, this computer's preferences).

Reading never fails: a missing or damaged file reads as None, and the caller falls back to its
default. Writing goes through a temporary file and a rename, so a crash leaves the old file.
"""

from __future__ import annotations

import json
from typing import Any

from groupkeeper import paths


def load(name: str) -> Any:
    try:
        return json.loads((paths.config_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save(name: str, value: Any) -> None:
    target = paths.config_dir() / name
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(value, indent=1), encoding="utf-8")
    tmp.replace(target)
