"""The one way the window runs long work (:mod:`groupkeeper.ui.work.ops`), on a real thread
pool: the work runs off the UI thread and its result comes back on it; Cancel, a newer op with
the same key, and an op that waits for those before it; and the export's reading, which moved
from the UI thread into the op."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from groupkeeper.errors import GroupKeeperError
from groupkeeper.ui.shell.window import MainWindow
from groupkeeper.ui.work.ops import Op, Progress, Running, under_way
from tests.conftest import Notes
from tests.ui.conftest import SAFETY, click_ok


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Work that waits on it stays on its worker until the test opens it (or the test ends)."""
    event = threading.Event()
    yield event
    event.set()


def _held(gate: threading.Event, ran_on: list[int], result: Any = "done") -> Any:
    def work(_progress: Progress) -> Any:
        ran_on.append(threading.get_ident())
        assert gate.wait(SAFETY)
        return result

    return work


def _dialog(window: MainWindow) -> QProgressDialog:
    [dialog] = [d for d in window.findChildren(QProgressDialog) if not d.isHidden()]
    return dialog


def test_the_work_runs_off_the_ui_thread_and_its_result_comes_back_on_it(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, gate: threading.Event
) -> None:
    ui = threading.get_ident()
    ran_on: list[int] = []
    got: list[tuple[object, int]] = []
    running = Op(
        _held(gate, ran_on, "flyer.pdf"), lambda r: got.append((r, threading.get_ident())), "No"
    ).run(demo_window.ctx)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    assert not running.finished and under_way() and got == []  # the window went on meanwhile
    gate.set()
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert ran_on[0] != ui and got == [("flyer.pdf", ui)]
    assert not under_way()


def test_cancel_on_the_progress_dialog_stops_the_work_and_drops_its_result(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool
) -> None:
    steps: list[int] = []

    def work(progress: Progress) -> str:
        deadline = time.monotonic() + SAFETY
        while not progress.cancelled and time.monotonic() < deadline:
            steps.append(1)
            progress.report(len(steps), 1000)
            time.sleep(0.002)
        return "half a roster"

    got: list[str] = []
    stopped: list[bool] = []
    running = Op(
        work, got.append, "No", label="Filling the roster…", progress=True, cancellable=True,
        cancelled=lambda: stopped.append(True),
    ).run(demo_window.ctx)  # fmt: skip
    running.show_progress()  # (it would show itself after a moment)
    dialog = _dialog(demo_window)
    assert dialog.labelText() == "Filling the roster…"
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert stopped == [True] and got == []
    assert not [d for d in demo_window.findChildren(QProgressDialog) if d.isVisible()]


def test_closing_the_progress_dialog_at_the_end_is_not_a_cancel(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, gate: threading.Event
) -> None:
    got: list[str] = []
    stopped: list[bool] = []
    running = Op(
        _held(gate, []), got.append, "No", label="Saving…", progress=True, cancellable=True,
        cancelled=lambda: stopped.append(True),
    ).run(demo_window.ctx)  # fmt: skip
    running.show_progress()
    gate.set()
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert got == ["done"] and stopped == []


def test_a_newer_op_with_the_same_key_wins(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, gate: threading.Event
) -> None:
    got: list[str] = []
    seen_stop: list[bool] = []

    def older(progress: Progress) -> str:
        assert gate.wait(SAFETY)
        seen_stop.append(progress.cancelled)
        return "page 1, old options"

    first = Op(older, got.append, "No", key="preview-test").run(demo_window.ctx)
    second = Op(lambda _p: "page 1, new options", got.append, "No", key="preview-test").run(
        demo_window.ctx
    )
    qtbot.waitUntil(lambda: second.finished, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: first.finished, timeout=5000)
    assert got == ["page 1, new options"]  # the older result arrived last and was dropped
    assert seen_stop == [True]  # and its work was told it was no longer wanted


def test_an_op_after_the_earlier_ones_starts_when_they_have_finished(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, gate: threading.Event
) -> None:
    order: list[str] = []

    def reading(_progress: Progress) -> None:
        assert gate.wait(SAFETY)
        time.sleep(0.05)
        order.append("read")

    def closing(_progress: Progress) -> None:
        order.append("closed")

    reader = Op(reading, lambda _r: None, "No").run(demo_window.ctx)
    closer = Op(closing, lambda _r: None, "No", after_earlier=True).run(demo_window.ctx)
    assert closer.wait(0.3) is False and order == []  # held while the reader is held
    gate.set()
    assert closer.wait(SAFETY)
    qtbot.waitUntil(lambda: reader.finished and closer.finished, timeout=5000)
    assert order == ["read", "closed"]


