"""A group file in a shared folder: two computers publishing to one folder in every order,
a publish cut off at several points, and the folder gone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import groupkeeper.store.shared as shared
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput
from groupkeeper.store import GroupStore, StoreError, backups, open_store
from groupkeeper.store.database import SharedConflictError
from groupkeeper.store.publication import read as read_publication


def _member_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM member"))
    finally:
        conn.close()


def _generation(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return read_publication(conn).generation
    finally:
        conn.close()


class Computer:
    """One computer: its own data folder (where its working copies live)."""

    def __init__(self, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home, self.mp = home, monkeypatch

    def open(self, path: Path) -> GroupStore:
        self.mp.setenv("GROUPKEEPER_HOME", str(self.home))
        return open_store(path)

    def add(self, path: Path, name: str) -> None:
        store = self.open(path)
        try:
            with store.session() as s, s.begin():
                roster.create_member(s, MemberInput(first_name=name, full_name=name))
        finally:
            store.close()


@pytest.fixture
def folder(tmp_path: Path, demo_file: Path) -> Path:
    """A OneDrive folder holding the group file, as a leader would put it there."""
    where = tmp_path / "OneDrive" / "Hope group"
    where.mkdir(parents=True)
    shutil.copyfile(demo_file, where / "hope.groupkeeper")
    return where / "hope.groupkeeper"


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Computer, Computer]:
    return Computer(tmp_path / "a", monkeypatch), Computer(tmp_path / "b", monkeypatch)


def test_where_a_file_is_shared(tmp_path: Path) -> None:
    assert shared.where_shared(tmp_path / "OneDrive - Parish" / "g.groupkeeper") == (
        "a OneDrive folder"
    )
    assert shared.where_shared(tmp_path / "Dropbox" / "g.groupkeeper") == "a Dropbox folder"
    assert shared.where_shared(tmp_path / "Documents" / "g.groupkeeper") is None
    mounts = (
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        "40 22 0:50 / /mnt/office rw - cifs //server/share rw\n"
        "41 22 0:51 / /media/stick rw - vfat /dev/sdb1 rw\n"
    )
    assert shared._mount_type(Path("/mnt/office/g.groupkeeper"), mounts) == "cifs"
    assert shared._mount_type(Path("/media/stick/g.groupkeeper"), mounts) == "vfat"
    assert shared._mount_type(Path("/home/x/g.groupkeeper"), mounts) == "ext4"


def test_a_shared_file_is_worked_on_as_a_copy_and_published_whole(
    folder: Path, two: tuple[Computer, Computer]
) -> None:
    a, _b = two
    store = a.open(folder)
    assert store.origin == folder and store.path != folder
    assert store.path.is_relative_to(a.home)  # the private copy, in this computer's folder
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Ana", full_name="Ana R"))
    assert "Ana R" not in _member_names(folder)  # nothing reaches the folder until published
    store.close()
    assert "Ana R" in _member_names(folder)
    assert _generation(folder) == 1
    assert not (folder.parent / (folder.name + "-wal")).exists()  # one self-contained file
    assert sorted(p.name for p in folder.parent.iterdir()) == ["hope.groupkeeper"]


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_two_computers_never_overwrite_each_other(
    folder: Path, two: tuple[Computer, Computer], order: str
) -> None:
    """Both take a copy; the first to publish wins the folder, the second is told who and
    when, nothing of either is lost, and each choice does what it says."""
    a, b = two
    first, second = (a, b) if order == "ab" else (b, a)
    stores = {id(first): first.open(folder), id(second): second.open(folder)}
    for computer, name in ((first, "First Person"), (second, "Second Person")):
        with stores[id(computer)].session() as s, s.begin():
            roster.create_member(s, MemberInput(first_name=name, full_name=name))
    first.mp.setenv("GROUPKEEPER_HOME", str(first.home))
    stores[id(first)].close()
    assert "First Person" in _member_names(folder)
    second.mp.setenv("GROUPKEEPER_HOME", str(second.home))
    with pytest.raises(SharedConflictError, match="after you took your copy") as caught:
        stores[id(second)].close()
    assert caught.value.conflict.theirs.generation == 1
    names = _member_names(folder)
    assert "First Person" in names and "Second Person" not in names  # theirs, untouched
    # The second computer's change is kept: its next open reuses its copy...
    again = second.open(folder)
    with again.session() as s:
        assert "Second Person" in [m.data.full_name for m in roster.list_members(s)]
    conflict = again.publish()
    assert isinstance(conflict, shared.Conflict)
    # ...and "Keep mine" keeps theirs as a backup, then publishes ours.
    done = again.publish(force=True)
    assert done is not None and not isinstance(done, shared.Conflict)
    assert done.generation == 2 and done.based_on == 0
    kept = [x for x in backups.list_backups(again.path) if x.tag == "theirs-before-mine"]
    assert len(kept) == 1 and "First Person" in _member_names(kept[0].path)
    again.close()
    assert "Second Person" in _member_names(folder)
    # The first computer, with nothing unpublished, simply takes the newer file next time.
    first.mp.setenv("GROUPKEEPER_HOME", str(first.home))
    fresh = first.open(folder)
    with fresh.session() as s:
        assert "Second Person" in [m.data.full_name for m in roster.list_members(s)]
    fresh.close()


def test_take_theirs_keeps_our_copy_as_a_backup(
    folder: Path, two: tuple[Computer, Computer]
) -> None:
    a, b = two
    mine = b.open(folder)
    a.add(folder, "Their Change")
    b.mp.setenv("GROUPKEEPER_HOME", str(b.home))
    with mine.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="My Change", full_name="My Change"))
    copy = mine.shared
    assert copy is not None
    with pytest.raises(SharedConflictError):
        mine.close()
    kept = shared.take_theirs(copy)
    assert "My Change" in _member_names(kept) and "Their Change" not in _member_names(kept)
    assert "Their Change" in _member_names(copy.local)
    reopened = b.open(folder)  # opens like any file, and the folder's copy is theirs
    with reopened.session() as s:
        names = [m.data.full_name for m in roster.list_members(s)]
    reopened.close()
    assert "Their Change" in names and "My Change" not in names
    backup = open_store(kept)  # the kept copy opens like any group file
    backup.close()


@pytest.mark.parametrize("where", ["copy", "rename"])
def test_a_publish_cut_off_leaves_the_folder_as_it_was(
    folder: Path, two: tuple[Computer, Computer], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    a, _b = two
    before = folder.read_bytes()
    store = a.open(folder)
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Cut", full_name="Cut Off"))

    def fail(*_args: object, **_kw: object) -> None:
        raise OSError(5, "Input/output error")

    if where == "copy":
        monkeypatch.setattr("groupkeeper.store.shared.shutil.copyfile", fail)
    else:
        real = os.replace

        def rename(src: object, dst: object) -> None:
            if Path(str(dst)) == folder:
                fail()
            real(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr("groupkeeper.store.shared.os.replace", rename)
    with pytest.raises(StoreError, match="could not be reached"):
        store.close()
    assert folder.read_bytes() == before
    assert sorted(p.name for p in folder.parent.iterdir()) == ["hope.groupkeeper"]
    monkeypatch.undo()
    a.mp.setenv("GROUPKEEPER_HOME", str(a.home))
    again = a.open(folder)  # the change waited on this computer
    with again.session() as s:
        assert "Cut Off" in [m.data.full_name for m in roster.list_members(s)]
    assert again.shared is not None and again.shared.unpublished
    again.close()
    assert "Cut Off" in _member_names(folder)


def test_a_folder_gone_keeps_the_change_until_it_is_back(
    folder: Path, two: tuple[Computer, Computer]
) -> None:
    a, _b = two
    store = a.open(folder)
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Away", full_name="Away Time"))
    hidden = folder.parent.with_name("gone")
    folder.parent.rename(hidden)  # the stick pulled, the share offline
    with pytest.raises(StoreError, match="could not be reached"):
        store.close()
    hidden.rename(folder.parent)
    a.mp.setenv("GROUPKEEPER_HOME", str(a.home))
    a.open(folder).close()
    assert "Away Time" in _member_names(folder)


def test_a_folder_away_after_a_publish_is_not_a_conflict(
    folder: Path, two: tuple[Computer, Computer]
) -> None:
    """Once published, a shared file that is not there means the folder is away (a stick
    out, a share offline), not that someone else published: said so, the change kept."""
    a, _b = two
    a.add(folder, "First")  # published: generation 1
    store = a.open(folder)
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Later", full_name="Later On"))
    folder.parent.rename(folder.parent.with_name("gone"))
    with pytest.raises(StoreError, match="could not be reached"):
        store.close()
    folder.parent.with_name("gone").rename(folder.parent)
    a.open(folder).close()
    assert "Later On" in _member_names(folder)


def test_a_protected_shared_file_asks_for_its_passphrase(
    tmp_path: Path, encrypted_demo: Path, two: tuple[Computer, Computer]
) -> None:
    from groupkeeper.store import PassphraseNeededError, WrongPassphraseError
    from tests.conftest import PASSPHRASE

    where = tmp_path / "Google Drive"
    where.mkdir()
    folder = where / "hope.groupkeeper"
    shutil.copyfile(encrypted_demo, folder)
    a, _b = two
    a.mp.setenv("GROUPKEEPER_HOME", str(a.home))
    with pytest.raises(PassphraseNeededError):
        open_store(folder)
    with pytest.raises(WrongPassphraseError):
        open_store(folder, passphrase="tea and biscuits")
    store = open_store(folder, passphrase=PASSPHRASE)
    assert store.shared is not None
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Sealed", full_name="Sealed Note"))
    store.close()
    again = open_store(folder, passphrase=PASSPHRASE)  # published, still protected
    with again.session() as s:
        assert "Sealed Note" in [m.data.full_name for m in roster.list_members(s)]
    again.close()
    assert not folder.read_bytes().startswith(b"SQLite format 3")
