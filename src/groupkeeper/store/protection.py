"""Set, change or remove a group file's passphrase, and its backups' with it."""

from __future__ import annotations

from pathlib import Path

import groupkeeper.store.cipher as cipher
from groupkeeper.errors import ValidationError
from groupkeeper.i18n import _
from groupkeeper.store.backups import group_uid, rekey_backups, rekey_file
from groupkeeper.store.lock import FileLock, real_path
from groupkeeper.store.sqlitefile import inspect_file

MIN_LENGTH = 8


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> list[str]:
    """Problems with a passphrase a person has just chosen, in words (empty when fine)."""
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(
            _(
                "Use at least {n} characters; a short sentence is easy to remember "
                "and hard to guess."
            ).format(n=MIN_LENGTH)
        )
    elif not passphrase.strip():
        problems.append(_("A passphrase cannot be only spaces."))
    if repeated is not None and repeated != passphrase:
        problems.append(_("The two passphrases are not the same. Type them again."))
    return problems


def change_passphrase(path: Path, old: str | None, new: str | None) -> int:
    """Give the closed group file ``path`` the passphrase ``new`` (None removes it).

    ``old`` is its passphrase now (None when plain). Its snapshots follow, so a backup never
    holds readable data of a protected file. Returns how many snapshots were re-keyed.
    """
    if new is not None and (problems := check_new_passphrase(new)):
        raise ValidationError(problems)
    path = real_path(path)  # through a symlink: protect the real file, not replace the link
    info = inspect_file(path, old)
    current = old if info.encrypted else None
    salt = cipher.new_salt()  # one for the file and its backups: one key to derive, not many
    lock = FileLock(path).acquire()
    try:
        uid = group_uid(path, current)
        if current != new:
            # The file first: if this is interrupted, the next open of the protected file
            # encrypts the snapshots still plain (backups.secure_copies).
            rekey_file(path, current, new, salt)
        return rekey_backups(path, current, new, salt, uid)
    finally:
        lock.release()


def unlock_delay(failures: int, free: int = 3, longest: float = 30.0) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row.

    The first few are free (a typo, Caps Lock); from the ``free``-th on the wait doubles from
    one second (1, 2, 4, 8, 16) up to ``longest``: nothing for the secretary who mistypes,
    slow going for someone at the shared laptop trying one guess after another."""
    if failures < free:
        return 0.0
    return min(longest, 2.0 ** min(failures - free, 32))
