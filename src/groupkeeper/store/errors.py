"""Why a group file could not be opened, in words a volunteer can act on."""

from __future__ import annotations

from pathlib import Path

from groupkeeper.errors import GroupKeeperError


class StoreError(GroupKeeperError):
    """A group file could not be opened or written; the file is left as it was."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class FileMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"There is no group file at {path}. Check the path, or choose File > New to start one.",
        )


class NotAGroupFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path.name} is not a GroupKeeper group file, so it was not opened or changed. "
            "Choose a file ending in .groupkeeper.",
        )


class DamagedFileError(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            path,
            f"The group file {path.name} is damaged{extra} and was not changed. "
            "Open a backup copy of it, or keep this file and ask for help recovering it.",
        )


class UnreadableValuesError(DamagedFileError):
    """The file holds values GroupKeeper never writes (a date that is not a date, ...)."""

    def __init__(self, path: Path, where: list[str]) -> None:
        StoreError.__init__(
            self,
            path,
            f"{path.name} holds values GroupKeeper cannot have written (in "
            f"{', '.join(where)}), so it was not opened or changed: it is damaged, or was "
            "altered. Open one of your backups, or ask the person who gave it to you for a "
            "fresh copy.",
        )


class AlteredFileError(StoreError):
    """The file's schema holds something GroupKeeper never makes (a trigger, a view, a table)."""

    def __init__(self, path: Path, what: list[str]) -> None:
        super().__init__(
            path,
            f"{path.name} holds things GroupKeeper never puts in a group file "
            f"({', '.join(what)}), so it was not opened or changed: it may have been altered "
            "to harm this computer or the group's records. Ask the person who gave it to you "
            "for a fresh copy, or open one of your own backups.",
        )


class NewerFileError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"{path.name} was saved by a newer version of GroupKeeper (format {revision}). "
            "Install the latest GroupKeeper to open it; the file was not changed.",
        )


class FileNotWritableError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        advice = (
            "Free some space on it (empty the Recycle Bin or Trash, or move large files "
            "elsewhere), then try again; nothing was changed."
            if why == "the disk is full"
            else "Copy the file to a folder you can write to (such as Documents) and open it there."
        )
        super().__init__(path, f"GroupKeeper cannot save to {path} ({why}). {advice}")


class FileInUseError(StoreError):
    """Another window or copy of GroupKeeper has the file open."""

    def __init__(self, path: Path, holder: str = "") -> None:
        who = f" in {holder}" if holder else " in another GroupKeeper window"
        super().__init__(
            path,
            f"{path.name} is already open{who}. Switch to that window, or close it there "
            "first; only one window at a time can change a group file.",
        )


class PassphraseNeededError(StoreError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path, f"{path.name} is protected with a passphrase. Enter it to open the file."
        )


class WrongPassphraseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"That passphrase does not open {path.name}. Check Caps Lock and try again; "
            "the file was not changed.",
        )
