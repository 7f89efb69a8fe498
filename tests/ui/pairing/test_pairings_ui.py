"""The Pairings section, driven with qtbot: make a request, see ranked candidates, confirm one
and see it active; log a check-in; end a pairing; suggestions for everyone waiting; bad input
kept in the dialog with nothing saved; the home view; the confidential list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from groupkeeper.pairing import service as ps
from groupkeeper.pairing.conventions import SameGender
from groupkeeper.pairing.models import Status
from groupkeeper.roster import service as roster
from groupkeeper.store import GroupStore
from groupkeeper.ui.pairing.dialogs import (
    CheckinDialog,
    ConventionsDialog,
    EndDialog,
    PairDialog,
    ProfileDialog,
    ProposalsDialog,
    RequestDialog,
)
from groupkeeper.ui.pairing.page import PairingsPage
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import TODAY, Notes
from tests.ui.conftest import click_ok


def _page(window: MainWindow) -> PairingsPage:
    window.registry["pairings"].trigger()
    assert window.section() == "pairings"
    return window.pairings_page


def _column(model: Any, col: int = 0) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _cell(dialog: ProposalsDialog, row: int, col: int) -> str:
    item = dialog.table.item(row, col)
    assert item is not None
    return item.text()


def _pairings(window: MainWindow, status: Status) -> list[ps.Pairing]:
    ctl = window.controller
    assert ctl is not None
    return ctl.read(lambda s: ps.list_pairings(s, status))


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_window: MainWindow) -> None:
    page = _page(demo_window)
    assert page.candidates.rowCount() == 9  # Rosa's 8 candidates and 1 excluded
    page.tabs.setCurrentIndex(page.ACTIVE)
    page.views[page.ACTIVE].selectRow(0)
    assert page.checkins.rowCount() > 0
    for model in (
        page.waiting,
        page.active,
        page.ended,
        page.mentors,
        page.candidates,
        page.checkins,
    ):
        qtmodeltester.check(model)


def test_the_page_shows_waiting_active_and_overdue(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    assert _column(page.waiting) == ["Rosa V.", "Tanya C.", "Quinn J.", "Owen F.", "Sam E."]
    assert page.tabs.tabText(page.ACTIVE) == "Active (5, 1 overdue)"
    assert "1 overdue for a check-in" in page.summary.text()
    # The most overdue first, bold and red.
    first = page.active.index(0, 4)
    assert _column(page.active)[0] == "Frank O." and first.data().startswith("Overdue since")
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert not page.active.index(1, 4).data(Qt.ItemDataRole.FontRole)
    # Rosa's candidates, best first, with reasons; Ximena is excluded and says why.
    assert page.title.text() == "Rosa V. is waiting for a sponsor"
    assert _column(page.candidates)[:2] == ["Ana R.", "Uriel Z."]
    assert "shares Spanish" in page.candidates.index(0, 2).data()
    assert (
        page.candidates.index(8, 2).data()
        == "Not suggested: below the group's minimum experience (7 of 12 months)"
    )


def test_request_candidates_confirm_checkin_and_end(
    demo_window: MainWindow, qtbot: Any, notes: Notes
) -> None:
    page = _page(demo_window)
    # Hamid asks (his last pairing ended); he asks for French.
    page.flows.new_request()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, RequestDialog)
    dialog.member.setCurrentIndex(dialog.member.findText("Hamid S."))
    assert dialog.own_gender.text() == "Man"  # from his profile
    dialog.language.setCurrentText("French")
    dialog.focus.new.setText("Parents")
    dialog.focus.add_new()
    click_ok(dialog)
    assert not dialog.isVisible()
    assert page.title.text() == "Hamid S. is waiting for a sponsor"
    assert "French, Parents" in page.info.text()
    names = _column(page.candidates)
    assert names[0] == "Jamal K." and "shares French" in page.candidates.index(0, 2).data()
    page.candidate_view.selectRow(0)
    page.pair_button.click()
    pair = demo_window.ctx.dialog
    assert isinstance(pair, PairDialog)
    click_ok(pair)
    assert page.tabs.currentIndex() == page.ACTIVE
    assert page.title.text() == "Hamid S. with Jamal K."
    [hamid] = [p for p in _pairings(demo_window, Status.ACTIVE) if p.seeker == "Hamid S."]
    assert (hamid.started, hamid.next_due) == (TODAY, TODAY + timedelta(days=14))
    # Log a check-in on the overdue pairing: it is no longer overdue.
    page.select(
        page.ACTIVE,
        next(p.id for p in _pairings(demo_window, Status.ACTIVE) if p.seeker == "Frank O."),
    )
    page.checkin_button.click()
    log = demo_window.ctx.dialog
    assert isinstance(log, CheckinDialog)
    log.note.setText("Coffee after the meeting")
    click_ok(log)
    assert page.tabs.tabText(page.ACTIVE) == "Active (6)"
    assert page.checkins.index(0, 1).data() == "Coffee after the meeting"
    # End it, and never suggest the two again.
    page.end_button.click()
    end = demo_window.ctx.dialog
    assert isinstance(end, EndDialog)
    end.reason.setText("Frank moved away")
    end.never.setChecked(True)
    click_ok(end)
    assert page.tabs.currentIndex() == page.ENDED and page.title.text() == "Frank O. with Ben T."
    assert "Frank moved away" not in page.info.text()  # private: shown only when asked
    page.private_button.click()
    assert "Private reason: Frank moved away" in page.info.text()
    assert not page.checkin_button.isVisibleTo(page)
    assert notes == []


def test_bad_input_stays_in_the_dialog_and_saves_nothing(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    page.candidate_view.selectRow(0)
    page.pair_button.click()
    pair = demo_window.ctx.dialog
    assert isinstance(pair, PairDialog)
    pair.start.setDate(QDate(2026, 3, 9))  # a week after "today"
    click_ok(pair)
    assert pair.isVisible() and "is in the future" in pair.errors.text()
    pair.reject()
    assert len(_pairings(demo_window, Status.REQUESTED)) == 5
    # A willing profile that can take nobody.
    page.tabs.setCurrentIndex(page.MENTORS)
    page.views[page.MENTORS].selectRow(0)
    page.flows.edit_profile()
    profile = demo_window.ctx.dialog
    assert isinstance(profile, ProfileDialog)
    profile.capacity.setValue(0)
    click_ok(profile)
    assert profile.isVisible() and "at least 1 person" in profile.errors.text()
    profile.reject()
    assert page.mentors.index(0, 1).data() == "1 of 3"
    # Someone already waiting cannot ask twice.
    page.flows.new_request()
    again = demo_window.ctx.dialog
    assert isinstance(again, RequestDialog)
    again.member.setCurrentIndex(again.member.findText("Rosa V."))
    click_ok(again)
    assert again.isVisible() and "already waiting" in again.errors.text()
    again.reject()
    assert len(_pairings(demo_window, Status.REQUESTED)) == 5


def test_never_suggest_a_pair_and_allow_it_again(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(demo_window)
    asked: list[str] = []

    def confirm(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    page.candidate_view.selectRow(0)
    assert page.block_button.text() == "Never suggest this pair…"
    page.block_button.click()
    assert asked and asked[0].startswith("Never suggest Ana R. for Rosa V. again?")
    assert page.title.text() == "Rosa V. is waiting for a sponsor"  # still on Rosa
    assert _column(page.candidates)[0] == "Uriel Z."
    row = _column(page.candidates).index("Ana R.")
    assert "marked not to be paired with Rosa V. again" in page.candidates.index(row, 2).data()
    page.candidate_view.selectRow(row)
    assert page.block_button.text() == "Allow this pair again" and not page.pair_button.isEnabled()
    page.block_button.click()
    assert _column(page.candidates)[0] == "Ana R." and len(asked) == 1


def test_suggest_for_everyone_waiting_confirms_only_what_a_person_confirms(
    demo_window: MainWindow,
) -> None:
    page = _page(demo_window)
    page.suggest_button.click()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ProposalsDialog)
    assert dialog.table.rowCount() == 5
    assert _cell(dialog, 0, 0) == "Rosa V." and _cell(dialog, 0, 1) == "Ana R."
    dialog.confirm_button.click()
    assert _cell(dialog, 0, 4) == "confirmed"
    dialog.decline_button.click()  # the next one, Tanya's
    assert _cell(dialog, 1, 4) == "declined"
    dialog.accept()
    waiting = [p.seeker for p in _pairings(demo_window, Status.REQUESTED)]
    assert "Rosa V." not in waiting and "Tanya C." in waiting and len(waiting) == 4
    assert [p.mentor for p in _pairings(demo_window, Status.ACTIVE) if p.seeker == "Rosa V."] == [
        "Ana R."
    ]


def test_a_new_profile_and_the_conventions(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    page.tabs.setCurrentIndex(page.MENTORS)
    page.flows.add_profile()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ProfileDialog)
    # Someone who asked for a sponsor already has a profile with their gender: it is kept.
    dialog.member.setCurrentIndex(dialog.member.findText("Rosa V."))
    assert dialog.gender.text() == "Woman" and dialog.willing.isChecked()
    dialog.member.setCurrentIndex(dialog.member.findText("Dev P."))
    assert dialog.gender.text() == ""
    dialog.capacity.setValue(2)
    dialog.languages.setText("English, Punjabi")
    click_ok(dialog)
    assert page.title.text() == "Dev P."
    assert "room for 2 more" in page.info.text() and "English, Punjabi" in page.info.text()
    assert _column(page.mentors).count("Rosa V.") == 0  # only people willing are listed
    page.flows.edit_conventions()
    rules = demo_window.ctx.dialog
    assert isinstance(rules, ConventionsDialog)
    rules.same.setCurrentIndex(rules.same.findData(SameGender.REQUIRE))
    rules.months.setValue(0)
    click_ok(rules)
    ctl = demo_window.controller
    assert ctl is not None
    assert ctl.read(ps.conventions).same_gender is SameGender.REQUIRE


def test_home_shows_overdue_checkins_and_waiting(demo_window: MainWindow) -> None:
    demo_window.registry["home"].trigger()
    home = demo_window.home_page
    assert home.pairs_label.text() == "5 people are waiting for a sponsor."
    assert home.overdue_label.text() == "Check-ins overdue: 1. Open Pairings to see which."
    assert home.overdue_label.isVisibleTo(home)


def test_print_the_pairing_list(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pairs.pdf"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    monkeypatch.setattr(demo_window.prompts, "offer_open", lambda _p: None)
    demo_window.registry["export_pairings"].trigger()
    dialog = demo_window.ctx.dialog
    from groupkeeper.ui.export.dialog import ExportDialog

    assert isinstance(dialog, ExportDialog)
    assert not dialog.notes.isChecked()  # private notes only when chosen
    click_ok(dialog)
    pages = [(p.extract_text() or "") for p in PdfReader(out).pages]
    assert all("CONFIDENTIAL" in p for p in pages)
    assert "Working step 4" not in " ".join(pages)
    assert demo_window.ctx.last_export == out


def test_an_empty_group_explains_what_to_do(make_window: Any, store: GroupStore) -> None:
    window = make_window(store)
    page = _page(window)
    assert page.waiting.rowCount() == 0
    assert "Nobody is waiting" in page.info.text()
    assert not page.suggest_button.isEnabled()


def test_a_request_and_the_askers_gender_are_one_undo_step(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    ctl = demo_window.controller
    assert ctl is not None
    hamid = ctl.read(lambda s: roster.find_member(s, "Hamid S."))
    assert ctl.read(lambda s: ps.get_profile(s, hamid.id)).gender == "Man"
    page.flows.new_request()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, RequestDialog)
    dialog.member.setCurrentIndex(dialog.member.findText("Hamid S."))
    dialog.own_gender.setText("Trans man")
    click_ok(dialog)
    assert not dialog.isVisible() and page.title.text() == "Hamid S. is waiting for a sponsor"
    assert ctl.read(lambda s: ps.get_profile(s, hamid.id)).gender == "Trans man"
    step = ctl.store.history.next_undo
    assert step is not None and (step.label, step.section) == ("New request", "pairings")
    assert ctl.undo() is None  # one Ctrl+Z: the request and the words he chose, both
    assert ctl.read(lambda s: ps.get_profile(s, hamid.id)).gender == "Man"
    assert "Hamid S." not in [p.seeker for p in _pairings(demo_window, Status.REQUESTED)]


def test_suggestions_for_everyone_are_worked_out_off_the_window_thread(
    qtbot: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, pool: Any
) -> None:
    import threading

    threads: list[threading.Thread] = []
    suggest = ps.suggest_all

    def suggest_all(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return suggest(*args)

    monkeypatch.setattr(ps, "suggest_all", suggest_all)
    page = _page(demo_window)
    page.suggest_button.click()
    qtbot.waitUntil(lambda: isinstance(demo_window.ctx.dialog, ProposalsDialog), timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ProposalsDialog) and dialog.table.rowCount() == 5
    dialog.reject()
    assert pool.waitForDone(10_000)


def test_a_new_group_says_what_to_do_when_nobody_is_willing_yet(
    make_window: Any, store: GroupStore
) -> None:
    """Nobody has a sponsor profile: the request's pane says so and where to add one, rather
    than "see why below" over an empty list."""
    with store.session() as s, s.begin():
        ana = roster.create_member(s, roster.MemberInput("Ana", "R")).id
        ps.create_request(s, ps.RequestInput(ana, TODAY, "English", ()), TODAY)
    window = make_window(store)
    page = _page(window)
    page.views[page.WAITING].selectRow(0)
    heading = page.candidate_heading.text()
    assert "see why below" not in heading
    assert heading.startswith("No one has said they are willing to sponsor yet.")
    assert "Add someone willing…" in heading and page.candidates.rowCount() == 0
