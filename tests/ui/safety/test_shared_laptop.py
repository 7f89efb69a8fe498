"""The shared laptop (issue 20, finding 9): what a person who sits down at the window sees
without asking. Home counts pairings without naming anyone; private notes on the Pairings
page show only when asked for; guessing a passphrase gets slower with every wrong try."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from groupkeeper.pairing import service as ps
from groupkeeper.pairing.models import Status
from groupkeeper.roster import service as roster
from groupkeeper.store import GroupStore, open_store
from groupkeeper.store.protection import unlock_delay
from groupkeeper.ui.home.page import HomePage
from groupkeeper.ui.pairing.page import PairingsPage
from groupkeeper.ui.safety.dialogs import WRONG_TRIES, PassphraseDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import PASSPHRASE, TODAY


def _shown_text(page: HomePage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def test_home_counts_pairings_and_names_nobody_in_one(demo_window: MainWindow) -> None:
    demo_window.registry["home"].trigger()
    home = demo_window.home_page
    ctl = demo_window.controller
    assert ctl is not None
    pairings = ctl.read(ps.list_pairings)
    assert any(p.overdue(TODAY) for p in pairings)  # the demo has something to hide
    paired = {p.seeker for p in pairings} | {p.mentor for p in pairings if p.mentor}
    # People who serve at the next meeting or hold a position are named on Home for that
    # reason; nobody else in a pairing may appear anywhere on it.
    on_roster = ctl.read(lambda s: roster.home(s, TODAY))
    serving = {who for _role, who in on_roster.serving} | {t.member_name for t in on_roster.terms}
    shown = _shown_text(home)
    assert [name for name in sorted(paired - serving) if name in shown] == []
    # The pairings part of Home names nobody at all, and says where to look.
    pairing_part = (home.pairs_heading.text(), home.pairs_label.text(), home.overdue_label.text())
    assert [(n, t) for n in paired for t in pairing_part if n in t] == []
    assert home.overdue_label.isVisibleTo(home)
    assert home.overdue_label.text() == "Check-ins overdue: 1. Open Pairings to see which."
    assert home.pairs_label.text() == "5 people are waiting for a sponsor."


def test_home_counts_come_from_the_core_without_names(demo_window: MainWindow) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    counts = ctl.read(lambda s: ps.home_counts(s, TODAY))
    full = ctl.read(lambda s: ps.home(s, TODAY))
    assert (counts.waiting, counts.overdue) == (full.waiting, len(full.overdue)) == (5, 1)
    # Every active pairing is overdue a year on; none before its first check-in was due.
    later = ctl.read(lambda s: ps.home_counts(s, TODAY.replace(year=TODAY.year + 1)))
    assert later.overdue == len(ctl.read(lambda s: ps.list_pairings(s, Status.ACTIVE)))
    assert ctl.read(lambda s: ps.home_counts(s, TODAY.replace(year=2000))).overdue == 0


# ---------------------------------------------------------------- private notes, only when asked


def _on_screen(root: QWidget) -> str:
    """Every word a person at the window can see under ``root``: labels, buttons, fields, and
    the cells (and their tips) of the table columns that are not hidden."""
    seen: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            seen.append(widget.text())
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    seen.append(str(model.headerData(section, widget.orientation()) or ""))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    if isinstance(widget, QTableView) and widget.isColumnHidden(col):
                        continue
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        seen.append(str(model.index(row, col).data(role) or ""))
    return "\n".join(seen)


def _pairings_page(window: MainWindow) -> PairingsPage:
    window.registry["pairings"].trigger()
    QApplication.processEvents()  # a page made on first use is shown on the next turn
    assert window.pairings_page.isVisible()
    return window.pairings_page


def _choose(page: PairingsPage, status: Status, seeker: str) -> ps.Pairing:
    tab = {Status.REQUESTED: page.WAITING, Status.ACTIVE: page.ACTIVE, Status.ENDED: page.ENDED}
    model = page.views[tab[status]].model()
    [p] = [r for r in model.records() if r.seeker.startswith(seeker)]  # type: ignore[attr-defined]
    assert isinstance(p, ps.Pairing)
    page.select(tab[status], p.id)
    assert page.title.text().startswith(seeker)
    return p


def test_a_requests_private_note_shows_only_when_asked(demo_window: MainWindow) -> None:
    page = _pairings_page(demo_window)
    rosa = _choose(page, Status.REQUESTED, "Rosa V.")
    assert rosa.note == "Would like to talk in Spanish."
    assert "Rosa V. is waiting" in _on_screen(demo_window)  # the page itself is on screen
    assert rosa.note not in _on_screen(demo_window)
    assert page.private_button.isVisibleTo(page)
    assert page.private_button.text() == "Show private notes"
    page.private_button.click()
    assert "Private note: " + rosa.note in page.info.text()
    assert rosa.note in _on_screen(demo_window)
    assert page.private_button.text() == "Hide private notes"
    page.private_button.click()  # and put away again
    assert rosa.note not in _on_screen(demo_window)


def test_choosing_another_request_or_leaving_the_page_hides_them_again(
    demo_window: MainWindow,
) -> None:
    page = _pairings_page(demo_window)
    rosa = _choose(page, Status.REQUESTED, "Rosa V.")
    page.private_button.click()
    assert rosa.note in _on_screen(demo_window)
    tanya = _choose(page, Status.REQUESTED, "Tanya C.")
    shown = _on_screen(demo_window)
    assert rosa.note not in shown and tanya.note not in shown
    assert not page.private_button.isChecked()
    # Back to Rosa: still hidden; her notes were shown once, not for good.
    _choose(page, Status.REQUESTED, "Rosa V.")
    assert rosa.note not in _on_screen(demo_window)
    page.private_button.click()
    demo_window.registry["home"].trigger()
    _pairings_page(demo_window)
    assert rosa.note not in _on_screen(demo_window)
    # A request with no private note offers nothing to show.
    _choose(page, Status.REQUESTED, "Owen F.")
    assert not page.private_button.isVisibleTo(page)


def test_check_in_notes_and_why_a_pairing_ended_wait_to_be_asked_for(
    demo_window: MainWindow,
) -> None:
    page = _pairings_page(demo_window)
    carmen = _choose(page, Status.ACTIVE, "Carmen")
    note = "Working step 4; talks on Sundays."
    assert note in [page.checkins.index(r, 1).data() for r in range(page.checkins.rowCount())]
    assert note not in _on_screen(demo_window)
    page.private_button.click()
    assert note in _on_screen(demo_window)
    assert carmen.status is Status.ACTIVE
    ended = _choose(page, Status.ENDED, "Hamid")
    assert ended.end_reason == "Moved to Winnipeg."
    assert ended.end_reason not in _on_screen(demo_window)
    assert note not in _on_screen(demo_window)
    page.private_button.click()
    assert "Private reason: Moved to Winnipeg." in page.info.text()


def test_saving_a_change_keeps_the_notes_shown_for_the_same_request(
    demo_window: MainWindow,
) -> None:
    page = _pairings_page(demo_window)
    rosa = _choose(page, Status.REQUESTED, "Rosa V.")
    page.private_button.click()
    ctl = demo_window.controller
    assert ctl is not None
    ctl.changed.emit()  # what any saved change does: the page reads the file again
    assert page.title.text().startswith("Rosa V.") and rosa.note in page.info.text()


def test_locking_the_window_hides_the_private_notes(
    make_window: Callable[[GroupStore | None], MainWindow], encrypted_demo: Path
) -> None:
    window = make_window(open_store(encrypted_demo, passphrase=PASSPHRASE))
    page = _pairings_page(window)
    rosa = _choose(page, Status.REQUESTED, "Rosa V.")
    page.private_button.click()
    assert rosa.note in page.info.text()
    window.safety.lock()
    assert rosa.note not in page.info.text() and not page.private_button.isChecked()
    assert window.safety.try_unlock(PASSPHRASE)
    assert page.title.text().startswith("Rosa V.")
    assert rosa.note not in _on_screen(window)


# ---------------------------------------------------------------- wrong passphrases slow down


def test_the_wait_after_wrong_passphrases_grows_to_half_a_minute() -> None:
    assert [unlock_delay(n) for n in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    assert unlock_delay(10**9) == 30  # and a very long night of guessing stays at 30 s


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    """The app's count of wrong tries, on a clock the test moves; no count left for others."""
    fake = Clock()
    WRONG_TRIES.clear()
    monkeypatch.setattr(WRONG_TRIES, "clock", fake)
    yield fake
    WRONG_TRIES.clear()


