"""Work handed to the real thread pool runs off the UI thread and reports back on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from groupkeeper.errors import GroupKeeperError
from groupkeeper.ui.work.workers import run_task


def test_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    ran_on: list[int] = []
    delivered: list[tuple[object, int]] = []

    def work() -> str:
        ran_on.append(threading.get_ident())
        return "flyer.pdf"

    run_task(
        QThreadPool(),
        work,
        lambda r: delivered.append((r, threading.get_ident())),
        lambda _m: None,
    )
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert ran_on and ran_on[0] != ui_thread
    assert delivered == [("flyer.pdf", ui_thread)]


def test_a_plain_error_is_delivered_as_its_message(qtbot: QtBot) -> None:
    failed: list[str] = []

    def work() -> None:
        raise GroupKeeperError("The folder /media/usb does not exist.")

    run_task(QThreadPool.globalInstance(), work, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed == ["The folder /media/usb does not exist."]


def test_a_full_disk_is_explained(qtbot: QtBot) -> None:
    failed: list[str] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    run_task(QThreadPool.globalInstance(), work, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed == [
        "Could not write the file (No space left on device). Check there is free space and the folder can be written to."
    ]
