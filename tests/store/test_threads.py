"""The window reads and writes from worker threads (ops): many at once must not trip over
each other's connections."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from groupkeeper.store import open_store

THREADS = 9


@pytest.mark.parametrize("passphrase", [None, "correct horse battery staple"])
def test_many_threads_read_at_once_each_on_its_own_connection(
    demo_file: Path, passphrase: str | None
) -> None:
    if passphrase is not None:
        from groupkeeper.store import protection

        protection.change_passphrase(demo_file, None, passphrase)
    store = open_store(demo_file, passphrase=passphrase)
    problems: list[BaseException] = []
    together = threading.Barrier(THREADS, timeout=30)

    def read() -> None:
        try:
            with store.session() as s:
                s.execute(text("SELECT count(*) FROM member")).scalar_one()
                together.wait()  # every thread holds its connection at the same time
                assert s.execute(text("SELECT count(*) FROM member")).scalar_one() > 0
        except BaseException as exc:
            problems.append(exc)

    threads = [threading.Thread(target=read) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    store.close()
    assert problems == []
