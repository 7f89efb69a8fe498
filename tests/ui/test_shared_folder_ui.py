"""A group file in a shared folder, from the window (ui/shell/shared.py): the window names the
shared file, says it works on a copy, saves it back with Ctrl+S, on a timer and on closing, asks
whose copy to keep when another computer saved first, and keeps the change when the folder is
away. Another computer is another data home (GROUPKEEPER_HOME), as in tests/store."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from groupkeeper import recent
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput
from groupkeeper.store import GroupStore, backups, open_store
from groupkeeper.store.database import SharedConflictError
from groupkeeper.ui.shell.shared import ConflictDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import Notes
from tests.ui.conftest import SAFETY

MakeWindow = Callable[[GroupStore | None], MainWindow]
SAFETY_MS = int(SAFETY * 1000)


def _names(path: Path) -> list[str]:
    """The members in a group file as it is on disk (read without touching it)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM member"))
    finally:
        conn.close()


def _window_names(w: MainWindow) -> list[str]:
    return sorted(m.data.full_name for m in w.ctx.read(roster.list_members))


def _add(w: MainWindow, name: str) -> None:
    member = MemberInput(first_name=name, full_name=name)
    assert w.ctx.save(f"Add member {name}", lambda s: roster.create_member(s, member), "members")


@pytest.fixture
def folder(tmp_path: Path, demo_file: Path) -> Path:
    """The group file in a OneDrive folder, as a leader would put it there."""
    where = tmp_path / "OneDrive" / "Hope group"
    where.mkdir(parents=True)
    shutil.copyfile(demo_file, where / "hope.groupkeeper")
    return (where / "hope.groupkeeper").resolve()


@pytest.fixture
def elsewhere(
    tmp_path: Path, gk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path, str], None]:
    """Another computer adds a member to the shared file and publishes it."""

    def publish(path: Path, name: str) -> None:
        monkeypatch.setenv("GROUPKEEPER_HOME", str(tmp_path / "other computer"))
        try:
            store = open_store(path)
            with store.session() as s, s.begin():
                roster.create_member(s, MemberInput(first_name=name, full_name=name))
            store.close()
        finally:
            monkeypatch.setenv("GROUPKEEPER_HOME", str(gk_home))

    return publish


@pytest.fixture
def shared_window(make_window: MakeWindow, folder: Path) -> MainWindow:
    return make_window(open_store(folder))


Answers = list[str]
"""How the person answers, in turn, when closing asks whose copy to keep: "theirs", "mine";
none left, "later" (Decide later). The answer is clicked in the real dialog."""


