"""Start-up without the cyclic garbage collector scanning everything it has just made.

Starting makes a few hundred thousand objects that live as long as the program does: the Qt
and SQLAlchemy classes, the mapped tables, the window. Python's collector scans all of them
again each time enough new objects pile up, and once more when the program exits: on the demo
file that was about 0.1 s of the start-up and 0.1 s of the exit (bench/bench_startup.py).

So the ``groupkeeper`` command holds the collector while it starts. Once the window is up (or
a headless command has read its arguments) it freezes what exists, so later scans skip those
long-lived objects, and the collector runs as usual from then on. Reference counting frees
objects all along; only garbage in reference cycles waits, and start-up makes little of it.
"""

from __future__ import annotations

import gc

_held = False


def hold_collector() -> None:
    """Pause the cyclic collector for start-up; release_collector() ends the pause."""
    global _held
    _held = True
    gc.disable()


def release_collector() -> None:
    """Freeze what start-up made and collect as usual; does nothing unless the collector is held.

    Called where start-up ends (the window shown, a command's arguments read). When main() runs
    inside another program, as in the tests, the collector was never held and stays untouched.
    """
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    gc.enable()
