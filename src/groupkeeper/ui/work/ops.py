"""The one way the window runs work that can take longer than a blink.

The rule for threads: reads and short writes run on the UI thread; anything that can pass about
100 ms with a realistic group (a restore, a backup, re-encrypting, filling the roster for a
year, reading a big import, a PDF) runs as an :class:`Op`. Its work runs in the pool and gets a
:class:`Progress` to report on and to learn it was cancelled; ``success`` and ``failure`` run on
the UI thread. Nothing in ``work`` touches a widget. The shape follows Anki's
CollectionOp/QueryOp: a typed result, one failure path, and the caller never sees a thread.

``key`` makes the latest op win: starting an op cancels an older one with the same key, and a
result that arrives after a newer op started is dropped (the preview as options change).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from groupkeeper.ui.work.workers import run_task

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""A progress dialog appears only for work still running after this long."""


class Progress:
    """Handed to an op's work (on the worker thread)."""

    def __init__(self, emit: Callable[[int, int], None], stop: threading.Event) -> None:
        self._emit = emit
        self._stop = stop

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    @property
    def cancelled(self) -> bool:
        """The person pressed Cancel, the window is closing, or a newer op took over."""
        return self._stop.is_set()

    @property
    def stop(self) -> threading.Event:
        """For engines that take an event to check between steps."""
        return self._stop


_generations: dict[str, int] = {}
_running: dict[str, threading.Event] = {}
_all: set[threading.Event] = set()


def cancel_all() -> None:
    """Ask every op under way to stop at its next check (the window is closing)."""
    for stop in list(_all):
        stop.set()


@dataclass
class Op(Generic[T]):
    work: Callable[[Progress], T]
    success: Callable[[T], None]
    failure_title: str
    """The title of the message that says what went wrong."""
    label: str = ""
    """What is happening, in words: the status line and the progress dialog say it."""
    progress: bool = False
    """Show a window-modal progress dialog while it runs (after a short delay)."""
    cancellable: bool = False
    key: str | None = None
    failure: Callable[[str], None] | None = None
    """Instead of the message box (the caller shows the problem itself)."""
    cancelled: Callable[[], None] | None = None
    """After a cancel, instead of ``success``: the result of a cancelled op is not used."""

    def run(self, ctx: AppContext) -> None:
        stop = threading.Event()
        _all.add(stop)
        generation = 0
        if self.key is not None:
            if (older := _running.get(self.key)) is not None:
                older.set()
            generation = _generations[self.key] = _generations.get(self.key, 0) + 1
            _running[self.key] = stop
        dialog: QProgressDialog | None = None
        if self.progress:
            dialog = QProgressDialog(
                self.label, ctx.tr("Cancel") if self.cancellable else "", 0, 0, ctx.parent_widget
            )
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if self.cancellable:
                dialog.canceled.connect(stop.set)
            else:
                dialog.setCancelButton(None)
        if self.label:
            ctx.status(self.label)

        def current() -> bool:
            return self.key is None or _generations.get(self.key) == generation

        def finish() -> None:
            _all.discard(stop)
            if self.key is not None and _running.get(self.key) is stop:
                del _running[self.key]
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            if self.label and current():
                ctx.status("")

        def done(result: object) -> None:
            finish()
            if not current():
                return
            if stop.is_set() and self.cancelled is not None:
                self.cancelled()
                return
            self.success(result)  # type: ignore[arg-type]

        def failed(message: str) -> None:
            finish()
            if not current():
                return
            if self.failure is not None:
                self.failure(message)
            else:
                ctx.prompts.notify(self.failure_title, message)

        def report(done_: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done_)

        def call(emit: Callable[[int, int], None]) -> T:
            return self.work(Progress(emit, stop))

        run_task(ctx.pool, call, done, failed, report)
