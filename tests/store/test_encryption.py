"""Passphrase-protected files: really encrypted, clear messages, backups protected too."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from groupkeeper.errors import ValidationError
from groupkeeper.schedule import service
from groupkeeper.store import (
    NotAGroupFileError,
    PassphraseNeededError,
    WrongPassphraseError,
    backups,
    open_store,
)
from groupkeeper.store.protection import change_passphrase
from groupkeeper.store.sqlitefile import integrity_check, is_encrypted
from tests.conftest import PASSPHRASE, series_input

# Words from the demo file: a series name, a place, a note, the group's name.
SECRETS = [b"Tuesday", b"St. Brigid", b"Thanksgiving", b"Hall"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain_words(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [w for w in SECRETS if w in data]


def test_the_demo_file_does_hold_the_words_in_plain_text(demo_file: Path) -> None:
    assert _plain_words(demo_file), "the check below would prove nothing"


def test_encryption_is_real_in_the_file_its_wal_and_every_backup(encrypted_demo: Path) -> None:
    assert is_encrypted(encrypted_demo)
    assert _plain_words(encrypted_demo) == []
    with open_store(encrypted_demo, passphrase=PASSPHRASE) as store:
        with store.session() as s, s.begin():
            service.create_series(s, series_input(name="Tuesday Secret Meeting"))
        wal = Path(str(encrypted_demo) + "-wal")
        assert wal.exists() and b"Secret" not in wal.read_bytes()
        assert _plain_words(wal) == []
    all_backups = backups.list_backups(encrypted_demo)
    assert all_backups  # the one taken on close, beside any from writing the demo (re-keyed)
    for backup in all_backups:
        assert _plain_words(backup.path) == [] and b"Secret" not in backup.path.read_bytes()
        assert backups.summary(backup.path, PASSPHRASE)["meetings"] >= 3
    newest = backups.summary(all_backups[0].path, PASSPHRASE)["meetings"]
    with open_store(encrypted_demo, passphrase=PASSPHRASE) as store, store.session() as s:
        assert newest == len(service.list_series(s))


def test_an_encrypted_file_asks_for_its_passphrase_and_refuses_a_wrong_one(
    encrypted_demo: Path,
) -> None:
    before = digest(encrypted_demo)
    with pytest.raises(PassphraseNeededError, match="protected with a passphrase"):
        open_store(encrypted_demo)
    with pytest.raises(WrongPassphraseError, match="That passphrase does not open demo"):
        open_store(encrypted_demo, passphrase="tea and biscuits")
    assert digest(encrypted_demo) == before
    with open_store(encrypted_demo, passphrase=PASSPHRASE) as store, store.session() as s:
        assert len(service.list_series(s)) >= 3


def test_change_and_remove_the_passphrase(encrypted_demo: Path) -> None:
    change_passphrase(encrypted_demo, PASSPHRASE, "a brand new sentence")
    with pytest.raises(WrongPassphraseError):
        open_store(encrypted_demo, passphrase=PASSPHRASE)
    for backup in backups.list_backups(encrypted_demo):
        assert backups.summary(backup.path, "a brand new sentence")["meetings"] >= 3
    change_passphrase(encrypted_demo, "a brand new sentence", None)
    assert not is_encrypted(encrypted_demo)
    assert _plain_words(encrypted_demo)
    assert integrity_check(encrypted_demo) == []
    with open_store(encrypted_demo) as store, store.session() as s:
        assert len(service.list_series(s)) >= 3


def test_a_short_passphrase_is_refused_with_the_reason(demo_file: Path) -> None:
    before = digest(demo_file)
    with pytest.raises(ValidationError, match="at least 8 characters"):
        change_passphrase(demo_file, None, "short")
    assert digest(demo_file) == before


def test_random_bytes_the_size_of_pages_are_not_mistaken_for_a_group_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "noise.groupkeeper"
    path.write_bytes(bytes(range(256)) * 32)
    before = digest(path)
    with pytest.raises(PassphraseNeededError):
        open_store(path)
    with pytest.raises(WrongPassphraseError):
        open_store(path, passphrase=PASSPHRASE)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_an_encrypted_sqlite_file_of_another_app_is_not_a_group_file(tmp_path: Path) -> None:
    from groupkeeper.store import cipher

    path = tmp_path / "other.db"
    conn = cipher.connect(path.as_uri() + "?mode=rwc", cipher.pragma_key(PASSPHRASE))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAGroupFileError):
        open_store(path, passphrase=PASSPHRASE)


def test_a_file_and_its_backups_share_one_key_so_listing_them_derives_it_once(
    encrypted_demo: Path,
) -> None:
    from groupkeeper.store import cipher

    store = open_store(encrypted_demo, passphrase=PASSPHRASE)
    with store.session() as s, s.begin():
        service.create_series(s, series_input(name="One more"))
    store.close()
    for tag in ("manual", "before-restore"):
        backups.take(encrypted_demo, PASSPHRASE, tag=tag)
    salt = cipher.salt_of(encrypted_demo)
    listed = backups.list_backups(encrypted_demo)
    assert len(listed) >= 3 and {cipher.salt_of(b.path) for b in listed} == {salt}
    cipher.forget_keys()
    for backup in listed:
        backups.summary(backup.path, PASSPHRASE)
    assert cipher._derive.cache_info().misses == 1


# ---------------------------------------------------------------- how keys are made


def _raw_key(key: bytes, salt: bytes) -> str:
    return f"\"x'{key.hex()}{salt.hex()}'\""


def _application_id(path: Path, raw_key: str) -> int:
    """Open ``path`` with SQLCipher itself and the given raw key, nothing of GroupKeeper's."""
    import sqlcipher3

    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = {raw_key}")
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


