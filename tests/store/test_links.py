"""A group file reached by two names is still one file: one lock, and protect or restore
change the real file, never a link. A lock file planted as a link is never followed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from groupkeeper.store import FileInUseError, FileNotWritableError, backups, open_store
from groupkeeper.store.lock import lock_path
from groupkeeper.store.protection import change_passphrase
from groupkeeper.store.sqlitefile import is_encrypted
from tests.conftest import PASSPHRASE


def test_a_symlink_and_the_file_share_one_lock(demo_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.groupkeeper"
    link.parent.mkdir()
    link.symlink_to(demo_file)
    with open_store(demo_file), pytest.raises(FileInUseError):
        open_store(link)
    with open_store(link) as store:
        assert store.path == demo_file.resolve()
        with pytest.raises(FileInUseError, match=r"demo\.groupkeeper is already open"):
            open_store(demo_file)


def test_a_hard_link_and_the_file_share_one_lock(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "same.groupkeeper"
    other.parent.mkdir()
    os.link(demo_file, other)
    with (
        open_store(demo_file),
        pytest.raises(FileInUseError, match=r"same\.groupkeeper is already"),
    ):
        open_store(other)
    with open_store(other), pytest.raises(FileInUseError):
        open_store(demo_file)
    open_store(demo_file).close()  # every lock given back


def test_protect_and_restore_through_a_symlink_change_the_real_file(
    demo_file: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.groupkeeper"
    link.symlink_to(demo_file)
    kept = backups.take(demo_file)
    change_passphrase(link, None, PASSPHRASE)
    assert link.is_symlink() and is_encrypted(demo_file)
    backups.restore(link, kept, PASSPHRASE)
    assert link.is_symlink() and link.resolve() == demo_file.resolve()


def test_a_planted_lock_link_is_never_followed(demo_file: Path, tmp_path: Path) -> None:
    victim = tmp_path / "diary.txt"
    victim.write_text("dear diary")
    lock_path(demo_file).symlink_to(victim)
    missing = tmp_path / "created-by-us.txt"
    with pytest.raises(FileNotWritableError, match="is a link"):
        open_store(demo_file)
    assert victim.read_text() == "dear diary"
    lock_path(demo_file).unlink()
    lock_path(demo_file).symlink_to(missing)
    with pytest.raises(FileNotWritableError, match="is a link"):
        open_store(demo_file)
    assert not missing.exists()


def test_a_planted_lock_hard_link_is_never_truncated(demo_file: Path, tmp_path: Path) -> None:
    victim = tmp_path / "diary.txt"
    victim.write_text("dear diary")
    os.link(victim, lock_path(demo_file))
    with pytest.raises(FileNotWritableError, match="not GroupKeeper's lock"):
        open_store(demo_file)
    assert victim.read_text() == "dear diary"


def test_the_lock_file_is_owner_only_whatever_the_umask(demo_file: Path) -> None:
    old = os.umask(0)
    try:
        with open_store(demo_file):
            assert stat.S_IMODE(lock_path(demo_file).stat().st_mode) == 0o600
    finally:
        os.umask(old)
