"""Online and hybrid meetings in a calendar: the link where a phone offers to go, the
dial-in in the description, and nothing a hostile file's link could inject."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from groupkeeper.interchange import ics
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Attendance, Online
from groupkeeper.store import open_store


def _online(demo_file: Path, online: Online) -> int:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        record = next(r for r in service.list_series(s) if r.name == "Tuesday Night Discussion")
        service.update_series(s, record.id, replace(record.data, online=online))
        return record.id


def _event(demo_file: Path) -> icalendar.Event:
    with open_store(demo_file) as st, st.session() as s:
        raw = ics.calendar_bytes(ics.calendar_data(s), datetime(2026, 3, 1, tzinfo=UTC))
    cal = icalendar.Calendar.from_ical(raw)
    found = next(
        e for e in cal.walk("VEVENT")
        if str(e["summary"]) == "Tuesday Night Discussion" and "recurrence-id" not in e
    )  # fmt: skip
    assert isinstance(found, icalendar.Event)
    return found


def test_an_online_meeting_is_where_the_calendar_goes(demo_file: Path) -> None:
    link = "https://zoom.us/j/81234567890?pwd=a,b;c"
    _online(demo_file, Online(Attendance.ONLINE, link, "ID 812", "+16465588656,,812#", "PIN 9"))
    event = _event(demo_file)
    assert str(event["location"]) == link and str(event["url"]) == link
    assert str(event["conference"]) == link
    description = str(event["description"])
    assert "Online only." in description and f"Join online: {link}" in description
    assert "Dial in: +16465588656,,812#" in description and "Dial-in notes: PIN 9" in description


def test_a_hybrid_meeting_keeps_its_place(demo_file: Path) -> None:
    _online(demo_file, Online(Attendance.HYBRID, "https://meet.example.org/x"))
    event = _event(demo_file)
    assert str(event["location"]).startswith("St. Brigid's Church Hall")
    assert str(event["url"]) == "https://meet.example.org/x"
    assert "In person and online." in str(event["description"])


def test_an_in_person_meeting_has_no_link(demo_file: Path) -> None:
    event = _event(demo_file)
    assert "url" not in event and "conference" not in event
    assert "online" not in str(event["description"]).lower()


def test_a_hostile_link_in_the_file_injects_nothing(demo_file: Path) -> None:
    series_id = _online(demo_file, Online(Attendance.ONLINE, "https://ok.example/x"))
    conn = sqlite3.connect(demo_file)
    conn.execute(
        "UPDATE meeting_series SET conference_url = ? WHERE id = ?",
        ("https://evil.example/\r\nATTENDEE:mailto:x@evil.example\r\nX-A:b", series_id),
    )
    conn.commit()
    conn.close()
    with open_store(demo_file) as st, st.session() as s:
        raw = ics.calendar_bytes(ics.calendar_data(s), datetime(2026, 3, 1, tzinfo=UTC))
    lines = raw.decode().splitlines()
    assert not any(line.startswith(("ATTENDEE", "X-A:")) for line in lines)
    event = _event(demo_file)
    assert "url" not in event and "conference" not in event
