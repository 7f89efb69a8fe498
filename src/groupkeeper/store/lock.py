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
import stat
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from groupkeeper.i18n import _
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

        if self.host == socket.gethostname():
            text = _("GroupKeeper (process {pid}) on this computer, since {since}")
        else:
            text = _("GroupKeeper (process {pid}) on the computer {host}, since {since}")
        return text.format(pid=self.pid, host=self.host, since=self.since)


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def real_path(path: Path) -> Path:
    """The file ``path`` names, through any symlinks: what is locked, written and replaced, so
    a link is never swapped for a file while the real one stays as it was."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _inode_lock_path(path: Path) -> Path | None:
    """A second lock for the file itself (device and inode) in the private data folder, so two
    hard links to one file cannot each get a writer."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    from groupkeeper import paths

    folder = paths.data_dir() / "locks"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{st.st_dev:x}-{st.st_ino:x}"


def _open_lock_file(target: Path, path: Path) -> int:
    """Open (or create, owner-only) the lock file without following a link planted in its
    place, and refuse anything that is not a plain file of its own."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except OSError as exc:
        if target.is_symlink():
            raise FileNotWritableError(
                path, _("{name} beside it is a link").format(name=target.name)
            ) from exc
        raise FileNotWritableError(path, exc.strerror or _("no lock file")) from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        os.close(fd)
        raise FileNotWritableError(
            path, _("{name} beside it is not GroupKeeper's lock").format(name=target.name)
        )
    return fd


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
        self._inode: FileLock | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> FileLock:
        self._take(lock_path(self.path), shown=self.path)
        inode = _inode_lock_path(self.path)
        if inode is not None:
            try:
                self._inode = FileLock(inode)._take(lock_path(inode), shown=self.path)
            except BaseException:
                self.release()
                raise
        return self

    def _take(self, target: Path, shown: Path) -> FileLock:
        """Lock ``target``; a refusal names ``shown`` (the group file) and our holder."""
        for _attempt in range(3):
            fd = _open_lock_file(target, shown)
            if not _try_lock(fd):
                os.close(fd)
                raise FileInUseError(shown, _holder(self.path))
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
        raise FileInUseError(shown, _holder(self.path))

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
        inode, self._inode = self._inode, None
        if inode is not None:
            inode.release()
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Remove the file while still holding the lock, so nobody locks a file about to vanish.
        # A read-only folder, or Windows refusing to delete an open file: a stale file is harmless.
        with contextlib.suppress(OSError):
            os.unlink(lock_path(self.path))
        _unlock(fd)
        os.close(fd)
