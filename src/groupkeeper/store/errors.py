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


class NewerFileError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"{path.name} was saved by a newer version of GroupKeeper (format {revision}). "
            "Install the latest GroupKeeper to open it; the file was not changed.",
        )


class FileNotWritableError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            path,
            f"GroupKeeper cannot save to {path} ({why}). "
            "Copy the file to a folder you can write to (such as Documents) and open it there.",
        )
