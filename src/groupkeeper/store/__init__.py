"""The group file: engine and sessions, migrations at open, and the checks that keep it safe."""

from groupkeeper.store.database import GroupStore, open_store
from groupkeeper.store.errors import (
    AlteredFileError,
    DamagedFileError,
    FileInUseError,
    FileMissingError,
    FileNotWritableError,
    NewerFileError,
    NotAGroupFileError,
    PassphraseNeededError,
    StoreError,
    UnreadableValuesError,
    WrongPassphraseError,
)

__all__ = [
    "AlteredFileError",
    "DamagedFileError",
    "FileInUseError",
    "FileMissingError",
    "FileNotWritableError",
    "GroupStore",
    "NewerFileError",
    "NotAGroupFileError",
    "PassphraseNeededError",
    "StoreError",
    "UnreadableValuesError",
    "WrongPassphraseError",
    "open_store",
]
