"""Starting the app: first run asks about the group; a bad file is explained, not fatal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from groupkeeper import paths
from groupkeeper.group.service import get_group
from groupkeeper.schedule import service
from groupkeeper.store import open_store
from groupkeeper.ui import app as gapp
from groupkeeper.ui.shell.prompts import Prompts
from groupkeeper.ui.shell.welcome import WelcomeDialog
from groupkeeper.ui.shell.window import MainWindow

_loop: list[QEventLoop] = []


@pytest.fixture(autouse=True)
def local_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run run_gui's app.exec() as a local loop: quitting the real application would leave
    Qt's quit flag set and stop every later test's event loop (qtbot.wait) from running."""

    def run_loop(_app: object = None) -> int:
        loop = QEventLoop()
        _loop.append(loop)
        return loop.exec()

    monkeypatch.setattr(QApplication, "exec", run_loop)


def close_all_windows_soon() -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        _loop.pop().quit()

    QTimer.singleShot(50, close)


def test_first_run_asks_about_the_group_then_shows_its_schedule(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}
    real_exec = WelcomeDialog.exec

    def answer(dialog: WelcomeDialog) -> int:
        def fill() -> None:
            dialog.name.setText("Riverside Family Group")
            dialog.day.setCurrentIndex(2)
            dialog.place.setText("Riverside Library")
            dialog.accept()

        QTimer.singleShot(0, fill)
        return real_exec(dialog)

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["series"] = window.schedule.series_model.rowCount()
        real_show(window)
        close_all_windows_soon()

    monkeypatch.setattr(MainWindow, "show", show)
    assert gapp.run_gui(None) == 0
    target = paths.default_group_file()
    assert target.exists()
    assert seen == {"title": f"Riverside Family Group — {target.name} — GroupKeeper", "series": 1}
    with open_store(target) as st, st.session() as s:
        group = get_group(s)
        [series] = service.list_series(s)
    assert group is not None and group.name == "Riverside Family Group"
    assert series.when == "Every Wednesday" and series.data.location.name == "Riverside Library"


def test_cancelling_the_first_run_creates_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda _d: 0)
    assert gapp.run_gui(None) == 0
    assert not paths.default_group_file().exists()


def test_a_damaged_file_at_start_is_explained_and_the_app_stays_usable(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "group.groupkeeper"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = bad.read_bytes()
    told: list[str] = []
    seen: dict[str, object] = {}
    monkeypatch.setattr(Prompts, "notify", lambda _p, _title, text: told.append(text))
    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        seen["page"] = window.stack.currentIndex()
        real_show(window)
        close_all_windows_soon()

    monkeypatch.setattr(MainWindow, "show", show)
    assert gapp.run_gui(bad) == 0
    assert seen["page"] == 0  # the "no group file is open" page with New and Open
    assert told and "is not a GroupKeeper group file" in told[0]
    assert bad.read_bytes() == before


def test_a_problem_escaping_a_click_is_a_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from groupkeeper.errors import GroupKeeperError
    from groupkeeper.ui import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    problem = GroupKeeperError("“Add Zed” was not saved: the disk is full.")
    app._unexpected(GroupKeeperError, problem, None)
    assert shown == ["“Add Zed” was not saved: the disk is full."]


def test_home_shows_the_meeting_first_and_the_rest_after_the_first_paint(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """Start-up paints the next meeting and who serves before the topic and pairing counts
    are read; the rest follows as soon as the window has painted."""
    home = demo_window.home_page
    home.refresh()
    assert home.next_title.text() and home.serving.count() > 0
    assert home.next_topic.text() == ""  # not read yet
    qtbot.waitUntil(lambda: home.next_topic.text().startswith("Topic: "), timeout=2000)
    assert "waiting for a sponsor" in home.pairs_label.text()


def test_the_gui_imports_the_core_before_qt() -> None:
    """A fresh interpreter starting the window has the store and services loaded before
    PySide6 (less memory, a quicker start: bench/bench_startup.py)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from groupkeeper import startup\n"
        "startup.import_core()\n"
        "assert 'PySide6' not in sys.modules\n"
        "assert 'groupkeeper.roster.service' in sys.modules\n"
        "assert 'groupkeeper.store.registry' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    main = Path(gapp.__file__).parent.parent / "__main__.py"
    text = main.read_text(encoding="utf-8")
    assert text.index("startup.import_core()") < text.index("from groupkeeper.ui.app import")


def _titles_once_open(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window's title once it has opened its file (just after it is shown), then every
    window closes and run_gui returns."""
    titles: list[str] = []
    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        real_show(window)

        def note() -> None:
            titles.append(window.windowTitle())

        QTimer.singleShot(20, note)
        close_all_windows_soon()

    monkeypatch.setattr(MainWindow, "show", show)
    return titles


def test_a_second_laptop_opens_the_file_it_was_given_without_making_a_group(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    """The welcome on a computer with no group yet offers the file someone already has (a
    hand-over on a stick): it opens, and no throw-away group is made or reopened later."""
    monkeypatch.setattr(Prompts, "ask_open_path", lambda _p: demo_file)

    def answer(dialog: WelcomeDialog) -> int:
        assert not dialog.have_file.isHidden()  # offered on first run
        QTimer.singleShot(0, dialog.have_file.click)
        return real_exec(dialog)

    real_exec = WelcomeDialog.exec
    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    titles = _titles_once_open(monkeypatch)
    assert gapp.run_gui(None) == 0
    assert titles and titles[0].startswith("Elm Falls Hope Group — ")
    assert not paths.default_group_file().exists()  # nothing was made
    assert gapp.last_group_file() == demo_file.resolve()  # and it is what opens next time


def test_the_file_used_last_opens_at_start(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, demo_file: Path, tmp_path: Path
) -> None:
    from groupkeeper import recent

    gone = tmp_path / "usb" / "not-plugged-in.groupkeeper"
    recent.remember(demo_file)
    recent.remember(gone)  # newest, but the stick is not in: skipped
    assert gapp.last_group_file() == demo_file.resolve()
    titles = _titles_once_open(monkeypatch)
    assert gapp.run_gui(None) == 0
    assert titles and titles[0].startswith("Elm Falls Hope Group — ")


def test_new_group_from_the_menu_can_open_an_existing_file_instead(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, demo_file: Path, tmp_path: Path
) -> None:
    window = make_window(None)
    monkeypatch.setattr(window.prompts, "ask_save_path", lambda *_a: tmp_path / "new.groupkeeper")
    monkeypatch.setattr(window.prompts, "ask_open_path", lambda: demo_file)
    window.registry["new_file"].trigger()
    welcome = window.ctx.dialog
    assert isinstance(welcome, WelcomeDialog) and welcome.have_file.isVisible()
    welcome.have_file.click()
    assert window.controller is not None
    assert window.controller.store.path == demo_file.resolve()
    assert not (tmp_path / "new.groupkeeper").exists()
