"""Filling the roster in two halves, as the window does it: a plan that only reads (so it can
run off the window's thread, report progress and stop) and one short write that saves it, or
refuses when the turns it was made from changed since. One range check, the service's, is
what the fill dialog asks too."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import SlotKey, Stopped
from groupkeeper.roster.service import MAX_FILL_DAYS, MemberRecord
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore

TUE = date(2026, 1, 6)
LAST = TUE + timedelta(weeks=9)


@pytest.fixture
def tuesday(
    store: GroupStore,
    make_series: Callable[..., schedule.SeriesRecord],
    make_member: Callable[..., MemberRecord],
    role_ids: dict[str, int],
) -> int:
    series = make_series()
    with store.session() as s, s.begin():
        roster.set_series_needs(
            s, series.id, [(role_ids["Facilitator"], 1), (role_ids["Reader"], 2)]
        )
    for name in ("Ana", "Ben", "Cy", "Di", "Ed"):
        make_member(name, ("Facilitator", "Reader"))
    return series.id


def _turns(store: GroupStore) -> dict[SlotKey, roster.Assignment]:
    with store.session() as s:
        return roster.list_assignments(s)


def test_a_plan_saves_nothing_and_applied_is_the_same_as_a_fill(
    store: GroupStore, tuesday: int
) -> None:
    with store.session() as s:
        plan = roster.plan_fill(s, TUE, LAST)
    assert _turns(store) == {}  # planning only read
    with store.session() as s, s.begin():
        result = roster.apply_fill(s, plan)
    planned = _turns(store)
    assert (result.filled, len(result.open)) == (30, 0) and len(planned) == 30
    with store.session() as s, s.begin():
        roster.fill_roster(s, TUE, LAST, replace=True)  # the same input, the same roster
    assert {k: a.member_id for k, a in _turns(store).items()} == {
        k: a.member_id for k, a in planned.items()
    }


def test_a_plan_is_refused_once_a_turn_it_read_has_changed(
    store: GroupStore, tuesday: int, role_ids: dict[str, int]
) -> None:
    with store.session() as s, s.begin():
        roster.fill_roster(s, TUE, LAST)
    with store.session() as s:
        plan = roster.plan_fill(s, TUE, LAST, replace=True)
    slot = SlotKey(tuesday, TUE + timedelta(weeks=2), role_ids["Facilitator"], 0)
    with store.session() as s, s.begin():  # a turn locked by hand meanwhile
        roster.set_locked(s, slot, True)
    before = _turns(store)
    with (
        store.session() as s,
        s.begin(),
        pytest.raises(GroupKeeperError, match="changed while it was being filled"),
    ):
        roster.apply_fill(s, plan)
    assert _turns(store) == before and before[slot].locked


def test_progress_hears_each_meeting_and_a_stop_saves_nothing(
    store: GroupStore, tuesday: int
) -> None:
    heard: list[tuple[int, int]] = []
    with store.session() as s:
        roster.plan_fill(s, TUE, LAST, progress=lambda d, t: heard.append((d, t)))
    assert heard == [(n, 10) for n in range(10)]  # ten Tuesdays
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 4:
            stop.set()

    with store.session() as s, pytest.raises(Stopped):
        roster.plan_fill(s, TUE, LAST, progress=progress, stop=stop)
    assert _turns(store) == {}


@pytest.mark.parametrize(
    ("days", "problem"),
    [
        (
            -1,
            "The end of the range (Mon 5 Jan 2026) is before its start (Tue 6 Jan 2026). "
            "Choose an end date after the start.",
        ),
        (MAX_FILL_DAYS + 1, "Fill at most three years at a time."),
        (MAX_FILL_DAYS, None),
        (0, None),
    ],
)
def test_one_range_check_for_the_dialog_and_the_fill(
    store: GroupStore, tuesday: int, days: int, problem: str | None
) -> None:
    last = TUE + timedelta(days=days)
    assert roster.check_fill_range(TUE, last) == ([problem] if problem else [])
    with store.session() as s:
        if problem is None:
            roster.plan_fill(s, TUE, last)
        else:
            with pytest.raises(ValidationError) as caught:
                roster.plan_fill(s, TUE, last)
            assert caught.value.problems == [problem]
