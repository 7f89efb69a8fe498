"""File safety off the UI thread (issue 21): restore, the backup taken when a changed file
closes, listing the backups, the passphrase and the copies run as ops on a real thread pool,
one at a time per file, while the window stays live. Cancel leaves the file as it was, and the
window can wait for a backup before it closes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import groupkeeper.store.backups as backups
import groupkeeper.store.protection as protection
from groupkeeper.group.service import save_group
from groupkeeper.schedule import service
from groupkeeper.store import GroupStore, open_store
from groupkeeper.store.sqlitefile import backup_copy as real_copy
from groupkeeper.store.sqlitefile import is_encrypted
from groupkeeper.ui.safety.dialogs import HandoverDialog, NewPassphraseDialog, RestoreDialog
from groupkeeper.ui.shell.window import MainWindow
from groupkeeper.ui.work.ops import Op, Progress
from tests.conftest import PASSPHRASE, TODAY, Notes
from tests.ui.conftest import SAFETY, click_ok


class Gate:
    """Holds a function on its worker thread until the test opens the gate, and notes the
    threads it ran on."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.reached = threading.Event()
        self.threads: list[int] = []

    def hold(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            self.reached.set()
            assert self.opened.wait(SAFETY), "the test never let the work go on"
            return fn(*args, **kwargs)

        return held

    def open(self) -> None:
        self.opened.set()

    @property
    def off_the_ui_thread(self) -> bool:
        return bool(self.threads) and threading.get_ident() not in self.threads


@pytest.fixture
def gate() -> Iterator[Gate]:
    made = Gate()
    yield made
    made.open()  # a failed test does not leave a worker waiting


@pytest.fixture
def threaded(
    qtbot: QtBot, demo_file: Path, notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The demo file in a window on a real thread pool, as the app has. The window is this
    fixture's to close: its work in the background is waited for before it goes."""
    from PySide6.QtWidgets import QDialog

    pool = QThreadPool()
    window = MainWindow(open_store(demo_file), pool=pool, today=TODAY)
    monkeypatch.setattr(window.prompts, "notify", lambda title, text: notes.append((title, text)))
    window.show()
    yield window
    wait = int(SAFETY * 1000)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible() and not isinstance(dialog, QProgressDialog):
            dialog.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: not window.safety.busy, timeout=wait)
    window.close()
    qtbot.waitUntil(lambda: not window.safety.busy, timeout=wait)
    assert pool.waitForDone(wait)
    window.deleteLater()


def _series_names(window: MainWindow) -> list[str]:
    return sorted(r.data.name for r in window.schedule.series_model.records())


def _delete_a_series(window: MainWindow) -> None:
    ctl = window.controller
    assert ctl is not None
    ctl.write("Delete", lambda s: service.delete_series(s, service.list_series(s)[0].id))
    ctl.changed.emit()


def _progress_shown(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


# ---------------------------------------------------------------- restore


def _restore_dialog(window: MainWindow, qtbot: QtBot) -> RestoreDialog:
    window.safety.act_restore.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: bool(dialog.backups), timeout=int(SAFETY * 1000))
    return dialog


def _choose(dialog: RestoreDialog, tag: str) -> None:
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.tag == tag))


def test_restore_runs_off_the_ui_thread_and_opens_the_file_again(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = threaded
    assert window.controller is not None
    path = window.controller.store.path
    backups.take(path, tag="manual")
    before = _series_names(window)
    _delete_a_series(window)
    monkeypatch.setattr(window.prompts, "confirm", lambda *a: True)
    monkeypatch.setattr(backups, "restore", gate.hold(backups.restore))
    dialog = _restore_dialog(window, qtbot)
    _choose(dialog, "manual")
    click_ok(dialog)
    # The window is back at once: the file is closed and being restored.
    assert window.controller is None and window.safety.busy
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    assert window.safety.busy and window.controller is None
    gate.open()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=int(SAFETY * 1000))
    assert gate.off_the_ui_thread
    assert _series_names(window) == before
    assert "Restored the backup from" in window.statusBar().currentMessage()
    # The changed file was kept, as it was, before the restore replaced it (the restore's own
    # "before restore" copy: no backup on closing, whose rotation could drop the one chosen).
    [kept] = [b for b in backups.list_backups(path) if b.tag == "before-restore"]
    assert backups.summary(kept.path)["meetings"] == len(before) - 1


