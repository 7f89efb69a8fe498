"""export ics, export meeting-guide and import meeting-guide from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import pytest

from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, save_group
from groupkeeper.schedule import service
from groupkeeper.store import open_store
from tests.test_cli import one_plain_line, run


def _feed(tmp_path: Path, entries: Any, name: str = "feed.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(entries) if not isinstance(entries, str) else entries)
    return path


def _entry(n: int, group: str, **fields: Any) -> dict[str, Any]:
    entry = {
        "name": f"Meeting {n}", "slug": f"meeting-{n}", "day": n % 7, "time": "19:00",
        "end_time": "20:00", "location": f"Hall {n % 50}", "group": group, "types": ["O", "D"],
        "formatted_address": f"{n} Main St, Springfield", "timezone": "America/Toronto",
    }  # fmt: skip
    entry.update(fields)
    return entry


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "empty.groupkeeper"
    with open_store(path, create=True) as st, st.session() as s, s.begin():
        save_group(
            s, GroupInfo("Elm Falls Hope Group", GroupKind.TWELVE_STEP, "en", "America/Toronto")
        )
    return path


def test_export_ics_of_the_schedule(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "group.ics"
    code, said, err = run(capsys, "export", "ics", "--data", str(demo_file), "--out", str(out))
    assert (code, err) == (0, "")
    assert "Saved the calendar (4 meetings)" in said
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    masters = [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e]
    assert len(masters) == 4


def test_export_ics_of_one_members_service_dates(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "grace.ics"
    code, said, err = run(
        capsys, "export", "ics", "--data", str(demo_file), "--out", str(out),
        "--member", "grace", "--from", "2026-03-02",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "service dates for Grace" in said
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert events and all(":" in str(e["summary"]) for e in events)
    assert str(len(events)) in said


@pytest.mark.parametrize(
    ("member", "words"), [("Zebedee", "No member is called 'Zebedee'"), ("  ", "Say which member")]
)
def test_an_unknown_member_is_one_plain_line(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, member: str, words: str
) -> None:
    code, _said, err = run(
        capsys, "export", "ics", "--data", str(demo_file), "--out", str(tmp_path / "x.ics"),
        "--member", member,
    )  # fmt: skip
    assert code == 1 and words in one_plain_line(err)
    assert not (tmp_path / "x.ics").exists()


def test_export_then_import_meeting_guide_round_trip(
    capsys: pytest.CaptureFixture[str], demo_file: Path, empty_file: Path, tmp_path: Path
) -> None:
    first, again = tmp_path / "first.json", tmp_path / "again.json"
    code, said, err = run(
        capsys, "export", "meeting-guide", "--data", str(demo_file), "--out", str(first)
    )
    assert code == 0 and "Saved the meeting list (3 entries)" in said
    assert "Warning: 'Group Conscience' is not weekly" in err
    assert "Warning: 'Anniversary Night & Potluck' is left out" in err
    code, said, err = run(capsys, "import", "meeting-guide", "--data", str(empty_file), str(first))
    assert (code, err) == (0, "")
    assert "Imported 3 meetings from first.json." in said
    assert "New group formats (codes GroupKeeper did not know): GC." in said
    run(capsys, "export", "meeting-guide", "--data", str(empty_file), "--out", str(again))
    assert json.loads(again.read_text()) == json.loads(first.read_text())


def test_import_chooses_one_group_from_a_big_list(
    capsys: pytest.CaptureFixture[str], empty_file: Path, tmp_path: Path
) -> None:
    entries = [_entry(n, f"Group {n // 3}") for n in range(3000)]
    entries[301]["time"] = "7:00 PM"
    feed = _feed(tmp_path, entries)
    before = empty_file.read_bytes()
    code, _said, err = run(capsys, "import", "meeting-guide", "--data", str(empty_file), str(feed))
    assert code == 1
    assert "lists 3,000 meetings of 1,000 groups" in one_plain_line(err)
    assert '--group "Group 0"' in err
    assert empty_file.read_bytes() == before
    code, said, err = run(
        capsys, "import", "meeting-guide", "--data", str(empty_file), str(feed),
        "--group", "group 100",
    )  # fmt: skip
    assert code == 0
    assert "Imported 3 meetings" in said
    assert "Meeting 302 ('Meeting 301'): its time '7:00 PM' was read as 19:00." in err
    with open_store(empty_file) as st, st.session() as s:
        names = sorted(r.name for r in service.list_series(s))
    assert names == ["Meeting 300", "Meeting 301", "Meeting 302"]
    # Again: nothing new.
    code, said, _err = run(
        capsys,
        "import",
        "meeting-guide",
        "--data",
        str(empty_file),
        str(feed),
        "--group",
        "Group 100",
    )
    assert code == 0 and "Imported 0 meetings" in said and "Already in the schedule" in said


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('[{"name": "x",', "JSON is broken at line 1"),
        ('{"name": "x"}', "is JSON but not a meeting list"),
        ('[{"name": "No time"}]', "None of the 1 entries"),
        ("[]", "holds no meetings to import"),
    ],
)
def test_bad_feed_files_are_one_plain_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], empty_file: Path, tmp_path: Path, content: str, words: str
) -> None:
    feed = _feed(tmp_path, content)
    before = empty_file.read_bytes()
    code, _said, err = run(capsys, "import", "meeting-guide", "--data", str(empty_file), str(feed))
    assert code == 1 and words in one_plain_line(err)
    assert empty_file.read_bytes() == before


def test_an_unknown_group_suggests_close_names(
    capsys: pytest.CaptureFixture[str], empty_file: Path, tmp_path: Path
) -> None:
    feed = _feed(tmp_path, [_entry(1, "Serenity Seekers"), _entry(2, "Hope Circle")])
    code, _said, err = run(
        capsys, "import", "meeting-guide", "--data", str(empty_file), str(feed),
        "--group", "Serenity Seeker",
    )  # fmt: skip
    assert code == 1 and 'Did you mean "Serenity Seekers"?' in one_plain_line(err)