def _locked(make_window: Callable[[GroupStore | None], MainWindow], path: Path) -> MainWindow:
    window = make_window(open_store(path, passphrase=PASSPHRASE))
    window.safety.lock()
    assert window.safety.locked
    return window


def _try(window: MainWindow, passphrase: str) -> None:
    page = window.lock_page
    page.field.setText(passphrase)
    page.button.click()


def test_the_lock_page_waits_longer_after_each_wrong_try(
    make_window: Callable[[GroupStore | None], MainWindow], encrypted_demo: Path, clock: Clock
) -> None:
    window = _locked(make_window, encrypted_demo)
    page = window.lock_page
    for _ in range(2):  # typos are free
        _try(window, "not it")
        assert page.button.isEnabled() and not page.wait_label.isVisibleTo(page)
    waits = []
    for _ in range(6):
        _try(window, "not it")
        assert not page.button.isEnabled() and page.wait_label.isVisibleTo(page)
        waits.append(page.wait_label.text().rsplit(" ", 1)[-1])
        clock.now += unlock_delay(3 + len(waits) - 1)  # wait it out
        page.countdown.tick()
        assert page.button.isEnabled() and not page.wait_label.isVisibleTo(page)
    assert waits == ["0:01.", "0:02.", "0:04.", "0:08.", "0:16.", "0:30."]
    assert page.wait_label.text().startswith("Too many wrong tries.")


