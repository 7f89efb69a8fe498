"""Where GroupKeeper keeps things on this computer.

Every platformdirs call lives here and nowhere else, so tests can point the whole app at a
temporary folder by setting ``GROUPKEEPER_HOME`` (or by monkeypatching :func:`_base`).

The data and config folders are this user's only (0700), whatever the umask: they hold the
group file, its backups and the list of recent files, on a computer others use too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Literal

from groupkeeper import APP_NAME, FILE_SUFFIX

PORTABLE_MARK = "portable.txt"
"""Beside the program in the portable copy (the zip for a USB stick): keep everything there."""
PORTABLE_HOME = "GroupKeeper-data"


def _portable() -> Path | None:
    """The portable copy's own folder for the group file, backups and settings, beside the
    program on the stick: a borrowed laptop keeps no copy of the group's members."""
    if not getattr(sys, "frozen", False):
        return None
    here = Path(sys.executable).resolve().parent
    return here / PORTABLE_HOME if (here / PORTABLE_MARK).is_file() else None


def _override() -> Path | None:
    home = os.environ.get("GROUPKEEPER_HOME")
    return Path(home) if home else _portable()


def _folder(kind: Literal["data", "config"]) -> Path:
    """``GROUPKEEPER_HOME/<kind>`` when set, else the platform's user data or config folder."""
    base = _override()
    if base:
        path = base / kind
    else:
        import platformdirs  # imported on first use: start-up does not need it

        finder = platformdirs.user_data_dir if kind == "data" else platformdirs.user_config_dir
        path = Path(finder(APP_NAME, False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # never looser, even for a moment
    if sys.platform != "win32" and path.stat().st_mode & 0o777 != 0o700:
        # The umask took more than it should, or an older version made it open to all.
        # Imported here: files.py speaks through i18n, which finds its catalogues here.
        from groupkeeper.files import make_private

        with contextlib.suppress(OSError):  # not ours to change: use it as it is
            make_private(path)
    return path


def data_dir() -> Path:
    """The folder for the group file and its backups (created on demand)."""
    return _folder("data")


def config_dir() -> Path:
    """The folder for small preferences such as the recent-files list."""
    return _folder("config")


def default_group_file() -> Path:
    """The group file used when no ``--data PATH`` is given."""
    return data_dir() / f"group{FILE_SUFFIX}"


def documents_dir() -> Path:
    """Where save and open dialogs start: the user's Documents folder, or the home folder on a
    computer without one (a dialog sent to a missing folder opens wherever the app was started
    from, which on a shared laptop can be anywhere)."""
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


def resource_dir() -> Path:
    """The package's ``resources/`` folder (fonts, icons): inside the installed package, as
    ``importlib.resources`` finds it, so a checkout, an installed wheel and a frozen bundle
    read it alike."""
    from importlib import resources

    folder = resources.files("groupkeeper") / "resources"
    candidate = Path(str(folder))
    if (candidate / "fonts").is_dir():
        return candidate
    raise FileNotFoundError("GroupKeeper's resources folder is missing; reinstall GroupKeeper.")
