"""Every copy of a protected group is protected: snapshots taken under another path, those an
interrupted protect left plain, half-made copies, a restored plain snapshot, a hand-over.
And the kill test for protect, change, remove, hand-over, restore and the backup on close."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from groupkeeper import paths
from groupkeeper.store import backups, open_store
from groupkeeper.store.protection import change_passphrase
from groupkeeper.store.sqlitefile import SQLITE_MAGIC, integrity_check, is_encrypted
from tests.conftest import PASSPHRASE

OTHER = "a second passphrase, longer"


def plain_copies(*folders: Path) -> list[Path]:
    """Every file under ``folders`` that is plain SQLite (readable without a passphrase)."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                with path.open("rb") as fh:
                    if fh.read(16) == SQLITE_MAGIC:
                        found.append(path)
    return found


def _snapshots(demo_file: Path, count: int) -> list[Path]:
    return [
        backups.take(demo_file, now=datetime(2026, 11, day, 19, 0)) for day in range(1, count + 1)
    ]


def test_snapshots_taken_under_an_earlier_path_are_protected_too(
    demo_file: Path, tmp_path: Path
) -> None:
    _snapshots(demo_file, 2)
    moved = tmp_path / "stick" / "moved.groupkeeper"
    moved.parent.mkdir()
    shutil.move(demo_file, moved)
    change_passphrase(moved, None, PASSPHRASE)
    assert plain_copies(paths.data_dir()) == []
    change_passphrase(moved, PASSPHRASE, OTHER)
    old_folder = [b.path for b in backups.list_backups(demo_file)]
    assert len(old_folder) >= 2
    for path in old_folder:  # the new passphrase opens them; the old one no longer does
        backups.summary(path, OTHER)


