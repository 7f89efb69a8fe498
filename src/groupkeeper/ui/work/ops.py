"""The one way the window runs work that can take longer than a blink.

The rule for threads: reads and short writes run on the UI thread; anything that can pass about
100 ms with a realistic group (a restore, a backup, re-encrypting, filling the roster for a
year, reading a big import, a PDF) runs as an :class:`Op`. Its work runs in the pool and gets a
:class:`Progress` to report on and to learn it was cancelled; ``success`` and ``failure`` run on
the UI thread. Nothing in ``work`` touches a widget. The shape follows Anki's
CollectionOp/QueryOp: a typed result, one failure path, and the caller never sees a thread.

Work that reads the open file opens its own session there (``with store.session() as s``): a
session belongs to one thread, and the store's engine gives each thread its own connection.

``key`` makes the latest op win: starting an op cancels an older one with the same key, and a
result that arrives after a newer op started is dropped (the preview as options change).

``run`` returns a :class:`Running` for the code that started it: it can hear when the op is
over, show its progress after all (a backup in the background that someone now waits for),
cancel it, or, on any thread, wait for its work. ``after_earlier`` holds an op's work until
every op started before it has finished its own: a file closed that way is no longer being read
by any of them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from groupkeeper.ui.work.workers import run_task

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""A progress dialog appears only for work still running after this long."""

EARLIER_WAIT_S = 30.0
"""The longest ``after_earlier`` waits for the ops before it: one stuck op must not keep a file
open (and the window from closing) for ever."""


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


class Running:
    """An op under way, for the code that started it. Everything here is for the UI thread but
    :meth:`wait`, which any thread may call."""

    def __init__(
        self, ctx: AppContext, label: str, cancellable: bool, stop: threading.Event
    ) -> None:
        self._ctx = ctx
        self._label = label
        self._cancellable = cancellable
        self._stop = stop
        self._worked = threading.Event()  # set on the worker thread when the work returns
        self._ended = False  # its result is in: no dialog is shown any more
        self._finished = False
        self._then: list[Callable[[], None]] = []
        self._done_of: tuple[int, int] = (0, 0)
        self.dialog: QProgressDialog | None = None

    @property
    def finished(self) -> bool:
        """Its ``success``, ``failure`` or ``cancelled`` has run."""
        return self._finished

    def cancel(self) -> None:
        """Ask the work to stop at its next check; as Cancel in its progress dialog."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned (or raised); False if ``timeout`` passed first.
        Its ``success`` has not run yet then: that waits for the UI thread."""
        return self._worked.wait(timeout)

    def when_finished(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the UI thread once the op is over, after its ``success`` or
        ``failure`` (at once if it is over already)."""
        if self._finished:
            fn()
        else:
            self._then.append(fn)

    def show_progress(self) -> None:
        """Show its progress dialog now, made now if the op was started without one."""
        if self._ended:
            return
        if self.dialog is None:
            self._open_dialog(0)
        assert self.dialog is not None
        self.dialog.show()

    # ------------------------------------------------------------- for Op

    def _open_dialog(self, after_ms: int) -> None:
        ctx = self._ctx
        cancel = ctx.tr("Cancel") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel, 0, 0, ctx.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        done, total = self._done_of
        if total:
            dialog.setMaximum(total)
            dialog.setValue(done)
        self.dialog = dialog

    def _report(self, done: int, total: int) -> None:
        self._done_of = (done, total)
        if self.dialog is not None and not self._stop.is_set() and shiboken6.isValid(self.dialog):
            # (a cancelled dialog has hidden itself; a report must not show it again)
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        self._ended = True
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):  # (gone with a deleted window)
            if self._cancellable:  # closing it says "canceled" too: that is not a Cancel
                dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _over(self) -> None:
        self._finished = True
        then, self._then = self._then, []
        for fn in then:
            fn()


_generations: dict[str, int] = {}
_running: dict[str, threading.Event] = {}
_all: set[threading.Event] = set()
_under_way: set[Running] = set()


def under_way() -> bool:
    """Some op has been started and is not over yet."""
    return bool(_under_way)


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
    after_earlier: bool = False
    """Start the work only once every op started before this one has finished its work (at
    most :data:`EARLIER_WAIT_S`): closing a file, none of them still reads it."""

    def run(self, ctx: AppContext) -> Running:
        stop = threading.Event()
        _all.add(stop)
        earlier = list(_under_way) if self.after_earlier else []
        running = Running(ctx, self.label, self.cancellable, stop)
        _under_way.add(running)
        generation = 0
        if self.key is not None:
            if (older := _running.get(self.key)) is not None:
                older.set()
            generation = _generations[self.key] = _generations.get(self.key, 0) + 1
            _running[self.key] = stop
        if self.progress:
            running._open_dialog(SHOW_AFTER_MS)
        if self.label:
            ctx.status(self.label)

        def current() -> bool:
            return self.key is None or _generations.get(self.key) == generation

        def gone() -> bool:
            """The window was deleted meanwhile (a test's teardown): there is nobody to tell."""
            return not shiboken6.isValid(ctx)

        def finish() -> None:
            _all.discard(stop)
            _under_way.discard(running)
            if self.key is not None and _running.get(self.key) is stop:
                del _running[self.key]
            running._close_dialog()
            if self.label and current() and not gone():
                ctx.status("")

        def done(result: object) -> None:
            try:
                finish()
                if not current() or gone():
                    return
                if stop.is_set() and self.cancelled is not None:
                    self.cancelled()
                    return
                self.success(result)  # type: ignore[arg-type]
            finally:
                running._over()  # whatever happened above: what waits for it must not wait on

        def failed(message: str) -> None:
            try:
                finish()
                if not current() or gone():
                    return
                if self.failure is not None:
                    self.failure(message)
                else:
                    ctx.prompts.notify(self.failure_title, message)
            finally:
                running._over()

        def call(emit: Callable[[int, int], None]) -> T:
            try:
                deadline = time.monotonic() + EARLIER_WAIT_S
                for other in earlier:
                    other.wait(max(0.0, deadline - time.monotonic()))
                return self.work(Progress(emit, stop))
            finally:
                running._worked.set()

        run_task(ctx.pool, call, done, failed, running._report)
        return running
