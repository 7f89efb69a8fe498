"""Encryption overhead: the same work on a plain and a passphrase-protected copy, alternating.

Each round opens the file, loads the Upcoming view's eight weeks of meetings and makes 100
edits (each its own committed transaction, as the window does). Target: encrypted / plain at
most 1.5.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "a bench mark passphrase"


def work(path: Path, passphrase: str | None, today: date, cold: bool = True) -> float:
    from groupkeeper.schedule import service
    from groupkeeper.store import cipher, open_store

    if cold:
        cipher.forget_keys()  # pay for deriving the key, as the first open of a session does
    start = time.perf_counter()
    store = open_store(path, passphrase=passphrase)
    store.backup_on_close = False
    with store.session() as s:
        upcoming = service.occurrences(s, today, today + timedelta(weeks=8))
    assert upcoming
    with store.session() as s:
        first = service.list_series(s)[0]
    for n in range(100):
        with store.session() as s, s.begin():
            data = dataclasses.replace(first.data, notes=f"edit {n}")
            service.update_series(s, first.id, data)
    store.close()
    return time.perf_counter() - start


def key_times(repeat: int = 5) -> dict[str, float]:
    """The fastest of ``repeat`` key derivations, each way."""
    from groupkeeper.store import cipher

    salt = cipher.new_salt()
    out = {}
    for kdf in (cipher.ARGON2, cipher.PBKDF2):
        best = float("inf")
        for _ in range(repeat):
            cipher.forget_keys()
            start = time.perf_counter()
            cipher._derive(PASSPHRASE, salt, kdf)
            best = min(best, time.perf_counter() - start)
        out[kdf] = best
    return out


def main(rounds: int = 7) -> dict[str, float]:
    from groupkeeper.demo import write_demo
    from groupkeeper.store.protection import change_passphrase

    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-enc-"))

    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    today = date.today()
    plain = write_demo(tmp / "plain.groupkeeper", today=today)
    encrypted = tmp / "encrypted.groupkeeper"
    shutil.copyfile(plain, encrypted)
    change_passphrase(encrypted, None, PASSPHRASE)
    work(plain, None, today)  # warm both once
    work(encrypted, PASSPHRASE, today)
    times: dict[str, list[float]] = {"plain": [], "encrypted": [], "warm": []}
    for _ in range(rounds):
        times["plain"].append(work(plain, None, today))
        times["encrypted"].append(work(encrypted, PASSPHRASE, today))
        times["warm"].append(work(encrypted, PASSPHRASE, today, cold=False))
    med = {k: statistics.median(v) for k, v in times.items()}

    def paired(key: str) -> float:
        return statistics.median(e / p for p, e in zip(times["plain"], times[key], strict=True))

    ratio, warm = paired("encrypted"), paired("warm")
    print(f"Encryption ({rounds} alternating rounds: open + Upcoming + 100 committed edits)")
    print(f"  plain                          {med['plain'] * 1000:7.0f} ms")
    print(f"  encrypted                      {med['encrypted'] * 1000:7.0f} ms")
    print(f"  encrypted, key already derived {med['warm'] * 1000:7.0f} ms")
    print(f"  encrypted / plain = {ratio:.2f} (paired median; target <= 1.5)")
    print("  of which making the key from the passphrase (Argon2id, 19 MiB, 2 passes, once per")
    print(f"  open): without it, encrypted / plain = {warm:.2f}")
    kdf = key_times()
    print(
        f"  one key from a passphrase: Argon2id {kdf['argon2id'] * 1000:.0f} ms; PBKDF2 (files "
        f"protected before Argon2id) {kdf['pbkdf2'] * 1000:.0f} ms"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    return {"ratio": ratio, "warm_ratio": warm, **kdf}


if __name__ == "__main__":
    main()
