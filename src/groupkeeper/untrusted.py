"""A file from someone else is a stranger: read it only if it is an ordinary file of a sane
size, and never let its values act as anything but text where they go out (a spreadsheet's
formula, a terminal's escape sequence).

Kept apart from the services that use it so reading one does not load another.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import _

MB = 1024 * 1024


def megabytes(size: int) -> str:
    """A size limit in words, such as "20 MB"."""
    if size >= MB:
        return _("{n} MB").format(n=size // MB)
    return _("{n} KB").format(n=size // 1024)


def too_big(name: str, size: int, limit: int, what: str) -> GroupKeeperError:
    """The error for a file of ``size`` bytes, over the ``limit`` for ``what`` it should be
    (``what`` in the person's words, "a meeting list": callers pass it translated)."""
    if size // MB > limit // MB:
        text = _(
            "{name} is {size}, too big to be {what} (at most {limit}). Check it is the right file."
        )
        size_words = _("{n} MB").format(n=f"{size // MB:,}")
    else:
        text = _(
            "{name} is over {limit}, too big to be {what} (at most {limit}). "
            "Check it is the right file."
        )
        size_words = ""
    return GroupKeeperError(
        text.format(name=name, size=size_words, what=what, limit=megabytes(limit))
    )


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, which must be an ordinary file of at most ``limit`` bytes.

    Its kind and size are checked before it is opened, so a named pipe, a device such as
    /dev/zero (endless) or a huge file is refused without reading a byte. ``what`` names
    what the file should be ("a meeting list", translated) for the messages.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise GroupKeeperError(
            _("There is no file {path}. Check the name and folder.").format(path=path)
        ) from None
    except PermissionError:
        raise _may_not_read(path) from None
    except (OSError, ValueError) as exc:  # a name too long, a loop of links, a NUL in it
        raise _cannot_read(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise GroupKeeperError(
            _("{path} is a folder; choose {what} file in it.").format(path=path, what=what)
        )
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(name, what)
    if info.st_size > limit:
        raise too_big(name, info.st_size, limit, what)
    # No waiting on a pipe put in its place since the check; binary on Windows.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise _may_not_read(path) from None
    except OSError as exc:
        raise _cannot_read(name, exc) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise _not_a_file(name, what)
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while we read it
        raise too_big(name, len(data), limit, what)
    return data


def _may_not_read(path: Path) -> GroupKeeperError:
    return GroupKeeperError(
        _("GroupKeeper may not read {path}. Check its permissions.").format(path=path)
    )


def _cannot_read(name: str, exc: BaseException) -> GroupKeeperError:
    return GroupKeeperError(
        _("GroupKeeper cannot read {name} ({reason}). Choose another file.").format(
            name=name, reason=_reason(exc)
        )
    )


def _not_a_file(name: str, what: str) -> GroupKeeperError:
    return GroupKeeperError(
        _(
            "{name} is not an ordinary file (it is a device or a pipe), so it cannot be {what}. "
            "Choose the file itself, saved on this computer or a USB stick."
        ).format(name=name, what=what)
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or _("error")


# ---------------------------------------------------------------- spreadsheets

# What a spreadsheet may take for the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that could start a formula gets a leading
    single quote, as OWASP advises ("=SUM(A1)" is written "'=SUM(A1)")."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_row(values: list[str]) -> list[str]:
    return [csv_cell(v) for v in values]


# ---------------------------------------------------------------- terminals

# What a terminal obeys instead of showing: C0 and C1 controls (escape sequences that recolour,
# retitle or clear the screen, carriage returns, bells), line and paragraph separators, and
# the bidirectional controls that reorder the text after them.
_OBEYED = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_ANY = re.compile(f"[{_OBEYED}]")
_BUT_LINE_BREAKS = re.compile(f"(?!\n)[{_OBEYED}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _written_out(found: re.Match[str]) -> str:
    ch = found.group()
    code = ord(ch)
    return _NAMED.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def shown(text: object, *, lines: bool = False) -> str:
    """``text`` as a terminal should print it: each character a terminal would obey is
    written out instead ("a\\x1b[31mb"), so a name from a file is shown, never run.
    ``lines`` keeps line breaks, for a message of several lines."""
    return (_BUT_LINE_BREAKS if lines else _ANY).sub(_written_out, str(text))
