"""The roster's slow work runs as ops: filling (seconds for a few years) is planned off the
window's thread with progress and Cancel, then saved in one short write as one undo step;
importing a member list reads and checks off the thread and adds everyone as one step. The
fill dialog asks the service's own range check."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog

from groupkeeper.roster import importing, rotation
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import Problem, Roster, Stop, Stopped
from groupkeeper.roster.service import MAX_FILL_DAYS
from groupkeeper.ui.kit.forms import qdate
from groupkeeper.ui.roster.dialogs import FillDialog
from groupkeeper.ui.roster.flows import RosterFlows
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import TODAY, Notes
from tests.ui.conftest import SAFETY, click_ok


def _turns(window: MainWindow) -> dict[Any, Any]:
    return window.ctx.read(lambda s: roster.list_assignments(s))


def _until_stopped(stop: Stop | None) -> NoReturn:
    """Work that lasts until it is told to stop, then stops as the real work does."""
    for _ in range(int(SAFETY / 0.005)):
        if stop is not None and stop.is_set():
            raise Stopped
        threading.Event().wait(0.005)
    raise AssertionError("the work was never told to stop")


def _progress(window: MainWindow) -> QProgressDialog:
    """The progress of the op under way: the newest (older ones are closed and going)."""
    return window.findChildren(QProgressDialog)[-1]


def test_fill_from_the_dialog_is_one_undo_step_on_the_roster(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda t, text: told.append((t, text)))
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *_a: True)
    before = _turns(demo_window)
    demo_window.registry["fill"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, FillDialog)
    # Past what the demo has filled (a year), so there is something to fill.
    dialog.first.setDate(qdate(TODAY + timedelta(days=400)))
    dialog.last.setDate(qdate(TODAY + timedelta(days=430)))
    click_ok(dialog)
    assert notes == [] and [t for t, _ in told] == ["Roster filled"]
    assert told[0][1].startswith("Roster Tue 6 Apr 2027 to Thu 6 May 2027: ")
    assert demo_window.section() == "roster"
    added = set(_turns(demo_window)) - set(before)
    assert added and {k.original for k in added} <= {
        TODAY + timedelta(days=d) for d in range(400, 431)
    }
    step = demo_window.ctx.data.store.history.next_undo
    assert step is not None and step.section == "roster"
    assert step.label == "Fill roster, Tue 6 Apr 2027 – Thu 6 May 2027"
    assert demo_window.ctx.data.undo() is None  # one Ctrl+Z takes the whole fill away
    assert _turns(demo_window) == before
    assert demo_window.ctx.data.store.history.next_redo is step


def test_the_fill_dialog_asks_the_services_own_range_check(demo_window: MainWindow) -> None:
    demo_window.registry["fill"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, FillDialog)
    dialog.last.setDate(qdate(TODAY + timedelta(days=MAX_FILL_DAYS + 1)))
    click_ok(dialog)
    assert dialog.isVisible() and dialog.errors.text() == "Fill at most three years at a time."
    dialog.last.setDate(qdate(TODAY + timedelta(days=MAX_FILL_DAYS)))
    assert dialog.problems() == [] == roster.check_fill_range(*dialog.span())
    dialog.last.setDate(qdate(TODAY - timedelta(days=1)))
    assert dialog.problems() == roster.check_fill_range(*dialog.span()) != []
    dialog.reject()


def test_the_fill_is_chosen_off_the_window_thread_and_saved_on_it(
    qtbot: Any, demo_window: MainWindow, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = threading.current_thread()
    planning: list[threading.Thread] = []
    recorded: list[threading.Thread] = []
    started, release = threading.Event(), threading.Event()
    real_plan = roster.plan_fill

    def plan_fill(*args: Any, **kw: Any) -> roster.FillPlan:
        planning.append(threading.current_thread())
        started.set()
        assert release.wait(SAFETY)
        return real_plan(*args, **kw)

    monkeypatch.setattr(roster, "plan_fill", plan_fill)
    history = demo_window.ctx.data.store.history
    real_push = history.push

    def push(step: Any) -> None:
        recorded.append(threading.current_thread())
        real_push(step)

    monkeypatch.setattr(history, "push", push)
    before = history.next_undo
    demo_window.show_section("roster")
    first, last = demo_window.roster_page.span()
    heard: list[threading.Thread] = []
    demo_window.ctx.changed.connect(lambda: heard.append(threading.current_thread()))
    demo_window.ctx.flow(RosterFlows).fill(first, last, replace=True)
    assert started.wait(SAFETY)
    turns: list[int] = []

    def turned() -> bool:  # asked once each time the window's event loop turns
        turns.append(1)
        return len(turns) > 3

    qtbot.waitUntil(turned)  # the window goes on meanwhile
    assert history.next_undo is before  # nothing saved while choosing
    release.set()
    qtbot.waitUntil(lambda: history.next_undo is not before, timeout=int(SAFETY * 1000))
    assert planning and all(t is not main for t in planning)
    # The one step, recorded off the window's thread too (saving a year is over 100 ms)...
    assert len(recorded) == 1 and recorded[0] is not main
    step = history.next_undo
    assert step is not None and step.label.startswith("Fill roster, ")
    # ...and the window hears of it on its own thread, once.
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [main]


def test_cancel_stops_the_fill_and_saves_nothing(
    qtbot: Any, demo_window: MainWindow, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    stops: list[Stop | None] = []

    def slow_fill(problem: Problem, *, progress: Any = None, stop: Stop | None = None) -> Roster:
        stops.append(stop)
        started.set()
        _until_stopped(stop)

    monkeypatch.setattr(rotation, "fill", slow_fill)
    history = demo_window.ctx.data.store.history
    before, turns = history.next_undo, _turns(demo_window)
    demo_window.show_section("roster")
    demo_window.ctx.flow(RosterFlows).fill(*demo_window.roster_page.span(), replace=True)
    assert started.wait(SAFETY)
    _progress(demo_window).canceled.emit()  # what its Cancel button sends
    said = "The roster was not filled: you pressed Cancel."
    qtbot.waitUntil(lambda: demo_window.statusBar().currentMessage() == said, timeout=10_000)
    assert stops and stops[0] is not None and stops[0].is_set()
    assert history.next_undo is before and _turns(demo_window) == turns


def test_a_change_made_while_the_fill_was_chosen_is_chosen_again(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    """Before its progress shows, the window still takes clicks: a plan made from the file as
    it was is never saved over a change made meanwhile."""
    demo_window.show_section("roster")
    page = demo_window.roster_page
    slot = next(k for k, a in sorted(page.model.assigned.items()) if not a.locked)
    who = page.model.assigned[slot].member_id
    real_plan = roster.plan_fill
    plans: list[roster.FillPlan] = []

    def plan_fill(*args: Any, **kw: Any) -> roster.FillPlan:
        plan = real_plan(*args, **kw)
        if not plans:  # the person locks a turn while the first plan is being made
            page.set_locked(slot, True)
        plans.append(plan)
        return plan

    monkeypatch.setattr(roster, "plan_fill", plan_fill)
    first, last = page.span()
    demo_window.ctx.flow(RosterFlows).fill(first, last, replace=True)
    assert len(plans) == 2 and notes == []
    now = _turns(demo_window)[slot]
    assert now.locked and now.member_id == who
    history = demo_window.ctx.data.store.history
    steps = list(history.steps())
    assert steps[-1].label.startswith("Fill roster, ") and steps[-2].label.startswith("Lock ")


# ---------------------------------------------------------------- importing members


def test_an_import_is_one_undo_step_on_members(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    told: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda _t, text: told.append(text))
    good = tmp_path / "good.csv"
    good.write_text("first_name,last_initial,roles\nRémi,D,Reader\nZoë,L,\n", encoding="utf-8")
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: good)
    demo_window.show_section("members")
    demo_window.registry["import_members"].trigger()
    assert notes == [] and told == ["Added 2 members from good.csv."]
    page = demo_window.members_page
    assert page.model.rowCount() == 27
    step = demo_window.ctx.data.store.history.next_undo
    assert step is not None and (step.label, step.section) == (
        "Import members from good.csv",
        "members",
    )
    assert demo_window.ctx.data.undo() is None
    assert page.model.rowCount() == 25


def test_an_import_can_be_cancelled_while_it_is_checked(
    qtbot: Any,
    demo_window: MainWindow,
    pool: QThreadPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    started = threading.Event()

    def slow_plan(_s: Any, _raw: bytes, *, stop: Stop | None = None) -> importing.ImportPlan:
        started.set()
        _until_stopped(stop)

    monkeypatch.setattr(importing, "plan_members", slow_plan)
    good = tmp_path / "good.csv"
    good.write_text("first_name\nRémi\n", encoding="utf-8")
    monkeypatch.setattr(demo_window.prompts, "ask_import_path", lambda *_a: good)
    history = demo_window.ctx.data.store.history
    before = history.next_undo
    demo_window.show_section("members")
    demo_window.registry["import_members"].trigger()
    assert started.wait(SAFETY)
    _progress(demo_window).canceled.emit()
    said = "Nothing was imported: you pressed Cancel."
    qtbot.waitUntil(lambda: demo_window.statusBar().currentMessage() == said, timeout=10_000)
    assert history.next_undo is before and notes == []
    assert demo_window.members_page.model.rowCount() == 25
