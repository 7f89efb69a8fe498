"""One writer per group file: a second opener is refused by name; a dead holder's lock is not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupkeeper.store import FileInUseError, GroupStore, open_store
from groupkeeper.store.lock import lock_path
from groupkeeper.store.sqlitefile import integrity_check

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from groupkeeper.store import open_store
    store = open_store(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(60)
    """
)


def test_a_second_opener_in_this_process_is_refused_by_name(store: GroupStore) -> None:
    with pytest.raises(FileInUseError, match=r"group\.groupkeeper is already open in GroupKeeper"):
        open_store(store.path)
    store.close()
    assert not lock_path(store.path).exists()
    open_store(store.path).close()


def test_two_different_files_can_be_open_at_once(store: GroupStore, demo_file: Path) -> None:
    with open_store(demo_file) as other:
        assert other.lock.held and store.lock.held


def _holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    return child


def test_another_process_is_refused_and_a_killed_ones_lock_is_cleared(demo_file: Path) -> None:
    child = _holder(demo_file)
    try:
        with pytest.raises(FileInUseError, match=f"process {child.pid}"):
            open_store(demo_file)
    finally:
        child.kill()  # SIGKILL: no chance to clean up, as in a crash
        child.wait()
        child.stdout.close()  # type: ignore[union-attr]
    assert lock_path(demo_file).exists()  # left behind by the killed process...
    with open_store(demo_file) as store:  # ...but not in anyone's way
        assert store.lock.held
    assert integrity_check(demo_file) == []
