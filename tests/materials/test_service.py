"""Meeting formats and meeting notes: the starter format, editing, validation, notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.library.starter import add_starter
from groupkeeper.materials import service
from groupkeeper.materials.models import STARTER_SECTIONS
from groupkeeper.materials.service import MeetingNote, Section
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore
from tests.conftest import series_input


def test_a_new_group_has_the_starter_format_with_roles_named(store: GroupStore) -> None:
    with store.session() as s:
        formats = service.list_formats(s)
        roles = roster.role_names(s)
    assert [f.name for f in formats] == ["Our usual meeting"]
    usual = formats[0]
    assert [x.heading for x in usual.sections] == [h for h, *_ in STARTER_SECTIONS]
    assert usual.minutes == 60
    assert {roles[x.role_id] for x in usual.sections if x.role_id} == {
        "Facilitator", "Reader", "Co-facilitator",
    }  # fmt: skip
    assert all(x.reading_id is None and x.text for x in usual.sections)


def test_the_starter_library_fills_the_starter_format_s_readings(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        add_starter(s, "CA")
    with store.session() as s:
        usual = service.usual_format(s)
    assert usual is not None
    linked = {x.heading: x.reading_title for x in usual.sections if x.reading_id}
    assert linked == {
        "Welcome to newcomers": "Welcome to newcomers",
        "Our group guidelines": "Our group guidelines",
        "Closing": "Closing",
    }


def test_bad_formats_are_refused_in_words_and_nothing_changes(store: GroupStore) -> None:
    with store.session() as s:
        before = service.list_formats(s)
    cases = [
        ("", [Section("Opening")], "name"),
        ("Our usual meeting", [Section("Opening")], "already a format"),
        ("Speaker night", [], "at least one section"),
        ("Speaker night", [Section("  ")], "needs a heading"),
        ("Speaker night", [Section("Sharing", minutes=-5)], "between 0 and 600"),
    ]
    for name, sections, words in cases:
        with pytest.raises(ValidationError) as err, store.session() as s, s.begin():
            service.save_format(s, name, sections)
        assert words in err.value.message
    with store.session() as s:
        assert service.list_formats(s) == before


headings = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and t)
sections = st.lists(
    st.builds(Section, heading=headings, text=st.text(max_size=80).map(str.strip),
              minutes=st.none() | st.integers(0, 600)),
    min_size=1, max_size=12,
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sections=sections)
def test_a_saved_format_reads_back_exactly_in_order(
    store: GroupStore, sections: list[Section]
) -> None:
    with store.session() as s, s.begin():
        fid = service.save_format(s, "Round trip", sections, None)
    try:
        with store.session() as s:
            got = service.get_format(s, fid)
        assert list(got.sections) == sections
        assert got.minutes == sum(x.minutes or 0 for x in sections)
    finally:
        with store.session() as s, s.begin():
            service.delete_format(s, fid)


def test_a_series_follows_its_own_format_until_that_is_deleted(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        series = schedule.create_series(s, series_input())
        speaker = service.save_format(s, "Speaker night", [Section("Speaker", minutes=40)])
        schedule.update_series(s, series.id, replace(series.data, format_id=speaker))
    with store.session() as s:
        found = service.format_for_series(s, series.id)
        assert found is not None and found.name == "Speaker night"
    with store.session() as s, s.begin():
        service.delete_format(s, speaker)
    with store.session() as s:
        found = service.format_for_series(s, series.id)
        assert found is not None and found.name == "Our usual meeting"
        assert schedule.get_series(s, series.id).data.format_id is None
    with pytest.raises(GroupKeeperError, match="at least one"), store.session() as s, s.begin():
        service.delete_format(s, found.id)


def test_make_usual_puts_a_format_first(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        fid = service.save_format(s, "Speaker night", [Section("Speaker")])
        service.make_usual(s, fid)
    with store.session() as s:
        assert [f.name for f in service.list_formats(s)] == ["Speaker night", "Our usual meeting"]


def test_a_meeting_keeps_its_topic_announcements_and_note(store: GroupStore) -> None:
    day = date(2026, 3, 3)
    with store.session() as s, s.begin():
        series = schedule.create_series(s, series_input())
        service.save_note(s, series.id, day, MeetingNote("Honesty", "Potluck Friday", "Key in box"))
    with store.session() as s:
        assert service.get_note(s, series.id, day) == MeetingNote(
            "Honesty", "Potluck Friday", "Key in box"
        )
        assert service.get_note(s, series.id, date(2026, 3, 10)) == MeetingNote()
    with store.session() as s, s.begin():
        service.save_note(s, series.id, day, MeetingNote())
    with store.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM meeting_note").scalar() == 0
    with pytest.raises(ValidationError, match="topic"), store.session() as s, s.begin():
        service.save_note(s, series.id, day, MeetingNote("x" * 501))


def test_finding_a_meeting_by_date_or_next(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        schedule.create_series(s, series_input())  # Tuesdays from 2026-01-06
    with store.session() as s:
        assert service.find_meeting(s, None, date(2026, 3, 4)).day == date(2026, 3, 10)
        assert service.find_meeting(s, date(2026, 3, 17), date(2026, 3, 4)).day == date(2026, 3, 17)
        with pytest.raises(
            GroupKeeperError, match=r"no meeting on Wednesday 2026-03-18.*Tue 2026-03-17"
        ):
            service.find_meeting(s, date(2026, 3, 18), date(2026, 3, 4))


def _two_on_tuesdays(store: GroupStore) -> None:
    """Tuesdays at 7:00 PM and, from March, a newcomers' meeting at 8:30 PM the same evening."""
    from datetime import time

    with store.session() as s, s.begin():
        schedule.create_series(s, series_input())
        schedule.create_series(
            s,
            series_input(
                name="Newcomers Step Study", start_date=date(2026, 3, 3),
                start_time=time(20, 30), duration_minutes=60,
            ),
        )  # fmt: skip


