"""File safety from the window: passphrase at open, damage, one writer, backups, restore,
hand-over, protecting the file and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from groupkeeper import preferences
from groupkeeper.schedule import service
from groupkeeper.store import GroupStore, backups, open_store
from groupkeeper.store.sqlitefile import integrity_check, is_encrypted
from groupkeeper.ui.safety.dialogs import HandoverDialog, NewPassphraseDialog, RestoreDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.conftest import Notes, click_ok

MakeWindow = Callable[[GroupStore | None], MainWindow]


def _series_names(window: MainWindow) -> list[str]:
    return sorted(r.data.name for r in window.schedule.series_model.records())


def test_a_protected_file_asks_again_after_a_wrong_passphrase(
    make_window: MakeWindow, encrypted_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(None)
    asked: list[bool] = []
    answers = iter(["wrong phrase", PASSPHRASE])

    def ask(path: Path, wrong: bool) -> str:
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(window.prompts, "ask_passphrase", ask)
    assert window.open_file(encrypted_demo)
    assert asked == [False, True]  # the second time it says the first was wrong
    assert window.stack.currentIndex() == 1 and len(_series_names(window)) == 4
    assert window.safety.act_change.isEnabled() and not window.safety.act_protect.isEnabled()


def test_cancelling_the_passphrase_opens_nothing_and_changes_nothing(
    make_window: MakeWindow, encrypted_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = encrypted_demo.read_bytes()
    window = make_window(None)
    monkeypatch.setattr(window.prompts, "ask_passphrase", lambda path, wrong: None)
    assert not window.open_file(encrypted_demo)
    assert window.controller is None and window.stack.currentIndex() == 0
    assert encrypted_demo.read_bytes() == before


def test_a_second_window_on_the_same_file_is_refused_by_name(
    make_window: MakeWindow, demo_file: Path, notes: Notes
) -> None:
    make_window(open_store(demo_file))
    second = make_window(None)
    assert not second.open_file(demo_file)
    assert notes and "demo.groupkeeper is already open in GroupKeeper" in notes[-1][1]
    assert second.controller is None


def test_opening_the_file_already_shown_is_harmless(demo_window: MainWindow) -> None:
    assert demo_window.controller is not None
    assert demo_window.open_file(demo_window.controller.store.path)
    assert "already open" in demo_window.statusBar().currentMessage()


def test_a_damaged_file_offers_the_newest_good_backup(
    make_window: MakeWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.take(demo_file)
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    window = make_window(None)
    questions: list[str] = []

    def confirm(title: str, text: str, yes: str) -> bool:
        questions.append(f"{title}: {text} [{yes}]")
        return True

    monkeypatch.setattr(window.prompts, "confirm", confirm)
    assert not window.open_file(demo_file)  # refused first...
    [question] = questions
    assert "is damaged" in question and "The newest good backup is from" in question
    assert "4 meetings" in question and "[Restore that backup]" in question
    assert window.controller is not None and len(_series_names(window)) == 4  # ...then restored
    assert integrity_check(demo_file) == []
    assert [b for b in backups.list_backups(demo_file) if b.tag == "damaged"]


def test_restore_from_backup_through_the_dialog_and_undo_it(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert demo_window.controller is not None
    path = demo_window.controller.store.path
    backups.take(path, tag="manual")
    before = _series_names(demo_window)
    demo_window.schedule.series_view.setCurrentIndex(demo_window.schedule.series_model.index(0))
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *a: True)
    demo_window.registry["delete"].trigger()
    assert len(_series_names(demo_window)) == len(before) - 1

    demo_window.safety.act_restore.trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("made with Back up now" in t and "4 meetings" in t for t in labels)
    manual = next(i for i, b in enumerate(dialog.backups) if b.tag == "manual")
    dialog.list.setCurrentRow(manual)
    click_ok(dialog)
    assert _series_names(demo_window) == before
    assert "Restored the backup from" in demo_window.statusBar().currentMessage()

    demo_window.safety.act_restore.trigger()  # undo: restore the copy kept just before
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    kept = next(i for i, b in enumerate(dialog.backups) if b.tag == "before-restore")
    dialog.list.setCurrentRow(kept)
    click_ok(dialog)
    assert len(_series_names(demo_window)) == len(before) - 1


def test_back_up_now_writes_a_copy_where_asked(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "usb" / "copy"
    out.parent.mkdir()
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *a: out)
    demo_window.safety.act_backup.trigger()
    saved = out.with_suffix(".groupkeeper")
    assert backups.summary(saved) == {"meetings": 4, "members": 25, "resources": 45}
    assert "Saved a backup to" in demo_window.statusBar().currentMessage()
    # Said where the person is looking too, across the top of the window.
    assert demo_window.notice.text().startswith("Saved a backup to")


def test_hand_over_with_a_new_passphrase(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "for-sam.groupkeeper"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *a: out)
    informed: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda title, text: informed.append(text))
    demo_window.safety.act_handover.trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, HandoverDialog)
    assert dialog.own.isChecked()  # a plain file's copy is protected unless unticked
    dialog.first.setText("short")
    dialog.again.setText("short")
    click_ok(dialog)
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.first.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    click_ok(dialog)
    assert is_encrypted(out) and backups.summary(out, PASSPHRASE) == {
        "meetings": 4,
        "members": 25,
        "resources": 45,
    }
    assert informed and "File > Open" in informed[0]


def test_protect_then_remove_the_passphrase_from_settings(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert demo_window.controller is not None
    path = demo_window.controller.store.path
    demo_window.safety.act_protect.trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, NewPassphraseDialog)
    assert _accept_button_text(dialog) == "Protect"
    dialog.first.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    click_ok(dialog)
    assert "not the same" in dialog.error.text() and not is_encrypted(path)
    dialog.again.setText(PASSPHRASE)
    click_ok(dialog)
    assert is_encrypted(path)
    assert demo_window.controller is not None and demo_window.controller.store.encrypted
    assert demo_window.statusBar().currentMessage() == "The file is now protected."
    assert len(_series_names(demo_window)) == 4
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *a: True)
    demo_window.safety.act_unprotect.trigger()
    assert not is_encrypted(path) and len(_series_names(demo_window)) == 4


def _accept_button_text(dialog: NewPassphraseDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    roles = {box.buttonRole(b): b.text() for b in box.buttons()}
    return roles[QDialogButtonBox.ButtonRole.AcceptRole]


def test_changing_the_passphrase_says_so_after_the_file_reopens(
    make_window: MakeWindow, encrypted_demo: Path
) -> None:
    window = make_window(open_store(encrypted_demo, passphrase=PASSPHRASE))
    window.safety.act_change.trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, NewPassphraseDialog)
    assert _accept_button_text(dialog) == "Change passphrase"
    dialog.first.setText("a new sentence for the file")
    dialog.again.setText("a new sentence for the file")
    click_ok(dialog)
    assert window.controller is not None
    assert window.controller.store.passphrase == "a new sentence for the file"
    assert window.statusBar().currentMessage() == "The passphrase is changed."
    assert len(_series_names(window)) == 4


def test_the_window_locks_when_idle_and_unlocks_with_the_passphrase(
    make_window: MakeWindow, encrypted_demo: Path, qtbot: QtBot
) -> None:
    preferences.set_lock_minutes(5)
    window = make_window(open_store(encrypted_demo, passphrase=PASSPHRASE))
    now = [1000.0]
    window.safety.clock = lambda: now[0]
    window.safety.last_activity = now[0]
    now[0] += 4 * 60
    window.safety.check_idle()
    assert not window.safety.locked
    now[0] += 61
    window.safety.check_idle()
    assert window.safety.locked and window.stack.currentWidget() is window.lock_page
    assert "locked" in window.windowTitle() and "Elm Falls" not in window.windowTitle()
    assert not window.registry["add"].isEnabled() and not window.safety.act_backup.isEnabled()
    assert not window.registry["undo"].isEnabled() and not window.menuBar().isEnabled()
    qtbot.keyClicks(window.lock_page.field, "not it")
    window.lock_page.button.click()
    assert window.safety.locked and window.lock_page.error.isVisible()
    window.lock_page.field.setText(PASSPHRASE)
    window.lock_page.button.click()
    assert not window.safety.locked and window.stack.currentIndex() == 1
    assert window.registry["add"].isEnabled() and window.menuBar().isEnabled()


def test_a_plain_file_never_locks(demo_window: MainWindow) -> None:
    preferences.set_lock_minutes(1)
    demo_window.safety.last_activity -= 3600
    demo_window.safety.check_idle()
    assert not demo_window.safety.locked


def test_closing_a_changed_file_backs_it_up(demo_window: MainWindow) -> None:
    assert demo_window.controller is not None
    path = demo_window.controller.store.path
    for b in backups.list_backups(path):
        b.path.unlink()
    demo_window.controller.write(
        "Delete", lambda s: service.delete_series(s, service.list_series(s)[0].id)
    )
    demo_window.close()
    [backup] = backups.list_backups(path)
    assert backups.summary(backup.path) == {"meetings": 3, "members": 25, "resources": 45}


def test_check_the_file_reports_no_damage(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    informed: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda title, text: informed.append(title))
    demo_window.safety.act_check.trigger()
    assert informed == ["No damage found"]


def test_locking_closes_a_dialog_with_unsaved_changes_without_asking(
    make_window: MakeWindow, encrypted_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupkeeper.ui.materials.dialogs import FormatsDialog

    window = make_window(open_store(encrypted_demo, passphrase=PASSPHRASE))
    window.registry["formats"].trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, FormatsDialog)
    dialog.parts.setCurrentRow(0)
    dialog.remove_part()  # unsaved: closing it by hand would ask

    def asked(_name: str) -> str:
        raise AssertionError("the lock waited on a question")

    monkeypatch.setattr(dialog, "ask_unsaved", asked)
    window.safety.lock()
    assert window.safety.locked and not dialog.isVisible()
    assert window.stack.currentWidget() is window.lock_page


def test_restoring_todays_automatic_backup_of_a_changed_file_works(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file closes before a restore. Its backup on closing used to rotate the snapshots
    and delete the one chosen (the same day's automatic one): "There is no group file".
    The restore keeps the file as it was itself ("before restore"), so nothing is lost."""
    assert demo_window.controller is not None
    path = demo_window.controller.store.path
    automatic = [b for b in backups.list_backups(path) if b.automatic]
    assert automatic  # the demo file comes with today's automatic snapshot
    before = _series_names(demo_window)
    demo_window.schedule.series_view.setCurrentIndex(demo_window.schedule.series_model.index(0))
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *a: True)
    demo_window.registry["delete"].trigger()  # a change: the file would back up on closing
    demo_window.safety.act_restore.trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    newest = next(i for i, b in enumerate(dialog.backups) if b.automatic)
    dialog.list.setCurrentRow(newest)
    click_ok(dialog)
    assert _series_names(demo_window) == before
    assert "Restored the backup from" in demo_window.statusBar().currentMessage()
    assert demo_window.notice.text().startswith("Restored the backup from")
    kept = [b for b in backups.list_backups(path) if b.tag == "before-restore"]
    assert len(kept) == 1  # the file as it was, once
