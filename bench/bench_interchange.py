"""Importing a big Meeting Guide list: an intergroup's 5,000-meeting feed file (online, hybrid
and in person alike), choosing one group's 3 meetings, as a volunteer runs it (``groupkeeper
import meeting-guide --group``, a whole process: start-up, reading the file, writing the group
file). Target: at most 2 s.

Baseline in the same run, alternating: a Python process that only parses the same file with
``json.load``, so the ratio shows what GroupKeeper adds to reading the JSON at all. Also
printed: reading the feed in-process (what the window's worker does) and the demo's calendar
(.ics) export.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, run_child, timed

MEETINGS = 5000


def feed_entries(count: int) -> list[dict[str, object]]:
    """A realistic feed: many groups, most with several meetings, the spec's fields."""
    out: list[dict[str, object]] = []
    for n in range(count):
        out.append(
            {
                "name": f"Serenity Meeting {n}",
                "slug": f"serenity-meeting-{n}",
                "day": n % 7,
                "time": f"{7 + n % 14:02d}:{(n % 4) * 15:02d}",
                "end_time": f"{8 + n % 14:02d}:{(n % 4) * 15:02d}",
                "timezone": "America/Toronto",
                "types": ["O", "D", "X"] if n % 2 else ["C", "B", "W"],
                "location": f"Community Hall {n % 700}",
                "address": f"{n} Main Street",
                "city": "Elm Falls",
                "state": "ON",
                "postal_code": "K0K 1A0",
                "country": "CA",
                "notes": "Ring the bell at the side door. Coffee from 6:30.",
                "location_notes": "Basement, down the ramp.",
                "group": f"Group {n // 3}",
                "updated": "2026-01-15 14:32:23",
                "url": f"https://intergroup.example/meetings/serenity-meeting-{n}",
            }
        )
        if n % 3:  # a third in person only, a third online only, a third hybrid
            out[-1].update(
                conference_url=f"https://zoom.us/j/8{n:010d}?pwd=abc",
                conference_url_notes="Meeting ID and passcode in the link",
                conference_phone="+16465588656,,81234567890#",
                attendance_option="online" if n % 3 == 1 else "hybrid",
                latitude=45.0 + n / 10_000,
                longitude=-75.0 - n / 10_000,
                region="Elm Falls",
            )
    return out


def main(repeat: int = 5) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    env = dict(os.environ, GROUPKEEPER_HOME=str(tmp / "home"))
    os.environ["GROUPKEEPER_HOME"] = env["GROUPKEEPER_HOME"]
    from groupkeeper.demo import write_demo
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group
    from groupkeeper.interchange import ics
    from groupkeeper.interchange.meeting_guide import read_feed_file
    from groupkeeper.store import open_store

    feed = tmp / "intergroup.json"
    feed.write_text(json.dumps(feed_entries(MEETINGS)))
    empty = tmp / "empty.groupkeeper"
    with open_store(empty, create=True) as st, st.session() as s, s.begin():
        save_group(s, GroupInfo("Group 700", GroupKind.TWELVE_STEP, "en", "America/Toronto"))

    base_cmd = [sys.executable, "-c", f"import json; json.load(open({str(feed)!r}))"]
    gk_cmd = [sys.executable, "-m", "groupkeeper", "import", "meeting-guide"]
    baseline, importing = [], []
    for n in range(repeat):
        target = tmp / f"run{n}.groupkeeper"
        shutil.copyfile(empty, target)
        baseline.append(run_child(base_cmd, env)[0])
        args = [*gk_cmd, "--data", str(target), str(feed), "--group", "Group 700"]
        importing.append(run_child(args, env)[0])
        with open_store(target) as st, st.session() as s:
            from groupkeeper.schedule.service import list_series

            assert len(list_series(s)) == 3, "the import did not choose the group's 3 meetings"
    read = timed(lambda: read_feed_file(feed), repeat)
    demo = write_demo(tmp / "demo.groupkeeper")
    with open_store(demo) as st, st.session() as s:
        data = ics.calendar_data(s)
    now = datetime.now(UTC)
    calendar = timed(lambda: ics.calendar_bytes(data, now), repeat)

    figures = {
        "baseline_ms": median_ms(baseline),
        "import_ms": median_ms(importing),
        "read_ms": median_ms(read),
        "ics_ms": median_ms(calendar),
    }
    size = feed.stat().st_size / 1024
    print(f"Meeting Guide import: {MEETINGS:,} meetings ({size:,.0f} KB), choosing 3")
    print(f"  baseline (python + json.load)    {figures['baseline_ms']:8.1f} ms")
    print(
        f"  groupkeeper import meeting-guide {figures['import_ms']:8.1f} ms"
        f"   ratio {figures['import_ms'] / figures['baseline_ms']:.2f}   (target <= 2000 ms)"
    )
    print(f"  reading the feed in-process      {figures['read_ms']:8.1f} ms")
    print(f"  demo calendar (.ics) export      {figures['ics_ms']:8.1f} ms")
    shutil.rmtree(tmp, ignore_errors=True)
    return figures


if __name__ == "__main__":
    main()
