"""Small JSON files: in the user config folder (Open Recent, this computer's preferences),
and in the data folder (calendar SEQUENCE numbers, shared files' working copies).

Reading never fails: a missing, damaged or oversized file, or one that is not a plain file (a
link to elsewhere, a pipe), reads as None, and the caller falls back to its default. Writing
goes through a temporary file and a rename, so a crash leaves the old file, and the file is
this user's only (0600): the recent list names the group files, on a computer other people
use too.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from groupkeeper import paths
from groupkeeper.files import write_whole
from groupkeeper.i18n import pgettext

MOST = 1024 * 1024  # bytes: a settings file is a few hundred


def read_json(path: Path, most: int = MOST) -> Any:
    """The JSON in ``path`` (None when there is none or it is not to be trusted that far)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        if path.is_symlink():  # O_NOFOLLOW's work where the system has none (Windows)
            return None
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return None
            raw = file.read(most + 1)
        if len(raw) > most:
            return None
        return json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None


def write_json(path: Path, value: Any, indent: int | None = None) -> None:
    """Write ``value`` whole or not at all, renamed into place (a link planted at the name is
    replaced, never followed), private to this user."""
    text = json.dumps(value, indent=indent)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    # "Could not save the settings to ...": what could not be saved, in the person's words.
    write_whole(path, write, pgettext("what could not be saved", "settings"))


def load(name: str) -> Any:
    return read_json(paths.config_dir() / name)


def save(name: str, value: Any) -> None:
    write_json(paths.config_dir() / name, value, indent=1)