def test_a_day_with_two_meetings_is_chosen_by_series_or_time(store: GroupStore) -> None:
    from datetime import time

    _two_on_tuesdays(store)
    day, today = date(2026, 3, 17), date(2026, 3, 4)
    with store.session() as s:
        by_name = service.find_meeting(s, day, today, series="Newcomers Step Study")
        assert (by_name.series_name, by_name.day) == ("Newcomers Step Study", day)
        # Case and spacing do not matter; a unique part of the name is enough.
        assert service.find_meeting(s, day, today, series="  newcomers ").start == time(20, 30)
        by_time = service.find_meeting(s, day, today, at=time(19, 0))
        assert by_time.series_name == "Tuesday Night Discussion"
        both = service.find_meeting(s, day, today, series="tuesday", at=time(19, 0))
        assert both == by_time
        # Without a date: the next meeting of that series, or at that time.
        assert service.find_meeting(s, None, today, series="newcomers").day == date(2026, 3, 10)
        assert service.find_meeting(s, None, today, at=time(20, 30)).start == time(20, 30)


def test_a_day_with_two_meetings_and_no_choice_names_both(store: GroupStore) -> None:
    from datetime import time

    _two_on_tuesdays(store)
    today = date(2026, 3, 4)
    with store.session() as s:
        with pytest.raises(GroupKeeperError) as caught:
            service.find_meeting(s, date(2026, 3, 17), today)
        said = caught.value.message
        assert said == (
            "There are 2 meetings on Tuesday 2026-03-17: Tuesday Night Discussion at 7:00 PM; "
            "Newcomers Step Study at 8:30 PM. Choose one with --series NAME or --time HH:MM."
        )
        with pytest.raises(GroupKeeperError, match=r"no meeting at 6:00 PM on Tuesday 2026-03-17"):
            service.find_meeting(s, date(2026, 3, 17), today, at=time(18, 0))
        with pytest.raises(GroupKeeperError) as caught:
            service.find_meeting(s, date(2026, 3, 17), today, series="Women")
        assert "no meeting called “Women” on Tuesday 2026-03-17" in caught.value.message
        assert "Newcomers Step Study at 8:30 PM" in caught.value.message
        # Both names hold "s": a part of a name that fits both is no choice.
        with pytest.raises(GroupKeeperError, match="There are 2 meetings"):
            service.find_meeting(s, date(2026, 3, 17), today, series="s")
        with pytest.raises(GroupKeeperError, match="no meeting called “Women” in the next eight"):
            service.find_meeting(s, None, today, series="Women")
        # A day with one meeting needs no choice (the newcomers' series starts 3 March).
        assert service.find_meeting(s, date(2026, 2, 24), today).start == time(19, 0)
