"""Files a person imports are strangers: sizes, kinds, lengths and counts are bounded before
the work starts, and parsing is linear. A hostile meeting list, member list, repeat rule or
group file gets a plain message (or a cut with a warning), never a hang."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.service import get_group
from groupkeeper.interchange import meeting_guide as mg
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.pairing import service as pairing
from groupkeeper.roster import importing
from groupkeeper.roster import service as roster
from groupkeeper.schedule import recurrence, service
from groupkeeper.schedule.occurrences import ExceptionKind
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input
from tests.test_cli import run

GENEROUS = 60.0  # seconds: only a hang (or quadratic work on megabytes) gets near it
MB = 1024 * 1024


def finishes(work: Callable[[], Any], timeout: float = GENEROUS) -> Any:
    """Run ``work`` in a thread and return what it returned or raise what it raised; fail
    the test if it is still running after ``timeout`` (it hung, or is reading forever)."""
    done: dict[str, Any] = {}

    def target() -> None:
        try:
            done["value"] = work()
        except BaseException as exc:  # handed back to the test's thread
            done["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still running after {timeout:.0f} s: it hangs"
    if "error" in done:
        raise done["error"]
    return done.get("value")


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe nobody writes to: reading it waits forever. (CI and the laptops these
    files reach by stick are where pipes exist; Windows has none to refuse.)"""
    path = tmp_path / "list.fifo"
    os.mkfifo(path)
    yield path
    with contextlib.suppress(OSError):  # a reader stuck in open() (a regression) sees its end
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def _dev_zero() -> Path:
    return Path("/dev/zero")


# ---------------------------------------------------------------- meeting lists


def _entry(**fields: Any) -> dict[str, Any]:
    entry = {"name": "Hope at Noon", "day": 2, "time": "12:00", "group": "Hope Group"}
    entry.update(fields)
    return entry


def _feed(*entries: Any) -> bytes:
    return json.dumps(list(entries)).encode()


