"""Run slow work (PDF export) off the UI thread and hand the result back through a signal.

No widget is touched from the worker: ``Task.run`` only calls the function; the signals are
delivered on the thread that owns the receivers (the UI thread). Tests pass a
:class:`SynchronousPool` so the work happens inline and deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from groupkeeper.errors import GroupKeeperError


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)  # (done, of all)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except GroupKeeperError as exc:
            self.signals.failed.emit(exc.message)
        except OSError as exc:
            self.signals.failed.emit(
                f"Could not write the file ({exc.strerror or exc}). "
                "Check there is free space and the folder can be written to."
            )
        except Exception as exc:  # a bug: say so plainly rather than die silently
            self.signals.failed.emit(f"Something went wrong in GroupKeeper: {exc!r}")
        else:
            self.signals.done.emit(result)


class SynchronousPool:
    """A stand-in for QThreadPool that runs each task at once on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


_alive: set[Task] = set()


def run_task(
    pool: Pool | QThreadPool,
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Run ``fn`` in ``pool``; ``on_done(result)`` or ``on_failed(message)`` on the UI thread.

    With ``on_progress``, ``fn`` is called with a ``report(done, total)`` function instead,
    whose reports reach ``on_progress`` on the UI thread.
    """

    def call() -> Any:
        return fn(task.signals.progress.emit) if on_progress is not None else fn()

    task = Task(call)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    _alive.add(task)  # keep the task and its signals alive until they have fired

    def finish_ok(result: object) -> None:
        _alive.discard(task)
        on_done(result)

    def finish_bad(message: str) -> None:
        _alive.discard(task)
        on_failed(message)

    task.signals.done.connect(finish_ok)
    task.signals.failed.connect(finish_bad)
    pool.start(task)
    return task
