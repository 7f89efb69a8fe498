"""The roster's fill range is checked in one place, the service's: the fill refuses what the
fill dialog's own check (the same call) refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from groupkeeper.errors import ValidationError
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MAX_FILL_DAYS, MemberRecord
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore

TUE = date(2026, 1, 6)


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
            roster.fill_roster(s, TUE, last)
        else:
            with pytest.raises(ValidationError) as caught:
                roster.fill_roster(s, TUE, last)
            assert caught.value.problems == [problem]
