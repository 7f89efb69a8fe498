"""Automatic backups: when they are taken, what the rotation keeps, restore and its undo."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupkeeper.schedule import service
from groupkeeper.store import GroupStore, backups, open_store
from groupkeeper.store.errors import StoreError
from groupkeeper.store.sqlitefile import integrity_check

moments = st.lists(
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)),
    max_size=80,
)


@given(moments)
def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month(
    times: list[datetime],
) -> None:
    kept = backups.to_keep(times)
    assert kept <= set(times)
    assert len(kept) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    if times:
        assert max(times) in kept
    days = sorted({t.date() for t in times}, reverse=True)[: backups.KEEP_DAILY]
    for day in days:
        assert max(t for t in times if t.date() == day) in kept
    months = sorted({(t.year, t.month) for t in times}, reverse=True)[: backups.KEEP_MONTHLY]
    for month in months:
        assert max(t for t in times if (t.year, t.month) == month) in kept
    # Pruning again changes nothing.
    assert backups.to_keep(kept) == kept


def test_a_simulated_year_of_daily_opens_keeps_exactly_the_promised_set(
    demo_file: Path,
) -> None:
    for old in backups.list_backups(demo_file):  # the one taken when the demo was written
        old.path.unlink()
    first = datetime(2025, 11, 23, 19, 0)
    for day in range(365):
        now = first + timedelta(days=day)
        assert backups.due(demo_file, now)
        backups.take_automatic(demo_file, now=now)
        assert not backups.due(demo_file, now + timedelta(hours=23))
    kept = sorted(b.taken.date() for b in backups.list_backups(demo_file))
    daily = [date(2026, 11, d) for d in range(16, 23)]
    weekly = [date(2026, 11, 1), date(2026, 11, 8), date(2026, 11, 15)]  # Sundays; 22nd is daily
    monthly = [date(2025, 12, 31)] + [
        date(2026, m, d)
        for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31),
                     (9, 30), (10, 31))
    ]  # fmt: skip
    assert kept == sorted(daily + weekly + monthly)
    assert len(kept) == 21


def test_the_file_its_lock_backups_and_their_folders_are_private(store: GroupStore) -> None:
    from groupkeeper.store.lock import lock_path

    backup = backups.take(store.path)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(lock_path(store.path).stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.parent.parent.stat().st_mode) == 0o700


def test_closing_a_changed_file_takes_a_backup_and_an_unchanged_one_does_not(
    store: GroupStore,
) -> None:
    path = store.path
    store.close()
    [first] = backups.list_backups(path)  # the group record was saved
    assert backups.summary(first.path) == {"meetings": 0, "members": 0, "resources": 0}
    first.path.unlink()
    again = open_store(path)
    with again.session() as s:
        service.list_series(s)
    again.close()
    assert backups.list_backups(path) == []
    again = open_store(path)
    with again.session() as s, s.begin():
        from tests.conftest import series_input

        service.create_series(s, series_input())
    again.close()
    [backup] = backups.list_backups(path)
    assert backups.summary(backup.path) == {"meetings": 1, "members": 0, "resources": 0}


def _names(path: Path, passphrase: str | None = None) -> list[str]:
    with open_store(path, passphrase=passphrase) as st, st.session() as s:
        return sorted(r.data.name for r in service.list_series(s))


def _records(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index's too), in a fixed order: what "the same
    records" means."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def test_restore_round_trips_and_can_itself_be_undone(demo_file: Path) -> None:
    records = _records(demo_file)
    before = _names(demo_file)
    snapshot = backups.take(demo_file, tag="manual")
    with open_store(demo_file) as st, st.session() as s, s.begin():
        victim = service.list_series(s)[0]
        service.delete_series(s, victim.id)
    after_delete = _names(demo_file)
    assert len(after_delete) == len(before) - 1

    kept = backups.restore(demo_file, snapshot)
    assert _records(demo_file) == records  # every row of every table, byte for byte
    assert _names(demo_file) == before
    assert kept is not None and backups.summary(kept) == {
        "meetings": len(after_delete),
        "members": 25,
        "resources": 45,
    }
    [saved] = [b for b in backups.list_backups(demo_file) if b.tag == "before-restore"]
    assert saved.label == "saved just before a restore"

    backups.restore(demo_file, saved.path)  # undo the restore
    assert _names(demo_file) == after_delete
    assert integrity_check(demo_file) == []


def test_restore_refuses_a_bad_snapshot_and_changes_nothing(
    demo_file: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.groupkeeper"
    junk.write_bytes(b"not a database at all")
    before = demo_file.read_bytes()
    with pytest.raises(StoreError, match="is not a GroupKeeper group file"):
        backups.restore(demo_file, junk)
    assert demo_file.read_bytes() == before


def test_restore_over_a_damaged_file_keeps_the_damaged_bytes(demo_file: Path) -> None:
    snapshot = backups.take(demo_file)
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    assert backups.newest_good(demo_file) == backups.list_backups(demo_file)[0]
    assert backups.restore(demo_file, snapshot) is None
    [damaged] = [b for b in backups.list_backups(demo_file) if b.tag == "damaged"]
    assert damaged.path.read_bytes() == data[: len(data) // 2]
    assert integrity_check(demo_file) == []


def test_a_backup_taken_while_the_app_writes_is_consistent(store: GroupStore) -> None:
    from tests.conftest import series_input

    stop = threading.Event()
    written = []

    def writer() -> None:
        n = 0
        while not stop.is_set():
            with store.session() as s, s.begin():
                service.create_series(s, series_input(name=f"Meeting {n}"))
            written.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        snapshots: list[Path] = []
        for _ in range(8):
            snapshots.append(
                backups.take(store.path, now=datetime.now() + timedelta(days=len(snapshots)))
            )
    finally:
        stop.set()
        thread.join()
    counts = [backups.summary(p)["meetings"] for p in snapshots]
    assert counts == sorted(counts) and counts[-1] <= len(written)
    for snap in snapshots:
        assert integrity_check(snap) == []


def test_copy_out_writes_one_self_contained_file(store: GroupStore, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "handover.groupkeeper"
    out.parent.mkdir()
    backups.copy_out(store.path, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["handover.groupkeeper"]
    assert integrity_check(out) == []
    with pytest.raises(StoreError, match="different place"):
        backups.copy_out(store.path, store.path)