@pytest.fixture
def held_restore_copy(monkeypatch: pytest.MonkeyPatch, gate: Gate) -> Gate:
    """The restore's copy of the backup into place reports its first step, then waits at the
    gate (where the test presses Cancel) before it goes on, reporting as it copies."""

    def backup_copy(
        source: Path, target: Path, passphrase: str | None = None, progress: Any = None
    ) -> Path:
        if target.name.endswith(".restoring") and progress is not None:
            progress(0, 100)
            gate.hold(lambda: None)()
        return real_copy(source, target, passphrase, progress)

    monkeypatch.setattr(backups, "backup_copy", backup_copy)
    return gate


def test_cancelling_a_restore_leaves_the_file_as_it_was(
    threaded: MainWindow,
    qtbot: QtBot,
    held_restore_copy: Gate,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    window = threaded
    assert window.controller is not None
    path = window.controller.store.path
    backups.take(path, tag="manual")  # 4 meetings
    _delete_a_series(window)
    now = _series_names(window)  # 3 meetings: what Cancel must keep
    monkeypatch.setattr(window.prompts, "confirm", lambda *a: True)
    dialog = _restore_dialog(window, qtbot)
    _choose(dialog, "manual")
    click_ok(dialog)
    qtbot.waitUntil(held_restore_copy.reached.is_set, timeout=int(SAFETY * 1000))
    qtbot.waitUntil(lambda: bool(_progress_shown(window)), timeout=5000)
    [progress] = _progress_shown(window)
    assert progress.labelText() == "Restoring demo.groupkeeper…"
    [cancel] = progress.findChildren(QPushButton)
    cancel.click()
    held_restore_copy.open()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=int(SAFETY * 1000))
    assert _series_names(window) == now
    assert window.statusBar().currentMessage() == (
        "Nothing was restored: you pressed Cancel. demo.groupkeeper is as it was."
    )
    assert not path.with_name(path.name + ".restoring").exists()
    assert notes == []


