"""Small JSON files in the user config folder (Open Recent, this computer's preferences).

Reading never fails: a missing or damaged file reads as None, and the caller falls back to its
default. Writing goes through a temporary file and a rename, so a crash leaves the old file, and
the file is this user's only (0600): the recent list names the group files, on a computer
other people use too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from groupkeeper import paths
from groupkeeper.files import write_whole
from groupkeeper.i18n import pgettext


def load(name: str) -> Any:
    try:
        return json.loads((paths.config_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save(name: str, value: Any) -> None:
    text = json.dumps(value, indent=1)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    # "Could not save the settings to ...": what could not be saved, in the person's words.
    write_whole(paths.config_dir() / name, write, pgettext("what could not be saved", "settings"))
