"""Writing a file whole or not at all: every export and every attached file saved back out.

Kept apart from ``export.styles`` so saving a file never loads reportlab.

What GroupKeeper writes holds members' names, phone numbers and pairings, often on a laptop
shared by everyone who uses the building: unless a caller says otherwise, a file is written
readable and writable by its owner only (0600), whatever the umask says.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import _

# Windows has no owner/group/other bits (os.chmod there only sets read-only); a user's own
# folders are closed to other accounts by the profile's ACLs, so modes are left alone.
_POSIX = sys.platform != "win32"


def name_part(text: str, fallback: str = "Group") -> str:
    """``text`` (a group's or a member's name) fit to start a file name a person saves: no
    folder separators or characters Windows refuses, so the name stays one file in the
    folder chosen."""
    return "".join(" " if c in '\\/:*?"<>|' else c for c in text).strip() or fallback


def make_private(path: Path) -> Path:
    """Make ``path`` this user's only: 0700 for a folder, 0600 for a file, whatever the umask."""
    if _POSIX:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    return path


def new_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 before anything is written to it, so what goes in is never
    readable by others, even for a moment. A path that already exists is refused (a link
    planted there would otherwise be followed)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    make_private(path)  # os.open's mode goes through the umask, which may take away more


def write_whole(
    out: Path, write: Callable[[Path], None], kind: str = "PDF", *, private: bool = True
) -> Path:
    """Run ``write(tmp)`` then rename ``tmp`` to ``out``: the file is written whole or not at
    all, so a full disk or a crash never leaves half a PDF behind. ``kind`` names what is
    written ("calendar file") in the person's words: callers pass it translated.

    ``out`` is 0600 (this user only) whatever the umask; ``private=False`` leaves its mode to
    the umask, for a file meant for everyone."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise GroupKeeperError(
            _("The folder {folder} does not exist. Choose another place to save the file.").format(
                folder=folder
            )
        )
    tmp = folder / f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part"
    try:
        if private:
            new_private_file(tmp)  # writers open it for writing, which keeps its mode
        write(tmp)
        if private:
            make_private(tmp)  # in case the writer replaced the file instead
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GroupKeeperError(
            _(
                "Could not save the {kind} to {out} ({reason}). "
                "Check there is free space and that the folder can be written to."
            ).format(kind=kind, out=out, reason=exc.strerror or exc)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
