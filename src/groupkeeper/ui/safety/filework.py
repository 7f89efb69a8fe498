"""Work on a group file itself, off the UI thread: one piece at a time per file.

Backups, restores, re-keying and copies all read or replace the file and its snapshot folder.
Run at once, two backups taken in the same second would write one name, and a restore could
replace the file while a backup still copies it. So each runs as an :class:`~groupkeeper.ui.
work.ops.Op`, and one waits for the one before it on the same file (in the order asked for);
work on other files goes ahead. The window waits here too: to open a file whose backup on
closing is still being written (:meth:`FileWork.when_free`), and before it closes
(:meth:`FileWork.when_idle` or :meth:`FileWork.wait_until_idle`), so the app never quits
halfway through a backup.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.work.ops import Op, Running


def file_key(path: Path) -> Path:
    """One name per file, however it was reached (a link, a relative path)."""
    return Path(os.path.realpath(Path(path).expanduser()))


class FileWork(QObject):
    """The work under way, and waiting, on each group file (see the module docstring)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._busy: dict[Path, Running] = {}
        self._waiting: dict[Path, list[Callable[[], None]]] = {}
        self._idle: list[Callable[[], None]] = []
        app = QCoreApplication.instance()
        if app is not None:
            # The last guard: whatever closed the window, the app's event loop does not end
            # before the work under way is written.
            app.aboutToQuit.connect(self.finish)

    @property
    def busy(self) -> bool:
        """Some work on a file is under way or waiting its turn."""
        return bool(self._busy or self._waiting)

    def is_busy(self, path: Path) -> bool:
        key = file_key(path)
        return key in self._busy or key in self._waiting

    def run(self, path: Path, op: Op[Any]) -> None:
        """Run ``op`` on ``path`` once the work asked for before it on that file is over. When
        it has to wait and shows its progress, the work it waits for shows its own."""
        key = file_key(path)
        ahead = self._busy.get(key)
        if ahead is not None and op.progress:
            ahead.show_progress()  # the person waits for it too: say what for

        def start() -> None:
            running = op.run(self.ctx)
            if not running.finished:  # (a synchronous pool: it is over already)
                self._busy[key] = running
                running.when_finished(lambda: self._free(key))

        self._after(key, start)

    def when_free(self, path: Path, fn: Callable[[], None]) -> None:
        """Call ``fn`` once no work on ``path`` is under way or waiting: at once if none is,
        else with the progress of what it waits for shown."""
        key = file_key(path)
        if (ahead := self._busy.get(key)) is not None:
            ahead.show_progress()
        self._after(key, fn)

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once no work on any file is under way or waiting (at once if none),
        showing the progress of what is: the window waits for this before it closes."""
        if not self.busy:
            fn()
            return
        for running in self._busy.values():
            running.show_progress()
        self._idle.append(fn)

    def wait_until_idle(self) -> None:
        """Return once no work on any file is under way or waiting, the window live meanwhile
        (a local event loop) with the progress shown: for closing the window, whose callers
        expect the file closed when ``close()`` returns."""
        if not self.busy:
            return
        loop = QEventLoop()
        self.when_idle(loop.quit)
        loop.exec()

    def finish(self) -> None:
        """Block until every piece of work under way or waiting is done: the app is quitting
        and its event loop is ending. (Results arrive through that loop, so it turns here.)"""
        while self._busy:
            for running in list(self._busy.values()):
                running.wait()
            QCoreApplication.processEvents()  # their results, and the work waiting on them

    def _after(self, key: Path, fn: Callable[[], None]) -> None:
        if key in self._busy or key in self._waiting:
            self._waiting.setdefault(key, []).append(fn)
        else:
            fn()

    def _free(self, key: Path) -> None:
        self._busy.pop(key, None)
        queue = self._waiting.get(key, [])
        try:
            while queue and key not in self._busy:
                queue.pop(0)()  # may start work on the file, which then holds it again
        finally:
            if queue and key not in self._busy:
                # One that failed (a fault, shown by the app) does not hold up the rest.
                QTimer.singleShot(0, lambda: self._free(key))
        if not queue:
            self._waiting.pop(key, None)
        if not self.busy:
            idle, self._idle = self._idle, []
            for fn in idle:
                fn()
