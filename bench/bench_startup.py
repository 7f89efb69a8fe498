"""Start-up: GroupKeeper's --screenshot against a bare Qt window and the dependency floor.

(a) a bare PySide6 window rendered to PNG; (b) the same plus ``import sqlalchemy.orm`` and one
SELECT from the demo file with sqlite3; (c) ``groupkeeper --screenshot`` on the demo file.
Runs alternate (a, b, c, a, b, c...) so machine noise hits all three alike.
Target: c/b <= 1.25, peak memory <= 150 MiB.

GroupKeeper holds Python's cyclic garbage collector while it starts (groupkeeper.startup); the
floor script as the issue defines it does not. So that the figure cannot hide the app's own
cost behind that, (h) runs the floor with the same hold and c/h is printed beside c/b.
"""

from __future__ import annotations

import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import alternate

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""

FLOOR = """
import sys, sqlite3
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
import sqlalchemy.orm
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[2])
rows = conn.execute("SELECT * FROM meeting_series").fetchall()
w = QMainWindow(); w.setCentralWidget(QLabel(str(len(rows)))); w.resize(1280, 800); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""

# The floor with the collector held as groupkeeper.startup holds it: paused while starting,
# then what exists frozen (so the scan at exit skips it).
FLOOR_HELD = "import gc; gc.disable()\n" + FLOOR + "gc.freeze(); gc.enable()\n"


def main(rounds: int = 15) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GROUPKEEPER_HOME=str(tmp / "home"))
    demo = tmp / "demo.groupkeeper"
    import groupkeeper
    from groupkeeper.demo import write_demo

    # Installed, the app's bytecode is compiled (pip does it at install). A developer machine
    # may set PYTHONDONTWRITEBYTECODE, and then (c) would compile every source file on every
    # start: compile them once here, as an installation would have.
    compileall.compile_dir(Path(groupkeeper.__file__).parent, quiet=1)
    write_demo(demo)
    shot = str(tmp / "shot.png")
    commands = {
        "a": [sys.executable, "-c", BARE, shot],
        "b": [sys.executable, "-c", FLOOR, shot, str(demo)],
        "c": [sys.executable, "-m", "groupkeeper", "--data", str(demo), "--screenshot", shot],
        "h": [sys.executable, "-c", FLOOR_HELD, shot, str(demo)],
    }
    times, peaks = alternate(commands, env, rounds)
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    print(f"Start-up ({rounds} alternating runs each, offscreen): median / fastest")
    labels = {
        "a": "bare PySide6 window",
        "b": "dependency floor",
        "c": "groupkeeper --screenshot",
        "h": "floor, collector held",
    }
    for key, label in labels.items():
        ms = f"{med[key] * 1000:6.0f} / {low[key] * 1000:4.0f} ms"
        print(f"  ({key}) {label:26s} {ms}   peak {peaks[key]:6.1f} MiB")
    result = {
        "c/a": med["c"] / med["a"],
        "c/b": med["c"] / med["b"],
        "c/b_fastest": low["c"] / low["b"],
        # b and c of one round run back to back, so they share the machine's noise.
        "c/b_paired": statistics.median(c / b for b, c in zip(times["b"], times["c"], strict=True)),
        "c/h": med["c"] / med["h"],
        "peak_mib": peaks["c"],
    }
    print(
        f"  c/a = {result['c/a']:.2f}   c/b = {result['c/b']:.2f} median, "
        f"{result['c/b_fastest']:.2f} fastest (target <= 1.25)"
    )
    print(f"  c/b paired by round (median) = {result['c/b_paired']:.2f}")
    print(f"  c/h = {result['c/h']:.2f}: the app over the floor when both hold the collector")
    print(f"  peak memory of GroupKeeper: {result['peak_mib']:.1f} MiB (target <= 150)")
    return result


if __name__ == "__main__":
    main()
