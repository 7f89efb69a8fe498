"""A file from someone else is a stranger: read it only if it is an ordinary file of a sane
size.

Kept apart from the services that use it so reading one does not load another.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from groupkeeper.errors import GroupKeeperError

MB = 1024 * 1024


def megabytes(size: int) -> str:
    """A size limit in words, such as "20 MB"."""
    return f"{size // MB} MB" if size >= MB else f"{size // 1024} KB"


def too_big(name: str, size: int, limit: int, what: str) -> GroupKeeperError:
    """The error for a file of ``size`` bytes, over the ``limit`` for ``what`` it should be."""
    over = size // MB > limit // MB
    size_words = f"{size // MB:,} MB" if over else f"over {megabytes(limit)}"
    return GroupKeeperError(
        f"{name} is {size_words}, too big to be {what} (at most {megabytes(limit)}). "
        "Check it is the right file."
    )


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, which must be an ordinary file of at most ``limit`` bytes.

    Its kind and size are checked before it is opened, so a named pipe, a device such as
    /dev/zero (endless) or a huge file is refused without reading a byte. ``what`` names
    what the file should be ("a meeting list") for the messages.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise GroupKeeperError(f"There is no file {path}. Check the name and folder.") from None
    except PermissionError:
        raise GroupKeeperError(f"GroupKeeper may not read {path}. Check its permissions.") from None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL in it
        raise GroupKeeperError(
            f"GroupKeeper cannot read {name} ({_reason(exc)}). Choose another file."
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise GroupKeeperError(f"{path} is a folder; choose {what} file in it.")
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(name, what)
    if info.st_size > limit:
        raise too_big(name, info.st_size, limit, what)
    # No waiting on a pipe put in its place since the check; binary on Windows.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise GroupKeeperError(f"GroupKeeper may not read {path}. Check its permissions.") from None
    except OSError as exc:
        raise GroupKeeperError(
            f"GroupKeeper cannot read {name} ({_reason(exc)}). Choose another file."
        ) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise _not_a_file(name, what)
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while we read it
        raise too_big(name, len(data), limit, what)
    return data


def _not_a_file(name: str, what: str) -> GroupKeeperError:
    return GroupKeeperError(
        f"{name} is not an ordinary file (it is a device or a pipe), so it cannot be {what}. "
        "Choose the file itself, saved on this computer or a USB stick."
    )


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or "error"
