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


# The key is made from the passphrase here, not by SQLCipher, and handed to SQLCipher as raw key
# data with its salt (the salt is the file's first 16 bytes). Made once per passphrase and salt,
# however many connections follow (the window, each export thread, each backup). Backups are
# given their file's salt, so opening or listing them makes no new key.
#
# Files protected now: Argon2id with 19 MiB of memory, 2 passes, 1 lane (OWASP's first
# recommended setting), about 0.02 s: a fifth of PBKDF2's wait, and OWASP rates it at least as
# strong as PBKDF2-SHA512 at 210,000 rounds; being memory-hard, graphics cards speed guessing up
# far less. Their salt starts with ARGON2_MARK and the other 14 bytes are random.
# THESE NUMBERS ARE PART OF THE FILE FORMAT: a file protected with them opens only with them.
# A stronger setting needs a mark of its own.
#
# Files protected before Argon2id came in (November 2026): SQLCipher 4's own way,
# PBKDF2-HMAC-SHA512 with 256,000 rounds (about 0.1 s) and a wholly random salt. They keep
# opening; their next passphrase change moves them to Argon2id. One in 65,536 of them has a
# random salt that happens to start with the mark: when Argon2id's key fails on a marked salt,
# PBKDF2's is tried before the passphrase is called wrong (see :func:`try_older_key`).
ARGON2_MARK = b"\xa2\x1d"
ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES = 2, 19 * 1024, 1
PBKDF2_ROUNDS = 256_000
ARGON2, PBKDF2 = "argon2id", "pbkdf2"
SALT_BYTES = 16
KEY_BYTES = 32

_OLDER_SALTS: set[bytes] = set()  # marked salts found to be a PBKDF2 file's random salt


def kdf_of(salt: bytes) -> str:
    """How the key for a file with this salt is made: :data:`ARGON2` or :data:`PBKDF2`."""
    marked = salt.startswith(ARGON2_MARK) and salt not in _OLDER_SALTS
    return ARGON2 if marked else PBKDF2


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes, kdf: str) -> str:
    secret = passphrase.encode()
    if kdf == PBKDF2:
        import hashlib

        return hashlib.pbkdf2_hmac("sha512", secret, salt, PBKDF2_ROUNDS, KEY_BYTES).hex()
    from argon2.low_level import Type, hash_secret_raw

    key = hash_secret_raw(
        secret, salt, ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES, KEY_BYTES, Type.ID
    )
    return key.hex()


def forget_keys() -> None:
    """Drop every key made from a passphrase (the benchmark uses it to pay for each open)."""
    _derive.cache_clear()


def new_salt() -> bytes:
    """A salt for a newly protected file: the Argon2id mark, then random bytes."""
    return ARGON2_MARK + os.urandom(SALT_BYTES - len(ARGON2_MARK))


def try_older_key(path: Path) -> bool:
    """Called when ``path`` refused the key made from a passphrase. True when the file may be
    one of the rare older files whose random salt starts with the mark: its key is then made
    with PBKDF2 from now on, and the caller tries again. False when there is nothing else to
    try (and a marked salt goes back to Argon2id, for the next passphrase typed)."""
    salt = salt_of(path)
    if salt is None or not salt.startswith(ARGON2_MARK):
        return False
    if salt in _OLDER_SALTS:
        _OLDER_SALTS.discard(salt)
        return False
    _OLDER_SALTS.add(salt)
    return True


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
    return f"\"x'{_derive(passphrase, salt, kdf_of(salt))}{salt.hex()}'\""


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
