"""The group file: engine and sessions, migrations at open, and the checks that keep it safe."""

from groupkeeper.store.database import GroupStore, open_store
from groupkeeper.store.errors import (
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    NewerFileError,
    NotAGroupFileError,
    StoreError,
)

__all__ = [
    "DamagedFileError",
    "FileMissingError",
    "FileNotWritableError",
    "GroupStore",
    "NewerFileError",
    "NotAGroupFileError",
    "StoreError",
    "open_store",
]
