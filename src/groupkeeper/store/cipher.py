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


# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 rounds, a 32-byte key, the salt in the
# file's first 16 bytes. Deriving costs about 0.15 s, and SQLCipher would pay it again for every
# connection (the window, each export thread, each backup), so it is done once per file and
# passphrase and the derived key is handed to SQLCipher as raw key data.
KDF_ROUNDS = 256_000
SALT_BYTES = 16


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> str:
    import hashlib

    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ROUNDS, 32)
    return f"x'{key.hex()}'"


def forget_keys() -> None:
    """Drop every derived key held in memory (the benchmark uses it to pay for each open)."""
    _derive.cache_clear()


def key_for(path: Path, passphrase: str) -> str:
    """What to give ``PRAGMA key`` for ``path``: raw key data for an existing encrypted file,
    else the passphrase itself (a new file gets a fresh salt from SQLCipher)."""
    try:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        salt = b""
    if len(salt) < SALT_BYTES or salt.startswith(b"SQLite format 3"):
        return quote(passphrase)
    return '"' + _derive(passphrase, salt) + '"'


def connect(uri: str, passphrase: str | None, path: Path | None = None) -> sqlite3.Connection:
    """A SQLCipher connection to ``uri`` (SQLite URI form), keyed with ``passphrase``.

    Give ``path`` (the file ``uri`` names) to reuse the key derived for it. With ``None`` the
    file is read as plain SQLite, but through SQLCipher, so that :func:`export` can encrypt it.
    """
    conn = _module().connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # wrong keys are our message, not stderr's
    if passphrase is not None:
        key = key_for(path, passphrase) if path is not None else quote(passphrase)
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


def export(source: sqlite3.Connection, target: Path, passphrase: str | None) -> None:
    """Copy everything in ``source`` into a new file ``target``, encrypted or (None) plain."""
    key = quote(passphrase or "")
    source.execute(f"ATTACH DATABASE {quote(str(target))} AS export KEY {key}")
    try:
        source.execute("SELECT sqlcipher_export('export')")
        # sqlcipher_export copies tables and rows, not the header fields.
        for field in ("application_id", "user_version"):
            value = int(source.execute(f"PRAGMA main.{field}").fetchone()[0])
            source.execute(f"PRAGMA export.{field} = {value}")
        source.commit()
    finally:
        source.execute("DETACH DATABASE export")
