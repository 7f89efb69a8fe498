"""Roster: fill 3 years of weekly meetings x 6 roles with 200 members; open the roster matrix
on 150 meetings and scroll it.

(1) The engine alone (``rotation.fill``) and the whole use-case (``service.fill_roster``:
read the group, fill, check, write ~940 rows), against a baseline in the same run: reading
every member row and every assignment with sqlite3. Target: the fill at most 1 s.
(2) The Roster section in a real offscreen window: load + model reset + paint for 150
meetings, and one page of scrolling (paint). Targets: open at most 150 ms; a scroll step well
under a frame (16 ms) so it never stutters.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed

if TYPE_CHECKING:
    from groupkeeper.store import GroupStore

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
START = date(2027, 1, 5)  # a Tuesday


def build(path: Path) -> int:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group
    from groupkeeper.roster import service as roster
    from groupkeeper.roster.service import Blackout, MemberInput
    from groupkeeper.schedule import service
    from groupkeeper.schedule.recurrence import Repeat, RepeatKind
    from groupkeeper.store import open_store

    rng = random.Random(11)
    store = open_store(path, create=True)
    with store.session() as s, s.begin():
        save_group(s, GroupInfo("Roster Bench", GroupKind.PEER_SUPPORT, "en", "America/Toronto"))
        series = service.create_series(
            s,
            service.SeriesInput(
                name="Tuesday Circle",
                repeat=Repeat(RepeatKind.WEEKLY, weekdays=(1,)),
                start_date=START,
                start_time=time(19, 0),
            ),
        )
        roles = [r.id for r in roster.list_roles(s)][:6]
        roster.set_series_needs(s, series.id, [(r, 1) for r in roles])
        for i in range(200):
            away = []
            for _ in range(rng.randint(0, 3)):
                first = START + timedelta(days=rng.randint(0, 1090))
                away.append(Blackout(first, first + timedelta(days=rng.randint(0, 20))))
            roster.create_member(
                s,
                MemberInput(
                    f"Member{i:03d}", "X", experienced=rng.random() < 0.4,
                    never_weekdays=frozenset(rng.sample(range(7), rng.randint(0, 2))),
                    monthly_limit=rng.choice([None, 1, 2]),
                    roles=tuple((r, None) for r in rng.sample(roles, rng.randint(1, 4))),
                    blackouts=tuple(away),
                ),
            )  # fmt: skip
        roster.set_pair_new_facilitators(s, True)
    store.close()
    return series.id


@contextmanager
def bench_store() -> Iterator[tuple[Path, GroupStore]]:
    """The bench group (see :func:`build`) in a temporary home, open, with no backup on close."""
    from groupkeeper.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GROUPKEEPER_HOME"] = tmp
        path = Path(tmp) / "bench.groupkeeper"
        build(path)
        store = open_store(path)
        store.backup_on_close = False
        try:
            yield path, store
        finally:
            store.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from groupkeeper.roster import rotation
    from groupkeeper.roster import service as roster
    from groupkeeper.ui.shell.window import MainWindow
    from groupkeeper.ui.work.workers import SynchronousPool

    last = START + timedelta(days=3 * 365)
    with bench_store() as (path, store):

        def baseline() -> None:
            conn = sqlite3.connect(path)
            conn.execute("SELECT * FROM member").fetchall()
            conn.execute("SELECT * FROM blackout").fetchall()
            conn.execute("SELECT * FROM assignment").fetchall()
            conn.close()

        with store.session() as s:
            meetings = roster.roster_meetings(s, START, last)
            problem = roster._problem(s, meetings, {}, keep=False)

        def engine() -> None:
            rotation.fill(problem)

        def use_case() -> None:
            with store.session() as s:  # rolled back: every run fills the same empty roster
                result = roster.fill_roster(s, START, last, replace=True)
                assert result.filled + len(result.open) == len(meetings) * 6

        base = timed(baseline, 7)
        eng = timed(engine, 5)
        full = timed(use_case, 5)
        roster_result = rotation.fill(problem)
        print(f"meetings: {len(meetings)}, slots: {len(meetings) * 6}, members: 200")
        print(f"filled: {len(roster_result.assigned)}, open: {len(roster_result.open)}")
        print(
            f"baseline (sqlite3 read of members, blackouts, assignments): {median_ms(base):.1f} ms"
        )
        print(f"engine fill: {median_ms(eng):.0f} ms")
        ratio = median_ms(full) / median_ms(base)
        print(f"fill_roster use-case (read, fill, check, write): {median_ms(full):.0f} ms "
              f"(target <= 1000 ms; {ratio:.0f}x baseline)")  # fmt: skip

        with store.session() as s, s.begin():
            roster.fill_roster(s, START, last)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow(store, pool=SynchronousPool(), today=START, remember=False)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        page = window.roster_page
        page.weeks.blockSignals(True)
        page.weeks.setValue(150)
        page.weeks.blockSignals(False)
        window.show_section("roster")
        app.processEvents()

        def open_matrix() -> None:
            page.refresh()
            page.view.viewport().repaint()

        opened = timed(open_matrix, 7)
        assert page.model.rowCount() == 150, page.model.rowCount()
        bar = page.view.verticalScrollBar()

        def scroll() -> None:
            bar.setValue((bar.value() + bar.pageStep()) % max(bar.maximum(), 1))
            page.view.viewport().repaint()

        scrolled = timed(scroll, 30)
        print(f"roster matrix, 150 meetings, open: {median_ms(opened):.0f} ms (target <= 150 ms)")
        print(f"roster matrix, scroll a page: {median_ms(scrolled):.1f} ms "
              f"(worst {max(scrolled) * 1000:.1f} ms; a frame is 16 ms)")  # fmt: skip
        window.close()


if __name__ == "__main__":
    main()
