"""Calendars and meeting lists in the window: File > Export > Calendar (.ics) and Meeting list,
and File > Import > Meetings from a meeting list, with its filter, ticks and undo."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from groupkeeper.interchange import ics
from groupkeeper.interchange.meeting_guide import read_feed
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore
from groupkeeper.ui.interchange.dialogs import CalendarDialog, FeedModel, MeetingListDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import TODAY
from tests.ui.conftest import Notes, click_ok


def _entry(n: int, group: str, **fields: Any) -> dict[str, Any]:
    entry = {
        "name": f"Meeting {n}", "slug": f"m-{n}", "day": n % 7, "time": "19:00",
        "end_time": "20:00", "location": f"Hall {n}", "group": group, "types": ["O", "D"],
        "formatted_address": f"{n} Main St, Springfield",
    }  # fmt: skip
    entry.update(fields)
    return entry


def _masters(path: Path) -> list[Any]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e]


def test_export_calendar_of_every_meeting(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    out = tmp_path / "group.ics"
    asked: list[Path] = []

    def ask(_title: str, default: Path, _filters: str) -> Path:
        asked.append(default)
        return out

    monkeypatch.setattr(w.prompts, "ask_save_path", ask)
    w.registry["export_ics"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, CalendarDialog)
    assert dialog.everything.isChecked() and not dialog.member.isEnabled()
    click_ok(dialog)
    assert asked[0].name == "Elm Falls Hope Group meetings.ics"
    assert len(_masters(out)) == 4
    box = w.ctx.dialog
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Calendar saved"
    assert "Open in calendar" in [b.text() for b in box.buttons()]
    box.close()
    assert notes == []


def test_export_one_members_service_dates(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    out = tmp_path / "mine.ics"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: out)
    w.registry["export_ics"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, CalendarDialog)
    dialog.mine.setChecked(True)
    assert dialog.member.isEnabled()
    dialog.member.setCurrentIndex(dialog.member.findText("Grace H."))
    member_id = dialog.member_id()
    assert member_id is not None
    click_ok(dialog)
    assert w.controller is not None
    want = w.controller.read(lambda s: ics.service_data(s, member_id, TODAY))
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == len(want.turns) > 0
    assert notes == []
    assert isinstance(w.ctx.dialog, QMessageBox)
    w.ctx.dialog.close()


def test_a_member_with_no_turns_is_told_so(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    assert w.controller is not None
    new = w.controller.write(
        "Add Zed", lambda s: roster.create_member(s, roster.MemberInput("Zed"))
    )
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: pytest.fail("nothing to save"))
    w.registry["export_ics"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, CalendarDialog)
    dialog.mine.setChecked(True)
    dialog.member.setCurrentIndex(dialog.member.findData(new.id))
    click_ok(dialog)
    assert notes and notes[0][0] == "No service dates" and "Zed has no turns" in notes[0][1]


def test_export_meeting_list_says_what_it_could_not_say(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    out = tmp_path / "list.json"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: out)
    w.registry["export_meeting_list"].trigger()
    entries = json.loads(out.read_text())
    assert len(entries) == 3 and {e["day"] for e in entries} == {0, 2, 4}
    assert notes and notes[0][0] == "Saved, with something to check"
    assert "'Group Conscience' is not weekly" in notes[0][1]
    assert isinstance(w.ctx.dialog, QMessageBox) and w.ctx.dialog.windowTitle() == "File saved"
    w.ctx.dialog.close()


def _import_dialog(w: MainWindow, monkeypatch: pytest.MonkeyPatch, feed: Path) -> MeetingListDialog:
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    w.registry["import_meeting_list"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, MeetingListDialog)
    return dialog


def test_import_finds_the_groups_meetings_and_undo_takes_them_back(
    make_window: Callable[[GroupStore | None], MainWindow],
    store: GroupStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    w = make_window(store)
    informed: list[str] = []
    monkeypatch.setattr(w.prompts, "inform", lambda _t, text: informed.append(text))
    entries = [_entry(n, f"Group {n // 2}") for n in range(400)]
    entries[77]["location"] = "Knox United Church"
    entries += [
        _entry(900, "Tuesday Hope Group", name="Hope on Tuesday", day=2, time="7:30 PM"),
        _entry(901, "Tuesday Hope Group", name="Hope on Friday", day=5, types=["O", "NEWCODE"]),
    ]
    feed = tmp_path / "area.json"
    feed.write_text(json.dumps(entries))
    dialog = _import_dialog(w, monkeypatch, feed)
    # The list names this group: its meetings are found at once.
    assert dialog.search.text() == "Tuesday Hope Group"
    assert dialog.model.rowCount() == 2
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing ticked yet
    assert "'7:30 PM' was read as 19:30" in dialog.notes.toPlainText()
    dialog.search.setText("knox church")  # place names find meetings too, any word order
    assert [dialog.model.meeting(r).name for r in range(dialog.model.rowCount())] == ["Meeting 77"]
    dialog.search.setText("Tuesday Hope")
    first = dialog.model.index(0, 0)
    assert dialog.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ok.isEnabled() and ok.text() == "&Import 1 meeting"
    dialog.untick_all.click()
    assert not ok.isEnabled()
    dialog.tick_all.click()
    dialog.search.setText("")  # ticks survive the filter changing
    assert len(dialog.model.chosen) == 2
    click_ok(dialog)
    assert w.controller is not None
    names = sorted(r.name for r in w.schedule.controller.series())
    assert names == ["Hope on Friday", "Hope on Tuesday"]
    assert w.controller.read(lambda s: schedule.format_labels(s))["NEWCODE"] == "NEWCODE"
    assert "Added 2 meetings" in informed[0] and "NEWCODE" in informed[0]
    assert w.schedule.series_model.rowCount() == 2  # the window shows them
    gateway, ctl = w.ctx.data, w.schedule.controller
    rename = "Rename NEWCODE"
    gateway.write(rename, lambda s: schedule.add_custom_format(s, "NEWCODE", "Newcomers' night"))
    assert gateway.undo() is None  # the rename, first: one history, newest first
    assert ctl.format_labels()["NEWCODE"] == "NEWCODE"
    assert gateway.undo() is None  # then the import
    assert ctl.series() == []
    assert w.schedule.series_model.rowCount() == 0
    assert "NEWCODE" not in ctl.format_labels()  # the format it brought went with it
    assert gateway.redo() is None and gateway.redo() is None
    assert sorted(r.name for r in ctl.series()) == names
    assert ctl.format_labels()["NEWCODE"] == "Newcomers' night"  # back, with its new label
    friday = next(r for r in ctl.series() if r.name == "Hope on Friday")
    assert "NEWCODE" in friday.data.formats
    assert notes == []


def test_importing_what_is_already_there_says_so(
    make_window: Callable[[GroupStore | None], MainWindow],
    store: GroupStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = make_window(store)
    informed: list[str] = []
    monkeypatch.setattr(w.prompts, "inform", lambda _t, text: informed.append(text))
    feed = tmp_path / "one.json"
    feed.write_text(json.dumps([_entry(1, "Tuesday Hope Group")]))
    for _ in range(2):
        dialog = _import_dialog(w, monkeypatch, feed)
        dialog.tick_all.click()
        click_ok(dialog)
    assert w.controller is not None and len(w.schedule.controller.series()) == 1
    assert informed[0].startswith("Added 1 meeting to the schedule.")
    assert "already in the schedule" in informed[-1] and "Meeting 1" in informed[-1]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{broken", "JSON is broken"),
        ('{"a": 1}', "not a meeting list"),
        ("[]", "holds no meetings"),
    ],
)
def test_a_bad_meeting_list_is_explained_and_nothing_changes(
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
    content: str,
    says: str,
) -> None:
    w = demo_window
    assert w.controller is not None
    before = [r.name for r in w.schedule.controller.series()]
    feed = tmp_path / "bad.json"
    feed.write_text(content)
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    w.registry["import_meeting_list"].trigger()
    assert not isinstance(w.ctx.dialog, MeetingListDialog)
    assert notes and says in notes[0][1]
    assert [r.name for r in w.schedule.controller.series()] == before


def test_the_feed_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    feed = read_feed(json.dumps([_entry(n, "G") for n in range(20)]).encode())
    model = FeedModel(feed)
    model.set_filter("hall 1")
    model.choose_shown(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 11 and len(model.chosen) == 11
