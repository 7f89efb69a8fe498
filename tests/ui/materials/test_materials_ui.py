"""Meeting materials in the window: the Export dialog and its preview, the packet from the
Home view, a meeting's topic and notes, the meeting formats editor and a series' format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document
from groupkeeper.library import service as library
from groupkeeper.materials import service as materials
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore
from groupkeeper.ui.export.dialog import ExportDialog
from groupkeeper.ui.materials.dialogs import FormatsDialog, MeetingNoteDialog, SectionDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.export.test_flyer import pdf_text
from tests.ui.conftest import Notes, click_ok
from tests.ui.schedule.test_schedule_ui import select_series


def _export_dialog(window: MainWindow) -> ExportDialog:
    dialog = window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    return dialog


def test_the_home_view_prints_this_week_s_packet_with_a_preview(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    w = demo_window
    home = w.home_page
    assert home.next_meeting is not None and home.next_meeting.day.isoformat() == "2026-03-03"
    assert home.next_topic.text() == "Topic: Gratitude in hard weeks"
    out = tmp_path / "packet.pdf"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: out)
    home.packet_button.click()
    dialog = _export_dialog(w)
    assert dialog.document() is Document.PACKET
    assert dialog.packet_meeting.currentData() == home.next_meeting
    dialog.timer.timeout.emit()  # the preview, without waiting for the timer
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert dialog.preview_note.text().startswith("Page 1 of ")
    assert not dialog.facilitator_note.isChecked()  # private unless chosen
    dialog.parts["crisis"].setChecked(False)
    dialog.large.setChecked(True)
    click_ok(dialog)
    text = pdf_text(out)
    assert "Uriel Z." in text and "Gratitude in hard weeks" in text
    assert "in crisis" not in text and "Sam has the key" not in text
    assert isinstance(w.ctx.dialog, QMessageBox)  # offers to open the PDF or its folder
    w.ctx.dialog.close()
    assert notes == []


def test_the_dialog_offers_booklet_and_large_print_only_where_they_fit(
    demo_window: MainWindow,
) -> None:
    demo_window.registry["print"].trigger()
    dialog = _export_dialog(demo_window)
    papers = lambda: [dialog.paper.itemData(i) for i in range(dialog.paper.count())]  # noqa: E731
    dialog.select(Document.PACKET)
    assert {Paper.BOOKLET, Paper.BOOKLET_A4} <= set(papers()) and dialog.large.isEnabled()
    dialog.select(Document.ROSTER)  # landscape: no booklet; large print as a list
    assert Paper.BOOKLET not in papers() and dialog.large.isEnabled()
    dialog.select(Document.PHONE_LIST)  # one half page: two-up on one side, not folded
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.BOOKLET))
    dialog.timer.timeout.emit()
    assert dialog.preview_note.text() == "Page 1 of 1"
    dialog.select(Document.HANDOUT)  # longer than the preview's one sheet: not yet counted
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.BOOKLET))
    dialog.timer.timeout.emit()
    assert dialog.preview_note.text() == "Page 1 of at least 5"
    dialog.select(Document.PAIRINGS)
    assert Paper.BOOKLET not in papers()
    assert dialog.paper.currentData() is Paper.LETTER  # the booklet fell back to letter
    dialog.close()


def test_a_preview_that_cannot_be_drawn_says_why(make_window: Any, store: GroupStore) -> None:
    w = make_window(store)
    w.registry["phone_list"].trigger()
    dialog = _export_dialog(w)
    dialog.timer.timeout.emit()
    assert "Nobody is on the phone list yet" in dialog.preview.text()
    dialog.select(Document.PACKET)  # no meetings at all
    assert "no meeting in the next eight weeks" in dialog.errors.text()
    click_ok(dialog)
    assert dialog.isVisible()
    dialog.close()


def test_a_missing_reading_prints_and_warns(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    usual = ctl.read(materials.usual_format)
    assert usual is not None
    rid = next(x.reading_id for x in usual.sections if x.heading == "Welcome to newcomers")
    assert rid is not None
    ctl.write("Delete", lambda s: library.delete_resource(s, rid))
    out = tmp_path / "packet.pdf"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    monkeypatch.setattr(demo_window.prompts, "offer_open", lambda _p: None)
    demo_window.registry["packet"].trigger()
    click_ok(_export_dialog(demo_window))
    assert "Reading not found" in pdf_text(out)
    assert notes and "Welcome to newcomers" in notes[0][1] and "Meeting formats" in notes[0][1]


def test_topic_and_notes_from_the_upcoming_list(demo_window: MainWindow, qtbot: Any) -> None:
    w = demo_window
    w.show_section("schedule")
    w.schedule.upcoming_view.selectRow(0)
    occ = w.schedule.selected_occurrence()
    assert occ is not None and w.registry["meeting_note"].isEnabled()
    w.registry["meeting_note"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, MeetingNoteDialog)
    dialog.topic.setText("x" * 600)
    click_ok(dialog)
    assert dialog.isVisible() and "under 500 characters" in dialog.errors.text()
    dialog.topic.setText("Living in the day")
    dialog.private.setPlainText("Bring the new chip box")
    click_ok(dialog)
    assert not dialog.isVisible()
    ctl = w.controller
    assert ctl is not None
    saved = ctl.read(lambda s: materials.get_note(s, occ.series_id, occ.original_date))
    assert (saved.topic, saved.facilitator_note) == ("Living in the day", "Bring the new chip box")


def test_the_formats_editor_adds_orders_and_saves_parts(demo_window: MainWindow) -> None:
    w = demo_window
    w.registry["formats"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, FormatsDialog)
    assert dialog.which.count() == 2 and dialog.name.text() == "Tuesday discussion (90 minutes)"
    assert (
        "Welcome to newcomers · 3 min · Reader · reads “Welcome to newcomers”"
        in dialog.part_texts()
    )
    dialog.parts.setCurrentRow(1)
    dialog.edit_part()
    existing = dialog.child
    assert isinstance(existing, SectionDialog)
    assert existing.reading.currentText() == "Welcome to newcomers"  # found in the library
    existing.close()
    dialog.parts.setCurrentRow(0)
    dialog.add_part()
    section = dialog.child
    assert isinstance(section, SectionDialog)
    click_ok(section)  # no heading
    assert section.isVisible() and "heading" in section.errors.text()
    section.heading.setText("Serenity moment")
    section.minutes.setValue(1)
    section.reading.setCurrentIndex(section.reading.findText("Closing"))
    click_ok(section)
    assert dialog.part_texts()[1].startswith("Serenity moment · 1 min")
    dialog.move_part(-1)
    assert dialog.part_texts()[0].startswith("Serenity moment")
    click_ok(dialog)
    ctl = w.controller
    assert ctl is not None
    usual = ctl.read(materials.usual_format)
    assert usual is not None and usual.sections[0].heading == "Serenity moment"
    assert usual.sections[0].reading_title == "Closing" and usual.minutes == 91


def test_a_new_format_with_a_taken_name_stays_open(demo_window: MainWindow) -> None:
    demo_window.registry["formats"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, FormatsDialog)
    dialog.new_format()
    click_ok(dialog)
    assert dialog.isVisible() and "at least one section" in dialog.errors.text()
    dialog.name.setText("Group conscience (business)")
    dialog.sections = [materials.Section("Opening")]
    click_ok(dialog)
    assert dialog.isVisible() and "already a format" in dialog.errors.text()
    dialog.name.setText("Speaker night")
    click_ok(dialog)
    assert not dialog.isVisible()
    ctl = demo_window.controller
    assert ctl is not None
    assert [f.name for f in ctl.read(materials.list_formats)][-1] == "Speaker night"


def test_a_series_chooses_its_format_in_the_meeting_editor(demo_window: MainWindow) -> None:
    w = demo_window
    w.show_section("schedule")
    ctl = w.controller
    assert ctl is not None
    records = ctl.read(schedule.list_series)
    row = next(i for i, r in enumerate(records) if r.name == "Tuesday Night Discussion")
    select_series(w, "Tuesday Night Discussion")
    w.registry["edit"].trigger()
    dialog = w.ctx.dialog
    index = dialog.script.findText("Group conscience (business)")  # type: ignore[union-attr]
    assert index > 0
    dialog.script.setCurrentIndex(index)  # type: ignore[union-attr]
    click_ok(dialog)
    chosen = ctl.read(lambda s: materials.format_for_series(s, records[row].id))
    assert chosen is not None and chosen.name == "Group conscience (business)"


def _formats_dialog(window: MainWindow) -> FormatsDialog:
    window.registry["formats"].trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, FormatsDialog)
    return dialog


def _names(dialog: FormatsDialog) -> list[str]:
    return [dialog.which.itemText(i) for i in range(dialog.which.count())]


def _series_format(window: MainWindow, name: str) -> str:
    ctl = window.controller
    assert ctl is not None
    sid = next(r.id for r in ctl.read(schedule.list_series) if r.name == name)
    chosen = ctl.read(lambda s: materials.format_for_series(s, sid))
    assert chosen is not None
    return chosen.name


def test_another_format_can_be_made_the_usual_one(demo_window: MainWindow) -> None:
    w = demo_window
    assert _series_format(w, "Tuesday Night Discussion") == "Tuesday discussion (90 minutes)"
    dialog = _formats_dialog(w)
    assert not dialog.usual_button.isEnabled()  # the first is the usual one already
    dialog.which.setCurrentIndex(_names(dialog).index("Group conscience (business)"))
    assert dialog.usual_button.isEnabled()
    dialog.usual_button.click()
    assert _names(dialog) == ["Group conscience (business)", "Tuesday discussion (90 minutes)"]
    assert dialog.name.text() == "Group conscience (business)"
    assert not dialog.usual_button.isEnabled() and not dialog.errors.isVisible()
    # Written at once: the series without a format of its own now follow it.
    assert _series_format(w, "Tuesday Night Discussion") == "Group conscience (business)"


def test_making_usual_keeps_parts_changed_but_not_yet_saved(demo_window: MainWindow) -> None:
    dialog = _formats_dialog(demo_window)
    dialog.which.setCurrentIndex(1)
    dialog.parts.setCurrentRow(0)
    dialog.remove_part()
    left = dialog.part_texts()
    dialog.usual_button.click()
    assert dialog.part_texts() == left


def test_deleting_a_format_asks_first_and_its_meetings_follow_the_usual_one(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    assert _series_format(w, "Group Conscience") == "Group conscience (business)"
    dialog = _formats_dialog(w)
    dialog.which.setCurrentIndex(_names(dialog).index("Group conscience (business)"))
    asked: list[str] = []
    answer = [False]

    def confirm(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(dialog, "confirm", confirm)
    dialog.delete_button.click()  # turned down
    assert "“Group conscience (business)”" in asked[0]
    assert "“Tuesday discussion (90 minutes)”" in asked[0]  # what its meetings follow instead
    assert len(_names(dialog)) == 2
    assert _series_format(w, "Group Conscience") == "Group conscience (business)"
    answer[0] = True
    dialog.delete_button.click()
    assert _names(dialog) == ["Tuesday discussion (90 minutes)"]
    assert dialog.name.text() == "Tuesday discussion (90 minutes)"
    assert _series_format(w, "Group Conscience") == "Tuesday discussion (90 minutes)"
    assert not dialog.delete_button.isEnabled()  # a group keeps at least one format


def test_a_new_unsaved_format_can_be_neither_usual_nor_deleted(demo_window: MainWindow) -> None:
    dialog = _formats_dialog(demo_window)
    assert dialog.delete_button.isEnabled()
    dialog.new_format()
    assert not dialog.usual_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.which.setCurrentIndex(1)
    assert dialog.usual_button.isEnabled() and dialog.delete_button.isEnabled()


def test_a_format_deleted_elsewhere_is_reported_and_the_list_kept(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    dialog = _formats_dialog(w)
    dialog.which.setCurrentIndex(1)
    gone = dialog.formats[1].id
    ctl = w.controller
    assert ctl is not None
    ctl.write("Delete", lambda s: materials.delete_format(s, gone))  # as another window would
    dialog.usual_button.click()
    assert dialog.errors.isVisible() and "was deleted" in dialog.errors.text()
    assert len(_names(dialog)) == 2
    monkeypatch.setattr(dialog, "confirm", lambda *_a: True)
    dialog.delete_button.click()
    assert "was deleted" in dialog.errors.text() and len(_names(dialog)) == 2


def test_the_formats_editor_has_one_key_per_button(demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    dialog = _formats_dialog(demo_window)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) >= 10
    assert len(keys) == len(set(keys)), texts


class Answers:
    """Stands in for the save-the-changes question: records who asked, answers in turn."""

    def __init__(self, dialog: FormatsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.next: list[str] = []
        monkeypatch.setattr(dialog, "ask_unsaved", self)

    def __call__(self, name: str) -> str:
        self.asked.append(name)
        return self.next.pop(0)


def _file_formats(window: MainWindow) -> list[materials.MeetingFormat]:
    ctl = window.controller
    assert ctl is not None
    return ctl.read(materials.list_formats)


def test_choosing_another_format_asks_about_unsaved_changes(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    before = _file_formats(w)
    dialog = _formats_dialog(w)
    answers = Answers(dialog, monkeypatch)
    dialog.which.setCurrentIndex(1)  # nothing changed: no question
    assert answers.asked == [] and dialog.name.text() == "Group conscience (business)"
    dialog.parts.setCurrentRow(0)
    dialog.remove_part()
    edited = dialog.part_texts()
    answers.next = ["cancel"]
    dialog.which.setCurrentIndex(0)
    assert answers.asked == ["Group conscience (business)"]
    assert dialog.which.currentIndex() == 1 and dialog.part_texts() == edited  # stayed
    answers.next = ["discard"]
    dialog.which.setCurrentIndex(0)
    assert dialog.name.text() == "Tuesday discussion (90 minutes)"
    assert _file_formats(w) == before  # dropped, as asked
    dialog.which.setCurrentIndex(1)
    assert len(dialog.part_texts()) == len(edited) + 1  # back as it was saved
    dialog.parts.setCurrentRow(0)
    dialog.remove_part()
    answers.next = ["save"]
    dialog.which.setCurrentIndex(0)
    assert dialog.which.currentIndex() == 0
    business = next(f for f in _file_formats(w) if f.name == "Group conscience (business)")
    assert len(business.sections) == len(edited)


def test_a_new_format_saved_on_the_way_to_another_joins_the_list(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    dialog = _formats_dialog(w)
    answers = Answers(dialog, monkeypatch)
    dialog.new_format()
    dialog.name.setText("Speaker night")
    dialog.sections = [materials.Section("Speaker", minutes=40)]
    answers.next = ["save"]
    dialog.which.setCurrentIndex(1)
    assert answers.asked == ["Speaker night"]
    assert _names(dialog)[-1] == "Speaker night"
    assert dialog.name.text() == "Group conscience (business)"
    assert [f.name for f in _file_formats(w)][-1] == "Speaker night"
    dialog.which.setCurrentIndex(2)  # and can be edited again without a duplicate
    dialog.sections.append(materials.Section("Closing", minutes=3))
    click_ok(dialog)
    assert not dialog.isVisible()
    speaker = _file_formats(w)[-1]
    assert speaker.name == "Speaker night" and speaker.minutes == 43
    assert len(_file_formats(w)) == 3


def test_a_change_that_cannot_be_saved_keeps_the_format_on_screen(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _formats_dialog(demo_window)
    answers = Answers(dialog, monkeypatch)
    dialog.name.setText("Group conscience (business)")  # another format's name
    answers.next = ["save"]
    dialog.which.setCurrentIndex(1)
    assert dialog.which.currentIndex() == 0
    assert dialog.errors.isVisible() and "already a format" in dialog.errors.text()
    assert dialog.name.text() == "Group conscience (business)"


def test_closing_with_unsaved_changes_asks_first(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    before = _file_formats(w)
    dialog = _formats_dialog(w)
    answers = Answers(dialog, monkeypatch)
    dialog.parts.setCurrentRow(0)
    dialog.remove_part()
    answers.next = ["cancel"]
    dialog.reject()
    assert dialog.isVisible() and answers.asked == ["Tuesday discussion (90 minutes)"]
    answers.next = ["discard"]
    dialog.reject()
    assert not dialog.isVisible()
    assert _file_formats(w) == before  # dropped, as asked
    again = _formats_dialog(w)
    asked_again = Answers(again, monkeypatch)
    again.reject()  # nothing changed: closes without a question
    assert not again.isVisible() and asked_again.asked == []


def test_a_format_made_in_the_dialog_is_named_in_the_undo_label(demo_window: MainWindow) -> None:
    w = demo_window
    dialog = _formats_dialog(w)
    dialog.new_format()
    dialog.name.setText("Speaker night")
    dialog.sections = list(dialog.formats[0].sections[:1])
    assert dialog._save() is None
    assert w.registry["undo"].text() == "&Undo Save format Speaker night"
    dialog.usual_button.click()
    assert w.registry["undo"].text() == "&Undo Make Speaker night the usual format"