def test_an_interrupted_protect_is_finished_at_the_next_open(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _snapshots(demo_file, 3)
    (backups.backup_dir(demo_file) / "2026-11-09_190000.groupkeeper.part").write_bytes(
        demo_file.read_bytes()[:8192]
    )

    def power_cut(*_a: object, **_k: object) -> int:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr("groupkeeper.store.protection.rekey_backups", power_cut)
        change_passphrase(demo_file, None, PASSPHRASE)
    assert is_encrypted(demo_file) and len(plain_copies(paths.data_dir())) >= 4
    open_store(demo_file, passphrase=PASSPHRASE).close()
    assert plain_copies(paths.data_dir()) == []
    assert len(backups.list_backups(demo_file)) >= 3


def test_a_later_change_of_passphrase_encrypts_plain_snapshots(demo_file: Path) -> None:
    change_passphrase(demo_file, None, PASSPHRASE)
    plain = backups.backup_dir(demo_file) / "2026-10-01_190000.groupkeeper"
    shutil.copyfile(backups.take(demo_file, PASSPHRASE), plain)
    backups.rekey_file(plain, PASSPHRASE, None)  # as a kill mid-protect would leave it
    assert plain_copies(paths.data_dir()) == [plain]
    change_passphrase(demo_file, PASSPHRASE, OTHER)
    assert plain_copies(paths.data_dir()) == []


def test_restoring_a_plain_snapshot_keeps_the_protection(demo_file: Path, tmp_path: Path) -> None:
    plain = tmp_path / "before.groupkeeper"
    backups.copy_out(demo_file, plain)
    change_passphrase(demo_file, None, PASSPHRASE)
    backups.restore(demo_file, plain, PASSPHRASE)
    assert is_encrypted(demo_file)
    assert integrity_check(demo_file, PASSPHRASE) == []
    assert plain_copies(paths.data_dir()) == []


def test_a_hand_over_never_writes_plain_records_where_it_goes(
    encrypted_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real_rekey = backups.rekey_file
    seen: list[list[Path]] = []

    def watch(path: Path, *args: object, **kwargs: object) -> None:
        seen.append(plain_copies(stick))
        real_rekey(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "rekey_file", watch)
    out = backups.copy_out(
        encrypted_demo, stick / "handover.groupkeeper", PASSPHRASE,
        new_passphrase=OTHER, change_passphrase=True,
    )  # fmt: skip
    assert seen == [[]] and sorted(stick.iterdir()) == [out]
    assert is_encrypted(out) and integrity_check(out, OTHER) == []
    assert plain_copies(paths.data_dir()) == []


# ---------------------------------------------------------------- the kill test

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from groupkeeper.store import backups, open_store
    from groupkeeper.store.protection import change_passphrase
    from groupkeeper.roster import service as roster

    op, path, other, dest = sys.argv[1], Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    P, Q = "tea and biscuits 'n\\" ЖΩ", "a second passphrase, longer"
    print("ready", flush=True)
    if op == "protect":
        change_passphrase(path, None, P)
    elif op == "change":
        change_passphrase(path, P, Q)
    elif op == "remove":
        change_passphrase(path, P, None)
    elif op == "handover":
        backups.copy_out(path, dest, P, new_passphrase=Q, change_passphrase=True)
    elif op == "restore":
        backups.restore(path, Path(other), P)
    elif op == "close":
        store = open_store(path, passphrase=P)
        with store.change("Add Zed") as s:
            roster.create_member(s, roster.MemberInput("Zed"))
        store.close()
    print("done", flush=True)
    """
)

# What each operation starts from: is the file protected first.
START_PROTECTED = {
    "protect": False, "change": True, "remove": True, "handover": True, "restore": True,
    "close": True,
}  # fmt: skip
ROUNDS = 4


def _members(path: Path) -> set[str]:
    passphrase = None
    if is_encrypted(path):
        for candidate in (PASSPHRASE, OTHER):
            try:
                integrity_check(path, candidate)
                passphrase = candidate
                break
            except Exception:
                continue
    from groupkeeper.roster import service as roster

    with open_store(path, passphrase=passphrase) as store, store.session() as s:
        store.backup_on_close = False
        return {m.data.first_name for m in roster.list_members(s)}


@pytest.mark.parametrize("op", sorted(START_PROTECTED))
def test_killed_mid_protection_work_leaves_no_plain_copy(
    op: str, demo_file: Path, tmp_path: Path
) -> None:
    _snapshots(demo_file, 6)
    given = tmp_path / "given"  # a plain snapshot someone handed over, outside our folders
    given.mkdir()
    plain_snapshot = given / "plain-snapshot.groupkeeper"
    backups.copy_out(demo_file, plain_snapshot)
    if START_PROTECTED[op]:
        change_passphrase(demo_file, None, PASSPHRASE)
    pristine = demo_file.read_bytes()
    saved = tmp_path / "saved-backups"
    shutil.copytree(paths.data_dir() / "backups", saved)
    before = _members(demo_file)
    stick = tmp_path / "stick"
    rng = random.Random(f"kill {op}")
    for round_no in range(ROUNDS):
        shutil.rmtree(paths.data_dir() / "backups")
        shutil.copytree(saved, paths.data_dir() / "backups")
        for extra in demo_file.parent.glob(demo_file.name + "*"):
            extra.unlink()
        demo_file.write_bytes(pristine)
        shutil.rmtree(stick, ignore_errors=True)
        stick.mkdir()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, op, str(demo_file), str(plain_snapshot),
             str(stick / "handover.groupkeeper")],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 1.2))
        child.kill()
        child.wait()
        child.stdout.close()
        protected = is_encrypted(demo_file)
        members = _members(demo_file)  # the open finishes what the kill interrupted
        assert members in (before, before | {"Zed"}), f"{op} round {round_no}"
        if protected:
            beside = [p for p in plain_copies(demo_file.parent) if p.parent == demo_file.parent]
            leaks = plain_copies(paths.data_dir(), stick) + beside
            assert leaks == [], f"{op} round {round_no}: plain copies {leaks}"
        if op == "handover":
            assert plain_copies(stick) == [], f"hand-over round {round_no}"


# ---------------------------------------------------------------- disks that say no


def test_a_full_disk_at_create_leaves_nothing_and_the_retry_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_info: object
) -> None:
    import sqlite3

    from groupkeeper.store import FileNotWritableError, database

    path = tmp_path / "new" / "group.groupkeeper"
    path.parent.mkdir()

    def full(_path: Path) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(database, "_create", full)
        with pytest.raises(FileNotWritableError, match=r"\(the disk is full\)\. Free some"):
            open_store(path, create=True)
    assert sorted(path.parent.iterdir()) == []
    open_store(path, create=True).close()
    assert integrity_check(path) == []


def test_a_healthy_file_on_a_read_only_disk_is_not_called_damaged(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from groupkeeper.store import DamagedFileError, FileNotWritableError, database, sqlitefile

    real = sqlitefile.make_engine

    def read_only(path: Path, passphrase: str | None = None) -> object:
        engine = real(path, passphrase)

        def refuse(*_a: object) -> None:
            raise sqlite3.OperationalError("attempt to write a readonly database")

        from sqlalchemy import event

        event.listen(engine, "connect", refuse)
        return engine

    monkeypatch.setattr(database, "make_engine", read_only)
    with pytest.raises(FileNotWritableError, match="read-only") as refused:
        open_store(demo_file)
    assert not isinstance(refused.value, DamagedFileError)


def _disk_full() -> Exception:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    return OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))


def test_a_change_on_a_full_disk_is_a_plain_problem_and_no_step(demo_file: Path) -> None:
    from groupkeeper.roster import service as roster
    from groupkeeper.store import StoreError

    with open_store(demo_file) as store:
        store.backup_on_close = False
        refused = pytest.raises(StoreError, match=r"“Add Zed” was not saved: .*disk is full")
        with refused, store.change("Add Zed", "members") as s:
            roster.create_member(s, roster.MemberInput("Zed"))
            raise _disk_full()
        assert store.history.next_undo is None
        with store.session() as s:
            assert "Zed" not in {m.data.first_name for m in roster.list_members(s)}


def test_half_made_copies_are_gone_after_the_next_open(demo_file: Path) -> None:
    staging = paths.data_dir() / "staging"
    staging.mkdir(exist_ok=True)
    left = [
        staging / "999999999-deadbeef.groupkeeper",  # a hand-over whose process died
        backups.backup_dir(demo_file) / "2026-11-09_190000.groupkeeper.part",
        demo_file.with_name(demo_file.name + ".rekey"),
        demo_file.with_name(demo_file.name + ".restoring"),
    ]
    for path in left:
        path.write_bytes(demo_file.read_bytes()[:4096])
    open_store(demo_file).close()
    assert [p for p in left if p.exists()] == []
