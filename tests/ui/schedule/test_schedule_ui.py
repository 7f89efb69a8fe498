"""The window driven as a volunteer would: dialogs filled in, buttons clicked, undo pressed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from groupkeeper import recent
from groupkeeper.export.registry import Document
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Occurrence, Status
from groupkeeper.store import GroupStore
from groupkeeper.ui.app import save_screenshot
from groupkeeper.ui.export.dialog import ExportDialog
from groupkeeper.ui.schedule.dialogs import ChangeDateDialog, SeriesDialog
from groupkeeper.ui.schedule.models import UpcomingModel
from groupkeeper.ui.shell.welcome import WelcomeDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.ui.conftest import Notes, click_ok


def open_new_series_dialog(window: MainWindow) -> SeriesDialog:
    window.registry["add"].trigger()
    assert isinstance(window.ctx.dialog, SeriesDialog)
    return window.ctx.dialog


def rows(model: UpcomingModel) -> list[tuple[str, str, Status]]:
    out = []
    for r in range(model.rowCount()):
        o = model.occurrence(r)
        assert o is not None
        out.append((o.day.isoformat(), o.series_name, o.status))
    return out


def test_models_pass_the_model_tester(demo_window: MainWindow, qtmodeltester: object) -> None:
    for model in (
        demo_window.schedule.series_model,
        demo_window.schedule.upcoming_model,
        demo_window.schedule.month_model,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert demo_window.schedule.series_model.rowCount() == 4
    assert demo_window.schedule.upcoming_model.rowCount() > 10


def test_create_a_series_through_the_dialog_and_see_it_in_upcoming(
    make_window: Callable[[GroupStore | None], MainWindow], store: GroupStore, qtbot: QtBot
) -> None:
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Thursday Step Study")
    for i, box in enumerate(dialog.day_boxes):
        box.setChecked(i == 3)
    dialog.start_date.setDate(QDate(2026, 3, 5))
    dialog.start_time.setTime(QTime(18, 30))
    qtbot.keyClicks(dialog.place, "Library")
    dialog.set_format_checked("ST")
    dialog.set_format_checked("C")
    assert "Every Thursday" in dialog.summary.text() and "Next: Thu 5 Mar" in dialog.summary.text()
    click_ok(dialog)
    assert not dialog.isVisible()
    got = rows(window.schedule.upcoming_model)
    assert got[:2] == [
        ("2026-03-05", "Thursday Step Study", Status.SCHEDULED),
        ("2026-03-12", "Thursday Step Study", Status.SCHEDULED),
    ]
    assert len(got) == 8  # the next 8 weeks
    assert window.schedule.upcoming_model.index(0, UpcomingModel.FORMAT).data() == "C ST"
    assert window.schedule.upcoming_model.index(0, UpcomingModel.TIME).data() == "6:30 PM – 8:00 PM"
    assert window.schedule.series_model.rowCount() == 1
    # Said across the top of the window, not only in the status line at its foot.
    assert window.notice.text() == "Added Thursday Step Study. Ctrl+Z undoes."
    window.registry["undo"].trigger()
    assert (
        window.schedule.upcoming_model.rowCount() == 0
        and window.schedule.series_model.rowCount() == 0
    )
    window.registry["redo"].trigger()
    assert len(rows(window.schedule.upcoming_model)) == 8


def test_empty_name_and_bad_end_date_keep_the_dialog_open(
    make_window: Callable[[GroupStore | None], MainWindow], store: GroupStore
) -> None:
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    dialog.has_end.setChecked(True)
    dialog.end_date.setDate(QDate(2025, 1, 1))
    click_ok(dialog)
    assert dialog.isVisible()
    assert "Give the meeting a name." in dialog.errors.text()
    assert "is before the start date" in dialog.errors.text()
    with store.session() as s:
        assert service.list_series(s) == []


def test_every_other_week_counts_from_the_first_meeting_in_the_preview(
    make_window: Callable[[GroupStore | None], MainWindow], store: GroupStore
) -> None:
    """The first date defaults to today, often not a meeting day: the preview says which
    Monday "every other Monday" counts from, and lists the dates it will really have."""
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    for i, box in enumerate(dialog.day_boxes):
        box.setChecked(i == 0)
    dialog.interval.setValue(2)
    dialog.start_date.setDate(QDate(2027, 1, 6))  # a Wednesday
    text = dialog.summary.text()
    assert "Every other Monday" in text
    assert "Counting from the first meeting, Mon 11 Jan 2027." in text
    assert "Next: Mon 11 Jan, Mon 25 Jan, Mon 8 Feb, Mon 22 Feb" in text
    dialog.start_date.setDate(QDate(2027, 1, 11))  # a Monday: nothing to explain
    assert "Counting from" not in dialog.summary.text()


def test_fifth_weekday_rule_says_months_are_skipped(
    make_window: Callable[[GroupStore | None], MainWindow], store: GroupStore
) -> None:
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    dialog.kind.setCurrentIndex(1)  # monthly, nth weekday
    dialog.nth_boxes[4].setChecked(True)
    assert "Months without a fifth Monday are skipped." in dialog.summary.text()
    assert dialog.nths_row.isVisible() and not dialog.month_day.isVisible()


def test_duplicate_warning_asks_before_saving(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_new_series_dialog(demo_window)
    qtbot.keyClicks(dialog.name, "Another Tuesday")
    for i, box in enumerate(dialog.day_boxes):
        box.setChecked(i == 1)
    click_ok(dialog)
    assert asked and "'Tuesday Night Discussion' also meets at 19:00" in asked[0]
    assert dialog.isVisible() and demo_window.schedule.series_model.rowCount() == 4


def first_row(window: MainWindow, name: str, status: Status = Status.SCHEDULED) -> int:
    return next(
        i
        for i, r in enumerate(rows(window.schedule.upcoming_model))
        if r[1] == name and r[2] is status
    )


def occurrences(window: MainWindow) -> list[Occurrence]:
    model = window.schedule.upcoming_model
    return [o for o in map(model.occurrence, range(model.rowCount())) if o is not None]


def open_move_dialog(window: MainWindow, name: str) -> tuple[Occurrence, ChangeDateDialog]:
    """Select the first scheduled date of ``name`` in Upcoming and choose Move date."""
    row = first_row(window, name)
    occ = window.schedule.upcoming_model.occurrence(row)
    assert occ is not None
    window.schedule.select_occurrence(row)
    window.registry["move"].trigger()
    assert isinstance(window.ctx.dialog, ChangeDateDialog)
    return occ, window.ctx.dialog


def select_series(window: MainWindow, name: str) -> None:
    model = window.schedule.series_model
    row = next(r for r, rec in enumerate(model.records()) if rec.name == name)
    window.schedule.series_view.setCurrentIndex(model.index(row))


def test_cancel_a_date_strikes_it_through_with_its_note_and_undo(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    w = demo_window
    row = first_row(w, "Tuesday Night Discussion")
    day = rows(w.schedule.upcoming_model)[row][0]
    w.schedule.select_occurrence(row)
    assert w.registry["cancel"].isEnabled() and not w.registry["restore"].isEnabled()
    w.registry["cancel"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, ChangeDateDialog)
    qtbot.keyClicks(dialog.note, "Building closed for Thanksgiving")
    click_ok(dialog)
    row = next(
        i
        for i, r in enumerate(rows(w.schedule.upcoming_model))
        if r[0] == day and r[1] == "Tuesday Night Discussion"
    )
    model = w.schedule.upcoming_model
    assert model.occurrence(row).status is Status.CANCELLED  # type: ignore[union-attr]
    assert model.index(row, UpcomingModel.MEETING).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert (
        model.index(row, UpcomingModel.NOTE).data() == "Cancelled: Building closed for Thanksgiving"
    )
    assert w.registry["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert "Cancel Tuesday Night Discussion" in w.registry["undo"].text()
    w.registry["undo"].trigger()
    assert model.occurrence(row).status is Status.SCHEDULED  # type: ignore[union-attr]
    assert model.index(row, UpcomingModel.MEETING).data(Qt.ItemDataRole.FontRole) is None
    w.registry["redo"].trigger()
    assert model.occurrence(row).status is Status.CANCELLED  # type: ignore[union-attr]
    w.schedule.select_occurrence(row)
    w.registry["restore"].trigger()
    assert model.occurrence(row).status is Status.SCHEDULED  # type: ignore[union-attr]


def test_move_a_date(demo_window: MainWindow) -> None:
    w = demo_window
    original, dialog = open_move_dialog(w, "Women's Big Book Study")
    assert dialog.is_move
    new_day = original.day + timedelta(days=1)
    dialog.new_date.setDate(QDate(new_day.year, new_day.month, new_day.day))
    dialog.new_time.setTime(QTime(17, 0))
    dialog.note.setText("Library closes early")
    click_ok(dialog)
    moved = [
        o
        for o in occurrences(w)
        if o.original_date == original.day and o.series_id == original.series_id
    ]
    assert [(m.day, m.start, m.status) for m in moved] == [(new_day, time(17), Status.MOVED)]


def test_delete_asks_first_and_can_be_undone(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(w.prompts, "confirm", confirm)
    select_series(w, "Tuesday Night Discussion")
    cancelled_before = [r for r in rows(w.schedule.upcoming_model) if r[2] is Status.CANCELLED]
    w.registry["delete"].trigger()
    assert "Delete “Tuesday Night Discussion” (Every Tuesday)" in asked[0]
    assert w.schedule.series_model.rowCount() == 4
    w.registry["delete"].trigger()
    assert w.schedule.series_model.rowCount() == 3
    assert all(r[1] != "Tuesday Night Discussion" for r in rows(w.schedule.upcoming_model))
    w.registry["undo"].trigger()
    assert w.schedule.series_model.rowCount() == 4
    assert [
        r for r in rows(w.schedule.upcoming_model) if r[2] is Status.CANCELLED
    ] == cancelled_before


def test_edit_a_series_and_undo(demo_window: MainWindow) -> None:
    w = demo_window
    select_series(w, "Group Conscience")
    w.registry["edit"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, SeriesDialog)
    assert dialog.name.text() == "Group Conscience" and dialog.nth_boxes[0].isChecked()
    dialog.start_time.setTime(QTime(13, 0))
    click_ok(dialog)
    times = {o.start for o in occurrences(w) if o.series_name == "Group Conscience"}
    assert times == {time(13, 0)}
    w.registry["undo"].trigger()
    times = {o.start for o in occurrences(w) if o.series_name == "Group Conscience"}
    assert times == {time(12, 30)}


def test_month_view_and_navigation(demo_window: MainWindow) -> None:
    w = demo_window
    w.registry["month"].trigger()
    assert w.schedule.tabs.currentIndex() == 1
    assert w.schedule.month_title.text() == "March 2026"
    w.schedule.step_month(1)
    assert w.schedule.month_title.text() == "April 2026"
    model = w.schedule.month_model
    first, _ = model.grid_range()
    tuesday = first + timedelta(days=1)
    text = model.index(0, 1).data()
    assert text.startswith(str(tuesday.day)) and "7:00 PM Tuesday Night Discussion" in text
    w.schedule.step_month(-13)
    assert w.schedule.month_title.text() == "March 2025"
    w.schedule.show_month(date(2026, 12, 1))
    all_text = "\n".join(model.index(r, c).data() for r in range(6) for c in range(7))
    assert all_text  # the grid is filled
    w.schedule.step_month(1)
    assert w.schedule.month_title.text() == "January 2027"


def test_export_flyer_runs_off_the_ui_thread_path_and_offers_to_open(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    target = tmp_path / "out" / "flyer.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: target)
    w.registry["flyer"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, ExportDialog) and dialog.document() is Document.FLYER
    click_ok(dialog)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    box = w.ctx.dialog
    assert isinstance(box, QMessageBox) and "flyer.pdf" in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open PDF", "Open folder"}
    box.close()
    assert notes == []


def test_export_failure_is_reported_plainly(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: tmp_path / "gone" / "flyer.pdf")
    w.registry["flyer"].trigger()
    click_ok(w.ctx.dialog)
    assert notes and "does not exist" in notes[0][1]
    assert w.registry["flyer"].isEnabled()


def test_flyer_dialog_refuses_a_backwards_range(demo_window: MainWindow) -> None:
    demo_window.registry["flyer"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.flyer_last.setDate(QDate(2020, 1, 1))
    click_ok(dialog)
    assert dialog.isVisible() and "before the 'From' date" in dialog.errors.text()


def test_opening_a_bad_file_explains_and_keeps_the_open_one(
    demo_window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    bad = tmp_path / "minutes.groupkeeper"
    bad.write_text("not really")
    title = demo_window.windowTitle()
    assert "Elm Falls Hope Group — demo.groupkeeper" in title
    assert demo_window.open_file(bad) is False
    assert notes and "is not a GroupKeeper group file" in notes[0][1]
    assert demo_window.windowTitle() == title and demo_window.schedule.series_model.rowCount() == 4


def test_new_file_runs_the_welcome_dialog_and_opens_it(
    make_window: Callable[[GroupStore | None], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    w = make_window(None)
    assert w.stack.currentIndex() == 0 and not w.registry["add"].isEnabled()
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: tmp_path / "usb" / "new-group")
    (tmp_path / "usb").mkdir()
    w.registry["new_file"].trigger()
    welcome = w.ctx.dialog
    assert isinstance(welcome, WelcomeDialog)
    click_ok(welcome)
    assert welcome.isVisible() and "Give the group a name." in welcome.errors.text()
    qtbot.keyClicks(welcome.name, "Prairie Peer Support")
    welcome.kind.setCurrentIndex(1)
    welcome.day.setCurrentIndex(3)
    welcome.start.setTime(QTime(18, 0))
    qtbot.keyClicks(welcome.place, "Community Hall")
    click_ok(welcome)
    assert w.stack.currentIndex() == 1
    assert w.windowTitle().startswith("Prairie Peer Support — new-group.groupkeeper")
    assert rows(w.schedule.upcoming_model)[0] == (
        "2026-03-05",
        "Thursday meeting",
        Status.SCHEDULED,
    )
    assert recent.recent_files()[0] == (tmp_path / "usb" / "new-group.groupkeeper").resolve()
    w.files.fill_recent(w.recent_menu)
    assert "new-group.groupkeeper" in w.recent_menu.actions()[0].text()


def test_screenshot_is_1280_by_800(demo_window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    save_screenshot(demo_window, target, "month")
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert demo_window.schedule.tabs.currentIndex() == 1


def test_every_action_has_a_keyboard_route(demo_window: MainWindow) -> None:
    w = demo_window
    for action in (
        w.registry["new_file"],
        w.registry["open"],
        w.registry["print"],
        w.registry["packet"],
        w.registry["add"],
        w.registry["edit"],
        w.registry["delete"],
        w.registry["cancel"],
        w.registry["move"],
        w.registry["restore"],
        w.registry["upcoming"],
        w.registry["month"],
    ):
        assert not action.shortcut().isEmpty(), action.text()
    assert w.schedule.series_view.accessibleName() == "Meeting series"
    assert w.schedule.upcoming_view.accessibleName() == "Upcoming meetings"


def test_enter_confirms_the_welcome_and_flyer_dialogs(
    make_window: Callable[[GroupStore | None], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Keyboard route: typing the group's name and pressing Enter starts the group (it used to
    press Cancel, because a button added by hand lost the default when the dialog was shown)."""
    w = make_window(None)
    target = tmp_path / "keys.groupkeeper"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: target)
    w.registry["new_file"].trigger()
    welcome = w.ctx.dialog
    assert isinstance(welcome, WelcomeDialog)
    qtbot.keyClicks(welcome.name, "Keyboard Group")
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)
    assert target.exists() and w.windowTitle().startswith("Keyboard Group")
    pdf = tmp_path / "flyer.pdf"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: pdf)
    w.registry["flyer"].trigger()
    flyer = w.ctx.dialog
    assert isinstance(flyer, ExportDialog)
    qtbot.keyClick(flyer.flyer_first, Qt.Key.Key_Return)
    assert pdf.exists()
    assert isinstance(w.ctx.dialog, QMessageBox)  # the "Flyer saved" box
    w.ctx.dialog.close()


