"""SQLCipher: the optional passphrase on a group file.

We use the ``sqlcipher3-wheels`` package: it ships SQLCipher built in, as wheels for Windows,
macOS (Intel and Apple silicon) and Linux, so nobody compiles anything. (``sqlcipher3-binary``
has Linux wheels only.) It is imported only when an encrypted file is opened or a passphrase is
set, so plain files start as fast as before.

An encrypted file has no readable header: the only way to tell it from random bytes is to try
the passphrase. :func:`looks_encrypted` says whether trying makes sense at all.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any, cast

PAGE = 1024  # every SQLCipher file is a whole number of pages, at least 1 KiB each


def _module() -> Any:
    import sqlcipher3

    return sqlcipher3


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA key cannot take a bound parameter)."""
    return "'" + text.replace("'", "''") + "'"


# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, a 32-byte key, a 16-byte salt kept
# in the file's first bytes. Deriving costs about 0.15 s, and SQLCipher would pay it again for
# every connection (the window, each export thread, each backup). So the key is derived here,
# once per passphrase and salt, and handed to SQLCipher as raw key data with its salt. Backups
# are given their file's salt, so opening or listing them derives nothing new.
KDF_ROUNDS = 256_000
SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> str:
    import hashlib

    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ROUNDS, 32).hex()


def forget_keys() -> None:
    """Drop every derived key held in memory (the benchmark uses it to pay for each open)."""
    _derive.cache_clear()


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def salt_of(path: Path) -> bytes | None:
    """The salt at the start of an encrypted file; None for a plain, empty or missing one."""
    try:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        return None
    if len(salt) < SALT_BYTES or salt.startswith(b"SQLite format 3"):
        return None
    return salt


def pragma_key(passphrase: str, salt: bytes | None = None) -> str:
    """The value for ``PRAGMA key`` or ``ATTACH ... KEY``: raw key data and salt (a new salt
    when none is given, for a new file)."""
    salt = salt or new_salt()
    return f"\"x'{_derive(passphrase, salt)}{salt.hex()}'\""


def key_for(path: Path, passphrase: str) -> str:
    """The key value for the file ``path`` (a new file gets a new salt)."""
    return pragma_key(passphrase, salt_of(path))


def connect(uri: str, key: str | None) -> sqlite3.Connection:
    """A SQLCipher connection to ``uri`` (SQLite URI form), keyed with ``key`` (a value from
    :func:`pragma_key`). With ``None`` the file is read as plain SQLite, but through SQLCipher,
    so that :func:`export` can encrypt it."""
    conn = _module().connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # wrong keys are our message, not stderr's
    if key is not None:
        conn.execute(f"PRAGMA key = {key}")
    conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted scratch files on disk
    return cast(sqlite3.Connection, conn)


def database_errors() -> tuple[type[Exception], ...]:
    """The driver errors that mean "cannot read this database", for whichever driver is loaded."""
    errors: list[type[Exception]] = [sqlite3.DatabaseError]
    module = sys.modules.get("sqlcipher3")
    if module is not None:
        errors.append(module.DatabaseError)
    return tuple(errors)


def looks_encrypted(path: Path) -> bool:
    try:
        size = os.path.getsize(path)
    except OSError:
        return False
    return size >= PAGE and size % PAGE == 0


def export(source: sqlite3.Connection, target: Path, key: str | None) -> None:
    """Copy everything in ``source`` into a new file ``target``, encrypted with ``key`` (from
    :func:`pragma_key`) or, with None, plain."""
    source.execute(f"ATTACH DATABASE {quote(str(target))} AS export KEY {key or quote('')}")
    try:
        source.execute("SELECT sqlcipher_export('export')")
        # sqlcipher_export copies tables and rows, not the header fields.
        for field in ("application_id", "user_version"):
            value = int(source.execute(f"PRAGMA main.{field}").fetchone()[0])
            source.execute(f"PRAGMA export.{field} = {value}")
        source.commit()
    finally:
        source.execute("DETACH DATABASE export")
