"""Every section and every dialog can be used on a 1024×768 screen and on a 1366×768 one at
150 % (910×512 points), each less a task bar and the window's title bar: what is too big
scrolls, and nothing asks for more room than the screen has."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

import groupkeeper.ui
from groupkeeper import preferences
from groupkeeper.ui.kit import screen
from groupkeeper.ui.safety.dialogs import PassphraseDialog
from groupkeeper.ui.shell.welcome import WelcomeDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.ui.schedule.test_schedule_ui import first_row, select_series

TASK_BAR = 40
SCROLL_BAR = 24  # the page's own vertical scroll bar, and a margin
SCREENS = {
    "1024x768": QSize(1024, 768 - TASK_BAR),
    "1366x768 at 150%": QSize(1366 * 2 // 3, 768 * 2 // 3 - TASK_BAR),
}


def _contents(area: QSize) -> QSize:
    return QSize(area.width() - screen.FRAME.width(), area.height() - screen.FRAME.height())


def _fits(widget: QWidget, room: QSize, *, opened: bool = True) -> list[str]:
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    wrong = []
    if least.width() > room.width() or least.height() > room.height():
        wrong.append(f"needs at least {least.toTuple()}")
    if opened and (widget.width() > room.width() or widget.height() > room.height()):
        wrong.append(f"opens at {widget.size().toTuple()}")
    return wrong


@pytest.fixture(params=list(SCREENS))
def small_screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The screen's free area, as :mod:`~groupkeeper.ui.kit.screen` sees it."""
    area = SCREENS[request.param]
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, area.width(), area.height()))
    return _contents(area)


