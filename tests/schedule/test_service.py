"""Schedule use-cases through their public functions, against a real group file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import ExceptionKind, Status
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore
from tests.conftest import series_input

MakeSeries = Callable[..., service.SeriesRecord]


def check(store: GroupStore, **kw: object) -> service.Check:
    with store.session() as s:
        return service.check_series(s, series_input(**kw))


def test_series_round_trips_every_field(store: GroupStore, make_series: MakeSeries) -> None:
    rec = make_series(end_date=date(2026, 12, 29), notes="Coffee at 6:30", formats=("X", "O", "D"))
    with store.session() as s:
        again = service.get_series(s, rec.id)
    assert again.data == series_input(
        end_date=date(2026, 12, 29), notes="Coffee at 6:30", formats=("O", "D", "X")
    )
    assert again.rrule == "FREQ=WEEKLY;BYDAY=TU"
    assert again.when == "Every Tuesday"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "   "}, "Give the meeting a name."),
        (
            {"end_date": date(2025, 12, 1)},
            "The end date (01 Dec 2025) is before the start date (06 Jan 2026).",
        ),
        ({"repeat": Repeat(RepeatKind.WEEKLY)}, "Choose at least one day of the week."),
        ({"duration_minutes": 0}, "A meeting lasts between 5 minutes and 12 hours."),
        ({"formats": ("O", "ZZZ")}, "Unknown format code: ZZZ. Add it as a group format first."),
        (
            {"repeat": Repeat(RepeatKind.WEEKLY, weekdays=(0,)), "end_date": date(2026, 1, 7)},
            "These settings give no meeting dates at all. Check the start and end dates.",
        ),
    ],
)
def test_bad_series_is_refused_and_nothing_saved(
    store: GroupStore, overrides: dict[str, object], message: str
) -> None:
    assert message in check(store, **overrides).errors
    with pytest.raises(ValidationError) as err, store.session() as s, s.begin():
        service.create_series(s, series_input(**overrides))
    assert message in err.value.problems
    with store.session() as s:
        assert service.list_series(s) == []


def test_fifth_weekday_and_31st_warn_that_months_are_skipped(store: GroupStore) -> None:
    fifth = check(store, repeat=Repeat(RepeatKind.MONTHLY_NTH, weekdays=(3,), nths=(5,)))
    assert fifth.errors == [] and "Months without a fifth Thursday are skipped." in fifth.warnings
    day31 = check(store, repeat=Repeat(RepeatKind.MONTHLY_DAY, month_day=31))
    assert "Months without a day 31 are skipped." in day31.warnings


def test_same_day_and_time_warns_of_a_duplicate(store: GroupStore, make_series: MakeSeries) -> None:
    make_series(name="Tuesday Night Discussion")
    result = check(store, name="Tuesday Step Study")
    assert result.errors == []
    assert any("'Tuesday Night Discussion' also meets at 19:00" in w for w in result.warnings)
    assert check(store, name="Later", start_time=time(20, 0)).warnings == []


def test_edit_delete_and_undo_keep_ids_and_changed_dates(
    store: GroupStore, make_series: MakeSeries
) -> None:
    rec = make_series()
    with store.session() as s, s.begin():
        service.cancel_date(s, rec.id, date(2026, 1, 13), "Snow")
        service.update_series(s, rec.id, series_input(name="Renamed", start_time=time(18, 30)))
    with store.change("Delete meeting Renamed") as s:
        service.delete_series(s, rec.id)
    with store.session() as s:
        assert service.list_series(s) == []
        assert service.list_changes(s) == []
    store.undo()
    with store.session() as s:
        back = service.get_series(s, rec.id)
        got = service.occurrences(s, date(2026, 1, 13), date(2026, 1, 13))
    assert back.id == rec.id and back.name == "Renamed" and back.data.start_time == time(18, 30)
    assert [(o.status, o.note) for o in got] == [(Status.CANCELLED, "Snow")]


def test_cancel_move_and_restore_a_date(store: GroupStore, make_series: MakeSeries) -> None:
    rec = make_series()
    with store.session() as s, s.begin():
        service.cancel_date(s, rec.id, date(2026, 1, 13), "Building closed for the holiday")
        service.move_date(
            s, rec.id, date(2026, 1, 20), date(2026, 1, 21), time(18, 0), "Hall booked"
        )
    with store.session() as s:
        got = service.occurrences(s, date(2026, 1, 12), date(2026, 1, 25))
    assert [(o.day, o.start, o.status, o.note) for o in got] == [
        (date(2026, 1, 13), time(19), Status.CANCELLED, "Building closed for the holiday"),
        (date(2026, 1, 21), time(18), Status.MOVED, "Hall booked"),
    ]
    with store.session() as s, s.begin():
        removed = service.clear_change(s, rec.id, date(2026, 1, 13))
    assert removed is not None and removed.kind is ExceptionKind.CANCELLED
    with store.session() as s:
        assert (
            service.occurrences(s, date(2026, 1, 13), date(2026, 1, 13))[0].status
            is Status.SCHEDULED
        )


def test_a_date_the_series_does_not_meet_cannot_be_cancelled(
    store: GroupStore, make_series: MakeSeries
) -> None:
    rec = make_series()
    with (
        pytest.raises(ValidationError, match="does not meet on Wed 14 Jan 2026"),
        store.session() as s,
    ):
        service.cancel_date(s, rec.id, date(2026, 1, 14))
    with pytest.raises(ValidationError, match="different date or time"), store.session() as s:
        service.move_date(s, rec.id, date(2026, 1, 13), date(2026, 1, 13), None)


def test_missing_series_is_a_plain_error(store: GroupStore) -> None:
    with pytest.raises(GroupKeeperError, match="no longer exists"), store.session() as s:
        service.get_series(s, 999)


def test_custom_formats(store: GroupStore, make_series: MakeSeries) -> None:
    with store.session() as s, s.begin():
        service.add_custom_format(s, "GC", "Group conscience")
    rec = make_series(formats=("GC", "C"))
    assert rec.data.formats == ("C", "GC")
    with store.session() as s:
        assert service.format_labels(s)["GC"] == "Group conscience"
    with pytest.raises(ValidationError, match="already a Meeting Guide code"), store.session() as s:
        service.add_custom_format(s, "O", "Open")
    with pytest.raises(ValidationError, match="1 to 16 letters"), store.session() as s:
        service.add_custom_format(s, "bad code!", "x")
