"""The kill test: a process making edits is killed (SIGKILL) at a random moment, 50 times.

Each time the file must pass ``PRAGMA integrity_check``, hold every edit the child reported as
committed before it died, and open normally (its lock was left by a dead process).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from groupkeeper.schedule import service
from groupkeeper.store import open_store
from groupkeeper.store.sqlitefile import integrity_check
from tests.conftest import PASSPHRASE

ROUNDS = 50

CHILD = textwrap.dedent(
    """
    import os, sys
    from datetime import date, time
    from pathlib import Path
    from groupkeeper.schedule import service
    from groupkeeper.schedule.occurrences import Location
    from groupkeeper.schedule.recurrence import Repeat, RepeatKind
    from groupkeeper.store import open_store

    store = open_store(Path(sys.argv[1]), passphrase=os.environ.get("GK_TEST_PASSPHRASE"))
    store.backup_on_close = False
    start = int(sys.argv[2])
    print("ready", flush=True)
    for n in range(start, start + 100000):
        with store.session() as s, s.begin():
            service.create_series(s, service.SeriesInput(
                name=f"Edit {n}", repeat=Repeat(RepeatKind.WEEKLY, weekdays=(n % 7,)),
                start_date=date(2026, 1, 5), start_time=time(19, 0), duration_minutes=60,
                location=Location("Hall " + "x" * (n % 50), "", "", "", ""), formats=("O",),
                language="en", notes="note " * (n % 40),
            ))
        print(n, flush=True)
    """
)


def _names(path: Path, passphrase: str | None) -> set[str]:
    with open_store(path, passphrase=passphrase) as store, store.session() as s:
        store.backup_on_close = False
        return {r.data.name for r in service.list_series(s)}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_killed_mid_edit_fifty_times_loses_nothing_committed(
    encrypted: bool, store_file: Path
) -> None:
    passphrase = PASSPHRASE if encrypted else None
    if encrypted:
        from groupkeeper.store.protection import change_passphrase

        change_passphrase(store_file, None, PASSPHRASE)
    env = dict(os.environ)
    if passphrase:
        env["GK_TEST_PASSPHRASE"] = passphrase
    rng = random.Random(20261122)
    reported: list[int] = []
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(store_file), str(round_no * 100000)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.kill()  # SIGKILL (TerminateProcess on Windows): no chance to clean up
        child.wait()
        reported += [int(line) for line in child.stdout.read().split()]
        child.stdout.close()
        assert integrity_check(store_file, passphrase) == [], f"round {round_no}"
        names = _names(store_file, passphrase)
        missing = [n for n in reported if f"Edit {n}" not in names]
        assert missing == [], f"round {round_no}: committed edits lost"
    assert len(reported) > ROUNDS  # the kills did land among edits, not only before them
    print(f"kill test ({'encrypted' if encrypted else 'plain'}): {ROUNDS} kills, "
          f"{len(reported)} committed edits reported, all present, integrity ok")  # fmt: skip


@pytest.fixture
def store_file(demo_file: Path) -> Path:
    return demo_file
