"""The Home, Members and Roster sections, driven with qtbot on the demo file."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from groupkeeper.roster import service as roster
from groupkeeper.roster.service import Blackout
from groupkeeper.ui.kit.tables import RecordRole
from groupkeeper.ui.roster.dialogs import FillDialog, MemberDialog, NeedsDialog
from groupkeeper.ui.roster.flows import RosterFlows
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import Notes, click_ok


def test_home_shows_the_next_meeting_and_who_serves(demo_window: MainWindow) -> None:
    assert demo_window.section() == "home"
    home = demo_window.home_page
    assert home.next_title.text().startswith("Tue 3 Mar 2026, 7:00 PM — Tuesday Night Discussion")
    assert "Secretary" in home.terms_label.text()
    labels = [home.serving.itemAt(i).widget().text() for i in range(home.serving.count())]  # type: ignore[union-attr]
    assert "Facilitator:" in labels and "Reader:" in labels


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    qtmodeltester.check(demo_window.members_page.model)
    qtmodeltester.check(demo_window.members_page.proxy)
    demo_window.show_section("roster")
    qtmodeltester.check(demo_window.roster_page.model)


def test_members_search_as_you_type(qtbot: Any, demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    assert page.proxy.rowCount() == 25
    qtbot.keyClicks(page.search, "Literature")
    names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert names and all(n for n in names) and page.proxy.rowCount() < 25
    assert "Elle M. (they/them)" in names


def _select_member(window: MainWindow, name: str) -> int:
    page = window.members_page
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r).name == name)  # type: ignore[union-attr]
    page.view.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    return page.model.record(row).id  # type: ignore[union-attr]


def test_a_blackout_on_a_rostered_date_is_flagged_and_replaced(
    qtbot: Any, demo_window: MainWindow, monkeypatch: Any
) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    demo_window.show_section("roster")
    model = demo_window.roster_page.model
    slot, turn = next(
        (k, a) for k, a in sorted(model.assigned.items()) if not a.locked and k.original > TODAY
    )
    name = model.names[turn.member_id]
    asked: list[str] = []

    def confirm(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    demo_window.show_section("members")
    _select_member(demo_window, name)
    demo_window.registry["edit_member"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.tabs.setCurrentIndex(2)
    from groupkeeper.ui.kit.forms import qdate

    dialog.away_from.setDate(qdate(slot.original))
    dialog.away_to.setDate(qdate(slot.original))
    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert dialog.blackouts.count() >= 1
    click_ok(dialog)
    assert asked and f"{name} is on the roster for turns they can no longer take" in asked[0]
    with ctl.store.session() as s:
        now = roster.assignment_at(s, slot)
    assert now is not None and now.member_id != turn.member_id  # replaced by someone free
    assert slot not in demo_window.roster_page.model.conflicts


def test_a_bad_blackout_is_refused_in_words(demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    _select_member(demo_window, "Ana R.")
    demo_window.registry["edit_member"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, MemberDialog)
    from groupkeeper.ui.kit.forms import qdate

    dialog.away_from.setDate(qdate(TODAY + timedelta(days=10)))
    dialog.away_to.setDate(qdate(TODAY + timedelta(days=3)))
    dialog.add_blackout()
    assert dialog.blackouts.count() == 0
    assert "ends (Thu 5 Mar 2026) before it starts (Thu 12 Mar 2026)" in dialog.errors.text()
    dialog.first.clear()
    click_ok(dialog)  # the time away typed but not added comes first: never dropped
    assert dialog.isVisible() and "before it starts" in dialog.errors.text()
    dialog.away_to.setDate(qdate(TODAY + timedelta(days=12)))
    click_ok(dialog)
    assert dialog.isVisible() and "first name" in dialog.errors.text()
    assert dialog.blackouts.count() == 1  # added by OK
    dialog.reject()


def test_fill_a_range_swap_a_cell_and_a_lock_survives_a_refill(
    demo_window: MainWindow, monkeypatch: Any
) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    monkeypatch.setattr(demo_window.prompts, "inform", lambda *_a: None)
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *_a: True)
    demo_window.registry["fill"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, FillDialog)
    dialog.replace.setChecked(True)
    click_ok(dialog)
    page = demo_window.roster_page
    assert demo_window.section() == "roster" and page.model.rowCount() > 10
    # Lock one cell by hand: choose someone from the cell's menu.
    slot = page.model.slot_at(2, 1)
    assert slot is not None
    menu = page.cell_actions(slot)
    picks = [
        a
        for a in menu.actions()
        if a.text() and not a.text().startswith(("Why", "Lock", "Unlock", "Leave"))
    ]
    chosen = picks[-1]
    chosen.trigger()
    locked = page.model.assigned[slot]
    assert locked.locked and chosen.text().startswith(("⚠ " + page.model.names[locked.member_id],
                                                       page.model.names[locked.member_id]))  # fmt: skip
    # Swap: put the facilitator of row 2 into the reader cell; they trade places.
    reader = next(s for s in page.model.meetings[2].slots() if s.role != slot.role)
    reader_before = page.model.assigned[reader].member_id
    page.assign(reader, locked.member_id)
    assert page.model.assigned[reader].member_id == locked.member_id
    assert page.model.assigned[slot].member_id == reader_before
    # Refill, choosing everyone again: the locked cells stay.
    kept = {k: a.member_id for k, a in page.model.assigned.items() if a.locked}
    first, last = page.span()
    demo_window.ctx.flow(RosterFlows).fill(first, last, replace=True)
    assert {k: page.model.assigned[k].member_id for k in kept} == kept


def test_needs_dialog_adds_a_role_and_the_matrix_grows(
    demo_window: MainWindow, monkeypatch: Any
) -> None:
    demo_window.show_section("roster")
    page = demo_window.roster_page
    columns = page.model.columnCount()
    page.series.setCurrentIndex(page.series.findText("Tuesday Night Discussion"))
    page.edit_needs()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, NeedsDialog)
    dialog.new_name.setText("Chip presenter")
    dialog.add_role()
    click_ok(dialog)
    assert page.model.columnCount() == columns + 1
    header = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "Chip presenter" in header
    assert page.model.open_count() > 0  # nobody is willing yet: open, and said so


def test_import_members_from_the_window(
    demo_window: MainWindow, tmp_path: Path, notes: Notes, monkeypatch: Any
) -> None:
    informed: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda _t, text: informed.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_bytes("first_name,roles\nPia,Juggler\n".encode("cp1252"))
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: bad)
    demo_window.registry["import_members"].trigger()
    assert (
        notes and notes[-1][0] == "Nothing was imported" and "Line 2: unknown role" in notes[-1][1]
    )
    good = tmp_path / "good.csv"
    good.write_text("first_name,last_initial\nRémi,D\n", encoding="utf-8")
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: good)
    demo_window.registry["import_members"].trigger()
    assert informed == ["Added 1 members from good.csv."]
    demo_window.show_section("members")
    assert demo_window.members_page.model.rowCount() == 26


def test_deleting_a_member_with_turns_asks_leave_open_or_refill(
    demo_window: MainWindow, monkeypatch: Any
) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    demo_window.show_section("members")
    member_id = _select_member(demo_window, "Ana R.")
    asked: list[list[str]] = []

    def choose(_title: str, _text: str, options: list[str]) -> int:
        asked.append(options)
        return 0

    monkeypatch.setattr(demo_window.prompts, "ask_choice", choose)
    demo_window.registry["delete_member"].trigger()
    assert asked == [["Delete and leave open", "Delete and refill"]]
    with ctl.store.session() as s:
        assert all(m.id != member_id for m in roster.list_members(s))
    assert demo_window.members_page.model.rowCount() == 24


def test_making_a_member_inactive_keeps_their_history(demo_window: MainWindow) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    with ctl.store.session() as s, s.begin():
        ana = next(m for m in roster.list_members(s) if m.name == "Ana R.")
        past = [
            a
            for a in roster.list_assignments(s).values()
            if a.member_id == ana.id and a.slot.original < TODAY
        ]
        roster.update_member(
            s, ana.id, replace(ana.data, active=False, blackouts=(Blackout(TODAY, TODAY),))
        )
        still = [
            a
            for a in roster.list_assignments(s).values()
            if a.member_id == ana.id and a.slot.original < TODAY
        ]
    assert past and still == past


def test_ok_adds_a_time_away_typed_but_not_added(demo_window: MainWindow, monkeypatch: Any) -> None:
    from groupkeeper.ui.kit.forms import qdate

    offered: list[str] = []  # her turns in those weeks: replacements are offered, as for Add

    def confirm(_title: str, text: str, _yes: str) -> bool:
        offered.append(text)
        return False

    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    demo_window.show_section("members")
    member_id = _select_member(demo_window, "Ana R.")
    demo_window.registry["edit_member"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.away_from.setDate(qdate(TODAY + timedelta(days=7)))
    dialog.away_to.setDate(qdate(TODAY + timedelta(days=21)))
    dialog.away_reason.setText("Visiting family")
    click_ok(dialog)  # without pressing Add
    assert not dialog.isVisible()
    ctl = demo_window.controller
    assert ctl is not None
    rec = ctl.read(lambda s: roster.get_member(s, member_id))
    assert [(b.first, b.last, b.reason) for b in rec.data.blackouts][-1] == (
        TODAY + timedelta(days=7),
        TODAY + timedelta(days=21),
        "Visiting family",
    )
    assert offered and "can no longer take" in offered[0]


def test_member_editor_labels_show_no_stray_ampersand(demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    demo_window.show_section("members")
    demo_window.registry["add_member"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, MemberDialog)
    [name] = [label for label in dialog.findChildren(QLabel) if "Name:" in label.text()]
    assert name.buddy() is dialog.first  # Alt+N reaches the field; the & is not drawn
    dialog.reject()


def test_export_roster_csv_from_the_window_asks_no_paper_size(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from groupkeeper.ui.schedule.dialogs import FlyerDialog

    out = tmp_path / "roster.csv"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    demo_window.registry["export_roster_csv"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, FlyerDialog) and dialog.paper is None
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None and "&Save CSV…" in [b.text() for b in box.buttons()]
    click_ok(dialog)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "date,time,meeting,role,member" and len(lines) > 10


def test_a_double_click_opens_one_cell_menu(qtbot: Any, demo_window: MainWindow) -> None:
    demo_window.show_section("roster")
    page = demo_window.roster_page
    index = page.model.index(0, 1)
    page.view.clicked.emit(index)
    first = page.menu
    assert first is not None and first.isVisible()
    page.view.activated.emit(index)  # the second half of a double-click
    assert page.menu is first
    first.close()


def test_a_pipe_chosen_as_the_member_list_is_refused_without_waiting(
    demo_window: MainWindow, tmp_path: Path, notes: Notes, monkeypatch: Any
) -> None:
    import os

    fifo = tmp_path / "members.csv"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: fifo)
    demo_window.registry["import_members"].trigger()
    assert notes and notes[-1][0] == "Could not read the file"
    assert "members.csv" in notes[-1][1]
    demo_window.show_section("members")
    assert demo_window.members_page.model.rowCount() == 25


def test_a_locked_turn_shows_a_drawn_padlock_not_an_emoji(demo_window: MainWindow) -> None:
    """🔒 is an empty box on a computer without an emoji font: the padlock is drawn, in the
    cell's own words' colour."""
    from PySide6.QtGui import QIcon

    demo_window.show_section("roster")
    model = demo_window.roster_page.model
    first = next(slot for slot, a in model.assigned.items() if a is not None and not a.locked)
    assert demo_window.controller is not None
    demo_window.controller.write("Lock", lambda s: roster.set_locked(s, first, True))
    demo_window.refresh()
    model = demo_window.roster_page.model
    locked = unlocked = None
    for row in range(model.rowCount()):
        for col in range(1, model.columnCount()):
            index = model.index(row, col)
            slot = model.data(index, RecordRole)
            a = model.assigned.get(slot) if slot is not None else None
            if a is not None and a.locked and locked is None:
                locked = index
            if a is not None and not a.locked and unlocked is None:
                unlocked = index
    assert locked is not None and unlocked is not None
    assert "🔒" not in str(model.data(locked, Qt.ItemDataRole.DisplayRole))
    icon = model.data(locked, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.pixmap(16, 16).toImage().isNull()
    image = icon.pixmap(16, 16).toImage()
    ink = model.data(locked, Qt.ItemDataRole.ForegroundRole).color()
    drawn = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    assert any(c.alpha() == 255 and c.rgb() == ink.rgb() for c in drawn)
    assert model.data(unlocked, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(locked, Qt.ItemDataRole.AccessibleTextRole).endswith(", locked")