@pytest.fixture(autouse=True)
def at_close(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Answer the question closing asks (nobody is there to click, and the window closes at
    the end of every test, with a conflict left or not)."""
    answers: Answers = []
    real = ConflictDialog.exec

    def asked(dialog: ConflictDialog) -> int:
        def click() -> None:
            assert dialog.isVisible() and dialog.later.text() == "Decide later"
            choice = answers.pop(0) if answers else "later"
            {"theirs": dialog.theirs, "mine": dialog.mine, "later": dialog.later}[choice].click()

        QTimer.singleShot(0, click)
        return real(dialog)

    monkeypatch.setattr(ConflictDialog, "exec", asked)
    return answers


def _store(w: MainWindow) -> GroupStore:
    assert w.ctx.gateway is not None
    return w.ctx.gateway.store


def _conflict_dialog(w: MainWindow) -> ConflictDialog:
    QApplication.processEvents()
    dialog = w.shared_folder.dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    return dialog


def test_the_window_names_the_shared_file_and_says_it_works_on_a_copy(
    shared_window: MainWindow, folder: Path
) -> None:
    w = shared_window
    store = _store(w)
    assert store.path != folder and store.origin == folder  # a private copy is open
    assert w.windowFilePath() == str(folder)
    assert "hope.groupkeeper" in w.windowTitle()
    assert recent.recent_files()[0] == folder  # Open Recent opens the shared file again
    bar = w.shared_folder.bar
    assert bar.isVisible()
    assert bar.label.text().startswith(
        "This group is in a OneDrive folder: you work on a copy here, and File > Save to the "
        "shared folder (Ctrl+S) puts it back."
    )
    assert w.shared_folder.status_label.text() == "Shared folder: everything is saved there"
    assert w.registry["publish"].isEnabled()
    assert w.registry["publish"].shortcut().toString() == "Ctrl+S"


def test_a_file_of_this_computer_shows_none_of_it(demo_window: MainWindow) -> None:
    assert not demo_window.registry["publish"].isEnabled()
    assert not demo_window.shared_folder.bar.isVisible()
    assert not demo_window.shared_folder.status_label.isVisible()


def test_save_to_the_shared_folder_puts_the_change_there(
    shared_window: MainWindow, folder: Path
) -> None:
    w = shared_window
    _add(w, "Ana Shared")
    assert "Ana Shared" not in _names(folder)  # nothing reaches the folder by itself at once
    label = w.shared_folder.status_label
    assert label.text() == "Shared folder: your changes are not saved there yet"
    w.registry["publish"].trigger()
    assert "Ana Shared" in _names(folder)
    assert w.statusBar().currentMessage().startswith("Saved to the shared folder at ")
    assert label.text().startswith("Shared folder: saved there at ")
    assert "Saved there at " in w.shared_folder.bar.label.text()  # where they are looking
    w.shared_folder.bar.close_button.click()
    _add(w, "Ben Shared")
    w.registry["publish"].trigger()
    assert "Ben Shared" in _names(folder)
    assert w.notice.text().startswith("Saved to the shared folder at ")  # the bar is hidden
    w.registry["publish"].trigger()  # nothing new
    assert w.notice.text() == "The shared folder already has all your changes."


def test_the_timer_saves_only_what_changed(shared_window: MainWindow, folder: Path) -> None:
    w = shared_window
    before = folder.read_bytes()
    w.shared_folder.timer.timeout.emit()
    assert folder.read_bytes() == before  # nothing changed: nothing written
    _add(w, "Timed Save")
    w.shared_folder.timer.timeout.emit()
    assert "Timed Save" in _names(folder)
    assert w.notice.text() == ""  # a quiet save: the status line says it
    assert w.statusBar().currentMessage().startswith("Saved to the shared folder at ")


def _conflict(w: MainWindow, elsewhere: Callable[[Path, str], None], folder: Path) -> None:
    _add(w, "My Change")
    elsewhere(folder, "Their Change")
    w.registry["publish"].trigger()


def test_their_copy_first_then_use_their_copy(
    shared_window: MainWindow, folder: Path, elsewhere: Callable[[Path, str], None], notes: Notes
) -> None:
    w = shared_window
    _conflict(w, elsewhere, folder)
    dialog = _conflict_dialog(w)
    assert "published the group file from the computer" in dialog.what.text()
    assert "Their Change" in _names(folder) and "My Change" not in _names(folder)
    dialog.theirs.click()
    QApplication.processEvents()
    assert notes == []
    names = _window_names(w)
    assert "Their Change" in names and "My Change" not in names  # the window shows theirs
    store = _store(w)
    assert store.origin == folder and store.shared is not None
    assert not store.shared.unpublished
    kept = [b for b in backups.list_backups(store.path) if b.tag == "mine-before-taking-theirs"]
    assert len(kept) == 1 and "My Change" in _names(kept[0].path)  # ours, kept
    assert w.notice.text().startswith(
        f"Took their copy of hope.groupkeeper. Yours was kept as a backup in {kept[0].path.parent}"
    )
    assert "Their Change" in _names(folder) and "My Change" not in _names(folder)


def test_their_copy_first_then_keep_my_copy(
    shared_window: MainWindow, folder: Path, elsewhere: Callable[[Path, str], None]
) -> None:
    w = shared_window
    _conflict(w, elsewhere, folder)
    _conflict_dialog(w).mine.click()
    assert "My Change" in _names(folder) and "Their Change" not in _names(folder)
    store = _store(w)
    kept = [b for b in backups.list_backups(store.path) if b.tag == "theirs-before-mine"]
    assert len(kept) == 1 and "Their Change" in _names(kept[0].path)  # theirs, kept
    assert w.notice.text().startswith("Your copy is in the shared folder now.")
    assert str(kept[0].path.parent) in w.notice.text()
    assert w.shared_folder.status_label.text().startswith("Shared folder: saved there at")


def test_cancel_writes_nothing_and_keeps_working(
    shared_window: MainWindow, folder: Path, elsewhere: Callable[[Path, str], None]
) -> None:
    w = shared_window
    _conflict(w, elsewhere, folder)
    before = folder.read_bytes()
    _conflict_dialog(w).reject()
    assert folder.read_bytes() == before
    assert "My Change" in _window_names(w)
    store = _store(w)
    assert store.shared is not None and store.shared.unpublished
    assert w.shared_folder.status_label.text() == "Shared folder: someone else saved there first"


def test_a_conflict_the_timer_finds_waits_in_the_bar(
    shared_window: MainWindow, folder: Path, elsewhere: Callable[[Path, str], None]
) -> None:
    w = shared_window
    _add(w, "My Change")
    elsewhere(folder, "Their Change")
    w.shared_folder.timer.timeout.emit()
    QApplication.processEvents()
    assert w.shared_folder.dialog is None  # no question in the middle of typing
    bar = w.shared_folder.bar
    assert bar.isVisible() and bar.button.text() == "Choose whose copy…"
    assert "after you took your copy" in bar.label.text()
    bar.button.click()
    _conflict_dialog(w).mine.click()
    assert "My Change" in _names(folder)


def test_closing_saves_to_the_shared_folder(shared_window: MainWindow, folder: Path) -> None:
    _add(shared_window, "Closing Time")
    shared_window.close()
    assert "Closing Time" in _names(folder)


def test_opening_another_file_saves_the_shared_one_first(
    shared_window: MainWindow, folder: Path, demo_file: Path
) -> None:
    _add(shared_window, "Before Switching")
    assert shared_window.open_file(demo_file)
    assert "Before Switching" in _names(folder)
    assert not shared_window.shared_folder.bar.isVisible()
    assert not shared_window.registry["publish"].isEnabled()


def test_closing_with_a_conflict_asks_and_decide_later_keeps_the_change(
    shared_window: MainWindow,
    folder: Path,
    elsewhere: Callable[[Path, str], None],
    notes: Notes,
    at_close: Answers,
) -> None:
    w = shared_window
    _add(w, "My Change")
    elsewhere(folder, "Their Change")
    at_close.append("later")
    w.close()
    assert at_close == []  # asked
    assert notes == []  # and not told "backup not made" on closing
    assert "My Change" not in _names(folder)
    again = open_store(folder)  # the next open goes on with the change
    with again.session() as s:
        assert "My Change" in [m.data.full_name for m in roster.list_members(s)]
    assert again.shared is not None and again.shared.unpublished
    with pytest.raises(SharedConflictError):  # and is told again who came first
        again.close()


def test_closing_with_a_conflict_can_use_their_copy(
    shared_window: MainWindow,
    folder: Path,
    elsewhere: Callable[[Path, str], None],
    at_close: Answers,
) -> None:
    w = shared_window
    _add(w, "My Change")
    local = _store(w).path
    elsewhere(folder, "Their Change")
    at_close.append("theirs")
    w.close()
    kept = [b for b in backups.list_backups(local) if b.tag == "mine-before-taking-theirs"]
    assert len(kept) == 1 and "My Change" in _names(kept[0].path)
    again = open_store(folder)
    with again.session() as s:
        names = [m.data.full_name for m in roster.list_members(s)]
    again.close()
    assert "Their Change" in names and "My Change" not in names


def test_closing_with_a_conflict_can_keep_my_copy(
    shared_window: MainWindow,
    folder: Path,
    elsewhere: Callable[[Path, str], None],
    at_close: Answers,
) -> None:
    _add(shared_window, "My Change")
    elsewhere(folder, "Their Change")
    at_close.append("mine")
    shared_window.close()
    assert "My Change" in _names(folder) and "Their Change" not in _names(folder)


def test_a_folder_away_keeps_the_change_here_and_says_so(
    shared_window: MainWindow, folder: Path, notes: Notes
) -> None:
    w = shared_window
    _add(w, "Away Change")
    hidden = folder.parent.with_name("gone")
    folder.parent.rename(hidden)  # the share offline, the stick pulled
    w.registry["publish"].trigger()
    assert [title for title, _text in notes] == ["Not saved to the shared folder"]
    assert "The shared folder could not be reached" in notes[0][1]
    assert "Traceback" not in notes[0][1]
    assert w.ctx.gateway is not None and "Away Change" in _window_names(w)  # still working
    bar = w.shared_folder.bar
    assert bar.isVisible() and bar.button.text() == "Try again"
    assert w.shared_folder.status_label.text() == (
        "Shared folder: not reached, your changes are kept here"
    )
    hidden.rename(folder.parent)
    bar.button.click()
    assert "Away Change" in _names(folder)
    assert w.shared_folder.status_label.text().startswith("Shared folder: saved there at")


@pytest.mark.xfail(
    reason="store/shared.py: a shared file gone after a publish reads as a conflict with "
    'the NEVER publication ("changed on Sat 1 Jan 2000"), not as a folder away',
    strict=True,
)
def test_a_folder_away_after_a_save_there_is_not_a_conflict(
    shared_window: MainWindow, folder: Path, notes: Notes
) -> None:
    w = shared_window
    _add(w, "First Change")
    w.registry["publish"].trigger()
    _add(w, "Away Change")
    hidden = folder.parent.with_name("gone")
    folder.parent.rename(hidden)
    try:
        w.registry["publish"].trigger()
        assert w.shared_folder.dialog is None and w.shared_folder.conflict is None
        assert [title for title, _text in notes] == ["Not saved to the shared folder"]
    finally:
        w.shared_folder.conflict = None
        if w.shared_folder.dialog is not None:
            w.shared_folder.dialog.reject()
        hidden.rename(folder.parent)


def test_a_folder_away_on_closing_says_so_once(
    shared_window: MainWindow, folder: Path, notes: Notes
) -> None:
    w = shared_window
    _add(w, "Away Change")
    hidden = folder.parent.with_name("gone")
    folder.parent.rename(hidden)
    w.close()
    assert [title for title, _text in notes] == ["Not saved to the shared folder"]
    hidden.rename(folder.parent)
    open_store(folder).close()  # the next open takes the change there
    assert "Away Change" in _names(folder)


def test_restoring_a_backup_reopens_the_shared_file_and_saves_it_there_next(
    shared_window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups are of this computer's copy; restoring one opens the shared file again (not the
    private copy on its own), and the restored copy is what goes to the folder next."""
    from groupkeeper.ui.safety.dialogs import RestoreDialog
    from tests.ui.conftest import click_ok

    w = shared_window
    backups.take(_store(w).path, tag="manual")
    _add(w, "Restored Away")
    w.registry["publish"].trigger()
    assert "Restored Away" in _names(folder)
    monkeypatch.setattr(w.prompts, "confirm", lambda *a: True)
    w.safety.act_restore.trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.list.setCurrentRow(next(i for i, b in enumerate(dialog.backups) if b.tag == "manual"))
    click_ok(dialog)
    store = _store(w)
    assert store.origin == folder and store.shared is not None  # the shared file, reopened
    assert w.windowFilePath() == str(folder)
    assert "Restored Away" not in _window_names(w)
    w.registry["publish"].trigger()
    assert "Restored Away" not in _names(folder)


def test_the_passphrase_of_a_shared_file_is_left_as_it_is(
    shared_window: MainWindow, folder: Path, notes: Notes
) -> None:
    """Re-keyed here alone, the copy could no longer be published over the others' file."""
    w = shared_window
    w.registry["protect"].trigger()
    assert [title for title, _text in notes] == ["Passphrase not changed"]
    assert notes[0][1].startswith("hope.groupkeeper is in a shared folder.")
    store = _store(w)
    assert store.shared is not None and not store.encrypted  # still the shared file, as it was


def test_with_the_app_s_thread_pool_each_choice_still_does_what_it_says(
    shared_window: MainWindow,
    folder: Path,
    elsewhere: Callable[[Path, str], None],
    qtbot: Any,
) -> None:
    """Publishing, closing and taking their copy run off the window's thread, one after the
    other on the file: the window opens their copy only once ours is closed and kept."""
    from PySide6.QtCore import QThreadPool

    w = shared_window
    real = QThreadPool()
    w.ctx.pool = real
    _conflict(w, elsewhere, folder)
    qtbot.waitUntil(lambda: w.shared_folder.dialog is not None, timeout=SAFETY_MS)
    _conflict_dialog(w).theirs.click()
    qtbot.waitUntil(
        lambda: w.ctx.gateway is not None and "Their Change" in _window_names(w),
        timeout=SAFETY_MS,
    )
    assert "My Change" not in _window_names(w)
    _add(w, "After Theirs")
    w.registry["publish"].trigger()
    qtbot.waitUntil(lambda: "After Theirs" in _names(folder), timeout=SAFETY_MS)
    assert real.waitForDone(SAFETY_MS)
