"""The group file: engine and sessions, migrations at open, and the checks that keep it safe.

The modules in here import one another by their full names (``import groupkeeper.store.cipher
as cipher``), never through this package: it imports the database, so a module the database
needs that went through it would make an import loop.
"""

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