@pytest.mark.parametrize("piece", ["<a b='", "<!--", "<a", "</a ", "<?", "&#<"])
def test_stripping_html_from_4_mb_of_broken_tags_finishes(piece: str) -> None:
    text = piece * (4 * MB // len(piece))
    cleaned, _had_html = finishes(lambda: mg.plain_text(text))
    assert len(cleaned) <= len(text)


def test_a_4_mb_field_in_a_meeting_list_is_cut_with_a_warning_not_a_hang() -> None:
    raw = _feed(_entry(notes="<a b='" * (4 * MB // 6)), _entry(name="Next", day=3))
    feed = finishes(lambda: mg.read_feed(raw, "big.json"))
    assert [m.name for m in feed.meetings] == ["Hope at Noon", "Next"]
    assert len(feed.meetings[0].notes) <= mg.MAX_FIELD == 10_000
    said = [str(w) for w in feed.warnings]
    assert any("Hope at Noon" in w and "notes" in w and "cut to 10,000" in w for w in said)


def test_every_text_field_is_cut_to_its_limit_and_the_meeting_still_imports(
    store: GroupStore,
) -> None:
    long = "word " * 5_000  # 25,000 characters
    raw = _feed(
        _entry(
            name="N" * 300, notes=long, location=long, location_notes=long, group=long,
            formatted_address=long,
        )
    )  # fmt: skip
    feed = mg.read_feed(raw, "long.json")
    (meeting,) = feed.meetings
    assert len(meeting.name) == 200 and len(meeting.notes) <= 10_000
    assert len(meeting.location.name) <= 200 and len(meeting.location.address) <= 10_000
    assert len(meeting.location.directions) <= 10_000 and len(meeting.group) <= 200
    said = " | ".join(str(w) for w in feed.warnings)
    for field in ("notes", "location notes", "formatted address"):
        assert f"its {field} was cut to 10,000 characters" in said
    with store.session() as s, s.begin():  # what was read is what the schedule accepts
        done = mg.import_meetings(s, feed.meetings, TODAY)
    assert len(done.series_ids) == 1


def test_a_meeting_list_over_20_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "country.json"
    with big.open("wb") as f:
        f.truncate(20 * MB + 1)
    with pytest.raises(GroupKeeperError, match=r"too big to be a meeting list \(at most 20 MB\)"):
        mg.read_feed_file(big)
    with pytest.raises(GroupKeeperError, match="too big"):
        mg.read_feed(b" " * (20 * MB + 1), "country.json")


def test_a_meeting_list_that_is_a_pipe_or_a_device_is_refused_without_reading(
    fifo: Path,
) -> None:
    for path in (fifo, _dev_zero()):
        with pytest.raises(GroupKeeperError, match="not an ordinary file") as caught:
            finishes(partial(mg.read_feed_file, path))
        assert "meeting list" in str(caught.value)
    with pytest.raises(GroupKeeperError, match="is a folder"):
        mg.read_feed_file(fifo.parent)


# ---------------------------------------------------------------- member lists


def test_a_member_list_that_is_a_pipe_or_a_device_is_refused_without_reading(
    fifo: Path,
) -> None:
    for path in (fifo, _dev_zero()):
        with pytest.raises(GroupKeeperError, match="not an ordinary file") as caught:
            finishes(partial(importing.read_members_file, path))
        assert "member list" in str(caught.value) and "\n" not in str(caught.value)


def test_the_command_refuses_dev_zero_as_a_member_list_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    args = ("import", "members", "--data", str(demo_file), str(_dev_zero()))
    code, _out, err = finishes(lambda: run(capsys, *args))
    assert code == 1 and "not an ordinary file" in err and err.count("\n") == 1


def test_a_member_list_over_5_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "members.csv"
    with big.open("wb") as f:
        f.truncate(5 * MB + 1)
    with pytest.raises(GroupKeeperError, match="too big to be a member list"):
        importing.read_members_file(big)
    small = tmp_path / "ok.csv"
    small.write_bytes(b"first_name\nAna\n")
    assert importing.read_members_file(small) == b"first_name\nAna\n"


def _import(store: GroupStore, raw: bytes) -> list[roster.MemberRecord]:
    with store.session() as s, s.begin():
        return importing.import_members(s, raw)


def test_a_member_list_cell_over_1000_characters_is_refused_by_line(store: GroupStore) -> None:
    raw = b"first_name,notes\nAna,short\nBo," + b"x" * 1_001 + b"\n"
    with pytest.raises(ValidationError, match=r"Line 3: the notes cell is over 1,000 characters"):
        _import(store, raw)
    assert _import(store, b"first_name,notes\nAna," + b"x" * 1_000 + b"\n")


def test_a_member_list_of_more_than_2000_rows_is_refused(store: GroupStore) -> None:
    raw = b"first_name\n" + b"".join(b"P%d\n" % n for n in range(2_001))
    with pytest.raises(ValidationError, match="more than 2,000 members"):
        _import(store, raw)


def test_a_member_list_of_thousands_of_columns_is_refused_in_a_short_message(
    store: GroupStore,
) -> None:
    raw = b"first_name," + b",".join(b"c%d" % n for n in range(100_000)) + b"\nAna\n"
    with pytest.raises(ValidationError, match="more than 50 columns") as caught:
        _import(store, raw)
    assert len(str(caught.value)) < 500


# ---------------------------------------------------------------- notes and long texts


NOTE = "n" * 20_001


def test_member_notes_over_20000_characters_are_refused(store: GroupStore) -> None:
    with store.session() as s:
        problems = roster.check_member(s, roster.MemberInput("Ana", notes=NOTE))
        assert "The notes are too long (20,000 characters at most)." in problems
        assert not roster.check_member(s, roster.MemberInput("Ana", notes=NOTE[1:]))
        problems = roster.check_member(s, roster.MemberInput("Ana", qualifications=NOTE))
        assert any("qualifications are too long" in p for p in problems)
        away = roster.Blackout(TODAY, TODAY, reason=NOTE)
        problems = roster.check_member(s, roster.MemberInput("Ana", blackouts=(away,)))
        assert any("reason for a time away is too long" in p for p in problems)


def test_meeting_notes_and_place_texts_over_their_limits_are_refused(store: GroupStore) -> None:
    from groupkeeper.schedule.occurrences import Location

    with store.session() as s:
        check = service.check_series(s, series_input(notes=NOTE))
        assert "The notes are too long (20,000 characters at most)." in check.errors
        assert not service.check_series(s, series_input(notes=NOTE[1:])).errors
        far = Location("Hall", "a" * 10_001, "", "d" * 10_001, "x" * 10_001)
        errors = " ".join(service.check_series(s, series_input(location=far)).errors)
        for what in ("address is", "directions are", "accessibility notes are"):
            assert f"The {what} too long (10,000 characters at most)." in errors


def test_a_note_on_a_changed_date_over_2000_characters_is_refused(
    store: GroupStore, make_series: Callable[..., service.SeriesRecord]
) -> None:
    record = make_series()
    with (
        pytest.raises(ValidationError, match=r"2,000 characters at most"),
        store.session() as s,
        s.begin(),
    ):
        service.cancel_date(s, record.id, date(2026, 1, 13), note="n" * 2_001)
    with store.session() as s, s.begin():
        change = service.cancel_date(s, record.id, date(2026, 1, 13), note="n" * 2_000)
    assert change.kind is ExceptionKind.CANCELLED


def test_a_pairing_request_note_over_20000_characters_is_refused(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        ana = roster.create_member(s, roster.MemberInput("Ana"))
    request = pairing.RequestInput(ana.id, TODAY, note=NOTE)
    with (
        pytest.raises(ValidationError, match=r"20,000 characters at most"),
        store.session() as s,
        s.begin(),
    ):
        pairing.create_request(s, request, TODAY)


def test_library_texts_over_their_limits_are_refused() -> None:
    reading = library.ResourceInput(Kind.READING, "How it works", body="b" * 100_001)
    too_long = "The text is too long (100,000 characters at most)."
    assert too_long in library.check_resource(reading)
    assert not library.check_resource(library.ResourceInput(Kind.READING, "t", "b" * 100_000))


# ---------------------------------------------------------------- repeat rules


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;BYDAY=MO",
        "FREQ=HOURLY;BYDAY=MO",
        "FREQ=DAILY;COUNT=999999999",
        "FREQ=YEARLY;BYDAY=MO",
        "FREQ=WEEKLY;INTERVAL=100000;BYDAY=MO",
        "FREQ=WEEKLY;INTERVAL=0;BYDAY=MO",
        "FREQ=WEEKLY;INTERVAL=x;BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=MO;BYHOUR=1,2,3;BYMINUTE=1,2,3;BYSECOND=1,2,3",
        "FREQ=WEEKLY;BYDAY=MO;COUNT=5",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY",
        "FREQ=MONTHLY;BYDAY=9MO",
        "FREQ=MONTHLY;BYMONTHDAY=40",
        "FREQ=MONTHLY;BYMONTHDAY=1,2,3",
        "FREQ=WEEKLY;BYDAY=" + ",".join(["MO"] * 10_000),
    ],
)
def test_a_rule_groupkeeper_would_not_make_is_a_plain_error_not_a_hang(rule: str) -> None:
    with pytest.raises(GroupKeeperError, match="repeat rule") as caught:
        finishes(lambda: recurrence.from_rrule(rule))
    assert len(str(caught.value)) < 400
    with pytest.raises(GroupKeeperError, match="repeat rule"):
        finishes(
            lambda: recurrence.dates_between(
                rule, date(2026, 1, 1), None, date(2026, 1, 1), date(2027, 12, 31)
            )
        )


def test_every_rule_groupkeeper_makes_is_still_read() -> None:
    R, K = recurrence.Repeat, recurrence.RepeatKind
    for rule in (
        R(K.WEEKLY, 1, (0, 6)), R(K.WEEKLY, 52, (3,)), R(K.MONTHLY_NTH, 12, (3,), (1, 3, 5)),
        R(K.MONTHLY_LAST, 1, (4,)), R(K.MONTHLY_DAY, 2, month_day=31),
    ):  # fmt: skip
        assert recurrence.from_rrule(recurrence.to_rrule(rule)) == rule
    assert recurrence.from_rrule(" freq=weekly ; byday=tu ") == R(K.WEEKLY, 1, (1,))


def test_a_range_with_more_dates_than_the_limit_is_a_plain_error() -> None:
    daily = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"
    start = date(2000, 1, 1)
    last = start.replace(year=2000 + 55)
    with pytest.raises(GroupKeeperError, match="more than 20,000 meeting dates"):
        finishes(lambda: recurrence.dates_between(daily, start, None, start, last))
    ten_years = recurrence.dates_between(daily, start, None, start, date(2009, 12, 31))
    assert len(ten_years) == 3653


def test_a_rule_starting_in_year_one_gives_the_same_dates_as_a_recent_start() -> None:
    rule = "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,SA"
    old = recurrence.dates_between(rule, date(1, 1, 2), None, date(2026, 1, 1), date(2026, 6, 30))
    first = old[0]
    again = recurrence.dates_between(rule, first, None, date(2026, 1, 1), date(2026, 6, 30))
    assert old and old == again
    monthly = "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31"
    old = recurrence.dates_between(monthly, date(3, 3, 3), None, date(2026, 1, 1), date(2030, 1, 1))
    again = recurrence.dates_between(monthly, old[0], None, old[0], date(2030, 1, 1))
    assert old and old == again


def test_a_group_file_with_a_hostile_rule_opens_with_a_plain_error(
    store: GroupStore, make_series: Callable[..., service.SeriesRecord]
) -> None:
    record = make_series()
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meeting_series SET rrule = 'FREQ=SECONDLY' WHERE id = ?", (record.id,))
    conn.commit()
    conn.close()
    with (
        open_store(path) as again,
        again.session() as s,
        pytest.raises(GroupKeeperError, match="repeat rule"),
    ):
        finishes(lambda: service.occurrences(s, TODAY, date(2026, 12, 31)))


# ---------------------------------------------------------------- the group's own record


def test_a_huge_group_name_in_a_file_is_refused_at_open_and_cut_on_read(
    store: GroupStore,
) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from groupkeeper.store import UnreadableValuesError

    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE group_info SET name = ?, language = ?, timezone = ?, country = ?, uid = ?",
        ("G" * 5 * MB, "l" * 1_000, "America/Toronto" + "z" * 1_000, "CAX", "u" * 1_000),
    )
    conn.commit()
    conn.close()
    with pytest.raises(UnreadableValuesError, match=r"in group_info\.name"):
        finishes(lambda: open_store(path))
    # Read past the open (as a tool might): the record is still cut to its columns' lengths.
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as s:
        group = get_group(s)
    engine.dispose()
    assert group is not None
    assert group.name == "G" * 200 and len(group.language) == 35
    assert len(group.timezone) == 64 and group.country == "CA" and len(group.uid) == 36
