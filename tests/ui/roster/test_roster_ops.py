"""The roster's slow work runs as ops: importing a member list reads, checks and adds off the
window's thread, with Cancel, as one undo step."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog

from groupkeeper.roster import importing
from groupkeeper.roster.rotation import Stop, Stopped
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import Notes

SAFETY = 20.0  # seconds a blocked worker waits before giving up (and failing the test)


@pytest.fixture
def pool(demo_window: MainWindow) -> Iterator[QThreadPool]:
    """A real thread pool for the window, as the app has."""
    real = QThreadPool()
    demo_window.ctx.pool = real
    yield real
    assert real.waitForDone(int(SAFETY * 1000) + 5000)


def _progress(window: MainWindow) -> QProgressDialog:
    """The progress of the op under way: the newest (older ones are closed and going)."""
    return window.findChildren(QProgressDialog)[-1]


# ---------------------------------------------------------------- importing members


def test_an_import_is_one_undo_step_on_members(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    told: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda _t, text: told.append(text))
    good = tmp_path / "good.csv"
    good.write_text("first_name,last_initial,roles\nRémi,D,Reader\nZoë,L,\n", encoding="utf-8")
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: good)
    demo_window.show_section("members")
    demo_window.registry["import_members"].trigger()
    assert notes == [] and told == ["Added 2 members from good.csv."]
    page = demo_window.members_page
    assert page.model.rowCount() == 27
    step = demo_window.ctx.data.store.history.next_undo
    assert step is not None and (step.label, step.section) == (
        "Import members from good.csv",
        "members",
    )
    assert demo_window.ctx.data.undo() is None
    assert page.model.rowCount() == 25


def test_an_import_can_be_cancelled_while_it_is_checked(
    qtbot: Any,
    demo_window: MainWindow,
    pool: QThreadPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    started = threading.Event()

    def slow_plan(_s: Any, _raw: bytes, *, stop: Stop | None = None) -> importing.ImportPlan:
        started.set()
        for _ in range(int(SAFETY / 0.005)):
            if stop is not None and stop.is_set():
                raise Stopped
            threading.Event().wait(0.005)
        raise AssertionError("the import was never told to stop")

    monkeypatch.setattr(importing, "plan_members", slow_plan)
    good = tmp_path / "good.csv"
    good.write_text("first_name\nRémi\n", encoding="utf-8")
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: good)
    history = demo_window.ctx.data.store.history
    before = history.next_undo
    demo_window.show_section("members")
    demo_window.registry["import_members"].trigger()
    assert started.wait(SAFETY)
    _progress(demo_window).canceled.emit()
    said = "Nothing was imported: you pressed Cancel."
    qtbot.waitUntil(lambda: demo_window.statusBar().currentMessage() == said, timeout=10_000)
    assert history.next_undo is before and notes == []
    assert demo_window.members_page.model.rowCount() == 25