def test_buttons_follow_their_actions(demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    buttons = {b.text(): b for b in demo_window.findChildren(QPushButton)}
    demo_window.schedule.series_view.clearSelection()
    demo_window._sync_actions()
    assert not buttons["Edit…"].isEnabled() and not buttons["Cancel date…"].isEnabled()
    assert "(Ctrl+E)" in buttons["Edit…"].toolTip()
    demo_window.schedule.series_view.setCurrentIndex(demo_window.schedule.series_model.index(0))
    demo_window.schedule.select_occurrence(0)
    assert buttons["Edit…"].isEnabled() and buttons["Cancel date…"].isEnabled()


def test_add_a_group_format_from_the_series_dialog(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("LF", True), ("Living sober (literature)", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    dialog = open_new_series_dialog(demo_window)
    dialog.set_format_checked("O")
    dialog._add_format()
    assert dialog.checked_formats() == ("O", "LF")
    texts = [dialog.formats.item(r).text() for r in range(dialog.formats.rowCount())]
    assert (
        "LF — Living sober (literature)" in texts
        and "GC — Group conscience (business meeting)" in texts
    )
    assert (
        demo_window.controller is not None
        and demo_window.schedule.controller.format_labels()["LF"] == "Living sober (literature)"
    )


def test_move_suggests_the_next_day_so_save_works_at_once(demo_window: MainWindow) -> None:
    w = demo_window
    occ, dialog = open_move_dialog(w, "Tuesday Night Discussion")
    assert dialog.new_date.date().toPython() == occ.day + timedelta(days=1)
    click_ok(dialog)
    assert not dialog.isVisible()
    moved = w.schedule.upcoming_model.occurrence(
        first_row(w, "Tuesday Night Discussion", Status.MOVED)
    )
    assert moved is not None and moved.day == occ.day + timedelta(days=1)


def test_upcoming_shows_every_column_and_whole_dates_at_the_default_size(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QApplication

    from groupkeeper.ui.app import default_font

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    app.setFont(default_font())  # the font the app itself starts with
    try:
        demo_window.resize(1180, 760)  # the size a new window opens at
        demo_window.show_view("upcoming")
        qtbot.wait(50)
        view = demo_window.schedule.upcoming_view
        assert view.horizontalScrollBar().maximum() == 0  # Note and Place on screen
        model = demo_window.schedule.upcoming_model
        metrics = view.fontMetrics()
        assert model.rowCount() > 10
        for column in (0, 1, 3):  # date, time and format codes are never cut short
            widest = max(
                metrics.horizontalAdvance(str(model.index(row, column).data()))
                for row in range(model.rowCount())
            )
            assert widest + 8 <= view.columnWidth(column), model.headerData(
                column, Qt.Orientation.Horizontal
            )
    finally:
        app.setFont(before)
