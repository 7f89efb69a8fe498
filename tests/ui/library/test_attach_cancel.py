"""Attaching can be stopped: Cancel on its progress, or closing the window, ends it at the next
check with the files attached so far kept; a pipe is never read; a long PDF says that only part
of it is searchable. (Issue 20, finding 6: a 5,000-page PDF kept "attach" busy for hours.)"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from groupkeeper.errors import GroupKeeperError
from groupkeeper.library import service as library
from groupkeeper.library import text
from groupkeeper.library.models import resource
from groupkeeper.library.text import CancelCheck, Cancelled
from groupkeeper.store import open_store
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import Notes
from tests.library.conftest import text_files
from tests.ui.library.test_library_ui import _drop, _page, _titles

SAFETY = 20.0  # seconds a slow file waits for Cancel before giving up (and failing the test)


@pytest.fixture
def pool(demo_window: MainWindow) -> Iterator[QThreadPool]:
    """A real thread pool for the window, as the app has, so Cancel can be pressed while a
    file is being read."""
    real = QThreadPool()
    demo_window.ctx.pool = real
    yield real
    assert real.waitForDone(int(SAFETY * 1000) + 5000)


@pytest.fixture
def slow_reading(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Reading the text of any file called slow.txt lasts until it is cancelled (then the real
    reader raises Cancelled, as it does between chunks). Set once that reading has begun."""
    started = threading.Event()
    real = text.read_words

    def read_words(data: bytes, file_name: str, *, cancelled: CancelCheck | None = None) -> Any:
        if file_name == "slow.txt":
            started.set()
            deadline = time.monotonic() + SAFETY
            while not (cancelled is not None and cancelled()) and time.monotonic() < deadline:
                time.sleep(0.005)
        return real(data, file_name, cancelled=cancelled)

    monkeypatch.setattr(library, "read_words", read_words)
    return started


def test_cancel_keeps_the_files_attached_before_it_as_one_undo_step(
    qtbot: Any,
    demo_window: MainWindow,
    pool: QThreadPool,
    slow_reading: threading.Event,
    tmp_path: Path,
    notes: Notes,
) -> None:
    page = _page(demo_window)
    ctl = demo_window.controller
    assert ctl is not None
    before = ctl.store.history.next_undo
    shown = set(_titles(page))
    assert _drop(page, text_files(tmp_path, "first.txt", "slow.txt", "third.txt"))
    assert slow_reading.wait(SAFETY)
    progress = page.files.progress
    assert progress is not None
    [cancel] = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    said = "Attached 1 of 3 files; stopped when you pressed Cancel."
    qtbot.waitUntil(lambda: demo_window.statusBar().currentMessage() == said, timeout=10_000)
    assert set(_titles(page)) - shown == {"first"}  # neither the slow file nor the one after
    assert page.current is not None and page.current.title == "first"
    assert notes == []  # a Cancel is not an error
    step = ctl.store.history.next_undo
    assert step is not None and step is not before and step.label == "Attach 3 files"
    demo_window.history.undo()
    assert set(_titles(page)) == shown
    assert ctl.store.history.next_undo is before


def test_closing_the_window_during_an_attach_stops_it_promptly(
    qtbot: Any,
    demo_window: MainWindow,
    pool: QThreadPool,
    slow_reading: threading.Event,
    tmp_path: Path,
    demo_file: Path,
    notes: Notes,
) -> None:
    page = _page(demo_window)
    assert _drop(page, text_files(tmp_path, "first.txt", "slow.txt"))
    assert slow_reading.wait(SAFETY)
    began = time.monotonic()
    demo_window.close()
    assert time.monotonic() - began < 5  # not SAFETY: the close stopped the reading
    assert pool.activeThreadCount() == 0 and demo_window.controller is None
    qtbot.wait(50)  # the task's late "done" reaches a window whose file is closed: ignored
    assert notes == []
    store = open_store(demo_file)
    try:
        with store.session() as s:
            titles = set(s.scalars(select(resource.c.title)))
    finally:
        store.close()
    assert "first" in titles and "slow" not in titles


def test_a_dropped_pipe_is_refused_without_being_read(
    demo_window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    page = _page(demo_window)
    rows = page.model.rowCount()
    pipe = tmp_path / "agenda.pdf"
    os.mkfifo(pipe)  # opening it to read would wait for a writer forever
    [ok] = text_files(tmp_path, "agenda notes.txt")
    assert _drop(page, [pipe, ok])
    assert notes == [
        (
            "Not attached",
            "agenda.pdf is not an ordinary file (it may be a device or a pipe), so it cannot be attached.",
        )
    ]
    assert page.model.rowCount() == rows + 1
    assert page.current is not None and page.current.title == "agenda notes"
    # Below the window too (the command line, or a pipe put in a file's place after the drop).
    with pytest.raises(GroupKeeperError, match=r"^agenda\.pdf is not a file that can be attached"):
        library.prepare(pipe)


def _long_pdf(pages: int) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(612, 792))
    for n in range(1, pages + 1):
        pdf.drawString(72, 700, f"Page {n} word{n}x")
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_a_long_pdf_attaches_and_says_only_part_is_searchable(
    qtbot: Any,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    monkeypatch.setattr(text, "MAX_PAGES", 5)  # as 500 of 5,000, a hundred times quicker
    monkeypatch.setattr(text, "MAX_SECONDS", 60.0)  # a slow machine must not change the note
    page = _page(demo_window)
    pdf = tmp_path / "Big book.pdf"
    pdf.write_bytes(_long_pdf(40))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        demo_window.prompts, "inform", lambda title, said: told.append((title, said))
    )
    assert _drop(page, [pdf])
    assert told == [
        (
            "Attached, partly searchable",
            "Big book.pdf: Its text is searchable up to page 5 of 40 only: the file is long.",
        )
    ]
    assert demo_window.statusBar().currentMessage() == "Attached Big book.pdf."
    assert notes == []
    qtbot.keyClicks(page.search, "word3x")
    assert _titles(page) == ["Big book"]
    page.search.clear()
    qtbot.keyClicks(page.search, "word30x")
    assert "Big book" not in _titles(page)


def test_prepare_stops_reading_when_cancelled(tmp_path: Path) -> None:
    """What the worker relies on: ``prepare`` raises Cancelled at its first check."""
    [path] = text_files(tmp_path, "minutes.txt")
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(Cancelled):
        library.prepare(path, cancelled=cancelled)
    assert asked == [True]
    found = library.prepare(path, cancelled=lambda: False)
    assert found.text == "The words of minutes.txt, kept for search." and not found.note


def test_a_dropped_folder_is_refused_in_the_services_words_and_nothing_starts(
    demo_window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    from groupkeeper.library.attaching import refusal

    page = _page(demo_window)
    rows = page.model.rowCount()
    before = page.ctx.data.store.history.next_undo
    folder = tmp_path / "handouts"
    folder.mkdir()
    assert _drop(page, [folder])
    assert notes == [("Not attached", "handouts is a folder; attach the files inside it.")]
    assert notes[0][1] == refusal(folder)
    assert page.model.rowCount() == rows and page.files.progress is None
    assert page.ctx.data.store.history.next_undo is before
