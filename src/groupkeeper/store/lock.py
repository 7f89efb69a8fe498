"""One writer per group file: an operating-system lock on a small file beside it.

``My Group.groupkeeper`` is guarded by ``My Group.groupkeeper.lock``. The lock itself is held
by the operating system (``flock`` on Linux and macOS, ``LockFileEx`` through ``msvcrt`` on
Windows), so it vanishes when the process ends, however it ends: a crash or a power cut leaves
at most a stale file behind, which the next start recognises (it is not locked) and takes over.
The file holds who took the lock (process id, computer, time) for the message a second copy
shows; it never holds member data.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from groupkeeper.store.errors import FileInUseError, FileNotWritableError

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte far past the text, so the text stays readable


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        import socket

        here = self.host == socket.gethostname()
        where = "on this computer" if here else f"on the computer {self.host}"
        return f"GroupKeeper (process {self.pid}) {where}, since {self.since}"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_owner(path: Path) -> LockOwner | None:
    """Who holds (or last held) the lock on ``path``, if the lock file says."""
    import json

    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(int(info["pid"]), str(info["host"]), str(info["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _holder(path: Path) -> str:
    owner = read_owner(path)
    return owner.describe() if owner else ""


class FileLock:
    """Held while a group file is open for writing; :meth:`release` gives it up."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> FileLock:
        target = lock_path(self.path)
        for _attempt in range(3):
            try:
                fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise FileNotWritableError(self.path, exc.strerror or "no lock file") from exc
            if not _try_lock(fd):
                os.close(fd)
                raise FileInUseError(self.path, _holder(self.path))
            # The holder before us may have removed the file between our open and our lock:
            # then we hold a lock on a file nobody else will see. Start again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(target))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self._write_owner(fd)
                return self
            _unlock(fd)
            os.close(fd)
        raise FileInUseError(self.path, _holder(self.path))

    @staticmethod
    def _write_owner(fd: int) -> None:
        import json
        import socket

        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(owner).encode())

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Remove the file while still holding the lock, so nobody locks a file about to vanish.
        # A read-only folder, or Windows refusing to delete an open file: a stale file is harmless.
        with contextlib.suppress(OSError):
            os.unlink(lock_path(self.path))
        _unlock(fd)
        os.close(fd)