def test_the_restore_dialog_shows_at_once_and_lists_the_backups_when_read(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = threaded
    monkeypatch.setattr(backups, "summary", gate.hold(backups.summary))
    window.safety.act_restore.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.empty.text() == "Looking for backups…" and dialog.empty.isVisibleTo(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    gate.open()
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=int(SAFETY * 1000))
    assert gate.off_the_ui_thread
    assert "4 meetings" in dialog.list.item(0).text()
    assert not dialog.empty.isVisibleTo(dialog) and dialog.restore_button.isEnabled()
    dialog.reject()


def test_closing_the_restore_dialog_stops_reading_the_backups(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = threaded
    assert window.controller is not None
    path = window.controller.store.path
    for n in range(3):
        backups.take(path, tag=f"manual-{n}")
    read: list[Path] = []
    real = backups.summary

    def summary(backup: Path, passphrase: str | None = None) -> dict[str, int]:
        read.append(backup)
        return real(backup, passphrase)

    monkeypatch.setattr(backups, "summary", gate.hold(summary))
    window.safety.act_restore.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    dialog.reject()
    gate.open()
    pool = window.ctx.pool
    assert isinstance(pool, QThreadPool) and pool.waitForDone(int(SAFETY * 1000))
    assert len(read) == 1 < len(backups.list_backups(path))  # the rest were not opened


# ---------------------------------------------------------------- the backup on closing


def _other_file(tmp_path: Path) -> GroupStore:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo

    other = open_store(tmp_path / "other.groupkeeper", create=True)
    with other.session() as s, s.begin():
        save_group(s, GroupInfo("Thursday Group", GroupKind.PEER_SUPPORT, "en", "UTC"))
    return other


def test_switching_files_shows_the_new_one_while_the_old_one_is_backed_up(
    threaded: MainWindow,
    qtbot: QtBot,
    gate: Gate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded
    assert window.controller is not None
    old = window.controller.store
    for b in backups.list_backups(old.path):
        b.path.unlink()
    _delete_a_series(window)
    monkeypatch.setattr(backups, "take_automatic", gate.hold(backups.take_automatic))
    other = _other_file(tmp_path)
    window.set_store(other)
    # The new file shows at once; the old one stays locked until its backup is written.
    assert window.controller is not None and window.controller.store is other
    assert window.ctx.title == "Thursday Group"
    assert old.lock.held and window.safety.busy
    assert "Backing up demo.groupkeeper…" in window.statusBar().currentMessage()
    reopened: list[bool] = []
    window.safety.when_free(old.path, lambda: reopened.append(old.lock.held))
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    assert reopened == []  # opening it again waits for the backup
    gate.open()
    qtbot.waitUntil(lambda: not window.safety.busy, timeout=int(SAFETY * 1000))
    assert reopened == [False] and not old.lock.held
    assert gate.off_the_ui_thread
    [backup] = backups.list_backups(old.path)
    assert backups.summary(backup.path)["meetings"] == 3
    assert window.controller.store is other  # the new file was never disturbed


def test_the_window_can_wait_for_the_backup_before_it_closes(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = threaded
    assert window.controller is not None
    store = window.controller.store
    _delete_a_series(window)
    monkeypatch.setattr(backups, "take_automatic", gate.hold(backups.take_automatic))
    window.set_store(None)
    closed: list[bool] = []
    window.safety.when_idle(lambda: closed.append(store.lock.held))
    # What closing the window waits on is shown while it waits.
    [progress] = _progress_shown(window)
    assert progress.labelText() == "Backing up demo.groupkeeper…"
    assert closed == [] and store.lock.held
    gate.open()
    qtbot.waitUntil(lambda: bool(closed), timeout=int(SAFETY * 1000))
    assert closed == [False] and not _progress_shown(window)
    assert any(backups.summary(b.path)["meetings"] == 3 for b in backups.list_backups(store.path))


def test_closing_can_wait_for_the_backup_with_the_window_live(
    threaded: MainWindow, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    window = threaded
    assert window.controller is not None
    store = window.controller.store
    _delete_a_series(window)
    monkeypatch.setattr(backups, "take_automatic", gate.hold(backups.take_automatic))
    window.set_store(None)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    QTimer.singleShot(300, gate.open)  # on the UI thread: only a live event loop opens it
    window.safety.wait_until_idle()  # what the window's close does after closing its file
    timer.stop()
    assert not store.lock.held and not window.safety.busy and gate.off_the_ui_thread
    assert len(ticks) >= 10  # the window went on meanwhile
    assert any(backups.summary(b.path)["meetings"] == 3 for b in backups.list_backups(store.path))


def test_quitting_blocks_until_the_backup_is_written(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = threaded
    assert window.controller is not None
    store = window.controller.store
    for b in backups.list_backups(store.path):
        b.path.unlink()
    _delete_a_series(window)
    monkeypatch.setattr(backups, "take_automatic", gate.hold(backups.take_automatic))
    window.set_store(None)
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    letting_go = threading.Timer(0.2, gate.open)
    letting_go.start()
    started = time.monotonic()
    window.safety.finish_file_work()  # as the app's aboutToQuit does
    assert time.monotonic() - started >= 0.15
    assert not store.lock.held and not window.safety.busy
    [backup] = backups.list_backups(store.path)
    assert backups.summary(backup.path)["meetings"] == 3


def test_a_close_waits_for_an_op_still_reading_the_file(
    threaded: MainWindow, qtbot: QtBot, gate: Gate
) -> None:
    window = threaded
    assert window.controller is not None
    store = window.controller.store
    _delete_a_series(window)
    meetings: list[int] = []

    def reading(_progress: Progress) -> None:
        gate.hold(lambda: None)()
        with store.session() as s:  # as the export's prepare reads, in its own session
            meetings.append(len(service.list_series(s)))

    reader = Op(reading, lambda _r: None, "No").run(window.ctx)
    window.set_store(None)
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    time.sleep(0.1)
    assert store.lock.held  # not closed under the reader
    gate.open()
    qtbot.waitUntil(lambda: not window.safety.busy, timeout=int(SAFETY * 1000))
    assert reader.finished and meetings == [3] and not store.lock.held


# ---------------------------------------------------------------- the passphrase and copies


def test_protecting_the_file_and_opening_it_again_run_off_the_ui_thread(
    threaded: MainWindow, qtbot: QtBot, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    import groupkeeper.store

    window = threaded
    assert window.controller is not None
    path = window.controller.store.path
    monkeypatch.setattr(protection, "change_passphrase", gate.hold(protection.change_passphrase))
    opened_on: list[int] = []
    real_open = groupkeeper.store.open_store

    def open_store(*args: Any, **kwargs: Any) -> GroupStore:
        opened_on.append(threading.get_ident())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(groupkeeper.store, "open_store", open_store)
    window.safety.act_protect.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, NewPassphraseDialog)
    dialog.first.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    click_ok(dialog)
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    assert window.controller is None and not is_encrypted(path)
    gate.open()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=int(SAFETY * 1000))
    assert gate.off_the_ui_thread
    # Opened again in an op too: its checks read the whole file.
    assert opened_on and threading.get_ident() not in opened_on
    assert is_encrypted(path) and window.controller.store.passphrase == PASSPHRASE
    assert window.statusBar().currentMessage() == "The file is now protected."
    assert all(is_encrypted(b.path) for b in backups.list_backups(path))


def test_a_cancelled_hand_over_leaves_nothing_behind(
    threaded: MainWindow,
    qtbot: QtBot,
    gate: Gate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    window = threaded
    out = tmp_path / "stick" / "for-sam.groupkeeper"
    out.parent.mkdir()
    monkeypatch.setattr(window.prompts, "ask_save_path", lambda *a: out)

    def backup_copy(
        source: Path, target: Path, passphrase: str | None = None, progress: Any = None
    ) -> Path:
        progress(0, 100)  # the first step, then the test presses Cancel
        gate.hold(lambda: None)()
        return real_copy(source, target, passphrase, progress)

    monkeypatch.setattr(backups, "backup_copy", backup_copy)
    window.safety.act_handover.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, HandoverDialog)
    dialog.own.setChecked(False)
    click_ok(dialog)
    qtbot.waitUntil(gate.reached.is_set, timeout=int(SAFETY * 1000))
    qtbot.waitUntil(lambda: bool(_progress_shown(window)), timeout=5000)
    [progress] = _progress_shown(window)
    [cancel] = progress.findChildren(QPushButton)
    cancel.click()
    gate.open()
    qtbot.waitUntil(lambda: not window.safety.busy, timeout=int(SAFETY * 1000))
    assert list(out.parent.iterdir()) == []
    assert window.statusBar().currentMessage() == "Not saved: you pressed Cancel."
    assert notes == []


def test_work_on_one_file_waits_for_the_work_before_it(
    threaded: MainWindow, qtbot: QtBot, gate: Gate
) -> None:
    window = threaded
    assert window.controller is not None
    path = window.controller.store.path
    order: list[str] = []

    def first(_progress: Progress) -> None:
        gate.hold(lambda: None)()
        time.sleep(0.05)
        order.append("first")

    files = window.safety.files
    files.run(path, Op(first, lambda _r: None, "No"))
    files.run(path, Op(lambda _p: order.append("second"), lambda _r: None, "No"))
    files.run(
        Path("/elsewhere.groupkeeper"), Op(lambda _p: order.append("other"), lambda _r: None, "No")
    )
    qtbot.waitUntil(lambda: order == ["other"], timeout=5000)  # another file goes ahead
    assert files.is_busy(path)
    gate.open()
    qtbot.waitUntil(lambda: not files.busy, timeout=int(SAFETY * 1000))
    assert order == ["other", "first", "second"]
