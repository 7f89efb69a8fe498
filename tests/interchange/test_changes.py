"""Send our changes to the intergroup: our meetings against their list, field by field, as a
message and a printed page, from the command line too."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from groupkeeper.errors import GroupKeeperError
from groupkeeper.group.service import get_group, save_group
from groupkeeper.interchange import meeting_guide as mg
from groupkeeper.interchange.changes import ADDED, CHANGED, REMOVED, change_request
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Attendance, Online
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.test_flyer import pdf_text
from tests.test_cli import run


def _theirs(demo_file: Path) -> list[dict[str, Any]]:
    """The intergroup's copy of our list, gone stale: the first meeting at another time and
    with other directions, the second missing, a meeting we stopped still listed."""
    with open_store(demo_file) as st, st.session() as s:
        entries = [dict(e, group="Elm Falls Hope") for e in mg.feed_data(s, TODAY).entries]
    entries[0]["time"] = "18:30"  # listed under a shorter name, from here on
    entries[0]["location_notes"] = "Use the side door"
    removed = entries.pop(1)
    stale = dict(entries[0], name="Friday Big Book", slug="friday-bb", day=5, time="20:00")
    return [*entries, stale, {**removed, "name": "Another Group's Meeting", "group": "Other"}]


def _feed(entries: list[dict[str, Any]]) -> mg.Feed:
    return mg.read_feed(json.dumps(entries).encode())


def test_added_changed_and_removed_meetings_field_by_field(demo_file: Path) -> None:
    theirs = _theirs(demo_file)
    with open_store(demo_file) as st, st.session() as s, s.begin():
        group = get_group(s)
        assert group is not None
        save_group(s, replace(group, service_number="000123456", district="District 12"))
    with open_store(demo_file) as st, st.session() as s:
        with pytest.raises(GroupKeeperError, match='Did you mean "Elm Falls Hope"'):
            change_request(s, _feed(theirs), TODAY)
        request = change_request(s, _feed(theirs), TODAY, listed_as="Elm Falls Hope")
    kinds = {(c.kind, c.name) for c in request.changes}
    assert kinds == {
        (ADDED, "Tuesday Night Discussion"),
        (CHANGED, "Group Conscience"),
        (REMOVED, "Friday Big Book"),
    }
    changed = next(c for c in request.changes if c.kind == CHANGED)
    fields = {f.label: (f.theirs, f.ours) for f in changed.fields}
    assert fields["Time"] == ("18:30", "12:30")
    assert fields["Directions"][0] == "Use the side door"
    assert "Name" not in fields and "Types" not in fields  # the same: not listed
    added = next(c for c in request.changes if c.kind == ADDED)
    assert {f.label for f in added.fields} >= {"Name", "Days", "Time", "Place", "Address"}
    text = request.text()
    assert text.startswith("Meeting list changes for Elm Falls Hope Group\n")
    assert "Listed as: Elm Falls Hope" in text and "Service number: 000123456" in text
    assert "District or intergroup: District 12" in text
    assert "  Time: 18:30 → 12:30" in text
    assert "Please remove: Friday Big Book (Fri 20:00), which no longer meets" in text
    assert "1 other meeting is listed right." in text
    assert "Another Group" not in text  # another group's meetings are none of ours


def test_online_changes_are_listed(demo_file: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        theirs = [dict(e) for e in mg.feed_data(s, TODAY).entries]
    with open_store(demo_file) as st, st.session() as s, s.begin():
        record = next(r for r in service.list_series(s) if r.name == "Tuesday Night Discussion")
        link = Online(Attendance.HYBRID, "https://zoom.us/j/1", "Passcode 7")
        service.update_series(s, record.id, replace(record.data, online=link))
    with open_store(demo_file) as st, st.session() as s:
        request = change_request(s, _feed(theirs), TODAY)
    (change,) = request.changes
    fields = {f.label: (f.theirs, f.ours) for f in change.fields}
    assert fields == {
        "How people attend": ("In person", "In person and online"),
        "Meeting link": ("", "https://zoom.us/j/1"),
        "Link notes": ("", "Passcode 7"),
    }


def test_a_list_that_has_everything_right_says_so(demo_file: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        entries = list(mg.feed_data(s, TODAY).entries)
        request = change_request(s, _feed(entries), TODAY)
    assert request.changes == () and request.same == 3
    assert "Your list has every one of our meetings right." in request.text()


def test_matched_by_slug_even_when_renamed_and_moved(demo_file: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        entries = [dict(e) for e in mg.feed_data(s, TODAY).entries]
    entries[0] = dict(entries[0], name="Old Name", time="09:00")
    with open_store(demo_file) as st, st.session() as s:
        request = change_request(s, _feed(entries), TODAY)
    (change,) = request.changes
    assert change.kind == CHANGED and {f.label for f in change.fields} >= {"Name", "Time"}


def test_the_command_writes_the_message_and_the_page(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "theirs.json"
    feed.write_text(json.dumps(_theirs(demo_file)), encoding="utf-8")
    args = ("export", "changes", "--data", str(demo_file), "--feed", str(feed))
    code, out, err = run(capsys, *args, "--out", str(tmp_path / "m.txt"), "--listed-as",
                         "Elm Falls Hope")  # fmt: skip
    assert (code, err) == (0, "") and "Saved 3 changes for the intergroup" in out
    assert "Time: 18:30 → 12:30" in (tmp_path / "m.txt").read_text(encoding="utf-8")
    code, out, err = run(capsys, *args, "--out", str(tmp_path / "page.pdf"), "--listed-as",
                         "Elm Falls Hope")  # fmt: skip
    assert code == 0
    text = pdf_text(tmp_path / "page.pdf")
    assert "Changes to our meeting list entries" in text
    assert "New meeting: Tuesday Night Discussion" in text and "18:30" in text
    code, out, err = run(capsys, *args, "--out", str(tmp_path / "x.txt"))
    assert code != 0 and 'Did you mean "Elm Falls Hope"' in err
    assert not (tmp_path / "x.txt").exists()


def test_a_hostile_feed_is_refused_plainly(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "bad.json"
    feed.write_bytes(b"[" * 100_000)
    code, _out, err = run(capsys, "export", "changes", "--data", str(demo_file), "--feed",
                          str(feed), "--out", str(tmp_path / "m.txt"))  # fmt: skip
    assert code != 0 and "Traceback" not in err and "meeting list" in err
    assert not (tmp_path / "m.txt").exists()


def test_time_is_compared_as_the_list_reads_it() -> None:
    """'7:00 PM' in their list and 19:00 in ours are the same time: both sides go through
    the one reader."""
    from groupkeeper.interchange.changes import compare

    entry = {"name": "A", "slug": "a", "day": 1, "time": "19:00", "end_time": "20:00",
             "formatted_address": "1 Main St"}  # fmt: skip
    ours = _feed([entry]).meetings
    theirs = _feed([dict(entry, time="7:00 PM", end_time="8:00 PM")]).meetings
    assert compare(ours, theirs, {}) == ([], 1)
    assert ours[0].start == time(19)