def test_nothing_gets_in_while_the_lock_page_waits(
    make_window: Callable[[GroupStore | None], MainWindow], encrypted_demo: Path, clock: Clock
) -> None:
    window = _locked(make_window, encrypted_demo)
    page = window.lock_page
    for _ in range(3):
        _try(window, "not it")
    assert page.wait_label.text().endswith(" 0:01.")
    # The right passphrase, by Enter, by the (disabled) button or straight in, is not tried.
    page.field.setText(PASSPHRASE)
    page.field.returnPressed.emit()
    page.button.click()
    assert not window.safety.try_unlock(PASSPHRASE) and window.safety.locked
    clock.now += 1
    page.countdown.tick()
    _try(window, "still not it")  # those refused tries were not counted: this is the 4th
    assert page.wait_label.text().endswith(" 0:02.") and not page.button.isEnabled()
    clock.now += 1.2
    page.countdown.tick()
    assert page.wait_label.text().endswith(" 0:01.") and not page.button.isEnabled()
    clock.now += 1
    page.countdown.tick()
    _try(window, PASSPHRASE)
    assert not window.safety.locked
    # The right one clears the count: the next mistake is a free one again.
    window.safety.lock()
    _try(window, "not it")
    assert page.button.isEnabled()


def test_the_wait_counts_down_on_a_timer_without_holding_the_window(
    make_window: Callable[[GroupStore | None], MainWindow], encrypted_demo: Path, qtbot: Any
) -> None:
    WRONG_TRIES.clear()
    window = _locked(make_window, encrypted_demo)
    page = window.lock_page
    try:
        for _ in range(3):
            _try(window, "not it")
        assert not page.button.isEnabled() and page.countdown.timer.isActive()
        qtbot.waitUntil(page.button.isEnabled, timeout=3000)  # the event loop ran meanwhile
        assert not page.countdown.timer.isActive() and not page.wait_label.isVisibleTo(page)
        _try(window, PASSPHRASE)
        assert not window.safety.locked
    finally:
        WRONG_TRIES.clear()


def test_opening_a_file_waits_too_after_wrong_passphrases(
    make_window: Callable[[GroupStore | None], MainWindow],
    encrypted_demo: Path,
    clock: Clock,
    qtbot: Any,
) -> None:
    name = encrypted_demo.name
    asked = []
    for wrong in (False, True, True, True):  # as the window asks: first, then after each miss
        dialog = PassphraseDialog(None, name, wrong)
        qtbot.addWidget(dialog)
        asked.append(dialog.open_button.isEnabled())
    assert asked == [True, True, True, False]
    assert dialog.wait_label.text() == "Too many wrong tries. You can try again in 0:01."
    dialog.show()
    dialog.field.setText(PASSPHRASE)
    dialog.accept()  # what Enter would do: refused while Open is off
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    clock.now += 1
    dialog.countdown.tick()
    assert dialog.open_button.isEnabled() and not dialog.wait_label.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    # Another wrong one after that waits longer: closing the dialog did not start over...
    assert PassphraseDialog(None, name, True).countdown.left() == 2
    # ...but opening the file with the right passphrase does.
    make_window(open_store(encrypted_demo, passphrase=PASSPHRASE))
    assert WRONG_TRIES.wait_left(name) == 0
    assert PassphraseDialog(None, name, True).open_button.isEnabled()