def test_wait_when_finished_and_progress_shown_later(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, gate: threading.Event
) -> None:
    after: list[str] = []
    running: Running = Op(
        _held(gate, []), lambda _r: after.append("success"), "No", label="Backing up demo…"
    ).run(demo_window.ctx)
    running.when_finished(lambda: after.append("then"))
    assert not [d for d in demo_window.findChildren(QProgressDialog) if d.isVisible()]
    running.show_progress()  # someone now waits for it: the dialog shows at once
    assert _dialog(demo_window).labelText() == "Backing up demo…"
    assert not running.wait(0.05)
    gate.set()
    assert running.wait(SAFETY)
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert after == ["success", "then"]
    assert not [d for d in demo_window.findChildren(QProgressDialog) if d.isVisible()]
    running.when_finished(lambda: after.append("at once"))
    assert after[-1] == "at once"


def test_a_problem_in_the_work_is_shown_in_words(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, notes: Notes
) -> None:
    def work(_progress: Progress) -> None:
        raise GroupKeeperError("The folder /media/usb does not exist.")

    running = Op(work, lambda _r: None, "Could not save the flyer").run(demo_window.ctx)
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert notes == [("Could not save the flyer", "The folder /media/usb does not exist.")]


# ---------------------------------------------------------------- the export reads in its op


@pytest.fixture
def prepared_on(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The threads the export's ``prepare`` ran on (it still reads and returns as it did)."""
    import groupkeeper.export.registry as documents

    real = documents.prepare
    threads: list[int] = []

    def prepare(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "prepare", prepare)
    return threads


def test_the_preview_reads_and_draws_off_the_ui_thread(
    qtbot: QtBot, demo_window: MainWindow, pool: QThreadPool, prepared_on: list[int]
) -> None:
    from groupkeeper.export.registry import Document
    from groupkeeper.ui.export.dialog import ExportDialog

    demo_window.registry["print"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.select(Document.HANDOUT)
    dialog.timer.timeout.emit()  # the preview, without waiting for the timer
    qtbot.waitUntil(lambda: dialog.preview_note.text().startswith("Page 1 of"), timeout=10000)
    assert prepared_on and threading.get_ident() not in prepared_on
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.close()


def test_the_handout_is_read_and_saved_off_the_ui_thread(
    qtbot: QtBot,
    demo_window: MainWindow,
    pool: QThreadPool,
    prepared_on: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    from groupkeeper.export.registry import Document
    from groupkeeper.ui.export.dialog import ExportDialog
    from tests.export.test_flyer import pdf_text

    out = tmp_path / "handout.pdf"
    offered: list[Path] = []
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    monkeypatch.setattr(demo_window.prompts, "offer_open", offered.append)
    demo_window.registry["print"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.select(Document.HANDOUT)
    dialog.timer.stop()  # no preview: only the save reads here
    click_ok(dialog)
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    assert offered == [out] and "Saved" in demo_window.statusBar().currentMessage()
    assert prepared_on and threading.get_ident() not in prepared_on
    assert "crisis" in pdf_text(out).lower()
    assert notes == []


def test_a_window_deleted_meanwhile_hears_nothing_and_nothing_waits_for_ever(
    qtbot: QtBot, gate: threading.Event
) -> None:
    from tests.conftest import TODAY

    pool = QThreadPool()
    window = MainWindow(None, pool=pool, today=TODAY)
    window.show()
    got: list[object] = []
    running = Op(
        _held(gate, []), got.append, "No", label="Backing up…", progress=True, cancellable=True
    ).run(window.ctx)
    running.show_progress()
    after: list[bool] = []
    running.when_finished(lambda: after.append(True))
    window.deleteLater()  # (not close(): that waits for the pool, as quitting does)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    gate.set()  # the work ends after the window (as in a test's teardown): no error, no call
    qtbot.waitUntil(lambda: running.finished, timeout=5000)
    assert got == [] and after == [True]
    assert pool.waitForDone(5000)
