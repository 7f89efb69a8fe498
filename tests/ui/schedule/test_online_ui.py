"""Online and hybrid meetings in the window: chosen in the series editor with their link and
dial-in, refused in words when those are missing or wrong, and shown in Upcoming and the
list of meetings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QTime
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QScrollArea
from pytestqt.qtbot import QtBot

from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Attendance, Location, Online
from groupkeeper.store import GroupStore
from groupkeeper.ui.kit import screen
from groupkeeper.ui.schedule.dialogs import SeriesDialog
from groupkeeper.ui.schedule.models import UpcomingModel
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import series_input
from tests.ui.conftest import click_ok
from tests.ui.schedule.test_schedule_ui import open_new_series_dialog, select_series

LINK = "https://zoom.us/j/81234567890"
MakeWindow = Callable[[GroupStore | None], MainWindow]


def new_thursday(
    make_window: MakeWindow,
    store: GroupStore,
    qtbot: QtBot,
    attendance: Attendance,
    name: str = "Thursday Hybrid",
) -> tuple[MainWindow, SeriesDialog]:
    """The window, and its new-meeting dialog filled in for Thursdays at 7 with ``attendance``."""
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    qtbot.keyClicks(dialog.name, name)
    for i, box in enumerate(dialog.day_boxes):
        box.setChecked(i == 3)
    dialog.start_date.setDate(QDate(2026, 3, 5))
    dialog.start_time.setTime(QTime(19, 0))
    dialog.attendance.buttons[attendance].click()
    return window, dialog


def saved(store: GroupStore) -> list[service.SeriesRecord]:
    with store.session() as s:
        return service.list_series(s)


def test_a_hybrid_meeting_is_made_in_the_dialog_saved_and_shown(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot, qtmodeltester: Any
) -> None:
    window, dialog = new_thursday(make_window, store, qtbot, Attendance.IN_PERSON)
    assert not dialog.online.isVisible()
    qtbot.keyClicks(dialog.place, "Library")
    qtbot.keyClicks(dialog.address, "12 Main St")
    dialog.attendance.buttons[Attendance.HYBRID].click()
    assert dialog.online.isVisible() and dialog.place.isVisible()
    qtbot.keyClicks(dialog.online.url, LINK)
    qtbot.keyClicks(dialog.online.url_notes, "Passcode 1234")
    qtbot.keyClicks(dialog.online.phone, "+1 646 558 8656")
    qtbot.keyClicks(dialog.online.phone_notes, "Meeting ID 812 3456 7890#")
    click_ok(dialog)
    assert not dialog.isVisible()

    (record,) = saved(store)
    with store.session() as s:
        data = service.get_series(s, record.id).data
    assert data.online == Online(
        Attendance.HYBRID, LINK, "Passcode 1234", "+1 646 558 8656", "Meeting ID 812 3456 7890#"
    )
    assert (data.location.name, data.location.address) == ("Library", "12 Main St")

    model = window.schedule.upcoming_model
    qtmodeltester.check(model)
    assert model.index(0, UpcomingModel.PLACE).data() == "Library, 12 Main St (and online)"
    tip = model.index(0, UpcomingModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "In person and online" in tip
    assert f"Link: {LINK} (Passcode 1234)" in tip
    assert "Dial-in: +1 646 558 8656 (Meeting ID 812 3456 7890#)" in tip
    mark = model.index(0, UpcomingModel.MEETING).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(mark, QIcon) and not mark.isNull()
    assert model.index(0, UpcomingModel.DATE).data(Qt.ItemDataRole.DecorationRole) is None
    meeting = model.index(0, UpcomingModel.MEETING)
    assert meeting.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Thursday Hybrid, In person and online"
    )
    listed = window.schedule.series_model.index(0).data()
    assert listed.splitlines() == [
        "Thursday Hybrid",
        "Every Thursday, 7:00 PM",
        "In person and online",
    ]


def test_an_online_meeting_reads_online_and_its_address_is_the_town(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot
) -> None:
    window, dialog = new_thursday(
        make_window, store, qtbot, Attendance.IN_PERSON, "Thursday Online"
    )
    qtbot.keyClicks(dialog.place, "Typed, then hidden")
    dialog.attendance.buttons[Attendance.ONLINE].click()
    # Only the address stays, as the town it meets from.
    assert not dialog.place.isVisible() and not dialog.room.isVisible()
    assert not dialog.directions.isVisible() and not dialog.accessibility.isVisible()
    assert dialog.address.isVisible() and dialog.address_hint.isVisible()
    assert "town or city" in dialog.address_hint.text()
    qtbot.keyClicks(dialog.address, "Elm Falls")
    qtbot.keyClicks(dialog.online.url, LINK)
    click_ok(dialog)
    (record,) = saved(store)
    assert record.data.online.attendance is Attendance.ONLINE
    assert record.data.location.address == "Elm Falls"
    assert record.data.location.name == ""  # typed out of sight: not saved
    model = window.schedule.upcoming_model
    assert model.index(0, UpcomingModel.PLACE).data() == "Online"
    assert window.schedule.series_model.index(0).data().splitlines()[-1] == "Online"


def test_in_person_hides_the_online_fields(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot
) -> None:
    window = make_window(store)
    dialog = open_new_series_dialog(window)
    # A new meeting is in person until said otherwise.
    assert dialog.attendance.value() is Attendance.IN_PERSON and not dialog.online.isVisible()
    dialog.attendance.buttons[Attendance.HYBRID].click()
    assert dialog.online.isVisible() and not dialog.address_hint.isVisible()
    qtbot.keyClicks(dialog.online.url, "javascript:alert(1)")  # out of sight in a moment
    dialog.attendance.buttons[Attendance.IN_PERSON].click()
    assert not dialog.online.isVisible() and not dialog.online.url.isVisible()
    assert dialog.place.isVisible() and dialog.room.isVisible()
    qtbot.keyClicks(dialog.name, "Thursday In Person")
    click_ok(dialog)
    assert not dialog.isVisible()  # the hidden link neither stops the save nor is saved
    (record,) = saved(store)
    assert record.data.online == Online()
    model = window.schedule.upcoming_model
    assert model.index(0, UpcomingModel.MEETING).data(Qt.ItemDataRole.DecorationRole) is None
    assert "Link" not in model.index(0, UpcomingModel.DATE).data(Qt.ItemDataRole.ToolTipRole)


def test_online_with_no_link_and_no_phone_keeps_the_dialog_open(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot
) -> None:
    _window, dialog = new_thursday(make_window, store, qtbot, Attendance.ONLINE)
    click_ok(dialog)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert "needs a link or a dial-in number" in dialog.errors.text()
    assert saved(store) == []


def test_a_link_that_is_not_a_web_link_is_refused_in_words(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot
) -> None:
    _window, dialog = new_thursday(make_window, store, qtbot, Attendance.HYBRID)
    qtbot.keyClicks(dialog.online.url, "javascript:alert(1)")
    click_ok(dialog)
    assert dialog.isVisible()
    assert "The meeting link must start with https://" in dialog.errors.text()
    assert saved(store) == []
    dialog.online.url.setText(LINK)
    click_ok(dialog)
    assert not dialog.isVisible() and saved(store)[0].data.online.url == LINK


IMPORTED = series_input(
    location=Location(
        "St. Brigid's Hall", "412 Maple St", "Lower hall", "", "Ramp at side door",
        latitude=45.42, longitude=-75.69, region="Ottawa", sub_region="Centretown",
    ),
    online=Online(Attendance.HYBRID, LINK, "Passcode 1234", "+1 613 555 0100", "ID 1#"),
    slugs=((1, "tuesday-night-discussion"),),
)  # fmt: skip


def edit_imported(make_window: MakeWindow, store: GroupStore) -> tuple[MainWindow, SeriesDialog]:
    with store.session() as s, s.begin():
        service.create_series(s, IMPORTED)
    window = make_window(store)
    select_series(window, IMPORTED.name)
    window.registry["edit"].trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, SeriesDialog)
    return window, dialog


def test_editing_an_imported_meeting_keeps_what_the_dialog_does_not_show(
    make_window: MakeWindow, store: GroupStore
) -> None:
    _window, dialog = edit_imported(make_window, store)
    assert dialog.attendance.value() is Attendance.HYBRID
    assert dialog.online.url.text() == LINK and dialog.online.phone_notes.text() == "ID 1#"
    dialog.name.setText("Tuesday Night")
    click_ok(dialog)
    (record,) = saved(store)
    assert record.data == replace(IMPORTED, name="Tuesday Night")


@pytest.mark.parametrize(
    ("attendance", "address", "kept"),
    [
        # In person keeps the link it had, so switching back finds it.
        (Attendance.IN_PERSON, IMPORTED.location.address,
         replace(IMPORTED, online=replace(IMPORTED.online, attendance=Attendance.IN_PERSON))),
        # Online only keeps the room; its address becomes the town.
        (Attendance.ONLINE, "Ottawa",
         replace(IMPORTED, location=replace(IMPORTED.location, address="Ottawa"),
                 online=replace(IMPORTED.online, attendance=Attendance.ONLINE))),
    ],
)  # fmt: skip
def test_a_choice_that_hides_fields_keeps_what_they_held(
    make_window: MakeWindow,
    store: GroupStore,
    attendance: Attendance,
    address: str,
    kept: service.SeriesInput,
) -> None:
    _window, dialog = edit_imported(make_window, store)
    dialog.attendance.buttons[attendance].click()
    dialog.address.setText(address)
    click_ok(dialog)
    (record,) = saved(store)
    assert record.data == kept  # map position and slugs too


def test_undo_and_redo_the_add_of_a_hybrid_meeting(
    make_window: MakeWindow, store: GroupStore, qtbot: QtBot
) -> None:
    window, dialog = new_thursday(make_window, store, qtbot, Attendance.HYBRID)
    qtbot.keyClicks(dialog.online.phone, "+1 646 558 8656")
    click_ok(dialog)
    assert "Add meeting Thursday Hybrid" in window.registry["undo"].text()
    window.registry["undo"].trigger()
    assert saved(store) == [] and window.schedule.upcoming_model.rowCount() == 0
    window.registry["redo"].trigger()
    (record,) = saved(store)
    assert record.data.online == Online(Attendance.HYBRID, phone="+1 646 558 8656")
    place = window.schedule.upcoming_model.index(0, UpcomingModel.PLACE).data()
    assert place == "In person and online"  # no place given: said in words


def test_how_to_join_is_offered_and_copied_from_upcoming(
    make_window: MakeWindow, store: GroupStore
) -> None:
    with store.session() as s, s.begin():
        service.create_series(s, IMPORTED)
        service.create_series(s, series_input(name="Plain Monday", repeat=IMPORTED.repeat))
    window = make_window(store)
    page = window.schedule
    view = page.upcoming_view
    model = page.upcoming_model
    offered: dict[str, list[str]] = {}
    for row in range(2):
        occ = model.occurrence(row)
        assert occ is not None
        view.customContextMenuRequested.emit(view.visualRect(model.index(row, 0)).center())
        menu = page.findChildren(QMenu)[-1]
        offered[occ.series_name] = [a.text() for a in menu.actions()]
        menu.close()
    assert "Copy how to join" in offered[IMPORTED.name]
    assert "Copy how to join" not in offered["Plain Monday"]
    occ = next(o for o in map(model.occurrence, range(2)) if o and o.series_name == IMPORTED.name)
    page.copy_how_to_join(occ)
    assert QGuiApplication.clipboard().text().splitlines() == [
        IMPORTED.name, f"Link: {LINK} (Passcode 1234)", "Dial-in: +1 613 555 0100 (ID 1#)"
    ]  # fmt: skip
    assert window.notice.text() == f"How to join {IMPORTED.name} is copied."
    assert view.itemDelegateForColumn(UpcomingModel.MEETING) is not None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_hybrid_editor_fits_1024_by_768_without_scrolling_sideways(
    make_window: MakeWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """All of it, in person and hybrid: the link's fields come in beside the formats, not
    under the place."""
    from groupkeeper.store import open_store
    from groupkeeper.ui import i18n
    from groupkeeper.ui.app import default_font

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(screen, "available", lambda _w: QRect(0, 0, 1024, 728))
    font = app.font()
    app.setFont(default_font())
    try:
        assert i18n.install(app, language) == language
        window = make_window(open_store(demo_file))
        window.registry["add"].trigger()
        dialog = window.ctx.dialog
        assert isinstance(dialog, SeriesDialog)
        scroll = dialog.findChildren(QScrollArea)[0]
        body = scroll.widget()
        assert body is not None
        for attendance in Attendance:
            dialog.attendance.set_value(attendance)
            QApplication.processEvents()
            least = body.minimumSizeHint()
            assert least.width() <= scroll.viewport().width(), attendance
            if language == "en":  # the longer languages' words may scroll it down a little
                assert body.sizeHint().height() <= scroll.viewport().height(), attendance
        dialog.done(QDialog.DialogCode.Rejected)
    finally:
        i18n.install(app, "en")
        app.setFont(font)
