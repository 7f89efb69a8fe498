"""Why a group file could not be opened, in words a volunteer can act on."""

from __future__ import annotations

from pathlib import Path

from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import N_, _

# Why a file cannot be saved when the disk is full (``FileNotWritableError``'s ``why``, as
# ``sqlitefile.not_written`` gives it): that one gets its own advice.
DISK_FULL = N_("the disk is full")


class StoreError(GroupKeeperError):
    """A group file could not be opened or written; the file is left as it was."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class FileMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "There is no group file at {path}. Check the path, or choose File > New to start "
                "one."
            ).format(path=path),
        )


class NotAGroupFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "{name} is not a GroupKeeper group file, so it was not opened or changed. "
                "Choose a file ending in .groupkeeper."
            ).format(name=path.name),
        )


class DamagedFileError(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        message = (
            _(
                "The group file {name} is damaged ({detail}) and was not changed. "
                "Open a backup copy of it, or keep this file and ask for help recovering it."
            )
            if detail
            else _(
                "The group file {name} is damaged and was not changed. "
                "Open a backup copy of it, or keep this file and ask for help recovering it."
            )
        )
        super().__init__(path, message.format(name=path.name, detail=detail))


class UnreadableValuesError(DamagedFileError):
    """The file holds values GroupKeeper never writes (a date that is not a date, ...)."""

    def __init__(self, path: Path, where: list[str]) -> None:
        StoreError.__init__(
            self,
            path,
            _(
                "{name} holds values GroupKeeper cannot have written (in {where}), so it was "
                "not opened or changed: it is damaged, or was altered. Open one of your backups, "
                "or ask the person who gave it to you for a fresh copy."
            ).format(name=path.name, where=", ".join(where)),
        )


class AlteredFileError(StoreError):
    """The file's schema holds something GroupKeeper never makes (a trigger, a view, a table)."""

    def __init__(self, path: Path, what: list[str]) -> None:
        super().__init__(
            path,
            _(
                "{name} holds things GroupKeeper never puts in a group file ({what}), so it was "
                "not opened or changed: it may have been altered to harm this computer or the "
                "group's records. Ask the person who gave it to you for a fresh copy, or open "
                "one of your own backups."
            ).format(name=path.name, what=", ".join(what)),
        )


class NewerFileError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            _(
                "{name} was saved by a newer version of GroupKeeper (format {revision}). "
                "Install the latest GroupKeeper to open it; the file was not changed."
            ).format(name=path.name, revision=revision),
        )


class FileNotWritableError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        """``why`` in the person's words ("the folder is read-only"); the full disk's own,
        ``_(DISK_FULL)``, gets the advice to free some space."""
        message = (
            _(
                "GroupKeeper cannot save to {path} ({why}). Free some space on it (empty the "
                "Recycle Bin or Trash, or move large files elsewhere), then try again; nothing "
                "was changed."
            )
            if why == _(DISK_FULL)
            else _(
                "GroupKeeper cannot save to {path} ({why}). Copy the file to a folder you can "
                "write to (such as Documents) and open it there."
            )
        )
        super().__init__(path, message.format(path=path, why=why))


class FileInUseError(StoreError):
    """Another window or copy of GroupKeeper has the file open."""

    def __init__(self, path: Path, holder: str = "") -> None:
        message = (
            _(
                "{name} is already open in {holder}. Switch to that window, or close it there "
                "first; only one window at a time can change a group file."
            )
            if holder
            else _(
                "{name} is already open in another GroupKeeper window. Switch to that window, "
                "or close it there first; only one window at a time can change a group file."
            )
        )
        super().__init__(path, message.format(name=path.name, holder=holder))


class PassphraseNeededError(StoreError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{name} is protected with a passphrase. Enter it to open the file.").format(
                name=path.name
            ),
        )


class WrongPassphraseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "That passphrase does not open {name}. Check Caps Lock and try again; "
                "the file was not changed."
            ).format(name=path.name),
        )