def _quiet(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every question a dialog-opening action might ask first is answered "no"."""
    for name, value in (
        ("ask_open_path", None), ("ask_save_path", None), ("ask_import_path", None),
        ("ask_choice", None), ("ask_attach_paths", []), ("ask_text", None),
        ("ask_passphrase", None), ("confirm", False),
    ):  # fmt: skip
        monkeypatch.setattr(window.prompts, name, lambda *_a, _v=value, **_k: _v)
    monkeypatch.setattr(window.prompts, "inform", lambda *_a, **_k: None)
    monkeypatch.setattr(window.prompts, "launch", lambda *_a, **_k: True)


def _every_dialog_class() -> set[type[QDialog]]:
    found: set[type[QDialog]] = set()
    for info in pkgutil.walk_packages(groupkeeper.ui.__path__, "groupkeeper.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("groupkeeper."):
                found.add(cls)
    return found


def test_every_dialog_of_ours_fits_the_screen_it_opens_on() -> None:
    assert {c.__name__ for c in _every_dialog_class() if not issubclass(c, screen.Dialog)} == set()


def _new_dialogs(window: MainWindow, seen: list[QDialog]) -> Iterator[QDialog]:
    QApplication.processEvents()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog not in seen:
            seen.append(dialog)  # kept, so a new dialog is never taken for a closed one
            yield dialog


def test_every_section_and_dialog_fits_a_small_screen(
    demo_window: MainWindow,
    small_screen: QSize,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    w = demo_window
    _quiet(w, monkeypatch)
    problems: dict[str, list[str]] = {}
    for key in w.SECTIONS:
        page = w.show_section(key)
        QApplication.processEvents()
        problems[f"section {key}"] = _fits(w, small_screen, opened=False)
        assert isinstance(w.sections.currentWidget(), QScrollArea)
        if small_screen.width() >= 1000:  # 1024 wide: no sideways scroll
            wide = page.minimumSizeHint().width()
            if wide > small_screen.width() - SCROLL_BAR:
                problems[f"section {key}"].append(f"scrolls sideways: {wide} px wide")
    opened: dict[str, QDialog] = {}
    seen: list[QDialog] = []

    def check(how: str) -> None:
        for dialog in _new_dialogs(w, seen):
            name = type(dialog).__name__
            opened[name] = dialog
            problems[f"{name} ({how})"] = _fits(dialog, small_screen)
            areas = dialog.findChildren(QScrollArea)
            body = areas[0].widget() if areas else None
            wide = body is not None and body.minimumSizeHint().width() > areas[0].viewport().width()
            if small_screen.width() >= 1000 and wide:  # 1024 wide: no sideways scroll
                problems[f"{name} ({how})"].append("scrolls sideways")

    def close_all() -> None:
        for dialog in opened.values():
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        QApplication.processEvents()

    skip = {"quit", "lock", "lock_now", "undo", "redo", "lock_minutes"}
    for key in w.registry._specs:
        if key not in skip and w.registry[key].isEnabled():
            w.registry[key].trigger()
            check(key)
            close_all()
    # Those that need something chosen first.
    w.show_view("upcoming")
    w.schedule.select_occurrence(first_row(w, "Tuesday Night Discussion"))
    for key in ("meeting_note", "move", "cancel", "meeting_packet"):
        w.registry[key].trigger()
        check(key)
        close_all()
    select_series(w, "Tuesday Night Discussion")
    w.registry["edit"].trigger()
    check("edit")
    close_all()
    w.registry["formats"].trigger()
    check("formats")
    formats: Any = opened["FormatsDialog"]
    formats.parts.setCurrentRow(0)
    formats.add_part()
    check("a part of the script")
    close_all()
    pairings = w.pairings_page
    w.show_section("pairings")
    pairings.candidate_view.selectRow(0)
    pairings.pair_button.click()
    check("pair")
    close_all()
    pairings.tabs.setCurrentIndex(pairings.MENTORS)
    pairings.views[pairings.MENTORS].selectRow(0)
    pairings.flows.edit_profile()
    check("profile")
    close_all()
    pairings.tabs.setCurrentIndex(pairings.ACTIVE)
    pairings.views[pairings.ACTIVE].selectRow(0)
    for button in (pairings.checkin_button, pairings.end_button):
        button.click()
        check(button.text())
        close_all()
    w.show_section("home")
    w.home_page.change_term()
    check("change a term")
    close_all()
    feed = tmp_path / "list.json"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: feed)
    w.registry["export_meeting_list"].trigger()
    close_all()
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    w.registry["import_meeting_list"].trigger()
    check("import_meeting_list")
    close_all()
    w.registry["send_changes"].trigger()
    check("send_changes")
    close_all()
    for alone in (WelcomeDialog(), PassphraseDialog(w, "Tuesday group", False)):
        alone.open()
        check("alone")
        close_all()
    roster_page = w.roster_page
    w.show_section("roster")
    roster_page.series.setCurrentIndex(roster_page.series.findText("Tuesday Night Discussion"))
    roster_page.edit_needs()
    check("needs")
    close_all()

    assert {k: v for k, v in problems.items() if v} == {}
    missing = {c.__name__ for c in _every_dialog_class()} - set(opened) - {
        "Dialog", "FormDialog", "SavingDialog", "RangeDialog",  # bases, never shown alone
    }  # fmt: skip
    assert missing == set()


def test_the_window_opens_inside_the_screen_and_remembers_its_size(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, 1024, 728))
    first: MainWindow = make_window(None)
    assert QRect(0, 0, 1024, 728).contains(first.frameGeometry())
    assert first.width() <= 1024 - screen.FRAME.width()
    first.resize(700, 500)
    first.close()
    assert preferences.window_geometry() is not None
    second: MainWindow = make_window(None)
    assert second.size().toTuple() == (700, 500)


def test_a_saved_size_bigger_than_the_screen_now_is_cut_to_it(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, 1400, 1000))
    big: MainWindow = make_window(None)
    big.resize(1300, 900)
    big.close()
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, 1024, 728))
    small: MainWindow = make_window(None)
    assert QRect(0, 0, 1024, 728).contains(small.geometry())


def test_a_damaged_saved_size_is_ignored(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from groupkeeper import configfile

    configfile.save(preferences.FILE, {"window_geometry": "not base64 at all!"})
    assert preferences.window_geometry() is None
    configfile.save(preferences.FILE, {"window_geometry": "AAAA"})  # base64, not a geometry
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, 1024, 728))
    window: MainWindow = make_window(None)
    assert window.size().toTuple() == (1024 - screen.FRAME.width(), 728 - screen.FRAME.height())


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_longer_words_do_not_make_a_dialog_scroll_sideways_at_1024(
    make_window: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    from groupkeeper.store import open_store
    from groupkeeper.ui import i18n
    from groupkeeper.ui.app import default_font

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    area = SCREENS["1024x768"]
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, area.width(), area.height()))
    font = app.font()
    app.setFont(default_font())  # the app's own, at least 10.5 pt, as make_app sets it
    try:
        assert i18n.install(app, language) == language
        w: MainWindow = make_window(open_store(demo_file))
        for key in ("add", "print", "add_member", "formats"):
            w.registry[key].trigger()
            QApplication.processEvents()
            dialog = w.ctx.dialog
            assert isinstance(dialog, QDialog)
            scroll = dialog.findChildren(QScrollArea)[0]
            body = scroll.widget()
            assert body is not None
            assert body.minimumSizeHint().width() <= scroll.viewport().width(), key
            if key == "add":  # the monthly rule shows the weeks of the month beside the days
                from groupkeeper.schedule.recurrence import RepeatKind

                kind = dialog.kind  # type: ignore[attr-defined]
                kind.setCurrentIndex(kind.findData(RepeatKind.MONTHLY_NTH))
                QApplication.processEvents()
                assert body.minimumSizeHint().width() <= scroll.viewport().width(), "monthly"
            dialog.done(QDialog.DialogCode.Rejected)
    finally:
        i18n.install(app, "en")
        app.setFont(font)
