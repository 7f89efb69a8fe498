"""The Qt binding keeps Python's own objects alive.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` each time Python emits a signal,
and the interpreter aborts ("deallocating True or False") once a few thousand are lost: a
volunteer attaching files or filling the roster for an evening would lose the window without
a word. pyproject.toml keeps that release out; this test fails on any binding that does it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    bare = Signal()
    pair = Signal(int, int)
    flag = Signal(bool)


def test_emitting_signals_and_calling_qt_loses_no_reference(qapp: object) -> None:
    sender = _Sender()
    heard: list[object] = []
    sender.bare.connect(lambda: heard.append(1))
    sender.pair.connect(lambda a, b: heard.append(a + b))
    sender.flag.connect(heard.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(300):  # few enough that a bad binding cannot abort the run meanwhile
        sender.bare.emit()
        sender.pair.emit(1, 2)
        sender.flag.emit(False)
        sender.setObjectName("sender")
    heard_count = len(heard)
    heard.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert heard_count == 900
    # A leaking binding loses 300 to 900 here; other code may move a count by a few.
    changes = [b - a for a, b in zip(before, after, strict=True)]
    assert all(abs(c) < 20 for c in changes), changes
