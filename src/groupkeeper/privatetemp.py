"""Private copies for other programs: an attached file opened in its usual program, the
export preview's pages.

They may hold a protected group's records in the clear, so they live only under the private
data folder (``temp/``, owner-only), one folder per running window, each held by a lock while
in use. They are removed when the file closes or locks, and a folder whose window crashed (its
lock no longer held) is removed at the next start.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from groupkeeper import paths
from groupkeeper.files import make_private
from groupkeeper.store.errors import StoreError
from groupkeeper.store.lock import FileLock

_HELD = "in-use"


def root() -> Path:
    folder = paths.data_dir() / "temp"
    folder.mkdir(exist_ok=True)
    return make_private(folder)


class PrivateTemp:
    """One window's private temporary folder, made on first use."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._lock: FileLock | None = None

    def folder(self, sub: str = "") -> Path:
        """The folder (or its subfolder ``sub``), owner-only."""
        if self._folder is None or not self._folder.is_dir():
            folder = root() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
            folder.mkdir(mode=0o700)
            self._lock = FileLock(folder / _HELD).acquire()
            self._folder = folder
        if not sub:
            return self._folder
        inner = self._folder / sub
        inner.mkdir(mode=0o700, exist_ok=True)
        return inner

    def clear(self) -> None:
        """Remove every copy. A file another program still holds open on Windows may stay;
        the next start removes it."""
        folder, lock = self._folder, self._lock
        self._folder = self._lock = None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if lock is not None:
            lock.release()


def sweep() -> int:
    """Remove the folders left by windows that are no longer running; how many went."""
    gone = 0
    try:
        entries = list(root().iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.is_symlink() or not entry.is_dir():
            entry.unlink(missing_ok=True)
            continue
        try:
            lock = FileLock(entry / _HELD).acquire()
        except StoreError:
            continue  # another window is using it
        shutil.rmtree(entry, ignore_errors=True)
        lock.release()
        gone += 1
    return gone