def _pbkdf2_key(passphrase: str, salt: bytes) -> bytes:
    """The key the first protected files were made with: SQLCipher 4's defaults."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)


def _protect_the_older_way(plain: Path, target: Path, passphrase: str, salt: bytes) -> Path:
    """``plain``, copied to ``target`` protected as GroupKeeper did before Argon2id."""
    from groupkeeper.store import cipher

    source = cipher.connect(f"{plain.as_uri()}?mode=ro", None)
    try:
        cipher.export(source, target, _raw_key(_pbkdf2_key(passphrase, salt), salt))
    finally:
        source.close()
    return target


def test_a_new_passphrase_makes_its_key_with_argon2id_exactly_as_documented(
    encrypted_demo: Path,
) -> None:
    from argon2.low_level import Type, hash_secret_raw

    from groupkeeper.store import cipher
    from groupkeeper.store.revisions import APPLICATION_ID

    salt = encrypted_demo.read_bytes()[:16]
    assert salt.startswith(cipher.ARGON2_MARK)
    # Argon2id, 19 MiB, 2 passes, 1 lane, a 32-byte key: the file format. If these change,
    # every protected file made until then stops opening.
    key = hash_secret_raw(PASSPHRASE.encode(), salt, 2, 19 * 1024, 1, 32, Type.ID)
    assert _application_id(encrypted_demo, _raw_key(key, salt)) == APPLICATION_ID
    for backup in backups.list_backups(encrypted_demo):
        assert backup.path.read_bytes()[:16] == salt
        assert _application_id(backup.path, _raw_key(key, salt)) == APPLICATION_ID


def test_salts_are_random_after_the_mark() -> None:
    from groupkeeper.store import cipher

    salts = {cipher.new_salt() for _ in range(200)}
    assert len(salts) == 200
    assert all(len(s) == 16 and s.startswith(cipher.ARGON2_MARK) for s in salts)


@pytest.mark.parametrize(
    "marked", [False, True], ids=["random salt", "salt starting with the mark"]
)
def test_a_file_protected_before_argon2id_opens_and_moves_to_it_at_the_next_change(
    demo_file: Path, tmp_path: Path, marked: bool
) -> None:
    """Files protected with PBKDF2 keep opening, with their backups, even the one in 65,536
    whose random salt begins like an Argon2id file's; a wrong passphrase is still refused."""
    import os

    from groupkeeper.store import cipher

    start = cipher.ARGON2_MARK if marked else b"\x00\x00"
    salt = start + os.urandom(14)
    older = _protect_the_older_way(demo_file, tmp_path / "older.groupkeeper", PASSPHRASE, salt)
    before = digest(older)
    with pytest.raises(WrongPassphraseError):
        open_store(older, passphrase="tea and biscuits")
    assert digest(older) == before
    with open_store(older, passphrase=PASSPHRASE) as store, store.session() as s, s.begin():
        service.create_series(s, series_input(name="Added to an older file"))
    assert older.read_bytes()[:16] == salt  # still the older way: nothing re-keyed behind its back
    newest = backups.list_backups(older)[0]
    assert backups.summary(newest.path, PASSPHRASE)["meetings"] >= 4
    assert integrity_check(older, PASSPHRASE) == []
    handed = backups.copy_out(older, tmp_path / "handed over.groupkeeper", PASSPHRASE)
    cipher._OLDER_SALTS.clear()  # as on the next secretary's computer: nothing known yet
    cipher.forget_keys()
    with open_store(handed, passphrase=PASSPHRASE) as store, store.session() as s:
        assert len(service.list_series(s)) >= 4

    change_passphrase(older, PASSPHRASE, "a sentence for the new way")
    assert older.read_bytes()[:16].startswith(cipher.ARGON2_MARK)
    assert older.read_bytes()[:16] != salt
    with pytest.raises(WrongPassphraseError):
        open_store(older, passphrase=PASSPHRASE)
    new_way = "a sentence for the new way"
    with open_store(older, passphrase=new_way) as store, store.session() as s:
        names = [r.data.name for r in service.list_series(s)]
    assert "Added to an older file" in names
