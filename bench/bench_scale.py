"""Scale: 20 series over 10 years (about 10,000 dated meetings, 500 changed dates).

Measures the Upcoming view's load (query, expansion, model reset and paint) and one step of
month-to-month navigation, in a real offscreen window. Baseline in the same run: reading every
series row with sqlite3. Targets: Upcoming at most 100 ms, a month step at most 30 ms.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, today: date) -> int:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group
    from groupkeeper.schedule import service
    from groupkeeper.schedule.occurrences import DateChange, ExceptionKind
    from groupkeeper.schedule.recurrence import Repeat, RepeatKind
    from groupkeeper.store import open_store

    rng = random.Random(7)
    start = today - timedelta(days=365 * 5)
    store = open_store(path, create=True)
    with store.session() as s, s.begin():
        save_group(
            s, GroupInfo("Scale Test Intergroup", GroupKind.TWELVE_STEP, "en", "America/Toronto")
        )
        series = []
        for i in range(20):
            data = service.SeriesInput(
                name=f"Meeting {i + 1:02d}",
                repeat=Repeat(RepeatKind.WEEKLY, weekdays=(i % 7,)),
                start_date=start,
                end_date=start + timedelta(days=3652),
                start_time=time(8 + i % 12, 0 if i % 2 else 30),
                duration_minutes=60,
                formats=("O", "D"),
            )
            series.append(service.create_series(s, data))
        changes = 0
        while changes < 500:
            rec = rng.choice(series)
            day = start + timedelta(days=rng.randrange(3640))
            day += timedelta(days=(rec.data.repeat.weekdays[0] - day.weekday()) % 7)
            if service.change_for(s, rec.id, day):
                continue
            kind = ExceptionKind.CANCELLED if rng.random() < 0.8 else ExceptionKind.MOVED
            service.put_change(
                s,
                DateChange(
                    rec.id,
                    day,
                    kind,
                    day + timedelta(days=1) if kind is ExceptionKind.MOVED else None,
                    None,
                    "note",
                ),
            )
            changes += 1
        total = len(service.occurrences(s, start, start + timedelta(days=3652)))
    store.close()
    return total


def main(repeat: int = 25) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from groupkeeper.store import open_store
    from groupkeeper.ui.shell.window import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    today = date.today()
    path = tmp / "scale.groupkeeper"
    total = build(path, today)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_store(path), today=today)
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    def upcoming() -> None:
        window.schedule.refresh_upcoming()
        window.schedule.upcoming_view.viewport().repaint()

    window.show_view("month")
    app.processEvents()
    step = [1]

    def month() -> None:
        window.schedule.step_month(step[0])
        step[0] = -step[0]
        window.schedule.month_view.viewport().repaint()

    def baseline() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT * FROM meeting_series").fetchall()
        conn.close()

    window.show_view("upcoming")
    app.processEvents()
    up = timed(upcoming, repeat)
    window.show_view("month")
    app.processEvents()
    nav = timed(month, repeat)
    base = timed(baseline, repeat)
    window.close()
    result = {
        "upcoming_ms": median_ms(up),
        "month_ms": median_ms(nav),
        "baseline_ms": median_ms(base),
    }
    ratio_up = result["upcoming_ms"] / result["baseline_ms"]
    ratio_month = result["month_ms"] / result["baseline_ms"]
    print(f"Scale: 20 series over 10 years, {total} dated meetings, 500 changed dates")
    print(f"  (median of {repeat})")
    print(
        f"  Upcoming load {result['upcoming_ms']:6.1f} ms (target <= 100), x{ratio_up:.0f} baseline"
    )
    print(
        f"  Month step    {result['month_ms']:6.1f} ms (target <= 30), x{ratio_month:.0f} baseline"
    )
    print(f"  baseline: sqlite3 read of every series row, {result['baseline_ms']:.2f} ms")
    return result


if __name__ == "__main__":
    main()
