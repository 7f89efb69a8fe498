"""One history for the open file, seen from the window: Ctrl+Z anywhere undoes the last
change wherever it was, shows where, and puts back every row it touched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from groupkeeper.ui.shell.window import MainWindow
from tests.dump import differences, dump
from tests.ui.schedule.test_schedule_ui import select_series


def ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_delete_a_series_then_ctrl_z_brings_back_its_turns_needs_and_notes(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    ctl = w.controller
    assert ctl is not None
    store = ctl.store
    w.show_section("roster")
    turns_before = len(w.roster_page.model.assigned)
    w.show_section("home")
    qtbot.waitUntil(lambda: w.home_page.next_topic.text() != "")
    topic_before = w.home_page.next_topic.text()
    assert topic_before.startswith("Topic: ")
    before = dump(store)
    monkeypatch.setattr(w.prompts, "confirm", lambda *_a: True)
    w.show_section("schedule")
    select_series(w, "Tuesday Night Discussion")
    w.registry["delete"].trigger()
    after = dump(store)
    assert differences(before, after)
    ctrl_z(qtbot, w)
    assert differences(before, dump(store)) == []
    w.show_section("roster")
    assert len(w.roster_page.model.assigned) == turns_before
    w.show_section("home")  # the topic comes just after the first paint
    qtbot.waitUntil(lambda: w.home_page.next_topic.text() == topic_before, timeout=2000)
    w.registry["redo"].trigger()
    assert differences(after, dump(store)) == []


def test_ctrl_z_on_the_roster_page_undoes_a_schedule_edit_and_says_so(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QTime

    from tests.ui.conftest import click_ok

    w = demo_window
    w.show_section("schedule")
    select_series(w, "Group Conscience")
    w.registry["edit"].trigger()
    dialog = w.ctx.dialog
    assert dialog is not None
    dialog.start_time.setTime(QTime(13, 0))  # type: ignore[attr-defined]
    click_ok(dialog)
    assert w.registry["undo"].text() == "&Undo Edit meeting Group Conscience"
    w.show_section("roster")
    ctrl_z(qtbot, w)
    assert w.section() == "schedule"  # shown where it was undone
    assert w.notice.text() == "Undid: Edit meeting Group Conscience"
    assert w.statusBar().currentMessage() == "Undid: Edit meeting Group Conscience"
    assert w.registry["redo"].text() == "&Redo Edit meeting Group Conscience"


def test_roster_member_and_library_changes_are_undone_in_turn(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    ctl = w.controller
    assert ctl is not None
    before = dump(ctl.store)
    page = w.roster_page
    w.show_section("roster")
    slot = next(iter(page.model.assigned))
    page.set_locked(slot, not page.model.assigned[slot].locked)
    assert w.registry["undo"].text().startswith("&Undo Lock ") or w.registry[
        "undo"
    ].text().startswith("&Undo Unlock ")
    w.show_section("library")
    monkeypatch.setattr(w.prompts, "confirm", lambda *_a: True)
    lib = w.library_page
    lib.view.selectRow(0)
    assert lib.current is not None
    title = lib.current.title
    lib.delete_items()
    assert w.registry["undo"].text() == f"&Undo Delete {title} from the library"
    w.show_section("home")
    ctrl_z(qtbot, w)
    assert w.section() == "library" and w.notice.text().startswith("Undid: Delete ")
    ctrl_z(qtbot, w)
    assert w.section() == "roster"
    assert differences(before, dump(ctl.store)) == []
    assert not w.registry["undo"].isEnabled() and w.registry["undo"].text() == "&Undo"


def test_an_undo_that_cannot_be_done_says_why_and_changes_nothing(
    demo_window: MainWindow, qtbot: QtBot, notes: list[tuple[str, str]]
) -> None:
    from sqlalchemy import text

    w = demo_window
    ctl = w.controller
    assert ctl is not None
    page = w.members_page
    w.show_section("members")
    ctl.write(
        "Edit member",
        lambda s: s.execute(text("UPDATE member SET phone = '555-0100' WHERE id = 1")),
        "members",
    )
    with ctl.store.session() as s, s.begin():  # as another program might
        s.execute(text("UPDATE member SET phone = '555-0199' WHERE id = 1"))
    before = dump(ctl.store)
    ctrl_z(qtbot, w)
    assert notes and notes[-1][0] == "Not undone" and "changed since" in notes[-1][1]
    assert differences(before, dump(ctl.store)) == []
    assert w.registry["undo"].isEnabled()
    assert page.isVisible()


def test_escape_in_a_half_filled_new_meeting_asks_before_dropping_the_typing(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupkeeper.ui.schedule.dialogs import SeriesDialog

    w = demo_window
    w.registry["add"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, SeriesDialog)
    answers = iter(["cancel", "discard"])
    asked: list[str] = []

    def answer(name: str) -> str:
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(dialog, "ask_unsaved", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # untouched: closes without a question
    assert not dialog.isVisible() and asked == []
    w.registry["add"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, SeriesDialog)
    monkeypatch.setattr(dialog, "ask_unsaved", answer)
    qtbot.keyClicks(dialog.name, "Friday Step Study")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["New meeting"] and dialog.isVisible()  # Cancel: the typing stays
    assert dialog.name.text() == "Friday Step Study"
    dialog.close()  # the window's close button asks too
    assert len(asked) == 2 and not dialog.isVisible()  # Discard
    assert w.schedule.series_model.rowCount() == 4


def test_save_from_the_question_saves_the_form(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupkeeper.ui.library.dialogs import ResourceDialog

    w = demo_window
    w.show_section("library")
    w.registry["new_reading"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, ResourceDialog)
    monkeypatch.setattr(dialog, "ask_unsaved", lambda _name: "save")
    qtbot.keyClicks(dialog.title, "Serenity")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert w.registry["undo"].text() == "&Undo Add Serenity to the library"
