"""Backup of a 50 MB group file: the online backup API against a plain file copy (baseline).

The group file is the demo padded with meeting series whose notes are long, to 50 MB. Target:
a backup at most 2 s (the window stays live meanwhile: it runs off the UI thread with a
progress dialog, see ui/safety/controller.py).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_BYTES = 50 * 1024 * 1024


def build(path: Path) -> int:
    from groupkeeper.demo import write_demo

    write_demo(path, today=date(2026, 3, 2))
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(meeting_series)") if r[1] != "id"]
    row = dict(
        zip(
            cols,
            conn.execute(f"SELECT {', '.join(cols)} FROM meeting_series").fetchone(),
            strict=True,
        )
    )
    n = 0
    while os.path.getsize(path) < TARGET_BYTES:
        rows = []
        for _ in range(2000):
            n += 1
            rows.append(
                tuple({**row, "name": f"Padding {n}", "notes": f"{n} " * 500}[c] for c in cols)
            )
        conn.executemany(
            f"INSERT INTO meeting_series ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            rows,
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return os.path.getsize(path)


def main(rounds: int = 5) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-backup-"))
    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    from groupkeeper.store import backups

    path = tmp / "big.groupkeeper"
    size = build(path)
    copies: list[float] = []
    snaps: list[float] = []
    reports: list[int] = []
    for n in range(rounds):
        start = time.perf_counter()
        shutil.copyfile(path, tmp / f"copy{n}")
        copies.append(time.perf_counter() - start)
        start = time.perf_counter()
        target = backups.take(
            path, tag=f"bench{n}", progress=lambda done, total: reports.append(done)
        )
        snaps.append(time.perf_counter() - start)
        target.unlink()
        (tmp / f"copy{n}").unlink()
    copy_s, snap_s = statistics.median(copies), statistics.median(snaps)
    print(f"Backup of a {size / 2**20:.0f} MiB group file ({rounds} rounds, median)")
    print(f"  plain file copy (baseline)   {copy_s * 1000:6.0f} ms")
    print(f"  online backup API snapshot   {snap_s * 1000:6.0f} ms   (target <= 2000 ms)")
    print(
        f"  ratio to the copy {snap_s / copy_s:.2f}; {len(reports) // rounds} progress reports each"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    return {"seconds": snap_s}


if __name__ == "__main__":
    main()
