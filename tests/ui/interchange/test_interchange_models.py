"""The models of the meeting-list chooser and the calendar dialog under pytest-qt's model
tester (its Python checks, which say what broke): the demo's own meeting list read back, an
empty list, one meeting, hundreds, and entries with odd values; checked again at every filter
and every tick."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from groupkeeper.interchange import meeting_guide as mg
from groupkeeper.roster import service as roster
from groupkeeper.store import open_store
from groupkeeper.ui.interchange.dialogs import CalendarDialog, FeedModel, MeetingListDialog
from tests.conftest import TODAY
from tests.ui.model_checks import (
    ODD_PEOPLE,
    add_odd_members,
    assert_cells_and_headers,
)

CHECK = Qt.ItemDataRole.CheckStateRole
D = TypeVar("D", bound=QDialog)
ARABIC_GROUP = "مجموعة الأمل"
# Entries as intergroup sites write them, with what such files hold at the edges: a name past
# the 200 characters kept, right-to-left and CJK text, no group or place, null where text
# belongs, HTML, several days in one entry, an address only in its parts.
ODD_ENTRIES: list[dict[str, Any]] = [
    {"name": "Serenity Seekers Big Book and Twelve and Twelve Study " * 6, "day": 1,
     "time": "19:00", "group": "Serenity " * 30, "location": "Hall " * 60, "types": ["O", "BB"]},
    {"name": "اجتماع الأمل", "day": 5, "time": "18:30", "group": ARABIC_GROUP,
     "location": "قاعة الكنيسة", "formatted_address": "١٢ شارع النيل، القاهرة", "types": ["C"]},
    {"name": "קבוצת תקווה", "day": 0, "time": "10:00", "group": "", "location": None,
     "formatted_address": "", "types": []},
    {"name": "希望の会", "day": [0, 3, 6], "time": "7:00 pm", "group": None, "types": None,
     "location": "公民館"},
    {"name": "ᓀᐦᐃᔭᐍᐏᐣ <b>gathering</b>", "day": 2, "time": "12:00", "location": "<i>Band office</i>",
     "group": "ᓀᐦᐃᔭᐍᐏᐣ Circle"},
    {"name": "Hope (أمل) Group", "day": 4, "time": "20:15", "address": "1 Herzl St",
     "city": "Tel Aviv", "country": "ישראל", "group": ARABIC_GROUP},
    {"name": "X", "day": 6, "time": "08:00", "group": "", "location": "", "notes": ""},
]  # fmt: skip
TOWNS = ("Springfield", "Shelbyville", "Ogdenville", "North Haverbrook", "Capital City")


@pytest.fixture
def keep(qtbot: Any) -> Iterator[Callable[[D], D]]:
    """Hold each dialog until the model tester has let go of its model: tests ask for this
    before ``qtmodeltester``, so it is torn down after it."""
    held: list[QDialog] = []

    def hold(dialog: D) -> D:
        qtbot.addWidget(dialog)
        held.append(dialog)
        return dialog

    yield hold
    held.clear()


def _feed(entries: list[dict[str, Any]]) -> mg.Feed:
    return mg.read_feed(json.dumps(entries).encode())


@pytest.fixture
def feeds(demo_file: Path) -> dict[str, mg.Feed]:
    with open_store(demo_file) as st, st.session() as s:
        demo = list(mg.feed_data(s, TODAY).entries)  # the list the group itself would share
    many = [
        {"name": f"{TOWNS[n % 5]} Meeting {n}", "day": n % 7, "time": f"{6 + n % 16}:{n % 4 * 15:02}",
         "group": f"{TOWNS[n % 5]} Group {n % 40}", "location": f"Hall {n % 60}",
         "formatted_address": f"{n} Main St, {TOWNS[n % 5]}", "types": ["O", "D"][: 1 + n % 2]}
        for n in range(400)
    ]  # fmt: skip
    return {
        "empty": _feed([]),
        "one": _feed(demo[:1]),
        "demo": _feed(demo),
        "odd": _feed(ODD_ENTRIES),
        "many": _feed(many),
    }


def test_the_feeds_hold_what_they_claim(feeds: dict[str, mg.Feed]) -> None:
    assert [len(feeds[k].meetings) for k in ("empty", "one")] == [0, 1]
    assert len(feeds["demo"].meetings) >= 3 and len(feeds["many"].meetings) == 400
    odd = feeds["odd"].meetings
    assert len(odd) == len(ODD_ENTRIES)
    assert len(odd[0].name) == 200 and odd[0].group.startswith("Serenity")
    assert {m.group for m in odd} >= {"", ARABIC_GROUP}
    assert any(m.location.name == "" and m.location.address == "" for m in odd)
    assert any(len(m.weekdays) == 3 for m in odd)


def _names(model: FeedModel) -> list[str]:
    # The model's own answers (see tests/ui/model_checks.py for why not QModelIndex.data).
    return [
        model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())
    ]


def _ticked(model: FeedModel) -> list[bool]:
    return [
        model.data(model.index(r, 0), CHECK) == Qt.CheckState.Checked
        for r in range(model.rowCount())
    ]


@pytest.mark.parametrize("kind", ["empty", "one", "demo", "odd", "many"])
def test_the_feed_model_passes_the_tester_at_every_filter_and_tick(
    qtmodeltester: Any, feeds: dict[str, mg.Feed], kind: str
) -> None:
    meetings = feeds[kind].meetings
    model = FeedModel(feeds[kind])
    qtmodeltester.check(model, force_py=True)  # and again at every reset and tick below
    assert _names(model) == [m.name for m in meetings]
    assert_cells_and_headers(model)
    # A word of the first meeting's group or place, then nothing, then what nothing matches.
    some = (meetings[0].group or meetings[0].location.name).split()[:1] if meetings else []
    for words in (" ".join(some), "", "no meeting is called this"):
        model.set_filter(words)
        expected = [m for m in meetings if m.matches(words)] if words else list(meetings)
        assert _names(model) == [m.name for m in expected]
        model.choose_shown(True)
        assert all(_ticked(model))
        assert_cells_and_headers(model)
    assert model.chosen_meetings() == list(meetings)
    model.choose_shown(False)
    assert model.chosen_meetings() == list(meetings)  # nothing shown, nothing unticked
    model.set_filter("")
    model.choose_shown(False)
    assert model.chosen_meetings() == [] and not any(_ticked(model))
    # Ticks as a view sets them: a number for the state, on the first column only.
    assert not model.setData(QModelIndex(), Qt.CheckState.Checked.value, CHECK)
    if meetings:
        assert not model.setData(model.index(0, 1), Qt.CheckState.Checked.value, CHECK)
        assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, CHECK)
        assert model.chosen_meetings() == [meetings[0]]
        assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert_cells_and_headers(model)


def test_the_chooser_dialog_keeps_its_model_sound(
    keep: Callable[[MeetingListDialog], MeetingListDialog],
    qtmodeltester: Any,
    feeds: dict[str, mg.Feed],
) -> None:
    feed = feeds["odd"]
    dialog = keep(MeetingListDialog(None, feed, "قائمة.json", ARABIC_GROUP, []))
    model = dialog.model
    assert dialog.table.model() is model
    qtmodeltester.check(model, force_py=True)
    # It opens on the group's own meetings, found by its right-to-left name.
    assert _names(model) == ["اجتماع الأمل", "Hope (أمل) Group"]
    dialog.tick_all.click()
    assert [m.name for m in dialog.chosen()] == ["اجتماع الأمل", "Hope (أمل) Group"]
    dialog.search.setText("希望")
    assert _names(model) == ["希望の会"]
    dialog.untick_all.click()
    dialog.search.clear()
    assert model.rowCount() == len(feed.meetings) == dialog.table.model().rowCount()
    assert _ticked(model) == [m.group == ARABIC_GROUP for m in feed.meetings]
    assert_cells_and_headers(model)


def test_the_calendar_dialogs_member_list(
    keep: Callable[[CalendarDialog], CalendarDialog], qtmodeltester: Any, demo_file: Path
) -> None:
    """The dialog builds no model of its own: its member list is the combo box's, filled with
    the active members as the window passes them, odd names and all."""
    with open_store(demo_file) as st:
        with st.session() as s, s.begin():
            odd = add_odd_members(s)
        with st.session() as s:
            members = [(m.id, m.name) for m in roster.list_members(s, active_only=True)]
    dialog = keep(CalendarDialog(None, members))
    model = dialog.member.model()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(members) >= len(ODD_PEOPLE)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [n for _, n in members]
    assert dialog.member_id() is None  # every meeting, until one member is chosen
    dialog.mine.setChecked(True)
    for person in odd:
        dialog.member.setCurrentIndex(dialog.member.findText(person.name))
        assert dialog.member_id() == person.id


def test_the_calendar_dialog_with_no_members(
    keep: Callable[[CalendarDialog], CalendarDialog], qtmodeltester: Any
) -> None:
    dialog = keep(CalendarDialog(None, []))
    qtmodeltester.check(dialog.member.model(), force_py=True)
    assert dialog.member.model().rowCount() == 0
    assert not dialog.mine.isEnabled() and dialog.member_id() is None
